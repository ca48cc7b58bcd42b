#include "grade_layout.h"

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "util.h"

struct scan {
    const char *dir;
    char *const *ids;
    size_t nids;
    struct grade_layout *out;
    size_t cap_students, cap_subs, cap_unknown;
};

static int compare_strings(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Sorted entry names of path, without "." names; NULL with errno when unreadable. */
static char **list_dir(const char *path, size_t *n)
{
    *n = 0;
    DIR *d = opendir(path);
    if (!d)
        return NULL;
    size_t cap = 16;
    char **names = xcalloc(cap, sizeof *names);
    *n = 0;
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
    if (!names)
        return;
    for (size_t i = 0; i < n; i++)
        free(names[i]);
    free(names);
}

static void add_unknown(struct scan *s, char *path, char *reason)
{
    struct grade_layout *l = s->out;
    if (l->nunknown == s->cap_unknown)
        l->unknown = xrealloc(l->unknown, (s->cap_unknown = s->cap_unknown * 2 + 8) *
                                              sizeof *l->unknown);
    l->unknown[l->nunknown++] = (struct grade_unknown){.path = path, .reason = reason};
}

static void add_student(struct scan *s, const char *name)
{
    struct grade_layout *l = s->out;
    for (size_t i = 0; i < l->nstudents; i++)
        if (strcmp(l->students[i], name) == 0)
            return;
    if (l->nstudents == s->cap_students)
        l->students = xrealloc(l->students, (s->cap_students = s->cap_students * 2 + 8) *
                                                sizeof *l->students);
    l->students[l->nstudents++] = xstrdup(name);
}

static const struct grade_submission *find_sub(const struct scan *s, const char *student,
                                               const char *problem)
{
    for (size_t i = 0; i < s->out->nsubs; i++)
        if (strcmp(s->out->subs[i].student, student) == 0 &&
            strcmp(s->out->subs[i].problem, problem) == 0)
            return &s->out->subs[i];
    return NULL;
}

static void add_sub(struct scan *s, const char *student, const char *problem, char *file)
{
    struct grade_layout *l = s->out;
    const struct grade_submission *dup = find_sub(s, student, problem);
    if (dup) {
        add_unknown(s, file, xasprintf("a second submission of %s by %s (%s is judged)",
                                       problem, student, dup->file));
        return;
    }
    add_student(s, student);
    if (l->nsubs == s->cap_subs)
        l->subs = xrealloc(l->subs, (s->cap_subs = s->cap_subs * 2 + 8) * sizeof *l->subs);
    l->subs[l->nsubs++] = (struct grade_submission){
        .student = xstrdup(student), .problem = xstrdup(problem), .file = file};
}

static bool known_id(const struct scan *s, const char *id)
{
    return s->nids && bsearch(&id, s->ids, s->nids, sizeof *s->ids, compare_strings) != NULL;
}

/* The closest known id to name, for "did you mean"; NULL when none is close. */
static const char *closest_id(const struct scan *s, const char *name)
{
    const char *best = NULL;
    size_t best_d = 4;
    for (size_t i = 0; i < s->nids; i++) {
        size_t d = edit_distance(name, s->ids[i]);
        if (d < best_d)
            best = s->ids[i], best_d = d;
    }
    return best;
}

/* Control characters, or bytes that are not UTF-8: every report must be able to show the
 * name as it is. */
static bool unprintable_name(const char *name)
{
    for (const unsigned char *p = (const unsigned char *)name; *p; p++) {
        if (*p < 0x20 || *p == 0x7f)
            return true;
        if (*p < 0x80)
            continue;
        int more = *p >= 0xc2 && *p < 0xe0 ? 1 : *p >= 0xe0 && *p < 0xf0 ? 2
                   : *p >= 0xf0 && *p < 0xf5                ? 3
                                                             : -1;
        if (more < 0)
            return true;
        for (int i = 0; i < more; i++)
            if ((*++p & 0xc0) != 0x80)
                return true;
    }
    return false;
}

static bool ends_with_c(const char *name)
{
    size_t n = strlen(name);
    return n > 2 && strcmp(name + n - 2, ".c") == 0;
}

static char *unknown_problem_reason(const struct scan *s, const char *id)
{
    const char *near = closest_id(s, id);
    if (near)
        return xasprintf("no problem '%s' (did you mean '%s'?)", id, near);
    return xasprintf("no problem '%s' (`judge list` shows the problems)", id);
}

/* One entry of a student's folder. */
static void scan_student_entry(struct scan *s, const char *student, const char *name)
{
    char *rel = xasprintf("%s/%s", student, name);
    char *path = xasprintf("%s/%s", s->dir, rel);
    struct stat st;
    if (lstat(path, &st) < 0) {
        add_unknown(s, rel, xasprintf("cannot read it: %s", strerror(errno)));
    } else if (S_ISLNK(st.st_mode)) {
        add_unknown(s, rel, xstrdup("a symbolic link (links are not followed)"));
    } else if (S_ISDIR(st.st_mode)) {
        add_unknown(s, rel, xstrdup("a folder inside a student's folder (expected "
                                    "<problem-id>.c files)"));
    } else if (!S_ISREG(st.st_mode) || !ends_with_c(name)) {
        add_unknown(s, rel, xstrdup("not a C file (expected <problem-id>.c)"));
    } else {
        char *id = xasprintf("%.*s", (int)(strlen(name) - 2), name);
        if (known_id(s, id))
            add_sub(s, student, id, rel);
        else
            add_unknown(s, rel, unknown_problem_reason(s, id));
        free(id);
    }
    free(path);
}

static void scan_student(struct scan *s, const char *student)
{
    char *path = xasprintf("%s/%s", s->dir, student);
    size_t n = 0;
    char **names = list_dir(path, &n);
    if (!names) {
        add_unknown(s, xstrdup(student), xasprintf("cannot read the folder: %s", strerror(errno)));
    } else {
        add_student(s, student);
        for (size_t i = 0; i < n; i++)
            scan_student_entry(s, student, names[i]);
    }
    free_list(names, n);
    free(path);
}

/* A top-level <student>-<problem-id>.c: the leftmost split whose right side is a known id,
 * so a student named "ann-lee" still works and the longest matching problem id wins. */
static void scan_flat(struct scan *s, const char *name)
{
    char *stem = xasprintf("%.*s", (int)(strlen(name) - 2), name);
    for (char *dash = strchr(stem, '-'); dash; dash = strchr(dash + 1, '-')) {
        if (dash == stem || !known_id(s, dash + 1))
            continue;
        *dash = '\0';
        add_sub(s, stem, dash + 1, xstrdup(name));
        free(stem);
        return;
    }
    add_unknown(s, xstrdup(name),
                xstrdup("a file at the top is named <student>-<problem-id>.c, and no known "
                        "problem id ends this name"));
    free(stem);
}

static int compare_subs(const void *a, const void *b)
{
    const struct grade_submission *x = a, *y = b;
    int c = strcmp(x->student, y->student);
    return c ? c : strcmp(x->problem, y->problem);
}

static int compare_unknown(const void *a, const void *b)
{
    return strcmp(((const struct grade_unknown *)a)->path, ((const struct grade_unknown *)b)->path);
}

int grade_layout_scan(const char *dir, char *const *ids, size_t nids, struct grade_layout *out,
                      char *err, size_t errlen)
{
    *out = (struct grade_layout){0};
    size_t n = 0;
    char **names = list_dir(dir, &n);
    if (!names) {
        snprintf(err, errlen, "cannot read the submissions folder %s: %s", dir, strerror(errno));
        return -1;
    }
    struct scan s = {.dir = dir, .ids = ids, .nids = nids, .out = out};
    /* Folders first, so a flat file that duplicates a folder's submission is the one
     * reported. */
    for (int pass = 0; pass < 2; pass++)
        for (size_t i = 0; i < n; i++) {
            char *path = xasprintf("%s/%s", dir, names[i]);
            struct stat st;
            int rc = lstat(path, &st);
            free(path);
            bool folder = rc == 0 && S_ISDIR(st.st_mode);
            if ((pass == 0) != folder)
                continue;
            if (unprintable_name(names[i]))
                add_unknown(&s, xstrdup(names[i]),
                            xstrdup("control characters or bytes that are not UTF-8 in the name"));
            else if (rc < 0)
                add_unknown(&s, xstrdup(names[i]), xasprintf("cannot read it: %s", strerror(errno)));
            else if (folder)
                scan_student(&s, names[i]);
            else if (S_ISLNK(st.st_mode))
                add_unknown(&s, xstrdup(names[i]), xstrdup("a symbolic link (links are not followed)"));
            else if (S_ISREG(st.st_mode) && ends_with_c(names[i]))
                scan_flat(&s, names[i]);
            else
                add_unknown(&s, xstrdup(names[i]),
                            xstrdup("not a student folder or a <student>-<problem-id>.c file"));
        }
    free_list(names, n);
    /* qsort's array may not be NULL, even when empty */
    if (out->nstudents > 1)
        qsort(out->students, out->nstudents, sizeof *out->students, compare_strings);
    if (out->nsubs > 1)
        qsort(out->subs, out->nsubs, sizeof *out->subs, compare_subs);
    if (out->nunknown > 1)
        qsort(out->unknown, out->nunknown, sizeof *out->unknown, compare_unknown);
    return 0;
}

void grade_layout_free(struct grade_layout *l)
{
    for (size_t i = 0; i < l->nstudents; i++)
        free(l->students[i]);
    for (size_t i = 0; i < l->nsubs; i++) {
        free(l->subs[i].student);
        free(l->subs[i].problem);
        free(l->subs[i].file);
    }
    for (size_t i = 0; i < l->nunknown; i++) {
        free(l->unknown[i].path);
        free(l->unknown[i].reason);
    }
    free(l->students);
    free(l->subs);
    free(l->unknown);
    *l = (struct grade_layout){0};
}
