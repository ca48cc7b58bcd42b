#include "grade_output.h"

#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "report_grade.h"
#include "util.h"

#define STUDENT_PLACEHOLDER "{student}"

static int parse_percent(const char *arg, double *out)
{
    char *end;
    errno = 0;
    double v = strtod(arg, &end);
    if (errno || end == arg || *end || !isfinite(v) || v < 0 || v > 100)
        return cli_usage_error("--fail-under takes a percentage from 0 to 100, not '%s'", arg);
    *out = v;
    return 0;
}

int grade_outputs_take(struct grade_outputs *o, int code, const char *arg)
{
    switch (code) {
    case OPT_JSON:
        o->json = arg;
        return 1;
    case OPT_JUNIT:
        o->junit = arg;
        return 1;
    case OPT_MARKDOWN:
        o->markdown = arg;
        return 1;
    case OPT_HTML:
        o->html = arg;
        return 1;
    case OPT_GRADESCOPE:
        o->gradescope = arg;
        return 1;
    case OPT_TAP:
        o->tap = arg;
        return 1;
    case OPT_FAIL_UNDER:
        return parse_percent(arg, &o->fail_under) == 0 ? 1 : -1;
    case OPT_DETERMINISTIC:
        o->deterministic = true;
        return 1;
    default:
        return 0;
    }
}

static bool is_stdout(const char *path)
{
    return path && strcmp(path, "-") == 0;
}

bool grade_outputs_use_stdout(const struct grade_outputs *o)
{
    return is_stdout(o->json) || is_stdout(o->junit) || is_stdout(o->markdown) ||
           is_stdout(o->html) || is_stdout(o->gradescope) || is_stdout(o->tap);
}

int grade_outputs_check(const struct grade_outputs *o, const struct grade_result *r)
{
    if (o->gradescope && r->nstudents > 1 && !strstr(o->gradescope, STUDENT_PLACEHOLDER))
        return cli_usage_error("--gradescope writes one results.json per student: with %zu "
                               "students, put " STUDENT_PLACEHOLDER " in the path",
                               r->nstudents);
    return 0;
}

/* Writes text to path ("-" = stdout). Returns 0, or -1 after saying why. */
static int emit(const char *what, const char *path, char *text)
{
    int rc = 0;
    if (is_stdout(path)) {
        fputs(text, stdout);
        fflush(stdout);
    } else if (write_file_atomic(path, text, strlen(text)) < 0) {
        fprintf(stderr, "judge: cannot write the %s report %s: %s\n", what, path,
                strerror(errno));
        rc = -1;
    }
    free(text);
    return rc;
}

/* path with every {student} replaced by name. */
static char *student_path(const char *path, const char *name)
{
    struct strbuf sb = {0};
    for (const char *p = path; *p;) {
        if (strncmp(p, STUDENT_PLACEHOLDER, strlen(STUDENT_PLACEHOLDER)) == 0) {
            sb_puts(&sb, name);
            p += strlen(STUDENT_PLACEHOLDER);
        } else {
            sb_append(&sb, p++, 1);
        }
    }
    return sb_take(&sb);
}

static int write_gradescope(const char *path, const struct grade_result *r)
{
    int rc = 0;
    for (size_t s = 0; s < r->nstudents; s++) {
        char *p = student_path(path, r->students[s].name);
        rc |= emit("Gradescope", p, report_gradescope(r, s));
        free(p);
    }
    return rc;
}

int grade_outputs_write(const struct grade_outputs *o, const struct grade_result *r)
{
    int rc = 0;
    if (o->json)
        rc |= emit("JSON", o->json, report_grade_json(r));
    if (o->junit)
        rc |= emit("JUnit", o->junit, report_junit(r));
    if (o->markdown)
        rc |= emit("Markdown", o->markdown, report_markdown(r));
    if (o->html)
        rc |= emit("HTML", o->html, report_html(r));
    if (o->tap)
        rc |= emit("TAP", o->tap, report_tap(r));
    if (o->gradescope)
        rc |= write_gradescope(o->gradescope, r);
    if (!grade_outputs_use_stdout(o)) {
        report_grade_terminal(stdout, r, cli_use_color(stdout));
        fflush(stdout);
    }
    return rc ? -1 : 0;
}

int grade_exit_status(const struct grade_outputs *o, const struct grade_result *r)
{
    size_t ie = 0;
    for (size_t i = 0; i < r->ncells; i++)
        ie += r->cells[i].verdict == VERDICT_IE;
    if (ie) {
        fprintf(stderr, "judge: %zu submission%s could not be graded (IE): see the reports\n", ie,
                ie == 1 ? "" : "s");
        return EXIT_IE;
    }
    if (o->fail_under < 0)
        return 0;
    size_t below = 0;
    for (size_t s = 0; s < r->nstudents; s++) {
        const struct grade_student *st = &r->students[s];
        double pct = grade_percent(st->score, st->max_score);
        if (pct < o->fail_under) {
            if (below++ < 10)
                fprintf(stderr, "judge: %s scores %.1f%% (%d/%d), under --fail-under %g\n",
                        st->name, pct, st->score, st->max_score, o->fail_under);
        }
    }
    if (below > 10)
        fprintf(stderr, "judge: ... %zu students in all under --fail-under %g\n", below,
                o->fail_under);
    return below ? EXIT_NOT_ACCEPTED : 0;
}
