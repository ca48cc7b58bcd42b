/* The worker pool. The parent starts up to `jobs` workers, watches them through pidfds
 * with poll() (which an interrupt breaks with EINTR: the handlers have no SA_RESTART),
 * and turns each one's stdout file into a cell as it exits.
 *
 * Interrupts: a Ctrl-C at a terminal reaches every worker directly (they share the
 * judge's process group; sandboxed programs have their own sessions and are killed by
 * their worker). A signal sent to the judge alone is forwarded. Signals are blocked
 * across fork() and reset to their defaults in the child before they are unblocked, so
 * a forwarded signal can never be swallowed by a handler the child inherited before it
 * exec'd. Workers that outlive WORKER_GRACE_MS after the forward are killed. */
#include "grade_pool.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <sched.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include "grade_json.h"
#include "sandbox.h"
#include "util.h"

#define WORKER_GRACE_MS 10000
#define OUTPUT_MAX      ((size_t)256 << 20)

struct slot {
    pid_t pid; /* 0 = free */
    int pidfd;
    size_t job;
    int cpu; /* -1 = not pinned */
    char *out_path, *err_path;
};

struct pool {
    struct grade_job *jobs;
    const struct grade_pool_options *o;
    struct slot *slots;
    int nslots, running;
    char *dir;
    char **envp; /* the workers' environment, made before any fork */
};

static int allowed_cpus(int *cpus, int max)
{
    cpu_set_t set;
    CPU_ZERO(&set);
    if (sched_getaffinity(0, sizeof set, &set) < 0)
        return 0;
    int n = 0;
    for (int c = 0; c < CPU_SETSIZE && n < max; c++)
        if (CPU_ISSET(c, &set))
            cpus[n++] = c;
    return n;
}

int grade_pool_cpus(void)
{
    int cpus[CPU_SETSIZE];
    int n = allowed_cpus(cpus, CPU_SETSIZE);
    return n > 0 ? n : 1;
}

static void block_interrupts(int how)
{
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGINT);
    sigaddset(&set, SIGTERM);
    sigaddset(&set, SIGHUP);
    sigprocmask(how, &set, NULL);
}

/* In the child: no stdio, leave with _exit. */
static _Noreturn void exec_worker(const struct pool *pl, const struct slot *s)
{
    const struct grade_pool_options *o = pl->o;
    const struct grade_job *job = &pl->jobs[s->job];
    signal(SIGINT, SIG_DFL);
    signal(SIGTERM, SIG_DFL);
    signal(SIGHUP, SIG_DFL);
    block_interrupts(SIG_UNBLOCK);
    if (s->cpu >= 0) {
        /* Inherited by the worker's compiler and sandboxed runs; the sandbox's seccomp
         * policy refuses sched_setaffinity, so a submission cannot move itself. */
        cpu_set_t set;
        CPU_ZERO(&set);
        CPU_SET(s->cpu, &set);
        sched_setaffinity(0, sizeof set, &set);
    }
    int in = open("/dev/null", O_RDONLY);
    int out = open(s->out_path, O_WRONLY | O_CREAT | O_TRUNC, 0600);
    int err = open(s->err_path, O_WRONLY | O_CREAT | O_TRUNC, 0600);
    if (in < 0 || out < 0 || err < 0 || dup2(in, 0) < 0 || dup2(out, 1) < 0 || dup2(err, 2) < 0)
        _exit(126);
    const char *argv[10] = {o->exe, "--problems", o->problems_root, "test", job->problem_dir,
                            job->solution, "--json"};
    if (o->no_cache)
        argv[7] = "--no-cache";
    execve(o->exe, (char *const *)argv, pl->envp);
    _exit(127);
}

static void start(struct pool *pl, struct slot *s, size_t job)
{
    s->job = job;
    fflush(NULL);
    block_interrupts(SIG_BLOCK);
    pid_t pid = fork();
    if (pid == 0)
        exec_worker(pl, s);
    int saved = errno;
    block_interrupts(SIG_UNBLOCK);
    if (pid < 0)
        die("cannot start a worker: fork: %s", strerror(saved));
    s->pid = pid;
    s->pidfd = (int)syscall(SYS_pidfd_open, pid, 0);
    if (s->pidfd < 0)
        die("cannot watch a worker: pidfd_open: %m");
    pl->running++;
    if (pl->o->started)
        pl->o->started(pl->o->ctx, job);
}

static void fill_failure(struct grade_cell *c, char *error)
{
    c->verdict = VERDICT_IE;
    c->compile_status = xstrdup("internal-error");
    c->compile_log = xstrdup("");
    c->compile_notes = xstrdup("");
    c->error = error;
}

/* The first line of the worker's stderr, for a failure message. */
static char *stderr_line(const struct slot *s)
{
    char *text = read_file(s->err_path, 4096, NULL, NULL);
    size_t n = text ? strcspn(text, "\n") : 0;
    char *line = xasprintf("%.*s", (int)n, text ? text : "");
    free(text);
    return line;
}

/* Turns a finished worker into its job's cell. */
static void collect(struct pool *pl, struct slot *s, int status)
{
    struct grade_job *job = &pl->jobs[s->job];
    size_t len = 0;
    char *out = read_file(s->out_path, OUTPUT_MAX, &len, NULL);
    int code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    char why[300];
    if (code == 0 || code == 1 || code == 3) {
        if (out && grade_cell_parse(out, len, &job->cell, why, sizeof why) == 0) {
            job->done = true;
        } else {
            fill_failure(&job->cell, xasprintf("the worker's JSON is unusable: %s", why));
            job->done = true;
        }
    } else {
        char *line = stderr_line(s);
        if (WIFSIGNALED(status))
            snprintf(why, sizeof why, "killed by %s", sandbox_signal_name(WTERMSIG(status)));
        else
            snprintf(why, sizeof why, "exit status %d", code);
        fill_failure(&job->cell, xasprintf("the worker (judge test) failed: %s%s%s", why,
                                           *line ? ": " : "", line));
        free(line);
        job->done = true;
    }
    free(out);
}

/* Reaps slot s if its worker has exited; returns true when it did. */
static bool reap(struct pool *pl, struct slot *s, bool interrupted)
{
    int status;
    pid_t got = waitpid(s->pid, &status, WNOHANG);
    if (got != s->pid)
        return false;
    close(s->pidfd);
    s->pid = 0;
    pl->running--;
    /* An interrupted worker has no result: its job stays undone. */
    bool cut = WIFSIGNALED(status) || (WIFEXITED(status) && WEXITSTATUS(status) == 130);
    if (interrupted && cut)
        return true;
    collect(pl, s, status);
    if (pl->o->finished)
        pl->o->finished(pl->o->ctx, s->job);
    return true;
}

/* Waits for any worker (or the next tick, or a signal); reaps those that exited. */
static void wait_some(struct pool *pl, long timeout_ms)
{
    struct pollfd fds[pl->nslots];
    int map[pl->nslots], n = 0;
    for (int i = 0; i < pl->nslots; i++)
        if (pl->slots[i].pid) {
            fds[n] = (struct pollfd){.fd = pl->slots[i].pidfd, .events = POLLIN};
            map[n++] = i;
        }
    int rc = poll(fds, (nfds_t)n, (int)timeout_ms);
    if (rc < 0 && errno != EINTR)
        die("cannot wait for the workers: poll: %m");
    for (int k = 0; k < n && rc > 0; k++)
        if (fds[k].revents)
            reap(pl, &pl->slots[map[k]], sandbox_interrupted());
}

/* After an interrupt: forward it, give the workers time to clean up, then kill. */
static void drain(struct pool *pl)
{
    for (int i = 0; i < pl->nslots; i++)
        if (pl->slots[i].pid)
            kill(pl->slots[i].pid, SIGINT);
    long long deadline = now_ms() + WORKER_GRACE_MS;
    while (pl->running > 0) {
        long long left = deadline - now_ms();
        if (left <= 0) {
            for (int i = 0; i < pl->nslots; i++)
                if (pl->slots[i].pid)
                    kill(pl->slots[i].pid, SIGKILL);
            left = 1000;
        }
        wait_some(pl, left > 200 ? 200 : left);
    }
}

/* The judge's environment with XDG_STATE_HOME pointing into the pool's folder: what
 * `judge test` keeps about practice attempts in the user's state folder (the history)
 * must not fill up with a whole class, so the workers' records go away with the folder. */
static char **worker_environment(const char *dir)
{
    size_t n = 0;
    while (environ[n])
        n++;
    char **envp = xcalloc(n + 2, sizeof *envp);
    size_t k = 0;
    for (size_t i = 0; i < n; i++)
        if (strncmp(environ[i], "XDG_STATE_HOME=", 15) != 0)
            envp[k++] = xstrdup(environ[i]);
    envp[k] = xasprintf("XDG_STATE_HOME=%s/state", dir);
    return envp;
}

static void pool_init(struct pool *pl, struct grade_job *jobs, const struct grade_pool_options *o)
{
    *pl = (struct pool){.jobs = jobs, .o = o, .nslots = o->jobs > 0 ? o->jobs : 1};
    pl->dir = make_temp_dir("grade");
    if (!pl->dir)
        die("cannot create a temporary directory: %m");
    pl->envp = worker_environment(pl->dir);
    pl->slots = xcalloc((size_t)pl->nslots, sizeof *pl->slots);
    int cpus[CPU_SETSIZE];
    int ncpus = o->pin ? allowed_cpus(cpus, CPU_SETSIZE) : 0;
    for (int i = 0; i < pl->nslots; i++) {
        struct slot *s = &pl->slots[i];
        s->cpu = ncpus > 0 ? cpus[i % ncpus] : -1;
        s->out_path = xasprintf("%s/worker-%d.out", pl->dir, i);
        s->err_path = xasprintf("%s/worker-%d.err", pl->dir, i);
    }
}

static void pool_destroy(struct pool *pl)
{
    for (int i = 0; i < pl->nslots; i++) {
        free(pl->slots[i].out_path);
        free(pl->slots[i].err_path);
    }
    free(pl->slots);
    for (char **e = pl->envp; *e; e++)
        free(*e);
    free(pl->envp);
    remove_tree(pl->dir);
    free(pl->dir);
}

int grade_pool_run(struct grade_job *jobs, size_t n, const struct grade_pool_options *o)
{
    struct pool pl;
    pool_init(&pl, jobs, o);
    size_t next = 0;
    while (!sandbox_interrupted() && (next < n || pl.running > 0)) {
        for (int i = 0; i < pl.nslots && next < n && !sandbox_interrupted(); i++)
            if (!pl.slots[i].pid)
                start(&pl, &pl.slots[i], next++);
        wait_some(&pl, o->tick_ms > 0 ? o->tick_ms : -1);
        if (o->tick)
            o->tick(o->ctx);
    }
    int rc = 0;
    if (sandbox_interrupted()) {
        drain(&pl);
        rc = -1;
    }
    pool_destroy(&pl);
    return rc;
}
