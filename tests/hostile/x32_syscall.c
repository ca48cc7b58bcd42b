/* getpid through the x32 ABI (__X32_SYSCALL_BIT): SV "a system call of another architecture". */
#include <sys/syscall.h>

int main(void)
{
    long ret;
    __asm__ volatile("syscall"
                     : "=a"(ret)
                     : "a"(0x40000000L | SYS_getpid)
                     : "rcx", "r11", "memory");
    return ret > 0 ? 0 : 1;
}
