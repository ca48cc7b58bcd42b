#include "cli.h"

#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "catalog.h"
#include "history.h"
#include "util.h"

int cli_usage_error(const char *fmt, ...)
{
    va_list ap;
    fputs("judge: ", stderr);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
    return EXIT_USAGE;
}

struct cache *cli_open_cache(void)
{
    char *dir = cache_default_dir();
    char err[512];
    struct cache *c = dir ? cache_open(dir, err, sizeof err) : NULL;
    if (!dir)
        fprintf(stderr, "judge: warning: no cache folder (set JUDGE_CACHE or HOME); "
                        "running without a cache\n");
    else if (!c)
        fprintf(stderr, "judge: warning: %s; running without a cache\n", err);
    free(dir);
    return c;
}

void cli_close_cache(struct cache *c)
{
    if (cache_error(c))
        fprintf(stderr, "judge: warning: cache: %s (results are unaffected)\n", cache_error(c));
    cache_close(c);
}

bool cli_use_color(FILE *stream)
{
    const char *no_color = getenv("NO_COLOR");
    if (no_color && *no_color)
        return false;
    return isatty(fileno(stream));
}

struct problem *cli_load_problem(const struct cli_common *common, const char *name)
{
    char *root = catalog_root(common->problems_dir);
    if (!root && !strchr(name, '/')) {
        cli_usage_error("no problems folder found (tried --problems, $JUDGE_PROBLEMS, the "
                        "build tree and the installed share/judge/problems)");
        return NULL;
    }
    char *suggestion = NULL;
    char *dir = catalog_resolve(root, name, &suggestion);
    if (!dir && strchr(name, '/')) {
        /* A path names one folder: say what is wrong with it rather than "unknown". */
        if (path_is_dir(name))
            cli_usage_error("'%s' is not a problem folder: it has no problem.yaml", name);
        else
            cli_usage_error("no problem folder '%s': %s", name,
                            access(name, F_OK) == 0 ? "not a directory" : strerror(errno));
    } else if (!dir) {
        if (suggestion)
            cli_usage_error("unknown problem '%s' (did you mean '%s'?)", name, suggestion);
        else
            cli_usage_error("unknown problem '%s'; `judge list` shows the problems in %s", name,
                            root ? root : "(none)");
    }
    if (!dir) {
        free(suggestion);
        free(root);
        return NULL;
    }
    char *errors = NULL;
    struct problem *p = catalog_load_problem(dir, &errors);
    if (!p)
        fprintf(stderr, "%s", errors);
    free(errors);
    free(dir);
    free(root);
    return p;
}

void cli_record_attempt(const struct submission_result *r, const char *source, long long session)
{
    char err[512];
    if (history_record_submission(r, source, session, err, sizeof err) < 0)
        fprintf(stderr, "judge: warning: the attempt is not in the history: %s\n", err);
}
