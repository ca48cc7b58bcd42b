/* Reference solution for problems/valid-palindrome: two pointers moving inwards,
 * skipping everything that is not a letter or a digit, comparing case-insensitively.
 * O(n) time, O(1) extra memory; s is not modified. */

bool isPalindrome(char *s)
{
    int i = 0, j = (int)strlen(s) - 1;
    while (i < j) {
        unsigned char a = (unsigned char)s[i], b = (unsigned char)s[j];
        if (!isalnum(a)) {
            i++;
        } else if (!isalnum(b)) {
            j--;
        } else {
            if (tolower(a) != tolower(b))
                return false;
            i++;
            j--;
        }
    }
    return true;
}
