/* Strict reading of the judge's own JSON: every field the judge writes must be there with
 * its documented type; fields it does not know are ignored (docs/json.md: fields are
 * added, never renamed). The first problem found is reported with where it was. */
#include "grade_json.h"

#include <jansson.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

struct reader {
    char *err;
    size_t errlen;
    bool failed;
};

static void fail(struct reader *rd, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void fail(struct reader *rd, const char *fmt, ...)
{
    if (rd->failed)
        return;
    rd->failed = true;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(rd->err, rd->errlen, fmt, ap);
    va_end(ap);
}

static json_t *member(struct reader *rd, json_t *obj, const char *key)
{
    json_t *v = json_is_object(obj) ? json_object_get(obj, key) : NULL;
    if (!v)
        fail(rd, "no \"%s\"", key);
    return v;
}

/* A string (malloc'd), or NULL for null when nullable. */
static char *get_string(struct reader *rd, json_t *obj, const char *key, bool nullable)
{
    json_t *v = member(rd, obj, key);
    if (json_is_string(v))
        return xstrdup(json_string_value(v));
    if (nullable && json_is_null(v))
        return NULL;
    if (v)
        fail(rd, "\"%s\" is not a string%s", key, nullable ? " or null" : "");
    return nullable ? NULL : xstrdup("");
}

static long long get_int(struct reader *rd, json_t *obj, const char *key)
{
    json_t *v = member(rd, obj, key);
    if (v && !json_is_integer(v))
        fail(rd, "\"%s\" is not an integer", key);
    return json_is_integer(v) ? json_integer_value(v) : 0;
}

static bool get_bool(struct reader *rd, json_t *obj, const char *key)
{
    json_t *v = member(rd, obj, key);
    if (v && !json_is_boolean(v))
        fail(rd, "\"%s\" is not a boolean", key);
    return json_is_true(v);
}

static json_t *get_array(struct reader *rd, json_t *obj, const char *key)
{
    json_t *v = member(rd, obj, key);
    if (v && !json_is_array(v)) {
        fail(rd, "\"%s\" is not an array", key);
        return NULL;
    }
    return v;
}

static enum verdict get_verdict(struct reader *rd, json_t *obj, const char *key)
{
    char *code = get_string(rd, obj, key, false);
    enum verdict v = VERDICT_IE;
    if (!rd->failed && grade_verdict_parse(code, &v) < 0)
        fail(rd, "\"%s\" is not a verdict code: '%s'", key, code);
    free(code);
    return v;
}

static void parse_test(struct reader *rd, json_t *o, struct grade_test *t)
{
    t->name = get_string(rd, o, "name", false);
    t->group = get_string(rd, o, "group", false);
    t->verdict = get_verdict(rd, o, "verdict");
    t->time_ms = (long)get_int(rd, o, "time_ms");
    t->wall_ms = (long)get_int(rd, o, "wall_ms");
    t->memory_kib = get_int(rd, o, "memory_kib");
    json_t *code = member(rd, o, "exit_code");
    t->exited = json_is_integer(code);
    t->exit_code = t->exited ? (int)json_integer_value(code) : 0;
    if (code && !t->exited && !json_is_null(code))
        fail(rd, "\"exit_code\" is not an integer or null");
    t->signal = get_string(rd, o, "signal", true);
    t->message = get_string(rd, o, "message", false);
    t->visible = get_bool(rd, o, "visible");
    t->diff = get_string(rd, o, "diff", true);
    t->out = get_string(rd, o, "stdout", true);
    t->err = get_string(rd, o, "stderr", true);
}

/* The fields of a `judge test --json` object. */
static void parse_verdict_part(struct reader *rd, json_t *o, struct grade_cell *c)
{
    if (!json_is_object(o)) {
        fail(rd, "not a JSON object");
        return;
    }
    c->verdict = get_verdict(rd, o, "verdict");
    c->score = (int)get_int(rd, o, "score");
    c->max_score = (int)get_int(rd, o, "max_score");
    json_t *comp = member(rd, o, "compile");
    c->compile_status = get_string(rd, comp, "status", false);
    c->compile_ms = (long)get_int(rd, comp, "time_ms");
    c->compile_log = get_string(rd, comp, "log", false);
    c->compile_notes = get_string(rd, comp, "notes", false);
    c->error = get_string(rd, o, "error", true);
    json_t *tests = get_array(rd, o, "tests");
    size_t n = tests ? json_array_size(tests) : 0;
    c->tests = n ? xcalloc(n, sizeof *c->tests) : NULL;
    for (size_t i = 0; i < n && !rd->failed; i++) {
        parse_test(rd, json_array_get(tests, i), &c->tests[c->ntests++]);
        if (rd->failed) {
            char where[200];
            snprintf(where, sizeof where, "%s", rd->err);
            snprintf(rd->err, rd->errlen, "tests[%zu]: %s", i, where);
        }
    }
}

/* Frees the verdict part after a failed parse, keeping the identity fields. */
static void drop_verdict_part(struct grade_cell *c)
{
    struct grade_cell keep = {.student = c->student, .problem = c->problem, .file = c->file,
                              .solution = c->solution};
    memcpy(keep.sha256, c->sha256, sizeof keep.sha256);
    c->student = c->problem = c->file = c->solution = NULL;
    grade_cell_free(c);
    *c = keep;
}

int grade_cell_parse(const char *text, size_t len, struct grade_cell *c, char *err,
                     size_t errlen)
{
    json_error_t jerr;
    json_t *root = json_loadb(text, len, 0, &jerr);
    if (!root) {
        snprintf(err, errlen, "invalid JSON at line %d: %s", jerr.line, jerr.text);
        return -1;
    }
    struct reader rd = {.err = err, .errlen = errlen};
    parse_verdict_part(&rd, root, c);
    json_decref(root);
    if (rd.failed)
        drop_verdict_part(c);
    return rd.failed ? -1 : 0;
}

/* ---- whole grade reports ---- */

static void parse_problem(struct reader *rd, json_t *o, struct grade_problem *p)
{
    p->id = get_string(rd, o, "id", false);
    p->title = get_string(rd, o, "title", false);
    p->max_score = (int)get_int(rd, o, "max_score");
    json_t *tests = get_array(rd, o, "tests");
    size_t n = tests ? json_array_size(tests) : 0;
    p->tests = n ? xcalloc(n, sizeof *p->tests) : NULL;
    for (size_t i = 0; i < n && !rd->failed; i++) {
        json_t *t = json_array_get(tests, i);
        struct grade_problem_test *pt = &p->tests[p->ntests++];
        pt->name = get_string(rd, t, "name", false);
        pt->group = get_string(rd, t, "group", false);
        pt->visible = get_bool(rd, t, "visible");
        pt->time_limit_ms = (long)get_int(rd, t, "time_limit_ms");
        pt->memory_limit_bytes = get_int(rd, t, "memory_limit_bytes");
    }
}

static void parse_student(struct reader *rd, json_t *o, struct grade_student *s)
{
    s->name = get_string(rd, o, "name", false);
    s->rank = (int)get_int(rd, o, "rank");
    s->score = (int)get_int(rd, o, "score");
    s->max_score = (int)get_int(rd, o, "max_score");
    s->submitted = (int)get_int(rd, o, "submitted");
    s->solved = (int)get_int(rd, o, "solved");
    s->cpu_ms = (long)get_int(rd, o, "time_ms");
}

static void parse_cell(struct reader *rd, json_t *o, struct grade_cell *c)
{
    c->student = get_string(rd, o, "student", false);
    c->problem = get_string(rd, o, "problem", false);
    c->file = get_string(rd, o, "file", false);
    c->solution = get_string(rd, o, "solution", false);
    char *hash = get_string(rd, o, "sha256", false);
    if (!rd->failed && strlen(hash) != CACHE_HEX_SIZE - 1)
        fail(rd, "\"sha256\" is not a SHA-256 in hex");
    snprintf(c->sha256, sizeof c->sha256, "%s", hash);
    free(hash);
    c->cached = get_bool(rd, o, "cached");
    parse_verdict_part(rd, o, c);
}

static void parse_shard(struct reader *rd, json_t *root, struct grade_result *r)
{
    json_t *shard = member(rd, root, "shard");
    if (!shard || json_is_null(shard))
        return;
    r->shard_index = (int)get_int(rd, shard, "index");
    r->shard_count = (int)get_int(rd, shard, "count");
    if (!rd->failed && (r->shard_count < 1 || r->shard_index < 1 ||
                        r->shard_index > r->shard_count))
        fail(rd, "\"shard\" is not K of N with 1 <= K <= N");
}

static void parse_run(struct reader *rd, json_t *root, struct grade_result *r)
{
    json_t *run = member(rd, root, "run");
    r->run.jobs = (int)get_int(rd, run, "jobs");
    r->run.elapsed_ms = get_int(rd, run, "elapsed_ms");
    r->run.judged = (int)get_int(rd, run, "judged");
    r->run.from_cache = (int)get_int(rd, run, "from_cache");
    r->run.from_state = (int)get_int(rd, run, "from_state");
    r->run.duplicates = (int)get_int(rd, run, "duplicates");
}

/* Each element of root[key] through parse into a new array of size elem. */
#define PARSE_ARRAY(rd, root, key, arr, count, parse)                                              \
    do {                                                                                           \
        json_t *a_ = get_array(rd, root, key);                                                     \
        size_t n_ = a_ ? json_array_size(a_) : 0;                                                  \
        (arr) = n_ ? xcalloc(n_, sizeof *(arr)) : NULL;                                            \
        for (size_t i_ = 0; i_ < n_ && !(rd)->failed; i_++) {                                      \
            parse(rd, json_array_get(a_, i_), &(arr)[(count)++]);                                  \
            if ((rd)->failed) {                                                                    \
                char w_[300];                                                                      \
                snprintf(w_, sizeof w_, "%s", (rd)->err);                                          \
                snprintf((rd)->err, (rd)->errlen, "%s[%zu]: %s", key, i_, w_);                     \
            }                                                                                      \
        }                                                                                          \
    } while (0)

static void parse_unknown(struct reader *rd, json_t *o, struct grade_unknown *u)
{
    u->path = get_string(rd, o, "path", false);
    u->reason = get_string(rd, o, "reason", false);
}

static void parse_result(struct reader *rd, json_t *root, struct grade_result *r)
{
    char *kind = get_string(rd, root, "kind", false);
    if (!rd->failed && strcmp(kind, "judge-grade") != 0)
        fail(rd, "not a `judge grade --json` report (\"kind\" is '%s')", kind);
    free(kind);
    if (!rd->failed && get_int(rd, root, "version") != 1)
        fail(rd, "\"version\" is not 1");
    if (rd->failed)
        return;
    r->submissions = get_string(rd, root, "submissions", false);
    parse_shard(rd, root, r);
    r->hidden_details = get_bool(rd, root, "hidden_details");
    r->deterministic = get_bool(rd, root, "deterministic");
    PARSE_ARRAY(rd, root, "problems", r->problems, r->nproblems, parse_problem);
    PARSE_ARRAY(rd, root, "students", r->students, r->nstudents, parse_student);
    PARSE_ARRAY(rd, root, "results", r->cells, r->ncells, parse_cell);
    PARSE_ARRAY(rd, root, "unknown_files", r->unknown, r->nunknown, parse_unknown);
    parse_run(rd, root, r);
}

int grade_result_read(const char *path, struct grade_result *out, char *err, size_t errlen)
{
    *out = (struct grade_result){0};
    json_error_t jerr;
    json_t *root = json_load_file(path, 0, &jerr);
    if (!root) {
        snprintf(err, errlen, "%s: %s (line %d)", path, jerr.text, jerr.line);
        return -1;
    }
    char why[400] = "";
    struct reader rd = {.err = why, .errlen = sizeof why};
    parse_result(&rd, root, out);
    json_decref(root);
    if (rd.failed) {
        snprintf(err, errlen, "%s: %s", path, why);
        grade_result_free(out);
        return -1;
    }
    return 0;
}
