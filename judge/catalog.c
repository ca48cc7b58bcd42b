#include "catalog.h"

#include <dirent.h>
#include <stdlib.h>
#include <string.h>

#include "kattis.h"
#include "util.h"

#ifndef JUDGE_DATADIR
#define JUDGE_DATADIR "/usr/local/share/judge"
#endif

/* Looks for rel beside the executable's build tree, then under the data dir
 * relative to the executable (PREFIX/bin -> PREFIX/share/judge), then JUDGE_DATADIR. */
static char *find_beside_exe(const char *build_rel, const char *share_rel)
{
    char *dir = exe_dir();
    char *candidates[3] = {0};
    if (dir) {
        candidates[0] = xasprintf("%s/../%s", dir, build_rel);
        candidates[1] = xasprintf("%s/../share/judge/%s", dir, share_rel);
    }
    candidates[2] = xasprintf("%s/%s", JUDGE_DATADIR, share_rel);
    char *found = NULL;
    for (size_t i = 0; i < ARRAY_LEN(candidates); i++) {
        if (!found && candidates[i] && path_is_dir(candidates[i]))
            found = realpath(candidates[i], NULL);
        free(candidates[i]);
    }
    free(dir);
    return found;
}

char *catalog_root(const char *flag_dir)
{
    if (flag_dir)
        return path_is_dir(flag_dir) ? xstrdup(flag_dir) : NULL;
    const char *env = getenv("JUDGE_PROBLEMS");
    if (env && *env)
        return path_is_dir(env) ? xstrdup(env) : NULL;
    return find_beside_exe("problems", "problems");
}

char *catalog_runtime_dir(void)
{
    return find_beside_exe("judge/runtime", "runtime");
}

static int compare_strings(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

char **catalog_list(const char *root, size_t *n)
{
    *n = 0;
    DIR *d = opendir(root);
    if (!d)
        return NULL;
    size_t cap = 16;
    char **ids = xcalloc(cap, sizeof *ids);
    struct dirent *e;
    while ((e = readdir(d))) {
        if (e->d_name[0] == '.')
            continue;
        char *yaml = xasprintf("%s/%s/problem.yaml", root, e->d_name);
        if (path_is_file(yaml)) {
            if (*n == cap)
                ids = xrealloc(ids, (cap *= 2) * sizeof *ids);
            ids[(*n)++] = xstrdup(e->d_name);
        }
        free(yaml);
    }
    closedir(d);
    qsort(ids, *n, sizeof *ids, compare_strings);
    return ids;
}

void catalog_free_list(char **ids, size_t n)
{
    for (size_t i = 0; i < n; i++)
        free(ids[i]);
    free(ids);
}

static char *closest_id(const char *root, const char *name)
{
    size_t n;
    char **ids = catalog_list(root, &n);
    char *best = NULL;
    size_t best_d = (size_t)-1;
    for (size_t i = 0; i < n; i++) {
        size_t d = edit_distance(name, ids[i]);
        /* A prefix or substring match is a better hint than edit distance alone. */
        if (strstr(ids[i], name))
            d = d < 2 ? d : 2;
        if (d < best_d) {
            best_d = d;
            best = ids[i];
        }
    }
    char *result = best && best_d <= strlen(name) / 2 + 2 ? xstrdup(best) : NULL;
    catalog_free_list(ids, n);
    return result;
}

char *catalog_resolve(const char *root, const char *name, char **suggestion)
{
    *suggestion = NULL;
    if (strchr(name, '/')) {
        char *dir = xstrdup(name);
        for (size_t n = strlen(dir); n > 1 && dir[n - 1] == '/'; n--)
            dir[n - 1] = '\0';
        char *yaml = xasprintf("%s/problem.yaml", dir);
        bool ok = path_is_file(yaml);
        free(yaml);
        if (!ok)
            free(dir);
        return ok ? dir : NULL;
    }
    if (root) {
        char *dir = xasprintf("%s/%s", root, name);
        char *yaml = xasprintf("%s/problem.yaml", dir);
        bool ok = path_is_file(yaml);
        free(yaml);
        if (ok)
            return dir;
        free(dir);
        *suggestion = closest_id(root, name);
    }
    return NULL;
}

struct problem *catalog_load_problem(const char *dir, char **errors)
{
    return kattis_is_package(dir) ? kattis_load(dir, errors) : problem_load(dir, errors);
}
