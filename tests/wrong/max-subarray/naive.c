/* TLE: naive O(n^2): every start, every end, running sum */
int maxSubArray(int* nums, int numsSize) {
    int best = INT_MIN;
    for (int i = 0; i < numsSize; i++) {
        int sum = 0;
        for (int j = i; j < numsSize; j++) {
            sum += nums[j];
            if (sum > best) best = sum;
        }
    }
    return best;
}
