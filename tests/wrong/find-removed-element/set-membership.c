/* WA: returns the first element of A that does not occur in B (hash set): with duplicates the removed value may still be in B */
struct entry {
    int key;
    UT_hash_handle hh;
};

int findRemoved(int* a, int aSize, int* b, int bSize) {
    struct entry *set = NULL, *e, *tmp;
    for (int i = 0; i < bSize; i++) {
        HASH_FIND_INT(set, &b[i], e);
        if (!e) {
            e = malloc(sizeof *e);
            e->key = b[i];
            HASH_ADD_INT(set, key, e);
        }
    }
    int result = 0;
    for (int i = 0; i < aSize; i++) {
        HASH_FIND_INT(set, &a[i], e);
        if (!e) {
            result = a[i];
            break;
        }
    }
    HASH_ITER(hh, set, e, tmp) {
        HASH_DEL(set, e);
        free(e);
    }
    return result;
}
