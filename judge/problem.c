#include "problem.h"

#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <yaml.h>

#include "sizegen.h"
#include "units.h"
#include "util.h"

#define DEFAULT_TIME_MS 1000
#define DEFAULT_MEMORY  (256LL << 20)
#define DEFAULT_OUTPUT  (16LL << 20)

/* Limits as written at one level: 0 / -1 mean "inherit". */
struct limits_override {
    long time_ms, wall_ms;
    long long memory_bytes, output_bytes;
};

struct loader {
    const char *file; /* for messages */
    const char *dir;
    yaml_document_t doc;
    struct strbuf errors;
    int nerrors;
    bool reference_reported; /* a missing reference is reported once */
};

static void error_at(struct loader *ld, const yaml_node_t *node, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

static void error_at(struct loader *ld, const yaml_node_t *node, const char *fmt, ...)
{
    va_list ap;
    size_t line = node ? node->start_mark.line + 1 : 1;
    size_t col = node ? node->start_mark.column + 1 : 1;
    struct strbuf msg = {0};
    sb_printf(&ld->errors, "%s:%zu:%zu: ", ld->file, line, col);
    va_start(ap, fmt);
    sb_vprintf(&msg, fmt, ap);
    va_end(ap);
    /* Messages quote YAML values, which may hold newlines or escape sequences: each
     * error must stay one line that cannot garble the terminal. */
    for (size_t i = 0; i < msg.len; i++) {
        unsigned char c = (unsigned char)msg.data[i];
        if (c < 0x20 || c == 0x7f)
            sb_printf(&ld->errors, "\\x%02x", c);
        else
            sb_append(&ld->errors, msg.data + i, 1);
    }
    sb_free(&msg);
    sb_puts(&ld->errors, "\n");
    ld->nerrors++;
}

static yaml_node_t *node_at(struct loader *ld, int index)
{
    return yaml_document_get_node(&ld->doc, index);
}

static const char *node_type_name(const yaml_node_t *n)
{
    switch (n->type) {
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

static bool expect_type(struct loader *ld, const yaml_node_t *n, yaml_node_type_t type,
                        const char *what)
{
    if (n->type == type)
        return true;
    const char *want = type == YAML_SCALAR_NODE     ? "a scalar"
                       : type == YAML_SEQUENCE_NODE ? "a list"
                                                    : "a mapping";
    error_at(ld, n, "'%s' must be %s, not %s", what, want, node_type_name(n));
    return false;
}

static const char *scalar(const yaml_node_t *n)
{
    return (const char *)n->data.scalar.value;
}

/* Looks up key in a mapping node; NULL when absent. */
static yaml_node_t *map_get(struct loader *ld, yaml_node_t *map, const char *key)
{
    for (yaml_node_pair_t *p = map->data.mapping.pairs.start; p < map->data.mapping.pairs.top;
         p++) {
        yaml_node_t *k = node_at(ld, p->key);
        if (k && k->type == YAML_SCALAR_NODE && strcmp(scalar(k), key) == 0)
            return node_at(ld, p->value);
    }
    return NULL;
}

static const char *closest(const char *word, const char *const *allowed)
{
    const char *best = NULL;
    size_t best_d = 3; /* farther than this is not a typo */
    for (const char *const *a = allowed; *a; a++) {
        size_t d = edit_distance(word, *a);
        if (d < best_d) {
            best_d = d;
            best = *a;
        }
    }
    return best;
}

/* Reports unknown, duplicate and non-scalar keys of a mapping. */
static void check_keys(struct loader *ld, yaml_node_t *map, const char *const *allowed)
{
    for (yaml_node_pair_t *p = map->data.mapping.pairs.start; p < map->data.mapping.pairs.top;
         p++) {
        yaml_node_t *k = node_at(ld, p->key);
        if (!k || k->type != YAML_SCALAR_NODE) {
            error_at(ld, k, "keys must be plain words");
            continue;
        }
        const char *const *a = allowed;
        while (*a && strcmp(*a, scalar(k)) != 0)
            a++;
        if (!*a) {
            const char *hint = closest(scalar(k), allowed);
            if (hint)
                error_at(ld, k, "unknown key '%s' (did you mean '%s'?)", scalar(k), hint);
            else
                error_at(ld, k, "unknown key '%s'", scalar(k));
        }
        for (yaml_node_pair_t *q = map->data.mapping.pairs.start; q < p; q++) {
            yaml_node_t *prev = node_at(ld, q->key);
            if (prev && prev->type == YAML_SCALAR_NODE && strcmp(scalar(prev), scalar(k)) == 0) {
                error_at(ld, k, "duplicate key '%s' (first at line %zu)", scalar(k),
                         prev->start_mark.line + 1);
                break;
            }
        }
    }
}

/* A required or optional string field; returns a malloc'd copy or NULL. */
static char *get_string(struct loader *ld, yaml_node_t *map, const char *key, bool required)
{
    yaml_node_t *n = map_get(ld, map, key);
    if (!n) {
        if (required)
            error_at(ld, map, "missing required key '%s'", key);
        return NULL;
    }
    if (!expect_type(ld, n, YAML_SCALAR_NODE, key))
        return NULL;
    return xstrdup(scalar(n));
}

/* A file named relative to the problem folder; reports when it does not exist. */
static char *get_file(struct loader *ld, yaml_node_t *map, const char *key, bool required)
{
    char *name = get_string(ld, map, key, required);
    if (!name)
        return NULL;
    yaml_node_t *n = map_get(ld, map, key);
    if (name[0] == '/' || strstr(name, "..")) {
        error_at(ld, n, "'%s' must be a path inside the problem folder, not '%s'", key, name);
        free(name);
        return NULL;
    }
    char *path = xasprintf("%s/%s", ld->dir, name);
    if (!path_is_file(path))
        error_at(ld, n, "%s file '%s' not found (looked for %s)", key, name, path);
    free(name);
    return path;
}

static int pick(struct loader *ld, yaml_node_t *n, const char *key, const char *const *names)
{
    for (int i = 0; names[i]; i++)
        if (strcmp(scalar(n), names[i]) == 0)
            return i;
    struct strbuf sb = {0};
    for (int i = 0; names[i]; i++)
        sb_printf(&sb, "%s%s", i ? ", " : "", names[i]);
    error_at(ld, n, "'%s' must be one of %s, not '%s'", key, sb.data, scalar(n));
    sb_free(&sb);
    return -1;
}

static void parse_limits(struct loader *ld, yaml_node_t *n, struct limits_override *out)
{
    static const char *const keys[] = {"time", "wall", "memory", "output", NULL};
    *out = (struct limits_override){0};
    if (!expect_type(ld, n, YAML_MAPPING_NODE, "limits"))
        return;
    check_keys(ld, n, keys);
    char err[160];
    long *times[] = {&out->time_ms, &out->wall_ms};
    long long *sizes[] = {&out->memory_bytes, &out->output_bytes};
    for (int i = 0; i < 4; i++) {
        yaml_node_t *v = map_get(ld, n, keys[i]);
        if (!v || !expect_type(ld, v, YAML_SCALAR_NODE, keys[i]))
            continue;
        int rc = i < 2 ? units_parse_time_ms(scalar(v), times[i], err, sizeof err)
                       : units_parse_size_bytes(scalar(v), sizes[i - 2], err, sizeof err);
        if (rc < 0)
            error_at(ld, v, "%s: %s", keys[i], err);
        else if ((i < 2 && *times[i] <= 0) || (i >= 2 && *sizes[i - 2] <= 0))
            error_at(ld, v, "%s must be greater than zero", keys[i]);
    }
}

/* Applies an override on top of a parent's resolved limits. An explicit time
 * without an explicit wall gets a wall limit that follows it. */
static struct limits apply_limits(struct limits base, const struct limits_override *o)
{
    if (o->time_ms > 0) {
        base.time_ms = o->time_ms;
        base.wall_ms = 3 * o->time_ms + 1000;
    }
    if (o->wall_ms > 0)
        base.wall_ms = o->wall_ms;
    if (o->memory_bytes > 0)
        base.memory_bytes = o->memory_bytes;
    if (o->output_bytes > 0)
        base.output_bytes = o->output_bytes;
    return base;
}

static struct limits optional_limits(struct loader *ld, yaml_node_t *map, struct limits base)
{
    yaml_node_t *n = map_get(ld, map, "limits");
    if (!n)
        return base;
    struct limits_override o;
    parse_limits(ld, n, &o);
    return apply_limits(base, &o);
}

static double parse_tolerance(struct loader *ld, yaml_node_t *map, const char *key)
{
    yaml_node_t *n = map_get(ld, map, key);
    if (!n || !expect_type(ld, n, YAML_SCALAR_NODE, key))
        return 0;
    char *end;
    errno = 0;
    double v = strtod(scalar(n), &end);
    if (errno || end == scalar(n) || *end || !(v >= 0 && v < 1)) {
        error_at(ld, n, "'%s' must be a number in [0, 1), not '%s'", key, scalar(n));
        return 0;
    }
    return v;
}

static void parse_checker(struct loader *ld, yaml_node_t *root, struct checker_spec *out)
{
    static const char *const keys[] = {"type", "absolute", "relative", "source", NULL};
    static const char *const names[] = {"exact", "tokens", "lines-unordered",
                                        "float", "custom", NULL};
    *out = (struct checker_spec){.kind = CHECKER_TOKENS};
    yaml_node_t *n = map_get(ld, root, "checker");
    if (!n)
        return;
    yaml_node_t *type = n;
    if (n->type == YAML_MAPPING_NODE) {
        check_keys(ld, n, keys);
        type = map_get(ld, n, "type");
        if (!type) {
            error_at(ld, n, "missing required key 'type'");
            return;
        }
    }
    if (!expect_type(ld, type, YAML_SCALAR_NODE, "checker"))
        return;
    int kind = pick(ld, type, "checker", names);
    if (kind < 0 || checker_kind_from_name(names[kind], &out->kind) < 0)
        return;
    if (n->type != YAML_MAPPING_NODE) {
        if (out->kind == CHECKER_CUSTOM)
            error_at(ld, n,
                     "a custom checker needs a 'source' (checker: {type: custom, "
                     "source: checker.c})");
        if (out->kind == CHECKER_FLOAT)
            out->absolute = out->relative = 1e-6;
        return;
    }
    if (out->kind == CHECKER_FLOAT) {
        out->absolute = parse_tolerance(ld, n, "absolute");
        out->relative = parse_tolerance(ld, n, "relative");
        if (!map_get(ld, n, "absolute") && !map_get(ld, n, "relative"))
            out->absolute = out->relative = 1e-6;
    }
    if (out->kind == CHECKER_CUSTOM)
        out->source = get_file(ld, n, "source", true);
    else if (map_get(ld, n, "source"))
        error_at(ld, map_get(ld, n, "source"), "'source' is only for custom checkers");
}

static void add_generator(struct problem *p, const char *name, char *source)
{
    p->generators = xrealloc(p->generators, (p->ngenerators + 1) * sizeof *p->generators);
    p->generators[p->ngenerators++] = (struct generator){xstrdup(name), source};
}

static void parse_generators(struct loader *ld, yaml_node_t *root, struct problem *p)
{
    yaml_node_t *n = map_get(ld, root, "generators");
    if (!n || !expect_type(ld, n, YAML_MAPPING_NODE, "generators"))
        return;
    for (yaml_node_pair_t *pair = n->data.mapping.pairs.start; pair < n->data.mapping.pairs.top;
         pair++) {
        yaml_node_t *k = node_at(ld, pair->key), *v = node_at(ld, pair->value);
        if (!expect_type(ld, k, YAML_SCALAR_NODE, "generator name") ||
            !expect_type(ld, v, YAML_SCALAR_NODE, scalar(k)))
            continue;
        char *path = xasprintf("%s/%s", ld->dir, scalar(v));
        if (!path_is_file(path))
            error_at(ld, v, "generator '%s': file '%s' not found", scalar(k), scalar(v));
        if (problem_generator(p, scalar(k)))
            error_at(ld, k, "duplicate generator '%s'", scalar(k));
        add_generator(p, scalar(k), path);
    }
}

static bool ends_with(const char *s, const char *suffix)
{
    size_t n = strlen(s), m = strlen(suffix);
    return n >= m && strcmp(s + n - m, suffix) == 0;
}

/* `generate: gen.c ARGS` names the generator by its source: it becomes a generator
 * of that name, declared on first use. */
static void resolve_generator(struct loader *ld, yaml_node_t *at, struct problem *p,
                              const char *name)
{
    if (problem_generator(p, name))
        return;
    if (!ends_with(name, ".c")) {
        error_at(ld, at,
                 "unknown generator '%s' (declare it under 'generators', or give its C "
                 "source: generate: gen.c ARGS)",
                 name);
        return;
    }
    if (name[0] == '/' || strstr(name, "..")) {
        error_at(ld, at, "generator '%s' must be a file inside the problem folder", name);
        return;
    }
    char *path = xasprintf("%s/%s", ld->dir, name);
    if (!path_is_file(path)) {
        error_at(ld, at, "generator source '%s' not found (looked for %s)", name, path);
        free(path);
        return;
    }
    add_generator(p, name, path);
}

static char **split_words(const char *s)
{
    size_t cap = 4, n = 0;
    char **argv = xcalloc(cap, sizeof *argv);
    const char *p = s;
    for (;;) {
        while (*p == ' ' || *p == '\t')
            p++;
        if (!*p)
            break;
        const char *start = p;
        while (*p && *p != ' ' && *p != '\t')
            p++;
        if (n + 2 > cap)
            argv = xrealloc(argv, (cap *= 2) * sizeof *argv);
        argv[n++] = strndup(start, (size_t)(p - start));
    }
    argv[n] = NULL;
    return argv;
}

static long parse_size(struct loader *ld, yaml_node_t *map, const char *key, long dflt)
{
    yaml_node_t *n = map_get(ld, map, key);
    if (!n || !expect_type(ld, n, YAML_SCALAR_NODE, key))
        return dflt;
    char *end;
    errno = 0;
    long v = strtol(scalar(n), &end, 10);
    if (errno || end == scalar(n) || *end || v < 0 || v > 1000000000L) {
        error_at(ld, n, "'%s' must be a whole number from 0 to 10^9, not '%s'", key, scalar(n));
        return dflt;
    }
    return v;
}

/* One command of stress/complexity: a string, or {generate: STRING, min_n: N}. The
 * generator must exist, the placeholders be known, {n} used (and {seed} too when
 * need_seed: re-seeding must give other inputs). */
static void parse_sized_command(struct loader *ld, yaml_node_t *n, struct problem *p,
                                const char *key, bool need_seed, struct sized_inputs *out)
{
    static const char *const keys[] = {"generate", "min_n", NULL};
    long min_n = out->min_n;
    if (n->type == YAML_MAPPING_NODE) {
        check_keys(ld, n, keys);
        min_n = parse_size(ld, n, "min_n", min_n);
        yaml_node_t *gen = map_get(ld, n, "generate");
        if (!gen) {
            error_at(ld, n, "%s: missing required key 'generate'", key);
            return;
        }
        n = gen;
    }
    if (!expect_type(ld, n, YAML_SCALAR_NODE, "generate"))
        return;
    char **argv = split_words(scalar(n));
    if (!argv[0]) {
        error_at(ld, n, "%s: 'generate' is empty", key);
        free(argv);
        return;
    }
    resolve_generator(ld, n, p, argv[0]);
    struct sizegen_uses uses = {0};
    char err[160];
    for (char **a = argv + 1; *a; a++)
        if (sizegen_check_word(*a, &uses, err, sizeof err) < 0)
            error_at(ld, n, "%s: %s", key, err);
    if (!uses.n)
        error_at(ld, n, "%s: the command never uses the size: put {n} in its arguments", key);
    if (need_seed && !uses.seed)
        error_at(ld, n, "%s: the command never uses the seed: put {seed} in its arguments", key);
    out->commands = xrealloc(out->commands, (out->ncommands + 1) * sizeof *out->commands);
    out->commands[out->ncommands++] = (struct sized_command){argv, min_n};
}

/* stress: / complexity: {generate: COMMAND or [COMMAND...], min_n, max_n} */
static void parse_sized(struct loader *ld, yaml_node_t *root, struct problem *p, const char *key,
                        long default_min, long default_max, struct sized_inputs *out)
{
    static const char *const keys[] = {"generate", "min_n", "max_n", NULL};
    yaml_node_t *n = map_get(ld, root, key);
    if (!n || !expect_type(ld, n, YAML_MAPPING_NODE, key))
        return;
    check_keys(ld, n, keys);
    bool stress = strcmp(key, "stress") == 0;
    out->min_n = parse_size(ld, n, "min_n", default_min);
    out->max_n = parse_size(ld, n, "max_n", default_max);
    if (!stress && !map_get(ld, n, "max_n"))
        error_at(ld, n, "complexity needs 'max_n': the largest size its generator accepts");
    yaml_node_t *gen = map_get(ld, n, "generate");
    if (!gen)
        error_at(ld, n, "%s needs 'generate': a generator command with {n} and {seed}", key);
    else if (gen->type == YAML_SEQUENCE_NODE) {
        for (yaml_node_item_t *it = gen->data.sequence.items.start;
             it < gen->data.sequence.items.top; it++)
            parse_sized_command(ld, node_at(ld, *it), p, key, stress, out);
        if (out->ncommands == 0)
            error_at(ld, gen, "%s: 'generate' is an empty list", key);
    } else
        parse_sized_command(ld, gen, p, key, stress, out);
    for (size_t i = 0; i < out->ncommands; i++)
        if (out->max_n < out->commands[i].min_n)
            error_at(ld, map_get(ld, n, "max_n") ? map_get(ld, n, "max_n") : n,
                     "%s: max_n %ld is below min_n %ld", key, out->max_n,
                     out->commands[i].min_n);
}

static bool valid_name(const char *s)
{
    if (!*s)
        return false;
    for (; *s; s++)
        if (!(('a' <= *s && *s <= 'z') || ('A' <= *s && *s <= 'Z') || ('0' <= *s && *s <= '9') ||
              *s == '-' || *s == '_' || *s == '.'))
            return false;
    return true;
}

/* Exactly one of the keys may be present; returns its index or -1. */
static int one_of(struct loader *ld, yaml_node_t *map, const char *const *keys, const char *what)
{
    int found = -1;
    for (int i = 0; keys[i]; i++) {
        if (!map_get(ld, map, keys[i]))
            continue;
        if (found >= 0) {
            error_at(ld, map_get(ld, map, keys[i]), "a test has one %s: '%s' and '%s' both given",
                     what, keys[found], keys[i]);
            return -1;
        }
        found = i;
    }
    if (found < 0)
        error_at(ld, map, "the test needs its %s: one of '%s', '%s' or '%s'", what, keys[0],
                 keys[1], keys[2]);
    return found;
}

static void parse_test_input(struct loader *ld, yaml_node_t *n, struct problem *p,
                             struct test_case *t)
{
    static const char *const inputs[] = {"input", "input_file", "generate", NULL};
    switch (one_of(ld, n, inputs, "input")) {
    case 0:
        t->input_kind = INPUT_INLINE;
        t->input = get_string(ld, n, "input", true);
        break;
    case 1:
        t->input_kind = INPUT_FILE;
        t->input = get_file(ld, n, "input_file", true);
        break;
    case 2:
        t->input_kind = INPUT_GENERATED;
        t->input = get_string(ld, n, "generate", true);
        if (!t->input)
            break;
        t->gen_argv = split_words(t->input);
        if (!t->gen_argv[0])
            error_at(ld, map_get(ld, n, "generate"), "'generate' is empty");
        else
            resolve_generator(ld, map_get(ld, n, "generate"), p, t->gen_argv[0]);
        break;
    }
}

/* solutions/<folder>.c beside the problems root: <root>/<id> -> <root>/../solutions/<id>.c */
static char *default_reference(const char *dir)
{
    const char *base = strrchr(dir, '/') ? strrchr(dir, '/') + 1 : dir;
    size_t up = (size_t)(base - dir);
    while (up > 0 && dir[up - 1] == '/')
        up--;
    while (up > 0 && dir[up - 1] != '/')
        up--;
    if (up == 0)
        return xasprintf("%s/../../solutions/%s.c", dir, base);
    return xasprintf("%.*ssolutions/%s.c", (int)up, dir, base);
}

static void parse_expect(struct loader *ld, yaml_node_t *n, struct problem *p)
{
    if (!expect_type(ld, n, YAML_SCALAR_NODE, "expect"))
        return;
    if (strcmp(scalar(n), "reference") != 0) {
        error_at(ld, n, "'expect' must be 'reference', not '%s' (or give 'output')", scalar(n));
        return;
    }
    if (p->reference_path || ld->reference_reported)
        return;
    char *where = default_reference(ld->dir);
    error_at(ld, n,
             "expect: reference needs a reference solution, and there is none (looked for %s; "
             "add it, or name one with the problem key 'reference')",
             where);
    free(where);
    ld->reference_reported = true;
}

static void parse_test_output(struct loader *ld, yaml_node_t *n, struct problem *p,
                              struct test_case *t)
{
    static const char *const outputs[] = {"output", "output_file", "expect", NULL};
    switch (one_of(ld, n, outputs, "expected output")) {
    case 0:
        t->output_kind = OUTPUT_INLINE;
        t->output = get_string(ld, n, "output", true);
        break;
    case 1:
        t->output_kind = OUTPUT_FILE;
        t->output = get_file(ld, n, "output_file", true);
        break;
    case 2:
        t->output_kind = OUTPUT_REFERENCE;
        parse_expect(ld, map_get(ld, n, "expect"), p);
        break;
    }
}

static void parse_test(struct loader *ld, yaml_node_t *n, struct problem *p, size_t group)
{
    static const char *const keys[] = {"name",        "input",  "input_file", "generate", "output",
                                       "output_file", "expect", "limits",     NULL};
    if (!expect_type(ld, n, YAML_MAPPING_NODE, "test"))
        return;
    check_keys(ld, n, keys);
    struct test_case *t = &p->tests[p->ntests++];
    t->group = group;
    t->name = get_string(ld, n, "name", true);
    if (t->name && !valid_name(t->name))
        error_at(ld, map_get(ld, n, "name"),
                 "test name '%s' may use only letters, digits, '-', '_' and '.'", t->name);
    for (size_t i = 0; t->name && i + 1 < p->ntests; i++)
        if (p->tests[i].name && strcmp(p->tests[i].name, t->name) == 0)
            error_at(ld, map_get(ld, n, "name"), "duplicate test name '%s' (also in group '%s')",
                     t->name, p->groups[p->tests[i].group].name);
    parse_test_input(ld, n, p, t);
    parse_test_output(ld, n, p, t);
    t->limits = optional_limits(ld, n, p->groups[group].limits);
}

static int parse_points(struct loader *ld, yaml_node_t *group)
{
    yaml_node_t *n = map_get(ld, group, "points");
    if (!n || !expect_type(ld, n, YAML_SCALAR_NODE, "points"))
        return 0;
    char *end;
    errno = 0;
    long v = strtol(scalar(n), &end, 10);
    if (errno || end == scalar(n) || *end || v < 0 || v > 1000000) {
        error_at(ld, n, "'points' must be a whole number from 0 to 1000000, not '%s'", scalar(n));
        return 0;
    }
    return (int)v;
}

static bool parse_bool(struct loader *ld, yaml_node_t *map, const char *key, bool dflt)
{
    yaml_node_t *n = map_get(ld, map, key);
    if (!n || !expect_type(ld, n, YAML_SCALAR_NODE, key))
        return dflt;
    if (strcmp(scalar(n), "true") == 0)
        return true;
    if (strcmp(scalar(n), "false") == 0)
        return false;
    error_at(ld, n, "'%s' must be true or false, not '%s'", key, scalar(n));
    return dflt;
}

static void parse_group(struct loader *ld, yaml_node_t *n, struct problem *p)
{
    static const char *const keys[] = {"name",   "description", "points", "visible",
                                       "limits", "tests",       NULL};
    if (!expect_type(ld, n, YAML_MAPPING_NODE, "group"))
        return;
    check_keys(ld, n, keys);
    size_t gi = p->ngroups++;
    struct test_group *g = &p->groups[gi];
    g->name = get_string(ld, n, "name", true);
    if (!g->name)
        g->name = xasprintf("group-%zu", gi + 1);
    for (size_t i = 0; i < gi; i++)
        if (strcmp(p->groups[i].name, g->name) == 0)
            error_at(ld, map_get(ld, n, "name"), "duplicate group name '%s'", g->name);
    g->description = get_string(ld, n, "description", false);
    g->points = parse_points(ld, n);
    g->visible = parse_bool(ld, n, "visible", strcmp(g->name, "samples") == 0);
    g->limits = optional_limits(ld, n, p->limits);
    yaml_node_t *tests = map_get(ld, n, "tests");
    if (!tests) {
        error_at(ld, n, "group '%s' has no 'tests'", g->name);
        return;
    }
    if (!expect_type(ld, tests, YAML_SEQUENCE_NODE, "tests"))
        return;
    if (tests->data.sequence.items.top == tests->data.sequence.items.start)
        error_at(ld, tests, "group '%s' has no tests", g->name);
    for (yaml_node_item_t *it = tests->data.sequence.items.start;
         it < tests->data.sequence.items.top; it++)
        parse_test(ld, node_at(ld, *it), p, gi);
}

static size_t count_tests(struct loader *ld, yaml_node_t *groups)
{
    size_t total = 0;
    for (yaml_node_item_t *it = groups->data.sequence.items.start;
         it < groups->data.sequence.items.top; it++) {
        yaml_node_t *g = node_at(ld, *it);
        yaml_node_t *t = g && g->type == YAML_MAPPING_NODE ? map_get(ld, g, "tests") : NULL;
        if (t && t->type == YAML_SEQUENCE_NODE)
            total += (size_t)(t->data.sequence.items.top - t->data.sequence.items.start);
    }
    return total;
}

static void parse_groups(struct loader *ld, yaml_node_t *root, struct problem *p)
{
    yaml_node_t *n = map_get(ld, root, "groups");
    if (!n) {
        error_at(ld, root, "missing required key 'groups'");
        return;
    }
    if (!expect_type(ld, n, YAML_SEQUENCE_NODE, "groups"))
        return;
    size_t ngroups = (size_t)(n->data.sequence.items.top - n->data.sequence.items.start);
    if (ngroups == 0)
        error_at(ld, n, "'groups' is empty: a problem needs at least one test");
    p->groups = xcalloc(ngroups, sizeof *p->groups);
    p->tests = xcalloc(count_tests(ld, n), sizeof *p->tests);
    for (yaml_node_item_t *it = n->data.sequence.items.start; it < n->data.sequence.items.top; it++)
        parse_group(ld, node_at(ld, *it), p);
}

/* An optional list of strings under key; *out and *count get the copies. */
static void parse_string_list(struct loader *ld, yaml_node_t *root, const char *key,
                              const char *item, char ***out, size_t *count)
{
    yaml_node_t *n = map_get(ld, root, key);
    if (!n || !expect_type(ld, n, YAML_SEQUENCE_NODE, key))
        return;
    size_t cap = (size_t)(n->data.sequence.items.top - n->data.sequence.items.start);
    *out = xcalloc(cap, sizeof **out);
    for (yaml_node_item_t *it = n->data.sequence.items.start; it < n->data.sequence.items.top;
         it++) {
        yaml_node_t *t = node_at(ld, *it);
        if (!expect_type(ld, t, YAML_SCALAR_NODE, item))
            continue;
        if (!*scalar(t))
            error_at(ld, t, "empty %s", item);
        (*out)[(*count)++] = xstrdup(scalar(t));
    }
}

static void parse_interface(struct loader *ld, yaml_node_t *root, struct problem *p)
{
    static const char *const kinds[] = {"function", "program", NULL};
    static const char *const fkeys[] = {"signature", "harness", NULL};
    yaml_node_t *kind = map_get(ld, root, "kind");
    yaml_node_t *fn = map_get(ld, root, "function");
    if (!kind) {
        error_at(ld, root, "missing required key 'kind' (function or program)");
        return;
    }
    if (!expect_type(ld, kind, YAML_SCALAR_NODE, "kind") || pick(ld, kind, "kind", kinds) < 0)
        return;
    p->kind = strcmp(scalar(kind), "function") == 0 ? PROBLEM_FUNCTION : PROBLEM_PROGRAM;
    if (p->kind == PROBLEM_PROGRAM) {
        if (fn)
            error_at(ld, fn, "'function' is only for kind: function");
        return;
    }
    if (!fn) {
        error_at(ld, root, "kind: function needs a 'function' block with signature and harness");
        return;
    }
    if (!expect_type(ld, fn, YAML_MAPPING_NODE, "function"))
        return;
    check_keys(ld, fn, fkeys);
    p->signature = get_string(ld, fn, "signature", true);
    p->harness_path = get_file(ld, fn, "harness", true);
    if (p->signature && !strchr(p->signature, '('))
        error_at(ld, map_get(ld, fn, "signature"), "signature '%s' is not a C prototype",
                 p->signature);
}

static void parse_metadata(struct loader *ld, yaml_node_t *root, struct problem *p)
{
    static const char *const levels[] = {"easy", "medium", "hard", NULL};
    p->id = get_string(ld, root, "id", true);
    const char *base = strrchr(ld->dir, '/') ? strrchr(ld->dir, '/') + 1 : ld->dir;
    if (p->id && strcmp(p->id, base) != 0)
        error_at(ld, map_get(ld, root, "id"), "id '%s' does not match the folder name '%s'", p->id,
                 base);
    p->title = get_string(ld, root, "title", true);
    yaml_node_t *d = map_get(ld, root, "difficulty");
    if (!d)
        error_at(ld, root, "missing required key 'difficulty'");
    else if (expect_type(ld, d, YAML_SCALAR_NODE, "difficulty")) {
        int level = pick(ld, d, "difficulty", levels);
        p->difficulty = level < 0 ? DIFFICULTY_EASY : (enum difficulty)level;
    }
    parse_string_list(ld, root, "tags", "tag", &p->tags, &p->ntags);
    p->statement_path = get_file(ld, root, "statement", true);
}

/* The reference solution: the 'reference' key (a path relative to the problem folder,
 * which may lead out of it), else solutions/<id>.c beside the problems root. */
static void parse_reference(struct loader *ld, yaml_node_t *root, struct problem *p)
{
    yaml_node_t *n = map_get(ld, root, "reference");
    if (!n) {
        char *path = default_reference(ld->dir);
        if (path_is_file(path))
            p->reference_path = realpath(path, NULL);
        free(path);
        return;
    }
    ld->reference_reported = true; /* any problem with the key is reported here */
    if (!expect_type(ld, n, YAML_SCALAR_NODE, "reference"))
        return;
    char *path = xasprintf("%s/%s", ld->dir, scalar(n));
    if (scalar(n)[0] == '/')
        error_at(ld, n, "'reference' must be relative to the problem folder, not '%s'", scalar(n));
    else if (!path_is_file(path))
        error_at(ld, n, "reference file '%s' not found (looked for %s)", scalar(n), path);
    else
        p->reference_path = realpath(path, NULL);
    free(path);
}

static void parse_problem(struct loader *ld, yaml_node_t *root, struct problem *p)
{
    static const char *const keys[] = {
        "id",       "title",     "difficulty", "tags",    "statement",  "hints",  "kind",
        "function", "reference", "limits",     "checker", "generators", "groups", "stress",
        "complexity", NULL};
    check_keys(ld, root, keys);
    parse_metadata(ld, root, p);
    parse_string_list(ld, root, "hints", "hint", &p->hints, &p->nhints);
    parse_interface(ld, root, p);
    parse_reference(ld, root, p);
    struct limits dflt = {DEFAULT_TIME_MS, 3 * DEFAULT_TIME_MS + 1000, DEFAULT_MEMORY,
                          DEFAULT_OUTPUT};
    p->limits = optional_limits(ld, root, dflt);
    parse_checker(ld, root, &p->checker);
    parse_generators(ld, root, p);
    parse_groups(ld, root, p);
    parse_sized(ld, root, p, "stress", 1, 10, &p->stress);
    parse_sized(ld, root, p, "complexity", 1, 0, &p->complexity);
}

/* Runs libyaml over the file; on a syntax error reports it at its mark. */
static bool load_document(struct loader *ld, FILE *f)
{
    yaml_parser_t parser;
    yaml_parser_initialize(&parser);
    yaml_parser_set_input_file(&parser, f);
    bool ok = yaml_parser_load(&parser, &ld->doc);
    if (!ok) {
        yaml_mark_t m = parser.problem_mark;
        const char *what = parser.problem ? parser.problem : "cannot parse YAML";
        sb_printf(&ld->errors, "%s:%zu:%zu: %s", ld->file, m.line + 1, m.column + 1, what);
        if (parser.context)
            sb_printf(&ld->errors, " (%s at line %zu)", parser.context,
                      parser.context_mark.line + 1);
        if (strstr(what, "cannot start any token") || strstr(what, "tab"))
            sb_puts(&ld->errors, " -- YAML does not allow tabs for indentation");
        sb_puts(&ld->errors, "\n");
        ld->nerrors++;
    }
    yaml_parser_delete(&parser);
    return ok;
}

struct problem *problem_load(const char *dir, char **errors)
{
    struct loader ld = {.dir = dir};
    char *yaml_path = xasprintf("%s/problem.yaml", dir);
    ld.file = yaml_path;
    *errors = NULL;
    FILE *f = fopen(yaml_path, "rb");
    if (!f) {
        *errors = xasprintf("%s: cannot open: %s\n", yaml_path, strerror(errno));
        free(yaml_path);
        return NULL;
    }
    struct problem *p = xcalloc(1, sizeof *p);
    /* Absolute, because the compiler and helpers run in other directories. */
    p->dir = realpath(dir, NULL);
    if (!p->dir)
        p->dir = xstrdup(dir);
    ld.dir = p->dir;
    p->yaml_path = yaml_path;
    if (load_document(&ld, f)) {
        yaml_node_t *root = yaml_document_get_root_node(&ld.doc);
        if (!root)
            error_at(&ld, NULL, "the file is empty");
        else if (expect_type(&ld, root, YAML_MAPPING_NODE, "problem.yaml"))
            parse_problem(&ld, root, p);
        yaml_document_delete(&ld.doc);
    }
    fclose(f);
    if (ld.nerrors) {
        *errors = sb_take(&ld.errors);
        problem_free(p);
        return NULL;
    }
    return p;
}

void problem_free(struct problem *p)
{
    if (!p)
        return;
    for (size_t i = 0; i < p->ntests; i++) {
        struct test_case *t = &p->tests[i];
        free(t->name);
        free(t->input);
        free(t->output);
        for (char **a = t->gen_argv; a && *a; a++)
            free(*a);
        free(t->gen_argv);
    }
    free(p->tests);
    struct sized_inputs *sized[] = {&p->stress, &p->complexity};
    for (size_t s = 0; s < ARRAY_LEN(sized); s++) {
        for (size_t i = 0; i < sized[s]->ncommands; i++)
            sizegen_free_argv(sized[s]->commands[i].argv);
        free(sized[s]->commands);
    }
    for (size_t i = 0; i < p->ngroups; i++) {
        free(p->groups[i].name);
        free(p->groups[i].description);
    }
    free(p->groups);
    for (size_t i = 0; i < p->ngenerators; i++) {
        free(p->generators[i].name);
        free(p->generators[i].source);
    }
    free(p->generators);
    for (size_t i = 0; i < p->ntags; i++)
        free(p->tags[i]);
    free(p->tags);
    for (size_t i = 0; i < p->nhints; i++)
        free(p->hints[i]);
    free(p->hints);
    free(p->reference_path);
    free(p->checker.source);
    for (char **a = p->checker.args; a && *a; a++)
        free(*a);
    free(p->checker.args);
    free(p->kattis);
    free(p->dir);
    free(p->yaml_path);
    free(p->id);
    free(p->title);
    free(p->statement_path);
    free(p->signature);
    free(p->harness_path);
    free(p);
}

int problem_max_score(const struct problem *p)
{
    int total = 0;
    for (size_t i = 0; i < p->ngroups; i++)
        total += p->groups[i].points;
    return total;
}

const char *problem_kind_name(enum problem_kind kind)
{
    return kind == PROBLEM_FUNCTION ? "function" : "program";
}

const char *difficulty_name(enum difficulty d)
{
    static const char *const names[] = {"easy", "medium", "hard"};
    return names[d];
}

const struct generator *problem_generator(const struct problem *p, const char *name)
{
    for (size_t i = 0; i < p->ngenerators; i++)
        if (strcmp(p->generators[i].name, name) == 0)
            return &p->generators[i];
    return NULL;
}
