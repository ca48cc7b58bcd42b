/* WA: one pass through a trie with no failure links: on a mismatch it restarts from the root at the current letter, losing matches that began inside the failed partial match */
typedef struct Node {
    struct Node* next[26];
    bool end;
} Node;

bool containsAny(char* text, char** patterns, int patternsSize) {
    Node* root = calloc(1, sizeof(Node));
    for (int i = 0; i < patternsSize; i++) {
        Node* v = root;
        for (char* c = patterns[i]; *c; c++) {
            int k = *c - 'a';
            if (!v->next[k]) v->next[k] = calloc(1, sizeof(Node));
            v = v->next[k];
        }
        v->end = true;
    }
    Node* v = root;
    for (char* c = text; *c; c++) {
        int k = *c - 'a';
        if (v->next[k]) v = v->next[k];
        else v = root->next[k] ? root->next[k] : root;
        if (v->end) return true;
    }
    return false; /* the trie is leaked */
}
