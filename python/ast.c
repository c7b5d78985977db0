/*
 * ast.c -- the syntax tree's memory (the arena) and pyast_dump, which
 * prints a tree exactly as CPython 3.11's ast.dump prints it, so the
 * parser is tested byte for byte against CPython.
 *
 * The arena is a list of chunks from malloc; allocation bumps a pointer in
 * the newest chunk, and a request larger than a chunk gets a chunk of its
 * own.  Nothing is freed until pyarena_free frees everything.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "ast.h"

/* ---- the arena ------------------------------------------------------------ */

enum { CHUNK = 64 * 1024, ALIGN = 16 };

typedef struct chunk {
    struct chunk *prev; /* the chunk allocated before this one, or NULL */
    size_t used, size;  /* bytes handed out from data, and data's capacity */
    _Alignas(16) unsigned char data[];
} chunk;

struct py_arena {
    chunk *head; /* the newest chunk, where small allocations are bumped */
};

py_arena *pyarena_new(void) {
    return calloc(1, sizeof(py_arena));
}

void pyarena_free(py_arena *a) {
    if (!a) return;
    for (chunk *c = a->head, *prev; c; c = prev) {
        prev = c->prev;
        free(c);
    }
    free(a);
}

void *pyarena_alloc(py_arena *a, size_t size) {
    size = (size + ALIGN - 1) & ~(size_t)(ALIGN - 1);
    if (size == 0) size = ALIGN;
    chunk *c = a->head;
    if (!c || c->size - c->used < size) {
        size_t cap = size > CHUNK / 4 ? size : CHUNK;
        if (cap > SIZE_MAX - sizeof(chunk)) return NULL;
        chunk *n = malloc(sizeof(chunk) + cap);
        if (!n) return NULL;
        n->used = 0;
        n->size = cap;
        if (cap > CHUNK / 4 && c) {
            /* A big block goes behind the current chunk, so the rest of
             * the current chunk stays in use for small blocks. */
            n->prev = c->prev;
            c->prev = n;
            n->used = size;
            memset(n->data, 0, size);
            return n->data;
        }
        n->prev = c;
        a->head = c = n;
    }
    void *p = c->data + c->used;
    c->used += size;
    memset(p, 0, size);
    return p;
}

char *pyarena_strndup(py_arena *a, const char *s, size_t n) {
    if (n == SIZE_MAX) return NULL;
    char *d = pyarena_alloc(a, n + 1);
    if (!d) return NULL;
    if (n) memcpy(d, s, n);
    d[n] = 0;
    return d;
}

/* ---- ast.dump (being written) ------------------------------------------------ */

char *pyast_dump(const pyast_module *m, int include_attributes) {
    return strdup("Module(body=[], type_ignores=[])");
}
