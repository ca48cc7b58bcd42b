#include "config.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "util.h"
#include "xdg.h"
#include "yamldoc.h"

static const char *const color_names[] = {"auto", "always", "never"};

const char *config_color_name(enum config_color color)
{
    return (unsigned)color < ARRAY_LEN(color_names) ? color_names[color] : "auto";
}

char *config_default_path(void)
{
    char *dir = xdg_dir(XDG_CONFIG);
    char *path = dir ? xasprintf("%s/config.yaml", dir) : NULL;
    free(dir);
    return path;
}

static void parse_color(struct yamldoc *y, yaml_node_t *n, struct config *out)
{
    if (!yamldoc_expect(y, n, YAML_SCALAR_NODE, "color"))
        return;
    for (size_t i = 0; i < ARRAY_LEN(color_names); i++)
        if (strcmp(yamldoc_scalar(n), color_names[i]) == 0) {
            out->color = (enum config_color)i;
            return;
        }
    yamldoc_error(y, n, "'color' must be auto, always or never, not '%s'", yamldoc_scalar(n));
}

static void parse_config(struct yamldoc *y, yaml_node_t *root, struct config *out)
{
    static const char *const keys[] = {"jobs", "color", "editor", NULL};
    if (!yamldoc_expect(y, root, YAML_MAPPING_NODE, "config.yaml"))
        return;
    yamldoc_check_keys(y, root, keys);
    yaml_node_t *v;
    long jobs;
    if ((v = yamldoc_get(y, root, "jobs")) && yamldoc_integer(y, v, "jobs", 1, 1024, &jobs) == 0)
        out->jobs = (int)jobs;
    if ((v = yamldoc_get(y, root, "color")))
        parse_color(y, v, out);
    if ((v = yamldoc_get(y, root, "editor")) && yamldoc_expect(y, v, YAML_SCALAR_NODE, "editor")) {
        if (!*yamldoc_scalar(v))
            yamldoc_error(y, v, "'editor' is empty (leave it out to use $VISUAL or $EDITOR)");
        else
            out->editor = xstrdup(yamldoc_scalar(v));
    }
}

int config_load(const char *path, struct config *out, char **errors)
{
    *out = (struct config){0};
    *errors = NULL;
    if (!path || (access(path, F_OK) < 0 && errno == ENOENT))
        return 0;
    struct yamldoc y;
    if (yamldoc_load(&y, path) == 0 && yamldoc_root(&y))
        parse_config(&y, yamldoc_root(&y), out);
    *errors = yamldoc_take_errors(&y);
    yamldoc_free(&y);
    if (*errors) {
        config_free(out);
        return -1;
    }
    out->path = xstrdup(path);
    return 0;
}

void config_free(struct config *c)
{
    free(c->path);
    free(c->editor);
    *c = (struct config){0};
}

bool config_use_color(const struct config *c, FILE *stream)
{
    const char *no_color = getenv("NO_COLOR");
    if (no_color && *no_color)
        return false;
    enum config_color mode = c ? c->color : CONFIG_COLOR_AUTO;
    if (mode != CONFIG_COLOR_AUTO)
        return mode == CONFIG_COLOR_ALWAYS;
    return isatty(fileno(stream));
}

const char *config_editor(const struct config *c)
{
    if (c && c->editor)
        return c->editor;
    const char *env = getenv("VISUAL");
    if (env && *env)
        return env;
    env = getenv("EDITOR");
    return env && *env ? env : "vi";
}
