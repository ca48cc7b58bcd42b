/* The data a problem's tests need, made on demand: input files (inline text, problem
 * files, generator runs), expected outputs (inline text, problem files, runs of the
 * reference solution) and the compiled helper programs behind them. With a cache,
 * everything made is stored by content hash, so a second run makes nothing again. */
#ifndef JUDGE_TESTDATA_H
#define JUDGE_TESTDATA_H

#include "cache.h"
#include "problem.h"

/* What was made and what came from the cache; for reports and tests. */
struct testdata_stats {
    int generated;      /* generator runs */
    int reference_runs; /* runs of the reference solution */
    int compiled;       /* generators, custom checkers and references compiled */
    int cache_hits;     /* inputs, outputs and binaries copied from the cache */
};

struct testdata;

/* Prepares to make p's test data in workdir, which must exist, be private and outlive the
 * returned object (its files are named after the tests). runtime_dir holds the function
 * harness headers (needed to build a function problem's reference); cache may be NULL.
 * p, runtime_dir and cache are borrowed. Free with testdata_free. */
struct testdata *testdata_new(const struct problem *p, const char *workdir, const char *runtime_dir,
                              struct cache *cache);

/* Frees td (accepts NULL). Files it made in workdir stay until the caller removes it. */
void testdata_free(struct testdata *td);

/* The input file of test t: the problem's own file for input_file, else a file in workdir
 * that the caller may delete when done. Returns a malloc'd path, or NULL with *error set to
 * a malloc'd one-line reason naming the test -- the judge's or the problem's fault (IE), or
 * "interrupted" when sandbox_interrupted(). */
char *testdata_input(struct testdata *td, const struct test_case *t, char **error);

/* The expected-output file of test t, whose input is at input_path: the problem's own file
 * for output_file, else a file in workdir (inline text, or what the reference solution
 * printed, run with 10x the test's time limits) that the caller may delete. Returns a
 * malloc'd path, or NULL with *error as for testdata_input; a reference that does not
 * compile or does not exit cleanly is an error naming the test. */
char *testdata_expected(struct testdata *td, const struct test_case *t, const char *input_path,
                        char **error);

/* The compiled custom checker (path owned by td), built or fetched on first use. Returns
 * NULL with *error set when it does not compile. */
const char *testdata_checker(struct testdata *td, char **error);

/* Counters since testdata_new; owned by td. */
const struct testdata_stats *testdata_stats(const struct testdata *td);

#endif
