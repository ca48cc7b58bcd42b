/* WA: remembers visited values instead of visited nodes, so a repeated value looks like a cycle */
struct Seen {
    int val;
    UT_hash_handle hh;
};

bool hasCycle(struct ListNode *head)
{
    struct Seen *seen = NULL, *e, *tmp;
    bool cycle = false;
    for (struct ListNode *p = head; p; p = p->next) {
        HASH_FIND_INT(seen, &p->val, e);
        if (e) {
            cycle = true;
            break;
        }
        e = malloc(sizeof *e);
        e->val = p->val;
        HASH_ADD_INT(seen, val, e);
    }
    HASH_ITER(hh, seen, e, tmp) {
        HASH_DEL(seen, e);
        free(e);
    }
    return cycle;
}
