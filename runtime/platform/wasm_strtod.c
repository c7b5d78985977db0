/*
 * wasm_strtod.c -- the lessons' wasm module's strtod: C's syntax, read
 * here, and the host's Number() for the value.
 *
 * musl's strtod computes in long double, which wasm has in software only:
 * it brings __floatscan and compiler-rt's 128-bit arithmetic (__addtf3,
 * __multf3, __divtf3, fmodl, scalbnl, ...), some 15 KB of wasm and 7.4 KB
 * of the gzipped download, a fifth of the module.  Its callers here all
 * hand it decimal text: cJSON (a number of the options, and
 * wasm_sscanf.c's check of a number cJSON printed) and a float's repr
 * (value.c).  This strtod finds the number's extent as C's does (leading
 * space, a sign, digits with at most one point, an exponent only when a
 * digit follows its e; inf, infinity and nan in any case) and converts
 * that text with the host's Number(), which rounds correctly as musl's
 * strtod does (ECMAScript requires it up to 20 significant digits; V8,
 * SpiderMonkey and JavaScriptCore round correctly at any length).  errno
 * is ERANGE when the value overflows to infinity or underflows to zero or
 * a subnormal.  A hexadecimal number (0x...) aborts, loudly, rather than
 * read wrongly: nothing in the module writes one.
 *
 * Linked into build/wasm/casyncio.mjs only (the Makefile's WASM_SRC), never
 * into libcasyncio.a: programs of one's own keep libc's strtod.
 */
#include <emscripten.h>
#include <errno.h>
#include <float.h>
#include <math.h>
#include <stdlib.h>
#include <strings.h>

/* The decimal number at s (n bytes, ASCII), as JS reads it.  The text is
 * built a character at a time: a TextDecoder costs more for a few bytes,
 * and cJSON reads back every fractional number it prints (an event's t). */
EM_JS(double, cas_js_number, (const char *s, int n), {
    var t = "";
    for (var i = 0; i < n; i++) t += String.fromCharCode(HEAPU8[s + i]);
    return Number(t);
});

static int is_digit(char c) { return c >= '0' && c <= '9'; }

double strtod(const char *restrict s, char **restrict end) {
    const char *p = s;
    while (*p == ' ' || (*p >= '\t' && *p <= '\r')) p++;
    const char *start = p;
    int neg = *p == '-';
    if (*p == '+' || *p == '-') p++;
    if (p[0] == '0' && (p[1] == 'x' || p[1] == 'X')) abort();
    if (!strncasecmp(p, "inf", 3) || !strncasecmp(p, "nan", 3)) {
        double v = (*p == 'n' || *p == 'N') ? NAN : INFINITY;
        p += 3;
        if (v == INFINITY && !strncasecmp(p, "inity", 5)) p += 5;
        if (v != INFINITY && *p == '(') {
            /* nan(n-char-sequence): only when the ) closes it */
            const char *q = p + 1;
            while (is_digit(*q) || (*q >= 'a' && *q <= 'z') || (*q >= 'A' && *q <= 'Z') || *q == '_') q++;
            if (*q == ')') p = q + 1;
        }
        if (end) *end = (char *)p;
        return neg ? -v : v;
    }
    int digits = 0, nonzero = 0;
    for (; is_digit(*p); p++, digits++) nonzero |= *p != '0';
    if (*p == '.') {
        p++;
        for (; is_digit(*p); p++, digits++) nonzero |= *p != '0';
    }
    if (!digits) {
        if (end) *end = (char *)s; /* no conversion */
        return 0;
    }
    if ((*p == 'e' || *p == 'E') && (is_digit(p[1]) || ((p[1] == '+' || p[1] == '-') && is_digit(p[2])))) {
        p += 2;
        while (is_digit(*p)) p++;
    }
    if (end) *end = (char *)p;
    double v = cas_js_number(start, (int)(p - start));
    if (isinf(v) || (nonzero && fabs(v) < DBL_MIN)) errno = ERANGE;
    return v;
}
