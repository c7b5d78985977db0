/*
 * fuzz_parser.c -- a fuzz target for the Python front end: any bytes are a
 * program.  py_parse must return a tree or a SyntaxError whose fields are
 * sane; a tree must survive py_check and pyast_dump; nothing may crash,
 * leak or hang (libFuzzer's -timeout), whatever the nesting or size.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "parse.h"

static void check_error(const py_syntax_error *e) {
    if (!e->type) abort();
    if (strcmp(e->type, "SyntaxError") && strcmp(e->type, "IndentationError") && strcmp(e->type, "TabError") &&
        strcmp(e->type, "MemoryError") && strcmp(e->type, "RecursionError"))
        abort();
    if (!strcmp(e->type, "SyntaxError") && !e->msg[0]) abort();
    if (memchr(e->msg, 0, sizeof e->msg) == NULL) abort();
    if (e->text) (void)strlen(e->text);
    if (e->lineno != PY_SE_NONE && e->lineno < 0) abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    py_arena *a = pyarena_new();
    if (!a) return 0;
    py_syntax_error err;
    pyast_module *m = py_parse(a, (const char *)data, size, "fuzz.py", &err);
    if (!m) {
        check_error(&err);
    } else {
        char *dump = pyast_dump(m, 1);
        if (!dump || strncmp(dump, "Module(body=[", 13)) abort();
        free(dump);
        if (py_check(a, m, (const char *)data, size, &err) < 0) check_error(&err);
    }
    pyarena_free(a);
    return 0;
}
