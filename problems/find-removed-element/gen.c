/* Test generator for find-removed-element. Usage: gen --n N --seed S --mode MODE
 *
 * Writes list A (N values) and list B (A without one element, shuffled):
 *   N
 *   a_0 a_1 ... a_{N-1}
 *   N-1
 *   b_0 ... b_{N-2}
 * Deterministic for its arguments (own splitmix64 PRNG). A itself is shuffled too.
 *
 * Modes (the value of the removed element in brackets):
 *   random      values over the whole int range (INT_MIN and INT_MAX included), a
 *               fifth of them small (many duplicates) [a random element]
 *   dup         as random, but the removed value occurs several times in A, so it is
 *               still in B [a duplicated value]
 *   extremes    mostly INT_MIN and INT_MAX plus huge magnitudes, so every sum
 *               overflows int many times over [a random element]
 *   max         as random [the largest value, INT_MAX, which also stays in B]
 *   min         as random [the smallest value, INT_MIN, with no other copy]
 *   same        every element equal to one value [that value]
 */
#include <errno.h>
#include <limits.h>
#include <stdint.h>
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
static int64_t uniform(int64_t lo, int64_t hi)
{
    uint64_t span = (uint64_t)(hi - lo) + 1, r;
    uint64_t limit = UINT64_MAX - UINT64_MAX % span;
    do
        r = next_u64();
    while (r >= limit);
    return lo + (int64_t)(r % span);
}

/* A value for the random modes: whole range, small (duplicates), near the extremes. */
static int random_value(void)
{
    uint64_t r = next_u64() % 10;
    if (r < 6)
        return (int)uniform(INT_MIN, INT_MAX);
    if (r < 8)
        return (int)uniform(-50, 50);
    if (r < 9)
        return (int)uniform(INT_MAX - 20, INT_MAX);
    return (int)uniform(INT_MIN, INT_MIN + 20);
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

static _Noreturn void usage(const char *msg)
{
    fprintf(stderr,
            "gen: %s\nusage: gen --n N --seed S --mode MODE\n"
            "  MODE: random | dup | extremes | max | min | same\n",
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

static void print_list(const int *a, long n)
{
    printf("%ld\n", n);
    for (long i = 0; i < n; i++)
        printf(i ? " %d" : "%d", a[i]);
    putchar('\n');
}

int main(int argc, char **argv)
{
    long n = -1, seed = -1;
    const char *mode = NULL;
    for (int i = 1; i < argc; i += 2) {
        if (i + 1 >= argc)
            usage("missing value");
        if (strcmp(argv[i], "--n") == 0)
            n = parse_long(argv[i + 1], 1, 10000000, "--n must be in [1, 10^7]");
        else if (strcmp(argv[i], "--seed") == 0)
            seed = parse_long(argv[i + 1], 0, 1L << 62, "--seed must be >= 0");
        else if (strcmp(argv[i], "--mode") == 0)
            mode = argv[i + 1];
        else
            usage("unknown option");
    }
    if (n < 0 || seed < 0 || !mode)
        usage("--n, --seed and --mode are required");
    rng_state = (uint64_t)seed * 0x2545F4914F6CDD1DULL + 0xF1DULL;

    int *a = malloc((size_t)n * sizeof *a);
    if (!a)
        return 1;
    long removed; /* index into a of the removed element, before the final shuffle */
    if (strcmp(mode, "random") == 0) {
        for (long i = 0; i < n; i++)
            a[i] = random_value();
        removed = (long)uniform(0, n - 1);
    } else if (strcmp(mode, "dup") == 0) {
        if (n < 2)
            usage("dup needs N >= 2");
        for (long i = 0; i < n; i++)
            a[i] = random_value();
        /* Copy one value into 2..5 places (at least 2 copies in all). */
        int v = a[uniform(0, n - 1)];
        long copies = n < 5 ? n : (long)uniform(2, 5);
        for (long c = 0; c < copies; c++)
            a[c] = v;
        removed = (long)uniform(0, copies - 1);
    } else if (strcmp(mode, "extremes") == 0) {
        for (long i = 0; i < n; i++) {
            uint64_t r = next_u64() % 3;
            a[i] = r == 0 ? INT_MIN : r == 1 ? INT_MAX : (int)uniform(INT_MIN, INT_MAX);
        }
        removed = (long)uniform(0, n - 1);
    } else if (strcmp(mode, "max") == 0) {
        if (n < 3)
            usage("max needs N >= 3");
        for (long i = 0; i < n; i++)
            a[i] = random_value();
        a[0] = INT_MAX;
        a[1] = INT_MAX;
        removed = 0;
    } else if (strcmp(mode, "min") == 0) {
        for (long i = 0; i < n; i++) {
            a[i] = random_value();
            if (a[i] == INT_MIN)
                a[i] = INT_MIN + 1;
        }
        a[0] = INT_MIN;
        removed = 0;
    } else if (strcmp(mode, "same") == 0) {
        int v = random_value();
        for (long i = 0; i < n; i++)
            a[i] = v;
        removed = (long)uniform(0, n - 1);
    } else {
        usage("unknown mode");
    }

    int *b = malloc((size_t)n * sizeof *b);
    if (!b)
        return 1;
    long m = 0;
    for (long i = 0; i < n; i++)
        if (i != removed)
            b[m++] = a[i];
    shuffle(a, n);
    shuffle(b, m);

    static char buf[1 << 16];
    setvbuf(stdout, buf, _IOFBF, sizeof buf);
    print_list(a, n);
    print_list(b, m);
    free(a);
    free(b);
    if (fflush(stdout) != 0 || ferror(stdout)) {
        perror("gen: write");
        return 1;
    }
    return 0;
}
