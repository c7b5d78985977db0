/*
 * compile.c -- from the syntax tree (ast.h) to code objects: a symbol
 * table pass that decides, for every name of every scope, whether it is a
 * fast local, a cell, a free variable of a closure, a global or a class
 * namespace name (CPython's symtable.c rules), then a code generator that
 * writes the bytecode of opcode.h with one source location per
 * instruction (CPython 3.11's: the node that produced it), so tracebacks
 * draw their markers where CPython draws them.
 *
 * Comprehensions and generator expressions are functions of their own,
 * as in CPython 3.11 (their frames show as <listcomp>, <genexpr>).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "opcode.h"
#include "py.h"

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
py_type py_code_type = { {PY_IMMORTAL, &py_type_type}, "code", .size = sizeof(py_code), .dealloc = code_dealloc,
    .repr = code_repr };

/* ---- the symbol table -------------------------------------------------------------- */

enum { DEF_LOCAL = 1, DEF_PARAM = 2, DEF_GLOBAL = 4, DEF_NONLOCAL = 8, USE = 16, DEF_FREE_CLASS = 32 };
enum { SC_NONE, SC_LOCAL, SC_GLOBAL_EXPLICIT, SC_GLOBAL_IMPLICIT, SC_FREE, SC_CELL };
enum { K_MODULE, K_CLASS, K_FUNCTION };

typedef struct sym { const char *name; int flags, scope; } sym;

typedef struct scope {
    int kind;
    struct scope *parent;
    const char *name;
    sym *syms;
    int nsyms, capsyms;
    struct scope **children;
    int nchildren, capchildren;
    const void *node;       /* the stmt or expr that opened it */
    int generator, coroutine, needs_class_cell, uses_super;
    int nparams;            /* parameters, in varnames order first */
    const char **params;
    int next_child;         /* compile-time cursor into children */
    int comp_inlined;
} scope;

static sym *sym_find(scope *s, const char *name) {
    for (int i = 0; i < s->nsyms; i++) if (!strcmp(s->syms[i].name, name)) return &s->syms[i];
    return NULL;
}
static sym *sym_add(scope *s, const char *name, int flags) {
    sym *y = sym_find(s, name);
    if (y) { y->flags |= flags; return y; }
    if (s->nsyms == s->capsyms) {
        s->capsyms = s->capsyms ? s->capsyms * 2 : 16;
        s->syms = realloc(s->syms, sizeof(sym) * (size_t)s->capsyms);
    }
    y = &s->syms[s->nsyms++];
    y->name = name;
    y->flags = flags;
    y->scope = SC_NONE;
    return y;
}
static scope *scope_new(int kind, scope *parent, const char *name, const void *node) {
    scope *s = calloc(1, sizeof(scope));
    s->kind = kind;
    s->parent = parent;
    s->name = name;
    s->node = node;
    if (parent) {
        if (parent->nchildren == parent->capchildren) {
            parent->capchildren = parent->capchildren ? parent->capchildren * 2 : 4;
            parent->children = realloc(parent->children, sizeof(scope *) * (size_t)parent->capchildren);
        }
        parent->children[parent->nchildren++] = s;
    }
    return s;
}
static void scope_free(scope *s) {
    for (int i = 0; i < s->nchildren; i++) scope_free(s->children[i]);
    free(s->children);
    free(s->syms);
    free(s->params);
    free(s);
}
static void add_param(scope *s, const char *name) {
    sym_add(s, name, DEF_PARAM);
    s->params = realloc(s->params, sizeof(char *) * (size_t)(s->nparams + 1));
    s->params[s->nparams++] = name;
}

typedef struct symtable {
    scope *top, *cur;
    int deep; /* the C stack ran low (cstack.h): the walk stopped */
} symtable;
/* The walks below stop where the C stack runs low (cstack.h). */
#define ST_DEEP(st) ((st)->deep || ((st)->deep = py__stack_low()))

static void st_expr(symtable *st, pyast_expr *e);
static void st_stmts(symtable *st, pyast_stmts *b);

static void st_exprs(symtable *st, pyast_exprs *l) {
    for (int i = 0; i < l->n; i++) if (l->items[i]) st_expr(st, l->items[i]);
}

static void st_args_defaults(symtable *st, pyast_arguments *a) {
    st_exprs(st, &a->defaults);
    for (int i = 0; i < a->kw_defaults.n; i++) if (a->kw_defaults.items[i]) st_expr(st, a->kw_defaults.items[i]);
}
/* A def's annotations are evaluated in the enclosing scope, when the def runs. */
static void st_annotations(symtable *st, pyast_arguments *a, pyast_expr *returns) {
    pyast_args *lists[3] = { &a->posonlyargs, &a->args, &a->kwonlyargs };
    for (int k = 0; k < 3; k++)
        for (int i = 0; i < lists[k]->n; i++) if (lists[k]->items[i]->annotation) st_expr(st, lists[k]->items[i]->annotation);
    if (a->vararg && a->vararg->annotation) st_expr(st, a->vararg->annotation);
    if (a->kwarg && a->kwarg->annotation) st_expr(st, a->kwarg->annotation);
    if (returns) st_expr(st, returns);
}
static void st_params(scope *s, pyast_arguments *a) {
    for (int i = 0; i < a->posonlyargs.n; i++) add_param(s, a->posonlyargs.items[i]->arg);
    for (int i = 0; i < a->args.n; i++) add_param(s, a->args.items[i]->arg);
    for (int i = 0; i < a->kwonlyargs.n; i++) add_param(s, a->kwonlyargs.items[i]->arg);
    if (a->vararg) add_param(s, a->vararg->arg);
    if (a->kwarg) add_param(s, a->kwarg->arg);
}

static void st_comprehension(symtable *st, pyast_expr *e, const char *name, pyast_comprehensions *gens,
                             pyast_expr *elt, pyast_expr *value, int is_gen) {
    /* The comprehension's scope comes first among the enclosing scope's
     * children, then the scopes of its first iterable (a lambda there), in
     * the order c_comprehension takes them (next_child). */
    scope *s = scope_new(K_FUNCTION, st->cur, name, e);
    st_expr(st, gens->items[0]->iter);
    s->generator = is_gen;
    add_param(s, ".0");
    scope *saved = st->cur;
    st->cur = s;
    for (int i = 0; i < gens->n; i++) {
        pyast_comprehension *c = gens->items[i];
        if (i) st_expr(st, c->iter);
        if (c->is_async) s->coroutine = 1;
        st_expr(st, c->target);
        st_exprs(st, &c->ifs);
    }
    if (value) st_expr(st, value);
    st_expr(st, elt);
    st->cur = saved;
}

static void st_expr(symtable *st, pyast_expr *e) {
    if (ST_DEEP(st)) return;
    switch (e->kind) {
    case PYAST_BoolOp: st_exprs(st, &e->v.BoolOp.values); break;
    case PYAST_NamedExpr: {
        /* the target binds in the enclosing function of comprehensions */
        scope *s = st->cur;
        while (s->kind == K_FUNCTION && s->nparams && !strcmp(s->params[0], ".0") && s->parent) s = s->parent;
        st_expr(st, e->v.NamedExpr.value);
        sym_add(s, e->v.NamedExpr.target->v.Name.id, DEF_LOCAL);
        if (s != st->cur) sym_add(st->cur, e->v.NamedExpr.target->v.Name.id, USE);
        break;
    }
    case PYAST_BinOp: st_expr(st, e->v.BinOp.left); st_expr(st, e->v.BinOp.right); break;
    case PYAST_UnaryOp: st_expr(st, e->v.UnaryOp.operand); break;
    case PYAST_Lambda: {
        st_args_defaults(st, e->v.Lambda.args);
        scope *s = scope_new(K_FUNCTION, st->cur, "<lambda>", e);
        st_params(s, e->v.Lambda.args);
        scope *saved = st->cur;
        st->cur = s;
        st_expr(st, e->v.Lambda.body);
        st->cur = saved;
        break;
    }
    case PYAST_IfExp: st_expr(st, e->v.IfExp.test); st_expr(st, e->v.IfExp.body); st_expr(st, e->v.IfExp.orelse); break;
    case PYAST_Dict: st_exprs(st, &e->v.Dict.keys); st_exprs(st, &e->v.Dict.values); break;
    case PYAST_Set: st_exprs(st, &e->v.Set.elts); break;
    case PYAST_ListComp: st_comprehension(st, e, "<listcomp>", &e->v.ListComp.generators, e->v.ListComp.elt, NULL, 0); break;
    case PYAST_SetComp: st_comprehension(st, e, "<setcomp>", &e->v.SetComp.generators, e->v.SetComp.elt, NULL, 0); break;
    case PYAST_GeneratorExp: st_comprehension(st, e, "<genexpr>", &e->v.GeneratorExp.generators, e->v.GeneratorExp.elt, NULL, 1); break;
    case PYAST_DictComp: st_comprehension(st, e, "<dictcomp>", &e->v.DictComp.generators, e->v.DictComp.key, e->v.DictComp.value, 0); break;
    case PYAST_Await: st_expr(st, e->v.Await.value); break;
    case PYAST_Yield: st->cur->generator = 1; if (e->v.Yield.value) st_expr(st, e->v.Yield.value); break;
    case PYAST_YieldFrom: st->cur->generator = 1; st_expr(st, e->v.YieldFrom.value); break;
    case PYAST_Compare: st_expr(st, e->v.Compare.left); st_exprs(st, &e->v.Compare.comparators); break;
    case PYAST_Call:
        st_expr(st, e->v.Call.func);
        st_exprs(st, &e->v.Call.args);
        for (int i = 0; i < e->v.Call.keywords.n; i++) st_expr(st, e->v.Call.keywords.items[i]->value);
        break;
    case PYAST_FormattedValue:
        st_expr(st, e->v.FormattedValue.value);
        if (e->v.FormattedValue.format_spec) st_expr(st, e->v.FormattedValue.format_spec);
        break;
    case PYAST_JoinedStr: st_exprs(st, &e->v.JoinedStr.values); break;
    case PYAST_Constant: break;
    case PYAST_Attribute: st_expr(st, e->v.Attribute.value); break;
    case PYAST_Subscript: st_expr(st, e->v.Subscript.value); st_expr(st, e->v.Subscript.slice); break;
    case PYAST_Starred: st_expr(st, e->v.Starred.value); break;
    case PYAST_Name:
        if (e->v.Name.ctx == PYAST_Load) {
            sym_add(st->cur, e->v.Name.id, USE);
            if (!strcmp(e->v.Name.id, "super") && st->cur->kind == K_FUNCTION) st->cur->uses_super = 1;
            if (!strcmp(e->v.Name.id, "__class__") && st->cur->kind == K_FUNCTION) st->cur->uses_super = 1;
        } else sym_add(st->cur, e->v.Name.id, DEF_LOCAL);
        break;
    case PYAST_List: st_exprs(st, &e->v.List.elts); break;
    case PYAST_Tuple: st_exprs(st, &e->v.Tuple.elts); break;
    case PYAST_Slice:
        if (e->v.Slice.lower) st_expr(st, e->v.Slice.lower);
        if (e->v.Slice.upper) st_expr(st, e->v.Slice.upper);
        if (e->v.Slice.step) st_expr(st, e->v.Slice.step);
        break;
    }
}

/* The names a pattern binds, and the expressions it evaluates. */
static void st_pattern(symtable *st, pyast_pattern *p) {
    if (ST_DEEP(st)) return;
    switch (p->kind) {
    case PYAST_MatchValue: st_expr(st, p->v.MatchValue.value); break;
    case PYAST_MatchSingleton: break;
    case PYAST_MatchSequence: case PYAST_MatchOr:
        for (int i = 0; i < p->v.MatchSequence.patterns.n; i++) st_pattern(st, p->v.MatchSequence.patterns.items[i]);
        break;
    case PYAST_MatchMapping:
        st_exprs(st, &p->v.MatchMapping.keys);
        for (int i = 0; i < p->v.MatchMapping.patterns.n; i++) st_pattern(st, p->v.MatchMapping.patterns.items[i]);
        if (p->v.MatchMapping.rest) sym_add(st->cur, p->v.MatchMapping.rest, DEF_LOCAL);
        break;
    case PYAST_MatchClass:
        st_expr(st, p->v.MatchClass.cls);
        for (int i = 0; i < p->v.MatchClass.patterns.n; i++) st_pattern(st, p->v.MatchClass.patterns.items[i]);
        for (int i = 0; i < p->v.MatchClass.kwd_patterns.n; i++) st_pattern(st, p->v.MatchClass.kwd_patterns.items[i]);
        break;
    case PYAST_MatchStar: if (p->v.MatchStar.name) sym_add(st->cur, p->v.MatchStar.name, DEF_LOCAL); break;
    case PYAST_MatchAs:
        if (p->v.MatchAs.pattern) st_pattern(st, p->v.MatchAs.pattern);
        if (p->v.MatchAs.name) sym_add(st->cur, p->v.MatchAs.name, DEF_LOCAL);
        break;
    }
}
static void st_stmt(symtable *st, pyast_stmt *s) {
    if (ST_DEEP(st)) return;
    switch (s->kind) {
    case PYAST_FunctionDef: case PYAST_AsyncFunctionDef: {
        st_exprs(st, &s->v.FunctionDef.decorator_list);
        st_args_defaults(st, s->v.FunctionDef.args);
        st_annotations(st, s->v.FunctionDef.args, s->v.FunctionDef.returns);
        sym_add(st->cur, s->v.FunctionDef.name, DEF_LOCAL);
        scope *f = scope_new(K_FUNCTION, st->cur, s->v.FunctionDef.name, s);
        f->coroutine = s->kind == PYAST_AsyncFunctionDef;
        st_params(f, s->v.FunctionDef.args);
        scope *saved = st->cur;
        st->cur = f;
        st_stmts(st, &s->v.FunctionDef.body);
        st->cur = saved;
        break;
    }
    case PYAST_ClassDef: {
        st_exprs(st, &s->v.ClassDef.decorator_list);
        st_exprs(st, &s->v.ClassDef.bases);
        for (int i = 0; i < s->v.ClassDef.keywords.n; i++) st_expr(st, s->v.ClassDef.keywords.items[i]->value);
        sym_add(st->cur, s->v.ClassDef.name, DEF_LOCAL);
        scope *c = scope_new(K_CLASS, st->cur, s->v.ClassDef.name, s);
        scope *saved = st->cur;
        st->cur = c;
        st_stmts(st, &s->v.ClassDef.body);
        st->cur = saved;
        break;
    }
    case PYAST_Return: if (s->v.Return.value) st_expr(st, s->v.Return.value); break;
    case PYAST_Delete: st_exprs(st, &s->v.Delete.targets); break;
    case PYAST_Assign: st_expr(st, s->v.Assign.value); st_exprs(st, &s->v.Assign.targets); break;
    case PYAST_AugAssign:
        st_expr(st, s->v.AugAssign.value);
        st_expr(st, s->v.AugAssign.target);
        if (s->v.AugAssign.target->kind == PYAST_Name) sym_add(st->cur, s->v.AugAssign.target->v.Name.id, USE);
        break;
    case PYAST_AnnAssign:
        if (s->v.AnnAssign.value) st_expr(st, s->v.AnnAssign.value);
        if (s->v.AnnAssign.target->kind == PYAST_Name) {
            if (s->v.AnnAssign.value) st_expr(st, s->v.AnnAssign.target);
        } else st_expr(st, s->v.AnnAssign.target);
        break;
    case PYAST_For: case PYAST_AsyncFor:
        st_expr(st, s->v.For.iter);
        st_expr(st, s->v.For.target);
        st_stmts(st, &s->v.For.body);
        st_stmts(st, &s->v.For.orelse);
        break;
    case PYAST_While: case PYAST_If:
        st_expr(st, s->v.While.test);
        st_stmts(st, &s->v.While.body);
        st_stmts(st, &s->v.While.orelse);
        break;
    case PYAST_With: case PYAST_AsyncWith:
        for (int i = 0; i < s->v.With.items.n; i++) {
            st_expr(st, s->v.With.items.items[i]->context_expr);
            if (s->v.With.items.items[i]->optional_vars) st_expr(st, s->v.With.items.items[i]->optional_vars);
        }
        st_stmts(st, &s->v.With.body);
        break;
    case PYAST_Raise:
        if (s->v.Raise.exc) st_expr(st, s->v.Raise.exc);
        if (s->v.Raise.cause) st_expr(st, s->v.Raise.cause);
        break;
    case PYAST_Try: case PYAST_TryStar:
        st_stmts(st, &s->v.Try.body);
        for (int i = 0; i < s->v.Try.handlers.n; i++) {
            pyast_excepthandler *h = s->v.Try.handlers.items[i];
            if (h->type) st_expr(st, h->type);
            if (h->name) sym_add(st->cur, h->name, DEF_LOCAL);
            st_stmts(st, &h->body);
        }
        st_stmts(st, &s->v.Try.orelse);
        st_stmts(st, &s->v.Try.finalbody);
        break;
    case PYAST_Assert:
        st_expr(st, s->v.Assert.test);
        if (s->v.Assert.msg) st_expr(st, s->v.Assert.msg);
        break;
    case PYAST_Import:
        for (int i = 0; i < s->v.Import.names.n; i++) {
            pyast_alias *a = s->v.Import.names.items[i];
            if (a->asname) sym_add(st->cur, a->asname, DEF_LOCAL);
            else {
                /* import a.b binds a */
                const char *dot = strchr(a->name, '.');
                if (dot) {
                    char *top = malloc((size_t)(dot - a->name) + 1);
                    memcpy(top, a->name, (size_t)(dot - a->name));
                    top[dot - a->name] = 0;
                    /* leak-free: keep in the arena-like list below */
                    sym_add(st->cur, a->name, 0);
                    free(top);
                }
                sym_add(st->cur, a->name, DEF_LOCAL);
            }
        }
        break;
    case PYAST_ImportFrom:
        for (int i = 0; i < s->v.ImportFrom.names.n; i++) {
            pyast_alias *a = s->v.ImportFrom.names.items[i];
            if (!strcmp(a->name, "*")) continue;
            sym_add(st->cur, a->asname ? a->asname : a->name, DEF_LOCAL);
        }
        break;
    case PYAST_Global:
        for (int i = 0; i < s->v.Global.names.n; i++) sym_add(st->cur, s->v.Global.names.items[i], DEF_GLOBAL);
        break;
    case PYAST_Nonlocal:
        for (int i = 0; i < s->v.Nonlocal.names.n; i++) sym_add(st->cur, s->v.Nonlocal.names.items[i], DEF_NONLOCAL);
        break;
    case PYAST_Expr: st_expr(st, s->v.Expr.value); break;
    case PYAST_Match:
        st_expr(st, s->v.Match.subject);
        for (int i = 0; i < s->v.Match.cases.n; i++) {
            pyast_match_case *mc = s->v.Match.cases.items[i];
            st_pattern(st, mc->pattern);
            if (mc->guard) st_expr(st, mc->guard);
            st_stmts(st, &mc->body);
        }
        break;
    default: break;
    }
}
static void st_stmts(symtable *st, pyast_stmts *b) {
    for (int i = 0; i < b->n; i++) st_stmt(st, b->items[i]);
}

/* Names bound in enclosing function scopes, as a simple list. */
typedef struct namelist { const char **v; int n, cap; } namelist;
static void nl_add(namelist *l, const char *n) {
    for (int i = 0; i < l->n; i++) if (!strcmp(l->v[i], n)) return;
    if (l->n == l->cap) { l->cap = l->cap ? l->cap * 2 : 16; l->v = realloc(l->v, sizeof(char *) * (size_t)l->cap); }
    l->v[l->n++] = n;
}
static int nl_has(namelist *l, const char *n) {
    for (int i = 0; i < l->n; i++) if (!strcmp(l->v[i], n)) return 1;
    return 0;
}

static int analyze_deep; /* analyze stopped where the C stack ran low (cstack.h) */
/* Resolves scopes; returns the free names of s in *free (names it needs
 * from outside). */
static void analyze(scope *s, namelist *bound, namelist *free_out) {
    if (py__stack_low()) { analyze_deep = 1; return; }
    for (int i = 0; i < s->nsyms; i++) {
        sym *y = &s->syms[i];
        if (y->flags & DEF_GLOBAL) y->scope = SC_GLOBAL_EXPLICIT;
        else if (y->flags & DEF_NONLOCAL) y->scope = SC_FREE;
        else if (s->kind != K_MODULE && (y->flags & (DEF_LOCAL | DEF_PARAM))) y->scope = SC_LOCAL;
        else if (s->kind == K_MODULE) y->scope = SC_GLOBAL_IMPLICIT;
        else if (bound && nl_has(bound, y->name)) y->scope = SC_FREE;
        else y->scope = SC_GLOBAL_IMPLICIT;
    }
    if (s->kind == K_FUNCTION && s->uses_super && s->parent && s->parent->kind == K_CLASS) {
        sym *y = sym_add(s, "__class__", USE);
        y->scope = SC_FREE;
        s->parent->needs_class_cell = 1;
    }
    namelist newbound = {0};
    if (s->kind == K_FUNCTION) {
        if (bound) for (int i = 0; i < bound->n; i++) nl_add(&newbound, bound->v[i]);
        for (int i = 0; i < s->nsyms; i++)
            if (s->syms[i].scope == SC_LOCAL) nl_add(&newbound, s->syms[i].name);
    } else if (s->kind == K_CLASS) {
        if (bound) for (int i = 0; i < bound->n; i++) nl_add(&newbound, bound->v[i]);
        nl_add(&newbound, "__class__");
    }
    namelist childfree = {0};
    for (int i = 0; i < s->nchildren; i++) analyze(s->children[i], s->kind == K_MODULE ? NULL : &newbound, &childfree);
    for (int i = 0; i < childfree.n; i++) {
        const char *n = childfree.v[i];
        sym *y = sym_find(s, n);
        if (s->kind == K_CLASS && !strcmp(n, "__class__")) {
            if (!y) { y = sym_add(s, n, 0); }
            y->scope = SC_CELL;
            continue;
        }
        if (y && s->kind == K_FUNCTION && y->scope == SC_LOCAL) { y->scope = SC_CELL; continue; }
        if (y && (y->scope == SC_CELL)) continue;
        if (s->kind == K_MODULE) continue;
        if (y && y->scope == SC_GLOBAL_EXPLICIT) continue;
        if (y && s->kind == K_CLASS && y->scope == SC_LOCAL) {
            /* a method's free name that the class also binds: passes through */
            y->flags |= DEF_FREE_CLASS;
            nl_add(free_out, n);
            continue;
        }
        if (!y) { y = sym_add(s, n, 0); }
        if (y->scope != SC_FREE) y->scope = SC_FREE;
        nl_add(free_out, n);
    }
    for (int i = 0; i < s->nsyms; i++)
        if (s->syms[i].scope == SC_FREE) nl_add(free_out, s->syms[i].name);
    free(newbound.v);
    free(childfree.v);
}

/* ---- the code generator ---------------------------------------------------------------- */

enum { FB_WHILE, FB_FOR, FB_ASYNC_FOR, FB_TRY_FINALLY, FB_FINALLY_END, FB_HANDLER, FB_HANDLER_NAMED, FB_WITH, FB_ASYNC_WITH, FB_TRY_EXCEPT };

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
    int firstlineno;
    py_obj *qualname;
    struct unit *prev;
    int in_class_body;
} unit;

typedef struct compiler {
    py_source *src;
    unit *u;
    scope *top;
    int failed;
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
           op == OP_JUMP_IF_TRUE_OR_POP || op == OP_FOR_ITER || op == OP_FOR_AITER || op == OP_SETUP_FINALLY;
}

static void set_loc(compiler *c, pyast_pos p) {
    U->loc.lineno = p.lineno;
    U->loc.end_lineno = p.end_lineno;
    U->loc.col = p.col_offset;
    U->loc.end_col = p.end_col_offset;
}

static int add_const(compiler *c, py_obj *v) {
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
static int add_name(compiler *c, const char *name) {
    py_list *l = (py_list *)U->names;
    for (size_t i = 0; i < l->n; i++) if (py_str_eqc(l->items[i], name)) return (int)i;
    py_obj *s = py_str_intern_text(name, strlen(name));
    py_list_append(U->names, s);
    py_decref(s);
    return (int)l->n - 1;
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

static void unsupported(compiler *c, pyast_pos p, const char *what) {
    set_loc(c, p);
    py_obj *s = py_str_fmt("%s is not supported by casyncio's Python", what);
    emit(c, OP_UNSUPPORTED, add_const(c, s));
}

static void c_expr(compiler *c, pyast_expr *e);
static void c_stmts(compiler *c, pyast_stmts *b);

static void c_stmt(compiler *c, pyast_stmt *s);
static void setup_annotations(compiler *c, pyast_stmts *body);
static void c_store(compiler *c, pyast_expr *t);

/* ---- names ----------------------------------------------------------------------------- */

static int name_scope(compiler *c, const char *name) {
    sym *y = sym_find(U->sc, name);
    if (!y) return U->sc->kind == K_MODULE ? SC_GLOBAL_IMPLICIT : SC_GLOBAL_IMPLICIT;
    return y->scope;
}

static void c_name(compiler *c, const char *name, int ctx) {
    int sc = name_scope(c, name);
    int kind = U->sc->kind;
    if (!strcmp(name, "__debug__") && ctx == PYAST_Load) {
        emit(c, OP_LOAD_CONST, add_const(c, py_bool(1)));
        return;
    }
    if (sc == SC_FREE || sc == SC_CELL) {
        int i = cell_index(U, name);
        if (i >= 0) {
            if (kind == K_CLASS && ctx == PYAST_Load && sc == SC_FREE) { emit(c, OP_LOAD_CLASSDEREF, i); return; }
            if (!(kind == K_CLASS && sc == SC_CELL && strcmp(name, "__class__"))) {
                emit(c, ctx == PYAST_Load ? OP_LOAD_DEREF : ctx == PYAST_Store ? OP_STORE_DEREF : OP_DELETE_DEREF, i);
                return;
            }
        }
    }
    if (kind == K_FUNCTION && sc == SC_LOCAL) {
        int i = varname_index(U, name);
        emit(c, ctx == PYAST_Load ? OP_LOAD_FAST : ctx == PYAST_Store ? OP_STORE_FAST : OP_DELETE_FAST, i);
        return;
    }
    int n = add_name(c, name);
    if (kind == K_CLASS && sc != SC_GLOBAL_EXPLICIT) {
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
    case PYAST_CONST_INT: return py_int_from_str(k->s, k->n, 10);
    case PYAST_CONST_FLOAT: return py_float(k->f);
    case PYAST_CONST_STR: return py_str_new(k->s, k->n);
    case PYAST_CONST_BYTES: return py_bytes_new(k->s, k->n);
    default: return NULL;
    }
}

/* ---- functions ------------------------------------------------------------------------------ */

static py_obj *compile_unit_end(compiler *c, int flags, int argcount, int posonly, int kwonly);
static void unit_begin(compiler *c, scope *sc, const char *qualname, int firstlineno);

static scope *next_child(compiler *c) {
    scope *s = U->sc;
    if (s->next_child >= s->nchildren) return NULL;
    return s->children[s->next_child++];
}

static py_obj *make_qualname(compiler *c, const char *name) {
    unit *u = U;
    if (!u || u->sc->kind == K_MODULE) return py_str_c(name);
    if (u->sc->kind == K_FUNCTION) return py_str_fmt("%U.<locals>.%s", u->qualname, name);
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
    emit(c, OP_LOAD_CONST, add_const(c, code));
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
            emit(c, OP_LOAD_CONST, add_const(c, py_str_c(a->kwonlyargs.items[i]->arg)));
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
    for (int i = 0; i < a->posonlyargs.n; i++) varname_index(U, a->posonlyargs.items[i]->arg);
    for (int i = 0; i < a->args.n; i++) varname_index(U, a->args.items[i]->arg);
    for (int i = 0; i < a->kwonlyargs.n; i++) varname_index(U, a->kwonlyargs.items[i]->arg);
    if (a->vararg) varname_index(U, a->vararg->arg);
    if (a->kwarg) varname_index(U, a->kwarg->arg);
}

/* The function on top of the stack gets its __annotations__, evaluated now
 * in CPython's order (args, then positional-only ones, *args, keyword-only,
 * **kwargs, return). */
static void c_annotation(compiler *c, const char *name, pyast_expr *e, int *n) {
    if (!e) return;
    emit(c, OP_LOAD_CONST, add_const(c, py_str_c(name)));
    c_expr(c, e);
    (*n)++;
}
static void c_annotations(compiler *c, pyast_arguments *a, pyast_expr *returns, pyast_pos p) {
    int n = 0;
    set_loc(c, p);
    emit(c, OP_DUP_TOP, 0);
    for (int i = 0; i < a->args.n; i++) c_annotation(c, a->args.items[i]->arg, a->args.items[i]->annotation, &n);
    for (int i = 0; i < a->posonlyargs.n; i++) c_annotation(c, a->posonlyargs.items[i]->arg, a->posonlyargs.items[i]->annotation, &n);
    if (a->vararg) c_annotation(c, a->vararg->arg, a->vararg->annotation, &n);
    for (int i = 0; i < a->kwonlyargs.n; i++) c_annotation(c, a->kwonlyargs.items[i]->arg, a->kwonlyargs.items[i]->annotation, &n);
    if (a->kwarg) c_annotation(c, a->kwarg->arg, a->kwarg->annotation, &n);
    c_annotation(c, "return", returns, &n);
    if (!n) { U->n--; return; } /* no annotations: drop the DUP_TOP */
    set_loc(c, p);
    emit(c, OP_BUILD_MAP, n);
    emit(c, OP_ROT_TWO, 0);
    emit(c, OP_STORE_ATTR, add_name(c, "__annotations__"));
}
static void c_function(compiler *c, pyast_stmt *s) {
    pyast_arguments *a = s->v.FunctionDef.args;
    for (int i = 0; i < s->v.FunctionDef.decorator_list.n; i++) c_expr(c, s->v.FunctionDef.decorator_list.items[i]);
    pyast_pos p = s->pos;
    int flags = c_defaults(c, a);
    scope *child = next_child(c);
    py_obj *qn = make_qualname(c, s->v.FunctionDef.name);
    int firstline = s->pos.lineno;
    if (s->v.FunctionDef.decorator_list.n) firstline = s->v.FunctionDef.decorator_list.items[0]->pos.lineno;
    unit_begin(c, child, py_s(qn), firstline);
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
    emit(c, OP_LOAD_CONST, add_const(c, py_none()));
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
        set_loc(c, s->v.FunctionDef.decorator_list.items[s->v.FunctionDef.decorator_list.n - 1 - i]->pos);
        emit(c, OP_CALL, 1);
    }
    set_loc(c, p);
    c_name(c, s->v.FunctionDef.name, PYAST_Store);
}

static void c_lambda(compiler *c, pyast_expr *e) {
    pyast_arguments *a = e->v.Lambda.args;
    int flags = c_defaults(c, a);
    scope *child = next_child(c);
    py_obj *qn = make_qualname(c, "<lambda>");
    unit_begin(c, child, py_s(qn), e->pos.lineno);
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
    set_loc(c, e->pos);
    make_closure(c, code, flags);
}

static void c_class(compiler *c, pyast_stmt *s) {
    for (int i = 0; i < s->v.ClassDef.decorator_list.n; i++) c_expr(c, s->v.ClassDef.decorator_list.items[i]);
    set_loc(c, s->pos);
    scope *child = next_child(c);
    py_obj *qn = make_qualname(c, s->v.ClassDef.name);
    int firstline = s->pos.lineno;
    if (s->v.ClassDef.decorator_list.n) firstline = s->v.ClassDef.decorator_list.items[0]->pos.lineno;
    unit_begin(c, child, py_s(qn), firstline);
    /* __module__ = __name__; __qualname__ = '...' */
    set_loc(c, s->pos);
    emit(c, OP_LOAD_NAME, add_name(c, "__name__"));
    emit(c, OP_STORE_NAME, add_name(c, "__module__"));
    emit(c, OP_LOAD_CONST, add_const(c, py_incref(qn)));
    emit(c, OP_STORE_NAME, add_name(c, "__qualname__"));
    py_decref(qn);
    pyast_stmts *body = &s->v.ClassDef.body;
    setup_annotations(c, body);
    int start = 0;
    if (body->n && body->items[0]->kind == PYAST_Expr && body->items[0]->v.Expr.value->kind == PYAST_Constant &&
        body->items[0]->v.Expr.value->v.Constant.kind == PYAST_CONST_STR) {
        set_loc(c, body->items[0]->pos);
        emit(c, OP_LOAD_CONST, add_const(c, const_value(c, &body->items[0]->v.Expr.value->v.Constant)));
        emit(c, OP_STORE_NAME, add_name(c, "__doc__"));
        start = 1;
    }
    for (int i = start; i < body->n; i++) c_stmt(c, body->items[i]);
    /* return the __class__ cell (or None) */
    int ci = cell_index(U, "__class__");
    if (ci >= 0 && ci < U->ncellvars) emit(c, OP_LOAD_CLOSURE, ci);
    else emit(c, OP_LOAD_CONST, add_const(c, py_none()));
    emit(c, OP_RETURN_VALUE, 0);
    py_obj *code = compile_unit_end(c, PY_CO_CLASS, 0, 0, 0);
    set_loc(c, s->pos);
    make_closure(c, code, 0);
    emit(c, OP_LOAD_CONST, add_const(c, py_str_c(s->v.ClassDef.name)));
    for (int i = 0; i < s->v.ClassDef.bases.n; i++) c_expr(c, s->v.ClassDef.bases.items[i]);
    emit(c, OP_BUILD_TUPLE, s->v.ClassDef.bases.n);
    int nkw = 0;
    for (int i = 0; i < s->v.ClassDef.keywords.n; i++) {
        pyast_keyword *k = s->v.ClassDef.keywords.items[i];
        if (!k->arg) { unsupported(c, k->pos, "**kwargs in a class statement"); continue; }
        emit(c, OP_LOAD_CONST, add_const(c, py_str_c(k->arg)));
        c_expr(c, k->value);
        nkw++;
    }
    set_loc(c, s->pos);
    if (nkw) emit(c, OP_BUILD_MAP, nkw);
    emit(c, OP_BUILD_CLASS, nkw ? 1 : 0);
    for (int i = 0; i < s->v.ClassDef.decorator_list.n; i++) emit(c, OP_CALL, 1);
    c_name(c, s->v.ClassDef.name, PYAST_Store);
}

/* ---- comprehensions ------------------------------------------------------------------------- */

static void c_comp_gen(compiler *c, pyast_comprehensions *gens, int gi, pyast_expr *elt, pyast_expr *val, int kind,
                       pyast_expr *whole) {
    if (too_deep(c)) return;
    pyast_comprehension *g = gens->items[gi];
    int start = newlabel(c), end = newlabel(c), anext = newlabel(c);
    (void)anext;
    if (gi == 0) emit(c, OP_LOAD_FAST, 0);
    else {
        c_expr(c, g->iter);
        set_loc(c, whole->pos);
        emit(c, g->is_async ? OP_GET_AITER : OP_GET_ITER, 0);
    }
    /* the iteration is the whole comprehension's, as CPython 3.11's (its
     * traceback marks the whole, not the iterable) */
    bind(c, start);
    set_loc(c, whole->pos);
    emit(c, g->is_async ? OP_FOR_AITER : OP_FOR_ITER, end);
    c_store(c, g->target);
    for (int i = 0; i < g->ifs.n; i++) {
        c_expr(c, g->ifs.items[i]);
        emit(c, OP_POP_JUMP_IF_FALSE, start);
    }
    if (gi + 1 < gens->n) c_comp_gen(c, gens, gi + 1, elt, val, kind, whole);
    else {
        int depth = gens->n + 1;
        switch (kind) {
        case PYAST_GeneratorExp:
            c_expr(c, elt);
            set_loc(c, elt->pos);
            emit(c, OP_YIELD_VALUE, 0);
            emit(c, OP_POP_TOP, 0);
            break;
        case PYAST_ListComp: c_expr(c, elt); set_loc(c, whole->pos); emit(c, OP_LIST_APPEND, depth); break;
        case PYAST_SetComp: c_expr(c, elt); set_loc(c, whole->pos); emit(c, OP_SET_ADD, depth); break;
        case PYAST_DictComp: c_expr(c, elt); c_expr(c, val); set_loc(c, whole->pos); emit(c, OP_MAP_ADD, depth); break;
        }
    }
    emit(c, OP_JUMP, start);
    bind(c, end);
}

static void c_comprehension(compiler *c, pyast_expr *e, pyast_comprehensions *gens, pyast_expr *elt, pyast_expr *val,
                            const char *name) {
    scope *child = next_child(c);
    py_obj *qn = make_qualname(c, name);
    /* the first iterable is evaluated outside */
    c_expr(c, gens->items[0]->iter);
    set_loc(c, e->pos);
    emit(c, gens->items[0]->is_async ? OP_GET_AITER : OP_GET_ITER, 0);
    unit_begin(c, child, py_s(qn), e->pos.lineno);
    py_decref(qn);
    varname_index(U, ".0");
    add_const(c, py_none());
    set_loc(c, e->pos);
    if (e->kind == PYAST_ListComp) emit(c, OP_BUILD_LIST, 0);
    else if (e->kind == PYAST_SetComp) emit(c, OP_BUILD_SET, 0);
    else if (e->kind == PYAST_DictComp) emit(c, OP_BUILD_MAP, 0);
    c_comp_gen(c, gens, 0, elt, val, e->kind, e);
    set_loc(c, e->pos);
    if (e->kind == PYAST_GeneratorExp) emit(c, OP_LOAD_CONST, add_const(c, py_none()));
    emit(c, OP_RETURN_VALUE, 0);
    int cf = e->kind == PYAST_GeneratorExp ? (child->coroutine ? PY_CO_ASYNCGEN : PY_CO_GENERATOR)
                                          : (child->coroutine ? PY_CO_COROUTINE : 0);
    py_obj *code = compile_unit_end(c, cf, 1, 0, 0);
    set_loc(c, e->pos);
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
static void c_seq_build(compiler *c, pyast_exprs *elts, int kind /* 0 list 1 tuple 2 set */, pyast_pos p) {
    /* CPython folds a list or set display of three or more constants into
     * one constant and extends an empty container with it: for a set, the
     * frozenset's table order decides the iteration order. */
    int allconst = elts->n > 2 && kind != 1;
    for (int i = 0; allconst && i < elts->n; i++)
        if (elts->items[i]->kind != PYAST_Constant || elts->items[i]->v.Constant.kind == PYAST_CONST_COMPLEX) allconst = 0;
    if (allconst) {
        py_obj *t = py_tuple_new((size_t)elts->n);
        for (int i = 0; i < elts->n; i++) PY_TITEM(t, i) = const_value(c, &elts->items[i]->v.Constant);
        py_obj *k = t;
        if (kind == 2) {
            k = py_set_new(&py_frozenset_type, t);
            py_decref(t);
            if (!k) { py_err_clear(); c->failed = 1; return; }
        }
        set_loc(c, p);
        emit(c, kind == 2 ? OP_BUILD_SET : OP_BUILD_LIST, 0);
        emit(c, OP_LOAD_CONST, add_const(c, k));
        emit(c, kind == 2 ? OP_SET_UPDATE : OP_LIST_EXTEND, 1);
        return;
    }
    if (!has_starred(elts)) {
        for (int i = 0; i < elts->n; i++) c_expr(c, elts->items[i]);
        set_loc(c, p);
        emit(c, kind == 0 ? OP_BUILD_LIST : kind == 1 ? OP_BUILD_TUPLE : OP_BUILD_SET, elts->n);
        return;
    }
    set_loc(c, p);
    emit(c, kind == 2 ? OP_BUILD_SET : OP_BUILD_LIST, 0);
    for (int i = 0; i < elts->n; i++) {
        pyast_expr *x = elts->items[i];
        if (x->kind == PYAST_Starred) {
            c_expr(c, x->v.Starred.value);
            set_loc(c, p);
            emit(c, kind == 2 ? OP_SET_UPDATE : OP_LIST_EXTEND, 1);
        } else {
            c_expr(c, x);
            set_loc(c, p);
            emit(c, kind == 2 ? OP_SET_ADD : OP_LIST_APPEND, 1);
        }
    }
    if (kind == 1) emit(c, OP_LIST_TO_TUPLE, 0);
}

static void check_caller(compiler *c, pyast_expr *call);
static void c_call(compiler *c, pyast_expr *e) {
    check_caller(c, e);
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
            set_loc(c, e->pos);
            emit(c, OP_KW_NAMES, add_const(c, names));
        }
        set_loc(c, e->pos);
        emit(c, OP_CALL, args->n + kws->n);
        return;
    }
    /* f(*args, **kwargs): build a tuple and a dict */
    c_seq_build(c, args, 1, e->pos);
    if (kws->n) {
        emit(c, OP_BUILD_MAP, 0);
        for (int i = 0; i < kws->n; i++) {
            pyast_keyword *k = kws->items[i];
            if (k->arg) {
                emit(c, OP_LOAD_CONST, add_const(c, py_str_c(k->arg)));
                c_expr(c, k->value);
                set_loc(c, e->pos);
                emit(c, OP_BUILD_MAP, 1);
                emit(c, OP_DICT_MERGE, 1);
            } else {
                c_expr(c, k->value);
                set_loc(c, e->pos);
                emit(c, OP_DICT_MERGE, 1);
            }
        }
        set_loc(c, e->pos);
        emit(c, OP_CALL_FUNCTION_EX, 1);
    } else {
        set_loc(c, e->pos);
        emit(c, OP_CALL_FUNCTION_EX, 0);
    }
}

static void c_jump_if(compiler *c, pyast_expr *e, int cond, int label) {
    /* jump to label if truth(e) == cond */
    if (e->kind == PYAST_UnaryOp && e->v.UnaryOp.op == PYAST_Not) {
        c_jump_if(c, e->v.UnaryOp.operand, !cond, label);
        return;
    }
    if (e->kind == PYAST_BoolOp) {
        int is_and = e->v.BoolOp.op == PYAST_And;
        int n = e->v.BoolOp.values.n;
        if (is_and == !cond) {
            /* and with jump-if-false, or `or` with jump-if-true: each may jump */
            for (int i = 0; i < n; i++) c_jump_if(c, e->v.BoolOp.values.items[i], cond, label);
        } else {
            int skip = newlabel(c);
            for (int i = 0; i < n - 1; i++) c_jump_if(c, e->v.BoolOp.values.items[i], !cond, skip);
            c_jump_if(c, e->v.BoolOp.values.items[n - 1], cond, label);
            bind(c, skip);
        }
        return;
    }
    c_expr(c, e);
    emit(c, cond ? OP_POP_JUMP_IF_TRUE : OP_POP_JUMP_IF_FALSE, label);
}

static int cmp_op(pyast_cmpop op, int *kind, int *arg) {
    switch (op) {
    case PYAST_Eq: *kind = OP_COMPARE_OP; *arg = PY_EQ; break;
    case PYAST_NotEq: *kind = OP_COMPARE_OP; *arg = PY_NE; break;
    case PYAST_Lt: *kind = OP_COMPARE_OP; *arg = PY_LT; break;
    case PYAST_LtE: *kind = OP_COMPARE_OP; *arg = PY_LE; break;
    case PYAST_Gt: *kind = OP_COMPARE_OP; *arg = PY_GT; break;
    case PYAST_GtE: *kind = OP_COMPARE_OP; *arg = PY_GE; break;
    case PYAST_Is: *kind = OP_IS_OP; *arg = 0; break;
    case PYAST_IsNot: *kind = OP_IS_OP; *arg = 1; break;
    case PYAST_In: *kind = OP_CONTAINS_OP; *arg = 0; break;
    case PYAST_NotIn: *kind = OP_CONTAINS_OP; *arg = 1; break;
    }
    return 0;
}

/* CPython's check_is_arg: a literal other than None, True, False, ... */
static int is_literal(pyast_expr *x) {
    if (x->kind != PYAST_Constant) return 0;
    pyast_const_kind k = x->v.Constant.kind;
    return k != PYAST_CONST_NONE && k != PYAST_CONST_TRUE && k != PYAST_CONST_FALSE && k != PYAST_CONST_ELLIPSIS;
}

/* The compiler's SyntaxWarning for `x is 'literal'`, as the warnings module prints it. */
static void warn_is_literal(compiler *c, pyast_expr *e, int negated) {
    py_buf b = {0};
    int line = e->pos.lineno;
    py_buf_put(&b, py_s(c->src->filename), py_slen(c->src->filename));
    py_buf_printf(&b, ":%d: SyntaxWarning: \"%s\" with a literal. Did you mean \"%s\"?\n", line,
                  negated ? "is not" : "is", negated ? "!=" : "==");
    const char *ls;
    size_t ll;
    if (py_source_line(c->src, line, &ls, &ll) == 0) {
        while (ll && (*ls == ' ' || *ls == '\t')) { ls++; ll--; }
        while (ll && (ls[ll - 1] == ' ' || ls[ll - 1] == '\t')) ll--;
        py_buf_puts(&b, "  ");
        py_buf_put(&b, ls, ll);
        py_buf_putc(&b, '\n');
    }
    py_write(2, b.data, b.len);
    py_buf_free(&b);
}

/* CPython's infer_type: the type name of a display or literal, or NULL. */
static const char *infer_type(pyast_expr *e) {
    switch (e->kind) {
    case PYAST_Tuple: return "tuple";
    case PYAST_List: case PYAST_ListComp: return "list";
    case PYAST_Dict: case PYAST_DictComp: return "dict";
    case PYAST_Set: case PYAST_SetComp: return "set";
    case PYAST_GeneratorExp: return "generator";
    case PYAST_Lambda: return "function";
    case PYAST_JoinedStr: case PYAST_FormattedValue: return "str";
    case PYAST_Constant:
        switch (e->v.Constant.kind) {
        case PYAST_CONST_NONE: return "NoneType";
        case PYAST_CONST_TRUE: case PYAST_CONST_FALSE: return "bool";
        case PYAST_CONST_ELLIPSIS: return "ellipsis";
        case PYAST_CONST_INT: return "int";
        case PYAST_CONST_FLOAT: return "float";
        case PYAST_CONST_COMPLEX: return "complex";
        case PYAST_CONST_STR: return "str";
        case PYAST_CONST_BYTES: return "bytes";
        }
        return NULL;
    default: return NULL;
    }
}
/* A SyntaxWarning of the compiler, as the warnings module prints it. */
static void warn_at(compiler *c, int line, const char *msg) {
    py_buf b = {0};
    py_buf_put(&b, py_s(c->src->filename), py_slen(c->src->filename));
    py_buf_printf(&b, ":%d: SyntaxWarning: %s\n", line, msg);
    const char *ls;
    size_t ll;
    if (py_source_line(c->src, line, &ls, &ll) == 0) {
        while (ll && (*ls == ' ' || *ls == '\t')) { ls++; ll--; }
        while (ll && (ls[ll - 1] == ' ' || ls[ll - 1] == '\t')) ll--;
        py_buf_puts(&b, "  ");
        py_buf_put(&b, ls, ll);
        py_buf_putc(&b, '\n');
    }
    py_write(2, b.data, b.len);
    py_buf_free(&b);
}
/* CPython's check_caller: calling a literal or a display. */
static void check_caller(compiler *c, pyast_expr *call) {
    pyast_expr *f = call->v.Call.func;
    switch (f->kind) {
    case PYAST_Constant: case PYAST_Tuple: case PYAST_List: case PYAST_ListComp: case PYAST_Dict:
    case PYAST_DictComp: case PYAST_Set: case PYAST_SetComp: case PYAST_GeneratorExp: case PYAST_JoinedStr:
    case PYAST_FormattedValue: {
        char msg[300];
        snprintf(msg, sizeof msg, "'%s' object is not callable; perhaps you missed a comma?", infer_type(f));
        warn_at(c, call->pos.lineno, msg);
        break;
    }
    default: break;
    }
}
/* CPython's check_subscripter and check_index, for a subscript that loads. */
static void check_subscript(compiler *c, pyast_expr *e) {
    pyast_expr *v = e->v.Subscript.value, *s = e->v.Subscript.slice;
    char msg[300];
    int k = v->kind == PYAST_Constant ? v->v.Constant.kind : 0;
    if ((v->kind == PYAST_Constant && (k == PYAST_CONST_NONE || k == PYAST_CONST_ELLIPSIS || k == PYAST_CONST_INT ||
                                        k == PYAST_CONST_FLOAT || k == PYAST_CONST_COMPLEX || k == PYAST_CONST_TRUE ||
                                        k == PYAST_CONST_FALSE)) ||
        v->kind == PYAST_Set || v->kind == PYAST_SetComp || v->kind == PYAST_GeneratorExp || v->kind == PYAST_Lambda) {
        snprintf(msg, sizeof msg, "'%s' object is not subscriptable; perhaps you missed a comma?", infer_type(v));
        warn_at(c, e->pos.lineno, msg);
        return;
    }
    const char *it = infer_type(s);
    if (!it || !strcmp(it, "int") || !strcmp(it, "bool")) return;
    if ((v->kind == PYAST_Constant && (k == PYAST_CONST_STR || k == PYAST_CONST_BYTES)) || v->kind == PYAST_Tuple ||
        v->kind == PYAST_List || v->kind == PYAST_ListComp || v->kind == PYAST_JoinedStr || v->kind == PYAST_FormattedValue) {
        snprintf(msg, sizeof msg, "%s indices must be integers or slices, not %s; perhaps you missed a comma?", infer_type(v), it);
        warn_at(c, e->pos.lineno, msg);
    }
}

static void c_compare(compiler *c, pyast_expr *e) {
    for (int i = 0; i < e->v.Compare.n; i++) {
        pyast_cmpop op = e->v.Compare.ops[i];
        pyast_expr *l = i == 0 ? e->v.Compare.left : e->v.Compare.comparators.items[i - 1];
        pyast_expr *r = e->v.Compare.comparators.items[i];
        if ((op == PYAST_Is || op == PYAST_IsNot) && (is_literal(l) || is_literal(r))) {
            warn_is_literal(c, e, op == PYAST_IsNot);
            break;
        }
    }
    c_expr(c, e->v.Compare.left);
    int n = e->v.Compare.n;
    int kind, arg;
    if (n == 1) {
        c_expr(c, e->v.Compare.comparators.items[0]);
        cmp_op(e->v.Compare.ops[0], &kind, &arg);
        set_loc(c, e->pos);
        emit(c, kind, arg);
        return;
    }
    int cleanup = newlabel(c), end = newlabel(c);
    for (int i = 0; i < n - 1; i++) {
        c_expr(c, e->v.Compare.comparators.items[i]);
        set_loc(c, e->pos);
        emit(c, OP_DUP_TOP, 0);
        emit(c, OP_ROT_THREE, 0);
        cmp_op(e->v.Compare.ops[i], &kind, &arg);
        emit(c, kind, arg);
        emit(c, OP_JUMP_IF_FALSE_OR_POP, cleanup);
    }
    c_expr(c, e->v.Compare.comparators.items[n - 1]);
    set_loc(c, e->pos);
    cmp_op(e->v.Compare.ops[n - 1], &kind, &arg);
    emit(c, kind, arg);
    emit(c, OP_JUMP, end);
    bind(c, cleanup);
    emit(c, OP_ROT_TWO, 0);
    emit(c, OP_POP_TOP, 0);
    bind(c, end);
}

static void c_store(compiler *c, pyast_expr *t);

static void c_expr(compiler *c, pyast_expr *e) {
    if (too_deep(c)) return;
    pyast_pos p = e->pos;
    set_loc(c, p);
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
        set_loc(c, p);
        emit(c, OP_DUP_TOP, 0);
        c_store(c, e->v.NamedExpr.target);
        break;
    case PYAST_BinOp:
        c_expr(c, e->v.BinOp.left);
        c_expr(c, e->v.BinOp.right);
        set_loc(c, p);
        if (e->v.BinOp.op == PYAST_MatMult) { unsupported(c, p, "the @ operator"); break; }
        emit(c, OP_BINARY_OP, e->v.BinOp.op);
        break;
    case PYAST_UnaryOp:
        c_expr(c, e->v.UnaryOp.operand);
        set_loc(c, p);
        emit(c, OP_UNARY, e->v.UnaryOp.op);
        break;
    case PYAST_Lambda: c_lambda(c, e); break;
    case PYAST_IfExp: {
        int orelse = newlabel(c), end = newlabel(c);
        c_jump_if(c, e->v.IfExp.test, 0, orelse);
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
            set_loc(c, p);
            emit(c, OP_BUILD_MAP, n);
            break;
        }
        emit(c, OP_BUILD_MAP, 0);
        for (int i = 0; i < n; i++) {
            if (e->v.Dict.keys.items[i]) {
                c_expr(c, e->v.Dict.keys.items[i]);
                c_expr(c, e->v.Dict.values.items[i]);
                set_loc(c, p);
                emit(c, OP_MAP_ADD, 1);
            } else {
                c_expr(c, e->v.Dict.values.items[i]);
                set_loc(c, p);
                emit(c, OP_DICT_UPDATE, 1);
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
        set_loc(c, p);
        emit(c, OP_AWAIT, 0);
        break;
    case PYAST_Yield:
        if (e->v.Yield.value) c_expr(c, e->v.Yield.value);
        else emit(c, OP_LOAD_CONST, add_const(c, py_none()));
        set_loc(c, p);
        emit(c, OP_YIELD_VALUE, 0);
        break;
    case PYAST_YieldFrom:
        c_expr(c, e->v.YieldFrom.value);
        set_loc(c, p);
        emit(c, OP_GET_YIELD_FROM_ITER, 0);
        emit(c, OP_LOAD_CONST, add_const(c, py_none()));
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
        set_loc(c, p);
        emit(c, OP_FORMAT_VALUE, flags);
        break;
    }
    case PYAST_JoinedStr: {
        int n = e->v.JoinedStr.values.n;
        for (int i = 0; i < n; i++) c_expr(c, e->v.JoinedStr.values.items[i]);
        set_loc(c, p);
        if (n == 0) emit(c, OP_LOAD_CONST, add_const(c, py_str_new("", 0)));
        else if (n > 1 || e->v.JoinedStr.values.items[0]->kind != PYAST_FormattedValue) emit(c, OP_BUILD_STRING, n);
        break;
    }
    case PYAST_Constant: {
        if (e->v.Constant.kind == PYAST_CONST_COMPLEX) { unsupported(c, p, "complex numbers"); break; }
        py_obj *v = const_value(c, &e->v.Constant);
        if (!v) { c->failed = 1; break; }
        emit(c, OP_LOAD_CONST, add_const(c, v));
        break;
    }
    case PYAST_Attribute:
        c_expr(c, e->v.Attribute.value);
        set_loc(c, p);
        emit(c, e->v.Attribute.ctx == PYAST_Load ? OP_LOAD_ATTR : e->v.Attribute.ctx == PYAST_Store ? OP_STORE_ATTR
                                                                                                   : OP_DELETE_ATTR,
             add_name(c, e->v.Attribute.attr));
        break;
    case PYAST_Subscript:
        if (e->v.Subscript.ctx == PYAST_Load) check_subscript(c, e);
        c_expr(c, e->v.Subscript.value);
        c_expr(c, e->v.Subscript.slice);
        set_loc(c, p);
        emit(c, e->v.Subscript.ctx == PYAST_Load ? OP_BINARY_SUBSCR : e->v.Subscript.ctx == PYAST_Store ? OP_STORE_SUBSCR
                                                                                                        : OP_DELETE_SUBSCR, 0);
        break;
    case PYAST_Starred: unsupported(c, p, "a starred expression here"); break;
    case PYAST_Name: c_name(c, e->v.Name.id, e->v.Name.ctx); break;
    case PYAST_List: c_seq_build(c, &e->v.List.elts, 0, p); break;
    case PYAST_Tuple: {
        /* a tuple of constants is one constant */
        int allconst = !has_starred(&e->v.Tuple.elts);
        for (int i = 0; allconst && i < e->v.Tuple.elts.n; i++) {
            pyast_expr *x = e->v.Tuple.elts.items[i];
            if (x->kind != PYAST_Constant || x->v.Constant.kind == PYAST_CONST_COMPLEX) allconst = 0;
        }
        if (allconst && e->v.Tuple.elts.n > 0) {
            py_obj *t = py_tuple_new((size_t)e->v.Tuple.elts.n);
            for (int i = 0; i < e->v.Tuple.elts.n; i++) PY_TITEM(t, i) = const_value(c, &e->v.Tuple.elts.items[i]->v.Constant);
            emit(c, OP_LOAD_CONST, add_const(c, t));
            break;
        }
        c_seq_build(c, &e->v.Tuple.elts, 1, p);
        break;
    }
    case PYAST_Slice:
        if (e->v.Slice.lower) c_expr(c, e->v.Slice.lower); else emit(c, OP_LOAD_CONST, add_const(c, py_none()));
        if (e->v.Slice.upper) c_expr(c, e->v.Slice.upper); else emit(c, OP_LOAD_CONST, add_const(c, py_none()));
        if (e->v.Slice.step) c_expr(c, e->v.Slice.step);
        set_loc(c, p);
        emit(c, OP_BUILD_SLICE, e->v.Slice.step ? 3 : 2);
        break;
    }
}

/* ---- assignment targets ---------------------------------------------------------------------------- */

static void c_store(compiler *c, pyast_expr *t) {
    set_loc(c, t->pos);
    switch (t->kind) {
    case PYAST_Name: c_name(c, t->v.Name.id, PYAST_Store); break;
    case PYAST_Attribute:
        c_expr(c, t->v.Attribute.value);
        set_loc(c, t->pos);
        emit(c, OP_STORE_ATTR, add_name(c, t->v.Attribute.attr));
        break;
    case PYAST_Subscript:
        c_expr(c, t->v.Subscript.value);
        c_expr(c, t->v.Subscript.slice);
        set_loc(c, t->pos);
        emit(c, OP_STORE_SUBSCR, 0);
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
    default: unsupported(c, t->pos, "this assignment target"); break;
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
    case FB_HANDLER_NAMED:
        emit(c, OP_POP_BLOCK, 0);
        emit(c, OP_POP_EXCEPT, 0);
        emit(c, OP_LOAD_CONST, add_const(c, py_none()));
        c_name(c, f->name, PYAST_Store);
        c_name(c, f->name, PYAST_Del);
        break;
    case FB_WITH: case FB_ASYNC_WITH:
        emit(c, OP_POP_BLOCK, 0);
        if (preserve) emit(c, OP_ROT_TWO, 0);
        emit(c, OP_WITH_EXIT_NORMAL, f->type == FB_ASYNC_WITH);
        if (f->type == FB_ASYNC_WITH) { emit(c, OP_AWAIT, 0); emit(c, OP_POP_TOP, 0); }
        break;
    default: break;
    }
}

static void c_return(compiler *c, pyast_stmt *s) {
    if (s->v.Return.value) c_expr(c, s->v.Return.value);
    else {
        set_loc(c, s->pos);
        emit(c, OP_LOAD_CONST, add_const(c, py_none()));
    }
    for (int i = U->nfb - 1; i >= 0; i--) {
        set_loc(c, s->pos);
        unwind_fb(c, &U->fb[i], 1);
    }
    set_loc(c, s->pos);
    emit(c, OP_RETURN_VALUE, 0);
}

static void c_break_continue(compiler *c, pyast_stmt *s, int is_break) {
    for (int i = U->nfb - 1; i >= 0; i--) {
        fblock *f = &U->fb[i];
        set_loc(c, s->pos);
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
    set_loc(c, s->pos);
    emit(c, OP_SETUP_FINALLY, handler);
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
        set_loc(c, h->pos);
        if (h->type) {
            /* CHECK_EXC_MATCH keeps the exception and pushes the test's result */
            c_expr(c, h->type);
            set_loc(c, h->pos);
            emit(c, OP_CHECK_EXC_MATCH, 0);
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
            emit(c, OP_LOAD_CONST, add_const(c, py_none()));
            c_name(c, h->name, PYAST_Store);
            c_name(c, h->name, PYAST_Del);
            emit(c, OP_JUMP, end);
            bind(c, cleanup);
            emit(c, OP_LOAD_CONST, add_const(c, py_none()));
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
    set_loc(c, s->pos);
    emit(c, OP_SETUP_FINALLY, handler);
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
        set_loc(c, h->pos);
        c_expr(c, h->type);
        set_loc(c, h->pos);
        emit(c, OP_CHECK_EG_MATCH, 0);
        emit(c, OP_DUP_TOP, 0);
        emit(c, OP_LOAD_CONST, add_const(c, py_none()));
        emit(c, OP_IS_OP, 0);
        emit(c, OP_POP_JUMP_IF_TRUE, no_match);
        if (h->name) c_name(c, h->name, PYAST_Store);
        else emit(c, OP_POP_TOP, 0);
        emit(c, OP_SETUP_FINALLY, raised);
        push_fb(c, FB_TRY_EXCEPT, -1, -1);
        c_stmts(c, &h->body);
        pop_fb(c);
        set_loc(c, h->pos);
        emit(c, OP_POP_BLOCK, 0);
        if (h->name) {
            emit(c, OP_LOAD_CONST, add_const(c, py_none()));
            c_name(c, h->name, PYAST_Store);
            c_name(c, h->name, PYAST_Del);
        }
        emit(c, OP_JUMP, next);
        bind(c, raised); /* [orig, list, rest, raised] */
        if (h->name) {
            emit(c, OP_LOAD_CONST, add_const(c, py_none()));
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
    emit(c, OP_LOAD_CONST, add_const(c, py_none()));
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
    set_loc(c, s->pos);
    emit(c, OP_SETUP_FINALLY, final);
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
    set_loc(c, s->pos);
    emit(c, is_async ? OP_BEFORE_ASYNC_WITH : OP_BEFORE_WITH, 0);
    if (is_async) emit(c, OP_AWAIT, 0);
    if (w->optional_vars) c_store(c, w->optional_vars);
    else emit(c, OP_POP_TOP, 0);
    set_loc(c, s->pos);
    emit(c, OP_SETUP_FINALLY, exc);
    push_fb(c, is_async ? FB_ASYNC_WITH : FB_WITH, -1, -1);
    if (item + 1 < s->v.With.items.n) c_with(c, s, item + 1);
    else c_stmts(c, &s->v.With.body);
    pop_fb(c);
    set_loc(c, s->pos);
    emit(c, OP_POP_BLOCK, 0);
    emit(c, OP_WITH_EXIT_NORMAL, is_async);
    if (is_async) { emit(c, OP_AWAIT, 0); emit(c, OP_POP_TOP, 0); }
    emit(c, OP_JUMP, end);
    bind(c, exc);
    emit(c, OP_WITH_EXCEPT, is_async);
    if (is_async) emit(c, OP_AWAIT, 0);
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
        set_loc(c, s->pos);
        emit(c, OP_LOAD_CONST, add_const(c, py_int(0)));
        emit(c, OP_LOAD_CONST, add_const(c, py_none()));
        emit(c, OP_IMPORT_NAME, add_name(c, a->name));
        if (a->asname) {
            /* import a.b as c: the submodule */
            const char *p = a->name;
            while ((p = strchr(p, '.'))) {
                p++;
                const char *q = strchr(p, '.');
                char buf[256];
                size_t n = q ? (size_t)(q - p) : strlen(p);
                if (n >= sizeof buf) n = sizeof buf - 1;
                memcpy(buf, p, n);
                buf[n] = 0;
                emit(c, OP_IMPORT_FROM, add_name(c, buf));
                emit(c, OP_ROT_TWO, 0);
                emit(c, OP_POP_TOP, 0);
            }
            c_name(c, a->asname, PYAST_Store);
        } else {
            const char *dot = strchr(a->name, '.');
            if (dot) {
                char buf[256];
                size_t n = (size_t)(dot - a->name);
                if (n >= sizeof buf) n = sizeof buf - 1;
                memcpy(buf, a->name, n);
                buf[n] = 0;
                c_name(c, buf, PYAST_Store);
            } else c_name(c, a->name, PYAST_Store);
        }
    }
}

static void c_import_from(compiler *c, pyast_stmt *s) {
    set_loc(c, s->pos);
    if (s->v.ImportFrom.level > 0) { unsupported(c, s->pos, "relative import"); return; }
    int n = s->v.ImportFrom.names.n;
    py_obj *names = py_tuple_new((size_t)n);
    for (int i = 0; i < n; i++) PY_TITEM(names, i) = py_str_c(s->v.ImportFrom.names.items[i]->name);
    emit(c, OP_LOAD_CONST, add_const(c, py_int(0)));
    emit(c, OP_LOAD_CONST, add_const(c, names));
    emit(c, OP_IMPORT_NAME, add_name(c, s->v.ImportFrom.module ? s->v.ImportFrom.module : ""));
    for (int i = 0; i < n; i++) {
        pyast_alias *a = s->v.ImportFrom.names.items[i];
        set_loc(c, s->pos);
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
    emit(c, OP_LOAD_CONST, add_const(c, py_none()));
    emit(c, OP_IS_OP, 0);
    emit(c, OP_POP_JUMP_IF_TRUE, fc_label(c, fc, *depth));
    emit(c, OP_UNPACK_SEQUENCE, n);
    *depth += n - 1;
    for (int i = 0; i < n; i++) c_pattern(c, pats[i], fc, depth);
}
static void c_pattern(compiler *c, pyast_pattern *p, failctx *fc, int *depth) {
    if (too_deep(c)) return;
    set_loc(c, p->pos);
    switch (p->kind) {
    case PYAST_MatchValue:
        c_expr(c, p->v.MatchValue.value);
        set_loc(c, p->pos);
        emit(c, OP_COMPARE_OP, PY_EQ);
        (*depth)--;
        emit(c, OP_POP_JUMP_IF_FALSE, fc_label(c, fc, *depth));
        break;
    case PYAST_MatchSingleton:
        emit(c, OP_LOAD_CONST, add_const(c, const_value(c, &p->v.MatchSingleton.value)));
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
        emit(c, OP_LOAD_CONST, add_const(c, py__match_helper(0)));
        emit(c, OP_ROT_TWO, 0);
        emit(c, OP_LOAD_CONST, add_const(c, py_int(ps->n)));
        emit(c, OP_LOAD_CONST, add_const(c, py_int(star)));
        emit(c, OP_CALL, 3);
        c_parts(c, ps->items, ps->n, fc, depth);
        break;
    }
    case PYAST_MatchMapping: {
        pyast_exprs *ks = &p->v.MatchMapping.keys;
        pyast_patterns *ps = &p->v.MatchMapping.patterns;
        int rest = p->v.MatchMapping.rest != NULL;
        emit(c, OP_LOAD_CONST, add_const(c, py__match_helper(1)));
        emit(c, OP_ROT_TWO, 0);
        for (int i = 0; i < ks->n; i++) c_expr(c, ks->items[i]);
        set_loc(c, p->pos);
        emit(c, OP_BUILD_TUPLE, ks->n);
        emit(c, OP_LOAD_CONST, add_const(c, py_bool(rest)));
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
        emit(c, OP_LOAD_CONST, add_const(c, py__match_helper(2)));
        emit(c, OP_ROT_TWO, 0);
        c_expr(c, p->v.MatchClass.cls);
        set_loc(c, p->pos);
        emit(c, OP_LOAD_CONST, add_const(c, py_int(ps->n)));
        py_obj *names = py_tuple_new((size_t)p->v.MatchClass.kwd_attrs.n);
        for (int i = 0; i < p->v.MatchClass.kwd_attrs.n; i++) PY_TITEM(names, i) = py_str_c(p->v.MatchClass.kwd_attrs.items[i]);
        emit(c, OP_LOAD_CONST, add_const(c, names));
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
    for (int i = 0; i < s->v.Match.cases.n; i++) {
        pyast_match_case *mc = s->v.Match.cases.items[i];
        failctx fc;
        fc_init(&fc, 0);
        int depth = 1;
        set_loc(c, mc->pattern->pos);
        emit(c, OP_DUP_TOP, 0);
        c_pattern(c, mc->pattern, &fc, &depth);
        if (mc->guard) c_jump_if(c, mc->guard, 0, fc_label(c, &fc, 0));
        set_loc(c, mc->pattern->pos);
        emit(c, OP_POP_TOP, 0); /* the subject */
        c_stmts(c, &mc->body);
        emit(c, OP_JUMP, end);
        fc_emit(c, &fc);
    }
    set_loc(c, s->pos);
    emit(c, OP_POP_TOP, 0);
    bind(c, end);
}

static void c_stmt(compiler *c, pyast_stmt *s) {
    if (too_deep(c)) return;
    set_loc(c, s->pos);
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
            if (i < n - 1) { set_loc(c, s->pos); emit(c, OP_DUP_TOP, 0); }
            c_store(c, s->v.Assign.targets.items[i]);
        }
        break;
    }
    case PYAST_AugAssign: {
        pyast_expr *t = s->v.AugAssign.target;
        int op = s->v.AugAssign.op;
        if (op == PYAST_MatMult) { unsupported(c, s->pos, "the @= operator"); break; }
        if (t->kind == PYAST_Name) {
            set_loc(c, t->pos);
            c_name(c, t->v.Name.id, PYAST_Load);
            c_expr(c, s->v.AugAssign.value);
            set_loc(c, s->pos);
            emit(c, OP_BINARY_OP, op + BINOP_INPLACE);
            c_name(c, t->v.Name.id, PYAST_Store);
        } else if (t->kind == PYAST_Attribute) {
            c_expr(c, t->v.Attribute.value);
            set_loc(c, t->pos);
            emit(c, OP_DUP_TOP, 0);
            emit(c, OP_LOAD_ATTR, add_name(c, t->v.Attribute.attr));
            c_expr(c, s->v.AugAssign.value);
            set_loc(c, s->pos);
            emit(c, OP_BINARY_OP, op + BINOP_INPLACE);
            set_loc(c, t->pos);
            emit(c, OP_ROT_TWO, 0);
            emit(c, OP_STORE_ATTR, add_name(c, t->v.Attribute.attr));
        } else if (t->kind == PYAST_Subscript) {
            c_expr(c, t->v.Subscript.value);
            c_expr(c, t->v.Subscript.slice);
            set_loc(c, t->pos);
            emit(c, OP_DUP_TOP_TWO, 0);
            emit(c, OP_BINARY_SUBSCR, 0);
            c_expr(c, s->v.AugAssign.value);
            set_loc(c, s->pos);
            emit(c, OP_BINARY_OP, op + BINOP_INPLACE);
            set_loc(c, t->pos);
            emit(c, OP_ROT_THREE, 0);
            emit(c, OP_STORE_SUBSCR, 0);
        } else unsupported(c, s->pos, "this augmented assignment target");
        break;
    }
    case PYAST_AnnAssign:
        if (s->v.AnnAssign.value) {
            c_expr(c, s->v.AnnAssign.value);
            c_store(c, s->v.AnnAssign.target);
        }
        if (s->v.AnnAssign.simple && s->v.AnnAssign.target->kind == PYAST_Name && U->sc->kind != K_FUNCTION) {
            /* __annotations__['x'] = annotation, as CPython (dataclasses read it) */
            c_expr(c, s->v.AnnAssign.annotation);
            set_loc(c, s->pos);
            emit(c, U->sc->kind == K_CLASS ? OP_LOAD_NAME : OP_LOAD_GLOBAL, add_name(c, "__annotations__"));
            emit(c, OP_LOAD_CONST, add_const(c, py_str_c(s->v.AnnAssign.target->v.Name.id)));
            emit(c, OP_STORE_SUBSCR, 0);
        }
        break;
    case PYAST_For: case PYAST_AsyncFor: {
        int is_async = s->kind == PYAST_AsyncFor;
        int start = newlabel(c), cleanup = newlabel(c), end = newlabel(c);
        c_expr(c, s->v.For.iter);
        set_loc(c, s->pos);
        emit(c, is_async ? OP_GET_AITER : OP_GET_ITER, 0);
        bind(c, start);
        set_loc(c, s->pos);
        emit(c, is_async ? OP_FOR_AITER : OP_FOR_ITER, cleanup);
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
        c_jump_if(c, s->v.While.test, 0, orelse);
        push_fb(c, FB_WHILE, start, end);
        c_stmts(c, &s->v.While.body);
        pop_fb(c);
        /* CPython 3.11's back jump carries the whole while statement's
         * position: a KeyboardInterrupt in the loop shows the `while` line. */
        set_loc(c, s->pos);
        emit(c, OP_JUMP, start);
        bind(c, orelse);
        c_stmts(c, &s->v.While.orelse);
        bind(c, end);
        break;
    }
    case PYAST_If: {
        int orelse = newlabel(c), end = newlabel(c);
        c_jump_if(c, s->v.If.test, 0, orelse);
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
        set_loc(c, s->pos);
        emit(c, OP_RAISE_VARARGS, s->v.Raise.exc ? (s->v.Raise.cause ? 2 : 1) : 0);
        break;
    case PYAST_Try: case PYAST_TryStar: c_try(c, s); break;
    case PYAST_Assert: {
        int end = newlabel(c);
        c_jump_if(c, s->v.Assert.test, 1, end);
        /* CPython 3.11 points the AssertionError at the test */
        set_loc(c, s->v.Assert.test->pos);
        emit(c, OP_LOAD_ASSERTION_ERROR, 0);
        if (s->v.Assert.msg) {
            c_expr(c, s->v.Assert.msg);
            set_loc(c, s->v.Assert.test->pos);
            emit(c, OP_CALL, 1);
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
        if (v->kind == PYAST_Constant) break; /* docstrings and stray constants */
        c_expr(c, v);
        set_loc(c, s->pos);
        emit(c, OP_POP_TOP, 0);
        break;
    }
    case PYAST_Break: c_break_continue(c, s, 1); break;
    case PYAST_Continue: c_break_continue(c, s, 0); break;
    }
}

static void c_stmts(compiler *c, pyast_stmts *b) {
    for (int i = 0; i < b->n; i++) c_stmt(c, b->items[i]);
}

static int find_ann(pyast_stmts *b) {
    for (int i = 0; i < b->n; i++) {
        pyast_stmt *s = b->items[i];
        switch (s->kind) {
        case PYAST_AnnAssign: if (s->v.AnnAssign.simple && s->v.AnnAssign.target->kind == PYAST_Name) return 1; break;
        case PYAST_For: case PYAST_AsyncFor: if (find_ann(&s->v.For.body) || find_ann(&s->v.For.orelse)) return 1; break;
        case PYAST_While: case PYAST_If: if (find_ann(&s->v.If.body) || find_ann(&s->v.If.orelse)) return 1; break;
        case PYAST_With: case PYAST_AsyncWith: if (find_ann(&s->v.With.body)) return 1; break;
        case PYAST_Try: case PYAST_TryStar:
            if (find_ann(&s->v.Try.body) || find_ann(&s->v.Try.orelse) || find_ann(&s->v.Try.finalbody)) return 1;
            for (int j = 0; j < s->v.Try.handlers.n; j++) if (find_ann(&s->v.Try.handlers.items[j]->body)) return 1;
            break;
        default: break;
        }
    }
    return 0;
}

static void setup_annotations(compiler *c, pyast_stmts *body) {
    if (!find_ann(body)) return;
    emit(c, OP_BUILD_MAP, 0);
    emit(c, U->sc->kind == K_CLASS ? OP_STORE_NAME : OP_STORE_GLOBAL, add_name(c, "__annotations__"));
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
    u->loc.lineno = firstlineno;
    u->loc.end_lineno = firstlineno;
    u->loc.col = -1;
    u->loc.end_col = -1;
    /* parameters first in varnames */
    if (sc->kind == K_FUNCTION)
        for (int i = 0; i < sc->nparams; i++) varname_index(u, sc->params[i]);
    /* cells: locals captured by inner scopes (sorted as CPython: by name) */
    for (int i = 0; i < sc->nsyms; i++) {
        sym *y = &sc->syms[i];
        if (y->scope == SC_CELL) {
            u->cellvars = realloc(u->cellvars, sizeof(char *) * (size_t)(u->ncellvars + 1));
            u->cellvars[u->ncellvars++] = y->name;
        }
    }
    for (int i = 0; i < sc->nsyms; i++) {
        sym *y = &sc->syms[i];
        if (y->scope == SC_FREE || (y->flags & DEF_FREE_CLASS)) {
            u->freevars = realloc(u->freevars, sizeof(char *) * (size_t)(u->nfreevars + 1));
            u->freevars[u->nfreevars++] = y->name;
        }
    }
    /* locals in order of appearance */
    if (sc->kind == K_FUNCTION)
        for (int i = 0; i < sc->nsyms; i++)
            if (sc->syms[i].scope == SC_LOCAL) varname_index(u, sc->syms[i].name);
    c->u = u;
}

static int stack_effect(int op, int arg, int jump) {
    switch (op) {
    case OP_NOP: return 0;
    case OP_POP_TOP: return -1;
    case OP_ROT_TWO: case OP_ROT_THREE: case OP_ROT_FOUR: return 0;
    case OP_DUP_TOP: return 1;
    case OP_DUP_TOP_TWO: return 2;
    case OP_LOAD_CONST: case OP_LOAD_FAST: case OP_LOAD_DEREF: case OP_LOAD_CLOSURE: case OP_LOAD_CLASSDEREF:
    case OP_LOAD_GLOBAL: case OP_LOAD_NAME: case OP_LOAD_ASSERTION_ERROR: return 1;
    case OP_STORE_FAST: case OP_STORE_DEREF: case OP_STORE_GLOBAL: case OP_STORE_NAME: return -1;
    case OP_DELETE_FAST: case OP_DELETE_DEREF: case OP_DELETE_GLOBAL: case OP_DELETE_NAME: return 0;
    case OP_LOAD_ATTR: return 0;
    case OP_STORE_ATTR: return -2;
    case OP_DELETE_ATTR: return -1;
    case OP_BINARY_SUBSCR: return -1;
    case OP_STORE_SUBSCR: return -3;
    case OP_DELETE_SUBSCR: return -2;
    case OP_BUILD_SLICE: return 1 - arg;
    case OP_BINARY_OP: case OP_COMPARE_OP: case OP_IS_OP: case OP_CONTAINS_OP: return -1;
    case OP_UNARY: return 0;
    case OP_JUMP: return 0;
    case OP_POP_JUMP_IF_FALSE: case OP_POP_JUMP_IF_TRUE: return -1;
    case OP_JUMP_IF_FALSE_OR_POP: case OP_JUMP_IF_TRUE_OR_POP: return jump ? 0 : -1;
    case OP_GET_ITER: case OP_GET_AITER: return 0;
    case OP_FOR_ITER: case OP_FOR_AITER: return jump ? -1 : 1;
    case OP_BUILD_TUPLE: case OP_BUILD_LIST: case OP_BUILD_SET: case OP_BUILD_STRING: return 1 - arg;
    case OP_BUILD_MAP: return 1 - 2 * arg;
    case OP_LIST_APPEND: case OP_SET_ADD: case OP_LIST_EXTEND: case OP_SET_UPDATE: case OP_DICT_UPDATE:
    case OP_DICT_MERGE: return -1;
    case OP_MAP_ADD: return -2;
    case OP_LIST_TO_TUPLE: return 0;
    case OP_UNPACK_SEQUENCE: return arg - 1;
    case OP_UNPACK_EX: return (arg & 0xff) + (arg >> 8);
    case OP_KW_NAMES: return 0;
    case OP_CALL: return -arg;
    case OP_CALL_FUNCTION_EX: return -1 - arg;
    case OP_MAKE_FUNCTION: return 0 - ((arg & MF_DEFAULTS) != 0) - ((arg & MF_KWDEFAULTS) != 0) - ((arg & MF_CLOSURE) != 0);
    case OP_RETURN_VALUE: return -1;
    case OP_YIELD_VALUE: return 0;
    case OP_GET_YIELD_FROM_ITER: return 0;
    case OP_YIELD_FROM: return -1;
    case OP_AWAIT: return 0;
    case OP_SETUP_FINALLY: return jump ? 1 : 0;
    case OP_POP_BLOCK: case OP_POP_EXCEPT: return 0;
    case OP_RERAISE: return -1;
    case OP_RAISE_VARARGS: return -arg;
    case OP_CHECK_EXC_MATCH: return 0;
    case OP_BEFORE_WITH: case OP_BEFORE_ASYNC_WITH: return 1;
    case OP_WITH_EXIT_NORMAL: return arg ? 0 : -1;
    case OP_WITH_EXCEPT: return 1;
    case OP_FORMAT_VALUE: return (arg & FV_SPEC) ? -1 : 0;
    case OP_BUILD_CLASS: return -3 - arg + 1;
    case OP_IMPORT_NAME: return -1;
    case OP_IMPORT_FROM: return 1;
    case OP_IMPORT_STAR: return -1;
    case OP_UNSUPPORTED: return 1;
    default: return 0;
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
    co->names = py_sequence_tuple(u->names);
    co->varnames = strs_tuple(u->varnames, u->nvarnames);
    co->cellvars = strs_tuple(u->cellvars, u->ncellvars);
    co->freevars = strs_tuple(u->freevars, u->nfreevars);
    co->nlocals = u->nvarnames;
    co->argcount = argcount;
    co->posonlyargcount = posonly;
    co->kwonlyargcount = kwonly;
    co->flags = flags;
    co->firstlineno = u->firstlineno;
    co->stacksize = max_stack(u);
    if (getenv("PYCORE_DUMP")) {
        fprintf(stderr, "code %s stacksize %d n %d\n", py_s(u->qualname), co->stacksize, u->n);
        for (int i = 0; i < u->n; i++) fprintf(stderr, "  %3d op %d arg %d line %d\n", i, PY_OP(u->code[i]), PY_ARG(u->code[i]), u->locs[i].lineno);
    }
    const char *qn = py_s(u->qualname);
    const char *dot = strrchr(qn, '.');
    co->name = py_str_c(u->sc->kind == K_MODULE ? "<module>" : dot ? dot + 1 : qn);
    co->qualname = u->sc->kind == K_MODULE ? py_str_c("<module>") : py_incref(u->qualname);
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
    free(u->freevars);
    c->u = u->prev;
    free(u);
    return (py_obj *)co;
}

py_obj *py_compile(pyast_module *m, py_source *src) {
    symtable st = {0};
    st.top = st.cur = scope_new(K_MODULE, NULL, "<module>", NULL);
    st_stmts(&st, &m->body);
    if (st.deep) {
        scope_free(st.top);
        return py_err_set(py_exc_RecursionError, "maximum recursion depth exceeded during compilation");
    }
    namelist fr = {0};
    analyze_deep = 0;
    analyze(st.top, NULL, &fr);
    free(fr.v);
    if (analyze_deep) {
        scope_free(st.top);
        return py_err_set(py_exc_RecursionError, "maximum recursion depth exceeded during compilation");
    }
    compiler c = {0};
    c.src = src;
    c.top = st.top;
    unit_begin(&c, st.top, "<module>", 1);
    /* a module's docstring becomes __doc__ */
    int start = 0;
    if (m->body.n && m->body.items[0]->kind == PYAST_Expr && m->body.items[0]->v.Expr.value->kind == PYAST_Constant &&
        m->body.items[0]->v.Expr.value->v.Constant.kind == PYAST_CONST_STR) {
        set_loc(&c, m->body.items[0]->pos);
        emit(&c, OP_LOAD_CONST, add_const(&c, const_value(&c, &m->body.items[0]->v.Expr.value->v.Constant)));
        emit(&c, OP_STORE_GLOBAL, add_name(&c, "__doc__"));
        start = 1;
    }
    setup_annotations(&c, &m->body);
    for (int i = start; i < m->body.n; i++) c_stmt(&c, m->body.items[i]);
    emit(&c, OP_LOAD_CONST, add_const(&c, py_none()));
    emit(&c, OP_RETURN_VALUE, 0);
    py_obj *code = compile_unit_end(&c, PY_CO_MODULE, 0, 0, 0);
    scope_free(st.top);
    if (c.failed) { py_decref(code); return NULL; }
    return code;
}
