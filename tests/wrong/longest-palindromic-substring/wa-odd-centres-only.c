/* WA: Manacher over the odd centres only, so "cbbd" gives "b" instead of "bb" */
char *longestPalindrome(char *s)
{
    int n = strlen(s), start = 0, best = 1;
    int *d = malloc(sizeof(int) * n);
    for (int i = 0, l = 0, r = -1; i < n; i++) {
        int k = i > r ? 1 : (d[l + r - i] < r - i + 1 ? d[l + r - i] : r - i + 1);
        while (i - k >= 0 && i + k < n && s[i - k] == s[i + k])
            k++;
        d[i] = k;
        if (2 * k - 1 > best) {
            best = 2 * k - 1;
            start = i - k + 1;
        }
        if (i + k - 1 > r) {
            l = i - k + 1;
            r = i + k - 1;
        }
    }
    free(d);
    char *res = malloc(best + 1);
    memcpy(res, s + start, best);
    res[best] = '\0';
    return res;
}
