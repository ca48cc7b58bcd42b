/* TLE: calls strstr(text, pattern) for every pattern: O(patterns * text) */
bool containsAny(char* text, char** patterns, int patternsSize) {
    for (int i = 0; i < patternsSize; i++)
        if (strstr(text, patterns[i]))
            return true;
    return false;
}
