/* Harness for missing-number: reads n and the n integers, calls the solution once and
 * prints the returned number on the judge channel. */
#include "leetcode.h"
#include "judge_harness.h"

int missingNumber(int *nums, int numsSize);

int main(void)
{
    int n = judge_read_int();
    if (n < 1)
        judge_bad_input("n = %d, but the array has at least one element", n);
    int *nums = judge_read_int_array(n);
    for (int i = 0; i < n; i++)
        if (nums[i] < 0 || nums[i] > n)
            judge_bad_input("nums[%d] = %d is outside [0, n = %d]", i, nums[i], n);
    long long extra;
    if (judge_try_read_ll(&extra))
        judge_bad_input("more than n = %d integers in the input", n);
    int result = missingNumber(nums, n);
    fprintf(judge_out(), "%d\n", result);
    free(nums);
    return 0;
}
