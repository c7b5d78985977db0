/*
 * number.c -- int, bool and float objects.  An int holds an int64_t while
 * its value fits and an mp_int (libtommath, through num.h) beyond; every
 * operation tries the int64_t path first with overflow checks and falls
 * back to num.h.  Float repr, round, format specs and the exact division
 * rules come from num.h too, so that this file only wraps values into
 * objects and turns num.h's error codes into exceptions.
 */
#include <ctype.h>
#include <errno.h>
#include <strings.h>
#include <float.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "py.h"
int py__deprecation_at(py_obj *text, py_frame *f); /* modules.c */
#ifdef PY_HAVE_NUM
#include "num.h"
#endif

/* ---- ints ------------------------------------------------------------------- */

#define SMALL_MIN PY_SMALL_INT_MIN
#define SMALL_MAX PY_SMALL_INT_MAX
static py_intobj small_ints[SMALL_MAX - SMALL_MIN + 1];
py_intobj py__True = { { PY_IMMORTAL, &py_bool_type }, 1, NULL };
py_intobj py__False = { { PY_IMMORTAL, &py_bool_type }, 0, NULL };

/* Freed ints (exact ints; linked through their big field), for py_int
 * and py__int_new (py.h). */
py_intobj *py__free_ints;
int py__nfree_ints;
#define free_ints py__free_ints
#define nfree_ints py__nfree_ints

#ifdef PY_HAVE_NUM
/* The last big int that died, whole (object, mp_int, digits): the next
 * big * small product is written into it (int_big_op), so the r *= i of a
 * loop allocates nothing (else three blocks a turn, freed a turn later).
 * Only numbers up to SPARE_MAX digits are kept (at most 8 KB in wasm). */
#define SPARE_MAX 2048
static py_intobj *spare_big;
#endif

static void int_dealloc(py_obj *o) {
    py_intobj *i = (py_intobj *)o;
#ifdef PY_HAVE_NUM
    if (i->big) {
        if (PY_FREELIST_MAX > 0 && !spare_big && o->type == &py_int_type && ((mp_int *)i->big)->alloc <= SPARE_MAX) {
            spare_big = i;
            return;
        }
        mp_clear(i->big);
        free(i->big);
    }
#endif
    if (o->type == &py_int_type && nfree_ints < PY_FREELIST_MAX) {
        i->big = free_ints;
        free_ints = i;
        nfree_ints++;
        return;
    }
    free(o);
}

py_obj *py_int(int64_t v) {
    if (v >= SMALL_MIN && v <= SMALL_MAX) {
        py_intobj *s = &small_ints[v - SMALL_MIN];
        if (!s->ob.type) { s->ob.rc = PY_IMMORTAL; s->ob.type = &py_int_type; s->v = v; }
        return py_incref(s);
    }
    py_intobj *i = free_ints;
    if (i) {
        free_ints = i->big;
        nfree_ints--;
    } else {
        /* malloc, not py_alloc's calloc: every field is set here (a list
         * of a million ints zeroed each for nothing) */
        i = malloc(sizeof(py_intobj));
        if (!i) return py_err_nomem();
        i->ob.type = &py_int_type;
    }
    i->ob.rc = 1;
    i->big = NULL;
    i->v = v;
    return (py_obj *)i;
}

/* x * y cannot overflow when both fit 32 bits: in wasm32 the overflow
 * check of a 64-bit product is a call to a 128-bit multiply (__multi3). */
static inline int mul_overflow(int64_t x, int64_t y, int64_t *z) {
    if (x == (int32_t)x && y == (int32_t)y) { *z = x * y; return 0; }
    return __builtin_mul_overflow(x, y, z);
}


/* sys.get_int_max_str_digits / set_int_max_str_digits: the num layer's limit */
int64_t py__int_max_str_digits(void) {
#ifdef PY_HAVE_NUM
    return num_int_max_str_digits();
#else
    return 4300;
#endif
}
int py__set_int_max_str_digits(int64_t n) {
#ifdef PY_HAVE_NUM
    int e = num_set_int_max_str_digits(n);
    if (e) { py_num_err(e); return -1; }
    return 0;
#else
    (void)n;
    py_err_set(py_exc_NotImplementedError, "big integers are not supported yet");
    return -1;
#endif
}

py_obj *py_num_err(int err) {
#ifdef PY_HAVE_NUM
    const char *msg = num_errmsg();
    switch (err) {
    case NUM_ENOMEM: return py_err_nomem();
    case NUM_EVALUE: return py_err_set(py_exc_ValueError, "%s", msg);
    case NUM_EOVERFLOW: return py_err_set(py_exc_OverflowError, "%s", msg);
    case NUM_EZERODIV: return py_err_set(py_exc_ZeroDivisionError, "%s", msg);
    case NUM_ETYPE: return py_err_set(py_exc_TypeError, "%s", msg);
    default: return py_err_set(py_exc_NotImplementedError, "%s", msg);
    }
#else
    (void)err;
    return py_err_set(py_exc_OverflowError, "big integers are not supported yet");
#endif
}

#ifdef PY_HAVE_NUM
/* Wraps an mp_int (initialised, owned by the caller, cleared here). */
static py_obj *int_from_mp(mp_int *m) {
    int64_t v;
    /* mp_get_i64 directly: it does not depend on the digit size (wasm's is 28 bits);
     * more digits than 64 bits take cannot fit (no bits counted) */
    if (m->used <= (64 + MP_DIGIT_BIT - 1) / MP_DIGIT_BIT) {
        if (mp_count_bits(m) <= 63) {
            v = mp_get_i64(m);
            mp_clear(m);
            return py_int(v);
        }
        if (num_int_get_i64(m, &v)) { mp_clear(m); return py_int(v); }
    }
    py_intobj *i = (py_intobj *)py_alloc(&py_int_type);
    if (!i) { mp_clear(m); return NULL; }
    i->big = malloc(sizeof(mp_int));
    if (!i->big) { mp_clear(m); py_decref(i); return py_err_nomem(); }
    *(mp_int *)i->big = *m; /* take the digits */
    return (py_obj *)i;
}
/* Copies an int object's value into out (which the caller clears). */
static int int_to_mp(py_obj *o, mp_int *out) {
    py_intobj *i = (py_intobj *)o;
    if (mp_init(out) != MP_OKAY) return NUM_ENOMEM;
    if (i->big) return mp_copy(i->big, out) == MP_OKAY ? 0 : NUM_ENOMEM;
    return num_int_set_i64(out, i->v);
}
#endif

int64_t py_int_val(py_obj *o, int *overflow) {
    py_intobj *i = (py_intobj *)o;
    *overflow = i->big != NULL;
    if (i->big) {
#ifdef PY_HAVE_NUM
        return mp_isneg((mp_int *)i->big) ? INT64_MIN : INT64_MAX;
#endif
    }
    return i->v;
}

int py_int_is_zero(py_obj *o) { return !((py_intobj *)o)->big && ((py_intobj *)o)->v == 0; }
int py_int_sign(py_obj *o) {
    py_intobj *i = (py_intobj *)o;
#ifdef PY_HAVE_NUM
    if (i->big) return mp_isneg((mp_int *)i->big) ? -1 : 1;
#endif
    return i->v < 0 ? -1 : i->v > 0;
}

py_obj *py_int_from_str(const char *s, size_t n, int base) {
#ifdef PY_HAVE_NUM
    mp_int m;
    if (mp_init(&m) != MP_OKAY) return py_err_nomem();
    int e = num_int_parse(&m, s, n, base);
    if (e) { mp_clear(&m); return py_num_err(e); }
    return int_from_mp(&m);
#else
    char buf[64];
    if (n >= sizeof buf) return py_num_err(0);
    memcpy(buf, s, n);
    buf[n] = 0;
    char *end;
    errno = 0;
    long long v = strtoll(buf, &end, base);
    while (*end == ' ' || *end == '\n' || *end == '\t') end++;
    if (end == buf || *end) {
        py_obj *r = py_str_repr_s(s, n);
        py_err_set(py_exc_ValueError, "invalid literal for int() with base %d: %U", base, r);
        py_decref(r);
        return NULL;
    }
    return py_int(v);
#endif
}

static py_obj *int_repr(py_obj *o) {
    py_intobj *i = (py_intobj *)o;
    if (!i->big) { /* (digits by hand: snprintf's machinery was most of str(i)'s time) */
        char b[24], *p = b + sizeof b;
        uint64_t u = i->v < 0 ? 0 - (uint64_t)i->v : (uint64_t)i->v;
        do *--p = (char)('0' + u % 10); while (u /= 10);
        if (i->v < 0) *--p = '-';
        return py_str_new(p, (size_t)(b + sizeof b - p));
    }
#ifdef PY_HAVE_NUM
    num_buf nb = {0};
    int e = num_int_str(&nb, i->big);
    if (e) { num_buf_free(&nb); return py_num_err(e); }
    py_obj *r = py_str_new(nb.data, nb.len);
    num_buf_free(&nb);
    return r;
#else
    return py_num_err(0);
#endif
}

static int64_t int_hash(py_obj *o) {
    py_intobj *i = (py_intobj *)o;
#ifdef PY_HAVE_NUM
    if (i->big) return num_int_hash(i->big);
#endif
    int64_t v = i->v;
    const uint64_t M = ((uint64_t)1 << 61) - 1;
    uint64_t a = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
    int64_t h = (int64_t)(a % M);
    if (v < 0) h = -h;
    return h == -1 ? -2 : h;
}

static int int_truth(py_obj *o) { return !py_int_is_zero(o); }

static int int_cmp(py_obj *a, py_obj *b) {
    py_intobj *x = (py_intobj *)a, *y = (py_intobj *)b;
    if (!x->big && !y->big) return x->v < y->v ? -1 : x->v > y->v;
#ifdef PY_HAVE_NUM
    mp_int ma, mb;
    int_to_mp(a, &ma);
    int_to_mp(b, &mb);
    int c = num_int_cmp(&ma, &mb);
    mp_clear(&ma);
    mp_clear(&mb);
    return c;
#else
    return 0;
#endif
}

double py_float_val(py_obj *o, int *ok) {
    *ok = 1;
    if (PY_CHECK_FLOAT(o)) return ((py_floatobj *)o)->v;
    if (PY_CHECK_INT(o)) {
        py_intobj *i = (py_intobj *)o;
        if (!i->big) return (double)i->v;
#ifdef PY_HAVE_NUM
        double d;
        int e = num_int_to_double(i->big, &d);
        if (e) { py_num_err(e); *ok = 0; return 0; }
        return d;
#endif
    }
    *ok = 0;
    py_err_set(py_exc_TypeError, "must be real number, not %s", py_type_name(o));
    return 0;
}

static int num_cmp_int_float(py_obj *i, double f) {
    /* -1, 0, 1 or 2 (unordered) */
    if (isnan(f)) return 2;
    py_intobj *x = (py_intobj *)i;
#ifdef PY_HAVE_NUM
    if (x->big) return num_int_cmp_double(x->big, f);
#endif
    if (x->v > -(1LL << 53) && x->v < (1LL << 53)) {
        double d = (double)x->v;
        return d < f ? -1 : d > f;
    }
    if (isinf(f)) return f > 0 ? -1 : 1;
    /* compare exactly through floor(f) */
    double fl = floor(f);
    if (fl >= 9.3e18) return -1;
    if (fl < -9.3e18) return 1;
    long long fi = (long long)fl;
    if (x->v < fi) return -1;
    if (x->v > fi) return 1;
    return fl == f ? 0 : -1;
}

static py_obj *cmp_result(int c, int op) {
    if (c == 2) return py_bool(op == PY_NE);
    int r;
    switch (op) {
    case PY_LT: r = c < 0; break;
    case PY_LE: r = c <= 0; break;
    case PY_EQ: r = c == 0; break;
    case PY_NE: r = c != 0; break;
    case PY_GT: r = c > 0; break;
    default: r = c >= 0; break;
    }
    return py_bool(r);
}

static py_obj *num_richcmp(py_obj *a, py_obj *b, int op) {
    if (PY_CHECK_INT(a) && PY_CHECK_INT(b)) return cmp_result(int_cmp(a, b), op);
    if (PY_CHECK_FLOAT(a) && PY_CHECK_FLOAT(b)) {
        double x = ((py_floatobj *)a)->v, y = ((py_floatobj *)b)->v;
        if (isnan(x) || isnan(y)) return cmp_result(2, op);
        return cmp_result(x < y ? -1 : x > y, op);
    }
    if (PY_CHECK_INT(a) && PY_CHECK_FLOAT(b)) return cmp_result(num_cmp_int_float(a, ((py_floatobj *)b)->v), op);
    if (PY_CHECK_FLOAT(a) && PY_CHECK_INT(b)) {
        int c = num_cmp_int_float(b, ((py_floatobj *)a)->v);
        return cmp_result(c == 2 ? 2 : -c, op);
    }
    return py_incref(PY_NOTIMPL);
}

/* ---- int arithmetic ---------------------------------------------------------------- */

static int64_t floordiv64(int64_t a, int64_t b) {
    int64_t q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0))) q--;
    return q;
}
static int64_t mod64(int64_t a, int64_t b) {
    int64_t r = a % b;
    if (r != 0 && ((r < 0) != (b < 0))) r += b;
    return r;
}

#ifdef PY_HAVE_NUM
/* An int's value as an mp_int: its own (borrowed, never written) when it
 * is big, else set into *tmp (which the caller clears: *own = 1). */
static int int_as_mp(py_obj *o, mp_int *tmp, const mp_int **out, int *own) {
    py_intobj *i = (py_intobj *)o;
    *own = 0;
    if (i->big) { *out = i->big; return 0; }
    int e = int_to_mp(o, tmp);
    if (e) return e;
    *own = 1;
    *out = tmp;
    return 0;
}

/* A big int and a machine-size one, + or * (the r *= i of a loop): the
 * big one's digits are read in place, the product written into the last
 * big int that died (spare_big) or into digits sized for it at once.  A
 * function the evaluator calls directly (small: V8 compiles it at once,
 * where int_op takes 17 ms with TurboFan, on the first loop's time). */
py_obj *py__int_mixed_op(py_obj *a, py_obj *b, int op) {
    py_intobj *ia = (py_intobj *)a, *ib = (py_intobj *)b;
    if ((op != PYAST_Mult && op != PYAST_Add) || !ia->big == !ib->big) return NULL;
    const mp_int *m = ia->big ? ia->big : ib->big;
    int64_t v = ia->big ? ib->v : ia->v;
    py_intobj *s = spare_big;
    mp_int r;
    py_obj *o;
    if (op == PYAST_Mult && s && v) {
        /* |m * v| >= |m| > 2**63 - 1: still big, unless it is -2**63 */
        mp_int *sm = s->big;
        spare_big = NULL;
        if (num_int_mul_i64(sm, m, v)) { spare_big = s; return NULL; }
        int64_t small;
        if (sm->used <= (64 + MP_DIGIT_BIT - 1) / MP_DIGIT_BIT && num_int_get_i64(sm, &small)) {
            spare_big = s;
            o = py_int(small);
        } else {
            s->ob.rc = 1;
            return (py_obj *)s;
        }
    } else {
        if (op == PYAST_Mult) {
            if (num_int_mul_i64_new(&r, m, v)) return NULL;
        } else {
            if (mp_init_size(&r, m->used + 2) != MP_OKAY) return NULL;
            if (num_int_add_i64(&r, m, v)) { mp_clear(&r); return NULL; }
        }
        o = int_from_mp(&r);
    }
    if (!o) py_err_clear();
    return o;
}

static py_obj *int_big_op(py_obj *a, py_obj *b, int op) {
    py_intobj *ia = (py_intobj *)a, *ib = (py_intobj *)b;
    mp_int xs, ys, r;
    int e;
    if ((op == PYAST_Mult || op == PYAST_Add) && !ia->big != !ib->big) {
        py_obj *q = py__int_mixed_op(a, b, op);
        if (q) return q; /* else out of memory: the generic path below raises */
    }
    const mp_int *x, *y;
    int ownx, owny;
    e = int_as_mp(a, &xs, &x, &ownx);
    if (e) return py_num_err(e);
    e = int_as_mp(b, &ys, &y, &owny);
    if (e) { if (ownx) mp_clear(&xs); return py_num_err(e); }
    if (mp_init(&r) != MP_OKAY) { if (ownx) mp_clear(&xs); if (owny) mp_clear(&ys); return py_err_nomem(); }
    switch (op) {
    case PYAST_Add: e = num_int_add(&r, x, y); break;
    case PYAST_Sub: e = num_int_sub(&r, x, y); break;
    case PYAST_Mult: e = num_int_mul(&r, x, y); break;
    case PYAST_FloorDiv: e = num_int_floordiv(&r, x, y); break;
    case PYAST_Mod: e = num_int_mod(&r, x, y); break;
    case PYAST_Pow: e = num_int_pow(&r, x, y); break;
    case PYAST_LShift: e = num_int_lshift(&r, x, y); break;
    case PYAST_RShift: e = num_int_rshift(&r, x, y); break;
    case PYAST_BitAnd: e = num_int_and(&r, x, y); break;
    case PYAST_BitOr: e = num_int_or(&r, x, y); break;
    case PYAST_BitXor: e = num_int_xor(&r, x, y); break;
    case PYAST_Div: {
        double d;
        e = num_int_truediv(&d, x, y);
        if (ownx) mp_clear(&xs);
        if (owny) mp_clear(&ys);
        mp_clear(&r);
        if (e) return py_num_err(e);
        return py_float(d);
    }
    default: e = NUM_EUNSUPPORTED; break;
    }
    if (ownx) mp_clear(&xs);
    if (owny) mp_clear(&ys);
    if (e) { mp_clear(&r); return py_num_err(e); }
    return int_from_mp(&r);
}
#else
py_obj *py__int_mixed_op(py_obj *a, py_obj *b, int op) { (void)a; (void)b; (void)op; return NULL; }
#endif

static py_obj *float_op(double x, double y, int op);

static py_obj *int_op(py_obj *a, py_obj *b, int op) {
    py_intobj *x = (py_intobj *)a, *y = (py_intobj *)b;
    if (PY_TYPE(a) == &py_bool_type && PY_TYPE(b) == &py_bool_type) {
        if (op == PYAST_BitAnd) return py_bool(x->v & y->v);
        if (op == PYAST_BitOr) return py_bool(x->v | y->v);
        if (op == PYAST_BitXor) return py_bool(x->v ^ y->v);
    }
    if (!x->big && !y->big) {
        int64_t u = x->v, v = y->v, r;
        switch (op) {
        case PYAST_Add: if (!__builtin_add_overflow(u, v, &r)) return py_int(r); break;
        case PYAST_Sub: if (!__builtin_sub_overflow(u, v, &r)) return py_int(r); break;
        case PYAST_Mult: if (!mul_overflow(u, v, &r)) return py_int(r); break;
        case PYAST_FloorDiv:
            if (v == 0) return py_err_set(py_exc_ZeroDivisionError, "integer division or modulo by zero");
            if (!(u == INT64_MIN && v == -1)) return py_int(floordiv64(u, v));
            break;
        case PYAST_Mod:
            if (v == 0) return py_err_set(py_exc_ZeroDivisionError, "integer modulo by zero");
            if (v == -1) return py_int(0);
            return py_int(mod64(u, v));
        case PYAST_Div:
            if (v == 0) return py_err_set(py_exc_ZeroDivisionError, "division by zero");
            if (u > -(1LL << 53) && u < (1LL << 53) && v > -(1LL << 53) && v < (1LL << 53))
                return py_float((double)u / (double)v);
            break;
        case PYAST_Pow:
            if (v < 0) {
                if (u == 0) return py_err_set(py_exc_ZeroDivisionError, "0.0 cannot be raised to a negative power");
                return float_op((double)u, (double)v, PYAST_Pow);
            } else {
                int64_t res = 1, base = u, e = v;
                int ovf = 0;
                while (e > 0) {
                    if (e & 1) { if (__builtin_mul_overflow(res, base, &res)) { ovf = 1; break; } }
                    e >>= 1;
                    if (e && __builtin_mul_overflow(base, base, &base)) { ovf = 1; break; }
                }
                if (!ovf) return py_int(res);
            }
            break;
        case PYAST_LShift:
            if (v < 0) return py_err_set(py_exc_ValueError, "negative shift count");
            if (u == 0) return py_int(0);
            if (v < 63) {
                int64_t s = (int64_t)((uint64_t)u << v);
                if ((s >> v) == u) return py_int(s);
            }
            break;
        case PYAST_RShift:
            if (v < 0) return py_err_set(py_exc_ValueError, "negative shift count");
            return py_int(v >= 63 ? (u < 0 ? -1 : 0) : (u >> v));
        case PYAST_BitAnd: return py_int(u & v);
        case PYAST_BitOr: return py_int(u | v);
        case PYAST_BitXor: return py_int(u ^ v);
        default: break;
        }
    }
    if (op == PYAST_MatMult) return py_incref(PY_NOTIMPL);
#ifdef PY_HAVE_NUM
    if (op == PYAST_Pow && py_int_sign(b) < 0) {
        int ok;
        double fx = py_float_val(a, &ok);
        if (!ok) return NULL;
        double fy = py_float_val(b, &ok);
        if (!ok) return NULL;
        return float_op(fx, fy, PYAST_Pow);
    }
    return int_big_op(a, b, op);
#else
    return py_num_err(0);
#endif
}

/* ---- floats ------------------------------------------------------------------------ */

/* Freed floats (exact floats; linked through their type field), for py_float. */
static py_floatobj *free_floats;
static int nfree_floats;

static void float_dealloc(py_obj *o) {
    if (o->type == &py_float_type && nfree_floats < PY_FREELIST_MAX) {
        o->type = (py_type *)(void *)free_floats;
        free_floats = (py_floatobj *)o;
        nfree_floats++;
        return;
    }
    free(o);
}

py_obj *py_float(double v) {
    py_floatobj *f = free_floats;
    if (f) {
        free_floats = (py_floatobj *)(void *)f->ob.type;
        nfree_floats--;
        f->ob.rc = 1;
        f->ob.type = &py_float_type;
    } else {
        f = (py_floatobj *)py_alloc(&py_float_type);
        if (!f) return NULL;
    }
    f->v = v;
    return (py_obj *)f;
}

static void float_repr_buf(py_buf *b, double x) {
#ifdef PY_HAVE_NUM
    num_buf nb = {0};
    num_float_repr(&nb, x);
    py_buf_put(b, nb.data ? nb.data : "", nb.len);
    num_buf_free(&nb);
#else
    if (isnan(x)) { py_buf_puts(b, "nan"); return; }
    if (isinf(x)) { py_buf_puts(b, x > 0 ? "inf" : "-inf"); return; }
    char t[40];
    int p;
    for (p = 1; p <= 17; p++) {
        snprintf(t, sizeof t, "%.*e", p - 1, x);
        if (strtod(t, NULL) == x) break;
    }
    /* t is d.ddde[+-]XX: digits and decimal exponent */
    char digits[24];
    int nd = 0, neg = 0;
    const char *s = t;
    if (*s == '-') { neg = 1; s++; }
    while (*s && *s != 'e') { if (*s != '.') digits[nd++] = *s; s++; }
    int e = atoi(s + 1);
    while (nd > 1 && digits[nd - 1] == '0') nd--;
    digits[nd] = 0;
    int decpt = e + 1;
    if (neg) py_buf_putc(b, '-');
    if (decpt > -4 && decpt <= 16) {
        if (decpt <= 0) {
            py_buf_puts(b, "0.");
            for (int i = 0; i < -decpt; i++) py_buf_putc(b, '0');
            py_buf_put(b, digits, (size_t)nd);
        } else if (decpt >= nd) {
            py_buf_put(b, digits, (size_t)nd);
            for (int i = nd; i < decpt; i++) py_buf_putc(b, '0');
            py_buf_puts(b, ".0");
        } else {
            py_buf_put(b, digits, (size_t)decpt);
            py_buf_putc(b, '.');
            py_buf_put(b, digits + decpt, (size_t)(nd - decpt));
        }
    } else {
        py_buf_putc(b, digits[0]);
        if (nd > 1) { py_buf_putc(b, '.'); py_buf_put(b, digits + 1, (size_t)(nd - 1)); }
        py_buf_printf(b, "e%c%02d", decpt - 1 < 0 ? '-' : '+', abs(decpt - 1));
    }
#endif
}

py_obj *py_float_repr_obj(double v) {
    py_buf b = {0};
    float_repr_buf(&b, v);
    py_obj *r = py_str_new(b.data ? b.data : "", b.len);
    py_buf_free(&b);
    return r;
}
static py_obj *float_repr(py_obj *o) { return py_float_repr_obj(((py_floatobj *)o)->v); }

static int64_t float_hash(py_obj *o) {
    double v = ((py_floatobj *)o)->v;
#ifdef PY_HAVE_NUM
    return num_float_hash(v, o);
#else
    if (isinf(v)) return v > 0 ? 314159 : -314159;
    if (isnan(v)) return (int64_t)(uintptr_t)o >> 4;
    const uint64_t M = ((uint64_t)1 << 61) - 1;
    int e, sign = 1;
    double m = frexp(v, &e);
    if (m < 0) { sign = -1; m = -m; }
    uint64_t x = 0;
    while (m) {
        x = ((x << 28) & M) | x >> (61 - 28);
        m *= 268435456.0;
        e -= 28;
        uint64_t y = (uint64_t)m;
        m -= (double)y;
        x += y;
        if (x >= M) x -= M;
    }
    e = e >= 0 ? e % 61 : 61 - 1 - ((-1 - e) % 61);
    x = ((x << e) & M) | x >> (61 - e);
    int64_t h = (int64_t)x * sign;
    return h == -1 ? -2 : h;
#endif
}

static int float_truth(py_obj *o) { return ((py_floatobj *)o)->v != 0.0; }

static py_obj *float_op(double x, double y, int op) {
    double r;
#ifdef PY_HAVE_NUM
    int e = 0;
    switch (op) {
    case PYAST_Add: return py_float(x + y);
    case PYAST_Sub: return py_float(x - y);
    case PYAST_Mult: return py_float(x * y);
    case PYAST_Div: e = num_float_div(&r, x, y); break;
    case PYAST_FloorDiv: e = num_float_floordiv(&r, x, y); break;
    case PYAST_Mod: e = num_float_mod(&r, x, y); break;
    case PYAST_Pow: e = num_float_pow(&r, x, y); break;
    default: return py_incref(PY_NOTIMPL);
    }
    if (e == NUM_EUNSUPPORTED && op == PYAST_Pow) return py__complex_pow_d(x, y); /* a negative base, a fractional power */
    if (e) return py_num_err(e);
    return py_float(r);
#else
    switch (op) {
    case PYAST_Add: return py_float(x + y);
    case PYAST_Sub: return py_float(x - y);
    case PYAST_Mult: return py_float(x * y);
    case PYAST_Div:
        if (y == 0) return py_err_set(py_exc_ZeroDivisionError, "float division by zero");
        return py_float(x / y);
    case PYAST_FloorDiv:
        if (y == 0) return py_err_set(py_exc_ZeroDivisionError, "float floor division by zero");
        return py_float(floor(x / y));
    case PYAST_Mod:
        if (y == 0) return py_err_set(py_exc_ZeroDivisionError, "float modulo");
        r = fmod(x, y);
        if (r && ((r < 0) != (y < 0))) r += y;
        return py_float(r);
    case PYAST_Pow:
        if (x == 0 && y < 0) return py_err_set(py_exc_ZeroDivisionError, "0.0 cannot be raised to a negative power");
        return py_float(pow(x, y));
    default: return py_incref(PY_NOTIMPL);
    }
#endif
}

py_obj *py_num_binop(py_obj *a, py_obj *b, int op) {
    int ai = PY_CHECK_INT(a), bi = PY_CHECK_INT(b);
    if (ai && bi) return int_op(a, b, op);
    int af = PY_CHECK_FLOAT(a), bf = PY_CHECK_FLOAT(b);
    if ((ai || af) && (bi || bf)) {
        if (op >= PYAST_LShift && op <= PYAST_BitAnd) return py_incref(PY_NOTIMPL);
        if (op == PYAST_MatMult) return py_incref(PY_NOTIMPL);
        int ok;
        double x = py_float_val(a, &ok);
        if (!ok) return NULL;
        double y = py_float_val(b, &ok);
        if (!ok) return NULL;
        return float_op(x, y, op);
    }
    if (PY_IS_COMPLEX(a) || PY_IS_COMPLEX(b)) return py__complex_binop(a, b, op);
    return py_incref(PY_NOTIMPL);
}

py_obj *py__num_unary(py_obj *a, int op) {
    if (PY_CHECK_INT(a)) {
        py_intobj *x = (py_intobj *)a;
        if (!x->big) {
            if (op == PYAST_UAdd) return py_int(x->v);
            if (op == PYAST_Invert) return py_int(~x->v);
            if (x->v != INT64_MIN) return py_int(-x->v);
        }
        py_obj *z = py_int(0), *m1 = py_int(-1);
        py_obj *r = op == PYAST_UAdd ? int_op(a, z, PYAST_Add) : op == PYAST_Invert ? int_op(a, m1, PYAST_BitXor)
                                                                                 : int_op(z, a, PYAST_Sub);
        py_decref(z);
        py_decref(m1);
        return r;
    }
    if (PY_CHECK_FLOAT(a)) {
        double v = ((py_floatobj *)a)->v;
        if (op == PYAST_UAdd) return py_float(v);
        if (op == PYAST_USub) return py_float(-v);
    }
    if (PY_IS_COMPLEX(a)) return py__complex_unary(a, op);
    return py_incref(PY_NOTIMPL);
}

/* ---- constructors -------------------------------------------------------------------- */

/* int(b'42'): the bytes read as text; the error shows the bytes, as CPython's
 * (a bytearray's too: int(bytearray(b'x')) shows b'x'). */
static py_obj *int_from_bytes_text(py_obj *x, int base) {
    py_bytes *b = (py_bytes *)py__bytes_of(x);
    if (!b) return NULL;
    x = (py_obj *)b;
    py_obj *r = py_int_from_str((const char *)b->s, b->len, base);
    if (!r && py_err_matches(py_exc_ValueError)) {
        py_obj *e = py_err_fetch(), *msg = py_exc_str(e);
        py_decref(e);
        if (!msg) return NULL;
        const char *colon = strstr(py_s(msg), ": ");
        py_obj *rep = py_repr(x);
        py_obj *head = colon ? py_str_new(py_s(msg), (size_t)(colon - py_s(msg))) : NULL;
        if (head && rep) py_err_set(py_exc_ValueError, "%U: %U", head, rep);
        else py_err_setv(py_exc_ValueError, msg);
        py_xdecref(head);
        py_xdecref(rep);
        py_decref(msg);
    }
    py_decref(b);
    return r;
}
static py_obj *int_vnew(py_type *t, py_obj *const *args, size_t nargs, py_obj *kw) {
    static const char *const names[] = { "", "base", NULL };
    py_obj *a[2];
    if (py_args("int", args, nargs, kw, 0, 2, names, a) < 0) return NULL;
    if (!a[0] && a[1]) return py_err_set(py_exc_TypeError, "int() missing string argument");
    if (!a[0]) return py_int(0);
    py_obj *x = a[0];
    if (a[1]) {
        int ok;
        int64_t base = py_index(a[1], &ok);
        if (!ok) return NULL;
        if (PY_BYTES_LIKE(x)) return int_from_bytes_text(x, (int)base);
        if (!PY_CHECK_STR(x)) return py_err_set(py_exc_TypeError, "int() can't convert non-string with explicit base");
        return py_int_from_str(py_s(x), py_slen(x), (int)base);
    }
    if (PY_BYTES_LIKE(x)) return int_from_bytes_text(x, 10);
    if (x->type->flags & PY_TF_HEAP) { /* a class's __int__ or __index__ (not int's own, inherited) */
        py_obj *f = py_type_lookup_s(x->type, "__int__");
        if (!f || PY_TYPE(f) == &py_cfunc_type) f = py_type_lookup_s(x->type, "__index__");
        if (f && PY_TYPE(f) != &py_cfunc_type) {
            py_obj *m = py_method_new(f, x);
            py_obj *r = m ? py_call0(m) : NULL;
            py_xdecref(m);
            if (r && !PY_CHECK_INT(r)) { /* CPython's PyNumber_Long and _PyNumber_Index */
                py_err_set(py_exc_TypeError, "%s returned non-int (type %s)",
                           f == py_type_lookup_s(x->type, "__int__") ? "__int__" : "__index__", py_type_name(r));
                PY_CLEAR(r);
            }
            return r;
        }
        /* then __trunc__, deprecated in 3.11 (CPython's PyNumber_Long warns and calls it) */
        f = py_type_lookup_s(x->type, "__trunc__");
        if (f && PY_TYPE(f) != &py_cfunc_type) {
            py_obj *text = py_str_c("The delegation of int() to __trunc__ is deprecated.");
            int w = text ? py__deprecation_at(text, py__ts->frame) : -1;
            py_xdecref(text);
            if (w < 0) return NULL;
            py_obj *m = py_method_new(f, x);
            py_obj *r = m ? py_call0(m) : NULL;
            py_xdecref(m);
            if (r && !PY_CHECK_INT(r)) {
                py_err_set(py_exc_TypeError, "__trunc__ returned non-Integral (type %s)", py_type_name(r));
                PY_CLEAR(r);
            }
            return r;
        }
    }
    if (PY_CHECK_INT(x)) {
        if (PY_TYPE(x) == &py_int_type) return py_incref(x);
        if (((py_intobj *)x)->big) return py__num_unary(x, PYAST_UAdd); /* an exact int of the same value */
        return py_int(((py_intobj *)x)->v);
    }
    if (PY_CHECK_FLOAT(x)) {
        double d = ((py_floatobj *)x)->v;
#ifdef PY_HAVE_NUM
        mp_int m;
        if (mp_init(&m) != MP_OKAY) return py_err_nomem();
        int e = num_int_from_double(&m, d);
        if (e) { mp_clear(&m); return py_num_err(e); }
        return int_from_mp(&m);
#else
        if (isnan(d)) return py_err_set(py_exc_ValueError, "cannot convert float NaN to integer");
        if (isinf(d)) return py_err_set(py_exc_OverflowError, "cannot convert float infinity to integer");
        return py_int((int64_t)d);
#endif
    }
    if (PY_CHECK_STR(x)) return py_int_from_str(py_s(x), py_slen(x), 10);
    return py_err_set(py_exc_TypeError, "int() argument must be a string, a bytes-like object or a real number, not '%s'",
                      py_type_name(x));
}

/* x.__float__(), whose result must be a float (CPython's PyNumber_Float). */
static py_obj *float_from_dunder(py_obj *x, py_obj *f) {
    py_obj *m = py_method_new(f, x);
    py_obj *r = m ? py_call0(m) : NULL;
    py_xdecref(m);
    if (r && !PY_CHECK_FLOAT(r)) {
        py_err_set(py_exc_TypeError, "%s.__float__ returned non-float (type %s)", py_type_name(x), py_type_name(r));
        PY_CLEAR(r);
    }
    return r;
}

static py_obj *float_vnew(py_type *t, py_obj *const *args, size_t nargs, py_obj *kw) {
    py_obj *a[1];
    if (nargs > 1 && !(kw && PY_TLEN(kw))) /* CPython's _PyArg_CheckPositional */
        return py_err_set(py_exc_TypeError, "%s expected at most 1 argument, got %d", "float", (int)nargs);
    if (py_args("float", args, nargs, kw, 0, 1, NULL, a) < 0) return NULL;
    if (!a[0]) return py_float(0.0);
    py_obj *x = a[0];
    if (PY_IS_FLOAT(x)) return py_incref(x);
    if (x->type->flags & PY_TF_HEAP) { /* a class's __float__ (not float's own, inherited) */
        py_obj *f = py_type_lookup_s(x->type, "__float__");
        if (f && PY_TYPE(f) != &py_cfunc_type) return float_from_dunder(x, f);
    }
    if (PY_CHECK_FLOAT(x)) return py_float(((py_floatobj *)x)->v);
    if (PY_CHECK_INT(x)) {
        int ok;
        double d = py_float_val(x, &ok);
        return ok ? py_float(d) : NULL;
    }
    if (PY_BYTES_LIKE(x)) { /* float(b'1.5'): the bytes read as text (the error shows x, a bytearray too) */
#ifdef PY_HAVE_NUM
        double d;
        const unsigned char *bs;
        size_t bn;
        py__bytes_like(x, &bs, &bn);
        int e = num_float_parse(&d, (const char *)bs, bn);
        if (e) {
            py_obj *rep = py_repr(x);
            if (!rep) return NULL;
            py_err_set(py_exc_ValueError, "could not convert string to float: %U", rep);
            py_decref(rep);
            return NULL;
        }
        return py_float(d);
#endif
    }
    if (PY_CHECK_STR(x)) {
#ifdef PY_HAVE_NUM
        double d;
        int e = num_float_parse(&d, py_s(x), py_slen(x));
        if (e) return py_num_err(e);
        return py_float(d);
#else
        char *end;
        const char *s = py_s(x);
        while (*s == ' ') s++;
        double d = strtod(s, &end);
        while (*end == ' ' || *end == '\n') end++;
        if (end == s || *end) {
            py_obj *r = py_repr(x);
            py_err_set(py_exc_ValueError, "could not convert string to float: %U", r);
            py_decref(r);
            return NULL;
        }
        return py_float(d);
#endif
    }
    if (x->type->flags & PY_TF_HEAP) {
        py_obj *f = py_type_lookup_s(x->type, "__float__");
        if (f) return float_from_dunder(x, f);
        /* then __index__, as CPython's PyNumber_Float */
        f = py_type_lookup_s(x->type, "__index__");
        if (f && PY_TYPE(f) != &py_cfunc_type) {
            int ok;
            double d = 0;
            py_obj *m = py_method_new(f, x);
            py_obj *r = m ? py_call0(m) : NULL;
            py_xdecref(m);
            if (r && !PY_CHECK_INT(r)) py_err_set(py_exc_TypeError, "__index__ returned non-int (type %s)", py_type_name(r));
            else if (r) d = py_float_val(r, &ok);
            int failed = !r || py_err_occurred();
            py_xdecref(r);
            return failed ? NULL : py_float(d);
        }
    }
    return py_err_set(py_exc_TypeError, "float() argument must be a string or a real number, not '%s'", py_type_name(x));
}

static py_obj *bool_vnew(py_type *t, py_obj *const *args, size_t nargs, py_obj *kw) {
    py_obj *a[1];
    if (py_args("bool", args, nargs, kw, 0, 1, NULL, a) < 0) return NULL;
    if (!a[0]) return py_bool(0);
    int r = py_truth(a[0]);
    return r < 0 ? NULL : py_bool(r);
}
static py_obj *bool_repr(py_obj *o) { return py_str_c(o == PY_TRUE ? "True" : "False"); }

/* ---- methods ----------------------------------------------------------------------------- */

size_t py_int_bits(py_obj *self) {
    py_intobj *x = (py_intobj *)self;
#ifdef PY_HAVE_NUM
    if (x->big) return num_int_bit_length(x->big);
#endif
    uint64_t v = x->v < 0 ? (uint64_t)(-(x->v + 1)) + 1 : (uint64_t)x->v;
    size_t n = 0;
    while (v) { n++; v >>= 1; }
    return n;
}
static py_obj *int_bit_length(py_obj *self, py_obj *const *args, size_t nargs, py_obj *kw) {
    return py_int((int64_t)py_int_bits(self));
}
/* an int of its own (True's is 1), as CPython's int(self) */
py_obj *py_int_exact(py_obj *self) { return PY_TYPE(self) == &py_int_type ? py_incref(self) : py_call1((py_obj *)&py_int_type, self); }
#define int_exact py_int_exact
static py_obj *int_conjugate(py_obj *self, py_obj *const *args, size_t nargs, py_obj *kw) { return int_exact(self); }
static py_obj *int_as_integer_ratio(py_obj *self, py_obj *const *args, size_t nargs, py_obj *kw) {
    py_obj *n = int_exact(self), *one = n ? py_int(1) : NULL, *r = one ? py_tuple_pack(2, n, one) : NULL;
    py_xdecref(n);
    py_xdecref(one);
    return r;
}
static py_obj *int_real(py_obj *self) { return int_exact(self); }
static py_obj *int_imag(py_obj *self) { return py_int(0); }
static py_obj *int_numerator(py_obj *self) { return int_exact(self); }
static py_obj *int_denominator(py_obj *self) { return py_int(1); }

/* Announced for v (eval.c, "Suspending under Asyncify"): its __format__,
 * __str__ may suspend. */
py_obj *py_format(py_obj *v, py_obj *spec) {
    int safe = py__take_safe(v);
    if (v->type->flags & PY_TF_HEAP) {
        py_obj *f = py_type_lookup_s(v->type, "__format__");
        if (f && PY_TYPE(f) == &py_func_type) {
            py_obj *args[2] = { v, spec };
            py__resume_token = safe ? f : NULL;
            py_obj *r = py_call(f, args, 2, NULL);
            py__resume_token = NULL;
            if (r && !PY_IS_STR(r)) {
                py_err_set(py_exc_TypeError, "__format__ must return a str, not %s", py_type_name(r));
                py_decref(r);
                return NULL;
            }
            return r;
        }
    }
    return py__format_builtin(v, spec, safe);
}
/* The built-in types' __format__ (int.__format__(self, spec) of a class
 * derived from int that has its own __format__ comes here, not back to it) */
py_obj *py__format_builtin(py_obj *v, py_obj *spec, int safe) {
    if (py_slen(spec) == 0) {
        /* str.__format__ of a class derived from str: its text, whatever its __str__ */
        if (!PY_IS_STR(v) && PY_CHECK_STR(v)) return py_str_new(py_s(v), py_slen(v));
        py__resume_token = safe ? v : NULL;
        return py_str(v);
    }
#ifdef PY_HAVE_NUM
    num_buf nb = {0};
    int e;
    if (PY_CHECK_INT(v)) {
        mp_int m;
        int_to_mp(v, &m);
        e = num_format_int(&nb, &m, py_s(spec), py_slen(spec), py_type_name(v));
        mp_clear(&m);
    } else if (PY_CHECK_FLOAT(v)) {
        e = num_format_float(&nb, ((py_floatobj *)v)->v, py_s(spec), py_slen(spec), "float");
    } else if (PY_IS_COMPLEX(v)) {
        return py__complex_format(v, spec);
    } else if (PY_CHECK_STR(v)) {
        e = num_format_str(&nb, py_s(v), py_slen(v), py_s(spec), py_slen(spec), "str");
    } else {
        if (py_slen(spec) == 0) return py_str(v);
        return py_err_set(py_exc_TypeError, "unsupported format string passed to %s.__format__", py_type_name(v));
    }
    if (e) { num_buf_free(&nb); return py_num_err(e); }
    py_obj *r = py_str_new(nb.data ? nb.data : "", nb.len);
    num_buf_free(&nb);
    return r;
#else
    if (py_slen(spec) == 0) return py_str(v);
    return py_err_set(py_exc_NotImplementedError, "format specs are not supported yet");
#endif
}

static py_obj *num_format_m(py_obj *self, py_obj *const *args, size_t nargs, py_obj *kw) {
    if (nargs != 1 || !PY_IS_STR(args[0])) return py_err_set(py_exc_TypeError, "format expects a str");
    return py__format_builtin(self, args[0], 0);
}

static py_obj *float_is_integer(py_obj *self, py_obj *const *args, size_t nargs, py_obj *kw) {
    double v = ((py_floatobj *)self)->v;
    return py_bool(isfinite(v) && floor(v) == v);
}
/* float.hex(): CPython's float_hex, 13 hex digits after the point */
static py_obj *float_hex(py_obj *self, py_obj *const *args, size_t nargs, py_obj *kw) {
    double x = ((py_floatobj *)self)->v;
    if (!isfinite(x)) return py_repr(self);
    if (x == 0) return py_str_c(copysign(1.0, x) < 0 ? "-0x0.0p+0" : "0x0.0p+0");
    int e;
    double m = frexp(fabs(x), &e);
    int shift = 1 - (DBL_MIN_EXP - e > 0 ? DBL_MIN_EXP - e : 0);
    m = ldexp(m, shift);
    e -= shift;
    char s[32];
    size_t i = 0;
    s[i++] = "0123456789abcdef"[(int)m];
    m -= (int)m;
    s[i++] = '.';
    for (int k = 0; k < 13; k++) {
        m *= 16.0;
        s[i++] = "0123456789abcdef"[(int)m];
        m -= (int)m;
    }
    s[i] = 0;
    return py_str_fmt("%s0x%sp%s%d", x < 0 ? "-" : "", s, e < 0 ? "-" : "+", e < 0 ? -e : e);
}
/* float.fromhex(s): CPython's grammar, rounded half to even to a double
 * (subnormals included); the module's strtod reads no hexadecimal. */
static int hexval(char c) { return c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10; }
static py_obj *float_fromhex_of(py_obj *const *args, size_t nargs);
/* a class method: a class derived from float gets cls(value), as CPython's */
static py_obj *float_fromhex(py_obj *self, py_obj *const *args, size_t nargs, py_obj *kw) {
    if (nargs < 1) return py_err_set(py_exc_TypeError, "fromhex() needs a class");
    py_obj *r = float_fromhex_of(args + 1, nargs - 1);
    if (r && args[0] != (py_obj *)&py_float_type) PY_SETREF(r, py_call1(args[0], r));
    return r;
}
static py_obj *float_fromhex_of(py_obj *const *args, size_t nargs) {
    if (nargs != 1) return py_err_set(py_exc_TypeError, "fromhex() takes exactly one argument (%d given)", (int)nargs);
    if (!PY_CHECK_STR(args[0])) return py_err_set(py_exc_TypeError, "bad argument type for built-in operation");
    const char *p = py_s(args[0]), *end = p + py_slen(args[0]);
    while (p < end && strchr(" \t\n\r\f\v", *p)) p++;
    while (end > p && strchr(" \t\n\r\f\v", end[-1])) end--;
    int neg = p < end && *p == '-';
    if (p < end && (*p == '-' || *p == '+')) p++;
    size_t n = (size_t)(end - p);
    if ((n == 3 && !strncasecmp(p, "inf", 3)) || (n == 8 && !strncasecmp(p, "infinity", 8))) return py_float(neg ? -HUGE_VAL : HUGE_VAL);
    if (n == 3 && !strncasecmp(p, "nan", 3)) return py_float(neg ? -NAN : NAN);
    if (n >= 2 && p[0] == '0' && (p[1] == 'x' || p[1] == 'X')) p += 2;
    uint64_t mant = 0;
    int sticky = 0, point = 0;
    int64_t exp2 = 0, digits = 0;
    for (; p < end && (isxdigit((unsigned char)*p) || (*p == '.' && !point)); p++) {
        if (*p == '.') { point = 1; continue; }
        digits++;
        if (mant >> 56) { /* 60 bits kept: the rest only rounds */
            sticky |= *p != '0';
            if (!point) exp2 += 4;
        } else {
            mant = mant << 4 | (uint64_t)hexval(*p);
            if (point) exp2 -= 4;
        }
    }
    if (digits && p < end && (*p == 'p' || *p == 'P')) {
        int eneg = 0;
        int64_t e = 0;
        const char *d = ++p;
        if (p < end && (*p == '-' || *p == '+')) eneg = *p++ == '-', d = p;
        for (; p < end && *p >= '0' && *p <= '9'; p++) if (e < 100000000) e = e * 10 + (*p - '0');
        if (p == d) digits = 0;
        exp2 += eneg ? -e : e;
    }
    if (!digits || p != end) return py_err_set(py_exc_ValueError, "invalid hexadecimal floating-point string");
    if (!mant) return py_float(neg ? -0.0 : 0.0);
    int len = 64;
    while (!(mant >> (len - 1))) len--;
    int64_t top = len - 1 + exp2;                  /* the value is in [2**top, 2**(top+1)) */
    int64_t keep = top + 1075 < 53 ? top + 1075 : 53; /* bits down to 2**-1074 */
    double v;
    if (keep < 0) v = 0.0;
    else {
        int64_t drop = len - keep;
        uint64_t m = mant;
        if (drop > 0) {
            uint64_t rem = drop >= 64 ? mant : mant & ((UINT64_C(1) << drop) - 1);
            uint64_t half = UINT64_C(1) << (drop - 1);
            m = drop >= 64 ? 0 : mant >> drop;
            if (rem > half || (rem == half && (sticky || (m & 1)))) m++;
            exp2 += drop;
        }
        v = ldexp((double)m, exp2 > 100000 ? 100000 : (int)exp2);
    }
    if (isinf(v)) return py_err_set(py_exc_OverflowError, "hexadecimal value too large to represent as a float");
    return py_float(neg ? -v : v);
}
static py_obj *float_real(py_obj *self) { return py_incref(self); }
static py_obj *float_imag(py_obj *self) { return py_float(0.0); }
static py_obj *float_as_integer_ratio(py_obj *self, py_obj *const *args, size_t nargs, py_obj *kw) {
    double v = ((py_floatobj *)self)->v;
    if (!isfinite(v)) return py_err_set(isnan(v) ? py_exc_ValueError : py_exc_OverflowError,
                                        isnan(v) ? "cannot convert NaN to integer ratio" : "cannot convert Infinity to integer ratio");
    int e;
    double m = frexp(v, &e);
    for (int i = 0; i < 300 && m != floor(m); i++) { m *= 2.0; e--; }
    py_obj *num = py_int((int64_t)m), *den = py_int(1);
    py_obj *sh = py_int(e < 0 ? -e : e);
    py_obj *r;
    if (e >= 0) { r = py_binop(num, sh, PYAST_LShift); py_decref(num); num = r; }
    else { r = py_binop(den, sh, PYAST_LShift); py_decref(den); den = r; }
    py_decref(sh);
    if (!num || !den) { py_xdecref(num); py_xdecref(den); return NULL; }
    r = py_tuple_pack(2, num, den);
    py_decref(num);
    py_decref(den);
    return r;
}
static py_obj *num_round_m(py_obj *self, py_obj *const *args, size_t nargs, py_obj *kw);


/* int.to_bytes(length=1, byteorder='big', *, signed=False), through
 * Python's own operators so big integers work alike. */
static int byteorder_arg(py_obj *o, int *little, const char *fn) {
    if (!o) { *little = 0; return 0; }
    if (!PY_IS_STR(o)) { py_err_set(py_exc_TypeError, "%s() argument 'byteorder' must be str, not %s", fn, py_arg_type_name(o)); return -1; }
    if (py_str_eqc(o, "little")) *little = 1;
    else if (py_str_eqc(o, "big")) *little = 0;
    else { py_err_set(py_exc_ValueError, "byteorder must be either 'little' or 'big'"); return -1; }
    return 0;
}
static py_obj *int_to_bytes(py_obj *self, py_obj *const *args, size_t nargs, py_obj *kw) {
    static const char *const names[] = { "length", "byteorder", "signed", NULL };
    py_obj *a[3];
    if (py_args("to_bytes", args, nargs, kw, 0, 2, names, a) < 0) return NULL;
    int ok = 1, little, sgn = a[2] ? py_truth(a[2]) : 0;
    int64_t len = a[0] ? py_index(a[0], &ok) : 1;
    if (!ok || byteorder_arg(a[1], &little, "to_bytes") < 0 || sgn < 0) return NULL;
    if (len < 0) return py_err_set(py_exc_ValueError, "length argument must be non-negative");
    if (!sgn && py_int_sign(self) < 0) return py_err_set(py_exc_OverflowError, "can't convert negative int to unsigned");
    unsigned char *buf = calloc((size_t)len + 1, 1);
    if (!buf) return py_err_nomem();
    py_obj *v = py_incref(self), *mask = py_int(255), *eight = py_int(8);
    for (int64_t i = 0; i < len && v; i++) {
        py_obj *b = py_binop(v, mask, PYAST_BitAnd);
        if (!b) { PY_CLEAR(v); break; }
        buf[little ? i : len - 1 - i] = (unsigned char)((py_intobj *)b)->v;
        py_decref(b);
        py_obj *nv = py_binop(v, eight, PYAST_RShift);
        py_decref(v);
        v = nv;
    }
    py_obj *r = NULL;
    if (v) {
        int fits = py_int_is_zero(v) || (sgn && py_int_sign(v) < 0 && ((py_intobj *)v)->v == -1 && !((py_intobj *)v)->big);
        if (fits && sgn && len > 0) { /* the sign bit must agree with the sign */
            int top = buf[little ? len - 1 : 0] >> 7;
            fits = top == (py_int_sign(self) < 0);
        } else if (fits && sgn && len == 0) fits = py_int_is_zero(self);
        if (!fits) py_err_set(py_exc_OverflowError, "int too big to convert");
        else r = py_bytes_new(buf, (size_t)len);
        py_decref(v);
    }
    py_decref(mask);
    py_decref(eight);
    free(buf);
    return r;
}
static py_obj *int_from_bytes(py_obj *self, py_obj *const *args, size_t nargs, py_obj *kw) {
    static const char *const names[] = { "bytes", "byteorder", "signed", NULL };
    py_obj *a[3];
    if (nargs < 1) return py_err_set(py_exc_TypeError, "from_bytes() needs a class");
    self = args[0]; /* a class method: the class comes first */
    if (py_args("from_bytes", args + 1, nargs - 1, kw, 1, 2, names, a) < 0) return NULL;
    int little, sgn = a[2] ? py_truth(a[2]) : 0;
    if (byteorder_arg(a[1], &little, "from_bytes") < 0 || sgn < 0) return NULL;
    py_obj *bs = PY_TYPE(a[0]) == &py_bytes_type ? py_incref(a[0]) : NULL;
    if (!bs) {
        /* CPython's bytes(x) of PyObject_Bytes: not of a str, nor of what is not iterable */
        py_obj *it = PY_CHECK_STR(a[0]) ? NULL : py_iter(a[0]);
        if (!it) {
            if (PY_CHECK_STR(a[0]) || py_err_matches(py_exc_TypeError))
                py_err_set(py_exc_TypeError, "cannot convert '%s' object to bytes", py_type_name(a[0]));
            return NULL;
        }
        py_obj *l = py_sequence_list(it);
        py_decref(it);
        if (!l) return NULL;
        unsigned char *tmp = malloc(PY_LLEN(l) + 1);
        for (size_t i = 0; tmp && i < PY_LLEN(l); i++) {
            int ov = 0;
            if (!PY_CHECK_INT(PY_LITEM(l, i))) {
                py_err_set(py_exc_TypeError, "'%s' object cannot be interpreted as an integer", py_type_name(PY_LITEM(l, i)));
                free(tmp);
                py_decref(l);
                return NULL;
            }
            int64_t x = py_int_val(PY_LITEM(l, i), &ov);
            if (x < 0 || x > 255 || ov) { free(tmp); py_decref(l); return py_err_set(py_exc_ValueError, "bytes must be in range(0, 256)"); }
            tmp[i] = (unsigned char)x;
        }
        bs = tmp ? py_bytes_new(tmp, PY_LLEN(l)) : py_err_nomem();
        free(tmp);
        py_decref(l);
        if (!bs) return NULL;
    }
    py_bytes *b = (py_bytes *)bs;
    py_obj *v = py_int(0), *eight = py_int(8);
    for (size_t i = 0; i < b->len && v; i++) {
        py_obj *sh = py_binop(v, eight, PYAST_LShift), *byte = py_int(b->s[little ? b->len - 1 - i : i]);
        py_decref(v);
        v = sh ? py_binop(sh, byte, PYAST_BitOr) : NULL;
        py_xdecref(sh);
        py_decref(byte);
    }
    if (v && sgn && b->len && (b->s[little ? b->len - 1 : 0] & 0x80)) {
        py_obj *bits = py_int((int64_t)b->len * 8), *one = py_int(1);
        py_obj *m = py_binop(one, bits, PYAST_LShift);
        py_obj *nv = m ? py_binop(v, m, PYAST_Sub) : NULL;
        py_xdecref(m);
        py_decref(bits);
        py_decref(one);
        py_decref(v);
        v = nv;
    }
    py_decref(eight);
    py_decref(bs);
    if (v && (py_obj *)self != (py_obj *)&py_int_type && PY_IS_TYPE(self)) { /* a subclass: cls(value) */
        py_obj *r = py_call1(self, v);
        py_decref(v);
        return r;
    }
    return v;
}
static py_obj *int_bit_count(py_obj *self, py_obj *const *args, size_t nargs, py_obj *kw) {
    py_obj *fmt = py_str_c("b"), *bin = py_format(self, fmt); /* the 1 bits of |self|, from its binary text */
    py_decref(fmt);
    if (!bin) return NULL;
    int64_t n = 0;
    for (const char *p = py_s(bin); *p; p++) n += *p == '1';
    py_decref(bin);
    return py_int(n);
}
static const py_methoddef int_methods[] = {
    { "bit_length", int_bit_length, PY_METH_NOARGS }, { "to_bytes", int_to_bytes, 0 }, { "bit_count", int_bit_count, PY_METH_NOARGS },
    { "from_bytes", int_from_bytes, PY_METH_CLASS },
    { "conjugate", int_conjugate, PY_METH_NOARGS }, { "as_integer_ratio", int_as_integer_ratio, PY_METH_NOARGS },
    { "__format__", num_format_m, 0 },
    { "__round__", num_round_m, PY_METH_NOKW },
    { NULL, NULL, 0 },
};
static const py_getsetdef int_getset[] = {
    { "real", int_real, NULL }, { "imag", int_imag, NULL },
    { "numerator", int_numerator, NULL }, { "denominator", int_denominator, NULL },
    { NULL, NULL, NULL },
};
/* float.conjugate(): the float itself (a plain float of a subclass's value) */
static py_obj *float_conjugate(py_obj *self, py_obj *const *args, size_t nargs, py_obj *kw) {
    return PY_TYPE(self) == &py_float_type ? py_incref(self) : py_float(((py_floatobj *)self)->v);
}
static const py_methoddef float_methods[] = {
    { "is_integer", float_is_integer, PY_METH_NOARGS }, { "conjugate", float_conjugate, PY_METH_NOARGS },
    { "hex", float_hex, PY_METH_NOARGS },
    { "fromhex", float_fromhex, PY_METH_CLASS },
    { "as_integer_ratio", float_as_integer_ratio, PY_METH_NOARGS },
    { "__format__", num_format_m, 0 },
    { "__round__", num_round_m, PY_METH_NOKW },
    { NULL, NULL, 0 },
};
static const py_getsetdef float_getset[] = {
    { "real", float_real, NULL }, { "imag", float_imag, NULL }, { NULL, NULL, NULL },
};

/* round(x[, ndigits]) for ints and floats. */
/* round()'s ndigits, clamped past 64 bits as CPython's PyNumber_AsSsize_t(o, NULL) */
static int round_digits(py_obj *nd, int64_t *n) {
    int ok;
    *n = py_index(nd, &ok);
    if (ok) return 0;
    if (!py_err_matches(py_exc_IndexError) || !PY_CHECK_INT(nd)) return -1;
    py_err_clear();
    *n = py_int_sign(nd) < 0 ? INT64_MIN / 2 : INT64_MAX / 2;
    return 0;
}
py_obj *py_round(py_obj *x, py_obj *nd) {
    if (x->type->flags & PY_TF_HEAP) { /* a class's __round__ (int's or float's, inherited: below) */
        py_obj *f = py_type_lookup_s(x->type, "__round__");
        if (f && PY_TYPE(f) != &py_cfunc_type) {
            py_obj *args[2] = { x, nd };
            return py_call(f, args, nd ? 2 : 1, NULL);
        }
    }
    if (PY_CHECK_INT(x)) {
        if (!nd || nd == PY_NONE) return PY_TYPE(x) == &py_int_type ? py_incref(x) : py__num_unary(x, PYAST_UAdd);
        int64_t n;
        if (round_digits(nd, &n) < 0) return NULL;
        if (n >= 0) return PY_TYPE(x) == &py_int_type ? py_incref(x) : py__num_unary(x, PYAST_UAdd);
        if (n < -100000000) return py_int(0); /* (10**-n is past any int's size) */
        /* round to 10**-n, half to even */
        py_obj *ten = py_int(10), *e = py_int(-n);
        py_obj *p = py_binop(ten, e, PYAST_Pow);
        py_decref(ten);
        py_decref(e);
        if (!p) return NULL;
        py_obj *q = py_binop(x, p, PYAST_FloorDiv);
        py_obj *r = q ? py_binop(x, p, PYAST_Mod) : NULL;
        if (!r) { py_xdecref(q); py_decref(p); return NULL; }
        py_obj *two = py_int(2);
        py_obj *r2 = py_binop(r, two, PYAST_Mult);
        int c = py_richcmp_bool(r2, p, PY_GT);
        int eq = py_richcmp_bool(r2, p, PY_EQ);
        py_obj *qm = py_binop(q, two, PYAST_Mod);
        int odd = !py_int_is_zero(qm);
        py_decref(qm);
        py_decref(two);
        py_decref(r2);
        py_decref(r);
        if (c || (eq && odd)) {
            py_obj *one = py_int(1);
            py_obj *q2 = py_binop(q, one, PYAST_Add);
            py_decref(one);
            py_decref(q);
            q = q2;
        }
        py_obj *res = py_binop(q, p, PYAST_Mult);
        py_decref(q);
        py_decref(p);
        return res;
    }
    if (PY_CHECK_FLOAT(x)) {
        double v = ((py_floatobj *)x)->v;
#ifdef PY_HAVE_NUM
        if (!nd || nd == PY_NONE) {
            mp_int m;
            if (mp_init(&m) != MP_OKAY) return py_err_nomem();
            int e = num_float_round_int(&m, v);
            if (e) { mp_clear(&m); return py_num_err(e); }
            return int_from_mp(&m);
        }
        int64_t n;
        if (round_digits(nd, &n) < 0) return NULL;
        double r;
        int e = num_float_round(&r, v, n);
        if (e) return py_num_err(e);
        return py_float(r);
#else
        if (!nd || nd == PY_NONE) {
            if (isnan(v)) return py_err_set(py_exc_ValueError, "cannot convert float NaN to integer");
            if (isinf(v)) return py_err_set(py_exc_OverflowError, "cannot convert float infinity to integer");
            double r = nearbyint(v);
            return py_int((int64_t)r);
        }
        int ok;
        int64_t n = py_index(nd, &ok);
        if (!ok) return NULL;
        char buf[400];
        snprintf(buf, sizeof buf, "%.*f", (int)(n > 300 ? 300 : n < 0 ? 0 : n), v);
        return py_float(strtod(buf, NULL));
#endif
    }
    return py_err_set(py_exc_TypeError, "type %s doesn't define __round__ method", py_type_name(x));
}
static py_obj *num_round_m(py_obj *self, py_obj *const *args, size_t nargs, py_obj *kw) {
    if (nargs > 1) return py_err_set(py_exc_TypeError, "__round__ expected at most 1 argument, got %d", (int)nargs);
    return py_round(self, nargs ? args[0] : NULL);
}

py_type py_int_type = { {PY_IMMORTAL, &py_type_type}, "int", .size = sizeof(py_intobj), .dealloc = int_dealloc,
    .repr = int_repr, .hash = int_hash, .richcmp = num_richcmp, .truth = int_truth, .vnew = int_vnew,
    .methods = int_methods, .getset = int_getset, .flags = PY_TF_BASETYPE };
py_type py_bool_type = { {PY_IMMORTAL, &py_type_type}, "bool", &py_int_type, .size = sizeof(py_intobj),
    .repr = bool_repr, .hash = int_hash, .richcmp = num_richcmp, .truth = int_truth, .vnew = bool_vnew };
py_type py_float_type = { {PY_IMMORTAL, &py_type_type}, "float", .size = sizeof(py_floatobj), .dealloc = float_dealloc,
    .repr = float_repr, .hash = float_hash, .richcmp = num_richcmp, .truth = float_truth, .vnew = float_vnew,
    .methods = float_methods, .getset = float_getset, .flags = PY_TF_BASETYPE };


/* math.isqrt for an int of any size (a >= 0, checked by the caller). */
py_obj *py_int_isqrt(py_obj *a) {
    mp_int x, r;
    int e = int_to_mp(a, &x);
    if (!e) e = mp_init(&r) == MP_OKAY ? 0 : NUM_ENOMEM;
    if (!e) { e = num_math_isqrt(&r, &x); mp_clear(&x); if (e) mp_clear(&r); }
    return e ? py_num_err(e) : int_from_mp(&r);
}

/* math.log (which 0), log2 (1) and log10 (2) of an int of any size, as
 * CPython's loghelper: beyond a float's range, from the int's frexp. */
int py_int_log(py_obj *a, int which, double *out) {
    static const int fns[3] = { NUM_MATH_LOG, NUM_MATH_LOG2, NUM_MATH_LOG10 };
    mp_int x;
    int e = int_to_mp(a, &x);
    if (!e) { e = num_math_log_int(fns[which], &x, out); mp_clear(&x); }
    if (e) { py_num_err(e); return -1; }
    return 0;
}

/* pow(a, b, m) for ints (num.h's modular power, inverse for b < 0). */
py_obj *py_int_powmod(py_obj *a, py_obj *b, py_obj *m) {
    mp_int x, y, z, r;
    int e = int_to_mp(a, &x);
    if (!e) e = int_to_mp(b, &y);
    if (!e) e = int_to_mp(m, &z);
    if (!e) e = mp_init(&r) == MP_OKAY ? 0 : NUM_ENOMEM;
    if (e) return py_num_err(e);
    e = num_int_powmod(&r, &x, &y, &z);
    mp_clear(&x);
    mp_clear(&y);
    mp_clear(&z);
    if (e) { mp_clear(&r); return py_num_err(e); }
    return int_from_mp(&r);
}
