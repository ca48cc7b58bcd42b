/* Harness for find-removed-element: reads list A (its size, then its elements) and
 * list B (likewise), checks that |B| = |A| - 1, calls the solution once and prints the
 * returned value on the judge channel. The solution may reorder the arrays. */
#include "leetcode.h"
#include "judge_harness.h"

int findRemoved(int *a, int aSize, int *b, int bSize);

int main(void)
{
    int aSize = judge_read_int();
    if (aSize < 1)
        judge_bad_input("aSize = %d, but A has at least one element", aSize);
    int *a = judge_read_int_array(aSize);
    int bSize = judge_read_int();
    if (bSize != aSize - 1)
        judge_bad_input("bSize = %d, expected aSize - 1 = %d", bSize, aSize - 1);
    int *b = judge_read_int_array(bSize);
    long long extra;
    if (judge_try_read_ll(&extra))
        judge_bad_input("more integers in the input than aSize + bSize + 2");
    int result = findRemoved(a, aSize, b, bSize);
    fprintf(judge_out(), "%d\n", result);
    free(a);
    free(b);
    return 0;
}
