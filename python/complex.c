/*
 * complex.c -- complex numbers and the cmath module, as CPython 3.11's
 * Objects/complexobject.c and Modules/cmathmodule.c compute them: the same
 * formulas in the same order on doubles (so the same bits), the same
 * repr, format specs, hash, string parsing and errors.
 *
 * The arithmetic is plain C on (re, im) pairs (cplx); CPython's errno
 * conventions are kept in an explicit flag (C_EDOM, C_ERANGE), as the C
 * library in wasm (musl) sets no errno.  The evaluator reaches the
 * operators through py_num_binop and py__num_unary (intfloat.c), which
 * call py__complex_binop and py__complex_unary here; a float raised to a
 * fractional power of a negative base comes here too (py__complex_pow_d).
 *
 * cmath has sqrt, exp, log, log10, phase, polar, rect, isfinite, isinf,
 * isnan, isclose and the constants.  Its trigonometric and hyperbolic
 * functions are refused by name (run.c's c_others), and so are sqrt, exp,
 * log and rect of an infinite or nan argument, whose C99 special values
 * CPython takes from tables not copied here.
 */
#include <float.h>
#include <math.h>
#include <stdint.h>
#include <string.h>
#include <strings.h>

#include "py.h"
#include "num.h"
#include "num_internal.h"

typedef struct cplx { double re, im; } cplx;
enum { C_OK = 0, C_EDOM = 1, C_ERANGE = 2 };

/* ---- arithmetic (complexobject.c's _Py_c_*) ----------------------------------------------- */

static cplx c_sum(cplx a, cplx b) { return (cplx){ a.re + b.re, a.im + b.im }; }
static cplx c_diff(cplx a, cplx b) { return (cplx){ a.re - b.re, a.im - b.im }; }
static cplx c_prod(cplx a, cplx b) { return (cplx){ a.re * b.re - a.im * b.im, a.re * b.im + a.im * b.re }; }

/* a / b; *err = C_EDOM when b is 0 */
static cplx c_quot(cplx a, cplx b, int *err) {
    cplx r;
    const double abs_breal = b.re < 0 ? -b.re : b.re;
    const double abs_bimag = b.im < 0 ? -b.im : b.im;
    if (abs_breal >= abs_bimag) {
        if (abs_breal == 0.0) {
            *err = C_EDOM;
            r.re = r.im = 0.0;
        } else {
            const double ratio = b.im / b.re;
            const double denom = b.re + b.im * ratio;
            r.re = (a.re + a.im * ratio) / denom;
            r.im = (a.im - a.re * ratio) / denom;
        }
    } else if (abs_bimag >= abs_breal) {
        const double ratio = b.re / b.im;
        const double denom = b.re * ratio + b.im;
        r.re = (a.re * ratio + a.im) / denom;
        r.im = (a.im * ratio - a.re) / denom;
    } else { /* a nan in b */
        r.re = r.im = NAN;
    }
    return r;
}

/* cos and sin of an infinity set EDOM in C (glibc's errno; musl sets none) */
static double c_cos(double x, int *err) { if (isinf(x)) *err = C_EDOM; return cos(x); }
static double c_sin(double x, int *err) { if (isinf(x)) *err = C_EDOM; return sin(x); }

static cplx c_pow(cplx a, cplx b, int *err) {
    cplx r;
    if (b.re == 0. && b.im == 0.) {
        r.re = 1.;
        r.im = 0.;
    } else if (a.re == 0. && a.im == 0.) {
        if (b.im != 0. || b.re < 0.) *err = C_EDOM;
        r.re = 0.;
        r.im = 0.;
    } else {
        double vabs = hypot(a.re, a.im);
        double len = pow(vabs, b.re);
        double at = atan2(a.im, a.re);
        double phase = at * b.re;
        if (b.im != 0.0) {
            len /= exp(at * b.im);
            phase += b.im * log(vabs);
        }
        r.re = len * c_cos(phase, err);
        r.im = len * c_sin(phase, err);
    }
    return r;
}

static cplx c_powu(cplx x, long n) {
    cplx r = { 1., 0. }, p = x;
    long mask = 1;
    while (mask > 0 && n >= mask) {
        if (n & mask) r = c_prod(r, p);
        mask <<= 1;
        p = c_prod(p, p);
    }
    return r;
}

/* complex_pow: an exponent that is a small integer by repeated squaring */
static cplx c_power(cplx a, cplx b, int *err) {
    cplx p;
    if (b.im == 0.0 && b.re == floor(b.re) && fabs(b.re) <= 100.0) {
        long n = (long)b.re;
        p = n > 0 ? c_powu(a, n) : c_quot((cplx){ 1., 0. }, c_powu(a, -n), err);
    } else {
        p = c_pow(a, b, err);
    }
    /* _Py_ADJUST_ERANGE2 */
    if (isinf(p.re) || isinf(p.im)) { if (!*err) *err = C_ERANGE; }
    else if (*err == C_ERANGE) *err = C_OK;
    return p;
}

/* |z| (_Py_c_abs); *err = C_ERANGE on overflow */
static double c_abs(cplx z, int *err) {
    if (!isfinite(z.re) || !isfinite(z.im)) {
        if (isinf(z.re)) return fabs(z.re);
        if (isinf(z.im)) return fabs(z.im);
        return NAN;
    }
    double r = hypot(z.re, z.im);
    if (!isfinite(r)) *err = C_ERANGE;
    return r;
}

/* ---- the objects ------------------------------------------------------------------------- */

py_obj *py_complex(double re, double im) {
    py_complexobj *c = (py_complexobj *)py_alloc(&py_complex_type);
    if (!c) return NULL;
    c->re = re;
    c->im = im;
    return (py_obj *)c;
}
static py_obj *from_c(cplx c) { return py_complex(c.re, c.im); }

/* TO_COMPLEX: an int, a float or a complex as a pair; 0 for anything else
 * (-1 with an exception pending: an int too large for a float). */
static int to_cplx(py_obj *o, cplx *out) {
    if (PY_IS_COMPLEX(o)) {
        *out = (cplx){ ((py_complexobj *)o)->re, ((py_complexobj *)o)->im };
        return 1;
    }
    if (PY_CHECK_INT(o) || PY_CHECK_FLOAT(o)) {
        int ok;
        double d = py_float_val(o, &ok);
        if (!ok) return -1;
        *out = (cplx){ d, 0.0 };
        return 1;
    }
    return 0;
}

static py_obj *power_result(cplx p, int err) {
    if (err == C_EDOM) return py_err_set(py_exc_ZeroDivisionError, "0.0 to a negative or complex power");
    if (err == C_ERANGE) return py_err_set(py_exc_OverflowError, "complex exponentiation");
    return from_c(p);
}

/* float.__pow__'s case of a negative base and a fractional exponent */
py_obj *py__complex_pow_d(double x, double y) {
    int err = 0;
    cplx p = c_power((cplx){ x, 0.0 }, (cplx){ y, 0.0 }, &err);
    return power_result(p, err);
}

/* a op b where one of them is complex and the other an int, float or
 * complex (else NotImplemented): +, -, *, /, **; the others are not
 * complex's (NotImplemented: "unsupported operand type(s) for //") */
py_obj *py__complex_binop(py_obj *a, py_obj *b, int op) {
    cplx x, y;
    int ka = to_cplx(a, &x);
    if (ka < 0) return NULL;
    int kb = ka ? to_cplx(b, &y) : 0;
    if (kb < 0) return NULL;
    if (!ka || !kb) return py_incref(PY_NOTIMPL);
    int err = 0;
    switch (op) {
    case PYAST_Add: return from_c(c_sum(x, y));
    case PYAST_Sub: return from_c(c_diff(x, y));
    case PYAST_Mult: return from_c(c_prod(x, y));
    case PYAST_Div: {
        cplx q = c_quot(x, y, &err);
        if (err) return py_err_set(py_exc_ZeroDivisionError, "complex division by zero");
        return from_c(q);
    }
    case PYAST_Pow: {
        cplx p = c_power(x, y, &err);
        return power_result(p, err);
    }
    default: return py_incref(PY_NOTIMPL);
    }
}

py_obj *py__complex_unary(py_obj *a, int op) {
    py_complexobj *c = (py_complexobj *)a;
    if (op == PYAST_USub) return py_complex(-c->re, -c->im);
    if (op == PYAST_UAdd) return py_complex(c->re, c->im);
    return py_incref(PY_NOTIMPL);
}

/* abs(z) */
py_obj *py__complex_abs(py_obj *a) {
    int err = 0;
    double r = c_abs((cplx){ ((py_complexobj *)a)->re, ((py_complexobj *)a)->im }, &err);
    if (err) return py_err_set(py_exc_OverflowError, "absolute value too large");
    return py_float(r);
}

/* repr(x) in format 'r' without ".0" (PyOS_double_to_string(x, 'r', 0, flags)),
 * with a sign always when sign is set (Py_DTSF_SIGN; a nan's never '-') */
static void put_part(py_buf *b, double x, int sign) {
    num_buf nb = {0};
    if (num_float_repr(&nb, x) < 0 || !nb.data) { num_buf_free(&nb); b->oom = 1; return; }
    size_t n = nb.len;
    if (n >= 2 && nb.data[n - 2] == '.' && nb.data[n - 1] == '0') n -= 2;
    if (sign && nb.data[0] != '-') py_buf_putc(b, '+');
    py_buf_put(b, nb.data, n);
    num_buf_free(&nb);
}

static py_obj *complex_repr(py_obj *o) {
    py_complexobj *c = (py_complexobj *)o;
    py_buf b = {0};
    if (c->re == 0. && copysign(1.0, c->re) == 1.0) {
        put_part(&b, c->im, 0);
        py_buf_putc(&b, 'j');
    } else {
        py_buf_putc(&b, '(');
        put_part(&b, c->re, 0);
        put_part(&b, c->im, 1);
        py_buf_puts(&b, "j)");
    }
    return py_str_from_buf(&b);
}

static int64_t complex_hash(py_obj *o) {
    py_complexobj *c = (py_complexobj *)o;
    uint64_t hr = (uint64_t)num_float_hash(c->re, o), hi = (uint64_t)num_float_hash(c->im, o);
    uint64_t h = hr + 1000003u * hi;
    if (h == (uint64_t)-1) h = (uint64_t)-2;
    return (int64_t)h;
}

static py_obj *complex_richcmp(py_obj *v, py_obj *w, int op) {
    if ((op != PY_EQ && op != PY_NE) || !PY_IS_COMPLEX(v)) return py_incref(PY_NOTIMPL);
    py_complexobj *c = (py_complexobj *)v;
    int equal;
    if (PY_CHECK_INT(w)) {
        if (c->im == 0.0) { /* the real part against the int, exactly */
            py_obj *f = py_float(c->re);
            if (!f) return NULL;
            py_obj *r = py_richcmp(f, w, op);
            py_decref(f);
            return r;
        }
        equal = 0;
    } else if (PY_CHECK_FLOAT(w)) {
        equal = c->re == ((py_floatobj *)w)->v && c->im == 0.0;
    } else if (PY_IS_COMPLEX(w)) {
        equal = c->re == ((py_complexobj *)w)->re && c->im == ((py_complexobj *)w)->im;
    } else {
        return py_incref(PY_NOTIMPL);
    }
    return py_bool(equal == (op == PY_EQ));
}

static int complex_truth(py_obj *o) { return ((py_complexobj *)o)->re != 0.0 || ((py_complexobj *)o)->im != 0.0; }

/* ---- complex(string) ---------------------------------------------------------------------- */

/* The longest prefix of s that is a float (PyOS_string_to_double's
 * strtod): [sign] digits [. digits] [e [sign] digits], inf, infinity, nan */
static size_t float_prefix(const char *s, size_t n) {
    size_t i = 0;
    if (i < n && (s[i] == '+' || s[i] == '-')) i++;
    static const char *const words[] = { "infinity", "inf", "nan" };
    for (int w = 0; w < 3; w++) {
        size_t k = strlen(words[w]);
        if (n - i >= k && !strncasecmp(s + i, words[w], k)) return i + k;
    }
    size_t d = 0;
    while (i < n && s[i] >= '0' && s[i] <= '9') i++, d++;
    if (i < n && s[i] == '.') {
        i++;
        while (i < n && s[i] >= '0' && s[i] <= '9') i++, d++;
    }
    if (!d) return 0;
    if (i < n && (s[i] == 'e' || s[i] == 'E')) {
        size_t j = i + 1;
        if (j < n && (s[j] == '+' || s[j] == '-')) j++;
        if (j < n && s[j] >= '0' && s[j] <= '9') {
            while (j < n && s[j] >= '0' && s[j] <= '9') j++;
            i = j;
        }
    }
    return i;
}

static int read_float(const char *s, size_t n, double *out) {
    return num_float_parse(out, s, n) == 0;
}

/* complex_from_string_inner on ASCII text: 1 and *re, *im, or 0 (malformed) */
static int parse_complex(const char *s, size_t len, double *re, double *im) {
    size_t i = 0, end;
    double x = 0.0, y = 0.0, z;
    int got_bracket = 0;
    while (i < len && s[i] == ' ') i++;
    if (i < len && s[i] == '(') {
        got_bracket = 1;
        i++;
        while (i < len && s[i] == ' ') i++;
    }
    end = i + float_prefix(s + i, len - i);
    if (end != i) {
        if (!read_float(s + i, end - i, &z)) return 0;
        i = end;
        if (i < len && (s[i] == '+' || s[i] == '-')) { /* <float><signed-float>j | <float><sign>j */
            x = z;
            end = i + float_prefix(s + i, len - i);
            if (end != i) {
                if (!read_float(s + i, end - i, &y)) return 0;
                i = end;
            } else {
                y = s[i] == '+' ? 1.0 : -1.0;
                i++;
            }
            if (!(i < len && (s[i] == 'j' || s[i] == 'J'))) return 0;
            i++;
        } else if (i < len && (s[i] == 'j' || s[i] == 'J')) {
            i++;
            y = z;
        } else {
            x = z;
        }
    } else { /* <sign>j | j */
        if (i < len && (s[i] == '+' || s[i] == '-')) {
            y = s[i] == '+' ? 1.0 : -1.0;
            i++;
        } else {
            y = 1.0;
        }
        if (!(i < len && (s[i] == 'j' || s[i] == 'J'))) return 0;
        i++;
    }
    while (i < len && s[i] == ' ') i++;
    if (got_bracket) {
        if (!(i < len && s[i] == ')')) return 0;
        i++;
        while (i < len && s[i] == ' ') i++;
    }
    if (i != len) return 0;
    *re = x;
    *im = y;
    return 1;
}

static py_obj *complex_from_str(py_obj *str) {
    const char *s = py_s(str);
    size_t n = py_slen(str);
    py_buf b = {0};
    /* _PyUnicode_TransformDecimalAndSpaceToASCII: Unicode spaces and
     * decimal digits as ASCII's, anything else beyond ASCII as '?' */
    for (size_t i = 0; i < n;) {
        unsigned char ch = (unsigned char)s[i];
        if (ch < 0x80) {
            py_buf_putc(&b, (char)(ch == '\t' || ch == '\n' || ch == '\v' || ch == '\f' || ch == '\r' ||
                                   (ch >= 0x1c && ch <= 0x1f) ? ' ' : ch));
            i++;
            continue;
        }
        uint32_t cp = num__utf8_next(s, n, &i);
        int d = num__decimal(cp);
        py_buf_putc(&b, d >= 0 ? (char)('0' + d) : num__isspace(cp) ? ' ' : '?');
    }
    if (b.oom) { py_buf_free(&b); return py_err_nomem(); }
    const char *t = b.data ? b.data : "";
    size_t tn = b.len;
    py_buf clean = {0};
    if (memchr(t, '_', tn)) { /* _Py_string_to_number_with_underscores */
        char prev = 0;
        int bad = 0;
        for (size_t i = 0; i < tn && !bad; i++) {
            char c = t[i];
            if (c == '_') bad = !(prev >= '0' && prev <= '9');
            else {
                py_buf_putc(&clean, c);
                bad = prev == '_' && !(c >= '0' && c <= '9');
            }
            prev = c;
        }
        if (bad || prev == '_') {
            py_buf_free(&b);
            py_buf_free(&clean);
            return py_err_set(py_exc_ValueError, "could not convert string to complex: %R", str);
        }
        t = clean.data ? clean.data : "";
        tn = clean.len;
    }
    double re, im;
    int ok = parse_complex(t, tn, &re, &im);
    py_buf_free(&b);
    py_buf_free(&clean);
    if (!ok) return py_err_set(py_exc_ValueError, "complex() arg is a malformed string");
    return py_complex(re, im);
}

/* ---- complex(real=0, imag=0) -------------------------------------------------------------- */

/* May o be complex()'s number: a complex, an int or float, or an instance
 * of a class with __float__ or __index__ (nb_float, nb_index) */
static int is_number(py_obj *o) {
    if (PY_IS_COMPLEX(o) || PY_CHECK_INT(o) || PY_CHECK_FLOAT(o)) return 1;
    return (o->type->flags & PY_TF_HEAP) && (py_type_lookup_s(o->type, "__float__") || py_type_lookup_s(o->type, "__index__"));
}

/* PyNumber_Float(o) as a double: 1, or 0 with an exception */
static int number_float(py_obj *o, double *out) {
    py_obj *f = py_call((py_obj *)&py_float_type, &o, 1, NULL);
    if (!f) return 0;
    *out = ((py_floatobj *)f)->v;
    py_decref(f);
    return 1;
}

/* try_complex_special_method: o's __complex__ (a class's), its result; NULL
 * with no exception when it has none */
static py_obj *complex_dunder(py_obj *o) {
    if (!(o->type->flags & PY_TF_HEAP)) return NULL;
    py_obj *f = py_type_lookup_s(o->type, "__complex__");
    if (!f) return NULL;
    py_obj *r = py_call1(f, o);
    if (r && !PY_IS_COMPLEX(r)) {
        py_err_set(py_exc_TypeError, "__complex__ returned non-complex (type %s)", py_type_name(r));
        PY_CLEAR(r);
    }
    return r;
}

static py_obj *complex_vnew(py_type *t, py_obj *const *args, size_t nargs, py_obj *kw) {
    static const char *const names[] = { "real", "imag", NULL };
    py_obj *a[2];
    (void)t;
    if (nargs > 2) return py_err_set(py_exc_TypeError, "complex() takes at most 2 arguments (%d given)", (int)nargs);
    if (py_args("complex", args, nargs, kw, 0, 2, names, a) < 0) return NULL;
    py_obj *r = a[0], *i = a[1];
    if (!r) {
        if (!i) return py_complex(0.0, 0.0);
        static py_obj *zero; /* complex(imag=x): real 0 */
        if (!zero && !(zero = py_int(0))) return NULL;
        r = zero;
    }
    if (PY_IS_COMPLEX(r) && !i) return py_incref(r);
    if (PY_CHECK_STR(r)) {
        if (i) return py_err_set(py_exc_TypeError, "complex() can't take second arg if first is a string");
        return complex_from_str(r);
    }
    if (i && PY_CHECK_STR(i)) return py_err_set(py_exc_TypeError, "complex() second arg can't be a string");
    py_obj *own = complex_dunder(r);
    if (!own && py_err_occurred()) return NULL;
    if (own) r = own;
    if (!is_number(r)) {
        py_err_set(py_exc_TypeError, "complex() first argument must be a string or a number, not '%s'", py_type_name(r));
        py_xdecref(own);
        return NULL;
    }
    if (i && !is_number(i)) {
        py_err_set(py_exc_TypeError, "complex() second argument must be a number, not '%s'", py_type_name(i));
        py_xdecref(own);
        return NULL;
    }
    cplx cr, ci = { 0.0, 0.0 };
    int cr_complex = 0, ci_complex = 0;
    if (PY_IS_COMPLEX(r)) {
        cr = (cplx){ ((py_complexobj *)r)->re, ((py_complexobj *)r)->im };
        cr_complex = 1;
        py_xdecref(own);
    } else {
        int ok = number_float(r, &cr.re);
        py_xdecref(own);
        if (!ok) return NULL;
        cr.im = 0.0;
    }
    if (!i) ci.re = cr.im;
    else if (PY_IS_COMPLEX(i)) {
        ci = (cplx){ ((py_complexobj *)i)->re, ((py_complexobj *)i)->im };
        ci_complex = 1;
    } else if (!number_float(i, &ci.re)) return NULL;
    if (ci_complex) cr.re -= ci.im;
    if (cr_complex && i) ci.re += cr.im;
    return py_complex(cr.re, ci.re);
}

/* ---- format(z, spec) ---------------------------------------------------------------------- */

/* complex.__format__ (format_complex_internal): each part formatted as a
 * float of the spec without its fill, alignment and width (the imaginary
 * part always signed unless the real part is left out), then the whole
 * padded.  The spec's errors are float's (with complex's name) and then
 * complex's own. */
py_obj *py__complex_format(py_obj *v, py_obj *spec) {
    py_complexobj *c = (py_complexobj *)v;
    const char *s = py_s(spec);
    size_t n = py_slen(spec);
    if (!n) return complex_repr(v);
    num_buf nb = {0};
    int e = num_format_float(&nb, 0.0, s, n, "complex"); /* the grammar's and the type's errors */
    num_buf_free(&nb);
    if (e) return py_num_err(e);
    /* [[fill]align][sign][z][#][0][width][grouping][.precision][type] (valid: checked above) */
    size_t i = 0, fill_len = 0; /* a fill is the spec's first code point */
    char align = 0;
    size_t j = 0;
    num__utf8_next(s, n, &j); /* j: after the first code point */
    if (j < n && strchr("<>=^", s[j])) { fill_len = j; align = s[j]; i = j + 1; }
    else if (strchr("<>=^", s[0])) { align = s[0]; i = 1; }
    char sign = 0;
    if (i < n && strchr("+- ", s[i])) sign = s[i++];
    int zflag = 0, alt = 0, zero = 0;
    if (i < n && s[i] == 'z') { zflag = 1; i++; }
    if (i < n && s[i] == '#') { alt = 1; i++; }
    if (i < n && s[i] == '0') { zero = 1; i++; }
    long width = -1;
    if (i < n && s[i] >= '0' && s[i] <= '9') {
        width = 0;
        while (i < n && s[i] >= '0' && s[i] <= '9') width = width * 10 + (s[i++] - '0');
    }
    char grouping = 0;
    if (i < n && (s[i] == ',' || s[i] == '_')) grouping = s[i++];
    long prec = -1;
    if (i < n && s[i] == '.') {
        i++;
        prec = 0;
        while (i < n && s[i] >= '0' && s[i] <= '9') prec = prec * 10 + (s[i++] - '0');
    }
    char type = i < n ? s[i] : 0;
    if (type == '%') return py_err_set(py_exc_ValueError, "Unknown format code '%%' for object of type 'complex'");
    if ((fill_len == 1 && s[0] == '0') || (zero && !fill_len))
        return py_err_set(py_exc_ValueError, "Zero padding is not allowed in complex format specifier");
    if (align == '=') return py_err_set(py_exc_ValueError, "'=' alignment flag is not allowed in complex format specifier");
    int skip_re = 0, parens = 0, repr_mode = 0;
    if (!type) {
        if (c->re == 0.0 && copysign(1.0, c->re) == 1.0) skip_re = 1;
        else parens = 1;
        if (prec < 0) repr_mode = 1;
        else type = 'g';
    }
    py_buf out = {0};
    if (parens) py_buf_putc(&out, '(');
    for (int part = skip_re; part < 2; part++) {
        char sub[64];
        int k = 0;
        char sg = part == 1 && !skip_re ? '+' : sign;
        if (sg) sub[k++] = sg;
        if (zflag) sub[k++] = 'z';
        if (alt) sub[k++] = '#';
        if (grouping) sub[k++] = grouping;
        if (prec >= 0) k += snprintf(sub + k, sizeof sub - (size_t)k - 2, ".%ld", prec);
        if (type) sub[k++] = type;
        sub[k] = 0;
        e = num_format_float(&nb, part ? c->im : c->re, sub, (size_t)k, "complex");
        if (e) { num_buf_free(&nb); py_buf_free(&out); return py_num_err(e); }
        size_t len = nb.len;
        if (repr_mode && len >= 2 && nb.data[len - 2] == '.' && nb.data[len - 1] == '0') len -= alt ? 1 : 2;
        py_buf_put(&out, nb.data ? nb.data : "", len);
        num_buf_free(&nb);
    }
    py_buf_putc(&out, 'j');
    if (parens) py_buf_putc(&out, ')');
    if (out.oom) { py_buf_free(&out); return py_err_nomem(); }
    size_t chars = num__utf8_len(out.data, out.len);
    if (width < 0 || (size_t)width <= chars) return py_str_from_buf(&out);
    size_t pad = (size_t)width - chars, left = !align || align == '>' ? pad : align == '^' ? pad / 2 : 0;
    py_buf full = {0};
    const char *fill = fill_len ? s : " ";
    size_t fl = fill_len ? fill_len : 1;
    for (size_t k = 0; k < left; k++) py_buf_put(&full, fill, fl);
    py_buf_put(&full, out.data, out.len);
    for (size_t k = left; k < pad; k++) py_buf_put(&full, fill, fl);
    py_buf_free(&out);
    return py_str_from_buf(&full);
}

/* ---- the type ------------------------------------------------------------------------------ */

static py_obj *complex_real(py_obj *self) { return py_float(((py_complexobj *)self)->re); }
static py_obj *complex_imag(py_obj *self) { return py_float(((py_complexobj *)self)->im); }
static py_obj *complex_conjugate(py_obj *self, py_obj *const *args, size_t nargs, py_obj *kw) {
    return py_complex(((py_complexobj *)self)->re, -((py_complexobj *)self)->im);
}
static py_obj *complex_complex(py_obj *self, py_obj *const *args, size_t nargs, py_obj *kw) { return py_incref(self); }
static py_obj *complex_getnewargs(py_obj *self, py_obj *const *args, size_t nargs, py_obj *kw) {
    py_obj *re = complex_real(self), *im = complex_imag(self);
    py_obj *t = re && im ? py_tuple_pack(2, re, im) : NULL;
    py_xdecref(re);
    py_xdecref(im);
    return t;
}
static py_obj *complex_format_m(py_obj *self, py_obj *const *args, size_t nargs, py_obj *kw) {
    if (nargs != 1) return py_err_set(py_exc_TypeError, "__format__() takes exactly one argument (%d given)", (int)nargs);
    if (!PY_CHECK_STR(args[0])) return py_err_set(py_exc_TypeError, "__format__() argument must be str, not %s", py_type_name(args[0]));
    return py__complex_format(self, args[0]);
}
static const py_methoddef complex_methods[] = {
    { "conjugate", complex_conjugate, PY_METH_NOARGS }, { "__complex__", complex_complex, PY_METH_NOARGS },
    { "__getnewargs__", complex_getnewargs, PY_METH_NOARGS }, { "__format__", complex_format_m, PY_METH_NOKW },
    { NULL, NULL, 0 },
};
static const py_getsetdef complex_getset[] = {
    { "real", complex_real, NULL }, { "imag", complex_imag, NULL }, { NULL, NULL, NULL },
};

py_type py_complex_type = { {PY_IMMORTAL, &py_type_type}, "complex", .size = sizeof(py_complexobj),
    .repr = complex_repr, .hash = complex_hash, .richcmp = complex_richcmp, .truth = complex_truth,
    .vnew = complex_vnew, .methods = complex_methods, .getset = complex_getset };

/* ---- cmath ---------------------------------------------------------------------------------- */

/* PyComplex_AsCComplex: a complex, an object with __complex__, or a real number */
static int arg_cplx(py_obj *o, cplx *out) {
    if (PY_IS_COMPLEX(o)) { *out = (cplx){ ((py_complexobj *)o)->re, ((py_complexobj *)o)->im }; return 1; }
    py_obj *c = complex_dunder(o);
    if (c) {
        *out = (cplx){ ((py_complexobj *)c)->re, ((py_complexobj *)c)->im };
        py_decref(c);
        return 1;
    }
    if (py_err_occurred()) return 0;
    int ok;
    double d;
    if (PY_CHECK_INT(o) || PY_CHECK_FLOAT(o)) d = py_float_val(o, &ok);
    else if ((o->type->flags & PY_TF_HEAP) && (py_type_lookup_s(o->type, "__float__") || py_type_lookup_s(o->type, "__index__")))
        ok = number_float(o, &d);
    else return py_err_set(py_exc_TypeError, "must be real number, not %s", py_type_name(o)), 0;
    if (!ok) return 0;
    *out = (cplx){ d, 0.0 };
    return 1;
}

/* math_error(): EDOM a ValueError, ERANGE an OverflowError */
static py_obj *cmath_result(cplx r, int err) {
    if (err == C_EDOM) return py_err_set(py_exc_ValueError, "math domain error");
    if (err == C_ERANGE) return py_err_set(py_exc_OverflowError, "math range error");
    return from_c(r);
}

static int one_arg(const char *name, size_t nargs, py_obj *const *args, cplx *z) {
    if (nargs != 1) { py_err_set(py_exc_TypeError, "cmath.%s() takes exactly one argument (%d given)", name, (int)nargs); return 0; }
    return arg_cplx(args[0], z);
}

static int refuse_special(const char *name, cplx z) {
    if (isfinite(z.re) && isfinite(z.im)) return 0;
    py_err_set(py_exc_NotImplementedError, "cmath.%s() of an infinite or nan number is not supported by casyncio's Python", name);
    return 1;
}

#define CM_LARGE_DOUBLE (DBL_MAX / 4.)
#define CM_SCALE_UP (2 * (DBL_MANT_DIG / 2) + 1)
#define CM_SCALE_DOWN (-(CM_SCALE_UP + 1) / 2)

#define CF(name) static py_obj *name(py_obj *self, py_obj *const *args, size_t nargs, py_obj *kw)

CF(cm_sqrt) {
    cplx z, r;
    if (!one_arg("sqrt", nargs, args, &z) || refuse_special("sqrt", z)) return NULL;
    if (z.re == 0. && z.im == 0.) return py_complex(0., z.im);
    double ax = fabs(z.re), ay = fabs(z.im), s, d;
    if (ax < DBL_MIN && ay < DBL_MIN) {
        ax = ldexp(ax, CM_SCALE_UP);
        s = ldexp(sqrt(ax + hypot(ax, ldexp(ay, CM_SCALE_UP))), CM_SCALE_DOWN);
    } else {
        ax /= 8.;
        s = 2. * sqrt(ax + hypot(ax, ay / 8.));
    }
    d = ay / (2. * s);
    if (z.re >= 0.) r = (cplx){ s, copysign(d, z.im) };
    else r = (cplx){ d, copysign(s, z.im) };
    return from_c(r);
}

CF(cm_exp) {
    cplx z, r;
    if (!one_arg("exp", nargs, args, &z) || refuse_special("exp", z)) return NULL;
    if (z.re > log(CM_LARGE_DOUBLE)) {
        double l = exp(z.re - 1.);
        r = (cplx){ l * cos(z.im) * M_E, l * sin(z.im) * M_E };
    } else {
        double l = exp(z.re);
        r = (cplx){ l * cos(z.im), l * sin(z.im) };
    }
    return cmath_result(r, isinf(r.re) || isinf(r.im) ? C_ERANGE : C_OK);
}

/* c_log; *err as errno after it (C_EDOM for 0, else C_OK) */
static cplx c_log(cplx z, int *err) {
    cplx r;
    double ax = fabs(z.re), ay = fabs(z.im);
    if (ax > CM_LARGE_DOUBLE || ay > CM_LARGE_DOUBLE) {
        r.re = log(hypot(ax / 2., ay / 2.)) + M_LN2;
    } else if (ax < DBL_MIN && ay < DBL_MIN) {
        if (ax > 0. || ay > 0.) {
            r.re = log(hypot(ldexp(ax, DBL_MANT_DIG), ldexp(ay, DBL_MANT_DIG))) - DBL_MANT_DIG * M_LN2;
        } else {
            r.re = -HUGE_VAL;
            r.im = atan2(z.im, z.re);
            *err = C_EDOM;
            return r;
        }
    } else {
        double h = hypot(ax, ay);
        if (0.71 <= h && h <= 1.73) {
            double am = ax > ay ? ax : ay, an = ax > ay ? ay : ax;
            r.re = log1p((am - 1) * (am + 1) + an * an) / 2.;
        } else {
            r.re = log(h);
        }
    }
    r.im = atan2(z.im, z.re);
    *err = C_OK;
    return r;
}

CF(cm_log) {
    static const char *const names[] = { "x", "base", NULL };
    py_obj *a[2];
    if (nargs > 2 && !(kw && PY_TLEN(kw))) return py_err_set(py_exc_TypeError, "log expected at most 2 arguments, got %d", (int)nargs);
    if (py_args("log", args, nargs, kw, 1, 2, names, a) < 0) return NULL;
    cplx x, y;
    int err = 0;
    if (!arg_cplx(a[0], &x) || refuse_special("log", x)) return NULL;
    x = c_log(x, &err);
    if (a[1]) {
        if (!arg_cplx(a[1], &y) || refuse_special("log", y)) return NULL;
        y = c_log(y, &err);
        x = c_quot(x, y, &err);
    }
    return cmath_result(x, err);
}

CF(cm_log10) {
    cplx z;
    int err = 0;
    if (!one_arg("log10", nargs, args, &z) || refuse_special("log10", z)) return NULL;
    cplx r = c_log(z, &err);
    r.re = r.re / M_LN10;
    r.im = r.im / M_LN10;
    return cmath_result(r, err);
}

static double c_atan2(cplx z) {
    if (isnan(z.re) || isnan(z.im)) return NAN;
    if (isinf(z.im)) {
        if (isinf(z.re)) return copysign(copysign(1., z.re) == 1. ? 0.25 * M_PI : 0.75 * M_PI, z.im);
        return copysign(0.5 * M_PI, z.im);
    }
    if (isinf(z.re) || z.im == 0.) return copysign(copysign(1., z.re) == 1. ? 0. : M_PI, z.im);
    return atan2(z.im, z.re);
}

CF(cm_phase) {
    cplx z;
    if (!one_arg("phase", nargs, args, &z)) return NULL;
    double phi = c_atan2(z);
    /* glibc's atan2 sets ERANGE when its result underflows to 0 (cmath's math_error) */
    if (phi == 0.0 && z.im != 0.0 && isfinite(z.re)) return py_err_set(py_exc_OverflowError, "math range error");
    return py_float(phi);
}

CF(cm_polar) {
    cplx z;
    int err = 0;
    if (!one_arg("polar", nargs, args, &z)) return NULL;
    double r = c_abs(z, &err), phi = c_atan2(z);
    if (err) return py_err_set(py_exc_OverflowError, "math range error");
    py_obj *pr = py_float(r), *pp = py_float(phi);
    py_obj *t = pr && pp ? py_tuple_pack(2, pr, pp) : NULL;
    py_xdecref(pr);
    py_xdecref(pp);
    return t;
}

CF(cm_rect) {
    if (nargs != 2) return py_err_set(py_exc_TypeError, "rect expected 2 arguments, got %d", (int)nargs);
    int ok;
    double r = py_float_val(args[0], &ok);
    if (!ok) return NULL;
    double phi = py_float_val(args[1], &ok);
    if (!ok) return NULL;
    if (refuse_special("rect", (cplx){ r, phi })) return NULL;
    if (phi == 0.0) return py_complex(r, r * phi);
    return py_complex(r * cos(phi), r * sin(phi));
}

CF(cm_isfinite) { cplx z; if (!one_arg("isfinite", nargs, args, &z)) return NULL; return py_bool(isfinite(z.re) && isfinite(z.im)); }
CF(cm_isinf) { cplx z; if (!one_arg("isinf", nargs, args, &z)) return NULL; return py_bool(isinf(z.re) || isinf(z.im)); }
CF(cm_isnan) { cplx z; if (!one_arg("isnan", nargs, args, &z)) return NULL; return py_bool(isnan(z.re) || isnan(z.im)); }

CF(cm_isclose) {
    static const char *const names[] = { "a", "b", "rel_tol", "abs_tol", NULL };
    py_obj *v[4] = { 0 };
    if (nargs > 2) return py_err_set(py_exc_TypeError, "isclose() takes exactly 2 positional arguments (%d given)", (int)nargs);
    if (py_args("isclose", args, nargs, kw, 2, 2, names, v) < 0) return NULL;
    cplx a, b;
    double rel = 1e-09, abs_tol = 0.0;
    int ok = 1, err = 0;
    if (!arg_cplx(v[0], &a) || !arg_cplx(v[1], &b)) return NULL;
    if (v[2]) rel = py_float_val(v[2], &ok);
    if (!ok) return NULL;
    if (v[3]) abs_tol = py_float_val(v[3], &ok);
    if (!ok) return NULL;
    if (rel < 0.0 || abs_tol < 0.0) return py_err_set(py_exc_ValueError, "tolerances must be non-negative");
    if (a.re == b.re && a.im == b.im) return py_bool(1);
    if (isinf(a.re) || isinf(a.im) || isinf(b.re) || isinf(b.im)) return py_bool(0);
    double diff = c_abs(c_diff(a, b), &err);
    return py_bool(diff <= rel * c_abs(b, &err) || diff <= rel * c_abs(a, &err) || diff <= abs_tol);
}

static const py_methoddef cmath_methods[] = {
    { "sqrt", cm_sqrt, PY_METH_NOKW }, { "exp", cm_exp, PY_METH_NOKW }, { "log", cm_log, 0 }, { "log10", cm_log10, PY_METH_NOKW },
    { "phase", cm_phase, PY_METH_NOKW }, { "polar", cm_polar, PY_METH_NOKW }, { "rect", cm_rect, PY_METH_NOKW },
    { "isfinite", cm_isfinite, PY_METH_NOKW }, { "isinf", cm_isinf, PY_METH_NOKW }, { "isnan", cm_isnan, PY_METH_NOKW },
    { "isclose", cm_isclose, 0 }, { NULL, NULL, 0 },
};

py_obj *py__cmath_module(void) {
    py_obj *m = py_module_new("cmath");
    if (!m) return NULL;
    py_module_add_methods(m, cmath_methods);
    py_obj *d = ((py_module *)m)->dict;
    struct { const char *name; py_obj *v; } consts[] = {
        { "pi", py_float(M_PI) }, { "e", py_float(M_E) }, { "tau", py_float(2 * M_PI) }, { "inf", py_float(INFINITY) },
        { "infj", py_complex(0.0, INFINITY) }, { "nan", py_float(NAN) }, { "nanj", py_complex(0.0, NAN) },
    };
    for (size_t i = 0; i < sizeof consts / sizeof *consts; i++) {
        if (!consts[i].v) { py_decref(m); return NULL; }
        py_dict_set_s(d, consts[i].name, consts[i].v);
        py_decref(consts[i].v);
    }
    return m;
}
