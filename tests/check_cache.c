/* The cache: where it lives, keys that tell their parts apart, and entries that come back
 * byte for byte -- or not at all when they were damaged. */
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cache.h"
#include "suites.h"
#include "util.h"

static char *tmp;

static void setup(void)
{
    tmp = make_temp_dir("check-cache");
    ck_assert_ptr_nonnull(tmp);
}

static void teardown(void)
{
    remove_tree(tmp);
    free(tmp);
}

static char *at(const char *rel)
{
    return xasprintf("%s/%s", tmp, rel);
}

static void put_text(const char *rel, const char *text)
{
    char *path = at(rel);
    ck_assert_int_eq(write_file(path, text, strlen(text)), 0);
    free(path);
}

static struct cache *open_cache(void)
{
    char err[256] = "";
    char *dir = at("c/nested/deep");
    struct cache *c = cache_open(dir, err, sizeof err);
    ck_assert_msg(c != NULL, "%s", err);
    free(dir);
    return c;
}

static char *entry(const char *key, const char *suffix)
{
    return xasprintf("%s/c/nested/deep/v1/%.2s/%s%s", tmp, key, key, suffix);
}

static void key_of(const char *a, const char *b, char out[CACHE_HEX_SIZE])
{
    struct cache_key k;
    cache_key_init(&k, "test");
    cache_key_add_str(&k, a);
    cache_key_add_str(&k, b);
    cache_key_final(&k, out);
}

START_TEST(default_dir_follows_the_environment)
{
    setenv("HOME", "/home/u", 1);
    unsetenv("XDG_CACHE_HOME");
    unsetenv("JUDGE_CACHE");
    char *d = cache_default_dir();
    ck_assert_str_eq(d, "/home/u/.cache/judge");
    free(d);
    setenv("XDG_CACHE_HOME", "/xdg", 1);
    d = cache_default_dir();
    ck_assert_str_eq(d, "/xdg/judge");
    free(d);
    setenv("JUDGE_CACHE", "/explicit", 1);
    d = cache_default_dir();
    ck_assert_str_eq(d, "/explicit");
    free(d);
    setenv("JUDGE_CACHE", "", 1);
    unsetenv("XDG_CACHE_HOME");
    unsetenv("HOME");
    ck_assert_ptr_null(cache_default_dir());
}
END_TEST

START_TEST(open_creates_the_folder)
{
    struct cache *c = open_cache();
    char *v1 = at("c/nested/deep/v1");
    ck_assert(path_is_dir(v1));
    ck_assert_ptr_null(cache_error(c));
    ck_assert_str_eq(cache_dir(c), v1);
    free(v1);
    cache_close(c);
    cache_close(NULL);
}
END_TEST

START_TEST(unusable_folder_is_refused_with_a_reason)
{
    put_text("file", "x");
    char *dir = at("file/cache");
    char err[256] = "";
    ck_assert_ptr_null(cache_open(dir, err, sizeof err));
    ck_assert_msg(strstr(err, "cannot use the cache folder") && strstr(err, dir), "%s", err);
    ck_assert_ptr_nonnull(strstr(err, "Not a directory"));
    free(dir);
}
END_TEST

START_TEST(keys_frame_their_parts)
{
    char k1[CACHE_HEX_SIZE], k2[CACHE_HEX_SIZE], k3[CACHE_HEX_SIZE];
    key_of("ab", "c", k1);
    key_of("a", "bc", k2);
    key_of("ab", "c", k3);
    ck_assert_str_ne(k1, k2);
    ck_assert_str_eq(k1, k3);
    ck_assert_int_eq(strlen(k1), CACHE_HEX_SIZE - 1);
    ck_assert_int_eq(strspn(k1, "0123456789abcdef"), CACHE_HEX_SIZE - 1);
    struct cache_key k;
    cache_key_init(&k, "other");
    cache_key_add_str(&k, "ab");
    cache_key_add_str(&k, "c");
    cache_key_final(&k, k2);
    ck_assert_str_ne(k1, k2);
}
END_TEST

START_TEST(file_content_goes_into_keys)
{
    put_text("f", "one");
    char *f = at("f");
    char a[CACHE_HEX_SIZE], b[CACHE_HEX_SIZE];
    struct cache_key k;
    cache_key_init(&k, "t");
    ck_assert_int_eq(cache_key_add_file(&k, f), 0);
    cache_key_final(&k, a);
    put_text("f", "two");
    cache_key_init(&k, "t");
    ck_assert_int_eq(cache_key_add_file(&k, f), 0);
    cache_key_final(&k, b);
    ck_assert_str_ne(a, b);
    char *missing = at("missing");
    ck_assert_int_eq(cache_key_add_file(&k, missing), -1);
    free(f), free(missing);
}
END_TEST

START_TEST(hash_file_is_sha256)
{
    put_text("abc", "abc");
    char *f = at("abc");
    char hex[CACHE_HEX_SIZE];
    ck_assert_int_eq(cache_hash_file(f, hex), 0);
    ck_assert_str_eq(hex, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    free(f);
}
END_TEST

START_TEST(put_then_get_round_trips)
{
    struct cache *c = open_cache();
    put_text("src", "hello\nworld\n");
    char *src = at("src"), *dst = at("dst");
    char key[CACHE_HEX_SIZE], stored[CACHE_HEX_SIZE], got[CACHE_HEX_SIZE], direct[CACHE_HEX_SIZE];
    key_of("round", "trip", key);
    ck_assert_int_eq(cache_get(c, key, dst, 0644, got), 0);
    ck_assert_int_eq(cache_put(c, key, src, stored), 0);
    ck_assert_int_eq(cache_get(c, key, dst, 0755, got), 1);
    ck_assert_int_eq(cache_hash_file(src, direct), 0);
    ck_assert_str_eq(stored, direct);
    ck_assert_str_eq(got, direct);
    size_t len;
    char *text = read_file(dst, 1024, &len, NULL);
    ck_assert_str_eq(text, "hello\nworld\n");
    struct stat st;
    ck_assert_int_eq(stat(dst, &st), 0);
    ck_assert_int_eq(st.st_mode & 0777, 0755);
    free(text), free(src), free(dst);
    cache_close(c);
}
END_TEST

START_TEST(put_replaces_an_entry)
{
    struct cache *c = open_cache();
    char *src = at("src"), *dst = at("dst");
    char key[CACHE_HEX_SIZE];
    key_of("re", "place", key);
    put_text("src", "old");
    ck_assert_int_eq(cache_put(c, key, src, NULL), 0);
    put_text("src", "newer");
    ck_assert_int_eq(cache_put(c, key, src, NULL), 0);
    ck_assert_int_eq(cache_get(c, key, dst, 0644, NULL), 1);
    char *text = read_file(dst, 1024, NULL, NULL);
    ck_assert_str_eq(text, "newer");
    free(text), free(src), free(dst);
    cache_close(c);
}
END_TEST

/* Each way an entry can go bad on disk; all must read as a miss and be removed. */
static void damage(const char *key, int how)
{
    char *data = entry(key, ""), *sum = entry(key, ".sum");
    switch (how) {
    case 0: /* one byte changed, same size */
        ck_assert_int_eq(write_file(data, "HELLO\nworld\n", 12), 0);
        break;
    case 1: /* truncated */
        ck_assert_int_eq(truncate(data, 5), 0);
        break;
    case 2: /* longer */
        ck_assert_int_eq(write_file(data, "hello\nworld\n!", 13), 0);
        break;
    case 3: /* no sum */
        ck_assert_int_eq(unlink(sum), 0);
        break;
    case 4: /* garbage sum */
        ck_assert_int_eq(write_file(sum, "not a sum\n", 10), 0);
        break;
    case 5: /* no data */
        ck_assert_int_eq(unlink(data), 0);
        break;
    case 6: /* empty sum */
        ck_assert_int_eq(write_file(sum, "", 0), 0);
        break;
    }
    free(data), free(sum);
}

START_TEST(damaged_entry_is_a_miss_and_is_removed)
{
    struct cache *c = open_cache();
    put_text("src", "hello\nworld\n");
    char *src = at("src"), *dst = at("dst");
    char key[CACHE_HEX_SIZE];
    key_of("damage", "case", key);
    ck_assert_int_eq(cache_put(c, key, src, NULL), 0);
    damage(key, _i);
    ck_assert_int_eq(cache_get(c, key, dst, 0644, NULL), 0);
    ck_assert_msg(!path_is_file(dst), "case %d: a bad entry left its copy behind", _i);
    char *data = entry(key, ""), *sum = entry(key, ".sum");
    ck_assert_msg(!path_is_file(data) && !path_is_file(sum), "case %d: entry kept", _i);
    ck_assert_int_eq(cache_put(c, key, src, NULL), 0);
    ck_assert_int_eq(cache_get(c, key, dst, 0644, NULL), 1);
    free(data), free(sum), free(src), free(dst);
    cache_close(c);
}
END_TEST

START_TEST(failures_are_reported_not_printed)
{
    struct cache *c = open_cache();
    char *missing = at("missing"), *dst = at("no/such/dir/dst"), *src = at("src");
    char key[CACHE_HEX_SIZE];
    key_of("fail", "ures", key);
    ck_assert_int_eq(cache_put(c, key, missing, NULL), -1);
    ck_assert_ptr_nonnull(cache_error(c));
    ck_assert_msg(strstr(cache_error(c), "cannot read") && strstr(cache_error(c), missing), "%s",
                  cache_error(c));
    put_text("src", "x");
    ck_assert_int_eq(cache_put(c, key, src, NULL), 0);
    ck_assert_int_eq(cache_get(c, key, dst, 0644, NULL), -1);
    ck_assert_int_eq(cache_get(NULL, key, dst, 0644, NULL), 0);
    ck_assert_int_eq(cache_put(NULL, key, src, NULL), -1);
    free(missing), free(dst), free(src);
    cache_close(c);
}
END_TEST

START_TEST(empty_file_is_an_entry_too)
{
    struct cache *c = open_cache();
    put_text("src", "");
    char *src = at("src"), *dst = at("dst");
    char key[CACHE_HEX_SIZE];
    key_of("empty", "", key);
    ck_assert_int_eq(cache_put(c, key, src, NULL), 0);
    ck_assert_int_eq(cache_get(c, key, dst, 0644, NULL), 1);
    ck_assert(path_is_file(dst));
    free(src), free(dst);
    cache_close(c);
}
END_TEST

Suite *make_cache_suite(void)
{
    Suite *s = suite_create("cache");
    TCase *tc = tcase_create("cache");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, default_dir_follows_the_environment);
    tcase_add_test(tc, open_creates_the_folder);
    tcase_add_test(tc, unusable_folder_is_refused_with_a_reason);
    tcase_add_test(tc, keys_frame_their_parts);
    tcase_add_test(tc, file_content_goes_into_keys);
    tcase_add_test(tc, hash_file_is_sha256);
    tcase_add_test(tc, put_then_get_round_trips);
    tcase_add_test(tc, put_replaces_an_entry);
    tcase_add_loop_test(tc, damaged_entry_is_a_miss_and_is_removed, 0, 7);
    tcase_add_test(tc, failures_are_reported_not_printed);
    tcase_add_test(tc, empty_file_is_an_entry_too);
    suite_add_tcase(s, tc);
    return s;
}
