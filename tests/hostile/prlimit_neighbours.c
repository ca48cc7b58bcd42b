/* Lowers RLIMIT_FSIZE of processes near its pid (another run of the same uid): SV, prlimit64 on another pid is refused */
#include <stdio.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

int main(void)
{
    int self = getpid(), touched = 0;
    for (int pid = self - 3000; pid < self + 3000; pid++) {
        struct rlimit zero = {0, 0};
        if (pid > 1 && pid != self && syscall(SYS_prlimit64, pid, RLIMIT_FSIZE, &zero, NULL) == 0)
            touched++;
    }
    printf("touched %d\n", touched);
    return 0;
}
