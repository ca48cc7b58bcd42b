/* Kattis/ICPC problem packages, read into the same struct problem as the judge's own
 * format: problem.yaml with the package format's keys, data/sample/ and data/secret/ with
 * .in/.ans pairs, the default output validator's flags or a custom output validator, and
 * submissions/<verdict>/ for `judge validate`. Program problems only (stdin/stdout,
 * pass-fail). docs/kattis.md says which keys are read and which defaults apply. */
#ifndef JUDGE_KATTIS_H
#define JUDGE_KATTIS_H

#include <stdbool.h>

#include "problem.h"
#include "verdict.h"

/* Where a package's time limit came from. */
enum kattis_time_source {
    KATTIS_TIME_YAML,    /* limits.time_limit in problem.yaml (format 2023-07) */
    KATTIS_TIME_FILE,    /* a .timelimit file in the package (DOMjudge, problemtools) */
    KATTIS_TIME_DEFAULT, /* neither: KATTIS_DEFAULT_TIME_MS */
};

#define KATTIS_DEFAULT_TIME_MS   1000
#define KATTIS_DEFAULT_MEMORY_MB 2048
#define KATTIS_DEFAULT_OUTPUT_MB 8

/* What a package says beyond struct problem; plain data, owned by the problem
 * (problem->kattis, freed by problem_free). */
struct kattis_meta {
    char version[24];          /* problem_format_version, "legacy" when absent */
    double time_multiplier;    /* the slowest accepted submission x this fits the time limit */
    double time_safety_margin; /* time_limit_exceeded submissions exceed the limit x this */
    enum kattis_time_source time_source;
};

/* The folders of submissions/ that `judge validate` runs, and the verdict each promises. */
struct kattis_folder {
    const char *name;
    enum verdict verdict;
};
extern const struct kattis_folder kattis_folders[4];

/* Whether dir looks like a Kattis package: a problem.yaml and a data/ folder holding
 * sample/ or secret/. Touches only the file system. */
bool kattis_is_package(const char *dir);

/* Loads the package in dir. On success returns a program problem owning deep copies of
 * everything (id: the folder's name; groups: data/sample, visible, and data/secret and its
 * subfolders, hidden; tests: the .in/.ans pairs in the package's lexicographic order).
 * On failure returns NULL and sets *errors to a malloc'd text of one line per problem
 * found ("file:line:col: message" for problem.yaml, "path: message" for the rest); the
 * caller frees it. */
struct problem *kattis_load(const char *dir, char **errors);

#endif
