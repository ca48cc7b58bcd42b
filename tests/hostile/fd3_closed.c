/* Checks that fd 3 is not open: RUN_EXITED 0 when no channel_path was given, 1 otherwise. */
#include <errno.h>
#include <fcntl.h>

int main(void)
{
    return fcntl(3, F_GETFD) == -1 && errno == EBADF ? 0 : 1;
}
