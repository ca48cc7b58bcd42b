/* Unit tests for units.c: every accepted spelling, every rejected one, and formatting. */
#include <limits.h>
#include <string.h>

#include "suites.h"
#include "units.h"

#define LEN(a) (sizeof(a) / sizeof((a)[0]))

struct good_time {
    const char *text;
    long ms;
};

static const struct good_time good_times[] = {
    {"500ms", 500}, {"2s", 2000}, {"1.5s", 1500},       {"0.25s", 250},           {"0ms", 0},
    {"0s", 0},      {"0.0s", 0},  {"1ms", 1},           {"007s", 7000},           {"1.1s", 1100},
    {"0.0015s", 2}, {"1.4ms", 1}, {"86400s", 86400000}, {"86400000ms", 86400000}, {"0.001s", 1},
};

START_TEST(parses_good_time)
{
    const struct good_time *t = &good_times[_i];
    long ms = -7;
    char err[128] = "";

    ck_assert_msg(units_parse_time_ms(t->text, &ms, err, sizeof(err)) == 0, "'%s': %s", t->text,
                  err);
    ck_assert_int_eq(ms, t->ms);
}
END_TEST

struct bad_input {
    const char *text;
    const char *message; /* expected substring of the error */
};

static const struct bad_input bad_times[] = {
    {"1", "invalid time '1' (expected a number with ms or s, e.g. 500ms or 2s)"},
    {"1x", "invalid time '1x'"},
    {"-1s", "invalid time '-1s'"},
    {"+1s", "invalid time"},
    {"1e400s", "invalid time '1e400s'"},
    {"1e3ms", "invalid time"},
    {"", "invalid time ''"},
    {" 1s", "invalid time ' 1s'"},
    {"1s ", "invalid time '1s '"},
    {"1s\n", "invalid time '1s\\x0a'"},
    {"nanms", "invalid time 'nanms'"},
    {"infs", "invalid time"},
    {"0x10ms", "invalid time"},
    {"1.s", "invalid time"},
    {".5s", "invalid time"},
    {"1,5s", "invalid time"},
    {"1.5.5s", "invalid time"},
    {"1S", "invalid time"},
    {"1 s", "invalid time"},
    {"1ss", "invalid time"},
    {"1msx", "invalid time"},
    {"ms", "invalid time"},
    {"86401s", "time '86401s' is too large (at most 1 day)"},
    {"86400001ms", "too large"},
    {"99999999999999999999999999s", "too large"},
    {"0.0001s", "time '0.0001s' is below 1ms"},
    {"0.4ms", "below 1ms"},
};

START_TEST(rejects_bad_time)
{
    const struct bad_input *t = &bad_times[_i];
    long ms = 42;
    char err[160] = "";

    ck_assert_int_eq(units_parse_time_ms(t->text, &ms, err, sizeof(err)), -1);
    ck_assert_int_eq(ms, 42);
    ck_assert_msg(strstr(err, t->message), "'%s': got '%s', want '%s'", t->text, err, t->message);
}
END_TEST

struct good_size {
    const char *text;
    long long bytes;
};

static const struct good_size good_sizes[] = {
    {"100B", 100},
    {"0B", 0},
    {"512KiB", 524288},
    {"64MiB", 67108864},
    {"1GiB", 1073741824},
    {"1.5GiB", 1610612736},
    {"0.5KiB", 512},
    {"1KB", 1000},
    {"1kB", 1000},
    {"2MB", 2000000},
    {"3GB", 3000000000LL},
    {"1TB", 1000000000000LL},
    {"1TiB", 1099511627776LL},
    {"1024GiB", 1099511627776LL},
    {"1.5B", 2},
};

START_TEST(parses_good_size)
{
    const struct good_size *t = &good_sizes[_i];
    long long bytes = -7;
    char err[160] = "";

    ck_assert_msg(units_parse_size_bytes(t->text, &bytes, err, sizeof(err)) == 0, "'%s': %s",
                  t->text, err);
    ck_assert_int_eq(bytes, t->bytes);
}
END_TEST

static const struct bad_input bad_sizes[] = {
    {"1", "invalid size '1' (expected a number with B, KiB, MiB, GiB, KB, MB or GB, e.g. 64MiB)"},
    {"1x", "invalid size '1x'"},
    {"-1MiB", "invalid size"},
    {"1e3B", "invalid size"},
    {"", "invalid size ''"},
    {" 1MiB", "invalid size"},
    {"1MiB ", "invalid size"},
    {"nanB", "invalid size"},
    {"infMiB", "invalid size"},
    {"0x10MiB", "invalid size '0x10MiB'"},
    {"1.5", "invalid size"},
    {"1mib", "invalid size"},
    {"1Mib", "invalid size"},
    {"1 MiB", "invalid size"},
    {"1MiBB", "invalid size"},
    {"2TiB", "size '2TiB' is too large (at most 1TiB)"},
    {"1.1TiB", "too large"},
    {"1025GiB", "too large"},
    {"1.2TB", "too large"},
    {"0.1B", "size '0.1B' is below 1B"},
};

START_TEST(rejects_bad_size)
{
    const struct bad_input *t = &bad_sizes[_i];
    long long bytes = 42;
    char err[160] = "";

    ck_assert_int_eq(units_parse_size_bytes(t->text, &bytes, err, sizeof(err)), -1);
    ck_assert_int_eq(bytes, 42);
    ck_assert_msg(strstr(err, t->message), "'%s': got '%s', want '%s'", t->text, err, t->message);
}
END_TEST

START_TEST(error_reporting_edges)
{
    char err[64];
    char longer[200];
    long ms = 1;

    ck_assert_int_eq(units_parse_time_ms(NULL, &ms, err, sizeof(err)), -1);
    ck_assert_str_eq(err, "missing time");
    /* No buffer, or a tiny one: still rejected, never written out of bounds. */
    ck_assert_int_eq(units_parse_time_ms("x", &ms, NULL, 0), -1);
    ck_assert_int_eq(units_parse_time_ms("x", &ms, err, 1), -1);
    ck_assert_str_eq(err, "");
    ck_assert_int_eq(units_parse_time_ms("x", &ms, err, 8), -1);
    ck_assert_str_eq(err, "invalid");
    /* Long garbage is quoted only in part. */
    memset(longer, 'z', sizeof(longer) - 1);
    longer[sizeof(longer) - 1] = '\0';
    ck_assert_int_eq(units_parse_time_ms(longer, &ms, err, sizeof(err)), -1);
    ck_assert_ptr_nonnull(strstr(err, "zzz..."));
    ck_assert_int_eq(ms, 1);
}
END_TEST

struct formatted {
    long long value;
    const char *text;
};

static const struct formatted times[] = {
    {1500, "1.5s"},   {500, "500ms"},  {2000, "2s"},         {0, "0ms"},   {999, "999ms"},
    {1001, "1.001s"}, {1250, "1.25s"}, {86400000, "86400s"}, {-5, "-5ms"},
};

START_TEST(formats_time)
{
    char buf[32];

    units_format_time((long)times[_i].value, buf, sizeof(buf));
    ck_assert_str_eq(buf, times[_i].text);
}
END_TEST

static const struct formatted sizes[] = {
    {67108864, "64MiB"},
    {1536, "1.5KiB"},
    {100, "100B"},
    {0, "0B"},
    {1024, "1KiB"},
    {1073741824, "1GiB"},
    {1610612736, "1.5GiB"},
    {1099511627776LL, "1TiB"},
    {1000000, "1MB"},
    {1500, "1.5KB"},
    {1025, "1KiB"},
    {1023, "1023B"},
    {-3, "-3B"},
    {LLONG_MAX, "8388608TiB"},
};

START_TEST(formats_size)
{
    char buf[32];

    units_format_size(sizes[_i].value, buf, sizeof(buf));
    ck_assert_str_eq(buf, sizes[_i].text);
}
END_TEST

/* What `judge show` prints must read back as the same limit. */
START_TEST(formatting_round_trips)
{
    static const long time_values[] = {1, 999, 1000, 1500, 1999, 2000, 86400000};
    static const long long size_values[] = {1, 100, 1024, 1536, 65536, 67108864, 1000000, 2500};
    char buf[32];

    for (size_t i = 0; i < LEN(time_values); i++) {
        long ms;
        units_format_time(time_values[i], buf, sizeof(buf));
        ck_assert_int_eq(units_parse_time_ms(buf, &ms, NULL, 0), 0);
        ck_assert_int_eq(ms, time_values[i]);
    }
    for (size_t i = 0; i < LEN(size_values); i++) {
        long long bytes;
        units_format_size(size_values[i], buf, sizeof(buf));
        ck_assert_int_eq(units_parse_size_bytes(buf, &bytes, NULL, 0), 0);
        ck_assert_int_eq(bytes, size_values[i]);
    }
}
END_TEST

START_TEST(formatting_truncates)
{
    char buf[4] = "xxx";

    units_format_time(1500, buf, sizeof(buf));
    ck_assert_str_eq(buf, "1.5");
    units_format_size(67108864, buf, sizeof(buf));
    ck_assert_str_eq(buf, "64M");
    units_format_size(1, buf, 0);
    ck_assert_str_eq(buf, "64M");
}
END_TEST

START_TEST(formats_measurements_rounded)
{
    char buf[32];

    units_format_measured(528, buf, sizeof(buf));
    ck_assert_str_eq(buf, "528KiB");
    units_format_measured(12304, buf, sizeof(buf));
    ck_assert_str_eq(buf, "12.0MiB");
    units_format_measured(205452, buf, sizeof(buf));
    ck_assert_str_eq(buf, "200.6MiB");
    units_format_measured(3LL << 20, buf, sizeof(buf));
    ck_assert_str_eq(buf, "3.00GiB");
}
END_TEST

Suite *make_units_suite(void)
{
    Suite *s = suite_create("units");
    TCase *parse = tcase_create("parse");
    TCase *format = tcase_create("format");

    tcase_add_loop_test(parse, parses_good_time, 0, LEN(good_times));
    tcase_add_loop_test(parse, rejects_bad_time, 0, LEN(bad_times));
    tcase_add_loop_test(parse, parses_good_size, 0, LEN(good_sizes));
    tcase_add_loop_test(parse, rejects_bad_size, 0, LEN(bad_sizes));
    tcase_add_test(parse, error_reporting_edges);
    tcase_add_loop_test(format, formats_time, 0, LEN(times));
    tcase_add_loop_test(format, formats_size, 0, LEN(sizes));
    tcase_add_test(format, formatting_round_trips);
    tcase_add_test(format, formatting_truncates);
    tcase_add_test(format, formats_measurements_rounded);
    suite_add_tcase(s, parse);
    suite_add_tcase(s, format);
    return s;
}
