/* The practice history: every judged attempt (judge test, watch, mock) and every mock
 * session, in an SQLite database under $XDG_STATE_HOME/judge (else
 * ~/.local/state/judge), for `judge history`. */
#ifndef JUDGE_HISTORY_H
#define JUDGE_HISTORY_H

#include <stdbool.h>
#include <stdio.h>

#include "pipeline.h"

/* The state folder: $XDG_STATE_HOME/judge if XDG_STATE_HOME is set and absolute, else
 * $HOME/.local/state/judge. Returns a malloc'd path, or NULL without HOME. Does not touch
 * the file system. */
char *history_state_dir(void);

struct history;

/* Opens (creating the folder, mode 0700, and the database when missing) the history in
 * dir. Returns NULL with a one-line reason in err. */
struct history *history_open(const char *dir, char *err, size_t errlen);
void history_close(struct history *h); /* accepts NULL */

struct history_attempt {
    const char *problem;
    const char *source; /* "test", "watch", "mock" */
    const char *file;
    const char *verdict; /* "AC", "WA", ... */
    int score, max_score;
    int passed, total; /* tests */
    long cpu_ms;       /* the slowest test's CPU time */
    long long session; /* the mock session's id, or 0 */
};

/* Records one attempt, dated now. Returns 0, or -1 with a reason in err. */
int history_add_attempt(struct history *h, const struct history_attempt *a, char *err,
                        size_t errlen);

struct history_session {
    const char *started; /* ISO 8601, UTC */
    int minutes;
    unsigned long long seed;
    const char *difficulty; /* or NULL: any */
    const char *end_reason; /* "time up", "all solved", "quit", "interrupted" */
    int solved, total;
    const char *problems; /* "a, b" */
    const char *json;     /* the whole session report */
};

/* Starts a session row (its report comes with history_end_session). Returns its id (> 0),
 * or -1 with a reason in err. */
long long history_begin_session(struct history *h, const struct history_session *s, char *err,
                                size_t errlen);
int history_end_session(struct history *h, long long id, const struct history_session *s, char *err,
                        size_t errlen);

/* Records a judged submission in the default history (history_state_dir): its verdict,
 * score, tests passed and slowest CPU time. Interrupted and internal-error results are
 * not practice and are skipped (0). On failure returns -1 with a message in err; callers
 * treat it as a warning (cli_record_attempt). */
int history_record_submission(const struct submission_result *r, const char *source,
                              long long session, char *err, size_t errlen);

/* Prints the history for people: the mock sessions, then per problem the attempts, the
 * first AC's date and the best CPU time; with problem, that problem's attempts. Returns 0,
 * or -1 with a reason in err. */
int history_print(struct history *h, FILE *out, const char *problem, char *err, size_t errlen);

/* "2024-11-25T16:02:11Z" for now, into buf. */
void history_now(char *buf, size_t len);

#endif
