/* WA: solves the non-contiguous reading: sum of all positive elements (max element if none) */
int maxSubArray(int* nums, int numsSize) {
    int sum = 0, maxElem = nums[0];
    bool anyPositive = false;
    for (int i = 0; i < numsSize; i++) {
        if (nums[i] > 0) { sum += nums[i]; anyPositive = true; }
        if (nums[i] > maxElem) maxElem = nums[i];
    }
    return anyPositive ? sum : maxElem;
}
