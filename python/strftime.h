/*
 * strftime.h -- time.strftime's formatting (strftime.c): glibc's strftime
 * in the C locale, in plain C over a broken-down time of its own.
 */
#ifndef PY_STRFTIME_H
#define PY_STRFTIME_H
#include <stddef.h>
#include <stdint.h>

/* struct tm's fields, as C's struct tm has them (year - 1900, mon 0-11,
 * wday 0-6 from Sunday, yday 0-365), with the zone's name (or NULL) and
 * its offset east of UTC in seconds.  strftime takes the fields in the
 * ranges time.strftime checks (CPython's checktm). */
typedef struct py_tm {
    int year, mon, mday, hour, min, sec, wday, yday, isdst;
    long gmtoff;
    const char *zone;
} py_tm;

/* Formats `fmt` (NUL-terminated) into buf, writing at most cap bytes and
 * no NUL; returns the length of the whole result (so a first call with
 * cap 0 measures it).  tzname[isdst] is %Z's text when tp->zone is NULL
 * or empty; mktime_fn gives %s (the local time's seconds since the epoch). */
size_t py__strftime(char *buf, size_t cap, const char *fmt, const py_tm *tp, const char *const tzname[2],
                    int64_t (*mktime_fn)(const py_tm *));
#endif
