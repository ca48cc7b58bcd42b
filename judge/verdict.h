/* Verdicts and how a finished run becomes one. */
#ifndef JUDGE_VERDICT_H
#define JUDGE_VERDICT_H

#include <stddef.h>

#include "sandbox.h"

enum verdict {
    VERDICT_AC, /* accepted */
    VERDICT_WA, /* wrong answer */
    VERDICT_TLE,
    VERDICT_MLE,
    VERDICT_OLE,
    VERDICT_RE, /* runtime error: non-zero exit or a signal */
    VERDICT_SV, /* forbidden system call */
    VERDICT_CE,
    VERDICT_IE, /* the judge's or the problem's own fault */
};

const char *verdict_code(enum verdict v);  /* "AC" */
const char *verdict_title(enum verdict v); /* "Accepted" */

/* Exit statuses of a function problem's harness (see judge/runtime/judge_harness.h). */
#define HARNESS_EXIT_WRONG     67
#define HARNESS_EXIT_BAD_INPUT 68

/* Classifies a run that did not simply exit 0. has_harness: the program is a
 * harness that may exit with HARNESS_EXIT_*. Writes a one-line explanation into
 * msg. Returns VERDICT_AC when the run needs its output checked. */
enum verdict verdict_from_run(const struct run_result *rr, const struct run_limits *lim,
                              int has_harness, char *msg, size_t msglen);

#endif
