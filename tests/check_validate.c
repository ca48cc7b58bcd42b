/* Test data made once: generated inputs and reference outputs through the cache (pipeline
 * level, counting what was made), `judge validate` on small problems written here (every
 * way a check can hold, fail or find a broken problem), `judge show --hints`, and finally
 * `judge validate` over every bundled problem. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "cache.h"
/* check.h has an enum test_result; pipeline.h's struct gets another tag in this file. */
#define test_result pipeline_test_result
#include "pipeline.h"
#undef test_result
#include "suites.h"
#include "util.h"

/* A root laid out like the repository: problems/, solutions/, tests/wrong/. */
static char *root;

static void root_setup(void)
{
    root = make_temp_dir("check-validate");
    ck_assert_ptr_nonnull(root);
}

static void root_teardown(void)
{
    remove_tree(root);
    free(root);
}

static char *at(const char *rel)
{
    return xasprintf("%s/%s", root, rel);
}

/* Writes root/rel, creating its folders. */
static void put(const char *rel, const char *text)
{
    char *path = at(rel);
    for (char *s = strchr(path + strlen(root) + 1, '/'); s; s = strchr(s + 1, '/')) {
        *s = '\0';
        mkdir(path, 0700);
        *s = '/';
    }
    ck_assert_msg(write_file(path, text, strlen(text)) == 0, "%s: %s", path, strerror(errno));
    free(path);
}

/* ---- the "sum" problem: n numbers in, their sum out ---- */

#define SUM_YAML                                                                                   \
    "id: sum\ntitle: Sum\ndifficulty: easy\nstatement: statement.md\n"                             \
    "hints:\n  - Add them up.\n  - Mind the overflow.\n  - Use long long.\n"                       \
    "kind: program\nlimits: {time: 400ms}\n"                                                       \
    "groups:\n"                                                                                    \
    "  - name: samples\n    description: the example of the statement\n    tests:\n"               \
    "      - name: example\n        input: \"2\\n1 2\\n\"\n        output: \"3\"\n"                \
    "  - name: generated\n    points: 100\n    description: random numbers, answers by the "       \
    "reference\n    tests:\n"                                                                      \
    "      - name: gen-small\n        generate: gen.c 10 1\n        expect: reference\n"           \
    "      - name: gen-big\n        generate: gen.c 20000 2\n        expect: reference\n"          \
    "      - name: inline-ref\n        input: \"3\\n5 5 5\\n\"\n        expect: reference\n"

#define SUM_GEN                                                                                    \
    "#include <stdio.h>\n#include <stdlib.h>\n"                                                    \
    "int main(int argc, char **argv) {\n"                                                          \
    "    if (argc != 3) return 2;\n"                                                               \
    "    long n = strtol(argv[1], 0, 10); unsigned long long x = strtoull(argv[2], 0, 10);\n"      \
    "    printf(\"%ld\\n\", n);\n"                                                                 \
    "    for (long i = 0; i < n; i++) {\n"                                                         \
    "        x = x * 6364136223846793005ULL + 1442695040888963407ULL;\n"                           \
    "        printf(\"%d \", (int)(x >> 33) - (1 << 30));\n"                                       \
    "    }\n    printf(\"\\n\");\n    return 0;\n}\n"

#define SUM_REFERENCE                                                                              \
    "#include <stdio.h>\nint main(void) {\n    long n; long long s = 0, v;\n"                      \
    "    if (scanf(\"%ld\", &n) != 1) return 1;\n"                                                 \
    "    while (n-- > 0 && scanf(\"%lld\", &v) == 1) s += v;\n"                                    \
    "    printf(\"%lld\\n\", s);\n    return 0;\n}\n"

#define SUM_WA                                                                                     \
    "/* WA: sums in int, which overflows on the big test */\n"                                     \
    "#include <stdio.h>\nint main(void) {\n    int n, v;\n    unsigned s = 0;\n"                   \
    "    if (scanf(\"%d\", &n) != 1) return 1;\n"                                                  \
    "    while (n-- > 0 && scanf(\"%d\", &v) == 1) s += (unsigned)v;\n"                            \
    "    printf(\"%d\\n\", (int)s);\n    return 0;\n}\n"

#define SUM_TLE                                                                                    \
    "// expected: TLE (spins)\n"                                                                   \
    "int main(void) {\n    volatile unsigned long x = 0;\n    for (;;) x++;\n}\n"

#define SUM_CE "/* CE: a missing semicolon */\nint main(void) { return 0 }\n"

static void write_sum_problem(void)
{
    put("problems/sum/problem.yaml", SUM_YAML);
    put("problems/sum/statement.md", "# Sum\n\nPrint the sum of the numbers.\n");
    put("problems/sum/gen.c", SUM_GEN);
    put("solutions/sum.c", SUM_REFERENCE);
}

static void write_sum_wrong(void)
{
    put("tests/wrong/sum/wa_int.c", SUM_WA);
    put("tests/wrong/sum/tle_spin.c", SUM_TLE);
    put("tests/wrong/sum/ce_syntax.c", SUM_CE);
}

static struct problem *load_sum(void)
{
    char *dir = at("problems/sum"), *errors = NULL;
    struct problem *p = problem_load(dir, &errors);
    ck_assert_msg(p != NULL, "%s", errors);
    free(dir);
    return p;
}

static struct cache *open_test_cache(void)
{
    char *dir = at("cache"), err[256];
    struct cache *c = cache_open(dir, err, sizeof err);
    ck_assert_msg(c != NULL, "%s", err);
    free(dir);
    return c;
}

/* Judges root/rel; returns the verdict and fills *stats. */
static enum verdict judge_file(const struct problem *p, const char *rel, struct cache *c,
                               struct testdata_stats *stats, char **error)
{
    char *path = at(rel);
    char *runtime =
        xasprintf("%s/judge/runtime", getenv("JUDGE_ROOT") ? getenv("JUDGE_ROOT") : ".");
    struct judge_options opt = {.runtime_dir = runtime, .cache = c};
    struct submission_result r;
    ck_assert_int_eq(pipeline_judge(p, path, &opt, &r), 0);
    enum verdict v = r.verdict;
    if (stats)
        *stats = r.stats;
    if (error)
        *error = r.error ? xstrdup(r.error) : NULL;
    submission_result_free(&r);
    free(runtime);
    free(path);
    return v;
}

START_TEST(second_run_makes_nothing)
{
    write_sum_problem();
    struct problem *p = load_sum();
    struct cache *c = open_test_cache();
    struct testdata_stats s;
    ck_assert_int_eq(judge_file(p, "solutions/sum.c", c, &s, NULL), VERDICT_AC);
    ck_assert_int_eq(s.generated, 2);
    ck_assert_int_eq(s.reference_runs, 3);
    ck_assert_int_eq(s.compiled, 2); /* the generator and the reference */
    ck_assert_ptr_null(cache_error(c));
    ck_assert_int_eq(judge_file(p, "solutions/sum.c", c, &s, NULL), VERDICT_AC);
    ck_assert_int_eq(s.generated, 0);
    ck_assert_int_eq(s.reference_runs, 0);
    ck_assert_int_eq(s.compiled, 0);
    ck_assert_int_eq(s.cache_hits, 5); /* two inputs, three outputs */
    cache_close(c);
    problem_free(p);
}
END_TEST

START_TEST(without_cache_everything_is_made)
{
    write_sum_problem();
    struct problem *p = load_sum();
    struct testdata_stats s;
    for (int i = 0; i < 2; i++) {
        ck_assert_int_eq(judge_file(p, "solutions/sum.c", NULL, &s, NULL), VERDICT_AC);
        ck_assert_int_eq(s.generated, 2);
        ck_assert_int_eq(s.reference_runs, 3);
        ck_assert_int_eq(s.cache_hits, 0);
    }
    problem_free(p);
}
END_TEST

/* Flips the first byte of every cache entry (not the .sum files). */
static int damage_cache(const char *dir)
{
    char *cmd = xasprintf("find '%s' -type f ! -name '*.sum' -size +0 | while read f; do "
                          "printf 'Z' | dd of=\"$f\" bs=1 count=1 conv=notrunc 2>/dev/null; "
                          "echo; done | wc -l",
                          dir);
    FILE *f = popen(cmd, "r");
    int n = 0;
    ck_assert_int_eq(fscanf(f, "%d", &n), 1);
    pclose(f);
    free(cmd);
    return n;
}

START_TEST(damaged_cache_is_rebuilt_not_believed)
{
    write_sum_problem();
    put("tests/wrong/sum/wa_int.c", SUM_WA);
    struct problem *p = load_sum();
    struct cache *c = open_test_cache();
    struct testdata_stats s;
    ck_assert_int_eq(judge_file(p, "solutions/sum.c", c, &s, NULL), VERDICT_AC);
    char *dir = at("cache");
    ck_assert_int_ge(damage_cache(dir), 5);
    ck_assert_int_eq(judge_file(p, "tests/wrong/sum/wa_int.c", c, &s, NULL), VERDICT_WA);
    ck_assert_int_eq(judge_file(p, "solutions/sum.c", c, &s, NULL), VERDICT_AC);
    ck_assert_int_eq(s.cache_hits, 5);
    ck_assert_int_eq(damage_cache(dir), 7); /* + the generator and reference binaries */
    ck_assert_int_eq(judge_file(p, "solutions/sum.c", c, &s, NULL), VERDICT_AC);
    ck_assert_int_eq(s.generated, 2);
    ck_assert_int_eq(s.reference_runs, 3);
    ck_assert_int_eq(s.compiled, 2);
    free(dir);
    cache_close(c);
    problem_free(p);
}
END_TEST

START_TEST(reference_output_catches_a_wrong_answer)
{
    write_sum_problem();
    put("tests/wrong/sum/wa_int.c", SUM_WA);
    struct problem *p = load_sum();
    ck_assert_int_eq(judge_file(p, "tests/wrong/sum/wa_int.c", NULL, NULL, NULL), VERDICT_WA);
    problem_free(p);
}
END_TEST

START_TEST(failing_reference_is_an_internal_error_naming_the_test)
{
    write_sum_problem();
    put("solutions/sum.c", "#include <stdio.h>\n#include <stdlib.h>\nint main(void) {\n"
                           "    long n; long long s = 0, v;\n"
                           "    if (scanf(\"%ld\", &n) != 1 || n == 3) abort();\n"
                           "    while (n-- > 0 && scanf(\"%lld\", &v) == 1) s += v;\n"
                           "    printf(\"%lld\\n\", s);\n    return 0;\n}\n");
    put("ok.c", SUM_REFERENCE);
    struct problem *p = load_sum();
    char *error = NULL;
    ck_assert_int_eq(judge_file(p, "ok.c", NULL, NULL, &error), VERDICT_IE);
    ck_assert_msg(error && strstr(error, "test 'inline-ref': the reference solution failed") &&
                      strstr(error, "SIGABRT"),
                  "%s", error);
    free(error);
    problem_free(p);
}
END_TEST

START_TEST(reference_that_does_not_compile_is_an_internal_error)
{
    write_sum_problem();
    put("solutions/sum.c", "int main(void) { return 0 }\n");
    put("ok.c", SUM_REFERENCE);
    struct problem *p = load_sum();
    char *error = NULL;
    ck_assert_int_eq(judge_file(p, "ok.c", NULL, NULL, &error), VERDICT_IE);
    ck_assert_msg(error && strstr(error, "test '") && strstr(error, "the reference solution") &&
                      strstr(error, "does not compile"),
                  "%s", error);
    free(error);
    problem_free(p);
}
END_TEST

/* A function problem: the reference's output is the harness's judge channel. */
START_TEST(function_reference_output_comes_from_the_channel)
{
    put("problems/add/problem.yaml",
        "id: add\ntitle: Add\ndifficulty: easy\nstatement: statement.md\nkind: function\n"
        "function:\n  signature: \"int add(int a, int b);\"\n  harness: harness.c\n"
        "reference: ../../ref/add.c\n"
        "groups:\n  - name: g\n    tests:\n      - name: t\n        input: \"2 3\"\n"
        "        expect: reference\n");
    put("problems/add/statement.md", "# Add\n");
    put("problems/add/harness.c",
        "#include \"leetcode.h\"\n#include \"judge_harness.h\"\nint add(int a, int b);\n"
        "int main(void) {\n    int a = judge_read_int(), b = judge_read_int();\n"
        "    printf(\"debugging noise\\n\");\n"
        "    fprintf(judge_out(), \"%d\\n\", add(a, b));\n    return 0;\n}\n");
    put("ref/add.c", "int add(int a, int b) { printf(\"noise\\n\"); return a + b; }\n");
    put("right.c", "int add(int a, int b) { return b + a; }\n");
    put("wrong.c", "int add(int a, int b) { return a - b; }\n");
    char *dir = at("problems/add"), *errors = NULL;
    struct problem *p = problem_load(dir, &errors);
    ck_assert_msg(p != NULL, "%s", errors);
    ck_assert_int_eq(judge_file(p, "right.c", NULL, NULL, NULL), VERDICT_AC);
    ck_assert_int_eq(judge_file(p, "wrong.c", NULL, NULL, NULL), VERDICT_WA);
    problem_free(p);
    free(dir);
}
END_TEST

START_TEST(stop_at_first_failure_stops)
{
    write_sum_problem();
    put("tests/wrong/sum/tle_spin.c", SUM_TLE);
    struct problem *p = load_sum();
    char *path = at("tests/wrong/sum/tle_spin.c");
    struct judge_options opt = {.stop_at_first_failure = true};
    struct submission_result r;
    ck_assert_int_eq(pipeline_judge(p, path, &opt, &r), 0);
    ck_assert_int_eq(r.verdict, VERDICT_TLE);
    ck_assert_int_eq(r.ntests, 1);
    submission_result_free(&r);
    free(path);
    problem_free(p);
}
END_TEST

/* ---- the command line ---- */

struct cli_run {
    int status;
    char *out, *err;
};

/* Runs $JUDGE_BIN --problems DIR ARGS with JUDGE_CACHE=cache (unset: NULL), where DIR is
 * problems_dir or else root/problems. */
static struct cli_run judge_cli_in(const char *problems_dir, const char *cache,
                                   const char *const *args)
{
    const char *bin = getenv("JUDGE_BIN");
    ck_assert_msg(bin && *bin, "JUDGE_BIN is not set (run the tests through `make check`)");
    char *out_path = at("cli.out"), *err_path = at("cli.err");
    char *problems = problems_dir ? xstrdup(problems_dir) : at("problems");
    const char *argv[32] = {bin, "--problems", problems};
    size_t n = 3;
    for (size_t i = 0; args[i] && n < 31; i++)
        argv[n++] = args[i];
    argv[n] = NULL;
    fflush(NULL);
    pid_t pid = fork();
    ck_assert_int_ge(pid, 0);
    if (pid == 0) {
        int out = open(out_path, O_WRONLY | O_CREAT | O_TRUNC, 0600);
        int err = open(err_path, O_WRONLY | O_CREAT | O_TRUNC, 0600);
        if (out < 0 || err < 0 || dup2(out, 1) < 0 || dup2(err, 2) < 0)
            _exit(126);
        setenv("NO_COLOR", "1", 1);
        if (cache)
            setenv("JUDGE_CACHE", cache, 1);
        else
            unsetenv("JUDGE_CACHE");
        execv(bin, (char *const *)argv);
        _exit(127);
    }
    int status;
    ck_assert_int_eq(waitpid(pid, &status, 0), pid);
    struct cli_run r = {.status = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status)};
    r.out = read_file(out_path, 1 << 20, NULL, NULL);
    r.err = read_file(err_path, 1 << 20, NULL, NULL);
    ck_assert_ptr_nonnull(r.out);
    ck_assert_ptr_nonnull(r.err);
    free(out_path), free(err_path), free(problems);
    return r;
}

static struct cli_run judge_cli(const char *cache, const char *const *args)
{
    return judge_cli_in(NULL, cache, args);
}

static void cli_free(struct cli_run *r)
{
    free(r->out);
    free(r->err);
}

/* The end of a long text, short enough for a Check message. */
static const char *tail(const char *s)
{
    size_t n = strlen(s);
    return n > 3000 ? s + n - 3000 : s;
}

static size_t count_lines(const char *s)
{
    size_t n = 0;
    for (; *s; s++)
        n += *s == '\n';
    return n;
}

START_TEST(unusable_cache_warns_once_and_judges_anyway)
{
    write_sum_problem();
    put("blocker", "a file where the cache folder should be\n");
    char *cache = at("blocker/cache"), *sol = at("solutions/sum.c");
    struct cli_run r = judge_cli(cache, (const char *[]){"test", "sum", sol, NULL});
    ck_assert_msg(r.status == 0, "status %d\n%s%s", r.status, tail(r.out), tail(r.err));
    ck_assert_msg(count_lines(r.err) == 1 && strstr(r.err, "warning") &&
                      strstr(r.err, "running without a cache") && strstr(r.err, cache),
                  "stderr: %s", r.err);
    cli_free(&r);
    free(cache), free(sol);
}
END_TEST

START_TEST(test_fills_the_cache_folder)
{
    write_sum_problem();
    char *cache = at("cache"), *sol = at("solutions/sum.c"), *v1 = at("cache/v1");
    struct cli_run r = judge_cli(cache, (const char *[]){"test", "sum", sol, NULL});
    ck_assert_msg(r.status == 0, "status %d\n%s%s", r.status, tail(r.out), tail(r.err));
    ck_assert_str_eq(r.err, "");
    ck_assert(path_is_dir(v1));
    cli_free(&r);
    r = judge_cli(cache, (const char *[]){"test", "sum", sol, "--no-cache", NULL});
    ck_assert_int_eq(r.status, 0);
    cli_free(&r);
    free(cache), free(sol), free(v1);
}
END_TEST

START_TEST(show_counts_hints_and_prints_them_on_request)
{
    write_sum_problem();
    struct cli_run r = judge_cli(NULL, (const char *[]){"show", "sum", NULL});
    ck_assert_int_eq(r.status, 0);
    ck_assert_msg(strstr(r.out, "3 hints: judge show sum --hints"), "%s", tail(r.out));
    ck_assert_msg(!strstr(r.out, "Add them up"), "hints shown without --hints:\n%s", r.out);
    ck_assert_msg(strstr(r.out, "random numbers, answers by the reference"), "%s", tail(r.out));
    ck_assert_msg(strstr(r.out, "the example of the statement"), "%s", tail(r.out));
    ck_assert_msg(strstr(r.out, "what the reference solution prints") == NULL, "%s", tail(r.out));
    cli_free(&r);
    r = judge_cli(NULL, (const char *[]){"show", "sum", "--hints", NULL});
    ck_assert_int_eq(r.status, 0);
    const char *h1 = strstr(r.out, "Hint 1 (nudge): Add them up.");
    const char *h2 = strstr(r.out, "Hint 2 (closer): Mind the overflow.");
    const char *h3 = strstr(r.out, "Hint 3 (approach): Use long long.");
    ck_assert_msg(h1 && h2 && h3 && h1 < h2 && h2 < h3, "%s", tail(r.out));
    cli_free(&r);
}
END_TEST

/* The table row of name: "name EXPECTED GOT RESULT ...", with single spaces. */
static char *row_of(const char *out, const char *name)
{
    for (const char *line = out; *line;) {
        size_t len = strcspn(line, "\n");
        const char *p = line + strspn(line, " ");
        if (strncmp(p, name, strlen(name)) == 0 && p[strlen(name)] == ' ') {
            struct strbuf sb = {0};
            for (const char *c = p; c < line + len; c++)
                if (*c != ' ' || (sb.len && sb.data[sb.len - 1] != ' '))
                    sb_append(&sb, c, 1);
            return sb_take(&sb);
        }
        line += len + (line[len] == '\n');
    }
    return xstrdup("(no row)");
}

static void assert_row(const char *out, const char *name, const char *want)
{
    char *row = row_of(out, name);
    ck_assert_msg(strncmp(row, want, strlen(want)) == 0, "row %s: wanted '%s', got '%s'\n%s", name,
                  want, row, out);
    free(row);
}

START_TEST(validate_passes_a_good_problem)
{
    write_sum_problem();
    write_sum_wrong();
    char *cache = at("cache");
    struct cli_run r = judge_cli(cache, (const char *[]){"validate", NULL});
    ck_assert_msg(r.status == 0, "status %d\n%s%s", r.status, tail(r.out), tail(r.err));
    assert_row(r.out, "sum", "sum AC AC ok worst ");
    ck_assert_msg(strstr(r.out, "headroom") || strstr(r.out, "worst 0ms"), "%s", tail(r.out));
    assert_row(r.out, "wa_int.c", "wa_int.c WA WA ok test gen-");
    assert_row(r.out, "tle_spin.c", "tle_spin.c TLE TLE ok test example:");
    assert_row(r.out, "ce_syntax.c", "ce_syntax.c CE CE ok");
    ck_assert_msg(strstr(r.out, "1 problem, 3 wrong solutions: every check holds"), "%s",
                  tail(r.out));
    cli_free(&r);
    r = judge_cli(cache, (const char *[]){"validate", "sum", "--json", NULL});
    ck_assert_int_eq(r.status, 0);
    ck_assert_msg(strstr(r.out, "\"problem\": \"sum\"") && strstr(r.out, "\"worst_test\": ") &&
                      strstr(r.out, "\"expected\": \"TLE\"") &&
                      strstr(r.out, "\n  \"ok\": true\n}"),
                  "%s", tail(r.out));
    cli_free(&r);
    free(cache);
}
END_TEST

START_TEST(validate_fails_a_mislabelled_wrong_solution)
{
    write_sum_problem();
    put("tests/wrong/sum/tle_not_really.c",
        "/* TLE: claims to be slow but is right */\n" SUM_REFERENCE);
    put("tests/wrong/sum/unlabelled.c", "/* a wrong solution that forgot its label */\n" SUM_WA);
    struct cli_run r = judge_cli(NULL, (const char *[]){"validate", NULL});
    ck_assert_msg(r.status == 1, "status %d\n%s%s", r.status, tail(r.out), tail(r.err));
    assert_row(r.out, "sum", "sum AC AC ok");
    assert_row(r.out, "tle_not_really.c", "tle_not_really.c TLE AC FAIL");
    assert_row(r.out, "unlabelled.c", "unlabelled.c ? - FAIL its first line names no verdict");
    ck_assert_msg(strstr(r.out, "some checks fail"), "%s", tail(r.out));
    cli_free(&r);
}
END_TEST

START_TEST(validate_fails_a_slow_reference)
{
    write_sum_problem();
    /* About 200ms of CPU against a 400ms limit: 2x headroom, not 5x. */
    put("solutions/sum.c", "#include <stdio.h>\n#include <time.h>\nint main(void) {\n"
                           "    long n; long long s = 0, v;\n"
                           "    if (scanf(\"%ld\", &n) != 1) return 1;\n"
                           "    while (n-- > 0 && scanf(\"%lld\", &v) == 1) s += v;\n"
                           "    while (clock() < CLOCKS_PER_SEC / 5) ;\n"
                           "    printf(\"%lld\\n\", s);\n    return 0;\n}\n");
    struct cli_run r = judge_cli(NULL, (const char *[]){"validate", "sum", NULL});
    ck_assert_msg(r.status == 1, "status %d\n%s%s", r.status, tail(r.out), tail(r.err));
    assert_row(r.out, "sum", "sum AC AC FAIL reference too slow:");
    ck_assert_msg(strstr(r.out, "of 400ms on ") && strstr(r.out, "needs 5x"), "%s", tail(r.out));
    cli_free(&r);
}
END_TEST

START_TEST(validate_reports_a_missing_reference)
{
    write_sum_problem();
    char *sol = at("solutions/sum.c");
    unlink(sol);
    /* The loader itself refuses expect: reference without a reference: broken. */
    struct cli_run r = judge_cli(NULL, (const char *[]){"validate", "sum", NULL});
    ck_assert_msg(r.status == 2, "status %d\n%s%s", r.status, tail(r.out), tail(r.err));
    assert_row(r.out, "sum", "sum - - BROKEN");
    ck_assert_msg(strstr(r.err, "problem.yaml:") && strstr(r.err, "needs a reference solution"),
                  "%s", r.err);
    cli_free(&r);
    /* Without expect: reference it loads; the check fails and the generators still run. */
    put("problems/sum/problem.yaml",
        "id: sum\ntitle: Sum\ndifficulty: easy\nstatement: statement.md\nkind: program\n"
        "groups:\n  - name: g\n    tests:\n      - name: a\n        generate: gen.c 1\n"
        "        output: \"0\"\n");
    r = judge_cli(NULL, (const char *[]){"validate", "sum", NULL});
    ck_assert_msg(r.status == 2, "status %d\n%s%s", r.status, tail(r.out), tail(r.err));
    assert_row(r.out, "sum", "sum AC - BROKEN test 'a': generator 'gen.c 1' failed");
    cli_free(&r);
    put("problems/sum/problem.yaml",
        "id: sum\ntitle: Sum\ndifficulty: easy\nstatement: statement.md\nkind: program\n"
        "groups:\n  - name: g\n    tests:\n      - name: a\n        generate: gen.c 1 2\n"
        "        output: \"0\"\n");
    r = judge_cli(NULL, (const char *[]){"validate", "sum", NULL});
    ck_assert_msg(r.status == 1, "status %d\n%s%s", r.status, tail(r.out), tail(r.err));
    assert_row(r.out, "sum", "sum AC - FAIL no reference solution");
    cli_free(&r);
    free(sol);
}
END_TEST

START_TEST(validate_reports_broken_problems)
{
    write_sum_problem();
    put("problems/bad/problem.yaml", "id: bad\ntitle: [unclosed\n");
    struct cli_run r = judge_cli(NULL, (const char *[]){"validate", NULL});
    ck_assert_msg(r.status == 2, "status %d\n%s%s", r.status, tail(r.out), tail(r.err));
    assert_row(r.out, "bad", "bad - - BROKEN");
    assert_row(r.out, "sum", "sum AC AC ok");
    ck_assert_msg(strstr(r.err, "bad/problem.yaml:"), "%s", r.err);
    cli_free(&r);
    r = judge_cli(NULL, (const char *[]){"validate", "nosuch", NULL});
    ck_assert_int_eq(r.status, 2);
    assert_row(r.out, "nosuch", "nosuch - - BROKEN unknown problem");
    cli_free(&r);
}
END_TEST

START_TEST(bundled_problems_validate)
{
    const char *top = getenv("JUDGE_ROOT");
    ck_assert_msg(top && *top, "JUDGE_ROOT is not set (run the tests through `make check`)");
    /* The problems of the repository, not the scratch root's. */
    char *problems = xasprintf("%s/problems", top);
    char *cache = at("cache");
    struct cli_run r = judge_cli_in(problems, cache, (const char *[]){"validate", NULL});
    ck_assert_msg(r.status == 0, "judge validate exited %d\n%s\n%s", r.status, tail(r.out),
                  tail(r.err));
    cli_free(&r);
    free(problems), free(cache);
}
END_TEST

Suite *make_validate_suite(void)
{
    Suite *s = suite_create("validate");
    TCase *data = tcase_create("testdata");
    tcase_add_checked_fixture(data, root_setup, root_teardown);
    tcase_set_timeout(data, 120);
    tcase_add_test(data, second_run_makes_nothing);
    tcase_add_test(data, without_cache_everything_is_made);
    tcase_add_test(data, damaged_cache_is_rebuilt_not_believed);
    tcase_add_test(data, reference_output_catches_a_wrong_answer);
    tcase_add_test(data, failing_reference_is_an_internal_error_naming_the_test);
    tcase_add_test(data, reference_that_does_not_compile_is_an_internal_error);
    tcase_add_test(data, function_reference_output_comes_from_the_channel);
    tcase_add_test(data, stop_at_first_failure_stops);
    suite_add_tcase(s, data);

    TCase *cli = tcase_create("cli");
    tcase_add_checked_fixture(cli, root_setup, root_teardown);
    tcase_set_timeout(cli, 120);
    tcase_add_test(cli, unusable_cache_warns_once_and_judges_anyway);
    tcase_add_test(cli, test_fills_the_cache_folder);
    tcase_add_test(cli, show_counts_hints_and_prints_them_on_request);
    tcase_add_test(cli, validate_passes_a_good_problem);
    tcase_add_test(cli, validate_fails_a_mislabelled_wrong_solution);
    tcase_add_test(cli, validate_fails_a_slow_reference);
    tcase_add_test(cli, validate_reports_a_missing_reference);
    tcase_add_test(cli, validate_reports_broken_problems);
    suite_add_tcase(s, cli);

    TCase *bundled = tcase_create("bundled");
    tcase_add_checked_fixture(bundled, root_setup, root_teardown);
    tcase_set_timeout(bundled, 900);
    tcase_add_test(bundled, bundled_problems_validate);
    suite_add_tcase(s, bundled);
    return s;
}
