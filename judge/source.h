/* What the judge needs to know about a user's C file before compiling it:
 * pasted invisible characters, a main() to set aside, LeetCode structs it
 * defines itself, and a call probe that checks the problem's signature. */
#ifndef JUDGE_SOURCE_H
#define JUDGE_SOURCE_H

#include <stdbool.h>
#include <stddef.h>

struct source_facts {
    bool defines_main;
    bool defines_listnode, defines_treenode;
    /* First invisible or look-alike character outside comments and literals: */
    bool has_invisible;
    int invisible_line, invisible_column; /* 1-based; column in characters */
    const char *invisible_name;           /* "U+00A0 NO-BREAK SPACE"; static */
};

/* Scans len bytes of C source (need not be NUL-terminated). */
void source_analyze(const char *src, size_t len, struct source_facts *out);

/* A parsed C prototype such as "bool hasCycle(struct ListNode *head);". */
struct signature {
    char *return_type;  /* "bool" */
    char *name;         /* "hasCycle" */
    char **param_types; /* "struct ListNode *" */
    size_t nparams;
};

/* Parses text; returns 0, or -1 when it is not a prototype this judge understands. */
int signature_parse(const char *text, struct signature *out);
void signature_free(struct signature *sig);

/* C code (malloc'd) that calls the function with arguments of the signature's
 * types, so the compiler rejects a missing or differently shaped function. */
char *signature_probe(const struct signature *sig);

/* The file name the probe's diagnostics carry (via #line). */
#define SIGNATURE_PROBE_FILE "<judge: signature check>"

#endif
