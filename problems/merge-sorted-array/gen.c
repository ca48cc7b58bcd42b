/* Test generator for merge-sorted-array.
 *
 * Usage: gen --m M --n N --seed S [--lo LO] [--hi HI] [--split MODE]
 *
 * Writes "M N", then nums1's M values, then nums2's N values, each sorted, on their own
 * lines. Deterministic for its arguments (own splitmix64 PRNG). The M + N values are
 * drawn uniformly from [LO, HI] (default: the whole int range; a narrow range makes
 * many duplicates), sorted, and dealt to the two arrays by MODE:
 *   interleave  each value goes to a random array, keeping the counts (default)
 *   before      nums2 gets the N smallest values (all of nums1 must move)
 *   after       nums2 gets the N largest values
 *   alternate   the arrays take turns while both have room (maximal interleaving)
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
            "gen: %s\nusage: gen --m M --n N --seed S [--lo LO] [--hi HI] "
            "[--split interleave|before|after|alternate]\n",
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

static void print_array(const int *a, long long len)
{
    for (long long i = 0; i < len; i++)
        printf(i ? " %d" : "%d", a[i]);
    putchar('\n');
}

int main(int argc, char **argv)
{
    long long m = -1, n = -1, seed = -1, lo = INT_MIN, hi = INT_MAX;
    const char *split = "interleave";
    for (int i = 1; i < argc; i += 2) {
        if (i + 1 >= argc)
            usage("every option takes a value");
        if (strcmp(argv[i], "--m") == 0)
            m = parse_ll(argv[i + 1], "--m");
        else if (strcmp(argv[i], "--n") == 0)
            n = parse_ll(argv[i + 1], "--n");
        else if (strcmp(argv[i], "--seed") == 0)
            seed = parse_ll(argv[i + 1], "--seed");
        else if (strcmp(argv[i], "--lo") == 0)
            lo = parse_ll(argv[i + 1], "--lo");
        else if (strcmp(argv[i], "--hi") == 0)
            hi = parse_ll(argv[i + 1], "--hi");
        else if (strcmp(argv[i], "--split") == 0)
            split = argv[i + 1];
        else
            usage("unknown option");
    }
    if (m < 0 || n < 0 || m + n > 10000000)
        usage("--m and --n are required, >= 0, with M + N <= 10^7");
    if (seed < 0)
        usage("--seed is required and must be non-negative");
    if (lo < INT_MIN || hi > INT_MAX || lo > hi)
        usage("need INT_MIN <= LO <= HI <= INT_MAX");
    rng_state = (uint64_t)seed * 0x2545F4914F6CDD1DULL + 0x51ED27ULL;

    long long total = m + n;
    int *all = malloc((size_t)(total ? total : 1) * sizeof *all);
    int *a = malloc((size_t)(m ? m : 1) * sizeof *a);
    int *b = malloc((size_t)(n ? n : 1) * sizeof *b);
    if (!all || !a || !b) {
        fputs("gen: out of memory\n", stderr);
        return 1;
    }
    for (long long i = 0; i < total; i++)
        all[i] = (int)uniform(lo, hi);
    qsort(all, (size_t)total, sizeof *all, cmp_int);

    long long ia = 0, ib = 0;
    for (long long i = 0; i < total; i++) {
        int to_b; /* 1: the value goes to nums2 */
        if (ia == m)
            to_b = 1;
        else if (ib == n)
            to_b = 0;
        else if (strcmp(split, "interleave") == 0)
            to_b = uniform(0, total - i - 1) < n - ib; /* keeps both counts reachable */
        else if (strcmp(split, "before") == 0)
            to_b = 1;
        else if (strcmp(split, "after") == 0)
            to_b = 0;
        else if (strcmp(split, "alternate") == 0)
            to_b = (int)(i & 1);
        else
            usage("unknown --split");
        if (to_b)
            b[ib++] = all[i];
        else
            a[ia++] = all[i];
    }

    static char buf[1 << 16];
    setvbuf(stdout, buf, _IOFBF, sizeof buf);
    printf("%lld %lld\n", m, n);
    print_array(a, m);
    print_array(b, n);
    free(all), free(a), free(b);
    if (fflush(stdout) != 0 || ferror(stdout)) {
        perror("gen: write");
        return 1;
    }
    return 0;
}
