/* Benign: burns argv[1] ms of its own CPU time and exits 0: the judge reports that CPU time. */
#include <stdlib.h>
#include <time.h>

static long cpu_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

int main(int argc, char **argv)
{
    long want = argc > 1 ? strtol(argv[1], NULL, 10) : 200;
    volatile unsigned long n = 0;
    while (cpu_ms() < want)
        for (int i = 0; i < 10000; i++)
            n++;
    return 0;
}
