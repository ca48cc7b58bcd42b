/* libFuzzer target for the limit parser (units.c): any text either parses into a value
 * in range or is rejected with a one-line message, and every accepted value survives a
 * round trip through the formatter. The first byte picks time or size. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "units.h"

#define MAX_TIME_MS (24LL * 60 * 60 * 1000)
#define MAX_BYTES   (1LL << 40)

/* Aborts with the offending text, so libFuzzer records the input. */
#define require(cond, ...)                                                                         \
    do {                                                                                           \
        if (!(cond)) {                                                                             \
            fprintf(stderr, "fuzz_units: %s: ", #cond);                                            \
            fprintf(stderr, __VA_ARGS__);                                                          \
            fputc('\n', stderr);                                                                   \
            abort();                                                                               \
        }                                                                                          \
    } while (0)

/* An error message is one printable line: garbage input must not garble a terminal. */
static void check_message(const char *err, const char *text)
{
    require(err[0] != '\0', "empty message for '%s'", text);
    for (const char *p = err; *p; p++)
        require(*p >= 0x20 && *p < 0x7f, "unprintable byte 0x%02x in message '%s'",
                (unsigned char)*p, err);
}

static void check_time(const char *text)
{
    char err[256] = "", buf[64];
    long ms = -12345, again = -1;

    if (units_parse_time_ms(text, &ms, err, sizeof err) < 0) {
        require(ms == -12345, "rejected '%s' but changed the output", text);
        check_message(err, text);
        return;
    }
    require(ms >= 0 && ms <= MAX_TIME_MS, "'%s' -> %ld ms, out of range", text, ms);
    units_format_time(ms, buf, sizeof buf);
    require(units_parse_time_ms(buf, &again, err, sizeof err) == 0,
            "'%s' -> %ld ms -> '%s' does not parse: %s", text, ms, buf, err);
    require(again == ms, "'%s' -> %ld ms -> '%s' -> %ld ms", text, ms, buf, again);
}

/* The formatter is exact when some unit writes the value with two decimals; otherwise it
 * rounds to two decimals of the largest binary unit that fits. */
static long long size_slack(long long bytes)
{
    static const long long units[] = {1LL << 40, 1LL << 30, 1LL << 20, 1LL << 10};
    for (size_t i = 0; i < sizeof units / sizeof units[0]; i++)
        if (bytes >= units[i])
            return units[i] / 200 + 1;
    return 0;
}

static void check_size(const char *text)
{
    char err[256] = "", buf[64];
    long long bytes = -12345, again = -1;

    if (units_parse_size_bytes(text, &bytes, err, sizeof err) < 0) {
        require(bytes == -12345, "rejected '%s' but changed the output", text);
        check_message(err, text);
        return;
    }
    require(bytes >= 0 && bytes <= MAX_BYTES, "'%s' -> %lld bytes, out of range", text, bytes);
    units_format_size(bytes, buf, sizeof buf);
    require(units_parse_size_bytes(buf, &again, err, sizeof err) == 0,
            "'%s' -> %lld -> '%s' does not parse: %s", text, bytes, buf, err);
    long long d = again > bytes ? again - bytes : bytes - again;
    require(d <= size_slack(bytes), "'%s' -> %lld -> '%s' -> %lld", text, bytes, buf, again);
}

/* Formatting any value into any buffer size terminates the text inside the buffer. */
static void check_formatters(const uint8_t *data, size_t size)
{
    long long v = 0;
    char buf[40];

    memcpy(&v, data, size < sizeof v ? size : sizeof v);
    size_t len = size > 8 ? data[8] % sizeof buf : sizeof buf;
    memset(buf, 'x', sizeof buf);
    units_format_time((long)v, buf, len);
    require(len == 0 || memchr(buf, '\0', len), "format_time(%lld) left no terminator", v);
    units_format_size(v, buf, len);
    require(len == 0 || memchr(buf, '\0', len), "format_size(%lld) left no terminator", v);
    units_format_measured(v, buf, len);
    require(len == 0 || memchr(buf, '\0', len), "format_measured(%lld) left no terminator", v);
    /* Every size the parser accepts is formatted into something it accepts again. */
    if (v >= 0 && v <= MAX_BYTES) {
        char text[64];
        long long again = -1;
        units_format_size(v, text, sizeof text);
        require(units_parse_size_bytes(text, &again, NULL, 0) == 0, "%lld -> '%s' rejected", v,
                text);
        long long d = again > v ? again - v : v - again;
        require(d <= size_slack(v), "%lld -> '%s' -> %lld", v, text, again);
    }
    if (v >= 0 && v <= MAX_TIME_MS) {
        char text[64];
        long again = -1;
        units_format_time((long)v, text, sizeof text);
        require(units_parse_time_ms(text, &again, NULL, 0) == 0 && again == v,
                "%lld ms -> '%s' -> %ld", v, text, again);
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    char *text = malloc(size);
    memcpy(text, data + 1, size - 1);
    text[size - 1] = '\0';
    switch (data[0] % 3) {
    case 0:
        check_time(text);
        break;
    case 1:
        check_size(text);
        break;
    default:
        check_formatters(data + 1, size - 1);
    }
    /* A tiny error buffer is truncated, never overrun. */
    char small[3] = {'x', 'x', 'x'};
    long ms;
    long long bytes;
    if (units_parse_time_ms(text, &ms, small, 2) < 0)
        require(small[1] == '\0' && small[2] == 'x', "time error overran a 2-byte buffer");
    small[2] = 'x';
    if (units_parse_size_bytes(text, &bytes, small, 2) < 0)
        require(small[1] == '\0' && small[2] == 'x', "size error overran a 2-byte buffer");
    free(text);
    return 0;
}
