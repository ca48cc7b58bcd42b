/* TLE: naive O(n^2): for each element of A, search B for an unused equal element */
int findRemoved(int* a, int aSize, int* b, int bSize) {
    bool* used = calloc(bSize + 1, sizeof(bool));
    for (int i = 0; i < aSize; i++) {
        bool found = false;
        for (int j = 0; j < bSize; j++) {
            if (!used[j] && b[j] == a[i]) {
                used[j] = true;
                found = true;
                break;
            }
        }
        if (!found) {
            free(used);
            return a[i];
        }
    }
    free(used);
    return -1;
}
