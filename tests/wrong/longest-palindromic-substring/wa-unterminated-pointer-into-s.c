/* WA: finds the right palindrome but returns s + start without ending it there, so the caller sees the rest of s too */
char *longestPalindrome(char *s)
{
    int n = strlen(s), start = 0, best = 1;
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
    return s + start;
}
