/* Benign: scanf every number of stdin, printf each doubled: AC, not flagged. */
#include <stdio.h>

int main(void)
{
    long long x, sum = 0;
    while (scanf("%lld", &x) == 1) {
        printf("%lld\n", 2 * x);
        sum += x;
    }
    printf("sum %lld\n", sum);
    return 0;
}
