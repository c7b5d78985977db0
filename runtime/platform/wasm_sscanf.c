/*
 * wasm_sscanf.c -- the one sscanf the lessons' wasm module needs.
 *
 * cJSON's only scanf call is sscanf(buf, "%lg", &d): it checks that a
 * number it printed with "%1.15g" reads back the same.  musl's sscanf
 * brings its whole scanf engine (vfscanf), about 5.5 KB of wasm and
 * 2.5 KB of the gzipped download; strtod, which that engine calls for
 * "%lg" anyway, does the same conversion.  So the module links this
 * instead.  Any other format aborts, loudly, rather than read wrongly.
 *
 * Linked into build/wasm/casyncio.mjs only (the Makefile's WASM_SRC), never
 * into libcasyncio.a: programs of one's own keep libc's sscanf.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int sscanf(const char *restrict s, const char *restrict fmt, ...) {
    if (strcmp(fmt, "%lg") != 0) abort();
    char *end;
    double d = strtod(s, &end);
    if (end == s) {
        while (*s == ' ' || (*s >= '\t' && *s <= '\r')) s++;
        return *s ? 0 : EOF; /* a matching failure, or no input at all */
    }
    va_list ap;
    va_start(ap, fmt);
    *va_arg(ap, double *) = d;
    va_end(ap);
    return 1;
}
