/* The per-user folders of the XDG Base Directory specification, for the judge. */
#ifndef JUDGE_XDG_H
#define JUDGE_XDG_H

enum xdg_kind {
    XDG_CONFIG, /* $XDG_CONFIG_HOME, else ~/.config: config.yaml */
    XDG_CACHE,  /* $XDG_CACHE_HOME, else ~/.cache: generated test data (judge/cache.h) */
    XDG_STATE,  /* $XDG_STATE_HOME, else ~/.local/state: what the judge remembers */
};

/* The judge's folder of that kind: "<base>/judge", where base is the variable when it
 * holds an absolute path (the specification says to ignore relative ones), else the
 * default under $HOME. Returns a malloc'd path, or NULL when neither is usable. Creates
 * nothing. */
char *xdg_dir(enum xdg_kind kind);

#endif
