/* The reports of `judge grade` and `judge merge`, one module each, all made from the same
 * struct grade_result. Each returns a malloc'd, complete document (or prints to a FILE);
 * none of them writes files or prints diagnostics. */
#ifndef JUDGE_REPORT_GRADE_H
#define JUDGE_REPORT_GRADE_H

#include <stdbool.h>
#include <stdio.h>

#include "grade.h"

/* --json (report_grade_json.c): the documented schema (docs/json.md), pretty-printed. */
char *report_grade_json(const struct grade_result *r);

/* The verdict part of a cell -- the same object `judge test --json` prints -- on one line
 * ending in '\n', for the result cache and the resume state. */
char *report_grade_cell_json(const struct grade_cell *c);

/* The terminal report (report_grade_terminal.c): the student x problem matrix, the
 * per-problem pass rates, the ranked leaderboard and the unknown files. */
void report_grade_terminal(FILE *out, const struct grade_result *r, bool color);

/* --junit (report_junit.c): one <testsuite> per student, one <testcase> per problem;
 * tests/junit.xsd is the schema it is checked against. */
char *report_junit(const struct grade_result *r);

/* --markdown (report_markdown.c): leaderboard and matrix tables for a step summary or a
 * merge-request comment. */
char *report_markdown(const struct grade_result *r);

/* --html (report_html.c): one self-contained page, no scripts and no network. */
char *report_html(const struct grade_result *r);

/* --gradescope (report_gradescope.c): Gradescope's results.json for student si. */
char *report_gradescope(const struct grade_result *r, size_t si);

/* --tap (report_tap.c): TAP version 14, a subtest per student. */
char *report_tap(const struct grade_result *r);

#endif
