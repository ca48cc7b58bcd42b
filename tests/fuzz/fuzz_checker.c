/* libFuzzer target for the built-in output checkers and the wrong-answer diff
 * (checker.c). Input: one byte of settings, then EXPECTED '|' ACTUAL (arbitrary bytes:
 * NULs, invalid UTF-8, no final newline). Both orders are checked, so '|' may appear on
 * either side. Each buffer is a heap copy of exactly its length, so reading one byte past
 * it is an ASan report.
 *
 * Properties: no checker reads outside its buffers or the message buffer; a rejection
 * always says why, on one printable line, within msglen; identical outputs are accepted
 * by every checker; exact implies tokens implies float (a token match is a float match);
 * lines-unordered is symmetric; the diff is printable ASCII lines, "outputs are identical"
 * exactly when the bytes are equal, and never more lines than asked for (x2 + caret). */
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "checker.h"

#define require(cond, ...)                                                                         \
    do {                                                                                           \
        if (!(cond)) {                                                                             \
            fprintf(stderr, "fuzz_checker: %s: ", #cond);                                          \
            fprintf(stderr, __VA_ARGS__);                                                          \
            fputc('\n', stderr);                                                                   \
            abort();                                                                               \
        }                                                                                          \
    } while (0)

static const double tolerances[] = {0, 1e-9, 1e-6, 1e-3, 0.5};
static const size_t msglens[] = {0, 1, 2, 5, 16, 64, 200, 4096};

struct settings {
    double absolute, relative;
    size_t msglen;
    int max_lines, max_width;
};

static struct settings decode_settings(uint8_t b)
{
    return (struct settings){
        .absolute = tolerances[b % 5],
        .relative = tolerances[(b / 5) % 5],
        .msglen = msglens[b % 8],
        .max_lines = (int)(b >> 4) - 2,    /* -2 .. 13: below 1 means 1 */
        .max_width = (int)(b & 0x3f) + 4,  /* 4 .. 67: below 12 means 12 */
    };
}

/* Runs one checker with a message buffer of exactly msglen bytes (NULL when 0). */
static bool run(enum checker_kind kind, const struct settings *st, const char *e, size_t elen,
                const char *a, size_t alen)
{
    struct checker_spec spec = {.kind = kind, .absolute = st->absolute, .relative = st->relative};
    char *msg = st->msglen ? malloc(st->msglen) : NULL;
    if (msg)
        memset(msg, '#', st->msglen);
    bool ok = checker_compare(&spec, e, elen, a, alen, msg, st->msglen);
    if (msg) {
        size_t n = strnlen(msg, st->msglen);
        require(n < st->msglen, "%s: message not terminated", checker_kind_name(kind));
        require(ok || n > 0 || st->msglen == 1, "%s: rejected without a reason",
                checker_kind_name(kind));
        for (size_t i = 0; i < n; i++)
            require(msg[i] >= 0x20 && msg[i] < 0x7f, "%s: byte 0x%02x in message '%s'",
                    checker_kind_name(kind), (unsigned char)msg[i], msg);
        if (ok)
            require(n == 0, "%s: accepted with a message '%s'", checker_kind_name(kind), msg);
    }
    free(msg);
    return ok;
}

static void check_diff(const struct settings *st, const char *e, size_t elen, const char *a,
                       size_t alen)
{
    char *d = checker_diff(e, elen, a, alen, st->max_lines, st->max_width);
    require(d != NULL, "checker_diff returned NULL");
    bool equal = elen == alen && (elen == 0 || memcmp(e, a, elen) == 0);
    require(equal == (strcmp(d, "outputs are identical") == 0), "identical=%d but diff:\n%s",
            equal, d);
    size_t lines = 1;
    for (const char *p = d; *p; p++) {
        require((*p >= 0x20 && *p < 0x7f) || *p == '\n', "byte 0x%02x in diff:\n%s",
                (unsigned char)*p, d);
        lines += *p == '\n';
    }
    size_t want = st->max_lines < 1 ? 1 : (size_t)st->max_lines;
    /* Each shown line takes at most three rows (label, expected, got), plus one caret. */
    require(lines <= 3 * want + 1, "%zu rows for %zu lines:\n%s", lines, want, d);
    free(d);
}

static void check_pair(const struct settings *st, const char *e, size_t elen, const char *a,
                       size_t alen)
{
    bool exact = run(CHECKER_EXACT, st, e, elen, a, alen);
    bool tokens = run(CHECKER_TOKENS, st, e, elen, a, alen);
    bool fl = run(CHECKER_FLOAT, st, e, elen, a, alen);
    bool lines = run(CHECKER_LINES_UNORDERED, st, e, elen, a, alen);
    bool lines_back = run(CHECKER_LINES_UNORDERED, st, a, alen, e, elen);
    require(!run(CHECKER_CUSTOM, st, e, elen, a, alen), "custom accepted by the built-ins");
    require(!exact || (tokens && lines), "exact accepts but tokens=%d lines=%d", tokens, lines);
    require(!tokens || fl, "tokens accepts but float rejects");
    require(lines == lines_back, "lines-unordered is not symmetric");
    check_diff(st, e, elen, a, alen);
}

static char *copy(const uint8_t *p, size_t n)
{
    char *c = malloc(n ? n : 1);
    if (n)
        memcpy(c, p, n);
    return c;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    struct settings st = decode_settings(data[0]);
    data++, size--;
    const uint8_t *bar = memchr(data, '|', size);
    size_t elen = bar ? (size_t)(bar - data) : size;
    size_t alen = bar ? size - elen - 1 : 0;
    char *e = copy(data, elen), *a = copy(bar ? bar + 1 : data, alen);

    check_pair(&st, e, elen, a, alen);
    check_pair(&st, a, alen, e, elen);
    /* Every checker accepts an output identical to the expected one. */
    struct settings quiet = st;
    quiet.msglen = 256;
    require(run(CHECKER_EXACT, &quiet, e, elen, e, elen), "exact rejects identical output");
    require(run(CHECKER_TOKENS, &quiet, e, elen, e, elen), "tokens rejects identical output");
    require(run(CHECKER_FLOAT, &quiet, e, elen, e, elen), "float rejects identical output");
    require(run(CHECKER_LINES_UNORDERED, &quiet, e, elen, e, elen),
            "lines-unordered rejects identical output");
    /* Empty buffers may be passed as NULL. */
    run(CHECKER_EXACT, &st, NULL, 0, a, alen);
    run(CHECKER_TOKENS, &st, e, elen, NULL, 0);
    free(checker_diff(NULL, 0, e, elen, st.max_lines, st.max_width));
    free(e);
    free(a);
    return 0;
}
