/* Touches argv[1] MiB, then argv[2] (socket, spin, flood, segv, exit3): SV > TLE > MLE > OLE > RE. */
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

/* Global, so the compiler cannot drop the stores as dead. */
char *touched;

int main(int argc, char **argv)
{
    if (argc < 3)
        return 2;
    size_t bytes = (size_t)strtol(argv[1], NULL, 10) << 20;
    touched = malloc(bytes);
    if (!touched)
        return 2;
    memset(touched, 1, bytes);
    const char *then = argv[2];
    if (strcmp(then, "socket") == 0) {
        socket(AF_INET, SOCK_STREAM, 0);
    } else if (strcmp(then, "spin") == 0) {
        volatile unsigned long n = 0;
        for (;;)
            n++;
    } else if (strcmp(then, "flood") == 0) {
        static char block[1 << 16];
        for (;;)
            if (write(1, block, sizeof block) < 0)
                return 1;
    } else if (strcmp(then, "segv") == 0) {
        raise(SIGSEGV);
    } else if (strcmp(then, "exit3") == 0) {
        return 3;
    }
    return 0;
}
