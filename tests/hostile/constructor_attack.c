/* A constructor opens a socket before main: SV "forbidden system call: socket", main never runs. */
#include <stdio.h>
#include <sys/socket.h>

__attribute__((constructor)) static void before_main(void)
{
    socket(AF_INET, SOCK_STREAM, 0);
}

int main(void)
{
    puts("main ran");
    return 0;
}
