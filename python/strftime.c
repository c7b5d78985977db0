/*
 * strftime.c -- time.strftime's formatting: glibc's strftime in the C
 * locale, directive for directive, for the interpreter natively and in
 * wasm alike (CPython on Linux hands the format to glibc's wcsftime; the
 * wasm module's C library is musl's, whose strftime Emscripten 3.1.6
 * replaces with one in JS that pads %c's day with a zero where glibc
 * pads with a space, among other things).  Plain C, no Python objects:
 * timemod.c wraps it, and tests/python/strftime_test.c compares it with
 * glibc's own on random formats and dates.
 *
 * What glibc does, and so this: after '%' come flags (`_` pad with
 * spaces, `-` no padding, `0` zeros, `^` upper case, `#` swap case: upper
 * for names, lower for %Z and %p), a width, a modifier `E` or `O` (ignored
 * in the C locale where glibc accepts it, the whole directive copied as
 * text where it does not), then the conversion.  An unknown conversion, or
 * a '%' at the end, is copied as it was written, padded to its width.
 */
#include <stdint.h>
#include <string.h>

#include "strftime.h"

static const char *const wday_full[7] = { "Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday" };
static const char *const mon_full[12] = { "January", "February", "March", "April", "May", "June", "July", "August",
                                          "September", "October", "November", "December" };

typedef struct out { char *p; size_t n, cap; } out; /* p NULL: count only */

static void put(out *o, char c) {
    if (o->p && o->n < o->cap) o->p[o->n] = c;
    o->n++;
}
static void fill(out *o, char c, size_t k) { while (k--) put(o, c); }

/* glibc's `cpy`: the text padded on the left to the width (zeros with the
 * `0` flag, else spaces), in the case asked. */
static void cpy(out *o, const char *s, size_t n, int width, char pad, int upper, int lower) {
    if (width > 0 && (size_t)width > n) fill(o, pad == '0' ? '0' : ' ', (size_t)width - n);
    for (size_t k = 0; k < n; k++) {
        char c = s[k];
        if (upper && c >= 'a' && c <= 'z') c = (char)(c - 32);
        else if (lower && c >= 'A' && c <= 'Z') c = (char)(c + 32);
        put(o, c);
    }
}

/* glibc's do_number: the value's digits, at least `digits` of them (the
 * width when larger), padded with zeros unless the flag says spaces (`_`)
 * or nothing (`-`); then the rest goes through cpy with what is left of
 * the width. */
static void number(out *o, int digits, int64_t v, int width, char pad) {
    char buf[24], *bp = buf + sizeof buf;
    uint64_t u = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
    do *--bp = (char)('0' + u % 10); while ((u /= 10) != 0);
    if (v < 0) *--bp = '-';
    if (pad != '-') {
        int padding = digits - (int)(buf + sizeof buf - bp);
        if (padding > 0) {
            if (pad == '_') {
                fill(o, ' ', (size_t)padding);
                width = width > padding ? width - padding : 0;
            } else {
                if (v < 0) put(o, *bp++);
                fill(o, '0', (size_t)padding);
                width = 0;
            }
        }
    }
    cpy(o, bp, (size_t)(buf + sizeof buf - bp), width, pad, 0, 0);
}
#define NUM(d, v) number(o, (d) > width ? (d) : width, (int64_t)(v), width, pad)

static int isleap(int64_t y) { return y % 4 == 0 && (y % 100 != 0 || y % 400 == 0); }

/* Days from the year's first ISO week's Monday to this day (glibc's iso_week_days). */
static int iso_week_days(int yday, int wday) {
    enum { BIG = 53 * 7 }; /* a multiple of 7, large enough to keep the % positive */
    return yday - (yday - wday + 4 + BIG) % 7 + 3;
}

/* The text of `f` into o (the whole of it when o->cap is at least its length). */
static void format(out *o, const char *f, const py_tm *tp, const char *const tzname[2], int64_t (*mktime_fn)(const py_tm *)) {
    int64_t year = (int64_t)tp->year + 1900;
    int hour12 = tp->hour % 12 == 0 ? 12 : tp->hour % 12;
    /* A subformat (%c, %x, %T, ...) is formatted in this same loop, not by
     * a recursive call (python.wasm's C recursions must ask for stack: `make
     * pywasm-stack`): `resume` is where the outer format goes on, and at the
     * subformat's end its text, already written, is moved right by its
     * padding and put in upper case if asked. */
    const char *resume = NULL;
    size_t sub_at = 0;
    int sub_width = 0, sub_upper = 0;
    char sub_pad = 0;
    for (;; f++) {
        if (!*f) {
            if (!resume) break;
            size_t len = o->n - sub_at, k = sub_width > 0 && (size_t)sub_width > len ? (size_t)sub_width - len : 0;
            if (o->p && o->n + k <= o->cap) {
                memmove(o->p + sub_at + k, o->p + sub_at, len);
                memset(o->p + sub_at, sub_pad == '0' ? '0' : ' ', k);
                for (size_t i = sub_at + k; sub_upper && i < o->n + k; i++)
                    if (o->p[i] >= 'a' && o->p[i] <= 'z') o->p[i] = (char)(o->p[i] - 32);
            }
            o->n += k;
            f = resume;
            resume = NULL;
            continue;
        }
        if (*f != '%') { put(o, *f); continue; }
        char pad = 0;
        int upper = 0, swap = 0, width = -1, mod = 0;
        for (;;) {
            char c = *++f;
            if (c == '_' || c == '-' || c == '0') pad = c;
            else if (c == '^') upper = 1;
            else if (c == '#') swap = 1;
            else break;
        }
        if (*f >= '0' && *f <= '9') {
            width = 0;
            do {
                if (width > (INT32_MAX - 9) / 10) width = INT32_MAX; else width = width * 10 + (*f - '0');
            } while (*++f >= '0' && *f <= '9');
        }
        if (*f == 'E' || *f == 'O') mod = *f++;
        int lower = 0;
        const char *sub = NULL;
        switch (*f) {
        case '%':
            if (mod) goto bad;
            cpy(o, "%", 1, width, pad, 0, 0);
            break;
        case 'a': case 'A':
            if (mod) goto bad;
            if (swap) upper = 1;
            cpy(o, wday_full[tp->wday], *f == 'a' ? 3 : strlen(wday_full[tp->wday]), width, pad, upper, 0);
            break;
        case 'b': case 'h': case 'B':
            if (swap) upper = 1;
            if (mod == 'E') goto bad;
            cpy(o, mon_full[tp->mon], *f == 'B' ? strlen(mon_full[tp->mon]) : 3, width, pad, upper, 0);
            break;
        case 'c': if (mod == 'O') goto bad; sub = "%a %b %e %H:%M:%S %Y"; goto subformat;
        case 'x': if (mod == 'O') goto bad; sub = "%m/%d/%y"; goto subformat;
        case 'X': if (mod == 'O') goto bad; sub = "%H:%M:%S"; goto subformat;
        case 'D': if (mod) goto bad; sub = "%m/%d/%y"; goto subformat;
        case 'F': if (mod) goto bad; sub = "%Y-%m-%d"; goto subformat;
        case 'R': sub = "%H:%M"; goto subformat;
        case 'r': sub = "%I:%M:%S %p"; goto subformat;
        case 'T': sub = "%H:%M:%S"; goto subformat;
        subformat:
            resume = f;
            sub_at = o->n, sub_width = width, sub_pad = pad, sub_upper = upper;
            f = sub - 1;
            break;
        case 'C': {
            int64_t c = year / 100 - (year % 100 < 0 ? 1 : 0);
            NUM(1, c);
            break;
        }
        case 'd': if (mod == 'E') goto bad; NUM(2, tp->mday); break;
        case 'e': case 'k': case 'l':
            if (mod == 'E') goto bad;
            if (pad != '0' && pad != '-') pad = '_';
            NUM(2, *f == 'e' ? tp->mday : *f == 'k' ? tp->hour : hour12);
            break;
        case 'H': if (mod == 'E') goto bad; NUM(2, tp->hour); break;
        case 'I': if (mod == 'E') goto bad; NUM(2, hour12); break;
        case 'j': if (mod == 'E') goto bad; NUM(3, tp->yday + 1); break;
        case 'M': if (mod == 'E') goto bad; NUM(2, tp->min); break;
        case 'm': if (mod == 'E') goto bad; NUM(2, tp->mon + 1); break;
        case 'S': if (mod == 'E') goto bad; NUM(2, tp->sec); break;
        case 'n': cpy(o, "\n", 1, width, pad, 0, 0); break;
        case 't': cpy(o, "\t", 1, width, pad, 0, 0); break;
        case 'P': lower = 1; /* fall through */
        case 'p':
            if (swap) upper = 0, lower = 1;
            cpy(o, tp->hour > 11 ? "PM" : "AM", 2, width, pad, upper, lower);
            break;
        case 's': number(o, 1, mktime_fn(tp), width, pad); break; /* glibc: at least 1 digit, whatever the width */
        case 'u': NUM(1, (tp->wday - 1 + 7) % 7 + 1); break;
        case 'w': if (mod == 'E') goto bad; NUM(1, tp->wday); break;
        case 'U': if (mod == 'E') goto bad; NUM(2, (tp->yday - tp->wday + 7) / 7); break;
        case 'W': if (mod == 'E') goto bad; NUM(2, (tp->yday - (tp->wday - 1 + 7) % 7 + 7) / 7); break;
        case 'V': case 'g': case 'G': {
            if (mod == 'E') goto bad;
            int adjust = 0, days = iso_week_days(tp->yday, tp->wday);
            if (days < 0) {
                adjust = -1;
                days = iso_week_days(tp->yday + (365 + isleap(year - 1)), tp->wday);
            } else {
                int d = iso_week_days(tp->yday - (365 + isleap(year)), tp->wday);
                if (d >= 0) adjust = 1, days = d;
            }
            int64_t y = year + adjust;
            if (*f == 'V') NUM(2, days / 7 + 1);
            else if (*f == 'G') NUM(1, y);
            else NUM(2, (y % 100 + 100) % 100);
            break;
        }
        case 'y': NUM(2, (year % 100 + 100) % 100); break;
        case 'Y': if (mod == 'O') goto bad; NUM(1, year); break;
        case 'z': {
            if (tp->isdst < 0) break;
            long diff = tp->gmtoff;
            cpy(o, diff < 0 ? "-" : "+", 1, width, pad, 0, 0); /* padded to the width, and so are the digits */
            if (diff < 0) diff = -diff;
            diff /= 60;
            NUM(4, (diff / 60) * 100 + diff % 60);
            break;
        }
        case 'Z': {
            if (swap) upper = 0, lower = 1;
            const char *zone = tp->zone;
            if (!(zone && *zone) && tp->isdst >= 0) zone = tp->isdst <= 1 ? tzname[tp->isdst] : "?";
            if (!zone) zone = "";
            cpy(o, zone, strlen(zone), width, pad, upper, lower);
            break;
        }
        case '\0':
            f--;
            /* fall through */
        default:
        bad: {
            /* glibc copies back to the nearest '%', which may be this very character */
            const char *from = f;
            while (*from != '%') from--;
            cpy(o, from, (size_t)(f - from + 1), width, pad, upper, lower);
            break;
        }
            break;
        }
    }
}

size_t py__strftime(char *buf, size_t cap, const char *fmt, const py_tm *tp, const char *const tzname[2],
                    int64_t (*mktime_fn)(const py_tm *)) {
    out o = { buf, 0, cap };
    format(&o, fmt, tp, tzname, mktime_fn);
    return o.n;
}
