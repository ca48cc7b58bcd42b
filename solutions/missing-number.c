/* Reference solution for problems/missing-number: the numbers 0..n sum to
 * n(n+1)/2; subtracting the array's sum leaves the missing one. Both sums are kept in
 * 64 bits: n(n+1)/2 is about 5 * 10^11 at n = 10^6. O(n) time, O(1) memory. */

int missingNumber(int *nums, int numsSize)
{
    long long n = numsSize;
    long long missing = n * (n + 1) / 2;
    for (int i = 0; i < numsSize; i++)
        missing -= nums[i];
    return (int)missing;
}
