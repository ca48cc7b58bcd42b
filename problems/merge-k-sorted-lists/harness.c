/* Harness for merge-k-sorted-lists: reads k, then each list as its length followed by
 * its (sorted) values, builds the lists from individually malloc'ed nodes (as LeetCode
 * does), calls mergeKLists once and prints the values of the returned list on the
 * judge channel.
 *
 * The result may reuse the original nodes, allocate new ones, or mix both, as on
 * LeetCode. The harness keeps every original node in an array; it walks at most
 * N + 1 nodes of the result (N: the nodes in all), so a cycle or a node used twice is
 * a clear Wrong answer instead of a hang. To free, it points every original node's next
 * at a private marker, frees each node of the result whose next is not the marker (a
 * node the solution allocated), and finally every original node. */
#include "leetcode.h"
#include "judge_harness.h"

struct ListNode *mergeKLists(struct ListNode **lists, int listsSize);

static void *xmalloc(size_t size)
{
    void *p = malloc(size ? size : 1);
    if (!p) {
        fputs("harness: out of memory\n", stderr);
        abort();
    }
    return p;
}

/* After the call every original node's next is pointed here: the solution never saw
 * this address, so a node whose next is &original_mark is an original node. */
static struct ListNode original_mark;

int main(void)
{
    int k = judge_read_int();
    if (k < 0)
        judge_bad_input("k = %d is negative", k);
    /* First the values, then the nodes: all of them, every list's nodes in order. */
    int *lens = xmalloc((size_t)k * sizeof *lens);
    int **vals = xmalloc((size_t)k * sizeof *vals);
    long long total = 0;
    for (int i = 0; i < k; i++) {
        int len = judge_read_int();
        if (len < 0)
            judge_bad_input("list %d has negative length %d", i, len);
        lens[i] = len;
        vals[i] = judge_read_int_array(len);
        for (int j = 1; j < len; j++)
            if (vals[i][j - 1] > vals[i][j])
                judge_bad_input("list %d is not sorted at index %d", i, j);
        total += len;
        if (total > INT_MAX / 2)
            judge_bad_input("too many nodes in all");
    }
    long long extra;
    if (judge_try_read_ll(&extra))
        judge_bad_input("unexpected data after the %d lists", k);
    int n = (int)total;

    struct ListNode **orig = xmalloc((size_t)n * sizeof *orig);
    struct ListNode **lists = xmalloc((size_t)k * sizeof *lists);
    int next = 0;
    for (int i = 0; i < k; i++) {
        struct ListNode *head = NULL, **link = &head;
        for (int j = 0; j < lens[i]; j++) {
            struct ListNode *node = xmalloc(sizeof *node);
            node->val = vals[i][j];
            node->next = NULL;
            *link = node;
            link = &node->next;
            orig[next++] = node;
        }
        lists[i] = head;
        free(vals[i]);
    }
    free(vals);
    free(lens);

    struct ListNode *result = mergeKLists(lists, k);

    int *out = xmalloc((size_t)n * sizeof *out);
    struct ListNode **seen = xmalloc((size_t)n * sizeof *seen);
    int count = 0;
    for (struct ListNode *p = result; p; p = p->next) {
        if (count == n)
            judge_wrong_answer("the returned list is longer than the %d node%s of the input "
                               "lists: a cycle, or a node linked in twice?",
                               n, n == 1 ? "" : "s");
        out[count] = p->val;
        seen[count++] = p;
    }
    if (count != n)
        judge_wrong_answer("the returned list has %d node%s, but the input lists hold %d", count,
                           count == 1 ? "" : "s", n);
    judge_print_int_array(out, n);

    /* Free the result's new nodes (those not marked as original), then the originals. */
    for (int i = 0; i < n; i++)
        orig[i]->next = &original_mark;
    for (int i = 0; i < n; i++)
        if (seen[i]->next != &original_mark)
            free(seen[i]);
    for (int i = 0; i < n; i++)
        free(orig[i]);
    free(orig);
    free(seen);
    free(lists);
    free(out);
    return 0;
}
