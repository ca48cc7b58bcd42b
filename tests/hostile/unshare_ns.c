/* unshare(CLONE_NEWUSER | CLONE_NEWNS) to become root: SV "forbidden system call: unshare". */
#define _GNU_SOURCE
#include <sched.h>

int main(void)
{
    return unshare(CLONE_NEWUSER | CLONE_NEWNS) == 0 ? 0 : 1;
}
