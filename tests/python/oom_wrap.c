/*
 * oom_wrap.c -- linked into build/san/pyast-oom with -Wl,--wrap=malloc
 * (and calloc, realloc): the front end's allocations fail from the Nth on
 * (PYAST_FAIL_AT=N), so that tests/python/parser.test.mjs can check that
 * running out of memory anywhere gives a MemoryError, never a crash or a
 * leak.  PYAST_FAIL_AT unset: nothing fails.
 */
#include <stdlib.h>

void *__real_malloc(size_t n);
void *__real_calloc(size_t n, size_t size);
void *__real_realloc(void *p, size_t n);

static long count, fail_at = -2;

static int fails(void) {
    if (fail_at == -2) {
        const char *s = getenv("PYAST_FAIL_AT");
        fail_at = s ? atol(s) : -1;
    }
    return fail_at >= 0 && count++ >= fail_at;
}

void *__wrap_malloc(size_t n) { return fails() ? NULL : __real_malloc(n); }
void *__wrap_calloc(size_t n, size_t size) { return fails() ? NULL : __real_calloc(n, size); }
void *__wrap_realloc(void *p, size_t n) { return fails() ? NULL : __real_realloc(p, n); }
