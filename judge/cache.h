/* A cache of files the judge can always rebuild -- generated inputs, reference outputs,
 * compiled helper programs -- keyed by SHA-256 hashes of everything they are made from.
 * Entries are written atomically and verified on every read, so a damaged entry is
 * rebuilt, never used. */
#ifndef JUDGE_CACHE_H
#define JUDGE_CACHE_H

#include <nettle/sha2.h>
#include <stddef.h>
#include <sys/types.h>

/* A SHA-256 in lowercase hex, plus the terminator. */
#define CACHE_HEX_SIZE (2 * SHA256_DIGEST_SIZE + 1)

struct cache;

/* The default cache folder: $JUDGE_CACHE if set and non-empty, else $XDG_CACHE_HOME/judge,
 * else $HOME/.cache/judge. Returns a malloc'd path, or NULL when none can be named (no
 * HOME). Does not touch the file system. */
char *cache_default_dir(void);

/* Opens the cache in dir, creating it (and its parents, mode 0700) when missing, and makes
 * sure a file can be written there. Returns a cache to free with cache_close, or NULL with
 * a one-line reason in err (when err is not NULL): callers then go on without a cache. */
struct cache *cache_open(const char *dir, char *err, size_t errlen);

/* Frees c; accepts NULL. Entries stay on disk. */
void cache_close(struct cache *c);

/* The folder of an open cache; owned by c. */
const char *cache_dir(const struct cache *c);

/* The first failure to store an entry since cache_open ("cannot write ...: No space left
 * on device"), or NULL. Owned by c. Lets a command warn once after its work. */
const char *cache_error(const struct cache *c);

/* Builds a key from any number of parts. Every part is framed with its length, so
 * ("ab", "c") and ("a", "bc") give different keys. */
struct cache_key {
    struct sha256_ctx ctx;
};

/* Starts a key; purpose ("input", "gen-bin", ...) keeps different kinds of entry apart. */
void cache_key_init(struct cache_key *k, const char *purpose);
void cache_key_add(struct cache_key *k, const void *data, size_t len);
void cache_key_add_str(struct cache_key *k, const char *s);
/* Adds the content of the file at path. Returns 0, or -1 with errno (k is then unusable). */
int cache_key_add_file(struct cache_key *k, const char *path);
/* Finishes k and writes its hex form into out. k must be initialised again to reuse it. */
void cache_key_final(struct cache_key *k, char out[CACHE_HEX_SIZE]);

/* SHA-256 of the file's content into out. Returns 0, or -1 with errno. */
int cache_hash_file(const char *path, char out[CACHE_HEX_SIZE]);

/* Copies the entry stored under key to dest (created or truncated, with mode), checking
 * its size and SHA-256 against what was stored with it on the way. Returns 1 on a hit,
 * with the content's hash in content (when not NULL); 0 when there is no valid entry
 * (a damaged one is deleted, and dest is removed); -1 when dest cannot be written
 * (errno set). c may be NULL (always 0). */
int cache_get(struct cache *c, const char *key, const char *dest, mode_t mode,
              char content[CACHE_HEX_SIZE]);

/* Stores a copy of the file at src under key, replacing any entry atomically. Returns 0
 * with src's hash in content (when not NULL), or -1 (the reason is kept for cache_error;
 * nothing half-written is left behind). c may be NULL (returns -1, records nothing). */
int cache_put(struct cache *c, const char *key, const char *src, char content[CACHE_HEX_SIZE]);

#endif
