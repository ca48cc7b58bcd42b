/* WA: the heap's sift-down only ever compares with the left child, so the heap order breaks */
typedef struct {
    int val, arr, pos;
} Item;

static void down(Item *h, int size, int i)
{
    while (2 * i + 1 < size) {
        int c = 2 * i + 1;
        if (h[c].val >= h[i].val)
            break;
        Item t = h[c];
        h[c] = h[i];
        h[i] = t;
        i = c;
    }
}

int *mergeKSortedArrays(int **arrays, int arraysSize, int *arraysColSize, int *returnSize)
{
    int total = 0;
    for (int i = 0; i < arraysSize; i++)
        total += arraysColSize[i];
    int *out = malloc((total + 1) * sizeof(int));
    Item *h = malloc((arraysSize + 1) * sizeof(Item));
    int size = 0;
    for (int i = 0; i < arraysSize; i++)
        if (arraysColSize[i] > 0)
            h[size++] = (Item){arrays[i][0], i, 0};
    for (int i = size / 2 - 1; i >= 0; i--)
        down(h, size, i);
    int n = 0;
    while (size > 0) {
        out[n++] = h[0].val;
        if (++h[0].pos < arraysColSize[h[0].arr])
            h[0].val = arrays[h[0].arr][h[0].pos];
        else
            h[0] = h[--size];
        down(h, size, 0);
    }
    free(h);
    *returnSize = n;
    return out;
}
