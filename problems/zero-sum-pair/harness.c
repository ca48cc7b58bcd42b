/* Harness for zero-sum-pair: reads n and the n integers, calls the solution once and
 * prints true/false on the judge channel. */
#include "leetcode.h"
#include "judge_harness.h"

bool hasZeroSumPair(int *nums, int numsSize);

int main(void)
{
    int n = judge_read_int();
    if (n < 0)
        judge_bad_input("n = %d is negative", n);
    int *nums = judge_read_int_array(n);
    long long extra;
    if (judge_try_read_ll(&extra))
        judge_bad_input("more than n = %d integers in the input", n);
    bool result = hasZeroSumPair(nums, n);
    judge_print_bool(result);
    free(nums);
    return 0;
}
