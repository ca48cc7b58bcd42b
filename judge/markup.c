#include "markup.h"

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Length of the valid UTF-8 sequence at s (at most n bytes), or 0 when it is not one.
 * Overlong forms, surrogates, U+FFFE/U+FFFF and code points past U+10FFFF are invalid:
 * XML refuses the last three kinds. */
static size_t utf8_len(const unsigned char *s, size_t n)
{
    size_t len = s[0] < 0xc2 ? 0 : s[0] < 0xe0 ? 2 : s[0] < 0xf0 ? 3 : s[0] < 0xf5 ? 4 : 0;
    if (len == 0 || len > n)
        return 0;
    uint32_t cp = s[0] & (0x7f >> len);
    for (size_t i = 1; i < len; i++) {
        if ((s[i] & 0xc0) != 0x80)
            return 0;
        cp = cp << 6 | (s[i] & 0x3f);
    }
    static const uint32_t min[] = {0, 0, 0x80, 0x800, 0x10000};
    if (cp < min[len] || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff) || cp == 0xfffe ||
        cp == 0xffff)
        return 0;
    return len;
}

void markup_escape_n(struct strbuf *sb, const char *s, size_t n)
{
    const unsigned char *p = (const unsigned char *)s;
    for (size_t i = 0; s && i < n && p[i];) {
        unsigned char c = p[i];
        if (c >= 0x80) {
            size_t len = utf8_len(p + i, n - i);
            if (len)
                sb_append(sb, s + i, len);
            else
                sb_puts(sb, "\xef\xbf\xbd");
            i += len ? len : 1;
            continue;
        }
        if (c == '&')
            sb_puts(sb, "&amp;");
        else if (c == '<')
            sb_puts(sb, "&lt;");
        else if (c == '>')
            sb_puts(sb, "&gt;");
        else if (c == '"')
            sb_puts(sb, "&quot;");
        else if (c == '\'')
            sb_puts(sb, "&#39;");
        else if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f)
            sb_printf(sb, "\\x%02x", c);
        else
            sb_append(sb, s + i, 1);
        i++;
    }
}

char *markup_utf8(const char *s)
{
    struct strbuf sb = {0};
    sb_puts(&sb, "");
    const unsigned char *p = (const unsigned char *)s;
    size_t n = s ? strlen(s) : 0;
    for (size_t i = 0; i < n;) {
        size_t len = p[i] < 0x80 ? 1 : utf8_len(p + i, n - i);
        sb_append(&sb, len ? s + i : "\xef\xbf\xbd", len ? len : 3);
        i += len ? len : 1;
    }
    return sb_take(&sb);
}

void markup_escape(struct strbuf *sb, const char *s)
{
    markup_escape_n(sb, s, s ? strlen(s) : 0);
}

void markup_md_cell(struct strbuf *sb, const char *s)
{
    char *text = markup_utf8(s);
    for (const char *p = text; *p; p++) {
        unsigned char c = (unsigned char)*p;
        if (c == '\n' || c == '\r')
            sb_puts(sb, " ");
        else if (c == '&')
            sb_puts(sb, "&amp;");
        else if (c == '<')
            sb_puts(sb, "&lt;");
        else if (c == '>')
            sb_puts(sb, "&gt;");
        else if (c < 0x20 || c == 0x7f)
            sb_printf(sb, "\\x%02x", c);
        else if (strchr("|\\`*_[]", c))
            sb_printf(sb, "\\%c", c);
        else
            sb_append(sb, p, 1);
    }
    free(text);
}

void markup_id(struct strbuf *sb, const char *s)
{
    for (const unsigned char *p = (const unsigned char *)s; p && *p; p++) {
        bool plain = (*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') ||
                     (*p >= '0' && *p <= '9') || *p == '-';
        if (plain)
            sb_append(sb, (const char *)p, 1);
        else
            sb_printf(sb, "_%02x", *p);
    }
}
