/* The problem loader: good files load into the right struct; every kind of bad
 * file gets its exact "file:line:column: message". */
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "problem.h"
#include "suites.h"
#include "util.h"

static char *root, *dir;

static void setup(void)
{
    root = make_temp_dir("check-problem");
    ck_assert_ptr_nonnull(root);
    dir = xasprintf("%s/p", root);
    ck_assert_int_eq(mkdir(dir, 0700), 0);
    char *statement = xasprintf("%s/statement.md", dir);
    char *harness = xasprintf("%s/harness.c", dir);
    char *gen = xasprintf("%s/gen.c", dir);
    write_file(statement, "# P\n", 4);
    write_file(harness, "int main(void){return 0;}\n", 26);
    write_file(gen, "int main(void){return 0;}\n", 26);
    free(statement), free(harness), free(gen);
}

static void teardown(void)
{
    remove_tree(root);
    free(root), free(dir);
}

/* Loads yaml as dir/problem.yaml; returns the problem or NULL with *errors. */
static struct problem *load(const char *yaml, char **errors)
{
    char *path = xasprintf("%s/problem.yaml", dir);
    ck_assert_int_eq(write_file(path, yaml, strlen(yaml)), 0);
    free(path);
    return problem_load(dir, errors);
}

#define HEAD "id: p\ntitle: T\ndifficulty: easy\nstatement: statement.md\n"
#define GROUPS                                                                                     \
    "groups:\n  - name: samples\n    tests:\n      - name: a\n        input: \"1\\n\"\n"           \
    "        output: \"1\\n\"\n"

START_TEST(loads_program_problem)
{
    char *errors = NULL;
    struct problem *p = load(HEAD "kind: program\n" GROUPS, &errors);
    ck_assert_msg(p != NULL, "errors: %s", errors);
    ck_assert_str_eq(p->id, "p");
    ck_assert_int_eq(p->kind, PROBLEM_PROGRAM);
    ck_assert_int_eq(p->ntests, 1);
    ck_assert_str_eq(p->tests[0].input, "1\n");
    ck_assert(p->groups[0].visible);
    ck_assert_int_eq(p->limits.time_ms, 1000);
    ck_assert_int_eq(p->limits.wall_ms, 4000);
    ck_assert_int_eq(p->limits.memory_bytes, 256LL << 20);
    ck_assert_int_eq(p->checker.kind, CHECKER_TOKENS);
    problem_free(p);
}
END_TEST

START_TEST(limits_inherit_and_override)
{
    const char *yaml = HEAD "kind: program\nlimits: {time: 2s, memory: 64MiB}\n"
                            "generators:\n  gen: gen.c\n"
                            "groups:\n"
                            "  - name: big\n    points: 40\n    limits: {time: 500ms}\n"
                            "    tests:\n"
                            "      - name: a\n        generate: gen 10 7\n        output: x\n"
                            "      - name: b\n        input: x\n        output: x\n"
                            "        limits: {wall: 9s, output: 1KiB}\n";
    char *errors = NULL;
    struct problem *p = load(yaml, &errors);
    ck_assert_msg(p != NULL, "errors: %s", errors);
    ck_assert_int_eq(p->limits.time_ms, 2000);
    ck_assert_int_eq(p->tests[0].limits.time_ms, 500);
    ck_assert_int_eq(p->tests[0].limits.wall_ms, 2500);
    ck_assert_int_eq(p->tests[0].limits.memory_bytes, 64LL << 20);
    ck_assert_int_eq(p->tests[1].limits.wall_ms, 9000);
    ck_assert_int_eq(p->tests[1].limits.output_bytes, 1024);
    ck_assert_int_eq(p->tests[0].input_kind, INPUT_GENERATED);
    ck_assert_str_eq(p->tests[0].gen_argv[0], "gen");
    ck_assert_str_eq(p->tests[0].gen_argv[2], "7");
    ck_assert_ptr_null(p->tests[0].gen_argv[3]);
    ck_assert(!p->groups[0].visible);
    ck_assert_int_eq(problem_max_score(p), 40);
    problem_free(p);
}
END_TEST

START_TEST(loads_function_problem_and_checker)
{
    const char *yaml = HEAD "kind: function\nfunction:\n  signature: \"int f(int* a, int n);\"\n"
                            "  harness: harness.c\nchecker: {type: float, absolute: 1e-3}\n" GROUPS;
    char *errors = NULL;
    struct problem *p = load(yaml, &errors);
    ck_assert_msg(p != NULL, "errors: %s", errors);
    ck_assert_int_eq(p->kind, PROBLEM_FUNCTION);
    ck_assert_str_eq(p->signature, "int f(int* a, int n);");
    ck_assert_ptr_nonnull(strstr(p->harness_path, "harness.c"));
    ck_assert_int_eq(p->checker.kind, CHECKER_FLOAT);
    ck_assert(p->checker.absolute > 0.00099 && p->checker.absolute < 0.00101);
    problem_free(p);
}
END_TEST

struct bad_case {
    const char *yaml;
    const char *message; /* expected substring, with file position */
};

static const struct bad_case bad_cases[] = {
    {HEAD "kind: program\nlimts: {time: 1s}\n" GROUPS,
     "problem.yaml:6:1: unknown key 'limts' (did you mean 'limits'?)"},
    {HEAD "kind: program\ntitle: again\n" GROUPS, "problem.yaml:6:1: duplicate key 'title'"},
    {HEAD "kind: program\nlimits: {time: 1}\n" GROUPS, "problem.yaml:6:16: time: invalid time '1'"},
    {HEAD "kind: program\nlimits: {memory: lots}\n" GROUPS, "problem.yaml:6:18: memory:"},
    {HEAD "kind: function\n" GROUPS, "kind: function needs a 'function' block"},
    {HEAD "kind: maybe\n" GROUPS, "problem.yaml:5:7: 'kind' must be one of function, program"},
    {"id: q\ntitle: T\ndifficulty: easy\nstatement: statement.md\nkind: program\n" GROUPS,
     "problem.yaml:1:5: id 'q' does not match the folder name 'p'"},
    {HEAD "kind: program\ngroups:\n  - name: g\n    tests:\n      - name: a\n        output: x\n",
     "the test needs its input"},
    {HEAD "kind: program\ngroups:\n  - name: g\n    tests:\n      - name: a\n        input: x\n"
          "        output: x\n      - name: a\n        input: y\n        output: y\n",
     "problem.yaml:12:15: duplicate test name 'a'"},
    {HEAD "kind: program\ngroups:\n  - name: g\n    tests:\n      - name: a\n        input: x\n"
          "        output_file: missing.out\n",
     "problem.yaml:11:22: output_file file 'missing.out' not found"},
    {HEAD "kind: program\ngroups:\n  - name: g\n    tests:\n      - name: a\n"
          "        generate: nogen 1\n        output: x\n",
     "unknown generator 'nogen'"},
    {HEAD "kind: program\ngroups:\n  - name: g\n    points: many\n    tests:\n      - name: a\n"
          "        input: x\n        output: x\n",
     "problem.yaml:8:13: 'points' must be a whole number"},
    {HEAD "kind: program\ntags: arrays\n" GROUPS, "problem.yaml:6:7: 'tags' must be a list"},
    {HEAD "kind: program\ngroups:\n\t- name: g\n", "problem.yaml:7:1:"},
    {HEAD "kind: program\ntitle: \"unclosed\n" GROUPS, "problem.yaml:"},
    {"", "problem.yaml:1:1: the file is empty"},
    {"- just\n- a list\n", "'problem.yaml' must be a mapping, not a list"},
    {HEAD "kind: program\nchecker: fuzzy\n" GROUPS, "'checker' must be one of exact, tokens"},
    {HEAD "kind: program\nchecker: {type: custom}\n" GROUPS, "missing required key 'source'"},
    {HEAD "kind: program\ngroups: []\n", "'groups' is empty"},
    {"id: p\ndifficulty: easy\nstatement: statement.md\nkind: program\n" GROUPS,
     "missing required key 'title'"},
    {"id: p\ntitle: T\ndifficulty: easy\nstatement: nope.md\nkind: program\n" GROUPS,
     "problem.yaml:4:12: statement file 'nope.md' not found"},
    {HEAD "kind: program\nx: &a [*a]\n" GROUPS, "unknown key 'x'"},
};

START_TEST(bad_file_is_reported_with_position)
{
    const struct bad_case *c = &bad_cases[_i];
    char *errors = NULL;
    struct problem *p = load(c->yaml, &errors);
    ck_assert_msg(p == NULL, "case %d loaded but should fail", _i);
    ck_assert_ptr_nonnull(errors);
    ck_assert_msg(strstr(errors, c->message) != NULL, "case %d: wanted '%s' in:\n%s", _i,
                  c->message, errors);
    ck_assert_msg(strstr(errors, dir) == errors, "case %d: message must start with the file: %s",
                  _i, errors);
    free(errors);
}
END_TEST

START_TEST(all_errors_are_collected)
{
    char *errors = NULL;
    struct problem *p = load(HEAD "kind: program\nlimts: 1\ncheckr: exact\n" GROUPS, &errors);
    ck_assert_ptr_null(p);
    ck_assert_ptr_nonnull(strstr(errors, "'limts'"));
    ck_assert_ptr_nonnull(strstr(errors, "'checkr' (did you mean 'checker'?)"));
    free(errors);
}
END_TEST

START_TEST(missing_yaml_names_the_file)
{
    char *errors = NULL;
    ck_assert_ptr_null(problem_load(root, &errors));
    ck_assert_ptr_nonnull(strstr(errors, "problem.yaml: cannot open"));
    free(errors);
}
END_TEST

START_TEST(bundled_problems_load)
{
    const char *top = getenv("JUDGE_ROOT");
    char *path = xasprintf("%s/problems/zero-sum-pair", top ? top : ".");
    char *errors = NULL;
    struct problem *p = problem_load(path, &errors);
    ck_assert_msg(p != NULL, "%s", errors);
    ck_assert_int_eq(problem_max_score(p), 100);
    problem_free(p);
    free(path);
}
END_TEST

Suite *make_problem_suite(void)
{
    Suite *s = suite_create("problem");
    TCase *tc = tcase_create("load");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, loads_program_problem);
    tcase_add_test(tc, limits_inherit_and_override);
    tcase_add_test(tc, loads_function_problem_and_checker);
    tcase_add_loop_test(tc, bad_file_is_reported_with_position, 0, (int)ARRAY_LEN(bad_cases));
    tcase_add_test(tc, all_errors_are_collected);
    tcase_add_test(tc, missing_yaml_names_the_file);
    tcase_add_test(tc, bundled_problems_load);
    suite_add_tcase(s, tc);
    return s;
}
