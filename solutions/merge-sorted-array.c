/* Reference solution for problems/merge-sorted-array: merge from the back. The largest
 * remaining element of the two arrays goes to the last free slot of nums1; the write
 * position m + n - 1 - (elements written) never overtakes the unread part of nums1,
 * so nothing is overwritten before it is read. When nums2 runs out the rest of nums1
 * is already in place. O(m + n) time, O(1) extra memory. */

void merge(int *nums1, int nums1Size, int m, int *nums2, int nums2Size, int n)
{
    (void)nums1Size;
    (void)nums2Size;
    int i = m - 1, j = n - 1, k = m + n - 1;
    while (j >= 0) {
        if (i >= 0 && nums1[i] > nums2[j])
            nums1[k--] = nums1[i--];
        else
            nums1[k--] = nums2[j--];
    }
}
