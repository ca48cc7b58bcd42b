#include "verdict.h"

#include <stdio.h>

#include "units.h"

static const char *const codes[] = {"AC", "WA", "TLE", "MLE", "OLE", "RE", "SV", "CE", "IE"};
static const char *const titles[] = {
    "Accepted",
    "Wrong answer",
    "Time limit exceeded",
    "Memory limit exceeded",
    "Output limit exceeded",
    "Runtime error",
    "Security violation",
    "Compilation error",
    "Internal error",
};

const char *verdict_code(enum verdict v)
{
    return codes[v];
}

const char *verdict_title(enum verdict v)
{
    return titles[v];
}

static enum verdict classify_exit(const struct run_result *rr, int has_harness, char *msg,
                                  size_t msglen)
{
    if (rr->exit_code == 0)
        return VERDICT_AC;
    if (has_harness && rr->exit_code == HARNESS_EXIT_WRONG) {
        snprintf(msg, msglen, "the harness rejected the result");
        return VERDICT_WA;
    }
    if (has_harness && rr->exit_code == HARNESS_EXIT_BAD_INPUT) {
        snprintf(msg, msglen, "the harness could not read the test input");
        return VERDICT_IE;
    }
    snprintf(msg, msglen, "exited with status %d", rr->exit_code);
    return VERDICT_RE;
}

enum verdict verdict_from_run(const struct run_result *rr, const struct run_limits *lim,
                              int has_harness, char *msg, size_t msglen)
{
    char a[32], b[32];
    msg[0] = '\0';
    switch (rr->outcome) {
    case RUN_EXITED:
        return classify_exit(rr, has_harness, msg, msglen);
    case RUN_SIGNALED:
        snprintf(msg, msglen, "killed by %s", sandbox_signal_name(rr->signal));
        return VERDICT_RE;
    case RUN_CPU_LIMIT:
        units_format_time(lim->cpu_ms, a, sizeof a);
        snprintf(msg, msglen, "CPU time over the %s limit", a);
        return VERDICT_TLE;
    case RUN_WALL_LIMIT:
        units_format_time(lim->wall_ms, a, sizeof a);
        snprintf(msg, msglen, "wall time over the %s limit (sleeping or blocked?)", a);
        return VERDICT_TLE;
    case RUN_MEMORY_LIMIT:
        units_format_measured(rr->peak_kib, a, sizeof a);
        units_format_size(lim->memory_bytes, b, sizeof b);
        snprintf(msg, msglen, "peak memory %s over the %s limit", a, b);
        return VERDICT_MLE;
    case RUN_OUTPUT_LIMIT:
        units_format_size(lim->output_bytes, a, sizeof a);
        snprintf(msg, msglen, "wrote more than the %s output limit", a);
        return VERDICT_OLE;
    case RUN_FORBIDDEN:
        snprintf(msg, msglen, "forbidden system call: %s", rr->error);
        return VERDICT_SV;
    case RUN_SETUP_FAILED:
        snprintf(msg, msglen, "could not start the program: %s", rr->error);
        return VERDICT_IE;
    case RUN_INTERRUPTED:
        snprintf(msg, msglen, "interrupted");
        return VERDICT_IE;
    }
    return VERDICT_IE;
}
