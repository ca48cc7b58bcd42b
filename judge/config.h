/* The user's settings: an optional $XDG_CONFIG_HOME/judge/config.yaml (default
 * ~/.config/judge/config.yaml), read as strictly as problem.yaml:
 *
 *     jobs: 4          # default parallelism of commands that judge many solutions
 *     color: auto      # auto | always | never (NO_COLOR still turns colours off)
 *     editor: nvim     # the editor commands open files in (default: $VISUAL, $EDITOR, vi)
 */
#ifndef JUDGE_CONFIG_H
#define JUDGE_CONFIG_H

#include <stdbool.h>
#include <stdio.h>

enum config_color { CONFIG_COLOR_AUTO, CONFIG_COLOR_ALWAYS, CONFIG_COLOR_NEVER };

struct config {
    char *path; /* the file that was read, or NULL when there was none */
    int jobs;   /* 0 when not set: each command picks its own default */
    enum config_color color;
    char *editor; /* NULL when not set */
};

/* The file the judge reads: xdg_dir(XDG_CONFIG)/config.yaml (malloc'd), or NULL when no
 * config folder can be named (no HOME). */
char *config_default_path(void);

/* Reads path into *out (all settings start unset). A missing file is no error: *out keeps
 * the defaults and out->path stays NULL. Returns 0, or -1 with *errors set to a malloc'd
 * text of one "file:line:column: message" line per problem (unknown and duplicate keys,
 * wrong types and values); *out is then freed and zeroed. path may be NULL (no file). */
int config_load(const char *path, struct config *out, char **errors);

/* Frees what config_load allocated; accepts a zeroed config. */
void config_free(struct config *c);

/* Whether output to stream gets colours: never with NO_COLOR set, else as configured,
 * and for auto only on a terminal. c may be NULL (auto). */
bool config_use_color(const struct config *c, FILE *stream);

/* The editor to open files with: the configured one, else $VISUAL, else $EDITOR, else
 * "vi". The string is owned by c or the environment. */
const char *config_editor(const struct config *c);

const char *config_color_name(enum config_color color);

#endif
