/* The practice commands, driven for real through $JUDGE_BIN on the bundled problems of
 * $JUDGE_ROOT: init (starter files that compile, never an overwrite), stress (a planted
 * bug shrunk to its known minimal counterexample), complexity (naive solutions told from
 * the references), watch and mock (in tmux: keys sent, files saved, the screen read
 * back), history, and test --sanitize. Every run gets its own XDG_STATE_HOME, so no test
 * reads or writes the user's history. */
#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "catalog.h"
#include "compile.h"
#include "complexity.h"
#include "problem.h"
#include "sandbox.h"
#include "sanitize.h"
#include "sizegen.h"
#include "starter.h"
#include "suites.h"
#include "util.h"

#define LEN(a) (sizeof(a) / sizeof((a)[0]))

/* Created in the runner process, before the test cases fork. */
static char *scratch;

static void scratch_setup(void)
{
    scratch = make_temp_dir("check-practice");
    ck_assert_msg(scratch != NULL, "make_temp_dir: %s", strerror(errno));
}

static void scratch_teardown(void)
{
    remove_tree(scratch);
    free(scratch);
    scratch = NULL;
}

static const char *env_or_fail(const char *name)
{
    const char *value = getenv(name);
    ck_assert_msg(value && *value, "%s is not set (run the tests through `make check`)", name);
    return value;
}

static char *root_path(const char *rel)
{
    return xasprintf("%s/%s", env_or_fail("JUDGE_ROOT"), rel);
}

/* A fresh folder under the scratch directory (malloc'd). */
static char *scratch_dir(const char *tag)
{
    char *dir = xasprintf("%s/%s-XXXXXX", scratch, tag);
    ck_assert_msg(mkdtemp(dir) != NULL, "mkdtemp: %s", strerror(errno));
    return dir;
}

static char *slurp(const char *path)
{
    char *text = read_file(path, 16 << 20, NULL, NULL);
    ck_assert_msg(text != NULL, "cannot read %s: %s", path, strerror(errno));
    return text;
}

static void spit(const char *path, const char *text)
{
    ck_assert_msg(write_file(path, text, strlen(text)) == 0, "cannot write %s: %s", path,
                  strerror(errno));
}

/* ---- running the judge ---- */

struct judge_run {
    int status;      /* exit status, or 128 + signal */
    char *out, *err; /* what it printed */
};

/* Runs `judge --problems $JUDGE_ROOT/problems ARGS...` to completion (at most timeout_s)
 * in cwd (NULL: unchanged), with NO_COLOR=1 and XDG_STATE_HOME=<scratch>/state. */
static void judge_in(struct judge_run *r, const char *cwd, int timeout_s, const char *const *args)
{
    char *dir = scratch_dir("run");
    char *out_path = xasprintf("%s/stdout", dir), *err_path = xasprintf("%s/stderr", dir);
    char *state = xasprintf("%s/state", scratch);
    char *problems = root_path("problems");
    const char *bin = env_or_fail("JUDGE_BIN");
    const char *argv[24] = {bin, "--problems", problems};
    size_t n = 3;
    for (size_t i = 0; args[i]; i++) {
        ck_assert(n < LEN(argv) - 1);
        argv[n++] = args[i];
    }
    argv[n] = NULL;
    fflush(NULL);
    pid_t pid = fork();
    ck_assert_msg(pid >= 0, "fork: %s", strerror(errno));
    if (pid == 0) {
        int in = open("/dev/null", O_RDONLY);
        int out = open(out_path, O_WRONLY | O_CREAT | O_TRUNC, 0600);
        int err = open(err_path, O_WRONLY | O_CREAT | O_TRUNC, 0600);
        if (in < 0 || out < 0 || err < 0 || dup2(in, 0) < 0 || dup2(out, 1) < 0 ||
            dup2(err, 2) < 0 || (cwd && chdir(cwd) < 0))
            _exit(126);
        setenv("NO_COLOR", "1", 1);
        setenv("XDG_STATE_HOME", state, 1);
        execv(bin, (char *const *)argv);
        _exit(127);
    }
    long long deadline = now_ms() + timeout_s * 1000LL;
    int status = 0;
    while (waitpid(pid, &status, WNOHANG) == 0) {
        if (now_ms() > deadline) {
            kill(pid, SIGINT);
            usleep(500 * 1000);
            kill(pid, SIGKILL);
            waitpid(pid, &status, 0);
            ck_abort_msg("judge %s did not finish in %d s", args[0], timeout_s);
        }
        usleep(10000);
    }
    r->status = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    r->out = slurp(out_path);
    r->err = slurp(err_path);
    free(problems), free(state), free(out_path), free(err_path), free(dir);
}

static void judge(struct judge_run *r, int timeout_s, const char *const *args)
{
    judge_in(r, NULL, timeout_s, args);
}

static void judge_free(struct judge_run *r)
{
    free(r->out);
    free(r->err);
}

#define ck_assert_status(r, want)                                                                  \
    ck_assert_msg((r)->status == (want), "exit status %d, want %d; stderr:\n%s\nstdout:\n%.3000s", \
                  (r)->status, (want), (r)->err, (r)->out)

#define ck_assert_has(text, needle)                                                                \
    ck_assert_msg(strstr((text), (needle)) != NULL, "'%s' not found in:\n%.4000s", (needle), (text))

/* ---- init ---- */

START_TEST(init_writes_starters_and_readme)
{
    char *dir = scratch_dir("init");
    char *ws = xasprintf("%s/ws/nested", dir);
    struct judge_run r;
    judge(&r, 30,
          (const char *const[]){"init", ws, "--problem", "zero-sum-pair,merge-k-sorted-arrays",
                                "--problem", "linked-list-cycle", NULL});
    ck_assert_status(&r, 0);
    ck_assert_has(r.out, "created  zero-sum-pair.c");
    char *zsp = xasprintf("%s/zero-sum-pair.c", ws);
    char *text = slurp(zsp);
    ck_assert_has(text, "bool hasZeroSumPair(int* nums, int numsSize) {");
    ck_assert_has(text, "TODO");
    ck_assert_has(text, "return false;");
    free(text);
    char *lists = xasprintf("%s/linked-list-cycle.c", ws);
    text = slurp(lists);
    ck_assert_has(text, " * Definition for singly-linked list.\n * struct ListNode {");
    free(text);
    char *arrays = xasprintf("%s/merge-k-sorted-arrays.c", ws);
    text = slurp(arrays);
    ck_assert_has(text, "The returned array must be malloced, assume caller calls free().");
    ck_assert_has(text, "*returnSize = 0;");
    free(text);
    char *readme = xasprintf("%s/README.md", ws);
    text = slurp(readme);
    ck_assert_has(text, "judge stress");
    ck_assert_has(text, "`linked-list-cycle.c`");
    free(text);
    judge_free(&r);

    /* Never overwrites: an edited starter and README stay as they are. */
    spit(zsp, "my work\n");
    spit(readme, "my notes\n");
    judge(&r, 30, (const char *const[]){"init", ws, "--problem", "zero-sum-pair", NULL});
    ck_assert_status(&r, 0);
    ck_assert_has(r.out, "kept     zero-sum-pair.c (already there)");
    text = slurp(zsp);
    ck_assert_str_eq(text, "my work\n");
    free(text);
    text = slurp(readme);
    ck_assert_str_eq(text, "my notes\n");
    free(text);
    judge_free(&r);

    judge(&r, 30, (const char *const[]){"init", ws, "--problem", "zero-sum-pai", NULL});
    ck_assert_status(&r, 2);
    ck_assert_has(r.err, "did you mean 'zero-sum-pair'");
    judge_free(&r);
    free(readme), free(arrays), free(lists), free(zsp), free(ws), free(dir);
}
END_TEST

/* Every bundled problem's starter compiles as it is, with the judge's own build. */
START_TEST(every_starter_compiles)
{
    char *root = root_path("problems");
    char *runtime = root_path("judge/runtime");
    char *work = scratch_dir("compile");
    size_t n = 0;
    char **ids = catalog_list(root, &n);
    ck_assert_int_gt((int)n, 0);
    for (size_t i = 0; i < n; i++) {
        char *dir = xasprintf("%s/%s", root, ids[i]), *errors = NULL;
        struct problem *p = problem_load(dir, &errors);
        ck_assert_msg(p != NULL, "%s", errors);
        char *name = starter_file_name(p);
        char *text = starter_source(p, name);
        ck_assert_int_eq(starter_write_new(work, name, text), 1);
        ck_assert_int_eq(starter_write_new(work, name, "overwritten"), 0);
        char *path = xasprintf("%s/%s", work, name), *bin = xasprintf("%s/bin", work);
        struct compile_result cr;
        int rc = compile_solution(p, path, runtime, work, bin, &cr);
        ck_assert_msg(rc == 0 && cr.status == COMPILE_OK, "%s's starter does not compile:\n%s\n%s",
                      ids[i], cr.log, text);
        compile_result_free(&cr);
        unlink(bin);
        free(bin), free(path), free(text), free(name), free(dir);
        problem_free(p);
    }
    catalog_free_list(ids, n);
    free(work), free(runtime), free(root);
}
END_TEST

/* ---- size templates and the stress/complexity keys ---- */

struct expansion {
    const char *word;
    long n;
    const char *want;
};

static const struct expansion expansions[] = {
    {"{n}", 12, "12"},
    {"{n/5}", 12, "2"},
    {"{n/5}", 3, "0"},
    {"{n*3}", 12, "36"},
    {"{sqrt(n)}", 99, "9"},
    {"{sqrt(n)}", 100, "10"},
    {"--k={n/2},{n}", 7, "--k=3,7"},
    {"s{seed}", 5, "s42"},
    {"plain", 5, "plain"},
};

START_TEST(placeholders_expand)
{
    const struct expansion *e = &expansions[_i];
    char err[160];
    struct sizegen_uses uses = {0};
    ck_assert_int_eq(sizegen_check_word(e->word, &uses, err, sizeof err), 0);
    char *words[] = {(char *)e->word, NULL};
    char **argv = sizegen_argv(words, e->n, 42);
    ck_assert_str_eq(argv[0], e->want);
    sizegen_free_argv(argv);
}
END_TEST

static const char *const bad_placeholders[] = {"{m}", "{n/0}", "{n/x}", "{n", "{seed}{}", "{N}"};

START_TEST(unknown_placeholders_are_refused)
{
    char err[160];
    struct sizegen_uses uses = {0};
    ck_assert_int_eq(sizegen_check_word(bad_placeholders[_i], &uses, err, sizeof err), -1);
    ck_assert_msg(strstr(err, "unknown placeholder"), "%s", err);
}
END_TEST

#define SIZED_YAML_HEAD                                                                            \
    "id: sized\ntitle: Sized\ndifficulty: easy\nstatement: statement.md\nkind: program\n"          \
    "groups:\n  - name: samples\n    tests:\n      - name: one\n        input: \"1\"\n"            \
    "        output: \"1\"\n"

struct bad_sized {
    const char *yaml; /* after SIZED_YAML_HEAD */
    const char *message;
};

static const struct bad_sized bad_sized[] = {
    {"stress:\n  generate: gen.c {m} {seed}\n", ":13:13: stress: unknown placeholder '{m}'"},
    {"stress:\n  generate: gen.c 5 {seed}\n", "never uses the size"},
    {"stress:\n  generate: gen.c {n}\n", "never uses the seed"},
    {"stress:\n  generate: nosuch {n} {seed}\n", "unknown generator 'nosuch'"},
    {"stress:\n  generate: gen.c {n} {seed}\n  max_n: 3\n  min_n: 4\n", "max_n 3 is below min_n 4"},
    {"stress:\n  generate: [{generate: \"gen.c {n} {seed}\", min_n: x}]\n",
     "'min_n' must be a whole"},
    {"stress:\n  generat: gen.c {n} {seed}\n", "unknown key 'generat' (did you mean 'generate'?)"},
    {"complexity:\n  generate: gen.c {n}\n", "complexity needs 'max_n'"},
};

START_TEST(bad_sized_keys_are_load_errors)
{
    const struct bad_sized *b = &bad_sized[_i];
    char *dir = scratch_dir("sized");
    char *pdir = xasprintf("%s/sized", dir);
    ck_assert_int_eq(mkdir(pdir, 0700), 0);
    char *yaml = xasprintf("%s/problem.yaml", pdir),
         *text = xasprintf(SIZED_YAML_HEAD "%s", b->yaml);
    char *statement = xasprintf("%s/statement.md", pdir), *gen = xasprintf("%s/gen.c", pdir);
    spit(yaml, text);
    spit(statement, "# Sized\n");
    spit(gen, "int main(void) { return 0; }\n");
    char *errors = NULL;
    struct problem *p = problem_load(pdir, &errors);
    ck_assert_msg(p == NULL, "case %d loads", _i);
    ck_assert_has(errors, b->message);
    free(errors), free(gen), free(statement), free(text), free(yaml), free(pdir), free(dir);
}
END_TEST

START_TEST(bundled_sized_keys_load)
{
    char *root = root_path("problems");
    size_t n = 0, with_stress = 0, with_complexity = 0;
    char **ids = catalog_list(root, &n);
    for (size_t i = 0; i < n; i++) {
        char *dir = xasprintf("%s/%s", root, ids[i]), *errors = NULL;
        struct problem *p = problem_load(dir, &errors);
        ck_assert_msg(p != NULL, "%s", errors);
        bool performance = false;
        for (size_t g = 0; g < p->ngroups; g++)
            performance |= strcmp(p->groups[g].name, "performance") == 0;
        ck_assert_msg(p->stress.ncommands > 0, "%s has no stress: key", ids[i]);
        ck_assert_msg(!performance || p->complexity.ncommands > 0,
                      "%s has a performance group and no complexity: key", ids[i]);
        with_stress += p->stress.ncommands > 0;
        with_complexity += p->complexity.ncommands > 0;
        problem_free(p);
        free(dir);
    }
    ck_assert_int_eq((int)with_stress, (int)n);
    ck_assert_int_ge((int)with_complexity, 3);
    catalog_free_list(ids, n);
    free(root);
}
END_TEST

/* ---- stress ---- */

#define ZSP_FIXTURES "tests/fixtures/zero-sum-pair/"

/* The planted bug counts a single 0 as a pair: its one minimal counterexample is n = 1, [0]. */
START_TEST(stress_shrinks_planted_bug_to_its_minimum)
{
    char *file = root_path(ZSP_FIXTURES "wa_single_zero.c");
    char seed[16];
    snprintf(seed, sizeof seed, "%d", _i + 1);
    struct judge_run r;
    judge(&r, 60, (const char *const[]){"stress", "zero-sum-pair", file, "--seed", seed, NULL});
    ck_assert_status(&r, 1);
    ck_assert_has(r.out, "Smallest failing input (n = 1)");
    ck_assert_has(r.out,
                  ":\n  1\n  0\nExpected (the reference's answer):\n  false\nYours:\n  true\n");
    ck_assert_has(r.out, "Verdict: WA (Wrong answer) -- line 1, token 1: expected 'false', got "
                         "'true'");
    ck_assert_has(r.out, "Replay: judge stress zero-sum-pair");
    judge_free(&r);
    free(file);
}
END_TEST

START_TEST(stress_replays_the_same_run)
{
    char *file = root_path("tests/wrong/max-subarray/zero-init.c");
    const char *const args[] = {"stress", "max-subarray", file, "--seed", "77", NULL};
    struct judge_run a, b;
    judge(&a, 60, args);
    judge(&b, 60, args);
    ck_assert_status(&a, 1);
    /* Starting the best at 0 fails on any all-negative array: one negative number. */
    ck_assert_has(a.out, "Smallest failing input (n = 1)");
    ck_assert_has(a.out, "\n  1\n  -");
    ck_assert_str_eq(a.out, b.out);
    judge_free(&a);
    judge_free(&b);
    free(file);
}
END_TEST

START_TEST(stress_reports_a_crash_as_re)
{
    char *file = root_path(ZSP_FIXTURES "re_null.c");
    struct judge_run r;
    judge(&r, 60, (const char *const[]){"stress", "zero-sum-pair", file, "--seed", "9", NULL});
    ck_assert_status(&r, 1);
    ck_assert_has(r.out, "Smallest failing input (n = 1)");
    ck_assert_has(r.out, "Yours: killed by SIGSEGV");
    ck_assert_has(r.out, "Verdict: RE (Runtime error)");
    judge_free(&r);
    free(file);
}
END_TEST

/* A time limit is a disagreement too; no smaller n fails, so n stays 4. */
START_TEST(stress_reports_a_time_limit)
{
    char *file = root_path("tests/fixtures/practice/max-subarray-tle-at-4.c");
    struct judge_run r;
    judge(&r, 60, (const char *const[]){"stress", "max-subarray", file, "--seed", "2", NULL});
    ck_assert_status(&r, 1);
    ck_assert_has(r.out, "Shrinking: no smaller n fails");
    ck_assert_has(r.out, "Smallest failing input (n = 4)");
    ck_assert_has(r.out, "Verdict: TLE (Time limit exceeded)");
    judge_free(&r);
    free(file);
}
END_TEST

START_TEST(stress_passes_the_reference)
{
    char *file = root_path("solutions/zero-sum-pair.c");
    struct judge_run r;
    judge(&r, 60,
          (const char *const[]){"stress", "zero-sum-pair", file, "--iterations", "40", "--seed",
                                "5", "--max-n", "6", NULL});
    ck_assert_status(&r, 0);
    ck_assert_has(r.out, "n from 1 to 6, seed 5");
    ck_assert_has(r.out, "No difference in 40 inputs.");
    judge_free(&r);
    free(file);
}
END_TEST

START_TEST(stress_usage_errors)
{
    char *file = root_path("solutions/zero-sum-pair.c");
    const char *const *const cases[] = {
        (const char *const[]){"stress", "zero-sum-pair", NULL},
        (const char *const[]){"stress", "zero-sum-pair", file, "--iterations", "0", NULL},
        (const char *const[]){"stress", "zero-sum-pair", file, "--seed", "-1", NULL},
        (const char *const[]){"stress", "zero-sum-pair", file, "--max-n", "abc", NULL},
        (const char *const[]){"stress", "zero-sum-pair", "/nonexistent.c", NULL},
        (const char *const[]){"stress", "zero-sum-pai", file, NULL},
    };
    for (size_t i = 0; i < LEN(cases); i++) {
        struct judge_run r;
        judge(&r, 30, cases[i]);
        ck_assert_status(&r, 2);
        ck_assert_msg(*r.err, "case %zu: nothing on stderr", i);
        judge_free(&r);
    }
    free(file);
}
END_TEST

/* ---- complexity ---- */

struct synthetic {
    const char *name;
    double c, a; /* t = c + a * f(n) microseconds */
    double (*f)(double);
    enum growth want;
    double slope_lo, slope_hi;
    bool flat;
};

static double lin(double n)
{
    return n;
}
static double nlogn(double n)
{
    return n * log2(n);
}
static double quad(double n)
{
    return n * n;
}
static double cube(double n)
{
    return n * n * n;
}

static const struct synthetic synthetics[] = {
    {"linear", 1500, 0.5, lin, GROWTH_N, 0.9, 1.1, false},
    {"n log n", 1500, 0.05, nlogn, GROWTH_N_LOG_N, 1.0, 1.25, false},
    {"quadratic", 1500, 2e-4, quad, GROWTH_N2, 1.9, 2.1, false},
    {"cubic", 1500, 2e-9, cube, GROWTH_N3, 2.8, 3.2, false},
    {"start-up only", 1500, 1e-3, lin, GROWTH_N, -10, 10, true},
};

START_TEST(fit_finds_the_model)
{
    const struct synthetic *sy = &synthetics[_i];
    struct complexity_point pts[8];
    /* +-3% of deterministic noise, as real timings have. */
    static const double noise[] = {1.03, 0.98, 1.01, 0.97, 1.02, 0.99, 1.03, 0.98};
    for (int i = 0; i < 8; i++) {
        double n = 1000.0 * (1 << i);
        pts[i] = (struct complexity_point){n, (sy->c + sy->a * sy->f(n)) * noise[i]};
    }
    struct complexity_fit fit;
    complexity_fit(pts, 8, &fit);
    ck_assert(fit.ok);
    ck_assert_msg(fit.flat == sy->flat, "%s: flat %d", sy->name, fit.flat);
    ck_assert_msg(complexity_class(fit.model) == complexity_class(sy->want),
                  "%s: fitted %s, want %s (errors %g %g %g %g)", sy->name,
                  complexity_model_name(fit.model), complexity_model_name(sy->want), fit.error[0],
                  fit.error[1], fit.error[2], fit.error[3]);
    ck_assert_msg(fit.slope >= sy->slope_lo && fit.slope <= sy->slope_hi, "%s: slope %.2f",
                  sy->name, fit.slope);
    complexity_fit(pts, 2, &fit);
    ck_assert(!fit.ok);
}
END_TEST

START_TEST(plot_marks_both_series)
{
    struct complexity_point a[] = {{1000, 2000}, {2000, 8000}, {4000, 32000}};
    struct complexity_point b[] = {{1000, 2000}, {2000, 2100}, {4000, 2300}};
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    complexity_plot(f, a, 3, '*', b, 3, 'o', 20, 6);
    fclose(f);
    ck_assert_has(buf, "@"); /* the first point is in both */
    ck_assert_has(buf, "*");
    ck_assert_has(buf, "o");
    ck_assert_has(buf, "32 ms |");
    ck_assert_has(buf, "n = 1000");
    free(buf);
}
END_TEST

/* The known-naive solutions of problems with a performance group against the references:
 * the naive one grows faster (exit 1, its model named), the reference like itself. */
struct growth_case {
    const char *problem, *file;
    int status;
    const char *needle;
};

static const struct growth_case growth_cases[] = {
    {"valid-palindrome", "tests/wrong/valid-palindrome/tle-strncat-filter.c", 1,
     "(O(n\u00b2)); reference: "},
    {"valid-palindrome", "solutions/valid-palindrome.c", 0, "Yours grows like the reference."},
    {"longest-palindromic-substring", "tests/wrong/longest-palindromic-substring/tle-cubic.c", 1,
     "(O(n\u00b3)); reference: "},
    {"longest-palindromic-substring",
     "tests/wrong/longest-palindromic-substring/tle-expand-around-center.c", 1,
     "(O(n\u00b2)); reference: "},
    {"palindromic-substrings", "tests/wrong/palindromic-substrings/tle-expand-around-center.c", 1,
     "(O(n\u00b2)); reference: "},
    {"merge-sorted-array", "tests/wrong/merge-sorted-array/insert-shift.c", 1,
     "(O(n\u00b2)); reference: ~n^1"},
};

START_TEST(complexity_tells_naive_from_reference)
{
    const struct growth_case *g = &growth_cases[_i];
    char *file = root_path(g->file);
    struct judge_run r;
    judge(&r, 60, (const char *const[]){"complexity", g->problem, file, NULL});
    ck_assert_status(&r, g->status);
    ck_assert_has(r.out, g->needle);
    ck_assert_has(r.out, "both axes logarithmic");
    if (g->status == 1)
        ck_assert_has(r.out, "Yours grows faster than the reference");
    judge_free(&r);
    free(file);
}
END_TEST

START_TEST(complexity_usage_errors)
{
    char *file = root_path("solutions/csv-aggregate.c");
    struct judge_run r;
    judge(&r, 30, (const char *const[]){"complexity", "csv-aggregate", file, NULL});
    ck_assert_status(&r, 2);
    ck_assert_has(r.err, "no complexity generator");
    judge_free(&r);
    judge(&r, 30, (const char *const[]){"complexity", "zero-sum-pair", NULL});
    ck_assert_status(&r, 2);
    judge_free(&r);
    free(file);
}
END_TEST

/* ---- watch and mock, for real, in tmux ---- */

/* Runs argv to completion; returns what it printed (stdout and stderr, malloc'd) and sets
 * *status to its exit status. */
static char *run_tool(const char *const *argv, int *status)
{
    char *dir = scratch_dir("tool"), *path = xasprintf("%s/out", dir);
    fflush(NULL);
    pid_t pid = fork();
    ck_assert_int_ge(pid, 0);
    if (pid == 0) {
        int in = open("/dev/null", O_RDONLY), fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0600);
        if (in < 0 || fd < 0 || dup2(in, 0) < 0 || dup2(fd, 1) < 0 || dup2(fd, 2) < 0)
            _exit(126);
        execvp(argv[0], (char *const *)argv);
        _exit(127);
    }
    int wstatus;
    ck_assert_int_eq(waitpid(pid, &wstatus, 0), pid);
    char *out = slurp(path);
    free(path), free(dir);
    *status = WIFEXITED(wstatus) ? WEXITSTATUS(wstatus) : 128 + WTERMSIG(wstatus);
    return out;
}

/* run_tool for its exit status only. */
static int run_quiet(const char *const *argv)
{
    int status;
    free(run_tool(argv, &status));
    return status;
}

struct tmux {
    char socket[64];
};

/* Starts command in a detached 200x50 tmux session on a private server, with NO_COLOR=1
 * and XDG_STATE_HOME=<scratch>/state; after the command it prints EXITED=<status> and
 * whether the terminal is back in canonical mode. Returns false (after announcing the
 * skip) when tmux is not installed. */
static bool tmux_start(struct tmux *t, const char *command)
{
    if (run_quiet((const char *const[]){"tmux", "-V", NULL}) != 0) {
        printf("SKIP practice: tmux is not installed, so watch and mock are not driven\n");
        return false;
    }
    snprintf(t->socket, sizeof t->socket, "judge-check-%d", (int)getpid());
    /* The server's socket goes to the scratch folder and is removed with it. */
    setenv("TMUX_TMPDIR", scratch, 1);
    char *state = xasprintf("%s/state", scratch);
    setenv("XDG_STATE_HOME", state, 1);
    setenv("NO_COLOR", "1", 1);
    char *shell =
        xasprintf("%s; echo EXITED=$?; stty -a | grep -o -- ' -*icanon'; sleep 120", command);
    const char *argv[] = {"tmux", "-L",  t->socket, "new-session", "-d",  "-s", "t",
                          "-x",   "200", "-y",      "50",          shell, NULL};
    int rc;
    char *out = run_tool(argv, &rc);
    ck_assert_msg(rc == 0, "tmux new-session failed (%d): %s", rc, out);
    free(out), free(shell), free(state);
    return true;
}

/* The pane's whole text, scrollback included (malloc'd). */
static char *tmux_screen(const struct tmux *t)
{
    const char *argv[] = {"tmux", "-L", t->socket, "capture-pane", "-p", "-J", "-S", "-",
                          "-t",   "t",  NULL};
    int status;
    return run_tool(argv, &status);
}

/* Waits until every needle is on the screen; fails with the screen after timeout_s. */
static void tmux_wait(const struct tmux *t, int timeout_s, const char *const *needles)
{
    long long deadline = now_ms() + timeout_s * 1000LL;
    for (;;) {
        char *screen = tmux_screen(t);
        bool all = true;
        for (size_t i = 0; needles[i] && all; i++)
            all = strstr(screen, needles[i]) != NULL;
        if (all) {
            free(screen);
            return;
        }
        if (now_ms() > deadline) {
            ck_abort_msg("after %d s, '%s'... not on the screen:\n%s", timeout_s, needles[0],
                         screen);
        }
        free(screen);
        usleep(100 * 1000);
    }
}

static void tmux_keys(const struct tmux *t, const char *keys)
{
    const char *argv[] = {"tmux", "-L", t->socket, "send-keys", "-t", "t", keys, NULL};
    ck_assert_int_eq(run_quiet(argv), 0);
}

static void tmux_kill(const struct tmux *t)
{
    run_quiet((const char *const[]){"tmux", "-L", t->socket, "kill-server", NULL});
}

/* Saves text to path as editors do: a temporary file renamed over it. */
static void editor_save(const char *path, const char *text)
{
    char *tmp = xasprintf("%s.swp~", path);
    spit(tmp, text);
    ck_assert_msg(rename(tmp, path) == 0, "rename: %s", strerror(errno));
    free(tmp);
}

static char *judge_command(const char *args)
{
    char *problems = root_path("problems");
    char *cmd = xasprintf("%s --problems %s %s", env_or_fail("JUDGE_BIN"), problems, args);
    free(problems);
    return cmd;
}

START_TEST(watch_rejudges_on_every_save)
{
    char *dir = scratch_dir("watch");
    char *sol = xasprintf("%s/sol.c", dir);
    char *wa = root_path(ZSP_FIXTURES "wa_single_zero.c"),
         *ac = root_path("solutions/zero-sum-pair.c");
    char *re = root_path(ZSP_FIXTURES "re_null.c");
    char *wa_text = slurp(wa), *ac_text = slurp(ac), *re_text = slurp(re);
    spit(sol, wa_text);
    char *args = xasprintf("watch zero-sum-pair %s", sol), *cmd = judge_command(args);
    struct tmux t;
    if (!tmux_start(&t, cmd))
        return;
    tmux_wait(&t, 30, (const char *const[]){"(#1)", "Verdict: WA", NULL});
    editor_save(sol, ac_text); /* write-to-temp-then-rename */
    tmux_wait(&t, 30, (const char *const[]){"(#2)", "Verdict: AC", NULL});
    spit(sol, re_text); /* in place */
    tmux_wait(&t, 30, (const char *const[]){"(#3)", "Verdict: RE", NULL});
    /* A burst of saves is judged once. */
    for (int i = 0; i < 5; i++)
        editor_save(sol, i % 2 ? wa_text : ac_text);
    tmux_wait(&t, 30, (const char *const[]){"(#4)", "Verdict: AC", NULL});
    usleep(1500 * 1000);
    char *screen = tmux_screen(&t);
    ck_assert_msg(!strstr(screen, "(#5)"), "a burst of saves was judged twice:\n%s", screen);
    free(screen);
    tmux_keys(&t, "C-c");
    tmux_wait(&t, 10, (const char *const[]){"judge: watch stopped", "EXITED=130", NULL});
    tmux_kill(&t);
    free(args), free(cmd), free(wa_text), free(ac_text), free(re_text);
    free(re), free(ac), free(wa), free(sol), free(dir);
}
END_TEST

/* The starter files of a mock session's folder, in the order of the status line. */
static size_t session_files(const char *dir, char ids[][64], size_t max)
{
    size_t n = 0;
    for (int i = 0; i < 100 && n == 0; i++) {
        int status;
        char *json = run_tool((const char *const[]){"ls", dir, NULL}, &status);
        for (char *line = strtok(json, "\n"); line && n < max; line = strtok(NULL, "\n")) {
            size_t len = strlen(line);
            if (len > 2 && !strcmp(line + len - 2, ".c"))
                snprintf(ids[n++], 64, "%.*s", (int)(len - 2), line);
        }
        free(json);
        if (n == 0)
            usleep(50000);
    }
    return n;
}

START_TEST(mock_session_quit_with_report)
{
    char *dir = scratch_dir("mock"), *folder = xasprintf("%s/session", dir);
    char *args =
        xasprintf("mock --minutes 2 --problems 2 --difficulty easy --seed 3 --dir %s", folder);
    char *cmd = judge_command(args);
    struct tmux t;
    if (!tmux_start(&t, cmd))
        return;
    tmux_wait(&t, 30, (const char *const[]){"left] | 1 ", ": not judged yet | 2 ", "q: end", NULL});
    char ids[2][64];
    ck_assert_int_eq((int)session_files(folder, ids, 2), 2);
    char *screen = tmux_screen(&t);
    char *first = strstr(screen, "| 1 ") + 4;
    /* The status line's first problem is the one to solve. */
    const char *id = strncmp(first, ids[0], strlen(ids[0])) == 0 ? ids[0] : ids[1];
    free(screen);
    char *file = xasprintf("%s/%s.c", folder, id);
    char *ref = xasprintf("solutions/%s.c", id), *ref_path = root_path(ref);
    char *text = slurp(ref_path);
    editor_save(file, text);
    char *ac = xasprintf("| 1 %s: AC |", id);
    tmux_wait(&t, 60, (const char *const[]){ac, "attempt 1: AC", "hidden tests: ", NULL});
    tmux_keys(&t, "q");
    tmux_wait(&t, 90,
              (const char *const[]){"Mock interview over (quit)", "1 of 2 solved",
                                    "complexity: yours: ~n^", "EXITED=1", " icanon", NULL});
    tmux_kill(&t);
    char *json_path = xasprintf("%s/session.json", folder);
    char *json = slurp(json_path);
    ck_assert_has(json, "\"end\": \"quit\"");
    ck_assert_has(json, "\"solved\": true");
    ck_assert_has(json, "\"first_ac_s\": ");
    ck_assert_has(json, "\"hidden_passed\": ");
    struct judge_run r;
    judge(&r, 30, (const char *const[]){"history", NULL});
    ck_assert_status(&r, 0);
    ck_assert_has(r.out, "Mock interviews");
    ck_assert_has(r.out, "quit");
    ck_assert_has(r.out, id);
    judge_free(&r);
    free(json), free(json_path), free(ac), free(text), free(ref_path), free(ref), free(file);
    free(cmd), free(args), free(folder), free(dir);
}
END_TEST

START_TEST(mock_session_ends_when_all_solved)
{
    char *dir = scratch_dir("mock"), *folder = xasprintf("%s/session", dir);
    char *args =
        xasprintf("mock --minutes 2 --problems 1 --seed 11 --no-complexity --dir %s", folder);
    char *cmd = judge_command(args);
    struct tmux t;
    if (!tmux_start(&t, cmd))
        return;
    tmux_wait(&t, 30, (const char *const[]){": not judged yet | q: end", NULL});
    char ids[1][64];
    ck_assert_int_eq((int)session_files(folder, ids, 1), 1);
    char *file = xasprintf("%s/%s.c", folder, ids[0]);
    char *ref = xasprintf("solutions/%s.c", ids[0]), *ref_path = root_path(ref);
    char *text = slurp(ref_path);
    editor_save(file, text);
    tmux_wait(&t, 60,
              (const char *const[]){"Mock interview over (all solved)", "1 of 1 solved",
                                    "not measured (--no-complexity)", "EXITED=0", NULL});
    tmux_kill(&t);
    free(text), free(ref_path), free(ref), free(file), free(cmd), free(args), free(folder);
    free(dir);
}
END_TEST

START_TEST(mock_session_ends_on_time)
{
    char *dir = scratch_dir("mock"), *folder = xasprintf("%s/session", dir);
    char *args = xasprintf("mock --minutes 0.05 --problems 1 --seed 2 --dir %s", folder);
    char *cmd = judge_command(args);
    struct tmux t;
    if (!tmux_start(&t, cmd))
        return;
    tmux_wait(&t, 30,
              (const char *const[]){"Mock interview over (time up)", "0 of 1 solved", "not judged",
                                    "EXITED=1", " icanon", NULL});
    tmux_kill(&t);
    free(cmd), free(args), free(folder), free(dir);
}
END_TEST

START_TEST(mock_session_ctrl_c)
{
    char *dir = scratch_dir("mock"), *folder = xasprintf("%s/session", dir);
    char *args = xasprintf("mock --minutes 5 --problems 1 --seed 2 --dir %s", folder);
    char *cmd = judge_command(args);
    struct tmux t;
    if (!tmux_start(&t, cmd))
        return;
    tmux_wait(&t, 30, (const char *const[]){"q: end", NULL});
    tmux_keys(&t, "C-c");
    tmux_wait(
        &t, 30,
        (const char *const[]){"Mock interview over (interrupted)", "EXITED=130", " icanon", NULL});
    tmux_kill(&t);
    free(cmd), free(args), free(folder), free(dir);
}
END_TEST

START_TEST(mock_usage_errors)
{
    const char *const *const cases[] = {
        (const char *const[]){"mock", "--minutes", "0", NULL},
        (const char *const[]){"mock", "--minutes", "x", NULL},
        (const char *const[]){"mock", "--problems", "0", NULL},
        (const char *const[]){"mock", "--problems", "99", NULL},
        (const char *const[]){"mock", "--difficulty", "trivial", NULL},
        (const char *const[]){"mock", "extra", NULL},
        (const char *const[]){"watch", "zero-sum-pair", "/nonexistent.c", NULL},
        (const char *const[]){"history", "a", "b", NULL},
    };
    for (size_t i = 0; i < LEN(cases); i++) {
        struct judge_run r;
        judge(&r, 30, cases[i]);
        ck_assert_msg(r.status == 2, "case %zu: status %d\n%s", i, r.status, r.err);
        ck_assert_msg(*r.err, "case %zu: nothing on stderr", i);
        judge_free(&r);
    }
}
END_TEST

/* judge test records attempts; judge history sums them up per problem. */
START_TEST(history_records_test_attempts)
{
    char *wa = root_path(ZSP_FIXTURES "wa_single_zero.c"),
         *ac = root_path("solutions/zero-sum-pair.c");
    struct judge_run r;
    judge(&r, 60, (const char *const[]){"test", "zero-sum-pair", wa, NULL});
    ck_assert_status(&r, 1);
    judge_free(&r);
    judge(&r, 60, (const char *const[]){"test", "zero-sum-pair", ac, "--json", NULL});
    ck_assert_status(&r, 0);
    judge_free(&r);
    judge(&r, 30, (const char *const[]){"history", NULL});
    ck_assert_status(&r, 0);
    ck_assert_has(r.out, "Practice by problem");
    char *row = strstr(r.out, "\n  zero-sum-pair ");
    ck_assert_msg(row != NULL, "no zero-sum-pair row:\n%s", r.out);
    long attempts = 0, accepted = 0;
    ck_assert_int_eq(sscanf(row, "\n  zero-sum-pair %ld %ld", &attempts, &accepted), 2);
    ck_assert_int_ge(attempts, 2);
    ck_assert_int_ge(accepted, 1);
    ck_assert_has(row, " ms  AC ");
    judge_free(&r);
    judge(&r, 30, (const char *const[]){"history", "zero-sum-pair", NULL});
    ck_assert_status(&r, 0);
    ck_assert_has(r.out, "test    WA       10/100      37/45");
    ck_assert_has(r.out, "wa_single_zero.c");
    judge_free(&r);
    free(ac), free(wa);
}
END_TEST

/* ---- test --sanitize ---- */

struct report_case {
    const char *report;
    const char *want;
};

static const struct report_case reports[] = {
    {"debug line\n=================================================================\n"
     "==7==ERROR: AddressSanitizer: heap-buffer-overflow on address 0x6020 at pc 0x55 bp 0x7f sp "
     "0x7f\nWRITE of size 4 at 0x602000000040 thread T0\n"
     "    #0 0x55 in __interceptor_memset ../../../../src/libsanitizer/sanitizer_common/"
     "sanitizer_common_interceptors.inc:799\n"
     "    #1 0x55 in helper /tmp/judge-x/build-solution/harness.c:9\n"
     "    #2 0x55 in twoSum /tmp/judge-x/build-solution/sol.c:12\n\n"
     "SUMMARY: AddressSanitizer: heap-buffer-overflow harness.c:9 in helper\n",
     "AddressSanitizer: heap-buffer-overflow (WRITE of size 4) at sol.c:12 in twoSum"},
    {"==9==ERROR: AddressSanitizer: SEGV on unknown address 0x000000000000 (pc 0x1 bp 0x2 sp 0x3 "
     "T0)\n==9==The signal is caused by a READ memory access.\n"
     "    #0 0x55 in walk /b/list.c:7\n    #1 0x55 in main /b/harness.c:20\n",
     "AddressSanitizer: SEGV (a null pointer) at list.c:7 in walk"},
    {"==3==ERROR: AddressSanitizer: attempting double-free on 0x602 in thread T0:\n"
     "    #0 0x7f in __interceptor_free ../../../../src/libsanitizer/asan/"
     "asan_malloc_linux.cpp:52\n    #1 0x55 in f /x/sol.c:3\n",
     "AddressSanitizer: attempting double-free at sol.c:3 in f"},
    {"sol.c:7:13: runtime error: signed integer overflow: 2147483647 + 1 cannot be represented in "
     "type 'int'\n    #0 0x55 in f /x/sol.c:7\n",
     "UndefinedBehaviorSanitizer: signed integer overflow: 2147483647 + 1 cannot be represented in "
     "type 'int' at sol.c:7:13"},
    {"/tmp/b/sol.c:4:9: runtime error: load of null pointer of type 'int'\n"
     "==1==ERROR: AddressSanitizer: SEGV on unknown address 0x000000000000\n",
     "UndefinedBehaviorSanitizer: load of null pointer of type 'int' at sol.c:4:9"},
};

START_TEST(sanitizer_reports_are_read)
{
    const struct report_case *c = &reports[_i];
    char msg[512] = "unchanged";
    ck_assert(sanitize_describe(c->report, strlen(c->report), "sol.c", msg, sizeof msg));
    ck_assert_str_eq(msg, c->want);
    ck_assert(!sanitize_describe("segmentation fault\n", 19, "sol.c", msg, sizeof msg));
    ck_assert_str_eq(msg, c->want);
}
END_TEST

static char *verdict_of(const char *json)
{
    const char *v = strstr(json, "\"verdict\": \"");
    ck_assert_ptr_nonnull(v);
    return strndup(v + 12, 2);
}

/* Reading one past the end passes a plain build by luck; the sanitizer names it. */
START_TEST(sanitize_names_a_lucky_overflow)
{
    char *file = root_path("tests/fixtures/practice/zero-sum-pair-reads-past-end.c");
    struct judge_run r;
    judge(&r, 60, (const char *const[]){"test", "zero-sum-pair", file, "--json", NULL});
    ck_assert_status(&r, 0);
    judge_free(&r);
    judge(&r, 90, (const char *const[]){"test", "zero-sum-pair", file, "--sanitize", NULL});
    ck_assert_status(&r, 1);
    ck_assert_has(r.out, "AddressSanitizer: heap-buffer-overflow (READ of size 4) at "
                         "zero-sum-pair-reads-past-end.c:14 in hasZeroSumPair");
    ck_assert_has(r.out, "Verdict: RE (Runtime error)");
    judge_free(&r);
    free(file);
}
END_TEST

START_TEST(sanitize_names_undefined_behaviour)
{
    char *file = root_path(ZSP_FIXTURES "wa_overflow.c");
    struct judge_run r;
    judge(&r, 90,
          (const char *const[]){"test", "zero-sum-pair", file, "--sanitize", "--json", NULL});
    ck_assert_status(&r, 1);
    char *v = verdict_of(r.out);
    ck_assert_str_eq(v, "RE");
    ck_assert_has(r.out, "UndefinedBehaviorSanitizer: signed integer overflow: -2147483648 + "
                         "-2147483648 cannot be represented in type 'int' at wa_overflow.c:13:13");
    free(v);
    judge_free(&r);
    /* The reference is clean. */
    char *ref = root_path("solutions/zero-sum-pair.c");
    judge(&r, 90, (const char *const[]){"test", "zero-sum-pair", ref, "--sanitize", NULL});
    ck_assert_status(&r, 0);
    judge_free(&r);
    free(ref), free(file);
}
END_TEST

/* Without RLIMIT_AS the sanitized profile watches resident memory live: an allocation loop
 * is stopped at the limit (and the same binary cannot even start in the plain profile,
 * which is why the profile exists). */
START_TEST(sanitized_profile_stops_a_memory_bomb)
{
    char *dir = scratch_dir("bomb"), *src = xasprintf("%s/bomb.c", dir);
    char *bin = xasprintf("%s/bomb", dir), *work = xasprintf("%s/work", dir);
    spit(src, "#include <stdlib.h>\nint main(void) {\n    for (;;) {\n"
              "        volatile char *p = malloc(1 << 20);\n"
              "        for (int i = 0; i < (1 << 20); i += 4096) p[i] = 1;\n    }\n}\n");
    ck_assert_int_eq(mkdir(work, 0700), 0);
    ck_assert_int_eq(
        run_quiet((const char *const[]){"gcc", "-O1", "-fsanitize=address", "-o", bin, src, NULL}),
        0);
    const char *argv[] = {bin, NULL};
    struct run_spec spec = {.profile = SANDBOX_SANITIZED,
                            .argv = argv,
                            .workdir = work,
                            .envp = sanitize_environment(),
                            .limits = {.cpu_ms = 10000,
                                       .wall_ms = 20000,
                                       .memory_bytes = 96LL << 20,
                                       .output_bytes = 1 << 20}};
    struct run_result rr;
    long long start = now_ms();
    ck_assert_int_eq(sandbox_run(&spec, &rr), 0);
    ck_assert_msg(rr.outcome == RUN_MEMORY_LIMIT, "outcome %d, peak %lld KiB", rr.outcome,
                  rr.peak_kib);
    ck_assert_msg(now_ms() - start < 10000, "the bomb ran for %lld ms", now_ms() - start);
    static const char *const libraries[] = {"/lib", "/lib64", "/usr/lib", "/etc/ld.so.cache", NULL};
    spec.profile = SANDBOX_SUBMISSION;
    spec.readable = libraries;
    ck_assert_int_eq(sandbox_run(&spec, &rr), 0);
    ck_assert_msg(rr.outcome == RUN_SIGNALED || (rr.outcome == RUN_EXITED && rr.exit_code != 0),
                  "a sanitized build started under RLIMIT_AS (outcome %d)", rr.outcome);
    free(work), free(bin), free(src), free(dir);
}
END_TEST

Suite *make_practice_suite(void)
{
    Suite *s = suite_create("practice");

    TCase *init = tcase_create("init");
    tcase_add_unchecked_fixture(init, scratch_setup, scratch_teardown);
    tcase_set_timeout(init, 60);
    tcase_add_test(init, init_writes_starters_and_readme);
    tcase_add_test(init, every_starter_compiles);
    suite_add_tcase(s, init);

    TCase *sized = tcase_create("sized");
    tcase_add_unchecked_fixture(sized, scratch_setup, scratch_teardown);
    tcase_add_loop_test(sized, placeholders_expand, 0, (int)LEN(expansions));
    tcase_add_loop_test(sized, unknown_placeholders_are_refused, 0, (int)LEN(bad_placeholders));
    tcase_add_loop_test(sized, bad_sized_keys_are_load_errors, 0, (int)LEN(bad_sized));
    tcase_add_test(sized, bundled_sized_keys_load);
    suite_add_tcase(s, sized);

    TCase *stress = tcase_create("stress");
    tcase_add_unchecked_fixture(stress, scratch_setup, scratch_teardown);
    tcase_set_timeout(stress, 60);
    tcase_add_loop_test(stress, stress_shrinks_planted_bug_to_its_minimum, 0, 3);
    tcase_add_test(stress, stress_replays_the_same_run);
    tcase_add_test(stress, stress_reports_a_crash_as_re);
    tcase_add_test(stress, stress_reports_a_time_limit);
    tcase_add_test(stress, stress_passes_the_reference);
    tcase_add_test(stress, stress_usage_errors);
    suite_add_tcase(s, stress);

    TCase *complexity = tcase_create("complexity");
    tcase_add_unchecked_fixture(complexity, scratch_setup, scratch_teardown);
    tcase_set_timeout(complexity, 60);
    tcase_add_loop_test(complexity, fit_finds_the_model, 0, (int)LEN(synthetics));
    tcase_add_test(complexity, plot_marks_both_series);
    tcase_add_loop_test(complexity, complexity_tells_naive_from_reference, 0,
                        (int)LEN(growth_cases));
    tcase_add_test(complexity, complexity_usage_errors);
    suite_add_tcase(s, complexity);

    TCase *live = tcase_create("live");
    tcase_add_unchecked_fixture(live, scratch_setup, scratch_teardown);
    tcase_set_timeout(live, 120);
    tcase_add_test(live, watch_rejudges_on_every_save);
    tcase_add_test(live, mock_session_quit_with_report);
    tcase_add_test(live, mock_session_ends_when_all_solved);
    tcase_add_test(live, mock_session_ends_on_time);
    tcase_add_test(live, mock_session_ctrl_c);
    tcase_add_test(live, mock_usage_errors);
    tcase_add_test(live, history_records_test_attempts);
    suite_add_tcase(s, live);

    TCase *sanitize = tcase_create("sanitize");
    tcase_add_unchecked_fixture(sanitize, scratch_setup, scratch_teardown);
    tcase_set_timeout(sanitize, 120);
    tcase_add_loop_test(sanitize, sanitizer_reports_are_read, 0, (int)LEN(reports));
    tcase_add_test(sanitize, sanitize_names_a_lucky_overflow);
    tcase_add_test(sanitize, sanitize_names_undefined_behaviour);
    tcase_add_test(sanitize, sanitized_profile_stops_a_memory_bomb);
    suite_add_tcase(s, sanitize);
    return s;
}
