#include "history.h"

#include <errno.h>
#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "util.h"

/* Writers (a watch and a test at once) wait for each other this long. */
#define BUSY_TIMEOUT_MS 5000

static const char schema[] = "CREATE TABLE IF NOT EXISTS attempts ("
                             "  id INTEGER PRIMARY KEY,"
                             "  at TEXT NOT NULL," /* ISO 8601, UTC */
                             "  problem TEXT NOT NULL,"
                             "  source TEXT NOT NULL," /* test, watch, mock */
                             "  file TEXT,"
                             "  verdict TEXT NOT NULL,"
                             "  score INTEGER, max_score INTEGER, passed INTEGER, total INTEGER,"
                             "  cpu_ms INTEGER," /* the slowest test */
                             "  session INTEGER REFERENCES sessions(id));"
                             "CREATE INDEX IF NOT EXISTS attempts_problem ON attempts(problem, at);"
                             "CREATE TABLE IF NOT EXISTS sessions ("
                             "  id INTEGER PRIMARY KEY,"
                             "  started TEXT NOT NULL, ended TEXT,"
                             "  minutes INTEGER, seed INTEGER, difficulty TEXT,"
                             "  end_reason TEXT, solved INTEGER, total INTEGER, problems TEXT,"
                             "  json TEXT);";

struct history {
    sqlite3 *db;
};

char *history_state_dir(void)
{
    const char *xdg = getenv("XDG_STATE_HOME");
    if (xdg && xdg[0] == '/')
        return xasprintf("%s/judge", xdg);
    const char *home = getenv("HOME");
    if (!home || !*home)
        return NULL;
    return xasprintf("%s/.local/state/judge", home);
}

void history_now(char *buf, size_t len)
{
    time_t now = time(NULL);
    struct tm tm;
    gmtime_r(&now, &tm);
    strftime(buf, len, "%Y-%m-%dT%H:%M:%SZ", &tm);
}

/* mkdir -p with mode 0700 for the folders it creates. */
static int make_dirs(const char *path)
{
    char *p = xstrdup(path);
    int rc = 0;
    for (char *s = strchr(p + 1, '/'); s && rc == 0; s = strchr(s + 1, '/')) {
        *s = '\0';
        if (mkdir(p, 0700) < 0 && errno != EEXIST)
            rc = -1;
        *s = '/';
    }
    if (rc == 0 && mkdir(p, 0700) < 0 && errno != EEXIST)
        rc = -1;
    free(p);
    return rc;
}

struct history *history_open(const char *dir, char *err, size_t errlen)
{
    if (make_dirs(dir) < 0) {
        snprintf(err, errlen, "cannot create %s: %s", dir, strerror(errno));
        return NULL;
    }
    char *path = xasprintf("%s/history.db", dir);
    sqlite3 *db = NULL;
    int rc = sqlite3_open_v2(path, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL);
    char *sql_err = NULL;
    if (rc == SQLITE_OK) {
        sqlite3_busy_timeout(db, BUSY_TIMEOUT_MS);
        rc = sqlite3_exec(db, schema, NULL, NULL, &sql_err);
    }
    if (rc != SQLITE_OK) {
        snprintf(err, errlen, "cannot open %s: %s", path,
                 sql_err ? sql_err
                 : db    ? sqlite3_errmsg(db)
                         : sqlite3_errstr(rc));
        sqlite3_free(sql_err);
        sqlite3_close(db);
        free(path);
        return NULL;
    }
    free(path);
    struct history *h = xcalloc(1, sizeof *h);
    h->db = db;
    return h;
}

void history_close(struct history *h)
{
    if (!h)
        return;
    sqlite3_close(h->db);
    free(h);
}

static int fail(struct history *h, char *err, size_t errlen, const char *what)
{
    snprintf(err, errlen, "%s: %s", what, sqlite3_errmsg(h->db));
    return -1;
}

/* Binds text (NULL as SQL NULL). */
static void bind_text(sqlite3_stmt *st, int i, const char *s)
{
    if (s)
        sqlite3_bind_text(st, i, s, -1, SQLITE_TRANSIENT);
    else
        sqlite3_bind_null(st, i);
}

int history_add_attempt(struct history *h, const struct history_attempt *a, char *err,
                        size_t errlen)
{
    static const char sql[] = "INSERT INTO attempts (at, problem, source, file, verdict, score, "
                              "max_score, passed, total, cpu_ms, session) "
                              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(h->db, sql, -1, &st, NULL) != SQLITE_OK)
        return fail(h, err, errlen, "cannot record the attempt");
    char at[32];
    history_now(at, sizeof at);
    bind_text(st, 1, at);
    bind_text(st, 2, a->problem);
    bind_text(st, 3, a->source);
    bind_text(st, 4, a->file);
    bind_text(st, 5, a->verdict);
    sqlite3_bind_int(st, 6, a->score);
    sqlite3_bind_int(st, 7, a->max_score);
    sqlite3_bind_int(st, 8, a->passed);
    sqlite3_bind_int(st, 9, a->total);
    sqlite3_bind_int64(st, 10, a->cpu_ms);
    if (a->session > 0)
        sqlite3_bind_int64(st, 11, a->session);
    else
        sqlite3_bind_null(st, 11);
    int rc = sqlite3_step(st);
    sqlite3_finalize(st);
    return rc == SQLITE_DONE ? 0 : fail(h, err, errlen, "cannot record the attempt");
}

long long history_begin_session(struct history *h, const struct history_session *s, char *err,
                                size_t errlen)
{
    static const char sql[] = "INSERT INTO sessions (started, minutes, seed, difficulty, total, "
                              "problems) VALUES (?, ?, ?, ?, ?, ?)";
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(h->db, sql, -1, &st, NULL) != SQLITE_OK)
        return fail(h, err, errlen, "cannot record the session");
    bind_text(st, 1, s->started);
    sqlite3_bind_int(st, 2, s->minutes);
    sqlite3_bind_int64(st, 3, (sqlite3_int64)s->seed);
    bind_text(st, 4, s->difficulty);
    sqlite3_bind_int(st, 5, s->total);
    bind_text(st, 6, s->problems);
    int rc = sqlite3_step(st);
    sqlite3_finalize(st);
    if (rc != SQLITE_DONE)
        return fail(h, err, errlen, "cannot record the session");
    return sqlite3_last_insert_rowid(h->db);
}

int history_end_session(struct history *h, long long id, const struct history_session *s, char *err,
                        size_t errlen)
{
    static const char sql[] = "UPDATE sessions SET ended = ?, end_reason = ?, solved = ?, "
                              "json = ? WHERE id = ?";
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(h->db, sql, -1, &st, NULL) != SQLITE_OK)
        return fail(h, err, errlen, "cannot record the session");
    char ended[32];
    history_now(ended, sizeof ended);
    bind_text(st, 1, ended);
    bind_text(st, 2, s->end_reason);
    sqlite3_bind_int(st, 3, s->solved);
    bind_text(st, 4, s->json);
    sqlite3_bind_int64(st, 5, id);
    int rc = sqlite3_step(st);
    sqlite3_finalize(st);
    return rc == SQLITE_DONE ? 0 : fail(h, err, errlen, "cannot record the session");
}

int history_record_submission(const struct submission_result *r, const char *source,
                              long long session, char *err, size_t errlen)
{
    if (r->verdict == VERDICT_IE)
        return 0;
    char *dir = history_state_dir();
    struct history *h = dir ? history_open(dir, err, errlen) : NULL;
    if (!dir)
        snprintf(err, errlen, "no state folder (set XDG_STATE_HOME or HOME)");
    int rc = -1;
    if (h) {
        struct history_attempt a = {.problem = r->problem->id,
                                    .source = source,
                                    .verdict = verdict_code(r->verdict),
                                    .score = r->score,
                                    .max_score = r->max_score,
                                    .total = (int)r->problem->ntests,
                                    .session = session};
        char *abs = realpath(r->solution, NULL);
        a.file = abs ? abs : r->solution;
        for (size_t i = 0; i < r->ntests; i++) {
            a.passed += r->tests[i].verdict == VERDICT_AC;
            if (r->tests[i].time_ms > a.cpu_ms)
                a.cpu_ms = r->tests[i].time_ms;
        }
        rc = history_add_attempt(h, &a, err, errlen);
        free(abs);
    }
    history_close(h);
    free(dir);
    return rc;
}

/* ---- printing ---- */

/* "2024-11-25T16:02:11Z" -> "2024-11-25 17:02" in local time. */
static void local_time(const char *iso, char *buf, size_t len)
{
    struct tm tm = {0};
    if (!iso || !strptime(iso, "%Y-%m-%dT%H:%M:%SZ", &tm)) {
        snprintf(buf, len, "%s", iso ? iso : "-");
        return;
    }
    time_t t = timegm(&tm);
    struct tm local;
    localtime_r(&t, &local);
    strftime(buf, len, "%Y-%m-%d %H:%M", &local);
}

static const char *column_text(sqlite3_stmt *st, int i)
{
    const unsigned char *t = sqlite3_column_text(st, i);
    return t ? (const char *)t : NULL;
}

static int print_sessions(struct history *h, FILE *out, char *err, size_t errlen)
{
    static const char sql[] = "SELECT started, minutes, solved, total, problems, end_reason, seed "
                              "FROM sessions ORDER BY started DESC, id DESC LIMIT 20";
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(h->db, sql, -1, &st, NULL) != SQLITE_OK)
        return fail(h, err, errlen, "cannot read the sessions");
    bool any = false;
    while (sqlite3_step(st) == SQLITE_ROW) {
        if (!any)
            fprintf(out, "Mock interviews (latest first)\n  %-16s  %7s  %6s  %-12s  %-10s  %s\n",
                    "STARTED", "MINUTES", "SOLVED", "ENDED", "SEED", "PROBLEMS");
        any = true;
        char when[32], solved[16];
        local_time(column_text(st, 0), when, sizeof when);
        snprintf(solved, sizeof solved, "%d/%d", sqlite3_column_int(st, 2),
                 sqlite3_column_int(st, 3));
        const char *reason = column_text(st, 5);
        fprintf(out, "  %-16s  %7d  %6s  %-12s  %-10lld  %s\n", when, sqlite3_column_int(st, 1),
                solved, reason ? reason : "unfinished", (long long)sqlite3_column_int64(st, 6),
                column_text(st, 4) ? column_text(st, 4) : "");
    }
    sqlite3_finalize(st);
    if (any)
        fputc('\n', out);
    return any ? 1 : 0;
}

static int print_problems(struct history *h, FILE *out, char *err, size_t errlen)
{
    static const char sql[] =
        "SELECT problem, COUNT(*), SUM(verdict = 'AC'), "
        "  MIN(CASE WHEN verdict = 'AC' THEN at END), "
        "  MIN(CASE WHEN verdict = 'AC' THEN cpu_ms END), "
        "  (SELECT verdict FROM attempts b WHERE b.problem = a.problem ORDER BY at DESC, id DESC "
        "   LIMIT 1), MAX(at) "
        "FROM attempts a GROUP BY problem ORDER BY MAX(at) DESC";
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(h->db, sql, -1, &st, NULL) != SQLITE_OK)
        return fail(h, err, errlen, "cannot read the attempts");
    bool any = false;
    while (sqlite3_step(st) == SQLITE_ROW) {
        if (!any)
            fprintf(out, "Practice by problem (latest first)\n  %-30s  %8s  %3s  %-16s  %8s  %s\n",
                    "PROBLEM", "ATTEMPTS", "AC", "FIRST AC", "BEST CPU", "LAST");
        any = true;
        char first[32] = "-", best[32] = "-", last[32];
        if (column_text(st, 3))
            local_time(column_text(st, 3), first, sizeof first);
        if (sqlite3_column_type(st, 4) != SQLITE_NULL)
            snprintf(best, sizeof best, "%d ms", sqlite3_column_int(st, 4));
        local_time(column_text(st, 6), last, sizeof last);
        fprintf(out, "  %-30s  %8d  %3d  %-16s  %8s  %s %s\n", column_text(st, 0),
                sqlite3_column_int(st, 1), sqlite3_column_int(st, 2), first, best,
                column_text(st, 5), last);
    }
    sqlite3_finalize(st);
    return any ? 1 : 0;
}

static int print_attempts(struct history *h, FILE *out, const char *problem, char *err,
                          size_t errlen)
{
    static const char sql[] = "SELECT at, source, verdict, score, max_score, passed, total, "
                              "cpu_ms, file FROM attempts WHERE problem = ? ORDER BY at, id";
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(h->db, sql, -1, &st, NULL) != SQLITE_OK)
        return fail(h, err, errlen, "cannot read the attempts");
    sqlite3_bind_text(st, 1, problem, -1, SQLITE_TRANSIENT);
    int n = 0;
    while (sqlite3_step(st) == SQLITE_ROW) {
        if (n++ == 0)
            fprintf(out, "Attempts at %s\n  %-16s  %-6s  %-4s  %9s  %9s  %8s  %s\n", problem,
                    "WHEN", "HOW", "", "SCORE", "TESTS", "CPU", "FILE");
        char when[32], score[24], tests[24];
        local_time(column_text(st, 0), when, sizeof when);
        snprintf(score, sizeof score, "%d/%d", sqlite3_column_int(st, 3),
                 sqlite3_column_int(st, 4));
        snprintf(tests, sizeof tests, "%d/%d", sqlite3_column_int(st, 5),
                 sqlite3_column_int(st, 6));
        fprintf(out, "  %-16s  %-6s  %-4s  %9s  %9s  %5d ms  %s\n", when, column_text(st, 1),
                column_text(st, 2), score, tests, sqlite3_column_int(st, 7),
                column_text(st, 8) ? column_text(st, 8) : "");
    }
    sqlite3_finalize(st);
    if (n == 0)
        fprintf(out, "No attempts at %s yet.\n", problem);
    return 0;
}

int history_print(struct history *h, FILE *out, const char *problem, char *err, size_t errlen)
{
    if (problem)
        return print_attempts(h, out, problem, err, errlen);
    int sessions = print_sessions(h, out, err, errlen);
    if (sessions < 0)
        return -1;
    int problems = print_problems(h, out, err, errlen);
    if (problems < 0)
        return -1;
    if (!sessions && !problems)
        fprintf(out, "No history yet: judge test, judge watch and judge mock record here.\n");
    return 0;
}
