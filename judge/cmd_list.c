/* judge list: the problems available, one per line. */
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "catalog.h"
#include "cli.h"
#include "json.h"
#include "util.h"

static void print_row(const struct problem *p)
{
    struct strbuf tags = {0};
    for (size_t t = 0; t < p->ntags; t++)
        sb_printf(&tags, "%s%s", t ? ", " : "", p->tags[t]);
    printf("%-24s  %-32s  %-6s  %s\n", p->id, p->title, difficulty_name(p->difficulty),
           tags.data ? tags.data : "");
    sb_free(&tags);
}

static void json_row(struct json *j, const struct problem *p)
{
    json_begin_object(j, NULL);
    json_string(j, "id", p->id);
    json_string(j, "title", p->title);
    json_string(j, "difficulty", difficulty_name(p->difficulty));
    json_string(j, "kind", problem_kind_name(p->kind));
    json_begin_array(j, "tags");
    for (size_t t = 0; t < p->ntags; t++)
        json_string(j, NULL, p->tags[t]);
    json_end_array(j);
    json_int(j, "tests", (long long)p->ntests);
    json_int(j, "max_score", problem_max_score(p));
    json_end_object(j);
}

int cmd_list(const struct cli_common *common, int argc, char **argv)
{
    static const struct option opts[] = {
        {"json", no_argument, NULL, 'j'}, {"help", no_argument, NULL, 'h'}, {NULL, 0, NULL, 0}};
    bool as_json = false;
    int c;
    while ((c = getopt_long(argc, argv, "h", opts, NULL)) != -1) {
        if (c == 'j')
            as_json = true;
        else if (c == 'h') {
            puts("usage: judge list [--json] [--problems DIR]");
            return EXIT_ACCEPTED;
        } else
            return EXIT_USAGE;
    }
    if (optind < argc)
        return cli_usage_error("list takes no arguments ('%s')", argv[optind]);
    char *root = catalog_root(common->problems_dir);
    if (!root)
        return cli_usage_error("no problems folder found (use --problems DIR)");
    size_t n = 0;
    char **ids = catalog_list(root, &n);
    int status = EXIT_ACCEPTED;
    struct json j = {.pretty = true};
    if (as_json)
        json_begin_array(&j, NULL);
    else
        printf("%-24s  %-32s  %-6s  %s\n", "ID", "TITLE", "LEVEL", "TAGS");
    for (size_t i = 0; i < n; i++) {
        char *dir = xasprintf("%s/%s", root, ids[i]), *errors = NULL;
        struct problem *p = catalog_load_problem(dir, &errors);
        if (!p) {
            fprintf(stderr, "%s", errors);
            status = EXIT_USAGE;
        } else if (as_json)
            json_row(&j, p);
        else
            print_row(p);
        problem_free(p);
        free(errors);
        free(dir);
    }
    if (as_json) {
        json_end_array(&j);
        printf("%s\n", j.sb.data);
        sb_free(&j.sb);
    }
    catalog_free_list(ids, n);
    free(root);
    return status;
}
