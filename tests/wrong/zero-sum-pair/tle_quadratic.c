/* zero-sum-pair, expected verdict TLE: correct (64-bit sums) but O(n^2), so it passes every group except performance, where it times out. */
bool hasZeroSumPair(int* nums, int numsSize)
{
    for (int i = 0; i < numsSize; i++)
        for (int j = i + 1; j < numsSize; j++)
            if ((long long)nums[i] + nums[j] == 0)
                return true;
    return false;
}
