/* Checks that fds 4..63 are all closed (no judge fd leaks in): RUN_EXITED 0, or 1 after
 * printing the open ones to stdout. */
#include <fcntl.h>
#include <stdio.h>

int main(void)
{
    int leaked = 0;
    for (int fd = 4; fd < 64; fd++)
        if (fcntl(fd, F_GETFD) != -1) {
            printf("fd %d is open\n", fd);
            leaked = 1;
        }
    return leaked;
}
