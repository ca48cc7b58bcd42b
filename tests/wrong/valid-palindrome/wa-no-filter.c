/* WA: folds case but compares every character, spaces and punctuation included */
bool isPalindrome(char *s)
{
    int i = 0, j = strlen(s) - 1;
    while (i < j)
        if (tolower((unsigned char)s[i++]) != tolower((unsigned char)s[j--]))
            return false;
    return true;
}
