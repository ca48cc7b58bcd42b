/* Blocks in pause() forever without using CPU: TLE on the wall-clock limit. */
#include <unistd.h>

int main(void)
{
    for (;;)
        pause();
}
