/* Writing a program problem as a Kattis/ICPC problem package (problem format "legacy"),
 * which `judge` itself, problemtools and DOMjudge can read. docs/kattis.md has the mapping. */
#ifndef JUDGE_KATTIS_EXPORT_H
#define JUDGE_KATTIS_EXPORT_H

#include "cache.h"
#include "problem.h"
#include "util.h"

struct kattis_export_options {
    const char *runtime_dir; /* judge/runtime: the validator templates */
    struct cache *cache;     /* for generated inputs and reference outputs; may be NULL */
    const char *wrong_dir;   /* known-wrong solutions (tests/wrong/<id>/); NULL or missing: none */
};

/* Writes p (a program problem, either format) as a package in dest, which must not exist
 * or be an empty folder: problem.yaml, .timelimit, the statement, data/ (generated inputs
 * and reference outputs made like `judge test` makes them), the output validator, and
 * submissions/ (the reference as accepted, known-wrong solutions by the verdict their first
 * line names; a package's own submissions/ is copied). What the package format cannot say
 * exactly (per-group limits, sizes that are not whole MiB, ...) is appended to notes, one
 * line each. Returns 0, or -1 with a malloc'd one-line reason in *error; dest may then hold
 * a partial package. */
int kattis_export(const struct problem *p, const char *dest,
                  const struct kattis_export_options *opt, struct strbuf *notes, char **error);

#endif
