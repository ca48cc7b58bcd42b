#include "source.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

struct invisible {
    const char *bytes;
    const char *name;
};

/* Characters that web pages and chat apps put into pasted code; gcc reports
 * them as "stray '\302' in program", which helps nobody. */
static const struct invisible invisibles[] = {
    {"\xc2\xa0", "U+00A0 NO-BREAK SPACE"},
    {"\xe2\x80\x8b", "U+200B ZERO WIDTH SPACE"},
    {"\xe2\x80\x8c", "U+200C ZERO WIDTH NON-JOINER"},
    {"\xe2\x80\x8d", "U+200D ZERO WIDTH JOINER"},
    {"\xe2\x80\xaf", "U+202F NARROW NO-BREAK SPACE"},
    {"\xe2\x81\xa0", "U+2060 WORD JOINER"},
    {"\xef\xbb\xbf", "U+FEFF ZERO WIDTH NO-BREAK SPACE (byte order mark)"},
    {"\xe3\x80\x80", "U+3000 IDEOGRAPHIC SPACE"},
    {"\xe2\x80\x9c", "U+201C LEFT DOUBLE QUOTATION MARK (a curly quote)"},
    {"\xe2\x80\x9d", "U+201D RIGHT DOUBLE QUOTATION MARK (a curly quote)"},
    {"\xe2\x80\x98", "U+2018 LEFT SINGLE QUOTATION MARK (a curly quote)"},
    {"\xe2\x80\x99", "U+2019 RIGHT SINGLE QUOTATION MARK (a curly quote)"},
    {"\xe2\x88\x92", "U+2212 MINUS SIGN"},
};

/* Returns a copy of src where comments and string/char literals are blanked
 * (newlines kept), so later scans see only code. */
static char *code_only(const char *src, size_t len)
{
    char *out = xmalloc(len + 1);
    enum { CODE, LINE_COMMENT, BLOCK_COMMENT, STRING, CHAR } state = CODE;
    for (size_t i = 0; i < len; i++) {
        char c = src[i], next = '\0';
        if (i + 1 < len)
            next = src[i + 1];
        out[i] = c;
        if (state != CODE && c != '\n')
            out[i] = ' ';
        switch (state) {
        case CODE:
            if (c == '/' && next == '/')
                state = LINE_COMMENT, out[i] = ' ';
            else if (c == '/' && next == '*')
                state = BLOCK_COMMENT, out[i] = ' ', out[++i] = ' ';
            else if (c == '"')
                state = STRING;
            else if (c == '\'')
                state = CHAR;
            break;
        case LINE_COMMENT:
            if (c == '\n' && (i == 0 || src[i - 1] != '\\'))
                state = CODE;
            break;
        case BLOCK_COMMENT:
            if (c == '*' && next == '/')
                state = CODE, out[++i] = ' ';
            break;
        case STRING:
        case CHAR:
            if (c == '\\' && i + 1 < len) {
                out[i + 1] = src[i + 1] == '\n' ? '\n' : ' ';
                i++;
            } else if (c == (state == STRING ? '"' : '\'') || c == '\n')
                state = CODE;
            break;
        }
    }
    out[len] = '\0';
    return out;
}

static void find_invisible(const char *code, size_t len, struct source_facts *f)
{
    int line = 1, column = 1;
    for (size_t i = 0; i < len; i++) {
        for (size_t k = 0; k < ARRAY_LEN(invisibles); k++) {
            size_t n = strlen(invisibles[k].bytes);
            /* A byte order mark opening the file is harmless. */
            if (i + n <= len && memcmp(code + i, invisibles[k].bytes, n) == 0 &&
                !(i == 0 && k == 6)) {
                f->has_invisible = true;
                f->invisible_line = line;
                f->invisible_column = column;
                f->invisible_name = invisibles[k].name;
                return;
            }
        }
        if (code[i] == '\n')
            line++, column = 1;
        else if (((unsigned char)code[i] & 0xc0) != 0x80)
            column++;
    }
}

static bool is_ident(char c)
{
    return isalnum((unsigned char)c) || c == '_';
}

static const char *skip_space(const char *p)
{
    while (isspace((unsigned char)*p))
        p++;
    return p;
}

/* Is there, at brace depth 0, the word at p followed by what 'then' matches? */
static bool word_at(const char *code, const char *p, const char *word)
{
    size_t n = strlen(word);
    return strncmp(p, word, n) == 0 && !is_ident(p[n]) && (p == code || !is_ident(p[-1]));
}

static void find_definitions(const char *code, struct source_facts *f)
{
    int depth = 0;
    for (const char *p = code; *p; p++) {
        if (*p == '{')
            depth++;
        else if (*p == '}' && depth > 0)
            depth--;
        if (word_at(code, p, "main") && depth == 0 && *skip_space(p + 4) == '(')
            f->defines_main = true;
        if (!word_at(code, p, "struct"))
            continue;
        const char *q = skip_space(p + 6);
        if (word_at(code, q, "ListNode") && *skip_space(q + 8) == '{')
            f->defines_listnode = true;
        if (word_at(code, q, "TreeNode") && *skip_space(q + 8) == '{')
            f->defines_treenode = true;
    }
}

void source_analyze(const char *src, size_t len, struct source_facts *out)
{
    *out = (struct source_facts){0};
    char *code = code_only(src, len);
    find_invisible(code, len, out);
    find_definitions(code, out);
    free(code);
}

static char *trim(const char *start, const char *end)
{
    while (start < end && isspace((unsigned char)*start))
        start++;
    while (end > start && isspace((unsigned char)end[-1]))
        end--;
    return strndup(start, (size_t)(end - start));
}

/* "struct ListNode *head" -> "struct ListNode *"; a lone type stays as it is. */
static char *param_type(const char *param)
{
    const char *end = param + strlen(param);
    const char *p = end;
    while (p > param && is_ident(p[-1]))
        p--;
    const char *before = p;
    while (before > param && isspace((unsigned char)before[-1]))
        before--;
    /* A single word ("int") or no identifier at all: the whole text is the type. */
    if (p == param || before == param || p == end)
        return trim(param, end);
    return trim(param, p);
}

int signature_parse(const char *text, struct signature *out)
{
    *out = (struct signature){0};
    const char *open = strchr(text, '('), *close = strrchr(text, ')');
    if (!open || !close || close < open)
        return -1;
    const char *name_end = open;
    while (name_end > text && isspace((unsigned char)name_end[-1]))
        name_end--;
    const char *name = name_end;
    while (name > text && is_ident(name[-1]))
        name--;
    if (name == name_end || name == text)
        return -1;
    out->name = strndup(name, (size_t)(name_end - name));
    out->return_type = trim(text, name);
    char *params = trim(open + 1, close);
    out->param_types = xcalloc(strlen(params) / 2 + 2, sizeof *out->param_types);
    if (*params && strcmp(params, "void") != 0) {
        for (char *save = NULL, *tok = strtok_r(params, ",", &save); tok;
             tok = strtok_r(NULL, ",", &save))
            out->param_types[out->nparams++] = param_type(tok);
    }
    free(params);
    return 0;
}

void signature_free(struct signature *sig)
{
    for (size_t i = 0; i < sig->nparams; i++)
        free(sig->param_types[i]);
    free(sig->param_types);
    free(sig->return_type);
    free(sig->name);
    *sig = (struct signature){0};
}

char *signature_probe(const struct signature *sig)
{
    struct strbuf sb = {0};
    sb_printf(&sb, "#line 1 \"%s\"\n", SIGNATURE_PROBE_FILE);
    /* Mismatched pointer types are errors here, only here. */
    sb_puts(&sb, "#pragma GCC diagnostic push\n"
                 "#pragma GCC diagnostic error \"-Wint-conversion\"\n"
                 "#pragma GCC diagnostic error \"-Wincompatible-pointer-types\"\n"
                 "#pragma GCC diagnostic error \"-Wimplicit-function-declaration\"\n");
    sb_puts(&sb, "__attribute__((unused)) static void judge_signature_probe_(void)\n{\n");
    for (size_t i = 0; i < sig->nparams; i++)
        sb_printf(&sb, "    static %s judge_arg%zu_;\n", sig->param_types[i], i);
    bool returns = strcmp(sig->return_type, "void") != 0;
    if (returns)
        sb_printf(&sb, "    %s judge_result_ = ", sig->return_type);
    else
        sb_puts(&sb, "    ");
    sb_printf(&sb, "%s(", sig->name);
    for (size_t i = 0; i < sig->nparams; i++)
        sb_printf(&sb, "%sjudge_arg%zu_", i ? ", " : "", i);
    sb_puts(&sb, ");\n");
    if (returns)
        sb_puts(&sb, "    (void)judge_result_;\n");
    sb_puts(&sb, "}\n#pragma GCC diagnostic pop\n");
    return sb_take(&sb);
}
