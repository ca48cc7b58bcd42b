/* Estimating how a solution's running time grows: CPU times measured at growing sizes n
 * are fitted against n, n log n, n^2 and n^3, and their log-log slope is measured. Pure
 * arithmetic (no I/O but complexity_plot's), so it is tested on made-up timings. */
#ifndef JUDGE_COMPLEXITY_H
#define JUDGE_COMPLEXITY_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

enum growth { GROWTH_N, GROWTH_N_LOG_N, GROWTH_N2, GROWTH_N3, GROWTH_COUNT };

struct complexity_point {
    double n;
    double us; /* CPU time in microseconds */
};

struct complexity_fit {
    bool ok;                    /* false: fewer than 3 sizes, nothing fitted */
    bool flat;                  /* the largest time is under 3 times the smallest: fixed costs
                                   (start-up, reading the input) hide the growth, which is then
                                   reported as O(n) or less */
    enum growth model;          /* the model with the smallest relative error */
    double slope;               /* of log(time - constant) against log n */
    double constant_us;         /* the fitted fixed cost (start-up, reading the input), >= 0 */
    double error[GROWTH_COUNT]; /* root-mean-square relative error of each model */
};

/* Fits t = c + a * f(n) for each model f with a, c >= 0, minimising the relative error
 * (the times span orders of magnitude); the best model is the one with the smallest
 * error, a simpler one winning unless a more complex one is clearly better. The slope
 * is that of log(t - c) against log n by least squares, over the sizes where t - c is
 * at least half of t (the size-dependent work dominates), or the two largest sizes
 * when fewer qualify. points need not be sorted; npoints < 3 gives ok = false. */
void complexity_fit(const struct complexity_point *points, size_t npoints,
                    struct complexity_fit *out);

/* "O(n)", "O(n log n)", "O(n²)", "O(n³)" (UTF-8; static strings). */
const char *complexity_model_name(enum growth g);

/* The class used to compare two solutions: n and n log n are one class (their growth
 * cannot be told apart reliably over a few doublings), n^2 and n^3 one each. */
int complexity_class(enum growth g);

/* Draws a log-log scatter plot of up to two series (b may be NULL), marked a_mark and
 * b_mark ('@' where both fall), width x height cells, with axis labels, to out. */
void complexity_plot(FILE *out, const struct complexity_point *a, size_t na, char a_mark,
                     const struct complexity_point *b, size_t nb, char b_mark, int width,
                     int height);

#endif
