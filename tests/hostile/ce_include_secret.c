/* #include of a secret file (the test fills in @SECRET@): CE, the secret never in the log. */
#include "@SECRET@"
