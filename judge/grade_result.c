/* The grade result's bookkeeping: ownership, order, totals and ranks, and the two
 * transformations every report must see alike (hidden tests, deterministic figures). */
#include "grade.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

static char *dup_or_null(const char *s)
{
    return s ? xstrdup(s) : NULL;
}

static void test_free(struct grade_test *t)
{
    free(t->name);
    free(t->group);
    free(t->signal);
    free(t->message);
    free(t->diff);
    free(t->out);
    free(t->err);
}

void grade_cell_free(struct grade_cell *c)
{
    for (size_t i = 0; i < c->ntests; i++)
        test_free(&c->tests[i]);
    free(c->tests);
    free(c->student);
    free(c->problem);
    free(c->file);
    free(c->solution);
    free(c->compile_status);
    free(c->compile_log);
    free(c->compile_notes);
    free(c->error);
    *c = (struct grade_cell){0};
}

void grade_cell_copy(struct grade_cell *dst, const struct grade_cell *src)
{
    *dst = *src;
    dst->student = dup_or_null(src->student);
    dst->problem = dup_or_null(src->problem);
    dst->file = dup_or_null(src->file);
    dst->solution = dup_or_null(src->solution);
    dst->compile_status = dup_or_null(src->compile_status);
    dst->compile_log = dup_or_null(src->compile_log);
    dst->compile_notes = dup_or_null(src->compile_notes);
    dst->error = dup_or_null(src->error);
    dst->tests = src->ntests ? xcalloc(src->ntests, sizeof *dst->tests) : NULL;
    for (size_t i = 0; i < src->ntests; i++) {
        const struct grade_test *s = &src->tests[i];
        struct grade_test *d = &dst->tests[i];
        *d = *s;
        d->name = dup_or_null(s->name);
        d->group = dup_or_null(s->group);
        d->signal = dup_or_null(s->signal);
        d->message = dup_or_null(s->message);
        d->diff = dup_or_null(s->diff);
        d->out = dup_or_null(s->out);
        d->err = dup_or_null(s->err);
    }
}

void grade_result_free(struct grade_result *r)
{
    for (size_t i = 0; i < r->nproblems; i++) {
        struct grade_problem *p = &r->problems[i];
        for (size_t t = 0; t < p->ntests; t++) {
            free(p->tests[t].name);
            free(p->tests[t].group);
        }
        free(p->tests);
        free(p->id);
        free(p->title);
    }
    for (size_t i = 0; i < r->nstudents; i++)
        free(r->students[i].name);
    for (size_t i = 0; i < r->ncells; i++)
        grade_cell_free(&r->cells[i]);
    for (size_t i = 0; i < r->nunknown; i++) {
        free(r->unknown[i].path);
        free(r->unknown[i].reason);
    }
    free(r->problems);
    free(r->students);
    free(r->cells);
    free(r->unknown);
    free(r->submissions);
    *r = (struct grade_result){0};
}

int grade_verdict_parse(const char *code, enum verdict *out)
{
    for (int v = VERDICT_AC; v <= VERDICT_IE; v++)
        if (code && strcmp(code, verdict_code((enum verdict)v)) == 0) {
            *out = (enum verdict)v;
            return 0;
        }
    return -1;
}

/* FNV-1a, 64 bits: tiny, and stable across machines and versions, which is all a shard
 * assignment needs. */
int grade_shard_of(const char *student, const char *problem, int count)
{
    uint64_t h = 14695981039346656037ULL;
    for (const char *s = student; *s; s++)
        h = (h ^ (unsigned char)*s) * 1099511628211ULL;
    h = (h ^ '/') * 1099511628211ULL;
    for (const char *s = problem; *s; s++)
        h = (h ^ (unsigned char)*s) * 1099511628211ULL;
    return count > 0 ? (int)(h % (uint64_t)count) + 1 : 1;
}

bool grade_in_slice(const struct grade_result *r, const char *student, const char *problem)
{
    return r->shard_count <= 1 ||
           grade_shard_of(student, problem, r->shard_count) == r->shard_index;
}

static int cell_order(const struct grade_cell *a, const char *student, const char *problem)
{
    int c = strcmp(a->student, student);
    return c ? c : strcmp(a->problem, problem);
}

static int compare_cells(const void *a, const void *b)
{
    const struct grade_cell *y = b;
    return cell_order(a, y->student, y->problem);
}

const struct grade_cell *grade_cell_at(const struct grade_result *r, size_t si, size_t pi)
{
    const char *student = r->students[si].name, *problem = r->problems[pi].id;
    size_t lo = 0, hi = r->ncells;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        int c = cell_order(&r->cells[mid], student, problem);
        if (c == 0)
            return &r->cells[mid];
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return NULL;
}

int grade_problem_index(const struct grade_result *r, const char *id)
{
    for (size_t i = 0; i < r->nproblems; i++)
        if (strcmp(r->problems[i].id, id) == 0)
            return (int)i;
    return -1;
}

const struct grade_test *grade_first_failure(const struct grade_cell *c)
{
    for (size_t i = 0; i < c->ntests; i++)
        if (c->tests[i].verdict != VERDICT_AC)
            return &c->tests[i];
    return NULL;
}

double grade_percent(int score, int max)
{
    return max > 0 ? 100.0 * score / max : 100.0;
}

static int compare_unknown(const void *a, const void *b)
{
    return strcmp(((const struct grade_unknown *)a)->path, ((const struct grade_unknown *)b)->path);
}

/* Hidden tests show only their verdicts (and measurements) to students. */
static void hide_details(struct grade_cell *c)
{
    for (size_t i = 0; i < c->ntests; i++) {
        struct grade_test *t = &c->tests[i];
        if (t->visible)
            continue;
        free(t->message);
        t->message = xstrdup("");
        free(t->diff), free(t->out), free(t->err);
        t->diff = t->out = t->err = NULL;
    }
}

static void zero_timings(struct grade_result *r)
{
    for (size_t i = 0; i < r->ncells; i++) {
        struct grade_cell *c = &r->cells[i];
        c->cached = false;
        c->compile_ms = 0;
        for (size_t t = 0; t < c->ntests; t++)
            c->tests[t].time_ms = c->tests[t].wall_ms = 0, c->tests[t].memory_kib = 0;
    }
    r->run = (struct grade_run_stats){0};
}

static void total_students(struct grade_result *r)
{
    for (size_t s = 0; s < r->nstudents; s++) {
        struct grade_student *st = &r->students[s];
        st->score = st->submitted = st->solved = 0;
        st->cpu_ms = 0;
        st->max_score = 0;
        for (size_t p = 0; p < r->nproblems; p++) {
            if (!grade_in_slice(r, st->name, r->problems[p].id))
                continue;
            st->max_score += r->problems[p].max_score;
            const struct grade_cell *c = grade_cell_at(r, s, p);
            if (!c)
                continue;
            st->submitted++;
            st->solved += c->verdict == VERDICT_AC;
            st->score += c->score;
            for (size_t t = 0; t < c->ntests; t++)
                st->cpu_ms += c->tests[t].time_ms;
        }
    }
    /* Equal scores share a rank (1, 2, 2, 4): time is not part of it, so ranks do not
     * change from run to run. */
    for (size_t s = 0; s < r->nstudents; s++) {
        int better = 0;
        for (size_t o = 0; o < r->nstudents; o++)
            better += r->students[o].score > r->students[s].score;
        r->students[s].rank = better + 1;
    }
}

void grade_result_finish(struct grade_result *r)
{
    /* qsort's array may not be NULL, even when empty */
    if (r->ncells > 1)
        qsort(r->cells, r->ncells, sizeof *r->cells, compare_cells);
    if (r->nunknown > 1)
        qsort(r->unknown, r->nunknown, sizeof *r->unknown, compare_unknown);
    if (!r->hidden_details)
        for (size_t i = 0; i < r->ncells; i++)
            hide_details(&r->cells[i]);
    if (r->deterministic)
        zero_timings(r);
    total_students(r);
}

/* The first line of text, at most max bytes. */
static char *first_line(const char *text, size_t max)
{
    size_t n = text ? strcspn(text, "\n") : 0;
    if (n > max) {
        n = max;
        /* never in the middle of a UTF-8 character */
        while (n > 0 && ((unsigned char)text[n] & 0xc0) == 0x80)
            n--;
    }
    return xasprintf("%.*s", (int)n, text ? text : "");
}

char *grade_cell_summary(const struct grade_cell *c)
{
    const char *code = verdict_code(c->verdict);
    if (c->verdict == VERDICT_CE) {
        char *line = first_line(c->compile_log, 200);
        char *s = xasprintf("CE: %s", line);
        free(line);
        return s;
    }
    const struct grade_test *t = grade_first_failure(c);
    if (!t) {
        if (c->verdict == VERDICT_AC)
            return xstrdup("AC");
        char *line = first_line(c->error, 200);
        char *s = xasprintf("%s: %s", code, line);
        free(line);
        return s;
    }
    if (!t->message || !*t->message)
        return xasprintf("%s on %s/%s%s", code, t->group, t->name,
                         t->visible ? "" : " (hidden test)");
    char *line = first_line(t->message, 200);
    char *s = xasprintf("%s on %s/%s: %s", code, t->group, t->name, line);
    free(line);
    return s;
}
