/* judge complexity: your solution and the reference on the problem's `complexity:` inputs
 * at doubling sizes; CPU time fitted against n, n log n, n^2, n^3, printed as a table, the
 * two estimates and a log-log plot. */
#include <errno.h>
#include <getopt.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "catalog.h"
#include "cli.h"
#include "complexity.h"
#include "sizegen.h"
#include "trial.h"
#include "util.h"

#define STOP_US      1000000 /* a run over 1 s CPU ends a solution's growth */
#define PREDICT_US   2500000 /* ... and so does a next run predicted to take longer */
#define RUN_LIMIT_MS 4000    /* the CPU limit of each run */
#define REPEAT_US    20000   /* runs shorter than this are repeated (the fastest counts) */
#define REPEATS      3
#define MAX_SIZES    40
#define SEED         1

static const char usage[] =
    "usage: judge complexity PROBLEM FILE [--no-cache] [--problems DIR]\n"
    "  PROBLEM     a problem id or folder whose problem.yaml has a 'complexity' key\n"
    "  FILE        your C solution\n"
    "  --no-cache  make the inputs afresh (they are cached like tests' inputs)\n"
    "\n"
    "Runs your solution and the reference on the problem's complexity inputs at doubling\n"
    "sizes n (each solution stops growing once a run takes over 1 s of CPU time), fits the\n"
    "CPU times against n, n log n, n^2 and n^3, and prints both estimates, e.g.\n"
    "  yours: ~n^2.0 (O(n\u00b2)); reference: ~n^1.0 (O(n))\n"
    "with the measurements and a log-log plot.\n"
    "\n"
    "exit status: 0 your growth is in the reference's class (n and n log n are one class),\n"
    "1 it grows faster, or your solution fails or does not compile, 2 usage error or a\n"
    "problem without 'complexity', 3 internal error\n";

/* One solution's measurements on one command. */
struct series {
    const char *name;
    int handle; /* from trial_compile */
    struct complexity_point points[MAX_SIZES];
    size_t npoints;
    bool stopped;
    char stop_reason[600]; /* why it stopped before max_n: "TLE at n = ..." or "" */
    enum verdict failure;  /* AC, or the verdict that stopped it */
    struct complexity_fit fit;
};

struct measuring {
    const struct problem *p;
    struct trial *trial;
    struct series yours, reference;
    long sizes[MAX_SIZES];
    size_t nsizes;
    long wrong_at; /* the first n where yours disagrees with the reference, or 0 */
    char *error;
};

static struct run_limits run_limits(const struct problem *p)
{
    struct run_limits lim = trial_limits(p, 1);
    lim.cpu_ms = RUN_LIMIT_MS;
    lim.wall_ms = 3 * RUN_LIMIT_MS + 1000;
    return lim;
}

/* The fastest of up to REPEATS runs (short runs are noisy). Returns -1 when interrupted
 * or the sandbox failed; otherwise 0 with *out from the last run. */
static int measure(struct measuring *m, struct series *s, const char *input, struct trial_run *out)
{
    struct run_limits lim = run_limits(m->p);
    long long best = -1;
    for (int r = 0; r < REPEATS; r++) {
        if (r > 0)
            trial_run_free(out);
        if (trial_run(m->trial, s->handle, input, &lim, out) < 0)
            return -1;
        if (out->verdict != VERDICT_AC)
            return 0;
        if (best < 0 || out->cpu_us < best)
            best = out->cpu_us;
        if (best >= REPEAT_US)
            break;
    }
    out->cpu_us = best > 0 ? best : 1;
    return 0;
}

/* Would the next doubling take too long, judging by the last one? */
static bool next_too_slow(const struct series *s)
{
    if (s->npoints < 2)
        return false;
    double last = s->points[s->npoints - 1].us, prev = s->points[s->npoints - 2].us;
    return last * (last / (prev > 1 ? prev : 1)) > PREDICT_US;
}

static void stop(struct series *s, enum verdict v, const char *why, long n)
{
    s->stopped = true;
    s->failure = v;
    snprintf(s->stop_reason, sizeof s->stop_reason, "%s at n = %ld: %s", verdict_code(v), n, why);
}

/* Runs one solution at size n; returns -1 on an interrupt or sandbox failure. */
static int step(struct measuring *m, struct series *s, long n, const char *input,
                struct trial_run *run)
{
    if (measure(m, s, input, run) < 0) {
        m->error = xstrdup(sandbox_interrupted() ? "interrupted" : run->message);
        return -1;
    }
    if (run->verdict != VERDICT_AC) {
        stop(s, run->verdict, run->message, n);
        return 0;
    }
    s->points[s->npoints++] = (struct complexity_point){(double)n, (double)run->cpu_us};
    if (run->cpu_us > STOP_US || next_too_slow(s))
        s->stopped = true;
    return 0;
}

static int measure_size(struct measuring *m, const struct sized_command *cmd, long n)
{
    char **argv = sizegen_argv(cmd->argv, n, SEED);
    char *input = trial_generate(m->trial, argv, &m->error);
    sizegen_free_argv(argv);
    if (!input)
        return -1;
    struct trial_run mine = {0}, ref = {0};
    bool ran_mine = !m->yours.stopped, ran_ref = !m->reference.stopped;
    int rc = 0;
    if (ran_ref)
        rc = step(m, &m->reference, n, input, &ref);
    if (rc == 0 && ran_mine)
        rc = step(m, &m->yours, n, input, &mine);
    if (rc == 0 && ran_mine && ran_ref && mine.verdict == VERDICT_AC && ref.verdict == VERDICT_AC &&
        !m->wrong_at) {
        char msg[256];
        if (trial_check(m->trial, input, &ref, &mine, msg, sizeof msg) != VERDICT_AC)
            m->wrong_at = n;
    }
    trial_run_free(&mine);
    trial_run_free(&ref);
    unlink(input);
    free(input);
    return rc;
}

static int run_command(struct measuring *m, const struct sized_command *cmd, long max_n)
{
    for (long n = cmd->min_n > 0 ? cmd->min_n : 1; n <= max_n && m->nsizes < MAX_SIZES; n *= 2) {
        if (m->yours.stopped && m->reference.stopped)
            break;
        m->sizes[m->nsizes++] = n;
        if (isatty(STDOUT_FILENO))
            printf("\r\033[K  measuring n = %ld ...", n), fflush(stdout);
        if (measure_size(m, cmd, n) < 0)
            return -1;
    }
    if (isatty(STDOUT_FILENO))
        printf("\r\033[K");
    return 0;
}

/* ---- the report ---- */

static void format_time(double us, char *buf, size_t len)
{
    if (us >= 1e6)
        snprintf(buf, len, "%.2f s", us / 1e6);
    else
        snprintf(buf, len, "%.1f ms", us / 1e3);
}

static const char *cell(const struct series *s, long n, char *buf, size_t len)
{
    for (size_t i = 0; i < s->npoints; i++)
        if (s->points[i].n == (double)n) {
            format_time(s->points[i].us, buf, len);
            return buf;
        }
    if (s->failure != VERDICT_AC && strstr(s->stop_reason, "at n = ")) {
        long at = strtol(strstr(s->stop_reason, "at n = ") + 7, NULL, 10);
        if (at == n)
            return verdict_code(s->failure);
    }
    return "-";
}

static void print_table(const struct measuring *m)
{
    printf("\n  %10s  %12s  %12s\n", "n", "yours", "reference");
    for (size_t i = 0; i < m->nsizes; i++) {
        char a[32], b[32];
        printf("  %10ld  %12s  %12s\n", m->sizes[i], cell(&m->yours, m->sizes[i], a, sizeof a),
               cell(&m->reference, m->sizes[i], b, sizeof b));
    }
}

static void describe(const struct series *s, char *buf, size_t len)
{
    const struct complexity_point *last = s->npoints ? &s->points[s->npoints - 1] : NULL;
    char t[32] = "";
    if (last)
        format_time(last->us, t, sizeof t);
    if (!s->fit.ok || !last)
        snprintf(buf, len, "%s: not enough sizes to fit (%zu)", s->name, s->npoints);
    else if (s->fit.flat)
        snprintf(buf, len,
                 "%s: too fast to time its growth (%s at n = %.0f, mostly start-up), "
                 "O(n) or less",
                 s->name, t, last->n);
    else
        snprintf(buf, len, "%s: ~n^%.1f (%s)", s->name, s->fit.slope,
                 complexity_model_name(s->fit.model));
}

/* Prints the estimates and the conclusion; returns the exit status. */
static int conclude(const struct measuring *m)
{
    const struct series *y = &m->yours, *r = &m->reference;
    char a[96], b[96];
    describe(y, a, sizeof a);
    describe(r, b, sizeof b);
    printf("\n%s; %s\n", a, b);
    if (y->failure != VERDICT_AC && y->failure != r->failure)
        printf("Yours stopped: %s\n", y->stop_reason);
    if (r->failure != VERDICT_AC)
        printf("The reference stopped: %s\n", r->stop_reason);
    if (m->wrong_at)
        printf("Note: your answer differs from the reference's at n = %ld (judge stress "
               "finds a small case).\n",
               m->wrong_at);
    puts("");
    if (y->npoints > 0 || r->npoints > 0) {
        printf("  CPU time against n, both axes logarithmic: * yours, o reference, @ both\n");
        complexity_plot(stdout, y->points, y->npoints, '*', r->points, r->npoints, 'o', 48, 12);
        puts("");
    }
    /* Stopped where the reference stopped the same way: the input outgrew a limit. */
    bool shared = y->failure == r->failure && y->npoints >= r->npoints;
    bool failed = y->failure != VERDICT_AC && y->failure != VERDICT_TLE && !shared;
    bool too_slow_to_fit = !y->fit.ok && y->failure == VERDICT_TLE;
    if (failed) {
        printf("Your solution failed before its growth could be measured.\n");
        return EXIT_NOT_ACCEPTED;
    }
    if (too_slow_to_fit || (y->fit.ok && r->fit.ok &&
                            complexity_class(y->fit.model) > complexity_class(r->fit.model))) {
        printf("Yours grows faster than the reference: %s against %s.\n",
               y->fit.ok ? complexity_model_name(y->fit.model) : "too slow to measure",
               r->fit.ok ? complexity_model_name(r->fit.model) : "?");
        return EXIT_NOT_ACCEPTED;
    }
    if (!y->fit.ok || !r->fit.ok) {
        printf("Too few sizes were measured to compare the two.\n");
        return EXIT_NOT_ACCEPTED;
    }
    printf("Yours grows like the reference.\n");
    return EXIT_ACCEPTED;
}

/* ---- setup ---- */

static int compile_both(struct measuring *m, const char *file)
{
    struct compile_result cr;
    m->yours.handle = trial_compile(m->trial, file, &cr);
    if (m->yours.handle < 0) {
        printf("%s does not compile:\n%s", file, cr.log);
        int status = cr.status == COMPILE_ERROR ? EXIT_NOT_ACCEPTED : EXIT_IE;
        compile_result_free(&cr);
        return status;
    }
    compile_result_free(&cr);
    m->reference.handle = trial_compile(m->trial, m->p->reference_path, &cr);
    if (m->reference.handle < 0) {
        fprintf(stderr, "judge: the reference solution %s does not compile:\n%s",
                m->p->reference_path, cr.log);
        compile_result_free(&cr);
        return EXIT_IE;
    }
    compile_result_free(&cr);
    return 0;
}

/* Measures both solutions on every command; returns the worst exit status. */
static int run_all(struct measuring *m, const char *file)
{
    int worst = EXIT_ACCEPTED;
    for (size_t c = 0; c < m->p->complexity.ncommands; c++) {
        const struct sized_command *cmd = &m->p->complexity.commands[c];
        char *line = sizegen_command_line(cmd->argv);
        printf("%sComplexity of %s on %s: CPU time on `%s` as n doubles from %ld to at most "
               "%ld\n",
               c ? "\n" : "", file, m->p->id, line, cmd->min_n, m->p->complexity.max_n);
        free(line);
        m->yours = (struct series){.name = "yours", .handle = m->yours.handle};
        m->reference = (struct series){.name = "reference", .handle = m->reference.handle};
        m->nsizes = 0;
        m->wrong_at = 0;
        if (run_command(m, cmd, m->p->complexity.max_n) < 0)
            return -1;
        complexity_fit(m->yours.points, m->yours.npoints, &m->yours.fit);
        complexity_fit(m->reference.points, m->reference.npoints, &m->reference.fit);
        print_table(m);
        int status = conclude(m);
        if (status > worst)
            worst = status;
    }
    return worst;
}

int cmd_complexity(const struct cli_common *common, int argc, char **argv)
{
    static const struct option opts[] = {
        {"no-cache", no_argument, NULL, 'n'}, {"help", no_argument, NULL, 'h'}, {NULL, 0, NULL, 0}};
    bool use_cache = true;
    int c;
    opterr = 0;
    while ((c = getopt_long(argc, argv, "h", opts, NULL)) != -1) {
        if (c == 'n')
            use_cache = false;
        else if (c == 'h') {
            fputs(usage, stdout);
            return EXIT_ACCEPTED;
        } else
            return cli_usage_error("complexity: unrecognized option '%s' (see judge complexity "
                                   "--help)",
                                   argv[optind - 1]);
    }
    if (argc - optind != 2) {
        cli_usage_error("complexity needs a problem and a solution file");
        fputs(usage, stderr);
        return EXIT_USAGE;
    }
    const char *file = argv[optind + 1];
    if (access(file, R_OK) != 0)
        return cli_usage_error("cannot read solution '%s': %s", file, strerror(errno));
    struct problem *p = cli_load_problem(common, argv[optind]);
    if (!p)
        return EXIT_USAGE;
    if (p->complexity.ncommands == 0 || !p->reference_path) {
        cli_usage_error("%s has no %s, so its complexity cannot be measured", p->id,
                        p->complexity.ncommands ? "reference solution"
                                                : "complexity generator (the problem.yaml key "
                                                  "'complexity')");
        problem_free(p);
        return EXIT_USAGE;
    }
    char *runtime = catalog_runtime_dir();
    sandbox_install_interrupt_handlers();
    struct cache *cache = use_cache ? cli_open_cache() : NULL;
    struct measuring m = {.p = p};
    m.trial = trial_new(p, runtime, cache, &m.error);
    int status = m.trial ? compile_both(&m, file) : -1;
    if (status == 0)
        status = run_all(&m, file);
    if (status < 0) {
        fprintf(stderr, "judge: %s\n", m.error ? m.error : "internal error");
        status = sandbox_interrupted() ? EXIT_INTERRUPTED : EXIT_IE;
    }
    free(m.error);
    trial_free(m.trial);
    cli_close_cache(cache);
    free(runtime);
    problem_free(p);
    return status;
}
