/*
 * num.h -- the numbers of casyncio's Python: int and float semantics,
 * float repr, round, the format-spec mini-language and %-formatting of
 * numbers and strings, and the hashes of numbers.  Everything here is
 * CPython 3.11's behaviour, checked against python3 byte for byte
 * (tests/python/num.test.mjs).
 *
 * This layer is plain C: it knows nothing of Python objects, reference
 * counts or tasks.  The back end (objects, evaluator) wraps its results
 * into int and float objects and turns its errors into exceptions.
 * Integers are libtommath's `mp_int` (fetched from Debian's source package
 * at build time by python/fetch-tommath.sh; include path build/deps/tommath),
 * floats are `double`, text is UTF-8.
 *
 * Text output: functions that produce text APPEND it to a num_buf, a
 * growable byte buffer that the caller owns, so the back end can compose
 * a message or a formatted string in one buffer.  The buffer's data is
 * always NUL-terminated after a successful append.
 *
 * Integer output: functions that produce an integer write it into an
 * `mp_int *out` that the caller has initialised (mp_init) and still owns;
 * `out` may be the same as an input.  On failure *out is unspecified but
 * still initialised (the caller clears it as usual).
 *
 * Errors: every function that can fail returns 0 on success or a negative
 * NUM_E* code, which names the Python exception to raise (NUM_EVALUE is
 * ValueError, ...).  The exception's message is then in num_errmsg(): the
 * exact text CPython prints, for example
 *     "invalid literal for int() with base 10: 'x'".
 * The message stays valid until the next failing call of this layer; the
 * back end copies it into its exception at once.  Numbers never suspend,
 * so one message slot per process is enough (one interpreter per process
 * or wasm instance, as the runtime).
 *
 * Memory: all allocation (libtommath's included) goes through one
 * replaceable allocator, num_set_allocator(), so an out-of-memory test can
 * fail any allocation: failures return NUM_ENOMEM ("MemoryError").
 */
#ifndef PY_NUM_H
#define PY_NUM_H

#include <stddef.h>
#include <stdint.h>

#include "tommath.h"

#ifdef __cplusplus
extern "C" {
#endif

/* ------------------------------------------------------------------ */
/* Errors                                                               */
/* ------------------------------------------------------------------ */

/* X(name, value, python exception): the one table of error codes. */
#define NUM_ERRNO_MAP(X)                                                 \
    X(OK, 0, "")                                                         \
    X(ENOMEM, -1, "MemoryError")                                         \
    X(EVALUE, -2, "ValueError")                                          \
    X(EOVERFLOW, -3, "OverflowError")                                    \
    X(EZERODIV, -4, "ZeroDivisionError")                                 \
    X(ETYPE, -5, "TypeError")                                            \
    /* The result exists in CPython but not here (a complex number):   \
     * raise an error naming the feature, e.g. NotImplementedError. */  \
    X(EUNSUPPORTED, -6, "NotImplementedError")

enum {
#define NUM__ERR_ENUM(name, value, exc) NUM_##name = value,
    NUM_ERRNO_MAP(NUM__ERR_ENUM)
#undef NUM__ERR_ENUM
};

/* The Python exception type's name for a code ("ValueError"), "" for 0. */
const char *num_exc_name(int err);
/* The message of the last failing call (never NULL; "" before any). */
const char *num_errmsg(void);

/* ------------------------------------------------------------------ */
/* Memory and text buffers                                              */
/* ------------------------------------------------------------------ */

/* The allocator, realloc-shaped: fn(NULL, n) allocates, fn(p, n) resizes,
 * fn(p, 0) frees and returns NULL.  Returns NULL on failure.  Set it once,
 * before any number exists (libtommath's digits are allocated by it).
 * NULL restores the C library's. */
typedef void *(*num_alloc_fn)(void *ptr, size_t size);
void num_set_allocator(num_alloc_fn fn);
/* Allocation through the layer's allocator (for the back end's use too). */
void *num_realloc(void *ptr, size_t size);
void num_free(void *ptr);

/* A growable text buffer.  Zero-initialise it ({0} or num_buf_init); it
 * owns its data until num_buf_free (or until the caller takes `data` and
 * frees it with num_free). */
typedef struct num_buf {
    char *data; /* the bytes, NUL-terminated once anything was appended (may be NULL before) */
    size_t len; /* bytes used, without the NUL */
    size_t cap; /* bytes allocated */
} num_buf;

void num_buf_init(num_buf *b);
void num_buf_free(num_buf *b);
/* Empties the buffer and keeps its memory. */
void num_buf_clear(num_buf *b);
/* Append bytes / a C string / one byte.  0 or NUM_ENOMEM. */
int num_buf_put(num_buf *b, const char *s, size_t n);
int num_buf_puts(num_buf *b, const char *s);
int num_buf_putc(num_buf *b, char c);
/* Append the UTF-8 encoding of code point cp (0 .. 0x10FFFF). */
int num_buf_put_cp(num_buf *b, uint32_t cp);

/* Python's repr() of a str given as UTF-8 (quotes chosen as CPython does,
 * escapes for non-printable characters).  Used in error messages such as
 * int()'s; offered to the back end for str.__repr__ too. */
int num_str_repr(num_buf *b, const char *s, size_t n);
/* str.isprintable of one code point: what repr() leaves unescaped */
int num__isprintable(uint32_t cp);

/* ------------------------------------------------------------------ */
/* int: text                                                            */
/* ------------------------------------------------------------------ */

/* sys.get_int_max_str_digits() / sys.set_int_max_str_digits(n): the limit on
 * decimal int<->str conversion (default 4300; 0 means no limit).  The
 * setter returns NUM_EVALUE ("maxdigits must be 0 or larger than 640") for
 * other values. */
int64_t num_int_max_str_digits(void);
int num_set_int_max_str_digits(int64_t n);

/* int(s, base): s is the str's UTF-8 text (not NUL-terminated necessarily),
 * base 0 or 2..36 (NUM_EVALUE "int() base must be >= 2 and <= 36, or 0"
 * otherwise).  CPython's rules: surrounding whitespace, a sign,
 * underscores between digits, 0x/0o/0b prefixes (base 0 infers the base
 * and rejects leading zeros as "010"), Unicode decimal digits.
 * NUM_EVALUE with "invalid literal for int() with base 10: 'x'" (the repr
 * of the whole string, cut at 200 characters) or the 4300-digit limit's
 * message.  Also for the parser's integer literals (base 0). */
int num_int_parse(mp_int *out, const char *s, size_t n, int base);

/* str(a) / repr(a): decimal digits with '-' for negatives.  NUM_EVALUE
 * beyond the digit limit ("Exceeds the limit (4300 digits) for integer
 * string conversion; use sys.set_int_max_str_digits() to increase the
 * limit"). */
int num_int_str(num_buf *b, const mp_int *a);
/* hex(a), oct(a), bin(a): base 16, 8 or 2 with the 0x/0o/0b prefix
 * after any '-'; with prefix == 0, the bare digits (format's x, o, b).
 * Lower-case digits.  No digit limit (as CPython). */
int num_int_to_base(num_buf *b, const mp_int *a, int base, int prefix);

/* ------------------------------------------------------------------ */
/* int: arithmetic (Python's semantics: floor division, infinite        */
/* two's complement for bitwise operations on negatives)                */
/* ------------------------------------------------------------------ */

/* Small values.  num_int_get_i64 returns 1 and sets *v if a fits in
 * int64_t, else returns 0. */
int num_int_set_i64(mp_int *out, int64_t v);
int num_int_get_i64(const mp_int *a, int64_t *v);

int num_int_add(mp_int *out, const mp_int *a, const mp_int *b);
/* a + b and a * b for a small b: no temporary mp_int when |b| fits one
 * digit (28 bits in wasm, 60 natively), the common big * small of a loop
 * such as r *= i.  (A mp_int made with mp_init takes 32 digits; for
 * temporaries, mp_init_size(&t, 3) is enough for any int64.) */
int num_int_add_i64(mp_int *out, const mp_int *a, int64_t b);
int num_int_mul_i64(mp_int *out, const mp_int *a, int64_t b);
/* The same product into an out that is NOT initialised yet: its digits
 * are allocated and written once (mp_init_size's zeroing and mp_mul_d's
 * pass are one), for the r *= i of a loop.  On failure out is left
 * cleared (dp NULL). */
int num_int_mul_i64_new(mp_int *out, const mp_int *a, int64_t b);
int num_int_sub(mp_int *out, const mp_int *a, const mp_int *b);
int num_int_mul(mp_int *out, const mp_int *a, const mp_int *b);
int num_int_neg(mp_int *out, const mp_int *a);
int num_int_abs(mp_int *out, const mp_int *a);
/* a // b, a % b and divmod(a, b), rounding toward minus infinity; the
 * remainder has the sign of b.  NUM_EZERODIV: "integer division or modulo
 * by zero" (// and divmod), "integer modulo by zero" (%).  In
 * num_int_divmod, q and r must be different mp_ints; either may be NULL. */
int num_int_floordiv(mp_int *out, const mp_int *a, const mp_int *b);
int num_int_mod(mp_int *out, const mp_int *a, const mp_int *b);
int num_int_divmod(mp_int *q, mp_int *r, const mp_int *a, const mp_int *b);
/* a / b correctly rounded (CPython's long_true_divide).  NUM_EZERODIV
 * "division by zero"; NUM_EOVERFLOW "integer division result too large for
 * a float". */
int num_int_truediv(double *out, const mp_int *a, const mp_int *b);
/* a ** b for b >= 0 (for b < 0 Python's result is a float: convert both
 * with num_int_to_double and use num_float_pow).  NUM_EVALUE if b < 0. */
int num_int_pow(mp_int *out, const mp_int *a, const mp_int *b);
/* pow(a, b, m).  NUM_EVALUE "pow() 3rd argument cannot be 0"; b < 0
 * uses the modular inverse: NUM_EVALUE "base is not invertible for the
 * given modulus".  The result has the sign of m (as %). */
int num_int_powmod(mp_int *out, const mp_int *a, const mp_int *b, const mp_int *m);

/* ~a, a & b, a | b, a ^ b, a << n, a >> n.  Shifts: NUM_EVALUE "negative
 * shift count"; a huge left shift NUM_EOVERFLOW "too many digits in
 * integer" (a nonzero a only), a huge right shift gives 0 or -1. */
int num_int_invert(mp_int *out, const mp_int *a);
int num_int_and(mp_int *out, const mp_int *a, const mp_int *b);
int num_int_or(mp_int *out, const mp_int *a, const mp_int *b);
int num_int_xor(mp_int *out, const mp_int *a, const mp_int *b);
int num_int_lshift(mp_int *out, const mp_int *a, const mp_int *n);
int num_int_rshift(mp_int *out, const mp_int *a, const mp_int *n);

/* -1, 0 or 1 as a <, ==, > b. */
int num_int_cmp(const mp_int *a, const mp_int *b);
/* int.bit_length(). */
uint64_t num_int_bit_length(const mp_int *a);
/* hash(a): CPython's (a mod 2**61-1 with a's sign; -1 becomes -2). */
int64_t num_int_hash(const mp_int *a);

/* float(a), correctly rounded (half to even).  NUM_EOVERFLOW "int too
 * large to convert to float". */
int num_int_to_double(const mp_int *a, double *out);
/* int(x) for a float: truncation toward zero.  NUM_EOVERFLOW "cannot
 * convert float infinity to integer", NUM_EVALUE "cannot convert float NaN
 * to integer". */
int num_int_from_double(mp_int *out, double x);

/* Comparison of an int with a float, exact (CPython's float_richcompare):
 * returns -1, 0 or 1 as a <, ==, > x, or NUM_UNORDERED if x is NaN (every
 * comparison is then False, != True). */
#define NUM_UNORDERED 2
int num_int_cmp_double(const mp_int *a, double x);

/* ------------------------------------------------------------------ */
/* float                                                                */
/* ------------------------------------------------------------------ */

/* repr(x) == str(x): the shortest text that round-trips ('inf', '-inf',
 * 'nan', '-0.0', '1.0', '1e+16', '1.5e-05', ...). */
int num_float_repr(num_buf *b, double x);
/* float(s) for a str given as UTF-8: whitespace, sign, underscores between
 * digits, 'inf'/'infinity'/'nan' in any case.  NUM_EVALUE "could not
 * convert string to float: 'x'".  Also for the parser's float literals. */
int num_float_parse(double *out, const char *s, size_t n);

/* a / b, a // b, a % b, divmod(a, b) with Python's signs.  NUM_EZERODIV
 * with "float division by zero", "float floor division by zero", "float
 * modulo", "float divmod()". */
int num_float_div(double *out, double a, double b);
int num_float_floordiv(double *out, double a, double b);
int num_float_mod(double *out, double a, double b);
int num_float_divmod(double *q, double *r, double a, double b);
/* a ** b (float_pow).  NUM_EZERODIV "0.0 cannot be raised to a negative
 * power"; NUM_EOVERFLOW "(34, 'Numerical result out of range')";
 * NUM_EUNSUPPORTED when CPython returns a complex number (a negative base
 * and a fractional exponent: the back end computes it, complex.c), or
 * NUM_EOVERFLOW "complex exponentiation" where that result overflows.  The value is
 * the C library's pow: glibc's natively, as CPython's; musl's in wasm,
 * which differs from it in the last bit for about 1 in 500 random
 * arguments (tests/python/num.test.mjs counts them). */
int num_float_pow(double *out, double a, double b);

/* round(x) -> int: half to even.  Errors as num_int_from_double. */
int num_float_round_int(mp_int *out, double x);
/* round(x, ndigits) -> float, correctly rounded on the exact decimal value
 * (round(2.675, 2) == 2.67).  NUM_EOVERFLOW "rounded value too large to
 * represent". */
int num_float_round(double *out, double x, int64_t ndigits);
/* float.is_integer(). */
int num_float_is_integer(double x);
/* hash(x): CPython's _Py_HashDouble; for a NaN, the hash of `identity`
 * (the float object's address), as CPython 3.10+. */
int64_t num_float_hash(double x, const void *identity);

/* ------------------------------------------------------------------ */
/* math                                                                 */
/* ------------------------------------------------------------------ */

/* math.floor(x) and math.ceil(x) of a float, as ints (math.trunc(x) is
 * num_int_from_double).  Errors as num_int_from_double. */
int num_math_floor(mp_int *out, double x);
int num_math_ceil(mp_int *out, double x);
/* math.isqrt(a): NUM_EVALUE "isqrt() argument must be nonnegative". */
int num_math_isqrt(mp_int *out, const mp_int *a);
/* math.gcd(a, b) (non-negative). */
int num_math_gcd(mp_int *out, const mp_int *a, const mp_int *b);
/* math.factorial(n): NUM_EVALUE "factorial() not defined for negative
 * values", NUM_EOVERFLOW "factorial() argument should not exceed
 * 9223372036854775807". */
int num_math_factorial(mp_int *out, const mp_int *n);
/* math.sqrt(x) and friends with CPython's errors: NUM_EVALUE "math domain
 * error", NUM_EOVERFLOW "math range error". */
int num_math_sqrt(double *out, double x);

/* The math module's functions of one float (math_1): NUM_EVALUE "math
 * domain error" for an invalid argument or a singularity, NUM_EOVERFLOW
 * "math range error" for an overflow.  Results are the C library's (the
 * last bit can differ from CPython's glibc in wasm for some functions). */
enum {
    NUM_MATH_SQRT, NUM_MATH_EXP, NUM_MATH_EXP2, NUM_MATH_EXPM1, NUM_MATH_LOG, NUM_MATH_LOG2,
    NUM_MATH_LOG10, NUM_MATH_LOG1P, NUM_MATH_SIN, NUM_MATH_COS, NUM_MATH_TAN, NUM_MATH_ASIN,
    NUM_MATH_ACOS, NUM_MATH_ATAN, NUM_MATH_SINH, NUM_MATH_COSH, NUM_MATH_TANH, NUM_MATH_ASINH,
    NUM_MATH_ACOSH, NUM_MATH_ATANH, NUM_MATH_FABS, NUM_MATH_CBRT, NUM_MATH_ERF, NUM_MATH_ERFC
};
/* (math.gamma and math.lgamma are CPython's own Lanczos code, not libm's:
 * not here, so that they fail loudly rather than differ in the last bit.) */
int num_math_unary(int fn, double x, double *out);
/* math.log / log2 / log10 of an int of any size (loghelper): exact for
 * ints beyond the float range.  NUM_EVALUE "math domain error" for a <= 0.
 * math.log(x, base) is log(x) / log(base), with float division's
 * "float division by zero" for base 1. */
int num_math_log_int(int fn, const mp_int *a, double *out);
/* math.pow(x, y) (not float **): NUM_EVALUE "math domain error" for
 * 0.0 ** negative and negative ** fractional, NUM_EOVERFLOW "math range
 * error". */
int num_math_pow(double *out, double x, double y);
/* math.fmod(x, y): NUM_EVALUE "math domain error" (y == 0, x infinite). */
int num_math_fmod(double *out, double x, double y);
/* math.lcm(a, b) (non-negative; math.lcm() of nothing is 1). */
int num_math_lcm(mp_int *out, const mp_int *a, const mp_int *b);
/* math.perm(n, k) (k NULL: math.perm(n) is math.factorial(n), with its
 * errors) and math.comb(n, k):
 * NUM_EVALUE "n must be a non-negative integer", "k must be a
 * non-negative integer"; 0 when k > n. */
int num_math_perm(mp_int *out, const mp_int *n, const mp_int *k);
int num_math_comb(mp_int *out, const mp_int *n, const mp_int *k);

/* round(a, ndigits) of an int: a itself for ndigits >= 0, else rounded
 * half to even at 10**-ndigits (round(25, -1) == 20). */
int num_int_round(mp_int *out, const mp_int *a, int64_t ndigits);
/* hash(v) of a small int without an mp_int (equal to num_int_hash's). */
int64_t num_i64_hash(int64_t v);

/* ------------------------------------------------------------------ */
/* format(value, spec): the format-spec mini-language                   */
/* [[fill]align][sign][z][#][0][width][grouping][.precision][type]      */
/* ------------------------------------------------------------------ */

/* Each appends format(value, spec) to b.  spec is the spec's UTF-8 text
 * (empty: str(value); for a bool the back end writes 'True' itself, as
 * CPython's format(True, '') does); type_name is the value's type for messages
 * ("int", "bool", "float", "str").  NUM_EVALUE with CPython's messages
 * ("Unknown format code 'x' for object of type 'float'", "Format
 * specifier missing precision", "Cannot specify ',' with 's'.", ...),
 * NUM_EOVERFLOW for 'c' out of range ("%c arg not in range(0x110000)").
 * A width or precision beyond 2**24 is NUM_ENOMEM (CPython would build
 * the text). */
int num_format_int(num_buf *b, const mp_int *v, const char *spec, size_t n,
                   const char *type_name);
int num_format_float(num_buf *b, double v, const char *spec, size_t n,
                     const char *type_name);
/* s is the str's UTF-8 text; width and precision count code points. */
int num_format_str(num_buf *b, const char *s, size_t slen, const char *spec, size_t n,
                   const char *type_name);

/* ------------------------------------------------------------------ */
/* printf-style formatting: 'fmt' % args                                */
/* ------------------------------------------------------------------ */

/* One conversion specifier %[(key)][flags][width][.precision][length]type.
 *
 * The back end walks the format and the arguments (CPython's
 * PyUnicode_Format) and, for each '%':
 *   1. num_pct_parse(); if spec.literal, append '%' (the "%%" case) and go on;
 *   2. with spec.key, take the argument from the mapping ("format requires
 *      a mapping" if it is not one);
 *   3. if spec.width_star, take the next argument (TypeError "* wants int"
 *      unless an int) and give it to num_pct_set_width(); likewise
 *      prec_star and num_pct_set_prec();
 *   4. take the value argument ("not enough arguments for format string"),
 *      then: type s, r or a: num_pct_str() with str(), repr() or ascii() of
 *      it; an int (bool too) num_pct_int(); a float num_pct_float(); a str
 *      with type c num_pct_str(); anything else num_pct_type_error(), which
 *      also reports an unknown type character. */
typedef struct num_pct {
    const char *key; /* the mapping key's text inside %(...), or NULL */
    size_t key_len;  /* its length in bytes */
    int literal;     /* "%%": append '%', no argument */
    int left;        /* '-' flag */
    int plus;        /* '+' flag */
    int space;       /* ' ' flag */
    int alt;         /* '#' flag */
    int zero;        /* '0' flag */
    int width_star;  /* width was '*' (see above) */
    int prec_star;   /* precision was '*' */
    int64_t width;   /* -1 when absent */
    int64_t prec;    /* -1 when absent */
    uint32_t type;   /* the conversion character's code point: d i u o x X e E f F g G c r s a ... */
    size_t index;    /* its index in code points (for "unsupported format character") */
    size_t end;      /* byte offset just past the conversion character */
} num_pct;

/* Parses the specifier starting at fmt[pos] (just after the '%').
 * NUM_EVALUE "incomplete format", "incomplete format key", "width too
 * big", "precision too big".  The type character is not checked here
 * (CPython takes the argument first): the num_pct_* functions below
 * report "unsupported format character 'y' (0x79) at index 3". */
int num_pct_parse(num_pct *spec, const char *fmt, size_t n, size_t pos);
/* Store a '*' argument: a negative width sets '-' (as CPython); a
 * negative precision becomes 0. */
void num_pct_set_width(num_pct *spec, int64_t width);
void num_pct_set_prec(num_pct *spec, int64_t prec);
/* %d %i %u %o %x %X of an int; %e %f %g ... convert it to float
 * (NUM_EOVERFLOW "int too large to convert to float"); %c of an int
 * (NUM_EOVERFLOW "%c arg not in range(0x110000)"). */
int num_pct_int(num_buf *b, const num_pct *spec, const mp_int *v);
/* %e %E %f %F %g %G of a float; %d %i %u truncate it as int(x), with its
 * errors; %o %x %X and %c raise TypeError as CPython. */
int num_pct_float(num_buf *b, const num_pct *spec, double v);
/* %s %r %a: text is str(x), repr(x) or ascii(x) as UTF-8; precision cuts
 * it (in code points), width pads it.  %c of a str: exactly one character
 * (TypeError "%c requires int or char" otherwise). */
int num_pct_str(num_buf *b, const num_pct *spec, const char *text, size_t n);
/* The error for an argument of type type_name that the conversion does
 * not take: TypeError "%d format: a real number is required, not str",
 * "%x format: an integer is required, not float", "must be real number,
 * not str", "%c requires int or char", or ValueError "unsupported format
 * character ...".  Returns 0 (no error) for s, r and a, which take
 * anything. */
int num_pct_type_error(const num_pct *spec, const char *type_name);

#ifdef __cplusplus
}
#endif

#endif /* PY_NUM_H */
