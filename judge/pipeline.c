#include "pipeline.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "checker.h"
#include "kattis_validator.h"
#include "sandbox.h"
#include "sanitize.h"
#include "testdata.h"
#include "util.h"

#define INPUT_HEAD_MAX 2048
#define DIFF_LINES     3
#define DIFF_WIDTH     100

/* Custom checkers are the problem's code: generous but finite. */
static const struct run_limits helper_limits = {
    .cpu_ms = 10000,
    .wall_ms = 30000,
    .memory_bytes = 1LL << 30,
    .output_bytes = 1LL << 30,
};

struct judging {
    const struct problem *p;
    const struct judge_options *opt;
    char *workdir;
    char *binary;
    const char *checker_bin; /* owned by td */
    struct testdata *td;
    struct submission_result *out;
};

static char *work_path(const struct judging *j, const char *name)
{
    return xasprintf("%s/%s", j->workdir, name);
}

static void fail_internal(struct judging *j, char *message)
{
    free(j->out->error);
    j->out->error = message;
    j->out->verdict = VERDICT_IE;
}

/* The test's input or expected output from td, or NULL after an IE (or an interrupt). */
static char *test_file(struct judging *j, const struct test_case *t, const char *input)
{
    char *error = NULL;
    char *path = input ? testdata_expected(j->td, t, input, &error)
                       : testdata_input(j->td, t, &error);
    if (!path)
        fail_internal(j, error);
    return path;
}

static struct run_limits run_limits_for(const struct judging *j, const struct test_case *t)
{
    struct run_limits lim = {
        .cpu_ms = t->limits.time_ms,
        .wall_ms = t->limits.wall_ms,
        .memory_bytes = t->limits.memory_bytes,
        .output_bytes = t->limits.output_bytes,
    };
    if (j->opt->sanitize) {
        /* The stack keeps the problem's limit: runaway recursion is the sanitizer's
         * stack-overflow report, not an MLE of the relaxed limit. */
        lim.stack_bytes = lim.memory_bytes;
        lim.cpu_ms *= SANITIZE_TIME_FACTOR;
        lim.wall_ms *= SANITIZE_TIME_FACTOR;
        lim.memory_bytes = lim.memory_bytes * SANITIZE_MEMORY_FACTOR + SANITIZE_MEMORY_EXTRA;
    }
    return lim;
}

/* A sanitized run that failed: its first finding, from stderr, is the message. */
static void sanitizer_finding(const struct judging *j, const char *err_path,
                              struct test_result *tr)
{
    char msg[512];
    const char *base = strrchr(j->out->solution, '/');
    if (sanitize_describe_file(err_path, base ? base + 1 : j->out->solution, msg, sizeof msg)) {
        free(tr->message);
        tr->message = xstrdup(msg);
        tr->verdict = VERDICT_RE;
    }
}

/* Runs the custom checker; returns the verdict and sets *message. */
static enum verdict run_custom_checker(struct judging *j, const char *input, const char *expected,
                                       const char *actual, char **message)
{
    char *out_path = work_path(j, "checker.out");
    const char *argv[] = {j->checker_bin, input, expected, actual, NULL};
    const char *readable[] = {input, expected, actual, NULL};
    struct run_spec spec = {.profile = SANDBOX_HELPER,
                            .argv = argv,
                            .workdir = j->workdir,
                            .stdout_path = out_path,
                            .readable = readable,
                            .limits = helper_limits};
    struct run_result rr;
    enum verdict v = VERDICT_IE;
    char *text = NULL;
    if (sandbox_run(&spec, &rr) == 0) {
        text = read_file(out_path, 512, NULL, NULL);
        char *nl = text ? strchr(text, '\n') : NULL;
        if (nl)
            *nl = '\0';
        if (rr.outcome == RUN_EXITED && rr.exit_code <= 1)
            v = rr.exit_code == 0 ? VERDICT_AC : VERDICT_WA;
    }
    if (v == VERDICT_IE)
        *message = xasprintf("the custom checker failed: %s%s",
                             rr.outcome == RUN_EXITED ? "exit status " : "", text ? text : "");
    else
        *message = text ? xstrdup(text) : xstrdup("");
    free(text);
    unlink(out_path);
    free(out_path);
    return v;
}

/* Compares the result file against the expected output. */
static void check_output(struct judging *j, const struct test_case *t, const char *input_path,
                         const char *result_path, struct test_result *tr)
{
    size_t elen = 0, alen = 0;
    char *exp_path = test_file(j, t, input_path);
    char *expected = exp_path ? read_file(exp_path, (size_t)1 << 31, &elen, NULL) : NULL;
    char *actual = read_file(result_path, (size_t)t->limits.output_bytes + 1, &alen, NULL);
    if (exp_path && !expected)
        fail_internal(j, xasprintf("cannot read %s: %s", exp_path, strerror(errno)));
    if (!expected || !actual) {
        tr->verdict = VERDICT_IE;
        tr->message = xstrdup(expected ? "cannot read the program's output" : j->out->error);
    } else if (j->p->checker.kind == CHECKER_CUSTOM) {
        tr->verdict = run_custom_checker(j, input_path, exp_path, result_path, &tr->message);
    } else if (j->p->checker.kind == CHECKER_VALIDATOR) {
        tr->verdict = kattis_validator_run(j->checker_bin, j->p->checker.args, input_path, exp_path,
                                           result_path, j->workdir, &helper_limits, &tr->message);
    } else {
        char msg[512];
        bool ok = checker_compare(&j->p->checker, expected, elen, actual, alen, msg, sizeof msg);
        tr->verdict = ok ? VERDICT_AC : VERDICT_WA;
        tr->message = xstrdup(ok ? "" : msg);
    }
    if (tr->verdict == VERDICT_WA && expected && actual)
        tr->diff = checker_diff(expected, elen, actual, alen, DIFF_LINES, DIFF_WIDTH);
    if (exp_path && t->output_kind != OUTPUT_FILE)
        unlink(exp_path);
    free(exp_path);
    free(expected);
    free(actual);
}

static char *capture(const char *path)
{
    bool cut = false;
    size_t len = 0;
    char *text = read_file(path, PIPELINE_CAPTURE_MAX, &len, &cut);
    if (!text)
        return xstrdup("");
    if (cut) {
        text = xrealloc(text, len + 32);
        memcpy(text + len, "\n... (cut)\n", sizeof "\n... (cut)\n");
    }
    return text;
}

static void keep_input_head(const char *input_path, struct test_result *tr)
{
    size_t len = 0;
    tr->input_head = read_file(input_path, INPUT_HEAD_MAX, &len, &tr->input_cut);
    if (!tr->input_head)
        tr->input_head = xstrdup("");
}

/* One test: input -> run -> verdict (+ output check when the run went fine). */
static int run_test(struct judging *j, size_t index, struct test_result *tr)
{
    const struct test_case *t = &j->p->tests[index];
    bool function = j->p->kind == PROBLEM_FUNCTION;
    *tr = (struct test_result){.test = index};
    char *input = test_file(j, t, NULL);
    if (!input) {
        tr->verdict = VERDICT_IE;
        tr->message = xstrdup(j->out->error ? j->out->error : "interrupted");
        return sandbox_interrupted() ? -1 : 0;
    }
    char *scratch = work_path(j, "scratch");
    char *out_path = work_path(j, "stdout"), *err_path = work_path(j, "stderr");
    char *chan_path = work_path(j, "result");
    remove_tree(scratch);
    mkdir(scratch, 0700);
    const char *argv[] = {j->binary, NULL};
    struct run_spec spec = {
        .profile = j->opt->sanitize ? SANDBOX_SANITIZED : SANDBOX_SUBMISSION,
        .argv = argv,
        .workdir = scratch,
        .stdin_path = input,
        .stdout_path = out_path,
        .stderr_path = err_path,
        .channel_path = function ? chan_path : NULL,
        .envp = j->opt->sanitize ? sanitize_environment() : NULL,
        .limits = run_limits_for(j, t),
    };
    struct run_result rr;
    int rc = sandbox_run(&spec, &rr);
    char msg[512];
    tr->verdict = verdict_from_run(&rr, &spec.limits, function, msg, sizeof msg);
    tr->time_ms = rr.cpu_ms;
    tr->wall_ms = rr.wall_ms;
    tr->memory_kib = rr.peak_kib;
    tr->exit_code = rr.exit_code;
    tr->signal = rr.signal;
    tr->program_stdout = capture(out_path);
    tr->program_stderr = capture(err_path);
    keep_input_head(input, tr);
    if (rc == 0 && tr->verdict == VERDICT_AC) {
        check_output(j, t, input, function ? chan_path : out_path, tr);
    } else if (function && rr.outcome == RUN_EXITED &&
               (rr.exit_code == HARNESS_EXIT_WRONG || rr.exit_code == HARNESS_EXIT_BAD_INPUT)) {
        char *said = capture(chan_path);
        char *nl = strchr(said, '\n');
        if (nl)
            *nl = '\0';
        tr->message = *said ? said : (free(said), xstrdup(msg));
    } else {
        tr->message = xstrdup(msg);
    }
    if (j->opt->sanitize && rc == 0 && tr->verdict == VERDICT_RE)
        sanitizer_finding(j, err_path, tr);
    remove_tree(scratch);
    unlink(out_path), unlink(err_path), unlink(chan_path);
    if (t->input_kind != INPUT_FILE)
        unlink(input);
    free(scratch), free(out_path), free(err_path), free(chan_path), free(input);
    return rc < 0 && rr.outcome == RUN_INTERRUPTED ? -1 : 0;
}

static int prepare_checker(struct judging *j)
{
    if (j->p->checker.kind != CHECKER_CUSTOM && j->p->checker.kind != CHECKER_VALIDATOR)
        return 0;
    char *error = NULL;
    j->checker_bin = testdata_checker(j->td, &error);
    if (!j->checker_bin)
        fail_internal(j, error);
    return j->checker_bin ? 0 : -1;
}

static void score(struct submission_result *out)
{
    const struct problem *p = out->problem;
    out->max_score = problem_max_score(p);
    out->score = 0;
    for (size_t g = 0; g < p->ngroups; g++) {
        bool all = out->ntests == p->ntests;
        for (size_t i = 0; i < out->ntests && all; i++)
            if (p->tests[out->tests[i].test].group == g && out->tests[i].verdict != VERDICT_AC)
                all = false;
        if (all)
            out->score += p->groups[g].points;
    }
    out->verdict = out->error && out->ntests < p->ntests ? VERDICT_IE : VERDICT_AC;
    for (size_t i = 0; i < out->ntests; i++)
        if (out->tests[i].verdict != VERDICT_AC) {
            out->verdict = out->tests[i].verdict;
            break;
        }
}

static int judge_tests(struct judging *j)
{
    struct submission_result *out = j->out;
    out->tests = xcalloc(j->p->ntests, sizeof *out->tests);
    for (size_t i = 0; i < j->p->ntests; i++) {
        struct test_result *tr = &out->tests[out->ntests++];
        if (run_test(j, i, tr) < 0)
            return -1;
        if (j->opt->stop_at_first_failure && tr->verdict != VERDICT_AC)
            break;
    }
    return 0;
}

int pipeline_judge(const struct problem *p, const char *solution_path,
                   const struct judge_options *opt, struct submission_result *out)
{
    *out = (struct submission_result){.problem = p, .solution = xstrdup(solution_path)};
    out->max_score = problem_max_score(p);
    struct judging j = {.p = p, .opt = opt, .out = out};
    j.workdir = make_temp_dir(p->id);
    int rc = 0;
    if (!j.workdir) {
        fail_internal(&j, xasprintf("cannot create a temporary directory: %s", strerror(errno)));
        out->compile = (struct compile_result){.log = xstrdup(""), .notes = xstrdup("")};
    } else {
        j.td = testdata_new(p, j.workdir, opt->runtime_dir, opt->cache);
        j.binary = work_path(&j, "solution");
        struct compile_options copt = {.sanitize = opt->sanitize};
        compile_solution_with(p, solution_path, opt->runtime_dir, j.workdir, j.binary, &copt,
                              &out->compile);
        if (out->compile.status == COMPILE_ERROR)
            out->verdict = VERDICT_CE;
        else if (out->compile.status == COMPILE_INTERNAL)
            fail_internal(&j, xstrdup(out->compile.log));
        else if (prepare_checker(&j) == 0) {
            rc = judge_tests(&j);
            score(out);
        }
    }
    if (sandbox_interrupted())
        rc = -1;
    if (j.td)
        out->stats = *testdata_stats(j.td);
    testdata_free(j.td);
    remove_tree(j.workdir);
    free(j.binary);
    free(j.workdir);
    return rc;
}

void submission_result_free(struct submission_result *r)
{
    for (size_t i = 0; i < r->ntests; i++) {
        struct test_result *t = &r->tests[i];
        free(t->message);
        free(t->diff);
        free(t->input_head);
        free(t->program_stdout);
        free(t->program_stderr);
    }
    free(r->tests);
    free(r->solution);
    free(r->error);
    compile_result_free(&r->compile);
    *r = (struct submission_result){0};
}
