/* WA: sorts both lists and returns the first mismatch, but forgets the case where the removed element is the largest (no mismatch) */
static int cmp(const void* p, const void* q) {
    int x = *(const int*)p, y = *(const int*)q;
    return (x > y) - (x < y);
}

int findRemoved(int* a, int aSize, int* b, int bSize) {
    qsort(a, aSize, sizeof(int), cmp);
    qsort(b, bSize, sizeof(int), cmp);
    for (int i = 0; i < bSize; i++)
        if (a[i] != b[i])
            return a[i];
    return -1;
}
