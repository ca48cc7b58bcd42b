/* TLE: expands around every centre and puts every palindromic substring into a hash set of strings: O(sum of the lengths of all palindromic substrings) */
typedef struct {
    const char *key;
    int len;
    UT_hash_handle hh;
} Item;

char **distinctPalindromes(char *s, int *returnSize)
{
    int n = strlen(s), count = 0;
    Item *set = NULL, *it, *tmp;
    for (int c = 0; c < 2 * n - 1; c++) {
        int l = c / 2, r = l + c % 2;
        while (l >= 0 && r < n && s[l] == s[r]) {
            int len = r - l + 1;
            HASH_FIND(hh, set, s + l, len, it);
            if (!it) {
                it = malloc(sizeof *it);
                it->key = s + l;
                it->len = len;
                HASH_ADD_KEYPTR(hh, set, it->key, len, it);
                count++;
            }
            l--;
            r++;
        }
    }
    char **res = malloc(sizeof(char *) * (count ? count : 1));
    int k = 0;
    HASH_ITER(hh, set, it, tmp) {
        res[k] = malloc(it->len + 1);
        memcpy(res[k], it->key, it->len);
        res[k][it->len] = 0;
        k++;
        HASH_DEL(set, it);
        free(it);
    }
    *returnSize = k;
    return res;
}
