/* Returns 0 at once: RUN_EXITED with exit_code 0. */
int main(void)
{
    return 0;
}
