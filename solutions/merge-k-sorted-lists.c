/* Reference solution for problems/merge-k-sorted-lists: a binary min-heap of the
 * current head of every non-empty list, each entry keeping a copy of its node's value
 * so that sifting compares ints in the heap array instead of chasing node pointers.
 * Pop the smallest node, append it to the result (relinking the original nodes, no
 * allocation per node), push its successor. O(N log k) time for N nodes in all, O(k)
 * extra memory. */

struct Entry {
    int val;
    struct ListNode *node;
};

static void siftDown(struct Entry *heap, int size, int i)
{
    struct Entry e = heap[i];
    for (;;) {
        int c = 2 * i + 1;
        if (c >= size)
            break;
        if (c + 1 < size && heap[c + 1].val < heap[c].val)
            c++;
        if (heap[c].val >= e.val)
            break;
        heap[i] = heap[c];
        i = c;
    }
    heap[i] = e;
}

struct ListNode *mergeKLists(struct ListNode **lists, int listsSize)
{
    struct Entry *heap = malloc((size_t)(listsSize > 0 ? listsSize : 1) * sizeof *heap);
    int size = 0;
    for (int i = 0; i < listsSize; i++)
        if (lists[i])
            heap[size++] = (struct Entry){lists[i]->val, lists[i]};
    for (int i = size / 2 - 1; i >= 0; i--)
        siftDown(heap, size, i);
    struct ListNode dummy = {0, NULL}, *tail = &dummy;
    while (size > 0) {
        struct ListNode *node = heap[0].node;
        tail->next = node;
        tail = node;
        if (node->next)
            heap[0] = (struct Entry){node->next->val, node->next};
        else
            heap[0] = heap[--size];
        siftDown(heap, size, 0);
    }
    tail->next = NULL;
    free(heap);
    return dummy.next;
}
