/* WA: phase 2 stops when the two pointers' next nodes are equal and returns the node before the loop's start */
struct ListNode *detectCycle(struct ListNode *head)
{
    struct ListNode *slow = head, *fast = head;
    while (fast && fast->next) {
        slow = slow->next;
        fast = fast->next->next;
        if (slow == fast) {
            struct ListNode *p = head;
            while (p->next != slow->next) {
                p = p->next;
                slow = slow->next;
            }
            return p;
        }
    }
    return NULL;
}
