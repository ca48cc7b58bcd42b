/* Landlock rulesets, built in the child because each run's paths differ; it is
 * a handful of syscalls. Debian 12's <linux/landlock.h> stops at ABI 2, so the
 * newer access bits and the longer ruleset attribute are spelled out here. */
#include "landlock.h"

#include <errno.h>
#include <fcntl.h>
#include <linux/landlock.h>
#include <stdint.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

#define FS_EXECUTE          (1ULL << 0)
#define FS_WRITE_FILE       (1ULL << 1)
#define FS_READ_FILE        (1ULL << 2)
#define FS_READ_DIR         (1ULL << 3)
#define FS_ABI1_ALL         ((1ULL << 13) - 1)
#define FS_REFER            (1ULL << 13)
#define FS_TRUNCATE         (1ULL << 14)
#define FS_IOCTL_DEV        (1ULL << 15)
#define FS_FILE_RIGHTS      (FS_EXECUTE | FS_WRITE_FILE | FS_READ_FILE | FS_TRUNCATE | FS_IOCTL_DEV)
#define NET_BIND_TCP        (1ULL << 0)
#define NET_CONNECT_TCP     (1ULL << 1)
#define SCOPE_ABSTRACT_UNIX (1ULL << 0)
#define SCOPE_SIGNAL        (1ULL << 1)

struct ruleset_attr {
    uint64_t handled_access_fs;
    uint64_t handled_access_net;
    uint64_t scoped;
};

struct path_beneath {
    uint64_t allowed_access;
    int32_t parent_fd;
} __attribute__((packed));

int landlock_abi(void)
{
    long abi = syscall(SYS_landlock_create_ruleset, NULL, 0, LANDLOCK_CREATE_RULESET_VERSION);
    return abi < 0 ? 0 : (int)abi;
}

static uint64_t handled_fs(int abi)
{
    uint64_t fs = FS_ABI1_ALL;
    if (abi >= 2)
        fs |= FS_REFER;
    if (abi >= 3)
        fs |= FS_TRUNCATE;
    if (abi >= 5)
        fs |= FS_IOCTL_DEV;
    return fs;
}

static uint64_t rights_for(enum landlock_access access, uint64_t handled)
{
    switch (access) {
    case LANDLOCK_READ:
        return FS_READ_FILE | FS_READ_DIR;
    case LANDLOCK_READ_EXEC:
        return FS_READ_FILE | FS_READ_DIR | FS_EXECUTE;
    case LANDLOCK_READ_WRITE:
        return handled & ~FS_EXECUTE;
    }
    return 0;
}

static int add_rule(int ruleset, const struct landlock_rule *rule, uint64_t handled)
{
    int fd = open(rule->path, O_PATH | O_CLOEXEC);
    if (fd < 0)
        return errno == ENOENT ? 0 : -1;
    struct stat st;
    if (fstat(fd, &st) < 0) {
        close(fd);
        return -1;
    }
    uint64_t rights = rights_for(rule->access, handled) & handled;
    if (!S_ISDIR(st.st_mode))
        rights &= FS_FILE_RIGHTS;
    struct path_beneath pb = {.allowed_access = rights, .parent_fd = fd};
    long rc = syscall(SYS_landlock_add_rule, ruleset, LANDLOCK_RULE_PATH_BENEATH, &pb, 0);
    int e = errno;
    close(fd);
    errno = e;
    return rc < 0 ? -1 : 0;
}

int landlock_prepare(const struct landlock_rule *rules, int nrules)
{
    int abi = landlock_abi();
    if (abi <= 0)
        return -2;
    struct ruleset_attr attr = {.handled_access_fs = handled_fs(abi)};
    size_t size = sizeof attr.handled_access_fs;
    if (abi >= 4) {
        attr.handled_access_net = NET_BIND_TCP | NET_CONNECT_TCP;
        size += sizeof attr.handled_access_net;
    }
    if (abi >= 6) {
        attr.scoped = SCOPE_ABSTRACT_UNIX | SCOPE_SIGNAL;
        size += sizeof attr.scoped;
    }
    int ruleset = (int)syscall(SYS_landlock_create_ruleset, &attr, size, 0);
    if (ruleset < 0)
        return -1;
    for (int i = 0; i < nrules; i++)
        if (add_rule(ruleset, &rules[i], attr.handled_access_fs) < 0) {
            int e = errno;
            close(ruleset);
            errno = e;
            return -1;
        }
    return ruleset;
}

int landlock_enforce(int ruleset)
{
    long rc = syscall(SYS_landlock_restrict_self, ruleset, 0);
    int e = errno;
    close(ruleset);
    errno = e;
    return rc < 0 ? -1 : 0;
}
