/* Test generator for missing-number. Usage: gen --n N --seed S --mode MODE
 *
 * Writes "N\n" then N distinct integers from [0, N] (all but one) space-separated on
 * one line. Deterministic for its arguments (own splitmix64 PRNG).
 *
 * Modes (which number is missing; the order of the rest):
 *   random     a random number in [0, N]; shuffled
 *   zero       0; shuffled
 *   last       N itself; shuffled
 *   sorted     a random number; in increasing order
 *   reversed   a random number; in decreasing order
 */
#include <errno.h>
#include <stdbool.h>
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

/* Uniform in [0, hi]. */
static long uniform(long hi)
{
    uint64_t span = (uint64_t)hi + 1, r;
    uint64_t limit = UINT64_MAX - UINT64_MAX % span;
    do
        r = next_u64();
    while (r >= limit);
    return (long)(r % span);
}

static _Noreturn void usage(const char *msg)
{
    fprintf(stderr,
            "gen: %s\nusage: gen --n N --seed S --mode MODE\n"
            "  MODE: random | zero | last | sorted | reversed\n",
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
    rng_state = (uint64_t)seed * 0x2545F4914F6CDD1DULL + 0x268ULL;

    long missing;
    bool shuffled = true;
    if (strcmp(mode, "random") == 0) {
        missing = uniform(n);
    } else if (strcmp(mode, "zero") == 0) {
        missing = 0;
    } else if (strcmp(mode, "last") == 0) {
        missing = n;
    } else if (strcmp(mode, "sorted") == 0 || strcmp(mode, "reversed") == 0) {
        missing = uniform(n);
        shuffled = false;
    } else {
        usage("unknown mode");
    }

    int *a = malloc((size_t)n * sizeof *a);
    if (!a)
        return 1;
    long k = 0;
    for (long v = 0; v <= n; v++)
        if (v != missing)
            a[k++] = (int)v;
    if (strcmp(mode, "reversed") == 0)
        for (long i = 0, j = n - 1; i < j; i++, j--) {
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    if (shuffled)
        for (long i = n - 1; i > 0; i--) {
            long j = uniform(i);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
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
