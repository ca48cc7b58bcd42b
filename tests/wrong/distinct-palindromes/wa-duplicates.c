/* WA: expands around every centre and returns every palindromic substring it meets, duplicates included ("aaa" gives a, a, a, aa, aa, aaa) */
char **distinctPalindromes(char *s, int *returnSize)
{
    int n = strlen(s), count = 0, cap = 16;
    char **res = malloc(sizeof(char *) * cap);
    for (int c = 0; c < 2 * n - 1; c++) {
        int l = c / 2, r = l + c % 2;
        while (l >= 0 && r < n && s[l] == s[r]) {
            int len = r - l + 1;
            if (count == cap)
                res = realloc(res, sizeof(char *) * (cap *= 2));
            res[count] = malloc(len + 1);
            memcpy(res[count], s + l, len);
            res[count][len] = 0;
            count++;
            l--;
            r++;
        }
    }
    *returnSize = count;
    return res;
}
