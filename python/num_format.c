/*
 * num_format.c -- numbers as text: float repr and the decimal digits
 * behind it (num__dtoa, in place of CPython's _Py_dg_dtoa), the float
 * formatter PyOS_double_to_string, the format-spec mini-language
 * (Python/formatter_unicode.c) and printf-style formatting of one
 * argument (Objects/unicodeobject.c's unicode_format_arg).
 *
 * Decimal digits come from the C library's printf and strtod, which are
 * exact (glibc, and musl under Emscripten): "%.*e" and "%.*f" round the
 * exact binary value correctly, half to even, so modes 2 and 3 of
 * _Py_dg_dtoa are one snprintf each; the shortest round-tripping digits
 * (mode 0) are found by a binary search on the precision, with one
 * correction for powers of two, whose rounding interval is lopsided.
 *
 * Widths and precisions count code points, as CPython's str does; the
 * text is UTF-8 throughout.
 */
#include "num_internal.h"

#include <float.h>
#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- decimal digits (_Py_dg_dtoa) ---------------------------------------- */

/* snprintf into a num_buf (replacing its contents).  0 or NUM_ENOMEM. */
static int bprintf_double(num_buf *b, const char *fmt, int prec, double x)
{
    char small[64];
    int n = snprintf(small, sizeof small, fmt, prec, x);
    num_buf_clear(b);
    if (n < 0)
        n = 0;
    if ((size_t)n < sizeof small)
        return num_buf_put(b, small, (size_t)n);
    if (num_buf_put(b, NULL, 0) || (size_t)n + 1 > b->cap) {
        char *p = num_realloc(b->data, (size_t)n + 1);
        if (!p)
            return num__err_text(NUM_ENOMEM, "", 0);
        b->data = p;
        b->cap = (size_t)n + 1;
    }
    snprintf(b->data, (size_t)n + 1, fmt, prec, x);
    b->len = (size_t)n;
    return 0;
}

/* "%.*e" of x (> 0) with p significant digits: the digits (p of them,
 * into dig) and the decimal exponent.  dig has room for 17 + 1. */
static void sci17(double x, int p, char *dig, int *exp10)
{
    char s[40];
    snprintf(s, sizeof s, "%.*e", p - 1, x);
    int k = 0;
    const char *q = s;
    for (; *q && *q != 'e'; q++)
        if (*q >= '0' && *q <= '9')
            dig[k++] = *q;
    dig[k] = '\0';
    *exp10 = atoi(q + 1);
}

/* Whether the p digits dig (value 0.dig * 10**decpt) read back as x. */
static int round_trips(const char *dig, int p, int decpt, double x)
{
    char s[48];
    /* "0.DIGITSe<decpt>", built by hand: this runs for every repr */
    s[0] = '0';
    s[1] = '.';
    memcpy(s + 2, dig, (size_t)p);
    char *q = s + 2 + p;
    *q++ = 'e';
    int e = decpt;
    if (e < 0) {
        *q++ = '-';
        e = -e;
    }
    char rev[8];
    int n = 0;
    do {
        rev[n++] = (char)('0' + e % 10);
        e /= 10;
    } while (e);
    while (n)
        *q++ = rev[--n];
    *q = '\0';
    return strtod(s, NULL) == x;
}

/* The p (15 or 16) correctly rounded digits of x from its 17 correctly
 * rounded digits d17 (exponent e17), without another printf.  Rounding
 * twice is the same as rounding once unless d17's dropped tail is exactly
 * half (a midpoint with <= 17 digits would be nearer to x than d17): then,
 * and only then, printf decides.  Returns the exponent in *e. */
static void round_from17(double x, const char *d17, int e17, int p, char *dig, int *e)
{
    const char *tail = d17 + p;
    int half = tail[0] == '5';
    for (int k = 1; half && k < 17 - p; k++)
        half = tail[k] == '0';
    if (half) {
        sci17(x, p, dig, e);
        return;
    }
    memcpy(dig, d17, (size_t)p);
    dig[p] = '\0';
    *e = e17;
    if (tail[0] >= '5') {
        int k = p - 1;
        while (k >= 0 && dig[k] == '9')
            dig[k--] = '0';
        if (k < 0) {
            dig[0] = '1';
            (*e)++;
        } else
            dig[k]++;
    }
}

/* Mode 0 for finite x > 0: shortest digits that round-trip; among those,
 * the nearest to x. */
static void shortest(double x, char *dig, int *decpt)
{
    int m_exp;
    double m = frexp(x, &m_exp);
    int pow2 = m == 0.5; /* lopsided interval: the gap below is half the gap above */
    int e;
    /* a subnormal has fewer than 15 significant digits: search from 1 too */
    if (!pow2 && x >= DBL_MIN) {
        /* Any decimal of at most 15 digits survives a trip through a double
         * (DBL_DIG), so if some string of <= 15 digits reads back as x,
         * the 15 correctly rounded digits of x are that string padded with
         * zeros: strip them.  Otherwise the shortest has 16 or 17 digits,
         * and with a symmetric rounding interval the nearest string of a
         * length reads back if any string of that length does. */
        char d17[20];
        int e17;
        sci17(x, 17, d17, &e17);
        int p = 15;
        for (;; p++) {
            if (p == 17) {
                memcpy(dig, d17, 18);
                e = e17;
                break;
            }
            round_from17(x, d17, e17, p, dig, &e);
            if (round_trips(dig, p, e + 1, x))
                break;
        }
        *decpt = e + 1;
    } else {
        for (int p = 1; p <= 17; p++) {
            sci17(x, p, dig, &e);
            if (round_trips(dig, p, e + 1, x)) {
                *decpt = e + 1;
                break;
            }
            /* The nearest p digits are below x and fell out of the narrow
             * lower half-gap: the next p-digit number up may still be
             * inside the wider upper one. */
            char up[20];
            memcpy(up, dig, (size_t)p + 1);
            int k = p - 1, upe = e;
            while (k >= 0 && up[k] == '9')
                up[k--] = '0';
            if (k < 0) {
                up[0] = '1';
                upe++;
            } else
                up[k]++;
            if (round_trips(up, p, upe + 1, x)) {
                memcpy(dig, up, (size_t)p + 1);
                *decpt = upe + 1;
                break;
            }
        }
    }
    /* strip trailing zeros */
    size_t len = strlen(dig);
    while (len > 1 && dig[len - 1] == '0')
        dig[--len] = '\0';
}

int num__dtoa(num_buf *b, double x, int mode, int ndigits, int *decpt)
{
    x = fabs(x);
    if (x == 0.0) {
        *decpt = 1;
        return num_buf_putc(b, '0');
    }
    if (mode == 0) {
        char dig[24];
        if (x < 9007199254740992.0 && x == floor(x)) {
            /* An integer below 2**53: its decimal digits are exact, and any
             * shorter text is another integer, another double. */
            uint64_t v = (uint64_t)x;
            int n = 0;
            char rev[20];
            while (v) {
                rev[n++] = (char)('0' + v % 10);
                v /= 10;
            }
            *decpt = n;
            int k = 0;
            while (k < n - 1 && rev[k] == '0')
                k++; /* trailing zeros */
            int m = 0;
            for (int j = n - 1; j >= k; j--)
                dig[m++] = rev[j];
            dig[m] = '\0';
            return num_buf_puts(b, dig);
        }
        shortest(x, dig, decpt);
        return num_buf_puts(b, dig);
    }
    /* A double's exact decimal expansion has at most 767 significant
     * digits and 1074 after the point: digits asked for beyond those are
     * zeros, which are stripped anyway, so printf need not make them. */
    if (mode == 2 && ndigits > 800)
        ndigits = 800;
    if (mode == 3 && ndigits > 1100)
        ndigits = 1100;
    num_buf t = {0};
    int rc = 0;
    if (mode == 2) {
        if (ndigits < 1)
            ndigits = 1;
        rc = bprintf_double(&t, "%.*e", ndigits - 1, x);
        if (rc)
            goto out;
        char *ep = strchr(t.data, 'e');
        int e10 = atoi(ep + 1);
        size_t start = b->len;
        for (char *q = t.data; q < ep; q++)
            if (*q != '.' && (rc = num_buf_putc(b, *q)))
                goto out;
        while (b->len > start + 1 && b->data[b->len - 1] == '0')
            b->data[--b->len] = '\0';
        *decpt = e10 + 1;
        goto out;
    }
    /* mode 3 */
    if (ndigits >= 0) {
        rc = bprintf_double(&t, "%.*f", ndigits, x);
        if (rc)
            goto out;
        const char *dot = strchr(t.data, '.');
        size_t intlen = dot ? (size_t)(dot - t.data) : t.len;
        int dp = (int)intlen;
        /* all digits, leading zeros removed (each moves the point left) */
        const char *q = t.data;
        size_t start = b->len;
        int seen = 0;
        for (; *q; q++) {
            if (*q == '.')
                continue;
            if (!seen && *q == '0') {
                dp--;
                continue;
            }
            seen = 1;
            if ((rc = num_buf_putc(b, *q)))
                goto out;
        }
        while (b->len > start && b->data[b->len - 1] == '0')
            b->data[--b->len] = '\0';
        if (b->len == start) {
            *decpt = -ndigits;
            if (b->data)
                b->data[b->len] = '\0';
        } else
            *decpt = dp;
        goto out;
    }
    {
        /* ndigits < 0: round the integer part at 10**-ndigits, half to
         * even, with the fraction as a sticky bit. */
        double ip = trunc(x);
        int sticky = ip != x;
        rc = bprintf_double(&t, "%.*f", 0, ip);
        if (rc)
            goto out;
        long m = -(long)ndigits;
        long L = (long)t.len;
        size_t start = b->len;
        if (m > L) {
            *decpt = (int)m;
            goto out; /* below half of 10**m: zero, no digits */
        }
        long keep = L - m;
        /* tail = t[keep..L) compared with 5000... */
        int cmp = 0;
        if (t.data[keep] > '5')
            cmp = 1;
        else if (t.data[keep] < '5')
            cmp = -1;
        else {
            for (long k = keep + 1; k < L && !cmp; k++)
                if (t.data[k] != '0')
                    cmp = 1;
            if (!cmp && sticky)
                cmp = 1;
        }
        int odd = keep > 0 && ((t.data[keep - 1] - '0') & 1);
        int up = cmp > 0 || (cmp == 0 && odd);
        if ((rc = num_buf_put(b, t.data, (size_t)keep)))
            goto out;
        long dp = keep + m;
        if (up) {
            long k = (long)b->len - 1;
            while (k >= (long)start && b->data[k] == '9')
                b->data[k--] = '0';
            if (k < (long)start) {
                /* all nines (or nothing kept): becomes 1 followed by zeros */
                if ((rc = num_buf_putc(b, '0')))
                    goto out;
                memmove(b->data + start + 1, b->data + start, b->len - start - 1);
                b->data[start] = '1';
                dp++;
            } else
                b->data[k]++;
        }
        while (b->len > start && b->data[b->len - 1] == '0')
            b->data[--b->len] = '\0';
        *decpt = b->len == start ? (int)m : (int)dp;
    }
out:
    num_buf_free(&t);
    return rc;
}

/* ---- PyOS_double_to_string / format_float_short ----------------------------- */

int num__double_to_string(num_buf *b, double d, char format_code, int precision, int flags)
{
    int upper = 0, mode = 0;
    switch (format_code) {
    case 'E': upper = 1; format_code = 'e'; /* fall through */
    case 'e': mode = 2; precision++; break;
    case 'F': upper = 1; format_code = 'f'; /* fall through */
    case 'f': mode = 3; break;
    case 'G': upper = 1; format_code = 'g'; /* fall through */
    case 'g':
        mode = 2;
        if (precision == 0)
            precision = 1;
        break;
    default: mode = 0; format_code = 'r'; break;
    }
    int always_add_sign = flags & NUM__DTSF_SIGN, add_dot_0 = flags & NUM__DTSF_ADD_DOT_0;
    int alt = flags & NUM__DTSF_ALT, no_neg_0 = flags & NUM__DTSF_NO_NEG_0;
    int sign = signbit(d) != 0;
    if (!isfinite(d)) {
        if (isnan(d))
            sign = 0;
        if (sign && num_buf_putc(b, '-'))
            return NUM_ENOMEM;
        if (!sign && always_add_sign && num_buf_putc(b, '+'))
            return NUM_ENOMEM;
        return num_buf_puts(b, isnan(d) ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf"));
    }
    num_buf dig = {0};
    int decpt;
    if (num__dtoa(&dig, d, mode, precision, &decpt)) {
        num_buf_free(&dig);
        return NUM_ENOMEM;
    }
    const char *digits = dig.data ? dig.data : "";
    long digits_len = (long)dig.len;
    if (no_neg_0 && sign && (digits_len == 0 || (digits_len == 1 && digits[0] == '0')))
        sign = 0;

    long vdigits_end = digits_len, vdigits_start, dp = decpt;
    int use_exp = 0, exp = 0;
    switch (format_code) {
    case 'e':
        use_exp = 1;
        vdigits_end = precision;
        break;
    case 'f':
        vdigits_end = dp + precision;
        break;
    case 'g':
        if (dp <= -4 || dp > (add_dot_0 ? precision - 1 : precision))
            use_exp = 1;
        if (alt)
            vdigits_end = precision;
        break;
    default: /* 'r': exponent from 1e16 on */
        if (dp <= -4 || dp > 16)
            use_exp = 1;
        break;
    }
    if (use_exp) {
        exp = (int)dp - 1;
        dp = 1;
    }
    vdigits_start = dp <= 0 ? dp - 1 : 0;
    if (!use_exp && add_dot_0)
        vdigits_end = vdigits_end > dp ? vdigits_end : dp + 1;
    else
        vdigits_end = vdigits_end > dp ? vdigits_end : dp;

    size_t need = 3 + (size_t)(vdigits_end - vdigits_start) + (use_exp ? 6 : 0);
    int rc = 0;
    {
        char *spare = num_realloc(NULL, need + 1);
        if (!spare) {
            num_buf_free(&dig);
            return num__err_text(NUM_ENOMEM, "", 0);
        }
        char *p = spare;
        if (sign)
            *p++ = '-';
        else if (always_add_sign)
            *p++ = '+';
        if (dp <= 0) {
            memset(p, '0', (size_t)(dp - vdigits_start));
            p += dp - vdigits_start;
            *p++ = '.';
            memset(p, '0', (size_t)(0 - dp));
            p += 0 - dp;
        } else {
            memset(p, '0', (size_t)(0 - vdigits_start));
            p += 0 - vdigits_start;
        }
        if (0 < dp && dp <= digits_len) {
            memcpy(p, digits, (size_t)dp);
            p += dp;
            *p++ = '.';
            memcpy(p, digits + dp, (size_t)(digits_len - dp));
            p += digits_len - dp;
        } else {
            memcpy(p, digits, (size_t)digits_len);
            p += digits_len;
        }
        if (digits_len < dp) {
            memset(p, '0', (size_t)(dp - digits_len));
            p += dp - digits_len;
            *p++ = '.';
            memset(p, '0', (size_t)(vdigits_end - dp));
            p += vdigits_end - dp;
        } else {
            memset(p, '0', (size_t)(vdigits_end - digits_len));
            p += vdigits_end - digits_len;
        }
        if (p[-1] == '.' && !alt)
            p--;
        if (use_exp) {
            *p++ = upper ? 'E' : 'e';
            p += sprintf(p, "%+.02d", exp);
        }
        rc = num_buf_put(b, spare, (size_t)(p - spare));
        num_free(spare);
    }
    num_buf_free(&dig);
    return rc;
}

int num_float_repr(num_buf *b, double x)
{
    return num__double_to_string(b, x, 'r', 0, NUM__DTSF_ADD_DOT_0);
}

/* ---- the format-spec mini-language ------------------------------------------- */

enum { LT_NO_LOCALE, LT_DEFAULT_LOCALE, LT_UNDERSCORE_LOCALE, LT_UNDER_FOUR_LOCALE, LT_CURRENT_LOCALE };

typedef struct {
    uint32_t fill_char;
    uint32_t align;
    int alternate;
    int no_neg_0;
    uint32_t sign;
    int64_t width;
    int thousands_separators;
    int64_t precision;
    uint32_t type;
} spec_t;

static int is_alignment_token(uint32_t c)
{
    return c == '<' || c == '>' || c == '=' || c == '^';
}

static int is_sign_element(uint32_t c)
{
    return c == ' ' || c == '+' || c == '-';
}

static int decimal_of(uint32_t c)
{
    if (c >= '0' && c <= '9')
        return (int)(c - '0');
    if (c < 128)
        return -1;
    return num__decimal(c);
}

/* get_integer: -1 on overflow (error set), else the number of digits. */
static int64_t get_integer(const uint32_t *s, size_t end, size_t *ppos, int64_t *result)
{
    int64_t acc = 0, nd = 0;
    size_t pos = *ppos;
    for (; pos < end; pos++, nd++) {
        int d = decimal_of(s[pos]);
        if (d < 0)
            break;
        if (acc > (INT64_MAX - d) / 10) {
            *ppos = pos;
            num__err(NUM_EVALUE, "Too many decimal digits in format string");
            return -1;
        }
        acc = acc * 10 + d;
    }
    *ppos = pos;
    *result = acc;
    return nd;
}

static int unknown_presentation_type(uint32_t type, const char *type_name)
{
    if (type > 32 && type < 128)
        return num__err(NUM_EVALUE, "Unknown format code '%c' for object of type '%.200s'", (char)type, type_name);
    return num__err(NUM_EVALUE, "Unknown format code '\\x%x' for object of type '%.200s'", (unsigned)type,
                    type_name);
}

static int invalid_thousands_separator_type(int specifier, uint32_t type)
{
    char c = specifier == LT_DEFAULT_LOCALE ? ',' : '_';
    if (type > 32 && type < 128)
        return num__err(NUM_EVALUE, "Cannot specify '%c' with '%c'.", c, (char)type);
    return num__err(NUM_EVALUE, "Cannot specify '%c' with '\\x%x'.", c, (unsigned)type);
}

/* parse_internal_render_format_spec over the spec's code points. */
static int parse_spec(const char *text, size_t tlen, const uint32_t *s, size_t end, spec_t *f, char default_type,
                      char default_align, const char *type_name)
{
    size_t pos = 0;
    int align_specified = 0, fill_char_specified = 0;
    f->fill_char = ' ';
    f->align = (uint32_t)default_align;
    f->alternate = 0;
    f->no_neg_0 = 0;
    f->sign = 0;
    f->width = -1;
    f->thousands_separators = LT_NO_LOCALE;
    f->precision = -1;
    f->type = (uint32_t)default_type;

    if (end - pos >= 2 && is_alignment_token(s[pos + 1])) {
        f->align = s[pos + 1];
        f->fill_char = s[pos];
        fill_char_specified = 1;
        align_specified = 1;
        pos += 2;
    } else if (end - pos >= 1 && is_alignment_token(s[pos])) {
        f->align = s[pos];
        align_specified = 1;
        pos++;
    }
    if (end - pos >= 1 && is_sign_element(s[pos]))
        f->sign = s[pos++];
    if (end - pos >= 1 && s[pos] == 'z') {
        f->no_neg_0 = 1;
        pos++;
    }
    if (end - pos >= 1 && s[pos] == '#') {
        f->alternate = 1;
        pos++;
    }
    if (!fill_char_specified && end - pos >= 1 && s[pos] == '0') {
        f->fill_char = '0';
        if (!align_specified && default_align == '>')
            f->align = '=';
        pos++;
    }
    int64_t consumed = get_integer(s, end, &pos, &f->width);
    if (consumed < 0)
        return NUM_EVALUE;
    if (consumed == 0)
        f->width = -1;
    if (end - pos && s[pos] == ',') {
        f->thousands_separators = LT_DEFAULT_LOCALE;
        pos++;
    }
    if (end - pos && s[pos] == '_') {
        if (f->thousands_separators != LT_NO_LOCALE)
            return num__err(NUM_EVALUE, "Cannot specify both ',' and '_'.");
        f->thousands_separators = LT_UNDERSCORE_LOCALE;
        pos++;
    }
    if (end - pos && s[pos] == ',' && f->thousands_separators == LT_UNDERSCORE_LOCALE)
        return num__err(NUM_EVALUE, "Cannot specify both ',' and '_'.");
    if (end - pos && s[pos] == '.') {
        pos++;
        consumed = get_integer(s, end, &pos, &f->precision);
        if (consumed < 0)
            return NUM_EVALUE;
        if (consumed == 0)
            return num__err(NUM_EVALUE, "Format specifier missing precision");
    }
    if (end - pos > 1)
        return num__err(NUM_EVALUE, "Invalid format specifier '%.*s' for object of type '%.200s'", (int)tlen, text,
                        type_name);
    if (end - pos == 1)
        f->type = s[pos++];
    if (f->thousands_separators) {
        switch (f->type) {
        case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case '\0':
            break;
        case 'b': case 'o': case 'x': case 'X':
            if (f->thousands_separators == LT_UNDERSCORE_LOCALE) {
                f->thousands_separators = LT_UNDER_FOUR_LOCALE;
                break;
            }
            /* fall through */
        default:
            return invalid_thousands_separator_type(f->thousands_separators, f->type);
        }
    }
    return 0;
}

/* The spec's code points (a new array: num_free it). */
static uint32_t *spec_cps(const char *spec, size_t n, size_t *count)
{
    uint32_t *cps = num_realloc(NULL, (n + 1) * sizeof(uint32_t));
    if (!cps) {
        num__err_text(NUM_ENOMEM, "", 0);
        return NULL;
    }
    size_t i = 0, k = 0;
    while (i < n)
        cps[k++] = num__utf8_next(spec, n, &i);
    *count = k;
    return cps;
}

/* What a number looks like once laid out: see calc_number_widths. */
typedef struct {
    int64_t n_lpadding, n_prefix, n_spadding, n_rpadding;
    char sign;
    int64_t n_sign, n_grouped_digits, n_decimal, n_remainder, n_digits, n_min_width;
} widths_t;

typedef struct {
    int group;     /* digits per group, 0 for none */
    char sep;      /* the separator */
} locale_t_;

static void get_locale_info(int type, locale_t_ *l)
{
    switch (type) {
    case LT_DEFAULT_LOCALE: l->group = 3; l->sep = ','; break;
    case LT_UNDERSCORE_LOCALE: l->group = 3; l->sep = '_'; break;
    case LT_UNDER_FOUR_LOCALE: l->group = 4; l->sep = '_'; break;
    default: l->group = 0; l->sep = '\0'; break; /* none, and the C locale's 'n' */
    }
}

/*
 * _PyUnicode_InsertThousandsGrouping: the digits digits[0..n_digits) with
 * separators and, when min_width asks for it, leading zeros (also
 * grouped).  With out NULL only counts; else writes the result, which is
 * laid out from its end, into out[0..count).
 */
static int64_t insert_grouping(char *out, int64_t count_total, const char *digits, int64_t n_digits,
                               int64_t min_width, const locale_t_ *l)
{
    if (min_width < 0)
        min_width = 0;
    int64_t count = 0, remaining = n_digits, dpos = n_digits, opos = count_total;
    int use_sep = 0, broken = 0;
    int64_t sep_len = l->group ? 1 : 0;
    for (;;) {
        int64_t len;
        if (l->group) {
            len = l->group;
            int64_t cap = remaining > min_width ? remaining : min_width;
            if (cap < 1)
                cap = 1;
            if (len > cap)
                len = cap;
        } else
            break;
        int64_t n_zeros = len - remaining > 0 ? len - remaining : 0;
        int64_t n_chars = remaining < len ? remaining : len;
        if (n_chars < 0)
            n_chars = 0;
        count += (use_sep ? sep_len : 0) + n_zeros + n_chars;
        if (out) {
            if (use_sep)
                out[--opos] = l->sep;
            for (int64_t k = 0; k < n_chars; k++)
                out[--opos] = digits[--dpos];
            for (int64_t k = 0; k < n_zeros; k++)
                out[--opos] = '0';
        }
        use_sep = 1;
        remaining -= n_chars;
        min_width -= len;
        if (remaining <= 0 && min_width <= 0) {
            broken = 1;
            break;
        }
        min_width -= sep_len;
    }
    if (!broken) {
        int64_t len = remaining > min_width ? remaining : min_width;
        if (len < 1)
            len = 1;
        int64_t n_zeros = len - remaining > 0 ? len - remaining : 0;
        int64_t n_chars = remaining < len ? remaining : len;
        if (n_chars < 0)
            n_chars = 0;
        count += (use_sep ? sep_len : 0) + n_zeros + n_chars;
        if (out) {
            if (use_sep)
                out[--opos] = l->sep;
            for (int64_t k = 0; k < n_chars; k++)
                out[--opos] = digits[--dpos];
            for (int64_t k = 0; k < n_zeros; k++)
                out[--opos] = '0';
        }
    }
    return count;
}

/* A width or precision beyond this is refused as MemoryError (CPython
 * would try to build the text; a learner's format(x, '999999999') should
 * not take the page down). */
#define MAX_FIELD ((int64_t)1 << 24)

static int calc_number_widths(widths_t *w, int64_t n_prefix, char sign_char, int64_t n_number,
                              int64_t n_remainder, int has_decimal, const locale_t_ *l, const spec_t *f)
{
    /* Before any work: a zero-padded width is grouped group by group. */
    if (f->width > MAX_FIELD)
        return num__err_text(NUM_ENOMEM, "", 0);
    w->n_digits = n_number - n_remainder - (has_decimal ? 1 : 0);
    w->n_lpadding = 0;
    w->n_prefix = n_prefix;
    w->n_decimal = has_decimal ? 1 : 0;
    w->n_remainder = n_remainder;
    w->n_spadding = 0;
    w->n_rpadding = 0;
    w->sign = '\0';
    w->n_sign = 0;
    switch (f->sign) {
    case '+':
        w->n_sign = 1;
        w->sign = sign_char == '-' ? '-' : '+';
        break;
    case ' ':
        w->n_sign = 1;
        w->sign = sign_char == '-' ? '-' : ' ';
        break;
    default:
        if (sign_char == '-') {
            w->n_sign = 1;
            w->sign = '-';
        }
    }
    int64_t n_non_digit_non_padding = w->n_sign + w->n_prefix + w->n_decimal + w->n_remainder;
    if (f->fill_char == '0' && f->align == '=')
        w->n_min_width = f->width - n_non_digit_non_padding;
    else
        w->n_min_width = 0;
    if (w->n_digits == 0)
        w->n_grouped_digits = 0;
    else
        w->n_grouped_digits = insert_grouping(NULL, 0, NULL, w->n_digits, w->n_min_width, l);
    int64_t n_padding = f->width - (n_non_digit_non_padding + w->n_grouped_digits);
    if (n_padding > 0) {
        switch (f->align) {
        case '<': w->n_rpadding = n_padding; break;
        case '^':
            w->n_lpadding = n_padding / 2;
            w->n_rpadding = n_padding - w->n_lpadding;
            break;
        case '=': w->n_spadding = n_padding; break;
        default: w->n_lpadding = n_padding; break;
        }
    }
    return 0;
}


/* fill_number: number is the text after any sign: digits, then '.' and the
 * remainder (or only the remainder, for 'c'); prefix is "0x" and such. */
static int fill_number(num_buf *b, const widths_t *w, const char *number, size_t number_bytes, const char *prefix,
                       uint32_t fill, const locale_t_ *l, int toupper_)
{
    if (w->n_lpadding + w->n_spadding + w->n_rpadding + w->n_grouped_digits > MAX_FIELD)
        return num__err_text(NUM_ENOMEM, "", 0);
    if (num__buf_fill(b, fill, w->n_lpadding))
        return NUM_ENOMEM;
    if (w->n_sign == 1 && num_buf_putc(b, w->sign))
        return NUM_ENOMEM;
    if (w->n_prefix) {
        for (int64_t k = 0; k < w->n_prefix; k++) {
            char c = prefix[k];
            if (toupper_ && c >= 'a' && c <= 'z')
                c = (char)(c - 'a' + 'A');
            if (num_buf_putc(b, c))
                return NUM_ENOMEM;
        }
    }
    if (num__buf_fill(b, fill, w->n_spadding))
        return NUM_ENOMEM;
    const char *d = number;
    if (w->n_digits != 0) {
        size_t at = b->len;
        if (num__buf_extend(b, (size_t)w->n_grouped_digits))
            return NUM_ENOMEM;
        insert_grouping(b->data + at, w->n_grouped_digits, d, w->n_digits, w->n_min_width, l);
        if (toupper_)
            for (int64_t k = 0; k < w->n_grouped_digits; k++) {
                char c = b->data[at + (size_t)k];
                if (c >= 'a' && c <= 'z')
                    b->data[at + (size_t)k] = (char)(c - 'a' + 'A');
            }
        d += w->n_digits;
    }
    if (w->n_decimal) {
        if (num_buf_putc(b, '.'))
            return NUM_ENOMEM;
        d += 1;
    }
    if (w->n_remainder && num_buf_put(b, d, number_bytes - (size_t)(d - number)))
        return NUM_ENOMEM;
    return num__buf_fill(b, fill, w->n_rpadding);
}

/* format_long_internal: v formatted with an integer presentation type. */
static int format_long_internal(num_buf *b, const mp_int *v, const spec_t *f)
{
    if (f->precision != -1)
        return num__err(NUM_EVALUE, "Precision not allowed in integer format specifier");
    if (f->no_neg_0)
        return num__err(NUM_EVALUE, "Negative zero coercion (z) not allowed in integer format specifier");
    num_buf tmp = {0};
    int rc = 0;
    const char *number, *prefix = "";
    size_t number_bytes;
    char sign_char = '\0';
    int64_t n_prefix = 0, n_number, n_remainder = 0;
    if (f->type == 'c') {
        if (f->sign != '\0') {
            rc = num__err(NUM_EVALUE, "Sign not allowed with integer format specifier 'c'");
            goto out;
        }
        if (f->alternate) {
            rc = num__err(NUM_EVALUE, "Alternate form (#) not allowed with integer format specifier 'c'");
            goto out;
        }
        int64_t x;
        if (!num_int_get_i64(v, &x)) {
            rc = num__err(NUM_EOVERFLOW, "Python int too large to convert to C long");
            goto out;
        }
        if (x < 0 || x > 0x10ffff) {
            rc = num__err(NUM_EOVERFLOW, "%%c arg not in range(0x110000)");
            goto out;
        }
        if ((rc = num_buf_put_cp(&tmp, (uint32_t)x)))
            goto out;
        number = tmp.data;
        number_bytes = tmp.len;
        n_number = 1;
        n_remainder = 1; /* the character is copied as it is, never grouped */
    } else {
        int base = 10, skip = 0;
        switch (f->type) {
        case 'b': base = 2; skip = 2; break;
        case 'o': base = 8; skip = 2; break;
        case 'x': case 'X': base = 16; skip = 2; break;
        default: break;
        }
        if ((rc = num_int_to_base(&tmp, v, base, 1)))
            goto out;
        const char *t = tmp.data;
        if (t[0] == '-') {
            sign_char = '-';
            t++;
        }
        prefix = t;
        if (f->alternate)
            n_prefix = skip;
        number = t + skip;
        n_number = (int64_t)strlen(number);
        number_bytes = (size_t)n_number;
    }
    locale_t_ l;
    get_locale_info(f->type == 'n' ? LT_CURRENT_LOCALE : f->thousands_separators, &l);
    widths_t w;
    rc = calc_number_widths(&w, n_prefix, sign_char, n_number, n_remainder, 0, &l, f);
    if (!rc)
        rc = fill_number(b, &w, number, number_bytes, prefix, f->fill_char, &l, f->type == 'X');
out:
    num_buf_free(&tmp);
    return rc;
}

/* format_float_internal. */
static int format_float_internal(num_buf *b, double val, const spec_t *f)
{
    if (f->precision > INT_MAX)
        return num__err(NUM_EVALUE, "precision too big");
    int precision = (int)f->precision, default_precision = 6, flags = 0, add_pct = 0;
    uint32_t type = f->type;
    if (f->alternate)
        flags |= NUM__DTSF_ALT;
    if (f->no_neg_0)
        flags |= NUM__DTSF_NO_NEG_0;
    if (type == '\0') {
        /* like repr without a precision, else 'g' with at least one digit after the point */
        flags |= NUM__DTSF_ADD_DOT_0;
        type = 'r';
        default_precision = 0;
    }
    if (type == 'n')
        type = 'g';
    if (type == '%') {
        type = 'f';
        val *= 100;
        add_pct = 1;
    }
    if (precision < 0)
        precision = default_precision;
    else if (type == 'r')
        type = 'g';
    /* 'g' without '#' strips its zeros: only the others write out their
     * precision's worth of digits. */
    if (precision > MAX_FIELD && (type == 'f' || type == 'F' || type == 'e' || type == 'E' || f->alternate))
        return num__err_text(NUM_ENOMEM, "", 0);
    num_buf tmp = {0};
    int rc = num__double_to_string(&tmp, val, (char)type, precision, flags);
    if (!rc && add_pct)
        rc = num_buf_putc(&tmp, '%');
    if (rc) {
        num_buf_free(&tmp);
        return rc;
    }
    const char *t = tmp.data;
    char sign_char = '\0';
    if (t[0] == '-') {
        sign_char = '-';
        t++;
    }
    int64_t n_number = (int64_t)strlen(t);
    /* parse_number: digits, then an optional '.', then the remainder */
    int64_t pos = 0;
    while (pos < n_number && t[pos] >= '0' && t[pos] <= '9')
        pos++;
    int has_decimal = pos < n_number && t[pos] == '.';
    int64_t n_remainder = n_number - pos - (has_decimal ? 1 : 0);
    locale_t_ l;
    get_locale_info(f->type == 'n' ? LT_CURRENT_LOCALE : f->thousands_separators, &l);
    widths_t w;
    rc = calc_number_widths(&w, 0, sign_char, n_number, n_remainder, has_decimal, &l, f);
    if (!rc)
        rc = fill_number(b, &w, t, (size_t)n_number, "", f->fill_char, &l, 0);
    num_buf_free(&tmp);
    return rc;
}

int num_format_int(num_buf *b, const mp_int *v, const char *spec, size_t n, const char *type_name)
{
    if (n == 0)
        return num_int_str(b, v);
    size_t count;
    uint32_t *cps = spec_cps(spec, n, &count);
    if (!cps)
        return NUM_ENOMEM;
    spec_t f;
    int rc = parse_spec(spec, n, cps, count, &f, 'd', '>', type_name);
    num_free(cps);
    if (rc)
        return rc;
    switch (f.type) {
    case 'b': case 'c': case 'd': case 'o': case 'x': case 'X': case 'n':
        return format_long_internal(b, v, &f);
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%': {
        double x;
        if ((rc = num_int_to_double(v, &x)))
            return rc;
        return format_float_internal(b, x, &f);
    }
    default:
        return unknown_presentation_type(f.type, type_name);
    }
}

int num_format_float(num_buf *b, double v, const char *spec, size_t n, const char *type_name)
{
    if (n == 0)
        return num_float_repr(b, v);
    size_t count;
    uint32_t *cps = spec_cps(spec, n, &count);
    if (!cps)
        return NUM_ENOMEM;
    spec_t f;
    int rc = parse_spec(spec, n, cps, count, &f, '\0', '>', type_name);
    num_free(cps);
    if (rc)
        return rc;
    switch (f.type) {
    case '\0': case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%':
        return format_float_internal(b, v, &f);
    default:
        return unknown_presentation_type(f.type, type_name);
    }
}

/* calc_padding for strings. */
static void calc_padding(int64_t nchars, int64_t width, uint32_t align, int64_t *lpad, int64_t *rpad)
{
    int64_t total = width >= 0 && width > nchars ? width : nchars;
    if (align == '>')
        *lpad = total - nchars;
    else if (align == '^')
        *lpad = (total - nchars) / 2;
    else
        *lpad = 0; /* '<' and '=' */
    *rpad = total - nchars - *lpad;
}

int num_format_str(num_buf *b, const char *s, size_t slen, const char *spec, size_t n, const char *type_name)
{
    if (n == 0)
        return num_buf_put(b, s, slen);
    size_t count;
    uint32_t *cps = spec_cps(spec, n, &count);
    if (!cps)
        return NUM_ENOMEM;
    spec_t f;
    int rc = parse_spec(spec, n, cps, count, &f, 's', '<', type_name);
    num_free(cps);
    if (rc)
        return rc;
    if (f.type != 's')
        return unknown_presentation_type(f.type, type_name);
    if (f.sign != '\0') {
        if (f.sign == ' ')
            return num__err(NUM_EVALUE, "Space not allowed in string format specifier");
        return num__err(NUM_EVALUE, "Sign not allowed in string format specifier");
    }
    if (f.no_neg_0)
        return num__err(NUM_EVALUE, "Negative zero coercion (z) not allowed in string format specifier");
    if (f.alternate)
        return num__err(NUM_EVALUE, "Alternate form (#) not allowed in string format specifier");
    if (f.align == '=')
        return num__err(NUM_EVALUE, "'=' alignment not allowed in string format specifier");
    int64_t len = (int64_t)num__utf8_len(s, slen);
    size_t bytes = slen;
    if (f.precision >= 0 && len >= f.precision) {
        len = f.precision;
        size_t i = 0;
        for (int64_t k = 0; k < len; k++)
            num__utf8_next(s, slen, &i);
        bytes = i;
    }
    int64_t lpad, rpad;
    calc_padding(len, f.width, f.align, &lpad, &rpad);
    if (lpad + rpad > MAX_FIELD)
        return num__err_text(NUM_ENOMEM, "", 0);
    if (num__buf_fill(b, f.fill_char, lpad) || num_buf_put(b, s, bytes) || num__buf_fill(b, f.fill_char, rpad))
        return NUM_ENOMEM;
    return 0;
}

/* ---- printf-style formatting ------------------------------------------------------ */

int num_pct_parse(num_pct *spec, const char *fmt, size_t n, size_t pos)
{
    memset(spec, 0, sizeof *spec);
    spec->width = -1;
    spec->prec = -1;
    size_t p = pos;
    if (p < n && fmt[p] == '%') {
        spec->type = '%';
        spec->literal = 1;
        spec->end = p + 1;
        return 0;
    }
    if (p < n && fmt[p] == '(') {
        int pcount = 1;
        size_t keystart = ++p;
        while (pcount > 0 && p < n) {
            if (fmt[p] == ')')
                pcount--;
            else if (fmt[p] == '(')
                pcount++;
            p++;
        }
        if (pcount > 0)
            return num__err(NUM_EVALUE, "incomplete format key");
        spec->key = fmt + keystart;
        spec->key_len = p - 1 - keystart;
    }
#define NEXT()                                                  \
    do {                                                        \
        if (p >= n)                                             \
            return num__err(NUM_EVALUE, "incomplete format");   \
        tpos = p;                                               \
        ch = num__utf8_next(fmt, n, &p);                        \
    } while (0)
    uint32_t ch;
    size_t tpos;
    for (;;) {
        NEXT();
        if (ch == '-')
            spec->left = 1;
        else if (ch == '+')
            spec->plus = 1;
        else if (ch == ' ')
            spec->space = 1;
        else if (ch == '#')
            spec->alt = 1;
        else if (ch == '0')
            spec->zero = 1;
        else
            break;
    }
    if (ch == '*') {
        spec->width_star = 1;
        NEXT();
    } else if (ch >= '0' && ch <= '9') {
        spec->width = ch - '0';
        for (;;) {
            NEXT();
            if (ch < '0' || ch > '9')
                break;
            if (spec->width > (INT64_MAX - (int64_t)(ch - '0')) / 10)
                return num__err(NUM_EVALUE, "width too big");
            spec->width = spec->width * 10 + (ch - '0');
        }
    }
    if (ch == '.') {
        spec->prec = 0;
        NEXT();
        if (ch == '*') {
            spec->prec_star = 1;
            NEXT();
        } else if (ch >= '0' && ch <= '9') {
            spec->prec = ch - '0';
            for (;;) {
                NEXT();
                if (ch < '0' || ch > '9')
                    break;
                if (spec->prec > (INT_MAX - (int64_t)(ch - '0')) / 10)
                    return num__err(NUM_EVALUE, "precision too big");
                spec->prec = spec->prec * 10 + (ch - '0');
            }
        }
    }
    if (ch == 'h' || ch == 'l' || ch == 'L')
        NEXT();
#undef NEXT
    spec->type = ch;
    spec->index = num__utf8_len(fmt, tpos);
    spec->end = p;
    return 0;
}

void num_pct_set_width(num_pct *spec, int64_t width)
{
    if (width < 0) {
        spec->left = 1;
        width = width == INT64_MIN ? INT64_MAX : -width;
    }
    spec->width = width;
}

void num_pct_set_prec(num_pct *spec, int64_t prec)
{
    spec->prec = prec < 0 ? 0 : prec;
}

static int pct_unsupported(const num_pct *spec)
{
    uint32_t c = spec->type;
    return num__err(NUM_EVALUE, "unsupported format character '%c' (0x%x) at index %zu",
                    (c >= 31 && c <= 126) ? (char)c : '?', (unsigned)c, spec->index);
}

static int is_int_conv(uint32_t c)
{
    return c == 'd' || c == 'i' || c == 'u' || c == 'o' || c == 'x' || c == 'X';
}

static int is_float_conv(uint32_t c)
{
    return c == 'e' || c == 'E' || c == 'f' || c == 'F' || c == 'g' || c == 'G';
}

int num_pct_type_error(const num_pct *spec, const char *type_name)
{
    uint32_t c = spec->type;
    if (c == 'o' || c == 'x' || c == 'X')
        return num__err(NUM_ETYPE, "%%%c format: an integer is required, not %.200s", (char)c, type_name);
    if (is_int_conv(c))
        return num__err(NUM_ETYPE, "%%%c format: a real number is required, not %.200s", (char)c, type_name);
    if (is_float_conv(c))
        return num__err(NUM_ETYPE, "must be real number, not %.200s", type_name);
    if (c == 'c')
        return num__err(NUM_ETYPE, "%%c requires int or char");
    if (c == 's' || c == 'r' || c == 'a')
        return 0;
    return pct_unsupported(spec);
}

/* unicode_format_arg_output: text (UTF-8, nchars code points) padded to the
 * spec; with_sign says the text is a number whose sign and 0x/0o prefix
 * the flags place. */
static int pct_output(num_buf *b, const num_pct *spec, const char *text, size_t bytes, int with_sign)
{
    int64_t len = (int64_t)num__utf8_len(text, bytes);
    int64_t width = spec->width;
    uint32_t fill = with_sign && spec->zero ? '0' : ' ';
    if (spec->type == 's' || spec->type == 'r' || spec->type == 'a') {
        if (spec->prec >= 0 && len > spec->prec) {
            len = spec->prec;
            size_t i = 0;
            for (int64_t k = 0; k < len; k++)
                num__utf8_next(text, bytes, &i);
            bytes = i;
        }
    }
    const char *p = text;
    char signchar = '\0';
    if (with_sign) {
        if (p[0] == '-' || p[0] == '+') {
            signchar = p[0];
            len--;
            p++;
            bytes--;
        } else if (spec->plus)
            signchar = '+';
        else if (spec->space)
            signchar = ' ';
    }
    if (width < len)
        width = len;
    if (width - len > MAX_FIELD)
        return num__err_text(NUM_ENOMEM, "", 0);
    int prefix = spec->alt && (spec->type == 'x' || spec->type == 'X' || spec->type == 'o');
    if (signchar) {
        if (fill != ' ' && num_buf_putc(b, signchar))
            return NUM_ENOMEM;
        if (width > len)
            width--;
    }
    if (prefix) {
        if (fill != ' ') {
            if (num_buf_put(b, p, 2))
                return NUM_ENOMEM;
            p += 2;
            bytes -= 2;
        }
        width -= 2;
        if (width < 0)
            width = 0;
        len -= 2;
    }
    if (width > len && !spec->left) {
        if (num__buf_fill(b, fill, width - len))
            return NUM_ENOMEM;
        width = len;
    }
    if (fill == ' ') {
        if (signchar && num_buf_putc(b, signchar))
            return NUM_ENOMEM;
        if (prefix) {
            if (num_buf_put(b, p, 2))
                return NUM_ENOMEM;
            p += 2;
            bytes -= 2;
        }
    }
    if (num_buf_put(b, p, bytes))
        return NUM_ENOMEM;
    if (width > len && num__buf_fill(b, ' ', width - len))
        return NUM_ENOMEM;
    return 0;
}

/* _PyUnicode_FormatLong. */
static int format_long(num_buf *out, const mp_int *v, int alt, int64_t prec, uint32_t type)
{
    num_buf t = {0};
    int base = type == 'o' ? 8 : (type == 'x' || type == 'X') ? 16 : 10;
    int rc = num_int_to_base(&t, v, base, alt);
    if (rc) {
        num_buf_free(&t);
        return rc;
    }
    const char *s = t.data;
    int sign = s[0] == '-';
    int64_t numnondigits = sign + ((alt && base != 10) ? 2 : 0);
    int64_t numdigits = (int64_t)t.len - numnondigits;
    if (prec > MAX_FIELD)
        rc = num__err_text(NUM_ENOMEM, "", 0);
    if (!rc)
        rc = num_buf_put(out, s, (size_t)numnondigits);
    if (!rc && prec > numdigits)
        rc = num__buf_fill(out, '0', prec - numdigits);
    if (!rc)
        rc = num_buf_put(out, s + numnondigits, (size_t)numdigits);
    num_buf_free(&t);
    return rc;
}

static int pct_float_text(num_buf *t, const num_pct *spec, double x)
{
    int prec = spec->prec < 0 ? 6 : spec->prec > INT_MAX ? INT_MAX : (int)spec->prec;
    if (prec > MAX_FIELD && (spec->alt || (spec->type != 'g' && spec->type != 'G')))
        return num__err_text(NUM_ENOMEM, "", 0);
    return num__double_to_string(t, x, (char)spec->type, prec, spec->alt ? NUM__DTSF_ALT : 0);
}

int num_pct_int(num_buf *b, const num_pct *spec, const mp_int *v)
{
    num_buf t = {0};
    int rc;
    if (is_int_conv(spec->type)) {
        rc = format_long(&t, v, spec->alt, spec->prec, spec->type);
        if (!rc && spec->type == 'X')
            for (size_t k = 0; k < t.len; k++)
                if (t.data[k] >= 'a' && t.data[k] <= 'x')
                    t.data[k] = (char)(t.data[k] - 'a' + 'A');
        if (!rc)
            rc = pct_output(b, spec, t.data, t.len, 1);
    } else if (is_float_conv(spec->type)) {
        double x;
        rc = num_int_to_double(v, &x);
        if (!rc)
            rc = pct_float_text(&t, spec, x);
        if (!rc)
            rc = pct_output(b, spec, t.data, t.len, 1);
    } else if (spec->type == 'c') {
        int64_t x;
        if (!num_int_get_i64(v, &x) || x < 0 || x > 0x10ffff)
            rc = num__err(NUM_EOVERFLOW, "%%c arg not in range(0x110000)");
        else
            rc = num_buf_put_cp(&t, (uint32_t)x);
        if (!rc)
            rc = pct_output(b, spec, t.data, t.len, 0);
    } else
        rc = pct_unsupported(spec);
    num_buf_free(&t);
    return rc;
}

int num_pct_float(num_buf *b, const num_pct *spec, double v)
{
    if (spec->type == 'd' || spec->type == 'i' || spec->type == 'u') {
        mp_int i;
        if (mp_init(&i) != MP_OKAY)
            return num__err_text(NUM_ENOMEM, "", 0);
        int rc = num_int_from_double(&i, v);
        if (!rc)
            rc = num_pct_int(b, spec, &i);
        mp_clear(&i);
        return rc;
    }
    if (!is_float_conv(spec->type))
        return num_pct_type_error(spec, "float");
    num_buf t = {0};
    int rc = pct_float_text(&t, spec, v);
    if (!rc)
        rc = pct_output(b, spec, t.data, t.len, 1);
    num_buf_free(&t);
    return rc;
}

int num_pct_str(num_buf *b, const num_pct *spec, const char *text, size_t n)
{
    if (spec->type == 'c') {
        if (num__utf8_len(text, n) != 1)
            return num__err(NUM_ETYPE, "%%c requires int or char");
    } else if (spec->type != 's' && spec->type != 'r' && spec->type != 'a')
        return num_pct_type_error(spec, "str");
    return pct_output(b, spec, text, n, 0);
}
