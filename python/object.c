/*
 * object.c -- the object protocol: reference counting, the type object and
 * classes (MRO, attribute lookup, dunder slots), instances, methods,
 * built-in functions, descriptors (staticmethod, classmethod, property),
 * super, modules, cells, and the generic operations (repr, hash, compare,
 * call, iterate, index, the binary operators) that the evaluator and the
 * built-ins use.  Numbers, strings and containers keep their own files;
 * this file dispatches to them.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "py.h"

/* ---- buffers ------------------------------------------------------------ */

static void buf_grow(py_buf *b, size_t need) {
    if (b->len + need + 1 <= b->cap) return;
    size_t cap = b->cap ? b->cap * 2 : 64;
    while (cap < b->len + need + 1) cap *= 2;
    char *d = realloc(b->data, cap);
    if (!d) { b->oom = 1; return; }
    b->data = d;
    b->cap = cap;
}
void py_buf_put(py_buf *b, const char *s, size_t n) {
    buf_grow(b, n);
    if (b->oom) return;
    memcpy(b->data + b->len, s, n);
    b->len += n;
    b->data[b->len] = 0;
}
void py_buf_puts(py_buf *b, const char *s) { py_buf_put(b, s, strlen(s)); }
void py_buf_putc(py_buf *b, char c) { py_buf_put(b, &c, 1); }
void py_buf_printf(py_buf *b, const char *fmt, ...) {
    char tmp[256];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(tmp, sizeof tmp, fmt, ap);
    va_end(ap);
    if (n < (int)sizeof tmp) { py_buf_put(b, tmp, (size_t)n); return; }
    char *big = malloc((size_t)n + 1);
    if (!big) { b->oom = 1; return; }
    va_start(ap, fmt);
    vsnprintf(big, (size_t)n + 1, fmt, ap);
    va_end(ap);
    py_buf_put(b, big, (size_t)n);
    free(big);
}
void py_buf_put_cp(py_buf *b, uint32_t cp) {
    char t[4];
    if (cp < 0x80) { t[0] = (char)cp; py_buf_put(b, t, 1); }
    else if (cp < 0x800) { t[0] = (char)(0xC0 | (cp >> 6)); t[1] = (char)(0x80 | (cp & 63)); py_buf_put(b, t, 2); }
    else if (cp < 0x10000) {
        t[0] = (char)(0xE0 | (cp >> 12)); t[1] = (char)(0x80 | ((cp >> 6) & 63)); t[2] = (char)(0x80 | (cp & 63));
        py_buf_put(b, t, 3);
    } else {
        t[0] = (char)(0xF0 | (cp >> 18)); t[1] = (char)(0x80 | ((cp >> 12) & 63));
        t[2] = (char)(0x80 | ((cp >> 6) & 63)); t[3] = (char)(0x80 | (cp & 63));
        py_buf_put(b, t, 4);
    }
}
void py_buf_free(py_buf *b) { free(b->data); b->data = NULL; b->len = b->cap = 0; }

/* ---- allocation and deallocation -------------------------------------- */

py_obj *py_alloc(py_type *t) {
    py_obj *o = calloc(1, t->size);
    if (!o) return py_err_nomem();
    o->rc = 1;
    o->type = t;
    if (t->flags & PY_TF_HEAP) py_incref(t);
    return o;
}

/* CPython's trashcan: freeing a list of a list of a list... 100,000 deep
 * would recurse as deep in C (and overflow wasm's stack), so past
 * DEALLOC_DEPTH nested deallocations an object waits in a chain (linked
 * through its reference count, which is 0 and unused) until the outermost
 * one has returned, which frees the chain. */
enum { DEALLOC_DEPTH = 100 };
static unsigned dealloc_depth;
static py_obj *dealloc_later;

static void dealloc_one(py_obj *o) {
    py_type *t = o->type;
    if (t->dealloc) t->dealloc(o);
    else {
        if (t->dictoffset) py_xdecref(*py__dictptr(o));
        free(o);
    }
    if (t->flags & PY_TF_HEAP) py_decref(t);
}
/* (each object of the chain freed here, not deferred again: where the C
 * stack is low that would never end) */
static __attribute__((noinline)) void dealloc_deferred(void) {
    dealloc_depth = 1;
    while (dealloc_later) {
        py_obj *o = dealloc_later;
        dealloc_later = (py_obj *)o->rc;
        o->rc = 0;
        dealloc_one(o);
    }
    dealloc_depth = 0;
}

/* ... and so where the C stack is low (cstack.h), but for the outermost */
void py__dealloc(py_obj *o) {
    if (dealloc_depth >= DEALLOC_DEPTH || (dealloc_depth && py__stack_low())) {
        o->rc = (intptr_t)dealloc_later;
        dealloc_later = o;
        return;
    }
    dealloc_depth++;
    dealloc_one(o);
    if (--dealloc_depth == 0 && dealloc_later) dealloc_deferred();
}

/* Heap instances: their base's dealloc frees what the base holds (an
 * exception keeps its __dict__ in itself; a subclass of dict, list, str...
 * after it: py__dictptr). */
static void inst_dealloc(py_obj *o) {
    py_type *t = o->type;
    while (t && (t->flags & PY_TF_HEAP)) t = t->base;
    if (t && t != &py_object_type) {
        if (!(t->flags & PY_TF_EXC)) { /* (NULL: a Task's dealloc drops its own) */
            py_obj **dp = py__dictptr(o);
            py_xdecref(*dp);
            *dp = NULL;
        }
        if (t->dealloc) t->dealloc(o);
        else free(o);
        return;
    }
    py_xdecref(((py_inst *)o)->dict);
    if (o->type->flags & PY_TF_SLOTDICT) py_xdecref(((py_obj **)((py_inst *)o + 1))[0]);
    free(o);
}
void py__inst_free(py_obj *o) { inst_dealloc(o); }

/* ---- singletons ------------------------------------------------------------ */

#define IMMORTAL (PY_IMMORTAL)
py_obj py__None = { IMMORTAL, &py_none_type };
py_obj py__NotImplemented = { IMMORTAL, &py_notimpl_type };
py_obj py__Ellipsis = { IMMORTAL, &py_ellipsis_type };

static py_obj *none_repr(py_obj *o) { return py_str_c("None"); }
static int none_truth(py_obj *o) { return 0; }
static py_obj *notimpl_repr(py_obj *o) { return py_str_c("NotImplemented"); }
static py_obj *ellipsis_repr(py_obj *o) { return py_str_c("Ellipsis"); }
py_obj *py__typing_or(py_obj *a, py_obj *b); /* modules.c */
static int64_t ptr_hash(py_obj *o) {
    uint64_t h = (uint64_t)(uintptr_t)o;
    h = (h >> 4) | (h << 60);
    int64_t r = (int64_t)h;
    return r == -1 ? -2 : r;
}
static py_obj *none_new(py_type *t, py_obj *const *a, size_t n, py_obj *kw) {
    if (n || kw) return py_err_set(py_exc_TypeError, "NoneType takes no arguments");
    return py_none();
}

py_type py_none_type = { {IMMORTAL, &py_type_type}, "NoneType", .size = sizeof(py_obj),
    .repr = none_repr, .truth = none_truth, .hash = ptr_hash, .vnew = none_new };
/* bool(NotImplemented): True, with 3.9's DeprecationWarning */
int py__deprecation_at(py_obj *text, py_frame *f);
static int notimpl_truth(py_obj *o) {
    if (py__stack_check("") < 0) return -1; /* (the warning may run Python code: a filter, showwarning) */
    py_obj *text = py_str_c("NotImplemented should not be used in a boolean context");
    int w = text ? py__deprecation_at(text, py__ts->frame) : -1;
    py_xdecref(text);
    return w < 0 ? -1 : 1;
}
py_type py_notimpl_type = { {IMMORTAL, &py_type_type}, "NotImplementedType", .size = sizeof(py_obj),
    .repr = notimpl_repr, .hash = ptr_hash, .truth = notimpl_truth };
py_type py_ellipsis_type = { {IMMORTAL, &py_type_type}, "ellipsis", .size = sizeof(py_obj),
    .repr = ellipsis_repr, .hash = ptr_hash };

/* ---- type names and subtyping ---------------------------------------------- */

const char *py_type_name(py_obj *o) {
    if (o->type == &py_cfunc_type && (((py_cfunc *)o)->def->flags & PY_METH_PYFUNC)) return "function";
    return o->type->name;
}

/* the type in an argument's TypeError made by CPython's Argument Clinic
 * (_PyArg_BadArgument): None says "None", anything else its type's name */
const char *py_arg_type_name(py_obj *o) { return o == PY_NONE ? "None" : py_type_name(o); }

int py_subtype(py_type *a, py_type *b) {
    if (a == b) return 1;
    if (a->mro) {
        for (size_t i = 0; i < PY_TLEN(a->mro); i++)
            if ((py_type *)PY_TITEM(a->mro, i) == b) return 1;
        return 0;
    }
    for (py_type *t = a; t; t = t->base) if (t == b) return 1;
    return b == &py_object_type;
}

int py__heap_subtype(py_obj *o, py_type *t) { return (o->type->flags & PY_TF_HEAP) && py_subtype(o->type, t); }

py_obj *py_type_lookup(py_type *t, py_obj *name) {
    if (!t->mro) return t->dict ? py_dict_get(t->dict, name) : NULL;
    for (size_t i = 0; i < PY_TLEN(t->mro); i++) {
        py_type *b = (py_type *)PY_TITEM(t->mro, i);
        if (!b->dict) continue;
        py_obj *v = py_dict_get(b->dict, name);
        if (v) return v;
    }
    return NULL;
}
py_obj *py_type_lookup_s(py_type *t, const char *name) {
    py_obj *n = py_str_intern(name);
    py_obj *v = py_type_lookup(t, n);
    py_decref(n);
    return v;
}

/* A dunder defined by a class statement (not inherited from a built-in). */
static py_obj *heap_lookup(py_type *t, const char *name) {
    py_obj *n = py_str_intern(name);
    py_obj *r = NULL;
    for (size_t i = 0; i < PY_TLEN(t->mro); i++) {
        py_type *b = (py_type *)PY_TITEM(t->mro, i);
        if (!(b->flags & PY_TF_HEAP)) {
            /* a built-in base that has it (its slot serves), or object: none;
             * else the classes after it in the MRO may (class C(int, Mixin)) */
            if (b == &py_object_type || !b->dict || py_dict_get(b->dict, n)) break;
            continue;
        }
        py_obj *v = py_dict_get(b->dict, n);
        if (v) { r = v; break; }
    }
    py_decref(n);
    return r;
}

/* Calls a special method found on the type, bound to self; safe: the
 * slot calling it was announced (eval.c, "Suspending under Asyncify"). */
static py_obj *call_special_safe(py_obj *self, py_obj *meth, py_obj *const *args, size_t nargs, int safe) {
    py_obj *stack[8];
    if (nargs > 6) return py_err_set(py_exc_SystemError, "too many arguments to a special method");
    if (py__stack_check("") < 0) return NULL;
    if (PY_TYPE(meth) == &py_func_type || PY_TYPE(meth) == &py_cfunc_type) {
        stack[0] = self;
        for (size_t i = 0; i < nargs; i++) stack[i + 1] = args[i];
        return py__call_resumable(meth, stack, nargs + 1, safe);
    }
    py_obj *bound = meth->type->descr_get ? meth->type->descr_get(meth, self, (py_obj *)self->type) : py_incref(meth);
    if (!bound) return NULL;
    py_obj *r = py__call_resumable(bound, args, nargs, safe);
    py_decref(bound);
    return r;
}
#define call_special(self, meth, args, nargs) call_special_safe(self, meth, args, nargs, 0)

/* ---- repr, str, hash, truth ------------------------------------------------ */


/* py_repr, py_str, py_hash, py_richcmp, py_eq and the slots that call a
 * class's dunder method pass an announcement on (eval.c, "Suspending
 * under Asyncify"): announced for o (py__resume_token == o), the method
 * may suspend.  Only to the slots below, which take it at once. */
static py_obj *slot_repr(py_obj *o);
static py_obj *slot_str(py_obj *o);
static int64_t slot_hash(py_obj *o);
static py_obj *slot_richcmp(py_obj *a, py_obj *b, int op);
static int slot_truth(py_obj *o);
static int64_t slot_len(py_obj *o);
static py_obj *slot_getitem(py_obj *o, py_obj *k);
static py_obj *slot_iter(py_obj *o);
static py_obj *slot_next(py_obj *o);
extern int py__next_keeps_stop;
static py_obj *slot_getattribute(py_obj *o, py_obj *name);
static int slot_setitem(py_obj *o, py_obj *k, py_obj *v);
static int slot_contains(py_obj *o, py_obj *v);
static int slot_setattr(py_obj *o, py_obj *name, py_obj *v);
#define PASS(safe, o, slot, fn) (py__resume_token = (safe) && (slot) == (fn) ? (o) : NULL)
/* tuples and lists compare their items: they pass it on (containers.c) */
#define PASS_CMP(safe, o) (py__resume_token = (safe) && ((o)->type->richcmp == slot_richcmp || PY_IS_TUPLE(o) || PY_IS_LIST(o)) ? (o) : NULL)
py_obj *py_repr(py_obj *o) {
    int safe = py__take_safe(o);
    if (!o->type->repr) return py_object_repr_default(o);
    if (py_recursion_check(" while getting the repr of an object") < 0) return NULL;
    py_recursion_enter();
    /* a class's __repr__; a container's repr passes it on to its items' */
    py__resume_token = safe && (o->type->repr == slot_repr || (o->type->flags & PY_TF_HOLDS)) ? o : NULL;
    py_obj *r = o->type->repr(o);
    py__resume_token = NULL;
    py_recursion_leave();
    if (r && !PY_IS_STR(r)) {
        py_err_set(py_exc_TypeError, "__repr__ returned non-string (type %s)", py_type_name(r));
        py_decref(r);
        return NULL;
    }
    return r;
}

py_obj *py_str(py_obj *o) {
    int safe = py__take_safe(o);
    if (PY_IS_STR(o)) return py_incref(o);
    if (py_recursion_check(" while getting the str of an object") < 0) return NULL;
    py_recursion_enter();
    py_obj *r;
    if (!o->type->str) {
        /* object.__str__: the type's repr slot itself, not repr() (no level of its own, as CPython's object_str) */
        if (!o->type->repr) {
            py_recursion_leave();
            return py_object_repr_default(o);
        }
        py__resume_token = safe && (o->type->repr == slot_repr || (o->type->flags & PY_TF_HOLDS)) ? o : NULL;
        r = o->type->repr(o);
    } else {
        PASS(safe, o, o->type->str, slot_str);
        r = o->type->str(o);
    }
    py__resume_token = NULL;
    py_recursion_leave();
    if (r && !PY_IS_STR(r)) {
        py_err_set(py_exc_TypeError, "__str__ returned non-string (type %s)", py_type_name(r));
        py_decref(r);
        return NULL;
    }
    return r;
}

/* A class's __qualname__ (f.<locals>.B, Outer.Inner), borrowed, or NULL
 * when it is its name */
static py_obj *qualname(py_type *t) { return (t->flags & PY_TF_HEAP) ? t->qualname : NULL; }
py_obj *py__type_qualname(py_type *t) { return qualname(t); }

py_obj *py_object_repr_default(py_obj *o) {
    py_type *t = o->type;
    py_obj *q = qualname(t);
    if (t->module && !py_str_eqc(t->module, "builtins"))
        return q ? py_str_fmt("<%U.%U object at %p>", t->module, q, (void *)o)
                 : py_str_fmt("<%U.%s object at %p>", t->module, t->name, (void *)o);
    return py_str_fmt("<%s object at %p>", t->name, (void *)o);
}

int64_t py_hash(py_obj *o) {
    if (o->type->hash == slot_hash) { /* a class's __hash__ (the hot path, a str's, stays lean) */
        int safe = py__take_safe(o);
        py__resume_token = safe ? o : NULL;
        int64_t h = slot_hash(o);
        py__resume_token = NULL;
        return h;
    }
    if (o->type == &py_tuple_type && py__take_safe(o)) return py__tuple_hash_safe(o);
    if (!o->type->hash && !o->type->richcmp) return ptr_hash(o); /* object.__hash__: identity */
    if (!o->type->hash) {
        py_err_set(py_exc_TypeError, "unhashable type: '%s'", py_type_name(o));
        return -1;
    }
    return o->type->hash(o);
}

int py_truth(py_obj *o) {
    int safe = py__take_safe(o);
    if (o == PY_TRUE) return 1;
    if (o == PY_FALSE || o == PY_NONE) return 0;
    if (o->type->truth) {
        PASS(safe, o, o->type->truth, slot_truth);
        int t = o->type->truth(o);
        py__resume_token = NULL;
        return t;
    }
    if (o->type->len) {
        int64_t n = o->type->len(o);
        return n < 0 ? -1 : n > 0;
    }
    return 1;
}

/* ---- comparison -------------------------------------------------------------- */

static const int swapped_op[] = { PY_GT, PY_GE, PY_EQ, PY_NE, PY_LT, PY_LE };
static const char *const op_sym[] = { "<", "<=", "==", "!=", ">", ">=" };

static py_obj *richcmp(py_obj *a, py_obj *b, int op) {
    int safe = py__take_safe(a);
    py_obj *r;
    int checked_reverse = 0;
    if (a->type != b->type && py_subtype(b->type, a->type) && b->type->richcmp) {
        checked_reverse = 1;
        PASS_CMP(safe, b);
        r = b->type->richcmp(b, a, swapped_op[op]);
        py__resume_token = NULL;
        if (r != PY_NOTIMPL) return r;
        py_decref(r);
    }
    if (a->type->richcmp) {
        PASS_CMP(safe, a);
        r = a->type->richcmp(a, b, op);
        py__resume_token = NULL;
        if (r != PY_NOTIMPL) return r;
        py_decref(r);
    }
    if (!checked_reverse && b->type->richcmp) {
        PASS_CMP(safe, b);
        r = b->type->richcmp(b, a, swapped_op[op]);
        py__resume_token = NULL;
        if (r != PY_NOTIMPL) return r;
        py_decref(r);
    }
    if (op == PY_EQ) return py_bool(a == b);
    if (op == PY_NE) return py_bool(a != b);
    return py_err_set(py_exc_TypeError, "'%s' not supported between instances of '%s' and '%s'",
                      op_sym[op], py_type_name(a), py_type_name(b));
}

/* A comparison is a level of recursion, as CPython's Py_EnterRecursiveCall
 * counts it: lists of lists of lists... compared raise RecursionError at
 * CPython's limit instead of overflowing the C stack. */
py_obj *py_richcmp(py_obj *a, py_obj *b, int op) {
    int safe = py__take_safe(a);
    if (py_recursion_check(" in comparison") < 0) return NULL;
    py_recursion_enter();
    py__resume_token = safe ? a : NULL;
    py_obj *r = richcmp(a, b, op);
    py_recursion_leave();
    return r;
}

int py_richcmp_bool(py_obj *a, py_obj *b, int op) {
    py__resume_token = py__take_safe(a) ? a : NULL;
    py_obj *r = py_richcmp(a, b, op);
    if (!r) return -1;
    int t = py_truth(r);
    py_decref(r);
    return t;
}

int py_eq(py_obj *a, py_obj *b) {
    int safe = py__take_safe(a);
    if (a == b) return 1;
    if (PY_IS_STR(a) && PY_IS_STR(b)) return py_str_eq(a, b);
    py__resume_token = safe ? a : NULL;
    return py_richcmp_bool(a, b, PY_EQ);
}

static py_obj *object_richcmp(py_obj *a, py_obj *b, int op) {
    if (op == PY_EQ) return py_incref(a == b ? PY_TRUE : PY_NOTIMPL);
    if (op == PY_NE) {
        /* != is the inverse of __eq__ unless __eq__ gives NotImplemented. */
        py_obj *eq = a->type->richcmp && a->type->richcmp != object_richcmp ? a->type->richcmp(a, b, PY_EQ)
                                                                            : py_incref(a == b ? PY_TRUE : PY_NOTIMPL);
        if (!eq || eq == PY_NOTIMPL) return eq;
        int t = py_truth(eq);
        py_decref(eq);
        return t < 0 ? NULL : py_bool(!t);
    }
    return py_incref(PY_NOTIMPL);
}

/* ---- attributes ----------------------------------------------------------------- */


extern py_type py_getset_type;
typedef struct py_getset { py_obj ob; const py_getsetdef *def; py_type *owner;
                            py_obj *owner_name; /* a class's __dict__ and __weakref__: its name, for the repr once it is gone */ } py_getset;
/* member_descriptor: a name of a class's __slots__ (CPython's PyMemberDescrObject), laid
 * out as a getset for its owner (borrowed) and owner_name; name is the name mangled */
static py_type py_member_type;
typedef struct { py_obj ob; py_obj *name; py_type *owner; py_obj *owner_name; } py_member;
static py_obj *member_get(py_obj *d, py_obj *o, py_obj *type);
static int member_set(py_obj *d, py_obj *o, py_obj *v);
static py_obj *mangle(const char *cls, py_obj *name);

static py_obj *attr_error(py_obj *o, py_obj *name) {
    py_obj *e;
    if (PY_IS_TYPE(o))
        e = py_exc_new_msg(py_exc_AttributeError, "");
    else
        e = py_exc_new_msg(py_exc_AttributeError, "");
    if (!e) return NULL;
    py_obj *msg;
    if (PY_IS_TYPE(o))
        msg = py_str_fmt("type object '%s' has no attribute '%U'", ((py_type *)o)->name, name);
    else if (PY_TYPE(o) == &py_module_type)
        msg = py_str_fmt("module '%U' has no attribute '%U'", ((py_module *)o)->name, name);
    else
        msg = py_str_fmt("'%s' object has no attribute '%U'", py_type_name(o), name);
    if (!msg) { py_decref(e); return NULL; }
    py_obj *args = py_tuple_pack(1, msg);
    py_decref(msg);
    PY_SETREF(((py_exc *)e)->args, args);
    py_dict_set_s(((py_exc *)e)->dict, "name", name);
    py_dict_set_s(((py_exc *)e)->dict, "obj", o);
    py_err_set_exc(e);
    return NULL;
}

/* The attribute lookup of an instance, announced or not (safe: eval.c's
 * "Suspending under Asyncify"); plain: NULL without an exception where it
 * would run Python code (a property, a class's descriptor, __getattr__),
 * or find nothing, for eval_fast, which then leaves the instruction to
 * eval_loop (py__getattr_plain). */
static py_obj *slot_descr_get(py_obj *d, py_obj *obj, py_obj *type);
/* CPython's slot_tp_getattr_hook: the lookup raised AttributeError, so a
 * class's __getattr__ has its turn */
static __attribute__((noinline)) py_obj *getattr_hook(py_obj *o, py_obj *name, int safe) {
    py_obj *ga;
    if (!py_err_matches(py_exc_AttributeError) || !(ga = heap_lookup(o->type, "__getattr__"))) return NULL;
    py_err_clear();
    return call_special_safe(o, ga, &name, 1, safe);
}
/* A type's __doc__ (and its instances'): its own, else, for a type of C's or a
 * class of the library's (not the program's: __main__), CPython's (py__lib_doc) */
static py_obj *type_doc(py_type *t) {
    py_obj *m = t->dict ? py_dict_get_s(t->dict, "__doc__") : NULL;
    if (m && m != PY_NONE) return py_incref(m);
    py_obj *mod = (t->flags & PY_TF_HEAP) && t->dict ? py_dict_get_s(t->dict, "__module__") : NULL;
    if (!(t->flags & PY_TF_HEAP) || (mod && PY_IS_STR(mod) && !py_str_eqc(mod, "__main__"))) return py__lib_doc((py_obj *)t);
    return py_none();
}
static inline __attribute__((always_inline)) py_obj *generic_getattr_hook(py_obj *o, py_obj *name, int safe, int plain, int hook) {
    py_type *t = o->type;
    py_obj *d = py_type_lookup(t, name), *r;
    if (d) {
        py_type *dt = d->type;
        if (dt == &py_property_type || dt == &py_getset_type || dt == &py_member_type) {
            if (plain && dt == &py_property_type) return NULL;
            py__resume_token = safe ? d : NULL; /* a property's getter may suspend */
            r = dt->descr_get(d, o, (py_obj *)t);
            goto got;
        }
        /* a data descriptor written in Python (__get__ with __set__ or __delete__) comes before the instance's dict */
        if ((dt->flags & PY_TF_HEAP) && dt->descr_get && (heap_lookup(dt, "__set__") || heap_lookup(dt, "__delete__"))) {
            if (plain) return NULL;
            py__resume_token = safe ? d : NULL; /* its __get__ may suspend */
            r = dt->descr_get(d, o, (py_obj *)t);
            goto got;
        }
    }
    if (t->dictoffset) {
        py_obj *dict = *py__dictptr(o);
        if (dict) {
            py_obj *v = py_dict_get(dict, name);
            if (v) return py_incref(v);
        }
    }
    if (d) {
        if (d->type->descr_get) {
            if (plain && d->type->descr_get == slot_descr_get) return NULL;
            py__resume_token = safe ? d : NULL; /* a class's __get__ may suspend */
            r = d->type->descr_get(d, o, (py_obj *)t);
            goto got;
        }
        if (d == PY_NONE && py_str_eqc(name, "__doc__")) return type_doc(t);
        return py_incref(d);
    }
    if (plain) return NULL;
    if (hook && (t->flags & PY_TF_HEAP)) {
        py_obj *ga = heap_lookup(t, "__getattr__");
        if (ga) return call_special_safe(o, ga, &name, 1, safe);
    }
    if (!t->mro) { /* a C type nothing has looked into yet: its methods and slots' dunders */
        py__type_ready(t);
        return py_generic_getattr(o, name);
    }
    return attr_error(o, name);
got: /* an AttributeError from a getter or a __get__ goes to __getattr__ */
    if (!r && !plain && hook && (t->flags & PY_TF_HEAP)) return getattr_hook(o, name, safe);
    /* plain: an empty slot's AttributeError is the whole lookup's to raise (__getattr__ may follow) */
    if (!r && plain && (t->flags & PY_TF_HEAP) && py_err_matches(py_exc_AttributeError)) py_err_clear();
    return r;
}
#define generic_getattr(o, name, safe, plain) generic_getattr_hook(o, name, safe, plain, 1)

py_obj *py_generic_getattr(py_obj *o, py_obj *name) { return generic_getattr(o, name, 0, 0); }

static py_obj *type_getattr(py_obj *o, py_obj *name);
static py_obj *type_getattr_plain(py_obj *o, py_obj *name, int plain);
py_obj *py__getattr_plain(py_obj *o, py_obj *name) {
    if (o->type->getattr) return o->type->getattr == type_getattr ? type_getattr_plain(o, name, 1) : NULL;
    return generic_getattr(o, name, 0, 1);
}

/* CPython's set_attribute_error_context (PyObject_GetAttr): an
 * AttributeError that a lookup of name on o raised without a name and obj
 * (raised in Python, by a __getattr__, a property, an enum class) gets
 * them, so it has e.name and e.obj and its traceback a "Did you mean". */
void py__attr_error_context(py_obj *o, py_obj *name) {
    py_obj *e = py__ts->exc;
    if (!e || !PY_IS_EXC(e) || !py_subtype(PY_TYPE(e), py_exc_AttributeError)) return;
    py_obj *d = ((py_exc *)e)->dict, *n = py_dict_get_s(d, "name"), *ob = py_dict_get_s(d, "obj");
    if ((n && n != PY_NONE) || (ob && ob != PY_NONE)) return;
    py_dict_set_s(d, "name", name);
    py_dict_set_s(d, "obj", o);
}

py_obj *py_getattr(py_obj *o, py_obj *name) {
    int safe = py__take_safe(o);
    py_obj *r;
    if (o->type->getattr) {
        if (o->type->getattr == slot_getattribute) { /* a class's __getattribute__ may suspend */
            py__resume_token = safe ? o : NULL;
            r = slot_getattribute(o, name);
            py__resume_token = NULL;
        } else if (!safe || o->type != &py_type_type) {
            r = o->type->getattr(o, name);
        } else {
            /* a class's attribute: a descriptor written in Python has its
             * __get__ run here, announced (type_getattr is not instrumented) */
            r = type_getattr_plain(o, name, 1);
            if (!r && !py_err_occurred()) {
                py_obj *d = py_type_lookup((py_type *)o, name);
                py__resume_token = d;
                r = d->type->descr_get(d, NULL, o);
                py__resume_token = NULL;
            }
        }
    } else {
        r = generic_getattr(o, name, safe, 0);
    }
    if (!r) py__attr_error_context(o, name);
    return r;
}

py_obj *py_getattr_s(py_obj *o, const char *name) {
    py_obj *n = py_str_intern(name);
    py_obj *r = py_getattr(o, n);
    py_decref(n);
    return r;
}

static py_obj *classmethod_get(py_obj *d, py_obj *obj, py_obj *type);
py_obj *py_getattr_opt(py_obj *o, py_obj *name) {
    py_obj *r = py_getattr(o, name);
    if (!r && py_err_matches(py_exc_AttributeError)) py_err_clear();
    return r;
}

/* The attribute store of an instance, announced or not (safe); plain: -2
 * where it would run Python code (a property's setter), for eval_fast
 * (py__setattr_plain). */
/* Is name one of the __slots__ of t's classes?  (A str, or a tuple, list
 * or dict of them; anything else lets every name through.) */
static int slots_has(py_obj *sl, py_obj *name) {
    if (PY_IS_STR(sl)) return py_str_eq(sl, name);
    if (PY_IS_TUPLE(sl) || PY_IS_LIST(sl) || PY_IS_DICT(sl)) return py_contains(sl, name) == 1;
    return 1;
}
static __attribute__((noinline)) int slots_name(py_type *t, py_obj *name) {
    for (size_t i = 0; i < PY_TLEN(t->mro); i++) {
        py_type *c = (py_type *)PY_TITEM(t->mro, i);
        py_obj *sl = c->flags & PY_TF_HEAP ? py_dict_get_s(c->dict, "__slots__") : NULL;
        if (sl && slots_has(sl, name)) return 1;
    }
    return 0;
}

static inline __attribute__((always_inline)) int generic_setattr(py_obj *o, py_obj *name, py_obj *v, int safe, int plain) {
    py_type *t = o->type;
    py_obj *d = py_type_lookup(t, name);
    if (d && d->type == &py_property_type) {
        if (plain) return -2;
        py_property *p = (py_property *)d;
        py_obj *f = v ? p->fset : p->fdel;
        if (!f) { /* CPython 3.11's property_descr_set */
            py_obj *qn = qualname(t);
            if (qn)
                py_err_set(py_exc_AttributeError, "property '%U' of '%U' object has no %s", name, qn, v ? "setter" : "deleter");
            else
                py_err_set(py_exc_AttributeError, "property '%U' of '%s' object has no %s", name, t->name, v ? "setter" : "deleter");
            return -1;
        }
        py_obj *args[2] = { o, v };
        py__resume_token = safe ? f : NULL; /* the setter may suspend */
        py_obj *r = py_call(f, args, v ? 2 : 1, NULL);
        py__resume_token = NULL;
        if (!r) return -1;
        py_decref(r);
        return 0;
    }
    if (d && (d->type->flags & PY_TF_HEAP)) { /* a descriptor written in Python: its __set__ or __delete__ */
        py_obj *m = heap_lookup(d->type, v ? "__set__" : "__delete__");
        if (m) {
            if (plain) return -2;
            py_obj *args[2] = { o, v };
            py_obj *r = call_special_safe(d, m, args, v ? 2 : 1, safe);
            if (!r) return -1;
            py_decref(r);
            return 0;
        }
        /* a data descriptor that has the other one only: CPython's slot_tp_descr_set */
        if (heap_lookup(d->type, v ? "__delete__" : "__set__")) {
            if (plain) return -2;
            py_err_set(py_exc_AttributeError, v ? "__set__" : "__delete__");
            return -1;
        }
    }
    if (d && d->type == &py_member_type) return member_set(d, o, v);
    if (d && d->type == &py_getset_type) {
        py_getset *g = (py_getset *)d;
        if (!g->def->set) {
            if (t == &py_complex_type) /* real and imag: read-only members (PyMemberDef) in CPython */
                py_err_set(py_exc_AttributeError, "readonly attribute");
            else
                py_err_set(py_exc_AttributeError, "attribute '%U' of '%s' objects is not writable", name, t->name);
            return -1;
        }
        return g->def->set(o, v);
    }
    if (!t->dictoffset) {
        if (d && t == &py_cfunc_type && py__in_words(" __doc__ __name__ __qualname__ __self__ __text_signature__ ", py_s(name)))
            py_err_set(py_exc_AttributeError, "attribute '%U' of '%s' objects is not writable", name, t->name); /* getsets there */
        else if (d)
            py_err_set(py_exc_AttributeError, "'%s' object attribute '%U' is read-only", t->name, name);
        else
            py_err_set(py_exc_AttributeError, "'%s' object has no attribute '%U'", t->name, name);
        return -1;
    }
    if ((t->flags & PY_TF_SLOTS) && !slots_name(t, name)) {
        py_err_set(py_exc_AttributeError, "'%s' object has no attribute '%U'", t->name, name);
        return -1;
    }
    py_obj **dp = py__dictptr(o);
    if (!*dp) {
        *dp = py_dict_new();
        if (!*dp) return -1;
    }
    if (v) return py_dict_set(*dp, name, v);
    if (py_dict_del(*dp, name) < 0) {
        py_err_clear();
        if (t->flags & PY_TF_SLOTS) py_err_set(py_exc_AttributeError, "%U", name); /* an empty slot */
        else /* PyObject_GenericSetAttr's: no name and obj, so no "Did you mean" */
            py_err_set(py_exc_AttributeError, "'%s' object has no attribute '%U'", t->name, name);
        return -1;
    }
    return 0;
}

int py_generic_setattr(py_obj *o, py_obj *name, py_obj *v) { return generic_setattr(o, name, v, 0, 0); }

int py__setattr_plain(py_obj *o, py_obj *name, py_obj *v) {
    if (o->type->setattr) return -2;
    return generic_setattr(o, name, v, 0, 1);
}

int py_setattr(py_obj *o, py_obj *name, py_obj *v) {
    int safe = py__take_safe(o);
    if (o->type->setattr) {
        py__resume_token = safe && o->type->setattr == slot_setattr ? o : NULL; /* __setattr__ may suspend */
        int r = o->type->setattr(o, name, v);
        py__resume_token = NULL;
        return r;
    }
    return generic_setattr(o, name, v, safe, 0);
}
int py_setattr_s(py_obj *o, const char *name, py_obj *v) {
    py_obj *n = py_str_intern(name);
    int r = py_setattr(o, n, v);
    py_decref(n);
    return r;
}

/* ---- calls ---------------------------------------------------------------------- */

py_obj *py_call(py_obj *f, py_obj *const *args, size_t nargs, py_obj *kwnames) {
    py_callfn c = f->type->call;
    if (!c) return py_err_set(py_exc_TypeError, "'%s' object is not callable", py_type_name(f));
    if (py__stack_check("") < 0) return NULL;
    return c(f, args, nargs, kwnames);
}
py_obj *py_call0(py_obj *f) { return py_call(f, NULL, 0, NULL); }
py_obj *py_call1(py_obj *f, py_obj *a) { return py_call(f, &a, 1, NULL); }
py_obj *py_call2(py_obj *f, py_obj *a, py_obj *b) {
    py_obj *args[2] = { a, b };
    return py_call(f, args, 2, NULL);
}
py_obj *py_call_method(py_obj *o, const char *name, py_obj *const *args, size_t nargs) {
    py_obj *m = py_getattr_s(o, name);
    if (!m) return NULL;
    py_obj *r = py_call(m, args, nargs, NULL);
    py_decref(m);
    return r;
}
py_obj *py_call_tuple_dict(py_obj *f, py_obj *args, py_obj *kwargs) {
    int safe = py__take_safe(f); /* f(*args): announced by eval.c's OP_CALL_FUNCTION_EX, f may suspend */
    size_t np = args ? PY_TLEN(args) : 0;
    size_t nk = kwargs ? ((py_dict *)kwargs)->used : 0;
    py_obj **stack = malloc(sizeof(py_obj *) * (np + nk + 1));
    if (!stack) return py_err_nomem();
    for (size_t i = 0; i < np; i++) stack[i] = PY_TITEM(args, i);
    py_obj *kwnames = NULL;
    if (nk) {
        kwnames = py_tuple_new(nk);
        size_t pos = 0, i = 0;
        py_obj *k, *v;
        while (py_dict_next(kwargs, &pos, &k, &v)) {
            if (!PY_IS_STR(k)) {
                py_decref(kwnames);
                free(stack);
                return py_err_set(py_exc_TypeError, "keywords must be strings");
            }
            PY_TITEM(kwnames, i) = py_incref(k);
            stack[np + i] = v;
            i++;
        }
    }
    py__resume_token = safe ? f : NULL;
    py_obj *r = py_call(f, stack, np, kwnames);
    py__resume_token = NULL;
    py_xdecref(kwnames);
    free(stack);
    return r;
}

int py_callable(py_obj *o) { return o->type->call != NULL; }

/* Argument parsing for built-ins: binds args (positional, then one per
 * name of kwnames) to out[] by the names (NULL where not given).  py: the
 * messages of a function CPython writes in Python (asyncio.sleep,
 * random.sample, ...): "sleep() missing 1 required positional argument:
 * 'delay'", "run() takes 1 positional argument but 2 were given", "got
 * multiple values for argument 'delay'"; fname is then the qualified name
 * CPython prints ("Random.sample": a method's "takes N positional arguments"
 * counts self).  Otherwise a C function's: "takes at most 2 arguments (3
 * given)", "given by name ('x') and position (1)". */
int py__args_unbound;
static int bind_args(const char *fname, py_obj *const *args, size_t nargs, py_obj *kwnames, int minargs, int maxpos,
                     const char *const *names, py_obj **out, int py) {
    int total = 0;
    if (names) while (names[total]) total++;
    if (total < maxpos) total = maxpos;
    for (int i = 0; i < total; i++) out[i] = NULL;
    int nkw = kwnames ? (int)PY_TLEN(kwnames) : 0;
    if (!py && names && (int)nargs + nkw > total) {
        /* CPython's _PyArg_UnpackKeywords and vgetargskeywords count every
         * argument against every parameter first */
        py_err_set(py_exc_TypeError, "%s() takes at most %d %sargument%s (%d given)", fname, total,
                   nargs ? "" : "keyword ", total == 1 ? "" : "s", (int)nargs + nkw);
        goto refused;
    }
    if ((int)nargs > maxpos) {
        if (py) {
            int self = strchr(fname, '.') != NULL; /* a method's counts include self */
            int lo = minargs + self, hi = maxpos + self, n = (int)nargs + self;
            if (lo == hi)
                py_err_set(py_exc_TypeError, "%s() takes %d positional argument%s but %d %s given", fname, hi,
                           hi == 1 ? "" : "s", n, n == 1 ? "was" : "were");
            else
                py_err_set(py_exc_TypeError, "%s() takes from %d to %d positional arguments but %d were given", fname,
                           lo, hi, n);
        } else if (maxpos == 0)
            py_err_set(py_exc_TypeError, "%s() takes no positional arguments", fname);
        else if (!names && minargs < maxpos) /* Argument Clinic's positional-only: _PyArg_CheckPositional */
            py_err_set(py_exc_TypeError, "%s expected at most %d argument%s, got %d", fname, maxpos,
                       maxpos == 1 ? "" : "s", (int)nargs);
        else if (names && total > maxpos) /* and then the positional ones */
            py_err_set(py_exc_TypeError, "%s() takes %s %d positional argument%s (%d given)", fname,
                       minargs < maxpos ? "at most" : "exactly", maxpos, maxpos == 1 ? "" : "s", (int)nargs);
        else
            py_err_set(py_exc_TypeError, "%s() takes %s %d argument%s (%d given)", fname,
                       minargs == maxpos ? "exactly" : "at most", maxpos, maxpos == 1 ? "" : "s", (int)nargs);
        goto refused;
    }
    for (size_t i = 0; i < nargs; i++) out[i] = args[i];
    for (size_t k = 0; kwnames && k < PY_TLEN(kwnames); k++) {
        py_obj *kn = PY_TITEM(kwnames, k);
        int found = -1;
        for (int i = 0; names && names[i]; i++)
            if (names[i][0] && py_str_eqc(kn, names[i])) { found = i; break; }
        if (found < 0) {
            if (py) py_err_set(py_exc_TypeError, "%s() got an unexpected keyword argument '%U'", fname, kn);
            else if (!names) py_err_set(py_exc_TypeError, "%s() takes no keyword arguments", fname);
            else py_err_set(py_exc_TypeError, "'%U' is an invalid keyword argument for %s()", kn, fname); /* a C function's */
            goto refused;
        }
        if (out[found]) {
            if (py) py_err_set(py_exc_TypeError, "%s() got multiple values for argument '%U'", fname, kn);
            else py_err_set(py_exc_TypeError, "argument for %s() given by name ('%U') and position (%d)", fname, kn,
                            found + 1);
            goto refused;
        }
        out[found] = args[nargs + k];
    }
    int missing = 0, last = 0;
    for (int i = 0; i < minargs; i++) if (!out[i]) { missing++; last = i; }
    if (!missing) return 0;
    if (!py) {
        int i = 0;
        while (out[i]) i++;
        if (names && names[i] && names[i][0] && (int)nargs <= i)
            py_err_set(py_exc_TypeError, "%s() missing required argument '%s' (pos %d)", fname, names[i], i + 1);
        else if (names && names[i] && !names[i][0]) { /* a positional-only one: sum() */
            int posonly = 0;
            while (posonly < minargs && names[posonly] && !names[posonly][0]) posonly++;
            py_err_set(py_exc_TypeError, "%s() takes %s %d positional argument%s (%d given)", fname,
                       posonly < maxpos ? "at least" : "exactly", posonly, posonly == 1 ? "" : "s", (int)nargs);
        }
        else if (minargs == maxpos)
            py_err_set(py_exc_TypeError, "%s() takes exactly %d argument%s (%d given)", fname, minargs,
                       minargs == 1 ? "" : "s", (int)nargs);
        else
            py_err_set(py_exc_TypeError, "%s expected at least %d argument%s, got %d", fname, minargs,
                       minargs == 1 ? "" : "s", (int)nargs);
        return -1;
    }
    py_buf b = {0};
    py_buf_printf(&b, "%s() missing %d required positional argument%s: ", fname, missing, missing == 1 ? "" : "s");
    for (int i = 0, seen = 0; i < minargs; i++) {
        if (out[i]) continue;
        if (seen++) py_buf_printf(&b, "%s", missing == 2 ? " and " : i == last ? ", and " : ", ");
        py_buf_printf(&b, "'%s'", names[i]);
    }
    py_obj *msg = py_str_from_buf(&b);
    if (msg) { py_err_setv(py_exc_TypeError, msg); py_decref(msg); }
refused:
    if (py) py__args_unbound = 1; /* no frame was made: the caller does not keep the arguments */
    return -1;
}
int py_args(const char *fname, py_obj *const *args, size_t nargs, py_obj *kwnames, int minargs, int maxpos,
            const char *const *names, py_obj **out) {
    return bind_args(fname, args, nargs, kwnames, minargs, maxpos, names, out, 0);
}
int py_args_py(const char *fname, py_obj *const *args, size_t nargs, py_obj *kwnames, int minargs, int maxpos,
               const char *const *names, py_obj **out) {
    return bind_args(fname, args, nargs, kwnames, minargs, maxpos, names, out, 1);
}


/* ---- iteration, length, items ----------------------------------------------------- */

py_obj *py_iter(py_obj *o) {
    int safe = py__take_safe(o); /* a class's __iter__ may suspend */
    if (o->type->iter) {
        PASS(safe, o, o->type->iter, slot_iter);
        py_obj *r = o->type->iter(o);
        py__resume_token = NULL;
        return r;
    }
    if (o->type->getitem && o->type != &py_dict_type) return py_seq_iter_new(o);
    return py_err_set(py_exc_TypeError, "'%s' object is not iterable", py_type_name(o));
}

/* As CPython's PyIter_Next: NULL with no exception pending when the
 * iterator is exhausted, even when it said so with a StopIteration (a
 * generator that returns a value sets StopIteration(value), which only
 * next(), `yield from` and await want to see). */
py_obj *py_next(py_obj *it) {
    if (!it->type->next) return py_err_set(py_exc_TypeError, "'%s' object is not an iterator", py_type_name(it));
    if (py__stack_check("") < 0) return NULL;
    py_obj *r = it->type->next(it);
    if (!r && py_err_occurred() && py_err_matches(py_exc_StopIteration)) py_err_clear();
    return r;
}

int64_t py_len(py_obj *o) {
    int safe = py__take_safe(o);
    if (!o->type->len) {
        py_err_set(py_exc_TypeError, "object of type '%s' has no len()", py_type_name(o));
        return -1;
    }
    PASS(safe, o, o->type->len, slot_len);
    int64_t n = o->type->len(o);
    py__resume_token = NULL;
    return n;
}

py_obj *py__index_of(py_obj *v, int safe) {
    py_obj *m;
    if (!(v->type->flags & PY_TF_HEAP) || PY_CHECK_INT(v) || !(m = heap_lookup(v->type, "__index__"))) return py_incref(v);
    py_obj *r = call_special_safe(v, m, NULL, 0, safe);
    if (r && !PY_CHECK_INT(r)) {
        py_err_set(py_exc_TypeError, "__index__ returned non-int (type %s)", py_type_name(r));
        PY_CLEAR(r);
    }
    return r;
}
/* A list's, a tuple's or a str's [] announced (py_getitem): __index__ runs
 * here, where it may suspend, in CPython's order (a slice's step, start,
 * stop), and the sequence's getitem, not instrumented, is given ints. */
static py_obj *index_getitem(py_obj *o, py_obj *k) {
    py_obj *k2;
    if (PY_TYPE(k) == &py_slice_type) {
        py_slice *s = (py_slice *)k;
        py_obj *step = py__index_of(s->step, 1), *start = step ? py__index_of(s->start, 1) : NULL;
        py_obj *stop = start ? py__index_of(s->stop, 1) : NULL;
        k2 = stop ? py_slice_new(start, stop, step) : NULL;
        py_xdecref(step);
        py_xdecref(start);
        py_xdecref(stop);
    } else k2 = py__index_of(k, 1);
    if (!k2) return NULL;
    py_obj *r = o->type->getitem(o, k2);
    py_decref(k2);
    return r;
}
/* through a pointer, as containers.c's py__dict_safe says why */
py_obj *(*py__index_getitem)(py_obj *o, py_obj *k) = index_getitem;

/* d[k] of a class derived from dict, announced: its __missing__ may suspend */
static py_obj *dict_sub_getitem(py_obj *o, py_obj *k) {
    py_obj *r = py__dict_safe(o, k, NULL, PY_DICT_FIND);
    if (r || py_err_occurred()) return r;
    py_obj *m = py_type_lookup_s(o->type, "__missing__");
    if (!m) return py_err_setv(py_exc_KeyError, k);
    return call_special_safe(o, m, &k, 1, 1);
}

py_obj *py_getitem(py_obj *o, py_obj *k) {
    int safe = py__take_safe(o);
    if (o->type->getitem) {
        if (safe && PY_IS_DICT(o)) return py__dict_safe(o, k, NULL, PY_DICT_GET);
        if (safe && o->type->getitem == py_dict_type.getitem) return dict_sub_getitem(o, k);
        if (safe && (PY_IS_LIST(o) || PY_IS_TUPLE(o) || PY_IS_STR(o))) return py__index_getitem(o, k);
        PASS(safe, o, o->type->getitem, slot_getitem);
        py_obj *r = o->type->getitem(o, k);
        py__resume_token = NULL;
        return r;
    }
    if (PY_IS_TYPE(o)) {
        /* list[int], dict[str, int], a dict subclass's D[str, int]: the
         * class's __class_getitem__, its own or a built-in base's (a
         * types.GenericAlias, py__class_getitem); type[int] as CPython's
         * PyObject_GetItem makes it; int[str] is not subscriptable */
        py_type *t = (py_type *)o;
        if (t == &py_type_type) return py__generic_alias(o, k, t->name);
        py_obj *cg = py_type_lookup_s(t, "__class_getitem__");
        if (cg && PY_TYPE(cg) == &py_func_type) return py_call2(cg, o, k); /* implicitly a classmethod */
        if (cg) {
            py_obj *m = py_getattr_s(o, "__class_getitem__");
            py_obj *r = m ? py_call1(m, k) : NULL;
            py_xdecref(m);
            return r;
        }
        return py_err_set(py_exc_TypeError, "type '%s' is not subscriptable", ((py_type *)o)->name);
    }
    return py_err_set(py_exc_TypeError, "'%s' object is not subscriptable", py_type_name(o));
}

int py_setitem(py_obj *o, py_obj *k, py_obj *v) {
    int safe = py__take_safe(o); /* __setitem__ may suspend */
    if (o->type->setitem) {
        if (safe && PY_IS_DICT(o)) return py__dict_safe(o, k, v, PY_DICT_SET) ? 0 : -1;
        PASS(safe, o, o->type->setitem, slot_setitem);
        int r = o->type->setitem(o, k, v);
        py__resume_token = NULL;
        return r;
    }
    py_err_set(py_exc_TypeError, "'%s' object does not support item assignment", py_type_name(o));
    return -1;
}

int py_delitem(py_obj *o, py_obj *k) {
    int safe = py__take_safe(o); /* __delitem__ may suspend */
    if (o->type->setitem) {
        PASS(safe, o, o->type->setitem, slot_setitem);
        int r = o->type->setitem(o, k, NULL);
        py__resume_token = NULL;
        return r;
    }
    /* CPython's words: PySequence_DelItem's for a type with sequence slots
     * (a class's, str, tuple, set, range...) and an index, PyObject_DelItem's otherwise */
    int seq = (o->type->flags & PY_TF_HEAP) || o->type->len || o->type->contains;
    py_err_set(py_exc_TypeError, seq && PY_CHECK_INT(k) ? "'%s' object doesn't support item deletion"
                                                        : "'%s' object does not support item deletion", py_type_name(o));
    return -1;
}

int py_contains(py_obj *o, py_obj *v) {
    int safe = py__take_safe(o);
    if (o->type->contains) {
        if (safe && PY_IS_DICT(o)) {
            py_obj *r = py__dict_safe(o, v, NULL, PY_DICT_IN);
            return r ? r == PY_TRUE : -1;
        }
        if (safe && PY_IS_SET(o)) return py__set_safe(o, v, 0);
        /* list_contains and tuple_contains (containers.c) take it too */
        py__resume_token = safe && (o->type->contains == slot_contains || PY_IS_LIST(o) || PY_IS_TUPLE(o)) ? o : NULL;
        int r = o->type->contains(o, v);
        py__resume_token = NULL;
        return r;
    }
    py_obj *it = py_iter(o);
    if (!it) {
        if (py_err_matches(py_exc_TypeError)) {
            py_err_clear();
            py_err_set(py_exc_TypeError, "argument of type '%s' is not iterable", py_type_name(o));
        }
        return -1;
    }
    py_obj *x;
    int found = 0;
    while ((x = py_next(it))) {
        int e = py_eq(x, v);
        py_decref(x);
        if (e) { found = e; break; }
    }
    py_decref(it);
    if (found < 0 || (found == 0 && py_err_occurred())) return -1;
    return found;
}

int64_t py_index(py_obj *o, int *ok) { return py_index_ex(o, ok, py_exc_IndexError); }

/* CPython's PyNumber_AsSsize_t(o, exc): __index__ as int64, an int past 64 bits
   raising exc ("cannot fit 'int' into an index-sized integer"): IndexError for a
   subscript, OverflowError for a sequence's repeat count. */
int64_t py_index_ex(py_obj *o, int *ok, py_type *exc) {
    *ok = 1;
    py_obj *r = NULL;
    if (!PY_CHECK_INT(o)) {
        py_obj *m = o->type->flags & PY_TF_HEAP ? heap_lookup(o->type, "__index__") : NULL;
        if (!m) {
            *ok = 0;
            py_err_set(py_exc_TypeError, "'%s' object cannot be interpreted as an integer", py_type_name(o));
            return 0;
        }
        o = r = call_special(o, m, NULL, 0);
        if (!r) { *ok = 0; return 0; }
        if (!PY_CHECK_INT(r)) { /* as CPython's: an int, not another object with an __index__ */
            py_err_set(py_exc_TypeError, "__index__ returned non-int (type %s)", py_type_name(r));
            py_decref(r);
            *ok = 0;
            return 0;
        }
    }
    int ov;
    int64_t v = py_int_val(o, &ov);
    if (ov) {
        py_err_set(exc, "cannot fit 'int' into an index-sized integer");
        *ok = 0;
    }
    py_xdecref(r);
    return v;
}

/* ---- operators ------------------------------------------------------------------------ */

static const char *const binop_sym[] = { "", "+", "-", "*", "@", "/", "%", "** or pow()", "<<", ">>", "|", "^", "&", "//" };
static const char *const ibinop_sym[] = { "", "+=", "-=", "*=", "@=", "/=", "%=", "**=", "<<=", ">>=", "|=", "^=", "&=", "//=" };
/* Literal names only: heap_lookup interns its argument by address. */
static const char *const binop_dunder[] = { "", "__add__", "__sub__", "__mul__", "__matmul__", "__truediv__", "__mod__", "__pow__", "__lshift__", "__rshift__", "__or__", "__xor__", "__and__", "__floordiv__" };
static const char *const binop_rdunder[] = { "", "__radd__", "__rsub__", "__rmul__", "__rmatmul__", "__rtruediv__", "__rmod__", "__rpow__", "__rlshift__", "__rrshift__", "__ror__", "__rxor__", "__rand__", "__rfloordiv__" };
static const char *const binop_idunder[] = { "", "__iadd__", "__isub__", "__imul__", "__imatmul__", "__itruediv__", "__imod__", "__ipow__", "__ilshift__", "__irshift__", "__ior__", "__ixor__", "__iand__", "__ifloordiv__" };

extern py_obj *py__seq_binop(py_obj *a, py_obj *b, int op); /* containers.c / str.c */

static py_obj *user_binop(py_obj *a, py_obj *b, int op, int *tried, int safe) {
    int aheap = (a->type->flags & PY_TF_HEAP) != 0, bheap = (b->type->flags & PY_TF_HEAP) != 0;
    *tried = 0;
    if (!aheap && !bheap) return py_incref(PY_NOTIMPL);
    py_obj *fa = NULL, *fb = NULL;
    if (aheap) fa = heap_lookup(a->type, binop_dunder[op]);
    if (bheap && b->type != a->type) fb = heap_lookup(b->type, binop_rdunder[op]);
    *tried = 1;
    if (fb && py_subtype(b->type, a->type)) {
        py_obj *r = call_special_safe(b, fb, &a, 1, safe);
        if (r != PY_NOTIMPL) return r;
        py_decref(r);
        fb = NULL;
    }
    if (fa) {
        py_obj *r = call_special_safe(a, fa, &b, 1, safe);
        if (r != PY_NOTIMPL) return r;
        py_decref(r);
    }
    if (fb) return call_special_safe(b, fb, &a, 1, safe);
    return py_incref(PY_NOTIMPL);
}

static py_obj *binop_error(py_obj *a, py_obj *b, int op, int inplace) {
    py_type *ba = a->type; /* a class derived from str, list or tuple: the base's words */
    while (ba->flags & PY_TF_HEAP) ba = ba->base;
    if (ba->base == &py_tuple_type) ba = ba->base; /* a struct sequence (time.struct_time, sys.version_info) */
    int tuple_b = PY_CHECK_TUPLE(b) || b->type->base == &py_tuple_type;
    if (op == PYAST_Add && (ba == &py_str_type || ba == &py_list_type || ba == &py_tuple_type) && a->type != b->type)
        return py_err_set(py_exc_TypeError, "can only concatenate %s (not \"%s\") to %s", ba->name,
                          py_type_name(b), ba->name);
    if (op == PYAST_Add && (ba == &py_bytes_type || ba == &py_bytearray_type)) /* CPython's bytes_concat: b is not bytes-like */
        return py_err_set(py_exc_TypeError, "can't concat %s to %s", py_type_name(b), py_type_name(a));
    if (op == PYAST_Mult && (PY_CHECK_STR(a) || PY_CHECK_LIST(a) || ba == &py_tuple_type || PY_BYTES_LIKE(a)) && !PY_CHECK_INT(b))
        return py_err_set(py_exc_TypeError, "can't multiply sequence by non-int of type '%s'", py_type_name(b));
    if (op == PYAST_Mult && (PY_CHECK_STR(b) || PY_CHECK_LIST(b) || tuple_b || PY_BYTES_LIKE(b)) && !PY_CHECK_INT(a))
        return py_err_set(py_exc_TypeError, "can't multiply sequence by non-int of type '%s'", py_type_name(a));
    /* Python 2's print >>stream, "...": CPython's binary_op hints */
    const char *hint = op == PYAST_RShift && !inplace && PY_TYPE(a) == &py_cfunc_type &&
                       !strcmp(((py_cfunc *)a)->def->name, "print") ? ". Did you mean \"print(<message>, file=<output_stream>)\"?" : "";
    return py_err_set(py_exc_TypeError, "unsupported operand type(s) for %s: '%s' and '%s'%s",
                      inplace ? ibinop_sym[op] : binop_sym[op], py_type_name(a), py_type_name(b), hint);
}

/* "%s" % x: the announcement passed on, x's __str__ may suspend (py__seq_binop's case) */
static py_obj *str_percent(py_obj *a, py_obj *b, int safe) {
    py__resume_token = safe ? a : NULL;
    py_obj *r = py_str_percent(a, b);
    py__resume_token = NULL;
    return r;
}

py_obj *py_binop(py_obj *a, py_obj *b, int op) {
    int safe = py__take_safe(a); /* __add__... may suspend (announced for a) */
    py_obj *r;
    int tried;
    if (!(a->type->flags & PY_TF_HEAP) && !(b->type->flags & PY_TF_HEAP)) {
        r = py_num_binop(a, b, op);
        if (r != PY_NOTIMPL) return r;
        py_decref(r);
        if (op == PYAST_Mod && PY_IS_STR(a)) return str_percent(a, b, safe);
        if (op == PYAST_Mod && PY_TYPE(a) == &py_bytes_type) return py_bytes_percent(a, b); /* PEP 461 */
        if (op == PYAST_Mod && PY_IS_BYTEARRAY(a)) return py__bytearray_percent(a, b);
        r = py__seq_binop(a, b, op);
        if (r != PY_NOTIMPL) return r;
        py_decref(r);
        if (op == PYAST_BitOr && (r = py__typing_or(a, b)) != PY_NOTIMPL) return r; /* List[int] | None */
        py_decref(r);
        if (op == PYAST_BitOr && (r = py__union_or(a, b)) != PY_NOTIMPL) return r; /* int | None */
        py_decref(r);
        return binop_error(a, b, op, 0);
    }
    /* "%s" % obj: str's own % first (its nb_remainder), before a class's __rmod__,
     * unless the class derives from str */
    if (op == PYAST_Mod && PY_TYPE(a) == &py_str_type && !py_subtype(b->type, &py_str_type)) return str_percent(a, b, safe);
    r = user_binop(a, b, op, &tried, safe);
    if (r != PY_NOTIMPL) return r;
    py_decref(r);
    r = py_num_binop(a, b, op);
    if (r != PY_NOTIMPL) return r;
    py_decref(r);
    if (op == PYAST_Mod && PY_IS_STR(a)) return str_percent(a, b, safe);
    if (op == PYAST_Mod && PY_TYPE(a) == &py_bytes_type) return py_bytes_percent(a, b);
    if (op == PYAST_Mod && PY_IS_BYTEARRAY(a)) return py__bytearray_percent(a, b);
    r = py__seq_binop(a, b, op);
    if (r != PY_NOTIMPL) return r;
    py_decref(r);
    return binop_error(a, b, op, 0);
}

extern py_obj *py__seq_inplace(py_obj *a, py_obj *b, int op);

py_obj *py_inplace(py_obj *a, py_obj *b, int op) {
    int safe = py__take_safe(a); /* __iadd__... may suspend (announced for a) */
    py_obj *r;
    if (a->type->flags & PY_TF_HEAP) {
        py_obj *f = heap_lookup(a->type, binop_idunder[op]);
        if (f) {
            r = call_special_safe(a, f, &b, 1, safe);
            if (r != PY_NOTIMPL) return r;
            py_decref(r);
        }
    } else {
        r = py__seq_inplace(a, b, op);
        if (r != PY_NOTIMPL) return r;
        py_decref(r);
    }
    int tried;
    r = user_binop(a, b, op, &tried, safe);
    if (r != PY_NOTIMPL) return r;
    py_decref(r);
    if (a->type->flags & PY_TF_HEAP) { /* a class derived from list, set, dict: the base's in-place operator */
        r = py__seq_inplace(a, b, op);
        if (r != PY_NOTIMPL) return r;
        py_decref(r);
    }
    r = py_num_binop(a, b, op);
    if (r != PY_NOTIMPL) return r;
    py_decref(r);
    r = py__seq_binop(a, b, op);
    if (r != PY_NOTIMPL) return r;
    py_decref(r);
    return binop_error(a, b, op, 1);
}

extern py_obj *py__num_unary(py_obj *a, int op);

py_obj *py_unary(py_obj *a, int op) {
    int safe = py__take_safe(a); /* __neg__, __bool__... may suspend */
    if (op == PYAST_Not) {
        py__resume_token = safe ? a : NULL;
        int t = py_truth(a);
        return t < 0 ? NULL : py_bool(!t);
    }
    if (a->type->flags & PY_TF_HEAP) {
        const char *n = op == PYAST_Invert ? "__invert__" : op == PYAST_UAdd ? "__pos__" : "__neg__";
        py_obj *f = heap_lookup(a->type, n);
        if (f) return call_special_safe(a, f, NULL, 0, safe);
    }
    py_obj *r = py__num_unary(a, op);
    if (r != PY_NOTIMPL) return r;
    py_decref(r);
    const char *s = op == PYAST_Invert ? "unary ~" : op == PYAST_UAdd ? "unary +" : "unary -";
    return py_err_set(py_exc_TypeError, "bad operand type for %s: '%s'", s, py_type_name(a));
}

/* ---- slots of classes defined in Python: they call the dunder methods ----------------- */

/* A class with __setattr__ or __delattr__ of its own (set when the class
 * statement or a later assignment to the class gives it one). */
static int slot_setattr(py_obj *o, py_obj *name, py_obj *v) {
    int safe = py__take_safe(o);
    if (py__stack_check("") < 0) return -1;
    py_obj *f = heap_lookup(o->type, v ? "__setattr__" : "__delattr__");
    if (f) {
        py_obj *args[2] = { name, v };
        py_obj *r = call_special_safe(o, f, args, v ? 2 : 1, safe);
        if (!r) return -1;
        py_decref(r);
        return 0;
    }
    py_type *t = o->type;
    while (t->flags & PY_TF_HEAP) t = t->base;
    if (t->setattr) return t->setattr(o, name, v);
    return py_generic_setattr(o, name, v);
}
/* A class with a __getattribute__ of its own: every attribute read of
 * its instances runs it, then __getattr__ where it raises AttributeError
 * (CPython's slot_tp_getattr_hook). */
static py_obj *slot_getattribute(py_obj *o, py_obj *name) {
    int safe = py__take_safe(o);
    if (py__stack_check("") < 0) return NULL;
    py_obj *f = heap_lookup(o->type, "__getattribute__");
    if (!f) return py_generic_getattr(o, name);
    py_obj *r = call_special_safe(o, f, &name, 1, safe);
    if (!r) return getattr_hook(o, name, safe);
    return r;
}
static py_obj *slot_repr(py_obj *o) {
    int safe = py__take_safe(o);
    py_obj *f = heap_lookup(o->type, "__repr__");
    if (f) return call_special_safe(o, f, NULL, 0, safe);
    py_type *t = o->type;
    while (t->flags & PY_TF_HEAP) t = t->base;
    if (t->repr) return t->repr(o);
    return py_object_repr_default(o);
}
static py_obj *slot_str(py_obj *o) {
    int safe = py__take_safe(o);
    py_obj *f = heap_lookup(o->type, "__str__");
    py_type *t = o->type;
    while (t->flags & PY_TF_HEAP) t = t->base;
    /* str() of a subclass of str or of an exception is the base's, whatever its __repr__ */
    if (!f && t == &py_str_type) return py_str_new(py_s(o), py_slen(o));
    if (!f && !t->str) f = heap_lookup(o->type, "__repr__");
    if (f) return call_special_safe(o, f, NULL, 0, safe);
    if (t->str) return t->str(o);
    return py_repr(o);
}
static int64_t slot_hash(py_obj *o) {
    int safe = py__take_safe(o);
    if (py__stack_check("") < 0) return -1;
    py_obj *f = heap_lookup(o->type, "__hash__");
    if (f == PY_NONE) {
        py_err_set(py_exc_TypeError, "unhashable type: '%s'", py_type_name(o));
        return -1;
    }
    if (f) {
        py_obj *r = call_special_safe(o, f, NULL, 0, safe);
        if (!r) return -1;
        if (!PY_CHECK_INT(r)) {
            py_decref(r);
            py_err_set(py_exc_TypeError, "__hash__ method should return an integer");
            return -1;
        }
        int ov;
        int64_t h = py_int_val(r, &ov);
        if (ov) h = py_int_type.hash(r); /* past 64 bits: int's hash of it, as CPython's slot_tp_hash */
        py_decref(r);
        return h == -1 ? -2 : h;
    }
    py_type *t = o->type;
    while (t->flags & PY_TF_HEAP) t = t->base;
    if (!t->hash && t->richcmp && t != &py_object_type && !(t->flags & PY_TF_EXC)) { /* a subclass of dict, list, set */
        py_err_set(py_exc_TypeError, "unhashable type: '%s'", py_type_name(o));
        return -1;
    }
    return t->hash ? t->hash(o) : ptr_hash(o);
}
static const char *const cmp_names[] = { "__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__" };
static py_obj *slot_richcmp(py_obj *a, py_obj *b, int op) {
    int safe = py__take_safe(a);
    if (py__stack_check(" in comparison") < 0) return NULL;
    py_obj *f = heap_lookup(a->type, cmp_names[op]);
    if (f) return call_special_safe(a, f, &b, 1, safe);
    if (op == PY_NE && heap_lookup(a->type, "__eq__")) {
        py_obj *eq = call_special_safe(a, heap_lookup(a->type, "__eq__"), &b, 1, safe);
        if (!eq || eq == PY_NOTIMPL) return eq;
        int t = py_truth(eq);
        py_decref(eq);
        return t < 0 ? NULL : py_bool(!t);
    }
    py_type *t = a->type;
    while (t->flags & PY_TF_HEAP) t = t->base;
    if (t->richcmp && t->richcmp != slot_richcmp) return t->richcmp(a, b, op);
    return object_richcmp(a, b, op);
}
static py_obj *slot_call(py_obj *o, py_obj *const *args, size_t nargs, py_obj *kw) {
    int safe = py__take_safe(o); /* __call__ may suspend (eval.c's OP_CALL announces o) */
    py_obj *f = heap_lookup(o->type, "__call__");
    if (!f) return py_err_set(py_exc_TypeError, "'%s' object is not callable", py_type_name(o));
    py_obj *bound = py_method_new(f, o);
    if (!bound) return NULL;
    /* calling an instance is a level of recursion, as CPython's _PyObject_MakeTpCall */
    if (py_recursion_check(" while calling a Python object") < 0) { py_decref(bound); return NULL; }
    py_recursion_enter();
    py__resume_token = safe ? bound : NULL;
    py_obj *r = py_call(bound, args, nargs, kw);
    py__resume_token = NULL;
    py_recursion_leave();
    py_decref(bound);
    return r;
}
static py_obj *slot_iter(py_obj *o) {
    int safe = py__take_safe(o);
    if (py__stack_check("") < 0) return NULL;
    py_obj *f = heap_lookup(o->type, "__iter__");
    if (f == PY_NONE) /* __iter__ = None: not iterable, as CPython's */
        return py_err_set(py_exc_TypeError, "'%s' object is not iterable", py_type_name(o));
    if (f) {
        py_obj *r = call_special_safe(o, f, NULL, 0, safe);
        if (r && (!r->type->next || (r->type->next == slot_next && !heap_lookup(r->type, "__next__")))) {
            py_err_set(py_exc_TypeError, "iter() returned non-iterator of type '%s'", py_type_name(r));
            PY_CLEAR(r);
        }
        return r;
    }
    py_type *t = o->type;
    while (t->flags & PY_TF_HEAP) t = t->base;
    if (t->iter) return t->iter(o); /* a subclass of dict that overrides __getitem__ iterates as a dict */
    if (heap_lookup(o->type, "__getitem__")) return py_seq_iter_new(o);
    return py_err_set(py_exc_TypeError, "'%s' object is not iterable", py_type_name(o));
}
static py_obj *slot_next(py_obj *o) {
    int safe = py__take_safe(o);
    py_obj *f = heap_lookup(o->type, "__next__");
    if (!f) return py_err_set(py_exc_TypeError, "'%s' object is not an iterator", py_type_name(o));
    if (py__next_keeps_stop) { /* next(it): called as it is, its StopIteration left alone */
        py__next_keeps_stop = 0;
        if (py__stack_check("") < 0) return NULL;
        py_obj *b = f->type->descr_get ? f->type->descr_get(f, o, (py_obj *)o->type) : py_incref(f);
        py_obj *r = b ? py_call(b, NULL, 0, NULL) : NULL;
        py_xdecref(b);
        return r;
    }
    py_obj *r = call_special_safe(o, f, NULL, 0, safe);
    if (!r && py_err_matches(py_exc_StopIteration)) py_err_clear();
    return r;
}
/* next(it) of a class's iterator: its __next__'s StopIteration, as it
 * raised it (its value, its traceback), not one of next()'s */
int py__next_keeps_stop;
py_obj *py__next_keep_stop(py_obj *it) {
    py__next_keeps_stop = it->type->next == slot_next;
    py_obj *r = it->type->next(it);
    py__next_keeps_stop = 0;
    return r;
}
static int64_t slot_len_safe(py_obj *o, int safe);
static int64_t slot_len(py_obj *o) { return slot_len_safe(o, py__take_safe(o)); }
static int64_t slot_len_safe(py_obj *o, int safe) {
    if (py__stack_check("") < 0) return -1;
    py_obj *f = heap_lookup(o->type, "__len__");
    if (!f) {
        py_err_set(py_exc_TypeError, "object of type '%s' has no len()", py_type_name(o));
        return -1;
    }
    py_obj *r = call_special_safe(o, f, NULL, 0, safe);
    if (!r) return -1;
    if (!PY_CHECK_INT(r)) {
        py_err_set(py_exc_TypeError, "'%s' object cannot be interpreted as an integer", py_type_name(r));
        py_decref(r);
        return -1;
    }
    int ov;
    int64_t n = py_int_val(r, &ov);
    py_decref(r);
    if (ov) { /* CPython's PyNumber_AsSsize_t(res, PyExc_OverflowError) */
        py_err_set(py_exc_OverflowError, "cannot fit 'int' into an index-sized integer");
        return -1;
    }
    if (n < 0) {
        py_err_set(py_exc_ValueError, "__len__() should return >= 0");
        return -1;
    }
    return n;
}
static py_obj *slot_getitem(py_obj *o, py_obj *k) {
    int safe = py__take_safe(o);
    py_obj *f = heap_lookup(o->type, "__getitem__");
    if (!f) return py_err_set(py_exc_TypeError, "'%s' object is not subscriptable", py_type_name(o));
    return call_special_safe(o, f, &k, 1, safe);
}
static int slot_setitem(py_obj *o, py_obj *k, py_obj *v) {
    int safe = py__take_safe(o);
    if (py__stack_check("") < 0) return -1;
    py_obj *f = heap_lookup(o->type, v ? "__setitem__" : "__delitem__");
    if (!f) {
        py_type *t = o->type;
        while (t->flags & PY_TF_HEAP) t = t->base;
        if (t->setitem) return t->setitem(o, k, v); /* a subclass of dict or list: the base's del d[k] */
        /* CPython's slot_mp_ass_subscript: the class has one of the two, the other is looked up and missing */
        py_err_set(py_exc_AttributeError, v ? "__setitem__" : "__delitem__");
        return -1;
    }
    py_obj *args[2] = { k, v };
    py_obj *r = call_special_safe(o, f, args, v ? 2 : 1, safe);
    if (!r) return -1;
    py_decref(r);
    return 0;
}
static int slot_contains(py_obj *o, py_obj *v) {
    int safe = py__take_safe(o);
    if (py__stack_check("") < 0) return -1;
    py_obj *f = heap_lookup(o->type, "__contains__");
    if (f == PY_NONE) { /* __contains__ = None: not a container, as CPython's */
        py_err_set(py_exc_TypeError, "'%s' object is not a container", py_type_name(o));
        return -1;
    }
    if (f) {
        py_obj *r = call_special_safe(o, f, &v, 1, safe);
        if (!r) return -1;
        int t = py_truth(r);
        py_decref(r);
        return t;
    }
    py_type *t = o->type;
    while (t->flags & PY_TF_HEAP) t = t->base;
    if (t->contains) return t->contains(o, v); /* a subclass of dict... that overrides __iter__ */
    py__resume_token = safe ? o : NULL; /* __iter__, the generator, __eq__ may suspend */
    py_obj *it = py_iter(o);
    py__resume_token = NULL;
    if (!it) return -1;
    py_obj *x;
    int found = 0;
    while ((x = py__next_resumable(it, safe))) {
        py__resume_token = safe ? x : NULL;
        int e = py_eq(x, v);
        py_decref(x);
        if (e) { found = e; break; }
    }
    py_decref(it);
    if (!found && py_err_occurred()) return -1;
    return found;
}
static int slot_truth(py_obj *o) {
    int safe = py__take_safe(o);
    if (py__stack_check("") < 0) return -1;
    py_obj *f = heap_lookup(o->type, "__bool__");
    if (f) {
        py_obj *r = call_special_safe(o, f, NULL, 0, safe);
        if (!r) return -1;
        if (PY_TYPE(r) != &py_bool_type) {
            py_err_set(py_exc_TypeError, "__bool__ should return bool, returned %s", py_type_name(r));
            py_decref(r);
            return -1;
        }
        py_decref(r);
        return r == PY_TRUE;
    }
    if (heap_lookup(o->type, "__len__")) {
        int64_t n = slot_len_safe(o, safe);
        return n < 0 ? -1 : n > 0;
    }
    py_type *t = o->type;
    while (t->flags & PY_TF_HEAP) t = t->base;
    if (t->truth) return t->truth(o);
    if (t->len) return t->len(o) > 0; /* a subclass of list... (their len cannot fail) */
    return 1;
}
static py_obj *slot_descr_get(py_obj *d, py_obj *obj, py_obj *type) {
    int safe = py__take_safe(d);
    py_obj *f = heap_lookup(d->type, "__get__");
    if (!f) return py_incref(d);
    py_obj *args[2] = { obj ? obj : PY_NONE, type };
    return call_special_safe(d, f, args, 2, safe);
}

/* ---- the type object ---------------------------------------------------------------- */

/* The live classes made by class statements (and type()), in the order they
 * were made: what __subclasses__() lists, as CPython's tp_subclasses keeps
 * them (a class leaves when it is freed). */
static py_type **heap_types;
static size_t n_heap_types, cap_heap_types;
static void heap_type_add(py_type *t) {
    if (n_heap_types == cap_heap_types) {
        size_t cap = cap_heap_types ? 2 * cap_heap_types : 64;
        py_type **a = realloc(heap_types, cap * sizeof *a);
        if (!a) return;
        heap_types = a;
        cap_heap_types = cap;
    }
    heap_types[n_heap_types++] = t;
}
static void heap_type_remove(py_type *t) {
    for (size_t i = n_heap_types; i-- > 0;)
        if (heap_types[i] == t) {
            memmove(heap_types + i, heap_types + i + 1, (n_heap_types - i - 1) * sizeof *heap_types);
            n_heap_types--;
            return;
        }
}
static void type_dealloc(py_obj *o) {
    py_type *t = (py_type *)o;
    if (t->flags & PY_TF_HEAP) heap_type_remove(t);
    py_xdecref(t->bases);
    if (t->mro && (t->flags & PY_TF_HEAP) && PY_TITEM(t->mro, 0) == o) PY_TITEM(t->mro, 0) = NULL; /* borrowed */
    py_xdecref(t->mro);
    size_t pos = 0;
    py_obj *k, *v;
    while (t->dict && py_dict_next(t->dict, &pos, &k, &v)) /* its __dict__ and __weakref__ may outlive it */
        if ((PY_TYPE(v) == &py_getset_type || PY_TYPE(v) == &py_member_type) && ((py_getset *)v)->owner == t)
            ((py_getset *)v)->owner = NULL;
    py_xdecref(t->dict);
    py_xdecref(t->body);
    py_xdecref(t->module);
    py_xdecref(t->qualname);
    if (t->base) py_decref(t->base);
    free((char *)t->name);
    free(t);
}

static py_obj *type_repr(py_obj *o) {
    py_type *t = (py_type *)o;
    py_obj *q = qualname(t);
    if (t->module && !py_str_eqc(t->module, "builtins"))
        return q ? py_str_fmt("<class '%U.%U'>", t->module, q) : py_str_fmt("<class '%U.%s'>", t->module, t->name);
    return py_str_fmt("<class '%s'>", t->name);
}

/* A class's attribute; plain: NULL without an exception where a
 * descriptor written in Python would run its __get__ (for eval_fast,
 * py__getattr_plain, and py_getattr, which runs it announced). */
static py_obj *type_getattr_plain(py_obj *o, py_obj *name, int plain) {
    py_type *t = (py_type *)o, *meta = o->type;
    if (!t->mro) py__type_ready(t); /* a C type nothing has looked into yet */
    if (meta != &py_type_type) { /* a metaclass's class (plain: eval_loop's, as its properties run Python code) */
        if (plain) return NULL;
        /* the metaclass's data descriptors come first (CPython's type_getattro) */
        py_obj *md = py_type_lookup(meta, name);
        if (md && PY_TYPE(md) == &py_property_type) return md->type->descr_get(md, o, (py_obj *)meta);
    }
    const char *n = py_s(name);
    if (n[0] == '_' && n[1] == '_') {
        if (!strcmp(n, "__name__") || !strcmp(n, "__qualname__")) {
            if (!strcmp(n, "__qualname__") && qualname(t)) return py_incref(qualname(t));
            /* a built-in type named "module.name" (_asyncio.Task): its __name__ is the last part, as CPython's tp_name */
            const char *dot = (t->flags & (PY_TF_HEAP | PY_TF_DOTTED)) == PY_TF_HEAP ? NULL : strrchr(t->name, '.');
            return py_str_c(dot ? dot + 1 : t->name);
        }
        if (!strcmp(n, "__mro__")) {
            if ((t->flags & (PY_TF_HEAP | PY_TF_MRO_SHARED)) == PY_TF_HEAP) {
                t->flags |= PY_TF_MRO_SHARED;
                py_incref((py_obj *)t); /* the tuple's first item, strong from now on */
            }
            return py_incref(t->mro);
        }
        if (!strcmp(n, "__bases__")) {
            if (t->bases) return py_incref(t->bases);
            return t->base ? py_tuple_pack(1, (py_obj *)t->base) : py_tuple_new(0);
        }
        if (!strcmp(n, "__base__")) return py_incref(t->base ? (py_obj *)t->base : PY_NONE);
        if (!strcmp(n, "__class__")) return py_incref((py_obj *)o->type); /* type, not object's descriptor */
        if (!strcmp(n, "__dict__")) return t->dict ? py_mappingproxy_new(t->dict) : py_dict_new();
        if (!strcmp(n, "__module__")) {
            py_obj *m = t->dict ? py_dict_get_s(t->dict, "__module__") : NULL;
            /* (a built-in type's own __module__ descriptor, function's, is its instances') */
            if (m && ((t->flags & PY_TF_HEAP) || PY_IS_STR(m))) return py_incref(m);
            const char *dot = (t->flags & (PY_TF_HEAP | PY_TF_DOTTED)) == PY_TF_HEAP ? NULL : strrchr(t->name, '.');
            if (dot) return py_str_new(t->name, (size_t)(dot - t->name));
            if (t->module) return py_incref(t->module);
            return py_str_c("builtins");
        }
        if (!strcmp(n, "__doc__")) return type_doc(t);
        if (!strcmp(n, "__abstractmethods__")) { /* type's descriptor: the class's own, never inherited */
            py_obj *m = t != &py_type_type && t->dict ? py_dict_get_s(t->dict, "__abstractmethods__") : NULL;
            return m ? py_incref(m) : py_err_set(py_exc_AttributeError, "__abstractmethods__");
        }
    }
    py_obj *d = py_type_lookup(t, name);
    if (d) {
        py_type *dt = d->type;
        if (dt == &py_func_type) return py_incref(d);
        if (dt == &py_cfunc_type) return py_incref(d);
        if (dt == &py_staticmethod_type) return py_incref(((py_wrap *)d)->v);
        if (dt == &py_classmethod_type) return classmethod_get(d, NULL, o);
        if (dt == &py_property_type || dt == &py_getset_type) return py_incref(d);
        if (dt->descr_get && (dt->flags & PY_TF_HEAP)) {
            if (plain) return NULL;
            return dt->descr_get(d, NULL, o);
        }
        return py_incref(d);
    }
    /* methods of type itself (mro()), or of the class's metaclass, bound to the class */
    py_obj *m = py_type_lookup(meta, name);
    if (m) return m->type->descr_get ? m->type->descr_get(m, o, (py_obj *)meta) : py_incref(m);
    py_obj *ga = meta->flags & PY_TF_HEAP ? heap_lookup(meta, "__getattr__") : NULL;
    if (ga) return call_special(o, ga, &name, 1);
    return attr_error(o, name);
}
static py_obj *type_getattr(py_obj *o, py_obj *name) { return type_getattr_plain(o, name, 0); }

static int type_setattr(py_obj *o, py_obj *name, py_obj *v) {
    py_type *t = (py_type *)o;
    if (!(t->flags & PY_TF_HEAP)) {
        py_err_set(py_exc_TypeError, "cannot set '%U' attribute of immutable type '%s'", name, t->name);
        return -1;
    }
    if (v && (py_str_eqc(name, "__setattr__") || py_str_eqc(name, "__delattr__"))) t->setattr = slot_setattr;
    if (v && py_str_eqc(name, "__getattribute__") && t->getattr == NULL) t->getattr = slot_getattribute;
    if (py_str_eqc(name, "__name__")) { /* CPython's type_set_name: __qualname__ stays */
        if (!v) { py_err_set(py_exc_TypeError, "cannot delete '__name__' attribute of immutable type '%s'", t->name); return -1; }
        if (!PY_IS_STR(v)) { py_err_set(py_exc_TypeError, "can only assign string to %s.__name__, not '%s'", t->name, py_type_name(v)); return -1; }
        if (strlen(py_s(v)) != py_slen(v)) { py_err_set(py_exc_ValueError, "type name must not contain null characters"); return -1; }
        char *n = strdup(py_s(v));
        if (!n || (!t->qualname && !(t->qualname = py_str_c(t->name)))) { free(n); py_err_nomem(); return -1; }
        free((char *)t->name);
        t->name = n;
        return 0;
    }
    if (py_str_eqc(name, "__qualname__")) { /* CPython's type_set_qualname */
        if (!v) { py_err_set(py_exc_TypeError, "cannot delete '__qualname__' attribute of immutable type '%s'", t->name); return -1; }
        if (!PY_IS_STR(v)) { py_err_set(py_exc_TypeError, "can only assign string to %s.__qualname__, not '%s'", t->name, py_type_name(v)); return -1; }
        PY_SETREF(t->qualname, py_incref(v));
        return 0;
    }
    if (py_str_eqc(name, "__abstractmethods__")) { /* CPython's type_set_abstractmethods: the flag follows it */
        int abstract = 0;
        if (v && (abstract = py_truth(v)) < 0) return -1;
        if (!v && !py_dict_get_s(t->dict, "__abstractmethods__")) {
            py_err_set(py_exc_AttributeError, "__abstractmethods__");
            return -1;
        }
        if ((v ? py_dict_set(t->dict, name, v) : py_dict_del(t->dict, name)) < 0) return -1;
        t->flags = abstract ? t->flags | PY_TF_ABSTRACTMETHODS : t->flags & ~PY_TF_ABSTRACTMETHODS;
        return 0;
    }
    if (v) return py_dict_set(t->dict, name, v);
    if (py_dict_del(t->dict, name) < 0) {
        py_err_clear();
        attr_error(o, name);
        return -1;
    }
    return 0;
}

static int64_t type_hash(py_obj *o) { return ptr_hash(o); }
static py_obj *type_richcmp(py_obj *a, py_obj *b, int op) {
    if (op == PY_EQ) return py_bool(a == b);
    if (op == PY_NE) return py_bool(a != b);
    return py_incref(PY_NOTIMPL);
}

/* C3 linearisation of a class with the given bases. */
static py_obj *c3_mro(py_type *t, py_obj *bases) {
    size_t nb = PY_TLEN(bases);
    for (size_t i = 0; i < nb; i++)
        for (size_t j = i + 1; j < nb; j++)
            if (PY_TITEM(bases, i) == PY_TITEM(bases, j))
                return py_err_set(py_exc_TypeError, "duplicate base class %s", ((py_type *)PY_TITEM(bases, i))->name);
    py_obj **seqs = calloc(nb + 1, sizeof(py_obj *));
    size_t *pos = calloc(nb + 1, sizeof(size_t));
    py_obj *res = py_list_new(0);
    if (!seqs || !pos || !res) { free(seqs); free(pos); py_xdecref(res); return py_err_nomem(); }
    py_list_append(res, (py_obj *)t);
    for (size_t i = 0; i < nb; i++) seqs[i] = ((py_type *)PY_TITEM(bases, i))->mro;
    seqs[nb] = bases;
    for (;;) {
        int any = 0;
        py_obj *cand = NULL;
        for (size_t i = 0; i <= nb; i++) {
            if (pos[i] >= PY_TLEN(seqs[i])) continue;
            any = 1;
            py_obj *c = PY_TITEM(seqs[i], pos[i]);
            int in_tail = 0;
            for (size_t j = 0; j <= nb && !in_tail; j++)
                for (size_t k = pos[j] + 1; k < PY_TLEN(seqs[j]); k++)
                    if (PY_TITEM(seqs[j], k) == c) { in_tail = 1; break; }
            if (!in_tail) { cand = c; break; }
        }
        if (!any) break;
        if (!cand) {
            /* CPython's set_mro_error: the heads left, each named once */
            py_buf b = {0};
            for (size_t i = 0; i <= nb; i++) {
                if (pos[i] >= PY_TLEN(seqs[i])) continue;
                py_obj *c = PY_TITEM(seqs[i], pos[i]);
                int seen = 0;
                for (size_t j = 0; j < i && !seen; j++) seen = pos[j] < PY_TLEN(seqs[j]) && PY_TITEM(seqs[j], pos[j]) == c;
                if (seen) continue;
                if (b.len) py_buf_puts(&b, ", ");
                py_buf_puts(&b, ((py_type *)c)->name);
            }
            py_buf_putc(&b, 0);
            py_err_set(py_exc_TypeError, "Cannot create a consistent method resolution\norder (MRO) for bases %s", b.data);
            py_buf_free(&b);
            free(seqs); free(pos); py_decref(res);
            return NULL;
        }
        py_list_append(res, cand);
        for (size_t i = 0; i <= nb; i++)
            if (pos[i] < PY_TLEN(seqs[i]) && PY_TITEM(seqs[i], pos[i]) == cand) pos[i]++;
    }
    free(seqs);
    free(pos);
    py_obj *tup = py_sequence_tuple(res);
    py_decref(res);
    return tup;
}

extern py_type py_future_type, py_task_type; /* asyncio.c */
/* The built-in types a class statement may derive from besides object and
 * the exceptions: their instances' layout is the base's, then __dict__. */
static int builtin_base(py_type *t) {
    return t == &py_dict_type || t == &py_list_type || t == &py_tuple_type || t == &py_str_type || t == &py_int_type
        || t == &py_float_type || t == &py_set_type || t == &py_frozenset_type || t == &py_future_type || t == &py_task_type;
}

/* what CPython's type_new adds to a class whose base's instances have no
 * __dict__ (or no weak references: none are made here, so None) */
static py_obj *inst_weakref_get(py_obj *o) { return py_none(); }
/* obj.__dict__ = d, as CPython's _PyObject_GenericSetDict */
static int inst_dict_set(py_obj *o, py_obj *v) {
    py_type *t = o->type;
    if (!t->dictoffset || (t->flags & PY_TF_SLOTS)) {
        py_err_set(py_exc_AttributeError, "'%s' object has no attribute '__dict__'", t->name);
        return -1;
    }
    if (v && !PY_CHECK_DICT(v)) {
        py_err_set(py_exc_TypeError, "__dict__ must be set to a dictionary, not a '%s'", py_type_name(v));
        return -1;
    }
    py_obj **dp = py__dictptr(o); /* (deleted: a new one made when it is next needed) */
    PY_SETREF(*dp, py_xincref(v));
    return 0;
}
static const py_getsetdef inst_dict_getset = { "__dict__", py__inst_dict_get, inst_dict_set };
static const py_getsetdef inst_weakref_getset = { "__weakref__", inst_weakref_get, NULL };
/* Whether instances of b have a __dict__, and weak references (CPython's
 * tp_dictoffset, tp_weaklistoffset): a class's own __dict__ and __weakref__
 * descriptors, in its namespace, are where its bases' instances lack them,
 * unless __slots__ leaves them out (CPython's type_new_descriptors) */
static int has_dict(py_type *b) {
    if (b->flags & PY_TF_HEAP) return !(b->flags & PY_TF_SLOTS);
    return b->dictoffset != 0 || b == &py_type_type;
}
static int has_weakref(py_type *b) {
    for (; b && (b->flags & PY_TF_HEAP); b = b->base) {
        py_obj *d = py_dict_get_s(b->dict, "__weakref__");
        if (d && PY_TYPE(d) == &py_getset_type && ((py_getset *)d)->def == &inst_weakref_getset) return 1;
    }
    return b == &py_set_type || b == &py_frozenset_type || b == &py_type_type;
}
static void add_dict_weakref(py_type *t, py_type *best) {
    py_obj *sl = py_dict_get_s(t->dict, "__slots__");
    py_obj *dn = sl ? py_str_c("__dict__") : NULL, *wn = sl ? py_str_c("__weakref__") : NULL;
    const py_getsetdef *defs[2] = {
        !has_dict(best) && (!sl || (dn && slots_has(sl, dn))) ? &inst_dict_getset : NULL,
        !has_weakref(best) && (!sl || (wn && slots_has(sl, wn))) ? &inst_weakref_getset : NULL,
    };
    py_xdecref(dn);
    py_xdecref(wn);
    for (int i = 0; i < 2; i++) {
        if (!defs[i]) continue;
        py_getset *g = (py_getset *)py_alloc(&py_getset_type);
        if (!g) return;
        g->def = defs[i];
        g->owner = t; /* borrowed: type_dealloc lets go of it */
        g->owner_name = py_str_c(t->name);
        py_dict_set_s(t->dict, defs[i]->name, (py_obj *)g);
        py_decref(g);
    }
}

py_obj *py_type_new_heap(py_obj *name, py_obj *bases, py_obj *dict) {
    if (PY_TLEN(bases) == 0) {
        bases = py_tuple_pack(1, (py_obj *)&py_object_type);
    } else py_incref(bases);
    py_type *solid = NULL, *layout = NULL, *best = NULL;
    for (size_t i = 0; i < PY_TLEN(bases); i++) {
        py_obj *b = PY_TITEM(bases, i);
        if (!PY_IS_TYPE(b)) { /* typing.NamedTuple, Generic[T]...: run.c */
            py_obj *cls = py__class_of_forms(name, bases, dict, NULL);
            py_decref(bases);
            return cls;
        }
        py_type *bt = (py_type *)b;
        if (!(bt->flags & PY_TF_BASETYPE)) {
            /* the types CPython lets a class derive from and this interpreter does not */
            static const char *const cpython_bases[] = { "functools.partial", "Random", "types.GenericAlias", "module", "enumerate", "filter", "map", "reversed", "zip", "complex", "bytearray", NULL };
            py_decref(bases);
            for (const char *const *n = cpython_bases; *n; n++)
                if (!strcmp(bt->name, *n))
                    return py_err_set(py_exc_NotImplementedError,
                                      "subclassing built-in type '%s' is not supported by casyncio's Python", bt->name);
            return py_err_set(py_exc_TypeError, "type '%s' is not an acceptable base type", bt->name);
        }
        /* CPython's best_base: the base whose instances' layout (its
         * built-in ancestor, less those that add nothing to it) derives
         * from every other base's is __base__, and gives the layout */
        py_type *s = bt;
        while (s->flags & PY_TF_HEAP) s = s->base;
        py_type *l = s;
        while (l->base && l->base != &py_object_type && l->base->size == l->size) l = l->base;
        if (!layout || (!py_subtype(layout, l) && py_subtype(l, layout))) { layout = l; solid = s; best = bt; }
        else if (!py_subtype(layout, l)) {
            py_decref(bases);
            return py_err_set(py_exc_TypeError, "multiple bases have instance lay-out conflict");
        }
    }
    if (solid != &py_object_type && solid != &py_type_type && !(solid->flags & PY_TF_EXC) && !builtin_base(solid)) {
        py_decref(bases);
        return py_err_set(py_exc_NotImplementedError,
                          "subclassing built-in type '%s' is not supported by casyncio's Python", solid->name);
    }
    if (solid == &py_future_type || solid == &py_task_type) {
        /* the loop and asyncio's functions call a task's or future's own
         * methods in C, past a class's versions of them: refused, not ignored */
        static const char *const own[] = { "cancel", "cancelled", "done", "result", "exception", "add_done_callback",
            "remove_done_callback", "uncancel", "cancelling", "get_loop", "get_name", "get_coro", "get_context",
            "_make_cancelled_error", "__await__", "__iter__", "__del__", "__new__", NULL };
        for (const char *const *n = own; *n; n++)
            if (py_dict_get_s(dict, *n)) {
                py_decref(bases);
                return py_err_set(py_exc_NotImplementedError, "a subclass of asyncio.%s that defines %s() is not supported "
                                  "by casyncio's Python", solid == &py_task_type ? "Task" : "Future", *n);
            }
    }
    py_obj *qn = py_dict_get_s(dict, "__qualname__");
    if (qn && !PY_IS_STR(qn)) {
        py_decref(bases);
        return py_err_set(py_exc_TypeError, "type __qualname__ must be a str, not %s", py_type_name(qn));
    }
    py_type *t = calloc(1, sizeof(py_type));
    if (!t) { py_decref(bases); return py_err_nomem(); }
    t->ob.rc = 1;
    t->ob.type = &py_type_type;
    t->name = strdup(py_s(name));
    t->base = (py_type *)py_incref((py_obj *)best);
    t->bases = bases;
    t->flags = PY_TF_HEAP | PY_TF_BASETYPE | (solid->flags & (PY_TF_EXC | PY_TF_HOLDS));
    t->size = solid->size;
    t->dictoffset = solid->dictoffset;
    if (solid == &py_object_type) { t->size = sizeof(py_inst); t->dictoffset = offsetof(py_inst, dict); }
    /* a metaclass's instances are classes: their attributes are their namespace (type_getattr) */
    else if (!t->dictoffset && solid != &py_type_type) { /* a subclass of dict, list, str...: its __dict__ after the base's fields */
        t->dictoffset = PY__ALIGN_PTR(solid->size);
        t->size = t->dictoffset + sizeof(py_obj *);
        if (solid == &py_tuple_type) t->dictoffset = PY_DICT_AFTER_ITEMS;
        if (solid == &py_str_type) t->dictoffset = PY_DICT_AFTER_TEXT;
    }
    t->dict = py_dict_copy(dict);
    t->module = py_xincref(py_dict_get_s(dict, "__module__"));
    /* __qualname__ leaves the namespace for the class's own field, and a
     * class without a docstring has __doc__ None there, as CPython's type_new */
    t->qualname = py_xincref(qn);
    if (qn) py_dict_del(t->dict, py_str_intern("__qualname__"));
    if (t->dict) add_dict_weakref(t, best);
    if (t->dict && !py_dict_get_s(t->dict, "__doc__")) py_dict_set_s(t->dict, "__doc__", PY_NONE);
    t->dealloc = solid == &py_type_type ? type_dealloc : inst_dealloc; /* a metaclass's instances are classes */
    t->repr = slot_repr;
    t->str = slot_str;
    t->hash = slot_hash;
    t->richcmp = slot_richcmp;
    t->getattr = solid->getattr;
    t->setattr = solid->setattr;
    t->vnew = solid->vnew;
    t->mro = c3_mro(t, bases);
    if (!t->mro || !t->dict) { py_decref(t); return NULL; }
    /* the class's own place in its MRO is borrowed, so that a class
     * nothing else holds is freed (there is no collector of cycles), until
     * __mro__ hands the tuple out (PY_TF_MRO_SHARED) */
    py_decref(t);
    py_obj *sl = py_dict_get_s(t->dict, "__slots__");
    if (sl && (solid == &py_object_type || builtin_base(solid))) {
        py_obj *dn = py_str_c("__dict__");
        int nodict = dn && !slots_has(sl, dn);
        py_xdecref(dn);
        for (size_t i = 0; i < PY_TLEN(bases); i++) {
            py_type *b = (py_type *)PY_TITEM(bases, i);
            if ((b->flags & PY_TF_HEAP) && !(b->flags & PY_TF_SLOTS)) nodict = 0;
        }
        if (nodict) t->flags |= PY_TF_SLOTS;
        py_obj *names = PY_IS_STR(sl) ? py_tuple_pack(1, sl) : PY_IS_TUPLE(sl) || PY_IS_LIST(sl) ? py_sequence_tuple(sl) : NULL;
        for (size_t i = 0; names && i < PY_TLEN(names); i++)
            if (PY_IS_STR(PY_TITEM(names, i)) && py_dict_get(dict, PY_TITEM(names, i))) {
                py_err_set(py_exc_ValueError, "'%U' in __slots__ conflicts with class variable", PY_TITEM(names, i));
                py_decref(names);
                py_decref(t);
                return NULL;
            }
        /* a member_descriptor for each name, mangled as the class's names are */
        for (size_t i = 0; names && i < PY_TLEN(names); i++) {
            py_obj *n = PY_TITEM(names, i);
            if (!PY_IS_STR(n) || py_str_eqc(n, "__dict__") || py_str_eqc(n, "__weakref__")) continue;
            py_obj *mn = mangle(t->name, n);
            py_member *m = mn ? (py_member *)py_alloc(&py_member_type) : NULL;
            if (!m) { py_xdecref(mn); py_decref(names); py_decref(t); return NULL; }
            m->name = mn;
            m->owner = t; /* borrowed: type_dealloc lets go of it */
            m->owner_name = py_str_c(t->name);
            int r = py_dict_set(t->dict, mn, (py_obj *)m);
            py_decref(m);
            if (r < 0) { py_decref(names); py_decref(t); return NULL; }
        }
        py_xdecref(names);
    }
    /* a class with a __dict__ under classes with __slots__: its slots' own dict after py_inst */
    if (solid == &py_object_type && !(t->flags & PY_TF_SLOTS)) {
        int slotted = sl != NULL;
        for (size_t i = 1; i < PY_TLEN(t->mro); i++)
            if (((py_type *)PY_TITEM(t->mro, i))->flags & (PY_TF_SLOTS | PY_TF_SLOTDICT)) slotted = 1;
        if (slotted) {
            t->flags |= PY_TF_SLOTDICT;
            t->size = sizeof(py_inst) + sizeof(py_obj *);
        }
    }
    if (heap_lookup(t, "__del__")) t->dealloc = py__del_dealloc;
    if (heap_lookup(t, "__setattr__") || heap_lookup(t, "__delattr__")) t->setattr = slot_setattr;
    if (!t->getattr && heap_lookup(t, "__getattribute__")) t->getattr = slot_getattribute;
    /* An __eq__ without __hash__ makes the class unhashable, as CPython. */
    if (py_dict_get_s(t->dict, "__eq__") && !py_dict_get_s(t->dict, "__hash__")) py_dict_set_s(t->dict, "__hash__", PY_NONE);
    if (heap_lookup(t, "__call__")) t->call = slot_call;
    else t->call = NULL;
    for (py_type *s = solid; s && !t->call; s = s->base) if (s->call) t->call = s->call;
    if (solid != &py_object_type && !(solid->flags & PY_TF_EXC)) { /* what a subclass of dict, str... does not override */
        t->iter = solid->iter; t->next = solid->next; t->len = solid->len; t->getitem = solid->getitem;
        t->setitem = solid->setitem; t->contains = solid->contains; t->truth = solid->truth;
    }
    if (heap_lookup(t, "__iter__") || (!t->iter && heap_lookup(t, "__getitem__"))) t->iter = slot_iter;
    if (heap_lookup(t, "__next__")) t->next = slot_next;
    if (heap_lookup(t, "__len__")) t->len = slot_len;
    if (heap_lookup(t, "__getitem__")) t->getitem = slot_getitem;
    if (heap_lookup(t, "__setitem__") || heap_lookup(t, "__delitem__")) t->setitem = slot_setitem;
    if (heap_lookup(t, "__contains__") || heap_lookup(t, "__iter__")) t->contains = slot_contains;
    if (heap_lookup(t, "__bool__") || heap_lookup(t, "__len__")) t->truth = slot_truth;
    if (heap_lookup(t, "__get__")) t->descr_get = slot_descr_get;
    /* classmethod-ness of __init_subclass__ / __new__ as CPython: __new__ is a staticmethod. */
    py_obj *nw = py_dict_get_s(t->dict, "__new__");
    if (nw && PY_TYPE(nw) == &py_func_type) {
        py_wrap *w = (py_wrap *)py_alloc(&py_staticmethod_type);
        if (w) { w->v = py_incref(nw); py_dict_set_s(t->dict, "__new__", (py_obj *)w); py_decref(w); }
    }
    /* and __init_subclass__ and __class_getitem__ are classmethods (so super() reaches them bound) */
    static const char *const cms[] = { "__init_subclass__", "__class_getitem__" };
    for (int i = 0; i < 2; i++) {
        py_obj *f = py_dict_get_s(t->dict, cms[i]);
        if (!f || PY_TYPE(f) != &py_func_type) continue;
        py_wrap *w = (py_wrap *)py_alloc(&py_classmethod_type);
        if (w) { w->v = py_incref(f); py_dict_set_s(t->dict, cms[i], (py_obj *)w); py_decref(w); }
    }
    heap_type_add(t);
    return (py_obj *)t;
}

static py_obj *object_new_inst(py_type *t, py_obj *const *args, size_t nargs, py_obj *kw);

/* ---- instances of classes derived from dict, list, str, int... ------------------------- */

static py_obj *object_vnew(py_type *t, py_obj *const *args, size_t nargs, py_obj *kw);
extern py_obj *py__num_unary(py_obj *a, int op); /* intfloat.c */
/* (and asyncio's Future and Task: their __init__ makes what comes blank) */
static int mutable_base(py_type *s) {
    return s == &py_dict_type || s == &py_list_type || s == &py_set_type || s == &py_future_type || s == &py_task_type;
}

/* An instance of t (a class derived from the built-in solid) that holds
 * what v, an exact instance of solid, holds; steals v. */
static py_obj *subtype_clone(py_type *t, py_type *solid, py_obj *v) {
    py_obj *o;
    if (solid == &py_str_type || solid == &py_tuple_type) {
        size_t n = solid == &py_str_type ? PY__ALIGN_PTR(sizeof(py_strobj) + py_slen(v) + 1)
                                         : sizeof(py_tuple) + PY_TLEN(v) * sizeof(py_obj *);
        o = calloc(1, n + sizeof(py_obj *));
        if (!o) { py_decref(v); return py_err_nomem(); }
        o->rc = 1;
        o->type = (py_type *)py_incref((py_obj *)t);
        if (solid == &py_str_type) {
            py_strobj *d = (py_strobj *)o, *sv = (py_strobj *)v;
            d->len = sv->len; d->n = sv->n; d->hash = sv->hash;
            memcpy(d->s, sv->s, sv->len + 1);
        } else {
            py_tuple *d = (py_tuple *)o;
            d->n = PY_TLEN(v);
            d->hash = -1;
            for (size_t i = 0; i < d->n; i++) d->items[i] = py_incref(PY_TITEM(v, i));
        }
    } else if (!(o = py_alloc(t))) {
    } else if (solid == &py_float_type) ((py_floatobj *)o)->v = ((py_floatobj *)v)->v;
    else if (solid == &py_int_type) {
        py_intobj *i = (py_intobj *)v;
        if (i->big && v->rc > 1) { /* a shared big int: a copy of its own to take */
            py_obj *c = py__num_unary(v, PYAST_UAdd);
            if (!c) { py_decref(o); py_decref(v); return NULL; }
            PY_SETREF(v, c);
            i = (py_intobj *)v;
        }
        ((py_intobj *)o)->v = i->v;
        ((py_intobj *)o)->big = i->big;
        i->big = NULL;
    } else { /* frozenset */
        py_set *st = (py_set *)o;
        st->table = st->small;
        st->mask = sizeof st->small / sizeof *st->small - 1;
        st->hash = -1;
        if (py_set_update(o, v) < 0) PY_CLEAR(o);
    }
    py_decref(v);
    return o;
}

/* CPython's tp_new of the built-in types a class may derive from:
 * X.__new__(t, ...) and the first step of calling such a class.  A dict,
 * list or set comes out empty (its __init__ fills it); an immutable
 * value is made by the base from the arguments.  safe: as py_type_call's. */
static py_obj *builtin_new(py_type *solid, py_type *t, py_obj *const *args, size_t nargs, py_obj *kw, int safe) {
    py_obj *o;
    if (mutable_base(solid)) o = solid == &py_set_type ? py_set_new(t, NULL) : t == &py_list_type ? py_list_new(0) : py_alloc(t);
    else {
        py__call_safe = safe;
        o = solid->vnew(solid, args, nargs, kw);
        if (!o || t == solid) return o;
        o = subtype_clone(t, solid, o);
    }
    if (o && t->dealloc == py__del_dealloc) py__gc_track(o); /* its __del__ (gc.c) */
    return o;
}
static py_obj *new_m(py_type *solid, py_obj *const *args, size_t nargs, py_obj *kw) {
    if (nargs < 1) return py_err_set(py_exc_TypeError, "%s.__new__(): not enough arguments", solid->name);
    if (!PY_IS_TYPE(args[0]))
        return py_err_set(py_exc_TypeError, "%s.__new__(X): X is not a type object (%s)", solid->name, py_type_name(args[0]));
    py_type *t = (py_type *)args[0];
    if (!py_subtype(t, solid))
        return py_err_set(py_exc_TypeError, "%s.__new__(%s): %s is not a subtype of %s", solid->name, t->name, t->name, solid->name);
    return builtin_new(solid, t, args + 1, nargs - 1, kw, 0);
}
#define NEW_M(name, type) \
    static py_obj *name(py_obj *self, py_obj *const *args, size_t nargs, py_obj *kw) { return new_m(&type, args, nargs, kw); }
NEW_M(dict_new_m, py_dict_type) NEW_M(list_new_m, py_list_type) NEW_M(tuple_new_m, py_tuple_type) NEW_M(str_new_m, py_str_type)
NEW_M(int_new_m, py_int_type) NEW_M(float_new_m, py_float_type) NEW_M(set_new_m, py_set_type) NEW_M(frozenset_new_m, py_frozenset_type)
static const py_methoddef new_defs[] = {
    { "__new__", dict_new_m, PY_METH_STATIC }, { "__new__", list_new_m, PY_METH_STATIC }, { "__new__", tuple_new_m, PY_METH_STATIC },
    { "__new__", str_new_m, PY_METH_STATIC }, { "__new__", int_new_m, PY_METH_STATIC }, { "__new__", float_new_m, PY_METH_STATIC },
    { "__new__", set_new_m, PY_METH_STATIC }, { "__new__", frozenset_new_m, PY_METH_STATIC },
};
static py_type *const new_types[] = { &py_dict_type, &py_list_type, &py_tuple_type, &py_str_type, &py_int_type, &py_float_type,
                                      &py_set_type, &py_frozenset_type };

static py_obj *type_call_heap(py_type *t, py_obj *const *args, size_t nargs, py_obj *kwnames, int safe);

/* ---- metaclasses ---------------------------------------------------------------------------- */

/* A base that typing's forms stand in for (CPython replaces it by its
 * __mro_entries__() before the metaclass is chosen): one of typing's
 * _SpecialForms, a generic alias, or an object with __mro_entries__. */
int py__base_is_form(py_obj *b) {
    if (PY_IS_TYPE(b)) return 0;
    if (!strcmp(PY_TYPE(b)->name, "_SpecialForm") || !strcmp(PY_TYPE(b)->name, "types.GenericAlias")) return 1;
    py_obj *m = py_getattr_opt(b, py_str_intern("__mro_entries__"));
    if (!m) { py_err_clear(); return 0; }
    py_decref(m);
    return 1;
}

/* CPython's _PyType_CalculateMetaclass (typing's forms among the bases are passed over) */
py_type *py__calc_meta(py_type *meta, py_obj *bases) {
    py_type *winner = meta;
    for (size_t i = 0; i < PY_TLEN(bases); i++) {
        py_obj *b = PY_TITEM(bases, i);
        /* any other object's type counts, as CPython's _PyType_CalculateMetaclass: class B(A()) or class R(random) */
        if ((!PY_IS_TYPE(b) && py__base_is_form(b)) || py_subtype(winner, b->type)) continue;
        if (py_subtype(b->type, winner)) { winner = b->type; continue; }
        py_err_set(py_exc_TypeError, "metaclass conflict: the metaclass of a derived class must be a (non-strict) "
                   "subclass of the metaclasses of all its bases");
        return NULL;
    }
    return winner;
}

/* type.__new__(meta, name, bases, ns, **kw): a class whose type is meta
 * (or the most derived metaclass of its bases'), its __set_name__s and
 * its base's __init_subclass__(**kw) run.  args: name, bases, ns, then
 * kwnames' values. */
static py_obj *type_new(py_type *meta, py_obj *const *args, size_t nargs, py_obj *kwnames) {
    if (nargs != 3) return py_err_set(py_exc_TypeError, "type.__new__() takes exactly 3 arguments (%d given)", (int)nargs);
    static const char *const want[] = { "str", "tuple", "dict" };
    py_type *const wt[] = { &py_str_type, &py_tuple_type, &py_dict_type };
    for (int i = 0; i < 3; i++)
        if (!py_isinst(args[i], wt[i]))
            return py_err_set(py_exc_TypeError, "type.__new__() argument %d must be %s, not %s", i + 1, want[i],
                              py_type_name(args[i]));
    extern int py__is_newtype(py_obj *o); /* modules.c */
    for (size_t i = 0; i < PY_TLEN(args[1]); i++) /* (a NewType has CPython's __mro_entries__) */
        if (py__is_newtype(PY_TITEM(args[1], i)))
            return py_err_set(py_exc_TypeError, "type() doesn't support MRO entry resolution; use types.new_class()");
    py_type *winner = py__calc_meta(meta, args[1]);
    if (!winner) return NULL;
    if (winner != meta) { /* a base's metaclass is more derived: its __new__, if it has its own */
        py_obj *nw = winner->flags & PY_TF_HEAP ? heap_lookup(winner, "__new__") : NULL;
        if (nw) {
            size_t n = nargs + (kwnames ? PY_TLEN(kwnames) : 0);
            py_obj *stack[16];
            if (n >= 16) return py_err_set(py_exc_NotImplementedError, "more than 12 class keywords are not supported by casyncio's Python");
            stack[0] = (py_obj *)winner;
            memcpy(stack + 1, args, sizeof(py_obj *) * n);
            return py_call(PY_TYPE(nw) == &py_staticmethod_type ? ((py_wrap *)nw)->v : nw, stack, nargs + 1, kwnames);
        }
        meta = winner;
    }
    py_obj *ns = py_incref(args[2]);
    /* __module__ from the caller's globals, as CPython's type_new_set_module */
    py_frame *f = py__ts->frame;
    py_obj *mod = f && f->globals && !py_dict_get_s(ns, "__module__") ? py_dict_get_s(f->globals, "__name__") : NULL;
    if (mod) {
        PY_SETREF(ns, py_dict_copy(ns));
        if (!ns || py_dict_set_s(ns, "__module__", mod) < 0) { py_xdecref(ns); return NULL; }
    }
    py_obj *cls = py_type_new_heap(args[0], args[1], ns);
    py_decref(ns);
    if (!cls) return NULL;
    if (meta != &py_type_type && PY_IS_TYPE(cls)) cls->type = (py_type *)py_incref(meta);
    py_obj *kw = kwnames && PY_TLEN(kwnames) ? py_dict_new() : NULL;
    for (size_t j = 0; kw && j < PY_TLEN(kwnames); j++)
        if (py_dict_set(kw, PY_TITEM(kwnames, j), args[nargs + j]) < 0) PY_CLEAR(kw);
    if ((kwnames && PY_TLEN(kwnames) && !kw) || (PY_IS_TYPE(cls) && py__set_names_init_subclass(cls, kw) < 0)) PY_CLEAR(cls);
    py_xdecref(kw);
    return cls;
}

py_obj *py_type_call(py_obj *self, py_obj *const *args, size_t nargs, py_obj *kwnames) {
    py_type *t = (py_type *)self;
    int safe = py__resume_token == self; /* called straight from the evaluator (eval.c) */
    py__resume_token = NULL;
    if (t == &py_type_type) {
        if (nargs == 1 && !kwnames) return py_incref((py_obj *)PY_TYPE(args[0]));
        if (nargs == 3) return type_new(t, args, nargs, kwnames);
        return py_err_set(py_exc_TypeError, "type() takes 1 or 3 arguments");
    }
    if (t->flags & PY_TF_ABSTRACT) return py_err_set(py_exc_TypeError, "cannot create '%s' instances", t->name);
    if (!(t->flags & PY_TF_HEAP)) {
        if (!t->vnew) return py_err_set(py_exc_TypeError, "cannot create '%s' instances", t->name);
        if (t == &py_int_type || (t == &py_str_type && py__cold_call())) {
            /* int() and str() are CPython 3.11's _PyObject_MakeTpCall, a level of recursion
             * (int has no vectorcall), str() until its call site is quickened (PRECALL_NO_KW_STR_1) */
            if (py_recursion_check(" while calling a Python object") < 0) return NULL;
            py_recursion_enter();
            py__call_safe = safe;
            py_obj *r = t->vnew(t, args, nargs, kwnames);
            py_recursion_leave();
            return r;
        }
        py__call_safe = safe;
        return t->vnew(t, args, nargs, kwnames);
    }
    /* A class statement's class: a level of recursion while its __new__
     * and __init__ run, as CPython's call of a class (_PyObject_MakeTpCall);
     * not for the exception groups of builtins.py, whose frames stand for
     * CPython's C (and count) */
    if (t->flags & PY_TF_EXC) {
        py_obj *mod = py_dict_get_s(t->dict, "__module__");
        if (mod && PY_IS_STR(mod) && py_str_eqc(mod, "builtins")) return type_call_heap(t, args, nargs, kwnames, safe);
    }
    if (py_recursion_check(" while calling a Python object") < 0) return NULL;
    py_recursion_enter();
    py_obj *r = type_call_heap(t, args, nargs, kwnames, safe);
    py_recursion_leave();
    return r;
}

/* A class statement's class: __new__ then __init__. */
static py_obj *type_call_heap(py_type *t, py_obj *const *args, size_t nargs, py_obj *kwnames, int safe) {
    py_obj *self = (py_obj *)t;
    py_obj *obj;
    py_obj *newf = heap_lookup(t, "__new__");
    py_obj *initf = heap_lookup(t, "__init__");
    if (newf) {
        py_obj *f = PY_TYPE(newf) == &py_staticmethod_type ? ((py_wrap *)newf)->v : newf;
        py_obj **stack = malloc(sizeof(py_obj *) * (nargs + (kwnames ? PY_TLEN(kwnames) : 0) + 1));
        if (!stack) return py_err_nomem();
        stack[0] = self;
        memcpy(stack + 1, args, sizeof(py_obj *) * (nargs + (kwnames ? PY_TLEN(kwnames) : 0)));
        obj = py_call(f, stack, nargs + 1, kwnames);
        free(stack);
        if (!obj) return NULL;
        if (!py_isinst(obj, t)) return obj;
        /* an exception's __new__ of the program's: BaseException.__init__ follows (the
         * call's arguments its args; no keywords) */
        if (!initf && (t->flags & PY_TF_EXC)) initf = py_type_lookup_s(t, "__init__");
    } else if (t->flags & PY_TF_EXC) {
        obj = t->vnew(t, args, nargs, initf ? NULL : kwnames);
        if (!obj) return NULL;
    } else if (py_subtype(t, &py_type_type)) { /* a metaclass: type.__new__ */
        if (!(obj = type_new(t, args, nargs, kwnames))) return NULL;
    } else if (t->vnew != object_vnew) { /* derived from dict, str...: the base's __new__ */
        py_type *solid = t->base;
        while (solid->flags & PY_TF_HEAP) solid = solid->base;
        obj = builtin_new(solid, t, args, nargs, kwnames, safe);
        if (!obj) return NULL;
    } else {
        if (!initf && (nargs || kwnames)) {
            return py_err_set(py_exc_TypeError, "%s() takes no arguments", t->name);
        }
        obj = object_new_inst(t, NULL, 0, NULL);
        if (!obj) return NULL;
    }
    if (!initf && t->vnew != object_vnew && !(t->flags & PY_TF_EXC)) {
        /* dict's, list's or set's __init__ fills what their __new__ made */
        py_type *solid = t->base;
        while (solid->flags & PY_TF_HEAP) solid = solid->base;
        if (mutable_base(solid)) initf = py_dict_get_s(solid->dict, "__init__");
    }
    if (initf) {
        py_obj *r;
        py_obj *bound = py_method_new(initf, obj);
        if (!bound) { py_decref(obj); return NULL; }
        py__resume_token = safe ? bound : NULL; /* __init__ may suspend (eval.c) */
        r = py_call(bound, args, nargs, kwnames);
        py__resume_token = NULL;
        py_decref(bound);
        if (!r) { py_decref(obj); return NULL; }
        if (r != PY_NONE) {
            py_err_set(py_exc_TypeError, "__init__() should return None, not '%s'", py_type_name(r));
            py_decref(r);
            py_decref(obj);
            return NULL;
        }
        py_decref(r);
    }
    return obj;
}

/* CPython's object_new refusing a class with abstract methods left (abc's ABCMeta sets them) */
static py_obj *abstract_error(py_type *t) {
    py_obj *names = py_dict_get_s(t->dict, "__abstractmethods__"), *sorted = NULL, *sep = NULL, *joined = NULL;
    if (names && (sorted = py_sequence_list(names)) && py_list_sort(sorted, NULL, 0) == 0 && (sep = py_str_c(", ")))
        joined = py_str_join(sep, sorted);
    if (joined)
        py_err_set(py_exc_TypeError, "Can't instantiate abstract class %s with abstract method%s %U", t->name,
                   PY_LLEN(sorted) > 1 ? "s" : "", joined);
    py_xdecref(sorted);
    py_xdecref(sep);
    py_xdecref(joined);
    return NULL;
}

static py_obj *object_new_inst(py_type *t, py_obj *const *args, size_t nargs, py_obj *kw) {
    if (t->flags & PY_TF_ABSTRACTMETHODS) return abstract_error(t);
    py_obj *o = py_alloc(t);
    if (o && t->dealloc == py__del_dealloc) py__gc_track(o);
    return o;
}

static py_obj *object_vnew(py_type *t, py_obj *const *args, size_t nargs, py_obj *kw) {
    if (nargs || kw) return py_err_set(py_exc_TypeError, "object() takes no arguments");
    py_obj *o = py_alloc(t);
    if (o && t->dealloc == py__del_dealloc) py__gc_track(o);
    return o;
}

static py_obj *type_mro_m(py_obj *self, py_obj *const *args, size_t nargs, py_obj *kw) {
    return py_sequence_list(((py_type *)self)->mro);
}
static py_obj *type_subclasses_m(py_obj *self, py_obj *const *args, size_t nargs, py_obj *kw) {
    py_obj *l = py_list_new(0);
    for (size_t i = 0; l && i < n_heap_types; i++) {
        py_type *t = heap_types[i];
        for (size_t j = 0; t->bases && j < PY_TLEN(t->bases); j++)
            if (PY_TITEM(t->bases, j) == self) {
                if (py_list_append(l, (py_obj *)t) < 0) PY_CLEAR(l);
                break;
            }
    }
    return l;
}
/* type's methods for metaclasses: super().__new__(mcs, name, bases, ns),
 * super().__call__(*args) (announced through: __init__ may suspend), ... */
static py_obj *type_new_m(py_obj *self, py_obj *const *args, size_t nargs, py_obj *kw) {
    if (nargs < 1) return py_err_set(py_exc_TypeError, "type.__new__(): not enough arguments");
    if (!PY_IS_TYPE(args[0])) return py_err_set(py_exc_TypeError, "type.__new__(X): X is not a type object (%s)", py_type_name(args[0]));
    py_type *m = (py_type *)args[0];
    if (!py_subtype(m, &py_type_type)) return py_err_set(py_exc_TypeError, "type.__new__(%s): %s is not a subtype of type", m->name, m->name);
    return type_new(m, args + 1, nargs - 1, kw);
}
static py_obj *type_call_m(py_obj *self, py_obj *const *args, size_t nargs, py_obj *kw) {
    py__resume_token = py__take_call_safe() ? self : NULL;
    return py_type_call(self, args, nargs, kw);
}
static py_obj *type_prepare_m(py_obj *self, py_obj *const *args, size_t nargs, py_obj *kw) { return py_dict_new(); }
static py_obj *type_init_m(py_obj *self, py_obj *const *args, size_t nargs, py_obj *kw) {
    if (nargs == 1 && kw && PY_TLEN(kw)) return py_err_set(py_exc_TypeError, "type.__init__() takes no keyword arguments");
    if (nargs != 1 && nargs != 3) return py_err_set(py_exc_TypeError, "type.__init__() takes 1 or 3 arguments");
    return py_none();
}
static py_obj *type_setattr_m(py_obj *self, py_obj *const *args, size_t nargs, py_obj *kw) {
    if (nargs != 2 || !PY_IS_STR(args[0])) return py_err_set(py_exc_TypeError, "expected 2 arguments");
    return type_setattr(self, args[0], args[1]) < 0 ? NULL : py_none();
}
static py_obj *type_delattr_m(py_obj *self, py_obj *const *args, size_t nargs, py_obj *kw) {
    if (nargs != 1 || !PY_IS_STR(args[0])) return py_err_set(py_exc_TypeError, "expected 1 argument");
    return type_setattr(self, args[0], NULL) < 0 ? NULL : py_none();
}
static py_obj *type_repr_m(py_obj *self, py_obj *const *args, size_t nargs, py_obj *kw) { return type_repr(self); }
/* type.__instancecheck__ and __subclasscheck__: what isinstance() and issubclass() check without a metaclass's own */
static py_obj *type_instancecheck_m(py_obj *self, py_obj *const *args, size_t nargs, py_obj *kw) {
    if (nargs != 1) return py_err_set(py_exc_TypeError, "expected 1 argument, got %d", (int)nargs);
    return py_bool(py_isinst(args[0], (py_type *)self));
}
static py_obj *type_subclasscheck_m(py_obj *self, py_obj *const *args, size_t nargs, py_obj *kw) {
    if (nargs != 1) return py_err_set(py_exc_TypeError, "expected 1 argument, got %d", (int)nargs);
    if (!PY_IS_TYPE(args[0])) return py_err_set(py_exc_TypeError, "issubclass() arg 1 must be a class");
    return py_bool(py_subtype((py_type *)args[0], (py_type *)self));
}
static const py_methoddef type_methods[] = {
    { "__new__", type_new_m, PY_METH_STATIC },
    { "__call__", type_call_m, 0 },
    { "__init__", type_init_m, 0 },
    { "__prepare__", type_prepare_m, PY_METH_CLASS },
    { "__setattr__", type_setattr_m, 0 },
    { "__delattr__", type_delattr_m, 0 },
    { "__repr__", type_repr_m, 0 },
    { "__instancecheck__", type_instancecheck_m, 0 },
    { "__subclasscheck__", type_subclasscheck_m, 0 },
    { "mro", type_mro_m, 0 },
    { "__subclasses__", type_subclasses_m, 0 },
    { NULL, NULL, 0 },
};

py_type py_type_type = { {IMMORTAL, &py_type_type}, "type", &py_object_type, .size = sizeof(py_type),
    .dealloc = type_dealloc, .repr = type_repr, .getattr = type_getattr, .setattr = type_setattr,
    .call = py_type_call, .hash = type_hash, .richcmp = type_richcmp, .methods = type_methods, .flags = PY_TF_BASETYPE };

/* object's methods, reachable as super().__init__() and object.__repr__(x). */
static py_obj *object_init_m(py_obj *self, py_obj *const *args, size_t nargs, py_obj *kw) {
    if (self && (nargs || (kw && PY_TLEN(kw)))) { /* CPython's object_init: arguments left over */
        py_type *t = self->type;
        py_obj *init = py_type_lookup_s(t, "__init__");
        if (init && (PY_TYPE(init) != &py_cfunc_type || ((py_cfunc *)init)->def->fn != object_init_m))
            return py_err_set(py_exc_TypeError, "object.__init__() takes exactly one argument (the instance to initialize)");
        py_obj *nw = py_type_lookup_s(t, "__new__");
        if (t->vnew == object_vnew && nw && PY_TYPE(nw) == &py_staticmethod_type && PY_TYPE(((py_wrap *)nw)->v) == &py_cfunc_type)
            return py_err_set(py_exc_TypeError, "%s.__init__() takes exactly one argument (the instance to initialize)", t->name);
    }
    return py_none();
}
static py_obj *object_repr_m(py_obj *self, py_obj *const *args, size_t nargs, py_obj *kw) {
    return py_object_repr_default(self);
}
static py_obj *object_str_m(py_obj *self, py_obj *const *args, size_t nargs, py_obj *kw) {
    return py_repr(self);
}
static py_obj *object_eq_m(py_obj *self, py_obj *const *args, size_t nargs, py_obj *kw) {
    if (nargs != 1) return py_err_set(py_exc_TypeError, "expected 1 argument");
    return py_incref(self == args[0] ? PY_TRUE : PY_NOTIMPL);
}
static py_obj *object_ne_m(py_obj *self, py_obj *const *args, size_t nargs, py_obj *kw) {
    if (nargs != 1) return py_err_set(py_exc_TypeError, "expected 1 argument");
    return object_richcmp(self, args[0], PY_NE);
}
/* object.__lt__ and the other orderings: NotImplemented, as CPython's object_richcompare */
static py_obj *object_order_m(py_obj *self, py_obj *const *args, size_t nargs, py_obj *kw) {
    if (nargs != 1) return py_err_set(py_exc_TypeError, "expected 1 argument, got %d", (int)nargs);
    return py_incref(PY_NOTIMPL);
}
static py_obj *object_hash_m(py_obj *self, py_obj *const *args, size_t nargs, py_obj *kw) {
    return py_int(ptr_hash(self));
}
static py_obj *object_new_m(py_obj *self, py_obj *const *args, size_t nargs, py_obj *kw) {
    if (nargs < 1) return py_err_set(py_exc_TypeError, "object.__new__(): not enough arguments");
    if (!PY_IS_TYPE(args[0])) return py_err_set(py_exc_TypeError, "object.__new__(X): X is not a type object (%s)", py_type_name(args[0]));
    py_type *t = (py_type *)args[0];
    if (t->flags & PY_TF_EXC) return t->vnew(t, args + 1, nargs - 1, NULL);
    if (t->vnew != object_vnew) { /* derived from dict, int...: CPython's tp_new_wrapper check */
        py_type *s = t;
        while ((s->flags & PY_TF_HEAP) && py_dict_get_s(s->dict, "__new__")) s = s->base;
        return py_err_set(py_exc_TypeError, "object.__new__(%s) is not safe, use %s.__new__()", t->name, s->name);
    }
    if (nargs > 1 || (kw && PY_TLEN(kw))) { /* CPython's object_new: arguments left over */
        py_obj *nw = py_type_lookup_s(t, "__new__");
        if (nw && !(PY_TYPE(nw) == &py_staticmethod_type && PY_TYPE(((py_wrap *)nw)->v) == &py_cfunc_type
                    && ((py_cfunc *)((py_wrap *)nw)->v)->def->fn == object_new_m))
            return py_err_set(py_exc_TypeError, "object.__new__() takes exactly one argument (the type to instantiate)");
        py_obj *init = py_type_lookup_s(t, "__init__");
        if (!init || (PY_TYPE(init) == &py_cfunc_type && ((py_cfunc *)init)->def->fn == object_init_m))
            return py_err_set(py_exc_TypeError, "%s() takes no arguments", t->name);
    }
    return object_new_inst(t, NULL, 0, NULL);
}
static py_obj *object_setattr_m(py_obj *self, py_obj *const *args, size_t nargs, py_obj *kw) {
    if (nargs != 2 || !PY_IS_STR(args[0])) return py_err_set(py_exc_TypeError, "expected 2 arguments");
    if (py_generic_setattr(self, args[0], args[1]) < 0) return NULL;
    return py_none();
}
static py_obj *object_delattr_m(py_obj *self, py_obj *const *args, size_t nargs, py_obj *kw) {
    if (nargs != 1) return py_err_set(py_exc_TypeError, "expected 1 argument, got %d", (int)nargs);
    if (!PY_IS_STR(args[0])) return py_err_set(py_exc_TypeError, "attribute name must be string, not '%s'", py_type_name(args[0]));
    if (py_generic_setattr(self, args[0], NULL) < 0) return NULL;
    return py_none();
}
/* object.__subclasshook__: abc's classes ask it first, NotImplemented is "don't know" */
static py_obj *object_subclasshook_m(py_obj *self, py_obj *const *args, size_t nargs, py_obj *kw) {
    return py_incref(PY_NOTIMPL);
}
/* object.__getstate__ (3.11): the instance's __dict__, None when it is empty */
static py_obj *object_getstate_m(py_obj *self, py_obj *const *args, size_t nargs, py_obj *kw) {
    if (nargs) return py_err_set(py_exc_TypeError, "object.__getstate__() takes no arguments (%d given)", (int)nargs);
    if (self->type->flags & PY_TF_SLOTS) return py_err_set(py_exc_NotImplementedError, "object.__getstate__() of a class with __slots__ is not supported by casyncio's Python");
    py_obj **dp = self->type->dictoffset ? py__dictptr(self) : NULL;
    return py_incref(dp && *dp && py_len(*dp) > 0 ? *dp : PY_NONE);
}
/* pickling's protocol and sizes of objects in memory are not this interpreter's */
static py_obj *object_refused_m(py_obj *self, py_obj *const *args, size_t nargs, py_obj *kw) {
    return py_err_set(py_exc_NotImplementedError, "object.__reduce__(), __reduce_ex__() and __sizeof__() are not supported by casyncio's Python");
}
static py_obj *object_getattribute_m(py_obj *self, py_obj *const *args, size_t nargs, py_obj *kw) {
    if (nargs != 1 || !PY_IS_STR(args[0])) return py_err_set(py_exc_TypeError, "expected 1 argument");
    return generic_getattr_hook(self, args[0], 0, 0, 0);
}
static py_obj *object_init_subclass_m(py_obj *self, py_obj *const *args, size_t nargs, py_obj *kw) {
    py_obj *cls = self ? self : nargs ? args[0] : NULL; /* bound by super(): the class comes first */
    if (kw && PY_TLEN(kw) && cls && PY_IS_TYPE(cls)) {
        py_type *t = (py_type *)cls;
        if (t->qualname) return py_err_set(py_exc_TypeError, "%U.__init_subclass__() takes no keyword arguments", t->qualname);
        return py_err_set(py_exc_TypeError, "%s.__init_subclass__() takes no keyword arguments", t->name);
    }
    return py_none();
}
static py_obj *object_format_m(py_obj *self, py_obj *const *args, size_t nargs, py_obj *kw) {
    if (nargs != 1 || !PY_IS_STR(args[0])) return py_err_set(py_exc_TypeError, "format expects a str");
    if (py_slen(args[0]))
        return py_err_set(py_exc_TypeError, "unsupported format string passed to %s.__format__", py_type_name(self));
    return py_str(self);
}
static py_obj *object_dir_m(py_obj *self, py_obj *const *args, size_t nargs, py_obj *kw) {
    return py_dir_names(self);
}
static const py_methoddef object_methods[] = {
    { "__init__", object_init_m, 0 },
    { "__repr__", object_repr_m, 0 },
    { "__str__", object_str_m, 0 },
    { "__eq__", object_eq_m, 0 },
    { "__ne__", object_ne_m, 0 },
    { "__lt__", object_order_m, 0 }, { "__le__", object_order_m, 0 },
    { "__gt__", object_order_m, 0 }, { "__ge__", object_order_m, 0 },
    { "__hash__", object_hash_m, 0 },
    { "__new__", object_new_m, PY_METH_STATIC },
    { "__setattr__", object_setattr_m, 0 },
    { "__delattr__", object_delattr_m, 0 },
    { "__getattribute__", object_getattribute_m, 0 },
    { "__subclasshook__", object_subclasshook_m, PY_METH_CLASS },
    { "__getstate__", object_getstate_m, 0 },
    { "__reduce__", object_refused_m, 0 }, { "__reduce_ex__", object_refused_m, 0 }, { "__sizeof__", object_refused_m, 0 },
    { "__init_subclass__", object_init_subclass_m, PY_METH_CLASS },
    { "__format__", object_format_m, 0 },
    { "__dir__", object_dir_m, 0 },
    { NULL, NULL, 0 },
};
py_obj *py__inst_dict_get(py_obj *o) {
    py_type *t = o->type;
    if (!t->dictoffset || (t->flags & PY_TF_SLOTS)) return py_err_set(py_exc_AttributeError, "'%s' object has no attribute '__dict__'", t->name);
    py_obj **dp = py__dictptr(o);
    if (!*dp) *dp = py_dict_new();
    return py_xincref(*dp);
}
static py_obj *inst_class_get(py_obj *o) { return py_incref((py_obj *)o->type); }
/* obj.__class__ = C, as CPython's object_set_class: between classes written
 * in Python whose instances have the same layout (the same built-in base,
 * size, __dict__ and slots) */
static int inst_class_set(py_obj *o, py_obj *v) {
    if (!v) { py_err_set(py_exc_TypeError, "can't delete __class__ attribute"); return -1; }
    if (!PY_IS_TYPE(v)) {
        py_err_set(py_exc_TypeError, "__class__ must be set to a class, not '%s' object", py_type_name(v));
        return -1;
    }
    py_type *nt = (py_type *)v, *ot = o->type, *ns = nt, *os = ot;
    if (!(nt->flags & PY_TF_HEAP) || !(ot->flags & PY_TF_HEAP)) {
        py_err_set(py_exc_TypeError, "__class__ assignment only supported for mutable types or ModuleType subclasses");
        return -1;
    }
    while (ns->flags & PY_TF_HEAP) ns = ns->base;
    while (os->flags & PY_TF_HEAP) os = os->base;
    if (ns != os || nt->size != ot->size || nt->dictoffset != ot->dictoffset ||
        (nt->flags & (PY_TF_SLOTS | PY_TF_SLOTDICT)) != (ot->flags & (PY_TF_SLOTS | PY_TF_SLOTDICT))) {
        py_err_set(py_exc_TypeError, "__class__ assignment: '%s' object layout differs from '%s'", nt->name, ot->name);
        return -1;
    }
    /* an instance of a class with __del__ is registered with gc.c's collector */
    if (nt->dealloc == py__del_dealloc && ot->dealloc != py__del_dealloc) py__gc_track(o);
    else if (nt->dealloc != py__del_dealloc && ot->dealloc == py__del_dealloc) py__gc_untrack(o);
    o->type = (py_type *)py_incref(v);
    py_decref((py_obj *)ot);
    return 0;
}
static const py_getsetdef object_getset[] = {
    { "__class__", inst_class_get, inst_class_set },
    { NULL, NULL, NULL },
};

py_type py_object_type = { {IMMORTAL, &py_type_type}, "object", NULL, .size = sizeof(py_obj),
    .hash = ptr_hash, .richcmp = object_richcmp, .vnew = object_vnew, .methods = object_methods,
    .getset = object_getset, .flags = PY_TF_BASETYPE };

/* ---- getset descriptors ---------------------------------------------------------------- */

static py_obj *getset_repr(py_obj *d) {
    py_getset *g = (py_getset *)d;
    return py_str_fmt("<attribute '%s' of '%s' objects>", g->def->name,
                      g->owner ? g->owner->name : g->owner_name ? py_s(g->owner_name) : "?");
}
static py_obj *getset_get(py_obj *d, py_obj *obj, py_obj *type) {
    if (!obj) return py_incref(d); /* None is an instance too: None.__class__ */
    return ((py_getset *)d)->def->get(obj);
}
static void getset_dealloc(py_obj *o) {
    py_xdecref(((py_getset *)o)->owner_name);
    free(o);
}
py_type py_getset_type = { {IMMORTAL, &py_type_type}, "getset_descriptor", .size = sizeof(py_getset),
    .dealloc = getset_dealloc, .descr_get = getset_get, .repr = getset_repr };

/* CPython's _Py_Mangle for a __slots__ name: `__x` of class C is `_C__x` */
static py_obj *mangle(const char *cls, py_obj *name) {
    const char *n = py_s(name);
    size_t len = py_slen(name);
    while (*cls == '_') cls++;
    if (len < 2 || n[0] != '_' || n[1] != '_' || (len > 2 && n[len - 1] == '_' && n[len - 2] == '_') || !*cls ||
        memchr(n, '.', len))
        return py_incref(name);
    return py_str_fmt("_%s%U", cls, name);
}
/* Where an instance keeps its slots' values: its (hidden) dict when its
 * class has no __dict__, else the dict after py_inst (PY_TF_SLOTDICT); a
 * class derived from a built-in type keeps them in its __dict__. */
static py_obj **slots_dictp(py_obj *o) {
    if (o->type->flags & PY_TF_SLOTDICT) return (py_obj **)((py_inst *)o + 1);
    return o->type->dictoffset ? py__dictptr(o) : NULL;
}
static const char *member_owner(py_member *m) { return m->owner ? m->owner->name : py_s(m->owner_name); }
static int member_check(py_member *m, py_obj *o) {
    if (m->owner && !py_isinst(o, m->owner)) {
        py_err_set(py_exc_TypeError, "descriptor '%U' for '%s' objects doesn't apply to a '%s' object", m->name,
                   member_owner(m), py_type_name(o));
        return -1;
    }
    return 0;
}
static py_obj *member_get(py_obj *d, py_obj *o, py_obj *type) {
    py_member *m = (py_member *)d;
    if (!o) return py_incref(d);
    if (member_check(m, o) < 0) return NULL;
    py_obj **dp = slots_dictp(o), *v = dp && *dp ? py_dict_get(*dp, m->name) : NULL;
    if (v) return py_incref(v);
    return attr_error(o, m->name); /* with name and obj, as PyObject_GetAttr sets them */
}
static int member_set(py_obj *d, py_obj *o, py_obj *v) {
    py_member *m = (py_member *)d;
    if (member_check(m, o) < 0) return -1;
    py_obj **dp = slots_dictp(o);
    if (!dp) return -1;
    if (!*dp && !(*dp = py_dict_new())) return -1;
    if (v) return py_dict_set(*dp, m->name, v);
    if (py_dict_del(*dp, m->name) < 0) { /* an empty slot: CPython 3.11 says its name alone */
        py_err_clear();
        py_err_set(py_exc_AttributeError, "%U", m->name);
        return -1;
    }
    return 0;
}
static py_obj *member_repr(py_obj *d) {
    py_member *m = (py_member *)d;
    return py_str_fmt("<member '%U' of '%s' objects>", m->name, member_owner(m));
}
static void member_dealloc(py_obj *o) {
    py_xdecref(((py_member *)o)->name);
    py_xdecref(((py_member *)o)->owner_name);
    free(o);
}
static py_obj *member_get_m(py_obj *self, py_obj *const *args, size_t nargs, py_obj *kw) {
    if (nargs < 1 || nargs > 2) return py_err_set(py_exc_TypeError, "expected 1 or 2 arguments, got %d", (int)nargs);
    if (args[0] == PY_NONE) return py_incref(self);
    return member_get(self, args[0], nargs > 1 ? args[1] : NULL);
}
static py_obj *member_set_m(py_obj *self, py_obj *const *args, size_t nargs, py_obj *kw) {
    if (nargs != 2) return py_err_set(py_exc_TypeError, "expected 2 arguments, got %d", (int)nargs);
    return member_set(self, args[0], args[1]) < 0 ? NULL : py_none();
}
static py_obj *member_delete_m(py_obj *self, py_obj *const *args, size_t nargs, py_obj *kw) {
    if (nargs != 1) return py_err_set(py_exc_TypeError, "expected 1 argument, got %d", (int)nargs);
    return member_set(self, args[0], NULL) < 0 ? NULL : py_none();
}
static const py_methoddef member_methods[] = {
    { "__get__", member_get_m, 0 }, { "__set__", member_set_m, 0 }, { "__delete__", member_delete_m, 0 }, { NULL, NULL, 0 },
};
static py_obj *member_name_get(py_obj *o) { return py_incref(((py_member *)o)->name); }
static py_obj *member_qualname_get(py_obj *o) {
    py_member *m = (py_member *)o;
    return py_str_fmt("%s.%U", member_owner(m), m->name);
}
static py_obj *member_objclass_get(py_obj *o) {
    py_member *m = (py_member *)o;
    return m->owner ? py_incref((py_obj *)m->owner) : py_none();
}
static const py_getsetdef member_getset[] = {
    { "__name__", member_name_get, NULL }, { "__qualname__", member_qualname_get, NULL }, { "__objclass__", member_objclass_get, NULL },
    { NULL, NULL, NULL },
};
static py_type py_member_type = { {IMMORTAL, &py_type_type}, "member_descriptor", .size = sizeof(py_member),
    .dealloc = member_dealloc, .descr_get = member_get, .repr = member_repr, .methods = member_methods,
    .getset = member_getset };

void py__type_ready(py_type *t) {
    if (t->mro) return;
    if (t != &py_object_type && !t->base) t->base = &py_object_type;
    if (t->base) py__type_ready(t->base);
    t->dict = py_dict_new();
    for (const py_methoddef *m = t->methods; m && m->name; m++) {
        py_cfunc *f = (py_cfunc *)py_alloc(&py_cfunc_type);
        f->def = m;
        f->owner = (m->flags & (PY_METH_STATIC | PY_METH_CLASS)) ? NULL : t;
        py_obj *v = (py_obj *)f;
        if (m->flags & PY_METH_CLASS) {
            py_wrap *w = (py_wrap *)py_alloc(&py_classmethod_type);
            w->v = v;
            v = (py_obj *)w;
        } else if (m->flags & PY_METH_STATIC) {
            py_wrap *w = (py_wrap *)py_alloc(&py_staticmethod_type);
            w->v = v;
            v = (py_obj *)w;
        }
        py_dict_set_s(t->dict, m->name, v);
        py_decref(v);
    }
    for (size_t i = 0; i < sizeof new_types / sizeof *new_types; i++) { /* dict.__new__, str.__new__... */
        if (t != new_types[i]) continue;
        py_wrap *w = (py_wrap *)py_alloc(&py_staticmethod_type);
        w->v = py_cfunc_new(&new_defs[i], NULL);
        py_dict_set_s(t->dict, "__new__", (py_obj *)w);
        py_decref(w);
    }
    /* (its text is CPython's, read when asked: type_doc; there for dir() and the setattr errors) */
    if (t == &py_object_type) py_dict_set_s(t->dict, "__doc__", PY_NONE);
    for (const py_getsetdef *g = t->getset; g && g->name; g++) {
        py_getset *d = (py_getset *)py_alloc(&py_getset_type);
        d->def = g;
        d->owner = t;
        py_dict_set_s(t->dict, g->name, (py_obj *)d);
        py_decref(d);
    }
    py__slot_methods(t);
    /* compared but not hashed (list, dict, set...): __hash__ is None, as
     * CPython's type_ready sets it (collections.abc.Hashable reads it) */
    if (!t->hash && t->richcmp && !py_dict_get_s(t->dict, "__hash__")) py_dict_set_s(t->dict, "__hash__", PY_NONE);
    size_t n = 0;
    for (py_type *b = t; b; b = b->base) n++;
    t->mro = py_tuple_new(n);
    n = 0;
    for (py_type *b = t; b; b = b->base) PY_TITEM(t->mro, n++) = py_incref((py_obj *)b);
    if (!t->module) t->module = py_str_intern("builtins");
    if (!t->size) t->size = t->base->size;
}

/* ---- bound methods ---------------------------------------------------------------------- */

py_obj *py_method_new(py_obj *func, py_obj *self) {
    py_method *m = (py_method *)py_alloc(&py_method_type);
    if (!m) return NULL;
    m->func = py_incref(func);
    m->self = py_incref(self);
    return (py_obj *)m;
}
static void method_dealloc(py_obj *o) {
    py_method *m = (py_method *)o;
    py_decref(m->func);
    py_decref(m->self);
    free(o);
}
static py_obj *method_call(py_obj *o, py_obj *const *args, size_t nargs, py_obj *kw) {
    py_method *m = (py_method *)o;
    size_t total = nargs + (kw ? PY_TLEN(kw) : 0);
    py_obj *small[8];
    py_obj **stack = total + 1 <= 8 ? small : malloc(sizeof(py_obj *) * (total + 1));
    if (!stack) return py_err_nomem();
    stack[0] = m->self;
    for (size_t i = 0; i < total; i++) stack[i + 1] = args[i];
    /* passes on an announcement (eval.c's "Suspending under Asyncify") */
    py__resume_token = py__resume_token == o ? m->func : NULL;
    py_obj *r = py_call(m->func, stack, nargs + 1, kw);
    py__resume_token = NULL;
    if (stack != small) free(stack);
    return r;
}
static py_obj *method_repr(py_obj *o) {
    py_method *m = (py_method *)o;
    py_obj *q = py_getattr_s(m->func, "__qualname__");
    if (!q) { py_err_clear(); q = py_str_c("?"); }
    py_obj *sr = py_repr(m->self);
    if (!sr) { py_decref(q); return NULL; }
    py_obj *r = py_str_fmt("<bound method %U of %U>", q, sr);
    py_decref(q);
    py_decref(sr);
    return r;
}
static py_obj *method_getattr(py_obj *o, py_obj *name) {
    py_method *m = (py_method *)o;
    if (py_str_eqc(name, "__self__")) return py_incref(m->self);
    if (py_str_eqc(name, "__func__")) return py_incref(m->func);
    if (py__stack_check("") < 0) return NULL; /* a method of a method of... */
    /* a C function bound to a type (dict.fromkeys): CPython's doc by the class's name */
    if (PY_TYPE(m->func) == &py_cfunc_type && PY_IS_TYPE(m->self) && py_str_eqc(name, "__doc__")) return py__lib_doc(o);
    if (PY_TYPE(m->func) == &py_cfunc_type && PY_IS_TYPE(m->self) && py_str_eqc(name, "__qualname__")) {
        const char *tn = ((py_type *)m->self)->name, *dot = strrchr(tn, '.');
        return py_str_fmt("%s.%s", dot ? dot + 1 : tn, ((py_cfunc *)m->func)->def->name);
    }
    return py_getattr(m->func, name);
}
static py_obj *method_richcmp(py_obj *a, py_obj *b, int op) {
    if ((op != PY_EQ && op != PY_NE) || PY_TYPE(b) != &py_method_type) return py_incref(PY_NOTIMPL);
    py_method *x = (py_method *)a, *y = (py_method *)b;
    int eq = x->func == y->func && x->self == y->self;
    return py_bool(op == PY_EQ ? eq : !eq);
}
static int64_t method_hash(py_obj *o) {
    py_method *m = (py_method *)o;
    return ptr_hash(m->func) ^ ptr_hash(m->self);
}
/* types.MethodType(func, obj): a method bound by hand */
static py_obj *method_vnew(py_type *t, py_obj *const *args, size_t nargs, py_obj *kw) {
    if (kw && PY_TLEN(kw)) return py_err_set(py_exc_TypeError, "method() takes no keyword arguments");
    if (nargs != 2) return py_err_set(py_exc_TypeError, "method expected 2 arguments, got %d", (int)nargs);
    if (!py_callable(args[0])) return py_err_set(py_exc_TypeError, "first argument must be callable");
    if (args[1] == PY_NONE) return py_err_set(py_exc_TypeError, "instance must not be None");
    return py_method_new(args[0], args[1]);
}
py_type py_method_type = { {IMMORTAL, &py_type_type}, "method", .size = sizeof(py_method),
    .dealloc = method_dealloc, .call = method_call, .repr = method_repr, .getattr = method_getattr,
    .richcmp = method_richcmp, .hash = method_hash, .vnew = method_vnew };

/* ---- built-in functions and methods ------------------------------------------------------- */

py_obj *py_cfunc_new(const py_methoddef *def, py_obj *self) {
    py_cfunc *f = (py_cfunc *)py_alloc(&py_cfunc_type);
    if (!f) return NULL;
    f->def = def;
    f->self = py_xincref(self);
    return (py_obj *)f;
}
static void cfunc_dealloc(py_obj *o) {
    py_xdecref(((py_cfunc *)o)->self);
    free(o);
}
/* Is f one of CPython's slot wrappers (list.__init__, int.__add__: a C
 * slot as a method) rather than a method descriptor (list.append)?  Their
 * reprs and errors differ.  list's and dict's __getitem__, and dict's and
 * set's __contains__, are method descriptors in CPython (METH_COEXIST). */
static int slot_name(const py_cfunc *f) {
    static const char *const names[] = { "init", "len", "getitem", "setitem", "delitem", "contains", "repr", "str",
        "hash", "bool", "call", "iter", "next", "lt", "le", "eq", "ne", "gt", "ge", "getattribute", "setattr",
        "delattr", "get", "set", "delete", "del", "await", "aiter", "anext", "add", "radd", "sub", "rsub", "mul",
        "rmul", "truediv", "rtruediv", "floordiv", "rfloordiv", "mod", "rmod", "pow", "rpow", "divmod", "rdivmod",
        "lshift", "rlshift", "rshift", "rrshift", "and", "rand", "or", "ror", "xor", "rxor", "neg", "pos", "invert",
        "abs", "int", "float", "index", "iadd", "isub", "imul", "ior", "iand", "ixor", "matmul", "imatmul", NULL };
    const char *n = f->def->name;
    size_t len = strlen(n);
    if (len < 5 || strncmp(n, "__", 2) || strcmp(n + len - 2, "__")) return 0;
    if ((!strcmp(n, "__getitem__") && (f->owner == &py_list_type || f->owner == &py_dict_type)) ||
        (!strcmp(n, "__contains__") && (f->owner == &py_dict_type || f->owner == &py_set_type || f->owner == &py_frozenset_type)))
        return 0;
    for (const char *const *p = names; *p; p++)
        if (strlen(*p) == len - 4 && !strncmp(*p, n + 2, len - 4)) return 1;
    return 0;
}
static py_obj *cfunc_call(py_obj *o, py_obj *const *args, size_t nargs, py_obj *kw) {
    py_cfunc *f = (py_cfunc *)o;
    /* called straight from the evaluator? (eval.c's "Suspending under Asyncify") */
    py__call_safe = py__resume_token == o;
    py__resume_token = NULL;
    py_obj *self = f->self;
    if (f->owner && !self) {
        /* unbound: str.upper("x") */
        if (nargs < 1) /* a slot wrapper's (object.__init__), or a method descriptor's */
            return slot_name(f) ? py_err_set(py_exc_TypeError, "descriptor '%s' of '%s' object needs an argument", f->def->name, f->owner->name)
                                : py_err_set(py_exc_TypeError, "unbound method %s.%s() needs an argument", f->owner->name, f->def->name);
        if (!py_isinst(args[0], f->owner))
            return slot_name(f) ? py_err_set(py_exc_TypeError, "descriptor '%s' requires a '%s' object but received a '%s'",
                                             f->def->name, f->owner->name, py_type_name(args[0]))
                                : py_err_set(py_exc_TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
                                             f->def->name, f->owner->name, py_type_name(args[0]));
        self = *args++;
        nargs--;
    }
    int fl = f->def->flags;
    if ((fl & (PY_METH_NOKW | PY_METH_NOARGS | PY_METH_O)) &&
        ((kw && PY_TLEN(kw)) || ((fl & PY_METH_NOARGS) && nargs) || ((fl & PY_METH_O) && nargs != 1))) {
        /* "str.upper() takes no arguments (1 given)", "str.zfill() takes exactly one argument (0 given)":
         * keywords first, as CPython's method_check_args */
        int bykw = kw && PY_TLEN(kw);
        const char *what = bykw ? "no keyword arguments" : fl & PY_METH_O ? "exactly one argument" : "no arguments";
        char given[32] = "";
        if (!bykw) snprintf(given, sizeof given, " (%d given)", (int)nargs);
        if (f->owner) return py_err_set(py_exc_TypeError, "%s.%s() takes %s%s", f->owner->name, f->def->name, what, given);
        py_obj *m = f->self && PY_TYPE(f->self) == &py_module_type ? ((py_module *)f->self)->name : NULL;
        if (m && !py_str_eqc(m, "builtins")) /* math.sqrt(x=4) */
            return py_err_set(py_exc_TypeError, "%U.%s() takes %s%s", m, f->def->name, what, given);
        return py_err_set(py_exc_TypeError, "%s() takes %s%s", f->def->name, what, given);
    }
    /* CPython checks the recursion around a call of a C function that takes
     * no argument or one (METH_NOARGS, METH_O: specialised or not) and a
     * generic call of one that takes several (until the site is quickened) */
    if (!(fl & (PY_METH_LEVEL | PY_METH_NOARGS | PY_METH_O)) && !((fl & PY_METH_COLD) && py__cold_call()))
        return f->def->fn(self, args, nargs, kw);
    if (py_recursion_check(" while calling a Python object") < 0) return NULL;
    py_recursion_enter();
    py_obj *r = f->def->fn(self, args, nargs, kw);
    py_recursion_leave();
    return r;
}
static py_obj *cfunc_descr_get(py_obj *d, py_obj *obj, py_obj *type) {
    py_cfunc *f = (py_cfunc *)d;
    if (!obj || f->self || !f->owner) return py_incref(d); /* obj None: None's own method (None.__eq__) */
    py_cfunc *b = (py_cfunc *)py_alloc(&py_cfunc_type);
    if (!b) return NULL;
    b->def = f->def;
    b->owner = f->owner;
    b->self = py_incref(obj);
    return (py_obj *)b;
}
static py_obj *cfunc_repr(py_obj *o) {
    py_cfunc *f = (py_cfunc *)o;
    int slot = f->owner && slot_name(f);
    if (f->owner && f->self)
        return py_str_fmt(slot ? "<method-wrapper '%s' of %s object at %p>" : "<built-in method %s of %s object at %p>",
                          f->def->name, py_type_name(f->self), (void *)f->self);
    if (f->owner) return py_str_fmt(slot ? "<slot wrapper '%s' of '%s' objects>" : "<method '%s' of '%s' objects>",
                                    f->def->name, f->owner->name);
    if (f->def->flags & PY_METH_PYFUNC) return py_str_fmt("<function %s at %p>", f->def->name, (void *)o); /* asyncio.sleep */
    return py_str_fmt("<built-in function %s>", f->def->name);
}
/* a module's function: the module's name (CPython's asyncio functions are
 * Python functions of its submodules, or _asyncio's); else None, as a
 * built-in method's */
static py_obj *cfunc_module(py_cfunc *f) {
    if (!f->self || PY_TYPE(f->self) != &py_module_type) return py_none();
    py_obj *m = ((py_module *)f->self)->name;
    if (!py_str_eqc(m, "asyncio")) return py_incref(m);
    const char *n = f->def->name;
    return py_str_c(!(f->def->flags & PY_METH_PYFUNC) ? "_asyncio" : !strcmp(n, "run") ? "asyncio.runners"
                    : !strncmp(n, "iscoroutine", 11) ? "asyncio.coroutines" : "asyncio.tasks");
}
/* The __doc__ of what is C here, or the library's Python (whose docstrings
 * gen_prelude.py leaves out): CPython's, from _docs (python/tools/gen_docs.py:
 * pylib files, loaded when first asked), or None. */
py_obj *py__lib_doc(py_obj *o) {
    static int busy;
    if (busy || py__stack_low()) return py_none();
    busy = 1;
    py_obj *saved = py_err_fetch();
    py_obj *m = py_import(py_str_intern("_docs"));
    py_obj *r = m ? py_call_method(m, "doc", &o, 1) : NULL;
    py_xdecref(m);
    busy = 0;
    py_err_clear();
    py__ts->exc = saved;
    return r ? r : py_none();
}
static py_obj *cfunc_getattr(py_obj *o, py_obj *name) {
    py_cfunc *f = (py_cfunc *)o;
    if (py_str_eqc(name, "__name__") || py_str_eqc(name, "__qualname__")) {
        if (py_str_eqc(name, "__qualname__") && f->owner) { /* the type's own name: 'Task.cancel', not '_asyncio.Task.cancel' */
            const char *dot = strrchr(f->owner->name, '.');
            return py_str_fmt("%s.%s", dot ? dot + 1 : f->owner->name, f->def->name);
        }
        return py_str_c(f->def->name);
    }
    if (py_str_eqc(name, "__self__")) return py_incref(f->self ? f->self : PY_NONE);
    if (py_str_eqc(name, "__objclass__") && f->owner && !f->self) return py_incref((py_obj *)f->owner); /* a method descriptor's */
    if (py_str_eqc(name, "__module__")) return cfunc_module(f);
    if (py_str_eqc(name, "__doc__")) return py__lib_doc(o);
    return py_generic_getattr(o, name);
}
static py_obj *cfunc_richcmp(py_obj *a, py_obj *b, int op) {
    if ((op != PY_EQ && op != PY_NE) || PY_TYPE(b) != &py_cfunc_type) return py_incref(PY_NOTIMPL);
    py_cfunc *x = (py_cfunc *)a, *y = (py_cfunc *)b;
    int eq = x->def == y->def && x->self == y->self;
    return py_bool(op == PY_EQ ? eq : !eq);
}
static int64_t cfunc_hash(py_obj *o) { return ptr_hash((py_obj *)((py_cfunc *)o)->def); }
py_type py_cfunc_type = { {IMMORTAL, &py_type_type}, "builtin_function_or_method", .size = sizeof(py_cfunc),
    .dealloc = cfunc_dealloc, .call = cfunc_call, .descr_get = cfunc_descr_get, .repr = cfunc_repr,
    .getattr = cfunc_getattr, .richcmp = cfunc_richcmp, .hash = cfunc_hash };

/* ---- staticmethod, classmethod, property ---------------------------------------------------- */

/* d.__get__(obj[, type]) of a function, a property, a staticmethod or a classmethod: the slot wrapper CPython gives
 * every type with a tp_descr_get (wrap_descr_get), so f.__get__(obj) binds a method
 * by hand (CPython's PyArg_UnpackTuple with the name "": its words start with a space) */
py_obj *py__wrap_descr_get(py_obj *self, py_obj *const *args, size_t nargs, py_obj *kw) {
    if (nargs < 1) return py_err_set(py_exc_TypeError, " expected at least 1 argument, got 0");
    if (nargs > 2) return py_err_set(py_exc_TypeError, " expected at most 2 arguments, got %d", (int)nargs);
    py_obj *type = nargs > 1 && args[1] != PY_NONE ? args[1] : NULL;
    if (args[0] == PY_NONE && !type) return py_err_set(py_exc_TypeError, "__get__(None, None) is invalid");
    return PY_TYPE(self)->descr_get(self, args[0] == PY_NONE ? NULL : args[0], type);
}
static const py_methoddef wrap_methods[] = { { "__get__", py__wrap_descr_get, 0 }, { NULL, NULL, 0 } };
static void wrap_dealloc(py_obj *o) {
    py_xdecref(((py_wrap *)o)->v);
    free(o);
}
static py_obj *staticmethod_get(py_obj *d, py_obj *obj, py_obj *type) { return py_incref(((py_wrap *)d)->v); }
static py_obj *classmethod_get(py_obj *d, py_obj *obj, py_obj *type) {
    if (!type) type = (py_obj *)PY_TYPE(obj);
    py_obj *f = ((py_wrap *)d)->v;
    /* a descriptor wrapped (classmethod(property(f))): its __get__(type, type), as CPython 3.9-3.12's */
    if (PY_TYPE(f)->descr_get && PY_TYPE(f) != &py_func_type && PY_TYPE(f) != &py_cfunc_type) return PY_TYPE(f)->descr_get(f, type, type);
    return py_method_new(f, type);
}
static py_obj *wrap_new(py_type *t, py_obj *const *args, size_t nargs, py_obj *kw) {
    if (nargs != 1 || kw) return py_err_set(py_exc_TypeError, "%s expected 1 argument, got %d", t->name, (int)nargs);
    py_wrap *w = (py_wrap *)py_alloc(t);
    if (!w) return NULL;
    w->v = py_incref(args[0]);
    return (py_obj *)w;
}
static py_obj *wrap_getattr(py_obj *o, py_obj *name) {
    if (py_str_eqc(name, "__func__") || py_str_eqc(name, "__wrapped__")) return py_incref(((py_wrap *)o)->v);
    if (py_str_eqc(name, "__isabstractmethod__")) { /* the function's, or False */
        py_obj *r = py_getattr_opt(((py_wrap *)o)->v, name);
        if (!r && !py_err_occurred()) r = py_bool(0);
        return r;
    }
    if (py_str_eqc(name, "__get__")) return py_generic_getattr(o, name); /* its own, not the function's */
    if (py__stack_check("") < 0) return NULL; /* staticmethod(staticmethod(...)) */
    return py_getattr(((py_wrap *)o)->v, name);
}
static py_obj *staticmethod_call(py_obj *o, py_obj *const *args, size_t nargs, py_obj *kw) {
    return py_call(((py_wrap *)o)->v, args, nargs, kw);
}
/* <staticmethod(<function C.f at 0x...>)>, as CPython 3.10+ */
static py_obj *wrap_repr(py_obj *o) {
    py_obj *r = py_repr(((py_wrap *)o)->v);
    if (!r) return NULL;
    py_obj *s = py_str_fmt("<%s(%U)>", o->type->name, r);
    py_decref(r);
    return s;
}
py_type py_staticmethod_type = { {IMMORTAL, &py_type_type}, "staticmethod", .size = sizeof(py_wrap),
    .dealloc = wrap_dealloc, .descr_get = staticmethod_get, .vnew = wrap_new, .getattr = wrap_getattr, .repr = wrap_repr,
    .call = staticmethod_call, .methods = wrap_methods, .flags = PY_TF_BASETYPE };
py_type py_classmethod_type = { {IMMORTAL, &py_type_type}, "classmethod", .size = sizeof(py_wrap),
    .dealloc = wrap_dealloc, .descr_get = classmethod_get, .vnew = wrap_new, .getattr = wrap_getattr, .repr = wrap_repr,
    .methods = wrap_methods, .flags = PY_TF_BASETYPE };

static void property_dealloc(py_obj *o) {
    py_property *p = (py_property *)o;
    py_xdecref(p->fget);
    py_xdecref(p->fset);
    py_xdecref(p->fdel);
    py_xdecref(p->doc);
    free(o);
}
static py_obj *property_get(py_obj *d, py_obj *obj, py_obj *type) {
    int safe = py__take_safe(d); /* the getter may suspend (generic_getattr) */
    py_property *p = (py_property *)d;
    if (!obj || obj == PY_NONE) return py_incref(d);
    if (!p->fget) { /* CPython 3.11's message, with the name the class gave it */
        py_type *t = PY_TYPE(obj);
        py_obj *qn = qualname(t);
        const char *tn = qn ? py_s(qn) : t->name;
        py_obj *mro = t->mro, *k, *v;
        for (size_t i = 0; mro && i < PY_TLEN(mro); i++) {
            size_t pos = 0;
            py_obj *dict = ((py_type *)PY_TITEM(mro, i))->dict;
            while (dict && py_dict_next(dict, &pos, &k, &v))
                if (v == d) return py_err_set(py_exc_AttributeError, "property '%U' of '%s' object has no getter", k, tn);
        }
        return py_err_set(py_exc_AttributeError, "property of '%s' object has no getter", tn);
    }
    py__resume_token = safe ? p->fget : NULL;
    py_obj *r = py_call(p->fget, &obj, 1, NULL); /* py_call1 is not instrumented */
    py__resume_token = NULL;
    return r;
}
static py_obj *property_new(py_type *t, py_obj *const *args, size_t nargs, py_obj *kw) {
    static const char *const names[] = { "fget", "fset", "fdel", "doc", NULL };
    py_obj *a[4];
    if (py_args("property", args, nargs, kw, 0, 4, names, a) < 0) return NULL;
    py_property *p = (py_property *)py_alloc(t);
    if (!p) return NULL;
    p->fget = a[0] && a[0] != PY_NONE ? py_incref(a[0]) : NULL;
    p->fset = a[1] && a[1] != PY_NONE ? py_incref(a[1]) : NULL;
    p->fdel = a[2] && a[2] != PY_NONE ? py_incref(a[2]) : NULL;
    p->doc = a[3] && a[3] != PY_NONE ? py_incref(a[3]) : NULL;
    return (py_obj *)p;
}
static py_obj *property_copy(py_obj *self, py_obj *g, py_obj *s, py_obj *d) {
    py_property *p = (py_property *)py_alloc(&py_property_type);
    if (!p) return NULL;
    py_property *o = (py_property *)self;
    /* (None keeps the property's own, as CPython's property_copy) */
    p->fget = py_xincref(g && g != PY_NONE ? g : o->fget);
    p->fset = py_xincref(s && s != PY_NONE ? s : o->fset);
    p->fdel = py_xincref(d && d != PY_NONE ? d : o->fdel);
    p->doc = py_xincref(o->doc);
    return (py_obj *)p;
}
static py_obj *property_getter(py_obj *self, py_obj *const *args, size_t nargs, py_obj *kw) {
    return nargs == 1 ? property_copy(self, args[0], NULL, NULL) : py_err_set(py_exc_TypeError, "getter expects 1 argument");
}
static py_obj *property_setter(py_obj *self, py_obj *const *args, size_t nargs, py_obj *kw) {
    return nargs == 1 ? property_copy(self, NULL, args[0], NULL) : py_err_set(py_exc_TypeError, "setter expects 1 argument");
}
static py_obj *property_deleter(py_obj *self, py_obj *const *args, size_t nargs, py_obj *kw) {
    return nargs == 1 ? property_copy(self, NULL, NULL, args[0]) : py_err_set(py_exc_TypeError, "deleter expects 1 argument");
}
/* property.__set__(obj, v) and __delete__(obj) called by name, as CPython's property_descr_set */
static py_obj *property_set_or_delete(py_obj *self, py_obj *obj, py_obj *v) {
    py_property *p = (py_property *)self;
    py_obj *f = v ? p->fset : p->fdel;
    if (!f) {
        py_type *t = PY_TYPE(obj);
        py_obj *qn = qualname(t), *mro = t->mro, *k, *w;
        const char *tn = qn ? py_s(qn) : t->name, *what = v ? "setter" : "deleter";
        for (size_t i = 0; mro && i < PY_TLEN(mro); i++) { /* the name a class gave it */
            size_t pos = 0;
            py_obj *dict = ((py_type *)PY_TITEM(mro, i))->dict;
            while (dict && py_dict_next(dict, &pos, &k, &w))
                if (w == self) return py_err_set(py_exc_AttributeError, "property '%U' of '%s' object has no %s", k, tn, what);
        }
        return py_err_set(py_exc_AttributeError, "property of '%s' object has no %s", tn, what);
    }
    py_obj *args[2] = { obj, v };
    return py_call(f, args, v ? 2 : 1, NULL);
}
static py_obj *property_set_m(py_obj *self, py_obj *const *args, size_t nargs, py_obj *kw) {
    if (nargs != 2) return py_err_set(py_exc_TypeError, "expected 2 arguments, got %d", (int)nargs);
    py_obj *r = property_set_or_delete(self, args[0], args[1]);
    if (r) PY_SETREF(r, py_none());
    return r;
}
static py_obj *property_delete_m(py_obj *self, py_obj *const *args, size_t nargs, py_obj *kw) {
    if (nargs != 1) return py_err_set(py_exc_TypeError, "expected 1 argument, got %d", (int)nargs);
    py_obj *r = property_set_or_delete(self, args[0], NULL);
    if (r) PY_SETREF(r, py_none());
    return r;
}
static const py_methoddef property_methods[] = {
    { "__get__", py__wrap_descr_get, 0 },
    { "__set__", property_set_m, 0 },
    { "__delete__", property_delete_m, 0 },
    { "getter", property_getter, 0 },
    { "setter", property_setter, 0 },
    { "deleter", property_deleter, 0 },
    { NULL, NULL, 0 },
};
static py_obj *property_fget(py_obj *o) { py_obj *f = ((py_property *)o)->fget; return py_incref(f ? f : PY_NONE); }
static py_obj *property_fset(py_obj *o) { py_obj *f = ((py_property *)o)->fset; return py_incref(f ? f : PY_NONE); }
static py_obj *property_fdel(py_obj *o) { py_obj *f = ((py_property *)o)->fdel; return py_incref(f ? f : PY_NONE); }
/* the doc argument, else the getter's docstring, as CPython's */
static py_obj *property_doc(py_obj *o) {
    py_property *p = (py_property *)o;
    if (p->doc) return py_incref(p->doc);
    if (!p->fget) return py_none();
    if (py__stack_check("") < 0) return NULL; /* a getter whose __doc__ is a property... */
    py_obj *d = py_getattr_opt(p->fget, py_str_intern("__doc__"));
    if (!d && !py_err_occurred()) d = py_none();
    return d;
}
/* abstract when one of its functions is (CPython's property_get___isabstractmethod__) */
static py_obj *property_isabstract(py_obj *o) {
    py_property *p = (py_property *)o;
    if (py__stack_check("") < 0) return NULL; /* a getter that is a property... */
    py_obj *fs[3] = { p->fget, p->fset, p->fdel };
    for (int i = 0; i < 3; i++) {
        if (!fs[i]) continue;
        py_obj *v = py_getattr_opt(fs[i], py_str_intern("__isabstractmethod__"));
        if (!v) { if (py_err_occurred()) return NULL; continue; }
        int t = py_truth(v);
        py_decref(v);
        if (t) return t < 0 ? NULL : py_bool(1);
    }
    return py_bool(0);
}
static const py_getsetdef property_getset[] = { { "fget", property_fget, NULL }, { "fset", property_fset, NULL },
    { "fdel", property_fdel, NULL }, { "__doc__", property_doc, NULL }, { "__isabstractmethod__", property_isabstract, NULL },
    { NULL, NULL, NULL } };
py_type py_property_type = { {IMMORTAL, &py_type_type}, "property", .size = sizeof(py_property),
    .dealloc = property_dealloc, .descr_get = property_get, .vnew = property_new, .methods = property_methods,
    .getset = property_getset, .flags = PY_TF_BASETYPE };

/* ---- super ---------------------------------------------------------------------------------- */

typedef struct py_superobj { py_obj ob; py_type *type; py_obj *obj; py_type *objtype; } py_superobj;

static void super_dealloc(py_obj *o) {
    py_superobj *s = (py_superobj *)o;
    py_xdecref(s->type);
    py_xdecref(s->obj);
    py_xdecref(s->objtype);
    free(o);
}
static py_obj *super_getattr(py_obj *o, py_obj *name) {
    py_superobj *s = (py_superobj *)o;
    if (py_str_eqc(name, "__class__")) return py_incref((py_obj *)&py_super_type); /* (CPython's skips the search) */
    py_obj *mro = s->objtype->mro;
    size_t i = 0, n = PY_TLEN(mro);
    while (i < n && PY_TITEM(mro, i) != (py_obj *)s->type) i++;
    for (i++; i < n; i++) {
        py_type *b = (py_type *)PY_TITEM(mro, i);
        py_obj *d = b->dict ? py_dict_get(b->dict, name) : NULL;
        if (!d) continue;
        if (d->type->descr_get) {
            py_obj *inst = s->obj == (py_obj *)s->objtype ? NULL : s->obj;
            if (d->type == &py_func_type) {
                if (!inst) return py_incref(d);
                return py_method_new(d, inst);
            }
            return d->type->descr_get(d, inst, (py_obj *)s->objtype);
        }
        return py_incref(d);
    }
    /* the super object's own members */
    if (py_str_eqc(name, "__thisclass__")) return py_incref((py_obj *)s->type);
    if (py_str_eqc(name, "__self__")) return py_incref(s->obj);
    if (py_str_eqc(name, "__self_class__")) return py_incref((py_obj *)s->objtype);
    return py_err_set(py_exc_AttributeError, "'super' object has no attribute '%U'", name);
}
py_obj *py_super_new(py_type *type, py_obj *obj) {
    py_superobj *s = (py_superobj *)py_alloc(&py_super_type);
    if (!s) return NULL;
    s->type = (py_type *)py_incref((py_obj *)type);
    s->obj = py_incref(obj);
    if (PY_IS_TYPE(obj) && py_subtype((py_type *)obj, type)) s->objtype = (py_type *)py_incref(obj);
    else if (py_isinst(obj, type)) s->objtype = (py_type *)py_incref((py_obj *)obj->type);
    else {
        py_decref(s);
        return py_err_set(py_exc_TypeError, "super(type, obj): obj must be an instance or subtype of type");
    }
    return (py_obj *)s;
}
static py_obj *super_repr(py_obj *o) {
    py_superobj *s = (py_superobj *)o;
    return py_str_fmt("<super: <class '%s'>, <%s object>>", s->type->name, s->objtype->name);
}
extern py_obj *py__super_vnew(py_type *t, py_obj *const *args, size_t nargs, py_obj *kwnames);
py_type py_super_type = { {IMMORTAL, &py_type_type}, "super", .size = sizeof(py_superobj),
    .dealloc = super_dealloc, .getattr = super_getattr, .repr = super_repr, .vnew = py__super_vnew };

/* ---- modules and cells ---------------------------------------------------------------------- */

py_obj *py_module_new(const char *name) {
    py_module *m = (py_module *)py_alloc(&py_module_type);
    if (!m) return NULL;
    m->dict = py_dict_new();
    m->name = py_str_c(name);
    py_dict_set_s(m->dict, "__name__", m->name);
    py_dict_set_s(m->dict, "__doc__", PY_NONE);
    return (py_obj *)m;
}
int py_module_add_methods(py_obj *mod, const py_methoddef *defs) {
    for (; defs->name; defs++) {
        py_obj *f = py_cfunc_new(defs, mod);
        if (!f) return -1;
        py_dict_set_s(((py_module *)mod)->dict, defs->name, f);
        py_decref(f);
    }
    return 0;
}
static void module_dealloc(py_obj *o) {
    py_module *m = (py_module *)o;
    py_xdecref(m->dict);
    py_xdecref(m->name);
    free(o);
}
static py_obj *module_repr(py_obj *o) {
    py_module *m = (py_module *)o;
    if (py_str_eqc(m->name, "__main__") || py_str_eqc(m->name, "sys") || py_str_eqc(m->name, "builtins") ||
        py_str_eqc(m->name, "time") || py_str_eqc(m->name, "gc") || py_str_eqc(m->name, "itertools") ||
        py_str_eqc(m->name, "atexit"))
        return py_str_fmt("<module '%U' (built-in)>", m->name);
    int frozen;
    py_obj *file = py__module_file(m->name, &frozen);
    if (!file) return py_str_fmt("<module '%U'>", m->name);
    py_obj *r = frozen ? py_str_fmt("<module '%U' (frozen)>", m->name) : py_str_fmt("<module '%U' from '%U'>", m->name, file);
    py_decref(file);
    return r;
}
int py_module_load(py_obj *o) {
    py_module *m = (py_module *)o;
    int (*lazy)(py_obj *) = m->lazy;
    m->lazy = NULL;
    return lazy ? lazy(o) : 0;
}
static py_obj *module_getattr(py_obj *o, py_obj *name) {
    py_module *m = (py_module *)o;
    py_obj *v = py_dict_get(m->dict, name);
    if (v) return py_incref(v);
    if (m->lazy) {
        if (py_module_load(o) < 0) return NULL;
        if ((v = py_dict_get(m->dict, name))) return py_incref(v);
    }
    if (py_str_eqc(name, "__dict__")) return py_incref(m->dict);
    if ((v = py__submodule_attr(o, name)) || py_err_occurred()) return v;
    return attr_error(o, name);
}
static int module_setattr(py_obj *o, py_obj *name, py_obj *v) {
    py_module *m = (py_module *)o;
    /* the lazy part first, as if it had been there all along: it must not
     * overwrite what the program sets, nor come before it in the dict */
    if (m->lazy && py_module_load(o) < 0) return -1;
    if (v) return py_dict_set(m->dict, name, v);
    if (!py_dict_get(m->dict, name)) {
        if (py_err_occurred()) return -1;
        py_err_set(py_exc_AttributeError, "'module' object has no attribute '%U'", name);
        return -1;
    }
    return py_dict_del(m->dict, name);
}
/* types.ModuleType(name, doc=None): an empty module, its dict as CPython's module_init_dict
   makes it (and the metaclass of class R(random), whose three arguments it refuses). */
static py_obj *module_vnew(py_type *t, py_obj *const *args, size_t nargs, py_obj *kw) {
    static const char *const names[] = { "name", "doc", NULL };
    py_obj *a[2];
    if (py_args("module", args, nargs, kw, 1, 2, names, a) < 0) return NULL;
    if (!PY_IS_STR(a[0]))
        return py_err_set(py_exc_TypeError, "module() argument 'name' must be str, not %s", py_type_name(a[0]));
    py_module *m = (py_module *)py_module_new(py_s(a[0]));
    if (!m) return NULL;
    if (py_dict_set_s(m->dict, "__doc__", a[1] ? a[1] : PY_NONE) < 0 || py_dict_set_s(m->dict, "__package__", PY_NONE) < 0 ||
        py_dict_set_s(m->dict, "__loader__", PY_NONE) < 0 || py_dict_set_s(m->dict, "__spec__", PY_NONE) < 0) {
        py_decref((py_obj *)m);
        return NULL;
    }
    return (py_obj *)m;
}
py_type py_module_type = { {IMMORTAL, &py_type_type}, "module", .size = sizeof(py_module),
    .dealloc = module_dealloc, .repr = module_repr, .getattr = module_getattr, .setattr = module_setattr,
    .vnew = module_vnew };

py_obj *py_cell_new(py_obj *v) {
    py_cell *c = (py_cell *)py_alloc(&py_cell_type);
    if (!c) return NULL;
    c->v = py_xincref(v);
    return (py_obj *)c;
}
static void cell_dealloc(py_obj *o) {
    py_xdecref(((py_cell *)o)->v);
    free(o);
}
static py_obj *cell_contents(py_obj *o) {
    py_obj *v = ((py_cell *)o)->v;
    return v ? py_incref(v) : py_err_set(py_exc_ValueError, "Cell is empty");
}
/* cell_contents = v, or del (v NULL): the cell empty again */
static int cell_set_contents(py_obj *o, py_obj *v) {
    py_obj *old = ((py_cell *)o)->v;
    ((py_cell *)o)->v = v ? py_incref(v) : NULL;
    py_xdecref(old);
    return 0;
}
static const py_getsetdef cell_getset[] = { { "cell_contents", cell_contents, cell_set_contents }, { NULL, NULL, NULL } };
py_type py_cell_type = { {IMMORTAL, &py_type_type}, "cell", .size = sizeof(py_cell), .dealloc = cell_dealloc,
    .getset = cell_getset };

/* ---- dir() ------------------------------------------------------------------------------------ */

py_obj *py_dir_names(py_obj *o) {
    py_obj *names = py_dict_new();
    if (!names) return NULL;
    py_type *t = PY_IS_TYPE(o) ? (py_type *)o : o->type;
    py__type_ready(t); /* a C type nothing has looked into yet has no MRO */
    if (PY_TYPE(o) == &py_module_type) {
        if (py_module_load(o) < 0) { py_decref(names); return NULL; }
        py_dict_update(names, ((py_module *)o)->dict);
        if (py__module_dir(o, names) < 0) { py_decref(names); return NULL; }
    }
    else {
        for (size_t i = 0; i < PY_TLEN(t->mro); i++) {
            py_type *b = (py_type *)PY_TITEM(t->mro, i);
            if (b->dict) py_dict_update(names, b->dict);
        }
        if (!PY_IS_TYPE(o) && t->dictoffset) {
            py_obj *d = *py__dictptr(o);
            if (d) py_dict_update(names, d);
        }
        if (t == &py_bytes_type || t == &py_bytearray_type) { /* its methods of str's kind, which its getattr gives (str.c) */
            static const char bytes_names[] = "__bytes__ __getnewargs__ capitalize center count endswith expandtabs find index isalnum "
                "isalpha isascii isdigit islower isspace istitle isupper join ljust lower lstrip partition removeprefix "
                "removesuffix replace rfind rindex rjust rpartition rsplit rstrip split splitlines startswith strip swapcase title "
                "upper zfill";
            for (const char *q = bytes_names + (t == &py_bytearray_type ? 25 : 0); *q;) { /* (not bytes' first two) */
                const char *e = strchr(q, ' ');
                size_t n = e ? (size_t)(e - q) : strlen(q);
                py_obj *k = py_str_new(q, n);
                if (!k || py_dict_set(names, k, PY_NONE) < 0) { py_xdecref(k); py_decref(names); return NULL; }
                py_decref(k);
                q += n + (e != NULL);
            }
        }
    }
    py_obj *l = py_sequence_list(names);
    py_decref(names);
    if (l && py_list_sort(l, NULL, 0) < 0) PY_CLEAR(l);
    return l;
}
