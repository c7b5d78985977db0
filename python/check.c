/*
 * check.c -- py_check: the errors CPython finds after parsing, in its
 * symbol table (Python/symtable.c) and its compiler (Python/compile.c),
 * so that a program CPython refuses to compile is refused here too, with
 * the same message and position.
 *
 * Two passes over the tree, as CPython's:
 *   1. the symbol table: scopes (module, class, function, lambda,
 *      comprehension) and what each binds, uses or declares global or
 *      nonlocal -- duplicate arguments, global/nonlocal after use,
 *      "import *" in a function, 'yield' in a comprehension; then the
 *      analysis, scope by scope: nonlocal without a binding, nonlocal at
 *      module level, nonlocal and global -- and where each name lives
 *      (local, cell, free, global), the scopes the compiler takes;
 *   2. the compiler's walk, in its order of evaluation: 'return', 'yield'
 *      and 'await' outside a function, 'break' and 'continue' outside a
 *      loop, async for/with and comprehensions outside an async
 *      function, starred expressions where they cannot be, a keyword
 *      argument repeated, more than 20 statically nested blocks; and
 *      the SyntaxWarnings it prints ('"is" with a literal', a literal
 *      called or subscripted, an assert on a tuple).
 * The first error found is reported.  The walk is bounded: a tree more
 * than MAX_DEPTH deep is a RecursionError, as CPython's (which allows
 * about 3000 levels; 1000 here keeps the C stack small).
 */
#include <limits.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cstack.h"
#include "parse.h"

enum { MAX_DEPTH = 1000, MAXBLOCKS = 20 };

/* A name's flags in a scope (CPython's DEF_*), and the scopes' kinds: parse.h's. */
enum { DEF_GLOBAL = PY_DEF_GLOBAL, DEF_LOCAL = PY_DEF_LOCAL, DEF_PARAM = PY_DEF_PARAM, DEF_NONLOCAL = PY_DEF_NONLOCAL,
       USE = PY_USE, DEF_ANNOT = PY_DEF_ANNOT };
enum { MODULE = PY_SCOPE_MODULE, CLASS = PY_SCOPE_CLASS, FUNCTION = PY_SCOPE_FUNCTION,
       COMPREHENSION = PY_SCOPE_COMPREHENSION };

typedef py_sym sym;
typedef py_scope scope;

typedef struct checker {
    py_arena *a;
    const char *src;
    size_t len;
    py_syntax_error *err;
    int error;
    int depth;
    scope *cur;
    int comp_iter;       /* inside a comprehension's outermost iterable */
    const char *private; /* the innermost class's name: its private names are mangled (CPython's st_private) */
    py_symtable *st;     /* the table built (scopes hashed by node, for pass 2 and the compiler) */
    /* pass 2 */
    py_warnings *warnings; /* where warnings go, or NULL */
    int capwarn;
    int loops;           /* enclosing loops in the current function */
    int star_handlers;   /* enclosing except* handler bodies in the current function */
    int star_loops;      /* loops when the innermost of them began (a break there leaves it) */
    int blocks;          /* CPython's frame blocks in the current function */
    scope *unit;         /* the scope being compiled */
    const pyast_pos *pat_loc; /* the pattern visited last (CPython's location for a pattern's errors) */
    int pat_full;        /* a pattern binds more names than are checked */
    pyast_stmt *const *futures; /* the module's leading `from __future__ import ...` */
    int nfutures;
} checker;

/* ---- errors ---------------------------------------------------------------- */

static const char *line_text(checker *c, int lineno) {
    const char *s = c->src, *end = c->src + c->len;
    for (int l = 1; l < lineno && s < end; s++)
        if (*s == '\n') l++;
    size_t n = 0;
    while (s + n < end && s[n] != '\n' && s[n] != '\r') n++;
    if (s + n < end) n++;
    if (n > 999) {
        /* CPython reads the line back from the file 999 bytes at a time
         * (err_programtext) and keeps the last piece */
        size_t k = (n - 1) / 999 * 999;
        s += k;
        n -= k;
    }
    char *t = pyarena_strndup(c->a, s, n);
    if (t && n && t[n - 1] == '\r') t[n - 1] = '\n';
    return t;
}

/* An error at pos, as PyErr_RangedSyntaxLocationObject: byte offsets + 1,
 * the line read from the source. */
static int error(checker *c, const pyast_pos *pos, const char *type, const char *fmt, const char *name) {
    if (c->error) return 0;
    c->error = 1;
    py_syntax_error *e = c->err;
    memset(e, 0, sizeof *e);
    e->type = type;
    snprintf(e->msg, sizeof e->msg, fmt, name ? name : "");
    e->lineno = pos->lineno;
    e->offset = pos->col_offset + 1;
    e->end_lineno = pos->end_lineno;
    e->end_offset = pos->end_col_offset + 1;
    e->text = line_text(c, pos->lineno);
    return 0;
}

static int too_deep(checker *c) { return py__error_nowhere(c->err, &c->error, "RecursionError", PY__TOO_DEEP); }

/* ---- scopes ----------------------------------------------------------------- */

/* Out of memory: a MemoryError.  Returns 0. */
static int oom(checker *c) { return py__error_nowhere(c->err, &c->error, "MemoryError", ""); }

/* A copy of items (cap of them) with room for twice as many, in the arena. */
static void *grow(checker *c, void *items, int *cap, size_t size) {
    int ncap = *cap ? *cap * 2 : 8;
    void *n = pyarena_alloc(c->a, (size_t)ncap * size);
    if (!n) {
        oom(c);
        return NULL;
    }
    if (items) memcpy(n, items, (size_t)*cap * size);
    *cap = ncap;
    return n;
}

static unsigned name_hash(const char *s) {
    unsigned h = 2166136261u; /* FNV-1a */
    for (; *s; s++) h = (h ^ (unsigned char)*s) * 16777619u;
    return h;
}

py_sym *py_scope_lookup(const py_scope *s, const char *name) {
    if (!s->hcap) return NULL;
    for (unsigned i = name_hash(name) & (unsigned)(s->hcap - 1);; i = (i + 1) & (unsigned)(s->hcap - 1)) {
        int k = s->hash[i];
        if (!k) return NULL;
        if (!strcmp(s->syms[k - 1].name, name)) return &s->syms[k - 1];
    }
}

static int rehash(checker *c, scope *s, int cap) {
    int *h = pyarena_alloc(c->a, (size_t)cap * sizeof *h);
    if (!h) return oom(c);
    for (int k = 0; k < s->nsyms; k++) {
        unsigned i = name_hash(s->syms[k].name) & (unsigned)(cap - 1);
        while (h[i]) i = (i + 1) & (unsigned)(cap - 1);
        h[i] = k + 1;
    }
    s->hash = h;
    s->hcap = cap;
    return 1;
}

static sym *add_sym(checker *c, scope *s, const char *name) {
    sym *y = py_scope_lookup(s, name);
    if (y) return y;
    if (s->nsyms == s->capsyms) {
        sym *n = grow(c, s->syms, &s->capsyms, sizeof *n);
        if (!n) return NULL;
        s->syms = n;
    }
    y = &s->syms[s->nsyms++];
    memset(y, 0, sizeof *y);
    y->name = name;
    if (2 * s->nsyms > s->hcap) {
        if (!rehash(c, s, s->hcap ? s->hcap * 2 : 16)) return NULL;
    } else {
        unsigned i = name_hash(name) & (unsigned)(s->hcap - 1);
        while (s->hash[i]) i = (i + 1) & (unsigned)(s->hcap - 1);
        s->hash[i] = s->nsyms;
    }
    return y;
}

size_t py__mangle(const char *private, const char *name, char *out) {
    size_t n = strlen(name);
    if (!private || name[0] != '_' || name[1] != '_' || (name[n - 1] == '_' && name[n - 2] == '_') || strchr(name, '.'))
        return 0;
    while (*private == '_') private++;
    size_t pn = strlen(private);
    if (!pn) return 0; /* a class named only by underscores mangles nothing */
    if (out) {
        out[0] = '_';
        memcpy(out + 1, private, pn);
        memcpy(out + 1 + pn, name, n + 1);
    }
    return pn + n + 1;
}
/* name as the table keeps it: mangled in a class (in the arena), or NULL out of memory */
static const char *mangled(checker *c, const char *name) {
    size_t n = py__mangle(c->private, name, NULL);
    if (!n) return name;
    char *m = pyarena_alloc(c->a, n + 1);
    if (!m) {
        oom(c);
        return NULL;
    }
    py__mangle(c->private, name, m);
    return m;
}
static sym *lookup(checker *c, const char *name) {
    const char *m = mangled(c, name);
    return m ? py_scope_lookup(c->cur, m) : NULL;
}

/* symtable_add_def (its errors name the name as written) */
static int add_def(checker *c, const char *name, int flag, const pyast_pos *pos) {
    const char *m = mangled(c, name);
    sym *y = m ? add_sym(c, c->cur, m) : NULL;
    if (!y) return 0;
    if ((flag & DEF_PARAM) && (y->flags & DEF_PARAM))
        return error(c, pos, "SyntaxError", "duplicate argument '%s' in function definition", name);
    y->flags |= flag;
    return 1;
}

static scope *enter(checker *c, int kind, const void *node) {
    scope *s = pyarena_alloc(c->a, sizeof *s);
    if (!s) {
        oom(c);
        return NULL;
    }
    s->kind = kind;
    s->node = node;
    s->parent = c->cur;
    if (c->cur) {
        scope *p = c->cur;
        if (p->nkids == p->capkids) {
            scope **n = grow(c, p->kids, &p->capkids, sizeof *n);
            if (!n) return NULL;
            p->kids = n;
        }
        p->kids[p->nkids++] = s;
    }
    /* hashed by node, for pass 2 */
    if (node) {
        py_symtable *st = c->st;
        unsigned h = (unsigned)(((uintptr_t)node >> 4) * 2654435761u) & (unsigned)(st->hcap - 1);
        while (st->by_node[h]) h = (h + 1) & (unsigned)(st->hcap - 1);
        st->by_node[h] = s;
    }
    c->cur = s;
    return s;
}

py_scope *py_scope_of(const py_symtable *st, const void *node) {
    unsigned h = (unsigned)(((uintptr_t)node >> 4) * 2654435761u) & (unsigned)(st->hcap - 1);
    while (st->by_node[h] && st->by_node[h]->node != node) h = (h + 1) & (unsigned)(st->hcap - 1);
    return st->by_node[h];
}

/* ---- children, for both walks ---------------------------------------------------- */

/* A walk over expressions (st_expr, co_expr): 0 to stop. */
typedef int visit_fn(checker *c, const pyast_expr *e);

/* f on each item of v (NULL items, a dict's ** keys, skipped). */
static int each(checker *c, const pyast_exprs *v, visit_fn *f) {
    for (int i = 0; i < v->n; i++)
        if (v->items[i] && !f(c, v->items[i])) return 0;
    return 1;
}

/* f on each child expression of e in the order of its fields, which is
 * the order both walks take them in, the first child left out when
 * skip_first (a chain's first child: see first_child).  The walks handle
 * Lambda, the comprehensions and IfExp themselves; a NamedExpr's child is
 * its value. */
static int kids(checker *c, const pyast_expr *e, visit_fn *f, int skip_first) {
    const pyast_expr *a = NULL, *b = NULL, *d = NULL;
    const pyast_exprs *l = NULL, *m = NULL;
    const pyast_keywords *k = NULL;
    switch (e->kind) {
    case PYAST_BoolOp: l = &e->v.BoolOp.values; break;
    case PYAST_NamedExpr: a = e->v.NamedExpr.value; break;
    case PYAST_BinOp: a = e->v.BinOp.left, b = e->v.BinOp.right; break;
    case PYAST_UnaryOp: a = e->v.UnaryOp.operand; break;
    case PYAST_Dict: l = &e->v.Dict.keys, m = &e->v.Dict.values; break;
    case PYAST_Await: a = e->v.Await.value; break;
    case PYAST_Yield: a = e->v.Yield.value; break;
    case PYAST_YieldFrom: a = e->v.YieldFrom.value; break;
    case PYAST_Compare: a = e->v.Compare.left, l = &e->v.Compare.comparators; break;
    case PYAST_Call: a = e->v.Call.func, l = &e->v.Call.args, k = &e->v.Call.keywords; break;
    case PYAST_FormattedValue: a = e->v.FormattedValue.value, b = e->v.FormattedValue.format_spec; break;
    case PYAST_Attribute: a = e->v.Attribute.value; break;
    case PYAST_Subscript: a = e->v.Subscript.value, b = e->v.Subscript.slice; break;
    case PYAST_Starred: a = e->v.Starred.value; break;
    case PYAST_Set: case PYAST_JoinedStr: case PYAST_List: case PYAST_Tuple:
        l = &e->v.List.elts; /* the same layout: a sequence first */
        break;
    case PYAST_Slice: a = e->v.Slice.lower, b = e->v.Slice.upper, d = e->v.Slice.step; break;
    default: break;
    }
    if (skip_first) a = NULL;
    if ((a && !f(c, a)) || (b && !f(c, b)) || (d && !f(c, d)) || (l && !each(c, l, f)) || (m && !each(c, m, f)))
        return 0;
    for (int i = 0; k && i < k->n; i++)
        if (!f(c, k->items[i]->value)) return 0;
    return 1;
}

/* ---- pass 1: the symbol table ------------------------------------------------ */

static int st_expr(checker *c, const pyast_expr *e);
static int st_stmts(checker *c, const pyast_stmts *b);

static int st_exprs(checker *c, const pyast_exprs *v) { return each(c, v, st_expr); }

/* f on each parameter: positional-only, positional, keyword-only, then
 * *args and **kwargs. */
typedef int param_fn(checker *c, const pyast_arg *x);
static int each_arg(checker *c, const pyast_args *l, param_fn *f) {
    for (int i = 0; i < l->n; i++)
        if (!f(c, l->items[i])) return 0;
    return 1;
}
static int each_param(checker *c, const pyast_arguments *a, param_fn *f) {
    return each_arg(c, &a->posonlyargs, f) && each_arg(c, &a->args, f) && each_arg(c, &a->kwonlyargs, f) &&
           (!a->vararg || f(c, a->vararg)) && (!a->kwarg || f(c, a->kwarg));
}
static int param_def(checker *c, const pyast_arg *x) { return add_def(c, x->arg, DEF_PARAM, &x->pos); }
static int param_annotation(checker *c, const pyast_arg *x) { return !x->annotation || st_expr(c, x->annotation); }

static int st_params(checker *c, const pyast_arguments *a) { return each_param(c, a, param_def); }

static int st_annotations(checker *c, const pyast_arguments *a, const pyast_expr *returns) {
    return each_param(c, a, param_annotation) && (!returns || st_expr(c, returns));
}

static int st_pattern(checker *c, const pyast_pattern *p) {
    if (++c->depth > MAX_DEPTH || py__stack_low()) return too_deep(c);
    int ok = 1;
    switch (p->kind) {
    case PYAST_MatchValue: ok = st_expr(c, p->v.MatchValue.value); break;
    case PYAST_MatchSingleton: break;
    case PYAST_MatchSequence:
    case PYAST_MatchOr:
        for (int i = 0; ok && i < p->v.MatchSequence.patterns.n; i++) ok = st_pattern(c, p->v.MatchSequence.patterns.items[i]);
        break;
    case PYAST_MatchMapping:
        ok = st_exprs(c, &p->v.MatchMapping.keys);
        for (int i = 0; ok && i < p->v.MatchMapping.patterns.n; i++) ok = st_pattern(c, p->v.MatchMapping.patterns.items[i]);
        if (ok && p->v.MatchMapping.rest) ok = add_def(c, p->v.MatchMapping.rest, DEF_LOCAL, &p->pos);
        break;
    case PYAST_MatchClass:
        ok = st_expr(c, p->v.MatchClass.cls);
        for (int i = 0; ok && i < p->v.MatchClass.patterns.n; i++) ok = st_pattern(c, p->v.MatchClass.patterns.items[i]);
        for (int i = 0; ok && i < p->v.MatchClass.kwd_patterns.n; i++) ok = st_pattern(c, p->v.MatchClass.kwd_patterns.items[i]);
        break;
    case PYAST_MatchStar:
        if (p->v.MatchStar.name) ok = add_def(c, p->v.MatchStar.name, DEF_LOCAL, &p->pos);
        break;
    case PYAST_MatchAs:
        if (p->v.MatchAs.pattern) ok = st_pattern(c, p->v.MatchAs.pattern);
        if (ok && p->v.MatchAs.name) ok = add_def(c, p->v.MatchAs.name, DEF_LOCAL, &p->pos);
        break;
    }
    c->depth--;
    return ok;
}

static const char *directive_error(int global, int flags) {
    if (flags & DEF_PARAM) return global ? "name '%s' is parameter and global" : "name '%s' is parameter and nonlocal";
    if (flags & USE) return global ? "name '%s' is used prior to global declaration" : "name '%s' is used prior to nonlocal declaration";
    if (flags & DEF_ANNOT) return global ? "annotated name '%s' can't be global" : "annotated name '%s' can't be nonlocal";
    return global ? "name '%s' is assigned to before global declaration" : "name '%s' is assigned to before nonlocal declaration";
}

static int st_stmt(checker *c, const pyast_stmt *s) {
    if (++c->depth > MAX_DEPTH || py__stack_low()) return too_deep(c);
    int ok = 1;
    switch (s->kind) {
    case PYAST_FunctionDef:
    case PYAST_AsyncFunctionDef: {
        const pyast_arguments *a = s->v.FunctionDef.args;
        ok = add_def(c, s->v.FunctionDef.name, DEF_LOCAL, &s->pos) && st_exprs(c, &a->defaults) &&
             st_exprs(c, &a->kw_defaults) && st_annotations(c, a, s->v.FunctionDef.returns) &&
             st_exprs(c, &s->v.FunctionDef.decorator_list);
        if (!ok) break;
        scope *f = enter(c, FUNCTION, s);
        if (!f) return 0;
        f->is_async = f->coroutine = s->kind == PYAST_AsyncFunctionDef;
        ok = st_params(c, a) && st_stmts(c, &s->v.FunctionDef.body);
        c->cur = f->parent;
        break;
    }
    case PYAST_ClassDef: {
        ok = add_def(c, s->v.ClassDef.name, DEF_LOCAL, &s->pos) && st_exprs(c, &s->v.ClassDef.bases);
        for (int i = 0; ok && i < s->v.ClassDef.keywords.n; i++) ok = st_expr(c, s->v.ClassDef.keywords.items[i]->value);
        ok = ok && st_exprs(c, &s->v.ClassDef.decorator_list);
        if (!ok) break;
        scope *k = enter(c, CLASS, s);
        if (!k) return 0;
        const char *outer = c->private;
        c->private = s->v.ClassDef.name;
        ok = st_stmts(c, &s->v.ClassDef.body);
        c->private = outer;
        c->cur = k->parent;
        break;
    }
    case PYAST_Return: ok = !s->v.Return.value || st_expr(c, s->v.Return.value); break;
    case PYAST_Delete: ok = st_exprs(c, &s->v.Delete.targets); break;
    case PYAST_Assign: ok = st_exprs(c, &s->v.Assign.targets) && st_expr(c, s->v.Assign.value); break;
    case PYAST_AugAssign: ok = st_expr(c, s->v.AugAssign.target) && st_expr(c, s->v.AugAssign.value); break;
    case PYAST_AnnAssign: {
        const pyast_expr *t = s->v.AnnAssign.target;
        c->cur->annotations = 1;
        if (t->kind == PYAST_Name) {
            sym *y = lookup(c, t->v.Name.id);
            if (y && (y->flags & (DEF_GLOBAL | DEF_NONLOCAL)) && c->cur->kind != MODULE && s->v.AnnAssign.simple)
                return error(c, &s->pos, "SyntaxError",
                             y->flags & DEF_GLOBAL ? "annotated name '%s' can't be global" : "annotated name '%s' can't be nonlocal",
                             t->v.Name.id);
            if (s->v.AnnAssign.simple) ok = add_def(c, t->v.Name.id, DEF_ANNOT | DEF_LOCAL, &t->pos);
            else if (s->v.AnnAssign.value) ok = add_def(c, t->v.Name.id, DEF_LOCAL, &t->pos);
        } else {
            ok = st_expr(c, t);
        }
        ok = ok && st_expr(c, s->v.AnnAssign.annotation) && (!s->v.AnnAssign.value || st_expr(c, s->v.AnnAssign.value));
        break;
    }
    case PYAST_For:
    case PYAST_AsyncFor:
        ok = st_expr(c, s->v.For.target) && st_expr(c, s->v.For.iter) && st_stmts(c, &s->v.For.body) &&
             st_stmts(c, &s->v.For.orelse);
        break;
    case PYAST_While:
    case PYAST_If:
        ok = st_expr(c, s->v.If.test) && st_stmts(c, &s->v.If.body) && st_stmts(c, &s->v.If.orelse);
        break;
    case PYAST_With:
    case PYAST_AsyncWith:
        for (int i = 0; ok && i < s->v.With.items.n; i++) {
            ok = st_expr(c, s->v.With.items.items[i]->context_expr);
            if (ok && s->v.With.items.items[i]->optional_vars) ok = st_expr(c, s->v.With.items.items[i]->optional_vars);
        }
        ok = ok && st_stmts(c, &s->v.With.body);
        break;
    case PYAST_Match:
        ok = st_expr(c, s->v.Match.subject);
        for (int i = 0; ok && i < s->v.Match.cases.n; i++) {
            const pyast_match_case *mc = s->v.Match.cases.items[i];
            ok = st_pattern(c, mc->pattern) && (!mc->guard || st_expr(c, mc->guard)) && st_stmts(c, &mc->body);
        }
        break;
    case PYAST_Raise:
        ok = (!s->v.Raise.exc || st_expr(c, s->v.Raise.exc)) && (!s->v.Raise.cause || st_expr(c, s->v.Raise.cause));
        break;
    case PYAST_Try:
    case PYAST_TryStar:
        ok = st_stmts(c, &s->v.Try.body) && st_stmts(c, &s->v.Try.orelse);
        for (int i = 0; ok && i < s->v.Try.handlers.n; i++) {
            const pyast_excepthandler *h = s->v.Try.handlers.items[i];
            ok = (!h->type || st_expr(c, h->type)) && (!h->name || add_def(c, h->name, DEF_LOCAL, &h->pos)) &&
                 st_stmts(c, &h->body);
        }
        ok = ok && st_stmts(c, &s->v.Try.finalbody);
        break;
    case PYAST_Assert:
        ok = st_expr(c, s->v.Assert.test) && (!s->v.Assert.msg || st_expr(c, s->v.Assert.msg));
        break;
    case PYAST_Import:
    case PYAST_ImportFrom: {
        pyast_aliases names = s->kind == PYAST_Import ? s->v.Import.names : s->v.ImportFrom.names;
        for (int i = 0; ok && i < names.n; i++) {
            const pyast_alias *al = names.items[i];
            if (!strcmp(al->name, "*")) {
                if (c->cur->kind != MODULE)
                    return error(c, &al->pos, "SyntaxError", "%simport * only allowed at module level", "");
                continue;
            }
            const char *n = al->asname;
            if (!n) {
                const char *dot = strchr(al->name, '.');
                n = dot ? pyarena_strndup(c->a, al->name, (size_t)(dot - al->name)) : al->name;
                if (!n) return 0;
            }
            ok = add_def(c, n, DEF_LOCAL | PY_DEF_IMPORT, &al->pos);
        }
        break;
    }
    case PYAST_Global:
    case PYAST_Nonlocal: {
        int global = s->kind == PYAST_Global;
        for (int i = 0; i < s->v.Global.names.n; i++) {
            const char *n = s->v.Global.names.items[i];
            sym *y = lookup(c, n);
            if (y && (y->flags & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT)))
                return error(c, &s->pos, "SyntaxError", directive_error(global, y->flags), n);
            if (!add_def(c, n, global ? DEF_GLOBAL : DEF_NONLOCAL, &s->pos)) return 0;
            y = lookup(c, n);
            if (!y->directive.lineno) y->directive = s->pos;
        }
        break;
    }
    case PYAST_Expr: ok = st_expr(c, s->v.Expr.value); break;
    case PYAST_Pass:
    case PYAST_Break:
    case PYAST_Continue: break;
    }
    c->depth--;
    return ok && !c->error;
}

static int st_stmts(checker *c, const pyast_stmts *b) {
    for (int i = 0; i < b->n; i++)
        if (!st_stmt(c, b->items[i])) return 0;
    return 1;
}

/* ---- chains ------------------------------------------------------------------ */

/* The first child of an operator, attribute, call or subscript: a chain
 * of them (a+b+c+..., -(-(-x)), f(1)(2), a.b.c[0]) is walked in a loop,
 * not by recursion, so the C stack does not grow with its length. */
static const pyast_expr *first_child(const pyast_expr *e) {
    switch (e->kind) {
    case PYAST_BinOp: return e->v.BinOp.left;
    case PYAST_UnaryOp: return e->v.UnaryOp.operand;
    case PYAST_Attribute: return e->v.Attribute.value;
    case PYAST_Call: return e->v.Call.func;
    case PYAST_Subscript: return e->v.Subscript.value;
    default: return NULL;
    }
}

/* A chain of two or more (e and its first child are chain kinds) walked
 * by f: check on each node top-down (NULL: none; CPython's compiler checks
 * a call or subscript before compiling its first child), f on the
 * innermost first child, then rest on each node upwards (its other
 * children).  The depth counts each node of the chain. */
static int chain(checker *c, const pyast_expr *e, visit_fn *f, visit_fn *check, visit_fn *rest) {
    int n = 0;
    for (const pyast_expr *x = e; first_child(x); x = first_child(x))
        if (c->depth + ++n > MAX_DEPTH) return too_deep(c);
    const pyast_expr **spine = pyarena_alloc(c->a, (size_t)n * sizeof *spine);
    if (!spine) return oom(c);
    const pyast_expr *x = e;
    for (int i = 0; i < n; i++, x = first_child(x)) spine[i] = x;
    c->depth += n;
    int ok = 1;
    for (int i = 0; check && ok && i < n; i++) ok = check(c, spine[i]);
    ok = ok && f(c, x);
    for (int i = n - 1; ok && i >= 0; i--) ok = rest(c, spine[i]);
    c->depth -= n;
    return ok;
}

/* A chain of conditional expressions (a if b else c if d else ...) walked
 * by f in a loop: test, body, then the next one. */
static int if_chain(checker *c, const pyast_expr *e, visit_fn *f) {
    int extra = 0, ok = 1;
    const pyast_expr *x = e;
    for (; ok && x->kind == PYAST_IfExp; x = x->v.IfExp.orelse, extra++) {
        if (c->depth + extra > MAX_DEPTH) return too_deep(c);
        ok = f(c, x->v.IfExp.test) && f(c, x->v.IfExp.body);
    }
    c->depth += extra;
    ok = ok && f(c, x);
    c->depth -= extra;
    return ok;
}

/* The children of a chain's node but its first, for the symbol table. */
static int st_rest(checker *c, const pyast_expr *e) { return kids(c, e, st_expr, 1); }

/* symtable_handle_comprehension */
static int st_comprehension(checker *c, const pyast_expr *e, const pyast_comprehensions *gens, const pyast_expr *elt,
                            const pyast_expr *value, const char *what) {
    const pyast_comprehension *outer = gens->items[0];
    c->comp_iter++;
    int ok = st_expr(c, outer->iter);
    c->comp_iter--;
    if (!ok) return 0;
    scope *s = enter(c, COMPREHENSION, e);
    if (!s) return 0;
    s->comp = what;
    s->generator = e->kind == PYAST_GeneratorExp;
    if (outer->is_async) s->coroutine = 1;
    ok = st_expr(c, outer->target) && st_exprs(c, &outer->ifs);
    for (int i = 1; ok && i < gens->n; i++) {
        const pyast_comprehension *g = gens->items[i];
        ok = st_expr(c, g->target);
        c->comp_iter++;
        ok = ok && st_expr(c, g->iter);
        c->comp_iter--;
        ok = ok && st_exprs(c, &g->ifs);
        if (g->is_async) s->coroutine = 1;
    }
    if (ok && value) ok = st_expr(c, value);
    ok = ok && st_expr(c, elt);
    c->cur = s->parent;
    return ok;
}

static int st_expr(checker *c, const pyast_expr *e) {
    if (++c->depth > MAX_DEPTH || py__stack_low()) return too_deep(c);
    int ok = 1;
    if (first_child(e) && first_child(first_child(e))) {
        /* a chain: the innermost first, then the other children upwards */
        ok = chain(c, e, st_expr, NULL, st_rest);
        c->depth--;
        return ok && !c->error;
    }
    switch (e->kind) {
    case PYAST_NamedExpr: {
        if (c->comp_iter)
            return error(c, &e->pos, "SyntaxError", "%sassignment expression cannot be used in a comprehension iterable expression", "");
        ok = st_expr(c, e->v.NamedExpr.value);
        if (!ok) break;
        const pyast_expr *target = e->v.NamedExpr.target;
        const char *n = target->v.Name.id;
        if (c->cur->kind == COMPREHENSION) {
            /* binds in the nearest enclosing function or module */
            scope *t = c->cur;
            const char *m = mangled(c, n);
            if (!m) return 0;
            for (; t->kind == COMPREHENSION; t = t->parent) {
                sym *y = py_scope_lookup(t, m);
                if (y && (y->flags & DEF_LOCAL))
                    return error(c, &target->pos, "SyntaxError",
                                 "assignment expression cannot rebind comprehension iteration variable '%s'", n);
            }
            /* both errors point at the target, as CPython's symtable */
            if (t->kind == CLASS)
                return error(c, &target->pos, "SyntaxError", "%sassignment expression within a comprehension cannot be used in a class body", "");
            scope *save = c->cur;
            c->cur = t;
            ok = add_def(c, n, DEF_LOCAL, &e->pos);
            c->cur = save;
            /* and is used here: a free name of the comprehension (or a
             * global one, at module level) */
            ok = ok && add_def(c, n, USE, &e->pos);
        } else {
            ok = add_def(c, n, DEF_LOCAL, &e->pos);
        }
        break;
    }
    case PYAST_Lambda: {
        const pyast_arguments *a = e->v.Lambda.args;
        ok = st_exprs(c, &a->defaults) && st_exprs(c, &a->kw_defaults);
        if (!ok) break;
        scope *f = enter(c, FUNCTION, e);
        if (!f) return 0;
        ok = st_params(c, a) && st_expr(c, e->v.Lambda.body);
        c->cur = f->parent;
        break;
    }
    case PYAST_IfExp: ok = if_chain(c, e, st_expr); break;
    /* ListComp, SetComp and GeneratorExp have one layout (ast.h) */
    case PYAST_ListComp:
        ok = st_comprehension(c, e, &e->v.ListComp.generators, e->v.ListComp.elt, NULL, "list comprehension");
        break;
    case PYAST_SetComp:
        ok = st_comprehension(c, e, &e->v.ListComp.generators, e->v.ListComp.elt, NULL, "set comprehension");
        break;
    case PYAST_GeneratorExp:
        ok = st_comprehension(c, e, &e->v.ListComp.generators, e->v.ListComp.elt, NULL, "generator expression");
        break;
    case PYAST_DictComp:
        ok = st_comprehension(c, e, &e->v.DictComp.generators, e->v.DictComp.key, e->v.DictComp.value, "dict comprehension");
        break;
    case PYAST_Await:
    case PYAST_Yield:
    case PYAST_YieldFrom: {
        if (!kids(c, e, st_expr, 0)) return 0;
        if (e->kind == PYAST_Await) {
            c->cur->coroutine = 1;
        } else {
            if (c->cur->kind == COMPREHENSION)
                return error(c, &e->pos, "SyntaxError", "'yield' inside %s", c->cur->comp);
            c->cur->generator = 1;
        }
        break;
    }
    case PYAST_Name:
        ok = add_def(c, e->v.Name.id, e->v.Name.ctx == PYAST_Load ? USE : DEF_LOCAL, &e->pos);
        /* super() in a function needs the class's __class__ cell, as CPython's */
        if (ok && e->v.Name.ctx == PYAST_Load && c->cur->kind >= FUNCTION && !strcmp(e->v.Name.id, "super"))
            ok = add_def(c, "__class__", USE, &e->pos);
        break;
    default: ok = kids(c, e, st_expr, 0); break;
    }
    c->depth--;
    return ok && !c->error;
}

/* The analysis (analyze_block): each scope's names in the order they were
 * first met (their errors, then where each lives), then its children,
 * whose free names become cells or free names here.  bound: the names
 * bound in the enclosing functions (NULL at module level); the free names
 * of s are added to *free. */
typedef struct { const char **names; int n, cap; } nameset;
static int in_set(const nameset *b, const char *n) {
    for (int i = 0; b && i < b->n; i++)
        if (!strcmp(b->names[i], n)) return 1;
    return 0;
}
static int set_add(checker *c, nameset *b, const char *n) {
    if (in_set(b, n)) return 1;
    if (b->n == b->cap) {
        const char **v = grow(c, b->names, &b->cap, sizeof *v);
        if (!v) return 0;
        b->names = v;
    }
    b->names[b->n++] = n;
    return 1;
}
static int analyze(checker *c, scope *s, const nameset *bound, nameset *frees) {
    if (py__stack_low()) return too_deep(c);
    /* nb: the names bound for the children: bound, and a function's own
     * names (a class's: its __class__ cell); kf: the children's free names
     * (both in the arena: in locals they would need a stack frame in wasm) */
    nameset *nb = pyarena_alloc(c->a, 2 * sizeof *nb), *kf = nb + 1;
    if (!nb) return oom(c);
    nb->cap = (bound ? bound->n : 0) + s->nsyms + 1;
    nb->names = pyarena_alloc(c->a, (size_t)nb->cap * sizeof *nb->names);
    if (!nb->names) return oom(c);
    for (int i = 0; bound && i < bound->n; i++) nb->names[nb->n++] = bound->names[i];
    for (int i = 0; i < s->nsyms; i++) {
        sym *y = &s->syms[i];
        int f = y->flags;
        if ((f & DEF_GLOBAL) && (f & DEF_NONLOCAL))
            return error(c, &y->directive, "SyntaxError", "name '%s' is nonlocal and global", y->name);
        if (f & DEF_NONLOCAL) {
            if (!bound) return error(c, &y->directive, "SyntaxError", "%snonlocal declaration not allowed at module level", "");
            if (!in_set(bound, y->name)) return error(c, &y->directive, "SyntaxError", "no binding for nonlocal '%s' found", y->name);
        }
        y->scope = f & DEF_GLOBAL ? PY_SC_GLOBAL_EXPLICIT
                   : f & DEF_NONLOCAL ? PY_SC_FREE
                   : s->kind == MODULE ? PY_SC_GLOBAL_IMPLICIT
                   : f & (DEF_LOCAL | DEF_PARAM) ? PY_SC_LOCAL
                   : in_set(bound, y->name) ? PY_SC_FREE : PY_SC_GLOBAL_IMPLICIT;
        if (y->scope == PY_SC_LOCAL && s->kind != CLASS) nb->names[nb->n++] = y->name;
    }
    if (s->kind == CLASS) nb->names[nb->n++] = "__class__";
    for (int i = 0; i < s->nkids; i++)
        if (!analyze(c, s->kids[i], nb, kf)) return 0;
    for (int i = 0; i < kf->n; i++) {
        const char *n = kf->names[i];
        sym *y = py_scope_lookup(s, n);
        int sc = y ? y->scope : 0;
        if (s->kind == MODULE || sc == PY_SC_CELL || sc == PY_SC_GLOBAL_EXPLICIT) continue;
        if (s->kind == CLASS && sc == PY_SC_LOCAL && strcmp(n, "__class__")) {
            /* a method's free name that the class binds too: passed through */
            y->flags |= PY_DEF_FREE_CLASS;
            if (!set_add(c, frees, n)) return 0;
            continue;
        }
        if (!y && !(y = add_sym(c, s, n))) return 0;
        if (s->kind == CLASS && !strcmp(n, "__class__")) y->scope = PY_SC_CELL;
        else if (s->kind != CLASS && sc == PY_SC_LOCAL) y->scope = PY_SC_CELL;
        else y->scope = PY_SC_FREE;
    }
    for (int i = 0; i < s->nsyms; i++)
        if (s->syms[i].scope == PY_SC_FREE && !set_add(c, frees, s->syms[i].name)) return 0;
    return 1;
}

/* ---- pass 2: the compiler's checks ------------------------------------------ */

/* compiler_warn */
static int warn(checker *c, int lineno, const char *fmt, const char *a1, const char *a2) {
    if (!c->warnings) return 1;
    py_warnings *w = c->warnings;
    if (w->n == c->capwarn) {
        py_warning *n = grow(c, w->items, &c->capwarn, sizeof *n);
        if (!n) return 0;
        w->items = n;
    }
    py_warning *x = &w->items[w->n++];
    x->category = "SyntaxWarning";
    snprintf(x->msg, sizeof x->msg, fmt, a1, a2 ? a2 : "");
    x->lineno = lineno;
    return 1;
}

/* The types the compiler's warnings name, as small numbers (0: none
 * known), so that a set of them is a bit mask (IS). */
enum { T_NONE = 1, T_BOOL, T_ELLIPSIS, T_INT, T_FLOAT, T_COMPLEX, T_STR, T_BYTES, T_TUPLE, T_LIST, T_DICT, T_SET,
       T_GENERATOR, T_FUNCTION, T_SLICE };
static const char *const type_names[] = {
    "", "NoneType", "bool", "ellipsis", "int", "float", "complex", "str", "bytes", "tuple", "list", "dict", "set",
    "generator", "function", "slice"};
#define B(t) (1u << T_##t)
#define IS(t, mask) ((t) && ((1u << (t)) & (mask)))

/* A small int that e folds to (a literal, with + or - before it, or a
 * bool), else LLONG_MIN.  (No recursion, no frame: wasm_stack.py.) */
static long long const_small_int(const pyast_expr *e) {
    int neg = 0;
    while (e->kind == PYAST_UnaryOp && (e->v.UnaryOp.op == PYAST_USub || e->v.UnaryOp.op == PYAST_UAdd)) {
        neg ^= e->v.UnaryOp.op == PYAST_USub;
        e = e->v.UnaryOp.operand;
    }
    if (e->kind != PYAST_Constant) return LLONG_MIN;
    long long v = 0;
    if (e->v.Constant.kind == PYAST_CONST_TRUE || e->v.Constant.kind == PYAST_CONST_FALSE) v = e->v.Constant.kind == PYAST_CONST_TRUE;
    else if (e->v.Constant.kind == PYAST_CONST_INT && e->v.Constant.n <= 15) {
        const char *s = e->v.Constant.s;
        int base = 10;
        if (s[0] == '0' && (s[1] | 32) == 'x') base = 16;
        else if (s[0] == '0' && (s[1] | 32) == 'o') base = 8;
        else if (s[0] == '0' && (s[1] | 32) == 'b') base = 2;
        for (s += base == 10 ? 0 : 2; *s; s++) {
            int d = *s >= '0' && *s <= '9' ? *s - '0' : (*s | 32) - 'a' + 10;
            if (d < 0 || d >= base) return LLONG_MIN;
            v = v * base + d;
        }
    } else return LLONG_MIN;
    return neg ? -v : v;
}

static int const_type(const pyast_expr *e);
/* CPython's fold_subscr: a constant (a str, bytes, a tuple of constants)
 * indexed by a constant int in range: the type of the item, else 0 */
static int const_item_type(const pyast_expr *e) {
    const pyast_expr *v = e->v.Subscript.value;
    long long i = e->v.Subscript.ctx == PYAST_Load ? const_small_int(e->v.Subscript.slice) : LLONG_MIN;
    if (i == LLONG_MIN) return 0;
    long long n = 0;
    if (v->kind == PYAST_Constant && v->v.Constant.kind == PYAST_CONST_STR)
        for (size_t k = 0; k < v->v.Constant.n; k++) n += ((unsigned char)v->v.Constant.s[k] & 0xC0) != 0x80;
    else if (v->kind == PYAST_Constant && v->v.Constant.kind == PYAST_CONST_BYTES) n = (long long)v->v.Constant.n;
    else if (v->kind == PYAST_Tuple && const_type(v) == T_TUPLE) n = v->v.Tuple.elts.n;
    else return 0;
    if (i < 0) i += n;
    if (i < 0 || i >= n) return 0;
    if (v->kind == PYAST_Tuple) return const_type(v->v.Tuple.elts.items[i]);
    return v->v.Constant.kind == PYAST_CONST_STR ? T_STR : T_INT;
}

/* CPython folds constants before compiling (ast_opt.c): the type of what
 * e folds to, or 0 when it is not a constant.  Numbers with unary
 * operators, tuples of constants and their items, fold. */
static int const_type(const pyast_expr *e) {
    if (e->kind == PYAST_Subscript) return const_item_type(e);
    if (e->kind == PYAST_Constant) {
        /* PYAST_CONST_NONE, _TRUE, _FALSE, _ELLIPSIS, _INT, _FLOAT, _COMPLEX, _STR, _BYTES */
        static const unsigned char types[] = {0, T_NONE, T_BOOL, T_BOOL, T_ELLIPSIS, T_INT, T_FLOAT, T_COMPLEX, T_STR, T_BYTES};
        return types[e->v.Constant.kind];
    }
    if (e->kind == PYAST_UnaryOp && e->v.UnaryOp.op != PYAST_Not) {
        int t = const_type(e->v.UnaryOp.operand);
        if (IS(t, B(INT) | B(FLOAT) | B(COMPLEX))) return t;
        return t == T_BOOL ? T_INT : 0; /* -True is -1 */
    }
    if (e->kind == PYAST_BinOp) {
        /* an operation on two constants: numbers (bools as ints) give the
         * wider number (a true division a float), a sequence with another
         * of its type or with an int (a repetition) that sequence */
        int l = const_type(e->v.BinOp.left), r = const_type(e->v.BinOp.right);
        const unsigned num = B(BOOL) | B(INT) | B(FLOAT) | B(COMPLEX), seq = B(STR) | B(BYTES) | B(TUPLE);
        if (IS(l, num) && IS(r, num)) {
            int t = l > r ? l : r;
            if (t == T_BOOL) t = T_INT;
            return e->v.BinOp.op == PYAST_Div && t == T_INT ? T_FLOAT : t;
        }
        if (IS(l, seq) && (r == l || r == T_INT)) return l;
        if (IS(r, seq) && l == T_INT) return r;
        return 0;
    }
    if (e->kind == PYAST_Tuple && e->v.Tuple.ctx == PYAST_Load) {
        for (int i = 0; i < e->v.Tuple.elts.n; i++)
            if (!const_type(e->v.Tuple.elts.items[i])) return 0;
        return T_TUPLE;
    }
    return 0;
}

/* infer_type: the type of a literal or display, or 0. */
static int infer_type(const pyast_expr *e) {
    switch (e->kind) {
    case PYAST_Tuple: return T_TUPLE;
    case PYAST_List: case PYAST_ListComp: return T_LIST;
    case PYAST_Dict: case PYAST_DictComp: return T_DICT;
    case PYAST_Set: case PYAST_SetComp: return T_SET;
    case PYAST_GeneratorExp: return T_GENERATOR;
    case PYAST_Lambda: return T_FUNCTION;
    case PYAST_JoinedStr: case PYAST_FormattedValue: return T_STR;
    default: return const_type(e);
    }
}

/* check_is_arg: not a literal that 'is' would compare by identity */
static int is_arg_ok(const pyast_expr *e) {
    int t = const_type(e);
    return !t || IS(t, B(NONE) | B(BOOL) | B(ELLIPSIS));
}

static int check_compare(checker *c, const pyast_expr *e) {
    int left = is_arg_ok(e->v.Compare.left);
    for (int i = 0; i < e->v.Compare.n; i++) {
        int right = is_arg_ok(e->v.Compare.comparators.items[i]);
        pyast_cmpop op = e->v.Compare.ops[i];
        if ((op == PYAST_Is || op == PYAST_IsNot) && (!right || !left))
            return warn(c, e->pos.lineno,
                        op == PYAST_Is ? "\"is\" with a literal. Did you mean \"==\"?%s%s"
                                       : "\"is not\" with a literal. Did you mean \"!=\"?%s%s",
                        "", "");
        left = right;
    }
    return 1;
}

static int check_caller(checker *c, const pyast_expr *call) {
    const pyast_expr *f = call->v.Call.func;
    int t = 0;
    switch (f->kind) {
    case PYAST_Constant: case PYAST_Tuple: case PYAST_List: case PYAST_ListComp: case PYAST_Dict:
    case PYAST_DictComp: case PYAST_Set: case PYAST_SetComp: case PYAST_GeneratorExp: case PYAST_JoinedStr:
    case PYAST_FormattedValue:
        t = infer_type(f);
        break;
    case PYAST_UnaryOp: case PYAST_BinOp: /* a constant once folded */
        t = const_type(f);
        break;
    default: break;
    }
    if (!t) return 1;
    return warn(c, call->pos.lineno, "'%.100s' object is not callable; perhaps you missed a comma?%s", type_names[t], "");
}

static int check_subscript(checker *c, const pyast_expr *e) {
    const pyast_expr *v = e->v.Subscript.value, *s = e->v.Subscript.slice;
    int vt = infer_type(v);
    /* check_subscripter */
    if (v->kind == PYAST_Set || v->kind == PYAST_SetComp || v->kind == PYAST_GeneratorExp || v->kind == PYAST_Lambda ||
        ((v->kind == PYAST_Constant || v->kind == PYAST_UnaryOp || v->kind == PYAST_BinOp) &&
         IS(vt, B(NONE) | B(ELLIPSIS) | B(INT) | B(FLOAT) | B(COMPLEX) | B(BOOL))))
        return warn(c, e->pos.lineno, "'%.100s' object is not subscriptable; perhaps you missed a comma?%s",
                    type_names[vt], "");
    /* check_index */
    int it = s->kind == PYAST_Slice ? T_SLICE : infer_type(s);
    if (!it || IS(it, B(INT) | B(BOOL) | B(SLICE))) return 1;
    if (v->kind == PYAST_List || v->kind == PYAST_ListComp || v->kind == PYAST_JoinedStr ||
        v->kind == PYAST_FormattedValue || v->kind == PYAST_Tuple || IS(vt, B(STR) | B(BYTES) | B(TUPLE)))
        return warn(c, e->pos.lineno, "%.80s indices must be integers or slices, not %.80s; perhaps you missed a comma?",
                    type_names[vt], type_names[it]);
    return 1;
}

static int co_expr(checker *c, const pyast_expr *e);
static int co_stmts(checker *c, const pyast_stmts *b);

static int co_exprs(checker *c, const pyast_exprs *v) { return each(c, v, co_expr); }

static int in_function(checker *c) { return c->unit->kind == FUNCTION || c->unit->kind == COMPREHENSION; }

static int push_block(checker *c, const pyast_pos *pos) {
    if (++c->blocks > MAXBLOCKS) return error(c, pos, "SyntaxError", "%stoo many statically nested blocks", "");
    return 1;
}

/* A new code unit (function, lambda, class body, comprehension; s NULL:
 * the same scope).  Returns the loops and blocks of the unit left, in one
 * scalar (a struct kept in the caller would give it a stack frame in
 * wasm), for leave_unit with the unit left. */
static uint64_t enter_unit(checker *c, scope *s) {
    uint64_t saved = (uint64_t)(uint16_t)c->loops << 48 | (uint64_t)(uint16_t)c->blocks << 32 |
                     (uint64_t)(uint16_t)c->star_handlers << 16 | (uint16_t)c->star_loops;
    if (s) c->unit = s;
    c->loops = c->blocks = c->star_handlers = c->star_loops = 0;
    return saved;
}
static void leave_unit(checker *c, scope *unit, uint64_t saved) {
    c->unit = unit;
    c->loops = (int)(uint16_t)(saved >> 48);
    c->blocks = (int)(uint16_t)(saved >> 32);
    c->star_handlers = (int)(uint16_t)(saved >> 16);
    c->star_loops = (int)(uint16_t)saved;
}

/* CPython's forbidden_name: __debug__ cannot be bound or deleted (an
 * assignment, a del, a for target, an attribute, a parameter, a keyword
 * argument, an import's or a def's or class's name), at pos. */
static int forbidden(checker *c, const char *name, const pyast_pos *pos, int del) {
    if (!name || strcmp(name, "__debug__")) return 1;
    return error(c, pos, "SyntaxError", del ? "%scannot delete __debug__" : "%scannot assign to __debug__", "");
}
/* ... and compiler_check_debug_args: a def's or lambda's parameters, at the def or lambda. */
static int forbidden_args(checker *c, const pyast_arguments *a, const pyast_pos *pos) {
    const pyast_args *lists[3] = { &a->posonlyargs, &a->args, &a->kwonlyargs };
    for (int l = 0; l < 3; l++)
        for (int i = 0; i < lists[l]->n; i++)
            if (!forbidden(c, lists[l]->items[i]->arg, pos, 0)) return 0;
    return (!a->vararg || forbidden(c, a->vararg->arg, pos, 0)) && (!a->kwarg || forbidden(c, a->kwarg->arg, pos, 0));
}

/* A target of an assignment (Store): starred items checked. */
static int co_target(checker *c, const pyast_expr *e) {
    if (py__stack_low()) return too_deep(c);
    if (e->kind == PYAST_Starred)
        return error(c, &e->pos, "SyntaxError", "%sstarred assignment target must be in a list or tuple", "");
    if (e->kind == PYAST_Tuple || e->kind == PYAST_List) {
        int stars = 0;
        for (int i = 0; i < e->v.List.elts.n; i++)
            if (e->v.List.elts.items[i]->kind == PYAST_Starred) stars++;
        if (stars > 1) return error(c, &e->pos, "SyntaxError", "%smultiple starred expressions in assignment", "");
        for (int i = 0; i < e->v.List.elts.n; i++) {
            const pyast_expr *x = e->v.List.elts.items[i];
            if (x->kind == PYAST_Starred) x = x->v.Starred.value;
            if (!co_target(c, x)) return 0;
        }
        return 1;
    }
    return co_expr(c, e);
}

/* Items of a display or call: a Starred is allowed here. */
static int co_items(checker *c, const pyast_exprs *v) {
    for (int i = 0; i < v->n; i++) {
        const pyast_expr *x = v->items[i];
        if (!co_expr(c, x->kind == PYAST_Starred ? x->v.Starred.value : x)) return 0;
    }
    return 1;
}

static int co_args(checker *c, const pyast_arguments *a) {
    return co_exprs(c, &a->defaults) && co_exprs(c, &a->kw_defaults);
}

static int co_comprehension(checker *c, const pyast_expr *e, const pyast_comprehensions *gens, const pyast_expr *elt,
                            const pyast_expr *value) {
    scope *s = py_scope_of(c->st, e);
    scope *outer = c->unit;
    if (s && s->coroutine && e->kind != PYAST_GeneratorExp && !outer->is_async && outer->kind != COMPREHENSION)
        return error(c, &e->pos, "SyntaxError", "%sasynchronous comprehension outside of an asynchronous function", "");
    uint64_t saved = enter_unit(c, s);
    int ok = 1;
    for (int i = 0; ok && i < gens->n; i++) {
        const pyast_comprehension *g = gens->items[i];
        if (i) ok = co_expr(c, g->iter);
        ok = ok && co_target(c, g->target) && co_exprs(c, &g->ifs);
    }
    if (ok && value) ok = co_expr(c, elt) && co_expr(c, value);
    else if (ok) ok = co_expr(c, elt);
    leave_unit(c, outer, saved);
    return ok && co_expr(c, gens->items[0]->iter);
}

static int co_call_rest(checker *c, const pyast_expr *e);
static int co_subscript_slice(checker *c, const pyast_expr *e);
/* A chain's node before its first child: the compiler's checks of a call
 * or a subscript that loads. */
static int co_check(checker *c, const pyast_expr *e) {
    if (e->kind == PYAST_Call) return check_caller(c, e);
    if (e->kind == PYAST_Subscript && e->v.Subscript.ctx == PYAST_Load) return check_subscript(c, e);
    return 1;
}
/* ... after it: its other children. */
static int co_rest(checker *c, const pyast_expr *e) {
    if (e->kind == PYAST_BinOp) return co_expr(c, e->v.BinOp.right);
    if (e->kind == PYAST_Subscript) return co_subscript_slice(c, e);
    if (e->kind == PYAST_Call) return co_call_rest(c, e);
    if (e->kind == PYAST_Attribute && e->v.Attribute.ctx != PYAST_Load)
        return forbidden(c, e->v.Attribute.attr, &e->pos, e->v.Attribute.ctx == PYAST_Del);
    return 1;
}

static int co_expr(checker *c, const pyast_expr *e) {
    if (++c->depth > MAX_DEPTH || py__stack_low()) return too_deep(c);
    int ok = 1;
    if (first_child(e)) {
        /* an operator, attribute, call or subscript; a chain of them in a loop */
        if (first_child(first_child(e))) ok = chain(c, e, co_expr, co_check, co_rest);
        else ok = co_check(c, e) && co_expr(c, first_child(e)) && co_rest(c, e);
        c->depth--;
        return ok && !c->error;
    }
    switch (e->kind) {
    case PYAST_Lambda: {
        ok = forbidden_args(c, e->v.Lambda.args, &e->pos) && co_args(c, e->v.Lambda.args);
        if (!ok) break;
        scope *s = py_scope_of(c->st, e);
        scope *outer = c->unit;
        uint64_t saved = enter_unit(c, s);
        ok = co_expr(c, e->v.Lambda.body);
        leave_unit(c, outer, saved);
        break;
    }
    case PYAST_IfExp: ok = if_chain(c, e, co_expr); break;
    case PYAST_Set: ok = co_items(c, &e->v.Set.elts); break;
    /* ListComp, SetComp and GeneratorExp have one layout (ast.h) */
    case PYAST_ListComp: case PYAST_SetComp: case PYAST_GeneratorExp:
        ok = co_comprehension(c, e, &e->v.ListComp.generators, e->v.ListComp.elt, NULL);
        break;
    case PYAST_DictComp:
        ok = co_comprehension(c, e, &e->v.DictComp.generators, e->v.DictComp.key, e->v.DictComp.value);
        break;
    case PYAST_Await:
        if (!in_function(c)) return error(c, &e->pos, "SyntaxError", "%s'await' outside function", "");
        if (!c->unit->is_async && c->unit->kind != COMPREHENSION)
            return error(c, &e->pos, "SyntaxError", "%s'await' outside async function", "");
        ok = kids(c, e, co_expr, 0);
        break;
    case PYAST_Yield:
    case PYAST_YieldFrom:
        if (!in_function(c)) return error(c, &e->pos, "SyntaxError", "%s'yield' outside function", "");
        if (e->kind == PYAST_YieldFrom && c->unit->is_async)
            return error(c, &e->pos, "SyntaxError", "%s'yield from' inside async function", "");
        ok = kids(c, e, co_expr, 0);
        break;
    case PYAST_Compare: ok = check_compare(c, e) && kids(c, e, co_expr, 0); break;
    case PYAST_Name:
        if (e->v.Name.ctx != PYAST_Load) ok = forbidden(c, e->v.Name.id, &e->pos, e->v.Name.ctx == PYAST_Del);
        break;
    case PYAST_NamedExpr: ok = co_expr(c, e->v.NamedExpr.value) && co_expr(c, e->v.NamedExpr.target); break;
    case PYAST_Starred:
        if (e->v.Starred.ctx == PYAST_Store)
            return error(c, &e->pos, "SyntaxError", "%sstarred assignment target must be in a list or tuple", "");
        return error(c, &e->pos, "SyntaxError", "%scan't use starred expression here", "");
    case PYAST_List:
    case PYAST_Tuple:
        if (e->v.List.ctx == PYAST_Store) ok = co_target(c, e);
        else ok = co_items(c, &e->v.List.elts);
        break;
    default: ok = kids(c, e, co_expr, 0); break;
    }
    c->depth--;
    return ok && !c->error;
}

/* A call after its function: the keywords checked, then the arguments. */
static int co_call_rest(checker *c, const pyast_expr *e) {
    const pyast_keywords *k = &e->v.Call.keywords;
    for (int i = 0; i < k->n; i++) {
        if (!k->items[i]->arg) continue;
        if (!forbidden(c, k->items[i]->arg, &e->pos, 0)) return 0;
        for (int j = i + 1; j < k->n; j++)
            if (k->items[j]->arg && !strcmp(k->items[i]->arg, k->items[j]->arg))
                return error(c, &k->items[j]->pos, "SyntaxError", "keyword argument repeated: %s", k->items[i]->arg);
    }
    int ok = co_items(c, &e->v.Call.args);
    for (int i = 0; ok && i < k->n; i++) ok = co_expr(c, k->items[i]->value);
    return ok;
}

static int co_subscript_slice(checker *c, const pyast_expr *e) {
    const pyast_expr *sl = e->v.Subscript.slice;
    return sl->kind == PYAST_Tuple ? co_items(c, &sl->v.Tuple.elts) : co_expr(c, sl);
}

/* The errors CPython's compiler finds in a case's pattern (compiler_pattern
 * and its helpers, 3.11): an irrefutable pattern that is not the last
 * alternative of the last case (or guarded), a name bound twice, and
 * alternatives binding different names.  loc follows CPython's: the
 * pattern visited last. */
typedef struct { const char *names[64]; int n; } pat_stores;

static int pat_store(checker *c, pat_stores *st, const char *name) {
    if (!name) return 1;
    for (int i = 0; i < st->n; i++)
        if (!strcmp(st->names[i], name))
            return error(c, c->pat_loc, "SyntaxError", "multiple assignments to name '%s' in pattern", name);
    if (st->n == 64) { c->pat_full = 1; return 1; } /* beyond 64 names: not checked */
    st->names[st->n++] = name;
    return 1;
}

/* A mapping pattern's literal key as CPython's compiler sees it (folded): a
 * number (bools as 0 and 1, a sign applied), a str, bytes or None; kind 0
 * for what is not compared here (an attribute lookup, a complex number).
 * An int past 64 bits is kind 'I', compared with another by its value in
 * decimal (never found equal to a float). */
typedef struct {
    int kind;            /* 'n' a number, 's' str, 'b' bytes, 'N' None, 'I' a big int, 0 */
    int is_float, neg;   /* 'n': a float; 'I': negated */
    double f;            /* 'n' float */
    uint64_t mag;        /* 'n' int: the magnitude */
    const char *s;       /* 's', 'b', 'I' (the literal's text) */
    size_t n;
    const char *word;    /* 'N' and bools: the repr */
    const pyast_const *c; /* the literal */
} pat_key;

static int pat_int_value(const char *t, uint64_t *out) {
    int base = 10;
    if (t[0] == '0' && (t[1] == 'x' || t[1] == 'X')) base = 16, t += 2;
    else if (t[0] == '0' && (t[1] == 'o' || t[1] == 'O')) base = 8, t += 2;
    else if (t[0] == '0' && (t[1] == 'b' || t[1] == 'B')) base = 2, t += 2;
    uint64_t v = 0;
    for (; *t; t++) {
        int d = *t >= '0' && *t <= '9' ? *t - '0' : *t >= 'a' && *t <= 'f' ? *t - 'a' + 10 : *t >= 'A' && *t <= 'F' ? *t - 'A' + 10 : 99;
        if (d >= base || v > (UINT64_MAX - (uint64_t)d) / (uint64_t)base) return 0;
        v = v * (uint64_t)base + (uint64_t)d;
    }
    *out = v;
    return 1;
}

static pat_key pat_key_of(const pyast_expr *e) {
    pat_key k;
    memset(&k, 0, sizeof k);
    int neg = 0;
    if (e->kind == PYAST_UnaryOp && e->v.UnaryOp.op == PYAST_USub) neg = 1, e = e->v.UnaryOp.operand;
    if (e->kind != PYAST_Constant) return k;
    const pyast_const *v = &e->v.Constant;
    k.c = v;
    switch (v->kind) {
    case PYAST_CONST_NONE: if (!neg) k.kind = 'N', k.word = "None"; break;
    case PYAST_CONST_TRUE: case PYAST_CONST_FALSE:
        if (!neg) k.kind = 'n', k.mag = v->kind == PYAST_CONST_TRUE, k.word = k.mag ? "True" : "False";
        break;
    case PYAST_CONST_INT:
        if (pat_int_value(v->s, &k.mag)) k.kind = 'n', k.neg = neg && k.mag;
        else k.kind = 'I', k.neg = neg, k.s = v->s, k.n = v->n;
        break;
    case PYAST_CONST_FLOAT: k.kind = 'n', k.is_float = 1, k.f = neg ? -v->f : v->f; break;
    case PYAST_CONST_STR: if (!neg) k.kind = 's', k.s = v->s, k.n = v->n; break;
    case PYAST_CONST_BYTES: if (!neg) k.kind = 'b', k.s = v->s, k.n = v->n; break;
    default: break;
    }
    return k;
}

/* a == b as Python compares them (1 == True == 1.0, -0.0 == 0). */
static int pat_key_eq(const pat_key *a, const pat_key *b) {
    if (!a->kind || a->kind != b->kind) return 0;
    switch (a->kind) {
    case 'N': return 1;
    case 's': case 'b': return a->n == b->n && !memcmp(a->s, b->s, a->n);
    case 'I': { /* by value: 0x10000000000000000 == 18446744073709551616 */
        char *x = a->neg == b->neg ? pyast_const_repr(a->c) : NULL, *y = x ? pyast_const_repr(b->c) : NULL;
        int eq = y && !strcmp(x, y);
        free(x);
        free(y);
        return eq;
    }
    default: break;
    }
    if (a->is_float && b->is_float) return a->f == b->f;
    if (!a->is_float && !b->is_float) return a->mag == b->mag && a->neg == b->neg;
    const pat_key *fl = a->is_float ? a : b, *in = a->is_float ? b : a;
    double m = in->neg ? -fl->f : fl->f;  /* the float's magnitude, with the int's sign */
    if (!(m >= 0) || m != m || m >= 18446744073709551616.0 || m != (double)(uint64_t)m) return in->mag == 0 && fl->f == 0;
    return (uint64_t)m == in->mag && (double)in->mag == m;
}

/* repr(key): CPython's repr of the folded constant (ast.c's, with the
 * sign applied to a number), a new string from malloc, or NULL. */
static char *pat_key_repr(const pat_key *k) {
    if (k->word) return strdup(k->word);
    char *r = pyast_const_repr(k->c);
    int minus = k->kind == 'n' && k->is_float ? signbit(k->f) != 0 : k->neg;
    if (!r || !minus) return r;
    char *m = malloc(strlen(r) + 2);
    if (m) m[0] = '-', strcpy(m + 1, r);
    free(r);
    return m;
}

/* compiler_pattern_mapping: a literal key named twice, at the pattern. */
static int pat_mapping_keys(checker *c, const pyast_pattern *p) {
    const pyast_exprs *ks = &p->v.MatchMapping.keys;
    for (int i = 1; i < ks->n && i < 256; i++) {
        pat_key ki = pat_key_of(ks->items[i]);
        for (int j = 0; ki.kind && j < i; j++) {
            pat_key kj = pat_key_of(ks->items[j]);
            if (!pat_key_eq(&kj, &ki)) continue;
            char *r = pat_key_repr(&ki);
            if (!r) return oom(c);
            error(c, &p->pos, "SyntaxError", "mapping pattern checks duplicate key (%s)", r);
            free(r);
            return 0;
        }
    }
    return 1;
}

static int pat_check(checker *c, const pyast_pattern *p, int allow_irrefutable, pat_stores *st) {
    if (py__stack_low()) return too_deep(c);
    if (c->depth > 200) return 1;
    c->pat_loc = &p->pos;
    int ok = 1;
    c->depth++;
    switch (p->kind) {
    case PYAST_MatchSequence: {
        int stars = 0;
        for (int i = 0; i < p->v.MatchSequence.patterns.n; i++)
            stars += p->v.MatchSequence.patterns.items[i]->kind == PYAST_MatchStar;
        if (stars > 1) ok = error(c, c->pat_loc, "SyntaxError", "multiple starred names in sequence pattern", NULL);
        for (int i = 0; ok && i < p->v.MatchSequence.patterns.n; i++)
            ok = pat_check(c, p->v.MatchSequence.patterns.items[i], 1, st);
        break;
    }
    case PYAST_MatchMapping:
        ok = pat_mapping_keys(c, p);
        for (int i = 0; ok && i < p->v.MatchMapping.patterns.n; i++)
            ok = pat_check(c, p->v.MatchMapping.patterns.items[i], 1, st);
        if (ok) ok = pat_store(c, st, p->v.MatchMapping.rest);
        break;
    case PYAST_MatchClass:
        /* validate_kwd_attrs: at the later one's pattern */
        for (int i = 0; ok && i < p->v.MatchClass.kwd_attrs.n; i++)
            for (int j = 0; ok && j < i; j++)
                if (!strcmp(p->v.MatchClass.kwd_attrs.items[i], p->v.MatchClass.kwd_attrs.items[j]))
                    ok = error(c, &p->v.MatchClass.kwd_patterns.items[i]->pos, "SyntaxError",
                               "attribute name repeated in class pattern: %s", p->v.MatchClass.kwd_attrs.items[i]);
        c->pat_loc = &p->pos;
        for (int i = 0; ok && i < p->v.MatchClass.patterns.n; i++)
            ok = pat_check(c, p->v.MatchClass.patterns.items[i], 1, st);
        for (int i = 0; ok && i < p->v.MatchClass.kwd_patterns.n; i++)
            ok = pat_check(c, p->v.MatchClass.kwd_patterns.items[i], 1, st);
        break;
    case PYAST_MatchStar: ok = pat_store(c, st, p->v.MatchStar.name); break;
    case PYAST_MatchAs:
        if (!p->v.MatchAs.pattern) {
            if (!allow_irrefutable) {
                ok = p->v.MatchAs.name
                    ? error(c, c->pat_loc, "SyntaxError", "name capture '%s' makes remaining patterns unreachable",
                            p->v.MatchAs.name)
                    : error(c, c->pat_loc, "SyntaxError", "wildcard makes remaining patterns unreachable", NULL);
            } else ok = pat_store(c, st, p->v.MatchAs.name);
        } else {
            ok = pat_check(c, p->v.MatchAs.pattern, allow_irrefutable, st) && pat_store(c, st, p->v.MatchAs.name);
        }
        break;
    case PYAST_MatchOr: {
        int n = p->v.MatchOr.patterns.n;
        pat_stores control = {{0}, 0}, alt;
        for (int i = 0; ok && i < n; i++) {
            const pyast_pattern *a = p->v.MatchOr.patterns.items[i];
            c->pat_loc = &a->pos;
            alt.n = 0;
            ok = pat_check(c, a, i == n - 1 && allow_irrefutable, &alt);
            if (!ok || c->pat_full) break;
            if (!i) { control = alt; continue; }
            int same = alt.n == control.n;
            for (int j = 0; same && j < control.n; j++) {
                int found = 0;
                for (int k = 0; k < alt.n && !found; k++) found = !strcmp(control.names[j], alt.names[k]);
                same = found;
            }
            if (!same) ok = error(c, c->pat_loc, "SyntaxError", "alternative patterns bind different names", NULL);
        }
        for (int j = 0; ok && !c->pat_full && j < control.n; j++) ok = pat_store(c, st, control.names[j]);
        break;
    }
    default: break;
    }
    c->depth--;
    return ok;
}

/* case i of a match statement (the last one, a plain `case _:` after
 * others, is CPython's default: not compiled as a pattern) */
static int co_match_pattern(checker *c, const pyast_stmt *s, int i) {
    int n = s->v.Match.cases.n;
    const pyast_pattern *last = s->v.Match.cases.items[n - 1]->pattern;
    int has_default = n > 1 && last->kind == PYAST_MatchAs && !last->v.MatchAs.pattern && !last->v.MatchAs.name;
    if (i >= n - has_default) return 1;
    const pyast_match_case *mc = s->v.Match.cases.items[i];
    pat_stores *st = pyarena_alloc(c->a, sizeof *st);
    if (!st) return oom(c);
    c->pat_loc = &mc->pattern->pos;
    c->pat_full = 0;
    return pat_check(c, mc->pattern, mc->guard != NULL || i == n - 1, st);
}

static int co_pattern_exprs(checker *c, const pyast_pattern *p) {
    switch (p->kind) {
    case PYAST_MatchValue: return co_expr(c, p->v.MatchValue.value);
    case PYAST_MatchSequence:
    case PYAST_MatchOr:
        for (int i = 0; i < p->v.MatchSequence.patterns.n; i++)
            if (!co_pattern_exprs(c, p->v.MatchSequence.patterns.items[i])) return 0;
        return 1;
    case PYAST_MatchMapping:
        for (int i = 0; i < p->v.MatchMapping.patterns.n; i++)
            if (!co_pattern_exprs(c, p->v.MatchMapping.patterns.items[i])) return 0;
        return co_exprs(c, &p->v.MatchMapping.keys);
    case PYAST_MatchClass:
        for (int i = 0; i < p->v.MatchClass.patterns.n; i++)
            if (!co_pattern_exprs(c, p->v.MatchClass.patterns.items[i])) return 0;
        for (int i = 0; i < p->v.MatchClass.kwd_patterns.n; i++)
            if (!co_pattern_exprs(c, p->v.MatchClass.kwd_patterns.items[i])) return 0;
        return co_expr(c, p->v.MatchClass.cls);
    case PYAST_MatchAs: return !p->v.MatchAs.pattern || co_pattern_exprs(c, p->v.MatchAs.pattern);
    default: return 1;
    }
}

static int co_stmt(checker *c, const pyast_stmt *s) {
    if (++c->depth > MAX_DEPTH || py__stack_low()) return too_deep(c);
    int ok = 1;
    switch (s->kind) {
    case PYAST_FunctionDef:
    case PYAST_AsyncFunctionDef: {
        ok = forbidden_args(c, s->v.FunctionDef.args, &s->pos) && co_exprs(c, &s->v.FunctionDef.decorator_list) &&
             co_args(c, s->v.FunctionDef.args);
        if (!ok) break;
        scope *f = py_scope_of(c->st, s);
        scope *outer = c->unit;
        uint64_t saved = enter_unit(c, f);
        ok = co_stmts(c, &s->v.FunctionDef.body);
        leave_unit(c, outer, saved);
        ok = ok && forbidden(c, s->v.FunctionDef.name, &s->pos, 0);
        break;
    }
    case PYAST_ClassDef: {
        ok = co_exprs(c, &s->v.ClassDef.decorator_list);
        if (!ok) break;
        scope *k = py_scope_of(c->st, s);
        scope *outer = c->unit;
        uint64_t saved = enter_unit(c, k);
        ok = co_stmts(c, &s->v.ClassDef.body);
        leave_unit(c, outer, saved);
        /* the keywords as a call's (compiler_call_helper's validate_keywords), then the bases */
        const pyast_keywords *kw = &s->v.ClassDef.keywords;
        for (int i = 0; ok && i < kw->n; i++) {
            if (!kw->items[i]->arg) continue;
            if (!forbidden(c, kw->items[i]->arg, &s->pos, 0)) return 0;
            for (int j = i + 1; j < kw->n; j++)
                if (kw->items[j]->arg && !strcmp(kw->items[i]->arg, kw->items[j]->arg))
                    return error(c, &kw->items[j]->pos, "SyntaxError", "keyword argument repeated: %s", kw->items[i]->arg);
        }
        ok = ok && co_items(c, &s->v.ClassDef.bases);
        for (int i = 0; ok && i < kw->n; i++) ok = co_expr(c, kw->items[i]->value);
        ok = ok && forbidden(c, s->v.ClassDef.name, &s->pos, 0);
        break;
    }
    case PYAST_Return:
        if (c->unit->kind != FUNCTION) return error(c, &s->pos, "SyntaxError", "%s'return' outside function", "");
        if (c->star_handlers) /* at the value the compiler visited last, when there is one */
            return error(c, s->v.Return.value ? &s->v.Return.value->pos : &s->pos, "SyntaxError",
                         "%s'break', 'continue' and 'return' cannot appear in an except* block", "");
        if (s->v.Return.value && c->unit->coroutine && c->unit->generator)
            return error(c, &s->pos, "SyntaxError", "%s'return' with value in async generator", "");
        ok = !s->v.Return.value || co_expr(c, s->v.Return.value);
        break;
    case PYAST_Delete: ok = co_exprs(c, &s->v.Delete.targets); break;
    case PYAST_Assign:
        ok = co_expr(c, s->v.Assign.value);
        for (int i = 0; ok && i < s->v.Assign.targets.n; i++) ok = co_target(c, s->v.Assign.targets.items[i]);
        break;
    case PYAST_AugAssign: ok = co_expr(c, s->v.AugAssign.target) && co_expr(c, s->v.AugAssign.value); break;
    case PYAST_AnnAssign:
        ok = (!s->v.AnnAssign.value || co_expr(c, s->v.AnnAssign.value)) && co_target(c, s->v.AnnAssign.target);
        if (ok && s->v.AnnAssign.simple && c->unit->kind != FUNCTION) ok = co_expr(c, s->v.AnnAssign.annotation);
        break;
    case PYAST_For:
    case PYAST_AsyncFor:
        if (s->kind == PYAST_AsyncFor && !c->unit->is_async)
            return error(c, &s->pos, "SyntaxError", "%s'async for' outside async function", "");
        ok = co_expr(c, s->v.For.iter) && push_block(c, &s->pos);
        if (!ok) break;
        c->loops++;
        ok = co_target(c, s->v.For.target) && co_stmts(c, &s->v.For.body);
        c->loops--;
        c->blocks--;
        ok = ok && co_stmts(c, &s->v.For.orelse);
        break;
    case PYAST_While:
        ok = push_block(c, &s->pos);
        if (!ok) break;
        c->loops++;
        ok = co_expr(c, s->v.While.test) && co_stmts(c, &s->v.While.body);
        c->loops--;
        c->blocks--;
        ok = ok && co_stmts(c, &s->v.While.orelse);
        break;
    case PYAST_If: ok = co_expr(c, s->v.If.test) && co_stmts(c, &s->v.If.body) && co_stmts(c, &s->v.If.orelse); break;
    case PYAST_With:
    case PYAST_AsyncWith: {
        if (s->kind == PYAST_AsyncWith && !c->unit->is_async)
            return error(c, &s->pos, "SyntaxError", "%s'async with' outside async function", "");
        int pushed = 0;
        for (int i = 0; ok && i < s->v.With.items.n; i++) {
            const pyast_withitem *w = s->v.With.items.items[i];
            ok = co_expr(c, w->context_expr) && push_block(c, &s->pos);
            if (ok) pushed++;
            if (ok && w->optional_vars) ok = co_target(c, w->optional_vars);
        }
        ok = ok && co_stmts(c, &s->v.With.body);
        c->blocks -= pushed;
        break;
    }
    case PYAST_Match:
        ok = co_expr(c, s->v.Match.subject);
        for (int i = 0; ok && i < s->v.Match.cases.n; i++) {
            const pyast_match_case *mc = s->v.Match.cases.items[i];
            ok = co_match_pattern(c, s, i) && co_pattern_exprs(c, mc->pattern) && (!mc->guard || co_expr(c, mc->guard)) && co_stmts(c, &mc->body);
        }
        break;
    case PYAST_Raise:
        ok = (!s->v.Raise.exc || co_expr(c, s->v.Raise.exc)) && (!s->v.Raise.cause || co_expr(c, s->v.Raise.cause));
        break;
    case PYAST_Try:
    case PYAST_TryStar: {
        int fin = s->v.Try.finalbody.n > 0, handlers = s->v.Try.handlers.n > 0;
        if (fin) ok = push_block(c, &s->pos);                /* FINALLY_TRY */
        if (ok && handlers) ok = push_block(c, &s->pos);     /* TRY_EXCEPT */
        ok = ok && co_stmts(c, &s->v.Try.body);
        if (handlers) c->blocks--;
        ok = ok && co_stmts(c, &s->v.Try.orelse);
        if (ok && handlers) {
            ok = push_block(c, &s->pos); /* EXCEPTION_HANDLER */
            for (int i = 0; ok && i < s->v.Try.handlers.n; i++) {
                const pyast_excepthandler *h = s->v.Try.handlers.items[i];
                if (!h->type && i < s->v.Try.handlers.n - 1)
                    return error(c, &h->pos, "SyntaxError", "%sdefault 'except:' must be last", "");
                ok = (!h->type || co_expr(c, h->type)) && push_block(c, &h->pos); /* HANDLER_CLEANUP */
                int star = s->kind == PYAST_TryStar, saved_loops = c->star_loops;
                if (star) { c->star_handlers++; c->star_loops = c->loops; }
                ok = ok && co_stmts(c, &h->body);
                if (star) { c->star_handlers--; c->star_loops = saved_loops; }
                if (ok) c->blocks--;
            }
            if (ok) c->blocks--;
        }
        if (fin) {
            c->blocks--;
            ok = ok && co_stmts(c, &s->v.Try.finalbody) && push_block(c, &s->pos); /* FINALLY_END */
            ok = ok && co_stmts(c, &s->v.Try.finalbody);
            if (ok) c->blocks--;
        }
        break;
    }
    case PYAST_Assert:
        if (s->v.Assert.test->kind == PYAST_Tuple && s->v.Assert.test->v.Tuple.elts.n > 0 &&
            !warn(c, s->pos.lineno, "assertion is always true, perhaps remove parentheses?%s%s", "", ""))
            return 0;
        ok = co_expr(c, s->v.Assert.test) && (!s->v.Assert.msg || co_expr(c, s->v.Assert.msg));
        break;
    case PYAST_Break:
    case PYAST_Continue:
        /* CPython's compiler unwinds its blocks to the loop: an except* handler met first is an error */
        if (c->star_handlers && c->loops == c->star_loops)
            return error(c, &s->pos, "SyntaxError", "%s'break', 'continue' and 'return' cannot appear in an except* block", "");
        if (!c->loops)
            return error(c, &s->pos, "SyntaxError", s->kind == PYAST_Break ? "%s'break' outside loop" : "%s'continue' not properly in loop", "");
        break;
    case PYAST_Expr: ok = co_expr(c, s->v.Expr.value); break;
    case PYAST_ImportFrom:
        if (s->v.ImportFrom.module && !strcmp(s->v.ImportFrom.module, "__future__") && !s->v.ImportFrom.level) {
            int leading = 0;
            for (int i = 0; i < c->nfutures; i++) leading |= c->futures[i] == s;
            if (!leading)
                return error(c, &s->pos, "SyntaxError", "%sfrom __future__ imports must occur at the beginning of the file", "");
        }
        /* fall through */
    case PYAST_Import: {
        const pyast_aliases *names = s->kind == PYAST_Import ? &s->v.Import.names : &s->v.ImportFrom.names;
        for (int i = 0; ok && i < names->n; i++) /* import a.b binds a */
            if (names->items[i]->asname) ok = forbidden(c, names->items[i]->asname, &s->pos, 0);
            else if (!strcmp(names->items[i]->name, "__debug__")) ok = forbidden(c, "__debug__", &s->pos, 0);
        break;
    }
    default: break;
    }
    c->depth--;
    return ok && !c->error;
}

static int co_stmts(checker *c, const pyast_stmts *b) {
    for (int i = 0; i < b->n; i++)
        if (!co_stmt(c, b->items[i])) return 0;
    return 1;
}

/* How many scopes the tree opens (for the hash table's size). */
static int count_nodes(size_t len) { return (int)(len / 2 + 16); }

int py_check(py_arena *a, const pyast_module *m, const char *src, size_t len, py_syntax_error *err) {
    return py_check_warn(a, m, src, len, err, NULL, NULL);
}

int py_check_warn(py_arena *a, const pyast_module *m, const char *src, size_t len, py_syntax_error *err,
                  py_warnings *warnings, const py_symtable **stp) {
    checker c0, *c = &c0;
    memset(c, 0, sizeof *c);
    if (warnings) warnings->items = NULL, warnings->n = 0;
    c->warnings = warnings;
    c->a = a;
    c->src = src;
    c->len = len;
    c->err = err;
    /* at most one scope per 2 bytes of source: a power of two above that */
    int want = count_nodes(len);
    py_symtable *st = c->st = pyarena_alloc(a, sizeof *st);
    if (!st) return oom(c) - 1;
    st->hcap = 16;
    while (st->hcap < 2 * want) st->hcap *= 2;
    st->by_node = pyarena_alloc(a, (size_t)st->hcap * sizeof *st->by_node);
    if (!st->by_node) return oom(c) - 1;
    scope *top = st->top = enter(c, MODULE, NULL);
    if (!top) return -1;
    /* the future imports after the docstring: CPython knows these features */
    static const char features[] = " nested_scopes generators division absolute_import with_statement print_function"
                                   " unicode_literals barry_as_FLUFL generator_stop annotations ";
    int i = m->body.n && m->body.items[0]->kind == PYAST_Expr && m->body.items[0]->v.Expr.value->kind == PYAST_Constant &&
            m->body.items[0]->v.Expr.value->v.Constant.kind == PYAST_CONST_STR;
    c->futures = m->body.n ? m->body.items + i : NULL; /* an empty module has no items */
    for (; i < m->body.n && m->body.items[i]->kind == PYAST_ImportFrom; i++) {
        const pyast_stmt *s = m->body.items[i];
        if (!s->v.ImportFrom.module || strcmp(s->v.ImportFrom.module, "__future__") || s->v.ImportFrom.level) break;
        c->nfutures++;
        for (int k = 0; k < s->v.ImportFrom.names.n; k++) {
            const char *f = s->v.ImportFrom.names.items[k]->name;
            char w[64];
            snprintf(w, sizeof w, " %.60s ", f);
            if (strstr(features, w)) continue;
            error(c, &s->pos, "SyntaxError", strcmp(f, "braces") ? "future feature %s is not defined" : "not a chance%s",
                  strcmp(f, "braces") ? f : "");
            c->err->end_lineno = s->pos.lineno;
            c->err->end_offset = PY_SE_NONE;
            return -1;
        }
    }
    nameset frees = {0};
    if (!st_stmts(c, &m->body) || !analyze(c, top, NULL, &frees)) return -1;
    c->unit = top;
    c->depth = 0;
    if (!co_stmts(c, &m->body)) return -1;
    if (stp) *stp = st;
    return 0;
}
