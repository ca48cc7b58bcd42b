/* judge: a local, sandboxed judge for whiteboard coding-interview problems. */
#include <getopt.h>
#include <stdbool.h>
#include <malloc.h>
#include <stdio.h>
#include <string.h>

#include "cli.h"

#ifndef JUDGE_VERSION
#define JUDGE_VERSION "0.1.0"
#endif

static const char usage[] =
    "usage: judge [--problems DIR] COMMAND [ARGS]\n"
    "\n"
    "commands:\n"
    "  list                   the problems: id, title, difficulty, tags\n"
    "  show PROBLEM           statement, signature, limits and samples [--hints]\n"
    "  test PROBLEM FILE      compile FILE, run every test, print verdicts [--json]\n"
    "  validate [PROBLEM...]  prove the problems' tests: reference AC with 5x time\n"
    "                         headroom, every tests/wrong/<id>/*.c gets its verdict\n"
    "  run [LIMITS] -- PROG   run any program in the sandbox, print verdict and measurements\n"
    "  doctor                 which sandbox layers this machine provides\n"
    "  init [DIR]             a practice folder: a starter file per problem [--problem ID]\n"
    "  stress PROBLEM FILE    random small tests against the reference; prints a minimal\n"
    "                         failing input [--iterations N] [--seed S] [--max-n N]\n"
    "  complexity PROBLEM FILE  how your CPU time grows with n, beside the reference's\n"
    "  watch PROBLEM FILE     judge FILE again every time it is saved (Ctrl-C stops)\n"
    "  history [PROBLEM]      past attempts and mock interviews\n"
    "  mock                   a timed mock interview [--minutes 45] [--problems 2]\n"
    "                         [--difficulty easy|medium|hard] [--seed S]\n"
    "  grade SUBMISSIONS      judge a class: every <student>/<problem>.c, in parallel, into\n"
    "                         a matrix, a leaderboard and reports [--json --junit --html ...]\n"
    "  merge FILE...          combine the --json files of `grade --shard K/N` runs\n"
    "\n"
    "options:\n"
    "  --problems DIR         where problems live (default: $JUDGE_PROBLEMS, then the\n"
    "                         problems/ beside the build, then the installed ones)\n"
    "  -h, --help             this text; `judge COMMAND --help` for a command\n"
    "  --version              the version\n"
    "\n"
    "environment:\n"
    "  JUDGE_CACHE            where generated inputs and reference outputs are cached\n"
    "                         (default: $XDG_CACHE_HOME/judge, else ~/.cache/judge)\n"
    "\n"
    "exit status: 0 accepted, 1 not accepted, 2 usage or problem error, 3 internal error\n";

struct command {
    const char *name;
    int (*run)(const struct cli_common *, int, char **);
};

static const struct command commands[] = {
    {"list", cmd_list},
    {"show", cmd_show},
    {"test", cmd_test},
    {"run", cmd_run},
    {"doctor", cmd_doctor},
    {"validate", cmd_validate},
    {"init", cmd_init},
    {"stress", cmd_stress},
    {"complexity", cmd_complexity},
    {"watch", cmd_watch},
    {"history", cmd_history},
    {"mock", cmd_mock},
    {"grade", cmd_grade},
    {"merge", cmd_merge},
};

/* Pulls --problems out of argv wherever it is, so it works before or after the command;
 * except after `mock`, whose --problems is how many problems to pick. */
static int take_common(int *argc, char **argv, struct cli_common *common)
{
    int out = 0;
    bool mock = false;
    for (int i = 0; i < *argc; i++) {
        if (mock) {
            argv[out++] = argv[i];
        } else if (strcmp(argv[i], "--problems") == 0) {
            if (i + 1 >= *argc)
                return cli_usage_error("--problems needs a folder");
            common->problems_dir = argv[++i];
        } else if (strncmp(argv[i], "--problems=", 11) == 0) {
            common->problems_dir = argv[i] + 11;
        } else {
            mock = out == 1 && strcmp(argv[i], "mock") == 0;
            argv[out++] = argv[i];
        }
    }
    *argc = out;
    argv[out] = NULL;
    return 0;
}

int main(int argc, char **argv)
{
    /* Large buffers (outputs, expected answers) go back to the system when freed,
     * so the judge stays small at every fork of a sandboxed run. */
    mallopt(M_MMAP_THRESHOLD, 256 * 1024);
    mallopt(M_TRIM_THRESHOLD, 512 * 1024);
    struct cli_common common = {0};
    if (take_common(&argc, argv, &common) != 0)
        return EXIT_USAGE;
    if (argc < 2) {
        fputs(usage, stderr);
        return EXIT_USAGE;
    }
    const char *name = argv[1];
    if (strcmp(name, "-h") == 0 || strcmp(name, "--help") == 0 || strcmp(name, "help") == 0) {
        fputs(usage, stdout);
        return EXIT_ACCEPTED;
    }
    if (strcmp(name, "--version") == 0) {
        printf("judge %s\n", JUDGE_VERSION);
        return EXIT_ACCEPTED;
    }
    for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
        if (strcmp(name, commands[i].name) == 0) {
            optind = 1;
            return commands[i].run(&common, argc - 1, argv + 1);
        }
    cli_usage_error("unknown command '%s'", name);
    fputs(usage, stderr);
    return EXIT_USAGE;
}
