/* Making test data, with the cache in front of every costly step.
 *
 * Cache keys name everything an entry is made from, so an entry is never stale:
 *   gen-bin, checker-bin   compiler identity, the C source, the .h files beside it
 *   ref-bin                compiler identity, problem kind and signature, the reference
 *                          source and the .h files beside it, the harness and the .h files
 *                          beside it, the runtime headers (leetcode.h, judge_harness.h,
 *                          uthash.h)
 *   input                  the generator's gen-bin key and its arguments
 *   output                 the reference's ref-bin key and the input's SHA-256
 * Binaries are looked up only when an input or output is missing, so a warm run compiles
 * and runs nothing but the submission. */
#include "testdata.h"

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "compile.h"
#include "sandbox.h"
#include "util.h"
#include "verdict.h"

/* Generators are the problem's code: generous but finite. */
static const struct run_limits generator_limits = {
    .cpu_ms = 10000,
    .wall_ms = 30000,
    .memory_bytes = 1LL << 30,
    .output_bytes = 1LL << 30,
};

/* The reference gets this many times the test's time limits. */
#define REFERENCE_TIME_FACTOR 10

struct testdata {
    const struct problem *p;
    char *workdir;
    const char *runtime_dir;
    struct cache *cache; /* NULL: no cache, and no keys are computed */
    char *identity;      /* the compiler's, fetched with the first key */
    char **gen_bins;     /* per generator, once built or fetched */
    char **gen_errors;   /* per generator, why it does not compile */
    char *ref_bin, *checker_bin;
    char *ref_error; /* why the reference could not be built: not retried for every test */
    char ref_key[CACHE_HEX_SIZE];
    struct testdata_stats stats;
};

struct testdata *testdata_new(const struct problem *p, const char *workdir, const char *runtime_dir,
                              struct cache *cache)
{
    struct testdata *td = xcalloc(1, sizeof *td);
    td->p = p;
    td->workdir = xstrdup(workdir);
    td->runtime_dir = runtime_dir;
    td->cache = cache;
    td->gen_bins = xcalloc(p->ngenerators + 1, sizeof *td->gen_bins);
    td->gen_errors = xcalloc(p->ngenerators + 1, sizeof *td->gen_errors);
    return td;
}

void testdata_free(struct testdata *td)
{
    if (!td)
        return;
    for (size_t i = 0; i < td->p->ngenerators; i++) {
        free(td->gen_bins[i]);
        free(td->gen_errors[i]);
    }
    free(td->gen_bins);
    free(td->gen_errors);
    free(td->ref_bin);
    free(td->ref_error);
    free(td->checker_bin);
    free(td->identity);
    free(td->workdir);
    free(td);
}

const struct testdata_stats *testdata_stats(const struct testdata *td)
{
    return &td->stats;
}

static char *work_path(const struct testdata *td, const char *name, const char *suffix)
{
    return xasprintf("%s/%s%s", td->workdir, name, suffix);
}

/* ---- keys ---- */

/* Starts a key with the compiler's identity. Returns false (and gives up on the cache for
 * this run) when there is no cache or the compiler cannot say what it is. */
static bool key_start(struct testdata *td, struct cache_key *k, const char *purpose)
{
    if (!td->cache)
        return false;
    if (!td->identity) {
        char err[512];
        td->identity = compile_identity(td->workdir, err, sizeof err);
        if (!td->identity) {
            td->cache = NULL;
            return false;
        }
    }
    cache_key_init(k, purpose);
    cache_key_add_str(k, td->identity);
    return true;
}

static int compare_names(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Adds the .h files of the folder holding path, in name order: sources include them. */
static int key_add_headers_beside(struct cache_key *k, const char *path)
{
    char *dir = xstrdup(path);
    char *slash = strrchr(dir, '/');
    if (slash)
        *slash = '\0';
    DIR *d = opendir(slash ? dir : ".");
    size_t n = 0, cap = 8;
    char **names = xcalloc(cap, sizeof *names);
    for (struct dirent *e; d && (e = readdir(d));) {
        size_t len = strlen(e->d_name);
        if (len < 3 || strcmp(e->d_name + len - 2, ".h") != 0)
            continue;
        if (n == cap)
            names = xrealloc(names, (cap *= 2) * sizeof *names);
        names[n++] = xstrdup(e->d_name);
    }
    if (d)
        closedir(d);
    qsort(names, n, sizeof *names, compare_names);
    int rc = 0;
    for (size_t i = 0; i < n; i++) {
        char *h = xasprintf("%s/%s", slash ? dir : ".", names[i]);
        cache_key_add_str(k, names[i]);
        if (cache_key_add_file(k, h) < 0)
            rc = -1;
        free(h);
        free(names[i]);
    }
    free(names);
    free(dir);
    return rc;
}

static int key_add_source(struct cache_key *k, const char *path)
{
    if (cache_key_add_file(k, path) < 0)
        return -1;
    return key_add_headers_beside(k, path);
}

/* Key of a helper compiled from one source (generator, checker); false without cache. */
static bool helper_key(struct testdata *td, const char *purpose, const char *source,
                       char key[CACHE_HEX_SIZE])
{
    struct cache_key k;
    if (!key_start(td, &k, purpose) || key_add_source(&k, source) < 0)
        return false;
    cache_key_final(&k, key);
    return true;
}

static void key_add_optional_file(struct cache_key *k, const char *path)
{
    if (cache_key_add_file(k, path) < 0)
        cache_key_add_str(k, "(missing)");
}

static bool reference_key(struct testdata *td)
{
    const struct problem *p = td->p;
    struct cache_key k;
    if (td->ref_key[0])
        return true;
    if (!p->reference_path || !key_start(td, &k, "ref-bin") ||
        key_add_source(&k, p->reference_path) < 0)
        return false;
    cache_key_add_str(&k, problem_kind_name(p->kind));
    const char *base = strrchr(p->reference_path, '/');
    cache_key_add_str(&k, base ? base + 1 : p->reference_path);
    if (p->kind == PROBLEM_FUNCTION) {
        cache_key_add_str(&k, p->signature);
        if (key_add_source(&k, p->harness_path) < 0)
            return false;
        char *lc = xasprintf("%s/leetcode.h", td->runtime_dir ? td->runtime_dir : ".");
        char *jh = xasprintf("%s/judge_harness.h", td->runtime_dir ? td->runtime_dir : ".");
        key_add_optional_file(&k, lc);
        key_add_optional_file(&k, jh);
        key_add_optional_file(&k, "/usr/include/uthash.h");
        free(lc);
        free(jh);
    }
    cache_key_final(&k, td->ref_key);
    return true;
}

/* ---- helper binaries ---- */

/* Copies the binary under key from the cache to out, or builds it there (and stores it). */
static int fetch_or_build(struct testdata *td, const char *key, const char *out,
                          int (*build)(struct testdata *, const void *, const char *, char **),
                          const void *arg, char **error)
{
    if (key && cache_get(td->cache, key, out, 0755, NULL) == 1) {
        td->stats.cache_hits++;
        return 0;
    }
    if (build(td, arg, out, error) < 0)
        return -1;
    td->stats.compiled++;
    if (key)
        cache_put(td->cache, key, out, NULL);
    return 0;
}

static int build_helper(struct testdata *td, const void *arg, const char *out, char **error)
{
    const char *source = arg;
    struct compile_result cr;
    int rc = compile_helper(source, td->workdir, out, &cr);
    if (rc < 0)
        *error = xstrdup(cr.log);
    compile_result_free(&cr);
    return rc;
}

static const char *generator_binary(struct testdata *td, size_t gi, const char *gen_key,
                                    char **error)
{
    if (td->gen_bins[gi])
        return td->gen_bins[gi];
    if (td->gen_errors[gi]) {
        *error = xstrdup(td->gen_errors[gi]);
        return NULL;
    }
    const struct generator *g = &td->p->generators[gi];
    char *name = xasprintf("gen-%zu", gi);
    char *bin = work_path(td, name, "");
    free(name);
    char *why = NULL;
    if (fetch_or_build(td, gen_key, bin, build_helper, g->source, &why) < 0) {
        td->gen_errors[gi] = xasprintf("generator '%s': %s", g->name, why);
        *error = xstrdup(td->gen_errors[gi]);
        free(why);
        free(bin);
        return NULL;
    }
    return td->gen_bins[gi] = bin;
}

const char *testdata_checker(struct testdata *td, char **error)
{
    if (td->checker_bin)
        return td->checker_bin;
    const char *source = td->p->checker.source;
    char key[CACHE_HEX_SIZE];
    bool keyed = helper_key(td, "checker-bin", source, key);
    char *bin = work_path(td, "checker", "");
    char *why = NULL;
    if (fetch_or_build(td, keyed ? key : NULL, bin, build_helper, source, &why) < 0) {
        *error = xasprintf("custom checker: %s", why);
        free(why);
        free(bin);
        return NULL;
    }
    return td->checker_bin = bin;
}

/* Builds the reference like a submission, in its own folder (compile_solution leaves a
 * copy of the source beside the binary). */
static int build_reference(struct testdata *td, const void *arg, const char *out, char **error)
{
    (void)arg;
    char *dir = work_path(td, "reference-build", "");
    mkdir(dir, 0700);
    struct compile_result cr;
    int rc = compile_solution(td->p, td->p->reference_path, td->runtime_dir, dir, out, &cr);
    if (rc < 0)
        *error = xasprintf("the reference solution %s does not compile:\n%s", td->p->reference_path,
                           cr.log);
    compile_result_free(&cr);
    remove_tree(dir);
    free(dir);
    return rc;
}

static const char *reference_binary(struct testdata *td, char **error)
{
    if (td->ref_bin)
        return td->ref_bin;
    if (!td->ref_error && !td->p->reference_path)
        td->ref_error = xstrdup("the problem has no reference solution");
    if (td->ref_error) {
        *error = xstrdup(td->ref_error);
        return NULL;
    }
    bool keyed = reference_key(td);
    char *bin = work_path(td, "reference", "");
    if (fetch_or_build(td, keyed ? td->ref_key : NULL, bin, build_reference, NULL, error) < 0) {
        td->ref_error = xstrdup(*error);
        free(bin);
        return NULL;
    }
    return td->ref_bin = bin;
}

/* ---- inputs ---- */

static bool input_key(struct testdata *td, const struct test_case *t, const struct generator *g,
                      char key[CACHE_HEX_SIZE], char gen_key[CACHE_HEX_SIZE])
{
    struct cache_key k;
    if (!helper_key(td, "gen-bin", g->source, gen_key) || !key_start(td, &k, "input"))
        return false;
    cache_key_add_str(&k, gen_key);
    for (char **a = t->gen_argv + 1; *a; a++)
        cache_key_add_str(&k, *a);
    cache_key_final(&k, key);
    return true;
}

/* "(CPU time limit)" or "(exit status 3): what it wrote to stderr". */
static char *describe_failure(const struct run_result *rr, const struct run_limits *lim,
                              const char *err_path)
{
    char msg[200];
    verdict_from_run(rr, lim, 0, msg, sizeof msg);
    char *err = read_file(err_path, 1024, NULL, NULL);
    char *text = xasprintf("(%s)%s%s", msg, err && *err ? ": " : "", err ? err : "");
    free(err);
    return text;
}

/* Runs bin with the test's generator arguments; its stdout becomes path. */
static int run_generator(struct testdata *td, const struct test_case *t, const char *bin,
                         const char *path, char **error)
{
    size_t argc = 0;
    while (t->gen_argv[argc])
        argc++;
    const char **argv = xcalloc(argc + 1, sizeof *argv);
    argv[0] = bin;
    for (size_t i = 1; i < argc; i++)
        argv[i] = t->gen_argv[i];
    char *err_path = work_path(td, "generator", ".err");
    struct run_spec spec = {.profile = SANDBOX_HELPER,
                            .argv = argv,
                            .workdir = td->workdir,
                            .stdout_path = path,
                            .stderr_path = err_path,
                            .limits = generator_limits};
    struct run_result rr;
    int rc = sandbox_run(&spec, &rr);
    td->stats.generated++;
    if (rc < 0 && rr.outcome == RUN_INTERRUPTED)
        *error = xstrdup("interrupted");
    else if (rc < 0)
        *error = xasprintf("test '%s': cannot run generator: %s", t->name, rr.error);
    else if (!(rr.outcome == RUN_EXITED && rr.exit_code == 0)) {
        char *why = describe_failure(&rr, &generator_limits, err_path);
        *error = xasprintf("test '%s': generator '%s' failed %s", t->name, t->input, why);
        free(why);
        rc = -1;
    }
    unlink(err_path);
    free(err_path);
    free(argv);
    return rc;
}

static int generate_input(struct testdata *td, const struct test_case *t, const char *path,
                          char **error)
{
    const struct generator *g = problem_generator(td->p, t->gen_argv[0]);
    size_t gi = (size_t)(g - td->p->generators);
    char key[CACHE_HEX_SIZE], gen_key[CACHE_HEX_SIZE];
    bool keyed = input_key(td, t, g, key, gen_key);
    if (keyed && cache_get(td->cache, key, path, 0644, NULL) == 1) {
        td->stats.cache_hits++;
        return 0;
    }
    char *why = NULL;
    const char *bin = generator_binary(td, gi, keyed ? gen_key : NULL, &why);
    if (!bin) {
        *error = xasprintf("test '%s': %s", t->name, why);
        free(why);
        return -1;
    }
    if (run_generator(td, t, bin, path, error) < 0)
        return -1;
    if (keyed)
        cache_put(td->cache, key, path, NULL);
    return 0;
}

char *testdata_input(struct testdata *td, const struct test_case *t, char **error)
{
    *error = NULL;
    if (t->input_kind == INPUT_FILE)
        return xstrdup(t->input);
    char *path = work_path(td, t->name, ".in");
    int rc;
    if (t->input_kind == INPUT_INLINE) {
        rc = write_file(path, t->input, strlen(t->input));
        if (rc < 0)
            *error = xasprintf("cannot write %s: %s", path, strerror(errno));
    } else {
        rc = generate_input(td, t, path, error);
    }
    if (rc < 0) {
        unlink(path);
        free(path);
        return NULL;
    }
    return path;
}

/* ---- expected outputs ---- */

static bool output_key(struct testdata *td, const char *input_path, char key[CACHE_HEX_SIZE])
{
    struct cache_key k;
    char input_hash[CACHE_HEX_SIZE];
    if (!td->p->reference_path || !reference_key(td) || !key_start(td, &k, "output") ||
        cache_hash_file(input_path, input_hash) < 0)
        return false;
    cache_key_add_str(&k, td->ref_key);
    cache_key_add_str(&k, input_hash);
    cache_key_final(&k, key);
    return true;
}

static struct run_limits reference_limits(const struct test_case *t)
{
    return (struct run_limits){
        .cpu_ms = t->limits.time_ms * REFERENCE_TIME_FACTOR,
        .wall_ms = t->limits.wall_ms * REFERENCE_TIME_FACTOR,
        .memory_bytes = t->limits.memory_bytes,
        .output_bytes = t->limits.output_bytes,
    };
}

/* The reason a finished reference run is unusable, or NULL when it exited cleanly. */
static char *reference_failure(const struct testdata *td, const struct run_result *rr,
                               const struct run_limits *lim, const char *out_path)
{
    bool function = td->p->kind == PROBLEM_FUNCTION;
    char msg[256];
    if (verdict_from_run(rr, lim, function, msg, sizeof msg) == VERDICT_AC)
        return NULL;
    if (function && rr->outcome == RUN_EXITED && rr->exit_code == HARNESS_EXIT_WRONG) {
        char *said = read_file(out_path, 200, NULL, NULL);
        char *nl = said ? strchr(said, '\n') : NULL;
        if (nl)
            *nl = '\0';
        char *text = xasprintf("the harness rejected it: %s", said && *said ? said : msg);
        free(said);
        return text;
    }
    return xstrdup(msg);
}

/* Runs the reference on the input; what it prints becomes out_path. */
static int run_reference(struct testdata *td, const struct test_case *t, const char *bin,
                         const char *input_path, const char *out_path, char **error)
{
    bool function = td->p->kind == PROBLEM_FUNCTION;
    char *scratch = work_path(td, "reference-run", "");
    char *side = work_path(td, "reference-run", ".out");
    remove_tree(scratch);
    mkdir(scratch, 0700);
    const char *argv[] = {bin, NULL};
    struct run_spec spec = {
        .profile = SANDBOX_SUBMISSION,
        .argv = argv,
        .workdir = scratch,
        .stdin_path = input_path,
        .stdout_path = function ? side : out_path,
        .channel_path = function ? out_path : NULL,
        .limits = reference_limits(t),
    };
    struct run_result rr;
    int rc = sandbox_run(&spec, &rr);
    td->stats.reference_runs++;
    char *why = rc < 0 ? NULL : reference_failure(td, &rr, &spec.limits, out_path);
    if (rc < 0 && rr.outcome == RUN_INTERRUPTED)
        *error = xstrdup("interrupted");
    else if (rc < 0)
        *error = xasprintf("test '%s': cannot run the reference solution: %s", t->name, rr.error);
    else if (why)
        *error = xasprintf("test '%s': the reference solution failed: %s", t->name, why);
    free(why);
    remove_tree(scratch);
    unlink(side);
    free(scratch);
    free(side);
    return *error ? -1 : 0;
}

static int reference_output(struct testdata *td, const struct test_case *t, const char *input_path,
                            const char *out_path, char **error)
{
    char key[CACHE_HEX_SIZE];
    bool keyed = output_key(td, input_path, key);
    if (keyed && cache_get(td->cache, key, out_path, 0644, NULL) == 1) {
        td->stats.cache_hits++;
        return 0;
    }
    char *why = NULL;
    const char *bin = reference_binary(td, &why);
    if (!bin) {
        *error = xasprintf("test '%s': %s", t->name, why);
        free(why);
        return -1;
    }
    if (run_reference(td, t, bin, input_path, out_path, error) < 0)
        return -1;
    if (keyed)
        cache_put(td->cache, key, out_path, NULL);
    return 0;
}

char *testdata_expected(struct testdata *td, const struct test_case *t, const char *input_path,
                        char **error)
{
    *error = NULL;
    if (t->output_kind == OUTPUT_FILE)
        return xstrdup(t->output);
    char *path = work_path(td, t->name, ".expected");
    int rc;
    if (t->output_kind == OUTPUT_INLINE) {
        rc = write_file(path, t->output, strlen(t->output));
        if (rc < 0)
            *error = xasprintf("cannot write %s: %s", path, strerror(errno));
    } else {
        rc = reference_output(td, t, input_path, path, error);
    }
    if (rc < 0) {
        unlink(path);
        free(path);
        return NULL;
    }
    return path;
}
