/* Ignores and blocks every catchable signal, then spins: TLE on the CPU limit. */
#include <signal.h>
#include <stddef.h>

int main(void)
{
    for (int sig = 1; sig < NSIG; sig++)
        signal(sig, SIG_IGN);
    sigset_t all;
    sigfillset(&all);
    sigprocmask(SIG_BLOCK, &all, NULL);
    volatile unsigned long n = 0;
    for (;;)
        n++;
}
