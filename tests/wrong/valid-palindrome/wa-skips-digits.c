/* WA: keeps letters only (isalpha instead of isalnum), so "0P" and "12ab3ba4" look like palindromes */
bool isPalindrome(char *s)
{
    int i = 0, j = strlen(s) - 1;
    while (i < j) {
        if (!isalpha((unsigned char)s[i]))
            i++;
        else if (!isalpha((unsigned char)s[j]))
            j--;
        else if (tolower((unsigned char)s[i++]) != tolower((unsigned char)s[j--]))
            return false;
    }
    return true;
}
