/*
 * ast.c -- the syntax tree's memory (the arena) and pyast_dump, which
 * prints a tree exactly as CPython 3.11's ast.dump prints it, so the
 * parser is tested byte for byte against CPython.
 *
 * The arena is a list of chunks from malloc; allocation bumps a pointer in
 * the newest chunk, and a request larger than a chunk gets a chunk of its
 * own.  Nothing is freed until pyarena_free frees everything.
 */
#include <float.h>
#include <math.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ast.h"

/* ---- the arena ------------------------------------------------------------ */

enum { CHUNK = 64 * 1024, ALIGN = 16 };

typedef struct chunk {
    struct chunk *prev; /* the chunk allocated before this one, or NULL */
    size_t used, size;  /* bytes handed out from data, and data's capacity */
    _Alignas(16) unsigned char data[];
} chunk;

struct py_arena {
    chunk *head; /* the newest chunk, where small allocations are bumped */
};

py_arena *pyarena_new(void) {
    return calloc(1, sizeof(py_arena));
}

void pyarena_free(py_arena *a) {
    if (!a) return;
    for (chunk *c = a->head, *prev; c; c = prev) {
        prev = c->prev;
        free(c);
    }
    free(a);
}

void *pyarena_alloc(py_arena *a, size_t size) {
    size = (size + ALIGN - 1) & ~(size_t)(ALIGN - 1);
    if (size == 0) size = ALIGN;
    chunk *c = a->head;
    if (!c || c->size - c->used < size) {
        size_t cap = size > CHUNK / 4 ? size : CHUNK;
        if (cap > SIZE_MAX - sizeof(chunk)) return NULL;
        chunk *n = malloc(sizeof(chunk) + cap);
        if (!n) return NULL;
        n->used = 0;
        n->size = cap;
        if (size > CHUNK / 4 && c) {
            /* A big block goes behind the current chunk, so the rest of
             * the current chunk stays in use for small blocks. */
            n->prev = c->prev;
            c->prev = n;
            n->used = size;
            memset(n->data, 0, size);
            return n->data;
        }
        n->prev = c;
        a->head = c = n;
    }
    void *p = c->data + c->used;
    c->used += size;
    memset(p, 0, size);
    return p;
}

char *pyarena_strndup(py_arena *a, const char *s, size_t n) {
    if (n == SIZE_MAX) return NULL;
    char *d = pyarena_alloc(a, n + 1);
    if (!d) return NULL;
    if (n) memcpy(d, s, n);
    d[n] = 0;
    return d;
}

/* ---- ast.dump ------------------------------------------------------------------ */

/* The output, grown as needed; oom is set when an allocation failed. */
typedef struct {
    char *s;
    size_t n, cap;
    int oom;
    int attrs; /* include_attributes */
} out;

static void put(out *o, const char *s, size_t n) {
    if (o->oom) return;
    if (o->n + n + 1 > o->cap) {
        size_t cap = o->cap ? o->cap : 256;
        while (cap < o->n + n + 1) cap *= 2;
        char *ns = realloc(o->s, cap);
        if (!ns) {
            o->oom = 1;
            return;
        }
        o->s = ns;
        o->cap = cap;
    }
    memcpy(o->s + o->n, s, n);
    o->n += n;
    o->s[o->n] = 0;
}
static void puts_(out *o, const char *s) { put(o, s, strlen(s)); }
static void putf(out *o, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void putf(out *o, const char *fmt, ...) {
    char buf[160];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    if (n > 0) put(o, buf, (size_t)n < sizeof buf ? (size_t)n : sizeof buf - 1);
}

/* Decodes one UTF-8 character (WTF-8: lone surrogates allowed), or one
 * byte as itself when invalid. */
static unsigned utf8_char(const unsigned char *p, size_t n, size_t *size) {
    unsigned c = p[0];
    size_t len = c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
    if (len > n) len = 1;
    unsigned v = len == 1 ? c : c & (0x7Fu >> len);
    for (size_t i = 1; i < len; i++) {
        if ((p[i] & 0xC0) != 0x80) {
            *size = 1;
            return c;
        }
        v = v << 6 | (p[i] & 0x3F);
    }
    *size = len;
    return v;
}

/* str.isprintable, approximately: Unicode's control, format, separator
 * (other than ' '), surrogate and private-use characters are not. */
static int printable(unsigned c) {
    if (c < 0x20 || (c >= 0x7F && c <= 0xA0) || c == 0xAD) return 0;
    if (c == 0x34F || (c >= 0x61C && c <= 0x61C) || c == 0x1680 || c == 0x180E) return c == 0x34F;
    if ((c >= 0x2000 && c <= 0x200F) || (c >= 0x2028 && c <= 0x202F) || (c >= 0x205F && c <= 0x206F)) return 0;
    if (c == 0x3000 || c == 0xFEFF || (c >= 0xD800 && c <= 0xF8FF) || (c >= 0xFFF0 && c <= 0xFFFB)) return 0;
    if (c == 0xFFFE || c == 0xFFFF || c >= 0xE0000) return 0;
    return 1;
}

/* repr() of a str (UTF-8) or bytes, as CPython writes it. */
static void put_repr(out *o, const char *s, size_t n, int bytes) {
    int q = '\'';
    if (memchr(s, '\'', n) && !memchr(s, '"', n)) q = '"';
    if (bytes) puts_(o, "b");
    char qc = (char)q;
    put(o, &qc, 1);
    const unsigned char *u = (const unsigned char *)s;
    for (size_t i = 0; i < n;) {
        unsigned c;
        size_t size = 1;
        if (bytes) c = u[i];
        else c = utf8_char(u + i, n - i, &size);
        if (c == (unsigned)q || c == '\\') putf(o, "\\%c", (char)c);
        else if (c == '\t') puts_(o, "\\t");
        else if (c == '\n') puts_(o, "\\n");
        else if (c == '\r') puts_(o, "\\r");
        else if (c < 0x20 || c == 0x7F || (bytes && c >= 0x80)) putf(o, "\\x%02x", c);
        else if (c < 0x80) {
            char ch = (char)c;
            put(o, &ch, 1);
        } else if (printable(c)) put(o, s + i, size);
        else if (c < 0x100) putf(o, "\\x%02x", c);
        else if (c < 0x10000) putf(o, "\\u%04x", c);
        else putf(o, "\\U%08x", c);
        i += size;
    }
    put(o, &qc, 1);
}

/* repr() of a float: the shortest digits that round-trip, in CPython's
 * format (exponent when it is < -4 or >= 16).  with_dot0: "1.0", not "1"
 * (complex parts have no ".0"). */
static void put_float(out *o, double f, int with_dot0) {
    if (isnan(f)) {
        puts_(o, "nan");
        return;
    }
    if (isinf(f)) {
        puts_(o, f < 0 ? "-inf" : "inf");
        return;
    }
    char buf[40];
    for (int prec = 1; prec <= 17; prec++) {
        snprintf(buf, sizeof buf, "%.*e", prec - 1, f);
        if (strtod(buf, NULL) == f) break;
    }
    /* buf: [-]d[.ddd]e[+-]XX */
    char digits[24];
    int nd = 0, neg = buf[0] == '-';
    const char *q = buf + neg;
    for (; *q != 'e'; q++)
        if (*q != '.') digits[nd++] = *q;
    int exp = atoi(q + 1);
    while (nd > 1 && digits[nd - 1] == '0') nd--;
    digits[nd] = 0;
    if (neg) puts_(o, "-");
    int decpt = exp + 1; /* digits before the point */
    if (exp < -4 || exp >= 16) {
        put(o, digits, 1);
        if (nd > 1) {
            puts_(o, ".");
            put(o, digits + 1, (size_t)nd - 1);
        }
        putf(o, "e%c%02d", exp < 0 ? '-' : '+', exp < 0 ? -exp : exp);
    } else if (decpt <= 0) {
        puts_(o, "0.");
        for (int i = 0; i < -decpt; i++) puts_(o, "0");
        put(o, digits, (size_t)nd);
    } else if (decpt >= nd) {
        put(o, digits, (size_t)nd);
        for (int i = nd; i < decpt; i++) puts_(o, "0");
        if (with_dot0) puts_(o, ".0");
    } else {
        put(o, digits, (size_t)decpt);
        puts_(o, ".");
        put(o, digits + decpt, (size_t)(nd - decpt));
    }
}

/* An int literal's text (ast.h: its prefix kept) in decimal, as ast.dump
 * shows its value. */
static void put_int(out *o, const char *s, size_t n) {
    int base = 10;
    if (n > 1 && s[0] == '0' && (s[1] | 0x20) != '0' && strchr("xob", s[1] | 0x20)) {
        base = (s[1] | 0x20) == 'x' ? 16 : (s[1] | 0x20) == 'o' ? 8 : 2;
        s += 2, n -= 2;
    }
    /* little-endian base 10^9 limbs */
    size_t len = 1;
    uint32_t *limb = calloc(n / 2 + 2, sizeof *limb);
    char *dec = malloc(9 * (n / 2 + 2) + 1);
    if (!limb || !dec) {
        free(limb);
        free(dec);
        o->oom = 1;
        return;
    }
    for (size_t i = 0; i < n; i++) {
        unsigned d = (unsigned)(s[i] | 0x20) >= 'a' ? (unsigned)(s[i] | 0x20) - 'a' + 10 : (unsigned)(s[i] - '0');
        uint64_t carry = d;
        for (size_t k = 0; k < len; k++) {
            uint64_t v = (uint64_t)limb[k] * (uint64_t)base + carry;
            limb[k] = (uint32_t)(v % 1000000000u);
            carry = v / 1000000000u;
        }
        while (carry) {
            limb[len++] = (uint32_t)(carry % 1000000000u);
            carry /= 1000000000u;
        }
    }
    /* nine digits a limb, from the last; then no leading zeros (but one "0") */
    char *d = dec + len * 9;
    for (size_t k = 0; k < len; k++)
        for (int j = 0; j < 9; j++, limb[k] /= 10) *--d = (char)('0' + limb[k] % 10);
    while (d < dec + len * 9 - 1 && *d == '0') d++;
    put(o, d, (size_t)(dec + len * 9 - d));
    free(limb);
    free(dec);
}

static void put_const(out *o, const pyast_const *c) {
    switch (c->kind) {
    case PYAST_CONST_NONE: puts_(o, "None"); break;
    case PYAST_CONST_TRUE: puts_(o, "True"); break;
    case PYAST_CONST_FALSE: puts_(o, "False"); break;
    case PYAST_CONST_ELLIPSIS: puts_(o, "Ellipsis"); break;
    case PYAST_CONST_INT: put_int(o, c->s, c->n); break;
    case PYAST_CONST_FLOAT: put_float(o, c->f, 1); break;
    case PYAST_CONST_COMPLEX: put_float(o, c->f, 0); puts_(o, "j"); break;
    case PYAST_CONST_STR: put_repr(o, c->s, c->n, 0); break;
    case PYAST_CONST_BYTES: put_repr(o, c->s, c->n, 1); break;
    }
}

static void expr(out *o, const pyast_expr *e);
static void stmts(out *o, pyast_stmts b);
static void pattern(out *o, const pyast_pattern *p);

static void pos_attrs(out *o, pyast_pos p) {
    if (o->attrs)
        putf(o, ", lineno=%d, col_offset=%d, end_lineno=%d, end_col_offset=%d", p.lineno, p.col_offset, p.end_lineno,
             p.end_col_offset);
}

static void exprs(out *o, pyast_exprs v) {
    puts_(o, "[");
    for (int i = 0; i < v.n; i++) {
        if (i) puts_(o, ", ");
        if (v.items[i]) expr(o, v.items[i]);
        else puts_(o, "None");
    }
    puts_(o, "]");
}
static void names(out *o, pyast_names v) {
    puts_(o, "[");
    for (int i = 0; i < v.n; i++) {
        if (i) puts_(o, ", ");
        put_repr(o, v.items[i], strlen(v.items[i]), 0);
    }
    puts_(o, "]");
}
static void ident(out *o, const char *s) { put_repr(o, s, strlen(s), 0); }

static const char *const ctx_names[] = {"", "Load()", "Store()", "Del()"};
static const char *const binop_names[] = {"", "Add()", "Sub()", "Mult()", "MatMult()", "Div()", "Mod()", "Pow()",
                                          "LShift()", "RShift()", "BitOr()", "BitXor()", "BitAnd()", "FloorDiv()"};
static const char *const unop_names[] = {"", "Invert()", "Not()", "UAdd()", "USub()"};
static const char *const cmp_names[] = {"", "Eq()", "NotEq()", "Lt()", "LtE()", "Gt()", "GtE()", "Is()", "IsNot()",
                                        "In()", "NotIn()"};

static void arg(out *o, const pyast_arg *a) {
    puts_(o, "arg(arg=");
    ident(o, a->arg);
    if (a->annotation) {
        puts_(o, ", annotation=");
        expr(o, a->annotation);
    }
    pos_attrs(o, a->pos);
    puts_(o, ")");
}
static void args_list(out *o, pyast_args v) {
    puts_(o, "[");
    for (int i = 0; i < v.n; i++) {
        if (i) puts_(o, ", ");
        arg(o, v.items[i]);
    }
    puts_(o, "]");
}
static void arguments(out *o, const pyast_arguments *a) {
    puts_(o, "arguments(posonlyargs=");
    args_list(o, a->posonlyargs);
    puts_(o, ", args=");
    args_list(o, a->args);
    if (a->vararg) {
        puts_(o, ", vararg=");
        arg(o, a->vararg);
    }
    puts_(o, ", kwonlyargs=");
    args_list(o, a->kwonlyargs);
    puts_(o, ", kw_defaults=");
    exprs(o, a->kw_defaults);
    if (a->kwarg) {
        puts_(o, ", kwarg=");
        arg(o, a->kwarg);
    }
    puts_(o, ", defaults=");
    exprs(o, a->defaults);
    puts_(o, ")");
}
static void keywords(out *o, pyast_keywords v) {
    puts_(o, "[");
    for (int i = 0; i < v.n; i++) {
        const pyast_keyword *k = v.items[i];
        if (i) puts_(o, ", ");
        puts_(o, "keyword(");
        if (k->arg) {
            puts_(o, "arg=");
            ident(o, k->arg);
            puts_(o, ", ");
        }
        puts_(o, "value=");
        expr(o, k->value);
        pos_attrs(o, k->pos);
        puts_(o, ")");
    }
    puts_(o, "]");
}
static void comprehensions(out *o, pyast_comprehensions v) {
    puts_(o, "[");
    for (int i = 0; i < v.n; i++) {
        const pyast_comprehension *c = v.items[i];
        if (i) puts_(o, ", ");
        puts_(o, "comprehension(target=");
        expr(o, c->target);
        puts_(o, ", iter=");
        expr(o, c->iter);
        puts_(o, ", ifs=");
        exprs(o, c->ifs);
        putf(o, ", is_async=%d)", c->is_async);
    }
    puts_(o, "]");
}

/* name=expr, skipped when NULL (an optional field) */
static void opt(out *o, const char *name, const pyast_expr *e) {
    if (!e) return;
    puts_(o, name);
    expr(o, e);
}

static void expr(out *o, const pyast_expr *e) {
    switch (e->kind) {
    case PYAST_BoolOp:
        puts_(o, e->v.BoolOp.op == PYAST_And ? "BoolOp(op=And(), values=" : "BoolOp(op=Or(), values=");
        exprs(o, e->v.BoolOp.values);
        break;
    case PYAST_NamedExpr:
        puts_(o, "NamedExpr(target=");
        expr(o, e->v.NamedExpr.target);
        puts_(o, ", value=");
        expr(o, e->v.NamedExpr.value);
        break;
    case PYAST_BinOp:
        puts_(o, "BinOp(left=");
        expr(o, e->v.BinOp.left);
        putf(o, ", op=%s, right=", binop_names[e->v.BinOp.op]);
        expr(o, e->v.BinOp.right);
        break;
    case PYAST_UnaryOp:
        putf(o, "UnaryOp(op=%s, operand=", unop_names[e->v.UnaryOp.op]);
        expr(o, e->v.UnaryOp.operand);
        break;
    case PYAST_Lambda:
        puts_(o, "Lambda(args=");
        arguments(o, e->v.Lambda.args);
        puts_(o, ", body=");
        expr(o, e->v.Lambda.body);
        break;
    case PYAST_IfExp:
        puts_(o, "IfExp(test=");
        expr(o, e->v.IfExp.test);
        puts_(o, ", body=");
        expr(o, e->v.IfExp.body);
        puts_(o, ", orelse=");
        expr(o, e->v.IfExp.orelse);
        break;
    case PYAST_Dict:
        puts_(o, "Dict(keys=");
        exprs(o, e->v.Dict.keys);
        puts_(o, ", values=");
        exprs(o, e->v.Dict.values);
        break;
    case PYAST_Set:
        puts_(o, "Set(elts=");
        exprs(o, e->v.Set.elts);
        break;
    case PYAST_ListComp:
    case PYAST_SetComp:
    case PYAST_GeneratorExp:
        puts_(o, e->kind == PYAST_ListComp ? "ListComp(elt=" : e->kind == PYAST_SetComp ? "SetComp(elt=" : "GeneratorExp(elt=");
        expr(o, e->v.ListComp.elt);
        puts_(o, ", generators=");
        comprehensions(o, e->v.ListComp.generators);
        break;
    case PYAST_DictComp:
        puts_(o, "DictComp(key=");
        expr(o, e->v.DictComp.key);
        puts_(o, ", value=");
        expr(o, e->v.DictComp.value);
        puts_(o, ", generators=");
        comprehensions(o, e->v.DictComp.generators);
        break;
    case PYAST_Await:
        puts_(o, "Await(value=");
        expr(o, e->v.Await.value);
        break;
    case PYAST_Yield:
        puts_(o, "Yield(");
        if (e->v.Yield.value) {
            puts_(o, "value=");
            expr(o, e->v.Yield.value);
        }
        if (o->attrs) {
            /* no leading ", " when there is no field before */
            if (!e->v.Yield.value) {
                putf(o, "lineno=%d, col_offset=%d, end_lineno=%d, end_col_offset=%d)", e->pos.lineno, e->pos.col_offset,
                     e->pos.end_lineno, e->pos.end_col_offset);
                return;
            }
        }
        break;
    case PYAST_YieldFrom:
        puts_(o, "YieldFrom(value=");
        expr(o, e->v.YieldFrom.value);
        break;
    case PYAST_Compare:
        puts_(o, "Compare(left=");
        expr(o, e->v.Compare.left);
        puts_(o, ", ops=[");
        for (int i = 0; i < e->v.Compare.n; i++) {
            if (i) puts_(o, ", ");
            puts_(o, cmp_names[e->v.Compare.ops[i]]);
        }
        puts_(o, "], comparators=");
        exprs(o, e->v.Compare.comparators);
        break;
    case PYAST_Call:
        puts_(o, "Call(func=");
        expr(o, e->v.Call.func);
        puts_(o, ", args=");
        exprs(o, e->v.Call.args);
        puts_(o, ", keywords=");
        keywords(o, e->v.Call.keywords);
        break;
    case PYAST_FormattedValue:
        puts_(o, "FormattedValue(value=");
        expr(o, e->v.FormattedValue.value);
        putf(o, ", conversion=%d", e->v.FormattedValue.conversion);
        opt(o, ", format_spec=", e->v.FormattedValue.format_spec);
        break;
    case PYAST_JoinedStr:
        puts_(o, "JoinedStr(values=");
        exprs(o, e->v.JoinedStr.values);
        break;
    case PYAST_Constant:
        puts_(o, "Constant(value=");
        put_const(o, &e->v.Constant);
        if (e->v.Constant.kind == PYAST_CONST_STR && e->v.Constant.is_u) puts_(o, ", kind='u'");
        break;
    case PYAST_Attribute:
        puts_(o, "Attribute(value=");
        expr(o, e->v.Attribute.value);
        puts_(o, ", attr=");
        ident(o, e->v.Attribute.attr);
        putf(o, ", ctx=%s", ctx_names[e->v.Attribute.ctx]);
        break;
    case PYAST_Subscript:
        puts_(o, "Subscript(value=");
        expr(o, e->v.Subscript.value);
        puts_(o, ", slice=");
        expr(o, e->v.Subscript.slice);
        putf(o, ", ctx=%s", ctx_names[e->v.Subscript.ctx]);
        break;
    case PYAST_Starred:
        puts_(o, "Starred(value=");
        expr(o, e->v.Starred.value);
        putf(o, ", ctx=%s", ctx_names[e->v.Starred.ctx]);
        break;
    case PYAST_Name:
        puts_(o, "Name(id=");
        ident(o, e->v.Name.id);
        putf(o, ", ctx=%s", ctx_names[e->v.Name.ctx]);
        break;
    case PYAST_List:
    case PYAST_Tuple:
        puts_(o, e->kind == PYAST_List ? "List(elts=" : "Tuple(elts=");
        exprs(o, e->v.List.elts);
        putf(o, ", ctx=%s", ctx_names[e->v.List.ctx]);
        break;
    case PYAST_Slice: {
        puts_(o, "Slice(");
        int first = 1;
        const char *names_[] = {"lower=", "upper=", "step="};
        const pyast_expr *parts[] = {e->v.Slice.lower, e->v.Slice.upper, e->v.Slice.step};
        for (int i = 0; i < 3; i++) {
            if (!parts[i]) continue;
            if (!first) puts_(o, ", ");
            first = 0;
            puts_(o, names_[i]);
            expr(o, parts[i]);
        }
        if (o->attrs && first) {
            putf(o, "lineno=%d, col_offset=%d, end_lineno=%d, end_col_offset=%d)", e->pos.lineno, e->pos.col_offset,
                 e->pos.end_lineno, e->pos.end_col_offset);
            return;
        }
        break;
    }
    }
    pos_attrs(o, e->pos);
    puts_(o, ")");
}

static void withitems(out *o, pyast_withitems v) {
    puts_(o, "[");
    for (int i = 0; i < v.n; i++) {
        if (i) puts_(o, ", ");
        puts_(o, "withitem(context_expr=");
        expr(o, v.items[i]->context_expr);
        opt(o, ", optional_vars=", v.items[i]->optional_vars);
        puts_(o, ")");
    }
    puts_(o, "]");
}
static void aliases(out *o, pyast_aliases v) {
    puts_(o, "[");
    for (int i = 0; i < v.n; i++) {
        if (i) puts_(o, ", ");
        puts_(o, "alias(name=");
        ident(o, v.items[i]->name);
        if (v.items[i]->asname) {
            puts_(o, ", asname=");
            ident(o, v.items[i]->asname);
        }
        pos_attrs(o, v.items[i]->pos);
        puts_(o, ")");
    }
    puts_(o, "]");
}
static void patterns(out *o, pyast_patterns v) {
    puts_(o, "[");
    for (int i = 0; i < v.n; i++) {
        if (i) puts_(o, ", ");
        pattern(o, v.items[i]);
    }
    puts_(o, "]");
}

/* Opens "Name(" and says whether a field was written (for the ", "
 * before the position attributes of a node whose fields may all be
 * absent). */
static void pattern(out *o, const pyast_pattern *p) {
    int any = 1;
    switch (p->kind) {
    case PYAST_MatchValue:
        puts_(o, "MatchValue(value=");
        expr(o, p->v.MatchValue.value);
        break;
    case PYAST_MatchSingleton:
        puts_(o, "MatchSingleton(value=");
        put_const(o, &p->v.MatchSingleton.value);
        break;
    case PYAST_MatchSequence:
    case PYAST_MatchOr:
        puts_(o, p->kind == PYAST_MatchOr ? "MatchOr(patterns=" : "MatchSequence(patterns=");
        patterns(o, p->v.MatchSequence.patterns);
        break;
    case PYAST_MatchMapping:
        puts_(o, "MatchMapping(keys=");
        exprs(o, p->v.MatchMapping.keys);
        puts_(o, ", patterns=");
        patterns(o, p->v.MatchMapping.patterns);
        if (p->v.MatchMapping.rest) {
            puts_(o, ", rest=");
            ident(o, p->v.MatchMapping.rest);
        }
        break;
    case PYAST_MatchClass:
        puts_(o, "MatchClass(cls=");
        expr(o, p->v.MatchClass.cls);
        puts_(o, ", patterns=");
        patterns(o, p->v.MatchClass.patterns);
        puts_(o, ", kwd_attrs=");
        names(o, p->v.MatchClass.kwd_attrs);
        puts_(o, ", kwd_patterns=");
        patterns(o, p->v.MatchClass.kwd_patterns);
        break;
    case PYAST_MatchStar:
        puts_(o, "MatchStar(");
        any = 0;
        if (p->v.MatchStar.name) {
            puts_(o, "name=");
            ident(o, p->v.MatchStar.name);
            any = 1;
        }
        break;
    case PYAST_MatchAs:
        puts_(o, "MatchAs(");
        any = 0;
        if (p->v.MatchAs.pattern) {
            puts_(o, "pattern=");
            pattern(o, p->v.MatchAs.pattern);
            any = 1;
        }
        if (p->v.MatchAs.name) {
            if (any) puts_(o, ", ");
            puts_(o, "name=");
            ident(o, p->v.MatchAs.name);
            any = 1;
        }
        break;
    }
    if (o->attrs) {
        if (any) puts_(o, ", ");
        putf(o, "lineno=%d, col_offset=%d, end_lineno=%d, end_col_offset=%d", p->pos.lineno, p->pos.col_offset,
             p->pos.end_lineno, p->pos.end_col_offset);
    }
    puts_(o, ")");
}

static void handler(out *o, const pyast_excepthandler *h) {
    puts_(o, "ExceptHandler(");
    if (h->type) {
        puts_(o, "type=");
        expr(o, h->type);
        puts_(o, ", ");
    }
    if (h->name) {
        puts_(o, "name=");
        ident(o, h->name);
        puts_(o, ", ");
    }
    puts_(o, "body=");
    stmts(o, h->body);
    pos_attrs(o, h->pos);
    puts_(o, ")");
}

static void stmt(out *o, const pyast_stmt *s) {
    int nofields = 0;
    switch (s->kind) {
    case PYAST_FunctionDef:
    case PYAST_AsyncFunctionDef:
        puts_(o, s->kind == PYAST_FunctionDef ? "FunctionDef(name=" : "AsyncFunctionDef(name=");
        ident(o, s->v.FunctionDef.name);
        puts_(o, ", args=");
        arguments(o, s->v.FunctionDef.args);
        puts_(o, ", body=");
        stmts(o, s->v.FunctionDef.body);
        puts_(o, ", decorator_list=");
        exprs(o, s->v.FunctionDef.decorator_list);
        opt(o, ", returns=", s->v.FunctionDef.returns);
        break;
    case PYAST_ClassDef:
        puts_(o, "ClassDef(name=");
        ident(o, s->v.ClassDef.name);
        puts_(o, ", bases=");
        exprs(o, s->v.ClassDef.bases);
        puts_(o, ", keywords=");
        keywords(o, s->v.ClassDef.keywords);
        puts_(o, ", body=");
        stmts(o, s->v.ClassDef.body);
        puts_(o, ", decorator_list=");
        exprs(o, s->v.ClassDef.decorator_list);
        break;
    case PYAST_Return:
        puts_(o, "Return(");
        if (s->v.Return.value) {
            puts_(o, "value=");
            expr(o, s->v.Return.value);
        } else {
            nofields = 1;
        }
        break;
    case PYAST_Delete:
        puts_(o, "Delete(targets=");
        exprs(o, s->v.Delete.targets);
        break;
    case PYAST_Assign:
        puts_(o, "Assign(targets=");
        exprs(o, s->v.Assign.targets);
        puts_(o, ", value=");
        expr(o, s->v.Assign.value);
        break;
    case PYAST_AugAssign:
        puts_(o, "AugAssign(target=");
        expr(o, s->v.AugAssign.target);
        putf(o, ", op=%s, value=", binop_names[s->v.AugAssign.op]);
        expr(o, s->v.AugAssign.value);
        break;
    case PYAST_AnnAssign:
        puts_(o, "AnnAssign(target=");
        expr(o, s->v.AnnAssign.target);
        puts_(o, ", annotation=");
        expr(o, s->v.AnnAssign.annotation);
        opt(o, ", value=", s->v.AnnAssign.value);
        putf(o, ", simple=%d", s->v.AnnAssign.simple);
        break;
    case PYAST_For:
    case PYAST_AsyncFor:
        puts_(o, s->kind == PYAST_For ? "For(target=" : "AsyncFor(target=");
        expr(o, s->v.For.target);
        puts_(o, ", iter=");
        expr(o, s->v.For.iter);
        puts_(o, ", body=");
        stmts(o, s->v.For.body);
        puts_(o, ", orelse=");
        stmts(o, s->v.For.orelse);
        break;
    case PYAST_While:
    case PYAST_If:
        puts_(o, s->kind == PYAST_While ? "While(test=" : "If(test=");
        expr(o, s->v.If.test);
        puts_(o, ", body=");
        stmts(o, s->v.If.body);
        puts_(o, ", orelse=");
        stmts(o, s->v.If.orelse);
        break;
    case PYAST_With:
    case PYAST_AsyncWith:
        puts_(o, s->kind == PYAST_With ? "With(items=" : "AsyncWith(items=");
        withitems(o, s->v.With.items);
        puts_(o, ", body=");
        stmts(o, s->v.With.body);
        break;
    case PYAST_Match:
        puts_(o, "Match(subject=");
        expr(o, s->v.Match.subject);
        puts_(o, ", cases=[");
        for (int i = 0; i < s->v.Match.cases.n; i++) {
            const pyast_match_case *c = s->v.Match.cases.items[i];
            if (i) puts_(o, ", ");
            puts_(o, "match_case(pattern=");
            pattern(o, c->pattern);
            opt(o, ", guard=", c->guard);
            puts_(o, ", body=");
            stmts(o, c->body);
            puts_(o, ")");
        }
        puts_(o, "]");
        break;
    case PYAST_Raise:
        puts_(o, "Raise(");
        if (s->v.Raise.exc) {
            puts_(o, "exc=");
            expr(o, s->v.Raise.exc);
            opt(o, ", cause=", s->v.Raise.cause);
        } else if (s->v.Raise.cause) {
            puts_(o, "cause=");
            expr(o, s->v.Raise.cause);
        } else {
            nofields = 1;
        }
        break;
    case PYAST_Try:
    case PYAST_TryStar:
        puts_(o, s->kind == PYAST_Try ? "Try(body=" : "TryStar(body=");
        stmts(o, s->v.Try.body);
        puts_(o, ", handlers=[");
        for (int i = 0; i < s->v.Try.handlers.n; i++) {
            if (i) puts_(o, ", ");
            handler(o, s->v.Try.handlers.items[i]);
        }
        puts_(o, "], orelse=");
        stmts(o, s->v.Try.orelse);
        puts_(o, ", finalbody=");
        stmts(o, s->v.Try.finalbody);
        break;
    case PYAST_Assert:
        puts_(o, "Assert(test=");
        expr(o, s->v.Assert.test);
        opt(o, ", msg=", s->v.Assert.msg);
        break;
    case PYAST_Import:
        puts_(o, "Import(names=");
        aliases(o, s->v.Import.names);
        break;
    case PYAST_ImportFrom:
        puts_(o, "ImportFrom(");
        if (s->v.ImportFrom.module) {
            puts_(o, "module=");
            ident(o, s->v.ImportFrom.module);
            puts_(o, ", ");
        }
        puts_(o, "names=");
        aliases(o, s->v.ImportFrom.names);
        putf(o, ", level=%d", s->v.ImportFrom.level);
        break;
    case PYAST_Global:
    case PYAST_Nonlocal:
        puts_(o, s->kind == PYAST_Global ? "Global(names=" : "Nonlocal(names=");
        names(o, s->v.Global.names);
        break;
    case PYAST_Expr:
        puts_(o, "Expr(value=");
        expr(o, s->v.Expr.value);
        break;
    case PYAST_Pass: puts_(o, "Pass("); nofields = 1; break;
    case PYAST_Break: puts_(o, "Break("); nofields = 1; break;
    case PYAST_Continue: puts_(o, "Continue("); nofields = 1; break;
    }
    if (o->attrs) {
        if (!nofields) puts_(o, ", ");
        putf(o, "lineno=%d, col_offset=%d, end_lineno=%d, end_col_offset=%d", s->pos.lineno, s->pos.col_offset,
             s->pos.end_lineno, s->pos.end_col_offset);
    }
    puts_(o, ")");
}

static void stmts(out *o, pyast_stmts b) {
    puts_(o, "[");
    for (int i = 0; i < b.n; i++) {
        if (i) puts_(o, ", ");
        stmt(o, b.items[i]);
    }
    puts_(o, "]");
}

char *pyast_const_repr(const pyast_const *c) {
    out o = {0};
    put_const(&o, c);
    if (o.oom) {
        free(o.s);
        return NULL;
    }
    return o.s;
}

char *pyast_dump(const pyast_module *m, int include_attributes) {
    out o = {0};
    o.attrs = include_attributes;
    puts_(&o, "Module(body=");
    stmts(&o, m->body);
    puts_(&o, ", type_ignores=[])");
    if (o.oom) {
        free(o.s);
        return NULL;
    }
    return o.s;
}
