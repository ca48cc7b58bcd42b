/* Raises its own hard rlimits (refused), then touches 200 MiB: MLE, never prints "raised". */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>

static char *blocks[200];

int main(void)
{
    const int which[] = {RLIMIT_AS, RLIMIT_STACK, RLIMIT_CPU, RLIMIT_FSIZE, RLIMIT_NOFILE};
    for (size_t i = 0; i < sizeof which / sizeof which[0]; i++) {
        struct rlimit old, inf = {RLIM_INFINITY, RLIM_INFINITY};
        if (getrlimit(which[i], &old) == 0 && old.rlim_max != RLIM_INFINITY &&
            setrlimit(which[i], &inf) == 0)
            printf("raised %d\n", which[i]);
    }
    fflush(stdout);
    for (int i = 0; i < 200; i++) {
        blocks[i] = malloc(1 << 20);
        if (blocks[i])
            memset(blocks[i], i + 1, 1 << 20);
    }
    return 0;
}
