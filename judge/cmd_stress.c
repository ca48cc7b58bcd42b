/* judge stress: random small inputs from the problem's `stress:` generators, your solution
 * against the reference, until they disagree; then the disagreement is shrunk to a
 * smallest failing input: the smallest n that fails, then, at that n, the smallest input
 * among other seeds (fewest bytes, then the smallest numbers). */
#include <errno.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "catalog.h"
#include "cli.h"
#include "sizegen.h"
#include "trial.h"
#include "util.h"

#define DEFAULT_ITERATIONS 100
#define SHRINK_MIXED_TRIES 12   /* inputs of each command tried at each smaller n, */
#define SHRINK_TRIES       60   /* then of the failing command, ... */
#define SHRINK_BUDGET_MS   5000 /* ... while shrinking has taken less than this */
#define RESEED_TRIES       60   /* other seeds tried at the smallest failing n, */
#define RESEED_BUDGET_MS   2000 /* while re-seeding has taken less than this */
#define SHOW_MAX           2000

static const char usage[] =
    "usage: judge stress PROBLEM FILE [--iterations N] [--seed S] [--max-n N]\n"
    "  PROBLEM           a problem id or folder whose problem.yaml has a 'stress' key\n"
    "  FILE              your C solution\n"
    "  --iterations N    random inputs to try (default 100)\n"
    "  --seed S          the seed of the whole run (default: from the clock; printed, so a\n"
    "                    run can be replayed)\n"
    "  --max-n N         the largest input size (default: the problem's stress max_n)\n"
    "\n"
    "Runs your solution and the reference on random small inputs until they disagree (a\n"
    "wrong answer, or any run that is not clean: RE, TLE, MLE...), then shrinks that input:\n"
    "the smallest n that still fails, then the smallest input of that size among other\n"
    "seeds. Prints it with the expected and the actual output.\n"
    "\n"
    "exit status: 0 no disagreement, 1 a failing input found (or FILE does not compile),\n"
    "2 usage error or a problem without 'stress', 3 internal error (the reference or a\n"
    "generator failed)\n";

struct options {
    long iterations;
    unsigned long long seed;
    bool seed_given;
    long max_n;
};

/* One input tried: where it came from, and how the two solutions did on it. */
struct attempt {
    size_t command;
    long n;
    unsigned long long seed;
    char *input_path;
    char *input; /* its text */
    size_t input_len;
    enum verdict verdict; /* AC: the solutions agree */
    char message[512];
    struct trial_run expected, actual;
};

struct stress {
    const struct problem *p;
    struct trial *trial;
    int yours, reference;
    struct run_limits limits, reference_limits;
    long tried;
    char *error; /* why the run stopped: the judge's or the problem's fault, or interrupted */
};

static unsigned long long splitmix64(unsigned long long *state)
{
    unsigned long long z = (*state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

static void attempt_free(struct attempt *a)
{
    if (a->input_path)
        unlink(a->input_path);
    free(a->input_path);
    free(a->input);
    trial_run_free(&a->expected);
    trial_run_free(&a->actual);
    *a = (struct attempt){0};
}

static char *command_line(const struct stress *s, const struct attempt *a)
{
    char **argv = sizegen_argv(s->p->stress.commands[a->command].argv, a->n, a->seed);
    char *line = sizegen_command_line(argv);
    sizegen_free_argv(argv);
    return line;
}

/* Makes the input and runs both solutions. Returns 0 with a->verdict set, or -1 with
 * s->error set. */
static int try_input(struct stress *s, size_t command, long n, unsigned long long seed,
                     struct attempt *a)
{
    *a = (struct attempt){.command = command, .n = n, .seed = seed};
    char **argv = sizegen_argv(s->p->stress.commands[command].argv, n, seed);
    a->input_path = trial_generate(s->trial, argv, &s->error);
    sizegen_free_argv(argv);
    if (!a->input_path)
        return -1;
    s->tried++;
    a->input = read_file(a->input_path, 16 << 20, &a->input_len, NULL);
    if (!a->input)
        a->input = xstrdup("");
    if (trial_run(s->trial, s->reference, a->input_path, &s->reference_limits, &a->expected) < 0 ||
        a->expected.verdict != VERDICT_AC) {
        char *cmd = command_line(s, a);
        s->error = sandbox_interrupted() ? xstrdup("interrupted")
                                         : xasprintf("the reference solution failed on `%s`: %s",
                                                     cmd, a->expected.message);
        free(cmd);
        return -1;
    }
    if (trial_run(s->trial, s->yours, a->input_path, &s->limits, &a->actual) < 0) {
        s->error = xstrdup(sandbox_interrupted() ? "interrupted" : a->actual.message);
        return -1;
    }
    a->verdict = a->actual.verdict;
    if (a->verdict == VERDICT_AC)
        a->verdict = trial_check(s->trial, a->input_path, &a->expected, &a->actual, a->message,
                                 sizeof a->message);
    else
        snprintf(a->message, sizeof a->message, "%s", a->actual.message);
    if (a->verdict == VERDICT_IE) {
        s->error = xstrdup(a->message);
        return -1;
    }
    return 0;
}

/* Sum of the magnitudes of the input's numbers (other tokens count their length). */
static double magnitude(const char *text)
{
    double sum = 0;
    for (const char *p = text; *p;) {
        while (*p == ' ' || *p == '\n' || *p == '\t' || *p == '\r')
            p++;
        if (!*p)
            break;
        char *end;
        double v = strtod(p, &end);
        if (end == p) {
            while (*p && *p != ' ' && *p != '\n' && *p != '\t' && *p != '\r')
                p++, sum += 1;
        } else {
            sum += v < 0 ? -v : v;
            p = end;
        }
    }
    return sum;
}

/* Is a a smaller failing input than b? */
static bool smaller(const struct attempt *a, const struct attempt *b)
{
    if (a->n != b->n)
        return a->n < b->n;
    if (a->input_len != b->input_len)
        return a->input_len < b->input_len;
    return magnitude(a->input) < magnitude(b->input);
}

/* A seed for the k-th input of a shrinking step at size n, derived from the run's seed so a
 * replay shrinks the same way. */
static unsigned long long derived_seed(unsigned long long seed, long n, long k)
{
    unsigned long long state = seed ^ ((unsigned long long)n << 32) ^ (unsigned long long)k;
    return splitmix64(&state) >> 2;
}

/* Looks for a failing input of a size below best->n, smallest size first: tries inputs of
 * every command round-robin (command < 0), or only of that command. Replaces *best by the
 * first one found. Returns 1 when found, 0 when not, -1 on an error. */
static int search_smaller(struct stress *s, struct attempt *best, int command, long tries,
                          unsigned long long seed, long long deadline)
{
    const struct sized_inputs *st = &s->p->stress;
    long from = command < 0 ? st->min_n : st->commands[command].min_n;
    for (long n = from; n < best->n && now_ms() < deadline; n++) {
        for (long k = 0; k < tries && now_ms() < deadline; k++) {
            size_t c = command < 0 ? (size_t)k % st->ncommands : (size_t)command;
            if (st->commands[c].min_n > n)
                continue;
            struct attempt a;
            if (try_input(s, c, n, derived_seed(seed ^ c, n, k), &a) < 0) {
                attempt_free(&a);
                return -1;
            }
            if (a.verdict != VERDICT_AC) {
                attempt_free(best);
                *best = a;
                return 1;
            }
            attempt_free(&a);
        }
    }
    return 0;
}

/* Replaces *best by a smaller failing input when one is found: the smallest n first (a few
 * inputs of every command at each size, then more of the failing command's, whose inputs
 * fail this way more often), then the smallest input among other seeds at that n. Returns
 * -1 on an error. */
static int shrink(struct stress *s, struct attempt *best, unsigned long long seed)
{
    const struct sized_inputs *st = &s->p->stress;
    long first_n = best->n, before = s->tried;
    long long deadline = now_ms() + SHRINK_BUDGET_MS;
    int found =
        search_smaller(s, best, -1, SHRINK_MIXED_TRIES * (long)st->ncommands, seed, deadline);
    if (found >= 0 && best->n > st->commands[best->command].min_n)
        found |=
            search_smaller(s, best, (int)best->command, SHRINK_TRIES, seed ^ 0xc0ffee, deadline);
    if (found < 0)
        return -1;
    long smaller_tried = s->tried - before;
    before = s->tried;
    /* A failure that is a time limit costs a second a try: the budget bounds them. */
    deadline = now_ms() + RESEED_BUDGET_MS;
    for (long k = 0; k < RESEED_TRIES && now_ms() < deadline; k++) {
        struct attempt a;
        if (try_input(s, best->command, best->n, derived_seed(seed ^ 0x5eed, best->n, k), &a) < 0) {
            attempt_free(&a);
            return -1;
        }
        if (a.verdict != VERDICT_AC && smaller(&a, best)) {
            attempt_free(best);
            *best = a;
        } else
            attempt_free(&a);
    }
    if (first_n == st->commands[best->command].min_n && first_n <= st->min_n)
        printf("Shrinking: n = %ld is the smallest size", first_n);
    else if (found)
        printf("Shrinking: n = %ld fails (%ld input%s of smaller n tried)", best->n, smaller_tried,
               smaller_tried == 1 ? "" : "s");
    else
        printf("Shrinking: no smaller n fails (%ld inputs tried)", smaller_tried);
    printf(", then %ld other seeds at n = %ld: the smallest failing input is kept\n",
           s->tried - before, best->n);
    return 0;
}

static void print_block(const char *title, const char *text, size_t len)
{
    if (title)
        printf("%s\n", title);
    if (len == 0) {
        puts("  (nothing)");
        return;
    }
    bool cut = len > SHOW_MAX;
    const char *p = text, *end = text + (cut ? SHOW_MAX : len);
    while (p < end) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        size_t n = nl ? (size_t)(nl - p) : (size_t)(end - p);
        printf("  %.*s\n", (int)n, p);
        p += n + (nl ? 1 : 0);
    }
    if (cut)
        printf("  ... (%zu more bytes)\n", len - SHOW_MAX);
}

static void report_failure(const struct stress *s, const struct attempt *a, const char *file,
                           const struct options *o)
{
    char *cmd = command_line(s, a);
    printf("\nSmallest failing input (n = %ld), made by `%s`:\n", a->n, cmd);
    print_block(NULL, a->input, a->input_len);
    print_block("Expected (the reference's answer):", a->expected.output, a->expected.output_len);
    if (a->actual.verdict == VERDICT_AC)
        print_block("Yours:", a->actual.output, a->actual.output_len);
    else {
        printf("Yours: %s\n", a->actual.message);
        if (*a->actual.stderr_text)
            print_block("Its stderr:", a->actual.stderr_text, strlen(a->actual.stderr_text));
    }
    printf("\nVerdict: %s (%s) -- %s\n", verdict_code(a->verdict), verdict_title(a->verdict),
           a->message);
    printf("Replay: judge stress %s %s --seed %llu", s->p->id, file, o->seed);
    if (o->iterations != DEFAULT_ITERATIONS)
        printf(" --iterations %ld", o->iterations);
    if (o->max_n != s->p->stress.max_n)
        printf(" --max-n %ld", o->max_n);
    puts("");
    free(cmd);
}

/* The main loop. Returns the exit status. */
static int stress_run(struct stress *s, const struct options *o, const char *file)
{
    const struct sized_inputs *st = &s->p->stress;
    unsigned long long state = o->seed;
    bool tty = isatty(STDOUT_FILENO);
    printf("Stress test of %s against the reference of %s: up to %ld random inputs, n from "
           "%ld to %ld, seed %llu\n",
           file, s->p->id, o->iterations, st->min_n, o->max_n, o->seed);
    struct attempt failing = {0};
    for (long i = 0; i < o->iterations; i++) {
        size_t command = (size_t)(splitmix64(&state) % st->ncommands);
        long lo = st->commands[command].min_n;
        if (lo > o->max_n) {
            i--; /* this command makes nothing this small: pick another */
            continue;
        }
        long n = lo + (long)(splitmix64(&state) % (unsigned long long)(o->max_n - lo + 1));
        unsigned long long seed = splitmix64(&state) >> 2;
        struct attempt a;
        if (try_input(s, command, n, seed, &a) < 0) {
            attempt_free(&a);
            return -1;
        }
        if (tty)
            printf("\r\033[K  input %ld of %ld (n = %ld)", i + 1, o->iterations, n), fflush(stdout);
        if (a.verdict != VERDICT_AC) {
            if (tty)
                printf("\r\033[K");
            printf("  input %ld (n = %ld): %s -- %s\n", i + 1, n, verdict_code(a.verdict),
                   a.message);
            failing = a;
            break;
        }
        attempt_free(&a);
    }
    if (tty)
        printf("\r\033[K");
    if (failing.input_path == NULL) {
        printf("No difference in %ld inputs.\n", s->tried);
        return EXIT_ACCEPTED;
    }
    fflush(stdout);
    int rc = shrink(s, &failing, o->seed);
    if (rc == 0)
        report_failure(s, &failing, file, o);
    attempt_free(&failing);
    return rc < 0 ? -1 : EXIT_NOT_ACCEPTED;
}

static int parse_number(const char *flag, const char *text, unsigned long long max,
                        unsigned long long *out)
{
    char *end;
    errno = 0;
    unsigned long long v = strtoull(text, &end, 10);
    if (errno || end == text || *end || text[0] == '-' || v > max)
        return cli_usage_error("stress: %s needs a whole number from 0 to %llu, not '%s'", flag,
                               max, text);
    *out = v;
    return 0;
}

static int parse_options(int argc, char **argv, struct options *o)
{
    static const struct option opts[] = {{"iterations", required_argument, NULL, 'i'},
                                         {"seed", required_argument, NULL, 's'},
                                         {"max-n", required_argument, NULL, 'n'},
                                         {"help", no_argument, NULL, 'h'},
                                         {NULL, 0, NULL, 0}};
    int c;
    unsigned long long v = 0;
    opterr = 0;
    while ((c = getopt_long(argc, argv, "h", opts, NULL)) != -1) {
        if (c == 'h') {
            fputs(usage, stdout);
            return 1;
        }
        if (c == 'i' || c == 's' || c == 'n') {
            const char *flag = c == 'i' ? "--iterations" : c == 's' ? "--seed" : "--max-n";
            unsigned long long max = c == 's' ? ~0ULL >> 2 : 1000000000ULL;
            if (parse_number(flag, optarg, max, &v) != 0)
                return -1;
            if (c == 'i')
                o->iterations = (long)v;
            else if (c == 'n')
                o->max_n = (long)v;
            else
                o->seed = v, o->seed_given = true;
            continue;
        }
        cli_usage_error("stress: unrecognized option '%s' (see judge stress --help)",
                        argv[optind - 1]);
        return -1;
    }
    if (argc - optind != 2) {
        cli_usage_error("stress needs a problem and a solution file");
        fputs(usage, stderr);
        return -1;
    }
    if (o->iterations < 1)
        return cli_usage_error("stress: --iterations must be at least 1"), -1;
    return 0;
}

/* Compiles yours and the reference. Returns 0, or the exit status to stop with. */
static int prepare(struct stress *s, const char *file)
{
    struct compile_result cr;
    s->yours = trial_compile(s->trial, file, &cr);
    if (s->yours < 0) {
        printf("%s does not compile:\n%s", file, cr.log);
        compile_result_free(&cr);
        return cr.status == COMPILE_ERROR ? EXIT_NOT_ACCEPTED : EXIT_IE;
    }
    compile_result_free(&cr);
    s->reference = trial_compile(s->trial, s->p->reference_path, &cr);
    if (s->reference < 0) {
        fprintf(stderr, "judge: the reference solution %s does not compile:\n%s",
                s->p->reference_path, cr.log);
        compile_result_free(&cr);
        return EXIT_IE;
    }
    compile_result_free(&cr);
    return 0;
}

int cmd_stress(const struct cli_common *common, int argc, char **argv)
{
    struct options o = {.iterations = DEFAULT_ITERATIONS, .max_n = -1};
    int rc = parse_options(argc, argv, &o);
    if (rc != 0)
        return rc > 0 ? EXIT_ACCEPTED : EXIT_USAGE;
    const char *file = argv[optind + 1];
    if (access(file, R_OK) != 0)
        return cli_usage_error("cannot read solution '%s': %s", file, strerror(errno));
    struct problem *p = cli_load_problem(common, argv[optind]);
    if (!p)
        return EXIT_USAGE;
    if (p->stress.ncommands == 0 || !p->reference_path) {
        cli_usage_error("%s has no %s, so it cannot be stress-tested", p->id,
                        p->stress.ncommands ? "reference solution"
                                            : "stress generator (the problem.yaml key 'stress')");
        problem_free(p);
        return EXIT_USAGE;
    }
    if (o.max_n < 0)
        o.max_n = p->stress.max_n;
    long smallest = p->stress.commands[0].min_n;
    for (size_t i = 1; i < p->stress.ncommands; i++)
        if (p->stress.commands[i].min_n < smallest)
            smallest = p->stress.commands[i].min_n;
    if (o.max_n < smallest) {
        cli_usage_error("stress: --max-n %ld is below the problem's smallest size %ld", o.max_n,
                        smallest);
        problem_free(p);
        return EXIT_USAGE;
    }
    if (!o.seed_given)
        o.seed = ((unsigned long long)time(NULL) * 2654435761ULL ^ (unsigned long long)getpid()) %
                 1000000;
    char *runtime = catalog_runtime_dir();
    sandbox_install_interrupt_handlers();
    struct stress s = {
        .p = p, .limits = trial_limits(p, 1), .reference_limits = trial_limits(p, 10)};
    s.trial = trial_new(p, runtime, NULL, &s.error);
    int status = s.trial ? prepare(&s, file) : -1;
    if (status == 0)
        status = stress_run(&s, &o, file);
    if (status < 0) {
        fprintf(stderr, "judge: %s\n", s.error ? s.error : "internal error");
        status = sandbox_interrupted() ? EXIT_INTERRUPTED : EXIT_IE;
    }
    free(s.error);
    trial_free(s.trial);
    free(runtime);
    problem_free(p);
    return status;
}
