/* WA: trie walked from every text position, but a match is only reported on reaching a leaf: a pattern that is a prefix of another pattern is missed */
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
    for (char* s = text; *s; s++) {
        Node* v = root;
        for (char* c = s; *c && v->next[*c - 'a']; c++) {
            v = v->next[*c - 'a'];
            bool leaf = true;
            for (int k = 0; k < 26; k++)
                if (v->next[k]) leaf = false;
            if (leaf) return true;
        }
    }
    return false;
}
