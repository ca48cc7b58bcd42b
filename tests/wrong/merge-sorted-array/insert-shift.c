/* TLE: inserts each nums2 element into nums1 by shifting the larger elements right -- O(m*n) */
void merge(int *nums1, int nums1Size, int m, int *nums2, int nums2Size, int n)
{
    int len = m;
    for (int j = 0; j < n; j++) {
        int k = len - 1;
        while (k >= 0 && nums1[k] > nums2[j]) {
            nums1[k + 1] = nums1[k];
            k--;
        }
        nums1[k + 1] = nums2[j];
        len++;
    }
}
