/*
 * python/tools/wasm_log.c -- musl's log (Arm's optimized routine, the one
 * glibc has had since 2.28), compiled from Emscripten's own copy of musl
 * with its table.  Emscripten's libc built for -Oz carries log_small.c
 * instead (FreeBSD's e_log.c), whose last digit differs from CPython's on
 * Linux for about 3% of arguments (math.log(x), and log10 through it).
 * Linked into python.wasm (python.mk) before libc, this log is the one used.
 */
#define hidden __attribute__((__visibility__("hidden"))) /* musl's src/include/features.h */
#include "libm.h"
#include "../math/log.c"
#include "../math/log_data.c"
