#include "compile.h"

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "sandbox.h"
#include "source.h"
#include "util.h"

/* gcc itself forks cc1, as and ld; these limits apply to each of them. The wall
 * limit is what stops `#include "/dev/zero"` and template-bomb-like inputs. */
static const struct run_limits compiler_limits = {
    .cpu_ms = 10000,
    .wall_ms = 15000,
    .memory_bytes = 1LL << 30,
    .output_bytes = 64LL << 20,
    .stack_bytes = 64LL << 20,
    .max_processes = 16,
};

/* Flags of every build, then the extra ones of users' solutions. Part of
 * compile_identity, so a change here invalidates cached binaries. */
static const char *const base_flags[] = {"-std=gnu11", "-O2", "-pipe", "-fdiagnostics-color=never",
                                         "-static"};
static const char *const solution_flags[] = {"-fmax-errors=10"};
/* judge test --sanitize: instead of -O2 and -static (the sanitizer runtimes are shared
 * libraries), debug information for file:line and a stop at the first finding. */
static const char *const sanitize_flags[] = {"-O1", "-g", "-fsanitize=address,undefined",
                                             "-fno-omit-frame-pointer",
                                             "-fno-sanitize-recover=all"};

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

/* Runs gcc with argv in its private build directory; captures its diagnostics. */
static int run_compiler(const char *const *argv, const char *dir, char **log, long *time_ms,
                        char *error, size_t errlen)
{
    char *log_path = xasprintf("%s/compiler.log", dir);
    /* Relative: as another uid the compiler cannot walk the judge's private paths. */
    const char *envp[] = {"PATH=/usr/local/bin:/usr/bin:/bin", "LC_ALL=C", "TMPDIR=.", NULL};
    struct run_spec spec = {
        .profile = SANDBOX_COMPILER,
        .argv = argv,
        .workdir = dir,
        .stdin_path = dir, /* a directory: `#include "/dev/stdin"` fails to read */
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
    bool probe_failed = sig && strstr(log, SIGNATURE_PROBE_FILE) && !user_code_has_errors(log);
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

/*
 * Every compile happens in a fresh build directory inside the judge's workdir,
 * holding copies of all it needs under plain relative names. The compiler's
 * Landlock rules then allow the toolchain and that directory only: the problem
 * folder (with its expected answers) and the rest of the machine are out of
 * reach of `#include` and `.incbin`.
 */
static char *make_build_dir(const char *workdir, const char *tag)
{
    char *dir = xasprintf("%s/build-%s", workdir, tag);
    remove_tree(dir);
    if (mkdir(dir, 0700) < 0) {
        free(dir);
        return NULL;
    }
    return dir;
}

static int stage(const char *dir, const char *name, const char *data, size_t len)
{
    char *path = xasprintf("%s/%s", dir, name);
    int rc = write_file(path, data, len);
    free(path);
    return rc;
}

static int stage_copy(const char *dir, const char *name, const char *from)
{
    size_t len;
    char *data = read_file(from, 16 << 20, &len, NULL);
    if (!data)
        return -1;
    int rc = stage(dir, name, data, len);
    free(data);
    return rc;
}

/* The runtime headers and the harness, next to the wrapper. */
static int stage_harness(const char *dir, const struct problem *p, const char *runtime_dir)
{
    static const char *const headers[] = {"leetcode.h", "judge_harness.h"};
    for (size_t i = 0; i < ARRAY_LEN(headers); i++) {
        char *from = xasprintf("%s/%s", runtime_dir ? runtime_dir : ".", headers[i]);
        int rc = stage_copy(dir, headers[i], from);
        free(from);
        if (rc < 0)
            return -1;
    }
    return stage_copy(dir, "harness.c", p->harness_path);
}

/* Compiles in dir and moves the executable to output_path. Returns 0 on success,
 * 1 when the compiler rejected the code (log and error filled), -1 when the
 * compiler could not run (error filled). */
static int compile_in(const char *dir, const char *const *sources, bool sanitize,
                      const char *output_path, char **log, long *time_ms, char *error,
                      size_t errlen)
{
    const char *argv[32];
    size_t n = 0;
    argv[n++] = find_compiler();
    for (size_t i = 0; i < ARRAY_LEN(base_flags); i++)
        if (!sanitize ||
            (strcmp(base_flags[i], "-O2") != 0 && strcmp(base_flags[i], "-static") != 0))
            argv[n++] = base_flags[i];
    for (size_t i = 0; i < ARRAY_LEN(solution_flags); i++)
        argv[n++] = solution_flags[i];
    for (size_t i = 0; sanitize && i < ARRAY_LEN(sanitize_flags); i++)
        argv[n++] = sanitize_flags[i];
    argv[n++] = "-I.";
    argv[n++] = "-o";
    argv[n++] = "a.out";
    for (size_t i = 0; sources[i] && n < ARRAY_LEN(argv) - 2; i++)
        argv[n++] = sources[i];
    argv[n++] = "-lm";
    argv[n] = NULL;
    int rc = run_compiler(argv, dir, log, time_ms, error, errlen);
    if (rc != 0)
        return rc;
    char *built = xasprintf("%s/a.out", dir);
    if (rename(built, output_path) < 0) {
        snprintf(error, errlen, "cannot move %s to %s: %s", built, output_path, strerror(errno));
        rc = -1;
    }
    free(built);
    return rc;
}

static int build(const struct problem *p, const struct signature *sig, const char *dir,
                 const char *output_path, bool sanitize, struct compile_result *res)
{
    const char *sources[] = {".judge-wrapper.c", p->kind == PROBLEM_FUNCTION ? "harness.c" : NULL,
                             NULL};
    char *log = NULL, error[256] = "";
    int rc = compile_in(dir, sources, sanitize, output_path, &log, &res->time_ms, error,
                        sizeof error);
    if (rc < 0) {
        set_result(res, COMPILE_INTERNAL, xasprintf("cannot run the compiler: %s\n", error));
    } else if (rc > 0) {
        char *explained = explain_log(log, p, sig);
        set_result(res, COMPILE_ERROR,
                   error[0] ? xasprintf("%s\n%s", error, explained) : xstrdup(explained));
        free(explained);
    } else {
        res->status = COMPILE_OK;
    }
    free(log);
    return rc == 0 ? 0 : -1;
}

/* Writes the wrapper, the user's file (so gcc can quote its lines: the
 * wrapper's #line names it) and the harness into dir, then builds. */
static int stage_and_build(const struct problem *p, const struct signature *sig, const char *name,
                           const char *src, size_t len, const struct source_facts *facts,
                           const char *runtime_dir, const char *dir, const char *output_path,
                           bool sanitize, struct compile_result *res)
{
    char *wrapper = p->kind == PROBLEM_FUNCTION ? function_wrapper(name, src, len, facts, sig)
                                                : program_wrapper(name, src, len);
    bool staged = stage(dir, ".judge-wrapper.c", wrapper, strlen(wrapper)) == 0 &&
                  stage(dir, name, src, len) == 0 &&
                  (p->kind != PROBLEM_FUNCTION || stage_harness(dir, p, runtime_dir) == 0);
    free(wrapper);
    if (!staged) {
        set_result(res, COMPILE_INTERNAL,
                   xasprintf("cannot prepare the build in %s: %s\n", dir, strerror(errno)));
        return -1;
    }
    return build(p, p->kind == PROBLEM_FUNCTION ? sig : NULL, dir, output_path, sanitize, res);
}

int compile_solution(const struct problem *p, const char *solution_path, const char *runtime_dir,
                     const char *workdir, const char *output_path, struct compile_result *res)
{
    return compile_solution_with(p, solution_path, runtime_dir, workdir, output_path, NULL, res);
}

int compile_solution_with(const struct problem *p, const char *solution_path,
                          const char *runtime_dir, const char *workdir, const char *output_path,
                          const struct compile_options *opt, struct compile_result *res)
{
    bool sanitize = opt && opt->sanitize;
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
    char *dir = NULL;
    int rc = -1;
    if (rejected) {
        set_result(res, COMPILE_ERROR, rejected);
    } else if (p->kind == PROBLEM_FUNCTION && signature_parse(p->signature, &sig) < 0) {
        set_result(res, COMPILE_INTERNAL,
                   xasprintf("%s: cannot parse the signature '%s'\n", p->yaml_path, p->signature));
    } else if (!(dir = make_build_dir(workdir, "solution"))) {
        set_result(
            res, COMPILE_INTERNAL,
            xasprintf("cannot create a build directory in %s: %s\n", workdir, strerror(errno)));
    } else {
        if (p->kind == PROBLEM_FUNCTION && facts.defines_main) {
            free(res->notes);
            res->notes = xasprintf("%s defines its own main(); it was set aside (the problem's "
                                   "harness calls %s).\n",
                                   name, sig.name);
        }
        rc = stage_and_build(p, &sig, name, src, len, &facts, runtime_dir, dir, output_path,
                             sanitize, res);
    }
    remove_tree(dir);
    free(dir);
    signature_free(&sig);
    free(src);
    free(name);
    return rc;
}

/* Copies the helper's source and the headers beside it (a checker may include
 * its own testlib-style header). */
static int stage_helper(const char *dir, const char *source)
{
    char *folder = xstrdup(source);
    char *slash = strrchr(folder, '/');
    if (slash)
        *slash = '\0';
    DIR *d = opendir(slash ? folder : ".");
    struct dirent *e;
    int rc = stage_copy(dir, "helper.c", source);
    while (rc == 0 && d && (e = readdir(d))) {
        size_t n = strlen(e->d_name);
        if (n > 2 && strcmp(e->d_name + n - 2, ".h") == 0) {
            char *from = xasprintf("%s/%s", slash ? folder : ".", e->d_name);
            rc = stage_copy(dir, e->d_name, from);
            free(from);
        }
    }
    if (d)
        closedir(d);
    free(folder);
    return rc;
}

int compile_helper(const char *source, const char *workdir, const char *output_path,
                   struct compile_result *res)
{
    *res = (struct compile_result){.log = xstrdup(""), .notes = xstrdup("")};
    const char *base = strrchr(output_path, '/') ? strrchr(output_path, '/') + 1 : output_path;
    char *dir = make_build_dir(workdir, base);
    char *log = NULL, error[256] = "";
    int rc = -1;
    if (!dir || stage_helper(dir, source) < 0) {
        snprintf(error, sizeof error, "cannot prepare the build: %s", strerror(errno));
    } else {
        const char *sources[] = {"helper.c", NULL};
        rc = compile_in(dir, sources, false, output_path, &log, &res->time_ms, error,
                        sizeof error);
    }
    if (rc != 0)
        set_result(res, COMPILE_INTERNAL,
                   xasprintf("cannot compile %s: %s\n%s", source, error, log ? log : ""));
    else
        res->status = COMPILE_OK;
    free(log);
    remove_tree(dir);
    free(dir);
    return rc == 0 ? 0 : -1;
}

char *compile_identity(const char *workdir, char *err, size_t errlen)
{
    char *dir = make_build_dir(workdir, "identity");
    if (!dir) {
        snprintf(err, errlen, "cannot create a build directory in %s: %s", workdir,
                 strerror(errno));
        return NULL;
    }
    const char *argv[] = {find_compiler(), "-dumpfullversion", "-dumpmachine", NULL};
    char *log = NULL;
    long time_ms;
    int rc = run_compiler(argv, dir, &log, &time_ms, err, errlen);
    remove_tree(dir);
    free(dir);
    if (rc != 0) {
        if (rc > 0)
            snprintf(err, errlen, "%s -dumpfullversion failed: %s", argv[0], log);
        free(log);
        return NULL;
    }
    struct strbuf sb = {0};
    sb_printf(&sb, "%s\n%s", argv[0], log);
    for (size_t i = 0; i < ARRAY_LEN(base_flags); i++)
        sb_printf(&sb, "%s ", base_flags[i]);
    for (size_t i = 0; i < ARRAY_LEN(solution_flags); i++)
        sb_printf(&sb, "%s ", solution_flags[i]);
    sb_puts(&sb, "\n");
    free(log);
    return sb_take(&sb);
}

void compile_result_free(struct compile_result *res)
{
    free(res->log);
    free(res->notes);
    res->log = res->notes = NULL;
}
