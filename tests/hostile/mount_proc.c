/* Mounts procfs in its scratch directory: SV "forbidden system call: mount". */
#include <sys/mount.h>
#include <sys/stat.h>

int main(void)
{
    mkdir("proc", 0700);
    return mount("proc", "proc", "proc", 0, NULL) == 0 ? 0 : 1;
}
