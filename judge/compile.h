/* Compiling submissions and the problem's helper programs, under limits. */
#ifndef JUDGE_COMPILE_H
#define JUDGE_COMPILE_H

#include <stdbool.h>

#include "problem.h"

enum compile_status {
    COMPILE_OK,
    COMPILE_ERROR,    /* the submission's fault: verdict CE */
    COMPILE_INTERNAL, /* the judge's or the problem's fault: verdict IE */
};

struct compile_result {
    enum compile_status status;
    long time_ms;
    char *log;   /* what the user reads: the judge's explanation, then gcc's trimmed output */
    char *notes; /* judge warnings that do not fail the build (own main set aside, ...) */
};

/* Builds solution_path for problem p into the static executable output_path,
 * working in workdir (which must exist and be private). Fills *res; all of its
 * strings are malloc'd (free with compile_result_free). Returns 0 when an
 * executable was produced. */
int compile_solution(const struct problem *p, const char *solution_path, const char *runtime_dir,
                     const char *workdir, const char *output_path, struct compile_result *res);

struct compile_options {
    bool sanitize; /* AddressSanitizer + UBSan, -O1 -g, dynamically linked: run it with the
                      SANDBOX_SANITIZED profile (judge test --sanitize) */
};

/* compile_solution with options (NULL: the defaults, a static -O2 build). */
int compile_solution_with(const struct problem *p, const char *solution_path,
                          const char *runtime_dir, const char *workdir, const char *output_path,
                          const struct compile_options *opt, struct compile_result *res);

/* Builds a helper program of the problem (generator, custom checker). A failure
 * is the problem's fault: status COMPILE_INTERNAL. */
int compile_helper(const char *source, const char *workdir, const char *output_path,
                   struct compile_result *res);

/* What a binary built here depends on besides its sources: the compiler's path, its
 * `-dumpfullversion -dumpmachine`, and the flags of both kinds of build (for cache keys).
 * Runs the compiler in workdir. Returns a malloc'd text, or NULL with a one-line reason
 * in err. */
char *compile_identity(const char *workdir, char *err, size_t errlen);

void compile_result_free(struct compile_result *res);

/* Largest solution file accepted, in bytes. */
#define COMPILE_MAX_SOURCE (1 << 20)

#endif
