/* Noticing that files were saved (inotify), whatever way the editor saves: writing in
 * place, or writing a temporary file and renaming it over the original (which replaces
 * the inode, so the folder is watched, not the file). Bursts of events are debounced: a
 * name counts as saved once it has been quiet for WATCH_SETTLE_MS and exists. */
#ifndef JUDGE_WATCH_H
#define JUDGE_WATCH_H

#include <stdbool.h>
#include <stddef.h>

#define WATCH_SETTLE_MS 150

struct watch;

/* Watches the files called names[0..n) in the folder dir (names without '/'; the strings
 * are copied). Returns NULL with a one-line reason in err when inotify cannot watch dir. */
struct watch *watch_new(const char *dir, const char *const *names, size_t n, char *err,
                        size_t errlen);
void watch_free(struct watch *w); /* accepts NULL */

/* The descriptor to poll() for POLLIN. */
int watch_fd(const struct watch *w);

/* Reads the events that are waiting (never blocks). Returns 0, or -1 with errno when the
 * inotify descriptor fails (EINTR is not an error: 0). */
int watch_read(struct watch *w);

/* Milliseconds until the earliest pending save settles (0: now), or -1 when none is
 * pending: the timeout to poll() with. */
long watch_pending_ms(const struct watch *w);

/* Sets changed[i] (n entries, as given to watch_new) for each name whose save has settled
 * and that exists as a regular file, and forgets those saves; returns how many. A name
 * that is still missing (deleted, or between the two steps of a save) stays pending. */
size_t watch_take_settled(struct watch *w, bool *changed);

#endif
