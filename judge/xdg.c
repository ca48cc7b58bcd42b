#include "xdg.h"

#include <stdlib.h>

#include "util.h"

char *xdg_dir(enum xdg_kind kind)
{
    static const char *const vars[] = {"XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"};
    static const char *const defaults[] = {".config", ".cache", ".local/state"};
    const char *base = getenv(vars[kind]);
    if (base && base[0] == '/')
        return xasprintf("%s/judge", base);
    const char *home = getenv("HOME");
    if (home && *home)
        return xasprintf("%s/%s/judge", home, defaults[kind]);
    return NULL;
}
