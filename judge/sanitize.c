#include "sanitize.h"

#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "util.h"

/* The end of stderr that is read for the report. */
#define TAIL_MAX ((size_t)64 << 10)

const char *const *sanitize_environment(void)
{
    static const char *const env[] = {
        "PATH=/usr/local/bin:/usr/bin:/bin",
        "LC_ALL=C",
        /* detect_leaks=0: LeakSanitizer stops the world with threads and ptrace, which
         * the sandbox forbids (and LeetCode-style code leaks by design). The symbolizer
         * is libbacktrace inside the runtime; an external one would be a second process.
         * Coredumps are off already (RLIMIT_CORE = 0), so the runtime need not change it. */
        "ASAN_OPTIONS=detect_leaks=0:abort_on_error=0:exitcode=1:print_legend=0:"
        "color=never:external_symbolizer_path=:disable_coredump=0:quarantine_size_mb=64:"
        "detect_stack_use_after_return=0:handle_abort=1",
        "UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1:color=never:"
        "external_symbolizer_path=:exitcode=1",
        NULL,
    };
    return env;
}

static const char *base_name(const char *path, size_t len, size_t *base_len)
{
    const char *base = path;
    for (size_t i = 0; i < len; i++)
        if (path[i] == '/')
            base = path + i + 1;
    *base_len = len - (size_t)(base - path);
    return base;
}

/* The line of text that contains at, without its newline. */
static const char *line_end(const char *p, const char *end)
{
    const char *nl = memchr(p, '\n', (size_t)(end - p));
    return nl ? nl : end;
}

static const char *find(const char *text, const char *end, const char *needle)
{
    return memmem(text, (size_t)(end - text), needle, strlen(needle));
}

/* A stack frame "    #3 0x55d1 in func /path/file.c:12" (or "... file.c:12:7"): sets the
 * function and "file.c:12" (base name); false for frames without a source location. */
static bool parse_frame(const char *line, const char *eol, char *func, size_t flen, char *loc,
                        size_t llen)
{
    const char *in = find(line, eol, " in ");
    if (!in || !find(line, in, "#"))
        return false;
    const char *f = in + 4, *sp = memchr(f, ' ', (size_t)(eol - f));
    if (!sp)
        return false;
    const char *file = sp + 1;
    size_t file_len = (size_t)(eol - file);
    if (file_len == 0 || file[0] == '(' || !memchr(file, ':', file_len))
        return false;
    size_t base_len;
    const char *base = base_name(file, file_len, &base_len);
    /* "file.c:12:7" -> "file.c:12" */
    const char *colon = memchr(base, ':', base_len);
    const char *second =
        colon ? memchr(colon + 1, ':', (size_t)(base + base_len - colon - 1)) : NULL;
    if (second)
        base_len = (size_t)(second - base);
    snprintf(func, flen, "%.*s", (int)(sp - f), f);
    snprintf(loc, llen, "%.*s", (int)base_len, base);
    return true;
}

static bool is_runtime_file(const char *loc)
{
    return !strncmp(loc, "sanitizer_", 10) || !strncmp(loc, "asan_", 5) ||
           !strncmp(loc, "ubsan_", 6) || !strncmp(loc, "libc_", 5);
}

/* The first frame after start in the user's file, else the first with a source location
 * outside the sanitizer runtime and libc. */
static bool pick_frame(const char *start, const char *end, const char *user_file, char *func,
                       size_t flen, char *loc, size_t llen)
{
    bool have = false;
    size_t ulen = 0;
    const char *ubase = user_file ? base_name(user_file, strlen(user_file), &ulen) : NULL;
    for (const char *p = start; p < end;) {
        const char *eol = line_end(p, end);
        char f[128], l[160];
        if (parse_frame(p, eol, f, sizeof f, l, sizeof l) && !is_runtime_file(l)) {
            bool mine = ubase && !strncmp(l, ubase, ulen) && l[ulen] == ':';
            if (mine || !have) {
                snprintf(func, flen, "%s", f);
                snprintf(loc, llen, "%s", l);
                have = true;
            }
            if (mine)
                return true;
        }
        /* Only the first report's frames: a blank line or the summary ends them. */
        if (have && (eol == p || find(p, eol, "SUMMARY:")))
            break;
        p = eol < end ? eol + 1 : end;
    }
    return have;
}

static bool describe_asan(const char *text, const char *end, const char *user_file, char *msg,
                          size_t msglen)
{
    const char *err = find(text, end, "ERROR: AddressSanitizer: ");
    if (!err)
        return false;
    const char *kind = err + strlen("ERROR: AddressSanitizer: "), *eol = line_end(kind, end);
    size_t klen = (size_t)(eol - kind);
    static const char *const stops[] = {" on address", " on unknown address", " on 0x", " (", ":"};
    for (size_t i = 0; i < ARRAY_LEN(stops); i++) {
        const char *s = find(kind, kind + klen, stops[i]);
        if (s)
            klen = (size_t)(s - kind);
    }
    char extra[64] = "";
    if (find(kind, eol, "unknown address 0x000000000000"))
        snprintf(extra, sizeof extra, " (a null pointer)");
    const char *next = eol < end ? eol + 1 : end, *next_eol = line_end(next, end);
    const char *access = find(next, next_eol, " of size ");
    if (access && (!strncmp(next, "READ", 4) || !strncmp(next, "WRITE", 5))) {
        /* "WRITE of size 4 at 0x6020... thread T0" -> "WRITE of size 4" */
        const char *at = find(next, next_eol, " at ");
        const char *stop = at ? at : next_eol;
        snprintf(extra, sizeof extra, " (%.*s)", (int)(stop - next > 40 ? 40 : stop - next), next);
    }
    char func[128], loc[160];
    if (pick_frame(eol, end, user_file, func, sizeof func, loc, sizeof loc))
        snprintf(msg, msglen, "AddressSanitizer: %.*s%s at %s in %s", (int)klen, kind, extra, loc,
                 func);
    else
        snprintf(msg, msglen, "AddressSanitizer: %.*s%s", (int)klen, kind, extra);
    return true;
}

static bool describe_ubsan(const char *text, const char *end, const char *user_file, char *msg,
                           size_t msglen)
{
    const char *rt = find(text, end, ": runtime error: ");
    if (!rt)
        return false;
    const char *start = rt;
    while (start > text && start[-1] != '\n')
        start--;
    const char *what = rt + strlen(": runtime error: "), *eol = line_end(what, end);
    size_t loc_len;
    const char *loc = base_name(start, (size_t)(rt - start), &loc_len);
    int wlen = (int)(eol - what > 160 ? 160 : eol - what);
    (void)user_file;
    snprintf(msg, msglen, "UndefinedBehaviorSanitizer: %.*s at %.*s", wlen, what, (int)loc_len,
             loc);
    return true;
}

bool sanitize_describe(const char *text, size_t len, const char *user_file, char *msg,
                       size_t msglen)
{
    const char *end = text + len;
    const char *asan = find(text, end, "ERROR: AddressSanitizer: ");
    const char *ubsan = find(text, end, ": runtime error: ");
    /* Whichever came first is the first finding. */
    if (ubsan && (!asan || ubsan < asan))
        return describe_ubsan(text, end, user_file, msg, msglen);
    return describe_asan(text, end, user_file, msg, msglen);
}

bool sanitize_describe_file(const char *path, const char *user_file, char *msg, size_t msglen)
{
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    struct stat st;
    char *buf = xmalloc(TAIL_MAX);
    ssize_t n = -1;
    if (fstat(fd, &st) == 0) {
        off_t from = st.st_size > (off_t)TAIL_MAX ? st.st_size - (off_t)TAIL_MAX : 0;
        n = pread(fd, buf, TAIL_MAX, from);
    }
    close(fd);
    bool found = n > 0 && sanitize_describe(buf, (size_t)n, user_file, msg, msglen);
    free(buf);
    return found;
}
