/* Per-run sandbox overhead: sandbox_run of a trivial static program against a
 * bare fork + execve + wait4 of the same program, in one process, paired and
 * interleaved; prints the median of each and their ratio. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "sandbox.h"
#include "util.h"

static int compare(const void *a, const void *b)
{
    long long x = *(const long long *)a, y = *(const long long *)b;
    return (x > y) - (x < y);
}

static long long bare_run(const char *prog)
{
    long long t0 = now_us();
    pid_t pid = fork();
    if (pid == 0) {
        char *argv[] = {(char *)prog, NULL};
        char *envp[] = {NULL};
        execve(prog, argv, envp);
        _exit(127);
    }
    int status;
    waitpid(pid, &status, 0);
    return now_us() - t0;
}

static long long sandboxed_run(const char *prog, const char *dir)
{
    const char *argv[] = {prog, NULL};
    struct run_spec spec = {.argv = argv, .workdir = dir,
                            .limits = {.cpu_ms = 1000, .wall_ms = 3000,
                                       .memory_bytes = 64 << 20, .output_bytes = 1 << 20}};
    struct run_result rr;
    long long t0 = now_us();
    if (sandbox_run(&spec, &rr) < 0 || rr.outcome != RUN_EXITED)
        die("sandbox_run: outcome %d %s", rr.outcome, rr.error);
    return now_us() - t0;
}

int main(int argc, char **argv)
{
    int n = argc > 1 ? atoi(argv[1]) : 300;
    char *dir = make_temp_dir("bench");
    char *src = xasprintf("%s/true.c", dir), *prog = xasprintf("%s/true", dir);
    write_file(src, "int main(void){return 0;}\n", 26);
    char *cmd = xasprintf("gcc -O2 -static -o %s %s", prog, src);
    if (system(cmd) != 0)
        die("cannot build %s", prog);
    chmod(dir, 0755);
    char *scratch = xasprintf("%s/scratch", dir);
    mkdir(scratch, 0777);
    long long *bare = xcalloc((size_t)n, sizeof *bare), *boxed = xcalloc((size_t)n, sizeof *boxed);
    for (int i = 0; i < 20; i++)
        bare_run(prog), sandboxed_run(prog, scratch);
    for (int i = 0; i < n; i++) {
        bare[i] = bare_run(prog);
        boxed[i] = sandboxed_run(prog, scratch);
    }
    qsort(bare, (size_t)n, sizeof *bare, compare);
    qsort(boxed, (size_t)n, sizeof *boxed, compare);
    printf("runs %d  bare fork+exec+wait median %lld us  sandbox_run median %lld us  ratio %.3f\n",
           n, bare[n / 2], boxed[n / 2], (double)boxed[n / 2] / (double)bare[n / 2]);
    remove_tree(dir);
    return 0;
}
