/* Copies stdin to stdout: RUN_EXITED 0, and stdout equals the stdin file. */
#include <stdio.h>

int main(void)
{
    int c;
    while ((c = getchar()) != EOF)
        putchar(c);
    return ferror(stdin) ? 1 : 0;
}
