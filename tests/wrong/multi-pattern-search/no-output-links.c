/* WA: Aho-Corasick that only checks the current node's own end mark, not its failure chain: misses a pattern that ends as a proper suffix of a longer partial match */
bool containsAny(char* text, char** patterns, int patternsSize) {
    size_t total = 0;
    for (int i = 0; i < patternsSize; i++) total += strlen(patterns[i]);
    int (*go)[26] = calloc(total + 1, sizeof *go);
    int* fail = calloc(total + 1, sizeof(int));
    bool* end = calloc(total + 1, sizeof(bool));
    int nodes = 1;
    for (int i = 0; i < patternsSize; i++) {
        int v = 0;
        for (char* c = patterns[i]; *c; c++) {
            int k = *c - 'a';
            if (!go[v][k]) go[v][k] = nodes++;
            v = go[v][k];
        }
        end[v] = true;
    }
    int* q = malloc(nodes * sizeof(int));
    int h = 0, t = 0;
    for (int k = 0; k < 26; k++)
        if (go[0][k]) q[t++] = go[0][k];
    while (h < t) {
        int v = q[h++];
        for (int k = 0; k < 26; k++) {
            int u = go[v][k];
            if (u) { fail[u] = go[fail[v]][k]; q[t++] = u; }
            else go[v][k] = go[fail[v]][k];
        }
    }
    int v = 0;
    bool found = false;
    for (char* c = text; *c && !found; c++) {
        v = go[v][*c - 'a'];
        if (end[v]) found = true;
    }
    free(q); free(end); free(fail); free(go);
    return found;
}
