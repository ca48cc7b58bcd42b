/* execve of /bin/sh -c "cat /etc/passwd": SV "forbidden system call: execve". */
#include <unistd.h>

int main(void)
{
    char *argv[] = {"/bin/sh", "-c", "cat /etc/passwd", NULL};
    char *envp[] = {NULL};
    execve("/bin/sh", argv, envp);
    return 1;
}
