/* TLE: tries every substring, longest first, and checks it with two pointers: O(n^3) */
char *longestPalindrome(char *s)
{
    int n = strlen(s);
    for (int len = n; len > 0; len--)
        for (int i = 0; i + len <= n; i++) {
            int l = i, r = i + len - 1;
            while (l < r && s[l] == s[r]) {
                l++;
                r--;
            }
            if (l >= r) {
                char *res = malloc(len + 1);
                memcpy(res, s + i, len);
                res[len] = '\0';
                return res;
            }
        }
    return "";
}
