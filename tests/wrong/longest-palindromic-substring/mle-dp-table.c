/* MLE: the textbook DP, dp[i][j] = "s[i..j] is a palindrome", an n x n table */
char *longestPalindrome(char *s)
{
    int n = strlen(s), start = 0, best = 1;
    bool **dp = malloc(sizeof(bool *) * n);
    for (int i = 0; i < n; i++)
        dp[i] = calloc(n, sizeof(bool));
    for (int i = n - 1; i >= 0; i--)
        for (int j = i; j < n; j++)
            if (s[i] == s[j] && (j - i < 2 || dp[i + 1][j - 1])) {
                dp[i][j] = true;
                if (j - i + 1 > best) {
                    best = j - i + 1;
                    start = i;
                }
            }
    for (int i = 0; i < n; i++)
        free(dp[i]);
    free(dp);
    char *res = malloc(best + 1);
    memcpy(res, s + start, best);
    res[best] = '\0';
    return res;
}
