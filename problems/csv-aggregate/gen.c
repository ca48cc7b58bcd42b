/* Test generator for csv-aggregate.
 *
 * Usage: gen --rows R --ids D --seed S [--mode MODE] [--min-len A] [--max-len B]
 *            [--prefix P] [--big PERCENT]
 *
 * Writes the header "ID,Quantity" and R rows "ID,Quantity", each line ending in "\n".
 * The rows use IDs from a pool of D distinct IDs; ID i (0 <= i < D) is a fixed-width
 * base-63 code of a bijective scramble of i (so distinct), optionally after the prefix
 * P and followed by random filler, A..B characters in all (1 <= A <= B <= 32).
 * Quantities: mostly small, PERCENT % of them up to +-10^12 (default 5). For every ID
 * the positive quantities, and the negative ones, each sum to at most 9.2 * 10^18 in
 * magnitude whenever R <= 9 * 10^6, so every sum and partial sum fits in int64.
 * Deterministic for its arguments (own splitmix64 PRNG).
 *
 * Modes (which ID each row uses):
 *   uniform   a uniformly random ID of the pool (default)
 *   skewed    half the rows use the first 16 IDs of the pool, the rest uniform
 *   sorted    rows sorted by ID, every ID of the pool R / D times in a row (the
 *             first R % D IDs once more); needs R >= D
 *   reversed  the same in decreasing ID order
 *   each      every ID of the pool at least once (needs R >= D), in random order
 */
#include <errno.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char CHARS[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz";

static uint64_t rng_state;

static uint64_t next_u64(void)
{
    uint64_t z = (rng_state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

/* Uniform in [0, n), n >= 1. */
static uint64_t below(uint64_t n)
{
    uint64_t limit = UINT64_MAX - UINT64_MAX % n, r;
    do
        r = next_u64();
    while (r >= limit);
    return r % n;
}

static _Noreturn void usage(const char *msg)
{
    fprintf(stderr,
            "gen: %s\nusage: gen --rows R --ids D --seed S [--mode "
            "uniform|skewed|sorted|reversed|each] "
            "[--min-len A] [--max-len B] [--prefix P] [--big PERCENT]\n",
            msg);
    exit(2);
}

static long parse_long(const char *s, long lo, long hi, const char *what)
{
    char *end;
    errno = 0;
    long v = strtol(s, &end, 10);
    if (*s == '\0' || *end != '\0' || errno || v < lo || v > hi)
        usage(what);
    return v;
}

static long n_ids, width, min_len, max_len;
static uint64_t space, mult, add, filler_key;
static const char *prefix = "";
static size_t prefix_len;

/* Writes ID i into out (not terminated); returns its length. */
static size_t make_id(long i, char *out)
{
    uint64_t v = ((uint64_t)i * mult + add) % space;
    size_t n = prefix_len;
    memcpy(out, prefix, prefix_len);
    for (long d = width - 1; d >= 0; d--) {
        out[n + (size_t)d] = CHARS[v % 63];
        v /= 63;
    }
    n += (size_t)width;
    /* The total length and the filler are fixed functions of i. */
    uint64_t h = filler_key ^ ((uint64_t)i * 0xD6E8FEB86659FD93ULL);
    h = (h ^ (h >> 32)) * 0xD6E8FEB86659FD93ULL;
    long lo = min_len > (long)n ? min_len : (long)n;
    long len = lo + (long)(h % (uint64_t)(max_len - lo + 1));
    while ((long)n < len) {
        h = h * 6364136223846793005ULL + 1442695040888963407ULL;
        out[n++] = CHARS[(h >> 33) % 63];
    }
    return n;
}

static int big_percent = 5;

static long long quantity(void)
{
    uint64_t r = below(100);
    if (r < (uint64_t)big_percent)
        return (long long)below(2000000000001ULL) - 1000000000000LL;
    if (r < 75)
        return (long long)below(11000) - 1000;
    return (long long)below(2000001) - 1000000;
}

struct pool_entry {
    uint64_t code;
    long i;
};

static int by_code(const void *a, const void *b)
{
    uint64_t x = ((const struct pool_entry *)a)->code, y = ((const struct pool_entry *)b)->code;
    return (x > y) - (x < y);
}

/* Writes "ID,Quantity\n" for ID i. */
static void row(long i)
{
    char id[64];
    size_t n = make_id(i, id);
    fwrite(id, 1, n, stdout);
    printf(",%lld\n", quantity());
}

int main(int argc, char **argv)
{
    long rows = -1, seed = -1;
    const char *mode = "uniform";
    n_ids = -1;
    min_len = 1;
    max_len = 16;
    for (int i = 1; i < argc; i += 2) {
        if (i + 1 >= argc)
            usage("missing value");
        if (strcmp(argv[i], "--rows") == 0)
            rows = parse_long(argv[i + 1], 0, 9000000, "--rows must be in [0, 9 * 10^6]");
        else if (strcmp(argv[i], "--ids") == 0)
            n_ids = parse_long(argv[i + 1], 1, 100000000, "--ids must be in [1, 10^8]");
        else if (strcmp(argv[i], "--seed") == 0)
            seed = parse_long(argv[i + 1], 0, 1L << 62, "--seed must be >= 0");
        else if (strcmp(argv[i], "--mode") == 0)
            mode = argv[i + 1];
        else if (strcmp(argv[i], "--min-len") == 0)
            min_len = parse_long(argv[i + 1], 1, 32, "--min-len must be in [1, 32]");
        else if (strcmp(argv[i], "--max-len") == 0)
            max_len = parse_long(argv[i + 1], 1, 32, "--max-len must be in [1, 32]");
        else if (strcmp(argv[i], "--prefix") == 0)
            prefix = argv[i + 1];
        else if (strcmp(argv[i], "--big") == 0)
            big_percent = (int)parse_long(argv[i + 1], 0, 100, "--big must be in [0, 100]");
        else
            usage("unknown option");
    }
    if (rows < 0 || n_ids < 0 || seed < 0)
        usage("--rows, --ids and --seed are required");
    prefix_len = strlen(prefix);
    for (const char *c = prefix; *c; c++)
        if (!strchr(CHARS, *c))
            usage("--prefix may only use [A-Za-z0-9_]");
    width = 1;
    space = 63;
    while (space < (uint64_t)n_ids) {
        width++;
        space *= 63;
    }
    if (min_len > max_len || (long)prefix_len + width > max_len)
        usage("need --min-len <= --max-len and room for the prefix and the code");
    rng_state = (uint64_t)seed * 0x2545F4914F6CDD1DULL + 0xC5FULL;
    do
        mult = 1 + below(space - 1);
    while (mult % 3 == 0 || mult % 7 == 0); /* coprime to 63^width: a bijection */
    add = below(space);
    filler_key = next_u64();

    static char buf[1 << 16];
    setvbuf(stdout, buf, _IOFBF, sizeof buf);
    fputs("ID,Quantity\n", stdout);
    if (strcmp(mode, "uniform") == 0) {
        for (long r = 0; r < rows; r++)
            row((long)below((uint64_t)n_ids));
    } else if (strcmp(mode, "skewed") == 0) {
        long hot = n_ids < 16 ? n_ids : 16;
        for (long r = 0; r < rows; r++)
            row((long)(next_u64() & 1 ? below((uint64_t)hot) : below((uint64_t)n_ids)));
    } else if (strcmp(mode, "sorted") == 0 || strcmp(mode, "reversed") == 0) {
        /* With the prefix and the code's width fixed, ID order is code order, and the
         * code of i is (i * mult + add) % space: sort the pool by it. Each ID gets
         * rows / D consecutive rows (the first rows % D IDs one more). */
        if (rows < n_ids)
            usage("sorted and reversed need --rows >= --ids");
        struct pool_entry *pool = malloc((size_t)n_ids * sizeof *pool);
        if (!pool)
            usage("out of memory");
        for (long i = 0; i < n_ids; i++)
            pool[i] = (struct pool_entry){((uint64_t)i * mult + add) % space, i};
        qsort(pool, (size_t)n_ids, sizeof *pool, by_code);
        bool reversed = strcmp(mode, "reversed") == 0;
        long per = rows / n_ids, extra = rows % n_ids;
        for (long k = 0; k < n_ids; k++) {
            long i = pool[reversed ? n_ids - 1 - k : k].i;
            for (long c = 0; c < per + (k < extra); c++)
                row(i);
        }
        free(pool);
    } else if (strcmp(mode, "each") == 0) {
        if (rows < n_ids)
            usage("each needs --rows >= --ids");
        /* A random permutation of the pool, then uniform rows. */
        long *perm = malloc((size_t)n_ids * sizeof *perm);
        if (!perm)
            usage("out of memory");
        for (long i = 0; i < n_ids; i++)
            perm[i] = i;
        for (long i = n_ids - 1; i > 0; i--) {
            long j = (long)below((uint64_t)i + 1);
            long t = perm[i];
            perm[i] = perm[j];
            perm[j] = t;
        }
        /* Interleave: each row is the next unused pool ID with probability D/R. */
        long next = 0;
        for (long r = 0; r < rows; r++) {
            long left = rows - r, need = n_ids - next;
            if (need > 0 && (long)below((uint64_t)left) < need)
                row(perm[next++]);
            else
                row((long)below((uint64_t)n_ids));
        }
        free(perm);
    } else {
        usage("unknown mode");
    }
    if (fflush(stdout) != 0 || ferror(stdout)) {
        perror("gen: write");
        return 1;
    }
    return 0;
}
