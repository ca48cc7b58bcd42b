/* Malloc bomb, touches 1 MiB blocks forever, never checks NULL: MLE (crashes at the AS backstop). */
#include <stdlib.h>
#include <string.h>

int main(void)
{
    for (;;)
        memset(malloc(1 << 20), 1, 1 << 20);
}
