/* WA: marks visited nodes by overwriting val with 100001 (outside the value range); the first marked node met again is the start, but the values are destroyed */
struct ListNode *detectCycle(struct ListNode *head)
{
    for (struct ListNode *p = head; p; p = p->next) {
        if (p->val == 100001)
            return p;
        p->val = 100001;
    }
    return NULL;
}
