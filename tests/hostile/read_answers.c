/* Hunts for the expected answers (@PROBLEM_DIR@, the judge's dirs): WA, "READ" never printed. */
#include <dirent.h>
#include <stdio.h>
#include <string.h>

static const char problem_dir[] = "@PROBLEM_DIR@";

static void steal(const char *path)
{
    FILE *f = fopen(path, "r");
    if (!f)
        return;
    char buf[256];
    size_t n = fread(buf, 1, sizeof buf - 1, f);
    buf[n] = '\0';
    printf("READ %s: %s\n", path, buf);
    fclose(f);
}

static void steal_dir(const char *dir)
{
    DIR *d = opendir(dir);
    struct dirent *e;
    while (d && (e = readdir(d)))
        if (e->d_name[0] != '.') {
            char path[4096];
            snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
            steal(path);
        }
    if (d)
        closedir(d);
}

int main(void)
{
    char path[4096];
    const char *names[] = {"big.out", "big.in", "problem.yaml", "checker.c"};
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
        snprintf(path, sizeof path, "%s/%s", problem_dir, names[i]);
        steal(path);
    }
    steal_dir(problem_dir);
    steal_dir("..");
    steal_dir("../..");
    puts("0");
    return 0;
}
