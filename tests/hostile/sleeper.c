/* Sleeps 100 s without using CPU: RUN_WALL_LIMIT at the wall limit. */
#include <unistd.h>

int main(void)
{
    sleep(100);
    return 0;
}
