/* Truncates, rewrites, chmods its input (stdin, argv[1] mode 0666): AC (exit 0), all refused. */
#include <fcntl.h>
#include <stdio.h>
#include <sys/stat.h>
#include <unistd.h>

static int modified;

static void check(int ok, const char *what)
{
    if (ok) {
        printf("%s worked\n", what);
        modified = 1;
    }
}

int main(int argc, char **argv)
{
    check(ftruncate(0, 0) == 0, "ftruncate(stdin)");
    check(write(0, "x", 1) == 1, "write(stdin)");
    check(fchmod(0, 0666) == 0, "fchmod(stdin)");
    int fd = open("/proc/self/fd/0", O_RDWR);
    check(fd >= 0, "reopen stdin read-write");
    if (argc > 1) {
        int t = open(argv[1], O_RDONLY | O_TRUNC);
        check(t >= 0, "O_RDONLY|O_TRUNC");
        int w = open(argv[1], O_WRONLY | O_APPEND);
        check(w >= 0, "O_WRONLY");
        int c = open(argv[1], O_RDONLY | O_CREAT, 0666);
        if (c >= 0)
            close(c);
        check(truncate(argv[1], 0) == 0, "truncate()");
        check(chmod(argv[1], 0777) == 0, "chmod()");
        check(unlink(argv[1]) == 0, "unlink()");
        check(rename(argv[1], "stolen") == 0, "rename()");
    }
    return modified;
}
