/*
 * num_internal.h -- what the numbers layer's files share (num.c,
 * num_format.c, num_unicode.c) and nobody else uses.
 */
#ifndef PY_NUM_INTERNAL_H
#define PY_NUM_INTERNAL_H

#include "num.h"

/* Sets the pending error: code and printf-formatted message.  Returns code. */
int num__err(int code, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;
/* Sets the pending error with a message already built (copied). */
int num__err_text(int code, const char *msg, size_t n);
/* Maps a libtommath error to ours (MP_MEM is MemoryError). */
int num__mp(mp_err e);

/* Appends n copies of code point cp / n unspecified bytes (to be written
 * by the caller at b->data + old length).  0 or NUM_ENOMEM. */
int num__buf_fill(num_buf *b, uint32_t cp, int64_t n);
int num__buf_extend(num_buf *b, size_t n);

/* Unicode properties from Python 3.11's database (Unicode 14.0). */
int num__isprintable(uint32_t cp);
int num__isspace(uint32_t cp);
/* The value 0..9 of a decimal digit (category Nd), or -1. */
int num__decimal(uint32_t cp);

/* Decodes one UTF-8 code point at s[*i] (advancing *i); invalid bytes are
 * taken one at a time as U+FFFD. */
uint32_t num__utf8_next(const char *s, size_t n, size_t *i);
/* The number of code points in s[0..n). */
size_t num__utf8_len(const char *s, size_t n);

/*
 * Decimal digits of a finite, nonzero |x| as _Py_dg_dtoa gives them:
 *   mode 0: the shortest digits that round-trip;
 *   mode 2: ndigits (>= 1) significant digits, correctly rounded;
 *   mode 3: rounded at ndigits (>= 0) places after the point.
 * Trailing zeros are removed; the value is 0.DIGITS * 10**decpt.  In mode 3
 * a value that rounds to zero gives no digits and decpt = -ndigits.  For
 * x == 0 the digits are "0" and decpt is 1.  Appends the digits to b.
 */
int num__dtoa(num_buf *b, double x, int mode, int ndigits, int *decpt);

/* PyOS_double_to_string: format_code 'e' 'E' 'f' 'F' 'g' 'G' 'r' with its
 * flags.  Appends to b. */
#define NUM__DTSF_SIGN 1
#define NUM__DTSF_ADD_DOT_0 2
#define NUM__DTSF_ALT 4
#define NUM__DTSF_NO_NEG_0 8
int num__double_to_string(num_buf *b, double x, char format_code, int precision, int flags);

#endif /* PY_NUM_INTERNAL_H */
