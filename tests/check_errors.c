/* The catalogue of bad input (docs/errors.md), each entry driven through the real binary
 * ($JUDGE_BIN) the way check_cli.c does it: broken problem.yaml files, missing files,
 * generators that crash or hang, solutions that are not solutions, usage mistakes and a
 * broken cache. Each test asserts the exact message docs/errors.md shows.
 *
 * Also here: the judge under SIGINT/SIGTERM in each phase (compile, generator, run) --
 * exit 130, nothing left in TMPDIR, no process left -- and the regression tests of what
 * the fuzz targets in tests/fuzz/ found.
 *
 * Every judge run is a child with NO_COLOR=1, its own JUDGE_CACHE and TMPDIR under a
 * scratch directory that an unchecked fixture creates and removes. */
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

#include "problem.h"
#include "suites.h"
#include "util.h"

#define LEN(a) (sizeof(a) / sizeof((a)[0]))

#define PROBLEM        "zero-sum-pair"
#define SIGNATURE      "bool hasZeroSumPair(int* nums, int numsSize);"
#define RUN_TIMEOUT_MS 90000

/* Created in the runner process, before the test case forks its tests. */
static char *scratch;

static void scratch_setup(void)
{
    const char *base = getenv("TMPDIR");
    scratch = xasprintf("%s/check-errors-XXXXXX", base && *base ? base : "/tmp");
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

/* A fresh directory under the scratch directory (malloc'd). */
static char *scratch_dir(const char *tag)
{
    char *dir = xasprintf("%s/%s-XXXXXX", scratch, tag);
    ck_assert_msg(mkdtemp(dir) != NULL, "mkdtemp: %s", strerror(errno));
    return dir;
}

/* Writes len bytes to dir/name (creating dir/name's folder must be done by the caller);
 * returns the path (malloc'd). */
static char *put(const char *dir, const char *name, const char *data, size_t len)
{
    char *path = xasprintf("%s/%s", dir, name);
    ck_assert_msg(write_file(path, data, len) == 0, "write %s: %s", path, strerror(errno));
    return path;
}

static void put_text(const char *dir, const char *name, const char *text)
{
    free(put(dir, name, text, strlen(text)));
}

/* ---- running the judge ---- */

struct judge_run {
    pid_t pid;
    char *dir; /* holds the stdout and stderr files */
    char *out_path, *err_path;
    int status;      /* exit status, or 128 + signal */
    char *out, *err; /* what it printed */
};

/* Starts `judge --problems $JUDGE_ROOT/problems ARGS...` with NO_COLOR=1, TMPDIR and
 * JUDGE_CACHE in fresh scratch folders (unless env sets them), plus env's NAME=VALUE
 * strings (NULL-terminated; env may be NULL). */
static void judge_start(struct judge_run *r, const char *const *env, const char *const *args)
{
    *r = (struct judge_run){.dir = scratch_dir("run")};
    r->out_path = xasprintf("%s/stdout", r->dir);
    r->err_path = xasprintf("%s/stderr", r->dir);
    char *tmpdir = xasprintf("%s/tmp", r->dir);
    char *cache = xasprintf("%s/cache", r->dir);
    ck_assert_int_eq(mkdir(tmpdir, 0700), 0);
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
        setenv("TMPDIR", tmpdir, 1);
        setenv("JUDGE_CACHE", cache, 1);
        for (size_t i = 0; env && env[i]; i++)
            putenv((char *)env[i]);
        execv(bin, (char *const *)argv);
        _exit(127);
    }
    free(problems);
    free(tmpdir);
    free(cache);
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
static void judge(struct judge_run *r, const char *const *env, const char *const *args)
{
    judge_start(r, env, args);
    ck_assert_msg(judge_wait(r, RUN_TIMEOUT_MS), "judge did not finish in %d s",
                  RUN_TIMEOUT_MS / 1000);
}

#define ck_assert_status(r, want)                                                                  \
    ck_assert_msg((r)->status == (want), "exit status %d, want %d; stderr:\n%s\nstdout:\n%.2000s", \
                  (r)->status, (want), (r)->err, (r)->out)

#define ck_assert_has(text, needle)                                                                \
    ck_assert_msg(strstr((text), (needle)) != NULL, "'%s' not found in:\n%.3000s", (needle), (text))

/* ---- broken problem folders: exit 2, "<dir>/problem.yaml:LINE:COL: message" ---- */

#define HEAD "id: q\ntitle: Q\ndifficulty: easy\nstatement: statement.md\n"
#define PROGRAM HEAD "kind: program\n"
#define GROUPS                                                                                     \
    "groups:\n  - name: samples\n    tests:\n      - name: a\n        input: \"1\"\n"              \
    "        output: \"1\"\n"
#define ONE_TEST(lines) "groups:\n  - name: g\n    tests:\n      - name: a\n" lines

struct bad_problem {
    const char *what; /* the catalogue's entry */
    const char *yaml;
    const char *message; /* follows "<dir>/" on stderr */
};

static const struct bad_problem bad_problems[] = {
    {"tab indentation", PROGRAM "groups:\n\t- name: g\n",
     "problem.yaml:7:1: found character that cannot start any token (while scanning for the "
     "next token at line 7) -- YAML does not allow tabs for indentation"},
    {"unclosed quote", PROGRAM "title: \"unclosed\n" GROUPS,
     "problem.yaml:11:17: did not find expected key (while parsing a block mapping at line 1)"},
    {"time without unit", PROGRAM "limits: {time: 1}\n" GROUPS,
     "problem.yaml:6:16: time: invalid time '1' (expected a number with ms or s, e.g. 500ms or "
     "2s)"},
    {"size without unit", PROGRAM "limits: {memory: 256}\n" GROUPS,
     "problem.yaml:6:18: memory: invalid size '256' (expected a number with B, KiB, MiB, GiB, "
     "KB, MB or GB, e.g. 64MiB)"},
    {"mapping expected", PROGRAM "limits: [1s]\n" GROUPS,
     "problem.yaml:6:9: 'limits' must be a mapping, not a list"},
    {"list expected", PROGRAM "tags: arrays\n" GROUPS,
     "problem.yaml:6:7: 'tags' must be a list, not a scalar"},
    {"number expected", PROGRAM ONE_TEST("        input: x\n        output: x\n")
                                "    points: 1.5\n",
     "problem.yaml:12:13: 'points' must be a whole number from 0 to 1000000, not '1.5'"},
    {"unknown value", HEAD "kind: script\n" GROUPS,
     "problem.yaml:5:7: 'kind' must be one of function, program, not 'script'"},
    {"unknown key", PROGRAM "limts: {time: 1s}\n" GROUPS,
     "problem.yaml:6:1: unknown key 'limts' (did you mean 'limits'?)"},
    {"duplicate key", PROGRAM "title: again\n" GROUPS,
     "problem.yaml:6:1: duplicate key 'title' (first at line 2)"},
    {"empty file", "", "problem.yaml:1:1: the file is empty"},
    {"missing statement", "id: q\ntitle: Q\ndifficulty: easy\nstatement: nope.md\nkind: program\n" GROUPS,
     "problem.yaml:4:12: statement file 'nope.md' not found (looked for "},
    {"missing harness",
     HEAD "kind: function\nfunction:\n  signature: \"int f(int n);\"\n  harness: nope.c\n" GROUPS,
     "problem.yaml:8:12: harness file 'nope.c' not found (looked for "},
    {"missing input file", PROGRAM ONE_TEST("        input_file: data/1.in\n        output: x\n"),
     "problem.yaml:10:21: input_file file 'data/1.in' not found (looked for "},
    {"missing output file", PROGRAM ONE_TEST("        input: x\n        output_file: data/1.out\n"),
     "problem.yaml:11:22: output_file file 'data/1.out' not found (looked for "},
    {"undeclared generator", PROGRAM ONE_TEST("        generate: gen 1\n        output: x\n"),
     "problem.yaml:10:19: unknown generator 'gen' (declare it under 'generators', or give its C "
     "source: generate: gen.c ARGS)"},
    {"missing generator source", PROGRAM ONE_TEST("        generate: nogen.c 1\n        output: x\n"),
     "problem.yaml:10:19: generator source 'nogen.c' not found (looked for "},
    {"declared generator without file",
     PROGRAM "generators:\n  gen: nogen.c\n" ONE_TEST("        generate: gen 1\n        output: x\n"),
     "problem.yaml:7:8: generator 'gen': file 'nogen.c' not found"},
    {"newline in a value",
     PROGRAM ONE_TEST("        input: x\n        output: x\n") "      - name: \"b\\nc\"\n"
                                                                "        input: x\n        output: x\n",
     "problem.yaml:12:15: test name 'b\\x0ac' may use only letters, digits, '-', '_' and '.'"},
};

/* A problem folder q/ holding problem.yaml, statement.md and gen.c; returns q's path. */
static char *make_problem(const char *yaml)
{
    char *base = scratch_dir("problems");
    char *dir = xasprintf("%s/q", base);
    ck_assert_int_eq(mkdir(dir, 0700), 0);
    put_text(dir, "problem.yaml", yaml);
    put_text(dir, "statement.md", "# Q\n");
    free(base);
    return dir;
}

static char *make_program_solution(void)
{
    char *dir = scratch_dir("src");
    const char *text = "#include <stdio.h>\nint main(void) { puts(\"1\"); return 0; }\n";
    char *path = put(dir, "one.c", text, strlen(text));
    free(dir);
    return path;
}

START_TEST(bad_problem_is_reported)
{
    const struct bad_problem *b = &bad_problems[_i];
    char *dir = make_problem(b->yaml);
    char *solution = make_program_solution();
    char *want = xasprintf("%s/%s", dir, b->message);
    struct judge_run r;
    judge(&r, NULL, (const char *const[]){"test", dir, solution, NULL});
    ck_assert_status(&r, 2);
    ck_assert_msg(strstr(r.err, want) == r.err, "%s: stderr does not start with\n%s\ngot:\n%s",
                  b->what, want, r.err);
    ck_assert_msg(strchr(r.err, '\n') == r.err + strlen(r.err) - 1, "%s: not one line:\n%s",
                  b->what, r.err);
    ck_assert_str_eq(r.out, "");
    judge_free(&r);
    free(want);
    free(solution);
    free(dir);
}
END_TEST

START_TEST(problem_folder_without_yaml)
{
    char *dir = scratch_dir("empty");
    char *missing = xasprintf("%s/none", scratch);
    char *solution = make_program_solution();
    char *want = xasprintf("judge: '%s' is not a problem folder: it has no problem.yaml\n", dir);
    struct judge_run r;
    judge(&r, NULL, (const char *const[]){"test", dir, solution, NULL});
    ck_assert_status(&r, 2);
    ck_assert_str_eq(r.err, want);
    judge_free(&r);
    free(want);

    want = xasprintf("judge: no problem folder '%s': No such file or directory\n", missing);
    judge(&r, NULL, (const char *const[]){"test", missing, solution, NULL});
    ck_assert_status(&r, 2);
    ck_assert_str_eq(r.err, want);
    judge_free(&r);
    free(want);
    free(solution);
    free(missing);
    free(dir);
}
END_TEST

/* ---- generators that fail: IE (exit 3), naming the test and the generator ---- */

static const char generator[] =
    "#include <signal.h>\n#include <stdio.h>\n#include <string.h>\n#include <unistd.h>\n"
    "int main(int argc, char **argv) {\n"
    "    const char *mode = argc > 1 ? argv[1] : \"\";\n"
    "    if (!strcmp(mode, \"crash\")) raise(SIGSEGV);\n"
    "    if (!strcmp(mode, \"fail\")) return 3;\n"
    "    if (!strcmp(mode, \"spin\")) for (volatile unsigned long i = 0;; i++) ;\n"
    "    puts(\"1\");\n    return 0;\n}\n";

struct bad_generator {
    const char *mode;
    const char *message; /* in the terminal report */
};

static const struct bad_generator bad_generators[] = {
    {"crash", "Internal error: test 'a': generator 'gen.c crash' failed (killed by SIGSEGV "
              "(segmentation fault: invalid memory access))"},
    {"fail", "Internal error: test 'a': generator 'gen.c fail' failed (exited with status 3)"},
    {"spin", "Internal error: test 'a': generator 'gen.c spin' failed (CPU time over the 10s "
             "limit)"},
};

START_TEST(failing_generator_is_internal_error)
{
    const struct bad_generator *g = &bad_generators[_i];
    char *yaml = xasprintf(PROGRAM "groups:\n  - name: samples\n    tests:\n      - name: a\n"
                                   "        generate: gen.c %s\n        output: \"1\"\n",
                           g->mode);
    char *dir = make_problem(yaml);
    put_text(dir, "gen.c", generator);
    char *solution = make_program_solution();
    struct judge_run r;
    judge(&r, NULL, (const char *const[]){"test", dir, solution, NULL});
    ck_assert_status(&r, 3);
    ck_assert_has(r.out, g->message);
    ck_assert_has(r.out, "Verdict: IE (Internal error)");
    judge_free(&r);
    free(solution);
    free(dir);
    free(yaml);
}
END_TEST

/* ---- solutions that are not solutions ---- */

START_TEST(missing_or_directory_solution_is_usage_error)
{
    char *missing = xasprintf("%s/no-such-solution.c", scratch);
    char *want = xasprintf("judge: cannot read solution '%s': No such file or directory\n", missing);
    struct judge_run r;
    judge(&r, NULL, (const char *const[]){"test", PROBLEM, missing, NULL});
    ck_assert_status(&r, 2);
    ck_assert_str_eq(r.err, want);
    judge_free(&r);
    free(want);

    want = xasprintf("judge: solution '%s' is a directory; give the .c file\n", scratch);
    judge(&r, NULL, (const char *const[]){"test", PROBLEM, scratch, NULL});
    ck_assert_status(&r, 2);
    ck_assert_str_eq(r.err, want);
    judge_free(&r);
    free(want);
    free(missing);
}
END_TEST

struct bad_solution {
    const char *name;
    const char *data; /* NULL: size bytes of 'x' */
    size_t size;
    const char *message; /* in the CE log of the terminal report */
};

static const struct bad_solution bad_solutions[] = {
    {"empty.c", "", 0, "empty.c is empty"},
    {"binary.c", "\177ELF\002\001\001\000\000\000bool", 14,
     "binary.c is a binary file, not C source (it contains NUL bytes)"},
    {"huge.c", NULL, 50 << 20,
     "huge.c is larger than 1024 KiB: that is not an interview solution (is it the right file?)"},
    /* A solution of another problem: no function of this one's signature. */
    {"other.c", "int missingNumber(int* nums, int numsSize) { return nums[0] + numsSize; }\n", 0,
     "Your code has no function 'hasZeroSumPair'. This problem expects:\n      " SIGNATURE},
};

START_TEST(bad_solution_is_compile_error)
{
    const struct bad_solution *b = &bad_solutions[_i];
    char *dir = scratch_dir("src");
    char *file;
    if (b->data) {
        file = put(dir, b->name, b->data, b->size ? b->size : strlen(b->data));
    } else {
        char *big = xmalloc(b->size);
        memset(big, 'x', b->size);
        file = put(dir, b->name, big, b->size);
        free(big);
    }
    struct judge_run r;
    judge(&r, NULL, (const char *const[]){"test", PROBLEM, file, NULL});
    ck_assert_status(&r, 1);
    ck_assert_has(r.out, "Compilation failed:\n");
    ck_assert_has(r.out, b->message);
    ck_assert_has(r.out, "Verdict: CE (Compilation error)");
    judge_free(&r);
    free(file);
    free(dir);
}
END_TEST

/* ---- command-line mistakes: exit 2 and one line on stderr ---- */

struct usage_case {
    const char *args[8];
    const char *message; /* the first line of stderr */
};

static const struct usage_case usage_cases[] = {
    {{"test", "zero-sum-pai", "tests/check_errors.c", NULL},
     "judge: unknown problem 'zero-sum-pai' (did you mean 'zero-sum-pair'?)"},
    {{"show", "zero-sum-pai", NULL},
     "judge: unknown problem 'zero-sum-pai' (did you mean 'zero-sum-pair'?)"},
    {{"test", PROBLEM, NULL}, "judge: test needs a problem and a solution file"},
    {{"test", PROBLEM, "tests/check_errors.c", "extra.c", NULL},
     "judge: test takes a problem and one file; unexpected argument 'extra.c'"},
    {{"test", "--jsn", PROBLEM, "tests/check_errors.c", NULL},
     "judge: test: unrecognized option '--jsn' (see judge test --help)"},
    {{"run", "--time", "2s", "--wall", "500ms", "--", "/bin/true", NULL},
     "judge: --wall 500ms is shorter than --time 2s: the CPU limit could never be reached (give "
     "a wall limit of at least the CPU time)"},
    {{"run", "--time", "1", "--", "/bin/true", NULL},
     "judge: invalid time '1' (expected a number with ms or s, e.g. 500ms or 2s)"},
    {{"frobnicate", NULL}, "judge: unknown command 'frobnicate'"},
};

START_TEST(usage_mistake_is_explained)
{
    const struct usage_case *u = &usage_cases[_i];
    struct judge_run r;
    judge(&r, NULL, u->args);
    ck_assert_status(&r, 2);
    size_t n = strcspn(r.err, "\n");
    ck_assert_msg(strlen(u->message) == n && strncmp(r.err, u->message, n) == 0,
                  "case %d: first line of stderr is not\n%s\nstderr:\n%s", _i, u->message, r.err);
    judge_free(&r);
}
END_TEST

/* ---- a cache that cannot be used: a warning, and the same verdict as without one ---- */

/* The verdict line and score of a --json report, for comparing runs. */
static char *verdict_of(const char *json)
{
    const char *v = strstr(json, "\"verdict\": \"");
    const char *s = strstr(json, "\"score\": ");
    ck_assert_msg(v && s, "no verdict/score in:\n%.2000s", json);
    return xasprintf("%.2s %ld", v + 12, strtol(s + 9, NULL, 10));
}

START_TEST(unusable_cache_warns_and_judges_alike)
{
    char *file = root_path("tests/fixtures/" PROBLEM "/wa_single_zero.c");
    struct judge_run r;
    judge(&r, NULL, (const char *const[]){"test", PROBLEM, file, "--json", "--no-cache", NULL});
    ck_assert_status(&r, 1);
    char *want = verdict_of(r.out);
    judge_free(&r);

    /* A file where the folder should be, and a folder that cannot be created. */
    char *blocker = xasprintf("%s/cache-file", scratch);
    ck_assert_int_eq(write_file(blocker, "x", 1), 0);
    const char *dirs[] = {blocker, "/proc/judge-cache"};
    const char *reasons[] = {"Not a directory", "No such file or directory"};
    for (size_t i = 0; i < LEN(dirs); i++) {
        char *env = xasprintf("JUDGE_CACHE=%s", dirs[i]);
        char *warning = xasprintf("judge: warning: cannot use the cache folder %s: %s; running "
                                  "without a cache\n",
                                  dirs[i], reasons[i]);
        judge(&r, (const char *const[]){env, NULL},
              (const char *const[]){"test", PROBLEM, file, "--json", NULL});
        ck_assert_status(&r, 1);
        ck_assert_str_eq(r.err, warning);
        char *got = verdict_of(r.out);
        ck_assert_str_eq(got, want);
        free(got);
        judge_free(&r);
        free(warning);
        free(env);
    }
    free(blocker);
    free(want);
    free(file);
}
END_TEST

/* Overwrites every file under dir with garbage. */
static void corrupt_tree(const char *dir, int *count)
{
    DIR *d = opendir(dir);
    ck_assert_msg(d != NULL, "opendir %s: %s", dir, strerror(errno));
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
            continue;
        char *path = xasprintf("%s/%s", dir, e->d_name);
        if (path_is_dir(path))
            corrupt_tree(path, count);
        else {
            ck_assert_int_eq(write_file(path, "garbage\n", 8), 0);
            (*count)++;
        }
        free(path);
    }
    closedir(d);
}

START_TEST(corrupted_cache_is_rebuilt_never_trusted)
{
    char *file = root_path("tests/fixtures/" PROBLEM "/wa_single_zero.c");
    char *cache = xasprintf("%s/corrupt-cache", scratch);
    char *env = xasprintf("JUDGE_CACHE=%s", cache);
    const char *const envs[] = {env, NULL};
    const char *const args[] = {"test", PROBLEM, file, "--json", NULL};
    struct judge_run r;
    judge(&r, envs, args);
    ck_assert_status(&r, 1);
    char *want = verdict_of(r.out);
    judge_free(&r);

    int damaged = 0;
    corrupt_tree(cache, &damaged);
    ck_assert_msg(damaged > 0, "the first run cached nothing in %s", cache);
    judge(&r, envs, args);
    ck_assert_status(&r, 1);
    char *got = verdict_of(r.out);
    ck_assert_str_eq(got, want);
    ck_assert_str_eq(r.err, "");
    free(got);
    judge_free(&r);
    free(want);
    free(env);
    free(cache);
    free(file);
}
END_TEST

/* ---- what the fuzz targets found (tests/fuzz/) ---- */

/* fuzz_problem: a YAML value with a newline (here a test name) made problem_load's error
 * text two lines, against its "one line per problem" contract, and let control bytes
 * from a problem file reach the terminal. They are now written as \xNN. */
START_TEST(fuzz_problem_error_stays_one_line)
{
    char *dir = scratch_dir("fuzz-problem");
    put_text(dir, "statement.md", "# P\n");
    put_text(dir, "problem.yaml",
             "id: x\ntitle: T\ndifficulty: easy\nstatement: statement.md\nkind: program\n"
             "groups:\n  - name: g\n    tests:\n      - name: \"1\\n-10000\\e[31m\"\n"
             "        input: x\n        output: x\n");
    char *errors = NULL;
    struct problem *p = problem_load(dir, &errors);
    ck_assert_ptr_null(p);
    ck_assert_ptr_nonnull(errors);
    ck_assert_has(errors, "test name '1\\x0a-10000\\x1b[31m' may use only letters");
    for (const char *line = errors; *line;) {
        ck_assert_msg(strncmp(line, dir, strlen(dir)) == 0, "a line not naming the file:\n%s",
                      errors);
        const char *nl = strchr(line, '\n');
        ck_assert_ptr_nonnull(nl);
        for (const char *c = line; c < nl; c++)
            ck_assert_msg(*c >= 0x20 && *c != 0x7f, "control byte in:\n%s", errors);
        line = nl + 1;
    }
    free(errors);
    free(dir);
}
END_TEST

/* ---- signals: exit 130, nothing left behind ---- */

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

/* The pid of a live process whose working directory or command line mentions needle, and
 * whose command line also mentions also (when not NULL), or 0. The working directory
 * counts because the compiler runs with relative paths in a build folder. */
static pid_t process_mentioning(const char *needle, const char *also)
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
        char cwd[4096] = "";
        path = xasprintf("/proc/%ld/cwd", pid);
        ssize_t n = readlink(path, cwd, sizeof cwd - 1);
        cwd[n > 0 ? n : 0] = '\0';
        free(path);
        if ((strstr(cmd, needle) || strstr(cwd, needle)) && (!also || strstr(cmd, also)))
            found = (pid_t)pid;
        free(cmd);
    }
    closedir(proc);
    return found;
}

/* Waits up to timeout_ms for a process mentioning needle and also; false if none came. */
static bool wait_for_process(const char *needle, const char *also, long timeout_ms)
{
    long long deadline = now_ms() + timeout_ms;
    while (now_ms() < deadline) {
        if (process_mentioning(needle, also))
            return true;
        usleep(20000);
    }
    return false;
}

enum phase { PHASE_COMPILE, PHASE_GENERATE, PHASE_RUN };

struct interruption {
    enum phase phase;
    int sig;
    const char *what;
};

static const struct interruption interruptions[] = {
    {PHASE_COMPILE, SIGINT, "SIGINT while gcc compiles the solution"},
    {PHASE_COMPILE, SIGTERM, "SIGTERM while gcc compiles the solution"},
    {PHASE_GENERATE, SIGINT, "SIGINT while a generator runs"},
    {PHASE_GENERATE, SIGTERM, "SIGTERM while a generator runs"},
    {PHASE_RUN, SIGINT, "SIGINT while the solution runs"},
    {PHASE_RUN, SIGTERM, "SIGTERM while the solution runs"},
};

/* A marker in the generator's arguments, so the test can tell when it runs. */
#define GEN_MARKER "check-errors-spinning-generator"

/* A function-problem solution whose array initializer makes gcc busy for seconds. */
static char *slow_compiling_solution(void)
{
    struct strbuf sb = {0};
    sb_puts(&sb, "#define D0 1, 2, 3, 4\n");
    for (int i = 1; i <= 20; i++)
        sb_printf(&sb, "#define D%d D%d, D%d\n", i, i - 1, i - 1);
    sb_puts(&sb, "static const int big[] = {D20};\n"
                 "bool hasZeroSumPair(int* nums, int numsSize) {\n"
                 "    (void)nums;\n    return numsSize > big[0] + 1000;\n}\n");
    char *dir = scratch_dir("slow");
    char *path = put(dir, "slow.c", sb.data, sb.len);
    sb_free(&sb);
    free(dir);
    return path;
}

START_TEST(signal_leaves_nothing_behind)
{
    const struct interruption *in = &interruptions[_i];
    char *problem = NULL, *solution = NULL;
    const char *marker = NULL; /* in the command line of what runs in the phase */
    switch (in->phase) {
    case PHASE_COMPILE:
        problem = xstrdup(PROBLEM);
        solution = slow_compiling_solution();
        marker = "cc1";
        break;
    case PHASE_GENERATE:
        problem = make_problem(PROGRAM "groups:\n  - name: samples\n    tests:\n      - name: a\n"
                                       "        generate: gen.c spin " GEN_MARKER "\n"
                                       "        output: \"1\"\n");
        put_text(problem, "gen.c", generator);
        solution = make_program_solution();
        marker = GEN_MARKER;
        break;
    case PHASE_RUN:
        problem = xstrdup(PROBLEM);
        solution = root_path("tests/fixtures/" PROBLEM "/tle_quadratic.c");
        marker = "/solution "; /* argv[0], the compiled solution (NULs read as spaces) */
        break;
    }
    struct judge_run r;
    judge_start(&r, NULL, (const char *const[]){"test", problem, solution, NULL});
    /* Everything of this run -- TMPDIR, JUDGE_CACHE, their processes -- is under r.dir. */
    char *tmpdir = xasprintf("%s/tmp", r.dir);
    ck_assert_msg(wait_for_process(r.dir, marker, 30000), "%s: no process '%s' appeared",
                  in->what, marker);
    ck_assert_msg(waitpid(r.pid, NULL, WNOHANG) == 0, "%s: the judge ended before the signal",
                  in->what);
    ck_assert_msg(!dir_is_empty(tmpdir), "%s: the judge made no scratch directory in TMPDIR",
                  in->what);

    long long sent = now_ms();
    ck_assert_int_eq(kill(r.pid, in->sig), 0);
    ck_assert_msg(judge_wait(&r, 10000), "%s: the judge ignored the signal for 10 s", in->what);
    long long took = now_ms() - sent;
    ck_assert_status(&r, 130);
    ck_assert_msg(took < 5000, "%s: exit took %lld ms", in->what, took);
    ck_assert_has(r.err, "judge: interrupted");
    ck_assert_msg(dir_is_empty(tmpdir), "%s: scratch left in %s", in->what, tmpdir);
    /* SIGKILL is asynchronous: give the kernel a moment to finish what the judge killed. */
    pid_t left = 0;
    for (int i = 0; i < 200 && (left = process_mentioning(r.dir, NULL)) != 0; i++)
        usleep(10000);
    if (left)
        kill(left, SIGKILL);
    ck_assert_msg(left == 0, "%s: process %d survives", in->what, (int)left);
    judge_free(&r);
    free(tmpdir);
    free(solution);
    free(problem);
}
END_TEST

Suite *make_errors_suite(void)
{
    Suite *s = suite_create("errors");

    TCase *problems = tcase_create("problem-files");
    tcase_add_unchecked_fixture(problems, scratch_setup, scratch_teardown);
    tcase_set_timeout(problems, 60);
    tcase_add_loop_test(problems, bad_problem_is_reported, 0, (int)LEN(bad_problems));
    tcase_add_test(problems, problem_folder_without_yaml);
    tcase_add_loop_test(problems, failing_generator_is_internal_error, 0,
                        (int)LEN(bad_generators));
    suite_add_tcase(s, problems);

    TCase *solutions = tcase_create("solutions");
    tcase_add_unchecked_fixture(solutions, scratch_setup, scratch_teardown);
    tcase_set_timeout(solutions, 60);
    tcase_add_test(solutions, missing_or_directory_solution_is_usage_error);
    tcase_add_loop_test(solutions, bad_solution_is_compile_error, 0, (int)LEN(bad_solutions));
    suite_add_tcase(s, solutions);

    TCase *usage = tcase_create("usage");
    tcase_add_unchecked_fixture(usage, scratch_setup, scratch_teardown);
    tcase_set_timeout(usage, 30);
    tcase_add_loop_test(usage, usage_mistake_is_explained, 0, (int)LEN(usage_cases));
    suite_add_tcase(s, usage);

    TCase *cache = tcase_create("cache");
    tcase_add_unchecked_fixture(cache, scratch_setup, scratch_teardown);
    tcase_set_timeout(cache, 120);
    tcase_add_test(cache, unusable_cache_warns_and_judges_alike);
    tcase_add_test(cache, corrupted_cache_is_rebuilt_never_trusted);
    suite_add_tcase(s, cache);

    TCase *fuzz = tcase_create("fuzz-regressions");
    tcase_add_unchecked_fixture(fuzz, scratch_setup, scratch_teardown);
    tcase_add_test(fuzz, fuzz_problem_error_stays_one_line);
    suite_add_tcase(s, fuzz);

    TCase *signals = tcase_create("signals");
    tcase_add_unchecked_fixture(signals, scratch_setup, scratch_teardown);
    tcase_set_timeout(signals, 60);
    tcase_add_loop_test(signals, signal_leaves_nothing_behind, 0, (int)LEN(interruptions));
    suite_add_tcase(s, signals);
    return s;
}
