/*
 * ast.h -- the syntax tree of casyncio's Python: the contract between the
 * parser (tokenize.c, parse.c) and the compiler.
 *
 * The tree mirrors CPython 3.11's `ast` module node for node and field for
 * field, so that `pyast_dump` can print exactly what
 * `ast.dump(ast.parse(src))` prints and the parser is tested against
 * CPython itself.  Names follow the ast module: PYAST_BinOp is ast.BinOp,
 * its fields are the same names in C.  Where the ast module has an
 * optional field, the C field is NULL (or 0 items) when absent.
 *
 * Positions are CPython's: lineno and end_lineno count from 1,
 * col_offset and end_col_offset are UTF-8 byte offsets from the start of
 * the line, counting from 0 (as CPython's ast does).  Tracebacks draw
 * their ^^^^ markers from them.
 *
 * Memory: every node, sequence and string of a tree lives in one arena
 * (py_arena), freed at once with pyarena_free.  Nothing in a tree is
 * reference-counted and nothing needs to be freed on its own.
 */
#ifndef PY_AST_H
#define PY_AST_H

#include <stddef.h>
#include <stdint.h>

/* ---- the arena --------------------------------------------------------- */

typedef struct py_arena py_arena;

py_arena *pyarena_new(void);
void pyarena_free(py_arena *a);
/* Zeroed memory that lives as long as the arena, or NULL when out of memory. */
void *pyarena_alloc(py_arena *a, size_t size);
/* A NUL-terminated copy of n bytes of s in the arena, or NULL. */
char *pyarena_strndup(py_arena *a, const char *s, size_t n);

/* ---- sequences --------------------------------------------------------- */

typedef struct pyast_expr pyast_expr;
typedef struct pyast_stmt pyast_stmt;
typedef struct pyast_keyword pyast_keyword;
typedef struct pyast_arg pyast_arg;
typedef struct pyast_comprehension pyast_comprehension;
typedef struct pyast_excepthandler pyast_excepthandler;
typedef struct pyast_alias pyast_alias;
typedef struct pyast_withitem pyast_withitem;
typedef struct pyast_match_case pyast_match_case;
typedef struct pyast_pattern pyast_pattern;

#define PYAST_SEQ(name, T) typedef struct { T **items; int n; } name
PYAST_SEQ(pyast_exprs, pyast_expr);
PYAST_SEQ(pyast_stmts, pyast_stmt);
PYAST_SEQ(pyast_keywords, pyast_keyword);
PYAST_SEQ(pyast_args, pyast_arg);
PYAST_SEQ(pyast_comprehensions, pyast_comprehension);
PYAST_SEQ(pyast_handlers, pyast_excepthandler);
PYAST_SEQ(pyast_aliases, pyast_alias);
PYAST_SEQ(pyast_withitems, pyast_withitem);
PYAST_SEQ(pyast_match_cases, pyast_match_case);
PYAST_SEQ(pyast_patterns, pyast_pattern);
#undef PYAST_SEQ

/* A sequence of identifiers (Global, Nonlocal). */
typedef struct { const char **items; int n; } pyast_names;

/* ---- positions --------------------------------------------------------- */

typedef struct pyast_pos {
    int lineno, col_offset;         /* first character, 1-based line, 0-based byte column */
    int end_lineno, end_col_offset; /* one past the last character */
} pyast_pos;

/* ---- operators ---------------------------------------------------------- */

typedef enum { PYAST_And = 1, PYAST_Or } pyast_boolop;
typedef enum {
    PYAST_Add = 1, PYAST_Sub, PYAST_Mult, PYAST_MatMult, PYAST_Div, PYAST_Mod, PYAST_Pow,
    PYAST_LShift, PYAST_RShift, PYAST_BitOr, PYAST_BitXor, PYAST_BitAnd, PYAST_FloorDiv
} pyast_operator;
typedef enum { PYAST_Invert = 1, PYAST_Not, PYAST_UAdd, PYAST_USub } pyast_unaryop;
typedef enum {
    PYAST_Eq = 1, PYAST_NotEq, PYAST_Lt, PYAST_LtE, PYAST_Gt, PYAST_GtE,
    PYAST_Is, PYAST_IsNot, PYAST_In, PYAST_NotIn
} pyast_cmpop;
/* Load, Store, Del: the ctx of Name, Attribute, Subscript, Starred, List, Tuple. */
typedef enum { PYAST_Load = 1, PYAST_Store, PYAST_Del } pyast_ctx;

/* ---- constants ------------------------------------------------------------ */

/*
 * The value of a Constant node.  Integers keep their literal's text without
 * underscores (with its 0x, 0o or 0b prefix: int(s, 0) reads it), so the
 * compiler makes an integer of any size from them; floats and imaginaries are parsed as CPython
 * parses them (strtod of the literal without underscores).  Strings and
 * bytes hold their decoded contents (escapes applied, adjacent literals
 * concatenated), with their length, since they may contain NUL.
 */
typedef enum {
    PYAST_CONST_NONE = 1, PYAST_CONST_TRUE, PYAST_CONST_FALSE, PYAST_CONST_ELLIPSIS,
    PYAST_CONST_INT,     /* s, n: the literal's text without underscores (no sign) */
    PYAST_CONST_FLOAT,   /* f */
    PYAST_CONST_COMPLEX, /* f: the imaginary part (a "1j" literal) */
    PYAST_CONST_STR,     /* s, n: UTF-8 */
    PYAST_CONST_BYTES    /* s, n */
} pyast_const_kind;

typedef struct pyast_const {
    pyast_const_kind kind;
    const char *s; /* INT, STR, BYTES: NUL-terminated, but n counts the bytes */
    size_t n;
    double f;      /* FLOAT, COMPLEX */
    int is_u;      /* STR: the literal had a u prefix (ast shows kind='u') */
} pyast_const;

/* ---- expressions --------------------------------------------------------- */

typedef enum {
    PYAST_BoolOp = 1, PYAST_NamedExpr, PYAST_BinOp, PYAST_UnaryOp, PYAST_Lambda, PYAST_IfExp,
    PYAST_Dict, PYAST_Set, PYAST_ListComp, PYAST_SetComp, PYAST_DictComp, PYAST_GeneratorExp,
    PYAST_Await, PYAST_Yield, PYAST_YieldFrom, PYAST_Compare, PYAST_Call, PYAST_FormattedValue,
    PYAST_JoinedStr, PYAST_Constant, PYAST_Attribute, PYAST_Subscript, PYAST_Starred,
    PYAST_Name, PYAST_List, PYAST_Tuple, PYAST_Slice
} pyast_expr_kind;

typedef struct pyast_arguments pyast_arguments;

struct pyast_expr {
    pyast_expr_kind kind;
    pyast_pos pos;
    union {
        struct { pyast_boolop op; pyast_exprs values; } BoolOp;
        struct { pyast_expr *target, *value; } NamedExpr;
        struct { pyast_expr *left; pyast_operator op; pyast_expr *right; } BinOp;
        struct { pyast_unaryop op; pyast_expr *operand; } UnaryOp;
        struct { pyast_arguments *args; pyast_expr *body; } Lambda;
        struct { pyast_expr *test, *body, *orelse; } IfExp;
        /* keys[i] is NULL for a `**mapping` item, as in CPython. */
        struct { pyast_exprs keys, values; } Dict;
        struct { pyast_exprs elts; } Set;
        struct { pyast_expr *elt; pyast_comprehensions generators; } ListComp, SetComp, GeneratorExp;
        struct { pyast_expr *key, *value; pyast_comprehensions generators; } DictComp;
        struct { pyast_expr *value; } Await, YieldFrom;
        struct { pyast_expr *value; /* or NULL */ } Yield;
        struct { pyast_expr *left; int n; pyast_cmpop *ops; pyast_exprs comparators; } Compare;
        struct { pyast_expr *func; pyast_exprs args; pyast_keywords keywords; } Call;
        /* conversion: -1 none, 's', 'r' or 'a'; format_spec: a JoinedStr or NULL */
        struct { pyast_expr *value; int conversion; pyast_expr *format_spec; } FormattedValue;
        struct { pyast_exprs values; } JoinedStr;
        pyast_const Constant;
        struct { pyast_expr *value; const char *attr; pyast_ctx ctx; } Attribute;
        struct { pyast_expr *value, *slice; pyast_ctx ctx; } Subscript;
        struct { pyast_expr *value; pyast_ctx ctx; } Starred;
        struct { const char *id; pyast_ctx ctx; } Name;
        struct { pyast_exprs elts; pyast_ctx ctx; } List, Tuple;
        struct { pyast_expr *lower, *upper, *step; /* each may be NULL */ } Slice;
    } v;
};

/* ---- statements ------------------------------------------------------------ */

typedef enum {
    PYAST_FunctionDef = 1, PYAST_AsyncFunctionDef, PYAST_ClassDef, PYAST_Return, PYAST_Delete,
    PYAST_Assign, PYAST_AugAssign, PYAST_AnnAssign, PYAST_For, PYAST_AsyncFor, PYAST_While,
    PYAST_If, PYAST_With, PYAST_AsyncWith, PYAST_Match, PYAST_Raise, PYAST_Try, PYAST_TryStar,
    PYAST_Assert, PYAST_Import, PYAST_ImportFrom, PYAST_Global, PYAST_Nonlocal, PYAST_Expr,
    PYAST_Pass, PYAST_Break, PYAST_Continue
} pyast_stmt_kind;

struct pyast_stmt {
    pyast_stmt_kind kind;
    pyast_pos pos;
    union {
        /* FunctionDef and AsyncFunctionDef; returns may be NULL. */
        struct {
            const char *name;
            pyast_arguments *args;
            pyast_stmts body;
            pyast_exprs decorator_list;
            pyast_expr *returns;
        } FunctionDef;
        struct {
            const char *name;
            pyast_exprs bases;
            pyast_keywords keywords;
            pyast_stmts body;
            pyast_exprs decorator_list;
        } ClassDef;
        struct { pyast_expr *value; /* or NULL */ } Return;
        struct { pyast_exprs targets; } Delete;
        struct { pyast_exprs targets; pyast_expr *value; } Assign;
        struct { pyast_expr *target; pyast_operator op; pyast_expr *value; } AugAssign;
        /* simple: 1 for a plain Name target not in parentheses */
        struct { pyast_expr *target, *annotation, *value; int simple; } AnnAssign;
        /* For and AsyncFor */
        struct { pyast_expr *target, *iter; pyast_stmts body, orelse; } For;
        struct { pyast_expr *test; pyast_stmts body, orelse; } While, If;
        /* With and AsyncWith */
        struct { pyast_withitems items; pyast_stmts body; } With;
        /* The compiler may refuse Match as not supported; the parser builds it whole. */
        struct { pyast_expr *subject; pyast_match_cases cases; } Match;
        struct { pyast_expr *exc, *cause; /* each may be NULL */ } Raise;
        /* Try and TryStar */
        struct { pyast_stmts body; pyast_handlers handlers; pyast_stmts orelse, finalbody; } Try;
        struct { pyast_expr *test, *msg; } Assert;
        struct { pyast_aliases names; } Import;
        /* module may be NULL (from . import x); level counts the dots */
        struct { const char *module; pyast_aliases names; int level; } ImportFrom;
        struct { pyast_names names; } Global, Nonlocal;
        struct { pyast_expr *value; } Expr;
    } v;
};

/* ---- the rest ------------------------------------------------------------- */

struct pyast_keyword { pyast_pos pos; const char *arg; /* NULL for **kwargs */ pyast_expr *value; };
struct pyast_arg { pyast_pos pos; const char *arg; pyast_expr *annotation; /* or NULL */ };
struct pyast_arguments {
    pyast_args posonlyargs, args;
    pyast_arg *vararg;     /* or NULL */
    pyast_args kwonlyargs;
    pyast_exprs kw_defaults; /* one per kwonlyarg; NULL where it has no default */
    pyast_arg *kwarg;      /* or NULL */
    pyast_exprs defaults;  /* for the last len(defaults) of posonlyargs + args */
};
struct pyast_comprehension { pyast_expr *target, *iter; pyast_exprs ifs; int is_async; };
struct pyast_excepthandler {
    pyast_pos pos;
    pyast_expr *type;  /* or NULL for a bare except */
    const char *name;  /* or NULL */
    pyast_stmts body;
};
struct pyast_alias { pyast_pos pos; const char *name, *asname; /* asname may be NULL */ };
struct pyast_withitem { pyast_expr *context_expr, *optional_vars; /* or NULL */ };

/* ---- match statements ------------------------------------------------------ */

typedef enum {
    PYAST_MatchValue = 1, PYAST_MatchSingleton, PYAST_MatchSequence, PYAST_MatchMapping,
    PYAST_MatchClass, PYAST_MatchStar, PYAST_MatchAs, PYAST_MatchOr
} pyast_pattern_kind;

struct pyast_pattern {
    pyast_pattern_kind kind;
    pyast_pos pos;
    union {
        struct { pyast_expr *value; } MatchValue;
        /* value: None, True or False (kind PYAST_CONST_NONE, _TRUE, _FALSE) */
        struct { pyast_const value; } MatchSingleton;
        struct { pyast_patterns patterns; } MatchSequence, MatchOr;
        struct { pyast_exprs keys; pyast_patterns patterns; const char *rest; /* or NULL */ } MatchMapping;
        struct { pyast_expr *cls; pyast_patterns patterns; pyast_names kwd_attrs; pyast_patterns kwd_patterns; } MatchClass;
        struct { const char *name; /* or NULL for *_ */ } MatchStar;
        struct { pyast_pattern *pattern; const char *name; /* each may be NULL */ } MatchAs;
    } v;
};
struct pyast_match_case { pyast_pattern *pattern; pyast_expr *guard; /* or NULL */ pyast_stmts body; };

/* A module: the whole program. */
typedef struct pyast_module { pyast_stmts body; } pyast_module;

/*
 * ast.dump(module) as CPython 3.11 prints it: with include_attributes 0,
 * exactly `ast.dump(ast.parse(src))`; with 1, `ast.dump(tree,
 * include_attributes=True)` (lineno, col_offset, end_lineno,
 * end_col_offset on every node that has them).  Returns a new
 * NUL-terminated string from malloc (the caller frees it), or NULL when
 * out of memory.
 */
char *pyast_dump(const pyast_module *m, int include_attributes);

/* repr() of a constant as CPython prints it (ast.dump's form: an int in
 * decimal, a float's shortest digits, a str or bytes with repr's quotes
 * and escapes), for the compiler's messages that quote one.  A new string
 * from malloc, or NULL when out of memory. */
char *pyast_const_repr(const pyast_const *c);

#endif /* PY_AST_H */
