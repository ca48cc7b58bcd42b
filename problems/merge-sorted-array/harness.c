/* Harness for merge-sorted-array: reads "m n", nums1's m values and nums2's n values
 * (both sorted), builds nums1 with room for m + n elements (the last n are 0, as on
 * LeetCode), calls merge once and prints nums1 on the judge channel. */
#include "leetcode.h"
#include "judge_harness.h"

void merge(int *nums1, int nums1Size, int m, int *nums2, int nums2Size, int n);

static void check_sorted(const int *a, int len, const char *name)
{
    for (int i = 1; i < len; i++)
        if (a[i - 1] > a[i])
            judge_bad_input("%s is not sorted: %s[%d] = %d > %s[%d] = %d", name, name, i - 1,
                            a[i - 1], name, i, a[i]);
}

int main(void)
{
    int m = judge_read_int(), n = judge_read_int();
    if (m < 0 || n < 0 || m > INT_MAX - n)
        judge_bad_input("m = %d, n = %d: need m, n >= 0 and m + n <= INT_MAX", m, n);
    int size = m + n;
    int *nums1 = malloc((size_t)(size ? size : 1) * sizeof *nums1);
    if (!nums1) {
        fputs("harness: out of memory\n", stderr);
        abort();
    }
    for (int i = 0; i < m; i++)
        nums1[i] = judge_read_int();
    for (int i = m; i < size; i++)
        nums1[i] = 0;
    int *nums2 = judge_read_int_array(n);
    long long extra;
    if (judge_try_read_ll(&extra))
        judge_bad_input("more than m + n = %d values in the input", size);
    check_sorted(nums1, m, "nums1");
    check_sorted(nums2, n, "nums2");

    merge(nums1, size, m, nums2, n, n);

    judge_print_int_array(nums1, size);
    free(nums1);
    free(nums2);
    return 0;
}
