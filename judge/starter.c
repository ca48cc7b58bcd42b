#include "starter.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "source.h"
#include "util.h"

static const char listnode_comment[] = "/**\n"
                                       " * Definition for singly-linked list.\n"
                                       " * struct ListNode {\n"
                                       " *     int val;\n"
                                       " *     struct ListNode *next;\n"
                                       " * };\n"
                                       " */\n";

static const char treenode_comment[] = "/**\n"
                                       " * Definition for a binary tree node.\n"
                                       " * struct TreeNode {\n"
                                       " *     int val;\n"
                                       " *     struct TreeNode *left;\n"
                                       " *     struct TreeNode *right;\n"
                                       " * };\n"
                                       " */\n";

static const char returned_array_note[] = "/**\n"
                                          " * Note: The returned array must be malloced, assume "
                                          "caller calls free().\n"
                                          " */\n";

char *starter_file_name(const struct problem *p)
{
    return xasprintf("%s.c", p->id);
}

/* What a TODO body returns so that it compiles without a warning: a neutral value. */
static const char *neutral_value(const char *return_type)
{
    if (strchr(return_type, '*'))
        return "NULL";
    if (strcmp(return_type, "bool") == 0)
        return "false";
    if (strcmp(return_type, "double") == 0 || strcmp(return_type, "float") == 0)
        return "0.0";
    return "0";
}

/* True when the signature has a pointer parameter called name (LeetCode's out-parameters). */
static bool has_out_param(const char *signature, const char *name)
{
    size_t n = strlen(name);
    for (const char *at = strstr(signature, name); at; at = strstr(at + 1, name)) {
        const char *before = at;
        while (before > signature && before[-1] == ' ')
            before--;
        char after = at[n];
        if (before > signature && before[-1] == '*' && (after == ',' || after == ')'))
            return true;
    }
    return false;
}

static void function_body(struct strbuf *sb, const struct problem *p)
{
    struct signature sig;
    const char *ret = "int";
    bool parsed = signature_parse(p->signature, &sig) == 0;
    if (parsed)
        ret = sig.return_type;
    if (strstr(p->signature, "ListNode"))
        sb_puts(sb, listnode_comment);
    if (strstr(p->signature, "TreeNode"))
        sb_puts(sb, treenode_comment);
    bool returns_size = has_out_param(p->signature, "returnSize");
    if (returns_size)
        sb_puts(sb, returned_array_note);
    /* LeetCode's layout: the prototype without its semicolon, the brace on the same line. */
    size_t len = strlen(p->signature);
    while (len > 0 && (p->signature[len - 1] == ';' || p->signature[len - 1] == ' '))
        len--;
    sb_printf(sb, "%.*s {\n    // TODO: your solution\n", (int)len, p->signature);
    if (returns_size)
        sb_puts(sb, "    *returnSize = 0;\n");
    if (strcmp(ret, "void") != 0)
        sb_printf(sb, "    return %s;\n", neutral_value(ret));
    sb_puts(sb, "}\n");
    if (parsed)
        signature_free(&sig);
}

char *starter_source(const struct problem *p, const char *file_name)
{
    struct strbuf sb = {0};
    sb_printf(&sb,
              "/*\n"
              " * %s -- %s (%s)\n"
              " *\n"
              " * The statement:          judge show %s\n"
              " * Judge this file:        judge test %s %s\n"
              " * Re-judge on every save: judge watch %s %s\n"
              " * A small failing input:  judge stress %s %s\n"
              " */\n",
              p->id, p->title, difficulty_name(p->difficulty), p->id, p->id, file_name, p->id,
              file_name, p->id, file_name);
    if (p->kind == PROBLEM_FUNCTION) {
        sb_puts(&sb, "\n");
        function_body(&sb, p);
    } else {
        sb_puts(&sb, "#include <stdio.h>\n\n"
                     "int main(void) {\n"
                     "    // TODO: read standard input, write the answer to standard output\n"
                     "    return 0;\n"
                     "}\n");
    }
    return sb_take(&sb);
}

char *starter_readme(const struct problem *const *problems, size_t n)
{
    struct strbuf sb = {0};
    sb_puts(&sb, "# Practice\n\n"
                 "One starter file per problem. Each compiles as it is: replace the TODO with "
                 "your solution.\n\n");
    sb_puts(&sb, "| file | problem | level |\n|---|---|---|\n");
    for (size_t i = 0; i < n; i++) {
        char *file = starter_file_name(problems[i]);
        sb_printf(&sb, "| `%s` | %s | %s |\n", file, problems[i]->title,
                  difficulty_name(problems[i]->difficulty));
        free(file);
    }
    const char *id = n ? problems[0]->id : "PROBLEM";
    sb_printf(&sb,
              "\n"
              "## Commands\n\n"
              "```console\n"
              "$ judge show %s              # statement, signature, limits, samples\n"
              "$ judge show %s --hints      # hints, from a nudge to the approach\n"
              "$ judge test %s %s.c         # every test: verdicts and the first failure\n"
              "$ judge watch %s %s.c        # re-judge on every save (Ctrl-C stops)\n"
              "$ judge stress %s %s.c       # random small tests against the reference;\n"
              "                               # prints a minimal failing input\n"
              "$ judge complexity %s %s.c   # your running time's growth beside the "
              "reference's\n"
              "$ judge mock --minutes 45      # a timed mock interview\n"
              "$ judge history                # your attempts and sessions\n"
              "```\n\n"
              "Function problems use LeetCode's C signatures: the usual headers, `uthash.h`,\n"
              "`struct ListNode` and `struct TreeNode` are there without an `#include`, and a\n"
              "`main` of your own for local testing is set aside when judging.\n",
              id, id, id, id, id, id, id, id, id, id);
    return sb_take(&sb);
}

int starter_make_folder(const char *path)
{
    char *p = xstrdup(path);
    int rc = 0;
    for (char *s = strchr(p + 1, '/'); s && rc == 0; s = strchr(s + 1, '/')) {
        *s = '\0';
        if (mkdir(p, 0755) < 0 && errno != EEXIST)
            rc = -1;
        *s = '/';
    }
    if (rc == 0 && mkdir(p, 0755) < 0 && errno != EEXIST)
        rc = -1;
    free(p);
    if (rc == 0 && !path_is_dir(path)) {
        errno = ENOTDIR;
        rc = -1;
    }
    return rc;
}

int starter_write_new(const char *dir, const char *name, const char *text)
{
    char *path = xasprintf("%s/%s", dir, name);
    /* O_EXCL: an existing file, even one created a moment ago, is never replaced. */
    int fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
    if (fd < 0) {
        int e = errno;
        free(path);
        errno = e;
        return e == EEXIST ? 0 : -1;
    }
    size_t len = strlen(text), done = 0;
    int rc = 1;
    while (done < len && rc > 0) {
        ssize_t w = write(fd, text + done, len - done);
        if (w > 0)
            done += (size_t)w;
        else if (!(w < 0 && errno == EINTR))
            rc = -1;
    }
    if (close(fd) < 0)
        rc = -1;
    if (rc < 0) {
        /* A half-written starter would be kept forever by the rule above. */
        int e = errno;
        unlink(path);
        errno = e;
    }
    free(path);
    return rc;
}
