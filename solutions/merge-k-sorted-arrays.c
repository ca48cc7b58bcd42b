/* Reference solution for problems/merge-k-sorted-arrays: a binary min-heap holding the
 * current head of every non-empty array. Pop the smallest head into the output, push
 * the next element of its array. O(N log k) time for N elements in all, O(k) extra
 * memory besides the output. */

struct Head {
    int val; /* arrays[arr][pos] */
    int arr;
    int pos;
};

static void siftDown(struct Head *heap, int size, int i)
{
    struct Head h = heap[i];
    for (;;) {
        int c = 2 * i + 1;
        if (c >= size)
            break;
        if (c + 1 < size && heap[c + 1].val < heap[c].val)
            c++;
        if (heap[c].val >= h.val)
            break;
        heap[i] = heap[c];
        i = c;
    }
    heap[i] = h;
}

int *mergeKSortedArrays(int **arrays, int arraysSize, int *arraysColSize, int *returnSize)
{
    long long total = 0;
    for (int i = 0; i < arraysSize; i++)
        total += arraysColSize[i];
    int *out = malloc((size_t)(total > 0 ? total : 1) * sizeof *out);
    struct Head *heap = malloc((size_t)(arraysSize > 0 ? arraysSize : 1) * sizeof *heap);
    int size = 0;
    for (int i = 0; i < arraysSize; i++)
        if (arraysColSize[i] > 0)
            heap[size++] = (struct Head){arrays[i][0], i, 0};
    for (int i = size / 2 - 1; i >= 0; i--)
        siftDown(heap, size, i);
    int n = 0;
    while (size > 0) {
        struct Head *top = &heap[0];
        out[n++] = top->val;
        if (++top->pos < arraysColSize[top->arr])
            top->val = arrays[top->arr][top->pos];
        else
            heap[0] = heap[--size];
        siftDown(heap, size, 0);
    }
    free(heap);
    *returnSize = n;
    return out;
}
