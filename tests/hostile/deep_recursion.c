/* Unbounded recursion: MLE when the stack may grow to the memory limit, RE (SIGSEGV) below it. */
#include <string.h>

static int depth(int n)
{
    volatile char frame[1024];
    memset((char *)frame, n, sizeof frame);
    return depth(n + 1) + frame[n % 1024];
}

int main(void)
{
    return depth(0);
}
