/* WA: restarts the run at every negative element instead of when the running sum goes negative */
int maxSubArray(int* nums, int numsSize) {
    int best = nums[0], cur = 0;
    for (int i = 0; i < numsSize; i++) {
        if (nums[i] < 0) {
            cur = 0;
            if (nums[i] > best) best = nums[i];
            continue;
        }
        cur += nums[i];
        if (cur > best) best = cur;
    }
    return best;
}
