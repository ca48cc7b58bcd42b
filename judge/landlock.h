/* Landlock: which files a sandboxed process may touch. */
#ifndef JUDGE_LANDLOCK_H
#define JUDGE_LANDLOCK_H

enum landlock_access {
    LANDLOCK_READ,       /* read files, list directories */
    LANDLOCK_READ_EXEC,  /* the same, and execute */
    LANDLOCK_READ_WRITE, /* everything beneath: create, write, remove */
};

struct landlock_rule {
    const char *path; /* a file or a directory (then the rule covers everything beneath) */
    enum landlock_access access;
};

/* The kernel's Landlock ABI version, or 0 when Landlock is unavailable. */
int landlock_abi(void);

/* In the child (async-signal-safe), in two steps so that the paths are opened
 * while the process may still reach them and the restriction comes after the
 * privilege drop. landlock_prepare builds a ruleset from the rules (nrules
 * entries; a rule whose path does not exist is skipped) with all TCP denied
 * (ABI >= 4) and signals and abstract sockets scoped to the sandbox (ABI >= 6).
 * Returns its fd, -2 when Landlock is unavailable, or -1 with errno set.
 * landlock_enforce restricts the calling process to it for good (requires
 * no_new_privs) and closes it; returns 0 or -1 with errno set. */
int landlock_prepare(const struct landlock_rule *rules, int nrules);
int landlock_enforce(int ruleset);

#endif
