/* Writes 64 MiB to stderr: OLE, and the stderr file stays within the output limit. */
#include <string.h>
#include <unistd.h>

int main(void)
{
    static char line[4096];
    memset(line, 'e', sizeof line);
    for (int i = 0; i < 64 * 256; i++)
        if (write(2, line, sizeof line) < 0)
            return 1;
    return 0;
}
