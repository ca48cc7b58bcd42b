/* Integration tests of the real binary ($JUDGE_BIN) on the real problems of $JUDGE_ROOT:
 * every fixture of tests/fixtures/zero-sum-pair/ gets the verdict its first line names,
 * plus the messages users rely on, usage errors, broken problem folders and Ctrl-C. Each
 * judge run is a child with NO_COLOR=1 whose stdout and stderr go to files in a scratch
 * directory that an unchecked fixture creates and removes. */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "suites.h"
#include "util.h"

#define LEN(a) (sizeof(a) / sizeof((a)[0]))

#define PROBLEM        "zero-sum-pair"
#define SIGNATURE      "bool hasZeroSumPair(int* nums, int numsSize);"
#define FIXTURES       "tests/fixtures/" PROBLEM
#define RUN_TIMEOUT_MS 60000

/* Created in the runner process, before the test case forks its tests. */
static char *scratch;

static void scratch_setup(void)
{
    const char *base = getenv("TMPDIR");
    scratch = xasprintf("%s/check-cli-XXXXXX", base && *base ? base : "/tmp");
    ck_assert_msg(mkdtemp(scratch) != NULL, "mkdtemp %s: %s", scratch, strerror(errno));
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

/* $JUDGE_ROOT/rel (malloc'd). */
static char *root_path(const char *rel)
{
    return xasprintf("%s/%s", env_or_fail("JUDGE_ROOT"), rel);
}

/* A fresh, unique path under the scratch directory (malloc'd); mkdtemp creates it. */
static char *scratch_dir(const char *tag)
{
    char *dir = xasprintf("%s/%s-XXXXXX", scratch, tag);
    ck_assert_msg(mkdtemp(dir) != NULL, "mkdtemp: %s", strerror(errno));
    return dir;
}

/* ---- running the judge ---- */

struct judge_run {
    pid_t pid;
    char *dir; /* holds the stdout and stderr files */
    char *out_path, *err_path;
    int status;      /* exit status, or 128 + signal */
    char *out, *err; /* what it printed */
};

/* Starts `judge --problems $JUDGE_ROOT/problems ARGS...` with NO_COLOR=1 and, when tmpdir
 * is not NULL, TMPDIR=tmpdir. */
static void judge_start(struct judge_run *r, const char *tmpdir, const char *const *args)
{
    *r = (struct judge_run){.dir = scratch_dir("run")};
    r->out_path = xasprintf("%s/stdout", r->dir);
    r->err_path = xasprintf("%s/stderr", r->dir);
    const char *bin = env_or_fail("JUDGE_BIN");
    char *problems = root_path("problems");
    const char *argv[16] = {bin, "--problems", problems};
    size_t n = 3;
    for (size_t i = 0; args[i]; i++) {
        ck_assert(n < LEN(argv) - 1);
        argv[n++] = args[i];
    }
    argv[n] = NULL;
    fflush(NULL);
    r->pid = fork();
    ck_assert_msg(r->pid >= 0, "fork: %s", strerror(errno));
    if (r->pid == 0) {
        int in = open("/dev/null", O_RDONLY);
        int out = open(r->out_path, O_WRONLY | O_CREAT | O_TRUNC, 0600);
        int err = open(r->err_path, O_WRONLY | O_CREAT | O_TRUNC, 0600);
        if (in < 0 || out < 0 || err < 0 || dup2(in, 0) < 0 || dup2(out, 1) < 0 || dup2(err, 2) < 0)
            _exit(126);
        setenv("NO_COLOR", "1", 1);
        if (tmpdir)
            setenv("TMPDIR", tmpdir, 1);
        execv(bin, (char *const *)argv);
        _exit(127);
    }
    free(problems);
}

/* Waits up to timeout_ms; returns false (and kills the judge) if it is still running. */
static bool judge_wait(struct judge_run *r, long timeout_ms)
{
    long long deadline = now_ms() + timeout_ms;
    int status;
    for (;;) {
        pid_t got = waitpid(r->pid, &status, WNOHANG);
        if (got == r->pid)
            break;
        ck_assert_msg(got == 0 || errno == EINTR, "waitpid: %s", strerror(errno));
        if (now_ms() > deadline) {
            kill(r->pid, SIGKILL);
            waitpid(r->pid, &status, 0);
            return false;
        }
        usleep(10000);
    }
    r->status = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    r->out = read_file(r->out_path, 16 << 20, NULL, NULL);
    r->err = read_file(r->err_path, 16 << 20, NULL, NULL);
    ck_assert_msg(r->out && r->err, "cannot read the judge's output in %s", r->dir);
    return true;
}

static void judge_free(struct judge_run *r)
{
    free(r->dir);
    free(r->out_path);
    free(r->err_path);
    free(r->out);
    free(r->err);
}

/* Runs the judge to completion. */
static void judge(struct judge_run *r, const char *const *args)
{
    judge_start(r, NULL, args);
    ck_assert_msg(judge_wait(r, RUN_TIMEOUT_MS), "judge did not finish in %d s",
                  RUN_TIMEOUT_MS / 1000);
}

#define ck_assert_status(r, want)                                                                  \
    ck_assert_msg((r)->status == (want), "exit status %d, want %d; stderr:\n%s\nstdout:\n%.2000s", \
                  (r)->status, (want), (r)->err, (r)->out)

#define ck_assert_has(text, needle)                                                                \
    ck_assert_msg(strstr((text), (needle)) != NULL, "'%s' not found in:\n%.3000s", (needle), (text))

/* ---- minimal JSON reading: the first occurrence of a key is the top-level one ---- */

/* Where the value of the first "key": starts, or NULL. */
static const char *json_value(const char *json, const char *key)
{
    char *pattern = xasprintf("\"%s\": ", key);
    const char *at = strstr(json, pattern);
    const char *value = at ? at + strlen(pattern) : NULL;
    free(pattern);
    return value;
}

/* The first "key": "..." string, unescaped (\uXXXX left as is); malloc'd, or NULL. */
static char *json_string(const char *json, const char *key)
{
    const char *v = json_value(json, key);
    if (!v || *v != '"')
        return NULL;
    struct strbuf sb = {0};
    for (v++; *v && *v != '"'; v++) {
        char c = *v;
        if (c == '\\' && v[1]) {
            c = *++v;
            c = c == 'n' ? '\n' : c == 't' ? '\t' : c == 'r' ? '\r' : c;
            if (*v == 'u')
                sb_append(&sb, "\\", 1);
        }
        sb_append(&sb, &c, 1);
    }
    return sb_take(&sb);
}

static long json_int(const char *json, const char *key)
{
    const char *v = json_value(json, key);
    ck_assert_msg(v != NULL, "no \"%s\" in the JSON", key);
    char *end;
    long n = strtol(v, &end, 10);
    ck_assert_msg(end != v, "\"%s\" is not a number", key);
    return n;
}

/* One object, nothing around it, and (when python3 is there) valid JSON. */
static void assert_single_json_object(const struct judge_run *r)
{
    size_t len = strlen(r->out);
    ck_assert_msg(len >= 3 && r->out[0] == '{' && strcmp(r->out + len - 2, "}\n") == 0,
                  "--json output is not one object ending in \"}\\n\":\n%.2000s", r->out);
    char *py_err = xasprintf("%s/python.err", r->dir);
    fflush(NULL);
    pid_t pid = fork();
    ck_assert_int_ge(pid, 0);
    if (pid == 0) {
        int in = open(r->out_path, O_RDONLY);
        int err = open(py_err, O_WRONLY | O_CREAT | O_TRUNC, 0600);
        if (in < 0 || err < 0 || dup2(in, 0) < 0 || dup2(err, 2) < 0)
            _exit(126);
        execlp("python3", "python3", "-c", "import json,sys; json.load(sys.stdin)", (char *)NULL);
        _exit(127);
    }
    int status;
    ck_assert_int_eq(waitpid(pid, &status, 0), pid);
    int code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    if (code == 127) {
        printf("note: python3 not found; skipping the JSON parse check\n");
    } else {
        char *why = read_file(py_err, 4096, NULL, NULL);
        ck_assert_msg(code == 0, "python3 rejects the --json output: %s\n%.2000s", why ? why : "?",
                      r->out);
        free(why);
    }
    free(py_err);
}

/* ---- every fixture gets the verdict its first line names ---- */

struct fixture {
    const char *file;
    const char *field;              /* a JSON string field (its first occurrence) ... */
    const char *needles[3];         /* ... must contain each of these */
    const char *only_failing_group; /* every failing test is in this group */
};

static const struct fixture fixtures[] = {
    {"ac_const.c", NULL, {NULL}, NULL},
    {"ac_own_main.c", "notes", {"main"}, NULL},
    /* Its printf output reaches the report but never changes the verdict. */
    {"ac_printf.c", "stdout", {"hasZeroSumPair"}, NULL},
    {"ac_typedef_listnode.c", NULL, {NULL}, NULL},
    {"ce_nbsp.c", "log", {"U+00A0", "ce_nbsp.c:3:"}, NULL},
    {"ce_old_signature.c", "log", {"different number of parameters", SIGNATURE}, NULL},
    {"ce_renamed.c", "log", {SIGNATURE, "hasZeroSumPairs"}, NULL},
    {"ce_syntax.c", "log", {"ce_syntax.c:", "error"}, NULL},
    {"re_null.c", "message", {"SIGSEGV"}, NULL},
    {"tle_quadratic.c", NULL, {NULL}, "performance"},
    {"wa_overflow.c", NULL, {NULL}, NULL},
    {"wa_single_zero.c", NULL, {NULL}, NULL},
};

/* The verdict code (AC, TLE, ...) after "expected verdict " in the fixture's first line. */
static void expected_verdict(const char *path, char code[4])
{
    char *text = read_file(path, 4096, NULL, NULL);
    ck_assert_msg(text != NULL, "cannot read %s: %s", path, strerror(errno));
    char *nl = strchr(text, '\n');
    if (nl)
        *nl = '\0';
    const char *at = strstr(text, "expected verdict ");
    ck_assert_msg(at != NULL, "%s: first line names no expected verdict", path);
    at += strlen("expected verdict ");
    size_t n = 0;
    while (n < 3 && at[n] >= 'A' && at[n] <= 'Z')
        n++;
    ck_assert_msg(n >= 2 && !(at[n] >= 'A' && at[n] <= 'Z'), "%s: bad verdict '%s'", path, at);
    memcpy(code, at, n);
    code[n] = '\0';
    free(text);
}

/* Checks that the failing tests all belong to group, and that there are some. */
static void assert_failures_only_in(const char *json, const char *group)
{
    const char *p = strstr(json, "\"tests\": [");
    ck_assert_ptr_nonnull(p);
    int failing = 0;
    while ((p = strstr(p, "\"group\": \"")) != NULL) {
        char *g = json_string(p, "group");
        char *v = json_string(p, "verdict");
        ck_assert_ptr_nonnull(v);
        if (strcmp(v, "AC") != 0) {
            failing++;
            ck_assert_msg(strcmp(g, group) == 0, "a test of group '%s' fails (%s); only '%s' may",
                          g, v, group);
        }
        free(g);
        free(v);
        p++;
    }
    ck_assert_msg(failing > 0, "no test of group '%s' fails", group);
}

START_TEST(fixture_gets_expected_verdict)
{
    const struct fixture *f = &fixtures[_i];
    char *path = root_path(FIXTURES "/");
    char *file = xasprintf("%s%s", path, f->file);
    char want[4];
    expected_verdict(file, want);

    struct judge_run r;
    judge(&r, (const char *const[]){"test", PROBLEM, file, "--json", NULL});
    ck_assert_status(&r, strcmp(want, "AC") == 0 ? 0 : 1);
    assert_single_json_object(&r);
    char *verdict = json_string(r.out, "verdict");
    ck_assert_msg(verdict && strcmp(verdict, want) == 0, "%s: verdict %s, want %s\n%.3000s",
                  f->file, verdict ? verdict : "(none)", want, r.out);
    if (f->field) {
        char *value = json_string(r.out, f->field);
        ck_assert_msg(value != NULL, "%s: no \"%s\" in the JSON", f->file, f->field);
        for (size_t i = 0; i < LEN(f->needles) && f->needles[i]; i++)
            ck_assert_msg(strstr(value, f->needles[i]), "%s: \"%s\" lacks '%s':\n%s", f->file,
                          f->field, f->needles[i], value);
        free(value);
    }
    if (f->only_failing_group)
        assert_failures_only_in(r.out, f->only_failing_group);
    free(verdict);
    judge_free(&r);
    free(file);
    free(path);
}
END_TEST

/* A new fixture must be added to the table above, not silently skipped. */
START_TEST(every_fixture_is_in_the_table)
{
    char *dir_path = root_path(FIXTURES);
    DIR *dir = opendir(dir_path);
    ck_assert_msg(dir != NULL, "opendir %s: %s", dir_path, strerror(errno));
    struct dirent *e;
    while ((e = readdir(dir)) != NULL) {
        size_t n = strlen(e->d_name);
        if (n < 3 || strcmp(e->d_name + n - 2, ".c") != 0)
            continue;
        bool listed = false;
        for (size_t i = 0; i < LEN(fixtures) && !listed; i++)
            listed = strcmp(fixtures[i].file, e->d_name) == 0;
        ck_assert_msg(listed, "%s/%s is not in check_cli.c's fixture table", dir_path, e->d_name);
    }
    closedir(dir);
    free(dir_path);
}
END_TEST

START_TEST(reference_solution_gets_full_score)
{
    char *file = root_path("solutions/" PROBLEM ".c");
    struct judge_run r;
    judge(&r, (const char *const[]){"test", PROBLEM, file, "--json", NULL});
    ck_assert_status(&r, 0);
    assert_single_json_object(&r);
    char *verdict = json_string(r.out, "verdict");
    ck_assert_str_eq(verdict, "AC");
    long max = json_int(r.out, "max_score");
    ck_assert_int_gt(max, 0);
    ck_assert_int_eq(json_int(r.out, "score"), max);
    free(verdict);
    judge_free(&r);
    free(file);
}
END_TEST

START_TEST(terminal_report_shows_first_failure)
{
    char *file = root_path(FIXTURES "/wa_single_zero.c");
    struct judge_run r;
    judge(&r, (const char *const[]){"test", PROBLEM, file, NULL});
    ck_assert_status(&r, 1);
    ck_assert_has(r.out, "First failure");
    ck_assert_has(r.out, "expected:");
    ck_assert_has(r.out, "got:");
    ck_assert_msg(!strchr(r.out, '\033'), "colour escapes despite NO_COLOR:\n%s", r.out);
    judge_free(&r);
    free(file);
}
END_TEST

/* ---- solutions that are not C at all ---- */

struct bad_source {
    const char *name;
    const char *data;
    size_t len;
    const char *message;
};

static const struct bad_source bad_sources[] = {
    {"empty.c", "", 0, "empty.c is empty"},
    {"binary.c", "\177ELF\002\001\001\000\000\000bool", 14, "binary.c is a binary file"},
};

START_TEST(non_source_is_compile_error)
{
    const struct bad_source *b = &bad_sources[_i];
    char *dir = scratch_dir("src");
    char *file = xasprintf("%s/%s", dir, b->name);
    ck_assert_int_eq(write_file(file, b->data, b->len), 0);

    struct judge_run r;
    judge(&r, (const char *const[]){"test", PROBLEM, file, "--json", NULL});
    ck_assert_status(&r, 1);
    assert_single_json_object(&r);
    char *verdict = json_string(r.out, "verdict");
    char *log = json_string(r.out, "log");
    ck_assert_str_eq(verdict, "CE");
    ck_assert_ptr_nonnull(log);
    ck_assert_has(log, b->message);
    free(log);
    free(verdict);
    judge_free(&r);
    free(file);
    free(dir);
}
END_TEST

/* ---- usage and problem errors: exit 2 and a message on stderr ---- */

START_TEST(list_and_show)
{
    struct judge_run r;
    judge(&r, (const char *const[]){"list", NULL});
    ck_assert_status(&r, 0);
    ck_assert_has(r.out, PROBLEM);
    judge_free(&r);

    judge(&r, (const char *const[]){"show", PROBLEM, NULL});
    ck_assert_status(&r, 0);
    ck_assert_has(r.out, SIGNATURE);
    ck_assert_has(r.out, "Sample");
    judge_free(&r);
}
END_TEST

START_TEST(unknown_problem_suggests_close_id)
{
    char *file = root_path("solutions/" PROBLEM ".c");
    struct judge_run r;
    judge(&r, (const char *const[]){"test", "zero-sum-pai", file, NULL});
    ck_assert_status(&r, 2);
    ck_assert_has(r.err, "did you mean 'zero-sum-pair'");
    judge_free(&r);

    judge(&r, (const char *const[]){"show", "zero-sum-pai", NULL});
    ck_assert_status(&r, 2);
    ck_assert_has(r.err, "did you mean 'zero-sum-pair'");
    judge_free(&r);
    free(file);
}
END_TEST

START_TEST(bad_solution_path_is_usage_error)
{
    char *missing = xasprintf("%s/no-such-solution.c", scratch);
    struct judge_run r;
    judge(&r, (const char *const[]){"test", PROBLEM, missing, NULL});
    ck_assert_status(&r, 2);
    ck_assert_has(r.err, "no-such-solution.c");
    judge_free(&r);

    judge(&r, (const char *const[]){"test", PROBLEM, scratch, NULL});
    ck_assert_status(&r, 2);
    ck_assert_has(r.err, "directory");
    judge_free(&r);
    free(missing);
}
END_TEST

START_TEST(bad_command_line_is_usage_error)
{
    const char *const *const cases[] = {
        (const char *const[]){NULL},
        (const char *const[]){"frobnicate", NULL},
        (const char *const[]){"test", PROBLEM, NULL},
        (const char *const[]){"test", "--bogus", PROBLEM, "x.c", NULL},
    };
    for (size_t i = 0; i < LEN(cases); i++) {
        struct judge_run r;
        judge(&r, cases[i]);
        ck_assert_status(&r, 2);
        ck_assert_msg(*r.err != '\0', "case %zu: nothing on stderr", i);
        judge_free(&r);
    }
}
END_TEST

static const char broken_yaml[] = "id: broken\n"
                                  "title: Broken\n"
                                  "difficulty: easy\n"
                                  "statement: statement.md\n"
                                  "kind: program\n"
                                  "limts:\n"
                                  "  time: 1s\n"
                                  "groups:\n"
                                  "  - name: samples\n"
                                  "    tests:\n"
                                  "      - name: one\n"
                                  "        input: \"1\"\n"
                                  "        output: \"1\"\n";

START_TEST(broken_problem_yaml_names_line_and_column)
{
    char *base = scratch_dir("problems");
    char *dir = xasprintf("%s/broken", base);
    ck_assert_int_eq(mkdir(dir, 0700), 0);
    char *yaml = xasprintf("%s/problem.yaml", dir);
    char *statement = xasprintf("%s/statement.md", dir);
    ck_assert_int_eq(write_file(yaml, broken_yaml, strlen(broken_yaml)), 0);
    ck_assert_int_eq(write_file(statement, "# Broken\n", 9), 0);
    char *file = root_path("solutions/" PROBLEM ".c");

    struct judge_run r;
    judge(&r, (const char *const[]){"test", dir, file, NULL});
    ck_assert_status(&r, 2);
    ck_assert_has(r.err, "problem.yaml:6:1: unknown key 'limts' (did you mean 'limits'?)");
    judge_free(&r);
    free(file);
    free(statement);
    free(yaml);
    free(dir);
    free(base);
}
END_TEST

/* ---- Ctrl-C: exit 130 at once, no scratch directory and no process left ---- */

static bool dir_is_empty(const char *path)
{
    DIR *dir = opendir(path);
    ck_assert_msg(dir != NULL, "opendir %s: %s", path, strerror(errno));
    bool empty = true;
    struct dirent *e;
    while (empty && (e = readdir(dir)) != NULL)
        empty = strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0;
    closedir(dir);
    return empty;
}

/* The pid of a live process whose command line mentions needle, or 0. */
static pid_t process_mentioning(const char *needle)
{
    DIR *proc = opendir("/proc");
    ck_assert_ptr_nonnull(proc);
    pid_t found = 0;
    struct dirent *e;
    while (!found && (e = readdir(proc)) != NULL) {
        char *end;
        long pid = strtol(e->d_name, &end, 10);
        if (*end || pid <= 0 || pid == getpid())
            continue;
        char *path = xasprintf("/proc/%ld/cmdline", pid);
        size_t len = 0;
        char *cmd = read_file(path, 64 * 1024, &len, NULL);
        free(path);
        if (!cmd)
            continue;
        for (size_t i = 0; i < len; i++)
            if (cmd[i] == '\0')
                cmd[i] = ' ';
        if (strstr(cmd, needle))
            found = (pid_t)pid;
        free(cmd);
    }
    closedir(proc);
    return found;
}

START_TEST(ctrl_c_cleans_up)
{
    char *tmpdir = scratch_dir("tmpdir");
    char *file = root_path(FIXTURES "/tle_quadratic.c");
    struct judge_run r;
    judge_start(&r, tmpdir, (const char *const[]){"test", PROBLEM, file, NULL});
    usleep(1500 * 1000);
    ck_assert_msg(waitpid(r.pid, NULL, WNOHANG) == 0, "the judge ended before the Ctrl-C");
    ck_assert_msg(!dir_is_empty(tmpdir), "the judge made no scratch directory in TMPDIR");

    long long sent = now_ms();
    ck_assert_int_eq(kill(r.pid, SIGINT), 0);
    ck_assert_msg(judge_wait(&r, 5000), "the judge ignored SIGINT for 5 s");
    long long took = now_ms() - sent;
    ck_assert_status(&r, 130);
    ck_assert_msg(took < 5000, "exit took %lld ms after SIGINT", took);
    ck_assert_has(r.err, "interrupted");
    ck_assert_msg(dir_is_empty(tmpdir), "scratch left in %s after Ctrl-C", tmpdir);
    /* SIGKILL is asynchronous: give the kernel a moment to finish what the judge killed. */
    pid_t left = 0;
    for (int i = 0; i < 100 && (left = process_mentioning(tmpdir)) != 0; i++)
        usleep(10000);
    if (left)
        kill(left, SIGKILL);
    ck_assert_msg(left == 0, "process %d from the interrupted run survives", (int)left);
    judge_free(&r);
    free(file);
    free(tmpdir);
}
END_TEST

Suite *make_cli_suite(void)
{
    Suite *s = suite_create("cli");

    TCase *verdicts = tcase_create("verdicts");
    tcase_add_unchecked_fixture(verdicts, scratch_setup, scratch_teardown);
    tcase_set_timeout(verdicts, 60);
    tcase_add_loop_test(verdicts, fixture_gets_expected_verdict, 0, (int)LEN(fixtures));
    tcase_add_test(verdicts, every_fixture_is_in_the_table);
    tcase_add_test(verdicts, reference_solution_gets_full_score);
    tcase_add_test(verdicts, terminal_report_shows_first_failure);
    tcase_add_loop_test(verdicts, non_source_is_compile_error, 0, (int)LEN(bad_sources));
    suite_add_tcase(s, verdicts);

    TCase *usage = tcase_create("usage");
    tcase_add_unchecked_fixture(usage, scratch_setup, scratch_teardown);
    tcase_set_timeout(usage, 30);
    tcase_add_test(usage, list_and_show);
    tcase_add_test(usage, unknown_problem_suggests_close_id);
    tcase_add_test(usage, bad_solution_path_is_usage_error);
    tcase_add_test(usage, bad_command_line_is_usage_error);
    tcase_add_test(usage, broken_problem_yaml_names_line_and_column);
    suite_add_tcase(s, usage);

    TCase *interrupt = tcase_create("interrupt");
    tcase_add_unchecked_fixture(interrupt, scratch_setup, scratch_teardown);
    tcase_set_timeout(interrupt, 30);
    tcase_add_test(interrupt, ctrl_c_cleans_up);
    suite_add_tcase(s, interrupt);
    return s;
}
