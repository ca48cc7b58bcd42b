/* Integration tests of `judge grade` and `judge merge` ($JUDGE_BIN) on a small class built
 * here from solutions/ and tests/wrong/ (three fast problems): the verdict matrix, every
 * report format (JSON parsed with jansson, JUnit validated by xmllint against
 * tests/junit.xsd, TAP 14, Gradescope's fields, the HTML page in headless Chromium),
 * unknown files, --only, --shard + merge == one run, --fail-under, hidden tests, the
 * result cache, and --resume after a Ctrl-C with no process and no half report left. Each
 * TCase gets its own folder with its own JUDGE_CACHE and TMPDIR. */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <jansson.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "grade.h"
#include "grade_json.h"
#include "grade_layout.h"
#include "markup.h"
#include "suites.h"
#include "util.h"

#define RUN_TIMEOUT_MS 120000

/* The TCase's folder: class/, cache/, tmp/ and the reports. */
static char *base;

static char *at(const char *rel)
{
    return xasprintf("%s/%s", base, rel);
}

static char *repo(const char *rel)
{
    const char *root = getenv("JUDGE_ROOT");
    ck_assert_msg(root && *root, "JUDGE_ROOT is not set (run the tests through `make check`)");
    return xasprintf("%s/%s", root, rel);
}

/* Copies repository file src to base/dest, creating dest's folder. */
static void put_copy(const char *dest, const char *src)
{
    char *from = repo(src), *to = at(dest);
    size_t len = 0;
    char *data = read_file(from, 1 << 20, &len, NULL);
    ck_assert_msg(data != NULL, "cannot read %s: %s", from, strerror(errno));
    char *slash = strrchr(to, '/');
    *slash = '\0';
    mkdir(to, 0700);
    *slash = '/';
    ck_assert_msg(write_file(to, data, len) == 0, "cannot write %s", to);
    free(data);
    free(from);
    free(to);
}

static void put_text(const char *dest, const char *text)
{
    char *to = at(dest);
    ck_assert(write_file(to, text, strlen(text)) == 0);
    free(to);
}

static void make_base(void)
{
    base = make_temp_dir("check-grade");
    ck_assert_ptr_nonnull(base);
    const char *dirs[] = {"class", "cache", "tmp", "out"};
    for (size_t i = 0; i < ARRAY_LEN(dirs); i++) {
        char *d = at(dirs[i]);
        ck_assert_int_eq(mkdir(d, 0700), 0);
        free(d);
    }
}

/* alice: every reference; bob: three wrong answers; carol: flat files, one identical to
 * alice's and one failing only hidden tests; dave: a reference (identical to alice's), a
 * note and a misspelled problem; and a README at the top. */
static void class_setup(void)
{
    make_base();
    put_copy("class/alice/zero-sum-pair.c", "solutions/zero-sum-pair.c");
    put_copy("class/alice/max-subarray.c", "solutions/max-subarray.c");
    put_copy("class/alice/missing-number.c", "solutions/missing-number.c");
    put_copy("class/bob/zero-sum-pair.c", "tests/wrong/zero-sum-pair/wa_single_zero.c");
    put_copy("class/bob/max-subarray.c", "tests/wrong/max-subarray/zero-init.c");
    put_copy("class/bob/missing-number.c", "tests/wrong/missing-number/xor-off-by-one.c");
    put_copy("class/carol-max-subarray.c", "solutions/max-subarray.c");
    put_copy("class/carol-missing-number.c", "tests/wrong/missing-number/gauss-int-overflow.c");
    put_copy("class/dave/missing-number.c", "solutions/missing-number.c");
    put_text("class/dave/notes.txt", "todo\n");
    put_copy("class/dave/zero-sum-par.c", "solutions/zero-sum-pair.c");
    put_text("class/README.md", "# the class\n");
}

static void base_teardown(void)
{
    remove_tree(base);
    free(base);
    base = NULL;
}

/* ---- running the judge ---- */

struct run {
    pid_t pid;
    int status; /* exit status, or 128 + signal */
    char *out, *err;
    char *out_path, *err_path;
};

static void start(struct run *r, const char *const *args)
{
    static int serial;
    *r = (struct run){0};
    r->out_path = xasprintf("%s/run-%d.out", base, ++serial);
    r->err_path = xasprintf("%s/run-%d.err", base, serial);
    const char *bin = getenv("JUDGE_BIN");
    ck_assert_msg(bin && *bin, "JUDGE_BIN is not set (run the tests through `make check`)");
    char *problems = repo("problems"), *cache = at("cache"), *tmp = at("tmp");
    const char *argv[40] = {bin, "--problems", problems};
    size_t n = 3;
    for (size_t i = 0; args[i]; i++) {
        ck_assert(n < ARRAY_LEN(argv) - 1);
        argv[n++] = args[i];
    }
    fflush(NULL);
    r->pid = fork();
    ck_assert_int_ge(r->pid, 0);
    if (r->pid == 0) {
        int in = open("/dev/null", O_RDONLY);
        int out = open(r->out_path, O_WRONLY | O_CREAT | O_TRUNC, 0600);
        int err = open(r->err_path, O_WRONLY | O_CREAT | O_TRUNC, 0600);
        if (in < 0 || out < 0 || err < 0 || dup2(in, 0) < 0 || dup2(out, 1) < 0 || dup2(err, 2) < 0)
            _exit(126);
        if (chdir(base) < 0)
            _exit(126);
        setenv("NO_COLOR", "1", 1);
        setenv("JUDGE_CACHE", cache, 1);
        setenv("TMPDIR", tmp, 1);
        execv(bin, (char *const *)argv);
        _exit(127);
    }
    free(problems);
    free(cache);
    free(tmp);
}

static bool finish(struct run *r, long timeout_ms)
{
    long long deadline = now_ms() + timeout_ms;
    int status;
    for (;;) {
        pid_t got = waitpid(r->pid, &status, WNOHANG);
        if (got == r->pid)
            break;
        if (now_ms() > deadline) {
            kill(r->pid, SIGKILL);
            waitpid(r->pid, &status, 0);
            return false;
        }
        usleep(20000);
    }
    r->status = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    r->out = read_file(r->out_path, 64 << 20, NULL, NULL);
    r->err = read_file(r->err_path, 64 << 20, NULL, NULL);
    ck_assert(r->out && r->err);
    return true;
}

static void judge(struct run *r, const char *const *args)
{
    start(r, args);
    ck_assert_msg(finish(r, RUN_TIMEOUT_MS), "judge did not finish in %d s",
                  RUN_TIMEOUT_MS / 1000);
}

static void run_free(struct run *r)
{
    free(r->out);
    free(r->err);
    free(r->out_path);
    free(r->err_path);
}

#define ck_assert_status(r, want)                                                                  \
    ck_assert_msg((r)->status == (want), "exit status %d, want %d; stderr:\n%.3000s\nstdout:\n"    \
                                         "%.3000s",                                                \
                  (r)->status, (want), (r)->err, (r)->out)

#define ck_assert_has(text, needle)                                                                \
    ck_assert_msg(strstr((text), (needle)) != NULL, "'%s' not found in:\n%.3000s", (needle), (text))

/* Runs a helper program; returns its exit status (127: not found), its output in *out. */
static int run_tool(const char *const *argv, char **out)
{
    char *path = at("tool.out");
    fflush(NULL);
    pid_t pid = fork();
    ck_assert_int_ge(pid, 0);
    if (pid == 0) {
        int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0600);
        int in = open("/dev/null", O_RDONLY);
        if (fd < 0 || in < 0 || dup2(in, 0) < 0 || dup2(fd, 1) < 0 || dup2(fd, 2) < 0)
            _exit(126);
        execvp(argv[0], (char *const *)argv);
        _exit(127);
    }
    int status;
    ck_assert_int_eq(waitpid(pid, &status, 0), pid);
    if (out)
        *out = read_file(path, 1 << 20, NULL, NULL);
    free(path);
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

/* ---- reading the JSON report ---- */

static json_t *load_json(const char *rel)
{
    char *path = at(rel);
    json_error_t e;
    json_t *j = json_load_file(path, 0, &e);
    ck_assert_msg(j != NULL, "%s is not JSON: %s (line %d)", path, e.text, e.line);
    free(path);
    return j;
}

static json_t *result_of(json_t *report, const char *student, const char *problem)
{
    size_t i;
    json_t *c;
    json_array_foreach(json_object_get(report, "results"), i, c)
    {
        if (strcmp(json_string_value(json_object_get(c, "student")), student) == 0 &&
            strcmp(json_string_value(json_object_get(c, "problem")), problem) == 0)
            return c;
    }
    return NULL;
}

static const char *str_of(json_t *obj, const char *key)
{
    json_t *v = json_object_get(obj, key);
    ck_assert_msg(json_is_string(v), "\"%s\" is not a string", key);
    return json_string_value(v);
}

static long long int_of(json_t *obj, const char *key)
{
    json_t *v = json_object_get(obj, key);
    ck_assert_msg(json_is_integer(v), "\"%s\" is not an integer", key);
    return json_integer_value(v);
}

struct expected_cell {
    const char *student, *problem, *verdict;
    int score; /* -1: do not check */
    const char *file;
};

static const struct expected_cell matrix[] = {
    {"alice", "max-subarray", "AC", 100, "alice/max-subarray.c"},
    {"alice", "missing-number", "AC", 100, "alice/missing-number.c"},
    {"alice", "zero-sum-pair", "AC", 100, "alice/zero-sum-pair.c"},
    {"bob", "max-subarray", "WA", -1, "bob/max-subarray.c"},
    {"bob", "missing-number", "WA", -1, "bob/missing-number.c"},
    {"bob", "zero-sum-pair", "WA", 10, "bob/zero-sum-pair.c"},
    {"carol", "max-subarray", "AC", 100, "carol-max-subarray.c"},
    {"carol", "missing-number", "WA", -1, "carol-missing-number.c"},
    {"dave", "missing-number", "AC", 100, "dave/missing-number.c"},
};

static void assert_matrix(json_t *report)
{
    json_t *results = json_object_get(report, "results");
    ck_assert_int_eq(json_array_size(results), ARRAY_LEN(matrix));
    for (size_t i = 0; i < ARRAY_LEN(matrix); i++) {
        const struct expected_cell *e = &matrix[i];
        json_t *c = result_of(report, e->student, e->problem);
        ck_assert_msg(c != NULL, "no result for %s/%s", e->student, e->problem);
        ck_assert_msg(strcmp(str_of(c, "verdict"), e->verdict) == 0, "%s/%s: %s, want %s",
                      e->student, e->problem, str_of(c, "verdict"), e->verdict);
        if (e->score >= 0)
            ck_assert_int_eq(int_of(c, "score"), e->score);
        ck_assert_str_eq(str_of(c, "file"), e->file);
    }
    ck_assert_ptr_null(result_of(report, "dave", "zero-sum-pair"));
    json_t *students = json_object_get(report, "students");
    ck_assert_int_eq(json_array_size(students), 4);
    json_t *first = json_array_get(students, 0);
    ck_assert_str_eq(str_of(first, "name"), "alice");
    ck_assert_int_eq(int_of(first, "rank"), 1);
    ck_assert_int_eq(int_of(first, "score"), 300);
}

/* The keys of a grade test object are exactly those of `judge test --json`. */
static void assert_same_test_keys(json_t *report)
{
    char *file = repo("tests/wrong/zero-sum-pair/wa_single_zero.c");
    struct run r;
    judge(&r, (const char *const[]){"test", "zero-sum-pair", file, "--json", NULL});
    ck_assert_status(&r, 1);
    json_error_t e;
    json_t *single = json_loads(r.out, 0, &e);
    ck_assert_ptr_nonnull(single);
    json_t *want = json_array_get(json_object_get(single, "tests"), 0);
    json_t *got =
        json_array_get(json_object_get(result_of(report, "bob", "zero-sum-pair"), "tests"), 0);
    ck_assert(want && got);
    ck_assert_int_eq(json_object_size(want), json_object_size(got));
    const char *key;
    json_t *v;
    json_object_foreach(want, key, v)
    {
        ck_assert_msg(json_object_get(got, key) != NULL, "grade test objects lack \"%s\"", key);
    }
    json_decref(single);
    run_free(&r);
    free(file);
}

static const char *const all_reports[] = {
    "grade",          "class",    "--jobs",         "2",         "--json", "out/grade.json",
    "--junit",        "out/grade.xml", "--markdown", "out/grade.md", "--html", "out/grade.html",
    "--tap",          "out/grade.tap", "--gradescope", "out/gs-{student}.json", NULL};

START_TEST(grades_the_class_into_every_report)
{
    struct run r;
    judge(&r, all_reports);
    ck_assert_status(&r, 0);
    ck_assert_has(r.out, "STUDENT");
    ck_assert_has(r.out, "RANK");
    ck_assert_has(r.out, "dave/notes.txt");
    ck_assert_has(r.err, "[9/9]");
    json_t *report = load_json("out/grade.json");
    assert_matrix(report);
    json_t *run = json_object_get(report, "run");
    ck_assert_int_eq(int_of(run, "duplicates"), 2);
    ck_assert_int_eq(int_of(run, "judged"), 7);
    json_t *unknown = json_object_get(report, "unknown_files");
    ck_assert_int_eq(json_array_size(unknown), 3);
    const char *paths[] = {"README.md", "dave/notes.txt", "dave/zero-sum-par.c"};
    for (size_t i = 0; i < 3; i++)
        ck_assert_str_eq(str_of(json_array_get(unknown, i), "path"), paths[i]);
    ck_assert_has(str_of(json_array_get(unknown, 2), "reason"), "did you mean 'zero-sum-pair'");
    assert_same_test_keys(report);
    json_decref(report);

    /* Again: everything from the result cache. */
    run_free(&r);
    judge(&r, (const char *const[]){"grade", "class", "--json", "out/again.json", NULL});
    ck_assert_status(&r, 0);
    report = load_json("out/again.json");
    assert_matrix(report);
    run = json_object_get(report, "run");
    ck_assert_int_eq(int_of(run, "judged"), 0);
    ck_assert_int_eq(int_of(run, "from_cache"), 9);
    json_decref(report);
    run_free(&r);
}
END_TEST

START_TEST(junit_validates_against_the_schema)
{
    char *xml = at("out/grade.xml"), *xsd = repo("tests/junit.xsd"), *log = NULL;
    int rc = run_tool((const char *const[]){"xmllint", "--noout", "--schema", xsd, xml, NULL}, &log);
    if (rc == 127) {
        printf("note: xmllint not found; skipping the JUnit schema check\n");
    } else {
        ck_assert_msg(rc == 0, "xmllint rejects the JUnit report:\n%s", log);
        char *text = read_file(xml, 1 << 24, NULL, NULL);
        ck_assert_has(text, "<testsuite name=\"bob\" tests=\"3\" failures=\"3\"");
        ck_assert_has(text, "<skipped message=\"not submitted\"/>");
        ck_assert_has(text, "type=\"WA\"");
        free(text);
    }
    free(log);
    free(xml);
    free(xsd);
}
END_TEST

START_TEST(tap_is_version_14_with_a_plan_per_student)
{
    char *path = at("out/grade.tap");
    char *tap = read_file(path, 1 << 24, NULL, NULL);
    ck_assert_ptr_nonnull(tap);
    ck_assert_msg(strncmp(tap, "TAP version 14\n1..4\n", 20) == 0, "bad TAP header:\n%.200s", tap);
    int top = 0, plans = 0, subtests = 0;
    for (char *line = tap; line && *line; line = strchr(line, '\n') ? strchr(line, '\n') + 1 : NULL) {
        top += strncmp(line, "ok ", 3) == 0 || strncmp(line, "not ok ", 7) == 0;
        plans += strncmp(line, "    1..", 7) == 0;
        subtests += strncmp(line, "# Subtest: ", 11) == 0;
    }
    ck_assert_int_eq(top, 4);
    ck_assert_int_eq(plans, 4);
    ck_assert_int_eq(subtests, 4);
    ck_assert_has(tap, "ok 1 - alice: 300/300");
    ck_assert_has(tap, "not ok 2 - bob");
    ck_assert_has(tap, "# SKIP not submitted");
    ck_assert_has(tap, "      ---\n      verdict: \"WA\"");
    free(tap);
    free(path);
}
END_TEST

START_TEST(gradescope_has_its_fields)
{
    const char *students[] = {"alice", "bob", "carol", "dave"};
    for (size_t s = 0; s < ARRAY_LEN(students); s++) {
        char *rel = xasprintf("out/gs-%s.json", students[s]);
        json_t *g = load_json(rel);
        ck_assert(json_is_number(json_object_get(g, "score")));
        ck_assert(json_is_number(json_object_get(g, "execution_time")));
        ck_assert(json_is_string(json_object_get(g, "output")));
        ck_assert_str_eq(str_of(g, "visibility"), "visible");
        json_t *tests = json_object_get(g, "tests");
        ck_assert_int_eq(json_array_size(tests), 3);
        size_t i;
        json_t *t;
        json_array_foreach(tests, i, t)
        {
            const char *keys[] = {"name", "number", "output", "status", "visibility"};
            for (size_t k = 0; k < ARRAY_LEN(keys); k++)
                ck_assert_msg(json_is_string(json_object_get(t, keys[k])), "%s: test %zu: %s",
                              rel, i, keys[k]);
            ck_assert(json_is_number(json_object_get(t, "score")));
            ck_assert(json_is_number(json_object_get(t, "max_score")));
            const char *status = str_of(t, "status");
            ck_assert(strcmp(status, "passed") == 0 || strcmp(status, "failed") == 0);
        }
        json_t *board = json_object_get(g, "leaderboard");
        ck_assert(json_array_size(board) > 0);
        ck_assert(json_is_string(json_object_get(json_array_get(board, 0), "name")));
        ck_assert(json_is_number(json_object_get(json_array_get(board, 0), "value")));
        if (strcmp(students[s], "alice") == 0)
            ck_assert_int_eq(int_of(g, "score"), 300);
        json_decref(g);
        free(rel);
    }
}
END_TEST

START_TEST(markdown_has_the_tables)
{
    char *path = at("out/grade.md");
    char *md = read_file(path, 1 << 24, NULL, NULL);
    ck_assert_ptr_nonnull(md);
    ck_assert_has(md, "| Rank | Student | Score | % | Solved |");
    ck_assert_has(md, "| 1 | alice | 300/300 | 100.0 | 3/3 |");
    ck_assert_has(md, "| Student | max-subarray | missing-number | zero-sum-pair |");
    ck_assert_has(md, "| dave | — | ✅ AC 100 | — |");
    free(md);
    free(path);
}
END_TEST

/* chromium, installed when missing and possible; NULL (announced) when there is none. */
static const char *find_chromium(void)
{
    static const char *const names[] = {"chromium", "chromium-browser", "google-chrome"};
    for (int attempt = 0; attempt < 2; attempt++) {
        for (size_t i = 0; i < ARRAY_LEN(names); i++)
            if (run_tool((const char *const[]){names[i], "--version", NULL}, NULL) == 0)
                return names[i];
        if (attempt == 0 && geteuid() == 0 &&
            run_tool((const char *const[]){"apt-get", "install", "-y", "-qq", "chromium", NULL},
                     NULL) != 0)
            break;
    }
    return NULL;
}

START_TEST(html_loads_in_chromium_without_errors)
{
    char *page = at("out/grade.html");
    char *html = read_file(page, 1 << 26, NULL, NULL);
    ck_assert_ptr_nonnull(html);
    ck_assert_has(html, "<!DOCTYPE html>");
    ck_assert_has(html, "href=\"#c-bob--zero-sum-pair\"");
    ck_assert_has(html, "id=\"c-bob--zero-sum-pair\"");
    ck_assert_msg(!strstr(html, "<script") && !strstr(html, "http://") && !strstr(html, "https://"),
                  "the page is not self-contained");
    free(html);
    const char *browser = find_chromium();
    if (!browser) {
        printf("note: chromium is not installed and cannot be; skipping the browser check of "
               "the HTML report\n");
        free(page);
        return;
    }
    char *url = xasprintf("file://%s", page);
    char *shot = at("out/shot.png"), *profile = at("tmp/chromium-profile");
    char *shot_arg = xasprintf("--screenshot=%s", shot);
    char *profile_arg = xasprintf("--user-data-dir=%s", profile);
    char *log = NULL;
    int rc = run_tool(
        (const char *const[]){browser, "--headless", "--no-sandbox", "--disable-gpu",
                              "--disable-background-networking", "--disable-component-update",
                              "--disable-sync", "--no-first-run", profile_arg,
                              "--enable-logging=stderr", "--v=0", "--window-size=1200,900",
                              shot_arg, url, NULL},
        &log);
    ck_assert_msg(rc == 0, "chromium failed (%d):\n%.3000s", rc, log);
    ck_assert_msg(!strstr(log, ":CONSOLE(") && !strstr(log, "Uncaught"),
                  "console errors loading the report:\n%.3000s", log);
    struct stat st;
    ck_assert_msg(stat(shot, &st) == 0 && st.st_size > 1000, "no screenshot at %s:\n%.3000s", shot,
                  log);
    remove_tree(profile);
    free(log);
    free(shot_arg);
    free(profile_arg);
    free(shot);
    free(profile);
    free(url);
    free(page);
}
END_TEST

START_TEST(hidden_tests_show_only_verdicts_unless_asked)
{
    struct run r;
    judge(&r, (const char *const[]){"grade", "class", "--only", "missing-number", "--json",
                                    "out/hidden.json", NULL});
    ck_assert_status(&r, 0);
    run_free(&r);
    judge(&r, (const char *const[]){"grade", "class", "--only", "missing-number",
                                    "--hidden-details", "--json", "out/details.json", NULL});
    ck_assert_status(&r, 0);
    run_free(&r);
    json_t *hidden = load_json("out/hidden.json"), *details = load_json("out/details.json");
    ck_assert(json_is_false(json_object_get(hidden, "hidden_details")));
    ck_assert(json_is_true(json_object_get(details, "hidden_details")));
    int checked = 0;
    size_t i;
    json_t *t;
    json_t *ht = json_object_get(result_of(hidden, "carol", "missing-number"), "tests");
    json_t *dt = json_object_get(result_of(details, "carol", "missing-number"), "tests");
    json_array_foreach(ht, i, t)
    {
        if (json_is_true(json_object_get(t, "visible")) ||
            strcmp(str_of(t, "verdict"), "AC") == 0)
            continue;
        ck_assert_str_eq(str_of(t, "message"), "");
        ck_assert(json_is_null(json_object_get(t, "diff")));
        ck_assert_str_ne(str_of(json_array_get(dt, i), "message"), "");
        checked++;
    }
    ck_assert_int_gt(checked, 0);
    json_decref(hidden);
    json_decref(details);
}
END_TEST

START_TEST(only_grades_the_named_problems)
{
    struct run r;
    judge(&r, (const char *const[]){"grade", "class", "--only", "zero-sum-pair,max-subarray",
                                    "--json", "out/only.json", NULL});
    ck_assert_status(&r, 0);
    json_t *report = load_json("out/only.json");
    json_t *problems = json_object_get(report, "problems");
    ck_assert_int_eq(json_array_size(problems), 2);
    ck_assert_str_eq(str_of(json_array_get(problems, 0), "id"), "max-subarray");
    ck_assert_str_eq(str_of(json_array_get(problems, 1), "id"), "zero-sum-pair");
    ck_assert_int_eq(json_array_size(json_object_get(report, "results")), 5);
    json_decref(report);
    run_free(&r);

    judge(&r, (const char *const[]){"grade", "class", "--only", "zero-sum-pai", NULL});
    ck_assert_status(&r, 2);
    ck_assert_has(r.err, "did you mean 'zero-sum-pair'");
    run_free(&r);
}
END_TEST

START_TEST(shards_merged_equal_one_run)
{
    const char *outs[] = {"out/s1.json", "out/s2.json", "out/s3.json"};
    const char *shards[] = {"1/3", "2/3", "3/3"};
    int total = 0;
    for (size_t k = 0; k < 3; k++) {
        struct run r;
        judge(&r, (const char *const[]){"grade", "class", "--shard", shards[k], "--deterministic",
                                        "--json", outs[k], NULL});
        ck_assert_status(&r, 0);
        json_t *report = load_json(outs[k]);
        total += (int)json_array_size(json_object_get(report, "results"));
        json_decref(report);
        run_free(&r);
    }
    ck_assert_int_eq(total, (int)ARRAY_LEN(matrix));
    struct run r;
    judge(&r, (const char *const[]){"grade", "class", "--deterministic", "--json", "out/one.json",
                                    NULL});
    ck_assert_status(&r, 0);
    run_free(&r);
    /* In any order, timings included: merge writes them as 0 when the shards did. */
    judge(&r, (const char *const[]){"merge", "out/s3.json", "out/s1.json", "out/s2.json", "--json",
                                    "out/merged.json", "--junit", "out/merged.xml", NULL});
    ck_assert_status(&r, 0);
    ck_assert_has(r.out, "RANK");
    run_free(&r);
    char *one_path = at("out/one.json"), *merged_path = at("out/merged.json");
    char *one = read_file(one_path, 1 << 26, NULL, NULL);
    char *merged = read_file(merged_path, 1 << 26, NULL, NULL);
    ck_assert(one && merged);
    ck_assert_msg(strcmp(one, merged) == 0, "merged shards differ from one run");
    json_t *report = json_loads(merged, 0, NULL);
    ck_assert_ptr_nonnull(report);
    assert_matrix(report);
    json_decref(report);

    judge(&r, (const char *const[]){"merge", "out/s1.json", "out/s3.json", NULL});
    ck_assert_status(&r, 2);
    ck_assert_has(r.err, "every shard exactly once");
    run_free(&r);
    judge(&r, (const char *const[]){"merge", "out/s1.json", "out/s1.json", "out/s2.json", NULL});
    ck_assert_status(&r, 2);
    run_free(&r);
    free(one);
    free(merged);
    free(one_path);
    free(merged_path);
}
END_TEST

START_TEST(fail_under_exits_1)
{
    struct run r;
    judge(&r, (const char *const[]){"grade", "class", "--fail-under", "50", NULL});
    ck_assert_status(&r, 1);
    ck_assert_has(r.err, "bob scores");
    run_free(&r);
    judge(&r, (const char *const[]){"grade", "class", "--fail-under", "0", NULL});
    ck_assert_status(&r, 0);
    run_free(&r);
    judge(&r, (const char *const[]){"grade", "class", "--fail-under", "abc", NULL});
    ck_assert_status(&r, 2);
    run_free(&r);
}
END_TEST

START_TEST(usage_errors_exit_2)
{
    const char *const *const cases[] = {
        (const char *const[]){"grade", NULL},
        (const char *const[]){"grade", "no-such-folder", NULL},
        (const char *const[]){"grade", "class", "--shard", "4/3", NULL},
        (const char *const[]){"grade", "class", "--jobs", "0", NULL},
        (const char *const[]){"grade", "class", "--gradescope", "one.json", NULL},
        (const char *const[]){"merge", NULL},
        (const char *const[]){"merge", "class/README.md", NULL},
    };
    for (size_t i = 0; i < ARRAY_LEN(cases); i++) {
        struct run r;
        judge(&r, cases[i]);
        ck_assert_msg(r.status == 2, "case %zu: exit %d, want 2:\n%s", i, r.status, r.err);
        ck_assert_msg(*r.err, "case %zu: nothing on stderr", i);
        run_free(&r);
    }
}
END_TEST

/* ---- Ctrl-C and --resume ---- */

static bool dir_is_empty(const char *path)
{
    DIR *d = opendir(path);
    ck_assert_ptr_nonnull(d);
    struct dirent *e;
    bool empty = true;
    while (empty && (e = readdir(d)))
        empty = strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0;
    closedir(d);
    return empty;
}

/* Complete lines of the resume state under cache/grade-state/, or -1 when there is none. */
static int state_lines(void)
{
    char *dir = at("cache/grade-state");
    DIR *d = opendir(dir);
    int lines = -1;
    struct dirent *e;
    while (d && (e = readdir(d))) {
        if (!strstr(e->d_name, ".jsonl"))
            continue;
        char *path = xasprintf("%s/%s", dir, e->d_name);
        char *text = read_file(path, 1 << 26, NULL, NULL);
        lines = 0;
        for (char *p = text; p && (p = strchr(p, '\n')); p++)
            lines++;
        free(text);
        free(path);
    }
    if (d)
        closedir(d);
    free(dir);
    return lines;
}

static pid_t process_mentioning(const char *needle)
{
    DIR *proc = opendir("/proc");
    ck_assert_ptr_nonnull(proc);
    pid_t found = 0;
    struct dirent *e;
    while (!found && (e = readdir(proc))) {
        char *end;
        long pid = strtol(e->d_name, &end, 10);
        if (*end || pid <= 0 || pid == getpid())
            continue;
        char *path = xasprintf("/proc/%ld/cmdline", pid);
        size_t len = 0;
        char *cmd = read_file(path, 64 * 1024, &len, NULL);
        free(path);
        for (size_t i = 0; cmd && i < len; i++)
            cmd[i] = cmd[i] ? cmd[i] : ' ';
        if (cmd && strstr(cmd, needle))
            found = (pid_t)pid;
        free(cmd);
    }
    closedir(proc);
    return found;
}

static void slow_class_setup(void)
{
    make_base();
    const char *students[] = {"ann", "ben", "cid"};
    for (size_t i = 0; i < ARRAY_LEN(students); i++) {
        char *a = xasprintf("class/%s/max-subarray.c", students[i]);
        char *b = xasprintf("class/%s/missing-number.c", students[i]);
        put_copy(a, i == 1 ? "tests/wrong/max-subarray/zero-init.c" : "solutions/max-subarray.c");
        put_copy(b, "solutions/missing-number.c");
        /* different bytes, so nothing is deduplicated */
        char *path = at(a);
        FILE *f = fopen(path, "a");
        ck_assert_ptr_nonnull(f);
        fprintf(f, "/* %s */\n", students[i]);
        fclose(f);
        free(path);
        path = at(b);
        f = fopen(path, "a");
        ck_assert_ptr_nonnull(f);
        fprintf(f, "/* %s */\n", students[i]);
        fclose(f);
        free(path);
        free(a);
        free(b);
    }
}

START_TEST(ctrl_c_then_resume)
{
    put_text("out/report.json", "previous report\n");
    const char *const args[] = {"grade", "class", "--jobs", "1", "--no-cache", "--json",
                                "out/report.json", NULL};
    struct run r;
    start(&r, args);
    /* Interrupt once a result or two are in the journal, in the middle of the run. */
    long long deadline = now_ms() + 90000;
    while (state_lines() < 1 && now_ms() < deadline && waitpid(r.pid, NULL, WNOHANG) == 0)
        usleep(20000);
    ck_assert_msg(state_lines() >= 1, "no result was journaled in 90 s");
    ck_assert_msg(kill(r.pid, SIGINT) == 0, "the grading ended before the Ctrl-C");
    ck_assert_msg(finish(&r, 20000), "the judge ignored SIGINT for 20 s");
    ck_assert_status(&r, 130);
    ck_assert_has(r.err, "interrupted");
    ck_assert_has(r.err, "--resume");
    char *report = at("out/report.json");
    char *text = read_file(report, 4096, NULL, NULL);
    ck_assert_msg(text && strcmp(text, "previous report\n") == 0,
                  "the previous report was touched: %s", text ? text : "(gone)");
    free(text);
    char *tmp = at("tmp"), *class = at("class");
    ck_assert_msg(dir_is_empty(tmp), "temporary files left in %s", tmp);
    pid_t left = 0;
    for (int i = 0; i < 200 && ((left = process_mentioning(tmp)) || (left = process_mentioning(class)));
         i++)
        usleep(10000);
    if (left)
        kill(left, SIGKILL);
    ck_assert_msg(left == 0, "process %d survives the interrupted grading", (int)left);
    int journaled = state_lines();
    ck_assert_int_ge(journaled, 1);
    ck_assert_int_lt(journaled, 6);
    run_free(&r);

    judge(&r, (const char *const[]){"grade", "class", "--jobs", "1", "--no-cache", "--resume",
                                    "--json", "out/report.json", NULL});
    ck_assert_status(&r, 0);
    ck_assert_has(r.err, "resuming");
    json_t *j = load_json("out/report.json");
    json_t *run = json_object_get(j, "run");
    ck_assert_int_eq(int_of(run, "from_state"), journaled);
    ck_assert_int_eq(int_of(run, "judged") + journaled, 6);
    ck_assert_int_eq(json_array_size(json_object_get(j, "results")), 6);
    ck_assert_str_eq(str_of(result_of(j, "ben", "max-subarray"), "verdict"), "WA");
    ck_assert_int_eq(state_lines(), -1);
    json_decref(j);
    run_free(&r);
    free(report);
    free(tmp);
    free(class);
}
END_TEST


/* ---- units: the layout, escaping, shards, strict parsing (no judge runs) ---- */

static void unit_setup(void)
{
    make_base();
}

static void touch(const char *rel)
{
    char *path = at(rel);
    for (char *p = strchr(path + strlen(base) + 1, '/'); p; p = strchr(p + 1, '/')) {
        *p = '\0';
        mkdir(path, 0700);
        *p = '/';
    }
    ck_assert(write_file(path, "int x;\n", 7) == 0);
    free(path);
}

static const struct grade_unknown *unknown_at(const struct grade_layout *l, const char *path)
{
    for (size_t i = 0; i < l->nunknown; i++)
        if (strcmp(l->unknown[i].path, path) == 0)
            return &l->unknown[i];
    ck_abort_msg("%s is not reported", path);
    return NULL;
}

START_TEST(layout_finds_both_layouts_and_reports_the_rest)
{
    touch("class/ann-lee/max-subarray.c");
    touch("class/ann-lee-missing-number.c");
    touch("class/bob/max-subarray.c");
    touch("class/bob-max-subarray.c");
    touch("class/bob/notes/x.c");
    touch("class/bob/Max.c");
    touch("class/zed-zero-sum-pair.c");
    touch("class/x-nothing.c");
    touch("class/.git/config");
    touch("class/.hidden.c");
    char *target = at("class/bob/max-subarray.c"), *link = at("class/bob/missing-number.c");
    ck_assert_int_eq(symlink(target, link), 0);
    char *dir = at("class");
    char *ids[] = {"max-subarray", "missing-number", "zero-sum-pair"};
    struct grade_layout l;
    char err[256];
    ck_assert_int_eq(grade_layout_scan(dir, ids, 3, &l, err, sizeof err), 0);
    ck_assert_int_eq(l.nstudents, 3);
    ck_assert_str_eq(l.students[0], "ann-lee");
    ck_assert_str_eq(l.students[1], "bob");
    ck_assert_str_eq(l.students[2], "zed");
    const char *subs[][3] = {{"ann-lee", "max-subarray", "ann-lee/max-subarray.c"},
                             {"ann-lee", "missing-number", "ann-lee-missing-number.c"},
                             {"bob", "max-subarray", "bob/max-subarray.c"},
                             {"zed", "zero-sum-pair", "zed-zero-sum-pair.c"}};
    ck_assert_int_eq(l.nsubs, ARRAY_LEN(subs));
    for (size_t i = 0; i < ARRAY_LEN(subs); i++) {
        ck_assert_str_eq(l.subs[i].student, subs[i][0]);
        ck_assert_str_eq(l.subs[i].problem, subs[i][1]);
        ck_assert_str_eq(l.subs[i].file, subs[i][2]);
    }
    ck_assert_int_eq(l.nunknown, 5);
    ck_assert_has(unknown_at(&l, "bob-max-subarray.c")->reason, "bob/max-subarray.c is judged");
    ck_assert_has(unknown_at(&l, "bob/notes")->reason, "folder");
    ck_assert_has(unknown_at(&l, "bob/Max.c")->reason, "no problem 'Max'");
    ck_assert_has(unknown_at(&l, "bob/missing-number.c")->reason, "symbolic link");
    ck_assert_has(unknown_at(&l, "x-nothing.c")->reason, "<student>-<problem-id>.c");
    grade_layout_free(&l);
    free(dir);
    free(target);
    free(link);
}
END_TEST

START_TEST(missing_folder_is_an_error)
{
    char *dir = at("no-such-class");
    struct grade_layout l;
    char err[256];
    ck_assert_int_eq(grade_layout_scan(dir, NULL, 0, &l, err, sizeof err), -1);
    ck_assert_has(err, "no-such-class");
    free(dir);
}
END_TEST

static char *escaped(void (*fn)(struct strbuf *, const char *), const char *s)
{
    struct strbuf sb = {0};
    sb_puts(&sb, "");
    fn(&sb, s);
    return sb_take(&sb);
}

START_TEST(markup_makes_any_bytes_safe)
{
    struct {
        void (*fn)(struct strbuf *, const char *);
        const char *in, *out;
    } cases[] = {
        {markup_escape, "a<b>&\"'", "a&lt;b&gt;&amp;&quot;&#39;"},
        {markup_escape, "tab\tnl\n\x01\x7f", "tab\tnl\n\\x01\\x7f"},
        {markup_escape, "caf\xc3\xa9 \xff \xc3", "caf\xc3\xa9 \xef\xbf\xbd \xef\xbf\xbd"},
        {markup_escape, "\xef\xbf\xbe", "\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd"},
        {markup_md_cell, "a|b\n_c*<d>", "a\\|b \\_c\\*&lt;d&gt;"},
        {markup_id, "a b/\xc3\xa9-Z9_", "a_20b_2f_c3_a9-Z9_5f"},
    };
    for (size_t i = 0; i < ARRAY_LEN(cases); i++) {
        char *got = escaped(cases[i].fn, cases[i].in);
        ck_assert_msg(strcmp(got, cases[i].out) == 0, "case %zu: '%s', want '%s'", i, got,
                      cases[i].out);
        free(got);
    }
    char *fixed = markup_utf8("ok\xffok");
    ck_assert_str_eq(fixed, "ok\xef\xbf\xbdok");
    free(fixed);
}
END_TEST

START_TEST(shards_are_stable_and_cover_every_pair)
{
    /* Fixed forever: CI jobs of different judge versions must agree on the slices. */
    ck_assert_int_eq(grade_shard_of("alice", "max-subarray", 4), 3);
    ck_assert_int_eq(grade_shard_of("bob", "zero-sum-pair", 4), 1);
    ck_assert_int_eq(grade_shard_of("alice", "max-subarray", 1), 1);
    int count[5] = {0};
    for (int s = 0; s < 100; s++) {
        char name[16];
        snprintf(name, sizeof name, "student%d", s);
        for (int p = 0; p < 3; p++) {
            int k = grade_shard_of(name, p == 0 ? "a" : p == 1 ? "b" : "c", 4);
            ck_assert(k >= 1 && k <= 4);
            count[k]++;
        }
    }
    for (int k = 1; k <= 4; k++)
        ck_assert_msg(count[k] > 40, "shard %d has only %d of 300 pairs", k, count[k]);
}
END_TEST

#define CELL_JSON(score)                                                                           \
    "{\"verdict\": \"WA\", \"score\": " score ", \"max_score\": 100, \"future\": 1,"             \
    " \"compile\": {\"status\": \"ok\", \"time_ms\": 5, \"log\": \"\", \"notes\": \"\"},"           \
    " \"tests\": [{\"name\": \"t\", \"group\": \"g\", \"verdict\": \"WA\", \"time_ms\": 1,"       \
    " \"wall_ms\": 2, \"memory_kib\": 3, \"exit_code\": null, \"signal\": \"SEGV\","              \
    " \"message\": \"m\", \"visible\": false, \"diff\": null, \"stdout\": \"\", \"stderr\": null}],"  \
    " \"error\": null}"

START_TEST(cell_parse_is_strict_about_types)
{
    struct grade_cell c = {0};
    char err[256];
    const char good[] = CELL_JSON("40");
    ck_assert_msg(grade_cell_parse(good, strlen(good), &c, err, sizeof err) == 0, "%s", err);
    ck_assert_int_eq(c.verdict, VERDICT_WA);
    ck_assert_int_eq(c.score, 40);
    ck_assert_int_eq(c.ntests, 1);
    ck_assert(!c.tests[0].exited);
    ck_assert_str_eq(c.tests[0].signal, "SEGV");
    ck_assert_ptr_null(c.tests[0].err);
    grade_cell_free(&c);

    const char bad_type[] = CELL_JSON("\"40\"");
    ck_assert_int_eq(grade_cell_parse(bad_type, strlen(bad_type), &c, err, sizeof err), -1);
    ck_assert_has(err, "\"score\" is not an integer");
    ck_assert_int_eq(c.ntests, 0);
    const char *bad[] = {"[]", "{\"verdict\": \"XX\"}", "{\"verdict\": \"AC\"}", "{", ""};
    for (size_t i = 0; i < ARRAY_LEN(bad); i++) {
        ck_assert_msg(grade_cell_parse(bad[i], strlen(bad[i]), &c, err, sizeof err) == -1,
                      "'%s' parses", bad[i]);
        ck_assert(*err);
    }
    grade_cell_free(&c);
}
END_TEST

Suite *make_grade_suite(void)
{
    Suite *s = suite_create("grade");
    TCase *unit = tcase_create("units");
    tcase_add_unchecked_fixture(unit, unit_setup, base_teardown);
    tcase_add_test(unit, layout_finds_both_layouts_and_reports_the_rest);
    tcase_add_test(unit, missing_folder_is_an_error);
    tcase_add_test(unit, markup_makes_any_bytes_safe);
    tcase_add_test(unit, shards_are_stable_and_cover_every_pair);
    tcase_add_test(unit, cell_parse_is_strict_about_types);
    suite_add_tcase(s, unit);

    TCase *reports = tcase_create("reports");
    tcase_add_unchecked_fixture(reports, class_setup, base_teardown);
    tcase_set_timeout(reports, 180);
    tcase_add_test(reports, grades_the_class_into_every_report);
    tcase_add_test(reports, junit_validates_against_the_schema);
    tcase_add_test(reports, tap_is_version_14_with_a_plan_per_student);
    tcase_add_test(reports, gradescope_has_its_fields);
    tcase_add_test(reports, markdown_has_the_tables);
    tcase_add_test(reports, html_loads_in_chromium_without_errors);
    tcase_add_test(reports, hidden_tests_show_only_verdicts_unless_asked);
    tcase_add_test(reports, only_grades_the_named_problems);
    tcase_add_test(reports, shards_merged_equal_one_run);
    tcase_add_test(reports, fail_under_exits_1);
    tcase_add_test(reports, usage_errors_exit_2);
    suite_add_tcase(s, reports);

    TCase *interrupt = tcase_create("interrupt");
    tcase_add_unchecked_fixture(interrupt, slow_class_setup, base_teardown);
    tcase_set_timeout(interrupt, 180);
    tcase_add_test(interrupt, ctrl_c_then_resume);
    suite_add_tcase(s, interrupt);
    return s;
}
