/* MLE: reads the whole input into memory first, then sorts the rows and adds up equal IDs */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
    char *id;
    long long qty;
} Row;

static int cmp(const void *a, const void *b) {
    return strcmp(((const Row *)a)->id, ((const Row *)b)->id);
}

int main(void) {
    size_t cap = 1 << 20, len = 0;
    char *data = malloc(cap);
    size_t n;
    while ((n = fread(data + len, 1, cap - len, stdin)) > 0) {
        len += n;
        if (len == cap) {
            cap *= 2;
            data = realloc(data, cap);
        }
    }
    data[len] = '\0';

    size_t rows = 0, rowCap = 1024;
    Row *r = malloc(rowCap * sizeof(Row));
    char *line = strchr(data, '\n'); /* skip the header */
    line = line ? line + 1 : data + len;
    while (*line) {
        char *nl = strchr(line, '\n');
        if (nl) *nl = '\0';
        char *comma = strchr(line, ',');
        *comma = '\0';
        if (rows == rowCap) {
            rowCap *= 2;
            r = realloc(r, rowCap * sizeof(Row));
        }
        r[rows].id = line;
        r[rows].qty = strtoll(comma + 1, NULL, 10);
        rows++;
        line = nl ? nl + 1 : line + strlen(line);
    }
    qsort(r, rows, sizeof(Row), cmp);
    printf("ID,Sum\n");
    for (size_t i = 0; i < rows;) {
        size_t j = i;
        long long sum = 0;
        while (j < rows && strcmp(r[j].id, r[i].id) == 0) sum += r[j++].qty;
        printf("%s,%lld\n", r[i].id, sum);
        i = j;
    }
    return 0;
}
