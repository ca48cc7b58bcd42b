/* Prints the file argv[1], a secret out of its reach: RE (exit 1, open refused), secret never shown. */
#include <fcntl.h>
#include <stdio.h>
#include <unistd.h>

int main(int argc, char **argv)
{
    char buf[4096];
    int fd = argc > 1 ? open(argv[1], O_RDONLY) : -1;
    if (fd < 0) {
        perror("open");
        return 1;
    }
    ssize_t n = read(fd, buf, sizeof buf);
    if (n > 0)
        fwrite(buf, 1, (size_t)n, stdout);
    return 0;
}
