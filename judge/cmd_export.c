/* judge export: one of the judge's program problems (or a Kattis package it read) written
 * as a Kattis/ICPC problem package. */
#include <dirent.h>
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "catalog.h"
#include "cli.h"
#include "kattis_export.h"
#include "sandbox.h"
#include "util.h"

static const char usage[] =
    "usage: judge export PROBLEM DIR [--no-cache] [--problems DIR]\n"
    "  PROBLEM     a program problem: an id (see `judge list`) or a problem folder\n"
    "  DIR         the package to write: a new or empty folder\n"
    "  --no-cache  make every generated input and reference output afresh\n"
    "\n"
    "Writes a Kattis/ICPC problem package (format legacy): problem.yaml and .timelimit,\n"
    "the statement, data/sample and data/secret (.in/.ans, generated inputs and reference\n"
    "outputs included), the output validator, and submissions/ (the reference solution and\n"
    "the known-wrong solutions by the verdict they name). What the format cannot express\n"
    "is reported as notes on stderr.\n";

/* tests/wrong/<id>/ beside the problems folder, as `judge validate` finds it. */
static char *wrong_dir(const struct problem *p)
{
    char *top = xstrdup(p->dir);
    for (int up = 0; up < 2; up++) {
        char *slash = strrchr(top, '/');
        if (slash && slash != top)
            *slash = '\0';
    }
    char *dir = xasprintf("%s/tests/wrong/%s", top, p->id);
    free(top);
    return dir;
}

static bool usable_destination(const char *dest)
{
    DIR *d = opendir(dest);
    if (!d)
        return errno == ENOENT;
    bool empty = true;
    for (struct dirent *e; empty && (e = readdir(d));)
        empty = strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0;
    closedir(d);
    return empty;
}

static int export_problem(const struct problem *p, const char *dest, bool use_cache)
{
    char *runtime = catalog_runtime_dir();
    char *wrong = p->kattis ? NULL : wrong_dir(p);
    struct kattis_export_options opt = {
        .runtime_dir = runtime, .cache = use_cache ? cli_open_cache() : NULL, .wrong_dir = wrong};
    struct strbuf notes = {0};
    char *error = NULL;
    sandbox_install_interrupt_handlers();
    int rc = kattis_export(p, dest, &opt, &notes, &error);
    cli_close_cache(opt.cache);
    for (char *line = notes.data; line && *line;) {
        size_t n = strcspn(line, "\n");
        fprintf(stderr, "judge: note: %.*s\n", (int)n, line);
        line += n + (line[n] == '\n');
    }
    int status = EXIT_ACCEPTED;
    if (sandbox_interrupted()) {
        fprintf(stderr, "judge: interrupted\n");
        status = EXIT_INTERRUPTED;
    } else if (rc < 0) {
        fprintf(stderr, "judge: export: %s\n", error);
        status = EXIT_IE;
    } else {
        printf("%s: wrote a Kattis package to %s (%zu tests in %zu groups)\n", p->id, dest,
               p->ntests, p->ngroups);
    }
    free(error);
    sb_free(&notes);
    free(wrong);
    free(runtime);
    return status;
}

int cmd_export(const struct cli_common *common, int argc, char **argv)
{
    static const struct option opts[] = {
        {"no-cache", no_argument, NULL, 'n'}, {"help", no_argument, NULL, 'h'}, {NULL, 0, NULL, 0}};
    bool use_cache = true;
    int c;
    opterr = 0;
    while ((c = getopt_long(argc, argv, "h", opts, NULL)) != -1) {
        if (c == 'n')
            use_cache = false;
        else if (c == 'h') {
            fputs(usage, stdout);
            return EXIT_ACCEPTED;
        } else {
            return cli_usage_error("export: unrecognized option '%s' (see judge export --help)",
                                   argv[optind - 1]);
        }
    }
    if (argc - optind != 2) {
        cli_usage_error("export needs a problem and a folder to write the package to");
        fputs(usage, stderr);
        return EXIT_USAGE;
    }
    const char *dest = argv[optind + 1];
    if (!usable_destination(dest))
        return cli_usage_error("export: %s exists and is not an empty folder", dest);
    struct problem *p = cli_load_problem(common, argv[optind]);
    if (!p)
        return EXIT_USAGE;
    int status;
    if (p->kind != PROBLEM_PROGRAM)
        status = cli_usage_error("export: %s is a function problem; a Kattis package needs a "
                                 "whole program (kind: program)",
                                 p->id);
    else
        status = export_problem(p, dest, use_cache);
    problem_free(p);
    return status;
}
