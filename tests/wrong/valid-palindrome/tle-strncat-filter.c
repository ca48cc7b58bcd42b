/* TLE: builds the filtered lower-case string one character at a time with strncat, which rescans it every time: O(n^2) */
bool isPalindrome(char *s)
{
    int n = strlen(s);
    char *t = calloc(n + 1, 1);
    for (int i = 0; i < n; i++)
        if (isalnum((unsigned char)s[i])) {
            char c = tolower((unsigned char)s[i]);
            strncat(t, &c, 1);
        }
    int m = strlen(t);
    bool ok = true;
    for (int i = 0; i < m / 2; i++)
        if (t[i] != t[m - 1 - i])
            ok = false;
    free(t);
    return ok;
}
