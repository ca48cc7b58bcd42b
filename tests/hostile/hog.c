/* Touches 200 MiB, 1 MiB at a time, writing through NULL once malloc fails as a careless
 * solution would: RUN_MEMORY_LIMIT under a 64 MiB limit, because its resident memory
 * passed the limit before the address-space backstop (2 x limit) stopped it. */
#include <stdlib.h>
#include <string.h>

int main(void)
{
    for (int i = 0; i < 200; i++) {
        char *chunk = malloc(1 << 20);
        memset(chunk, i + 1, 1 << 20);
    }
    return 0;
}
