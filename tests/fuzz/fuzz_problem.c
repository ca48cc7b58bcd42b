/* libFuzzer target for the problem loader (problem.c): the input is written as
 * problem.yaml into a problem folder that has the files real problems name
 * (statement.md, harness.c, gen.c, checker.c, data/01.in, ...) and a reference solution
 * beside the problems root, so inputs get past the file checks to everything behind them.
 *
 * Properties: no crash, leak or hang on any bytes; a failed load returns NULL with every
 * error line "<dir>/problem.yaml:LINE:COL: message" (or "...: cannot open"); a successful
 * load returns a problem that satisfies what the rest of the judge relies on. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "problem.h"
#include "util.h"

#define require(cond, ...)                                                                         \
    do {                                                                                           \
        if (!(cond)) {                                                                             \
            fprintf(stderr, "fuzz_problem: %s: ", #cond);                                          \
            fprintf(stderr, __VA_ARGS__);                                                          \
            fputc('\n', stderr);                                                                   \
            abort();                                                                               \
        }                                                                                          \
    } while (0)

static char *root, *dir, *yaml_path;

static void put(const char *rel, const char *text)
{
    char *path = xasprintf("%s/%s", root, rel);
    if (write_file(path, text, strlen(text)) != 0) {
        perror(path);
        exit(1);
    }
    free(path);
}

static void cleanup(void)
{
    remove_tree(root);
}

int LLVMFuzzerInitialize(int *argc, char ***argv);

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc, (void)argv;
    root = make_temp_dir("fuzz-problem");
    if (!root) {
        perror("make_temp_dir");
        exit(1);
    }
    atexit(cleanup);
    static const char *const dirs[] = {"problems", "problems/p", "problems/p/data", "solutions"};
    for (size_t i = 0; i < ARRAY_LEN(dirs); i++) {
        char *d = xasprintf("%s/%s", root, dirs[i]);
        mkdir(d, 0700);
        free(d);
    }
    static const char *const files[] = {
        "problems/p/statement.md", "problems/p/harness.c", "problems/p/gen.c",
        "problems/p/checker.c",    "problems/p/data/01.in", "problems/p/data/01.out",
        "problems/p/in.txt",       "problems/p/out.txt",    "solutions/p.c"};
    for (size_t i = 0; i < ARRAY_LEN(files); i++)
        put(files[i], "int main(void){return 0;}\n");
    dir = xasprintf("%s/problems/p", root);
    yaml_path = xasprintf("%s/problem.yaml", dir);
    return 0;
}

static void check_errors(const char *errors)
{
    require(errors && *errors, "failed load without errors");
    size_t plen = strlen(yaml_path);
    for (const char *line = errors; *line;) {
        const char *nl = strchr(line, '\n');
        require(nl, "error text does not end in a newline: %s", errors);
        require(strncmp(line, yaml_path, plen) == 0 && line[plen] == ':',
                "error line does not start with the file: %.*s", (int)(nl - line), line);
        line = nl + 1;
    }
}

static void check_limits(const struct limits *l, const char *what)
{
    require(l->time_ms > 0 && l->wall_ms > 0 && l->memory_bytes > 0 && l->output_bytes > 0,
            "%s: unset limit (%ld %ld %lld %lld)", what, l->time_ms, l->wall_ms, l->memory_bytes,
            l->output_bytes);
}

static void check_problem(const struct problem *p)
{
    require(p->id && strcmp(p->id, "p") == 0, "id");
    require(p->title && p->statement_path && p->dir && p->yaml_path, "metadata");
    require(p->kind != PROBLEM_FUNCTION || (p->signature && p->harness_path), "function parts");
    require(p->ngroups > 0 && p->ntests > 0, "%zu groups, %zu tests", p->ngroups, p->ntests);
    check_limits(&p->limits, "problem");
    for (size_t i = 0; i < p->ngroups; i++) {
        require(p->groups[i].name, "group %zu has no name", i);
        check_limits(&p->groups[i].limits, p->groups[i].name);
    }
    for (size_t i = 0; i < p->ntests; i++) {
        const struct test_case *t = &p->tests[i];
        require(t->name && t->group < p->ngroups, "test %zu", i);
        require(i == 0 || t->group >= p->tests[i - 1].group, "groups are not contiguous");
        for (size_t j = 0; j < i; j++)
            require(strcmp(p->tests[j].name, t->name) != 0, "duplicate test '%s'", t->name);
        check_limits(&t->limits, t->name);
        require(t->input, "test '%s' has no input", t->name);
        if (t->input_kind == INPUT_GENERATED)
            require(t->gen_argv && t->gen_argv[0] && problem_generator(p, t->gen_argv[0]),
                    "test '%s': generator '%s' not resolved", t->name,
                    t->gen_argv && t->gen_argv[0] ? t->gen_argv[0] : "(none)");
        require((t->output_kind == OUTPUT_REFERENCE) == (t->output == NULL),
                "test '%s' output", t->name);
        require(t->output_kind != OUTPUT_REFERENCE || p->reference_path, "reference");
    }
    require(p->checker.kind != CHECKER_CUSTOM || p->checker.source, "custom without source");
    require(problem_max_score(p) >= 0, "negative score");
    problem_kind_name(p->kind);
    difficulty_name(p->difficulty);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (write_file(yaml_path, (const char *)data, size) != 0) {
        perror(yaml_path);
        exit(1);
    }
    char *errors = NULL;
    struct problem *p = problem_load(dir, &errors);
    if (p) {
        require(errors == NULL, "loaded with errors: %s", errors);
        check_problem(p);
        problem_free(p);
    } else {
        check_errors(errors);
        free(errors);
    }
    return 0;
}
