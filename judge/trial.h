/* Solutions run on inputs made on the fly rather than on a problem's own tests: compile a
 * few solutions once (yours, the reference), generate an input from a generator command,
 * run any of them on it in the sandbox, compare two outputs with the problem's checker.
 * What `judge stress` and `judge complexity` are built from. */
#ifndef JUDGE_TRIAL_H
#define JUDGE_TRIAL_H

#include <stddef.h>

#include "cache.h"
#include "compile.h"
#include "problem.h"
#include "sandbox.h"
#include "verdict.h"

struct trial;

/* Prepares a private work folder for runs of p's solutions. runtime_dir (the function
 * harness headers) and cache (generated inputs and the generators' binaries; NULL for
 * none) are borrowed, like p. Returns NULL with *error (malloc'd) when the folder cannot
 * be made. Free with trial_free, which removes the folder. */
struct trial *trial_new(const struct problem *p, const char *runtime_dir, struct cache *cache,
                        char **error);
void trial_free(struct trial *t);

/* Compiles the solution at path like a submission. Returns its handle (>= 0) for
 * trial_run, or -1 when it did not compile; *cr is filled either way (free it with
 * compile_result_free). */
int trial_compile(struct trial *t, const char *path, struct compile_result *cr);

/* Runs a generator command (argv: the generator's name as in problem.yaml, then its
 * arguments) and returns the path of the input it wrote (malloc'd; a file in the trial's
 * folder, which the caller may unlink), or NULL with *error (malloc'd, one line naming
 * the command; "interrupted" after Ctrl-C). */
char *trial_generate(struct trial *t, char *const *argv, char **error);

struct trial_run {
    enum verdict verdict; /* of the run alone: AC = exited cleanly (output unchecked) */
    char message[512];    /* why it is not AC; "" when it is */
    long long cpu_us;
    long wall_ms;
    long long peak_kib;
    char *output; /* what it answered: the judge channel of a function problem, else stdout;
                     at most the output limit, NUL-terminated */
    size_t output_len;
    char *stderr_text; /* the first 4 KiB of its stderr */
};

/* Runs solution (a handle from trial_compile) on the input file with the limits. Fills
 * *out (free with trial_run_free). Returns 0, or -1 when interrupted or when the sandbox
 * could not start it (then out->verdict is IE and out->message says why). */
int trial_run(struct trial *t, int solution, const char *input, const struct run_limits *lim,
              struct trial_run *out);
void trial_run_free(struct trial_run *r);

/* Compares actual's output with expected's by the problem's checker (a custom one is
 * built on first use). Returns VERDICT_AC, VERDICT_WA with a one-line reason in msg, or
 * VERDICT_IE when a custom checker cannot be built or fails. */
enum verdict trial_check(struct trial *t, const char *input, const struct trial_run *expected,
                         const struct trial_run *actual, char *msg, size_t msglen);

/* The problem's limits as sandbox limits, with the time limits multiplied by factor. */
struct run_limits trial_limits(const struct problem *p, int factor);

#endif
