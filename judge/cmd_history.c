/* judge history: past mock interviews and practice attempts. */
#include <getopt.h>
#include <stdlib.h>

#include "cli.h"
#include "history.h"
#include "util.h"

static const char usage[] =
    "usage: judge history [PROBLEM]\n"
    "  PROBLEM  that problem's attempts, one per line\n"
    "\n"
    "Without PROBLEM: the mock interviews (judge mock), then per problem the attempts\n"
    "(judge test, watch and mock record them), how many were accepted, the date of the\n"
    "first AC, the best CPU time of an accepted attempt (its slowest test) and the last\n"
    "verdict. The history is an SQLite database, history.db, in $XDG_STATE_HOME/judge\n"
    "(default ~/.local/state/judge), beside sessions/ with each mock interview's JSON.\n";

int cmd_history(const struct cli_common *common, int argc, char **argv)
{
    (void)common;
    static const struct option opts[] = {{"help", no_argument, NULL, 'h'}, {NULL, 0, NULL, 0}};
    int c;
    opterr = 0;
    while ((c = getopt_long(argc, argv, "h", opts, NULL)) != -1) {
        if (c == 'h') {
            fputs(usage, stdout);
            return EXIT_ACCEPTED;
        }
        return cli_usage_error("history: unrecognized option '%s' (see judge history --help)",
                               argv[optind - 1]);
    }
    if (argc - optind > 1)
        return cli_usage_error("history takes at most one problem");
    char *dir = history_state_dir();
    if (!dir)
        return cli_usage_error("no state folder: set XDG_STATE_HOME or HOME");
    char err[512];
    struct history *h = history_open(dir, err, sizeof err);
    int status = EXIT_ACCEPTED;
    if (!h || history_print(h, stdout, optind < argc ? argv[optind] : NULL, err, sizeof err) < 0) {
        fprintf(stderr, "judge: %s\n", err);
        status = EXIT_IE;
    }
    history_close(h);
    free(dir);
    return status;
}
