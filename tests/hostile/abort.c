/* Calls abort(), as a failed assert does: RUN_SIGNALED with signal SIGABRT. */
#include <stdlib.h>

int main(void)
{
    abort();
}
