/* Reference solution for problems/zero-sum-pair: sort a copy, then walk two
 * pointers inward. O(n log n) time, O(n) extra memory. Sums are computed in 64 bits,
 * so INT_MIN + INT_MIN is -2^32 (not 0) and INT_MIN + INT_MAX is -1. */

static int cmpInt(const void *a, const void *b)
{
    int x = *(const int *)a, y = *(const int *)b;
    return (x > y) - (x < y); /* x - y could overflow */
}

bool hasZeroSumPair(int *nums, int numsSize)
{
    if (numsSize < 2)
        return false;
    int *a = malloc((size_t)numsSize * sizeof(int));
    memcpy(a, nums, (size_t)numsSize * sizeof(int));
    qsort(a, (size_t)numsSize, sizeof(int), cmpInt);
    bool found = false;
    int i = 0, j = numsSize - 1;
    while (i < j) {
        long long sum = (long long)a[i] + a[j];
        if (sum == 0) {
            found = true;
            break;
        }
        if (sum < 0)
            i++;
        else
            j--;
    }
    free(a);
    return found;
}
