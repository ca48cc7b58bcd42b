/* Constructors of the unit-test suites, one per module; the test runner adds them all. */
#ifndef JUDGE_TESTS_SUITES_H
#define JUDGE_TESTS_SUITES_H

#include <check.h>

Suite *make_units_suite(void);
Suite *make_checker_suite(void);
Suite *make_problem_suite(void);
Suite *make_source_suite(void);
Suite *make_verdict_suite(void);
Suite *make_sandbox_suite(void);
Suite *make_cli_suite(void);
Suite *make_cache_suite(void);
Suite *make_validate_suite(void);
Suite *make_errors_suite(void);
Suite *make_hostile_suite(void);
Suite *make_grade_suite(void);
Suite *make_practice_suite(void);
Suite *make_kattis_suite(void);

#endif
