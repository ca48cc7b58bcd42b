/* WA: Manacher on "#a#b#...", but adds p[i] / 2 instead of (p[i] + 1) / 2 per centre, so the single letters are lost */
int countSubstrings(char *s)
{
    int n = strlen(s), m = 2 * n + 1;
    char *t = malloc(m + 1);
    int *p = calloc(m, sizeof(int));
    for (int i = 0; i < m; i++)
        t[i] = i % 2 ? s[i / 2] : '#';
    t[m] = 0;
    long long total = 0;
    int c = 0, r = 0;
    for (int i = 0; i < m; i++) {
        if (i < r)
            p[i] = p[2 * c - i] < r - i ? p[2 * c - i] : r - i;
        while (i - p[i] - 1 >= 0 && i + p[i] + 1 < m && t[i - p[i] - 1] == t[i + p[i] + 1])
            p[i]++;
        if (i + p[i] > r) {
            c = i;
            r = i + p[i];
        }
        total += p[i] / 2;
    }
    free(t);
    free(p);
    return (int)total;
}
