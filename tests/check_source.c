/* What the judge reads from a user's source before compiling it. */
#include <stdlib.h>
#include <string.h>

#include "source.h"
#include "suites.h"
#include "util.h"

static struct source_facts analyze(const char *src)
{
    struct source_facts f;
    source_analyze(src, strlen(src), &f);
    return f;
}

START_TEST(finds_invisible_characters_in_code)
{
    struct source_facts f = analyze("int f(void)\n{\n\xc2\xa0   return 0;\n}\n");
    ck_assert(f.has_invisible);
    ck_assert_int_eq(f.invisible_line, 3);
    ck_assert_int_eq(f.invisible_column, 1);
    ck_assert_ptr_nonnull(strstr(f.invisible_name, "U+00A0"));
    f = analyze("int x = 1;\xe2\x80\x8b\n");
    ck_assert(f.has_invisible);
    ck_assert_int_eq(f.invisible_column, 11);
    ck_assert_ptr_nonnull(strstr(f.invisible_name, "U+200B"));
}
END_TEST

START_TEST(ignores_invisible_characters_in_comments_and_strings)
{
    ck_assert(
        !analyze("// caf\xc2\xa0 \n/* \xe2\x80\x8b */ char *s = \"\xc2\xa0\";\n").has_invisible);
    ck_assert(!analyze("\xef\xbb\xbfint x;\n").has_invisible); /* a leading BOM is fine */
}
END_TEST

START_TEST(finds_main_only_at_top_level_code)
{
    ck_assert(analyze("int main(void) { return 0; }").defines_main);
    ck_assert(analyze("int\nmain (int argc, char **argv)\n{}").defines_main);
    ck_assert(!analyze("// int main(void)\nint f(void) { return 0; }").defines_main);
    ck_assert(
        !analyze("int f(void) { const char *s = \"main(\"; return domain(1); }").defines_main);
}
END_TEST

START_TEST(finds_struct_definitions_but_not_uses)
{
    struct source_facts f =
        analyze("typedef struct ListNode { int val; struct ListNode *next; } L;");
    ck_assert(f.defines_listnode);
    ck_assert(!f.defines_treenode);
    f = analyze("bool hasCycle(struct ListNode *head) { return head != 0; }");
    ck_assert(!f.defines_listnode);
    ck_assert(analyze("struct TreeNode\n{\n int val; };").defines_treenode);
}
END_TEST

START_TEST(parses_signatures)
{
    struct signature sig;
    ck_assert_int_eq(signature_parse("bool hasCycle(struct ListNode *head);", &sig), 0);
    ck_assert_str_eq(sig.return_type, "bool");
    ck_assert_str_eq(sig.name, "hasCycle");
    ck_assert_int_eq(sig.nparams, 1);
    ck_assert_str_eq(sig.param_types[0], "struct ListNode *");
    signature_free(&sig);

    ck_assert_int_eq(signature_parse("int* mergeK(int** arrays, int arraysSize, int* "
                                     "arraysColSize, int* returnSize);",
                                     &sig),
                     0);
    ck_assert_str_eq(sig.return_type, "int*");
    ck_assert_int_eq(sig.nparams, 4);
    ck_assert_str_eq(sig.param_types[0], "int**");
    ck_assert_str_eq(sig.param_types[1], "int");
    signature_free(&sig);

    ck_assert_int_eq(signature_parse("void f(void)", &sig), 0);
    ck_assert_int_eq(sig.nparams, 0);
    signature_free(&sig);
    ck_assert_int_eq(signature_parse("not a prototype", &sig), -1);
    signature_free(&sig);
}
END_TEST

START_TEST(probe_calls_with_the_signature_types)
{
    struct signature sig;
    ck_assert_int_eq(signature_parse("bool f(int* nums, int n);", &sig), 0);
    char *probe = signature_probe(&sig);
    ck_assert_ptr_nonnull(strstr(probe, SIGNATURE_PROBE_FILE));
    ck_assert_ptr_nonnull(strstr(probe, "static int* judge_arg0_;"));
    ck_assert_ptr_nonnull(strstr(probe, "bool judge_result_ = f(judge_arg0_, judge_arg1_);"));
    free(probe);
    signature_free(&sig);
}
END_TEST

Suite *make_source_suite(void)
{
    Suite *s = suite_create("source");
    TCase *tc = tcase_create("analyze");
    tcase_add_test(tc, finds_invisible_characters_in_code);
    tcase_add_test(tc, ignores_invisible_characters_in_comments_and_strings);
    tcase_add_test(tc, finds_main_only_at_top_level_code);
    tcase_add_test(tc, finds_struct_definitions_but_not_uses);
    tcase_add_test(tc, parses_signatures);
    tcase_add_test(tc, probe_calls_with_the_signature_types);
    suite_add_tcase(s, tc);
    return s;
}
