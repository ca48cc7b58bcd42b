/* Reference solution for problems/distinct-palindromes: a palindromic tree (eertree).
 * Each node is one distinct palindrome; appending s[i] adds at most one node, the
 * longest palindrome ending at i if it is new. Children are kept in per-node sibling
 * lists (at most 26 each). O(n * 26) time to build, plus the total length of the
 * answer to copy the strings out; O(n) extra memory besides the answer. */

struct EerNode {
    int len;     /* length of the palindrome; -1 for the imaginary root */
    int link;    /* longest proper palindromic suffix */
    int end;     /* index in s where its first occurrence ends */
    int child;   /* first child (head of the sibling list), 0 if none */
    int sibling; /* next child of the same parent */
    char ch;     /* letter added on both sides by the edge from the parent */
};

static int findChild(const struct EerNode *t, int v, char c)
{
    for (int u = t[v].child; u; u = t[u].sibling)
        if (t[u].ch == c)
            return u;
    return 0;
}

/* Walks suffix links from v until s[i - len - 1] == s[i], i.e. c can wrap it. */
static int extendable(const struct EerNode *t, const char *s, int i, int v)
{
    while (i - t[v].len - 1 < 0 || s[i - t[v].len - 1] != s[i])
        v = t[v].link;
    return v;
}

char **distinctPalindromes(char *s, int *returnSize)
{
    int n = (int)strlen(s);
    /* Node 1: the imaginary root (length -1), node 2: the empty palindrome; node 0
     * means "none". */
    struct EerNode *t = calloc((size_t)n + 3, sizeof *t);
    t[1] = (struct EerNode){.len = -1, .link = 1};
    t[2] = (struct EerNode){.len = 0, .link = 1};
    int count = 2, last = 2;
    for (int i = 0; i < n; i++) {
        int v = extendable(t, s, i, last);
        int u = findChild(t, v, s[i]);
        if (!u) {
            u = ++count;
            t[u].len = t[v].len + 2;
            t[u].end = i;
            t[u].ch = s[i];
            t[u].link = t[u].len == 1 ? 2 : findChild(t, extendable(t, s, i, t[v].link), s[i]);
            t[u].sibling = t[v].child;
            t[v].child = u;
        }
        last = u;
    }
    int k = count - 2;
    char **result = malloc((size_t)(k ? k : 1) * sizeof *result);
    for (int u = 3; u <= count; u++) {
        int len = t[u].len;
        char *p = malloc((size_t)len + 1);
        memcpy(p, s + t[u].end - len + 1, (size_t)len);
        p[len] = '\0';
        result[u - 3] = p;
    }
    free(t);
    *returnSize = k;
    return result;
}
