/* Benign: a function-problem style twoSum over a uthash table, with its own main: AC. */
#include <stdio.h>
#include <stdlib.h>
#include <uthash.h>

struct entry {
    int value, index;
    UT_hash_handle hh;
};

static int *twoSum(const int *nums, int numsSize, int target, int *returnSize)
{
    struct entry *seen = NULL, *e, *tmp;
    int *answer = NULL;
    *returnSize = 0;
    for (int i = 0; i < numsSize && !answer; i++) {
        int want = target - nums[i];
        HASH_FIND_INT(seen, &want, e);
        if (e) {
            answer = malloc(2 * sizeof *answer);
            answer[0] = e->index;
            answer[1] = i;
            *returnSize = 2;
        } else {
            e = malloc(sizeof *e);
            e->value = nums[i];
            e->index = i;
            HASH_ADD_INT(seen, value, e);
        }
    }
    HASH_ITER(hh, seen, e, tmp)
    {
        HASH_DEL(seen, e);
        free(e);
    }
    return answer;
}

int main(void)
{
    enum { N = 200000 };
    static int nums[N];
    for (int i = 0; i < N; i++)
        nums[i] = 3 * i;
    int n;
    int *ans = twoSum(nums, N, 3 * (N - 2) + 3 * (N - 1), &n);
    if (n != 2 || ans[0] != N - 2 || ans[1] != N - 1)
        return 1;
    printf("[%d,%d]\n", ans[0], ans[1]);
    free(ans);
    return 0;
}
