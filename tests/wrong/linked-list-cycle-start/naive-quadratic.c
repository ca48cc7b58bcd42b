/* TLE: for each node, scans all the nodes before it to see whether its next points back -- O(n^2) */
struct ListNode *detectCycle(struct ListNode *head)
{
    int index = 0;
    for (struct ListNode *p = head; p; p = p->next, index++) {
        struct ListNode *q = head;
        for (int j = 0; j <= index; j++, q = q->next)
            if (q == p->next)
                return q;
    }
    return NULL;
}
