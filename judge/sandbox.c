/*
 * Theory of operation
 *
 * Processes. The judge forks one child per run; the child execs the program and
 * is the whole run: submissions cannot fork (seccomp), so the run is a single
 * process. Only the compiler profile may fork (gcc -> cc1, as, ld), and all of
 * them stay in the child's session and process group.
 *
 * Child setup, a straight sequence of small steps (child_main), each needing
 * what the later ones give up: new session -> stdin/stdout/stderr from the
 * spec's files, fd 3 = the judge channel, the program opened as POLICY_EXEC_FD,
 * every other fd close-on-exec -> cwd = the run's directory -> rlimits -> the
 * Landlock ruleset prepared (paths still reachable) -> another uid when root ->
 * no_new_privs -> Landlock enforced -> the seccomp filter loaded (its listener
 * sent to the parent) -> execveat(POLICY_EXEC_FD), the one exec the filter
 * allows. A failing step sends "step:errno" over a close-on-exec socket and
 * _exits; the parent reads the socket until EOF (= execve happened) and turns
 * a setup failure into RUN_SETUP_FAILED, the judge's fault, never the
 * submission's.
 *
 * The parent watches the child through a pidfd and the seccomp listener:
 * poll() wakes when it exits, when it makes a call the filter routes to the
 * supervisor, or when a deadline passes. Deadlines: the wall limit, and the
 * earliest moment the CPU limit could be crossed (a single thread's CPU time
 * cannot run ahead of wall time, so sleeping for the remaining CPU budget is
 * safe); RLIMIT_CPU is only a backstop. A forbidden call is recorded by name
 * and the run killed (SV); exit_group is let through after reading the
 * program's VmHWM, its own peak RSS (ru_maxrss would include what the judge had
 * resident when it forked). On any limit the process group gets SIGKILL, and
 * again after the child is reaped.
 *
 * Limits: memory is judged by resident peak (VmHWM at exit, ru_maxrss for a
 * program killed by a signal) against the limit -> MLE. RLIMIT_AS sits well
 * above it (twice the limit plus AS_HEADROOM) so overshooting is measured as
 * MLE instead of a NULL from malloc looking like RE; it is the backstop that
 * keeps a runaway program from taking the machine. RLIMIT_FSIZE caps every
 * file it writes (SIGXFSZ -> OLE); RLIMIT_CORE = 0; RLIMIT_NOFILE = 64.
 *
 * Sanitized runs (judge test --sanitize, SANDBOX_SANITIZED) differ in two ways only:
 * AddressSanitizer reserves terabytes of shadow address space, so there is no
 * RLIMIT_AS and the supervisor reads the resident memory every RSS_POLL_MS instead,
 * killing the run at the limit (MLE); and the program is dynamic (the sanitizer
 * runtimes are shared libraries), so the system's libraries and its own /proc/self
 * (the runtime reads its memory map) are readable. The seccomp allowlist is the
 * submissions' own: the runtime needs no call beyond it once leak detection (ptrace,
 * threads) and the external symbolizer (another process) are off (sanitize.c).
 * docs/sandbox.md has the threat model.
 */

#include "sandbox.h"

#include <elf.h>
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <grp.h>
#include <linux/seccomp.h>
#include <sys/ioctl.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "landlock.h"
#include "policy.h"
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

/* ---- shared, prepared once ---- */

static struct policy policy;
static bool policy_ready;
static char policy_error[200];
static uid_t sandbox_uid = SANDBOX_UID;

int sandbox_init(char *err, size_t errlen)
{
    if (!policy_ready && !policy_error[0]) {
        const char *uid = getenv("JUDGE_SANDBOX_UID");
        if (uid && *uid)
            sandbox_uid = (uid_t)strtoul(uid, NULL, 10);
        if (policy_build(&policy, policy_error, sizeof policy_error) == 0)
            policy_ready = true;
    }
    if (!policy_ready && err)
        snprintf(err, errlen, "%s", policy_error);
    return policy_ready ? 0 : -1;
}

void sandbox_layers(struct sandbox_layers *out)
{
    out->seccomp = sandbox_init(NULL, 0) == 0;
    out->landlock_abi = landlock_abi();
    out->drops_uid = geteuid() == 0;
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
    ssize_t ignored = send(errfd, buf, n, MSG_NOSIGNAL);
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

/* Standard fds from the spec, fd 3 = the channel, the exec fd; returns the
 * (possibly moved) error socket. */
static int child_setup_fds(const struct run_spec *spec, int errfd)
{
    const int wr = O_WRONLY | O_CREAT | O_TRUNC;
    /* The error socket must not sit where the program's fds go. */
    if (errfd < 16) {
        int moved = fcntl(errfd, F_DUPFD_CLOEXEC, 16);
        if (moved < 0)
            child_fail(errfd, "dup error socket");
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
    if (spec->profile != SANDBOX_COMPILER) {
        int fd = open(spec->argv[0], O_RDONLY | O_CLOEXEC);
        if (fd < 0 || dup3(fd, POLICY_EXEC_FD, O_CLOEXEC) < 0)
            child_fail(errfd, "open program");
        if (fd != POLICY_EXEC_FD)
            close(fd);
    }
    return errfd;
}

static void set_limit(int errfd, int resource, rlim_t value, const char *step)
{
    struct rlimit rl = {value, value};
    if (setrlimit(resource, &rl) < 0)
        child_fail(errfd, step);
}

static void child_setup_limits(const struct run_spec *spec, int errfd)
{
    const struct run_limits *lim = &spec->limits;
    if (lim->cpu_ms > 0) {
        /* Backstop only: the parent enforces the exact limit. */
        rlim_t secs = (rlim_t)(lim->cpu_ms / 1000) + 2;
        set_limit(errfd, RLIMIT_CPU, secs, "setrlimit CPU");
    }
    if (lim->memory_bytes > 0) {
        /* The sanitizer's shadow memory is reserved, not used: its resident memory is
         * watched live instead (watch_child). */
        rlim_t as = (rlim_t)lim->memory_bytes * 2 + AS_HEADROOM;
        if (spec->profile != SANDBOX_SANITIZED)
            set_limit(errfd, RLIMIT_AS, as, "setrlimit AS");
        rlim_t stack = (rlim_t)(lim->stack_bytes ? lim->stack_bytes : lim->memory_bytes);
        set_limit(errfd, RLIMIT_STACK, stack, "setrlimit STACK");
    }
    if (lim->output_bytes > 0)
        set_limit(errfd, RLIMIT_FSIZE, (rlim_t)lim->output_bytes, "setrlimit FSIZE");
    set_limit(errfd, RLIMIT_CORE, 0, "setrlimit CORE");
    struct rlimit files = {64, 64};
    /* Lowering a hard limit is always allowed, except under valgrind, which owns
     * the descriptor limit of the processes it runs: then the soft limit. */
    if (setrlimit(RLIMIT_NOFILE, &files) < 0) {
        getrlimit(RLIMIT_NOFILE, &files);
        files.rlim_cur = 64;
        if (setrlimit(RLIMIT_NOFILE, &files) < 0)
            child_fail(errfd, "setrlimit NOFILE");
    }
}

/* As root, a program could raise its own hard limits or read root's files: it
 * runs as an unprivileged uid that owns only its working directory. */
static void child_drop_privileges(const struct run_spec *spec, int errfd)
{
    if (geteuid() != 0 || spec->profile == SANDBOX_HELPER)
        return;
    if (chown(".", sandbox_uid, sandbox_uid) < 0)
        child_fail(errfd, "chown workdir");
    if (setgroups(0, NULL) < 0)
        child_fail(errfd, "setgroups");
    if (setresgid(sandbox_uid, sandbox_uid, sandbox_uid) < 0)
        child_fail(errfd, "setresgid");
    if (setresuid(sandbox_uid, sandbox_uid, sandbox_uid) < 0)
        child_fail(errfd, "setresuid");
}

/* The toolchain gcc needs: its drivers, passes, headers and libraries. */
static const char *const toolchain[] = {
    "/usr", "/lib", "/lib64", "/bin", "/etc/ld.so.cache", "/etc/alternatives"};

/* A sanitized build is dynamic (the sanitizer runtimes are shared libraries), and the
 * runtime reads its own memory map and executable from /proc/self. */
static const char *const sanitized_readable[] = {"/lib",        "/lib64",           "/usr/lib",
                                                 "/usr/lib64",  "/etc/ld.so.cache", "/proc/self"};

/* Returns the prepared Landlock ruleset, or -1 when Landlock is unavailable. */
static int child_prepare_files(const struct run_spec *spec, int errfd)
{
    struct landlock_rule rules[48];
    int n = 0;
    rules[n++] = (struct landlock_rule){spec->argv[0], LANDLOCK_READ_EXEC};
    rules[n++] = (struct landlock_rule){spec->workdir, LANDLOCK_READ_WRITE};
    if (spec->profile == SANDBOX_SANITIZED)
        for (size_t i = 0; i < ARRAY_LEN(sanitized_readable); i++)
            rules[n++] = (struct landlock_rule){sanitized_readable[i], LANDLOCK_READ_EXEC};
    if (spec->profile == SANDBOX_COMPILER) {
        for (size_t i = 0; i < ARRAY_LEN(toolchain); i++)
            rules[n++] = (struct landlock_rule){toolchain[i], LANDLOCK_READ_EXEC};
        rules[n++] = (struct landlock_rule){"/dev/null", LANDLOCK_READ_WRITE};
    }
    for (const char *const *r = spec->readable; r && *r && n < (int)ARRAY_LEN(rules); r++)
        rules[n++] = (struct landlock_rule){*r, LANDLOCK_READ_EXEC};
    int ruleset = landlock_prepare(rules, n);
    if (ruleset == -1)
        child_fail(errfd, "landlock ruleset");
    if (ruleset >= 0 && fcntl(ruleset, F_SETFD, FD_CLOEXEC) < 0)
        child_fail(errfd, "landlock cloexec");
    return ruleset < 0 ? -1 : ruleset;
}

/* Loads the seccomp filter and hands its listener to the supervisor. */
static void child_install_policy(int errfd)
{
    int listener = policy_install(&policy, getpid());
    if (listener < 0)
        child_fail(errfd, "seccomp");
    char tag = 'L';
    struct iovec iov = {.iov_base = &tag, .iov_len = 1};
    union {
        char buf[CMSG_SPACE(sizeof(int))];
        struct cmsghdr align;
    } control;
    struct msghdr msg = {.msg_iov = &iov,
                         .msg_iovlen = 1,
                         .msg_control = control.buf,
                         .msg_controllen = sizeof control.buf};
    struct cmsghdr *cmsg = CMSG_FIRSTHDR(&msg);
    cmsg->cmsg_level = SOL_SOCKET;
    cmsg->cmsg_type = SCM_RIGHTS;
    cmsg->cmsg_len = CMSG_LEN(sizeof(int));
    memcpy(CMSG_DATA(cmsg), &listener, sizeof(int));
    if (sendmsg(errfd, &msg, MSG_NOSIGNAL) < 0)
        child_fail(errfd, "send seccomp listener");
    close(listener);
}

static const char *const default_env[] = {"PATH=/usr/local/bin:/usr/bin:/bin", "LC_ALL=C", NULL};

/* The order matters: fds and limits need privileges the later steps give up,
 * and the seccomp allowlist must come last because it forbids the setup calls. */
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
    errfd = child_setup_fds(spec, errfd);
    if (chdir(spec->workdir) < 0)
        child_fail(errfd, "chdir");
    child_setup_limits(spec, errfd);
    int ruleset = child_prepare_files(spec, errfd);
    child_drop_privileges(spec, errfd);
    if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) < 0)
        child_fail(errfd, "no_new_privs");
    if (ruleset >= 0 && landlock_enforce(ruleset) < 0)
        child_fail(errfd, "landlock");
    const char *const *envp = spec->envp ? spec->envp : default_env;
    if (spec->profile == SANDBOX_COMPILER) {
        execve(spec->argv[0], (char *const *)spec->argv, (char *const *)envp);
        child_fail(errfd, "execve");
    }
    child_install_policy(errfd);
    syscall(SYS_execveat, POLICY_EXEC_FD, "", spec->argv, envp, AT_EMPTY_PATH);
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

/* Reads the child's setup messages until execve closes the socket: a seccomp
 * listener (kept in *listener) or a setup error. Returns true on an error. */
static bool read_setup(int sock, int *listener, long long deadline_ms, struct run_result *res)
{
    for (;;) {
        /* A child stuck before execve must not hang the judge. */
        struct pollfd p = {.fd = sock, .events = POLLIN};
        long long left = deadline_ms - now_ms();
        if (left <= 0 || poll(&p, 1, (int)left) == 0) {
            snprintf(res->error, sizeof res->error, "the program did not start in time");
            return true;
        }
        char buf[200];
        union {
            char buf[CMSG_SPACE(sizeof(int))];
            struct cmsghdr align;
        } control;
        struct iovec iov = {.iov_base = buf, .iov_len = sizeof buf - 1};
        struct msghdr msg = {.msg_iov = &iov,
                             .msg_iovlen = 1,
                             .msg_control = control.buf,
                             .msg_controllen = sizeof control.buf};
        ssize_t n = recvmsg(sock, &msg, MSG_CMSG_CLOEXEC);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        struct cmsghdr *cmsg = CMSG_FIRSTHDR(&msg);
        if (cmsg && cmsg->cmsg_type == SCM_RIGHTS) {
            memcpy(listener, CMSG_DATA(cmsg), sizeof(int));
            continue;
        }
        buf[n] = '\0';
        char *colon = strrchr(buf, ':');
        int e = colon ? (int)strtol(colon + 1, NULL, 10) : 0;
        if (colon)
            *colon = '\0';
        snprintf(res->error, sizeof res->error, "%s: %s", buf, strerror(e));
        return true;
    }
}

/* A "VmHWM:"-style field of a live process's /proc status, in KiB; -1 if unreadable. */
static long long read_status_kib(pid_t pid, const char *field)
{
    char path[64], buf[4096];
    snprintf(path, sizeof path, "/proc/%d/status", (int)pid);
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return -1;
    ssize_t n = read(fd, buf, sizeof buf - 1);
    close(fd);
    if (n <= 0)
        return -1;
    buf[n] = '\0';
    char *at = strstr(buf, field);
    return at ? strtoll(at + strlen(field), NULL, 10) : -1;
}

/* How often a sanitized run's resident memory is read (it has no RLIMIT_AS). */
#define RSS_POLL_MS 20

struct watch {
    pid_t pid;
    int pidfd, listener;
    bool watch_rss; /* SANDBOX_SANITIZED: kill at the memory limit, read live */
    long long start_ms;
    long long exit_hwm_kib; /* peak RSS read at exit_group, or -1 */
    int forbidden_nr;       /* the forbidden syscall, or -1 */
};

/* One seccomp notification: exit_group lets the supervisor read the program's
 * own peak memory (ru_maxrss would include what the judge had resident when it
 * forked); anything else is a forbidden call and ends the run. */
static void handle_notification(struct watch *w)
{
    union {
        struct seccomp_notif req;
        char pad[512];
    } rq;
    union {
        struct seccomp_notif_resp resp;
        char pad[512];
    } rs;
    memset(&rq, 0, sizeof rq);
    if (ioctl(w->listener, SECCOMP_IOCTL_NOTIF_RECV, &rq.req) < 0)
        return;
    memset(&rs, 0, sizeof rs);
    rs.resp.id = rq.req.id;
    if (rq.req.data.nr == policy_exit_syscall()) {
        w->exit_hwm_kib = read_status_kib((pid_t)rq.req.pid, "VmHWM:");
        rs.resp.flags = SECCOMP_USER_NOTIF_FLAG_CONTINUE;
    } else {
        if (w->forbidden_nr < 0)
            w->forbidden_nr = rq.req.data.nr;
        kill(-w->pid, SIGKILL);
        rs.resp.error = -EPERM;
    }
    ioctl(w->listener, SECCOMP_IOCTL_NOTIF_SEND, &rs.resp);
}

enum stop_reason { STOP_NONE, STOP_WALL, STOP_CPU, STOP_MEMORY, STOP_INTERRUPT };

/* Waits until the child exits or a limit is hit; kills the group on a limit. */
static enum stop_reason watch_child(struct watch *w, const struct run_limits *lim)
{
    for (;;) {
        if (interrupt_signal) {
            kill(-w->pid, SIGKILL);
            return STOP_INTERRUPT;
        }
        long long elapsed = now_ms() - w->start_ms;
        long wait_ms = lim->wall_ms > 0 ? (long)(lim->wall_ms - elapsed) : 1000;
        if (lim->wall_ms > 0 && wait_ms <= 0) {
            kill(-w->pid, SIGKILL);
            return STOP_WALL;
        }
        if (lim->cpu_ms > 0) {
            long cpu = child_cpu_ms(w->pid);
            if (cpu > lim->cpu_ms) {
                kill(-w->pid, SIGKILL);
                return STOP_CPU;
            }
            long cpu_left = lim->cpu_ms - (cpu < 0 ? 0 : cpu) + 1;
            if (cpu_left < wait_ms)
                wait_ms = cpu_left < 5 ? 5 : cpu_left;
        }
        if (w->watch_rss && lim->memory_bytes > 0) {
            if (read_status_kib(w->pid, "VmRSS:") * 1024 > lim->memory_bytes) {
                kill(-w->pid, SIGKILL);
                return STOP_MEMORY;
            }
            if (wait_ms > RSS_POLL_MS)
                wait_ms = RSS_POLL_MS;
        }
        struct pollfd p[2] = {{.fd = w->pidfd, .events = POLLIN},
                              {.fd = w->listener, .events = POLLIN}};
        int r = poll(p, w->listener >= 0 ? 2 : 1, (int)wait_ms);
        if (r > 0 && (p[1].revents & POLLIN))
            handle_notification(w);
        else if (r > 0 && (p[1].revents & (POLLHUP | POLLERR | POLLNVAL)))
            w->listener = -1; /* the filter has no live process left */
        if (r > 0 && (p[0].revents & POLLIN))
            return STOP_NONE;
        if (r < 0 && errno != EINTR)
            return STOP_NONE; /* fall back to a blocking wait */
    }
}

/* Verdict precedence, first match wins: interrupted (the judge's, IE) > forbidden
 * call (SV) > CPU > wall (TLE) > peak memory (MLE) > output (OLE) > a signal or
 * exit status (RE) > a clean exit, whose output the checker then judges. */
static void classify(const struct run_limits *lim, enum stop_reason stop, int status,
                     const struct watch *w, struct run_result *res)
{
    if (WIFSIGNALED(status))
        res->signal = WTERMSIG(status);
    if (WIFEXITED(status))
        res->exit_code = WEXITSTATUS(status);
    if (stop == STOP_INTERRUPT) {
        res->outcome = RUN_INTERRUPTED;
    } else if (w->forbidden_nr >= 0 || res->signal == SIGSYS) {
        res->outcome = RUN_FORBIDDEN;
        snprintf(res->error, sizeof res->error, "%s",
                 w->forbidden_nr >= 0 ? policy_syscall_name(w->forbidden_nr)
                                      : "a system call of another architecture (x32 or i386)");
    } else if (stop == STOP_CPU || res->signal == SIGXCPU ||
               (lim->cpu_ms > 0 && res->cpu_ms > lim->cpu_ms)) {
        res->outcome = RUN_CPU_LIMIT;
    } else if (stop == STOP_WALL) {
        res->outcome = RUN_WALL_LIMIT;
    } else if (stop == STOP_MEMORY ||
               (lim->memory_bytes > 0 && res->peak_kib * 1024 > lim->memory_bytes)) {
        res->outcome = RUN_MEMORY_LIMIT;
    } else if (res->signal == SIGXFSZ) {
        res->outcome = RUN_OUTPUT_LIMIT;
    } else {
        res->outcome = WIFSIGNALED(status) ? RUN_SIGNALED : RUN_EXITED;
    }
}

/* Bytes the ELF file's loadable segments need (code, data, bss), or -1. */
static long long elf_load_size(const char *path)
{
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return -1;
    Elf64_Ehdr eh;
    long long total = -1;
    if (pread(fd, &eh, sizeof eh, 0) == (ssize_t)sizeof eh &&
        memcmp(eh.e_ident, ELFMAG, SELFMAG) == 0 && eh.e_ident[EI_CLASS] == ELFCLASS64 &&
        eh.e_phentsize == sizeof(Elf64_Phdr) && eh.e_phnum < 64) {
        total = 0;
        for (int i = 0; i < eh.e_phnum; i++) {
            Elf64_Phdr ph;
            if (pread(fd, &ph, sizeof ph, (off_t)(eh.e_phoff + i * sizeof ph)) != sizeof ph) {
                total = -1;
                break;
            }
            if (ph.p_type == PT_LOAD)
                total += (long long)ph.p_memsz;
        }
    }
    close(fd);
    return total;
}

/* A program whose static data alone exceeds the address-space limit cannot even
 * start (the kernel kills it with SIGSEGV mid-exec): that is MLE, said before
 * running it, not a mysterious RE. */
static bool too_big_to_load(const struct run_spec *spec, struct run_result *res)
{
    if (spec->profile == SANDBOX_COMPILER || spec->profile == SANDBOX_SANITIZED ||
        spec->limits.memory_bytes <= 0)
        return false;
    long long need = elf_load_size(spec->argv[0]);
    long long as = spec->limits.memory_bytes * 2 + (long long)AS_HEADROOM;
    if (need <= as)
        return false;
    res->outcome = RUN_MEMORY_LIMIT;
    res->peak_kib = need / 1024;
    snprintf(res->error, sizeof res->error, "its static data alone needs %lld MiB", need >> 20);
    return true;
}

/* The judge's own anonymous resident memory, which a forked child starts with
 * (file-backed pages are not copied at fork); KiB, or 0 if unknown. */
static long long own_anon_kib(void)
{
    char buf[128];
    int fd = open("/proc/self/statm", O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return 0;
    ssize_t n = read(fd, buf, sizeof buf - 1);
    close(fd);
    if (n <= 0)
        return 0;
    buf[n] = '\0';
    char *end;
    errno = 0;
    strtoll(buf, &end, 10); /* total size, unused */
    long long resident = strtoll(end, &end, 10);
    long long shared = strtoll(end, &end, 10);
    if (errno || resident < shared)
        return 0;
    return (resident - shared) * (sysconf(_SC_PAGESIZE) / 1024);
}

/* Peak memory of the program itself. At exit_group the supervisor read VmHWM,
 * which is exact. A program killed by a signal never gets there: ru_maxrss
 * then also counts the judge's memory the child was forked with, so that part
 * is taken off (an estimate; it never inflates a crash into MLE). */
static long long program_peak_kib(const struct watch *w, long long maxrss, long long judge_kib)
{
    if (w->exit_hwm_kib >= 0)
        return w->exit_hwm_kib;
    return maxrss > judge_kib ? maxrss - judge_kib : 0;
}

static int setup_failure(struct run_result *res, const char *what)
{
    res->outcome = RUN_SETUP_FAILED;
    snprintf(res->error, sizeof res->error, "%s: %s", what, strerror(errno));
    return -1;
}

int sandbox_run(const struct run_spec *spec, struct run_result *res)
{
    *res = (struct run_result){0};
    if (interrupt_signal) {
        res->outcome = RUN_INTERRUPTED;
        return -1;
    }
    if (spec->profile != SANDBOX_COMPILER && sandbox_init(res->error, sizeof res->error) < 0) {
        res->outcome = RUN_SETUP_FAILED;
        return -1;
    }
    if (too_big_to_load(spec, res))
        return 0;
    int sock[2];
    if (socketpair(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0, sock) < 0)
        return setup_failure(res, "socketpair");
    fflush(NULL);
    long long judge_kib = spec->profile == SANDBOX_COMPILER ? 0 : own_anon_kib();
    struct watch w = {.listener = -1,
                      .exit_hwm_kib = -1,
                      .forbidden_nr = -1,
                      .watch_rss = spec->profile == SANDBOX_SANITIZED};
    w.start_ms = now_ms();
    pid_t pid = fork();
    if (pid < 0) {
        close(sock[0]);
        close(sock[1]);
        return setup_failure(res, "fork");
    }
    if (pid == 0) {
        close(sock[0]);
        child_main(spec, sock[1]);
    }
    w.pid = running_group = pid;
    close(sock[1]);
    long long deadline = w.start_ms + (spec->limits.wall_ms > 0 ? spec->limits.wall_ms : 10000);
    bool setup_failed = read_setup(sock[0], &w.listener, deadline, res);
    close(sock[0]);
    int listener = w.listener;

    enum stop_reason stop = STOP_NONE;
    w.pidfd = (int)syscall(SYS_pidfd_open, pid, 0);
    if (!setup_failed && w.pidfd >= 0)
        stop = watch_child(&w, &spec->limits);
    if (w.pidfd >= 0)
        close(w.pidfd);
    if (listener >= 0)
        close(listener);

    int status = 0;
    struct rusage ru = {0};
    while (wait4(pid, &status, 0, &ru) < 0 && errno == EINTR)
        ;
    /* Anything the program forked dies with it. */
    kill(-pid, SIGKILL);
    running_group = 0;
    res->wall_ms = (long)(now_ms() - w.start_ms);
    res->cpu_ms = timeval_ms(ru.ru_utime) + timeval_ms(ru.ru_stime);
    res->cpu_us = (long long)ru.ru_utime.tv_sec * 1000000 + ru.ru_utime.tv_usec +
                  (long long)ru.ru_stime.tv_sec * 1000000 + ru.ru_stime.tv_usec;
    res->peak_kib = program_peak_kib(&w, ru.ru_maxrss, judge_kib);
    if (setup_failed) {
        res->outcome = RUN_SETUP_FAILED;
        return -1;
    }
    classify(&spec->limits, stop, status, &w, res);
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
