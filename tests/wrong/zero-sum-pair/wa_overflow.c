/* zero-sum-pair, expected verdict WA: sorts, then walks two pointers summing in int, so INT_MIN + INT_MIN wraps to 0 and [INT_MIN, INT_MIN] says true. */
static int cmp(const void *a, const void *b)
{
    int x = *(const int *)a, y = *(const int *)b;
    return (x > y) - (x < y);
}

bool hasZeroSumPair(int* nums, int numsSize)
{
    qsort(nums, numsSize, sizeof(int), cmp);
    int i = 0, j = numsSize - 1;
    while (i < j) {
        int sum = nums[i] + nums[j]; /* overflows for large values */
        if (sum == 0)
            return true;
        if (sum < 0)
            i++;
        else
            j--;
    }
    return false;
}
