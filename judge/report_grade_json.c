/* The grade report as JSON: a public interface (docs/json.md), read back by `judge merge`
 * (grade_json.c). Add fields, never rename or remove them; keep the order of keys stable,
 * since shards merged must equal one unsharded run byte for byte. */
#include "json.h"
#include "report_grade.h"
#include "util.h"

static void write_test(struct json *j, const struct grade_test *t)
{
    json_begin_object(j, NULL);
    json_string(j, "name", t->name);
    json_string(j, "group", t->group);
    json_string(j, "verdict", verdict_code(t->verdict));
    json_int(j, "time_ms", t->time_ms);
    json_int(j, "wall_ms", t->wall_ms);
    json_int(j, "memory_kib", t->memory_kib);
    if (t->exited)
        json_int(j, "exit_code", t->exit_code);
    else
        json_null(j, "exit_code");
    json_string(j, "signal", t->signal);
    json_string(j, "message", t->message ? t->message : "");
    json_bool(j, "visible", t->visible);
    json_string(j, "diff", t->diff);
    json_string(j, "stdout", t->out);
    json_string(j, "stderr", t->err);
    json_end_object(j);
}

/* The keys of `judge test --json`, in its order, after what the caller wrote first. */
static void write_verdict_part(struct json *j, const struct grade_cell *c)
{
    json_string(j, "verdict", verdict_code(c->verdict));
    json_int(j, "score", c->score);
    json_int(j, "max_score", c->max_score);
    json_begin_object(j, "compile");
    json_string(j, "status", c->compile_status ? c->compile_status : "ok");
    json_int(j, "time_ms", c->compile_ms);
    json_string(j, "log", c->compile_log ? c->compile_log : "");
    json_string(j, "notes", c->compile_notes ? c->compile_notes : "");
    json_end_object(j);
    json_begin_array(j, "tests");
    for (size_t i = 0; i < c->ntests; i++)
        write_test(j, &c->tests[i]);
    json_end_array(j);
    json_string(j, "error", c->error);
}

char *report_grade_cell_json(const struct grade_cell *c)
{
    struct json j = {.pretty = false};
    json_begin_object(&j, NULL);
    json_string(&j, "problem", c->problem);
    json_string(&j, "solution", c->solution);
    write_verdict_part(&j, c);
    json_end_object(&j);
    sb_puts(&j.sb, "\n");
    return sb_take(&j.sb);
}

static void write_problem(struct json *j, const struct grade_problem *p)
{
    json_begin_object(j, NULL);
    json_string(j, "id", p->id);
    json_string(j, "title", p->title);
    json_int(j, "max_score", p->max_score);
    json_begin_array(j, "tests");
    for (size_t i = 0; i < p->ntests; i++) {
        const struct grade_problem_test *t = &p->tests[i];
        json_begin_object(j, NULL);
        json_string(j, "name", t->name);
        json_string(j, "group", t->group);
        json_bool(j, "visible", t->visible);
        json_int(j, "time_limit_ms", t->time_limit_ms);
        json_int(j, "memory_limit_bytes", t->memory_limit_bytes);
        json_end_object(j);
    }
    json_end_array(j);
    json_end_object(j);
}

static void write_student(struct json *j, const struct grade_student *s)
{
    json_begin_object(j, NULL);
    json_string(j, "name", s->name);
    json_int(j, "rank", s->rank);
    json_int(j, "score", s->score);
    json_int(j, "max_score", s->max_score);
    json_int(j, "submitted", s->submitted);
    json_int(j, "solved", s->solved);
    json_int(j, "time_ms", s->cpu_ms);
    json_end_object(j);
}

static void write_cell(struct json *j, const struct grade_cell *c)
{
    json_begin_object(j, NULL);
    json_string(j, "student", c->student);
    json_string(j, "problem", c->problem);
    json_string(j, "file", c->file);
    json_string(j, "solution", c->solution);
    json_string(j, "sha256", c->sha256);
    json_bool(j, "cached", c->cached);
    write_verdict_part(j, c);
    json_end_object(j);
}

static void write_run(struct json *j, const struct grade_run_stats *run)
{
    json_begin_object(j, "run");
    json_int(j, "jobs", run->jobs);
    json_int(j, "elapsed_ms", run->elapsed_ms);
    json_int(j, "judged", run->judged);
    json_int(j, "from_cache", run->from_cache);
    json_int(j, "from_state", run->from_state);
    json_int(j, "duplicates", run->duplicates);
    json_end_object(j);
}

char *report_grade_json(const struct grade_result *r)
{
    struct json j = {.pretty = true};
    json_begin_object(&j, NULL);
    json_string(&j, "kind", "judge-grade");
    json_int(&j, "version", 1);
    json_string(&j, "submissions", r->submissions);
    if (r->shard_count) {
        json_begin_object(&j, "shard");
        json_int(&j, "index", r->shard_index);
        json_int(&j, "count", r->shard_count);
        json_end_object(&j);
    } else {
        json_null(&j, "shard");
    }
    json_bool(&j, "hidden_details", r->hidden_details);
    json_bool(&j, "deterministic", r->deterministic);
    json_begin_array(&j, "problems");
    for (size_t i = 0; i < r->nproblems; i++)
        write_problem(&j, &r->problems[i]);
    json_end_array(&j);
    json_begin_array(&j, "students");
    for (size_t i = 0; i < r->nstudents; i++)
        write_student(&j, &r->students[i]);
    json_end_array(&j);
    json_begin_array(&j, "results");
    for (size_t i = 0; i < r->ncells; i++)
        write_cell(&j, &r->cells[i]);
    json_end_array(&j);
    json_begin_array(&j, "unknown_files");
    for (size_t i = 0; i < r->nunknown; i++) {
        json_begin_object(&j, NULL);
        json_string(&j, "path", r->unknown[i].path);
        json_string(&j, "reason", r->unknown[i].reason);
        json_end_object(&j);
    }
    json_end_array(&j);
    write_run(&j, &r->run);
    json_end_object(&j);
    sb_puts(&j.sb, "\n");
    return sb_take(&j.sb);
}
