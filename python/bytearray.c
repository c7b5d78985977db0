/*
 * bytearray.c -- bytearray, the mutable bytes, as CPython 3.11's
 * (Objects/bytearrayobject.c): its constructor, repr, comparisons with
 * bytes and bytearrays, indexing and slicing, item and slice assignment
 * (extended slices too) and deletion, +, *, += and *= in place, %, `in`,
 * iteration, and its own methods (append, extend, insert, pop, remove,
 * reverse, clear, copy).  The methods it shares with bytes are bytes':
 * decode and hex run on a bytes copy, the methods of str's kind (upper,
 * split, find, join...) are str.c's py__bytes_text_attr, which makes
 * bytearrays of their results as CPython's do.  A class derived from
 * bytearray is refused by name (object.c).
 */
#include <stdlib.h>
#include <string.h>

#include "py.h"

/* The storage, as CPython's: cap bytes allocated at base (none: base NULL,
 * s an empty string), the len bytes at s, after a start deleted in place
 * (del b[:k] moves s on, as CPython's ob_start), and a NUL after them.
 * ba_resize is CPython's PyByteArray_Resize, so b.__alloc__() grows and
 * shrinks as CPython's does. */
static unsigned char empty[1];

static int ba_resize(py_bytearray *b, size_t size) {
    size_t alloc = b->cap, off = b->base ? (size_t)(b->s - b->base) : 0;
    if (size == b->len) return 0;
    if (size + off + 1 <= alloc) {
        if (size >= alloc / 2) { /* minor downsize: in place */
            b->len = size;
            b->s[size] = 0;
            return 0;
        }
        alloc = size + 1; /* major downsize: to the size */
    } else if (size * 8 <= alloc * 9) alloc = size + (size >> 3) + (size < 9 ? 3 : 6); /* moderate upsize, as list's */
    else alloc = size + 1; /* major upsize: to the size */
    if (size > ((size_t)1 << 40)) { py_err_nomem(); return -1; }
    unsigned char *p;
    if (off) {
        if (!(p = malloc(alloc))) { py_err_nomem(); return -1; }
        memcpy(p, b->s, size < b->len ? size : b->len);
        free(b->base);
    } else if (!(p = realloc(b->base, alloc))) { py_err_nomem(); return -1; }
    b->base = b->s = p;
    b->cap = alloc;
    b->len = size;
    p[size] = 0;
    return 0;
}

/* a bytearray of len bytes (copied from s unless NULL), allocated to the size as CPython's PyByteArray_FromStringAndSize */
py_obj *py_bytearray_new(const void *s, size_t len) {
    py_bytearray *b = (py_bytearray *)py_alloc(&py_bytearray_type);
    if (!b) return NULL;
    b->s = empty;
    if (len && ba_resize(b, len) < 0) { py_decref(b); return NULL; }
    if (len && s) memcpy(b->s, s, len);
    return (py_obj *)b;
}
static void ba_dealloc(py_obj *o) {
    free(((py_bytearray *)o)->base);
    free(o);
}

/* CPython's _getbytevalue: an int (or a class's __index__) in range(0, 256), else -1 with the error */
static int byte_value(py_obj *v) {
    int ok;
    int64_t c = py_index_ex(v, &ok, py_exc_OverflowError);
    if (!ok) {
        if (!py_err_matches(py_exc_OverflowError)) return -1;
        py_err_clear(); /* past 64 bits: out of range as well */
        c = -1;
    }
    if (c < 0 || c > 255) { py_err_set(py_exc_ValueError, "byte must be in range(0, 256)"); return -1; }
    return (int)c;
}

/* The bytes of an iterable of ints, as CPython's bytearray(x) and
 * extend(x) read them: appended to b (growing as by append) or put in out;
 * -1 with the error, what naming the iterable's type when it is not one
 * ("cannot convert 'float' object to bytearray") */
static int ints_into(py_obj *x, py_bytearray *b, py_buf *out, const char *what) {
    py_obj *it = py_iter(x);
    if (!it) {
        if (py_err_matches(py_exc_TypeError)) {
            py_err_clear();
            py_err_set(py_exc_TypeError, what, py_type_name(x));
        }
        return -1;
    }
    py_obj *v;
    while ((v = py_next(it))) {
        int c = byte_value(v);
        py_decref(v);
        if (c < 0) { py_decref(it); return -1; }
        if (out) py_buf_putc(out, (char)c);
        else if (ba_resize(b, b->len + 1) < 0) { py_decref(it); return -1; }
        else b->s[b->len - 1] = (unsigned char)c;
    }
    py_decref(it);
    if (py_err_occurred()) return -1;
    if (out && out->oom) { py_err_nomem(); return -1; }
    return 0;
}

/* bytearray(), bytearray(n), bytearray(bytes-like), bytearray(iterable of ints), bytearray(str, encoding[, errors]) */
static py_obj *ba_vnew(py_type *t, py_obj *const *args, size_t nargs, py_obj *kw) {
    static const char *const names[] = { "source", "encoding", "errors", NULL };
    py_obj *a[3];
    if (py_args("bytearray", args, nargs, kw, 0, 3, names, a) < 0) return NULL;
    for (int i = 1; i < 3; i++)
        if (a[i] && !PY_CHECK_STR(a[i]))
            return py_err_set(py_exc_TypeError, "bytearray() argument '%s' must be str, not %s", names[i], py_arg_type_name(a[i]));
    if (!a[0] || !PY_CHECK_STR(a[0])) {
        if (a[1] || a[2])
            return py_err_set(py_exc_TypeError, a[1] ? "encoding without a string argument" : "errors without a string argument");
        if (!a[0]) return py_bytearray_new(NULL, 0);
    }
    py_obj *src = a[0];
    if (PY_CHECK_STR(src)) {
        if (!a[1]) return py_err_set(py_exc_TypeError, "string argument without an encoding");
        py_obj *f = py_type_lookup_s(&py_str_type, "encode"), *ea[3] = { src, a[1], a[2] }; /* str's own, as CPython's */
        py_obj *enc = f ? py_call(f, ea, a[2] ? 3 : 2, NULL) : py_err_set(py_exc_SystemError, "no str.encode");
        if (!enc) return NULL;
        py_obj *r = py_bytearray_new(((py_bytes *)enc)->s, ((py_bytes *)enc)->len); /* (its bytes) */
        py_decref(enc);
        return r;
    }
    const unsigned char *s;
    size_t n;
    if (py__bytes_like(src, &s, &n)) return py_bytearray_new(s, n);
    if (PY_CHECK_INT(src) || ((src->type->flags & PY_TF_HEAP) && py_type_lookup_s(src->type, "__index__"))) {
        int ok;
        int64_t k = py_index_ex(src, &ok, py_exc_OverflowError);
        if (!ok) return NULL;
        if (k < 0) return py_err_set(py_exc_ValueError, "negative count");
        if (k > ((int64_t)1 << 40)) return py_err_nomem();
        py_bytearray *b = (py_bytearray *)py_bytearray_new(NULL, (size_t)k);
        if (b && k) memset(b->s, 0, (size_t)k);
        return (py_obj *)b;
    }
    py_bytearray *b = (py_bytearray *)py_bytearray_new(NULL, 0);
    if (!b) return NULL;
    if (PY_IS_LIST(src) || PY_IS_TUPLE(src)) { /* CPython's fast path: exact ints at the size, else from the start as others */
        size_t k = PY_IS_LIST(src) ? PY_LLEN(src) : PY_TLEN(src), i = 0;
        py_obj *const *items = PY_IS_LIST(src) ? ((py_list *)src)->items : ((py_tuple *)src)->items;
        if (ba_resize(b, k) < 0) { py_decref(b); return NULL; }
        for (; i < k && PY_TYPE(items[i]) == &py_int_type; i++) {
            int c = byte_value(items[i]);
            if (c < 0) { py_decref(b); return NULL; }
            b->s[i] = (unsigned char)c;
        }
        if (i == k) return (py_obj *)b;
        if (ba_resize(b, 0) < 0) { py_decref(b); return NULL; }
    }
    if (ints_into(src, b, NULL, "cannot convert '%s' object to bytearray") < 0) { py_decref(b); return NULL; }
    return (py_obj *)b;
}

/* bytearray(b'...'): bytes' quotes, double ones when there is a ' and no ",
 * but a ' escaped in either (CPython's bytearray_repr, unlike bytes') */
static py_obj *ba_repr(py_obj *o) {
    py_bytearray *b = (py_bytearray *)o;
    char q = '\'';
    for (size_t i = 0; i < b->len; i++) {
        if (b->s[i] == '"') { q = '\''; break; }
        if (b->s[i] == '\'') q = '"';
    }
    py_buf out = {0};
    py_buf_printf(&out, "%s(b%c", py_type_name(o), q);
    for (size_t i = 0; i < b->len; i++) {
        unsigned c = b->s[i];
        if (c == '\'' || c == '\\') { py_buf_putc(&out, '\\'); py_buf_putc(&out, (char)c); }
        else if (c == '\n') py_buf_puts(&out, "\\n");
        else if (c == '\r') py_buf_puts(&out, "\\r");
        else if (c == '\t') py_buf_puts(&out, "\\t");
        else if (c < 0x20 || c >= 0x7f) py_buf_printf(&out, "\\x%02x", c);
        else py_buf_putc(&out, (char)c);
    }
    py_buf_putc(&out, q);
    py_buf_putc(&out, ')');
    return py_str_from_buf(&out);
}
static int64_t ba_len(py_obj *o) { return (int64_t)((py_bytearray *)o)->len; }
static py_obj *ba_richcmp(py_obj *a, py_obj *b, int op) { return py_bytes_type.richcmp(a, b, op); }
static int ba_contains(py_obj *o, py_obj *v) {
    py_bytearray *b = (py_bytearray *)o;
    return py__bytes_contains(b->s, b->len, v);
}

/* an index of b, negative ones from the end: 0, or -1 with the error
 * (b's len read after k's __index__, which may change it) */
static int ba_index(py_obj *k, py_bytearray *b, int64_t *i) {
    int ok;
    *i = py_index(k, &ok);
    if (!ok) return -1;
    if (*i < 0) *i += (int64_t)b->len;
    if (*i < 0 || *i >= (int64_t)b->len) { py_err_set(py_exc_IndexError, "bytearray index out of range"); return -1; }
    return 0;
}
/* a slice's indices in b, for b's len once the parts' __index__ (which may change it) have run */
static int ba_slice(py_obj *k, py_bytearray *b, int64_t *start, int64_t *stop, int64_t *step, int64_t *n) {
    size_t len;
    do {
        len = b->len;
        if (py_slice_indices(k, (int64_t)len, start, stop, step, n) < 0) return -1;
    } while (len != b->len);
    return 0;
}
static int is_index(py_obj *k) { return PY_CHECK_INT(k) || ((k->type->flags & PY_TF_HEAP) && py_type_lookup_s(k->type, "__index__")); }

static py_obj *ba_getitem(py_obj *o, py_obj *k) {
    py_bytearray *b = (py_bytearray *)o;
    if (PY_TYPE(k) == &py_slice_type) {
        int64_t start, stop, step, n;
        if (ba_slice(k, b, &start, &stop, &step, &n) < 0) return NULL;
        py_bytearray *r = (py_bytearray *)py_bytearray_new(NULL, (size_t)n);
        if (!r) return NULL;
        for (int64_t i = 0; i < n; i++) r->s[i] = b->s[start + i * step];
        return (py_obj *)r;
    }
    if (!is_index(k))
        return py_err_set(py_exc_TypeError, "bytearray indices must be integers or slices, not %s", py_type_name(k));
    int64_t i;
    if (ba_index(k, b, &i) < 0) return NULL;
    return py_int(b->s[i]);
}

/* b[lo:hi] (step 1) replaced by the n bytes at v (which may be b's own:
 * b += b), as CPython's bytearray_setslice_linear: a start deleted moves
 * s on, a middle is moved over, the rest resizes */
static int ba_replace(py_bytearray *b, size_t lo, size_t hi, const unsigned char *v, size_t n) {
    size_t avail = hi - lo;
    unsigned char *own = NULL;
    if (n && b->base && v >= b->base && v < b->base + b->cap) {
        if (!(own = malloc(n))) { py_err_nomem(); return -1; }
        v = memcpy(own, v, n);
    }
    if (n < avail) {
        size_t shrink = avail - n;
        if (!lo) { /* the start: s moves on, then the resize from the old len (the old NUL its end) */
            b->s += shrink;
            if (ba_resize(b, b->len - shrink) < 0) { b->s -= shrink; free(own); return -1; }
        } else {
            memmove(b->s + lo + n, b->s + hi, b->len - hi);
            if (ba_resize(b, b->len - shrink) < 0) { free(own); return -1; }
        }
    } else if (n > avail) {
        size_t len = b->len;
        if (ba_resize(b, len + n - avail) < 0) { free(own); return -1; }
        memmove(b->s + lo + n, b->s + hi, len - hi);
    }
    if (n) memcpy(b->s + lo, v, n);
    free(own);
    return 0;
}
/* b[k] = v, b[i:j:s] = v, del b[k] (v NULL), as CPython's bytearray_ass_subscript */
static int ba_setitem(py_obj *o, py_obj *k, py_obj *v) {
    py_bytearray *b = (py_bytearray *)o;
    int64_t start, stop, step, n;
    if (is_index(k)) {
        int64_t i;
        if (ba_index(k, b, &i) < 0) return -1;
        if (v) {
            int c = byte_value(v);
            if (c < 0) return -1;
            if (i >= (int64_t)b->len) { /* (v's __index__ shortened b) */
                py_err_set(py_exc_IndexError, "bytearray index out of range");
                return -1;
            }
            b->s[i] = (unsigned char)c;
            return 0;
        }
        return ba_replace(b, (size_t)i, (size_t)i + 1, NULL, 0);
    }
    if (PY_TYPE(k) != &py_slice_type) {
        py_err_set(py_exc_TypeError, "bytearray indices must be integers or slices, not %s", py_type_name(k));
        return -1;
    }
    if (ba_slice(k, b, &start, &stop, &step, &n) < 0) return -1;
    /* the new bytes: a copy (of b itself too), or of an iterable of ints */
    py_obj *val = NULL;
    const unsigned char *vs = NULL;
    size_t vn = 0;
    if (v) {
        if (is_index(v) || PY_CHECK_FLOAT(v) || PY_IS_COMPLEX(v) || PY_CHECK_STR(v)) { /* CPython's PyNumber_Check, or a str */
            py_err_set(py_exc_TypeError, "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
            return -1;
        }
        val = py__bytes_like(v, &vs, &vn) ? py_bytearray_new(vs, vn) : ba_vnew(&py_bytearray_type, &v, 1, NULL);
        if (!val) return -1;
        vs = ((py_bytearray *)val)->s;
        vn = ((py_bytearray *)val)->len;
        /* (an iterable's code may have changed b) */
        if (ba_slice(k, b, &start, &stop, &step, &n) < 0) { py_decref(val); return -1; }
    }
    int r = 0;
    if ((step < 0 && start < stop) || (step > 0 && start > stop)) stop = start;
    if (step == 1) r = ba_replace(b, (size_t)start, (size_t)stop, vs, vn);
    else if (!vn) { /* del b[::2], and b[::2] = b'' as CPython's: the slice's bytes taken out */
        if (step < 0) { start += step * (n - 1); step = -step; }
        size_t w = 0;
        for (size_t i = 0; i < b->len; i++)
            if (!(n && (int64_t)i >= start && ((int64_t)i - start) % step == 0 && ((int64_t)i - start) / step < n)) b->s[w++] = b->s[i];
        r = ba_resize(b, w);
    } else if ((int64_t)vn != n) {
        py_err_set(py_exc_ValueError, "attempt to assign bytes of size %zu to extended slice of size %lld", vn, (long long)n);
        r = -1;
    } else {
        for (int64_t i = 0; i < n; i++) b->s[start + i * step] = vs[i];
    }
    py_xdecref(val);
    return r;
}

/* ---- iteration: bytearray_iterator, which sees the bytearray change under it ---- */

typedef struct { py_obj ob; py_obj *seq; size_t i; } ba_iterobj;
static void ba_iter_dealloc(py_obj *o) {
    py_xdecref(((ba_iterobj *)o)->seq);
    free(o);
}
static py_obj *ba_iter_self(py_obj *o) { return py_incref(o); }
static py_obj *ba_iter_next(py_obj *o) {
    ba_iterobj *it = (ba_iterobj *)o;
    if (!it->seq) return NULL;
    py_bytearray *b = (py_bytearray *)it->seq;
    if (it->i < b->len) return py_int(b->s[it->i++]);
    PY_CLEAR(it->seq);
    return NULL;
}
static py_type ba_iter_type;
int64_t py__bytearray_iter_left(py_obj *o) {
    if (PY_TYPE(o) != &ba_iter_type) return -1;
    ba_iterobj *it = (ba_iterobj *)o;
    size_t n = it->seq ? ((py_bytearray *)it->seq)->len : 0;
    return it->i < n ? (int64_t)(n - it->i) : 0;
}
static py_obj *ba_iter_hint(py_obj *self, py_obj *const *args, size_t nargs, py_obj *kw) {
    return py_int(py__bytearray_iter_left(self));
}
static const py_methoddef ba_iter_methods[] = { { "__length_hint__", ba_iter_hint, PY_METH_NOARGS }, { NULL, NULL, 0 } };
static py_type ba_iter_type = { {PY_IMMORTAL, &py_type_type}, "bytearray_iterator", .size = sizeof(ba_iterobj),
    .dealloc = ba_iter_dealloc, .iter = ba_iter_self, .next = ba_iter_next, .methods = ba_iter_methods,
    .flags = PY_TF_PLAIN_NEXT };
static py_obj *ba_iter(py_obj *o) {
    ba_iterobj *it = (ba_iterobj *)py_alloc(&ba_iter_type);
    if (!it) return NULL;
    it->seq = py_incref(o);
    return (py_obj *)it;
}

/* ---- operators (containers.c and object.c call these) ---- */

py_obj *py__bytearray_concat(py_obj *a, py_obj *b, int inplace) {
    const unsigned char *s;
    size_t n;
    if (!py__bytes_like(b, &s, &n)) return py_incref(PY_NOTIMPL);
    py_bytearray *x = (py_bytearray *)a;
    if (inplace) {
        if (a == b) /* CPython's b += b holds b's buffer while it resizes b */
            return py_err_set(py_exc_BufferError, "Existing exports of data: object cannot be re-sized");
        if (ba_replace(x, x->len, x->len, s, n) < 0) return NULL;
        return py_incref(a);
    }
    py_bytearray *r = (py_bytearray *)py_bytearray_new(NULL, x->len + n);
    if (r && x->len) memcpy(r->s, x->s, x->len);
    if (r && n) memcpy(r->s + x->len, s, n);
    return (py_obj *)r;
}
py_obj *py__bytearray_repeat(py_obj *a, py_obj *count, int inplace) {
    int ok;
    int64_t k = py_index_ex(count, &ok, py_exc_OverflowError);
    if (!ok) return NULL;
    py_bytearray *x = (py_bytearray *)a;
    size_t n = x->len;
    if (k < 0) k = 0;
    if (n && k > ((int64_t)1 << 40) / (int64_t)n) return py_err_nomem();
    py_bytearray *r = inplace ? x : (py_bytearray *)py_bytearray_new(NULL, n * (size_t)k);
    if (!r) return NULL;
    if (inplace && ba_resize(r, n * (size_t)k) < 0) return NULL;
    if (inplace) py_incref(r);
    else if (k) memcpy(r->s, x->s, n);
    for (int64_t i = 1; i < k; i++) memcpy(r->s + i * (int64_t)n, r->s, n);
    return (py_obj *)r;
}
py_obj *py__bytearray_percent(py_obj *fmt, py_obj *args) {
    py_obj *f = py__bytes_of(fmt), *r = f ? py_bytes_percent(f, args) : NULL;
    py_xdecref(f);
    if (!r) return NULL;
    py_obj *x = py_bytearray_new(((py_bytes *)r)->s, ((py_bytes *)r)->len);
    py_decref(r);
    return x;
}

/* ---- methods ---- */

#define M(name) static py_obj *name(py_obj *self, py_obj *const *args, size_t nargs, py_obj *kw)
#define B ((py_bytearray *)self)

/* the byte at i taken out, as pop() and remove() do (the start moved over, not s moved on) */
static int ba_del_at(py_bytearray *b, size_t i) {
    memmove(b->s + i, b->s + i + 1, b->len - i - 1);
    return ba_resize(b, b->len - 1);
}

M(ba_append) {
    int c = byte_value(args[0]);
    if (c < 0) return NULL;
    unsigned char ch = (unsigned char)c;
    return ba_replace(B, B->len, B->len, &ch, 1) < 0 ? NULL : py_none();
}
M(ba_extend) {
    py_obj *x = args[0];
    const unsigned char *s;
    size_t n;
    if (py__bytes_like(x, &s, &n)) return ba_replace(B, B->len, B->len, s, n) < 0 ? NULL : py_none();
    py_buf out = {0};
    int r = ints_into(x, NULL, &out, "can't extend bytearray with %s");
    if (!r) r = ba_replace(B, B->len, B->len, (const unsigned char *)out.data, out.len);
    py_buf_free(&out);
    return r < 0 ? NULL : py_none();
}
M(ba_insert) {
    if (kw && PY_TLEN(kw)) return py_err_set(py_exc_TypeError, "bytearray.insert() takes no keyword arguments");
    if (nargs != 2) return py_err_set(py_exc_TypeError, "insert expected 2 arguments, got %d", (int)nargs);
    int ok;
    int64_t i = py_index_ex(args[0], &ok, py_exc_OverflowError);
    if (!ok) return NULL;
    int c = byte_value(args[1]);
    if (c < 0) return NULL;
    int64_t n = (int64_t)B->len;
    if (i < 0) { i += n; if (i < 0) i = 0; }
    if (i > n) i = n;
    unsigned char ch = (unsigned char)c;
    return ba_replace(B, (size_t)i, (size_t)i, &ch, 1) < 0 ? NULL : py_none();
}
M(ba_pop) {
    if (kw && PY_TLEN(kw)) return py_err_set(py_exc_TypeError, "bytearray.pop() takes no keyword arguments");
    if (nargs > 1) return py_err_set(py_exc_TypeError, "pop expected at most 1 argument, got %d", (int)nargs);
    int64_t i = -1;
    if (nargs) {
        int ok;
        i = py_index_ex(args[0], &ok, py_exc_OverflowError);
        if (!ok) return NULL;
    }
    int64_t n = (int64_t)B->len;
    if (!n) return py_err_set(py_exc_IndexError, "pop from empty bytearray");
    if (i < 0) i += n;
    if (i < 0 || i >= n) return py_err_set(py_exc_IndexError, "pop index out of range");
    int c = B->s[i];
    return ba_del_at(B, (size_t)i) < 0 ? NULL : py_int(c);
}
M(ba_remove) {
    int c = byte_value(args[0]);
    if (c < 0) return NULL;
    unsigned char *p = B->len ? memchr(B->s, c, B->len) : NULL;
    if (!p) return py_err_set(py_exc_ValueError, "value not found in bytearray");
    return ba_del_at(B, (size_t)(p - B->s)) < 0 ? NULL : py_none();
}
M(ba_reverse) {
    for (size_t i = 0, j = B->len; i + 1 < j; i++, j--) {
        unsigned char t = B->s[i];
        B->s[i] = B->s[j - 1];
        B->s[j - 1] = t;
    }
    return py_none();
}
M(ba_clear) { return ba_resize(B, 0) < 0 ? NULL : py_none(); }
M(ba_copy) { return py_bytearray_new(B->s, B->len); }
M(ba_alloc) { return py_int((int64_t)B->cap); }
/* decode and hex: bytes' own, on a copy (a UnicodeDecodeError's object is bytes, as CPython's) */
static py_obj *as_bytes_method(py_obj *self, const char *name, py_obj *const *args, size_t nargs, py_obj *kw) {
    py_obj *b = py__bytes_of(self), *f = b ? py_getattr_s(b, name) : NULL, *r = f ? py_call(f, args, nargs, kw) : NULL;
    py_xdecref(f);
    py_xdecref(b);
    return r;
}
M(ba_decode) { return as_bytes_method(self, "decode", args, nargs, kw); }
M(ba_hex) { return as_bytes_method(self, "hex", args, nargs, kw); }
M(ba_fromhex) {
    py_obj *r = py__bytes_fromhex(self, args, nargs, kw);
    if (!r) return NULL;
    py_obj *x = py_bytearray_new(((py_bytes *)r)->s, ((py_bytes *)r)->len);
    py_decref(r);
    return x;
}
#undef B

static py_obj *ba_maketrans(py_obj *self, py_obj *const *args, size_t nargs, py_obj *kw) {
    if (kw && PY_TLEN(kw)) return py_err_set(py_exc_TypeError, "bytearray.maketrans() takes no keyword arguments");
    return py__bytes_maketrans(args, nargs);
}

static py_obj *ba_getattr(py_obj *o, py_obj *name) {
    py_obj *r = py_generic_getattr(o, name);
    return r || !py_err_matches(py_exc_AttributeError) ? r : py__bytes_text_attr(o, name);
}

static const py_methoddef ba_methods[] = {
    { "append", ba_append, PY_METH_O }, { "extend", ba_extend, PY_METH_O }, { "insert", ba_insert, 0 },
    { "pop", ba_pop, 0 }, { "remove", ba_remove, PY_METH_O }, { "reverse", ba_reverse, PY_METH_NOARGS },
    { "clear", ba_clear, PY_METH_NOARGS }, { "copy", ba_copy, PY_METH_NOARGS }, { "__alloc__", ba_alloc, PY_METH_NOARGS }, { "decode", ba_decode, 0 },
    { "hex", ba_hex, 0 }, { "fromhex", ba_fromhex, PY_METH_CLASS }, { "translate", py__bytes_translate, 0 },
    { "maketrans", ba_maketrans, PY_METH_STATIC }, { NULL, NULL, 0 },
};

py_type py_bytearray_type = { {PY_IMMORTAL, &py_type_type}, "bytearray", .size = sizeof(py_bytearray), .dealloc = ba_dealloc,
    .repr = ba_repr, .len = ba_len, .richcmp = ba_richcmp, .getitem = ba_getitem, .setitem = ba_setitem,
    .iter = ba_iter, .contains = ba_contains, .vnew = ba_vnew, .methods = ba_methods, .getattr = ba_getattr };
