/* A Kattis/ICPC output validator around a judge custom checker, written by `judge export`.
 *
 * The judge runs a custom checker as `checker INPUT EXPECTED ACTUAL`, takes exit status 0
 * as accepted and 1 as wrong answer, and shows the first line the checker prints. Kattis
 * runs an output validator as `validator INPUT ANSWER FEEDBACK_DIR/ < team_output` and
 * takes 42 and 43. This file includes the checker's own source (judge_checker.h) with its
 * main renamed, saves the team output in the feedback folder, sends what the checker prints
 * to judgemessage.txt, and maps the exit status when the process ends, however the checker
 * ends it: a return from main or a call to exit(). */
#define main judge_checker_main
#include "judge_checker.h"
#undef main

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static void judge_export_map_status(int status, void *arg)
{
    (void)arg;
    fflush(stdout);
    /* 42 and 43 from the checker itself are failures in the judge's convention. */
    _exit(status == 0 ? 42 : status == 1 ? 43 : status == 42 || status == 43 ? 2 : status);
}

int main(int argc, char **argv)
{
    if (argc < 4) {
        fprintf(stderr, "usage: %s INPUT ANSWER FEEDBACK_DIR/ < team_output\n", argv[0]);
        return 2;
    }
    size_t n = strlen(argv[3]) + 32;
    char *team = malloc(n), *message = malloc(n);
    if (!team || !message)
        return 2;
    snprintf(team, n, "%s/team_output", argv[3]);
    snprintf(message, n, "%s/judgemessage.txt", argv[3]);
    FILE *out = fopen(team, "w");
    if (!out)
        return 2;
    static char buf[1 << 16];
    size_t got;
    while ((got = fread(buf, 1, sizeof buf, stdin)) > 0)
        if (fwrite(buf, 1, got, out) != got)
            return 2;
    if (fclose(out) != 0 || !freopen(message, "w", stdout))
        return 2;
    if (on_exit(judge_export_map_status, NULL) != 0)
        return 2;
    char *args[] = {argv[0], argv[1], argv[2], team, NULL};
    return judge_checker_main(4, args);
}
