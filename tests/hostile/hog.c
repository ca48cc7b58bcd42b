/* Touches 200 MiB, 1 MiB at a time, never checking malloc: RUN_MEMORY_LIMIT under a 64 MiB
 * limit, judged by peak RSS whether it completes or crashes at the address-space backstop. */
#include <stdlib.h>
#include <string.h>

/* Global, so the compiler cannot drop the stores as dead. */
char *chunks[200];

int main(void)
{
    for (int i = 0; i < 200; i++) {
        chunks[i] = malloc(1 << 20);
        memset(chunks[i], i + 1, 1 << 20);
    }
    return 0;
}
