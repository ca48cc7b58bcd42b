/* Reading JSON back, with jansson: a worker's `judge test --json` answer, the lines of the
 * resume state, and whole grade reports for `judge merge`. Parsers never print: they
 * return -1 with a one-line reason in err. Writing is report_grade_json.c's job. */
#ifndef JUDGE_GRADE_JSON_H
#define JUDGE_GRADE_JSON_H

#include <stddef.h>

#include "grade.h"

/* Parses one `judge test --json` object (text of len bytes) into the verdict part of c:
 * verdict, score, max_score, compile, tests, error. Fields c already has (student, file,
 * ...) are left alone; on failure c's verdict part is left empty. Unknown keys are
 * ignored; a missing key or a value of the wrong type is an error. */
int grade_cell_parse(const char *text, size_t len, struct grade_cell *c, char *err,
                     size_t errlen);

/* Reads a grade report written by `judge grade --json` (or merge) from path into *out
 * (free with grade_result_free). The result is as written: cells, students' totals and
 * run figures are taken as they are. */
int grade_result_read(const char *path, struct grade_result *out, char *err, size_t errlen);

#endif
