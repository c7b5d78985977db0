/*
 * tokenize.c -- the tokenizer: source bytes to tokens, as CPython 3.11's
 * Parser/tokenizer.c makes them (see tokenize.h).
 *
 * The structure, the order of the checks and where the read position is
 * left when an error is found all follow CPython's tok_get, because
 * CPython computes an error's offset from that position: keeping the same
 * steps gives the same offsets.
 */
#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "parse.h"
#include "tokenize.h"
#include "unicode_case.h"

#define EOF_C (-1)

/* The keywords, in the order of their kinds (KW_False ... KW_yield), each
 * after its length, as one string (a table of pointers would cost a
 * relocated word each). */
static const char keywords[] =
    "\5False\4None\4True\3and\2as\6assert\5async\5await\5break\5class\10continue\3def\3del\4elif\4else"
    "\6except\7finally\3for\4from\6global\2if\6import\2in\2is\6lambda\10nonlocal\3not\2or\4pass\5raise"
    "\6return\3try\5while\4with\5yield";

int py__char_offset(const char *line_start, int col) {
    /* CPython decodes the first col bytes of the line (with replacement)
     * and counts the characters: a byte that does not continue a UTF-8
     * sequence starts one.  The line ends at '\n' (kept) or NUL. */
    size_t len = 0;
    while (line_start[len] && line_start[len] != '\n') len++;
    if (line_start[len] == '\n') len++;
    if (col > (int)len + 1) col = (int)len + 1;
    int n = 0;
    for (int i = 0; i < col && (size_t)i < len; i++)
        if (((unsigned char)line_start[i] & 0xC0) != 0x80) n++;
    if ((size_t)col > len) n += col - (int)len;
    return n;
}

void py__tok_init(py__tok_state *tok, const char *buf, size_t len) {
    memset(tok, 0, sizeof *tok);
    tok->buf = tok->cur = tok->line_start = buf;
    tok->end = buf + len;
    tok->lineno = 1;
    tok->atbol = 1;
}

/* ---- reading characters -------------------------------------------------- */

static int tok_nextc(py__tok_state *tok) {
    if (tok->pending_line) {
        /* The previous byte was a line's '\n': this read starts the next
         * line, as CPython's reads a line at a time. */
        if (tok->cur >= tok->end) return EOF_C;
        tok->pending_line = 0;
        tok->lineno++;
        tok->line_start = tok->cur;
    }
    if (tok->cur >= tok->end) return EOF_C;
    int c = (unsigned char)*tok->cur++;
    if (c == '\n') tok->pending_line = 1;
    return c;
}

static void tok_backup(py__tok_state *tok, int c) {
    if (c == EOF_C) return;
    tok->cur--;
    if (c == '\n') tok->pending_line = 0;
}

/* The number of characters in [line_start, p). */
static int chars_before(const char *line_start, const char *p) {
    int n = 0;
    for (const char *q = line_start; q < p; q++)
        if (((unsigned char)*q & 0xC0) != 0x80) n++;
    return n;
}

static size_t line_len(const char *line_start) {
    size_t n = 0;
    while (line_start[n] != '\n') n++;
    return n;
}

/* The error's fields but its message: type, on the current line from
 * offset to end_offset, its text the line (with its '\n' when raised is
 * 0: CPython reads the text back for the parser's errors).  TK_ERROR. */
static int set_error(py__tok_state *tok, const char *type, int offset, int end_offset, int raised) {
    py__tok_error *e = &tok->err;
    e->type = type;
    e->lineno = e->end_lineno = tok->lineno;
    e->offset = offset;
    e->end_offset = end_offset;
    e->text = tok->line_start;
    e->text_len = line_len(tok->line_start) + !raised;
    e->raised = raised;
    tok->done = 1;
    return TK_ERROR;
}

/* CPython's _syntaxerror_range: offsets in characters from the line's
 * start to the read position (or the given ones); the text is the line
 * without its '\n'. */
static int error_range(py__tok_state *tok, int col_offset, int end_col_offset, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(tok->err.msg, sizeof tok->err.msg, fmt, ap);
    va_end(ap);
    if (col_offset == -1) col_offset = chars_before(tok->line_start, tok->cur);
    return set_error(tok, "SyntaxError", col_offset, end_col_offset == -1 ? col_offset : end_col_offset, 1);
}
#define syntaxerror(tok, ...) error_range(tok, -1, -1, __VA_ARGS__)

/* The errors CPython's parser raises when it is handed the error token
 * (_Pypegen_tokenizer_error), with RAISE_ERROR_KNOWN_LOCATION's offsets. */
static int done_error(py__tok_state *tok, const char *type, const char *msg, int col_offset) {
    memcpy(tok->err.msg, msg, strlen(msg) + 1); /* short constant messages */
    return set_error(tok, type, col_offset + 1, 0, 0);
}

/* E_DEDENT and E_TOODEEP put the read position at the end of the line. */
static void skip_to_line_end(py__tok_state *tok) {
    const char *p = tok->line_start;
    while (*p != '\n') p++;
    tok->cur = p + 1;
    tok->pending_line = 1;
}

/* An IndentationError that CPython raises from the error token itself
 * (_PyPegen_raise_error on a token without a start: the offset is the
 * read position's byte column, and the end is -1).  As the parser's
 * errors, it counts characters only when the tokenizer knows the source's
 * encoding (a str, or a file that declares it; parse.c's str_chars). */
static int indent_error(py__tok_state *tok, const char *type, const char *msg) {
    memcpy(tok->err.msg, msg, strlen(msg) + 1); /* short constant messages */
    int col = (int)(tok->cur - tok->line_start);
    return set_error(tok, type, py__parse_str || py__parse_chars ? py__char_offset(tok->line_start, col) : col, -1, 0);
}

static int tabspace_error(py__tok_state *tok) {
    tok->cur = tok->end; /* as CPython's indenterror */
    return done_error(tok, "TabError", "inconsistent use of tabs and spaces in indentation", 0);
}

/* ---- characters of identifiers ------------------------------------------- */

static int is_id_start(int c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 128;
}
static int is_id_char(int c) {
    return is_id_start(c) || (c >= '0' && c <= '9');
}

/* Decodes one UTF-8 character at p (at most n bytes); *size gets its
 * length.  Invalid bytes decode as themselves, one at a time. */
static unsigned decode_utf8(const unsigned char *p, size_t n, int *size) {
    unsigned c = p[0];
    int len = c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
    if ((size_t)len > n) len = 1;
    if (len > 1) {
        unsigned v = c & (0x7F >> len);
        for (int i = 1; i < len; i++) {
            if ((p[i] & 0xC0) != 0x80) {
                *size = 1;
                return c;
            }
            v = v << 6 | (p[i] & 0x3F);
        }
        *size = len;
        return v;
    }
    *size = 1;
    return c;
}

/* Unicode's spaces other than ' ' and the format and control characters
 * CPython calls non-printable (str.isprintable is False). */
static int is_nonprintable(unsigned c) {
    return c < 0x20 || (c >= 0x7F && c <= 0xA0) || c == 0xAD || c == 0x1680 ||
           (c >= 0x2000 && c <= 0x200F) || (c >= 0x2028 && c <= 0x202F) ||
           (c >= 0x205F && c <= 0x206F) || c == 0x3000 || c == 0xFEFF ||
           (c >= 0xD800 && c <= 0xDFFF) || (c >= 0xE000 && c <= 0xF8FF) ||
           (c >= 0xFFF9 && c <= 0xFFFB) || c >= 0xF0000;
}

/* CPython's verify_identifier: the first character that may not be in
 * an identifier is an error, with the read position just after it. */
static int verify_identifier(py__tok_state *tok) {
    const unsigned char *p = (const unsigned char *)tok->start;
    const unsigned char *end = (const unsigned char *)tok->cur;
    int first = 1;
    while (p < end) {
        int size;
        unsigned c = decode_utf8(p, (size_t)(end - p), &size);
        int ok;
        if (c < 128) ok = first ? is_id_start((int)c) : is_id_char((int)c);
        else ok = first ? py_uc_isxid_start(c) : py_uc_isxid_continue(c); /* _PyUnicode_ScanIdentifier */
        if (!ok) {
            tok->cur = (const char *)p + size;
            if (c >= 128 && c < 0xC0 && size == 1) c = 0xFFFD; /* a stray byte */
            if (is_nonprintable(c)) return syntaxerror(tok, "invalid non-printable character U+%04X", c);
            char ch[5] = {0};
            memcpy(ch, p, (size_t)size);
            return syntaxerror(tok, "invalid character '%s' (U+%04X)", ch, c);
        }
        first = 0;
        p += size;
    }
    return 0;
}

/* ---- numbers ---------------------------------------------------------------- */

static int lookahead(py__tok_state *tok, const char *test) {
    const char *s = test;
    int res = 0;
    while (1) {
        int c = tok_nextc(tok);
        if (*s == 0) {
            res = !is_id_char(c);
        } else if (c == *s) {
            s++;
            continue;
        }
        tok_backup(tok, c);
        while (s != test) tok_backup(tok, *--s);
        return res;
    }
}

/* The SyntaxWarnings met since py_parse began (tokenize.h), in order:
 * the kind of literal ("decimal", "hexadecimal"...) and its line. */
static struct tok_warning { const char *kind; int lineno; } *warnings;
static int nwarnings, capwarnings;
int py__tok_warning_count(void) { return nwarnings; }
const char *py__tok_warning(int i, int *lineno) {
    *lineno = warnings[i].lineno;
    return warnings[i].kind;
}
void py__tok_warnings_clear(void) { nwarnings = 0; }
static void warn_number(py__tok_state *tok, const char *kind) {
    if (nwarnings == capwarnings) {
        int cap = capwarnings ? capwarnings * 2 : 8;
        struct tok_warning *n = realloc(warnings, cap * sizeof *n);
        if (!n) return; /* a warning lost, never the program */
        warnings = n;
        capwarnings = cap;
    }
    warnings[nwarnings].kind = kind;
    warnings[nwarnings++].lineno = tok->lineno;
}

/* A number may be followed by a keyword (1if x else y: CPython warns,
 * "invalid decimal literal", when it reads the number, so also for a number
 * after a parser error: check_rest); by any other identifier character it
 * is an error.  0 on error. */
static int verify_end_of_number(py__tok_state *tok, int c, const char *kind) {
    int r = 0;
    if (c == 'a') r = lookahead(tok, "nd");
    else if (c == 'e') r = lookahead(tok, "lse");
    else if (c == 'f') r = lookahead(tok, "or");
    else if (c == 'i') {
        int c2 = tok_nextc(tok);
        if (c2 == 'f' || c2 == 'n' || c2 == 's') r = 1;
        tok_backup(tok, c2);
    } else if (c == 'o') r = lookahead(tok, "r");
    else if (c == 'n') r = lookahead(tok, "ot");
    if (r) {
        warn_number(tok, kind);
        return 1;
    }
    /* only an ASCII one: a non-ASCII character after a number starts the
     * next token (3.11's tokenizer: 2\uff1a is an invalid character) */
    if (c < 128 && is_id_char(c)) {
        tok_backup(tok, c);
        syntaxerror(tok, "invalid %s literal", kind);
        return 0;
    }
    return 1;
}

/* Digits with single underscores between them; returns the character
 * after them, or 0 on error. */
static int tok_decimal_tail(py__tok_state *tok) {
    int c;
    while (1) {
        do c = tok_nextc(tok);
        while (isdigit(c));
        if (c != '_') break;
        c = tok_nextc(tok);
        if (!isdigit(c)) {
            tok_backup(tok, c);
            syntaxerror(tok, "invalid decimal literal");
            return 0;
        }
    }
    return c;
}

/* After the first digit c of a number; the token's kind. */
static int tok_number(py__tok_state *tok, int c, int frac) {
    if (frac) goto fraction;
    if (c == '0') {
        c = tok_nextc(tok);
        if (c == 'x' || c == 'X') {
            c = tok_nextc(tok);
            do {
                if (c == '_') c = tok_nextc(tok);
                if (!isxdigit(c)) {
                    tok_backup(tok, c);
                    return syntaxerror(tok, "invalid hexadecimal literal");
                }
                do c = tok_nextc(tok);
                while (isxdigit(c));
            } while (c == '_');
            if (!verify_end_of_number(tok, c, "hexadecimal")) return TK_ERROR;
        } else if (c == 'o' || c == 'O' || c == 'b' || c == 'B') {
            int octal = c == 'o' || c == 'O';
            char top = octal ? '8' : '2';
            const char *kind = octal ? "octal" : "binary";
            c = tok_nextc(tok);
            do {
                if (c == '_') c = tok_nextc(tok);
                if (c < '0' || c >= top) {
                    if (isdigit(c)) return syntaxerror(tok, "invalid digit '%c' in %s literal", c, kind);
                    tok_backup(tok, c);
                    return syntaxerror(tok, "invalid %s literal", kind);
                }
                do c = tok_nextc(tok);
                while (c >= '0' && c < top);
            } while (c == '_');
            if (isdigit(c)) return syntaxerror(tok, "invalid digit '%c' in %s literal", c, kind);
            if (!verify_end_of_number(tok, c, kind)) return TK_ERROR;
        } else {
            int nonzero = 0;
            while (1) {
                if (c == '_') {
                    c = tok_nextc(tok);
                    if (!isdigit(c)) {
                        tok_backup(tok, c);
                        return syntaxerror(tok, "invalid decimal literal");
                    }
                }
                if (c != '0') break;
                c = tok_nextc(tok);
            }
            const char *zeros_end = tok->cur;
            if (isdigit(c)) {
                nonzero = 1;
                c = tok_decimal_tail(tok);
                if (c == 0) return TK_ERROR;
            }
            if (c == '.') {
                c = tok_nextc(tok);
                goto fraction;
            } else if (c == 'e' || c == 'E') {
                goto exponent;
            } else if (c == 'j' || c == 'J') {
                goto imaginary;
            } else if (nonzero) {
                tok_backup(tok, c);
                /* CPython's syntaxerror_known_range here: byte offsets */
                return error_range(tok, (int)(tok->start - tok->line_start) + 1, (int)(zeros_end - tok->line_start),
                                   "leading zeros in decimal integer literals are not permitted; "
                                   "use an 0o prefix for octal integers");
            }
            if (!verify_end_of_number(tok, c, "decimal")) return TK_ERROR;
        }
        tok_backup(tok, c);
        return TK_NUMBER;
    }
    c = tok_decimal_tail(tok);
    if (c == 0) return TK_ERROR;
    if (c == '.') {
        c = tok_nextc(tok);
    fraction:
        if (isdigit(c)) {
            c = tok_decimal_tail(tok);
            if (c == 0) return TK_ERROR;
        }
    }
    if (c == 'e' || c == 'E') {
        int e;
    exponent:
        e = c;
        c = tok_nextc(tok);
        if (c == '+' || c == '-') {
            c = tok_nextc(tok);
            if (!isdigit(c)) {
                tok_backup(tok, c);
                return syntaxerror(tok, "invalid decimal literal");
            }
        } else if (!isdigit(c)) {
            tok_backup(tok, c);
            if (!verify_end_of_number(tok, e, "decimal")) return TK_ERROR;
            tok_backup(tok, e);
            return TK_NUMBER;
        }
        c = tok_decimal_tail(tok);
        if (c == 0) return TK_ERROR;
    }
    if (c == 'j' || c == 'J') {
    imaginary:
        c = tok_nextc(tok);
        if (!verify_end_of_number(tok, c, "imaginary")) return TK_ERROR;
    } else if (!verify_end_of_number(tok, c, "decimal")) {
        return TK_ERROR;
    }
    tok_backup(tok, c);
    return TK_NUMBER;
}

/* ---- strings ----------------------------------------------------------------- */

/* After the opening quote c (the prefix, if any, is read). */
static int tok_string(py__tok_state *tok, int quote) {
    int quote_size = 1, end_quote_size = 0, c;
    tok->first_lineno = tok->lineno;
    tok->multi_line_start = tok->line_start;
    c = tok_nextc(tok);
    if (c == quote) {
        c = tok_nextc(tok);
        if (c == quote) quote_size = 3;
        else end_quote_size = 1; /* the empty string */
    }
    if (c != quote) tok_backup(tok, c);
    while (end_quote_size != quote_size) {
        c = tok_nextc(tok);
        if (c == EOF_C || (quote_size == 1 && c == '\n')) {
            /* Reported from the opening quote. */
            int detected = tok->lineno;
            tok->cur = tok->start + 1;
            tok->line_start = tok->multi_line_start;
            tok->lineno = tok->first_lineno;
            tok->pending_line = 0;
            if (quote_size == 3)
                return syntaxerror(tok, "unterminated triple-quoted string literal (detected at line %d)", detected);
            return syntaxerror(tok, "unterminated string literal (detected at line %d)", detected);
        }
        if (c == quote) {
            end_quote_size++;
        } else {
            end_quote_size = 0;
            if (c == '\\') tok_nextc(tok);
        }
    }
    return TK_STRING;
}

/* ---- operators ---------------------------------------------------------------- */

/* The one- and two-character operators, as strings beside their kinds
 * (smaller than switches). */
static const char ops1[] = "()[]{}:,;+-*/|&<>=.%~^@";
static const unsigned char kinds1[] = {
    TK_LPAR, TK_RPAR, TK_LSQB, TK_RSQB, TK_LBRACE, TK_RBRACE, TK_COLON, TK_COMMA, TK_SEMI, TK_PLUS, TK_MINUS,
    TK_STAR, TK_SLASH, TK_VBAR, TK_AMPER, TK_LESS, TK_GREATER, TK_EQUAL, TK_DOT, TK_PERCENT, TK_TILDE, TK_CIRCUMFLEX, TK_AT};
static const char ops2[] = "!=%=&=***=+=-=->///=:=<<<=<>==>=>>@=^=|=";
static const unsigned char kinds2[] = {
    TK_NOTEQUAL, TK_PERCENTEQUAL, TK_AMPEREQUAL, TK_DOUBLESTAR, TK_STAREQUAL, TK_PLUSEQUAL, TK_MINEQUAL, TK_RARROW,
    TK_DOUBLESLASH, TK_SLASHEQUAL, TK_COLONEQUAL, TK_LEFTSHIFT, TK_LESSEQUAL, TK_NOTEQUAL, TK_EQEQUAL, TK_GREATEREQUAL,
    TK_RIGHTSHIFT, TK_ATEQUAL, TK_CIRCUMFLEXEQUAL, TK_VBAREQUAL};

static int one_char(int c) {
    const char *o = c ? strchr(ops1, c) : NULL;
    return o ? kinds1[o - ops1] : TK_OP;
}

static int two_chars(int c1, int c2) {
    /* the second character is '=', the first again, or '>' (ops2 is
     * sorted by its first characters) */
    if (c2 != '=' && c2 != c1 && c2 != '>') return TK_OP;
    for (int i = 0; ops2[i] && ops2[i] <= c1; i += 2)
        if (ops2[i] == c1 && ops2[i + 1] == c2) return kinds2[i / 2];
    return TK_OP;
}

static int three_chars(int c1, int c2, int c3) {
    if (c3 != '=' && !(c1 == '.' && c2 == '.' && c3 == '.')) return TK_OP;
    if (c1 == '*' && c2 == '*') return TK_DOUBLESTAREQUAL;
    if (c1 == '.' && c2 == '.') return TK_ELLIPSIS;
    if (c1 == '/' && c2 == '/') return TK_DOUBLESLASHEQUAL;
    if (c1 == '<' && c2 == '<') return TK_LEFTSHIFTEQUAL;
    if (c1 == '>' && c2 == '>') return TK_RIGHTSHIFTEQUAL;
    return TK_OP;
}

static int keyword(const char *s, size_t n) {
    int kind = KW_False;
    for (const char *k = keywords; *k; k += *k + 1, kind++)
        if ((size_t)*k == n && !memcmp(k + 1, s, n)) return kind;
    return TK_NAME;
}

/* A backslash was read: the line must end there. */
static int tok_continuation_line(py__tok_state *tok) {
    int c = tok_nextc(tok);
    if (c != '\n') {
        done_error(tok, "SyntaxError", "unexpected character after line continuation character",
                   (int)(tok->cur - tok->line_start) - 1);
        tok->err.offset = chars_before(tok->line_start, tok->cur);
        return -1;
    }
    c = tok_nextc(tok);
    if (c == EOF_C) {
        /* CPython: E_EOF with the read position at the end of the input */
        static const char eof[] = "unexpected EOF while parsing";
        memcpy(tok->err.msg, eof, sizeof eof);
        set_error(tok, "SyntaxError", chars_before(tok->line_start, tok->cur), -1, 0);
        tok->err.eof_in_brackets = tok->level > 0;
        return -1;
    }
    tok_backup(tok, c);
    return c;
}

/* ---- tok_get ------------------------------------------------------------------ */

static int tok_get(py__tok_state *tok) {
    int c, blankline;
nextline:
    tok->start = NULL;
    blankline = 0;
    if (tok->atbol) {
        /* Measure the indentation of a new line. */
        int col = 0, altcol = 0, cont_line_col = 0;
        tok->atbol = 0;
        for (;;) {
            c = tok_nextc(tok);
            if (c == ' ') col++, altcol++;
            else if (c == '\t') col = (col / 8 + 1) * 8, altcol++;
            else if (c == '\f') col = altcol = 0;
            else if (c == '\\') {
                cont_line_col = cont_line_col ? cont_line_col : col;
                if ((c = tok_continuation_line(tok)) == -1) return TK_ERROR;
            } else break;
        }
        tok_backup(tok, c);
        if (c == '#' || c == '\n') blankline = 1;
        if (!blankline && tok->level == 0) {
            col = cont_line_col ? cont_line_col : col;
            altcol = cont_line_col ? cont_line_col : altcol;
            if (col == tok->indstack[tok->indent]) {
                if (altcol != tok->altindstack[tok->indent]) return tabspace_error(tok);
            } else if (col > tok->indstack[tok->indent]) {
                if (tok->indent + 1 >= PY__MAXINDENT) {
                    skip_to_line_end(tok);
                    return done_error(tok, "IndentationError", "too many levels of indentation", 0);
                }
                if (altcol <= tok->altindstack[tok->indent]) return tabspace_error(tok);
                tok->pendin++;
                tok->indstack[++tok->indent] = col;
                tok->altindstack[tok->indent] = altcol;
            } else {
                while (tok->indent > 0 && col < tok->indstack[tok->indent]) {
                    tok->pendin--;
                    tok->indent--;
                }
                if (col != tok->indstack[tok->indent]) {
                    skip_to_line_end(tok);
                    return indent_error(tok, "IndentationError",
                                        "unindent does not match any outer indentation level");
                }
                if (altcol != tok->altindstack[tok->indent]) return tabspace_error(tok);
            }
        }
    }
    tok->start = tok->cur;
    if (tok->pendin != 0) {
        if (tok->pendin < 0) {
            tok->pendin++;
            return TK_DEDENT;
        }
        tok->pendin--;
        return TK_INDENT;
    }
again:
    tok->start = NULL;
    do c = tok_nextc(tok);
    while (c == ' ' || c == '\t' || c == '\f');
    tok->start = tok->cur - 1;
    if (c == '#')
        while (c != EOF_C && c != '\n') c = tok_nextc(tok);
    if (c == EOF_C) {
        tok->start = NULL;
        if (tok->level) {
            tok->err.eof_in_brackets = 1;
            tok->err.raised = 0;
            tok->done = 1;
            return TK_ERROR;
        }
        return TK_ENDMARKER;
    }
    if (is_id_start(c)) {
        /* The legal combinations of the b, r, u and f prefixes. */
        int saw_b = 0, saw_r = 0, saw_u = 0, saw_f = 0;
        while (1) {
            if (!(saw_b || saw_u || saw_f) && (c == 'b' || c == 'B')) saw_b = 1;
            else if (!(saw_b || saw_u || saw_r || saw_f) && (c == 'u' || c == 'U')) saw_u = 1;
            else if (!(saw_r || saw_u) && (c == 'r' || c == 'R')) saw_r = 1;
            else if (!(saw_f || saw_b || saw_u) && (c == 'f' || c == 'F')) saw_f = 1;
            else break;
            c = tok_nextc(tok);
            if (c == '"' || c == '\'') return tok_string(tok, c);
        }
        int nonascii = 0;
        while (is_id_char(c)) {
            if (c >= 128) nonascii = 1;
            c = tok_nextc(tok);
        }
        tok_backup(tok, c);
        if (nonascii && verify_identifier(tok) == TK_ERROR) return TK_ERROR;
        return keyword(tok->start, (size_t)(tok->cur - tok->start));
    }
    if (c == '\n') {
        tok->atbol = 1;
        if (blankline || tok->level > 0) goto nextline;
        tok->cont_line = 0;
        return TK_NEWLINE;
    }
    if (c == '.') {
        c = tok_nextc(tok);
        if (isdigit(c)) return tok_number(tok, c, 1);
        if (c == '.') {
            c = tok_nextc(tok);
            if (c == '.') return TK_ELLIPSIS;
            tok_backup(tok, c);
            tok_backup(tok, '.');
        } else {
            tok_backup(tok, c);
        }
        return TK_DOT;
    }
    if (isdigit(c)) return tok_number(tok, c, 0);
    if (c == '\'' || c == '"') return tok_string(tok, c);
    if (c == '\\') {
        if ((c = tok_continuation_line(tok)) == -1) return TK_ERROR;
        tok->cont_line = 1;
        goto again;
    }
    {
        int c2 = tok_nextc(tok);
        int token = two_chars(c, c2);
        if (token != TK_OP) {
            int c3 = tok_nextc(tok);
            int token3 = three_chars(c, c2, c3);
            if (token3 != TK_OP) token = token3;
            else tok_backup(tok, c3);
            return token;
        }
        tok_backup(tok, c2);
    }
    switch (c) {
    case '(':
    case '[':
    case '{':
        if (tok->level >= PY__MAXLEVEL) return syntaxerror(tok, "too many nested parentheses");
        tok->parenstack[tok->level] = (char)c;
        tok->parenlinenostack[tok->level] = tok->lineno;
        tok->parencolstack[tok->level] = (int)(tok->start - tok->line_start);
        tok->level++;
        break;
    case ')':
    case ']':
    case '}': {
        if (!tok->level) return syntaxerror(tok, "unmatched '%c'", c);
        tok->level--;
        int opening = tok->parenstack[tok->level];
        if (!((opening == '(' && c == ')') || (opening == '[' && c == ']') || (opening == '{' && c == '}'))) {
            if (tok->parenlinenostack[tok->level] != tok->lineno)
                return syntaxerror(tok, "closing parenthesis '%c' does not match opening parenthesis '%c' on line %d",
                                   c, opening, tok->parenlinenostack[tok->level]);
            return syntaxerror(tok, "closing parenthesis '%c' does not match opening parenthesis '%c'", c, opening);
        }
        break;
    }
    }
    if (c < 0x20 || c == 0x7F) return syntaxerror(tok, "invalid non-printable character U+%04X", c);
    return one_char(c);
}

int py__tok_get(py__tok_state *tok, py__token *t) {
    if (tok->done && tok->err.type) {
        t->kind = TK_ERROR;
        return TK_ERROR;
    }
    int level = tok->level;
    int kind = tok_get(tok);
    memset(t, 0, sizeof *t);
    t->kind = kind;
    t->level = level;
    t->lineno = kind == TK_STRING ? tok->first_lineno : tok->lineno;
    t->end_lineno = tok->lineno;
    if (kind == TK_INDENT || kind == TK_DEDENT || kind == TK_ENDMARKER || kind == TK_ERROR || !tok->start) {
        t->start = NULL;
        t->col = t->end_col = -1;
    } else {
        t->start = tok->start;
        t->len = (size_t)(tok->cur - tok->start);
        if (kind == TK_NEWLINE) t->len = 0;
        const char *ls = kind == TK_STRING ? tok->multi_line_start : tok->line_start;
        t->col = (int)(tok->start - ls);
        t->end_col = (int)(tok->cur - tok->line_start);
        /* NEWLINE ends before its '\n', as CPython's: where it starts, or
         * after the comment it starts with */
        if (kind == TK_NEWLINE) t->end_col = (int)(tok->cur - 1 - tok->line_start);
    }
    if (kind == TK_ERROR || kind == TK_ENDMARKER) tok->done = 1;
    if (kind == TK_ERROR && !tok->err.type) {
        /* EOF inside brackets: the parser reports which was never closed. */
        tok->err.type = "SyntaxError";
        tok->err.eof_in_brackets = 1;
    }
    return kind;
}
