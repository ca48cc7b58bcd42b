/* io_uring_setup, a way around the syscall filter: SV "forbidden system call: io_uring_setup". */
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

int main(void)
{
    char params[120];
    memset(params, 0, sizeof params);
    return syscall(SYS_io_uring_setup, 8, params) >= 0 ? 0 : 1;
}
