/* A child that outlives its parent (fork, setsid; parent exits): SV "forbidden system call: clone". */
#include <unistd.h>

int main(void)
{
    if (fork() == 0) {
        setsid();
        for (;;)
            pause();
    }
    return 0;
}
