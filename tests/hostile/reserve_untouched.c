/* Benign: reserves 400 MiB, touches 8 MiB: AC under 64 MiB (the resident peak counts, not AS). */
#include <stdlib.h>
#include <string.h>

/* Global, so the compiler cannot drop the stores as dead. */
char *reserved, *used;

int main(void)
{
    reserved = malloc(400 << 20);
    used = malloc(8 << 20);
    if (!reserved || !used)
        return 1;
    memset(used, 1, 8 << 20);
    return 0;
}
