/*
 * union.c -- `int | None`: CPython 3.10's types.UnionType, which modern
 * annotations and isinstance() use (`def f(x: str | None = None)`,
 * `isinstance(v, int | float)`).  A union of classes, None and generic
 * aliases (list[int]), flattened and without repeats; one member alone
 * is that member.  Its repr is CPython's ("int | str | None"), its
 * __args__ the members (None as NoneType), == ignores their order, and
 * isinstance/issubclass take it as they take a tuple (builtins.c).
 */
#include <stdlib.h>
#include <string.h>

#include "py.h"

typedef struct { py_obj ob; py_obj *args; } union_obj;

static void union_dealloc(py_obj *o) {
    py_xdecref(((union_obj *)o)->args);
    free(o);
}

static py_obj *union_repr(py_obj *o) {
    py_obj *args = ((union_obj *)o)->args;
    py_buf b = {0};
    for (size_t i = 0; i < PY_TLEN(args); i++) {
        py_obj *a = PY_TITEM(args, i);
        if (i) py_buf_puts(&b, " | ");
        if (a == (py_obj *)&py_none_type) { py_buf_puts(&b, "None"); continue; }
        if (PY_IS_TYPE(a)) {
            py_type *t = (py_type *)a;
            py_obj *mod = t->flags & PY_TF_HEAP ? py_dict_get_s(t->dict, "__module__") : t->module;
            py_obj *qn = t->flags & PY_TF_HEAP ? py_dict_get_s(t->dict, "__qualname__") : NULL;
            if (mod && PY_IS_STR(mod) && !py_str_eqc(mod, "builtins")) py_buf_printf(&b, "%s.", py_s(mod));
            py_buf_puts(&b, qn && PY_IS_STR(qn) ? py_s(qn) : t->name);
            continue;
        }
        py_obj *r = py_repr(a);
        if (!r) { py_buf_free(&b); return NULL; }
        py_buf_put(&b, py_s(r), py_slen(r));
        py_decref(r);
    }
    return py_str_from_buf(&b);
}

static py_obj *union_args_get(py_obj *o) { return py_incref(((union_obj *)o)->args); }
static const py_getsetdef union_getset[] = { { "__args__", union_args_get, NULL }, { NULL, NULL, NULL } };

static py_obj *union_richcmp(py_obj *a, py_obj *b, int op);
static int64_t union_hash(py_obj *o);
py_type py__union_type = { {PY_IMMORTAL, &py_type_type}, "types.UnionType", .size = sizeof(union_obj),
    .dealloc = union_dealloc, .repr = union_repr, .richcmp = union_richcmp, .hash = union_hash, .getset = union_getset };

static py_obj *members(py_obj *o) {
    py_obj *args = ((union_obj *)o)->args;
    return py_set_new(&py_frozenset_type, args);
}
static py_obj *union_richcmp(py_obj *a, py_obj *b, int op) {
    if ((op != PY_EQ && op != PY_NE) || PY_TYPE(b) != &py__union_type) return py_incref(PY_NOTIMPL);
    py_obj *x = members(a), *y = x ? members(b) : NULL;
    py_obj *r = y ? py_richcmp(x, y, op) : NULL;
    py_xdecref(x);
    py_xdecref(y);
    return r;
}
static int64_t union_hash(py_obj *o) {
    if (py__stack_check("") < 0) return -1; /* a member's hash may hash a union again (list[int | list[...]]) */
    py_obj *m = members(o);
    if (!m) return -1;
    int64_t h = py_hash(m);
    py_decref(m);
    return h;
}

/* None, a class, list[int] or a union (CPython's is_unionable) */
int py__typing_any(py_obj *o); /* modules.c */
static int unionable(py_obj *o) {
    return o == PY_NONE || py__typing_any(o) || PY_IS_TYPE(o) || PY_TYPE(o) == &py__union_type || !strcmp(PY_TYPE(o)->name, "types.GenericAlias");
}
static int add_member(py_obj *list, py_obj *x) {
    if (x == PY_NONE) x = (py_obj *)&py_none_type;
    if (PY_TYPE(x) == &py__union_type) {
        py_obj *args = ((union_obj *)x)->args;
        for (size_t i = 0; i < PY_TLEN(args); i++)
            if (add_member(list, PY_TITEM(args, i)) < 0) return -1;
        return 0;
    }
    for (size_t i = 0; i < PY_LLEN(list); i++) {
        int eq = PY_LITEM(list, i) == x ? 1 : py_richcmp_bool(PY_LITEM(list, i), x, PY_EQ);
        if (eq < 0) return -1;
        if (eq) return 0;
    }
    return py_list_append(list, x);
}

/* a | b for classes, None and aliases: the union, or NotImplemented. */
py_obj *py__union_or(py_obj *a, py_obj *b) {
    if (!unionable(a) || !unionable(b)) return py_incref(PY_NOTIMPL);
    py_obj *list = py_list_new(0);
    if (!list) return NULL;
    if (add_member(list, a) < 0 || add_member(list, b) < 0) { py_decref(list); return NULL; }
    if (PY_LLEN(list) == 1) {
        py_obj *one = PY_LITEM(list, 0);
        py_obj *r = py_incref(one == (py_obj *)&py_none_type ? PY_NONE : one);
        py_decref(list);
        return r;
    }
    py__type_ready(&py__union_type);
    union_obj *u = (union_obj *)py_alloc(&py__union_type);
    if (!u) { py_decref(list); return NULL; }
    u->args = py_sequence_tuple(list);
    py_decref(list);
    if (!u->args) { py_decref(u); return NULL; }
    return (py_obj *)u;
}

/* The members of a union, for isinstance() and issubclass() (borrowed), or NULL. */
py_obj *py__union_args(py_obj *o) {
    return PY_TYPE(o) == &py__union_type ? ((union_obj *)o)->args : NULL;
}
