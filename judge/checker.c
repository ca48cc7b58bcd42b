/* Built-in checkers and the wrong-answer diff. Outputs can be hundreds of megabytes, so
 * everything works by scanning the caller's buffers in place; the only allocations are
 * the line-reference arrays that lines-unordered must sort, and the diff text itself. */
#include "checker.h"

#include <float.h>
#include <math.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Visible characters of a token or line quoted in a checker message. */
#define SNIPPET_WIDTH 40
/* Longest token tried as a number. Real numbers are far shorter; the cap lets the copy
 * that strtod needs live on the stack, whatever the contestant printed. */
#define NUMBER_MAX 511
/* Both diff labels are padded to this width so expected and got line up. */
#define LABEL_EXPECTED "  expected: "
#define LABEL_GOT      "  got:      "
#define LABEL_WIDTH    12
#define MIN_DIFF_WIDTH 12

static const char *const kind_names[] = {
    [CHECKER_EXACT] = "exact",
    [CHECKER_TOKENS] = "tokens",
    [CHECKER_LINES_UNORDERED] = "lines-unordered",
    [CHECKER_FLOAT] = "float",
    [CHECKER_CUSTOM] = "custom",
    [CHECKER_VALIDATOR] = "validator",
};

#define KIND_COUNT (sizeof(kind_names) / sizeof(kind_names[0]))

const char *checker_kind_name(enum checker_kind kind)
{
    if ((unsigned)kind >= KIND_COUNT)
        return "unknown";
    return kind_names[kind];
}

int checker_kind_from_name(const char *name, enum checker_kind *out)
{
    if (!name)
        return -1;
    for (size_t i = 0; i < KIND_COUNT; i++) {
        if (strcmp(name, kind_names[i]) == 0) {
            *out = (enum checker_kind)i;
            return 0;
        }
    }
    return -1;
}

/* Text output that either fills a caller's fixed buffer, truncating like snprintf, or
 * grows on the heap and remembers an allocation failure, so message and diff code can
 * share the same rendering helpers. */
struct sink {
    char *data;
    size_t len, cap;
    bool growable, failed;
};

static struct sink sink_fixed(char *buf, size_t len)
{
    struct sink s = {buf, 0, buf ? len : 0, false, false};

    if (s.cap > 0)
        buf[0] = '\0';
    return s;
}

static bool sink_grow(struct sink *s, size_t need)
{
    size_t cap = s->cap ? s->cap : 256;
    char *p;

    while (cap < need) {
        if (cap > SIZE_MAX / 2)
            return false;
        cap *= 2;
    }
    p = realloc(s->data, cap);
    if (!p)
        return false;
    s->data = p;
    s->cap = cap;
    return true;
}

static void sink_put(struct sink *s, const char *p, size_t n)
{
    if (s->failed || (!s->growable && s->cap == 0))
        return;
    if (s->len + n + 1 > s->cap) {
        if (!s->growable)
            n = s->cap - 1 - s->len;
        else if (!sink_grow(s, s->len + n + 1)) {
            s->failed = true;
            return;
        }
    }
    memcpy(s->data + s->len, p, n);
    s->len += n;
    s->data[s->len] = '\0';
}

static void sink_puts(struct sink *s, const char *str)
{
    sink_put(s, str, strlen(str));
}

static void sink_printf(struct sink *s, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* Only for short formats: numbers and fixed words, never caller data. */
static void sink_printf(struct sink *s, const char *fmt, ...)
{
    char buf[256];
    va_list ap;
    int n;

    va_start(ap, fmt);
    n = vsnprintf(buf, sizeof(buf), fmt, ap);
    va_end(ap);
    if (n < 0)
        return;
    sink_put(s, buf, (size_t)n < sizeof(buf) ? (size_t)n : sizeof(buf) - 1);
}

static void sink_spaces(struct sink *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        sink_put(s, " ", 1);
}

void checker_describe(const struct checker_spec *spec, char *buf, size_t len)
{
    struct sink s = sink_fixed(buf, len);
    const char *base =
        spec->source && strrchr(spec->source, '/') ? strrchr(spec->source, '/') + 1 : spec->source;

    sink_puts(&s, checker_kind_name(spec->kind));
    if (spec->kind == CHECKER_FLOAT)
        sink_printf(&s, " (absolute %g, relative %g)", spec->absolute, spec->relative);
    if ((spec->kind == CHECKER_TOKENS || spec->kind == CHECKER_FLOAT) && spec->case_insensitive)
        sink_puts(&s, ", case-insensitive");
    if ((spec->kind == CHECKER_TOKENS || spec->kind == CHECKER_FLOAT) && spec->space_sensitive)
        sink_puts(&s, ", whitespace-sensitive");
    if ((spec->kind == CHECKER_CUSTOM || spec->kind == CHECKER_VALIDATOR) && base) {
        sink_puts(&s, " ");
        sink_puts(&s, base);
    }
    if (spec->kind != CHECKER_VALIDATOR || !spec->args || !spec->args[0])
        return;
    sink_puts(&s, " (flags:");
    for (char **a = spec->args; *a; a++) {
        sink_puts(&s, " ");
        sink_puts(&s, *a);
    }
    sink_puts(&s, ")");
}

/* Only printable ASCII is shown as itself: escaping everything else (UTF-8 included)
 * gives every byte a known width, which is what keeps the diff's caret aligned. */
static bool is_plain(char c)
{
    return c >= 0x20 && c < 0x7f;
}

static size_t glyph_width(char c)
{
    return is_plain(c) ? 1 : 4;
}

static void put_glyph(struct sink *s, char c)
{
    char esc[5];

    if (is_plain(c)) {
        sink_put(s, &c, 1);
        return;
    }
    snprintf(esc, sizeof(esc), "\\x%02x", (unsigned char)c);
    sink_put(s, esc, 4);
}

static size_t width_of(const char *p, size_t n)
{
    size_t used = 0;

    for (size_t i = 0; i < n; i++)
        used += glyph_width(p[i]);
    return used;
}

/* Stops as soon as the answer is known, so a 100 MB line costs nothing. */
static bool wider_than(const char *p, size_t n, size_t limit)
{
    size_t used = 0;

    for (size_t i = 0; i < n && used <= limit; i++)
        used += glyph_width(p[i]);
    return used > limit;
}

/* Writes p[start..len) escaped, at most width visible characters of it, with "..." on
 * each side where something was left out. */
static void render(struct sink *s, const char *p, size_t len, size_t start, size_t width)
{
    size_t used = 0, i;

    if (start > 0)
        sink_put(s, "...", 3);
    for (i = start; i < len && used + glyph_width(p[i]) <= width; i++) {
        used += glyph_width(p[i]);
        put_glyph(s, p[i]);
    }
    if (i < len)
        sink_put(s, "...", 3);
}

/* First byte to show of a line too wide for `width` so that byte pos stays visible: the
 * line's own start while pos falls in the first two thirds, otherwise a third of the
 * width of context before pos. */
static size_t window_start(const char *p, size_t pos, size_t width)
{
    size_t start = pos, used = 0;

    if (!wider_than(p, pos, width - width / 3))
        return 0;
    while (start > 0 && used + glyph_width(p[start - 1]) <= width / 3) {
        start--;
        used += glyph_width(p[start]);
    }
    return start;
}

static void put_quoted(struct sink *s, const char *p, size_t len, size_t start)
{
    sink_put(s, "'", 1);
    render(s, p, len, start, SNIPPET_WIDTH);
    sink_put(s, "'", 1);
}

static size_t common_prefix(const char *a, const char *b, size_t n)
{
    enum { BLOCK = 4096 };
    size_t i = 0;

    /* memcmp over blocks is far faster than a byte loop on large equal outputs. */
    while (n - i >= BLOCK && memcmp(a + i, b + i, BLOCK) == 0)
        i += BLOCK;
    while (i < n && a[i] == b[i])
        i++;
    return i;
}

static size_t count_newlines(const char *p, size_t n)
{
    const char *end = p + n;
    size_t count = 0;

    while (p < end && (p = memchr(p, '\n', (size_t)(end - p))) != NULL) {
        count++;
        p++;
    }
    return count;
}

/* Offset of the start of the line holding byte pos. */
static size_t line_start(const char *p, size_t pos)
{
    const char *nl = pos ? memrchr(p, '\n', pos) : NULL;

    return nl ? (size_t)(nl - p) + 1 : 0;
}

static size_t line_end(const char *p, size_t from, size_t len)
{
    const char *nl = memchr(p + from, '\n', len - from);

    return nl ? (size_t)(nl - p) : len;
}

static void put_position(struct sink *m, const char *buf, size_t pos)
{
    size_t ls = line_start(buf, pos);

    sink_printf(m, " at line %zu", 1 + count_newlines(buf, ls));
    if (pos > ls)
        sink_printf(m, ", column %zu", pos - ls + 1);
}

/* The actual output stopped at byte d, a proper prefix of the expected one. */
static void report_exact_short(const char *e, size_t elen, size_t d, struct sink *m)
{
    if (elen - d == 1 && e[d] == '\n') {
        sink_puts(m, "output lacks the final newline");
        return;
    }
    sink_puts(m, "output ends early");
    put_position(m, e, d);
    sink_puts(m, ": expected ");
    put_quoted(m, e + d, elen - d, 0);
}

static void report_exact_extra(const char *a, size_t alen, size_t d, struct sink *m)
{
    if (alen - d == 1 && a[d] == '\n') {
        sink_puts(m, "output has an extra newline at the end");
        return;
    }
    sink_puts(m, "extra output");
    put_position(m, a, d);
    sink_puts(m, ": ");
    put_quoted(m, a + d, alen - d, 0);
}

static void report_exact_mismatch(const char *e, size_t elen, const char *a, size_t alen, size_t d,
                                  struct sink *m)
{
    size_t ls = line_start(e, d), pos = d - ls;
    size_t elen_line = line_end(e, ls, elen) - ls, alen_line = line_end(a, ls, alen) - ls;
    size_t start = 0;

    if (wider_than(e + ls, elen_line, SNIPPET_WIDTH) ||
        wider_than(a + ls, alen_line, SNIPPET_WIDTH))
        start = window_start(e + ls, pos, SNIPPET_WIDTH);
    sink_printf(m, "line %zu, column %zu: expected ", 1 + count_newlines(e, ls), pos + 1);
    put_quoted(m, e + ls, elen_line, start);
    sink_puts(m, ", got ");
    put_quoted(m, a + ls, alen_line, start);
}

static bool compare_exact(const char *e, size_t elen, const char *a, size_t alen, struct sink *m)
{
    size_t d = common_prefix(e, a, elen < alen ? elen : alen);

    if (d == elen && d == alen)
        return true;
    if (d == alen)
        report_exact_short(e, elen, d, m);
    else if (d == elen)
        report_exact_extra(a, alen, d, m);
    else
        report_exact_mismatch(e, elen, a, alen, d, m);
    return false;
}

static bool is_space(char c)
{
    switch (c) {
    case ' ':
    case '\t':
    case '\n':
    case '\r':
    case '\v':
    case '\f':
        return true;
    default:
        return false;
    }
}

/* A position in a whitespace-separated token stream. */
struct tokens {
    const char *p, *end;
    size_t line;     /* 1-based line of the last token returned */
    size_t in_line;  /* its 1-based index within that line */
    size_t count;    /* tokens returned so far */
    const char *gap; /* the whitespace skipped before it (or, at the end, after the last) */
    size_t gap_len;
};

static struct tokens tokens_init(const char *buf, size_t len)
{
    return (struct tokens){buf, buf + len, 1, 0, 0, buf, 0};
}

static bool tokens_next(struct tokens *t, const char **tok, size_t *len)
{
    const char *start;

    t->gap = t->p;
    for (; t->p < t->end && is_space(*t->p); t->p++) {
        if (*t->p == '\n') {
            t->line++;
            t->in_line = 0;
        }
    }
    t->gap_len = (size_t)(t->p - t->gap);
    if (t->p == t->end)
        return false;
    start = t->p;
    while (t->p < t->end && !is_space(*t->p))
        t->p++;
    *tok = start;
    *len = (size_t)(t->p - start);
    t->in_line++;
    t->count++;
    return true;
}

/* Parses a whole token as a finite number; strtod needs a terminated copy. */
static bool parse_number(const char *tok, size_t len, double *out)
{
    char buf[NUMBER_MAX + 1];
    char *end;

    if (len > NUMBER_MAX)
        return false;
    memcpy(buf, tok, len);
    buf[len] = '\0';
    *out = strtod(buf, &end);
    return end == buf + len && isfinite(*out);
}

static double tolerance_for(const struct checker_spec *spec, double expected)
{
    return fmax(spec->absolute, spec->relative * fabs(expected));
}

static bool within_tolerance(const struct checker_spec *spec, double expected, double actual)
{
    double diff = fabs(expected - actual);
    /* Decimal text such as 1.000001 is not exact in binary, so a value printed right at
     * the tolerance can land a few ulps beyond it; those ulps must not cause a WA. */
    double slack = 4 * DBL_EPSILON * fmax(fabs(expected), fabs(actual));

    return diff <= spec->absolute + slack || diff <= spec->relative * fabs(expected) + slack;
}

static void report_token(const struct tokens *at, const char *et, size_t el, const char *tok,
                         size_t al, struct sink *m)
{
    sink_printf(m, "line %zu, token %zu: expected ", at->line, at->in_line);
    put_quoted(m, et, el, 0);
    sink_puts(m, ", got ");
    put_quoted(m, tok, al, 0);
}

static void report_number(const struct checker_spec *spec, const struct tokens *at, const char *et,
                          size_t el, const char *tok, size_t al, double x, double y, struct sink *m)
{
    sink_printf(m, "line %zu, token %zu: expected ", at->line, at->in_line);
    render(m, et, el, 0, SNIPPET_WIDTH);
    sink_puts(m, ", got ");
    render(m, tok, al, 0, SNIPPET_WIDTH);
    sink_printf(m, " (difference %.3g > tolerance %.3g)", fabs(x - y), tolerance_for(spec, x));
}

static unsigned char fold_case(char c)
{
    unsigned char u = (unsigned char)c;
    return u >= 'A' && u <= 'Z' ? (unsigned char)(u | 0x20) : u;
}

/* ASCII only: a locale's idea of case must not change a verdict. */
static bool same_text(const char *x, const char *y, size_t n, bool ignore_case)
{
    if (!ignore_case)
        return memcmp(x, y, n) == 0;
    for (size_t i = 0; i < n; i++)
        if (fold_case(x[i]) != fold_case(y[i]))
            return false;
    return true;
}

static bool token_matches(const struct checker_spec *spec, const char *et, size_t el,
                          const struct tokens *at, const char *tok, size_t al, struct sink *m)
{
    double x, y;

    if (el == al && same_text(et, tok, el, spec->case_insensitive))
        return true;
    if (spec->kind == CHECKER_FLOAT && parse_number(et, el, &x) && parse_number(tok, al, &y)) {
        if (within_tolerance(spec, x, y))
            return true;
        report_number(spec, at, et, el, tok, al, x, y, m);
        return false;
    }
    report_token(at, et, el, tok, al, m);
    return false;
}

static const char *plural(size_t n)
{
    return n == 1 ? "" : "s";
}

static void report_early(struct tokens *et, size_t got, struct sink *m)
{
    const char *tok;
    size_t len;

    while (tokens_next(et, &tok, &len))
        ;
    sink_printf(m, "output ends early: expected %zu token%s, got %zu", et->count, plural(et->count),
                got);
}

static void report_extra(size_t expected, const char *tok, size_t len, struct sink *m)
{
    if (expected == 0)
        sink_puts(m, "unexpected output (expected none): ");
    else
        sink_printf(m, "extra output after token %zu: ", expected);
    put_quoted(m, tok, len, 0);
}

/* space_change_sensitive: the whitespace before the current tokens (or after the last
 * ones) must be the same bytes. Only asked while both outputs are at the same point. */
static bool same_space(const struct tokens *te, const struct tokens *ta, bool more, struct sink *m)
{
    if (te->gap_len == ta->gap_len && memcmp(te->gap, ta->gap, te->gap_len) == 0)
        return true;
    if (more)
        sink_printf(m, "line %zu, token %zu: the whitespace before it differs: expected ", ta->line,
                    ta->in_line);
    else
        sink_puts(m, "the whitespace at the end differs: expected ");
    put_quoted(m, te->gap, te->gap_len, 0);
    sink_puts(m, ", got ");
    put_quoted(m, ta->gap, ta->gap_len, 0);
    return false;
}

static bool compare_tokens(const struct checker_spec *spec, const char *e, size_t elen,
                           const char *a, size_t alen, struct sink *m)
{
    struct tokens te = tokens_init(e, elen), ta = tokens_init(a, alen);
    const char *et = NULL, *at = NULL;
    size_t el = 0, al = 0;

    for (;;) {
        bool have_e = tokens_next(&te, &et, &el), have_a = tokens_next(&ta, &at, &al);

        if (spec->space_sensitive && have_e == have_a && !same_space(&te, &ta, have_a, m))
            return false;
        if (!have_e && !have_a)
            return true;
        if (!have_a) {
            report_early(&te, ta.count, m);
            return false;
        }
        if (!have_e) {
            report_extra(te.count, at, al, m);
            return false;
        }
        if (!token_matches(spec, et, el, &ta, at, al, m))
            return false;
    }
}

struct line_ref {
    const char *p;
    size_t len;
};

/* Returns a malloc'd array of buf's non-blank lines with trailing whitespace cut, in
 * order, or NULL when memory runs out. */
static struct line_ref *collect_lines(const char *buf, size_t len, size_t *count)
{
    size_t cap = count_newlines(buf, len) + 1, n = 0;
    const char *p = buf, *end = buf + len;
    struct line_ref *lines;

    if (cap > SIZE_MAX / sizeof(*lines))
        return NULL;
    lines = malloc(cap * sizeof(*lines));
    if (!lines)
        return NULL;
    while (p < end) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        size_t l = (size_t)((nl ? nl : end) - p);

        while (l > 0 && is_space(p[l - 1]))
            l--;
        if (l > 0)
            lines[n++] = (struct line_ref){p, l};
        p = nl ? nl + 1 : end;
    }
    *count = n;
    return lines;
}

static int compare_content(const struct line_ref *x, const struct line_ref *y)
{
    int c = memcmp(x->p, y->p, x->len < y->len ? x->len : y->len);

    if (c != 0)
        return c;
    return (x->len > y->len) - (x->len < y->len);
}

/* Equal lines stay in output order, so an unmatched duplicate is reported by its last
 * occurrence, the one that really is surplus. */
static int compare_refs(const void *a, const void *b)
{
    const struct line_ref *x = a, *y = b;
    int c = compare_content(x, y);

    if (c != 0)
        return c;
    return (x->p > y->p) - (x->p < y->p);
}

/* Walks both sorted arrays like a merge and keeps, for each side, the unmatched line that
 * comes first in its output: that is the one a person would look at first. */
static void find_unmatched(const struct line_ref *e, size_t ne, const struct line_ref *a, size_t na,
                           const struct line_ref **missing, const struct line_ref **extra)
{
    size_t i = 0, j = 0;

    *missing = *extra = NULL;
    while (i < ne || j < na) {
        int c = i == ne ? 1 : j == na ? -1 : compare_content(&e[i], &a[j]);

        if (c == 0) {
            i++;
            j++;
        } else if (c < 0) {
            if (!*missing || e[i].p < (*missing)->p)
                *missing = &e[i];
            i++;
        } else {
            if (!*extra || a[j].p < (*extra)->p)
                *extra = &a[j];
            j++;
        }
    }
}

static bool report_unmatched(const char *e, const char *a, const struct line_ref *missing,
                             const struct line_ref *extra, struct sink *m)
{
    if (missing) {
        sink_printf(m, "line %zu is missing: ", 1 + count_newlines(e, (size_t)(missing->p - e)));
        put_quoted(m, missing->p, missing->len, 0);
        return false;
    }
    if (extra) {
        sink_printf(m, "unexpected line %zu: ", 1 + count_newlines(a, (size_t)(extra->p - a)));
        put_quoted(m, extra->p, extra->len, 0);
        return false;
    }
    return true;
}

static bool compare_lines_unordered(const char *e, size_t elen, const char *a, size_t alen,
                                    struct sink *m)
{
    size_t ne = 0, na = 0;
    struct line_ref *el = collect_lines(e, elen, &ne);
    struct line_ref *al = el ? collect_lines(a, alen, &na) : NULL;
    const struct line_ref *missing, *extra;
    bool ok;

    if (!al) {
        free(el);
        sink_puts(m, "out of memory comparing lines");
        return false;
    }
    qsort(el, ne, sizeof(*el), compare_refs);
    qsort(al, na, sizeof(*al), compare_refs);
    find_unmatched(el, ne, al, na, &missing, &extra);
    ok = report_unmatched(e, a, missing, extra, m);
    free(el);
    free(al);
    return ok;
}

bool checker_compare(const struct checker_spec *spec, const char *expected, size_t elen,
                     const char *actual, size_t alen, char *msg, size_t msglen)
{
    struct sink m = sink_fixed(msg, msglen);

    /* Empty buffers may come as NULL, which memcmp and memchr must never see. */
    if (elen == 0)
        expected = "";
    if (alen == 0)
        actual = "";
    switch (spec->kind) {
    case CHECKER_EXACT:
        return compare_exact(expected, elen, actual, alen, &m);
    case CHECKER_TOKENS:
    case CHECKER_FLOAT:
        return compare_tokens(spec, expected, elen, actual, alen, &m);
    case CHECKER_LINES_UNORDERED:
        return compare_lines_unordered(expected, elen, actual, alen, &m);
    case CHECKER_CUSTOM:
    case CHECKER_VALIDATOR:
        sink_puts(&m, "custom checker must be run by the caller");
        return false;
    }
    sink_puts(&m, "unknown checker kind");
    return false;
}

/* One line of an output as the diff sees it. */
struct line_view {
    const char *p;
    size_t len;
    bool exists, newline;
};

/* Returns the line starting at *pos and moves *pos past it. A final newline ends the
 * last line rather than starting an empty one. */
static struct line_view next_line(const char *buf, size_t len, size_t *pos)
{
    struct line_view v = {NULL, 0, false, false};
    const char *nl;

    if (*pos >= len)
        return v;
    v.p = buf + *pos;
    nl = memchr(v.p, '\n', len - *pos);
    v.exists = true;
    v.newline = nl != NULL;
    v.len = nl ? (size_t)(nl - v.p) : len - *pos;
    *pos += v.len + v.newline;
    return v;
}

static bool same_line(struct line_view x, struct line_view y)
{
    if (!x.exists || !y.exists)
        return x.exists == y.exists;
    return x.newline == y.newline && x.len == y.len && memcmp(x.p, y.p, x.len) == 0;
}

static void begin_line(struct sink *s)
{
    if (s->len > 0)
        sink_put(s, "\n", 1);
}

/* "line N:" padded to the label width, then the text shared by both outputs. */
static void emit_same(struct sink *s, size_t n, struct line_view v, size_t width)
{
    size_t before;

    begin_line(s);
    before = s->len;
    sink_printf(s, "line %zu:", n);
    sink_spaces(s, s->len - before < LABEL_WIDTH ? LABEL_WIDTH - (s->len - before) : 1);
    render(s, v.p, v.len, 0, width);
}

static void emit_side(struct sink *s, const char *label, struct line_view v, size_t start,
                      size_t width)
{
    begin_line(s);
    sink_puts(s, label);
    if (v.exists)
        render(s, v.p, v.len, start, width);
    else
        sink_puts(s, "(no line: output ended)");
}

static void emit_pair(struct sink *s, size_t n, struct line_view e, struct line_view a,
                      size_t start, size_t width)
{
    begin_line(s);
    sink_printf(s, "line %zu:", n);
    emit_side(s, LABEL_EXPECTED, e, start, width);
    emit_side(s, LABEL_GOT, a, start, width);
}

static void emit_caret(struct sink *s, struct line_view e, struct line_view a, size_t pos,
                       size_t start)
{
    begin_line(s);
    sink_spaces(s, LABEL_WIDTH + (start > 0 ? 3 : 0) + width_of(e.p + start, pos - start));
    sink_printf(s, "^ first difference at column %zu", pos + 1);
    /* Equal text up to both ends: only the final newline differs, which nothing shows. */
    if (pos == e.len && pos == a.len)
        sink_puts(s, e.newline ? " (expected a newline, got end of output)"
                               : " (expected end of output, got a newline)");
}

/* The first differing line, whose bytes before pos are the same on both sides. */
static void emit_first(struct sink *s, size_t n, struct line_view e, struct line_view a, size_t pos,
                       size_t width)
{
    size_t start = 0;
    bool both = e.exists && a.exists;

    if (both && (wider_than(e.p, e.len, width) || wider_than(a.p, a.len, width)))
        start = window_start(e.p, pos, width);
    emit_pair(s, n, e, a, start, width);
    if (both)
        emit_caret(s, e, a, pos, start);
}

static void emit_following(struct sink *s, const char *expected, size_t elen, size_t epos,
                           const char *actual, size_t alen, size_t apos, size_t n, size_t budget,
                           size_t width)
{
    for (; budget > 0; budget--, n++) {
        struct line_view e = next_line(expected, elen, &epos);
        struct line_view a = next_line(actual, alen, &apos);

        if (!e.exists && !a.exists)
            return;
        if (same_line(e, a))
            emit_same(s, n, e, width);
        else
            emit_pair(s, n, e, a, 0, width);
    }
}

char *checker_diff(const char *expected, size_t elen, const char *actual, size_t alen,
                   int max_lines, int max_width)
{
    struct sink s = {NULL, 0, 0, true, false};
    size_t lines = max_lines < 1 ? 1 : (size_t)max_lines;
    size_t width = max_width < MIN_DIFF_WIDTH ? MIN_DIFF_WIDTH : (size_t)max_width;
    size_t d, ls, n, epos, apos, shown = 1;
    struct line_view e, a;

    expected = elen ? expected : "";
    actual = alen ? actual : "";
    d = common_prefix(expected, actual, elen < alen ? elen : alen);
    if (d == elen && d == alen)
        return strdup("outputs are identical");
    ls = line_start(expected, d);
    n = 1 + count_newlines(expected, ls);
    if (ls > 0 && lines >= 2) {
        size_t prev = line_start(expected, ls - 1);
        emit_same(&s, n - 1, (struct line_view){expected + prev, ls - 1 - prev, true, true}, width);
        shown++;
    }
    epos = apos = ls;
    e = next_line(expected, elen, &epos);
    a = next_line(actual, alen, &apos);
    emit_first(&s, n, e, a, d - ls, width);
    emit_following(&s, expected, elen, epos, actual, alen, apos, n + 1, lines - shown, width);
    if (s.failed) {
        free(s.data);
        return NULL;
    }
    return s.data;
}
