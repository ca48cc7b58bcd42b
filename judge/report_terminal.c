/* The human report. Colours only when the caller says so (a TTY without NO_COLOR). */
#include <string.h>

#include "report.h"
#include "units.h"

#define INPUT_SHOW_MAX 600

static const char *colour_of(enum verdict v)
{
    switch (v) {
    case VERDICT_AC:
        return "\033[32m";
    case VERDICT_TLE:
    case VERDICT_MLE:
    case VERDICT_OLE:
        return "\033[33m";
    case VERDICT_CE:
    case VERDICT_IE:
        return "\033[35m";
    default:
        return "\033[31m";
    }
}

static void put_verdict(FILE *out, enum verdict v, bool color, int width)
{
    if (color)
        fprintf(out, "%s\033[1m%-*s\033[0m", colour_of(v), width, verdict_code(v));
    else
        fprintf(out, "%-*s", width, verdict_code(v));
}

static void put_indented(FILE *out, const char *text, const char *indent)
{
    bool start = true;
    for (const char *p = text; *p; p++) {
        if (start)
            fputs(indent, out);
        fputc(*p, out);
        start = *p == '\n';
    }
    if (!start)
        fputc('\n', out);
}

static void put_table(FILE *out, const struct submission_result *r, bool color)
{
    const struct problem *p = r->problem;
    int gw = 5, nw = 4;
    for (size_t i = 0; i < r->ntests; i++) {
        const struct test_case *t = &p->tests[r->tests[i].test];
        int g = (int)strlen(p->groups[t->group].name), n = (int)strlen(t->name);
        gw = g > gw ? g : gw;
        nw = n > nw ? n : nw;
    }
    fprintf(out, "  %-*s  %-*s  %-7s  %8s  %9s\n", gw, "GROUP", nw, "TEST", "VERDICT", "CPU",
            "MEMORY");
    for (size_t i = 0; i < r->ntests; i++) {
        const struct test_result *tr = &r->tests[i];
        const struct test_case *t = &p->tests[tr->test];
        char mem[32];
        units_format_measured(tr->memory_kib, mem, sizeof mem);
        fprintf(out, "  %-*s  %-*s  ", gw, p->groups[t->group].name, nw, t->name);
        put_verdict(out, tr->verdict, color, 7);
        fprintf(out, "  %5ld ms  %9s", tr->time_ms, mem);
        if (tr->verdict != VERDICT_AC && tr->message && *tr->message)
            fprintf(out, "  %s", tr->message);
        fputc('\n', out);
    }
}

static void put_failure(FILE *out, const struct submission_result *r, const struct test_result *tr)
{
    const struct test_case *t = &r->problem->tests[tr->test];
    fprintf(out, "\nFirst failure: %s/%s -- %s", r->problem->groups[t->group].name, t->name,
            verdict_title(tr->verdict));
    fprintf(out, "%s%s\n", tr->message && *tr->message ? ": " : "", tr->message ? tr->message : "");
    if (tr->diff)
        put_indented(out, tr->diff, "  ");
    if (tr->input_head && *tr->input_head && !tr->input_cut &&
        strlen(tr->input_head) <= INPUT_SHOW_MAX) {
        fputs("  input:\n", out);
        put_indented(out, tr->input_head, "    ");
    }
    bool function = r->problem->kind == PROBLEM_FUNCTION;
    if (function && tr->program_stdout && *tr->program_stdout) {
        fputs("  your program's stdout (not part of the answer):\n", out);
        put_indented(out, tr->program_stdout, "    ");
    }
    if (tr->program_stderr && *tr->program_stderr) {
        fputs("  your program's stderr:\n", out);
        put_indented(out, tr->program_stderr, "    ");
    }
}

static void put_summary(FILE *out, const struct submission_result *r, bool color)
{
    size_t passed = 0;
    for (size_t i = 0; i < r->ntests; i++)
        passed += r->tests[i].verdict == VERDICT_AC;
    fputs("\nVerdict: ", out);
    put_verdict(out, r->verdict, color, 0);
    fprintf(out, " (%s)  score %d/%d", verdict_title(r->verdict), r->score, r->max_score);
    if (r->ntests)
        fprintf(out, "  tests %zu/%zu passed", passed, r->problem->ntests);
    fputc('\n', out);
}

void report_terminal(FILE *out, const struct submission_result *r, bool color)
{
    fprintf(out, "%s: %s\n", r->problem->id, r->solution);
    const struct compile_result *c = &r->compile;
    if (c->notes && *c->notes)
        put_indented(out, c->notes, "warning: ");
    if (r->verdict == VERDICT_CE) {
        fputs("Compilation failed:\n", out);
        put_indented(out, c->log, "  ");
    } else if (r->error) {
        fprintf(out, "Internal error: ");
        put_indented(out, r->error, "");
    }
    if (r->ntests) {
        fprintf(out, "compiled in %ld ms\n\n", c->time_ms);
        put_table(out, r, color);
        for (size_t i = 0; i < r->ntests; i++)
            if (r->tests[i].verdict != VERDICT_AC) {
                put_failure(out, r, &r->tests[i]);
                break;
            }
    }
    put_summary(out, r, color);
}
