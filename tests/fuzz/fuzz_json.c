/* libFuzzer target for JSON escaping (json.c): whatever bytes a program prints, the
 * escaped string is valid JSON -- valid UTF-8, no raw control characters, only legal
 * escapes -- and it decodes to the input with each invalid UTF-8 byte as U+FFFD. The
 * same bytes as a key and a value inside a document (compact and pretty) must give a
 * document the validator accepts. */
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "json.h"

#define require(cond, ...)                                                                         \
    do {                                                                                           \
        if (!(cond)) {                                                                             \
            fprintf(stderr, "fuzz_json: %s: ", #cond);                                             \
            fprintf(stderr, __VA_ARGS__);                                                          \
            fputc('\n', stderr);                                                                   \
            abort();                                                                               \
        }                                                                                          \
    } while (0)

/* ---- a tiny, strict JSON validator (RFC 8259), independent of json.c ---- */

struct cursor {
    const unsigned char *p, *end;
    int depth;
};

/* Length of the well-formed UTF-8 sequence at p (Unicode 15 table 3-7), or 0. */
static size_t utf8_seq(const unsigned char *p, const unsigned char *end)
{
    size_t avail = (size_t)(end - p);
    unsigned c = p[0];
    if (c < 0x80)
        return 1;
    unsigned lo = 0x80, hi = 0xbf;
    size_t len;
    if (c >= 0xc2 && c <= 0xdf)
        len = 2;
    else if (c >= 0xe0 && c <= 0xef) {
        len = 3;
        if (c == 0xe0)
            lo = 0xa0;
        if (c == 0xed)
            hi = 0x9f;
    } else if (c >= 0xf0 && c <= 0xf4) {
        len = 4;
        if (c == 0xf0)
            lo = 0x90;
        if (c == 0xf4)
            hi = 0x8f;
    } else
        return 0;
    if (avail < len || p[1] < lo || p[1] > hi)
        return 0;
    for (size_t i = 2; i < len; i++)
        if (p[i] < 0x80 || p[i] > 0xbf)
            return 0;
    return len;
}

static void skip_ws(struct cursor *c)
{
    while (c->p < c->end && (*c->p == ' ' || *c->p == '\t' || *c->p == '\n' || *c->p == '\r'))
        c->p++;
}

static int hex_digit(unsigned char h)
{
    if (h >= '0' && h <= '9')
        return h - '0';
    if (h >= 'a' && h <= 'f')
        return h - 'a' + 10;
    if (h >= 'A' && h <= 'F')
        return h - 'A' + 10;
    return -1;
}

static bool read_hex4(struct cursor *c, unsigned *out)
{
    if (c->end - c->p < 4)
        return false;
    *out = 0;
    for (int i = 0; i < 4; i++) {
        int d = hex_digit(*c->p++);
        if (d < 0)
            return false;
        *out = *out << 4 | (unsigned)d;
    }
    return true;
}

static void put_utf8(unsigned cp, unsigned char **out)
{
    unsigned char *o = *out;
    if (cp < 0x80) {
        *o++ = (unsigned char)cp;
    } else if (cp < 0x800) {
        *o++ = (unsigned char)(0xc0 | cp >> 6);
        *o++ = (unsigned char)(0x80 | (cp & 0x3f));
    } else if (cp < 0x10000) {
        *o++ = (unsigned char)(0xe0 | cp >> 12);
        *o++ = (unsigned char)(0x80 | (cp >> 6 & 0x3f));
        *o++ = (unsigned char)(0x80 | (cp & 0x3f));
    } else {
        *o++ = (unsigned char)(0xf0 | cp >> 18);
        *o++ = (unsigned char)(0x80 | (cp >> 12 & 0x3f));
        *o++ = (unsigned char)(0x80 | (cp >> 6 & 0x3f));
        *o++ = (unsigned char)(0x80 | (cp & 0x3f));
    }
    *out = o;
}

/* A string literal at c->p; decodes it into *out (when not NULL, room for the literal's
 * length) and returns false on anything RFC 8259 forbids. */
static bool parse_string(struct cursor *c, unsigned char **out)
{
    unsigned char scratch[4], *o = out ? *out : scratch;
    if (c->p >= c->end || *c->p != '"')
        return false;
    c->p++;
    while (c->p < c->end) {
        unsigned char ch = *c->p;
        if (ch == '"') {
            c->p++;
            if (out)
                *out = o;
            return true;
        }
        if (ch < 0x20)
            return false;
        if (ch >= 0x80) {
            size_t n = utf8_seq(c->p, c->end);
            if (!n)
                return false;
            if (out)
                memcpy(o, c->p, n), o += n;
            c->p += n;
            continue;
        }
        c->p++;
        if (ch != '\\') {
            if (out)
                *o++ = ch;
            continue;
        }
        if (c->p >= c->end)
            return false;
        unsigned char e = *c->p++;
        unsigned cp;
        const char *simple = strchr("\"\\/bfnrt", e);
        if (e && simple) {
            static const char decoded[] = "\"\\/\b\f\n\r\t";
            if (out)
                *o++ = (unsigned char)decoded[simple - "\"\\/bfnrt"];
            continue;
        }
        if (e != 'u' || !read_hex4(c, &cp))
            return false;
        if (cp >= 0xdc00 && cp <= 0xdfff)
            return false; /* a lone low surrogate */
        if (cp >= 0xd800 && cp <= 0xdbff) {
            unsigned low;
            if (c->end - c->p < 6 || c->p[0] != '\\' || c->p[1] != 'u')
                return false;
            c->p += 2;
            if (!read_hex4(c, &low) || low < 0xdc00 || low > 0xdfff)
                return false;
            cp = 0x10000 + ((cp - 0xd800) << 10) + (low - 0xdc00);
        }
        if (out)
            put_utf8(cp, &o);
        else
            o = scratch;
    }
    return false;
}

static bool parse_value(struct cursor *c);

static bool parse_number(struct cursor *c)
{
    const unsigned char *start = c->p;
    if (c->p < c->end && *c->p == '-')
        c->p++;
    if (c->p >= c->end)
        return false;
    if (*c->p == '0')
        c->p++;
    else if (*c->p >= '1' && *c->p <= '9')
        while (c->p < c->end && *c->p >= '0' && *c->p <= '9')
            c->p++;
    else
        return false;
    if (c->p < c->end && *c->p == '.') {
        c->p++;
        if (c->p >= c->end || !(*c->p >= '0' && *c->p <= '9'))
            return false;
        while (c->p < c->end && *c->p >= '0' && *c->p <= '9')
            c->p++;
    }
    return c->p > start;
}

static bool parse_literal(struct cursor *c, const char *word)
{
    size_t n = strlen(word);
    if ((size_t)(c->end - c->p) < n || memcmp(c->p, word, n) != 0)
        return false;
    c->p += n;
    return true;
}

/* An object or an array; open is '{' or '['. */
static bool parse_container(struct cursor *c, unsigned char open)
{
    unsigned char close = open == '{' ? '}' : ']';
    if (++c->depth > 64)
        return false;
    c->p++;
    skip_ws(c);
    if (c->p < c->end && *c->p == close) {
        c->p++;
        c->depth--;
        return true;
    }
    for (;;) {
        skip_ws(c);
        if (open == '{') {
            if (!parse_string(c, NULL))
                return false;
            skip_ws(c);
            if (c->p >= c->end || *c->p++ != ':')
                return false;
        }
        if (!parse_value(c))
            return false;
        skip_ws(c);
        if (c->p >= c->end)
            return false;
        unsigned char next = *c->p++;
        if (next == close) {
            c->depth--;
            return true;
        }
        if (next != ',')
            return false;
    }
}

static bool parse_value(struct cursor *c)
{
    skip_ws(c);
    if (c->p >= c->end)
        return false;
    switch (*c->p) {
    case '{':
    case '[':
        return parse_container(c, *c->p);
    case '"':
        return parse_string(c, NULL);
    case 't':
        return parse_literal(c, "true");
    case 'f':
        return parse_literal(c, "false");
    case 'n':
        return parse_literal(c, "null");
    default:
        return parse_number(c);
    }
}

/* The whole text is one JSON value. */
static bool json_valid(const char *text, size_t len)
{
    struct cursor c = {(const unsigned char *)text, (const unsigned char *)text + len, 0};
    if (!parse_value(&c))
        return false;
    skip_ws(&c);
    return c.p == c.end;
}

/* ---- the properties ---- */

/* What json_escape promises to encode: the input with every byte that does not start a
 * well-formed UTF-8 sequence replaced by U+FFFD. Caller frees. */
static unsigned char *expected_decoding(const uint8_t *data, size_t size, size_t *len)
{
    unsigned char *out = malloc(3 * size + 1), *o = out;
    for (size_t i = 0; i < size;) {
        size_t n = utf8_seq(data + i, data + size);
        if (n) {
            memcpy(o, data + i, n);
            o += n;
            i += n;
        } else {
            memcpy(o, "\xef\xbf\xbd", 3);
            o += 3;
            i++;
        }
    }
    *len = (size_t)(o - out);
    return out;
}

static void check_escape(const uint8_t *data, size_t size)
{
    struct strbuf sb = {0};
    json_escape(&sb, (const char *)data, size);
    require(sb.data && strlen(sb.data) == sb.len, "escaped text has a NUL inside");
    require(json_valid(sb.data, sb.len), "invalid JSON string: %s", sb.data);

    /* Decodes to exactly the input, invalid bytes replaced. */
    struct cursor c = {(const unsigned char *)sb.data, (const unsigned char *)sb.data + sb.len, 0};
    unsigned char *decoded = malloc(sb.len + 1), *end = decoded;
    require(parse_string(&c, &end), "cannot decode: %s", sb.data);
    size_t want_len;
    unsigned char *want = expected_decoding(data, size, &want_len);
    require((size_t)(end - decoded) == want_len && memcmp(decoded, want, want_len) == 0,
            "%s does not decode to the input", sb.data);
    free(want);
    free(decoded);
    sb_free(&sb);
}

static void check_document(const uint8_t *data, size_t size, bool pretty)
{
    struct json j = {.pretty = pretty};
    char *text = malloc(size + 1);
    memcpy(text, data, size);
    text[size] = '\0';
    json_begin_object(&j, NULL);
    json_string(&j, text, text); /* stops at a NUL: keys and C strings do */
    json_string_n(&j, "raw", (const char *)data, size);
    json_begin_array(&j, text);
    json_int(&j, NULL, size > 0 ? (long long)data[0] - 128 : 0);
    json_null(&j, NULL);
    json_string(&j, NULL, NULL);
    json_begin_object(&j, NULL);
    json_end_object(&j);
    json_bool(&j, NULL, size & 1);
    json_end_array(&j);
    json_begin_array(&j, "empty");
    json_end_array(&j);
    json_end_object(&j);
    require(j.depth == 0, "depth %d after closing everything", j.depth);
    require(json_valid(j.sb.data, j.sb.len), "invalid document:\n%s", j.sb.data);
    free(text);
    sb_free(&j.sb);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    check_escape(data, size);
    check_document(data, size, false);
    check_document(data, size, true);
    return 0;
}
