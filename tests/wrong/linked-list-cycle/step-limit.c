/* WA: walks at most 20000 steps and calls any longer list a cycle (LeetCode's lists have at most 10^4 nodes) */
bool hasCycle(struct ListNode *head)
{
    int steps = 0;
    while (head) {
        if (++steps > 20000)
            return true;
        head = head->next;
    }
    return false;
}
