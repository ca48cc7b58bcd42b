/* Plants links in scratch to the judge's file argv[1] and dir argv[2]: AC, "planted 0", both survive. */
#include <stdio.h>
#include <unistd.h>

int main(int argc, char **argv)
{
    if (argc < 3)
        return 2;
    int planted = 0;
    planted += symlink(argv[1], "to-judge-file") == 0;
    planted += link(argv[1], "hard-to-judge-file") == 0;
    planted += symlink(argv[2], "to-judge-dir") == 0;
    printf("planted %d\n", planted);
    return 0;
}
