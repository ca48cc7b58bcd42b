/* Harness for palindromic-substrings: reads s (the first line of the input, without
 * its newline), calls the solution once and prints the count on the judge channel.
 * The solution gets a private copy; the harness checks it did not modify it. */
#include "leetcode.h"
#include "judge_harness.h"

int countSubstrings(char *s);

int main(void)
{
    char *s = judge_read_line();
    if (!s)
        judge_bad_input("the input is empty: expected s on the first line");
    size_t n = strlen(s);
    if (n < 1 || n > 1000000)
        judge_bad_input("length of s = %zu is outside [1, 10^6]", n);
    for (size_t i = 0; i < n; i++)
        if (s[i] < 'a' || s[i] > 'z')
            judge_bad_input("s[%zu] = 0x%02x is not a lowercase letter", i, (unsigned char)s[i]);
    if (judge_read_line())
        judge_bad_input("more than one line in the input");
    char *copy = malloc(n + 1);
    memcpy(copy, s, n + 1);
    int result = countSubstrings(copy);
    if (memcmp(copy, s, n + 1) != 0)
        judge_wrong_answer("countSubstrings modified the input string s");
    fprintf(judge_out(), "%d\n", result);
    free(copy);
    free(s);
    return 0;
}
