/* WA: appends nums2 and sorts with a "return a - b" comparator, which overflows for far-apart values */
static int cmp(const void *a, const void *b)
{
    return *(const int *)a - *(const int *)b;
}

void merge(int *nums1, int nums1Size, int m, int *nums2, int nums2Size, int n)
{
    for (int j = 0; j < n; j++)
        nums1[m + j] = nums2[j];
    qsort(nums1, nums1Size, sizeof(int), cmp);
}
