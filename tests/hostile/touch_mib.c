/* Benign: touches argv[1] MiB of heap and exits 0: AC under a limit above that, MLE below. */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int main(int argc, char **argv)
{
    long mib = argc > 1 ? strtol(argv[1], NULL, 10) : 1;
    char *p = malloc((size_t)mib << 20);
    if (!p)
        return 1;
    long page = sysconf(_SC_PAGESIZE);
    for (long i = 0; i < mib << 20; i += page)
        p[i] = (char)i;
    return p[page] == (char)page ? 0 : 1;
}
