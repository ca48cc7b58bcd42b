/* judge watch: judge a solution, then again after every save, until Ctrl-C. */
#include <errno.h>
#include <getopt.h>
#include <libgen.h>
#include <poll.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "catalog.h"
#include "cli.h"
#include "pipeline.h"
#include "report.h"
#include "sandbox.h"
#include "util.h"
#include "watch.h"

static const char usage[] =
    "usage: judge watch PROBLEM FILE [--no-cache] [--problems DIR]\n"
    "  PROBLEM     a problem id or folder\n"
    "  FILE        your C solution\n"
    "  --no-cache  make every generated input and reference output afresh\n"
    "\n"
    "Judges FILE, then judges it again each time it is saved (editors that write a\n"
    "temporary file and rename it are fine), clearing the screen and printing the table of\n"
    "verdicts each time. Ctrl-C stops (exit status 130).\n";

struct watching {
    const struct problem *p;
    const char *file;
    struct judge_options opt;
    bool clear; /* a terminal: each report replaces the last */
    int round;
};

static void print_header(const struct watching *w)
{
    char when[16];
    time_t now = time(NULL);
    struct tm tm;
    strftime(when, sizeof when, "%H:%M:%S", localtime_r(&now, &tm));
    if (w->clear)
        fputs("\033[H\033[2J\033[3J", stdout);
    printf("judge watch %s %s -- judged at %s (#%d); save to judge again, Ctrl-C to stop\n\n",
           w->p->id, w->file, when, w->round);
}

/* Judges once and prints the report. Returns -1 when interrupted. */
static int judge_once(struct watching *w)
{
    struct submission_result r;
    w->round++;
    int rc = pipeline_judge(w->p, w->file, &w->opt, &r);
    if (rc == 0) {
        print_header(w);
        report_terminal(stdout, &r, cli_use_color(stdout));
        cli_record_attempt(&r, "watch", 0);
    }
    fflush(stdout);
    submission_result_free(&r);
    return rc;
}

/* Waits for saves and judges after each; returns when interrupted. */
static int watch_loop(struct watching *w, struct watch *watcher)
{
    bool changed[1];
    for (;;) {
        struct pollfd pfd = {.fd = watch_fd(watcher), .events = POLLIN};
        int r = poll(&pfd, 1, (int)watch_pending_ms(watcher));
        if (sandbox_interrupted())
            return 0;
        if (r < 0 && errno != EINTR)
            die("poll: %s", strerror(errno));
        if (watch_read(watcher) < 0)
            die("cannot read file events: %s", strerror(errno));
        if (watch_take_settled(watcher, changed) > 0 && judge_once(w) < 0)
            return 0;
    }
}

int cmd_watch(const struct cli_common *common, int argc, char **argv)
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
            return cli_usage_error("watch: unrecognized option '%s' (see judge watch --help)",
                                   argv[optind - 1]);
    }
    if (argc - optind != 2) {
        cli_usage_error("watch needs a problem and a solution file");
        fputs(usage, stderr);
        return EXIT_USAGE;
    }
    const char *file = argv[optind + 1];
    if (!path_is_file(file))
        return cli_usage_error("cannot watch '%s': not a file (create it first, e.g. with "
                               "judge init)",
                               file);
    struct problem *p = cli_load_problem(common, argv[optind]);
    if (!p)
        return EXIT_USAGE;
    char *copy_dir = xstrdup(file), *copy_base = xstrdup(file);
    const char *dir = dirname(copy_dir), *base = basename(copy_base);
    char err[256];
    struct watch *watcher = watch_new(dir, &base, 1, err, sizeof err);
    if (!watcher) {
        fprintf(stderr, "judge: %s\n", err);
        free(copy_dir), free(copy_base);
        problem_free(p);
        return EXIT_IE;
    }
    char *runtime = catalog_runtime_dir();
    sandbox_install_interrupt_handlers();
    struct watching w = {
        .p = p,
        .file = file,
        .opt = {.runtime_dir = runtime, .cache = use_cache ? cli_open_cache() : NULL},
        .clear = isatty(STDOUT_FILENO)};
    if (judge_once(&w) == 0)
        watch_loop(&w, watcher);
    printf("\njudge: watch stopped\n");
    cli_close_cache(w.opt.cache);
    watch_free(watcher);
    free(runtime), free(copy_dir), free(copy_base);
    problem_free(p);
    return EXIT_INTERRUPTED;
}
