/* WA: Kadane with best = 0 and reset to 0: returns 0 when every element is negative */
int maxSubArray(int* nums, int numsSize) {
    int best = 0, cur = 0;
    for (int i = 0; i < numsSize; i++) {
        cur += nums[i];
        if (cur < 0) cur = 0;
        if (cur > best) best = cur;
    }
    return best;
}
