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
 * TabError) carries.  Filled by py_parse and py_check when they fail.
 */
typedef struct py_syntax_error {
    /* "SyntaxError", "IndentationError", "TabError", or "MemoryError" when
     * the arena ran out of memory (msg is then empty).  A static string. */
    const char *type;
    char msg[256];   /* e.msg, UTF-8, e.g. "expected ':'" */
    /* e.lineno, e.offset, e.end_lineno, e.end_offset: lines count from 1,
     * offsets are 1-based CHARACTER (code point) offsets into text, as
     * CPython's.  They may be 0 or -1 where CPython says so (an
     * IndentationError's end_offset is -1), and PY_SE_NONE where CPython
     * gives None. */
    int lineno, offset, end_lineno, end_offset;
    /* e.text: the offending line as CPython gives it (with its '\n' when
     * CPython keeps it), NUL-terminated, UTF-8; NULL where CPython gives
     * None.  Borrowed: it lives in the arena given to py_parse/py_check. */
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
 * pyarena_free), or NULL with *err filled.  Never crashes on any input:
 * too deep nesting or too large a program is a SyntaxError as in CPython
 * ("too many nested parentheses"), and the parser's C recursion is
 * bounded (well under 64 KiB of stack), so it may run inside a task.
 */
pyast_module *py_parse(py_arena *a, const char *src, size_t len, const char *filename,
                       py_syntax_error *err);

/*
 * The errors CPython raises after parsing, from its symbol table and
 * compiler: 'return' / 'yield' / 'await' outside function, 'break' outside
 * loop, 'continue' not properly in loop, nonlocal and global declaration
 * errors, "too many statically nested blocks", ... in the order CPython
 * finds them (the symbol table's pass over the whole module first, then
 * the compiler's).  src and len are the program given to py_parse (for
 * the error's text).  Returns 0 when the module compiles, or -1 with *err
 * filled.
 */
int py_check(py_arena *a, const pyast_module *m, const char *src, size_t len,
             py_syntax_error *err);

#endif /* PY_PARSE_H */
