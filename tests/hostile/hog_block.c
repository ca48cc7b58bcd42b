/* Asks for 200 MiB in one malloc and touches it without checking for NULL: never
 * completes under a 64 MiB limit; RUN_MEMORY_LIMIT or a crash (RUN_SIGNALED). */
#include <stdlib.h>
#include <string.h>

int main(void)
{
    size_t size = (size_t)200 << 20;
    char *block = malloc(size);
    memset(block, 1, size);
    return block[size / 2] == 1 ? 0 : 1;
}
