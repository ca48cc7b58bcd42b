/* Starter files for practising a problem: the signature with a TODO body that compiles,
 * LeetCode's comment about the structs it uses, and a short workspace README. Used by
 * `judge init` and `judge mock`. */
#ifndef JUDGE_STARTER_H
#define JUDGE_STARTER_H

#include <stddef.h>

#include "problem.h"

/* The C starter file for p (malloc'd): a header comment naming the problem and the
 * commands that judge the file, then for a function problem LeetCode's struct comment
 * (when the signature uses ListNode or TreeNode), its note on returned arrays (when it
 * has a returnSize), and the signature with a body that compiles and returns a neutral
 * value; for a program problem an empty main. file_name is what the commands in the
 * comment call the file. */
char *starter_source(const struct problem *p, const char *file_name);

/* The default file name of p's starter: "<id>.c" (malloc'd). */
char *starter_file_name(const struct problem *p);

/* A short README for a practice folder holding the starters of the n problems (malloc'd). */
char *starter_readme(const struct problem *const *problems, size_t n);

/* Creates the folder path and its missing parents (mode 0755); an existing folder is
 * fine. Returns 0, or -1 with errno. */
int starter_make_folder(const char *path);

/* Writes text to dir/name unless that file exists: never overwrites. Returns 1 when
 * written, 0 when the file was already there (left untouched), -1 with errno on error. */
int starter_write_new(const char *dir, const char *name, const char *text);

#endif
