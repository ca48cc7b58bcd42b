/* Prints its working directory to stdout: RUN_EXITED 0, and it is the spec's workdir. */
#include <limits.h>
#include <stdio.h>
#include <unistd.h>

int main(void)
{
    char buf[PATH_MAX];
    if (!getcwd(buf, sizeof buf))
        return 1;
    printf("%s\n", buf);
    return 0;
}
