/* judge validate: proves a problem's tests. The YAML loads, the generators run, the
 * reference solution passes every test with room to spare, and every known-wrong
 * solution in tests/wrong/<id>/ fails the way its first line says it does. */
#include <dirent.h>
#include <getopt.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "catalog.h"
#include "cli.h"
#include "json.h"
#include "kattis.h"
#include "pipeline.h"
#include "sandbox.h"
#include "testdata.h"
#include "units.h"
#include "util.h"

/* The reference must run in at most 1/HEADROOM of every test's time limit. */
#define HEADROOM 5

static const char usage[] =
    "usage: judge validate [PROBLEM...] [--json] [--no-cache] [--problems DIR]\n"
    "  PROBLEM     a problem id or folder; none: every problem\n"
    "  --json      print the results as one JSON object\n"
    "  --no-cache  make every generated input and reference output afresh\n"
    "\n"
    "For each problem: the YAML loads; the generators run; the reference solution\n"
    "(solutions/<id>.c or the problem's 'reference') gets AC on every test using at most\n"
    "1/5 of the time limit (the worst test is reported); and every tests/wrong/<id>/*.c\n"
    "gets the verdict its first line names (the first of AC WA TLE MLE OLE RE CE there).\n"
    "\n"
    "For a Kattis/ICPC package: every C submission in submissions/accepted, wrong_answer,\n"
    "time_limit_exceeded and run_time_error gets that verdict (time_limit_exceeded ones\n"
    "even with the time limit x time_safety_margin), and the slowest accepted one x\n"
    "time_multiplier fits the time limit.\n"
    "\n"
    "exit status: 0 all hold, 1 some check fails, 2 a problem is broken (does not load,\n"
    "or its generators, checker or reference cannot be built or run)\n";

enum check_status { CHECK_OK, CHECK_FAIL, CHECK_BROKEN };

/* One line of the table: the problem (its reference) or one wrong solution. */
struct row {
    char *name;
    char *path;
    const char *expected, *got; /* verdict codes, or "-" */
    enum check_status status;
    char *note;
    long worst_ms, limit_ms; /* the reference's row: its slowest test relative to the limit */
    char *worst_test;
    char *worst_by; /* a Kattis package's row: the slowest accepted submission */
};

struct validation {
    char *errors; /* the loader's, when the problem does not load */
    struct row reference;
    struct row *wrong; /* known-wrong solutions, or a Kattis package's submissions */
    size_t nwrong;
    bool kattis;
};

struct validator {
    char *root;
    char *runtime;
    struct cache *cache;
    bool interrupted;
};

static const char *const status_names[] = {"ok", "FAIL", "BROKEN"};

static void row_set(struct row *r, enum check_status status, char *note)
{
    r->status = status;
    free(r->note);
    r->note = note;
}

static void row_free(struct row *r)
{
    free(r->name);
    free(r->path);
    free(r->note);
    free(r->worst_test);
    free(r->worst_by);
}

/* The first line of a message, for a table cell. */
static char *first_line(const char *text)
{
    if (!text)
        return xstrdup("");
    size_t n = strcspn(text, "\n");
    return xasprintf("%.*s", (int)(n > 200 ? 200 : n), text);
}

/* ---- the reference ---- */

/* Records the slowest test relative to its limit; fails under HEADROOM x headroom. */
static void check_headroom(const struct problem *p, const struct submission_result *r,
                           struct row *row)
{
    double worst = -1;
    for (size_t i = 0; i < r->ntests; i++) {
        const struct test_case *t = &p->tests[r->tests[i].test];
        double ratio = (double)r->tests[i].time_ms / (double)t->limits.time_ms;
        if (ratio > worst) {
            worst = ratio;
            row->worst_ms = r->tests[i].time_ms;
            row->limit_ms = t->limits.time_ms;
            free(row->worst_test);
            row->worst_test = xstrdup(t->name);
        }
    }
    char used[32], limit[32];
    units_format_time(row->worst_ms, used, sizeof used);
    units_format_time(row->limit_ms, limit, sizeof limit);
    if (row->worst_ms * HEADROOM > row->limit_ms)
        row_set(row, CHECK_FAIL,
                xasprintf("reference too slow: %s of %s on %s (%.1fx headroom, needs %dx)", used,
                          limit, row->worst_test, (double)row->limit_ms / (double)row->worst_ms,
                          HEADROOM));
    else if (row->worst_ms > 0)
        row_set(row, CHECK_OK,
                xasprintf("worst %s of %s on %s (%.1fx headroom)", used, limit, row->worst_test,
                          (double)row->limit_ms / (double)row->worst_ms));
    else
        row_set(row, CHECK_OK, xasprintf("worst %s of %s on %s", used, limit, row->worst_test));
}

/* The first test that is not AC, as "test 'x': message". */
static char *first_failure(const struct submission_result *r)
{
    for (size_t i = 0; i < r->ntests; i++)
        if (r->tests[i].verdict != VERDICT_AC) {
            char *msg = first_line(r->tests[i].message);
            char *note = xasprintf("test %s: %s", r->problem->tests[r->tests[i].test].name, msg);
            free(msg);
            return note;
        }
    if (r->error)
        return first_line(r->error);
    if (r->verdict == VERDICT_CE)
        return first_line(r->compile.log);
    return xstrdup("");
}

/* Judges path; returns -1 when interrupted. */
static int judge(struct validator *v, const struct problem *p, const char *path, bool stop_early,
                 struct submission_result *r)
{
    struct judge_options opt = {
        .runtime_dir = v->runtime, .cache = v->cache, .stop_at_first_failure = stop_early};
    if (pipeline_judge(p, path, &opt, r) < 0) {
        v->interrupted = true;
        return -1;
    }
    return 0;
}

/* Without a reference, the generators still have to run. */
static void check_generators(struct validator *v, const struct problem *p, struct row *row)
{
    char *workdir = make_temp_dir("validate");
    if (!workdir)
        die("cannot create a temporary directory: %m");
    struct testdata *td = testdata_new(p, workdir, v->runtime, v->cache);
    for (size_t i = 0; i < p->ntests && row->status != CHECK_BROKEN; i++) {
        if (p->tests[i].input_kind != INPUT_GENERATED)
            continue;
        char *error = NULL, *input = testdata_input(td, &p->tests[i], &error);
        if (!input)
            row_set(row, CHECK_BROKEN, first_line(error));
        v->interrupted = v->interrupted || sandbox_interrupted();
        free(input);
        free(error);
    }
    testdata_free(td);
    remove_tree(workdir);
    free(workdir);
}

static void check_reference(struct validator *v, const struct problem *p, struct row *row)
{
    row->name = xstrdup(p->id);
    row->expected = "AC";
    row->got = "-";
    if (!p->reference_path) {
        row_set(
            row, CHECK_FAIL,
            xasprintf("no reference solution (add solutions/%s.c or a 'reference' key)", p->id));
        check_generators(v, p, row);
        return;
    }
    row->path = xstrdup(p->reference_path);
    struct submission_result r;
    if (judge(v, p, p->reference_path, false, &r) < 0) {
        submission_result_free(&r);
        return;
    }
    row->got = verdict_code(r.verdict);
    if (r.verdict == VERDICT_IE)
        row_set(row, CHECK_BROKEN, first_failure(&r));
    else if (r.verdict != VERDICT_AC)
        row_set(row, CHECK_FAIL, first_failure(&r));
    else
        check_headroom(p, &r, row);
    submission_result_free(&r);
}

/* ---- known-wrong solutions ---- */

/* The first verdict code among the words of the file's first line, or -1. */
static int expected_verdict(const char *path)
{
    static const enum verdict named[] = {VERDICT_AC,  VERDICT_WA, VERDICT_TLE, VERDICT_MLE,
                                         VERDICT_OLE, VERDICT_RE, VERDICT_CE};
    char *text = read_file(path, 4096, NULL, NULL);
    int found = -1;
    for (char *p = text; p && *p && *p != '\n' && found < 0;) {
        size_t word = strspn(p, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_");
        for (size_t i = 0; i < ARRAY_LEN(named) && word; i++)
            if (strlen(verdict_code(named[i])) == word &&
                strncmp(p, verdict_code(named[i]), word) == 0)
                found = (int)named[i];
        p += word ? word : 1;
    }
    free(text);
    return found;
}

static int compare_strings(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* tests/wrong/<id>/ beside the problems root: <root>/<id> -> <root>/../tests/wrong/<id>. */
static char *wrong_dir(const struct problem *p)
{
    char *top = xstrdup(p->dir);
    for (int up = 0; up < 2; up++) {
        char *slash = strrchr(top, '/');
        if (slash && slash != top)
            *slash = '\0';
    }
    char *dir = xasprintf("%s/tests/wrong/%s", top, p->id);
    free(top);
    return dir;
}

/* Sorted paths of dir's *.c files; *n gets the count. */
static char **list_sources(const char *dir, size_t *n)
{
    *n = 0;
    DIR *d = opendir(dir);
    size_t cap = 8;
    char **paths = xcalloc(cap, sizeof *paths);
    for (struct dirent *e; d && (e = readdir(d));) {
        size_t len = strlen(e->d_name);
        if (len < 3 || e->d_name[0] == '.' || strcmp(e->d_name + len - 2, ".c") != 0)
            continue;
        if (*n == cap)
            paths = xrealloc(paths, (cap *= 2) * sizeof *paths);
        paths[(*n)++] = xasprintf("%s/%s", dir, e->d_name);
    }
    if (d)
        closedir(d);
    qsort(paths, *n, sizeof *paths, compare_strings);
    return paths;
}

static void check_wrong(struct validator *v, const struct problem *p, const char *path,
                        struct row *row)
{
    row->path = xstrdup(path);
    row->name = xstrdup(strrchr(path, '/') + 1);
    row->got = "-";
    int want = expected_verdict(path);
    row->expected = want < 0 ? "?" : verdict_code((enum verdict)want);
    if (want < 0) {
        row_set(row, CHECK_FAIL,
                xstrdup("its first line names no verdict (AC, WA, TLE, MLE, OLE, RE or CE)"));
        return;
    }
    struct submission_result r;
    if (judge(v, p, path, true, &r) < 0) {
        submission_result_free(&r);
        return;
    }
    row->got = verdict_code(r.verdict);
    row_set(row, (int)r.verdict == want ? CHECK_OK : CHECK_FAIL, first_failure(&r));
    submission_result_free(&r);
}

static void check_wrong_solutions(struct validator *v, const struct problem *p,
                                  struct validation *val)
{
    char *dir = wrong_dir(p);
    size_t n = 0;
    char **paths = list_sources(dir, &n);
    val->wrong = xcalloc(n, sizeof *val->wrong);
    for (size_t i = 0; i < n && !v->interrupted; i++)
        check_wrong(v, p, paths[i], &val->wrong[val->nwrong++]);
    for (size_t i = 0; i < n; i++)
        free(paths[i]);
    free(paths);
    free(dir);
}

/* ---- a Kattis package's submissions/ ---- */

/* Kattis judges a memory limit or a forbidden call as a run-time error. */
static bool verdict_fulfils(enum verdict got, enum verdict want)
{
    return got == want || (want == VERDICT_RE && (got == VERDICT_MLE || got == VERDICT_SV));
}

/* The C file of a submission: the file itself, or the one .c in its folder; NULL when the
 * submission is in another language. */
static char *c_submission(const char *path)
{
    size_t len = strlen(path);
    if (len > 2 && strcmp(path + len - 2, ".c") == 0 && !path_is_dir(path))
        return xstrdup(path);
    size_t n = 0;
    char **files = path_is_dir(path) ? list_sources(path, &n) : NULL;
    char *only = n == 1 ? xstrdup(files[0]) : NULL;
    for (size_t i = 0; i < n; i++)
        free(files[i]);
    free(files);
    return only;
}

/* Sorted entries (files and folders) of dir, without hidden ones. */
static char **list_entries(const char *dir, size_t *n)
{
    *n = 0;
    DIR *d = opendir(dir);
    size_t cap = 8;
    char **paths = xcalloc(cap, sizeof *paths);
    for (struct dirent *e; d && (e = readdir(d));) {
        if (e->d_name[0] == '.')
            continue;
        if (*n == cap)
            paths = xrealloc(paths, (cap *= 2) * sizeof *paths);
        paths[(*n)++] = xasprintf("%s/%s", dir, e->d_name);
    }
    if (d)
        closedir(d);
    qsort(paths, *n, sizeof *paths, compare_strings);
    return paths;
}

/* Multiplies every test's time limits by factor (Kattis's time_safety_margin), or divides
 * them back when undo. */
static void scale_time_limits(struct problem *p, double factor, bool undo)
{
    for (size_t i = 0; i < p->ntests; i++) {
        struct limits *l = &p->tests[i].limits;
        double t = (double)l->time_ms, w = (double)l->wall_ms;
        l->time_ms = (long)llround(undo ? t / factor : t * factor);
        l->wall_ms = (long)llround(undo ? w / factor : w * factor);
    }
}

/* Judges one submission against the verdict its folder names. Accepted ones run every
 * test and feed the time check; time_limit_exceeded ones must time out even with the
 * time limits multiplied by the safety margin. */
static void check_submission(struct validator *v, struct problem *p, const char *path,
                             const char *folder, enum verdict want, struct row *row,
                             struct row *reference)
{
    row->path = xstrdup(path);
    row->name = xasprintf("%s/%s", folder, strrchr(path, '/') + 1);
    row->expected = verdict_code(want);
    row->got = "-";
    bool tle = want == VERDICT_TLE;
    if (tle)
        scale_time_limits(p, p->kattis->time_safety_margin, false);
    struct submission_result r;
    int rc = judge(v, p, path, want != VERDICT_AC, &r);
    if (tle)
        scale_time_limits(p, p->kattis->time_safety_margin, true);
    if (rc < 0) {
        submission_result_free(&r);
        return;
    }
    row->got = verdict_code(r.verdict);
    enum check_status status = r.verdict == VERDICT_IE            ? CHECK_BROKEN
                               : verdict_fulfils(r.verdict, want) ? CHECK_OK
                                                                  : CHECK_FAIL;
    char *note = first_failure(&r);
    if (tle && status == CHECK_OK) {
        char *with = xasprintf("%s (time limits x %g, the safety margin)", note,
                               p->kattis->time_safety_margin);
        free(note);
        note = with;
    } else if (tle && r.verdict == VERDICT_AC) {
        free(note);
        note = xasprintf("passes even with the time limits x %g (the safety margin)",
                         p->kattis->time_safety_margin);
    }
    if (want == VERDICT_AC && r.verdict == VERDICT_AC) {
        long worst = -1;
        size_t at = 0;
        for (size_t i = 0; i < r.ntests; i++)
            if (r.tests[i].time_ms > worst) {
                worst = r.tests[i].time_ms;
                at = r.tests[i].test;
            }
        free(note);
        note = xasprintf("slowest %ldms on %s", worst, r.ntests ? p->tests[at].name : "-");
    }
    row_set(row, status, note);
    for (size_t i = 0; want == VERDICT_AC && r.verdict == VERDICT_AC && i < r.ntests; i++)
        if (r.tests[i].time_ms > reference->worst_ms || !reference->worst_test) {
            reference->worst_ms = r.tests[i].time_ms;
            reference->limit_ms = p->tests[r.tests[i].test].limits.time_ms;
            free(reference->worst_test);
            free(reference->worst_by);
            reference->worst_test = xstrdup(p->tests[r.tests[i].test].name);
            reference->worst_by = xstrdup(row->name);
        }
    submission_result_free(&r);
}

/* The problem's row: the slowest accepted submission times time_multiplier must fit the
 * time limit, which is what Kattis derives the limit from. */
static void check_kattis_time(const struct problem *p, size_t accepted, size_t skipped,
                              struct row *row)
{
    const struct kattis_meta *m = p->kattis;
    char used[32], limit[32], need[32];
    units_format_time(row->worst_ms, used, sizeof used);
    units_format_time(row->limit_ms ? row->limit_ms : p->limits.time_ms, limit, sizeof limit);
    units_format_time((long)ceil((double)row->worst_ms * m->time_multiplier), need, sizeof need);
    const char *source = m->time_source == KATTIS_TIME_DEFAULT ? " (none in the package: the "
                                                                 "judge's default)"
                                                               : "";
    char skip[64] = "";
    if (skipped)
        snprintf(skip, sizeof skip, "; %zu submission%s not in C skipped", skipped,
                 skipped == 1 ? "" : "s");
    if (accepted == 0)
        row_set(row, CHECK_FAIL,
                xasprintf("no accepted C submission in submissions/accepted/%s", skip));
    else if (!row->worst_test)
        row_set(row, CHECK_FAIL, xasprintf("no accepted submission passed every test%s", skip));
    else if ((double)row->worst_ms * m->time_multiplier > (double)row->limit_ms)
        row_set(row, CHECK_FAIL,
                xasprintf("time limit %s%s is below the slowest accepted %s x %g "
                          "(time_multiplier) = %s, on %s by %s%s",
                          limit, source, used, m->time_multiplier, need, row->worst_test,
                          row->worst_by, skip));
    else if (row->status == CHECK_OK)
        row_set(row, CHECK_OK,
                xasprintf("time limit %s%s; slowest accepted %s x %g = %s, on %s by %s%s", limit,
                          source, used, m->time_multiplier, need, row->worst_test, row->worst_by,
                          skip));
    row->got = row->status == CHECK_OK ? "AC" : row->got;
}

static void check_kattis(struct validator *v, struct problem *p, struct validation *val)
{
    struct row *ref = &val->reference;
    ref->name = xstrdup(p->id);
    ref->path = xasprintf("%s/submissions", p->dir);
    ref->expected = "AC";
    ref->got = "-";
    row_set(ref, CHECK_OK, NULL);
    val->kattis = true;
    size_t accepted = 0, skipped = 0;
    for (size_t f = 0; f < ARRAY_LEN(kattis_folders) && !v->interrupted; f++) {
        char *dir = xasprintf("%s/submissions/%s", p->dir, kattis_folders[f].name);
        size_t n = 0;
        char **paths = list_entries(dir, &n);
        val->wrong = xrealloc(val->wrong, (val->nwrong + n + 1) * sizeof *val->wrong);
        for (size_t i = 0; i < n; i++) {
            char *source = v->interrupted ? NULL : c_submission(paths[i]);
            skipped += !source && !v->interrupted;
            if (source) {
                struct row *row = &val->wrong[val->nwrong++];
                *row = (struct row){0};
                check_submission(v, p, source, kattis_folders[f].name, kattis_folders[f].verdict,
                                 row, ref);
                accepted += kattis_folders[f].verdict == VERDICT_AC;
                if (row->status == CHECK_BROKEN)
                    row_set(ref, CHECK_BROKEN, xstrdup(row->note));
            }
            free(source);
            free(paths[i]);
        }
        free(paths);
        free(dir);
    }
    if (ref->status != CHECK_BROKEN)
        check_kattis_time(p, accepted, skipped, ref);
}

/* ---- one problem ---- */

static void validate_problem(struct validator *v, const char *name, struct validation *val)
{
    *val = (struct validation){0};
    char *suggestion = NULL;
    char *dir = catalog_resolve(v->root, name, &suggestion);
    struct problem *p = NULL;
    if (!dir)
        val->errors =
            suggestion ? xasprintf("unknown problem '%s' (did you mean '%s'?)\n", name, suggestion)
                       : xasprintf("unknown problem '%s'\n", name);
    else
        p = catalog_load_problem(dir, &val->errors);
    if (!p) {
        val->reference.name = xstrdup(name);
        val->reference.expected = val->reference.got = "-";
        row_set(&val->reference, CHECK_BROKEN, first_line(val->errors));
    } else if (p->kattis) {
        check_kattis(v, p, val);
    } else {
        check_reference(v, p, &val->reference);
        if (val->reference.status != CHECK_BROKEN && !v->interrupted)
            check_wrong_solutions(v, p, val);
    }
    problem_free(p);
    free(dir);
    free(suggestion);
}

static enum check_status validation_status(const struct validation *val)
{
    enum check_status s = val->reference.status;
    for (size_t i = 0; i < val->nwrong; i++)
        if (val->wrong[i].status > s)
            s = val->wrong[i].status;
    return s;
}

static void validation_free(struct validation *val)
{
    row_free(&val->reference);
    for (size_t i = 0; i < val->nwrong; i++)
        row_free(&val->wrong[i]);
    free(val->wrong);
    free(val->errors);
}

/* ---- output ---- */

static void print_row(const struct row *r, bool indent)
{
    printf("%s%-*s %-8s %-4s %-6s %s\n", indent ? "  " : "", indent ? 30 : 32, r->name, r->expected,
           r->got, status_names[r->status], r->note ? r->note : "");
}

static void print_validation(const struct validation *val)
{
    print_row(&val->reference, false);
    for (size_t i = 0; i < val->nwrong; i++)
        print_row(&val->wrong[i], true);
    if (val->errors && val->reference.status == CHECK_BROKEN)
        fputs(val->errors, stderr);
    fflush(stdout);
}

static void json_row(struct json *j, const char *key, const struct row *r)
{
    json_begin_object(j, key);
    json_string(j, "name", r->name);
    json_string(j, "path", r->path);
    json_string(j, "expected", r->expected);
    json_string(j, "got", r->got);
    json_string(j, "status", status_names[r->status]);
    json_bool(j, "ok", r->status == CHECK_OK);
    json_string(j, "note", r->note ? r->note : "");
    if (r->worst_test) {
        json_string(j, "worst_test", r->worst_test);
        json_int(j, "worst_time_ms", r->worst_ms);
        json_int(j, "time_limit_ms", r->limit_ms);
    }
    json_end_object(j);
}

static void json_validation(struct json *j, const struct validation *val)
{
    json_begin_object(j, NULL);
    json_string(j, "problem", val->reference.name);
    json_string(j, "status", status_names[validation_status(val)]);
    json_string(j, "errors", val->errors);
    json_row(j, "reference", &val->reference);
    json_begin_array(j, "wrong");
    for (size_t i = 0; i < val->nwrong; i++)
        json_row(j, NULL, &val->wrong[i]);
    json_end_array(j);
    json_end_object(j);
}

/* ---- the command ---- */

static int parse_options(int argc, char **argv, bool *as_json, bool *use_cache)
{
    static const struct option opts[] = {{"json", no_argument, NULL, 'j'},
                                         {"no-cache", no_argument, NULL, 'n'},
                                         {"help", no_argument, NULL, 'h'},
                                         {NULL, 0, NULL, 0}};
    int c;
    while ((c = getopt_long(argc, argv, "h", opts, NULL)) != -1) {
        if (c == 'j')
            *as_json = true;
        else if (c == 'n')
            *use_cache = false;
        else if (c == 'h') {
            fputs(usage, stdout);
            return 1;
        } else
            return -1;
    }
    return 0;
}

static int exit_status(enum check_status worst, bool interrupted)
{
    if (interrupted)
        return EXIT_INTERRUPTED;
    return worst == CHECK_BROKEN ? EXIT_USAGE : worst == CHECK_FAIL ? EXIT_NOT_ACCEPTED : 0;
}

/* Validates each name in turn; returns the worst status. */
static enum check_status validate_all(struct validator *v, char **names, size_t n, bool as_json)
{
    enum check_status worst = CHECK_OK;
    size_t nwrong = 0, nsubmissions = 0, failed = 0;
    struct json j = {.pretty = true};
    json_begin_object(&j, NULL);
    json_begin_array(&j, "problems");
    if (!as_json)
        printf("%-32s %-8s %-4s %-6s %s\n", "PROBLEM / WRONG SOLUTION", "EXPECTED", "GOT", "RESULT",
               "NOTE");
    for (size_t i = 0; i < n && !v->interrupted; i++) {
        struct validation val;
        validate_problem(v, names[i], &val);
        enum check_status s = validation_status(&val);
        worst = s > worst ? s : worst;
        failed += s != CHECK_OK;
        *(val.kattis ? &nsubmissions : &nwrong) += val.nwrong;
        if (as_json)
            json_validation(&j, &val);
        else if (!v->interrupted)
            print_validation(&val);
        validation_free(&val);
    }
    json_end_array(&j);
    json_bool(&j, "ok", worst == CHECK_OK && !v->interrupted);
    json_end_object(&j);
    if (as_json && !v->interrupted)
        printf("%s\n", j.sb.data);
    else if (!v->interrupted) {
        struct strbuf counts = {0};
        if (nwrong || !nsubmissions)
            sb_printf(&counts, ", %zu wrong solution%s", nwrong, nwrong == 1 ? "" : "s");
        if (nsubmissions)
            sb_printf(&counts, ", %zu package submission%s", nsubmissions,
                      nsubmissions == 1 ? "" : "s");
        printf("\n%zu problem%s%s: %s\n", n, n == 1 ? "" : "s", counts.data,
               failed ? "some checks fail" : "every check holds");
        sb_free(&counts);
    }
    sb_free(&j.sb);
    return worst;
}

int cmd_validate(const struct cli_common *common, int argc, char **argv)
{
    bool as_json = false, use_cache = true;
    int rc = parse_options(argc, argv, &as_json, &use_cache);
    if (rc != 0)
        return rc > 0 ? EXIT_ACCEPTED : EXIT_USAGE;
    struct validator v = {.root = catalog_root(common->problems_dir)};
    size_t n = (size_t)(argc - optind);
    char **names = NULL;
    if (n == 0 && v.root)
        names = catalog_list(v.root, &n);
    if (n == 0) {
        free(v.root);
        free(names);
        return cli_usage_error("no problems to validate (use --problems DIR)");
    }
    v.runtime = catalog_runtime_dir();
    v.cache = use_cache ? cli_open_cache() : NULL;
    sandbox_install_interrupt_handlers();
    enum check_status worst = validate_all(&v, names ? names : argv + optind, n, as_json);
    if (v.interrupted)
        fprintf(stderr, "judge: interrupted\n");
    cli_close_cache(v.cache);
    if (names)
        catalog_free_list(names, n);
    free(v.runtime);
    free(v.root);
    return exit_status(worst, v.interrupted);
}
