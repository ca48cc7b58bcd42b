/* How a finished run becomes a verdict, and the JSON writer reports rely on. */
#include <signal.h>
#include <string.h>

#include "json.h"
#include "suites.h"
#include "util.h"
#include "verdict.h"

static const struct run_limits limits = {
    .cpu_ms = 1000, .wall_ms = 3000, .memory_bytes = 64LL << 20, .output_bytes = 1 << 20};

struct verdict_case {
    struct run_result run;
    int has_harness;
    enum verdict verdict;
    const char *message; /* substring */
};

static const struct verdict_case verdict_cases[] = {
    {{.outcome = RUN_EXITED, .exit_code = 0}, 1, VERDICT_AC, ""},
    {{.outcome = RUN_EXITED, .exit_code = 3}, 0, VERDICT_RE, "exited with status 3"},
    {{.outcome = RUN_EXITED, .exit_code = HARNESS_EXIT_WRONG}, 1, VERDICT_WA, "harness"},
    {{.outcome = RUN_EXITED, .exit_code = HARNESS_EXIT_WRONG}, 0, VERDICT_RE, "status 67"},
    {{.outcome = RUN_EXITED, .exit_code = HARNESS_EXIT_BAD_INPUT}, 1, VERDICT_IE, "input"},
    {{.outcome = RUN_SIGNALED, .signal = SIGSEGV}, 1, VERDICT_RE, "SIGSEGV (segmentation fault"},
    {{.outcome = RUN_SIGNALED, .signal = SIGFPE}, 1, VERDICT_RE, "division by zero"},
    {{.outcome = RUN_CPU_LIMIT}, 1, VERDICT_TLE, "CPU time over the 1s limit"},
    {{.outcome = RUN_WALL_LIMIT}, 1, VERDICT_TLE, "wall time over the 3s limit"},
    {{.outcome = RUN_MEMORY_LIMIT, .peak_kib = 80 * 1024},
     1,
     VERDICT_MLE,
     "peak memory 80.0MiB over the 64MiB limit"},
    {{.outcome = RUN_OUTPUT_LIMIT}, 1, VERDICT_OLE, "1MiB output limit"},
    {{.outcome = RUN_SETUP_FAILED, .error = "execve: No such file"}, 1, VERDICT_IE, "execve"},
};

START_TEST(run_outcomes_map_to_verdicts)
{
    const struct verdict_case *c = &verdict_cases[_i];
    char msg[256];
    enum verdict v = verdict_from_run(&c->run, &limits, c->has_harness, msg, sizeof msg);
    ck_assert_msg(v == c->verdict, "case %d: got %s", _i, verdict_code(v));
    ck_assert_msg(strstr(msg, c->message) != NULL, "case %d: '%s' lacks '%s'", _i, msg, c->message);
}
END_TEST

START_TEST(verdict_codes_and_titles)
{
    ck_assert_str_eq(verdict_code(VERDICT_AC), "AC");
    ck_assert_str_eq(verdict_code(VERDICT_SV), "SV");
    ck_assert_str_eq(verdict_code(VERDICT_IE), "IE");
    ck_assert_str_eq(verdict_title(VERDICT_TLE), "Time limit exceeded");
}
END_TEST

START_TEST(json_escapes_everything_that_needs_it)
{
    struct strbuf sb = {0};
    const char raw[] = "a\"b\\c\n\t\x01\x7f\xc3\xa9\xff\0z";
    json_escape(&sb, raw, sizeof raw - 1);
    ck_assert_str_eq(sb.data, "\"a\\\"b\\\\c\\n\\t\\u0001\\u007f\xc3\xa9\\ufffd\\u0000z\"");
    sb_free(&sb);
}
END_TEST

START_TEST(json_builds_nested_documents)
{
    struct json j = {0};
    json_begin_object(&j, NULL);
    json_string(&j, "s", "x");
    json_int(&j, "n", -5);
    json_null(&j, "z");
    json_begin_array(&j, "a");
    json_bool(&j, NULL, true);
    json_string(&j, NULL, NULL);
    json_end_array(&j);
    json_begin_object(&j, "o");
    json_end_object(&j);
    json_end_object(&j);
    ck_assert_str_eq(j.sb.data, "{\"s\":\"x\",\"n\":-5,\"z\":null,\"a\":[true,null],\"o\":{}}");
    sb_free(&j.sb);
}
END_TEST

Suite *make_verdict_suite(void)
{
    Suite *s = suite_create("verdict");
    TCase *tc = tcase_create("classify");
    tcase_add_loop_test(tc, run_outcomes_map_to_verdicts, 0, (int)ARRAY_LEN(verdict_cases));
    tcase_add_test(tc, verdict_codes_and_titles);
    tcase_add_test(tc, json_escapes_everything_that_needs_it);
    tcase_add_test(tc, json_builds_nested_documents);
    suite_add_tcase(s, tc);
    return s;
}
