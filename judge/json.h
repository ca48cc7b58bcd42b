/* A minimal JSON writer: enough for reports, with correct escaping. */
#ifndef JUDGE_JSON_H
#define JUDGE_JSON_H

#include <stdbool.h>
#include <stddef.h>

#include "util.h"

struct json {
    struct strbuf sb;
    bool need_comma;
    int depth;
    bool pretty;
};

void json_begin_object(struct json *j, const char *key);
void json_end_object(struct json *j);
void json_begin_array(struct json *j, const char *key);
void json_end_array(struct json *j);
/* key is NULL inside arrays. s may be NULL (written as null). */
void json_string(struct json *j, const char *key, const char *s);
void json_string_n(struct json *j, const char *key, const char *s, size_t n);
void json_int(struct json *j, const char *key, long long v);
void json_bool(struct json *j, const char *key, bool v);
void json_null(struct json *j, const char *key);

/* Appends s as a JSON string literal (quotes included). Invalid UTF-8 bytes
 * become U+FFFD so the output is always valid JSON. */
void json_escape(struct strbuf *sb, const char *s, size_t n);

#endif
