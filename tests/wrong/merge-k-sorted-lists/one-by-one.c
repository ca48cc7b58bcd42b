/* TLE: merges the lists into the result one at a time, walking the growing result k times -- O(N*k) */
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

struct ListNode *mergeKLists(struct ListNode **lists, int listsSize)
{
    struct ListNode *res = NULL;
    for (int i = 0; i < listsSize; i++)
        res = mergeTwo(res, lists[i]);
    return res;
}
