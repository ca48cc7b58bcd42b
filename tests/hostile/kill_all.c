/* kill(-1, SIGKILL) at every process it may signal: SV "forbidden system call: kill". */
#include <signal.h>

int main(void)
{
    kill(-1, SIGKILL);
    return 0;
}
