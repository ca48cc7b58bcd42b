/* chroot(".") then chdir("..") repeatedly, a classic escape: SV "forbidden system call: chroot". */
#include <unistd.h>

int main(void)
{
    if (chroot(".") != 0)
        return 1;
    for (int i = 0; i < 64; i++)
        chdir("..");
    return chroot(".") == 0 ? 0 : 1;
}
