/* #include "/dev/zero", an endless file: CE within seconds. */
#include "/dev/zero"
