/* TLE: expand around each of the 2n-1 centres, O(n^2) on "aaaa..." and "abab..." */
int countSubstrings(char *s)
{
    int n = strlen(s), count = 0;
    for (int c = 0; c < 2 * n - 1; c++) {
        int l = c / 2, r = l + c % 2;
        while (l >= 0 && r < n && s[l] == s[r]) {
            count++;
            l--;
            r++;
        }
    }
    return count;
}
