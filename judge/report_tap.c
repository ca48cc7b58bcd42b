/* TAP version 14: one test point per student, each a subtest with one point per problem
 * (a problem not submitted is a SKIP), and a YAML diagnostic block under every failure.
 * A student's point is ok when every problem they submitted is AC. */
#include <stdlib.h>
#include <string.h>

#include "json.h"
#include "report_grade.h"
#include "util.h"

/* A description: no newlines, and '#' and '\' escaped as TAP 14 asks. */
static void description(struct strbuf *sb, const char *s)
{
    for (const char *p = s; *p; p++) {
        if (*p == '#' || *p == '\\')
            sb_printf(sb, "\\%c", *p);
        else if (*p == '\n' || *p == '\r')
            sb_puts(sb, " ");
        else
            sb_append(sb, p, 1);
    }
}

/* A YAML scalar: the JSON form of the string is valid YAML. */
static void yaml_string(struct strbuf *sb, const char *indent, const char *key, const char *value)
{
    sb_printf(sb, "%s%s: ", indent, key);
    json_escape(sb, value ? value : "", value ? strlen(value) : 0);
    sb_puts(sb, "\n");
}

static void diagnostics(struct strbuf *sb, const struct grade_cell *c)
{
    const char *in = "      ";
    sb_printf(sb, "%s---\n", in);
    yaml_string(sb, in, "verdict", verdict_code(c->verdict));
    sb_printf(sb, "%sscore: %d\n%smax_score: %d\n", in, c->score, in, c->max_score);
    yaml_string(sb, in, "file", c->file);
    char *summary = grade_cell_summary(c);
    yaml_string(sb, in, "message", summary);
    free(summary);
    const struct grade_test *t = grade_first_failure(c);
    if (t && t->diff)
        yaml_string(sb, in, "diff", t->diff);
    if (c->verdict == VERDICT_CE)
        yaml_string(sb, in, "compile_log", c->compile_log);
    sb_printf(sb, "%s...\n", in);
}

/* Returns whether the student's point is ok. */
static bool put_student(struct strbuf *sb, const struct grade_result *r, size_t s)
{
    size_t n = 0;
    for (size_t p = 0; p < r->nproblems; p++)
        n += grade_in_slice(r, r->students[s].name, r->problems[p].id);
    sb_puts(sb, "# Subtest: ");
    description(sb, r->students[s].name);
    sb_puts(sb, "\n");
    if (n == 0) {
        sb_puts(sb, "    1..0 # SKIP no problem of this student in this shard\n");
        return true;
    }
    sb_printf(sb, "    1..%zu\n", n);
    bool ok = true;
    size_t k = 0;
    for (size_t p = 0; p < r->nproblems; p++) {
        if (!grade_in_slice(r, r->students[s].name, r->problems[p].id))
            continue;
        const struct grade_cell *c = grade_cell_at(r, s, p);
        bool pass = !c || c->verdict == VERDICT_AC;
        ok = ok && pass;
        sb_printf(sb, "    %s %zu - ", pass ? "ok" : "not ok", ++k);
        description(sb, r->problems[p].id);
        if (!c)
            sb_puts(sb, " # SKIP not submitted\n");
        else
            sb_printf(sb, ": %s %d/%d\n", verdict_code(c->verdict), c->score, c->max_score);
        if (c && !pass)
            diagnostics(sb, c);
    }
    return ok;
}

char *report_tap(const struct grade_result *r)
{
    struct strbuf sb = {0};
    sb_printf(&sb, "TAP version 14\n1..%zu\n", r->nstudents);
    for (size_t s = 0; s < r->nstudents; s++) {
        bool ok = put_student(&sb, r, s);
        sb_printf(&sb, "%s %zu - ", ok ? "ok" : "not ok", s + 1);
        description(&sb, r->students[s].name);
        sb_printf(&sb, ": %d/%d\n", r->students[s].score, r->students[s].max_score);
    }
    if (r->nstudents == 0)
        sb_puts(&sb, "# no students\n");
    return sb_take(&sb);
}
