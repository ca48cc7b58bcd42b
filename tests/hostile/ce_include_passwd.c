/* #include "/etc/passwd" to leak it in diagnostics: CE, no line of it in the log. */
#include "/etc/passwd"
