/* judge: a local, sandboxed judge for whiteboard coding-interview problems. */
#include <getopt.h>
#include <stdbool.h>
#include <malloc.h>
#include <stdio.h>
#include <string.h>

#include <seccomp.h>
#include <stdlib.h>
#include <yaml.h>

#include "cli.h"
#include "config.h"
#include "landlock.h"

#ifndef JUDGE_VERSION
#define JUDGE_VERSION "0.1.0"
#endif

/* The synopsis (up to the first blank line) is also the SYNOPSIS of man/judge.1;
 * tests/check_kattis.c checks that the two stay identical. */
static const char usage[] =
    "usage: judge [--problems DIR] list [--json]\n"
    "       judge [--problems DIR] show PROBLEM [--hints]\n"
    "       judge [--problems DIR] test PROBLEM FILE [--json] [--no-cache] [--sanitize]\n"
    "       judge [--problems DIR] validate [PROBLEM...] [--json] [--no-cache]\n"
    "       judge [--problems DIR] export PROBLEM DIR [--no-cache]\n"
    "       judge run [LIMITS] [--stdin FILE] [--json] -- PROGRAM [ARGS...]\n"
    "       judge doctor\n"
    "       judge [--problems DIR] init [DIR] [--problem ID]...\n"
    "       judge [--problems DIR] stress PROBLEM FILE [--iterations N] [--seed S] [--max-n N]\n"
    "       judge [--problems DIR] complexity PROBLEM FILE [--no-cache]\n"
    "       judge [--problems DIR] watch PROBLEM FILE [--no-cache]\n"
    "       judge history [PROBLEM]\n"
    "       judge mock [--OPTION...]\n"
    "       judge [--problems DIR] grade SUBMISSIONS [--OPTION...]\n"
    "       judge merge FILE... [--OPTION...]\n"
    "       judge config\n"
    "       judge COMMAND --help\n"
    "       judge --version\n"
    "\n"
    "commands:\n"
    "  list                   the problems: id, title, difficulty, tags\n"
    "  show PROBLEM           statement, signature, limits and samples\n"
    "  test PROBLEM FILE      compile FILE, run every test, print verdicts\n"
    "  validate [PROBLEM...]  prove the problems' tests: reference AC with 5x time\n"
    "                         headroom, every tests/wrong/<id>/*.c gets its verdict;\n"
    "                         for a Kattis package, every submissions/ folder's verdict\n"
    "  export PROBLEM DIR     write a program problem as a Kattis/ICPC problem package\n"
    "  run -- PROGRAM         run any program in the sandbox, print verdict and measurements\n"
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
    "  config                 the settings in use, and where they come from\n"
    "\n"
    "PROBLEM is a problem id or a problem folder: the judge's own format or a Kattis/ICPC\n"
    "package (problem.yaml beside data/sample/ and data/secret/).\n"
    "\n"
    "options:\n"
    "  --problems DIR         where problems live (default: $JUDGE_PROBLEMS, then the\n"
    "                         problems/ beside the build, then the installed ones)\n"
    "  -h, --help             this text; `judge COMMAND --help` for a command\n"
    "  --version              the version, the libraries' and the kernel's Landlock ABI\n"
    "\n"
    "environment:\n"
    "  JUDGE_PROBLEMS         the problems folder, when --problems is not given\n"
    "  JUDGE_CACHE            where generated inputs and reference outputs are cached\n"
    "                         (default: $XDG_CACHE_HOME/judge, else ~/.cache/judge)\n"
    "  XDG_CONFIG_HOME        config.yaml is read from $XDG_CONFIG_HOME/judge (default\n"
    "                         ~/.config/judge): jobs, color, editor\n"
    "  XDG_STATE_HOME         what the judge remembers: $XDG_STATE_HOME/judge (default\n"
    "                         ~/.local/state/judge)\n"
    "  NO_COLOR               no colours, whatever config.yaml says\n"
    "\n"
    "exit status: 0 accepted, 1 not accepted, 2 usage or problem error, 3 internal error,\n"
    "130 interrupted\n";

static void print_version(void)
{
    const struct scmp_version *seccomp = seccomp_version();
    int abi = landlock_abi();
    printf("judge %s\n", JUDGE_VERSION);
    printf("libyaml %s\n", yaml_get_version_string());
    if (seccomp)
        printf("libseccomp %u.%u.%u\n", seccomp->major, seccomp->minor, seccomp->micro);
    else
        printf("libseccomp unknown\n");
    if (abi > 0)
        printf("landlock ABI %d\n", abi);
    else
        printf("landlock unavailable\n");
}

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
    {"export", cmd_export},
    {"config", cmd_config},
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
        print_version();
        return EXIT_ACCEPTED;
    }
    for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
        if (strcmp(name, commands[i].name) == 0) {
            struct config config;
            char *config_path = config_default_path(), *errors = NULL;
            if (config_load(config_path, &config, &errors) < 0) {
                fputs(errors, stderr);
                free(errors);
                free(config_path);
                return EXIT_USAGE;
            }
            common.config = &config;
            optind = 1;
            int status = commands[i].run(&common, argc - 1, argv + 1);
            config_free(&config);
            free(config_path);
            return status;
        }
    cli_usage_error("unknown command '%s'", name);
    fputs(usage, stderr);
    return EXIT_USAGE;
}
