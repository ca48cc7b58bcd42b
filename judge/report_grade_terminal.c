/* The class on a terminal: the student x problem matrix (verdict and points per cell),
 * each problem's pass rate, the ranked leaderboard, and the files nobody could place.
 * Colours only when the caller says so. */
#include <stdlib.h>
#include <string.h>

#include "report_grade.h"
#include "util.h"

#define NAME_MAX_WIDTH 24
#define WIDE_TABLE     140 /* wider than this: problems become P1..Pn with a legend */

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

struct layout {
    int name_w;
    int *col_w;
    bool short_names;
};

static void column_name(const struct grade_result *r, const struct layout *l, size_t p, char *buf,
                        size_t len)
{
    if (l->short_names)
        snprintf(buf, len, "P%zu", p + 1);
    else
        snprintf(buf, len, "%s", r->problems[p].id);
}

static void plan(const struct grade_result *r, struct layout *l)
{
    l->name_w = 7;
    for (size_t s = 0; s < r->nstudents; s++) {
        int w = (int)strlen(r->students[s].name);
        l->name_w = w > l->name_w ? w : l->name_w;
    }
    l->name_w = l->name_w > NAME_MAX_WIDTH ? NAME_MAX_WIDTH : l->name_w;
    int total = l->name_w;
    for (size_t p = 0; p < r->nproblems; p++) {
        int w = (int)strlen(r->problems[p].id);
        total += 2 + (w > 7 ? w : 7);
    }
    l->short_names = total > WIDE_TABLE;
    l->col_w = xcalloc(r->nproblems + 1, sizeof *l->col_w);
    for (size_t p = 0; p < r->nproblems; p++) {
        char name[64];
        column_name(r, l, p, name, sizeof name);
        int w = (int)strlen(name);
        l->col_w[p] = w > 7 ? w : 7;
    }
}

static void put_cell(FILE *out, const struct grade_result *r, size_t s, size_t p, int width,
                     bool color)
{
    const struct grade_cell *c = grade_cell_at(r, s, p);
    char text[32];
    if (!c)
        snprintf(text, sizeof text, "%s",
                 grade_in_slice(r, r->students[s].name, r->problems[p].id) ? "-" : ".");
    else
        snprintf(text, sizeof text, "%s %d", verdict_code(c->verdict), c->score);
    if (c && color)
        fprintf(out, "%s%-*s\033[0m", colour_of(c->verdict), width, text);
    else
        fprintf(out, "%-*s", width, text);
}

static void put_matrix(FILE *out, const struct grade_result *r, const struct layout *l, bool color)
{
    fprintf(out, "%-*s", l->name_w, "STUDENT");
    for (size_t p = 0; p < r->nproblems; p++) {
        char name[64];
        column_name(r, l, p, name, sizeof name);
        fprintf(out, "  %-*s", l->col_w[p], name);
    }
    fputs("  SCORE\n", out);
    for (size_t s = 0; s < r->nstudents; s++) {
        fprintf(out, "%-*.*s", l->name_w, l->name_w, r->students[s].name);
        for (size_t p = 0; p < r->nproblems; p++) {
            fputs("  ", out);
            put_cell(out, r, s, p, l->col_w[p], color);
        }
        fprintf(out, "  %d/%d\n", r->students[s].score, r->students[s].max_score);
    }
    fprintf(out, "%-*s", l->name_w, "AC rate");
    for (size_t p = 0; p < r->nproblems; p++) {
        int ac = 0, n = 0;
        for (size_t s = 0; s < r->nstudents; s++) {
            const struct grade_cell *c = grade_cell_at(r, s, p);
            n += c != NULL;
            ac += c && c->verdict == VERDICT_AC;
        }
        char rate[32];
        snprintf(rate, sizeof rate, "%d/%d", ac, n);
        fprintf(out, "  %-*s", p + 1 < r->nproblems ? l->col_w[p] : 0, rate);
    }
    fputc('\n', out);
    if (l->short_names)
        for (size_t p = 0; p < r->nproblems; p++)
            fprintf(out, "  P%zu = %s\n", p + 1, r->problems[p].id);
}

static void put_leaderboard(FILE *out, const struct grade_result *r, int name_w)
{
    size_t *order = xcalloc(r->nstudents + 1, sizeof *order);
    size_t n = 0;
    for (int rank = 1; rank <= (int)r->nstudents; rank++)
        for (size_t s = 0; s < r->nstudents; s++)
            if (r->students[s].rank == rank)
                order[n++] = s;
    fprintf(out, "\n%4s  %-*s  %11s  %7s  %6s  %9s\n", "RANK", name_w, "STUDENT", "SCORE",
            "PERCENT", "SOLVED", "CPU");
    for (size_t i = 0; i < n; i++) {
        const struct grade_student *st = &r->students[order[i]];
        char score[32], solved[32];
        snprintf(score, sizeof score, "%d/%d", st->score, st->max_score);
        snprintf(solved, sizeof solved, "%d/%zu", st->solved, r->nproblems);
        fprintf(out, "%4d  %-*.*s  %11s  %6.1f%%  %6s  %6ld ms\n", st->rank, name_w, name_w,
                st->name, score, grade_percent(st->score, st->max_score), solved, st->cpu_ms);
    }
    free(order);
}

static void put_summary(FILE *out, const struct grade_result *r)
{
    fprintf(out, "%zu student%s x %zu problem%s, %zu submission%s", r->nstudents,
            r->nstudents == 1 ? "" : "s", r->nproblems, r->nproblems == 1 ? "" : "s", r->ncells,
            r->ncells == 1 ? "" : "s");
    if (r->shard_count)
        fprintf(out, " in shard %d/%d", r->shard_index, r->shard_count);
    if (!r->deterministic)
        fprintf(out, ": %d judged, %d from the cache, %d resumed, %d identical; %.1f s with %d "
                     "job%s",
                r->run.judged, r->run.from_cache, r->run.from_state, r->run.duplicates,
                (double)r->run.elapsed_ms / 1000.0, r->run.jobs, r->run.jobs == 1 ? "" : "s");
    fputs("\n\n", out);
}

void report_grade_terminal(FILE *out, const struct grade_result *r, bool color)
{
    struct layout l;
    plan(r, &l);
    put_summary(out, r);
    put_matrix(out, r, &l, color);
    put_leaderboard(out, r, l.name_w);
    if (r->nunknown) {
        fprintf(out, "\nUnknown files (%zu), not graded:\n", r->nunknown);
        for (size_t u = 0; u < r->nunknown; u++)
            fprintf(out, "  %s: %s\n", r->unknown[u].path, r->unknown[u].reason);
    }
    free(l.col_w);
}
