/* WA: divide and conquer, but the two-list merge stops when one list runs out and drops the rest of the other */
static struct ListNode *mergeTwo(struct ListNode *a, struct ListNode *b)
{
    struct ListNode dummy, *tail = &dummy;
    dummy.next = NULL;
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
    tail->next = NULL;
    return dummy.next;
}

static struct ListNode *mergeRange(struct ListNode **lists, int lo, int hi)
{
    if (hi - lo == 1)
        return lists[lo];
    int mid = (lo + hi) / 2;
    return mergeTwo(mergeRange(lists, lo, mid), mergeRange(lists, mid, hi));
}

struct ListNode *mergeKLists(struct ListNode **lists, int listsSize)
{
    if (listsSize == 0)
        return NULL;
    return mergeRange(lists, 0, listsSize);
}
