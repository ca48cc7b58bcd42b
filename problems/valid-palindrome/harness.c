/* Harness for valid-palindrome: s is the first line of the input exactly as it is,
 * leading and trailing spaces included, without its newline. Calls the solution once
 * (on a copy, which it may modify) and prints true/false on the judge channel. */
#include "leetcode.h"
#include "judge_harness.h"

bool isPalindrome(char *s);

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
        if (s[i] < 0x20 || s[i] > 0x7e)
            judge_bad_input("s[%zu] = 0x%02x is not a printable ASCII character", i,
                            (unsigned char)s[i]);
    if (judge_read_line())
        judge_bad_input("more than one line in the input");
    judge_print_bool(isPalindrome(s));
    free(s);
    return 0;
}
