/* Creates hostile-escape files outside scratch (argv[1], .., /tmp, ...): AC (exit 0), all refused. */
#include <fcntl.h>
#include <stdio.h>
#include <unistd.h>

static int escaped;

static void attempt(const char *path)
{
    int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0666);
    if (fd >= 0) {
        printf("created %s\n", path);
        escaped = 1;
        close(fd);
    }
}

int main(int argc, char **argv)
{
    char path[4096];
    if (argc > 1) {
        snprintf(path, sizeof path, "%s/hostile-escape", argv[1]);
        attempt(path);
    }
    attempt("../hostile-escape");
    attempt("/tmp/hostile-escape");
    attempt("/dev/shm/hostile-escape");
    attempt("/var/tmp/hostile-escape");
    attempt("/dev/tty");
    int fd = open("inside", O_WRONLY | O_CREAT, 0666);
    if (fd >= 0)
        close(fd);
    if (rename("inside", "../hostile-escape-renamed") == 0 ||
        link("inside", "/tmp/hostile-escape-linked") == 0) {
        puts("moved a file out");
        escaped = 1;
    }
    return escaped;
}
