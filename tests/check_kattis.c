/* Fitting the ecosystem (issue 9). Units: the default output validator's flags in the
 * built-in checkers, the Kattis package loader on the fixture and on packages written
 * here (every key that changes judging, and the errors), config.yaml and the XDG folders.
 * Integration, through $JUDGE_BIN: `list`, `test` and `validate` on the fixture package
 * tests/fixtures/kattis/pairsum (own problem, custom validator, one submission per folder),
 * `export` round trips (package -> export -> import gives the same tests and verdicts, and
 * so do the judge's own program problems), the man page against `--help`, every command's
 * `--help`, `--version`, the shell completions, config.yaml in effect, and `make install`
 * into a temporary DESTDIR, run from there. */
#include <errno.h>
#include <fcntl.h>
#include <seccomp.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#include <yaml.h>

#include "cache.h"
#include "catalog.h"
#include "checker.h"
#include "config.h"
#include "kattis.h"
#include "landlock.h"
#include "suites.h"
#include "util.h"
#include "xdg.h"

#define LEN(a) (sizeof(a) / sizeof((a)[0]))

#define PAIRSUM        "tests/fixtures/kattis/pairsum"
#define RUN_TIMEOUT_MS 60000

static char *scratch;

static void scratch_setup(void)
{
    /* Real path: the loader names files by the real path of their package. */
    char *dir = make_temp_dir("check-kattis");
    ck_assert_ptr_nonnull(dir);
    scratch = realpath(dir, NULL);
    free(dir);
    ck_assert_ptr_nonnull(scratch);
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

/* A fresh folder under the scratch folder (malloc'd). */
static char *scratch_dir(const char *tag)
{
    char *dir = xasprintf("%s/%s-XXXXXX", scratch, tag);
    ck_assert_msg(mkdtemp(dir) != NULL, "mkdtemp: %s", strerror(errno));
    return dir;
}

/* Writes base/rel, creating its folders. */
static void put(const char *base, const char *rel, const char *text)
{
    char *path = xasprintf("%s/%s", base, rel);
    for (char *s = strchr(path + 1, '/'); s; s = strchr(s + 1, '/')) {
        *s = '\0';
        mkdir(path, 0755);
        *s = '/';
    }
    ck_assert_msg(write_file(path, text, strlen(text)) == 0, "%s: %s", path, strerror(errno));
    free(path);
}

static char *slurp(const char *path)
{
    char *text = read_file(path, 64 << 20, NULL, NULL);
    ck_assert_msg(text != NULL, "cannot read %s: %s", path, strerror(errno));
    return text;
}

#define ck_assert_has(text, needle)                                                                \
    ck_assert_msg(strstr((text), (needle)) != NULL, "'%s' not found in:\n%.4000s", (needle), (text))

/* ---- running programs ---- */

struct run {
    int status; /* exit status, or 128 + signal */
    char *out, *err;
};

/* Runs argv (argv[0] is a path, or "judge" for $JUDGE_BIN) with env ("NAME=value", or
 * "NAME" to unset it; NULL-terminated, may be NULL) applied, NO_COLOR=1 unless env says
 * otherwise, stdin from /dev/null, in cwd (NULL: here). */
static void run_in(struct run *r, const char *cwd, const char *const *env, const char *const *argv)
{
    char *dir = scratch_dir("run");
    char *out_path = xasprintf("%s/out", dir), *err_path = xasprintf("%s/err", dir);
    const char *bin = strcmp(argv[0], "judge") == 0 ? env_or_fail("JUDGE_BIN") : argv[0];
    fflush(NULL);
    pid_t pid = fork();
    ck_assert_int_ge(pid, 0);
    if (pid == 0) {
        int in = open("/dev/null", O_RDONLY);
        int out = open(out_path, O_WRONLY | O_CREAT | O_TRUNC, 0600);
        int err = open(err_path, O_WRONLY | O_CREAT | O_TRUNC, 0600);
        if (in < 0 || out < 0 || err < 0 || dup2(in, 0) < 0 || dup2(out, 1) < 0 || dup2(err, 2) < 0)
            _exit(126);
        if (cwd && chdir(cwd) < 0)
            _exit(126);
        setenv("NO_COLOR", "1", 1);
        for (const char *const *e = env; e && *e; e++) {
            const char *eq = strchr(*e, '=');
            if (!eq) {
                unsetenv(*e);
                continue;
            }
            char *name = strndup(*e, (size_t)(eq - *e));
            setenv(name, eq + 1, 1);
            free(name);
        }
        execvp(bin, (char *const *)argv);
        _exit(127);
    }
    long long deadline = now_ms() + RUN_TIMEOUT_MS;
    int status;
    while (waitpid(pid, &status, WNOHANG) == 0) {
        if (now_ms() > deadline) {
            kill(pid, SIGKILL);
            waitpid(pid, &status, 0);
            ck_abort_msg("%s did not finish in %d s", bin, RUN_TIMEOUT_MS / 1000);
        }
        usleep(5000);
    }
    r->status = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    r->out = slurp(out_path);
    r->err = slurp(err_path);
    free(out_path);
    free(err_path);
    remove_tree(dir);
    free(dir);
}

static void run(struct run *r, const char *const *argv)
{
    run_in(r, NULL, NULL, argv);
}

static void run_free(struct run *r)
{
    free(r->out);
    free(r->err);
}

#define ck_assert_status(r, want)                                                                  \
    ck_assert_msg((r)->status == (want), "exit status %d, want %d; stderr:\n%s\nstdout:\n%.3000s", \
                  (r)->status, (want), (r)->err, (r)->out)

/* The first "key": "value" string of a JSON text (no unescaping needed here). */
static char *json_field(const char *json, const char *key)
{
    char *pattern = xasprintf("\"%s\": \"", key);
    const char *at = strstr(json, pattern);
    free(pattern);
    if (!at)
        return NULL;
    at = strchr(at, ':') + 3;
    return strndup(at, strcspn(at, "\""));
}

/* ---- the default output validator's flags in the built-in checkers ---- */

struct compare_case {
    enum checker_kind kind;
    bool case_insensitive, space_sensitive;
    const char *expected, *actual;
    bool accepted;
    const char *message;
};

static const struct compare_case compare_cases[] = {
    {CHECKER_TOKENS, true, false, "Yes 1\n", "yes  1", true, NULL},
    {CHECKER_TOKENS, true, false, "IMPOSSIBLE", "impossible\n", true, NULL},
    {CHECKER_TOKENS, false, false, "Yes", "yes", false,
     "line 1, token 1: expected 'Yes', got 'yes'"},
    {CHECKER_TOKENS, true, false, "abc", "abd", false,
     "line 1, token 1: expected 'abc', got 'abd'"},
    /* Case folding is ASCII only: bytes above 0x7f must match exactly. */
    {CHECKER_TOKENS, true, false, "\xc3\xa9", "\xc3\x89", false, NULL},
    {CHECKER_TOKENS, false, true, "1 2\n3\n", "1 2\n3\n", true, NULL},
    {CHECKER_TOKENS, false, true, "1 2\n", "1  2\n", false,
     "line 1, token 2: the whitespace before it differs: expected ' ', got '  '"},
    {CHECKER_TOKENS, false, true, "1\n2\n", "1 2\n", false,
     "line 1, token 2: the whitespace before it differs: expected '\\x0a', got ' '"},
    {CHECKER_TOKENS, false, true, "1\n", "1", false,
     "the whitespace at the end differs: expected '\\x0a', got ''"},
    {CHECKER_TOKENS, false, true, " 1", "1", false,
     "line 1, token 1: the whitespace before it differs: expected ' ', got ''"},
    /* Ending early is reported as such, not as a whitespace difference. */
    {CHECKER_TOKENS, false, true, "1 2\n", "1\n", false,
     "output ends early: expected 2 tokens, got 1"},
    {CHECKER_FLOAT, true, true, "0.5 YES\n", "0.5000001 yes\n", true, NULL},
    {CHECKER_FLOAT, true, true, "0.5 YES\n", "0.5000001  yes\n", false, NULL},
    {CHECKER_VALIDATOR, false, false, "1", "1", false, "custom checker must be run by the caller"},
};

START_TEST(default_validator_flags_in_checkers)
{
    const struct compare_case *c = &compare_cases[_i];
    struct checker_spec spec = {.kind = c->kind,
                                .absolute = 1e-6,
                                .relative = 1e-6,
                                .case_insensitive = c->case_insensitive,
                                .space_sensitive = c->space_sensitive};
    char msg[256];
    bool ok = checker_compare(&spec, c->expected, strlen(c->expected), c->actual, strlen(c->actual),
                              msg, sizeof msg);
    ck_assert_msg(ok == c->accepted, "case %d: %s, message '%s'", _i, ok ? "accepted" : "rejected",
                  msg);
    if (c->message)
        ck_assert_str_eq(msg, c->message);
}
END_TEST

START_TEST(checker_describe_names_the_settings)
{
    char *args[] = {"float_tolerance", "1e-3", NULL};
    struct checker_spec tokens = {.kind = CHECKER_TOKENS, .case_insensitive = true};
    struct checker_spec fl = {
        .kind = CHECKER_FLOAT, .absolute = 1e-6, .relative = 1e-3, .space_sensitive = true};
    struct checker_spec val = {
        .kind = CHECKER_VALIDATOR, .source = "/x/v/validate.c", .args = args};
    char buf[200];
    checker_describe(&tokens, buf, sizeof buf);
    ck_assert_str_eq(buf, "tokens, case-insensitive");
    checker_describe(&fl, buf, sizeof buf);
    ck_assert_str_eq(buf, "float (absolute 1e-06, relative 0.001), whitespace-sensitive");
    checker_describe(&val, buf, sizeof buf);
    ck_assert_str_eq(buf, "validator validate.c (flags: float_tolerance 1e-3)");
    checker_describe(&val, buf, 8);
    ck_assert_str_eq(buf, "validat");
    ck_assert_str_eq(checker_kind_name(CHECKER_VALIDATOR), "validator");
}
END_TEST

/* ---- the loader on the fixture ---- */

static struct problem *load_ok(const char *dir)
{
    char *errors = NULL;
    struct problem *p = catalog_load_problem(dir, &errors);
    ck_assert_msg(p != NULL, "%s does not load:\n%s", dir, errors ? errors : "");
    return p;
}

START_TEST(fixture_package_loads)
{
    char *dir = root_path(PAIRSUM);
    ck_assert(kattis_is_package(dir));
    struct problem *p = load_ok(dir);
    ck_assert_ptr_nonnull(p->kattis);
    ck_assert_str_eq(p->id, "pairsum");
    ck_assert_str_eq(p->title, "Pair with a given sum");
    ck_assert_int_eq(p->kind, PROBLEM_PROGRAM);
    ck_assert_int_eq(p->ntags, 3);
    ck_assert_str_eq(p->tags[2], "two-pointers");
    ck_assert_int_eq(p->limits.time_ms, 500); /* .timelimit */
    ck_assert_int_eq(p->limits.wall_ms, 2500);
    ck_assert_int_eq(p->limits.memory_bytes, 256LL << 20);
    ck_assert_int_eq(p->limits.output_bytes, 1LL << 20);
    ck_assert_int_eq(p->kattis->time_source, KATTIS_TIME_FILE);
    ck_assert(p->kattis->time_multiplier == 5 && p->kattis->time_safety_margin == 2);
    ck_assert_str_eq(p->kattis->version, "legacy");
    ck_assert_int_eq(p->checker.kind, CHECKER_VALIDATOR);
    ck_assert_has(p->checker.source, "output_validators/pairsum_validator/validate.c");
    ck_assert_has(p->statement_path, "problem_statement/problem.en.tex");
    ck_assert_int_eq(p->ngroups, 2);
    ck_assert_str_eq(p->groups[0].name, "sample");
    ck_assert(p->groups[0].visible && p->groups[0].points == 0);
    ck_assert_str_eq(p->groups[1].name, "secret");
    ck_assert(!p->groups[1].visible && p->groups[1].points == 100);
    ck_assert_int_eq(p->ntests, 7);
    ck_assert_str_eq(p->tests[0].name, "1");
    ck_assert_int_eq(p->tests[0].input_kind, INPUT_INLINE); /* small samples are shown */
    ck_assert_str_eq(p->tests[0].input, "4 5\n1 4 2 3\n");
    ck_assert_str_eq(p->tests[2].name, "01-twins");
    ck_assert_int_eq(p->tests[6].input_kind, INPUT_FILE);
    ck_assert_has(p->tests[6].input, "data/secret/05-big-impossible.in");
    ck_assert_has(p->tests[6].output, "data/secret/05-big-impossible.ans");
    ck_assert_int_eq(p->tests[6].group, 1);
    problem_free(p);
    free(dir);
}
END_TEST

START_TEST(own_format_is_not_a_package)
{
    char *dir = root_path("problems/zero-sum-pair");
    ck_assert(!kattis_is_package(dir));
    struct problem *p = load_ok(dir);
    ck_assert_ptr_null(p->kattis);
    problem_free(p);
    /* A data/ folder alone does not make a package: sample/ or secret/ does. */
    char *pkg = scratch_dir("notpkg");
    put(pkg, "problem.yaml", "id: x\n");
    put(pkg, "data/01.in", "1\n");
    ck_assert(!kattis_is_package(pkg));
    put(pkg, "data/secret/01.in", "1\n");
    ck_assert(kattis_is_package(pkg));
    free(pkg);
    free(dir);
}
END_TEST

/* ---- the loader on packages written here ---- */

/* A package folder named name with problem.yaml and one secret test. */
static char *package(const char *name, const char *yaml)
{
    char *base = scratch_dir("pkg");
    char *dir = xasprintf("%s/%s", base, name);
    put(dir, "problem.yaml", yaml);
    put(dir, "data/secret/1.in", "1 2\n");
    put(dir, "data/secret/1.ans", "3\n");
    free(base);
    return dir;
}

START_TEST(default_validator_flags_are_read)
{
    char *dir = package("flags", "validator_flags: case_sensitive space_change_sensitive "
                                 "float_tolerance 1e-4\n");
    struct problem *p = load_ok(dir);
    ck_assert_int_eq(p->checker.kind, CHECKER_FLOAT);
    ck_assert(p->checker.absolute == 1e-4 && p->checker.relative == 1e-4);
    ck_assert(!p->checker.case_insensitive && p->checker.space_sensitive);
    problem_free(p);
    free(dir);

    dir = package("rel", "validation: default\nvalidator_flags: float_relative_tolerance 0.01\n");
    p = load_ok(dir);
    ck_assert_int_eq(p->checker.kind, CHECKER_FLOAT);
    ck_assert(p->checker.absolute == 0 && p->checker.relative == 0.01);
    ck_assert(p->checker.case_insensitive && !p->checker.space_sensitive);
    problem_free(p);
    free(dir);

    /* An empty problem.yaml is a valid package with every default. */
    dir = package("empty", "");
    p = load_ok(dir);
    ck_assert_int_eq(p->checker.kind, CHECKER_TOKENS);
    ck_assert(p->checker.case_insensitive);
    ck_assert_str_eq(p->title, "empty");
    ck_assert_int_eq(p->limits.time_ms, KATTIS_DEFAULT_TIME_MS);
    ck_assert_int_eq(p->limits.memory_bytes, (long long)KATTIS_DEFAULT_MEMORY_MB << 20);
    ck_assert_int_eq(p->limits.output_bytes, (long long)KATTIS_DEFAULT_OUTPUT_MB << 20);
    ck_assert_int_eq(p->kattis->time_source, KATTIS_TIME_DEFAULT);
    ck_assert_ptr_null(p->statement_path);
    problem_free(p);
    free(dir);
}
END_TEST

START_TEST(format_2023_07_keys_are_read)
{
    char *dir = package("newer", "problem_format_version: 2023-07-draft\n"
                                 "type: [pass-fail]\n"
                                 "name: {de: Summe, en: Sum}\n"
                                 "uuid: 0b2f4c2e-1f0a-4a53-9a55-2d7b4a9e8c11\n"
                                 "credits: {authors: [A. Author]}\n"
                                 "keywords: [math, easy one]\n"
                                 "limits:\n"
                                 "  time_limit: 2.5\n"
                                 "  time_multipliers: {ac_to_time_limit: 3}\n"
                                 "  memory: 512\n");
    put(dir, "statement/problem.en.md", "# Sum\n");
    put(dir, "data/sample/1.in", "2 2\n");
    put(dir, "data/sample/1.ans", "4\n");
    put(dir, ".timelimit", "9\n"); /* problem.yaml's time_limit wins */
    struct problem *p = load_ok(dir);
    ck_assert_str_eq(p->title, "Sum");
    ck_assert_int_eq(p->ntags, 2);
    ck_assert_str_eq(p->tags[1], "easy one");
    ck_assert_int_eq(p->limits.time_ms, 2500);
    ck_assert_int_eq(p->kattis->time_source, KATTIS_TIME_YAML);
    ck_assert(p->kattis->time_multiplier == 3 && p->kattis->time_safety_margin == 1.5);
    ck_assert_int_eq(p->limits.memory_bytes, 512LL << 20);
    ck_assert_has(p->statement_path, "statement/problem.en.md");
    /* 1.in is in both groups: the names carry the group. */
    ck_assert_int_eq(p->ntests, 2);
    ck_assert_str_eq(p->tests[0].name, "sample-1");
    ck_assert_str_eq(p->tests[1].name, "secret-1");
    problem_free(p);
    free(dir);
}
END_TEST

START_TEST(test_groups_follow_the_folders)
{
    char *dir = package("groups", "name: Groups\n");
    put(dir, "data/secret/a/1.in", "1\n");
    put(dir, "data/secret/a/1.ans", "1\n");
    put(dir, "data/secret/b/2.in", "2\n");
    put(dir, "data/secret/b/2.ans", "2\n");
    put(dir, "data/secret/b/2.hint", "not a test\n");
    put(dir, "data/secret/c.in", "3\n"); /* after the subgroups a and b: the group goes on */
    put(dir, "data/secret/c.ans", "3\n");
    struct problem *p = load_ok(dir);
    /* Lexicographic: 1.in (secret), a/, b/, c.in (secret again). */
    ck_assert_int_eq(p->ntests, 4);
    ck_assert_int_eq(p->ngroups, 4);
    const char *names[] = {"secret", "secret/a", "secret/b", "secret~2"};
    int points = 0;
    for (size_t g = 0; g < LEN(names); g++) {
        ck_assert_str_eq(p->groups[g].name, names[g]);
        ck_assert(!p->groups[g].visible);
        points += p->groups[g].points;
    }
    ck_assert_int_eq(points, 100);
    ck_assert_str_eq(p->tests[1].name, "secret-a-1");
    ck_assert_str_eq(p->tests[3].name, "c");
    ck_assert_int_eq(p->tests[3].group, 3);
    problem_free(p);
    free(dir);
}
END_TEST

struct bad_package {
    const char *yaml;
    const char *extra_file, *extra_text; /* written too, when not NULL */
    const char *message;                 /* after "<dir>/"; must appear in the errors */
};

static const struct bad_package bad_packages[] = {
    {"nmae: X\n", NULL, NULL, "problem.yaml:1:1: unknown key 'nmae' (did you mean 'name'?)"},
    {"name: X\nname: Y\n", NULL, NULL, "problem.yaml:2:1: duplicate key 'name' (first at line 1)"},
    {"type: scoring\n", NULL, NULL,
     "problem.yaml:1:7: type 'scoring': scoring problems are not supported"},
    {"validation: custom interactive\n", NULL, NULL, "interactive problems are not supported"},
    {"validation: magic\n", NULL, NULL, "'validation' must start with default or custom"},
    {"validator_flags: float_tolerance\n", NULL, NULL,
     "problem.yaml:1:18: validator flag 'float_tolerance' needs a value"},
    {"validator_flags: case_insensitive\n", NULL, NULL,
     "unknown flag 'case_insensitive' for the default output validator"},
    {"limits: {memory: lots}\n", NULL, NULL,
     "problem.yaml:1:18: 'memory' must be a number greater than 0, not 'lots'"},
    {"limits: {time_multiplier: 0.5}\n", NULL, NULL,
     "'time_multiplier' must be a number of at least 1"},
    {"limits: {tim_limit: 1}\n", NULL, NULL,
     "unknown key 'tim_limit' (did you mean 'time_limit'?)"},
    {"problem_format_version: 1999\n", NULL, NULL, "unknown problem_format_version '1999'"},
    {"grading: {objective: max}\n", NULL, NULL, "'grading' is for scoring problems"},
    {"", ".timelimit", "soon\n", ".timelimit: must hold the time limit in seconds"},
    {"", "data/secret/2.in", "1\n", "data/secret/2.in: no answer file beside it (2.ans)"},
    {"", "data/secret/3.ans", "1\n", "data/secret/3.ans: an answer file without its input (3.in)"},
    {"", "data/secret/a b.in", "1\n", "test file names may use only letters"},
    {"validation: custom\n", NULL, NULL,
     "validation: custom, but there is no output_validators/ folder"},
    {"validation: custom\n", "output_validators/v/validate.cpp", "int main(){}\n",
     "no C source in the output validator (found validate.cpp)"},
    {"validation: custom\n", "output_validators/v/build", "#!/bin/sh\n",
     "validators with a build or run script are not supported"},
    {"", "data/secret/testdata.yaml", "output_validator_flags: float_tolerance 1\n",
     "data/secret/testdata.yaml:1:25: 'output_validator_flags' is not supported"},
    {"", "data/test_group.yaml", "output_validator_args: [case_sensitive]\n",
     "data/test_group.yaml:1:24: 'output_validator_args' is not supported"},
};

START_TEST(bad_package_is_reported)
{
    const struct bad_package *b = &bad_packages[_i];
    char *dir = package("bad", b->yaml);
    if (b->extra_file)
        put(dir, b->extra_file, b->extra_text);
    char *errors = NULL;
    struct problem *p = catalog_load_problem(dir, &errors);
    ck_assert_msg(p == NULL, "case %d loads", _i);
    /* Messages that start with a file name are prefixed by the package's folder. */
    bool named = strncmp(b->message, "problem.yaml", 12) == 0 ||
                 strncmp(b->message, "data/", 5) == 0 || b->message[0] == '.';
    char *want = named ? xasprintf("%s/%s", dir, b->message) : xstrdup(b->message);
    ck_assert_msg(strstr(errors, want), "case %d: '%s' not in:\n%s", _i, want, errors);
    /* Every line names a file under the package. */
    for (const char *line = errors; *line; line = strchr(line, '\n') + 1)
        ck_assert_msg(strncmp(line, dir, strlen(dir)) == 0, "case %d: line without the package: %s",
                      _i, line);
    free(want);
    free(errors);
    free(dir);
}
END_TEST

/* ---- config.yaml and the XDG folders ---- */

START_TEST(config_is_read_strictly)
{
    char *dir = scratch_dir("config");
    char *path = xasprintf("%s/config.yaml", dir);
    struct config c;
    char *errors = NULL;
    ck_assert_int_eq(config_load(path, &c, &errors), 0); /* no file: defaults */
    ck_assert(c.path == NULL && c.jobs == 0 && c.color == CONFIG_COLOR_AUTO && !c.editor);
    ck_assert_int_eq(config_load(NULL, &c, &errors), 0);

    put(dir, "config.yaml", "# mine\njobs: 6\ncolor: never\neditor: nano -w\n");
    ck_assert_int_eq(config_load(path, &c, &errors), 0);
    ck_assert_str_eq(c.path, path);
    ck_assert_int_eq(c.jobs, 6);
    ck_assert_int_eq(c.color, CONFIG_COLOR_NEVER);
    ck_assert_str_eq(config_editor(&c), "nano -w");
    ck_assert(!config_use_color(&c, stdout));
    config_free(&c);

    put(dir, "config.yaml", "jobs: 0\ncolour: always\ncolor: sometimes\neditor: [vi]\njobs: 2\n");
    ck_assert_int_eq(config_load(path, &c, &errors), -1);
    ck_assert_ptr_null(c.path);
    const char *want[] = {":2:1: unknown key 'colour' (did you mean 'color'?)",
                          ":5:1: duplicate key 'jobs' (first at line 1)",
                          ":1:7: 'jobs' must be a whole number from 1 to 1024, not '0'",
                          ":3:8: 'color' must be auto, always or never, not 'sometimes'",
                          ":4:9: 'editor' must be a scalar, not a list"};
    for (size_t i = 0; i < LEN(want); i++) {
        char *line = xasprintf("%s%s", path, want[i]);
        ck_assert_has(errors, line);
        free(line);
    }
    free(errors);

    put(dir, "config.yaml", "jobs: [1\n");
    ck_assert_int_eq(config_load(path, &c, &errors), -1);
    ck_assert_has(errors, path);
    free(errors);
    free(path);
    free(dir);
}
END_TEST

START_TEST(color_follows_config_and_no_color)
{
    struct config always = {.color = CONFIG_COLOR_ALWAYS}, autom = {0};
    FILE *f = tmpfile();
    unsetenv("NO_COLOR");
    ck_assert(config_use_color(&always, f));
    ck_assert(!config_use_color(&autom, f)); /* auto: only a terminal */
    ck_assert(!config_use_color(NULL, f));
    setenv("NO_COLOR", "1", 1);
    ck_assert(!config_use_color(&always, f));
    fclose(f);
}
END_TEST

START_TEST(xdg_dirs)
{
    setenv("HOME", "/home/u", 1);
    setenv("XDG_STATE_HOME", "/var/state", 1);
    setenv("XDG_CONFIG_HOME", "relative/ignored", 1);
    unsetenv("XDG_CACHE_HOME");
    char *state = xdg_dir(XDG_STATE), *config = xdg_dir(XDG_CONFIG), *cache = xdg_dir(XDG_CACHE);
    ck_assert_str_eq(state, "/var/state/judge");
    ck_assert_str_eq(config, "/home/u/.config/judge");
    ck_assert_str_eq(cache, "/home/u/.cache/judge");
    free(state);
    free(config);
    free(cache);
    /* The cache (judge/cache.c) follows the same variable, unless $JUDGE_CACHE says. */
    unsetenv("JUDGE_CACHE");
    setenv("XDG_CACHE_HOME", "/var/cache/u", 1);
    cache = cache_default_dir();
    ck_assert_str_eq(cache, "/var/cache/u/judge");
    free(cache);
    unsetenv("XDG_STATE_HOME");
    state = xdg_dir(XDG_STATE);
    ck_assert_str_eq(state, "/home/u/.local/state/judge");
    free(state);
    unsetenv("HOME");
    ck_assert_ptr_null(xdg_dir(XDG_STATE));
    char *path = config_default_path();
    ck_assert_ptr_null(path);
}
END_TEST

/* ---- the fixture package through the binary ---- */

struct submission {
    const char *file; /* under submissions/ */
    const char *verdict;
    const char *message; /* in the JSON, when not NULL */
};

static const struct submission submissions[] = {
    {"accepted/sort_two_pointers.c", "AC", NULL},
    {"accepted/hash_lookup.c", "AC", NULL},
    {"wrong_answer/same_position_twice.c", "WA", "the positions must satisfy i < j"},
    {"time_limit_exceeded/all_pairs.c", "TLE", "CPU time over the 500ms limit"},
    {"run_time_error/small_value_table.c", "RE", "SIGSEGV"},
};

START_TEST(fixture_submission_gets_its_folders_verdict)
{
    const struct submission *s = &submissions[_i];
    char *pkg = root_path(PAIRSUM);
    char *file = xasprintf("%s/submissions/%s", pkg, s->file);
    struct run r;
    run(&r, (const char *const[]){"judge", "test", pkg, file, "--json", NULL});
    ck_assert_status(&r, strcmp(s->verdict, "AC") == 0 ? 0 : 1);
    char *verdict = json_field(r.out, "verdict");
    ck_assert_msg(verdict && strcmp(verdict, s->verdict) == 0, "%s: verdict %s, want %s\n%.3000s",
                  s->file, verdict ? verdict : "-", s->verdict, r.out);
    if (s->message)
        ck_assert_has(r.out, s->message);
    free(verdict);
    run_free(&r);
    free(file);
    free(pkg);
}
END_TEST

START_TEST(list_and_show_a_package)
{
    char *dir = root_path("tests/fixtures/kattis");
    struct run r;
    run(&r, (const char *const[]){"judge", "--problems", dir, "list", NULL});
    ck_assert_status(&r, 0);
    ck_assert_has(r.out, "pairsum");
    ck_assert_has(r.out, "Pair with a given sum");
    run_free(&r);
    run(&r, (const char *const[]){"judge", "--problems", dir, "show", "pairsum", NULL});
    ck_assert_status(&r, 0);
    ck_assert_has(r.out, "\\problemname{Pair with a given sum}");
    ck_assert_has(r.out, "Checker: validator validate.c");
    ck_assert_has(r.out, "Limits: time 500ms");
    ck_assert_has(r.out, "    impossible");
    run_free(&r);
    free(dir);
}
END_TEST

START_TEST(validate_runs_the_submissions)
{
    char *pkg = root_path(PAIRSUM);
    struct run r;
    run(&r, (const char *const[]){"judge", "validate", pkg, NULL});
    ck_assert_status(&r, 0);
    ck_assert_has(r.out, "accepted/hash_lookup.c");
    ck_assert_has(r.out, "time_limit_exceeded/all_pairs.c TLE      TLE  ok");
    ck_assert_has(r.out, "(time limits x 2, the safety margin)");
    ck_assert_has(r.out, "CPU time over the 1s limit");
    ck_assert_has(r.out, "slowest accepted");
    ck_assert_has(r.out, "1 problem, 5 package submissions: every check holds");
    run_free(&r);

    /* A package whose folders lie: a wrong answer filed as accepted, an accepted one as a
     * run-time error. */
    char *copy = scratch_dir("liar");
    char *sub = xasprintf("%s/submissions", copy);
    const char *keep[] = {"problem.yaml", ".timelimit", "data", "output_validators"};
    for (size_t i = 0; i < LEN(keep); i++) {
        char *cmd = xasprintf("cp -R '%s/%s' '%s/'", pkg, keep[i], copy);
        ck_assert_int_eq(system(cmd), 0);
        free(cmd);
    }
    char *wa = xasprintf("%s/submissions/wrong_answer/same_position_twice.c", pkg);
    char *ac = xasprintf("%s/submissions/accepted/hash_lookup.c", pkg);
    char *text = slurp(wa);
    put(sub, "accepted/liar.c", text);
    free(text);
    text = slurp(ac);
    put(sub, "run_time_error/fine.c", text);
    put(sub, "wrong_answer/other.py", "print('impossible')\n");
    free(text);
    run(&r, (const char *const[]){"judge", "validate", copy, "--json", NULL});
    ck_assert_status(&r, 1);
    ck_assert_has(r.out, "\"name\": \"accepted/liar.c\"");
    ck_assert_has(r.out, "\"got\": \"WA\"");
    ck_assert_has(r.out, "\"name\": \"run_time_error/fine.c\"");
    ck_assert_has(r.out, "no accepted submission passed every test");
    ck_assert_has(r.out, "1 submission not in C skipped");
    run_free(&r);
    free(wa);
    free(ac);
    free(sub);
    free(copy);
    free(pkg);
}
END_TEST

/* ---- export and the round trips ---- */

static bool same_file_text(const struct test_case *t, bool input, const char *other)
{
    enum input_kind ik = t->input_kind;
    bool is_inline = input ? ik == INPUT_INLINE : t->output_kind == OUTPUT_INLINE;
    const char *v = input ? t->input : t->output;
    char *mine = is_inline ? xstrdup(v) : slurp(v);
    bool same = strcmp(mine, other) == 0;
    free(mine);
    return same;
}

static char *test_text(const struct test_case *t, bool input)
{
    bool is_inline = input ? t->input_kind == INPUT_INLINE : t->output_kind == OUTPUT_INLINE;
    const char *v = input ? t->input : t->output;
    return is_inline ? xstrdup(v) : slurp(v);
}

/* Same tests (names, groups, visibility, data bytes, limits) and the same checker. */
static void assert_same_problem(const struct problem *a, const struct problem *b)
{
    ck_assert_int_eq(a->ntests, b->ntests);
    ck_assert_int_eq(a->ngroups, b->ngroups);
    for (size_t g = 0; g < a->ngroups; g++) {
        ck_assert_str_eq(a->groups[g].name, b->groups[g].name);
        ck_assert_int_eq(a->groups[g].visible, b->groups[g].visible);
        ck_assert_int_eq(a->groups[g].points, b->groups[g].points);
    }
    for (size_t i = 0; i < a->ntests; i++) {
        const struct test_case *x = &a->tests[i], *y = &b->tests[i];
        ck_assert_str_eq(x->name, y->name);
        ck_assert_int_eq(x->group, y->group);
        for (int input = 0; input < 2; input++) {
            char *other = test_text(y, input);
            ck_assert_msg(same_file_text(x, input, other), "test %s: the %s differs", x->name,
                          input ? "input" : "answer");
            free(other);
        }
        ck_assert_int_eq(x->limits.time_ms, y->limits.time_ms);
        ck_assert_int_eq(x->limits.memory_bytes, y->limits.memory_bytes);
        ck_assert_int_eq(x->limits.output_bytes, y->limits.output_bytes);
    }
    ck_assert_int_eq(a->checker.kind, b->checker.kind);
    ck_assert(a->checker.absolute == b->checker.absolute);
    ck_assert(a->checker.relative == b->checker.relative);
    ck_assert_int_eq(a->checker.case_insensitive, b->checker.case_insensitive);
    ck_assert_int_eq(a->checker.space_sensitive, b->checker.space_sensitive);
}

static void export_to(const char *problem, const char *dest, const char *problems)
{
    struct run r;
    run(&r, (const char *const[]){"judge", "--problems", problems, "export", problem, dest, NULL});
    ck_assert_status(&r, 0);
    ck_assert_has(r.out, "wrote a Kattis package");
    run_free(&r);
}

START_TEST(package_round_trip)
{
    char *pkg = root_path(PAIRSUM), *problems = root_path("problems");
    char *base = scratch_dir("export");
    char *out = xasprintf("%s/pairsum", base);
    export_to(pkg, out, problems);
    struct problem *a = load_ok(pkg), *b = load_ok(out);
    assert_same_problem(a, b);
    ck_assert_str_eq(a->title, b->title);
    ck_assert_int_eq(a->ntags, b->ntags);
    ck_assert_int_eq(b->kattis->time_source, KATTIS_TIME_FILE);
    ck_assert(a->kattis->time_multiplier == b->kattis->time_multiplier);
    ck_assert(a->kattis->time_safety_margin == b->kattis->time_safety_margin);
    problem_free(a);
    problem_free(b);
    /* The same verdicts: every submission still gets its folder's. */
    struct run r;
    run(&r, (const char *const[]){"judge", "validate", out, NULL});
    ck_assert_status(&r, 0);
    ck_assert_has(r.out, "5 package submissions: every check holds");
    run_free(&r);
    /* Export, import, export again: the same files. */
    char *again = xasprintf("%s/again", base);
    export_to(out, again, problems);
    char *cmd = xasprintf("diff -r -x problem.yaml '%s' '%s' >/dev/null", out, again);
    ck_assert_msg(system(cmd) == 0, "a second export differs: %s", cmd);
    free(cmd);
    free(again);
    free(out);
    free(base);
    free(problems);
    free(pkg);
}
END_TEST

/* The verdict of `judge test PROBLEM FILE --json`. */
static char *verdict_of(const char *problem, const char *file)
{
    struct run r;
    run(&r, (const char *const[]){"judge", "test", problem, file, "--json", NULL});
    char *verdict = json_field(r.out, "verdict");
    ck_assert_msg(verdict, "no verdict:\n%s\n%s", r.out, r.err);
    run_free(&r);
    return verdict;
}

START_TEST(own_problem_round_trip)
{
    /* sum-two: a custom checker (wrapped as a Kattis validator), a test from files, a
     * 64KiB output limit that the package format can only round up. */
    char *own = root_path("tests/fixtures/problems/sum-two");
    char *fixtures = root_path("tests/fixtures/sum-two"), *problems = root_path("problems");
    char *base = scratch_dir("export");
    char *out = xasprintf("%s/sumtwo", base);
    struct run r;
    run(&r, (const char *const[]){"judge", "export", own, out, NULL});
    ck_assert_status(&r, 0);
    ck_assert_has(r.err, "the output limit 64KiB is not a whole number of MiB");
    run_free(&r);
    struct problem *a = load_ok(own), *b = load_ok(out);
    ck_assert_int_eq(b->checker.kind, CHECKER_VALIDATOR);
    ck_assert_int_eq(b->ntests, a->ntests);
    for (size_t i = 0; i < a->ntests; i++)
        for (int input = 0; input < 2; input++) {
            char *other = test_text(&b->tests[i], input);
            ck_assert_msg(same_file_text(&a->tests[i], input, other), "test %s differs",
                          a->tests[i].name);
            free(other);
        }
    ck_assert_int_eq(b->limits.time_ms, a->limits.time_ms);
    problem_free(a);
    problem_free(b);
    const char *files[] = {"ac_long.c", "wa_int.c", "mle_hog.c", "ole_flood.c", "tle_sleep.c"};
    for (size_t i = 0; i < LEN(files); i++) {
        char *file = xasprintf("%s/%s", fixtures, files[i]);
        char *v1 = verdict_of(own, file), *v2 = verdict_of(out, file);
        ck_assert_msg(strcmp(v1, v2) == 0, "%s: %s on the problem, %s on its package", files[i], v1,
                      v2);
        free(v1);
        free(v2);
        free(file);
    }
    free(out);
    free(base);
    free(problems);
    free(fixtures);
    free(own);
}
END_TEST

#define ORDER_YAML                                                                                 \
    "id: order\ntitle: Order\ndifficulty: easy\nstatement: statement.md\nkind: program\n"          \
    "limits: {time: 1s, memory: 64MiB}\n"                                                          \
    "checker: %s\n"                                                                                \
    "groups:\n"                                                                                    \
    "  - name: samples\n    points: 10\n    tests:\n"                                              \
    "      - {name: two, input: \"2\\n\", output: \"%s\"}\n"                                       \
    "  - name: zeta\n    points: 40\n    tests:\n"                                                 \
    "      - {name: z-three, input: \"3\\n\", output: \"%s\"}\n"                                   \
    "      - {name: a-one, input: \"1\\n\", output: \"%s\"}\n"                                     \
    "  - name: alpha\n    points: 50\n    tests:\n"                                                \
    "      - {name: four, input: \"4\\n\", output: \"%s\"}\n"

/* Prints 1..n, one per line, in the given order (reversed or not). */
#define COUNT_SRC(reverse)                                                                         \
    "#include <stdio.h>\nint main(void){int n;if(scanf(\"%d\",&n)!=1)return 1;"                    \
    "for(int i=1;i<=n;i++)printf(\"%d\\n\"," reverse ");return 0;}\n"

START_TEST(own_checkers_round_trip)
{
    /* lines-unordered becomes a validator; groups out of name order get numbered. */
    char *root = scratch_dir("own");
    char *dir = xasprintf("%s/problems/order", root);
    char *yaml = xasprintf(ORDER_YAML, "lines-unordered", "1\\n2\\n", "1\\n2\\n3\\n", "1\\n",
                           "1\\n2\\n3\\n4\\n");
    put(dir, "problem.yaml", yaml);
    put(dir, "statement.md", "# Order\n");
    put(root, "shuffled.c", COUNT_SRC("n + 1 - i"));
    put(root, "short.c", "#include <stdio.h>\nint main(void){puts(\"1\");return 0;}\n");
    char *out = xasprintf("%s/pkg/order", root);
    char *problems = xasprintf("%s/problems", root);
    export_to(dir, out, problems);
    struct problem *b = load_ok(out);
    ck_assert_int_eq(b->checker.kind, CHECKER_VALIDATOR);
    ck_assert_has(b->checker.source, "output_validators/lines_unordered/validate.c");
    ck_assert_int_eq(b->ngroups, 3);
    ck_assert_str_eq(b->groups[1].name, "secret/01-zeta");
    ck_assert_str_eq(b->groups[2].name, "secret/02-alpha");
    ck_assert_str_eq(b->tests[1].name, "01-z-three"); /* numbered: z-three sorts after a-one */
    ck_assert_str_eq(b->tests[2].name, "02-a-one");
    problem_free(b);
    const char *files[] = {"shuffled.c", "short.c"};
    const char *want[] = {"AC", "WA"};
    for (size_t i = 0; i < LEN(files); i++) {
        char *file = xasprintf("%s/%s", root, files[i]);
        char *v1 = verdict_of(dir, file), *v2 = verdict_of(out, file);
        ck_assert_str_eq(v1, want[i]);
        ck_assert_str_eq(v2, want[i]);
        free(v1);
        free(v2);
        free(file);
    }
    free(yaml);
    free(out);

    /* float and exact become the default validator's flags, and read back the same. */
    const char *checkers[] = {"{type: float, absolute: 1e-6, relative: 1e-4}", "exact", "tokens"};
    for (size_t i = 0; i < LEN(checkers); i++) {
        char *d = xasprintf("%s/problems/order%zu", root, i);
        yaml = xasprintf(ORDER_YAML, checkers[i], "1", "1", "1", "1");
        char *fixed = xasprintf("id: order%zu\n%s", i, strstr(yaml, "\n") + 1);
        put(d, "problem.yaml", fixed);
        put(d, "statement.md", "# Order\n");
        out = xasprintf("%s/pkg/order%zu", root, i);
        export_to(d, out, problems);
        struct problem *x = load_ok(d), *y = load_ok(out);
        ck_assert_int_eq(x->checker.kind == CHECKER_EXACT ? CHECKER_TOKENS : x->checker.kind,
                         y->checker.kind);
        ck_assert(x->checker.absolute == y->checker.absolute);
        ck_assert(x->checker.relative == y->checker.relative);
        ck_assert(!y->checker.case_insensitive);
        ck_assert_int_eq(y->checker.space_sensitive, x->checker.kind == CHECKER_EXACT);
        problem_free(x);
        problem_free(y);
        free(fixed);
        free(yaml);
        free(out);
        free(d);
    }
    free(problems);
    free(dir);
    free(root);
}
END_TEST

START_TEST(export_refuses)
{
    char *base = scratch_dir("refuse");
    char *full = xasprintf("%s/full", base);
    put(full, "keep.txt", "mine\n");
    struct run r;
    run(&r, (const char *const[]){"judge", "export", "zero-sum-pair", base, NULL});
    ck_assert_status(&r, 2);
    ck_assert_has(r.err, "exists and is not an empty folder");
    run_free(&r);
    char *fresh = xasprintf("%s/fresh", base);
    char *problems = root_path("problems");
    run(&r, (const char *const[]){"judge", "--problems", problems, "export", "zero-sum-pair", fresh,
                                  NULL});
    ck_assert_status(&r, 2);
    ck_assert_has(r.err, "zero-sum-pair is a function problem");
    run_free(&r);
    free(problems);
    free(fresh);
    free(full);
    free(base);
}
END_TEST

/* ---- the man page, --help, --version ---- */

/* The synopsis of `judge --help`: the lines up to the first blank one, "usage: " and
 * leading spaces removed. */
static char **help_synopsis(const char *help, size_t *n)
{
    char **lines = xcalloc(64, sizeof *lines);
    *n = 0;
    for (const char *p = help; *p && *p != '\n' && *n < 63;) {
        size_t len = strcspn(p, "\n");
        const char *s = p;
        if (strncmp(s, "usage: ", 7) == 0)
            s += 7;
        s += strspn(s, " ");
        lines[(*n)++] = strndup(s, len - (size_t)(s - p));
        p += len + (p[len] == '\n');
    }
    return lines;
}

/* The SYNOPSIS of judge.1 as text: roff requests dropped, font escapes removed, \- as -. */
static char **man_synopsis(const char *man, size_t *n)
{
    const char *start = strstr(man, "\n.SH SYNOPSIS\n");
    ck_assert_ptr_nonnull(start);
    start += strlen("\n.SH SYNOPSIS\n");
    const char *end = strstr(start, "\n.SH ");
    char **lines = xcalloc(64, sizeof *lines);
    *n = 0;
    for (const char *p = start; p < end && *n < 63;) {
        size_t len = strcspn(p, "\n");
        if (*p != '.') {
            struct strbuf sb = {0};
            for (size_t i = 0; i < len; i++) {
                if (p[i] == '\\' && i + 1 < len && p[i + 1] == 'f') {
                    i += 2;
                    continue;
                }
                if (p[i] == '\\' && i + 1 < len && p[i + 1] == '-') {
                    sb_append(&sb, "-", 1);
                    i++;
                    continue;
                }
                sb_append(&sb, p + i, 1);
            }
            lines[(*n)++] = sb_take(&sb);
        }
        p += len + 1;
    }
    return lines;
}

static void free_lines(char **lines, size_t n)
{
    for (size_t i = 0; i < n; i++)
        free(lines[i]);
    free(lines);
}

START_TEST(man_synopsis_matches_help)
{
    struct run r;
    run(&r, (const char *const[]){"judge", "--help", NULL});
    ck_assert_status(&r, 0);
    char *path = root_path("man/judge.1");
    char *man = slurp(path);
    size_t nh, nm;
    char **h = help_synopsis(r.out, &nh), **m = man_synopsis(man, &nm);
    ck_assert_int_ge(nh, 5);
    for (size_t i = 0; i < nh || i < nm; i++)
        ck_assert_msg(i < nh && i < nm && strcmp(h[i], m[i]) == 0,
                      "synopsis line %zu differs:\n  --help:  %s\n  judge.1: %s", i + 1,
                      i < nh ? h[i] : "(none)", i < nm ? m[i] : "(none)");
    free_lines(h, nh);
    free_lines(m, nm);
    run_free(&r);
    /* It is a man page groff reads without a warning. */
    if (access("/usr/bin/groff", X_OK) == 0) {
        run(&r, (const char *const[]){"/usr/bin/groff", "-man", "-Tutf8", "-ww", "-z", path, NULL});
        ck_assert_status(&r, 0);
        ck_assert_msg(!*r.err, "groff warns:\n%s", r.err);
        run_free(&r);
    } else {
        printf("note: groff not found; skipping the man page lint\n");
    }
    free(man);
    free(path);
}
END_TEST

/* The commands of the synopsis of `judge --help`, in order: the first lowercase word of
 * each line after "judge" and the bracketed global options. */
static char **synopsis_commands(size_t *count)
{
    struct run r;
    run(&r, (const char *const[]){"judge", "--help", NULL});
    ck_assert_status(&r, 0);
    size_t n;
    char **lines = help_synopsis(r.out, &n);
    run_free(&r);
    char **commands = xcalloc(n + 1, sizeof *commands);
    *count = 0;
    for (size_t i = 0; i < n; i++) {
        for (const char *w = lines[i] + strlen("judge"); *w;) {
            w += strspn(w, " ");
            size_t len = strcspn(w, " ");
            if (w[0] == '[')
                len = strcspn(w, "]") + 1;
            else if (w[0] >= 'a' && w[0] <= 'z') {
                commands[(*count)++] = strndup(w, len);
                break;
            } else
                break;
            w += len;
        }
    }
    free_lines(lines, n);
    return commands;
}

START_TEST(every_command_has_help)
{
    size_t n;
    char **commands = synopsis_commands(&n);
    ck_assert_int_ge(n, 8);
    for (size_t i = 0; i < n; i++) {
        struct run r;
        run(&r, (const char *const[]){"judge", commands[i], "--help", NULL});
        ck_assert_msg(r.status == 0, "judge %s --help: exit %d\n%s", commands[i], r.status, r.err);
        char *want = xasprintf("usage: judge %s", commands[i]);
        ck_assert_msg(strncmp(r.out, want, strlen(want)) == 0, "judge %s --help prints:\n%s",
                      commands[i], r.out);
        free(want);
        run_free(&r);
    }
    free_lines(commands, n);
}
END_TEST

START_TEST(version_names_libraries_and_landlock)
{
    struct run r;
    run(&r, (const char *const[]){"judge", "--version", NULL});
    ck_assert_status(&r, 0);
    ck_assert_msg(strncmp(r.out, "judge ", 6) == 0, "%s", r.out);
    char *yaml = xasprintf("\nlibyaml %s\n", yaml_get_version_string());
    const struct scmp_version *v = seccomp_version();
    char *seccomp = xasprintf("\nlibseccomp %u.%u.%u\n", v->major, v->minor, v->micro);
    int abi = landlock_abi();
    char *landlock =
        abi > 0 ? xasprintf("\nlandlock ABI %d\n", abi) : xstrdup("\nlandlock unavailable\n");
    ck_assert_has(r.out, yaml);
    ck_assert_has(r.out, seccomp);
    ck_assert_has(r.out, landlock);
    free(yaml);
    free(seccomp);
    free(landlock);
    run_free(&r);
}
END_TEST

/* ---- shell completion ---- */

/* What bash completion offers after words (the last one is being completed). */
static char *bash_complete(const char *words)
{
    char *script = root_path("completions/judge.bash");
    char *cmd = xasprintf("export LC_ALL=C; source '%s'; COMP_WORDS=(%s); "
                          "COMP_CWORD=$((${#COMP_WORDS[@]} - 1)); "
                          "_judge; printf '%%s\\n' \"${COMPREPLY[@]}\" | sort",
                          script, words);
    struct run r;
    run(&r, (const char *const[]){"/bin/bash", "--norc", "-c", cmd, NULL});
    ck_assert_status(&r, 0);
    char *out = r.out;
    r.out = NULL;
    run_free(&r);
    free(cmd);
    free(script);
    return out;
}

static int compare_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The long options a command's --help mentions, plus --help and --problems, sorted. */
static char *flags_in_help(const char *command)
{
    struct run r;
    run(&r, (const char *const[]){"judge", command, "--help", NULL});
    char *seen[32];
    size_t n = 0;
    seen[n++] = xstrdup("--help");
    seen[n++] = xstrdup("--problems");
    for (const char *p = r.out; (p = strstr(p, "--")) != NULL; p += 2) {
        /* As the completions read them: grep -o -- '--[a-z][a-z-]*'. */
        if (!(p[2] >= 'a' && p[2] <= 'z'))
            continue;
        size_t len = 2 + strspn(p + 2, "abcdefghijklmnopqrstuvwxyz-");
        bool dup = false;
        for (size_t i = 0; i < n && !dup; i++)
            dup = strlen(seen[i]) == len && strncmp(seen[i], p, len) == 0;
        if (!dup && n < LEN(seen))
            seen[n++] = strndup(p, len);
    }
    run_free(&r);
    qsort(seen, n, sizeof *seen, compare_str);
    struct strbuf sb = {0};
    sb_puts(&sb, "");
    for (size_t i = 0; i < n; i++) {
        sb_printf(&sb, "%s\n", seen[i]);
        free(seen[i]);
    }
    return sb_take(&sb);
}

/* Sorts the lines of text in place (for comparing flag lists). */
static char *sorted_lines(const char *text)
{
    char *copy = xstrdup(text);
    char *lines[64];
    size_t n = 0;
    for (char *save = NULL, *l = strtok_r(copy, "\n", &save); l && n < LEN(lines);
         l = strtok_r(NULL, "\n", &save))
        lines[n++] = l;
    qsort(lines, n, sizeof *lines, compare_str);
    struct strbuf sb = {0};
    sb_puts(&sb, "");
    for (size_t i = 0; i < n; i++)
        sb_printf(&sb, "%s\n", lines[i]);
    free(copy);
    return sb_take(&sb);
}

START_TEST(bash_completion)
{
    const char *bin = env_or_fail("JUDGE_BIN");
    size_t n;
    char **commands = synopsis_commands(&n);
    char *words = xasprintf("'%s' ''", bin);
    char *got = bash_complete(words);
    struct strbuf want = {0};
    sb_puts(&want, "--help\n--problems\n--version\n");
    for (size_t i = 0; i < n; i++)
        sb_printf(&want, "%s\n", commands[i]);
    char *sorted = sorted_lines(want.data);
    ck_assert_str_eq(got, sorted);
    free(sorted);
    sb_free(&want);
    free(got);
    free(words);

    char *kattis = root_path("tests/fixtures/kattis");
    words = xasprintf("'%s' --problems '%s' show ''", bin, kattis);
    got = bash_complete(words);
    ck_assert_str_eq(got, "pairsum\n");
    free(got);
    free(words);

    char *problems = root_path("problems");
    words = xasprintf("'%s' --problems '%s' test zero", bin, problems);
    got = bash_complete(words);
    ck_assert_str_eq(got, "zero-sum-pair\n");
    free(got);
    free(words);

    /* test's FILE is a file, export's DIR a folder. */
    char *c_prefix = root_path(PAIRSUM "/submissions/accepted/sort");
    words = xasprintf("'%s' test zero-sum-pair '%s'", bin, c_prefix);
    got = bash_complete(words);
    ck_assert_has(got, "accepted/sort_two_pointers.c");
    free(got);
    free(words);
    char *dir_prefix = root_path(PAIRSUM "/sub");
    words = xasprintf("'%s' export pairsum '%s'", bin, dir_prefix);
    got = bash_complete(words);
    ck_assert_has(got, PAIRSUM "/submissions\n");
    free(got);
    free(words);

    /* Each command's flags are exactly those its --help names. */
    for (size_t i = 0; i < n; i++) {
        words = xasprintf("'%s' %s --", bin, commands[i]);
        got = bash_complete(words);
        char *flags = flags_in_help(commands[i]);
        ck_assert_msg(strcmp(got, flags) == 0,
                      "judge %s: completion offers\n%sbut --help names\n%s", commands[i], got,
                      flags);
        free(flags);
        free(got);
        free(words);
    }
    words = xasprintf("'%s' test --", bin);
    got = bash_complete(words);
    ck_assert_has(got, "--help\n--json\n--no-cache\n");
    free(got);
    free(words);
    free_lines(commands, n);
    free(dir_prefix);
    free(c_prefix);
    free(problems);
    free(kattis);
}
END_TEST

/* Runs completions/_judge in zsh with the completion system's functions replaced by ones
 * that print what they were given: what it offers for words, sorted, one per line. */
static char *zsh_complete(const char *prefix, const char *words)
{
    char *script = root_path("completions/_judge");
    char *cmd = xasprintf(
        "_call_program() { shift; eval \"$@\" }\n"
        "compadd() { if [[ $1 == -a ]]; then print -rl -- ${(P)2}; else [[ $1 == -- ]] && shift; "
        "print -rl -- \"$@\"; fi }\n"
        "_describe() { print -rl -- ${(P)4} }\n"
        "_alternative() { local s; for s in \"$@\"; do case $s in problems:*) print -rl -- $ids ;; "
        "folders:*) print -r -- '<dirs>' ;; esac; done }\n"
        "_files() { print -r -- '<files>' }\n"
        "_directories() { print -r -- '<dirs>' }\n"
        "_message() { print -r -- '<message>' }\n"
        "export LC_ALL=C; PREFIX='%s'; words=(%s); CURRENT=${#words}\n"
        "source '%s' | sort\n",
        prefix, words, script);
    struct run r;
    run(&r, (const char *const[]){"zsh", "-f", "-c", cmd, NULL});
    ck_assert_status(&r, 0);
    char *out = r.out;
    r.out = NULL;
    run_free(&r);
    free(cmd);
    free(script);
    return out;
}

START_TEST(zsh_completion)
{
    char *script = root_path("completions/_judge");
    char *text = slurp(script);
    ck_assert_msg(strncmp(text, "#compdef judge\n", 15) == 0, "no #compdef line");
    free(text);
    if (access("/usr/bin/zsh", X_OK) != 0 && access("/bin/zsh", X_OK) != 0) {
        printf("note: zsh not found; skipping the zsh completion checks\n");
        free(script);
        return;
    }
    struct run r;
    run(&r, (const char *const[]){"zsh", "-n", script, NULL});
    ck_assert_status(&r, 0);
    run_free(&r);

    const char *bin = env_or_fail("JUDGE_BIN");
    size_t n;
    char **commands = synopsis_commands(&n);
    char *words = xasprintf("'%s' ''", bin);
    char *got = zsh_complete("", words);
    struct strbuf want = {0};
    for (size_t i = 0; i < n; i++)
        sb_printf(&want, "%s\n", commands[i]);
    char *sorted = sorted_lines(want.data);
    ck_assert_str_eq(got, sorted);
    free(sorted);
    sb_free(&want);
    free(got);
    free(words);

    char *kattis = root_path("tests/fixtures/kattis");
    words = xasprintf("'%s' --problems '%s' show ''", bin, kattis);
    got = zsh_complete("", words);
    ck_assert_str_eq(got, "<dirs>\npairsum\n");
    free(got);
    free(words);
    words = xasprintf("'%s' test zero-sum-pair ''", bin);
    got = zsh_complete("", words);
    ck_assert_str_eq(got, "<files>\n");
    free(got);
    free(words);
    words = xasprintf("'%s' export pairsum ''", bin);
    got = zsh_complete("", words);
    ck_assert_str_eq(got, "<dirs>\n");
    free(got);
    free(words);
    for (size_t i = 0; i < n; i++) {
        words = xasprintf("'%s' %s --", bin, commands[i]);
        got = zsh_complete("--", words);
        char *flags = flags_in_help(commands[i]);
        ck_assert_msg(strcmp(got, flags) == 0, "judge %s: zsh offers\n%sbut --help names\n%s",
                      commands[i], got, flags);
        free(flags);
        free(got);
        free(words);
    }
    free_lines(commands, n);
    free(kattis);
    free(script);
}
END_TEST

/* ---- config.yaml in effect ---- */

START_TEST(config_file_in_effect)
{
    char *home = scratch_dir("xdg");
    char *cfg = xasprintf("XDG_CONFIG_HOME=%s/config", home);
    char *state = xasprintf("XDG_STATE_HOME=%s/state", home);
    put(home, "config/judge/config.yaml", "jobs: 3\ncolor: always\neditor: ed\n");
    struct run r;
    run_in(&r, NULL, (const char *const[]){cfg, state, "NO_COLOR", NULL},
           (const char *const[]){"judge", "config", NULL});
    ck_assert_status(&r, 0);
    char *want = xasprintf("config file  %s/config/judge/config.yaml\n", home);
    ck_assert_has(r.out, want);
    free(want);
    ck_assert_has(r.out, "jobs         3\n");
    ck_assert_has(r.out, "color        always\n");
    ck_assert_has(r.out, "editor       ed\n");
    want = xasprintf("state        %s/state/judge\n", home);
    ck_assert_has(r.out, want);
    free(want);
    run_free(&r);

    /* color: always colours `judge test` even into a file; NO_COLOR still wins. */
    char *pkg = root_path(PAIRSUM);
    char *sol = xasprintf("%s/submissions/accepted/hash_lookup.c", pkg);
    run_in(&r, NULL, (const char *const[]){cfg, "NO_COLOR", NULL},
           (const char *const[]){"judge", "test", pkg, sol, NULL});
    ck_assert_status(&r, 0);
    ck_assert_msg(strchr(r.out, '\033'), "no colour with color: always:\n%s", r.out);
    run_free(&r);
    run_in(&r, NULL, (const char *const[]){cfg, "NO_COLOR=1", NULL},
           (const char *const[]){"judge", "test", pkg, sol, NULL});
    ck_assert_msg(!strchr(r.out, '\033'), "colour despite NO_COLOR:\n%s", r.out);
    run_free(&r);

    /* jobs is the default parallelism of `judge grade`. */
    char *sub = xasprintf("%s/class", home);
    char *reference = root_path("solutions/zero-sum-pair.c");
    char *problems = root_path("problems");
    char *text = slurp(reference);
    put(sub, "alice/zero-sum-pair.c", text);
    free(text);
    put(home, "config/judge/config.yaml", "jobs: 7\n");
    run_in(&r, NULL, (const char *const[]){cfg, NULL},
           (const char *const[]){"judge", "--problems", problems, "grade", sub, "--only",
                                 "zero-sum-pair", "--json", "-", NULL});
    ck_assert_status(&r, 0);
    ck_assert_has(r.out, "\"jobs\": 7,");
    run_free(&r);
    free(problems);
    free(reference);
    free(sub);

    /* A broken config stops every command, with file:line:column. */
    put(home, "config/judge/config.yaml", "color: loud\n");
    run_in(&r, NULL, (const char *const[]){cfg, NULL},
           (const char *const[]){"judge", "list", NULL});
    ck_assert_status(&r, 2);
    want =
        xasprintf("%s/config/judge/config.yaml:1:8: 'color' must be auto, always or never", home);
    ck_assert_has(r.err, want);
    free(want);
    run_free(&r);
    free(sol);
    free(pkg);
    free(state);
    free(cfg);
    free(home);
}
END_TEST

/* ---- make install into a temporary DESTDIR ---- */

START_TEST(install_and_uninstall)
{
    const char *root = env_or_fail("JUDGE_ROOT");
    char *bin = realpath(env_or_fail("JUDGE_BIN"), NULL);
    ck_assert_ptr_nonnull(bin);
    char *build = xstrdup(bin);
    *strrchr(build, '/') = '\0';
    char *dest = scratch_dir("destdir");
    char *destdir = xasprintf("DESTDIR=%s", dest), *build_var = xasprintf("BUILD=%s", build);
    /* -o: install what `make check` built; never rebuild it from under the running tests. */
    const char *const env[] = {"MAKEFLAGS", "MFLAGS", "MAKELEVEL", NULL};
    struct run r;
    run_in(&r, root, env,
           (const char *const[]){"make", "--no-print-directory", "-o", bin, "install",
                                 "PREFIX=/usr", destdir, build_var, NULL});
    ck_assert_status(&r, 0);
    run_free(&r);
    const char *installed[] = {"usr/bin/judge",
                               "usr/share/man/man1/judge.1",
                               "usr/share/bash-completion/completions/judge",
                               "usr/share/zsh/site-functions/_judge",
                               "usr/share/judge/problems/zero-sum-pair/problem.yaml",
                               "usr/share/judge/solutions/zero-sum-pair.c",
                               "usr/share/judge/runtime/leetcode.h",
                               "usr/share/judge/runtime/kattis_lines_unordered.c"};
    for (size_t i = 0; i < LEN(installed); i++) {
        char *path = xasprintf("%s/%s", dest, installed[i]);
        ck_assert_msg(path_is_file(path), "make install did not install %s", installed[i]);
        free(path);
    }
    /* The installed judge finds its problems without flags or $JUDGE_PROBLEMS. */
    char *judge = xasprintf("%s/usr/bin/judge", dest);
    char *solution = xasprintf("%s/usr/share/judge/solutions/zero-sum-pair.c", dest);
    const char *const plain[] = {"JUDGE_PROBLEMS", NULL};
    run_in(&r, "/", plain, (const char *const[]){judge, "list", NULL});
    ck_assert_status(&r, 0);
    ck_assert_has(r.out, "zero-sum-pair");
    run_free(&r);
    run_in(&r, "/", plain, (const char *const[]){judge, "test", "zero-sum-pair", solution, NULL});
    ck_assert_status(&r, 0);
    ck_assert_has(r.out, "Verdict: AC");
    run_free(&r);

    run_in(&r, root, env,
           (const char *const[]){"make", "--no-print-directory", "uninstall", "PREFIX=/usr",
                                 destdir, build_var, NULL});
    ck_assert_status(&r, 0);
    run_free(&r);
    for (size_t i = 0; i < LEN(installed); i++) {
        char *path = xasprintf("%s/%s", dest, installed[i]);
        ck_assert_msg(access(path, F_OK) < 0, "make uninstall left %s", installed[i]);
        free(path);
    }
    free(solution);
    free(judge);
    free(build_var);
    free(destdir);
    free(dest);
    free(build);
    free(bin);
}
END_TEST

Suite *make_kattis_suite(void)
{
    Suite *s = suite_create("kattis");

    TCase *units = tcase_create("units");
    tcase_add_unchecked_fixture(units, scratch_setup, scratch_teardown);
    tcase_add_loop_test(units, default_validator_flags_in_checkers, 0, (int)LEN(compare_cases));
    tcase_add_test(units, checker_describe_names_the_settings);
    tcase_add_test(units, fixture_package_loads);
    tcase_add_test(units, own_format_is_not_a_package);
    tcase_add_test(units, default_validator_flags_are_read);
    tcase_add_test(units, format_2023_07_keys_are_read);
    tcase_add_test(units, test_groups_follow_the_folders);
    tcase_add_loop_test(units, bad_package_is_reported, 0, (int)LEN(bad_packages));
    tcase_add_test(units, config_is_read_strictly);
    tcase_add_test(units, color_follows_config_and_no_color);
    tcase_add_test(units, xdg_dirs);
    suite_add_tcase(s, units);

    TCase *packages = tcase_create("packages");
    tcase_add_unchecked_fixture(packages, scratch_setup, scratch_teardown);
    tcase_set_timeout(packages, 60);
    tcase_add_loop_test(packages, fixture_submission_gets_its_folders_verdict, 0,
                        (int)LEN(submissions));
    tcase_add_test(packages, list_and_show_a_package);
    tcase_add_test(packages, validate_runs_the_submissions);
    tcase_add_test(packages, package_round_trip);
    tcase_add_test(packages, own_problem_round_trip);
    tcase_add_test(packages, own_checkers_round_trip);
    tcase_add_test(packages, export_refuses);
    suite_add_tcase(s, packages);

    TCase *polish = tcase_create("polish");
    tcase_add_unchecked_fixture(polish, scratch_setup, scratch_teardown);
    tcase_set_timeout(polish, 60);
    tcase_add_test(polish, man_synopsis_matches_help);
    tcase_add_test(polish, every_command_has_help);
    tcase_add_test(polish, version_names_libraries_and_landlock);
    tcase_add_test(polish, bash_completion);
    tcase_add_test(polish, zsh_completion);
    tcase_add_test(polish, config_file_in_effect);
    tcase_add_test(polish, install_and_uninstall);
    suite_add_tcase(s, polish);
    return s;
}
