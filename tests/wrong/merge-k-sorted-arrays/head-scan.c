/* TLE: for every output element, scans the heads of all k arrays for the smallest -- O(N*k) */
int *mergeKSortedArrays(int **arrays, int arraysSize, int *arraysColSize, int *returnSize)
{
    int total = 0;
    for (int i = 0; i < arraysSize; i++)
        total += arraysColSize[i];
    int *out = malloc((total + 1) * sizeof(int));
    int *pos = calloc(arraysSize + 1, sizeof(int));
    for (int n = 0; n < total; n++) {
        int best = -1;
        for (int i = 0; i < arraysSize; i++)
            if (pos[i] < arraysColSize[i] &&
                (best < 0 || arrays[i][pos[i]] < arrays[best][pos[best]]))
                best = i;
        out[n] = arrays[best][pos[best]++];
    }
    free(pos);
    *returnSize = total;
    return out;
}
