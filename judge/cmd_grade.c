/* judge grade: every submission of a class, judged in parallel, into one result and the
 * reports made from it.
 *
 * The steps: find the submissions (grade_layout) -> load the problems they are for ->
 * keep this shard's pairs -> hash each file; a result already in the resume state or the
 * result cache is taken as it is (grade_store), identical files are judged once -> the
 * rest go to the worker pool (grade_pool), each result journaled as it comes in -> the
 * result is finished (totals, ranks, hidden tests) -> reports, exit status. An interrupt
 * ends the run before any report is written: the reports of the last complete run stay
 * as they were, and --resume continues from the journal. */
#include <errno.h>
#include <getopt.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "catalog.h"
#include "cli.h"
#include "grade.h"
#include "grade_layout.h"
#include "grade_output.h"
#include "grade_pool.h"
#include "grade_progress.h"
#include "grade_store.h"
#include "sandbox.h"
#include "util.h"

static const char usage[] =
    "usage: judge grade SUBMISSIONS [--problems DIR] [--jobs N] [--only PROBLEM]...\n"
    "           [--json FILE] [--junit FILE] [--markdown FILE] [--html FILE]\n"
    "           [--gradescope FILE] [--tap FILE] [--shard K/N] [--hidden-details]\n"
    "           [--resume] [--rejudge] [--no-cache] [--fail-under PERCENT] [--deterministic]\n"
    "  SUBMISSIONS        SUBMISSIONS/<student>/<problem-id>.c, or flat\n"
    "                     SUBMISSIONS/<student>-<problem-id>.c; other files are reported\n"
    "  --jobs N           judge N submissions at once (default: jobs in config.yaml,\n"
    "                     else the number of CPUs);\n"
    "                     each worker is pinned to a CPU, and time limits are CPU time\n"
    "  --only PROBLEM     grade only these problems (repeat, or separate with commas)\n"
    "  --json FILE        the whole result as JSON (docs/json.md); - for stdout\n"
    "  --junit FILE       JUnit XML: a testsuite per student, a testcase per problem\n"
    "  --markdown FILE    leaderboard and matrix tables (a CI step summary)\n"
    "  --html FILE        one self-contained page with every detail\n"
    "  --gradescope FILE  Gradescope's results.json; with several students the path\n"
    "                     must contain {student}\n"
    "  --tap FILE         TAP version 14\n"
    "  --shard K/N        grade only the K-th of N slices of the pairs (for CI matrix\n"
    "                     jobs); `judge merge` combines the slices' --json files\n"
    "  --hidden-details   keep what hidden tests printed and why they failed (default:\n"
    "                     hidden tests show only their verdicts)\n"
    "  --resume           re-use the results of an interrupted run of the same grading\n"
    "  --rejudge          judge every file again instead of taking cached results\n"
    "  --no-cache         no cache at all: neither results nor test data\n"
    "  --fail-under PCT   exit 1 when a student scores under PCT percent\n"
    "  --deterministic    write timings and run figures as 0 (compare runs byte for byte)\n"
    "\n"
    "Results are cached by content: the SHA-256 of the judge, the compiler, the problem\n"
    "folder and the file. Identical files are judged once.\n"
    "\n"
    "exit status: 0 graded (whatever the verdicts), 1 a student under --fail-under,\n"
    "2 usage or problem error, 3 internal error (a submission could not be graded),\n"
    "130 interrupted (no report is written; --resume continues)\n";

enum { OPT_JOBS = 2000, OPT_ONLY, OPT_SHARD, OPT_HIDDEN, OPT_RESUME, OPT_REJUDGE, OPT_NO_CACHE };

struct options {
    const char *submissions;
    int jobs;
    char **only;
    size_t nonly;
    int shard_index, shard_count;
    bool hidden_details, resume, rejudge, no_cache;
    struct grade_outputs out;
};

/* One (student, problem) pair of this run. */
struct pair {
    const struct grade_submission *sub;
    char *path;
    char sha256[CACHE_HEX_SIZE];
    char key[CACHE_HEX_SIZE];
    struct grade_cell cell; /* the verdict part, once known */
    bool known;
    long job; /* index into the pool's jobs, or -1 */
};

struct grading {
    struct options *opt;
    char *root, *runtime;
    char **ids; /* every problem of the catalog, sorted */
    size_t nids;
    struct problem **problems; /* the columns, sorted by id */
    size_t nproblems;
    char **problem_hashes;
    struct grade_layout layout;
    struct pair *pairs;
    size_t npairs;
    struct grade_job *jobs;
    size_t njobs;
    struct cache *cache;
    struct grade_store *store;
    struct grade_progress *progress;
    struct grade_result result;
    char *state_path;
    int store_failed;
};

/* ---- options ---- */

static int parse_int(const char *text, long lo, long hi, long *out)
{
    char *end;
    errno = 0;
    long v = strtol(text, &end, 10);
    if (errno || end == text || *end || v < lo || v > hi)
        return -1;
    *out = v;
    return 0;
}

static int parse_shard(struct options *o, const char *arg)
{
    const char *slash = strchr(arg, '/');
    long k, n;
    char *left = slash ? xasprintf("%.*s", (int)(slash - arg), arg) : NULL;
    int rc = slash && parse_int(left, 1, 10000, &k) == 0 && parse_int(slash + 1, 1, 10000, &n) == 0
                     && k <= n
                 ? 0
                 : -1;
    free(left);
    if (rc < 0)
        return cli_usage_error("--shard takes K/N with 1 <= K <= N, such as 2/4; not '%s'", arg);
    o->shard_index = (int)k;
    o->shard_count = (int)n;
    return 0;
}

static void add_only(struct options *o, const char *arg)
{
    char *copy = xstrdup(arg), *save = NULL;
    for (char *id = strtok_r(copy, ",", &save); id; id = strtok_r(NULL, ",", &save)) {
        o->only = xrealloc(o->only, (o->nonly + 1) * sizeof *o->only);
        o->only[o->nonly++] = xstrdup(id);
    }
    free(copy);
}

static int take_option(struct options *o, int c, const char *arg)
{
    long v;
    switch (c) {
    case OPT_JOBS:
        if (parse_int(arg, 1, 1024, &v) < 0)
            return cli_usage_error("--jobs takes a number from 1 to 1024, not '%s'", arg);
        o->jobs = (int)v;
        return 0;
    case OPT_ONLY:
        add_only(o, arg);
        return 0;
    case OPT_SHARD:
        return parse_shard(o, arg);
    case OPT_HIDDEN:
        o->hidden_details = true;
        return 0;
    case OPT_RESUME:
        o->resume = true;
        return 0;
    case OPT_REJUDGE:
        o->rejudge = true;
        return 0;
    case OPT_NO_CACHE:
        o->no_cache = true;
        return 0;
    default: {
        int taken = grade_outputs_take(&o->out, c, arg);
        return taken == 1 ? 0 : taken < 0 ? EXIT_USAGE : -1;
    }
    }
}

/* Returns 0, -1 after --help, or EXIT_USAGE. */
/* default_jobs: config.yaml's jobs, or 0 for the number of CPUs. */
static int parse_options(int argc, char **argv, int default_jobs, struct options *o)
{
    static const struct option opts[] = {
        GRADE_OUTPUT_OPTIONS,
        {"jobs", required_argument, NULL, OPT_JOBS},
        {"only", required_argument, NULL, OPT_ONLY},
        {"shard", required_argument, NULL, OPT_SHARD},
        {"hidden-details", no_argument, NULL, OPT_HIDDEN},
        {"resume", no_argument, NULL, OPT_RESUME},
        {"rejudge", no_argument, NULL, OPT_REJUDGE},
        {"no-cache", no_argument, NULL, OPT_NO_CACHE},
        {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0},
    };
    *o = (struct options){.out.fail_under = -1};
    opterr = 0;
    int c;
    while ((c = getopt_long(argc, argv, "hj:", opts, NULL)) != -1) {
        if (c == 'h') {
            fputs(usage, stdout);
            return -1;
        }
        if (c == 'j')
            c = OPT_JOBS;
        if (c == '?' || c == ':') {
            cli_usage_error("grade: %s '%s' (see judge grade --help)",
                            c == ':' ? "missing value for" : "unrecognized option",
                            argv[optind - 1]);
            return EXIT_USAGE;
        }
        int rc = take_option(o, c, optarg);
        if (rc != 0)
            return EXIT_USAGE;
    }
    if (argc - optind != 1) {
        if (argc > optind)
            cli_usage_error("grade takes one submissions folder; unexpected '%s'",
                            argv[optind + 1]);
        else
            cli_usage_error("grade needs the submissions folder");
        fputs(usage, stderr);
        return EXIT_USAGE;
    }
    o->submissions = argv[optind];
    if (!path_is_dir(o->submissions))
        return cli_usage_error("no submissions folder '%s'", o->submissions);
    if (o->jobs == 0)
        o->jobs = default_jobs > 0 ? default_jobs : grade_pool_cpus();
    else if (o->jobs > grade_pool_cpus())
        fprintf(stderr,
                "judge: warning: --jobs %d is more than the %d CPUs: workers share CPUs; "
                "CPU-time limits stay fair, but wall-clock limits may stop programs early\n",
                o->jobs, grade_pool_cpus());
    return 0;
}

/* ---- the roster ---- */

static bool in_list(char *const *list, size_t n, const char *s)
{
    for (size_t i = 0; i < n; i++)
        if (strcmp(list[i], s) == 0)
            return true;
    return false;
}

/* Every --only id must be a problem. Returns 0 or EXIT_USAGE. */
static int check_only(const struct grading *g)
{
    for (size_t i = 0; i < g->opt->nonly; i++) {
        const char *id = g->opt->only[i];
        if (in_list(g->ids, g->nids, id))
            continue;
        size_t best = SIZE_MAX;
        const char *near = NULL;
        for (size_t k = 0; k < g->nids; k++) {
            size_t d = edit_distance(id, g->ids[k]);
            if (d < best)
                best = d, near = g->ids[k];
        }
        if (best <= 3)
            return cli_usage_error("--only: unknown problem '%s' (did you mean '%s'?)", id, near);
        return cli_usage_error("--only: unknown problem '%s'", id);
    }
    return 0;
}

/* The problems graded, in id order: --only's, else every problem someone submitted. */
static const char **choose_problems(const struct grading *g, size_t *n)
{
    const char **out = xcalloc(g->nids + 1, sizeof *out);
    *n = 0;
    for (size_t i = 0; i < g->nids; i++) {
        const char *id = g->ids[i];
        bool wanted = g->opt->nonly && in_list(g->opt->only, g->opt->nonly, id);
        for (size_t s = 0; s < g->layout.nsubs && !g->opt->nonly && !wanted; s++)
            wanted = strcmp(g->layout.subs[s].problem, id) == 0;
        if (wanted)
            out[(*n)++] = id;
    }
    return out;
}

static void describe_problem(struct grade_problem *gp, const struct problem *p)
{
    gp->id = xstrdup(p->id);
    gp->title = xstrdup(p->title);
    gp->max_score = problem_max_score(p);
    gp->ntests = p->ntests;
    gp->tests = xcalloc(p->ntests ? p->ntests : 1, sizeof *gp->tests);
    for (size_t t = 0; t < p->ntests; t++) {
        const struct test_case *tc = &p->tests[t];
        gp->tests[t] = (struct grade_problem_test){
            .name = xstrdup(tc->name),
            .group = xstrdup(p->groups[tc->group].name),
            .visible = p->groups[tc->group].visible,
            .time_limit_ms = tc->limits.time_ms,
            .memory_limit_bytes = tc->limits.memory_bytes,
        };
    }
}

/* Students, unknown files and options into the result. */
static void copy_roster(struct grading *g)
{
    struct grade_result *r = &g->result;
    const struct grade_layout *l = &g->layout;
    r->submissions = xstrdup(g->opt->submissions);
    r->students = xcalloc(l->nstudents + 1, sizeof *r->students);
    for (size_t s = 0; s < l->nstudents; s++)
        r->students[r->nstudents++].name = xstrdup(l->students[s]);
    r->unknown = xcalloc(l->nunknown + 1, sizeof *r->unknown);
    for (size_t u = 0; u < l->nunknown; u++)
        r->unknown[r->nunknown++] = (struct grade_unknown){
            .path = xstrdup(l->unknown[u].path), .reason = xstrdup(l->unknown[u].reason)};
    r->shard_index = g->opt->shard_index;
    r->shard_count = g->opt->shard_count;
    r->hidden_details = g->opt->hidden_details;
    r->deterministic = g->opt->out.deterministic;
}

/* Finds the submissions, loads the problems they are for and sets up the result's roster.
 * Returns 0 or EXIT_USAGE. */
static int load_roster(struct grading *g)
{
    char err[512];
    if (grade_layout_scan(g->opt->submissions, g->ids, g->nids, &g->layout, err, sizeof err) < 0)
        return cli_usage_error("%s", err);
    if (check_only(g) != 0)
        return EXIT_USAGE;
    copy_roster(g);
    size_t n;
    const char **chosen = choose_problems(g, &n);
    struct grade_result *r = &g->result;
    r->problems = xcalloc(n + 1, sizeof *r->problems);
    g->problems = xcalloc(n + 1, sizeof(struct problem *));
    g->problem_hashes = xcalloc(n + 1, sizeof *g->problem_hashes);
    int rc = 0;
    for (size_t i = 0; i < n && rc == 0; i++) {
        struct cli_common common = {.problems_dir = g->root};
        struct problem *p = cli_load_problem(&common, chosen[i]);
        if (!p) {
            rc = EXIT_USAGE;
            break;
        }
        char hash[CACHE_HEX_SIZE];
        if (grade_store_problem_hash(p, hash) < 0)
            die("cannot read the files of problem %s: %s", p->dir, strerror(errno));
        g->problem_hashes[g->nproblems] = xstrdup(hash);
        g->problems[g->nproblems++] = p;
        describe_problem(&r->problems[r->nproblems++], p);
    }
    free(chosen);
    return rc;
}

/* ---- pairs: hash, take what is known, dedupe the rest into jobs ---- */

static void select_pairs(struct grading *g)
{
    g->pairs = xcalloc(g->layout.nsubs ? g->layout.nsubs : 1, sizeof *g->pairs);
    for (size_t i = 0; i < g->layout.nsubs; i++) {
        const struct grade_submission *sub = &g->layout.subs[i];
        if (grade_problem_index(&g->result, sub->problem) < 0 ||
            !grade_in_slice(&g->result, sub->student, sub->problem))
            continue;
        struct pair *p = &g->pairs[g->npairs++];
        p->sub = sub;
        p->job = -1;
        p->path = xasprintf("%s/%s", g->opt->submissions, sub->file);
    }
}

static char *outcome_text(const struct grade_cell *c)
{
    return c->verdict == VERDICT_CE || c->verdict == VERDICT_IE
               ? xstrdup(verdict_code(c->verdict))
               : xasprintf("%s %d/%d", verdict_code(c->verdict), c->score, c->max_score);
}

static void report_done(struct grading *g, const struct pair *p, const char *note)
{
    char *label = xasprintf("%s/%s", p->sub->student, p->sub->problem);
    char *outcome = outcome_text(&p->cell);
    grade_progress_done(g->progress, label, outcome, note);
    free(outcome);
    free(label);
}

/* A file that cannot be read is graded IE, not skipped. */
static void unreadable(struct pair *p)
{
    p->cell.verdict = VERDICT_IE;
    p->cell.compile_status = xstrdup("internal-error");
    p->cell.compile_log = xstrdup("");
    p->cell.compile_notes = xstrdup("");
    p->cell.error = xasprintf("cannot read %s: %s", p->path, strerror(errno));
    p->known = true;
}

static long find_job(const struct grading *g, size_t upto, const char *key)
{
    for (size_t i = 0; i < upto; i++)
        if (g->pairs[i].job >= 0 && strcmp(g->pairs[i].key, key) == 0)
            return g->pairs[i].job;
    return -1;
}

static void plan_jobs(struct grading *g)
{
    g->jobs = xcalloc(g->npairs ? g->npairs : 1, sizeof *g->jobs);
    for (size_t i = 0; i < g->npairs; i++) {
        struct pair *p = &g->pairs[i];
        int pi = grade_problem_index(&g->result, p->sub->problem);
        if (cache_hash_file(p->path, p->sha256) < 0) {
            unreadable(p);
            g->result.run.judged++;
            report_done(g, p, NULL);
            continue;
        }
        grade_store_key(g->store, g->problem_hashes[pi], p->sha256, p->key);
        enum grade_origin from = ORIGIN_NONE;
        if (!g->opt->rejudge || g->opt->resume)
            from = grade_store_get(g->store, p->key, &p->cell);
        if (from == ORIGIN_CACHE && g->opt->rejudge) {
            grade_cell_free(&p->cell);
            from = ORIGIN_NONE;
        }
        if (from != ORIGIN_NONE) {
            p->known = true;
            p->cell.cached = true;
            if (from == ORIGIN_STATE)
                g->result.run.from_state++;
            else
                g->result.run.from_cache++;
            report_done(g, p, from == ORIGIN_STATE ? "resumed" : "cached");
            continue;
        }
        p->job = find_job(g, i, p->key);
        if (p->job >= 0) {
            g->result.run.duplicates++;
            continue;
        }
        p->job = (long)g->njobs;
        g->jobs[g->njobs++] = (struct grade_job){
            .problem_dir = g->problems[pi]->dir, .solution = p->path};
    }
}

/* ---- the pool's callbacks ---- */

static void on_started(void *ctx, size_t job)
{
    struct grading *g = ctx;
    for (size_t i = 0; i < g->npairs; i++)
        if (g->pairs[i].job == (long)job) {
            char *label = xasprintf("%s/%s", g->pairs[i].sub->student, g->pairs[i].sub->problem);
            grade_progress_started(g->progress, label);
            free(label);
            return;
        }
}

static void on_finished(void *ctx, size_t job)
{
    struct grading *g = ctx;
    bool first = true;
    g->result.run.judged++;
    for (size_t i = 0; i < g->npairs; i++) {
        struct pair *p = &g->pairs[i];
        if (p->job != (long)job)
            continue;
        grade_cell_copy(&p->cell, &g->jobs[job].cell);
        p->known = true;
        if (first) {
            char err[512];
            if (grade_store_put(g->store, p->key, &p->cell, err, sizeof err) < 0 &&
                !g->store_failed++)
                fprintf(stderr, "judge: warning: %s (--resume will not have it)\n", err);
        }
        report_done(g, p, first ? NULL : "identical file, judged once");
        first = false;
    }
}

static void on_tick(void *ctx)
{
    grade_progress_tick(((struct grading *)ctx)->progress);
}

/* ---- result ---- */

static void build_cells(struct grading *g)
{
    struct grade_result *r = &g->result;
    r->cells = xcalloc(g->npairs ? g->npairs : 1, sizeof *r->cells);
    for (size_t i = 0; i < g->npairs; i++) {
        struct pair *p = &g->pairs[i];
        struct grade_cell *c = &r->cells[r->ncells++];
        *c = p->cell;
        p->cell = (struct grade_cell){0};
        c->student = xstrdup(p->sub->student);
        c->problem = xstrdup(p->sub->problem);
        c->file = xstrdup(p->sub->file);
        free(c->solution);
        c->solution = xstrdup(p->path);
        memcpy(c->sha256, p->sha256, sizeof c->sha256);
    }
    grade_result_finish(r);
}

/* The journal of this grading: in the cache folder, named by what is graded. */
static char *state_path_for(const struct grading *g)
{
    char *base = cache_default_dir();
    char *dir = xasprintf("%s/grade-state", base ? base : ".");
    free(base);
    struct cache_key k;
    cache_key_init(&k, "grade-state");
    char real[PATH_MAX];
    cache_key_add_str(&k, realpath(g->opt->submissions, real) ? real : g->opt->submissions);
    cache_key_add_str(&k, realpath(g->root, real) ? real : g->root);
    for (size_t i = 0; i < g->result.nproblems; i++)
        cache_key_add_str(&k, g->result.problems[i].id);
    char shard[64];
    snprintf(shard, sizeof shard, "%d/%d", g->opt->shard_index, g->opt->shard_count);
    cache_key_add_str(&k, shard);
    char hex[CACHE_HEX_SIZE];
    cache_key_final(&k, hex);
    /* mkdir -p; a failure shows when the journal is opened */
    for (char *slash = strchr(dir + 1, '/');; slash = strchr(slash + 1, '/')) {
        if (slash)
            *slash = '\0';
        mkdir(dir, 0700);
        if (!slash)
            break;
        *slash = '/';
    }
    char *path = xasprintf("%s/%.16s.jsonl", dir, hex);
    free(dir);
    return path;
}

static int open_store(struct grading *g)
{
    if (!g->opt->no_cache)
        g->cache = cli_open_cache();
    g->state_path = state_path_for(g);
    char err[512];
    g->store = grade_store_open(g->cache, g->state_path, g->opt->resume, g->runtime, err,
                                sizeof err);
    if (!g->store) {
        fprintf(stderr, "judge: %s\n", err);
        return EXIT_IE;
    }
    if (g->opt->resume)
        fprintf(stderr, "judge: resuming: %zu result%s from the interrupted run\n",
                grade_store_resumed(g->store), grade_store_resumed(g->store) == 1 ? "" : "s");
    return 0;
}

static void grading_free(struct grading *g)
{
    for (size_t i = 0; i < g->npairs; i++) {
        free(g->pairs[i].path);
        grade_cell_free(&g->pairs[i].cell);
    }
    for (size_t i = 0; i < g->njobs; i++)
        grade_cell_free(&g->jobs[i].cell);
    for (size_t i = 0; i < g->nproblems; i++) {
        problem_free(g->problems[i]);
        free(g->problem_hashes[i]);
    }
    free(g->problems);
    free(g->problem_hashes);
    free(g->pairs);
    free(g->jobs);
    grade_layout_free(&g->layout);
    grade_result_free(&g->result);
    grade_store_close(g->store);
    cli_close_cache(g->cache);
    grade_progress_free(g->progress);
    if (g->ids)
        catalog_free_list(g->ids, g->nids);
    free(g->state_path);
    free(g->root);
    free(g->runtime);
}

static int judge_pairs(struct grading *g, char *exe)
{
    struct grade_pool_options po = {
        .jobs = g->opt->jobs,
        .exe = exe,
        .problems_root = g->root,
        .no_cache = g->opt->no_cache,
        .pin = g->opt->jobs > 1,
        .started = on_started,
        .finished = on_finished,
        .tick = on_tick,
        .tick_ms = 250,
        .ctx = g,
    };
    return grade_pool_run(g->jobs, g->njobs, &po);
}

static int run(struct grading *g, const struct cli_common *common)
{
    g->root = catalog_root(common->problems_dir);
    if (!g->root)
        return cli_usage_error("no problems folder found (tried --problems, $JUDGE_PROBLEMS, "
                               "the build tree and the installed share/judge/problems)");
    g->ids = catalog_list(g->root, &g->nids);
    int rc = load_roster(g);
    if (rc == 0)
        rc = grade_outputs_check(&g->opt->out, &g->result);
    if (rc != 0)
        return rc;
    g->runtime = catalog_runtime_dir();
    if (!g->runtime)
        die("cannot find the runtime headers (judge/runtime or share/judge/runtime)");
    sandbox_install_interrupt_handlers();
    if ((rc = open_store(g)) != 0)
        return rc;
    long long start = now_ms();
    select_pairs(g);
    g->progress = grade_progress_new(stderr, g->npairs, isatty(STDERR_FILENO));
    plan_jobs(g);
    char exe[PATH_MAX];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (n <= 0)
        die("cannot find the judge's own binary: readlink /proc/self/exe: %m");
    exe[n] = '\0';
    int pool = judge_pairs(g, exe);
    grade_progress_free(g->progress);
    g->progress = NULL;
    if (pool < 0 || sandbox_interrupted()) {
        size_t done = 0;
        for (size_t i = 0; i < g->npairs; i++)
            done += g->pairs[i].known;
        fprintf(stderr,
                "judge: interrupted after %zu of %zu submissions; no report was written.\n"
                "judge: run the same command with --resume to continue.\n",
                done, g->npairs);
        return EXIT_INTERRUPTED;
    }
    g->result.run.jobs = g->opt->jobs;
    g->result.run.elapsed_ms = now_ms() - start;
    build_cells(g);
    if (grade_outputs_write(&g->opt->out, &g->result) < 0)
        return EXIT_IE;
    grade_store_complete(g->store);
    return grade_exit_status(&g->opt->out, &g->result);
}

int cmd_grade(const struct cli_common *common, int argc, char **argv)
{
    struct options opt;
    int rc = parse_options(argc, argv, common->config ? common->config->jobs : 0, &opt);
    if (rc == 0) {
        struct grading g = {.opt = &opt};
        rc = run(&g, common);
        grading_free(&g);
    }
    for (size_t i = 0; i < opt.nonly; i++)
        free(opt.only[i]);
    free(opt.only);
    return rc < 0 ? EXIT_ACCEPTED : rc;
}
