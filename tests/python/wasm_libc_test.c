/*
 * wasm_libc_test.c -- python/tools/wasm_libc.c's strtod, snprintf,
 * memmem, strstr and qsort against the C library's (and its cbrt,
 * log10 and hypot against glibc's, natively): natively against
 * glibc's, and built with emcc against musl's (the ones they replace in
 * the interpreter's wasm module).
 * Both libraries round exactly, so strtod must give the same double (same
 * bits) with the same end, and snprintf the same text and count, for
 * random formats (flags, widths, precisions, lengths, conversions) and
 * values.  %p is compared in wasm only (glibc prints it otherwise), and
 * so is %#g (glibc drops its zeros when rounding adds a digit).
 * Hexadecimal floats, which no caller in the module passes, are not read
 * by ours: they are not tested.
 *
 *   wasm_libc_test [N]     N random cases of each kind (default 200000)
 *
 * Prints the first mismatches and "ok: <count> inputs" or exits 1.
 */
#include <float.h>
#include <stdarg.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define WASM_LIBC(name) test_##name
#define WASM_LIBC_TEST
#include "../../python/tools/wasm_libc.c"

void *num__mp_malloc(size_t size) { return malloc(size); }
void *num__mp_realloc(void *mem, size_t oldsize, size_t newsize) { (void)oldsize; return realloc(mem, newsize); }
void *num__mp_calloc(size_t nmemb, size_t size) { return calloc(nmemb, size); }
void num__mp_free(void *mem, size_t size) { (void)size; free(mem); }

static uint64_t rng = 88172645463325252ull;
static uint64_t next(void)
{
    rng ^= rng << 13;
    rng ^= rng >> 7;
    rng ^= rng << 17;
    return rng;
}

static long count, bad;

static void check(const char *s)
{
    char *e1, *e2;
    double a = strtod(s, &e1), b = test_strtod(s, &e2);
    uint64_t ua, ub;
    memcpy(&ua, &a, 8);
    memcpy(&ub, &b, 8);
    count++;
    if ((ua != ub && !(isnan(a) && isnan(b))) || e1 != e2) {
        if (bad++ < 20)
            printf("MISMATCH %.120s: libc %.17g end %d, ours %.17g end %d\n", s, a, (int)(e1 - s), b, (int)(e2 - s));
    }
}

static void check_fmt(const char *fmt, ...)
{
    char a[4096], b[4096];
    va_list ap, aq;
    va_start(ap, fmt);
    va_copy(aq, ap);
    int na = vsnprintf(a, sizeof a, fmt, ap);
    int nb = test_vsnprintf(b, sizeof b, fmt, aq);
    va_end(aq);
    va_end(ap);
#ifndef __EMSCRIPTEN__
    /* glibc drops %#g's zeros when rounding carries into a new digit
     * ("%#g" of 999999.5 is "1.e+06"); musl, and C, keep them */
    size_t fl = strlen(fmt);
    if (strchr(fmt, '#') && (fmt[fl - 1] | 32) == 'g')
        return;
#endif
    count++;
    if (na != nb || strcmp(a, b)) {
        if (bad++ < 20)
            printf("MISMATCH format \"%s\": libc %d \"%.200s\", ours %d \"%.200s\"\n", fmt, na, a, nb, b);
    }
}

typedef struct item {
    uint64_t key;
    char pad[5];
} item;

static int by_key(const void *a, const void *b)
{
    uint64_t x = ((const item *)a)->key, y = ((const item *)b)->key;
    return x < y ? -1 : x > y;
}

static double random_double(void)
{
    for (;;) {
        uint64_t u = next();
        double d;
        memcpy(&d, &u, 8);
        if (isfinite(d))
            return d;
    }
}

int main(int argc, char **argv)
{
    long n = argc > 1 ? atol(argv[1]) : 200000;
    static const char *fixed[] = {
        "0", "-0", "+0.0e0", "1", "-1", "1e400", "-1e400", "1e-400", "1e309", "1e308", "1.7976931348623157e308",
        "1.7976931348623158e308", "1.7976931348623159e308", "1.797693134862315807e308", "4.9406564584124654e-324",
        "2.4703282292062327e-324", "2.4703282292062328e-324", "2.4703282292062327208828e-324", "5e-324", "3e-324",
        "2.2250738585072011e-308", "2.2250738585072012e-308", "2.2250738585072014e-308", "9007199254740993",
        "9007199254740992.5", "9007199254740993.0000000000000000000001", "123456789012345678901234567890",
        "0.1", ".5", "5.", ".", "-", "+", "", " ", "e5", ".e5", "1e", "1e+", "1.5e-", "1.5E+3x", "  \t\n12.5",
        "inf", "-inf", "INF", "Infinity", "-infinity", "infin", "nan", "-nan", "NaN", "nan(123)", "nan(1_a)x", "nan(1", "nan()", "nan(-)", "1_000",
        "00000000000000000000000000000001e-5", "0.000000000000000000000000000000000000000000001",
        "1e99999999999999", "1e-99999999999999", "0e99999999", "1.2.3", "--1", "+-1", "1e0000000000000000000000001",
        "8.98846567431158e307", "3.4028236692093846346e38", "1.00000000000000011102230246251565404236316680908203125",
        "1.00000000000000011102230246251565404236316680908203124", "1.00000000000000011102230246251565404236316680908203126",
    };
    for (size_t i = 0; i < sizeof fixed / sizeof *fixed; i++)
        check(fixed[i]);
    char buf[2000];
    /* snprintf: fixed cases, then random formats */
    check_fmt("plain %% text %s|%5s|%-5s|%.2s|%c|%5c|%-3c|", "abc", "ab", "ab", "abc", 'x', 'y', 'z');
    check_fmt("%d %i %u %x %X %o %ld %lld %zu %hhd %hd %jd", -5, 7, 3000000000u, 255, 255, 8, -9L, -(1LL << 40), (size_t)7, 300, 70000, (long long)-1);
    check_fmt("%e %f %g %E %F %G", 0.0, -0.0, 1e-5, INFINITY, -INFINITY, NAN);
    check_fmt("%.0f %.0f %.0f %.0f %.1f %.2f %.3e %g %g %g", 0.5, 1.5, 2.5, -0.5, 0.25, 0.125, 1.0005, 100000.0, 1000000.0, 1e-4);
    check_fmt("%#g %#.0f %#.0e %#x %#o %#.0o %.0d %.0x|%5.0d|", 1.0, 2.0, 3.0, 0, 0, 0, 0, 0, 0);
    check_fmt("%.17g %.17e %.20f %.300f", 0.1, DBL_MAX, DBL_MIN, 5e-324);
    check_fmt("%.1000f|%.800e|%g|%g", 5e-324, 5e-324, DBL_MAX, 5e-324);
    check_fmt("%*d|%-*d|%.*f|%.*f|%*.*e", 6, 42, -6, 42, 3, 1.0, -3, 1.0, 12, 2, 3.14159);
    check_fmt("%1.15g %1.17g %.14g %.15g %.16g", 0.1, 0.1, 1.0 / 3, 2.0 / 3, 1e21);
#ifdef __EMSCRIPTEN__
    check_fmt("%p %p %10p %-12p|%.3p|%.0p|%.10p", (void *)0, (void *)0x1234, (void *)0xab, (void *)1, (void *)0x12,
              (void *)0, (void *)0x5);
#endif
    for (long i = 0; i < n; i++) {
        char f[64];
        int k = 0;
        f[k++] = '%';
        for (int j = 0, nf = (int)(next() % 4); j < nf; j++)
            f[k++] = "-+ 0#"[next() % 5];
        int wstar = 0, pstar = 0, wv = (int)(next() % 60) - 25, pv = (int)(next() % 60) - 20;
        switch (next() % 4) {
        case 0: break;
        case 1: k += sprintf(f + k, "%d", (int)(next() % 30)); break;
        default: f[k++] = '*'; wstar = 1;
        }
        switch (next() % 4) {
        case 0: break;
        case 1: f[k++] = '.'; break;
        case 2: k += sprintf(f + k, ".%d", (int)(next() % 40)); break;
        default: f[k++] = '.'; f[k++] = '*'; pstar = 1;
        }
        int kind = (int)(next() % 4);
        if (kind == 0) { /* an integer */
            static const char *lens[] = {"", "", "hh", "h", "l", "ll", "z", "j"};
            static const char convs[] = "diuxXo";
            const char *len = lens[next() % 8];
            char c = convs[next() % 6];
            k += sprintf(f + k, "%s%c", len, c);
            long long v = (long long)next() >> (next() % 64);
            if (next() % 4 == 0)
                v = (long long)(next() % 3) - 1;
            int ll = !strcmp(len, "ll") || !strcmp(len, "j");
            if (wstar && pstar)
                ll ? check_fmt(f, wv, pv, v) : check_fmt(f, wv, pv, (int)v);
            else if (wstar || pstar)
                ll ? check_fmt(f, wstar ? wv : pv, v) : check_fmt(f, wstar ? wv : pv, (int)v);
            else
                ll ? check_fmt(f, v) : check_fmt(f, (int)v);
        } else if (kind == 1) { /* a string or a char */
            char c = next() % 2 ? 's' : 'c';
            f[k++] = c;
            f[k] = 0;
            const char *str = (const char *[]){"", "a", "hello", "a longer string here"}[next() % 4];
            if (c == 's')
                wstar && pstar ? check_fmt(f, wv, pv, str) : wstar || pstar ? check_fmt(f, wstar ? wv : pv, str) : check_fmt(f, str);
            else
                wstar && pstar ? check_fmt(f, wv, pv, 'q') : wstar || pstar ? check_fmt(f, wstar ? wv : pv, 'q') : check_fmt(f, 'q');
        } else { /* a double */
            f[k++] = "eEfFgG"[next() % 6];
            f[k] = 0;
            double d = random_double();
            switch (next() % 5) {
            case 0: d = ldexp((double)(next() >> 11), (int)(next() % 120) - 90); break;
            case 1: d = (double)(int)(next() % 2000) / 8.0 - 100; break;
            case 2: d = (double[]){0.0, -0.0, INFINITY, -INFINITY, NAN, 0.5, 9.5, 0.05, 999999.5}[next() % 9]; break;
            default: break;
            }
            wstar && pstar ? check_fmt(f, wv, pv, d) : wstar || pstar ? check_fmt(f, wstar ? wv : pv, d) : check_fmt(f, d);
        }
    }
    /* qsort: arrays of distinct keys, of every size up to 300 */
    for (long i = 0; i < n / 100 + 300; i++) {
        static item a[300], b[300];
        size_t len = (size_t)(i % 300);
        for (size_t j = 0; j < len; j++) {
            a[j].key = next() % 1000000 * 1000 + j; /* distinct */
            memset(a[j].pad, (int)j, sizeof a[j].pad);
        }
        memcpy(b, a, sizeof a);
        qsort(a, len, sizeof *a, by_key);
        test_qsort(b, len, sizeof *b, by_key);
        count++;
        if (memcmp(a, b, len * sizeof *a) && bad++ < 20)
            printf("MISMATCH qsort of %zu items\n", len);
    }
    /* strstr and memmem: random haystacks and needles over a small alphabet */
    for (long i = 0; i < n; i++) {
        char h[40], nd[8];
        int hl = (int)(next() % 40), nl = (int)(next() % 8);
        for (int j = 0; j < hl; j++)
            h[j] = "ab"[next() % 2];
        h[hl] = 0;
        for (int j = 0; j < nl; j++)
            nd[j] = "ab"[next() % 2];
        nd[nl] = 0;
        count++;
        if (strstr(h, nd) != test_strstr(h, nd) && bad++ < 20)
            printf("MISMATCH strstr(\"%s\", \"%s\")\n", h, nd);
        size_t from = hl ? next() % (size_t)hl : 0, len = hl - from;
        count++;
        if (memmem(h + from, len, nd, nl) != test_memmem(h + from, len, nd, nl) && bad++ < 20)
            printf("MISMATCH memmem(\"%s\" + %zu, \"%s\")\n", h, from, nd);
    }
    for (long i = 0; i < n; i++) {
        /* a double's shortest, 15, 16, 17 digits and others, as repr does */
        double d = random_double();
        static const int precs[] = {14, 15, 16, 17, 0, 1, 5, 20, 25};
        for (size_t j = 0; j < sizeof precs / sizeof *precs; j++) {
            snprintf(buf, sizeof buf, "%.*e", precs[j], d);
            check(buf);
        }
        snprintf(buf, sizeof buf, "%.17g", d);
        check(buf);
        /* doubles of every size near 1 */
        double m = ldexp((double)(next() >> 11), (int)(next() % 120) - 113);
        snprintf(buf, sizeof buf, "%.*f", (int)(next() % 25), m);
        check(buf);
        snprintf(buf, sizeof buf, "%.16e", m);
        check(buf);
        /* random digits, point and exponent */
        int len = 1 + (int)(next() % 40);
        int k = 0;
        if (next() % 2)
            buf[k++] = '-';
        int pt = (int)(next() % (len + 2));
        for (int j = 0; j < len; j++) {
            if (j == pt)
                buf[k++] = '.';
            buf[k++] = (char)('0' + next() % 10);
        }
        k += sprintf(buf + k, "e%d", (int)(next() % 720) - 360);
        check(buf);
        /* long ones: up to 1100 digits, near halfway points */
        if (i % 20 == 0) {
            len = 1 + (int)(next() % 1100);
            k = 0;
            for (int j = 0; j < len; j++)
                buf[k++] = (char)('0' + (j == 0 ? 1 + next() % 9 : next() % 10));
            sprintf(buf + k, "e%d", (int)(next() % 700) - 350 - len);
            check(buf);
        }
#if LDBL_MANT_DIG > 53 && !defined(__EMSCRIPTEN__)
        /* exact halfway points between neighbouring doubles, and just off */
        double lo = fabs(random_double()), hi = nextafter(lo, INFINITY);
        if (isfinite(hi)) {
            long double mid = ((long double)lo + (long double)hi) / 2;
            snprintf(buf, sizeof buf, "%.800Le", mid);
            check(buf);
            char *ep = strchr(buf, 'e');
            char *lastd = ep - 1;
            while (*lastd == '0' && lastd[-1] != '.')
                lastd--;
            char save = *lastd;
            if (*lastd > '0') {
                (*lastd)--;
                check(buf);
            }
            *lastd = save;
            memmove(lastd + 2, lastd + 1, strlen(lastd + 1) + 1);
            lastd[1] = '1';
            check(buf);
        }
#endif
    }
#ifndef __EMSCRIPTEN__
    /* cbrt and log10 as glibc's, bit for bit (natively only: musl's differ) */
    for (long i = 0; i < n; i++) {
        double d = i % 3 ? fabs(random_double()) : ldexp((double)(next() >> 11), (int)(next() % 200) - 150);
        if (i % 97 == 0) d = (double)(next() % 100000);
        count += 2;
        if (memcmp(&(double){test_log10(d)}, &(double){log10(d)}, sizeof d) && bad++ < 20)
            printf("MISMATCH log10(%.17g): %.17g, glibc %.17g\n", d, test_log10(d), log10(d));
        if (memcmp(&(double){test_cbrt(d)}, &(double){cbrt(d)}, sizeof d) && bad++ < 20)
            printf("MISMATCH cbrt(%.17g): %.17g, glibc %.17g\n", d, test_cbrt(d), cbrt(d));
        /* hypot: any two doubles, two of a size, and pairs near its scaling thresholds (2**-459, 2**511) */
        double e = random_double();
        if (i % 4 == 1) e = d * ((double)(next() >> 11) / 9007199254740992.0);
        if (i % 4 == 2) {
            int at = next() % 2 ? -470 + (int)(next() % 30) : 495 + (int)(next() % 30);
            d = ldexp(1 + (double)(next() >> 11) / 9007199254740992.0, at);
            e = ldexp(1 + (double)(next() >> 11) / 9007199254740992.0, at - (int)(next() % 8));
        }
        double h1 = test_hypot(d, e), h2 = hypot(d, e);
        count++;
        if (memcmp(&h1, &h2, sizeof h1) && !(isnan(h1) && isnan(h2)) && bad++ < 20)
            printf("MISMATCH hypot(%.17g, %.17g): %.17g, glibc %.17g\n", d, e, h1, h2);
    }
    static const double special[] = { 0.0, -0.0, -1.0, 1.0, 10.0, 1e-310, 5e-324, 1e308, INFINITY, -INFINITY, NAN };
    for (size_t i = 0; i < sizeof special / sizeof *special; i++) {
        double d = special[i], a = test_log10(d), b = log10(d);
        count++;
        if (!(a == b || (isnan(a) && isnan(b))) && bad++ < 20)
            printf("MISMATCH log10(%.17g): %.17g, glibc %.17g\n", d, a, b);
    }
#endif
    if (bad) {
        printf("%ld of %ld inputs differ\n", bad, count);
        return 1;
    }
    printf("ok: %ld inputs\n", count);
    return 0;
}
