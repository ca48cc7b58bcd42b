/* The in-memory result of `judge grade` and `judge merge`: the roster (students, problems,
 * files nobody could place), one cell per judged (student, problem) pair, and the totals.
 * Every report is made from this one struct; docs/json.md describes its JSON form. */
#ifndef JUDGE_GRADE_H
#define JUDGE_GRADE_H

#include <stdbool.h>
#include <stddef.h>

#include "cache.h"
#include "verdict.h"

/* One test object, exactly the fields of `judge test --json`. */
struct grade_test {
    char *name, *group;
    enum verdict verdict;
    long time_ms, wall_ms;
    long long memory_kib;
    bool exited; /* exit_code is set (else null) */
    int exit_code;
    char *signal; /* "SEGV", or NULL */
    char *message;
    bool visible;
    char *diff, *out, *err; /* NULL = null */
};

/* A judged submission: what `judge test --json` said about one file, plus where it came
 * from. Strings are owned by the cell. */
struct grade_cell {
    char *student, *problem;
    char *file;     /* relative to the submissions folder: "alice/max-subarray.c" */
    char *solution; /* the path judged: the submissions folder as given, then file */
    char sha256[CACHE_HEX_SIZE]; /* of the file's content */
    bool cached;                 /* taken from the result cache or the resume state */
    enum verdict verdict;
    int score, max_score;
    char *compile_status; /* "ok", "error", "internal-error" */
    long compile_ms;
    char *compile_log, *compile_notes;
    struct grade_test *tests;
    size_t ntests;
    char *error; /* NULL unless IE */
};

/* A problem's test as the reports need it: its limits, for bars relative to them. */
struct grade_problem_test {
    char *name, *group;
    bool visible;
    long time_limit_ms;
    long long memory_limit_bytes;
};

struct grade_problem {
    char *id, *title;
    int max_score;
    struct grade_problem_test *tests;
    size_t ntests;
};

/* Totals over the problems of this result (this shard's pairs only, in a shard). */
struct grade_student {
    char *name;
    int score, max_score;
    int submitted, solved; /* files judged; cells with verdict AC */
    long cpu_ms;           /* CPU time of every test of every cell */
    int rank;              /* 1 = best score; equal scores share a rank */
};

struct grade_unknown {
    char *path; /* relative to the submissions folder */
    char *reason;
};

/* How this run went; the figures change from run to run (see docs/json.md). */
struct grade_run_stats {
    int jobs;
    long long elapsed_ms;
    int judged;     /* judged by a worker in this run */
    int from_cache; /* taken from the result cache */
    int from_state; /* taken from the state of an interrupted run (--resume) */
    int duplicates; /* identical to another file of this run, judged once */
};

struct grade_result {
    char *submissions; /* the folder as given */
    struct grade_problem *problems; /* sorted by id */
    size_t nproblems;
    struct grade_student *students; /* sorted by name */
    size_t nstudents;
    struct grade_cell *cells; /* sorted by (student, problem); only judged pairs */
    size_t ncells;
    struct grade_unknown *unknown; /* sorted by path */
    size_t nunknown;
    int shard_index, shard_count; /* 1-based K of N; 0, 0 = every pair */
    bool hidden_details;          /* hidden tests keep their messages and output */
    bool deterministic;           /* timings and run figures written as 0 */
    struct grade_run_stats run;
};

/* Frees everything r owns and zeroes it; accepts a zeroed result. */
void grade_result_free(struct grade_result *r);
void grade_cell_free(struct grade_cell *c);

/* A deep copy of src into dst. */
void grade_cell_copy(struct grade_cell *dst, const struct grade_cell *src);

/* The verdict with code text ("TLE"); returns 0, or -1 for an unknown code. */
int grade_verdict_parse(const char *code, enum verdict *out);

/* The shard (1..count) that grades the pair: a hash of "student/problem", so a pair keeps
 * its shard when students or problems are added. */
int grade_shard_of(const char *student, const char *problem, int count);

/* Whether the pair belongs to this result: always, unless r is one shard of several. */
bool grade_in_slice(const struct grade_result *r, const char *student, const char *problem);

/* The cell of (student si, problem pi), or NULL when that pair was not judged here. */
const struct grade_cell *grade_cell_at(const struct grade_result *r, size_t si, size_t pi);

/* Index of the problem id, or -1. */
int grade_problem_index(const struct grade_result *r, const char *id);

/* The first test of c that did not pass, or NULL. */
const struct grade_test *grade_first_failure(const struct grade_cell *c);

/* Sorts cells and unknown files, computes the students' totals and ranks, and applies
 * hidden_details (blanks what hidden tests said, unless set) and deterministic (zeroes
 * timings and run figures, when set). Call once the cells are in; idempotent. */
void grade_result_finish(struct grade_result *r);

/* Percent of the maximum (0..100) for a total; 100 when max is 0. */
double grade_percent(int score, int max);

/* A one-line explanation of a cell for short reports: "WA on edge/single-zero: line 1..."
 * (hidden tests: "WA on edge/single-zero (hidden test)"), "CE: <first line of the log>",
 * "IE: <error>", or "AC". malloc'd. */
char *grade_cell_summary(const struct grade_cell *c);

#endif
