/* judge merge: the --json files of `judge grade --shard K/N`, K = 1..N, combined into the
 * result one unsharded run would have given, and every report made from it. One
 * unsharded --json file is accepted too, to make other reports from it later. */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "grade.h"
#include "grade_json.h"
#include "grade_output.h"
#include "util.h"

static const char usage[] =
    "usage: judge merge FILE... [--json FILE] [--junit FILE] [--markdown FILE]\n"
    "           [--html FILE] [--gradescope FILE] [--tap FILE] [--fail-under PERCENT]\n"
    "           [--deterministic]\n"
    "  FILE       the --json reports of `judge grade --shard K/N`, one for each K of 1..N\n"
    "             (in any order), or one unsharded --json report\n"
    "The report options are those of judge grade; the terminal report goes to stdout\n"
    "unless a report does.\n"
    "\n"
    "exit status: 0 merged, 1 a student under --fail-under, 2 usage error or files that\n"
    "do not fit together, 3 internal error (a submission was IE)\n";

static bool same_strings(const char *a, const char *b)
{
    return strcmp(a ? a : "", b ? b : "") == 0;
}

/* The roster of b must be a's: same problems, students and unknown files. */
static const char *roster_differs(const struct grade_result *a, const struct grade_result *b)
{
    if (a->nproblems != b->nproblems)
        return "problems";
    for (size_t i = 0; i < a->nproblems; i++)
        if (!same_strings(a->problems[i].id, b->problems[i].id) ||
            a->problems[i].max_score != b->problems[i].max_score)
            return "problems";
    if (a->nstudents != b->nstudents)
        return "students";
    for (size_t i = 0; i < a->nstudents; i++)
        if (!same_strings(a->students[i].name, b->students[i].name))
            return "students";
    if (a->nunknown != b->nunknown)
        return "unknown files";
    for (size_t i = 0; i < a->nunknown; i++)
        if (!same_strings(a->unknown[i].path, b->unknown[i].path))
            return "unknown files";
    if (a->hidden_details != b->hidden_details)
        return "--hidden-details setting";
    if (a->shard_count != b->shard_count)
        return "shard count (N of K/N)";
    return NULL;
}

/* Checks that the inputs are the N slices of one grading. Returns 0 or EXIT_USAGE. */
static int check_cover(struct grade_result *in, char **paths, size_t n)
{
    int count = in[0].shard_count;
    if (count == 0 && n > 1)
        return cli_usage_error("%s is not a shard (no --shard), so it cannot be merged with "
                               "other files", paths[0]);
    if (count && (size_t)count != n)
        return cli_usage_error("%s is one of %d shards, and %zu file%s given: merge needs "
                               "every shard exactly once",
                               paths[0], count, n, n == 1 ? " is" : "s are");
    for (size_t i = 1; i < n; i++) {
        const char *what = roster_differs(&in[0], &in[i]);
        if (what)
            return cli_usage_error("%s and %s are not shards of one grading: their %s differ",
                                   paths[0], paths[i], what);
    }
    for (size_t i = 0; i < n; i++)
        for (size_t k = i + 1; k < n; k++)
            if (in[i].shard_index == in[k].shard_index)
                return cli_usage_error("%s and %s are both shard %d/%d", paths[i], paths[k],
                                       in[i].shard_index, count);
    for (size_t i = 0; i < n; i++)
        for (size_t c = 0; c < in[i].ncells; c++)
            if (!grade_in_slice(&in[i], in[i].cells[c].student, in[i].cells[c].problem))
                return cli_usage_error("%s: %s/%s does not belong to shard %d/%d", paths[i],
                                       in[i].cells[c].student, in[i].cells[c].problem,
                                       in[i].shard_index, count);
    return 0;
}

/* Moves everything into the first input, which becomes the merged result. */
static void combine(struct grade_result *in, size_t n, bool deterministic)
{
    struct grade_result *m = &in[0];
    for (size_t i = 1; i < n; i++) {
        m->cells = xrealloc(m->cells, (m->ncells + in[i].ncells + 1) * sizeof *m->cells);
        if (in[i].ncells)
            memcpy(m->cells + m->ncells, in[i].cells, in[i].ncells * sizeof *m->cells);
        m->ncells += in[i].ncells;
        in[i].ncells = 0;
        const struct grade_run_stats *r = &in[i].run;
        m->run.jobs = r->jobs > m->run.jobs ? r->jobs : m->run.jobs;
        m->run.elapsed_ms = r->elapsed_ms > m->run.elapsed_ms ? r->elapsed_ms : m->run.elapsed_ms;
        m->run.judged += r->judged;
        m->run.from_cache += r->from_cache;
        m->run.from_state += r->from_state;
        m->run.duplicates += r->duplicates;
        m->deterministic = m->deterministic && in[i].deterministic;
    }
    m->shard_index = m->shard_count = 0;
    m->deterministic = m->deterministic || deterministic;
    grade_result_finish(m);
}

int cmd_merge(const struct cli_common *common, int argc, char **argv)
{
    (void)common;
    static const struct option opts[] = {
        GRADE_OUTPUT_OPTIONS,
        {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0},
    };
    struct grade_outputs out = {.fail_under = -1};
    opterr = 0;
    int c;
    while ((c = getopt_long(argc, argv, "h", opts, NULL)) != -1) {
        if (c == 'h') {
            fputs(usage, stdout);
            return EXIT_ACCEPTED;
        }
        int taken = c == '?' || c == ':' ? 0 : grade_outputs_take(&out, c, optarg);
        if (taken < 0)
            return EXIT_USAGE;
        if (taken == 0)
            return cli_usage_error("merge: %s '%s' (see judge merge --help)",
                                   c == ':' ? "missing value for" : "unrecognized option",
                                   argv[optind - 1]);
    }
    size_t n = (size_t)(argc - optind);
    if (n == 0) {
        cli_usage_error("merge needs the --json files of the shards");
        fputs(usage, stderr);
        return EXIT_USAGE;
    }
    char **paths = argv + optind;
    struct grade_result *in = xcalloc(n, sizeof *in);
    int rc = 0;
    for (size_t i = 0; i < n && rc == 0; i++) {
        char err[600];
        if (grade_result_read(paths[i], &in[i], err, sizeof err) < 0)
            rc = cli_usage_error("%s", err);
    }
    if (rc == 0)
        rc = check_cover(in, paths, n);
    if (rc == 0) {
        combine(in, n, out.deterministic);
        rc = grade_outputs_check(&out, &in[0]);
    }
    if (rc == 0)
        rc = grade_outputs_write(&out, &in[0]) < 0 ? EXIT_IE : grade_exit_status(&out, &in[0]);
    for (size_t i = 0; i < n; i++)
        grade_result_free(&in[i]);
    free(in);
    return rc;
}
