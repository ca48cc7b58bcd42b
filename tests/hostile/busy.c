/* Spins forever on the CPU: RUN_CPU_LIMIT, stopped soon after the CPU limit. */
int main(void)
{
    volatile unsigned long n = 0;
    for (;;)
        n++;
}
