/* Header-only helpers for harness authors (function problems). A harness is the
 * translation unit with main(): it reads the test input from stdin with the
 * judge_read_* functions, calls the user's function, and prints the result on the
 * judge channel (judge_out(), file descriptor 3) -- never on stdout, which belongs
 * to the user's debugging output. Every name here is static and starts with
 * judge_, so nothing leaks into the user's translation unit. Meant for -std=gnu11;
 * under a strict -std=c11 the one POSIX stdio function used is declared here. */
#ifndef JUDGE_HARNESS_H
#define JUDGE_HARNESS_H

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#if !defined(_POSIX_C_SOURCE) || _POSIX_C_SOURCE < 1
FILE *fdopen(int fd, const char *mode);
#endif

/* Exit statuses the judge understands: the test is WA with the channel's message;
 * the test data is malformed (the problem's fault: internal error). */
#define JUDGE_EXIT_WRONG     67
#define JUDGE_EXIT_BAD_INPUT 68

/* The judge channel: fd 3 when it is open, else stdout (so a harness can be run by
 * hand). Opened once and cached. */
static inline FILE *judge_out(void)
{
    static FILE *out;
    if (!out) {
        if (fcntl(3, F_GETFD) != -1)
            out = fdopen(3, "w");
        if (!out)
            out = stdout;
    }
    return out;
}

static inline _Noreturn void judge_vexit_(int status, const char *fmt, va_list ap)
{
    FILE *out = judge_out();
    vfprintf(out, fmt, ap);
    fputc('\n', out);
    /* Flush everything, including the user's stdout, then skip atexit handlers. */
    fflush(NULL);
    _exit(status);
}

/* The harness detected a wrong answer the output cannot show (e.g. the solution
 * modified a list it must only read): the message goes to the channel. */
static inline _Noreturn void judge_wrong_answer(const char *fmt, ...)
    __attribute__((format(printf, 1, 2)));
static inline _Noreturn void judge_wrong_answer(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    judge_vexit_(JUDGE_EXIT_WRONG, fmt, ap);
}

/* The test input is malformed: the judge reports an internal error. */
static inline _Noreturn void judge_bad_input(const char *fmt, ...)
    __attribute__((format(printf, 1, 2)));
static inline _Noreturn void judge_bad_input(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    judge_vexit_(JUDGE_EXIT_BAD_INPUT, fmt, ap);
}

/* Allocation for the harness's own data. On exhaustion it aborts: under the memory
 * limit that is the run's fault, not the test data's. */
static inline void *judge_malloc_(size_t n)
{
    void *p = malloc(n ? n : 1);
    if (!p) {
        fputs("harness: out of memory\n", stderr);
        abort();
    }
    return p;
}

/* ---- Buffered stdin reader ---- */

#define JUDGE_IN_BUF_SIZE (1 << 16)
/* Marked unused so a harness that reads nothing compiles without warnings. */
static unsigned char judge_in_buf_[JUDGE_IN_BUF_SIZE] __attribute__((unused));
static size_t judge_in_pos_ __attribute__((unused)), judge_in_len_ __attribute__((unused));
static bool judge_in_eof_ __attribute__((unused));
static long long judge_in_tokens_ __attribute__((unused)); /* tokens read so far */

static inline int judge_in_peek_(void)
{
    if (judge_in_pos_ == judge_in_len_) {
        if (judge_in_eof_)
            return EOF;
        judge_in_pos_ = 0;
        judge_in_len_ = fread(judge_in_buf_, 1, JUDGE_IN_BUF_SIZE, stdin);
        if (judge_in_len_ == 0) {
            judge_in_eof_ = true;
            return EOF;
        }
    }
    return judge_in_buf_[judge_in_pos_];
}

static inline int judge_in_get_(void)
{
    int c = judge_in_peek_();
    if (c != EOF)
        judge_in_pos_++;
    return c;
}

static inline bool judge_is_space_(int c)
{
    return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\v' || c == '\f';
}

/* Skips whitespace; returns the next character without consuming it (EOF at end). */
static inline int judge_skip_space_(void)
{
    int c;
    while ((c = judge_in_peek_()) != EOF && judge_is_space_(c))
        judge_in_pos_++;
    return c;
}

/* Copies the rest of the current token (at most 40 bytes) into buf for a message. */
static inline void judge_token_excerpt_(char *buf, size_t size, const char *prefix)
{
    size_t n = 0;
    int c;
    for (; prefix && *prefix && n + 1 < size; prefix++)
        buf[n++] = *prefix;
    while (n + 1 < size && (c = judge_in_peek_()) != EOF && !judge_is_space_(c)) {
        buf[n++] = (char)c;
        judge_in_pos_++;
    }
    buf[n] = '\0';
}

/* Parses one integer token; the next non-space character must already be peeked. */
static inline long long judge_parse_ll_(void)
{
    char seen[48];
    bool neg = false;
    int c = judge_in_peek_();
    long long token = ++judge_in_tokens_;
    if (c == '-' || c == '+') {
        neg = c == '-';
        judge_in_pos_++;
        c = judge_in_peek_();
    }
    if (c == EOF || c < '0' || c > '9') {
        judge_token_excerpt_(seen, sizeof seen, neg ? "-" : "");
        judge_bad_input("token %lld: expected an integer, found '%s'", token, seen);
    }
    /* Accumulate as a negative number so LLONG_MIN fits. */
    long long v = 0;
    while ((c = judge_in_peek_()) != EOF && c >= '0' && c <= '9') {
        int d = c - '0';
        if (v < (LLONG_MIN + d) / 10)
            judge_bad_input("token %lld: integer out of the 64-bit range", token);
        v = v * 10 - d;
        judge_in_pos_++;
    }
    if (c != EOF && !judge_is_space_(c)) {
        judge_token_excerpt_(seen, sizeof seen, "");
        judge_bad_input("token %lld: expected an integer, found garbage '%s' after its digits",
                        token, seen);
    }
    if (!neg) {
        if (v == LLONG_MIN)
            judge_bad_input("token %lld: integer out of the 64-bit range", token);
        v = -v;
    }
    return v;
}

/* Reads one integer; end of input or garbage is bad input. */
static inline long long judge_read_ll(void)
{
    if (judge_skip_space_() == EOF)
        judge_bad_input("token %lld: expected an integer, found the end of the input",
                        judge_in_tokens_ + 1);
    return judge_parse_ll_();
}

/* Reads one integer into *out; false at a clean end of input (only whitespace left). */
static inline bool judge_try_read_ll(long long *out)
{
    if (judge_skip_space_() == EOF)
        return false;
    *out = judge_parse_ll_();
    return true;
}

/* Reads one integer that must fit in int. */
static inline int judge_read_int(void)
{
    long long v = judge_read_ll();
    if (v < INT_MIN || v > INT_MAX)
        judge_bad_input("token %lld: %lld does not fit in an int", judge_in_tokens_, v);
    return (int)v;
}

/* Reads n ints into a malloc'd array (non-NULL even for n == 0). */
static inline int *judge_read_int_array(int n)
{
    if (n < 0)
        judge_bad_input("negative array length %d", n);
    int *a = (int *)judge_malloc_((size_t)n * sizeof(int));
    for (int i = 0; i < n; i++)
        a[i] = judge_read_int();
    return a;
}

/* Reads one whitespace-delimited token into a malloc'd string; end of input is bad
 * input. */
static inline char *judge_read_token(void)
{
    if (judge_skip_space_() == EOF)
        judge_bad_input("token %lld: expected a token, found the end of the input",
                        judge_in_tokens_ + 1);
    judge_in_tokens_++;
    size_t len = 0, cap = 16;
    char *s = (char *)judge_malloc_(cap);
    int c;
    while ((c = judge_in_peek_()) != EOF && !judge_is_space_(c)) {
        if (len + 1 == cap) {
            cap *= 2;
            char *t = (char *)realloc(s, cap);
            if (!t) {
                fputs("harness: out of memory\n", stderr);
                abort();
            }
            s = t;
        }
        s[len++] = (char)c;
        judge_in_pos_++;
    }
    s[len] = '\0';
    return s;
}

/* Reads the rest of the current line into a malloc'd string without its "\n" (or
 * "\r\n"); NULL at the end of the input. */
static inline char *judge_read_line(void)
{
    if (judge_in_peek_() == EOF)
        return NULL;
    size_t len = 0, cap = 64;
    char *s = (char *)judge_malloc_(cap);
    int c;
    while ((c = judge_in_get_()) != EOF && c != '\n') {
        if (len + 1 == cap) {
            cap *= 2;
            char *t = (char *)realloc(s, cap);
            if (!t) {
                fputs("harness: out of memory\n", stderr);
                abort();
            }
            s = t;
        }
        s[len++] = (char)c;
    }
    if (len > 0 && s[len - 1] == '\r')
        len--;
    s[len] = '\0';
    return s;
}

/* ---- Output on the judge channel ---- */

static inline void judge_print_bool(bool b)
{
    fputs(b ? "true\n" : "false\n", judge_out());
}

/* Prints the n ints space-separated on one line, then a newline (an empty line for
 * n == 0). */
static inline void judge_print_int_array(const int *a, int n)
{
    FILE *out = judge_out();
    char buf[16];
    for (int i = 0; i < n; i++) {
        /* Format by hand: fprintf per element is slow for 10^6 numbers. */
        unsigned int u = a[i] < 0 ? 0u - (unsigned int)a[i] : (unsigned int)a[i];
        char *p = buf + sizeof buf;
        do {
            *--p = (char)('0' + u % 10);
            u /= 10;
        } while (u);
        if (a[i] < 0)
            *--p = '-';
        if (i > 0)
            putc(' ', out);
        fwrite(p, 1, (size_t)(buf + sizeof buf - p), out);
    }
    putc('\n', out);
}

#endif
