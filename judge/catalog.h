/* Finding problems and the judge's runtime files on disk. */
#ifndef JUDGE_CATALOG_H
#define JUDGE_CATALOG_H

#include <stddef.h>

#include "problem.h"

/* The problems folder: flag_dir if given, else $JUDGE_PROBLEMS, else problems/
 * beside the build tree, else the installed share/judge/problems. Returns a
 * malloc'd path, or NULL when none exists. */
char *catalog_root(const char *flag_dir);

/* The folder holding leetcode.h and judge_harness.h (malloc'd), or NULL. */
char *catalog_runtime_dir(void);

/* Sorted, malloc'd ids of the problems under root (folders with a problem.yaml);
 * *n gets the count. Free with catalog_free_list. */
char **catalog_list(const char *root, size_t *n);
void catalog_free_list(char **ids, size_t n);

/* Loads the problem in dir, whichever format it has: a Kattis/ICPC package (a problem.yaml
 * beside data/sample/ or data/secret/, judge/kattis.h) or the judge's own problem.yaml
 * (judge/problem.h). Returns and fails like problem_load. */
struct problem *catalog_load_problem(const char *dir, char **errors);

/* Resolves an id under root, or a path to a problem folder. Returns the malloc'd
 * folder, or NULL with *suggestion set to the closest known id (malloc'd) or NULL. */
char *catalog_resolve(const char *root, const char *name, char **suggestion);

#endif
