/*
 * parse.c -- the recursive-descent parser of casyncio's Python (being
 * written: for now every program is refused).
 */
#include <stdio.h>
#include <string.h>

#include "parse.h"

pyast_module *py_parse(py_arena *a, const char *src, size_t len, const char *filename,
                       py_syntax_error *err) {
    memset(err, 0, sizeof *err);
    err->type = "SyntaxError";
    snprintf(err->msg, sizeof err->msg, "the parser is not written yet");
    err->lineno = 1;
    err->offset = 1;
    err->end_lineno = 1;
    err->end_offset = 1;
    err->text = NULL;
    return NULL;
}

int py_check(py_arena *a, const pyast_module *m, const char *src, size_t len,
             py_syntax_error *err) {
    return 0;
}
