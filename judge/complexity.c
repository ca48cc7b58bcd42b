#include "complexity.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

/* A more complex model must cut the error by this factor to win over a simpler one: with
 * a free constant, a model one step too steep still fits a few doublings fairly well. */
#define SIMPLER_WINS 0.7

/* Times that grow less than this much over all the sizes measure fixed costs, not growth. */
#define FLAT_RATIO 3.0

static double model_value(enum growth g, double n)
{
    switch (g) {
    case GROWTH_N:
        return n;
    case GROWTH_N_LOG_N:
        return n * log2(n > 2 ? n : 2);
    case GROWTH_N2:
        return n * n;
    default:
        return n * n * n;
    }
}

/* Weighted least squares of t = c + a f with weights 1/t^2 (relative error), a, c >= 0.
 * Returns the root-mean-square relative error and sets *c. */
static double fit_model(const struct complexity_point *p, size_t np, enum growth g, double *c)
{
    double sff = 0, sf = 0, s1 = 0, sft = 0, st = 0;
    for (size_t i = 0; i < np; i++) {
        double w = 1.0 / (p[i].us * p[i].us), f = model_value(g, p[i].n);
        sff += w * f * f, sf += w * f, s1 += w, sft += w * f * p[i].us, st += w * p[i].us;
    }
    double det = sff * s1 - sf * sf;
    double a = det != 0 ? (sft * s1 - sf * st) / det : 0;
    *c = det != 0 ? (sff * st - sf * sft) / det : 0;
    if (*c < 0 || det == 0) {
        *c = 0;
        a = sft / sff;
    }
    if (a < 0) {
        a = 0;
        *c = st / s1;
    }
    double err = 0;
    for (size_t i = 0; i < np; i++) {
        double r = (p[i].us - *c - a * model_value(g, p[i].n)) / p[i].us;
        err += r * r;
    }
    return sqrt(err / (double)np);
}

/* Slope of log(t - c) against log n over the points where the size-dependent part is at
 * least half the time; the two largest sizes when fewer than two qualify. */
static double loglog_slope(const struct complexity_point *p, size_t np, double c)
{
    double sx = 0, sy = 0, sxx = 0, sxy = 0;
    size_t k = 0, hi = 0, second = np;
    for (size_t i = 0; i < np; i++) {
        if (p[i].n > p[hi].n)
            hi = i;
        if (p[i].us - c < 0.5 * p[i].us)
            continue;
        double x = log(p[i].n), y = log(p[i].us - c);
        sx += x, sy += y, sxx += x * x, sxy += x * y, k++;
    }
    double dk = (double)k;
    if (k >= 2 && dk * sxx - sx * sx > 1e-12)
        return (dk * sxy - sx * sy) / (dk * sxx - sx * sx);
    for (size_t i = 0; i < np; i++)
        if (i != hi && (second == np || p[i].n > p[second].n))
            second = i;
    double dt = (p[hi].us - c) / (p[second].us - c > 1 ? p[second].us - c : 1);
    return dt > 0 ? log(dt) / log(p[hi].n / p[second].n) : 0;
}

void complexity_fit(const struct complexity_point *points, size_t npoints,
                    struct complexity_fit *out)
{
    *out = (struct complexity_fit){0};
    size_t usable = 0;
    for (size_t i = 0; i < npoints; i++)
        usable += points[i].n >= 1 && points[i].us > 0;
    if (usable < 3 || usable != npoints)
        return;
    double constants[GROWTH_COUNT];
    for (int g = 0; g < GROWTH_COUNT; g++)
        out->error[g] = fit_model(points, npoints, (enum growth)g, &constants[g]);
    out->model = GROWTH_N;
    for (int g = 1; g < GROWTH_COUNT; g++)
        if (out->error[g] < SIMPLER_WINS * out->error[out->model])
            out->model = (enum growth)g;
    out->constant_us = constants[out->model];
    out->slope = loglog_slope(points, npoints, out->constant_us);
    double lo = INFINITY, hi = 0;
    for (size_t i = 0; i < npoints; i++)
        lo = fmin(lo, points[i].us), hi = fmax(hi, points[i].us);
    out->flat = hi < FLAT_RATIO * lo;
    if (out->flat)
        out->model = GROWTH_N;
    out->ok = true;
}

const char *complexity_model_name(enum growth g)
{
    static const char *const names[] = {"O(n)", "O(n log n)", "O(n\u00b2)", "O(n\u00b3)"};
    return g < GROWTH_COUNT ? names[g] : "?";
}

int complexity_class(enum growth g)
{
    return g <= GROWTH_N_LOG_N ? 1 : (int)g;
}

/* ---- the plot ---- */

static void format_us(double us, char *buf, size_t len)
{
    if (us >= 1e6)
        snprintf(buf, len, "%.3g s", us / 1e6);
    else if (us >= 1e3)
        snprintf(buf, len, "%.3g ms", us / 1e3);
    else
        snprintf(buf, len, "%.3g us", us);
}

struct axes {
    double x0, x1, y0, y1; /* log n and log t ranges */
};

static void extend(struct axes *ax, const struct complexity_point *p, size_t np)
{
    for (size_t i = 0; i < np; i++) {
        double x = log(p[i].n), y = log(p[i].us > 1 ? p[i].us : 1);
        ax->x0 = fmin(ax->x0, x), ax->x1 = fmax(ax->x1, x);
        ax->y0 = fmin(ax->y0, y), ax->y1 = fmax(ax->y1, y);
    }
}

static void place(char *grid, int width, int height, const struct axes *ax,
                  const struct complexity_point *p, size_t np, char mark)
{
    for (size_t i = 0; i < np; i++) {
        double fx = (log(p[i].n) - ax->x0) / (ax->x1 - ax->x0);
        double fy = (log(p[i].us > 1 ? p[i].us : 1) - ax->y0) / (ax->y1 - ax->y0);
        long col = lround(fx * (width - 1)), row = height - 1 - lround(fy * (height - 1));
        char *cell = &grid[row * width + col];
        *cell = (char)(*cell == ' ' || *cell == mark ? mark : '@');
    }
}

void complexity_plot(FILE *out, const struct complexity_point *a, size_t na, char a_mark,
                     const struct complexity_point *b, size_t nb, char b_mark, int width,
                     int height)
{
    if (na + (b ? nb : 0) == 0 || width < 8 || height < 3)
        return;
    struct axes ax = {INFINITY, -INFINITY, INFINITY, -INFINITY};
    extend(&ax, a, na);
    if (b)
        extend(&ax, b, nb);
    if (ax.x1 - ax.x0 < 1e-9)
        ax.x1 = ax.x0 + 1;
    if (ax.y1 - ax.y0 < 1e-9)
        ax.y1 = ax.y0 + 1;
    size_t cells = (size_t)width * (size_t)height;
    char *grid = xmalloc(cells);
    memset(grid, ' ', cells);
    place(grid, width, height, &ax, a, na, a_mark);
    if (b)
        place(grid, width, height, &ax, b, nb, b_mark);
    char top[24], bottom[24];
    format_us(exp(ax.y1), top, sizeof top);
    format_us(exp(ax.y0), bottom, sizeof bottom);
    for (int r = 0; r < height; r++) {
        const char *label = r == 0 ? top : r == height - 1 ? bottom : "";
        const char *row = grid + (size_t)r * (size_t)width;
        int len = width;
        while (len > 0 && row[len - 1] == ' ')
            len--;
        fprintf(out, "  %9s |%.*s\n", label, len, row);
    }
    fprintf(out, "  %9s +", "");
    for (int c = 0; c < width; c++)
        fputc('-', out);
    char left[24], right[24];
    snprintf(left, sizeof left, "n = %.0f", exp(ax.x0));
    snprintf(right, sizeof right, "%.0f", exp(ax.x1));
    fprintf(out, "\n  %9s  %-*s%s\n", "", width - (int)strlen(right), left, right);
    free(grid);
}
