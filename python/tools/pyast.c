/*
 * pyast.c -- the front end on its own: reads a Python program from a file
 * (or stdin with "-" or no argument) and prints what CPython 3.11 prints for
 *
 *   print(ast.dump(ast.parse(src)))                      (default)
 *   print(ast.dump(ast.parse(src), include_attributes=True))   (-a)
 *
 * or, when the program does not compile (-c also runs py_check, the
 * symbol table's and compiler's checks), the SyntaxError's fields as
 *
 *   TYPE MSG LINENO OFFSET END_LINENO END_OFFSET TEXT
 *
 * -w (with -c) first prints the compiler's warnings, one a line:
 *
 *   CATEGORY LINENO MSG
 *
 * -s KB parses (and checks) on a thread with a stack of KB KiB and prints
 * only "ok" or the error: the front end's stack use, measured.
 *
 * with MSG and TEXT as Python's repr() shows them (for the characters
 * errors carry: ASCII escapes and Latin-1's non-printable ones).  Exit
 * status: 0 when parsed, 1 on a SyntaxError, 2 on a usage or I/O error.
 */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "parse.h"

static void put_repr(const char *s) {
    if (!s) {
        fputs("None", stdout);
        return;
    }
    int q = strchr(s, '\'') && !strchr(s, '"') ? '"' : '\'';
    putchar(q);
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        if (*p == '\\' || *p == q) printf("\\%c", *p);
        else if (*p == '\n') fputs("\\n", stdout);
        else if (*p == '\t') fputs("\\t", stdout);
        else if (*p == '\r') fputs("\\r", stdout);
        else if (*p < 0x20 || *p == 0x7f) printf("\\x%02x", *p);
        else if (*p == 0xC2 && (p[1] < 0xA1 || p[1] == 0xAD) && p[1] >= 0x80) printf("\\x%02x", *++p);
        else if (*p >= 0xC2 && *p <= 0xF4) {
            /* a UTF-8 sequence, whole */
            int n = *p >= 0xF0 ? 3 : *p >= 0xE0 ? 2 : 1;
            putchar(*p);
            for (; n > 0 && (p[1] & 0xC0) == 0x80; n--) putchar(*++p);
        } else if (*p >= 0x80) printf("\\udc%02x", *p); /* not UTF-8 */
        else putchar(*p);
    }
    putchar(q);
}

static void put_pos(int v) {
    if (v == PY_SE_NONE) fputs(" None", stdout);
    else printf(" %d", v);
}

/* The parse on a thread of its own (-s). */
typedef struct job {
    const char *src;
    size_t len;
    const char *path;
    int check;
    py_arena *a;
    py_syntax_error err;
    pyast_module *m;
} job;
static void *run_job(void *arg) {
    job *j = arg;
    j->m = py_parse(j->a, j->src, j->len, j->path, &j->err);
    if (j->m && j->check && py_check(j->a, j->m, j->src, j->len, &j->err) < 0) j->m = NULL;
    return NULL;
}

int main(int argc, char **argv) {
    int attrs = 0, check = 0, warnings = 0;
    long stack_kb = 0;
    const char *path = NULL;
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "-a")) attrs = 1;
        else if (!strcmp(argv[i], "-c")) check = 1;
        else if (!strcmp(argv[i], "-w")) warnings = 1;
        else if (!strcmp(argv[i], "-s") && i + 1 < argc) stack_kb = atol(argv[++i]);
        else if (!path) path = argv[i];
        else {
            fprintf(stderr, "usage: pyast [-a] [-c [-w]] [-s KB] [file.py | -]\n");
            return 2;
        }
    }
    FILE *f = stdin;
    if (path && strcmp(path, "-")) {
        f = fopen(path, "rb");
        if (!f) {
            perror(path);
            return 2;
        }
    }
    size_t len = 0, cap = 4096;
    char *src = malloc(cap);
    for (size_t n; src && (n = fread(src + len, 1, cap - len, f)) > 0;) {
        len += n;
        if (len == cap) {
            char *bigger = realloc(src, cap *= 2);
            if (!bigger) free(src);
            src = bigger;
        }
    }
    if (f != stdin) fclose(f);
    if (!src) {
        fprintf(stderr, "pyast: out of memory\n");
        return 2;
    }
    py_arena *a = pyarena_new();
    py_syntax_error err;
    pyast_module *m = NULL;
    int status = 0;
    if (a && stack_kb > 0) {
        job j = {src, len, path ? path : "<stdin>", check, a, {0}, NULL};
        pthread_attr_t attr;
        pthread_t t;
        pthread_attr_init(&attr);
        if (pthread_attr_setstacksize(&attr, (size_t)stack_kb * 1024) || pthread_create(&t, &attr, run_job, &j)) {
            fprintf(stderr, "pyast: cannot start a thread with a %ld KiB stack\n", stack_kb);
            return 2;
        }
        pthread_join(t, NULL);
        pthread_attr_destroy(&attr);
        m = j.m;
        err = j.err;
        if (m) {
            puts("ok");
            pyarena_free(a);
            free(src);
            return 0;
        }
    } else if (a) {
        m = py_parse(a, src, len, path ? path : "<stdin>", &err);
        py_warnings w = {0};
        if (m && check && py_check_warn(a, m, src, len, &err, warnings ? &w : NULL, NULL) < 0) m = NULL;
        for (int i = 0; i < w.n; i++) {
            printf("%s %d ", w.items[i].category, w.items[i].lineno);
            put_repr(w.items[i].msg);
            putchar('\n');
        }
    }
    if (m) {
        char *dump = pyast_dump(m, attrs);
        if (dump) {
            puts(dump);
            free(dump);
        } else {
            fprintf(stderr, "pyast: out of memory\n");
            status = 2;
        }
    } else if (!a) {
        fprintf(stderr, "pyast: out of memory\n");
        status = 2;
    } else {
        fputs(err.type, stdout);
        putchar(' ');
        put_repr(err.msg);
        put_pos(err.lineno);
        put_pos(err.offset);
        put_pos(err.end_lineno);
        put_pos(err.end_offset);
        putchar(' ');
        put_repr(err.text);
        putchar('\n');
        status = 1;
    }
    pyarena_free(a);
    free(src);
    return status;
}
