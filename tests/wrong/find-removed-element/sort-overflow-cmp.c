/* WA: sorts both lists with the comparator "return x - y", which overflows for values far apart, so the lists are not sorted */
static int cmp(const void* p, const void* q) {
    return *(const int*)p - *(const int*)q;
}

int findRemoved(int* a, int aSize, int* b, int bSize) {
    qsort(a, aSize, sizeof(int), cmp);
    qsort(b, bSize, sizeof(int), cmp);
    for (int i = 0; i < bSize; i++)
        if (a[i] != b[i])
            return a[i];
    return a[aSize - 1];
}
