/* WA: hand-written ranges with < instead of <=, so 'z', 'Z' and '9' are treated as punctuation */
static bool alnum(char c)
{
    return (c >= 'a' && c < 'z') || (c >= 'A' && c < 'Z') || (c >= '0' && c < '9');
}

bool isPalindrome(char *s)
{
    int i = 0, j = strlen(s) - 1;
    while (i < j) {
        if (!alnum(s[i]))
            i++;
        else if (!alnum(s[j]))
            j--;
        else if (tolower((unsigned char)s[i++]) != tolower((unsigned char)s[j--]))
            return false;
    }
    return true;
}
