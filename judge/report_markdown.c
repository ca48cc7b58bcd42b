/* Markdown for $GITHUB_STEP_SUMMARY and merge-request comments: a leaderboard, the
 * verdict matrix, and the failures and unknown files folded away in <details>. GitHub
 * caps a step summary at 1 MiB, so only one line per failing submission is listed. */
#include <stdlib.h>

#include "markup.h"
#include "report_grade.h"
#include "util.h"

static const char *mark_of(enum verdict v)
{
    switch (v) {
    case VERDICT_AC:
        return "✅";
    case VERDICT_TLE:
    case VERDICT_MLE:
    case VERDICT_OLE:
        return "⏱️";
    case VERDICT_CE:
    case VERDICT_IE:
        return "⚠️";
    default:
        return "❌";
    }
}

static void leaderboard(struct strbuf *sb, const struct grade_result *r)
{
    sb_puts(sb, "| Rank | Student | Score | % | Solved |\n|---:|---|---:|---:|---:|\n");
    for (int rank = 1; rank <= (int)r->nstudents; rank++)
        for (size_t s = 0; s < r->nstudents; s++) {
            const struct grade_student *st = &r->students[s];
            if (st->rank != rank)
                continue;
            sb_printf(sb, "| %d | ", st->rank);
            markup_md_cell(sb, st->name);
            sb_printf(sb, " | %d/%d | %.1f | %d/%zu |\n", st->score, st->max_score,
                      grade_percent(st->score, st->max_score), st->solved, r->nproblems);
        }
}

static void matrix(struct strbuf *sb, const struct grade_result *r)
{
    sb_puts(sb, "| Student |");
    for (size_t p = 0; p < r->nproblems; p++) {
        sb_puts(sb, " ");
        markup_md_cell(sb, r->problems[p].id);
        sb_puts(sb, " |");
    }
    sb_puts(sb, "\n|---|");
    for (size_t p = 0; p < r->nproblems; p++)
        sb_puts(sb, "---|");
    sb_puts(sb, "\n");
    for (size_t s = 0; s < r->nstudents; s++) {
        sb_puts(sb, "| ");
        markup_md_cell(sb, r->students[s].name);
        sb_puts(sb, " |");
        for (size_t p = 0; p < r->nproblems; p++) {
            const struct grade_cell *c = grade_cell_at(r, s, p);
            if (c)
                sb_printf(sb, " %s %s %d |", mark_of(c->verdict), verdict_code(c->verdict),
                          c->score);
            else
                sb_puts(sb, grade_in_slice(r, r->students[s].name, r->problems[p].id)
                                ? " — |"
                                : " · |");
        }
        sb_puts(sb, "\n");
    }
    sb_puts(sb, "| **AC rate** |");
    for (size_t p = 0; p < r->nproblems; p++) {
        int ac = 0, n = 0;
        for (size_t s = 0; s < r->nstudents; s++) {
            const struct grade_cell *c = grade_cell_at(r, s, p);
            n += c != NULL;
            ac += c && c->verdict == VERDICT_AC;
        }
        sb_printf(sb, " %d/%d |", ac, n);
    }
    sb_puts(sb, "\n");
}

static void failures(struct strbuf *sb, const struct grade_result *r)
{
    size_t n = 0;
    for (size_t i = 0; i < r->ncells; i++)
        n += r->cells[i].verdict != VERDICT_AC;
    if (!n)
        return;
    sb_printf(sb, "\n<details><summary>%zu submission%s not accepted</summary>\n\n", n,
              n == 1 ? "" : "s");
    for (size_t i = 0; i < r->ncells; i++) {
        const struct grade_cell *c = &r->cells[i];
        if (c->verdict == VERDICT_AC)
            continue;
        char *summary = grade_cell_summary(c);
        sb_puts(sb, "- ");
        markup_md_cell(sb, c->file);
        sb_puts(sb, ": ");
        markup_md_cell(sb, summary);
        sb_puts(sb, "\n");
        free(summary);
    }
    sb_puts(sb, "\n</details>\n");
}

static void unknown(struct strbuf *sb, const struct grade_result *r)
{
    if (!r->nunknown)
        return;
    sb_printf(sb, "\n<details><summary>%zu unknown file%s, not graded</summary>\n\n",
              r->nunknown, r->nunknown == 1 ? "" : "s");
    for (size_t u = 0; u < r->nunknown; u++) {
        sb_puts(sb, "- ");
        markup_md_cell(sb, r->unknown[u].path);
        sb_puts(sb, ": ");
        markup_md_cell(sb, r->unknown[u].reason);
        sb_puts(sb, "\n");
    }
    sb_puts(sb, "\n</details>\n");
}

char *report_markdown(const struct grade_result *r)
{
    struct strbuf sb = {0};
    sb_printf(&sb, "## Grading: %zu student%s × %zu problem%s", r->nstudents,
              r->nstudents == 1 ? "" : "s", r->nproblems, r->nproblems == 1 ? "" : "s");
    if (r->shard_count)
        sb_printf(&sb, " (shard %d/%d)", r->shard_index, r->shard_count);
    sb_puts(&sb, "\n\n");
    leaderboard(&sb, r);
    sb_puts(&sb, "\n");
    matrix(&sb, r);
    failures(&sb, r);
    unknown(&sb, r);
    return sb_take(&sb);
}
