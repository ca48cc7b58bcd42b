/* Test generator for multi-pattern-search.
 *
 * Usage: gen --text N --count P --min-len A --max-len B --alpha K --seed S --mode MODE
 *
 * Writes the text (N letters from the first K of 'a'..'z') on one line, then P, then
 * the P patterns one per line, each of A..B letters from the same alphabet.
 * Deterministic for its arguments (own splitmix64 PRNG).
 *
 * Modes (the answer in brackets):
 *   none     no pattern occurs in the text: every candidate is checked against a hash
 *            set of all the text's substrings of that length and redrawn if it might
 *            occur [false]
 *   last     like none, except the last pattern, which is the text's last B letters
 *            (a suffix, so a per-pattern scan only finds it at the very end) [true]
 *   random   each pattern is a substring of the text with probability 1/P, else a
 *            random string (which may occur too) [either]
 *   trap     like none, plus one planted pattern X that occurs exactly once in the
 *            text, near its end, and two absent decoys sharing X's occurrence: X
 *            followed by a letter other than the one after X in the text (so X is a
 *            proper prefix of another pattern), and the few letters before X's
 *            occurrence, X, then a wrong letter (so X only ever shows up as a proper
 *            suffix of a longer partial match). Needs K >= 2. [true]
 *   unused   the text uses the first K letters, the patterns only the other 26 - K
 *            (duplicates galore when they are short); needs K <= 25 [false]
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

/* Uniform in [0, n). */
static long below(long n)
{
    uint64_t span = (uint64_t)n, r;
    uint64_t limit = UINT64_MAX - UINT64_MAX % span;
    do
        r = next_u64();
    while (r >= limit);
    return (long)(r % span);
}

static _Noreturn void die(const char *msg)
{
    fprintf(stderr, "gen: %s\n", msg);
    exit(2);
}

static _Noreturn void usage(const char *msg)
{
    fprintf(stderr,
            "gen: %s\nusage: gen --text N --count P --min-len A --max-len B --alpha K "
            "--seed S --mode MODE\n  MODE: none | last | random | trap | unused\n",
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

/* ---- hashes of the text's substrings (one set for every length in [A, B]) ---- */

static uint64_t hash_base;

static uint64_t hash_of(const char *s, long len)
{
    uint64_t h = (uint64_t)len;
    for (long i = 0; i < len; i++)
        h = h * hash_base + (unsigned char)s[i];
    return h | 1; /* 0 marks an empty slot */
}

static uint64_t *table;
static size_t table_mask;

static void table_add(uint64_t h)
{
    size_t i = (size_t)(h ^ (h >> 29)) & table_mask;
    while (table[i] && table[i] != h)
        i = (i + 1) & table_mask;
    table[i] = h;
}

static bool table_has(uint64_t h)
{
    size_t i = (size_t)(h ^ (h >> 29)) & table_mask;
    while (table[i]) {
        if (table[i] == h)
            return true;
        i = (i + 1) & table_mask;
    }
    return false;
}

/* Every substring of text with a length in [a, b], hashed the way hash_of does. */
static void index_text(const char *text, long n, long a, long b)
{
    size_t want = 2 * (size_t)(n + 1) * (size_t)(b - a + 1), size = 1024;
    while (size < want)
        size *= 2;
    table = calloc(size, sizeof *table);
    if (!table)
        die("out of memory");
    table_mask = size - 1;
    for (long len = a; len <= b && len <= n; len++) {
        /* hash_of(s, len) = len * base^len + sum of s[i] * base^(len-1-i): roll the
         * sum over the text and add the length term. */
        uint64_t top = 1, pw = 1, r = 0;
        for (long i = 0; i < len; i++)
            top *= hash_base;
        for (long i = 1; i < len; i++)
            pw *= hash_base;
        for (long i = 0; i < n; i++) {
            if (i >= len)
                r -= (uint64_t)(unsigned char)text[i - len] * pw;
            r = r * hash_base + (unsigned char)text[i];
            if (i + 1 >= len)
                table_add((r + (uint64_t)len * top) | 1);
        }
    }
}

static bool maybe_in_text(const char *s, long len)
{
    return table_has(hash_of(s, len));
}

/* How many times pat[0..len) occurs in text, counting at most limit + 1 (naive). */
static long count_occurrences(const char *text, long n, const char *pat, long len, long limit)
{
    long count = 0;
    for (long i = 0; i + len <= n && count <= limit; i++)
        if (memcmp(text + i, pat, (size_t)len) == 0)
            count++;
    return count;
}

int main(int argc, char **argv)
{
    long n = -1, count = -1, a = -1, b = -1, k = -1, seed = -1;
    const char *mode = NULL;
    for (int i = 1; i < argc; i += 2) {
        if (i + 1 >= argc)
            usage("missing value");
        if (strcmp(argv[i], "--text") == 0)
            n = parse_long(argv[i + 1], 1, 1000000, "--text must be in [1, 10^6]");
        else if (strcmp(argv[i], "--count") == 0)
            count = parse_long(argv[i + 1], 1, 1000000, "--count must be in [1, 10^6]");
        else if (strcmp(argv[i], "--min-len") == 0)
            a = parse_long(argv[i + 1], 1, 100, "--min-len must be in [1, 100]");
        else if (strcmp(argv[i], "--max-len") == 0)
            b = parse_long(argv[i + 1], 1, 100, "--max-len must be in [1, 100]");
        else if (strcmp(argv[i], "--alpha") == 0)
            k = parse_long(argv[i + 1], 1, 26, "--alpha must be in [1, 26]");
        else if (strcmp(argv[i], "--seed") == 0)
            seed = parse_long(argv[i + 1], 0, 1L << 62, "--seed must be >= 0");
        else if (strcmp(argv[i], "--mode") == 0)
            mode = argv[i + 1];
        else
            usage("unknown option");
    }
    if (n < 0 || count < 0 || a < 0 || b < 0 || k < 0 || seed < 0 || !mode)
        usage("every option is required");
    if (a > b)
        usage("--min-len must be <= --max-len");
    bool none = strcmp(mode, "none") == 0, last = strcmp(mode, "last") == 0;
    bool random = strcmp(mode, "random") == 0, trap = strcmp(mode, "trap") == 0;
    bool unused = strcmp(mode, "unused") == 0;
    if (!none && !last && !random && !trap && !unused)
        usage("unknown mode");
    if (count * b > 1000000)
        usage("count * max-len must be <= 10^6 (the total pattern length bound)");
    if (trap && (k < 2 || count < 3 || n < 4 * b))
        usage("trap needs --alpha >= 2, --count >= 3 and --text >= 4 * max-len");
    if (last && b > n)
        usage("last needs --max-len <= --text");
    rng_state = (uint64_t)seed * 0x2545F4914F6CDD1DULL + 0xAC0ULL;
    hash_base = next_u64() | 1;

    char *text = malloc((size_t)n + 1);
    if (!text)
        die("out of memory");
    for (long i = 0; i < n; i++)
        text[i] = (char)('a' + below(k));
    text[n] = '\0';
    if (unused && k > 25)
        usage("unused needs --alpha <= 25");
    if (!random && !unused)
        index_text(text, n, a, b);

    char **pats = calloc((size_t)count, sizeof *pats);
    if (!pats)
        die("out of memory");
    long planted = 0; /* patterns placed by the mode itself, at the end of pats */
    if (last) {
        pats[count - 1] = strndup(text + n - b, (size_t)b);
        planted = 1;
    } else if (trap) {
        /* X occurs once, in the last quarter of the text; pre is 1..4 letters before
         * it. Decoy 1: X + wrong letter. Decoy 2: pre + X + wrong letter. */
        for (long tries = 0;; tries++) {
            if (tries > 1000)
                die("trap: cannot place a unique pattern; use a longer --max-len");
            long len = a + below(b - a + 1);
            long pre = 1 + below(4);
            long j = n - n / 4 + below(n / 4 - len - 1);
            if (j - pre < 0 || j + len >= n)
                continue;
            if (count_occurrences(text, n, text + j, len, 1) != 1)
                continue;
            char wrong = text[j + len];
            while (wrong == text[j + len])
                wrong = (char)('a' + below(k));
            char *d1 = malloc((size_t)len + 2), *d2 = malloc((size_t)(pre + len) + 2);
            memcpy(d1, text + j, (size_t)len);
            d1[len] = wrong;
            d1[len + 1] = '\0';
            memcpy(d2, text + j - pre, (size_t)(pre + len));
            d2[pre + len] = wrong;
            d2[pre + len + 1] = '\0';
            if (count_occurrences(text, n, d1, len + 1, 0) ||
                count_occurrences(text, n, d2, pre + len + 1, 0)) {
                free(d1);
                free(d2);
                continue;
            }
            pats[count - 3] = strndup(text + j, (size_t)len);
            pats[count - 2] = d1;
            pats[count - 1] = d2;
            planted = 3;
            break;
        }
    }
    char buf[128];
    for (long p = 0; p < count - planted; p++) {
        long len = a + below(b - a + 1);
        if (random && below(count) == 0 && len <= n) {
            long at = below(n - len + 1);
            pats[p] = strndup(text + at, (size_t)len);
            continue;
        }
        for (long tries = 0;; tries++) {
            if (tries > 10000)
                die("cannot draw a pattern absent from the text; use longer patterns");
            for (long i = 0; i < len; i++)
                buf[i] = (char)(unused ? 'a' + k + below(26 - k) : 'a' + below(k));
            if (random || unused || !maybe_in_text(buf, len))
                break;
        }
        pats[p] = strndup(buf, (size_t)len);
    }
    if (trap) {
        /* Shuffle the three planted patterns into the last tenth of the list. */
        long span = count / 10 > 3 ? count / 10 : 3;
        for (long q = count - 3; q < count; q++) {
            long r = count - span + below(span);
            char *t = pats[q];
            pats[q] = pats[r];
            pats[r] = t;
        }
    }

    static char out[1 << 16];
    setvbuf(stdout, out, _IOFBF, sizeof out);
    fputs(text, stdout);
    printf("\n%ld\n", count);
    for (long p = 0; p < count; p++) {
        fputs(pats[p], stdout);
        putchar('\n');
        free(pats[p]);
    }
    free(pats);
    free(text);
    free(table);
    if (fflush(stdout) != 0 || ferror(stdout)) {
        perror("gen: write");
        return 1;
    }
    return 0;
}
