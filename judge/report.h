/* Report sinks for one judged submission. */
#ifndef JUDGE_REPORT_H
#define JUDGE_REPORT_H

#include <stdbool.h>
#include <stdio.h>

#include "pipeline.h"

/* The human report: a table of tests, the first failure explained, the verdict. */
void report_terminal(FILE *out, const struct submission_result *r, bool color);

/* The --json report (docs/json.md): one object, malloc'd, newline-terminated. */
char *report_json(const struct submission_result *r);

#endif
