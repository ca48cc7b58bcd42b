/* MLE: remembers every visited node in a uthash set -- O(n) extra memory */
struct Seen {
    struct ListNode *node;
    UT_hash_handle hh;
};

struct ListNode *detectCycle(struct ListNode *head)
{
    struct Seen *seen = NULL, *e, *tmp;
    struct ListNode *start = NULL;
    for (struct ListNode *p = head; p; p = p->next) {
        HASH_FIND_PTR(seen, &p, e);
        if (e) {
            start = p;
            break;
        }
        e = malloc(sizeof *e);
        e->node = p;
        HASH_ADD_PTR(seen, node, e);
    }
    HASH_ITER(hh, seen, e, tmp) {
        HASH_DEL(seen, e);
        free(e);
    }
    return start;
}
