/* WA: a palindromic tree with only the odd root: finds the odd-length palindromes and never "aa", "abba" */
typedef struct {
    int len, link, end, next[26];
} Node;

char **distinctPalindromes(char *s, int *returnSize)
{
    int n = strlen(s);
    Node *t = calloc(n + 2, sizeof(Node));
    t[0].len = -1;
    t[0].link = 0;
    int cnt = 1, last = 0;
    for (int i = 0; i < n; i++) {
        int c = s[i] - 'a', v = last;
        while (i - t[v].len - 1 < 0 || s[i - t[v].len - 1] != s[i])
            v = t[v].link;
        if (!t[v].next[c]) {
            int u = cnt++, w = t[v].link;
            t[u].len = t[v].len + 2;
            t[u].end = i;
            if (t[u].len == 1) {
                t[u].link = 0;
            } else {
                while (i - t[w].len - 1 < 0 || s[i - t[w].len - 1] != s[i])
                    w = t[w].link;
                t[u].link = t[w].next[c];
            }
            t[v].next[c] = u;
        }
        last = t[v].next[c];
    }
    char **res = malloc(sizeof(char *) * cnt);
    for (int u = 1; u < cnt; u++) {
        res[u - 1] = malloc(t[u].len + 1);
        memcpy(res[u - 1], s + t[u].end - t[u].len + 1, t[u].len);
        res[u - 1][t[u].len] = 0;
    }
    free(t);
    *returnSize = cnt - 1;
    return res;
}
