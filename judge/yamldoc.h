/* Strict reading of small YAML files into typed settings, for the loaders that are not
 * problem.yaml's own (a Kattis package's problem.yaml, the user's config.yaml): every
 * error is one "file:line:column: message" line, all of them are collected, and unknown or
 * duplicate keys are errors. libyaml hands every scalar over as an untyped string; the
 * conversions here check them completely. */
#ifndef JUDGE_YAMLDOC_H
#define JUDGE_YAMLDOC_H

#include <stdbool.h>
#include <stddef.h>
#include <yaml.h>

#include "util.h"

struct yamldoc {
    const char *file; /* named in messages; borrowed */
    yaml_document_t doc;
    bool loaded;
    struct strbuf errors;
    int nerrors;
};

/* Parses the YAML file at path (which is also the name messages use; it must outlive d).
 * Returns 0 when it parsed (an empty file has no root), or -1 with the reason recorded as
 * an error: "path: cannot open: ..." or "path:line:col: <libyaml's message>". Either way
 * free d with yamldoc_free. */
int yamldoc_load(struct yamldoc *d, const char *path);

/* Frees the document and the collected errors. */
void yamldoc_free(struct yamldoc *d);

/* The root node, or NULL for an empty (or unparsed) document. */
yaml_node_t *yamldoc_root(struct yamldoc *d);

/* Records "file:line:col: message" at node at (line 1, column 1 when at is NULL). Control
 * characters of the message are written as \xNN, so a quoted value cannot break the line. */
void yamldoc_error(struct yamldoc *d, const yaml_node_t *at, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

/* Records "path: message", for what is wrong beside the YAML (a missing file, ...). */
void yamldoc_error_path(struct yamldoc *d, const char *path, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

/* The errors so far, malloc'd (the caller frees), or NULL when there are none. d keeps
 * none of them afterwards. */
char *yamldoc_take_errors(struct yamldoc *d);

/* The value under key in a mapping node, or NULL when absent (or map is not a mapping). */
yaml_node_t *yamldoc_get(struct yamldoc *d, yaml_node_t *map, const char *key);

/* The node with the given index (a pair's key or value, a sequence item). */
yaml_node_t *yamldoc_node(struct yamldoc *d, int index);

/* Reports each key of map that is not in allowed (NULL-terminated), suggesting the closest
 * allowed one, each duplicate key and each key that is not a scalar. */
void yamldoc_check_keys(struct yamldoc *d, yaml_node_t *map, const char *const *allowed);

/* Whether n has the type; otherwise records "'what' must be a list, not a mapping". */
bool yamldoc_expect(struct yamldoc *d, const yaml_node_t *n, yaml_node_type_t type,
                    const char *what);

/* The text of a scalar node. */
const char *yamldoc_scalar(const yaml_node_t *n);

/* A scalar that is a whole decimal number (no sign, exponent or fraction) between min and
 * max. Returns 0 with *out set, or -1 after recording an error that names key. */
int yamldoc_integer(struct yamldoc *d, const yaml_node_t *n, const char *key, long min, long max,
                    long *out);

/* A scalar that is a finite decimal number (strtod, C locale, nothing after it) greater
 * than min (or equal to it when inclusive). Returns 0 with *out set, or -1 after recording
 * an error that names key. */
int yamldoc_number(struct yamldoc *d, const yaml_node_t *n, const char *key, double min,
                   bool inclusive, double *out);

/* A scalar that is exactly true or false. Returns 0 with *out set, or -1 after recording
 * an error. */
int yamldoc_bool(struct yamldoc *d, const yaml_node_t *n, const char *key, bool *out);

#endif
