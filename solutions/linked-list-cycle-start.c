/* Reference solution for problems/linked-list-cycle-start: Floyd's algorithm in two
 * phases. Phase 1: the hare (two steps) meets the tortoise (one step) inside the loop,
 * or falls off the end. If the loop starts a nodes from the head and they meet b nodes
 * into a loop of length L, the hare walked twice as far: 2(a + b) = a + b + kL, so
 * a = kL - b. Phase 2: a pointer from the head and one from the meeting point, both
 * one step at a time, meet after a steps, at the start of the loop. O(n) time, O(1)
 * extra memory, the list is only read. */

struct ListNode *detectCycle(struct ListNode *head)
{
    struct ListNode *slow = head, *fast = head;
    while (fast && fast->next) {
        slow = slow->next;
        fast = fast->next->next;
        if (slow == fast) {
            struct ListNode *p = head;
            while (p != slow) {
                p = p->next;
                slow = slow->next;
            }
            return p;
        }
    }
    return NULL;
}
