#include "grade_store.h"

#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "compile.h"
#include "grade_json.h"
#include "report_grade.h"
#include "util.h"

/* One resumed journal line: the key, and the result as JSON. */
struct entry {
    char key[CACHE_HEX_SIZE];
    char *json;
};

struct grade_store {
    struct cache *cache;
    char *state_path;
    int state_fd;
    bool completed;
    char *workdir;                   /* private scratch for cache copies */
    char identity[CACHE_HEX_SIZE];   /* judge binary + compiler + runtime headers */
    struct entry *resumed;           /* sorted by key */
    size_t nresumed;
};

static int compare_entries(const void *a, const void *b)
{
    return strcmp(((const struct entry *)a)->key, ((const struct entry *)b)->key);
}

static int compare_strings(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static bool is_hex_key(const char *s)
{
    for (size_t i = 0; i < CACHE_HEX_SIZE - 1; i++)
        if (!((s[i] >= '0' && s[i] <= '9') || (s[i] >= 'a' && s[i] <= 'f')))
            return false;
    return true;
}

/* Loads "KEY JSON\n" lines; a last line without its newline was cut by an interrupt or a
 * crash and is dropped, like any line that does not have that shape. */
static void load_journal(struct grade_store *s)
{
    size_t len = 0;
    char *text = read_file(s->state_path, (size_t)1 << 30, &len, NULL);
    if (!text)
        return;
    size_t cap = 0;
    for (char *line = text, *nl; (nl = memchr(line, '\n', len - (size_t)(line - text)));
         line = nl + 1) {
        *nl = '\0';
        if ((size_t)(nl - line) < CACHE_HEX_SIZE + 1 || line[CACHE_HEX_SIZE - 1] != ' ' ||
            !is_hex_key(line))
            continue;
        if (s->nresumed == cap)
            s->resumed = xrealloc(s->resumed, (cap = cap * 2 + 16) * sizeof *s->resumed);
        struct entry *e = &s->resumed[s->nresumed++];
        memcpy(e->key, line, CACHE_HEX_SIZE - 1);
        e->key[CACHE_HEX_SIZE - 1] = '\0';
        e->json = xstrdup(line + CACHE_HEX_SIZE);
    }
    free(text);
    if (s->nresumed > 1)
        qsort(s->resumed, s->nresumed, sizeof *s->resumed, compare_entries);
}

/* nftw has no context argument: the walk in progress. */
static struct {
    char **paths;
    size_t n, cap;
} walk;

static int collect(const char *path, const struct stat *st, int type, struct FTW *ftw)
{
    (void)st;
    (void)ftw;
    if (type == FTW_DNR || type == FTW_NS)
        return -1;
    if (type != FTW_F && type != FTW_SL)
        return 0;
    if (walk.n == walk.cap)
        walk.paths = xrealloc(walk.paths, (walk.cap = walk.cap * 2 + 32) * sizeof *walk.paths);
    walk.paths[walk.n++] = xstrdup(path);
    return 0;
}

/* Adds every file below dir to k, sorted by path: its path below dir, then its content.
 * Returns 0, or -1 with errno. */
static int key_add_tree(struct cache_key *k, const char *dir)
{
    walk.n = 0;
    int rc = nftw(dir, collect, 16, FTW_PHYS);
    if (walk.n > 1)
        qsort(walk.paths, walk.n, sizeof *walk.paths, compare_strings);
    size_t skip = strlen(dir);
    for (size_t i = 0; i < walk.n; i++) {
        if (rc == 0) {
            cache_key_add_str(k, walk.paths[i] + skip);
            rc = cache_key_add_file(k, walk.paths[i]);
        }
        free(walk.paths[i]);
    }
    free(walk.paths);
    walk.paths = NULL;
    walk.cap = walk.n = 0;
    return rc;
}

static int make_identity(struct grade_store *s, const char *runtime_dir, char *err, size_t errlen)
{
    struct cache_key k;
    cache_key_init(&k, "grade-identity");
    if (cache_key_add_file(&k, "/proc/self/exe") < 0) {
        snprintf(err, errlen, "cannot read the judge's own binary: %s", strerror(errno));
        return -1;
    }
    char *compiler = compile_identity(s->workdir, err, errlen);
    if (!compiler)
        return -1;
    cache_key_add_str(&k, compiler);
    free(compiler);
    if (runtime_dir && key_add_tree(&k, runtime_dir) < 0) {
        snprintf(err, errlen, "cannot read the runtime headers in %s: %s", runtime_dir,
                 strerror(errno));
        return -1;
    }
    if (cache_key_add_file(&k, "/usr/include/uthash.h") < 0)
        cache_key_add_str(&k, "(no uthash.h)");
    cache_key_final(&k, s->identity);
    return 0;
}

struct grade_store *grade_store_open(struct cache *cache, const char *state_path, bool resume,
                                     const char *runtime_dir, char *err, size_t errlen)
{
    struct grade_store *s = xcalloc(1, sizeof *s);
    s->cache = cache;
    s->state_fd = -1;
    s->state_path = xstrdup(state_path);
    s->workdir = make_temp_dir("grade-store");
    if (!s->workdir) {
        snprintf(err, errlen, "cannot create a temporary directory: %s", strerror(errno));
        grade_store_close(s);
        return NULL;
    }
    if (make_identity(s, runtime_dir, err, errlen) < 0) {
        grade_store_close(s);
        return NULL;
    }
    if (resume)
        load_journal(s);
    /* The old journal's entries are in memory; the new journal starts with them, so a
     * second interrupt loses nothing either. */
    s->state_fd = open(state_path, O_WRONLY | O_CREAT | O_TRUNC | O_APPEND | O_CLOEXEC, 0600);
    if (s->state_fd < 0) {
        snprintf(err, errlen, "cannot write the resume state %s: %s", state_path,
                 strerror(errno));
        grade_store_close(s);
        return NULL;
    }
    for (size_t i = 0; i < s->nresumed; i++) {
        char *line = xasprintf("%s %s\n", s->resumed[i].key, s->resumed[i].json);
        ssize_t n = write(s->state_fd, line, strlen(line));
        free(line);
        if (n < 0)
            break;
    }
    return s;
}

size_t grade_store_resumed(const struct grade_store *s)
{
    return s->nresumed;
}

int grade_store_problem_hash(const struct problem *p, char out[CACHE_HEX_SIZE])
{
    struct cache_key k;
    cache_key_init(&k, "grade-problem");
    if (key_add_tree(&k, p->dir) < 0)
        return -1;
    cache_key_add_str(&k, p->reference_path ? "reference" : "no reference");
    if (p->reference_path && cache_key_add_file(&k, p->reference_path) < 0)
        return -1;
    cache_key_final(&k, out);
    return 0;
}

void grade_store_key(const struct grade_store *s, const char *problem_hash, const char *sha256,
                     char out[CACHE_HEX_SIZE])
{
    struct cache_key k;
    cache_key_init(&k, "grade-result");
    cache_key_add_str(&k, s->identity);
    cache_key_add_str(&k, problem_hash);
    cache_key_add_str(&k, sha256);
    cache_key_final(&k, out);
}

static bool parse_into(const char *json, size_t len, struct grade_cell *c)
{
    char err[256];
    return grade_cell_parse(json, len, c, err, sizeof err) == 0;
}

static bool from_cache(struct grade_store *s, const char *key, struct grade_cell *c)
{
    if (!s->cache)
        return false;
    char *path = xasprintf("%s/result.json", s->workdir);
    bool hit = false;
    if (cache_get(s->cache, key, path, 0600, NULL) == 1) {
        size_t len = 0;
        char *text = read_file(path, (size_t)1 << 28, &len, NULL);
        hit = text && parse_into(text, len, c);
        free(text);
    }
    unlink(path);
    free(path);
    return hit;
}

enum grade_origin grade_store_get(struct grade_store *s, const char *key, struct grade_cell *c)
{
    struct entry probe = {0};
    snprintf(probe.key, sizeof probe.key, "%s", key);
    const struct entry *e = s->nresumed ? bsearch(&probe, s->resumed, s->nresumed,
                                                  sizeof *s->resumed, compare_entries)
                                        : NULL;
    if (e && parse_into(e->json, strlen(e->json), c))
        return ORIGIN_STATE;
    return from_cache(s, key, c) ? ORIGIN_CACHE : ORIGIN_NONE;
}

static void put_cache(struct grade_store *s, const char *key, const char *json)
{
    char *path = xasprintf("%s/put.json", s->workdir);
    if (write_file(path, json, strlen(json)) == 0)
        cache_put(s->cache, key, path, NULL);
    unlink(path);
    free(path);
}

int grade_store_put(struct grade_store *s, const char *key, const struct grade_cell *c, char *err,
                    size_t errlen)
{
    if (c->verdict == VERDICT_IE)
        return 0;
    char *json = report_grade_cell_json(c);
    /* One write() per line with O_APPEND: a line is either whole or, when the judge dies
     * in the middle of it, a last line without its newline, which load_journal drops. */
    char *line = xasprintf("%s %s", key, json);
    size_t len = strlen(line);
    ssize_t n = write(s->state_fd, line, len);
    int rc = 0;
    if (n != (ssize_t)len) {
        snprintf(err, errlen, "cannot write the resume state %s: %s", s->state_path,
                 n < 0 ? strerror(errno) : "short write");
        rc = -1;
    }
    if (s->cache)
        put_cache(s, key, json);
    free(line);
    free(json);
    return rc;
}

void grade_store_complete(struct grade_store *s)
{
    s->completed = true;
}

void grade_store_close(struct grade_store *s)
{
    if (!s)
        return;
    if (s->state_fd >= 0)
        close(s->state_fd);
    if (s->completed)
        unlink(s->state_path);
    for (size_t i = 0; i < s->nresumed; i++)
        free(s->resumed[i].json);
    free(s->resumed);
    if (s->workdir)
        remove_tree(s->workdir);
    free(s->workdir);
    free(s->state_path);
    free(s);
}
