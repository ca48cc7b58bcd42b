/* The Kattis/ICPC package loader. problem.yaml is read strictly like our own format (typed,
 * unknown and duplicate keys rejected, file:line:col), the folders are walked in the
 * package format's order (lexicographic by name, files and subgroups interleaved), and
 * every error found is reported, not just the first. */
#include "kattis.h"

#include <dirent.h>
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"
#include "yamldoc.h"

/* Sample files up to this size are kept as text (and shown by `judge show`). */
#define SAMPLE_INLINE_MAX 4096
/* How deep test groups may nest under data/sample and data/secret. */
#define DATA_DEPTH 16

const struct kattis_folder kattis_folders[4] = {
    {"accepted", VERDICT_AC},
    {"wrong_answer", VERDICT_WA},
    {"time_limit_exceeded", VERDICT_TLE},
    {"run_time_error", VERDICT_RE},
};

/* A test case found under data/, before names are settled. */
struct found {
    char *group; /* "sample", "secret", "secret/huge", ... */
    char *base;  /* file name without .in */
    char *in, *ans;
};

struct kload {
    struct yamldoc y;
    const char *dir; /* the package, absolute */
    struct problem *p;
    struct kattis_meta *meta;
    char **flags; /* validator_flags, split; NULL-terminated */
    yaml_node_t *flags_node;
    bool custom_validation;
    bool time_fixed;
    struct found *found;
    size_t nfound, capfound;
    char **group_dirs; /* per group: the data folder it comes from ("secret/huge") */
};

static void error_path(struct kload *ld, const char *path, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

static void error_path(struct kload *ld, const char *path, const char *fmt, ...)
{
    char msg[1024];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    yamldoc_error_path(&ld->y, path, "%s", msg);
}

bool kattis_is_package(const char *dir)
{
    char *yaml = xasprintf("%s/problem.yaml", dir);
    char *sample = xasprintf("%s/data/sample", dir);
    char *secret = xasprintf("%s/data/secret", dir);
    bool yes = path_is_file(yaml) && (path_is_dir(sample) || path_is_dir(secret));
    free(yaml);
    free(sample);
    free(secret);
    return yes;
}

static char **split_words(const char *s)
{
    size_t n = 0, cap = 4;
    char **words = xcalloc(cap, sizeof *words);
    for (const char *p = s;;) {
        p += strspn(p, " \t\n\r");
        if (!*p)
            break;
        size_t len = strcspn(p, " \t\n\r");
        if (n + 2 > cap)
            words = xrealloc(words, (cap *= 2) * sizeof *words);
        words[n++] = strndup(p, len);
        p += len;
    }
    words[n] = NULL;
    return words;
}

static void free_words(char **words)
{
    for (char **w = words; w && *w; w++)
        free(*w);
    free(words);
}

/* ---- problem.yaml ---- */

static bool is_scalar(const yaml_node_t *n)
{
    return n && n->type == YAML_SCALAR_NODE;
}

/* name: a string, or (2023-07) a map from language to string: English preferred. */
static void parse_name(struct kload *ld, yaml_node_t *n)
{
    if (is_scalar(n)) {
        ld->p->title = xstrdup(yamldoc_scalar(n));
        return;
    }
    if (!yamldoc_expect(&ld->y, n, YAML_MAPPING_NODE, "name"))
        return;
    yaml_node_t *en = yamldoc_get(&ld->y, n, "en");
    yaml_node_pair_t *first = n->data.mapping.pairs.start;
    yaml_node_t *pick = en                                  ? en
                        : first < n->data.mapping.pairs.top ? yamldoc_node(&ld->y, first->value)
                                                            : NULL;
    if (pick && yamldoc_expect(&ld->y, pick, YAML_SCALAR_NODE, "name"))
        ld->p->title = xstrdup(yamldoc_scalar(pick));
}

static const char *unsupported_type(const char *type)
{
    if (strcmp(type, "scoring") == 0)
        return "scoring problems are not supported: judge runs pass-fail problems";
    if (strcmp(type, "interactive") == 0 || strcmp(type, "multi-pass") == 0 ||
        strcmp(type, "submit-answer") == 0)
        return "only programs that read stdin and write stdout are supported";
    return NULL;
}

static void check_type_word(struct kload *ld, yaml_node_t *n)
{
    if (!yamldoc_expect(&ld->y, n, YAML_SCALAR_NODE, "type"))
        return;
    const char *t = yamldoc_scalar(n);
    const char *why = unsupported_type(t);
    if (why)
        yamldoc_error(&ld->y, n, "type '%s': %s", t, why);
    else if (strcmp(t, "pass-fail") != 0)
        yamldoc_error(&ld->y, n, "'type' must be pass-fail or scoring, not '%s'", t);
}

/* type: a string or (2023-07) a list of strings. */
static void parse_type(struct kload *ld, yaml_node_t *n)
{
    if (n->type != YAML_SEQUENCE_NODE) {
        check_type_word(ld, n);
        return;
    }
    for (yaml_node_item_t *it = n->data.sequence.items.start; it < n->data.sequence.items.top; it++)
        check_type_word(ld, yamldoc_node(&ld->y, *it));
}

static void parse_validation(struct kload *ld, yaml_node_t *n)
{
    if (!yamldoc_expect(&ld->y, n, YAML_SCALAR_NODE, "validation"))
        return;
    char **words = split_words(yamldoc_scalar(n));
    if (!words[0] || (strcmp(words[0], "default") != 0 && strcmp(words[0], "custom") != 0))
        yamldoc_error(&ld->y, n, "'validation' must start with default or custom, not '%s'",
                      yamldoc_scalar(n));
    else
        ld->custom_validation = strcmp(words[0], "custom") == 0;
    for (size_t i = 1; words[0] && words[i]; i++) {
        if (strcmp(words[i], "interactive") == 0)
            yamldoc_error(&ld->y, n, "validation '%s': interactive problems are not supported",
                          yamldoc_scalar(n));
        else if (strcmp(words[i], "score") == 0)
            yamldoc_error(&ld->y, n,
                          "validation '%s': scoring problems are not supported: judge runs "
                          "pass-fail problems",
                          yamldoc_scalar(n));
        else
            yamldoc_error(&ld->y, n,
                          "validation: unknown word '%s' (custom may be followed by "
                          "score or interactive)",
                          words[i]);
    }
    free_words(words);
}

/* keywords: space-separated words (legacy) or a list of strings (2023-07). */
static void parse_keywords(struct kload *ld, yaml_node_t *n)
{
    struct problem *p = ld->p;
    if (is_scalar(n)) {
        char **words = split_words(yamldoc_scalar(n));
        for (size_t i = 0; words[i]; i++)
            p->ntags++;
        p->tags = words;
        return;
    }
    if (!yamldoc_expect(&ld->y, n, YAML_SEQUENCE_NODE, "keywords"))
        return;
    size_t cap = (size_t)(n->data.sequence.items.top - n->data.sequence.items.start);
    p->tags = xcalloc(cap + 1, sizeof *p->tags);
    for (yaml_node_item_t *it = n->data.sequence.items.start; it < n->data.sequence.items.top;
         it++) {
        yaml_node_t *k = yamldoc_node(&ld->y, *it);
        if (yamldoc_expect(&ld->y, k, YAML_SCALAR_NODE, "keyword"))
            p->tags[p->ntags++] = xstrdup(yamldoc_scalar(k));
    }
}

/* A size in MiB (the package format's unit) as bytes. */
static void parse_mib(struct kload *ld, yaml_node_t *limits, const char *key, long long *out)
{
    yaml_node_t *n = yamldoc_get(&ld->y, limits, key);
    double mib;
    if (!n || yamldoc_number(&ld->y, n, key, 0, false, &mib) < 0)
        return;
    if (mib > 1024 * 1024) {
        yamldoc_error(&ld->y, n, "'%s' is %g MiB: more than 1 TiB", key, mib);
        return;
    }
    *out = llround(mib * 1048576.0);
}

static void parse_seconds(struct kload *ld, yaml_node_t *n, const char *key, long *out_ms)
{
    double s;
    if (yamldoc_number(&ld->y, n, key, 0, false, &s) < 0)
        return;
    if (s > 86400)
        yamldoc_error(&ld->y, n, "'%s' is %g seconds: more than a day", key, s);
    else
        *out_ms = s * 1000 < 1 ? 1 : (long)llround(s * 1000);
}

static void parse_multipliers(struct kload *ld, yaml_node_t *n)
{
    static const char *const keys[] = {"ac_to_time_limit", "time_limit_to_tle", NULL};
    if (!yamldoc_expect(&ld->y, n, YAML_MAPPING_NODE, "time_multipliers"))
        return;
    yamldoc_check_keys(&ld->y, n, keys);
    yaml_node_t *ac = yamldoc_get(&ld->y, n, keys[0]), *tle = yamldoc_get(&ld->y, n, keys[1]);
    if (ac)
        yamldoc_number(&ld->y, ac, keys[0], 1, true, &ld->meta->time_multiplier);
    if (tle)
        yamldoc_number(&ld->y, tle, keys[1], 1, true, &ld->meta->time_safety_margin);
}

static void parse_limits(struct kload *ld, yaml_node_t *n)
{
    static const char *const keys[] = {"time_multiplier",
                                       "time_safety_margin",
                                       "time_multipliers",
                                       "time_limit",
                                       "time_resolution",
                                       "memory",
                                       "output",
                                       "code",
                                       "compilation_time",
                                       "compilation_memory",
                                       "validation_time",
                                       "validation_memory",
                                       "validation_output",
                                       "validation_passes",
                                       NULL};
    /* Read for their types only: the judge has its own compile and helper limits. */
    static const char *const unused[] = {"time_resolution",   "code",
                                         "compilation_time",  "compilation_memory",
                                         "validation_time",   "validation_memory",
                                         "validation_output", "validation_passes"};
    if (!yamldoc_expect(&ld->y, n, YAML_MAPPING_NODE, "limits"))
        return;
    yamldoc_check_keys(&ld->y, n, keys);
    struct kattis_meta *m = ld->meta;
    yaml_node_t *v;
    if ((v = yamldoc_get(&ld->y, n, "time_multiplier")))
        yamldoc_number(&ld->y, v, "time_multiplier", 1, true, &m->time_multiplier);
    if ((v = yamldoc_get(&ld->y, n, "time_safety_margin")))
        yamldoc_number(&ld->y, v, "time_safety_margin", 1, true, &m->time_safety_margin);
    if ((v = yamldoc_get(&ld->y, n, "time_multipliers")))
        parse_multipliers(ld, v);
    if ((v = yamldoc_get(&ld->y, n, "time_limit"))) {
        parse_seconds(ld, v, "time_limit", &ld->p->limits.time_ms);
        m->time_source = KATTIS_TIME_YAML;
        ld->time_fixed = true;
    }
    parse_mib(ld, n, "memory", &ld->p->limits.memory_bytes);
    parse_mib(ld, n, "output", &ld->p->limits.output_bytes);
    for (size_t i = 0; i < ARRAY_LEN(unused); i++) {
        double ignored;
        if ((v = yamldoc_get(&ld->y, n, unused[i])))
            yamldoc_number(&ld->y, v, unused[i], 0, false, &ignored);
    }
}

static void parse_version(struct kload *ld, yaml_node_t *n)
{
    static const char *const known[] = {"legacy",  "legacy-icpc", "2023-07-draft",
                                        "2023-07", "2025-09",     "draft"};
    if (!yamldoc_expect(&ld->y, n, YAML_SCALAR_NODE, "problem_format_version"))
        return;
    const char *v = yamldoc_scalar(n);
    for (size_t i = 0; i < ARRAY_LEN(known); i++)
        if (strcmp(v, known[i]) == 0) {
            snprintf(ld->meta->version, sizeof ld->meta->version, "%s", v);
            return;
        }
    yamldoc_error(&ld->y, n,
                  "unknown problem_format_version '%s' (legacy, legacy-icpc, 2023-07-draft, "
                  "2023-07, 2025-09 or draft)",
                  v);
}

/* Keys whose values are checked for their shape only: they do not change judging. */
static void check_plain_strings(struct kload *ld, yaml_node_t *root)
{
    static const char *const scalars[] = {"uuid",         "author",  "source_url",   "license",
                                          "rights_owner", "version", "embargo_until"};
    for (size_t i = 0; i < ARRAY_LEN(scalars); i++) {
        yaml_node_t *v = yamldoc_get(&ld->y, root, scalars[i]);
        if (v)
            yamldoc_expect(&ld->y, v, YAML_SCALAR_NODE, scalars[i]);
    }
    yaml_node_t *v = yamldoc_get(&ld->y, root, "allow_file_writing");
    bool ignored;
    if (v)
        yamldoc_bool(&ld->y, v, "allow_file_writing", &ignored);
}

static void parse_yaml(struct kload *ld, yaml_node_t *root)
{
    static const char *const keys[] = {"problem_format_version",
                                       "type",
                                       "name",
                                       "uuid",
                                       "version",
                                       "author",
                                       "credits",
                                       "source",
                                       "source_url",
                                       "license",
                                       "rights_owner",
                                       "embargo_until",
                                       "limits",
                                       "validation",
                                       "validator_flags",
                                       "grading",
                                       "keywords",
                                       "languages",
                                       "allow_file_writing",
                                       "constants",
                                       NULL};
    if (!yamldoc_expect(&ld->y, root, YAML_MAPPING_NODE, "problem.yaml"))
        return;
    yamldoc_check_keys(&ld->y, root, keys);
    yaml_node_t *v;
    if ((v = yamldoc_get(&ld->y, root, "problem_format_version")))
        parse_version(ld, v);
    if (strncmp(ld->meta->version, "legacy", 6) != 0) {
        ld->meta->time_multiplier = 2.0; /* the defaults changed with format 2023-07 */
        ld->meta->time_safety_margin = 1.5;
    }
    if ((v = yamldoc_get(&ld->y, root, "type")))
        parse_type(ld, v);
    if ((v = yamldoc_get(&ld->y, root, "name")))
        parse_name(ld, v);
    if ((v = yamldoc_get(&ld->y, root, "validation")))
        parse_validation(ld, v);
    if ((v = yamldoc_get(&ld->y, root, "validator_flags")) &&
        yamldoc_expect(&ld->y, v, YAML_SCALAR_NODE, "validator_flags")) {
        free_words(ld->flags);
        ld->flags = split_words(yamldoc_scalar(v));
        ld->flags_node = v;
    }
    if ((v = yamldoc_get(&ld->y, root, "grading")))
        yamldoc_error(&ld->y, v, "'grading' is for scoring problems, which are not supported");
    if ((v = yamldoc_get(&ld->y, root, "keywords")))
        parse_keywords(ld, v);
    if ((v = yamldoc_get(&ld->y, root, "limits")))
        parse_limits(ld, v);
    check_plain_strings(ld, root);
}

/* ---- limits beside problem.yaml ---- */

/* .timelimit: a number of seconds, as DOMjudge and problemtools write it. */
static void read_timelimit_file(struct kload *ld)
{
    char *path = xasprintf("%s/.timelimit", ld->dir);
    size_t len = 0;
    char *text = ld->time_fixed ? NULL : read_file(path, 64, &len, NULL);
    if (text) {
        size_t start = strspn(text, " \t\r\n"), n = len;
        while (n > start && strchr(" \t\r\n", text[n - 1]))
            n--;
        text[n] = '\0';
        const char *s = text + start;
        char *end = NULL;
        errno = 0;
        double secs = *s && strspn(s, "0123456789.") == strlen(s) ? strtod(s, &end) : 0;
        if (!end || *end || errno || !(secs > 0) || secs > 86400)
            error_path(ld, path, "must hold the time limit in seconds (e.g. 2 or 1.5), not '%s'",
                       s);
        else {
            ld->p->limits.time_ms = secs * 1000 < 1 ? 1 : (long)llround(secs * 1000);
            ld->meta->time_source = KATTIS_TIME_FILE;
        }
    }
    free(text);
    free(path);
}

/* ---- the statement ---- */

static int compare_strings(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Sorted names in dir, without hidden ones; NULL (and *n = 0) when it cannot be read. */
static char **list_dir(const char *dir, size_t *n)
{
    *n = 0;
    DIR *d = opendir(dir);
    if (!d)
        return NULL;
    size_t cap = 16;
    char **names = xcalloc(cap, sizeof *names);
    for (struct dirent *e; (e = readdir(d));) {
        if (e->d_name[0] == '.')
            continue;
        if (*n == cap)
            names = xrealloc(names, (cap *= 2) * sizeof *names);
        names[(*n)++] = xstrdup(e->d_name);
    }
    closedir(d);
    qsort(names, *n, sizeof *names, compare_strings);
    return names;
}

static void free_list(char **names, size_t n)
{
    for (size_t i = 0; i < n; i++)
        free(names[i]);
    free(names);
}

static bool has_suffix(const char *s, const char *suffix)
{
    size_t n = strlen(s), m = strlen(suffix);
    return n >= m && strcmp(s + n - m, suffix) == 0;
}

/* A text statement (Markdown or LaTeX) that `judge show` can print; English first. A
 * package with only a PDF has none. */
static void find_statement(struct kload *ld)
{
    static const char *const folders[] = {"problem_statement", "statement"};
    static const char *const preferred[] = {"problem.en.md", "problem.md", "problem.en.tex",
                                            "problem.tex"};
    for (size_t f = 0; f < ARRAY_LEN(folders) && !ld->p->statement_path; f++) {
        char *dir = xasprintf("%s/%s", ld->dir, folders[f]);
        for (size_t i = 0; i < ARRAY_LEN(preferred) && !ld->p->statement_path; i++) {
            char *path = xasprintf("%s/%s", dir, preferred[i]);
            if (path_is_file(path))
                ld->p->statement_path = path;
            else
                free(path);
        }
        size_t n = 0;
        char **names = ld->p->statement_path ? NULL : list_dir(dir, &n);
        for (size_t i = 0; i < n && !ld->p->statement_path; i++)
            if (strncmp(names[i], "problem.", 8) == 0 &&
                (has_suffix(names[i], ".md") || has_suffix(names[i], ".tex")))
                ld->p->statement_path = xasprintf("%s/%s", dir, names[i]);
        free_list(names, n);
        free(dir);
    }
}

/* ---- test data ---- */

static bool valid_file_name(const char *s)
{
    if (!*s)
        return false;
    for (; *s; s++)
        if (!(('a' <= *s && *s <= 'z') || ('A' <= *s && *s <= 'Z') || ('0' <= *s && *s <= '9') ||
              *s == '-' || *s == '_' || *s == '.'))
            return false;
    return true;
}

static void add_found(struct kload *ld, const char *group, const char *base, char *in, char *ans)
{
    if (ld->nfound == ld->capfound) {
        ld->capfound = ld->capfound ? 2 * ld->capfound : 16;
        ld->found = xrealloc(ld->found, ld->capfound * sizeof *ld->found);
    }
    ld->found[ld->nfound++] = (struct found){xstrdup(group), xstrdup(base), in, ans};
}

/* testdata.yaml (legacy) and test_group.yaml (2023-07) hold per-group settings. The judge
 * has one checker per problem, so flags that would change it per group are refused rather
 * than silently dropped; everything else there concerns scoring or input validation. */
static void check_group_settings(struct kload *ld, const char *path)
{
    static const char *const flag_keys[] = {"output_validator_flags", "output_validator_args"};
    struct yamldoc y;
    if (yamldoc_load(&y, path) == 0) {
        yaml_node_t *root = yamldoc_root(&y);
        for (size_t i = 0; i < ARRAY_LEN(flag_keys); i++) {
            yaml_node_t *v = yamldoc_get(&y, root, flag_keys[i]);
            bool empty = v && ((v->type == YAML_SCALAR_NODE && !*yamldoc_scalar(v)) ||
                               (v->type == YAML_SEQUENCE_NODE &&
                                v->data.sequence.items.top == v->data.sequence.items.start));
            if (v && !empty)
                yamldoc_error(&y, v,
                              "'%s' is not supported: judge applies problem.yaml's "
                              "validator_flags to every test",
                              flag_keys[i]);
        }
    }
    if (y.nerrors) {
        sb_append(&ld->y.errors, y.errors.data, y.errors.len);
        ld->y.nerrors += y.nerrors;
    }
    yamldoc_free(&y);
}

static void walk_data(struct kload *ld, const char *dir, const char *group, int depth);

/* One name in a data folder: a test case's .in, its .ans, a subgroup, or something the
 * judge has no use for (hints, descriptions, illustrations, the .files folders a test's
 * program may open). Subgroups recurse, at most DATA_DEPTH folders deep. */
/* NOLINTNEXTLINE(misc-no-recursion) */
static void data_entry(struct kload *ld, const char *dir, const char *group, const char *name,
                       int depth)
{
    char *path = xasprintf("%s/%s", dir, name);
    if (path_is_dir(path)) {
        char *sub = xasprintf("%s/%s", group, name);
        if (!has_suffix(name, ".files") && depth >= DATA_DEPTH)
            error_path(ld, path, "test groups nested deeper than %d folders", DATA_DEPTH);
        else if (!has_suffix(name, ".files"))
            walk_data(ld, path, sub, depth + 1);
        free(sub);
    } else if (strcmp(name, "testdata.yaml") == 0 || strcmp(name, "test_group.yaml") == 0) {
        check_group_settings(ld, path);
    } else if (has_suffix(name, ".in")) {
        char *base = strndup(name, strlen(name) - 3);
        char *ans = xasprintf("%s/%s.ans", dir, base);
        if (!valid_file_name(base))
            error_path(ld, path, "test file names may use only letters, digits, '.', '-' and '_'");
        else if (!path_is_file(ans))
            error_path(ld, path, "no answer file beside it (%s.ans)", base);
        else {
            add_found(ld, group, base, path, ans);
            path = ans = NULL;
        }
        free(ans);
        free(base);
    } else if (has_suffix(name, ".ans")) {
        char *in = xasprintf("%.*s.in", (int)(strlen(path) - 4), path);
        if (!path_is_file(in))
            error_path(ld, path, "an answer file without its input (%.*s.in)",
                       (int)(strlen(name) - 4), name);
        free(in);
    }
    free(path);
}

/* NOLINTNEXTLINE(misc-no-recursion): see data_entry */
static void walk_data(struct kload *ld, const char *dir, const char *group, int depth)
{
    size_t n = 0;
    char **names = list_dir(dir, &n);
    for (size_t i = 0; i < n; i++)
        data_entry(ld, dir, group, names[i], depth);
    free_list(names, n);
}

/* A test's name is its file's base name, or, when that base name occurs more than once in
 * the package (sample/1.in and secret/1.in), its group path and base name ("secret-1"). */
static char *test_name(const struct kload *ld, size_t i)
{
    const struct found *f = &ld->found[i];
    size_t same = 0;
    for (size_t k = 0; k < ld->nfound; k++)
        same += strcmp(ld->found[k].base, f->base) == 0;
    if (same == 1)
        return xstrdup(f->base);
    char *name = xasprintf("%s-%s", f->group, f->base);
    for (char *c = name; *c; c++)
        if (*c == '/')
            *c = '-';
    return name;
}

/* Groups in order of first use; a group whose tests are interrupted by a subgroup's
 * continues as "<name>~2" (groups must be contiguous). Sample groups are shown and worth
 * nothing; the secret groups share 100 points. */
static size_t group_for(struct kload *ld, const char *dir)
{
    struct problem *p = ld->p;
    if (p->ngroups && strcmp(ld->group_dirs[p->ngroups - 1], dir) == 0)
        return p->ngroups - 1;
    size_t again = 1;
    for (size_t g = 0; g < p->ngroups; g++)
        again += strcmp(ld->group_dirs[g], dir) == 0;
    ld->group_dirs[p->ngroups] = xstrdup(dir);
    struct test_group *g = &p->groups[p->ngroups++];
    g->name = again > 1 ? xasprintf("%s~%zu", dir, again) : xstrdup(dir);
    g->visible = strncmp(dir, "sample", 6) == 0;
    g->limits = p->limits;
    return p->ngroups - 1;
}

static void share_points(struct problem *p)
{
    int secret = 0;
    for (size_t g = 0; g < p->ngroups; g++)
        secret += !p->groups[g].visible;
    for (size_t g = 0, k = 0; g < p->ngroups; g++)
        if (!p->groups[g].visible)
            p->groups[g].points = 100 / secret + ((int)k++ < 100 % secret ? 1 : 0);
}

/* Small sample files become inline text, which `judge show` prints. */
static void inline_sample(struct test_case *t)
{
    size_t in_len = 0, ans_len = 0;
    bool in_cut = true, ans_cut = true;
    char *in = read_file(t->input, SAMPLE_INLINE_MAX, &in_len, &in_cut);
    char *ans = in ? read_file(t->output, SAMPLE_INLINE_MAX, &ans_len, &ans_cut) : NULL;
    if (in && ans && !in_cut && !ans_cut && strlen(in) == in_len && strlen(ans) == ans_len) {
        free(t->input);
        free(t->output);
        t->input_kind = INPUT_INLINE;
        t->input = in;
        t->output_kind = OUTPUT_INLINE;
        t->output = ans;
        return;
    }
    free(in);
    free(ans);
}

static void build_tests(struct kload *ld)
{
    struct problem *p = ld->p;
    if (ld->nfound == 0) {
        char *data = xasprintf("%s/data", ld->dir);
        error_path(ld, data,
                   "no test cases (data/sample/*.in and data/secret/*.in, each with "
                   "its .ans)");
        free(data);
        return;
    }
    p->tests = xcalloc(ld->nfound, sizeof *p->tests);
    p->groups = xcalloc(ld->nfound, sizeof *p->groups);
    ld->group_dirs = xcalloc(ld->nfound, sizeof *ld->group_dirs);
    for (size_t i = 0; i < ld->nfound; i++) {
        struct found *f = &ld->found[i];
        struct test_case *t = &p->tests[p->ntests++];
        t->name = test_name(ld, i);
        for (size_t k = 0; k + 1 < p->ntests; k++)
            if (strcmp(p->tests[k].name, t->name) == 0)
                error_path(ld, f->in, "two tests would be named '%s'; rename one of the files",
                           t->name);
        t->group = group_for(ld, f->group);
        t->input_kind = INPUT_FILE;
        t->input = f->in;
        t->output_kind = OUTPUT_FILE;
        t->output = f->ans;
        t->limits = p->limits;
        f->in = f->ans = NULL;
        if (p->groups[t->group].visible)
            inline_sample(t);
    }
    share_points(p);
}

/* ---- the output validator ---- */

static bool default_flag_value(struct kload *ld, char **flags, size_t *i, double *out)
{
    const char *flag = flags[*i];
    yaml_node_t *at = ld->flags_node;
    if (!flags[*i + 1]) {
        yamldoc_error(&ld->y, at, "validator flag '%s' needs a value", flag);
        return false;
    }
    const char *v = flags[++*i];
    char *end = NULL;
    errno = 0;
    double x = *v && strspn(v, "0123456789.eE+-") == strlen(v) ? strtod(v, &end) : -1;
    if (!end || *end || errno || !(x >= 0) || !isfinite(x)) {
        yamldoc_error(&ld->y, at, "validator flag '%s' needs a number of at least 0, not '%s'",
                      flag, v);
        return false;
    }
    *out = x;
    return true;
}

/* The default output validator: tokens compared case-insensitively unless case_sensitive,
 * whitespace-insensitively unless space_change_sensitive, numbers within a tolerance when
 * one is given. */
static void default_validator(struct kload *ld, struct checker_spec *c)
{
    c->kind = CHECKER_TOKENS;
    c->case_insensitive = true;
    bool tolerance = false;
    for (size_t i = 0; ld->flags && ld->flags[i]; i++) {
        const char *f = ld->flags[i];
        double x;
        if (strcmp(f, "case_sensitive") == 0)
            c->case_insensitive = false;
        else if (strcmp(f, "space_change_sensitive") == 0)
            c->space_sensitive = true;
        else if (strcmp(f, "float_relative_tolerance") == 0 ||
                 strcmp(f, "float_absolute_tolerance") == 0 || strcmp(f, "float_tolerance") == 0) {
            if (!default_flag_value(ld, ld->flags, &i, &x))
                continue;
            if (strcmp(f, "float_absolute_tolerance") != 0)
                c->relative = x;
            if (strcmp(f, "float_relative_tolerance") != 0)
                c->absolute = x;
            tolerance = true;
        } else
            yamldoc_error(&ld->y, ld->flags_node,
                          "unknown flag '%s' for the default output validator (case_sensitive, "
                          "space_change_sensitive, float_relative_tolerance, "
                          "float_absolute_tolerance, float_tolerance)",
                          f);
    }
    if (tolerance)
        c->kind = CHECKER_FLOAT;
}

/* The C source of a validator program that is a folder: exactly one .c file, no build or
 * run script. Returns it malloc'd, or NULL after reporting why not. */
static char *validator_in_folder(struct kload *ld, const char *folder)
{
    size_t n = 0, nc = 0;
    char **names = list_dir(folder, &n);
    char *source = NULL, *other = NULL;
    bool script = false;
    for (size_t i = 0; i < n; i++) {
        if (strcmp(names[i], "build") == 0 || strcmp(names[i], "run") == 0) {
            script = true;
        } else if (has_suffix(names[i], ".c")) {
            nc++;
            free(source);
            source = xasprintf("%s/%s", folder, names[i]);
        } else if (!other && !has_suffix(names[i], ".h") && !has_suffix(names[i], ".md") &&
                   !has_suffix(names[i], ".txt") && strcmp(names[i], "README") != 0) {
            other = xstrdup(names[i]);
        }
    }
    if (script)
        error_path(ld, folder,
                   "validators with a build or run script are not supported: give "
                   "the validator as one C file");
    else if (nc == 0)
        error_path(ld, folder,
                   "no C source in the output validator%s%s%s (judge compiles "
                   "validators written in C)",
                   other ? " (found " : "", other ? other : "", other ? ")" : "");
    else if (nc > 1)
        error_path(ld, folder, "a validator of several C files is not supported: put it in one");
    if (script || nc != 1) {
        free(source);
        source = NULL;
    }
    free(other);
    free_list(names, n);
    return source;
}

/* validation: custom. Legacy packages keep validator programs in output_validators/ (the
 * judge runs one), 2023-07 ones have the single program output_validator/. */
static void custom_validator(struct kload *ld, struct checker_spec *c)
{
    char *legacy = xasprintf("%s/output_validators", ld->dir);
    char *single = xasprintf("%s/output_validator", ld->dir);
    c->kind = CHECKER_VALIDATOR;
    if (path_is_dir(single)) {
        c->source = validator_in_folder(ld, single);
    } else if (path_is_dir(legacy)) {
        size_t n = 0;
        char **names = list_dir(legacy, &n);
        char *program = n == 1 ? xasprintf("%s/%s", legacy, names[0]) : NULL;
        if (n != 1)
            error_path(ld, legacy, "%s (judge runs one output validator)",
                       n ? "more than one validator program" : "no validator program");
        else if (path_is_dir(program))
            c->source = validator_in_folder(ld, program);
        else if (has_suffix(program, ".c"))
            c->source = xstrdup(program);
        else
            error_path(ld, program, "not a C source (judge compiles validators written in C)");
        free(program);
        free_list(names, n);
    } else {
        error_path(ld, ld->y.file, "validation: custom, but there is no output_validators/ folder");
    }
    c->args = ld->flags;
    ld->flags = NULL;
    free(legacy);
    free(single);
}

/* ---- the whole package ---- */

static void free_found(struct kload *ld)
{
    for (size_t i = 0; i < ld->nfound; i++) {
        free(ld->found[i].group);
        free(ld->found[i].base);
        free(ld->found[i].in);
        free(ld->found[i].ans);
    }
    free(ld->found);
    for (size_t g = 0; ld->group_dirs && g < ld->p->ngroups; g++)
        free(ld->group_dirs[g]);
    free(ld->group_dirs);
}

static void set_defaults(struct kload *ld)
{
    struct problem *p = ld->p;
    p->kind = PROBLEM_PROGRAM;
    p->difficulty = DIFFICULTY_MEDIUM;
    p->limits = (struct limits){KATTIS_DEFAULT_TIME_MS, 0, KATTIS_DEFAULT_MEMORY_MB * 1048576LL,
                                KATTIS_DEFAULT_OUTPUT_MB * 1048576LL};
    *ld->meta = (struct kattis_meta){.version = "legacy",
                                     .time_multiplier = 5,
                                     .time_safety_margin = 2,
                                     .time_source = KATTIS_TIME_DEFAULT};
}

static void load_package(struct kload *ld)
{
    struct problem *p = ld->p;
    if (yamldoc_load(&ld->y, p->yaml_path) == 0 && yamldoc_root(&ld->y))
        parse_yaml(ld, yamldoc_root(&ld->y));
    read_timelimit_file(ld);
    p->limits.wall_ms = 3 * p->limits.time_ms + 1000;
    if (!p->title)
        p->title = xstrdup(p->id);
    find_statement(ld);
    if (ld->custom_validation)
        custom_validator(ld, &p->checker);
    else
        default_validator(ld, &p->checker);
    char *sample = xasprintf("%s/data/sample", ld->dir),
         *secret = xasprintf("%s/data/secret", ld->dir);
    char *top = xasprintf("%s/data/testdata.yaml", ld->dir);
    char *top_group = xasprintf("%s/data/test_group.yaml", ld->dir);
    if (path_is_file(top))
        check_group_settings(ld, top);
    if (path_is_file(top_group))
        check_group_settings(ld, top_group);
    walk_data(ld, sample, "sample", 1);
    walk_data(ld, secret, "secret", 1);
    build_tests(ld);
    free(sample);
    free(secret);
    free(top);
    free(top_group);
}

struct problem *kattis_load(const char *dir, char **errors)
{
    struct problem *p = xcalloc(1, sizeof *p);
    /* Absolute, because the compiler and helpers run in other directories. */
    p->dir = realpath(dir, NULL);
    if (!p->dir)
        p->dir = xstrdup(dir);
    for (size_t n = strlen(p->dir); n > 1 && p->dir[n - 1] == '/'; n--)
        p->dir[n - 1] = '\0';
    const char *base = strrchr(p->dir, '/');
    p->id = xstrdup(base ? base + 1 : p->dir);
    p->yaml_path = xasprintf("%s/problem.yaml", p->dir);
    p->kattis = xcalloc(1, sizeof *p->kattis);
    struct kload ld = {.dir = p->dir, .p = p, .meta = p->kattis};
    set_defaults(&ld);
    load_package(&ld);
    *errors = yamldoc_take_errors(&ld.y);
    yamldoc_free(&ld.y);
    free_found(&ld);
    free_words(ld.flags);
    if (*errors) {
        problem_free(p);
        return NULL;
    }
    return p;
}
