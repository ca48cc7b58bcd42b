/* WA: merges from the front straight into nums1, overwriting nums1's elements before reading them */
void merge(int *nums1, int nums1Size, int m, int *nums2, int nums2Size, int n)
{
    int i = 0, j = 0, k = 0;
    int *a = nums1;
    while (i < m && j < n) {
        if (a[i] <= nums2[j])
            nums1[k++] = a[i++];
        else
            nums1[k++] = nums2[j++];
    }
    while (i < m)
        nums1[k++] = a[i++];
    while (j < n)
        nums1[k++] = nums2[j++];
}
