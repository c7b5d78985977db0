/*
 * bench.h -- what every C benchmark shares: a clock independent of the
 * loop's, the arguments, the silenced event stream, memory probes, and the
 * `RESULT key=value` lines that bench/run.mjs parses.
 *
 * The same source builds natively (cc ... build/native/libcasyncio.a) and
 * to wasm (emcc -sASYNCIFY ... build/wasm/libcasyncio.a).
 */
#ifndef CAS_BENCH_H
#define CAS_BENCH_H

#include <casyncio.h>
#include <malloc.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define BENCH_FN static __attribute__((unused))

#ifdef __EMSCRIPTEN__
#include <emscripten.h>
#include <emscripten/heap.h>
#define BENCH_BUILD "wasm"
BENCH_FN double bench_now(void) { return emscripten_get_now() / 1000.0; }
#else
#include <time.h>
#define BENCH_BUILD "native"
BENCH_FN double bench_now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}
#endif

#define BENCH_NOINLINE __attribute__((noinline))

/* argv[i] as a number, or def. */
BENCH_FN long bench_arg(int argc, char **argv, int i, long def) {
    return argc > i ? strtol(argv[i], NULL, 10) : def;
}

/* No event is built at all: a handler with an empty mask. */
BENCH_FN void bench_no_events(const char *json, size_t len, void *ud) {
    (void)json;
    (void)len;
    (void)ud;
}
BENCH_FN void bench_quiet(void) { cas_set_event_handler(bench_no_events, NULL, 0); }

/* Heap bytes in use (the allocator's own count, chunk overheads included). */
BENCH_FN double bench_heap_used(void) {
#if defined(__GLIBC__) && (__GLIBC__ > 2 || (__GLIBC__ == 2 && __GLIBC_MINOR__ >= 33))
    struct mallinfo2 mi = mallinfo2();
    return (double)mi.uordblks + (double)mi.hblkhd;
#else
    struct mallinfo mi = mallinfo();
    return (double)mi.uordblks + (double)mi.hblkhd;
#endif
}

/* What the process really holds: the resident set natively, the size of
 * the linear memory in wasm (it only grows). */
BENCH_FN double bench_process_bytes(void) {
#ifdef __EMSCRIPTEN__
    return (double)emscripten_get_heap_size();
#else
    FILE *f = fopen("/proc/self/statm", "r");
    long pages = 0, rss = 0;
    if (f) {
        if (fscanf(f, "%ld %ld", &pages, &rss) != 2) rss = 0;
        fclose(f);
    }
    return (double)rss * 4096.0;
#endif
}

BENCH_FN void bench_result(const char *key, double value) {
    printf("RESULT %s=%.9g\n", key, value);
    fflush(stdout);
}

BENCH_FN int bench_sort_cmp(const void *a, const void *b) {
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}
/* The q-quantile (0..1) of v[0..n), nearest rank; sorts v. */
BENCH_FN double bench_quantile(double *v, size_t n, double q) {
    qsort(v, n, sizeof *v, bench_sort_cmp);
    size_t k = (size_t)(q * (double)n + 0.999999);
    if (k < 1) k = 1;
    if (k > n) k = n;
    return v[k - 1];
}

/* Fails the benchmark loudly: run.mjs treats a non-zero exit as a failure. */
#define BENCH_CHECK(cond, ...)                                                   \
    do {                                                                         \
        if (!(cond)) {                                                           \
            fprintf(stderr, "bench: check failed: %s: ", #cond);                 \
            fprintf(stderr, __VA_ARGS__);                                        \
            fprintf(stderr, " (%s: %s)\n", cas_exc_type() ? cas_exc_type() : "no exception", cas_exc_message() ? cas_exc_message() : ""); \
            exit(3);                                                             \
        }                                                                        \
    } while (0)

/* await gather(*ts), then releases the gather, every task and the array:
 * the end of each workload's main task. */
BENCH_FN int bench_gather_all(cas_task **ts, long n, int return_exceptions) {
    cas_future *all = cas_gather(ts, (size_t)n, return_exceptions);
    BENCH_CHECK(all, "gather");
    int rc = cas_await(all, NULL);
    cas_release(all);
    for (long i = 0; i < n; i++) cas_release(ts[i]);
    free(ts);
    return rc;
}

#endif
