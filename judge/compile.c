#include "compile.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "sandbox.h"
#include "source.h"
#include "util.h"

/* gcc itself forks cc1, as and ld; these limits apply to each of them. The wall
 * limit is what stops `#include "/dev/zero"` and template-bomb-like inputs. */
static const struct run_limits compiler_limits = {
    .cpu_ms = 15000,
    .wall_ms = 30000,
    .memory_bytes = 1LL << 30,
    .output_bytes = 64LL << 20,
    .stack_bytes = 64LL << 20,
    .max_processes = 16,
};

#define LOG_MAX_LINES 40
#define LOG_MAX_BYTES 8192

static const char *find_compiler(void)
{
    static const char *const candidates[] = {"/usr/bin/gcc", "/usr/local/bin/gcc", "/bin/gcc"};
    const char *env = getenv("JUDGE_CC");
    if (env && *env)
        return env;
    for (size_t i = 0; i < ARRAY_LEN(candidates); i++)
        if (access(candidates[i], X_OK) == 0)
            return candidates[i];
    return "/usr/bin/gcc";
}

static char *trim_log(const char *log)
{
    struct strbuf sb = {0};
    int lines = 0;
    const char *p = log;
    while (*p && lines < LOG_MAX_LINES && sb.len < LOG_MAX_BYTES) {
        const char *nl = strchr(p, '\n');
        size_t n = nl ? (size_t)(nl - p) + 1 : strlen(p);
        sb_append(&sb, p, n);
        p += n;
        lines++;
    }
    if (*p)
        sb_puts(&sb, "... (compiler output cut)\n");
    return sb_take(&sb);
}

/* Runs gcc with argv in workdir; captures its diagnostics into *log. */
static int run_compiler(const char *const *argv, const char *workdir, char **log, long *time_ms,
                        char *error, size_t errlen)
{
    char *log_path = xasprintf("%s/compiler.log", workdir);
    char *tmpdir_env = xasprintf("TMPDIR=%s", workdir);
    const char *envp[] = {"PATH=/usr/local/bin:/usr/bin:/bin", "LC_ALL=C", tmpdir_env, NULL};
    struct run_spec spec = {
        .argv = argv,
        .workdir = workdir,
        .stdout_path = log_path,
        .stderr_path = log_path,
        .envp = envp,
        .limits = compiler_limits,
    };
    struct run_result rr;
    int rc = sandbox_run(&spec, &rr);
    *time_ms = rr.wall_ms;
    size_t len;
    char *raw = read_file(log_path, 1 << 20, &len, NULL);
    *log = trim_log(raw ? raw : "");
    free(raw);
    unlink(log_path);
    free(log_path);
    free(tmpdir_env);
    if (rc < 0) {
        snprintf(error, errlen, "%s", rr.outcome == RUN_INTERRUPTED ? "interrupted" : rr.error);
        return -1;
    }
    switch (rr.outcome) {
    case RUN_EXITED:
        return rr.exit_code == 0 ? 0 : 1;
    case RUN_CPU_LIMIT:
    case RUN_WALL_LIMIT:
        snprintf(error, errlen, "compilation took too long (limit %lds)",
                 compiler_limits.wall_ms / 1000);
        return 1;
    case RUN_MEMORY_LIMIT:
        snprintf(error, errlen, "compilation used too much memory");
        return 1;
    case RUN_OUTPUT_LIMIT:
        snprintf(error, errlen, "compilation wrote too much output");
        return 1;
    default:
        snprintf(error, errlen, "the compiler was killed by %s", sandbox_signal_name(rr.signal));
        return 1;
    }
}

static char *display_name(const char *path)
{
    const char *base = strrchr(path, '/') ? strrchr(path, '/') + 1 : path;
    char *name = xstrdup(base);
    for (char *c = name; *c; c++)
        if (*c == '"' || *c == '\\' || (unsigned char)*c < 0x20)
            *c = '_';
    return name;
}

/* Rejects what is not a C source before gcc sees it; returns a message or NULL. */
static char *reject_content(const char *name, const char *src, size_t len, bool truncated,
                            const struct source_facts *facts)
{
    if (truncated)
        return xasprintf("%s is larger than %d KiB: that is not an interview solution "
                         "(is it the right file?)\n",
                         name, COMPILE_MAX_SOURCE / 1024);
    if (len == 0)
        return xasprintf("%s is empty\n", name);
    if (memchr(src, '\0', len))
        return xasprintf("%s is a binary file, not C source (it contains NUL bytes)\n", name);
    if (facts->has_invisible)
        return xasprintf("%s:%d:%d: error: invisible character %s in the code -- pasted from a "
                         "web page? Replace it with a plain space (or a plain quote) and "
                         "resubmit.\n",
                         name, facts->invisible_line, facts->invisible_column,
                         facts->invisible_name);
    return NULL;
}

static char *function_wrapper(const char *name, const char *src, size_t len,
                              const struct source_facts *facts, const struct signature *sig)
{
    struct strbuf sb = {0};
    if (facts->defines_listnode)
        sb_puts(&sb, "#define JUDGE_NO_LISTNODE 1\n");
    if (facts->defines_treenode)
        sb_puts(&sb, "#define JUDGE_NO_TREENODE 1\n");
    /* The harness owns main; a solution's own main is renamed out of the way. */
    sb_puts(&sb, "#include \"leetcode.h\"\n#define main judge_user_main_\n");
    sb_printf(&sb, "#line 1 \"%s\"\n", name);
    sb_append(&sb, src, len);
    sb_puts(&sb, "\n#undef main\n");
    char *probe = signature_probe(sig);
    sb_puts(&sb, probe);
    free(probe);
    return sb_take(&sb);
}

static char *program_wrapper(const char *name, const char *src, size_t len)
{
    struct strbuf sb = {0};
    sb_printf(&sb, "#line 1 \"%s\"\n", name);
    sb_append(&sb, src, len);
    sb_puts(&sb, "\n");
    return sb_take(&sb);
}

/* Copies the compiler log without the probe's own lines, which mean nothing to users. */
static void append_user_lines(struct strbuf *sb, const char *log)
{
    for (const char *p = log; *p;) {
        const char *nl = strchr(p, '\n');
        size_t n = nl ? (size_t)(nl - p) + 1 : strlen(p);
        if (!memmem(p, n, SIGNATURE_PROBE_FILE, strlen(SIGNATURE_PROBE_FILE)) &&
            !memmem(p, n, "judge_signature_probe_", 22) && !memmem(p, n, "judge_arg", 9) &&
            !memmem(p, n, "warnings being treated as errors", 32))
            sb_append(sb, p, n);
        p += n;
    }
}

static bool user_code_has_errors(const char *log)
{
    for (const char *p = log; *p;) {
        const char *nl = strchr(p, '\n');
        size_t n = nl ? (size_t)(nl - p) : strlen(p);
        if (memmem(p, n, ": error:", 8) &&
            !memmem(p, n, SIGNATURE_PROBE_FILE, strlen(SIGNATURE_PROBE_FILE)))
            return true;
        p += n + (nl ? 1 : 0);
    }
    return false;
}

/* Turns gcc's view of a signature mismatch into the user's. */
static char *explain_log(const char *log, const struct problem *p, const struct signature *sig)
{
    struct strbuf sb = {0};
    /* The probe is only worth explaining when the user's own code compiled. */
    bool probe_failed = strstr(log, SIGNATURE_PROBE_FILE) && !user_code_has_errors(log);
    char *undefined = sig ? xasprintf("undefined reference to `%s'", sig->name) : NULL;
    if (probe_failed && (strstr(log, "implicit declaration") || strstr(log, "undeclared"))) {
        sb_printf(&sb, "Your code has no function '%s'. This problem expects:\n    %s\n", sig->name,
                  p->signature);
        const char *hint = strstr(log, "did you mean '");
        const char *end = hint ? strchr(hint + 14, '\'') : NULL;
        if (end)
            sb_printf(&sb, "Yours is called '%.*s'? Rename it to '%s'.\n", (int)(end - hint - 14),
                      hint + 14, sig->name);
    } else if (probe_failed &&
               (strstr(log, "too many arguments") || strstr(log, "too few arguments")))
        sb_printf(&sb,
                  "Your '%s' takes a different number of parameters than this problem's "
                  "(an old LeetCode signature?). Expected:\n    %s\n",
                  sig->name, p->signature);
    else if (probe_failed)
        sb_printf(&sb, "Your '%s' does not match this problem's signature. Expected:\n    %s\n",
                  sig->name, p->signature);
    else if (undefined && strstr(log, undefined))
        sb_printf(&sb, "'%s' is declared but never defined. Expected a definition of:\n    %s\n",
                  sig->name, p->signature);
    free(undefined);
    if (sb.len)
        sb_puts(&sb, "\n");
    append_user_lines(&sb, log);
    return sb_take(&sb);
}

static void set_result(struct compile_result *res, enum compile_status status, char *log)
{
    res->status = status;
    free(res->log);
    res->log = log ? log : xstrdup("");
}

static int build(const struct problem *p, const struct signature *sig, const char *wrapper_path,
                 const char *runtime_dir, const char *workdir, const char *output_path,
                 struct compile_result *res)
{
    char *include = xasprintf("-I%s", runtime_dir ? runtime_dir : ".");
    const char *argv[24];
    size_t n = 0;
    argv[n++] = find_compiler();
    const char *common[] = {"-std=gnu11",      "-O2",     "-pipe", "-fdiagnostics-color=never",
                            "-fmax-errors=10", "-static", "-o",    output_path,
                            wrapper_path};
    for (size_t i = 0; i < ARRAY_LEN(common); i++)
        argv[n++] = common[i];
    if (p->kind == PROBLEM_FUNCTION) {
        argv[n++] = include;
        argv[n++] = p->harness_path;
    }
    argv[n++] = "-lm";
    argv[n] = NULL;

    char *log = NULL, error[256] = "";
    int rc = run_compiler(argv, workdir, &log, &res->time_ms, error, sizeof error);
    free(include);
    if (rc < 0) {
        set_result(res, COMPILE_INTERNAL, xasprintf("cannot run the compiler: %s\n", error));
        free(log);
        return -1;
    }
    if (rc > 0) {
        char *explained = explain_log(log, p, sig);
        set_result(res, COMPILE_ERROR,
                   error[0] ? xasprintf("%s\n%s", error, explained) : xstrdup(explained));
        free(explained);
        free(log);
        return -1;
    }
    free(log);
    res->status = COMPILE_OK;
    return 0;
}

int compile_solution(const struct problem *p, const char *solution_path, const char *runtime_dir,
                     const char *workdir, const char *output_path, struct compile_result *res)
{
    *res = (struct compile_result){.log = xstrdup(""), .notes = xstrdup("")};
    char *name = display_name(solution_path);
    size_t len = 0;
    bool truncated = false;
    char *src = read_file(solution_path, COMPILE_MAX_SOURCE, &len, &truncated);
    if (!src) {
        set_result(res, COMPILE_ERROR, xasprintf("cannot read %s: %s\n", name, strerror(errno)));
        free(name);
        return -1;
    }
    struct source_facts facts;
    source_analyze(src, len, &facts);
    char *rejected = reject_content(name, src, len, truncated, &facts);
    struct signature sig = {0};
    int rc = -1;
    if (rejected) {
        set_result(res, COMPILE_ERROR, rejected);
    } else if (p->kind == PROBLEM_FUNCTION && signature_parse(p->signature, &sig) < 0) {
        set_result(res, COMPILE_INTERNAL,
                   xasprintf("%s: cannot parse the signature '%s'\n", p->yaml_path, p->signature));
    } else {
        if (p->kind == PROBLEM_FUNCTION && facts.defines_main) {
            free(res->notes);
            res->notes = xasprintf("%s defines its own main(); it was set aside (the problem's "
                                   "harness calls %s).\n",
                                   name, sig.name);
        }
        char *wrapper = p->kind == PROBLEM_FUNCTION ? function_wrapper(name, src, len, &facts, &sig)
                                                    : program_wrapper(name, src, len);
        /* gcc quotes source lines in its diagnostics from the file #line names,
         * relative to its cwd: a copy under the user's own name makes that work. */
        char *wrapper_path = xasprintf("%s/.judge-wrapper.c", workdir);
        char *copy_path = xasprintf("%s/%s", workdir, name);
        if (write_file(wrapper_path, wrapper, strlen(wrapper)) < 0 ||
            write_file(copy_path, src, len) < 0)
            set_result(res, COMPILE_INTERNAL,
                       xasprintf("cannot write %s: %s\n", wrapper_path, strerror(errno)));
        else
            rc = build(p, p->kind == PROBLEM_FUNCTION ? &sig : NULL, wrapper_path, runtime_dir,
                       workdir, output_path, res);
        free(copy_path);
        free(wrapper_path);
        free(wrapper);
    }
    signature_free(&sig);
    free(src);
    free(name);
    return rc;
}

int compile_helper(const char *source, const char *workdir, const char *output_path,
                   struct compile_result *res)
{
    *res = (struct compile_result){.log = xstrdup(""), .notes = xstrdup("")};
    const char *argv[] = {
        find_compiler(), "-std=gnu11", "-O2", "-pipe", "-fdiagnostics-color=never", "-static", "-o",
        output_path,     source,       "-lm", NULL};
    char *log = NULL, error[256] = "";
    int rc = run_compiler(argv, workdir, &log, &res->time_ms, error, sizeof error);
    if (rc != 0) {
        set_result(res, COMPILE_INTERNAL,
                   xasprintf("cannot compile %s: %s\n%s", source, error[0] ? error : "", log));
        free(log);
        return -1;
    }
    free(log);
    res->status = COMPILE_OK;
    return 0;
}

void compile_result_free(struct compile_result *res)
{
    free(res->log);
    free(res->notes);
    res->log = res->notes = NULL;
}
