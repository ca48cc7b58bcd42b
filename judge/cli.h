/* What the subcommands share: exit statuses, finding and loading a problem. */
#ifndef JUDGE_CLI_H
#define JUDGE_CLI_H

#include <stdbool.h>
#include <stdio.h>

#include "cache.h"
#include "config.h"
#include "problem.h"

enum exit_status {
    EXIT_ACCEPTED = 0,
    EXIT_NOT_ACCEPTED = 1,
    EXIT_USAGE = 2, /* bad command line or a broken problem definition */
    EXIT_IE = 3,    /* the judge's own fault */
    EXIT_INTERRUPTED = 130,
};

/* Options every subcommand accepts, and the user's settings. */
struct cli_common {
    const char *problems_dir;    /* --problems */
    const struct config *config; /* config.yaml (judge/config.h); NULL in unit tests */
};

/* Resolves name (an id or a folder) and loads it. On failure prints what went
 * wrong (with a suggestion for a mistyped id) to stderr and returns NULL. */
struct problem *cli_load_problem(const struct cli_common *common, const char *name);

/* Opens the test data cache (cache_default_dir). When it cannot be used, prints one
 * warning to stderr and returns NULL: the command goes on without a cache. */
struct cache *cli_open_cache(void);

/* Warns once on stderr if storing into c failed along the way, then closes it.
 * Accepts NULL. */
void cli_close_cache(struct cache *c);

/* Colours on this stream? Only on a TTY, and never with NO_COLOR set. */
bool cli_use_color(FILE *stream);

/* Prints "judge: message" to stderr and returns EXIT_USAGE. */
int cli_usage_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

struct submission_result;
/* Adds a judged submission to the practice history; a failure is one warning on stderr,
 * never a changed verdict or exit status. */
void cli_record_attempt(const struct submission_result *r, const char *source, long long session);

int cmd_list(const struct cli_common *common, int argc, char **argv);
int cmd_show(const struct cli_common *common, int argc, char **argv);
int cmd_test(const struct cli_common *common, int argc, char **argv);
int cmd_run(const struct cli_common *common, int argc, char **argv);
int cmd_doctor(const struct cli_common *common, int argc, char **argv);
int cmd_validate(const struct cli_common *common, int argc, char **argv);
int cmd_init(const struct cli_common *common, int argc, char **argv);
int cmd_stress(const struct cli_common *common, int argc, char **argv);
int cmd_complexity(const struct cli_common *common, int argc, char **argv);
int cmd_watch(const struct cli_common *common, int argc, char **argv);
int cmd_history(const struct cli_common *common, int argc, char **argv);
int cmd_mock(const struct cli_common *common, int argc, char **argv);
int cmd_grade(const struct cli_common *common, int argc, char **argv);
int cmd_merge(const struct cli_common *common, int argc, char **argv);
int cmd_export(const struct cli_common *common, int argc, char **argv);
int cmd_config(const struct cli_common *common, int argc, char **argv);

#endif
