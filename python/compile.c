/*
 * compile.c -- from the syntax tree (ast.h) to code objects: with the
 * symbol table py_check built (check.c: for every name of every scope,
 * whether it is a fast local, a cell, a free variable of a closure, a
 * global or a class namespace name, by CPython's symtable.c rules), a
 * code generator that writes the bytecode of opcode.h with one source location per
 * instruction (CPython 3.11's: the node that produced it), so tracebacks
 * draw their markers where CPython draws them.
 *
 * Comprehensions and generator expressions are functions of their own,
 * as in CPython 3.11 (their frames show as <listcomp>, <genexpr>).
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "opcode.h"
#include "parse.h"
#include "py.h"
#include "tokenize.h"

/* ---- sources ---------------------------------------------------------------- */

static void source_dealloc(py_obj *o) {
    py_source *s = (py_source *)o;
    free(s->text);
    py_xdecref(s->filename);
    free(o);
}
py_type py_source_type = { {PY_IMMORTAL, &py_type_type}, "source", .size = sizeof(py_source), .dealloc = source_dealloc };

py_source *py_source_new(const char *text, size_t len, const char *filename) {
    py_source *s = (py_source *)py_alloc(&py_source_type);
    if (!s) return NULL;
    s->text = malloc(len + 1);
    memcpy(s->text, text, len);
    s->text[len] = 0;
    s->len = len;
    s->filename = py_str_c(filename);
    return s;
}

int py_source_line(py_source *s, int n, const char **start, size_t *len) {
    if (!s || n < 1) return -1;
    const char *p = s->text, *end = s->text + s->len;
    if (s->len >= 3 && !memcmp(p, "\xEF\xBB\xBF", 3)) p += 3;
    for (int i = 1; i < n; i++) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        if (!nl) return -1;
        p = nl + 1;
    }
    if (p > end || (p == end && n > 1 && p[-1] == '\n')) return -1;
    const char *nl = memchr(p, '\n', (size_t)(end - p));
    size_t l = nl ? (size_t)(nl - p) : (size_t)(end - p);
    if (l && p[l - 1] == '\r') l--;
    *start = p;
    *len = l;
    return 0;
}

/* Line n of s without its leading and trailing blanks, as warnings and
 * tracebacks show it (linecache's line.strip()). */
int py_source_line_stripped(py_source *s, int n, const char **start, size_t *len) {
    if (py_source_line(s, n, start, len) < 0) return -1;
    while (*len && (**start == ' ' || **start == '\t' || **start == '\f')) { (*start)++; (*len)--; }
    while (*len && ((*start)[*len - 1] == ' ' || (*start)[*len - 1] == '\t' || (*start)[*len - 1] == '\f')) (*len)--;
    return 0;
}

/* ---- code objects ---------------------------------------------------------------- */

static void code_dealloc(py_obj *o) {
    py_code *c = (py_code *)o;
    free(c->code);
    free(c->locs);
    free(c->cell2arg);
    py_xdecref(c->consts);
    py_xdecref(c->names);
    py_xdecref(c->varnames);
    py_xdecref(c->cellvars);
    py_xdecref(c->freevars);
    py_xdecref(c->name);
    py_xdecref(c->qualname);
    py_xdecref(c->source);
    free(o);
}
static py_obj *code_repr(py_obj *o) {
    py_code *c = (py_code *)o;
    return py_str_fmt("<code object %U at %p, file \"%U\", line %d>", c->name, (void *)o, c->source->filename,
                      c->firstlineno);
}
/* The attributes a learner's program (or inspect) reads: CPython 3.11's values */
static py_obj *co_argcount(py_obj *o) { return py_int(((py_code *)o)->argcount); }
static py_obj *co_posonlyargcount(py_obj *o) { return py_int(((py_code *)o)->posonlyargcount); }
static py_obj *co_kwonlyargcount(py_obj *o) { return py_int(((py_code *)o)->kwonlyargcount); }
static py_obj *co_nlocals(py_obj *o) { return py_int(((py_code *)o)->nlocals); }
static py_obj *co_varnames(py_obj *o) { return py_incref(((py_code *)o)->varnames); }
static py_obj *co_names(py_obj *o) {
    py_code *co = (py_code *)o;
    if (co->ann_hidden < 0) return py_incref(co->names);
    size_t n = PY_TLEN(co->names), k = 0;
    py_obj *t = py_tuple_new(n - 1);
    for (size_t i = 0; t && i < n; i++)
        if ((int)i != co->ann_hidden) PY_TITEM(t, k++) = py_incref(PY_TITEM(co->names, i));
    return t;
}
static py_obj *co_cellvars(py_obj *o) { return py_incref(((py_code *)o)->cellvars); }
static py_obj *co_freevars(py_obj *o) { return py_incref(((py_code *)o)->freevars); }
static py_obj *co_name(py_obj *o) { return py_incref(((py_code *)o)->name); }
static py_obj *co_qualname(py_obj *o) { py_code *c = (py_code *)o; return py_incref(c->qualname ? c->qualname : c->name); }
static py_obj *co_filename(py_obj *o) { return py_incref(((py_code *)o)->source->filename); }
static py_obj *co_firstlineno(py_obj *o) { return py_int(((py_code *)o)->firstlineno); }
static py_obj *co_flags(py_obj *o) {
    int f = ((py_code *)o)->flags, r = 0;
    if (!(f & (PY_CO_MODULE | PY_CO_CLASS))) r |= 3; /* CO_OPTIMIZED | CO_NEWLOCALS */
    if (f & PY_CO_VARARGS) r |= 4;
    if (f & PY_CO_VARKW) r |= 8;
    if (f & PY_CO_NESTED) r |= 16;
    if (f & PY_CO_ASYNCGEN) r |= 512;
    else if (f & PY_CO_COROUTINE) r |= 128;
    else if (f & PY_CO_GENERATOR) r |= 32;
    if (f & PY_CO_ITERABLE_COROUTINE) r |= 256;
    return py_int(r);
}
static const py_getsetdef code_getset[] = {
    { "co_argcount", co_argcount, NULL }, { "co_posonlyargcount", co_posonlyargcount, NULL },
    { "co_kwonlyargcount", co_kwonlyargcount, NULL }, { "co_nlocals", co_nlocals, NULL },
    { "co_varnames", co_varnames, NULL }, { "co_names", co_names, NULL }, { "co_cellvars", co_cellvars, NULL }, { "co_freevars", co_freevars, NULL },
    { "co_name", co_name, NULL }, { "co_qualname", co_qualname, NULL }, { "co_filename", co_filename, NULL },
    { "co_firstlineno", co_firstlineno, NULL }, { "co_flags", co_flags, NULL }, { NULL, NULL, NULL },
};
py_type py_code_type = { {PY_IMMORTAL, &py_type_type}, "code", .size = sizeof(py_code), .dealloc = code_dealloc,
    .repr = code_repr, .getset = code_getset };

/* ---- the symbol table: py_check's (check.c, parse.h) ------------------------------------ */

typedef py_scope scope;
typedef py_sym sym;

/* ---- the code generator ---------------------------------------------------------------- */

enum { FB_WHILE, FB_FOR, FB_ASYNC_FOR, FB_TRY_FINALLY, FB_FINALLY_END, FB_HANDLER, FB_HANDLER_NAMED, FB_WITH, FB_ASYNC_WITH, FB_TRY_EXCEPT,
       FB_POP_VALUE };

typedef struct fblock {
    int type;
    int label_continue, label_break;
    pyast_stmts *finalbody;
    const char *name;  /* FB_HANDLER_NAMED */
} fblock;

typedef struct unit {
    scope *sc;
    uint32_t *code;
    py_loc *locs;
    int n, cap;
    int *labels;
    int nlabels, caplabels;
    py_obj *consts, *names;    /* lists */
    const char **varnames;
    int nvarnames, capvarnames;
    const char **cellvars, **freevars;
    int ncellvars, nfreevars;
    py_loc loc;
    fblock fb[32];
    int nfb;
    int firstlineno, lastlineno;
    py_obj *qualname;
    struct unit *prev;
    int in_class_body;
    const char *private; /* the innermost class's name, for the mangling of __names (CPython's u_private) */
} unit;

typedef struct compiler {
    py_source *src;
    unit *u;
    const py_symtable *st;
    int failed;
    int future_annotations; /* from __future__ import annotations: annotations are strings */
    int name_ops;           /* exec() and eval(): the module's names by LOAD_NAME/STORE_NAME (locals, then globals) */
    int interactive;        /* mode 'single' (doctest's examples): a module-level expression statement's value is displayed */
    py_obj *const_cache;    /* const_key -> the first such constant, shared by all the code objects compiled */
} compiler;

static int too_deep(compiler *c) {
    if (!py__stack_low()) return 0;
    if (!c->failed) py_err_set(py_exc_RecursionError, "maximum recursion depth exceeded during compilation");
    c->failed = 1;
    return 1;
}

#define U (c->u)

static int newlabel(compiler *c) {
    if (U->nlabels == U->caplabels) {
        U->caplabels = U->caplabels ? U->caplabels * 2 : 32;
        U->labels = realloc(U->labels, sizeof(int) * (size_t)U->caplabels);
    }
    U->labels[U->nlabels] = -1;
    return U->nlabels++;
}
static void bind(compiler *c, int l) { U->labels[l] = U->n; }

/* the arg of STORE_ATTR, STORE_NAME or STORE_GLOBAL for __annotations__ where CPython's
 * bytecode names nothing (MAKE_FUNCTION's annotations, SETUP_ANNOTATIONS): compile_unit_end
 * gives the name's index */
#define ANN_NAME 0xffffff
static void emit(compiler *c, int op, int arg) {
    if (U->n == U->cap) {
        U->cap = U->cap ? U->cap * 2 : 64;
        U->code = realloc(U->code, sizeof(uint32_t) * (size_t)U->cap);
        U->locs = realloc(U->locs, sizeof(py_loc) * (size_t)U->cap);
    }
    U->code[U->n] = (uint32_t)op | ((uint32_t)arg << 8);
    U->locs[U->n] = U->loc;
    U->n++;
}
static int is_jump(int op) {
    return op == OP_JUMP || op == OP_POP_JUMP_IF_FALSE || op == OP_POP_JUMP_IF_TRUE || op == OP_JUMP_IF_FALSE_OR_POP ||
           op == OP_JUMP_IF_TRUE_OR_POP || op == OP_FOR_ITER || op == OP_FOR_AITER || op == OP_SETUP_FINALLY || op == OP_SETUP_WITH;
}

static void set_loc(compiler *c, const pyast_pos *p) {
    U->loc.lineno = p->lineno;
    U->loc.end_lineno = p->end_lineno;
    U->loc.col = p->col_offset;
    U->loc.end_col = p->end_col_offset;
}
/* CPython's update_start_location_to_match_attr: an instruction at p for
 * the attribute attr (its load, store or delete; a method call) whose
 * name is on a later line than p starts is reported from the name, on its
 * line ('.upper()' of a chain written over lines). */
static void attr_loc(compiler *c, const pyast_pos *p, const pyast_expr *attr) {
    set_loc(c, p);
    const pyast_pos *a = &attr->pos;
    if (p->lineno == a->end_lineno) return;
    U->loc.lineno = a->end_lineno;
    const char *name = attr->v.Attribute.attr;
    int len = (int)py_utf8_count(name, strlen(name));
    if (len <= a->end_col_offset) U->loc.col = a->end_col_offset - len;
    else U->loc.col = U->loc.end_col = -1;
    if (U->loc.end_lineno < U->loc.lineno) U->loc.end_lineno = U->loc.lineno;
}
static void emit_at(compiler *c, const pyast_pos *p, int op, int arg) {
    set_loc(c, p);
    emit(c, op, arg);
}

/* The key under which equal constants are one object across a compilation's
 * code objects, as CPython's _PyCode_ConstantKey: an int or a str itself, a
 * float or bytes with its type (1 and 1.0 and True stay apart; -0.0 apart from
 * 0.0), a tuple by its items' keys.  A new reference, or NULL (no error) for a
 * value not merged. */
static py_obj *const_key(py_obj *v) {
    if (py__stack_low()) return NULL; /* (tuples in tuples: left unmerged that deep) */
    py_type *t = PY_TYPE(v);
    if (t == &py_int_type || t == &py_str_type || v == PY_NONE || v == &py__Ellipsis) return py_incref(v);
    if (t == &py_float_type || t == &py_bytes_type || t == &py_bool_type) {
        int ok = 1;
        int negzero = t == &py_float_type && py_float_val(v, &ok) == 0.0 && signbit(py_float_val(v, &ok));
        py_obj *items[3] = { (py_obj *)t, v, PY_NONE };
        return py_tuple_from(items, negzero ? 3 : 2);
    }
    if (t == &py_frozenset_type) { /* its items' keys as a frozenset, and itself */
        py_obj *items = py_call1((py_obj *)&py_tuple_type, v), *keys = items ? const_key(items) : NULL;
        py_xdecref(items);
        py_obj *ks = keys ? py_set_new(&py_frozenset_type, PY_TITEM(keys, 1)) : NULL;
        py_xdecref(keys);
        py_obj *pair[2] = { ks, v }, *k = ks ? py_tuple_from(pair, 2) : NULL;
        py_xdecref(ks);
        if (!k) py_err_clear();
        return k;
    }
    if (t != &py_tuple_type) return NULL;
    py_obj *keys = py_tuple_new(PY_TLEN(v));
    for (size_t i = 0; keys && i < PY_TLEN(v); i++)
        if (!(PY_TITEM(keys, i) = const_key(PY_TITEM(v, i)))) PY_CLEAR(keys);
    if (!keys) { py_err_clear(); return NULL; }
    py_obj *items[2] = { (py_obj *)t, keys }, *k = py_tuple_from(items, 2);
    py_decref(keys);
    if (!k) py_err_clear();
    return k;
}

static int add_const(compiler *c, py_obj *v) {
    /* one object for equal constants of all the code compiled (`(1, 2) is (1, 2)`,
     * a float in two functions), as CPython merges them */
    py_obj *k = v ? const_key(v) : NULL;
    if (k) {
        if (!c->const_cache) c->const_cache = py_dict_new();
        py_obj *first = c->const_cache ? py_dict_get(c->const_cache, k) : NULL;
        if (first) PY_SETREF(v, py_incref(first));
        else {
            if (PY_TYPE(v) == &py_frozenset_type) {
                /* the first of equal frozensets is made again from its own
                 * iteration order, as CPython's merge_consts_recursive: the
                 * table order, which iteration shows, is that one's */
                py_obj *t = py_call1((py_obj *)&py_tuple_type, v), *again = t ? py_set_new(&py_frozenset_type, t) : NULL;
                py_xdecref(t);
                if (again) PY_SETREF(v, again);
                else py_err_clear();
            }
            if (c->const_cache && py_dict_set(c->const_cache, k, v) < 0) py_err_clear();
        }
        py_decref(k);
    }
    /* reuse an equal constant of the same type (not for containers) */
    py_list *l = (py_list *)U->consts;
    for (size_t i = 0; i < l->n; i++) {
        py_obj *o = l->items[i];
        if (o == v) { py_decref(v); return (int)i; }
        if (PY_TYPE(o) == PY_TYPE(v) && (PY_IS_STR(v) || PY_TYPE(v) == &py_int_type) && py_eq(o, v) == 1) {
            py_decref(v);
            return (int)i;
        }
    }
    py_list_append(U->consts, v);
    py_decref(v);
    return (int)l->n - 1;
}
/* LOAD_CONST of v (a new reference, taken). */
static void load_const(compiler *c, py_obj *v) { emit(c, OP_LOAD_CONST, add_const(c, v)); }
/* The index of the name (n bytes) in co_names: names are interned, so
 * one text is one object. */
static int add_name_n(compiler *c, const char *name, size_t n) {
    py_obj *s = py_str_intern_text(name, n);
    py_list *l = (py_list *)U->names;
    size_t i = 0;
    while (i < l->n && l->items[i] != s) i++;
    if (i == l->n) py_list_append(U->names, s);
    py_decref(s);
    return (int)i;
}
static int add_name(compiler *c, const char *name) { return add_name_n(c, name, strlen(name)); }
/* name, mangled in a class as the symbol table's names are (py__mangle):
 * a new str. */
static py_obj *mangled_str(compiler *c, const char *name) {
    size_t n = py__mangle(U->private, name, NULL);
    if (!n) return py_str_c(name);
    char *m = malloc(n + 1);
    if (!m) return py_err_nomem();
    py__mangle(U->private, name, m);
    py_obj *r = py_str_new(m, n);
    free(m);
    return r;
}
/* A name of the code's names (a global's, an attribute's), mangled. */
static int add_name_m(compiler *c, const char *name) {
    py_obj *m = mangled_str(c, name);
    int i = m ? add_name_n(c, py_s(m), py_slen(m)) : 0;
    py_xdecref(m);
    return i;
}
/* name's symbol in the unit's scope, or NULL (a global's) */
static sym *lookup(compiler *c, const char *name) {
    char buf[128];
    size_t n = py__mangle(U->private, name, NULL);
    if (!n) return py_scope_lookup(U->sc, name);
    char *m = n < sizeof buf ? buf : malloc(n + 1);
    if (!m) return NULL;
    py__mangle(U->private, name, m);
    sym *y = py_scope_lookup(U->sc, m);
    if (m != buf) free(m);
    return y;
}
/* A parameter's name as the code's varnames have it (mangled in a class) */
static const char *param_name(compiler *c, const char *name) {
    sym *y = lookup(c, name);
    return y ? y->name : name;
}
static int varname_index(unit *u, const char *name) {
    for (int i = 0; i < u->nvarnames; i++) if (!strcmp(u->varnames[i], name)) return i;
    if (u->nvarnames == u->capvarnames) {
        u->capvarnames = u->capvarnames ? u->capvarnames * 2 : 16;
        u->varnames = realloc(u->varnames, sizeof(char *) * (size_t)u->capvarnames);
    }
    u->varnames[u->nvarnames] = name;
    return u->nvarnames++;
}
static int cell_index(unit *u, const char *name) {
    for (int i = 0; i < u->ncellvars; i++) if (!strcmp(u->cellvars[i], name)) return i;
    for (int i = 0; i < u->nfreevars; i++) if (!strcmp(u->freevars[i], name)) return u->ncellvars + i;
    return -1;
}

static void unsupported(compiler *c, const pyast_pos *p, const char *what) {
    set_loc(c, p);
    py_obj *s = py_str_fmt("%s is not supported by casyncio's Python", what);
    emit(c, OP_UNSUPPORTED, add_const(c, s));
}

static void c_expr(compiler *c, pyast_expr *e);
static void c_stmts(compiler *c, pyast_stmts *b);

/* The comparison compiler_jump_if of CPython 3.11 compiles last in a
 * condition (through and/or, not and if-else), or NULL. */
static const pyast_expr *last_compare(const pyast_expr *e) {
    const pyast_expr *r = NULL, *k;
    switch (e->kind) {
    case PYAST_Compare: return e;
    case PYAST_UnaryOp: return e->v.UnaryOp.op == PYAST_Not ? last_compare(e->v.UnaryOp.operand) : NULL;
    case PYAST_BoolOp:
        for (int i = 0; i < e->v.BoolOp.values.n; i++)
            if ((k = last_compare(e->v.BoolOp.values.items[i]))) r = k;
        return r;
    case PYAST_IfExp:
        if ((k = last_compare(e->v.IfExp.test))) r = k;
        if ((k = last_compare(e->v.IfExp.body))) r = k;
        if ((k = last_compare(e->v.IfExp.orelse))) r = k;
        return r;
    default: return NULL;
    }
}

static void c_stmt(compiler *c, pyast_stmt *s);
static void setup_annotations(compiler *c);
static void c_store(compiler *c, pyast_expr *t);
static void jump_if(compiler *c, pyast_expr *e, int cond, int label, const pyast_pos **at);

/* ---- names ----------------------------------------------------------------------------- */

static void c_name(compiler *c, const char *name, int ctx) {
    sym *y = lookup(c, name);
    int sc = y ? y->scope : PY_SC_GLOBAL_IMPLICIT;
    int kind = U->sc->kind;
    if (!strcmp(name, "__debug__") && ctx == PYAST_Load) {
        load_const(c, py_bool(1));
        return;
    }
    if (sc == PY_SC_FREE || sc == PY_SC_CELL) {
        int i = cell_index(U, y->name);
        if (i >= 0) {
            if (kind == PY_SCOPE_CLASS && ctx == PYAST_Load && sc == PY_SC_FREE) { emit(c, OP_LOAD_CLASSDEREF, i); return; }
            if (!(kind == PY_SCOPE_CLASS && sc == PY_SC_CELL && strcmp(name, "__class__"))) {
                emit(c, ctx == PYAST_Load ? OP_LOAD_DEREF : ctx == PYAST_Store ? OP_STORE_DEREF : OP_DELETE_DEREF, i);
                return;
            }
        }
    }
    if (kind >= PY_SCOPE_FUNCTION && sc == PY_SC_LOCAL) {
        /* a function's locals in varnames in the order the compiler meets
         * them (after the parameters), as CPython's; y->name lives as long
         * as the tree */
        int i = varname_index(U, y->name);
        emit(c, ctx == PYAST_Load ? OP_LOAD_FAST : ctx == PYAST_Store ? OP_STORE_FAST : OP_DELETE_FAST, i);
        return;
    }
    int n = add_name_m(c, name);
    if ((kind == PY_SCOPE_CLASS || (kind == PY_SCOPE_MODULE && c->name_ops)) && sc != PY_SC_GLOBAL_EXPLICIT) {
        emit(c, ctx == PYAST_Load ? OP_LOAD_NAME : ctx == PYAST_Store ? OP_STORE_NAME : OP_DELETE_NAME, n);
        return;
    }
    emit(c, ctx == PYAST_Load ? OP_LOAD_GLOBAL : ctx == PYAST_Store ? OP_STORE_GLOBAL : OP_DELETE_GLOBAL, n);
}

/* ---- constants ---------------------------------------------------------------------------- */

static py_obj *const_value(compiler *c, pyast_const *k) {
    switch (k->kind) {
    case PYAST_CONST_NONE: return py_none();
    case PYAST_CONST_TRUE: return py_bool(1);
    case PYAST_CONST_FALSE: return py_bool(0);
    case PYAST_CONST_ELLIPSIS: return py_incref(&py__Ellipsis);
    case PYAST_CONST_INT: return py_int_from_str(k->s, k->n, 0); /* the literal, prefix and all */
    case PYAST_CONST_FLOAT: return py_float(k->f);
    case PYAST_CONST_STR: return py_str_new(k->s, k->n);
    case PYAST_CONST_BYTES: return py_bytes_new(k->s, k->n);
    case PYAST_CONST_COMPLEX: return py_complex(0.0, k->f); /* 4j */
    default: return NULL;
    }
}

/* CPython's AST optimizer (ast_opt.c) makes an operation on constants one
 * constant, within its limits on what it makes (an int of 128 bits, a
 * tuple of 256 items, a str of 4096): such an expression is then one object
 * (`(-1, 2) is (-1, 2)`), and a set display of them iterates in its
 * frozenset's order.  e's value when CPython folds it (new), else NULL with
 * no error.  Nothing folded can raise, so nothing it would have said is
 * lost. */
enum { FOLD_INT_BITS = 128, FOLD_ITEMS = 256, FOLD_STR = 4096 };
static py_obj *fold(compiler *c, pyast_expr *e);
static int has_starred(pyast_exprs *l);
static int fold_int(py_obj *o) { return PY_TYPE(o) == &py_int_type || PY_TYPE(o) == &py_bool_type; }
/* May CPython compute a op b at compile time (safe_multiply, safe_power,
 * safe_lshift, safe_mod)? */
static int fold_safe(py_obj *a, py_obj *b, int op) {
    int ai = fold_int(a), bi = fold_int(b);
    if (op == PYAST_Mod) return !PY_IS_STR(a) && PY_TYPE(a) != &py_bytes_type;
    if (op == PYAST_MatMult) return 0;
    if (op == PYAST_Pow && ai && bi && py_int_sign(a) && py_int_sign(b) > 0) {
        int ov;
        int64_t w = py_int_val(b, &ov);
        return !ov && py_int_bits(a) <= (size_t)(FOLD_INT_BITS / w);
    }
    if (op == PYAST_LShift && ai && bi && py_int_sign(a) && py_int_sign(b)) {
        int ov;
        int64_t w = py_int_val(b, &ov);
        return !ov && w >= 0 && w <= FOLD_INT_BITS && py_int_bits(a) <= (size_t)(FOLD_INT_BITS - w);
    }
    if (op != PYAST_Mult) return 1;
    if (ai && bi) return !py_int_sign(a) || !py_int_sign(b) || py_int_bits(a) + py_int_bits(b) <= FOLD_INT_BITS;
    if (!ai) { py_obj *t = a; a = b; b = t; if (!bi) return 1; }
    int coll = PY_IS_TUPLE(b) || PY_TYPE(b) == &py_frozenset_type;
    if (!coll && !PY_IS_STR(b) && PY_TYPE(b) != &py_bytes_type) return 1;
    int64_t size = py_len(b);
    if (size <= 0) { py_err_clear(); return size == 0; }
    int ov;
    int64_t n = py_int_val(a, &ov);
    return !ov && n >= 0 && n <= (coll ? FOLD_ITEMS : FOLD_STR) / size;
}
static py_obj *fold_op(compiler *c, pyast_expr *e) {
    py_obj *a = NULL, *b = NULL, *r = NULL;
    switch (e->kind) {
    case PYAST_UnaryOp:
        if (!(a = fold(c, e->v.UnaryOp.operand))) return NULL;
        if (e->v.UnaryOp.op != PYAST_Not) r = py_unary(a, e->v.UnaryOp.op);
        else { int t = py_truth(a); r = t < 0 ? NULL : py_bool(!t); }
        break;
    case PYAST_BinOp: /* the right first: in a chain `a + b + c` the left is not tried at each level */
        if (!(b = fold(c, e->v.BinOp.right)) || !(a = fold(c, e->v.BinOp.left))) break;
        if (fold_safe(a, b, e->v.BinOp.op)) r = py_binop(a, b, e->v.BinOp.op);
        break;
    case PYAST_Subscript:
        if (e->v.Subscript.ctx != PYAST_Load || !(b = fold(c, e->v.Subscript.slice)) || !(a = fold(c, e->v.Subscript.value))) break;
        r = py_getitem(a, b);
        break;
    case PYAST_Tuple:
        if (e->v.Tuple.ctx != PYAST_Load || has_starred(&e->v.Tuple.elts)) return NULL;
        r = py_tuple_new((size_t)e->v.Tuple.elts.n);
        for (int i = 0; r && i < e->v.Tuple.elts.n; i++)
            if (!(PY_TITEM(r, i) = fold(c, e->v.Tuple.elts.items[i]))) PY_CLEAR(r);
        break;
    default: break;
    }
    py_xdecref(a);
    py_xdecref(b);
    if (!r && py_err_occurred()) py_err_clear(); /* (1/0: left to raise when it runs) */
    return r;
}
static py_obj *fold(compiler *c, pyast_expr *e) {
    if (e->kind == PYAST_Constant) return const_value(c, &e->v.Constant);
    if (py__stack_low()) return NULL;
    return fold_op(c, e);
}

/* ---- functions ------------------------------------------------------------------------------ */

static py_obj *compile_unit_end(compiler *c, int flags, int argcount, int posonly, int kwonly);
static void unit_begin(compiler *c, scope *sc, const char *qualname, int firstlineno);

static py_obj *make_qualname(compiler *c, const char *name) {
    unit *u = U;
    if (!u || u->sc->kind == PY_SCOPE_MODULE) return py_str_c(name);
    if (u->sc->kind >= PY_SCOPE_FUNCTION) return py_str_fmt("%U.<locals>.%s", u->qualname, name);
    return py_str_fmt("%U.%s", u->qualname, name);
}

/* Emits the closure tuple for child scope s and MAKE_FUNCTION. */
static void make_closure(compiler *c, py_obj *code, int flags) {
    py_code *co = (py_code *)code;
    size_t nfree = PY_TLEN(co->freevars);
    if (nfree) {
        for (size_t i = 0; i < nfree; i++) {
            const char *n = py_s(PY_TITEM(co->freevars, i));
            int idx = cell_index(U, n);
            if (idx < 0) {
                /* the class passes __class__ or a method's free name through */
                idx = 0;
            }
            emit(c, OP_LOAD_CLOSURE, idx);
        }
        emit(c, OP_BUILD_TUPLE, (int)nfree);
        flags |= MF_CLOSURE;
    }
    load_const(c, code);
    emit(c, OP_MAKE_FUNCTION, flags);
}

static int c_defaults(compiler *c, pyast_arguments *a) {
    int flags = 0;
    if (a->defaults.n) {
        for (int i = 0; i < a->defaults.n; i++) c_expr(c, a->defaults.items[i]);
        emit(c, OP_BUILD_TUPLE, a->defaults.n);
        flags |= MF_DEFAULTS;
    }
    int nkw = 0;
    for (int i = 0; i < a->kwonlyargs.n; i++) {
        if (a->kw_defaults.items[i]) {
            load_const(c, mangled_str(c, a->kwonlyargs.items[i]->arg));
            c_expr(c, a->kw_defaults.items[i]);
            nkw++;
        }
    }
    if (nkw) {
        emit(c, OP_BUILD_MAP, nkw);
        flags |= MF_KWDEFAULTS;
    }
    return flags;
}

static void unit_params(compiler *c, pyast_arguments *a) {
    for (int i = 0; i < a->posonlyargs.n; i++) varname_index(U, param_name(c, a->posonlyargs.items[i]->arg));
    for (int i = 0; i < a->args.n; i++) varname_index(U, param_name(c, a->args.items[i]->arg));
    for (int i = 0; i < a->kwonlyargs.n; i++) varname_index(U, param_name(c, a->kwonlyargs.items[i]->arg));
    if (a->vararg) varname_index(U, param_name(c, a->vararg->arg));
    if (a->kwarg) varname_index(U, param_name(c, a->kwarg->arg));
}

/* Under `from __future__ import annotations` an annotation is the text
 * CPython's ast_unparse.c makes of it (PEP 563): the usual forms (names,
 * attributes, subscripts, | and the other operators, tuples, lists,
 * constants, calls) as it writes them, anything else as written. */
enum { PR_TUPLE, PR_TEST, PR_OR, PR_AND, PR_NOT, PR_CMP, PR_BOR, PR_BXOR, PR_BAND, PR_SHIFT, PR_ARITH, PR_TERM,
       PR_FACTOR, PR_POWER, PR_AWAIT, PR_ATOM };
static void unparse(compiler *c, py_buf *b, pyast_expr *e, int level);
static void unparse_seq(compiler *c, py_buf *b, pyast_exprs *x) {
    for (int i = 0; i < x->n; i++) {
        if (i) py_buf_puts(b, ", ");
        unparse(c, b, x->items[i], PR_TEST);
    }
}
static void unparse(compiler *c, py_buf *b, pyast_expr *e, int level) {
    if (too_deep(c)) return;
    switch (e->kind) {
    case PYAST_Name: py_buf_puts(b, e->v.Name.id); return;
    case PYAST_Attribute:
        unparse(c, b, e->v.Attribute.value, PR_ATOM);
        py_buf_putc(b, '.');
        py_buf_puts(b, e->v.Attribute.attr);
        return;
    case PYAST_Subscript:
        unparse(c, b, e->v.Subscript.value, PR_ATOM);
        py_buf_putc(b, '[');
        unparse(c, b, e->v.Subscript.slice, PR_TUPLE);
        py_buf_putc(b, ']');
        return;
    case PYAST_Tuple:
        if (!e->v.Tuple.elts.n) { py_buf_puts(b, "()"); return; }
        if (level > PR_TUPLE) py_buf_putc(b, '(');
        unparse_seq(c, b, &e->v.Tuple.elts);
        if (e->v.Tuple.elts.n == 1) py_buf_putc(b, ',');
        if (level > PR_TUPLE) py_buf_putc(b, ')');
        return;
    case PYAST_List:
        py_buf_putc(b, '[');
        unparse_seq(c, b, &e->v.List.elts);
        py_buf_putc(b, ']');
        return;
    case PYAST_BinOp: {
        static const char *const ops[] = { "", " + ", " - ", " * ", " @ ", " / ", " % ", " ** ", " << ", " >> ", " | ",
                                           " ^ ", " & ", " // " };
        static const unsigned char prs[] = { 0, PR_ARITH, PR_ARITH, PR_TERM, PR_TERM, PR_TERM, PR_TERM, PR_POWER,
                                             PR_SHIFT, PR_SHIFT, PR_BOR, PR_BXOR, PR_BAND, PR_TERM };
        int pr = prs[e->v.BinOp.op], rassoc = e->v.BinOp.op == PYAST_Pow;
        if (level > pr) py_buf_putc(b, '(');
        unparse(c, b, e->v.BinOp.left, pr + rassoc);
        py_buf_puts(b, ops[e->v.BinOp.op]);
        unparse(c, b, e->v.BinOp.right, pr + !rassoc);
        if (level > pr) py_buf_putc(b, ')');
        return;
    }
    case PYAST_UnaryOp: {
        int pr = e->v.UnaryOp.op == PYAST_Not ? PR_NOT : PR_FACTOR;
        if (level > pr) py_buf_putc(b, '(');
        py_buf_puts(b, e->v.UnaryOp.op == PYAST_Not ? "not " : e->v.UnaryOp.op == PYAST_Invert ? "~"
                       : e->v.UnaryOp.op == PYAST_USub ? "-" : "+");
        unparse(c, b, e->v.UnaryOp.operand, pr);
        if (level > pr) py_buf_putc(b, ')');
        return;
    }
    case PYAST_Call:
        if (e->v.Call.args.n == 1 && !e->v.Call.keywords.n && e->v.Call.args.items[0]->kind == PYAST_GeneratorExp) break;
        unparse(c, b, e->v.Call.func, PR_ATOM);
        py_buf_putc(b, '(');
        unparse_seq(c, b, &e->v.Call.args);
        for (int i = 0; i < e->v.Call.keywords.n; i++) {
            pyast_keyword *k = e->v.Call.keywords.items[i];
            if (i || e->v.Call.args.n) py_buf_puts(b, ", ");
            py_buf_puts(b, k->arg ? k->arg : "**");
            if (k->arg) py_buf_putc(b, '=');
            unparse(c, b, k->value, PR_TEST);
        }
        py_buf_putc(b, ')');
        return;
    case PYAST_Constant:
        if (e->v.Constant.kind == PYAST_CONST_ELLIPSIS) { py_buf_puts(b, "..."); return; }
        {
            py_obj *v = const_value(c, &e->v.Constant), *r = v ? py_repr(v) : NULL;
            py_xdecref(v);
            if (r) { py_buf_put(b, py_s(r), py_slen(r)); py_decref(r); return; }
            py_err_clear();
        }
        break;
    default: break;
    }
    /* as written */
    for (int ln = e->pos.lineno; ln <= e->pos.end_lineno; ln++) {
        const char *line;
        size_t len;
        if (py_source_line(c->src, ln, &line, &len) < 0) break;
        size_t from = ln == e->pos.lineno ? (size_t)e->pos.col_offset : 0;
        size_t to = ln == e->pos.end_lineno ? (size_t)e->pos.end_col_offset : len;
        if (ln != e->pos.lineno) while (from < len && (line[from] == ' ' || line[from] == '\t')) from++;
        if (to > len) to = len;
        if (from < to) py_buf_put(b, line + from, to - from);
    }
}

/* An annotation's value: evaluated, or its text under the future import. */
static void c_annotation_value(compiler *c, pyast_expr *e) {
    if (!c->future_annotations) { c_expr(c, e); return; }
    py_buf b = {0};
    unparse(c, &b, e, PR_TEST);
    emit_at(c, &e->pos, OP_LOAD_CONST, add_const(c, py_str_from_buf(&b)));
}

/* The function on top of the stack gets its __annotations__, evaluated now
 * in CPython's order (args, then positional-only ones, *args, keyword-only,
 * **kwargs, return). */
static int c_annotation(compiler *c, const char *name, pyast_expr *e) {
    if (!e) return 0;
    load_const(c, mangled_str(c, name));
    c_annotation_value(c, e);
    return 1;
}
/* ... of a list of parameters: how many. */
static int c_arg_annotations(compiler *c, pyast_args *l) {
    int n = 0;
    for (int i = 0; i < l->n; i++) n += c_annotation(c, l->items[i]->arg, l->items[i]->annotation);
    return n;
}
static void c_annotations(compiler *c, pyast_arguments *a, pyast_expr *returns, const pyast_pos *p) {
    emit_at(c, p, OP_DUP_TOP, 0);
    int n = c_arg_annotations(c, &a->args);
    n += c_arg_annotations(c, &a->posonlyargs);
    if (a->vararg) n += c_annotation(c, a->vararg->arg, a->vararg->annotation);
    n += c_arg_annotations(c, &a->kwonlyargs);
    if (a->kwarg) n += c_annotation(c, a->kwarg->arg, a->kwarg->annotation);
    n += c_annotation(c, "return", returns);
    if (!n) { U->n--; return; } /* no annotations: drop the DUP_TOP */
    emit_at(c, p, OP_BUILD_MAP, n);
    emit(c, OP_ROT_TWO, 0);
    /* (its name's index is given at the unit's end, ANN_NAME: CPython's MAKE_FUNCTION names nothing) */
    emit(c, OP_STORE_ATTR, ANN_NAME);
}
static void c_function(compiler *c, pyast_stmt *s) {
    pyast_arguments *a = s->v.FunctionDef.args;
    for (int i = 0; i < s->v.FunctionDef.decorator_list.n; i++) c_expr(c, s->v.FunctionDef.decorator_list.items[i]);
    const pyast_pos *p = &s->pos;
    int flags = c_defaults(c, a);
    scope *child = py_scope_of(c->st, s);
    py_obj *qn = make_qualname(c, s->v.FunctionDef.name);
    int firstline = s->pos.lineno;
    if (s->v.FunctionDef.decorator_list.n) firstline = s->v.FunctionDef.decorator_list.items[0]->pos.lineno;
    unit_begin(c, child, py_s(qn), firstline);
    U->lastlineno = s->pos.end_lineno;
    py_decref(qn);
    unit_params(c, a);
    pyast_stmts *body = &s->v.FunctionDef.body;
    /* docstring */
    int start = 0;
    if (body->n && body->items[0]->kind == PYAST_Expr && body->items[0]->v.Expr.value->kind == PYAST_Constant &&
        body->items[0]->v.Expr.value->v.Constant.kind == PYAST_CONST_STR) {
        add_const(c, const_value(c, &body->items[0]->v.Expr.value->v.Constant));
        start = 1;
    } else add_const(c, py_none());
    for (int i = start; i < body->n; i++) c_stmt(c, body->items[i]);
    /* implicit return None at the last statement's line */
    load_const(c, py_none());
    emit(c, OP_RETURN_VALUE, 0);
    int cf = 0;
    if (a->vararg) cf |= PY_CO_VARARGS;
    if (a->kwarg) cf |= PY_CO_VARKW;
    if (s->kind == PYAST_AsyncFunctionDef) cf |= child->generator ? PY_CO_ASYNCGEN : PY_CO_COROUTINE;
    else if (child->generator) cf |= PY_CO_GENERATOR;
    py_obj *code = compile_unit_end(c, cf, a->posonlyargs.n + a->args.n, a->posonlyargs.n, a->kwonlyargs.n);
    set_loc(c, p);
    make_closure(c, code, flags);
    c_annotations(c, a, s->v.FunctionDef.returns, p);
    for (int i = 0; i < s->v.FunctionDef.decorator_list.n; i++) {
        emit_at(c, &s->v.FunctionDef.decorator_list.items[s->v.FunctionDef.decorator_list.n - 1 - i]->pos, OP_CALL, 1);
    }
    set_loc(c, p);
    c_name(c, s->v.FunctionDef.name, PYAST_Store);
}

static void c_lambda(compiler *c, pyast_expr *e) {
    pyast_arguments *a = e->v.Lambda.args;
    int flags = c_defaults(c, a);
    scope *child = py_scope_of(c->st, e);
    py_obj *qn = make_qualname(c, "<lambda>");
    unit_begin(c, child, py_s(qn), e->pos.lineno);
    U->lastlineno = e->pos.end_lineno;
    py_decref(qn);
    unit_params(c, a);
    add_const(c, py_none());
    c_expr(c, e->v.Lambda.body);
    emit(c, OP_RETURN_VALUE, 0);
    int cf = PY_CO_LAMBDA;
    if (a->vararg) cf |= PY_CO_VARARGS;
    if (a->kwarg) cf |= PY_CO_VARKW;
    if (child->generator) cf |= PY_CO_GENERATOR;
    py_obj *code = compile_unit_end(c, cf, a->posonlyargs.n + a->args.n, a->posonlyargs.n, a->kwonlyargs.n);
    set_loc(c, &e->pos);
    make_closure(c, code, flags);
}

static void c_class(compiler *c, pyast_stmt *s) {
    for (int i = 0; i < s->v.ClassDef.decorator_list.n; i++) c_expr(c, s->v.ClassDef.decorator_list.items[i]);
    set_loc(c, &s->pos);
    scope *child = py_scope_of(c->st, s);
    py_obj *qn = make_qualname(c, s->v.ClassDef.name);
    int firstline = s->pos.lineno;
    if (s->v.ClassDef.decorator_list.n) firstline = s->v.ClassDef.decorator_list.items[0]->pos.lineno;
    unit_begin(c, child, py_s(qn), firstline);
    U->lastlineno = s->pos.end_lineno;
    U->private = s->v.ClassDef.name;
    /* __module__ = __name__; __qualname__ = '...' */
    emit_at(c, &s->pos, OP_LOAD_NAME, add_name(c, "__name__"));
    emit(c, OP_STORE_NAME, add_name(c, "__module__"));
    load_const(c, py_incref(qn));
    emit(c, OP_STORE_NAME, add_name(c, "__qualname__"));
    py_decref(qn);
    pyast_stmts *body = &s->v.ClassDef.body;
    setup_annotations(c);
    int start = 0;
    if (body->n && body->items[0]->kind == PYAST_Expr && body->items[0]->v.Expr.value->kind == PYAST_Constant &&
        body->items[0]->v.Expr.value->v.Constant.kind == PYAST_CONST_STR) {
        set_loc(c, &body->items[0]->pos);
        load_const(c, const_value(c, &body->items[0]->v.Expr.value->v.Constant));
        emit(c, OP_STORE_NAME, add_name(c, "__doc__"));
        start = 1;
    }
    for (int i = start; i < body->n; i++) c_stmt(c, body->items[i]);
    /* return the __class__ cell (or None) */
    int ci = cell_index(U, "__class__");
    if (ci >= 0 && ci < U->ncellvars) emit(c, OP_LOAD_CLOSURE, ci);
    else load_const(c, py_none());
    emit(c, OP_RETURN_VALUE, 0);
    py_obj *code = compile_unit_end(c, PY_CO_CLASS, 0, 0, 0);
    set_loc(c, &s->pos);
    make_closure(c, code, 0);
    load_const(c, py_str_c(s->v.ClassDef.name));
    for (int i = 0; i < s->v.ClassDef.bases.n; i++) c_expr(c, s->v.ClassDef.bases.items[i]);
    emit(c, OP_BUILD_TUPLE, s->v.ClassDef.bases.n);
    int nkw = 0;
    for (int i = 0; i < s->v.ClassDef.keywords.n; i++) {
        pyast_keyword *k = s->v.ClassDef.keywords.items[i];
        if (!k->arg) { unsupported(c, &k->pos, "**kwargs in a class statement"); continue; }
        load_const(c, py_str_c(k->arg));
        c_expr(c, k->value);
        nkw++;
    }
    set_loc(c, &s->pos);
    if (nkw) emit(c, OP_BUILD_MAP, nkw);
    emit(c, OP_BUILD_CLASS, nkw ? 1 : 0);
    for (int i = 0; i < s->v.ClassDef.decorator_list.n; i++)
        emit_at(c, &s->v.ClassDef.decorator_list.items[s->v.ClassDef.decorator_list.n - 1 - i]->pos, OP_CALL, 1);
    c_name(c, s->v.ClassDef.name, PYAST_Store);
}

/* ---- comprehensions ------------------------------------------------------------------------- */

/* `at`: where CPython 3.11's compiler stands in the comprehension: the
 * whole, until a filter's comparison moves it there for good
 * (compiler_jump_if's SET_LOC), so that a later generator's iteration and
 * the append are marked at that comparison. */
/* The items' values as a tuple when all fold to constants, else NULL. */
static py_obj *fold_elts(compiler *c, pyast_exprs *elts) {
    if (has_starred(elts)) return NULL;
    py_obj *t = py_tuple_new((size_t)elts->n);
    for (int i = 0; t && i < elts->n; i++)
        if (!(PY_TITEM(t, i) = fold(c, elts->items[i]))) PY_CLEAR(t);
    return t;
}
/* t (taken) as a frozenset, or NULL with the compilation failed. */
static py_obj *frozen(compiler *c, py_obj *t) {
    py_obj *k = py_set_new(&py_frozenset_type, t);
    py_decref(t);
    if (!k) { py_err_clear(); c->failed = 1; }
    return k;
}
/* What a `for` or a comprehension iterates: CPython's fold_iter makes a set
 * display of constants there one frozenset constant, iterated in its own
 * table order. */
static void c_iter(compiler *c, pyast_expr *e) {
    py_obj *t = e->kind == PYAST_Set ? fold_elts(c, &e->v.Set.elts) : NULL;
    if (!t) { c_expr(c, e); return; }
    py_obj *k = frozen(c, t);
    if (!k) return;
    set_loc(c, &e->pos);
    load_const(c, k);
}

static void c_comp_gen(compiler *c, pyast_comprehensions *gens, int gi, pyast_expr *elt, pyast_expr *val, int kind,
                       const pyast_pos *at) {
    if (too_deep(c)) return;
    pyast_comprehension *g = gens->items[gi];
    int start = newlabel(c), end = newlabel(c);
    if (gi == 0) emit(c, OP_LOAD_FAST, 0);
    else {
        c_iter(c, g->iter);
        emit_at(c, at, g->is_async ? OP_GET_AITER : OP_GET_ITER, 0);
    }
    /* the iteration is the whole comprehension's, as CPython 3.11's (its
     * traceback marks the whole, not the iterable) */
    bind(c, start);
    emit_at(c, at, g->is_async ? OP_FOR_AITER : OP_FOR_ITER, end);
    c_store(c, g->target);
    for (int i = 0; i < g->ifs.n; i++) jump_if(c, g->ifs.items[i], 0, start, &at);
    if (gi + 1 < gens->n) c_comp_gen(c, gens, gi + 1, elt, val, kind, at);
    else {
        int depth = gens->n + 1;
        switch (kind) {
        case PYAST_GeneratorExp:
            c_expr(c, elt);
            emit_at(c, &elt->pos, OP_YIELD_VALUE, 0);
            emit(c, OP_POP_TOP, 0);
            break;
        case PYAST_ListComp: c_expr(c, elt); set_loc(c, at); emit(c, OP_LIST_APPEND, depth); break;
        case PYAST_SetComp: c_expr(c, elt); set_loc(c, at); emit(c, OP_SET_ADD, depth); break;
        case PYAST_DictComp: c_expr(c, elt); c_expr(c, val); set_loc(c, at); emit(c, OP_MAP_ADD, depth); break;
        }
    }
    emit(c, OP_JUMP, start);
    bind(c, end);
}

static void c_comprehension(compiler *c, pyast_expr *e, pyast_comprehensions *gens, pyast_expr *elt, pyast_expr *val,
                            const char *name) {
    scope *child = py_scope_of(c->st, e);
    py_obj *qn = make_qualname(c, name);
    /* the first iterable is evaluated outside */
    c_iter(c, gens->items[0]->iter);
    emit_at(c, &e->pos, gens->items[0]->is_async ? OP_GET_AITER : OP_GET_ITER, 0);
    unit_begin(c, child, py_s(qn), e->pos.lineno);
    py_decref(qn);
    varname_index(U, ".0");
    add_const(c, py_none());
    set_loc(c, &e->pos);
    if (e->kind == PYAST_ListComp) emit(c, OP_BUILD_LIST, 0);
    else if (e->kind == PYAST_SetComp) emit(c, OP_BUILD_SET, 0);
    else if (e->kind == PYAST_DictComp) emit(c, OP_BUILD_MAP, 0);
    c_comp_gen(c, gens, 0, elt, val, e->kind, &e->pos);
    set_loc(c, &e->pos);
    if (e->kind == PYAST_GeneratorExp) load_const(c, py_none());
    emit(c, OP_RETURN_VALUE, 0);
    int cf = e->kind == PYAST_GeneratorExp ? (child->coroutine ? PY_CO_ASYNCGEN : PY_CO_GENERATOR)
                                          : (child->coroutine ? PY_CO_COROUTINE : 0);
    py_obj *code = compile_unit_end(c, cf, 1, 0, 0);
    set_loc(c, &e->pos);
    /* MAKE_FUNCTION expects the code on top; the iterator is below it */
    make_closure(c, code, 0);
    emit(c, OP_ROT_TWO, 0);
    emit(c, OP_CALL, 1);
    if (child->coroutine && e->kind != PYAST_GeneratorExp) emit(c, OP_AWAIT, 0);
}

/* ---- expressions ------------------------------------------------------------------------------ */

static int has_starred(pyast_exprs *l) {
    for (int i = 0; i < l->n; i++) if (l->items[i]->kind == PYAST_Starred) return 1;
    return 0;
}

/* Builds a list (or tuple, set) from items with *starred ones. */
static void c_seq_build(compiler *c, pyast_exprs *elts, int kind /* 0 list 1 tuple 2 set */, const pyast_pos *p) {
    /* CPython folds a list or set display of three or more constants into
     * one constant and extends an empty container with it: for a set, the
     * frozenset's table order decides the iteration order. */
    py_obj *t = elts->n > 2 && kind != 1 ? fold_elts(c, elts) : NULL;
    if (t) {
        py_obj *k = kind == 2 ? frozen(c, t) : t;
        if (!k) return;
        emit_at(c, p, kind == 2 ? OP_BUILD_SET : OP_BUILD_LIST, 0);
        load_const(c, k);
        emit(c, kind == 2 ? OP_SET_UPDATE : OP_LIST_EXTEND, 1);
        return;
    }
    if (!has_starred(elts)) {
        for (int i = 0; i < elts->n; i++) c_expr(c, elts->items[i]);
        emit_at(c, p, kind == 0 ? OP_BUILD_LIST : kind == 1 ? OP_BUILD_TUPLE : OP_BUILD_SET, elts->n);
        return;
    }
    emit_at(c, p, kind == 2 ? OP_BUILD_SET : OP_BUILD_LIST, 0);
    for (int i = 0; i < elts->n; i++) {
        pyast_expr *x = elts->items[i];
        if (x->kind == PYAST_Starred) {
            c_expr(c, x->v.Starred.value);
            emit_at(c, p, kind == 2 ? OP_SET_UPDATE : OP_LIST_EXTEND, 1);
        } else {
            c_expr(c, x);
            emit_at(c, p, kind == 2 ? OP_SET_ADD : OP_LIST_APPEND, 1);
        }
    }
    if (kind == 1) emit(c, OP_LIST_TO_TUPLE, 0);
}

static void c_call(compiler *c, pyast_expr *e) {
    c_expr(c, e->v.Call.func);
    pyast_exprs *args = &e->v.Call.args;
    pyast_keywords *kws = &e->v.Call.keywords;
    int dstar = 0;
    for (int i = 0; i < kws->n; i++) if (!kws->items[i]->arg) dstar = 1;
    if (!has_starred(args) && !dstar) {
        for (int i = 0; i < args->n; i++) c_expr(c, args->items[i]);
        if (kws->n) {
            py_obj *names = py_tuple_new((size_t)kws->n);
            for (int i = 0; i < kws->n; i++) {
                PY_TITEM(names, i) = py_str_intern_text(kws->items[i]->arg, strlen(kws->items[i]->arg));
                c_expr(c, kws->items[i]->value);
            }
            emit_at(c, &e->pos, OP_KW_NAMES, add_const(c, names));
        }
        /* CPython's maybe_optimize_method_call: o.m(...) with few
         * arguments, o not a name the module imports, calls at the name */
        pyast_expr *f = e->v.Call.func, *o = f->v.Attribute.value;
        py_sym *y;
        if (f->kind == PYAST_Attribute && f->v.Attribute.ctx == PYAST_Load && args->n + kws->n + (kws->n != 0) < 30 &&
            !(o->kind == PYAST_Name && (y = py_scope_lookup(c->st->top, o->v.Name.id)) && (y->flags & PY_DEF_IMPORT)))
            attr_loc(c, &e->pos, f);
        else
            set_loc(c, &e->pos);
        emit(c, OP_CALL, args->n + kws->n);
        return;
    }
    /* f(*args, **kwargs): build a tuple and a dict */
    int only_star = args->n == 1 && args->items[0]->kind == PYAST_Starred;
    if (only_star && !kws->n) { /* f(*x): CPython's error names f */
        emit_at(c, &e->pos, OP_BUILD_LIST, 0);
        c_expr(c, args->items[0]->v.Starred.value);
        emit_at(c, &e->pos, OP_LIST_EXTEND, 1 | PY_EXTEND_CALL);
        emit(c, OP_LIST_TO_TUPLE, 0);
    } else if (only_star)
        c_expr(c, args->items[0]->v.Starred.value); /* CPython unpacks x after the keywords: below */
    else
        c_seq_build(c, args, 1, &e->pos);
    if (kws->n) {
        emit(c, OP_BUILD_MAP, 0);
        for (int i = 0; i < kws->n; i++) {
            pyast_keyword *k = kws->items[i];
            if (k->arg) {
                load_const(c, py_str_c(k->arg));
                c_expr(c, k->value);
                emit_at(c, &e->pos, OP_BUILD_MAP, 1);
                emit(c, OP_DICT_MERGE, 1);
            } else {
                c_expr(c, k->value);
                emit_at(c, &e->pos, OP_DICT_MERGE, 1);
            }
        }
        if (only_star) { /* f(*x, k=v, **m): x is unpacked once the keywords' values are, as CPython's
                          * CALL_FUNCTION_EX does: [fn x kw] -> [fn kw [] x] -> [fn tuple kw] */
            emit(c, OP_ROT_TWO, 0);
            emit_at(c, &e->pos, OP_BUILD_LIST, 0);
            emit(c, OP_ROT_TWO, 0);
            emit_at(c, &e->pos, OP_LIST_EXTEND, 1 | PY_EXTEND_CALL | PY_EXTEND_CALL_KW);
            emit(c, OP_LIST_TO_TUPLE, 0);
            emit(c, OP_ROT_TWO, 0);
        }
        emit_at(c, &e->pos, OP_CALL_FUNCTION_EX, 1);
    } else {
        emit_at(c, &e->pos, OP_CALL_FUNCTION_EX, 0);
    }
}

/* Jumps to label if truth(e) == cond.  The jump, which runs the test's
 * __bool__ or __len__, is at *at: the if, while or assert statement's
 * position or the conditional expression's, as CPython 3.11's compiler
 * leaves it after visiting the test (an `if b:` whose __bool__ raises shows
 * no markers), until a comparison moves it there for the jumps after it
 * (compiler_jump_if's SET_LOC: `if x > 0 and b:` marks `x > 0`), or (*at
 * NULL) the test's own. */
static void jump_if(compiler *c, pyast_expr *e, int cond, int label, const pyast_pos **at) {
    if (e->kind == PYAST_UnaryOp && e->v.UnaryOp.op == PYAST_Not) {
        jump_if(c, e->v.UnaryOp.operand, !cond, label, at);
        return;
    }
    if (e->kind == PYAST_BoolOp) {
        int is_and = e->v.BoolOp.op == PYAST_And;
        int n = e->v.BoolOp.values.n;
        if (is_and == !cond) {
            /* and with jump-if-false, or `or` with jump-if-true: each may jump */
            for (int i = 0; i < n; i++) jump_if(c, e->v.BoolOp.values.items[i], cond, label, at);
        } else {
            int skip = newlabel(c);
            for (int i = 0; i < n - 1; i++) jump_if(c, e->v.BoolOp.values.items[i], !cond, skip, at);
            jump_if(c, e->v.BoolOp.values.items[n - 1], cond, label, at);
            bind(c, skip);
        }
        return;
    }
    if (e->kind == PYAST_IfExp) { /* as CPython's: the test, then the branch taken, each a jump */
        int end = newlabel(c), next2 = newlabel(c);
        jump_if(c, e->v.IfExp.test, 0, next2, at);
        jump_if(c, e->v.IfExp.body, cond, label, at);
        emit(c, OP_JUMP, end);
        bind(c, next2);
        jump_if(c, e->v.IfExp.orelse, cond, label, at);
        bind(c, end);
        return;
    }
    c_expr(c, e);
    if (e->kind == PYAST_Compare) *at = &e->pos;
    if (*at) set_loc(c, *at);
    emit(c, cond ? OP_POP_JUMP_IF_TRUE : OP_POP_JUMP_IF_FALSE, label);
}
static void c_jump_if_at(compiler *c, pyast_expr *e, int cond, int label, const pyast_pos *at) {
    jump_if(c, e, cond, label, &at);
}

/* The instruction of a comparison operator. */
static void emit_cmp(compiler *c, pyast_cmpop op) {
    static const unsigned char args[] = {0, PY_EQ, PY_NE, PY_LT, PY_LE, PY_GT, PY_GE, 0, 1, 0, 1};
    emit(c, op <= PYAST_GtE ? OP_COMPARE_OP : op <= PYAST_IsNot ? OP_IS_OP : OP_CONTAINS_OP, args[op]);
}

static void c_compare(compiler *c, pyast_expr *e) {
    c_expr(c, e->v.Compare.left);
    int n = e->v.Compare.n;
    if (n == 1) {
        c_expr(c, e->v.Compare.comparators.items[0]);
        set_loc(c, &e->pos);
        emit_cmp(c, e->v.Compare.ops[0]);
        return;
    }
    int cleanup = newlabel(c), end = newlabel(c);
    for (int i = 0; i < n - 1; i++) {
        c_expr(c, e->v.Compare.comparators.items[i]);
        emit_at(c, &e->pos, OP_DUP_TOP, 0);
        emit(c, OP_ROT_THREE, 0);
        emit_cmp(c, e->v.Compare.ops[i]);
        emit(c, OP_JUMP_IF_FALSE_OR_POP, cleanup);
    }
    c_expr(c, e->v.Compare.comparators.items[n - 1]);
    set_loc(c, &e->pos);
    emit_cmp(c, e->v.Compare.ops[n - 1]);
    emit(c, OP_JUMP, end);
    bind(c, cleanup);
    emit(c, OP_ROT_TWO, 0);
    emit(c, OP_POP_TOP, 0);
    bind(c, end);
}

static void c_store(compiler *c, pyast_expr *t);
static void c_jump_if_at(compiler *c, pyast_expr *e, int cond, int label, const pyast_pos *at);

static void c_expr(compiler *c, pyast_expr *e) {
    if (too_deep(c)) return;
    const pyast_pos *p = &e->pos;
    set_loc(c, p);
    if (e->kind == PYAST_UnaryOp || e->kind == PYAST_BinOp || e->kind == PYAST_Subscript ||
        (e->kind == PYAST_Tuple && e->v.Tuple.elts.n)) {
        py_obj *v = fold_op(c, e);
        if (v) { load_const(c, v); return; }
    }
    switch (e->kind) {
    case PYAST_BoolOp: {
        int end = newlabel(c);
        int n = e->v.BoolOp.values.n;
        for (int i = 0; i < n; i++) {
            c_expr(c, e->v.BoolOp.values.items[i]);
            set_loc(c, p);
            if (i < n - 1) emit(c, e->v.BoolOp.op == PYAST_And ? OP_JUMP_IF_FALSE_OR_POP : OP_JUMP_IF_TRUE_OR_POP, end);
        }
        bind(c, end);
        break;
    }
    case PYAST_NamedExpr:
        c_expr(c, e->v.NamedExpr.value);
        emit_at(c, p, OP_DUP_TOP, 0);
        c_store(c, e->v.NamedExpr.target);
        break;
    case PYAST_BinOp:
        c_expr(c, e->v.BinOp.left);
        c_expr(c, e->v.BinOp.right);
        set_loc(c, p);
        emit(c, OP_BINARY_OP, e->v.BinOp.op);
        break;
    case PYAST_UnaryOp:
        c_expr(c, e->v.UnaryOp.operand);
        emit_at(c, p, OP_UNARY, e->v.UnaryOp.op);
        break;
    case PYAST_Lambda: c_lambda(c, e); break;
    case PYAST_IfExp: {
        int orelse = newlabel(c), end = newlabel(c);
        c_jump_if_at(c, e->v.IfExp.test, 0, orelse, &e->pos);
        c_expr(c, e->v.IfExp.body);
        emit(c, OP_JUMP, end);
        bind(c, orelse);
        c_expr(c, e->v.IfExp.orelse);
        bind(c, end);
        break;
    }
    case PYAST_Dict: {
        int n = e->v.Dict.keys.n;
        int any_star = 0;
        for (int i = 0; i < n; i++) if (!e->v.Dict.keys.items[i]) any_star = 1;
        if (!any_star) {
            for (int i = 0; i < n; i++) {
                c_expr(c, e->v.Dict.keys.items[i]);
                c_expr(c, e->v.Dict.values.items[i]);
            }
            emit_at(c, p, OP_BUILD_MAP, n);
            break;
        }
        emit(c, OP_BUILD_MAP, 0);
        for (int i = 0; i < n; i++) {
            if (e->v.Dict.keys.items[i]) {
                c_expr(c, e->v.Dict.keys.items[i]);
                c_expr(c, e->v.Dict.values.items[i]);
                emit_at(c, p, OP_MAP_ADD, 1);
            } else {
                c_expr(c, e->v.Dict.values.items[i]);
                emit_at(c, p, OP_DICT_UPDATE, 1);
            }
        }
        break;
    }
    case PYAST_Set: c_seq_build(c, &e->v.Set.elts, 2, p); break;
    case PYAST_ListComp: c_comprehension(c, e, &e->v.ListComp.generators, e->v.ListComp.elt, NULL, "<listcomp>"); break;
    case PYAST_SetComp: c_comprehension(c, e, &e->v.SetComp.generators, e->v.SetComp.elt, NULL, "<setcomp>"); break;
    case PYAST_GeneratorExp: c_comprehension(c, e, &e->v.GeneratorExp.generators, e->v.GeneratorExp.elt, NULL, "<genexpr>"); break;
    case PYAST_DictComp: c_comprehension(c, e, &e->v.DictComp.generators, e->v.DictComp.key, e->v.DictComp.value, "<dictcomp>"); break;
    case PYAST_Await:
        c_expr(c, e->v.Await.value);
        emit_at(c, p, OP_AWAIT, 0);
        break;
    case PYAST_Yield:
        if (e->v.Yield.value) c_expr(c, e->v.Yield.value);
        else load_const(c, py_none());
        emit_at(c, p, OP_YIELD_VALUE, 0);
        break;
    case PYAST_YieldFrom:
        c_expr(c, e->v.YieldFrom.value);
        emit_at(c, p, OP_GET_YIELD_FROM_ITER, 0);
        load_const(c, py_none());
        emit(c, OP_YIELD_FROM, 0);
        break;
    case PYAST_Compare: c_compare(c, e); break;
    case PYAST_Call: c_call(c, e); break;
    case PYAST_FormattedValue: {
        c_expr(c, e->v.FormattedValue.value);
        int flags = 0;
        switch (e->v.FormattedValue.conversion) {
        case 's': flags = FV_STR; break;
        case 'r': flags = FV_REPR; break;
        case 'a': flags = FV_ASCII; break;
        default: break;
        }
        if (e->v.FormattedValue.format_spec) {
            c_expr(c, e->v.FormattedValue.format_spec);
            flags |= FV_SPEC;
        }
        emit_at(c, p, OP_FORMAT_VALUE, flags);
        break;
    }
    case PYAST_JoinedStr: {
        int n = e->v.JoinedStr.values.n;
        for (int i = 0; i < n; i++) c_expr(c, e->v.JoinedStr.values.items[i]);
        set_loc(c, p);
        if (n == 0) load_const(c, py_str_new("", 0));
        else if (n > 1 || e->v.JoinedStr.values.items[0]->kind != PYAST_FormattedValue) emit(c, OP_BUILD_STRING, n);
        break;
    }
    case PYAST_Constant: {
        py_obj *v = const_value(c, &e->v.Constant);
        if (!v) { c->failed = 1; break; }
        load_const(c, v);
        break;
    }
    case PYAST_Attribute:
        c_expr(c, e->v.Attribute.value);
        attr_loc(c, p, e);
        emit(c, e->v.Attribute.ctx == PYAST_Load ? OP_LOAD_ATTR : e->v.Attribute.ctx == PYAST_Store ? OP_STORE_ATTR
                                                                                                   : OP_DELETE_ATTR,
             add_name_m(c, e->v.Attribute.attr));
        break;
    case PYAST_Subscript:
        c_expr(c, e->v.Subscript.value);
        c_expr(c, e->v.Subscript.slice);
        emit_at(c, p, e->v.Subscript.ctx == PYAST_Load ? OP_BINARY_SUBSCR : e->v.Subscript.ctx == PYAST_Store ? OP_STORE_SUBSCR
                                                                                                        : OP_DELETE_SUBSCR, 0);
        break;
    case PYAST_Starred: unsupported(c, p, "a starred expression here"); break;
    case PYAST_Name: c_name(c, e->v.Name.id, e->v.Name.ctx); break;
    case PYAST_List: c_seq_build(c, &e->v.List.elts, 0, p); break;
    case PYAST_Tuple:
        c_seq_build(c, &e->v.Tuple.elts, 1, p);
        break;
    case PYAST_Slice:
        if (e->v.Slice.lower) c_expr(c, e->v.Slice.lower); else load_const(c, py_none());
        if (e->v.Slice.upper) c_expr(c, e->v.Slice.upper); else load_const(c, py_none());
        if (e->v.Slice.step) c_expr(c, e->v.Slice.step);
        emit_at(c, p, OP_BUILD_SLICE, e->v.Slice.step ? 3 : 2);
        break;
    }
}

/* ---- assignment targets ---------------------------------------------------------------------------- */

static void c_store(compiler *c, pyast_expr *t) {
    set_loc(c, &t->pos);
    switch (t->kind) {
    case PYAST_Name: c_name(c, t->v.Name.id, PYAST_Store); break;
    case PYAST_Attribute:
        c_expr(c, t->v.Attribute.value);
        attr_loc(c, &t->pos, t);
        emit(c, OP_STORE_ATTR, add_name_m(c, t->v.Attribute.attr));
        break;
    case PYAST_Subscript:
        c_expr(c, t->v.Subscript.value);
        c_expr(c, t->v.Subscript.slice);
        emit_at(c, &t->pos, OP_STORE_SUBSCR, 0);
        break;
    case PYAST_Tuple: case PYAST_List: {
        pyast_exprs *elts = t->kind == PYAST_Tuple ? &t->v.Tuple.elts : &t->v.List.elts;
        int star = -1;
        for (int i = 0; i < elts->n; i++) if (elts->items[i]->kind == PYAST_Starred) star = i;
        if (star < 0) emit(c, OP_UNPACK_SEQUENCE, elts->n);
        else emit(c, OP_UNPACK_EX, star | ((elts->n - star - 1) << 8));
        for (int i = 0; i < elts->n; i++) {
            pyast_expr *x = elts->items[i];
            c_store(c, x->kind == PYAST_Starred ? x->v.Starred.value : x);
        }
        break;
    }
    case PYAST_Starred: c_store(c, t->v.Starred.value); break;
    default: unsupported(c, &t->pos, "this assignment target"); break;
    }
}

/* ---- statements ---------------------------------------------------------------------------------- */

static void push_fb(compiler *c, int type, int cont, int brk) {
    fblock *f = &U->fb[U->nfb++];
    memset(f, 0, sizeof *f);
    f->type = type;
    f->label_continue = cont;
    f->label_break = brk;
}
static void pop_fb(compiler *c) { U->nfb--; }

/* Unwinds one fblock for return/break/continue. */
static void unwind_fb(compiler *c, fblock *f, int preserve) {
    switch (f->type) {
    case FB_WHILE: break;
    case FB_FOR: case FB_ASYNC_FOR:
        if (preserve) emit(c, OP_ROT_TWO, 0);
        emit(c, OP_POP_TOP, 0);
        break;
    case FB_TRY_EXCEPT:
        emit(c, OP_POP_BLOCK, 0);
        break;
    case FB_TRY_FINALLY: {
        /* the finally body runs with this block and those above it hidden */
        emit(c, OP_POP_BLOCK, 0);
        fblock copy[32];
        int saved_n = U->nfb, idx = (int)(f - U->fb);
        memcpy(copy, U->fb, sizeof copy);
        U->nfb = idx;
        /* a return's value waits under the finally body: a break, continue or return
         * in it drops the value (CPython's POP_VALUE block) */
        if (preserve) push_fb(c, FB_POP_VALUE, -1, -1);
        c_stmts(c, copy[idx].finalbody);
        memcpy(U->fb, copy, sizeof copy);
        U->nfb = saved_n;
        break;
    }
    case FB_FINALLY_END:
        if (preserve) emit(c, OP_ROT_TWO, 0);
        emit(c, OP_POP_TOP, 0);
        emit(c, OP_POP_EXCEPT, 0);
        break;
    case FB_HANDLER:
        emit(c, OP_POP_EXCEPT, 0);
        break;
    case FB_POP_VALUE:
        if (preserve) emit(c, OP_ROT_TWO, 0);
        emit(c, OP_POP_TOP, 0);
        break;
    case FB_HANDLER_NAMED:
        emit(c, OP_POP_BLOCK, 0);
        emit(c, OP_POP_EXCEPT, 0);
        load_const(c, py_none());
        c_name(c, f->name, PYAST_Store);
        c_name(c, f->name, PYAST_Del);
        break;
    case FB_WITH: case FB_ASYNC_WITH:
        emit(c, OP_POP_BLOCK, 0);
        if (preserve) emit(c, OP_ROT_TWO, 0);
        emit(c, OP_WITH_EXIT_NORMAL, f->type == FB_ASYNC_WITH);
        if (f->type == FB_ASYNC_WITH) { emit(c, OP_AWAIT, 2); emit(c, OP_POP_TOP, 0); }
        break;
    default: break;
    }
}

static void c_return(compiler *c, pyast_stmt *s) {
    if (s->v.Return.value) c_expr(c, s->v.Return.value);
    else {
        set_loc(c, &s->pos);
        load_const(c, py_none());
    }
    for (int i = U->nfb - 1; i >= 0; i--) {
        set_loc(c, &s->pos);
        unwind_fb(c, &U->fb[i], 1);
    }
    emit_at(c, &s->pos, OP_RETURN_VALUE, 0);
}

static void c_break_continue(compiler *c, pyast_stmt *s, int is_break) {
    for (int i = U->nfb - 1; i >= 0; i--) {
        fblock *f = &U->fb[i];
        set_loc(c, &s->pos);
        if (f->type == FB_WHILE || f->type == FB_FOR || f->type == FB_ASYNC_FOR) {
            if (is_break) {
                unwind_fb(c, f, 0);
                emit(c, OP_JUMP, f->label_break);
            } else emit(c, OP_JUMP, f->label_continue);
            return;
        }
        unwind_fb(c, f, 0);
    }
}

static void c_try_except(compiler *c, pyast_stmt *s) {
    int handler = newlabel(c), end = newlabel(c);
    emit_at(c, &s->pos, OP_SETUP_FINALLY, handler);
    push_fb(c, FB_TRY_EXCEPT, -1, -1);
    c_stmts(c, &s->v.Try.body);
    pop_fb(c);
    emit(c, OP_POP_BLOCK, 0);
    c_stmts(c, &s->v.Try.orelse);
    emit(c, OP_JUMP, end);
    bind(c, handler);
    for (int i = 0; i < s->v.Try.handlers.n; i++) {
        pyast_excepthandler *h = s->v.Try.handlers.items[i];
        int next = newlabel(c);
        set_loc(c, &h->pos);
        if (h->type) {
            /* CHECK_EXC_MATCH keeps the exception and pushes the test's result */
            c_expr(c, h->type);
            emit_at(c, &h->pos, OP_CHECK_EXC_MATCH, 0);
            emit(c, OP_POP_JUMP_IF_FALSE, next);
        }
        if (h->name) {
            int cleanup = newlabel(c);
            c_name(c, h->name, PYAST_Store);
            emit(c, OP_SETUP_FINALLY, cleanup);
            push_fb(c, FB_HANDLER_NAMED, -1, -1);
            U->fb[U->nfb - 1].name = h->name;
            c_stmts(c, &h->body);
            pop_fb(c);
            /* the clean-up (e = None; del e) has no line of its own in CPython 3.11
             * (UNSET_LOC): it takes the body's last one, where a coroutine freed with
             * the exception says it was never awaited */
            emit(c, OP_POP_BLOCK, 0);
            emit(c, OP_POP_EXCEPT, 0);
            load_const(c, py_none());
            c_name(c, h->name, PYAST_Store);
            c_name(c, h->name, PYAST_Del);
            emit(c, OP_JUMP, end);
            bind(c, cleanup);
            load_const(c, py_none());
            c_name(c, h->name, PYAST_Store);
            c_name(c, h->name, PYAST_Del);
            emit(c, OP_RERAISE, 0);
        } else {
            emit(c, OP_POP_TOP, 0);
            push_fb(c, FB_HANDLER, -1, -1);
            c_stmts(c, &h->body);
            pop_fb(c);
            emit(c, OP_POP_EXCEPT, 0); /* no line of its own either */
            emit(c, OP_JUMP, end);
        }
        bind(c, next);
    }
    emit(c, OP_RERAISE, 0);
    bind(c, end);
}

/* try/except* as CPython 3.11 compiles it: the handler keeps the original
 * exception, a list of what the clauses raised and what is left to match;
 * each clause takes its part (CHECK_EG_MATCH), and PREP_RERAISE_STAR makes
 * what propagates from what was raised and what was left. */
static void c_try_star_except(compiler *c, pyast_stmt *s) {
    int handler = newlabel(c), end = newlabel(c), reraise = newlabel(c);
    emit_at(c, &s->pos, OP_SETUP_FINALLY, handler);
    push_fb(c, FB_TRY_EXCEPT, -1, -1);
    c_stmts(c, &s->v.Try.body);
    pop_fb(c);
    emit(c, OP_POP_BLOCK, 0);
    c_stmts(c, &s->v.Try.orelse);
    emit(c, OP_JUMP, end);
    bind(c, handler);
    /* [exc] -> [orig, list, rest] */
    emit(c, OP_DUP_TOP, 0);
    emit(c, OP_BUILD_LIST, 0);
    emit(c, OP_ROT_TWO, 0);
    for (int i = 0; i < s->v.Try.handlers.n; i++) {
        pyast_excepthandler *h = s->v.Try.handlers.items[i];
        int no_match = newlabel(c), next = newlabel(c), raised = newlabel(c);
        set_loc(c, &h->pos);
        c_expr(c, h->type);
        emit_at(c, &h->pos, OP_CHECK_EG_MATCH, 0);
        emit(c, OP_DUP_TOP, 0);
        load_const(c, py_none());
        emit(c, OP_IS_OP, 0);
        emit(c, OP_POP_JUMP_IF_TRUE, no_match);
        if (h->name) c_name(c, h->name, PYAST_Store);
        else emit(c, OP_POP_TOP, 0);
        emit(c, OP_SETUP_FINALLY, raised);
        push_fb(c, FB_TRY_EXCEPT, -1, -1);
        c_stmts(c, &h->body);
        pop_fb(c);
        emit_at(c, &h->pos, OP_POP_BLOCK, 0);
        if (h->name) {
            load_const(c, py_none());
            c_name(c, h->name, PYAST_Store);
            c_name(c, h->name, PYAST_Del);
        }
        emit(c, OP_JUMP, next);
        bind(c, raised); /* [orig, list, rest, raised] */
        if (h->name) {
            load_const(c, py_none());
            c_name(c, h->name, PYAST_Store);
            c_name(c, h->name, PYAST_Del);
        }
        emit(c, OP_LIST_APPEND, 2);
        emit(c, OP_POP_EXCEPT, 0);
        emit(c, OP_JUMP, next);
        bind(c, no_match);
        emit(c, OP_POP_TOP, 0);
        bind(c, next);
    }
    emit(c, OP_PREP_RERAISE_STAR, 0);
    emit(c, OP_DUP_TOP, 0);
    load_const(c, py_none());
    emit(c, OP_IS_OP, 0);
    emit(c, OP_POP_JUMP_IF_FALSE, reraise);
    emit(c, OP_POP_TOP, 0);
    emit(c, OP_POP_TOP, 0);
    emit(c, OP_POP_EXCEPT, 0);
    emit(c, OP_JUMP, end);
    bind(c, reraise); /* [orig, exc] */
    emit(c, OP_ROT_TWO, 0);
    emit(c, OP_POP_TOP, 0);
    emit(c, OP_RERAISE, 0);
    bind(c, end);
}

static void c_try(compiler *c, pyast_stmt *s) {
    void (*c_handlers)(compiler *, pyast_stmt *) = s->kind == PYAST_TryStar ? c_try_star_except : c_try_except;
    if (!s->v.Try.finalbody.n) { c_handlers(c, s); return; }
    int final = newlabel(c), end = newlabel(c);
    emit_at(c, &s->pos, OP_SETUP_FINALLY, final);
    push_fb(c, FB_TRY_FINALLY, -1, -1);
    U->fb[U->nfb - 1].finalbody = &s->v.Try.finalbody;
    if (s->v.Try.handlers.n) c_handlers(c, s);
    else c_stmts(c, &s->v.Try.body);
    pop_fb(c);
    emit(c, OP_POP_BLOCK, 0);
    c_stmts(c, &s->v.Try.finalbody);
    emit(c, OP_JUMP, end);
    bind(c, final);
    push_fb(c, FB_FINALLY_END, -1, -1);
    c_stmts(c, &s->v.Try.finalbody);
    pop_fb(c);
    emit(c, OP_RERAISE, 0);
    bind(c, end);
}

static void c_with(compiler *c, pyast_stmt *s, int item) {
    if (too_deep(c)) return;
    int is_async = s->kind == PYAST_AsyncWith;
    pyast_withitem *w = s->v.With.items.items[item];
    int exc = newlabel(c), end = newlabel(c), suppress = newlabel(c);
    c_expr(c, w->context_expr);
    emit_at(c, &s->pos, is_async ? OP_BEFORE_ASYNC_WITH : OP_BEFORE_WITH, 0);
    if (is_async) emit(c, OP_AWAIT, 1); /* 1, 2: CPython's GET_AWAITABLE after __aenter__, __aexit__ (its error) */
    /* the target is bound inside the block, as CPython's SETUP_WITH: an
     * error binding it goes to __exit__ */
    emit_at(c, &s->pos, OP_SETUP_WITH, exc);
    push_fb(c, is_async ? FB_ASYNC_WITH : FB_WITH, -1, -1);
    if (w->optional_vars) c_store(c, w->optional_vars);
    else emit(c, OP_POP_TOP, 0);
    if (item + 1 < s->v.With.items.n) c_with(c, s, item + 1);
    else c_stmts(c, &s->v.With.body);
    pop_fb(c);
    emit_at(c, &s->pos, OP_POP_BLOCK, 0);
    emit(c, OP_WITH_EXIT_NORMAL, is_async);
    if (is_async) { emit(c, OP_AWAIT, 2); emit(c, OP_POP_TOP, 0); }
    emit(c, OP_JUMP, end);
    bind(c, exc);
    emit(c, OP_WITH_EXCEPT, is_async);
    if (is_async) emit(c, OP_AWAIT, 2);
    emit(c, OP_POP_JUMP_IF_TRUE, suppress);
    emit(c, OP_RERAISE, 0);
    bind(c, suppress);
    emit(c, OP_POP_TOP, 0);
    emit(c, OP_POP_EXCEPT, 0);
    emit(c, OP_POP_TOP, 0);
    bind(c, end);
}

static void c_import(compiler *c, pyast_stmt *s) {
    for (int i = 0; i < s->v.Import.names.n; i++) {
        pyast_alias *a = s->v.Import.names.items[i];
        set_loc(c, &s->pos);
        load_const(c, py_int(0));
        load_const(c, py_none());
        emit(c, OP_IMPORT_NAME, add_name(c, a->name));
        const char *dot = strchr(a->name, '.');
        if (a->asname) {
            /* import a.b as c: the submodule */
            for (const char *p = dot; p; p = strchr(p, '.')) {
                const char *q = strchr(++p, '.');
                emit(c, OP_IMPORT_FROM, add_name_n(c, p, q ? (size_t)(q - p) : strlen(p)));
                emit(c, OP_ROT_TWO, 0);
                emit(c, OP_POP_TOP, 0);
            }
            c_name(c, a->asname, PYAST_Store);
        } else if (dot) {
            /* import a.b binds a (an interned str's text lives on) */
            py_obj *top = py_str_intern_text(a->name, (size_t)(dot - a->name));
            c_name(c, py_s(top), PYAST_Store);
            py_decref(top);
        } else {
            c_name(c, a->name, PYAST_Store);
        }
    }
}

static void c_import_from(compiler *c, pyast_stmt *s) {
    set_loc(c, &s->pos);
    int n = s->v.ImportFrom.names.n;
    py_obj *names = py_tuple_new((size_t)n);
    for (int i = 0; i < n; i++) PY_TITEM(names, i) = py_str_c(s->v.ImportFrom.names.items[i]->name);
    load_const(c, py_int(s->v.ImportFrom.level)); /* a relative one: eval.c's OP_IMPORT_NAME */
    load_const(c, names);
    emit(c, OP_IMPORT_NAME, add_name(c, s->v.ImportFrom.module ? s->v.ImportFrom.module : ""));
    for (int i = 0; i < n; i++) {
        pyast_alias *a = s->v.ImportFrom.names.items[i];
        set_loc(c, &s->pos);
        if (!strcmp(a->name, "*")) {
            emit(c, OP_IMPORT_STAR, 0);
            return;
        }
        emit(c, OP_IMPORT_FROM, add_name(c, a->name));
        c_name(c, a->asname ? a->asname : a->name, PYAST_Store);
    }
    emit(c, OP_POP_TOP, 0);
}

/* ---- match ---------------------------------------------------------------------
 * The subject stays on the stack while the cases are tried; each case works on
 * a copy.  A pattern consumes the value on top of the stack; when it fails it
 * jumps to a label of its fail context that pops what the pattern had pushed
 * above the context's base (fc_label(fc, depth)), so every failure path
 * arrives at the base depth.  Sequence, mapping and class patterns call C
 * helpers (builtins.c, py__match_helper) that return a tuple of the parts to
 * match, or None when the subject does not fit: no opcodes of their own.
 * Names are bound as soon as their part matches (CPython binds them when the
 * whole pattern has matched: the difference shows only in a failed case's
 * names, which Python leaves unspecified). */
typedef struct { int base; int labels[64]; int max; } failctx;
static int fc_label(compiler *c, failctx *fc, int depth) {
    int k = depth - fc->base;
    if (k < 0) k = 0;
    if (k >= 64) k = 63;
    if (fc->labels[k] < 0) fc->labels[k] = newlabel(c);
    if (k > fc->max) fc->max = k;
    return fc->labels[k];
}
static void fc_init(failctx *fc, int base) {
    fc->base = base;
    fc->max = 0;
    for (int i = 0; i < 64; i++) fc->labels[i] = -1;
}
/* The failure paths: pop down to the base, then fall through. */
static void fc_emit(compiler *c, failctx *fc) {
    for (int k = fc->max; k >= 0; k--) {
        if (fc->labels[k] >= 0) bind(c, fc->labels[k]);
        if (k > 0) emit(c, OP_POP_TOP, 0);
    }
}
static void c_pattern(compiler *c, pyast_pattern *p, failctx *fc, int *depth);
/* The helper's result (a tuple, or None) is on top: fail on None, else
 * unpack it and match each part with its pattern. */
static void c_parts(compiler *c, pyast_pattern **pats, int n, failctx *fc, int *depth) {
    emit(c, OP_DUP_TOP, 0);
    load_const(c, py_none());
    emit(c, OP_IS_OP, 0);
    emit(c, OP_POP_JUMP_IF_TRUE, fc_label(c, fc, *depth));
    emit(c, OP_UNPACK_SEQUENCE, n);
    *depth += n - 1;
    for (int i = 0; i < n; i++) c_pattern(c, pats[i], fc, depth);
}
static void c_pattern(compiler *c, pyast_pattern *p, failctx *fc, int *depth) {
    if (too_deep(c)) return;
    set_loc(c, &p->pos);
    switch (p->kind) {
    case PYAST_MatchValue:
        c_expr(c, p->v.MatchValue.value);
        emit_at(c, &p->pos, OP_COMPARE_OP, PY_EQ);
        (*depth)--;
        emit(c, OP_POP_JUMP_IF_FALSE, fc_label(c, fc, *depth));
        break;
    case PYAST_MatchSingleton:
        load_const(c, const_value(c, &p->v.MatchSingleton.value));
        emit(c, OP_IS_OP, 0);
        (*depth)--;
        emit(c, OP_POP_JUMP_IF_FALSE, fc_label(c, fc, *depth));
        break;
    case PYAST_MatchAs:
        if (p->v.MatchAs.pattern) {
            if (p->v.MatchAs.name) { emit(c, OP_DUP_TOP, 0); (*depth)++; }
            c_pattern(c, p->v.MatchAs.pattern, fc, depth);
            if (!p->v.MatchAs.name) break;
        }
        if (p->v.MatchAs.name) c_name(c, p->v.MatchAs.name, PYAST_Store);
        else emit(c, OP_POP_TOP, 0);
        (*depth)--;
        break;
    case PYAST_MatchStar:
        if (p->v.MatchStar.name) c_name(c, p->v.MatchStar.name, PYAST_Store);
        else emit(c, OP_POP_TOP, 0);
        (*depth)--;
        break;
    case PYAST_MatchOr: {
        int end = newlabel(c);
        int n = p->v.MatchOr.patterns.n;
        for (int i = 0; i < n; i++) {
            failctx alt;
            fc_init(&alt, *depth);
            emit(c, OP_DUP_TOP, 0);
            int d = *depth + 1;
            c_pattern(c, p->v.MatchOr.patterns.items[i], &alt, &d);
            emit(c, OP_POP_TOP, 0); /* the subject, matched */
            emit(c, OP_JUMP, end);
            fc_emit(c, &alt);       /* back at *depth: try the next alternative */
        }
        (*depth)--;
        emit(c, OP_POP_TOP, 0);
        emit(c, OP_JUMP, fc_label(c, fc, *depth));
        bind(c, end);
        break;
    }
    case PYAST_MatchSequence: {
        pyast_patterns *ps = &p->v.MatchSequence.patterns;
        int star = -1;
        for (int i = 0; i < ps->n; i++) if (ps->items[i]->kind == PYAST_MatchStar) star = i;
        /* helper(subject, n, star) */
        load_const(c, py__match_helper(0));
        emit(c, OP_ROT_TWO, 0);
        load_const(c, py_int(ps->n));
        load_const(c, py_int(star));
        emit(c, OP_CALL, 3);
        c_parts(c, ps->items, ps->n, fc, depth);
        break;
    }
    case PYAST_MatchMapping: {
        pyast_exprs *ks = &p->v.MatchMapping.keys;
        pyast_patterns *ps = &p->v.MatchMapping.patterns;
        int rest = p->v.MatchMapping.rest != NULL;
        load_const(c, py__match_helper(1));
        emit(c, OP_ROT_TWO, 0);
        for (int i = 0; i < ks->n; i++) c_expr(c, ks->items[i]);
        emit_at(c, &p->pos, OP_BUILD_TUPLE, ks->n);
        load_const(c, py_bool(rest));
        emit(c, OP_CALL, 3);
        int n = ps->n + rest;
        pyast_pattern *small[16];
        pyast_pattern **all = n <= 16 ? small : malloc(sizeof(pyast_pattern *) * (size_t)n);
        for (int i = 0; i < ps->n; i++) all[i] = ps->items[i];
        pyast_pattern restp;
        if (rest) {
            memset(&restp, 0, sizeof restp);
            restp.kind = PYAST_MatchAs;
            restp.pos = p->pos;
            restp.v.MatchAs.name = p->v.MatchMapping.rest;
            all[ps->n] = &restp;
        }
        c_parts(c, all, n, fc, depth);
        if (all != small) free(all);
        break;
    }
    case PYAST_MatchClass: {
        pyast_patterns *ps = &p->v.MatchClass.patterns, *kp = &p->v.MatchClass.kwd_patterns;
        load_const(c, py__match_helper(2));
        emit(c, OP_ROT_TWO, 0);
        c_expr(c, p->v.MatchClass.cls);
        set_loc(c, &p->pos);
        load_const(c, py_int(ps->n));
        py_obj *names = py_tuple_new((size_t)p->v.MatchClass.kwd_attrs.n);
        for (int i = 0; i < p->v.MatchClass.kwd_attrs.n; i++) PY_TITEM(names, i) = py_str_c(p->v.MatchClass.kwd_attrs.items[i]);
        load_const(c, names);
        emit(c, OP_CALL, 4);
        int n = ps->n + kp->n;
        pyast_pattern *small[16];
        pyast_pattern **all = n <= 16 ? small : malloc(sizeof(pyast_pattern *) * (size_t)n);
        for (int i = 0; i < ps->n; i++) all[i] = ps->items[i];
        for (int i = 0; i < kp->n; i++) all[ps->n + i] = kp->items[i];
        c_parts(c, all, n, fc, depth);
        if (all != small) free(all);
        break;
    }
    }
}
static void c_match(compiler *c, pyast_stmt *s) {
    int end = newlabel(c);
    c_expr(c, s->v.Match.subject);
    /* a case's fail context and depth, on the heap (in c_stmt's locals,
     * where this function is inlined, they would give it a stack frame) */
    struct { failctx fc; int depth; } *m = malloc(sizeof *m);
    for (int i = 0; i < s->v.Match.cases.n; i++) {
        pyast_match_case *mc = s->v.Match.cases.items[i];
        fc_init(&m->fc, 0);
        m->depth = 1;
        emit_at(c, &mc->pattern->pos, OP_DUP_TOP, 0);
        c_pattern(c, mc->pattern, &m->fc, &m->depth);
        if (mc->guard) c_jump_if_at(c, mc->guard, 0, fc_label(c, &m->fc, 0), &mc->pattern->pos);
        emit_at(c, &mc->pattern->pos, OP_POP_TOP, 0); /* the subject */
        c_stmts(c, &mc->body);
        emit(c, OP_JUMP, end);
        fc_emit(c, &m->fc);
    }
    free(m);
    emit_at(c, &s->pos, OP_POP_TOP, 0);
    bind(c, end);
}

static void c_stmt(compiler *c, pyast_stmt *s) {
    if (too_deep(c)) return;
    set_loc(c, &s->pos);
    switch (s->kind) {
    case PYAST_FunctionDef: case PYAST_AsyncFunctionDef: c_function(c, s); break;
    case PYAST_ClassDef: c_class(c, s); break;
    case PYAST_Return: c_return(c, s); break;
    case PYAST_Delete:
        for (int i = 0; i < s->v.Delete.targets.n; i++) {
            pyast_expr *t = s->v.Delete.targets.items[i];
            if (t->kind == PYAST_Tuple || t->kind == PYAST_List) {
                pyast_exprs *l = t->kind == PYAST_Tuple ? &t->v.Tuple.elts : &t->v.List.elts;
                for (int j = 0; j < l->n; j++) c_expr(c, l->items[j]);
            } else c_expr(c, t);
        }
        break;
    case PYAST_Assign: {
        c_expr(c, s->v.Assign.value);
        int n = s->v.Assign.targets.n;
        for (int i = 0; i < n; i++) {
            if (i < n - 1) { set_loc(c, &s->pos); emit(c, OP_DUP_TOP, 0); }
            c_store(c, s->v.Assign.targets.items[i]);
        }
        break;
    }
    case PYAST_AugAssign: {
        pyast_expr *t = s->v.AugAssign.target;
        int op = s->v.AugAssign.op;
        if (t->kind == PYAST_Name) {
            set_loc(c, &t->pos);
            c_name(c, t->v.Name.id, PYAST_Load);
            c_expr(c, s->v.AugAssign.value);
            emit_at(c, &s->pos, OP_BINARY_OP, op + BINOP_INPLACE);
            c_name(c, t->v.Name.id, PYAST_Store);
        } else if (t->kind == PYAST_Attribute) {
            c_expr(c, t->v.Attribute.value);
            emit_at(c, &t->pos, OP_DUP_TOP, 0);
            attr_loc(c, &t->pos, t);
            emit(c, OP_LOAD_ATTR, add_name_m(c, t->v.Attribute.attr));
            c_expr(c, s->v.AugAssign.value);
            emit_at(c, &s->pos, OP_BINARY_OP, op + BINOP_INPLACE);
            attr_loc(c, &t->pos, t);
            emit(c, OP_ROT_TWO, 0);
            emit(c, OP_STORE_ATTR, add_name_m(c, t->v.Attribute.attr));
        } else if (t->kind == PYAST_Subscript) {
            c_expr(c, t->v.Subscript.value);
            c_expr(c, t->v.Subscript.slice);
            emit_at(c, &t->pos, OP_DUP_TOP_TWO, 0);
            emit(c, OP_BINARY_SUBSCR, 0);
            c_expr(c, s->v.AugAssign.value);
            emit_at(c, &s->pos, OP_BINARY_OP, op + BINOP_INPLACE);
            emit_at(c, &t->pos, OP_ROT_THREE, 0);
            emit(c, OP_STORE_SUBSCR, 0);
        } else unsupported(c, &s->pos, "this augmented assignment target");
        break;
    }
    case PYAST_AnnAssign:
        if (s->v.AnnAssign.value) {
            c_expr(c, s->v.AnnAssign.value);
            c_store(c, s->v.AnnAssign.target);
        }
        if (s->v.AnnAssign.simple && s->v.AnnAssign.target->kind == PYAST_Name && U->sc->kind != PY_SCOPE_FUNCTION) {
            /* __annotations__['x'] = annotation, as CPython (dataclasses read it) */
            c_annotation_value(c, s->v.AnnAssign.annotation);
            emit_at(c, &s->pos, U->sc->kind == PY_SCOPE_CLASS ? OP_LOAD_NAME : OP_LOAD_GLOBAL, add_name(c, "__annotations__"));
            load_const(c, mangled_str(c, s->v.AnnAssign.target->v.Name.id));
            emit(c, OP_STORE_SUBSCR, 0);
        }
        break;
    case PYAST_For: case PYAST_AsyncFor: {
        int is_async = s->kind == PYAST_AsyncFor;
        int start = newlabel(c), cleanup = newlabel(c), end = newlabel(c);
        if (is_async) c_expr(c, s->v.For.iter);
        else c_iter(c, s->v.For.iter);
        emit_at(c, &s->pos, is_async ? OP_GET_AITER : OP_GET_ITER, 0);
        bind(c, start);
        emit_at(c, &s->pos, is_async ? OP_FOR_AITER : OP_FOR_ITER, cleanup);
        c_store(c, s->v.For.target);
        push_fb(c, is_async ? FB_ASYNC_FOR : FB_FOR, start, end);
        c_stmts(c, &s->v.For.body);
        pop_fb(c);
        emit(c, OP_JUMP, start);
        bind(c, cleanup);
        c_stmts(c, &s->v.For.orelse);
        bind(c, end);
        break;
    }
    case PYAST_While: {
        int start = newlabel(c), orelse = newlabel(c), end = newlabel(c);
        bind(c, start);
        c_jump_if_at(c, s->v.While.test, 0, orelse, &s->pos);
        push_fb(c, FB_WHILE, start, end);
        c_stmts(c, &s->v.While.body);
        pop_fb(c);
        /* CPython 3.11's back jump carries the whole while statement's
         * position: a KeyboardInterrupt in the loop shows the `while` line. */
        emit_at(c, &s->pos, OP_JUMP, start);
        bind(c, orelse);
        c_stmts(c, &s->v.While.orelse);
        bind(c, end);
        break;
    }
    case PYAST_If: {
        int orelse = newlabel(c), end = newlabel(c);
        c_jump_if_at(c, s->v.If.test, 0, orelse, &s->pos);
        c_stmts(c, &s->v.If.body);
        if (s->v.If.orelse.n) emit(c, OP_JUMP, end);
        bind(c, orelse);
        c_stmts(c, &s->v.If.orelse);
        bind(c, end);
        break;
    }
    case PYAST_With: case PYAST_AsyncWith: c_with(c, s, 0); break;
    case PYAST_Match: c_match(c, s); break;
    case PYAST_Raise:
        if (s->v.Raise.exc) c_expr(c, s->v.Raise.exc);
        if (s->v.Raise.cause) c_expr(c, s->v.Raise.cause);
        emit_at(c, &s->pos, OP_RAISE_VARARGS, s->v.Raise.exc ? (s->v.Raise.cause ? 2 : 1) : 0);
        break;
    case PYAST_Try: case PYAST_TryStar: c_try(c, s); break;
    case PYAST_Assert: {
        int end = newlabel(c);
        c_jump_if_at(c, s->v.Assert.test, 1, end, &s->pos);
        /* CPython 3.11 raises the AssertionError where its compiler_jump_if
         * left the location: at the last comparison it jumped on, or at the
         * statement */
        const pyast_expr *cmp = last_compare(s->v.Assert.test);
        const pyast_pos *at = cmp ? &cmp->pos : &s->pos;
        emit_at(c, at, OP_LOAD_ASSERTION_ERROR, 0);
        if (s->v.Assert.msg) {
            c_expr(c, s->v.Assert.msg);
            emit_at(c, at, OP_CALL, 1);
        }
        emit(c, OP_RAISE_VARARGS, 1);
        bind(c, end);
        break;
    }
    case PYAST_Import: c_import(c, s); break;
    case PYAST_ImportFrom: c_import_from(c, s); break;
    case PYAST_Global: case PYAST_Nonlocal: case PYAST_Pass: break;
    case PYAST_Expr: {
        pyast_expr *v = s->v.Expr.value;
        if (c->interactive && !c->u->prev) { /* the module's own statements, as CPython's c_nestlevel <= 1 */
            load_const(c, py__display_helper());
            c_expr(c, v);
            emit_at(c, &s->pos, OP_CALL, 1);
            emit_at(c, &s->pos, OP_POP_TOP, 0);
            break;
        }
        if (v->kind == PYAST_Constant) break; /* docstrings and stray constants */
        c_expr(c, v);
        emit_at(c, &s->pos, OP_POP_TOP, 0);
        break;
    }
    case PYAST_Break: c_break_continue(c, s, 1); break;
    case PYAST_Continue: c_break_continue(c, s, 0); break;
    }
}

static void c_stmts(compiler *c, pyast_stmts *b) {
    for (int i = 0; i < b->n; i++) c_stmt(c, b->items[i]);
}

/* SETUP_ANNOTATIONS: a module or class body with an annotated assignment
 * anywhere (CPython's find_ann) gets its __annotations__ dict first. */
static void setup_annotations(compiler *c) {
    if (!U->sc->annotations) return;
    emit(c, OP_BUILD_MAP, 0);
    emit(c, U->sc->kind == PY_SCOPE_CLASS ? OP_STORE_NAME : OP_STORE_GLOBAL, ANN_NAME); /* (CPython's SETUP_ANNOTATIONS names nothing) */
}

/* ---- warnings ------------------------------------------------------------------------------------------- */

/* One SyntaxWarning as CPython's warnings module prints it: "FILE:LINE:
 * SyntaxWarning: MSG" and the line, stripped (none for a "<string>" or
 * "<stdin>" source, which linecache cannot read). */
static void print_syntax_warning(py_source *src, int line, const char *msg) {
    py_buf b = {0};
    const char *fn = py_s(src->filename), *ls;
    size_t ll;
    py_buf_printf(&b, "%s:%d: SyntaxWarning: %s\n", fn, line, msg);
    if (fn[0] != '<' && !src->lazy && py_source_line_stripped(src, line, &ls, &ll) == 0) { /* (lazy: no file of that name, __main__'s lines stand in for tracebacks only) */
        py_buf_puts(&b, "  ");
        py_buf_put(&b, ls, ll);
        py_buf_putc(&b, '\n');
    }
    py_write(2, b.data, b.len);
    py_buf_free(&b);
}

/* The SyntaxWarnings of the source py_parse has just read: first the
 * tokenizer's (CPython's warns as it reads, before the parser and the
 * compiler have done), then py_check's. */
void py__print_syntax_warnings(py_source *src, const py_warnings *w) {
    for (int i = 0; i < py__tok_warning_count(); i++) {
        int line;
        const char *kind = py__tok_warning(i, &line);
        char msg[40];
        snprintf(msg, sizeof msg, "invalid %s literal", kind);
        print_syntax_warning(src, line, msg);
    }
    py__tok_warnings_clear();
    for (int i = 0; w && i < w->n; i++) print_syntax_warning(src, w->items[i].lineno, w->items[i].msg);
}

/* ---- units ----------------------------------------------------------------------------------------------- */

static void unit_begin(compiler *c, scope *sc, const char *qualname, int firstlineno) {
    unit *u = calloc(1, sizeof(unit));
    u->sc = sc;
    u->consts = py_list_new(0);
    u->names = py_list_new(0);
    u->qualname = py_str_c(qualname);
    u->firstlineno = firstlineno;
    u->prev = c->u;
    u->private = c->u ? c->u->private : NULL;
    u->loc.lineno = firstlineno;
    u->loc.end_lineno = firstlineno;
    u->loc.col = -1;
    u->loc.end_col = -1;
    /* cells (locals captured by inner scopes), then free names, in the
     * order the symbol table met them; varnames come with the parameters
     * (unit_params) and the first use of each local (c_name) */
    u->cellvars = malloc(sizeof(char *) * (size_t)(2 * sc->nsyms + 1));
    u->freevars = u->cellvars + sc->nsyms;
    for (int i = 0; i < sc->nsyms; i++) {
        sym *y = &sc->syms[i];
        if (y->scope == PY_SC_CELL) u->cellvars[u->ncellvars++] = y->name;
        if (y->scope == PY_SC_FREE || (y->flags & PY_DEF_FREE_CLASS)) u->freevars[u->nfreevars++] = y->name;
    }
    c->u = u;
}

/* An instruction's effect on the stack depth (jump: when it jumps):
 * fixed for most, from the table; from the argument for the rest. */
static int stack_effect(int op, int arg, int jump) {
    static const signed char fixed[OP__COUNT] = {
        [OP_POP_TOP] = -1, [OP_DUP_TOP] = 1, [OP_DUP_TOP_TWO] = 2,
        [OP_LOAD_CONST] = 1, [OP_LOAD_FAST] = 1, [OP_LOAD_DEREF] = 1, [OP_LOAD_CLOSURE] = 1, [OP_LOAD_CLASSDEREF] = 1,
        [OP_LOAD_GLOBAL] = 1, [OP_LOAD_NAME] = 1, [OP_LOAD_ASSERTION_ERROR] = 1,
        [OP_STORE_FAST] = -1, [OP_STORE_DEREF] = -1, [OP_STORE_GLOBAL] = -1, [OP_STORE_NAME] = -1,
        [OP_STORE_ATTR] = -2, [OP_DELETE_ATTR] = -1, [OP_BINARY_SUBSCR] = -1, [OP_STORE_SUBSCR] = -3,
        [OP_DELETE_SUBSCR] = -2, [OP_BINARY_OP] = -1, [OP_COMPARE_OP] = -1, [OP_IS_OP] = -1, [OP_CONTAINS_OP] = -1,
        [OP_POP_JUMP_IF_FALSE] = -1, [OP_POP_JUMP_IF_TRUE] = -1,
        [OP_LIST_APPEND] = -1, [OP_SET_ADD] = -1, [OP_LIST_EXTEND] = -1, [OP_SET_UPDATE] = -1, [OP_DICT_UPDATE] = -1,
        [OP_DICT_MERGE] = -1, [OP_MAP_ADD] = -2, [OP_RETURN_VALUE] = -1, [OP_YIELD_FROM] = -1, [OP_RERAISE] = -1,
        [OP_BEFORE_WITH] = 1, [OP_BEFORE_ASYNC_WITH] = 1, [OP_WITH_EXCEPT] = 1, [OP_IMPORT_NAME] = -1,
        [OP_IMPORT_FROM] = 1, [OP_IMPORT_STAR] = -1, [OP_UNSUPPORTED] = 1,
    };
    switch (op) {
    case OP_BUILD_SLICE: case OP_BUILD_TUPLE: case OP_BUILD_LIST: case OP_BUILD_SET: case OP_BUILD_STRING: return 1 - arg;
    case OP_JUMP_IF_FALSE_OR_POP: case OP_JUMP_IF_TRUE_OR_POP: return jump ? 0 : -1;
    case OP_FOR_ITER: case OP_FOR_AITER: return jump ? -1 : 1;
    case OP_BUILD_MAP: return 1 - 2 * arg;
    case OP_UNPACK_SEQUENCE: return arg - 1;
    case OP_UNPACK_EX: return (arg & 0xff) + (arg >> 8);
    case OP_CALL: return -arg;
    case OP_CALL_FUNCTION_EX: return -1 - arg;
    case OP_MAKE_FUNCTION: return 0 - ((arg & MF_DEFAULTS) != 0) - ((arg & MF_KWDEFAULTS) != 0) - ((arg & MF_CLOSURE) != 0);
    case OP_SETUP_FINALLY: return jump ? 1 : 0;
    case OP_SETUP_WITH: return 0; /* the handler's level leaves __enter__'s value out */
    case OP_RAISE_VARARGS: return -arg;
    case OP_WITH_EXIT_NORMAL: return arg ? 0 : -1;
    case OP_FORMAT_VALUE: return (arg & FV_SPEC) ? -1 : 0;
    case OP_BUILD_CLASS: return -3 - arg + 1;
    default: return fixed[op];
    }
}

static int max_stack(unit *u) {
    int n = u->n;
    int *depth = malloc(sizeof(int) * (size_t)(n + 1));
    int capw = 2 * (n + 1);
    int *work = malloc(sizeof(int) * (size_t)capw);
    for (int i = 0; i <= n; i++) depth[i] = -1;
    int nw = 0, maxd = 0;
    depth[0] = 0;
    work[nw++] = 0;
    while (nw) {
        int i = work[--nw];
        int d = depth[i];
        while (i < n) {
            int op = PY_OP(u->code[i]), arg = PY_ARG(u->code[i]);
            if (is_jump(op)) {
                int t = arg;
                int dj = d + stack_effect(op, arg, 1);
                if (dj > maxd) maxd = dj;
                if (t <= n && depth[t] < dj && dj < 65536) { /* the bound keeps a bad stack effect from looping */
                    depth[t] = dj;
                    if (nw == capw) { capw *= 2; work = realloc(work, sizeof(int) * (size_t)capw); }
                    work[nw++] = t;
                }
            }
            d += stack_effect(op, arg, 0);
            if (d > maxd) maxd = d;
            if (op == OP_JUMP || op == OP_RETURN_VALUE || op == OP_RERAISE || op == OP_RAISE_VARARGS) break;
            i++;
            if (i <= n && (depth[i] >= d || d >= 65536)) break;
            if (i <= n) depth[i] = d;
        }
    }
    free(depth);
    free(work);
    return maxd + 4;
}

static py_obj *strs_tuple(const char **v, int n) {
    py_obj *t = py_tuple_new((size_t)n);
    for (int i = 0; i < n; i++) PY_TITEM(t, i) = py_str_intern_text(v[i], strlen(v[i]));
    return t;
}

static py_obj *compile_unit_end(compiler *c, int flags, int argcount, int posonly, int kwonly) {
    unit *u = c->u;
    /* resolve labels */
    for (int i = 0; i < u->n; i++) {
        int op = PY_OP(u->code[i]);
        if (is_jump(op)) u->code[i] = (uint32_t)op | ((uint32_t)u->labels[PY_ARG(u->code[i])] << 8);
    }
    py_code *co = (py_code *)py_alloc(&py_code_type);
    co->code = u->code;
    co->locs = u->locs;
    co->ncode = u->n;
    co->consts = py_sequence_tuple(u->consts);
    /* the functions' annotations and the module's or class's dict stored (ANN_NAME):
     * "__annotations__" where the unit names it otherwise, or last, and then not in co_names */
    co->ann_hidden = -1;
    for (int i = 0, ann = -1; i < u->n; i++) {
        int op = PY_OP(u->code[i]);
        if ((op != OP_STORE_ATTR && op != OP_STORE_NAME && op != OP_STORE_GLOBAL) || PY_ARG(u->code[i]) != ANN_NAME) continue;
        if (ann < 0) {
            size_t before = PY_LLEN(u->names);
            ann = add_name(c, "__annotations__");
            if ((size_t)ann == before) co->ann_hidden = ann;
        }
        u->code[i] = (uint32_t)op | ((uint32_t)ann << 8);
    }
    co->names = py_sequence_tuple(u->names);
    co->varnames = strs_tuple(u->varnames, u->nvarnames);
    co->cellvars = strs_tuple(u->cellvars, u->ncellvars);
    co->freevars = strs_tuple(u->freevars, u->nfreevars);
    co->nlocals = u->nvarnames;
    co->argcount = argcount;
    co->posonlyargcount = posonly;
    co->kwonlyargcount = kwonly;
    for (const scope *p = u->sc->parent; p; p = p->parent)
        if (p->kind >= PY_SCOPE_FUNCTION) { flags |= PY_CO_NESTED; break; }
    co->flags = flags;
    co->firstlineno = u->firstlineno;
    co->lastlineno = u->lastlineno;
    co->stacksize = max_stack(u);
    const char *qn = py_s(u->qualname);
    const char *dot = strrchr(qn, '.');
    co->name = py_str_c(u->sc->kind == PY_SCOPE_MODULE ? "<module>" : dot ? dot + 1 : qn);
    co->qualname = u->sc->kind == PY_SCOPE_MODULE ? py_str_c("<module>") : py_incref(u->qualname);
    co->source = (py_source *)py_incref(c->src);
    co->cell2arg = NULL;
    if (u->ncellvars) {
        co->cell2arg = malloc(sizeof(int) * (size_t)u->ncellvars);
        int nargs = argcount + kwonly + ((flags & PY_CO_VARARGS) != 0) + ((flags & PY_CO_VARKW) != 0);
        for (int i = 0; i < u->ncellvars; i++) {
            co->cell2arg[i] = -1;
            for (int j = 0; j < nargs && j < u->nvarnames; j++)
                if (!strcmp(u->varnames[j], u->cellvars[i])) co->cell2arg[i] = j;
        }
    }
    py_decref(u->consts);
    py_decref(u->names);
    py_decref(u->qualname);
    free(u->labels);
    free(u->varnames);
    free(u->cellvars);
    c->u = u->prev;
    free(u);
    return (py_obj *)co;
}

py_obj *py_compile(pyast_module *m, const py_symtable *st, py_source *src) { return py_compile_mode(m, st, src, 0); }

/* mode 0: a program or module; 1: exec()'s source; 2: eval()'s, a single
 * expression statement (the caller checked) whose value the code returns;
 * 3: exec()'s source as compile()'s mode 'single' compiles it (doctest's
 * examples): the module's expression statements display their values */
static py_obj *compile_mode(compiler *c, pyast_module *m, int mode);
py_obj *py_compile_mode(pyast_module *m, const py_symtable *st, py_source *src, int mode) {
    compiler c = {0};
    c.src = src;
    c.st = st;
    py_obj *code = compile_mode(&c, m, mode);
    py_xdecref(c.const_cache);
    return code;
}
static py_obj *compile_mode(compiler *c, pyast_module *m, int mode) {
    const py_symtable *st = c->st;
    c->name_ops = mode != 0;
    c->interactive = mode == 3;
    unit_begin(c, st->top, "<module>", 1);
    if (mode == 2) {
        c_expr(c, m->body.items[0]->v.Expr.value);
        emit(c, OP_RETURN_VALUE, 0);
        py_obj *code = compile_unit_end(c, PY_CO_MODULE, 0, 0, 0);
        if (c->failed) { py_decref(code); return NULL; }
        return code;
    }
    /* a module's docstring becomes __doc__ */
    int start = 0;
    int doc = mode != 3 && m->body.n && m->body.items[0]->kind == PYAST_Expr && m->body.items[0]->v.Expr.value->kind == PYAST_Constant &&
              m->body.items[0]->v.Expr.value->v.Constant.kind == PYAST_CONST_STR;
    /* the future imports after it (py_check made sure they are all known) */
    for (int i = doc; i < m->body.n && m->body.items[i]->kind == PYAST_ImportFrom; i++) {
        pyast_stmt *s = m->body.items[i];
        if (!s->v.ImportFrom.module || strcmp(s->v.ImportFrom.module, "__future__")) break;
        for (int k = 0; k < s->v.ImportFrom.names.n; k++)
            if (!strcmp(s->v.ImportFrom.names.items[k]->name, "annotations")) c->future_annotations = 1;
    }
    if (doc) {
        set_loc(c, &m->body.items[0]->pos);
        emit(c, OP_LOAD_CONST, add_const(c, const_value(c, &m->body.items[0]->v.Expr.value->v.Constant)));
        emit(c, OP_STORE_GLOBAL, add_name(c, "__doc__"));
        start = 1;
    }
    setup_annotations(c);
    for (int i = start; i < m->body.n; i++) c_stmt(c, m->body.items[i]);
    emit(c, OP_LOAD_CONST, add_const(c, py_none()));
    emit(c, OP_RETURN_VALUE, 0);
    py_obj *code = compile_unit_end(c, PY_CO_MODULE, 0, 0, 0);
    if (c->failed) { py_decref(code); return NULL; }
    return code;
}
