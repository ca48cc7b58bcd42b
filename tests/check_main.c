/* The test runner: every suite of tests/suites.h, in fork mode (timeouts, exit
 * and signal tests need it). The closing "Checks: N, Failures: 0, Errors: 0"
 * line is what CI reads. */
#include <stdlib.h>

#include "suites.h"

int main(void)
{
    SRunner *runner = srunner_create(make_units_suite());
    srunner_add_suite(runner, make_checker_suite());
    srunner_add_suite(runner, make_problem_suite());
    srunner_add_suite(runner, make_source_suite());
    srunner_add_suite(runner, make_verdict_suite());
    srunner_add_suite(runner, make_sandbox_suite());
    srunner_add_suite(runner, make_cli_suite());
    srunner_add_suite(runner, make_cache_suite());
    srunner_add_suite(runner, make_validate_suite());
    srunner_add_suite(runner, make_errors_suite());
    srunner_add_suite(runner, make_hostile_suite());
    srunner_add_suite(runner, make_grade_suite());
    srunner_add_suite(runner, make_practice_suite());
    srunner_add_suite(runner, make_kattis_suite());
    srunner_set_fork_status(runner, CK_FORK);
    srunner_run_all(runner, CK_NORMAL);
    int failed = srunner_ntests_failed(runner);
    srunner_free(runner);
    return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
