/* judge run: any program in the sandbox, with its verdict and measurements
 * (what `isolate --run` is to isolate). */
#include <errno.h>
#include <getopt.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli.h"
#include "json.h"
#include "sandbox.h"
#include "units.h"
#include "util.h"
#include "verdict.h"

static const char usage[] =
    "usage: judge run [--time 1s] [--wall 3s] [--memory 256MiB] [--output 16MiB]\n"
    "                 [--stdin FILE] [--json] -- PROGRAM [ARGS...]\n"
    "Runs PROGRAM under the submission sandbox (seccomp allowlist, Landlock, rlimits, another\n"
    "uid when root) in a private scratch directory, then prints its output and verdict.\n";

/* Dynamic programs need the loader and libraries; static ones never open them. */
static const char *const system_libraries[] = {"/lib",       "/lib64",           "/usr/lib",
                                               "/usr/lib64", "/etc/ld.so.cache", NULL};

struct run_options {
    struct run_limits limits;
    const char *stdin_path;
    bool as_json;
};

static int parse_options(int argc, char **argv, struct run_options *o)
{
    static const struct option opts[] = {
        {"time", required_argument, NULL, 't'},   {"wall", required_argument, NULL, 'w'},
        {"memory", required_argument, NULL, 'm'}, {"output", required_argument, NULL, 'o'},
        {"stdin", required_argument, NULL, 'i'},  {"json", no_argument, NULL, 'j'},
        {"help", no_argument, NULL, 'h'},         {NULL, 0, NULL, 0}};
    char err[160];
    int c, rc = 0;
    bool wall_given = false, time_given = false;
    while (rc == 0 && (c = getopt_long(argc, argv, "+h", opts, NULL)) != -1) {
        switch (c) {
        case 't':
            rc = units_parse_time_ms(optarg, &o->limits.cpu_ms, err, sizeof err);
            time_given = true;
            break;
        case 'w':
            rc = units_parse_time_ms(optarg, &o->limits.wall_ms, err, sizeof err);
            wall_given = true;
            break;
        case 'm':
            rc = units_parse_size_bytes(optarg, &o->limits.memory_bytes, err, sizeof err);
            break;
        case 'o':
            rc = units_parse_size_bytes(optarg, &o->limits.output_bytes, err, sizeof err);
            break;
        case 'i':
            o->stdin_path = optarg;
            break;
        case 'j':
            o->as_json = true;
            break;
        case 'h':
            fputs(usage, stdout);
            return 1;
        default:
            return -1;
        }
    }
    if (rc < 0) {
        cli_usage_error("%s", err);
        return -1;
    }
    if (!wall_given)
        o->limits.wall_ms = 3 * o->limits.cpu_ms + 1000;
    else if (time_given && o->limits.wall_ms < o->limits.cpu_ms) {
        char wall[32], cpu[32];
        units_format_time(o->limits.wall_ms, wall, sizeof wall);
        units_format_time(o->limits.cpu_ms, cpu, sizeof cpu);
        cli_usage_error("--wall %s is shorter than --time %s: the CPU limit could never be "
                        "reached (give a wall limit of at least the CPU time)",
                        wall, cpu);
        return -1;
    }
    return 0;
}

static char *find_program(const char *name)
{
    if (strchr(name, '/'))
        return realpath(name, NULL);
    const char *path = "/usr/local/bin:/usr/bin:/bin";
    for (const char *p = path; *p;) {
        const char *colon = strchr(p, ':');
        size_t n = colon ? (size_t)(colon - p) : strlen(p);
        char *candidate = xasprintf("%.*s/%s", (int)n, p, name);
        if (access(candidate, X_OK) == 0)
            return candidate;
        free(candidate);
        p += n + (colon ? 1 : 0);
    }
    return NULL;
}

static void print_json(const struct run_result *rr, enum verdict v, const char *msg,
                       const char *out, const char *err)
{
    struct json j = {.pretty = true};
    json_begin_object(&j, NULL);
    json_string(&j, "verdict", verdict_code(v));
    json_int(&j, "time_ms", rr->cpu_ms);
    json_int(&j, "wall_ms", rr->wall_ms);
    json_int(&j, "memory_kib", rr->peak_kib);
    if (rr->signal)
        json_null(&j, "exit_code");
    else
        json_int(&j, "exit_code", rr->exit_code);
    if (rr->signal)
        json_string(&j, "signal", sigabbrev_np(rr->signal) ? sigabbrev_np(rr->signal) : "?");
    else
        json_null(&j, "signal");
    json_string(&j, "message", msg);
    json_string(&j, "stdout", out);
    json_string(&j, "stderr", err);
    json_end_object(&j);
    printf("%s\n", j.sb.data);
    sb_free(&j.sb);
}

static void print_human(const struct run_result *rr, enum verdict v, const char *msg,
                        const char *out, const char *err)
{
    fputs(out, stdout);
    fputs(err, stderr);
    char mem[32];
    units_format_measured(rr->peak_kib, mem, sizeof mem);
    fprintf(stderr, "judge: %s  cpu %ld ms  wall %ld ms  memory %s%s%s\n", verdict_code(v),
            rr->cpu_ms, rr->wall_ms, mem, *msg ? "  " : "", msg);
}

static int run_program(const struct run_options *o, char **argv)
{
    char *program = find_program(argv[0]);
    if (!program)
        return cli_usage_error("cannot find program '%s'", argv[0]);
    char *dir = make_temp_dir("run");
    if (!dir)
        die("cannot create a temporary directory: %s", strerror(errno));
    char *scratch = xasprintf("%s/scratch", dir), *out = xasprintf("%s/stdout", dir);
    char *err = xasprintf("%s/stderr", dir);
    if (mkdir(scratch, 0700) < 0)
        die("cannot create %s: %s", scratch, strerror(errno));
    argv[0] = program;
    struct run_spec spec = {.argv = (const char *const *)argv,
                            .workdir = scratch,
                            .stdin_path = o->stdin_path,
                            .stdout_path = out,
                            .stderr_path = err,
                            .readable = system_libraries,
                            .limits = o->limits};
    sandbox_install_interrupt_handlers();
    struct run_result rr;
    int rc = sandbox_run(&spec, &rr);
    char msg[512];
    enum verdict v = verdict_from_run(&rr, &spec.limits, 0, msg, sizeof msg);
    size_t cap = o->as_json ? 4096 : (size_t)o->limits.output_bytes;
    char *out_text = read_file(out, cap, NULL, NULL), *err_text = read_file(err, cap, NULL, NULL);
    if (o->as_json)
        print_json(&rr, v, msg, out_text ? out_text : "", err_text ? err_text : "");
    else
        print_human(&rr, v, msg, out_text ? out_text : "", err_text ? err_text : "");
    free(out_text), free(err_text);
    remove_tree(dir);
    free(scratch), free(out), free(err), free(dir), free(program);
    if (rc < 0 && rr.outcome == RUN_INTERRUPTED)
        return EXIT_INTERRUPTED;
    return v == VERDICT_IE ? EXIT_IE : v == VERDICT_AC ? EXIT_ACCEPTED : EXIT_NOT_ACCEPTED;
}

int cmd_run(const struct cli_common *common, int argc, char **argv)
{
    (void)common;
    struct run_options o = {
        .limits = {.cpu_ms = 1000, .memory_bytes = 256LL << 20, .output_bytes = 16LL << 20}};
    int rc = parse_options(argc, argv, &o);
    if (rc != 0)
        return rc > 0 ? EXIT_ACCEPTED : EXIT_USAGE;
    if (optind >= argc) {
        fputs(usage, stderr);
        return EXIT_USAGE;
    }
    return run_program(&o, argv + optind);
}
