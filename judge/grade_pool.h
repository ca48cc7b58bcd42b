/* Judging many submissions at once: a pool of worker processes, each one run of
 * `judge test PROBLEM FILE --json` (the judge's own binary), pinned to a CPU.
 *
 * Why child processes of the judge itself: the judge is single-threaded and keeps
 * per-process state (the seccomp program, the interrupt flag); a fresh process per pair
 * gives every submission exactly the environment `judge test` gives it, a worker that
 * dies takes nothing else with it, and the answer crosses the process boundary as the
 * documented JSON, parsed with jansson. Output goes to files, not pipes, so a worker
 * never blocks on a parent busy elsewhere. */
#ifndef JUDGE_GRADE_POOL_H
#define JUDGE_GRADE_POOL_H

#include <stdbool.h>
#include <stddef.h>

#include "grade.h"

struct grade_job {
    const char *problem_dir; /* borrowed */
    const char *solution;    /* borrowed */
    struct grade_cell cell;  /* filled when the job finishes: the verdict part */
    bool done;
};

struct grade_pool_options {
    int jobs;                  /* workers at once, at least 1 */
    const char *exe;           /* the judge binary */
    const char *problems_root; /* passed as --problems */
    bool no_cache;             /* pass --no-cache */
    bool pin;                  /* pin worker slot i to the i-th allowed CPU (mod their count) */
    /* Called in the parent as jobs start and finish, and every tick_ms while waiting
     * (when tick_ms > 0). */
    void (*started)(void *ctx, size_t job);
    void (*finished)(void *ctx, size_t job);
    void (*tick)(void *ctx);
    long tick_ms;
    void *ctx;
};

/* The CPUs this process may run on: the default for --jobs. */
int grade_pool_cpus(void);

/* Runs every job. A worker that fails (crashes, prints no JSON) gives its job an IE cell
 * saying so. On SIGINT/SIGTERM/SIGHUP (sandbox_install_interrupt_handlers must be in
 * place) no job is started any more, the running workers are interrupted and reaped --
 * they kill their sandboxed programs and remove their files -- and -1 is returned; jobs
 * that finished before have done set. Returns 0 when every job finished. The judge's own
 * failures (no temporary directory, fork) die(). */
int grade_pool_run(struct grade_job *jobs, size_t n, const struct grade_pool_options *o);

#endif
