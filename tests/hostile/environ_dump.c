/* Prints environ, /proc/self/environ, /proc/1/environ, its parent's: AC, only PATH and LC_ALL. */
#include <stdio.h>
#include <unistd.h>

extern char **environ;

static void dump(const char *path)
{
    FILE *f = fopen(path, "r");
    if (!f) {
        printf("%s: refused\n", path);
        return;
    }
    int c;
    while ((c = getc(f)) != EOF)
        putchar(c ? c : '\n');
    fclose(f);
}

int main(void)
{
    for (char **e = environ; *e; e++)
        printf("%s\n", *e);
    char parent[64];
    snprintf(parent, sizeof parent, "/proc/%d/environ", (int)getppid());
    dump("/proc/self/environ");
    dump("/proc/1/environ");
    dump(parent);
    return 0;
}
