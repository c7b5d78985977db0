/*
 * context.c -- contextvars (PEP 567) as CPython 3.11's Python/context.c:
 * ContextVar, Token, Context, copy_context(), and where the current
 * context lives.
 *
 * A Context keeps its variables in a dict that is copied on write: copies
 * share one dict, and a set or reset copies it first when anything else
 * holds it (its reference count is above one: another context, an
 * iterator), so copy_context() is O(1) and every holder of a copy sees a
 * snapshot.  CPython's HAMT gives the same semantics with O(log n) sets;
 * here the first set after a copy is O(n), fine for the few variables a
 * program has.  Iteration follows the dict's order (CPython's follows the
 * HAMT's hashes, which change from run to run).
 *
 * The current context is py__ts->ctx, owned: each Python task's py_ts
 * holds its own (asyncio.c sets it when the task is made: a copy of the
 * creator's, or the context given), so a task switch switches contexts
 * with no work of its own; a thread of an executor has its worker's.  A
 * state of no task and no thread (the loop's callbacks, which run on
 * py_ts of their own) uses the main state's, the module level's, as all
 * of them are CPython's main thread.  NULL stands for an empty context
 * made on first need: a program that never sets a variable makes none.
 * Context.run() swaps py__ts->ctx and back.  A context is "entered" while
 * a run() of it is under way (its flag), or while it is the context of
 * the task running (CPython enters a task's context for each of its steps).
 */
#include <stdlib.h>

#include "casyncio.h"
#include "py.h"

#define F(name) static py_obj *name(py_obj *self, py_obj *const *args, size_t nargs, py_obj *kw)
#define NKW(kw) ((kw) ? PY_TLEN(kw) : 0)

typedef struct ctxobj {
    py_obj ob;
    py_obj *vars;        /* dict ContextVar -> value, owned; shared by copies; NULL: empty */
    struct ctxobj *prev; /* while entered by run(): the context current before (owned) */
    int entered;         /* a run() of it is under way */
} ctxobj;
typedef struct { py_obj ob; py_obj *name, *def; /* def NULL: no default */ } cvarobj;
typedef struct { py_obj ob; ctxobj *ctx; py_obj *var, *old; /* old NULL: Token.MISSING */ int used; } tokenobj;
typedef struct { py_obj ob; py_obj *vars; size_t pos; } ctxiter;

static py_type cvar_type, token_type, missing_type, keys_type, values_type, items_type;
static py_obj missing = { PY_IMMORTAL, &missing_type };

static void types_ready(void) {
    py_type *types[] = { &py_context_type, &cvar_type, &token_type, &missing_type, &keys_type, &values_type, &items_type };
    for (size_t i = 0; i < sizeof types / sizeof *types; i++) py__type_ready(types[i]);
    py_dict_set_s(token_type.dict, "MISSING", &missing);
}

static ctxobj *ctx_new(py_obj *vars) {
    if (!py_context_type.mro) types_ready(); /* asyncio makes contexts before contextvars is imported */
    ctxobj *c = (ctxobj *)py_alloc(&py_context_type);
    if (c) c->vars = py_xincref(vars);
    return c;
}

/* The state whose ctx is current: a callback's (no task, no thread) uses the main state's. */
static py_ts *ctx_ts(void) {
    py_ts *ts = py__ts;
    return ts->ctx || ts->task || cas_current_task() ? ts : &py__main_ts;
}
/* The current context, borrowed (made empty on first need), or NULL on no memory. */
static ctxobj *current(void) {
    py_ts *ts = ctx_ts();
    if (!ts->ctx) ts->ctx = (py_obj *)ctx_new(NULL);
    return (ctxobj *)ts->ctx;
}
static py_obj *current_vars(void) {
    ctxobj *c = (ctxobj *)ctx_ts()->ctx;
    return c ? c->vars : NULL;
}

py_obj *py__context_copy(int always) {
    py_obj *v = current_vars();
    if (!always && (!v || !((py_dict *)v)->used)) return NULL;
    return (py_obj *)ctx_new(v);
}

/* var = v in c (v NULL: deleted), copying c's dict first if it is shared. */
static int ctx_store(ctxobj *c, py_obj *var, py_obj *v) {
    if (!c->vars || c->vars->rc > 1) {
        py_obj *d = c->vars ? py_dict_copy(c->vars) : py_dict_new();
        if (!d) return -1;
        PY_SETREF(c->vars, d);
    }
    if (v) return py_dict_set(c->vars, var, v);
    if (py_dict_del(c->vars, var) == 0) return 0;
    py_err_clear();
    py_err_setv(py_exc_LookupError, var);
    return -1;
}

static int nokw(const char *name, py_obj *kw) {
    if (!NKW(kw)) return 0;
    py_err_set(py_exc_TypeError, "%s() takes no keyword arguments", name);
    return -1;
}
static int noargs(const char *name, size_t nargs, py_obj *kw) {
    if (nokw(name, kw) < 0) return -1;
    if (!nargs) return 0;
    py_err_set(py_exc_TypeError, "%s() takes no arguments (%d given)", name, (int)nargs);
    return -1;
}
static int one_arg(const char *name, size_t nargs, py_obj *kw) {
    if (nokw(name, kw) < 0) return -1;
    if (nargs == 1) return 0;
    py_err_set(py_exc_TypeError, "%s() takes exactly one argument (%d given)", name, (int)nargs);
    return -1;
}
static int is_var(py_obj *k) {
    if (PY_TYPE(k) == &cvar_type) return 1;
    py_err_set(py_exc_TypeError, "a ContextVar key was expected, got %R", k);
    return 0;
}

/* ---- ContextVar ------------------------------------------------------------------------ */

static py_obj *cvar_vnew(py_type *t, py_obj *const *args, size_t nargs, py_obj *kw) {
    (void)t;
    if (nargs != 1)
        return py_err_set(py_exc_TypeError, "ContextVar() takes %s 1 positional argument (%d given)",
                          nargs ? "at most" : "exactly", (int)nargs);
    py_obj *def = NULL;
    for (size_t k = 0; k < NKW(kw); k++) {
        if (!py_str_eqc(PY_TITEM(kw, k), "default"))
            return py_err_set(py_exc_TypeError, "'%U' is an invalid keyword argument for ContextVar()", PY_TITEM(kw, k));
        def = args[nargs + k];
    }
    if (!PY_IS_STR(args[0])) return py_err_set(py_exc_TypeError, "context variable name must be a str");
    cvarobj *v = (cvarobj *)py_alloc(&cvar_type);
    if (!v) return NULL;
    v->name = py_incref(args[0]);
    v->def = py_xincref(def);
    return (py_obj *)v;
}
static void cvar_dealloc(py_obj *o) {
    py_decref(((cvarobj *)o)->name);
    py_xdecref(((cvarobj *)o)->def);
    free(o);
}
static py_obj *cvar_repr(py_obj *o) {
    cvarobj *v = (cvarobj *)o;
    return v->def ? py_str_fmt("<ContextVar name=%R default=%R at %p>", v->name, v->def, (void *)o)
                  : py_str_fmt("<ContextVar name=%R at %p>", v->name, (void *)o);
}
static py_obj *cvar_name(py_obj *o) { return py_incref(((cvarobj *)o)->name); }
static int cvar_name_set(py_obj *o, py_obj *v) {
    (void)o, (void)v;
    py_err_set(py_exc_AttributeError, "readonly attribute");
    return -1;
}
F(cvar_get) {
    if (nokw("ContextVar.get", kw) < 0) return NULL;
    if (nargs > 1) return py_err_set(py_exc_TypeError, "get expected at most 1 argument, got %d", (int)nargs);
    py_obj *vars = current_vars();
    py_obj *v = vars ? py_dict_get(vars, self) : NULL;
    if (v || (v = nargs ? args[0] : ((cvarobj *)self)->def)) return py_incref(v);
    return py_err_setv(py_exc_LookupError, self);
}
F(cvar_set) {
    if (one_arg("ContextVar.set", nargs, kw) < 0) return NULL;
    ctxobj *c = current();
    tokenobj *t = c ? (tokenobj *)py_alloc(&token_type) : NULL;
    if (!t) return NULL;
    t->ctx = (ctxobj *)py_incref(c);
    t->var = py_incref(self);
    t->old = py_xincref(c->vars ? py_dict_get(c->vars, self) : NULL);
    if (ctx_store(c, self, args[0]) < 0) PY_CLEAR(t);
    return (py_obj *)t;
}
F(cvar_reset) {
    if (one_arg("ContextVar.reset", nargs, kw) < 0) return NULL;
    tokenobj *t = (tokenobj *)args[0];
    if (PY_TYPE(t) != &token_type) return py_err_set(py_exc_TypeError, "expected an instance of Token, got %R", t);
    if (t->used) return py_err_set(py_exc_RuntimeError, "%R has already been used once", t);
    if (t->var != self) return py_err_set(py_exc_ValueError, "%R was created by a different ContextVar", t);
    ctxobj *c = current();
    if (!c) return NULL;
    if (t->ctx != c) return py_err_set(py_exc_ValueError, "%R was created in a different Context", t);
    t->used = 1;
    return ctx_store(c, self, t->old) < 0 ? NULL : py_none();
}
static const py_methoddef cvar_methods[] = { { "get", cvar_get, 0 }, { "set", cvar_set, 0 }, { "reset", cvar_reset, 0 },
    { "__class_getitem__", py__class_getitem, PY_METH_CLASS }, { NULL, NULL, 0 } };
static const py_getsetdef cvar_getset[] = { { "name", cvar_name, cvar_name_set }, { NULL, NULL, NULL } };
static py_type cvar_type = { {PY_IMMORTAL, &py_type_type}, "_contextvars.ContextVar", .size = sizeof(cvarobj),
    .dealloc = cvar_dealloc, .repr = cvar_repr, .vnew = cvar_vnew, .methods = cvar_methods, .getset = cvar_getset };

/* ---- Token ------------------------------------------------------------------------------ */

static void token_dealloc(py_obj *o) {
    tokenobj *t = (tokenobj *)o;
    py_decref(t->ctx);
    py_decref(t->var);
    py_xdecref(t->old);
    free(o);
}
static py_obj *token_repr(py_obj *o) {
    tokenobj *t = (tokenobj *)o;
    return py_str_fmt("<Token%s var=%R at %p>", t->used ? " used" : "", t->var, (void *)o);
}
static py_obj *token_vnew(py_type *t, py_obj *const *args, size_t nargs, py_obj *kw) {
    (void)t, (void)args, (void)nargs, (void)kw;
    return py_err_set(py_exc_RuntimeError, "Tokens can only be created by ContextVars");
}
/* a comparison of identity, as object's: with it, and no hash, a Token is unhashable as CPython's */
static py_obj *token_richcmp(py_obj *a, py_obj *b, int op) { (void)a, (void)b, (void)op; return py_incref(PY_NOTIMPL); }
static py_obj *token_var(py_obj *o) { return py_incref(((tokenobj *)o)->var); }
static py_obj *token_old(py_obj *o) { py_obj *v = ((tokenobj *)o)->old; return py_incref(v ? v : &missing); }
static const py_getsetdef token_getset[] = { { "var", token_var, NULL }, { "old_value", token_old, NULL }, { NULL, NULL, NULL } };
static const py_methoddef token_methods[] = { { "__class_getitem__", py__class_getitem, PY_METH_CLASS }, { NULL, NULL, 0 } };
static py_type token_type = { {PY_IMMORTAL, &py_type_type}, "_contextvars.Token", .size = sizeof(tokenobj),
    .dealloc = token_dealloc, .repr = token_repr, .richcmp = token_richcmp, .vnew = token_vnew,
    .methods = token_methods, .getset = token_getset };
static py_obj *missing_repr(py_obj *o) { (void)o; return py_str_c("<Token.MISSING>"); }
static py_type missing_type = { {PY_IMMORTAL, &py_type_type}, "Token.MISSING", .size = sizeof(py_obj), .repr = missing_repr };

/* ---- Context ---------------------------------------------------------------------------- */

static py_obj *ctx_vnew(py_type *t, py_obj *const *args, size_t nargs, py_obj *kw) {
    (void)t, (void)args;
    if (nargs || NKW(kw)) return py_err_set(py_exc_TypeError, "Context() does not accept any arguments");
    return (py_obj *)ctx_new(NULL);
}
static void ctx_dealloc(py_obj *o) {
    py_xdecref(((ctxobj *)o)->vars);
    free(o);
}
/* == and != compare the variables and their values, as dicts do (NotImplemented otherwise) */
static py_obj *ctx_richcmp(py_obj *a, py_obj *b, int op) {
    if (PY_TYPE(b) != &py_context_type || (op != PY_EQ && op != PY_NE)) return py_incref(PY_NOTIMPL);
    py_obj *x = ((ctxobj *)a)->vars ? py_incref(((ctxobj *)a)->vars) : py_dict_new(); /* held: a value's __eq__ may set */
    py_obj *y = ((ctxobj *)b)->vars ? py_incref(((ctxobj *)b)->vars) : py_dict_new();
    py_obj *r = x && y ? py_richcmp(x, y, op) : NULL;
    py_xdecref(x);
    py_xdecref(y);
    return r;
}
static int64_t ctx_len(py_obj *o) { py_obj *v = ((ctxobj *)o)->vars; return v ? (int64_t)((py_dict *)v)->used : 0; }
static py_obj *ctx_find(py_obj *o, py_obj *k) { /* borrowed, NULL when not set (or an error) */
    if (!is_var(k)) return NULL;
    py_obj *v = ((ctxobj *)o)->vars;
    return v ? py_dict_get(v, k) : NULL;
}
static py_obj *ctx_getitem(py_obj *o, py_obj *k) {
    py_obj *v = ctx_find(o, k);
    if (v) return py_incref(v);
    return py_err_occurred() ? NULL : py_err_setv(py_exc_KeyError, k);
}
static int ctx_contains(py_obj *o, py_obj *k) {
    py_obj *v = ctx_find(o, k);
    return v ? 1 : py_err_occurred() ? -1 : 0;
}
static py_obj *iter_new(py_obj *o, py_type *kind) {
    ctxiter *it = (ctxiter *)py_alloc(kind);
    if (it) it->vars = py_xincref(((ctxobj *)o)->vars);
    return (py_obj *)it;
}
static py_obj *ctx_iter(py_obj *o) { return iter_new(o, &keys_type); }

/* Entered: by a run() under way, or as the context of the task running (the
 * first of the chain of run()s' previous contexts not entered by a run()). */
static int entered(ctxobj *c) {
    if (c->entered) return 1;
    if (!py__ts->task) return 0;
    ctxobj *b = (ctxobj *)py__ts->ctx;
    while (b && b->entered) b = b->prev;
    return b == c;
}
/* ctx.run(fn, *args, **kwargs).  fn may suspend (a thread's time.sleep
 * under asyncio.to_thread): announced, and listed in PY_SUSPEND.  A level
 * of recursion while the call site is cold, as CPython 3.11's generic call
 * of a METH_FASTCALL method counts it (b_print); at the limit its
 * RecursionError is that call's, " while calling a Python object". */
F(ctx_run) {
    int safe = py__take_call_safe();
    int cold = py__cold_call();
    if (py_recursion_check(" while calling a Python object") < 0) return NULL;
    if (nargs < 1) return py_err_set(py_exc_TypeError, "run() missing 1 required positional argument");
    ctxobj *c = (ctxobj *)self;
    if (entered(c)) return py_err_set(py_exc_RuntimeError, "cannot enter context: %R is already entered", self);
    if (cold) py_recursion_enter();
    py_ts *ts = py__ts;
    c->entered = 1;
    c->prev = (ctxobj *)ts->ctx;
    ts->ctx = py_incref(c);
    py__resume_token = safe ? args[0] : NULL;
    py_obj *r = py_call(args[0], args + 1, nargs - 1, kw);
    py__resume_token = NULL;
    ts->ctx = (py_obj *)c->prev;
    c->prev = NULL;
    c->entered = 0;
    py_decref(c);
    if (cold) py_recursion_leave();
    return r;
}
F(ctx_copy) {
    if (noargs("Context.copy", nargs, kw) < 0) return NULL;
    return (py_obj *)ctx_new(((ctxobj *)self)->vars);
}
F(ctx_get) {
    if (nokw("Context.get", kw) < 0) return NULL;
    if (nargs < 1 || nargs > 2)
        return py_err_set(py_exc_TypeError, "get expected at %s %d argument%s, got %d", nargs ? "most" : "least",
                          nargs ? 2 : 1, nargs ? "s" : "", (int)nargs);
    py_obj *v = ctx_find(self, args[0]);
    if (!v && py_err_occurred()) return NULL;
    return py_incref(v ? v : nargs > 1 ? args[1] : PY_NONE);
}
F(ctx_keys) { return noargs("Context.keys", nargs, kw) < 0 ? NULL : iter_new(self, &keys_type); }
F(ctx_values) { return noargs("Context.values", nargs, kw) < 0 ? NULL : iter_new(self, &values_type); }
F(ctx_items) { return noargs("Context.items", nargs, kw) < 0 ? NULL : iter_new(self, &items_type); }
static const py_methoddef ctx_methods[] = { { "run", ctx_run, 0 }, { "copy", ctx_copy, 0 }, { "get", ctx_get, 0 },
    { "keys", ctx_keys, 0 }, { "values", ctx_values, 0 }, { "items", ctx_items, 0 }, { NULL, NULL, 0 } };
py_type py_context_type = { {PY_IMMORTAL, &py_type_type}, "_contextvars.Context", .size = sizeof(ctxobj),
    .dealloc = ctx_dealloc, .richcmp = ctx_richcmp, .len = ctx_len, .getitem = ctx_getitem, .contains = ctx_contains,
    .iter = ctx_iter, .vnew = ctx_vnew, .methods = ctx_methods };

/* The iterators of keys(), values(), items() and iter(): over a snapshot (the dict they hold is never changed). */
static void iter_dealloc(py_obj *o) {
    py_xdecref(((ctxiter *)o)->vars);
    free(o);
}
static py_obj *iter_next(py_obj *o) {
    ctxiter *it = (ctxiter *)o;
    py_obj *k, *v;
    if (!it->vars || !py_dict_next(it->vars, &it->pos, &k, &v)) return NULL;
    if (PY_TYPE(o) == &items_type) return py_tuple_pack(2, k, v);
    return py_incref(PY_TYPE(o) == &keys_type ? k : v);
}
static py_obj *iter_self(py_obj *o) { return py_incref(o); }
static int64_t iter_len(py_obj *o) { py_obj *v = ((ctxiter *)o)->vars; return v ? (int64_t)((py_dict *)v)->used : 0; }
#define ITER_TYPE(var, name) static py_type var = { {PY_IMMORTAL, &py_type_type}, name, .size = sizeof(ctxiter), \
    .flags = PY_TF_PLAIN_NEXT, .dealloc = iter_dealloc, .iter = iter_self, .next = iter_next, .len = iter_len }
ITER_TYPE(keys_type, "keys");
ITER_TYPE(values_type, "values");
ITER_TYPE(items_type, "items");

/* ---- the module ------------------------------------------------------------------------- */

F(copy_context) {
    (void)self, (void)args;
    if (noargs("_contextvars.copy_context", nargs, kw) < 0) return NULL;
    return py__context_copy(1);
}
static const py_methoddef module_methods[] = { { "copy_context", copy_context, 0 }, { NULL, NULL, 0 } };

py_obj *py__contextvars_module(void) {
    if (!py_context_type.mro) types_ready();
    py_obj *m = py_module_new("contextvars");
    if (!m) return NULL;
    py_module_add_methods(m, module_methods);
    py_obj *d = ((py_module *)m)->dict;
    py_dict_set_s(d, "Context", (py_obj *)&py_context_type);
    py_dict_set_s(d, "ContextVar", (py_obj *)&cvar_type);
    py_dict_set_s(d, "Token", (py_obj *)&token_type);
    py_obj *all = py_str_c("Context"), *a2 = py_str_c("ContextVar"), *a3 = py_str_c("Token"), *a4 = py_str_c("copy_context");
    py_obj *t = all && a2 && a3 && a4 ? py_tuple_pack(4, all, a2, a3, a4) : NULL;
    if (t) py_dict_set_s(d, "__all__", t);
    py_xdecref(t);
    py_xdecref(all);
    py_xdecref(a2);
    py_xdecref(a3);
    py_xdecref(a4);
    return m;
}
