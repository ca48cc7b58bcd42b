/* Harness for linked-list-cycle-start: reads n, the n node values and pos (the index
 * the tail links to, -1 for none), builds the list, calls detectCycle once, checks that
 * the list is exactly as it was (every value and every next pointer), maps the returned
 * pointer back to its node's index and prints it (-1 for NULL) on the judge channel.
 *
 * The nodes live in one array, 16 bytes each, so the harness's own footprint is small
 * and known (24 bytes a node with the two int arrays below): the memory group's limit
 * is set just above it. Node i of the list is not nodes[i] but nodes[slot[i]], a local
 * shuffle, so addresses do not grow along the list and "next points backwards" does not
 * mean "cycle". */
#include "leetcode.h"
#include "judge_harness.h"

struct ListNode *detectCycle(struct ListNode *head);

#define SHUFFLE_WINDOW 32

static uint64_t rng_state = 0x5DEECE66DULL;

static uint64_t next_u64(void)
{
    uint64_t z = (rng_state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

static void *xmalloc(size_t size)
{
    void *p = malloc(size ? size : 1);
    if (!p) {
        fputs("harness: out of memory\n", stderr);
        abort();
    }
    return p;
}

int main(void)
{
    int n = judge_read_int();
    if (n < 0)
        judge_bad_input("n = %d is negative", n);
    int *vals = judge_read_int_array(n);
    int pos = judge_read_int();
    if (pos < -1 || pos >= n)
        judge_bad_input("pos = %d is not -1 or a node index in [0, %d]", pos, n - 1);
    long long extra;
    if (judge_try_read_ll(&extra))
        judge_bad_input("unexpected data after pos");

    /* slot[i]: where node i lives in nodes[]. */
    int *slot = xmalloc((size_t)n * sizeof *slot);
    for (int i = 0; i < n; i++)
        slot[i] = i;
    for (int i = 0; i + 1 < n; i++) {
        int window = n - i < SHUFFLE_WINDOW ? n - i : SHUFFLE_WINDOW;
        int j = i + (int)(next_u64() % (uint64_t)window);
        int t = slot[i];
        slot[i] = slot[j];
        slot[j] = t;
    }
    struct ListNode *nodes = xmalloc((size_t)n * sizeof *nodes);
    for (int i = 0; i < n; i++) {
        struct ListNode *node = &nodes[slot[i]];
        node->val = vals[i];
        node->next = i + 1 < n ? &nodes[slot[i + 1]] : pos >= 0 ? &nodes[slot[pos]] : NULL;
    }

    struct ListNode *result = detectCycle(n > 0 ? &nodes[slot[0]] : NULL);

    /* The list must come back exactly as it was. */
    int first = -1;
    long changed = 0;
    for (int i = 0; i < n; i++) {
        const struct ListNode *node = &nodes[slot[i]];
        const struct ListNode *want = i + 1 < n  ? &nodes[slot[i + 1]]
                                      : pos >= 0 ? &nodes[slot[pos]]
                                                 : NULL;
        if (node->val != vals[i] || node->next != want) {
            if (first < 0)
                first = i;
            changed++;
        }
    }
    if (first >= 0) {
        const struct ListNode *node = &nodes[slot[first]];
        char what[96];
        if (node->val != vals[first])
            snprintf(what, sizeof what, "value changed from %d to %d", vals[first], node->val);
        else
            snprintf(what, sizeof what, "next pointer changed");
        char more[64] = "";
        if (changed > 1)
            snprintf(more, sizeof more, " (and %ld more node%s)", changed - 1,
                     changed > 2 ? "s" : "");
        judge_wrong_answer("detectCycle modified the list: node %d's %s%s; the list must be left "
                           "exactly as it was",
                           first, what, more);
    }

    /* Which node was returned? */
    int index = -1;
    if (result) {
        uintptr_t base = (uintptr_t)nodes, at = (uintptr_t)result;
        if (at < base || at >= base + (uintptr_t)n * sizeof *nodes ||
            (at - base) % sizeof *nodes != 0)
            judge_wrong_answer("detectCycle returned a pointer that is not a node of the list");
        int s = (int)((at - base) / sizeof *nodes);
        while (slot[++index] != s)
            ;
    }
    fprintf(judge_out(), "%d\n", index);
    free(nodes);
    free(slot);
    free(vals);
    return 0;
}
