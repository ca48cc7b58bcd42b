/* Reference solution for problems/palindromic-substrings: Manacher's algorithm.
 * d1[i] = number of odd palindromes centred at i, d2[i] = number of even palindromes
 * centred between i - 1 and i; the answer is the sum of all of them. O(n) time, O(n)
 * extra memory. The sum is accumulated in 64 bits (it is at most n(n+1)/2, which the
 * constraints keep within int). */

int countSubstrings(char *s)
{
    int n = (int)strlen(s);
    if (n == 0)
        return 0;
    int *d1 = malloc((size_t)n * sizeof(int));
    int *d2 = malloc((size_t)n * sizeof(int));
    long long total = 0;
    for (int i = 0, l = 0, r = -1; i < n; i++) {
        int k = i > r ? 1 : (d1[l + r - i] < r - i + 1 ? d1[l + r - i] : r - i + 1);
        while (i - k >= 0 && i + k < n && s[i - k] == s[i + k])
            k++;
        d1[i] = k;
        total += k;
        if (i + k - 1 > r) {
            l = i - k + 1;
            r = i + k - 1;
        }
    }
    for (int i = 0, l = 0, r = -1; i < n; i++) {
        int k = i > r ? 0 : (d2[l + r - i + 1] < r - i + 1 ? d2[l + r - i + 1] : r - i + 1);
        while (i - k - 1 >= 0 && i + k < n && s[i - k - 1] == s[i + k])
            k++;
        d2[i] = k;
        total += k;
        if (i + k - 1 > r) {
            l = i - k;
            r = i + k - 1;
        }
    }
    free(d1);
    free(d2);
    return (int)total;
}
