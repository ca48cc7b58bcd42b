/* Runs one untrusted program with limits and measures it. */
#ifndef JUDGE_SANDBOX_H
#define JUDGE_SANDBOX_H

#include <stdbool.h>

struct run_limits {
    long cpu_ms;            /* CPU time (user + system) */
    long wall_ms;           /* wall clock */
    long long memory_bytes; /* peak resident memory; 0 = unlimited */
    long long output_bytes; /* each written file (stdout, stderr, channel) */
    long long stack_bytes;  /* 0 = same as memory_bytes */
    int max_processes;      /* 0 = the program may not fork at all */
};

struct run_spec {
    const char *const *argv;  /* argv[0] is the program's path */
    const char *workdir;      /* cwd of the program; must exist */
    const char *stdin_path;   /* NULL = /dev/null */
    const char *stdout_path;  /* NULL = /dev/null */
    const char *stderr_path;  /* NULL = /dev/null */
    const char *channel_path; /* opened as fd 3 for writing, or NULL */
    const char *const *envp;  /* NULL = a fixed minimal environment */
    struct run_limits limits;
};

enum run_outcome {
    RUN_EXITED,       /* exited normally; see exit_code */
    RUN_SIGNALED,     /* killed by a signal it raised or caused; see signal */
    RUN_CPU_LIMIT,    /* CPU time over the limit */
    RUN_WALL_LIMIT,   /* wall clock over the limit */
    RUN_MEMORY_LIMIT, /* peak memory over the limit */
    RUN_OUTPUT_LIMIT, /* tried to write more than output_bytes */
    RUN_SETUP_FAILED, /* the judge could not start it: see error */
    RUN_INTERRUPTED,  /* the judge was interrupted (Ctrl-C) */
};

struct run_result {
    enum run_outcome outcome;
    int exit_code; /* RUN_EXITED */
    int signal;    /* the terminating signal, when there was one */
    long cpu_ms, wall_ms;
    long long peak_kib;
    char error[256]; /* RUN_SETUP_FAILED: which step failed and why */
};

/* Runs spec->argv[0] in its own session and process group with the limits applied,
 * waits for it (killing the whole group at the wall limit), and fills *res.
 * Always returns with no process of the run left alive. Returns 0 when the
 * program ran (whatever it did), -1 on RUN_SETUP_FAILED or RUN_INTERRUPTED. */
int sandbox_run(const struct run_spec *spec, struct run_result *res);

/* Installs SIGINT/SIGTERM/SIGHUP handlers that kill the running child's process
 * group and make sandbox_run return RUN_INTERRUPTED; callers then unwind and
 * clean up. sandbox_interrupted() tells whether that happened. */
void sandbox_install_interrupt_handlers(void);
bool sandbox_interrupted(void);
int sandbox_interrupt_signal(void);

/* "SIGSEGV (segmentation fault)"-style description; static storage. */
const char *sandbox_signal_name(int sig);

#endif
