#include "watch.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/inotify.h>
#include <unistd.h>

#include "util.h"

/* What editors do when they save: write in place (CLOSE_WRITE), rename a temporary file
 * over the original (MOVED_TO), or delete and create it again (CREATE, then CLOSE_WRITE). */
#define EVENTS (IN_CLOSE_WRITE | IN_MOVED_TO | IN_CREATE | IN_MODIFY | IN_DELETE | IN_MOVED_FROM)

/* A file deleted and never recreated stops being pending after this long. */
#define MISSING_GIVE_UP_MS 10000

struct watched {
    char *name;
    long long last_event_ms; /* 0: nothing pending */
};

struct watch {
    int fd;
    char *dir;
    struct watched *files;
    size_t n;
};

struct watch *watch_new(const char *dir, const char *const *names, size_t n, char *err,
                        size_t errlen)
{
    int fd = inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
    if (fd < 0) {
        snprintf(err, errlen, "inotify_init1: %s", strerror(errno));
        return NULL;
    }
    if (inotify_add_watch(fd, dir, EVENTS | IN_ONLYDIR) < 0) {
        snprintf(err, errlen, "cannot watch the folder %s: %s", dir, strerror(errno));
        close(fd);
        return NULL;
    }
    struct watch *w = xcalloc(1, sizeof *w);
    w->fd = fd;
    w->dir = xstrdup(dir);
    w->files = xcalloc(n, sizeof *w->files);
    w->n = n;
    for (size_t i = 0; i < n; i++)
        w->files[i].name = xstrdup(names[i]);
    return w;
}

void watch_free(struct watch *w)
{
    if (!w)
        return;
    close(w->fd);
    for (size_t i = 0; i < w->n; i++)
        free(w->files[i].name);
    free(w->files);
    free(w->dir);
    free(w);
}

int watch_fd(const struct watch *w)
{
    return w->fd;
}

static void note(struct watch *w, const char *name, long long now)
{
    for (size_t i = 0; i < w->n; i++)
        if (strcmp(w->files[i].name, name) == 0)
            w->files[i].last_event_ms = now;
}

int watch_read(struct watch *w)
{
    char buf[16384] __attribute__((aligned(__alignof__(struct inotify_event))));
    for (;;) {
        ssize_t len = read(w->fd, buf, sizeof buf);
        if (len < 0)
            return errno == EAGAIN || errno == EINTR ? 0 : -1;
        long long now = now_ms();
        for (char *p = buf; p < buf + len;) {
            const struct inotify_event *ev = (const struct inotify_event *)p;
            if (ev->len > 0)
                note(w, ev->name, now);
            p += sizeof *ev + ev->len;
        }
    }
}

long watch_pending_ms(const struct watch *w)
{
    long best = -1;
    long long now = now_ms();
    for (size_t i = 0; i < w->n; i++) {
        if (!w->files[i].last_event_ms)
            continue;
        long left = (long)(w->files[i].last_event_ms + WATCH_SETTLE_MS - now);
        if (left < 0)
            left = 0;
        /* A name that stays missing is re-checked now and then, not in a busy loop. */
        if (left == 0) {
            char *path = xasprintf("%s/%s", w->dir, w->files[i].name);
            if (!path_is_file(path))
                left = WATCH_SETTLE_MS;
            free(path);
        }
        if (best < 0 || left < best)
            best = left;
    }
    return best;
}

size_t watch_take_settled(struct watch *w, bool *changed)
{
    size_t count = 0;
    long long now = now_ms();
    for (size_t i = 0; i < w->n; i++) {
        changed[i] = false;
        struct watched *f = &w->files[i];
        if (!f->last_event_ms || now - f->last_event_ms < WATCH_SETTLE_MS)
            continue;
        char *path = xasprintf("%s/%s", w->dir, f->name);
        bool exists = path_is_file(path);
        free(path);
        if (exists) {
            changed[i] = true;
            count++;
            f->last_event_ms = 0;
        } else if (now - f->last_event_ms > MISSING_GIVE_UP_MS) {
            f->last_event_ms = 0;
        }
    }
    return count;
}
