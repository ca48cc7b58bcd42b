/* Harness for longest-palindromic-substring: reads s (the first line of the input,
 * without its newline), calls the solution once, checks that the returned string is a
 * palindrome and a substring of s, and prints its length on the judge channel (the
 * expected output is the optimal length, so any longest palindrome is accepted).
 *
 * The result may be malloc'd (the LeetCode convention: the caller frees it), point
 * into s (e.g. after writing a '\0' into s to end it: LeetCode accepts that), or be
 * static storage (a string literal, a static buffer). The harness frees it only in
 * the first case. */
#include "leetcode.h"
#include "judge_harness.h"

char *longestPalindrome(char *s);

/* Bounds of the program's own image (code, string literals, static data), from the
 * GNU linker; the binary is linked statically, so this covers the solution's. (_end,
 * not end: a solution may well have a global named end.) */
extern char __executable_start[], _end[];

#define MAX_N 1000000

static bool isPalindrome(const char *p, size_t len)
{
    for (size_t i = 0; i < len / 2; i++)
        if (p[i] != p[len - 1 - i])
            return false;
    return true;
}

/* Whether p[0..len) occurs in s[0..n): Knuth-Morris-Pratt, O(n + len) whatever the
 * strings (library strstr can be quadratic on periodic ones). */
static bool isSubstring(const char *s, size_t n, const char *p, size_t len)
{
    if (len == 0)
        return true;
    size_t *fail = judge_malloc_(len * sizeof *fail);
    fail[0] = 0;
    for (size_t i = 1, k = 0; i < len; i++) {
        while (k > 0 && p[i] != p[k])
            k = fail[k - 1];
        if (p[i] == p[k])
            k++;
        fail[i] = k;
    }
    bool found = false;
    for (size_t i = 0, k = 0; i < n && !found; i++) {
        while (k > 0 && s[i] != p[k])
            k = fail[k - 1];
        if (s[i] == p[k])
            k++;
        if (k == len)
            found = true;
    }
    free(fail);
    return found;
}

int main(void)
{
    char *s = judge_read_line();
    if (!s)
        judge_bad_input("the input is empty: expected s on the first line");
    size_t n = strlen(s);
    if (n < 1 || n > MAX_N)
        judge_bad_input("length of s = %zu is outside [1, 10^6]", n);
    for (size_t i = 0; i < n; i++)
        if (!((s[i] >= 'a' && s[i] <= 'z') || (s[i] >= 'A' && s[i] <= 'Z') ||
              (s[i] >= '0' && s[i] <= '9')))
            judge_bad_input("s[%zu] = 0x%02x is not a letter or a digit", i, (unsigned char)s[i]);
    if (judge_read_line())
        judge_bad_input("more than one line in the input");

    char *buf = judge_malloc_(n + 1);
    memcpy(buf, s, n + 1);
    char *r = longestPalindrome(buf);
    if (!r)
        judge_wrong_answer("returned NULL (gcc also turns a returned address of a local "
                           "array into NULL)");

    size_t len;
    bool inside = r >= buf && r <= buf + n;
    if (inside) {
        /* A pointer into s: the answer runs to the first '\0', which the solution may
         * have written into s itself, and must still be the original characters. */
        size_t off = (size_t)(r - buf);
        len = strnlen(r, n - off);
        if (memcmp(r, s + off, len) != 0)
            judge_wrong_answer("returned a pointer into s at index %zu, but the characters "
                               "there were changed",
                               off);
    } else {
        len = strnlen(r, n + 1);
        if (len > n)
            judge_wrong_answer("returned a string longer than s (%zu characters): is it "
                               "NUL-terminated?",
                               n);
        if (!isSubstring(s, n, r, len))
            judge_wrong_answer("returned \"%.*s%s\" (length %zu), which is not a substring of s",
                               len > 60 ? 60 : (int)len, r, len > 60 ? "..." : "", len);
    }
    if (!isPalindrome(r, len))
        judge_wrong_answer("returned \"%.*s%s\" (length %zu), which is not a palindrome",
                           len > 60 ? 60 : (int)len, r, len > 60 ? "..." : "", len);
    fprintf(judge_out(), "%zu\n", len);

    bool isStatic = r >= __executable_start && r < _end;
    if (!inside && !isStatic)
        free(r);
    free(buf);
    free(s);
    return 0;
}
