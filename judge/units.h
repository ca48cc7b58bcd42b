/* Time limits and memory sizes as people write them ("1.5s", "64MiB"), parsed strictly
 * into integers (milliseconds, bytes) and formatted back for tables. */
#ifndef JUDGE_UNITS_H
#define JUDGE_UNITS_H

#include <stddef.h>

/* Parses a time such as "500ms", "2s", "1.5s" or "0.25s" into whole milliseconds, rounded
 * to nearest. The number must be a plain decimal (digits, optionally '.' and more digits)
 * immediately followed by "ms" or "s", with nothing before or after: signs, spaces,
 * exponents, hex, nan/inf and missing or unknown units are rejected. The result must be
 * at most one day, and a nonzero value must not round to 0ms ("0ms"/"0s" mean zero).
 * Returns 0 and sets *out_ms, or -1 leaving *out_ms unchanged and writing a one-line
 * message into err (if err is not NULL and errlen > 0), e.g.
 * "invalid time '1' (expected a number with ms or s, e.g. 500ms or 2s)". */
int units_parse_time_ms(const char *text, long *out_ms, char *err, size_t errlen);

/* Parses a size such as "100B", "512KiB", "64MiB", "1GiB", "1.5GiB" (1024-based) or
 * "1KB"/"1kB", "2MB", "3GB", "1TB" (1000-based) into bytes, rounded to nearest. Same
 * strictness and error reporting as units_parse_time_ms; the maximum is 1TiB. */
int units_parse_size_bytes(const char *text, long long *out_bytes, char *err, size_t errlen);

/* Formats a time for humans: 500 -> "500ms", 2000 -> "2s", 1500 -> "1.5s",
 * 1001 -> "1.001s". Negative values print as "-5ms". Truncates like snprintf. */
void units_format_time(long ms, char *buf, size_t len);

/* Formats a size for humans: 100 -> "100B", 1536 -> "1.5KiB", 67108864 -> "64MiB",
 * 1000000 -> "1MB". Values that no unit expresses exactly with at most two decimals are
 * rounded to two decimals in the largest binary unit (1025 -> "1KiB"). Truncates like
 * snprintf. */
void units_format_size(long long bytes, char *buf, size_t len);

/* A measurement for people, rounded (not meant to be parsed back):
 * 528 -> "528KiB", 12304 -> "12.0MiB". */
void units_format_measured(long long kib, char *buf, size_t len);

#endif
