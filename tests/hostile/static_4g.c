/* A 4 GiB static array (-mcmodel=medium): MLE before it runs, "its static data alone needs". */
static char huge[4LL << 30];

int main(void)
{
    huge[sizeof huge - 1] = 1;
    return huge[12345];
}
