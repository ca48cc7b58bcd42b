/* Reference solution for problems/longest-palindromic-substring: Manacher's algorithm
 * on the odd and the even centres, then a malloc'd copy of the longest palindrome
 * found (the leftmost one among equals). O(n) time, O(n) extra memory. */

char *longestPalindrome(char *s)
{
    int n = (int)strlen(s);
    int *d = malloc((size_t)(n ? n : 1) * sizeof(int));
    int bestStart = 0, bestLen = n ? 1 : 0;
    /* Odd centres: d[i] = number of palindromes centred at s[i]; the longest is
     * s[i - d[i] + 1 .. i + d[i] - 1]. */
    for (int i = 0, l = 0, r = -1; i < n; i++) {
        int k = i > r ? 1 : (d[l + r - i] < r - i + 1 ? d[l + r - i] : r - i + 1);
        while (i - k >= 0 && i + k < n && s[i - k] == s[i + k])
            k++;
        d[i] = k;
        if (2 * k - 1 > bestLen) {
            bestLen = 2 * k - 1;
            bestStart = i - k + 1;
        }
        if (i + k - 1 > r) {
            l = i - k + 1;
            r = i + k - 1;
        }
    }
    /* Even centres: d[i] = number of palindromes centred between s[i - 1] and s[i];
     * the longest is s[i - d[i] .. i + d[i] - 1]. */
    for (int i = 0, l = 0, r = -1; i < n; i++) {
        int k = i > r ? 0 : (d[l + r - i + 1] < r - i + 1 ? d[l + r - i + 1] : r - i + 1);
        while (i - k - 1 >= 0 && i + k < n && s[i - k - 1] == s[i + k])
            k++;
        d[i] = k;
        if (2 * k > bestLen) {
            bestLen = 2 * k;
            bestStart = i - k;
        }
        if (i + k - 1 > r) {
            l = i - k;
            r = i + k - 1;
        }
    }
    free(d);
    char *result = malloc((size_t)bestLen + 1);
    memcpy(result, s + bestStart, (size_t)bestLen);
    result[bestLen] = '\0';
    return result;
}
