/* Fork bomb, fork() forever: SV "forbidden system call: clone" at the first fork. */
#include <unistd.h>

int main(void)
{
    for (;;)
        fork();
}
