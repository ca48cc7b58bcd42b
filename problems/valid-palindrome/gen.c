/* Test generator for valid-palindrome.
 *
 * Usage: gen --n N --seed SEED --mode MODE [--alnum letters|digits|both]
 *            [--noise PCT] [--at outer|middle|random] [--how letter|digit|fold32]
 *
 * Writes one line of N printable ASCII characters (then a newline, which is not part
 * of s). Deterministic for its arguments (own splitmix64 PRNG). The letters and
 * digits of s form a "core"; the other characters (spaces and punctuation, about PCT
 * percent of s, default 50) are noise scattered between them. Letters get a random
 * case each.
 *   palindrome  the core is a palindrome (ignoring case) over --alnum: true
 *   mismatch    like palindrome, then one mirrored pair of the core made unequal:
 *               --at outer (the first and last), middle (the innermost pair) or
 *               random (default); --how:
 *                 letter  two different letters                       false
 *                 digit   two different digits                        false
 *                 fold32  a digit and the upper-case letter 32 above it
 *                         ('0' and 'P', ..., '9' and 'Y')              false
 *   noise       no letter or digit at all: true
 */
#include <errno.h>
#include <inttypes.h>
#include <limits.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_N 1000000

static const char LETTERS[] = "abcdefghijklmnopqrstuvwxyz";
static const char DIGITS[] = "0123456789";
/* Every printable ASCII character that is neither a letter nor a digit. */
static const char NOISE[] = " !\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";

static uint64_t rng_state;

static uint64_t next_u64(void)
{
    uint64_t z = (rng_state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

/* Uniform in [lo, hi]. */
static long uniform(long lo, long hi)
{
    uint64_t span = (uint64_t)(hi - lo) + 1, r;
    uint64_t limit = UINT64_MAX - UINT64_MAX % span;
    do
        r = next_u64();
    while (r >= limit);
    return lo + (long)(r % span);
}

static char pick(const char *set)
{
    return set[uniform(0, (long)strlen(set) - 1)];
}

static char random_case(char c)
{
    if (c >= 'a' && c <= 'z' && (next_u64() & 1))
        return (char)(c - 'a' + 'A');
    return c;
}

static _Noreturn void usage(const char *msg)
{
    fprintf(stderr,
            "gen: %s\nusage: gen --n N --seed SEED --mode palindrome|mismatch|noise "
            "[--alnum letters|digits|both] [--noise PCT] [--at outer|middle|random] "
            "[--how letter|digit|fold32]\n",
            msg);
    exit(2);
}

static long parse_long(const char *name, const char *v, long lo, long hi)
{
    char *end;
    errno = 0;
    long x = strtol(v, &end, 10);
    if (*v == '\0' || *end != '\0' || errno || x < lo || x > hi) {
        fprintf(stderr, "gen: --%s must be an integer in [%ld, %ld], got '%s'\n", name, lo, hi, v);
        exit(2);
    }
    return x;
}

int main(int argc, char **argv)
{
    long n = -1, noise = 50;
    const char *mode = NULL, *alnum = "both", *at = "random", *how = "letter";
    uint64_t seed = 0;
    bool have_seed = false;
    for (int i = 1; i < argc; i += 2) {
        if (i + 1 >= argc)
            usage("every option takes a value");
        const char *k = argv[i], *v = argv[i + 1];
        if (strcmp(k, "--n") == 0)
            n = parse_long("n", v, 1, MAX_N);
        else if (strcmp(k, "--seed") == 0)
            seed = (uint64_t)parse_long("seed", v, 0, LONG_MAX), have_seed = true;
        else if (strcmp(k, "--mode") == 0)
            mode = v;
        else if (strcmp(k, "--alnum") == 0)
            alnum = v;
        else if (strcmp(k, "--noise") == 0)
            noise = parse_long("noise", v, 0, 100);
        else if (strcmp(k, "--at") == 0)
            at = v;
        else if (strcmp(k, "--how") == 0)
            how = v;
        else
            usage("unknown option");
    }
    if (n < 0 || !have_seed || !mode)
        usage("--n, --seed and --mode are required");
    rng_state = seed * 0x2545F4914F6CDD1DULL + 0x9E3779B97F4A7C15ULL;

    const char *set;
    if (strcmp(alnum, "letters") == 0)
        set = LETTERS;
    else if (strcmp(alnum, "digits") == 0)
        set = DIGITS;
    else if (strcmp(alnum, "both") == 0)
        set = "abcdefghijklmnopqrstuvwxyz0123456789";
    else
        usage("--alnum must be letters, digits or both");

    /* Which positions of s hold the core: each is noise with probability PCT%. */
    char *s = malloc((size_t)n + 2);
    bool is_noise_mode = strcmp(mode, "noise") == 0;
    long m = 0;
    for (long i = 0; i < n; i++) {
        bool core = !is_noise_mode && uniform(1, 100) > noise;
        s[i] = core ? 1 : 0;
        m += core;
    }
    char *core = malloc((size_t)m + 1);
    for (long i = 0; i < (m + 1) / 2; i++)
        core[i] = core[m - 1 - i] = pick(set);

    if (strcmp(mode, "mismatch") == 0) {
        if (m < 2)
            usage("mismatch needs at least two letters or digits: lower --noise");
        long p; /* left index of the pair made unequal */
        if (strcmp(at, "outer") == 0)
            p = 0;
        else if (strcmp(at, "middle") == 0)
            p = m / 2 - 1;
        else if (strcmp(at, "random") == 0)
            p = uniform(0, m / 2 - 1);
        else
            usage("--at must be outer, middle or random");
        long q = m - 1 - p;
        if (strcmp(how, "letter") == 0) {
            core[p] = pick(LETTERS);
            do
                core[q] = pick(LETTERS);
            while (core[q] == core[p]);
        } else if (strcmp(how, "digit") == 0) {
            core[p] = pick(DIGITS);
            do
                core[q] = pick(DIGITS);
            while (core[q] == core[p]);
        } else if (strcmp(how, "fold32") == 0) {
            char d = pick(DIGITS);
            core[p] = d;
            core[q] = (char)(d + 32); /* 'P' .. 'Y' */
            if (next_u64() & 1) {
                core[p] = core[q];
                core[q] = d;
            }
        } else {
            usage("--how must be letter, digit or fold32");
        }
    } else if (strcmp(mode, "palindrome") != 0 && !is_noise_mode) {
        usage("unknown --mode");
    }

    for (long i = 0, k = 0; i < n; i++)
        s[i] = s[i] ? random_case(core[k++]) : pick(NOISE);
    s[n] = '\n';
    if (fwrite(s, 1, (size_t)n + 1, stdout) != (size_t)n + 1 || fflush(stdout) != 0) {
        perror("gen: write");
        return 1;
    }
    free(core);
    free(s);
    return 0;
}
