/* Benign: getrandom, clock_gettime, gettimeofday, time, nanosleep: AC, not flagged. */
#include <stdio.h>
#include <stdlib.h>
#include <sys/random.h>
#include <sys/time.h>
#include <time.h>

int main(void)
{
    unsigned seed;
    if (getrandom(&seed, sizeof seed, 0) != sizeof seed)
        return 1;
    srand(seed);
    struct timespec t0, t1, cpu;
    if (clock_gettime(CLOCK_MONOTONIC, &t0) || clock_gettime(CLOCK_REALTIME, &t1) ||
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &cpu))
        return 1;
    struct timeval tv;
    if (gettimeofday(&tv, NULL) || time(NULL) == (time_t)-1)
        return 1;
    struct timespec nap = {0, 1000000};
    nanosleep(&nap, NULL);
    clock_gettime(CLOCK_MONOTONIC, &t1);
    printf("%d %ld\n", rand() % 10, (long)(t1.tv_sec - t0.tv_sec));
    return 0;
}
