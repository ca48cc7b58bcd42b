/* Gradescope's autograder results.json for one student, so that `judge grade` can be the
 * body of a Gradescope autograder (see docs/ci.md): a test per problem (name, number,
 * score, max_score, status, output, visibility), the total score, the execution time and
 * leaderboard entries. Written with jansson, whose number formatting Gradescope reads. */
#include <jansson.h>
#include <string.h>

#include "markup.h"
#include "report_grade.h"
#include "util.h"

#define OUTPUT_FAILURES 10 /* failing tests listed in a test's output */

/* What a student reads under a problem: per group, how many tests passed, then the
 * failing tests (hidden ones show only their verdicts). */
static char *test_output(const struct grade_cell *c)
{
    struct strbuf sb = {0};
    char *summary = grade_cell_summary(c);
    sb_printf(&sb, "%s\n", summary);
    free(summary);
    if (c->verdict == VERDICT_CE)
        sb_printf(&sb, "\n%s", c->compile_log ? c->compile_log : "");
    for (size_t i = 0; i < c->ntests;) {
        size_t end = i, passed = 0;
        while (end < c->ntests && strcmp(c->tests[end].group, c->tests[i].group) == 0)
            passed += c->tests[end++].verdict == VERDICT_AC;
        sb_printf(&sb, "%s: %zu/%zu passed%s\n", c->tests[i].group, passed, end - i,
                  c->tests[i].visible ? "" : " (hidden tests)");
        i = end;
    }
    int listed = 0;
    for (size_t i = 0; i < c->ntests && listed < OUTPUT_FAILURES; i++) {
        const struct grade_test *t = &c->tests[i];
        if (t->verdict == VERDICT_AC)
            continue;
        sb_printf(&sb, "%s%s/%s: %s%s%s\n", listed++ ? "" : "\n", t->group, t->name,
                  verdict_code(t->verdict), t->message && *t->message ? " -- " : "",
                  t->message ? t->message : "");
    }
    const struct grade_test *first = grade_first_failure(c);
    if (first && first->diff)
        sb_printf(&sb, "\nFirst failure (%s/%s):\n%s\n", first->group, first->name, first->diff);
    return sb_take(&sb);
}

static json_t *problem_test(const struct grade_result *r, size_t s, size_t p)
{
    const struct grade_cell *c = grade_cell_at(r, s, p);
    char number[32];
    snprintf(number, sizeof number, "%zu", p + 1);
    char *raw = c ? test_output(c) : xstrdup("not submitted");
    char *output = markup_utf8(raw);
    free(raw);
    json_t *t = json_pack("{s:s, s:s, s:i, s:i, s:s, s:s, s:s}", "name", r->problems[p].id,
                          "number", number, "score", c ? c->score : 0, "max_score",
                          r->problems[p].max_score, "status",
                          c && c->verdict == VERDICT_AC ? "passed" : "failed", "output", output,
                          "visibility", "visible");
    free(output);
    return t;
}

char *report_gradescope(const struct grade_result *r, size_t si)
{
    const struct grade_student *st = &r->students[si];
    json_t *tests = json_array();
    for (size_t p = 0; p < r->nproblems; p++)
        if (grade_in_slice(r, st->name, r->problems[p].id))
            json_array_append_new(tests, problem_test(r, si, p));
    char *output = xasprintf("%s: %d/%d points, %d of %zu problems accepted", st->name, st->score,
                             st->max_score, st->solved, r->nproblems);
    json_t *leaderboard = json_pack(
        "[{s:s, s:i}, {s:s, s:i}, {s:s, s:f, s:s}]", "name", "Score", "value", st->score, "name",
        "Solved", "value", st->solved, "name", "CPU time (s)", "value", (double)st->cpu_ms / 1000.0,
        "order", "asc");
    json_t *root = json_pack("{s:i, s:f, s:s, s:s, s:s, s:o, s:o}", "score", st->score,
                             "execution_time", (double)r->run.elapsed_ms / 1000.0, "output",
                             output, "visibility", "visible", "stdout_visibility", "hidden",
                             "tests", tests, "leaderboard", leaderboard);
    free(output);
    char *text = root ? json_dumps(root, JSON_INDENT(2) | JSON_PRESERVE_ORDER) : NULL;
    json_decref(root);
    if (!text)
        die("out of memory writing the Gradescope report");
    char *out = xasprintf("%s\n", text);
    free(text);
    return out;
}
