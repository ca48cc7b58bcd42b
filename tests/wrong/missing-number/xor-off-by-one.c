/* WA: XORs the array with the indices 0..n-1 only, forgetting n itself */
int missingNumber(int* nums, int numsSize) {
    int x = 0;
    for (int i = 0; i < numsSize; i++) x ^= i ^ nums[i];
    return x;
}
