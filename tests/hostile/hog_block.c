/* Asks for one 4 GiB block, beyond the address-space backstop, and writes to it without
 * checking for NULL: never completes under a 64 MiB limit (RUN_SIGNALED, or MLE). */
#include <stdlib.h>
#include <string.h>

/* Global, so the compiler cannot drop the stores as dead. */
char *block;

int main(void)
{
    block = malloc((size_t)4 << 30);
    memset(block, 1, (size_t)4 << 30);
    return 0;
}
