/*
 * alloc.c -- the one allocator.  Every allocation of the runtime and of
 * cJSON goes through here, so a program (or an out-of-memory test) can
 * replace it, and so cas_get_stats() can count what is still alive.
 */
#include "internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void *(*malloc_fn)(size_t) = malloc;
static void *(*realloc_fn)(void *, size_t) = realloc;
static void (*free_fn)(void *) = free;

/* Allocations made and not yet freed; the leak checks read it. */
size_t cas__live_allocations;

void cas_set_allocator(void *(*m)(size_t), void *(*r)(void *, size_t), void (*f)(void *)) {
    if (m && r && f) {
        malloc_fn = m;
        realloc_fn = r;
        free_fn = f;
    } else {
        malloc_fn = malloc;
        realloc_fn = realloc;
        free_fn = free;
    }
    cas__json_hooks();
}

void *cas__malloc(size_t n) {
    void *p = malloc_fn(n ? n : 1);
    if (p) cas__live_allocations++;
    return p;
}

void *cas__calloc(size_t n, size_t size) {
    if (size && n > (size_t)-1 / size) return NULL;
    void *p = cas__malloc(n * size);
    if (p) memset(p, 0, n * size);
    return p;
}

/* Like realloc, but a failure leaves p alone and a NULL p allocates. */
void *cas__realloc(void *p, size_t n) {
    if (!p) return cas__malloc(n);
    return realloc_fn(p, n ? n : 1);
}

void cas__free(void *p) {
    if (!p) return;
    cas__live_allocations--;
    free_fn(p);
}

char *cas__strdup(const char *s) {
    if (!s) return NULL;
    size_t n = strlen(s) + 1;
    char *d = cas__malloc(n);
    if (d) memcpy(d, s, n);
    return d;
}

char *cas__vformat(const char *fmt, va_list ap) {
    char small[256];
    va_list ap2;
    va_copy(ap2, ap);
    int n = vsnprintf(small, sizeof small, fmt, ap2);
    va_end(ap2);
    if (n < 0) return NULL;
    char *s = cas__malloc((size_t)n + 1);
    if (!s) return NULL;
    if ((size_t)n < sizeof small) {
        memcpy(s, small, (size_t)n + 1);
    } else {
        vsnprintf(s, (size_t)n + 1, fmt, ap);
    }
    return s;
}

char *cas__format(const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    char *s = cas__vformat(fmt, ap);
    va_end(ap);
    return s;
}
