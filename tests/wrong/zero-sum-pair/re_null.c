/* zero-sum-pair, expected verdict RE: never allocates its lookup table and writes through a NULL pointer, SIGSEGV on every input (even n = 0). */
bool hasZeroSumPair(int* nums, int numsSize)
{
    int *volatile table = NULL; /* TODO: malloc; volatile so the compiler keeps the faulting store */
    int *seen = table;
    for (int i = 0; i <= numsSize; i++)
        seen[i] = i < numsSize ? nums[i] : 0;
    return seen[0] == 12345;
}
