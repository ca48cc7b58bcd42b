/* Test generator for max-subarray. Usage: gen --n N --seed S --mode MODE
 *
 * Writes "N\n" then the N integers space-separated on one line; every value is in
 * [-10^4, 10^4] and 1 <= N <= 10^5, so every subarray sum fits in an int (|sum| <=
 * 10^9). Deterministic for its arguments (own splitmix64 PRNG).
 *
 * Modes:
 *   random     uniform in [-10^4, 10^4]
 *   negative   all in [-10^4, -1]: the answer is the largest element
 *   min        all -10^4
 *   positive   all in [1, 10^4]: the answer is the whole array
 *   max        all 10^4: the answer is N * 10^4 (10^9 at N = 10^5)
 *   zeros      zeros and negatives only: the answer is 0
 *   drift      negative-mean noise with one planted positive-mean run at a random
 *              place; the best subarray is long and starts in the middle
 *   prefix     the best subarray is a long prefix starting at index 0 (positive-mean
 *              run, then negative-mean noise)
 *   suffix     the best subarray is a long suffix ending at index N-1
 *   dips       runs of positives separated by single deep dips; whether crossing a
 *              dip pays off varies, so "restart after every negative" is wrong
 */
#include <errno.h>
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
static int uniform(int lo, int hi)
{
    uint64_t span = (uint64_t)((int64_t)hi - lo) + 1, r;
    uint64_t limit = UINT64_MAX - UINT64_MAX % span;
    do
        r = next_u64();
    while (r >= limit);
    return (int)(lo + (int64_t)(r % span));
}

static _Noreturn void usage(const char *msg)
{
    fprintf(stderr,
            "gen: %s\nusage: gen --n N --seed S --mode MODE\n"
            "  MODE: random | negative | min | positive | max | zeros | drift | prefix | "
            "suffix | dips\n",
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

int main(int argc, char **argv)
{
    long n = -1, seed = -1;
    const char *mode = NULL;
    for (int i = 1; i < argc; i += 2) {
        if (i + 1 >= argc)
            usage("missing value");
        if (strcmp(argv[i], "--n") == 0)
            n = parse_long(argv[i + 1], 1, 100000, "--n must be in [1, 10^5]");
        else if (strcmp(argv[i], "--seed") == 0)
            seed = parse_long(argv[i + 1], 0, 1L << 62, "--seed must be >= 0");
        else if (strcmp(argv[i], "--mode") == 0)
            mode = argv[i + 1];
        else
            usage("unknown option");
    }
    if (n < 0 || seed < 0 || !mode)
        usage("--n, --seed and --mode are required");
    rng_state = (uint64_t)seed * 0x2545F4914F6CDD1DULL + 0x53AB1EULL;

    int *a = malloc((size_t)n * sizeof *a);
    if (!a)
        return 1;
    if (strcmp(mode, "random") == 0) {
        for (long i = 0; i < n; i++)
            a[i] = uniform(-10000, 10000);
    } else if (strcmp(mode, "negative") == 0) {
        for (long i = 0; i < n; i++)
            a[i] = uniform(-10000, -1);
    } else if (strcmp(mode, "min") == 0) {
        for (long i = 0; i < n; i++)
            a[i] = -10000;
    } else if (strcmp(mode, "positive") == 0) {
        for (long i = 0; i < n; i++)
            a[i] = uniform(1, 10000);
    } else if (strcmp(mode, "max") == 0) {
        for (long i = 0; i < n; i++)
            a[i] = 10000;
    } else if (strcmp(mode, "zeros") == 0) {
        for (long i = 0; i < n; i++)
            a[i] = next_u64() % 3 == 0 ? 0 : uniform(-10000, -1);
    } else if (strcmp(mode, "drift") == 0 || strcmp(mode, "prefix") == 0 ||
               strcmp(mode, "suffix") == 0) {
        /* Noise with mean -1000; the run has mean +1000 and covers a third of the array. */
        long len = n / 3 > 0 ? n / 3 : 1, start;
        if (strcmp(mode, "prefix") == 0)
            start = 0;
        else if (strcmp(mode, "suffix") == 0)
            start = n - len;
        else
            start = n / 6 + (long)(next_u64() % (uint64_t)(n - len - n / 6 + 1));
        for (long i = 0; i < n; i++)
            a[i] = (i >= start && i < start + len) ? uniform(-9000, 10000) : uniform(-10000, 8000);
    } else if (strcmp(mode, "dips") == 0) {
        for (long i = 0; i < n; i++)
            a[i] = next_u64() % 8 == 0 ? uniform(-10000, -1) : uniform(0, 2500);
    } else {
        usage("unknown mode");
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
