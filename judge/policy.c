/*
 * What a submission may do, as a seccomp allowlist. Three actions:
 *  - ALLOW: what ordinary C programs built with this toolchain need (stdio,
 *    memory, time, randomness, files -- which files is Landlock's business).
 *  - ERRNO: calls that programs or libc legitimately probe, answered with the
 *    error a restricted system would give (clone3 -> ENOSYS makes libc fall back
 *    to clone, which is then refused; prctl/setsid/chown... -> EPERM).
 *  - NOTIFY (the default): everything else. The judge's supervisor receives the
 *    notification, records the syscall's name for the SV verdict and kills the
 *    run. exit_group also notifies, so the supervisor can read the program's
 *    own peak RSS just before it exits (see sandbox.c).
 * A wrong architecture (i386 via int 0x80, x32 numbers) kills the process at
 * once: SCMP_FLTATR_ACT_BADARCH must be set explicitly, libseccomp's default
 * would kill only the thread.
 *
 * memfd_create is refused (SV): pages written into a memfd through write() sit
 * in the page cache, outside the resident peak that the memory limit judges.
 *
 * Threads are not allowed: clone is refused like fork, so a thread bomb or a
 * fork bomb ends as SV on its first call. Interview solutions never need them,
 * and a single thread keeps CPU accounting and the kill semantics simple.
 */
#include "policy.h"

#include <errno.h>
#include <fcntl.h>
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <seccomp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <termios.h>
#include <unistd.h>

#include "util.h"

/* Stands for the child's pid in the kill rules until policy_install patches it. */
#define PID_PLACEHOLDER 0x7e57a11dU

static const char *const allowed[] = {
    "read",
    "write",
    "readv",
    "writev",
    "pread64",
    "pwrite64",
    "lseek",
    "close",
    "fstat",
    "stat",
    "lstat",
    "newfstatat",
    "statx",
    "fstatfs",
    "statfs",
    "fcntl",
    "dup",
    "dup2",
    "dup3",
    "open",
    "openat",
    "creat",
    "access",
    "faccessat",
    "faccessat2",
    "readlink",
    "readlinkat",
    "getcwd",
    "chdir",
    "fchdir",
    "getdents64",
    "mkdir",
    "mkdirat",
    "rmdir",
    "unlink",
    "unlinkat",
    "rename",
    "renameat",
    "renameat2",
    "ftruncate",
    "truncate",
    "fsync",
    "fdatasync",
    "fadvise64",
    "umask",
    "fchmod",
    "chmod",
    "fchmodat",
    "pipe",
    "pipe2",
    "poll",
    "ppoll",
    "select",
    "pselect6",
    "mmap",
    "munmap",
    "mprotect",
    "mremap",
    "brk",
    "madvise",
    "mincore",
    "msync",
    "mlock",
    "munlock",
    "rt_sigaction",
    "rt_sigprocmask",
    "rt_sigreturn",
    "rt_sigsuspend",
    "rt_sigtimedwait",
    "rt_sigpending",
    "sigaltstack",
    "pause",
    "alarm",
    "setitimer",
    "getitimer",
    "restart_syscall",
    "exit",
    "getrandom",
    "clock_gettime",
    "clock_getres",
    "gettimeofday",
    "time",
    "nanosleep",
    "clock_nanosleep",
    "arch_prctl",
    "set_tid_address",
    "set_robust_list",
    "get_robust_list",
    "rseq",
    "futex",
    "sched_yield",
    "sched_getaffinity",
    "getcpu",
    "getrlimit",
    "getrusage",
    "times",
    "sysinfo",
    "uname",
    "getpid",
    "gettid",
    "getppid",
    "getpgrp",
    "getpgid",
    "getsid",
    "getuid",
    "geteuid",
    "getgid",
    "getegid",
    "getresuid",
    "getresgid",
    "getgroups",
    "wait4",
    "waitid",
    "sendmsg",
    "sendto",
};

struct refusal {
    const char *name;
    int error;
};

static const struct refusal refused[] = {
    {"clone3", ENOSYS},        {"prctl", EPERM},         {"setsid", EPERM},
    {"setpgid", EPERM},        {"chown", EPERM},         {"fchown", EPERM},
    {"lchown", EPERM},         {"fchownat", EPERM},      {"sched_setaffinity", EPERM},
    {"setpriority", EPERM},    {"getpriority", EPERM},   {"setrlimit", EPERM},
    {"link", EPERM},           {"linkat", EPERM},        {"symlink", EPERM},
    {"symlinkat", EPERM},      {"utimensat", EPERM},     {"mknod", EPERM},
    {"mknodat", EPERM},        {"inotify_init1", EPERM}, {"eventfd2", EPERM},
    {"timerfd_create", EPERM}, {"signalfd4", EPERM},     {"epoll_create1", EPERM},
};

static int add_rules(scmp_filter_ctx ctx, char *err, size_t errlen)
{
    for (size_t i = 0; i < ARRAY_LEN(allowed); i++) {
        int nr = seccomp_syscall_resolve_name(allowed[i]);
        if (nr == __NR_SCMP_ERROR)
            continue; /* not on this architecture */
        if (seccomp_rule_add(ctx, SCMP_ACT_ALLOW, nr, 0) < 0) {
            snprintf(err, errlen, "seccomp: cannot allow %s", allowed[i]);
            return -1;
        }
    }
    for (size_t i = 0; i < ARRAY_LEN(refused); i++) {
        int nr = seccomp_syscall_resolve_name(refused[i].name);
        if (nr != __NR_SCMP_ERROR &&
            seccomp_rule_add(ctx, SCMP_ACT_ERRNO(refused[i].error), nr, 0) < 0) {
            snprintf(err, errlen, "seccomp: cannot refuse %s", refused[i].name);
            return -1;
        }
    }
    int rc = 0;
    /* Signals only to itself: abort() and raise() work, kill(-1, ...) does not. */
    rc |= seccomp_rule_add(ctx, SCMP_ACT_ALLOW, SCMP_SYS(kill), 1,
                           SCMP_A0(SCMP_CMP_EQ, PID_PLACEHOLDER));
    rc |= seccomp_rule_add(ctx, SCMP_ACT_ALLOW, SCMP_SYS(tgkill), 1,
                           SCMP_A0(SCMP_CMP_EQ, PID_PLACEHOLDER));
    rc |= seccomp_rule_add(ctx, SCMP_ACT_ALLOW, SCMP_SYS(tkill), 1,
                           SCMP_A0(SCMP_CMP_EQ, PID_PLACEHOLDER));
    /* Its own limits only (pid 0 or itself): runs share a uid, and prlimit64 on
     * another run's pid would change that run's limits. */
    rc |= seccomp_rule_add(ctx, SCMP_ACT_ALLOW, SCMP_SYS(prlimit64), 1, SCMP_A0(SCMP_CMP_EQ, 0));
    rc |= seccomp_rule_add(ctx, SCMP_ACT_ALLOW, SCMP_SYS(prlimit64), 1,
                           SCMP_A0(SCMP_CMP_EQ, PID_PLACEHOLDER));
    /* The one exec: the judge's own, through POLICY_EXEC_FD (see sandbox.c). */
    rc |=
        seccomp_rule_add(ctx, SCMP_ACT_ALLOW, SCMP_SYS(execveat), 2,
                         SCMP_A0(SCMP_CMP_EQ, POLICY_EXEC_FD), SCMP_A4(SCMP_CMP_EQ, AT_EMPTY_PATH));
    /* isatty() and friends probe with TCGETS; a plain file answers ENOTTY anyway.
     * Any other ioctl is not something a solution does: it ends as SV. */
    rc |= seccomp_rule_add(ctx, SCMP_ACT_ALLOW, SCMP_SYS(ioctl), 1, SCMP_A1(SCMP_CMP_EQ, TCGETS));
    rc |= seccomp_rule_add(ctx, SCMP_ACT_ALLOW, SCMP_SYS(ioctl), 1, SCMP_A1(SCMP_CMP_EQ, FIONREAD));
    rc |=
        seccomp_rule_add(ctx, SCMP_ACT_ALLOW, SCMP_SYS(ioctl), 1, SCMP_A1(SCMP_CMP_EQ, TIOCGWINSZ));
    if (rc < 0) {
        snprintf(err, errlen, "seccomp: cannot add the argument rules");
        return -1;
    }
    return 0;
}

/* libseccomp 2.5 can export only to a descriptor: a memfd keeps it in memory. */
static int export_filter(scmp_filter_ctx ctx, struct policy *out, char *err, size_t errlen)
{
    int fd = memfd_create("judge-seccomp", MFD_CLOEXEC);
    if (fd < 0 || seccomp_export_bpf(ctx, fd) < 0) {
        snprintf(err, errlen, "seccomp: cannot export the filter: %s", strerror(errno));
        if (fd >= 0)
            close(fd);
        return -1;
    }
    off_t size = lseek(fd, 0, SEEK_END);
    out->filter = xmalloc((size_t)size);
    out->len = (size_t)size / sizeof(struct sock_filter);
    ssize_t n = pread(fd, out->filter, (size_t)size, 0);
    close(fd);
    if (n != size) {
        snprintf(err, errlen, "seccomp: short read of the exported filter");
        policy_free(out);
        return -1;
    }
    return 0;
}

int policy_build(struct policy *out, char *err, size_t errlen)
{
    *out = (struct policy){0};
    scmp_filter_ctx ctx = seccomp_init(SCMP_ACT_NOTIFY);
    if (!ctx) {
        snprintf(err, errlen, "seccomp: cannot create a filter");
        return -1;
    }
    int rc = -1;
    if (seccomp_attr_set(ctx, SCMP_FLTATR_ACT_BADARCH, SCMP_ACT_KILL_PROCESS) < 0 ||
        seccomp_attr_set(ctx, SCMP_FLTATR_CTL_NNP, 0) < 0)
        snprintf(err, errlen, "seccomp: cannot set the filter attributes");
    else if (add_rules(ctx, err, errlen) == 0)
        rc = export_filter(ctx, out, err, errlen);
    seccomp_release(ctx);
    return rc;
}

void policy_free(struct policy *p)
{
    free(p->filter);
    *p = (struct policy){0};
}

int policy_install(struct policy *p, pid_t self)
{
    struct sock_filter *insn = p->filter;
    for (size_t i = 0; i < p->len; i++)
        if (BPF_CLASS(insn[i].code) == BPF_JMP && insn[i].k == PID_PLACEHOLDER)
            insn[i].k = (unsigned)self;
    struct sock_fprog prog = {.len = (unsigned short)p->len, .filter = insn};
    return (int)syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, SECCOMP_FILTER_FLAG_NEW_LISTENER,
                        &prog);
}

const char *policy_syscall_name(int nr)
{
    static char buf[64];
    char *name = seccomp_syscall_resolve_num_arch(SCMP_ARCH_NATIVE, nr);
    if (name)
        snprintf(buf, sizeof buf, "%s", name);
    else
        snprintf(buf, sizeof buf, "syscall %d", nr);
    free(name);
    return buf;
}

int policy_exit_syscall(void)
{
    return SYS_exit_group;
}
