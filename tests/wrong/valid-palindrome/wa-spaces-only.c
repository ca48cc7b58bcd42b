/* WA: skips spaces but not punctuation, so "A man, a plan, a canal: Panama" fails on the comma */
bool isPalindrome(char *s)
{
    int i = 0, j = strlen(s) - 1;
    while (i < j) {
        if (s[i] == ' ')
            i++;
        else if (s[j] == ' ')
            j--;
        else if (tolower((unsigned char)s[i++]) != tolower((unsigned char)s[j--]))
            return false;
    }
    return true;
}
