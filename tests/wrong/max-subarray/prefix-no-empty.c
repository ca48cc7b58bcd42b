/* WA: prefix sums, best = max(prefix[i] - min earlier prefix), but the empty prefix 0 is
 * never a candidate: subarrays starting at index 0 (other than nums[0] alone) are missed */
int maxSubArray(int* nums, int numsSize) {
    int prefix = nums[0], minPrefix = nums[0], best = nums[0];
    for (int i = 1; i < numsSize; i++) {
        prefix += nums[i];
        if (prefix - minPrefix > best) best = prefix - minPrefix;
        if (nums[i] > best) best = nums[i];
        if (prefix < minPrefix) minPrefix = prefix;
    }
    return best;
}
