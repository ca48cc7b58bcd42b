/* Strict parsing of limits: internally times are integer milliseconds and sizes integer
 * bytes, so every fractional or unit-bearing spelling is resolved here, once. */
#include "units.h"

#include <ctype.h>
#include <errno.h>
#include <math.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* How much of a rejected input an error message repeats. */
#define QUOTE_MAX 40

struct unit {
    const char *suffix;
    double factor;
};

/* Everything that differs between parsing a time and parsing a size. */
struct quantity {
    const char *noun;
    const char *expected;
    const char *max_text;
    const char *min_text;
    const struct unit *units;
    size_t nunits;
    long long max;
};

static const struct unit time_units[] = {{"ms", 1}, {"s", 1000}};

static const struct unit size_units[] = {
    {"B", 1},
    {"KiB", 1024.0},
    {"MiB", 1048576.0},
    {"GiB", 1073741824.0},
    {"TiB", 1099511627776.0},
    {"KB", 1e3},
    {"kB", 1e3},
    {"MB", 1e6},
    {"GB", 1e9},
    {"TB", 1e12},
};

static const struct quantity time_quantity = {
    .noun = "time",
    .expected = "a number with ms or s, e.g. 500ms or 2s",
    .max_text = "1 day",
    .min_text = "1ms",
    .units = time_units,
    .nunits = sizeof(time_units) / sizeof(time_units[0]),
    .max = 24LL * 60 * 60 * 1000,
};

static const struct quantity size_quantity = {
    .noun = "size",
    .expected = "a number with B, KiB, MiB, GiB, KB, MB or GB, e.g. 64MiB",
    .max_text = "1TiB",
    .min_text = "1B",
    .units = size_units,
    .nunits = sizeof(size_units) / sizeof(size_units[0]),
    .max = 1LL << 40,
};

/* Copies at most QUOTE_MAX bytes of text into dst, escaping bytes a terminal would not
 * show plainly, so a garbage value cannot garble the message that reports it. */
static void quote_input(char *dst, size_t dstlen, const char *text)
{
    size_t n = 0, i;

    for (i = 0; i < QUOTE_MAX && text[i] && n + 5 < dstlen; i++) {
        unsigned char c = (unsigned char)text[i];
        if (c >= 0x20 && c < 0x7f)
            dst[n++] = (char)c;
        else
            n += (size_t)snprintf(dst + n, dstlen - n, "\\x%02x", c);
    }
    if (text[i] && n + 4 < dstlen) {
        memcpy(dst + n, "...", 3);
        n += 3;
    }
    dst[n] = '\0';
}

static void report(char *err, size_t errlen, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

static void report(char *err, size_t errlen, const char *fmt, ...)
{
    va_list ap;

    if (!err || errlen == 0)
        return;
    va_start(ap, fmt);
    vsnprintf(err, errlen, fmt, ap);
    va_end(ap);
}

/* Returns the end of a plain decimal ("12", "1.5") at s, or NULL if s does not start with
 * one. strtod alone would also accept signs, spaces, hex, exponents and nan/inf, none of
 * which a limit should be written with. */
static const char *scan_decimal(const char *s)
{
    const char *p = s;

    if (!isdigit((unsigned char)*p))
        return NULL;
    while (isdigit((unsigned char)*p))
        p++;
    if (*p != '.')
        return p;
    p++;
    if (!isdigit((unsigned char)*p))
        return NULL;
    while (isdigit((unsigned char)*p))
        p++;
    return p;
}

/* Decided from the text because strtod may underflow a long "0.000...1" to zero. */
static bool has_nonzero_digit(const char *s, const char *end)
{
    for (; s < end; s++) {
        if (*s >= '1' && *s <= '9')
            return true;
    }
    return false;
}

static const struct unit *find_unit(const struct quantity *q, const char *suffix)
{
    for (size_t i = 0; i < q->nunits; i++) {
        if (strcmp(q->units[i].suffix, suffix) == 0)
            return &q->units[i];
    }
    return NULL;
}

static int parse_quantity(const struct quantity *q, const char *text, long long *out, char *err,
                          size_t errlen)
{
    char quoted[QUOTE_MAX * 4 + 8];
    const char *num_end;
    const struct unit *unit = NULL;
    char *end = NULL;
    double value = 0, scaled;
    long long rounded;

    if (!text) {
        report(err, errlen, "missing %s", q->noun);
        return -1;
    }
    quote_input(quoted, sizeof(quoted), text);
    num_end = scan_decimal(text);
    if (num_end) {
        unit = find_unit(q, num_end);
        errno = 0;
        value = strtod(text, &end);
    }
    if (!unit || end != num_end) {
        report(err, errlen, "invalid %s '%s' (expected %s)", q->noun, quoted, q->expected);
        return -1;
    }
    scaled = value * unit->factor;
    /* Checked before rounding: llround is undefined beyond the range of long long. */
    if ((errno == ERANGE && value > 1) || scaled >= (double)q->max + 0.5) {
        report(err, errlen, "%s '%s' is too large (at most %s)", q->noun, quoted, q->max_text);
        return -1;
    }
    rounded = llround(scaled);
    if (rounded == 0 && has_nonzero_digit(text, num_end)) {
        report(err, errlen, "%s '%s' is below %s", q->noun, quoted, q->min_text);
        return -1;
    }
    *out = rounded;
    return 0;
}

int units_parse_time_ms(const char *text, long *out_ms, char *err, size_t errlen)
{
    long long ms;

    if (parse_quantity(&time_quantity, text, &ms, err, errlen) < 0)
        return -1;
    *out_ms = (long)ms;
    return 0;
}

int units_parse_size_bytes(const char *text, long long *out_bytes, char *err, size_t errlen)
{
    return parse_quantity(&size_quantity, text, out_bytes, err, errlen);
}

/* Writes whole.frac with frac's trailing zeros dropped; frac has `digits` digits. */
static void format_decimal(char *buf, size_t len, long long whole, long long frac, int digits,
                           const char *suffix)
{
    char frac_text[32];
    size_t n;

    if (frac == 0) {
        snprintf(buf, len, "%lld%s", whole, suffix);
        return;
    }
    snprintf(frac_text, sizeof(frac_text), "%0*lld", digits, frac);
    n = strlen(frac_text);
    while (n > 0 && frac_text[n - 1] == '0')
        n--;
    frac_text[n] = '\0';
    snprintf(buf, len, "%lld.%s%s", whole, frac_text, suffix);
}

void units_format_time(long ms, char *buf, size_t len)
{
    if (!buf || len == 0)
        return;
    if (ms < 1000) {
        snprintf(buf, len, "%ldms", ms);
        return;
    }
    format_decimal(buf, len, ms / 1000, ms % 1000, 3, "s");
}

struct size_unit {
    const char *suffix;
    long long factor;
};

/* Binary units first (memory limits are usually powers of two), then decimal ones. */
#define BINARY_UNITS 4
static const struct size_unit display_units[] = {
    {"TiB", 1LL << 40},      {"GiB", 1LL << 30},   {"MiB", 1LL << 20}, {"KiB", 1LL << 10},
    {"TB", 1000000000000LL}, {"GB", 1000000000LL}, {"MB", 1000000LL},  {"KB", 1000LL},
};

/* True when bytes is a multiple of a hundredth of the unit, so two decimals are exact. */
static bool exact_in(long long bytes, long long factor)
{
    /* The remainder is below 2^40, so multiplying by 100 cannot overflow. */
    return bytes >= factor && (bytes % factor) * 100 % factor == 0;
}

static void format_in(long long bytes, const struct size_unit *u, char *buf, size_t len)
{
    long long whole = bytes / u->factor;
    long long hundredths = llround((double)(bytes % u->factor) * 100.0 / (double)u->factor);

    if (hundredths == 100) {
        whole++;
        hundredths = 0;
    }
    format_decimal(buf, len, whole, hundredths, 2, u->suffix);
}

void units_format_size(long long bytes, char *buf, size_t len)
{
    const size_t nunits = sizeof(display_units) / sizeof(display_units[0]);

    if (!buf || len == 0)
        return;
    for (size_t i = 0; i < nunits; i++) {
        if (exact_in(bytes, display_units[i].factor)) {
            format_in(bytes, &display_units[i], buf, len);
            return;
        }
    }
    /* No exact spelling: approximate in the largest binary unit that fits. */
    for (size_t i = 0; i < BINARY_UNITS; i++) {
        if (bytes >= display_units[i].factor) {
            format_in(bytes, &display_units[i], buf, len);
            return;
        }
    }
    snprintf(buf, len, "%lldB", bytes);
}

void units_format_measured(long long kib, char *buf, size_t len)
{
    if (!buf || len == 0)
        return;
    if (kib < 1024)
        snprintf(buf, len, "%lldKiB", kib);
    else if (kib < 1024LL * 1024)
        snprintf(buf, len, "%.1fMiB", (double)kib / 1024);
    else
        snprintf(buf, len, "%.2fGiB", (double)kib / (1024 * 1024));
}
