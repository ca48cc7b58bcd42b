/* JUnit XML as GitHub Actions (test-reporter actions) and GitLab (artifacts:reports:junit)
 * read it: <testsuites> > <testsuite name=STUDENT> > <testcase classname=STUDENT
 * name=PROBLEM>, with <failure> for a verdict other than AC (message = verdict and first
 * failing test), <error> for IE and <skipped> for a problem not submitted. Names are unique
 * per suite (GitLab keeps only the first of duplicates) and failure texts are capped, so a
 * class stays far below GitLab's 30 MB. tests/junit.xsd is the schema. */
#include <stdlib.h>
#include <string.h>

#include "markup.h"
#include "report_grade.h"
#include "util.h"

#define FAILURE_TEXT_MAX 4000 /* bytes of detail inside one <failure> */
#define FAILING_LISTED   20   /* failing tests listed in it */

struct counts {
    int tests, failures, errors, skipped;
    long cpu_ms;
};

static void attr(struct strbuf *sb, const char *name, const char *value)
{
    sb_printf(sb, " %s=\"", name);
    markup_escape(sb, value);
    sb_puts(sb, "\"");
}

static void seconds(struct strbuf *sb, long ms)
{
    sb_printf(sb, " time=\"%ld.%03ld\"", ms / 1000, ms % 1000);
}

static long cell_cpu(const struct grade_cell *c)
{
    long ms = 0;
    for (size_t t = 0; t < c->ntests; t++)
        ms += c->tests[t].time_ms;
    return ms;
}

/* The detail text: every failing test (capped), then the first failure's diff or the
 * compile log. */
static char *failure_text(const struct grade_cell *c)
{
    struct strbuf sb = {0};
    sb_printf(&sb, "%s: %s %d/%d\n", c->file, verdict_code(c->verdict), c->score, c->max_score);
    if (c->verdict == VERDICT_CE)
        sb_printf(&sb, "\n%s", c->compile_log ? c->compile_log : "");
    if (c->error)
        sb_printf(&sb, "\n%s\n", c->error);
    int listed = 0, failing = 0;
    for (size_t t = 0; t < c->ntests; t++) {
        const struct grade_test *tr = &c->tests[t];
        if (tr->verdict == VERDICT_AC)
            continue;
        if (failing++ < FAILING_LISTED) {
            sb_printf(&sb, "%s/%s %s%s%s\n", tr->group, tr->name, verdict_code(tr->verdict),
                      tr->message && *tr->message ? ": " : "", tr->message ? tr->message : "");
            listed++;
        }
    }
    if (failing > listed)
        sb_printf(&sb, "... and %d more failing tests\n", failing - listed);
    const struct grade_test *first = grade_first_failure(c);
    if (first && first->diff)
        sb_printf(&sb, "\nfirst failure, %s/%s:\n%s\n", first->group, first->name, first->diff);
    if (sb.len > FAILURE_TEXT_MAX) {
        sb.len = FAILURE_TEXT_MAX;
        sb.data[sb.len] = '\0';
        sb_puts(&sb, "\n... (cut)\n");
    }
    return sb_take(&sb);
}

static void put_case(struct strbuf *sb, const struct grade_result *r, size_t s, size_t p,
                     struct counts *n)
{
    const struct grade_cell *c = grade_cell_at(r, s, p);
    sb_puts(sb, "    <testcase");
    attr(sb, "name", r->problems[p].id);
    attr(sb, "classname", r->students[s].name);
    seconds(sb, c ? cell_cpu(c) : 0);
    n->tests++;
    if (!c) {
        n->skipped++;
        sb_puts(sb, ">\n      <skipped message=\"not submitted\"/>\n    </testcase>\n");
        return;
    }
    n->cpu_ms += cell_cpu(c);
    if (c->verdict == VERDICT_AC) {
        sb_puts(sb, "/>\n");
        return;
    }
    const char *element = c->verdict == VERDICT_IE ? "error" : "failure";
    if (c->verdict == VERDICT_IE)
        n->errors++;
    else
        n->failures++;
    char *summary = grade_cell_summary(c);
    char *text = failure_text(c);
    sb_printf(sb, ">\n      <%s", element);
    attr(sb, "message", summary);
    attr(sb, "type", verdict_code(c->verdict));
    sb_puts(sb, ">");
    markup_escape(sb, text);
    sb_printf(sb, "</%s>\n    </testcase>\n", element);
    free(summary);
    free(text);
}

static void put_suite(struct strbuf *out, const struct grade_result *r, size_t s,
                      struct counts *total)
{
    struct counts n = {0};
    struct strbuf cases = {0};
    for (size_t p = 0; p < r->nproblems; p++)
        if (grade_in_slice(r, r->students[s].name, r->problems[p].id))
            put_case(&cases, r, s, p, &n);
    sb_puts(out, "  <testsuite");
    attr(out, "name", r->students[s].name);
    sb_printf(out, " tests=\"%d\" failures=\"%d\" errors=\"%d\" skipped=\"%d\"", n.tests,
              n.failures, n.errors, n.skipped);
    seconds(out, n.cpu_ms);
    sb_puts(out, ">\n");
    sb_printf(out, "    <properties>\n      <property name=\"score\" value=\"%d\"/>\n"
                   "      <property name=\"max_score\" value=\"%d\"/>\n"
                   "      <property name=\"rank\" value=\"%d\"/>\n    </properties>\n",
              r->students[s].score, r->students[s].max_score, r->students[s].rank);
    sb_append(out, cases.data ? cases.data : "", cases.len);
    sb_puts(out, "  </testsuite>\n");
    sb_free(&cases);
    total->tests += n.tests;
    total->failures += n.failures;
    total->errors += n.errors;
    total->skipped += n.skipped;
    total->cpu_ms += n.cpu_ms;
}

char *report_junit(const struct grade_result *r)
{
    struct counts total = {0};
    struct strbuf suites = {0};
    for (size_t s = 0; s < r->nstudents; s++)
        put_suite(&suites, r, s, &total);
    struct strbuf sb = {0};
    sb_puts(&sb, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"judge grade\"");
    sb_printf(&sb, " tests=\"%d\" failures=\"%d\" errors=\"%d\" skipped=\"%d\"", total.tests,
              total.failures, total.errors, total.skipped);
    seconds(&sb, total.cpu_ms);
    sb_puts(&sb, ">\n");
    sb_append(&sb, suites.data ? suites.data : "", suites.len);
    sb_puts(&sb, "</testsuites>\n");
    sb_free(&suites);
    return sb_take(&sb);
}
