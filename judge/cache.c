/* The cache on disk: DIR/v1/KK/KEY holds an entry's bytes and DIR/v1/KK/KEY.sum its
 * "SHA256 SIZE\n", where KK is the key's first two hex digits (so no folder grows huge).
 *
 * Writers copy into a temporary file beside the entry and rename it into place, then
 * write the .sum the same way; the old .sum goes first, so a reader never pairs new
 * bytes with an old sum that happens to fit. Readers hash while they copy, and an entry
 * whose size or hash disagrees with its .sum -- truncated by a full disk, damaged, or
 * raced by another judge -- is deleted and reported as a miss: the caller rebuilds it.
 * Entries are copied out rather than handed out by path, so the sandbox never needs to
 * see the cache folder. */
#include "cache.h"

#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "util.h"

#define LAYOUT "v1"

struct cache {
    char *dir;   /* DIR/v1 */
    char *error; /* first failure to store, or NULL */
};

char *cache_default_dir(void)
{
    const char *env = getenv("JUDGE_CACHE");
    if (env && *env)
        return xstrdup(env);
    env = getenv("XDG_CACHE_HOME");
    if (env && *env)
        return xasprintf("%s/judge", env);
    env = getenv("HOME");
    if (env && *env)
        return xasprintf("%s/.cache/judge", env);
    return NULL;
}

/* mkdir -p with mode 0700 for what it creates. Returns 0, or -1 with errno. */
static int make_dirs(const char *path)
{
    char *copy = xstrdup(path);
    int rc = 0;
    for (char *p = copy + 1; rc == 0; p++) {
        bool end = *p == '\0';
        if (*p != '/' && !end)
            continue;
        *p = '\0';
        if (mkdir(copy, 0700) < 0 && errno != EEXIST)
            rc = -1;
        else if (!path_is_dir(copy)) {
            errno = ENOTDIR;
            rc = -1;
        }
        if (end)
            break;
        *p = '/';
    }
    free(copy);
    return rc;
}

/* Can a file be created in dir? Root ignores permission bits, so try it. */
static int probe_writable(const char *dir)
{
    char *probe = xasprintf("%s/.probe-XXXXXX", dir);
    int fd = mkostemp(probe, O_CLOEXEC);
    int e = errno;
    if (fd >= 0) {
        close(fd);
        unlink(probe);
    }
    free(probe);
    errno = e;
    return fd < 0 ? -1 : 0;
}

struct cache *cache_open(const char *dir, char *err, size_t errlen)
{
    char *layout = xasprintf("%s/" LAYOUT, dir);
    if (make_dirs(layout) < 0 || probe_writable(layout) < 0) {
        if (err && errlen)
            snprintf(err, errlen, "cannot use the cache folder %s: %s", dir, strerror(errno));
        free(layout);
        return NULL;
    }
    struct cache *c = xcalloc(1, sizeof *c);
    c->dir = layout;
    return c;
}

void cache_close(struct cache *c)
{
    if (!c)
        return;
    free(c->dir);
    free(c->error);
    free(c);
}

const char *cache_dir(const struct cache *c)
{
    return c->dir;
}

const char *cache_error(const struct cache *c)
{
    return c ? c->error : NULL;
}

static void record_error(struct cache *c, const char *what, const char *path)
{
    if (!c->error)
        c->error = xasprintf("cannot %s %s: %s", what, path, strerror(errno));
}

void cache_key_init(struct cache_key *k, const char *purpose)
{
    sha256_init(&k->ctx);
    cache_key_add_str(k, "judge-cache-" LAYOUT);
    cache_key_add_str(k, purpose);
}

static void add_length(struct cache_key *k, uint64_t n)
{
    uint8_t le[8];
    for (int i = 0; i < 8; i++)
        le[i] = (uint8_t)(n >> (8 * i));
    sha256_update(&k->ctx, sizeof le, le);
}

void cache_key_add(struct cache_key *k, const void *data, size_t len)
{
    add_length(k, len);
    sha256_update(&k->ctx, len, data);
}

void cache_key_add_str(struct cache_key *k, const char *s)
{
    cache_key_add(k, s, strlen(s));
}

int cache_key_add_file(struct cache_key *k, const char *path)
{
    char hex[CACHE_HEX_SIZE];
    if (cache_hash_file(path, hex) < 0)
        return -1;
    cache_key_add_str(k, hex);
    return 0;
}

static void to_hex(struct sha256_ctx *ctx, char out[CACHE_HEX_SIZE])
{
    uint8_t digest[SHA256_DIGEST_SIZE];
    sha256_digest(ctx, sizeof digest, digest);
    for (size_t i = 0; i < sizeof digest; i++)
        snprintf(out + 2 * i, 3, "%02x", digest[i]);
}

void cache_key_final(struct cache_key *k, char out[CACHE_HEX_SIZE])
{
    to_hex(&k->ctx, out);
}

static int write_all(int fd, const uint8_t *data, size_t len)
{
    while (len > 0) {
        ssize_t n = write(fd, data, len);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return -1;
        data += n;
        len -= (size_t)n;
    }
    return 0;
}

/* Copies in to out (out < 0: only hash), hashing into ctx. Returns 0, -1 when reading
 * failed, -2 when writing failed; errno is set. */
static int copy_hashing(int in, int out, struct sha256_ctx *ctx, uint64_t *size)
{
    uint8_t buf[1 << 16];
    *size = 0;
    for (;;) {
        ssize_t n = read(in, buf, sizeof buf);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return -1;
        if (n == 0)
            return 0;
        sha256_update(ctx, (size_t)n, buf);
        *size += (uint64_t)n;
        if (out >= 0 && write_all(out, buf, (size_t)n) < 0)
            return -2;
    }
}

int cache_hash_file(const char *path, char out[CACHE_HEX_SIZE])
{
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return -1;
    struct sha256_ctx ctx;
    sha256_init(&ctx);
    uint64_t size;
    int rc = copy_hashing(fd, -1, &ctx, &size);
    int e = errno;
    close(fd);
    errno = e;
    if (rc < 0)
        return -1;
    to_hex(&ctx, out);
    return 0;
}

static char *entry_path(const struct cache *c, const char *key, const char *suffix)
{
    return xasprintf("%s/%.2s/%s%s", c->dir, key, key, suffix);
}

/* Reads KEY.sum: "HEX SIZE\n". Returns 0, or -1 when missing or malformed. */
static int read_sum(const char *path, char hex[CACHE_HEX_SIZE], uint64_t *size)
{
    char *text = read_file(path, 256, NULL, NULL);
    if (!text)
        return -1;
    char *end = NULL;
    size_t hexlen = strspn(text, "0123456789abcdef");
    int rc = -1;
    if (hexlen == CACHE_HEX_SIZE - 1 && text[hexlen] == ' ') {
        errno = 0;
        unsigned long long n = strtoull(text + hexlen + 1, &end, 10);
        if (!errno && end != text + hexlen + 1 && strcmp(end, "\n") == 0) {
            memcpy(hex, text, hexlen);
            hex[hexlen] = '\0';
            *size = n;
            rc = 0;
        }
    }
    free(text);
    return rc;
}

/* Copies an entry to dest; returns 1 when it matched its sum, 0 when not, -1 when dest
 * could not be written. */
static int copy_verified(const char *data, const char *dest, mode_t mode, const char *want,
                         uint64_t want_size)
{
    int in = open(data, O_RDONLY | O_CLOEXEC);
    struct stat st;
    if (in < 0 || fstat(in, &st) < 0 || (uint64_t)st.st_size != want_size) {
        if (in >= 0)
            close(in);
        return 0;
    }
    int out = open(dest, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, mode);
    if (out < 0 || fchmod(out, mode) < 0) {
        int e = errno;
        close(in);
        if (out >= 0)
            close(out);
        errno = e;
        return -1;
    }
    struct sha256_ctx ctx;
    sha256_init(&ctx);
    uint64_t size;
    int rc = copy_hashing(in, out, &ctx, &size);
    int e = errno;
    close(in);
    if (close(out) < 0 && rc == 0)
        rc = -2, e = errno;
    char got[CACHE_HEX_SIZE];
    to_hex(&ctx, got);
    errno = e;
    if (rc == -2)
        return -1;
    return rc == 0 && size == want_size && strcmp(got, want) == 0;
}

int cache_get(struct cache *c, const char *key, const char *dest, mode_t mode,
              char content[CACHE_HEX_SIZE])
{
    if (!c)
        return 0;
    char *data = entry_path(c, key, ""), *sum = entry_path(c, key, ".sum");
    char want[CACHE_HEX_SIZE];
    uint64_t want_size = 0;
    int rc =
        read_sum(sum, want, &want_size) < 0 ? 0 : copy_verified(data, dest, mode, want, want_size);
    if (rc == 0) {
        /* Damaged, half-replaced or never finished: rebuild it from scratch. */
        int e = errno;
        unlink(dest);
        unlink(sum);
        unlink(data);
        errno = e;
    } else if (rc == 1 && content) {
        memcpy(content, want, CACHE_HEX_SIZE);
    }
    free(data);
    free(sum);
    return rc;
}

/* Copies src into a temporary file beside data and renames it over data. Returns 0 with
 * the content's hash and size, or -1 with the error recorded. */
static int store_data(struct cache *c, const char *src, const char *data, char hex[CACHE_HEX_SIZE],
                      uint64_t *size)
{
    int in = open(src, O_RDONLY | O_CLOEXEC);
    if (in < 0) {
        record_error(c, "read", src);
        return -1;
    }
    char *tmp = xasprintf("%s.tmp-XXXXXX", data);
    int out = mkostemp(tmp, O_CLOEXEC);
    struct sha256_ctx ctx;
    sha256_init(&ctx);
    int rc = out < 0 ? -2 : copy_hashing(in, out, &ctx, size);
    int e = errno;
    close(in);
    if (out >= 0 && (fchmod(out, 0644) < 0 || close(out) < 0) && rc == 0)
        rc = -2, e = errno;
    if (rc == 0 && rename(tmp, data) < 0)
        rc = -2, e = errno;
    errno = e;
    if (rc < 0) {
        record_error(c, rc == -1 ? "read" : "write", rc == -1 ? src : tmp);
        unlink(tmp);
    }
    free(tmp);
    to_hex(&ctx, hex);
    return rc < 0 ? -1 : 0;
}

int cache_put(struct cache *c, const char *key, const char *src, char content[CACHE_HEX_SIZE])
{
    if (!c)
        return -1;
    char *bucket = xasprintf("%s/%.2s", c->dir, key);
    char *data = entry_path(c, key, ""), *sum = entry_path(c, key, ".sum");
    char hex[CACHE_HEX_SIZE];
    uint64_t size = 0;
    int rc = -1;
    if (mkdir(bucket, 0700) < 0 && errno != EEXIST)
        record_error(c, "create", bucket);
    else if (unlink(sum) < 0 && errno != ENOENT)
        record_error(c, "replace", sum);
    else if (store_data(c, src, data, hex, &size) == 0) {
        char *line = xasprintf("%s %llu\n", hex, (unsigned long long)size);
        rc = write_file_atomic(sum, line, strlen(line));
        if (rc < 0)
            record_error(c, "write", sum);
        free(line);
    }
    if (rc == 0 && content)
        memcpy(content, hex, CACHE_HEX_SIZE);
    free(bucket);
    free(data);
    free(sum);
    return rc;
}
