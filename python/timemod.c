/*
 * timemod.c -- the time module's dates and time zones, as CPython 3.11's
 * timemodule.c on Linux: struct_time, gmtime, localtime, mktime, asctime,
 * ctime, strftime, and timezone, altzone, daylight and tzname.  (The
 * clocks and sleep are in modules.c; strftime's formatting is
 * strftime.c's, glibc's in the C locale.)
 *
 * Dates are computed here, in 64 bits, from days since the epoch, so they
 * are the same natively and in wasm (where Emscripten 3.1.6's time_t is
 * 32 bits): gmtime covers glibc's range (years that fit a C int).  The
 * local time zone is the host's: natively the C library's (TZ, else
 * /etc/localtime), in wasm the JS engine's Date (which Node sets from TZ,
 * a page from the system), asked for each instant's offset; the zone's
 * abbreviation there comes from Intl (see py_js_tz below).
 */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#ifdef __EMSCRIPTEN__
#include <emscripten.h>
#endif

#include "py.h"
#include "strftime.h"

extern double py__time_now(void); /* modules.c: time.time() on the program's clock */

#define F(name) static py_obj *name(py_obj *self, py_obj *const *args, size_t nargs, py_obj *kw)

/* ---- days and seconds ----------------------------------------------------------- */

/* Days from 1970-01-01 to y-m-d of the proleptic Gregorian calendar (m 1-12); exact over int64's range of years used here. */
static int64_t days_from_civil(int64_t y, int64_t m, int64_t d) {
    y -= m <= 2;
    int64_t era = (y >= 0 ? y : y - 399) / 400;
    int64_t yoe = y - era * 400;
    int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

/* The broken-down UTC time of t (fields as C's struct tm); -1 when the year does not fit a C int, as glibc's gmtime_r (EOVERFLOW). */
static int tm_from_seconds(int64_t t, py_tm *tm) {
    int64_t days = t / 86400, secs = t % 86400;
    if (secs < 0) secs += 86400, days--;
    int64_t z = days + 719468;
    int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    int64_t doe = z - era * 146097;
    int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    int64_t mp = (5 * doy + 2) / 153;
    int64_t d = doy - (153 * mp + 2) / 5 + 1, m = mp < 10 ? mp + 3 : mp - 9;
    int64_t y = yoe + era * 400 + (m <= 2);
    if (y - 1900 > INT32_MAX || y - 1900 < INT32_MIN) return -1;
    tm->year = (int)(y - 1900);
    tm->mon = (int)m - 1;
    tm->mday = (int)d;
    tm->hour = (int)(secs / 3600);
    tm->min = (int)(secs / 60 % 60);
    tm->sec = (int)(secs % 60);
    tm->wday = (int)(((days % 7) + 11) % 7); /* 1970-01-01 was a Thursday */
    tm->yday = (int)(days - days_from_civil(y, 1, 1));
    tm->isdst = 0;
    tm->gmtoff = 0;
    tm->zone = "GMT";
    return 0;
}

#ifdef __EMSCRIPTEN__
/* Seconds since the epoch of the fields taken as UTC, out-of-range fields carried as mktime carries them. */
static int64_t seconds_from_fields(const py_tm *tm) {
    int64_t mon = tm->mon, y = (int64_t)tm->year + 1900 + (mon >= 0 ? mon / 12 : (mon - 11) / 12);
    mon -= (mon >= 0 ? mon / 12 : (mon - 11) / 12) * 12;
    int64_t days = days_from_civil(y, mon + 1, 1) + tm->mday - 1;
    return days * 86400 + (int64_t)tm->hour * 3600 + (int64_t)tm->min * 60 + tm->sec;
}
#endif

/* ---- the local time zone ----------------------------------------------------------- */

static char zone_names[2][16]; /* tzname's texts (wasm; natively libc's tzname) */

#ifdef __EMSCRIPTEN__
/* The host's offset east of UTC, in seconds, at the instant t, and whether
 * it is daylight time (as Emscripten's localtime: the offset is not the
 * smaller of January's and July's), with the zone's abbreviation in
 * name[0..15].  Date gives the offsets; Intl gives the names: en-US's for
 * the Americas and UTC (EST, PDT, ...), en-GB's for Europe (CET, BST, ...),
 * en-AU's for Australia (AEST, ...), en-IN's for India (IST), ja-JP's for
 * Japan (JST); where that name is only "GMT+9" the name is the offset as
 * tzdata writes such zones ("+09", "-03", "+0530").  An instant beyond
 * Date's range (about 270,000 years) takes the offset of the nearest one. */
EM_JS(int, py_js_tz, (double t, char *name, int *isdst), {
    var ms = Math.max(-8.64e15, Math.min(8.64e15, t * 1000));
    var d = new Date(ms), off = -d.getTimezoneOffset();
    var y = d.getFullYear(), jan = -new Date(y, 0, 1).getTimezoneOffset(), jul = -new Date(y, 6, 1).getTimezoneOffset();
    HEAP32[isdst >> 2] = jan != jul && off == Math.max(jan, jul) ? 1 : 0;
    var fmt = Module.pyTzFormat, s = "";
    if (fmt === undefined) {
        try {
            var zone = Intl.DateTimeFormat().resolvedOptions().timeZone || "";
            var loc = zone.indexOf("Europe/") == 0 ? "en-GB" : zone.indexOf("Australia/") == 0 ? "en-AU"
                    : zone == "Asia/Kolkata" || zone == "Asia/Calcutta" ? "en-IN" : zone == "Asia/Tokyo" ? "ja-JP" : "en-US";
            fmt = new Intl.DateTimeFormat(loc, { timeZone: zone, timeZoneName: "short" });
        } catch (e) { fmt = null; }
        Module.pyTzFormat = fmt;
    }
    if (fmt) try {
        var parts = fmt.formatToParts(d);
        for (var i = 0; i < parts.length; i++) if (parts[i].type == "timeZoneName") s = parts[i].value;
    } catch (e) {}
    var ok = /^[A-Za-z]{2,6}$/.test(s) && !(s == "GMT" && off != 0);
    if (ok && ms >= Date.now() - 6e11 && ms <= Date.now() + 6e11) (Module.pyTzNames = Module.pyTzNames || {})[off] = s;
    if (!ok && Module.pyTzNames && Module.pyTzNames[off]) s = Module.pyTzNames[off], ok = true;
    if (!ok) {
        var a = Math.abs(off), h = Math.floor(a / 60), m = a % 60;
        s = (off < 0 ? "-" : "+") + (h < 10 ? "0" : "") + h + (m ? (m < 10 ? "0" : "") + m : "");
    }
    stringToUTF8(s, name, 16);
    return off * 60;
});
#endif

/* OSError(75, ...): what glibc's gmtime_r and localtime_r fail with (EOVERFLOW), as CPython raises it; returns -1. */
static int eoverflow(void) {
    py_obj *a[2] = { py_int(75), py_str_c("Value too large for defined data type") };
    py_obj *e = py_call((py_obj *)py_exc_OSError, a, 2, NULL);
    py_decref(a[0]);
    py_decref(a[1]);
    if (e) py_err_set_exc(e);
    return -1;
}

/* The local broken-down time of t: 0, or -1 with OSError pending (a year beyond a C int), as CPython's _PyTime_localtime. */
static int local_tm(int64_t t, py_tm *tm, char zone[16]) {
#ifdef __EMSCRIPTEN__
    int isdst;
    int off = py_js_tz((double)t, zone, &isdst);
    if (tm_from_seconds(t + off, tm) == 0) {
        tm->isdst = isdst;
        tm->gmtoff = off;
        tm->zone = zone;
        return 0;
    }
#else
    time_t tt = (time_t)t;
    struct tm r;
    if (localtime_r(&tt, &r)) {
        *tm = (py_tm){ r.tm_year, r.tm_mon, r.tm_mday, r.tm_hour, r.tm_min, r.tm_sec, r.tm_wday, r.tm_yday, r.tm_isdst,
                       r.tm_gmtoff, zone };
        strncpy(zone, r.tm_zone ? r.tm_zone : "", 15);
        zone[15] = 0;
        return 0;
    }
#endif
    return eoverflow();
}

/* C's mktime: the fields taken as local time (out-of-range ones carried,
 * tm->isdst 0 or 1 choosing the offset where it says so), *tm rewritten
 * from the result; 0, or -1 when the result is out of range. */
static int local_mktime(py_tm *tm, int64_t *out, char zone[16]) {
#ifdef __EMSCRIPTEN__
    /* glibc's __mktime_internal over the host's offsets: probe from the
     * offset of the previous call (so a time repeated by a change of
     * offset comes out as glibc's does, after the same calls), stop on a
     * time skipped by it (a gap: on the side of the kind not asked for, or
     * of daylight time when none was, as glibc 2.36 answers), and where the
     * kind asked for differs from the one found, take the offset of the
     * nearest time of that kind (a week apart at a time, up to about 8
     * months), or failing that an hour's difference. */
    static int64_t guess; /* glibc's localtime_offset: t - u of the last call */
    int64_t u = seconds_from_fields(tm), t = u + guess, t1 = t, t2 = t;
    int isdst = tm->isdst, d, probes = 6;
    for (;;) {
        int64_t gt = u - py_js_tz((double)t, zone, &d);
        if (gt == t) break;
        if (t == t1 && t != t2 && (isdst < 0 ? d : (isdst != 0) != d)) goto found;
        if (--probes == 0) return -1;
        t1 = t2, t2 = t, t = gt;
    }
    if (isdst >= 0 && (isdst != 0) != d) {
        for (int64_t delta = 601200; delta < 536454000 / 2 + 601200; delta += 601200)
            for (int dir = -1; dir <= 1; dir += 2) {
                int od, off = py_js_tz((double)(t + delta * dir), zone, &od);
                if ((isdst != 0) == od) {
                    t = u - off;
                    goto found;
                }
            }
        t += 3600 * ((isdst == 0) - (d == 0));
    }
found:
    guess = t - u;
    py_tm r;
    if (t > INT64_MAX / 2 || t < INT64_MIN / 2) return -1;
    if (local_tm(t, &r, zone) < 0) { py_err_clear(); return -1; }
    *tm = r;
    *out = t;
    return 0;
#else
    struct tm r = { 0 };
    r.tm_year = tm->year, r.tm_mon = tm->mon, r.tm_mday = tm->mday, r.tm_hour = tm->hour;
    r.tm_min = tm->min, r.tm_sec = tm->sec, r.tm_isdst = tm->isdst, r.tm_wday = -1;
    time_t t = mktime(&r);
    if (t == (time_t)-1 && r.tm_wday == -1) return -1;
    *tm = (py_tm){ r.tm_year, r.tm_mon, r.tm_mday, r.tm_hour, r.tm_min, r.tm_sec, r.tm_wday, r.tm_yday, r.tm_isdst,
                   r.tm_gmtoff, zone };
    strncpy(zone, r.tm_zone ? r.tm_zone : "", 15);
    zone[15] = 0;
    *out = (int64_t)t;
    return 0;
#endif
}
static int64_t strftime_mktime(const py_tm *tp) { /* %s */
    py_tm tm = *tp;
    int64_t t;
    char zone[16];
    return local_mktime(&tm, &t, zone) < 0 ? -1 : t;
}

/* ---- struct_time ----------------------------------------------------------------- */

/* A tuple of 9 items that keeps two more after them (tm_zone, tm_gmtoff:
 * items[9] and items[10], outside its length), as CPython's struct
 * sequence. */
static py_type st_type;
static const char *const st_fields[] = { "tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec",
                                         "tm_wday", "tm_yday", "tm_isdst", "tm_zone", "tm_gmtoff" };
#define ST_GET(i) \
    static py_obj *st_get##i(py_obj *o) { return py_incref(((py_tuple *)o)->items[i]); }
ST_GET(0) ST_GET(1) ST_GET(2) ST_GET(3) ST_GET(4) ST_GET(5) ST_GET(6) ST_GET(7) ST_GET(8) ST_GET(9) ST_GET(10)
static const py_getsetdef st_getset[] = {
    { "tm_year", st_get0, NULL }, { "tm_mon", st_get1, NULL }, { "tm_mday", st_get2, NULL }, { "tm_hour", st_get3, NULL },
    { "tm_min", st_get4, NULL }, { "tm_sec", st_get5, NULL }, { "tm_wday", st_get6, NULL }, { "tm_yday", st_get7, NULL },
    { "tm_isdst", st_get8, NULL }, { "tm_zone", st_get9, NULL }, { "tm_gmtoff", st_get10, NULL }, { NULL, NULL, NULL } };

static void st_dealloc(py_obj *o) {
    py_xdecref(((py_tuple *)o)->items[9]);
    py_xdecref(((py_tuple *)o)->items[10]);
    py_tuple_type.dealloc(o);
}
static py_obj *st_repr(py_obj *o) { return py__named_tuple_repr(o, "time.struct_time", st_fields, 9); }
/* A new struct_time of the 9 to 11 items (the missing ones None); takes its references from `items`. */
static py_obj *st_new_items(py_obj **items, size_t n) {
    py_obj *t = py_tuple_new(11);
    if (!t) {
        for (size_t i = 0; i < n; i++) py_decref(items[i]);
        return NULL;
    }
    for (size_t i = 0; i < 11; i++) PY_TITEM(t, i) = i < n ? items[i] : py_none();
    ((py_tuple *)t)->n = 9;
    t->type = &st_type;
    return t;
}
/* struct_time(sequence, dict=None), as CPython's structseq_new (the dict,
 * which CPython reads the hidden fields from, must be a dict and is not read). */
static py_obj *st_vnew(py_type *type, py_obj *const *args, size_t nargs, py_obj *kwnames) {
    size_t nkw = kwnames ? PY_TLEN(kwnames) : 0;
    py_obj *arg[2] = { nargs > 0 ? args[0] : NULL, nargs > 1 ? args[1] : NULL };
    if (nargs + nkw > 2) return py_err_set(py_exc_TypeError, "structseq() takes at most 2 arguments (%d given)", (int)(nargs + nkw));
    const char *unknown = NULL;
    for (size_t i = 0; i < nkw; i++) {
        py_obj *k = PY_TITEM(kwnames, i);
        int at = !strcmp(py_s(k), "sequence") ? 0 : !strcmp(py_s(k), "dict") ? 1 : -1;
        if (at >= 0 && arg[at])
            return py_err_set(py_exc_TypeError, "argument for structseq() given by name ('%s') and position (%d)", py_s(k), at + 1);
        if (at >= 0) arg[at] = args[nargs + i];
        else if (!unknown) unknown = py_s(k);
    }
    if (!arg[0]) return py_err_set(py_exc_TypeError, "structseq() missing required argument 'sequence' (pos 1)");
    if (unknown) return py_err_set(py_exc_TypeError, "'%s' is an invalid keyword argument for structseq()", unknown);
    py_obj *seq = py_sequence_tuple(arg[0]);
    if (!seq) {
        if (!py_err_matches(py_exc_TypeError)) return NULL;
        py_err_clear();
        return py_err_set(py_exc_TypeError, "constructor requires a sequence");
    }
    if (arg[1] && PY_TYPE(arg[1]) != &py_dict_type) {
        py_decref(seq);
        return py_err_set(py_exc_TypeError, "time.struct_time() takes a dict as second arg, if any");
    }
    size_t n = PY_TLEN(seq);
    if (n < 9 || n > 11) {
        py_decref(seq);
        return py_err_set(py_exc_TypeError, "time.struct_time() takes an %s-sequence (%d-sequence given)",
                          n < 9 ? "at least 9" : "at most 11", (int)n);
    }
    py_obj *items[11];
    for (size_t i = 0; i < n; i++) items[i] = py_incref(PY_TITEM(seq, i));
    py_decref(seq);
    return st_new_items(items, n);
}
static py_obj *st_from_tm(const py_tm *tm) {
    py_obj *items[11] = { py_int((int64_t)tm->year + 1900), py_int(tm->mon + 1), py_int(tm->mday), py_int(tm->hour),
                          py_int(tm->min), py_int(tm->sec), py_int((tm->wday + 6) % 7), py_int(tm->yday + 1),
                          py_int(tm->isdst), py_str_c(tm->zone ? tm->zone : ""), py_int(tm->gmtoff) };
    for (int i = 0; i < 11; i++)
        if (!items[i]) {
            for (int j = 0; j < 11; j++) py_xdecref(items[j]);
            return NULL;
        }
    return st_new_items(items, 11);
}
static void st_ready(void) {
    if (st_type.name) return;
    st_type = py_tuple_type;
    st_type.name = "time.struct_time"; /* __name__ struct_time, __module__ time */
    st_type.base = &py_tuple_type;
    st_type.mro = st_type.dict = NULL;
    st_type.module = NULL;
    st_type.methods = NULL;
    st_type.getset = st_getset;
    st_type.repr = st_repr;
    st_type.str = NULL;
    st_type.dealloc = st_dealloc;
    st_type.vnew = st_vnew;
    st_type.flags &= ~PY_TF_BASETYPE;
    py__type_ready(&st_type);
    py_dict_set_s(st_type.dict, "n_sequence_fields", py_int(9));
    py_dict_set_s(st_type.dict, "n_fields", py_int(11));
    py_dict_set_s(st_type.dict, "n_unnamed_fields", py_int(0));
}

/* ---- arguments ---------------------------------------------------------------------- */

static int no_kw(const char *fn, py_obj *kw) {
    if (kw && PY_TLEN(kw)) { py_err_set(py_exc_TypeError, "%s() takes no keyword arguments", fn); return -1; }
    return 0;
}
static int at_most(const char *fn, size_t nargs, size_t max, py_obj *kw) {
    if (no_kw(fn, kw) < 0) return -1;
    if (nargs > max) {
        py_err_set(py_exc_TypeError, "%s() takes at most %d argument%s (%d given)", fn, (int)max, max == 1 ? "" : "s", (int)nargs);
        return -1;
    }
    return 0;
}

/* Seconds since the epoch from None (now, on the program's clock: see
 * modules.c's time.time) or an int or float, floored, as CPython's
 * _PyTime_ObjectToTime_t. */
static int arg_seconds(py_obj *o, int64_t *t) {
    if (!o || o == PY_NONE) {
        *t = (int64_t)floor(py__time_now()); /* CPython's time(NULL) */
        return 0;
    }
    if (PY_IS_FLOAT(o)) {
        double d = ((py_floatobj *)o)->v;
        if (d != d) { py_err_set(py_exc_ValueError, "Invalid value NaN (not a number)"); return -1; }
        double f = floor(d);
        if (!(f >= -9223372036854775808.0 && f < 9223372036854775808.0)) goto overflow;
        *t = (int64_t)f;
        return 0;
    }
    if (PY_IS_INT(o)) {
        int ov;
        *t = py_int_val(o, &ov);
        if (ov) goto overflow;
        return 0;
    }
    int ok;
    *t = py_index(o, &ok);
    if (ok) return 0;
    if (!py_err_matches(py_exc_IndexError)) return -1;
    py_err_clear();
overflow:
    py_err_set(py_exc_OverflowError, "timestamp out of range for platform time_t");
    return -1;
}

/* A time tuple's 9 ints into *tm, as CPython's gettmarg ("iiiiiiiii"
 * parsing, then the year and the shifts to C's ranges); a struct_time
 * also gives its tm_zone and tm_gmtoff. */
static int gettmarg(py_obj *o, py_tm *tm, const char *fn) {
    if (!py_isinst(o, &py_tuple_type)) {
        py_err_set(py_exc_TypeError, "Tuple or struct_time argument required");
        return -1;
    }
    if (PY_TLEN(o) != 9) {
        py_err_set(py_exc_TypeError, "%s(): illegal time tuple argument", fn);
        return -1;
    }
    int v[9];
    for (int i = 0; i < 9; i++) {
        py_obj *x = PY_TITEM(o, i);
        if (PY_IS_FLOAT(x)) {
            py_err_set(py_exc_TypeError, "'float' object cannot be interpreted as an integer");
            return -1;
        }
        int ok, ov = 0;
        int64_t n = PY_IS_INT(x) ? py_int_val(x, &ov) : py_index(x, &ok);
        if (!PY_IS_INT(x) && !ok) return -1;
        if (ov || n > INT32_MAX || n < INT32_MIN) {
            int neg = py_richcmp_bool(x, PY_FALSE, PY_LT);
            py_err_set(py_exc_OverflowError, neg ? "signed integer is less than minimum" : "signed integer is greater than maximum");
            return -1;
        }
        v[i] = (int)n;
    }
    if (v[0] < INT32_MIN + 1900) {
        py_err_set(py_exc_OverflowError, "year out of range");
        return -1;
    }
    /* CPython's C ints wrap (tm_mon of -2**31 becomes 2**31 - 1): the same here, without C's overflow */
#define WRAP(x, d) ((int)((uint32_t)(x) + (uint32_t)(d)))
    *tm = (py_tm){ v[0] - 1900, WRAP(v[1], -1), v[2], v[3], v[4], v[5], WRAP(v[6], 1) % 7, WRAP(v[7], -1), v[8], 0, NULL };
#undef WRAP
    if (PY_TYPE(o) == &st_type) {
        py_obj *z = ((py_tuple *)o)->items[9], *g = ((py_tuple *)o)->items[10];
        if (z != PY_NONE) {
            if (!PY_IS_STR(z)) { py_err_set(py_exc_TypeError, "bad argument type for built-in operation"); return -1; }
            tm->zone = py_s(z);
        }
        if (g != PY_NONE) {
            int ok;
            int64_t n = py_index(g, &ok);
            if (!ok) return -1;
            tm->gmtoff = (long)n;
        }
    }
    return 0;
}

/* CPython's checktm: the ranges strftime and asctime accept (0 taken as the least value of mon, mday and yday). */
static int checktm(py_tm *tm) {
    const char *bad = NULL;
    if (tm->mon == -1) tm->mon = 0;
    else if (tm->mon < 0 || tm->mon > 11) bad = "month out of range";
    if (bad) goto fail;
    if (tm->mday == 0) tm->mday = 1;
    else if (tm->mday < 0 || tm->mday > 31) bad = "day of month out of range";
    if (!bad && (tm->hour < 0 || tm->hour > 23)) bad = "hour out of range";
    if (!bad && (tm->min < 0 || tm->min > 59)) bad = "minute out of range";
    if (!bad && (tm->sec < 0 || tm->sec > 61)) bad = "seconds out of range";
    if (!bad && tm->wday < 0) bad = "day of week out of range";
    if (!bad) {
        if (tm->yday == -1) tm->yday = 0;
        else if (tm->yday < 0 || tm->yday > 365) bad = "day of year out of range";
    }
    if (!bad) return 0;
fail:
    py_err_set(py_exc_ValueError, "%s", bad);
    return -1;
}

/* ---- the functions -------------------------------------------------------------------- */

F(time_gmtime) {
    if (at_most("gmtime", nargs, 1, kw) < 0) return NULL;
    int64_t t;
    py_tm tm;
    if (arg_seconds(nargs ? args[0] : NULL, &t) < 0) return NULL;
    if (tm_from_seconds(t, &tm) < 0) return eoverflow(), NULL;
    return st_from_tm(&tm);
}
F(time_localtime) {
    if (at_most("localtime", nargs, 1, kw) < 0) return NULL;
    int64_t t;
    py_tm tm;
    char zone[16];
    if (arg_seconds(nargs ? args[0] : NULL, &t) < 0 || local_tm(t, &tm, zone) < 0) return NULL;
    return st_from_tm(&tm);
}
F(time_mktime) {
    if (no_kw("mktime", kw) < 0) return NULL;
    if (nargs != 1) return py_err_set(py_exc_TypeError, "time.mktime() takes exactly one argument (%d given)", (int)nargs);
    py_tm tm;
    int64_t t;
    char zone[16];
    if (gettmarg(args[0], &tm, "mktime") < 0) return NULL;
    if (local_mktime(&tm, &t, zone) < 0) return py_err_set(py_exc_OverflowError, "mktime argument out of range");
    return py_float((double)t);
}

static py_obj *asctime_of(const py_tm *tm) {
    static const char wday[7][4] = { "Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat" };
    static const char mon[12][4] = { "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };
    char buf[64];
    snprintf(buf, sizeof buf, "%s %s%3d %.2d:%.2d:%.2d %lld", wday[tm->wday], mon[tm->mon], tm->mday, tm->hour, tm->min,
             tm->sec, (long long)tm->year + 1900);
    return py_str_c(buf);
}
F(time_asctime) {
    if (no_kw("asctime", kw) < 0) return NULL;
    if (nargs > 1) return py_err_set(py_exc_TypeError, "asctime expected at most 1 argument, got %d", (int)nargs);
    py_tm tm;
    char zone[16];
    if (nargs) {
        if (gettmarg(args[0], &tm, "asctime") < 0 || checktm(&tm) < 0) return NULL;
    } else {
        int64_t t;
        if (arg_seconds(NULL, &t) < 0 || local_tm(t, &tm, zone) < 0) return NULL;
    }
    return asctime_of(&tm);
}
F(time_ctime) {
    if (at_most("ctime", nargs, 1, kw) < 0) return NULL;
    int64_t t;
    py_tm tm;
    char zone[16];
    if (arg_seconds(nargs ? args[0] : NULL, &t) < 0 || local_tm(t, &tm, zone) < 0) return NULL;
    return asctime_of(&tm);
}

F(time_strftime) {
    if (no_kw("strftime", kw) < 0) return NULL;
    if (nargs < 1) return py_err_set(py_exc_TypeError, "strftime() takes at least 1 argument (0 given)");
    if (nargs > 2) return py_err_set(py_exc_TypeError, "strftime() takes at most 2 arguments (%d given)", (int)nargs);
    if (!PY_IS_STR(args[0])) return py_err_set(py_exc_TypeError, "strftime() argument 1 must be str, not %s", py_type_name(args[0]));
    py_tm tm;
    char zone[16];
    if (nargs == 2) {
        if (gettmarg(args[1], &tm, "strftime") < 0 || checktm(&tm) < 0) return NULL;
    } else {
        int64_t t;
        if (arg_seconds(NULL, &t) < 0 || local_tm(t, &tm, zone) < 0) return NULL;
    }
    if (tm.isdst < -1) tm.isdst = -1;
    else if (tm.isdst > 1) tm.isdst = 1;
    const char *fmt = py_s(args[0]);
    size_t flen = py_slen(args[0]);
    if (strlen(fmt) != flen) return py_err_set(py_exc_ValueError, "embedded null character");
#ifdef __EMSCRIPTEN__
    const char *tzn[2] = { zone_names[0], zone_names[1] };
#else
    tzset();
    const char *tzn[2] = { tzname[0], tzname[1] };
#endif
    size_t n = py__strftime(NULL, 0, fmt, &tm, tzn, strftime_mktime);
    /* CPython asks wcsftime with a buffer of 1024 wide characters, then
     * twice that, up to 256 times the format's length: a longer result
     * (a huge width) comes out as ''. */
    size_t chars = ((py_strobj *)args[0])->n, limit = 1024;
    while (limit < 256 * chars) limit *= 2;
    if (n + 1 > limit) return py_str_new("", 0); /* (bytes >= characters: a result near the limit is counted again below) */
    char *buf = malloc(n + 1);
    if (!buf) return py_err_nomem();
    py__strftime(buf, n, fmt, &tm, tzn, strftime_mktime);
    py_obj *r = py_str_new(buf, n);
    free(buf);
    return r;
}

/* time.strptime: lib/_strptime.py's _strptime_time (importing it may wait
 * for its text in wasm: python.mk's PY_SUSPEND) */
F(time_strptime) {
    int safe = py__take_call_safe();
    static const char *const names[] = { "", "", NULL };
    py_obj *a[2];
    if (py_args("strptime", args, nargs, kw, 1, 2, names, a) < 0) return NULL;
    py_obj *mod = py_import(py_str_intern("_strptime"));
    py_obj *f = mod ? py_getattr_s(mod, "_strptime_time") : NULL;
    py_xdecref(mod);
    if (!f) return NULL;
    py_obj *r = py__call_resumable(f, a, a[1] ? 2 : 1, safe);
    py_decref(f);
    return r;
}

static const py_methoddef date_methods[] = {
    { "gmtime", time_gmtime, 0 }, { "localtime", time_localtime, 0 }, { "mktime", time_mktime, 0 },
    { "asctime", time_asctime, 0 }, { "ctime", time_ctime, 0 }, { "strftime", time_strftime, 0 },
    { "strptime", time_strptime, 0 }, { NULL, NULL, 0 },
};

/* Adds the dates' functions, struct_time and the zone's constants to the
 * time module m.  timezone, altzone, daylight and tzname are CPython's on
 * glibc (init_timezone): the local offsets and names near the first of
 * January and of July of this year, the one further west as the standard
 * time (so the southern hemisphere's come out as the northern's do). */
int py__time_dates_add(py_obj *m) {
    st_ready();
    if (py_module_add_methods(m, date_methods) < 0) return -1;
    py_dict_set_s(((py_module *)m)->dict, "struct_time", (py_obj *)&st_type);
    const int64_t year = (365 * 24 + 6) * 3600;
    int64_t now;
    arg_seconds(NULL, &now);
    int64_t t = now / year * year;
    py_tm jan, jul;
    char janname[16], julname[16];
    if (local_tm(t, &jan, janname) < 0 || local_tm(t + year / 2, &jul, julname) < 0) return -1;
    long janzone = -jan.gmtoff, julzone = -jul.gmtoff;
    int south = janzone < julzone;
    py_obj *d = ((py_module *)m)->dict;
    py_obj *v;
    py_dict_set_s(d, "timezone", v = py_int(south ? julzone : janzone)), py_decref(v);
    py_dict_set_s(d, "altzone", v = py_int(south ? janzone : julzone)), py_decref(v);
    py_dict_set_s(d, "daylight", v = py_int(janzone != julzone)), py_decref(v);
    py_obj *n0 = py_str_c(south ? julname : janname), *n1 = py_str_c(south ? janname : julname);
    py_dict_set_s(d, "tzname", v = py_tuple_pack(2, n0, n1)), py_decref(v);
    py_decref(n0);
    py_decref(n1);
    /* %Z of a plain tuple reads tzname[isdst]: glibc's natively, these in wasm */
    strcpy(zone_names[0], south ? julname : janname);
    strcpy(zone_names[1], south ? janname : julname);
    return 0;
}
