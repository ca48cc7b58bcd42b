/* The hostile corpus, issue 3's proof: the programs of tests/hostile/ (each names its attack
 * and expected outcome in its first line) run the three ways an attacker meets the judge --
 * sandbox_run() directly, `judge run`, and as a solution of the sum-two fixture through
 * `judge test` -- and every run is checked for its verdict and for its side effects: the
 * secret never appears in anything printed, no file appears outside scratch, no process of
 * the run survives, the judge exits 0 or 1. The fork, thread and kill(-1) bombs and the
 * malloc bomb run inside a PID namespace, so a failure cannot hurt the machine. Then the
 * measurement accuracy tests and the check that docs/sandbox.md lists judge/policy.c's
 * tables.
 *
 * Everything lives in one suite directory (0755, so uid 60000 can reach the binaries)
 * created by the first test case's unchecked fixture and removed by the last one's; each
 * program is compiled once into it. */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <sched.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/random.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "sandbox.h"
#include "suites.h"
#include "util.h"
#include "verdict.h"

#define LEN(a) (sizeof(a) / sizeof((a)[0]))
#define MIB    (1LL << 20)

#define SUM_TWO        "tests/fixtures/problems/sum-two"
#define JUDGE_TIMEOUT  60000
#define ENV_TOKEN_NAME "JUDGE_HOSTILE_TOKEN"

/* ---- the suite directory ---- */

static char *suite_dir;   /* everything below is inside it */
static char *bin_dir;     /* the compiled programs */
static char *secret_path; /* mode 0644 in a 0755 folder: only Landlock keeps runs out */
static char *trap_dir;    /* mode 0777: only Landlock keeps runs from writing here */
static char *judge_file;  /* judge-owned targets of planted links */
static char *judge_dir;
static char *cache_dir; /* JUDGE_CACHE of the judge runs: sum-two's checker is built once */
static char secret[48]; /* the secret's contents, also in the judge's environment */
static int tcases_left; /* test cases whose fixture has not been torn down yet */

static void make_dir(const char *path, mode_t mode)
{
    ck_assert_msg(mkdir(path, mode) == 0, "mkdir %s: %s", path, strerror(errno));
    /* mkdir honours the umask; the modes are part of what is tested. */
    ck_assert_msg(chmod(path, mode) == 0, "chmod %s: %s", path, strerror(errno));
}

static void make_file(const char *path, const char *text, mode_t mode)
{
    ck_assert_msg(write_file(path, text, strlen(text)) == 0, "write %s: %s", path, strerror(errno));
    ck_assert_msg(chmod(path, mode) == 0, "chmod %s: %s", path, strerror(errno));
}

static void suite_setup(void)
{
    if (suite_dir)
        return;
    const char *base = getenv("TMPDIR");
    suite_dir = xasprintf("%s/check-hostile-XXXXXX", base && *base ? base : "/tmp");
    ck_assert_msg(mkdtemp(suite_dir) != NULL, "mkdtemp %s: %s", suite_dir, strerror(errno));
    ck_assert_int_eq(chmod(suite_dir, 0755), 0);
    bin_dir = xasprintf("%s/bin", suite_dir);
    make_dir(bin_dir, 0755);

    unsigned char raw[12];
    ck_assert_int_eq(getrandom(raw, sizeof raw, 0), (ssize_t)sizeof raw);
    int n = snprintf(secret, sizeof secret, "hostile-secret-");
    for (size_t i = 0; i < sizeof raw; i++)
        n += snprintf(secret + n, sizeof secret - (size_t)n, "%02x", raw[i]);
    char *secret_dir = xasprintf("%s/secret", suite_dir);
    make_dir(secret_dir, 0755);
    secret_path = xasprintf("%s/secret.txt", secret_dir);
    char *text = xasprintf("%s\n", secret);
    make_file(secret_path, text, 0644);
    free(text);
    free(secret_dir);
    /* The judge inherits it; no program it runs may see it. */
    ck_assert_int_eq(setenv(ENV_TOKEN_NAME, secret, 1), 0);

    trap_dir = xasprintf("%s/trap", suite_dir);
    make_dir(trap_dir, 0777);
    judge_file = xasprintf("%s/judge-file", suite_dir);
    make_file(judge_file, "judge-owned\n", 0644);
    judge_dir = xasprintf("%s/judge-dir", suite_dir);
    make_dir(judge_dir, 0755);
    char *keep = xasprintf("%s/keep", judge_dir);
    make_file(keep, "judge-owned\n", 0644);
    free(keep);
    cache_dir = xasprintf("%s/cache", suite_dir);
    make_dir(cache_dir, 0700);
}

static void suite_teardown(void)
{
    /* CK_RUN_CASE runs a single test case: nothing else will use the directory. */
    if (--tcases_left > 0 && !getenv("CK_RUN_CASE"))
        return;
    remove_tree(suite_dir);
    unsetenv(ENV_TOKEN_NAME);
    free(suite_dir), free(bin_dir), free(secret_path), free(trap_dir);
    free(judge_file), free(judge_dir), free(cache_dir);
    suite_dir = NULL;
}

static const char *env_or_fail(const char *name)
{
    const char *value = getenv(name);
    ck_assert_msg(value && *value, "%s is not set (run the tests through `make check`)", name);
    return value;
}

static char *root_path(const char *rel)
{
    return xasprintf("%s/%s", env_or_fail("JUDGE_ROOT"), rel);
}

/* Runs argv to completion with stdout and stderr to log (PATH lookup); returns the wait
 * status. */
static int spawn_wait(const char *const *argv, const char *log)
{
    fflush(NULL);
    pid_t pid = fork();
    ck_assert_msg(pid >= 0, "fork: %s", strerror(errno));
    if (pid == 0) {
        int fd = open(log, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
        if (fd < 0 || dup2(fd, 1) < 0 || dup2(fd, 2) < 0)
            _exit(126);
        execvp(argv[0], (char *const *)argv);
        _exit(127);
    }
    int status;
    while (waitpid(pid, &status, 0) < 0)
        ck_assert_msg(errno == EINTR, "waitpid: %s", strerror(errno));
    return status;
}

/* Path of the compiled tests/hostile/<name>.c (malloc'd), compiled on first use: static
 * like a judged solution, except static_4g (libc.a is not built for -mcmodel=medium). */
static char *hostile_bin(const char *name)
{
    char *bin = xasprintf("%s/%s", bin_dir, name);
    if (access(bin, X_OK) == 0)
        return bin;
    char *src = root_path("tests/hostile/");
    char *file = xasprintf("%s%s.c", src, name);
    char *tmp = xasprintf("%s.tmp", bin), *log = xasprintf("%s.log", bin);
    bool big = strcmp(name, "static_4g") == 0;
    const char *argv[] = {"gcc", "-O2", big ? "-mcmodel=medium" : "-static", "-o", tmp, file, NULL};
    int status = spawn_wait(argv, log);
    char *why = read_file(log, 4096, NULL, NULL);
    ck_assert_msg(WIFEXITED(status) && WEXITSTATUS(status) == 0, "cannot compile %s:\n%s", file,
                  why ? why : "");
    ck_assert_msg(rename(tmp, bin) == 0, "rename %s: %s", tmp, strerror(errno));
    free(why), free(log), free(tmp), free(file), free(src);
    return bin;
}

/* ---- one case's directory: scratch (the workdir), stdout, stderr, input, tmp ---- */

struct case_dir {
    char *dir, *scratch, *out, *err, *input, *tmp;
};

static void case_dir_init(struct case_dir *c, const char *tag)
{
    c->dir = xasprintf("%s/case-%s-XXXXXX", suite_dir, tag);
    ck_assert_msg(mkdtemp(c->dir) != NULL, "mkdtemp: %s", strerror(errno));
    c->scratch = xasprintf("%s/scratch", c->dir);
    c->out = xasprintf("%s/stdout", c->dir);
    c->err = xasprintf("%s/stderr", c->dir);
    c->input = xasprintf("%s/input", c->dir);
    c->tmp = xasprintf("%s/tmp", c->dir);
    make_dir(c->scratch, 0700);
    make_dir(c->tmp, 0700);
}

static void case_dir_free(struct case_dir *c)
{
    remove_tree(c->dir);
    free(c->dir), free(c->scratch), free(c->out), free(c->err), free(c->input), free(c->tmp);
}

/* ---- side effects every run is checked for ---- */

/* The pid of a live process whose command line mentions needle, or 0. */
static pid_t process_mentioning(const char *needle)
{
    DIR *proc = opendir("/proc");
    ck_assert_ptr_nonnull(proc);
    pid_t found = 0;
    struct dirent *e;
    while (!found && (e = readdir(proc)) != NULL) {
        char *end;
        long pid = strtol(e->d_name, &end, 10);
        if (*end || pid <= 0 || pid == getpid())
            continue;
        char *path = xasprintf("/proc/%ld/cmdline", pid);
        size_t len = 0;
        char *cmd = read_file(path, 64 * 1024, &len, NULL);
        free(path);
        for (size_t i = 0; cmd && i < len; i++)
            if (cmd[i] == '\0')
                cmd[i] = ' ';
        if (cmd && strstr(cmd, needle))
            found = (pid_t)pid;
        free(cmd);
    }
    closedir(proc);
    return found;
}

/* Every program, judge and compiler of the suite has the suite directory in its command
 * line: none may be left (SIGKILL is asynchronous, so allow the kernel a moment). */
static void assert_no_survivor(const char *what)
{
    pid_t left = 0;
    for (int i = 0; i < 200 && (left = process_mentioning(suite_dir)) != 0; i++)
        usleep(10000);
    if (left)
        kill(left, SIGKILL);
    ck_assert_msg(left == 0, "%s: process %d survives the run", what, (int)left);
}

/* Names in dir starting with prefix (all names when prefix is ""), "." and ".." aside. */
static int count_entries(const char *dir, const char *prefix)
{
    DIR *d = opendir(dir);
    if (!d)
        return 0;
    int n = 0;
    struct dirent *e;
    while ((e = readdir(d)) != NULL)
        if (strcmp(e->d_name, ".") && strcmp(e->d_name, "..") &&
            strncmp(e->d_name, prefix, strlen(prefix)) == 0)
            n++;
    closedir(d);
    return n;
}

/* Nothing was written outside scratch: the trap is empty, no hostile-escape file exists in
 * the world-writable places, the case directory holds only what the test put there. */
static void assert_nothing_outside(const struct case_dir *c, const char *what)
{
    static const char *const shared[] = {"/tmp", "/dev/shm", "/var/tmp"};
    ck_assert_msg(count_entries(trap_dir, "") == 0, "%s: a file appeared in %s", what, trap_dir);
    for (size_t i = 0; i < LEN(shared); i++)
        ck_assert_msg(count_entries(shared[i], "hostile-escape") == 0,
                      "%s: a hostile-escape file appeared in %s", what, shared[i]);
    static const char *const expected[] = {"scratch", "stdout", "stderr",
                                           "input",   "tmp",    "solution.c"};
    DIR *d = opendir(c->dir);
    ck_assert_ptr_nonnull(d);
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        bool known = !strcmp(e->d_name, ".") || !strcmp(e->d_name, "..");
        for (size_t i = 0; i < LEN(expected) && !known; i++)
            known = strcmp(e->d_name, expected[i]) == 0;
        ck_assert_msg(known, "%s: '%s' appeared beside scratch in %s", what, e->d_name, c->dir);
    }
    closedir(d);
}

static void assert_secret_absent(const char *text, const char *what)
{
    ck_assert_msg(!text || !strstr(text, secret), "%s: the secret was printed:\n%.2000s", what,
                  text);
}

/* ---- the table ---- */

enum how {
    DIRECT,   /* sandbox_run() with SANDBOX_SUBMISSION */
    IN_PIDNS, /* the same, inside a new PID namespace */
    RUN,      /* $JUDGE_BIN run --json */
    TEST,     /* $JUDGE_BIN test sum-two tests/hostile/<prog>.c --json */
};

enum input { NO_INPUT, SMALL_INPUT, NUMBERS_INPUT };

enum extra {
    LISTENER = 1 << 0,     /* @PORT@ is a loopback listener that must get no connection */
    SENTINEL = 1 << 1,     /* a uid-60000 process beside the run must survive it */
    INPUT_INTACT = 1 << 2, /* the input file is unchanged and still mode 0666 */
    LINKS_INTACT = 1 << 3, /* judge_file and judge_dir are unchanged */
    CAPPED = 1 << 4,       /* stdout and stderr are within the output limit */
    FAST = 1 << 5,         /* the judge finishes within seconds */
};

struct hostile {
    const char *prog;
    enum how how;
    const char *args[3]; /* @SECRET@ @TRAP@ @PORT@ @INPUT@ @JUDGE_FILE@ @JUDGE_DIR@ */
    struct {
        long cpu_ms, wall_ms;
        long long memory_mib, output_kib, stack_mib; /* 0 = the defaults below */
    } limits;
    enum input input;
    const char *verdict;    /* AC, WA, TLE, MLE, OLE, RE, SV, CE */
    const char *said;       /* in the verdict's message (or the error, or CE's log) */
    const char *never;      /* never in anything printed */
    const char *stdout_has; /* in the program's stdout */
    unsigned extra;
};

#define DEFAULT_CPU_MS  2000
#define DEFAULT_WALL_MS 5000
#define DEFAULT_MEM_MIB 256
#define DEFAULT_OUT_KIB (16 * 1024)

/* One row per line reads best; clang-format would put each field on its own. */
/* clang-format off */
#define SV(call)   "SV", "forbidden system call: " call
#define OTHER_ABI  "SV", "a system call of another architecture"
#define MEM64      {.memory_mib = 64}
#define CPU300     {.cpu_ms = 300}
#define OUT1M      {.output_kib = 1024}
#define PRECEDENCE {.cpu_ms = 300, .memory_mib = 64, .output_kib = 1024}

static const struct hostile corpus[] = {
    /* processes */
    {"fork_bomb", IN_PIDNS, {NULL}, {0}, 0, SV("clone"), NULL, NULL, 0},
    {"thread_bomb", IN_PIDNS, {NULL}, {0}, 0, SV("clone"), NULL, NULL, 0},
    {"kill_all", IN_PIDNS, {NULL}, {0}, 0, SV("kill"), NULL, NULL, SENTINEL},
    {"outlive_parent", DIRECT, {NULL}, {0}, 0, SV("clone"), NULL, NULL, 0},
    {"exec_shell", DIRECT, {NULL}, {0}, 0, SV("execve"), NULL, NULL, 0},
    {"exec_shell", TEST, {NULL}, {0}, 0, SV("execve"), "root:x:", NULL, 0},
    {"ptrace_parent", DIRECT, {NULL}, {0}, 0, SV("ptrace"), NULL, NULL, 0},
    /* time */
    {"busy", DIRECT, {NULL}, CPU300, 0, "TLE", "CPU time over the 300ms limit", NULL, NULL, 0},
    {"pause_forever", DIRECT, {NULL}, {.wall_ms = 500}, 0, "TLE", "wall time", NULL, NULL, 0},
    {"pause_forever", TEST, {NULL}, {0}, 0, "TLE", "wall time", NULL, NULL, 0},
    {"ignore_signals", DIRECT, {NULL}, CPU300, 0, "TLE", "CPU time", NULL, NULL, 0},
    /* memory */
    {"malloc_bomb", IN_PIDNS, {NULL}, MEM64, 0, "MLE", "over the 64MiB limit", NULL, NULL, 0},
    {"memfd_hoard", DIRECT, {NULL}, MEM64, 0, SV("memfd_create"), "held", NULL, 0},
    {"raise_rlimits", DIRECT, {NULL}, MEM64, 0, "MLE", "over the 64MiB limit", "raised", NULL, 0},
    {"deep_recursion", RUN, {NULL}, MEM64, 0, "MLE", "over the 64MiB limit", NULL, NULL, 0},
    {"deep_recursion", DIRECT, {NULL}, {.stack_mib = 8}, 0, "RE", "SIGSEGV", NULL, NULL, 0},
    {"static_4g", DIRECT, {NULL}, MEM64, 0, "MLE", "static data alone needs 4096 MiB", NULL, NULL, 0},
    {"static_4g", RUN, {NULL}, MEM64, 0, "MLE", "peak memory 4.00GiB", NULL, NULL, 0},
    /* output and disk */
    {"flood", DIRECT, {NULL}, OUT1M, 0, "OLE", "output limit", NULL, NULL, CAPPED},
    {"stderr_flood", DIRECT, {NULL}, OUT1M, 0, "OLE", "output limit", NULL, NULL, CAPPED},
    {"stderr_flood", RUN, {NULL}, OUT1M, 0, "OLE", "output limit", NULL, NULL, 0},
    {"disk_fill", RUN, {NULL}, CPU300, 0, "TLE", "CPU time", NULL, NULL, 0},
    /* files */
    {"read_secret", DIRECT, {"@SECRET@"}, {0}, 0, "RE", "exited with status 1", NULL, NULL, 0},
    {"read_secret", RUN, {"@SECRET@"}, {0}, 0, "RE", "exited with status 1", NULL, NULL, 0},
    {"read_passwd", RUN, {NULL}, {0}, 0, "RE", "exited with status 1", "root:x:", NULL, 0},
    {"environ_dump", DIRECT, {NULL}, {0}, 0, "AC", "", ENV_TOKEN_NAME, "/proc/1/environ: refused", 0},
    {"environ_dump", RUN, {NULL}, {0}, 0, "AC", "", ENV_TOKEN_NAME, "/proc/self/environ: refused", 0},
    {"read_answers", TEST, {NULL}, {0}, 0, "WA", "", "READ ", NULL, 0},
    {"write_outside", DIRECT, {"@TRAP@"}, {0}, 0, "AC", "", "created", NULL, 0},
    {"write_outside", RUN, {"@TRAP@"}, {0}, 0, "AC", "", "created", NULL, 0},
    {"symlink_plant", DIRECT, {"@JUDGE_FILE@", "@JUDGE_DIR@"}, {0}, 0, "AC", "", NULL, "planted 0", LINKS_INTACT},
    {"modify_input", DIRECT, {"@INPUT@"}, {0}, SMALL_INPUT, "AC", "", "worked", NULL, INPUT_INTACT},
    /* system calls */
    {"constructor_attack", DIRECT, {NULL}, {0}, 0, SV("socket"), "main ran", NULL, 0},
    {"socket_loopback", DIRECT, {"@PORT@"}, {0}, 0, SV("socket"), NULL, NULL, LISTENER},
    {"socket_loopback", TEST, {NULL}, {0}, 0, SV("socket"), NULL, NULL, 0},
    {"raw_syscall", DIRECT, {"bpf"}, {0}, 0, SV("bpf"), NULL, NULL, 0},
    {"raw_syscall", DIRECT, {"perf_event_open"}, {0}, 0, SV("perf_event_open"), NULL, NULL, 0},
    {"raw_syscall", DIRECT, {"keyctl"}, {0}, 0, SV("keyctl"), NULL, NULL, 0},
    {"raw_syscall", DIRECT, {"personality"}, {0}, 0, SV("personality"), NULL, NULL, 0},
    {"raw_syscall", DIRECT, {"setns"}, {0}, 0, SV("setns"), NULL, NULL, 0},
    {"raw_syscall", RUN, {"reboot"}, {0}, 0, SV("reboot"), NULL, NULL, 0},
    {"x32_syscall", DIRECT, {NULL}, {0}, 0, OTHER_ABI, NULL, NULL, 0},
    {"int80_syscall", DIRECT, {NULL}, {0}, 0, OTHER_ABI, NULL, NULL, 0},
    {"io_uring", DIRECT, {NULL}, {0}, 0, SV("io_uring_setup"), NULL, NULL, 0},
    {"unshare_ns", DIRECT, {NULL}, {0}, 0, SV("unshare"), NULL, NULL, 0},
    {"mount_proc", DIRECT, {NULL}, {0}, 0, SV("mount"), NULL, NULL, 0},
    {"chroot_escape", DIRECT, {NULL}, {0}, 0, SV("chroot"), NULL, NULL, 0},
    {"tiocsti", DIRECT, {NULL}, {0}, 0, SV("ioctl"), NULL, NULL, 0},
    /* compile time */
    {"ce_include_passwd", TEST, {NULL}, {0}, 0, "CE", "/etc/passwd", "root:x:", NULL, FAST},
    {"ce_include_zero", TEST, {NULL}, {0}, 0, "CE", "/dev/zero", NULL, NULL, FAST},
    {"ce_include_stdin", TEST, {NULL}, {0}, 0, "CE", "/dev/stdin", NULL, NULL, FAST},
    {"ce_include_secret", TEST, {NULL}, {0}, 0, "CE", "secret.txt", NULL, NULL, FAST},
    {"ce_incbin_secret", TEST, {NULL}, {0}, 0, "CE", "secret.txt", NULL, NULL, FAST},
    {"ce_macro_bomb", TEST, {NULL}, {0}, 0, "CE", "", NULL, NULL, FAST},
    /* verdict precedence, classify() in sandbox.c: SV > TLE > MLE > OLE > RE */
    {"precedence", DIRECT, {"100", "socket"}, PRECEDENCE, 0, SV("socket"), NULL, NULL, 0},
    {"precedence", DIRECT, {"100", "spin"}, PRECEDENCE, 0, "TLE", "CPU time", NULL, NULL, 0},
    {"precedence", DIRECT, {"100", "flood"}, PRECEDENCE, 0, "MLE", "peak memory", NULL, NULL, 0},
    {"precedence", DIRECT, {"100", "segv"}, PRECEDENCE, 0, "MLE", "peak memory", NULL, NULL, 0},
    {"precedence", DIRECT, {"1", "flood"}, PRECEDENCE, 0, "OLE", "output limit", NULL, NULL, 0},
    {"precedence", DIRECT, {"1", "segv"}, PRECEDENCE, 0, "RE", "SIGSEGV", NULL, NULL, 0},
    {"precedence", DIRECT, {"1", "exit3"}, PRECEDENCE, 0, "RE", "exited with status 3", NULL, NULL, 0},
    /* benign: must not be flagged */
    {"stdio_heavy", DIRECT, {NULL}, {0}, NUMBERS_INPUT, "AC", "", NULL, "sum 20000100000", 0},
    {"stdio_heavy", RUN, {NULL}, {0}, NUMBERS_INPUT, "AC", "", NULL, "2\n4\n6\n8\n10\n", 0},
    {"random_clock", DIRECT, {NULL}, {0}, 0, "AC", "", NULL, NULL, 0},
    /* It does not solve sum-two: WA, and what matters is that it is neither SV nor RE. */
    {"random_clock", TEST, {NULL}, {0}, 0, "WA", "", NULL, NULL, 0},
    {"uthash_user", RUN, {NULL}, {0}, 0, "AC", "", NULL, "[199998,199999]", 0},
    {"touch_mib", DIRECT, {"57"}, MEM64, 0, "AC", "", NULL, NULL, 0},
    {"touch_mib", RUN, {"57"}, MEM64, 0, "AC", "", NULL, NULL, 0},
    {"reserve_untouched", DIRECT, {NULL}, MEM64, 0, "AC", "", NULL, NULL, 0},
};
/* clang-format on */

/* What one run of a case produced, whichever way it ran. */
struct outcome {
    char verdict[4];
    char *said; /* message, error or compile log */
    char *stdout_text;
    char *printed; /* everything a user could see */
    long long elapsed_ms;
};

static void outcome_free(struct outcome *o)
{
    free(o->said), free(o->stdout_text), free(o->printed);
}

static const char *fill(const char *arg, const struct case_dir *c, int port, char *buf, size_t len)
{
    if (!strcmp(arg, "@SECRET@"))
        return secret_path;
    if (!strcmp(arg, "@TRAP@"))
        return trap_dir;
    if (!strcmp(arg, "@INPUT@"))
        return c->input;
    if (!strcmp(arg, "@JUDGE_FILE@"))
        return judge_file;
    if (!strcmp(arg, "@JUDGE_DIR@"))
        return judge_dir;
    if (!strcmp(arg, "@PORT@")) {
        snprintf(buf, len, "%d", port);
        return buf;
    }
    return arg;
}

static struct run_limits limits_of(const struct hostile *h)
{
    struct run_limits lim = {
        .cpu_ms = h->limits.cpu_ms ? h->limits.cpu_ms : DEFAULT_CPU_MS,
        .wall_ms = h->limits.wall_ms ? h->limits.wall_ms : DEFAULT_WALL_MS,
        .memory_bytes = (h->limits.memory_mib ? h->limits.memory_mib : DEFAULT_MEM_MIB) * MIB,
        .output_bytes = (h->limits.output_kib ? h->limits.output_kib : DEFAULT_OUT_KIB) * 1024,
        .stack_bytes = h->limits.stack_mib * MIB,
    };
    return lim;
}

static void write_input(const struct case_dir *c, enum input input)
{
    if (input == SMALL_INPUT) {
        make_file(c->input, "1 2\n", 0666);
    } else if (input == NUMBERS_INPUT) {
        struct strbuf sb = {0};
        for (int i = 1; i <= 200000; i++)
            sb_printf(&sb, "%d\n", i);
        ck_assert_int_eq(write_file(c->input, sb.data, sb.len), 0);
        sb_free(&sb);
    }
}

static char *read_or_empty(const char *path, size_t limit)
{
    char *text = read_file(path, limit, NULL, NULL);
    return text ? text : xstrdup("");
}

/* ---- running a case directly, or in a PID namespace ---- */

/* What the namespace's init reports to the test. */
struct ns_report {
    bool skipped;
    char why[160];
    struct run_result res;
    int survivors;      /* processes left in the namespace after sandbox_run */
    bool sentinel_died; /* the uid-60000 bystander was killed */
};

static bool process_alive(pid_t pid)
{
    char *path = xasprintf("/proc/%d/stat", (int)pid);
    char *stat = read_file(path, 4096, NULL, NULL);
    free(path);
    const char *paren = stat ? strrchr(stat, ')') : NULL;
    bool alive = paren && paren[2] != 'Z' && paren[2] != 'X';
    free(stat);
    return alive;
}

/* The processes of this PID namespace other than its init and the sentinel. */
static int count_others(pid_t sentinel)
{
    DIR *proc = opendir("/proc");
    int n = 0;
    struct dirent *e;
    while (proc && (e = readdir(proc)) != NULL) {
        char *end;
        long pid = strtol(e->d_name, &end, 10);
        if (!*end && pid > 1 && pid != sentinel && process_alive((pid_t)pid))
            n++;
    }
    if (proc)
        closedir(proc);
    return n;
}

/* The namespace's init (pid 1): its own /proc, so the supervisor's VmHWM reads see this
 * namespace's pids, then the run. No Check calls here: this is not the test's process. */
static _Noreturn void ns_init(const struct run_spec *spec, bool sentinel, int fd)
{
    struct ns_report rep = {0};
    if (mount(NULL, "/", NULL, MS_REC | MS_PRIVATE, NULL) < 0 ||
        mount("proc", "/proc", "proc", MS_NOSUID | MS_NODEV | MS_NOEXEC, NULL) < 0) {
        rep.skipped = true;
        snprintf(rep.why, sizeof rep.why, "cannot mount /proc in the namespace: %s",
                 strerror(errno));
    } else {
        pid_t bystander = -1;
        if (sentinel && (bystander = fork()) == 0) {
            if (setresgid(SANDBOX_UID, SANDBOX_UID, SANDBOX_UID) == 0 &&
                setresuid(SANDBOX_UID, SANDBOX_UID, SANDBOX_UID) == 0)
                for (;;)
                    pause();
            _exit(1);
        }
        sandbox_run(spec, &rep.res);
        for (int i = 0; i < 200 && (rep.survivors = count_others(bystander)) > 0; i++)
            usleep(10000);
        if (bystander > 0) {
            rep.sentinel_died = !process_alive(bystander);
            kill(bystander, SIGKILL);
        }
    }
    ssize_t n = write(fd, &rep, sizeof rep);
    _exit(n == (ssize_t)sizeof rep ? 0 : 1);
}

static void run_in_pidns(const struct run_spec *spec, bool sentinel, struct ns_report *rep)
{
    int fds[2];
    ck_assert_int_eq(pipe(fds), 0);
    fflush(NULL);
    pid_t child = fork();
    ck_assert_msg(child >= 0, "fork: %s", strerror(errno));
    if (child == 0) {
        close(fds[0]);
        if (unshare(CLONE_NEWPID | CLONE_NEWNS) < 0) {
            struct ns_report skip = {.skipped = true};
            snprintf(skip.why, sizeof skip.why, "cannot create a PID namespace: %s",
                     strerror(errno));
            ssize_t n = write(fds[1], &skip, sizeof skip);
            _exit(n == (ssize_t)sizeof skip ? 0 : 1);
        }
        pid_t init = fork();
        if (init == 0)
            ns_init(spec, sentinel, fds[1]);
        int status;
        while (init > 0 && waitpid(init, &status, 0) < 0 && errno == EINTR)
            ;
        _exit(init > 0 ? 0 : 1);
    }
    close(fds[1]);
    ssize_t n = read(fds[0], rep, sizeof *rep);
    close(fds[0]);
    int status;
    waitpid(child, &status, 0);
    ck_assert_msg(n == (ssize_t)sizeof *rep, "the PID namespace's init reported nothing");
}

/* Runs the case through sandbox_run(); returns false when it was skipped. */
static bool run_direct(const struct hostile *h, const struct case_dir *c, int port,
                       struct outcome *o)
{
    char *bin = hostile_bin(h->prog);
    char ports[3][16];
    const char *argv[5] = {bin};
    for (size_t i = 0; i < LEN(h->args) && h->args[i]; i++)
        argv[i + 1] = fill(h->args[i], c, port, ports[i], sizeof ports[i]);
    const char *readable[] = {c->input, NULL};
    struct run_spec spec = {
        .profile = SANDBOX_SUBMISSION,
        .argv = argv,
        .workdir = c->scratch,
        .stdin_path = h->input ? c->input : NULL,
        .stdout_path = c->out,
        .stderr_path = c->err,
        .readable = h->input ? readable : NULL,
        .limits = limits_of(h),
    };
    struct run_result res;
    long long start = now_ms();
    if (h->how == IN_PIDNS) {
        struct ns_report rep;
        run_in_pidns(&spec, h->extra & SENTINEL, &rep);
        if (rep.skipped) {
            printf("SKIP hostile %s: %s; not running it outside one\n", h->prog, rep.why);
            free(bin);
            return false;
        }
        ck_assert_msg(rep.survivors == 0, "%s: %d processes left in its PID namespace", h->prog,
                      rep.survivors);
        ck_assert_msg(!rep.sentinel_died, "%s: the bystander process was killed", h->prog);
        res = rep.res;
    } else {
        ck_assert_msg(sandbox_run(&spec, &res) == 0, "%s: sandbox_run failed: %s", h->prog,
                      res.error);
    }
    o->elapsed_ms = now_ms() - start;
    char msg[512];
    enum verdict v = verdict_from_run(&res, &spec.limits, 0, msg, sizeof msg);
    snprintf(o->verdict, sizeof o->verdict, "%s", verdict_code(v));
    o->said = xasprintf("%s\n%s", msg, res.error);
    o->stdout_text = read_or_empty(c->out, 32 << 20);
    char *err = read_or_empty(c->err, 32 << 20);
    o->printed = xasprintf("%s\n%s\n%s", o->said, o->stdout_text, err);
    free(err);
    if (h->extra & CAPPED) {
        struct stat so, se;
        ck_assert_int_eq(stat(c->out, &so), 0);
        ck_assert_int_eq(stat(c->err, &se), 0);
        ck_assert_msg(so.st_size <= spec.limits.output_bytes &&
                          se.st_size <= spec.limits.output_bytes,
                      "%s: stdout %lld, stderr %lld bytes, over the limit", h->prog,
                      (long long)so.st_size, (long long)se.st_size);
    }
    ck_assert_msg(remove_tree(c->scratch) == 0, "%s: cannot clean %s up", h->prog, c->scratch);
    free(bin);
    return true;
}

/* ---- running a case through the judge binary ---- */

/* Runs $JUDGE_BIN ARGS with TMPDIR and JUDGE_CACHE inside the suite; returns its status. */
static int judge(const struct case_dir *c, const char *const *args, char **out, char **err,
                 long long *elapsed_ms)
{
    const char *bin = env_or_fail("JUDGE_BIN");
    char *problems = root_path("problems");
    const char *argv[24] = {bin, "--problems", problems};
    size_t n = 3;
    for (size_t i = 0; args[i]; i++) {
        ck_assert(n < LEN(argv) - 1);
        argv[n++] = args[i];
    }
    argv[n] = NULL;
    long long start = now_ms();
    fflush(NULL);
    pid_t pid = fork();
    ck_assert_msg(pid >= 0, "fork: %s", strerror(errno));
    if (pid == 0) {
        int in = open("/dev/null", O_RDONLY);
        int o = open(c->out, O_WRONLY | O_CREAT | O_TRUNC, 0600);
        int e = open(c->err, O_WRONLY | O_CREAT | O_TRUNC, 0600);
        if (in < 0 || o < 0 || e < 0 || dup2(in, 0) < 0 || dup2(o, 1) < 0 || dup2(e, 2) < 0)
            _exit(126);
        setenv("NO_COLOR", "1", 1);
        setenv("TMPDIR", c->tmp, 1);
        setenv("JUDGE_CACHE", cache_dir, 1);
        execv(bin, (char *const *)argv);
        _exit(127);
    }
    int status;
    for (;;) {
        pid_t got = waitpid(pid, &status, WNOHANG);
        if (got == pid)
            break;
        if (now_ms() - start > JUDGE_TIMEOUT) {
            kill(pid, SIGKILL);
            waitpid(pid, &status, 0);
            ck_abort_msg("judge did not finish in %d s", JUDGE_TIMEOUT / 1000);
        }
        usleep(5000);
    }
    *elapsed_ms = now_ms() - start;
    *out = read_or_empty(c->out, 16 << 20);
    *err = read_or_empty(c->err, 16 << 20);
    free(problems);
    ck_assert_msg(WIFEXITED(status), "the judge was killed by signal %d; stderr:\n%s",
                  WTERMSIG(status), *err);
    return WEXITSTATUS(status);
}

/* The first "key": "..." string of the JSON, unescaped enough for substring checks. */
static char *json_field(const char *json, const char *key)
{
    char *pattern = xasprintf("\"%s\": \"", key);
    const char *v = strstr(json, pattern);
    struct strbuf sb = {0};
    for (v = v ? v + strlen(pattern) : ""; *v && *v != '"'; v++) {
        char ch = *v;
        if (ch == '\\' && v[1])
            ch = *++v == 'n' ? '\n' : *v;
        sb_append(&sb, &ch, 1);
    }
    free(pattern);
    return sb_take(&sb);
}

/* tests/hostile/<prog>.c with @SECRET@ and @PROBLEM_DIR@ filled in, as the case's
 * solution.c (malloc'd path). */
static char *solution_source(const struct hostile *h, const struct case_dir *c)
{
    char *src = root_path("tests/hostile/");
    char *file = xasprintf("%s%s.c", src, h->prog);
    char *text = read_file(file, 1 << 20, NULL, NULL);
    ck_assert_msg(text != NULL, "cannot read %s: %s", file, strerror(errno));
    char *problem = root_path(SUM_TWO);
    const struct {
        const char *mark, *value;
    } subst[] = {{"@SECRET@", secret_path}, {"@PROBLEM_DIR@", problem}};
    for (size_t i = 0; i < LEN(subst); i++) {
        char *at;
        while ((at = strstr(text, subst[i].mark)) != NULL) {
            *at = '\0';
            char *next = xasprintf("%s%s%s", text, subst[i].value, at + strlen(subst[i].mark));
            free(text);
            text = next;
        }
    }
    char *path = xasprintf("%s/solution.c", c->dir);
    ck_assert_int_eq(write_file(path, text, strlen(text)), 0);
    free(problem), free(text), free(file), free(src);
    return path;
}

static void run_judge(const struct hostile *h, const struct case_dir *c, struct outcome *o)
{
    char *out, *err, *bin = NULL, *solution = NULL, *problem = NULL;
    char opt[4][32], ports[3][16];
    const char *args[16];
    size_t n = 0;
    if (h->how == RUN) {
        struct run_limits lim = limits_of(h);
        bin = hostile_bin(h->prog);
        snprintf(opt[0], sizeof opt[0], "%ldms", lim.cpu_ms);
        snprintf(opt[1], sizeof opt[1], "%ldms", lim.wall_ms);
        snprintf(opt[2], sizeof opt[2], "%lldKiB", lim.memory_bytes / 1024);
        snprintf(opt[3], sizeof opt[3], "%lldKiB", lim.output_bytes / 1024);
        const char *head[] = {"run",  "--json",   "--time", opt[0],     "--wall",
                              opt[1], "--memory", opt[2],   "--output", opt[3]};
        for (size_t i = 0; i < LEN(head); i++)
            args[n++] = head[i];
        if (h->input) {
            args[n++] = "--stdin";
            args[n++] = c->input;
        }
        args[n++] = "--";
        args[n++] = bin;
        for (size_t i = 0; i < LEN(h->args) && h->args[i]; i++)
            args[n++] = fill(h->args[i], c, 0, ports[i], sizeof ports[i]);
    } else {
        solution = solution_source(h, c);
        problem = root_path(SUM_TWO);
        const char *head[] = {"test", problem, solution, "--json"};
        for (size_t i = 0; i < LEN(head); i++)
            args[n++] = head[i];
    }
    args[n] = NULL;
    int status = judge(c, args, &out, &err, &o->elapsed_ms);
    char *verdict = json_field(out, "verdict");
    snprintf(o->verdict, sizeof o->verdict, "%s", verdict);
    ck_assert_msg(status == (strcmp(verdict, "AC") == 0 ? 0 : 1),
                  "%s: the judge exited %d for %s; stderr:\n%s", h->prog, status, verdict, err);
    o->said = json_field(out, strcmp(verdict, "CE") == 0 ? "log" : "message");
    o->stdout_text = json_field(out, "stdout");
    o->printed = xasprintf("%s\n%s", out, err);
    ck_assert_msg(count_entries(c->tmp, "") == 0, "%s: the judge left files in its TMPDIR %s",
                  h->prog, c->tmp);
    free(verdict), free(out), free(err), free(bin), free(solution), free(problem);
}

/* A loopback listener for @PORT@; returns its fd and sets *port. */
static int listen_loopback(int *port)
{
    int fd = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    ck_assert_int_ge(fd, 0);
    struct sockaddr_in addr = {.sin_family = AF_INET, .sin_addr.s_addr = htonl(INADDR_LOOPBACK)};
    socklen_t len = sizeof addr;
    ck_assert_int_eq(bind(fd, (struct sockaddr *)&addr, sizeof addr), 0);
    ck_assert_int_eq(listen(fd, 4), 0);
    ck_assert_int_eq(getsockname(fd, (struct sockaddr *)&addr, &len), 0);
    *port = ntohs(addr.sin_port);
    return fd;
}

static void assert_judge_targets_intact(const char *what)
{
    char *text = read_file(judge_file, 64, NULL, NULL);
    char *keep_path = xasprintf("%s/keep", judge_dir);
    char *keep = read_file(keep_path, 64, NULL, NULL);
    struct stat st;
    ck_assert_msg(text && !strcmp(text, "judge-owned\n") && keep && !strcmp(keep, "judge-owned\n"),
                  "%s: a judge-owned file was changed or removed through a link", what);
    ck_assert_msg(stat(judge_file, &st) == 0 && st.st_uid == getuid() &&
                      (st.st_mode & 07777) == 0644,
                  "%s: the judge-owned file's owner or mode changed", what);
    free(text), free(keep), free(keep_path);
}

START_TEST(hostile_program_is_contained)
{
    const struct hostile *h = &corpus[_i];
    static const char *const hows[] = {"sandbox_run", "sandbox_run in a PID namespace", "judge run",
                                       "judge test sum-two"};
    char *what = xasprintf("%s %s (%s)", h->prog, h->args[0] ? h->args[0] : "", hows[h->how]);
    struct case_dir c;
    case_dir_init(&c, h->prog);
    write_input(&c, h->input);
    int port = 0, listener = h->extra & LISTENER ? listen_loopback(&port) : -1;
    struct outcome o = {0};

    bool ran = true;
    if (h->how == DIRECT || h->how == IN_PIDNS)
        ran = run_direct(h, &c, port, &o);
    else
        run_judge(h, &c, &o);
    if (ran) {
        ck_assert_msg(strcmp(o.verdict, h->verdict) == 0, "%s: verdict %s, want %s\n%.3000s", what,
                      o.verdict, h->verdict, o.printed);
        ck_assert_msg(strstr(o.said, h->said), "%s: '%s' not in:\n%.3000s", what, h->said, o.said);
        ck_assert_msg(!h->stdout_has || strstr(o.stdout_text, h->stdout_has),
                      "%s: '%s' not in its stdout:\n%.2000s", what, h->stdout_has, o.stdout_text);
        ck_assert_msg(!h->never || !strstr(o.printed, h->never), "%s: '%s' was printed:\n%.3000s",
                      what, h->never, o.printed);
        assert_secret_absent(o.printed, what);
        if (h->extra & FAST)
            ck_assert_msg(o.elapsed_ms < 15000, "%s: took %lld ms", what, o.elapsed_ms);
    }
    if (listener >= 0) {
        int conn = accept(listener, NULL, NULL);
        ck_assert_msg(conn < 0 && (errno == EAGAIN || errno == EWOULDBLOCK),
                      "%s: a connection reached the loopback listener", what);
        close(listener);
    }
    if (h->extra & INPUT_INTACT) {
        char *text = read_file(c.input, 64, NULL, NULL);
        struct stat st;
        ck_assert_msg(text && !strcmp(text, "1 2\n") && stat(c.input, &st) == 0 &&
                          (st.st_mode & 07777) == 0666,
                      "%s: the input file was modified", what);
        free(text);
    }
    assert_judge_targets_intact(what);
    assert_nothing_outside(&c, what);
    assert_no_survivor(what);
    outcome_free(&o);
    case_dir_free(&c);
    free(what);
}
END_TEST

/* ---- links planted in scratch: the judge's cleanup must not follow them ---- */

static void plant_links(const char *scratch)
{
    char *file_link = xasprintf("%s/to-judge-file", scratch);
    char *dir_link = xasprintf("%s/to-judge-dir", scratch);
    char *sub = xasprintf("%s/sub", scratch);
    char *deep_link = xasprintf("%s/sub/to-judge-dir", scratch);
    ck_assert_int_eq(symlink(judge_file, file_link), 0);
    ck_assert_int_eq(symlink(judge_dir, dir_link), 0);
    ck_assert_int_eq(mkdir(sub, 0755), 0);
    ck_assert_int_eq(symlink(judge_dir, deep_link), 0);
    free(file_link), free(dir_link), free(sub), free(deep_link);
}

/* Links the test itself plants (a submission cannot: symlink and link are refused) in a
 * workdir that sandbox_run chowns and the test then removes. */
START_TEST(planted_links_survive_sandbox_cleanup)
{
    struct case_dir c;
    case_dir_init(&c, "links");
    plant_links(c.scratch);
    char *bin = hostile_bin("exit0");
    const char *argv[] = {bin, NULL};
    struct run_spec spec = {.argv = argv,
                            .workdir = c.scratch,
                            .stdout_path = c.out,
                            .limits = {.cpu_ms = 1000, .wall_ms = 3000, .memory_bytes = 64 * MIB}};
    struct run_result res;
    ck_assert_int_eq(sandbox_run(&spec, &res), 0);
    ck_assert_int_eq(res.outcome, RUN_EXITED);
    ck_assert_int_eq(remove_tree(c.scratch), 0);
    assert_judge_targets_intact("links in a sandbox_run workdir");
    free(bin);
    case_dir_free(&c);
}
END_TEST

/* The judge's own scratch directory, planted while the program runs: `judge run` must
 * remove the links, not what they point at. */
START_TEST(planted_links_survive_judge_cleanup)
{
    struct case_dir c;
    case_dir_init(&c, "judge-links");
    char *bin = hostile_bin("pause_forever");
    const char *bin_path = env_or_fail("JUDGE_BIN");
    fflush(NULL);
    pid_t pid = fork();
    ck_assert_int_ge(pid, 0);
    if (pid == 0) {
        int null = open("/dev/null", O_RDWR);
        if (null < 0 || dup2(null, 0) < 0 || dup2(null, 1) < 0 || dup2(null, 2) < 0)
            _exit(126);
        setenv("TMPDIR", c.tmp, 1);
        execl(bin_path, bin_path, "run", "--wall", "1500ms", "--", bin, (char *)NULL);
        _exit(127);
    }
    /* Wait for the run's scratch directory (TMPDIR/judge-run-XXXXXX/scratch) to appear. */
    char *scratch = NULL;
    for (int i = 0; i < 300 && !scratch; i++) {
        DIR *d = opendir(c.tmp);
        struct dirent *e;
        while (d && (e = readdir(d)) != NULL)
            if (!strncmp(e->d_name, "judge-run-", 10)) {
                char *s = xasprintf("%s/%s/scratch", c.tmp, e->d_name);
                if (path_is_dir(s))
                    scratch = s;
                else
                    free(s);
            }
        if (d)
            closedir(d);
        if (!scratch)
            usleep(5000);
    }
    ck_assert_msg(scratch != NULL, "judge run made no scratch directory in %s", c.tmp);
    plant_links(scratch);
    int status;
    ck_assert_int_eq(waitpid(pid, &status, 0), pid);
    ck_assert_msg(WIFEXITED(status) && WEXITSTATUS(status) == 1, "judge run: status %d", status);
    ck_assert_msg(count_entries(c.tmp, "") == 0, "judge run left its directory in %s", c.tmp);
    assert_judge_targets_intact("links in judge run's scratch");
    free(scratch), free(bin);
    case_dir_free(&c);
}
END_TEST

/* Defence in depth: with no seccomp filter at all (the compiler's profile), Landlock's
 * signal scoping alone keeps kill(-1, SIGKILL) from a bystander of the same uid. */
START_TEST(landlock_alone_scopes_signals)
{
    struct sandbox_layers layers;
    sandbox_layers(&layers);
    if (layers.landlock_abi < 6) {
        printf("SKIP hostile landlock_alone_scopes_signals: Landlock ABI %d has no signal "
               "scoping (6 needed)\n",
               layers.landlock_abi);
        return;
    }
    struct case_dir c;
    case_dir_init(&c, "scoped");
    char *bin = hostile_bin("kill_all");
    const char *argv[] = {bin, NULL};
    struct run_spec spec = {.profile = SANDBOX_COMPILER,
                            .argv = argv,
                            .workdir = c.scratch,
                            .limits = {.cpu_ms = 1000, .wall_ms = 3000, .memory_bytes = 64 * MIB}};
    struct ns_report rep;
    run_in_pidns(&spec, true, &rep);
    if (rep.skipped) {
        printf("SKIP hostile landlock_alone_scopes_signals: %s\n", rep.why);
    } else {
        ck_assert_msg(rep.res.outcome == RUN_EXITED, "kill_all unfiltered: outcome %d",
                      rep.res.outcome);
        ck_assert_msg(!rep.sentinel_died, "kill(-1) reached a process outside the sandbox");
        ck_assert_int_eq(rep.survivors, 0);
    }
    free(bin);
    case_dir_free(&c);
}
END_TEST

/* Every program of tests/hostile/ names what it does in a leading comment and is run by
 * some test: its quoted name appears in check_hostile.c or check_sandbox.c. */
START_TEST(every_program_is_exercised)
{
    char *dir_path = root_path("tests/hostile");
    char *mine = root_path("tests/check_hostile.c"), *other = root_path("tests/check_sandbox.c");
    char *tests = read_file(mine, 1 << 20, NULL, NULL),
         *more = read_file(other, 1 << 20, NULL, NULL);
    ck_assert_ptr_nonnull(tests);
    ck_assert_ptr_nonnull(more);
    DIR *dir = opendir(dir_path);
    ck_assert_msg(dir != NULL, "opendir %s: %s", dir_path, strerror(errno));
    int programs = 0;
    struct dirent *e;
    while ((e = readdir(dir)) != NULL) {
        size_t n = strlen(e->d_name);
        if (n < 3 || strcmp(e->d_name + n - 2, ".c") != 0)
            continue;
        programs++;
        char *path = xasprintf("%s/%s", dir_path, e->d_name);
        char *text = read_file(path, 256, NULL, NULL);
        ck_assert_msg(text && !strncmp(text, "/* ", 3), "%s does not start with a comment", path);
        char *quoted = xasprintf("\"%.*s\"", (int)(n - 2), e->d_name);
        ck_assert_msg(strstr(tests, quoted) || strstr(more, quoted),
                      "%s is run by no test (check_hostile.c's table?)", path);
        free(quoted), free(text), free(path);
    }
    closedir(dir);
    ck_assert_int_ge(programs, 30);
    free(tests), free(more), free(mine), free(other), free(dir_path);
}
END_TEST

/* ---- measurement accuracy ---- */

static void measure(const char *prog, const char *arg, long long memory_mib, struct run_result *res)
{
    struct case_dir c;
    case_dir_init(&c, prog);
    char *bin = hostile_bin(prog);
    const char *argv[] = {bin, arg, NULL};
    struct run_spec spec = {.argv = argv,
                            .workdir = c.scratch,
                            .limits = {.cpu_ms = 2000,
                                       .wall_ms = 10000,
                                       .memory_bytes = memory_mib * MIB,
                                       .output_bytes = MIB}};
    ck_assert_int_eq(sandbox_run(&spec, res), 0);
    free(bin);
    case_dir_free(&c);
}

START_TEST(cpu_time_is_accurate)
{
    struct run_result res;
    measure("cpu_spin", "200", 256, &res);
    ck_assert_int_eq(res.outcome, RUN_EXITED);
    ck_assert_int_eq(res.exit_code, 0);
    ck_assert_msg(res.cpu_ms >= 180 && res.cpu_ms <= 220, "a 200 ms CPU loop reported %ld ms",
                  res.cpu_ms);
}
END_TEST

START_TEST(peak_memory_is_accurate)
{
    struct run_result res;
    measure("touch_mib", "100", 256, &res);
    ck_assert_int_eq(res.outcome, RUN_EXITED);
    ck_assert_int_eq(res.exit_code, 0);
    ck_assert_msg(res.peak_kib >= 100 * 1024 && res.peak_kib < 110 * 1024,
                  "100 MiB touched, %lld KiB reported", res.peak_kib);
}
END_TEST

START_TEST(memory_limit_has_two_sides)
{
    struct run_result under, over;
    measure("touch_mib", "48", 64, &under);
    measure("touch_mib", "80", 64, &over);
    ck_assert_msg(under.outcome == RUN_EXITED && under.exit_code == 0,
                  "48 MiB under a 64 MiB limit: outcome %d, %lld KiB", under.outcome,
                  under.peak_kib);
    ck_assert_msg(over.outcome == RUN_MEMORY_LIMIT, "80 MiB under a 64 MiB limit: outcome %d",
                  over.outcome);
    ck_assert_int_ge(over.peak_kib, 80 * 1024);
}
END_TEST

/* Global, so the compiler cannot drop the stores as dead. */
char *hostile_ballast;

/* ru_maxrss of a child counts what its parent had resident when it forked: the sandbox
 * must report the program's own peak even when the judge is big. */
START_TEST(peak_excludes_the_judges_memory)
{
    hostile_ballast = malloc(200 * MIB);
    ck_assert_ptr_nonnull(hostile_ballast);
    memset(hostile_ballast, 1, 200 * MIB);
    struct run_result res;
    measure("exit0", NULL, 256, &res);
    ck_assert_int_eq(res.outcome, RUN_EXITED);
    ck_assert_msg(res.peak_kib > 0 && res.peak_kib < 20 * 1024,
                  "a tiny program forked by a 200 MiB process reported %lld KiB", res.peak_kib);
    free(hostile_ballast);
}
END_TEST

/* ---- docs/sandbox.md lists judge/policy.c's tables ---- */

/* The text between "<!-- BEGIN name -->" and "<!-- END name -->" (malloc'd). */
static char *doc_block(const char *doc, const char *name)
{
    char *begin = xasprintf("<!-- BEGIN %s -->", name), *end = xasprintf("<!-- END %s -->", name);
    const char *b = strstr(doc, begin), *e = b ? strstr(b, end) : NULL;
    ck_assert_msg(b && e, "docs/sandbox.md has no '%s' ... '%s' block", begin, end);
    b += strlen(begin);
    char *block = xasprintf("%.*s", (int)(e - b), b);
    /* Line breaks are the doc's formatting, not part of an entry. */
    for (char *c = block; *c; c++)
        if (*c == '\n')
            *c = ' ';
    free(begin), free(end);
    return block;
}

/* The source between the line starting with head and the next "};" (malloc'd). */
static char *source_table(const char *src, const char *head)
{
    const char *b = strstr(src, head), *e = b ? strstr(b, "\n};") : NULL;
    ck_assert_msg(b && e, "judge/policy.c has no table '%s'", head);
    return xasprintf("%.*s", (int)(e - b), b);
}

/* Counts the `quoted` entries of a doc block. */
static int doc_entries(const char *block)
{
    int ticks = 0;
    for (const char *p = block; (p = strchr(p, '`')) != NULL; p++)
        ticks++;
    return ticks / 2;
}

/* allowed[]: one "name", per line. The doc block shows each as `name`, and nothing else. */
static void assert_allowed_listed(const char *table, const char *block)
{
    int n = 0;
    for (const char *p = table; (p = strstr(p, "\n    \"")) != NULL; n++) {
        p += 6;
        char *shown = xasprintf("`%.*s`", (int)strcspn(p, "\""), p);
        ck_assert_msg(strstr(block, shown), "docs/sandbox.md's allowed list lacks %s", shown);
        free(shown);
    }
    ck_assert_msg(n > 0 && doc_entries(block) == n,
                  "docs/sandbox.md's allowed list has %d entries, policy.c's %d",
                  doc_entries(block), n);
}

/* refused[]: {"name", ERROR} pairs. The doc block shows each as `name` (ERROR). */
static void assert_refused_listed(const char *table, const char *block)
{
    int n = 0;
    for (const char *p = table; (p = strstr(p, "{\"")) != NULL; n++) {
        p += 2;
        int name = (int)strcspn(p, "\"");
        const char *error = p + name + 3; /* past `", ` */
        char *shown = xasprintf("`%.*s` (%.*s)", name, p, (int)strcspn(error, "}"), error);
        ck_assert_msg(strstr(block, shown), "docs/sandbox.md's errno list lacks %s", shown);
        free(shown);
    }
    ck_assert_msg(n > 0 && doc_entries(block) == n,
                  "docs/sandbox.md's errno list has %d entries, policy.c's %d", doc_entries(block),
                  n);
}

START_TEST(docs_list_the_policy)
{
    char *src_path = root_path("judge/policy.c"), *doc_path = root_path("docs/sandbox.md");
    char *src = read_file(src_path, 1 << 20, NULL, NULL),
         *doc = read_file(doc_path, 1 << 20, NULL, NULL);
    ck_assert_msg(src && doc, "cannot read %s or %s", src_path, doc_path);
    char *allowed = source_table(src, "static const char *const allowed[]");
    char *refused = source_table(src, "static const struct refusal refused[]");
    char *doc_allowed = doc_block(doc, "policy-allowed"),
         *doc_errno = doc_block(doc, "policy-errno");
    char *doc_args = doc_block(doc, "policy-arguments");
    assert_allowed_listed(allowed, doc_allowed);
    assert_refused_listed(refused, doc_errno);
    /* The calls allowed only with some arguments: every SCMP_SYS(name) of policy.c. */
    for (const char *p = src; (p = strstr(p, "SCMP_SYS(")) != NULL; p++) {
        const char *q = strchr(p, ')');
        char *shown = xasprintf("`%.*s`", (int)(q - p - 9), p + 9);
        ck_assert_msg(strstr(doc_args, shown), "docs/sandbox.md's argument list lacks %s", shown);
        free(shown);
    }
    free(doc_args), free(doc_errno), free(doc_allowed), free(refused), free(allowed);
    free(src), free(doc), free(src_path), free(doc_path);
}
END_TEST

Suite *make_hostile_suite(void)
{
    Suite *s = suite_create("hostile");

    TCase *corpus_case = tcase_create("corpus");
    tcase_add_unchecked_fixture(corpus_case, suite_setup, suite_teardown);
    tcase_set_timeout(corpus_case, 60);
    tcase_add_loop_test(corpus_case, hostile_program_is_contained, 0, (int)LEN(corpus));
    tcase_add_test(corpus_case, planted_links_survive_sandbox_cleanup);
    tcase_add_test(corpus_case, planted_links_survive_judge_cleanup);
    tcase_add_test(corpus_case, landlock_alone_scopes_signals);
    tcase_add_test(corpus_case, every_program_is_exercised);
    suite_add_tcase(s, corpus_case);

    TCase *measure_case = tcase_create("measurement");
    tcase_add_unchecked_fixture(measure_case, suite_setup, suite_teardown);
    tcase_set_timeout(measure_case, 30);
    tcase_add_test(measure_case, cpu_time_is_accurate);
    tcase_add_test(measure_case, peak_memory_is_accurate);
    tcase_add_test(measure_case, memory_limit_has_two_sides);
    tcase_add_test(measure_case, peak_excludes_the_judges_memory);
    tcase_add_test(measure_case, docs_list_the_policy);
    suite_add_tcase(s, measure_case);
    tcases_left = 2;
    return s;
}
