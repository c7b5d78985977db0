/*
 * tokenize.h -- the tokenizer of casyncio's Python (internal to the front
 * end: parse.c is its only user).
 *
 * It follows CPython 3.11's tokenizer (Parser/tokenizer.c) closely, so
 * that tokens, their positions and its errors are CPython's: INDENT and
 * DEDENT from a stack of indentation columns (tabs to multiples of 8, and
 * TabError when the alternative reading of tabs as one column disagrees),
 * no NEWLINE inside brackets or after a backslash continuation, comments
 * and blank lines skipped, string literals (with any prefix) and numbers
 * returned whole: their text is decoded by the parser.
 *
 * Tokens are produced one at a time, on demand, as CPython's parser asks
 * for them, so an error the tokenizer finds late in the file is reported
 * only if the parser gets that far (then CPython's rules in parse.c decide
 * which error wins).
 */
#ifndef PY_TOKENIZE_H
#define PY_TOKENIZE_H

#include <stddef.h>

/* Token kinds.  Operators and keywords have kinds of their own. */
enum {
    TK_ENDMARKER, TK_NAME, TK_NUMBER, TK_STRING, TK_NEWLINE, TK_INDENT, TK_DEDENT,
    TK_ERROR, /* the tokenizer failed: see py__tok_state.err */
    /* operators */
    TK_LPAR, TK_RPAR, TK_LSQB, TK_RSQB, TK_LBRACE, TK_RBRACE, TK_COLON, TK_COMMA, TK_SEMI,
    TK_PLUS, TK_MINUS, TK_STAR, TK_SLASH, TK_VBAR, TK_AMPER, TK_LESS, TK_GREATER, TK_EQUAL,
    TK_DOT, TK_PERCENT, TK_EQEQUAL, TK_NOTEQUAL, TK_LESSEQUAL, TK_GREATEREQUAL, TK_TILDE,
    TK_CIRCUMFLEX, TK_LEFTSHIFT, TK_RIGHTSHIFT, TK_DOUBLESTAR, TK_PLUSEQUAL, TK_MINEQUAL,
    TK_STAREQUAL, TK_SLASHEQUAL, TK_PERCENTEQUAL, TK_AMPEREQUAL, TK_VBAREQUAL,
    TK_CIRCUMFLEXEQUAL, TK_LEFTSHIFTEQUAL, TK_RIGHTSHIFTEQUAL, TK_DOUBLESTAREQUAL,
    TK_DOUBLESLASH, TK_DOUBLESLASHEQUAL, TK_AT, TK_ATEQUAL, TK_RARROW, TK_ELLIPSIS,
    TK_COLONEQUAL, TK_OP, /* an operator character CPython tokenizes but no rule takes ($, ?, !) */
    /* keywords (soft keywords match, case and _ stay TK_NAME) */
    KW_False, KW_None, KW_True, KW_and, KW_as, KW_assert, KW_async, KW_await, KW_break,
    KW_class, KW_continue, KW_def, KW_del, KW_elif, KW_else, KW_except, KW_finally, KW_for,
    KW_from, KW_global, KW_if, KW_import, KW_in, KW_is, KW_lambda, KW_nonlocal, KW_not,
    KW_or, KW_pass, KW_raise, KW_return, KW_try, KW_while, KW_with, KW_yield,
    TK__COUNT
};

typedef struct py__token {
    int kind;
    const char *start;        /* the token's bytes in the source (NULL for INDENT, DEDENT) */
    size_t len;
    int lineno, col;          /* first byte: 1-based line, 0-based byte column */
    int end_lineno, end_col;  /* one past the last byte */
    int level;                /* brackets open before this token */
} py__token;

/* A tokenizer error, CPython's fields (see py_syntax_error). */
typedef struct py__tok_error {
    const char *type;   /* "SyntaxError", "IndentationError", "TabError" */
    char msg[160];
    int lineno, offset, end_lineno, end_offset;
    const char *text;   /* in the source; text_len bytes */
    size_t text_len;
    /* 1: CPython raises it as soon as the tokenizer meets it (strings,
     * numbers, brackets, characters), and it wins over a parser error
     * before it; 0: it is reported only when the parser asks for the
     * token (indentation, EOF in brackets, line continuation). */
    int raised;
    int eof_in_brackets; /* the error is EOF with brackets open */
} py__tok_error;

enum { PY__MAXINDENT = 100, PY__MAXLEVEL = 200 };

typedef struct py__tok_state {
    const char *buf, *end;   /* the source (newlines translated, ends with '\n') */
    const char *cur;         /* next byte to read */
    const char *line_start;  /* first byte of the current line */
    const char *start;       /* first byte of the token being read */
    const char *multi_line_start; /* where the string being read started its line */
    int lineno, first_lineno;
    int pending_line;        /* the last byte read was '\n': the next read starts a line */
    int atbol;               /* at the beginning of a line */
    int pendin;              /* INDENTs (>0) or DEDENTs (<0) still to return */
    int indent;              /* indstack's top */
    int indstack[PY__MAXINDENT + 1], altindstack[PY__MAXINDENT + 1];
    int level;               /* open brackets */
    char parenstack[PY__MAXLEVEL];
    int parenlinenostack[PY__MAXLEVEL], parencolstack[PY__MAXLEVEL];
    int cont_line;           /* the logical line continues (backslash) */
    int blankline;
    int done;                /* 1 once ENDMARKER or an error was returned */
    py__tok_error err;
} py__tok_state;

/* Starts tokenizing len bytes at buf (buf[len-1] must be '\n'). */
void py__tok_init(py__tok_state *tok, const char *buf, size_t len);
/* The next token into *t; its kind (TK_ERROR with tok->err filled, then
 * again TK_ERROR on every call). */
int py__tok_get(py__tok_state *tok, py__token *t);
/* The SyntaxWarnings "invalid KIND literal" (a number followed by a
 * keyword: `1if x else y`) met since py__tok_warnings_clear(), which
 * py_parse calls first: how many, and the i-th's KIND and line. */
int py__tok_warning_count(void);
const char *py__tok_warning(int i, int *lineno);
void py__tok_warnings_clear(void);
/* The 1-based character offset of the byte column col of the line at
 * line_start (CPython's byte_offset_to_character_offset). */
int py__char_offset(const char *line_start, int col);

#endif /* PY_TOKENIZE_H */
