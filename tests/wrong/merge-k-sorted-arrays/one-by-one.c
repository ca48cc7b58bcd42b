/* TLE: merges the arrays into the result one at a time, re-copying the growing result k times -- O(N*k) */
int *mergeKSortedArrays(int **arrays, int arraysSize, int *arraysColSize, int *returnSize)
{
    int *res = malloc(sizeof(int));
    int len = 0;
    for (int a = 0; a < arraysSize; a++) {
        int *merged = malloc((len + arraysColSize[a] + 1) * sizeof(int));
        int i = 0, j = 0, k = 0;
        while (i < len && j < arraysColSize[a])
            merged[k++] = res[i] <= arrays[a][j] ? res[i++] : arrays[a][j++];
        while (i < len)
            merged[k++] = res[i++];
        while (j < arraysColSize[a])
            merged[k++] = arrays[a][j++];
        free(res);
        res = merged;
        len = k;
    }
    *returnSize = len;
    return res;
}
