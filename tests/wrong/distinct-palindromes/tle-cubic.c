/* TLE: every substring, checked with two pointers, collected without duplicates by a linear scan of the list: O(n^3) and worse */
static bool isPal(const char *s, int i, int j)
{
    while (i < j)
        if (s[i++] != s[j--])
            return false;
    return true;
}

char **distinctPalindromes(char *s, int *returnSize)
{
    int n = strlen(s), count = 0, cap = 16;
    char **res = malloc(sizeof(char *) * cap);
    for (int i = 0; i < n; i++)
        for (int j = i; j < n; j++) {
            if (!isPal(s, i, j))
                continue;
            int len = j - i + 1;
            bool seen = false;
            for (int k = 0; k < count && !seen; k++)
                seen = (int)strlen(res[k]) == len && strncmp(res[k], s + i, len) == 0;
            if (seen)
                continue;
            if (count == cap)
                res = realloc(res, sizeof(char *) * (cap *= 2));
            res[count] = malloc(len + 1);
            memcpy(res[count], s + i, len);
            res[count][len] = 0;
            count++;
        }
    *returnSize = count;
    return res;
}
