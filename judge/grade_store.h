/* Where finished results are kept, so nothing is judged twice:
 *
 *   the result cache  the test data cache (cache.h) under "grade-result" keys; survives
 *                     runs, shared by every grading of every class on this machine;
 *   the resume state  a journal of the current grading (one JSON line per finished
 *                     result, appended as results come in), kept when the run is
 *                     interrupted and read back by --resume, even with --no-cache.
 *
 * Both are keyed by the result key: SHA-256 of the judge binary, the compiler's identity,
 * every file of the problem folder, its reference solution, the runtime headers and
 * uthash.h, and the submission's content. Change any of them and the old result is simply
 * never found again. */
#ifndef JUDGE_GRADE_STORE_H
#define JUDGE_GRADE_STORE_H

#include <stdbool.h>
#include <stddef.h>

#include "cache.h"
#include "grade.h"
#include "problem.h"

struct grade_store;

enum grade_origin { ORIGIN_NONE, ORIGIN_CACHE, ORIGIN_STATE };

/* Opens the store. cache may be NULL (no result cache; borrowed). state_path is the
 * journal; with resume its entries are loaded first, without it the journal is started
 * afresh. runtime_dir holds the runtime headers. Returns NULL with a reason in err when
 * the journal cannot be written or the judge's identity cannot be established. */
struct grade_store *grade_store_open(struct cache *cache, const char *state_path, bool resume,
                                     const char *runtime_dir, char *err, size_t errlen);

/* The entries taken over from the journal by --resume. */
size_t grade_store_resumed(const struct grade_store *s);

/* The part of every key of problem p (hex, into out). Returns 0, or -1 with errno when a
 * file of the problem cannot be read. */
int grade_store_problem_hash(const struct problem *p, char out[CACHE_HEX_SIZE]);

/* The result key of a submission whose content hash is sha256. */
void grade_store_key(const struct grade_store *s, const char *problem_hash, const char *sha256,
                     char out[CACHE_HEX_SIZE]);

/* Looks key up in the journal (with --resume), then in the result cache. On a hit fills the
 * verdict part of c (see grade_cell_parse) and returns where it came from; else
 * ORIGIN_NONE with c untouched. */
enum grade_origin grade_store_get(struct grade_store *s, const char *key, struct grade_cell *c);

/* Records a finished result under key: appended to the journal and stored in the cache.
 * Results with verdict IE are neither (the next run, resumed or not, tries again).
 * Returns 0, or -1 with a reason in err when the journal cannot be written. */
int grade_store_put(struct grade_store *s, const char *key, const struct grade_cell *c, char *err,
                    size_t errlen);

/* The grading finished: the journal is removed. */
void grade_store_complete(struct grade_store *s);

/* Closes the journal (kept on disk unless completed) and frees s; accepts NULL. */
void grade_store_close(struct grade_store *s);

#endif
