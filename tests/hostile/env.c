/* Prints its environment to stdout: RUN_EXITED 0 unless JUDGE_SECRET is set (exit 1), so
 * a variable of the judge's own environment must not reach it. */
#include <stdio.h>
#include <stdlib.h>

extern char **environ;

int main(void)
{
    for (char **e = environ; *e; e++)
        printf("%s\n", *e);
    return getenv("JUDGE_SECRET") ? 1 : 0;
}
