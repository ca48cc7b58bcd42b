/* WA: skips non-alphanumerics but compares without folding case, so "Aa" is not a palindrome */
bool isPalindrome(char *s)
{
    int i = 0, j = strlen(s) - 1;
    while (i < j) {
        if (!isalnum((unsigned char)s[i]))
            i++;
        else if (!isalnum((unsigned char)s[j]))
            j--;
        else if (s[i++] != s[j--])
            return false;
    }
    return true;
}
