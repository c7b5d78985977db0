/*
 * parse.c -- the parser of casyncio's Python: tokens (tokenize.c) to the
 * syntax tree (ast.h), and SyntaxErrors as CPython 3.11 reports them.
 *
 * A hand-written recursive-descent parser for the whole grammar of Python
 * 3.11 (CPython's Grammar/python.gram; each function names the rules it
 * implements).  CPython's parser is a PEG parser run twice: a fast pass,
 * then, on failure, a second pass with "invalid_*" rules that find the
 * error messages learners see ("expected ':'", "Perhaps you forgot a
 * comma?").  Here the same checks are made inline, at the point where the
 * plain grammar fails, and where CPython reports a generic "invalid
 * syntax" it is at the furthest token the parser looked at, as CPython's.
 *
 * Layout: the parser state and errors; tokens; expressions (lowest
 * precedence first); strings, f-strings and numbers; targets and their
 * errors; parameters; statements; match statements; py_parse.  The
 * errors CPython finds after parsing (symbol table, compiler) are
 * check.c's.
 *
 * Recursion: operator chains (a+b+c, not not x, -+-x, a**b**c, a if b else
 * c if d else e, elif chains) are built in loops; only brackets, lambdas,
 * f-strings and blocks nest the C stack, and each is bounded (200 brackets
 * as CPython's tokenizer, 99 indentation levels, MAX_NEST in all), so the
 * parser never overflows a task's stack (parse.h gives the figures).
 */
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cstack.h"
#include "parse.h"
#include "tokenize.h"

/* Nesting of brackets, lambdas, f-strings and blocks together.  CPython
 * allows 200 brackets and 100 indentation levels; beyond this bound (a
 * program no one writes) the parser stops with CPython's message for a
 * tree too deep to compile. */
enum { MAX_NEST = 400 };
/* Invalid_* rules tried one inside the other (see parser.no_invalid). */
enum { MAX_INVALID = 4 };

typedef struct parser parser;
struct parser {
    py_arena *a;
    py__tok_state *tok;
    py__token *toks;     /* the tokens fetched so far (malloc) */
    int n, cap;          /* how many, and room for */
    int pos;             /* the next token to consume */
    int far;             /* the furthest token looked at (for "invalid syntax") */
    py_syntax_error *err;
    int error;           /* an error is set: every function returns NULL */
    int tok_error;       /* the error came from the tokenizer */
    int no_rest_check;   /* an error CPython reports without tokenizing the rest */
    int match_newline;   /* the NEWLINE after "match subject" that is not a match statement, or -1 */
    /* How many of CPython's invalid_* rules are being tried, one inside
     * the other.  Past MAX_INVALID no more are tried: each may parse the
     * rest of the input again, and nested without a bound they would take
     * time exponential in the depth of the brackets. */
    int no_invalid;
    int src_has_newline; /* the source as given ended with '\n' (for the last line's text) */
    const char *src;     /* the source, newlines translated, ending with '\n' and NUL */
    size_t srclen;
    int *nest;           /* nesting depth, shared with the f-string sub-parsers */
    int nest_own;        /* the top parser's nesting count (nest points here) */
    /* An f-string's expression is parsed by a parser of its own over
     * "(expr)"; its positions are moved to where expr is in the source. */
    int fstring;         /* 1 in such a sub-parser */
    int line_shift;      /* added to every line */
    int col_shift;       /* added to columns on the sub-source's first line */
    parser *outer;
    /* A stack of expressions for the operator chains built in loops. */
    void **stk;
    int nstk, capstk;
    size_t *line_starts; /* where each line starts (malloc, built on the first error) */
    int nlines;
    int error_no_index;  /* no memory for line_starts: lines are counted each time */
};

#define TRY(x) do { if (!(x)) return NULL; } while (0)

/* ---- errors -------------------------------------------------------------------- */

/* The start of the line lineno in the source (CPython reads the line from
 * the source for a parser error's text). */
static const char *line_at(parser *p, int lineno) {
    if (!p->line_starts && !p->error_no_index) {
        /* built once: errors raised while trying alternatives are many */
        int n = 1;
        for (size_t i = 0; i < p->srclen; i++) n += p->src[i] == '\n';
        p->line_starts = malloc((size_t)(n + 1) * sizeof *p->line_starts);
        if (p->line_starts) {
            int k = 0;
            p->line_starts[k++] = 0;
            for (size_t i = 0; i < p->srclen; i++)
                if (p->src[i] == '\n') p->line_starts[k++] = i + 1;
            p->nlines = k;
        } else {
            p->error_no_index = 1;
        }
    }
    if (p->line_starts) {
        if (lineno < 1) lineno = 1;
        return p->src + (lineno <= p->nlines ? p->line_starts[lineno - 1] : p->srclen);
    }
    const char *s = p->src, *end = p->src + p->srclen;
    for (int l = 1; l < lineno && s < end; s++)
        if (*s == '\n') l++;
    return s;
}

static const char *arena_line(parser *p, const char *start, size_t n) {
    char *t = pyarena_strndup(p->a, start, n);
    return t;
}

/* An error without a position (parse.h), unless *error says one is set
 * already.  Returns 0. */
int py__error_nowhere(py_syntax_error *e, int *error, const char *type, const char *msg) {
    if (*error) return 0;
    *error = 1;
    memset(e, 0, sizeof *e);
    e->type = type;
    memcpy(e->msg, msg, strlen(msg) + 1); /* short constant messages */
    e->lineno = e->offset = e->end_lineno = e->end_offset = PY_SE_NONE;
    return 0;
}

static void set_oom(parser *p) { py__error_nowhere(p->err, &p->error, "MemoryError", ""); }

/* A str's source (exec, eval), or a file that declares its encoding:
 * CPython's tokenizer knows the encoding, and its error counts the
 * characters of the first off bytes of the error's first line
 * (_PyPegen_byte_offset_to_character_offset), for both ends.  A file
 * without a declaration, or bytes given to compile() (pyast), keep bytes. */
static int str_chars(const parser *p, const char *line, size_t len, int off) {
    if (!(py__parse_str || py__parse_chars) || p->fstring || off <= 0) return off;
    int n = 0;
    for (size_t i = 0; i < len && i < (size_t)off; i++) n += ((unsigned char)line[i] & 0xC0) != 0x80;
    return n + (off > (int)len); /* past the line: its NUL decoded too */
}

/*
 * CPython's _PyPegen_raise_error_known_location: lineno, col and end_col
 * are 1-based byte offsets (0 and negative values passed through); the
 * line lineno (with its '\n') becomes the error's text.  The message is
 * fmt with at most one string, arg.  (Not variadic: a variadic call costs
 * every caller a stack frame in wasm.)
 */
static void *raise_at(parser *p, const char *type, int lineno, int col, int end_lineno, int end_col,
                      const char *fmt, const char *arg) {
    if (p->error) return NULL;
    p->error = 1;
    py_syntax_error *e = p->err;
    memset(e, 0, sizeof *e);
    e->type = type;
    char msg[sizeof e->msg];
    snprintf(msg, sizeof msg, fmt, arg);
    snprintf(e->msg, sizeof e->msg, p->fstring ? "f-string: %.240s" : "%s", msg);
    int text_line = lineno;
    if (p->fstring) {
        /* CPython: the sub-parser's own line and columns, shifted lines */
        text_line = lineno - p->line_shift;
        if (text_line == 1) {
            if (col > 0) col -= p->col_shift;
            if (end_col > 0 && end_lineno == lineno) end_col -= p->col_shift;
        }
        if (text_line < 1) text_line = 1;
    }
    const char *line = line_at(p, text_line);
    size_t len = 0;
    while (line + len < p->src + p->srclen && line[len] != '\n') len++;
    if (line + len < p->src + p->srclen) len++;
    if (!p->fstring && !p->src_has_newline && !py__parse_exec && line + len == p->src + p->srclen) len--;
    if (!p->fstring && len > 999) {
        /* CPython reads the line back from the file 999 bytes at a time
         * (err_programtext) and keeps the last piece */
        size_t k = (len - 1) / 999 * 999;
        line += k;
        len -= k;
    }
    e->text = arena_line(p, line, len);
    col = str_chars(p, line, len, col);
    end_col = str_chars(p, line, len, end_col);
    e->lineno = lineno;
    e->end_lineno = end_lineno;
    /* CPython converts to characters only when the tokenizer knows the
     * source's encoding: compile(bytes) and `python3 file.py` without a
     * coding line keep byte offsets, as here. */
    e->offset = col;
    e->end_offset = end_col;
    return NULL;
}

/* Moves a sub-parser's token position to the source's. */
static int sub_line(parser *p, int lineno) { return lineno + p->line_shift; }
static int sub_col(parser *p, int lineno, int col) { return lineno == 1 && col >= 0 ? col + p->col_shift : col; }

/* RAISE_SYNTAX_ERROR_KNOWN_LOCATION(t): the token t. */
static void *raise_tok(parser *p, const char *type, const py__token *t, const char *fmt, const char *arg) {
    int col = t->col, end = t->end_col;
    if (col == -1) {
        /* INDENT, DEDENT, ENDMARKER have no start: CPython takes the
         * tokenizer's read position, not adjusted; at the end of a file
         * run as a program its buffer is empty, so 0 (no caret: `if x:` as
         * the last line), where compile() of a str says the line's end. */
        int c = py__parse_file && p->tok->cur >= p->tok->end ? 0 : (int)(p->tok->cur - p->tok->line_start);
        return raise_at(p, type, sub_line(p, t->lineno), c, sub_line(p, t->end_lineno), -1, fmt, arg);
    }
    return raise_at(p, type, sub_line(p, t->lineno), sub_col(p, t->lineno, col) + 1, sub_line(p, t->end_lineno),
                    sub_col(p, t->end_lineno, end) + 1, fmt, arg);
}

/* A SyntaxError at token t. */
static void *raise_syn(parser *p, const py__token *t, const char *msg) { return raise_tok(p, "SyntaxError", t, "%s", msg); }
/* RAISE_SYNTAX_ERROR(msg): a SyntaxError at the furthest token looked at. */
static py__token *peek_at(parser *p, int i);
static void *raise_far(parser *p, const char *msg) { return raise_syn(p, peek_at(p, p->far), msg); }

/* RAISE_SYNTAX_ERROR_KNOWN_RANGE(a, b): from a's start to b's end (node
 * positions are already the source's). */
static void *raise_range(parser *p, const pyast_pos *a, const pyast_pos *b, const char *fmt, const char *arg) {
    return raise_at(p, "SyntaxError", a->lineno, a->col_offset + 1, b->end_lineno, b->end_col_offset + 1, fmt, arg);
}
/* From token a's start to token b's end. */
static void *raise_toks(parser *p, const py__token *a, const py__token *b, const char *msg) {
    return raise_at(p, "SyntaxError", sub_line(p, a->lineno), sub_col(p, a->lineno, a->col) + 1, sub_line(p, b->end_lineno),
                    sub_col(p, b->end_lineno, b->end_col) + 1, "%s", msg);
}
static void *raise_node(parser *p, const pyast_pos *a, const char *fmt, const char *arg) {
    return raise_range(p, a, a, fmt, arg);
}

/* ---- tokens ------------------------------------------------------------------------ */

static void raise_unclosed(parser *p) {
    py__tok_state *tok = p->tok;
    int i = tok->level - 1;
    char msg[40];
    snprintf(msg, sizeof msg, "'%c' was never closed", tok->parenstack[i]);
    int lineno = tok->parenlinenostack[i], col = tok->parencolstack[i];
    raise_at(p, "SyntaxError", sub_line(p, lineno), sub_col(p, lineno, col) + 1, sub_line(p, lineno), 0, "%s", msg);
}

/* A tokenizer error becomes the parser's error (CPython raises it when
 * the parser fetches the token). */
static void raise_tok_error(parser *p) {
    if (p->error) return;
    py__tok_error *te = &p->tok->err;
    if (te->eof_in_brackets && !te->msg[0]) {
        raise_unclosed(p);
    } else {
        p->error = 1;
        py_syntax_error *e = p->err;
        memset(e, 0, sizeof *e);
        e->type = te->type;
        /* CPython's tokenizer raises its own errors: no "f-string: " prefix in an f-string's expression */
        snprintf(e->msg, sizeof e->msg, "%s", te->msg);
        e->lineno = sub_line(p, te->lineno);
        e->end_lineno = sub_line(p, te->end_lineno);
        e->offset = te->offset;
        e->end_offset = te->end_offset;
        size_t n = te->text_len;
        /* the last line of a source without a final newline: CPython's text has none */
        if (!p->fstring && !p->src_has_newline && te->text + n == p->src + p->srclen && n) n--;
        e->text = arena_line(p, te->text, n);
    }
    p->tok_error = 1;
}

static py__token oom_token = {TK_ERROR, NULL, 0, 1, 0, 1, 0, 0};

static py__token *fetch(parser *p, int i) {
    while (p->n <= i) {
        if (p->error && !p->n) return &oom_token;
        if (p->n && (p->toks[p->n - 1].kind == TK_ENDMARKER || p->toks[p->n - 1].kind == TK_ERROR))
            return &p->toks[p->n - 1];
        if (p->n == p->cap) {
            int cap = p->cap ? p->cap * 2 : 256;
            py__token *t = realloc(p->toks, (size_t)cap * sizeof *t);
            if (!t) {
                set_oom(p);
                return p->n ? &p->toks[p->n - 1] : &oom_token;
            }
            p->toks = t;
            p->cap = cap;
        }
        py__token *t = &p->toks[p->n++];
        if (py__tok_get(p->tok, t) == TK_ERROR) raise_tok_error(p);
    }
    return &p->toks[i];
}

static py__token *peek_at(parser *p, int i) {
    py__token *t = fetch(p, i);
    if (i > p->far) p->far = i;
    return t;
}
static py__token *peek(parser *p) { return peek_at(p, p->pos); }
static int kind(parser *p) { return peek(p)->kind; }
static int kind_at(parser *p, int i) { return peek_at(p, p->pos + i)->kind; }
static py__token *next(parser *p) {
    py__token *t = peek(p);
    if (t->kind != TK_ENDMARKER && t->kind != TK_ERROR) p->pos++;
    return t;
}
static int accept(parser *p, int k) {
    if (kind(p) != k) return 0;
    next(p);
    return 1;
}
static int is_name(parser *p, int i, const char *s) {
    py__token *t = peek_at(p, p->pos + i);
    return t->kind == TK_NAME && t->len == strlen(s) && !memcmp(t->start, s, t->len);
}

/* The generic error, as CPython's _PyPegen_set_syntax_error: at the
 * furthest token looked at. */
static void *fail(parser *p) {
    if (p->error) return NULL;
    py__token *t = fetch(p, p->far);
    if (t->kind == TK_ERROR) {
        raise_tok_error(p);
        return NULL;
    }
    if (t->kind == TK_INDENT || t->kind == TK_DEDENT) {
        p->no_rest_check = 1; /* CPython returns before tokenizing the rest */
        return raise_tok(p, "IndentationError", t, "%s", t->kind == TK_INDENT ? "unexpected indent" : "unexpected unindent");
    }
    return raise_syn(p, t, "invalid syntax");
}

/* Positions: the source's, for node positions.  (Written through a
 * pointer: a struct returned or passed by value costs a copy on the
 * caller's stack in wasm.) */
static void tok_pos(parser *p, const py__token *t, pyast_pos *r) {
    r->lineno = sub_line(p, t->lineno);
    r->col_offset = sub_col(p, t->lineno, t->col);
    r->end_lineno = sub_line(p, t->end_lineno);
    r->end_col_offset = sub_col(p, t->end_lineno, t->end_col);
}
/* a's end moved to b's. */
static void join(pyast_pos *a, const pyast_pos *b) {
    a->end_lineno = b->end_lineno;
    a->end_col_offset = b->end_col_offset;
}
/* a's end moved to token t's. */
static void end_at(parser *p, pyast_pos *a, const py__token *t) {
    a->end_lineno = sub_line(p, t->end_lineno);
    a->end_col_offset = sub_col(p, t->end_lineno, t->end_col);
}
/* From token i to the last token consumed. */
static void span(parser *p, int i, pyast_pos *r) {
    tok_pos(p, &p->toks[i], r);
    end_at(p, r, &p->toks[p->pos - 1]);
}

/* ---- memory ----------------------------------------------------------------------- */

static void *alloc(parser *p, size_t n) {
    void *r = pyarena_alloc(p->a, n);
    if (!r) set_oom(p);
    return r;
}
static char *strndup_a(parser *p, const char *s, size_t n) {
    char *r = pyarena_strndup(p->a, s, n);
    if (!r) set_oom(p);
    return r;
}

/* Growable lists, in the arena: a list abandoned (an error, an
 * alternative given up) needs no freeing, and one grown leaves its old
 * items behind (at most as much again as the items kept). */
typedef struct { void **items; int n, cap; } vec;
/* A new list, in the arena (a pointer: a list kept in a function's locals
 * would give it a stack frame in wasm).  Out of memory, the empty
 * oom_list, which vpush refuses. */
static vec oom_list;
static vec *vnew(parser *p) {
    vec *v = alloc(p, sizeof(vec));
    return v ? v : &oom_list;
}
static int vpush(parser *p, vec *v, void *x) {
    if (!x || v == &oom_list) return 0;
    if (v->n == v->cap) {
        int cap = v->cap ? v->cap * 2 : 8;
        void **items = alloc(p, (size_t)cap * sizeof *items);
        if (!items) return 0;
        if (v->n) memcpy(items, v->items, (size_t)v->n * sizeof *items);
        v->items = items;
        v->cap = cap;
    }
    v->items[v->n++] = x;
    return 1;
}
/* vpush that accepts NULL items (kw_defaults, dict keys). */
static int vpush_null(parser *p, vec *v, void *x) {
    static char placeholder;
    if (!vpush(p, v, x ? x : &placeholder)) return 0;
    if (!x) v->items[v->n - 1] = NULL;
    return 1;
}
/* The items as a sequence of the tree.  Returns 1 (nothing to copy, so
 * nothing can fail). */
static int vdone(vec *v, void *items_out, int *n_out) {
    memcpy(items_out, &v->items, sizeof v->items);
    *n_out = v->n;
    return 1;
}
#define VDONE(p, v, seq) vdone(v, &(seq).items, &(seq).n)

/* A node: every node of ast.h starts with its kind and position. */
typedef struct { int kind; pyast_pos pos; } node_head;
_Static_assert(offsetof(pyast_expr, pos) == offsetof(node_head, pos) && offsetof(pyast_stmt, pos) == offsetof(node_head, pos) &&
               offsetof(pyast_pattern, pos) == offsetof(node_head, pos), "nodes start with kind and pos");
/* A node of size bytes and kind k at pos (or where the caller puts it later: pos NULL). */
static void *node(parser *p, size_t size, int k, const pyast_pos *pos) {
    node_head *n = alloc(p, size);
    if (n) {
        n->kind = k;
        if (pos) n->pos = *pos;
    }
    return n;
}
/* ... at token t. */
static void *node_tok(parser *p, size_t size, int k, const py__token *t) {
    node_head *n = node(p, size, k, NULL);
    if (n) tok_pos(p, t, &n->pos);
    return n;
}
/* ... from token i to the last token consumed. */
static void *node_span(parser *p, size_t size, int k, int i) {
    node_head *n = node(p, size, k, NULL);
    if (n) span(p, i, &n->pos);
    return n;
}
#define new_expr(p, k, pos) ((pyast_expr *)node(p, sizeof(pyast_expr), k, pos))
#define expr_tok(p, k, t) ((pyast_expr *)node_tok(p, sizeof(pyast_expr), k, t))
#define expr_span(p, k, i) ((pyast_expr *)node_span(p, sizeof(pyast_expr), k, i))
#define stmt_tok(p, k, t) ((pyast_stmt *)node_tok(p, sizeof(pyast_stmt), k, t))
#define stmt_span(p, k, i) ((pyast_stmt *)node_span(p, sizeof(pyast_stmt), k, i))
#define pattern_tok(p, k, t) ((pyast_pattern *)node_tok(p, sizeof(pyast_pattern), k, t))
#define pattern_span(p, k, i) ((pyast_pattern *)node_span(p, sizeof(pyast_pattern), k, i))
static const char *tok_str(parser *p, const py__token *t) { return strndup_a(p, t->start, t->len); }

/* Nesting, bounded (see MAX_NEST), and by the C stack left (cstack.h). */
static int enter(parser *p) {
    if (++*p->nest > MAX_NEST || py__stack_low()) return py__error_nowhere(p->err, &p->error, "RecursionError", PY__TOO_DEEP);
    return 1;
}
static void leave(parser *p) { --*p->nest; }

/* ---- speculation ------------------------------------------------------------------- */

/* Where CPython's PEG parser tries one alternative and falls back to
 * another, the parser marks its place, tries, and resets.  A tokenizer
 * error met while trying stays (CPython raises it when it is met).  The
 * tokens looked at while trying count for "invalid syntax" (CPython
 * reports the furthest token its first pass fetched), except when
 * trying one of CPython's second-pass invalid_* rules (reset_invalid). */
/* A mark: the position and the furthest token looked at, in one scalar
 * (a struct would need a stack frame in wasm wherever it is kept). */
typedef uint64_t mark_t;
#define MARK_AT(pos, far) ((uint64_t)(uint32_t)(far) << 32 | (uint32_t)(pos))
#define MARK(p) MARK_AT((p)->pos, (p)->far)
#define MARK_FAR(m) ((int)(uint32_t)((m) >> 32))
static int reset(parser *p, mark_t m) {
    if (p->tok_error || (p->error && (!strcmp(p->err->type, "MemoryError") || !strcmp(p->err->type, "RecursionError"))))
        return 0;
    p->error = 0;
    p->pos = (int)(uint32_t)m;
    return 1;
}
static int reset_invalid(parser *p, mark_t m) {
    if (!reset(p, m)) return 0;
    p->far = MARK_FAR(m);
    return 1;
}

/* ---- expressions ----------------------------------------------------------------- */

static pyast_expr *expression(parser *p);
static pyast_expr *named_expression(parser *p);
static pyast_expr *star_expressions(parser *p);
static pyast_expr *star_named_expression(parser *p);
static pyast_expr *disjunction(parser *p);
static pyast_expr *bitwise_or(parser *p);
static pyast_expr *primary(parser *p);
static pyast_expr *strings(parser *p);
static pyast_expr *number(parser *p);
static pyast_expr *yield_expr(parser *p);
static pyast_arguments *parameters(parser *p, int lambda);
static int for_if_clauses(parser *p, pyast_comprehensions *out);
static pyast_expr *to_target(parser *p, pyast_expr *e, pyast_ctx ctx, int for_targets);
static pyast_expr *star_targets(parser *p, int stop_at_in);

static pyast_expr *constant(parser *p, pyast_const_kind k, const pyast_pos *pos) {
    pyast_expr *e = new_expr(p, PYAST_Constant, pos);
    if (e) e->v.Constant.kind = k;
    return e;
}
/* ... at token t. */
static pyast_expr *constant_tok(parser *p, pyast_const_kind k, const py__token *t) {
    pyast_expr *e = expr_tok(p, PYAST_Constant, t);
    if (e) e->v.Constant.kind = k;
    return e;
}

/* CPython's _PyPegen_get_expr_name: how errors name an expression. */
static const char *expr_name(const pyast_expr *e) {
    switch (e->kind) {
    case PYAST_Attribute: return "attribute";
    case PYAST_Subscript: return "subscript";
    case PYAST_Starred: return "starred";
    case PYAST_Name: return "name";
    case PYAST_List: return "list";
    case PYAST_Tuple: return "tuple";
    case PYAST_Lambda: return "lambda";
    case PYAST_Call: return "function call";
    case PYAST_BoolOp: case PYAST_BinOp: case PYAST_UnaryOp: return "expression";
    case PYAST_GeneratorExp: return "generator expression";
    case PYAST_Yield: case PYAST_YieldFrom: return "yield expression";
    case PYAST_Await: return "await expression";
    case PYAST_ListComp: return "list comprehension";
    case PYAST_SetComp: return "set comprehension";
    case PYAST_DictComp: return "dict comprehension";
    case PYAST_Dict: return "dict literal";
    case PYAST_Set: return "set display";
    case PYAST_JoinedStr: case PYAST_FormattedValue: return "f-string expression";
    case PYAST_Constant:
        switch (e->v.Constant.kind) {
        case PYAST_CONST_NONE: return "None";
        case PYAST_CONST_TRUE: return "True";
        case PYAST_CONST_FALSE: return "False";
        case PYAST_CONST_ELLIPSIS: return "ellipsis";
        default: return "literal";
        }
    case PYAST_Compare: return "comparison";
    case PYAST_IfExp: return "conditional expression";
    case PYAST_NamedExpr: return "named expression";
    default: return "expression";
    }
}

/* Tokens that may begin an expression. */
static int starts_expr(int k) {
    switch (k) {
    case TK_NAME: case TK_NUMBER: case TK_STRING: case TK_LPAR: case TK_LSQB: case TK_LBRACE:
    case TK_MINUS: case TK_PLUS: case TK_TILDE: case TK_ELLIPSIS: case KW_not: case KW_lambda:
    case KW_await: case KW_None: case KW_True: case KW_False:
        return 1;
    default:
        return 0;
    }
}

/* atom: NAME | 'True' | 'False' | 'None' | strings | NUMBER | (tuple | group | genexp)
 *       | (list | listcomp) | (dict | set | dictcomp | setcomp) | '...' */
static pyast_expr *atom(parser *p);

/* star_named_expression: '*' bitwise_or | named_expression */
static pyast_expr *star_named_expression(parser *p) {
    if (kind(p) == TK_STAR) {
        int start = p->pos;
        next(p);
        pyast_expr *v = bitwise_or(p);
        TRY(v);
        pyast_expr *e = expr_span(p, PYAST_Starred, start);
        TRY(e);
        e->v.Starred.value = v;
        e->v.Starred.ctx = PYAST_Load;
        return e;
    }
    return named_expression(p);
}

/* After an element inside brackets: CPython's invalid_expression, "invalid
 * syntax. Perhaps you forgot a comma?" when another expression follows. */
static void *missing_comma(parser *p, pyast_expr *a, int a_start) {
    if (p->error || p->no_invalid >= MAX_INVALID || !starts_expr(kind(p)) || peek(p)->level == 0) return NULL;
    if (a->kind == PYAST_IfExp || a->kind == PYAST_Lambda || a->kind == PYAST_NamedExpr ||
        a->kind == PYAST_Starred)
        return NULL;
    py__token *t0 = &p->toks[a_start];
    if (t0->kind == TK_NAME && (kind(p) == TK_STRING) && p->pos == a_start + 1) return NULL;
    if (t0->kind == TK_NAME && ((t0->len == 5 && !memcmp(t0->start, "match", 5)) ||
                                (t0->len == 4 && !memcmp(t0->start, "case", 4)) ||
                                (t0->len == 1 && t0->start[0] == '_')))
        return NULL;
    if (a->kind == PYAST_Name && (!strcmp(a->v.Name.id, "print") || !strcmp(a->v.Name.id, "exec"))) return NULL;
    mark_t m = MARK(p);
    p->no_invalid++;
    pyast_expr *b = expression(p);
    p->no_invalid--;
    if (!b) {
        reset_invalid(p, m);
        return NULL;
    }
    p->far = MARK_FAR(m);
    return raise_range(p, &a->pos, &b->pos, "%s", "invalid syntax. Perhaps you forgot a comma?");
}

static int is_bitwise_or_level(const pyast_expr *e, int parenthesized);

/* invalid_named_expression: an '=' where '==' or ':=' was meant. */
static void *eq_instead(parser *p, pyast_expr *a, int parenthesized) {
    if (kind(p) != TK_EQUAL || p->no_invalid >= MAX_INVALID) return NULL;
    int name = a->kind == PYAST_Name && !parenthesized;
    if (!name) {
        /* !(list|tuple|genexp|'True'|'None'|'False') a=bitwise_or '=': decided
         * before the right side is read (a tokenizer error there does not win) */
        int excluded = (!parenthesized && (a->kind == PYAST_List || a->kind == PYAST_Tuple)) ||
                       a->kind == PYAST_GeneratorExp ||
                       (a->kind == PYAST_Constant && (a->v.Constant.kind == PYAST_CONST_TRUE ||
                                                      a->v.Constant.kind == PYAST_CONST_FALSE ||
                                                      a->v.Constant.kind == PYAST_CONST_NONE));
        if (a->kind == PYAST_Tuple && a->pos.col_offset >= 0 && parenthesized) excluded = 1;
        if (excluded || !is_bitwise_or_level(a, parenthesized)) return NULL;
    }
    mark_t m = MARK(p);
    next(p);
    p->no_invalid++;
    pyast_expr *b = bitwise_or(p);
    p->no_invalid--;
    int k = b ? kind(p) : TK_EQUAL;
    if (!reset_invalid(p, m)) return NULL;
    if (k == TK_EQUAL || k == TK_COLONEQUAL) return NULL;
    if (name) return raise_range(p, &a->pos, &b->pos, "%s", "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
    return raise_node(p, &a->pos, "cannot assign to %s here. Maybe you meant '==' instead of '='?", expr_name(a));
}

/* invalid_named_expression: a=expression ':=' expression, a not a plain name. */
static void *walrus_instead(parser *p, pyast_expr *a) {
    if (kind(p) != TK_COLONEQUAL || p->no_invalid >= MAX_INVALID) return NULL;
    mark_t m = MARK(p);
    next(p);
    p->no_invalid++;
    pyast_expr *b = expression(p);
    p->no_invalid--;
    if (!reset_invalid(p, m) || !b) return NULL;
    return raise_node(p, &a->pos, "cannot use assignment expressions with %s", expr_name(a));
}

/* Whether the expression starting at token s was written in parentheses
 * (a group, which CPython's rules see as an atom). */
static int in_parens(parser *p, int s, const pyast_expr *e) {
    py__token *t = &p->toks[s];
    return t->kind == TK_LPAR && (e->pos.lineno != sub_line(p, t->lineno) ||
                                  e->pos.col_offset != sub_col(p, t->lineno, t->col) ||
                                  e->kind == PYAST_Tuple || e->kind == PYAST_GeneratorExp);
}

/* named_expression: NAME ':=' expression | expression !':=' */
static pyast_expr *named_expression_(parser *p, int check_eq);
static pyast_expr *named_expression(parser *p) { return named_expression_(p, 1); }
static pyast_expr *named_expression_(parser *p, int check_eq) {
    int start = p->pos;
    if (kind(p) == TK_NAME && kind_at(p, 1) == TK_COLONEQUAL) {
        py__token *t = next(p);
        pyast_expr *target = expr_tok(p, PYAST_Name, t);
        TRY(target);
        target->v.Name.id = tok_str(p, t);
        target->v.Name.ctx = PYAST_Store;
        next(p);
        pyast_expr *v = expression(p);
        TRY(v);
        pyast_expr *e = expr_span(p, PYAST_NamedExpr, start);
        TRY(e);
        e->v.NamedExpr.target = target;
        e->v.NamedExpr.value = v;
        return e;
    }
    pyast_expr *e = expression(p);
    TRY(e);
    /* a call's arguments have no invalid_named_expression (check_eq 0) */
    if (check_eq && kind(p) == TK_COLONEQUAL) walrus_instead(p, e);
    if (check_eq && kind(p) == TK_EQUAL) eq_instead(p, e, in_parens(p, start, e));
    return p->error ? NULL : e;
}

/* expression: disjunction 'if' disjunction 'else' expression | disjunction | lambdef
 * (a chain of conditional expressions is built in a loop) */
static pyast_expr *lambdef(parser *p);
static int spush(parser *p, void *x);
/* The parser's scratch stack (heap): chains built in loops keep their
 * parts there, not in C stack frames. */
static int spush(parser *p, void *x) {
    if (p->nstk == p->capstk) {
        int cap = p->capstk ? p->capstk * 2 : 64;
        void **n = realloc(p->stk, (size_t)cap * sizeof *n);
        if (!n) {
            set_oom(p);
            return 0;
        }
        p->stk = n;
        p->capstk = cap;
    }
    p->stk[p->nstk++] = x;
    return 1;
}

/* invalid_legacy_expression, which CPython's expression rule tries: the
 * name print or exec alone, then an expression that is not in parentheses
 * ('print x' in a lambda, a call's argument, a condition, an assignment's
 * value: "Missing parentheses in call to 'print'").  What follows is
 * parsed with the invalid rules still on, as CPython's star_expressions
 * there, so in 'print print x' the inner one is reported. */
static int legacy_print(parser *p, pyast_expr *a) {
    int k = kind(p);
    if (p->error || p->no_invalid || !starts_expr(k) || k == TK_LPAR ||
        (strcmp(a->v.Name.id, "print") && strcmp(a->v.Name.id, "exec")))
        return 0;
    mark_t m = MARK(p);
    if (!enter(p)) return 1; /* 'print print print ... x' nests */
    pyast_expr *b = star_expressions(p);
    leave(p);
    if (p->error) return 1;
    if (!b) {
        reset_invalid(p, m);
        return 0;
    }
    char msg[100];
    snprintf(msg, sizeof msg, "Missing parentheses in call to '%s'. Did you mean %s(...)?", a->v.Name.id,
             a->v.Name.id);
    raise_range(p, &a->pos, &b->pos, "%s", msg);
    return 1;
}

static pyast_expr *expression(parser *p) {
    int base = p->nstk; /* (start token, body, test) triples from here */
    pyast_expr *e = NULL;
    for (;;) {
        if (kind(p) == KW_lambda) {
            e = lambdef(p);
            break;
        }
        int s = p->pos;
        pyast_expr *a = disjunction(p);
        if (!a) break;
        if (a->kind == PYAST_Name && p->pos == s + 1 && legacy_print(p, a)) break;
        if (kind(p) != KW_if) {
            e = a;
            break;
        }
        next(p);
        pyast_expr *b = disjunction(p);
        if (!b) break;
        if (kind(p) != KW_else) {
            if (kind(p) == TK_COLON || p->error) fail(p);
            else raise_range(p, &a->pos, &b->pos, "%s", "expected 'else' after 'if' expression");
            break;
        }
        next(p);
        if (!spush(p, (void *)(intptr_t)s) || !spush(p, a) || !spush(p, b)) break;
    }
    while (e && p->nstk > base) {
        pyast_expr *test = p->stk[--p->nstk], *body = p->stk[--p->nstk];
        int s = (int)(intptr_t)p->stk[--p->nstk];
        pyast_expr *x = expr_span(p, PYAST_IfExp, s);
        if (!x) break;
        x->v.IfExp.test = test;
        x->v.IfExp.body = body;
        x->v.IfExp.orelse = e;
        e = x;
    }
    p->nstk = base;
    return p->error ? NULL : e;
}

/* lambdef: 'lambda' [lambda_params] ':' expression */
static __attribute__((noinline)) pyast_expr *lambdef(parser *p) {
    int start = p->pos;
    next(p);
    TRY(enter(p));
    pyast_arguments *args = parameters(p, 1);
    if (!args) {
        leave(p);
        return NULL;
    }
    if (!accept(p, TK_COLON)) {
        leave(p);
        return fail(p);
    }
    pyast_expr *body = expression(p);
    leave(p);
    TRY(body);
    pyast_expr *e = expr_span(p, PYAST_Lambda, start);
    TRY(e);
    e->v.Lambda.args = args;
    e->v.Lambda.body = body;
    return e;
}

/*
 * disjunction, conjunction, inversion, comparison, bitwise_or,
 * bitwise_xor, bitwise_and, shift_expr, sum, term: one function, by
 * precedence climbing, so that an operand in brackets costs one C frame
 * here, not one per grammar rule.  Levels: 1 'or', 2 'and', 3 'not',
 * 4 comparisons, 5 '|', 6 '^', 7 '&', 8 shifts, 9 '+' '-', 10 '*' '/' '//'
 * '%' '@'; factor (unary operators and '**') below them.  The right
 * operand of a binary operator recurses only to a higher level, so the
 * C stack stays bounded by the number of levels; 'or', 'and' and
 * comparison chains are collected in loops (one BoolOp or Compare).
 */
static pyast_expr *factor(parser *p);
/* A binary operator's precedence (0: not one) and its operator << 4, in
 * one int (an out parameter would give climb a stack frame in wasm). */
static int binop_prec(int k) {
    switch (k) {
    case TK_VBAR: return PYAST_BitOr << 4 | 5;
    case TK_CIRCUMFLEX: return PYAST_BitXor << 4 | 6;
    case TK_AMPER: return PYAST_BitAnd << 4 | 7;
    case TK_LEFTSHIFT: return PYAST_LShift << 4 | 8;
    case TK_RIGHTSHIFT: return PYAST_RShift << 4 | 8;
    case TK_PLUS: return PYAST_Add << 4 | 9;
    case TK_MINUS: return PYAST_Sub << 4 | 9;
    case TK_STAR: return PYAST_Mult << 4 | 10;
    case TK_SLASH: return PYAST_Div << 4 | 10;
    case TK_DOUBLESLASH: return PYAST_FloorDiv << 4 | 10;
    case TK_PERCENT: return PYAST_Mod << 4 | 10;
    case TK_AT: return PYAST_MatMult << 4 | 10;
    default: return 0;
    }
}

/* comparison: bitwise_or compare_op_bitwise_or_pair+ | bitwise_or */
static int compare_op(parser *p) {
    switch (kind(p)) {
    case TK_EQEQUAL: next(p); return PYAST_Eq;
    case TK_NOTEQUAL:
        if (peek(p)->len == 2 && peek(p)->start[0] == '<') return 0; /* <> (barry_as_FLUFL only) */
        next(p);
        return PYAST_NotEq;
    case TK_LESS: next(p); return PYAST_Lt;
    case TK_LESSEQUAL: next(p); return PYAST_LtE;
    case TK_GREATER: next(p); return PYAST_Gt;
    case TK_GREATEREQUAL: next(p); return PYAST_GtE;
    case KW_in: next(p); return PYAST_In;
    case KW_not:
        if (kind_at(p, 1) != KW_in) return 0;
        next(p), next(p);
        return PYAST_NotIn;
    case KW_is:
        next(p);
        if (accept(p, KW_not)) return PYAST_IsNot;
        return PYAST_Is;
    default: return 0;
    }
}
static pyast_expr *climb(parser *p, int minprec);

/* A Compare from its left operand and first operator (consumed). */
static __attribute__((noinline)) pyast_expr *compare_rest(parser *p, int start, pyast_expr *left, int op) {
    vec *ops = vnew(p), *rights = vnew(p);
    while (op) {
        pyast_expr *r = climb(p, 5);
        if (!r || !vpush(p, ops, (void *)(intptr_t)op) || !vpush(p, rights, r)) return NULL;
        op = compare_op(p);
    }
    pyast_expr *e = expr_span(p, PYAST_Compare, start);
    pyast_cmpop *o = alloc(p, (size_t)ops->n * sizeof *o);
    if (!e || !o) return NULL;
    for (int i = 0; i < ops->n; i++) o[i] = (pyast_cmpop)(intptr_t)ops->items[i];
    e->v.Compare.left = left;
    e->v.Compare.n = ops->n;
    e->v.Compare.ops = o;
    VDONE(p, rights, e->v.Compare.comparators);
    return e;
}

/* A BoolOp from its first operand; the operator kw is next. */
static __attribute__((noinline)) pyast_expr *boolop_rest(parser *p, int start, pyast_expr *first, int kw) {
    vec *v = vnew(p);
    vpush(p, v, first);
    while (accept(p, kw)) {
        pyast_expr *b = climb(p, kw == KW_or ? 2 : 3);
        if (!vpush(p, v, b)) return NULL;
    }
    pyast_expr *e = expr_span(p, PYAST_BoolOp, start);
    if (!e) return NULL;
    e->v.BoolOp.op = kw == KW_or ? PYAST_Or : PYAST_And;
    VDONE(p, v, e->v.BoolOp.values);
    return e;
}

static pyast_expr *climb(parser *p, int minprec) {
    int start = p->pos;
    pyast_expr *left;
    if (kind(p) == KW_not) {
        /* inversion: 'not' inversion (the 'not's counted in a loop) */
        if (minprec > 3) return fail(p);
        while (kind(p) == KW_not) next(p);
        int nots = p->pos - start;
        TRY(left = climb(p, 4));
        for (int i = nots - 1; i >= 0; i--) {
            pyast_expr *x = expr_span(p, PYAST_UnaryOp, start + i);
            TRY(x);
            x->v.UnaryOp.op = PYAST_Not;
            x->v.UnaryOp.operand = left;
            left = x;
        }
    } else {
        TRY(left = factor(p));
    }
    for (;;) {
        int k = kind(p);
        int prec = binop_prec(k), op = prec >> 4;
        prec &= 15;
        if (prec) {
            if (prec < minprec) return left;
            next(p);
            pyast_expr *right = prec == 10 ? factor(p) : climb(p, prec + 1);
            TRY(right);
            pyast_expr *e = expr_span(p, PYAST_BinOp, start);
            TRY(e);
            e->v.BinOp.left = left;
            e->v.BinOp.op = op;
            e->v.BinOp.right = right;
            left = e;
        } else if (k == KW_and || k == KW_or) {
            if ((k == KW_and ? 2 : 1) < minprec) return left;
            TRY(left = boolop_rest(p, start, left, k));
        } else {
            if (minprec > 4) return left;
            int cop = compare_op(p);
            if (!cop) return left;
            TRY(left = compare_rest(p, start, left, cop));
        }
    }
}

static pyast_expr *disjunction(parser *p) { return climb(p, 1); }
static pyast_expr *bitwise_or(parser *p) { return climb(p, 5); }

/* factor: '+' factor | '-' factor | '~' factor | power
 * power: await_primary '**' factor | await_primary
 * await_primary: AWAIT primary | primary
 * Built in a loop: the operands of a chain a ** -b ** c, each with the
 * unary operators before it (consecutive tokens, kept as a range). */
static int is_unary(int k) { return k == TK_PLUS || k == TK_MINUS || k == TK_TILDE; }
static pyast_expr *await_primary(parser *p) {
    if (kind(p) == KW_await) {
        int start = p->pos;
        next(p);
        pyast_expr *v = primary(p);
        TRY(v);
        pyast_expr *e = expr_span(p, PYAST_Await, start);
        TRY(e);
        e->v.Await.value = v;
        return e;
    }
    return primary(p);
}
static pyast_expr *unary(parser *p, int tok_index, pyast_expr *operand) {
    py__token *t = &p->toks[tok_index];
    pyast_expr *e = expr_span(p, PYAST_UnaryOp, tok_index);
    TRY(e);
    e->v.UnaryOp.op = t->kind == TK_PLUS ? PYAST_UAdd : t->kind == TK_MINUS ? PYAST_USub : PYAST_Invert;
    e->v.UnaryOp.operand = operand;
    return e;
}
static pyast_expr *factor_rest(parser *p, pyast_expr *first, int first_start);
static pyast_expr *factor(parser *p) {
    /* the common case, a primary alone, in a small frame */
    if (!is_unary(kind(p))) {
        int s = p->pos;
        pyast_expr *e = await_primary(p);
        if (!e || kind(p) != TK_DOUBLESTAR) return e;
        return factor_rest(p, e, s);
    }
    return factor_rest(p, NULL, 0);
}
/* The rest of a factor: first (if not NULL, from token first_start) is
 * the first operand of a '**' chain, whose '**' is next. */
static __attribute__((noinline)) pyast_expr *factor_rest(parser *p, pyast_expr *first, int first_start) {
    enum { N = 4 }; /* operands per frame: a longer chain recurses, N - 1 operands a level */
    int pstart[N], pcount[N], n = 0;
    pyast_expr *operand[N], *rest = NULL;
    if (first) {
        pstart[0] = first_start;
        pcount[0] = 0;
        operand[0] = first;
        n = 1;
        next(p); /* '**' */
    }
    for (;;) {
        int s = p->pos;
        while (is_unary(kind(p))) next(p);
        if (n == N - 1) {
            /* a long chain: the rest is a factor of its own */
            p->pos = s;
            if (py__stack_low()) return py__error_nowhere(p->err, &p->error, "RecursionError", PY__TOO_DEEP), NULL;
            rest = factor(p);
            TRY(rest);
            break;
        }
        pstart[n] = s;
        pcount[n] = p->pos - s;
        operand[n] = await_primary(p);
        TRY(operand[n]);
        n++;
        if (!accept(p, TK_DOUBLESTAR)) break;
    }
    /* fold from the right: x0 ** (u1 (x1 ** (u2 (x2 ...)))) */
    pyast_expr *e = rest;
    for (int i = n - 1; i >= 0; i--) {
        if (e) {
            pyast_expr *b = expr_span(p, PYAST_BinOp, pstart[i] + pcount[i]);
            TRY(b);
            b->v.BinOp.left = operand[i];
            b->v.BinOp.op = PYAST_Pow;
            b->v.BinOp.right = e;
            e = b;
        } else {
            e = operand[i];
        }
        for (int j = pcount[i] - 1; j >= 0; j--) TRY(e = unary(p, pstart[i] + j, e));
    }
    return e;
}

/* ---- primaries ------------------------------------------------------------------- */

/* slice: [expression] ':' [expression] [':' [expression]] | named_expression */
static pyast_expr *slice(parser *p) {
    int start = p->pos;
    pyast_expr *lower = NULL, *upper = NULL, *step = NULL;
    if (kind(p) != TK_COLON) {
        if (kind(p) == TK_STAR) return star_named_expression(p); /* starred_expression */
        pyast_expr *e = named_expression(p);
        TRY(e);
        if (kind(p) != TK_COLON) return e;
        /* expression, not named_expression, before ':' */
        if (e->kind == PYAST_NamedExpr) return fail(p);
        lower = e;
    }
    next(p); /* ':' */
    int k = kind(p);
    if (k != TK_COLON && k != TK_COMMA && k != TK_RSQB) TRY(upper = expression(p));
    if (accept(p, TK_COLON)) {
        k = kind(p);
        if (k != TK_COMMA && k != TK_RSQB) TRY(step = expression(p));
    }
    pyast_expr *e = expr_span(p, PYAST_Slice, start);
    TRY(e);
    e->v.Slice.lower = lower;
    e->v.Slice.upper = upper;
    e->v.Slice.step = step;
    return e;
}

/* slices: slice !',' | ','.(slice | starred_expression)+ [','] */
static __attribute__((noinline)) pyast_expr *slices(parser *p) {
    int start = p->pos;
    pyast_expr *first = slice(p);
    TRY(first);
    if (kind(p) != TK_COMMA && first->kind != PYAST_Starred) {
        if (kind(p) != TK_RSQB) missing_comma(p, first, start);
        return first;
    }
    vec *v = vnew(p);
    vpush(p, v, first);
    while (accept(p, TK_COMMA)) {
        if (kind(p) == TK_RSQB) break;
        int s = p->pos;
        pyast_expr *e = slice(p);
        if (!vpush(p, v, e)) return NULL;
        if (kind(p) != TK_COMMA && kind(p) != TK_RSQB) {
            missing_comma(p, e, s);
            return NULL;
        }
    }
    pyast_expr *t = expr_span(p, PYAST_Tuple, start);
    if (!t) return NULL;
    t->v.Tuple.ctx = PYAST_Load;
    VDONE(p, v, t->v.Tuple.elts);
    return t;
}

/* A generator expression from its element and the position of '(' (the
 * parenthesis is consumed, ')' is next). */
/* A comprehension of kind k after its element (elt, and value for a
 * dict): its for_if_clauses, then the closing bracket close; it spans
 * from the opening bracket, token open. */
static pyast_expr *comprehension(parser *p, pyast_expr_kind k, pyast_expr *elt, pyast_expr *value, int open, int close) {
    pyast_expr *e = new_expr(p, k, NULL);
    TRY(e);
    if (k == PYAST_DictComp) {
        e->v.DictComp.key = elt;
        e->v.DictComp.value = value;
        TRY(for_if_clauses(p, &e->v.DictComp.generators));
    } else {
        /* ListComp, SetComp and GeneratorExp have one layout */
        e->v.ListComp.elt = elt;
        TRY(for_if_clauses(p, &e->v.ListComp.generators));
    }
    if (!accept(p, close)) return fail(p);
    span(p, open, &e->pos);
    return e;
}
static pyast_expr *genexp_rest(parser *p, pyast_expr *elt, int lpar) {
    return comprehension(p, PYAST_GeneratorExp, elt, NULL, lpar, TK_RPAR);
}

/* args: positional, *args, keyword=value and **kwargs, in CPython's
 * order rules; the '(' is consumed, ')' is consumed here. */
static __attribute__((noinline)) pyast_expr *call(parser *p, pyast_expr *func, int lpar) {
    vec *args = vnew(p), *kws = vnew(p);
    int seen_kw = 0, seen_dstar = 0;
    const char *order_error = NULL;
    TRY(enter(p));
    while (kind(p) != TK_RPAR) {
        int s = p->pos;
        if (kind(p) == TK_DOUBLESTAR) {
            next(p);
            int vs = p->pos;
            pyast_expr *v = expression(p);
            if (!v) goto error;
            if (kind(p) != TK_COMMA && kind(p) != TK_RPAR) {
                missing_comma(p, v, vs);
                fail(p);
                goto error;
            }
            pyast_keyword *k = alloc(p, sizeof *k);
            if (!k) goto error;
            span(p, s, &k->pos);
            k->value = v;
            if (!vpush(p, kws, k)) goto error;
            seen_dstar = 1;
        } else if (kind(p) == TK_STAR) {
            next(p);
            pyast_expr *v = expression(p);
            if (!v) goto error;
            pyast_expr *st = expr_span(p, PYAST_Starred, s);
            if (!st) goto error;
            st->v.Starred.value = v;
            st->v.Starred.ctx = PYAST_Load;
            if (seen_dstar) {
                raise_syn(p, &p->toks[s], "iterable argument unpacking follows keyword argument unpacking");
                goto error;
            }
            if (kind(p) == KW_for || kind(p) == KW_async) {
                /* '(' *x for ...: invalid_comprehension (a genexp's); after another
                 * positional argument, _PyPegen_nonparen_genexp_in_call */
                int far = p->far;
                pyast_expr *g = new_expr(p, PYAST_GeneratorExp, NULL);
                if (g && for_if_clauses(p, &g->v.GeneratorExp.generators) && (args->n || s == lpar + 1)) {
                    span(p, s, &g->pos);
                    if (args->n) raise_range(p, &g->pos, &g->pos, "%s", "Generator expression must be parenthesized");
                    else raise_node(p, &st->pos, "%s", "iterable unpacking cannot be used in comprehension");
                } else if (!p->error || (!p->tok_error && !strcmp(p->err->msg, "invalid syntax"))) {
                    p->error = 0;
                    p->far = far;
                    fail(p);
                }
                goto error;
            }
            if (!vpush(p, args, st)) goto error;
        } else if (kind(p) == TK_NAME && kind_at(p, 1) == TK_EQUAL) {
            const char *name = tok_str(p, next(p));
            next(p);
            int vs = p->pos;
            pyast_expr *v = expression(p);
            if (!v || !name) goto error;
            if (kind(p) == KW_for || kind(p) == KW_async) {
                /* invalid_kwarg: NAME '=' expression for_if_clauses; else
                 * "invalid syntax" where the first pass stopped, at the 'for' */
                int far = p->far;
                pyast_expr *g = new_expr(p, PYAST_GeneratorExp, NULL);
                if (g && for_if_clauses(p, &g->v.GeneratorExp.generators)) {
                    raise_toks(p, &p->toks[s], &p->toks[s + 1], "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
                } else if (p->error && !p->tok_error && !strcmp(p->err->msg, "invalid syntax")) {
                    p->error = 0;
                    p->far = far;
                    fail(p);
                }
                goto error;
            }
            if (kind(p) != TK_COMMA && kind(p) != TK_RPAR) {
                missing_comma(p, v, vs);
                fail(p);
                goto error;
            }
            pyast_keyword *k = alloc(p, sizeof *k);
            if (!k) goto error;
            span(p, s, &k->pos);
            k->arg = name;
            k->value = v;
            if (!vpush(p, kws, k)) goto error;
            seen_kw = 1;
        } else {
            pyast_expr *e = named_expression_(p, 0);
            if (!e) goto error;
            if (kind(p) == KW_for || kind(p) == KW_async) {
                /* a generator expression as an argument */
                pyast_expr *g = new_expr(p, PYAST_GeneratorExp, NULL);
                if (!g || !for_if_clauses(p, &g->v.GeneratorExp.generators)) goto error;
                g->v.GeneratorExp.elt = e;
                int only = args->n == 0 && kws->n == 0 && kind(p) == TK_RPAR;
                if (only) {
                    tok_pos(p, &p->toks[lpar], &g->pos);
                    end_at(p, &g->pos, peek(p));
                } else {
                    span(p, s, &g->pos);
                }
                if (!only && kind(p) != TK_COMMA && kind(p) != TK_RPAR) {
                    fail(p);
                    goto error;
                }
                if (!only) {
                    /* invalid_arguments: the generator expression itself, from its element to its last
                     * clause, whatever comes before it (CPython's _PyPegen_nonparen_genexp_in_call) */
                    raise_range(p, &g->pos, &g->pos, "%s", "Generator expression must be parenthesized");
                    goto error;
                }
                e = g;
            } else if (kind(p) == TK_EQUAL) {
                /* invalid_kwarg */
                pyast_pos eq;
                tok_pos(p, peek(p), &eq);
                if (e->kind == PYAST_Constant && (e->v.Constant.kind == PYAST_CONST_TRUE ||
                    e->v.Constant.kind == PYAST_CONST_FALSE || e->v.Constant.kind == PYAST_CONST_NONE)) {
                    raise_range(p, &e->pos, &eq, "cannot assign to %s", expr_name(e));
                } else {
                    raise_range(p, &e->pos, &eq, "%s", "expression cannot contain assignment, perhaps you meant \"==\"?");
                }
                goto error;
            } else if (kind(p) != TK_COMMA && kind(p) != TK_RPAR) {
                missing_comma(p, e, s);
                fail(p);
                goto error;
            }
            if (seen_dstar || seen_kw) {
                /* reported at the end of the arguments (CPython's
                 * _PyPegen_arguments_parsing_error, at the last token read) */
                if (!order_error)
                    order_error = seen_dstar ? "positional argument follows keyword argument unpacking"
                                             : "positional argument follows keyword argument";
            } else if (!vpush(p, args, e)) {
                goto error;
            }
        }
        if (!accept(p, TK_COMMA)) break;
    }
    if (order_error && kind(p) == TK_RPAR) {
        raise_far(p, order_error);
        goto error;
    }
    if (!accept(p, TK_RPAR)) {
        fail(p);
        goto error;
    }
    leave(p);
    pyast_expr *c = new_expr(p, PYAST_Call, &func->pos);
    if (!c) goto error2;
    end_at(p, &c->pos, &p->toks[p->pos - 1]);
    c->v.Call.func = func;
    VDONE(p, args, c->v.Call.args);
    VDONE(p, kws, c->v.Call.keywords);
    return c;
error:
    leave(p);
error2:
    return NULL;
}

/* primary: primary '.' NAME | primary genexp | primary '(' [arguments] ')'
 *        | primary '[' slices ']' | atom   (the trailers in a loop) */
static pyast_expr *primary(parser *p) {
    int start = p->pos;
    pyast_expr *e = atom(p);
    TRY(e);
    for (;;) {
        int k = kind(p);
        if (k == TK_DOT) {
            next(p);
            if (kind(p) != TK_NAME) return fail(p);
            py__token *t = next(p);
            pyast_expr *x = expr_span(p, PYAST_Attribute, start);
            TRY(x);
            x->v.Attribute.value = e;
            TRY(x->v.Attribute.attr = tok_str(p, t));
            x->v.Attribute.ctx = PYAST_Load;
            e = x;
        } else if (k == TK_LPAR) {
            int lpar = p->pos;
            next(p);
            TRY(e = call(p, e, lpar));
            span(p, start, &e->pos);
        } else if (k == TK_LSQB) {
            next(p);
            TRY(enter(p));
            pyast_expr *s = slices(p);
            leave(p);
            TRY(s);
            if (!accept(p, TK_RSQB)) return fail(p);
            pyast_expr *x = expr_span(p, PYAST_Subscript, start);
            TRY(x);
            x->v.Subscript.value = e;
            x->v.Subscript.slice = s;
            x->v.Subscript.ctx = PYAST_Load;
            e = x;
        } else {
            return e;
        }
    }
}

/* for_if_clauses: (ASYNC? 'for' star_targets 'in' ~ disjunction ('if' disjunction)*)+ */
static int for_if_clauses(parser *p, pyast_comprehensions *out) {
    vec *gens = vnew(p);
    while (kind(p) == KW_for || (kind(p) == KW_async && kind_at(p, 1) == KW_for)) {
        int is_async = accept(p, KW_async);
        next(p);
        pyast_comprehension *c = alloc(p, sizeof *c);
        if (!c) return 0;
        c->is_async = is_async;
        if (!(c->target = star_targets(p, 1))) return 0;
        if (!accept(p, KW_in)) {
            fail(p);
            return 0;
        }
        if (!(c->iter = disjunction(p))) return 0;
        vec *ifs = vnew(p);
        while (accept(p, KW_if)) {
            if (!vpush(p, ifs, disjunction(p))) return 0;
        }
        VDONE(p, ifs, c->ifs);
        if (!vpush(p, gens, c)) return 0;
    }
    if (!gens->n) {
        fail(p);
        return 0;
    }
    return VDONE(p, gens, *out);
}

/* A list, tuple or set display's items after the first (the opening
 * bracket consumed); stops before the closing kind. */
/* invalid_comprehension: '[' or '{' a, b for ... (a comprehension whose target
 * is a tuple without its parentheses): from the first item to the last, or to
 * the comma before the 'for' */
static int at_for(parser *p) { return kind(p) == KW_for || (kind(p) == KW_async && kind_at(p, 1) == KW_for); }
static void *comprehension_target(parser *p, pyast_expr *first, pyast_expr *last) {
    const char *msg = "did you forget parentheses around the comprehension target?";
    if (last) return raise_range(p, &first->pos, &last->pos, "%s", msg);
    pyast_pos comma;
    tok_pos(p, &p->toks[p->pos - 1], &comma);
    return raise_range(p, &first->pos, &comma, "%s", msg);
}
static int display_items(parser *p, vec *v, int close) {
    while (accept(p, TK_COMMA)) {
        if (kind(p) == close) break;
        if (close != TK_RPAR && at_for(p)) { comprehension_target(p, v->items[0], NULL); return 0; }
        int s = p->pos;
        pyast_expr *e = star_named_expression(p);
        if (!vpush(p, v, e)) return 0;
        if (close != TK_RPAR && at_for(p)) { comprehension_target(p, v->items[0], e); return 0; }
        if (kind(p) != TK_COMMA && kind(p) != close) {
            missing_comma(p, e, s);
            fail(p);
            return 0;
        }
    }
    if (kind(p) != close) {
        fail(p);
        return 0;
    }
    return 1;
}

/* '(' ... ')': tuple | group | genexp */
static __attribute__((noinline)) pyast_expr *paren_atom(parser *p) {
    int lpar = p->pos;
    next(p);
    if (accept(p, TK_RPAR)) {
        pyast_expr *t = expr_span(p, PYAST_Tuple, lpar);
        if (t) t->v.Tuple.ctx = PYAST_Load;
        return t;
    }
    if (kind(p) == KW_yield) {
        /* group: '(' yield_expr ')' */
        pyast_expr *y = yield_expr(p);
        TRY(y);
        if (!accept(p, TK_RPAR)) return fail(p);
        return y;
    }
    if (kind(p) == TK_DOUBLESTAR) {
        /* invalid_group: '(' '**' expression ')'; else "invalid syntax" at the '**' */
        int far = p->far, at = p->pos;
        next(p);
        pyast_expr *e = expression(p);
        if (e && accept(p, TK_RPAR)) return raise_syn(p, &p->toks[at], "cannot use double starred expression here");
        if (e) missing_comma(p, e, at + 1);
        if (p->error && (p->tok_error || strcmp(p->err->msg, "invalid syntax"))) return NULL;
        p->error = 0;
        p->far = far;
        return fail(p);
    }
    int s = p->pos;
    pyast_expr *first = star_named_expression(p);
    TRY(first);
    if (kind(p) == KW_for || (kind(p) == KW_async && kind_at(p, 1) == KW_for)) {
        if (first->kind == PYAST_Starred) return raise_node(p, &first->pos, "%s", "iterable unpacking cannot be used in comprehension");
        return genexp_rest(p, first, lpar);
    }
    if (accept(p, TK_RPAR)) {
        if (first->kind == PYAST_Starred) return raise_node(p, &first->pos, "%s", "cannot use starred expression here");
        return first;
    }
    if (kind(p) != TK_COMMA) {
        missing_comma(p, first, s);
        return fail(p);
    }
    vec *v = vnew(p);
    vpush(p, v, first);
    if (!display_items(p, v, TK_RPAR)) return NULL;
    next(p);
    pyast_expr *t = expr_span(p, PYAST_Tuple, lpar);
    if (!t) return NULL;
    t->v.Tuple.ctx = PYAST_Load;
    VDONE(p, v, t->v.Tuple.elts);
    return t;
}

/* '[' ... ']': list | listcomp */
static __attribute__((noinline)) pyast_expr *list_atom(parser *p) {
    int lsqb = p->pos;
    next(p);
    vec *v = vnew(p);
    if (kind(p) != TK_RSQB) {
        int s = p->pos;
        pyast_expr *first = star_named_expression(p);
        TRY(first);
        if (kind(p) == KW_for || (kind(p) == KW_async && kind_at(p, 1) == KW_for)) {
            if (first->kind == PYAST_Starred) return raise_node(p, &first->pos, "%s", "iterable unpacking cannot be used in comprehension");
            return comprehension(p, PYAST_ListComp, first, NULL, lsqb, TK_RSQB);
        }
        if (kind(p) != TK_COMMA && kind(p) != TK_RSQB) {
            missing_comma(p, first, s);
            return fail(p);
        }
        vpush(p, v, first);
        if (!display_items(p, v, TK_RSQB)) return NULL;
    }
    next(p);
    pyast_expr *l = expr_span(p, PYAST_List, lsqb);
    if (!l) return NULL;
    l->v.List.ctx = PYAST_Load;
    VDONE(p, v, l->v.List.elts);
    return l;
}

/* '{' ... '}': dict | set | dictcomp | setcomp */
static __attribute__((noinline)) pyast_expr *brace_atom(parser *p) {
    int lbrace = p->pos;
    next(p);
    if (accept(p, TK_RBRACE)) return expr_span(p, PYAST_Dict, lbrace);
    vec *keys = vnew(p), *values = vnew(p);
    int is_dict = 0;
    for (int first = 1;; first = 0) {
        int s = p->pos;
        if (kind(p) == TK_DOUBLESTAR) {
            if (!first && !is_dict) return fail(p);
            is_dict = 1;
            next(p);
            pyast_expr *v = bitwise_or(p);
            if (!v || !vpush_null(p, keys, NULL) || !vpush(p, values, v)) return NULL;
            if (first && (kind(p) == KW_for || (kind(p) == KW_async && kind_at(p, 1) == KW_for))) {
                return raise_syn(p, &p->toks[s], "dict unpacking cannot be used in dict comprehension");
            }
        } else {
            if (!first && !is_dict && at_for(p)) return comprehension_target(p, keys->items[0], NULL);
            pyast_expr *k = first || !is_dict ? star_named_expression(p) : expression(p);
            if (!k) return NULL;
            if (!first && !is_dict && at_for(p)) return comprehension_target(p, keys->items[0], k);
            if (first && kind(p) == TK_COLON && k->kind != PYAST_Starred) {
                is_dict = 1;
                /* `{k := 1: 2}` is no dict; `{(k := 1): 2}` is (the parentheses make no node) */
                if (k->kind == PYAST_NamedExpr && p->toks[s].kind != TK_LPAR) return fail(p);
            }
            if (is_dict) {
                if (!accept(p, TK_COLON)) {
                    /* invalid_kvpair (after a first pair: a set otherwise) */
                    if (kind(p) == TK_RBRACE || kind(p) == TK_COMMA || !first)
                        raise_at(p, "SyntaxError", k->pos.lineno, k->pos.end_col_offset, k->pos.end_lineno, 0, "%s",
                                 "':' expected after dictionary key");
                    else
                        fail(p);
                    return NULL;
                }
                if (kind(p) == TK_RBRACE || kind(p) == TK_COMMA) {
                    return raise_syn(p, &p->toks[p->pos - 1], "expression expected after dictionary key and ':'");
                }
                if (kind(p) == TK_STAR) {
                    /* invalid_kvpair: expression ':' a='*' bitwise_or, raised
                     * STARTING_FROM a: to the end of the token after it, less one */
                    mark_t m = MARK(p);
                    py__token *star = next(p);
                    p->no_invalid++;
                    pyast_expr *sv = bitwise_or(p);
                    p->no_invalid--;
                    py__token *after = peek(p);
                    /* (when it fails, CPython has looked as far as here too) */
                    if (!(sv ? reset_invalid(p, m) : reset(p, m))) return NULL;
                    if (sv)
                        return raise_at(p, "SyntaxError", sub_line(p, star->lineno), sub_col(p, star->lineno, star->col) + 1,
                                        sub_line(p, after->end_lineno), sub_col(p, after->end_lineno, after->end_col), "%s",
                                        "cannot use a starred expression in a dictionary value");
                }
                pyast_expr *v = expression(p);
                if (!v || !vpush(p, keys, k) || !vpush(p, values, v)) return NULL;
                if (first && (kind(p) == KW_for || (kind(p) == KW_async && kind_at(p, 1) == KW_for))) {
                    return comprehension(p, PYAST_DictComp, k, v, lbrace, TK_RBRACE);
                }
            } else {
                if (first && (kind(p) == KW_for || (kind(p) == KW_async && kind_at(p, 1) == KW_for))) {
                    if (k->kind == PYAST_Starred) {
                        return raise_node(p, &k->pos, "%s", "iterable unpacking cannot be used in comprehension");
                    }
                    return comprehension(p, PYAST_SetComp, k, NULL, lbrace, TK_RBRACE);
                }
                if (!vpush(p, keys, k)) return NULL;
            }
            if (kind(p) != TK_COMMA && kind(p) != TK_RBRACE) {
                pyast_expr *last = is_dict ? values->items[values->n - 1] : keys->items[keys->n - 1];
                missing_comma(p, last, s);
                return fail(p);
            }
        }
        if (!accept(p, TK_COMMA) || kind(p) == TK_RBRACE) break;
    }
    if (!accept(p, TK_RBRACE)) return fail(p);
    if (is_dict) {
        pyast_expr *d = expr_span(p, PYAST_Dict, lbrace);
        if (!d) return NULL;
        VDONE(p, keys, d->v.Dict.keys);
        VDONE(p, values, d->v.Dict.values);
        return d;
    }
    pyast_expr *st = expr_span(p, PYAST_Set, lbrace);
    if (!st) return NULL;
    VDONE(p, keys, st->v.Set.elts);
    return st;
}

static pyast_expr *atom(parser *p) {
    py__token *t = peek(p);
    switch (t->kind) {
    case TK_NAME: {
        next(p);
        pyast_expr *e = expr_tok(p, PYAST_Name, t);
        TRY(e);
        TRY(e->v.Name.id = tok_str(p, t));
        e->v.Name.ctx = PYAST_Load;
        return e;
    }
    case KW_True: next(p); return constant_tok(p, PYAST_CONST_TRUE, t);
    case KW_False: next(p); return constant_tok(p, PYAST_CONST_FALSE, t);
    case KW_None: next(p); return constant_tok(p, PYAST_CONST_NONE, t);
    case TK_ELLIPSIS: next(p); return constant_tok(p, PYAST_CONST_ELLIPSIS, t);
    case TK_STRING: return strings(p);
    case TK_NUMBER: return number(p);
    case TK_LPAR: case TK_LSQB: case TK_LBRACE: {
        TRY(enter(p));
        pyast_expr *e = t->kind == TK_LPAR ? paren_atom(p) : t->kind == TK_LSQB ? list_atom(p) : brace_atom(p);
        leave(p);
        return e;
    }
    default:
        return fail(p);
    }
}

/* star_expressions: star_expression (',' star_expression)* [','] -- a
 * Tuple without parentheses when there is a comma. */
static pyast_expr *star_expressions(parser *p) {
    int start = p->pos;
    pyast_expr *first = kind(p) == TK_STAR ? star_named_expression(p) : expression(p);
    TRY(first);
    if (kind(p) != TK_COMMA) return first;
    vec *v = vnew(p);
    vpush(p, v, first);
    while (accept(p, TK_COMMA)) {
        if (!starts_expr(kind(p)) && kind(p) != TK_STAR) break;
        pyast_expr *e = kind(p) == TK_STAR ? star_named_expression(p) : expression(p);
        if (!vpush(p, v, e)) return NULL;
    }
    pyast_expr *t = expr_span(p, PYAST_Tuple, start);
    if (!t) return NULL;
    t->v.Tuple.ctx = PYAST_Load;
    VDONE(p, v, t->v.Tuple.elts);
    return t;
}

/* yield_expr: 'yield' 'from' expression | 'yield' [star_expressions] */
static pyast_expr *yield_expr(parser *p) {
    int start = p->pos;
    next(p);
    if (accept(p, KW_from)) {
        pyast_expr *v = expression(p);
        TRY(v);
        pyast_expr *e = expr_span(p, PYAST_YieldFrom, start);
        TRY(e);
        e->v.YieldFrom.value = v;
        return e;
    }
    pyast_expr *v = NULL;
    if (starts_expr(kind(p)) || kind(p) == TK_STAR) TRY(v = star_expressions(p));
    pyast_expr *e = expr_span(p, PYAST_Yield, start);
    TRY(e);
    e->v.Yield.value = v;
    return e;
}

/* ---- strings, f-strings and numbers ------------------------------------------ */

/* A growable string, in the arena as the lists (vec) are; NUL-terminated
 * once anything was put in it. */
typedef struct { char *s; size_t n, cap; } sbuf;

static int sb_put(parser *p, sbuf *b, const char *s, size_t n) {
    if (b->n + n + 1 > b->cap) {
        size_t cap = b->cap ? b->cap : 64;
        while (cap < b->n + n + 1) cap *= 2;
        char *ns = alloc(p, cap);
        if (!ns) return 0;
        if (b->n) memcpy(ns, b->s, b->n);
        b->s = ns;
        b->cap = cap;
    }
    if (n) memcpy(b->s + b->n, s, n);
    b->n += n;
    b->s[b->n] = 0;
    return 1;
}
static int sb_utf8(parser *p, sbuf *b, unsigned c) {
    char u[4];
    size_t n;
    if (c < 0x80) u[0] = (char)c, n = 1;
    else if (c < 0x800) u[0] = (char)(0xC0 | c >> 6), u[1] = (char)(0x80 | (c & 0x3F)), n = 2;
    else if (c < 0x10000)
        u[0] = (char)(0xE0 | c >> 12), u[1] = (char)(0x80 | ((c >> 6) & 0x3F)), u[2] = (char)(0x80 | (c & 0x3F)), n = 3;
    else
        u[0] = (char)(0xF0 | c >> 18), u[1] = (char)(0x80 | ((c >> 12) & 0x3F)),
        u[2] = (char)(0x80 | ((c >> 6) & 0x3F)), u[3] = (char)(0x80 | (c & 0x3F)), n = 4;
    return sb_put(p, b, u, n);
}

static int hexval(int c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

/* Decodes a literal's body (or an f-string's literal part) into b:
 * backslash escapes unless raw; bytes keep bytes.  0 on error. */
static int decode_body(parser *p, sbuf *b, const char *s, size_t n, int is_bytes, int raw) {
    if (raw) return sb_put(p, b, s, n);
    size_t i = 0;
    while (i < n) {
        size_t j = i;
        while (j < n && s[j] != '\\') j++;
        if (!sb_put(p, b, s + i, j - i)) return 0;
        if (j >= n) break;
        i = j + 1;
        if (i >= n) {
            /* a lone trailing backslash cannot be (the tokenizer saw a quote after it) */
            return sb_put(p, b, "\\", 1);
        }
        int c = (unsigned char)s[i++];
        unsigned v;
        switch (c) {
        case '\n': continue;
        case '\\': case '\'': case '"': v = (unsigned)c; break;
        case 'a': v = 7; break;
        case 'b': v = 8; break;
        case 'f': v = 12; break;
        case 'n': v = 10; break;
        case 'r': v = 13; break;
        case 't': v = 9; break;
        case 'v': v = 11; break;
        case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7':
            v = (unsigned)(c - '0');
            for (int k = 0; k < 2 && i < n && s[i] >= '0' && s[i] <= '7'; k++) v = v * 8 + (unsigned)(s[i++] - '0');
            break;
        case 'x': case 'u': case 'U': {
            int digits = c == 'x' ? 2 : c == 'u' ? 4 : 8;
            if (is_bytes && c != 'x') {
                if (!sb_put(p, b, s + i - 2, 2)) return 0;
                continue;
            }
            v = 0;
            int k = 0;
            for (; k < digits && i < n && hexval((unsigned char)s[i]) >= 0; k++) v = v * 16 + (unsigned)hexval((unsigned char)s[i++]);
            if (k < digits) {
                int at = (int)(j);
                if (is_bytes) {
                    raise_tok(p, "SyntaxError", peek_at(p, p->far), "(value error) invalid \\x escape at position %s", "");
                    snprintf(p->err->msg, sizeof p->err->msg, "(value error) invalid \\x escape at position %d", at);
                } else {
                    raise_far(p, "");
                    snprintf(p->err->msg, sizeof p->err->msg,
                             "(unicode error) 'unicodeescape' codec can't decode bytes in position %d-%d: truncated \\%s escape",
                             at, (int)i - 1, c == 'x' ? "xXX" : c == 'u' ? "uXXXX" : "UXXXXXXXX");
                }
                return 0;
            }
            if (v > 0x10FFFF) {
                raise_far(p, "");
                snprintf(p->err->msg, sizeof p->err->msg,
                         "(unicode error) 'unicodeescape' codec can't decode bytes in position %d-%d: illegal Unicode character",
                         (int)j, (int)i - 1);
                return 0;
            }
            break;
        }
        case 'N':
            if (!is_bytes) {
                raise_far(p, "(unicode error) \\N{...} escapes are not supported by casyncio's Python");
                return 0;
            }
            /* fall through */
        default:
            /* not an escape: kept whole (CPython warns) */
            if (!sb_put(p, b, s + i - 2, 2)) return 0;
            if (c >= 0x80) {
                /* the rest of a UTF-8 character */
                while (i < n && ((unsigned char)s[i] & 0xC0) == 0x80) {
                    if (!sb_put(p, b, s + i, 1)) return 0;
                    i++;
                }
            }
            continue;
        }
        if (is_bytes) {
            char ch = (char)(v & 0xFF);
            if (!sb_put(p, b, &ch, 1)) return 0;
        } else if (!sb_utf8(p, b, v)) {
            return 0;
        }
    }
    return 1;
}

/* A string token's parts. */
typedef struct {
    int is_bytes, raw, is_f, is_u;
    const char *body; /* between the quotes */
    size_t len;
    int quote_len;
} strtok_t;
static void split_string(const py__token *t, strtok_t *r) {
    memset(r, 0, sizeof *r);
    size_t i = 0;
    for (; t->start[i] != '\'' && t->start[i] != '"'; i++) {
        int c = t->start[i] | 0x20;
        if (c == 'b') r->is_bytes = 1;
        else if (c == 'r') r->raw = 1;
        else if (c == 'f') r->is_f = 1;
        else if (c == 'u') r->is_u = t->start[i] == 'u'; /* ast shows kind='u' for a lower-case u only */
    }
    r->quote_len = t->len - i >= 6 && t->start[i + 1] == t->start[i] && t->start[i + 2] == t->start[i] ? 3 : 1;
    r->body = t->start + i + r->quote_len;
    r->len = t->len - i - 2 * (size_t)r->quote_len;
}

/* The f-string being parsed: where its nodes go. */
typedef struct {
    vec *values;       /* the JoinedStr's values */
    sbuf lit;          /* the literal text not yet emitted */
    pyast_pos pos;     /* the whole string's position (of every part, as CPython) */
    int tok_index;     /* the token (for expression positions) */
    int is_u;          /* the first literal has a u prefix: every Constant part shows kind='u' */
} fctx;

static int flush_lit(parser *p, fctx *f) {
    if (!f->lit.n) return 1;
    pyast_expr *c = constant(p, PYAST_CONST_STR, &f->pos);
    if (!c) return 0;
    c->v.Constant.s = f->lit.s; /* handed over: the next literal starts a new one */
    c->v.Constant.n = f->lit.n;
    c->v.Constant.is_u = f->is_u;
    memset(&f->lit, 0, sizeof f->lit);
    return vpush(p, f->values, c);
}

static pyast_module *parse_source(parser *outer, const char *src, size_t len, int line_shift, int col_shift,
                                  pyast_expr **fexpr);

/* fstring_compile_expr: the expression between s and e parsed as
 * "(" expr ")" by a parser of its own; *s is '{'.  */
static pyast_expr *fstring_expr(parser *p, const char *brace, const char *e, const py__token *t) {
    const char *s = brace + 1;
    const char *q = s;
    while (q < e && (*q == ' ' || *q == '\t' || *q == '\n' || *q == '\r' || *q == '\f')) q++;
    if (q == e) {
        if (*e == '!' || *e == ':' || *e == '=') {
            char msg[60];
            snprintf(msg, sizeof msg, "f-string: expression required before '%c'", *e);
            return raise_far(p, msg);
        }
        return raise_far(p, "f-string: empty expression not allowed");
    }
    size_t n = (size_t)(e - s);
    char *buf = alloc(p, n + 3);
    TRY(buf);
    buf[0] = '(';
    memcpy(buf + 1, s, n);
    buf[n + 1] = ')';
    buf[n + 2] = '\n';
    /* where '{' is: lines into the token, and its column in its line */
    int lines = 0;
    const char *ls = NULL;
    for (const char *c = t->start; c < brace; c++)
        if (*c == '\n') lines++, ls = c + 1;
    int line_shift = sub_line(p, t->lineno) + lines - 1;
    int col_shift = ls ? (int)(brace - ls) : sub_col(p, t->lineno, t->col) + (int)(brace - t->start);
    pyast_expr *r = NULL;
    parse_source(p, buf, n + 3, line_shift, col_shift, &r);
    return r;
}

/* fstring_find_literal_and_expr, repeatedly: the body s..end of an
 * f-string (or of a format spec, recurse_lvl > 0, which stops before its
 * closing '}'). */
static const char *fstring_parse(parser *p, fctx *f, const char *s, const char *end, int raw,
                                 int recurse_lvl, const py__token *t) {
    while (s < end) {
        /* the literal part */
        const char *ls = s;
        while (s < end) {
            char ch = *s++;
            if (!raw && ch == '\\' && s < end) {
                ch = *s++;
                if (ch == 'N') {
                    if (s < end && *s++ == '{') {
                        while (s < end && *s++ != '}') {}
                    }
                }
                continue;
            }
            if (ch == '{' || ch == '}') {
                if (recurse_lvl == 0) {
                    if (s < end && *s == ch) {
                        /* a doubled brace: the literal up to it, then one brace */
                        if (!decode_body(p, &f->lit, ls, (size_t)(s - ls), 0, raw)) return NULL;
                        ls = ++s;
                        continue;
                    }
                    if (ch == '}') return raise_far(p, "f-string: single '}' is not allowed");
                }
                s--;
                break;
            }
        }
        if (!decode_body(p, &f->lit, ls, (size_t)(s - ls), 0, raw)) return NULL;
        if (s >= end || *s == '}') return s; /* the end, or a format spec's end */
        /* an expression: s is at '{' */
        if (recurse_lvl >= 2) return raise_far(p, "f-string: expressions nested too deeply");
        const char *brace = s++;
        const char *expr_start = s;
        char quote = 0;
        int string_type = 0, depth = 0;
        char stack[200];
        for (; s < end; s++) {
            char ch = *s;
            if (ch == '\\') return raise_far(p, "f-string expression part cannot include a backslash");
            if (quote) {
                if (ch == quote) {
                    if (string_type == 3) {
                        if (s + 2 < end && s[1] == ch && s[2] == ch) {
                            s += 2;
                            quote = 0;
                        }
                    } else {
                        quote = 0;
                    }
                }
                continue;
            }
            if (ch == '\'' || ch == '"') {
                if (s + 2 < end && s[1] == ch && s[2] == ch) string_type = 3, s += 2;
                else string_type = 1;
                quote = ch;
            } else if (ch == '[' || ch == '(' || ch == '{') {
                if (depth >= 200) return raise_far(p, "f-string: too many nested parenthesis");
                stack[depth++] = ch;
            } else if (ch == '#') {
                return raise_far(p, "f-string expression part cannot include '#'");
            } else if (depth == 0 && (ch == '!' || ch == ':' || ch == '}' || ch == '=' || ch == '>' || ch == '<')) {
                if (s + 1 < end) {
                    char nx = s[1];
                    if ((ch == '!' && nx == '=') || (ch == '=' && nx == '=') || (ch == '<' && nx == '=') ||
                        (ch == '>' && nx == '=')) {
                        s++;
                        continue;
                    }
                }
                if (ch == '>' || ch == '<') continue;
                break;
            } else if (ch == ']' || ch == '}' || ch == ')') {
                char msg[100];
                if (!depth) {
                    snprintf(msg, sizeof msg, "f-string: unmatched '%c'", ch);
                    return raise_far(p, msg);
                }
                char opening = stack[--depth];
                if (!((opening == '(' && ch == ')') || (opening == '[' && ch == ']') || (opening == '{' && ch == '}'))) {
                    snprintf(msg, sizeof msg, "f-string: closing parenthesis '%c' does not match opening parenthesis '%c'",
                             ch, opening);
                    return raise_far(p, msg);
                }
            }
        }
        const char *expr_end = s;
        char msg[60];
        if (quote) return raise_far(p, "f-string: unterminated string");
        if (depth) {
            snprintf(msg, sizeof msg, "f-string: unmatched '%c'", stack[depth - 1]);
            return raise_far(p, msg);
        }
        if (s >= end) goto unexpected_end;
        pyast_expr *value = fstring_expr(p, brace, expr_end, t);
        if (!value) return NULL;
        const char *debug_end = NULL;
        if (*s == '=') {
            s++;
            while (s < end && (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r' || *s == '\f' || *s == '\v')) s++;
            if (s >= end) goto unexpected_end;
            debug_end = s;
        }
        int conversion = -1;
        if (*s == '!') {
            s++;
            if (s >= end) goto unexpected_end;
            conversion = (unsigned char)*s++;
            if (!(conversion == 's' || conversion == 'r' || conversion == 'a')) {
                return raise_far(p, "f-string: invalid conversion character: expected 's', 'r', or 'a'");
            }
        }
        pyast_expr *spec = NULL;
        if (s >= end) goto unexpected_end;
        if (*s == ':') {
            s++;
            vec sv = {0};
            fctx sf = {&sv, {0}, f->pos, f->tok_index, f->is_u};
            s = fstring_parse(p, &sf, s, end, raw, recurse_lvl + 1, t);
            if (!s || !flush_lit(p, &sf)) return NULL;
            /* the spec's JoinedStr spans its own token; its parts, the whole literal */
            spec = expr_tok(p, PYAST_JoinedStr, t);
            if (!spec || !VDONE(p, &sv, spec->v.JoinedStr.values)) return NULL;
        }
        if (s >= end || *s != '}') goto unexpected_end;
        s++;
        if (debug_end) {
            if (conversion == -1 && !spec) conversion = 'r';
            if (!sb_put(p, &f->lit, expr_start, (size_t)(debug_end - expr_start))) return NULL;
        }
        if (!flush_lit(p, f)) return NULL;
        pyast_expr *fv = new_expr(p, PYAST_FormattedValue, &f->pos);
        if (!fv) return NULL;
        fv->v.FormattedValue.value = value;
        fv->v.FormattedValue.conversion = conversion;
        fv->v.FormattedValue.format_spec = spec;
        if (!vpush(p, f->values, fv)) return NULL;
        continue;
    unexpected_end:
        return raise_far(p, "f-string: expecting '}'");
    }
    return s;
}

/* strings: STRING+ -- adjacent literals concatenated; a JoinedStr if any
 * is an f-string. */
static __attribute__((noinline)) pyast_expr *strings(parser *p) {
    int start = p->pos;
    while (kind(p) == TK_STRING) next(p);
    kind(p); /* CPython looks at the token after the strings */
    int end = p->pos;
    pyast_pos pos;
    span(p, start, &pos);
    int any_f = 0, bytes = -1;
    strtok_t st;
    split_string(&p->toks[start], &st);
    int is_u = st.is_u;
    for (int i = start; i < end; i++) {
        split_string(&p->toks[i], &st);
        any_f |= st.is_f;
        if (bytes == -1) bytes = st.is_bytes;
        else if (bytes != st.is_bytes)
            return raise_far(p, "cannot mix bytes and nonbytes literals");
    }
    if (!any_f) {
        sbuf b = {0};
        for (int i = start; i < end; i++) {
            split_string(&p->toks[i], &st);
            if (bytes) {
                for (size_t k = 0; k < st.len; k++)
                    if ((unsigned char)st.body[k] >= 0x80) {
                        pyast_pos tp;
                        tok_pos(p, &p->toks[i], &tp);
                        return raise_node(p, &tp, "%s", "bytes can only contain ASCII literal characters");
                    }
            }
            TRY(decode_body(p, &b, st.body, st.len, bytes, st.raw));
        }
        pyast_expr *c = constant(p, bytes ? PYAST_CONST_BYTES : PYAST_CONST_STR, &pos);
        TRY(c);
        c->v.Constant.s = b.s ? b.s : "";
        c->v.Constant.n = b.n;
        c->v.Constant.is_u = is_u;
        return c;
    }
    vec *values = vnew(p);
    fctx f = {values, {0}, pos, start, is_u};
    for (int i = start; i < end; i++) {
        py__token t = p->toks[i]; /* a copy: the sub-parsers do not move it, but fetching may */
        split_string(&t, &st);
        const char *r = st.is_f ? fstring_parse(p, &f, st.body, st.body + st.len, st.raw, 0, &t)
                                : (decode_body(p, &f.lit, st.body, st.len, 0, st.raw) ? st.body : NULL);
        TRY(r);
    }
    pyast_expr *j = flush_lit(p, &f) ? new_expr(p, PYAST_JoinedStr, &pos) : NULL;
    TRY(j);
    VDONE(p, values, j->v.JoinedStr.values);
    return j;
}

/* CPython's limit on decimal conversions (sys.int_info.default_max_str_digits):
 * an int literal t of n digits. */
static __attribute__((noinline)) void *too_many_digits(parser *p, const py__token *t, size_t n) {
    char msg[256];
    snprintf(msg, sizeof msg,
             "Exceeds the limit (4300 digits) for integer string conversion: value has %zu digits; "
             "use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge "
             "integer literals to avoid decimal conversion limits.", n);
    return raise_at(p, "SyntaxError", sub_line(p, t->lineno), 0, sub_line(p, t->end_lineno), 0, "%s", msg);
}

/* NUMBER: an int (its decimal digits), a float or an imaginary. */
static __attribute__((noinline)) pyast_expr *number(parser *p) {
    py__token *t = next(p);
    char *clean = alloc(p, t->len + 1);
    TRY(clean);
    size_t n = 0;
    for (size_t i = 0; i < t->len; i++)
        if (t->start[i] != '_') clean[n++] = t->start[i];
    clean[n] = 0;
    pyast_expr *e = NULL;
    int is_hex = n > 1 && clean[0] == '0' && (clean[1] | 0x20) == 'x';
    int is_prefixed = n > 1 && clean[0] == '0' && strchr("xXoObB", clean[1]);
    if (!is_prefixed && (clean[n - 1] | 0x20) == 'j') {
        clean[n - 1] = 0;
        e = constant_tok(p, PYAST_CONST_COMPLEX, t);
        if (e) e->v.Constant.f = strtod(clean, NULL);
    } else if (!is_hex && !is_prefixed && strpbrk(clean, ".eE")) {
        e = constant_tok(p, PYAST_CONST_FLOAT, t);
        if (e) e->v.Constant.f = strtod(clean, NULL);
    } else {
        if (!is_prefixed && n > 4300) return too_many_digits(p, t, n);
        /* the literal as written, without underscores (ast.h) */
        e = constant_tok(p, PYAST_CONST_INT, t);
        if (e) {
            e->v.Constant.s = clean;
            e->v.Constant.n = n;
        }
    }
    return e;
}

/* ---- targets ------------------------------------------------------------------------ */

enum { STAR_TARGETS, DEL_TARGETS, FOR_TARGETS };

/* CPython's _PyPegen_get_invalid_target: the first part of e that cannot
 * be assigned to (or deleted), or NULL. */
static pyast_expr *invalid_target(pyast_expr *e, int type) {
    switch (e->kind) {
    case PYAST_List:
    case PYAST_Tuple: {
        pyast_exprs *elts = e->kind == PYAST_List ? &e->v.List.elts : &e->v.Tuple.elts;
        for (int i = 0; i < elts->n; i++) {
            pyast_expr *c = invalid_target(elts->items[i], type);
            if (c) return c;
        }
        return NULL;
    }
    case PYAST_Starred:
        if (type == DEL_TARGETS) return e;
        return invalid_target(e->v.Starred.value, type);
    case PYAST_Compare:
        if (type == FOR_TARGETS) {
            if (e->v.Compare.ops[0] == PYAST_In) return invalid_target(e->v.Compare.left, type);
            return NULL;
        }
        return e;
    case PYAST_Name:
    case PYAST_Subscript:
    case PYAST_Attribute:
        return NULL;
    default:
        return e;
    }
}

static void set_ctx(pyast_expr *e, pyast_ctx ctx) {
    switch (e->kind) {
    case PYAST_Name: e->v.Name.ctx = ctx; break;
    case PYAST_Attribute: e->v.Attribute.ctx = ctx; break;
    case PYAST_Subscript: e->v.Subscript.ctx = ctx; break;
    case PYAST_Starred:
        e->v.Starred.ctx = ctx;
        set_ctx(e->v.Starred.value, ctx);
        break;
    case PYAST_List:
        e->v.List.ctx = ctx;
        for (int i = 0; i < e->v.List.elts.n; i++) set_ctx(e->v.List.elts.items[i], ctx);
        break;
    case PYAST_Tuple:
        e->v.Tuple.ctx = ctx;
        for (int i = 0; i < e->v.Tuple.elts.n; i++) set_ctx(e->v.Tuple.elts.items[i], ctx);
        break;
    default: break;
    }
}

/* e as a target (Store or Del), or the error CPython gives. */
static pyast_expr *to_target(parser *p, pyast_expr *e, pyast_ctx ctx, int type) {
    pyast_expr *bad = invalid_target(e, type);
    if (bad) {
        return raise_node(p, &bad->pos, type == DEL_TARGETS ? "cannot delete %s" : "cannot assign to %s", expr_name(bad));
    }
    set_ctx(e, ctx);
    return e;
}

/* star_targets: star_target (',' star_target)* [',']  (for loops and
 * comprehensions; assignments parse star_expressions and convert them)
 * star_target: '*'? target_with_star_atom */
static pyast_expr *star_target_elem(parser *p) {
    if (kind(p) == TK_STAR) {
        int s = p->pos;
        next(p);
        if (kind(p) == TK_STAR) return fail(p);
        pyast_expr *v = star_target_elem(p);
        TRY(v);
        pyast_expr *e = expr_span(p, PYAST_Starred, s);
        TRY(e);
        e->v.Starred.value = v;
        return e;
    }
    /* target_with_star_atom: t_primary '.' NAME | t_primary '[' slices ']' | star_atom */
    return primary(p);
}
static pyast_expr *star_targets(parser *p, int stop_at_in) {
    int start = p->pos;
    pyast_expr *e = star_target_elem(p);
    if (e && kind(p) == TK_COMMA) {
        vec *v = vnew(p);
        vpush(p, v, e);
        while (accept(p, TK_COMMA)) {
            if (kind(p) == KW_in || kind(p) == TK_EQUAL || !(starts_expr(kind(p)) || kind(p) == TK_STAR)) break;
            if (!vpush(p, v, star_target_elem(p))) break;
        }
        e = p->error ? NULL : expr_span(p, PYAST_Tuple, start);
        if (!e || !VDONE(p, v, e->v.Tuple.elts)) {
            e = NULL;
        }
    }
    if (e && (!stop_at_in || kind(p) == KW_in)) return to_target(p, e, PYAST_Store, FOR_TARGETS);
    if (p->no_invalid >= MAX_INVALID) return e ? fail(p) : NULL;
    /* invalid_for_target (CPython's second pass): the targets read as
     * expressions; an invalid one is named, else "invalid syntax" where
     * the first pass stopped */
    int far = p->far;
    mark_t m = MARK_AT(start, far);
    if (!reset(p, m)) return NULL;
    p->no_invalid++;
    pyast_expr *x = star_expressions(p);
    p->no_invalid--;
    if (x && invalid_target(x, FOR_TARGETS)) {
        p->far = far;
        return to_target(p, x, PYAST_Store, FOR_TARGETS);
    }
    if (x && x->kind != PYAST_Tuple) missing_comma(p, x, start);
    if (p->error && (p->tok_error || strcmp(p->err->msg, "invalid syntax"))) return NULL;
    if (!reset(p, m)) return NULL;
    p->far = far;
    return fail(p);
}

/* ---- parameters ----------------------------------------------------------------- */

static pyast_arg *param(parser *p, int lambda) {
    int s = p->pos;
    if (kind(p) != TK_NAME) return fail(p);
    py__token *t = next(p);
    pyast_arg *a = alloc(p, sizeof *a);
    TRY(a);
    TRY(a->arg = tok_str(p, t));
    if (!lambda && accept(p, TK_COLON)) {
        if (kind(p) == TK_STAR) {
            /* param_star_annotation: '*' bitwise_or (PEP 646) */
            int ss = p->pos;
            next(p);
            pyast_expr *v = bitwise_or(p);
            TRY(v);
            pyast_expr *st = expr_span(p, PYAST_Starred, ss);
            TRY(st);
            st->v.Starred.value = v;
            st->v.Starred.ctx = PYAST_Load;
            a->annotation = st;
        } else {
            TRY(a->annotation = expression(p));
        }
    }
    span(p, s, &a->pos);
    return a;
}

/* parameters / lambda_parameters, with CPython's invalid_parameters
 * messages.  Stops before ')' (def) or ':' (lambda). */
static pyast_arguments *parameters(parser *p, int lambda) {
    int close = lambda ? TK_COLON : TK_RPAR;
    vec *pos = vnew(p), *posonly = vnew(p), *defaults = vnew(p), *kwonly = vnew(p), *kwdefaults = vnew(p);
    pyast_arguments *args = alloc(p, sizeof *args);
    int star = 0, slash = 0, have_default = 0;
    if (!args) return NULL;
    while (kind(p) != close) {
        int k = kind(p);
        if (k == TK_SLASH) {
            py__token *t = peek(p);
            if (slash) return raise_syn(p, t, "/ may appear only once");
            if (star) return raise_syn(p, t, "/ must be ahead of *");
            if (pos->n == 0) return raise_syn(p, t, "at least one argument must precede /");
            next(p);
            slash = 1;
            posonly = pos;
            pos = vnew(p);
        } else if (k == TK_STAR) {
            py__token *t = peek(p);
            if (star) return raise_syn(p, t, "* argument may appear only once");
            next(p);
            star = 1;
            if (kind(p) == TK_COMMA) {
                int k2 = kind_at(p, 1);
                if (k2 == close || k2 == TK_DOUBLESTAR) {
                    /* invalid_star_etc at the '*'; invalid_lambda_star_etc at the last token read */
                    return raise_syn(p, lambda ? peek_at(p, p->far) : &p->toks[p->pos - 1], "named arguments must follow bare *");
                }
            } else if (kind(p) == close) {
                return raise_syn(p, lambda ? peek_at(p, p->far) : &p->toks[p->pos - 1], "named arguments must follow bare *");
            } else {
                if (!(args->vararg = param(p, lambda))) return NULL;
                if (kind(p) == TK_EQUAL) {
                    return raise_syn(p, peek(p), "var-positional argument cannot have default value");
                }
            }
        } else if (k == TK_DOUBLESTAR) {
            next(p);
            if (!(args->kwarg = param(p, lambda))) return NULL;
            if (kind(p) == TK_EQUAL) return raise_syn(p, peek(p), "var-keyword argument cannot have default value");
            if (accept(p, TK_COMMA) && kind(p) != close) {
                int k2 = kind(p);
                if (k2 == TK_NAME) {
                    pyast_arg *a = param(p, lambda);
                    if (a) raise_node(p, &a->pos, "%s", "arguments cannot follow var-keyword argument");
                } else if (k2 == TK_STAR || k2 == TK_DOUBLESTAR || k2 == TK_SLASH) {
                    raise_syn(p, peek(p), "arguments cannot follow var-keyword argument");
                } else {
                    fail(p);
                }
                return NULL;
            }
            break;
        } else if (k == TK_NAME) {
            pyast_arg *a = param(p, lambda);
            if (!a) return NULL;
            pyast_expr *d = NULL;
            if (accept(p, TK_EQUAL)) {
                if (kind(p) == TK_COMMA || kind(p) == TK_RPAR) {
                    /* invalid_default */
                    return raise_syn(p, &p->toks[p->pos - 1], "expected default value expression");
                }
                int ds = p->pos;
                if (!(d = expression(p))) return NULL;
                if (kind(p) != TK_COMMA && kind(p) != close) {
                    missing_comma(p, d, ds);
                    if (!p->error) fail(p);
                    return NULL;
                }
            }
            if (star) {
                if (!vpush(p, kwonly, a) || !vpush_null(p, kwdefaults, d)) return NULL;
            } else {
                if (d) {
                    have_default = 1;
                    if (!vpush(p, defaults, d)) return NULL;
                } else if (have_default) {
                    if (kind(p) == TK_COMMA || kind(p) == close)
                        raise_node(p, &a->pos, "%s", "non-default argument follows default argument");
                    else
                        fail(p);
                    return NULL;
                }
                if (!vpush(p, pos, a)) return NULL;
            }
        } else if (k == TK_LPAR && !have_default && !star && !slash) {
            /* invalid_parameters, invalid_lambda_parameters: plain parameters,
             * then '(' NAME (',' NAME)* ','? ')' */
            int i = p->pos + 1;
            while (fetch(p, i)->kind == TK_NAME && fetch(p, i + 1)->kind == TK_COMMA) i += 2;
            if (fetch(p, i)->kind == TK_NAME) i++;
            if (fetch(p, i)->kind != TK_RPAR || i == p->pos + 1) return fail(p);
            return raise_toks(p, peek(p), fetch(p, i), lambda ? "Lambda expression parameters cannot be parenthesized"
                                                                : "Function parameters cannot be parenthesized");
        } else {
            return fail(p);
        }
        if (!accept(p, TK_COMMA)) break;
    }
    if (kind(p) != close) {
        if (kind(p) == TK_STAR && slash == 0 && p->toks[p->pos - 1].kind == TK_SLASH)
            raise_syn(p, peek(p), "expected comma between / and *");
        return fail(p);
    }
    if (!VDONE(p, posonly, args->posonlyargs) || !VDONE(p, pos, args->args) ||
        !VDONE(p, defaults, args->defaults) || !VDONE(p, kwonly, args->kwonlyargs) ||
        !VDONE(p, kwdefaults, args->kw_defaults))
        return NULL;
    return args;
}

/* ---- statements ------------------------------------------------------------------ */

static int statements(parser *p, vec *out, int until_dedent);
static pyast_stmt *compound_or_simple(parser *p, vec *out);
static int simple_stmts(parser *p, vec *out);

/* The end of the last statement of a body. */
static void last_end(pyast_pos *pos, const pyast_stmts *body) {
    if (body->n) join(pos, &body->items[body->n - 1]->pos);
}

/* invalid_block and the invalid_*_stmt rules: no INDENT after a header. */
static __attribute__((noinline)) void no_indent(parser *p, const char *what, int line) {
    char msg[120];
    snprintf(msg, sizeof msg, "expected an indented block after %s on line %d", what, line);
    raise_tok(p, "IndentationError", peek_at(p, p->far), "%s", msg);
}

/* block: NEWLINE INDENT statements DEDENT | simple_stmts | invalid_block.
 * what and line name the statement for "expected an indented block
 * after ... on line N". */
static int block(parser *p, pyast_stmts *out, const char *what, int line) {
    vec *v = vnew(p);
    if (kind(p) == TK_NEWLINE) {
        next(p);
        if (kind(p) != TK_INDENT) {
            no_indent(p, what, line);
            return 0;
        }
        next(p);
        if (!enter(p)) return 0;
        int ok = statements(p, v, 1);
        leave(p);
        if (!ok) return 0;
        if (!accept(p, TK_DEDENT)) {
            fail(p);
            return 0;
        }
    } else if (!simple_stmts(p, v)) {
        return 0; /* a compound statement after the colon is not one */
    }
    return VDONE(p, v, *out);
}

/* ':' after a compound statement's header: CPython says "expected ':'"
 * where its grammar forces the colon (&&':') or a NEWLINE comes instead. */
static int colon(parser *p, int forced) {
    if (accept(p, TK_COLON)) return 1;
    if (forced) raise_syn(p, peek(p), "expected ':'");
    else if (kind(p) == TK_NEWLINE) raise_far(p, "expected ':'");
    else fail(p);
    return 0;
}

/* [kw ':' block]: the else (or finally) block of a compound statement,
 * when there is one; 0 on error. */
static int opt_block(parser *p, int kw, pyast_stmts *out, const char *what) {
    if (kind(p) != kw) return 1;
    int line = next(p)->lineno;
    return colon(p, 1) && block(p, out, what, sub_line(p, line));
}

static __attribute__((noinline)) pyast_stmt *if_stmt(parser *p) {
    /* if_stmt: 'if' named_expression ':' block elif_stmt | ... [else_block]
     * elif_stmt: 'elif' named_expression ':' block (elif_stmt | [else_block])
     * the elif chain is read in a loop (an If each), then linked from the
     * end: each elif is the orelse of the If before it. */
    vec *chain = vnew(p);
    for (;;) {
        py__token *t = next(p);
        int line = t->lineno;
        const char *what = t->kind == KW_if ? "'if' statement" : "'elif' statement";
        pyast_stmt *st = stmt_tok(p, PYAST_If, t);
        if (!st || !(st->v.If.test = named_expression(p)) || !colon(p, 0) ||
            !block(p, &st->v.If.body, what, sub_line(p, line)) || !vpush(p, chain, st))
            return NULL;
        if (kind(p) == KW_elif) continue;
        if (!opt_block(p, KW_else, &st->v.If.orelse, "'else' statement")) return NULL;
        break;
    }
    for (int i = chain->n - 1; i >= 0; i--) {
        pyast_stmt *st = chain->items[i];
        last_end(&st->pos, &st->v.If.body);
        last_end(&st->pos, &st->v.If.orelse);
        if (i) {
            pyast_stmts *up = &((pyast_stmt *)chain->items[i - 1])->v.If.orelse;
            TRY(up->items = alloc(p, sizeof *up->items));
            up->items[0] = st;
            up->n = 1;
        }
    }
    return chain->items[0];
}

/* while_stmt: 'while' named_expression ':' block [else_block] */
static __attribute__((noinline)) pyast_stmt *while_stmt(parser *p) {
    int s = p->pos;
    int line = next(p)->lineno;
    pyast_expr *test = named_expression(p);
    TRY(test);
    pyast_stmt *st = stmt_tok(p, PYAST_While, &p->toks[s]);
    TRY(st);
    st->v.While.test = test;
    if (!colon(p, 0) || !block(p, &st->v.While.body, "'while' statement", sub_line(p, line))) return NULL;
    if (!opt_block(p, KW_else, &st->v.While.orelse, "'else' statement")) return NULL;
    last_end(&st->pos, &st->v.While.body);
    last_end(&st->pos, &st->v.While.orelse);
    return st;
}

/* for_stmt: ASYNC? 'for' star_targets 'in' ~ star_expressions ':' block [else_block] */
static __attribute__((noinline)) pyast_stmt *for_stmt(parser *p, int s, int is_async) {
    int line = next(p)->lineno;
    pyast_stmt *st = stmt_tok(p, is_async ? PYAST_AsyncFor : PYAST_For, &p->toks[s]);
    TRY(st);
    TRY(st->v.For.target = star_targets(p, 1));
    next(p); /* 'in' */
    TRY(st->v.For.iter = star_expressions(p));
    if (!colon(p, 0) || !block(p, &st->v.For.body, "'for' statement", sub_line(p, line))) return NULL;
    if (!opt_block(p, KW_else, &st->v.For.orelse, "'else' statement")) return NULL;
    last_end(&st->pos, &st->v.For.body);
    last_end(&st->pos, &st->v.For.orelse);
    return st;
}

/* with_item: expression 'as' star_target &(',' | ')' | ':') | expression */
static pyast_withitem *with_item(parser *p) {
    pyast_withitem *w = alloc(p, sizeof *w);
    TRY(w);
    TRY(w->context_expr = expression(p));
    if (accept(p, KW_as)) {
        int s = p->pos;
        mark_t m = MARK(p);
        pyast_expr *t = star_target_elem(p);
        int far = p->far;
        if (!t && (p->tok_error || strcmp(p->err->msg, "invalid syntax") || !reset(p, m))) return NULL;
        if (!t || (kind(p) != TK_COMMA && kind(p) != TK_RPAR && kind(p) != TK_COLON)) {
            /* invalid_with_item: the target is an expression (an await too), before ',' ')' or ':' */
            int failed = !t;
            p->pos = s;
            t = expression(p);
            if (!t || (failed && kind(p) != TK_COMMA && kind(p) != TK_RPAR && kind(p) != TK_COLON)) {
                if (p->error && (p->tok_error || strcmp(p->err->msg, "invalid syntax"))) return NULL;
                p->error = 0;
                p->far = far;
                return fail(p);
            }
        }
        TRY(w->optional_vars = to_target(p, t, PYAST_Store, STAR_TARGETS));
    }
    return w;
}

/* with_stmt: ASYNC? 'with' '(' ','.with_item+ ','? ')' ':' block
 *          | ASYNC? 'with' ','.with_item+ ':' block */
static __attribute__((noinline)) pyast_stmt *with_stmt(parser *p, int s, int is_async) {
    int line = next(p)->lineno;
    pyast_stmt *st = stmt_tok(p, is_async ? PYAST_AsyncWith : PYAST_With, &p->toks[s]);
    TRY(st);
    vec *items = vnew(p);
    int done = 0;
    if (kind(p) == TK_LPAR) {
        mark_t m = MARK(p);
        next(p);
        for (;;) {
            pyast_withitem *w = with_item(p);
            if (!vpush(p, items, w)) break;
            if (!accept(p, TK_COMMA)) break;
            if (kind(p) == TK_RPAR) break;
        }
        if (p->error && !p->tok_error && strcmp(p->err->msg, "invalid syntax")) {
            return NULL; /* invalid_with_item in brackets */
        } else if (!p->error && accept(p, TK_RPAR) && kind(p) == TK_COLON) {
            done = 1;
        } else if (!p->error && p->toks[p->pos - 1].kind == TK_RPAR && kind(p) == TK_NEWLINE) {
            /* invalid_with_stmt */
            return raise_far(p, "expected ':'");
        } else {
            if (!reset(p, m)) return NULL;
        }
    }
    if (!done) {
        for (;;) {
            pyast_withitem *w = with_item(p);
            if (!vpush(p, items, w)) return NULL;
            if (!accept(p, TK_COMMA)) break;
        }
    }
    VDONE(p, items, st->v.With.items);
    if (!colon(p, 0) || !block(p, &st->v.With.body, "'with' statement", sub_line(p, line))) return NULL;
    last_end(&st->pos, &st->v.With.body);
    return st;
}

/* try_stmt: 'try' &&':' block finally_block
 *         | 'try' &&':' block except_block+ [else_block] [finally_block]
 *         | 'try' &&':' block except_star_block+ [else_block] [finally_block] */
static __attribute__((noinline)) pyast_stmt *try_stmt(parser *p) {
    int s = p->pos;
    int line = next(p)->lineno;
    pyast_stmt *st = stmt_tok(p, PYAST_Try, &p->toks[s]);
    TRY(st);
    if (!colon(p, 1) || !block(p, &st->v.Try.body, "'try' statement", sub_line(p, line))) return NULL;
    vec *handlers = vnew(p);
    int star = -1;
    while (kind(p) == KW_except) {
        int hs = p->pos;
        int hline = next(p)->lineno;
        int is_star = accept(p, TK_STAR);
        if (star != -1 && star != is_star) {
            return raise_toks(p, &p->toks[hs], &p->toks[hs + is_star], "cannot have both 'except' and 'except*' on the same 'try'");
        }
        star = is_star;
        pyast_excepthandler *h = alloc(p, sizeof *h);
        if (!h) return NULL;
        if (kind(p) == TK_NEWLINE) return raise_far(p, "expected ':'");
        if (kind(p) != TK_COLON || is_star) {
            if (is_star && kind(p) == TK_COLON) return raise_syn(p, peek(p), "expected one or more exception types");
            int es = p->pos;
            if (!(h->type = expression(p))) return NULL;
            if (kind(p) == TK_COMMA) {
                /* invalid_except_stmt: except A, B: */
                pyast_expr *first = h->type;
                mark_t m = MARK(p);
                p->pos = es;
                p->no_invalid++;
                pyast_expr *all = star_expressions(p);
                p->no_invalid--;
                if (all && !(kind(p) == KW_as)) {
                    return raise_range(p, &first->pos, &all->pos, "%s", "multiple exception types must be parenthesized");
                }
                reset_invalid(p, m);
                return fail(p);
            }
            if (accept(p, KW_as)) {
                if (kind(p) != TK_NAME) return fail(p);
                if (!(h->name = tok_str(p, next(p)))) return NULL;
            }
        }
        if (kind(p) != TK_COLON) {
            if (kind(p) == TK_NEWLINE) raise_far(p, "expected ':'");
            else fail(p);
            return NULL;
        }
        next(p);
        if (!block(p, &h->body, is_star ? "'except*' statement" : "'except' statement", sub_line(p, hline)))
            return NULL;
        tok_pos(p, &p->toks[hs], &h->pos);
        last_end(&h->pos, &h->body);
        if (!vpush(p, handlers, h)) return NULL;
    }
    VDONE(p, handlers, st->v.Try.handlers);
    if (star == 1) st->kind = PYAST_TryStar;
    if ((st->v.Try.handlers.n && !opt_block(p, KW_else, &st->v.Try.orelse, "'else' statement")) ||
        !opt_block(p, KW_finally, &st->v.Try.finalbody, "'finally' statement"))
        return NULL;
    if (!st->v.Try.handlers.n && !st->v.Try.finalbody.n)
        return raise_syn(p, peek(p), "expected 'except' or 'finally' block");
    last_end(&st->pos, &st->v.Try.body);
    if (st->v.Try.handlers.n) join(&st->pos, &st->v.Try.handlers.items[st->v.Try.handlers.n - 1]->pos);
    last_end(&st->pos, &st->v.Try.orelse);
    last_end(&st->pos, &st->v.Try.finalbody);
    return st;
}

/* function_def_raw: ASYNC? 'def' NAME &&'(' [params] ')' ['->' expression] &&':' block */
static __attribute__((noinline)) pyast_stmt *funcdef(parser *p, int s, int is_async, vec *decorators) {
    int line = next(p)->lineno;
    if (kind(p) != TK_NAME) return fail(p);
    pyast_stmt *st = stmt_tok(p, is_async ? PYAST_AsyncFunctionDef : PYAST_FunctionDef, &p->toks[s]);
    TRY(st);
    TRY(st->v.FunctionDef.name = tok_str(p, next(p)));
    if (decorators) VDONE(p, decorators, st->v.FunctionDef.decorator_list);
    if (kind(p) != TK_LPAR) return raise_syn(p, peek(p), "expected '('");
    next(p);
    TRY(st->v.FunctionDef.args = parameters(p, 0));
    if (!accept(p, TK_RPAR)) return fail(p);
    /* ['->' expression] is optional: without an expression after the arrow,
     * &&':' fails at the arrow */
    if (kind(p) == TK_RARROW && starts_expr(peek_at(p, p->pos + 1)->kind)) {
        next(p);
        TRY(st->v.FunctionDef.returns = expression(p));
    }
    if (!colon(p, 1) || !block(p, &st->v.FunctionDef.body, "function definition", sub_line(p, line))) return NULL;
    last_end(&st->pos, &st->v.FunctionDef.body);
    return st;
}

/* class_def_raw: 'class' NAME ['(' [arguments] ')'] ':' block */
static __attribute__((noinline)) pyast_stmt *classdef(parser *p, int s, vec *decorators) {
    int line = next(p)->lineno;
    if (kind(p) != TK_NAME) return fail(p);
    pyast_stmt *st = stmt_tok(p, PYAST_ClassDef, &p->toks[s]);
    TRY(st);
    py__token *nt = next(p);
    TRY(st->v.ClassDef.name = tok_str(p, nt));
    if (decorators) VDONE(p, decorators, st->v.ClassDef.decorator_list);
    if (kind(p) == TK_LPAR) {
        int lpar = p->pos;
        next(p);
        pyast_expr *fake = expr_tok(p, PYAST_Name, &p->toks[lpar - 1]);
        TRY(fake);
        pyast_expr *c = call(p, fake, lpar);
        TRY(c);
        /* a generator expression without parentheses of its own is a call's
         * (primary genexp), not a class's: invalid syntax at its 'for' */
        if (c->v.Call.args.n == 1 && !c->v.Call.keywords.n && c->v.Call.args.items[0]->kind == PYAST_GeneratorExp) {
            for (int i = lpar + 1; i < p->pos; i++)
                if ((p->toks[i].kind == KW_for || p->toks[i].kind == KW_async) && p->toks[i].level == p->toks[lpar].level + 1)
                    return raise_syn(p, &p->toks[i], "invalid syntax");
        }
        st->v.ClassDef.bases = c->v.Call.args;
        st->v.ClassDef.keywords = c->v.Call.keywords;
    }
    if (!colon(p, 0) || !block(p, &st->v.ClassDef.body, "class definition", sub_line(p, line))) return NULL;
    last_end(&st->pos, &st->v.ClassDef.body);
    return st;
}

/* decorators: ('@' named_expression NEWLINE)+ then a def or class */
static __attribute__((noinline)) pyast_stmt *decorated(parser *p) {
    vec *decs = vnew(p);
    while (accept(p, TK_AT)) {
        pyast_expr *d = named_expression(p);
        if (!vpush(p, decs, d)) return NULL;
        if (!accept(p, TK_NEWLINE)) return fail(p);
    }
    int s = p->pos;
    if (kind(p) == KW_def) return funcdef(p, s, 0, decs);
    if (kind(p) == KW_async && kind_at(p, 1) == KW_def) {
        next(p);
        return funcdef(p, s, 1, decs);
    }
    if (kind(p) == KW_class) return classdef(p, s, decs);
    return fail(p);
}

/* ---- simple statements ---------------------------------------------------------- */

static int is_bitwise_or_level(const pyast_expr *e, int parenthesized) {
    if (parenthesized) return 1;
    switch (e->kind) {
    case PYAST_Compare: case PYAST_BoolOp: case PYAST_IfExp: case PYAST_Lambda: case PYAST_NamedExpr:
    case PYAST_Starred: case PYAST_Yield: case PYAST_YieldFrom:
        return 0;
    case PYAST_UnaryOp:
        return e->v.UnaryOp.op != PYAST_Not;
    default:
        return 1;
    }
}

/* The error for an assignment whose target i is invalid: CPython's
 * invalid_named_expression (for the first target, or the last item of a
 * first target that is a tuple without parentheses), then
 * invalid_assignment.  eq is the token index of the '=' after target 0. */
static void *assign_error(parser *p, pyast_expr **t, int i, int eq, int start) {
    pyast_expr *e = t[i];
    {
        /* whichever target is invalid, CPython's invalid_assignment first
         * tries invalid_named_expression on the first one */
        pyast_expr *x = t[0];
        int paren = in_parens(p, start, x);
        if (x->kind == PYAST_Tuple && !paren && x->v.Tuple.elts.n) {
            x = x->v.Tuple.elts.items[x->v.Tuple.elts.n - 1];
            paren = x->kind == PYAST_Tuple || x->kind == PYAST_GeneratorExp;
        }
        int save = p->pos;
        p->pos = eq;
        eq_instead(p, x, paren);
        if (p->error) return NULL;
        p->pos = save;
    }
    if (e->kind == PYAST_Yield || e->kind == PYAST_YieldFrom) {
        /* a bare yield_expr; one in brackets is an atom: "cannot assign to yield expression" */
        int k = start;
        while (k < p->pos && (sub_line(p, p->toks[k].lineno) != e->pos.lineno ||
                              sub_col(p, p->toks[k].lineno, p->toks[k].col) != e->pos.col_offset)) k++;
        if (k == start || p->toks[k - 1].kind != TK_LPAR)
            return raise_node(p, &e->pos, "%s", "assignment to yield expression not possible");
    }
    return to_target(p, e, PYAST_Store, STAR_TARGETS);
}

/* assignment, star_expressions as a statement, and the legacy print. */
static pyast_stmt *expr_stmt(parser *p) {
    int start = p->pos;
    int paren_first = kind(p) == TK_LPAR;
    pyast_expr *e = kind(p) == KW_yield ? yield_expr(p) : star_expressions(p);
    TRY(e);
    int k = kind(p);
    if (k == TK_COLONEQUAL) {
        /* invalid_assignment tries star_named_expressions, whose
         * invalid_named_expression catches x := ... where x, the element
         * before ':=', is not a plain name (one is a named expression) */
        pyast_expr *x = e;
        if (e->kind == PYAST_Tuple && !in_parens(p, start, e) && e->v.Tuple.elts.n)
            x = e->v.Tuple.elts.items[e->v.Tuple.elts.n - 1];
        if (x->kind != PYAST_Name || p->toks[p->pos - 1].kind == TK_RPAR) { /* (a) := 1 too */
            walrus_instead(p, x);
            if (p->error) return NULL;
        }
    }
    /* CPython's first pass looks past ':' for a NAME, (NAME), attribute or
     * subscript target; for other targets only its second pass does */
    if (k == TK_COLON) {
        int simple_target = e->kind == PYAST_Name || e->kind == PYAST_Attribute || e->kind == PYAST_Subscript;
        int after = simple_target ? peek_at(p, p->pos + 1)->kind : fetch(p, p->pos + 1)->kind;
        if (!starts_expr(after)) return fail(p);
    }
    if (k == TK_COLON) {
        /* annotated assignment */
        if (e->kind == PYAST_Tuple && !paren_first && e->v.Tuple.elts.n)
            return raise_node(p, &e->v.Tuple.elts.items[0]->pos, "%s", "only single target (not tuple) can be annotated");
        if (e->kind == PYAST_Tuple) return raise_node(p, &e->pos, "%s", "only single target (not tuple) can be annotated");
        if (e->kind == PYAST_List) return raise_node(p, &e->pos, "%s", "only single target (not list) can be annotated");
        if (e->kind != PYAST_Name && e->kind != PYAST_Attribute && e->kind != PYAST_Subscript)
            return raise_node(p, &e->pos, "%s", "illegal target for annotation");
        next(p);
        pyast_stmt *st = stmt_tok(p, PYAST_AnnAssign, &p->toks[start]);
        TRY(st);
        set_ctx(e, PYAST_Store);
        st->v.AnnAssign.target = e;
        st->v.AnnAssign.simple = e->kind == PYAST_Name && !paren_first;
        TRY(st->v.AnnAssign.annotation = expression(p));
        if (accept(p, TK_EQUAL)) TRY(st->v.AnnAssign.value = kind(p) == KW_yield ? yield_expr(p) : star_expressions(p));
        span(p, start, &st->pos);
        return st;
    }
    if (k == TK_EQUAL) {
        vec *v = vnew(p);
        vpush(p, v, e);
        int eq = p->pos;
        while (accept(p, TK_EQUAL)) {
            /* CPython's first pass stops at a target that cannot be one, and its
             * second raises there: nothing after this '=' is read (an error of
             * the tokenizer's further on does not win) */
            pyast_expr *last = (pyast_expr *)v->items[v->n - 1];
            if (last->kind == PYAST_Yield || last->kind == PYAST_YieldFrom || invalid_target(last, STAR_TARGETS)) {
                assign_error(p, (pyast_expr **)v->items, v->n - 1, eq, start);
                return NULL;
            }
            if (!starts_expr(kind(p)) && kind(p) != TK_STAR && kind(p) != KW_yield) {
                /* invalid_assignment: (star_targets '=')* a=star_expressions '=' */
                pyast_expr **t = (pyast_expr **)v->items;
                for (int i = 0; i < v->n; i++)
                    if (t[i]->kind == PYAST_Yield || t[i]->kind == PYAST_YieldFrom || invalid_target(t[i], STAR_TARGETS)) {
                        assign_error(p, t, i, eq, start);
                        break;
                    }
                return fail(p);
            }
            pyast_expr *x = kind(p) == KW_yield ? yield_expr(p) : star_expressions(p);
            if (!vpush(p, v, x)) return NULL;
        }
        pyast_expr **t = (pyast_expr **)v->items;
        for (int i = 0; i < v->n - 1; i++) {
            if (t[i]->kind == PYAST_Yield || t[i]->kind == PYAST_YieldFrom || invalid_target(t[i], STAR_TARGETS)) {
                assign_error(p, t, i, eq, start);
                return NULL;
            }
            set_ctx(t[i], PYAST_Store);
        }
        pyast_stmt *st = stmt_span(p, PYAST_Assign, start);
        if (!st) return NULL;
        st->v.Assign.value = t[v->n - 1];
        v->n--;
        VDONE(p, v, st->v.Assign.targets);
        return st;
    }
    pyast_operator op = 0;
    switch (k) {
    case TK_PLUSEQUAL: op = PYAST_Add; break;
    case TK_MINEQUAL: op = PYAST_Sub; break;
    case TK_STAREQUAL: op = PYAST_Mult; break;
    case TK_ATEQUAL: op = PYAST_MatMult; break;
    case TK_SLASHEQUAL: op = PYAST_Div; break;
    case TK_PERCENTEQUAL: op = PYAST_Mod; break;
    case TK_AMPEREQUAL: op = PYAST_BitAnd; break;
    case TK_VBAREQUAL: op = PYAST_BitOr; break;
    case TK_CIRCUMFLEXEQUAL: op = PYAST_BitXor; break;
    case TK_LEFTSHIFTEQUAL: op = PYAST_LShift; break;
    case TK_RIGHTSHIFTEQUAL: op = PYAST_RShift; break;
    case TK_DOUBLESTAREQUAL: op = PYAST_Pow; break;
    case TK_DOUBLESLASHEQUAL: op = PYAST_FloorDiv; break;
    default: break;
    }
    if (op) {
        if (e->kind != PYAST_Name && e->kind != PYAST_Attribute && e->kind != PYAST_Subscript)
            return raise_node(p, &e->pos, "'%s' is an illegal expression for augmented assignment", expr_name(e));
        next(p);
        pyast_stmt *st = stmt_tok(p, PYAST_AugAssign, &p->toks[start]);
        TRY(st);
        set_ctx(e, PYAST_Store);
        st->v.AugAssign.target = e;
        st->v.AugAssign.op = op;
        TRY(st->v.AugAssign.value = kind(p) == KW_yield ? yield_expr(p) : star_expressions(p));
        span(p, start, &st->pos);
        return st;
    }
    pyast_stmt *st = stmt_span(p, PYAST_Expr, start);
    TRY(st);
    st->v.Expr.value = e;
    return st;
}

/* dotted_name: dotted_name '.' NAME | NAME */
static const char *dotted_name(parser *p) {
    if (kind(p) != TK_NAME) return fail(p);
    sbuf b = {0};
    for (;;) {
        py__token *t = next(p);
        TRY(sb_put(p, &b, t->start, t->len));
        if (kind(p) != TK_DOT) break;
        next(p);
        if (kind(p) != TK_NAME) return fail(p);
        TRY(sb_put(p, &b, ".", 1));
    }
    return b.s;
}

static pyast_alias *alias(parser *p, int dotted) {
    int s = p->pos;
    pyast_alias *a = alloc(p, sizeof *a);
    TRY(a);
    if (dotted) TRY(a->name = dotted_name(p));
    else {
        if (kind(p) != TK_NAME) return fail(p);
        TRY(a->name = tok_str(p, next(p)));
    }
    if (accept(p, KW_as)) {
        if (kind(p) != TK_NAME) return fail(p);
        TRY(a->asname = tok_str(p, next(p)));
    }
    span(p, s, &a->pos);
    return a;
}

/* import_name: 'import' dotted_as_names
 * import_from: 'from' ('.' | '...')* dotted_name 'import' import_from_targets
 *            | 'from' ('.' | '...')+ 'import' import_from_targets */
static pyast_stmt *import_stmt(parser *p) {
    int start = p->pos;
    vec *names = vnew(p);
    if (accept(p, KW_import)) {
        do {
            if (!vpush(p, names, alias(p, 1))) return NULL;
        } while (accept(p, TK_COMMA));
        pyast_stmt *st = stmt_span(p, PYAST_Import, start);
        if (!st || !VDONE(p, names, st->v.Import.names)) return NULL;
        return st;
    }
    next(p); /* from */
    int level = 0;
    for (;;) {
        if (accept(p, TK_DOT)) level++;
        else if (accept(p, TK_ELLIPSIS)) level += 3;
        else break;
    }
    const char *module = NULL;
    if (kind(p) != KW_import || level == 0) {
        if (!(module = dotted_name(p))) return NULL;
    }
    if (!accept(p, KW_import)) return fail(p);
    if (kind(p) == TK_STAR) {
        pyast_alias *a = alloc(p, sizeof *a);
        if (!a) return NULL;
        py__token *t = next(p);
        tok_pos(p, t, &a->pos);
        a->name = "*";
        if (!vpush(p, names, a)) return NULL;
    } else {
        int paren = accept(p, TK_LPAR);
        do {
            if (paren && kind(p) == TK_RPAR && names->n) break;
            if (!paren && kind(p) == TK_NEWLINE && names->n) {
                return raise_far(p, "trailing comma not allowed without surrounding parentheses");
            }
            if (!vpush(p, names, alias(p, 0))) return NULL;
        } while (accept(p, TK_COMMA));
        if (paren && !accept(p, TK_RPAR)) return fail(p);
        if (!paren && p->toks[p->pos - 1].kind == TK_COMMA) {
            return raise_far(p, "trailing comma not allowed without surrounding parentheses");
        }
    }
    pyast_stmt *st = stmt_span(p, PYAST_ImportFrom, start);
    if (!st || !VDONE(p, names, st->v.ImportFrom.names)) return NULL;
    st->v.ImportFrom.module = module;
    st->v.ImportFrom.level = level;
    return st;
}

/* del_stmt: 'del' del_targets &(';' | NEWLINE) | invalid_del_stmt */
static pyast_stmt *del_stmt(parser *p) {
    int start = p->pos;
    next(p);
    vec *v = vnew(p);
    do {
        if (!starts_expr(kind(p)) && kind(p) != TK_STAR) break;
        pyast_expr *e = kind(p) == TK_STAR ? star_named_expression(p) : expression(p);
        if (!vpush(p, v, e)) return NULL;
        pyast_expr *bad = invalid_target(e, DEL_TARGETS);
        if (bad) return raise_node(p, &bad->pos, "cannot delete %s", expr_name(bad));
    } while (accept(p, TK_COMMA));
    if (!v->n || (kind(p) != TK_NEWLINE && kind(p) != TK_SEMI)) return fail(p);
    for (int i = 0; i < v->n; i++) set_ctx(v->items[i], PYAST_Del);
    pyast_stmt *st = stmt_span(p, PYAST_Delete, start);
    if (!st) return NULL;
    VDONE(p, v, st->v.Delete.targets);
    return st;
}

/* global_stmt: 'global' ','.NAME+ ; nonlocal_stmt: 'nonlocal' ','.NAME+ */
static pyast_stmt *names_stmt(parser *p, pyast_stmt_kind k) {
    int start = p->pos;
    next(p);
    vec *v = vnew(p);
    do {
        if (kind(p) != TK_NAME) return fail(p);
        if (!vpush(p, v, (void *)tok_str(p, next(p)))) return NULL;
    } while (accept(p, TK_COMMA));
    pyast_stmt *st = stmt_span(p, k, start);
    if (!st) return NULL;
    VDONE(p, v, st->v.Global.names);
    return st;
}

/* simple_stmt: assignment | star_expressions | return_stmt | import_stmt
 *            | raise_stmt | 'pass' | del_stmt | yield_stmt | assert_stmt
 *            | 'break' | 'continue' | global_stmt | nonlocal_stmt */
static pyast_stmt *simple_stmt(parser *p) {
    int start = p->pos;
    pyast_stmt *st;
    switch (kind(p)) {
    case KW_pass: next(p); return stmt_span(p, PYAST_Pass, start);
    case KW_break: next(p); return stmt_span(p, PYAST_Break, start);
    case KW_continue: next(p); return stmt_span(p, PYAST_Continue, start);
    case KW_return: {
        next(p);
        pyast_expr *v = NULL;
        if (starts_expr(kind(p)) || kind(p) == TK_STAR) TRY(v = star_expressions(p));
        TRY(st = stmt_span(p, PYAST_Return, start));
        st->v.Return.value = v;
        return st;
    }
    case KW_raise: {
        next(p);
        pyast_expr *exc = NULL, *cause = NULL;
        if (starts_expr(kind(p))) {
            TRY(exc = expression(p));
            if (accept(p, KW_from)) TRY(cause = expression(p));
        }
        TRY(st = stmt_span(p, PYAST_Raise, start));
        st->v.Raise.exc = exc;
        st->v.Raise.cause = cause;
        return st;
    }
    case KW_assert: {
        next(p);
        pyast_expr *test = expression(p), *msg = NULL;
        TRY(test);
        if (accept(p, TK_COMMA)) TRY(msg = expression(p));
        TRY(st = stmt_span(p, PYAST_Assert, start));
        st->v.Assert.test = test;
        st->v.Assert.msg = msg;
        return st;
    }
    case KW_global: return names_stmt(p, PYAST_Global);
    case KW_nonlocal: return names_stmt(p, PYAST_Nonlocal);
    case KW_del: return del_stmt(p);
    case KW_import: case KW_from: return import_stmt(p);
    default:
        if (!starts_expr(kind(p)) && kind(p) != TK_STAR && kind(p) != KW_yield) return fail(p);
        return expr_stmt(p);
    }
}

/* simple_stmts: simple_stmt !';' NEWLINE | ';'.simple_stmt+ [';'] NEWLINE */
static __attribute__((noinline)) int simple_stmts(parser *p, vec *out) {
    for (;;) {
        int start = p->pos;
        pyast_stmt *st = simple_stmt(p);
        if (!vpush(p, out, st)) return 0;
        int k = kind(p);
        int ends_with_expr = st->kind == PYAST_Expr || st->kind == PYAST_Assign || st->kind == PYAST_AugAssign ||
                             st->kind == PYAST_AnnAssign || st->kind == PYAST_Assert || st->kind == PYAST_Delete ||
                             (st->kind == PYAST_Return && st->v.Return.value) || (st->kind == PYAST_Raise && st->v.Raise.exc);
        if (ends_with_expr && p->no_invalid < MAX_INVALID && starts_expr(k) &&
            !(k == TK_STRING && p->pos == start + 1 && p->toks[start].kind == TK_NAME)) {
            /* invalid_expression: CPython's second pass parses what follows
             * an expression (a bracket never closed there is reported)
             * before it says "invalid syntax" */
            mark_t m = MARK(p);
            p->no_invalid++;
            expression(p);
            p->no_invalid--;
            if (!reset_invalid(p, m)) return 0;
            fail(p);
            return 0;
        }
        if (accept(p, TK_SEMI)) {
            if (kind(p) == TK_NEWLINE) break;
            continue;
        }
        break;
    }
    if (!accept(p, TK_NEWLINE)) {
        fail(p);
        return 0;
    }
    return 1;
}

/* ---- match statements ------------------------------------------------------------- */

static pyast_pattern *pattern(parser *p);


/* signed_number / complex_number / strings / None / True / False, as an
 * expression (literal_expr). */
static pyast_expr *literal_expr(parser *p) {
    int s = p->pos;
    int k = kind(p);
    if (k == TK_STRING) return strings(p);
    if (k == KW_None || k == KW_True || k == KW_False) return atom(p);
    pyast_expr *e;
    if (k == TK_MINUS) {
        next(p);
        if (kind(p) != TK_NUMBER) return fail(p);
        pyast_expr *n = number(p);
        TRY(n);
        TRY(e = unary(p, s, n));
    } else if (k == TK_NUMBER) {
        TRY(e = number(p));
    } else {
        return fail(p);
    }
    if (kind(p) == TK_PLUS || kind(p) == TK_MINUS) {
        int op = next(p)->kind;
        if (kind(p) != TK_NUMBER) return fail(p);
        pyast_expr *im = number(p);
        TRY(im);
        if (im->v.Constant.kind != PYAST_CONST_COMPLEX)
            return raise_node(p, &im->pos, "%s", "imaginary number required in complex literal");
        if (e->kind == PYAST_Constant && e->v.Constant.kind == PYAST_CONST_COMPLEX)
            return raise_node(p, &e->pos, "%s", "real number required in complex literal");
        pyast_expr *b = new_expr(p, PYAST_BinOp, &e->pos);
        TRY(b);
        join(&b->pos, &im->pos);
        b->v.BinOp.left = e;
        b->v.BinOp.op = op == TK_PLUS ? PYAST_Add : PYAST_Sub;
        b->v.BinOp.right = im;
        e = b;
    }
    return e;
}

/* name_or_attr: attr | NAME */
static pyast_expr *name_or_attr(parser *p) {
    pyast_expr *e = atom(p);
    TRY(e);
    while (kind(p) == TK_DOT) {
        next(p);
        if (kind(p) != TK_NAME) return fail(p);
        py__token *t = next(p);
        pyast_expr *x = new_expr(p, PYAST_Attribute, &e->pos);
        TRY(x);
        end_at(p, &x->pos, t);
        x->v.Attribute.value = e;
        TRY(x->v.Attribute.attr = tok_str(p, t));
        x->v.Attribute.ctx = PYAST_Load;
        e = x;
    }
    return e;
}

static int is_wildcard(parser *p) { return is_name(p, 0, "_"); }

/* A sequence of maybe_star_patterns up to close (consumed by the caller). */
static int pattern_list(parser *p, vec *v, int close) {
    while (kind(p) != close) {
        if (kind(p) == TK_STAR) {
            int s = p->pos;
            next(p);
            if (kind(p) != TK_NAME) {
                fail(p);
                return 0;
            }
            const char *name = is_wildcard(p) ? NULL : tok_str(p, peek(p));
            next(p);
            pyast_pattern *st = pattern_span(p, PYAST_MatchStar, s);
            if (!st) return 0;
            st->v.MatchStar.name = name;
            if (!vpush(p, v, st)) return 0;
        } else if (!vpush(p, v, pattern(p))) {
            return 0;
        }
        if (!accept(p, TK_COMMA)) break;
    }
    return 1;
}

/* closed_pattern: literal | capture | wildcard | value | group | sequence | mapping | class */
static pyast_pattern *closed_pattern(parser *p) {
    int s = p->pos;
    int k = kind(p);
    pyast_pattern *pt;
    if (k == TK_NUMBER || k == TK_MINUS || k == TK_STRING || k == KW_None || k == KW_True || k == KW_False) {
        if (k == KW_None || k == KW_True || k == KW_False) {
            next(p);
            TRY(pt = pattern_span(p, PYAST_MatchSingleton, s));
            pt->v.MatchSingleton.value.kind = k == KW_None ? PYAST_CONST_NONE : k == KW_True ? PYAST_CONST_TRUE : PYAST_CONST_FALSE;
            return pt;
        }
        pyast_expr *e = literal_expr(p);
        TRY(e);
        TRY(pt = node(p, sizeof(pyast_pattern), PYAST_MatchValue, &e->pos));
        pt->v.MatchValue.value = e;
        return pt;
    }
    if (k == TK_LPAR || k == TK_LSQB) {
        int close = k == TK_LPAR ? TK_RPAR : TK_RSQB;
        next(p);
        TRY(enter(p));
        vec *v = vnew(p);
        int ok = pattern_list(p, v, close);
        leave(p);
        if (!ok) return NULL;
        int trailing = p->toks[p->pos - 1].kind == TK_COMMA;
        if (!accept(p, close)) return fail(p);
        if (k == TK_LPAR && v->n == 1 && !trailing && ((pyast_pattern *)v->items[0])->kind != PYAST_MatchStar) {
            pt = v->items[0]; /* group_pattern */
            return pt;
        }
        pt = pattern_span(p, PYAST_MatchSequence, s);
        if (!pt) return NULL;
        VDONE(p, v, pt->v.MatchSequence.patterns);
        return pt;
    }
    if (k == TK_LBRACE) {
        next(p);
        TRY(enter(p));
        vec *keys = vnew(p), *pats = vnew(p);
        const char *rest = NULL;
        while (kind(p) != TK_RBRACE) {
            if (accept(p, TK_DOUBLESTAR)) {
                if (kind(p) != TK_NAME) goto merror;
                TRY(rest = tok_str(p, next(p)));
                accept(p, TK_COMMA);
                break;
            }
            pyast_expr *key = kind(p) == TK_NAME ? name_or_attr(p) : literal_expr(p);
            if (!key) goto merror;
            if (key->kind == PYAST_Name) {
                fail(p);
                goto merror;
            }
            if (!accept(p, TK_COLON)) {
                fail(p);
                goto merror;
            }
            if (!vpush(p, keys, key) || !vpush(p, pats, pattern(p))) goto merror;
            if (!accept(p, TK_COMMA)) break;
        }
        leave(p);
        if (!accept(p, TK_RBRACE)) {
            fail(p);
            goto merror2;
        }
        pt = pattern_span(p, PYAST_MatchMapping, s);
        if (!pt) goto merror2;
        pt->v.MatchMapping.rest = rest;
        if (!VDONE(p, keys, pt->v.MatchMapping.keys) || !VDONE(p, pats, pt->v.MatchMapping.patterns)) goto merror2;
        return pt;
    merror:
        leave(p);
    merror2:
        return NULL;
    }
    if (k == TK_NAME) {
        if (kind_at(p, 1) != TK_DOT && kind_at(p, 1) != TK_LPAR && kind_at(p, 1) != TK_EQUAL) {
            /* capture_pattern or wildcard_pattern */
            int wild = is_wildcard(p);
            py__token *t = next(p);
            TRY(pt = pattern_tok(p, PYAST_MatchAs, t));
            if (!wild) TRY(pt->v.MatchAs.name = tok_str(p, t));
            return pt;
        }
        pyast_expr *cls = name_or_attr(p);
        TRY(cls);
        if (kind(p) != TK_LPAR) {
            if (cls->kind == PYAST_Name) return fail(p);
            TRY(pt = node(p, sizeof(pyast_pattern), PYAST_MatchValue, &cls->pos));
            pt->v.MatchValue.value = cls;
            return pt;
        }
        next(p);
        TRY(enter(p));
        vec *pos = vnew(p), *kwn = vnew(p), *kwp = vnew(p);
        while (kind(p) != TK_RPAR) {
            if (kind(p) == TK_NAME && kind_at(p, 1) == TK_EQUAL) {
                const char *n = tok_str(p, next(p));
                next(p);
                if (!vpush(p, kwn, (void *)n) || !vpush(p, kwp, pattern(p))) goto cerror;
            } else {
                pyast_pattern *a = pattern(p);
                if (!a) goto cerror;
                if (kwn->n) {
                    raise_node(p, &a->pos, "%s", "positional patterns follow keyword patterns");
                    goto cerror;
                }
                if (!vpush(p, pos, a)) goto cerror;
            }
            if (!accept(p, TK_COMMA)) break;
        }
        leave(p);
        if (!accept(p, TK_RPAR)) {
            fail(p);
            goto cerror2;
        }
        pt = pattern_span(p, PYAST_MatchClass, s);
        if (!pt) goto cerror2;
        pt->v.MatchClass.cls = cls;
        if (!VDONE(p, pos, pt->v.MatchClass.patterns) || !VDONE(p, kwn, pt->v.MatchClass.kwd_attrs) ||
            !VDONE(p, kwp, pt->v.MatchClass.kwd_patterns))
            goto cerror2;
        return pt;
    cerror:
        leave(p);
    cerror2:
        return NULL;
    }
    return fail(p);
}

/* pattern: as_pattern | or_pattern */
static pyast_pattern *pattern(parser *p) {
    int s = p->pos;
    pyast_pattern *first = closed_pattern(p);
    TRY(first);
    pyast_pattern *pt = first;
    if (kind(p) == TK_VBAR) {
        vec *v = vnew(p);
        vpush(p, v, first);
        while (accept(p, TK_VBAR)) {
            if (!vpush(p, v, closed_pattern(p))) return NULL;
        }
        pt = pattern_span(p, PYAST_MatchOr, s);
        if (!pt) return NULL;
        VDONE(p, v, pt->v.MatchOr.patterns);
    }
    if (accept(p, KW_as)) {
        if (kind(p) != TK_NAME || is_wildcard(p)) {
            if (is_wildcard(p)) return raise_syn(p, peek(p), "cannot use '_' as a target");
            return fail(p);
        }
        const char *name = tok_str(p, next(p));
        pyast_pattern *as = pattern_span(p, PYAST_MatchAs, s);
        TRY(as);
        as->v.MatchAs.pattern = pt;
        as->v.MatchAs.name = name;
        pt = as;
    }
    return pt;
}

/* match_stmt: "match" subject_expr ':' NEWLINE INDENT case_block+ DEDENT.
 * NULL with no error when the statement is not a match statement. */
static __attribute__((noinline)) pyast_stmt *match_stmt(parser *p) {
    int s = p->pos;
    mark_t m = MARK(p);
    int line = next(p)->lineno;
    pyast_expr *subject = NULL;
    if (starts_expr(kind(p)) || kind(p) == TK_STAR) {
        int ss = p->pos;
        subject = star_named_expression(p);
        if (subject && kind(p) == TK_COMMA) {
            vec *v = vnew(p);
            vpush(p, v, subject);
            while (accept(p, TK_COMMA)) {
                if (kind(p) == TK_COLON) break;
                if (!vpush(p, v, star_named_expression(p))) break;
            }
            subject = p->error ? NULL : expr_span(p, PYAST_Tuple, ss);
            if (subject) {
                subject->v.Tuple.ctx = PYAST_Load;
                VDONE(p, v, subject->v.Tuple.elts);
            } else {
            }
        }
    }
    if (!subject || kind(p) != TK_COLON) {
        /* invalid_match_stmt: "match" subject_expr NEWLINE, reported if the
         * line is not another statement either */
        p->match_newline = subject && kind(p) == TK_NEWLINE ? p->pos : -1;
        reset(p, m);
        return NULL;
    }
    next(p);
    pyast_stmt *st = stmt_tok(p, PYAST_Match, &p->toks[s]);
    TRY(st);
    st->v.Match.subject = subject;
    if (!accept(p, TK_NEWLINE)) return fail(p);
    if (kind(p) != TK_INDENT) {
        char msg[100];
        snprintf(msg, sizeof msg, "expected an indented block after 'match' statement on line %d", sub_line(p, line));
        return raise_tok(p, "IndentationError", peek_at(p, p->far), "%s", msg);
    }
    next(p);
    vec *cases = vnew(p);
    TRY(enter(p));
    while (is_name(p, 0, "case")) {
        int cline = next(p)->lineno;
        pyast_match_case *c = alloc(p, sizeof *c);
        if (!c) goto error;
        int ps = p->pos;
        pyast_pattern *pt = kind(p) == TK_STAR ? NULL : pattern(p);
        if (kind(p) == TK_COMMA || kind(p) == TK_STAR) {
            /* open_sequence_pattern */
            p->pos = ps;
            p->error = p->error && !p->tok_error ? 0 : p->error;
            vec *v = vnew(p);
            if (!pattern_list(p, v, TK_COLON)) goto error;
            pt = pattern_span(p, PYAST_MatchSequence, ps);
            if (!pt || !VDONE(p, v, pt->v.MatchSequence.patterns)) goto error;
        }
        if (!pt) goto error;
        c->pattern = pt;
        if (accept(p, KW_if)) {
            if (!(c->guard = named_expression(p))) goto error;
        }
        if (!colon(p, 0) || !block(p, &c->body, "'case' statement", sub_line(p, cline))) goto error;
        if (!vpush(p, cases, c)) goto error;
    }
    leave(p);
    if (!cases->n || !accept(p, TK_DEDENT)) return fail(p);
    VDONE(p, cases, st->v.Match.cases);
    pyast_match_case *last = st->v.Match.cases.items[st->v.Match.cases.n - 1];
    last_end(&st->pos, &last->body);
    return st;
error:
    leave(p);
    return NULL;
}

/* statement: compound_stmt | simple_stmts; the statements go to out.
 * Returns the last statement, or NULL on error. */
static pyast_stmt *compound_or_simple(parser *p, vec *out) {
    int s = p->pos;
    pyast_stmt *st = NULL;
    switch (kind(p)) {
    case KW_def: st = funcdef(p, s, 0, NULL); break;
    case KW_class: st = classdef(p, s, NULL); break;
    case TK_AT: st = decorated(p); break;
    case KW_if: st = if_stmt(p); break;
    case KW_while: st = while_stmt(p); break;
    case KW_for: st = for_stmt(p, s, 0); break;
    case KW_with: st = with_stmt(p, s, 0); break;
    case KW_try: st = try_stmt(p); break;
    case KW_async:
        next(p);
        switch (kind(p)) {
        case KW_def: st = funcdef(p, s, 1, NULL); break;
        case KW_for: st = for_stmt(p, s, 1); break;
        case KW_with: st = with_stmt(p, s, 1); break;
        default: return fail(p);
        }
        break;
    case TK_NAME:
        if (is_name(p, 0, "match")) {
            p->match_newline = -1;
            st = match_stmt(p);
            if (st || p->error) break;
            int nl = p->match_newline, before = out->n;
            if (simple_stmts(p, out)) return out->n > before ? out->items[out->n - 1] : NULL;
            if (nl >= 0 && !p->tok_error && !strcmp(p->err->msg, "invalid syntax")) {
                p->error = 0;
                raise_syn(p, &p->toks[nl], "expected ':'");
            }
            return NULL;
        }
        /* fall through */
    default: {
        int before = out->n;
        if (!simple_stmts(p, out)) return NULL;
        return out->n > before ? out->items[out->n - 1] : NULL;
    }
    }
    if (!st) return NULL;
    return vpush(p, out, st) ? st : NULL;
}

/* statements: statement+ (until DEDENT, or ENDMARKER at the top) */
static int statements(parser *p, vec *out, int until_dedent) {
    for (;;) {
        int k = kind(p);
        if (k == (until_dedent ? TK_DEDENT : TK_ENDMARKER)) return 1;
        if (!compound_or_simple(p, out)) return 0;
    }
}

/* ---- py_parse ---------------------------------------------------------------------- */

/* CPython's _PyPegen_tokenize_full_source_to_check_for_errors: after a
 * parser error, the rest of the source is tokenized; an error the
 * tokenizer raises there wins, and so does a bracket never closed that
 * was opened on a line before the parser's error. */
static void check_rest(parser *p) {
    if (p->tok_error || p->no_rest_check || !p->error || !strcmp(p->err->type, "MemoryError") ||
        !strcmp(p->err->type, "RecursionError"))
        return;
    int err_line = p->n ? p->toks[p->n - 1].lineno : 1;
    py__token t;
    for (;;) {
        int k = py__tok_get(p->tok, &t);
        if (k == TK_ENDMARKER) return;
        if (k == TK_ERROR) break;
    }
    py__tok_error *te = &p->tok->err;
    if (te->raised) {
        p->error = 0;
        raise_tok_error(p);
    } else if (p->tok->level) {
        if (err_line > p->tok->parenlinenostack[p->tok->level - 1]) {
            p->error = 0;
            raise_unclosed(p);
        }
    }
}

/* Parses src (len bytes: newlines translated, ending with '\n') as a file
 * (fexpr NULL) or as an f-string's "(expr)" (into *fexpr). */
static pyast_module *parse_source(parser *outer, const char *src, size_t len, int line_shift, int col_shift,
                                  pyast_expr **fexpr) {
    py__tok_state *tok = malloc(sizeof *tok);
    if (!tok) {
        set_oom(outer);
        return NULL;
    }
    py__tok_init(tok, src, len);
    parser p0, *p = &p0;
    memset(p, 0, sizeof *p);
    p->a = outer->a;
    p->tok = tok;
    p->err = outer->err;
    p->src = src;
    p->srclen = len;
    p->nest = outer->nest;
    p->src_has_newline = outer->src_has_newline;
    if (fexpr) {
        p->fstring = 1;
        p->outer = outer;
        p->line_shift = line_shift;
        p->col_shift = col_shift;
        if (!enter(outer)) {
            p->error = 1;
            free(tok);
            return NULL;
        }
    }
    pyast_module *m = NULL;
    if (fexpr) {
        /* fstring: star_expressions */
        pyast_expr *e = star_expressions(p);
        if (e && kind(p) != TK_NEWLINE) e = fail(p);
        if (!e) fail(p);
        *fexpr = e;
        leave(outer);
    } else {
        vec body = {0};
        if (statements(p, &body, 0) && kind(p) == TK_ENDMARKER) {
            m = alloc(p, sizeof *m);
            if (m && VDONE(p, &body, m->body)) {
                /* done */
            } else {
                m = NULL;
            }
        } else {
            if (!p->error) fail(p);
        }
        if (!m) check_rest(p);
    }
    if (p->error) {
        outer->error = 1;
        outer->tok_error |= p->tok_error;
        if (fexpr) *fexpr = NULL;
        m = NULL;
    }
    free(p->toks);
    free(p->stk);
    free(p->line_starts);
    free(tok);
    return m;
}

/* The length of the valid UTF-8 sequence at u (n bytes left), or 0:
 * no overlong forms, no surrogates, nothing above U+10FFFF. */
static size_t utf8_len(const unsigned char *u, size_t n) {
    unsigned c = u[0];
    if (c < 0x80) return 1;
    size_t k = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 ? 2 : 0;
    if (!k || c > 0xF4 || k > n) return 0;
    for (size_t i = 1; i < k; i++)
        if ((u[i] & 0xC0) != 0x80) return 0;
    if (c == 0xE0 && u[1] < 0xA0) return 0;
    if (c == 0xED && u[1] >= 0xA0) return 0;
    if (c == 0xF0 && u[1] < 0x90) return 0;
    if (c == 0xF4 && u[1] >= 0x90) return 0;
    return k;
}

int py__parse_file;
int py__parse_exec;
int py__parse_str;
int py__parse_chars;

/* In a coding declaration's line (PEP 263: blanks, then '#', then "coding"
 * and ':' or '='), the encoding's name (n bytes), as CPython's tokenizer's
 * get_coding_spec finds it; NULL if the line declares none. */
static const char *coding_spec(const char *s, size_t len, size_t *n) {
    size_t i = 0;
    while (i < len && (s[i] == ' ' || s[i] == '\t' || s[i] == '\f')) i++;
    if (i == len || s[i] != '#') return NULL;
    for (; i + 6 < len; i++) {
        if (memcmp(s + i, "coding", 6) || (s[i + 6] != ':' && s[i + 6] != '=')) continue;
        size_t b = i + 7;
        while (b < len && (s[b] == ' ' || s[b] == '\t')) b++;
        size_t e = b;
        while (e < len && ((s[e] && strchr("-_.", s[e])) || (s[e] >= '0' && s[e] <= '9') ||
                           ((s[e] | 32) >= 'a' && (s[e] | 32) <= 'z')))
            e++;
        if (e > b) {
            *n = e - b;
            return s + b;
        }
    }
    return NULL;
}

/* Is norm (lowercased, '-' as '_', as codecs' lookup reads a name) one of
 * the " a b c " names?  A name ending in '#' is a family: it and digits. */
static int codec_is(const char *norm, const char *names) {
    for (const char *p = names; *p; ) {
        while (*p == ' ') p++;
        size_t n = strcspn(p, " #");
        if (n && !strncmp(norm, p, n)) {
            const char *r = norm + n;
            if (p[n] == '#' ? *r && strspn(r, "0123456789") == strlen(r) : !*r) return 1;
        }
        p += n + (p[n] == '#');
    }
    return 0;
}

const char *py_source_decode(py_arena *a, const char *src, size_t *len, py_syntax_error *err) {
    size_t n = *len, off = 0, clen = 0;
    int bom = n >= 3 && !memcmp(src, "\xEF\xBB\xBF", 3);
    const char *cs = NULL;
    for (int line = 0; line < 2 && off < n && !cs; line++) {
        const char *l = src + off + (line ? 0 : 3 * bom);
        size_t ll = 0;
        while (l + ll < src + n && l[ll] != '\n' && l[ll] != '\r') ll++;
        if (!(cs = coding_spec(l, ll, &clen))) {
            /* a line of code before it: no declaration (CPython's check_coding_spec) */
            size_t i = strspn(l, " \t\f");
            if (i < ll && l[i] != '#') break;
        }
        off = (size_t)(l + ll - src);
        off += off < n && src[off] == '\r';
        off += off < n && src[off] == '\n';
    }
    py__parse_chars = bom || cs;
    if (!cs) return src;
    char norm[32], given[64];
    size_t k = clen < sizeof norm - 1 ? clen : sizeof norm - 1;
    for (size_t i = 0; i < k; i++) norm[i] = cs[i] == '-' ? '_' : cs[i] >= 'A' && cs[i] <= 'Z' ? (char)(cs[i] + 32) : cs[i];
    norm[k] = 0;
    snprintf(given, sizeof given, "%.*s", (int)(clen < 60 ? clen : 60), cs);
    /* CPython's get_normal_name calls utf-8 and latin-1 so in its errors */
    int utf8 = codec_is(norm, " utf_8 utf8 u8 utf cp65001 utf_8_sig "), latin1 = 0;
    if (!strcmp(norm, "latin_1") || !strcmp(norm, "iso_8859_1") || !strcmp(norm, "iso_latin_1"))
        strcpy(given, "iso-8859-1"), latin1 = 1;
    latin1 |= codec_is(norm, " latin1 latin l1 iso8859_1 8859 cp819 ibm819 iso_ir_100 csisolatin1 ");
    int ascii = codec_is(norm, " ascii us_ascii us 646 ansi_x3.4_1968 iso646_us cp367 ibm367 csascii ");
    size_t high = 0;
    for (size_t i = 0; i < n; i++) high += (unsigned char)src[i] >= 0x80;
    const char *why = "encoding problem: %s";
    if (bom && !utf8) why = "encoding problem: %s with BOM";
    else if (utf8 || ((ascii || latin1) && !high)) return src;
    else if (latin1) { /* each byte is its code point */
        char *out = pyarena_alloc(a, n + high + 1), *o = out;
        if (!out) {
            err->type = "MemoryError";
            err->lineno = err->offset = err->end_lineno = err->end_offset = PY_SE_NONE;
            return NULL;
        }
        for (size_t i = 0; i < n; i++) {
            unsigned char c = (unsigned char)src[i];
            if (c >= 0x80) *o++ = (char)(0xC0 | c >> 6), c = 0x80 | (c & 0x3F);
            *o++ = (char)c;
        }
        *o = 0;
        *len = (size_t)(o - out);
        return out;
    }
    /* CPython's other codecs read ASCII as ASCII; text in them is not read
     * here.  An encoding CPython has not, or UTF-16 and UTF-32, which
     * cannot be source: its SyntaxError. */
    else if (!ascii && codec_is(norm, " cp# windows_# iso8859_# iso_8859_# latin# ibm# mac_roman mac_cyrillic mac_greek"
                                      " mac_latin2 mac_turkish koi8_r koi8_u shift_jis sjis euc_jp euc_kr gbk gb2312"
                                      " gb18030 big5 iso2022_jp hz johab tis_620 ")) {
        if (!high) return src;
        why = "encoding problem: %s is not supported by casyncio's Python (it reads UTF-8, Latin-1 and ASCII source)";
    }
    err->type = "SyntaxError";
    snprintf(err->msg, sizeof err->msg, why, given);
    err->lineno = err->offset = err->end_lineno = err->end_offset = PY_SE_NONE;
    return NULL;
}

pyast_module *py_parse(py_arena *a, const char *src, size_t len, const char *filename,
                       py_syntax_error *err) {
    memset(err, 0, sizeof *err);
    py__tok_warnings_clear();
    parser top;
    memset(&top, 0, sizeof top);
    top.a = a;
    top.err = err;
    top.nest = &top.nest_own;
    /* A copy with CPython's newline translation (\r\n and \r become \n),
     * a '\n' at the end, a BOM skipped. */
    if (len >= 3 && !memcmp(src, "\xEF\xBB\xBF", 3)) src += 3, len -= 3;
    char *buf = pyarena_alloc(a, len + 2);
    if (!buf) {
        set_oom(&top);
        return NULL;
    }
    /* CPython decodes the file as UTF-8 before tokenizing (a coding
     * declaration naming another encoding is not supported here). */
    int line = 1;
    for (size_t i = 0; i < len;) {
        const unsigned char *u = (const unsigned char *)src + i;
        size_t k = utf8_len(u, len - i);
        if (!k) {
            err->type = "SyntaxError";
            snprintf(err->msg, sizeof err->msg,
                     "Non-UTF-8 code starting with '\\x%02x' in file %.100s on line %d, but no encoding declared; "
                     "see https://peps.python.org/pep-0263/ for details",
                     u[0], filename ? filename : "<string>", line);
            err->lineno = err->offset = err->end_lineno = err->end_offset = PY_SE_NONE;
            err->text = NULL;
            return NULL;
        }
        if (u[0] == '\n') line++;
        i += k;
    }
    size_t n = 0;
    for (size_t i = 0; i < len; i++) {
        char c = src[i];
        if (c == '\r') {
            if (i + 1 < len && src[i + 1] == '\n') i++;
            c = '\n';
        }
        if (c == 0) {
            /* CPython's tokenizer refuses a line with a NUL byte as it reads
             * it (a tokenizer error: it wins over any parser error): the
             * text is the line up to the NUL, the offsets 0 */
            const char *ls = src + i;
            while (ls > src && ls[-1] != '\n' && ls[-1] != '\r') ls--;
            int lineno = 1;
            for (size_t k = 0; k < n; k++)
                if (buf[k] == '\n') lineno++;
            err->type = "SyntaxError";
            snprintf(err->msg, sizeof err->msg, "source code cannot contain null bytes");
            err->lineno = err->end_lineno = lineno;
            err->offset = err->end_offset = 0;
            err->text = pyarena_strndup(a, ls, (size_t)(src + i - ls));
            return NULL;
        }
        buf[n++] = c;
    }
    top.src_has_newline = n > 0 && buf[n - 1] == '\n';
    if (n == 0 || buf[n - 1] != '\n') buf[n++] = '\n';
    buf[n] = 0;
    top.src = buf;
    top.srclen = n;
    pyast_module *m = parse_source(&top, buf, n, 0, 0, NULL);
    if (!m && !err->type) {
        err->type = "SyntaxError";
        snprintf(err->msg, sizeof err->msg, "invalid syntax");
    }
    return m;
}

