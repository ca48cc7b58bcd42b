/* Reference solution for problems/multi-pattern-search: Aho-Corasick.
 *
 * 1. Put every pattern in a trie (at most total length + 1 nodes); mark the nodes
 *    where a pattern ends.
 * 2. Breadth-first, give every node its failure link (the node of its longest proper
 *    suffix that is also in the trie) and complete the transition table, so that
 *    go[v][c] is the node of the longest suffix of (v's string + c) in the trie. A
 *    node also counts as a match when its failure link does: a pattern can end as a
 *    proper suffix of a longer partial match.
 * 3. Walk the text through the automaton once; stop at the first matching node.
 *
 * O(L * 26 + |text|) time and O(L * 26) memory for L = total pattern length. */

bool containsAny(char *text, char **patterns, int patternsSize)
{
    size_t total = 0;
    for (int i = 0; i < patternsSize; i++)
        total += strlen(patterns[i]);
    size_t cap = total + 1;
    int(*go)[26] = calloc(cap, sizeof *go); /* 0 = no child yet (the root is never one) */
    int *fail = malloc(cap * sizeof *fail);
    bool *match = calloc(cap, sizeof *match);
    int nodes = 1;

    for (int i = 0; i < patternsSize; i++) {
        int v = 0;
        for (const char *c = patterns[i]; *c; c++) {
            int k = *c - 'a';
            if (!go[v][k])
                go[v][k] = nodes++;
            v = go[v][k];
        }
        match[v] = true;
    }

    int *queue = malloc((size_t)nodes * sizeof *queue);
    int head = 0, tail = 0;
    fail[0] = 0;
    for (int k = 0; k < 26; k++)
        if (go[0][k]) {
            fail[go[0][k]] = 0;
            queue[tail++] = go[0][k];
        }
    while (head < tail) {
        int v = queue[head++];
        match[v] = match[v] || match[fail[v]];
        for (int k = 0; k < 26; k++) {
            int u = go[v][k];
            if (u) {
                fail[u] = go[fail[v]][k];
                queue[tail++] = u;
            } else {
                go[v][k] = go[fail[v]][k];
            }
        }
    }

    bool found = false;
    int v = 0;
    for (const char *c = text; *c; c++) {
        v = go[v][*c - 'a'];
        if (match[v]) {
            found = true;
            break;
        }
    }
    free(queue);
    free(match);
    free(fail);
    free(go);
    return found;
}
