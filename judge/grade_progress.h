/* Progress of a grading on stderr: on a terminal one line redrawn in place (a bar,
 * done/total, elapsed, ETA, the item being judged); otherwise one plain line per finished
 * item, which is what CI logs want. */
#ifndef JUDGE_GRADE_PROGRESS_H
#define JUDGE_GRADE_PROGRESS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

struct grade_progress;

/* total: items to be done. tty: redraw in place (the caller decides; see isatty). */
struct grade_progress *grade_progress_new(FILE *out, size_t total, bool tty);

/* label ("alice/max-subarray") started; it becomes the item shown. */
void grade_progress_started(struct grade_progress *p, const char *label);

/* label finished with outcome ("WA 40/100"); note ("cached") may be NULL. */
void grade_progress_done(struct grade_progress *p, const char *label, const char *outcome,
                         const char *note);

/* Redraws the line (elapsed time moves on); nothing without a terminal. */
void grade_progress_tick(struct grade_progress *p);

/* Clears the line on a terminal, then frees p; accepts NULL. */
void grade_progress_free(struct grade_progress *p);

#endif
