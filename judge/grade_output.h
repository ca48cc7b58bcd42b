/* What `judge grade` and `judge merge` share after the result is in memory: the report
 * options, writing every requested report atomically, and the exit status. */
#ifndef JUDGE_GRADE_OUTPUT_H
#define JUDGE_GRADE_OUTPUT_H

#include <getopt.h>
#include <stdbool.h>

#include "grade.h"

/* Report paths; NULL = not wanted, "-" = standard output. */
struct grade_outputs {
    const char *json, *junit, *markdown, *html, *gradescope, *tap;
    double fail_under; /* percent; < 0 = none */
    bool deterministic;
};

/* getopt_long codes of the options above (values past any short option). */
enum {
    OPT_JSON = 1000,
    OPT_JUNIT,
    OPT_MARKDOWN,
    OPT_HTML,
    OPT_GRADESCOPE,
    OPT_TAP,
    OPT_FAIL_UNDER,
    OPT_DETERMINISTIC,
};

#define GRADE_OUTPUT_OPTIONS                                                                       \
    {"json", required_argument, NULL, OPT_JSON},                                                   \
        {"junit", required_argument, NULL, OPT_JUNIT},                                             \
        {"markdown", required_argument, NULL, OPT_MARKDOWN},                                       \
        {"html", required_argument, NULL, OPT_HTML},                                               \
        {"gradescope", required_argument, NULL, OPT_GRADESCOPE},                                   \
        {"tap", required_argument, NULL, OPT_TAP},                                                 \
        {"fail-under", required_argument, NULL, OPT_FAIL_UNDER},                                   \
        {"deterministic", no_argument, NULL, OPT_DETERMINISTIC}

/* Takes one of the options above. Returns 1 when code was one of them, 0 when it was
 * not, -1 after printing a usage error (a bad --fail-under). */
int grade_outputs_take(struct grade_outputs *o, int code, const char *arg);

/* Whether some report goes to standard output (then the terminal report does not). */
bool grade_outputs_use_stdout(const struct grade_outputs *o);

/* Checks before any work what can be checked: several students and a --gradescope path
 * without {student}. Returns 0, or EXIT_USAGE after printing why. */
int grade_outputs_check(const struct grade_outputs *o, const struct grade_result *r);

/* Writes every requested report (files atomically: a reader sees the old file or the
 * new one, never half of one), then the terminal report on stdout unless a report went
 * there. Returns 0, or -1 after printing which file could not be written. */
int grade_outputs_write(const struct grade_outputs *o, const struct grade_result *r);

/* 3 when a cell is IE (the judge could not grade it), else 1 when some student's score is
 * under --fail-under percent, else 0. Says why on stderr. */
int grade_exit_status(const struct grade_outputs *o, const struct grade_result *r);

#endif
