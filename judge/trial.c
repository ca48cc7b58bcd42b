#include "trial.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "checker.h"
#include "sizegen.h"
#include "testdata.h"
#include "util.h"

#define CAPTURE_MAX 4096

/* Custom checkers are the problem's code: generous but finite (as in pipeline.c). */
static const struct run_limits checker_limits = {
    .cpu_ms = 10000,
    .wall_ms = 30000,
    .memory_bytes = 1LL << 30,
    .output_bytes = 1LL << 30,
};

struct trial {
    const struct problem *p;
    const char *runtime_dir;
    char *workdir;
    struct testdata *td;
    char **binaries;
    size_t nbinaries;
    unsigned long inputs; /* inputs made so far: each gets its own file */
};

static char *work_path(const struct trial *t, const char *name)
{
    return xasprintf("%s/%s", t->workdir, name);
}

struct trial *trial_new(const struct problem *p, const char *runtime_dir, struct cache *cache,
                        char **error)
{
    char *dir = make_temp_dir(p->id);
    if (!dir) {
        *error = xasprintf("cannot create a temporary directory: %s", strerror(errno));
        return NULL;
    }
    struct trial *t = xcalloc(1, sizeof *t);
    t->p = p;
    t->runtime_dir = runtime_dir;
    t->workdir = dir;
    t->td = testdata_new(p, dir, runtime_dir, cache);
    return t;
}

void trial_free(struct trial *t)
{
    if (!t)
        return;
    testdata_free(t->td);
    for (size_t i = 0; i < t->nbinaries; i++)
        free(t->binaries[i]);
    free(t->binaries);
    remove_tree(t->workdir);
    free(t->workdir);
    free(t);
}

int trial_compile(struct trial *t, const char *path, struct compile_result *cr)
{
    char *name = xasprintf("solution-%zu", t->nbinaries);
    char *bin = work_path(t, name);
    free(name);
    if (compile_solution(t->p, path, t->runtime_dir, t->workdir, bin, cr) < 0) {
        free(bin);
        return -1;
    }
    t->binaries = xrealloc(t->binaries, (t->nbinaries + 1) * sizeof *t->binaries);
    t->binaries[t->nbinaries] = bin;
    return (int)t->nbinaries++;
}

char *trial_generate(struct trial *t, char *const *argv, char **error)
{
    char name[32];
    snprintf(name, sizeof name, "input-%lu", t->inputs++);
    char *command = sizegen_command_line(argv);
    /* testdata makes inputs for tests: this one is a test of no group. */
    struct test_case tc = {.name = name,
                           .input_kind = INPUT_GENERATED,
                           .input = command,
                           .gen_argv = (char **)argv,
                           .output_kind = OUTPUT_REFERENCE,
                           .limits = t->p->limits};
    char *why = NULL;
    char *path = testdata_input(t->td, &tc, &why);
    if (!path) {
        if (sandbox_interrupted())
            *error = xstrdup("interrupted");
        else {
            /* "test 'input-3': generator 'CMD' failed ...": the test is made up here. */
            const char *said = strstr(why, "': ") ? strstr(why, "': ") + 3 : why;
            *error = xstrdup(said);
        }
        free(why);
    }
    free(command);
    return path;
}

struct run_limits trial_limits(const struct problem *p, int factor)
{
    return (struct run_limits){
        .cpu_ms = p->limits.time_ms * factor,
        .wall_ms = p->limits.wall_ms * factor,
        .memory_bytes = p->limits.memory_bytes,
        .output_bytes = p->limits.output_bytes,
    };
}

/* The first line the harness wrote on the channel, for a rejected result. */
static void harness_message(const char *chan_path, char *msg, size_t msglen)
{
    char *said = read_file(chan_path, 512, NULL, NULL);
    char *nl = said ? strchr(said, '\n') : NULL;
    if (nl)
        *nl = '\0';
    if (said && *said)
        snprintf(msg, msglen, "%s", said);
    free(said);
}

int trial_run(struct trial *t, int solution, const char *input, const struct run_limits *lim,
              struct trial_run *out)
{
    *out = (struct trial_run){.verdict = VERDICT_IE};
    bool function = t->p->kind == PROBLEM_FUNCTION;
    char *scratch = work_path(t, "scratch"), *out_path = work_path(t, "stdout");
    char *err_path = work_path(t, "stderr"), *chan_path = work_path(t, "result");
    remove_tree(scratch);
    mkdir(scratch, 0700);
    const char *argv[] = {t->binaries[solution], NULL};
    struct run_spec spec = {
        .argv = argv,
        .workdir = scratch,
        .stdin_path = input,
        .stdout_path = out_path,
        .stderr_path = err_path,
        .channel_path = function ? chan_path : NULL,
        .limits = *lim,
    };
    struct run_result rr;
    int rc = sandbox_run(&spec, &rr);
    out->verdict = verdict_from_run(&rr, lim, function, out->message, sizeof out->message);
    out->cpu_us = rr.cpu_us;
    out->wall_ms = rr.wall_ms;
    out->peak_kib = rr.peak_kib;
    if (function && rr.outcome == RUN_EXITED &&
        (rr.exit_code == HARNESS_EXIT_WRONG || rr.exit_code == HARNESS_EXIT_BAD_INPUT))
        harness_message(chan_path, out->message, sizeof out->message);
    out->output = read_file(function ? chan_path : out_path, (size_t)lim->output_bytes + 1,
                            &out->output_len, NULL);
    if (!out->output)
        out->output = xstrdup("");
    out->stderr_text = read_file(err_path, CAPTURE_MAX, NULL, NULL);
    if (!out->stderr_text)
        out->stderr_text = xstrdup("");
    if (out->verdict == VERDICT_AC)
        out->message[0] = '\0';
    remove_tree(scratch);
    unlink(out_path), unlink(err_path), unlink(chan_path);
    free(scratch), free(out_path), free(err_path), free(chan_path);
    return rc < 0 ? -1 : 0;
}

void trial_run_free(struct trial_run *r)
{
    free(r->output);
    free(r->stderr_text);
    r->output = r->stderr_text = NULL;
}

/* Runs the custom checker as `checker INPUT EXPECTED ACTUAL` (exit 0 AC, 1 WA). */
static enum verdict custom_check(struct trial *t, const char *input, const struct trial_run *e,
                                 const struct trial_run *a, char *msg, size_t msglen)
{
    char *why = NULL;
    const char *bin = testdata_checker(t->td, &why);
    if (!bin) {
        snprintf(msg, msglen, "%s", why);
        free(why);
        return VERDICT_IE;
    }
    char *exp_path = work_path(t, "check.expected"), *act_path = work_path(t, "check.actual");
    char *out_path = work_path(t, "check.out");
    enum verdict v = VERDICT_IE;
    snprintf(msg, msglen, "the custom checker failed");
    if (write_file(exp_path, e->output, e->output_len) == 0 &&
        write_file(act_path, a->output, a->output_len) == 0) {
        const char *argv[] = {bin, input, exp_path, act_path, NULL};
        const char *readable[] = {input, exp_path, act_path, NULL};
        struct run_spec spec = {.profile = SANDBOX_HELPER,
                                .argv = argv,
                                .workdir = t->workdir,
                                .stdout_path = out_path,
                                .readable = readable,
                                .limits = checker_limits};
        struct run_result rr;
        if (sandbox_run(&spec, &rr) == 0 && rr.outcome == RUN_EXITED && rr.exit_code <= 1) {
            v = rr.exit_code == 0 ? VERDICT_AC : VERDICT_WA;
            msg[0] = '\0';
            harness_message(out_path, msg, msglen);
        }
    }
    unlink(exp_path), unlink(act_path), unlink(out_path);
    free(exp_path), free(act_path), free(out_path);
    return v;
}

enum verdict trial_check(struct trial *t, const char *input, const struct trial_run *expected,
                         const struct trial_run *actual, char *msg, size_t msglen)
{
    if (t->p->checker.kind == CHECKER_CUSTOM)
        return custom_check(t, input, expected, actual, msg, msglen);
    bool ok = checker_compare(&t->p->checker, expected->output, expected->output_len,
                              actual->output, actual->output_len, msg, msglen);
    if (ok && msglen)
        msg[0] = '\0';
    return ok ? VERDICT_AC : VERDICT_WA;
}
