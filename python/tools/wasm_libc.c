/*
 * wasm_libc.c -- strtod, snprintf and friends, memmem, strstr and qsort
 * (and cbrt, log10 and hypot as glibc computes them) for the interpreter's wasm module, in place of musl's (python.mk's PYWASM_SRC
 * links it before libc, so libc's are never pulled in).  Together they
 * are about 9 KB less of the gzipped module.
 *
 * musl's strtod computes in long double, which wasm32 emulates in
 * software (128-bit __multf3, __divtf3, fmodl, ...): with its scanner it
 * was 7 KB of the gzipped module.  This one is exact by another road: the
 * decimal number D * 10**k becomes a ratio of big integers (libtommath,
 * which the numbers layer links anyway), whose quotient is rounded to the
 * nearest double, ties to even, as musl and glibc round.  Short inputs take
 * Clinger's fast path (D < 2**53 and |k| <= 22: one exact IEEE operation).
 *
 * What it reads, as C's strtod: leading white space, a sign, decimal
 * digits with an optional point and an optional exponent (consumed only
 * with at least one digit), or "inf", "infinity", "nan" in any case; *end
 * is set after what was read (at s when nothing was).  Hexadecimal floats
 * are not read ("0x1p3" reads as 0, ending at the 'x'): no caller in the
 * module passes one (Python's float() and literals, cJSON's numbers, the
 * host's JSON).  errno is ERANGE when a finite number overflows to
 * infinity or a nonzero one underflows to zero.
 *
 * tests/python/wasm_libc_test.c compares it with the C library's strtod
 * (natively with glibc, and in wasm with musl's).
 */
#include <errno.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>

#include "tommath.h"

#ifndef WASM_LIBC
#define WASM_LIBC(name) name
#endif

/* Digits kept: a double's halfway points have at most 767 significant
 * digits, so the digits beyond 800 only matter as "some were nonzero",
 * which one more digit 1 says. */
#define KEEP 800

static int lower(int c) { return c | 0x20; }

static int word(const char *p, const char *w)
{
    int n = 0;
    while (w[n] && lower((unsigned char)p[n]) == w[n])
        n++;
    return w[n] ? 0 : n;
}

/* n = n * 10**e + v for e <= 8 (v < 10**e): 10**8 < 2**28, one mp digit. */
static mp_err push(mp_int *n, uint32_t v, int e)
{
    uint32_t m = 1;
    while (e-- > 0)
        m *= 10;
    mp_err r = mp_mul_d(n, m, n);
    return r ? r : mp_add_d(n, v, n);
}

/* n = n * 10**k (k >= 0). */
static mp_err pow10_times(mp_int *n, long k)
{
    mp_err r = MP_OKAY;
    for (; k > 0 && !r; k -= 8)
        r = push(n, 0, k < 8 ? (int)k : 8);
    return r;
}

/* The double nearest num / den (both > 0), ties to even. */
static double nearest(mp_int *num, mp_int *den, mp_int *q, mp_int *rem)
{
    int s = 56 - (mp_count_bits(num) - mp_count_bits(den));
    mp_err r = s > 0 ? mp_mul_2d(num, s, num) : mp_mul_2d(den, -s, den);
    if (!r)
        r = mp_div(num, den, q, rem);
    if (r)
        return 0; /* out of memory: nothing better to say */
    /* q has 56 or 57 bits; the value is (q + rem/den) * 2**-s. */
    int bits = mp_count_bits(q);
    int lsb = bits - 1 - s - 52; /* exponent of the result's last bit */
    if (lsb < -1074)
        lsb = -1074;
    int sh = lsb + s;
    uint64_t v = mp_get_mag_u64(q), mant = 0;
    if (sh < 64) {
        uint64_t low = v & (((uint64_t)1 << sh) - 1), half = (uint64_t)1 << (sh - 1);
        mant = v >> sh;
        if (low > half || (low == half && (!mp_iszero(rem) || (mant & 1))))
            mant++;
    }
    return ldexp((double)mant, lsb);
}

double WASM_LIBC(strtod)(const char *s, char **end)
{
    const char *p = s;
    while (*p == ' ' || (*p >= '\t' && *p <= '\r'))
        p++;
    int neg = *p == '-';
    if (*p == '-' || *p == '+')
        p++;
    int n;
    double x = 0;
    if ((n = word(p, "infinity")) || (n = word(p, "inf"))) {
        x = INFINITY;
        p += n;
        goto done;
    }
    if ((n = word(p, "nan"))) {
        p += n;
        if (*p == '(') { /* "nan(chars)", read whole only with its ')' */
            const char *q = p + 1;
            while ((*q >= '0' && *q <= '9') || (lower(*q) >= 'a' && lower(*q) <= 'z') || *q == '_')
                q++;
            if (*q == ')')
                p = q + 1;
        }
        if (end)
            *end = (char *)p;
        return NAN; /* unsigned, as musl's */
    }
    /* The digits: D (the first KEEP significant ones, then a 1 if any
     * nonzero one was dropped) times 10**k. */
    const char *first = NULL;
    long nd = 0, k = 0;
    int seen = 0, point = 0, sticky = 0;
    uint64_t small = 0;
    for (;; p++) {
        if (*p == '.' && !point) {
            point = 1;
            continue;
        }
        if (*p < '0' || *p > '9')
            break;
        seen = 1;
        if (point)
            k--;
        if (!first && *p == '0')
            continue;
        if (!first)
            first = p;
        if (nd < KEEP) {
            nd++;
            if (nd <= 19)
                small = small * 10 + (uint64_t)(*p - '0');
        } else {
            k++;
            sticky |= *p != '0';
        }
    }
    if (!seen) {
        p = s;
        neg = 0;
        goto done;
    }
    if (lower((unsigned char)*p) == 'e') {
        const char *q = p + 1;
        int eneg = *q == '-';
        if (*q == '-' || *q == '+')
            q++;
        if (*q >= '0' && *q <= '9') {
            long e = 0;
            for (; *q >= '0' && *q <= '9'; q++)
                if (e < 100000000)
                    e = e * 10 + (*q - '0');
            k += eneg ? -e : e;
            p = q;
        }
    }
    if (!first)
        goto done; /* zero */
    if (nd + k > 310) {
        x = INFINITY;
        errno = ERANGE;
        goto done;
    }
    if (nd + k < -324) {
        errno = ERANGE;
        goto done;
    }
    if (nd <= 19 && !sticky && small < ((uint64_t)1 << 53) && k >= -22 && k <= 22) {
        double t = 1;
        for (long i = k < 0 ? -k : k; i > 0; i--)
            t *= 10;
        x = k < 0 ? (double)small / t : (double)small * t;
        goto done;
    }
    {
        mp_int num, den, q, rem;
        if (mp_init_multi(&num, &den, &q, &rem, NULL))
            goto done;
        mp_err r = MP_OKAY;
        /* D from its digits, eight at a time. */
        long left = nd;
        uint32_t v = 0;
        int nv = 0;
        for (const char *c = first; left > 0 && !r; c++) {
            if (*c == '.')
                continue;
            v = v * 10 + (uint32_t)(*c - '0');
            left--;
            if (++nv == 8) {
                r = push(&num, v, 8);
                v = 0;
                nv = 0;
            }
        }
        if (!r && nv)
            r = push(&num, v, nv);
        if (!r && sticky) {
            r = push(&num, 1, 1);
            k--;
        }
        mp_set(&den, 1);
        if (!r)
            r = pow10_times(k >= 0 ? &num : &den, k >= 0 ? k : -k);
        if (!r) {
            x = nearest(&num, &den, &q, &rem);
            if (isinf(x) || x == 0)
                errno = ERANGE;
        }
        mp_clear_multi(&num, &den, &q, &rem, NULL);
    }
done:
    if (end)
        *end = (char *)p;
    return neg ? -x : x;
}

/* ---- snprintf and friends ------------------------------------------------
 *
 * In place of musl's printf (its printf_core, fmt_fp, the FILE machinery
 * under vsnprintf, long double arguments): the same output for what the
 * module formats.  Conversions d i u x X o c s p % e E f F g G, flags
 * - + space 0 #, width and precision (numbers or *), lengths hh h l ll j z
 * t.  Not read: %a, %n, %lc/%ls, L, positional arguments ("%1$d"); they
 * give -1, as an invalid format does.  Floats are rounded exactly, half
 * to even (their exact decimal expansion is computed, as musl does).
 * %p is musl's: %#x, with at least 8 digits if a precision is given. */
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>

typedef struct sink {
    char *s;
    size_t cap, len;
} sink;

static void out(sink *o, const char *p, size_t n)
{
    for (; n; n--, p++, o->len++)
        if (o->len + 1 < o->cap)
            o->s[o->len] = *p;
}

static void pad(sink *o, char c, long n)
{
    while (n-- > 0)
        out(o, &c, 1);
}

enum { LEFT = 1, PLUS = 2, SPACE = 4, ZERO = 8, ALT = 16 };

/* A field: [spaces] prefix [zeros] body-of-n-chars [spaces] for width w,
 * the body written by put(o, arg) (NULL: body is the n bytes at arg). */
typedef struct field {
    const char *pre;
    int pl, zeros;
    long n;
} field;

static void field_open(sink *o, field *f, int w, int fl)
{
    long l = f->pl + f->zeros + f->n;
    if (!(fl & (LEFT | ZERO)))
        pad(o, ' ', w - l);
    out(o, f->pre, (size_t)f->pl);
    if (fl & ZERO)
        pad(o, '0', w - l);
    pad(o, '0', f->zeros);
}

static void field_close(sink *o, field *f, int w, int fl)
{
    if (fl & LEFT)
        pad(o, ' ', w - (f->pl + f->zeros + f->n));
}

/* The exact decimal digits of x (finite, > 0) into dig (at most 800), no
 * leading zero; returns their count, and in *pt where the point goes:
 * x = 0.DIGITS * 10**pt. */
static int exact_digits(double x, char *dig, int *pt)
{
    int e2;
    uint64_t m = (uint64_t)ldexp(frexp(x, &e2), 53);
    e2 -= 53;
    while (!(m & 1)) {
        m >>= 1;
        e2++;
    }
    uint32_t big[96]; /* base 10**9, least significant first */
    int n = 0, frac = e2 < 0 ? -e2 : 0;
    for (; m; m /= 1000000000)
        big[n++] = (uint32_t)(m % 1000000000);
    for (int left = e2 < 0 ? -e2 : e2; left > 0;) {
        /* times 2**29 (or 5**13 below the point: x = m * 5**k / 10**k) */
        int k = e2 > 0 ? (left < 29 ? left : 29) : (left < 13 ? left : 13);
        uint64_t mul = 1, carry = 0;
        for (int i = 0; i < k; i++)
            mul *= e2 > 0 ? 2 : 5;
        for (int i = 0; i < n; i++) {
            uint64_t t = big[i] * mul + carry;
            big[i] = (uint32_t)(t % 1000000000);
            carry = t / 1000000000;
        }
        for (; carry; carry /= 1000000000)
            big[n++] = (uint32_t)(carry % 1000000000);
        left -= k;
    }
    int len = 0;
    for (int i = n - 1; i >= 0; i--)
        for (uint32_t d = 100000000; d; d /= 10)
            if (len || big[i] / d % 10 || d == 1)
                dig[len++] = (char)('0' + big[i] / d % 10);
    /* the lowest limb is nonzero, so the last digits may be zeros only
     * below the point's reach; strip trailing zeros */
    *pt = len - frac;
    while (len > 1 && dig[len - 1] == '0')
        len--;
    return len;
}

/* Rounds the digits to keep of them (keep may be <= 0), half to even;
 * returns the new count (0: the value rounded to zero at that place). */
static int round_digits(char *dig, int len, int keep, int *pt)
{
    if (keep >= len)
        return len;
    if (keep < 0)
        return 0;
    char next = dig[keep];
    int up = next > '5';
    if (next == '5') {
        up = keep > 0 ? (dig[keep - 1] - '0') & 1 : 0;
        for (int i = keep + 1; i < len; i++)
            if (dig[i] != '0')
                up = 1;
    }
    len = keep;
    if (up) {
        while (len > 0 && dig[len - 1] == '9')
            len--;
        if (len == 0) {
            dig[0] = '1';
            len = 1;
            (*pt)++;
        } else
            dig[len - 1]++;
    }
    while (len > 0 && dig[len - 1] == '0')
        len--;
    return len;
}

/* digit i of 0.DIGITS (0 past the end) */
static void put_digits(sink *o, const char *dig, int len, int from, int to)
{
    for (int i = from; i < to; i++)
        out(o, i >= 0 && i < len ? &dig[i] : "0", 1);
}

static void fmt_float(sink *o, double x, int w, int p, int fl, int t)
{
    field f = {"-", 0, 0, 0};
    int upper = !(t & 32);
    if (signbit(x)) {
        x = -x;
        f.pl = 1;
    } else if (fl & (PLUS | SPACE)) {
        f.pre = fl & PLUS ? "+" : " ";
        f.pl = 1;
    }
    if (!isfinite(x)) {
        f.n = 3;
        fl &= ~ZERO;
        field_open(o, &f, w, fl);
        out(o, x != x ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf"), 3);
        field_close(o, &f, w, fl);
        return;
    }
    if (p < 0)
        p = 6;
    char dig[800];
    int pt = 1, len = x ? exact_digits(x, dig, &pt) : 0;
    t |= 32;
    if (t == 'g') {
        if (!p)
            p = 1;
        len = round_digits(dig, len, p, &pt);
        int e = len ? pt - 1 : 0;
        if (p > e && e >= -4) {
            t = 'f';
            p -= e + 1;
        } else {
            t = 'e';
            p--;
        }
        if (!(fl & ALT)) { /* no trailing zeros */
            int have = t == 'f' ? len - pt : len - 1;
            if (p > have)
                p = have > 0 ? have : 0;
        }
    }
    int dot = p || (fl & ALT);
    char ebuf[8];
    int el = 0;
    if (t == 'e') {
        len = round_digits(dig, len, p + 1, &pt);
        int e = len ? pt - 1 : 0;
        ebuf[el++] = upper ? 'E' : 'e';
        ebuf[el++] = e < 0 ? '-' : '+';
        if (e < 0)
            e = -e;
        if (e >= 100)
            ebuf[el++] = (char)('0' + e / 100);
        ebuf[el++] = (char)('0' + e / 10 % 10);
        ebuf[el++] = (char)('0' + e % 10);
        f.n = 1 + dot + p + el;
        field_open(o, &f, w, fl);
        put_digits(o, dig, len, 0, 1);
        out(o, ".", (size_t)dot);
        put_digits(o, dig, len, 1, 1 + p);
        out(o, ebuf, (size_t)el);
    } else {
        len = round_digits(dig, len, pt + p, &pt);
        if (!len)
            pt = 1;
        int ip = pt > 0 ? pt : 1; /* integer digits */
        f.n = ip + dot + p;
        field_open(o, &f, w, fl);
        put_digits(o, dig, len, pt - ip, pt);
        out(o, ".", (size_t)dot);
        put_digits(o, dig, len, pt, pt + p);
    }
    field_close(o, &f, w, fl);
}

static int num_arg(const char **s, va_list *ap, int *neg)
{
    if (**s == '*') {
        (*s)++;
        int v = va_arg(*ap, int);
        *neg = v < 0;
        return v;
    }
    int v = 0;
    for (; **s >= '0' && **s <= '9'; (*s)++)
        v = v * 10 + (**s - '0');
    *neg = 0;
    return v;
}

static int core(sink *o, const char *s, va_list ap0)
{
    va_list ap;
    va_copy(ap, ap0);
    for (; *s; s++) {
        if (*s != '%' || s[1] == '%') {
            out(o, s, 1);
            s += *s == '%';
            continue;
        }
        s++;
        int fl = 0, neg;
        for (const char *q; *s && (q = strchr("-+ 0#", *s)); s++)
            fl |= 1 << (q - "-+ 0#");
        int w = num_arg(&s, &ap, &neg), p = -1, xp = 0;
        if (neg) {
            fl |= LEFT;
            w = -w;
        }
        if (*s == '.') {
            s++;
            p = num_arg(&s, &ap, &neg);
            xp = !neg;
            if (neg)
                p = -1;
        }
        if (fl & LEFT)
            fl &= ~ZERO;
        int size = 0; /* h: -1, hh: -2, l: 1, ll/j: 2, z/t: 3 */
        for (;; s++) {
            if (*s == 'h')
                size = size < 0 ? -2 : -1;
            else if (*s == 'l' || *s == 'j')
                size = size == 1 || *s == 'j' ? 2 : 1;
            else if (*s == 'z' || *s == 't')
                size = 3;
            else
                break;
        }
        int t = *s;
        field f = {"", 0, 0, 0};
        char buf[24], *z = buf + sizeof buf, *a = z;
        uint64_t u = 0;
        switch (t) {
        case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
            fmt_float(o, va_arg(ap, double), w, p, fl, t);
            continue;
        case 'c':
            *--a = (char)va_arg(ap, int);
            p = -1;
            fl &= ~ZERO;
            break;
        case 's':
            a = va_arg(ap, char *);
            if (!a)
                a = "(null)";
            z = a + strnlen(a, p < 0 ? (size_t)-1 / 2 : (size_t)p);
            p = -1;
            fl &= ~ZERO;
            break;
        case 'p':
            u = (uintptr_t)va_arg(ap, void *);
            if (p >= 0 && p < (int)(2 * sizeof(void *))) /* musl's MAX(p, 8) compares */
                p = 2 * sizeof(void *);                   /* unsigned: -1 stays -1 */
            t = 'x';
            fl |= ALT;
            goto digits;
        case 'd': case 'i': {
            int64_t v = size == 2 ? va_arg(ap, long long) : size == 1 ? va_arg(ap, long)
                : size == 3 ? (int64_t)va_arg(ap, ptrdiff_t) : va_arg(ap, int);
            if (size == -1)
                v = (short)v;
            if (size == -2)
                v = (signed char)v;
            u = v < 0 ? -(uint64_t)v : (uint64_t)v;
            f.pre = v < 0 ? "-" : fl & PLUS ? "+" : " ";
            f.pl = v < 0 || (fl & (PLUS | SPACE));
            goto digits;
        }
        case 'u': case 'x': case 'X': case 'o':
            u = size == 2 ? va_arg(ap, unsigned long long) : size == 1 ? va_arg(ap, unsigned long)
                : size == 3 ? va_arg(ap, size_t) : va_arg(ap, unsigned);
            if (size == -1)
                u = (unsigned short)u;
            if (size == -2)
                u = (unsigned char)u;
        digits: {
            unsigned base = t == 'o' ? 8 : (t | 32) == 'x' ? 16 : 10;
            for (uint64_t v = u; v; v /= base)
                *--a = (char)("0123456789abcdef"[v % base] ^ (t == 'X' && v % base > 9 ? 32 : 0));
            if ((t | 32) == 'x' && u && (fl & ALT)) {
                f.pre = t == 'X' ? "0X" : "0x";
                f.pl = 2;
            }
            if (t == 'o' && (fl & ALT) && p < z - a + 1)
                p = (int)(z - a + 1);
            if (xp)
                fl &= ~ZERO;
            if (!u && !p)
                a = z;
            else if (p < z - a + !u)
                p = (int)(z - a + !u);
            break;
        }
        default:
            va_end(ap);
            return -1;
        }
        f.n = z - a;
        f.zeros = p > f.n ? p - (int)f.n : 0;
        field_open(o, &f, w, fl);
        out(o, a, (size_t)f.n);
        field_close(o, &f, w, fl);
    }
    va_end(ap);
    return 0;
}

int WASM_LIBC(vsnprintf)(char *restrict s, size_t n, const char *restrict fmt, va_list ap)
{
    sink o = {s, n, 0};
    int r = core(&o, fmt, ap);
    if (n)
        s[o.len < n ? o.len : n - 1] = '\0';
    return r < 0 ? r : (int)o.len;
}

int WASM_LIBC(snprintf)(char *restrict s, size_t n, const char *restrict fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int r = WASM_LIBC(vsnprintf)(s, n, fmt, ap);
    va_end(ap);
    return r;
}

/* sprintf; the compiler's names for it when the format has no float
 * (siprintf) or no long double (__small_sprintf) are the same here. */
int WASM_LIBC(sprintf)(char *restrict s, const char *restrict fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int r = WASM_LIBC(vsnprintf)(s, (size_t)-1 / 2, fmt, ap);
    va_end(ap);
    return r;
}

int WASM_LIBC(fprintf)(FILE *restrict f, const char *restrict fmt, ...)
{
    char small[256], *b = small;
    va_list ap;
    va_start(ap, fmt);
    int n = WASM_LIBC(vsnprintf)(small, sizeof small, fmt, ap);
    va_end(ap);
    if (n >= (int)sizeof small && (b = malloc((size_t)n + 1))) {
        va_start(ap, fmt);
        WASM_LIBC(vsnprintf)(b, (size_t)n + 1, fmt, ap);
        va_end(ap);
    }
    if (n > 0)
        fwrite(b, 1, b == small && n >= (int)sizeof small ? sizeof small - 1 : (size_t)n, f);
    if (b != small)
        free(b);
    return n;
}

#ifndef WASM_LIBC_TEST
int siprintf(char *restrict s, const char *restrict fmt, ...) __attribute__((alias("sprintf")));
int __small_sprintf(char *restrict s, const char *restrict fmt, ...) __attribute__((alias("sprintf")));
int fiprintf(FILE *restrict f, const char *restrict fmt, ...) __attribute__((alias("fprintf")));
#endif

/* memmem by its first byte (memchr) and memcmp: musl's two-way search
 * is 1.4 KB of code.  Quadratic at worst (a long, periodic needle), as
 * CPython's own str.find is for needles under 100 characters. */
void *WASM_LIBC(memmem)(const void *h, size_t hl, const void *n, size_t nl)
{
    const char *p = h, *end = p + hl;
    if (!nl)
        return (void *)p;
    for (; (size_t)(end - p) >= nl && (p = memchr(p, *(const char *)n, (size_t)(end - p) - nl + 1)); p++)
        if (!memcmp(p, n, nl))
            return (void *)p;
    return NULL;
}

/* strstr as memmem: musl has a two-way search of its own for each. */
char *WASM_LIBC(strstr)(const char *h, const char *n)
{
    return WASM_LIBC(memmem)(h, strlen(h), n, strlen(n));
}

/* qsort as a heapsort: musl's smoothsort is three times the code, and the
 * module sorts only gc.c's nodes, whose keys are all different (so any
 * correct sort gives the same order). */
static void swap_bytes(char *a, char *b, size_t w)
{
    for (; w; w--, a++, b++) {
        char t = *a;
        *a = *b;
        *b = t;
    }
}

void WASM_LIBC(qsort)(void *base, size_t n, size_t w, int (*cmp)(const void *, const void *))
{
    char *b = base;
    if (n < 2)
        return;
    /* first make a heap (the largest on top), then move the top to the end */
    for (size_t i = n / 2, end = n;;) {
        if (i > 0)
            i--;
        else if (--end > 0)
            swap_bytes(b, b + end * w, w);
        else
            break;
        for (size_t r = i, c; (c = 2 * r + 1) < end; r = c) {
            if (c + 1 < end && cmp(b + c * w, b + (c + 1) * w) < 0)
                c++;
            if (cmp(b + r * w, b + c * w) >= 0)
                break;
            swap_bytes(b + r * w, b + c * w, w);
        }
    }
}

/* cbrt as glibc computes it (sysdeps/ieee754/dbl-64/s_cbrt.c: a
 * polynomial guess of the root of the mantissa in [0.5, 1), one step of
 * Halley's iteration, then the exponent's third), so that math.cbrt(27)
 * is CPython's 3.0000000000000004 on Linux and not musl's correctly
 * rounded 3.0. */
double WASM_LIBC(cbrt)(double x)
{
    static const double factor[5] = {
        1.0 / 1.5874010519681994748, 1.0 / 1.2599210498948731648, 1.0, 1.2599210498948731648, 1.5874010519681994748
    };
    int xe;
    double xm = frexp(fabs(x), &xe);
    if (x == 0.0 || !isfinite(x)) return x + x;
    double u = 0.354895765043919860
        + (1.50819193781584896 + (-2.11499494167371287 + (2.44693122563534430 + (-1.83469277483613086
        + (0.784932344976639262 - 0.145263899385486377 * xm) * xm) * xm) * xm) * xm) * xm;
    double t2 = u * u * u;
    double ym = u * (t2 + 2.0 * xm) / (2.0 * t2 + xm) * factor[2 + xe % 3];
    return ldexp(x > 0.0 ? ym : -ym, xe / 3);
}

/* log10 as glibc computes it (sysdeps/ieee754/dbl-64/e_log10.c, fdlibm's:
 * x = 2**k * m with m in [sqrt(2)/2, sqrt(2)), then
 * k*log10(2) in two parts plus log(m)/ln(10), through log()), where
 * musl's (FreeBSD's k_log.h) gives another last digit for about 7% of
 * arguments: math.log10(x) printed other digits than CPython's on Linux. */
double WASM_LIBC(log10)(double x)
{
    static const double two54 = 1.80143985094819840000e+16, ivln10 = 4.34294481903251816668e-01,
                        log10_2hi = 3.01029995663611771306e-01, log10_2lo = 3.69423907715893078616e-13;
    union { double d; uint64_t u; } v = { x };
    int32_t hx = (int32_t)(v.u >> 32);
    int32_t k = 0;
    if (hx < 0x00100000) { /* x < 2**-1022 */
        if ((v.u & 0x7fffffffffffffffull) == 0) return -two54 / fabs(x); /* -inf */
        if (hx < 0) return (x - x) / (x - x); /* NaN */
        k -= 54; /* subnormal: scaled up */
        v.d = x * two54;
        hx = (int32_t)(v.u >> 32);
    }
    if (hx >= 0x7ff00000) return x + x;
    k += (hx >> 20) - 1023;
    int32_t i = (int32_t)(((uint32_t)k & 0x80000000u) >> 31);
    hx = (hx & 0x000fffff) | ((0x3ff - i) << 20);
    double y = (double)(k + i);
    v.u = ((uint64_t)(uint32_t)hx << 32) | (v.u & 0xffffffffu);
    double z = y * log10_2lo + ivln10 * log(v.d);
    return z + y * log10_2hi;
}

/* hypot as glibc computes it (sysdeps/ieee754/dbl-64/e_hypot.c since 2.35,
 * after Borges' "An Improved Algorithm for hypot(a,b)": sqrt(ax*ax + ay*ay)
 * and one correction step, with scaling near the ends of the range),
 * where musl's gives another last digit for about 7% of arguments:
 * abs() of a complex number, and through it complex powers and cmath,
 * printed other digits than CPython's on Linux. */
static double hypot_kernel(double ax, double ay)
{
    double h = sqrt(ax * ax + ay * ay), t1, t2;
    if (h <= 2.0 * ay) {
        double delta = h - ay;
        t1 = ax * (2.0 * delta - ax);
        t2 = (delta - 2.0 * (ax - ay)) * delta;
    } else {
        double delta = h - ax;
        t1 = 2.0 * delta * (ax - 2.0 * ay);
        t2 = (4.0 * delta - ay) * ay + delta * delta;
    }
    return h - (t1 + t2) / (2.0 * h);
}

double WASM_LIBC(hypot)(double x, double y)
{
    static const double scale = 0x1p-600, large = 0x1p+511, tiny = 0x1p-459, eps = 0x1p-54;
    if (!isfinite(x) || !isfinite(y)) return isinf(x) || isinf(y) ? INFINITY : x + y;
    x = fabs(x);
    y = fabs(y);
    double ax = x < y ? y : x, ay = x < y ? x : y;
    if (ax > large) return ay <= ax * eps ? ax + ay : hypot_kernel(ax * scale, ay * scale) / scale;
    if (ay < tiny) return ax >= ay / eps ? ax + ay : hypot_kernel(ax / scale, ay / scale) * scale;
    return ay <= ax * eps ? ax + ay : hypot_kernel(ax, ay);
}
