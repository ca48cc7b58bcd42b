/* Reference solution for problems/max-subarray: Kadane's algorithm. cur is the best
 * sum of a subarray ending at the current element: either the element alone or the
 * element appended to the best subarray ending just before it. O(n) time, O(1)
 * memory. With |nums[i]| <= 10^4 and n <= 10^5 every sum fits in an int. */

int maxSubArray(int *nums, int numsSize)
{
    int best = nums[0], cur = nums[0];
    for (int i = 1; i < numsSize; i++) {
        cur = cur > 0 ? cur + nums[i] : nums[i];
        if (cur > best)
            best = cur;
    }
    return best;
}
