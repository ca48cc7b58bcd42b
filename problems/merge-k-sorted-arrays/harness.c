/* Harness for merge-k-sorted-arrays: reads k, then each array as its length followed by
 * its (sorted) elements, calls mergeKSortedArrays once, checks *returnSize, prints the
 * returned array on the judge channel and frees it. */
#include "leetcode.h"
#include "judge_harness.h"

int *mergeKSortedArrays(int **arrays, int arraysSize, int *arraysColSize, int *returnSize);

static void *xmalloc(size_t size)
{
    void *p = malloc(size ? size : 1);
    if (!p) {
        fputs("harness: out of memory\n", stderr);
        abort();
    }
    return p;
}

int main(void)
{
    int k = judge_read_int();
    if (k < 0)
        judge_bad_input("k = %d is negative", k);
    int **arrays = xmalloc((size_t)k * sizeof *arrays);
    int *sizes = xmalloc((size_t)k * sizeof *sizes);
    long long total = 0;
    for (int i = 0; i < k; i++) {
        int len = judge_read_int();
        if (len < 0)
            judge_bad_input("array %d has negative length %d", i, len);
        arrays[i] = judge_read_int_array(len);
        sizes[i] = len;
        for (int j = 1; j < len; j++)
            if (arrays[i][j - 1] > arrays[i][j])
                judge_bad_input("array %d is not sorted at index %d", i, j);
        total += len;
        if (total > INT_MAX)
            judge_bad_input("more than INT_MAX elements in all");
    }
    long long extra;
    if (judge_try_read_ll(&extra))
        judge_bad_input("unexpected data after the %d arrays", k);
    /* The solution may not change arraysColSize; keep a copy to free the arrays by. */
    int *col = xmalloc((size_t)k * sizeof *col);
    memcpy(col, sizes, (size_t)k * sizeof *col);

    int returnSize = -1;
    int *result = mergeKSortedArrays(arrays, k, col, &returnSize);

    if (returnSize < 0)
        judge_wrong_answer("*returnSize was not set (or is negative: %d)", returnSize);
    if (returnSize != total)
        judge_wrong_answer("*returnSize = %d, but the arrays hold %lld elements in all", returnSize,
                           total);
    if (!result && returnSize > 0)
        judge_wrong_answer("returned NULL with *returnSize = %d", returnSize);
    judge_print_int_array(result, returnSize);

    /* Free the result unless it is one of the input arrays (returned as it is). */
    bool is_input = false;
    for (int i = 0; i < k && !is_input; i++)
        is_input = result == arrays[i];
    if (!is_input)
        free(result);
    for (int i = 0; i < k; i++)
        free(arrays[i]);
    free(arrays);
    free(sizes);
    free(col);
    return 0;
}
