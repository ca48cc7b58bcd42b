/* judge test: one solution against every test of a problem. */
#include <errno.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "catalog.h"
#include "cli.h"
#include "pipeline.h"
#include "report.h"
#include "sandbox.h"
#include "util.h"

static const char usage[] =
    "usage: judge test PROBLEM FILE [--json] [--no-cache] [--sanitize] [--problems DIR]\n"
    "  PROBLEM     a problem id (see `judge list`) or a problem folder\n"
    "  FILE        your C solution\n"
    "  --json      print the result as one JSON object (docs/json.md)\n"
    "  --no-cache  make every generated input and reference output afresh\n"
    "  --sanitize  build with AddressSanitizer + UBSan; a memory error or undefined\n"
    "              behaviour is an RE naming its kind and file:line (time limits x5,\n"
    "              memory limits x3 + 256MiB: the instrumented program is slower and bigger)\n"
    "\n"
    "Generated inputs and reference outputs are cached under $JUDGE_CACHE, else\n"
    "$XDG_CACHE_HOME/judge, else ~/.cache/judge, keyed by content hashes; deleting the\n"
    "folder is always safe.\n";

static int check_solution_path(const char *path)
{
    struct stat st;
    if (stat(path, &st) < 0)
        return cli_usage_error("cannot read solution '%s': %s", path, strerror(errno));
    if (S_ISDIR(st.st_mode))
        return cli_usage_error("solution '%s' is a directory; give the .c file", path);
    if (!S_ISREG(st.st_mode))
        return cli_usage_error("solution '%s' is not a regular file", path);
    return 0;
}

static int exit_status_for(const struct submission_result *r, int rc)
{
    if (rc < 0)
        return EXIT_INTERRUPTED;
    if (r->verdict == VERDICT_IE)
        return EXIT_IE;
    return r->verdict == VERDICT_AC ? EXIT_ACCEPTED : EXIT_NOT_ACCEPTED;
}

int cmd_test(const struct cli_common *common, int argc, char **argv)
{
    static const struct option opts[] = {{"json", no_argument, NULL, 'j'},
                                         {"no-cache", no_argument, NULL, 'n'},
                                         {"sanitize", no_argument, NULL, 's'},
                                         {"help", no_argument, NULL, 'h'},
                                         {NULL, 0, NULL, 0}};
    bool as_json = false, use_cache = true, sanitize = false;
    int c;
    opterr = 0; /* getopt would name the command "test:", not "judge:" */
    while ((c = getopt_long(argc, argv, "h", opts, NULL)) != -1) {
        if (c == 'j')
            as_json = true;
        else if (c == 'n')
            use_cache = false;
        else if (c == 's')
            sanitize = true;
        else if (c == 'h') {
            fputs(usage, stdout);
            return EXIT_ACCEPTED;
        } else {
            return cli_usage_error("test: unrecognized option '%s' (see judge test --help)",
                                   argv[optind - 1]);
        }
    }
    if (argc - optind != 2) {
        if (argc - optind > 2)
            cli_usage_error("test takes a problem and one file; unexpected argument '%s'",
                            argv[optind + 2]);
        else
            cli_usage_error("test needs a problem and a solution file");
        fputs(usage, stderr);
        return EXIT_USAGE;
    }
    const char *solution = argv[optind + 1];
    if (check_solution_path(solution) != 0)
        return EXIT_USAGE;
    struct problem *p = cli_load_problem(common, argv[optind]);
    if (!p)
        return EXIT_USAGE;
    char *runtime = catalog_runtime_dir();
    if (!runtime && p->kind == PROBLEM_FUNCTION) {
        problem_free(p);
        die("cannot find the runtime headers (judge/runtime or share/judge/runtime)");
    }
    sandbox_install_interrupt_handlers();
    struct judge_options opt = {
        .runtime_dir = runtime, .cache = use_cache ? cli_open_cache() : NULL, .sanitize = sanitize};
    struct submission_result r;
    int rc = pipeline_judge(p, solution, &opt, &r);
    cli_close_cache(opt.cache);
    if (rc < 0) {
        fprintf(stderr, "judge: interrupted\n");
    } else if (as_json) {
        char *json = report_json(&r);
        fputs(json, stdout);
        free(json);
    } else {
        report_terminal(stdout, &r, config_use_color(common->config, stdout));
    }
    if (rc == 0)
        cli_record_attempt(&r, "test", 0);
    int status = exit_status_for(&r, rc);
    submission_result_free(&r);
    problem_free(p);
    free(runtime);
    return status;
}
