/*
 * Theory of operation
 *
 * The judge process forks one child per run. The child, before execve, walks a
 * straight sequence of steps, each a small function below: new session (so the
 * whole run is one process group the parent can kill at once) -> standard fds
 * from the spec's files, fd 3 = the judge channel, every other fd close-on-exec
 * -> cwd = the run's scratch directory -> rlimits -> execve with a fixed
 * environment. A step that fails writes "step: errno" into a close-on-exec
 * error pipe and _exits; the parent reads that pipe (EOF means execve
 * succeeded) and reports RUN_SETUP_FAILED, an internal error, never the
 * submission's fault.
 *
 * The parent watches the child through a pidfd: poll() wakes when it exits or
 * when a deadline passes. Deadlines: the wall limit, and the earliest moment the
 * CPU limit could be crossed (CPU time cannot run ahead of wall time for a
 * single thread, so sleeping for the remaining CPU budget is safe). RLIMIT_CPU
 * is only a backstop for the case the parent is starved. On any limit the whole
 * process group gets SIGKILL; after the child is reaped the group is killed
 * again so nothing it forked survives.
 *
 * Limits: memory is judged by peak RSS (ru_maxrss > limit -> MLE). RLIMIT_AS
 * sits well above it (twice the limit plus AS_HEADROOM), so a program that
 * overshoots is measured and reported as MLE instead of crashing on a NULL
 * from malloc and looking like RE or WA; the address-space limit remains the
 * backstop that keeps a runaway program from taking the machine. RLIMIT_FSIZE caps every file it writes (SIGXFSZ -> OLE);
 * RLIMIT_CORE = 0. Fork bombs, sockets and file access are the seccomp /
 * Landlock layers' job (see the sandbox issue), not this file's yet.
 */

#include "sandbox.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "util.h"

/* Address space granted beyond twice the memory limit (see the comment above). */
#define AS_HEADROOM ((rlim_t)512 << 20)

#ifndef CLOSE_RANGE_CLOEXEC
#define CLOSE_RANGE_CLOEXEC (1U << 2)
#endif

static volatile sig_atomic_t interrupt_signal;
static volatile pid_t running_group;

static void on_interrupt(int sig)
{
    interrupt_signal = sig;
    if (running_group > 0)
        kill(-running_group, SIGKILL);
}

void sandbox_install_interrupt_handlers(void)
{
    struct sigaction sa = {0};
    sa.sa_handler = on_interrupt;
    sigemptyset(&sa.sa_mask);
    /* No SA_RESTART: poll() must return EINTR so the run loop notices. */
    int sigs[] = {SIGINT, SIGTERM, SIGHUP};
    for (size_t i = 0; i < ARRAY_LEN(sigs); i++)
        sigaction(sigs[i], &sa, NULL);
}

bool sandbox_interrupted(void)
{
    return interrupt_signal != 0;
}

int sandbox_interrupt_signal(void)
{
    return interrupt_signal;
}

/* ---- child side: async-signal-safe only, no stdio, leave with _exit ---- */

static _Noreturn void child_fail(int errfd, const char *step)
{
    int e = errno;
    char buf[200];
    size_t n = strlen(step);
    if (n > sizeof buf - 20)
        n = sizeof buf - 20;
    memcpy(buf, step, n);
    buf[n++] = ':';
    /* errno as decimal; the parent turns it into text */
    char digits[12];
    int d = 0;
    do {
        digits[d++] = (char)('0' + e % 10);
        e /= 10;
    } while (e && d < 11);
    while (d)
        buf[n++] = digits[--d];
    ssize_t ignored = write(errfd, buf, n);
    (void)ignored;
    _exit(127);
}

static int open_onto(const char *path, int flags, int target)
{
    int fd = open(path ? path : "/dev/null", flags | O_CLOEXEC, 0600);
    if (fd < 0)
        return -1;
    /* open() may return target itself when it was free: then only clear CLOEXEC. */
    if (fd == target)
        return fcntl(fd, F_SETFD, 0);
    if (dup3(fd, target, 0) < 0)
        return -1;
    close(fd);
    return 0;
}

static void child_setup_fds(const struct run_spec *spec, int errfd)
{
    const int wr = O_WRONLY | O_CREAT | O_TRUNC;
    /* errfd may sit on 0..3; move it out of the way first. */
    if (errfd <= 3) {
        int moved = fcntl(errfd, F_DUPFD_CLOEXEC, 10);
        if (moved < 0)
            child_fail(errfd, "dup error pipe");
        errfd = moved;
    }
    if (open_onto(spec->stdin_path, O_RDONLY, 0) < 0)
        child_fail(errfd, "open stdin");
    if (open_onto(spec->stdout_path, wr, 1) < 0)
        child_fail(errfd, "open stdout");
    if (open_onto(spec->stderr_path, wr, 2) < 0)
        child_fail(errfd, "open stderr");
    if (spec->channel_path && open_onto(spec->channel_path, wr, 3) < 0)
        child_fail(errfd, "open channel");
    int first_closed = spec->channel_path ? 4 : 3;
    /* Everything the judge holds open is invisible to the program. */
    if (syscall(SYS_close_range, first_closed, ~0U, CLOSE_RANGE_CLOEXEC) < 0)
        child_fail(errfd, "close_range");
}

static void set_limit(int errfd, int resource, rlim_t value, const char *step)
{
    struct rlimit rl = {value, value};
    if (setrlimit(resource, &rl) < 0)
        child_fail(errfd, step);
}

static void child_setup_limits(const struct run_limits *lim, int errfd)
{
    if (lim->cpu_ms > 0) {
        /* Backstop only: the parent enforces the exact limit. */
        rlim_t secs = (rlim_t)(lim->cpu_ms / 1000) + 2;
        set_limit(errfd, RLIMIT_CPU, secs, "setrlimit CPU");
    }
    if (lim->memory_bytes > 0) {
        rlim_t as = (rlim_t)lim->memory_bytes * 2 + AS_HEADROOM;
        set_limit(errfd, RLIMIT_AS, as, "setrlimit AS");
        rlim_t stack = (rlim_t)(lim->stack_bytes ? lim->stack_bytes : lim->memory_bytes);
        set_limit(errfd, RLIMIT_STACK, stack, "setrlimit STACK");
    }
    if (lim->output_bytes > 0)
        set_limit(errfd, RLIMIT_FSIZE, (rlim_t)lim->output_bytes, "setrlimit FSIZE");
    set_limit(errfd, RLIMIT_CORE, 0, "setrlimit CORE");
    set_limit(errfd, RLIMIT_NOFILE, 64, "setrlimit NOFILE");
}

static const char *const default_env[] = {"PATH=/usr/local/bin:/usr/bin:/bin", "LC_ALL=C", NULL};

static _Noreturn void child_main(const struct run_spec *spec, int errfd)
{
    /* The child inherits the judge's handlers; a Ctrl-C must kill it plainly. */
    signal(SIGINT, SIG_DFL);
    signal(SIGTERM, SIG_DFL);
    signal(SIGHUP, SIG_DFL);
    signal(SIGPIPE, SIG_DFL);
    sigset_t none;
    sigemptyset(&none);
    sigprocmask(SIG_SETMASK, &none, NULL);
    if (setsid() < 0)
        child_fail(errfd, "setsid");
    child_setup_fds(spec, errfd);
    if (chdir(spec->workdir) < 0)
        child_fail(errfd, "chdir");
    child_setup_limits(&spec->limits, errfd);
    const char *const *envp = spec->envp ? spec->envp : default_env;
    execve(spec->argv[0], (char *const *)spec->argv, (char *const *)envp);
    child_fail(errfd, "execve");
}

/* ---- parent side ---- */

static long timeval_ms(struct timeval tv)
{
    return (long)tv.tv_sec * 1000 + tv.tv_usec / 1000;
}

static long child_cpu_ms(pid_t pid)
{
    clockid_t clk;
    struct timespec ts;
    if (clock_getcpuclockid(pid, &clk) != 0 || clock_gettime(clk, &ts) != 0)
        return -1;
    return (long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* Reads the setup error the child left in the pipe; 0 bytes = execve succeeded. */
static bool read_setup_error(int fd, struct run_result *res)
{
    char buf[200];
    ssize_t n;
    do
        n = read(fd, buf, sizeof buf - 1);
    while (n < 0 && errno == EINTR);
    if (n <= 0)
        return false;
    buf[n] = '\0';
    char *colon = strrchr(buf, ':');
    int e = colon ? (int)strtol(colon + 1, NULL, 10) : 0;
    if (colon)
        *colon = '\0';
    snprintf(res->error, sizeof res->error, "%s: %s", buf, strerror(e));
    return true;
}

enum stop_reason { STOP_NONE, STOP_WALL, STOP_CPU, STOP_INTERRUPT };

/* Waits until the child exits or a limit is hit; kills the group on a limit. */
static enum stop_reason watch_child(pid_t pid, int pidfd, const struct run_limits *lim,
                                    long long start_ms)
{
    for (;;) {
        if (interrupt_signal) {
            kill(-pid, SIGKILL);
            return STOP_INTERRUPT;
        }
        long long elapsed = now_ms() - start_ms;
        long wait_ms = lim->wall_ms > 0 ? (long)(lim->wall_ms - elapsed) : 1000;
        if (lim->wall_ms > 0 && wait_ms <= 0) {
            kill(-pid, SIGKILL);
            return STOP_WALL;
        }
        if (lim->cpu_ms > 0) {
            long cpu = child_cpu_ms(pid);
            if (cpu > lim->cpu_ms) {
                kill(-pid, SIGKILL);
                return STOP_CPU;
            }
            long cpu_left = lim->cpu_ms - (cpu < 0 ? 0 : cpu) + 1;
            if (cpu_left < wait_ms)
                wait_ms = cpu_left < 5 ? 5 : cpu_left;
        }
        struct pollfd p = {.fd = pidfd, .events = POLLIN};
        int r = poll(&p, 1, (int)wait_ms);
        if (r > 0)
            return STOP_NONE;
        if (r < 0 && errno != EINTR)
            return STOP_NONE; /* fall back to a blocking wait */
    }
}

static void classify(const struct run_limits *lim, enum stop_reason stop, int status,
                     struct run_result *res)
{
    if (WIFSIGNALED(status))
        res->signal = WTERMSIG(status);
    if (WIFEXITED(status))
        res->exit_code = WEXITSTATUS(status);
    if (stop == STOP_INTERRUPT)
        res->outcome = RUN_INTERRUPTED;
    else if (res->signal == SIGXFSZ)
        res->outcome = RUN_OUTPUT_LIMIT;
    else if (stop == STOP_CPU || res->signal == SIGXCPU ||
             (lim->cpu_ms > 0 && res->cpu_ms > lim->cpu_ms))
        res->outcome = RUN_CPU_LIMIT;
    else if (stop == STOP_WALL)
        res->outcome = RUN_WALL_LIMIT;
    else if (lim->memory_bytes > 0 && res->peak_kib * 1024 > lim->memory_bytes)
        res->outcome = RUN_MEMORY_LIMIT;
    else if (WIFSIGNALED(status))
        res->outcome = RUN_SIGNALED;
    else
        res->outcome = RUN_EXITED;
}

int sandbox_run(const struct run_spec *spec, struct run_result *res)
{
    *res = (struct run_result){0};
    if (interrupt_signal) {
        res->outcome = RUN_INTERRUPTED;
        return -1;
    }
    int errpipe[2];
    if (pipe2(errpipe, O_CLOEXEC) < 0) {
        res->outcome = RUN_SETUP_FAILED;
        snprintf(res->error, sizeof res->error, "pipe: %s", strerror(errno));
        return -1;
    }
    fflush(NULL);
    long long start = now_ms();
    pid_t pid = fork();
    if (pid < 0) {
        res->outcome = RUN_SETUP_FAILED;
        snprintf(res->error, sizeof res->error, "fork: %s", strerror(errno));
        close(errpipe[0]);
        close(errpipe[1]);
        return -1;
    }
    if (pid == 0) {
        close(errpipe[0]);
        child_main(spec, errpipe[1]);
    }
    running_group = pid;
    close(errpipe[1]);
    bool setup_failed = read_setup_error(errpipe[0], res);
    close(errpipe[0]);

    enum stop_reason stop = STOP_NONE;
    int pidfd = (int)syscall(SYS_pidfd_open, pid, 0);
    if (!setup_failed && pidfd >= 0)
        stop = watch_child(pid, pidfd, &spec->limits, start);
    if (pidfd >= 0)
        close(pidfd);

    int status = 0;
    struct rusage ru = {0};
    while (wait4(pid, &status, 0, &ru) < 0 && errno == EINTR)
        ;
    /* Anything the program forked dies with it. */
    kill(-pid, SIGKILL);
    running_group = 0;
    res->wall_ms = (long)(now_ms() - start);
    res->cpu_ms = timeval_ms(ru.ru_utime) + timeval_ms(ru.ru_stime);
    res->peak_kib = ru.ru_maxrss;
    if (setup_failed) {
        res->outcome = RUN_SETUP_FAILED;
        return -1;
    }
    classify(&spec->limits, stop, status, res);
    return res->outcome == RUN_INTERRUPTED ? -1 : 0;
}

const char *sandbox_signal_name(int sig)
{
    static char buf[64];
    const char *abbrev = sigabbrev_np(sig);
    const char *desc = sigdescr_np(sig);
    if (!abbrev) {
        snprintf(buf, sizeof buf, "signal %d", sig);
        return buf;
    }
    switch (sig) {
    case SIGSEGV:
        desc = "segmentation fault: invalid memory access";
        break;
    case SIGFPE:
        desc = "arithmetic error, e.g. division by zero";
        break;
    case SIGABRT:
        desc = "aborted, e.g. a failed assert or a corrupted heap";
        break;
    default:
        break;
    }
    snprintf(buf, sizeof buf, "SIG%s (%s)", abbrev, desc ? desc : "?");
    return buf;
}
