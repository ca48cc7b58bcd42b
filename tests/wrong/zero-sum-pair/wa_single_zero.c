/* zero-sum-pair, expected verdict WA: binary-searches -x in a sorted copy, so a single 0 finds itself and counts as a pair. */
static int cmp(const void *a, const void *b)
{
    int x = *(const int *)a, y = *(const int *)b;
    return (x > y) - (x < y);
}

bool hasZeroSumPair(int* nums, int numsSize)
{
    int *a = malloc(sizeof(int) * (numsSize + 1));
    memcpy(a, nums, sizeof(int) * numsSize);
    qsort(a, numsSize, sizeof(int), cmp);
    bool found = false;
    for (int i = 0; i < numsSize && !found; i++) {
        long long want = -(long long)a[i];
        int lo = 0, hi = numsSize - 1;
        while (lo <= hi) {
            int mid = lo + (hi - lo) / 2;
            if (a[mid] == want) {
                found = true; /* bug: mid may be i itself */
                break;
            }
            if (a[mid] < want)
                lo = mid + 1;
            else
                hi = mid - 1;
        }
    }
    free(a);
    return found;
}
