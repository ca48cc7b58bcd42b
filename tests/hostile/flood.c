/* Writes 10 MiB to stdout: RUN_OUTPUT_LIMIT under a 1 MiB output limit, file capped there. */
#include <stdio.h>
#include <string.h>

int main(void)
{
    static char block[64 * 1024];
    memset(block, 'x', sizeof block);
    for (int i = 0; i < 160; i++)
        fwrite(block, 1, sizeof block, stdout);
    return 0;
}
