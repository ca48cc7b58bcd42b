#include "yamldoc.h"

#include <errno.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Appends a message with control characters escaped, then a newline. */
static void append_message(struct yamldoc *d, const char *fmt, va_list ap)
{
    struct strbuf msg = {0};
    sb_vprintf(&msg, fmt, ap);
    for (size_t i = 0; i < msg.len; i++) {
        unsigned char c = (unsigned char)msg.data[i];
        if (c < 0x20 || c == 0x7f)
            sb_printf(&d->errors, "\\x%02x", c);
        else
            sb_append(&d->errors, msg.data + i, 1);
    }
    sb_free(&msg);
    sb_puts(&d->errors, "\n");
    d->nerrors++;
}

void yamldoc_error(struct yamldoc *d, const yaml_node_t *at, const char *fmt, ...)
{
    va_list ap;
    sb_printf(&d->errors, "%s:%zu:%zu: ", d->file, at ? at->start_mark.line + 1 : 1,
              at ? at->start_mark.column + 1 : 1);
    va_start(ap, fmt);
    append_message(d, fmt, ap);
    va_end(ap);
}

void yamldoc_error_path(struct yamldoc *d, const char *path, const char *fmt, ...)
{
    va_list ap;
    sb_printf(&d->errors, "%s: ", path);
    va_start(ap, fmt);
    append_message(d, fmt, ap);
    va_end(ap);
}

int yamldoc_load(struct yamldoc *d, const char *path)
{
    *d = (struct yamldoc){.file = path};
    FILE *f = fopen(path, "rb");
    if (!f) {
        yamldoc_error_path(d, path, "cannot open: %s", strerror(errno));
        return -1;
    }
    yaml_parser_t parser;
    yaml_parser_initialize(&parser);
    yaml_parser_set_input_file(&parser, f);
    d->loaded = yaml_parser_load(&parser, &d->doc) != 0;
    if (!d->loaded) {
        yaml_mark_t m = parser.problem_mark;
        const char *what = parser.problem ? parser.problem : "cannot parse YAML";
        sb_printf(&d->errors, "%s:%zu:%zu: %s", path, m.line + 1, m.column + 1, what);
        if (parser.context)
            sb_printf(&d->errors, " (%s at line %zu)", parser.context,
                      parser.context_mark.line + 1);
        if (strstr(what, "cannot start any token") || strstr(what, "tab"))
            sb_puts(&d->errors, " -- YAML does not allow tabs for indentation");
        sb_puts(&d->errors, "\n");
        d->nerrors++;
    }
    yaml_parser_delete(&parser);
    fclose(f);
    return d->loaded ? 0 : -1;
}

void yamldoc_free(struct yamldoc *d)
{
    if (d->loaded)
        yaml_document_delete(&d->doc);
    d->loaded = false;
    sb_free(&d->errors);
}

yaml_node_t *yamldoc_root(struct yamldoc *d)
{
    return d->loaded ? yaml_document_get_root_node(&d->doc) : NULL;
}

char *yamldoc_take_errors(struct yamldoc *d)
{
    if (d->nerrors == 0)
        return NULL;
    d->nerrors = 0;
    return sb_take(&d->errors);
}

yaml_node_t *yamldoc_node(struct yamldoc *d, int index)
{
    return yaml_document_get_node(&d->doc, index);
}

const char *yamldoc_scalar(const yaml_node_t *n)
{
    return (const char *)n->data.scalar.value;
}

yaml_node_t *yamldoc_get(struct yamldoc *d, yaml_node_t *map, const char *key)
{
    if (!map || map->type != YAML_MAPPING_NODE)
        return NULL;
    for (yaml_node_pair_t *p = map->data.mapping.pairs.start; p < map->data.mapping.pairs.top;
         p++) {
        yaml_node_t *k = yamldoc_node(d, p->key);
        if (k && k->type == YAML_SCALAR_NODE && strcmp(yamldoc_scalar(k), key) == 0)
            return yamldoc_node(d, p->value);
    }
    return NULL;
}

static const char *closest(const char *word, const char *const *allowed)
{
    const char *best = NULL;
    size_t best_d = 3; /* farther than this is not a typo */
    for (const char *const *a = allowed; *a; a++) {
        size_t dist = edit_distance(word, *a);
        if (dist < best_d) {
            best_d = dist;
            best = *a;
        }
    }
    return best;
}

static bool is_allowed(const char *key, const char *const *allowed)
{
    for (const char *const *a = allowed; *a; a++)
        if (strcmp(*a, key) == 0)
            return true;
    return false;
}

void yamldoc_check_keys(struct yamldoc *d, yaml_node_t *map, const char *const *allowed)
{
    for (yaml_node_pair_t *p = map->data.mapping.pairs.start; p < map->data.mapping.pairs.top;
         p++) {
        yaml_node_t *k = yamldoc_node(d, p->key);
        if (!k || k->type != YAML_SCALAR_NODE) {
            yamldoc_error(d, k, "keys must be plain words");
            continue;
        }
        const char *key = yamldoc_scalar(k);
        if (!is_allowed(key, allowed)) {
            const char *hint = closest(key, allowed);
            if (hint)
                yamldoc_error(d, k, "unknown key '%s' (did you mean '%s'?)", key, hint);
            else
                yamldoc_error(d, k, "unknown key '%s'", key);
        }
        for (yaml_node_pair_t *q = map->data.mapping.pairs.start; q < p; q++) {
            yaml_node_t *prev = yamldoc_node(d, q->key);
            if (prev && prev->type == YAML_SCALAR_NODE && strcmp(yamldoc_scalar(prev), key) == 0) {
                yamldoc_error(d, k, "duplicate key '%s' (first at line %zu)", key,
                              prev->start_mark.line + 1);
                break;
            }
        }
    }
}

static const char *type_name(yaml_node_type_t type)
{
    switch (type) {
    case YAML_SCALAR_NODE:
        return "a scalar";
    case YAML_SEQUENCE_NODE:
        return "a list";
    case YAML_MAPPING_NODE:
        return "a mapping";
    default:
        return "nothing";
    }
}

bool yamldoc_expect(struct yamldoc *d, const yaml_node_t *n, yaml_node_type_t type,
                    const char *what)
{
    if (n->type == type)
        return true;
    yamldoc_error(d, n, "'%s' must be %s, not %s", what, type_name(type), type_name(n->type));
    return false;
}

int yamldoc_integer(struct yamldoc *d, const yaml_node_t *n, const char *key, long min, long max,
                    long *out)
{
    if (!yamldoc_expect(d, n, YAML_SCALAR_NODE, key))
        return -1;
    const char *s = yamldoc_scalar(n);
    char *end;
    errno = 0;
    long v = s[0] >= '0' && s[0] <= '9' ? strtol(s, &end, 10) : 0;
    if (!(s[0] >= '0' && s[0] <= '9') || errno || *end || v < min || v > max) {
        yamldoc_error(d, n, "'%s' must be a whole number from %ld to %ld, not '%s'", key, min, max,
                      s);
        return -1;
    }
    *out = v;
    return 0;
}

int yamldoc_number(struct yamldoc *d, const yaml_node_t *n, const char *key, double min,
                   bool inclusive, double *out)
{
    if (!yamldoc_expect(d, n, YAML_SCALAR_NODE, key))
        return -1;
    const char *s = yamldoc_scalar(n);
    char *end = NULL;
    errno = 0;
    /* strtod also takes hex, "inf" and "nan": only plain decimals are numbers here. */
    bool plain = s[0] && strspn(s, "0123456789.eE+-") == strlen(s);
    double v = plain ? strtod(s, &end) : 0;
    if (!plain || errno || end == s || *end || !isfinite(v) || v < min ||
        (!inclusive && v == min)) {
        yamldoc_error(d, n, "'%s' must be a number %s %g, not '%s'", key,
                      inclusive ? "of at least" : "greater than", min, s);
        return -1;
    }
    *out = v;
    return 0;
}

int yamldoc_bool(struct yamldoc *d, const yaml_node_t *n, const char *key, bool *out)
{
    if (!yamldoc_expect(d, n, YAML_SCALAR_NODE, key))
        return -1;
    const char *s = yamldoc_scalar(n);
    if (strcmp(s, "true") == 0 || strcmp(s, "false") == 0) {
        *out = s[0] == 't';
        return 0;
    }
    yamldoc_error(d, n, "'%s' must be true or false, not '%s'", key, s);
    return -1;
}
