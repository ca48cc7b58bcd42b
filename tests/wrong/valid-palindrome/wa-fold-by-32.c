/* WA: treats two characters as equal when they differ by 32 ('A' vs 'a'), but '0' and 'P' differ by 32 too */
bool isPalindrome(char *s)
{
    int i = 0, j = strlen(s) - 1;
    while (i < j) {
        if (!isalnum((unsigned char)s[i]))
            i++;
        else if (!isalnum((unsigned char)s[j]))
            j--;
        else {
            int d = s[i++] - s[j--];
            if (d != 0 && d != 32 && d != -32)
                return false;
        }
    }
    return true;
}
