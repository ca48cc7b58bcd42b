/* The class as one static page: leaderboard, verdict matrix, per-problem pass rates, and
 * for every submission its verdict per test with CPU time and memory as small bars
 * (relative to the test's limits), its compile log and the diff of its first failure.
 * Every cell of the matrix links to its submission. Self-contained: inline CSS, no
 * scripts, no fonts or images from anywhere (the favicon is an empty data: URL, so a
 * browser does not even ask for /favicon.ico). Submissions' bytes are escaped. */
#include <stdlib.h>
#include <string.h>

#include "markup.h"
#include "report_grade.h"
#include "util.h"

static const char style[] =
    "body{font:14px/1.4 system-ui,sans-serif;margin:1.5em;color:#1b1f23;background:#fff}"
    "h1{font-size:1.5em}h2{margin-top:1.6em;border-bottom:1px solid #ddd}"
    "table{border-collapse:collapse;margin:.5em 0}"
    "th,td{border:1px solid #d0d7de;padding:.2em .5em;text-align:left;vertical-align:top}"
    "th{background:#f6f8fa}td.num{text-align:right}"
    ".v{font-weight:600;white-space:nowrap}.v a{color:inherit;text-decoration:none;display:block}"
    ".AC{background:#dafbe1}.WA,.RE,.SV{background:#ffebe9}.TLE,.MLE,.OLE{background:#fff8c5}"
    ".CE,.IE{background:#fbefff}.none{color:#8c959f;text-align:center}"
    ".bar{display:inline-block;width:90px;height:.7em;background:#eaeef2;margin-right:.4em}"
    ".bar span{display:block;height:100%;background:#54aeff}.bar span.over{background:#fa4549}"
    "pre{background:#f6f8fa;padding:.5em;overflow:auto;max-height:20em;white-space:pre-wrap}"
    "details{margin:.3em 0;border:1px solid #d0d7de;padding:.2em .6em}"
    "summary{cursor:pointer}.meta{color:#57606a}";

static void text(struct strbuf *sb, const char *s)
{
    markup_escape(sb, s);
}

static void cell_id(struct strbuf *sb, const char *student, const char *problem)
{
    sb_puts(sb, "c-");
    markup_id(sb, student);
    sb_puts(sb, "--");
    markup_id(sb, problem);
}

/* A bar for used out of limit (both in the same unit), with its figure as the title. */
static void bar(struct strbuf *sb, long long used, long long limit, const char *label)
{
    double pct = limit > 0 ? 100.0 * (double)used / (double)limit : 0;
    sb_printf(sb, "<span class=\"bar\" title=\"%s\"><span%s style=\"width:%.1f%%\"></span></span>",
              label, pct > 100 ? " class=\"over\"" : "", pct > 100 ? 100.0 : pct);
}

static void leaderboard(struct strbuf *sb, const struct grade_result *r)
{
    sb_puts(sb, "<h2 id=\"leaderboard\">Leaderboard</h2>\n<table><tr><th>Rank</th><th>Student"
                "</th><th>Score</th><th>Percent</th><th>Solved</th><th>CPU time</th></tr>\n");
    for (int rank = 1; rank <= (int)r->nstudents; rank++)
        for (size_t s = 0; s < r->nstudents; s++) {
            const struct grade_student *st = &r->students[s];
            if (st->rank != rank)
                continue;
            double pct = grade_percent(st->score, st->max_score);
            sb_printf(sb, "<tr><td class=\"num\">%d</td><td>", st->rank);
            text(sb, st->name);
            sb_printf(sb, "</td><td class=\"num\">%d/%d</td><td>", st->score, st->max_score);
            char label[32];
            snprintf(label, sizeof label, "%.1f%%", pct);
            bar(sb, st->score, st->max_score, label);
            sb_printf(sb, "%.1f%%</td><td class=\"num\">%d/%zu</td><td class=\"num\">%ld ms"
                          "</td></tr>\n",
                      pct, st->solved, r->nproblems, st->cpu_ms);
        }
    sb_puts(sb, "</table>\n");
}

static void matrix(struct strbuf *sb, const struct grade_result *r)
{
    sb_puts(sb, "<h2 id=\"matrix\">Verdicts</h2>\n<table><tr><th>Student</th>");
    for (size_t p = 0; p < r->nproblems; p++) {
        sb_puts(sb, "<th>");
        text(sb, r->problems[p].id);
        sb_puts(sb, "</th>");
    }
    sb_puts(sb, "<th>Score</th></tr>\n");
    for (size_t s = 0; s < r->nstudents; s++) {
        sb_puts(sb, "<tr><th>");
        text(sb, r->students[s].name);
        sb_puts(sb, "</th>");
        for (size_t p = 0; p < r->nproblems; p++) {
            const struct grade_cell *c = grade_cell_at(r, s, p);
            if (!c) {
                bool here = grade_in_slice(r, r->students[s].name, r->problems[p].id);
                sb_printf(sb, "<td class=\"none\" title=\"%s\">%s</td>",
                          here ? "not submitted" : "graded by another shard", here ? "—" : "·");
                continue;
            }
            sb_printf(sb, "<td class=\"v %s\"><a href=\"#", verdict_code(c->verdict));
            cell_id(sb, c->student, c->problem);
            sb_printf(sb, "\">%s %d</a></td>", verdict_code(c->verdict), c->score);
        }
        sb_printf(sb, "<td class=\"num\">%d/%d</td></tr>\n", r->students[s].score,
                  r->students[s].max_score);
    }
    sb_puts(sb, "</table>\n");
}

static void pass_rates(struct strbuf *sb, const struct grade_result *r)
{
    sb_puts(sb, "<h2 id=\"problems\">Problems</h2>\n<table><tr><th>Problem</th><th>Title</th>"
                "<th>Accepted</th><th>Submitted</th><th>Average score</th></tr>\n");
    for (size_t p = 0; p < r->nproblems; p++) {
        int ac = 0, n = 0;
        long points = 0;
        for (size_t s = 0; s < r->nstudents; s++) {
            const struct grade_cell *c = grade_cell_at(r, s, p);
            n += c != NULL;
            ac += c && c->verdict == VERDICT_AC;
            points += c ? c->score : 0;
        }
        sb_puts(sb, "<tr><td>");
        text(sb, r->problems[p].id);
        sb_puts(sb, "</td><td>");
        text(sb, r->problems[p].title);
        sb_puts(sb, "</td><td>");
        char label[32];
        snprintf(label, sizeof label, "%d of %d", ac, n);
        bar(sb, ac, n, label);
        sb_printf(sb, "%d/%d</td><td class=\"num\">%d</td><td class=\"num\">%.1f / %d</td></tr>\n",
                  ac, n, n, n ? (double)points / n : 0.0, r->problems[p].max_score);
    }
    sb_puts(sb, "</table>\n");
}

static const struct grade_problem_test *limits_of(const struct grade_problem *gp,
                                                  const struct grade_test *t)
{
    for (size_t i = 0; gp && i < gp->ntests; i++)
        if (strcmp(gp->tests[i].name, t->name) == 0)
            return &gp->tests[i];
    return NULL;
}

static void test_rows(struct strbuf *sb, const struct grade_result *r, const struct grade_cell *c)
{
    int pi = grade_problem_index(r, c->problem);
    const struct grade_problem *gp = pi >= 0 ? &r->problems[pi] : NULL;
    sb_puts(sb, "<table><tr><th>Group</th><th>Test</th><th>Verdict</th><th>CPU time</th>"
                "<th>Memory</th><th>Message</th></tr>\n");
    for (size_t i = 0; i < c->ntests; i++) {
        const struct grade_test *t = &c->tests[i];
        const struct grade_problem_test *lim = limits_of(gp, t);
        sb_puts(sb, "<tr><td>");
        text(sb, t->group);
        sb_puts(sb, "</td><td>");
        text(sb, t->name);
        sb_printf(sb, "</td><td class=\"v %s\">%s</td><td>", verdict_code(t->verdict),
                  verdict_code(t->verdict));
        char label[64];
        snprintf(label, sizeof label, "%ld ms of %ld ms", t->time_ms,
                 lim ? lim->time_limit_ms : 0L);
        bar(sb, t->time_ms, lim ? lim->time_limit_ms : 0, label);
        sb_printf(sb, "%ld ms</td><td>", t->time_ms);
        snprintf(label, sizeof label, "%lld KiB of %lld KiB", t->memory_kib,
                 lim ? lim->memory_limit_bytes / 1024 : 0LL);
        bar(sb, t->memory_kib, lim ? lim->memory_limit_bytes / 1024 : 0, label);
        sb_printf(sb, "%lld KiB</td><td>", t->memory_kib);
        text(sb, t->message);
        if (!t->visible && !r->hidden_details && t->verdict != VERDICT_AC)
            sb_puts(sb, "<span class=\"meta\">(hidden test)</span>");
        sb_puts(sb, "</td></tr>\n");
    }
    sb_puts(sb, "</table>\n");
}

static void pre_block(struct strbuf *sb, const char *title, const char *body)
{
    sb_printf(sb, "<p>%s</p><pre>", title);
    text(sb, body);
    sb_puts(sb, "</pre>\n");
}

static void submission(struct strbuf *sb, const struct grade_result *r, const struct grade_cell *c)
{
    sb_puts(sb, "<details id=\"");
    cell_id(sb, c->student, c->problem);
    sb_printf(sb, "\"><summary><span class=\"v %s\">%s</span> ", verdict_code(c->verdict),
              verdict_code(c->verdict));
    text(sb, c->student);
    sb_puts(sb, " / ");
    text(sb, c->problem);
    sb_printf(sb, " &mdash; %d/%d</summary>\n<p class=\"meta\">", c->score, c->max_score);
    text(sb, c->file);
    sb_printf(sb, " &middot; sha256 %.12s%s</p>\n", c->sha256, c->cached ? " &middot; cached" : "");
    char *summary = grade_cell_summary(c);
    sb_puts(sb, "<p>");
    text(sb, summary);
    sb_puts(sb, "</p>\n");
    free(summary);
    if (c->compile_notes && *c->compile_notes)
        pre_block(sb, "Compiler notes", c->compile_notes);
    if (c->compile_log && *c->compile_log)
        pre_block(sb, "Compile log", c->compile_log);
    if (c->error)
        pre_block(sb, "Internal error", c->error);
    const struct grade_test *first = grade_first_failure(c);
    if (first && first->diff) {
        struct strbuf title = {0};
        sb_puts(&title, "First failure: ");
        text(&title, first->group);
        sb_puts(&title, "/");
        text(&title, first->name);
        pre_block(sb, title.data, first->diff);
        sb_free(&title);
    }
    if (c->ntests)
        test_rows(sb, r, c);
    sb_puts(sb, "</details>\n");
}

static void unknown_files(struct strbuf *sb, const struct grade_result *r)
{
    if (!r->nunknown)
        return;
    sb_printf(sb, "<h2 id=\"unknown\">Unknown files (%zu), not graded</h2>\n<ul>\n", r->nunknown);
    for (size_t u = 0; u < r->nunknown; u++) {
        sb_puts(sb, "<li><code>");
        text(sb, r->unknown[u].path);
        sb_puts(sb, "</code>: ");
        text(sb, r->unknown[u].reason);
        sb_puts(sb, "</li>\n");
    }
    sb_puts(sb, "</ul>\n");
}

char *report_html(const struct grade_result *r)
{
    struct strbuf sb = {0};
    sb_puts(&sb, "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                 "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                 "<link rel=\"icon\" href=\"data:,\">\n<title>Grading: ");
    text(&sb, r->submissions);
    sb_printf(&sb, "</title>\n<style>%s</style>\n</head>\n<body>\n<h1>Grading: ", style);
    text(&sb, r->submissions);
    sb_printf(&sb, "</h1>\n<p class=\"meta\">%zu students &times; %zu problems, %zu submissions",
              r->nstudents, r->nproblems, r->ncells);
    if (r->shard_count)
        sb_printf(&sb, " (shard %d/%d)", r->shard_index, r->shard_count);
    if (!r->hidden_details)
        sb_puts(&sb, ". Hidden tests show only their verdicts");
    sb_puts(&sb, ".</p>\n");
    leaderboard(&sb, r);
    matrix(&sb, r);
    pass_rates(&sb, r);
    unknown_files(&sb, r);
    sb_puts(&sb, "<h2 id=\"submissions\">Submissions</h2>\n");
    for (size_t i = 0; i < r->ncells; i++)
        submission(&sb, r, &r->cells[i]);
    sb_puts(&sb, "</body>\n</html>\n");
    return sb_take(&sb);
}
