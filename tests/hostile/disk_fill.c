/* Fills its scratch directory with 4 KiB files forever: TLE, and no file survives the cleanup. */
#include <stdio.h>

int main(void)
{
    static char block[4096];
    for (unsigned long i = 0;; i++) {
        char name[32];
        snprintf(name, sizeof name, "fill-%lu", i);
        FILE *f = fopen(name, "w");
        if (f) {
            fwrite(block, 1, sizeof block, f);
            fclose(f);
        }
    }
}
