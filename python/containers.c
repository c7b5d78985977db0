/*
 * containers.c -- tuple, list, dict, set and frozenset, range, slice, and
 * the iterators over them and the iterator built-ins (enumerate, zip, map,
 * filter, reversed).
 *
 * dict is CPython's compact dict: an array of entries in insertion order
 * and an index table probed with CPython's perturbation.  set follows
 * setobject.c step for step (linear probes of 9, then perturbation; the
 * same resize rules, the same merge and copy paths), so that a set of
 * ints iterates in the order CPython prints it.  list.sort is CPython's
 * binary insertion sort below 64 items (the same comparisons in the same
 * order, so a TypeError names the same pair of types) and a stable merge
 * of such runs above.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "py.h"

#define IMM (PY_IMMORTAL)
#define M(name) static py_obj *name(py_obj *self, py_obj *const *args, size_t nargs, py_obj *kw)

static py_obj *self_iter(py_obj *o) { return py_incref(o); }

/* ---- tuple ------------------------------------------------------------------ */

py_obj *py_tuple_new(size_t n) {
    static py_tuple *empty;
    if (n == 0 && empty) return py_incref(empty);
    py_tuple *t = calloc(1, sizeof(py_tuple) + n * sizeof(py_obj *));
    if (!t) return py_err_nomem();
    t->ob.rc = 1;
    t->ob.type = &py_tuple_type;
    t->n = n;
    t->hash = -1;
    if (n == 0) { empty = t; t->ob.rc += IMM; }
    return (py_obj *)t;
}
py_obj *py_tuple_pack(size_t n, ...) {
    py_obj *t = py_tuple_new(n);
    if (!t) return NULL;
    va_list ap;
    va_start(ap, n);
    for (size_t i = 0; i < n; i++) PY_TITEM(t, i) = py_incref(va_arg(ap, py_obj *));
    va_end(ap);
    return t;
}
py_obj *py_tuple_from(py_obj *const *items, size_t n) {
    py_obj *t = py_tuple_new(n);
    if (!t) return NULL;
    for (size_t i = 0; i < n; i++) PY_TITEM(t, i) = py_incref(items[i]);
    return t;
}
static void tuple_dealloc(py_obj *o) {
    py_tuple *t = (py_tuple *)o;
    /* last item first, as CPython's tupledealloc (and list_dealloc): the
     * order in which what they free says so (a never-awaited coroutine) */
    for (size_t i = t->n; i-- > 0;) py_xdecref(t->items[i]);
    free(o);
}

/* safe: announced (eval.c, "Suspending under Asyncify"), the items'
 * __repr__ may suspend; the containers' reprs take it at their first line
 * (py_repr passes it to them). */
static py_obj *seq_repr(py_obj *const *items, size_t n, const char *open, const char *close, int one_comma, int safe) {
    py_buf b = {0};
    py_buf_puts(&b, open);
    for (size_t i = 0; i < n; i++) {
        if (i) py_buf_puts(&b, ", ");
        py__resume_token = safe ? items[i] : NULL;
        py_obj *r = py_repr(items[i]);
        if (!r) { py_buf_free(&b); return NULL; }
        py_buf_put(&b, py_s(r), py_slen(r));
        py_decref(r);
    }
    if (one_comma && n == 1) py_buf_putc(&b, ',');
    py_buf_puts(&b, close);
    return py_str_from_buf(&b);
}

/* Objects being repr'd, to print [...] for a list that contains itself.
 * repr_enter counts a level either way: the caller leaves it (repr_n--)
 * also when the object was found. */
static py_obj *repr_stack[64];
static int repr_n;
static int repr_enter(py_obj *o) {
    for (int i = 0; i < repr_n && i < 64; i++)
        if (repr_stack[i] == o) { repr_n++; return 1; }
    if (repr_n < 64) repr_stack[repr_n] = o;
    repr_n++;
    return 0;
}
static void repr_leave(void) { repr_n--; }

static py_obj *tuple_repr(py_obj *o) {
    int safe = py__take_safe(o);
    py_tuple *t = (py_tuple *)o;
    if (repr_enter(o)) { repr_n--; return py_str_c("(...)"); }
    py_obj *r = seq_repr(t->items, t->n, "(", ")", 1, safe);
    repr_leave();
    return r;
}
/* safe: announced (py_hash), the items' __hash__ may suspend:
 * tuple_hash_safe, instrumented, is this copy for it (as dict_probe's) */
static inline __attribute__((always_inline)) int64_t tuple_hash_impl(py_obj *o, int safe) {
    py_tuple *t = (py_tuple *)o;
    /* CPython's xxHash-based tuplehash */
    const uint64_t P1 = 11400714785074694791ULL, P2 = 14029467366897019727ULL, P5 = 2870177450012600261ULL;
    uint64_t acc = P5;
    for (size_t i = 0; i < t->n; i++) {
        int64_t h;
        if (PY_IS_TUPLE(t->items[i])) {
            /* a tuple in a tuple in a tuple...: CPython recurses as deep in
             * C (8 MB of stack); a wasm task has far less, so past the
             * recursion limit this raises where CPython does not */
            if (py_recursion_check(" while hashing a tuple") < 0) return -1;
            py_recursion_enter();
            if (safe) py__resume_token = t->items[i];
            h = py_hash(t->items[i]);
            py_recursion_leave();
        } else {
            if (safe) py__resume_token = t->items[i];
            h = py_hash(t->items[i]);
        }
        if (h == -1) return -1;
        acc += (uint64_t)h * P2;
        acc = (acc << 31) | (acc >> 33);
        acc *= P1;
    }
    acc += t->n ^ (P5 ^ 3527539UL);
    if (acc == (uint64_t)-1) return 1546275796;
    return (int64_t)acc;
}
static int64_t tuple_hash(py_obj *o) { return tuple_hash_impl(o, 0); }
static int64_t tuple_hash_safe(py_obj *o) { return tuple_hash_impl(o, 1); }
int64_t (*py__tuple_hash_safe)(py_obj *o) = tuple_hash_safe; /* through a pointer, as py__dict_safe */
static int64_t tuple_len(py_obj *o) { return (int64_t)((py_tuple *)o)->n; }

/* safe: announced, the items' __eq__ and __lt__... may suspend */
static py_obj *seq_richcmp(py_obj *const *a, size_t na, py_obj *const *b, size_t nb, int op, int safe) {
    size_t i;
    for (i = 0; i < na && i < nb; i++) {
        py__resume_token = safe ? a[i] : NULL;
        int e = py_eq(a[i], b[i]);
        if (e < 0) return NULL;
        if (!e) break;
    }
    if (i >= na || i >= nb) {
        int c = na < nb ? -1 : na > nb;
        int r = op == PY_LT ? c < 0 : op == PY_LE ? c <= 0 : op == PY_EQ ? c == 0 : op == PY_NE ? c != 0 : op == PY_GT ? c > 0 : c >= 0;
        return py_bool(r);
    }
    if (op == PY_EQ) return py_bool(0);
    if (op == PY_NE) return py_bool(1);
    py__resume_token = safe ? a[i] : NULL;
    return py_richcmp(a[i], b[i], op);
}
static py_obj *tuple_richcmp(py_obj *a, py_obj *b, int op) {
    int safe = py__take_safe(a);
    if (!py_isinst(b, &py_tuple_type)) return py_incref(PY_NOTIMPL);
    return seq_richcmp(((py_tuple *)a)->items, PY_TLEN(a), ((py_tuple *)b)->items, PY_TLEN(b), op, safe);
}

static py_obj *seq_slice(py_obj *const *items, size_t n, py_obj *slice, int as_list) {
    int64_t start, stop, step, len;
    if (py_slice_indices(slice, (int64_t)n, &start, &stop, &step, &len) < 0) return NULL;
    py_obj *r = as_list ? py_list_new((size_t)len) : py_tuple_new((size_t)len);
    if (!r) return NULL;
    py_obj **dst = as_list ? ((py_list *)r)->items : ((py_tuple *)r)->items;
    for (int64_t i = 0, j = start; i < len; i++, j += step) dst[i] = py_incref(items[j]);
    return r;
}

static int seq_index(py_obj *k, int64_t n, int64_t *out, const char *what) {
    py_obj *iv = py__index_of(k, 0); /* a class's __index__: the int it gives */
    if (!iv) return -1;
    if (!PY_CHECK_INT(iv)) {
        py_decref(iv);
        py_err_set(py_exc_TypeError, "%s indices must be integers or slices, not %s", what, py_type_name(k));
        return -1;
    }
    int ok;
    int64_t i = py_index(iv, &ok);
    py_decref(iv);
    if (!ok) return -1;
    if (i < 0) i += (int64_t)n;
    if (i < 0 || i >= (int64_t)n) {
        py_err_set(py_exc_IndexError, "%s index out of range", what);
        return -1;
    }
    *out = i;
    return 0;
}

static py_obj *tuple_getitem(py_obj *o, py_obj *k) {
    py_tuple *t = (py_tuple *)o;
    if (PY_TYPE(k) == &py_slice_type) {
        int64_t start, stop, step, n;
        /* t[:] is t, as CPython's (an exact tuple) */
        if (PY_TYPE(o) == &py_tuple_type && py_slice_indices(k, (int64_t)t->n, &start, &stop, &step, &n) == 0 && step == 1
            && n == (int64_t)t->n)
            return py_incref(o);
        if (py_err_occurred()) return NULL;
        return seq_slice(t->items, t->n, k, 0);
    }
    int64_t i;
    if (seq_index(k, (int64_t)t->n, &i, "tuple") < 0) return NULL;
    return py_incref(t->items[i]);
}
/* `in` a tuple: announced for o (py_contains), __eq__ may suspend */
static int tuple_contains(py_obj *o, py_obj *v) {
    int safe = py__take_safe(o);
    py_obj *const *items = ((py_tuple *)o)->items;
    for (size_t i = 0; i < PY_TLEN(o); i++) {
        py__resume_token = safe ? items[i] : NULL;
        int e = py_eq(items[i], v);
        if (e) return e;
    }
    return 0;
}

typedef struct { py_obj ob; py_obj *seq; size_t i; } seq_iter;
static void seq_iter_dealloc(py_obj *o) { py_xdecref(((seq_iter *)o)->seq); free(o); }
static py_obj *tuple_iter_next(py_obj *o) {
    seq_iter *it = (seq_iter *)o;
    if (!it->seq || it->i >= PY_TLEN(it->seq)) { PY_CLEAR(it->seq); return NULL; }
    return py_incref(PY_TITEM(it->seq, it->i++));
}
static py_type tuple_iter_type = { {IMM, &py_type_type}, "tuple_iterator", .size = sizeof(seq_iter),
    .dealloc = seq_iter_dealloc, .iter = self_iter, .next = tuple_iter_next, .flags = PY_TF_PLAIN_NEXT };
static py_obj *tuple_iter(py_obj *o) {
    seq_iter *it = (seq_iter *)py_alloc(&tuple_iter_type);
    if (!it) return NULL;
    it->seq = py_incref(o);
    return (py_obj *)it;
}

py_obj *py_sequence_tuple(py_obj *o) {
    int safe = py__take_safe(o); /* see py_list_extend */
    if (PY_IS_TUPLE(o)) return py_incref(o);
    if (PY_IS_LIST(o)) return py_tuple_from(((py_list *)o)->items, PY_LLEN(o));
    py__resume_token = safe ? o : NULL;
    py_obj *l = py_sequence_list(o);
    if (!l) return NULL;
    py_obj *t = py_tuple_from(((py_list *)l)->items, PY_LLEN(l));
    py_decref(l);
    return t;
}

static py_obj *tuple_vnew(py_type *t, py_obj *const *args, size_t nargs, py_obj *kw) {
    int safe = py__take_call_safe();
    py_obj *a[1];
    if (nargs > 1 && !(kw && PY_TLEN(kw))) /* CPython's _PyArg_CheckPositional */
        return py_err_set(py_exc_TypeError, "%s expected at most 1 argument, got %d", "tuple", (int)nargs);
    if (py_args("tuple", args, nargs, kw, 0, 1, NULL, a) < 0) return NULL;
    if (!a[0]) return py_tuple_new(0);
    py__resume_token = safe ? a[0] : NULL;
    return py_sequence_tuple(a[0]);
}

static py_obj *seq_count(py_obj *const *items, size_t n, py_obj *v) {
    int64_t c = 0;
    for (size_t i = 0; i < n; i++) {
        int e = py_eq(items[i], v);
        if (e < 0) return NULL;
        c += e;
    }
    return py_int(c);
}
/* safe: index() was called straight from the evaluator, __eq__ may suspend (eval.c) */
static py_obj *seq_find(py_obj *const *items, size_t n, py_obj *const *args, size_t nargs, const char *what, int safe) {
    if (nargs < 1) return py_err_set(py_exc_TypeError, "index expected at least 1 argument, got 0");
    if (nargs > 3) return py_err_set(py_exc_TypeError, "index expected at most 3 arguments, got %d", (int)nargs);
    int64_t start = 0, stop = (int64_t)n;
    int ok;
    if (nargs > 1) { start = py__slice_index(args[1], 0, &ok); if (!ok) return NULL; if (start < 0) { start += (int64_t)n; if (start < 0) start = 0; } }
    if (nargs > 2) { stop = py__slice_index(args[2], 0, &ok); if (!ok) return NULL; if (stop < 0) stop += (int64_t)n; }
    for (int64_t i = start; i < stop && i < (int64_t)n; i++) {
        py__resume_token = safe ? items[i] : NULL;
        int e = py_eq(items[i], args[0]);
        if (e < 0) return NULL;
        if (e) return py_int(i);
    }
    if (!strcmp(what, "list")) {
        py_obj *r = py_repr(args[0]);
        if (!r) return NULL;
        py_err_set(py_exc_ValueError, "%U is not in list", r);
        py_decref(r);
        return NULL;
    }
    return py_err_set(py_exc_ValueError, "tuple.index(x): x not in tuple");
}
M(tuple_count) { if (nargs != 1) return py_err_set(py_exc_TypeError, "tuple.count() takes exactly one argument (%d given)", (int)nargs); return seq_count(((py_tuple *)self)->items, PY_TLEN(self), args[0]); }
M(tuple_index) { return seq_find(((py_tuple *)self)->items, PY_TLEN(self), args, nargs, "tuple", py__take_call_safe()); }
static const py_methoddef tuple_methods[] = { { "count", tuple_count, PY_METH_NOKW }, { "index", tuple_index, PY_METH_NOKW },
    { "__class_getitem__", py__class_getitem, PY_METH_CLASS }, { NULL, NULL, 0 } };

py_type py_tuple_type = { {IMM, &py_type_type}, "tuple", .size = sizeof(py_tuple), .dealloc = tuple_dealloc,
    .repr = tuple_repr, .hash = tuple_hash, .len = tuple_len, .richcmp = tuple_richcmp, .getitem = tuple_getitem,
    .contains = tuple_contains, .iter = tuple_iter, .vnew = tuple_vnew, .methods = tuple_methods, .flags = PY_TF_BASETYPE | PY_TF_HOLDS };

/* ---- list ------------------------------------------------------------------------- */

py_obj *py_list_new(size_t n) {
    py_list *l = (py_list *)py_alloc(&py_list_type);
    if (!l) return NULL;
    if (n) {
        l->items = calloc(n, sizeof(py_obj *));
        if (!l->items) { py_decref(l); return py_err_nomem(); }
    }
    l->n = l->cap = n;
    return (py_obj *)l;
}
static int list_reserve(py_list *l, size_t need) {
    if (need <= l->cap) return 0;
    size_t cap = l->cap < 4 ? 4 : l->cap + (l->cap >> 1);
    if (cap < need) cap = need;
    py_obj **it = realloc(l->items, cap * sizeof(py_obj *));
    if (!it) { py_err_nomem(); return -1; }
    l->items = it;
    l->cap = cap;
    return 0;
}
int py_list_append(py_obj *o, py_obj *v) {
    py_list *l = (py_list *)o;
    if (list_reserve(l, l->n + 1) < 0) return -1;
    l->items[l->n++] = py_incref(v);
    return 0;
}
/* The iteration of list(), tuple(), sorted(), str.join(), list.extend():
 * announced for iterable (eval.c, "Suspending under Asyncify"), the
 * generator, map or __next__ it runs may suspend. */
int py_list_extend(py_obj *o, py_obj *iterable) {
    int safe = py__take_safe(iterable);
    if (PY_IS_LIST(iterable) || PY_IS_TUPLE(iterable)) {
        size_t n = PY_IS_LIST(iterable) ? PY_LLEN(iterable) : PY_TLEN(iterable);
        py_list *l = (py_list *)o;
        if (list_reserve(l, l->n + n) < 0) return -1;
        /* (after the reserve: x.extend(x) reads the items it moved) */
        py_obj **src = PY_IS_LIST(iterable) ? ((py_list *)iterable)->items : ((py_tuple *)iterable)->items;
        for (size_t i = 0; i < n; i++) l->items[l->n + i] = py_incref(src[i]);
        l->n += n;
        return 0;
    }
    py__resume_token = safe ? iterable : NULL; /* a class's __iter__ may suspend */
    py_obj *it = py_iter(iterable);
    py__resume_token = NULL;
    if (!it) return -1;
    py_obj *x;
    while ((x = py__next_resumable(it, safe))) {
        int r = py_list_append(o, x);
        py_decref(x);
        if (r < 0) { py_decref(it); return -1; }
    }
    py_decref(it);
    return py_err_occurred() ? -1 : 0;
}
py_obj *py_sequence_list(py_obj *o) {
    int safe = py__take_safe(o);
    py_obj *l = py_list_new(0);
    if (!l) return NULL;
    py__resume_token = safe ? o : NULL;
    if (py_list_extend(l, o) < 0) { py_decref(l); return NULL; }
    return l;
}
static void list_dealloc(py_obj *o) {
    py_list *l = (py_list *)o;
    for (size_t i = l->n; i-- > 0;) py_xdecref(l->items[i]);
    free(l->items);
    free(o);
}
static py_obj *list_repr(py_obj *o) {
    int safe = py__take_safe(o);
    if (repr_enter(o)) { repr_n--; return py_str_c("[...]"); }
    /* items may change while repr runs: copy */
    py_obj *t = py_tuple_from(((py_list *)o)->items, PY_LLEN(o));
    py_obj *r = t ? seq_repr(((py_tuple *)t)->items, PY_TLEN(t), "[", "]", 0, safe) : NULL;
    py_xdecref(t);
    repr_leave();
    return r;
}
static int64_t list_len(py_obj *o) { return (int64_t)PY_LLEN(o); }
static py_obj *list_richcmp(py_obj *a, py_obj *b, int op) {
    int safe = py__take_safe(a);
    if (!PY_IS_LIST(b)) return py_incref(PY_NOTIMPL);
    return seq_richcmp(((py_list *)a)->items, PY_LLEN(a), ((py_list *)b)->items, PY_LLEN(b), op, safe);
}
static py_obj *list_getitem(py_obj *o, py_obj *k) {
    py_list *l = (py_list *)o;
    if (PY_TYPE(k) == &py_slice_type) return seq_slice(l->items, l->n, k, 1);
    int64_t i;
    if (seq_index(k, (int64_t)l->n, &i, "list") < 0) return NULL;
    return py_incref(l->items[i]);
}
static int list_ass_slice(py_list *l, py_obj *k, py_obj *v) {
    int64_t start, stop, step, len;
    if (py_slice_indices(k, (int64_t)l->n, &start, &stop, &step, &len) < 0) return -1;
    if (step != 1) {
        if (!v) {
            /* delete extended slice */
            char *del = calloc(l->n ? l->n : 1, 1);
            for (int64_t i = 0, j = start; i < len; i++, j += step) del[j] = 1;
            size_t w = 0;
            for (size_t i = 0; i < l->n; i++) {
                if (del[i]) py_decref(l->items[i]);
                else l->items[w++] = l->items[i];
            }
            l->n = w;
            free(del);
            return 0;
        }
        py_obj *seq = py_sequence_list(v);
        if (!seq) return -1;
        if ((int64_t)PY_LLEN(seq) != len) {
            py_err_set(py_exc_ValueError, "attempt to assign sequence of size %d to extended slice of size %d",
                       (int)PY_LLEN(seq), (int)len);
            py_decref(seq);
            return -1;
        }
        for (int64_t i = 0, j = start; i < len; i++, j += step) {
            py_obj *old = l->items[j];
            l->items[j] = py_incref(PY_LITEM(seq, i));
            py_decref(old);
        }
        py_decref(seq);
        return 0;
    }
    if (stop < start) stop = start;
    py_obj *seq = NULL;
    size_t nn = 0;
    if (v) {
        if (v == (py_obj *)l) seq = py_sequence_list(v);
        else seq = py_sequence_list(v);
        if (!seq) {
            if (py_err_matches(py_exc_TypeError)) { py_err_clear(); py_err_set(py_exc_TypeError, "can only assign an iterable"); }
            return -1;
        }
        nn = PY_LLEN(seq);
    }
    size_t old = (size_t)(stop - start);
    py_obj **removed = old ? malloc(old * sizeof(py_obj *)) : NULL;
    if (old) memcpy(removed, l->items + start, old * sizeof(py_obj *));
    if (nn > old && list_reserve(l, l->n + nn - old) < 0) { free(removed); py_xdecref(seq); return -1; }
    if (l->n > (size_t)stop) memmove(l->items + start + nn, l->items + stop, (l->n - (size_t)stop) * sizeof(py_obj *));
    for (size_t i = 0; i < nn; i++) l->items[start + (int64_t)i] = py_incref(PY_LITEM(seq, i));
    l->n = l->n - old + nn;
    for (size_t i = old; i-- > 0;) py_decref(removed[i]); /* last first, as CPython's list_ass_slice */
    free(removed);
    py_xdecref(seq);
    return 0;
}
static int list_setitem(py_obj *o, py_obj *k, py_obj *v) {
    py_list *l = (py_list *)o;
    if (PY_TYPE(k) == &py_slice_type) return list_ass_slice(l, k, v);
    int64_t i;
    if (!PY_IS_INT(k) && !(k->type->flags & PY_TF_HEAP)) {
        py_err_set(py_exc_TypeError, "list indices must be integers or slices, not %s", py_type_name(k));
        return -1;
    }
    int ok;
    i = py_index(k, &ok);
    if (!ok) return -1;
    if (i < 0) i += (int64_t)l->n;
    if (i < 0 || i >= (int64_t)l->n) {
        py_err_set(py_exc_IndexError, v ? "list assignment index out of range" : "list assignment index out of range");
        return -1;
    }
    py_obj *old = l->items[i];
    if (v) l->items[i] = py_incref(v);
    else {
        memmove(l->items + i, l->items + i + 1, (l->n - (size_t)i - 1) * sizeof(py_obj *));
        l->n--;
    }
    py_decref(old);
    return 0;
}
static int list_contains(py_obj *o, py_obj *v) {
    int safe = py__take_safe(o); /* `in`: __eq__ may suspend (py_contains) */
    py_list *l = (py_list *)o;
    for (size_t i = 0; i < l->n; i++) {
        py__resume_token = safe ? l->items[i] : NULL;
        int e = py_eq(l->items[i], v);
        if (e) return e;
    }
    return 0;
}
static py_obj *list_iter_next(py_obj *o) {
    seq_iter *it = (seq_iter *)o;
    if (!it->seq || it->i >= PY_LLEN(it->seq)) { PY_CLEAR(it->seq); return NULL; }
    return py_incref(PY_LITEM(it->seq, it->i++));
}
static py_type list_iter_type = { {IMM, &py_type_type}, "list_iterator", .size = sizeof(seq_iter),
    .dealloc = seq_iter_dealloc, .iter = self_iter, .next = list_iter_next, .flags = PY_TF_PLAIN_NEXT };
static py_obj *list_iter(py_obj *o) {
    seq_iter *it = (seq_iter *)py_alloc(&list_iter_type);
    if (!it) return NULL;
    it->seq = py_incref(o);
    return (py_obj *)it;
}
/* What a built-in iterator has left (its __length_hint__ in CPython: a
 * list's, tuple's, range's, str's, dict's, a reversed list's), or -1
 * for another object (operator.length_hint). */
static int64_t other_iter_left(py_obj *o);
int64_t py__seq_iter_left(py_obj *o) {
    if (PY_TYPE(o) != &list_iter_type && PY_TYPE(o) != &tuple_iter_type) return other_iter_left(o);
    seq_iter *it = (seq_iter *)o;
    if (!it->seq) return 0;
    size_t n = PY_TYPE(o) == &list_iter_type ? PY_LLEN(it->seq) : PY_TLEN(it->seq);
    return it->i < n ? (int64_t)(n - it->i) : 0;
}
static py_obj *list_vnew(py_type *t, py_obj *const *args, size_t nargs, py_obj *kw) {
    int safe = py__take_call_safe(); /* a generator it runs may suspend (eval.c) */
    py_obj *a[1];
    if (nargs > 1 && !(kw && PY_TLEN(kw))) /* CPython's _PyArg_CheckPositional */
        return py_err_set(py_exc_TypeError, "%s expected at most 1 argument, got %d", "list", (int)nargs);
    if (py_args("list", args, nargs, kw, 0, 1, NULL, a) < 0) return NULL;
    if (!a[0]) return py_list_new(0);
    py__resume_token = safe ? a[0] : NULL;
    return py_sequence_list(a[0]);
}

M(list_append) {
    if (nargs != 1 || kw) return py_err_set(py_exc_TypeError, "list.append() takes exactly one argument (%d given)", (int)nargs);
    if (py_list_append(self, args[0]) < 0) return NULL;
    return py_none();
}
M(list_extend) {
    int safe = py__take_call_safe();
    if (nargs != 1) return py_err_set(py_exc_TypeError, "list.extend() takes exactly one argument (%d given)", (int)nargs);
    py__resume_token = safe ? args[0] : NULL;
    if (py_list_extend(self, args[0]) < 0) return NULL;
    return py_none();
}
M(list_insert) {
    if (nargs != 2) return py_err_set(py_exc_TypeError, "insert expected 2 arguments, got %d", (int)nargs);
    int ok;
    int64_t i = py_index(args[0], &ok);
    if (!ok) return NULL;
    py_list *l = (py_list *)self;
    if (i < 0) { i += (int64_t)l->n; if (i < 0) i = 0; }
    if (i > (int64_t)l->n) i = (int64_t)l->n;
    if (list_reserve(l, l->n + 1) < 0) return NULL;
    memmove(l->items + i + 1, l->items + i, (l->n - (size_t)i) * sizeof(py_obj *));
    l->items[i] = py_incref(args[1]);
    l->n++;
    return py_none();
}
M(list_pop) {
    py_list *l = (py_list *)self;
    int64_t i = (int64_t)l->n - 1;
    if (nargs > 1) return py_err_set(py_exc_TypeError, "pop expected at most 1 argument, got %d", (int)nargs);
    if (nargs) { int ok; i = py_index(args[0], &ok); if (!ok) return NULL; if (i < 0) i += (int64_t)l->n; }
    if (l->n == 0) return py_err_set(py_exc_IndexError, "pop from empty list");
    if (i < 0 || i >= (int64_t)l->n) return py_err_set(py_exc_IndexError, "pop index out of range");
    py_obj *v = l->items[i];
    memmove(l->items + i, l->items + i + 1, (l->n - (size_t)i - 1) * sizeof(py_obj *));
    l->n--;
    return v;
}
M(list_remove) {
    if (nargs != 1) return py_err_set(py_exc_TypeError, "list.remove() takes exactly one argument (%d given)", (int)nargs);
    py_list *l = (py_list *)self;
    for (size_t i = 0; i < l->n; i++) {
        int e = py_eq(l->items[i], args[0]);
        if (e < 0) return NULL;
        if (e) {
            py_obj *v = l->items[i];
            memmove(l->items + i, l->items + i + 1, (l->n - i - 1) * sizeof(py_obj *));
            l->n--;
            py_decref(v);
            return py_none();
        }
    }
    return py_err_set(py_exc_ValueError, "list.remove(x): x not in list");
}
M(list_index) { return seq_find(((py_list *)self)->items, PY_LLEN(self), args, nargs, "list", py__take_call_safe()); }
M(list_count) { if (nargs != 1) return py_err_set(py_exc_TypeError, "list.count() takes exactly one argument (%d given)", (int)nargs); return seq_count(((py_list *)self)->items, PY_LLEN(self), args[0]); }
M(list_clear) {
    py_list *l = (py_list *)self;
    py_obj **items = l->items;
    size_t n = l->n;
    l->items = NULL;
    l->n = l->cap = 0;
    for (size_t i = n; i-- > 0;) py_decref(items[i]); /* last first, as CPython's _list_clear */
    free(items);
    return py_none();
}
M(list_copy) { return py_sequence_list(self); }
M(list_reverse) {
    py_list *l = (py_list *)self;
    for (size_t i = 0, j = l->n ? l->n - 1 : 0; i < j; i++, j--) { py_obj *t = l->items[i]; l->items[i] = l->items[j]; l->items[j] = t; }
    return py_none();
}
/* CPython's words for sort()'s and sorted()'s keywords (Argument Clinic's) */
int py__sort_kw_check(py_obj *kw) {
    size_t nk = kw ? PY_TLEN(kw) : 0;
    if (nk > 2) {
        py_err_set(py_exc_TypeError, "sort() takes at most 2 keyword arguments (%d given)", (int)nk);
        return -1;
    }
    for (size_t i = 0; i < nk; i++)
        if (!py_str_eqc(PY_TITEM(kw, i), "key") && !py_str_eqc(PY_TITEM(kw, i), "reverse")) {
            py_err_set(py_exc_TypeError, "'%U' is an invalid keyword argument for sort()", PY_TITEM(kw, i));
            return -1;
        }
    return 0;
}
/* sort()'s reverse, an int as CPython's clinic converter 'bool(accept={int})' takes it
   (reverse="yes" or None is a TypeError, not a truth value); -1 on error. */
int py__sort_reverse(py_obj *o) {
    int ok;
    int64_t v = py_index(o, &ok);
    if (!ok) return -1;
    if (v != (int32_t)v) { py_err_set(py_exc_OverflowError, "Python int too large to convert to C int"); return -1; }
    return v != 0;
}
M(list_sort) {
    int safe = py__take_call_safe();
    static const char *const names[] = { "key", "reverse", NULL };
    py_obj *a[2];
    if (py__sort_kw_check(kw) < 0) return NULL;
    if (py_args("sort", args, nargs, kw, 0, 0, names, a) < 0) return NULL;
    int rev = 0;
    if (a[1]) { rev = py__sort_reverse(a[1]); if (rev < 0) return NULL; }
    py__resume_token = safe ? self : NULL;
    if (py_list_sort(self, a[0] == PY_NONE ? NULL : a[0], rev) < 0) return NULL;
    return py_none();
}

/* ---- sorting ------------------------------------------------------------------------------ */

typedef struct { py_obj *key, *val; } sort_item;

/* how: SORT_SAFE if the sort was announced, and __lt__ may suspend (see
 * py_list_sort); and, when every key is an exact str, a machine-size int
 * or a float, the kind, compared here without a call, as CPython's sort
 * does after its pre-sort check of the keys' types (unsafe_latin_compare
 * and friends): UTF-8's byte order is the code points' order. */
enum { SORT_SAFE = 1, SORT_STR = 2, SORT_INT = 4, SORT_FLOAT = 6, SORT_KIND = 6 };

static int lt(sort_item *a, sort_item *b, int how) {
    switch (how & SORT_KIND) {
    case SORT_INT: return ((py_intobj *)a->key)->v < ((py_intobj *)b->key)->v;
    case SORT_FLOAT: return ((py_floatobj *)a->key)->v < ((py_floatobj *)b->key)->v;
    case SORT_STR: {
        size_t la = py_slen(a->key), lb = py_slen(b->key);
        int c = memcmp(py_s(a->key), py_s(b->key), la < lb ? la : lb);
        return c ? c < 0 : la < lb;
    }
    }
    py__resume_token = how & SORT_SAFE ? a->key : NULL;
    return py_richcmp_bool(a->key, b->key, PY_LT);
}

static int keys_kind(const sort_item *items, size_t n) {
    if (!n) return 0;
    py_type *t = PY_TYPE(items[0].key);
    if (t != &py_str_type && t != &py_int_type && t != &py_float_type) return 0;
    for (size_t i = 0; i < n; i++) {
        py_obj *k = items[i].key;
        if (PY_TYPE(k) != t || (t == &py_int_type && ((py_intobj *)k)->big)) return 0;
    }
    return t == &py_str_type ? SORT_STR : t == &py_int_type ? SORT_INT : SORT_FLOAT;
}

static int binarysort(sort_item *lo, sort_item *hi, sort_item *start, int how) {
    if (lo == start) start++;
    for (; start < hi; ++start) {
        sort_item *l = lo, *r = start, pivot = *r;
        do {
            sort_item *p = l + ((r - l) >> 1);
            int c = lt(&pivot, p, how);
            if (c < 0) return -1;
            if (c) r = p; else l = p + 1;
        } while (l < r);
        memmove(l + 1, l, (size_t)(start - l) * sizeof(sort_item));
        *l = pivot;
    }
    return 0;
}

static int64_t count_run(sort_item *lo, sort_item *hi, int *desc, int how) {
    *desc = 0;
    ++lo;
    if (lo == hi) return 1;
    int64_t n = 2;
    int c = lt(lo, lo - 1, how);
    if (c < 0) return -1;
    if (c) {
        *desc = 1;
        for (lo = lo + 1; lo < hi; ++lo, ++n) {
            c = lt(lo, lo - 1, how);
            if (c < 0) return -1;
            if (!c) break;
        }
    } else {
        for (lo = lo + 1; lo < hi; ++lo, ++n) {
            c = lt(lo, lo - 1, how);
            if (c < 0) return -1;
            if (c) break;
        }
    }
    return n;
}

static int64_t minrun(int64_t n) {
    int64_t r = 0;
    while (n >= 64) { r |= n & 1; n >>= 1; }
    return n + r;
}

/* The merging of CPython 3.11's listsort (Objects/listobject.c and
 * listsort.txt): runs pushed on a stack and merged by powersort's rule,
 * merges that gallop once one side keeps winning.  The same compares in
 * the same order as CPython's, so a __lt__ that counts or prints, and keys
 * that do not order (nan), give CPython's results. */
enum { MIN_GALLOP = 7 };
typedef struct {
    sort_item *base;        /* the items */
    int64_t n;
    sort_item *tmp;         /* room for the smaller side of a merge */
    int64_t cap;
    int64_t min_gallop;     /* how many wins in a row start galloping */
    int how;                /* lt()'s */
    int npending;
    struct { int64_t start, len; int power; } pending[64];
} sort_state;

static int sort_room(sort_state *st, int64_t need) {
    if (need <= st->cap) return 0;
    free(st->tmp);
    st->tmp = malloc((size_t)need * sizeof(sort_item));
    if (!st->tmp) { st->cap = 0; py_err_nomem(); return -1; }
    st->cap = need;
    return 0;
}

/* Where key goes in the sorted a[0:n], searched from a[hint] out: before
 * any item equal to it (left) or after them (right); -1 if a compare
 * failed. */
static int64_t gallop_left(sort_state *st, sort_item *key, sort_item *a, int64_t n, int64_t hint) {
    int64_t ofs = 1, last = 0, k;
    int c = lt(a + hint, key, st->how);
    if (c < 0) return -1;
    if (c) {                        /* a[hint] < key: out to the right */
        int64_t max = n - hint;
        while (ofs < max) {
            if ((c = lt(a + hint + ofs, key, st->how)) < 0) return -1;
            if (!c) break;
            last = ofs;
            ofs = (ofs << 1) + 1;
        }
        if (ofs > max) ofs = max;
        last += hint;
        ofs += hint;
    } else {                        /* key <= a[hint]: out to the left */
        int64_t max = hint + 1;
        while (ofs < max) {
            if ((c = lt(a + hint - ofs, key, st->how)) < 0) return -1;
            if (c) break;
            last = ofs;
            ofs = (ofs << 1) + 1;
        }
        if (ofs > max) ofs = max;
        k = last;
        last = hint - ofs;
        ofs = hint - k;
    }
    for (++last; last < ofs;) {     /* a[last-1] < key <= a[ofs] */
        int64_t m = last + ((ofs - last) >> 1);
        if ((c = lt(a + m, key, st->how)) < 0) return -1;
        if (c) last = m + 1; else ofs = m;
    }
    return ofs;
}

static int64_t gallop_right(sort_state *st, sort_item *key, sort_item *a, int64_t n, int64_t hint) {
    int64_t ofs = 1, last = 0, k;
    int c = lt(key, a + hint, st->how);
    if (c < 0) return -1;
    if (c) {                        /* key < a[hint]: out to the left */
        int64_t max = hint + 1;
        while (ofs < max) {
            if ((c = lt(key, a + hint - ofs, st->how)) < 0) return -1;
            if (!c) break;
            last = ofs;
            ofs = (ofs << 1) + 1;
        }
        if (ofs > max) ofs = max;
        k = last;
        last = hint - ofs;
        ofs = hint - k;
    } else {                        /* a[hint] <= key: out to the right */
        int64_t max = n - hint;
        while (ofs < max) {
            if ((c = lt(key, a + hint + ofs, st->how)) < 0) return -1;
            if (c) break;
            last = ofs;
            ofs = (ofs << 1) + 1;
        }
        if (ofs > max) ofs = max;
        last += hint;
        ofs += hint;
    }
    for (++last; last < ofs;) {     /* a[last-1] <= key < a[ofs] */
        int64_t m = last + ((ofs - last) >> 1);
        if ((c = lt(key, a + m, st->how)) < 0) return -1;
        if (c) ofs = m; else last = m + 1;
    }
    return ofs;
}

/* Merges a[0:na] and b[0:nb] (b follows a; a[na-1] belongs last, b[0]
 * first), copying the shorter side out: merge_lo when a is, from the
 * front; merge_hi when b is, from the back.  On a failed compare every
 * item is kept, in some order. */
static int merge_lo(sort_state *st, sort_item *a, int64_t na, sort_item *b, int64_t nb) {
    int64_t k, acount, bcount, min_gallop = st->min_gallop;
    int c, rc = 0;
    if (sort_room(st, na) < 0) return -1;
    memcpy(st->tmp, a, (size_t)na * sizeof *a);
    sort_item *dest = a;
    a = st->tmp;
    *dest++ = *b++;
    if (--nb == 0) goto done;
    if (na == 1) goto copy_b;
    for (;;) {
        acount = bcount = 0;
        for (;;) {                  /* one at a time until one side keeps winning */
            if ((c = lt(b, a, st->how)) < 0) goto fail;
            if (c) {
                *dest++ = *b++;
                bcount++, acount = 0;
                if (--nb == 0) goto done;
                if (bcount >= min_gallop) break;
            } else {
                *dest++ = *a++;
                acount++, bcount = 0;
                if (--na == 1) goto copy_b;
                if (acount >= min_gallop) break;
            }
        }
        ++min_gallop;
        do {                        /* galloping, while it pays */
            min_gallop -= min_gallop > 1;
            st->min_gallop = min_gallop;
            if ((k = acount = gallop_right(st, b, a, na, 0)) < 0) goto fail;
            if (k) {
                memcpy(dest, a, (size_t)k * sizeof *a);
                dest += k, a += k, na -= k;
                if (na == 1) goto copy_b;
                if (na == 0) goto done; /* (only if the compares are not consistent) */
            }
            *dest++ = *b++;
            if (--nb == 0) goto done;
            if ((k = bcount = gallop_left(st, a, b, nb, 0)) < 0) goto fail;
            if (k) {
                memmove(dest, b, (size_t)k * sizeof *b);
                dest += k, b += k, nb -= k;
                if (nb == 0) goto done;
            }
            *dest++ = *a++;
            if (--na == 1) goto copy_b;
        } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
        st->min_gallop = ++min_gallop; /* leaving galloping costs */
    }
fail:
    rc = -1;
done:
    if (na) memcpy(dest, a, (size_t)na * sizeof *a);
    return rc;
copy_b:                             /* a's last item goes after the rest of b */
    memmove(dest, b, (size_t)nb * sizeof *b);
    dest[nb] = *a;
    return 0;
}

static int merge_hi(sort_state *st, sort_item *a, int64_t na, sort_item *b, int64_t nb) {
    int64_t k, acount, bcount, min_gallop = st->min_gallop;
    int c, rc = 0;
    if (sort_room(st, nb) < 0) return -1;
    sort_item *dest = b + nb - 1, *basea = a, *baseb = st->tmp;
    memcpy(st->tmp, b, (size_t)nb * sizeof *b);
    b = st->tmp + nb - 1;
    a += na - 1;
    *dest-- = *a--;
    if (--na == 0) goto done;
    if (nb == 1) goto copy_a;
    for (;;) {
        acount = bcount = 0;
        for (;;) {
            if ((c = lt(b, a, st->how)) < 0) goto fail;
            if (c) {
                *dest-- = *a--;
                acount++, bcount = 0;
                if (--na == 0) goto done;
                if (acount >= min_gallop) break;
            } else {
                *dest-- = *b--;
                bcount++, acount = 0;
                if (--nb == 1) goto copy_a;
                if (bcount >= min_gallop) break;
            }
        }
        ++min_gallop;
        do {
            min_gallop -= min_gallop > 1;
            st->min_gallop = min_gallop;
            if ((k = gallop_right(st, b, basea, na, na - 1)) < 0) goto fail;
            k = acount = na - k;
            if (k) {
                dest -= k, a -= k;
                memmove(dest + 1, a + 1, (size_t)k * sizeof *a);
                if ((na -= k) == 0) goto done;
            }
            *dest-- = *b--;
            if (--nb == 1) goto copy_a;
            if ((k = gallop_left(st, a, baseb, nb, nb - 1)) < 0) goto fail;
            k = bcount = nb - k;
            if (k) {
                dest -= k, b -= k;
                memcpy(dest + 1, b + 1, (size_t)k * sizeof *b);
                nb -= k;
                if (nb == 1) goto copy_a;
                if (nb == 0) goto done; /* (only if the compares are not consistent) */
            }
            *dest-- = *a--;
            if (--na == 0) goto done;
        } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
        st->min_gallop = ++min_gallop;
    }
fail:
    rc = -1;
done:
    if (nb) memcpy(dest - (nb - 1), baseb, (size_t)nb * sizeof *baseb);
    return rc;
copy_a:                             /* b's first item goes before the rest of a */
    memmove(dest + 1 - na, a + 1 - na, (size_t)na * sizeof *a);
    dest[-na] = *b;
    return 0;
}

/* Merges the pending runs i and i + 1. */
static int merge_at(sort_state *st, int i) {
    sort_item *a = st->base + st->pending[i].start, *b = st->base + st->pending[i + 1].start;
    int64_t na = st->pending[i].len, nb = st->pending[i + 1].len;
    st->pending[i].len = na + nb;
    if (i == st->npending - 3) st->pending[i + 1] = st->pending[i + 2];
    st->npending--;
    int64_t k = gallop_right(st, b, a, na, 0); /* a's items before b[0] stay */
    if (k < 0) return -1;
    a += k, na -= k;
    if (na == 0) return 0;
    nb = gallop_left(st, a + na - 1, b, nb, nb - 1); /* and b's after a's last */
    if (nb <= 0) return (int)nb;
    return na <= nb ? merge_lo(st, a, na, b, nb) : merge_hi(st, a, na, b, nb);
}

/* Powersort's depth of the node between the runs [s1, s1+n1) and
 * [s1+n1, s1+n1+n2) of n items: the first bit where their midpoints'
 * binary fractions of n differ. */
static int sort_power(int64_t s1, int64_t n1, int64_t n2, int64_t n) {
    int power = 0;
    int64_t a = 2 * s1 + n1, b = a + n1 + n2; /* twice the midpoints */
    for (;;) {
        ++power;
        if (a >= n) a -= n, b -= n;
        else if (b >= n) break;
        a <<= 1, b <<= 1;
    }
    return power;
}

/* A new run of n2 items follows the last pending one: merge what lies
 * deeper than their node first. */
static int sort_new_run(sort_state *st, int64_t n2) {
    if (st->npending) {
        int top = st->npending - 1;
        int power = sort_power(st->pending[top].start, st->pending[top].len, n2, st->n);
        while (st->npending > 1 && st->pending[st->npending - 2].power > power)
            if (merge_at(st, st->npending - 2) < 0) return -1;
        st->pending[st->npending - 1].power = power;
    }
    return 0;
}

/* Announced for o (eval.c, "Suspending under Asyncify"), the key
 * function and __lt__ may suspend. */
int py_list_sort(py_obj *o, py_obj *keyf, int reverse) {
    int safe = py__take_safe(o);
    py_list *l = (py_list *)o;
    size_t n = l->n;
    if (n < 2 && !keyf) return 0; /* a key is called even for one item */
    sort_item *items = malloc(n * sizeof(sort_item));
    if (!items) { py_err_nomem(); return -1; }
    /* Take the items out, as CPython empties the list while it sorts. */
    py_obj **saved = l->items;
    l->items = NULL;
    l->n = l->cap = 0;
    int rc = 0;
    size_t nkeys = 0;
    for (size_t i = 0; i < n; i++) items[i].val = items[i].key = saved[i];
    for (size_t i = 0; i < n; i++) {
        if (keyf) {
            items[i].key = py__call_resumable(keyf, &saved[i], 1, safe);
            if (!items[i].key) { rc = -1; break; }
            nkeys++;
        } else items[i].key = saved[i];
    }
    /* reversed only once every key is made, and back at the end, as
     * CPython's list_sort_impl (a key that fails leaves the order alone) */
    int flip = rc == 0 && reverse && n > 1;
    if (flip)
        for (size_t i = 0, j = n - 1; i < j; i++, j--) { sort_item t = items[i]; items[i] = items[j]; items[j] = t; }
    if (rc == 0) {
        sort_state st = { .base = items, .n = (int64_t)n, .min_gallop = MIN_GALLOP, .how = safe | keys_kind(items, n) };
        int64_t mr = minrun((int64_t)n), left = (int64_t)n;
        sort_item *lo = items;
        while (left) {
            int desc;
            int64_t r = count_run(lo, lo + left, &desc, st.how);
            if (r < 0) { rc = -1; break; }
            if (desc)
                for (sort_item *i = lo, *j = lo + r - 1; i < j; i++, j--) { sort_item t = *i; *i = *j; *j = t; }
            if (r < mr) { /* short: made minrun long by binary insertion */
                int64_t force = left <= mr ? left : mr;
                if (binarysort(lo, lo + force, lo + r, st.how) < 0) { rc = -1; break; }
                r = force;
            }
            if (sort_new_run(&st, r) < 0) { rc = -1; break; }
            st.pending[st.npending].start = lo - items;
            st.pending[st.npending++].len = r;
            lo += r;
            left -= r;
        }
        while (rc == 0 && st.npending > 1) { /* the rest, as CPython's merge_force_collapse */
            int i = st.npending - 2;
            if (i > 0 && st.pending[i - 1].len < st.pending[i + 1].len) i--;
            if (merge_at(&st, i) < 0) rc = -1;
        }
        free(st.tmp);
    }
    if (flip)
        for (size_t i = 0, j = n - 1; i < j; i++, j--) { sort_item t = items[i]; items[i] = items[j]; items[j] = t; }
    for (size_t i = 0; i < n; i++) saved[i] = items[i].val;
    if (keyf) for (size_t i = 0; i < nkeys; i++) py_decref(items[i].key);
    free(items);
    /* anything appended while sorting is dropped, as CPython reports */
    if (l->items) {
        for (size_t i = 0; i < l->n; i++) py_decref(l->items[i]);
        free(l->items);
        if (rc == 0) { py_err_set(py_exc_ValueError, "list modified during sort"); rc = -1; }
    }
    l->items = saved;
    l->n = l->cap = n;
    return rc;
}

/* list.__init__: a class derived from list (object.c's type_call_heap), super().__init__(...) */
M(list_init) {
    int safe = py__take_call_safe(); /* a generator it runs may suspend (eval.c) */
    py_obj *a[1];
    if (kw && PY_TLEN(kw)) return py_err_set(py_exc_TypeError, "list() takes no keyword arguments");
    if (nargs > 1) return py_err_set(py_exc_TypeError, "list expected at most 1 argument, got %d", (int)nargs);
    if (py_args("list", args, nargs, kw, 0, 1, NULL, a) < 0) return NULL;
    py_list *l = (py_list *)self;
    while (l->n) py_decref(l->items[--l->n]);
    if (a[0]) py__resume_token = safe ? a[0] : NULL;
    if (a[0] && py_list_extend(self, a[0]) < 0) return NULL;
    return py_none();
}
static const py_methoddef list_methods[] = {
    { "__init__", list_init, 0 }, { "__class_getitem__", py__class_getitem, PY_METH_CLASS },
    { "append", list_append, PY_METH_NOKW }, { "extend", list_extend, PY_METH_NOKW }, { "insert", list_insert, PY_METH_NOKW },
    { "pop", list_pop, PY_METH_NOKW }, { "remove", list_remove, PY_METH_NOKW }, { "index", list_index, PY_METH_NOKW },
    { "count", list_count, PY_METH_NOKW }, { "clear", list_clear, PY_METH_NOARGS }, { "copy", list_copy, PY_METH_NOARGS },
    { "reverse", list_reverse, PY_METH_NOARGS }, { "sort", list_sort, 0 },
    { NULL, NULL, 0 },
};
py_type py_list_type = { {IMM, &py_type_type}, "list", .size = sizeof(py_list), .dealloc = list_dealloc,
    .repr = list_repr, .len = list_len, .richcmp = list_richcmp, .getitem = list_getitem, .setitem = list_setitem,
    .contains = list_contains, .iter = list_iter, .vnew = list_vnew, .methods = list_methods, .flags = PY_TF_BASETYPE | PY_TF_HOLDS };

/* ---- sequence operators -------------------------------------------------------------------- */

static py_obj *repeat(py_obj *const *items, size_t n, py_obj *times, int as_list) {
    int ok;
    int64_t k = py_index_ex(times, &ok, py_exc_OverflowError);
    if (!ok) return NULL;
    if (k < 0) k = 0;
    if (n && (uint64_t)k > ((uint64_t)1 << 40) / n) return py_err_nomem();
    size_t total = n * (size_t)k;
    py_obj *r = as_list ? py_list_new(total) : py_tuple_new(total);
    if (!r) return NULL;
    py_obj **dst = as_list ? ((py_list *)r)->items : ((py_tuple *)r)->items;
    for (size_t i = 0; i < total; i++) dst[i] = py_incref(items[i % n]);
    return r;
}

static py_obj *set_binop(py_obj *a, py_obj *b, int op);
static py_obj *dict_or(py_obj *a, py_obj *b);

static int is_set_view(py_obj *o);
static py_type *set_base(py_obj *o);
/* a tuple, or a built-in type's tuple with named fields (sys.version_info, time.struct_time) */
#define TUPLE_LIKE(o) (PY_CHECK_TUPLE(o) || (PY_TYPE(o)->base == &py_tuple_type && !(PY_TYPE(o)->flags & PY_TF_HEAP)))
#define REPEATABLE(o) (PY_CHECK_STR(o) || PY_CHECK_LIST(o) || TUPLE_LIKE(o) || PY_BYTES_LIKE(o))
#define INDEXABLE(o) (PY_CHECK_INT(o) || ((o)->type->flags & PY_TF_HEAP && py_type_lookup_s((o)->type, "__index__")))
py_obj *py__seq_binop(py_obj *a, py_obj *b, int op) {
    if (op == PYAST_Add) {
        if (PY_CHECK_STR(a) && PY_CHECK_STR(b)) return py_str_concat(a, b);
        if (PY_CHECK_LIST(a) && PY_CHECK_LIST(b)) {
            py_obj *r = py_list_new(0);
            if (!r || py_list_extend(r, a) < 0 || py_list_extend(r, b) < 0) { py_xdecref(r); return NULL; }
            return r;
        }
        if (TUPLE_LIKE(a) && TUPLE_LIKE(b)) {
            size_t na = PY_TLEN(a), nb = PY_TLEN(b);
            /* t + () is t, () + t is t (exact tuples), as CPython's */
            if (!nb && PY_TYPE(a) == &py_tuple_type) return py_incref(a);
            if (!na && PY_TYPE(b) == &py_tuple_type) return py_incref(b);
            py_obj *r = py_tuple_new(na + nb);
            if (!r) return NULL;
            for (size_t i = 0; i < na; i++) PY_TITEM(r, i) = py_incref(PY_TITEM(a, i));
            for (size_t i = 0; i < nb; i++) PY_TITEM(r, na + i) = py_incref(PY_TITEM(b, i));
            return r;
        }
        if (PY_IS_BYTEARRAY(a)) return py__bytearray_concat(a, b, 0); /* a bytearray, with bytes or a bytearray */
        const unsigned char *ys;
        size_t yn;
        if (PY_TYPE(a) == &py_bytes_type && py__bytes_like(b, &ys, &yn)) { /* bytes, with a bytearray too */
            py_bytes *x = (py_bytes *)a;
            char *buf = malloc(x->len + yn + 1);
            if (!buf) return py_err_nomem();
            memcpy(buf, x->s, x->len);
            if (yn) memcpy(buf + x->len, ys, yn);
            py_obj *r = py_bytes_new(buf, x->len + yn);
            free(buf);
            return r;
        }
    } else if (op == PYAST_Mult) {
        /* CPython's sequence_repeat: a count is an int or has __index__ (a's repeat tried first) */
        py_obj *seq = NULL, *n = NULL;
        if (REPEATABLE(a) && INDEXABLE(b)) { seq = a; n = b; }
        else if (!REPEATABLE(a) && REPEATABLE(b) && INDEXABLE(a)) { seq = b; n = a; }
        if (seq && PY_IS_BYTEARRAY(seq)) return py__bytearray_repeat(seq, n, 0);
        if (seq && PY_TYPE(seq) == &py_bytes_type) {
            int ok;
            int64_t k = py_index_ex(n, &ok, py_exc_OverflowError);
            if (!ok) return NULL;
            py_bytes *x = (py_bytes *)seq;
            if (x->len && k > INT64_MAX / (int64_t)x->len)
                return py_err_set(py_exc_OverflowError, "repeated bytes are too long");
            if (x->len && k > ((int64_t)1 << 40) / (int64_t)x->len) return py_err_nomem();
            py_buf buf = {0};
            for (int64_t i = 0; i < k; i++) py_buf_put(&buf, (const char *)x->s, x->len);
            py_obj *r = py_bytes_new(buf.data ? buf.data : "", buf.len);
            py_buf_free(&buf);
            return r;
        }
        if (seq) {
            int over = 0;
            /* t * 1 is t, s * 1 is s (exact tuples and strs), as CPython's */
            if ((PY_TYPE(seq) == &py_tuple_type || PY_TYPE(seq) == &py_str_type) && PY_CHECK_INT(n) && py_int_val(n, &over) == 1 && !over)
                return py_incref(seq);
            if (PY_CHECK_LIST(seq)) return repeat(((py_list *)seq)->items, PY_LLEN(seq), n, 1);
            if (TUPLE_LIKE(seq)) return repeat(((py_tuple *)seq)->items, PY_TLEN(seq), n, 0);
            int ok;
            int64_t k = py_index_ex(n, &ok, py_exc_OverflowError);
            if (!ok) return NULL;
            int64_t len = (int64_t)((py_strobj *)seq)->n; /* CPython counts code points */
            if (len && k > INT64_MAX / len) return py_err_set(py_exc_OverflowError, "repeated string is too long");
            if (len && k > ((int64_t)1 << 40) / len) return py_err_nomem();
            py_buf buf = {0};
            for (int64_t i = 0; i < k; i++) py_buf_put(&buf, py_s(seq), py_slen(seq));
            if (!buf.data) return py_str_new("", 0);
            return py_str_from_buf(&buf);
        }
    } else if (op == PYAST_Mod && PY_CHECK_STR(a)) {
        return py_str_percent(a, b);
    } else if (PY_CHECK_SET(a) && PY_CHECK_SET(b)) {
        return set_binop(a, b, op);
    } else if ((op == PYAST_BitAnd || op == PYAST_BitOr || op == PYAST_Sub || op == PYAST_BitXor) &&
               (is_set_view(a) || is_set_view(b))) {
        /* keys and items views are set-like: the operation on set(a) and set(b) */
        py_obj *x = py_set_new(&py_set_type, a), *y = x ? py_set_new(&py_set_type, b) : NULL;
        py_obj *r = y ? set_binop(x, y, op) : NULL;
        py_xdecref(x);
        py_xdecref(y);
        return r;
    } else if (op == PYAST_BitOr && PY_CHECK_DICT(a) && PY_CHECK_DICT(b)) {
        return dict_or(a, b);
    }
    return py_incref(PY_NOTIMPL);
}

static int set_update(py_obj *s, py_obj *other);
static int set_discard_key(py_obj *s, py_obj *key);
static int set_difference_update1(py_obj *so, py_obj *other);

/* CPython's set_swap_bodies: x takes y's table, y x's (the small table lives inside the object) */
static void set_swap_bodies(py_set *x, py_set *y) {
    py_set tmp = *x;
    x->fill = y->fill; x->used = y->used; x->mask = y->mask;
    if (y->table == y->small) { memcpy(x->small, y->small, sizeof x->small); x->table = x->small; }
    else x->table = y->table;
    y->fill = tmp.fill; y->used = tmp.used; y->mask = tmp.mask;
    if (tmp.table == x->small) { memcpy(y->small, tmp.small, sizeof y->small); y->table = y->small; }
    else y->table = tmp.table;
    x->version++;
}
static py_obj *set_symmetric_difference_update(py_obj *self, py_obj *const *args, size_t nargs, py_obj *kw);
py_obj *py__seq_inplace(py_obj *a, py_obj *b, int op) {
    if (PY_IS_BYTEARRAY(a) && op == PYAST_Add) return py__bytearray_concat(a, b, 1);
    if (PY_IS_BYTEARRAY(a) && op == PYAST_Mult && INDEXABLE(b)) return py__bytearray_repeat(a, b, 1);
    if (PY_CHECK_LIST(a) && op == PYAST_Add) {
        if (py_list_extend(a, b) < 0) return NULL;
        return py_incref(a);
    }
    if (PY_CHECK_LIST(a) && op == PYAST_Mult && INDEXABLE(b)) {
        py_obj *r = repeat(((py_list *)a)->items, PY_LLEN(a), b, 1);
        if (!r) return NULL;
        py_list *x = (py_list *)a, *y = (py_list *)r;
        py_obj **t = x->items; size_t n = x->n;
        x->items = y->items; x->n = y->n; x->cap = y->cap;
        y->items = t; y->n = n; y->cap = n;
        py_decref(r);
        return py_incref(a);
    }
    if (set_base(a) == &py_set_type && PY_CHECK_SET(b) && (op == PYAST_BitOr || op == PYAST_BitAnd || op == PYAST_Sub || op == PYAST_BitXor)) {
        if (op == PYAST_BitOr) {
            if (set_update(a, b) < 0) return NULL;
            return py_incref(a);
        }
        if (op == PYAST_Sub) return set_difference_update1(a, b) < 0 ? NULL : py_incref(a);
        if (op == PYAST_BitXor) { /* in place, as CPython's set_ixor */
            py_obj *r = set_symmetric_difference_update(a, &b, 1, NULL);
            if (!r) return NULL;
            py_decref(r);
            return py_incref(a);
        }
        py_obj *r = set_binop(a, b, op);
        if (!r) return NULL;
        set_swap_bodies((py_set *)a, (py_set *)r);
        py_decref(r);
        return py_incref(a);
    }
    if (PY_CHECK_DICT(a) && op == PYAST_BitOr) {
        if (py_dict_update(a, b) < 0) return NULL;
        return py_incref(a);
    }
    return py_incref(PY_NOTIMPL);
}

/* ---- dict ------------------------------------------------------------------------------------ */

#define DKIX_EMPTY (-1)
#define DKIX_DUMMY (-2)
#define PERTURB_SHIFT 5

py_obj *py_dict_new(void) {
    py_dict *d = (py_dict *)py_alloc(&py_dict_type);
    return (py_obj *)d;
}

static int dict_resize(py_dict *d, size_t minsize) {
    size_t size = 8;
    while (size < minsize) size <<= 1;
    int32_t *index = malloc(size * sizeof(int32_t));
    size_t cap = size * 2 / 3;
    py_dentry *entries = malloc(cap * sizeof(py_dentry));
    if (!index || !entries) { free(index); free(entries); py_err_nomem(); return -1; }
    for (size_t i = 0; i < size; i++) index[i] = DKIX_EMPTY;
    size_t n = 0;
    for (size_t i = 0; i < d->nentries; i++) {
        if (!d->entries[i].key) continue;
        entries[n] = d->entries[i];
        uint64_t perturb = (uint64_t)entries[n].hash;
        size_t j = (size_t)entries[n].hash & (size - 1);
        while (index[j] != DKIX_EMPTY) {
            perturb >>= PERTURB_SHIFT;
            j = (j * 5 + (size_t)perturb + 1) & (size - 1);
        }
        index[j] = (int32_t)n;
        n++;
    }
    free(d->index);
    free(d->entries);
    d->index = index;
    d->entries = entries;
    d->mask = size - 1;
    d->cap = cap;
    d->nentries = n;
    return 0;
}

/* A key's hash: a str's cached one read here (a module's names, LOAD_NAME
 * and STORE_NAME of a loop at top level), else py_hash. */
static inline int64_t key_hash(py_obj *key) {
    if (PY_TYPE(key) == &py_str_type && ((py_strobj *)key)->hash != -1) return ((py_strobj *)key)->hash;
    return py_hash(key);
}

/* Finds key: returns the entry index or -1; *slot gets the index slot
 * (where to insert when missing).  -2 on error.  safe: announced (eval.c,
 * "Suspending under Asyncify"), a stored key's __eq__ on a collision may
 * suspend: dict_lookup_safe, instrumented, is this loop's copy for the
 * announced callers (dict_getitem, dict_setitem, dict_contains, get()),
 * dict_lookup the one for every other (not instrumented: it is hot). */
static inline __attribute__((always_inline)) int64_t dict_probe(py_dict *d, py_obj *key, int64_t hash, size_t *slot, int safe) {
    if (!d->index) { *slot = 0; return -1; }
    size_t mask = d->mask;
    size_t i = (size_t)hash & mask;
    uint64_t perturb = (uint64_t)hash;
    int64_t freeslot = -1;
    for (;;) {
        int32_t ix = d->index[i];
        if (ix == DKIX_EMPTY) {
            *slot = freeslot >= 0 ? (size_t)freeslot : i;
            return -1;
        }
        if (ix == DKIX_DUMMY) {
            if (freeslot < 0) freeslot = (int64_t)i;
        } else {
            py_dentry *e = &d->entries[ix];
            if (e->key == key) { *slot = i; return ix; }
            if (e->hash == hash) {
                py_obj *k = e->key;
                py_incref(k);
                int eq;
                if (PY_IS_STR(k) && PY_IS_STR(key))
                    /* two interned strs are the same object or differ */
                    eq = ((py_strobj *)k)->interned && ((py_strobj *)key)->interned ? 0 : py_str_eq(k, key);
                else {
                    if (safe) py__resume_token = k;
                    eq = py_richcmp_bool(k, key, PY_EQ);
                }
                py_decref(k);
                if (eq < 0) return -2;
                if (eq) { *slot = i; return ix; }
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + (size_t)perturb + 1) & mask;
    }
}

static int64_t dict_lookup(py_dict *d, py_obj *key, int64_t hash, size_t *slot) { return dict_probe(d, key, hash, slot, 0); }
static __attribute__((noinline)) int64_t dict_lookup_safe(py_dict *d, py_obj *key, int64_t hash, size_t *slot) {
    return dict_probe(d, key, hash, slot, 1);
}

static py_obj *dict_get_h(py_obj *o, py_obj *key, int64_t h) {
    size_t slot;
    int64_t ix = dict_lookup((py_dict *)o, key, h, &slot);
    if (ix < 0) return NULL;
    return ((py_dict *)o)->entries[ix].value;
}

py_obj *py_dict_get(py_obj *o, py_obj *key) {
    int64_t h = key_hash(key);
    if (h == -1) return NULL;
    return dict_get_h(o, key, h);
}
py_obj *py_dict_get_s(py_obj *o, const char *key) {
    py_obj *k = py_str_intern(key);
    py_obj *v = py_dict_get(o, k);
    py_decref(k);
    return v;
}

/* d[key] = v where the lookup found ix (the entry, -1 missing: slot is
 * where it goes; -2 an error) */
static int dict_store(py_dict *d, py_obj *key, int64_t h, py_obj *v, int64_t ix, size_t slot) {
    if (ix == -2) return -1;
    if (ix >= 0) {
        py_obj *old = d->entries[ix].value;
        d->entries[ix].value = py_incref(v);
        py_decref(old);
        return 0;
    }
    if (!d->index || d->nentries >= d->cap) {
        if (dict_resize(d, d->used * 3 + 1) < 0) return -1;
        /* CPython's find_empty_slot: no dummies now, and no key is compared again */
        uint64_t perturb = (uint64_t)h;
        for (slot = (size_t)h & d->mask; d->index[slot] != DKIX_EMPTY; slot = (slot * 5 + (size_t)perturb + 1) & d->mask)
            perturb >>= PERTURB_SHIFT;
    }
    d->index[slot] = (int32_t)d->nentries;
    py_dentry *e = &d->entries[d->nentries++];
    e->hash = h;
    e->key = py_incref(key);
    e->value = py_incref(v);
    d->used++;
    d->version++;
    return 0;
}
static int dict_set_h(py_obj *o, py_obj *key, int64_t h, py_obj *v) {
    size_t slot;
    int64_t ix = dict_lookup((py_dict *)o, key, h, &slot);
    return dict_store((py_dict *)o, key, h, v, ix, slot);
}
int py_dict_set(py_obj *o, py_obj *key, py_obj *v) {
    int64_t h = key_hash(key);
    if (h == -1) return -1;
    return dict_set_h(o, key, h, v);
}
int py_dict_set_s(py_obj *o, const char *key, py_obj *v) {
    py_obj *k = py_str_intern(key);
    int r = py_dict_set(o, k, v);
    py_decref(k);
    return r;
}
/* Removes the entry ix, at slot of the index (a lookup's). */
static void dict_del_at(py_dict *d, int64_t ix, size_t slot) {
    d->index[slot] = DKIX_DUMMY;
    py_obj *k = d->entries[ix].key, *v = d->entries[ix].value;
    d->entries[ix].key = NULL;
    d->entries[ix].value = NULL;
    d->used--;
    d->version++;
    py_decref(k);
    py_decref(v);
}
int py_dict_del(py_obj *o, py_obj *key) {
    py_dict *d = (py_dict *)o;
    int64_t h = py_hash(key);
    if (h == -1) return -1;
    size_t slot;
    int64_t ix = dict_lookup(d, key, h, &slot);
    if (ix == -2) return -1;
    if (ix < 0) { py_err_setv(py_exc_KeyError, key); return -1; }
    dict_del_at(d, ix, slot);
    return 0;
}
int py_dict_next(py_obj *o, size_t *pos, py_obj **key, py_obj **value) {
    py_dict *d = (py_dict *)o;
    while (*pos < d->nentries) {
        py_dentry *e = &d->entries[(*pos)++];
        if (e->key) {
            if (key) *key = e->key;
            if (value) *value = e->value;
            return 1;
        }
    }
    return 0;
}
int py_dict_update(py_obj *d, py_obj *other) { return py__dict_merge(d, other, 0); }
/* strict: a call's `**other` (DICT_MERGE), where a key d holds already
 * returns -2 with KeyError(key) set (CPython's _PyDict_MergeEx override 2) */
int py__dict_merge(py_obj *d, py_obj *other, int strict) {
    int safe = py__take_safe(other); /* dict(): a generator it runs may suspend (eval.c) */
    /* a class derived from dict too, unless it iterates otherwise: its
     * __getitem__ is not called (CPython's dict_merge) */
    if (PY_IS_DICT(other) || (PY_CHECK_DICT(other) && PY_TYPE(other)->iter == py_dict_type.iter)) {
        size_t pos = 0;
        py_obj *k, *v;
        while (py_dict_next(other, &pos, &k, &v))
            if (dict_set_h(d, k, ((py_dict *)other)->entries[pos - 1].hash, v) < 0) return -1;
        return 0;
    }
    if (py__stack_check("") < 0) return -1;
    py_obj *keys = py_getattr_opt(other, py_str_intern("keys"));
    if (keys) {
        py_obj *ks = py_call0(keys);
        py_decref(keys);
        if (!ks) return -1;
        py_obj *it = py_iter(ks);
        py_decref(ks);
        if (!it) return -1;
        py_obj *k;
        while ((k = py_next(it))) {
            int dup = strict && py_dict_get(d, k) != NULL;
            if (dup || (strict && py_err_occurred())) {
                if (dup) py_err_setv(py_exc_KeyError, k);
                py_decref(k);
                py_decref(it);
                return dup ? -2 : -1;
            }
            py_obj *v = py_getitem(other, k);
            int r = v ? py_dict_set(d, k, v) : -1;
            py_xdecref(v);
            py_decref(k);
            if (r < 0) { py_decref(it); return -1; }
        }
        py_decref(it);
        return py_err_occurred() ? -1 : 0;
    }
    if (py_err_occurred()) return -1;
    py_obj *it = py_iter(other);
    if (!it) return -1;
    py_obj *item;
    size_t n = 0;
    while ((item = py__next_resumable(it, safe))) {
        py_obj *pair = py_sequence_tuple(item);
        if (!pair) {
            py_err_clear();
            py_err_set(py_exc_TypeError, "cannot convert dictionary update sequence element #%d to a sequence", (int)n);
            py_decref(item);
            py_decref(it);
            return -1;
        }
        if (PY_TLEN(pair) != 2) {
            py_err_set(py_exc_ValueError, "dictionary update sequence element #%d has length %d; 2 is required", (int)n,
                       (int)PY_TLEN(pair));
            py_decref(pair);
            py_decref(item);
            py_decref(it);
            return -1;
        }
        int r = py_dict_set(d, PY_TITEM(pair, 0), PY_TITEM(pair, 1));
        py_decref(pair);
        py_decref(item);
        if (r < 0) { py_decref(it); return -1; }
        n++;
    }
    py_decref(it);
    return py_err_occurred() ? -1 : 0;
}
py_obj *py_dict_copy(py_obj *o) {
    py_obj *d = py_dict_new();
    if (d && py_dict_update(d, o) < 0) PY_CLEAR(d);
    return d;
}
static py_obj *dict_or(py_obj *a, py_obj *b) {
    py_obj *d = py_dict_copy(a);
    if (d && py_dict_update(d, b) < 0) PY_CLEAR(d);
    return d;
}

static void dict_dealloc(py_obj *o) {
    py_dict *d = (py_dict *)o;
    for (size_t i = 0; i < d->nentries; i++) {
        py_xdecref(d->entries[i].key);
        py_xdecref(d->entries[i].value);
    }
    free(d->index);
    free(d->entries);
    free(o);
}
static py_obj *dict_repr(py_obj *o) {
    int safe = py__take_safe(o);
    if (repr_enter(o)) { repr_n--; return py_str_c("{...}"); }
    py_buf b = {0};
    py_buf_putc(&b, '{');
    size_t pos = 0, i = 0;
    py_obj *k, *v;
    int fail = 0;
    while (py_dict_next(o, &pos, &k, &v)) {
        if (i++) py_buf_puts(&b, ", ");
        py_incref(k);
        py_incref(v);
        py__resume_token = safe ? k : NULL;
        py_obj *kr = py_repr(k), *vr = NULL;
        if (kr) {
            py__resume_token = safe ? v : NULL;
            vr = py_repr(v);
        }
        py_decref(k);
        py_decref(v);
        if (!vr) { py_xdecref(kr); fail = 1; break; }
        py_buf_put(&b, py_s(kr), py_slen(kr));
        py_buf_puts(&b, ": ");
        py_buf_put(&b, py_s(vr), py_slen(vr));
        py_decref(kr);
        py_decref(vr);
    }
    repr_leave();
    if (fail) { py_buf_free(&b); return NULL; }
    py_buf_putc(&b, '}');
    return py_str_from_buf(&b);
}
static int64_t dict_len(py_obj *o) { return (int64_t)((py_dict *)o)->used; }
static py_obj *dict_getitem(py_obj *o, py_obj *k) {
    int64_t h = py_hash(k);
    py_obj *v = h == -1 ? NULL : dict_get_h(o, k, h);
    if (v) return py_incref(v);
    if (py_err_occurred()) return NULL;
    /* a class derived from dict: its __missing__ (d[k] only; not get(), not `in`) */
    py_obj *m = PY_IS_DICT(o) ? NULL : py_type_lookup_s(PY_TYPE(o), "__missing__");
    if (m) {
        py_obj *f = m->type->descr_get ? m->type->descr_get(m, o, (py_obj *)PY_TYPE(o)) : py_incref(m);
        py_obj *r = f ? py_call1(f, k) : NULL;
        py_xdecref(f);
        return r;
    }
    py_err_setv(py_exc_KeyError, k);
    return NULL;
}
static int dict_setitem(py_obj *o, py_obj *k, py_obj *v) {
    if (v) {
        int64_t h = py_hash(k);
        return h == -1 ? -1 : dict_set_h(o, k, h, v);
    }
    return py_dict_del(o, k);
}
static int dict_contains(py_obj *o, py_obj *k) {
    py_obj *v = py_dict_get(o, k);
    if (v) return 1;
    return py_err_occurred() ? -1 : 0;
}
/* d[k] (how PY_DICT_GET: a new reference; KeyError), d.get(k) (PY_DICT_FIND:
 * NULL without an error when missing), d[k] = v (PY_DICT_SET: PY_NONE) and
 * k in d (PY_DICT_IN: PY_TRUE or PY_FALSE) announced (eval.c, "Suspending
 * under Asyncify"; py_getitem, py_setitem, py_contains, get()): k's
 * __hash__ and a stored key's __eq__ on a collision may suspend.  Called
 * through this pointer, as the rest below: wasm-opt would take a function
 * called from one place into it, here hot callers of their own that
 * Asyncify instruments (py_getitem, py_hash...), and slow them down. */
static py_obj *dict_safe(py_obj *o, py_obj *k, py_obj *v, int how) {
    py__resume_token = k;
    int64_t h = py_hash(k);
    py__resume_token = NULL;
    if (h == -1) return NULL;
    size_t slot;
    int64_t ix = dict_lookup_safe((py_dict *)o, k, h, &slot);
    if (ix == -2) return NULL;
    if (how == PY_DICT_SET) return dict_store((py_dict *)o, k, h, v, ix, slot) < 0 ? NULL : PY_NONE;
    if (how == PY_DICT_IN) return ix >= 0 ? PY_TRUE : PY_FALSE;
    if (ix >= 0) return py_incref(((py_dict *)o)->entries[ix].value);
    if (how == PY_DICT_GET) py_err_setv(py_exc_KeyError, k);
    return NULL;
}
py_obj *(*py__dict_safe)(py_obj *o, py_obj *k, py_obj *v, int how) = dict_safe;
static py_obj *dict_richcmp(py_obj *a, py_obj *b, int op) {
    if (!PY_CHECK_DICT(b) || (op != PY_EQ && op != PY_NE)) return py_incref(PY_NOTIMPL);
    int eq = 1;
    if (((py_dict *)a)->used != ((py_dict *)b)->used) eq = 0;
    else {
        size_t pos = 0;
        py_obj *k, *v;
        while (eq && py_dict_next(a, &pos, &k, &v)) {
            py_obj *w = py_dict_get(b, k);
            if (!w) { if (py_err_occurred()) return NULL; eq = 0; break; }
            int e = py_eq(v, w);
            if (e < 0) return NULL;
            eq = e;
        }
    }
    return py_bool(op == PY_EQ ? eq : !eq);
}

enum { DV_KEYS, DV_VALUES, DV_ITEMS };
/* left: the dict's size when iteration began (CPython's di_used); len: the items still to come
   (di->len), so an item found past them means the keys changed while the size stayed the same. */
typedef struct { py_obj ob; py_obj *d; size_t pos, left, len; uint64_t version; int kind, odict; } dict_iter;
static void dict_iter_dealloc(py_obj *o) { py_xdecref(((dict_iter *)o)->d); free(o); }
static py_obj *dict_iter_next(py_obj *o) {
    dict_iter *it = (dict_iter *)o;
    if (!it->d) return NULL;
    py_dict *d = (py_dict *)it->d;
    /* an OrderedDict's, as CPython's odictiter: any key added, removed or moved (its od_state) */
    if (it->odict && it->version != d->version) {
        PY_CLEAR(it->d);
        return py_err_set(py_exc_RuntimeError, "OrderedDict mutated during iteration");
    }
    if (d->used != it->left + 0 && it->version != d->version) {
        it->version = d->version;
        return py_err_set(py_exc_RuntimeError, "dictionary changed size during iteration");
    }
    py_obj *k, *v;
    if (!py_dict_next(it->d, &it->pos, &k, &v)) { PY_CLEAR(it->d); return NULL; }
    if (it->len == 0) {
        PY_CLEAR(it->d);
        return py_err_set(py_exc_RuntimeError, "dictionary keys changed during iteration");
    }
    it->len--;
    if (it->kind == DV_KEYS) return py_incref(k);
    if (it->kind == DV_VALUES) return py_incref(v);
    return py_tuple_pack(2, k, v);
}
#define DICT_ITER_TYPE(name) { {IMM, &py_type_type}, name, .size = sizeof(dict_iter), \
    .dealloc = dict_iter_dealloc, .iter = self_iter, .next = dict_iter_next, .flags = PY_TF_PLAIN_NEXT }
static py_type dict_iter_types[] = { /* by kind, as CPython's three */
    DICT_ITER_TYPE("dict_keyiterator"), DICT_ITER_TYPE("dict_valueiterator"), DICT_ITER_TYPE("dict_itemiterator"),
};
static py_obj *dict_iter_new(py_obj *d, int kind) {
    dict_iter *it = (dict_iter *)py_alloc(&dict_iter_types[kind]);
    if (!it) return NULL;
    it->d = py_incref(d);
    it->kind = kind;
    it->version = ((py_dict *)d)->version;
    it->left = it->len = ((py_dict *)d)->used;
    it->odict = 0;
    /* collections.OrderedDict (python/lib/collections.py, named by its _dotted()) or a subclass */
    for (py_type *t = PY_TYPE(d); t != &py_dict_type && t && !it->odict; t = t->base)
        it->odict = (t->flags & PY_TF_DOTTED) && !strcmp(t->name, "collections.OrderedDict");
    return (py_obj *)it;
}
static py_obj *dict_iter_fn(py_obj *o) { return dict_iter_new(o, DV_KEYS); }

typedef struct { py_obj ob; py_obj *d; int kind; } dict_view;
static void dict_view_dealloc(py_obj *o) { py_decref(((dict_view *)o)->d); free(o); }
static py_obj *dict_view_iter(py_obj *o) { return dict_iter_new(((dict_view *)o)->d, ((dict_view *)o)->kind); }
static int64_t dict_view_len(py_obj *o) { return (int64_t)((py_dict *)((dict_view *)o)->d)->used; }
static py_obj *dict_view_repr(py_obj *o) {
    dict_view *v = (dict_view *)o;
    py_obj *l = py_sequence_list(o);
    if (!l) return NULL;
    py_obj *lr = py_repr(l);
    py_decref(l);
    if (!lr) return NULL;
    static const char *const names[] = { "dict_keys", "dict_values", "dict_items" };
    py_obj *r = py_str_fmt("%s(%U)", names[v->kind], lr);
    py_decref(lr);
    return r;
}
static int dict_view_contains(py_obj *o, py_obj *x) {
    dict_view *v = (dict_view *)o;
    if (v->kind == DV_KEYS) return dict_contains(v->d, x);
    if (v->kind == DV_ITEMS) {
        if (!PY_IS_TUPLE(x) || PY_TLEN(x) != 2) return 0;
        py_obj *w = py_dict_get(v->d, PY_TITEM(x, 0));
        if (!w) return py_err_occurred() ? -1 : 0;
        return py_eq(w, PY_TITEM(x, 1));
    }
    py_obj *it = dict_view_iter(o), *y;
    int found = 0;
    while ((y = py_next(it))) {
        found = py_eq(y, x);
        py_decref(y);
        if (found) break;
    }
    py_decref(it);
    return found;
}
static int is_set_view(py_obj *o);
/* as CPython's dictview_richcompare: against a set, a frozenset or another
 * keys or items view only, each of the six as sets compare */
static py_obj *dict_view_richcmp(py_obj *a, py_obj *b, int op) {
    if (!PY_CHECK_SET(b) && !is_set_view(b)) return py_incref(PY_NOTIMPL);
    py_obj *sa = py_set_new(&py_set_type, a);
    py_obj *sb = sa ? py_set_new(&py_set_type, b) : NULL;
    py_obj *r = sb ? py_richcmp(sa, sb, op) : NULL;
    py_xdecref(sa);
    py_xdecref(sb);
    return r;
}
/* dict_keys, dict_values and dict_items: one type each, as CPython's (their
 * names show in type(d.keys()) and isinstance); values views compare and
 * hash by identity (so gather(d.values()) reaches ensure_future's TypeError),
 * the other two compare as sets and are unhashable */
static py_type dict_view_types[3];
static int is_dict_view(py_obj *o) { uintptr_t t = (uintptr_t)PY_TYPE(o); return t >= (uintptr_t)&dict_view_types[0] && t <= (uintptr_t)&dict_view_types[2]; }
static int is_set_view(py_obj *o) { return is_dict_view(o) && ((dict_view *)o)->kind != DV_VALUES; }
/* keys().isdisjoint(other) and items()', as a set of the view's */
static py_obj *dict_view_isdisjoint(py_obj *self, py_obj *const *args, size_t nargs, py_obj *kw) {
    const char *t = PY_TYPE(self)->name;
    if (kw && PY_TLEN(kw)) return py_err_set(py_exc_TypeError, "%s.isdisjoint() takes no keyword arguments", t);
    if (nargs != 1) return py_err_set(py_exc_TypeError, "%s.isdisjoint() takes exactly one argument (%d given)", t, (int)nargs);
    py_obj *s = py_set_new(&py_set_type, self), *r = s ? py_call_method(s, "isdisjoint", args, 1) : NULL;
    py_xdecref(s);
    return r;
}
/* reversed(view), as __reversed__ too (so collections.abc.Reversible's check finds it) */
py_obj *py__reversed_base(py_obj *seq);
static py_obj *dict_view_reversed(py_obj *self, py_obj *const *args, size_t nargs, py_obj *kw) {
    if (nargs || (kw && PY_TLEN(kw))) return py_err_set(py_exc_TypeError, "%s.__reversed__() takes no arguments (%d given)", PY_TYPE(self)->name, (int)nargs);
    return py__reversed_base(self);
}
static const py_methoddef dict_view_methods[] = { { "isdisjoint", dict_view_isdisjoint, 0 }, { "__reversed__", dict_view_reversed, 0 }, { NULL, NULL, 0 } };
static const py_methoddef dict_values_methods[] = { { "__reversed__", dict_view_reversed, 0 }, { NULL, NULL, 0 } };
/* view.mapping: the dict, read-only (3.10) */
static py_obj *dict_view_mapping(py_obj *o) { return py_mappingproxy_new(((dict_view *)o)->d); }
static const py_getsetdef dict_view_getset[] = { { "mapping", dict_view_mapping, NULL }, { NULL, NULL, NULL } };
#define DICT_VIEW_TYPE(NAME, CMP, M) { {IMM, &py_type_type}, NAME, .size = sizeof(dict_view), \
    .dealloc = dict_view_dealloc, .iter = dict_view_iter, .len = dict_view_len, .repr = dict_view_repr, \
    .contains = dict_view_contains, .richcmp = CMP, .methods = M, .getset = dict_view_getset }
static py_type dict_view_types[3] = { DICT_VIEW_TYPE("dict_keys", dict_view_richcmp, dict_view_methods),
    DICT_VIEW_TYPE("dict_values", NULL, dict_values_methods), DICT_VIEW_TYPE("dict_items", dict_view_richcmp, dict_view_methods) };
static py_obj *dict_view_new(py_obj *d, int kind) {
    dict_view *v = (dict_view *)py_alloc(&dict_view_types[kind]);
    if (!v) return NULL;
    v->d = py_incref(d);
    v->kind = kind;
    return (py_obj *)v;
}

M(dict_keys) { return dict_view_new(self, DV_KEYS); }
M(dict_values) { return dict_view_new(self, DV_VALUES); }
M(dict_items) { return dict_view_new(self, DV_ITEMS); }
M(dict_get_m) {
    int safe = py__take_call_safe(); /* the key's __hash__ and a stored key's __eq__ may suspend */
    if (nargs < 1 || nargs > 2)
        return py_err_set(py_exc_TypeError, nargs < 1 ? "get expected at least 1 argument, got %d" : "get expected at most 2 arguments, got %d", (int)nargs);
    py_obj *v;
    if (safe) v = py__dict_safe(self, args[0], NULL, PY_DICT_FIND);
    else {
        int64_t h = py_hash(args[0]);
        v = h == -1 ? NULL : dict_get_h(self, args[0], h);
        if (v) py_incref(v);
    }
    if (v) return v;
    if (py_err_occurred()) return NULL;
    return py_incref(nargs > 1 ? args[1] : PY_NONE);
}
/* setdefault() and pop() hash the key once and look it up once, as CPython's */
M(dict_setdefault) {
    if (nargs < 1 || nargs > 2) return py_err_set(py_exc_TypeError, nargs < 1 ? "setdefault expected at least 1 argument, got %d" : "setdefault expected at most 2 arguments, got %d", (int)nargs);
    int64_t h = key_hash(args[0]);
    if (h == -1) return NULL;
    size_t slot;
    int64_t ix = dict_lookup((py_dict *)self, args[0], h, &slot);
    if (ix >= 0) return py_incref(((py_dict *)self)->entries[ix].value);
    py_obj *d = nargs > 1 ? args[1] : PY_NONE;
    if (dict_store((py_dict *)self, args[0], h, d, ix, slot) < 0) return NULL;
    return py_incref(d);
}
M(dict_pop) {
    if (nargs < 1 || nargs > 2) return py_err_set(py_exc_TypeError, nargs < 1 ? "pop expected at least 1 argument, got %d" : "pop expected at most 2 arguments, got %d", (int)nargs);
    int64_t h = key_hash(args[0]);
    if (h == -1) return NULL;
    size_t slot;
    int64_t ix = dict_lookup((py_dict *)self, args[0], h, &slot);
    if (ix == -2) return NULL;
    if (ix < 0) {
        if (nargs > 1) return py_incref(args[1]);
        py_err_setv(py_exc_KeyError, args[0]);
        return NULL;
    }
    py_obj *v = py_incref(((py_dict *)self)->entries[ix].value);
    dict_del_at((py_dict *)self, ix, slot);
    return v;
}
M(dict_popitem) {
    py_dict *d = (py_dict *)self;
    if (!d->used) return py_err_set(py_exc_KeyError, "popitem(): dictionary is empty");
    size_t i = d->nentries;
    while (i > 0 && !d->entries[i - 1].key) i--;
    py_dentry *e = &d->entries[i - 1];
    py_obj *r = py_tuple_pack(2, e->key, e->value);
    py_obj *k = py_incref(e->key);
    py_dict_del(self, k);
    py_decref(k);
    d->nentries = i - 1;
    return r;
}
M(dict_update_m) {
    int safe = py__take_call_safe();
    if (nargs > 1) return py_err_set(py_exc_TypeError, "update expected at most 1 argument, got %d", (int)nargs);
    if (nargs) py__resume_token = safe ? args[0] : NULL;
    if (nargs && py_dict_update(self, args[0]) < 0) return NULL;
    for (size_t k = 0; kw && k < PY_TLEN(kw); k++)
        if (py_dict_set(self, PY_TITEM(kw, k), args[nargs + k]) < 0) return NULL;
    return py_none();
}
M(dict_clear) {
    py_dict *d = (py_dict *)self;
    py_dentry *e = d->entries;
    size_t n = d->nentries;
    free(d->index);
    d->index = NULL;
    d->entries = NULL;
    d->nentries = d->used = d->cap = d->mask = 0;
    d->version++;
    for (size_t i = 0; i < n; i++) { py_xdecref(e[i].key); py_xdecref(e[i].value); }
    free(e);
    return py_none();
}
M(dict_copy_m) { return py_dict_copy(self); }
M(dict_fromkeys) { /* a class method: the class comes first; a class derived from dict gets its __setitem__ run */
    if (nargs < 1) return py_err_set(py_exc_TypeError, "fromkeys() needs a class");
    if (kw && PY_TLEN(kw)) return py_err_set(py_exc_TypeError, "dict.fromkeys() takes no keyword arguments");
    py_obj *cls = args[0];
    args++, nargs--;
    if (nargs < 1 || nargs > 2)
        return py_err_set(py_exc_TypeError, nargs ? "fromkeys expected at most 2 arguments, got %d" : "fromkeys expected at least 1 argument, got %d", (int)nargs);
    py_obj *d = cls == (py_obj *)&py_dict_type ? py_dict_new() : py_call0(cls);
    if (!d) return NULL;
    int plain = PY_TYPE(d) == &py_dict_type;
    py_obj *it = py_iter(args[0]), *k;
    if (!it) { py_decref(d); return NULL; }
    while ((k = py_next(it))) {
        int r = plain ? py_dict_set(d, k, nargs > 1 ? args[1] : PY_NONE) : py_setitem(d, k, nargs > 1 ? args[1] : PY_NONE);
        py_decref(k);
        if (r < 0) break;
    }
    py_decref(it);
    if (py_err_occurred()) { py_decref(d); return NULL; }
    return d;
}
static py_obj *dict_vnew(py_type *t, py_obj *const *args, size_t nargs, py_obj *kw) {
    if (nargs > 1) return py_err_set(py_exc_TypeError, "dict expected at most 1 argument, got %d", (int)nargs);
    py_obj *d = py_dict_new();
    if (!d) return NULL;
    py_obj *r = dict_update_m(d, args, nargs, kw); /* passes py__call_safe on */
    if (!r) { py_decref(d); return NULL; }
    py_decref(r);
    return d;
}
/* dict.__init__: a class derived from dict (object.c's type_call_heap), super().__init__(...) */
M(dict_init) { /* (dict.update takes py__call_safe: a generator it runs may suspend) */
    if (nargs > 1) return py_err_set(py_exc_TypeError, "dict expected at most 1 argument, got %d", (int)nargs);
    return dict_update_m(self, args, nargs, kw);
}
static const py_methoddef dict_methods[] = {
    { "__init__", dict_init, 0 }, { "__class_getitem__", py__class_getitem, PY_METH_CLASS },
    { "keys", dict_keys, PY_METH_NOARGS }, { "values", dict_values, PY_METH_NOARGS }, { "items", dict_items, PY_METH_NOARGS },
    { "get", dict_get_m, PY_METH_NOKW }, { "setdefault", dict_setdefault, PY_METH_NOKW }, { "pop", dict_pop, PY_METH_NOKW },
    { "popitem", dict_popitem, PY_METH_NOARGS }, { "update", dict_update_m, 0 }, { "clear", dict_clear, PY_METH_NOARGS },
    { "copy", dict_copy_m, PY_METH_NOARGS }, { "fromkeys", dict_fromkeys, PY_METH_CLASS },
    { NULL, NULL, 0 },
};
py_type py_dict_type = { {IMM, &py_type_type}, "dict", .size = sizeof(py_dict), .dealloc = dict_dealloc,
    .repr = dict_repr, .len = dict_len, .getitem = dict_getitem, .setitem = dict_setitem, .contains = dict_contains,
    .richcmp = dict_richcmp, .iter = dict_iter_fn, .vnew = dict_vnew, .methods = dict_methods, .flags = PY_TF_BASETYPE | PY_TF_HOLDS };

/* mappingproxy: a class's __dict__, its namespace seen read-only (CPython's
 * types.MappingProxyType, as type.__dict__ gives it) */
typedef struct { py_obj ob; py_obj *d; } mproxy;
#define MP(o) (((mproxy *)(o))->d)
static void mproxy_dealloc(py_obj *o) { py_decref(MP(o)); free(o); }
static py_obj *mproxy_repr(py_obj *o) {
    py_obj *r = py_repr(MP(o));
    py_obj *s = r ? py_str_fmt("mappingproxy(%U)", r) : NULL;
    py_xdecref(r);
    return s;
}
static py_obj *mproxy_str(py_obj *o) { return py_str(MP(o)); } /* print(C.__dict__): the dict's */
static int64_t mproxy_len(py_obj *o) { return dict_len(MP(o)); }
static py_obj *mproxy_getitem(py_obj *o, py_obj *k) { return dict_getitem(MP(o), k); }
static int mproxy_contains(py_obj *o, py_obj *k) { return dict_contains(MP(o), k); }
static py_obj *mproxy_iter(py_obj *o) { return dict_iter_fn(MP(o)); }
static py_obj *mproxy_richcmp(py_obj *a, py_obj *b, int op) { return py_richcmp(MP(a), b, op); }
M(mproxy_keys) { return dict_keys(MP(self), args, nargs, kw); }
M(mproxy_values) { return dict_values(MP(self), args, nargs, kw); }
M(mproxy_items) { return dict_items(MP(self), args, nargs, kw); }
M(mproxy_get) { return dict_get_m(MP(self), args, nargs, kw); }
M(mproxy_copy) { return py_dict_copy(MP(self)); }
static const py_methoddef mproxy_methods[] = {
    { "keys", mproxy_keys, PY_METH_NOARGS }, { "values", mproxy_values, PY_METH_NOARGS }, { "items", mproxy_items, PY_METH_NOARGS },
    { "get", mproxy_get, PY_METH_NOKW }, { "copy", mproxy_copy, PY_METH_NOARGS }, { "__class_getitem__", py__class_getitem, PY_METH_CLASS }, { NULL, NULL, 0 },
};
/* types.MappingProxyType(d): a read-only view of a dict; another mapping
 * (a dict subclass, a class with keys and __getitem__) is refused by name */
static py_obj *mproxy_vnew(py_type *t, py_obj *const *args, size_t nargs, py_obj *kw) {
    static const char *const names[] = { "mapping", NULL };
    py_obj *a[1];
    if (py_args("mappingproxy", args, nargs, kw, 1, 1, names, a) < 0) return NULL;
    if (PY_IS_DICT(a[0])) return py_mappingproxy_new(a[0]);
    if (PY_IS_LIST(a[0]) || PY_IS_TUPLE(a[0]) || !py_type_lookup_s(PY_TYPE(a[0]), "__getitem__"))
        return py_err_set(py_exc_TypeError, "mappingproxy() argument must be a mapping, not %s", py_type_name(a[0]));
    return py_err_set(py_exc_NotImplementedError, "mappingproxy() of a mapping other than a dict is not supported by casyncio's Python");
}
static py_type mproxy_type = { {IMM, &py_type_type}, "mappingproxy", .size = sizeof(mproxy), .dealloc = mproxy_dealloc,
    .repr = mproxy_repr, .str = mproxy_str, .len = mproxy_len, .getitem = mproxy_getitem, .contains = mproxy_contains,
    .richcmp = mproxy_richcmp, .iter = mproxy_iter, .methods = mproxy_methods, .flags = PY_TF_HOLDS, .vnew = mproxy_vnew };
py_obj *py_mappingproxy_new(py_obj *d) {
    mproxy *m = (mproxy *)py_alloc(&mproxy_type);
    if (m) m->d = py_incref(d);
    return (py_obj *)m;
}

/* ---- set and frozenset: CPython's setobject.c ----------------------------------------------------- */

#define LINEAR_PROBES 9
#define SET_MINSIZE 8
static py_obj set_dummy_obj = { IMM, &py_none_type };
#define DUMMY (&set_dummy_obj)

static void set_insert_clean(py_sentry *table, size_t mask, py_obj *key, int64_t hash) {
    uint64_t perturb = (uint64_t)hash;
    size_t i = (size_t)hash & mask;
    for (;;) {
        py_sentry *entry = &table[i];
        if (!entry->key) goto found;
        if (i + LINEAR_PROBES <= mask) {
            for (size_t j = 0; j < LINEAR_PROBES; j++) {
                entry++;
                if (!entry->key) goto found;
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (size_t)(((uint64_t)i * 5 + 1 + perturb) & mask);
        continue;
    found:
        entry->key = key;
        entry->hash = hash;
        return;
    }
}

static int set_table_resize(py_set *so, size_t minused) {
    size_t newsize = SET_MINSIZE;
    while (newsize <= minused) newsize <<= 1;
    py_sentry *old = so->table, small_copy[SET_MINSIZE];
    size_t oldmask = so->mask;
    int is_small = old == so->small;
    if (is_small) { memcpy(small_copy, so->small, sizeof small_copy); old = small_copy; }
    py_sentry *nt;
    if (newsize == SET_MINSIZE) { nt = so->small; memset(nt, 0, sizeof so->small); }
    else {
        nt = calloc(newsize, sizeof(py_sentry));
        if (!nt) { py_err_nomem(); return -1; }
    }
    int had_dummies = so->fill != so->used;
    so->mask = newsize - 1;
    so->table = nt;
    for (size_t i = 0; i <= oldmask; i++) {
        py_sentry *e = &old[i];
        if (e->key && (!had_dummies || e->key != DUMMY)) set_insert_clean(nt, so->mask, e->key, e->hash);
    }
    so->fill = so->used;
    if (!is_small && old != so->small) free(old);
    return 0;
}

/* safe: announced (py_set_add), a stored key's __eq__ on a collision may
 * suspend: set_add_entry_safe, instrumented, is this copy for it (as
 * dict_probe's) */
static inline __attribute__((always_inline)) int set_add_impl(py_set *so, py_obj *key, int64_t hash, int safe) {
    py_incref(key);
restart:;
    size_t mask = so->mask, i = (size_t)hash & mask;
    uint64_t perturb = (uint64_t)hash;
    py_sentry *freeslot = NULL, *entry;
    for (;;) {
        entry = &so->table[i];
        size_t probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
        do {
            if (entry->hash == 0 && entry->key == NULL) goto found_unused_or_dummy;
            if (entry->hash == hash && entry->key != DUMMY) {
                py_obj *startkey = entry->key;
                if (startkey == key) goto found_active;
                if (PY_IS_STR(startkey) && PY_IS_STR(key) && py_str_eq(startkey, key)) goto found_active;
                py_incref(startkey);
                if (safe) py__resume_token = startkey;
                int cmp = py_richcmp_bool(startkey, key, PY_EQ);
                py_decref(startkey);
                if (cmp > 0) goto found_active;
                if (cmp < 0) { py_decref(key); return -1; }
                if (mask != so->mask) goto restart;
            } else if (entry->hash == -1 && entry->key == DUMMY) freeslot = entry; /* the last dummy passed, as CPython's */
            entry++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (size_t)(((uint64_t)i * 5 + 1 + perturb) & mask);
    }
found_unused_or_dummy:
    if (freeslot == NULL) goto found_unused;
    so->used++;
    freeslot->key = key;
    freeslot->hash = hash;
    so->version++;
    return 0;
found_unused:
    so->fill++;
    so->used++;
    entry->key = key;
    entry->hash = hash;
    so->version++;
    if ((size_t)so->fill * 5 < mask * 3) return 0;
    return set_table_resize(so, so->used > 50000 ? so->used * 2 : so->used * 4);
found_active:
    py_decref(key);
    return 0;
}
static int set_add_entry(py_set *so, py_obj *key, int64_t hash) { return set_add_impl(so, key, hash, 0); }
static __attribute__((noinline)) int set_add_entry_safe(py_set *so, py_obj *key, int64_t hash) { return set_add_impl(so, key, hash, 1); }

/* safe: as set_add_impl's */
static inline __attribute__((always_inline)) py_sentry *set_lookkey_impl(py_set *so, py_obj *key, int64_t hash, int *err, int safe) {
    size_t mask = so->mask, i = (size_t)hash & mask;
    uint64_t perturb = (uint64_t)hash;
    *err = 0;
    for (;;) {
        py_sentry *entry = &so->table[i];
        size_t probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
        do {
            if (entry->hash == 0 && entry->key == NULL) return entry;
            if (entry->hash == hash && entry->key != DUMMY) {
                py_obj *startkey = entry->key;
                if (startkey == key) return entry;
                if (PY_IS_STR(startkey) && PY_IS_STR(key) && py_str_eq(startkey, key)) return entry;
                py_incref(startkey);
                if (safe) py__resume_token = startkey;
                int cmp = py_richcmp_bool(startkey, key, PY_EQ);
                py_decref(startkey);
                if (cmp < 0) { *err = 1; return NULL; }
                if (cmp > 0) return entry;
                mask = so->mask;
            }
            entry++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (size_t)(((uint64_t)i * 5 + 1 + perturb) & mask);
    }
}
static py_sentry *set_lookkey(py_set *so, py_obj *key, int64_t hash, int *err) { return set_lookkey_impl(so, key, hash, err, 0); }
static __attribute__((noinline)) py_sentry *set_lookkey_safe(py_set *so, py_obj *key, int64_t hash, int *err) {
    return set_lookkey_impl(so, key, hash, err, 1);
}

/* not inline: set_update_safe's copy would be instrumented twice over */
/* s.add(key) (add 1) and key in s (add 0) announced (py_set_add,
 * py_contains): key's __hash__ and a stored key's __eq__ on a collision
 * may suspend.  Through a pointer, as py__dict_safe. */
static int set_safe(py_obj *s, py_obj *key, int add) {
    py__resume_token = key;
    int64_t h = py_hash(key);
    py__resume_token = NULL;
    if (h == -1) {
        if (!add && PY_TYPE(key) == &py_set_type && py_err_matches(py_exc_TypeError)) { py_err_clear(); return 0; }
        return -1;
    }
    if (add) return set_add_entry_safe((py_set *)s, key, h);
    int err;
    py_sentry *e = set_lookkey_safe((py_set *)s, key, h, &err);
    return err ? -1 : e->key != NULL;
}
int (*py__set_safe)(py_obj *s, py_obj *key, int add) = set_safe;
int py_set_add(py_obj *s, py_obj *key) {
    if (py__take_safe(key)) return py__set_safe(s, key, 1);
    int64_t h = py_hash(key);
    if (h == -1) return -1;
    return set_add_entry((py_set *)s, key, h);
}
int py_set_contains(py_obj *s, py_obj *key) {
    int64_t h = py_hash(key);
    if (h == -1) {
        if (PY_TYPE(key) == &py_set_type && py_err_matches(py_exc_TypeError)) { py_err_clear(); return 0; }
        return -1;
    }
    int err;
    py_sentry *e = set_lookkey((py_set *)s, key, h, &err);
    if (err) return -1;
    return e->key != NULL;
}
static int set_discard_key(py_obj *s, py_obj *key) {
    int64_t h = py_hash(key);
    if (h == -1) return -1;
    int err;
    py_set *so = (py_set *)s;
    py_sentry *e = set_lookkey(so, key, h, &err);
    if (err) return -1;
    if (!e->key) return 0;
    py_obj *old = e->key;
    e->key = DUMMY;
    e->hash = -1;
    so->used--;
    so->version++;
    py_decref(old);
    return 1;
}

static int set_merge(py_set *so, py_set *other) {
    if (other == so || other->used == 0) return 0;
    if ((so->fill + other->used) * 5 >= so->mask * 3)
        if (set_table_resize(so, (so->used + other->used) * 2) < 0) return -1;
    if (so->fill == 0 && so->mask == other->mask && other->fill == other->used) {
        for (size_t i = 0; i <= other->mask; i++) {
            py_sentry *e = &other->table[i];
            if (e->key) { so->table[i].key = py_incref(e->key); so->table[i].hash = e->hash; }
        }
        so->fill = other->fill;
        so->used = other->used;
        so->version++;
        return 0;
    }
    if (so->fill == 0) {
        for (size_t i = 0; i <= other->mask; i++) {
            py_sentry *e = &other->table[i];
            if (e->key && e->key != DUMMY) set_insert_clean(so->table, so->mask, py_incref(e->key), e->hash);
        }
        so->fill = other->used;
        so->used = other->used;
        so->version++;
        return 0;
    }
    for (size_t i = 0; i <= other->mask; i++) {
        py_sentry *e = &other->table[i];
        if (e->key && e->key != DUMMY)
            if (set_add_entry(so, e->key, e->hash) < 0) return -1;
    }
    return 0;
}

static int set_update_safe(py_obj *s, py_obj *other, int safe);
static int set_update(py_obj *s, py_obj *other) { return set_update_safe(s, other, 0); }
/* safe: set() was announced, a generator it runs may suspend (eval.c) */
static int set_update_safe(py_obj *s, py_obj *other, int safe) {
    py_set *so = (py_set *)s;
    if (PY_IS_SET(other)) return set_merge(so, (py_set *)other);
    if (PY_IS_DICT(other)) {
        py_dict *d = (py_dict *)other;
        if ((so->fill + d->used) * 5 >= so->mask * 3)
            if (set_table_resize(so, (so->used + d->used) * 2) < 0) return -1;
        for (size_t i = 0; i < d->nentries; i++)
            if (d->entries[i].key && set_add_entry(so, d->entries[i].key, d->entries[i].hash) < 0) return -1;
        return 0;
    }
    py__resume_token = safe ? other : NULL; /* a class's __iter__ may suspend */
    py_obj *it = py_iter(other);
    py__resume_token = NULL;
    if (!it) return -1;
    py_obj *x;
    while ((x = py__next_resumable(it, safe))) {
        py__resume_token = safe ? x : NULL;
        int r = py_set_add(s, x);
        py_decref(x);
        if (r < 0) { py_decref(it); return -1; }
    }
    py_decref(it);
    return py_err_occurred() ? -1 : 0;
}

int py_set_update(py_obj *s, py_obj *iterable) { return set_update_safe(s, iterable, py__take_safe(iterable)); }

py_obj *py_set_new(py_type *t, py_obj *iterable) {
    int safe = py__take_safe(iterable);
    py_set *s = (py_set *)py_alloc(t);
    if (!s) return NULL;
    s->table = s->small;
    s->mask = SET_MINSIZE - 1;
    s->hash = -1;
    if (iterable && set_update_safe((py_obj *)s, iterable, safe) < 0) { py_decref(s); return NULL; }
    return (py_obj *)s;
}
static void set_dealloc(py_obj *o) {
    py_set *s = (py_set *)o;
    for (size_t i = 0; i <= s->mask; i++)
        if (s->table[i].key && s->table[i].key != DUMMY) py_decref(s->table[i].key);
    if (s->table != s->small) free(s->table);
    free(o);
}
/* What set operations on o make: a set or a frozenset, whatever class
 * derives from it (CPython's make_new_set_basetype). */
static py_type *set_base(py_obj *o) {
    py_type *t = PY_TYPE(o);
    while (t->flags & PY_TF_HEAP) t = t->base;
    return t;
}
static py_obj *set_repr(py_obj *o) {
    int safe = py__take_safe(o);
    py_set *s = (py_set *)o;
    int named = PY_TYPE(o) != &py_set_type; /* frozenset({1}), and a subclass's S({1}) */
    if (!s->used) return py_str_fmt("%s()", py_type_name(o));
    if (repr_enter(o)) { repr_n--; return py_str_fmt("%s(...)", py_type_name(o)); }
    py_obj *l = py_sequence_list(o);
    py_obj *r = l ? seq_repr(((py_list *)l)->items, PY_LLEN(l), "{", "}", 0, safe) : NULL;
    py_xdecref(l);
    if (r && named) PY_SETREF(r, py_str_fmt("%s(%U)", py_type_name(o), r));
    repr_leave();
    return r;
}
static int64_t set_len(py_obj *o) { return (int64_t)((py_set *)o)->used; }
static int set_contains_slot(py_obj *o, py_obj *k) { return py_set_contains(o, k); }


typedef struct { py_obj ob; py_obj *s; size_t pos, len; uint64_t version; } set_iter;
static void set_iter_dealloc(py_obj *o) { py_xdecref(((set_iter *)o)->s); free(o); }
static py_obj *set_iter_next(py_obj *o) {
    set_iter *it = (set_iter *)o;
    if (!it->s) return NULL;
    py_set *s = (py_set *)it->s;
    if (it->len != s->used) {
        it->len = (size_t)-1;
        return py_err_set(py_exc_RuntimeError, "Set changed size during iteration");
    }
    while (it->pos <= s->mask) {
        py_sentry *e = &s->table[it->pos++];
        if (e->key && e->key != DUMMY) return py_incref(e->key);
    }
    PY_CLEAR(it->s);
    return NULL;
}
static py_type set_iter_type = { {IMM, &py_type_type}, "set_iterator", .size = sizeof(set_iter),
    .dealloc = set_iter_dealloc, .iter = self_iter, .next = set_iter_next, .flags = PY_TF_PLAIN_NEXT };
static py_obj *set_iter_new(py_obj *o) {
    set_iter *it = (set_iter *)py_alloc(&set_iter_type);
    if (!it) return NULL;
    it->s = py_incref(o);
    it->len = ((py_set *)o)->used;
    return (py_obj *)it;
}

static int set_issubset_of(py_obj *a, py_obj *b) {
    if (((py_set *)a)->used > ((py_set *)b)->used) return 0;
    py_set *s = (py_set *)a;
    for (size_t i = 0; i <= s->mask; i++) {
        py_obj *k = s->table[i].key;
        if (!k || k == DUMMY) continue;
        int c = py_set_contains(b, k);
        if (c <= 0) return c;
    }
    return 1;
}
static py_obj *set_richcmp(py_obj *a, py_obj *b, int op) {
    if (!PY_CHECK_SET(b)) return py_incref(PY_NOTIMPL);
    size_t na = ((py_set *)a)->used, nb = ((py_set *)b)->used;
    int r;
    switch (op) {
    case PY_EQ: if (na != nb) return py_bool(0); r = set_issubset_of(a, b); break;
    case PY_NE: if (na != nb) return py_bool(1); r = set_issubset_of(a, b); if (r >= 0) r = !r; break;
    case PY_LE: r = set_issubset_of(a, b); break;
    case PY_GE: r = set_issubset_of(b, a); break;
    case PY_LT: if (na >= nb) return py_bool(0); r = set_issubset_of(a, b); break;
    default: if (na <= nb) return py_bool(0); r = set_issubset_of(b, a); break;
    }
    return r < 0 ? NULL : py_bool(r);
}
static int64_t frozenset_hash(py_obj *o) {
    py_set *s = (py_set *)o;
    if (s->hash != -1) return s->hash;
    uint64_t hash = 0;
    for (size_t i = 0; i <= s->mask; i++) {
        py_sentry *e = &s->table[i];
        if (!e->key || e->key == DUMMY) continue;
        uint64_t h = (uint64_t)e->hash;
        hash ^= ((h ^ 89869747UL) ^ (h << 16)) * 3644798167UL;
    }
    hash ^= ((uint64_t)s->used + 1) * 1927868237UL;
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash * 69069U + 907133923UL;
    if (hash == (uint64_t)-1) hash = 590923713UL;
    s->hash = (int64_t)hash;
    return s->hash;
}

static py_obj *set_copy_as(py_obj *o, py_type *t) { return py_set_new(t, o); }

static py_obj *set_intersection2(py_obj *a, py_obj *b) {
    py_obj *res = py_set_new(set_base(a), NULL);
    if (!res) return NULL;
    if (PY_IS_SET(b)) {
        py_obj *so = a, *other = b;
        if (((py_set *)other)->used > ((py_set *)so)->used) { py_obj *t = so; so = other; other = t; }
        py_set *os = (py_set *)other;
        for (size_t i = 0; i <= os->mask; i++) {
            py_sentry *e = &os->table[i];
            if (!e->key || e->key == DUMMY) continue;
            int err;
            py_sentry *f = set_lookkey((py_set *)so, e->key, e->hash, &err);
            if (err) { py_decref(res); return NULL; }
            if (f->key && set_add_entry((py_set *)res, e->key, e->hash) < 0) { py_decref(res); return NULL; }
        }
        return res;
    }
    py_obj *it = py_iter(b), *x;
    if (!it) { py_decref(res); return NULL; }
    while ((x = py_next(it))) {
        int c = py_set_contains(a, x);
        if (c > 0) py_set_add(res, x);
        py_decref(x);
        if (c < 0) { py_decref(it); py_decref(res); return NULL; }
    }
    py_decref(it);
    return res;
}
static py_obj *set_difference2(py_obj *a, py_obj *b) {
    py_set *so = (py_set *)a;
    int64_t other_size = PY_IS_SET(b) ? (int64_t)((py_set *)b)->used : PY_IS_DICT(b) ? (int64_t)((py_dict *)b)->used : -1;
    if (other_size < 0 || (int64_t)(so->used >> 2) > other_size) {
        py_obj *res = set_copy_as(a, set_base(a));
        if (!res) return NULL;
        py_obj *it = py_iter(b), *x;
        if (!it) { py_decref(res); return NULL; }
        while ((x = py_next(it))) { set_discard_key(res, x); py_decref(x); }
        py_decref(it);
        return res;
    }
    py_obj *res = py_set_new(set_base(a), NULL);
    for (size_t i = 0; i <= so->mask; i++) {
        py_sentry *e = &so->table[i];
        if (!e->key || e->key == DUMMY) continue;
        int c;
        if (PY_IS_SET(b)) {
            int err;
            py_sentry *f = set_lookkey((py_set *)b, e->key, e->hash, &err);
            c = err ? -1 : f->key != NULL;
        } else c = py_dict_get(b, e->key) != NULL;
        if (c < 0) { py_decref(res); return NULL; }
        if (!c) set_add_entry((py_set *)res, e->key, e->hash);
    }
    return res;
}
static py_obj *set_symdiff2(py_obj *a, py_obj *b) {
    py_obj *res = py_set_new(set_base(a), b);
    if (!res) return NULL;
    py_set *so = (py_set *)a;
    for (size_t i = 0; i <= so->mask; i++) {
        py_sentry *e = &so->table[i];
        if (!e->key || e->key == DUMMY) continue;
        int c = py_set_contains(res, e->key);
        if (c) set_discard_key(res, e->key);
        else set_add_entry((py_set *)res, e->key, e->hash);
    }
    return res;
}
static py_obj *set_binop(py_obj *a, py_obj *b, int op) {
    switch (op) {
    case PYAST_BitOr: {
        py_obj *r = set_copy_as(a, set_base(a));
        if (r && set_update(r, b) < 0) PY_CLEAR(r);
        return r;
    }
    case PYAST_BitAnd: return set_intersection2(a, b);
    case PYAST_Sub: return set_difference2(a, b);
    case PYAST_BitXor: return set_symdiff2(a, b);
    default: return py_incref(PY_NOTIMPL);
    }
}

M(set_add_m) {
    if (nargs != 1) return py_err_set(py_exc_TypeError, "set.add() takes exactly one argument (%d given)", (int)nargs);
    if (py_set_add(self, args[0]) < 0) return NULL;
    return py_none();
}
M(set_remove) {
    if (nargs != 1) return py_err_set(py_exc_TypeError, "set.remove() takes exactly one argument (%d given)", (int)nargs);
    int r = set_discard_key(self, args[0]);
    if (r < 0) return NULL;
    if (!r) { py_err_setv(py_exc_KeyError, args[0]); return NULL; }
    return py_none();
}
M(set_discard) {
    if (nargs != 1) return py_err_set(py_exc_TypeError, "set.discard() takes exactly one argument (%d given)", (int)nargs);
    if (set_discard_key(self, args[0]) < 0) return NULL;
    return py_none();
}
M(set_pop) {
    py_set *so = (py_set *)self;
    if (!so->used) return py_err_set(py_exc_KeyError, "pop from an empty set");
    size_t i = so->finger & so->mask;
    py_sentry *e;
    while ((e = &so->table[i])->key == NULL || e->key == DUMMY) { i++; if (i > so->mask) i = 0; }
    py_obj *k = e->key;
    e->key = DUMMY;
    e->hash = -1;
    so->used--;
    so->finger = i + 1;
    so->version++;
    return k;
}
M(set_clear) {
    py_set *so = (py_set *)self;
    py_sentry *t = so->table;
    size_t mask = so->mask;
    py_sentry copy[SET_MINSIZE];
    if (t == so->small) { memcpy(copy, so->small, sizeof copy); t = copy; }
    memset(so->small, 0, sizeof so->small);
    so->table = so->small;
    so->mask = SET_MINSIZE - 1;
    so->fill = so->used = 0;
    so->version++;
    for (size_t i = 0; i <= mask; i++) if (t[i].key && t[i].key != DUMMY) py_decref(t[i].key);
    if (t != copy) free(t);
    return py_none();
}
M(set_copy_m) {
    if (PY_TYPE(self) == &py_frozenset_type) return py_incref(self); /* fs.copy() is fs, as CPython's */
    return set_copy_as(self, set_base(self));
}
M(set_update_m) {
    for (size_t i = 0; i < nargs; i++) if (set_update(self, args[i]) < 0) return NULL;
    return py_none();
}
static py_obj *as_set(py_obj *o) { return PY_IS_SET(o) ? py_incref(o) : py_set_new(&py_set_type, o); }
M(set_union) {
    py_obj *r = set_copy_as(self, set_base(self));
    for (size_t i = 0; r && i < nargs; i++) if (set_update(r, args[i]) < 0) PY_CLEAR(r);
    return r;
}
M(set_intersection) {
    /* (CPython's set_intersection_multi: from the set itself, not a copy of it, whose table may differ) */
    if (!nargs) return set_copy_as(self, set_base(self));
    py_obj *r = py_incref(self);
    for (size_t i = 0; r && i < nargs; i++) { py_obj *n = set_intersection2(r, args[i]); py_decref(r); r = n; }
    return r;
}
M(set_difference) {
    py_obj *r = set_copy_as(self, set_base(self));
    for (size_t i = 0; r && i < nargs; i++) { py_obj *n = set_difference2(r, args[i]); py_decref(r); r = n; }
    return r;
}
M(set_symmetric_difference) {
    if (nargs != 1) return py_err_set(py_exc_TypeError, "symmetric_difference() takes exactly one argument");
    py_obj *o = as_set(args[0]);
    if (!o) return NULL;
    py_obj *r = set_symdiff2(self, o);
    py_decref(o);
    return r;
}
/* in place, as CPython's: each item of other (as a set) leaves self if it
 * is there, else joins it */
M(set_symmetric_difference_update) {
    if (nargs != 1)
        return py_err_set(py_exc_TypeError, "set.symmetric_difference_update() takes exactly one argument (%d given)", (int)nargs);
    if (args[0] == self) return set_clear(self, NULL, 0, NULL);
    /* a set's own table order (CPython iterates other itself when it is a set) */
    py_obj *o = PY_CHECK_SET(args[0]) ? py_incref(args[0]) : py_set_new(&py_set_type, args[0]), *it = o ? py_iter(o) : NULL, *x;
    py_xdecref(o);
    if (!it) return NULL;
    int r = 0;
    while (!r && (x = py_next(it))) {
        int in = py_set_contains(self, x);
        r = in < 0 ? -1 : in ? set_discard_key(self, x) < 0 : py_set_add(self, x);
        py_decref(x);
    }
    py_decref(it);
    return r < 0 || py_err_occurred() ? NULL : py_none();
}
M(set_intersection_update) {
    py_obj *r = set_intersection(self, args, nargs, kw);
    if (!r) return NULL;
    set_swap_bodies((py_set *)self, (py_set *)r);
    py_decref(r);
    return py_none();
}
/* CPython's set_difference_update_internal: the table is made again once
 * more than a quarter of it is dummies, which the iteration order shows. */
static int set_difference_update1(py_obj *self, py_obj *other) {
    py_set *so = (py_set *)self;
    if (self == other) { py_obj *r = set_clear(self, NULL, 0, NULL); py_xdecref(r); return r ? 0 : -1; }
    py_obj *it = py_iter(other), *x;
    if (!it) return -1;
    while ((x = py_next(it))) {
        int r = set_discard_key(self, x);
        py_decref(x);
        if (r < 0) { py_decref(it); return -1; }
    }
    py_decref(it);
    if (py_err_occurred()) return -1;
    if (so->fill - so->used <= so->mask / 4) return 0;
    return set_table_resize(so, so->used > 50000 ? so->used * 2 : so->used * 4);
}
M(set_difference_update) {
    for (size_t i = 0; i < nargs; i++)
        if (set_difference_update1(self, args[i]) < 0) return NULL;
    return py_none();
}
M(set_issubset) {
    if (nargs != 1) return py_err_set(py_exc_TypeError, "issubset() takes exactly one argument");
    py_obj *o = as_set(args[0]);
    if (!o) return NULL;
    int r = set_issubset_of(self, o);
    py_decref(o);
    return r < 0 ? NULL : py_bool(r);
}
M(set_issuperset) {
    if (nargs != 1) return py_err_set(py_exc_TypeError, "issuperset() takes exactly one argument");
    py_obj *o = as_set(args[0]);
    if (!o) return NULL;
    int r = set_issubset_of(o, self);
    py_decref(o);
    return r < 0 ? NULL : py_bool(r);
}
M(set_isdisjoint) {
    if (nargs != 1) return py_err_set(py_exc_TypeError, "isdisjoint() takes exactly one argument");
    py_obj *r = set_intersection2(self, args[0]);
    if (!r) return NULL;
    int e = ((py_set *)r)->used == 0;
    py_decref(r);
    return py_bool(e);
}
static py_obj *set_vnew(py_type *t, py_obj *const *args, size_t nargs, py_obj *kw) {
    int safe = py__take_call_safe();
    py_obj *a[1];
    if (nargs > 1 && !(kw && PY_TLEN(kw))) /* CPython's _PyArg_CheckPositional */
        return py_err_set(py_exc_TypeError, "%s expected at most 1 argument, got %d", t->name, (int)nargs);
    if (py_args(t->name, args, nargs, kw, 0, 1, NULL, a) < 0) return NULL;
    if (t == &py_frozenset_type && a[0] && PY_TYPE(a[0]) == &py_frozenset_type) return py_incref(a[0]);
    py__resume_token = safe ? a[0] : NULL;
    return py_set_new(t, a[0]);
}
/* set.__init__: a class derived from set (object.c's type_call_heap), super().__init__(...) */
M(set_init) {
    int safe = py__take_call_safe(); /* a generator it runs may suspend (eval.c) */
    if (kw && PY_TLEN(kw)) return py_err_set(py_exc_TypeError, "set() takes no keyword arguments");
    if (nargs > 1) return py_err_set(py_exc_TypeError, "%s expected at most 1 argument, got %d", py_type_name(self), (int)nargs);
    py_obj *r = set_clear(self, NULL, 0, NULL);
    if (!r) return NULL;
    py_decref(r);
    if (nargs) py__resume_token = safe ? args[0] : NULL;
    if (nargs && py_set_update(self, args[0]) < 0) return NULL;
    return py_none();
}
static const py_methoddef set_methods[] = {
    { "__init__", set_init, 0 }, { "__class_getitem__", py__class_getitem, PY_METH_CLASS },
    { "add", set_add_m, PY_METH_NOKW }, { "remove", set_remove, PY_METH_NOKW }, { "discard", set_discard, PY_METH_NOKW }, { "pop", set_pop, PY_METH_NOARGS },
    { "clear", set_clear, PY_METH_NOARGS }, { "copy", set_copy_m, PY_METH_NOARGS }, { "update", set_update_m, PY_METH_NOKW }, { "union", set_union, PY_METH_NOKW },
    { "intersection", set_intersection, PY_METH_NOKW }, { "difference", set_difference, PY_METH_NOKW },
    { "symmetric_difference", set_symmetric_difference, PY_METH_NOKW }, { "intersection_update", set_intersection_update, PY_METH_NOKW },
    { "difference_update", set_difference_update, PY_METH_NOKW },
    { "symmetric_difference_update", set_symmetric_difference_update, PY_METH_NOKW },
    { "issubset", set_issubset, PY_METH_NOKW }, { "issuperset", set_issuperset, PY_METH_NOKW }, { "isdisjoint", set_isdisjoint, PY_METH_NOKW },
    { NULL, NULL, 0 },
};
static const py_methoddef frozenset_methods[] = { { "__class_getitem__", py__class_getitem, PY_METH_CLASS },
    { "copy", set_copy_m, PY_METH_NOARGS }, { "union", set_union, PY_METH_NOKW }, { "intersection", set_intersection, PY_METH_NOKW },
    { "difference", set_difference, PY_METH_NOKW }, { "symmetric_difference", set_symmetric_difference, PY_METH_NOKW },
    { "issubset", set_issubset, PY_METH_NOKW }, { "issuperset", set_issuperset, PY_METH_NOKW }, { "isdisjoint", set_isdisjoint, PY_METH_NOKW },
    { NULL, NULL, 0 },
};
py_type py_set_type = { {IMM, &py_type_type}, "set", .size = sizeof(py_set), .dealloc = set_dealloc,
    .repr = set_repr, .len = set_len, .contains = set_contains_slot, .iter = set_iter_new, .richcmp = set_richcmp,
    .vnew = set_vnew, .methods = set_methods, .flags = PY_TF_BASETYPE | PY_TF_HOLDS };
py_type py_frozenset_type = { {IMM, &py_type_type}, "frozenset", .size = sizeof(py_set), .dealloc = set_dealloc,
    .repr = set_repr, .len = set_len, .contains = set_contains_slot, .iter = set_iter_new, .richcmp = set_richcmp,
    .hash = frozenset_hash, .vnew = set_vnew, .methods = frozenset_methods, .flags = PY_TF_BASETYPE | PY_TF_HOLDS };

/* ---- range ---------------------------------------------------------------------------------------- */

py_obj *py_range_new(int64_t start, int64_t stop, int64_t step) {
    py_range *r = (py_range *)py_alloc(&py_range_type);
    if (!r) return NULL;
    r->start = start;
    r->stop = stop;
    r->step = step;
    if (step > 0) r->len = start < stop ? (int64_t)(((uint64_t)stop - (uint64_t)start - 1) / (uint64_t)step + 1) : 0;
    else r->len = start > stop ? (int64_t)(((uint64_t)start - (uint64_t)stop - 1) / (uint64_t)(-step) + 1) : 0;
    return (py_obj *)r;
}
static py_obj *range_vnew(py_type *t, py_obj *const *args, size_t nargs, py_obj *kw) {
    int safe = py__take_call_safe(); /* __index__ may suspend */
    if (kw && PY_TLEN(kw)) return py_err_set(py_exc_TypeError, "range() takes no keyword arguments");
    if (nargs < 1 || nargs > 3) {
        if (nargs == 0) return py_err_set(py_exc_TypeError, "range expected at least 1 argument, got 0");
        return py_err_set(py_exc_TypeError, "range expected at most 3 arguments, got %d", (int)nargs);
    }
    int64_t v[3];
    for (size_t i = 0; i < nargs; i++) {
        if (PY_IS_FLOAT(args[i]) || PY_IS_STR(args[i]) || !(PY_CHECK_INT(args[i]) || (args[i]->type->flags & PY_TF_HEAP)))
            return py_err_set(py_exc_TypeError, "'%s' object cannot be interpreted as an integer", py_type_name(args[i]));
        py_obj *iv = py__index_of(args[i], safe); /* a class's __index__ */
        if (!iv) return NULL;
        if (PY_CHECK_INT(iv) && ((py_intobj *)iv)->big) { /* CPython's ranges take any int; this one's fields are 64 bits */
            py_decref(iv);
            return py_err_set(py_exc_NotImplementedError, "range() of an int past 64 bits is not supported by casyncio's Python");
        }
        int ok;
        v[i] = py_index(iv, &ok);
        py_decref(iv);
        if (!ok) return NULL;
    }
    if (nargs == 1) return py_range_new(0, v[0], 1);
    if (nargs == 3 && v[2] == 0) return py_err_set(py_exc_ValueError, "range() arg 3 must not be zero");
    return py_range_new(v[0], v[1], nargs == 3 ? v[2] : 1);
}
static py_obj *range_repr(py_obj *o) {
    py_range *r = (py_range *)o;
    if (r->step == 1) return py_str_fmt("range(%lld, %lld)", (long long)r->start, (long long)r->stop);
    return py_str_fmt("range(%lld, %lld, %lld)", (long long)r->start, (long long)r->stop, (long long)r->step);
}
static int64_t range_len(py_obj *o) { return ((py_range *)o)->len; }
static py_obj *range_getitem(py_obj *o, py_obj *k) {
    py_range *r = (py_range *)o;
    if (PY_TYPE(k) == &py_slice_type) {
        int64_t start, stop, step, n;
        if (py_slice_indices(k, r->len, &start, &stop, &step, &n) < 0) return NULL;
        return py_range_new(r->start + start * r->step, r->start + stop * r->step, step * r->step);
    }
    int64_t i;
    if (seq_index(k, r->len, &i, "range object") < 0) return NULL;
    return py_int(r->start + i * r->step);
}
static int range_contains(py_obj *o, py_obj *v) {
    py_range *r = (py_range *)o;
    if (PY_TYPE(v) != &py_int_type && PY_TYPE(v) != &py_bool_type) {
        py_obj *it = py_iter(o), *x;
        int f = 0;
        while (!f && (x = py_next(it))) { f = py_eq(x, v); py_decref(x); }
        py_decref(it);
        return f;
    }
    int ov;
    int64_t x = py_int_val(v, &ov);
    if (ov) return 0;
    if (r->step > 0 ? (x < r->start || x >= r->stop) : (x > r->start || x <= r->stop)) return 0;
    return (x - r->start) % r->step == 0;
}
static py_obj *range_richcmp(py_obj *a, py_obj *b, int op) {
    if (PY_TYPE(b) != &py_range_type || (op != PY_EQ && op != PY_NE)) return py_incref(PY_NOTIMPL);
    py_range *x = (py_range *)a, *y = (py_range *)b;
    int eq = x->len == y->len && (x->len == 0 || (x->start == y->start && (x->len == 1 || x->step == y->step)));
    return py_bool(op == PY_EQ ? eq : !eq);
}
typedef py_range_iter range_iter;
static py_obj *range_iter_next(py_obj *o) {
    range_iter *it = (range_iter *)o;
    if (it->left <= 0) return NULL;
    it->left--;
    int64_t v = it->cur;
    it->cur += it->step;
    return py_int(v);
}
py_type py_range_iter_type = { {IMM, &py_type_type}, "range_iterator", .size = sizeof(range_iter),
    .iter = self_iter, .next = range_iter_next, .flags = PY_TF_PLAIN_NEXT };
static py_obj *range_iter_fn(py_obj *o) {
    py_range *r = (py_range *)o;
    range_iter *it = (range_iter *)py_alloc(&py_range_iter_type);
    if (!it) return NULL;
    it->cur = r->start;
    it->step = r->step;
    it->left = r->len;
    return (py_obj *)it;
}
static py_obj *range_start(py_obj *o) { return py_int(((py_range *)o)->start); }
static py_obj *range_stop(py_obj *o) { return py_int(((py_range *)o)->stop); }
static py_obj *range_step(py_obj *o) { return py_int(((py_range *)o)->step); }
static const py_getsetdef range_getset[] = {
    { "start", range_start, NULL }, { "stop", range_stop, NULL }, { "step", range_step, NULL }, { NULL, NULL, NULL },
};
M(range_index_m) {
    if (nargs != 1) return py_err_set(py_exc_TypeError, "index() takes exactly one argument");
    int c = range_contains(self, args[0]);
    if (c <= 0) {
        py_obj *r = py_repr(args[0]);
        py_err_set(py_exc_ValueError, "%U is not in range", r);
        py_decref(r);
        return NULL;
    }
    int ov;
    py_range *r = (py_range *)self;
    return py_int((py_int_val(args[0], &ov) - r->start) / r->step);
}
M(range_count_m) {
    if (nargs != 1) return py_err_set(py_exc_TypeError, "range.count() takes exactly one argument (%d given)", (int)nargs);
    int c = range_contains(self, args[0]);
    return c < 0 ? NULL : py_int(c);
}
static const py_methoddef range_methods[] = { { "index", range_index_m, PY_METH_NOKW }, { "count", range_count_m, PY_METH_NOKW }, { NULL, NULL, 0 } };
/* CPython's range_hash: that of (len, start, step), None for what equal ranges may differ in */
static int64_t range_hash(py_obj *o) {
    py_range *r = (py_range *)o;
    if (py__stack_check("") < 0) return -1; /* (py_hash of its tuple: a recursion as the stack check sees it) */
    py_obj *t = py_tuple_pack(3, py_int(r->len), r->len ? py_int(r->start) : py_none(), r->len > 1 ? py_int(r->step) : py_none());
    if (!t) return -1;
    for (int i = 0; i < 3; i++) py_decref(PY_TITEM(t, i)); /* py_tuple_pack took its own references */
    int64_t h = py_hash(t);
    py_decref(t);
    return h;
}
py_type py_range_type = { {IMM, &py_type_type}, "range", .size = sizeof(py_range), .repr = range_repr,
    .len = range_len, .getitem = range_getitem, .contains = range_contains, .iter = range_iter_fn, .hash = range_hash,
    .richcmp = range_richcmp, .vnew = range_vnew, .getset = range_getset, .methods = range_methods };

/* ---- slice ---------------------------------------------------------------------------------------- */

py_obj *py_slice_new(py_obj *start, py_obj *stop, py_obj *step) {
    py_slice *s = (py_slice *)py_alloc(&py_slice_type);
    if (!s) return NULL;
    s->start = py_incref(start ? start : PY_NONE);
    s->stop = py_incref(stop ? stop : PY_NONE);
    s->step = py_incref(step ? step : PY_NONE);
    return (py_obj *)s;
}
static void slice_dealloc(py_obj *o) {
    py_slice *s = (py_slice *)o;
    py_decref(s->start);
    py_decref(s->stop);
    py_decref(s->step);
    free(o);
}
static py_obj *slice_repr(py_obj *o) {
    py_slice *s = (py_slice *)o;
    return py_str_fmt("slice(%R, %R, %R)", s->start, s->stop, s->step);
}
/* A start or stop of find/index/count as CPython's _PyEval_SliceIndex
 * (none_ok) or _PyEval_SliceIndexNotNone reads it: an int, or an object
 * with __index__. */
static int slice_val(py_obj *v, int64_t *out);
int64_t py__slice_index(py_obj *o, int none_ok, int *ok) {
    if (!PY_CHECK_INT(o) && !((o->type->flags & PY_TF_HEAP) && py_type_lookup_s(o->type, "__index__"))) {
        *ok = 0;
        py_err_set(py_exc_TypeError, "slice indices must be integers %shave an __index__ method", none_ok ? "or None or " : "or ");
        return 0;
    }
    /* clamped past 64 bits, as CPython's _PyEval_SliceIndex: text.find('x', 0, 10**30) */
    int64_t v = 0;
    *ok = slice_val(o, &v) == 0;
    return v;
}
static int slice_val(py_obj *v, int64_t *out) {
    py_obj *iv = py__index_of(v, 0); /* a class's __index__: the int it gives, clamped as an int is */
    if (!iv) return -1;
    if (!PY_CHECK_INT(iv)) {
        py_decref(iv);
        py_err_set(py_exc_TypeError, "slice indices must be integers or None or have an __index__ method");
        return -1;
    }
    int ok;
    *out = py_index(iv, &ok);
    if (!ok) {
        if (py_err_matches(py_exc_IndexError)) {
            py_err_clear();
            *out = py_int_sign(iv) < 0 ? INT64_MIN / 2 : INT64_MAX / 2;
            ok = 1;
        }
    }
    py_decref(iv);
    return ok ? 0 : -1;
}
int py_slice_indices(py_obj *o, int64_t len, int64_t *start, int64_t *stop, int64_t *step, int64_t *n) {
    py_slice *s = (py_slice *)o;
    *step = 1;
    if (s->step != PY_NONE) {
        if (slice_val(s->step, step) < 0) return -1;
        if (*step == 0) { py_err_set(py_exc_ValueError, "slice step cannot be zero"); return -1; }
    }
    int64_t lo_def = *step < 0 ? len - 1 : 0, hi_def = *step < 0 ? -1 : len;
    if (s->start == PY_NONE) *start = lo_def;
    else {
        if (slice_val(s->start, start) < 0) return -1;
        if (*start < 0) { *start += len; if (*start < 0) *start = *step < 0 ? -1 : 0; }
        else if (*start >= len) *start = *step < 0 ? len - 1 : len;
    }
    if (s->stop == PY_NONE) *stop = hi_def;
    else {
        if (slice_val(s->stop, stop) < 0) return -1;
        if (*stop < 0) { *stop += len; if (*stop < 0) *stop = *step < 0 ? -1 : 0; }
        else if (*stop >= len) *stop = *step < 0 ? len - 1 : len;
    }
    if (*step < 0) *n = *stop < *start ? (*start - *stop - 1) / (-*step) + 1 : 0;
    else *n = *start < *stop ? (*stop - *start - 1) / *step + 1 : 0;
    return 0;
}
/* CPython's _PyArg_NoKeywords for a type's own constructor */
static int kw_refused(py_type *t, py_type *own, py_obj *kw) {
    if (!kw || !PY_TLEN(kw) || t != own) return 0;
    py_err_set(py_exc_TypeError, "%s() takes no keyword arguments", own->name);
    return 1;
}
static py_obj *slice_vnew(py_type *t, py_obj *const *args, size_t nargs, py_obj *kw) {
    if (kw_refused(t, &py_slice_type, kw)) return NULL;
    if (nargs == 1) return py_slice_new(NULL, args[0], NULL);
    if (nargs == 2) return py_slice_new(args[0], args[1], NULL);
    if (nargs == 3) return py_slice_new(args[0], args[1], args[2]);
    return py_err_set(py_exc_TypeError, "slice expected at least 1 argument, got %d", (int)nargs);
}
static py_obj *slice_indices_m(py_obj *self, py_obj *const *args, size_t nargs, py_obj *kw) {
    if (nargs != 1) return py_err_set(py_exc_TypeError, "slice.indices() takes exactly one argument (%d given)", (int)nargs);
    int ok;
    int64_t len = py_index(args[0], &ok), start, stop, step, n;
    if (!ok) return NULL;
    if (len < 0) return py_err_set(py_exc_ValueError, "length should not be negative");
    if (py_slice_indices(self, len, &start, &stop, &step, &n) < 0) return NULL;
    py_obj *a = py_int(start), *b = py_int(stop), *c = py_int(step);
    py_obj *r = py_tuple_pack(3, a, b, c);
    py_decref(a); py_decref(b); py_decref(c);
    return r;
}
static const py_methoddef slice_methods[] = { { "indices", slice_indices_m, 0 }, { NULL, NULL, 0 } };
static py_obj *slice_start(py_obj *o) { return py_incref(((py_slice *)o)->start); }
static py_obj *slice_stop(py_obj *o) { return py_incref(((py_slice *)o)->stop); }
static py_obj *slice_step(py_obj *o) { return py_incref(((py_slice *)o)->step); }
static const py_getsetdef slice_getset[] = {
    { "start", slice_start, NULL }, { "stop", slice_stop, NULL }, { "step", slice_step, NULL }, { NULL, NULL, NULL },
};
/* slices compare as (start, stop, step) and are unhashable in 3.11, as CPython's slice_richcompare */
static py_obj *slice_richcmp(py_obj *a, py_obj *b, int op) {
    if (PY_TYPE(b) != &py_slice_type) return py_incref(PY_NOTIMPL);
    py_slice *x = (py_slice *)a, *y = (py_slice *)b;
    py_obj *ta = py_tuple_pack(3, x->start, x->stop, x->step), *tb = ta ? py_tuple_pack(3, y->start, y->stop, y->step) : NULL;
    py_obj *r = tb ? py_richcmp(ta, tb, op) : NULL;
    py_xdecref(ta);
    py_xdecref(tb);
    return r;
}
py_type py_slice_type = { {IMM, &py_type_type}, "slice", .size = sizeof(py_slice), .dealloc = slice_dealloc,
    .repr = slice_repr, .vnew = slice_vnew, .getset = slice_getset, .methods = slice_methods, .richcmp = slice_richcmp };

/* ---- iterators: __getitem__ sequences, enumerate, zip, map, filter, reversed, iter(f, sentinel) ----- */

/* Announced for o (a for loop, py__next_resumable), __getitem__ may suspend. */
static py_obj *getitem_iter_next(py_obj *o) {
    int safe = py__take_safe(o);
    seq_iter *it = (seq_iter *)o;
    if (!it->seq) return NULL;
    py_obj *i = py_int((int64_t)it->i++);
    py__resume_token = safe ? it->seq : NULL;
    py_obj *v = py_getitem(it->seq, i);
    py__resume_token = NULL;
    py_decref(i);
    if (!v && (py_err_matches(py_exc_IndexError) || py_err_matches(py_exc_StopIteration))) {
        py_err_clear();
        PY_CLEAR(it->seq);
    }
    return v;
}
static py_type getitem_iter_type = { {IMM, &py_type_type}, "iterator", .size = sizeof(seq_iter),
    .dealloc = seq_iter_dealloc, .iter = self_iter, .next = getitem_iter_next };
py_obj *py_seq_iter_new(py_obj *seq) {
    seq_iter *it = (seq_iter *)py_alloc(&getitem_iter_type);
    if (!it) return NULL;
    it->seq = py_incref(seq);
    return (py_obj *)it;
}

typedef struct { py_obj ob; py_obj *it; py_obj *count; } enum_obj;
static void enum_dealloc(py_obj *o) { py_decref(((enum_obj *)o)->it); py_decref(((enum_obj *)o)->count); free(o); }
/* enumerate, zip, map and filter pass an announcement for themselves on
 * (eval.c, "Suspending under Asyncify"). */
static py_obj *enum_next(py_obj *o) {
    enum_obj *e = (enum_obj *)o;
    py_obj *v = py__next_resumable(e->it, py__take_safe(o));
    if (!v) return NULL;
    py_obj *one = py_int(1);
    py_obj *next = py_binop(e->count, one, PYAST_Add);
    py_decref(one);
    py_obj *r = py_tuple_pack(2, e->count, v);
    py_decref(v);
    py_decref(e->count);
    e->count = next;
    return r;
}
static py_obj *enum_vnew(py_type *t, py_obj *const *args, size_t nargs, py_obj *kw) {
    static const char *const names[] = { "iterable", "start", NULL };
    py_obj *a[2];
    if (!nargs && !kw) return py_err_set(py_exc_TypeError, "enumerate() missing required argument 'iterable'"); /* enum_vectorcall's */
    if (py_args("enumerate", args, nargs, kw, 1, 2, names, a) < 0) return NULL;
    py_obj *it = py_iter(a[0]);
    if (!it) return NULL;
    py_obj *r = py_enumerate_new(it, a[1]);
    py_decref(it);
    return r;
}
static const py_methoddef enum_methods[] = { { "__class_getitem__", py__class_getitem, PY_METH_CLASS }, { NULL, NULL, 0 } };
py_type py_enumerate_type = { {IMM, &py_type_type}, "enumerate", .size = sizeof(enum_obj), .dealloc = enum_dealloc,
    .iter = self_iter, .next = enum_next, .vnew = enum_vnew, .methods = enum_methods };
py_obj *py_enumerate_new(py_obj *it, py_obj *start) {
    if (start && !PY_IS_INT(start))
        return py_err_set(py_exc_TypeError, "'%s' object cannot be interpreted as an integer", py_type_name(start));
    enum_obj *e = (enum_obj *)py_alloc(&py_enumerate_type);
    if (!e) return NULL;
    e->it = py_incref(it);
    e->count = start ? py_incref(start) : py_int(0);
    return (py_obj *)e;
}

typedef struct { py_obj ob; py_obj *iters; int strict; } zip_obj;
static void zip_dealloc(py_obj *o) { py_decref(((zip_obj *)o)->iters); free(o); }
static py_obj *zip_next(py_obj *o) {
    int safe = py__take_safe(o);
    zip_obj *z = (zip_obj *)o;
    size_t n = PY_TLEN(z->iters);
    if (!n) return NULL;
    py_obj *r = py_tuple_new(n);
    for (size_t i = 0; i < n; i++) {
        py_obj *v = py__next_resumable(PY_TITEM(z->iters, i), safe);
        if (!v) {
            if (!py_err_occurred() && z->strict) {
                if (i > 0) { py_decref(r); return py_err_set(py_exc_ValueError, "zip() argument %d is shorter than argument%s%d", (int)i + 1, i == 1 ? " " : "s 1-", (int)i); }
                for (size_t j = 1; j < n; j++) {
                    py_obj *w = py_next(PY_TITEM(z->iters, j));
                    if (w) { py_decref(w); py_decref(r); return py_err_set(py_exc_ValueError, "zip() argument %d is longer than argument%s%d", (int)j + 1, j == 1 ? " " : "s 1-", (int)j); }
                }
            }
            py_decref(r);
            return NULL;
        }
        PY_TITEM(r, i) = v;
    }
    return r;
}
static py_obj *zip_vnew(py_type *t, py_obj *const *args, size_t nargs, py_obj *kw) {
    int strict = 0;
    if (kw) {
        if (PY_TLEN(kw) > 1)
            return py_err_set(py_exc_TypeError, "zip() takes at most 1 keyword argument (%d given)", (int)PY_TLEN(kw));
        if (!py_str_eqc(PY_TITEM(kw, 0), "strict"))
            return py_err_set(py_exc_TypeError, "'%U' is an invalid keyword argument for zip()", PY_TITEM(kw, 0));
        strict = py_truth(args[nargs]);
    }
    py_obj *iters = py_tuple_new(nargs);
    for (size_t i = 0; i < nargs; i++) {
        py_obj *it = py_iter(args[i]);
        if (!it) { /* CPython 3.11's zip says what iter() says: "'int' object is not iterable" */
            py_decref(iters);
            return NULL;
        }
        PY_TITEM(iters, i) = it;
    }
    py_obj *z = py_zip_new(iters, strict);
    py_decref(iters);
    return z;
}
py_type py_zip_type = { {IMM, &py_type_type}, "zip", .size = sizeof(zip_obj), .dealloc = zip_dealloc,
    .iter = self_iter, .next = zip_next, .vnew = zip_vnew };
py_obj *py_zip_new(py_obj *iters, int strict) {
    zip_obj *z = (zip_obj *)py_alloc(&py_zip_type);
    if (!z) return NULL;
    z->iters = py_incref(iters);
    z->strict = strict;
    return (py_obj *)z;
}

typedef struct { py_obj ob; py_obj *f, *iters; } map_obj;
static void map_dealloc(py_obj *o) { py_decref(((map_obj *)o)->f); py_decref(((map_obj *)o)->iters); free(o); }
static py_obj *map_next(py_obj *o) {
    int safe = py__take_safe(o);
    map_obj *m = (map_obj *)o;
    size_t n = PY_TLEN(m->iters);
    py_obj *small[8];
    py_obj **argv = n <= 8 ? small : malloc(n * sizeof(py_obj *));
    size_t got = 0;
    py_obj *r = NULL;
    for (; got < n; got++) {
        argv[got] = py__next_resumable(PY_TITEM(m->iters, got), safe);
        if (!argv[got]) break;
    }
    if (got == n) r = py__call_resumable(m->f, argv, n, safe);
    for (size_t i = 0; i < got; i++) py_decref(argv[i]);
    if (argv != small) free(argv);
    return r;
}
static py_obj *map_vnew(py_type *t, py_obj *const *args, size_t nargs, py_obj *kw) {
    if (kw && PY_TLEN(kw)) return py_err_set(py_exc_TypeError, "map() takes no keyword arguments");
    if (nargs < 2) return py_err_set(py_exc_TypeError, "map() must have at least two arguments.");
    py_obj *iters = py_tuple_new(nargs - 1);
    for (size_t i = 1; i < nargs; i++) {
        py_obj *it = py_iter(args[i]);
        if (!it) { py_decref(iters); return NULL; }
        PY_TITEM(iters, i - 1) = it;
    }
    py_obj *m = py_map_new(args[0], iters);
    py_decref(iters);
    return m;
}
py_type py_map_type = { {IMM, &py_type_type}, "map", .size = sizeof(map_obj), .dealloc = map_dealloc,
    .iter = self_iter, .next = map_next, .vnew = map_vnew };
py_obj *py_map_new(py_obj *f, py_obj *iters) {
    map_obj *m = (map_obj *)py_alloc(&py_map_type);
    if (!m) return NULL;
    m->f = py_incref(f);
    m->iters = py_incref(iters);
    return (py_obj *)m;
}

typedef struct { py_obj ob; py_obj *f, *it; } filter_obj;
static void filter_dealloc(py_obj *o) { py_decref(((filter_obj *)o)->f); py_decref(((filter_obj *)o)->it); free(o); }
static py_obj *filter_next(py_obj *o) {
    int safe = py__take_safe(o);
    filter_obj *fo = (filter_obj *)o;
    for (;;) {
        py_obj *v = py__next_resumable(fo->it, safe);
        if (!v) return NULL;
        int t;
        if (fo->f == PY_NONE) t = py_truth(v);
        else {
            py_obj *r = py__call_resumable(fo->f, &v, 1, safe);
            if (!r) { py_decref(v); return NULL; }
            t = py_truth(r);
            py_decref(r);
        }
        if (t < 0) { py_decref(v); return NULL; }
        if (t) return v;
        py_decref(v);
    }
}
static py_obj *filter_vnew(py_type *t, py_obj *const *args, size_t nargs, py_obj *kw) {
    if (kw_refused(t, &py_filter_type, kw)) return NULL;
    if (nargs != 2) return py_err_set(py_exc_TypeError, "filter expected 2 arguments, got %d", (int)nargs);
    py_obj *it = py_iter(args[1]);
    if (!it) return NULL;
    py_obj *r = py_filter_new(args[0], it);
    py_decref(it);
    return r;
}
py_type py_filter_type = { {IMM, &py_type_type}, "filter", .size = sizeof(filter_obj), .dealloc = filter_dealloc,
    .iter = self_iter, .next = filter_next, .vnew = filter_vnew };
py_obj *py_filter_new(py_obj *f, py_obj *it) {
    filter_obj *fo = (filter_obj *)py_alloc(&py_filter_type);
    if (!fo) return NULL;
    fo->f = py_incref(f);
    fo->it = py_incref(it);
    return (py_obj *)fo;
}

typedef struct { py_obj ob; py_obj *seq; int64_t i; } rev_obj;
static void rev_dealloc(py_obj *o) { py_xdecref(((rev_obj *)o)->seq); free(o); }
static py_obj *rev_next(py_obj *o) {
    rev_obj *r = (rev_obj *)o;
    if (!r->seq || r->i < 0) { PY_CLEAR(r->seq); return NULL; }
    int64_t n = py_len(r->seq);
    if (r->i >= n) { PY_CLEAR(r->seq); return NULL; }
    py_obj *k = py_int(r->i--);
    py_obj *v = py_getitem(r->seq, k);
    py_decref(k);
    return v;
}
static py_obj *rev_vnew(py_type *t, py_obj *const *args, size_t nargs, py_obj *kw) {
    if (kw_refused(t, &py_reversed_type, kw)) return NULL;
    if (nargs != 1) return py_err_set(py_exc_TypeError, "reversed expected 1 argument, got %d", (int)nargs);
    return py_reversed_new(args[0]);
}
py_type py_reversed_type = { {IMM, &py_type_type}, "reversed", .size = sizeof(rev_obj), .dealloc = rev_dealloc,
    .iter = self_iter, .next = rev_next, .vnew = rev_vnew };
/* reversed() of a list and of a dict or its views: the same iterator, under
 * CPython's names for them (type(reversed([])).__name__) */
#define REV_TYPE(n) { {IMM, &py_type_type}, n, .size = sizeof(rev_obj), .dealloc = rev_dealloc, .iter = self_iter, .next = rev_next }
static py_type rev_types[4] = { REV_TYPE("list_reverseiterator"), REV_TYPE("dict_reversekeyiterator"),
                                REV_TYPE("dict_reversevalueiterator"), REV_TYPE("dict_reverseitemiterator") };
/* the rest of py__seq_iter_left's: CPython's __length_hint__ of each */
static int64_t other_iter_left(py_obj *o) {
    py_type *t = PY_TYPE(o);
    if (t == &py_range_iter_type) return ((range_iter *)o)->left > 0 ? ((range_iter *)o)->left : 0;
    if (t == &rev_types[0]) {
        rev_obj *r = (rev_obj *)o;
        return r->seq && r->i >= 0 && (size_t)r->i < PY_LLEN(r->seq) ? r->i + 1 : 0;
    }
    if (t >= dict_iter_types && t < dict_iter_types + 3) {
        dict_iter *it = (dict_iter *)o;
        return it->d && ((py_dict *)it->d)->used == it->left ? (int64_t)it->len : 0;
    }
    int64_t n = py__str_iter_left(o);
    return n >= 0 ? n : py__bytearray_iter_left(o);
}
static py_obj *reversed_of(py_obj *seq, int own);
py_obj *py_reversed_new(py_obj *seq) { return reversed_of(seq, 1); }
/* list.__reversed__(), dict.__reversed__(): the built-in base's reverse
 * iterator, for a subclass's own __reversed__ calling super()'s */
py_obj *py__reversed_base(py_obj *seq) { return reversed_of(seq, 0); }
static py_obj *reversed_of(py_obj *seq, int own) {
    py_type *rt = PY_CHECK_LIST(seq) ? &rev_types[0] : PY_CHECK_DICT(seq) ? &rev_types[1]
                : is_dict_view(seq) ? &rev_types[1 + ((dict_view *)seq)->kind] : &py_reversed_type;
    if (own && (seq->type->flags & PY_TF_HEAP)) {
        py_obj *f = py_type_lookup_s(seq->type, "__reversed__");
        if (f == PY_NONE) return py_err_set(py_exc_TypeError, "'%s' object is not reversible", py_type_name(seq));
        if (f) return py_call1(f, seq);
    }
    if (PY_TYPE(seq) == &py_range_type && ((py_range *)seq)->step != INT64_MIN) {
        /* a range_iterator going backwards, as CPython's range_reverse */
        py_range *g = (py_range *)seq;
        range_iter *it = (range_iter *)py_alloc(&py_range_iter_type);
        if (!it) return NULL;
        it->left = g->len;
        it->step = -g->step;
        it->cur = g->len ? g->start + (g->len - 1) * g->step : g->start;
        return (py_obj *)it;
    }
    py_obj *l = NULL; /* a dict's keys */
    if (PY_CHECK_DICT(seq) || is_dict_view(seq)) {
        seq = l = py_sequence_list(seq);
        if (!l) return NULL;
    } else if (!PY_IS_LIST(seq) && PY_CHECK_LIST(seq)) { /* list.__reversed__: the items, whatever __getitem__ */
        seq = l = py_tuple_from(((py_list *)seq)->items, PY_LLEN(seq));
        if (!l) return NULL;
    }
    if (!seq->type->getitem || PY_CHECK_SET(seq))
        return py_err_set(py_exc_TypeError, "'%s' object is not reversible", py_type_name(seq));
    if (!seq->type->len) /* a sequence by its __getitem__ alone: CPython's PySequence_Size fails */
        return py_err_set(py_exc_TypeError, "object of type '%s' has no len()", py_type_name(seq));
    rev_obj *r = (rev_obj *)py_alloc(rt);
    if (r) {
        r->seq = py_incref(seq);
        r->i = py_len(seq) - 1;
    }
    py_xdecref(l);
    return (py_obj *)r;
}

typedef struct { py_obj ob; py_obj *f, *sentinel; } calliter_obj;
static void calliter_dealloc(py_obj *o) { py_xdecref(((calliter_obj *)o)->f); py_decref(((calliter_obj *)o)->sentinel); free(o); }
static py_obj *calliter_next(py_obj *o) {
    calliter_obj *c = (calliter_obj *)o;
    if (!c->f) return NULL;
    py_obj *v = py_call0(c->f);
    if (!v) return NULL;
    int e = py_eq(v, c->sentinel);
    if (e) { py_decref(v); PY_CLEAR(c->f); return NULL; }
    return v;
}
static py_type calliter_type = { {IMM, &py_type_type}, "callable_iterator", .size = sizeof(calliter_obj),
    .dealloc = calliter_dealloc, .iter = self_iter, .next = calliter_next };
py_obj *py_callable_iter_new(py_obj *f, py_obj *sentinel) {
    calliter_obj *c = (calliter_obj *)py_alloc(&calliter_type);
    if (!c) return NULL;
    c->f = py_incref(f);
    c->sentinel = py_incref(sentinel);
    return (py_obj *)c;
}
