/* WA: longest common substring of s and reverse(s), without checking that the two occurrences mirror each other: "abacdfgdcaba" gives "abacd" */
char *longestPalindrome(char *s)
{
    int n = strlen(s), best = 0, end = 0;
    int *prev = calloc(n + 1, sizeof(int)), *cur = calloc(n + 1, sizeof(int));
    for (int i = 1; i <= n; i++) {
        for (int j = 1; j <= n; j++) {
            cur[j] = s[i - 1] == s[n - j] ? prev[j - 1] + 1 : 0;
            if (cur[j] > best) {
                best = cur[j];
                end = i;
            }
        }
        int *t = prev;
        prev = cur;
        cur = t;
    }
    free(prev);
    free(cur);
    char *res = malloc(best + 1);
    memcpy(res, s + end - best, best);
    res[best] = '\0';
    return res;
}
