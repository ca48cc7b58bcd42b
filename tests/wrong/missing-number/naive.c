/* TLE: naive O(n^2): for each candidate 0..n, scan the array for it */
int missingNumber(int* nums, int numsSize) {
    for (int k = 0; k <= numsSize; k++) {
        bool found = false;
        for (int i = 0; i < numsSize; i++) {
            if (nums[i] == k) {
                found = true;
                break;
            }
        }
        if (!found) return k;
    }
    return -1;
}
