/* Raises SIGSEGV: RUN_SIGNALED with signal SIGSEGV. */
#include <signal.h>

int main(void)
{
    raise(SIGSEGV);
    return 0;
}
