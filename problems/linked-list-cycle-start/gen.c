/* Test generator for linked-list-cycle-start (the same as linked-list-cycle's).
 *
 * Usage: gen --n N --seed S --pos POS [--range R]
 *
 * Writes the LeetCode-style input: "N\n", the N node values on one line, then "POS\n"
 * (the index the tail links to, -1 for no cycle). Deterministic for its arguments (own
 * splitmix64 PRNG).
 *
 *   --n N       number of nodes, 0 <= N <= 10^7
 *   --seed S    PRNG seed (non-negative integer)
 *   --pos POS   an index in [-1, N-1], or one of
 *                 none      -1 (no cycle)
 *                 head      0 (the whole list is one loop)
 *                 tail      N-1 (the tail points to itself)
 *                 tail-K    N-1-K (a short loop that starts late), K <= N-1
 *                 mid       N/2
 *                 random    uniform in [0, N-1]
 *               head/tail/mid/random need N >= 1.
 *   --range R   values are uniform in [-R, R] (default 100000, LeetCode's bound); with a
 *               small R the values repeat a lot, so only node identity tells nodes apart.
 */
#include <errno.h>
#include <inttypes.h>
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

static void usage(const char *msg)
{
    fprintf(stderr,
            "gen: %s\nusage: gen --n N --seed S --pos POS [--range R]\n"
            "  POS: an index in [-1, N-1] | none | head | tail | tail-K | mid | random\n",
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
    long long n = -1, seed = -1, range = 100000;
    const char *pos_arg = NULL;
    for (int i = 1; i < argc; i += 2) {
        if (i + 1 >= argc)
            usage("every option takes a value");
        if (strcmp(argv[i], "--n") == 0)
            n = parse_ll(argv[i + 1], "--n");
        else if (strcmp(argv[i], "--seed") == 0)
            seed = parse_ll(argv[i + 1], "--seed");
        else if (strcmp(argv[i], "--pos") == 0)
            pos_arg = argv[i + 1];
        else if (strcmp(argv[i], "--range") == 0)
            range = parse_ll(argv[i + 1], "--range");
        else
            usage("unknown option");
    }
    if (n < 0 || n > 10000000)
        usage("--n must be in [0, 10^7]");
    if (seed < 0)
        usage("--seed is required and must be non-negative");
    if (!pos_arg)
        usage("--pos is required");
    if (range < 0 || range > 1000000000)
        usage("--range must be in [0, 10^9]");
    rng_state = (uint64_t)seed * 0x2545F4914F6CDD1DULL + 0x9E3779B9ULL;

    long long pos;
    if (strcmp(pos_arg, "none") == 0) {
        pos = -1;
    } else if (strcmp(pos_arg, "head") == 0 || strcmp(pos_arg, "tail") == 0 ||
               strncmp(pos_arg, "tail-", 5) == 0 || strcmp(pos_arg, "mid") == 0 ||
               strcmp(pos_arg, "random") == 0) {
        if (n < 1)
            usage("this --pos needs N >= 1");
        if (strcmp(pos_arg, "head") == 0)
            pos = 0;
        else if (strcmp(pos_arg, "tail") == 0)
            pos = n - 1;
        else if (strcmp(pos_arg, "mid") == 0)
            pos = n / 2;
        else if (strcmp(pos_arg, "random") == 0)
            pos = uniform(0, n - 1);
        else {
            long long k = parse_ll(pos_arg + 5, "--pos tail-K");
            if (k < 0 || k > n - 1)
                usage("tail-K needs 0 <= K <= N-1");
            pos = n - 1 - k;
        }
    } else {
        pos = parse_ll(pos_arg, "--pos");
        if (pos < -1 || pos >= n)
            usage("--pos must be in [-1, N-1]");
    }

    static char buf[1 << 16];
    setvbuf(stdout, buf, _IOFBF, sizeof buf);
    printf("%lld\n", n);
    for (long long i = 0; i < n; i++)
        printf(i ? " %lld" : "%lld", uniform(-range, range));
    printf("\n%lld\n", pos);
    if (fflush(stdout) != 0 || ferror(stdout)) {
        perror("gen: write");
        return 1;
    }
    return 0;
}
