#include "sizegen.h"

#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

enum form { FORM_N, FORM_DIV, FORM_MUL, FORM_SQRT, FORM_SEED };

/* Parses the placeholder between the braces (len bytes at s). Returns 0 with its form and
 * factor, or -1. */
static int parse_placeholder(const char *s, size_t len, enum form *form, long *k)
{
    char body[48];
    if (len == 0 || len >= sizeof body)
        return -1;
    memcpy(body, s, len);
    body[len] = '\0';
    *k = 1;
    if (strcmp(body, "n") == 0)
        *form = FORM_N;
    else if (strcmp(body, "seed") == 0)
        *form = FORM_SEED;
    else if (strcmp(body, "sqrt(n)") == 0)
        *form = FORM_SQRT;
    else if (body[0] == 'n' && (body[1] == '/' || body[1] == '*')) {
        char *end;
        errno = 0;
        *k = strtol(body + 2, &end, 10);
        if (errno || end == body + 2 || *end || *k < 1 || *k > 1000000000L)
            return -1;
        *form = body[1] == '/' ? FORM_DIV : FORM_MUL;
    } else
        return -1;
    return 0;
}

int sizegen_check_word(const char *word, struct sizegen_uses *uses, char *err, size_t errlen)
{
    for (const char *p = strchr(word, '{'); p; p = strchr(p + 1, '{')) {
        const char *close = strchr(p, '}');
        enum form form;
        long k;
        if (!close || parse_placeholder(p + 1, (size_t)(close - p - 1), &form, &k) < 0) {
            int len = close ? (int)(close - p + 1) : (int)strlen(p);
            snprintf(err, errlen,
                     "unknown placeholder '%.*s' (use {n}, {seed}, {n/K}, {n*K} or {sqrt(n)})", len,
                     p);
            return -1;
        }
        if (form == FORM_SEED)
            uses->seed = true;
        else
            uses->n = true;
        p = close;
    }
    return 0;
}

static long long value_of(enum form form, long k, long n, unsigned long long seed)
{
    long long v;
    switch (form) {
    case FORM_N:
        return n;
    case FORM_SEED:
        return (long long)(seed & 0x3fffffffffffffffULL); /* fits every generator's strtol */
    case FORM_DIV:
        v = n / k;
        break;
    case FORM_MUL:
        v = (long long)n * k;
        break;
    default:
        v = (long long)sqrt((double)n);
        while (v * v > n)
            v--;
        while ((v + 1) * (v + 1) <= n)
            v++;
        break;
    }
    return v;
}

static char *expand_word(const char *word, long n, unsigned long long seed)
{
    struct strbuf sb = {0};
    const char *p = word;
    for (const char *open; (open = strchr(p, '{'));) {
        const char *close = strchr(open, '}');
        enum form form;
        long k;
        sb_append(&sb, p, (size_t)(open - p));
        if (!close || parse_placeholder(open + 1, (size_t)(close - open - 1), &form, &k) < 0) {
            sb_append(&sb, open, 1);
            p = open + 1;
            continue;
        }
        sb_printf(&sb, "%lld", value_of(form, k, n, seed));
        p = close + 1;
    }
    sb_puts(&sb, p);
    return sb_take(&sb);
}

char **sizegen_argv(char *const *words, long n, unsigned long long seed)
{
    size_t count = 0;
    while (words[count])
        count++;
    char **argv = xcalloc(count + 1, sizeof *argv);
    for (size_t i = 0; i < count; i++)
        argv[i] = expand_word(words[i], n, seed);
    return argv;
}

void sizegen_free_argv(char **argv)
{
    for (char **a = argv; a && *a; a++)
        free(*a);
    free(argv);
}

char *sizegen_command_line(char *const *argv)
{
    struct strbuf sb = {0};
    for (size_t i = 0; argv[i]; i++)
        sb_printf(&sb, "%s%s", i ? " " : "", argv[i]);
    return sb.data ? sb_take(&sb) : xstrdup("");
}
