/*
 * parse.h -- the front end of casyncio's Python: source text in, syntax
 * tree (ast.h) or SyntaxError out.
 *
 * py_parse runs the tokenizer (tokenize.c) and the recursive-descent
 * parser (parse.c) over a whole program, as CPython's ast.parse does.
 * py_check then makes the checks that CPython makes after parsing, in its
 * symbol table and compiler ('return' outside function, 'break' outside
 * loop, nonlocal at module level, ...), so that a program CPython refuses
 * to compile is refused here with the same error.  Run both before
 * compiling: CPython reports a parser error before any of py_check's.
 *
 * Errors are reported as CPython reports them, field for field, so the
 * back end prints exactly what CPython prints for a SyntaxError.
 */
#ifndef PY_PARSE_H
#define PY_PARSE_H

#include <stddef.h>
#include "ast.h"

/* A position that CPython gives as None. */
#define PY_SE_NONE (-2147483647 - 1)

/*
 * What CPython's SyntaxError (or its subclasses IndentationError and
 * TabError) carries when `python3 program.py` refuses a program, field
 * for field.  Filled by py_parse and py_check when they fail.
 */
typedef struct py_syntax_error {
    /* "SyntaxError", "IndentationError" or "TabError"; "RecursionError"
     * for a tree too deep to compile (CPython: "maximum recursion depth
     * exceeded during compilation", no position); "MemoryError" when the
     * arena ran out of memory (msg empty, no position).  Static. */
    const char *type;
    char msg[512];   /* e.msg, UTF-8, e.g. "expected ':'" (a longer one is cut) */
    /* e.lineno, e.offset, e.end_lineno, e.end_offset: lines count from 1;
     * offsets are 1-based and, as CPython gives them for a file without a
     * coding declaration, in BYTES of the line for the parser's and the
     * compiler's errors but in CHARACTERS for the tokenizer's (unterminated
     * string, invalid character, ...).  They may be 0 or -1 where CPython
     * says so (an IndentationError's end_offset is -1), and PY_SE_NONE
     * where CPython gives None. */
    int lineno, offset, end_lineno, end_offset;
    /* e.text: the offending line as CPython gives it (with its '\n' when
     * CPython keeps it: the tokenizer's errors drop it), NUL-terminated,
     * UTF-8; NULL where CPython gives None.  A line longer than 999 bytes
     * is cut as CPython cuts it (its last 999-byte piece).  Borrowed: it
     * lives in the arena given to py_parse/py_check. */
    const char *text;
} py_syntax_error;

/*
 * Parses a whole program (a module, as ast.parse(src) or compile(src,
 * filename, 'exec')).  src is len bytes of UTF-8 (a leading BOM is
 * skipped); it need not be NUL-terminated and may contain NULs (an
 * error, as in CPython).  filename is only for messages that name it
 * (may be NULL).
 *
 * Returns the module, allocated in the arena a (freed with
 * pyarena_free), or NULL with *err filled.  Never crashes on any input
 * (fuzzed: tests/fuzz/fuzz_parser.c): too deep nesting is CPython's error
 * ("too many nested parentheses" past 200 brackets, "too many levels of
 * indentation" past 99), source that is not UTF-8 is CPython's "Non-UTF-8
 * code starting with ..." (with filename), and the C recursion is bounded:
 * operator chains are built in loops, only brackets, lambdas, f-strings
 * and blocks nest.  Stack use measured (`pyast -c -s KB`, native -O2,
 * parse and check): 16 KiB for chains of 990 operators, 96 KiB for 200
 * nested brackets, 128 KiB for 99 nested blocks around 199 brackets (the
 * deepest program CPython accepts) -- inside a task's 256 KiB stack; in
 * wasm (emcc -O2) all of these fit in 64 KiB of linear stack.  Tested in
 * tests/python/parser.test.mjs ("within a 160 KiB stack").
 */
/* Set while the program itself is parsed (run.c): errors as python3
 * program.py gives them, where they differ from compile()'s. */
extern int py__parse_file;
/* Parsing exec()'s source: CPython's tokenizer ends it with a '\n', which a
 * parser error's text keeps. */
extern int py__parse_exec;
/* Parsing a str's source (exec(), eval()): its errors count characters. */
extern int py__parse_str;
/* The file declares its encoding (a coding line or a UTF-8 BOM): CPython's
 * tokenizer knows it, and its parser's errors count characters. */
extern int py__parse_chars;

pyast_module *py_parse(py_arena *a, const char *src, size_t len, const char *filename,
                       py_syntax_error *err);

/* A program file's text as UTF-8, after its PEP 263 coding declaration (on
 * its first or second line, as CPython's tokenizer reads it): src itself
 * when it declares none, UTF-8 or an encoding whose text is ASCII here; a
 * copy in a (and *len its length) for Latin-1; NULL with err set (no place:
 * "encoding problem: NAME", as CPython prints it) for an encoding CPython
 * has not, text its codec cannot decode, a BOM with another encoding, or
 * text in an encoding other than UTF-8, Latin-1 and ASCII. */
const char *py_source_decode(py_arena *a, const char *src, size_t *len, py_syntax_error *err);

/*
 * The errors CPython raises after parsing, from its symbol table and
 * compiler: 'return' / 'yield' / 'await' outside function, 'break' outside
 * loop, 'continue' not properly in loop, nonlocal and global declaration
 * errors, "too many statically nested blocks", ... in the order CPython
 * finds them (the symbol table's pass over the whole module first, then
 * the compiler's).  src and len are the program given to py_parse (for
 * the error's text).  Returns 0 when the module compiles, or -1 with *err
 * filled.  A tree deeper than 1000 nodes is a RecursionError here
 * (CPython allows about 3000), which bounds the depth the compiler must
 * recurse to.  Not checked (the back end's, if it wants them): __future__
 * imports and assignments to __debug__.  py_check_warn (below) also
 * gives the SyntaxWarnings CPython prints while compiling.
 */
int py_check(py_arena *a, const pyast_module *m, const char *src, size_t len,
             py_syntax_error *err);

/*
 * A warning CPython's compiler prints while compiling (to stderr, as
 * "FILE:LINENO: SyntaxWarning: MSG" and the line), e.g. '"is" with a
 * literal. Did you mean "=="?', "'tuple' object is not callable; perhaps
 * you missed a comma?", "assertion is always true, perhaps remove
 * parentheses?".
 */
typedef struct py_warning {
    const char *category; /* "SyntaxWarning" (static) */
    char msg[200];
    int lineno;
} py_warning;
typedef struct py_warnings {
    py_warning *items; /* in the arena */
    int n;
} py_warnings;

/* Internal to the front end: *e set to an error without a position
 * (MemoryError, RecursionError with PY__TOO_DEEP) unless *error says one is
 * set already; *error set.  Returns 0. */
#define PY__TOO_DEEP "maximum recursion depth exceeded during compilation"
int py__error_nowhere(py_syntax_error *e, int *error, const char *type, const char *msg);

/*
 * The symbol table py_check builds (CPython's symtable.c): a scope per
 * module, class, function, lambda and comprehension, each with its names,
 * what the program does with them (flags, CPython's DEF_*) and where they
 * live once analysed (scope, CPython's LOCAL, GLOBAL_EXPLICIT, ...).  The
 * compiler takes its scopes from it.  Everything is in the arena.
 */
enum { PY_DEF_GLOBAL = 1, PY_DEF_LOCAL = 2, PY_DEF_PARAM = 4, PY_DEF_NONLOCAL = 8, PY_USE = 16, PY_DEF_ANNOT = 32,
       PY_DEF_FREE_CLASS = 64 /* a class binds it, and its methods need it from outside: passed through */,
       PY_DEF_IMPORT = 128 /* an import binds it */ };
enum { PY_SC_LOCAL = 1, PY_SC_GLOBAL_EXPLICIT, PY_SC_GLOBAL_IMPLICIT, PY_SC_FREE, PY_SC_CELL };
/* A scope's kind: a comprehension is a function too (kind >= PY_SCOPE_FUNCTION). */
enum { PY_SCOPE_MODULE, PY_SCOPE_CLASS, PY_SCOPE_FUNCTION, PY_SCOPE_COMPREHENSION };

typedef struct py_sym {
    const char *name;
    int flags;           /* PY_DEF_*, PY_USE */
    int scope;           /* PY_SC_*, once analysed */
    pyast_pos directive; /* the first global/nonlocal statement naming it */
} py_sym;

typedef struct py_scope py_scope;
struct py_scope {
    int kind;            /* PY_SCOPE_* */
    int is_async;        /* an async def (CPython's COMPILER_SCOPE_ASYNC_FUNCTION) */
    int generator;       /* has a yield */
    int coroutine;       /* async def, or a comprehension with async for or await */
    int annotations;     /* has an annotated assignment (CPython's compiler's find_ann) */
    const char *comp;    /* "list comprehension", ... */
    const void *node;    /* the tree node that opens it (NULL: the module) */
    py_sym *syms;        /* in the order the names were first met */
    int nsyms, capsyms;
    int *hash;           /* open addressing: index + 1 into syms, 0 empty */
    int hcap;            /* a power of two, at least twice nsyms */
    py_scope **kids;
    int nkids, capkids;
    py_scope *parent;
};

typedef struct py_symtable {
    py_scope *top;       /* the module */
    py_scope **by_node;  /* every scope, hashed by its node */
    int hcap;
} py_symtable;

/* The scope that node (a FunctionDef, ClassDef, Lambda or comprehension) opens. */
py_scope *py_scope_of(const py_symtable *st, const void *node);
/* name's symbol in s, or NULL. */
py_sym *py_scope_lookup(const py_scope *s, const char *name);
/* CPython's _Py_Mangle: in a class C, its methods and what they nest, a
 * name `__x` (not `__x__`, without a dot) is `_C__x`, C's name without
 * its leading underscores (private: C's name, or NULL outside classes).
 * Writes that to out (its length + 1 bytes) when out is not NULL; gives
 * its length, or 0 when the name stays as it is. */
size_t py__mangle(const char *private, const char *name, char *out);

/* py_check, also giving the warnings found, in CPython's order, in
 * *warnings (may be NULL), including those found before an error, and
 * the symbol table in *st (may be NULL) when the module compiles. */
int py_check_warn(py_arena *a, const pyast_module *m, const char *src, size_t len,
                  py_syntax_error *err, py_warnings *warnings, const py_symtable **st);

#endif /* PY_PARSE_H */
