/*
 * num.c -- Python's int and float semantics on libtommath and double:
 * parsing, decimal and binary text of ints, arithmetic with floor
 * division, two's-complement bitwise operations, exact int/float
 * conversions and comparisons, hashes, float division, power and round,
 * and the math module's integer helpers.
 *
 * Each operation follows the CPython 3.11 function named in its comment
 * (Objects/longobject.c, Objects/floatobject.c, Modules/mathmodule.c), so
 * results and error messages are CPython's.  Text output (float repr,
 * format specs, %-format) lives in num_format.c; Unicode tables in
 * num_unicode.c.
 */
#include "num_internal.h"

#include <float.h>
#include <limits.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- errors --------------------------------------------------------- */

static char err_fallback[1];   /* "" when the message itself can't be stored */
static char *err_msg;          /* the last error's message, owned here */
static size_t err_cap;         /* bytes allocated for err_msg */

const char *num_exc_name(int err)
{
    switch (err) {
#define NUM__ERR_NAME(name, value, exc) case value: return exc;
        NUM_ERRNO_MAP(NUM__ERR_NAME)
#undef NUM__ERR_NAME
    }
    return "SystemError";
}

const char *num_errmsg(void)
{
    return err_msg ? err_msg : err_fallback;
}

int num__err_text(int code, const char *msg, size_t n)
{
    if (n + 1 > err_cap) {
        char *p = num_realloc(err_msg, n + 1);
        if (!p) {
            /* Keep the code: the message is lost, which MemoryError's is anyway. */
            if (err_msg)
                err_msg[0] = '\0';
            return code;
        }
        err_msg = p;
        err_cap = n + 1;
    }
    memcpy(err_msg, msg, n);
    err_msg[n] = '\0';
    return code;
}

int num__err(int code, const char *fmt, ...)
{
    char small[256];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(small, sizeof small, fmt, ap);
    va_end(ap);
    if (n < 0)
        n = 0;
    if ((size_t)n < sizeof small)
        return num__err_text(code, small, (size_t)n);
    char *big = num_realloc(NULL, (size_t)n + 1);
    if (!big)
        return num__err_text(code, small, sizeof small - 1);
    va_start(ap, fmt);
    vsnprintf(big, (size_t)n + 1, fmt, ap);
    va_end(ap);
    num__err_text(code, big, (size_t)n);
    num_free(big);
    return code;
}

int num__mp(mp_err e)
{
    if (e == MP_OKAY)
        return 0;
    if (e == MP_MEM)
        return num__err_text(NUM_ENOMEM, "", 0);
    /* MP_VAL, MP_BUF, MP_ITER: a size libtommath cannot represent. */
    return num__err(NUM_EOVERFLOW, "too many digits in integer");
}

#define MPTRY(expr)                       \
    do {                                  \
        mp_err e_ = (expr);               \
        if (e_ != MP_OKAY)                \
            return num__mp(e_);           \
    } while (0)

/* ---- memory --------------------------------------------------------- */

static void *libc_alloc(void *ptr, size_t size)
{
    if (size == 0) {
        free(ptr);
        return NULL;
    }
    return realloc(ptr, size);
}

static num_alloc_fn alloc_fn = libc_alloc;

void num_set_allocator(num_alloc_fn fn)
{
    alloc_fn = fn ? fn : libc_alloc;
}

void *num_realloc(void *ptr, size_t size)
{
    if (size == 0) {
        if (ptr)
            alloc_fn(ptr, 0);
        return NULL;
    }
    return alloc_fn(ptr, size);
}

void num_free(void *ptr)
{
    if (ptr)
        alloc_fn(ptr, 0);
}

/* libtommath's heap, routed here by -DMP_MALLOC=num__mp_malloc and friends
 * (python/python.mk). */
void *num__mp_malloc(size_t size);
void *num__mp_realloc(void *mem, size_t oldsize, size_t newsize);
void *num__mp_calloc(size_t nmemb, size_t size);
void num__mp_free(void *mem, size_t size);

void *num__mp_malloc(size_t size)
{
    return num_realloc(NULL, size ? size : 1);
}

void *num__mp_realloc(void *mem, size_t oldsize, size_t newsize)
{
    (void)oldsize;
    return num_realloc(mem, newsize ? newsize : 1);
}

void *num__mp_calloc(size_t nmemb, size_t size)
{
    if (size && nmemb > SIZE_MAX / size)
        return NULL;
    size_t n = nmemb * size;
    void *p = num_realloc(NULL, n ? n : 1);
    if (p)
        memset(p, 0, n);
    return p;
}

void num__mp_free(void *mem, size_t size)
{
    (void)size;
    num_free(mem);
}

/* ---- text buffers ----------------------------------------------------- */

void num_buf_init(num_buf *b)
{
    b->data = NULL;
    b->len = 0;
    b->cap = 0;
}

void num_buf_free(num_buf *b)
{
    num_free(b->data);
    num_buf_init(b);
}

void num_buf_clear(num_buf *b)
{
    b->len = 0;
    if (b->data)
        b->data[0] = '\0';
}

static int buf_reserve(num_buf *b, size_t extra)
{
    if (extra > SIZE_MAX / 2 - b->len)
        return num__err_text(NUM_ENOMEM, "", 0);
    size_t need = b->len + extra + 1;
    if (need <= b->cap)
        return 0;
    size_t cap = b->cap ? b->cap : 32;
    while (cap < need)
        cap *= 2;
    char *p = num_realloc(b->data, cap);
    if (!p)
        return num__err_text(NUM_ENOMEM, "", 0);
    b->data = p;
    b->cap = cap;
    return 0;
}

int num_buf_put(num_buf *b, const char *s, size_t n)
{
    if (buf_reserve(b, n))
        return NUM_ENOMEM;
    if (n)
        memcpy(b->data + b->len, s, n);
    b->len += n;
    b->data[b->len] = '\0';
    return 0;
}

int num_buf_puts(num_buf *b, const char *s)
{
    return num_buf_put(b, s, strlen(s));
}

int num_buf_putc(num_buf *b, char c)
{
    return num_buf_put(b, &c, 1);
}

int num_buf_put_cp(num_buf *b, uint32_t cp)
{
    char u[4];
    size_t n;
    if (cp < 0x80) {
        u[0] = (char)cp;
        n = 1;
    } else if (cp < 0x800) {
        u[0] = (char)(0xC0 | (cp >> 6));
        u[1] = (char)(0x80 | (cp & 0x3F));
        n = 2;
    } else if (cp < 0x10000) {
        u[0] = (char)(0xE0 | (cp >> 12));
        u[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        u[2] = (char)(0x80 | (cp & 0x3F));
        n = 3;
    } else {
        u[0] = (char)(0xF0 | (cp >> 18));
        u[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
        u[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
        u[3] = (char)(0x80 | (cp & 0x3F));
        n = 4;
    }
    return num_buf_put(b, u, n);
}

int num__buf_fill(num_buf *b, uint32_t cp, int64_t n)
{
    if (n <= 0)
        return 0;
    if (cp < 0x80) {
        if (num__buf_extend(b, (size_t)n))
            return NUM_ENOMEM;
        memset(b->data + b->len - (size_t)n, (int)cp, (size_t)n);
        return 0;
    }
    for (int64_t i = 0; i < n; i++)
        if (num_buf_put_cp(b, cp))
            return NUM_ENOMEM;
    return 0;
}

int num__buf_extend(num_buf *b, size_t n)
{
    if (buf_reserve(b, n))
        return NUM_ENOMEM;
    b->len += n;
    b->data[b->len] = '\0';
    return 0;
}

uint32_t num__utf8_next(const char *s, size_t n, size_t *i)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t k = *i;
    unsigned c = u[k];
    uint32_t cp;
    size_t len;
    if (c < 0x80) {
        *i = k + 1;
        return c;
    } else if (c >= 0xC2 && c < 0xE0) {
        cp = c & 0x1F;
        len = 2;
    } else if (c >= 0xE0 && c < 0xF0) {
        cp = c & 0x0F;
        len = 3;
    } else if (c >= 0xF0 && c < 0xF5) {
        cp = c & 0x07;
        len = 4;
    } else {
        *i = k + 1;
        return 0xFFFD;
    }
    if (k + len > n) {
        *i = k + 1;
        return 0xFFFD;
    }
    for (size_t j = 1; j < len; j++) {
        if ((u[k + j] & 0xC0) != 0x80) {
            *i = k + 1;
            return 0xFFFD;
        }
        cp = (cp << 6) | (u[k + j] & 0x3F);
    }
    *i = k + len;
    return cp;
}

size_t num__utf8_len(const char *s, size_t n)
{
    size_t i = 0, count = 0;
    while (i < n) {
        num__utf8_next(s, n, &i);
        count++;
    }
    return count;
}

/* unicode_repr: quotes as CPython chooses them, escapes for what is not
 * printable. */
int num_str_repr(num_buf *b, const char *s, size_t n)
{
    int has_sq = memchr(s, '\'', n) != NULL;
    int has_dq = memchr(s, '"', n) != NULL;
    char quote = (has_sq && !has_dq) ? '"' : '\'';
    static const char hex[] = "0123456789abcdef";
    if (num_buf_putc(b, quote))
        return NUM_ENOMEM;
    size_t i = 0;
    while (i < n) {
        size_t start = i;
        uint32_t cp = num__utf8_next(s, n, &i);
        char esc[12];
        size_t elen = 0;
        if (cp == (uint32_t)quote || cp == '\\') {
            esc[0] = '\\';
            esc[1] = (char)cp;
            elen = 2;
        } else if (cp == '\t') {
            memcpy(esc, "\\t", 2);
            elen = 2;
        } else if (cp == '\n') {
            memcpy(esc, "\\n", 2);
            elen = 2;
        } else if (cp == '\r') {
            memcpy(esc, "\\r", 2);
            elen = 2;
        } else if (cp < 0x20 || cp == 0x7F) {
            esc[0] = '\\';
            esc[1] = 'x';
            esc[2] = hex[cp >> 4];
            esc[3] = hex[cp & 15];
            elen = 4;
        } else if (cp < 0x7F || num__isprintable(cp)) {
            if (num_buf_put(b, s + start, i - start))
                return NUM_ENOMEM;
            continue;
        } else if (cp <= 0xFF) {
            esc[0] = '\\';
            esc[1] = 'x';
            esc[2] = hex[cp >> 4];
            esc[3] = hex[cp & 15];
            elen = 4;
        } else if (cp <= 0xFFFF) {
            esc[0] = '\\';
            esc[1] = 'u';
            for (int k = 0; k < 4; k++)
                esc[2 + k] = hex[(cp >> (12 - 4 * k)) & 15];
            elen = 6;
        } else {
            esc[0] = '\\';
            esc[1] = 'U';
            for (int k = 0; k < 8; k++)
                esc[2 + k] = hex[(cp >> (28 - 4 * k)) & 15];
            elen = 10;
        }
        if (num_buf_put(b, esc, elen))
            return NUM_ENOMEM;
    }
    return num_buf_putc(b, quote);
}

/* Appends the repr of s cut at max code points (CPython's %.200R). */
static int repr_cut(num_buf *b, const char *s, size_t n, size_t max)
{
    num_buf r = {0};
    if (num_str_repr(&r, s, n)) {
        num_buf_free(&r);
        return NUM_ENOMEM;
    }
    size_t i = 0, count = 0;
    while (i < r.len && count < max) {
        num__utf8_next(r.data, r.len, &i);
        count++;
    }
    int rc = num_buf_put(b, r.data, i);
    num_buf_free(&r);
    return rc;
}

/* _PyUnicode_TransformDecimalAndSpaceToASCII: every code point becomes one
 * ASCII byte: itself below 128, ' ' for Unicode whitespace, its digit for
 * a Unicode decimal digit, '?' for anything else.  Returns a new buffer
 * (num_free it) of *outlen bytes plus a NUL, or NULL on out of memory. */
static char *to_ascii(const char *s, size_t n, size_t *outlen)
{
    char *out = num_realloc(NULL, n + 1);
    if (!out)
        return NULL;
    size_t i = 0, k = 0;
    while (i < n) {
        uint32_t cp = num__utf8_next(s, n, &i);
        if (cp < 128)
            out[k++] = (char)cp;
        else if (num__isspace(cp))
            out[k++] = ' ';
        else {
            int d = num__decimal(cp);
            out[k++] = d < 0 ? '?' : (char)('0' + d);
        }
    }
    out[k] = '\0';
    *outlen = k;
    return out;
}

static int ascii_space(char c)
{
    return c == ' ' || (c >= '\t' && c <= '\r');
}

/* ---- int: text ---------------------------------------------------------- */

static int64_t max_str_digits = 4300;
#define MAX_STR_DIGITS_THRESHOLD 640

int64_t num_int_max_str_digits(void)
{
    return max_str_digits;
}

int num_set_int_max_str_digits(int64_t n)
{
    if (n == 0 || n >= MAX_STR_DIGITS_THRESHOLD) {
        max_str_digits = n;
        return 0;
    }
    return num__err(NUM_EVALUE, "maxdigits must be 0 or larger than %d", MAX_STR_DIGITS_THRESHOLD);
}

/* _PyLong_DigitValue. */
static int digit_value(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'z')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'Z')
        return c - 'A' + 10;
    return 37;
}

/* The largest power of base that fits in an mp_digit, and its exponent. */
static mp_digit chunk_power(int base, int *count)
{
    mp_digit p = 1;
    int k = 0;
    while (p <= (MP_MASK / (mp_digit)base)) {
        p *= (mp_digit)base;
        k++;
    }
    *count = k;
    return p;
}

/* Builds |value| from the digits s[0..n) (underscores skipped) in base. */
static int int_from_digits(mp_int *out, const char *s, size_t n, int base)
{
    mp_zero(out);
    if ((base & (base - 1)) == 0) {
        /* A power of two: pack the bits, least significant digit first. */
        int bits_per = 0;
        while ((1 << bits_per) < base)
            bits_per++;
        size_t ndig = 0;
        for (size_t i = 0; i < n; i++)
            ndig += s[i] != '_';
        size_t total = ndig * (size_t)bits_per;
        size_t words = total / MP_DIGIT_BIT + 1;
        if (words > INT_MAX / 2)
            return num__err(NUM_EOVERFLOW, "too many digits in integer");
        MPTRY(mp_grow(out, (int)words));
        memset(out->dp, 0, sizeof(mp_digit) * words);
        size_t bitpos = 0;
        for (size_t i = n; i-- > 0;) {
            if (s[i] == '_')
                continue;
            mp_digit v = (mp_digit)digit_value(s[i]);
            size_t w = bitpos / MP_DIGIT_BIT, off = bitpos % MP_DIGIT_BIT;
            out->dp[w] |= (v << off) & MP_MASK;
            if (off + (size_t)bits_per > MP_DIGIT_BIT)
                out->dp[w + 1] |= v >> (MP_DIGIT_BIT - off);
            bitpos += (size_t)bits_per;
        }
        out->used = (int)words;
        mp_clamp(out);
        return 0;
    }
    int per;
    mp_digit full = chunk_power(base, &per);
    mp_digit acc = 0, mult = 1;
    int k = 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] == '_')
            continue;
        acc = acc * (mp_digit)base + (mp_digit)digit_value(s[i]);
        mult *= (mp_digit)base;
        if (++k == per) {
            MPTRY(mp_mul_d(out, full, out));
            MPTRY(mp_add_d(out, acc, out));
            acc = 0;
            mult = 1;
            k = 0;
        }
    }
    if (k) {
        MPTRY(mp_mul_d(out, mult, out));
        MPTRY(mp_add_d(out, acc, out));
    }
    return 0;
}

/* PyLong_FromString on ASCII text s[0..n) (a NUL ends it early, which is
 * then an error).  Returns 0, 1 for an invalid literal (the caller words
 * the message), or a negative code with the message set. */
static int long_from_string(mp_int *out, const char *s, size_t n, int base)
{
    const char *p = s, *end = s + n;
    int sign = 0, error_if_nonzero = 0;
    while (p < end && ascii_space(*p))
        p++;
    if (p < end && *p == '+')
        p++;
    else if (p < end && *p == '-') {
        p++;
        sign = 1;
    }
    char c0 = p < end ? p[0] : '\0', c1 = p + 1 < end ? p[1] : '\0';
    if (base == 0) {
        if (c0 != '0')
            base = 10;
        else if (c1 == 'x' || c1 == 'X')
            base = 16;
        else if (c1 == 'o' || c1 == 'O')
            base = 8;
        else if (c1 == 'b' || c1 == 'B')
            base = 2;
        else {
            /* "old" (C-style) octal literal, now invalid; it might still be zero */
            error_if_nonzero = 1;
            base = 10;
        }
    }
    if (c0 == '0' && ((base == 16 && (c1 == 'x' || c1 == 'X')) || (base == 8 && (c1 == 'o' || c1 == 'O')) ||
                      (base == 2 && (c1 == 'b' || c1 == 'B')))) {
        p += 2;
        if (p < end && *p == '_') /* one underscore allowed here */
            p++;
    }
    if (p < end && *p == '_')
        return 1;
    const char *start = p;
    size_t digits = 0;
    char prev = '\0';
    while (p < end && (digit_value(*p) < base || *p == '_')) {
        if (*p == '_' && prev == '_')
            return 1;
        if (*p != '_')
            digits++;
        prev = *p;
        p++;
    }
    if (p == start)
        return 1;
    if (prev == '_')
        return 1;
    if ((base & (base - 1)) != 0 && digits > MAX_STR_DIGITS_THRESHOLD && max_str_digits > 0 &&
        (int64_t)digits > max_str_digits)
        return num__err(NUM_EVALUE,
                        "Exceeds the limit (%lld digits) for integer string conversion: value has %zu digits; "
                        "use sys.set_int_max_str_digits() to increase the limit",
                        (long long)max_str_digits, digits);
    /* What follows the digits must be whitespace only, before any work. */
    const char *q = p;
    while (q < end && ascii_space(*q))
        q++;
    if (q != end)
        return 1;
    int rc = int_from_digits(out, start, (size_t)(p - start), base);
    if (rc)
        return rc;
    if (error_if_nonzero && !mp_iszero(out))
        return 1;
    if (sign && !mp_iszero(out))
        out->sign = MP_NEG;
    return 0;
}

int num_int_parse(mp_int *out, const char *s, size_t n, int base)
{
    if ((base != 0 && base < 2) || base > 36)
        return num__err(NUM_EVALUE, "int() base must be >= 2 and <= 36, or 0");
    size_t alen;
    char *a = to_ascii(s, n, &alen);
    if (!a)
        return num__err_text(NUM_ENOMEM, "", 0);
    int rc = long_from_string(out, a, alen, base);
    num_free(a);
    if (rc != 1)
        return rc;
    num_buf m = {0};
    char head[64];
    snprintf(head, sizeof head, "invalid literal for int() with base %d: ", base);
    if (num_buf_puts(&m, head) || repr_cut(&m, s, n, 200)) {
        num_buf_free(&m);
        return num__err_text(NUM_ENOMEM, "", 0);
    }
    num__err_text(NUM_EVALUE, m.data, m.len);
    num_buf_free(&m);
    return NUM_EVALUE;
}

/* Appends the digits of |a| in base (2..36), lower case. */
static int put_digits(num_buf *b, const mp_int *a, int base)
{
    static const char digs[] = "0123456789abcdefghijklmnopqrstuvwxyz";
    if (mp_iszero(a))
        return num_buf_putc(b, '0');
    int bits = mp_count_bits(a);
    if ((base & (base - 1)) == 0) {
        int per = base == 2 ? 1 : base == 4 ? 2 : base == 8 ? 3 : base == 16 ? 4 : 5;
        size_t nd = ((size_t)bits + (size_t)per - 1) / (size_t)per;
        if (buf_reserve(b, nd))
            return NUM_ENOMEM;
        char *o = b->data + b->len;
        for (size_t k = 0; k < nd; k++) {
            size_t bitpos = k * (size_t)per;
            size_t w = bitpos / MP_DIGIT_BIT, off = bitpos % MP_DIGIT_BIT;
            mp_digit v = a->dp[w] >> off;
            if (off + (size_t)per > MP_DIGIT_BIT && (int)w + 1 < a->used)
                v |= a->dp[w + 1] << (MP_DIGIT_BIT - off);
            o[nd - 1 - k] = digs[v & (mp_digit)(base - 1)];
        }
        b->len += nd;
        b->data[b->len] = '\0';
        return 0;
    }
    /* Other bases: divide by the largest power of base that fits a digit. */
    int per;
    mp_digit full = chunk_power(base, &per);
    mp_int t;
    MPTRY(mp_init_copy(&t, a));
    t.sign = MP_ZPOS;
    size_t maxd = (size_t)((double)bits / log2((double)base)) + 2;
    char *tmp = num_realloc(NULL, maxd + (size_t)per);
    if (!tmp) {
        mp_clear(&t);
        return num__err_text(NUM_ENOMEM, "", 0);
    }
    size_t pos = maxd + (size_t)per; /* filled from the end */
    while (!mp_iszero(&t)) {
        mp_digit r;
        mp_err e = mp_div_d(&t, full, &t, &r);
        if (e != MP_OKAY) {
            num_free(tmp);
            mp_clear(&t);
            return num__mp(e);
        }
        for (int k = 0; k < per; k++) {
            tmp[--pos] = digs[r % (mp_digit)base];
            r /= (mp_digit)base;
        }
    }
    while (tmp[pos] == '0')
        pos++;
    int rc = num_buf_put(b, tmp + pos, maxd + (size_t)per - pos);
    num_free(tmp);
    mp_clear(&t);
    return rc;
}

static int str_limit_error(void)
{
    return num__err(NUM_EVALUE,
                    "Exceeds the limit (%lld digits) for integer string conversion; "
                    "use sys.set_int_max_str_digits() to increase the limit",
                    (long long)max_str_digits);
}

int num_int_str(num_buf *b, const mp_int *a)
{
    if (max_str_digits > 0) {
        /* A cheap test first: digits >= floor(bits * log10(2)). */
        double lower = floor((double)(mp_count_bits(a) - 1) * 0.30102999566398);
        if (lower > (double)max_str_digits)
            return str_limit_error();
    }
    size_t mark = b->len;
    if (a->sign == MP_NEG && !mp_iszero(a) && num_buf_putc(b, '-'))
        return NUM_ENOMEM;
    size_t dstart = b->len;
    int rc = put_digits(b, a, 10);
    if (rc) {
        b->len = mark;
        if (b->data)
            b->data[mark] = '\0';
        return rc;
    }
    size_t nd = b->len - dstart;
    if (nd > MAX_STR_DIGITS_THRESHOLD && max_str_digits > 0 && (int64_t)nd > max_str_digits) {
        b->len = mark;
        b->data[mark] = '\0';
        return str_limit_error();
    }
    return 0;
}

int num_int_to_base(num_buf *b, const mp_int *a, int base, int prefix)
{
    if (base == 10)
        return num_int_str(b, a);
    if (a->sign == MP_NEG && !mp_iszero(a) && num_buf_putc(b, '-'))
        return NUM_ENOMEM;
    if (prefix) {
        const char *p = base == 16 ? "0x" : base == 8 ? "0o" : base == 2 ? "0b" : "";
        if (num_buf_puts(b, p))
            return NUM_ENOMEM;
    }
    return put_digits(b, a, base);
}

/* ---- int: arithmetic ------------------------------------------------------ */

int num_int_set_i64(mp_int *out, int64_t v)
{
    MPTRY(mp_grow(out, (64 + MP_DIGIT_BIT - 1) / MP_DIGIT_BIT));
    mp_set_i64(out, v);
    return 0;
}

int num_int_get_i64(const mp_int *a, int64_t *v)
{
    int bits = mp_count_bits(a);
    if (bits <= 63 || (bits == 64 && a->sign == MP_NEG && mp_cnt_lsb(a) == 63)) {
        *v = mp_get_i64(a);
        return 1;
    }
    return 0;
}

int num_int_add(mp_int *out, const mp_int *a, const mp_int *b)
{
    MPTRY(mp_add(a, b, out));
    return 0;
}

int num_int_sub(mp_int *out, const mp_int *a, const mp_int *b)
{
    MPTRY(mp_sub(a, b, out));
    return 0;
}

int num_int_mul(mp_int *out, const mp_int *a, const mp_int *b)
{
    /* By one digit (the r *= i of a loop): in place, without the
     * temporary that mp_mul allocates. */
    if (b->used == 1 || a->used == 1) {
        const mp_int *big = b->used == 1 ? a : b, *small = b->used == 1 ? b : a;
        int neg = (big->sign == MP_NEG) != (small->sign == MP_NEG);
        mp_digit d = small->dp[0];
        MPTRY(mp_mul_d(big, d, out));
        if (!mp_iszero(out))
            out->sign = neg ? MP_NEG : MP_ZPOS;
        return 0;
    }
    MPTRY(mp_mul(a, b, out));
    return 0;
}

int num_int_neg(mp_int *out, const mp_int *a)
{
    MPTRY(mp_neg(a, out));
    return 0;
}

int num_int_abs(mp_int *out, const mp_int *a)
{
    MPTRY(mp_abs(a, out));
    return 0;
}

/* l_divmod: floor division; q and r distinct (either NULL). */
static int floor_divmod(mp_int *q, mp_int *r, const mp_int *a, const mp_int *b)
{
    mp_int tq, tr;
    MPTRY(mp_init_multi(&tq, &tr, NULL));
    mp_err e = mp_div(a, b, &tq, &tr);
    if (e == MP_OKAY && !mp_iszero(&tr) && tr.sign != b->sign) {
        e = mp_sub_d(&tq, 1, &tq);
        if (e == MP_OKAY)
            e = mp_add(&tr, b, &tr);
    }
    if (e == MP_OKAY && q)
        mp_exch(&tq, q);
    if (e == MP_OKAY && r)
        mp_exch(&tr, r);
    mp_clear_multi(&tq, &tr, NULL);
    return num__mp(e);
}

int num_int_floordiv(mp_int *out, const mp_int *a, const mp_int *b)
{
    if (mp_iszero(b))
        return num__err(NUM_EZERODIV, "integer division or modulo by zero");
    return floor_divmod(out, NULL, a, b);
}

int num_int_mod(mp_int *out, const mp_int *a, const mp_int *b)
{
    if (mp_iszero(b))
        return num__err(NUM_EZERODIV, "integer modulo by zero");
    return floor_divmod(NULL, out, a, b);
}

int num_int_divmod(mp_int *q, mp_int *r, const mp_int *a, const mp_int *b)
{
    if (mp_iszero(b))
        return num__err(NUM_EZERODIV, "integer division or modulo by zero");
    return floor_divmod(q, r, a, b);
}

/* |a| as a uint64 if it has at most 64 bits. */
static uint64_t mag_u64(const mp_int *a)
{
    return mp_get_mag_u64(a);
}

/* long_true_divide. */
int num_int_truediv(double *out, const mp_int *a, const mp_int *b)
{
    if (mp_iszero(b))
        return num__err(NUM_EZERODIV, "division by zero");
    int negate = (a->sign == MP_NEG) != (b->sign == MP_NEG);
    if (mp_iszero(a)) {
        *out = negate ? -0.0 : 0.0;
        return 0;
    }
    int a_bits = mp_count_bits(a), b_bits = mp_count_bits(b);
    if (a_bits <= DBL_MANT_DIG && b_bits <= DBL_MANT_DIG) {
        /* Both exact as doubles: one correctly rounded division. */
        double r = (double)mag_u64(a) / (double)mag_u64(b);
        *out = negate ? -r : r;
        return 0;
    }
    long diff = (long)a_bits - (long)b_bits;
    if (diff > DBL_MAX_EXP)
        return num__err(NUM_EOVERFLOW, "integer division result too large for a float");
    if (diff < DBL_MIN_EXP - DBL_MANT_DIG - 1) {
        *out = negate ? -0.0 : 0.0;
        return 0;
    }
    long shift = (diff > DBL_MIN_EXP ? diff : DBL_MIN_EXP) - DBL_MANT_DIG - 2;
    int inexact = 0;
    mp_int x, rem;
    MPTRY(mp_init_multi(&x, &rem, NULL));
    mp_err e;
    if (shift <= 0) {
        e = mp_abs(a, &x);
        if (e == MP_OKAY)
            e = mp_mul_2d(&x, (int)-shift, &x);
    } else {
        e = mp_abs(a, &x);
        if (e == MP_OKAY) {
            inexact = mp_cnt_lsb(&x) < shift;
            e = mp_div_2d(&x, (int)shift, &x, NULL);
        }
    }
    if (e == MP_OKAY) {
        mp_int bb = *b;
        bb.sign = MP_ZPOS; /* a read-only view of |b| */
        e = mp_div(&x, &bb, &x, &rem);
        if (e == MP_OKAY && !mp_iszero(&rem))
            inexact = 1;
    }
    if (e != MP_OKAY) {
        mp_clear_multi(&x, &rem, NULL);
        return num__mp(e);
    }
    long x_bits = mp_count_bits(&x);
    long extra_bits = (x_bits > DBL_MIN_EXP - shift ? x_bits : DBL_MIN_EXP - shift) - DBL_MANT_DIG;
    uint64_t low = mag_u64(&x) | (uint64_t)inexact;
    uint64_t mask = (uint64_t)1 << (extra_bits - 1);
    if ((low & mask) && (low & (3 * mask - 1)))
        low += mask;
    low &= ~(2 * mask - 1);
    double dx = (double)low;
    mp_clear_multi(&x, &rem, NULL);
    if (shift + x_bits >= DBL_MAX_EXP && (shift + x_bits > DBL_MAX_EXP || dx == ldexp(1.0, (int)x_bits)))
        return num__err(NUM_EOVERFLOW, "integer division result too large for a float");
    double r = ldexp(dx, (int)shift);
    *out = negate ? -r : r;
    return 0;
}

int num_int_pow(mp_int *out, const mp_int *a, const mp_int *b)
{
    if (b->sign == MP_NEG && !mp_iszero(b))
        return num__err(NUM_EVALUE, "negative exponent (the result is a float)");
    if (mp_iszero(b)) {
        mp_set(out, 1);
        return 0;
    }
    if (mp_iszero(a) || (a->used == 1 && a->dp[0] == 1)) {
        /* 0 ** b, 1 ** b and (-1) ** b need no work, whatever the size of b. */
        int neg = a->sign == MP_NEG && mp_isodd(b);
        int zero = mp_iszero(a);
        mp_set(out, zero ? 0 : 1);
        if (neg)
            out->sign = MP_NEG;
        return 0;
    }
    int bbits = mp_count_bits(b);
    uint64_t ub = bbits <= 64 ? mag_u64(b) : UINT64_MAX;
    double result_bits = (double)ub * (double)(mp_count_bits(a) - 1);
    if (bbits > 63 || result_bits > 9.2e18)
        return num__err(NUM_EOVERFLOW, "too many digits in integer");
    if (ub > UINT32_MAX || result_bits > (double)INT_MAX * MP_DIGIT_BIT / 2)
        return num__err_text(NUM_ENOMEM, "", 0);
    /* Left-to-right square and multiply with mp_mul only: libtommath's
     * mp_expt_u32 would bring its separate squaring code into the wasm
     * module for little gain. */
    mp_int base, z;
    MPTRY(mp_init_multi(&base, &z, NULL));
    mp_err e = mp_copy(a, &base);
    if (e == MP_OKAY)
        mp_set(&z, 1);
    for (int i = 63; i >= 0 && e == MP_OKAY; i--) {
        if ((ub >> i) == 0)
            continue;
        e = mp_mul(&z, &z, &z);
        if (e == MP_OKAY && ((ub >> i) & 1))
            e = mp_mul(&z, &base, &z);
    }
    if (e == MP_OKAY)
        mp_exch(&z, out);
    mp_clear_multi(&base, &z, NULL);
    return num__mp(e);
}

int num_int_powmod(mp_int *out, const mp_int *a, const mp_int *b, const mp_int *m)
{
    if (mp_iszero(m))
        return num__err(NUM_EVALUE, "pow() 3rd argument cannot be 0");
    int rc = 0;
    mp_int base, mod, ex, z;
    MPTRY(mp_init_multi(&base, &mod, &ex, &z, NULL));
    mp_err e = mp_abs(m, &mod);
    int negative_output = m->sign == MP_NEG;
    if (e == MP_OKAY)
        e = mp_copy(a, &base);
    if (e == MP_OKAY)
        e = mp_abs(b, &ex);
    if (e != MP_OKAY)
        goto mperr;
    if (mp_cmp_d(&mod, 1) == MP_EQ) {
        mp_zero(&z);
        goto done;
    }
    /* base mod |m| in [0, |m|) */
    e = mp_mod(&base, &mod, &base);
    if (e != MP_OKAY)
        goto mperr;
    if (b->sign == MP_NEG && !mp_iszero(b)) {
        e = mp_invmod(&base, &mod, &base);
        if (e == MP_VAL) {
            rc = num__err(NUM_EVALUE, "base is not invertible for the given modulus");
            goto out;
        }
        if (e != MP_OKAY)
            goto mperr;
    }
    /* Left-to-right square and multiply. */
    mp_set(&z, 1);
    for (int i = mp_count_bits(&ex) - 1; i >= 0; i--) {
        e = mp_mulmod(&z, &z, &mod, &z);
        if (e == MP_OKAY && ((ex.dp[i / MP_DIGIT_BIT] >> (i % MP_DIGIT_BIT)) & 1))
            e = mp_mulmod(&z, &base, &mod, &z);
        if (e != MP_OKAY)
            goto mperr;
    }
done:
    if (negative_output && !mp_iszero(&z)) {
        e = mp_sub(&z, &mod, &z);
        if (e != MP_OKAY)
            goto mperr;
    }
    mp_exch(&z, out);
    goto out;
mperr:
    rc = num__mp(e);
out:
    mp_clear_multi(&base, &mod, &ex, &z, NULL);
    return rc;
}

int num_int_invert(mp_int *out, const mp_int *a)
{
    /* ~a == -a - 1 */
    MPTRY(mp_neg(a, out));
    MPTRY(mp_sub_d(out, 1, out));
    return 0;
}

/*
 * Bitwise operations on the infinite two's complement: a negative a is
 * handled as ~(|a| - 1), so each operation works on non-negative
 * magnitudes and complements (CPython's long_bitwise does the same).
 */
static int bitwise(mp_int *out, const mp_int *a, const mp_int *b, char op)
{
    int na = a->sign == MP_NEG, nb = b->sign == MP_NEG;
    mp_int x, y, z;
    MPTRY(mp_init_multi(&x, &y, &z, NULL));
    mp_err e = mp_abs(a, &x);
    if (e == MP_OKAY && na)
        e = mp_sub_d(&x, 1, &x); /* x = ~a, non-negative */
    if (e == MP_OKAY)
        e = mp_abs(b, &y);
    if (e == MP_OKAY && nb)
        e = mp_sub_d(&y, 1, &y);
    if (e != MP_OKAY)
        goto out;
    /* With X = complement flag applied: a = na ? ~x : x.  Work on bit
     * vectors of the longer length; the result's sign bit comes from the
     * operation on the sign bits. */
    int neg;
    switch (op) {
    case '&': neg = na && nb; break;
    case '|': neg = na || nb; break;
    default: neg = na != nb; break;
    }
    int used = x.used > y.used ? x.used : y.used;
    e = mp_grow(&z, used + 1);
    if (e != MP_OKAY)
        goto out;
    for (int i = 0; i < used; i++) {
        mp_digit dx = i < x.used ? x.dp[i] : 0, dy = i < y.used ? y.dp[i] : 0;
        if (na)
            dx = ~dx & MP_MASK;
        if (nb)
            dy = ~dy & MP_MASK;
        mp_digit r = op == '&' ? (dx & dy) : op == '|' ? (dx | dy) : (dx ^ dy);
        if (neg)
            r = ~r & MP_MASK; /* z holds ~result, non-negative */
        z.dp[i] = r;
    }
    z.used = used;
    mp_clamp(&z);
    if (neg) {
        /* result = ~z = -(z + 1) */
        e = mp_add_d(&z, 1, &z);
        if (e == MP_OKAY)
            e = mp_neg(&z, &z);
    }
    if (e == MP_OKAY)
        mp_exch(&z, out);
out:
    mp_clear_multi(&x, &y, &z, NULL);
    return num__mp(e);
}

int num_int_and(mp_int *out, const mp_int *a, const mp_int *b)
{
    return bitwise(out, a, b, '&');
}

int num_int_or(mp_int *out, const mp_int *a, const mp_int *b)
{
    return bitwise(out, a, b, '|');
}

int num_int_xor(mp_int *out, const mp_int *a, const mp_int *b)
{
    return bitwise(out, a, b, '^');
}

int num_int_lshift(mp_int *out, const mp_int *a, const mp_int *n)
{
    if (n->sign == MP_NEG && !mp_iszero(n))
        return num__err(NUM_EVALUE, "negative shift count");
    if (mp_iszero(a)) {
        mp_zero(out);
        return 0;
    }
    int64_t k;
    if (!num_int_get_i64(n, &k))
        return num__err(NUM_EOVERFLOW, "too many digits in integer");
    if (k > (int64_t)INT_MAX - mp_count_bits(a) - MP_DIGIT_BIT)
        return num__err_text(NUM_ENOMEM, "", 0);
    MPTRY(mp_mul_2d(a, (int)k, out));
    return 0;
}

int num_int_rshift(mp_int *out, const mp_int *a, const mp_int *n)
{
    if (n->sign == MP_NEG && !mp_iszero(n))
        return num__err(NUM_EVALUE, "negative shift count");
    int64_t k;
    if (!num_int_get_i64(n, &k) || k >= mp_count_bits(a)) {
        int neg = a->sign == MP_NEG && !mp_iszero(a);
        mp_set(out, neg ? 1 : 0);
        if (neg)
            out->sign = MP_NEG;
        return 0;
    }
    MPTRY(mp_signed_rsh(a, (int)k, out));
    return 0;
}

int num_int_cmp(const mp_int *a, const mp_int *b)
{
    return mp_cmp(a, b);
}

uint64_t num_int_bit_length(const mp_int *a)
{
    return (uint64_t)mp_count_bits(a);
}

/* The hash modulus, 2**61 - 1 (sys.hash_info.modulus). */
#define HASH_BITS 61
#define HASH_MODULUS (((uint64_t)1 << HASH_BITS) - 1)
#define HASH_INF 314159

int64_t num_int_hash(const mp_int *a)
{
    uint64_t x = 0;
    for (int i = a->used - 1; i >= 0; i--) {
        /* x = x * 2**MP_DIGIT_BIT + digit, mod 2**61 - 1: multiplying by a
         * power of two is a rotation of the 61-bit value. */
        x = ((x << MP_DIGIT_BIT) & HASH_MODULUS) | (x >> (HASH_BITS - MP_DIGIT_BIT));
        x += (uint64_t)a->dp[i];
        if (x >= HASH_MODULUS)
            x -= HASH_MODULUS;
    }
    int64_t h = (int64_t)x;
    if (a->sign == MP_NEG)
        h = -h;
    return h == -1 ? -2 : h;
}

int num_int_to_double(const mp_int *a, double *out)
{
    int bits = mp_count_bits(a);
    if (bits <= 64) {
        double d = (double)mag_u64(a); /* correctly rounded by the hardware */
        *out = a->sign == MP_NEG ? -d : d;
        return 0;
    }
    if (bits > DBL_MAX_EXP)
        return num__err(NUM_EOVERFLOW, "int too large to convert to float");
    /* The top 64 bits, with a sticky bit for the rest: 64 > 53 + 2, so the
     * one rounding of the conversion is the right one. */
    mp_int t;
    MPTRY(mp_init(&t));
    mp_err e = mp_div_2d(a, bits - 64, &t, NULL);
    if (e != MP_OKAY) {
        mp_clear(&t);
        return num__mp(e);
    }
    uint64_t top = mag_u64(&t);
    mp_clear(&t);
    if (mp_cnt_lsb(a) < bits - 64)
        top |= 1;
    double d = ldexp((double)top, bits - 64);
    if (isinf(d))
        return num__err(NUM_EOVERFLOW, "int too large to convert to float");
    *out = a->sign == MP_NEG ? -d : d;
    return 0;
}

int num_int_from_double(mp_int *out, double x)
{
    if (isinf(x))
        return num__err(NUM_EOVERFLOW, "cannot convert float infinity to integer");
    if (isnan(x))
        return num__err(NUM_EVALUE, "cannot convert float NaN to integer");
    double ax = fabs(x);
    if (ax < 1.0) {
        mp_zero(out);
        return 0;
    }
    int e;
    double m = frexp(ax, &e); /* ax = m * 2**e, 0.5 <= m < 1 */
    uint64_t mant = (uint64_t)ldexp(m, DBL_MANT_DIG);
    MPTRY(mp_grow(out, (64 + MP_DIGIT_BIT - 1) / MP_DIGIT_BIT));
    mp_set_u64(out, mant);
    int shift = e - DBL_MANT_DIG;
    if (shift > 0)
        MPTRY(mp_mul_2d(out, shift, out));
    else if (shift < 0)
        MPTRY(mp_div_2d(out, -shift, out, NULL));
    if (x < 0)
        out->sign = MP_NEG;
    return 0;
}

/* float_richcompare for an int against a float. */
int num_int_cmp_double(const mp_int *a, double x)
{
    if (isnan(x))
        return NUM_UNORDERED;
    if (isinf(x))
        return x > 0 ? -1 : 1;
    int ws = mp_iszero(a) ? 0 : a->sign == MP_NEG ? -1 : 1;
    int vs = x > 0 ? 1 : x < 0 ? -1 : 0;
    if (ws != vs)
        return ws < vs ? -1 : 1;
    if (ws == 0)
        return 0;
    /* Same sign, both nonzero: compare magnitudes, c = cmp(|a|, |x|). */
    int c;
    int nbits = mp_count_bits(a);
    double ax = fabs(x);
    if (nbits <= 48) {
        double da = (double)mag_u64(a);
        c = da < ax ? -1 : da > ax ? 1 : 0;
    } else {
        int exponent;
        frexp(ax, &exponent);
        if (exponent < nbits)
            c = 1;
        else if (exponent > nbits)
            c = -1;
        else {
            double intpart;
            double frac = modf(ax, &intpart);
            mp_int v;
            if (mp_init(&v) != MP_OKAY)
                return 0; /* out of memory: say equal, the least harmful */
            if (num_int_from_double(&v, intpart)) {
                mp_clear(&v);
                return 0;
            }
            mp_int aa = *a;
            aa.sign = MP_ZPOS;
            c = mp_cmp(&aa, &v);
            if (c == 0 && frac != 0.0)
                c = -1;
            mp_clear(&v);
        }
    }
    return ws > 0 ? c : -c;
}

/* ---- float ---------------------------------------------------------------- */

/* float_from_string_inner on the stripped ASCII text [s, e): a decimal
 * number or inf/infinity/nan, with an optional sign.  Returns 0 or 1 if
 * it is not one. */
static int parse_decimal(const char *s, const char *e, double *out)
{
    const char *p = s;
    int neg = 0;
    if (p < e && (*p == '+' || *p == '-')) {
        neg = *p == '-';
        p++;
    }
    size_t rest = (size_t)(e - p);
    if ((rest == 3 && strncasecmp(p, "inf", 3) == 0) || (rest == 8 && strncasecmp(p, "infinity", 8) == 0)) {
        *out = neg ? -INFINITY : INFINITY;
        return 0;
    }
    if (rest == 3 && strncasecmp(p, "nan", 3) == 0) {
        *out = neg ? -NAN : NAN;
        return 0;
    }
    const char *q = p;
    size_t nd = 0;
    while (q < e && *q >= '0' && *q <= '9') {
        q++;
        nd++;
    }
    if (q < e && *q == '.') {
        q++;
        while (q < e && *q >= '0' && *q <= '9') {
            q++;
            nd++;
        }
    }
    if (nd == 0)
        return 1;
    if (q < e && (*q == 'e' || *q == 'E')) {
        q++;
        if (q < e && (*q == '+' || *q == '-'))
            q++;
        const char *ds = q;
        while (q < e && *q >= '0' && *q <= '9')
            q++;
        if (q == ds)
            return 1;
    }
    if (q != e)
        return 1;
    /* The text is a plain decimal number now: strtod reads it exactly
     * (correctly rounded; the C locale is never changed here). */
    *out = strtod(s, NULL);
    return 0;
}

int num_float_parse(double *out, const char *s, size_t n)
{
    size_t alen;
    char *a = to_ascii(s, n, &alen);
    if (!a)
        return num__err_text(NUM_ENOMEM, "", 0);
    /* _Py_string_to_number_with_underscores: underscores only between digits. */
    int bad = 0;
    size_t k = 0;
    char prev = '\0';
    for (size_t i = 0; i < alen; i++) {
        char c = a[i];
        if (c == '\0') {
            bad = 1;
            break;
        }
        if (c == '_') {
            if (!(prev >= '0' && prev <= '9')) {
                bad = 1;
                break;
            }
        } else {
            if (prev == '_' && !(c >= '0' && c <= '9')) {
                bad = 1;
                break;
            }
            a[k++] = c;
        }
        prev = c;
    }
    if (prev == '_')
        bad = 1;
    if (!bad) {
        a[k] = '\0';
        const char *p = a, *e = a + k;
        while (p < e && ascii_space(*p))
            p++;
        while (e > p && ascii_space(e[-1]))
            e--;
        bad = parse_decimal(p, e, out);
    }
    num_free(a);
    if (!bad)
        return 0;
    num_buf m = {0};
    if (num_buf_puts(&m, "could not convert string to float: ") || num_str_repr(&m, s, n)) {
        num_buf_free(&m);
        return num__err_text(NUM_ENOMEM, "", 0);
    }
    num__err_text(NUM_EVALUE, m.data, m.len);
    num_buf_free(&m);
    return NUM_EVALUE;
}

int num_float_div(double *out, double a, double b)
{
    if (b == 0.0)
        return num__err(NUM_EZERODIV, "float division by zero");
    *out = a / b;
    return 0;
}

/* _float_div_mod. */
static void float_div_mod(double vx, double wx, double *floordiv, double *mod)
{
    double div, m = fmod(vx, wx);
    /* fmod is exact, so vx - m is a multiple of wx, up to rounding. */
    div = (vx - m) / wx;
    if (m != 0.0) {
        /* the remainder takes the sign of the denominator */
        if ((wx < 0) != (m < 0)) {
            m += wx;
            div -= 1.0;
        }
    } else {
        m = copysign(0.0, wx);
    }
    if (div != 0.0) {
        /* snap the quotient to the nearest integral value */
        double f = floor(div);
        if (div - f > 0.5)
            f += 1.0;
        *floordiv = f;
    } else {
        *floordiv = copysign(0.0, vx / wx);
    }
    *mod = m;
}

int num_float_floordiv(double *out, double a, double b)
{
    if (b == 0.0)
        return num__err(NUM_EZERODIV, "float floor division by zero");
    double m;
    float_div_mod(a, b, out, &m);
    return 0;
}

int num_float_mod(double *out, double a, double b)
{
    if (b == 0.0)
        return num__err(NUM_EZERODIV, "float modulo");
    double m = fmod(a, b);
    if (m != 0.0) {
        if ((b < 0) != (m < 0))
            m += b;
    } else {
        m = copysign(0.0, b);
    }
    *out = m;
    return 0;
}

int num_float_divmod(double *q, double *r, double a, double b)
{
    if (b == 0.0)
        return num__err(NUM_EZERODIV, "float divmod()");
    float_div_mod(a, b, q, r);
    return 0;
}

/* pow() as CPython's libm (glibc) computes it.  Natively that is pow()
 * itself: glibc is not always correctly rounded (x ** 2.0 can differ from
 * x * x), so no identity may replace it.  musl's pow, in wasm, misses
 * glibc's answer for some square roots (DBL_MAX ** 0.5), where glibc is
 * exact: sqrt gives that. */
static double libm_pow(double x, double y)
{
#if defined(__EMSCRIPTEN__)
    if (y == 0.5 && x > 0.0)
        return sqrt(x);
#endif
    return pow(x, y);
}

static int is_odd_integer(double x)
{
    return fmod(fabs(x), 2.0) == 1.0;
}

/* float_pow. */
int num_float_pow(double *out, double iv, double iw)
{
    int negate = 0;
    if (iw == 0) {
        *out = 1.0;
        return 0;
    }
    if (isnan(iv)) {
        *out = iv;
        return 0;
    }
    if (isnan(iw)) {
        *out = iv == 1.0 ? 1.0 : iw;
        return 0;
    }
    if (isinf(iw)) {
        iv = fabs(iv);
        if (iv == 1.0)
            *out = 1.0;
        else if ((iw > 0.0) == (iv > 1.0))
            *out = fabs(iw);
        else
            *out = 0.0;
        return 0;
    }
    if (isinf(iv)) {
        int odd = is_odd_integer(iw);
        if (iw > 0.0)
            *out = odd ? iv : fabs(iv);
        else
            *out = odd ? copysign(0.0, iv) : 0.0;
        return 0;
    }
    if (iv == 0.0) {
        int odd = is_odd_integer(iw);
        if (iw < 0.0)
            return num__err(NUM_EZERODIV, "0.0 cannot be raised to a negative power");
        *out = odd ? iv : 0.0;
        return 0;
    }
    if (iv < 0.0) {
        if (iw != floor(iw)) {
            /* CPython's answer is complex (c_pow): OverflowError when its
             * parts overflow, that is when the modulus |iv| ** iw does (a
             * cosine or sine of at most 1 in magnitude cannot make a finite
             * modulus overflow, and both are never 0 together). */
            if (isinf(pow(-iv, iw)))
                return num__err(NUM_EOVERFLOW, "complex exponentiation");
            return num__err(NUM_EUNSUPPORTED, "a negative number raised to a fractional power is complex");
        }
        iv = -iv;
        negate = is_odd_integer(iw);
    }
    if (iv == 1.0) {
        *out = negate ? -1.0 : 1.0;
        return 0;
    }
    double ix = libm_pow(iv, iw);
    if (isinf(ix))
        return num__err(NUM_EOVERFLOW, "(34, 'Numerical result out of range')");
    *out = negate ? -ix : ix;
    return 0;
}

int num_float_round_int(mp_int *out, double x)
{
    double rounded = round(x);
    if (fabs(x - rounded) == 0.5)
        rounded = 2.0 * round(x / 2.0); /* halfway: to even */
    return num_int_from_double(out, rounded);
}

/* double_round: through the correctly rounded decimal digits. */
int num_float_round(double *out, double x, int64_t ndigits)
{
    const int ndigits_max = (int)((DBL_MANT_DIG - DBL_MIN_EXP) * 0.30103);
    const int ndigits_min = -(int)((DBL_MAX_EXP + 1) * 0.30103);
    if (!isfinite(x) || ndigits > ndigits_max) {
        *out = x;
        return 0;
    }
    if (ndigits < ndigits_min) {
        *out = 0.0 * x;
        return 0;
    }
    if (x == 0.0) {
        *out = x;
        return 0;
    }
    num_buf d = {0};
    int decpt;
    if (num__dtoa(&d, x, 3, (int)ndigits, &decpt)) {
        num_buf_free(&d);
        return NUM_ENOMEM;
    }
    char tail[32];
    snprintf(tail, sizeof tail, "e%lld", (long long)decpt - (long long)d.len);
    num_buf t = {0};
    int rc = num_buf_puts(&t, x < 0 ? "-0" : "0");
    if (!rc)
        rc = num_buf_put(&t, d.data ? d.data : "", d.len);
    if (!rc)
        rc = num_buf_puts(&t, tail);
    num_buf_free(&d);
    if (rc) {
        num_buf_free(&t);
        return rc;
    }
    double r = strtod(t.data, NULL);
    num_buf_free(&t);
    if (isinf(r))
        return num__err(NUM_EOVERFLOW, "rounded value too large to represent");
    *out = r;
    return 0;
}

int num_float_is_integer(double x)
{
    return isfinite(x) && floor(x) == x;
}

int64_t num_float_hash(double v, const void *identity)
{
    if (!isfinite(v)) {
        if (isinf(v))
            return v > 0 ? HASH_INF : -HASH_INF;
        /* _Py_HashPointer: the address rotated by 4 bits (as on 64 bits). */
        uint64_t y = (uint64_t)(uintptr_t)identity;
        y = (y >> 4) | (y << 60);
        int64_t h = (int64_t)y;
        return h == -1 ? -2 : h;
    }
    int e;
    double m = frexp(v, &e);
    int sign = 1;
    if (m < 0) {
        sign = -1;
        m = -m;
    }
    uint64_t x = 0;
    while (m != 0.0) {
        x = ((x << 28) & HASH_MODULUS) | x >> (HASH_BITS - 28);
        m *= 268435456.0; /* 2**28 */
        e -= 28;
        uint64_t y = (uint64_t)m;
        m -= (double)y;
        x += y;
        if (x >= HASH_MODULUS)
            x -= HASH_MODULUS;
    }
    e = e >= 0 ? e % HASH_BITS : HASH_BITS - 1 - ((-1 - e) % HASH_BITS);
    x = ((x << e) & HASH_MODULUS) | x >> (HASH_BITS - e);
    int64_t h = (int64_t)x * sign;
    return h == -1 ? -2 : h;
}

/* ---- math --------------------------------------------------------------------- */

int num_math_floor(mp_int *out, double x)
{
    return num_int_from_double(out, floor(x));
}

int num_math_ceil(mp_int *out, double x)
{
    return num_int_from_double(out, ceil(x));
}

int num_math_isqrt(mp_int *out, const mp_int *a)
{
    if (a->sign == MP_NEG && !mp_iszero(a))
        return num__err(NUM_EVALUE, "isqrt() argument must be nonnegative");
    MPTRY(mp_sqrt(a, out));
    return 0;
}

int num_math_gcd(mp_int *out, const mp_int *a, const mp_int *b)
{
    MPTRY(mp_gcd(a, b, out));
    return 0;
}

/* The product lo * (lo+1) * ... * (hi-1), by binary splitting so the big
 * multiplications are balanced (libtommath's Karatsuba and Toom-Cook
 * then do the work). */
static mp_err range_product(mp_int *out, uint64_t lo, uint64_t hi)
{
    if (hi <= lo) {
        mp_set(out, 1); /* the empty product */
        return MP_OKAY;
    }
    if (hi - lo <= 16) {
        mp_set(out, 1);
        mp_digit acc = 1;
        for (uint64_t k = lo; k < hi; k++) {
            if (k > MP_MASK) {
                mp_int t;
                mp_err e = mp_init(&t);
                if (e == MP_OKAY)
                    e = mp_mul_d(out, acc, out);
                acc = 1;
                if (e == MP_OKAY) {
                    mp_set_u64(&t, k);
                    e = mp_mul(out, &t, out);
                }
                mp_clear(&t);
                if (e != MP_OKAY)
                    return e;
                continue;
            }
            if (acc > MP_MASK / (mp_digit)k) {
                mp_err e = mp_mul_d(out, acc, out);
                if (e != MP_OKAY)
                    return e;
                acc = 1;
            }
            acc *= (mp_digit)k;
        }
        return mp_mul_d(out, acc, out);
    }
    uint64_t mid = lo + (hi - lo) / 2;
    mp_int right;
    mp_err e = mp_init(&right);
    if (e != MP_OKAY)
        return e;
    e = range_product(out, lo, mid);
    if (e == MP_OKAY)
        e = range_product(&right, mid, hi);
    if (e == MP_OKAY)
        e = mp_mul(out, &right, out);
    mp_clear(&right);
    return e;
}

int num_math_factorial(mp_int *out, const mp_int *n)
{
    if (n->sign == MP_NEG && !mp_iszero(n))
        return num__err(NUM_EVALUE, "factorial() not defined for negative values");
    int64_t k;
    if (!num_int_get_i64(n, &k))
        return num__err(NUM_EOVERFLOW, "factorial() argument should not exceed %lld", (long long)INT64_MAX);
    if (k < 2) {
        mp_set(out, 1);
        return 0;
    }
    mp_int r;
    MPTRY(mp_init(&r));
    mp_err e = range_product(&r, 2, (uint64_t)k + 1);
    if (e == MP_OKAY)
        mp_exch(&r, out);
    mp_clear(&r);
    return num__mp(e);
}

int num_math_sqrt(double *out, double x)
{
    if (isnan(x)) {
        *out = x;
        return 0;
    }
    if (x < 0)
        return num__err(NUM_EVALUE, "math domain error");
    *out = sqrt(x);
    return 0;
}

/* math_1: CPython's errors for a libm function of one float. */
static int math_1(double x, double r, int can_overflow, double *out)
{
    if (isnan(r) && !isnan(x))
        return num__err(NUM_EVALUE, "math domain error"); /* invalid argument */
    if (isinf(r) && isfinite(x)) {
        if (can_overflow)
            return num__err(NUM_EOVERFLOW, "math range error");
        return num__err(NUM_EVALUE, "math domain error"); /* a singularity */
    }
    *out = r;
    return 0;
}

/* m_log and friends: log(0) is -inf (a singularity), log(-x) a NaN. */
static double m_log_any(int fn, double x)
{
    if (isfinite(x)) {
        if (x > 0.0)
            return fn == NUM_MATH_LOG2 ? log2(x) : fn == NUM_MATH_LOG10 ? log10(x) : log(x);
        return x == 0.0 ? -INFINITY : NAN;
    }
    if (isnan(x) || x > 0)
        return x;
    return NAN; /* log(-inf) */
}

int num_math_unary(int fn, double x, double *out)
{
    switch (fn) {
    case NUM_MATH_SQRT: return math_1(x, sqrt(x), 0, out);
    case NUM_MATH_EXP: return math_1(x, exp(x), 1, out);
    case NUM_MATH_EXP2: return math_1(x, exp2(x), 1, out);
    case NUM_MATH_EXPM1: return math_1(x, expm1(x), 1, out);
    case NUM_MATH_LOG:
    case NUM_MATH_LOG2:
    case NUM_MATH_LOG10: return math_1(x, m_log_any(fn, x), 0, out);
    case NUM_MATH_LOG1P: return math_1(x, x == -1.0 ? -INFINITY : x < -1.0 ? NAN : log1p(x), 0, out);
    case NUM_MATH_SIN: return math_1(x, sin(x), 0, out);
    case NUM_MATH_COS: return math_1(x, cos(x), 0, out);
    case NUM_MATH_TAN: return math_1(x, tan(x), 0, out);
    case NUM_MATH_ASIN: return math_1(x, asin(x), 0, out);
    case NUM_MATH_ACOS: return math_1(x, acos(x), 0, out);
    case NUM_MATH_ATAN: return math_1(x, atan(x), 0, out);
    case NUM_MATH_SINH: return math_1(x, sinh(x), 1, out);
    case NUM_MATH_COSH: return math_1(x, cosh(x), 1, out);
    case NUM_MATH_TANH: return math_1(x, tanh(x), 0, out);
    case NUM_MATH_ASINH: return math_1(x, asinh(x), 0, out);
    case NUM_MATH_ACOSH: return math_1(x, acosh(x), 0, out);
    case NUM_MATH_ATANH: return math_1(x, atanh(x), 0, out);
    case NUM_MATH_FABS: return math_1(x, fabs(x), 0, out);
    case NUM_MATH_CBRT: return math_1(x, cbrt(x), 0, out);
    case NUM_MATH_ERF: return math_1(x, erf(x), 0, out);
    case NUM_MATH_ERFC: return math_1(x, erfc(x), 0, out);
    }
    return num__err(NUM_EVALUE, "unknown math function");
}

/* _PyLong_Frexp: a ~= m * 2**e with 0.5 <= m < 1, m correctly rounded. */
static double long_frexp(const mp_int *a, int64_t *e)
{
    int bits = mp_count_bits(a);
    mp_int t;
    if (bits <= 64 || mp_init(&t) != MP_OKAY) {
        int ee;
        double m = frexp((double)mag_u64(a), &ee);
        *e = ee;
        return m;
    }
    uint64_t top = 0;
    if (mp_div_2d(a, bits - 64, &t, NULL) == MP_OKAY)
        top = mag_u64(&t);
    mp_clear(&t);
    if (mp_cnt_lsb(a) < bits - 64)
        top |= 1;
    int ee;
    double m = frexp((double)top, &ee); /* rounding up to 2**64 makes ee 65 */
    *e = (int64_t)bits - 64 + ee;
    return m;
}

int num_math_log_int(int fn, const mp_int *a, double *out)
{
    if (mp_iszero(a) || a->sign == MP_NEG)
        return num__err(NUM_EVALUE, "math domain error");
    if (fn != NUM_MATH_LOG && fn != NUM_MATH_LOG2 && fn != NUM_MATH_LOG10)
        return num__err(NUM_EVALUE, "unknown math function");
    double x;
    if (mp_count_bits(a) <= DBL_MAX_EXP && num_int_to_double(a, &x) == 0) {
        *out = m_log_any(fn, x);
        return 0;
    }
    int64_t e;
    double m = long_frexp(a, &e);
    *out = m_log_any(fn, m) + m_log_any(fn, 2.0) * (double)e;
    return 0;
}

/* math_pow_impl. */
int num_math_pow(double *out, double x, double y)
{
    double r = 0.0;
    int err = 0; /* 1 EDOM, 2 ERANGE */
    if (!isfinite(x) || !isfinite(y)) {
        if (isnan(x))
            r = y == 0.0 ? 1.0 : x;
        else if (isnan(y))
            r = x == 1.0 ? 1.0 : y;
        else if (isinf(x)) {
            int odd_y = isfinite(y) && fmod(fabs(y), 2.0) == 1.0;
            if (y > 0.0)
                r = odd_y ? x : fabs(x);
            else if (y == 0.0)
                r = 1.0;
            else
                r = odd_y ? copysign(0.0, x) : 0.0;
        } else {
            if (fabs(x) == 1.0)
                r = 1.0;
            else if (y > 0.0 && fabs(x) > 1.0)
                r = y;
            else if (y < 0.0 && fabs(x) < 1.0)
                r = -y;
            else
                r = 0.0;
        }
    } else {
        r = libm_pow(x, y);
        if (isnan(r))
            err = 1;
        else if (isinf(r))
            err = x == 0.0 ? 1 : 2;
    }
    if (err == 1)
        return num__err(NUM_EVALUE, "math domain error");
    if (err == 2)
        return num__err(NUM_EOVERFLOW, "math range error");
    *out = r;
    return 0;
}

int num_math_fmod(double *out, double x, double y)
{
    /* fmod(x, +/-Inf) returns x for finite x. */
    if (isinf(y) && isfinite(x)) {
        *out = x;
        return 0;
    }
    double r = fmod(x, y);
    if (isnan(r) && !isnan(x) && !isnan(y))
        return num__err(NUM_EVALUE, "math domain error");
    *out = r;
    return 0;
}

int num_math_lcm(mp_int *out, const mp_int *a, const mp_int *b)
{
    if (mp_iszero(a) || mp_iszero(b)) {
        mp_zero(out);
        return 0;
    }
    MPTRY(mp_lcm(a, b, out));
    out->sign = MP_ZPOS;
    return 0;
}

/* math.perm(n, k) (k NULL: n!) and math.comb(n, k), by products of ranges. */
static int comb_perm(mp_int *out, const mp_int *n, const mp_int *k, int comb)
{
    if (!k)
        return num_math_factorial(out, n);
    if (n->sign == MP_NEG && !mp_iszero(n))
        return num__err(NUM_EVALUE, "n must be a non-negative integer");
    if (k->sign == MP_NEG && !mp_iszero(k))
        return num__err(NUM_EVALUE, "k must be a non-negative integer");
    if (mp_cmp(k, n) == MP_GT) {
        mp_zero(out);
        return 0;
    }
    int64_t nn, kk;
    if (!num_int_get_i64(n, &nn) || !num_int_get_i64(k, &kk))
        return num__err(NUM_EOVERFLOW, "%s must not exceed %lld", num_int_get_i64(n, &nn) ? "k" : "n",
                        (long long)INT64_MAX);
    if (comb && kk > nn - kk)
        kk = nn - kk;
    mp_int num, den;
    MPTRY(mp_init_multi(&num, &den, NULL));
    mp_err e = range_product(&num, (uint64_t)(nn - kk + 1), (uint64_t)nn + 1);
    if (e == MP_OKAY && comb) {
        e = range_product(&den, 2, (uint64_t)kk + 1);
        if (e == MP_OKAY)
            e = mp_div(&num, &den, &num, NULL);
    }
    if (e == MP_OKAY)
        mp_exch(&num, out);
    mp_clear_multi(&num, &den, NULL);
    return num__mp(e);
}

int num_math_perm(mp_int *out, const mp_int *n, const mp_int *k)
{
    return comb_perm(out, n, k, 0);
}

int num_math_comb(mp_int *out, const mp_int *n, const mp_int *k)
{
    return comb_perm(out, n, k, 1);
}

/* long_round: round(a, ndigits) for an int, half to even. */
int num_int_round(mp_int *out, const mp_int *a, int64_t ndigits)
{
    if (ndigits >= 0)
        return num__mp(mp_copy(a, out));
    double max_digits = (double)mp_count_bits(a) * 0.30103 + 2;
    if ((double)-ndigits > max_digits) {
        mp_zero(out);
        return 0;
    }
    mp_int p, q, r, twice;
    MPTRY(mp_init_multi(&p, &q, &r, &twice, NULL));
    mp_err e = MP_OKAY, e2 = MP_OKAY;
    mp_set(&p, 1);
    for (int64_t k = 0; k < -ndigits && e == MP_OKAY; k++)
        e = mp_mul_d(&p, 10, &p); /* O(n**2) on at most a few thousand digits */
    int rc = 0;
    if (e == MP_OKAY)
        rc = floor_divmod(&q, &r, a, &p);
    if (e == MP_OKAY && !rc) {
        e = mp_mul_2(&r, &twice);
        if (e == MP_OKAY) {
            int c = mp_cmp(&twice, &p);
            if (c == MP_GT || (c == MP_EQ && mp_isodd(&q)))
                e = mp_add_d(&q, 1, &q);
        }
        if (e == MP_OKAY)
            e2 = mp_mul(&q, &p, out);
    }
    mp_clear_multi(&p, &q, &r, &twice, NULL);
    if (rc)
        return rc;
    if (e != MP_OKAY)
        return num__mp(e);
    return num__mp(e2);
}

int64_t num_i64_hash(int64_t v)
{
    int64_t h;
    if (v > -(int64_t)HASH_MODULUS && v < (int64_t)HASH_MODULUS)
        h = v;
    else {
        uint64_t m = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
        m %= HASH_MODULUS;
        h = v < 0 ? -(int64_t)m : (int64_t)m;
    }
    return h == -1 ? -2 : h;
}

/* d = s * m for one digit m: the n digits of s, n + 1 written (the last
 * is the carry, maybe 0); d may be s.  A function of its own, never
 * inlined into the interpreter's int_op, so that V8 compiles it with
 * TurboFan soon after it gets hot (a function is tiered up whole, and a
 * large one takes long to compile on a busy machine).  With 28-bit digits
 * in 32-bit words (wasm), four digits a turn, read and written as two
 * 64-bit words: 0.6 ms for factorial(2000) by a loop instead of 1.0 ms for
 * the loop of one digit a turn (and of mp_mul_d). */
#if defined(__GNUC__)
__attribute__((noinline))
#endif
static void mul_digits(mp_digit *d, const mp_digit *s, int n, mp_digit m)
{
    private_mp_word carry = 0;
    int i = 0;
#if defined(MP_28BIT) && defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    const uint64_t mm = m, mask = MP_MASK;
    for (; i + 3 < n; i += 4) {
        uint64_t w0, w1, r0, r1, r2, r3;
        memcpy(&w0, s + i, 8);
        memcpy(&w1, s + i + 2, 8);
        r0 = carry + (w0 & 0xffffffffu) * mm;
        r1 = (r0 >> 28) + (w0 >> 32) * mm;
        r2 = (r1 >> 28) + (w1 & 0xffffffffu) * mm;
        r3 = (r2 >> 28) + (w1 >> 32) * mm;
        carry = r3 >> 28;
        w0 = (r0 & mask) | (r1 & mask) << 32;
        w1 = (r2 & mask) | (r3 & mask) << 32;
        memcpy(d + i, &w0, 8);
        memcpy(d + i + 2, &w1, 8);
    }
#endif
    for (; i < n; i++) {
        private_mp_word r = carry + (private_mp_word)s[i] * m;
        d[i] = (mp_digit)(r & (private_mp_word)MP_MASK);
        carry = r >> MP_DIGIT_BIT;
    }
    d[n] = (mp_digit)carry;
}

/* The digits a product of n digits by one digit is given when they are
 * allocated for it: n + 1 and a few more, so that the digits of a number
 * that died can take the product of the next r *= i (intfloat.c keeps
 * them) without growing. */
#define MUL_ALLOC(n) ((n) + 4 + (n) / 32)

/* out = a * m (m one digit, a nonzero, out initialised, maybe a) with the
 * sign neg; the digits above used stay zero, as libtommath wants them.
 * a's top digit is not zero, so the product has n or n + 1 digits. */
static int mul_digit_into(mp_int *out, const mp_int *a, mp_digit m, int neg)
{
    int n = a->used, old = out->used;
    if (out->alloc < n + 1) {
        if (out == a)
            MPTRY(mp_grow(out, MUL_ALLOC(n)));
        else {
            /* new digits, without copying the old ones (overwritten) */
            int alloc = MUL_ALLOC(n);
            mp_digit *d = num__mp_malloc(sizeof(mp_digit) * (size_t)alloc);
            if (!d)
                return NUM_ENOMEM;
            num__mp_free(out->dp, sizeof(mp_digit) * (size_t)out->alloc);
            memset(d + n + 1, 0, sizeof(mp_digit) * (size_t)(alloc - n - 1));
            out->dp = d;
            out->alloc = alloc;
            old = 0;
        }
    }
    mul_digits(out->dp, a->dp, n, m);
    if (old > n + 1)
        memset(out->dp + n + 1, 0, sizeof(mp_digit) * (size_t)(old - n - 1));
    out->used = n + (out->dp[n] != 0);
    out->sign = neg ? MP_NEG : MP_ZPOS;
    return 0;
}

/* a * b and a + b with a small b, without a temporary mp_int when |b| fits
 * one digit (the r *= i and n += 1 of a loop). */
int num_int_mul_i64(mp_int *out, const mp_int *a, int64_t b)
{
    uint64_t mag = b < 0 ? (uint64_t)0 - (uint64_t)b : (uint64_t)b;
    if (mag <= MP_MASK) {
        if (mag == 0 || mp_iszero(a)) {
            mp_zero(out);
            return 0;
        }
        return mul_digit_into(out, a, (mp_digit)mag, (a->sign == MP_NEG) != (b < 0));
    }
    mp_int t;
    MPTRY(mp_init(&t));
    int rc = num_int_set_i64(&t, b);
    if (!rc)
        rc = num_int_mul(out, a, &t);
    mp_clear(&t);
    return rc;
}

int num_int_mul_i64_new(mp_int *out, const mp_int *a, int64_t b)
{
    uint64_t mag = b < 0 ? (uint64_t)0 - (uint64_t)b : (uint64_t)b;
    if (mag > MP_MASK || mag == 0 || a->used < 1) {
        MPTRY(mp_init_size(out, a->used + 2));
        int rc = num_int_mul_i64(out, a, b);
        if (rc)
            mp_clear(out);
        return rc;
    }
    /* the digits allocated for the product and written once: n + 1 by
     * mul_digits, those above zeroed (mp_init_size would zero them all) */
    int n = a->used, alloc = MUL_ALLOC(n);
    mp_digit *d = num__mp_malloc(sizeof(mp_digit) * (size_t)alloc);
    if (!d) {
        out->dp = NULL;
        out->used = out->alloc = 0;
        out->sign = MP_ZPOS;
        return NUM_ENOMEM;
    }
    mul_digits(d, a->dp, n, (mp_digit)mag);
    memset(d + n + 1, 0, sizeof(mp_digit) * (size_t)(alloc - n - 1));
    out->dp = d;
    out->alloc = alloc;
    out->used = n + (d[n] != 0);
    out->sign = (a->sign == MP_NEG) != (b < 0) ? MP_NEG : MP_ZPOS;
    return 0;
}

int num_int_add_i64(mp_int *out, const mp_int *a, int64_t b)
{
    uint64_t mag = b < 0 ? (uint64_t)0 - (uint64_t)b : (uint64_t)b;
    if (mag <= MP_MASK) {
        if (b >= 0)
            MPTRY(mp_add_d(a, (mp_digit)mag, out));
        else
            MPTRY(mp_sub_d(a, (mp_digit)mag, out));
        return 0;
    }
    mp_int t;
    MPTRY(mp_init(&t));
    int rc = num_int_set_i64(&t, b);
    if (!rc)
        rc = num_int_add(out, a, &t);
    mp_clear(&t);
    return rc;
}
