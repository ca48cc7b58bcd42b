/* Test generator for zero-sum-pair. Usage: gen N SEED MODE
 *
 * Writes "N\n" then the N integers space-separated on one line. Deterministic for
 * its arguments (own splitmix64 PRNG). Every value's sign is a fixed function of its
 * magnitude (a hash of it and the seed), so x and -x never both appear unless a mode
 * plants them on purpose; INT_MIN has no negation in int and may appear freely.
 *
 * Modes (expected answer in brackets):
 *   nopair       values across the whole int range, INT_MIN and INT_MAX included,
 *                at most one zero, both signs, duplicates allowed [false]
 *   pair-end     like nopair for the first N-2 values; the only zero-sum pair is the
 *                last two values, x and -x [true]; needs N >= 2
 *   pair-random  like nopair plus one x, -x pair at random positions [true]; N >= 2
 *   pair-zeros   like nopair without zeros, plus two zeros at random positions [true]
 *   min-heavy    a third INT_MIN copies, the rest large magnitudes (>= 2^30) whose
 *                sums overflow int, INT_MAX included, no real pair [false]
 *   small        values uniform in [-N, N] (at least [-1, 1]): zeros, duplicates and
 *                pairs are common; for `judge stress`, whose minimal inputs want small
 *                values [either]
 *   extremes     values from {INT_MIN, INT_MIN + 1, -2^30, -1, 0, 1, 2^30, INT_MAX}:
 *                small inputs whose sums overflow int [either]
 */
#include <errno.h>
#include <inttypes.h>
#include <limits.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static uint64_t rng_state;

static uint64_t splitmix64(uint64_t *s)
{
    uint64_t z = (*s += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

static uint64_t next_u64(void)
{
    return splitmix64(&rng_state);
}

/* Uniform in [lo, hi] (hi - lo < 2^63). */
static int64_t uniform(int64_t lo, int64_t hi)
{
    uint64_t span = (uint64_t)(hi - lo) + 1, r;
    uint64_t limit = UINT64_MAX - UINT64_MAX % span;
    do
        r = next_u64();
    while (r >= limit);
    return lo + (int64_t)(r % span);
}

static uint64_t sign_key;

/* The value with magnitude m (1 <= m <= 2^31) and its fixed sign. */
static int value_of(int64_t m)
{
    if (m == 2147483648LL)
        return INT_MIN;
    if (m == INT_MAX)
        return INT_MAX;
    uint64_t s = sign_key ^ (uint64_t)m;
    return (splitmix64(&s) & 1) ? (int)m : -(int)m;
}

/* A random magnitude for the "anything" modes, never equal to `avoid`. */
static int64_t random_magnitude(int64_t avoid)
{
    for (;;) {
        uint64_t r = next_u64() % 10;
        int64_t m;
        if (r < 6)
            m = uniform(1, 2147483648LL); /* the whole range */
        else if (r < 8)
            m = uniform(1, 1000); /* dense small values: many duplicates */
        else
            m = uniform(2147483648LL - 1000, 2147483648LL); /* near the extremes */
        if (m != avoid)
            return m;
    }
}

static void shuffle(int *a, long n)
{
    for (long i = n - 1; i > 0; i--) {
        long j = (long)uniform(0, i);
        int t = a[i];
        a[i] = a[j];
        a[j] = t;
    }
}

/* Fills a[0..n) with no zero-sum pair; with_zero allows (and plants, when n >= 4) one
 * zero. `avoid` is a magnitude that must not occur (0: none). */
static void fill_nopair(int *a, long n, bool with_zero, int64_t avoid)
{
    long k = 0;
    if (n >= 3) {
        a[k++] = INT_MIN;
        a[k++] = INT_MAX;
    }
    if (with_zero && n >= 4)
        a[k++] = 0;
    while (k < n)
        a[k++] = value_of(random_magnitude(avoid));
    shuffle(a, n);
}

static void usage(const char *msg)
{
    fprintf(stderr,
            "gen: %s\nusage: gen N SEED MODE  (MODE: nopair | pair-end | pair-random | "
            "pair-zeros | min-heavy | small | extremes)\n",
            msg);
    exit(2);
}

int main(int argc, char **argv)
{
    if (argc != 4)
        usage("expected 3 arguments");
    char *end;
    long n = strtol(argv[1], &end, 10);
    if (*argv[1] == '\0' || *end != '\0' || n < 0 || n > 100000000)
        usage("N must be an integer in [0, 10^8]");
    errno = 0;
    uint64_t seed = strtoull(argv[2], &end, 10);
    if (*argv[2] == '\0' || *argv[2] == '-' || *end != '\0' || errno)
        usage("SEED must be a non-negative integer");
    const char *mode = argv[3];

    rng_state = seed * 0x2545F4914F6CDD1DULL + 0x1234567ULL;
    sign_key = next_u64();

    int *a = malloc((size_t)(n ? n : 1) * sizeof(int));
    if (!a) {
        fprintf(stderr, "gen: out of memory\n");
        return 1;
    }
    if (strcmp(mode, "nopair") == 0) {
        fill_nopair(a, n, true, 0);
    } else if (strcmp(mode, "pair-end") == 0 || strcmp(mode, "pair-random") == 0) {
        if (n < 2)
            usage("pair modes need N >= 2");
        int64_t m = uniform(1, INT_MAX - 1); /* the planted pair's magnitude */
        fill_nopair(a, n - 2, true, m);
        int x = (int)m;
        if (next_u64() & 1)
            x = -x;
        a[n - 2] = x;
        a[n - 1] = -x;
        if (strcmp(mode, "pair-random") == 0)
            shuffle(a, n);
    } else if (strcmp(mode, "pair-zeros") == 0) {
        if (n < 2)
            usage("pair modes need N >= 2");
        fill_nopair(a, n - 2, false, 0);
        a[n - 2] = 0;
        a[n - 1] = 0;
        shuffle(a, n);
    } else if (strcmp(mode, "min-heavy") == 0) {
        long k = 0;
        if (n >= 2)
            a[k++] = INT_MAX;
        for (; k < n; k++)
            a[k] = (next_u64() % 3 == 0) ? INT_MIN : value_of(uniform(1LL << 30, 2147483648LL));
        shuffle(a, n);
    } else if (strcmp(mode, "small") == 0) {
        int64_t bound = n > 1 ? n : 1;
        for (long k = 0; k < n; k++)
            a[k] = (int)uniform(-bound, bound);
    } else if (strcmp(mode, "extremes") == 0) {
        static const int values[] = {INT_MIN, INT_MIN + 1, -(1 << 30), -1, 0, 1, 1 << 30, INT_MAX};
        for (long k = 0; k < n; k++)
            a[k] = values[next_u64() % 8];
    } else {
        usage("unknown MODE");
    }

    static char buf[1 << 16];
    setvbuf(stdout, buf, _IOFBF, sizeof buf);
    printf("%ld\n", n);
    for (long i = 0; i < n; i++)
        printf(i ? " %d" : "%d", a[i]);
    putchar('\n');
    free(a);
    if (fflush(stdout) != 0 || ferror(stdout)) {
        perror("gen: write");
        return 1;
    }
    return 0;
}
