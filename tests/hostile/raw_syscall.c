/* Raw `syscall` instruction for argv[1] (bpf, perf_event_open, keyctl, ...): SV naming that call. */
#include <string.h>
#include <sys/syscall.h>

static long raw(long nr, long a, long b, long c)
{
    long ret;
    __asm__ volatile("syscall"
                     : "=a"(ret)
                     : "a"(nr), "D"(a), "S"(b), "d"(c)
                     : "rcx", "r11", "memory");
    return ret;
}

int main(int argc, char **argv)
{
    static const struct {
        const char *name;
        long nr;
    } calls[] = {{"bpf", SYS_bpf},       {"perf_event_open", SYS_perf_event_open},
                 {"keyctl", SYS_keyctl}, {"personality", SYS_personality},
                 {"setns", SYS_setns},   {"reboot", SYS_reboot}};
    for (size_t i = 0; argc > 1 && i < sizeof calls / sizeof calls[0]; i++)
        if (strcmp(argv[1], calls[i].name) == 0)
            return raw(calls[i].nr, 0, 0, 0) == 0 ? 0 : 1;
    return 2;
}
