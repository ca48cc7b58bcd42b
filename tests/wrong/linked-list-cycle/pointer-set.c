/* MLE: open-addressing hash set of node addresses (grows at 1/2 load) -- O(n) extra memory */
bool hasCycle(struct ListNode *head)
{
    size_t cap = 1024, used = 0;
    struct ListNode **table = calloc(cap, sizeof *table);
    bool cycle = false;
    for (struct ListNode *p = head; p; p = p->next) {
        size_t h = ((uintptr_t)p >> 4) * 0x9E3779B97F4A7C15ULL;
        size_t i = h & (cap - 1);
        while (table[i] && table[i] != p)
            i = (i + 1) & (cap - 1);
        if (table[i]) {
            cycle = true;
            break;
        }
        table[i] = p;
        if (++used * 2 > cap) {
            size_t ncap = cap * 2;
            struct ListNode **nt = calloc(ncap, sizeof *nt);
            for (size_t k = 0; k < cap; k++)
                if (table[k]) {
                    size_t j = (((uintptr_t)table[k] >> 4) * 0x9E3779B97F4A7C15ULL) & (ncap - 1);
                    while (nt[j])
                        j = (j + 1) & (ncap - 1);
                    nt[j] = table[k];
                }
            free(table);
            table = nt;
            cap = ncap;
        }
    }
    free(table);
    return cycle;
}
