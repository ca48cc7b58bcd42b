/* Built-in output checkers (exact, tokens, unordered lines, float tolerance) and the
 * terminal diff shown after a wrong answer. */
#ifndef JUDGE_CHECKER_H
#define JUDGE_CHECKER_H

#include <stdbool.h>
#include <stddef.h>

enum checker_kind {
    CHECKER_EXACT,
    CHECKER_TOKENS,
    CHECKER_LINES_UNORDERED,
    CHECKER_FLOAT,
    CHECKER_CUSTOM,
    CHECKER_VALIDATOR /* a Kattis/ICPC output validator (judge/kattis_validator.h) */
};

struct checker_spec {
    enum checker_kind kind;
    double absolute, relative; /* float tolerances; a number is accepted if within either */
    char *source; /* custom, validator: path of the C source (owned by whoever owns the spec;
                     not used by this module) */
    /* tokens and float only; both false for the judge's own problem format: */
    bool case_insensitive; /* tokens equal up to ASCII case ("Yes" = "YES") */
    bool space_sensitive;  /* the whitespace before, between and after tokens must be the
                              same bytes (Kattis's space_change_sensitive) */
    char **args; /* validator: extra arguments (Kattis validator_flags), NULL-terminated, or
                    NULL; owned like source */
};

/* "exact", "tokens", "lines-unordered", "float", "custom" or "validator"; "unknown" for any
 * other value. The string is static. */
const char *checker_kind_name(enum checker_kind kind);

/* Maps a name from checker_kind_name back to its kind. Returns 0 and sets *out, or -1
 * (leaving *out unchanged) for an unknown or NULL name. */
int checker_kind_from_name(const char *name, enum checker_kind *out);

/* A short description for people, into buf (truncated like snprintf): the kind's name,
 * then what changes it: "tokens", "tokens, case-insensitive, whitespace-sensitive",
 * "float (absolute 1e-06, relative 1e-06)", "validator validate.c (flags: a b)". */
void checker_describe(const struct checker_spec *spec, char *buf, size_t len);

/* Compares a program's output (actual) with the expected output using a built-in checker.
 * Buffers are arbitrary bytes (NULs allowed, no terminator needed; a pointer may be NULL
 * when its length is 0). Neither buffer is copied or modified.
 *
 *   exact           byte-equal.
 *   tokens          same sequence of tokens separated by space, \t, \n, \r, \v, \f.
 *   lines-unordered same multiset of lines, after stripping trailing whitespace from each
 *                   line and ignoring blank ones.
 *   float           tokens, but two tokens that both parse completely as finite numbers
 *                   (strtod, C locale) match when |a-b| <= absolute or
 *                   |a-b| <= relative*|expected|, with a few units in the last place of slack
 *                   so a printed boundary value ("1.000001" against 1 with 1e-6) passes.
 *                   Other tokens, nan and inf included, must be identical text.
 *   custom          not handled here: returns false with "custom checker must be run by
 *   validator       the caller".
 *
 * For tokens and float, spec->case_insensitive compares letters without regard to ASCII
 * case, and spec->space_sensitive also requires the whitespace before each token and after
 * the last one to be the same bytes (while both outputs still have tokens, or both ended).
 *
 * Returns true when accepted. On rejection writes a short one-line reason into msg
 * (truncated to msglen; msg may be NULL), quoting at most ~40 characters of any token or
 * line (cut with "...") with non-printable bytes as \xNN. Positions are 1-based and refer
 * to the actual output, except "line N is missing" (a line of the expected output):
 *   exact   "line 3, column 5: expected '1 2 3', got '1 2 5'",
 *           "output ends early at line 2: expected '4 5\x0a'", "extra output at line 3: 'x'",
 *           "output lacks the final newline", "output has an extra newline at the end"
 *   tokens  "line 3, token 2: expected '5', got '7'",
 *           "output ends early: expected 4 tokens, got 3",
 *           "extra output after token 4: 'foo'", "unexpected output (expected none): 'foo'"
 *   lines   "line 2 is missing: '1 2 3'", "unexpected line 7: 'foo'"
 *   float   "line 1, token 5: expected 0.333333, got 0.334 (difference 0.000667 >
 *           tolerance 1e-06)"
 *   space   "line 2, token 1: the whitespace before it differs: expected '\x0a', got ' '",
 *           "the whitespace at the end differs: expected '\x0a', got ''"
 * lines-unordered needs two arrays of line references (16 bytes per line); if they cannot
 * be allocated it returns false with "out of memory comparing lines". */
bool checker_compare(const struct checker_spec *spec, const char *expected, size_t elen,
                     const char *actual, size_t alen, char *msg, size_t msglen);

/* Describes where two outputs first differ, for the terminal after a wrong answer:
 *
 *   line 2:     a b
 *   line 3:
 *     expected: 1 2 3 4
 *     got:      1 2 5 4
 *                   ^ first difference at column 5
 *
 * One identical line of context precedes the first differing line; following lines are
 * shown too until max_lines lines of each side (context included; at least 1) have been
 * shown or both outputs have ended. Identical lines appear once ("line N:" then the text),
 * differing ones as an expected/got pair; a side that has ended shows
 * "(no line: output ended)". Bytes outside printable ASCII appear as \xNN. Lines wider
 * than max_width characters (at least 12) are cut around the first difference, marked
 * with "..." on the cut side(s), and the caret still points at the first differing byte;
 * its column is counted in bytes. A difference only in the final newline is noted after
 * the caret. Lines are separated by '\n', with no newline after the last.
 * Returns "outputs are identical" for byte-equal buffers. Buffers are as for
 * checker_compare. Returns a malloc'd string the caller frees, or NULL if memory ran out. */
char *checker_diff(const char *expected, size_t elen, const char *actual, size_t alen,
                   int max_lines, int max_width);

#endif
