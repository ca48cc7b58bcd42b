/* WA: divide and conquer, but returns NULL early when there are no arrays without setting *returnSize */
static int *mergeRange(int **arrays, int *sizes, int lo, int hi, int *len)
{
    if (hi - lo == 1) {
        int *copy = malloc((sizes[lo] + 1) * sizeof(int));
        memcpy(copy, arrays[lo], sizes[lo] * sizeof(int));
        *len = sizes[lo];
        return copy;
    }
    int mid = (lo + hi) / 2, la, lb;
    int *a = mergeRange(arrays, sizes, lo, mid, &la);
    int *b = mergeRange(arrays, sizes, mid, hi, &lb);
    int *out = malloc((la + lb + 1) * sizeof(int));
    int i = 0, j = 0, k = 0;
    while (i < la && j < lb)
        out[k++] = a[i] <= b[j] ? a[i++] : b[j++];
    while (i < la)
        out[k++] = a[i++];
    while (j < lb)
        out[k++] = b[j++];
    free(a);
    free(b);
    *len = k;
    return out;
}

int *mergeKSortedArrays(int **arrays, int arraysSize, int *arraysColSize, int *returnSize)
{
    if (arraysSize == 0)
        return NULL;
    return mergeRange(arrays, arraysColSize, 0, arraysSize, returnSize);
}
