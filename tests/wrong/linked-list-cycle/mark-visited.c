/* WA: marks visited nodes by pointing their next at a sentinel -- detects the cycle but destroys the list */
bool hasCycle(struct ListNode *head)
{
    static struct ListNode sentinel;
    while (head) {
        if (head->next == &sentinel)
            return true;
        struct ListNode *next = head->next;
        head->next = &sentinel;
        head = next;
    }
    return false;
}
