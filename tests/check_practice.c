/* The practice commands, driven for real through $JUDGE_BIN on the bundled problems of
 * $JUDGE_ROOT: init (starter files that compile, never an overwrite). */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "catalog.h"
#include "compile.h"
#include "problem.h"
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

Suite *make_practice_suite(void)
{
    Suite *s = suite_create("practice");

    TCase *init = tcase_create("init");
    tcase_add_unchecked_fixture(init, scratch_setup, scratch_teardown);
    tcase_set_timeout(init, 60);
    tcase_add_test(init, init_writes_starters_and_readme);
    tcase_add_test(init, every_starter_compiles);
    suite_add_tcase(s, init);
    return s;
}
