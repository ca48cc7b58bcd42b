/* Reference solution for problems/linked-list-cycle: Floyd's tortoise and hare. The
 * hare moves two steps for each step of the tortoise; it falls off the end of an
 * acyclic list, and inside a loop it gains one node per step, so it meets the tortoise.
 * O(n) time, O(1) extra memory, the list is only read. */

bool hasCycle(struct ListNode *head)
{
    struct ListNode *slow = head, *fast = head;
    while (fast && fast->next) {
        slow = slow->next;
        fast = fast->next->next;
        if (slow == fast)
            return true;
    }
    return false;
}
