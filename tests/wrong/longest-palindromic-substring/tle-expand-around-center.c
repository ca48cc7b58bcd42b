/* TLE: expand around each of the 2n-1 centres (the usual LeetCode answer), O(n^2) on long palindrome-rich strings */
char *longestPalindrome(char *s)
{
    int n = strlen(s), start = 0, best = 0;
    for (int c = 0; c < 2 * n - 1; c++) {
        int l = c / 2, r = l + c % 2;
        while (l >= 0 && r < n && s[l] == s[r]) {
            l--;
            r++;
        }
        if (r - l - 1 > best) {
            best = r - l - 1;
            start = l + 1;
        }
    }
    char *res = malloc(best + 1);
    memcpy(res, s + start, best);
    res[best] = '\0';
    return res;
}
