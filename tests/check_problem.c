/* The problem loader: good files load into the right struct; every kind of bad
 * file gets its exact "file:line:column: message". */
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "problem.h"
#include "suites.h"
#include "util.h"

/* root/problems/p is the problem; root/solutions/ is where its reference would be. */
static char *root, *dir;

static void setup(void)
{
    root = make_temp_dir("check-problem");
    ck_assert_ptr_nonnull(root);
    char *problems = xasprintf("%s/problems", root);
    ck_assert_int_eq(mkdir(problems, 0700), 0);
    free(problems);
    dir = xasprintf("%s/problems/p", root);
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

/* Writes text to root/rel. */
static void put(const char *rel, const char *text)
{
    char *path = xasprintf("%s/%s", root, rel);
    ck_assert_int_eq(write_file(path, text, strlen(text)), 0);
    free(path);
}

#define REF_TEST                                                                                   \
    "groups:\n  - name: g\n    tests:\n      - name: a\n        input: x\n"                        \
    "        expect: reference\n"

START_TEST(group_description_and_hints)
{
    const char *yaml = HEAD "hints:\n  - Think about pairs.\n  - Sort first.\n  - Two pointers.\n"
                            "kind: program\ngroups:\n  - name: g\n"
                            "    description: overflow at the extremes\n    tests:\n"
                            "      - name: a\n        input: x\n        output: x\n";
    char *errors = NULL;
    struct problem *p = load(yaml, &errors);
    ck_assert_msg(p != NULL, "errors: %s", errors);
    ck_assert_str_eq(p->groups[0].description, "overflow at the extremes");
    ck_assert_int_eq(p->nhints, 3);
    ck_assert_str_eq(p->hints[0], "Think about pairs.");
    ck_assert_str_eq(p->hints[2], "Two pointers.");
    problem_free(p);
    p = load(HEAD "kind: program\n" GROUPS, &errors);
    ck_assert_ptr_null(p->groups[0].description);
    ck_assert_int_eq(p->nhints, 0);
    problem_free(p);
}
END_TEST

START_TEST(expect_reference_finds_solutions_beside_the_root)
{
    char *errors = NULL;
    char *sol = xasprintf("%s/solutions", root);
    ck_assert_int_eq(mkdir(sol, 0700), 0);
    put("solutions/p.c", "int main(void){return 0;}\n");
    struct problem *p = load(HEAD "kind: program\n" REF_TEST, &errors);
    ck_assert_msg(p != NULL, "errors: %s", errors);
    ck_assert_int_eq(p->tests[0].output_kind, OUTPUT_REFERENCE);
    ck_assert_ptr_null(p->tests[0].output);
    ck_assert_ptr_nonnull(p->reference_path);
    ck_assert_msg(strstr(p->reference_path, "/solutions/p.c") != NULL, "%s", p->reference_path);
    ck_assert_msg(p->reference_path[0] == '/', "not absolute: %s", p->reference_path);
    problem_free(p);
    free(sol);
}
END_TEST

START_TEST(reference_key_may_leave_the_folder)
{
    char *errors = NULL;
    put("ref.c", "int main(void){return 0;}\n");
    struct problem *p = load(HEAD "kind: program\nreference: ../../ref.c\n" REF_TEST, &errors);
    ck_assert_msg(p != NULL, "errors: %s", errors);
    char *want = xasprintf("%s/ref.c", root);
    char *real = realpath(want, NULL);
    ck_assert_str_eq(p->reference_path, real);
    free(want), free(real);
    problem_free(p);
}
END_TEST

START_TEST(reference_is_optional_without_expect_reference)
{
    char *errors = NULL;
    struct problem *p = load(HEAD "kind: program\n" GROUPS, &errors);
    ck_assert_msg(p != NULL, "errors: %s", errors);
    ck_assert_ptr_null(p->reference_path);
    problem_free(p);
}
END_TEST

START_TEST(generator_named_by_its_source)
{
    const char *yaml = HEAD "kind: program\ngroups:\n  - name: g\n    tests:\n"
                            "      - name: a\n        generate: gen.c --n 10 --seed 7\n"
                            "        output: x\n"
                            "      - name: b\n        generate: gen.c --n 20\n        output: x\n";
    char *errors = NULL;
    struct problem *p = load(yaml, &errors);
    ck_assert_msg(p != NULL, "errors: %s", errors);
    ck_assert_int_eq(p->ngenerators, 1);
    ck_assert_str_eq(p->generators[0].name, "gen.c");
    ck_assert_msg(strstr(p->generators[0].source, "/p/gen.c") != NULL, "%s",
                  p->generators[0].source);
    const struct generator *g = problem_generator(p, p->tests[1].gen_argv[0]);
    ck_assert_ptr_eq(g, &p->generators[0]);
    ck_assert_str_eq(p->tests[0].gen_argv[4], "7");
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
    {HEAD "kind: program\ngroups:\n  - name: g\n    tests:\n      - name: a\n"
          "        input: x\n        expect: reference\n",
     "problem.yaml:11:17: expect: reference needs a reference solution, and there is none"},
    {HEAD "kind: program\ngroups:\n  - name: g\n    tests:\n      - name: a\n"
          "        input: x\n        expect: magic\n",
     "problem.yaml:11:17: 'expect' must be 'reference', not 'magic'"},
    {HEAD "kind: program\ngroups:\n  - name: g\n    tests:\n      - name: a\n"
          "        input: x\n        output: x\n        expect: reference\n",
     "problem.yaml:12:17: a test has one expected output: 'output' and 'expect' both given"},
    {HEAD "kind: program\ngroups:\n  - name: g\n    tests:\n      - name: a\n"
          "        input: x\n        output_file: missing.out\n        expect: reference\n",
     "a test has one expected output: 'output_file' and 'expect' both given"},
    {HEAD "kind: program\ngroups:\n  - name: g\n    tests:\n      - name: a\n        input: x\n",
     "the test needs its expected output: one of 'output', 'output_file' or 'expect'"},
    {HEAD "kind: program\nreference: nope.c\n" GROUPS,
     "problem.yaml:6:12: reference file 'nope.c' not found"},
    {HEAD "kind: program\nreference: /etc/passwd\n" GROUPS,
     "problem.yaml:6:12: 'reference' must be relative to the problem folder"},
    {HEAD "kind: program\ngroups:\n  - name: g\n    tests:\n      - name: a\n"
          "        generate: other.c 1\n        output: x\n",
     "problem.yaml:10:19: generator source 'other.c' not found"},
    {HEAD "kind: program\ngroups:\n  - name: g\n    tests:\n      - name: a\n"
          "        generate: ../gen.c 1\n        output: x\n",
     "generator '../gen.c' must be a file inside the problem folder"},
    {HEAD "kind: program\nhints: use a hash\n" GROUPS, "problem.yaml:6:8: 'hints' must be a list"},
    {HEAD "kind: program\nhints: [\"\", b]\n" GROUPS, "problem.yaml:6:9: empty hint"},
    {HEAD "kind: program\nhints: [[a]]\n" GROUPS, "'hint' must be a scalar, not a list"},
    {HEAD "kind: program\ngroups:\n  - name: g\n    description: [a]\n    tests:\n"
          "      - name: a\n        input: x\n        output: x\n",
     "problem.yaml:8:18: 'description' must be a scalar"},
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
    tcase_add_test(tc, group_description_and_hints);
    tcase_add_test(tc, expect_reference_finds_solutions_beside_the_root);
    tcase_add_test(tc, reference_key_may_leave_the_folder);
    tcase_add_test(tc, reference_is_optional_without_expect_reference);
    tcase_add_test(tc, generator_named_by_its_source);
    tcase_add_loop_test(tc, bad_file_is_reported_with_position, 0, (int)ARRAY_LEN(bad_cases));
    tcase_add_test(tc, all_errors_are_collected);
    tcase_add_test(tc, missing_yaml_names_the_file);
    tcase_add_test(tc, bundled_problems_load);
    suite_add_tcase(s, tc);
    return s;
}
