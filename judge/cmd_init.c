/* judge init: a practice folder with a starter file per problem and a short README.
 * Existing files are never overwritten. */
#include <errno.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "catalog.h"
#include "cli.h"
#include "starter.h"
#include "util.h"

static const char usage[] =
    "usage: judge init [DIR] [--problem ID]... [--problems DIR]\n"
    "  DIR           the practice folder (default: the current one); created if missing\n"
    "  --problem ID  only this problem (repeat it, or give a comma-separated list);\n"
    "                default: every problem\n"
    "\n"
    "Writes DIR/<id>.c for each problem (the signature, LeetCode's comment about the\n"
    "structs, a TODO body that compiles) and DIR/README.md. A file that exists is kept\n"
    "as it is, never overwritten.\n";

struct id_list {
    char **ids;
    size_t n;
};

static void add_ids(struct id_list *l, const char *arg)
{
    char *copy = xstrdup(arg), *save = NULL;
    for (char *tok = strtok_r(copy, ", ", &save); tok; tok = strtok_r(NULL, ", ", &save)) {
        l->ids = xrealloc(l->ids, (l->n + 1) * sizeof *l->ids);
        l->ids[l->n++] = xstrdup(tok);
    }
    free(copy);
}

static void free_ids(struct id_list *l)
{
    for (size_t i = 0; i < l->n; i++)
        free(l->ids[i]);
    free(l->ids);
}

/* Loads the named problems, or every problem when none is named. Returns the count, or
 * -1 after printing why one could not be loaded. */
static long load_all(const struct cli_common *common, const struct id_list *wanted,
                     struct problem ***out)
{
    struct id_list all = {0};
    const struct id_list *ids = wanted;
    if (wanted->n == 0) {
        char *root = catalog_root(common->problems_dir);
        if (!root) {
            cli_usage_error("no problems folder found (use --problems DIR)");
            return -1;
        }
        all.ids = catalog_list(root, &all.n);
        free(root);
        ids = &all;
    }
    struct problem **ps = xcalloc(ids->n + 1, sizeof(void *));
    long n = 0;
    for (size_t i = 0; i < ids->n; i++) {
        struct problem *p = cli_load_problem(common, ids->ids[i]);
        if (!p) {
            for (long k = 0; k < n; k++)
                problem_free(ps[k]);
            free(ps);
            n = -1;
            break;
        }
        ps[n++] = p;
    }
    if (wanted->n == 0)
        catalog_free_list(all.ids, all.n);
    *out = n >= 0 ? ps : NULL;
    return n;
}

static int write_one(const char *dir, const char *name, const char *text)
{
    int rc = starter_write_new(dir, name, text);
    if (rc < 0)
        fprintf(stderr, "judge: cannot write %s/%s: %s\n", dir, name, strerror(errno));
    else
        printf("  %-8s %s%s\n", rc ? "created" : "kept", name, rc ? "" : " (already there)");
    return rc;
}

static int init_folder(const char *dir, struct problem **ps, size_t n)
{
    if (starter_make_folder(dir) < 0) {
        fprintf(stderr, "judge: cannot create the folder %s: %s\n", dir, strerror(errno));
        return EXIT_IE;
    }
    printf("Practice folder %s\n", dir);
    int status = EXIT_ACCEPTED;
    for (size_t i = 0; i < n; i++) {
        char *name = starter_file_name(ps[i]);
        char *text = starter_source(ps[i], name);
        if (write_one(dir, name, text) < 0)
            status = EXIT_IE;
        free(text);
        free(name);
    }
    char *readme = starter_readme((const struct problem *const *)ps, n);
    if (write_one(dir, "README.md", readme) < 0)
        status = EXIT_IE;
    free(readme);
    if (status == EXIT_ACCEPTED && n > 0)
        printf("\nNext: judge show %s, then judge test %s %s/%s.c\n", ps[0]->id, ps[0]->id, dir,
               ps[0]->id);
    return status;
}

int cmd_init(const struct cli_common *common, int argc, char **argv)
{
    static const struct option opts[] = {{"problem", required_argument, NULL, 'p'},
                                         {"help", no_argument, NULL, 'h'},
                                         {NULL, 0, NULL, 0}};
    struct id_list wanted = {0};
    int c;
    opterr = 0;
    while ((c = getopt_long(argc, argv, "hp:", opts, NULL)) != -1) {
        if (c == 'p') {
            add_ids(&wanted, optarg);
        } else if (c == 'h') {
            fputs(usage, stdout);
            free_ids(&wanted);
            return EXIT_ACCEPTED;
        } else {
            free_ids(&wanted);
            return cli_usage_error("init: unrecognized option '%s' (see judge init --help)",
                                   argv[optind - 1]);
        }
    }
    if (argc - optind > 1) {
        free_ids(&wanted);
        return cli_usage_error("init takes one folder; unexpected argument '%s'", argv[optind + 1]);
    }
    const char *dir = optind < argc ? argv[optind] : ".";
    struct problem **ps = NULL;
    long n = load_all(common, &wanted, &ps);
    free_ids(&wanted);
    if (n < 0)
        return EXIT_USAGE;
    int status = init_folder(dir, ps, (size_t)n);
    for (long i = 0; i < n; i++)
        problem_free(ps[i]);
    free(ps);
    return status;
}
