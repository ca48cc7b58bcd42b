/* A Kattis/ICPC output validator written by `judge export` for a problem the judge checks
 * with lines-unordered: the output must hold the same multiset of lines as the answer
 * file, each line's trailing whitespace removed and blank lines ignored.
 *
 *     validate INPUT ANSWER FEEDBACK_DIR/ < team_output
 *
 * Exit 42 accepts, 43 rejects (the reason is in FEEDBACK_DIR/judgemessage.txt), anything
 * else is the validator's own failure. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct line {
    const char *p;
    size_t len;
};

static char *slurp(FILE *f, size_t *len)
{
    size_t cap = 1 << 16;
    char *buf = malloc(cap);
    *len = 0;
    for (size_t got; buf && (got = fread(buf + *len, 1, cap - *len, f)) > 0;) {
        *len += got;
        if (*len == cap) {
            char *bigger = realloc(buf, cap *= 2);
            if (!bigger)
                free(buf);
            buf = bigger;
        }
    }
    return buf;
}

static int is_space(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

/* The non-blank lines of buf with trailing whitespace cut; NULL when memory runs out. */
static struct line *split(const char *buf, size_t len, size_t *count)
{
    size_t cap = 1;
    for (size_t i = 0; i < len; i++)
        cap += buf[i] == '\n';
    struct line *lines = malloc(cap * sizeof *lines);
    *count = 0;
    for (const char *p = buf, *end = buf + len; lines && p < end;) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        size_t l = (size_t)((nl ? nl : end) - p);
        while (l > 0 && is_space(p[l - 1]))
            l--;
        if (l > 0)
            lines[(*count)++] = (struct line){p, l};
        p = nl ? nl + 1 : end;
    }
    return lines;
}

static int compare(const void *a, const void *b)
{
    const struct line *x = a, *y = b;
    int c = memcmp(x->p, y->p, x->len < y->len ? x->len : y->len);
    return c ? c : (x->len > y->len) - (x->len < y->len);
}

static int verdict(FILE *message, int code, const char *what, const struct line *l)
{
    if (message) {
        fprintf(message, "%s", what);
        if (l)
            fprintf(message, ": '%.*s%s'", (int)(l->len > 60 ? 60 : l->len), l->p,
                    l->len > 60 ? "..." : "");
        fputc('\n', message);
        fclose(message);
    }
    return code;
}

int main(int argc, char **argv)
{
    if (argc < 4) {
        fprintf(stderr, "usage: %s INPUT ANSWER FEEDBACK_DIR/ < team_output\n", argv[0]);
        return 1;
    }
    size_t n = strlen(argv[3]) + 32;
    char *path = malloc(n);
    if (!path)
        return 1;
    snprintf(path, n, "%s/judgemessage.txt", argv[3]);
    FILE *message = fopen(path, "w");
    FILE *answer_file = fopen(argv[2], "r");
    if (!answer_file)
        return 1;
    size_t alen, tlen, na, nt;
    char *answer = slurp(answer_file, &alen), *team = slurp(stdin, &tlen);
    struct line *want = answer ? split(answer, alen, &na) : NULL;
    struct line *got = team ? split(team, tlen, &nt) : NULL;
    if (!want || !got)
        return 1;
    qsort(want, na, sizeof *want, compare);
    qsort(got, nt, sizeof *got, compare);
    size_t i = 0, j = 0;
    while (i < na && j < nt && compare(&want[i], &got[j]) == 0)
        i++, j++;
    if (i == na && j == nt)
        return verdict(message, 42, "", NULL);
    if (j == nt || (i < na && compare(&want[i], &got[j]) < 0))
        return verdict(message, 43, "a line is missing", &want[i]);
    return verdict(message, 43, "unexpected line", &got[j]);
}
