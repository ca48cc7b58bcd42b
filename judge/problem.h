/* Loading a problem folder (problem.yaml + the files it names) into a typed struct.
 * See docs/problem-format.md for the format. */
#ifndef JUDGE_PROBLEM_H
#define JUDGE_PROBLEM_H

#include <stdbool.h>
#include <stddef.h>

#include "checker.h"

enum problem_kind { PROBLEM_FUNCTION, PROBLEM_PROGRAM };
enum difficulty { DIFFICULTY_EASY, DIFFICULTY_MEDIUM, DIFFICULTY_HARD };

/* Resolved limits: every field is set (no "inherit" values after loading). */
struct limits {
    long time_ms, wall_ms;
    long long memory_bytes, output_bytes;
};

enum input_kind { INPUT_INLINE, INPUT_FILE, INPUT_GENERATED };
enum output_kind {
    OUTPUT_INLINE,
    OUTPUT_FILE,
    OUTPUT_REFERENCE /* expect: reference -- what the reference solution prints */
};

struct test_case {
    char *name;
    size_t group; /* index into problem.groups */
    enum input_kind input_kind;
    char *input;     /* INLINE: the text; FILE: absolute-ish path (dir/file) */
    char **gen_argv; /* GENERATED: generator name (a declared name or a source file name),
                        then its arguments, NULL-terminated */
    enum output_kind output_kind;
    char *output; /* INLINE: the text; FILE: path; REFERENCE: NULL */
    struct limits limits;
};

struct test_group {
    char *name;
    int points;
    bool visible; /* samples are shown to the user; others hidden when grading */
    struct limits limits;
    char *description; /* the group's purpose, or NULL */
};

struct generator {
    char *name;   /* the declared name, or for `generate: gen.c ARGS` the file name */
    char *source; /* path of the C source */
};

/* One generator command of `stress:` or `complexity:`: a generator's name, then its
 * arguments with placeholders {n}, {seed}, ... (judge/sizegen.h). */
struct sized_command {
    char **argv;  /* NULL-terminated */
    long min_n;   /* the smallest size it accepts */
};

/* The `stress:` and `complexity:` keys: commands that make an input of any size n in
 * [command's min_n, max_n]. */
struct sized_inputs {
    struct sized_command *commands; /* ncommands; 0: the problem has none */
    size_t ncommands;
    long min_n, max_n;
};
struct kattis_meta; /* judge/kattis.h */

struct problem {
    char *dir, *yaml_path;
    char *id, *title, *statement_path;
    enum difficulty difficulty;
    char **tags;
    size_t ntags;
    enum problem_kind kind;
    char *signature, *harness_path; /* function problems only */
    struct limits limits;
    struct checker_spec checker;
    struct generator *generators; /* declared ones first, then those named by file */
    size_t ngenerators;
    char **hints; /* in order, from nudge to approach */
    size_t nhints;
    char *reference_path; /* the reference solution's source (absolute): the 'reference' key,
                             else <problems root>/../solutions/<id>.c; NULL when neither
                             exists (allowed unless a test says expect: reference) */
    struct test_group *groups;
    size_t ngroups;
    struct test_case *tests; /* in file order; groups are contiguous */
    size_t ntests;
    struct sized_inputs stress;     /* small random inputs for `judge stress` */
    struct sized_inputs complexity; /* growing inputs for `judge complexity` */
    struct kattis_meta *kattis; /* a Kattis/ICPC package's own settings (judge/kattis.h);
                                   NULL for the judge's own format */
};

/* Loads dir/problem.yaml. On success returns a problem that owns deep copies of
 * everything. On failure returns NULL and sets *errors to a malloc'd text of one
 * "file:line:column: message" line per problem found (all of them, not just the
 * first); the caller frees it. */
struct problem *problem_load(const char *dir, char **errors);

/* Frees p and everything it owns; accepts NULL. */
void problem_free(struct problem *p);

int problem_max_score(const struct problem *p);
const char *problem_kind_name(enum problem_kind kind);
const char *difficulty_name(enum difficulty d);
const struct generator *problem_generator(const struct problem *p, const char *name);

#endif
