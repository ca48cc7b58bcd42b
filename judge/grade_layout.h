/* Finding the submissions of a class in a folder:
 *
 *   DIR/<student>/<problem-id>.c      one folder per student
 *   DIR/<student>-<problem-id>.c      or flat files
 *
 * Everything else -- other files, folders inside a student's folder, unknown problem ids,
 * symbolic links, a flat file that duplicates a folder's -- is reported, never skipped
 * silently. Names starting with '.' (.git, .github) are ignored. */
#ifndef JUDGE_GRADE_LAYOUT_H
#define JUDGE_GRADE_LAYOUT_H

#include <stddef.h>

#include "grade.h"

struct grade_submission {
    char *student, *problem;
    char *file; /* relative to the folder: "alice/max-subarray.c" or "bob-max-subarray.c" */
};

struct grade_layout {
    char **students; /* sorted; a student folder with no submission still counts */
    size_t nstudents;
    struct grade_submission *subs; /* sorted by (student, problem) */
    size_t nsubs;
    struct grade_unknown *unknown; /* sorted by path */
    size_t nunknown;
};

/* Scans dir against the known problem ids (ids[0..nids)). Returns 0 and fills *out (free
 * with grade_layout_free), or -1 with a one-line reason in err when dir cannot be read. */
int grade_layout_scan(const char *dir, char *const *ids, size_t nids, struct grade_layout *out,
                      char *err, size_t errlen);

void grade_layout_free(struct grade_layout *l);

#endif
