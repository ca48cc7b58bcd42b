/* Forks a child that writes its pid to ./child.pid and sleeps forever, then exits 0:
 * RUN_EXITED 0, and the sandbox must have killed the child by the time it returns. */
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

int main(void)
{
    pid_t pid = fork();
    if (pid < 0)
        return 2;
    if (pid == 0) {
        FILE *f = fopen("child.pid.tmp", "w");
        if (!f || fprintf(f, "%d\n", (int)getpid()) < 0 || fclose(f) != 0)
            _exit(3);
        rename("child.pid.tmp", "child.pid");
        for (;;)
            pause();
    }
    /* Exit only once the child is known to be running and findable. */
    for (int i = 0; i < 400 && access("child.pid", F_OK) != 0; i++)
        usleep(5000);
    return access("child.pid", F_OK) == 0 ? 0 : 1;
}
