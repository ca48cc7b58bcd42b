/* Test generator for distinct-palindromes.
 *
 * Usage: gen --n N --seed SEED --mode MODE [--alpha K] [--run L] [--runmin M]
 *            [--period P]
 *
 * Writes one line: a string of N lowercase letters. Deterministic for its arguments
 * (own splitmix64 PRNG). Modes:
 *   same        one letter repeated: n distinct palindromes, n(n+1)/2 letters in all
 *   period      a word of P distinct letters (--period, default 2) repeated: "abab..."
 *   blocks      runs of one letter, each of a length drawn from [M, L] (--runmin,
 *               --run; M defaults to L), separated by single letters cycling through
 *               three others: about 4L distinct palindromes, none longer than
 *               about 2L + 1, yet about n * L / 2 palindromic substrings by position
 *   runs        runs of one letter, each of a length drawn from [M, L], separated by
 *               the same two other letters: only L + 2 distinct palindromes, but
 *               about n * L / 2 palindromic substrings by position
 *   random      uniform over the first K letters (--alpha, default 26)
 *   palindrome  a random palindrome over the first K letters
 *   mirror      palindrome-rich: random letters, now and then followed by the mirror
 *               image of a recent stretch (over the first K letters)
 *   fibonacci   the Fibonacci word abaababaabaab... (rich in palindromes)
 *   thue-morse  the Thue-Morse word abbabaabbaababba...
 *   thue-pair   T c T' where T is the Thue-Morse prefix of length 2^k and T' its
 *               complement (n = 2 * 2^k + 1): for even k, T and T' are palindromes of
 *               the same length whose polynomial hashes modulo 2^64 are equal for
 *               every odd base (k >= 12) -- it breaks "unsigned long long" hashing
 *
 * The distinct palindromic substrings must have at most MAX_TOTAL letters in all (the
 * statement's bound, which keeps the output small): the generator computes the total
 * with a palindromic tree and fails if it is over.
 */
#include <errno.h>
#include <inttypes.h>
#include <limits.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_N     1000000
#define MAX_TOTAL 10000000 /* letters in all the distinct palindromes */

static const char ALPHABET[] = "abcdefghijklmnopqrstuvwxyz";
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
            "[--runmin M] [--period P]\n"
            "MODE: same | period | blocks | runs | random | palindrome | mirror | fibonacci | "
            "thue-morse | thue-pair\n",
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

/* The total length of the distinct palindromic substrings of s (a palindromic tree
 * with 26-way transitions, built once). */
static long long distinct_total_length(const char *s, long n)
{
    struct node {
        int len, link, next[26];
    } *t = calloc((size_t)n + 3, sizeof *t);
    t[1].len = -1;
    t[1].link = 1;
    t[2].len = 0;
    t[2].link = 1;
    int count = 2, last = 2;
    long long total = 0;
    for (long i = 0; i < n; i++) {
        int c = s[i] - 'a', v = last;
        while (i - t[v].len - 1 < 0 || s[i - t[v].len - 1] != s[i])
            v = t[v].link;
        if (!t[v].next[c]) {
            int u = ++count, w = t[v].link;
            t[u].len = t[v].len + 2;
            total += t[u].len;
            if (t[u].len == 1) {
                t[u].link = 2;
            } else {
                while (i - t[w].len - 1 < 0 || s[i - t[w].len - 1] != s[i])
                    w = t[w].link;
                t[u].link = t[w].next[c];
            }
            t[v].next[c] = u;
        }
        last = t[v].next[c];
    }
    free(t);
    return total;
}

int main(int argc, char **argv)
{
    long n = -1, run = 0, runmin = -1, period = 2, alpha = ALPHABET_SIZE;
    const char *mode = NULL;
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
        random_letters(letters, 4);
        long i = 0;
        for (int sep = 0; i < n; sep = (sep + 1) % 3) {
            for (long len = uniform(runmin, run); len > 0 && i < n; len--)
                s[i++] = letters[0];
            if (i < n)
                s[i++] = letters[1 + sep];
        }
    } else if (strcmp(mode, "runs") == 0) {
        /* Runs of one letter separated by the same two other letters: "xy" is not a
         * palindrome and neither side of it mirrors the other, so the only palindromes
         * are the runs' letter repeated, x and y. */
        if (run < 1)
            usage("runs needs --run");
        if (runmin < 0)
            runmin = run;
        if (runmin > run)
            usage("--runmin must be at most --run");
        random_letters(letters, 3);
        long i = 0;
        while (i < n) {
            for (long len = uniform(runmin, run); len > 0 && i < n; len--)
                s[i++] = letters[0];
            for (int k = 1; k <= 2 && i < n; k++)
                s[i++] = letters[k];
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
    } else if (strcmp(mode, "thue-pair") == 0) {
        /* T c T' with T the Thue-Morse prefix of length (n - 1) / 2, T' its complement. */
        long half = (n - 1) / 2;
        if (n % 2 == 0 || half < 1 || (half & (half - 1)) != 0)
            usage("thue-pair needs n = 2 * 2^k + 1");
        for (long i = 0; i < half; i++) {
            bool odd = __builtin_popcountl((unsigned long)i) & 1;
            s[i] = odd ? 'b' : 'a';
            s[half + 1 + i] = odd ? 'a' : 'b';
        }
        s[half] = 'c';
    } else {
        usage("unknown --mode");
    }

    long long total = distinct_total_length(s, n);
    if (total > MAX_TOTAL) {
        fprintf(stderr,
                "gen: the distinct palindromes have %lld letters in all, over the %d allowed; "
                "choose another test\n",
                total, MAX_TOTAL);
        return 1;
    }
    s[n] = '\n';
    if (fwrite(s, 1, (size_t)n + 1, stdout) != (size_t)n + 1 || fflush(stdout) != 0) {
        perror("gen: write");
        return 1;
    }
    free(s);
    return 0;
}
