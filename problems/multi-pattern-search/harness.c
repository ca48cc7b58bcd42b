/* Harness for multi-pattern-search: reads the text (one line), the number of patterns,
 * then the patterns one per line; calls the solution once and prints true/false on the
 * judge channel. Checks afterwards that the text and the patterns are unchanged. */
#include "leetcode.h"
#include "judge_harness.h"

bool containsAny(char *text, char **patterns, int patternsSize);

static void check_letters(const char *s, const char *what, long index)
{
    for (const char *c = s; *c; c++)
        if (*c < 'a' || *c > 'z')
            judge_bad_input("%s %ld: character 0x%02x at %ld is not a lowercase letter", what,
                            index, (unsigned char)*c, (long)(c - s));
}

int main(void)
{
    char *text = judge_read_line();
    if (!text)
        judge_bad_input("the input is empty: expected the text on the first line");
    size_t textLen = strlen(text);
    if (textLen < 1 || textLen > 1000000)
        judge_bad_input("the text has %zu letters, expected 1 to 10^6", textLen);
    check_letters(text, "text", 0);
    char *countLine = judge_read_line();
    char *end;
    long count = countLine ? strtol(countLine, &end, 10) : -1;
    if (!countLine || end == countLine || *end || count < 1 || count > 1000000)
        judge_bad_input("line 2 must be the number of patterns, 1 to 10^6");
    free(countLine);
    char **patterns = judge_malloc_((size_t)count * sizeof *patterns);
    size_t total = 0;
    for (long i = 0; i < count; i++) {
        patterns[i] = judge_read_line();
        if (!patterns[i])
            judge_bad_input("the input ends after %ld of %ld patterns", i, count);
        size_t len = strlen(patterns[i]);
        if (len < 1 || len > 100)
            judge_bad_input("pattern %ld has %zu letters, expected 1 to 100", i, len);
        check_letters(patterns[i], "pattern", i);
        /* judge_read_line's buffer has room for 64 letters: keep an exact copy, a
         * million short patterns would otherwise hold 80 MB. */
        char *exact = judge_malloc_(len + 1);
        memcpy(exact, patterns[i], len + 1);
        free(patterns[i]);
        patterns[i] = exact;
        total += len;
    }
    if (total > 1000000)
        judge_bad_input("the patterns have %zu letters in all, more than 10^6", total);
    char *rest = judge_read_line();
    if (rest && *rest)
        judge_bad_input("more lines than the %ld patterns", count);
    free(rest);

    /* Copies to check the solution leaves its input alone. */
    char *textCopy = judge_malloc_(textLen + 1);
    memcpy(textCopy, text, textLen + 1);
    char *patCopy = judge_malloc_(total + (size_t)count);
    char **patPtr = judge_malloc_((size_t)count * sizeof *patPtr);
    for (long i = 0, at = 0; i < count; i++) {
        size_t len = strlen(patterns[i]) + 1;
        memcpy(patCopy + at, patterns[i], len);
        patPtr[i] = patterns[i];
        at += (long)len;
    }

    bool result = containsAny(text, patterns, (int)count);

    if (memcmp(text, textCopy, textLen + 1) != 0)
        judge_wrong_answer("the text was modified");
    for (long i = 0, at = 0; i < count; i++) {
        if (patterns[i] != patPtr[i])
            judge_wrong_answer("patterns[%ld] was changed to point elsewhere", i);
        size_t len = strlen(patCopy + at) + 1;
        if (memcmp(patterns[i], patCopy + at, len) != 0)
            judge_wrong_answer("pattern %ld was modified", i);
        at += (long)len;
    }
    judge_print_bool(result);
    for (long i = 0; i < count; i++)
        free(patterns[i]);
    free(patterns);
    free(patPtr);
    free(patCopy);
    free(textCopy);
    free(text);
    return 0;
}
