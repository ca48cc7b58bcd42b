/* Thread bomb, pthread_create forever: SV "forbidden system call: clone" (clone3 gets ENOSYS). */
#include <pthread.h>
#include <unistd.h>

static void *idle(void *arg)
{
    (void)arg;
    for (;;)
        pause();
    return NULL;
}

int main(void)
{
    pthread_t t;
    for (;;)
        pthread_create(&t, NULL, idle, NULL);
}
