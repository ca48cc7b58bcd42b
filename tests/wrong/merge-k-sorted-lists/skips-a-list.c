/* WA: divide and conquer with mixed-up bounds: recursing on [lo, mid - 1] and [mid + 1, hi] loses lists[mid] */
static struct ListNode *mergeTwo(struct ListNode *a, struct ListNode *b)
{
    struct ListNode dummy, *tail = &dummy;
    while (a && b) {
        if (a->val <= b->val) {
            tail->next = a;
            a = a->next;
        } else {
            tail->next = b;
            b = b->next;
        }
        tail = tail->next;
    }
    tail->next = a ? a : b;
    return dummy.next;
}

static struct ListNode *mergeRange(struct ListNode **lists, int lo, int hi)
{
    if (lo > hi)
        return NULL;
    if (lo == hi)
        return lists[lo];
    int mid = lo + (hi - lo) / 2;
    return mergeTwo(mergeRange(lists, lo, mid - 1), mergeRange(lists, mid + 1, hi));
}

struct ListNode *mergeKLists(struct ListNode **lists, int listsSize)
{
    return mergeRange(lists, 0, listsSize - 1);
}
