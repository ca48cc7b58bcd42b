/* WA: sorts and returns the first i with nums[i] != i, but returns 0 when none differs (the missing number is n) */
static int cmp(const void* p, const void* q) {
    return *(const int*)p - *(const int*)q;
}

int missingNumber(int* nums, int numsSize) {
    qsort(nums, numsSize, sizeof(int), cmp);
    for (int i = 0; i < numsSize; i++)
        if (nums[i] != i) return i;
    return 0;
}
