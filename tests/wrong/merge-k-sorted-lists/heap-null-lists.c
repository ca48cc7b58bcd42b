/* RE: puts every lists[i] in the heap without skipping the empty (NULL) lists, then dereferences them */
static void down(struct ListNode **h, int size, int i)
{
    for (;;) {
        int c = 2 * i + 1;
        if (c >= size)
            return;
        if (c + 1 < size && h[c + 1]->val < h[c]->val)
            c++;
        if (h[c]->val >= h[i]->val)
            return;
        struct ListNode *t = h[c];
        h[c] = h[i];
        h[i] = t;
        i = c;
    }
}

struct ListNode *mergeKLists(struct ListNode **lists, int listsSize)
{
    struct ListNode **h = malloc((listsSize + 1) * sizeof *h);
    int size = 0;
    for (int i = 0; i < listsSize; i++)
        h[size++] = lists[i];
    for (int i = size / 2 - 1; i >= 0; i--)
        down(h, size, i);
    struct ListNode dummy, *tail = &dummy;
    while (size > 0) {
        struct ListNode *node = h[0];
        tail->next = node;
        tail = node;
        h[0] = node->next ? node->next : h[--size];
        down(h, size, 0);
    }
    tail->next = NULL;
    free(h);
    return dummy.next;
}
