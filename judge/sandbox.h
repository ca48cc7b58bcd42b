/* Runs one untrusted program with limits and measures it. */
#ifndef JUDGE_SANDBOX_H
#define JUDGE_SANDBOX_H

#include <stdbool.h>
#include <stddef.h>

struct run_limits {
    long cpu_ms;            /* CPU time (user + system) */
    long wall_ms;           /* wall clock */
    long long memory_bytes; /* peak resident memory; 0 = unlimited */
    long long output_bytes; /* each written file (stdout, stderr, channel) */
    long long stack_bytes;  /* 0 = same as memory_bytes */
    int max_processes;      /* 0 = the program may not fork at all */
};

/* How much the run is trusted; every profile gets its own session, rlimits, a
 * fixed environment, no_new_privs and Landlock. */
enum sandbox_profile {
    SANDBOX_SUBMISSION, /* untrusted: + seccomp allowlist, + another uid when root */
    SANDBOX_HELPER,     /* the problem's generator or checker: + seccomp, same uid */
    SANDBOX_COMPILER,   /* gcc: may fork its passes; reads the toolchain; another uid */
    /* A submission built with AddressSanitizer + UBSan (judge test --sanitize): the
     * submission's layers and seccomp allowlist, but no RLIMIT_AS (the runtime reserves
     * terabytes of shadow address space) with the resident memory watched live instead,
     * and the shared libraries and the program's own /proc/self readable. */
    SANDBOX_SANITIZED,
};

struct run_spec {
    enum sandbox_profile profile;
    const char *const *argv;  /* argv[0] is the program's path */
    const char *workdir;      /* cwd of the program; must exist */
    const char *stdin_path;   /* NULL = /dev/null */
    const char *stdout_path;  /* NULL = /dev/null */
    const char *stderr_path;  /* NULL = /dev/null */
    const char *channel_path; /* opened as fd 3 for writing, or NULL */
    const char *const *envp;  /* NULL = a fixed minimal environment */
    /* Files or folders the program may also read (Landlock); NULL-terminated. The
     * program itself (argv[0]) is readable and executable, workdir read-write. */
    const char *const *readable;
    struct run_limits limits;
};

enum run_outcome {
    RUN_EXITED,       /* exited normally; see exit_code */
    RUN_SIGNALED,     /* killed by a signal it raised or caused; see signal */
    RUN_CPU_LIMIT,    /* CPU time over the limit */
    RUN_WALL_LIMIT,   /* wall clock over the limit */
    RUN_MEMORY_LIMIT, /* peak memory over the limit */
    RUN_OUTPUT_LIMIT, /* tried to write more than output_bytes */
    RUN_FORBIDDEN,    /* a forbidden system call: see error for its name */
    RUN_SETUP_FAILED, /* the judge could not start it: see error */
    RUN_INTERRUPTED,  /* the judge was interrupted (Ctrl-C) */
};

struct run_result {
    enum run_outcome outcome;
    int exit_code; /* RUN_EXITED */
    int signal;    /* the terminating signal, when there was one */
    long cpu_ms, wall_ms;
    long long cpu_us; /* cpu_ms in microseconds, for measuring growth (judge complexity) */
    long long peak_kib;
    char error[256]; /* RUN_SETUP_FAILED: which step failed and why; RUN_FORBIDDEN: the call */
};

/* Runs spec->argv[0] in its own session and process group with the limits applied,
 * waits for it (killing the whole group at the wall limit), and fills *res.
 * Always returns with no process of the run left alive. Returns 0 when the
 * program ran (whatever it did), -1 on RUN_SETUP_FAILED or RUN_INTERRUPTED. */
int sandbox_run(const struct run_spec *spec, struct run_result *res);

/* Prepares what every run shares (the seccomp program). Called by sandbox_run
 * on first use; returns 0 or -1 with a message in err. */
int sandbox_init(char *err, size_t errlen);

/* What this machine gives the sandbox, for `judge doctor` and the tests. */
struct sandbox_layers {
    bool seccomp;     /* the allowlist and its supervisor */
    int landlock_abi; /* 0 = no Landlock */
    bool drops_uid;   /* running as root: runs use SANDBOX_UID */
};
void sandbox_layers(struct sandbox_layers *out);

/* The uid and gid runs use when the judge is root ($JUDGE_SANDBOX_UID overrides). */
#define SANDBOX_UID 60000

/* Installs SIGINT/SIGTERM/SIGHUP handlers that kill the running child's process
 * group and make sandbox_run return RUN_INTERRUPTED; callers then unwind and
 * clean up. sandbox_interrupted() tells whether that happened. */
void sandbox_install_interrupt_handlers(void);
bool sandbox_interrupted(void);
int sandbox_interrupt_signal(void);

/* "SIGSEGV (segmentation fault)"-style description; static storage. */
const char *sandbox_signal_name(int sig);

#endif
