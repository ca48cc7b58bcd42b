/* judge problem -> Kattis package. The test order must survive: Kattis runs data/sample
 * first, then every folder's entries in lexicographic order, and the first failing test
 * decides a verdict. Names that already sort in the problem's order are kept (so a package
 * read by kattis.c comes out with the same names), otherwise a folder's entries get
 * numbered prefixes ("01-edge", "03-single-zero"). */
#include "kattis_export.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "kattis.h"
#include "testdata.h"
#include "units.h"

/* How deep copied folders (statement, submissions) may nest. */
#define COPY_DEPTH 16

struct exporter {
    const struct problem *p;
    const char *dest;
    const struct kattis_export_options *opt;
    struct strbuf *notes;
    char *error;      /* the first failure */
    char **group_dir; /* per group: its folder under dest ("data/secret/edge") */
    char **test_file; /* per test: its path under dest without extension */
};

static int fail(struct exporter *ex, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

static int fail(struct exporter *ex, const char *fmt, ...)
{
    if (!ex->error) {
        struct strbuf sb = {0};
        va_list ap;
        va_start(ap, fmt);
        sb_vprintf(&sb, fmt, ap);
        va_end(ap);
        ex->error = sb_take(&sb);
    }
    return -1;
}

static void note(struct exporter *ex, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

static void note(struct exporter *ex, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    sb_vprintf(ex->notes, fmt, ap);
    va_end(ap);
    sb_puts(ex->notes, "\n");
}

/* ---- files ---- */

/* mkdir -p of dest/rel. */
static int make_dirs(struct exporter *ex, const char *rel)
{
    char *path = xasprintf("%s/%s", ex->dest, rel);
    int rc = 0;
    for (char *s = path + strlen(ex->dest) + 1; rc == 0; s++) {
        if (*s != '/' && *s != '\0')
            continue;
        char c = *s;
        *s = '\0';
        if (mkdir(path, 0755) < 0 && errno != EEXIST)
            rc = fail(ex, "cannot create %s: %s", path, strerror(errno));
        *s = c;
        if (!c)
            break;
    }
    free(path);
    return rc;
}

static int copy_file(struct exporter *ex, const char *from, const char *to)
{
    int in = open(from, O_RDONLY | O_CLOEXEC);
    if (in < 0)
        return fail(ex, "cannot read %s: %s", from, strerror(errno));
    int out = open(to, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (out < 0) {
        close(in);
        return fail(ex, "cannot create %s: %s", to, strerror(errno));
    }
    static char buf[1 << 16];
    ssize_t got;
    int rc = 0;
    while (rc == 0 && (got = read(in, buf, sizeof buf)) != 0) {
        if (got < 0 && errno == EINTR)
            continue;
        if (got < 0)
            rc = fail(ex, "cannot read %s: %s", from, strerror(errno));
        for (ssize_t done = 0; rc == 0 && done < got;) {
            ssize_t n = write(out, buf + done, (size_t)(got - done));
            if (n < 0 && errno != EINTR)
                rc = fail(ex, "cannot write %s: %s", to, strerror(errno));
            done += n > 0 ? n : 0;
        }
    }
    close(in);
    if (close(out) < 0 && rc == 0)
        rc = fail(ex, "cannot write %s: %s", to, strerror(errno));
    return rc;
}

/* Copies the folder from to dest/rel, recursively (at most COPY_DEPTH deep), leaving out
 * hidden entries. */
/* NOLINTNEXTLINE(misc-no-recursion): at most COPY_DEPTH deep */
static int copy_tree(struct exporter *ex, const char *from, const char *rel, int depth)
{
    if (depth > COPY_DEPTH)
        return fail(ex, "%s: folders nested deeper than %d", from, COPY_DEPTH);
    if (make_dirs(ex, rel) < 0)
        return -1;
    DIR *d = opendir(from);
    if (!d)
        return fail(ex, "cannot read %s: %s", from, strerror(errno));
    int rc = 0;
    for (struct dirent *e; rc == 0 && (e = readdir(d));) {
        if (e->d_name[0] == '.')
            continue;
        char *src = xasprintf("%s/%s", from, e->d_name);
        char *sub = xasprintf("%s/%s", rel, e->d_name);
        char *dst = xasprintf("%s/%s", ex->dest, sub);
        rc = path_is_dir(src) ? copy_tree(ex, src, sub, depth + 1) : copy_file(ex, src, dst);
        free(src);
        free(sub);
        free(dst);
    }
    closedir(d);
    return rc;
}

static int write_text(struct exporter *ex, const char *rel, const char *text)
{
    char *path = xasprintf("%s/%s", ex->dest, rel);
    int rc = write_file(path, text, strlen(text));
    if (rc < 0)
        fail(ex, "cannot write %s: %s", path, strerror(errno));
    free(path);
    return rc;
}

/* Copies source and the .h files beside it (which it may include) into dest/rel. */
static int copy_with_headers(struct exporter *ex, const char *source, const char *rel,
                             const char *as)
{
    char *folder = xstrdup(source);
    char *slash = strrchr(folder, '/');
    if (slash)
        *slash = '\0';
    char *to = xasprintf("%s/%s/%s", ex->dest, rel, as);
    int rc = copy_file(ex, source, to);
    free(to);
    DIR *d = opendir(slash ? folder : ".");
    for (struct dirent *e; rc == 0 && d && (e = readdir(d));) {
        size_t n = strlen(e->d_name);
        if (n < 3 || strcmp(e->d_name + n - 2, ".h") != 0 || strcmp(e->d_name, as) == 0)
            continue;
        char *from = xasprintf("%s/%s", slash ? folder : ".", e->d_name);
        char *dst = xasprintf("%s/%s/%s", ex->dest, rel, e->d_name);
        rc = copy_file(ex, from, dst);
        free(from);
        free(dst);
    }
    if (d)
        closedir(d);
    free(folder);
    return rc;
}

/* ---- where each test goes ---- */

static bool starts_with_word(const char *s, const char *word)
{
    size_t n = strlen(word);
    return strncmp(s, word, n) == 0 && (s[n] == '\0' || s[n] == '/' || s[n] == '~');
}

/* A group name as a file name of the package format: letters, digits, '.', '-', '_', and a
 * letter or digit at both ends. */
static char *sanitize(const char *name)
{
    char *s = xstrdup(name);
    for (char *c = s; *c; c++)
        if (!(('a' <= *c && *c <= 'z') || ('A' <= *c && *c <= 'Z') || ('0' <= *c && *c <= '9') ||
              *c == '.' || *c == '_' || *c == '-'))
            *c = '-';
    size_t start = 0, n = strlen(s);
    while (start < n &&
           !strchr("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", s[start]))
        start++;
    while (n > start &&
           !strchr("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", s[n - 1]))
        n--;
    char *out = n > start ? xasprintf("%.*s", (int)(n - start), s + start) : xstrdup("group");
    free(s);
    return out;
}

/* Groups that came from a package keep their folder (a group continued after a subgroup,
 * "secret~2", goes back to "secret"); the judge's own visible groups go to data/sample,
 * a single hidden one to data/secret, several to a subfolder of data/secret each,
 * numbered when their names would sort out of order. */
static void plan_groups(struct exporter *ex)
{
    const struct problem *p = ex->p;
    bool sorted = true;
    const char *prev = NULL;
    size_t own_hidden = 0;
    char **names = xcalloc(p->ngroups, sizeof *names);
    for (size_t g = 0; g < p->ngroups; g++) {
        const char *name = p->groups[g].name;
        if (starts_with_word(name, "sample") || starts_with_word(name, "secret"))
            continue;
        if (!p->groups[g].visible) {
            names[g] = sanitize(name);
            sorted = sorted && (!prev || strcmp(prev, names[g]) < 0);
            prev = names[g];
            own_hidden++;
        }
    }
    bool hidden_seen = false;
    for (size_t g = 0, k = 0; g < p->ngroups; g++) {
        const char *name = p->groups[g].name;
        if (starts_with_word(name, "sample") || starts_with_word(name, "secret"))
            ex->group_dir[g] = xasprintf("data/%.*s", (int)strcspn(name, "~"), name);
        else if (p->groups[g].visible)
            ex->group_dir[g] = xstrdup("data/sample");
        else if (own_hidden == 1)
            ex->group_dir[g] = xstrdup("data/secret");
        else if (sorted)
            ex->group_dir[g] = xasprintf("data/secret/%s", names[g]);
        else
            ex->group_dir[g] = xasprintf("data/secret/%02zu-%s", ++k, names[g]);
        bool sample = strncmp(ex->group_dir[g], "data/sample", 11) == 0;
        if (sample && hidden_seen)
            note(ex,
                 "group '%s' is shown but comes after hidden tests; Kattis runs data/sample "
                 "first",
                 name);
        hidden_seen = hidden_seen || !sample;
        free(names[g]);
    }
    free(names);
}

/* Every test's file: its name in its group's folder, numbered when the names of a folder
 * would not sort in the problem's order. */
static void plan_tests(struct exporter *ex)
{
    const struct problem *p = ex->p;
    bool *done = xcalloc(p->ntests, sizeof *done);
    for (size_t i = 0; i < p->ntests; i++) {
        if (done[i])
            continue;
        const char *dir = ex->group_dir[p->tests[i].group];
        size_t count = 0;
        bool sorted = true;
        const char *prev = NULL;
        for (size_t k = i; k < p->ntests; k++)
            if (strcmp(ex->group_dir[p->tests[k].group], dir) == 0) {
                sorted = sorted && (!prev || strcmp(prev, p->tests[k].name) < 0);
                prev = p->tests[k].name;
                count++;
            }
        int width = count < 10 ? 1 : count < 100 ? 2 : count < 1000 ? 3 : 6;
        if (width == 1)
            width = 2;
        for (size_t k = i, n = 0; k < p->ntests; k++)
            if (strcmp(ex->group_dir[p->tests[k].group], dir) == 0) {
                done[k] = true;
                ex->test_file[k] =
                    sorted ? xasprintf("%s/%s", dir, p->tests[k].name)
                           : xasprintf("%s/%0*zu-%s", dir, width, ++n, p->tests[k].name);
            }
    }
    free(done);
}

/* ---- data ---- */

static int write_data(struct exporter *ex)
{
    const struct problem *p = ex->p;
    char *workdir = make_temp_dir("export");
    if (!workdir)
        return fail(ex, "cannot create a temporary directory: %s", strerror(errno));
    struct testdata *td = testdata_new(p, workdir, ex->opt->runtime_dir, ex->opt->cache);
    int rc = 0;
    for (size_t i = 0; i < p->ntests && rc == 0; i++) {
        const struct test_case *t = &p->tests[i];
        char *why = NULL;
        char *dir = xstrdup(ex->test_file[i]);
        *strrchr(dir, '/') = '\0';
        rc = make_dirs(ex, dir);
        free(dir);
        char *in = rc == 0 ? testdata_input(td, t, &why) : NULL;
        char *ans = in ? testdata_expected(td, t, in, &why) : NULL;
        char *in_to = xasprintf("%s/%s.in", ex->dest, ex->test_file[i]);
        char *ans_to = xasprintf("%s/%s.ans", ex->dest, ex->test_file[i]);
        if (in && ans)
            rc = copy_file(ex, in, in_to) < 0 || copy_file(ex, ans, ans_to) < 0 ? -1 : 0;
        else if (rc == 0)
            rc = fail(ex, "%s", why ? why : "cannot make the test data");
        if (in && t->input_kind != INPUT_FILE)
            unlink(in);
        if (ans && t->output_kind != OUTPUT_FILE)
            unlink(ans);
        free(in);
        free(ans);
        free(in_to);
        free(ans_to);
        free(why);
    }
    testdata_free(td);
    remove_tree(workdir);
    free(workdir);
    return rc;
}

/* ---- problem.yaml ---- */

/* A double written so that strtod reads back the same value, as short as possible. */
static void put_number(struct strbuf *sb, double x)
{
    char buf[40];
    for (int digits = 6; digits <= 17; digits++) {
        snprintf(buf, sizeof buf, "%.*g", digits, x);
        if (strtod(buf, NULL) == x)
            break;
    }
    sb_puts(sb, buf);
}

static void put_quoted(struct strbuf *sb, const char *s)
{
    sb_puts(sb, "\"");
    for (; *s; s++) {
        if (*s == '"' || *s == '\\')
            sb_printf(sb, "\\%c", *s);
        else if ((unsigned char)*s < 0x20)
            sb_printf(sb, "\\x%02x", (unsigned char)*s);
        else
            sb_append(sb, s, 1);
    }
    sb_puts(sb, "\"");
}

/* The default validator's flags for a built-in checker. */
static void default_flags(const struct checker_spec *c, struct strbuf *flags)
{
    if (c->kind == CHECKER_EXACT) {
        sb_puts(flags, "case_sensitive space_change_sensitive");
        return;
    }
    if (!c->case_insensitive)
        sb_puts(flags, "case_sensitive");
    if (c->space_sensitive)
        sb_printf(flags, "%sspace_change_sensitive", flags->len ? " " : "");
    if (c->kind != CHECKER_FLOAT)
        return;
    if (c->absolute == c->relative) {
        sb_printf(flags, "%sfloat_tolerance ", flags->len ? " " : "");
        put_number(flags, c->absolute);
        return;
    }
    sb_printf(flags, "%sfloat_absolute_tolerance ", flags->len ? " " : "");
    put_number(flags, c->absolute);
    sb_puts(flags, " float_relative_tolerance ");
    put_number(flags, c->relative);
}

/* A size in whole MiB, rounded up (with a note) when it is not one. */
static long long whole_mib(struct exporter *ex, const char *what, long long bytes)
{
    long long mib = (bytes + (1 << 20) - 1) >> 20;
    if (mib << 20 != bytes) {
        char had[32];
        units_format_size(bytes, had, sizeof had);
        note(ex, "the %s limit %s is not a whole number of MiB: written as %lld MiB", what, had,
             mib);
    }
    return mib;
}

/* Kattis has one set of limits; the judge's groups and tests may have their own. */
static void note_limit_overrides(struct exporter *ex)
{
    const struct problem *p = ex->p;
    const struct limits *top = &p->limits;
    size_t differing = 0;
    const char *first = NULL;
    for (size_t i = 0; i < p->ntests; i++) {
        const struct limits *l = &p->tests[i].limits;
        if (l->time_ms != top->time_ms || l->memory_bytes != top->memory_bytes ||
            l->output_bytes != top->output_bytes) {
            if (!differing++)
                first = p->tests[i].name;
        }
    }
    if (differing) {
        char t[32], m[32];
        units_format_time(top->time_ms, t, sizeof t);
        units_format_size(top->memory_bytes, m, sizeof m);
        note(ex,
             "%zu test%s (first: %s) %s limits of %s own; the package has one set: time %s, "
             "memory %s",
             differing, differing == 1 ? "" : "s", first, differing == 1 ? "has" : "have",
             differing == 1 ? "its" : "their", t, m);
    }
}

static int write_problem_yaml(struct exporter *ex, const char *validation, const char *flags)
{
    const struct problem *p = ex->p;
    const struct kattis_meta *m = p->kattis;
    struct strbuf y = {0};
    sb_printf(&y, "# Written by `judge export` from %s\n", p->dir);
    sb_puts(&y, "problem_format_version: legacy\nname: ");
    put_quoted(&y, p->title);
    sb_puts(&y, "\n");
    if (p->ntags) {
        struct strbuf words = {0};
        for (size_t i = 0; i < p->ntags; i++) {
            char *w = sanitize(p->tags[i]);
            sb_printf(&words, "%s%s", i ? " " : "", w);
            free(w);
        }
        sb_puts(&y, "keywords: ");
        put_quoted(&y, words.data);
        sb_puts(&y, "\n");
        sb_free(&words);
    }
    sb_printf(&y, "validation: %s\n", validation);
    if (flags && *flags) {
        sb_puts(&y, "validator_flags: ");
        put_quoted(&y, flags);
        sb_puts(&y, "\n");
    }
    sb_puts(&y, "limits:\n  time_multiplier: ");
    put_number(&y, m ? m->time_multiplier : 5);
    sb_puts(&y, "\n  time_safety_margin: ");
    put_number(&y, m ? m->time_safety_margin : 2);
    sb_printf(&y, "\n  memory: %lld\n", whole_mib(ex, "memory", p->limits.memory_bytes));
    sb_printf(&y, "  output: %lld\n", whole_mib(ex, "output", p->limits.output_bytes));
    int rc = write_text(ex, "problem.yaml", y.data);
    sb_free(&y);
    char secs[48], frac[8] = "";
    long ms = p->limits.time_ms;
    if (ms % 1000) {
        snprintf(frac, sizeof frac, ".%03ld", ms % 1000);
        for (size_t n = strlen(frac); frac[n - 1] == '0'; n--)
            frac[n - 1] = '\0';
    }
    snprintf(secs, sizeof secs, "%ld%s\n", ms / 1000, frac);
    return rc < 0 || write_text(ex, ".timelimit", secs) < 0 ? -1 : 0;
}

/* ---- the output validator ---- */

static char *runtime_file(struct exporter *ex, const char *name)
{
    char *path = xasprintf("%s/%s", ex->opt->runtime_dir ? ex->opt->runtime_dir : ".", name);
    if (!ex->opt->runtime_dir || !path_is_file(path)) {
        fail(ex, "cannot find %s (the judge's runtime folder)", name);
        free(path);
        return NULL;
    }
    return path;
}

/* The folder name of a package's own validator: its folder's, or the file's stem. */
static char *validator_name(const char *source)
{
    char *copy = xstrdup(source);
    char *slash = strrchr(copy, '/');
    if (slash)
        *slash = '\0';
    const char *parent = strrchr(copy, '/') ? strrchr(copy, '/') + 1 : copy;
    char *name;
    if (slash && strcmp(parent, "output_validators") != 0 &&
        strcmp(parent, "output_validator") != 0)
        name = xstrdup(parent);
    else {
        const char *file = slash ? slash + 1 : source;
        name = xasprintf("%.*s", (int)strcspn(file, "."), file);
    }
    free(copy);
    return name;
}

static int write_validator(struct exporter *ex, const char **validation, struct strbuf *flags)
{
    const struct checker_spec *c = &ex->p->checker;
    *validation = "custom";
    int rc = 0;
    char *template = NULL;
    if (c->kind == CHECKER_VALIDATOR) {
        char *name = validator_name(c->source);
        char *rel = xasprintf("output_validators/%s", name);
        const char *base = strrchr(c->source, '/') ? strrchr(c->source, '/') + 1 : c->source;
        rc = make_dirs(ex, rel) < 0 ? -1 : copy_with_headers(ex, c->source, rel, base);
        for (char **a = c->args; a && *a; a++)
            sb_printf(flags, "%s%s", flags->len ? " " : "", *a);
        free(rel);
        free(name);
    } else if (c->kind == CHECKER_CUSTOM) {
        rc = (template = runtime_file(ex, "kattis_checker_wrapper.c")) ? 0 : -1;
        if (rc == 0 && make_dirs(ex, "output_validators/judge_checker") == 0) {
            char *to = xasprintf("%s/output_validators/judge_checker/validate.c", ex->dest);
            rc = copy_with_headers(ex, c->source, "output_validators/judge_checker",
                                   "judge_checker.h") < 0 ||
                         copy_file(ex, template, to) < 0
                     ? -1
                     : 0;
            free(to);
        }
    } else if (c->kind == CHECKER_LINES_UNORDERED) {
        rc = (template = runtime_file(ex, "kattis_lines_unordered.c")) ? 0 : -1;
        if (rc == 0 && make_dirs(ex, "output_validators/lines_unordered") == 0) {
            char *to = xasprintf("%s/output_validators/lines_unordered/validate.c", ex->dest);
            rc = copy_file(ex, template, to);
            free(to);
        }
    } else {
        *validation = "default";
        default_flags(c, flags);
    }
    free(template);
    return ex->error ? -1 : rc;
}

/* ---- statement and submissions ---- */

static int write_statement(struct exporter *ex)
{
    const char *from = ex->p->statement_path;
    if (!from)
        return 0;
    if (ex->p->kattis) {
        char *dir = xstrdup(from);
        *strrchr(dir, '/') = '\0';
        int rc = copy_tree(ex, dir, "problem_statement", 1);
        free(dir);
        return rc;
    }
    if (make_dirs(ex, "problem_statement") < 0)
        return -1;
    const char *ext = strrchr(from, '.');
    char *to = xasprintf("%s/problem_statement/problem.en%s", ex->dest,
                         ext && !strchr(ext, '/') ? ext : ".md");
    int rc = copy_file(ex, from, to);
    free(to);
    return rc;
}

/* The first of the words AC WA TLE MLE OLE RE CE on the file's first line, as
 * cmd_validate.c reads a known-wrong solution's label; NULL when there is none. */
static const char *label_of(const char *path)
{
    static const char *const codes[] = {"AC", "WA", "TLE", "MLE", "OLE", "RE", "CE"};
    char *text = read_file(path, 4096, NULL, NULL);
    const char *found = NULL;
    for (char *s = text; s && *s && *s != '\n' && !found;) {
        size_t word = strspn(s, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_");
        for (size_t i = 0; i < ARRAY_LEN(codes) && word; i++)
            if (strlen(codes[i]) == word && strncmp(s, codes[i], word) == 0)
                found = codes[i];
        s += word ? word : 1;
    }
    free(text);
    return found;
}

static const char *folder_for_label(const char *label)
{
    static const char *const map[][2] = {{"AC", "accepted"},
                                         {"WA", "wrong_answer"},
                                         {"TLE", "time_limit_exceeded"},
                                         {"RE", "run_time_error"},
                                         {"MLE", "run_time_error"}};
    for (size_t i = 0; label && i < ARRAY_LEN(map); i++)
        if (strcmp(label, map[i][0]) == 0)
            return map[i][1];
    return NULL;
}

static int add_submission(struct exporter *ex, const char *source, const char *folder)
{
    char *rel = xasprintf("submissions/%s", folder);
    const char *base = strrchr(source, '/') ? strrchr(source, '/') + 1 : source;
    char *to = xasprintf("%s/%s/%s", ex->dest, rel, base);
    int rc = make_dirs(ex, rel) < 0 ? -1 : copy_file(ex, source, to);
    free(to);
    free(rel);
    return rc;
}

static int compare_strings(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static int write_wrong_solutions(struct exporter *ex)
{
    DIR *d = ex->opt->wrong_dir ? opendir(ex->opt->wrong_dir) : NULL;
    size_t n = 0, cap = 8;
    char **names = xcalloc(cap, sizeof *names);
    for (struct dirent *e; d && (e = readdir(d));) {
        size_t len = strlen(e->d_name);
        if (e->d_name[0] == '.' || len < 3 || strcmp(e->d_name + len - 2, ".c") != 0)
            continue;
        if (n == cap)
            names = xrealloc(names, (cap *= 2) * sizeof *names);
        names[n++] = xstrdup(e->d_name);
    }
    if (d)
        closedir(d);
    qsort(names, n, sizeof *names, compare_strings);
    int rc = 0;
    for (size_t i = 0; i < n; i++) {
        char *path = xasprintf("%s/%s", ex->opt->wrong_dir, names[i]);
        const char *label = label_of(path);
        const char *folder = folder_for_label(label);
        if (folder && rc == 0)
            rc = add_submission(ex, path, folder);
        else if (!folder)
            note(ex, "%s is left out: submissions/ has no folder for %s", path,
                 label ? label : "a solution without a verdict label");
        free(path);
        free(names[i]);
    }
    free(names);
    return rc;
}

static int write_submissions(struct exporter *ex)
{
    const struct problem *p = ex->p;
    if (p->kattis) {
        char *from = xasprintf("%s/submissions", p->dir);
        int rc = path_is_dir(from) ? copy_tree(ex, from, "submissions", 1) : 0;
        free(from);
        return rc;
    }
    if (p->reference_path && add_submission(ex, p->reference_path, "accepted") < 0)
        return -1;
    if (!p->reference_path)
        note(ex, "no reference solution: submissions/accepted/ is empty");
    return write_wrong_solutions(ex);
}

/* ---- the whole package ---- */

static int check_destination(struct exporter *ex)
{
    DIR *d = opendir(ex->dest);
    if (!d) {
        if (errno != ENOENT)
            return fail(ex, "cannot use %s: %s", ex->dest, strerror(errno));
        char *path = xstrdup(ex->dest);
        int rc = 0;
        for (char *s = path + 1; rc == 0; s++) {
            if (*s != '/' && *s != '\0')
                continue;
            char c = *s;
            *s = '\0';
            if (mkdir(path, 0755) < 0 && errno != EEXIST)
                rc = fail(ex, "cannot create %s: %s", path, strerror(errno));
            *s = c;
            if (!c)
                break;
        }
        free(path);
        return rc;
    }
    bool empty = true;
    for (struct dirent *e; empty && (e = readdir(d));)
        empty = strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0;
    closedir(d);
    return empty ? 0 : fail(ex, "%s exists and is not empty: give a new folder", ex->dest);
}

int kattis_export(const struct problem *p, const char *dest,
                  const struct kattis_export_options *opt, struct strbuf *notes, char **error)
{
    struct exporter ex = {.p = p, .dest = dest, .opt = opt, .notes = notes};
    *error = NULL;
    if (p->kind != PROBLEM_PROGRAM) {
        *error = xasprintf("%s is a function problem; a Kattis package holds whole programs "
                           "(kind: program)",
                           p->id);
        return -1;
    }
    ex.group_dir = xcalloc(p->ngroups, sizeof *ex.group_dir);
    ex.test_file = xcalloc(p->ntests, sizeof *ex.test_file);
    plan_groups(&ex);
    plan_tests(&ex);
    note_limit_overrides(&ex);
    const char *validation = "default";
    struct strbuf flags = {0};
    sb_puts(&flags, "");
    if (check_destination(&ex) == 0 && write_validator(&ex, &validation, &flags) == 0 &&
        write_problem_yaml(&ex, validation, flags.data) == 0 && write_statement(&ex) == 0 &&
        write_data(&ex) == 0)
        write_submissions(&ex);
    sb_free(&flags);
    for (size_t g = 0; g < p->ngroups; g++)
        free(ex.group_dir[g]);
    for (size_t i = 0; i < p->ntests; i++)
        free(ex.test_file[i]);
    free(ex.group_dir);
    free(ex.test_file);
    *error = ex.error;
    return ex.error ? -1 : 0;
}
