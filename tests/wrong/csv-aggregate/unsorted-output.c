/* WA: prints the IDs in hash-table order instead of sorting them */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
    char id[33];
    long long sum;
    int used;
} Entry;

static Entry *table;
static size_t cap = 1024, count;

static unsigned long hashStr(const char *s) {
    unsigned long h = 5381;
    while (*s) h = h * 33 + (unsigned char)*s++;
    return h;
}

static void insert(Entry *t, size_t c, const char *id, long long q) {
    size_t i = hashStr(id) & (c - 1);
    while (t[i].used && strcmp(t[i].id, id) != 0) i = (i + 1) & (c - 1);
    if (!t[i].used) {
        t[i].used = 1;
        strcpy(t[i].id, id);
        t[i].sum = 0;
        count++;
    }
    t[i].sum += q;
}

static void grow(void) {
    size_t newCap = cap * 2;
    Entry *n = calloc(newCap, sizeof(Entry));
    for (size_t i = 0; i < cap; i++)
        if (table[i].used) {
            size_t j = hashStr(table[i].id) & (newCap - 1);
            while (n[j].used) j = (j + 1) & (newCap - 1);
            n[j] = table[i];
        }
    free(table);
    table = n;
    cap = newCap;
}

static int cmp(const void *a, const void *b) {
    return strcmp(((const Entry *)a)->id, ((const Entry *)b)->id);
}

int main(void) {
    char line[128];
    table = calloc(cap, sizeof(Entry));
    fgets(line, sizeof line, stdin); /* header */
    while (fgets(line, sizeof line, stdin)) {
        char *comma = strchr(line, ',');
        if (!comma) continue;
        *comma = '\0';
        if (count * 2 >= cap) grow();
        insert(table, cap, line, strtoll(comma + 1, NULL, 10));
    }
    size_t n = 0;
    for (size_t i = 0; i < cap; i++)
        if (table[i].used) table[n++] = table[i];

    printf("ID,Sum\n");
    for (size_t i = 0; i < n; i++) printf("%s,%lld\n", table[i].id, table[i].sum);
    return 0;
}
