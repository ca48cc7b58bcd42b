/* `judge test --sanitize`: what a run built with AddressSanitizer and UBSan needs (its
 * environment), and reading the sanitizer's first finding out of what it wrote on stderr
 * ("AddressSanitizer: heap-buffer-overflow (WRITE of size 4) at sol.c:6 in f"). */
#ifndef JUDGE_SANITIZE_H
#define JUDGE_SANITIZE_H

#include <stdbool.h>
#include <stddef.h>

/* The environment of a sanitized run (NULL-terminated; static): the fixed PATH and
 * locale of every run, and ASAN_OPTIONS / UBSAN_OPTIONS that stop at the first finding,
 * print it with file:line on stderr, and leave out what the sandbox forbids (leak
 * detection stops the world with ptrace and threads; an external symbolizer is another
 * process). */
const char *const *sanitize_environment(void);

/* Finds the first sanitizer finding in text (a run's stderr; need not be NUL-terminated)
 * and describes it in msg, preferring the first stack frame in user_file (compared by
 * base name; NULL: any) for the location:
 *   "AddressSanitizer: heap-buffer-overflow (WRITE of size 4) at sol.c:6 in hasZeroSumPair"
 *   "UndefinedBehaviorSanitizer: signed integer overflow: 2147483647 + 1 cannot be
 *    represented in type 'int' at sol.c:3:25"
 * Returns true when there was one; msg is left unchanged otherwise. */
bool sanitize_describe(const char *text, size_t len, const char *user_file, char *msg,
                       size_t msglen);

/* Reads the end of the file at path (a run's stderr: the sanitizer's report is the last
 * thing a failing run writes) and describes its finding as sanitize_describe does. */
bool sanitize_describe_file(const char *path, const char *user_file, char *msg, size_t msglen);

/* The time and memory factors a sanitized run gets on top of the problem's limits:
 * instrumented code is slower and its shadow memory and redzones are resident. */
#define SANITIZE_TIME_FACTOR   5
#define SANITIZE_MEMORY_FACTOR 3
#define SANITIZE_MEMORY_EXTRA  (256LL << 20)

#endif
