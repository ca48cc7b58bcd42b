/* TIOCSTI, typing a command into the terminal: SV "forbidden system call: ioctl". */
#include <sys/ioctl.h>

int main(void)
{
    const char *cmd = "id\n";
    for (const char *c = cmd; *c; c++)
        ioctl(0, TIOCSTI, c);
    return 0;
}
