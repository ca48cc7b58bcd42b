/* .incbin of a secret file (the test fills in @SECRET@): CE, the secret never in the log. */
#include <stdio.h>

__asm__(".section .rodata\n.globl stolen\nstolen:\n.incbin \"@SECRET@\"\n.byte 0\n.text\n");
extern const char stolen[];

int main(void)
{
    puts(stolen);
    return 0;
}
