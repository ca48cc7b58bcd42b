/* WA: Gauss formula n*(n+1)/2 in int: the product overflows for n > 46340, and dividing a wrapped value by 2 is wrong */
int missingNumber(int* nums, int numsSize) {
    int expected = numsSize * (numsSize + 1) / 2;
    int sum = 0;
    for (int i = 0; i < numsSize; i++) sum += nums[i];
    return expected - sum;
}
