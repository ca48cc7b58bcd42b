/* WA: hash-partitions the rows into 48 spill files, aggregates and sorts each partition in memory, but prints the partitions one after another: each is sorted, the whole is not */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define PARTS 48

typedef struct {
    char id[33];
    long long sum;
    int used;
} Entry;

static unsigned long hashStr(const char *s) {
    unsigned long h = 5381;
    while (*s) h = h * 33 + (unsigned char)*s++;
    return h;
}

static int cmp(const void *a, const void *b) {
    return strcmp(((const Entry *)a)->id, ((const Entry *)b)->id);
}

int main(void) {
    char line[128], name[32];
    FILE *part[PARTS];
    for (int p = 0; p < PARTS; p++) {
        sprintf(name, "part%d.csv", p);
        part[p] = fopen(name, "w+");
    }
    fgets(line, sizeof line, stdin); /* header */
    while (fgets(line, sizeof line, stdin)) {
        char *comma = strchr(line, ',');
        if (!comma) continue;
        *comma = '\0';
        fprintf(part[hashStr(line) % PARTS], "%s,%s", line, comma + 1);
    }
    printf("ID,Sum\n");
    for (int p = 0; p < PARTS; p++) {
        size_t cap = 1024, count = 0;
        Entry *t = calloc(cap, sizeof(Entry));
        rewind(part[p]);
        while (fgets(line, sizeof line, part[p])) {
            char *comma = strchr(line, ',');
            *comma = '\0';
            if (count * 2 >= cap) {
                Entry *n = calloc(cap * 2, sizeof(Entry));
                for (size_t i = 0; i < cap; i++)
                    if (t[i].used) {
                        size_t j = hashStr(t[i].id) & (cap * 2 - 1);
                        while (n[j].used) j = (j + 1) & (cap * 2 - 1);
                        n[j] = t[i];
                    }
                free(t);
                t = n;
                cap *= 2;
            }
            size_t i = hashStr(line) & (cap - 1);
            while (t[i].used && strcmp(t[i].id, line) != 0) i = (i + 1) & (cap - 1);
            if (!t[i].used) {
                t[i].used = 1;
                strcpy(t[i].id, line);
                count++;
            }
            t[i].sum += strtoll(comma + 1, NULL, 10);
        }
        size_t n = 0;
        for (size_t i = 0; i < cap; i++)
            if (t[i].used) t[n++] = t[i];
        qsort(t, n, sizeof(Entry), cmp);
        for (size_t i = 0; i < n; i++) printf("%s,%lld\n", t[i].id, t[i].sum);
        free(t);
        fclose(part[p]);
    }
    return 0;
}
