/* Escaping text for the markup reports: XML and HTML (JUnit, the HTML page) and Markdown
 * tables. Submissions print anything, so the escapers also make arbitrary bytes safe. */
#ifndef JUDGE_MARKUP_H
#define JUDGE_MARKUP_H

#include <stddef.h>

#include "util.h"

/* Appends s escaped for XML/HTML text and attribute values (&, <, >, ", '). Invalid
 * UTF-8 becomes U+FFFD; control characters that XML 1.0 forbids (all below 0x20 except
 * tab, newline and carriage return) are written as the text "\xNN". s may be NULL. */
void markup_escape(struct strbuf *sb, const char *s);

/* The same for at most n bytes of s (a cut in the middle of a character is replaced). */
void markup_escape_n(struct strbuf *sb, const char *s, size_t n);

/* A malloc'd copy of s with every invalid UTF-8 sequence replaced by U+FFFD and nothing
 * else changed. s may be NULL (gives ""). */
char *markup_utf8(const char *s);

/* Appends s for a Markdown table cell: one line (newlines become spaces), the characters
 * Markdown reads (| \ ` * _ [ ]) backslash-escaped, & < > as entities, invalid UTF-8 as
 * U+FFFD. s may be NULL. */
void markup_md_cell(struct strbuf *sb, const char *s);

/* Appends s as a fragment identifier: letters, digits and '-' as they are, every other
 * byte as "_XX" (hex), so different names never share an id. */
void markup_id(struct strbuf *sb, const char *s);

#endif
