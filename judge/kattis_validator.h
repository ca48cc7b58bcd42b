/* Running a Kattis/ICPC output validator on one test:
 *
 *     validator INPUT ANSWER FEEDBACK_DIR/ [validator_flags...]  < program's output
 *
 * Exit status 42 accepts the output, 43 rejects it, anything else (a crash included) is
 * the validator's own failure. The first line of FEEDBACK_DIR/judgemessage.txt, when the
 * validator writes one, is the message shown with the verdict. */
#ifndef JUDGE_KATTIS_VALIDATOR_H
#define JUDGE_KATTIS_VALIDATOR_H

#include "sandbox.h"
#include "verdict.h"

#define KATTIS_EXIT_ACCEPT 42
#define KATTIS_EXIT_REJECT 43

/* Runs the compiled validator (as a helper of the problem: its limits, its sandbox
 * profile) in a fresh folder workdir/validator, which it removes again; args are the
 * extra arguments (NULL-terminated, or NULL). Returns VERDICT_AC, VERDICT_WA, or
 * VERDICT_IE when the validator failed or could not be run; *message gets a malloc'd
 * one-line explanation ("" when the validator said nothing about an accepted output). */
enum verdict kattis_validator_run(const char *validator, char *const *args, const char *input,
                                  const char *answer, const char *output, const char *workdir,
                                  const struct run_limits *limits, char **message);

#endif
