/* Writes "42\n" to fd 3, the judge channel: RUN_EXITED 0 and the channel file holds it
 * when channel_path is set; exit 1 if fd 3 cannot be written. */
#include <unistd.h>

int main(void)
{
    return write(3, "42\n", 3) == 3 ? 0 : 1;
}
