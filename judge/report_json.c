/* The machine-readable report; its fields are a public interface (docs/json.md):
 * add fields, never rename or remove them. */
#include <signal.h>
#include <string.h>

#include "json.h"
#include "report.h"

static const char *compile_status_name(enum compile_status s)
{
    static const char *const names[] = {"ok", "error", "internal-error"};
    return names[s];
}

static void write_test(struct json *j, const struct submission_result *r,
                       const struct test_result *t)
{
    const struct test_case *tc = &r->problem->tests[t->test];
    json_begin_object(j, NULL);
    json_string(j, "name", tc->name);
    json_string(j, "group", r->problem->groups[tc->group].name);
    json_string(j, "verdict", verdict_code(t->verdict));
    json_int(j, "time_ms", t->time_ms);
    json_int(j, "wall_ms", t->wall_ms);
    json_int(j, "memory_kib", t->memory_kib);
    if (t->signal)
        json_null(j, "exit_code");
    else
        json_int(j, "exit_code", t->exit_code);
    if (t->signal)
        json_string(j, "signal", sigabbrev_np(t->signal) ? sigabbrev_np(t->signal) : "?");
    else
        json_null(j, "signal");
    json_string(j, "message", t->message ? t->message : "");
    json_bool(j, "visible", r->problem->groups[tc->group].visible);
    json_string(j, "diff", t->diff);
    json_string(j, "stdout", t->program_stdout);
    json_string(j, "stderr", t->program_stderr);
    json_end_object(j);
}

char *report_json(const struct submission_result *r)
{
    struct json j = {.pretty = true};
    json_begin_object(&j, NULL);
    json_string(&j, "problem", r->problem->id);
    json_string(&j, "solution", r->solution);
    json_string(&j, "verdict", verdict_code(r->verdict));
    json_int(&j, "score", r->score);
    json_int(&j, "max_score", r->max_score);
    json_begin_object(&j, "compile");
    json_string(&j, "status", compile_status_name(r->compile.status));
    json_int(&j, "time_ms", r->compile.time_ms);
    json_string(&j, "log", r->compile.log ? r->compile.log : "");
    json_string(&j, "notes", r->compile.notes ? r->compile.notes : "");
    json_end_object(&j);
    json_begin_array(&j, "tests");
    for (size_t i = 0; i < r->ntests; i++)
        write_test(&j, r, &r->tests[i]);
    json_end_array(&j);
    json_string(&j, "error", r->error);
    json_end_object(&j);
    sb_puts(&j.sb, "\n");
    return sb_take(&j.sb);
}
