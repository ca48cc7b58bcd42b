/* WA: concatenates everything and sorts with a "return a - b" comparator, which overflows for far-apart values */
static int cmp(const void *a, const void *b)
{
    return *(const int *)a - *(const int *)b;
}

int *mergeKSortedArrays(int **arrays, int arraysSize, int *arraysColSize, int *returnSize)
{
    int total = 0;
    for (int i = 0; i < arraysSize; i++)
        total += arraysColSize[i];
    int *out = malloc((total + 1) * sizeof(int));
    int n = 0;
    for (int i = 0; i < arraysSize; i++)
        for (int j = 0; j < arraysColSize[i]; j++)
            out[n++] = arrays[i][j];
    qsort(out, n, sizeof(int), cmp);
    *returnSize = n;
    return out;
}
