#include "json.h"

#include <string.h>

static void newline(struct json *j)
{
    if (!j->pretty)
        return;
    sb_puts(&j->sb, "\n");
    for (int i = 0; i < j->depth; i++)
        sb_puts(&j->sb, "  ");
}

static void key_prefix(struct json *j, const char *key)
{
    if (j->need_comma)
        sb_puts(&j->sb, ",");
    if (j->depth > 0)
        newline(j);
    if (key) {
        json_escape(&j->sb, key, strlen(key));
        sb_puts(&j->sb, j->pretty ? ": " : ":");
    }
    j->need_comma = true;
}

static void open_container(struct json *j, const char *key, const char *bracket)
{
    key_prefix(j, key);
    sb_puts(&j->sb, bracket);
    j->depth++;
    j->need_comma = false;
}

static void close_container(struct json *j, const char *bracket)
{
    j->depth--;
    if (j->need_comma)
        newline(j);
    sb_puts(&j->sb, bracket);
    j->need_comma = true;
}

void json_begin_object(struct json *j, const char *key)
{
    open_container(j, key, "{");
}

void json_end_object(struct json *j)
{
    close_container(j, "}");
}

void json_begin_array(struct json *j, const char *key)
{
    open_container(j, key, "[");
}

void json_end_array(struct json *j)
{
    close_container(j, "]");
}

void json_string(struct json *j, const char *key, const char *s)
{
    if (!s) {
        json_null(j, key);
        return;
    }
    json_string_n(j, key, s, strlen(s));
}

void json_string_n(struct json *j, const char *key, const char *s, size_t n)
{
    key_prefix(j, key);
    json_escape(&j->sb, s, n);
}

void json_int(struct json *j, const char *key, long long v)
{
    key_prefix(j, key);
    sb_printf(&j->sb, "%lld", v);
}

void json_bool(struct json *j, const char *key, bool v)
{
    key_prefix(j, key);
    sb_puts(&j->sb, v ? "true" : "false");
}

void json_null(struct json *j, const char *key)
{
    key_prefix(j, key);
    sb_puts(&j->sb, "null");
}

/* Length of the valid UTF-8 sequence at s (at most n bytes), or 0 if invalid. */
static size_t utf8_length(const unsigned char *s, size_t n)
{
    size_t len = s[0] >= 0xf0 && s[0] <= 0xf4 ? 4 : s[0] >= 0xe0 ? 3 : s[0] >= 0xc2 ? 2 : 0;
    if (s[0] >= 0xf5 || len == 0 || len > n)
        return 0;
    for (size_t i = 1; i < len; i++)
        if ((s[i] & 0xc0) != 0x80)
            return 0;
    if ((len == 3 && s[0] == 0xe0 && s[1] < 0xa0) || (len == 4 && s[0] == 0xf0 && s[1] < 0x90) ||
        (len == 4 && s[0] == 0xf4 && s[1] >= 0x90) || (len == 3 && s[0] == 0xed && s[1] >= 0xa0))
        return 0;
    return len;
}

void json_escape(struct strbuf *sb, const char *s, size_t n)
{
    const unsigned char *p = (const unsigned char *)s;
    sb_puts(sb, "\"");
    for (size_t i = 0; i < n;) {
        unsigned char c = p[i];
        if (c >= 0x80) {
            size_t len = utf8_length(p + i, n - i);
            if (len) {
                sb_append(sb, s + i, len);
                i += len;
            } else {
                sb_puts(sb, "\\ufffd");
                i++;
            }
            continue;
        }
        switch (c) {
        case '"':
            sb_puts(sb, "\\\"");
            break;
        case '\\':
            sb_puts(sb, "\\\\");
            break;
        case '\n':
            sb_puts(sb, "\\n");
            break;
        case '\r':
            sb_puts(sb, "\\r");
            break;
        case '\t':
            sb_puts(sb, "\\t");
            break;
        default:
            if (c < 0x20 || c == 0x7f)
                sb_printf(sb, "\\u%04x", c);
            else
                sb_append(sb, s + i, 1);
        }
        i++;
    }
    sb_puts(sb, "\"");
}
