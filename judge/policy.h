/* The seccomp policy for submissions: an allowlist built once per judge process
 * with libseccomp, installed in each run's child without allocating. */
#ifndef JUDGE_POLICY_H
#define JUDGE_POLICY_H

#include <stddef.h>
#include <sys/types.h>

/* The descriptor the child execs the program through (execveat(fd, "", ...,
 * AT_EMPTY_PATH)); the policy allows exactly that call and no other exec. */
#define POLICY_EXEC_FD 9

struct policy {
    void *filter; /* struct sock_filter[len]: the exported BPF program */
    size_t len;
};

/* Builds the submission policy. Returns 0, or -1 with a message in err.
 * The result is owned by the caller (policy_free). */
int policy_build(struct policy *out, char *err, size_t errlen);
void policy_free(struct policy *p);

/* In the child, after every other setup step: patches the process's own pid into
 * the rules that limit kill/tgkill/tkill to itself, and loads the filter with a
 * user-notification listener. Async-signal-safe. Returns the listener fd, or -1
 * with errno set. The filter is modified in place: call it on the child's copy. */
int policy_install(struct policy *p, pid_t self);

/* Name of a syscall number of this architecture ("socket"), or "syscall N"; the
 * pointer is to static storage, valid until the next call. */
const char *policy_syscall_name(int nr);

/* The syscall number that policy_install routes to the supervisor on exit so it
 * can read the program's own peak memory (exit_group). */
int policy_exit_syscall(void);

#endif
