/* Test generator for merge-k-sorted-lists.
 *
 * Usage: gen --k K --total N --seed S [--shape SHAPE] [--lo LO] [--hi HI]
 *
 * Writes K, then one line per list: its length and its values, sorted. The lengths add
 * up to N. Deterministic for its arguments (own splitmix64 PRNG). Values are uniform
 * in [LO, HI] (default: LeetCode's [-10^4, 10^4], so large tests repeat values a lot).
 * SHAPE decides the lengths:
 *   balanced  N/K each, the first N%K lists one more (default)
 *   random    every node lands in a uniformly random list
 *   skewed    list 0 gets half of N, the rest land at random
 *   empties   every other list is empty, the rest land at random (needs K >= 2
 *             unless N = 0)
 */
#include <errno.h>
#include <inttypes.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static uint64_t rng_state;

static uint64_t next_u64(void)
{
    uint64_t z = (rng_state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

/* Uniform in [lo, hi]. */
static long long uniform(long long lo, long long hi)
{
    uint64_t span = (uint64_t)(hi - lo) + 1, r;
    uint64_t limit = UINT64_MAX - UINT64_MAX % span;
    do
        r = next_u64();
    while (r >= limit);
    return lo + (long long)(r % span);
}

static int cmp_int(const void *a, const void *b)
{
    int x = *(const int *)a, y = *(const int *)b;
    return (x > y) - (x < y);
}

static void usage(const char *msg)
{
    fprintf(stderr,
            "gen: %s\nusage: gen --k K --total N --seed S "
            "[--shape balanced|random|skewed|empties] [--lo LO] [--hi HI]\n",
            msg);
    exit(2);
}

static long long parse_ll(const char *s, const char *what)
{
    char *end;
    errno = 0;
    long long v = strtoll(s, &end, 10);
    if (*s == '\0' || *end != '\0' || errno) {
        fprintf(stderr, "gen: %s: '%s' is not an integer\n", what, s);
        exit(2);
    }
    return v;
}

int main(int argc, char **argv)
{
    long long k = -1, total = -1, seed = -1, lo = -10000, hi = 10000;
    const char *shape = "balanced";
    for (int i = 1; i < argc; i += 2) {
        if (i + 1 >= argc)
            usage("every option takes a value");
        if (strcmp(argv[i], "--k") == 0)
            k = parse_ll(argv[i + 1], "--k");
        else if (strcmp(argv[i], "--total") == 0)
            total = parse_ll(argv[i + 1], "--total");
        else if (strcmp(argv[i], "--seed") == 0)
            seed = parse_ll(argv[i + 1], "--seed");
        else if (strcmp(argv[i], "--shape") == 0)
            shape = argv[i + 1];
        else if (strcmp(argv[i], "--lo") == 0)
            lo = parse_ll(argv[i + 1], "--lo");
        else if (strcmp(argv[i], "--hi") == 0)
            hi = parse_ll(argv[i + 1], "--hi");
        else
            usage("unknown option");
    }
    if (k < 0 || k > 10000000 || total < 0 || total > 10000000)
        usage("--k and --total are required, in [0, 10^7]");
    if (k == 0 && total > 0)
        usage("K = 0 lists cannot hold N > 0 nodes");
    if (seed < 0)
        usage("--seed is required and must be non-negative");
    if (lo < INT_MIN || hi > INT_MAX || lo > hi)
        usage("need INT_MIN <= LO <= HI <= INT_MAX");
    rng_state = (uint64_t)seed * 0x2545F4914F6CDD1DULL + 0xFACADEULL;

    long long *len = calloc((size_t)(k ? k : 1), sizeof *len);
    if (!len) {
        fputs("gen: out of memory\n", stderr);
        return 1;
    }
    if (strcmp(shape, "balanced") == 0) {
        for (long long i = 0; i < k; i++)
            len[i] = total / k + (i < total % k);
    } else if (strcmp(shape, "random") == 0) {
        for (long long e = 0; e < total; e++)
            len[uniform(0, k - 1)]++;
    } else if (strcmp(shape, "skewed") == 0) {
        len[0] = total / 2;
        for (long long e = total / 2; e < total; e++)
            len[uniform(0, k - 1)]++;
    } else if (strcmp(shape, "empties") == 0) {
        if (total > 0 && k < 2)
            usage("empties needs K >= 2");
        for (long long e = 0; e < total; e++)
            len[uniform(0, (k - 2) / 2) * 2 + 1]++;
    } else {
        usage("unknown --shape");
    }

    long long longest = 0;
    for (long long i = 0; i < k; i++)
        if (len[i] > longest)
            longest = len[i];
    int *a = malloc((size_t)(longest ? longest : 1) * sizeof *a);
    if (!a) {
        fputs("gen: out of memory\n", stderr);
        return 1;
    }
    static char buf[1 << 16];
    setvbuf(stdout, buf, _IOFBF, sizeof buf);
    printf("%lld\n", k);
    for (long long i = 0; i < k; i++) {
        for (long long j = 0; j < len[i]; j++)
            a[j] = (int)uniform(lo, hi);
        qsort(a, (size_t)len[i], sizeof *a, cmp_int);
        printf("%lld", len[i]);
        for (long long j = 0; j < len[i]; j++)
            printf(" %d", a[j]);
        putchar('\n');
    }
    free(a);
    free(len);
    if (fflush(stdout) != 0 || ferror(stdout)) {
        perror("gen: write");
        return 1;
    }
    return 0;
}
