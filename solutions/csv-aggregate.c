/* Reference solution for problems/csv-aggregate: hash aggregation that spills sorted
 * runs to disk when the table is full, then a k-way merge of the runs.
 *
 * 1. Stream stdin once. Add each row's quantity to its ID's entry in an open-addressing
 *    hash table of bounded size (a 6 MiB arena of entries, 2 MiB of slots, and 6 MiB
 *    of keys to sort it: 13.5 MiB peak in all). Few distinct IDs: everything fits,
 *    nothing touches the disk.
 * 2. When the table is full, sort its entries by ID and write them to a run file in
 *    the working directory (binary: length byte, ID bytes, 64-bit sum), then empty it.
 * 3. At the end, with no run written, sort the table and print it. Otherwise the table
 *    becomes the last run and the runs are merged with a min-heap on the ID, adding up
 *    the sums of equal IDs as they meet. More than MAX_OPEN runs are first merged in
 *    batches into longer runs (the sandbox allows 64 open files).
 *
 * Time O(N log N) for N rows, memory O(1): the table's size is fixed, the rest goes to
 * disk. Every sum fits in int64 (the problem guarantees it). */
#define _GNU_SOURCE /* fwrite_unlocked, fread_unlocked */
#include <errno.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_ID      32
#define SLOT_BITS   18
#define SLOTS       (1u << SLOT_BITS)
#define MAX_ENTRIES (SLOTS / 10 * 7)
#define ARENA_BYTES ((size_t)6 << 20)
#define ENTRY_MAX   (8 + 1 + MAX_ID + 7) /* an entry's size, rounded up to 8 */
#define MAX_OPEN    32
#define IO_BUF      (1 << 16)

static _Noreturn void fail(const char *what)
{
    fprintf(stderr, "csv-aggregate: %s: %s\n", what, strerror(errno));
    exit(1);
}

/* ---- input ---- */

static unsigned char in_buf[IO_BUF];
static size_t in_pos, in_len;

static int peek_byte(void)
{
    if (in_pos == in_len) {
        in_len = fread(in_buf, 1, sizeof in_buf, stdin);
        in_pos = 0;
        if (in_len == 0)
            return EOF;
    }
    return in_buf[in_pos];
}

/* Reads one row into id/len/qty; false at the end of the input. */
static bool read_row(char *id, int *len, int64_t *qty)
{
    int c = peek_byte(), n = 0;
    if (c == EOF)
        return false;
    while ((c = peek_byte()) != ',' && c != EOF) {
        if (n < MAX_ID)
            id[n++] = (char)c;
        in_pos++;
    }
    in_pos++; /* the comma */
    bool neg = peek_byte() == '-';
    if (neg)
        in_pos++;
    uint64_t v = 0;
    while ((c = peek_byte()) >= '0' && c <= '9') {
        v = v * 10 + (uint64_t)(c - '0');
        in_pos++;
    }
    while ((c = peek_byte()) != '\n' && c != EOF) /* a stray '\r', if any */
        in_pos++;
    in_pos++;
    *len = n;
    *qty = neg ? (int64_t)(0 - v) : (int64_t)v; /* wraps correctly for INT64_MIN */
    return true;
}

/* ---- the hash table ---- */

struct entry {
    int64_t sum;
    unsigned char len;
    char id[];
};

struct slot {
    uint32_t ref;  /* entry offset / 8 + 1; 0 = empty */
    uint32_t hash; /* the ID's hash, to skip most mismatches without the entry */
};

static char *arena;
static size_t arena_used;
static struct slot *slots;
static size_t entries;

static uint64_t hash_id(const char *id, int len)
{
    uint64_t h = 0xcbf29ce484222325ULL;
    for (int i = 0; i < len; i++)
        h = (h ^ (unsigned char)id[i]) * 0x100000001b3ULL;
    return h ^ (h >> 29);
}

static struct entry *entry_at(uint32_t ref)
{
    return (struct entry *)(arena + (size_t)(ref - 1) * 8);
}

static bool table_full(void)
{
    return entries >= MAX_ENTRIES || arena_used + ENTRY_MAX > ARENA_BYTES;
}

static void table_add(const char *id, int len, int64_t qty)
{
    uint64_t h = hash_id(id, len);
    uint32_t h32 = (uint32_t)(h >> 32);
    size_t i = (size_t)h & (SLOTS - 1);
    for (; slots[i].ref; i = (i + 1) & (SLOTS - 1)) {
        if (slots[i].hash != h32)
            continue;
        struct entry *e = entry_at(slots[i].ref);
        if (e->len == len && memcmp(e->id, id, (size_t)len) == 0) {
            e->sum += qty;
            return;
        }
    }
    struct entry *e = (struct entry *)(arena + arena_used);
    e->sum = qty;
    e->len = (unsigned char)len;
    memcpy(e->id, id, (size_t)len);
    slots[i].ref = (uint32_t)(arena_used / 8 + 1);
    slots[i].hash = h32;
    arena_used += (sizeof *e + (size_t)len + 7) & ~(size_t)7;
    entries++;
}

/* Bytewise order; a proper prefix comes first. */
static int compare_ids(const char *a, int alen, const char *b, int blen)
{
    int c = memcmp(a, b, (size_t)(alen < blen ? alen : blen));
    return c ? c : alen - blen;
}

/* Sorting a full table: each entry gets a key, the 8 ID bytes after the prefix that
 * all IDs of the table share (big-endian, zero-padded: IDs hold no NUL bytes, so a
 * shorter ID still sorts first). An LSD radix sort orders the keys; the rare runs of
 * equal keys are then sorted by whole ID. */
struct sort_key {
    uint64_t k;
    struct entry *e;
};

static struct sort_key *keys, *keys_tmp; /* room for MAX_ENTRIES each */

static int compare_keys(const void *pa, const void *pb)
{
    const struct entry *a = ((const struct sort_key *)pa)->e;
    const struct entry *b = ((const struct sort_key *)pb)->e;
    return compare_ids(a->id, a->len, b->id, b->len);
}

static uint64_t key_of(const struct entry *e, int skip)
{
    uint64_t k = 0;
    for (int i = 0; i < 8; i++)
        k = k << 8 | (skip + i < e->len ? (unsigned char)e->id[skip + i] : 0);
    return k;
}

/* Sorts the table's entries by ID; returns them in an array of n keys. */
static struct sort_key *sort_table(size_t *count)
{
    size_t n = 0;
    int common = MAX_ID;
    const struct entry *first = (const struct entry *)arena;
    for (size_t off = 0; off < arena_used;) {
        struct entry *e = (struct entry *)(arena + off);
        int c = 0;
        while (c < common && c < e->len && c < first->len && e->id[c] == first->id[c])
            c++;
        common = c;
        keys[n++].e = e;
        off += (sizeof *e + e->len + 7) & ~(size_t)7;
    }
    for (size_t i = 0; i < n; i++)
        keys[i].k = key_of(keys[i].e, common);

    struct sort_key *a = keys, *b = keys_tmp;
    for (int shift = 0; shift < 64 && n > 0; shift += 8) {
        size_t at[256] = {0};
        for (size_t i = 0; i < n; i++)
            at[a[i].k >> shift & 255]++;
        if (at[a[0].k >> shift & 255] == n)
            continue; /* every key has the same byte here */
        for (size_t d = 0, sum = 0; d < 256; d++) {
            size_t c = at[d];
            at[d] = sum;
            sum += c;
        }
        for (size_t i = 0; i < n; i++)
            b[at[a[i].k >> shift & 255]++] = a[i];
        struct sort_key *t = a;
        a = b;
        b = t;
    }
    for (size_t i = 0, j; i < n; i = j) {
        for (j = i + 1; j < n && a[j].k == a[i].k;)
            j++;
        if (j - i > 1)
            qsort(a + i, j - i, sizeof *a, compare_keys);
    }
    *count = n;
    return a;
}

static void table_clear(void)
{
    memset(slots, 0, SLOTS * sizeof *slots);
    arena_used = 0;
    entries = 0;
}

/* ---- runs ---- */

struct record {
    int len;
    int64_t sum;
    char id[MAX_ID];
};

static unsigned run_count, run_first; /* runs run_first .. run_count-1 are live */

static void run_name(unsigned k, char *name, size_t size)
{
    snprintf(name, size, "run-%u.bin", k);
}

static FILE *open_run(unsigned k, const char *mode)
{
    char name[32];
    run_name(k, name, sizeof name);
    FILE *f = fopen(name, mode);
    if (!f)
        fail(name);
    return f;
}

/* A record: the ID's length (one byte), the ID, the sum (8 bytes, native order). */
static void put_record(FILE *f, const char *id, int len, int64_t sum)
{
    unsigned char buf[1 + MAX_ID + sizeof sum];
    buf[0] = (unsigned char)len;
    memcpy(buf + 1, id, (size_t)len);
    memcpy(buf + 1 + len, &sum, sizeof sum);
    fwrite_unlocked(buf, 1, 1 + (size_t)len + sizeof sum, f);
}

static bool get_record(FILE *f, struct record *r)
{
    int len = getc_unlocked(f);
    if (len == EOF)
        return false;
    unsigned char buf[MAX_ID + sizeof r->sum];
    if (len > MAX_ID ||
        fread_unlocked(buf, 1, (size_t)len + sizeof r->sum, f) != (size_t)len + sizeof r->sum) {
        fprintf(stderr, "csv-aggregate: a run file is damaged\n");
        exit(1);
    }
    r->len = len;
    memcpy(r->id, buf, (size_t)len);
    memcpy(&r->sum, buf + len, sizeof r->sum);
    return true;
}

static void close_run(FILE *f)
{
    if (ferror(f) || fclose(f) != 0)
        fail("writing a run file");
}

static void spill_table(void)
{
    size_t n;
    struct sort_key *a = sort_table(&n);
    FILE *f = open_run(run_count++, "wb");
    for (size_t i = 0; i < n; i++) {
        if (i + 16 < n)
            __builtin_prefetch(a[i + 16].e); /* sorted order jumps around the arena */
        put_record(f, a[i].e->id, a[i].e->len, a[i].e->sum);
    }
    close_run(f);
    table_clear();
}

/* ---- output ---- */

static void print_row(const char *id, int len, int64_t sum)
{
    char buf[MAX_ID + 24], *p = buf + sizeof buf;
    *--p = '\n';
    uint64_t u = sum < 0 ? 0 - (uint64_t)sum : (uint64_t)sum;
    do {
        *--p = (char)('0' + u % 10);
        u /= 10;
    } while (u);
    if (sum < 0)
        *--p = '-';
    *--p = ',';
    p -= len;
    memcpy(p, id, (size_t)len);
    fwrite(p, 1, (size_t)(buf + sizeof buf - p), stdout);
}

/* ---- merging ---- */

struct reader {
    FILE *f;
    struct record r;
};

static bool reader_less(const struct reader *a, const struct reader *b)
{
    return compare_ids(a->r.id, a->r.len, b->r.id, b->r.len) < 0;
}

static void sift_down(struct reader **heap, size_t n, size_t i)
{
    for (;;) {
        size_t l = 2 * i + 1, m = i;
        if (l < n && reader_less(heap[l], heap[m]))
            m = l;
        if (l + 1 < n && reader_less(heap[l + 1], heap[m]))
            m = l + 1;
        if (m == i)
            return;
        struct reader *t = heap[i];
        heap[i] = heap[m];
        heap[m] = t;
        i = m;
    }
}

/* Merges runs [first, last) into out (a run file) or, when out is NULL, to stdout. */
static void merge_runs(unsigned first, unsigned last, FILE *out)
{
    size_t k = last - first, n = 0;
    struct reader *readers = malloc(k * sizeof *readers);
    struct reader **heap = malloc(k * sizeof *heap);
    char *bufs = malloc(k * IO_BUF);
    if (!readers || !heap || !bufs)
        fail("out of memory");
    for (size_t i = 0; i < k; i++) {
        readers[i].f = open_run(first + (unsigned)i, "rb");
        setvbuf(readers[i].f, bufs + i * IO_BUF, _IOFBF, IO_BUF);
        if (get_record(readers[i].f, &readers[i].r))
            heap[n++] = &readers[i];
    }
    for (size_t i = n; i-- > 0;)
        sift_down(heap, n, i);
    while (n > 0) {
        struct record cur = heap[0]->r;
        for (;;) {
            if (!get_record(heap[0]->f, &heap[0]->r))
                heap[0] = heap[--n];
            if (n == 0)
                break;
            sift_down(heap, n, 0);
            if (compare_ids(heap[0]->r.id, heap[0]->r.len, cur.id, cur.len) != 0)
                break;
            cur.sum += heap[0]->r.sum;
        }
        if (out)
            put_record(out, cur.id, cur.len, cur.sum);
        else
            print_row(cur.id, cur.len, cur.sum);
    }
    for (size_t i = 0; i < k; i++) {
        fclose(readers[i].f);
        char name[32];
        run_name(first + (unsigned)i, name, sizeof name);
        remove(name);
    }
    free(bufs);
    free(heap);
    free(readers);
}

int main(void)
{
    static char out_buf[IO_BUF];
    setvbuf(stdout, out_buf, _IOFBF, sizeof out_buf);
    arena = malloc(ARENA_BYTES);
    slots = calloc(SLOTS, sizeof *slots);
    keys = malloc(MAX_ENTRIES * sizeof *keys);
    keys_tmp = malloc(MAX_ENTRIES * sizeof *keys_tmp);
    if (!arena || !slots || !keys || !keys_tmp)
        fail("out of memory");

    while (peek_byte() != '\n' && peek_byte() != EOF) /* the header line */
        in_pos++;
    in_pos++;
    char id[MAX_ID];
    int len;
    int64_t qty;
    while (read_row(id, &len, &qty)) {
        if (table_full())
            spill_table();
        table_add(id, len, qty);
    }

    fputs("ID,Sum\n", stdout);
    if (run_count == 0) {
        size_t n;
        struct sort_key *a = sort_table(&n);
        for (size_t i = 0; i < n; i++)
            print_row(a[i].e->id, a[i].e->len, a[i].e->sum);
    } else {
        spill_table();
        free(keys_tmp);
        free(keys);
        free(slots);
        free(arena);
        while (run_count - run_first > MAX_OPEN) {
            unsigned last = run_first + MAX_OPEN;
            FILE *out = open_run(run_count++, "wb");
            merge_runs(run_first, last, out);
            close_run(out);
            run_first = last;
        }
        merge_runs(run_first, run_count, NULL);
    }
    if (fflush(stdout) != 0 || ferror(stdout))
        fail("writing the output");
    return 0;
}
