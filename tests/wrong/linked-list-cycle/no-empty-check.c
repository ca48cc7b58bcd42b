/* RE: starts the hare at head->next without checking for an empty list */
bool hasCycle(struct ListNode *head)
{
    struct ListNode *slow = head, *fast = head->next;
    while (fast && fast->next) {
        if (slow == fast)
            return true;
        slow = slow->next;
        fast = fast->next->next;
    }
    return false;
}
