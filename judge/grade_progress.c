#include "grade_progress.h"

#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include "util.h"

#define BAR_WIDTH 24

struct grade_progress {
    FILE *out;
    size_t total, done;
    bool tty;
    long long start_ms;
    char *current;
};

struct grade_progress *grade_progress_new(FILE *out, size_t total, bool tty)
{
    struct grade_progress *p = xcalloc(1, sizeof *p);
    p->out = out;
    p->total = total;
    p->tty = tty;
    p->start_ms = now_ms();
    p->current = xstrdup("");
    return p;
}

static void format_duration(long long ms, char *buf, size_t len)
{
    long long s = ms / 1000;
    if (s >= 3600)
        snprintf(buf, len, "%lld:%02lld:%02lld", s / 3600, s / 60 % 60, s % 60);
    else
        snprintf(buf, len, "%lld:%02lld", s / 60, s % 60);
}

static int terminal_width(FILE *out)
{
    struct winsize ws;
    if (ioctl(fileno(out), TIOCGWINSZ, &ws) == 0 && ws.ws_col >= 40)
        return ws.ws_col;
    return 80;
}

static void redraw(struct grade_progress *p)
{
    long long elapsed = now_ms() - p->start_ms;
    char el[32], eta[32] = "--:--";
    format_duration(elapsed, el, sizeof el);
    if (p->done > 0 && p->done < p->total)
        format_duration(elapsed * (long long)(p->total - p->done) / (long long)p->done, eta,
                        sizeof eta);
    else if (p->done == p->total)
        snprintf(eta, sizeof eta, "0:00");
    char bar[BAR_WIDTH + 1];
    size_t fill = p->total ? p->done * BAR_WIDTH / p->total : BAR_WIDTH;
    for (size_t i = 0; i < BAR_WIDTH; i++)
        bar[i] = i < fill ? '#' : '-';
    bar[BAR_WIDTH] = '\0';
    char line[512];
    int n = snprintf(line, sizeof line, "[%s] %zu/%zu  %s elapsed  ETA %s  ", bar, p->done,
                     p->total, el, eta);
    int room = terminal_width(p->out) - 1 - n;
    /* \r and clear-to-end-of-line: the line is redrawn in place. */
    fprintf(p->out, "\r\033[K%s%.*s", line, room > 0 ? room : 0, p->current);
    fflush(p->out);
}

void grade_progress_started(struct grade_progress *p, const char *label)
{
    free(p->current);
    p->current = xstrdup(label);
    if (p->tty)
        redraw(p);
}

void grade_progress_done(struct grade_progress *p, const char *label, const char *outcome,
                         const char *note)
{
    p->done++;
    if (p->tty) {
        redraw(p);
        return;
    }
    fprintf(p->out, "[%zu/%zu] %s: %s%s%s%s\n", p->done, p->total, label, outcome,
            note ? " (" : "", note ? note : "", note ? ")" : "");
    fflush(p->out);
}

void grade_progress_tick(struct grade_progress *p)
{
    if (p->tty)
        redraw(p);
}

void grade_progress_free(struct grade_progress *p)
{
    if (!p)
        return;
    if (p->tty) {
        fputs("\r\033[K", p->out);
        fflush(p->out);
    }
    free(p->current);
    free(p);
}
