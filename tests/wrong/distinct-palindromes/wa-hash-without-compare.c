/* WA: Manacher + a set of 64-bit polynomial hashes (unsigned overflow) with no string comparison: fast, but two Thue-Morse palindromes share a hash for every odd base */
typedef struct {
    unsigned long long h;
    UT_hash_handle hh;
} Seen;

char **distinctPalindromes(char *s, int *returnSize)
{
    int n = strlen(s), m = 2 * n + 1;
    unsigned long long *pre = malloc(sizeof(unsigned long long) * (n + 1));
    unsigned long long *pw = malloc(sizeof(unsigned long long) * (n + 1));
    pre[0] = 0;
    pw[0] = 1;
    for (int i = 0; i < n; i++) {
        pre[i + 1] = pre[i] * 911382323ULL + (unsigned char)s[i];
        pw[i + 1] = pw[i] * 911382323ULL;
    }
    /* p[i]: palindrome radius in "#a#b#..." */
    int *p = calloc(m, sizeof(int));
    for (int i = 0, c = 0, r = 0; i < m; i++) {
        if (i < r)
            p[i] = p[2 * c - i] < r - i ? p[2 * c - i] : r - i;
        while (i - p[i] - 1 >= 0 && i + p[i] + 1 < m &&
               ((i - p[i] - 1) % 2 == 0 || s[(i - p[i] - 1) / 2] == s[(i + p[i] + 1) / 2]))
            p[i]++;
        if (i + p[i] > r) {
            c = i;
            r = i + p[i];
        }
    }
    Seen *set = NULL, *e;
    int count = 0, cap = 16;
    int *st = malloc(sizeof(int) * cap), *ln = malloc(sizeof(int) * cap);
    /* From the longest palindrome at each centre inwards, stop at the first one seen
     * before: the shorter ones at that centre were seen with it. */
    for (int i = 0; i < m; i++) {
        for (int len = p[i]; len > 0; len -= 2) {
            int start = (i - len) / 2;
            unsigned long long h = pre[start + len] - pre[start] * pw[len];
            HASH_FIND(hh, set, &h, sizeof h, e);
            if (e)
                break;
            e = malloc(sizeof *e);
            e->h = h;
            HASH_ADD(hh, set, h, sizeof h, e);
            if (count == cap) {
                cap *= 2;
                st = realloc(st, sizeof(int) * cap);
                ln = realloc(ln, sizeof(int) * cap);
            }
            st[count] = start;
            ln[count] = len;
            count++;
        }
    }
    char **res = malloc(sizeof(char *) * (count ? count : 1));
    for (int k = 0; k < count; k++) {
        res[k] = malloc(ln[k] + 1);
        memcpy(res[k], s + st[k], ln[k]);
        res[k][ln[k]] = 0;
    }
    Seen *tmp;
    HASH_ITER(hh, set, e, tmp) {
        HASH_DEL(set, e);
        free(e);
    }
    free(pre);
    free(pw);
    free(p);
    free(st);
    free(ln);
    *returnSize = count;
    return res;
}
