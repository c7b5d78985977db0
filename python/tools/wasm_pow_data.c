/*
 * python/tools/wasm_pow_data.c -- the table of musl's Arm pow (wasm_pow.c),
 * from Emscripten's own copy of musl.
 */
#define hidden __attribute__((__visibility__("hidden"))) /* musl's src/include/features.h */
#include "libm.h"
#include "../math/pow_data.c"
