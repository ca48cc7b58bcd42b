/* TLE: checks every substring with two pointers, O(n^3) */
int countSubstrings(char *s)
{
    int n = strlen(s), count = 0;
    for (int i = 0; i < n; i++)
        for (int j = i; j < n; j++) {
            int l = i, r = j;
            while (l < r && s[l] == s[r]) {
                l++;
                r--;
            }
            if (l >= r)
                count++;
        }
    return count;
}
