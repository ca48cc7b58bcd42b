#include "kattis_validator.h"

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "util.h"

/* The first line of a file, at most 512 bytes, or NULL when it is missing or empty. */
static char *first_line(const char *path)
{
    char *text = read_file(path, 512, NULL, NULL);
    if (!text)
        return NULL;
    text[strcspn(text, "\n")] = '\0';
    if (!*text) {
        free(text);
        return NULL;
    }
    return text;
}

/* Why a validator run is not a judgement: its exit status or signal, and what it said. */
static char *failure(const struct run_result *rr, const char *said)
{
    char how[300];
    if (rr->outcome == RUN_EXITED)
        snprintf(how, sizeof how, "exit status %d (42 accepts, 43 rejects)", rr->exit_code);
    else if (rr->outcome == RUN_SIGNALED)
        snprintf(how, sizeof how, "killed by %s", sandbox_signal_name(rr->signal));
    else if (rr->outcome == RUN_SETUP_FAILED || rr->outcome == RUN_FORBIDDEN)
        snprintf(how, sizeof how, "%s", rr->error);
    else
        snprintf(how, sizeof how, "over its limits");
    return xasprintf("the output validator failed: %s%s%s", how, said ? ": " : "",
                     said ? said : "");
}

enum verdict kattis_validator_run(const char *validator, char *const *args, const char *input,
                                  const char *answer, const char *output, const char *workdir,
                                  const struct run_limits *limits, char **message)
{
    char *dir = xasprintf("%s/validator", workdir);
    char *feedback = xasprintf("%s/feedback/", dir);
    char *judgemessage = xasprintf("%sjudgemessage.txt", feedback);
    char *err_path = xasprintf("%s/stderr", dir);
    remove_tree(dir);
    size_t nargs = 0;
    while (args && args[nargs])
        nargs++;
    const char **argv = xcalloc(nargs + 5, sizeof *argv);
    argv[0] = validator;
    argv[1] = input;
    argv[2] = answer;
    argv[3] = feedback;
    for (size_t i = 0; i < nargs; i++)
        argv[4 + i] = args[i];
    const char *readable[] = {input, answer, NULL};
    struct run_spec spec = {.profile = SANDBOX_HELPER,
                            .argv = argv,
                            .workdir = dir,
                            .stdin_path = output,
                            .stderr_path = err_path,
                            .readable = readable,
                            .limits = *limits};
    struct run_result rr = {.outcome = RUN_SETUP_FAILED};
    enum verdict v = VERDICT_IE;
    if (mkdir(dir, 0700) < 0 || mkdir(feedback, 0700) < 0) {
        *message = xasprintf("cannot create %s for the output validator", feedback);
    } else {
        int rc = sandbox_run(&spec, &rr);
        bool exited = rc == 0 && rr.outcome == RUN_EXITED;
        char *said = first_line(judgemessage);
        if (exited && rr.exit_code == KATTIS_EXIT_ACCEPT) {
            v = VERDICT_AC;
            *message = xstrdup(said ? said : "");
        } else {
            /* A validator that explains itself on stderr only still gets heard. */
            if (!said && rc == 0)
                said = first_line(err_path);
            if (exited && rr.exit_code == KATTIS_EXIT_REJECT) {
                v = VERDICT_WA;
                *message = xstrdup(said ? said : "the output validator rejected the output");
            } else {
                *message = failure(&rr, said);
            }
        }
        free(said);
    }
    remove_tree(dir);
    free(argv);
    free(dir);
    free(feedback);
    free(judgemessage);
    free(err_path);
    return v;
}
