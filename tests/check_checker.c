/* Unit tests for checker.c: accept/reject decisions and messages of every built-in
 * checker, binary and huge inputs, and the layout of the wrong-answer diff. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "checker.h"
#include "suites.h"

#define LEN(a) (sizeof(a) / sizeof((a)[0]))

START_TEST(kind_names_round_trip)
{
    static const enum checker_kind kinds[] = {
        CHECKER_EXACT, CHECKER_TOKENS, CHECKER_LINES_UNORDERED, CHECKER_FLOAT, CHECKER_CUSTOM};
    enum checker_kind kind = CHECKER_CUSTOM;

    for (size_t i = 0; i < LEN(kinds); i++) {
        ck_assert_int_eq(checker_kind_from_name(checker_kind_name(kinds[i]), &kind), 0);
        ck_assert_int_eq(kind, kinds[i]);
    }
    ck_assert_str_eq(checker_kind_name(CHECKER_LINES_UNORDERED), "lines-unordered");
    ck_assert_str_eq(checker_kind_name((enum checker_kind)99), "unknown");
    ck_assert_int_eq(checker_kind_from_name("Exact", &kind), -1);
    ck_assert_int_eq(checker_kind_from_name("", &kind), -1);
    ck_assert_int_eq(checker_kind_from_name(NULL, &kind), -1);
    ck_assert_int_eq(kind, CHECKER_CUSTOM);
}
END_TEST

struct comparison {
    enum checker_kind kind;
    double absolute, relative;
    const char *expected, *actual;
    bool accepted;
    const char *message; /* exact expected message when rejected */
};

static const struct comparison comparisons[] = {
    /* exact */
    {CHECKER_EXACT, 0, 0, "1 2\n", "1 2\n", true, NULL},
    {CHECKER_EXACT, 0, 0, "", "", true, NULL},
    {CHECKER_EXACT, 0, 0, "1 2\n", "1 2", false, "output lacks the final newline"},
    {CHECKER_EXACT, 0, 0, "1 2", "1 2\n", false, "output has an extra newline at the end"},
    {CHECKER_EXACT, 0, 0, "a\n1 2 3\n", "a\n1 2 5\n", false,
     "line 2, column 5: expected '1 2 3', got '1 2 5'"},
    {CHECKER_EXACT, 0, 0, "1\n2 3\n", "1\n", false,
     "output ends early at line 2: expected '2 3\\x0a'"},
    {CHECKER_EXACT, 0, 0, "1 2\n", "1", false,
     "output ends early at line 1, column 2: expected ' 2\\x0a'"},
    {CHECKER_EXACT, 0, 0, "1\n", "1\n2\n", false, "extra output at line 2: '2\\x0a'"},
    {CHECKER_EXACT, 0, 0, "1\n", "1\r\n", false, "line 1, column 2: expected '1', got '1\\x0d'"},
    {CHECKER_EXACT, 0, 0, "x\n", "", false, "output ends early at line 1: expected 'x\\x0a'"},
    {CHECKER_EXACT, 0, 0, "1 2\n", "1  2\n", false, "line 1, column 3: expected '1 2', got '1  2'"},
    /* tokens */
    {CHECKER_TOKENS, 0, 0, "1 2 3\n", "1  2\t3", true, NULL},
    {CHECKER_TOKENS, 0, 0, "1 2\n", "\r\n1\v\f2 \n\n", true, NULL},
    {CHECKER_TOKENS, 0, 0, "", " \n\t", true, NULL},
    {CHECKER_TOKENS, 0, 0, "1\n2\n3 5\n", "1\n2\n3 7\n", false,
     "line 3, token 2: expected '5', got '7'"},
    {CHECKER_TOKENS, 0, 0, "1 2 3 4\n", "1 2 3\n", false,
     "output ends early: expected 4 tokens, got 3"},
    {CHECKER_TOKENS, 0, 0, "1", "", false, "output ends early: expected 1 token, got 0"},
    {CHECKER_TOKENS, 0, 0, "1 2 3 4\n", "1 2 3 4 foo\n", false,
     "extra output after token 4: 'foo'"},
    {CHECKER_TOKENS, 0, 0, "", "foo", false, "unexpected output (expected none): 'foo'"},
    {CHECKER_TOKENS, 0, 0, "1.0", "1", false, "line 1, token 1: expected '1.0', got '1'"},
    {CHECKER_TOKENS, 0, 0, "Yes", "yes", false, "line 1, token 1: expected 'Yes', got 'yes'"},
    /* lines-unordered */
    {CHECKER_LINES_UNORDERED, 0, 0, "a\nb\nc\n", "c\na\nb", true, NULL},
    {CHECKER_LINES_UNORDERED, 0, 0, "a b  \r\n\n\nc\n", "c\t\n \na b\n", true, NULL},
    {CHECKER_LINES_UNORDERED, 0, 0, "", "\n \r\n", true, NULL},
    {CHECKER_LINES_UNORDERED, 0, 0, "1\n1 2 3\n", "1\n", false, "line 2 is missing: '1 2 3'"},
    {CHECKER_LINES_UNORDERED, 0, 0, "1\n", "1\nfoo\n", false, "unexpected line 2: 'foo'"},
    {CHECKER_LINES_UNORDERED, 0, 0, "a\nb\na\n", "a\nb\n", false, "line 3 is missing: 'a'"},
    {CHECKER_LINES_UNORDERED, 0, 0, "a\n", "a\na\n", false, "unexpected line 2: 'a'"},
    {CHECKER_LINES_UNORDERED, 0, 0, " a\n", "a\n", false, "line 1 is missing: ' a'"},
    {CHECKER_LINES_UNORDERED, 0, 0, "x\ny\nz\n", "z\nq\nx\n", false, "line 2 is missing: 'y'"},
    /* float: either tolerance accepts; edges on both sides */
    {CHECKER_FLOAT, 1e-6, 0, "0.333333", "0.3333335", true, NULL},
    {CHECKER_FLOAT, 1e-6, 0, "0.333333", "0.334", false,
     "line 1, token 1: expected 0.333333, got 0.334 (difference 0.000667 > tolerance 1e-06)"},
    {CHECKER_FLOAT, 1e-6, 0, "1", "1.000001", true, NULL},
    {CHECKER_FLOAT, 1e-6, 0, "1", "0.999999", true, NULL},
    {CHECKER_FLOAT, 1e-6, 0, "1", "1.0000010001", false,
     "line 1, token 1: expected 1, got 1.0000010001 (difference 1e-06 > tolerance 1e-06)"},
    {CHECKER_FLOAT, 1e-6, 0, "1", "0.9999989", false, NULL},
    {CHECKER_FLOAT, 0, 1e-6, "1000000", "1000001", true, NULL},
    {CHECKER_FLOAT, 0, 1e-6, "1000000", "999999", true, NULL},
    {CHECKER_FLOAT, 0, 1e-6, "1000000", "1000001.1", false,
     "line 1, token 1: expected 1000000, got 1000001.1 (difference 1.1 > tolerance 1)"},
    {CHECKER_FLOAT, 0, 0.01, "100", "101", true, NULL},
    {CHECKER_FLOAT, 0, 0.01, "100", "101.01", false, NULL},
    {CHECKER_FLOAT, 1e-9, 1e-3, "1000 0.5", "1000.9 0.5", true, NULL},
    {CHECKER_FLOAT, 1e-3, 1e-9, "1e-9", "0.0009", true, NULL},
    {CHECKER_FLOAT, 0, 0, "2.50", "2.5", true, NULL},
    {CHECKER_FLOAT, 0, 0, "-0", "0", true, NULL},
    {CHECKER_FLOAT, 1e-6, 1e-6, "1 2\n3 4", "1 2\n3 5", false,
     "line 2, token 2: expected 4, got 5 (difference 1 > tolerance 4e-06)"},
    {CHECKER_FLOAT, 1e-6, 0, "nan", "nan", true, NULL},
    {CHECKER_FLOAT, 1e-6, 0, "nan", "NaN", false, "line 1, token 1: expected 'nan', got 'NaN'"},
    {CHECKER_FLOAT, 1e-6, 0, "inf", "inf", true, NULL},
    {CHECKER_FLOAT, 1e-6, 0, "inf", "1e400", false, "line 1, token 1: expected 'inf', got '1e400'"},
    {CHECKER_FLOAT, 1e-6, 0, "1e400", "1e400", true, NULL},
    {CHECKER_FLOAT, 1e-6, 0, "1e308", "-1e308", false, NULL},
    {CHECKER_FLOAT, 1e-6, 0, "abc 1", "abc 1", true, NULL},
    {CHECKER_FLOAT, 1e-6, 0, "abc", "abd", false, "line 1, token 1: expected 'abc', got 'abd'"},
    {CHECKER_FLOAT, 1e-6, 0, "1.5", "1.5x", false, "line 1, token 1: expected '1.5', got '1.5x'"},
    {CHECKER_FLOAT, 1e-6, 0, "YES 0.5", "YES", false,
     "output ends early: expected 2 tokens, got 1"},
    {CHECKER_FLOAT, 1e-6, 0, "0.5", "0.5 0.5", false, "extra output after token 1: '0.5'"},
    /* custom is the caller's job */
    {CHECKER_CUSTOM, 0, 0, "1", "1", false, "custom checker must be run by the caller"},
};

START_TEST(compares)
{
    const struct comparison *c = &comparisons[_i];
    struct checker_spec spec = {.kind = c->kind, .absolute = c->absolute, .relative = c->relative};
    char msg[256] = "untouched";
    bool accepted = checker_compare(&spec, c->expected, strlen(c->expected), c->actual,
                                    strlen(c->actual), msg, sizeof(msg));

    ck_assert_msg(accepted == c->accepted, "case %d (%s): '%s' vs '%s': %s", _i,
                  checker_kind_name(c->kind), c->expected, c->actual, msg);
    if (!accepted)
        ck_assert_msg(strchr(msg, '\n') == NULL && msg[0] != '\0', "case %d: '%s'", _i, msg);
    if (c->message)
        ck_assert_str_eq(msg, c->message);
}
END_TEST

static bool compare_bytes(enum checker_kind kind, const char *e, size_t elen, const char *a,
                          size_t alen, char *msg, size_t msglen)
{
    struct checker_spec spec = {.kind = kind, .absolute = 1e-6, .relative = 1e-6};

    return checker_compare(&spec, e, elen, a, alen, msg, msglen);
}

/* NUL is an ordinary byte: it neither ends a buffer nor separates tokens. */
START_TEST(handles_nul_bytes)
{
    static const char e[] = "x a\0b\n", a[] = "x a\0c\n", a_same[] = "x a\0b\n";
    char msg[256];

    ck_assert(compare_bytes(CHECKER_EXACT, e, 6, a_same, 6, msg, sizeof(msg)));
    ck_assert(!compare_bytes(CHECKER_EXACT, e, 6, a, 6, msg, sizeof(msg)));
    ck_assert_str_eq(msg, "line 1, column 5: expected 'x a\\x00b', got 'x a\\x00c'");
    ck_assert(compare_bytes(CHECKER_TOKENS, e, 6, a_same, 6, msg, sizeof(msg)));
    ck_assert(!compare_bytes(CHECKER_TOKENS, e, 6, a, 6, msg, sizeof(msg)));
    ck_assert_str_eq(msg, "line 1, token 2: expected 'a\\x00b', got 'a\\x00c'");
    ck_assert(!compare_bytes(CHECKER_TOKENS, "1 2", 3, "1\0 2", 4, msg, sizeof(msg)));
    ck_assert_str_eq(msg, "line 1, token 1: expected '1', got '1\\x00'");
    ck_assert(!compare_bytes(CHECKER_FLOAT, "1", 1, "1\0", 2, msg, sizeof(msg)));
    ck_assert(
        compare_bytes(CHECKER_LINES_UNORDERED, "a\0\nb\n", 5, "b\na\0\n", 5, msg, sizeof(msg)));
    ck_assert(
        !compare_bytes(CHECKER_LINES_UNORDERED, "a\0\nb\n", 5, "b\na\n", 4, msg, sizeof(msg)));
    ck_assert_str_eq(msg, "line 1 is missing: 'a\\x00'");
}
END_TEST

START_TEST(accepts_null_empty_buffers)
{
    static const enum checker_kind kinds[] = {CHECKER_EXACT, CHECKER_TOKENS,
                                              CHECKER_LINES_UNORDERED, CHECKER_FLOAT};
    char msg[64];

    for (size_t i = 0; i < LEN(kinds); i++) {
        ck_assert(compare_bytes(kinds[i], NULL, 0, NULL, 0, msg, sizeof(msg)));
        ck_assert(!compare_bytes(kinds[i], NULL, 0, "x", 1, msg, sizeof(msg)));
        ck_assert(!compare_bytes(kinds[i], "x", 1, NULL, 0, msg, sizeof(msg)));
    }
}
END_TEST

START_TEST(cuts_long_tokens_in_messages)
{
    char e[200], a[200], msg[256];

    memset(e, 'x', sizeof(e));
    memset(a, 'x', sizeof(a));
    a[150] = 'y';
    ck_assert(!compare_bytes(CHECKER_TOKENS, e, sizeof(e), a, sizeof(a), msg, sizeof(msg)));
    ck_assert_str_eq(msg, "line 1, token 1: expected '" /* 40 x */
                          "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx...', got '"
                          "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx...'");
    /* exact keeps the difference in view by cutting on both sides */
    ck_assert(!compare_bytes(CHECKER_EXACT, e, sizeof(e), a, sizeof(a), msg, sizeof(msg)));
    ck_assert_str_eq(msg, "line 1, column 151: expected '..." /* 13 x before the y, 26 after */
                          "xxxxxxxxxxxxx"
                          "x"
                          "xxxxxxxxxxxxxxxxxxxxxxxxxx...', got '..."
                          "xxxxxxxxxxxxx"
                          "y"
                          "xxxxxxxxxxxxxxxxxxxxxxxxxx...'");
}
END_TEST

START_TEST(message_buffer_is_respected)
{
    struct checker_spec spec = {.kind = CHECKER_TOKENS};
    char msg[8];

    ck_assert(!checker_compare(&spec, "1", 1, "2", 1, msg, sizeof(msg)));
    ck_assert_str_eq(msg, "line 1,");
    ck_assert(!checker_compare(&spec, "1", 1, "2", 1, NULL, 0));
    msg[0] = 'q';
    ck_assert(!checker_compare(&spec, "1", 1, "2", 1, msg, 0));
    ck_assert_int_eq(msg[0], 'q');
}
END_TEST

enum { MANY_LINES = 1000000 };

/* Lines "0".."999999", in order when reversed is false. */
static char *numbered_lines(bool reversed, size_t *len)
{
    char *buf = malloc((size_t)MANY_LINES * 8);
    size_t n = 0;

    ck_assert_ptr_nonnull(buf);
    for (int i = 0; i < MANY_LINES; i++)
        n += (size_t)sprintf(buf + n, "%d\n", reversed ? MANY_LINES - 1 - i : i);
    *len = n;
    return buf;
}

START_TEST(sorts_a_million_lines)
{
    size_t elen, alen;
    char *e = numbered_lines(false, &elen), *a = numbered_lines(true, &alen);
    char msg[128];

    ck_assert(compare_bytes(CHECKER_LINES_UNORDERED, e, elen, a, alen, msg, sizeof(msg)));
    /* Line 1 of the reversed output is "999999"; turn it into "999998". */
    a[5] = '8';
    ck_assert(!compare_bytes(CHECKER_LINES_UNORDERED, e, elen, a, alen, msg, sizeof(msg)));
    ck_assert_str_eq(msg, "line 1000000 is missing: '999999'");
    ck_assert(!compare_bytes(CHECKER_TOKENS, e, elen, a, alen, msg, sizeof(msg)));
    ck_assert_str_eq(msg, "line 1, token 1: expected '0', got '999998'");
    free(e);
    free(a);
}
END_TEST

START_TEST(scans_large_outputs)
{
    enum { SIZE = 64 << 20 };
    char *e = malloc(SIZE), *a = malloc(SIZE);
    char msg[128];

    ck_assert(e && a);
    for (size_t i = 0; i < SIZE; i++)
        e[i] = (i % 16 == 15) ? '\n' : (i % 2 ? ' ' : '7');
    memcpy(a, e, SIZE);
    ck_assert(compare_bytes(CHECKER_EXACT, e, SIZE, a, SIZE, msg, sizeof(msg)));
    ck_assert(compare_bytes(CHECKER_TOKENS, e, SIZE, a, SIZE, msg, sizeof(msg)));
    a[SIZE - 2] = '8';
    ck_assert(!compare_bytes(CHECKER_EXACT, e, SIZE, a, SIZE, msg, sizeof(msg)));
    ck_assert_str_eq(msg, "line 4194304, column 15: expected '7 7 7 7 7 7 7 7', got "
                          "'7 7 7 7 7 7 7 8'");
    ck_assert(!compare_bytes(CHECKER_TOKENS, e, SIZE, a, SIZE, msg, sizeof(msg)));
    ck_assert_str_eq(msg, "line 4194304, token 8: expected '7', got '8'");
    free(e);
    free(a);
}
END_TEST

struct diff_case {
    const char *expected, *actual;
    int max_lines, max_width;
    const char *diff;
};

static const struct diff_case diffs[] = {
    {"a b\n1 2 3 4\n", "a b\n1 2 5 4\n", 5, 80,
     "line 1:     a b\n"
     "line 2:\n"
     "  expected: 1 2 3 4\n"
     "  got:      1 2 5 4\n"
     "                ^ first difference at column 5"},
    {"same\n", "same\n", 5, 80, "outputs are identical"},
    {"", "", 5, 80, "outputs are identical"},
    {"1\n2\n", "1\n", 5, 80,
     "line 1:     1\n"
     "line 2:\n"
     "  expected: 2\n"
     "  got:      (no line: output ended)"},
    {"", "x\n", 5, 80,
     "line 1:\n"
     "  expected: (no line: output ended)\n"
     "  got:      x"},
    {"1\n", "1", 5, 80,
     "line 1:\n"
     "  expected: 1\n"
     "  got:      1\n"
     "             ^ first difference at column 2 (expected a newline, got end of output)"},
    {"1", "1\n", 5, 80,
     "line 1:\n"
     "  expected: 1\n"
     "  got:      1\n"
     "             ^ first difference at column 2 (expected end of output, got a newline)"},
    {"1\n", "1\r\n", 5, 80,
     "line 1:\n"
     "  expected: 1\n"
     "  got:      1\\x0d\n"
     "             ^ first difference at column 2"},
    {"a\tb\n", "a\tc\n", 5, 80,
     "line 1:\n"
     "  expected: a\\x09b\n"
     "  got:      a\\x09c\n"
     "                 ^ first difference at column 3"},
    /* following lines: equal ones once, differing ones as pairs, up to max_lines */
    {"0\n1\n2\n3\n4\n5\n", "0\n1\nX\n3\nY\n", 4, 80,
     "line 2:     1\n"
     "line 3:\n"
     "  expected: 2\n"
     "  got:      X\n"
     "            ^ first difference at column 1\n"
     "line 4:     3\n"
     "line 5:\n"
     "  expected: 4\n"
     "  got:      Y"},
    {"0\n1\n2\n", "0\n1\nX\n", 1, 80,
     "line 3:\n"
     "  expected: 2\n"
     "  got:      X\n"
     "            ^ first difference at column 1"},
    {"0\n1\n", "0\nX\n", 100, 80,
     "line 1:     0\n"
     "line 2:\n"
     "  expected: 1\n"
     "  got:      X\n"
     "            ^ first difference at column 1"},
    /* long lines: cut on the right, or on both sides around a late difference */
    {"abcdefghijklmnopqrstuvwxyz\n", "abcXefghijklmnopqrstuvwxyz\n", 5, 12,
     "line 1:\n"
     "  expected: abcdefghijkl...\n"
     "  got:      abcXefghijkl...\n"
     "               ^ first difference at column 4"},
    {"abcdefghijklmnopqrstuvwxyz\n", "abcdefghijklmnopqrsXuvwxyz\n", 5, 12,
     "line 1:\n"
     "  expected: ...pqrstuvwxyz\n"
     "  got:      ...pqrsXuvwxyz\n"
     "                   ^ first difference at column 20"},
    {"abcdefghijklmnopqrstuvwxyz0123456789\n", "abcdefghijklmnopqrsXuvwxyz0123456789\n", 5, 12,
     "line 1:\n"
     "  expected: ...pqrstuvwxyz0...\n"
     "  got:      ...pqrsXuvwxyz0...\n"
     "                   ^ first difference at column 20"},
};

START_TEST(renders_diff)
{
    const struct diff_case *c = &diffs[_i];
    char *diff = checker_diff(c->expected, strlen(c->expected), c->actual, strlen(c->actual),
                              c->max_lines, c->max_width);

    ck_assert_ptr_nonnull(diff);
    ck_assert_msg(strcmp(diff, c->diff) == 0, "case %d:\n%s\n--- wanted ---\n%s", _i, diff,
                  c->diff);
    free(diff);
}
END_TEST

/* Returns the text after `label` on the line that starts with it, up to the newline. */
static char *line_after(const char *diff, const char *label, size_t *len)
{
    const char *p = strstr(diff, label);

    ck_assert_msg(p != NULL, "no '%s' in:\n%s", label, diff);
    p += strlen(label);
    *len = strcspn(p, "\n");
    return (char *)p;
}

/* Property: the caret sits under the first column where the rendered lines differ. */
static void assert_caret_marks_difference(const char *e, size_t elen, const char *a, size_t alen,
                                          int width, size_t column)
{
    char *diff = checker_diff(e, elen, a, alen, 3, width);
    size_t el, al, caret;
    const char *ex, *got, *caret_line, *line_begin;
    char note[64];

    ck_assert_ptr_nonnull(diff);
    ex = line_after(diff, "  expected: ", &el);
    got = line_after(diff, "  got:      ", &al);
    snprintf(note, sizeof(note), "^ first difference at column %zu", column);
    caret_line = strstr(diff, note);
    ck_assert_msg(caret_line != NULL, "no '%s' in:\n%s", note, diff);
    for (line_begin = caret_line; line_begin > diff && line_begin[-1] != '\n'; line_begin--)
        ;
    caret = (size_t)(caret_line - line_begin) - 12;
    ck_assert_msg(caret <= el && caret <= al, "caret %zu beyond lines in:\n%s", caret, diff);
    ck_assert_msg(memcmp(ex, got, caret) == 0, "lines differ before caret in:\n%s", diff);
    /* An escaped byte is four characters wide; the caret marks its first one. */
    ck_assert_msg(caret == el || caret == al || strncmp(ex + caret, got + caret, 4) != 0,
                  "no difference at caret in:\n%s", diff);
    ck_assert_int_le(el, (size_t)width + 6);
    ck_assert_int_le(al, (size_t)width + 6);
    free(diff);
}

START_TEST(caret_follows_escapes_and_cuts)
{
    char e[300], a[300];

    assert_caret_marks_difference("a\0\0b\n", 5, "a\0\0c\n", 5, 40, 4);
    assert_caret_marks_difference("x\n\x01\x02\x03q", 7, "x\n\x01\x02\x03r", 7, 40, 4);
    assert_caret_marks_difference("\xc3\xa9t\xc3\xa9", 5, "\xc3\xa9t\xc3\xa8", 5, 12, 5);
    for (size_t i = 0; i < sizeof(e); i++)
        e[i] = (char)(i % 7 == 0 ? 0 : 'a' + i % 26);
    memcpy(a, e, sizeof(a));
    for (size_t pos = 0; pos < sizeof(e); pos += 37) {
        a[pos] = 'Z';
        assert_caret_marks_difference(e, sizeof(e), a, sizeof(a), 30, pos + 1);
        assert_caret_marks_difference(e, sizeof(e), a, pos + 1, 50, pos + 1);
        a[pos] = e[pos];
    }
}
END_TEST

START_TEST(diff_of_binary_without_newlines)
{
    static const char e[] = {'\0', '\0', '\n', '\0'}, a[] = {'\0', '\0', '\n', '\1'};
    char *diff = checker_diff(e, sizeof(e), a, sizeof(a), 5, 80);

    ck_assert_str_eq(diff, "line 1:     \\x00\\x00\n"
                           "line 2:\n"
                           "  expected: \\x00\n"
                           "  got:      \\x01\n"
                           "            ^ first difference at column 1");
    free(diff);
    diff = checker_diff(NULL, 0, NULL, 0, 5, 80);
    ck_assert_str_eq(diff, "outputs are identical");
    free(diff);
}
END_TEST

Suite *make_checker_suite(void)
{
    Suite *s = suite_create("checker");
    TCase *compare = tcase_create("compare");
    TCase *large = tcase_create("large");
    TCase *diff = tcase_create("diff");

    tcase_add_test(compare, kind_names_round_trip);
    tcase_add_loop_test(compare, compares, 0, LEN(comparisons));
    tcase_add_test(compare, handles_nul_bytes);
    tcase_add_test(compare, accepts_null_empty_buffers);
    tcase_add_test(compare, cuts_long_tokens_in_messages);
    tcase_add_test(compare, message_buffer_is_respected);
    /* Sanitizer builds are several times slower than the default 4 s allows. */
    tcase_set_timeout(large, 60);
    tcase_add_test(large, sorts_a_million_lines);
    tcase_add_test(large, scans_large_outputs);
    tcase_add_loop_test(diff, renders_diff, 0, LEN(diffs));
    tcase_add_test(diff, caret_follows_escapes_and_cuts);
    tcase_add_test(diff, diff_of_binary_without_newlines);
    suite_add_tcase(s, compare);
    suite_add_tcase(s, large);
    suite_add_tcase(s, diff);
    return s;
}
