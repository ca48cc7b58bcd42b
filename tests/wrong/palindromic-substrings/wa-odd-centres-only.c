/* WA: Manacher for odd-length palindromes only, forgets the even ones ("aa", "abba") */
int countSubstrings(char *s)
{
    int n = strlen(s);
    int *d1 = malloc(sizeof(int) * (n + 1));
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
    free(d1);
    return (int)total;
}
