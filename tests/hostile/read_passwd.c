/* Prints /etc/passwd and /etc/shadow: RE (exit 1, both refused), "root:" never shown. */
#include <stdio.h>

int main(void)
{
    const char *files[] = {"/etc/passwd", "/etc/shadow"};
    int opened = 0;
    for (int i = 0; i < 2; i++) {
        FILE *f = fopen(files[i], "r");
        if (!f) {
            perror(files[i]);
            continue;
        }
        opened++;
        int c;
        while ((c = getc(f)) != EOF)
            putchar(c);
        fclose(f);
    }
    return opened ? 0 : 1;
}
