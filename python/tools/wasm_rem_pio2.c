/*
 * python/tools/wasm_rem_pio2.c -- musl's __rem_pio2_large (the reduction
 * of a huge argument of sin, cos and tan: |x| >= 2^20 * pi/2), compiled
 * from Emscripten's own copy of musl for double arguments only.
 *
 * In wasm, long double has 113 bits, so libc's build of this file carries
 * the 690 digits of 2/pi that sinl() of a long double up to 2^16384 needs
 * (2.7 KB, 2.2 KB gzip).  The interpreter calls only the double functions,
 * for which musl's own short table (66 digits: exponents up to 2^1024, as
 * where long double is double) is the whole need: the same code, the same
 * results.  Linked into python.wasm (python.mk), this definition is the
 * one used and libc's is left out.  python.mk passes MUSL, Emscripten's
 * musl source directory, on the include path.
 */
#define hidden __attribute__((__visibility__("hidden"))) /* musl's src/include/features.h */
#include "libm.h" /* Emscripten's musl (src/internal), with its real LDBL_MAX_EXP */
#undef LDBL_MAX_EXP
#define LDBL_MAX_EXP 1024 /* read by the table's #if only (libm.h's include guard stops the rest) */
#include "../math/__rem_pio2_large.c" /* found beside libm.h: src/math */
