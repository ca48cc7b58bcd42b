/* judge mock: a timed mock interview in the terminal. Problems picked by a seed, starter
 * files and statements in a session folder, a live status line, a re-judge on every save
 * (the samples' verdicts are shown, the hidden tests only counted), and at the end (time
 * up, all solved, or q) a report, stored as JSON and in the history. */
#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <poll.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <termios.h>
#include <time.h>
#include <unistd.h>

#include "catalog.h"
#include "cli.h"
#include "history.h"
#include "json.h"
#include "pipeline.h"
#include "sandbox.h"
#include "starter.h"
#include "util.h"
#include "watch.h"

#define MAX_PROBLEMS       8
#define COMPLEXITY_WAIT_MS 120000

static const char usage[] =
    "usage: judge mock [--minutes 45] [--problems 2] [--difficulty easy|medium|hard]\n"
    "                  [--seed S] [--dir DIR] [--no-complexity]\n"
    "  --minutes M      the interview's length (default 45; decimals allowed: 0.5)\n"
    "  --problems K     how many problems (default 2)\n"
    "  --difficulty D   only problems of this difficulty (default: any)\n"
    "  --seed S         which problems (default: from the clock; printed, so a session\n"
    "                   can be replayed)\n"
    "  --dir DIR        the session folder (default: mock-YYYYMMDD-HHMMSS here); existing\n"
    "                   files in it are kept\n"
    "  --no-complexity  leave the complexity estimate out of the report (it takes seconds)\n"
    "\n"
    "Writes a starter file and the statement of each problem into the session folder and\n"
    "shows the statements. Every save of a starter file judges it: the samples' verdicts\n"
    "are shown, the hidden tests only counted, and the status line keeps the time left and\n"
    "each problem's state. The session ends when time is up, when every problem is\n"
    "accepted, or on q; the report (solved, attempts, time to the first AC, the final\n"
    "verdict on the hidden tests, the complexity of accepted solutions) is printed and\n"
    "stored in $XDG_STATE_HOME/judge/sessions/ (default ~/.local/state/judge) and in the\n"
    "history (judge history). Here --problems is a count: name the problems folder before\n"
    "the command (judge --problems DIR mock ...) or with $JUDGE_PROBLEMS.\n"
    "\n"
    "exit status: 0 all solved, 1 not all solved, 2 usage error, 130 interrupted\n";

struct options {
    double minutes;
    long count;
    int difficulty; /* -1: any */
    unsigned long long seed;
    bool seed_given, complexity;
    const char *dir;
};

struct mock_problem {
    struct problem *p;
    char *file_name, *path;
    int attempts;
    long long first_ac_ms; /* since the start; -1: never */
    bool judged;
    enum verdict verdict;
    int samples_passed, samples_total, hidden_passed, hidden_total, score, max_score;
    char *complexity; /* "yours: ... ; reference: ..." or why there is none */
};

struct session {
    struct options o;
    char *dir;
    struct mock_problem problems[MAX_PROBLEMS];
    size_t n;
    long long start_ms, end_ms;
    char started[32];
    const char *end_reason;
    struct judge_options judge;
    struct history *history;
    long long history_id;
    bool tty_in, tty_out, status_shown;
    struct termios saved_termios;
};

static unsigned long long splitmix64(unsigned long long *state)
{
    unsigned long long z = (*state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

/* ---- picking the problems ---- */

/* Loads every problem of the wanted difficulty, shuffles them with the seed and keeps the
 * first o->count. Returns how many were kept, or -1 after printing why. */
static long pick_problems(const struct cli_common *common, struct session *s)
{
    char *root = catalog_root(common->problems_dir);
    if (!root) {
        cli_usage_error("no problems folder found (judge --problems DIR mock ...)");
        return -1;
    }
    size_t nids = 0, npool = 0;
    char **ids = catalog_list(root, &nids);
    struct problem **pool = xcalloc(nids + 1, sizeof(void *));
    for (size_t i = 0; i < nids; i++) {
        char *dir = xasprintf("%s/%s", root, ids[i]), *errors = NULL;
        struct problem *p = problem_load(dir, &errors);
        if (p && (s->o.difficulty < 0 || (int)p->difficulty == s->o.difficulty))
            pool[npool++] = p;
        else
            problem_free(p);
        free(errors);
        free(dir);
    }
    unsigned long long state = s->o.seed;
    for (size_t i = npool; i > 1; i--) {
        size_t j = (size_t)(splitmix64(&state) % i);
        struct problem *t = pool[i - 1];
        pool[i - 1] = pool[j];
        pool[j] = t;
    }
    long kept = -1;
    if ((long)npool < s->o.count)
        cli_usage_error("mock: only %zu problem%s of that difficulty, %ld asked for", npool,
                        npool == 1 ? "" : "s", s->o.count);
    else {
        kept = s->o.count;
        for (long i = 0; i < kept; i++)
            s->problems[i].p = pool[i];
        s->n = (size_t)kept;
    }
    for (size_t i = kept < 0 ? 0 : (size_t)kept; i < npool; i++)
        problem_free(pool[i]);
    free(pool);
    catalog_free_list(ids, nids);
    free(root);
    return kept;
}

/* ---- the session folder ---- */

static int write_statement(const char *dir, const struct problem *p)
{
    struct strbuf sb = {0};
    char *text = read_file(p->statement_path, 1 << 20, NULL, NULL);
    sb_printf(&sb, "%s", text ? text : "");
    if (p->kind == PROBLEM_FUNCTION)
        sb_printf(&sb, "\n\nImplement (C, LeetCode conventions):\n\n    %s\n", p->signature);
    free(text);
    char *name = xasprintf("%s.md", p->id);
    int rc = starter_write_new(dir, name, sb.data ? sb.data : "");
    free(name);
    sb_free(&sb);
    return rc;
}

static int prepare_folder(struct session *s)
{
    if (starter_make_folder(s->dir) < 0) {
        fprintf(stderr, "judge: cannot create the session folder %s: %s\n", s->dir,
                strerror(errno));
        return -1;
    }
    /* Absolute, for the report and the JSON read later from elsewhere. */
    char *abs = realpath(s->dir, NULL);
    if (abs) {
        free(s->dir);
        s->dir = abs;
    }
    for (size_t i = 0; i < s->n; i++) {
        struct mock_problem *m = &s->problems[i];
        m->file_name = starter_file_name(m->p);
        m->path = xasprintf("%s/%s", s->dir, m->file_name);
        m->first_ac_ms = -1;
        char *text = starter_source(m->p, m->file_name);
        int rc = starter_write_new(s->dir, m->file_name, text);
        free(text);
        if (rc < 0 || write_statement(s->dir, m->p) < 0) {
            fprintf(stderr, "judge: cannot write into %s: %s\n", s->dir, strerror(errno));
            return -1;
        }
    }
    return 0;
}

/* ---- the terminal ---- */

/* mm:ss; round_up for time left (00:01 until the very end), else down (time used). */
static void format_clock(long long ms, bool round_up, char *buf, size_t len)
{
    long long secs = ms < 0 ? 0 : (ms + (round_up ? 999 : 0)) / 1000;
    snprintf(buf, len, "%02lld:%02lld", secs / 60, secs % 60);
}

static void raw_keys(struct session *s, bool on)
{
    if (!s->tty_in)
        return;
    if (on) {
        struct termios t = s->saved_termios;
        t.c_lflag &= (tcflag_t) ~(ICANON | ECHO);
        t.c_cc[VMIN] = 0;
        t.c_cc[VTIME] = 0;
        tcsetattr(STDIN_FILENO, TCSANOW, &t);
    } else {
        tcsetattr(STDIN_FILENO, TCSANOW, &s->saved_termios);
    }
}

static void clear_status(struct session *s)
{
    if (s->status_shown && s->tty_out)
        fputs("\r\033[K", stdout);
    s->status_shown = false;
}

static void problem_state(const struct mock_problem *m, char *buf, size_t len)
{
    if (!m->judged)
        snprintf(buf, len, "not judged yet");
    else if (m->verdict == VERDICT_AC)
        snprintf(buf, len, "AC");
    else if (m->verdict == VERDICT_CE)
        snprintf(buf, len, "CE");
    else
        snprintf(buf, len, "%s (samples %d/%d, hidden %d/%d)", verdict_code(m->verdict),
                 m->samples_passed, m->samples_total, m->hidden_passed, m->hidden_total);
}

/* The status line: on a terminal it is redrawn in place; otherwise printed when it
 * changes (so a log still tells the story). */
static void show_status(struct session *s, bool force)
{
    static char last[1024];
    char line[1024], left[32], state[128];
    format_clock(s->end_ms - now_ms(), true, left, sizeof left);
    int n = snprintf(line, sizeof line, "[%s left]", left);
    for (size_t i = 0; i < s->n && n < (int)sizeof line; i++) {
        problem_state(&s->problems[i], state, sizeof state);
        n += snprintf(line + n, sizeof line - (size_t)n, " | %zu %s: %s", i + 1,
                      s->problems[i].p->id, state);
    }
    if (n < (int)sizeof line)
        snprintf(line + n, sizeof line - (size_t)n, " | q: end");
    if (s->tty_out) {
        fputs("\r\033[K", stdout);
        fputs(line, stdout);
        s->status_shown = true;
    } else if (force ||
               strcmp(strchr(line, ']'), strchr(last, ']') ? strchr(last, ']') : "") != 0) {
        puts(line);
    }
    snprintf(last, sizeof last, "%s", line);
    fflush(stdout);
}

static void show_statements(const struct session *s)
{
    printf("Mock interview: %zu problem%s, %g minutes, seed %llu\n", s->n, s->n == 1 ? "" : "s",
           s->o.minutes, s->o.seed);
    printf("Session folder: %s (replay: judge mock --seed %llu --problems %ld --minutes %g%s%s)\n",
           s->dir, s->o.seed, s->o.count, s->o.minutes,
           s->o.difficulty >= 0 ? " --difficulty " : "",
           s->o.difficulty >= 0 ? difficulty_name((enum difficulty)s->o.difficulty) : "");
    for (size_t i = 0; i < s->n; i++) {
        const struct problem *p = s->problems[i].p;
        printf("\n==== Problem %zu: %s (%s) -- write it in %s\n\n", i + 1, p->title,
               difficulty_name(p->difficulty), s->problems[i].path);
        size_t len = 0;
        char *text = read_file(p->statement_path, 1 << 20, &len, NULL);
        if (text)
            printf("%s%s", text, len && text[len - 1] == '\n' ? "" : "\n");
        free(text);
        if (p->kind == PROBLEM_FUNCTION)
            printf("\nImplement: %s\n", p->signature);
    }
    printf("\nSave a file to judge it: the samples' verdicts are shown, the hidden tests only "
           "counted. Press q to end.\n\n");
}

/* ---- judging a save ---- */

static void summarize(struct mock_problem *m, const struct submission_result *r)
{
    const struct problem *p = m->p;
    m->judged = true;
    m->verdict = r->verdict;
    m->score = r->score;
    m->max_score = r->max_score;
    m->samples_passed = m->samples_total = m->hidden_passed = m->hidden_total = 0;
    for (size_t i = 0; i < p->ntests; i++) {
        bool visible = p->groups[p->tests[i].group].visible;
        *(visible ? &m->samples_total : &m->hidden_total) += 1;
    }
    for (size_t i = 0; i < r->ntests; i++) {
        bool visible = p->groups[p->tests[r->tests[i].test].group].visible;
        if (r->tests[i].verdict == VERDICT_AC)
            *(visible ? &m->samples_passed : &m->hidden_passed) += 1;
    }
}

/* Prints the samples one by one and the hidden tests as a count. */
static void print_attempt(const struct session *s, const struct mock_problem *m,
                          const struct submission_result *r)
{
    char at[32];
    format_clock(now_ms() - s->start_ms, false, at, sizeof at);
    printf("[%s] %s, attempt %d: %s\n", at, m->file_name, m->attempts, verdict_code(r->verdict));
    if (r->verdict == VERDICT_CE || (r->ntests == 0 && r->compile.log && *r->compile.log)) {
        const char *log = r->compile.log;
        for (int lines = 0; *log && lines < 12; lines++) {
            const char *nl = strchr(log, '\n');
            int len = nl ? (int)(nl - log) : (int)strlen(log);
            printf("    %.*s\n", len, log);
            log += len + (nl ? 1 : 0);
        }
        return;
    }
    for (size_t i = 0; i < r->ntests; i++) {
        const struct test_result *t = &r->tests[i];
        const struct test_case *tc = &m->p->tests[t->test];
        if (!m->p->groups[tc->group].visible)
            continue;
        printf("    sample %-16s %-4s%s%s\n", tc->name, verdict_code(t->verdict),
               *t->message ? " " : "", t->message);
    }
    printf("    hidden tests: %d/%d passed\n", m->hidden_passed, m->hidden_total);
}

/* Returns -1 when interrupted. */
static int judge_save(struct session *s, struct mock_problem *m)
{
    struct submission_result r;
    m->attempts++;
    clear_status(s);
    int rc = pipeline_judge(m->p, m->path, &s->judge, &r);
    if (rc == 0) {
        summarize(m, &r);
        print_attempt(s, m, &r);
        if (r.verdict == VERDICT_AC && m->first_ac_ms < 0)
            m->first_ac_ms = now_ms() - s->start_ms;
        cli_record_attempt(&r, "mock", s->history_id);
    }
    submission_result_free(&r);
    return rc;
}

static bool all_solved(const struct session *s)
{
    for (size_t i = 0; i < s->n; i++)
        if (s->problems[i].first_ac_ms < 0)
            return false;
    return true;
}

/* Reads the keys waiting on stdin: 1 when q (or Q) was pressed, 0 when not, -1 at the end
 * of a stdin that is not a terminal (which then stops being read). */
static int quit_pressed(bool tty)
{
    char buf[64];
    ssize_t n = read(STDIN_FILENO, buf, sizeof buf);
    for (ssize_t i = 0; i < n; i++)
        if (buf[i] == 'q' || buf[i] == 'Q')
            return 1;
    return n == 0 && !tty ? -1 : 0;
}

static void session_loop(struct session *s, struct watch *w)
{
    bool changed[MAX_PROBLEMS];
    bool stdin_open = true;
    show_status(s, true);
    for (;;) {
        long long now = now_ms();
        if (now >= s->end_ms) {
            s->end_reason = "time up";
            return;
        }
        long timeout = 1000 - (long)((now - s->start_ms) % 1000);
        long pending = watch_pending_ms(w);
        if (pending >= 0 && pending < timeout)
            timeout = pending;
        if (s->end_ms - now < timeout)
            timeout = (long)(s->end_ms - now);
        struct pollfd pfd[2] = {{.fd = watch_fd(w), .events = POLLIN},
                                {.fd = STDIN_FILENO, .events = POLLIN}};
        int r = poll(pfd, stdin_open ? 2 : 1, (int)timeout);
        if (sandbox_interrupted()) {
            s->end_reason = "interrupted";
            return;
        }
        if (r > 0 && stdin_open && (pfd[1].revents & (POLLIN | POLLHUP | POLLERR))) {
            int q = quit_pressed(s->tty_in);
            if (q > 0) {
                s->end_reason = "quit";
                return;
            }
            /* The end of a non-terminal stdin must not spin the loop. */
            if (q < 0 || (pfd[1].revents & POLLERR))
                stdin_open = false;
        }
        if (watch_read(w) < 0)
            die("cannot read file events: %s", strerror(errno));
        if (watch_take_settled(w, changed) > 0) {
            for (size_t i = 0; i < s->n; i++)
                if (changed[i] && judge_save(s, &s->problems[i]) < 0) {
                    s->end_reason = "interrupted";
                    return;
                }
            if (all_solved(s)) {
                s->end_reason = "all solved";
                return;
            }
            show_status(s, true);
        } else {
            show_status(s, false);
        }
    }
}

/* ---- the report ---- */

/* Runs `judge complexity` (this executable) on an accepted solution and keeps its
 * "yours: ...; reference: ..." line. */
static char *complexity_line(const struct mock_problem *m)
{
    char *dir = make_temp_dir("mock-complexity");
    if (!dir)
        return xstrdup("not measured: no temporary folder");
    char *out_path = xasprintf("%s/out", dir);
    fflush(NULL);
    pid_t pid = fork();
    if (pid == 0) {
        int in = open("/dev/null", O_RDONLY), out = open(out_path, O_WRONLY | O_CREAT, 0600);
        if (in < 0 || out < 0 || dup2(in, 0) < 0 || dup2(out, 1) < 0 || dup2(in, 2) < 0)
            _exit(126);
        execl("/proc/self/exe", "judge", "complexity", m->p->dir, m->path, (char *)NULL);
        _exit(127);
    }
    int status = 0;
    long long deadline = now_ms() + COMPLEXITY_WAIT_MS;
    while (pid > 0 && waitpid(pid, &status, WNOHANG) == 0) {
        if (now_ms() > deadline || sandbox_interrupted()) {
            kill(pid, SIGINT);
            waitpid(pid, &status, 0);
            break;
        }
        nanosleep(&(struct timespec){.tv_nsec = 20000000L}, NULL);
    }
    char *text = read_file(out_path, 1 << 20, NULL, NULL);
    char *line = text ? strstr(text, "\nyours: ") : NULL;
    char *result = NULL;
    if (line) {
        char *end = strchr(line + 1, '\n');
        result = strndup(line + 1, end ? (size_t)(end - line - 1) : strlen(line + 1));
    } else {
        result = xstrdup(pid < 0 ? "not measured: cannot start judge complexity"
                                 : "not measured: judge complexity failed");
    }
    free(text);
    remove_tree(dir);
    free(out_path), free(dir);
    return result;
}

static char *session_json(const struct session *s)
{
    struct json j = {.pretty = true};
    json_begin_object(&j, NULL);
    json_string(&j, "started", s->started);
    json_int(&j, "planned_s", (long long)(s->o.minutes * 60 + 0.5));
    json_int(&j, "elapsed_s", (now_ms() - s->start_ms) / 1000);
    json_int(&j, "seed", (long long)s->o.seed);
    if (s->o.difficulty >= 0)
        json_string(&j, "difficulty", difficulty_name((enum difficulty)s->o.difficulty));
    else
        json_null(&j, "difficulty");
    json_string(&j, "end", s->end_reason);
    json_string(&j, "folder", s->dir);
    json_begin_array(&j, "problems");
    for (size_t i = 0; i < s->n; i++) {
        const struct mock_problem *m = &s->problems[i];
        json_begin_object(&j, NULL);
        json_string(&j, "id", m->p->id);
        json_string(&j, "title", m->p->title);
        json_string(&j, "file", m->path);
        json_bool(&j, "solved", m->first_ac_ms >= 0);
        json_int(&j, "attempts", m->attempts);
        if (m->first_ac_ms >= 0)
            json_int(&j, "first_ac_s", m->first_ac_ms / 1000);
        else
            json_null(&j, "first_ac_s");
        if (m->judged) {
            json_string(&j, "final_verdict", verdict_code(m->verdict));
            json_int(&j, "score", m->score);
            json_int(&j, "max_score", m->max_score);
            json_int(&j, "samples_passed", m->samples_passed);
            json_int(&j, "samples_total", m->samples_total);
            json_int(&j, "hidden_passed", m->hidden_passed);
            json_int(&j, "hidden_total", m->hidden_total);
        } else {
            json_null(&j, "final_verdict");
        }
        json_string(&j, "complexity", m->complexity);
        json_end_object(&j);
    }
    json_end_array(&j);
    json_end_object(&j);
    sb_puts(&j.sb, "\n");
    return sb_take(&j.sb);
}

/* Writes the JSON to the state folder's sessions/ and the session folder; returns the
 * first path (malloc'd) or NULL. */
static char *store_json(const struct session *s, const char *json)
{
    char *state = history_state_dir(), *path = NULL;
    if (state) {
        char *dir = xasprintf("%s/sessions", state);
        mkdir(state, 0700);
        mkdir(dir, 0700);
        char stamp[32];
        snprintf(stamp, sizeof stamp, "%s", s->started);
        for (char *c = stamp; *c; c++)
            if (*c == ':')
                *c = '-';
        path = xasprintf("%s/%s-seed%llu.json", dir, stamp, s->o.seed);
        if (write_file_atomic(path, json, strlen(json)) < 0) {
            fprintf(stderr, "judge: warning: cannot write %s: %s\n", path, strerror(errno));
            free(path);
            path = NULL;
        }
        free(dir);
    }
    free(state);
    char *local = xasprintf("%s/session.json", s->dir);
    if (write_file_atomic(local, json, strlen(json)) < 0)
        fprintf(stderr, "judge: warning: cannot write %s: %s\n", local, strerror(errno));
    free(local);
    return path;
}

static void print_report(const struct session *s, const char *stored)
{
    char used[32], planned[32];
    format_clock(now_ms() - s->start_ms, false, used, sizeof used);
    format_clock((long long)(s->o.minutes * 60000), true, planned, sizeof planned);
    int solved = 0;
    for (size_t i = 0; i < s->n; i++)
        solved += s->problems[i].first_ac_ms >= 0;
    printf("\nMock interview over (%s) after %s of %s: %d of %zu solved, seed %llu\n\n",
           s->end_reason, used, planned, solved, s->n, s->o.seed);
    printf("  %-2s %-30s %-6s %8s  %-8s  %s\n", "#", "PROBLEM", "SOLVED", "ATTEMPTS", "FIRST AC",
           "HIDDEN TESTS");
    for (size_t i = 0; i < s->n; i++) {
        const struct mock_problem *m = &s->problems[i];
        char first[32] = "-", hidden[64] = "not judged";
        if (m->first_ac_ms >= 0)
            format_clock(m->first_ac_ms, false, first, sizeof first);
        if (m->judged)
            snprintf(hidden, sizeof hidden, "%s, %d/%d passed", verdict_code(m->verdict),
                     m->hidden_passed, m->hidden_total);
        printf("  %-2zu %-30s %-6s %8d  %-8s  %s\n", i + 1, m->p->id,
               m->first_ac_ms >= 0 ? "yes" : "no", m->attempts, first, hidden);
        printf("     complexity: %s\n", m->complexity);
    }
    if (stored)
        printf("\nSession saved in %s and %s/session.json\n", stored, s->dir);
}

static void finish(struct session *s)
{
    clear_status(s);
    raw_keys(s, false);
    bool interrupted = sandbox_interrupted();
    for (size_t i = 0; i < s->n; i++) {
        struct mock_problem *m = &s->problems[i];
        if (!s->o.complexity)
            m->complexity = xstrdup("not measured (--no-complexity)");
        else if (interrupted)
            m->complexity = xstrdup("not measured: interrupted");
        else if (m->first_ac_ms < 0 || m->verdict != VERDICT_AC)
            m->complexity = xstrdup("not measured: the final version is not accepted");
        else if (m->p->complexity.ncommands == 0)
            m->complexity = xstrdup("not measured: the problem has no complexity inputs");
        else {
            printf("Measuring the complexity of %s ...\n", m->file_name);
            fflush(stdout);
            m->complexity = complexity_line(m);
        }
    }
    char *json = session_json(s);
    char *stored = store_json(s, json);
    print_report(s, stored);
    if (s->history) {
        int solved = 0;
        for (size_t i = 0; i < s->n; i++)
            solved += s->problems[i].first_ac_ms >= 0;
        struct history_session hs = {.end_reason = s->end_reason, .solved = solved, .json = json};
        char err[256];
        if (history_end_session(s->history, s->history_id, &hs, err, sizeof err) < 0)
            fprintf(stderr, "judge: warning: %s\n", err);
    }
    free(stored);
    free(json);
}

/* ---- setup ---- */

static int parse_options(int argc, char **argv, struct options *o)
{
    static const struct option opts[] = {{"minutes", required_argument, NULL, 'm'},
                                         {"problems", required_argument, NULL, 'k'},
                                         {"difficulty", required_argument, NULL, 'd'},
                                         {"seed", required_argument, NULL, 's'},
                                         {"dir", required_argument, NULL, 'D'},
                                         {"no-complexity", no_argument, NULL, 'C'},
                                         {"help", no_argument, NULL, 'h'},
                                         {NULL, 0, NULL, 0}};
    int c;
    char *end;
    opterr = 0;
    while ((c = getopt_long(argc, argv, "h", opts, NULL)) != -1) {
        errno = 0;
        switch (c) {
        case 'm':
            o->minutes = strtod(optarg, &end);
            if (errno || end == optarg || *end || !(o->minutes > 0 && o->minutes <= 600))
                return cli_usage_error("mock: --minutes needs a number above 0 and at most 600, "
                                       "not '%s'",
                                       optarg);
            break;
        case 'k':
            o->count = strtol(optarg, &end, 10);
            if (errno || end == optarg || *end || o->count < 1 || o->count > MAX_PROBLEMS)
                return cli_usage_error("mock: --problems needs a whole number from 1 to %d, "
                                       "not '%s'",
                                       MAX_PROBLEMS, optarg);
            break;
        case 'd':
            o->difficulty = !strcmp(optarg, "easy")     ? 0
                            : !strcmp(optarg, "medium") ? 1
                            : !strcmp(optarg, "hard")   ? 2
                                                        : -2;
            if (o->difficulty == -2)
                return cli_usage_error("mock: --difficulty is easy, medium or hard, not '%s'",
                                       optarg);
            break;
        case 's':
            o->seed = strtoull(optarg, &end, 10);
            if (errno || end == optarg || *end || optarg[0] == '-')
                return cli_usage_error("mock: --seed needs a whole number, not '%s'", optarg);
            o->seed_given = true;
            break;
        case 'D':
            o->dir = optarg;
            break;
        case 'C':
            o->complexity = false;
            break;
        case 'h':
            fputs(usage, stdout);
            return 1;
        default:
            return cli_usage_error("mock: unrecognized option '%s' (see judge mock --help)",
                                   argv[optind - 1]);
        }
    }
    if (optind < argc)
        return cli_usage_error("mock takes no arguments ('%s'); see judge mock --help",
                               argv[optind]);
    return 0;
}

static void begin_history(struct session *s)
{
    char *dir = history_state_dir(), err[512] = "no state folder (set XDG_STATE_HOME or HOME)";
    s->history = dir ? history_open(dir, err, sizeof err) : NULL;
    struct strbuf ids = {0};
    for (size_t i = 0; i < s->n; i++)
        sb_printf(&ids, "%s%s", i ? ", " : "", s->problems[i].p->id);
    struct history_session hs = {
        .started = s->started,
        .minutes = (int)(s->o.minutes + 0.5),
        .seed = s->o.seed,
        .difficulty =
            s->o.difficulty >= 0 ? difficulty_name((enum difficulty)s->o.difficulty) : NULL,
        .total = (int)s->n,
        .problems = ids.data,
    };
    if (s->history)
        s->history_id = history_begin_session(s->history, &hs, err, sizeof err);
    if (!s->history || s->history_id < 0) {
        fprintf(stderr, "judge: warning: the session is not in the history: %s\n", err);
        s->history_id = 0;
    }
    sb_free(&ids);
    free(dir);
}

static void free_session(struct session *s)
{
    for (size_t i = 0; i < s->n; i++) {
        problem_free(s->problems[i].p);
        free(s->problems[i].file_name);
        free(s->problems[i].path);
        free(s->problems[i].complexity);
    }
    history_close(s->history);
    free(s->dir);
}

static int run_session(struct session *s)
{
    const char *names[MAX_PROBLEMS];
    for (size_t i = 0; i < s->n; i++)
        names[i] = s->problems[i].file_name;
    char err[256];
    struct watch *w = watch_new(s->dir, names, s->n, err, sizeof err);
    if (!w) {
        fprintf(stderr, "judge: %s\n", err);
        return EXIT_IE;
    }
    show_statements(s);
    begin_history(s);
    s->start_ms = now_ms();
    s->end_ms = s->start_ms + (long long)(s->o.minutes * 60000);
    raw_keys(s, true);
    session_loop(s, w);
    finish(s);
    watch_free(w);
    if (sandbox_interrupted())
        return EXIT_INTERRUPTED;
    return all_solved(s) ? EXIT_ACCEPTED : EXIT_NOT_ACCEPTED;
}

int cmd_mock(const struct cli_common *common, int argc, char **argv)
{
    struct session s = {.o = {.minutes = 45, .count = 2, .difficulty = -1, .complexity = true}};
    int rc = parse_options(argc, argv, &s.o);
    if (rc != 0)
        return rc == 1 ? EXIT_ACCEPTED : EXIT_USAGE;
    if (!s.o.seed_given)
        s.o.seed = ((unsigned long long)time(NULL) ^ (unsigned long long)getpid() << 16) % 100000;
    history_now(s.started, sizeof s.started);
    if (s.o.dir) {
        s.dir = xstrdup(s.o.dir);
    } else {
        char stamp[32];
        time_t now = time(NULL);
        struct tm tm;
        strftime(stamp, sizeof stamp, "%Y%m%d-%H%M%S", localtime_r(&now, &tm));
        s.dir = xasprintf("mock-%s", stamp);
    }
    if (pick_problems(common, &s) < 0 || prepare_folder(&s) < 0) {
        free_session(&s);
        return s.n ? EXIT_IE : EXIT_USAGE;
    }
    char *runtime = catalog_runtime_dir();
    sandbox_install_interrupt_handlers();
    s.judge = (struct judge_options){.runtime_dir = runtime, .cache = cli_open_cache()};
    s.tty_in = isatty(STDIN_FILENO) && tcgetattr(STDIN_FILENO, &s.saved_termios) == 0;
    s.tty_out = isatty(STDOUT_FILENO);
    int status = run_session(&s);
    cli_close_cache(s.judge.cache);
    free(runtime);
    free_session(&s);
    return status;
}
