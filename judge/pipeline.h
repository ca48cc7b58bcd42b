/* One submission through the whole pipeline:
 * problem -> tests -> compile -> run -> check -> verdict. */
#ifndef JUDGE_PIPELINE_H
#define JUDGE_PIPELINE_H

#include <stdbool.h>

#include "cache.h"
#include "compile.h"
#include "problem.h"
#include "testdata.h"
#include "verdict.h"

struct test_result {
    size_t test; /* index into problem.tests */
    enum verdict verdict;
    long time_ms, wall_ms;
    long long memory_kib;
    int exit_code, signal;
    char *message;    /* one line; "" when accepted */
    char *diff;       /* WA: expected vs got, for people; NULL otherwise */
    char *input_head; /* the start of the input (for showing small failing inputs) */
    bool input_cut;   /* input_head is not the whole input */
    char *program_stdout, *program_stderr; /* captured, capped */
};

struct submission_result {
    const struct problem *problem;
    char *solution;
    enum verdict verdict; /* the first failing test's, or AC */
    int score, max_score;
    struct compile_result compile;
    struct test_result *tests; /* ntests entries, empty after CE/IE at compile */
    size_t ntests;
    char *error; /* the last internal error (compile, generator, checker), or NULL */
    struct testdata_stats stats; /* test data made, and taken from the cache */
};

struct judge_options {
    const char *runtime_dir;    /* leetcode.h and judge_harness.h */
    struct cache *cache;        /* test data cache, or NULL for none */
    bool stop_at_first_failure; /* stop after the first test that is not AC (its verdict is
                                   the submission's anyway) */
    bool sanitize; /* build with AddressSanitizer + UBSan and run in SANDBOX_SANITIZED with
                      relaxed limits (judge/sanitize.h); an RE names the first finding */
};

/* Judges solution_path against p. Always fills *out (free with
 * submission_result_free); returns 0, or -1 when interrupted. With
 * stop_at_first_failure, out->ntests may be less than p->ntests. */
int pipeline_judge(const struct problem *p, const char *solution_path,
                   const struct judge_options *opt, struct submission_result *out);

void submission_result_free(struct submission_result *r);

/* Bytes of captured program output kept for display. */
#define PIPELINE_CAPTURE_MAX 4096

#endif
