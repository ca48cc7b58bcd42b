/* Test generator for longest-palindromic-substring.
 *
 * Usage: gen --n N --seed SEED --mode MODE [--alpha K] [--run L] [--runmin M]
 *            [--period P] [--len LEN] [--count C] [--pos start|middle|end|random]
 *
 * Writes one line: a string of N letters and digits. The alphabet is a-z, A-Z, 0-9 in
 * that order; --alpha K uses its first K characters. Deterministic for its arguments
 * (own splitmix64 PRNG). Modes:
 *   same        one character repeated: the whole string is the answer
 *   period      a word of P distinct characters (--period, default 2) repeated:
 *               "abab...", palindromes everywhere, the longest is almost everything
 *   blocks      blocks of a word of P distinct characters repeated (P = 1: runs of
 *               one character, P = 2: "abab..."), each block of a length drawn from
 *               [M, L] (--runmin, --run; M defaults to L), separated by single
 *               characters cycling through three others: palindromes of length up to
 *               about L everywhere, so expanding around every centre costs about
 *               n * L / 4 steps whatever order the centres are visited in
 *   random      uniform over the first K characters (--alpha, default 62)
 *   palindrome  a random palindrome over the first K characters
 *   mirror      palindrome-rich: random characters, now and then followed by the mirror
 *               image of a recent stretch (over the first K characters)
 *   fibonacci   the Fibonacci word abaababaabaab... (rich in palindromes)
 *   thue-morse  the Thue-Morse word abbabaabbaababba...
 *   plant       random characters over the first K (default 62: natural palindromes
 *               are short) with C (--count, default 1) different random palindromes of
 *               length LEN (--len) planted without overlap; with C = 1, --pos says
 *               where (default random)
 */
#include <errno.h>
#include <inttypes.h>
#include <limits.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_N 1000000

static const char ALPHABET[] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
#define ALPHABET_SIZE ((int)sizeof ALPHABET - 1)

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

static _Noreturn void usage(const char *msg)
{
    fprintf(stderr,
            "gen: %s\nusage: gen --n N --seed SEED --mode MODE [--alpha K] [--run L] "
            "[--runmin M] [--period P] [--len LEN] [--count C] [--pos POS]\n"
            "MODE: same | period | blocks | random | palindrome | mirror | fibonacci | "
            "thue-morse | plant\n",
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

/* The first k letters of the alphabet in a random order (a random injective map). */
static void random_letters(char *out, int k)
{
    char pool[ALPHABET_SIZE];
    memcpy(pool, ALPHABET, ALPHABET_SIZE);
    for (int i = 0; i < k; i++) {
        int j = (int)uniform(i, ALPHABET_SIZE - 1);
        char t = pool[i];
        pool[i] = pool[j];
        pool[j] = t;
        out[i] = pool[i];
    }
}

static char random_letter(int k)
{
    return ALPHABET[uniform(0, k - 1)];
}

int main(int argc, char **argv)
{
    long n = -1, run = 0, runmin = -1, period = 2, alpha = ALPHABET_SIZE, len = 0, count = 1;
    const char *mode = NULL, *pos = "random";
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
        else if (strcmp(k, "--alpha") == 0)
            alpha = parse_long("alpha", v, 1, ALPHABET_SIZE);
        else if (strcmp(k, "--run") == 0)
            run = parse_long("run", v, 1, MAX_N);
        else if (strcmp(k, "--runmin") == 0)
            runmin = parse_long("runmin", v, 1, MAX_N);
        else if (strcmp(k, "--period") == 0)
            period = parse_long("period", v, 1, ALPHABET_SIZE);
        else if (strcmp(k, "--len") == 0)
            len = parse_long("len", v, 1, MAX_N);
        else if (strcmp(k, "--count") == 0)
            count = parse_long("count", v, 1, MAX_N);
        else if (strcmp(k, "--pos") == 0)
            pos = v;
        else
            usage("unknown option");
    }
    if (n < 0 || !have_seed || !mode)
        usage("--n, --seed and --mode are required");
    rng_state = seed * 0x2545F4914F6CDD1DULL + 0x9E3779B97F4A7C15ULL;

    char *s = malloc((size_t)n + 2);
    char letters[ALPHABET_SIZE];
    if (strcmp(mode, "same") == 0) {
        memset(s, random_letter(ALPHABET_SIZE), (size_t)n);
    } else if (strcmp(mode, "period") == 0) {
        random_letters(letters, (int)period);
        for (long i = 0; i < n; i++)
            s[i] = letters[i % period];
    } else if (strcmp(mode, "blocks") == 0) {
        if (run < 1)
            usage("blocks needs --run");
        if (runmin < 0)
            runmin = run;
        if (runmin > run)
            usage("--runmin must be at most --run");
        if (period + 3 > ALPHABET_SIZE)
            usage("--period too large for blocks");
        random_letters(letters, (int)period + 3);
        long i = 0;
        for (int sep = 0; i < n; sep = (sep + 1) % 3) {
            for (long k = 0, bl = uniform(runmin, run); k < bl && i < n; k++)
                s[i++] = letters[k % period];
            if (i < n)
                s[i++] = letters[period + sep];
        }
    } else if (strcmp(mode, "random") == 0) {
        for (long i = 0; i < n; i++)
            s[i] = random_letter((int)alpha);
    } else if (strcmp(mode, "palindrome") == 0) {
        for (long i = 0; i < (n + 1) / 2; i++)
            s[i] = s[n - 1 - i] = random_letter((int)alpha);
    } else if (strcmp(mode, "mirror") == 0) {
        long i = 0;
        while (i < n) {
            if (i < 2 || uniform(0, 3) != 0) {
                s[i++] = random_letter((int)alpha);
            } else {
                /* Mirror the last m letters (odd or even centre). */
                long m = uniform(1, i < 64 ? i : 64), from = i - 1 - uniform(0, 1);
                for (long k = 0; k < m && i < n && from - k >= 0; k++)
                    s[i++] = s[from - k];
            }
        }
    } else if (strcmp(mode, "fibonacci") == 0) {
        /* s_1 = "a", s_2 = "ab", s_k = s_{k-1} s_{k-2}: the prefix of the limit. */
        long len = 2;
        s[0] = 'a';
        s[1] = 'b';
        long prev = 1;
        while (len < n) {
            long add = prev < n - len ? prev : n - len;
            memcpy(s + len, s, (size_t)add);
            prev = len;
            len += add;
        }
    } else if (strcmp(mode, "thue-morse") == 0) {
        for (long i = 0; i < n; i++)
            s[i] = (__builtin_popcountl((unsigned long)i) & 1) ? 'b' : 'a';
    } else if (strcmp(mode, "plant") == 0) {
        if (len < 1 || len * count > n)
            usage("plant needs --len with --len * --count <= --n");
        for (long i = 0; i < n; i++)
            s[i] = random_letter((int)alpha);
        /* The C palindromes go into C of the gaps around the n - LEN * C random
         * characters, in random gaps (one per gap, so they neither overlap nor touch). */
        long rest = n - len * count;
        long *at = malloc((size_t)count * sizeof *at);
        if (count == 1 && strcmp(pos, "random") != 0) {
            if (strcmp(pos, "start") == 0)
                at[0] = 0;
            else if (strcmp(pos, "middle") == 0)
                at[0] = rest / 2;
            else if (strcmp(pos, "end") == 0)
                at[0] = rest;
            else
                usage("--pos must be start, middle, end or random");
        } else {
            if (count > rest + 1)
                usage("not enough random characters to separate the planted palindromes");
            /* Choose count distinct gaps out of rest + 1 (Floyd's sampling, sorted). */
            long k = 0;
            for (long j = rest + 1 - count; j <= rest; j++) {
                long t = uniform(0, j);
                bool dup = false;
                for (long q = 0; q < k && !dup; q++)
                    dup = at[q] == t;
                at[k++] = dup ? j : t;
            }
            for (long a = 1; a < count; a++)
                for (long b = a; b > 0 && at[b - 1] > at[b]; b--) {
                    long t = at[b];
                    at[b] = at[b - 1];
                    at[b - 1] = t;
                }
        }
        /* Rebuild: random characters with the palindromes inserted at their gaps. */
        char *r = malloc((size_t)n + 2);
        long i = 0, src = 0;
        for (long c = 0; c < count; c++) {
            while (src < at[c])
                r[i++] = s[src++];
            for (long q = 0; q < (len + 1) / 2; q++)
                r[i + q] = r[i + len - 1 - q] = random_letter((int)alpha);
            i += len;
        }
        while (src < rest)
            r[i++] = s[src++];
        free(s);
        free(at);
        s = r;
    } else {
        usage("unknown --mode");
    }

    s[n] = '\n';
    if (fwrite(s, 1, (size_t)n + 1, stdout) != (size_t)n + 1 || fflush(stdout) != 0) {
        perror("gen: write");
        return 1;
    }
    free(s);
    return 0;
}
