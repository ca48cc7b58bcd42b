/* Reference solution for problems/find-removed-element: XOR every element of both
 * lists. Each value kept in B appears once in A and once in B and cancels out (x ^ x
 * = 0, in any order, duplicates included); only the removed element is left. O(n)
 * time, O(1) memory, no arithmetic that can overflow. */

int findRemoved(int *a, int aSize, int *b, int bSize)
{
    unsigned int x = 0;
    for (int i = 0; i < aSize; i++)
        x ^= (unsigned int)a[i];
    for (int i = 0; i < bSize; i++)
        x ^= (unsigned int)b[i];
    return (int)x;
}
