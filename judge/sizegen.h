/* Generator commands for inputs of a chosen size: the `stress:` and `complexity:` keys of
 * problem.yaml name a generator and its arguments with placeholders,
 *
 *   gen.c --n {n} --seed {seed} --k {n/10}
 *
 * filled in for each input: {n} the size, {seed} a seed, {n/K} and {n*K} the size divided
 * (rounded down) or multiplied by a whole number K, {sqrt(n)} its square root (rounded
 * down). */
#ifndef JUDGE_SIZEGEN_H
#define JUDGE_SIZEGEN_H

#include <stdbool.h>
#include <stddef.h>

/* What a template's placeholders use. */
struct sizegen_uses {
    bool n;    /* {n} or a form derived from it */
    bool seed; /* {seed} */
};

/* Checks the placeholders of one word of a template. Returns 0 and adds what the word
 * uses to *uses, or -1 with a one-line reason in err ("unknown placeholder '{m}' ..."). */
int sizegen_check_word(const char *word, struct sizegen_uses *uses, char *err, size_t errlen);

/* The argv of a template (words, NULL-terminated) with n and seed filled in: a malloc'd,
 * NULL-terminated array of malloc'd strings; free with sizegen_free_argv. The words must
 * have passed sizegen_check_word (an unknown placeholder is copied as it is). */
char **sizegen_argv(char *const *words, long n, unsigned long long seed);
void sizegen_free_argv(char **argv);

/* The argv as one line, words separated by spaces (malloc'd). */
char *sizegen_command_line(char *const *argv);

#endif
