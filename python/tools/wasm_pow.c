/*
 * python/tools/wasm_pow.c -- musl's pow (Arm's optimized routine, the one
 * glibc has had since 2.28: 0.52 ULP), compiled from Emscripten's own copy
 * of musl.  Emscripten's libc built for -Oz carries pow_small.c instead
 * (FreeBSD's e_pow.c, under 1 ULP), whose results differ from CPython's on
 * Linux in the last digit for about a quarter of x ** y with a fractional
 * or large y (2 ** 2.5, 1.05 ** 17): `**` and math.pow printed other
 * digits than CPython's.  Linked into python.wasm (python.mk) before libc,
 * this pow is the one used; its table is wasm_pow_data.c.
 */
#define hidden __attribute__((__visibility__("hidden"))) /* musl's src/include/features.h */
#include "libm.h"
#include "../math/pow.c"
