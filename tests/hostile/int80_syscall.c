/* getpid through i386 `int $0x80`: SV "a system call of another architecture" (SIGSYS). */
int main(void)
{
    long ret;
    __asm__ volatile("int $0x80" : "=a"(ret) : "a"(20L) : "memory");
    return ret > 0 ? 0 : 1;
}
