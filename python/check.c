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
 *      module level, nonlocal and global;
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
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cstack.h"
#include "parse.h"

enum { MAX_DEPTH = 1000, MAXBLOCKS = 20 };

/* A name's flags in a scope (CPython's DEF_*). */
enum { DEF_GLOBAL = 1, DEF_LOCAL = 2, DEF_PARAM = 4, DEF_NONLOCAL = 8, USE = 16, DEF_ANNOT = 32 };

enum { MODULE, CLASS, FUNCTION, COMPREHENSION };

typedef struct sym {
    const char *name;
    int flags;
    pyast_pos directive; /* the first global/nonlocal statement naming it */
} sym;

typedef struct scope scope;
struct scope {
    int kind;
    int is_async;        /* an async def (CPython's COMPILER_SCOPE_ASYNC_FUNCTION) */
    int is_lambda;
    int generator;       /* has a yield */
    int coroutine;       /* async def, or a comprehension with async for or await */
    const char *comp;    /* "list comprehension", ... */
    const void *node;    /* the tree node that opens it */
    sym *syms;
    int nsyms, capsyms;
    int *hash;           /* open addressing: index + 1 into syms, 0 empty */
    int hcap;            /* a power of two, at least twice nsyms */
    scope **kids;
    int nkids, capkids;
    scope *parent;
};

typedef struct checker {
    py_arena *a;
    const char *src;
    size_t len;
    py_syntax_error *err;
    int error;
    int depth;
    scope *cur;
    int comp_iter;       /* inside a comprehension's outermost iterable */
    /* pass 2 */
    scope **by_node;     /* scopes, hashed by node */
    int hcap;
    py_warnings *warnings; /* where warnings go, or NULL */
    int capwarn;
    int loops;           /* enclosing loops in the current function */
    int blocks;          /* CPython's frame blocks in the current function */
    scope *unit;         /* the scope being compiled */
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
static int error(checker *c, pyast_pos pos, const char *type, const char *fmt, const char *name) {
    if (c->error) return 0;
    c->error = 1;
    py_syntax_error *e = c->err;
    memset(e, 0, sizeof *e);
    e->type = type;
    snprintf(e->msg, sizeof e->msg, fmt, name ? name : "");
    e->lineno = pos.lineno;
    e->offset = pos.col_offset + 1;
    e->end_lineno = pos.end_lineno;
    e->end_offset = pos.end_col_offset + 1;
    e->text = line_text(c, pos.lineno);
    return 0;
}

static int too_deep(checker *c) {
    if (c->error) return 0;
    c->error = 1;
    memset(c->err, 0, sizeof *c->err);
    c->err->type = "RecursionError";
    snprintf(c->err->msg, sizeof c->err->msg, "maximum recursion depth exceeded during compilation");
    c->err->lineno = c->err->offset = c->err->end_lineno = c->err->end_offset = PY_SE_NONE;
    return 0;
}

/* ---- scopes ----------------------------------------------------------------- */

/* Out of memory: a MemoryError.  Returns 0. */
static int oom(checker *c) {
    if (!c->error) {
        c->error = 1;
        memset(c->err, 0, sizeof *c->err);
        c->err->type = "MemoryError";
        c->err->lineno = c->err->offset = c->err->end_lineno = c->err->end_offset = PY_SE_NONE;
    }
    return 0;
}

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

static sym *lookup(scope *s, const char *name) {
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
    sym *y = lookup(s, name);
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

/* symtable_add_def */
static int add_def(checker *c, const char *name, int flag, pyast_pos pos) {
    sym *y = add_sym(c, c->cur, name);
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
        unsigned h = (unsigned)(((uintptr_t)node >> 4) * 2654435761u) & (unsigned)(c->hcap - 1);
        while (c->by_node[h]) h = (h + 1) & (unsigned)(c->hcap - 1);
        c->by_node[h] = s;
    }
    c->cur = s;
    return s;
}

static scope *scope_of(checker *c, const void *node) {
    unsigned h = (unsigned)(((uintptr_t)node >> 4) * 2654435761u) & (unsigned)(c->hcap - 1);
    while (c->by_node[h] && c->by_node[h]->node != node) h = (h + 1) & (unsigned)(c->hcap - 1);
    return c->by_node[h];
}

/* ---- pass 1: the symbol table ------------------------------------------------ */

static int st_expr(checker *c, const pyast_expr *e);
static int st_stmts(checker *c, const pyast_stmts *b);

static int st_exprs(checker *c, const pyast_exprs *v) {
    for (int i = 0; i < v->n; i++)
        if (v->items[i] && !st_expr(c, v->items[i])) return 0;
    return 1;
}

static int st_params(checker *c, const pyast_arguments *a) {
    pyast_args lists[3] = {a->posonlyargs, a->args, a->kwonlyargs};
    for (int l = 0; l < 3; l++)
        for (int i = 0; i < lists[l].n; i++)
            if (!add_def(c, lists[l].items[i]->arg, DEF_PARAM, lists[l].items[i]->pos)) return 0;
    if (a->vararg && !add_def(c, a->vararg->arg, DEF_PARAM, a->vararg->pos)) return 0;
    if (a->kwarg && !add_def(c, a->kwarg->arg, DEF_PARAM, a->kwarg->pos)) return 0;
    return 1;
}

static int st_annotations(checker *c, const pyast_arguments *a, const pyast_expr *returns) {
    pyast_args lists[3] = {a->posonlyargs, a->args, a->kwonlyargs};
    for (int l = 0; l < 3; l++)
        for (int i = 0; i < lists[l].n; i++)
            if (lists[l].items[i]->annotation && !st_expr(c, lists[l].items[i]->annotation)) return 0;
    if (a->vararg && a->vararg->annotation && !st_expr(c, a->vararg->annotation)) return 0;
    if (a->kwarg && a->kwarg->annotation && !st_expr(c, a->kwarg->annotation)) return 0;
    if (returns && !st_expr(c, returns)) return 0;
    return 1;
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
        if (ok && p->v.MatchMapping.rest) ok = add_def(c, p->v.MatchMapping.rest, DEF_LOCAL, p->pos);
        break;
    case PYAST_MatchClass:
        ok = st_expr(c, p->v.MatchClass.cls);
        for (int i = 0; ok && i < p->v.MatchClass.patterns.n; i++) ok = st_pattern(c, p->v.MatchClass.patterns.items[i]);
        for (int i = 0; ok && i < p->v.MatchClass.kwd_patterns.n; i++) ok = st_pattern(c, p->v.MatchClass.kwd_patterns.items[i]);
        break;
    case PYAST_MatchStar:
        if (p->v.MatchStar.name) ok = add_def(c, p->v.MatchStar.name, DEF_LOCAL, p->pos);
        break;
    case PYAST_MatchAs:
        if (p->v.MatchAs.pattern) ok = st_pattern(c, p->v.MatchAs.pattern);
        if (ok && p->v.MatchAs.name) ok = add_def(c, p->v.MatchAs.name, DEF_LOCAL, p->pos);
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
        ok = add_def(c, s->v.FunctionDef.name, DEF_LOCAL, s->pos) && st_exprs(c, &a->defaults) &&
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
        ok = add_def(c, s->v.ClassDef.name, DEF_LOCAL, s->pos) && st_exprs(c, &s->v.ClassDef.bases);
        for (int i = 0; ok && i < s->v.ClassDef.keywords.n; i++) ok = st_expr(c, s->v.ClassDef.keywords.items[i]->value);
        ok = ok && st_exprs(c, &s->v.ClassDef.decorator_list);
        if (!ok) break;
        scope *k = enter(c, CLASS, s);
        if (!k) return 0;
        ok = st_stmts(c, &s->v.ClassDef.body);
        c->cur = k->parent;
        break;
    }
    case PYAST_Return: ok = !s->v.Return.value || st_expr(c, s->v.Return.value); break;
    case PYAST_Delete: ok = st_exprs(c, &s->v.Delete.targets); break;
    case PYAST_Assign: ok = st_exprs(c, &s->v.Assign.targets) && st_expr(c, s->v.Assign.value); break;
    case PYAST_AugAssign: ok = st_expr(c, s->v.AugAssign.target) && st_expr(c, s->v.AugAssign.value); break;
    case PYAST_AnnAssign: {
        const pyast_expr *t = s->v.AnnAssign.target;
        if (t->kind == PYAST_Name) {
            sym *y = lookup(c->cur, t->v.Name.id);
            if (y && (y->flags & (DEF_GLOBAL | DEF_NONLOCAL)) && c->cur->kind != MODULE && s->v.AnnAssign.simple)
                return error(c, s->pos, "SyntaxError",
                             y->flags & DEF_GLOBAL ? "annotated name '%s' can't be global" : "annotated name '%s' can't be nonlocal",
                             t->v.Name.id);
            if (s->v.AnnAssign.simple) ok = add_def(c, t->v.Name.id, DEF_ANNOT | DEF_LOCAL, t->pos);
            else if (s->v.AnnAssign.value) ok = add_def(c, t->v.Name.id, DEF_LOCAL, t->pos);
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
            ok = (!h->type || st_expr(c, h->type)) && (!h->name || add_def(c, h->name, DEF_LOCAL, h->pos)) &&
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
                    return error(c, al->pos, "SyntaxError", "%simport * only allowed at module level", "");
                continue;
            }
            const char *n = al->asname;
            if (!n) {
                const char *dot = strchr(al->name, '.');
                n = dot ? pyarena_strndup(c->a, al->name, (size_t)(dot - al->name)) : al->name;
                if (!n) return 0;
            }
            ok = add_def(c, n, DEF_LOCAL, al->pos);
        }
        break;
    }
    case PYAST_Global:
    case PYAST_Nonlocal: {
        int global = s->kind == PYAST_Global;
        for (int i = 0; i < s->v.Global.names.n; i++) {
            const char *n = s->v.Global.names.items[i];
            sym *y = lookup(c->cur, n);
            if (y && (y->flags & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT)))
                return error(c, s->pos, "SyntaxError", directive_error(global, y->flags), n);
            if (!add_def(c, n, global ? DEF_GLOBAL : DEF_NONLOCAL, s->pos)) return 0;
            y = lookup(c->cur, n);
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

/* The chain below e (e included) into *spine (arena): its length, or -1. */
static int spine_of(checker *c, const pyast_expr *e, const pyast_expr ***spine) {
    int n = 0;
    for (const pyast_expr *x = e; first_child(x); x = first_child(x)) {
        if (c->depth + ++n > MAX_DEPTH) return too_deep(c) - 1;
    }
    *spine = pyarena_alloc(c->a, (size_t)n * sizeof **spine);
    if (!*spine) return oom(c) - 1;
    const pyast_expr *x = e;
    for (int i = 0; i < n; i++, x = first_child(x)) (*spine)[i] = x;
    return n;
}

/* symtable_handle_comprehension */
static int st_comprehension(checker *c, const pyast_expr *e, pyast_comprehensions gens, const pyast_expr *elt,
                            const pyast_expr *value, const char *what) {
    const pyast_comprehension *outer = gens.items[0];
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
    for (int i = 1; ok && i < gens.n; i++) {
        const pyast_comprehension *g = gens.items[i];
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
        const pyast_expr **spine;
        int n = spine_of(c, e, &spine);
        if (n < 0) return 0;
        c->depth += n;
        ok = st_expr(c, first_child(spine[n - 1]));
        for (int i = n - 1; ok && i >= 0; i--) {
            const pyast_expr *x = spine[i];
            if (x->kind == PYAST_BinOp) ok = st_expr(c, x->v.BinOp.right);
            else if (x->kind == PYAST_Subscript) ok = st_expr(c, x->v.Subscript.slice);
            else if (x->kind == PYAST_Call) {
                ok = st_exprs(c, &x->v.Call.args);
                for (int k = 0; ok && k < x->v.Call.keywords.n; k++) ok = st_expr(c, x->v.Call.keywords.items[k]->value);
            }
        }
        c->depth -= n + 1;
        return ok && !c->error;
    }
    switch (e->kind) {
    case PYAST_BoolOp: ok = st_exprs(c, &e->v.BoolOp.values); break;
    case PYAST_NamedExpr: {
        if (c->comp_iter)
            return error(c, e->pos, "SyntaxError", "%sassignment expression cannot be used in a comprehension iterable expression", "");
        ok = st_expr(c, e->v.NamedExpr.value);
        if (!ok) break;
        const char *n = e->v.NamedExpr.target->v.Name.id;
        if (c->cur->kind == COMPREHENSION) {
            /* binds in the nearest enclosing function or module */
            scope *t = c->cur;
            for (; t->kind == COMPREHENSION; t = t->parent) {
                sym *y = lookup(t, n);
                if (y && (y->flags & DEF_LOCAL))
                    return error(c, e->pos, "SyntaxError",
                                 "assignment expression cannot rebind comprehension iteration variable '%s'", n);
            }
            if (t->kind == CLASS)
                return error(c, e->pos, "SyntaxError", "%sassignment expression within a comprehension cannot be used in a class body", "");
            scope *save = c->cur;
            c->cur = t;
            ok = add_def(c, n, DEF_LOCAL, e->pos);
            c->cur = save;
        } else {
            ok = add_def(c, n, DEF_LOCAL, e->pos);
        }
        break;
    }
    case PYAST_BinOp: ok = st_expr(c, e->v.BinOp.left) && st_expr(c, e->v.BinOp.right); break;
    case PYAST_UnaryOp: ok = st_expr(c, e->v.UnaryOp.operand); break;
    case PYAST_Lambda: {
        const pyast_arguments *a = e->v.Lambda.args;
        ok = st_exprs(c, &a->defaults) && st_exprs(c, &a->kw_defaults);
        if (!ok) break;
        scope *f = enter(c, FUNCTION, e);
        if (!f) return 0;
        f->is_lambda = 1;
        ok = st_params(c, a) && st_expr(c, e->v.Lambda.body);
        c->cur = f->parent;
        break;
    }
    case PYAST_IfExp: {
        /* a chain of conditional expressions (a if b else c if d else ...)
         * in a loop: test, body, then the next one */
        int extra = 0;
        const pyast_expr *x = e;
        for (; ok && x->kind == PYAST_IfExp; x = x->v.IfExp.orelse, extra++) {
            if (c->depth + extra > MAX_DEPTH) return too_deep(c);
            ok = st_expr(c, x->v.IfExp.test) && st_expr(c, x->v.IfExp.body);
        }
        c->depth += extra;
        ok = ok && st_expr(c, x);
        c->depth -= extra;
        break;
    }
    case PYAST_Dict: ok = st_exprs(c, &e->v.Dict.keys) && st_exprs(c, &e->v.Dict.values); break;
    case PYAST_Set: ok = st_exprs(c, &e->v.Set.elts); break;
    case PYAST_ListComp:
        ok = st_comprehension(c, e, e->v.ListComp.generators, e->v.ListComp.elt, NULL, "list comprehension");
        break;
    case PYAST_SetComp:
        ok = st_comprehension(c, e, e->v.SetComp.generators, e->v.SetComp.elt, NULL, "set comprehension");
        break;
    case PYAST_GeneratorExp:
        ok = st_comprehension(c, e, e->v.GeneratorExp.generators, e->v.GeneratorExp.elt, NULL, "generator expression");
        break;
    case PYAST_DictComp:
        ok = st_comprehension(c, e, e->v.DictComp.generators, e->v.DictComp.key, e->v.DictComp.value, "dict comprehension");
        break;
    case PYAST_Await:
    case PYAST_Yield:
    case PYAST_YieldFrom: {
        const pyast_expr *v = e->kind == PYAST_Await ? e->v.Await.value : e->kind == PYAST_Yield ? e->v.Yield.value : e->v.YieldFrom.value;
        if (v && !st_expr(c, v)) return 0;
        if (e->kind == PYAST_Await) {
            c->cur->coroutine = 1;
        } else {
            if (c->cur->kind == COMPREHENSION)
                return error(c, e->pos, "SyntaxError", "'yield' inside %s", c->cur->comp);
            c->cur->generator = 1;
        }
        break;
    }
    case PYAST_Compare: ok = st_expr(c, e->v.Compare.left) && st_exprs(c, &e->v.Compare.comparators); break;
    case PYAST_Call:
        ok = st_expr(c, e->v.Call.func) && st_exprs(c, &e->v.Call.args);
        for (int i = 0; ok && i < e->v.Call.keywords.n; i++) ok = st_expr(c, e->v.Call.keywords.items[i]->value);
        break;
    case PYAST_FormattedValue:
        ok = st_expr(c, e->v.FormattedValue.value) &&
             (!e->v.FormattedValue.format_spec || st_expr(c, e->v.FormattedValue.format_spec));
        break;
    case PYAST_JoinedStr: ok = st_exprs(c, &e->v.JoinedStr.values); break;
    case PYAST_Constant: break;
    case PYAST_Attribute: ok = st_expr(c, e->v.Attribute.value); break;
    case PYAST_Subscript: ok = st_expr(c, e->v.Subscript.value) && st_expr(c, e->v.Subscript.slice); break;
    case PYAST_Starred: ok = st_expr(c, e->v.Starred.value); break;
    case PYAST_Name:
        ok = add_def(c, e->v.Name.id, e->v.Name.ctx == PYAST_Load ? USE : DEF_LOCAL, e->pos);
        break;
    case PYAST_List:
    case PYAST_Tuple: ok = st_exprs(c, &e->v.List.elts); break;
    case PYAST_Slice:
        ok = (!e->v.Slice.lower || st_expr(c, e->v.Slice.lower)) && (!e->v.Slice.upper || st_expr(c, e->v.Slice.upper)) &&
             (!e->v.Slice.step || st_expr(c, e->v.Slice.step));
        break;
    }
    c->depth--;
    return ok && !c->error;
}

/* The analysis (analyze_block): each scope's names in the order they were
 * first met, then its children.  bound: the names bound in the enclosing
 * functions (NULL at module level). */
typedef struct { const char **names; int n, cap; } nameset;
static int in_set(const nameset *b, const char *n) {
    for (int i = 0; b && i < b->n; i++)
        if (!strcmp(b->names[i], n)) return 1;
    return 0;
}
static int analyze(checker *c, scope *s, const nameset *bound) {
    if (py__stack_low()) return too_deep(c);
    for (int i = 0; i < s->nsyms; i++) {
        sym *y = &s->syms[i];
        if ((y->flags & DEF_GLOBAL) && (y->flags & DEF_NONLOCAL))
            return error(c, y->directive, "SyntaxError", "name '%s' is nonlocal and global", y->name);
        if (y->flags & DEF_NONLOCAL) {
            if (!bound) return error(c, y->directive, "SyntaxError", "%snonlocal declaration not allowed at module level", "");
            if (!in_set(bound, y->name)) return error(c, y->directive, "SyntaxError", "no binding for nonlocal '%s' found", y->name);
        }
    }
    nameset nb = {0};
    if (s->kind != CLASS) {
        int n = (bound ? bound->n : 0) + s->nsyms;
        nb.names = n ? pyarena_alloc(c->a, (size_t)n * sizeof *nb.names) : NULL;
        if (n && !nb.names) return oom(c);
        if (bound)
            for (int i = 0; i < bound->n; i++) nb.names[nb.n++] = bound->names[i];
        if (s->kind != MODULE)
            for (int i = 0; i < s->nsyms; i++)
                if ((s->syms[i].flags & (DEF_LOCAL | DEF_PARAM)) && !(s->syms[i].flags & (DEF_GLOBAL | DEF_NONLOCAL)))
                    nb.names[nb.n++] = s->syms[i].name;
    }
    const nameset *kb = s->kind == CLASS ? bound : &nb;
    for (int i = 0; i < s->nkids; i++)
        if (!analyze(c, s->kids[i], kb)) return 0;
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

/* CPython folds constants before compiling (ast_opt.c): the type name of
 * what e folds to, or NULL when it is not a constant.  Numbers with
 * unary operators, and tuples of constants, fold. */
static const char *const_type(const pyast_expr *e) {
    if (e->kind == PYAST_Constant) {
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
    }
    if (e->kind == PYAST_UnaryOp && e->v.UnaryOp.op != PYAST_Not) {
        const char *t = const_type(e->v.UnaryOp.operand);
        if (t && (!strcmp(t, "int") || !strcmp(t, "float") || !strcmp(t, "complex")))
            return t;
        if (t && !strcmp(t, "bool")) return "int"; /* -True is -1 */
        return NULL;
    }
    if (e->kind == PYAST_Tuple && e->v.Tuple.ctx == PYAST_Load) {
        for (int i = 0; i < e->v.Tuple.elts.n; i++)
            if (!const_type(e->v.Tuple.elts.items[i])) return NULL;
        return "tuple";
    }
    return NULL;
}

/* infer_type: the type name of a literal or display, or NULL. */
static const char *infer_type(const pyast_expr *e) {
    switch (e->kind) {
    case PYAST_Tuple: return "tuple";
    case PYAST_List: case PYAST_ListComp: return "list";
    case PYAST_Dict: case PYAST_DictComp: return "dict";
    case PYAST_Set: case PYAST_SetComp: return "set";
    case PYAST_GeneratorExp: return "generator";
    case PYAST_Lambda: return "function";
    case PYAST_JoinedStr: case PYAST_FormattedValue: return "str";
    default: return const_type(e);
    }
}

/* check_is_arg: not a literal that 'is' would compare by identity */
static int is_arg_ok(const pyast_expr *e) {
    const char *t = const_type(e);
    return !t || !strcmp(t, "NoneType") || !strcmp(t, "bool") || !strcmp(t, "ellipsis");
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
    const char *t = NULL;
    switch (f->kind) {
    case PYAST_Constant: case PYAST_Tuple: case PYAST_List: case PYAST_ListComp: case PYAST_Dict:
    case PYAST_DictComp: case PYAST_Set: case PYAST_SetComp: case PYAST_GeneratorExp: case PYAST_JoinedStr:
    case PYAST_FormattedValue:
        t = infer_type(f);
        break;
    case PYAST_UnaryOp:
        t = const_type(f);
        break;
    default: break;
    }
    if (!t) return 1;
    return warn(c, call->pos.lineno, "'%.100s' object is not callable; perhaps you missed a comma?%s", t, "");
}

static int check_subscript(checker *c, const pyast_expr *e) {
    const pyast_expr *v = e->v.Subscript.value, *s = e->v.Subscript.slice;
    const char *vt = infer_type(v);
    /* check_subscripter */
    int not_subscriptable = 0;
    if (v->kind == PYAST_Set || v->kind == PYAST_SetComp || v->kind == PYAST_GeneratorExp || v->kind == PYAST_Lambda)
        not_subscriptable = 1;
    else if (vt && (v->kind == PYAST_Constant || v->kind == PYAST_UnaryOp) &&
             (!strcmp(vt, "NoneType") || !strcmp(vt, "ellipsis") || !strcmp(vt, "int") || !strcmp(vt, "float") ||
              !strcmp(vt, "complex") || !strcmp(vt, "bool")))
        not_subscriptable = 1;
    if (not_subscriptable)
        return warn(c, e->pos.lineno, "'%.100s' object is not subscriptable; perhaps you missed a comma?%s", vt, "");
    /* check_index */
    const char *it = s->kind == PYAST_Slice ? "slice" : infer_type(s);
    if (!it || !strcmp(it, "int") || !strcmp(it, "bool") || !strcmp(it, "slice")) return 1;
    int indexed = 0;
    if (v->kind == PYAST_List || v->kind == PYAST_ListComp || v->kind == PYAST_JoinedStr ||
        v->kind == PYAST_FormattedValue || v->kind == PYAST_Tuple)
        indexed = 1;
    else if (vt && (!strcmp(vt, "str") || !strcmp(vt, "bytes") || !strcmp(vt, "tuple")))
        indexed = 1;
    if (!indexed) return 1;
    return warn(c, e->pos.lineno, "%.80s indices must be integers or slices, not %.80s; perhaps you missed a comma?",
                vt, it);
}

static int co_expr(checker *c, const pyast_expr *e);
static int co_stmts(checker *c, const pyast_stmts *b);

static int co_exprs(checker *c, const pyast_exprs *v) {
    for (int i = 0; i < v->n; i++)
        if (v->items[i] && !co_expr(c, v->items[i])) return 0;
    return 1;
}

static int in_function(checker *c) { return c->unit->kind == FUNCTION || c->unit->kind == COMPREHENSION; }

static int push_block(checker *c, pyast_pos pos) {
    if (++c->blocks > MAXBLOCKS) return error(c, pos, "SyntaxError", "%stoo many statically nested blocks", "");
    return 1;
}

/* A new code unit (function, lambda, class body, comprehension). */
typedef struct { scope *unit; int loops, blocks; } unit_save;
static unit_save enter_unit(checker *c, scope *s) {
    unit_save u = {c->unit, c->loops, c->blocks};
    c->unit = s;
    c->loops = c->blocks = 0;
    return u;
}
static void leave_unit(checker *c, unit_save u) {
    c->unit = u.unit;
    c->loops = u.loops;
    c->blocks = u.blocks;
}

/* A target of an assignment (Store): starred items checked. */
static int co_target(checker *c, const pyast_expr *e) {
    if (py__stack_low()) return too_deep(c);
    if (e->kind == PYAST_Starred)
        return error(c, e->pos, "SyntaxError", "%sstarred assignment target must be in a list or tuple", "");
    if (e->kind == PYAST_Tuple || e->kind == PYAST_List) {
        int stars = 0;
        for (int i = 0; i < e->v.List.elts.n; i++)
            if (e->v.List.elts.items[i]->kind == PYAST_Starred) stars++;
        if (stars > 1) return error(c, e->pos, "SyntaxError", "%smultiple starred expressions in assignment", "");
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

static int co_comprehension(checker *c, const pyast_expr *e, pyast_comprehensions gens, const pyast_expr *elt,
                            const pyast_expr *value) {
    scope *s = scope_of(c, e);
    scope *outer_unit = c->unit;
    if (s && s->coroutine && e->kind != PYAST_GeneratorExp && !outer_unit->is_async && outer_unit->kind != COMPREHENSION)
        return error(c, e->pos, "SyntaxError", "%sasynchronous comprehension outside of an asynchronous function", "");
    unit_save u = enter_unit(c, s ? s : outer_unit);
    int ok = 1;
    for (int i = 0; ok && i < gens.n; i++) {
        const pyast_comprehension *g = gens.items[i];
        if (i) ok = co_expr(c, g->iter);
        ok = ok && co_target(c, g->target) && co_exprs(c, &g->ifs);
    }
    if (ok && value) ok = co_expr(c, elt) && co_expr(c, value);
    else if (ok) ok = co_expr(c, elt);
    leave_unit(c, u);
    return ok && co_expr(c, gens.items[0]->iter);
}

static int co_call_rest(checker *c, const pyast_expr *e);
static int co_subscript_slice(checker *c, const pyast_expr *e);
static int co_expr(checker *c, const pyast_expr *e) {
    if (++c->depth > MAX_DEPTH || py__stack_low()) return too_deep(c);
    int ok = 1;
    if (first_child(e) && first_child(first_child(e))) {
        /* a chain: each node's checks top-down (CPython checks a call or
         * subscript before compiling its first child), the innermost, then
         * the other children upwards */
        const pyast_expr **spine;
        int n = spine_of(c, e, &spine);
        if (n < 0) return 0;
        c->depth += n;
        for (int i = 0; ok && i < n; i++) {
            const pyast_expr *x = spine[i];
            if (x->kind == PYAST_Call) ok = check_caller(c, x);
            else if (x->kind == PYAST_Subscript && x->v.Subscript.ctx == PYAST_Load) ok = check_subscript(c, x);
        }
        ok = ok && co_expr(c, first_child(spine[n - 1]));
        for (int i = n - 1; ok && i >= 0; i--) {
            const pyast_expr *x = spine[i];
            if (x->kind == PYAST_BinOp) ok = co_expr(c, x->v.BinOp.right);
            else if (x->kind == PYAST_Subscript) ok = co_subscript_slice(c, x);
            else if (x->kind == PYAST_Call) ok = co_call_rest(c, x);
        }
        c->depth -= n + 1;
        return ok && !c->error;
    }
    switch (e->kind) {
    case PYAST_BoolOp: ok = co_exprs(c, &e->v.BoolOp.values); break;
    case PYAST_NamedExpr: ok = co_expr(c, e->v.NamedExpr.value); break;
    case PYAST_BinOp: ok = co_expr(c, e->v.BinOp.left) && co_expr(c, e->v.BinOp.right); break;
    case PYAST_UnaryOp: ok = co_expr(c, e->v.UnaryOp.operand); break;
    case PYAST_Lambda: {
        ok = co_args(c, e->v.Lambda.args);
        if (!ok) break;
        scope *s = scope_of(c, e);
        unit_save u = enter_unit(c, s ? s : c->unit);
        ok = co_expr(c, e->v.Lambda.body);
        leave_unit(c, u);
        break;
    }
    case PYAST_IfExp: {
        /* a chain of conditional expressions (a if b else c if d else ...)
         * in a loop: test, body, then the next one */
        int extra = 0;
        const pyast_expr *x = e;
        for (; ok && x->kind == PYAST_IfExp; x = x->v.IfExp.orelse, extra++) {
            if (c->depth + extra > MAX_DEPTH) return too_deep(c);
            ok = co_expr(c, x->v.IfExp.test) && co_expr(c, x->v.IfExp.body);
        }
        c->depth += extra;
        ok = ok && co_expr(c, x);
        c->depth -= extra;
        break;
    }
    case PYAST_Dict: ok = co_exprs(c, &e->v.Dict.keys) && co_exprs(c, &e->v.Dict.values); break;
    case PYAST_Set: ok = co_items(c, &e->v.Set.elts); break;
    case PYAST_ListComp: ok = co_comprehension(c, e, e->v.ListComp.generators, e->v.ListComp.elt, NULL); break;
    case PYAST_SetComp: ok = co_comprehension(c, e, e->v.SetComp.generators, e->v.SetComp.elt, NULL); break;
    case PYAST_GeneratorExp: ok = co_comprehension(c, e, e->v.GeneratorExp.generators, e->v.GeneratorExp.elt, NULL); break;
    case PYAST_DictComp:
        ok = co_comprehension(c, e, e->v.DictComp.generators, e->v.DictComp.key, e->v.DictComp.value);
        break;
    case PYAST_Await:
        if (!in_function(c)) return error(c, e->pos, "SyntaxError", "%s'await' outside function", "");
        if (!c->unit->is_async && c->unit->kind != COMPREHENSION)
            return error(c, e->pos, "SyntaxError", "%s'await' outside async function", "");
        ok = co_expr(c, e->v.Await.value);
        break;
    case PYAST_Yield:
        if (!in_function(c)) return error(c, e->pos, "SyntaxError", "%s'yield' outside function", "");
        ok = !e->v.Yield.value || co_expr(c, e->v.Yield.value);
        break;
    case PYAST_YieldFrom:
        if (!in_function(c)) return error(c, e->pos, "SyntaxError", "%s'yield' outside function", "");
        if (c->unit->is_async) return error(c, e->pos, "SyntaxError", "%s'yield from' inside async function", "");
        ok = co_expr(c, e->v.YieldFrom.value);
        break;
    case PYAST_Compare:
        ok = check_compare(c, e) && co_expr(c, e->v.Compare.left) && co_exprs(c, &e->v.Compare.comparators);
        break;
    case PYAST_Call: ok = check_caller(c, e) && co_expr(c, e->v.Call.func) && co_call_rest(c, e); break;
    case PYAST_FormattedValue:
        ok = co_expr(c, e->v.FormattedValue.value) &&
             (!e->v.FormattedValue.format_spec || co_expr(c, e->v.FormattedValue.format_spec));
        break;
    case PYAST_JoinedStr: ok = co_exprs(c, &e->v.JoinedStr.values); break;
    case PYAST_Constant: break;
    case PYAST_Attribute: ok = co_expr(c, e->v.Attribute.value); break;
    case PYAST_Subscript:
        ok = (e->v.Subscript.ctx != PYAST_Load || check_subscript(c, e)) && co_expr(c, e->v.Subscript.value) &&
             co_subscript_slice(c, e);
        break;
    case PYAST_Starred:
        if (e->v.Starred.ctx == PYAST_Store)
            return error(c, e->pos, "SyntaxError", "%sstarred assignment target must be in a list or tuple", "");
        return error(c, e->pos, "SyntaxError", "%scan't use starred expression here", "");
    case PYAST_Name: break;
    case PYAST_List:
    case PYAST_Tuple:
        if (e->v.List.ctx == PYAST_Store) ok = co_target(c, e);
        else ok = co_items(c, &e->v.List.elts);
        break;
    case PYAST_Slice:
        ok = (!e->v.Slice.lower || co_expr(c, e->v.Slice.lower)) && (!e->v.Slice.upper || co_expr(c, e->v.Slice.upper)) &&
             (!e->v.Slice.step || co_expr(c, e->v.Slice.step));
        break;
    }
    c->depth--;
    return ok && !c->error;
}

/* A call after its function: the keywords checked, then the arguments. */
static int co_call_rest(checker *c, const pyast_expr *e) {
    const pyast_keywords *k = &e->v.Call.keywords;
    for (int i = 0; i < k->n; i++) {
        if (!k->items[i]->arg) continue;
        for (int j = i + 1; j < k->n; j++)
            if (k->items[j]->arg && !strcmp(k->items[i]->arg, k->items[j]->arg))
                return error(c, k->items[j]->pos, "SyntaxError", "keyword argument repeated: %s", k->items[i]->arg);
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
typedef struct { checker *c; pyast_pos loc; int full; } pat_state;

static int pat_store(pat_state *ps, pat_stores *st, const char *name) {
    if (!name) return 1;
    for (int i = 0; i < st->n; i++)
        if (!strcmp(st->names[i], name))
            return error(ps->c, ps->loc, "SyntaxError", "multiple assignments to name '%s' in pattern", name);
    if (st->n == 64) { ps->full = 1; return 1; } /* beyond 64 names: not checked */
    st->names[st->n++] = name;
    return 1;
}

static int pat_check(pat_state *ps, const pyast_pattern *p, int allow_irrefutable, pat_stores *st) {
    if (py__stack_low()) return too_deep(ps->c);
    if (ps->c->depth > 200) return 1;
    ps->loc = p->pos;
    int ok = 1;
    ps->c->depth++;
    switch (p->kind) {
    case PYAST_MatchSequence:
        for (int i = 0; ok && i < p->v.MatchSequence.patterns.n; i++)
            ok = pat_check(ps, p->v.MatchSequence.patterns.items[i], 1, st);
        break;
    case PYAST_MatchMapping:
        for (int i = 0; ok && i < p->v.MatchMapping.patterns.n; i++)
            ok = pat_check(ps, p->v.MatchMapping.patterns.items[i], 1, st);
        if (ok) ok = pat_store(ps, st, p->v.MatchMapping.rest);
        break;
    case PYAST_MatchClass:
        for (int i = 0; ok && i < p->v.MatchClass.patterns.n; i++)
            ok = pat_check(ps, p->v.MatchClass.patterns.items[i], 1, st);
        for (int i = 0; ok && i < p->v.MatchClass.kwd_patterns.n; i++)
            ok = pat_check(ps, p->v.MatchClass.kwd_patterns.items[i], 1, st);
        break;
    case PYAST_MatchStar: ok = pat_store(ps, st, p->v.MatchStar.name); break;
    case PYAST_MatchAs:
        if (!p->v.MatchAs.pattern) {
            if (!allow_irrefutable) {
                ok = p->v.MatchAs.name
                    ? error(ps->c, ps->loc, "SyntaxError", "name capture '%s' makes remaining patterns unreachable",
                            p->v.MatchAs.name)
                    : error(ps->c, ps->loc, "SyntaxError", "wildcard makes remaining patterns unreachable", NULL);
            } else ok = pat_store(ps, st, p->v.MatchAs.name);
        } else {
            ok = pat_check(ps, p->v.MatchAs.pattern, allow_irrefutable, st) && pat_store(ps, st, p->v.MatchAs.name);
        }
        break;
    case PYAST_MatchOr: {
        int n = p->v.MatchOr.patterns.n;
        pat_stores control = {{0}, 0}, alt;
        for (int i = 0; ok && i < n; i++) {
            const pyast_pattern *a = p->v.MatchOr.patterns.items[i];
            ps->loc = a->pos;
            alt.n = 0;
            ok = pat_check(ps, a, i == n - 1 && allow_irrefutable, &alt);
            if (!ok || ps->full) break;
            if (!i) { control = alt; continue; }
            int same = alt.n == control.n;
            for (int j = 0; same && j < control.n; j++) {
                int found = 0;
                for (int k = 0; k < alt.n && !found; k++) found = !strcmp(control.names[j], alt.names[k]);
                same = found;
            }
            if (!same) ok = error(ps->c, ps->loc, "SyntaxError", "alternative patterns bind different names", NULL);
        }
        for (int j = 0; ok && !ps->full && j < control.n; j++) ok = pat_store(ps, st, control.names[j]);
        break;
    }
    default: break;
    }
    ps->c->depth--;
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
    pat_state ps = { c, mc->pattern->pos, 0 };
    pat_stores st = {{0}, 0};
    return pat_check(&ps, mc->pattern, mc->guard != NULL || i == n - 1, &st);
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
        ok = co_exprs(c, &s->v.FunctionDef.decorator_list) && co_args(c, s->v.FunctionDef.args);
        if (!ok) break;
        scope *f = scope_of(c, s);
        unit_save u = enter_unit(c, f ? f : c->unit);
        ok = co_stmts(c, &s->v.FunctionDef.body);
        leave_unit(c, u);
        break;
    }
    case PYAST_ClassDef: {
        ok = co_exprs(c, &s->v.ClassDef.decorator_list);
        if (!ok) break;
        scope *k = scope_of(c, s);
        unit_save u = enter_unit(c, k ? k : c->unit);
        ok = co_stmts(c, &s->v.ClassDef.body);
        leave_unit(c, u);
        ok = ok && co_items(c, &s->v.ClassDef.bases);
        for (int i = 0; ok && i < s->v.ClassDef.keywords.n; i++) ok = co_expr(c, s->v.ClassDef.keywords.items[i]->value);
        break;
    }
    case PYAST_Return:
        if (c->unit->kind != FUNCTION) return error(c, s->pos, "SyntaxError", "%s'return' outside function", "");
        if (s->v.Return.value && c->unit->coroutine && c->unit->generator)
            return error(c, s->pos, "SyntaxError", "%s'return' with value in async generator", "");
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
            return error(c, s->pos, "SyntaxError", "%s'async for' outside async function", "");
        ok = co_expr(c, s->v.For.iter) && push_block(c, s->pos);
        if (!ok) break;
        c->loops++;
        ok = co_target(c, s->v.For.target) && co_stmts(c, &s->v.For.body);
        c->loops--;
        c->blocks--;
        ok = ok && co_stmts(c, &s->v.For.orelse);
        break;
    case PYAST_While:
        ok = push_block(c, s->pos);
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
            return error(c, s->pos, "SyntaxError", "%s'async with' outside async function", "");
        int pushed = 0;
        for (int i = 0; ok && i < s->v.With.items.n; i++) {
            const pyast_withitem *w = s->v.With.items.items[i];
            ok = co_expr(c, w->context_expr) && push_block(c, s->pos);
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
        if (fin) ok = push_block(c, s->pos);                /* FINALLY_TRY */
        if (ok && handlers) ok = push_block(c, s->pos);     /* TRY_EXCEPT */
        ok = ok && co_stmts(c, &s->v.Try.body);
        if (handlers) c->blocks--;
        ok = ok && co_stmts(c, &s->v.Try.orelse);
        if (ok && handlers) {
            ok = push_block(c, s->pos); /* EXCEPTION_HANDLER */
            for (int i = 0; ok && i < s->v.Try.handlers.n; i++) {
                const pyast_excepthandler *h = s->v.Try.handlers.items[i];
                if (!h->type && i < s->v.Try.handlers.n - 1)
                    return error(c, h->pos, "SyntaxError", "%sdefault 'except:' must be last", "");
                ok = (!h->type || co_expr(c, h->type)) && push_block(c, h->pos); /* HANDLER_CLEANUP */
                ok = ok && co_stmts(c, &h->body);
                if (ok) c->blocks--;
            }
            if (ok) c->blocks--;
        }
        if (fin) {
            c->blocks--;
            ok = ok && co_stmts(c, &s->v.Try.finalbody) && push_block(c, s->pos); /* FINALLY_END */
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
        if (!c->loops) return error(c, s->pos, "SyntaxError", "%s'break' outside loop", "");
        break;
    case PYAST_Continue:
        if (!c->loops) return error(c, s->pos, "SyntaxError", "%s'continue' not properly in loop", "");
        break;
    case PYAST_Expr: ok = co_expr(c, s->v.Expr.value); break;
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
    return py_check_warn(a, m, src, len, err, NULL);
}

int py_check_warn(py_arena *a, const pyast_module *m, const char *src, size_t len, py_syntax_error *err,
                  py_warnings *warnings) {
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
    c->hcap = 16;
    while (c->hcap < 2 * want) c->hcap *= 2;
    c->by_node = pyarena_alloc(a, (size_t)c->hcap * sizeof *c->by_node);
    if (!c->by_node) return oom(c) - 1;
    scope *top = enter(c, MODULE, NULL);
    if (!top) return -1;
    if (!st_stmts(c, &m->body) || !analyze(c, top, NULL)) return -1;
    c->unit = top;
    c->depth = 0;
    if (!co_stmts(c, &m->body)) return -1;
    return 0;
}
