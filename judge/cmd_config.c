/* judge config: the settings in use and where each comes from; a broken config.yaml
 * stops every command (main.c), so this is also how to check one. */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>

#include "cache.h"
#include "cli.h"
#include "config.h"
#include "xdg.h"

static const char usage[] =
    "usage: judge config\n"
    "Prints the settings in use and where each comes from: config.yaml\n"
    "($XDG_CONFIG_HOME/judge/config.yaml, default ~/.config/judge/config.yaml, optional)\n"
    "with the keys jobs (1-1024), color (auto, always or never) and editor, and the cache\n"
    "and state folders.\n";

static const char *or_none(const char *s)
{
    return s ? s : "(none: no HOME)";
}

int cmd_config(const struct cli_common *common, int argc, char **argv)
{
    static const struct option opts[] = {{"help", no_argument, NULL, 'h'}, {NULL, 0, NULL, 0}};
    opterr = 0;
    int c = argc > 1 ? getopt_long(argc, argv, "h", opts, NULL) : -1;
    if (c == 'h') {
        fputs(usage, stdout);
        return EXIT_ACCEPTED;
    }
    if (c != -1 || optind < argc)
        return cli_usage_error("config takes no arguments (see judge config --help)");
    const struct config *cfg = common->config;
    char *file = config_default_path();
    char *cache = cache_default_dir(), *state = xdg_dir(XDG_STATE);
    const char *editor = config_editor(cfg);
    printf("config file  %s%s\n", or_none(file),
           cfg && cfg->path ? "" : " (not there: every setting is its default)");
    if (cfg && cfg->jobs)
        printf("jobs         %d\n", cfg->jobs);
    else
        printf("jobs         (not set: each command's default, e.g. the number of CPUs)\n");
    const char *no_color = getenv("NO_COLOR");
    printf("color        %s%s\n", config_color_name(cfg ? cfg->color : CONFIG_COLOR_AUTO),
           no_color && *no_color ? " (but NO_COLOR is set: no colours)" : "");
    printf("editor       %s%s\n", editor,
           cfg && cfg->editor ? "" : " (from $VISUAL, $EDITOR, else vi)");
    printf("cache        %s\n", or_none(cache));
    printf("state        %s\n", or_none(state));
    free(file);
    free(cache);
    free(state);
    return EXIT_ACCEPTED;
}
