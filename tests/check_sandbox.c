/* Unit tests for sandbox.c: sandbox_run() on the small hostile programs of tests/hostile/
 * (each says in its first line what it does and what outcome it must get). They are
 * compiled with gcc -O2 -static on first use into a per-test-case cache directory that an
 * unchecked fixture creates and removes, so each is compiled once per run. */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "sandbox.h"
#include "suites.h"
#include "util.h"

#define LEN(a) (sizeof(a) / sizeof((a)[0]))
#define MIB    (1LL << 20)

/* Created in the runner process, before the test case forks its tests. */
static char *cache_dir;

static void cache_setup(void)
{
    const char *base = getenv("TMPDIR");
    cache_dir = xasprintf("%s/check-sandbox-XXXXXX", base && *base ? base : "/tmp");
    ck_assert_msg(mkdtemp(cache_dir) != NULL, "mkdtemp %s: %s", cache_dir, strerror(errno));
    /* Runs may use another uid (sandbox.h): the binaries must be reachable by it. */
    ck_assert_int_eq(chmod(cache_dir, 0755), 0);
}

static void cache_teardown(void)
{
    remove_tree(cache_dir);
    free(cache_dir);
    cache_dir = NULL;
}

/* Runs argv (PATH lookup) and returns its wait status. */
static int spawn_wait(const char *const *argv)
{
    fflush(NULL);
    pid_t pid = fork();
    ck_assert_msg(pid >= 0, "fork: %s", strerror(errno));
    if (pid == 0) {
        execvp(argv[0], (char *const *)argv);
        _exit(127);
    }
    int status;
    while (waitpid(pid, &status, 0) < 0)
        ck_assert_msg(errno == EINTR, "waitpid: %s", strerror(errno));
    return status;
}

/* Path of the compiled tests/hostile/<name>.c (malloc'd); compiles it on first use. */
static char *hostile(const char *name)
{
    char *bin = xasprintf("%s/%s", cache_dir, name);
    if (access(bin, X_OK) == 0)
        return bin;
    const char *root = getenv("JUDGE_ROOT");
    char *src = xasprintf("%s/tests/hostile/%s.c", root && *root ? root : ".", name);
    /* Compile beside the final name and rename, so a half-written binary is never used. */
    char *tmp = xasprintf("%s.tmp%d", bin, (int)getpid());
    const char *argv[] = {"gcc", "-O2", "-static", "-o", tmp, src, NULL};
    int status = spawn_wait(argv);
    ck_assert_msg(WIFEXITED(status) && WEXITSTATUS(status) == 0, "cannot compile %s", src);
    ck_assert_msg(rename(tmp, bin) == 0, "rename %s: %s", tmp, strerror(errno));
    free(tmp);
    free(src);
    return bin;
}

/* One run of one hostile program in a fresh work directory, stdout to workdir/stdout. */
struct trial {
    char *bin, *workdir, *out_path;
    const char *argv[2];
    struct run_spec spec;
    struct run_result res;
};

static const struct run_limits default_limits = {
    .cpu_ms = 2000,
    .wall_ms = 5000,
    .memory_bytes = 256 * MIB,
    .output_bytes = 16 * MIB,
};

static void trial_init(struct trial *t, const char *prog)
{
    *t = (struct trial){.bin = hostile(prog)};
    t->workdir = xasprintf("%s/work-XXXXXX", cache_dir);
    ck_assert_msg(mkdtemp(t->workdir) != NULL, "mkdtemp: %s", strerror(errno));
    t->out_path = xasprintf("%s/stdout", t->workdir);
    t->argv[0] = t->bin;
    t->spec = (struct run_spec){
        .argv = t->argv,
        .workdir = t->workdir,
        .stdout_path = t->out_path,
        .limits = default_limits,
    };
}

static int trial_run(struct trial *t)
{
    return sandbox_run(&t->spec, &t->res);
}

static void trial_free(struct trial *t)
{
    free(t->bin);
    free(t->workdir);
    free(t->out_path);
}

/* The whole stdout of the run (malloc'd, never NULL). */
static char *trial_stdout(const struct trial *t)
{
    char *text = read_file(t->out_path, 1 << 20, NULL, NULL);
    return text ? text : xstrdup("");
}

static char *work_file(const struct trial *t, const char *name)
{
    return xasprintf("%s/%s", t->workdir, name);
}

/* ---- how runs end ---- */

struct ending {
    const char *prog;
    enum run_outcome outcome;
    int exit_code; /* RUN_EXITED */
    int signal;    /* RUN_SIGNALED */
};

static const struct ending endings[] = {
    {"exit0", RUN_EXITED, 0, 0},
    {"exit3", RUN_EXITED, 3, 0},
    {"segv", RUN_SIGNALED, 0, SIGSEGV},
    {"abort", RUN_SIGNALED, 0, SIGABRT},
};

START_TEST(run_ends_as_expected)
{
    const struct ending *e = &endings[_i];
    struct trial t;
    trial_init(&t, e->prog);

    ck_assert_int_eq(trial_run(&t), 0);
    ck_assert_msg(t.res.outcome == e->outcome, "%s: outcome %d, want %d (signal %d)", e->prog,
                  t.res.outcome, e->outcome, t.res.signal);
    if (e->outcome == RUN_EXITED) {
        ck_assert_int_eq(t.res.exit_code, e->exit_code);
        ck_assert_int_eq(t.res.signal, 0);
    } else {
        ck_assert_int_eq(t.res.signal, e->signal);
    }
    ck_assert_int_ge(t.res.wall_ms, 0);
    ck_assert_int_lt(t.res.wall_ms, 5000);
    ck_assert_int_gt(t.res.peak_kib, 0);
    trial_free(&t);
}
END_TEST

START_TEST(cpu_limit_stops_busy_loop)
{
    struct trial t;
    trial_init(&t, "busy");
    t.spec.limits.cpu_ms = 300;

    ck_assert_int_eq(trial_run(&t), 0);
    ck_assert_int_eq(t.res.outcome, RUN_CPU_LIMIT);
    ck_assert_msg(t.res.cpu_ms >= 250 && t.res.cpu_ms < 300 + 200,
                  "cpu_ms %ld, want close to the 300 ms limit", t.res.cpu_ms);
    ck_assert_int_lt(t.res.wall_ms, 5000);
    trial_free(&t);
}
END_TEST

START_TEST(wall_limit_stops_sleeper)
{
    struct trial t;
    trial_init(&t, "sleeper");
    t.spec.limits.wall_ms = 300;

    ck_assert_int_eq(trial_run(&t), 0);
    ck_assert_int_eq(t.res.outcome, RUN_WALL_LIMIT);
    ck_assert_msg(t.res.wall_ms >= 300 && t.res.wall_ms < 1500, "wall_ms %ld", t.res.wall_ms);
    ck_assert_int_lt(t.res.cpu_ms, 300);
    trial_free(&t);
}
END_TEST

START_TEST(output_limit_caps_stdout)
{
    struct trial t;
    trial_init(&t, "flood");
    t.spec.limits.output_bytes = MIB;

    ck_assert_int_eq(trial_run(&t), 0);
    ck_assert_int_eq(t.res.outcome, RUN_OUTPUT_LIMIT);
    struct stat st;
    ck_assert_int_eq(stat(t.out_path, &st), 0);
    ck_assert_msg(st.st_size <= MIB, "stdout is %lld bytes, over the 1 MiB limit",
                  (long long)st.st_size);
    trial_free(&t);
}
END_TEST

/* sandbox.c's theory of operation: memory is judged by peak RSS, and the address-space
 * backstop sits well above the limit, so a program that overshoots is MLE whether it then
 * exits or crashes. */
START_TEST(memory_limit_stops_growing_program)
{
    struct trial t;
    trial_init(&t, "hog");
    t.spec.limits.memory_bytes = 64 * MIB;

    ck_assert_int_eq(trial_run(&t), 0);
    ck_assert_msg(t.res.outcome == RUN_MEMORY_LIMIT, "outcome %d (signal %d, exit %d, %lld KiB)",
                  t.res.outcome, t.res.signal, t.res.exit_code, t.res.peak_kib);
    ck_assert_int_gt(t.res.peak_kib, 64 * 1024);
    trial_free(&t);
}
END_TEST

/* An allocation beyond the address-space backstop fails before anything is resident, so
 * peak RSS cannot tell: all the sandbox guarantees is that the program does not complete. */
START_TEST(memory_limit_refuses_one_huge_block)
{
    struct trial t;
    trial_init(&t, "hog_block");
    t.spec.limits.memory_bytes = 64 * MIB;

    ck_assert_int_eq(trial_run(&t), 0);
    ck_assert_msg(t.res.outcome == RUN_MEMORY_LIMIT || t.res.outcome == RUN_SIGNALED,
                  "outcome %d (exit %d), want RUN_MEMORY_LIMIT or a crash", t.res.outcome,
                  t.res.exit_code);
    trial_free(&t);
}
END_TEST

START_TEST(missing_program_is_setup_failure)
{
    struct trial t;
    trial_init(&t, "exit0");
    char *missing = work_file(&t, "no-such-program");
    t.argv[0] = missing;

    ck_assert_int_eq(trial_run(&t), -1);
    ck_assert_int_eq(t.res.outcome, RUN_SETUP_FAILED);
    ck_assert_msg(strstr(t.res.error, "program") != NULL, "error '%s' does not name the program",
                  t.res.error);
    ck_assert_msg(strstr(t.res.error, strerror(ENOENT)) != NULL, "error '%s'", t.res.error);
    free(missing);
    trial_free(&t);
}
END_TEST

START_TEST(signal_names)
{
    ck_assert_msg(strncmp(sandbox_signal_name(SIGSEGV), "SIGSEGV", 7) == 0, "'%s'",
                  sandbox_signal_name(SIGSEGV));
    ck_assert_msg(strncmp(sandbox_signal_name(SIGABRT), "SIGABRT", 7) == 0, "'%s'",
                  sandbox_signal_name(SIGABRT));
    ck_assert_msg(strncmp(sandbox_signal_name(SIGXCPU), "SIGXCPU", 7) == 0, "'%s'",
                  sandbox_signal_name(SIGXCPU));
    ck_assert_str_eq(sandbox_signal_name(200), "signal 200");
}
END_TEST

/* ---- what the program can see ---- */

/* Dead, or a zombie waiting for init to reap it. */
static bool process_gone(pid_t pid)
{
    if (kill(pid, 0) < 0 && errno == ESRCH)
        return true;
    char *path = xasprintf("/proc/%d/stat", (int)pid);
    char *stat = read_file(path, 4096, NULL, NULL);
    free(path);
    if (!stat)
        return true;
    /* The state follows the last ')': comm may itself contain parentheses. */
    const char *paren = strrchr(stat, ')');
    bool gone = paren && (paren[2] == 'Z' || paren[2] == 'X');
    free(stat);
    return gone;
}

START_TEST(forked_child_dies_with_run)
{
    struct trial t;
    trial_init(&t, "orphan");
    /* Only the compiler's profile may fork; the group kill must still get every child. */
    t.spec.profile = SANDBOX_COMPILER;
    t.spec.limits.max_processes = 4;

    ck_assert_int_eq(trial_run(&t), 0);
    ck_assert_msg(t.res.outcome == RUN_EXITED && t.res.exit_code == 0, "outcome %d, exit %d",
                  t.res.outcome, t.res.exit_code);
    char *pid_path = work_file(&t, "child.pid");
    char *text = read_file(pid_path, 64, NULL, NULL);
    ck_assert_msg(text != NULL, "the child wrote no %s", pid_path);
    char *end;
    long pid = strtol(text, &end, 10);
    ck_assert_msg(pid > 1 && *end == '\n', "bad pid '%s'", text);
    /* SIGKILL is asynchronous: allow a moment for the kernel to finish the kill. */
    bool gone = false;
    for (int i = 0; i < 200 && !gone; i++) {
        gone = process_gone((pid_t)pid);
        if (!gone)
            usleep(10000);
    }
    if (!gone)
        kill((pid_t)pid, SIGKILL);
    ck_assert_msg(gone, "the program's child %ld is still alive after sandbox_run", pid);
    free(text);
    free(pid_path);
    trial_free(&t);
}
END_TEST

START_TEST(stdin_comes_from_file)
{
    static const char input[] = "line one\nline two\n";
    struct trial t;
    trial_init(&t, "echo_stdin");
    char *in_path = work_file(&t, "input");
    ck_assert_int_eq(write_file(in_path, input, strlen(input)), 0);
    t.spec.stdin_path = in_path;

    ck_assert_int_eq(trial_run(&t), 0);
    ck_assert_int_eq(t.res.outcome, RUN_EXITED);
    ck_assert_int_eq(t.res.exit_code, 0);
    char *out = trial_stdout(&t);
    ck_assert_str_eq(out, input);
    free(out);
    free(in_path);
    trial_free(&t);
}
END_TEST

START_TEST(channel_is_fd_3)
{
    struct trial t;
    trial_init(&t, "channel");
    char *chan_path = work_file(&t, "channel");
    t.spec.channel_path = chan_path;

    ck_assert_int_eq(trial_run(&t), 0);
    ck_assert_int_eq(t.res.outcome, RUN_EXITED);
    ck_assert_int_eq(t.res.exit_code, 0);
    char *written = read_file(chan_path, 64, NULL, NULL);
    ck_assert_ptr_nonnull(written);
    ck_assert_str_eq(written, "42\n");
    free(written);
    free(chan_path);
    trial_free(&t);
}
END_TEST

START_TEST(no_channel_means_fd_3_closed)
{
    struct trial t;
    trial_init(&t, "fd3_closed");
    /* Make sure the judge side does hold an fd 3 the program could inherit. */
    char *held_path = work_file(&t, "held");
    int held = -1;
    if (fcntl(3, F_GETFD) == -1) {
        int fd = open(held_path, O_RDWR | O_CREAT, 0600);
        ck_assert_int_ge(fd, 0);
        held = dup2(fd, 3);
        ck_assert_int_eq(held, 3);
        if (fd != 3)
            close(fd);
    }

    ck_assert_int_eq(trial_run(&t), 0);
    ck_assert_int_eq(t.res.outcome, RUN_EXITED);
    ck_assert_msg(t.res.exit_code == 0, "fd 3 is open in the program without a channel");
    if (held >= 0)
        close(held);
    free(held_path);
    trial_free(&t);
}
END_TEST

START_TEST(judge_fds_do_not_leak)
{
    struct trial t;
    trial_init(&t, "fds_closed");
    char *leak_path = work_file(&t, "leak");
    char *chan_path = work_file(&t, "channel");
    /* Neither O_CLOEXEC: only the sandbox can keep these from the program. */
    int leak = open(leak_path, O_RDWR | O_CREAT, 0600);
    ck_assert_int_ge(leak, 0);
    int high = fcntl(leak, F_DUPFD, 40);
    ck_assert_int_ge(high, 40);
    int pipefd[2];
    ck_assert_int_eq(pipe(pipefd), 0);
    t.spec.channel_path = chan_path;

    ck_assert_int_eq(trial_run(&t), 0);
    ck_assert_int_eq(t.res.outcome, RUN_EXITED);
    char *out = trial_stdout(&t);
    ck_assert_msg(t.res.exit_code == 0, "judge fds leaked into the program:\n%s", out);
    free(out);
    close(leak), close(high), close(pipefd[0]), close(pipefd[1]);
    free(chan_path);
    free(leak_path);
    trial_free(&t);
}
END_TEST

START_TEST(environment_is_fixed)
{
    struct trial t;
    trial_init(&t, "env");
    ck_assert_int_eq(setenv("JUDGE_SECRET", "1", 1), 0);

    ck_assert_int_eq(trial_run(&t), 0);
    ck_assert_int_eq(t.res.outcome, RUN_EXITED);
    char *out = trial_stdout(&t);
    ck_assert_msg(t.res.exit_code == 0 && !strstr(out, "JUDGE_SECRET"),
                  "the judge's environment reached the program:\n%s", out);
    free(out);
    unsetenv("JUDGE_SECRET");
    trial_free(&t);
}
END_TEST

START_TEST(explicit_environment_is_exact)
{
    static const char *const envp[] = {"ONLY=1", NULL};
    struct trial t;
    trial_init(&t, "env");
    t.spec.envp = envp;

    ck_assert_int_eq(trial_run(&t), 0);
    ck_assert_int_eq(t.res.outcome, RUN_EXITED);
    ck_assert_int_eq(t.res.exit_code, 0);
    char *out = trial_stdout(&t);
    ck_assert_str_eq(out, "ONLY=1\n");
    free(out);
    trial_free(&t);
}
END_TEST

START_TEST(cwd_is_workdir)
{
    struct trial t;
    trial_init(&t, "cwd");

    ck_assert_int_eq(trial_run(&t), 0);
    ck_assert_int_eq(t.res.outcome, RUN_EXITED);
    ck_assert_int_eq(t.res.exit_code, 0);
    char real[PATH_MAX];
    ck_assert_ptr_nonnull(realpath(t.workdir, real));
    char *want = xasprintf("%s\n", real);
    char *out = trial_stdout(&t);
    ck_assert_str_eq(out, want);
    free(out);
    free(want);
    trial_free(&t);
}
END_TEST

/* ---- regressions found by the hostile corpus ---- */

START_TEST(prlimit_on_another_process_is_forbidden)
{
    struct trial t;
    trial_init(&t, "prlimit_neighbours");
    ck_assert_int_eq(trial_run(&t), 0);
    ck_assert_msg(t.res.outcome == RUN_FORBIDDEN, "outcome %d", t.res.outcome);
    ck_assert_msg(strstr(t.res.error, "prlimit64") != NULL, "error '%s'", t.res.error);
    trial_free(&t);
}
END_TEST

/* A crash is measured without the judge's own memory (ru_maxrss includes what the
 * parent had resident at fork): a small program that segfaults is RE, not MLE. */
START_TEST(crash_is_not_charged_the_judges_memory)
{
    size_t n = 200 * MIB;
    char *ballast = malloc(n);
    ck_assert_ptr_nonnull(ballast);
    memset(ballast, 1, n);
    struct trial t;
    trial_init(&t, "segv");
    t.spec.limits.memory_bytes = 64 * MIB;
    ck_assert_int_eq(trial_run(&t), 0);
    ck_assert_msg(t.res.outcome == RUN_SIGNALED, "outcome %d, peak %lld KiB", t.res.outcome,
                  t.res.peak_kib);
    ck_assert_msg(t.res.peak_kib < 32 * 1024, "peak %lld KiB", t.res.peak_kib);
    ck_assert_int_eq(ballast[n - 1], 1);
    free(ballast);
    trial_free(&t);
}
END_TEST

/* A file that cannot be executed fails the exec after the seccomp filter is in
 * place; the failure report must still get out, promptly. */
START_TEST(unstartable_program_fails_promptly)
{
    struct trial t;
    trial_init(&t, "exit0");
    char *script = work_file(&t, "script.sh");
    ck_assert_int_eq(write_file(script, "#!/bin/sh\necho hi\n", 19), 0);
    chmod(script, 0755);
    t.argv[0] = script;
    t.spec.limits.wall_ms = 2000;
    long long start = now_ms();
    ck_assert_int_eq(trial_run(&t), -1);
    ck_assert_int_eq(t.res.outcome, RUN_SETUP_FAILED);
    ck_assert_msg(now_ms() - start < 1500, "took %lld ms", now_ms() - start);
    free(script);
    trial_free(&t);
}
END_TEST

/* Scratch directories are the program's: deeper than PATH_MAX, with symlinks out. */
START_TEST(remove_tree_survives_deep_trees_and_symlinks)
{
    char *root = make_temp_dir("check-remove");
    ck_assert_ptr_nonnull(root);
    char *outside = xasprintf("%s-outside", root);
    ck_assert_int_eq(write_file(outside, "keep", 4), 0);
    char *tree = xasprintf("%s/tree", root);
    ck_assert_int_eq(mkdir(tree, 0700), 0);
    int fd = open(tree, O_RDONLY | O_DIRECTORY);
    ck_assert_int_ge(fd, 0);
    ck_assert_int_eq(symlinkat(outside, fd, "link"), 0);
    for (int i = 0; i < 3000; i++) {
        ck_assert_int_eq(mkdirat(fd, "d", 0700), 0);
        int next = openat(fd, "d", O_RDONLY | O_DIRECTORY);
        ck_assert_int_ge(next, 0);
        close(fd);
        fd = next;
    }
    ck_assert_int_eq(symlinkat(outside, fd, "deep-link"), 0);
    close(fd);
    ck_assert_int_eq(remove_tree(root), 0);
    ck_assert(!path_is_dir(root));
    char *kept = read_file(outside, 16, NULL, NULL);
    ck_assert_str_eq(kept, "keep");
    unlink(outside);
    free(kept), free(tree), free(outside), free(root);
}
END_TEST

/* A report sent to a device (here through a link to /dev/null) is written in
 * place: a temp file renamed over it would replace the device, as root /dev/null. */
START_TEST(atomic_write_leaves_devices_alone)
{
    char *root = make_temp_dir("check-atomic");
    char *link = xasprintf("%s/report.json", root);
    ck_assert_int_eq(symlink("/dev/null", link), 0);
    ck_assert_int_eq(write_file_atomic(link, "{}\n", 3), 0);
    struct stat st;
    ck_assert_int_eq(lstat(link, &st), 0);
    ck_assert_msg(S_ISLNK(st.st_mode), "the link was replaced by a regular file");
    ck_assert_int_eq(remove_tree(root), 0);
    free(link), free(root);
}
END_TEST

Suite *make_sandbox_suite(void)
{
    Suite *s = suite_create("sandbox");

    TCase *ends = tcase_create("outcomes");
    tcase_add_unchecked_fixture(ends, cache_setup, cache_teardown);
    tcase_set_timeout(ends, 30);
    tcase_add_loop_test(ends, run_ends_as_expected, 0, (int)LEN(endings));
    tcase_add_test(ends, cpu_limit_stops_busy_loop);
    tcase_add_test(ends, wall_limit_stops_sleeper);
    tcase_add_test(ends, output_limit_caps_stdout);
    tcase_add_test(ends, memory_limit_stops_growing_program);
    tcase_add_test(ends, memory_limit_refuses_one_huge_block);
    tcase_add_test(ends, missing_program_is_setup_failure);
    tcase_add_test(ends, signal_names);
    suite_add_tcase(s, ends);

    TCase *iso = tcase_create("isolation");
    tcase_add_unchecked_fixture(iso, cache_setup, cache_teardown);
    tcase_set_timeout(iso, 30);
    tcase_add_test(iso, forked_child_dies_with_run);
    tcase_add_test(iso, stdin_comes_from_file);
    tcase_add_test(iso, channel_is_fd_3);
    tcase_add_test(iso, no_channel_means_fd_3_closed);
    tcase_add_test(iso, judge_fds_do_not_leak);
    tcase_add_test(iso, environment_is_fixed);
    tcase_add_test(iso, explicit_environment_is_exact);
    tcase_add_test(iso, cwd_is_workdir);
    tcase_add_test(iso, prlimit_on_another_process_is_forbidden);
    tcase_add_test(iso, crash_is_not_charged_the_judges_memory);
    tcase_add_test(iso, unstartable_program_fails_promptly);
    tcase_add_test(iso, remove_tree_survives_deep_trees_and_symlinks);
    tcase_add_test(iso, atomic_write_leaves_devices_alone);
    suite_add_tcase(s, iso);
    return s;
}
