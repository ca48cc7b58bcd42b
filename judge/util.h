/* Small helpers every module uses: allocation that cannot fail silently, growable
 * strings, whole-file reads and atomic writes, temporary directories. */
#ifndef JUDGE_UTIL_H
#define JUDGE_UTIL_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>

#define ARRAY_LEN(a) (sizeof(a) / sizeof((a)[0]))

/* Exit status of the judge's own failures (internal error). */
#define EXIT_INTERNAL 3

/* The judge's own fault: prints "judge: <message>" and exits with EXIT_INTERNAL. */
_Noreturn void die(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* Allocation wrappers: they die on exhaustion, so callers never see NULL. */
void *xmalloc(size_t n);
void *xcalloc(size_t count, size_t size);
void *xrealloc(void *p, size_t n);
char *xstrdup(const char *s);
char *xasprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* A growable byte string, always NUL-terminated. Zero-initialise to start. */
struct strbuf {
    char *data;
    size_t len, cap;
};
void sb_append(struct strbuf *sb, const char *s, size_t n);
void sb_puts(struct strbuf *sb, const char *s);
void sb_printf(struct strbuf *sb, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void sb_vprintf(struct strbuf *sb, const char *fmt, va_list ap);
/* Returns the buffer (caller frees) and resets sb. Never NULL. */
char *sb_take(struct strbuf *sb);
void sb_free(struct strbuf *sb);

/* Reads at most limit bytes of path into a malloc'd NUL-terminated buffer.
 * Returns NULL with errno set on failure; *len gets the byte count, *truncated
 * (may be NULL) whether the file was longer than limit. */
char *read_file(const char *path, size_t limit, size_t *len, bool *truncated);

/* Writes data to path through a temporary file in the same directory and a
 * rename, so readers never see a half-written file. Returns 0, or -1 with errno. */
int write_file_atomic(const char *path, const char *data, size_t len);

/* Writes data to path (truncating). Returns 0, or -1 with errno. */
int write_file(const char *path, const char *data, size_t len);

/* Creates a fresh private directory under $TMPDIR (or /tmp) named judge-<tag>-XXXXXX.
 * Returns the malloc'd path, or NULL with errno set. */
char *make_temp_dir(const char *tag);

/* Removes path and everything below it; best effort, returns 0 or -1. */
int remove_tree(const char *path);

/* Directory holding the running executable (malloc'd), or NULL. */
char *exe_dir(void);

bool path_is_dir(const char *path);
bool path_is_file(const char *path);

/* Monotonic clock in milliseconds and microseconds. */
long long now_ms(void);
long long now_us(void);

/* Levenshtein distance, for "did you mean" suggestions. */
size_t edit_distance(const char *a, const char *b);

#endif
