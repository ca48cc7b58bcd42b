/* PTRACE_ATTACH to its parent, the judge: SV "forbidden system call: ptrace". */
#include <sys/ptrace.h>
#include <unistd.h>

int main(void)
{
    return ptrace(PTRACE_ATTACH, getppid(), 0, 0) == 0 ? 0 : 1;
}
