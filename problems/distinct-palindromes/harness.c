/* Harness for distinct-palindromes: reads s (the first line of the input, without its
 * newline), calls the solution once and prints the returned strings one per line on
 * the judge channel (the checker ignores their order). Checks the shape of the result
 * (a sane returnSize, no NULL strings, no string longer than s) and that s was not
 * modified, then frees every string and the array. */
#include "leetcode.h"
#include "judge_harness.h"

char **distinctPalindromes(char *s, int *returnSize);

#define MAX_N 1000000

int main(void)
{
    char *s = judge_read_line();
    if (!s)
        judge_bad_input("the input is empty: expected s on the first line");
    size_t n = strlen(s);
    if (n < 1 || n > MAX_N)
        judge_bad_input("length of s = %zu is outside [1, 10^6]", n);
    for (size_t i = 0; i < n; i++)
        if (s[i] < 'a' || s[i] > 'z')
            judge_bad_input("s[%zu] = 0x%02x is not a lowercase letter", i, (unsigned char)s[i]);
    char *extra = judge_read_line();
    if (extra)
        judge_bad_input("more than one line in the input");

    char *copy = judge_malloc_(n + 1);
    memcpy(copy, s, n + 1);
    int size = -12345;
    char **result = distinctPalindromes(copy, &size);
    if (memcmp(copy, s, n + 1) != 0)
        judge_wrong_answer("distinctPalindromes modified the input string s");
    if (size == -12345)
        judge_wrong_answer("*returnSize was not set");
    /* A string of length n has at most n distinct non-empty palindromic substrings; a
     * larger count means duplicates or garbage (the checker would say so too, but
     * printing millions of lines first helps nobody). */
    if (size < 0 || (size_t)size > n)
        judge_wrong_answer("*returnSize = %d, but a string of length %zu has at most %zu "
                           "distinct palindromic substrings",
                           size, n, n);
    if (size > 0 && !result)
        judge_wrong_answer("returned NULL with *returnSize = %d", size);
    FILE *out = judge_out();
    for (int i = 0; i < size; i++) {
        if (!result[i])
            judge_wrong_answer("result[%d] is NULL", i);
        size_t len = strnlen(result[i], n + 1);
        if (len == 0)
            judge_wrong_answer("result[%d] is the empty string (palindromes here are non-empty)",
                               i);
        if (len > n)
            judge_wrong_answer("result[%d] is longer than s", i);
        fwrite(result[i], 1, len, out);
        putc('\n', out);
    }
    for (int i = 0; i < size; i++)
        free(result[i]);
    free(result);
    free(copy);
    free(s);
    return 0;
}
