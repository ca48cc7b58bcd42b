/* judge doctor: which isolation layers this machine gives the sandbox. */
#include <getopt.h>
#include <stdio.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "cli.h"
#include "sandbox.h"

static bool has_pidfd(void)
{
    int fd = (int)syscall(SYS_pidfd_open, getpid(), 0);
    if (fd >= 0)
        close(fd);
    return fd >= 0;
}

static void row(const char *layer, bool on, const char *what, const char *without)
{
    printf("  %-10s %-4s %s\n", layer, on ? "yes" : "NO", on ? what : without);
}

int cmd_doctor(const struct cli_common *common, int argc, char **argv)
{
    static const struct option opts[] = {{"help", no_argument, NULL, 'h'}, {NULL, 0, NULL, 0}};
    (void)common;
    opterr = 0;
    int c = argc > 1 ? getopt_long(argc, argv, "h", opts, NULL) : -1;
    if (c == 'h') {
        puts(
            "usage: judge doctor\nPrints which sandbox layers this machine gives judged programs.");
        return EXIT_ACCEPTED;
    }
    if (c != -1 || optind < argc)
        return cli_usage_error("doctor takes no arguments (see judge doctor --help)");
    struct sandbox_layers l;
    sandbox_layers(&l);
    char err[200] = "";
    sandbox_init(err, sizeof err);
    char landlock[160];
    snprintf(landlock, sizeof landlock,
             "ABI %d: files limited to the program, its input and "
             "its scratch directory%s",
             l.landlock_abi, l.landlock_abi >= 6 ? "; signals scoped; TCP denied" : "");
    puts("Sandbox layers on this machine:");
    row("seccomp", l.seccomp, "allowlist with a supervisor: forbidden calls end as SV, named",
        err[0] ? err : "unavailable: runs are refused (internal error)");
    row("landlock", l.landlock_abi > 0, landlock,
        "unavailable: programs can read what the judge's user can read");
    row("uid", l.drops_uid, "running as root: runs use an unprivileged uid",
        "not root: runs keep your uid; Landlock and seccomp are the barrier");
    row("pidfd", has_pidfd(), "exact wall-clock limit without polling",
        "unavailable (kernel < 5.3): runs cannot be judged");
    puts("  namespaces  not used: the seccomp allowlist already refuses sockets, fork, mount,\n"
         "              unshare and ptrace, and creating them would cost every run ~1 ms");
    puts("  memory      peak RSS of the program itself, read when it exits (VmHWM);\n"
         "              programs killed by a signal: ru_maxrss less the judge's own memory");
    return l.seccomp && has_pidfd() ? EXIT_ACCEPTED : EXIT_NOT_ACCEPTED;
}
