/*
 * strftime_test.c -- python/strftime.c's py__strftime against glibc's
 * strftime (the one CPython's time.strftime calls on Linux), in the C
 * locale, for random formats (flags, widths, modifiers, every conversion
 * letter and some that are none) and random dates in the ranges
 * time.strftime accepts (years from -10**9 to 10**9, isdst -1 to 1, any
 * offset and zone name).
 *
 *   strftime_test [N]     N random cases (default 300000)
 *
 * Prints the first mismatches and "ok: N formats" or exits 1.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "../../python/strftime.c"

static uint64_t rng = 88172645463325252ull;
static uint64_t next(void) {
    rng ^= rng << 13;
    rng ^= rng >> 7;
    rng ^= rng << 17;
    return rng;
}
static int pick(int n) { return (int)(next() % (uint64_t)n); }

static int64_t local_mktime(const py_tm *tp) {
    struct tm t = { 0 };
    t.tm_year = tp->year, t.tm_mon = tp->mon, t.tm_mday = tp->mday, t.tm_hour = tp->hour;
    t.tm_min = tp->min, t.tm_sec = tp->sec, t.tm_isdst = tp->isdst;
    return (int64_t)mktime(&t);
}

int main(int argc, char **argv) {
    long n = argc > 1 ? atol(argv[1]) : 300000;
    static const char conv[] = "aAbBcCdDeFgGhHIjklmMnpPrRsStTuUVwWxXyYzZ%+QEO";
    static const char *const zones[] = { NULL, "", "EST", "CEST", "GMT", "+0530" };
    tzset();
    int bad = 0;
    for (long i = 0; i < n && bad < 10; i++) {
        char fmt[64];
        size_t k = 0;
        int parts = 1 + pick(4);
        for (int j = 0; j < parts; j++) {
            if (pick(4) == 0) fmt[k++] = 'x';
            fmt[k++] = '%';
            while (pick(3) == 0) fmt[k++] = "_-0^#"[pick(5)];
            if (pick(3) == 0) k += (size_t)sprintf(fmt + k, "%d", pick(3) ? pick(12) : pick(40));
            if (pick(5) == 0) fmt[k++] = pick(2) ? 'E' : 'O';
            if (pick(40)) fmt[k++] = conv[pick((int)sizeof conv - 1)];
        }
        fmt[k] = 0;
        struct tm t = { 0 };
        int yr = pick(4);
        t.tm_year = (yr == 0 ? pick(2000000000) - 1000000000 : yr == 1 ? pick(20000) - 10000 : pick(300) + 1800) - 1900;
        t.tm_mon = pick(12), t.tm_mday = 1 + pick(31), t.tm_hour = pick(24), t.tm_min = pick(60);
        t.tm_sec = pick(62), t.tm_wday = pick(7), t.tm_yday = pick(366), t.tm_isdst = pick(3) - 1;
        t.tm_gmtoff = pick(2) ? (long)pick(100000) - 50000 : (long)(pick(57) - 28) * 1800;
        t.tm_zone = zones[pick(6)];
        py_tm p = { t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec, t.tm_wday, t.tm_yday, t.tm_isdst,
                    t.tm_gmtoff, t.tm_zone };
        char want[4096], got[4096];
        const char *tzn[2] = { tzname[0], tzname[1] }; /* glibc's: mktime and localtime change them */
        size_t wn = strftime(want, sizeof want, fmt, &t);
        size_t gn = py__strftime(got, sizeof got, fmt, &p, tzn, local_mktime);
        if (!(t.tm_zone && *t.tm_zone) && strchr(fmt, 's') && strchr(fmt, 'Z'))
            continue; /* glibc's %s runs mktime, which changes the tzname that a later %Z reads */
        if (wn == 0 && gn != 0) continue; /* glibc gives 0 for an empty result and for one too long alike */
        if (gn != wn || memcmp(want, got, wn)) {
            printf("format \"%s\" year %d mon %d mday %d hour %d wday %d yday %d isdst %d gmtoff %ld zone %s\n"
                   "  glibc: \"%.*s\"\n  ours:  \"%.*s\"\n",
                   fmt, t.tm_year + 1900, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_wday, t.tm_yday, t.tm_isdst, t.tm_gmtoff,
                   t.tm_zone ? t.tm_zone : "(null)", (int)wn, want, (int)(gn < sizeof got ? gn : sizeof got), got);
            bad++;
        }
    }
    if (bad) return 1;
    printf("ok: %ld formats\n", n);
    return 0;
}
