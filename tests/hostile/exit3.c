/* Exits with status 3: RUN_EXITED with exit_code 3, not a signal. */
#include <stdlib.h>

int main(void)
{
    exit(3);
}
