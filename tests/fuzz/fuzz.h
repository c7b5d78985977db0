/* fuzz.h -- what the scheduler-driving fuzz targets share: the input read
 * as a script of bytes, and CHECK, which aborts (a finding for libFuzzer
 * and the replayer) with the invariant that broke. */
#ifndef CAS_FUZZ_H
#define CAS_FUZZ_H

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#define CHECK(cond)                                                                   \
    do {                                                                              \
        if (!(cond)) {                                                                \
            fprintf(stderr, "%s:%d: invariant broken: %s\n", __FILE__, __LINE__, #cond); \
            abort();                                                                  \
        }                                                                             \
    } while (0)

/* The fuzzer's bytes, read one at a time. */
typedef struct script {
    const uint8_t *p;
    size_t n, i;
} script;

/* The next byte, or -1 at the end. */
static inline int next(script *s) { return s->i < s->n ? s->p[s->i++] : -1; }

/* The next byte as a parameter: 0 at the end. */
static inline int param(script *s) {
    int b = next(s);
    return b < 0 ? 0 : b;
}

#endif
