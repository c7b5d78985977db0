/*
 * modules.c -- the small modules: sys, time, random (CPython's Mersenne
 * Twister, exactly), math, functools, operator, typing, dataclasses, gc
 * and a minimal os (environ).  asyncio has its own file.
 */
#include <float.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <limits.h>
#include <ctype.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "casyncio.h"
#include "parse.h"
#include "py.h"
#ifndef __EMSCRIPTEN__ /* in wasm the host gives their text (see "The library's modules") */
#include "dataclasses.py.h"
#include "itertools.py.h"
#include "functools.py.h"
#include "stdlib.py.h"
#endif

#define F(name) static py_obj *name(py_obj *self, py_obj *const *args, size_t nargs, py_obj *kw)

static py_obj *new_module(const char *name, const py_methoddef *defs) {
    py_obj *m = py_module_new(name);
    if (m && defs) py_module_add_methods(m, defs);
    return m;
}
static void mod_set(py_obj *m, const char *name, py_obj *v) {
    py_dict_set_s(((py_module *)m)->dict, name, v);
    py_decref(v);
}

/* A float argument (math's): a float, an int, or an object with
 * __float__ (or __index__), as CPython's PyFloat_AsDouble */
static double arg_float(py_obj *o, int *ok) {
    double d = py_float_val(o, ok);
    if (!*ok && py_err_matches(py_exc_TypeError)) {
        py_err_clear();
        py_obj *m = py_type_lookup_s(PY_TYPE(o), "__float__"), *x = NULL;
        int index = !m && (m = py_type_lookup_s(PY_TYPE(o), "__index__")) != NULL;
        if (!m) {
            py_err_set(py_exc_TypeError, "must be real number, not %s", py_type_name(o));
            return 0;
        }
        py_obj *b = m->type->descr_get ? m->type->descr_get(m, o, (py_obj *)PY_TYPE(o)) : py_incref(m);
        x = b ? py_call(b, NULL, 0, NULL) : NULL;
        py_xdecref(b);
        if (x && !(index ? PY_CHECK_INT(x) : PY_CHECK_FLOAT(x))) {
            py_err_set(py_exc_TypeError, "%s.%s returned non-%s (type %s)", py_type_name(o), index ? "__index__" : "__float__",
                       index ? "int" : "float", py_type_name(x));
            PY_CLEAR(x);
        }
        d = x ? py_float_val(x, ok) : 0;
        *ok = x && *ok;
        py_xdecref(x);
    }
    return d;
}

/* ---- sys ----------------------------------------------------------------------- */

typedef struct { py_obj ob; int fd; int closed; } stream_obj;
/* close(): what it does after is CPython's ValueError (print() to it too) */
static int stream_open(py_obj *self) {
    if (!((stream_obj *)self)->closed) return 1;
    py_err_set(py_exc_ValueError, "I/O operation on closed file.");
    return 0;
}
static py_obj *stream_write(py_obj *self, py_obj *const *args, size_t nargs, py_obj *kw) {
    if (!stream_open(self) || py__std_write_check() < 0) return NULL;
    if (nargs != 1 || !PY_IS_STR(args[0]))
        return py_err_set(py_exc_TypeError, "write() argument must be str, not %s", nargs ? py_type_name(args[0]) : "nothing");
    /* lone surrogates: stdout's surrogateescape, stderr's backslashreplace (CPython's in a UTF-8 locale) */
    int fd = ((stream_obj *)self)->fd;
    py_buf b = {0};
    int r = py__utf8_encode_into(args[0], fd == 2 ? 3 : 6, &b);
    if (r < 0) return NULL;
    if (r) py_write(fd, b.data ? b.data : "", b.len);
    else py_write(fd, py_s(args[0]), py_slen(args[0]));
    py_buf_free(&b);
    return py_int((int64_t)((py_strobj *)args[0])->n);
}
static py_obj *stream_flush(py_obj *self, py_obj *const *args, size_t nargs, py_obj *kw) {
    if (!stream_open(self)) return NULL;
    if (((stream_obj *)self)->fd == 1 && !py__interp.ndjson) py_out_flush();
    return py_none();
}
static py_obj *stream_close(py_obj *self, py_obj *const *args, size_t nargs, py_obj *kw) {
    if (nargs) return py_err_set(py_exc_TypeError, "TextIOWrapper.close() takes no arguments (%d given)", (int)nargs);
    stream_obj *st = (stream_obj *)self;
    if (!st->closed && st->fd == 1 && !py__interp.ndjson) py_out_flush();
    st->closed = 1;
    return py_none();
}
static py_obj *stream_repr(py_obj *o) {
    int fd = ((stream_obj *)o)->fd;
    return py_str_fmt("<_io.TextIOWrapper name='<%s>' mode='%c' encoding='utf-8'>", fd == 0 ? "stdin" : fd == 1 ? "stdout" : "stderr",
                      fd == 0 ? 'r' : 'w');
}
extern py_obj *py__read_line(void);
py_obj *py__str_from_stream(const char *s, size_t n); /* str.c */
extern int py__read_line_nl;
extern char *py__stdin_pend;
extern size_t py__stdin_pend_len;
/* The next line of stdin with its newline ('' at EOF), as CPython's readline(). */
static py_obj *stdin_line(void) {
    py_obj *l = py__read_line();
    if (!l) return py_err_occurred() ? NULL : py_str_new("", 0);
    if (!py__read_line_nl) return l;
    py_obj *nl = py_str_c("\n");
    py_obj *r = py_str_concat(l, nl);
    py_decref(l);
    py_decref(nl);
    return r;
}
/* A size argument of read()/readline(): -1 for none (None or negative). */
static int stdin_size(const char *fn, py_obj *const *args, size_t nargs, int64_t *size) {
    *size = -1;
    if (nargs > 1) { py_err_set(py_exc_TypeError, "%s expected at most 1 argument, got %d", fn, (int)nargs); return -1; }
    if (!nargs || args[0] == PY_NONE) return 0;
    if (!PY_CHECK_INT(args[0])) {
        py_err_set(py_exc_TypeError, "argument should be integer or None, not '%s'", py_type_name(args[0]));
        return -1;
    }
    int ok;
    *size = py_index(args[0], &ok);
    return ok ? 0 : -1;
}
/* Keeps what follows the first `size` characters of `s` for the next read; returns the rest. */
static py_obj *stdin_cut(py_obj *s, int64_t size) {
    if (size < 0 || (size_t)size >= ((py_strobj *)s)->n) return s;
    const char *p = py_s(s);
    size_t i = 0, len = py_slen(s);
    for (int64_t k = 0; k < size; k++)
        do i++; while (i < len && ((unsigned char)p[i] & 0xC0) == 0x80);
    size_t rest = len - i;
    char *pend = malloc(rest + py__stdin_pend_len);
    if (!pend) { py_decref(s); return py_err_set(py_exc_MemoryError, "out of memory"); }
    memcpy(pend, p + i, rest);
    if (py__stdin_pend) { memcpy(pend + rest, py__stdin_pend, py__stdin_pend_len); free(py__stdin_pend); }
    py__stdin_pend = pend;
    py__stdin_pend_len += rest;
    py_obj *r = py_str_new(p, i);
    py_decref(s);
    return r;
}
static int stream_is_stdin(py_obj *self, const char *fn) {
    if (!stream_open(self)) return 0;
    if (((stream_obj *)self)->fd == 0) return 1;
    py_err_set(py_exc_NotImplementedError, "%s() of sys.stdout or sys.stderr (io.UnsupportedOperation: not readable) is not supported by casyncio's Python", fn);
    return 0;
}
static py_obj *stream_readline(py_obj *self, py_obj *const *args, size_t nargs, py_obj *kw) {
    int64_t size;
    if (!stream_is_stdin(self, "readline") || stdin_size("readline", args, nargs, &size) < 0) return NULL;
    if (size == 0) return py_str_new("", 0);
    py_obj *l = stdin_line();
    return l ? stdin_cut(l, size) : NULL;
}
static py_obj *stream_read(py_obj *self, py_obj *const *args, size_t nargs, py_obj *kw) {
    int64_t size;
    if (!stream_is_stdin(self, "read") || stdin_size("read", args, nargs, &size) < 0) return NULL;
    py_buf b = {0};
    size_t chars = 0;
    while (size < 0 || chars < (size_t)size) {
        py_obj *l = stdin_line();
        if (!l) { py_buf_free(&b); return NULL; }
        size_t n = ((py_strobj *)l)->n;
        if (!n) { py_decref(l); break; }
        if (size >= 0 && chars + n > (size_t)size) {
            l = stdin_cut(l, size - (int64_t)chars);
            if (!l) { py_buf_free(&b); return NULL; }
            n = ((py_strobj *)l)->n;
        }
        py_buf_put(&b, py_s(l), py_slen(l));
        chars += n;
        py_decref(l);
    }
    if (!b.data) return py_str_new("", 0);
    return py_str_from_buf(&b);
}
static py_obj *stream_readlines(py_obj *self, py_obj *const *args, size_t nargs, py_obj *kw) {
    if (!stream_is_stdin(self, "readlines")) return NULL;
    if (nargs) return py_err_set(py_exc_NotImplementedError, "sys.stdin.readlines(hint) is not supported by casyncio's Python");
    py_obj *list = py_list_new(0);
    while (list) {
        py_obj *l = stdin_line();
        if (!l) { py_decref(list); return NULL; }
        if (!py_slen(l)) { py_decref(l); break; }
        int r = py_list_append(list, l);
        py_decref(l);
        if (r < 0) { py_decref(list); return NULL; }
    }
    return list;
}
static py_obj *stream_iter(py_obj *o) { return py_incref(o); }
static py_obj *stream_next(py_obj *o) {
    if (!stream_is_stdin(o, "__next__")) return NULL;
    py_obj *l = stdin_line();
    if (l && !py_slen(l)) { py_decref(l); return NULL; }
    return l;
}
/* isatty(): natively the descriptor's; in wasm False (a page or the CLI's pipe) */
static py_obj *stream_isatty(py_obj *self, py_obj *const *args, size_t nargs, py_obj *kw) {
    if (!stream_open(self)) return NULL;
#ifdef __EMSCRIPTEN__
    return py_bool(0);
#else
    return py_bool(isatty(((stream_obj *)self)->fd));
#endif
}
static py_obj *stream_fileno(py_obj *self, py_obj *const *args, size_t nargs, py_obj *kw) {
    if (!stream_open(self)) return NULL;
    return py_int(((stream_obj *)self)->fd);
}
/* writelines(lines): each as write() writes it, until one is not a str */
static py_obj *stream_writelines(py_obj *self, py_obj *const *args, size_t nargs, py_obj *kw) {
    if (nargs != 1) return py_err_set(py_exc_TypeError, "_IOBase.writelines() takes exactly one argument (%d given)", (int)nargs);
    py_obj *it = py_iter(args[0]), *x, *r = it;
    while (r && (x = py_next(it))) {
        r = stream_write(self, &x, 1, NULL);
        py_decref(x);
        py_xdecref(r);
    }
    py_xdecref(it);
    return r && !py_err_occurred() ? py_none() : NULL;
}
static py_obj *stream_readable(py_obj *self, py_obj *const *args, size_t nargs, py_obj *kw) {
    return stream_open(self) ? py_bool(((stream_obj *)self)->fd == 0) : NULL;
}
static py_obj *stream_writable(py_obj *self, py_obj *const *args, size_t nargs, py_obj *kw) {
    return stream_open(self) ? py_bool(((stream_obj *)self)->fd != 0) : NULL;
}
static const py_methoddef stream_methods[] = {
    { "isatty", stream_isatty, PY_METH_NOKW }, { "fileno", stream_fileno, PY_METH_NOKW }, { "writelines", stream_writelines, 0 },
    { "readable", stream_readable, PY_METH_NOKW }, { "writable", stream_writable, PY_METH_NOKW },
    { "write", stream_write, 0 }, { "flush", stream_flush, 0 }, { "close", stream_close, 0 }, { "readline", stream_readline, 0 },
    { "read", stream_read, 0 }, { "readlines", stream_readlines, 0 }, { NULL, NULL, 0 },
};
/* its name: '<stdin>', '<stdout>', '<stderr>' (a StreamHandler's repr shows it) */
static py_obj *stream_name(py_obj *o) {
    int fd = ((stream_obj *)o)->fd;
    return py_str_c(fd == 0 ? "<stdin>" : fd == 1 ? "<stdout>" : "<stderr>");
}
static py_obj *stream_encoding(py_obj *o) { return py_str_c("utf-8"); }
/* its error handler: stdin's and stdout's surrogateescape, stderr's backslashreplace (CPython's UTF-8 mode) */
static py_obj *stream_errors(py_obj *o) { return py_str_c(((stream_obj *)o)->fd == 2 ? "backslashreplace" : "surrogateescape"); }
static py_obj *stream_closed(py_obj *o) { return py_bool(((stream_obj *)o)->closed); }
static const py_getsetdef stream_getset[] = { { "name", stream_name, NULL }, { "encoding", stream_encoding, NULL }, { "errors", stream_errors, NULL },
    { "closed", stream_closed, NULL }, { NULL, NULL, NULL } };
static py_type stream_type = { {PY_IMMORTAL, &py_type_type}, "_io.TextIOWrapper", .size = sizeof(stream_obj),
    .repr = stream_repr, .iter = stream_iter, .next = stream_next, .methods = stream_methods, .getset = stream_getset };
static py_obj *stream_new(int fd) {
    py__type_ready(&stream_type);
    stream_obj *s = (stream_obj *)py_alloc(&stream_type);
    if (s) s->fd = fd;
    return (py_obj *)s;
}

/* 1 or 2: o is the interpreter's own sys.stdout or sys.stderr (print
 * writes a whole line to it at once: one print event); else 0 */
int py__std_stream_fd(py_obj *o) { return PY_TYPE(o) == &stream_type ? ((stream_obj *)o)->fd : 0; }
/* Whether sys.NAME is one of the standard streams, closed */
int py__std_closed(const char *name) {
    py_obj *sys = py__interp.modules ? py_dict_get_s(py__interp.modules, "sys") : NULL;
    py_obj *o = sys && PY_TYPE(sys) == &py_module_type ? py_dict_get_s(((py_module *)sys)->dict, name) : NULL;
    return o && PY_TYPE(o) == &stream_type && ((stream_obj *)o)->closed;
}
py_obj *py__sys_stdout(int *none) {
    py_obj *sys = py__interp.modules ? py_dict_get_s(py__interp.modules, "sys") : NULL;
    py_obj *o = sys && PY_TYPE(sys) == &py_module_type ? py_dict_get_s(((py_module *)sys)->dict, "stdout") : NULL;
    if (o == PY_NONE) *none = -1;
    /* (closed: print() goes through its write(), which says so) */
    if (!o || o == PY_NONE || (PY_TYPE(o) == &stream_type && ((stream_obj *)o)->fd == 1 && !((stream_obj *)o)->closed)) return NULL;
    return o;
}

F(sys_exit) {
    /* PyErr_SetObject(SystemExit, None): SystemExit() with no args */
    py_obj *t = py_tuple_from(args, nargs && args[0] == PY_NONE ? 0 : nargs);
    py_obj *e = t ? py_exc_new(py_exc_SystemExit, t) : NULL;
    py_xdecref(t);
    if (!e) return NULL;
    py_dict_set_s(((py_exc *)e)->dict, "code", nargs ? args[0] : PY_NONE);
    py_err_set_exc(e);
    return NULL;
}
/* 0, or -1 with CPython's TypeError when sys.name() is given arguments */
static int sys_no_args(const char *name, size_t nargs, py_obj *kw) {
    if (kw) py_err_set(py_exc_TypeError, "sys.%s() takes no keyword arguments", name);
    else if (nargs) py_err_set(py_exc_TypeError, "sys.%s() takes no arguments (%d given)", name, (int)nargs);
    return nargs || kw ? -1 : 0;
}
F(sys_getrecursionlimit) { return sys_no_args("getrecursionlimit", nargs, kw) < 0 ? NULL : py_int(py__recursion_limit); }
F(sys_getdefaultencoding) { return sys_no_args("getdefaultencoding", nargs, kw) < 0 ? NULL : py_str_c("utf-8"); }
F(sys_getfilesystemencoding) { return sys_no_args("getfilesystemencoding", nargs, kw) < 0 ? NULL : py_str_c("utf-8"); }
F(sys_getfilesystemencodeerrors) {
    return sys_no_args("getfilesystemencodeerrors", nargs, kw) < 0 ? NULL : py_str_c("surrogateescape");
}
/* sys.getswitchinterval() and setswitchinterval(): CPython's value, kept
 * in whole microseconds as CPython's; threads here switch only where they
 * wait, so it changes nothing else (docs/python.md, "Threads") */
static unsigned long switch_us = 5000;
F(sys_getswitchinterval) { return sys_no_args("getswitchinterval", nargs, kw) < 0 ? NULL : py_float(1e-6 * (double)switch_us); }
F(sys_setswitchinterval) {
    if (kw && PY_TLEN(kw)) return py_err_set(py_exc_TypeError, "sys.setswitchinterval() takes no keyword arguments");
    if (nargs != 1) return py_err_set(py_exc_TypeError, "sys.setswitchinterval() takes exactly one argument (%d given)", (int)nargs);
    int ok;
    double v = py_float_val(args[0], &ok);
    if (!ok) return NULL;
    if (v <= 0.0) return py_err_set(py_exc_ValueError, "switch interval must be strictly positive");
    switch_us = (unsigned long)(1e6 * v);
    return py_none();
}
F(sys_is_finalizing) { return sys_no_args("is_finalizing", nargs, kw) < 0 ? NULL : py_bool(py__finalizing == 1); }
/* the limit on digits of int <-> str conversions (num.c), CPython 3.11's */
F(sys_get_int_max_str_digits) {
    if (nargs) return py_err_set(py_exc_TypeError, "sys.get_int_max_str_digits() takes no arguments (%d given)", (int)nargs);
    return py_int(py__int_max_str_digits());
}
/* sys's setters of one int argument named name (positional or keyword):
 * its value, or -1 with the error CPython gives for another type or a
 * number beyond a C int. */
static int int_setting(const char *fname, const char *name, py_obj *const *args, size_t nargs, py_obj *kw, int64_t *out) {
    const char *const names[] = { name, NULL };
    py_obj *a[1];
    if (py_args(fname, args, nargs, kw, 1, 1, names, a) < 0) return -1;
    if (!PY_IS_INT(a[0])) {
        py_err_set(py_exc_TypeError, "'%s' object cannot be interpreted as an integer", py_type_name(a[0]));
        return -1;
    }
    int ov = 0;
    *out = py_int_val(a[0], &ov);
    if (ov) {
        py_err_set(py_exc_OverflowError, "Python int too large to convert to C int");
        return -1;
    }
    return 0;
}
F(sys_set_int_max_str_digits) {
    int64_t n;
    if (int_setting("set_int_max_str_digits", "maxdigits", args, nargs, kw, &n) < 0 || py__set_int_max_str_digits(n) < 0) return NULL;
    return py_none();
}
F(sys_setrecursionlimit) {
    if (nargs != 1) return py_err_set(py_exc_TypeError, "sys.setrecursionlimit() takes exactly one argument (%d given)", (int)nargs);
    if (PY_IS_FLOAT(args[0])) return py_err_set(py_exc_TypeError, "'float' object cannot be interpreted as an integer");
    int ok;
    int64_t n = py_index(args[0], &ok);
    if (!ok) return NULL;
    if (n < 1) return py_err_set(py_exc_ValueError, "recursion limit must be greater or equal than 1");
    if (n > INT32_MAX) return py_err_set(py_exc_OverflowError, "Python int too large to convert to C int");
    int depth = py__recursion_depth() + 1; /* the call of setrecursionlimit itself counts (a METH_O builtin) */
    if (n <= depth)
        return py_err_set(py_exc_RecursionError, "cannot set the recursion limit to %d at the recursion depth %d: the limit is too low", (int)n, depth);
    py__recursion_limit = (int)n;
    return py_none();
}
/* the exception being handled, or None (3.11's sys.exception()) */
F(sys_exception) {
    if (sys_no_args("exception", nargs, kw) < 0) return NULL;
    /* asyncio.run's cleanup after main failed runs handling that (CPython's Runner.__exit__) */
    py_obj *h = py__ts->handled ? py__ts->handled : py__exit_context();
    return py_incref(h ? h : PY_NONE);
}
F(sys_exc_info) {
    if (sys_no_args("exc_info", nargs, kw) < 0) return NULL;
    py_obj *h = py__ts->handled ? py__ts->handled : py__exit_context();
    if (!h) return py_tuple_pack(3, PY_NONE, PY_NONE, PY_NONE);
    py_obj *tb = ((py_exc *)h)->tb ? ((py_exc *)h)->tb : PY_NONE;
    return py_tuple_pack(3, (py_obj *)PY_TYPE(h), h, tb);
}
/* coroutine origin tracking (eval.c, coro_origin) */
extern int py__origin_depth;
F(sys_get_coroutine_origin_tracking_depth) {
    if (nargs || kw) return py_err_set(py_exc_TypeError, "get_coroutine_origin_tracking_depth() takes no arguments");
    return py_int(py__origin_depth);
}
F(sys_set_coroutine_origin_tracking_depth) {
    int64_t n;
    if (int_setting("set_coroutine_origin_tracking_depth", "depth", args, nargs, kw, &n) < 0) return NULL;
    if (n > INT32_MAX || n < INT32_MIN) return py_err_set(py_exc_OverflowError, "Python int too large to convert to C int");
    if (n < 0) return py_err_set(py_exc_ValueError, "depth must be >= 0");
    py__origin_depth = (int)n;
    return py_none();
}
/* sys.excepthook(type, value, traceback), and sys.__excepthook__: prints
 * the traceback as for an uncaught exception (run.c calls the hook a
 * program sets instead, py__report_uncaught) */
F(sys_excepthook) {
    if (kw) return py_err_set(py_exc_TypeError, "sys.excepthook() takes no keyword arguments");
    if (nargs != 3) return py_err_set(py_exc_TypeError, "excepthook expected 3 arguments, got %d", (int)nargs);
    py_print_exception(args[1], 2);
    return py_none();
}
/* sys.unraisablehook(unraisable), and sys.__unraisablehook__: prints as
 * CPython's default hook (exc.c calls the hook a program sets instead,
 * py__write_unraisable_msg) */
F(sys_unraisablehook) {
    if (kw || nargs != 1) return py_err_set(py_exc_TypeError, "sys.unraisablehook() takes exactly one argument (%d given)", (int)nargs);
    py_obj *v = py_getattr(args[0], py_str_intern("exc_value"));
    py_obj *m = v ? py_getattr(args[0], py_str_intern("err_msg")) : NULL;
    py_obj *o = m ? py_getattr(args[0], py_str_intern("object")) : NULL;
    if (o) py__print_unraisable_report(PY_IS_STR(m) ? py_s(m) : NULL, o, v && PY_IS_EXC(v) ? v : NULL);
    py_xdecref(v);
    py_xdecref(m);
    if (!o) return NULL;
    py_decref(o);
    return py_none();
}
F(sys_intern) { return nargs == 1 ? py_incref(args[0]) : py_err_set(py_exc_TypeError, "intern() takes exactly one argument"); }
/* sys._getframe([depth]): the caller's frame (depth 0), or one of its
 * callers'; the chain ends at the module's frame, or at a task's first
 * coroutine (where CPython's goes on into its event loop's frames). */
F(sys_getframe) {
    if (kw && PY_TLEN(kw)) return py_err_set(py_exc_TypeError, "_getframe() takes no keyword arguments");
    if (nargs > 1) return py_err_set(py_exc_TypeError, "_getframe expected at most 1 argument, got %d", (int)nargs);
    int64_t depth = 0;
    if (nargs == 1) {
        if (!PY_IS_INT(args[0]))
            return py_err_set(py_exc_TypeError, "'%s' object cannot be interpreted as an integer", py_type_name(args[0]));
        int ov;
        depth = py_int_val(args[0], &ov);
        if (ov) return py_err_set(py_exc_OverflowError, "Python int too large to convert to C int");
        if (depth > INT_MAX || depth < INT_MIN)
            return py_err_set(py_exc_OverflowError, "signed integer is %s", depth > 0 ? "greater than maximum" : "less than minimum");
    }
    py_frame *f = py__ts->frame;
    while (f && depth-- > 0) f = f->back;
    if (!f) return py_err_set(py_exc_ValueError, "call stack is not deep enough");
    return py__frame_object(f);
}
F(sys_get_asyncgen_hooks);
F(sys_set_asyncgen_hooks);
static const py_methoddef sys_methods[] = {
    { "_getframe", sys_getframe, 0 }, { "get_asyncgen_hooks", sys_get_asyncgen_hooks, 0 },
    { "set_asyncgen_hooks", sys_set_asyncgen_hooks, 0 },
    { "exit", sys_exit, 0 }, { "getrecursionlimit", sys_getrecursionlimit, 0 },
    { "get_int_max_str_digits", sys_get_int_max_str_digits, 0 }, { "set_int_max_str_digits", sys_set_int_max_str_digits, 0 },
    { "setrecursionlimit", sys_setrecursionlimit, 0 }, { "exc_info", sys_exc_info, 0 }, { "intern", sys_intern, 0 },
    { "excepthook", sys_excepthook, 0 }, { "exception", sys_exception, 0 }, { "unraisablehook", sys_unraisablehook, 0 },
    { "getdefaultencoding", sys_getdefaultencoding, 0 }, { "getfilesystemencoding", sys_getfilesystemencoding, 0 },
    { "getfilesystemencodeerrors", sys_getfilesystemencodeerrors, 0 }, { "is_finalizing", sys_is_finalizing, 0 },
    { "getswitchinterval", sys_getswitchinterval, 0 }, { "setswitchinterval", sys_setswitchinterval, 0 },
    { "get_coroutine_origin_tracking_depth", sys_get_coroutine_origin_tracking_depth, 0 },
    { "set_coroutine_origin_tracking_depth", sys_set_coroutine_origin_tracking_depth, 0 },
    { NULL, NULL, 0 },
};

/* sys.version_info, int_info and float_info: tuples with named fields
 * (struct sequences in CPython); each type is tuple's with a repr and
 * attributes of its own. */
typedef struct structseq {
    py_type type;
    const char *const *fields;
    int n;
    py_getsetdef getset[19];
} structseq;
#define SS_GET(i) static py_obj *ss_get##i(py_obj *o) { return py_incref(PY_TITEM(o, i)); }
SS_GET(0) SS_GET(1) SS_GET(2) SS_GET(3) SS_GET(4) SS_GET(5) SS_GET(6) SS_GET(7) SS_GET(8) SS_GET(9) SS_GET(10)
SS_GET(11) SS_GET(12) SS_GET(13) SS_GET(14) SS_GET(15) SS_GET(16) SS_GET(17)
static py_obj *(*const ss_get[18])(py_obj *) = { ss_get0, ss_get1, ss_get2, ss_get3, ss_get4, ss_get5, ss_get6,
    ss_get7, ss_get8, ss_get9, ss_get10, ss_get11, ss_get12, ss_get13, ss_get14, ss_get15, ss_get16, ss_get17 };
py_obj *py__named_tuple_repr(py_obj *o, const char *name, const char *const *fields, int n) {
    py_buf b = { 0 };
    py_buf_printf(&b, "%s(", name);
    for (int i = 0; i < n; i++) {
        py_obj *r = py_repr(PY_TITEM(o, i));
        if (!r) { py_buf_free(&b); return NULL; }
        py_buf_printf(&b, "%s%s=%s", i ? ", " : "", fields[i], py_s(r));
        py_decref(r);
    }
    py_buf_putc(&b, ')');
    return py_str_from_buf(&b);
}
static py_obj *ss_repr(py_obj *o) {
    structseq *t = (structseq *)PY_TYPE(o);
    return py__named_tuple_repr(o, t->type.name, t->fields, t->n);
}
/* A new struct sequence of type t (named name: "sys.int_info") holding
 * items, whose references it takes (NULL if one is NULL). */
static py_obj *structseq_new(structseq *t, const char *name, const char *const *fields, int n, py_obj **items) {
    if (!t->type.name) {
        t->type = py_tuple_type;
        t->type.name = name;
        t->type.base = &py_tuple_type;
        t->type.mro = t->type.dict = NULL;
        t->type.module = NULL;
        t->type.methods = NULL;
        t->fields = fields;
        t->n = n;
        for (int i = 0; i < n; i++) t->getset[i] = (py_getsetdef){ fields[i], ss_get[i], NULL };
        t->type.getset = t->getset;
        t->type.repr = ss_repr;
        t->type.vnew = NULL;
        t->type.flags = 0;
        py__type_ready(&t->type);
    }
    py_obj *tup = py_tuple_new((size_t)n);
    for (int i = 0; i < n; i++) {
        if (tup && items[i]) PY_TITEM(tup, i) = items[i];
        else { py_xdecref(items[i]); PY_CLEAR(tup); }
    }
    if (tup) tup->type = &t->type;
    return tup;
}
static structseq vi_type, ii_type, fi_type, fl_type;
/* sys.flags: python3 program.py's (no options), with what the environment
 * sets: PYTHONDONTWRITEBYTECODE, and PYTHONHASHSEED=0 (no randomization) */
static const char *const fl_fields[] = { "debug", "inspect", "interactive", "optimize", "dont_write_bytecode",
    "no_user_site", "no_site", "ignore_environment", "verbose", "bytes_warning", "quiet", "hash_randomization",
    "isolated", "dev_mode", "utf8_mode", "warn_default_encoding", "safe_path", "int_max_str_digits" };
extern py_obj *py__environ;
static int env_set(const char *name) {
    py_obj *v = py__environ ? py_dict_get_s(py__environ, name) : NULL;
    return v && PY_IS_STR(v) && py_slen(v) > 0;
}
static structseq hi_type;
static const char *const hi_fields[] = { "width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits", "seed_bits", "cutoff" };
static const char *const vi_fields[] = { "major", "minor", "micro", "releaselevel", "serial" };
static const char *const ii_fields[] = { "bits_per_digit", "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold" };
static const char *const fi_fields[] = { "max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig",
    "mant_dig", "epsilon", "radix", "rounds" };
/* sys.unraisablehook's argument: exc_type, exc_value, exc_traceback,
 * err_msg (None for "Exception ignored in") and object, as CPython's. */
static structseq ua_type;
static const char *const ua_fields[] = { "exc_type", "exc_value", "exc_traceback", "err_msg", "object" };
py_obj *py__unraisable_args(py_obj *exc, const char *msg, py_obj *what) {
    py_obj *tb = ((py_exc *)exc)->tb;
    py_obj *a[5] = { py_incref((py_obj *)PY_TYPE(exc)), py_incref(exc), py_incref(tb ? tb : PY_NONE),
                     msg ? py_str_c(msg) : py_none(), py_incref(what ? what : PY_NONE) };
    return structseq_new(&ua_type, "UnraisableHookArgs", ua_fields, 5, a);
}
/* sys.get_asyncgen_hooks() and set_asyncgen_hooks() (eval.c keeps them) */
static structseq ah_type;
static const char *const ah_fields[] = { "firstiter", "finalizer" };
F(sys_get_asyncgen_hooks) {
    if (sys_no_args("get_asyncgen_hooks", nargs, kw) < 0) return NULL;
    py_obj *a[2] = { py__agen_hook_get(0), py__agen_hook_get(1) };
    return structseq_new(&ah_type, "asyncgen_hooks", ah_fields, 2, a);
}
F(sys_set_asyncgen_hooks) {
    if (nargs > 2) return py_err_set(py_exc_TypeError, "function takes at most 2 arguments (%d given)", (int)nargs);
    static const char *const names[] = { "firstiter", "finalizer", NULL };
    for (size_t i = 0; kw && PY_IS_TUPLE(kw) && i < PY_TLEN(kw); i++)
        if (!py_str_eqc(PY_TITEM(kw, i), names[0]) && !py_str_eqc(PY_TITEM(kw, i), names[1]))
            return py_err_set(py_exc_TypeError, "'%U' is an invalid keyword argument for this function", PY_TITEM(kw, i));
    py_obj *h[2];
    if (py_args("set_asyncgen_hooks", args, nargs, kw, 0, 2, names, h) < 0) return NULL;
    for (int i = 1; i >= 0; i--) /* (the finalizer is checked first, as CPython's) */
        if (h[i] && h[i] != PY_NONE && !py_callable(h[i]))
            return py_err_set(py_exc_TypeError, "callable %s expected, got %s", ah_fields[i], py_type_name(h[i]));
    for (int i = 1; i >= 0; i--)
        if (h[i] && py__agen_hook_set(i, h[i]) < 0) return NULL;
    return py_none();
}
static void sys_infos(py_obj *m) {
    py_obj *vi[5] = { py_int(3), py_int(11), py_int(7), py_str_c("final"), py_int(0) };
    mod_set(m, "version_info", structseq_new(&vi_type, "sys.version_info", vi_fields, 5, vi));
    /* CPython's digits and limits (the int's str is limited alike: num.h) */
    py_obj *ii[4] = { py_int(30), py_int(4), py_int(4300), py_int(640) };
    mod_set(m, "int_info", structseq_new(&ii_type, "sys.int_info", ii_fields, 4, ii));
    py_obj *fi[11] = { py_float(DBL_MAX), py_int(DBL_MAX_EXP), py_int(DBL_MAX_10_EXP), py_float(DBL_MIN),
        py_int(DBL_MIN_EXP), py_int(DBL_MIN_10_EXP), py_int(DBL_DIG), py_int(DBL_MANT_DIG), py_float(DBL_EPSILON),
        py_int(FLT_RADIX), py_int(FLT_ROUNDS) };
    mod_set(m, "float_info", structseq_new(&fi_type, "sys.float_info", fi_fields, 11, fi));
    py_obj *seed = py__environ ? py_dict_get_s(py__environ, "PYTHONHASHSEED") : NULL;
    py_obj *fl[18];
    for (int i = 0; i < 18; i++) fl[i] = py_int(0);
    PY_SETREF(fl[4], py_int(env_set("PYTHONDONTWRITEBYTECODE")));
    PY_SETREF(fl[11], py_int(!(seed && PY_IS_STR(seed) && py_str_eqc(seed, "0"))));
    PY_SETREF(fl[13], py_bool(0));
    PY_SETREF(fl[16], py_bool(0));
    PY_SETREF(fl[17], py_int(-1));
    mod_set(m, "flags", structseq_new(&fl_type, "sys.flags", fl_fields, 18, fl));
    mod_set(m, "dont_write_bytecode", py_bool(env_set("PYTHONDONTWRITEBYTECODE")));
    /* CPython's numeric hash (num.h's modulus 2**61 - 1) and its str hash's name */
    py_obj *hi[9] = { py_int(64), py_int(2305843009213693951LL), py_int(314159), py_int(0), py_int(1000003),
                      py_str_c("siphash13"), py_int(64), py_int(128), py_int(0) };
    mod_set(m, "hash_info", structseq_new(&hi_type, "sys.hash_info", hi_fields, 9, hi));
}

py_obj *py__sys_module(void) {
    py_obj *m = new_module("sys", sys_methods);
    const char *const names[3][2] = { { "stdin", "__stdin__" }, { "stdout", "__stdout__" }, { "stderr", "__stderr__" } };
    for (int fd = 0; fd < 3; fd++) {
        py_obj *st = stream_new(fd);
        if (!st) continue;
        py_dict_set_s(((py_module *)m)->dict, names[fd][1], st);
        mod_set(m, names[fd][0], st);
    }
    py_obj *argv = py_list_new(0);
    for (int i = 0; argv && i < (py__interp.argc ? py__interp.argc : 1); i++) {
        const char *ai = py__interp.argc ? py__interp.argv[i] : "";
        py_obj *a = py__str_from_stream(ai, strlen(ai)); /* bytes not UTF-8: surrogateescape, as CPython's */
        if (a) py_list_append(argv, a);
        py_xdecref(a);
    }
    mod_set(m, "argv", argv);
    /* sys.path: the program's folder first, as CPython's (no library folders here) */
    const char *p0 = py__interp.argc ? py__interp.argv[0] : "";
    const char *slash = strrchr(p0, '/');
    py_obj *dir = slash ? py_str_new(p0, (size_t)(slash - p0)) : py_str_c("");
    py_obj *path = py_list_new(0);
    if (dir && path) py_list_append(path, dir);
    py_xdecref(dir);
    mod_set(m, "path", path);
    mod_set(m, "version", py_str_c("3.11.7 (casyncio)"));
    mod_set(m, "platform", py_str_c("linux"));
    mod_set(m, "maxsize", py_int(INT64_MAX));
    mod_set(m, "modules", py_incref(py__interp.modules));
    mod_set(m, "maxunicode", py_int(0x10FFFF));
    mod_set(m, "byteorder", py_str_c("little"));
    mod_set(m, "api_version", py_int(1013));
    mod_set(m, "hexversion", py_int(0x030B07F0)); /* 3.11.7 final */
    mod_set(m, "abiflags", py_str_c(""));
    mod_set(m, "float_repr_style", py_str_c("short"));
    mod_set(m, "warnoptions", py_list_new(0));
    py_obj *hook = py_dict_get_s(((py_module *)m)->dict, "excepthook");
    if (hook) py_dict_set_s(((py_module *)m)->dict, "__excepthook__", hook);
    hook = py_dict_get_s(((py_module *)m)->dict, "unraisablehook");
    if (hook) py_dict_set_s(((py_module *)m)->dict, "__unraisablehook__", hook);
    sys_infos(m);
    return m;
}

/* ---- time --------------------------------------------------------------------------- */

/* time.sleep's argument as CPython's _PyTime_FromSecondsObject reads it: a
 * float, else an int by __index__ (out of time.sleep: Asyncify instruments
 * that one). */
static int sleep_seconds(py_obj *o, double *s) {
    int ok;
    if (PY_CHECK_FLOAT(o)) {
        *s = py_float_val(o, &ok);
        if (*s != *s) return py_err_set(py_exc_ValueError, "Invalid value NaN (not a number)"), 0;
    } else {
        *s = (double)py_index_ex(o, &ok, py_exc_OverflowError);
        if (!ok && !py_err_matches(py_exc_OverflowError)) return 0;
    }
    if (ok && fabs(*s) < 9223372036.854775807) return 1;
    py_err_set(py_exc_OverflowError, PY_CHECK_FLOAT(o) ? "timestamp out of range for platform time_t"
                                                      : "timestamp too large to convert to C _PyTime_t");
    return 0;
}
extern int py__virtual_clock;
F(time_sleep) {
    int call_safe = py__take_call_safe();
    if (kw && PY_TLEN(kw)) return py_err_set(py_exc_TypeError, "time.sleep() takes no keyword arguments");
    if (nargs != 1) return py_err_set(py_exc_TypeError, "time.sleep() takes exactly one argument (%d given)", (int)nargs);
    double s;
    if (!sleep_seconds(args[0], &s)) return NULL;
    if (s < 0) return py_err_set(py_exc_ValueError, "sleep length must be non-negative");
    py_out_flush();
    int in_thread = py__thread_sleep(s, call_safe); /* a to_thread() call's: suspends only its thread */
    if (in_thread <= 0) return in_thread < 0 ? NULL : py_none();
    if (!py__may_suspend(call_safe)) {
        /* Called back from C code that Asyncify does not instrument (eval.c):
         * the wait cannot give the host a turn, so it blocks the page as
         * CPython blocks its thread (the virtual clock moves on at once). */
        int r = cas_blocking_sleep_inline(s);
        py__after_wait();
        if (r == CAS_ECANCELLED) {
            py_err_set(py_exc_KeyboardInterrupt, "");
            return NULL;
        }
        return py_none();
    }
    py_ts *ts = py__ts;
    int r = cas_blocking_sleep(s);
    py__ts = ts;
    py__after_wait();
    if (r == CAS_ECANCELLED) {
        py_err_set(py_exc_KeyboardInterrupt, "");
        return NULL;
    }
    return py_none();
}
/* The time module's clocks (monotonic, perf_counter, and time below).
 * Under the virtual clock the scheduler lands just after each deadline (the
 * next double: runtime/src/loop.c), so an elapsed time is over its sleeps'
 * sum by a float step or so: enough for perf_counter's seconds, too little
 * for time()'s (1.7e9 of them keep 0.2 microseconds) and the _ns forms'
 * whole nanoseconds, where an elapsed 0.25 would be exactly 0.25 or under
 * it, and `f"{e:.1f}"` print '0.2' where CPython's late wake-up (0.2504)
 * prints '0.3'.  So these clocks add 10 microseconds each time they see
 * that the time moved, as a wake-up late by that much would (loop.time(),
 * the scheduler's own clock, stays exact). */
static double clock_now(void) {
    static double seen, late;
    double t = cas_time();
    if (!py__virtual_clock) return t;
    if (t != seen) {
        seen = t;
        late += 1e-5;
    }
    return t + late;
}

/* Under the virtual clock, time.time() is the real time when the program
 * imported time (py__time_module) plus the virtual seconds since: the
 * wall clock a real run started then would show, with its sleeps jumped
 * over, so dates (localtime, strftime, ctime) print what CPython's do. */
static double epoch_offset = -1;
double py__time_now(void) {
    if (py__virtual_clock) {
        if (epoch_offset < 0) {
            struct timespec t;
            clock_gettime(CLOCK_REALTIME, &t);
            epoch_offset = (double)t.tv_sec + t.tv_nsec / 1e9 - clock_now();
        }
        return epoch_offset + clock_now();
    }
    struct timespec t;
    clock_gettime(CLOCK_REALTIME, &t);
    return (double)t.tv_sec + t.tv_nsec / 1e9;
}
/* Under the virtual clock only sleeps and timers move the time, so a loop
 * that waits for it to move without sleeping on a timer would never end: a
 * busy wait reading the clock (`while time.time() - start < 0.2: pass`, as
 * learners stand for work), or a poll with asyncio.sleep(0) while another
 * task sleeps (asyncio.c).  After as many at one moment as CPython makes
 * in a second or more (a read, kind 0) or ten (a sleep(0), kind 1), it
 * fails loudly. */
int py__busy_wait(int kind) {
    static double at = -1;
    static uint32_t n[2];
    if (!py__virtual_clock) return 0;
    double now = cas_time();
    if (now != at) {
        at = now;
        n[0] = n[1] = 0;
    } else if (++n[kind] >= (kind ? 1000000u : 5000000u)) {
        n[kind] = 0;
        py_err_set(py_exc_NotImplementedError, kind ? "a poll with asyncio.sleep(0) (1000000 at one moment, no timer between)"
                   " under the virtual clock, where only timers move the time, is not supported by casyncio's Python"
                   : "a busy wait on the clock (5000000 reads at one moment, no sleep between) under the virtual clock,"
                   " where only sleeps move the time, is not supported by casyncio's Python");
        return 1;
    }
    return 0;
}
#define busy_wait() py__busy_wait(0)
F(time_time) { return busy_wait() ? NULL : py_float(py__time_now()); }
F(time_monotonic) { return busy_wait() ? NULL : py_float(clock_now()); }
F(time_time_ns) {
    if (busy_wait()) return NULL;
    if (py__virtual_clock) return py_int((int64_t)(py__time_now() * 1e9)); /* the virtual clock's time(), as ns */
    struct timespec t;
    clock_gettime(CLOCK_REALTIME, &t);
    return py_int((int64_t)t.tv_sec * 1000000000 + t.tv_nsec);
}
F(time_monotonic_ns) { return busy_wait() ? NULL : py_int((int64_t)(clock_now() * 1e9)); }
/* process_time and thread_time: C's clock(), the process's CPU time (in
 * wasm, which has none, the real time since it started), which no sleep
 * moves, on either clock, as CPython's */
F(time_cpu) { return py_float((double)clock() / CLOCKS_PER_SEC); }
F(time_cpu_ns) { return py_int((int64_t)clock() * (1000000000 / CLOCKS_PER_SEC)); }
static const py_methoddef time_methods[] = {
    { "sleep", time_sleep, 0 }, { "time", time_time, 0 }, { "monotonic", time_monotonic, 0 },
    { "perf_counter", time_monotonic, 0 }, { "process_time", time_cpu, 0 }, { "time_ns", time_time_ns, 0 },
    { "monotonic_ns", time_monotonic_ns, 0 }, { "perf_counter_ns", time_monotonic_ns, 0 },
    { "process_time_ns", time_cpu_ns, 0 }, { "thread_time", time_cpu, 0 }, { "thread_time_ns", time_cpu_ns, 0 },
    { NULL, NULL, 0 },
};
int py__time_dates_add(py_obj *m); /* timemod.c: dates, struct_time, time zones */
py_obj *py__time_module(void) {
    py_obj *m = new_module("time", time_methods);
    py__time_now(); /* the virtual clock's epoch (above) */
    if (m && py__time_dates_add(m) < 0) {
        py_decref(m);
        return NULL;
    }
    return m;
}

/* ---- random: CPython's _randommodule.c and random.py ------------------------------------- */

#define MT_N 624
#define MT_M 397
/* A generator's state: the module's own, or a random.Random instance's */
typedef struct rng {
    uint32_t mt[MT_N];
    int mti;
    int gauss_has_next; /* gauss()'s second value, dropped by seed() */
    double gauss_next;
} rng;
static rng module_rng = { .mti = MT_N + 1 };
typedef struct { py_obj ob; rng r; } rndobj;
static py_type random_type;
/* the state a function or method works on: self is a Random (a method) or the module */
static rng *rng_of(py_obj *self) { return self && py_isinst(self, &random_type) ? &((rndobj *)self)->r : &module_rng; }

static void init_genrand(rng *R, uint32_t s) {
    uint32_t *mt = R->mt;
    int mti;
    mt[0] = s;
    for (mti = 1; mti < MT_N; mti++) mt[mti] = (1812433253U * (mt[mti - 1] ^ (mt[mti - 1] >> 30)) + (uint32_t)mti);
    R->mti = mti;
}
static void init_by_array(rng *R, const uint32_t *key, size_t len) {
    uint32_t *mt = R->mt;
    init_genrand(R, 19650218U);
    size_t i = 1, j = 0, k = MT_N > len ? MT_N : len;
    for (; k; k--) {
        mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1664525U)) + key[j] + (uint32_t)j;
        i++; j++;
        if (i >= MT_N) { mt[0] = mt[MT_N - 1]; i = 1; }
        if (j >= len) j = 0;
    }
    for (k = MT_N - 1; k; k--) {
        mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1566083941U)) - (uint32_t)i;
        i++;
        if (i >= MT_N) { mt[0] = mt[MT_N - 1]; i = 1; }
    }
    mt[0] = 0x80000000U;
}
/* not seeded yet, or seed(None): from the clock (CPython's reads the system's randomness) */
static void seed_time(rng *R) {
    uint32_t key[2] = { (uint32_t)time(NULL), (uint32_t)clock() };
    init_by_array(R, key, 2);
}
static uint32_t genrand(rng *R) {
    static const uint32_t mag01[2] = { 0x0U, 0x9908b0dfU };
    uint32_t y, *mt = R->mt;
    if (R->mti >= MT_N) {
        if (R->mti == MT_N + 1) seed_time(R);
        int kk;
        for (kk = 0; kk < MT_N - MT_M; kk++) {
            y = (mt[kk] & 0x80000000U) | (mt[kk + 1] & 0x7fffffffU);
            mt[kk] = mt[kk + MT_M] ^ (y >> 1) ^ mag01[y & 0x1U];
        }
        for (; kk < MT_N - 1; kk++) {
            y = (mt[kk] & 0x80000000U) | (mt[kk + 1] & 0x7fffffffU);
            mt[kk] = mt[kk + (MT_M - MT_N)] ^ (y >> 1) ^ mag01[y & 0x1U];
        }
        y = (mt[MT_N - 1] & 0x80000000U) | (mt[0] & 0x7fffffffU);
        mt[MT_N - 1] = mt[MT_M - 1] ^ (y >> 1) ^ mag01[y & 0x1U];
        R->mti = 0;
    }
    y = mt[R->mti++];
    y ^= (y >> 11);
    y ^= (y << 7) & 0x9d2c5680U;
    y ^= (y << 15) & 0xefc60000U;
    y ^= (y >> 18);
    return y;
}
static double random_double(rng *R) {
    uint32_t a = genrand(R) >> 5, b = genrand(R) >> 6;
    return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
}
static uint64_t getrandbits(rng *R, int k) {
    if (k <= 32) return genrand(R) >> (32 - k);
    uint64_t lo = genrand(R);
    uint64_t hi = genrand(R) >> (64 - k);
    return lo | (hi << 32);
}
static uint64_t randbelow(rng *R, uint64_t n) {
    if (n == 0) return 0;
    int k = 0;
    for (uint64_t t = n; t; t >>= 1) k++;
    uint64_t r = getrandbits(R, k);
    while (r >= n) r = getrandbits(R, k);
    return r;
}

static void seed_u64(rng *R, uint64_t n) {
    uint32_t key[2] = { (uint32_t)n, (uint32_t)(n >> 32) };
    init_by_array(R, key, key[1] ? 2 : 1);
}
void py__random_seed(uint64_t n) { seed_u64(&module_rng, n); }

/* SHA-512 (FIPS 180-4), for random.seed of a str or bytes: CPython's
 * version 2 seed is int.from_bytes(a + sha512(a).digest()). */
static const uint64_t sha512_k[80] = {
    0x428a2f98d728ae22ULL, 0x7137449123ef65cdULL, 0xb5c0fbcfec4d3b2fULL, 0xe9b5dba58189dbbcULL, 0x3956c25bf348b538ULL,
    0x59f111f1b605d019ULL, 0x923f82a4af194f9bULL, 0xab1c5ed5da6d8118ULL, 0xd807aa98a3030242ULL, 0x12835b0145706fbeULL,
    0x243185be4ee4b28cULL, 0x550c7dc3d5ffb4e2ULL, 0x72be5d74f27b896fULL, 0x80deb1fe3b1696b1ULL, 0x9bdc06a725c71235ULL,
    0xc19bf174cf692694ULL, 0xe49b69c19ef14ad2ULL, 0xefbe4786384f25e3ULL, 0x0fc19dc68b8cd5b5ULL, 0x240ca1cc77ac9c65ULL,
    0x2de92c6f592b0275ULL, 0x4a7484aa6ea6e483ULL, 0x5cb0a9dcbd41fbd4ULL, 0x76f988da831153b5ULL, 0x983e5152ee66dfabULL,
    0xa831c66d2db43210ULL, 0xb00327c898fb213fULL, 0xbf597fc7beef0ee4ULL, 0xc6e00bf33da88fc2ULL, 0xd5a79147930aa725ULL,
    0x06ca6351e003826fULL, 0x142929670a0e6e70ULL, 0x27b70a8546d22ffcULL, 0x2e1b21385c26c926ULL, 0x4d2c6dfc5ac42aedULL,
    0x53380d139d95b3dfULL, 0x650a73548baf63deULL, 0x766a0abb3c77b2a8ULL, 0x81c2c92e47edaee6ULL, 0x92722c851482353bULL,
    0xa2bfe8a14cf10364ULL, 0xa81a664bbc423001ULL, 0xc24b8b70d0f89791ULL, 0xc76c51a30654be30ULL, 0xd192e819d6ef5218ULL,
    0xd69906245565a910ULL, 0xf40e35855771202aULL, 0x106aa07032bbd1b8ULL, 0x19a4c116b8d2d0c8ULL, 0x1e376c085141ab53ULL,
    0x2748774cdf8eeb99ULL, 0x34b0bcb5e19b48a8ULL, 0x391c0cb3c5c95a63ULL, 0x4ed8aa4ae3418acbULL, 0x5b9cca4f7763e373ULL,
    0x682e6ff3d6b2b8a3ULL, 0x748f82ee5defb2fcULL, 0x78a5636f43172f60ULL, 0x84c87814a1f0ab72ULL, 0x8cc702081a6439ecULL,
    0x90befffa23631e28ULL, 0xa4506cebde82bde9ULL, 0xbef9a3f7b2c67915ULL, 0xc67178f2e372532bULL, 0xca273eceea26619cULL,
    0xd186b8c721c0c207ULL, 0xeada7dd6cde0eb1eULL, 0xf57d4f7fee6ed178ULL, 0x06f067aa72176fbaULL, 0x0a637dc5a2c898a6ULL,
    0x113f9804bef90daeULL, 0x1b710b35131c471bULL, 0x28db77f523047d84ULL, 0x32caab7b40c72493ULL, 0x3c9ebe0a15c9bebcULL,
    0x431d67c49c100d4cULL, 0x4cc5d4becb3e42b6ULL, 0x597f299cfc657e2aULL, 0x5fcb6fab3ad6faecULL, 0x6c44198c4a475817ULL,
};
#define ROR64(x, n) (((x) >> (n)) | ((x) << (64 - (n))))
static void sha512_block(uint64_t h[8], const unsigned char *p) {
    uint64_t w[80], v[8];
    for (int i = 0; i < 16; i++) {
        w[i] = 0;
        for (int j = 0; j < 8; j++) w[i] = w[i] << 8 | p[8 * i + j];
    }
    for (int i = 16; i < 80; i++) {
        uint64_t s0 = ROR64(w[i - 15], 1) ^ ROR64(w[i - 15], 8) ^ (w[i - 15] >> 7);
        uint64_t s1 = ROR64(w[i - 2], 19) ^ ROR64(w[i - 2], 61) ^ (w[i - 2] >> 6);
        w[i] = w[i - 16] + s0 + w[i - 7] + s1;
    }
    memcpy(v, h, sizeof v);
    for (int i = 0; i < 80; i++) {
        uint64_t t1 = v[7] + (ROR64(v[4], 14) ^ ROR64(v[4], 18) ^ ROR64(v[4], 41)) + ((v[4] & v[5]) ^ (~v[4] & v[6])) + sha512_k[i] + w[i];
        uint64_t t2 = (ROR64(v[0], 28) ^ ROR64(v[0], 34) ^ ROR64(v[0], 39)) + ((v[0] & v[1]) ^ (v[0] & v[2]) ^ (v[1] & v[2]));
        memmove(v + 1, v, 7 * sizeof *v);
        v[4] += t1;
        v[0] = t1 + t2;
    }
    for (int i = 0; i < 8; i++) h[i] += v[i];
}
static void sha512(const unsigned char *data, size_t n, unsigned char out[64]) {
    uint64_t h[8] = { 0x6a09e667f3bcc908ULL, 0xbb67ae8584caa73bULL, 0x3c6ef372fe94f82bULL, 0xa54ff53a5f1d36f1ULL,
                      0x510e527fade682d1ULL, 0x9b05688c2b3e6c1fULL, 0x1f83d9abfb41bd6bULL, 0x5be0cd19137e2179ULL };
    size_t i = 0;
    for (; n - i >= 128; i += 128) sha512_block(h, data + i);
    unsigned char last[256] = { 0 };
    size_t r = n - i, len = r + 17 <= 128 ? 128 : 256;
    memcpy(last, data + i, r);
    last[r] = 0x80;
    uint64_t bits = (uint64_t)n * 8;
    for (int j = 0; j < 8; j++) last[len - 1 - j] = (unsigned char)(bits >> (8 * j));
    for (size_t j = 0; j < len; j += 128) sha512_block(h, last + j);
    for (int j = 0; j < 64; j++) out[j] = (unsigned char)(h[j / 8] >> (56 - 8 * (j % 8)));
}
/* seed(a) of a str's UTF-8 or of bytes: the big-endian int of a + sha512(a),
 * its 32-bit words least significant first as init_by_array's key */
static py_obj *seed_bytes(rng *R, const unsigned char *a, size_t n) {
    size_t len = n + 64;
    unsigned char *b = malloc(len);
    uint32_t *key = malloc(((len + 3) / 4) * sizeof *key);
    if (!b || !key) { free(b); free(key); return py_err_nomem(); }
    memcpy(b, a, n);
    sha512(a, n, b + n);
    size_t start = 0;
    while (start < len && !b[start]) start++; /* the int's leading zero bytes */
    size_t words = 0;
    for (size_t end = len; end > start; words++) {
        uint32_t w = 0;
        size_t from = end >= start + 4 ? end - 4 : start;
        for (size_t j = from; j < end; j++) w = w << 8 | b[j];
        key[words] = w;
        end = from;
    }
    if (!words) key[words++] = 0;
    init_by_array(R, key, words);
    free(b);
    free(key);
    return py_none();
}
static py_obj *py_sign_abs(py_obj *a) { return py_int_sign(a) < 0 ? py_unary(a, PYAST_USub) : py_incref(a); }
F(rnd_seed) {
    rng *R = rng_of(self);
    static const char *const names[] = { "a", "version", NULL };
    py_obj *a2[2];
    if (py_args_py("Random.seed", args, nargs, kw, 0, 2, names, a2) < 0) return NULL;
    R->gauss_has_next = 0;
    nargs = a2[0] ? 1 : 0;
    args = a2;
    if (nargs == 0 || args[0] == PY_NONE) {
        seed_time(R);
        return py_none();
    }
    py_obj *a = args[0];
    if (PY_IS_FLOAT(a)) { /* _random's seed of what is not an int: its hash, as a size_t */
        seed_u64(R, (uint64_t)py_hash(a));
        return py_none();
    }
    if (PY_IS_STR(a)) return seed_bytes(R, (const unsigned char *)py_s(a), py_slen(a));
    const unsigned char *bs;
    size_t bn;
    if (py__bytes_like(a, &bs, &bn)) return seed_bytes(R, bs, bn);
    if (!PY_IS_INT(a)) return py_err_set(py_exc_TypeError, "The only supported seed types are: None,\nint, float, str, bytes, and bytearray.");
    int ov;
    int64_t v = py_int_val(a, &ov);
    if (!ov) {
        seed_u64(R, v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v);
        return py_none();
    }
    /* a big integer: its 32-bit words, least significant first, as CPython's init_by_array key */
    py_obj *x = py_sign_abs(a);
    py_obj *mask = py_int(0xffffffffLL), *sh = py_int(32);
    size_t n = 0, cap = 8;
    uint32_t *key = malloc(cap * sizeof *key);
    while (x && key && !py_int_is_zero(x)) {
        py_obj *w = py_binop(x, mask, PYAST_BitAnd);
        if (!w) { PY_CLEAR(x); break; }
        if (n == cap) { uint32_t *k2 = realloc(key, 2 * cap * sizeof *key); if (!k2) break; key = k2; cap *= 2; }
        key[n++] = (uint32_t)((py_intobj *)w)->v;
        py_decref(w);
        py_obj *nx = py_binop(x, sh, PYAST_RShift);
        py_decref(x);
        x = nx;
    }
    py_decref(mask);
    py_decref(sh);
    if (!x || !key) { py_xdecref(x); free(key); return key ? NULL : py_err_nomem(); }
    py_decref(x);
    init_by_array(R, key, n);
    free(key);
    return py_none();
}
/* Big integers for randint/randrange: CPython's getrandbits(k) for any k
 * (32-bit words, least significant first, the last one shifted down) and
 * _randbelow_with_getrandbits. */
static py_obj *big_getrandbits(rng *R, int64_t k) {
    py_obj *r = py_int(0);
    int64_t shift = 0;
    while (k > 0 && r) {
        uint32_t w = genrand(R);
        if (k < 32) w >>= (32 - k);
        py_obj *wo = py_int(w), *so = py_int(shift);
        py_obj *t = py_binop(wo, so, PYAST_LShift);
        py_obj *nr = t ? py_binop(r, t, PYAST_BitOr) : NULL;
        py_xdecref(t);
        py_decref(wo);
        py_decref(so);
        py_decref(r);
        r = nr;
        k -= 32;
        shift += 32;
    }
    return r;
}
static py_obj *big_randrange(rng *R, py_obj *start, py_obj *stop) {
    py_obj *width = py_binop(stop, start, PYAST_Sub);
    if (!width) return NULL;
    if (py_int_sign(width) <= 0) {
        py_obj *r = py_err_set(py_exc_ValueError, "empty range for randrange() (%S, %S, %S)", start, stop, width);
        py_decref(width);
        return r;
    }
    py_obj *bl = py_call_method(width, "bit_length", NULL, 0);
    int ov = 0;
    int64_t k = bl ? py_int_val(bl, &ov) : 0;
    py_xdecref(bl);
    py_obj *r = NULL;
    for (;;) {
        py_obj *x = big_getrandbits(R, k);
        if (!x) break;
        int lt = py_richcmp_bool(x, width, PY_LT);
        if (lt != 0) {
            if (lt > 0) r = py_binop(start, x, PYAST_Add);
            py_decref(x);
            break;
        }
        py_decref(x);
    }
    py_decref(width);
    return r;
}
F(rnd_random) { return py_float(random_double(rng_of(self))); }
static int rnd_int(py_obj *o, int64_t *out) {
    if (!PY_CHECK_INT(o)) {
        if (PY_IS_FLOAT(o) && floor(((py_floatobj *)o)->v) == ((py_floatobj *)o)->v) {
            py_err_set(py_exc_TypeError, "'float' object cannot be interpreted as an integer");
            return -1;
        }
        py_err_set(py_exc_TypeError, "'%s' object cannot be interpreted as an integer", py_type_name(o));
        return -1;
    }
    int ov;
    *out = py_int_val(o, &ov);
    if (ov) { py_err_set(py_exc_OverflowError, "big integers are not supported by random in casyncio's Python"); return -1; }
    return 0;
}
static py_obj *randrange3(rng *R, int64_t start, int64_t stop, int64_t step) {
    int64_t width = stop - start;
    if (step == 1) {
        if (width > 0) return py_int(start + (int64_t)randbelow(R, (uint64_t)width));
        return py_err_set(py_exc_ValueError, "empty range for randrange() (%lld, %lld, %lld)", (long long)start, (long long)stop, (long long)width);
    }
    if (step == 0) return py_err_set(py_exc_ValueError, "zero step for randrange()");
    int64_t n = step > 0 ? (width + step - 1) / step : (width + step + 1) / step;
    if (n <= 0) return py_err_set(py_exc_ValueError, "empty range for randrange()");
    return py_int(start + step * (int64_t)randbelow(R, (uint64_t)n));
}
static int is_big(py_obj *o) { return PY_CHECK_INT(o) && ((py_intobj *)o)->big != NULL; }
int py__deprecation_at(py_obj *text, py_frame *f);
/* An argument of randrange() as CPython 3.11 takes it (a new reference):
 * an int; or what int() makes of it, when that is equal to it (2.0), with
 * a DeprecationWarning at the caller's line when warn; else a ValueError,
 * raised, as int()'s own errors, while _index()'s TypeError is handled. */
static py_obj *randrange_arg(py_obj *o, const char *which, int warn) {
    if (PY_CHECK_INT(o)) return py_incref(o);
    py_obj *i = py_call1((py_obj *)&py_int_type, o);
    int ne = i ? py_richcmp_bool(i, o, PY_NE) : -1;
    if (ne >= 0 && warn) {
        py_obj *t = py_str_c(ne ? "randrange() will raise TypeError in the future"
                                : "non-integer arguments to randrange() have been deprecated since Python 3.10 "
                                  "and will be removed in a subsequent version");
        if (!t || py__deprecation_at(t, py__ts->frame) < 0) ne = -1;
        py_xdecref(t);
    }
    if (!ne) return i;
    py_xdecref(i);
    if (ne > 0) py_err_set(py_exc_ValueError, "non-integer %s for randrange()", which);
    py_obj *e = py_err_fetch();
    py_err_set(py_exc_TypeError, "'%s' object cannot be interpreted as an integer", py_type_name(o));
    py_obj *te = py_err_fetch();
    if (te) ((py_exc *)te)->lib_raised = 1; /* in random.py, whose frames are not shown */
    if (e && PY_IS_EXC(e) && !((py_exc *)e)->context) ((py_exc *)e)->context = te;
    else py_xdecref(te);
    py__ts->exc = e;
    return NULL;
}
/* randrange(start, stop, step) as CPython 3.11's; stop and step may be NULL. */
static py_obj *randrange_of(py_obj *self, py_obj *start, py_obj *stop, py_obj *step, int warn) {
    py_obj *a[3] = { randrange_arg(start, "arg 1", warn), NULL, NULL }, *r = NULL;
    int64_t v[3] = { 0, 0, 1 };
    if (!a[0]) return NULL;
    if (!stop) {
        if (step) r = py_err_set(py_exc_TypeError, "Missing a non-None stop argument");
        else if (py_int_sign(a[0]) <= 0) r = py_err_set(py_exc_ValueError, "empty range for randrange()");
        else if (is_big(a[0])) { py_obj *z = py_int(0); r = big_randrange(rng_of(self), z, a[0]); py_decref(z); }
        else if (!rnd_int(a[0], &v[0])) r = randrange3(rng_of(self), 0, v[0], 1);
    } else if ((a[1] = randrange_arg(stop, "stop", warn)) && (!step || (a[2] = randrange_arg(step, "step", warn)))) {
        int ov = 0, one = !a[2] || (py_int_val(a[2], &ov) == 1 && !ov);
        if (one && (is_big(a[0]) || is_big(a[1]))) r = big_randrange(rng_of(self), a[0], a[1]);
        else if (!rnd_int(a[0], &v[0]) && !rnd_int(a[1], &v[1]) && (!a[2] || !rnd_int(a[2], &v[2])))
            r = randrange3(rng_of(self), v[0], v[1], v[2]);
    }
    for (int i = 0; i < 3; i++) py_xdecref(a[i]);
    return r;
}
F(rnd_randint) {
    static const char *const names[] = { "a", "b", NULL };
    py_obj *a2[2];
    if (py_args_py("Random.randint", args, nargs, kw, 2, 2, names, a2) < 0) return NULL;
    py_obj *one = py_int(1), *stop = py_binop(a2[1], one, PYAST_Add);
    py_decref(one);
    /* CPython's warning names randint's line in random.py, which its filters ignore */
    py_obj *r = stop ? randrange_of(self, a2[0], stop, NULL, 0) : NULL;
    py_xdecref(stop);
    return r;
}
F(rnd_randrange) {
    static const char *const names[] = { "start", "stop", "step", NULL };
    py_obj *a3[3];
    if (py_args_py("Random.randrange", args, nargs, kw, 1, 3, names, a3) < 0) return NULL;
    return randrange_of(self, a3[0], a3[1] == PY_NONE ? NULL : a3[1], a3[2], 1);
}
F(rnd_choice) {
    static const char *const names[] = { "seq", NULL };
    py_obj *a1[1];
    if (py_args_py("Random.choice", args, nargs, kw, 1, 1, names, a1) < 0) return NULL;
    args = a1;
    int64_t n = py_len(args[0]);
    if (n < 0) return NULL;
    if (n == 0) return py_err_set(py_exc_IndexError, "Cannot choose from an empty sequence");
    py_obj *i = py_int((int64_t)randbelow(rng_of(self), (uint64_t)n));
    py_obj *r = py_getitem(args[0], i);
    py_decref(i);
    return r;
}
F(rnd_shuffle) {
    static const char *const names[] = { "x", NULL };
    py_obj *a1[1];
    if (py_args_py("Random.shuffle", args, nargs, kw, 1, 1, names, a1) < 0) return NULL;
    args = a1;
    if (!PY_CHECK_LIST(args[0])) { /* another sequence: Lib/random.py's swaps, x[i], x[j] = x[j], x[i] */
        int64_t n = py_len(args[0]);
        if (n < 0) return NULL;
        for (int64_t i = n - 1; i > 0; i--) {
            py_obj *pi = py_int(i), *pj = py_int((int64_t)randbelow(rng_of(self), (size_t)i + 1));
            py_obj *xj = pi && pj ? py_getitem(args[0], pj) : NULL, *xi = xj ? py_getitem(args[0], pi) : NULL;
            int ok = xi && py_setitem(args[0], pi, xj) == 0 && py_setitem(args[0], pj, xi) == 0;
            py_xdecref(pi); py_xdecref(pj); py_xdecref(xi); py_xdecref(xj);
            if (!ok) return NULL;
        }
        return py_none();
    }
    py_list *l = (py_list *)args[0];
    for (size_t i = l->n ? l->n - 1 : 0; i > 0; i--) {
        size_t j = (size_t)randbelow(rng_of(self), i + 1);
        py_obj *t = l->items[i]; l->items[i] = l->items[j]; l->items[j] = t;
    }
    return py_none();
}
F(rnd_uniform) {
    static const char *const names[] = { "a", "b", NULL };
    py_obj *a2[2];
    if (py_args_py("Random.uniform", args, nargs, kw, 2, 2, names, a2) < 0) return NULL;
    args = a2;
    if (!(PY_CHECK_INT(args[0]) || PY_CHECK_FLOAT(args[0])) || !(PY_CHECK_INT(args[1]) || PY_CHECK_FLOAT(args[1]))) {
        /* CPython's a + (b - a) * self.random(), with Python's operators (and their errors) */
        py_obj *d = py_binop(args[1], args[0], PYAST_Sub), *r = d ? py_float(random_double(rng_of(self))) : NULL;
        py_obj *p = r ? py_binop(d, r, PYAST_Mult) : NULL, *sum = p ? py_binop(args[0], p, PYAST_Add) : NULL;
        py_xdecref(d);
        py_xdecref(r);
        py_xdecref(p);
        return sum;
    }
    int ok;
    double a = arg_float(args[0], &ok);
    if (!ok) return NULL;
    double b = arg_float(args[1], &ok);
    if (!ok) return NULL;
    return py_float(a + (b - a) * random_double(rng_of(self)));
}
/* random.gauss(mu=0.0, sigma=1.0): CPython's, two values per two random() */
F(rnd_gauss) {
    static const char *const names[] = { "mu", "sigma", NULL };
    py_obj *a[2] = { NULL, NULL };
    if (py_args("gauss", args, nargs, kw, 0, 2, names, a) < 0) return NULL;
    int ok = 1;
    double mu = a[0] ? arg_float(a[0], &ok) : 0.0;
    if (!ok) return NULL;
    double sigma = a[1] ? arg_float(a[1], &ok) : 1.0;
    if (!ok) return NULL;
    rng *R = rng_of(self);
    double z = R->gauss_next;
    if (!R->gauss_has_next) {
        double x2pi = random_double(R) * 6.283185307179586;
        double g2rad = sqrt(-2.0 * log(1.0 - random_double(R)));
        z = cos(x2pi) * g2rad;
        R->gauss_next = sin(x2pi) * g2rad;
    }
    R->gauss_has_next = !R->gauss_has_next;
    return py_float(mu + z * sigma);
}
/* The continuous distributions of CPython 3.11's random.py, draw for draw:
 * their arguments as floats (in 3.11 expovariate has no default) */
static int rnd_floats(const char *name, py_obj *const *args, size_t nargs, py_obj *kw, int min, const char *const *names,
                      double *out, py_obj **raw) {
    py_obj *a[3] = { NULL, NULL, NULL };
    int max = 0;
    while (names[max]) max++;
    if (py_args_py(name, args, nargs, kw, min, max, names, a) < 0) return -1;
    for (int i = 0; i < max; i++) {
        if (raw) raw[i] = a[i];
        int ok = 1;
        if (a[i] && a[i] != PY_NONE) out[i] = arg_float(a[i], &ok);
        if (!ok) return -1;
    }
    return 0;
}
static py_obj *float_div0(void) { return py_err_set(py_exc_ZeroDivisionError, "float division by zero"); }
F(rnd_expovariate) { /* -_log(1.0 - self.random()) / lambd, lambd as it is given */
    static const char *const names[] = { "lambd", NULL };
    py_obj *a[1];
    if (py_args_py("Random.expovariate", args, nargs, kw, 1, 1, names, a) < 0) return NULL;
    py_obj *x = py_float(-log(1.0 - random_double(rng_of(self))));
    py_obj *r = x ? py_binop(x, a[0], PYAST_Div) : NULL;
    py_xdecref(x);
    return r;
}
F(rnd_triangular) {
    static const char *const names[] = { "low", "high", "mode", NULL };
    double v[3] = { 0.0, 1.0, 0.0 };
    py_obj *raw[3];
    if (rnd_floats("Random.triangular", args, nargs, kw, 0, names, v, raw) < 0) return NULL;
    double low = v[0], high = v[1], u = random_double(rng_of(self)), c = 0.5;
    if (raw[2] && raw[2] != PY_NONE) {
        if (high - low == 0) return raw[0] ? py_incref(raw[0]) : py_float(low); /* random.py returns low as given */
        c = (v[2] - low) / (high - low);
    }
    if (u > c) { u = 1.0 - u; c = 1.0 - c; double t = low; low = high; high = t; }
    return py_float(low + (high - low) * sqrt(u * c));
}
static double normal_draw(rng *R) { /* Kinderman and Monahan's method, as random.py's normalvariate */
    for (;;) {
        double u1 = random_double(R), u2 = 1.0 - random_double(R);
        double z = 1.7155277699214135 * (u1 - 0.5) / u2; /* NV_MAGICCONST */
        if (z * z / 4.0 <= -log(u2)) return z;
    }
}
F(rnd_normalvariate) {
    static const char *const names[] = { "mu", "sigma", NULL };
    double v[2] = { 0.0, 1.0 };
    if (rnd_floats("Random.normalvariate", args, nargs, kw, 0, names, v, NULL) < 0) return NULL;
    return py_float(v[0] + normal_draw(rng_of(self)) * v[1]);
}
F(rnd_lognormvariate) {
    static const char *const names[] = { "mu", "sigma", NULL };
    double v[2];
    if (rnd_floats("Random.lognormvariate", args, nargs, kw, 2, names, v, NULL) < 0) return NULL;
    return py_float(exp(v[0] + normal_draw(rng_of(self)) * v[1]));
}
F(rnd_paretovariate) {
    static const char *const names[] = { "alpha", NULL };
    double v[1];
    if (rnd_floats("Random.paretovariate", args, nargs, kw, 1, names, v, NULL) < 0) return NULL;
    double u = 1.0 - random_double(rng_of(self));
    if (v[0] == 0) return float_div0();
    return py_float(pow(u, -1.0 / v[0]));
}
F(rnd_weibullvariate) {
    static const char *const names[] = { "alpha", "beta", NULL };
    double v[2];
    if (rnd_floats("Random.weibullvariate", args, nargs, kw, 2, names, v, NULL) < 0) return NULL;
    double u = 1.0 - random_double(rng_of(self));
    if (v[1] == 0) return float_div0();
    return py_float(v[0] * pow(-log(u), 1.0 / v[1]));
}
/* vonmisesvariate(mu, kappa): random.py's (Best and Fisher's) */
F(rnd_vonmisesvariate) {
    static const char *const names[] = { "mu", "kappa", NULL };
    double v[2];
    if (rnd_floats("Random.vonmisesvariate", args, nargs, kw, 2, names, v, NULL) < 0) return NULL;
    rng *R = rng_of(self);
    double mu = v[0], kappa = v[1], twopi = 2.0 * M_PI;
    if (kappa <= 1e-6) return py_float(twopi * random_double(R));
    double s = 0.5 / kappa, r = s + sqrt(1.0 + s * s), z;
    for (;;) {
        z = cos(M_PI * random_double(R));
        double d = z / (r + z), u2 = random_double(R);
        if (u2 < 1.0 - d * d || u2 <= (1.0 - d) * exp(d)) break;
    }
    double q = 1.0 / r, f = (q + z) / (1.0 + q * z);
    double theta = random_double(R) > 0.5 ? mu + acos(f) : mu - acos(f);
    double m = fmod(theta, twopi); /* Python's %: the sign of the divisor */
    if (m != 0 && m < 0) m += twopi;
    return py_float(m);
}
/* gammavariate(alpha, beta), random.py's three methods by alpha (Cheng's,
 * the exponential, Kennedy & Gentle's GS), and betavariate from it */
static double gamma_draw(rng *R, double alpha, double beta) {
    if (alpha > 1.0) {
        double ainv = sqrt(2.0 * alpha - 1.0), bbb = alpha - 1.3862943611198906, ccc = alpha + ainv; /* LOG4 */
        for (;;) {
            double u1 = random_double(R);
            if (!(1e-7 < u1 && u1 < 0.9999999)) continue;
            double u2 = 1.0 - random_double(R);
            double v = log(u1 / (1.0 - u1)) / ainv, x = alpha * exp(v), z = u1 * u1 * u2, r = bbb + ccc * v - x;
            if (r + 2.504077396776274 - 4.5 * z >= 0.0 || r >= log(z)) return x * beta; /* SG_MAGICCONST */
        }
    }
    if (alpha == 1.0) return -log(1.0 - random_double(R)) * beta;
    for (;;) {
        double u = random_double(R), b = (2.718281828459045 + alpha) / 2.718281828459045, p = b * u, x;
        x = p <= 1.0 ? pow(p, 1.0 / alpha) : -log((b - p) / alpha);
        double u1 = random_double(R);
        if (p > 1.0) { if (u1 <= pow(x, alpha - 1.0)) return x * beta; }
        else if (u1 <= exp(-x)) return x * beta;
    }
}
/* random.py's check, `alpha <= 0.0 or beta <= 0.0`, as Python compares
 * (a str is a TypeError of '<='): 1 when it fails (ValueError set), -1 on error */
static int gamma_bad(py_obj *x) {
    py_obj *z = py_float(0.0);
    int le = z ? py_richcmp_bool(x, z, PY_LE) : -1;
    py_xdecref(z);
    if (le > 0) py_err_set(py_exc_ValueError, "gammavariate: alpha and beta must be > 0.0");
    return le;
}
F(rnd_gammavariate) {
    static const char *const names[] = { "alpha", "beta", NULL };
    py_obj *a[2];
    double v[2];
    if (py_args_py("Random.gammavariate", args, nargs, kw, 2, 2, names, a) < 0) return NULL;
    if (gamma_bad(a[0]) || gamma_bad(a[1])) return NULL;
    if (rnd_floats("Random.gammavariate", args, nargs, kw, 2, names, v, NULL) < 0) return NULL;
    return py_float(gamma_draw(rng_of(self), v[0], v[1]));
}
F(rnd_betavariate) {
    static const char *const names[] = { "alpha", "beta", NULL };
    py_obj *a[2];
    double v[2] = { 0, 0 };
    if (py_args_py("Random.betavariate", args, nargs, kw, 2, 2, names, a) < 0) return NULL;
    /* gammavariate(alpha, 1.0), then (if it is not 0) gammavariate(beta, 1.0): each checks its alpha */
    if (gamma_bad(a[0])) return NULL;
    int ok = 1;
    v[0] = arg_float(a[0], &ok);
    if (!ok) return NULL;
    rng *R = rng_of(self);
    double y = gamma_draw(R, v[0], 1.0);
    if (y == 0.0) return py_float(0.0);
    if (gamma_bad(a[1])) return NULL;
    v[1] = arg_float(a[1], &ok);
    if (!ok) return NULL;
    return py_float(y / (y + gamma_draw(R, v[1], 1.0)));
}
/* random.sample: CPython's random.py, draw for draw: a pool of the population
 * when it is small beside k, else draws of indexes until one not yet taken */
/* isinstance(o, collections.abc.Sequence): 1, 0, or -1 raised */
static int is_sequence(py_obj *o) {
    if (PY_IS_LIST(o) || PY_IS_TUPLE(o) || PY_IS_STR(o) || PY_TYPE(o) == &py_range_type || PY_BYTES_LIKE(o)) return 1;
    if (!(o->type->flags & PY_TF_HEAP)) return 0;
    py_obj *m = py__small_module("_collections_abc");
    py_obj *seq = m ? py_getattr_s(m, "Sequence") : NULL;
    py_xdecref(m);
    if (!seq) return -1;
    py_obj *isi = py_dict_get_s(py__interp.builtins, "isinstance");
    py_obj *ia[2] = { o, seq };
    py_obj *r = isi ? py_call(isi, ia, 2, NULL) : NULL;
    py_decref(seq);
    int t = r ? py_truth(r) : -1;
    py_xdecref(r);
    return t;
}
static py_obj *rnd_sample_k(py_obj *self, py_obj *pop, py_obj *kobj);
/* sample(population, k, *, counts=None), as CPython's random.py: counts
 * repeat each item, as a sample of range(total) mapped through bisect */
F(rnd_sample) {
    static const char *const names[] = { "population", "k", "counts", NULL };
    py_obj *a[3];
    if (py_args_py("Random.sample", args, nargs, kw, 2, 2, names, a) < 0) return NULL;
    int sq = is_sequence(a[0]);
    if (sq < 0) return NULL;
    if (!sq) return py_err_set(py_exc_TypeError, "Population must be a sequence.  For dicts or sets, use sorted(d).");
    int64_t sn = py_len(a[0]);
    if (sn < 0) return NULL;
    if (!a[2] || a[2] == PY_NONE) return rnd_sample_k(self, a[0], a[1]);
    /* cum_counts = list(accumulate(counts)) */
    py_obj *it = py_iter(a[2]), *cum = it ? py_list_new(0) : NULL, *run = NULL, *x;
    while (cum && (x = py_next(it))) {
        py_obj *nr = run ? py_binop(run, x, PYAST_Add) : py_incref(x);
        py_decref(x);
        py_xdecref(run);
        run = nr;
        if (!run || py_list_append(cum, run) < 0) PY_CLEAR(cum);
    }
    py_xdecref(run);
    py_xdecref(it);
    if (!cum || py_err_occurred()) { py_xdecref(cum); return NULL; }
    if ((int64_t)PY_LLEN(cum) != sn) { py_decref(cum); return py_err_set(py_exc_ValueError, "The number of counts does not match the population"); }
    py_obj *total = sn ? py_incref(PY_LITEM(cum, sn - 1)) : NULL;
    if (sn) { /* cum_counts.pop() */
        py_decref(PY_LITEM(cum, sn - 1));
        ((py_list *)cum)->n--;
    }
    if (!total || !PY_CHECK_INT(total)) { py_xdecref(total); py_decref(cum); return py_err_set(py_exc_TypeError, "Counts must be integers"); }
    if (py_int_sign(total) <= 0) { py_decref(total); py_decref(cum); return py_err_set(py_exc_ValueError, "Total of counts must be greater than zero"); }
    py_obj *pool = py_call((py_obj *)&py_range_type, &total, 1, NULL);
    py_decref(total);
    py_obj *sel = pool ? rnd_sample_k(self, pool, a[1]) : NULL;
    py_xdecref(pool);
    py_obj *res = sel ? py_list_new(0) : NULL;
    for (size_t i = 0; res && i < PY_LLEN(sel); i++) {
        /* bisect_right(cum_counts, s) */
        size_t lo = 0, hi = PY_LLEN(cum);
        while (lo < hi) {
            size_t mid = (lo + hi) / 2;
            py_obj *c = py_richcmp(PY_LITEM(sel, i), PY_LITEM(cum, mid), PY_LT);
            int lt = c ? py_truth(c) : -1;
            py_xdecref(c);
            if (lt < 0) { PY_CLEAR(res); break; }
            if (lt) hi = mid; else lo = mid + 1;
        }
        py_obj *ix = res ? py_int((int64_t)lo) : NULL, *item = ix ? py_getitem(a[0], ix) : NULL;
        py_xdecref(ix);
        if (!item || py_list_append(res, item) < 0) PY_CLEAR(res);
        py_xdecref(item);
    }
    py_xdecref(sel);
    py_decref(cum);
    return res;
}
static py_obj *rnd_sample_k(py_obj *self, py_obj *pop, py_obj *kobj) {
    py_obj *a[2] = { pop, kobj };
    int64_t k, sn = py_len(a[0]);
    if (sn < 0) return NULL;
    size_t n = (size_t)sn;
    if (!PY_CHECK_INT(a[1])) { /* `if not 0 <= k <= n` (its comparisons' errors), then `[None] * k` */
        py_obj *z = py_int(0), *nn = py_int(sn), *c1 = z ? py_richcmp(z, a[1], PY_LE) : NULL;
        int t1 = c1 ? py_truth(c1) : -1, t2 = 0;
        if (t1 > 0) {
            py_obj *c2 = py_richcmp(a[1], nn, PY_LE);
            t2 = c2 ? py_truth(c2) : -1;
            py_xdecref(c2);
        }
        py_xdecref(c1);
        py_xdecref(z);
        py_xdecref(nn);
        if (t1 < 0 || t2 < 0) return NULL;
        if (!t1 || !t2) return py_err_set(py_exc_ValueError, "Sample larger than population or is negative");
        if (!py_type_lookup_s(a[1]->type, "__index__"))
            return py_err_set(py_exc_TypeError, "can't multiply sequence by non-int of type '%s'", py_type_name(a[1]));
        py_obj *ix = py_call_method(a[1], "__index__", NULL, 0);
        if (!ix) return NULL;
        int r = rnd_int(ix, &k);
        py_decref(ix);
        if (r < 0) return NULL;
    } else if (rnd_int(a[1], &k) < 0) return NULL;
    if (k < 0 || (size_t)k > n) return py_err_set(py_exc_ValueError, "Sample larger than population or is negative");
    size_t setsize = 21;
    if (k > 5) setsize += (size_t)pow(4, ceil(log((double)(k * 3)) / log(4)));
    py_obj *res = py_list_new((size_t)k);
    if (!res) return NULL;
    for (int64_t i = 0; i < k; i++) PY_LITEM(res, i) = py_none();
    if (n <= setsize) {
        py_obj *pool = py_sequence_list(a[0]);
        if (!pool) { py_decref(res); return NULL; }
        for (int64_t i = 0; i < k; i++) {
            size_t j = (size_t)randbelow(rng_of(self), n - (size_t)i);
            PY_SETREF(PY_LITEM(res, i), py_incref(PY_LITEM(pool, j)));
            PY_SETREF(PY_LITEM(pool, j), py_incref(PY_LITEM(pool, n - (size_t)i - 1)));
        }
        py_decref(pool);
        return res;
    }
    /* the indexes taken, in an open-addressed table of 2k..4k slots (n > 3k here) */
    size_t cap = 8;
    while (cap < 2 * (size_t)k) cap *= 2;
    uint64_t *taken = malloc(cap * sizeof *taken);
    if (!taken) { py_decref(res); return py_err_nomem(); }
    for (size_t t = 0; t < cap; t++) taken[t] = UINT64_MAX;
    for (int64_t i = 0; i < k; i++) {
        uint64_t j;
        size_t slot;
        for (;;) {
            j = randbelow(rng_of(self), n);
            slot = (size_t)(j * 0x9E3779B97F4A7C15ULL) & (cap - 1);
            while (taken[slot] != UINT64_MAX && taken[slot] != j) slot = (slot + 1) & (cap - 1);
            if (taken[slot] == UINT64_MAX) break;
        }
        taken[slot] = j;
        py_obj *ix = py_int((int64_t)j), *item = ix ? py_getitem(a[0], ix) : NULL;
        py_xdecref(ix);
        if (!item) { free(taken); py_decref(res); return NULL; }
        PY_SETREF(PY_LITEM(res, i), item);
    }
    free(taken);
    return res;
}
F(rnd_getrandbits) {
    int64_t k;
    if (nargs != 1 || rnd_int(args[0], &k) < 0) return NULL;
    if (k < 0) return py_err_set(py_exc_ValueError, "number of bits must be non-negative");
    if (k > 63) return big_getrandbits(rng_of(self), k);
    return py_int(k ? (int64_t)getrandbits(rng_of(self), (int)k) : 0);
}
/* randbytes(n): getrandbits(n * 8).to_bytes(n, 'little') */
F(rnd_randbytes) {
    int64_t n;
    if (nargs != 1) return py_err_set(py_exc_TypeError, "Random.randbytes() takes 2 positional arguments but %d were given", (int)nargs + 1);
    if (rnd_int(args[0], &n) < 0) return NULL;
    if (n < 0) return py_err_set(py_exc_ValueError, "number of bits must be non-negative");
    rng *R = rng_of(self);
    unsigned char *buf = malloc(n ? (size_t)n : 1);
    if (!buf) return py_err_nomem();
    for (int64_t i = 0; i < n; i += 4) {
        uint32_t w = genrand(R);
        int64_t left = n - i;
        if (left < 4) w >>= 32 - 8 * left;
        for (int j = 0; j < 4 && j < left; j++) buf[i + j] = (unsigned char)(w >> (8 * j));
    }
    py_obj *r = py_bytes_new(buf, (size_t)n);
    free(buf);
    return r;
}
/* random.choices: CPython's random.py, draw for draw (weights summed as
 * floats, then bisect_right over the cumulative weights) */
F(rnd_choices) {
    static const char *const names[] = { "population", "weights", "cum_weights", "k", NULL };
    py_obj *a[4];
    if (py_args_py("Random.choices", args, nargs, kw, 1, 2, names, a) < 0) return NULL;
    int64_t n = py_len(a[0]), k = 1;
    if (n < 0) return NULL;
    py_obj *weights = a[1] && a[1] != PY_NONE ? a[1] : NULL, *cumw = a[2] && a[2] != PY_NONE ? a[2] : NULL, *cum = NULL;
    if (!cumw && weights) {
        /* cum_weights = list(accumulate(weights)): Python's additions */
        py_obj *it = py_iter(weights), *run = NULL, *x;
        if (!it) {
            if (PY_CHECK_INT(weights) && py_err_matches(py_exc_TypeError)) {
                py_err_clear();
                return py_err_set(py_exc_TypeError, "The number of choices must be a keyword argument: k=%R", weights);
            }
            return NULL;
        }
        cum = py_list_new(0);
        while (cum && (x = py_next(it))) {
            py_obj *nr = run ? py_binop(run, x, PYAST_Add) : py_incref(x);
            py_decref(x);
            py_xdecref(run);
            run = nr;
            if (!run || py_list_append(cum, run) < 0) PY_CLEAR(cum);
        }
        py_xdecref(run);
        py_decref(it);
        if (cum && py_err_occurred()) PY_CLEAR(cum);
        if (!cum) return NULL;
    } else if (cumw && weights) return py_err_set(py_exc_TypeError, "Cannot specify both weights and cumulative weights");
    else if (cumw && !(cum = py_sequence_list(cumw))) return NULL;
    if (a[3] && rnd_int(a[3], &k) < 0) { py_xdecref(cum); return NULL; } /* (itertools.repeat(None, k)'s) */
    double total = 0;
    if (cum) {
        if ((int64_t)PY_LLEN(cum) != n) { py_decref(cum); return py_err_set(py_exc_ValueError, "The number of weights does not match the population"); }
        if (!n) { py_decref(cum); return py_err_set(py_exc_IndexError, "list index out of range"); }
        py_obj *zero = py_float(0.0), *t = zero ? py_binop(PY_LITEM(cum, n - 1), zero, PYAST_Add) : NULL; /* cum_weights[-1] + 0.0 */
        py_xdecref(zero);
        if (!t) { py_decref(cum); return NULL; }
        if (!PY_IS_FLOAT(t)) { /* a number of one's own class: CPython compares it as it is */
            py_decref(t);
            py_decref(cum);
            return py_err_set(py_exc_NotImplementedError, "random.choices() of weights that are not ints or floats is not supported by casyncio's Python");
        }
        total = ((py_floatobj *)t)->v;
        py_decref(t);
        if (!(total > 0.0)) { py_decref(cum); return py_err_set(py_exc_ValueError, "Total of weights must be greater than zero"); }
        if (!isfinite(total)) { py_decref(cum); return py_err_set(py_exc_ValueError, "Total of weights must be finite"); }
    }
    py_obj *res = py_list_new(0);
    for (int64_t j = 0; j < k && res; j++) {
        int64_t i;
        if (!cum) i = (int64_t)floor(random_double(rng_of(self)) * (double)n);
        else { /* bisect(cum_weights, random() * total, 0, n - 1) */
            py_obj *xo = py_float(random_double(rng_of(self)) * total);
            int64_t lo = 0, hi = n - 1;
            while (xo && lo < hi) {
                int64_t mid = (lo + hi) / 2;
                py_obj *c = py_richcmp(xo, PY_LITEM(cum, mid), PY_LT);
                int lt = c ? py_truth(c) : -1;
                py_xdecref(c);
                if (lt < 0) { PY_CLEAR(xo); break; }
                if (lt) hi = mid; else lo = mid + 1;
            }
            if (!xo) { PY_CLEAR(res); break; }
            py_decref(xo);
            i = lo;
        }
        py_obj *ix = py_int(i), *item = py_getitem(a[0], ix);
        py_decref(ix);
        if (!item || py_list_append(res, item) < 0) PY_CLEAR(res);
        py_xdecref(item);
    }
    py_xdecref(cum);
    return res;
}
/* getstate(): (3, the 624 words and the index, gauss()'s kept value or None), as CPython's */
F(rnd_getstate) {
    if (nargs || (kw && PY_TLEN(kw))) return py_err_set(py_exc_TypeError, "getstate() takes no arguments");
    rng *R = rng_of(self);
    if (R->mti == MT_N + 1) seed_time(R); /* seeded as a first draw would seed it */
    py_obj *words = py_tuple_new(MT_N + 1);
    for (size_t i = 0; words && i < MT_N; i++) PY_TITEM(words, i) = py_int(R->mt[i]);
    if (words) PY_TITEM(words, MT_N) = py_int(R->mti);
    py_obj *g = R->gauss_has_next ? py_float(R->gauss_next) : py_none(), *v = py_int(3);
    py_obj *r = words && g && v ? py_tuple_pack(3, v, words, g) : NULL;
    py_xdecref(words);
    py_xdecref(g);
    py_xdecref(v);
    return r;
}
F(rnd_setstate) {
    if (nargs != 1 || (kw && PY_TLEN(kw))) return py_err_set(py_exc_TypeError, "setstate() takes exactly one argument");
    rng *R = rng_of(self);
    py_obj *st = args[0];
    if (!PY_IS_TUPLE(st) && !PY_IS_LIST(st)) return py_err_set(py_exc_TypeError, "'%s' object is not subscriptable", py_type_name(st));
    size_t n = PY_IS_TUPLE(st) ? PY_TLEN(st) : PY_LLEN(st);
    py_obj *const *it = PY_IS_TUPLE(st) ? &PY_TITEM(st, 0) : &PY_LITEM(st, 0);
    if (n < 1) return py_err_set(py_exc_IndexError, "tuple index out of range");
    int ov;
    int64_t version = PY_IS_INT(it[0]) ? py_int_val(it[0], &ov) : -1;
    if (version != 3 && version != 2)
        return py_err_set(py_exc_ValueError, "state with version %R passed to Random.setstate() of version 3", it[0]);
    if (n != 3) return py_err_set(py_exc_ValueError, n < 3 ? "not enough values to unpack (expected 3, got %d)"
                                  : "too many values to unpack (expected 3)", (int)n);
    py_obj *words = it[1], *g = it[2];
    if (!PY_IS_TUPLE(words)) return py_err_set(py_exc_TypeError, "state vector must be a tuple");
    if (PY_TLEN(words) != MT_N + 1) return py_err_set(py_exc_ValueError, "state vector is the wrong size");
    uint32_t mt[MT_N];
    int64_t w;
    for (size_t i = 0; i <= MT_N; i++) {
        py_obj *x = PY_TITEM(words, i);
        if (!PY_IS_INT(x)) return py_err_set(py_exc_TypeError, "'%s' object cannot be interpreted as an integer", py_type_name(x));
        w = py_int_val(x, &ov);
        if (ov || w < 0 || w > 0xffffffffLL) return py_err_set(py_exc_OverflowError, "Python int too large to convert to C unsigned long");
        if (i < MT_N) mt[i] = (uint32_t)w;
    }
    if (w < 0 || w > MT_N) return py_err_set(py_exc_ValueError, "invalid state");
    int ok = 1;
    double gv = g == PY_NONE ? 0 : py_float_val(g, &ok);
    if (!ok) return NULL;
    memcpy(R->mt, mt, sizeof mt);
    R->mti = (int)w;
    R->gauss_has_next = g != PY_NONE;
    R->gauss_next = gv;
    return py_none();
}
/* CPython's random names outside the subset: calling one fails loudly */
#define RND_UNSUPPORTED(fn, what) F(fn) { return py_err_set(py_exc_NotImplementedError, "random.%s is not supported by casyncio's Python", what); }
RND_UNSUPPORTED(rnd_SystemRandom, "SystemRandom()")
/* The methods of random.Random, and the module's functions (the module's
 * own generator: self is not a Random there). */
#define RND_METHODS \
    { "seed", rnd_seed, 0 }, { "random", rnd_random, 0 }, { "randint", rnd_randint, 0 }, { "randrange", rnd_randrange, 0 }, \
    { "choice", rnd_choice, 0 }, { "shuffle", rnd_shuffle, 0 }, { "uniform", rnd_uniform, 0 }, { "sample", rnd_sample, 0 }, \
    { "getrandbits", rnd_getrandbits, 0 }, { "choices", rnd_choices, 0 }, { "gauss", rnd_gauss, 0 }, \
    { "expovariate", rnd_expovariate, 0 }, { "triangular", rnd_triangular, 0 }, { "normalvariate", rnd_normalvariate, 0 }, \
    { "lognormvariate", rnd_lognormvariate, 0 }, { "paretovariate", rnd_paretovariate, 0 }, { "weibullvariate", rnd_weibullvariate, 0 }, \
    { "gammavariate", rnd_gammavariate, 0 }, { "betavariate", rnd_betavariate, 0 }, \
    { "vonmisesvariate", rnd_vonmisesvariate, 0 }, { "randbytes", rnd_randbytes, 0 }, \
    { "getstate", rnd_getstate, 0 }, { "setstate", rnd_setstate, 0 }
static const py_methoddef random_type_methods[] = { RND_METHODS, { NULL, NULL, 0 } };
/* random.Random(x=None): a generator of its own, seeded as seed(x) seeds */
static py_obj *random_vnew(py_type *t, py_obj *const *args, size_t nargs, py_obj *kw) {
    if (nargs > 1) return py_err_set(py_exc_TypeError, "Random.__init__() takes from 1 to 2 positional arguments but %d were given", (int)nargs + 1);
    rndobj *o = (rndobj *)py_alloc(t);
    if (!o) return NULL;
    o->r.mti = MT_N + 1;
    o->r.gauss_has_next = 0;
    py_obj *r = rnd_seed((py_obj *)o, args, nargs, kw);
    if (!r) { py_decref(o); return NULL; }
    py_decref(r);
    return (py_obj *)o;
}
/* "Random", module random: CPython's is a class of random.py, not a C type
 * named "module.name", so its messages say 'Random' */
static py_type random_type = { {PY_IMMORTAL, &py_type_type}, "Random", .size = sizeof(rndobj),
    .vnew = random_vnew, .methods = random_type_methods };
static const py_methoddef random_methods[] = {
    { "SystemRandom", rnd_SystemRandom, 0 }, RND_METHODS, { NULL, NULL, 0 },
};
py_obj *py__random_module(void) {
    py__type_ready(&random_type);
    PY_SETREF(random_type.module, py_str_intern("random")); /* its __module__ and repr */
    py_obj *m = new_module("random", random_methods);
    if (m) py_dict_set_s(((py_module *)m)->dict, "Random", (py_obj *)&random_type);
    return m;
}

/* ---- math ------------------------------------------------------------------------------ */

static py_obj *math1(py_obj *const *args, size_t nargs, const char *name, double (*fn)(double), int domain_check) {
    if (nargs != 1) return py_err_set(py_exc_TypeError, "math.%s() takes exactly one argument (%d given)", name, (int)nargs);
    int ok;
    double x = arg_float(args[0], &ok);
    if (!ok) return NULL;
    double r = fn(x);
    if (domain_check && isnan(r) && !isnan(x)) return py_err_set(py_exc_ValueError, "math domain error");
    if (isinf(r) && isfinite(x)) return py_err_set(domain_check == 2 ? py_exc_ValueError : py_exc_OverflowError,
                                                  domain_check == 2 ? "math domain error" : "math range error");
    return py_float(r);
}
F(m_sqrt) { return math1(args, nargs, "sqrt", sqrt, 1); }
F(m_exp) { return math1(args, nargs, "exp", exp, 0); }
F(m_sin) { return math1(args, nargs, "sin", sin, 1); }
F(m_cos) { return math1(args, nargs, "cos", cos, 1); }
F(m_tan) { return math1(args, nargs, "tan", tan, 1); }
F(m_atan) { return math1(args, nargs, "atan", atan, 1); }
F(m_asin) { return math1(args, nargs, "asin", asin, 1); }
F(m_acos) { return math1(args, nargs, "acos", acos, 1); }
F(m_fabs) { return math1(args, nargs, "fabs", fabs, 0); }
/* an int argument of log, log2 and log10 whatever its size (loghelper: math.log10(1000!)) */
#define INT_LOG(which, x) do { double r_; if (py_int_log(x, which, &r_) < 0) return NULL; return py_float(r_); } while (0)
F(m_log2) { if (nargs == 1 && PY_CHECK_INT(args[0])) INT_LOG(1, args[0]); return math1(args, nargs, "log2", log2, 2); }
F(m_log10) { if (nargs == 1 && PY_CHECK_INT(args[0])) INT_LOG(2, args[0]); return math1(args, nargs, "log10", log10, 2); }
F(m_asinh) { return math1(args, nargs, "asinh", asinh, 0); }
F(m_acosh) { return math1(args, nargs, "acosh", acosh, 1); }
F(m_atanh) { return math1(args, nargs, "atanh", atanh, 2); }
F(m_cbrt) { return math1(args, nargs, "cbrt", cbrt, 0); }
F(m_exp2) { return math1(args, nargs, "exp2", exp2, 0); }
F(m_erf) { return math1(args, nargs, "erf", erf, 0); }
F(m_erfc) { return math1(args, nargs, "erfc", erfc, 0); }
F(m_nextafter) {
    if (nargs != 2) return py_err_set(py_exc_TypeError, "nextafter expected 2 arguments, got %d", (int)nargs);
    int ok;
    double x = arg_float(args[0], &ok);
    if (!ok) return NULL;
    double y = arg_float(args[1], &ok);
    return ok ? py_float(nextafter(x, y)) : NULL;
}
F(m_ulp) { /* CPython's math_ulp_impl */
    if (nargs != 1) return py_err_set(py_exc_TypeError, "math.ulp() takes exactly one argument (%d given)", (int)nargs);
    int ok;
    double x = arg_float(args[0], &ok);
    if (!ok) return NULL;
    if (isnan(x)) return py_float(x);
    x = fabs(x);
    if (isinf(x)) return py_float(x);
    double x2 = nextafter(x, INFINITY);
    if (isinf(x2)) return py_float(x - nextafter(x, -INFINITY));
    return py_float(x2 - x);
}
/* math.gamma and math.lgamma as CPython 3.11 computes them (not libm's tgamma and
 * lgamma, whose last digits differ): the Lanczos approximation with N = 13 and
 * g = 6.024680040776729583740234375 (Boost's parameters) as a rational function,
 * a correction for the rounding of x + g - 0.5, the reflection formula for x < 0,
 * and exact values for the integers 1..23. */
static const double lz_g = 6.024680040776729583740234375, lz_gmh = 5.524680040776729583740234375;
static const double lz_num[13] = {
    23531376880.410759688572007674451636754734846804940, 42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843, 17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708, 1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801, 31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768, 186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024, 210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408,
};
/* the denominator x (x + 1) ... (x + 11), as a polynomial's coefficients */
static const double lz_den[13] = { 0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0, 13339535.0,
                                   2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0 };
static double lz_sum(double x) {
    double num = 0.0, den = 0.0;
    if (x < 5.0) /* Horner's rule in x */
        for (int i = 12; i >= 0; i--) { num = num * x + lz_num[i]; den = den * x + lz_den[i]; }
    else /* in 1/x: no overflow for large x */
        for (int i = 0; i < 13; i++) { num = num / x + lz_num[i]; den = den / x + lz_den[i]; }
    return num / den;
}
/* sin(pi x), exact at the integers and half-integers */
static double sin_pi(double x) {
    double y = fmod(fabs(x), 2.0), r;
    switch ((int)round(2.0 * y)) {
    case 0: r = sin(M_PI * y); break;
    case 1: r = cos(M_PI * (y - 0.5)); break;
    case 2: r = sin(M_PI * (1.0 - y)); break;
    case 3: r = -cos(M_PI * (y - 1.5)); break;
    default: r = sin(M_PI * (y - 2.0)); break;
    }
    return copysign(1.0, x) * r;
}
/* 0: a value in *r; 1: domain error (ValueError); 2: out of range (OverflowError) */
static int gamma_of(double x, double *r) {
    if (!isfinite(x)) {
        *r = x;
        return isnan(x) || x > 0 ? 0 : 1;
    }
    if (x == 0.0) return 1;
    if (x == floor(x)) {
        if (x < 0.0) return 1;
        if (x <= 23) {
            double f = 1.0;
            for (int k = 2; k < (int)x; k++) f *= k;
            *r = f;
            return 0;
        }
    }
    double ax = fabs(x);
    if (ax < 1e-20) { *r = 1.0 / x; return isinf(*r) ? 2 : 0; }
    if (ax > 200.0) {
        if (x < 0.0) { *r = 0.0 / sin_pi(x); return 0; }
        return 2;
    }
    double y = ax + lz_gmh, z;
    /* the rounding error of y, as x + g - 0.5 exactly minus y */
    if (ax > lz_gmh) { double q = y - ax; z = q - lz_gmh; }
    else { double q = y - lz_gmh; z = q - ax; }
    z = z * lz_g / y;
    double v;
    if (x < 0.0) {
        v = -M_PI / sin_pi(ax) / ax * exp(y) / lz_sum(ax);
        v -= z * v;
        if (ax < 140.0) v /= pow(y, ax - 0.5);
        else { double sp = pow(y, ax / 2.0 - 0.25); v /= sp; v /= sp; }
    } else {
        v = lz_sum(ax) / exp(y);
        v += z * v;
        if (ax < 140.0) v *= pow(y, ax - 0.5);
        else { double sp = pow(y, ax / 2.0 - 0.25); v *= sp; v *= sp; }
    }
    *r = v;
    return isinf(v) ? 2 : 0;
}
static int lgamma_of(double x, double *r) {
    if (!isfinite(x)) { *r = isnan(x) ? x : INFINITY; return 0; }
    if (x == floor(x) && x <= 2.0) {
        if (x <= 0.0) return 1;
        *r = 0.0;
        return 0;
    }
    double ax = fabs(x);
    if (ax < 1e-20) { *r = -log(ax); return 0; }
    double v = log(lz_sum(ax)) - lz_g;
    v += (ax - 0.5) * (log(ax + lz_g - 0.5) - 1);
    if (x < 0.0) v = 1.144729885849400174143427351353058711647 - log(fabs(sin_pi(ax))) - log(ax) - v;
    *r = v;
    return isinf(v) ? 2 : 0;
}
static py_obj *gamma_common(py_obj *const *args, size_t nargs, const char *name, int (*fn)(double, double *)) {
    if (nargs != 1) return py_err_set(py_exc_TypeError, "math.%s() takes exactly one argument (%d given)", name, (int)nargs);
    int ok;
    double x = arg_float(args[0], &ok), r = 0;
    if (!ok) return NULL;
    switch (fn(x, &r)) {
    case 1: return py_err_set(py_exc_ValueError, "math domain error");
    case 2: return py_err_set(py_exc_OverflowError, "math range error");
    }
    return py_float(r);
}
F(m_gamma) { return gamma_common(args, nargs, "gamma", gamma_of); }
F(m_lgamma) { return gamma_common(args, nargs, "lgamma", lgamma_of); }
F(m_log) {
    if (kw && PY_TLEN(kw)) return py_err_set(py_exc_TypeError, "log() takes no keyword arguments"); /* (METH_VARARGS) */
    if (nargs < 1 || nargs > 2) return py_err_set(py_exc_TypeError, "log expected 1 or 2 arguments");
    double v[2];
    for (size_t i = 0; i < nargs; i++) {
        if (PY_CHECK_INT(args[i])) { /* of any size (loghelper) */
            if (py_int_log(args[i], 0, &v[i]) < 0) return NULL;
            continue;
        }
        int ok;
        double x = arg_float(args[i], &ok);
        if (!ok) return NULL;
        if (x <= 0) return py_err_set(py_exc_ValueError, "math domain error");
        v[i] = log(x);
    }
    if (nargs == 2 && v[1] == 0) return py_err_set(py_exc_ZeroDivisionError, "float division by zero");
    return py_float(nargs == 2 ? v[0] / v[1] : v[0]);
}
/* math.floor, ceil and trunc: an int as it is (a big one too), a float
 * rounded, else the argument's __floor__, __ceil__ or __trunc__ (a
 * Fraction's), as CPython's; floor and ceil then try float() */
static py_obj *round_to_int(py_obj *const *args, size_t nargs, const char *name, double (*fn)(double)) {
    if (nargs != 1) return py_err_set(py_exc_TypeError, "math.%s() takes exactly one argument (%d given)", name, (int)nargs);
    if (PY_TYPE(args[0]) == &py_int_type) return py_incref(args[0]);
    if (PY_CHECK_INT(args[0])) return py_call1((py_obj *)&py_int_type, args[0]); /* a bool, a subclass's: an int */
    if (!PY_CHECK_FLOAT(args[0])) {
        char dunder[16];
        snprintf(dunder, sizeof dunder, "__%s__", name);
        py_obj *m = py_type_lookup_s(PY_TYPE(args[0]), dunder);
        if (m) {
            py_obj *b = m->type->descr_get ? m->type->descr_get(m, args[0], (py_obj *)PY_TYPE(args[0])) : py_incref(m);
            py_obj *r = b ? py_call(b, NULL, 0, NULL) : NULL;
            py_xdecref(b);
            return r;
        }
        if (fn == trunc) return py_err_set(py_exc_TypeError, "type %s doesn't define __trunc__ method", py_type_name(args[0]));
    }
    int ok;
    double x = arg_float(args[0], &ok);
    if (!ok) return NULL;
    if (isnan(x)) return py_err_set(py_exc_ValueError, "cannot convert float NaN to integer");
    if (isinf(x)) return py_err_set(py_exc_OverflowError, "cannot convert float infinity to integer");
    py_obj *f = py_float(fn(x));
    py_obj *r = py_call1((py_obj *)&py_int_type, f);
    py_decref(f);
    return r;
}
F(m_floor) { return round_to_int(args, nargs, "floor", floor); }
F(m_ceil) { return round_to_int(args, nargs, "ceil", ceil); }
F(m_trunc) { return round_to_int(args, nargs, "trunc", trunc); }
F(m_pow) {
    if (nargs != 2) return py_err_set(py_exc_TypeError, "pow expected 2 arguments, got %d", (int)nargs);
    int ok;
    double a = arg_float(args[0], &ok);
    if (!ok) return NULL;
    double b = arg_float(args[1], &ok);
    if (!ok) return NULL;
    double r = pow(a, b);
    if (isnan(r) && !isnan(a) && !isnan(b)) return py_err_set(py_exc_ValueError, "math domain error");
    if (isinf(r) && isfinite(a) && isfinite(b)) {
        if (a == 0) return py_err_set(py_exc_ValueError, "math domain error");
        return py_err_set(py_exc_OverflowError, "math range error");
    }
    return py_float(r);
}
F(m_atan2) {
    if (nargs != 2) return py_err_set(py_exc_TypeError, "atan2 expected 2 arguments, got %d", (int)nargs);
    int ok;
    double a = arg_float(args[0], &ok);
    if (!ok) return NULL;
    double b = arg_float(args[1], &ok);
    if (!ok) return NULL;
    return py_float(atan2(a, b));
}
/* The Euclidean norm of n magnitudes whose largest is max, as CPython's
 * vector_norm (mathmodule.c, 3.10 on) works it out: every value scaled by one
 * power of two that puts the largest in [0.5, 1), the squares summed from 1.0
 * with the rounding errors of each product (fma gives it exactly) and of each
 * addition kept apart, then one Newton step on the square root.  So hypot()
 * and dist() give CPython's last digit on glibc and musl alike, where libm's
 * hypot chained value by value differed in it (hypot(1, 1, 1)). */
static void add_product(double *acc, double x, double y) {
    double p = x * y, t = acc[0] + p;
    acc[1] += fma(x, y, -p); /* the product's rounding error, exactly */
    acc[2] += (acc[0] - t) + p; /* the addition's (Fast2Sum: |acc[0]| >= |p|) */
    acc[0] = t;
}
static double vector_norm(size_t n, double *v, double max, int found_nan) {
    if (isinf(max)) return max;
    if (found_nan) return NAN;
    if (max == 0.0 || n <= 1) return max;
    int e;
    frexp(max, &e);
    if (e < -1023) { /* all subnormal, where 2**-e would overflow: 3.11 divides by max instead */
        double sum = 1.0, err = 0.0;
        for (size_t i = 0; i < n; i++) {
            double x = v[i] / max, t = sum + x * x;
            err += (sum - t) + x * x;
            sum = t;
        }
        return max * sqrt(sum - 1.0 + err);
    }
    double scale = ldexp(1.0, -e), acc[3] = { 1.0, 0.0, 0.0 }; /* the sum, its products' and additions' errors */
    for (size_t i = 0; i < n; i++) add_product(acc, v[i] * scale, v[i] * scale);
    double h = sqrt(acc[0] - 1.0 + (acc[1] + acc[2]));
    add_product(acc, -h, h); /* what is left of the sum once the root is squared off */
    h += (acc[0] - 1.0 + (acc[1] + acc[2])) / (2.0 * h);
    return h / scale;
}
/* hypot's and dist's magnitudes: on the stack up to 16, as CPython's NUM_STACK_ELEMS */
static double *norm_buffer(size_t n, double *stack) {
    if (n <= 16) return stack;
    double *v = malloc(n * sizeof *v);
    if (!v) py_err_nomem();
    return v;
}
F(m_hypot) {
    double stack[16], *v = norm_buffer(nargs, stack), max = 0.0;
    if (!v) return NULL;
    int found_nan = 0;
    for (size_t i = 0; i < nargs; i++) {
        int ok;
        double x = fabs(arg_float(args[i], &ok));
        if (!ok) { if (v != stack) free(v); return NULL; }
        v[i] = x;
        found_nan |= isnan(x);
        if (x > max) max = x;
    }
    double r = vector_norm(nargs, v, max, found_nan);
    if (v != stack) free(v);
    return py_float(r);
}
F(m_isnan) { int ok; double x = nargs == 1 ? arg_float(args[0], &ok) : (ok = 0, 0); if (!ok) return nargs == 1 ? NULL : py_err_set(py_exc_TypeError, "isnan() takes one argument"); return py_bool(isnan(x)); }
F(m_isinf) { int ok; double x = nargs == 1 ? arg_float(args[0], &ok) : (ok = 0, 0); if (!ok) return nargs == 1 ? NULL : py_err_set(py_exc_TypeError, "isinf() takes one argument"); return py_bool(isinf(x)); }
F(m_isfinite) { int ok; double x = nargs == 1 ? arg_float(args[0], &ok) : (ok = 0, 0); if (!ok) return nargs == 1 ? NULL : py_err_set(py_exc_TypeError, "isfinite() takes one argument"); return py_bool(isfinite(x)); }
F(m_isclose) {
    static const char *const names[] = { "", "", "rel_tol", "abs_tol", NULL };
    py_obj *a[4];
    if (py_args("isclose", args, nargs, kw, 2, 2, names, a) < 0) return NULL;
    int ok;
    double x = arg_float(a[0], &ok);
    if (!ok) return NULL;
    double y = arg_float(a[1], &ok);
    if (!ok) return NULL;
    double rt = 1e-9, at = 0.0;
    if (a[2] && (rt = arg_float(a[2], &ok), !ok)) return NULL;
    if (a[3] && (at = arg_float(a[3], &ok), !ok)) return NULL;
    if (rt < 0.0 || at < 0.0) return py_err_set(py_exc_ValueError, "tolerances must be non-negative");
    if (x == y) return py_bool(1);
    if (isinf(x) || isinf(y)) return py_bool(0);
    double d = fabs(y - x);
    return py_bool((d <= fabs(rt * y)) || (d <= fabs(rt * x)) || (d <= at));
}
static py_obj *int_loop_product(int64_t from, int64_t to) {
    py_obj *acc = py_int(1);
    for (int64_t i = from; i <= to && acc; i++) {
        py_obj *k = py_int(i);
        py_obj *n = py_binop(acc, k, PYAST_Mult);
        py_decref(k);
        py_decref(acc);
        acc = n;
    }
    return acc;
}
/* math's integer argument: an int, or what a class's __index__ gives (a new reference) */
static py_obj *math_int_arg(py_obj *o) {
    py_obj *v = py__index_of(o, 0);
    if (v && !PY_CHECK_INT(v)) {
        py_err_set(py_exc_TypeError, "'%s' object cannot be interpreted as an integer", py_type_name(o));
        PY_CLEAR(v);
    }
    return v;
}
F(m_factorial) {
    if (nargs != 1) return py_err_set(py_exc_TypeError, "math.factorial() takes exactly one argument (%d given)", (int)nargs);
    py_obj *a0 = math_int_arg(args[0]);
    if (!a0) return NULL;
    int ov;
    int64_t n = py_int_val(a0, &ov);
    py_decref(a0);
    if (n < 0) return py_err_set(py_exc_ValueError, "factorial() not defined for negative values");
    if (ov) return py_err_set(py_exc_OverflowError, "factorial() argument should not exceed %lld", (long long)INT64_MAX);
    return int_loop_product(2, n);
}
F(m_gcd) {
    py_obj *g = py_int(0);
    for (size_t i = 0; i < nargs; i++) {
        py_obj *ai = math_int_arg(args[i]); /* (a class's __index__) */
        if (!ai) { py_decref(g); return NULL; }
        py_obj *b = py_int_sign(ai) < 0 ? py_unary(ai, PYAST_USub) : py_int_exact(ai); /* gcd(True) is 1 */
        py_decref(ai);
        while (b && !py_int_is_zero(b)) {
            py_obj *r = py_binop(g, b, PYAST_Mod);
            py_decref(g);
            g = b;
            b = r;
        }
        if (!b) { py_decref(g); return NULL; }
        py_decref(b);
    }
    return g;
}
F(m_lcm) {
    py_obj *acc = py_int(1);
    for (size_t i = 0; i < nargs && acc; i++) {
        if (!PY_CHECK_INT(args[i])) { py_decref(acc); return py_err_set(py_exc_TypeError, "'%s' object cannot be interpreted as an integer", py_type_name(args[i])); }
        if (py_int_is_zero(args[i])) { py_decref(acc); return py_int(0); }
        py_obj *two[2] = { acc, args[i] };
        py_obj *g = m_gcd(NULL, two, 2, NULL);
        py_obj *prod = g ? py_binop(acc, args[i], PYAST_Mult) : NULL;
        py_obj *q = prod ? py_binop(prod, g, PYAST_FloorDiv) : NULL;
        py_xdecref(g);
        py_xdecref(prod);
        py_decref(acc);
        acc = q && py_int_sign(q) < 0 ? py_unary(q, PYAST_USub) : py_xincref(q);
        py_xdecref(q);
    }
    return acc;
}
F(m_isqrt) {
    if (nargs != 1) return py_err_set(py_exc_TypeError, "math.isqrt() takes exactly one argument (%d given)", (int)nargs);
    py_obj *a0 = math_int_arg(args[0]); /* (a class's __index__) */
    if (!a0) return NULL;
    int ov;
    int64_t n = py_int_val(a0, &ov);
    py_obj *res = NULL;
    if (n < 0) py_err_set(py_exc_ValueError, "isqrt() argument must be nonnegative");
#ifdef PY_HAVE_NUM
    else if (ov || n > ((int64_t)1 << 52)) res = py_int_isqrt(a0); /* beyond a double's exact range */
#endif
    else {
        int64_t r = (int64_t)sqrt((double)n);
        while (r * r > n) r--;
        while ((r + 1) * (r + 1) <= n) r++;
        res = py_int(r);
    }
    py_decref(a0);
    return res;
}
F(m_prod) {
    static const char *const names[] = { "", "start", NULL };
    py_obj *a[2];
    if (py_args("prod", args, nargs, kw, 1, 1, names, a) < 0) return NULL;
    py_obj *acc = a[1] ? py_incref(a[1]) : py_int(1);
    py_obj *it = py_iter(a[0]), *x;
    if (!it) { py_decref(acc); return NULL; }
    while ((x = py_next(it))) {
        py_obj *n = py_binop(acc, x, PYAST_Mult);
        py_decref(x);
        py_decref(acc);
        acc = n;
        if (!acc) break;
    }
    py_decref(it);
    if (py_err_occurred()) { py_xdecref(acc); return NULL; }
    return acc;
}
/* comb's and perm's integer argument: its value, or -1 with CPython's error
 * (an int's subclass or __index__ accepted; beyond 64 bits refused by name). */
static int comb_arg(const char *fname, py_obj *o, int64_t *out) {
    int ok, ov = 0;
    if (PY_CHECK_INT(o)) *out = py_int_val(o, &ov);
    else if (PY_IS_FLOAT(o) || !(*out = py_index(o, &ok), ok)) {
        if (!py_err_occurred() || PY_IS_FLOAT(o)) {
            py_err_clear();
            py_err_set(py_exc_TypeError, "'%s' object cannot be interpreted as an integer", py_type_name(o));
        }
        return -1;
    }
    if (ov) { py_err_set(py_exc_NotImplementedError, "math.%s() of integers beyond 64 bits is not supported by casyncio's Python", fname); return -1; }
    return 0;
}
F(m_comb) {
    if (nargs != 2) return py_err_set(py_exc_TypeError, "comb expected 2 arguments, got %d", (int)nargs);
    int64_t n, k;
    if (comb_arg("comb", args[0], &n) < 0 || comb_arg("comb", args[1], &k) < 0) return NULL;
    if (n < 0 || k < 0) return py_err_set(py_exc_ValueError, n < 0 ? "n must be a non-negative integer" : "k must be a non-negative integer");
    if (k > n) return py_int(0);
    if (k > n - k) k = n - k;
    py_obj *acc = py_int(1);
    for (int64_t i = 1; i <= k && acc; i++) {
        py_obj *m = py_int(n - k + i), *d = py_int(i);
        py_obj *t = py_binop(acc, m, PYAST_Mult);
        py_decref(acc);
        acc = t ? py_binop(t, d, PYAST_FloorDiv) : NULL;
        py_xdecref(t);
        py_decref(m);
        py_decref(d);
    }
    return acc;
}
F(m_perm) {
    if (nargs < 1) return py_err_set(py_exc_TypeError, "perm expected at least 1 argument, got 0");
    if (nargs > 2) return py_err_set(py_exc_TypeError, "perm expected at most 2 arguments, got %d", (int)nargs);
    int64_t n, k;
    if (comb_arg("perm", args[0], &n) < 0) return NULL;
    if (nargs == 2 && args[1] != PY_NONE) {
        if (comb_arg("perm", args[1], &k) < 0) return NULL;
    } else if (n < 0) return py_err_set(py_exc_ValueError, "factorial() not defined for negative values"); /* perm(n) is factorial(n) */
    else k = n;
    if (n < 0 || k < 0) return py_err_set(py_exc_ValueError, n < 0 ? "n must be a non-negative integer" : "k must be a non-negative integer");
    if (k > n) return py_int(0);
    return int_loop_product(n - k + 1, n);
}
static int float2(py_obj *const *args, size_t nargs, const char *name, double *a, double *b) {
    if (nargs != 2) { py_err_set(py_exc_TypeError, "%s expected 2 arguments, got %d", name, (int)nargs); return -1; }
    int ok;
    *a = arg_float(args[0], &ok);
    if (!ok) return -1;
    *b = arg_float(args[1], &ok);
    return ok ? 0 : -1;
}
static double deg(double x) { return x * (180.0 / M_PI); }
static double rad(double x) { return x * (M_PI / 180.0); }
F(m_degrees) { return math1(args, nargs, "degrees", deg, 0); }
F(m_radians) { return math1(args, nargs, "radians", rad, 0); }
F(m_sinh) { return math1(args, nargs, "sinh", sinh, 0); }
F(m_cosh) { return math1(args, nargs, "cosh", cosh, 0); }
F(m_tanh) { return math1(args, nargs, "tanh", tanh, 0); }
F(m_expm1) { return math1(args, nargs, "expm1", expm1, 0); }
F(m_log1p) { return math1(args, nargs, "log1p", log1p, 2); }
F(m_fmod) {
    double a, b;
    if (float2(args, nargs, "fmod", &a, &b) < 0) return NULL;
    if (b == 0 && !isnan(a)) return py_err_set(py_exc_ValueError, "math domain error");
    if (isinf(a) && !isnan(b)) return py_err_set(py_exc_ValueError, "math domain error");
    return py_float(fmod(a, b));
}
F(m_remainder) {
    double a, b;
    if (float2(args, nargs, "remainder", &a, &b) < 0) return NULL;
    if ((b == 0 && !isnan(a)) || (isinf(a) && !isnan(b))) return py_err_set(py_exc_ValueError, "math domain error");
    return py_float(remainder(a, b));
}
F(m_copysign) {
    double a, b;
    if (float2(args, nargs, "copysign", &a, &b) < 0) return NULL;
    return py_float(copysign(a, b));
}
F(m_modf) {
    if (nargs != 1) return py_err_set(py_exc_TypeError, "math.modf() takes exactly one argument (%d given)", (int)nargs);
    int ok;
    double x = arg_float(args[0], &ok), ip;
    if (!ok) return NULL;
    double fp = isinf(x) ? copysign(0.0, x) : modf(x, &ip);
    if (isinf(x)) ip = x;
    py_obj *a = py_float(fp), *b = py_float(ip), *t = py_tuple_pack(2, a, b);
    py_decref(a);
    py_decref(b);
    return t;
}
F(m_frexp) {
    if (nargs != 1) return py_err_set(py_exc_TypeError, "math.frexp() takes exactly one argument (%d given)", (int)nargs);
    int ok, e = 0;
    double x = arg_float(args[0], &ok);
    if (!ok) return NULL;
    double m = (isnan(x) || isinf(x) || x == 0) ? x : frexp(x, &e);
    py_obj *a = py_float(m), *b = py_int(e), *t = py_tuple_pack(2, a, b);
    py_decref(a);
    py_decref(b);
    return t;
}
F(m_ldexp) {
    if (nargs != 2) return py_err_set(py_exc_TypeError, "ldexp expected 2 arguments, got %d", (int)nargs);
    int ok;
    double x = arg_float(args[0], &ok);
    if (!ok) return NULL;
    if (!PY_CHECK_INT(args[1])) return py_err_set(py_exc_TypeError, "Expected an int as second argument to ldexp.");
    int ov = 0;
    int64_t e = py_int_val(args[1], &ov);
    if (ov || e > 100000) e = 100000;
    if (e < -100000) e = -100000;
    double r = ldexp(x, (int)e);
    if (isinf(r) && isfinite(x)) return py_err_set(py_exc_OverflowError, "math range error");
    return py_float(r);
}
/* math.dist(p, q): Euclidean distance of two points of the same dimension,
 * each any iterable (CPython 3.11 makes tuples of them). */
F(m_dist) {
    if (nargs != 2) return py_err_set(py_exc_TypeError, "dist expected 2 arguments, got %d", (int)nargs);
    py_obj *p = py_sequence_tuple(args[0]), *q = p ? py_sequence_tuple(args[1]) : NULL;
    if (!q) { py_xdecref(p); return NULL; }
    py_obj *r = NULL;
    if (PY_TLEN(p) != PY_TLEN(q)) {
        py_err_set(py_exc_ValueError, "both points must have the same number of dimensions");
    } else {
        size_t n = PY_TLEN(p);
        double stack[16], *v = norm_buffer(n, stack), max = 0.0;
        int ok = v != NULL, found_nan = 0;
        for (size_t i = 0; i < n && ok; i++) {
            double a = arg_float(PY_TITEM(p, i), &ok), b = ok ? arg_float(PY_TITEM(q, i), &ok) : 0;
            v[i] = fabs(a - b);
            found_nan |= isnan(v[i]);
            if (v[i] > max) max = v[i];
        }
        if (ok) r = py_float(vector_norm(n, v, max, found_nan));
        if (v && v != stack) free(v);
    }
    py_decref(p);
    py_decref(q);
    return r;
}
/* math.fsum: Shewchuk's exact partial sums, as CPython's math_fsum. */
F(m_fsum) {
    if (nargs != 1) return py_err_set(py_exc_TypeError, "math.fsum() takes exactly one argument (%d given)", (int)nargs);
    py_obj *it = py_iter(args[0]), *o;
    if (!it) return NULL;
    double ps[64], *p = ps, special = 0, inf_sum = 0;
    size_t n = 0, cap = 64;
    int ok = 1;
    while (ok && (o = py_next(it))) {
        double x = arg_float(o, &ok);
        py_decref(o);
        if (!ok) break;
        double xsave = x;
        size_t i = 0;
        for (size_t j = 0; j < n; j++) {
            double y = p[j];
            if (fabs(x) < fabs(y)) { double t = x; x = y; y = t; }
            double hi = x + y, lo = y - (hi - x);
            if (lo != 0.0) p[i++] = lo;
            x = hi;
        }
        n = i;
        if (x != 0.0) {
            if (!isfinite(x)) {
                if (isfinite(xsave)) { py_err_set(py_exc_OverflowError, "intermediate overflow in fsum"); ok = 0; break; }
                if (isinf(xsave)) inf_sum += xsave;
                special += xsave;
                n = 0;
            } else {
                if (n == cap) {
                    double *np = malloc(2 * cap * sizeof *np);
                    if (!np) { py_err_nomem(); ok = 0; break; }
                    memcpy(np, p, n * sizeof *np);
                    if (p != ps) free(p);
                    p = np;
                    cap *= 2;
                }
                p[n++] = x;
            }
        }
    }
    py_decref(it);
    if (!ok || py_err_occurred()) { if (p != ps) free(p); return NULL; }
    double hi = 0.0;
    if (special != 0.0) {
        if (p != ps) free(p);
        if (isnan(inf_sum)) return py_err_set(py_exc_ValueError, "-inf + inf in fsum");
        return py_float(special);
    }
    if (n > 0) {
        hi = p[--n];
        double lo = 0;
        while (n > 0) {
            double x = hi, y = p[--n];
            hi = x + y;
            double yr = hi - x;
            lo = y - yr;
            if (lo != 0.0) break;
        }
        if (n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0))) {
            double y = lo * 2.0, x = hi + y, yr = x - hi;
            if (y == yr) hi = x;
        }
    }
    if (p != ps) free(p);
    return py_float(hi);
}
static const py_methoddef math_methods[] = {
    { "sqrt", m_sqrt, PY_METH_NOKW }, { "gamma", m_gamma, PY_METH_NOKW }, { "lgamma", m_lgamma, PY_METH_NOKW }, { "exp", m_exp, PY_METH_NOKW }, { "sin", m_sin, PY_METH_NOKW }, { "cos", m_cos, PY_METH_NOKW }, { "tan", m_tan, PY_METH_NOKW },
    { "atan", m_atan, PY_METH_NOKW }, { "asin", m_asin, PY_METH_NOKW }, { "acos", m_acos, PY_METH_NOKW }, { "fabs", m_fabs, PY_METH_NOKW }, { "log", m_log, 0 },
    { "log2", m_log2, PY_METH_NOKW }, { "log10", m_log10, PY_METH_NOKW }, { "floor", m_floor, PY_METH_NOKW }, { "ceil", m_ceil, PY_METH_NOKW },
    { "trunc", m_trunc, PY_METH_NOKW }, { "pow", m_pow, PY_METH_NOKW }, { "atan2", m_atan2, PY_METH_NOKW }, { "hypot", m_hypot, PY_METH_NOKW },
    { "isnan", m_isnan, PY_METH_NOKW }, { "isinf", m_isinf, PY_METH_NOKW }, { "isfinite", m_isfinite, PY_METH_NOKW }, { "isclose", m_isclose, 0 },
    { "factorial", m_factorial, PY_METH_NOKW }, { "gcd", m_gcd, PY_METH_NOKW }, { "isqrt", m_isqrt, PY_METH_NOKW }, { "prod", m_prod, 0 },
    { "comb", m_comb, PY_METH_NOKW }, { "perm", m_perm, PY_METH_NOKW }, { "lcm", m_lcm, PY_METH_NOKW },
    { "degrees", m_degrees, PY_METH_NOKW }, { "radians", m_radians, PY_METH_NOKW }, { "sinh", m_sinh, PY_METH_NOKW }, { "cosh", m_cosh, PY_METH_NOKW },
    { "tanh", m_tanh, PY_METH_NOKW }, { "expm1", m_expm1, PY_METH_NOKW }, { "log1p", m_log1p, PY_METH_NOKW }, { "fmod", m_fmod, PY_METH_NOKW },
    { "remainder", m_remainder, PY_METH_NOKW }, { "copysign", m_copysign, PY_METH_NOKW }, { "modf", m_modf, PY_METH_NOKW }, { "frexp", m_frexp, PY_METH_NOKW },
    { "ldexp", m_ldexp, PY_METH_NOKW }, { "dist", m_dist, PY_METH_NOKW }, { "fsum", m_fsum, PY_METH_NOKW }, { "asinh", m_asinh, PY_METH_NOKW },
    { "acosh", m_acosh, PY_METH_NOKW }, { "atanh", m_atanh, PY_METH_NOKW }, { "cbrt", m_cbrt, PY_METH_NOKW }, { "exp2", m_exp2, PY_METH_NOKW },
    { "erf", m_erf, PY_METH_NOKW }, { "erfc", m_erfc, PY_METH_NOKW }, { "nextafter", m_nextafter, PY_METH_NOKW }, { "ulp", m_ulp, PY_METH_NOKW },
    { NULL, NULL, 0 },
};
py_obj *py__math_module(void) {
    py_obj *m = new_module("math", math_methods);
    mod_set(m, "pi", py_float(M_PI));
    mod_set(m, "e", py_float(M_E));
    mod_set(m, "tau", py_float(2 * M_PI));
    mod_set(m, "inf", py_float(INFINITY));
    mod_set(m, "nan", py_float(NAN));
    return m;
}

/* ---- functools, operator ----------------------------------------------------------------- */

F(ft_reduce) {
    if (nargs < 2 || nargs > 3) return py_err_set(py_exc_TypeError, nargs > 3 ? "reduce expected at most 3 arguments, got %d" : "reduce expected at least 2 arguments, got %d", (int)nargs);
    py_obj *it = py_iter(args[1]);
    if (!it) {
        if (py_err_matches(py_exc_TypeError)) { py_err_clear(); py_err_set(py_exc_TypeError, "reduce() arg 2 must support iteration"); }
        return NULL;
    }
    py_obj *acc = nargs == 3 ? py_incref(args[2]) : py_next(it);
    if (!acc) {
        py_decref(it);
        if (py_err_occurred()) return NULL;
        return py_err_set(py_exc_TypeError, "reduce() of empty iterable with no initial value");
    }
    py_obj *x;
    while ((x = py_next(it))) {
        py_obj *n = py_call2(args[0], acc, x);
        py_decref(acc);
        py_decref(x);
        acc = n;
        if (!acc) break;
    }
    py_decref(it);
    if (py_err_occurred()) { py_xdecref(acc); return NULL; }
    return acc;
}

typedef struct { py_obj ob; py_obj *f, *args, *kw, *dict; } partial_obj; /* dict: attributes of its own, as CPython's */
static void partial_dealloc(py_obj *o) {
    partial_obj *p = (partial_obj *)o;
    py_xdecref(p->dict);
    py_decref(p->f);
    py_decref(p->args);
    py_xdecref(p->kw);
    free(o);
}
static py_obj *partial_call(py_obj *o, py_obj *const *args, size_t nargs, py_obj *kw) {
    partial_obj *p = (partial_obj *)o;
    py_obj *all = py_list_new(0);
    py_list_extend(all, p->args);
    for (size_t i = 0; i < nargs; i++) py_list_append(all, args[i]);
    py_obj *t = py_sequence_tuple(all);
    py_decref(all);
    py_obj *d = p->kw ? py_dict_copy(p->kw) : py_dict_new();
    for (size_t k = 0; kw && k < PY_TLEN(kw); k++) py_dict_set(d, PY_TITEM(kw, k), args[nargs + k]);
    py_obj *r = py_call_tuple_dict(p->f, t, d);
    py_decref(t);
    py_decref(d);
    return r;
}
static py_obj *partial_func(py_obj *o) { return py_incref(((partial_obj *)o)->f); }
static py_obj *partial_args(py_obj *o) { return py_incref(((partial_obj *)o)->args); }
static py_obj *partial_keywords(py_obj *o) { partial_obj *p = (partial_obj *)o; return p->kw ? py_incref(p->kw) : py_dict_new(); }
static const py_getsetdef partial_getset[] = { { "func", partial_func, NULL }, { "args", partial_args, NULL },
    { "keywords", partial_keywords, NULL }, { "__dict__", py__inst_dict_get, NULL }, { NULL, NULL, NULL } };
/* functools.partial(<built-in function print>, 1, sep='-') */
static py_obj *partial_repr(py_obj *o) {
    partial_obj *p = (partial_obj *)o;
    py_buf b = { 0 };
    py_buf_puts(&b, "functools.partial(");
    py_obj *r = py_repr(p->f);
    for (size_t i = 0; r && i <= PY_TLEN(p->args); i++) {
        if (i) py_buf_puts(&b, ", ");
        py_buf_put(&b, py_s(r), py_slen(r));
        py_decref(r);
        r = i < PY_TLEN(p->args) ? py_repr(PY_TITEM(p->args, i)) : NULL;
        if (i < PY_TLEN(p->args) && !r) { py_buf_free(&b); return NULL; }
    }
    if (py_err_occurred()) { py_buf_free(&b); return NULL; }
    py_obj *k, *v;
    for (size_t pos = 0; p->kw && py_dict_next(p->kw, &pos, &k, &v);) {
        py_obj *vr = py_repr(v);
        if (!vr) { py_buf_free(&b); return NULL; }
        py_buf_puts(&b, ", ");
        py_buf_put(&b, py_s(k), py_slen(k));
        py_buf_puts(&b, "=");
        py_buf_put(&b, py_s(vr), py_slen(vr));
        py_decref(vr);
    }
    py_buf_puts(&b, ")");
    return py_str_from_buf(&b);
}
/* partial(f, *args, **kw); a partial of a partial is flattened, as CPython's */
static py_obj *partial_vnew(py_type *t, py_obj *const *args, size_t nargs, py_obj *kw) {
    if (nargs < 1) return py_err_set(py_exc_TypeError, "type 'partial' takes at least one argument");
    if (!py_callable(args[0])) return py_err_set(py_exc_TypeError, "the first argument must be callable");
    partial_obj *inner = PY_TYPE(args[0]) == t ? (partial_obj *)args[0] : NULL;
    partial_obj *p = (partial_obj *)py_alloc(t);
    if (!p) return NULL;
    p->f = py_incref(inner ? inner->f : args[0]);
    py_obj *mine = py_tuple_from(args + 1, nargs - 1);
    p->args = inner && mine ? py_binop(inner->args, mine, PYAST_Add) : py_xincref(mine);
    py_xdecref(mine);
    if (inner && inner->kw) p->kw = py_dict_copy(inner->kw);
    else if (kw && PY_TLEN(kw)) p->kw = py_dict_new();
    for (size_t k = 0; p->kw && kw && k < PY_TLEN(kw); k++) py_dict_set(p->kw, PY_TITEM(kw, k), args[nargs + k]);
    if (!p->args || py_err_occurred()) { py_decref(p); return NULL; }
    return (py_obj *)p;
}
static const py_methoddef partial_methods[] = { { "__class_getitem__", py__class_getitem, PY_METH_CLASS }, { NULL, NULL, 0 } };
static py_type partial_type = { {PY_IMMORTAL, &py_type_type}, "functools.partial", .size = sizeof(partial_obj),
    .dealloc = partial_dealloc, .call = partial_call, .getset = partial_getset, .repr = partial_repr,
    .vnew = partial_vnew, .methods = partial_methods, .dictoffset = offsetof(partial_obj, dict) };
/* functools.partial is the type (its C part's _partial() makes one, for functools.py to take its type) */
F(ft_partial) {
    py__type_ready(&partial_type);
    return partial_vnew(&partial_type, args, nargs, kw);
}
/* wraps(f): copies __name__, __qualname__, __doc__ onto the wrapper. */
static py_obj *wraps_apply(py_obj *self, py_obj *const *args, size_t nargs, py_obj *kw) {
    if (nargs != 1) return py_err_set(py_exc_TypeError, "decorator expects a function");
    /* CPython's WRAPPER_ASSIGNMENTS, then WRAPPER_UPDATES (the wrapper's __dict__ takes the wrapped one's) */
    static const char *const attrs[] = { "__module__", "__name__", "__qualname__", "__doc__", "__annotations__", NULL };
    for (int i = 0; attrs[i]; i++) {
        py_obj *n = py_str_intern(attrs[i]);
        py_obj *v = py_getattr_opt(self, n);
        py_decref(n);
        if (v) { py_setattr_s(args[0], attrs[i], v); py_decref(v); }
        py_err_clear();
    }
    py_obj *dn = py_str_intern("__dict__");
    py_obj *mine = py_getattr_opt(args[0], dn), *theirs = mine ? py_getattr_opt(self, dn) : NULL;
    py_decref(dn);
    if (mine && theirs && PY_TYPE(mine) == &py_dict_type && PY_TYPE(theirs) == &py_dict_type) py_dict_update(mine, theirs);
    py_xdecref(mine);
    py_xdecref(theirs);
    py_err_clear();
    py_setattr_s(args[0], "__wrapped__", self);
    py_err_clear();
    return py_incref(args[0]);
}
static const py_methoddef wraps_def = { "wraps", wraps_apply, 0 };
F(ft_wraps) {
    if (nargs != 1) return py_err_set(py_exc_TypeError, "wraps() takes one argument");
    return py_cfunc_new(&wraps_def, args[0]);
}
/* functools.lru_cache and cache: a wrapper that keeps results by their
 * arguments, in a dict in the order of their last use: with a maxsize, a hit
 * moves its entry to the end and a miss with the cache full evicts the first
 * (the least recently used), as CPython's bounded_lru_cache_wrapper; a
 * maxsize of 0 (or less) keeps nothing; None (and cache()): no bound. */
typedef struct { py_obj ob; py_obj *f, *cache, *maxsize; int64_t hits, misses; int typed; } cache_obj;
static void cache_dealloc(py_obj *o) {
    cache_obj *c = (cache_obj *)o;
    py_decref(c->f);
    py_decref(c->cache);
    py_xdecref(c->maxsize);
    free(o);
}
static py_obj *cache_call_in(py_obj *o, py_obj *const *args, size_t nargs, py_obj *kw);
/* A call of the wrapper is one level of recursion, as CPython's (its C
 * wrapper has no vectorcall: _PyObject_MakeTpCall counts it " while calling
 * a Python object"), so a cached recursion stops at CPython's depth. */
static py_obj *cache_call(py_obj *o, py_obj *const *args, size_t nargs, py_obj *kw) {
    if (py_recursion_check(" while calling a Python object") < 0) return NULL;
    py_recursion_enter();
    py_obj *r = cache_call_in(o, args, nargs, kw);
    py_recursion_leave();
    return r;
}
static py_obj *cache_call_in(py_obj *o, py_obj *const *args, size_t nargs, py_obj *kw) {
    cache_obj *c = (cache_obj *)o;
    size_t nkw = kw ? PY_TLEN(kw) : 0;
    size_t base = nargs + (nkw ? 1 + 2 * nkw : 0);
    py_obj *key = py_tuple_new(base + (c->typed ? nargs + nkw : 0));
    if (!key) return NULL;
    for (size_t i = 0; i < nargs; i++) PY_TITEM(key, i) = py_incref(args[i]);
    if (nkw) {
        PY_TITEM(key, nargs) = py_incref((py_obj *)&py_object_type); /* a marker between args and keywords */
        for (size_t k = 0; k < nkw; k++) {
            PY_TITEM(key, nargs + 1 + 2 * k) = py_incref(PY_TITEM(kw, k));
            PY_TITEM(key, nargs + 2 + 2 * k) = py_incref(args[nargs + k]);
        }
    }
    if (c->typed) /* typed=True: the arguments' types too, as CPython's _make_key */
        for (size_t i = 0; i < nargs + nkw; i++) PY_TITEM(key, base + i) = py_incref((py_obj *)PY_TYPE(args[i]));
    int64_t bound = -1; /* no bound */
    if (c->maxsize && PY_IS_INT(c->maxsize) && !((py_intobj *)c->maxsize)->big)
        bound = ((py_intobj *)c->maxsize)->v < 0 ? 0 : ((py_intobj *)c->maxsize)->v;
    if (bound == 0) { py_decref(key); c->misses++; return py_call(c->f, args, nargs, kw); }
    py_obj *r = py_dict_get(c->cache, key);
    if (r) {
        c->hits++;
        py_incref(r);
        if (bound > 0 && (py_dict_del(c->cache, key) < 0 || py_dict_set(c->cache, key, r) < 0)) PY_CLEAR(r);
        py_decref(key);
        return r;
    }
    if (py_err_occurred()) { py_decref(key); return NULL; }
    c->misses++;
    r = py_call(c->f, args, nargs, kw);
    if (r && bound > 0) {
        /* the call may have cached this key itself (a recursion): kept as it is */
        py_obj *had = py_dict_get(c->cache, key);
        if (had || py_err_occurred()) { py_decref(key); if (!had) PY_CLEAR(r); return r; }
        if ((int64_t)((py_dict *)c->cache)->used >= bound) {
            size_t pos = 0;
            py_obj *k0, *v0;
            if (py_dict_next(c->cache, &pos, &k0, &v0)) {
                py_incref(k0);
                int bad = py_dict_del(c->cache, k0) < 0;
                py_decref(k0);
                if (bad) PY_CLEAR(r);
            }
        }
    }
    if (r && py_dict_set(c->cache, key, r) < 0) PY_CLEAR(r);
    py_decref(key);
    return r;
}
static py_obj *cache_getattr(py_obj *o, py_obj *name) {
    /* the function's docstring (update_wrapper copies it), not object's from the type */
    if (py_str_eqc(name, "__doc__")) return py_getattr(((cache_obj *)o)->f, name);
    py_obj *r = py_generic_getattr(o, name);
    if (r || !py_err_matches(py_exc_AttributeError)) return r;
    py_err_clear();
    if (py_str_eqc(name, "__wrapped__")) return py_incref(((cache_obj *)o)->f); /* (update_wrapper's) */
    if (py__stack_check("") < 0) return NULL; /* lru_cache(lru_cache(...)) */
    return py_getattr(((cache_obj *)o)->f, name);
}
static py_obj *cache_descr_get(py_obj *d, py_obj *obj, py_obj *type) {
    if (!obj || obj == PY_NONE) return py_incref(d);
    return py_method_new(d, obj);
}
static py_obj *cache_repr(py_obj *o) { return py_repr(((cache_obj *)o)->f); }
F(cache_clear) {
    cache_obj *c = (cache_obj *)self;
    PY_SETREF(c->cache, py_dict_new());
    c->hits = c->misses = 0;
    return py_none();
}
F(cache_info) {
    /* _cache_info may import collections: in wasm a wait for its text, which
     * needs this frame instrumented (python.mk's PY_SUSPEND) */
    int safe = py__take_call_safe();
    cache_obj *c = (cache_obj *)self;
    /* a namedtuple CacheInfo, made by the module's Python part (functools.py.h) */
    py_obj *mod = py_import(py_str_intern("functools"));
    py_obj *f = mod ? py_getattr_s(mod, "_cache_info") : NULL;
    py_xdecref(mod);
    if (!f) return NULL;
    py_obj *a[4] = { py_int(c->hits), py_int(c->misses), c->maxsize ? py_incref(c->maxsize) : py_none(),
                     py_int((int64_t)((py_dict *)c->cache)->used) };
    py_obj *r = py__call_resumable(f, a, 4, safe);
    for (int i = 0; i < 4; i++) py_decref(a[i]);
    py_decref(f);
    return r;
}
F(cache_parameters) {
    cache_obj *c = (cache_obj *)self;
    py_obj *d = py_dict_new();
    if (!d) return NULL;
    if (py_dict_set_s(d, "maxsize", c->maxsize ? c->maxsize : PY_NONE) < 0 || py_dict_set_s(d, "typed", c->typed ? PY_TRUE : PY_FALSE) < 0)
        PY_CLEAR(d);
    return d;
}
static const py_methoddef cache_methods[] = { { "cache_clear", cache_clear, 0 }, { "cache_info", cache_info, 0 },
    { "cache_parameters", cache_parameters, 0 }, { NULL, NULL, 0 } };
static py_type cache_type = { {PY_IMMORTAL, &py_type_type}, "functools._lru_cache_wrapper", .size = sizeof(cache_obj),
    .dealloc = cache_dealloc, .call = cache_call, .getattr = cache_getattr, .descr_get = cache_descr_get,
    .repr = cache_repr, .methods = cache_methods };
static py_obj *cache_new(py_obj *f, py_obj *maxsize, int typed) {
    py__type_ready(&cache_type);
    cache_obj *c = (cache_obj *)py_alloc(&cache_type);
    if (!c) return NULL;
    c->typed = typed;
    c->f = py_incref(f);
    c->maxsize = py_xincref(maxsize);
    c->cache = py_dict_new();
    return (py_obj *)c;
}
static py_obj *cache_deco(py_obj *self, py_obj *const *args, size_t nargs, py_obj *kw) {
    if (nargs != 1) return py_err_set(py_exc_TypeError, "decorator expects a function");
    return cache_new(args[0], PY_TITEM(self, 0), PY_TITEM(self, 1) == PY_TRUE); /* self: (maxsize, typed) */
}
static const py_methoddef cache_deco_def = { "decorating_function", cache_deco, 0 };
F(ft_lru_cache) {
    static const char *const names[] = { "maxsize", "typed", NULL };
    py_obj *a[2];
    if (py_args_py("lru_cache", args, nargs, kw, 0, 2, names, a) < 0) return NULL;
    py_obj *m = a[0];
    int typed = 0;
    if (a[1] && (typed = py_truth(a[1])) < 0) return NULL;
    if (m && py_callable(m) && !PY_IS_INT(m)) {
        py_obj *ms = py_int(128), *r = cache_new(m, ms, typed);
        py_decref(ms);
        return r;
    }
    if (m && m != PY_NONE && !PY_IS_INT(m))
        return py_err_set(py_exc_TypeError, "Expected first argument to be an integer, a callable, or None");
    /* a negative maxsize is 0, as CPython's lru_cache makes it */
    py_obj *ms = !m ? py_int(128) : PY_IS_INT(m) && py_int_sign(m) < 0 ? py_int(0) : py_incref(m);
    py_obj *self_ = ms ? py_tuple_pack(2, ms, typed ? PY_TRUE : PY_FALSE) : NULL;
    py_xdecref(ms);
    py_obj *r = self_ ? py_cfunc_new(&cache_deco_def, self_) : NULL;
    py_xdecref(self_);
    return r;
}
F(ft_cache) {
    if (nargs != 1) return py_err_set(py_exc_TypeError, "cache() takes exactly one argument (%d given)", (int)nargs);
    return cache_new(args[0], NULL, 0);
}
static const py_methoddef functools_methods[] = {
    { "reduce", ft_reduce, 0 }, { "_partial", ft_partial, 0 }, { "wraps", ft_wraps, 0 },
    { "lru_cache", ft_lru_cache, 0 }, { "cache", ft_cache, 0 },
    { NULL, NULL, 0 },
};

/* the C functions of CPython's _operator: "add expected 2 arguments, got 1" (#name + 3: without "op_") */
#define OPF(name, op) F(name) { if (nargs != 2) return py_err_set(py_exc_TypeError, "%s expected 2 arguments, got %d", #name + 3, (int)nargs); return py_binop(args[0], args[1], op); }
OPF(op_add, PYAST_Add) OPF(op_sub, PYAST_Sub) OPF(op_mul, PYAST_Mult) OPF(op_matmul, PYAST_MatMult) OPF(op_truediv, PYAST_Div)
OPF(op_floordiv, PYAST_FloorDiv) OPF(op_mod, PYAST_Mod) OPF(op_pow, PYAST_Pow) OPF(op_and_, PYAST_BitAnd)
OPF(op_or_, PYAST_BitOr) OPF(op_xor, PYAST_BitXor) OPF(op_lshift, PYAST_LShift) OPF(op_rshift, PYAST_RShift)
#define CMPF(name, op) F(name) { if (nargs != 2) return py_err_set(py_exc_TypeError, "%s expected 2 arguments, got %d", #name + 3, (int)nargs); return py_richcmp(args[0], args[1], op); }
/* the one-argument ones (METH_O): "_operator.neg() takes exactly one argument (0 given)" */
static py_obj *op_one_arg(const char *name, size_t nargs) {
    return py_err_set(py_exc_TypeError, "_operator.%s() takes exactly one argument (%d given)", name, (int)nargs);
}
CMPF(op_lt, PY_LT) CMPF(op_le, PY_LE) CMPF(op_eq, PY_EQ) CMPF(op_ne, PY_NE) CMPF(op_gt, PY_GT) CMPF(op_ge, PY_GE)
F(op_neg) { return nargs == 1 ? py_unary(args[0], PYAST_USub) : op_one_arg("neg", nargs); }
F(op_abs) {
    if (nargs != 1) return op_one_arg("abs", nargs);
    py_obj *f = py_dict_get_s(py__interp.builtins, "abs");
    return py_call(f, args, 1, NULL);
}
F(op_not) { return nargs == 1 ? py_unary(args[0], PYAST_Not) : op_one_arg("not_", nargs); }
F(op_truth) { int t = nargs == 1 ? py_truth(args[0]) : -1; return t < 0 ? (nargs == 1 ? NULL : op_one_arg("truth", nargs)) : py_bool(t); }
F(op_getitem) { return nargs == 2 ? py_getitem(args[0], args[1]) : py_err_set(py_exc_TypeError, "getitem expected 2 arguments, got %d", (int)nargs); }
#define IOPF(name, op) F(name) { if (nargs != 2) return py_err_set(py_exc_TypeError, #name " expected 2 arguments, got %d", (int)nargs); return py_inplace(args[0], args[1], op); }
IOPF(iadd, PYAST_Add) IOPF(isub, PYAST_Sub) IOPF(imul, PYAST_Mult) IOPF(imatmul, PYAST_MatMult) IOPF(itruediv, PYAST_Div) IOPF(ifloordiv, PYAST_FloorDiv)
IOPF(imod, PYAST_Mod) IOPF(ipow, PYAST_Pow) IOPF(ilshift, PYAST_LShift) IOPF(irshift, PYAST_RShift)
IOPF(iand, PYAST_BitAnd) IOPF(ior, PYAST_BitOr) IOPF(ixor, PYAST_BitXor)
F(op_contains) {
    if (nargs != 2) return py_err_set(py_exc_TypeError, "contains expected 2 arguments, got %d", (int)nargs);
    int r = py_contains(args[0], args[1]);
    return r < 0 ? NULL : py_bool(r);
}
F(op_countof) {
    if (nargs != 2) return py_err_set(py_exc_TypeError, "countOf expected 2 arguments, got %d", (int)nargs);
    py_obj *it = py_iter(args[0]), *x;
    if (!it) return NULL;
    int64_t n = 0;
    while ((x = py_next(it))) {
        int r = py_eq(x, args[1]);
        py_decref(x);
        if (r < 0) { py_decref(it); return NULL; }
        n += r;
    }
    py_decref(it);
    return py_err_occurred() ? NULL : py_int(n);
}
F(op_indexof) {
    if (nargs != 2) return py_err_set(py_exc_TypeError, "indexOf expected 2 arguments, got %d", (int)nargs);
    py_obj *it = py_iter(args[0]), *x;
    if (!it) return NULL;
    for (int64_t i = 0; (x = py_next(it)); i++) {
        int r = x == args[1] ? 1 : py_eq(x, args[1]);
        py_decref(x);
        if (r) { py_decref(it); return r < 0 ? NULL : py_int(i); }
    }
    py_decref(it);
    return py_err_occurred() ? NULL : py_err_set(py_exc_ValueError, "sequence.index(x): x not in sequence");
}
F(op_iconcat) {
    if (nargs != 2) return py_err_set(py_exc_TypeError, "iconcat expected 2 arguments, got %d", (int)nargs);
    if (PY_IS_INT(args[0]) || PY_IS_FLOAT(args[0]) || (!py_type_lookup_s(PY_TYPE(args[0]), "__getitem__") && !PY_IS_STR(args[0]) && !PY_IS_LIST(args[0]) && !PY_IS_TUPLE(args[0])))
        return py_err_set(py_exc_TypeError, "'%s' object can't be concatenated", py_type_name(args[0]));
    return py_inplace(args[0], args[1], PYAST_Add);
}
F(op_call) {
    if (nargs < 1) return py_err_set(py_exc_TypeError, "call() missing 1 required positional argument: 'obj'");
    return py_call(args[0], args + 1, nargs - 1, kw);
}
/* operator.length_hint(obj, default=0): len(), else __length_hint__, else default */
F(op_length_hint) {
    if (nargs < 1 || nargs > 2) return py_err_set(py_exc_TypeError, nargs ? "length_hint expected at most 2 arguments, got %d" : "length_hint expected at least 1 argument, got %d", (int)nargs);
    int64_t d = 0;
    if (nargs == 2) {
        if (!PY_CHECK_INT(args[1])) return py_err_set(py_exc_TypeError, "'%s' object cannot be interpreted as an integer", py_type_name(args[1]));
        int ov;
        d = py_int_val(args[1], &ov);
    }
    if (PY_TYPE(args[0])->len || py_type_lookup_s(PY_TYPE(args[0]), "__len__")) {
        int64_t n = py_len(args[0]);
        if (n >= 0) return py_int(n);
        if (!py_err_matches(py_exc_TypeError)) return NULL;
        py_err_clear();
    }
    int64_t left = py__seq_iter_left(args[0]);
    if (left >= 0) return py_int(left);
    if (py_type_lookup_s(PY_TYPE(args[0]), "__length_hint__")) {
        py_obj *r = py_call_method(args[0], "__length_hint__", NULL, 0);
        if (!r) return NULL;
        if (r == PY_NOTIMPL) { py_decref(r); return py_int(d); }
        if (!PY_CHECK_INT(r)) { py_err_set(py_exc_TypeError, "__length_hint__ must be an integer, not %s", py_type_name(r)); py_decref(r); return NULL; }
        if (py_int_sign(r) < 0) { py_decref(r); return py_err_set(py_exc_ValueError, "__length_hint__() should return >= 0"); }
        return r;
    }
    return py_int(d);
}
F(op_concat) {
    if (nargs != 2) return py_err_set(py_exc_TypeError, "concat expected 2 arguments, got %d", (int)nargs);
    if (PY_IS_INT(args[0]) || PY_IS_FLOAT(args[0]) || (!py_type_lookup_s(PY_TYPE(args[0]), "__getitem__") && !PY_IS_STR(args[0]) && !PY_IS_LIST(args[0]) && !PY_IS_TUPLE(args[0])))
        return py_err_set(py_exc_TypeError, "'%s' object can't be concatenated", py_type_name(args[0]));
    return py_binop(args[0], args[1], PYAST_Add);
}
F(op_index) {
    if (nargs != 1) return op_one_arg("index", nargs);
    if (PY_TYPE(args[0]) == &py_int_type) return py_incref(args[0]);
    if (PY_IS_INT(args[0])) return py_int(args[0] == PY_TRUE);
    if (!py_type_lookup_s(PY_TYPE(args[0]), "__index__"))
        return py_err_set(py_exc_TypeError, "'%s' object cannot be interpreted as an integer", py_type_name(args[0]));
    return py_call_method(args[0], "__index__", NULL, 0);
}
F(op_setitem) {
    if (nargs != 3) return py_err_set(py_exc_TypeError, "setitem expected 3 arguments, got %d", (int)nargs);
    return py_setitem(args[0], args[1], args[2]) < 0 ? NULL : py_none();
}
F(op_delitem) {
    if (nargs != 2) return py_err_set(py_exc_TypeError, "delitem expected 2 arguments, got %d", (int)nargs);
    return py_delitem(args[0], args[1]) < 0 ? NULL : py_none();
}
F(op_is) { return nargs == 2 ? py_bool(args[0] == args[1]) : py_err_set(py_exc_TypeError, "is_ expected 2 arguments, got %d", (int)nargs); }
F(op_is_not) { return nargs == 2 ? py_bool(args[0] != args[1]) : py_err_set(py_exc_TypeError, "is_not expected 2 arguments, got %d", (int)nargs); }
F(op_pos) { return nargs == 1 ? py_unary(args[0], PYAST_UAdd) : op_one_arg("pos", nargs); }
F(op_invert) { return nargs == 1 ? py_unary(args[0], PYAST_Invert) : op_one_arg("invert", nargs); }
F(op_inv) { return nargs == 1 ? py_unary(args[0], PYAST_Invert) : op_one_arg("inv", nargs); }

typedef struct { py_obj ob; py_obj *items; int attr; py_obj *kwnames; } getter_obj;
static void getter_dealloc(py_obj *o) { py_decref(((getter_obj *)o)->items); py_xdecref(((getter_obj *)o)->kwnames); free(o); }
static py_obj *getter_call(py_obj *o, py_obj *const *args, size_t nargs, py_obj *kw) {
    getter_obj *g = (getter_obj *)o;
    if (g->attr == 2) { /* methodcaller: items = (name, args..., kwvalues...) */
        if (nargs != 1) return py_err_set(py_exc_TypeError, "methodcaller expected 1 argument, got %d", (int)nargs);
        py_obj *m = py_getattr(args[0], PY_TITEM(g->items, 0));
        if (!m) return NULL;
        size_t n = PY_TLEN(g->items) - 1 - (g->kwnames ? PY_TLEN(g->kwnames) : 0);
        py_obj *r = py_call(m, &PY_TITEM(g->items, 1), n, g->kwnames);
        py_decref(m);
        return r;
    }
    if (nargs != 1) return py_err_set(py_exc_TypeError, "%s expected 1 argument, got %d", g->attr ? "attrgetter" : "itemgetter", (int)nargs);
    size_t n = PY_TLEN(g->items);
    py_obj *res = n == 1 ? NULL : py_tuple_new(n);
    for (size_t i = 0; i < n; i++) {
        py_obj *k = PY_TITEM(g->items, i);
        py_obj *v;
        if (g->attr) {
            /* dotted names */
            v = py_incref(args[0]);
            const char *s = py_s(k);
            while (v) {
                const char *dot = strchr(s, '.');
                py_obj *part = py_str_new(s, dot ? (size_t)(dot - s) : strlen(s));
                py_obj *nv = py_getattr(v, part);
                py_decref(part);
                py_decref(v);
                v = nv;
                if (!dot) break;
                s = dot + 1;
            }
        } else v = py_getitem(args[0], k);
        if (!v) { py_xdecref(res); return NULL; }
        if (n == 1) return v;
        PY_TITEM(res, i) = v;
    }
    return res;
}
/* operator.itemgetter('n'), operator.methodcaller('split', ',', maxsplit=1) */
static py_obj *getter_repr(py_obj *o) {
    getter_obj *g = (getter_obj *)o;
    size_t nkw = g->kwnames ? PY_TLEN(g->kwnames) : 0, n = PY_TLEN(g->items) - nkw;
    py_buf b = { 0 };
    py_buf_printf(&b, "%s(", o->type->name);
    for (size_t i = 0; i < PY_TLEN(g->items); i++) {
        py_obj *r = py_repr(PY_TITEM(g->items, i));
        if (!r) { py_buf_free(&b); return NULL; }
        if (i) py_buf_puts(&b, ", ");
        if (i >= n) {
            py_obj *k = PY_TITEM(g->kwnames, i - n);
            py_buf_put(&b, py_s(k), py_slen(k));
            py_buf_putc(&b, '=');
        }
        py_buf_put(&b, py_s(r), py_slen(r));
        py_decref(r);
    }
    py_buf_putc(&b, ')');
    return py_str_from_buf(&b);
}
static py_type getter_types[3] = {
    { {PY_IMMORTAL, &py_type_type}, "operator.itemgetter", .size = sizeof(getter_obj), .dealloc = getter_dealloc, .call = getter_call, .repr = getter_repr },
    { {PY_IMMORTAL, &py_type_type}, "operator.attrgetter", .size = sizeof(getter_obj), .dealloc = getter_dealloc, .call = getter_call, .repr = getter_repr },
    { {PY_IMMORTAL, &py_type_type}, "operator.methodcaller", .size = sizeof(getter_obj), .dealloc = getter_dealloc, .call = getter_call, .repr = getter_repr },
};
static py_obj *getter_new(py_obj *const *args, size_t nargs, int attr) {
    if (nargs < 1) return py_err_set(py_exc_TypeError, "%s expected 1 argument, got 0", attr ? "attrgetter" : "itemgetter");
    if (attr == 1)
        for (size_t i = 0; i < nargs; i++)
            if (!PY_IS_STR(args[i])) return py_err_set(py_exc_TypeError, "attribute name must be a string");
    getter_obj *g = (getter_obj *)py_alloc(&getter_types[attr]);
    g->items = py_tuple_from(args, nargs);
    g->attr = attr;
    return (py_obj *)g;
}
F(op_itemgetter) { return getter_new(args, nargs, 0); }
F(op_attrgetter) { return getter_new(args, nargs, 1); }
F(op_methodcaller) {
    if (nargs < 1) return py_err_set(py_exc_TypeError, "methodcaller needs at least one argument, the method name");
    if (!PY_IS_STR(args[0])) return py_err_set(py_exc_TypeError, "method name must be a string");
    getter_obj *g = (getter_obj *)getter_new(args, nargs + (kw ? PY_TLEN(kw) : 0), 2);
    if (g && kw && PY_TLEN(kw)) g->kwnames = py_incref(kw);
    return (py_obj *)g;
}
static const py_methoddef operator_methods[] = {
    { "add", op_add, 0 }, { "sub", op_sub, 0 }, { "mul", op_mul, 0 }, { "matmul", op_matmul, 0 }, { "truediv", op_truediv, 0 },
    { "floordiv", op_floordiv, 0 }, { "mod", op_mod, 0 }, { "pow", op_pow, 0 }, { "and_", op_and_, 0 },
    { "or_", op_or_, 0 }, { "xor", op_xor, 0 }, { "lshift", op_lshift, 0 }, { "rshift", op_rshift, 0 },
    { "lt", op_lt, 0 }, { "le", op_le, 0 }, { "eq", op_eq, 0 }, { "ne", op_ne, 0 }, { "gt", op_gt, 0 },
    { "ge", op_ge, 0 }, { "neg", op_neg, 0 }, { "abs", op_abs, 0 }, { "not_", op_not, 0 }, { "truth", op_truth, 0 },
    { "getitem", op_getitem, 0 }, { "itemgetter", op_itemgetter, 0 }, { "attrgetter", op_attrgetter, 0 },
    { "methodcaller", op_methodcaller, 0 }, { "contains", op_contains, 0 }, { "countOf", op_countof, 0 },
    { "concat", op_concat, 0 }, { "index", op_index, 0 }, { "setitem", op_setitem, 0 }, { "delitem", op_delitem, 0 },
    { "is_", op_is, 0 }, { "is_not", op_is_not, 0 }, { "pos", op_pos, 0 }, { "invert", op_invert, 0 },
    { "iadd", iadd, 0 }, { "isub", isub, 0 }, { "imul", imul, 0 }, { "itruediv", itruediv, 0 },
    { "ifloordiv", ifloordiv, 0 }, { "imod", imod, 0 }, { "imatmul", imatmul, 0 }, { "ipow", ipow, 0 },
    { "ilshift", ilshift, 0 }, { "irshift", irshift, 0 }, { "iand", iand, 0 }, { "ior", ior, 0 }, { "ixor", ixor, 0 },
    { "iconcat", op_iconcat, 0 }, { "indexOf", op_indexof, 0 }, { "inv", op_inv, 0 }, { "call", op_call, 0 },
    { "length_hint", op_length_hint, 0 },
    { NULL, NULL, 0 },
};

/* ---- typing: names that can be imported and subscripted ------------------------------------- */

/* A subscripted generic, list[int] or typing.Dict[str, int]: its repr is
 * CPython's (types.GenericAlias's, typing's _type_repr), calling it calls
 * the origin (list[int]() is []). */
typedef struct { py_obj ob; py_obj *origin, *args; const char *name; /* "list" or "typing.List" */
                 py_obj *own_name; /* the str name points into, when it is made (types.GenericAlias(cls, args)) */ } galias_obj;
static void galias_dealloc(py_obj *o) {
    galias_obj *g = (galias_obj *)o;
    py_decref(g->origin);
    py_decref(g->args);
    py_xdecref(g->own_name);
    free(o);
}
static py_type galias_type;
/* types.GenericAlias(origin, args), as a class's __class_getitem__ makes one
 * (collections.abc.Iterable[int]): shown as the origin's module and qualified name */
static py_obj *galias_vnew(py_type *t, py_obj *const *args, size_t nargs, py_obj *kw) {
    if (nargs != 2 || (kw && PY_TLEN(kw))) return py_err_set(py_exc_TypeError, "GenericAlias expected 2 arguments, got %d", (int)nargs);
    galias_obj *g = (galias_obj *)py_alloc(&galias_type);
    if (!g) return NULL;
    g->origin = py_incref(args[0]);
    g->args = PY_IS_TUPLE(args[1]) ? py_incref(args[1]) : py_tuple_pack(1, args[1]);
    py_obj *n = NULL;
    if (PY_IS_TYPE(args[0]) && (((py_type *)args[0])->flags & PY_TF_HEAP)) {
        py_obj *mod = py_dict_get_s(((py_type *)args[0])->dict, "__module__");
        py_obj *qn = ((py_type *)args[0])->qualname;
        n = py_str_fmt("%s%s%s", mod && PY_IS_STR(mod) && !py_str_eqc(mod, "builtins") ? py_s(mod) : "",
                       mod && PY_IS_STR(mod) && !py_str_eqc(mod, "builtins") ? "." : "",
                       qn && PY_IS_STR(qn) ? py_s(qn) : ((py_type *)args[0])->name);
    } else n = PY_IS_TYPE(args[0]) ? py_str_c(((py_type *)args[0])->name) : py_repr(args[0]);
    if (!n || !g->args) { py_xdecref(n); py_decref(g); return NULL; }
    g->own_name = n;
    g->name = py_s(n);
    return (py_obj *)g;
}
/* X.__class_getitem__(k): the classmethod of the built-in types CPython
 * makes generic (list, dict, tuple, set, frozenset, enumerate, partial,
 * mappingproxy, async_generator, ContextVar, Token, Future, Task), which
 * their subclasses inherit: a types.GenericAlias named as the class's repr
 * (list[int], __main__.D[int], _asyncio.Task[int]). */
static py_type galias_type;
py_obj *py__class_getitem(py_obj *self, py_obj *const *args, size_t nargs, py_obj *kw) {
    const char *n = ((py_type *)args[0])->name, *dot = strrchr(n, '.');
    if (kw && PY_TLEN(kw)) return py_err_set(py_exc_TypeError, "%s.__class_getitem__() takes no keyword arguments", dot ? dot + 1 : n);
    if (nargs != 2)
        return py_err_set(py_exc_TypeError, "%s.__class_getitem__() takes exactly one argument (%d given)", dot ? dot + 1 : n, (int)nargs - 1);
    py__type_ready(&galias_type);
    return galias_vnew(&galias_type, args, 2, NULL);
}
static void type_repr(py_buf *b, py_obj *a) {
    if (py__stack_low()) { py_buf_puts(b, "..."); return; } /* list[[[[...]]]] */
    if (PY_IS_TYPE(a)) {
        py_type *t = (py_type *)a;
        py_obj *mod = t->flags & PY_TF_HEAP ? py_dict_get_s(t->dict, "__module__") : t->module;
        py_obj *qn = t->flags & PY_TF_HEAP ? t->qualname : NULL;
        if (mod && PY_IS_STR(mod) && !py_str_eqc(mod, "builtins")) py_buf_printf(b, "%s.", py_s(mod));
        py_buf_puts(b, qn && PY_IS_STR(qn) ? py_s(qn) : t->name);
        return;
    }
    if (a == &py__Ellipsis) { py_buf_puts(b, "..."); return; }
    if (PY_IS_LIST(a)) { /* Callable[[int, str], bool] */
        py_buf_putc(b, '[');
        for (size_t i = 0; i < PY_LLEN(a); i++) {
            if (i) py_buf_puts(b, ", ");
            type_repr(b, PY_LITEM(a, i));
        }
        py_buf_putc(b, ']');
        return;
    }
    py_obj *r = py_repr(a);
    if (r) { py_buf_put(b, py_s(r), py_slen(r)); py_decref(r); }
    else py_err_clear();
}
static py_obj *union_alias; /* typing.Union (its alias_obj) */
static py_obj *galias_repr(py_obj *o) {
    galias_obj *g = (galias_obj *)o;
    py_buf b = {0};
    if (g->origin == union_alias && PY_TLEN(g->args) == 2 && (PY_TITEM(g->args, 0) == (py_obj *)&py_none_type ||
                                                              PY_TITEM(g->args, 1) == (py_obj *)&py_none_type)) {
        py_buf_puts(&b, "typing.Optional[");
        type_repr(&b, PY_TITEM(g->args, PY_TITEM(g->args, 0) == (py_obj *)&py_none_type));
        py_buf_putc(&b, ']');
        return py_str_from_buf(&b);
    }
    py_buf_printf(&b, "%s[", g->name);
    if (!PY_TLEN(g->args)) py_buf_puts(&b, "()");
    for (size_t i = 0; i < PY_TLEN(g->args); i++) {
        if (i) py_buf_puts(&b, ", ");
        type_repr(&b, PY_TITEM(g->args, i));
    }
    py_buf_putc(&b, ']');
    return py_str_from_buf(&b);
}
static py_obj *typing_call(py_obj *form, py_obj *const *args, size_t nargs, py_obj *kw);
static py_obj *galias_call(py_obj *o, py_obj *const *args, size_t nargs, py_obj *kw) {
    galias_obj *g = (galias_obj *)o;
    py_obj *r = PY_IS_TYPE(g->origin) ? NULL : typing_call(g->origin, args, nargs, kw);
    if (r || py_err_occurred()) return r;
    if (!PY_IS_TYPE(g->origin)) return py_err_set(py_exc_TypeError, "Type %s cannot be instantiated", g->name);
    return py_call(g->origin, args, nargs, kw);
}
static py_obj *galias_getitem(py_obj *o, py_obj *k) { return py_incref(o); }
/* equal: the same origin and arguments (a Union's in any order) */
static py_obj *galias_richcmp(py_obj *a, py_obj *b, int op) {
    if ((op == PY_EQ || op == PY_NE) && ((galias_obj *)a)->origin == union_alias && py__union_args(b)) {
        /* Optional[int] == int | None: the same members, as typing's Union.__eq__ */
        py_obj *x = py_set_new(&py_frozenset_type, ((galias_obj *)a)->args), *y = x ? py_set_new(&py_frozenset_type, py__union_args(b)) : NULL;
        py_obj *r = y ? py_richcmp(x, y, op) : NULL;
        py_xdecref(x);
        py_xdecref(y);
        return r;
    }
    if ((op != PY_EQ && op != PY_NE) || PY_TYPE(b) != PY_TYPE(a)) return py_incref(PY_NOTIMPL);
    galias_obj *x = (galias_obj *)a, *y = (galias_obj *)b;
    int eq = x->origin == y->origin && strcmp(x->name, y->name) == 0;
    int literal = !strcmp(x->name, "typing.Literal"); /* its (value, type) pairs as a set */
    if (eq && (x->origin == union_alias || literal)) {
        size_t n = PY_TLEN(x->args);
        eq = n == PY_TLEN(y->args);
        for (size_t i = 0; eq > 0 && i < n; i++) {
            int found = 0;
            for (size_t j = 0; !found && j < n; j++)
                found = literal && PY_TYPE(PY_TITEM(x->args, i)) != PY_TYPE(PY_TITEM(y->args, j))
                            ? 0 : py_eq(PY_TITEM(x->args, i), PY_TITEM(y->args, j));
            eq = found;
        }
    } else if (eq) eq = py_eq(x->args, y->args);
    if (eq < 0) return NULL;
    return py_bool(op == PY_EQ ? eq : !eq);
}
static int64_t galias_hash(py_obj *o) {
    galias_obj *g = (galias_obj *)o;
    if (g->origin == union_alias || !strcmp(g->name, "typing.Literal")) { /* order-free, as frozenset(args) */
        int64_t h = 0;
        for (size_t i = 0; i < PY_TLEN(g->args); i++) {
            int64_t x = py_hash(PY_TITEM(g->args, i));
            if (x == -1) return -1;
            h ^= x * 1000003;
        }
        return h == -1 ? -2 : h;
    }
    int64_t a = py_hash(g->origin), b = a == -1 ? -1 : py_hash(g->args);
    if (b == -1) return -1;
    int64_t h = a ^ b;
    return h == -1 ? -2 : h;
}
static py_obj *galias_origin(py_obj *o) { return py_incref(((galias_obj *)o)->origin); }
static py_obj *galias_args(py_obj *o) { return py_incref(((galias_obj *)o)->args); }
/* typing's aliases are of module typing (inspect.signature shows them so:
 * List[int], not typing.List[int]); list[int]'s is its origin's */
static py_obj *galias_module(py_obj *o) {
    galias_obj *g = (galias_obj *)o;
    if (!strncmp(g->name, "typing.", 7)) return py_str_intern("typing");
    if (py__stack_low()) return py_err_set(py_exc_RecursionError, "maximum recursion depth exceeded"); /* list[list[...]] */
    return py_getattr_s(g->origin, "__module__");
}
static const py_getsetdef galias_getset[] = { { "__origin__", galias_origin, NULL }, { "__args__", galias_args, NULL },
    { "__module__", galias_module, NULL }, { NULL, NULL, NULL } };
static py_type galias_type = { {PY_IMMORTAL, &py_type_type}, "types.GenericAlias", .size = sizeof(galias_obj),
    .dealloc = galias_dealloc, .repr = galias_repr, .call = galias_call, .getitem = galias_getitem, .getset = galias_getset,
    .vnew = galias_vnew, .richcmp = galias_richcmp, .hash = galias_hash };
/* origin[k] (new reference); name as the repr shows the origin. */
py_obj *py__generic_alias(py_obj *origin, py_obj *k, const char *name) {
    py__type_ready(&galias_type);
    galias_obj *g = (galias_obj *)py_alloc(&galias_type);
    if (!g) return NULL;
    g->origin = py_incref(origin);
    g->args = PY_IS_TUPLE(k) ? py_incref(k) : py_tuple_pack(1, k);
    g->name = name;
    return (py_obj *)g;
}

typedef struct { py_obj ob; const char *name; char full[40]; } alias_obj;
static py_type alias_type;
static py_obj *alias_repr(py_obj *o) { return py_str_fmt("typing.%s", ((alias_obj *)o)->name); }
/* Union[...] and Optional[X] as typing's: one flat Union of distinct
 * arguments (None as NoneType), or the single argument itself */
static py_obj *union_getitem(alias_obj *a, py_obj *k) {
    int opt = !strcmp(a->name, "Optional");
    size_t n = PY_IS_TUPLE(k) ? PY_TLEN(k) : 1;
    if (opt && n != 1) return py_err_set(py_exc_TypeError, "typing.Optional requires a single type. Got %R.", k);
    if (!n) return py_err_set(py_exc_TypeError, "Cannot take a Union of no types.");
    py_obj *list = py_list_new(0);
    for (size_t i = 0; list && i <= n; i++) {
        py_obj *x = i < n ? (PY_IS_TUPLE(k) ? PY_TITEM(k, i) : k) : opt ? PY_NONE : NULL;
        if (!x) break;
        py_obj *one[1] = { x }, *const *items = one;
        size_t m = 1;
        if (PY_TYPE(x) == &galias_type && ((galias_obj *)x)->origin == union_alias) {
            items = ((py_tuple *)((galias_obj *)x)->args)->items;
            m = PY_TLEN(((galias_obj *)x)->args);
        } else if (py__union_args(x)) { /* int | str: its members, as typing's _UnionGenericAlias flattens them */
            items = ((py_tuple *)py__union_args(x))->items;
            m = PY_TLEN(py__union_args(x));
        }
        for (size_t j = 0; j < m; j++) {
            py_obj *y = items[j] == PY_NONE ? (py_obj *)&py_none_type : items[j];
            int dup = 0;
            for (size_t q = 0; !dup && q < PY_LLEN(list); q++) dup = py_eq(PY_LITEM(list, q), y);
            if (dup < 0 || (!dup && py_list_append(list, y) < 0)) PY_CLEAR(list);
            if (!list) break;
        }
    }
    if (!list) return NULL;
    if (PY_LLEN(list) == 1) { py_obj *r = py_incref(PY_LITEM(list, 0)); py_decref(list); return r; }
    py_obj *t = py_sequence_tuple(list);
    py_decref(list);
    py_obj *r = t ? py__generic_alias(union_alias, t, "typing.Union") : NULL;
    py_xdecref(t);
    return r;
}
/* a | b where either is one of typing's forms (List[int] | None,
 * Optional[int] | str, Callable[..., int] | None): typing.Union[a, b], as
 * their __or__ and __ror__ make it; NotImplemented for any other operands.
 * typing.Any is a class in 3.11 (Any | None is a types.UnionType: union.c). */
int py__typing_any(py_obj *o) { return PY_TYPE(o) == &alias_type && !strcmp(((alias_obj *)o)->name, "Any"); }
static int typing_form(py_obj *o) {
    if (PY_TYPE(o) == &alias_type) return !py__typing_any(o);
    return PY_TYPE(o) == &galias_type && !strncmp(((galias_obj *)o)->name, "typing.", 7);
}
py_obj *py__typing_or(py_obj *a, py_obj *b) {
    if (!union_alias || (!typing_form(a) && !typing_form(b))) return py_incref(PY_NOTIMPL);
    py_obj *k = py_tuple_pack(2, a, b);
    py_obj *r = k ? union_getitem((alias_obj *)union_alias, k) : NULL;
    py_xdecref(k);
    return r;
}
/* typing's _type_convert: None in a typing alias's arguments is NoneType
 * (Generator[int, None, None], Callable[[int], None]'s result and
 * parameters); not in Literal's, nor in Annotated's metadata.  A new
 * reference. */
static py_obj *none_to_type(py_obj *x) {
    if (x == PY_NONE) return py_incref((py_obj *)&py_none_type);
    if (!PY_IS_LIST(x)) return py_incref(x);
    py_obj *l = py_list_new(0);
    for (size_t i = 0; l && i < PY_LLEN(x); i++) {
        py_obj *y = none_to_type(PY_LITEM(x, i));
        if (!y || py_list_append(l, y) < 0) PY_CLEAR(l);
        py_xdecref(y);
    }
    return l;
}
static py_type tvar_type;
int py__is_newtype(py_obj *o);
static py_obj *alias_getitem(py_obj *o, py_obj *k) {
    alias_obj *a = (alias_obj *)o;
    if (union_alias && (o == union_alias || !strcmp(a->name, "Optional"))) return union_getitem(a, k);
    if (!a->full[0]) snprintf(a->full, sizeof a->full, "typing.%s", a->name);
    if (!strcmp(a->name, "Literal")) {
        /* its values once each, as typing's _deduplicate of (value, type) pairs (1 and True both stay) */
        if (!PY_IS_TUPLE(k)) return py__generic_alias(o, k, a->full);
        py_obj *l = py_list_new(0);
        for (size_t i = 0; l && i < PY_TLEN(k); i++) {
            py_obj *x = PY_TITEM(k, i);
            int seen = 0;
            for (size_t j = 0; !seen && j < PY_LLEN(l); j++) {
                py_obj *y = PY_LITEM(l, j);
                if (PY_TYPE(y) != PY_TYPE(x)) continue;
                seen = py_eq(x, y);
                if (seen < 0) { py_err_clear(); seen = 0; }
            }
            if (!seen && py_list_append(l, x) < 0) PY_CLEAR(l);
        }
        py_obj *t = l ? py_tuple_from(((py_list *)l)->items, PY_LLEN(l)) : NULL;
        py_xdecref(l);
        if (!t) return NULL;
        py_obj *r = py__generic_alias(o, PY_TLEN(t) == 1 ? PY_TITEM(t, 0) : t, a->full);
        py_decref(t);
        return r;
    }
    size_t n = PY_IS_TUPLE(k) ? PY_TLEN(k) : 1, upto = !strcmp(a->name, "Annotated") ? 1 : n;
    if (!strcmp(a->name, "Annotated") && n < 2)
        return py_err_set(py_exc_TypeError, "Annotated[...] should be used with at least two arguments (a type and an annotation).");
    if (!strcmp(a->name, "Generic") || !strcmp(a->name, "Protocol")) { /* typing's _generic_class_getitem */
        if (PY_IS_TUPLE(k) && !n) return py_err_set(py_exc_TypeError, "Parameter list to %s[...] cannot be empty", a->name);
        for (size_t i = 0; i < n; i++) {
            py_obj *x = PY_IS_TUPLE(k) ? PY_TITEM(k, i) : k;
            if (PY_TYPE(x) != &tvar_type || py__is_newtype(x))
                return py_err_set(py_exc_TypeError, "Parameters to %s[...] must all be type variables or parameter specification variables.", a->name);
            for (size_t j = 0; j < i; j++)
                if (PY_TITEM(k, j) == x) return py_err_set(py_exc_TypeError, "Parameters to %s[...] must all be unique", a->name);
        }
    }
    py_obj *t = py_tuple_new(n);
    for (size_t i = 0; t && i < n; i++) {
        py_obj *x = PY_IS_TUPLE(k) ? PY_TITEM(k, i) : k;
        PY_TITEM(t, i) = i < upto ? none_to_type(x) : py_incref(x);
        if (!PY_TITEM(t, i)) PY_CLEAR(t);
    }
    if (!t) return NULL;
    py_obj *r = py__generic_alias(o, PY_IS_TUPLE(k) ? t : PY_TITEM(t, 0), a->full);
    py_decref(t);
    return r;
}
/* TypeVar('T', ...) shows as ~T (+T covariant, -T contravariant); NewType('Id', int)
 * is a function returning its argument, shown as MODULE.Id */
typedef struct { py_obj ob; py_obj *name, *module, *super, *cons, *bound; char mark; } tvar_obj; /* cons, bound: a TypeVar's */
static void tvar_dealloc(py_obj *o) {
    tvar_obj *t = (tvar_obj *)o;
    py_xdecref(t->name);
    py_xdecref(t->module);
    py_xdecref(t->super);
    py_xdecref(t->cons);
    py_xdecref(t->bound);
    free(o);
}
static py_obj *tvar_repr(py_obj *o) {
    tvar_obj *t = (tvar_obj *)o;
    if (t->super) return py_str_fmt("%U.%U", t->module, t->name);
    return py_str_fmt("%c%U", t->mark, t->name);
}
static py_obj *tvar_call(py_obj *o, py_obj *const *args, size_t nargs, py_obj *kw) {
    tvar_obj *t = (tvar_obj *)o;
    if (!t->super) return py_err_set(py_exc_TypeError, "'TypeVar' object is not callable");
    static const char *const names[] = { "x", NULL };
    py_obj *a[1];
    if (py_args("__call__", args, nargs, kw, 1, 1, names, a) < 0) return NULL;
    return py_incref(a[0]);
}
static py_obj *tvar_name(py_obj *o) { return py_incref(((tvar_obj *)o)->name); }
/* a NewType's __qualname__ (its name) and __module__ (where it was made) */
static py_obj *tvar_qualname(py_obj *o) {
    tvar_obj *t = (tvar_obj *)o;
    if (!t->super) return py_err_set(py_exc_AttributeError, "'TypeVar' object has no attribute '__qualname__'");
    return py_incref(t->name);
}
static py_obj *tvar_module(py_obj *o) {
    tvar_obj *t = (tvar_obj *)o;
    return py_incref(t->module ? t->module : py_str_intern("typing"));
}
static py_obj *tvar_super(py_obj *o) {
    tvar_obj *t = (tvar_obj *)o;
    if (!t->super) return py_err_set(py_exc_AttributeError, "'TypeVar' object has no attribute '__supertype__'");
    return py_incref(t->super);
}
static py_obj *tvar_attr(py_obj *o, const char *name) {
    tvar_obj *t = (tvar_obj *)o;
    if (t->super) return py_err_set(py_exc_AttributeError, "'NewType' object has no attribute '%s'", name);
    return NULL;
}
static py_obj *tvar_cons(py_obj *o) {
    tvar_obj *t = (tvar_obj *)o;
    return t->super ? tvar_attr(o, "__constraints__") : t->cons ? py_incref(t->cons) : py_tuple_new(0);
}
static py_obj *tvar_bound(py_obj *o) {
    tvar_obj *t = (tvar_obj *)o;
    return t->super ? tvar_attr(o, "__bound__") : py_incref(t->bound ? t->bound : PY_NONE);
}
static py_obj *tvar_co(py_obj *o) { return ((tvar_obj *)o)->super ? tvar_attr(o, "__covariant__") : py_bool(((tvar_obj *)o)->mark == '+'); }
static py_obj *tvar_contra(py_obj *o) { return ((tvar_obj *)o)->super ? tvar_attr(o, "__contravariant__") : py_bool(((tvar_obj *)o)->mark == '-'); }
static const py_getsetdef tvar_getset[] = { { "__name__", tvar_name, NULL }, { "__qualname__", tvar_qualname, NULL },
    { "__module__", tvar_module, NULL }, { "__supertype__", tvar_super, NULL },
    { "__constraints__", tvar_cons, NULL }, { "__bound__", tvar_bound, NULL }, { "__covariant__", tvar_co, NULL },
    { "__contravariant__", tvar_contra, NULL }, { NULL, NULL, NULL } };
static py_type tvar_type = { {PY_IMMORTAL, &py_type_type}, "TypeVar", .size = sizeof(tvar_obj),
    .dealloc = tvar_dealloc, .repr = tvar_repr, .call = tvar_call, .getset = tvar_getset };
int py__is_newtype(py_obj *o) { return PY_TYPE(o) == &tvar_type && ((tvar_obj *)o)->super; }
static py_obj *tvar_new(const char *fn, py_obj *const *args, size_t nargs, py_obj *kw) {
    int newtype = !strcmp(fn, "NewType");
    py_obj *a[2] = { NULL, NULL };
    if (newtype) {
        static const char *const names[] = { "name", "tp", NULL };
        if (py_args("NewType.__init__", args, nargs, kw, 2, 2, names, a) < 0) return NULL;
    } else {
        if (!nargs) return py_err_set(py_exc_TypeError, "TypeVar.__init__() missing 1 required positional argument: 'name'");
        a[0] = args[0];
    }
    if (!PY_IS_STR(a[0])) return py_err_set(py_exc_TypeError, "%s name must be a string", newtype ? "NewType" : "TypeVar");
    py__type_ready(&tvar_type);
    tvar_obj *t = (tvar_obj *)py_alloc(&tvar_type);
    if (!t) return NULL;
    t->name = py_incref(a[0]);
    t->mark = '~';
    py_frame *f = py__ts->frame;
    py_obj *mod = f && f->globals ? py_dict_get_s(f->globals, "__name__") : NULL;
    t->module = py_incref(mod ? mod : py_str_intern("__main__"));
    if (newtype) {
        t->super = py_incref(a[1]);
        return (py_obj *)t;
    }
    size_t nk = kw ? PY_TLEN(kw) : 0;
    for (size_t i = 0; i < nk; i++) {
        py_obj *k = PY_TITEM(kw, i), *v = args[nargs + i];
        int on = py_truth(v);
        if (on < 0) { py_decref(t); return NULL; }
        if (py_str_eqc(k, "covariant")) { if (on) t->mark = t->mark == '-' ? '!' : '+'; }
        else if (py_str_eqc(k, "contravariant")) { if (on) t->mark = t->mark == '+' ? '!' : '-'; }
        else if (py_str_eqc(k, "bound")) { if (v != PY_NONE) PY_SETREF(t->bound, py_incref(v)); }
        else {
            py_decref(t);
            return py_err_set(py_exc_TypeError, "TypeVar.__init__() got an unexpected keyword argument '%U'", k);
        }
    }
    if (nargs == 2) { py_decref(t); return py_err_set(py_exc_TypeError, "A single constraint is not allowed"); }
    if (nargs > 2) {
        if (t->bound) { py_decref(t); return py_err_set(py_exc_TypeError, "Constraints cannot be combined with bound=..."); }
        t->cons = py_tuple_from(args + 1, nargs - 1);
    }
    if (t->mark == '!') { py_decref(t); return py_err_set(py_exc_ValueError, "Bivariant types are not supported."); }
    return (py_obj *)t;
}
/* Calling one of typing's aliases, bare or subscripted (List(),
 * Deque[int]([1])), as typing's _BaseGenericAlias.__call__: the class it
 * stands for (run.c's py__typing_base) is made, a built-in type's says
 * which to call; NULL with nothing raised for the other forms. */
py_obj *py__typing_base(py_obj *form); /* run.c */
static py_obj *typing_call(py_obj *form, py_obj *const *args, size_t nargs, py_obj *kw) {
    if (PY_TYPE(form) != &alias_type) return NULL;
    const char *n = ((alias_obj *)form)->name;
    if (!strcmp(n, "Any")) return py_err_set(py_exc_TypeError, "Any cannot be instantiated");
    if (form == union_alias || !strcmp(n, "Optional")) return py_err_set(py_exc_TypeError, "Cannot instantiate typing.Union");
    py_obj *b = py__typing_base(form), *r = NULL;
    if (!b) return NULL;
    if (!PY_IS_TYPE(b)) {
    } else if (!(((py_type *)b)->flags & PY_TF_HEAP)) /* list, dict, set, frozenset, tuple, type */
        py_err_set(py_exc_TypeError, "Type %s cannot be instantiated; use %s() instead", n, ((py_type *)b)->name);
    else r = py_call(b, args, nargs, kw); /* collections' deque, defaultdict, Counter, ... */
    py_decref(b);
    return r;
}
static py_obj *alias_call(py_obj *o, py_obj *const *args, size_t nargs, py_obj *kw) {
    alias_obj *a = (alias_obj *)o;
    py_obj *r = typing_call(o, args, nargs, kw);
    if (r || py_err_occurred()) return r;
    if (!strcmp(a->name, "TypeVar") || !strcmp(a->name, "NewType")) return tvar_new(a->name, args, nargs, kw);
    if (!strcmp(a->name, "cast") && nargs == 2) return py_incref(args[1]);
    if (!strcmp(a->name, "TypedDict") || !strcmp(a->name, "NamedTuple")) { /* TypedDict('Point', {'x': int}): run.c's */
        py_obj *f = py__typing_fn(a->name[0] == 'T' ? "_typed_dict_call" : "_named_tuple_call");
        return f ? py_call(f, args, nargs, kw) : NULL;
    }
    return py_err_set(py_exc_TypeError, "Cannot instantiate typing.%s", a->name);
}
static py_obj *alias_module(py_obj *o) { return py_str_intern("typing"); }
static const py_getsetdef alias_getset[] = { { "__module__", alias_module, NULL }, { NULL, NULL, NULL } };
static py_type alias_type = { {PY_IMMORTAL, &py_type_type}, "_SpecialForm", .size = sizeof(alias_obj),
    .repr = alias_repr, .getitem = alias_getitem, .call = alias_call, .getset = alias_getset };
static const char *const typing_names[] = {
    "Any", "Optional", "Union", "List", "Dict", "Tuple", "Set", "FrozenSet", "Callable", "Awaitable", "Coroutine",
    "Iterable", "Iterator", "Generator", "AsyncIterator", "AsyncIterable", "AsyncGenerator", "Sequence", "Mapping",
    "MutableMapping", "Type", "TypeVar", "Generic", "NoReturn", "Literal", "Final", "ClassVar", "NamedTuple",
    "NewType", "cast", "Deque", "DefaultDict", "Protocol", "TypedDict", "Annotated", "TypeAlias", "Self", "Never",
    "LiteralString", "Hashable", "Sized", "Collection", "Container", "Reversible", "MutableSequence", "MutableSet",
    "AbstractSet", "KeysView", "ItemsView", "ValuesView", "ContextManager", "AsyncContextManager", "Counter",
    "OrderedDict", "ChainMap", "SupportsInt", "SupportsFloat", "SupportsAbs", "SupportsIndex", "TypeGuard",
    "Required", "NotRequired", "Unpack", "Concatenate", NULL,
};
/* final(f): f, marked __final__ = True where it takes attributes (3.11) */
F(typing_final) {
    if (nargs != 1 || kw)
        return nargs || kw ? py_err_set(py_exc_TypeError, "final() takes 1 positional argument but %d were given", (int)nargs)
                           : py_err_set(py_exc_TypeError, "final() missing 1 required positional argument: 'f'");
    if (py_setattr_s(args[0], "__final__", PY_TRUE) < 0) py_err_clear();
    return py_incref(args[0]);
}
F(typing_runtime_checkable) {
    py_obj *f = py__typing_fn("runtime_checkable");
    return f ? py_call(f, args, nargs, kw) : NULL;
}
static const py_methoddef typing_methods[] = {
    { "final", typing_final, 0 }, { "runtime_checkable", typing_runtime_checkable, 0 },
    { NULL, NULL, 0 },
};

/* ---- dataclasses: @dataclass writes __init__, __repr__ and __eq__ in Python ------------------------ */

extern py_obj *py__compile_string(const char *src, const char *filename, py_obj *globals);

/* dataclasses is written in Python (dataclasses.py.h); _compile(text,
 * globals) runs the methods it writes, as "<string>" code. */
F(dc_compile) {
    if (nargs != 2 || !PY_IS_STR(args[0]) || !PY_IS_DICT(args[1])) return py_err_set(py_exc_TypeError, "_compile(text, globals)");
    if (!py_dict_get_s(args[1], "__builtins__")) py_dict_set_s(args[1], "__builtins__", py__interp.builtins);
    return py__compile_string(py_s(args[0]), "<string>", args[1]);
}
static const py_methoddef dataclasses_methods[] = { { "_compile", dc_compile, 0 }, { NULL, NULL, 0 } };
/* datetime and types are written in Python (lib/datetime.py, types.py);
 * _dotted(cls) names one of their classes "MODULE.NAME", as CPython's C
 * types are named, so messages say 'datetime.date' where __name__ and
 * __qualname__ say 'date'. */
F(lib_dotted) {
    if (nargs != 1 || args[0]->type != &py_type_type || !(((py_type *)args[0])->flags & PY_TF_HEAP))
        return py_err_set(py_exc_TypeError, "_dotted(cls)");
    py_type *t = (py_type *)args[0];
    const char *mod = t->module && PY_IS_STR(t->module) ? py_s(t->module) : "builtins";
    size_t n = strlen(t->name), m = strlen(mod);
    char *name = malloc(m + n + 2);
    if (!name) return py_err_nomem();
    memcpy(name, mod, m);
    name[m] = '.';
    memcpy(name + m + 1, t->name, n + 1);
    free((char *)t->name);
    t->name = name;
    t->flags |= PY_TF_DOTTED;
    return py_none();
}
static const py_methoddef dotted_methods[] = { { "_dotted", lib_dotted, 0 }, { NULL, NULL, 0 } };
/* types.TracebackType: the C type (an exception caught in types' own frozen
 * code has no traceback to take it from) */
F(types_traceback_type) { return py_incref((py_obj *)&py_tb_type); }
/* types.coroutine's part for a generator function: _iterable_coroutine(f)
 * marks its code CO_ITERABLE_COROUTINE (in place: CPython replaces the
 * function's code with a marked copy) and is true; true for a coroutine
 * function, false for anything else (types.coroutine then wraps it). */
F(types_iterable_coroutine) {
    if (nargs != 1) return py_err_set(py_exc_TypeError, "_iterable_coroutine(func)");
    if (PY_TYPE(args[0]) != &py_func_type) return py_bool(0);
    py_code *co = ((py_func *)args[0])->code;
    if (co->flags & PY_CO_ASYNCGEN) return py_bool(0);
    if (co->flags & (PY_CO_COROUTINE | PY_CO_ITERABLE_COROUTINE)) return py_bool(1);
    if (!(co->flags & PY_CO_GENERATOR)) return py_bool(0);
    co->flags |= PY_CO_ITERABLE_COROUTINE;
    return py_bool(1);
}
/* for inspect.iscoroutinefunction: a C function that is an async def in CPython (asyncio.sleep) */
F(types_async_builtin) { return py_bool(nargs == 1 && PY_TYPE(args[0]) == &py_cfunc_type && (((py_cfunc *)args[0])->def->flags & PY_METH_ASYNC)); }
static const py_methoddef types_methods[] = {
    { "_dotted", lib_dotted, 0 }, { "_traceback_type", types_traceback_type, 0 }, { "_async_builtin", types_async_builtin, 0 },
    { "_iterable_coroutine", types_iterable_coroutine, 0 }, { NULL, NULL, 0 },
};
/* traceback is written in Python (lib/traceback.py); _format(exc) is the text the
 * interpreter prints for an uncaught exc (exc.c's printer) */
extern py_obj *py__format_exception(py_obj *exc);
F(tb_format) {
    if (nargs != 1 || !PY_IS_EXC(args[0])) return py_err_set(py_exc_TypeError, "_format(exc)");
    py__tb_lazy_lines++; /* (the module reads what linecache has: a compiled code's __main__ lines too) */
    py_obj *r = py__format_exception(args[0]);
    py__tb_lazy_lines--;
    return r;
}
/* _entries(tb): extract_tb's frames (exc.c's py__tb_entries) */
extern py_obj *py__tb_entries(py_obj *tb);
F(tb_entries) {
    if (nargs != 1) return py_err_set(py_exc_TypeError, "_entries(tb)");
    py__tb_lazy_lines++;
    py_obj *r = py__tb_entries(args[0]);
    py__tb_lazy_lines--;
    return r;
}
/* _format_only(exc): format_exception_only's text (exc.c) */
F(tb_format_only) {
    if (nargs != 1 || !PY_IS_EXC(args[0])) return py_err_set(py_exc_TypeError, "_format_only(exc)");
    return py__format_exception_only(args[0]);
}
/* _line(code, lineno): line lineno of code's source, stripped ('' when
 * there is none), for the frames of extract_stack() (CPython's linecache) */
F(tb_line) {
    int ov = 0;
    int64_t n = nargs == 2 && PY_CHECK_INT(args[1]) ? py_int_val(args[1], &ov) : 0;
    if (nargs != 2 || PY_TYPE(args[0]) != &py_code_type || !PY_CHECK_INT(args[1])) return py_err_set(py_exc_TypeError, "_line(code, lineno)");
    py_code *co = (py_code *)args[0];
    const char *text;
    size_t len;
    if (!co->source || ov || n < 1 || n > INT32_MAX || py_source_line_stripped(co->source, (int)n, &text, &len) != 0) return py_str_c("");
    return py_str_new(text, len);
}
/* _source_lines(code): the lines of code's source, each with its newline,
 * as linecache.getlines() reads a file ([] when it has none), for inspect */
F(tb_source_lines) {
    if (nargs != 1 || PY_TYPE(args[0]) != &py_code_type) return py_err_set(py_exc_TypeError, "_source_lines(code)");
    py_code *co = (py_code *)args[0];
    py_obj *l = py_list_new(0);
    const char *text;
    size_t len;
    for (int n = 1; l && co->source && py_source_line(co->source, n, &text, &len) == 0; n++) {
        py_buf b = {0};
        py_buf_put(&b, text, len);
        py_buf_putc(&b, '\n');
        py_obj *line = py_str_from_buf(&b);
        if (!line || py_list_append(l, line) < 0) PY_CLEAR(l);
        py_xdecref(line);
    }
    return l;
}
/* _code_end(code): the last line of the def, class or lambda it is (0: not one), for inspect.getsource */
F(tb_code_end) {
    if (nargs != 1 || PY_TYPE(args[0]) != &py_code_type) return py_err_set(py_exc_TypeError, "_code_end(code)");
    return py_int(((py_code *)args[0])->lastlineno);
}
/* _class_code(cls): the body's code of the class statement that made cls, or None */
F(tb_class_code) {
    if (nargs != 1 || !PY_IS_TYPE(args[0])) return py_err_set(py_exc_TypeError, "_class_code(cls)");
    py_obj *b = ((py_type *)args[0])->body;
    return py_incref(b ? b : PY_NONE);
}
static const py_methoddef traceback_methods[] = { { "_format", tb_format, 0 }, { "_entries", tb_entries, 0 }, { "_format_only", tb_format_only, 0 },
    { "_line", tb_line, 0 }, { "_source_lines", tb_source_lines, 0 }, { "_code_end", tb_code_end, 0 },
    { "_class_code", tb_class_code, 0 }, { NULL, NULL, 0 } };
int py__warn_through_module(const char *category, py_obj *text, py_frame *f, int hint, py_obj *what);
/* A DeprecationWarning at f's line (the caller of what warns: stacklevel
 * 2), as the warnings module shows it: through its filters once the
 * program imported it, else as the default filters do, for __main__'s
 * code only, once per message and place.  0, or -1 raised. */
int py__deprecation_at(py_obj *text, py_frame *f) {
    static py_obj *seen;
    int through = py__warn_through_module("DeprecationWarning", text, f, 0, NULL);
    if (through) return through < 0 ? -1 : 0;
    if (!f || !f->code->source) return 0;
    py_obj *mod = f->globals ? py_dict_get_s(f->globals, "__name__") : NULL;
    if (!mod || !PY_IS_STR(mod) || strcmp(py_s(mod), "__main__")) return 0;
    const char *file = py_s(f->code->source->filename), *line_text;
    int line = py_frame_line(f);
    size_t n;
    py_obj *key = py_str_fmt("%U\n%s\n%d", text, file, line);
    if (!seen) seen = py_set_new(&py_set_type, NULL);
    if (!key || !seen) { py_xdecref(key); return -1; }
    int was = py_set_contains(seen, key);
    if (!was && py_set_add(seen, key) < 0) was = -1;
    py_decref(key);
    if (was) return was < 0 ? -1 : 0;
    py_buf b = {0};
    py_buf_printf(&b, "%s:%d: DeprecationWarning: %s\n", file, line, py_s(text));
    if (py_source_line_stripped(f->code->source, line, &line_text, &n) == 0) {
        py_buf_puts(&b, "  ");
        py_buf_put(&b, line_text, n);
        py_buf_putc(&b, '\n');
    }
    py_write(2, b.data, b.len); /* (stdout's buffer first) */
    py_buf_free(&b);
    return 0;
}
/* enum's DeprecationWarning (3.11's `1 in Color`) for stacklevel=2, the
 * line that called the enum's dunder: _warn(message). */
F(enum_warn) {
    if (nargs != 1 || !PY_IS_STR(args[0])) return py_err_set(py_exc_TypeError, "_warn(message)");
    return py__deprecation_at(args[0], py__ts->frame ? py__ts->frame->back : NULL) < 0 ? NULL : py_none();
}
static const py_methoddef enum_methods[] = { { "_warn", enum_warn, 0 }, { NULL, NULL, 0 } };
/* warnings' C part: _where(stacklevel), the place warn() reports, as CPython's
 * setup_context: the frame stacklevel above warn()'s own (which calls this),
 * as (filename, lineno, module name, source line or None); past the outermost
 * frame ("sys", 1, "sys", None). */
extern int py__origin_lib;
static const struct { const char *file, *text; int line; } loop_frames[] = { /* CPython's, from a task's up */
    { "events", PY_HANDLE_RUN_SRC, 80 }, { "base_events", "handle._run()", 1922 },
    { "base_events", "self._run_once()", 607 }, { "base_events", "self.run_forever()", 640 },
    { "runners", "return self._loop.run_until_complete(task)", 118 }, { "runners", "return runner.run(main)", 190 },
};
F(warnings_where) {
    int ok = 1;
    int64_t level = nargs == 1 ? py_index(args[0], &ok) : 1, i = 0;
    if (!ok) return NULL;
    py_frame *f = py__ts->frame;
    int prog = 0, loop = 0; /* a frame of the program's passed; the loop's machinery reached */
    for (; f && i < level; i++) {
        f = f->back;
        int lib = f && f->code->source && py_str_eqc(f->code->source->filename, "<asyncio>");
        if ((loop = (lib && prog) || (!f && py__ts != &py__main_ts && !py__in_thread()))) {
            i++;
            break;
        }
        prog |= !lib;
    }
    if (loop && (i = level - i) >= 0) {
        /* past a task's or a callback's first frame: the loop's machinery
         * (asyncio's files, the prelude's <asyncio> here), then the frames
         * that called asyncio.run() */
        if (i < py__origin_lib && i < 6) {
            py_obj *fn = py_str_fmt(PY_LIB_DIR "asyncio/%s.py", loop_frames[i].file);
            py_obj *mod = py_str_fmt("asyncio.%s", loop_frames[i].file);
            py_obj *ln = py_int(loop_frames[i].line), *t = py_str_c(loop_frames[i].text);
            py_obj *r = fn && mod && ln && t ? py_tuple_pack(4, fn, ln, mod, t) : NULL;
            py_xdecref(fn);
            py_xdecref(mod);
            py_xdecref(ln);
            py_xdecref(t);
            return r;
        }
        for (f = py__main_ts.frame; f && f->code->source && py_str_eqc(f->code->source->filename, "<asyncio>");) f = f->back;
        for (i -= py__origin_lib; f && i > 0; i--) f = f->back;
    }
    if (!f || !f->code->source) {
        py_obj *sy = py_str_c("sys"), *one = py_int(1);
        py_obj *r = sy && one ? py_tuple_pack(4, sy, one, sy, PY_NONE) : NULL;
        py_xdecref(sy);
        py_xdecref(one);
        return r;
    }
    py_source *src = f->code->source;
    int line = py_frame_line(f);
    const char *text;
    size_t n;
    py_obj *t = !src->lazy && py_source_line(src, line, &text, &n) == 0 ? py_str_new(text, n) : py_none();
    py_obj *name = f->globals ? py_dict_get_s(f->globals, "__name__") : NULL;
    py_obj *ln = py_int(line);
    py_obj *r = t && ln ? py_tuple_pack(4, src->filename, ln, name ? name : src->filename, t) : NULL;
    py_xdecref(t);
    py_xdecref(ln);
    return r;
}
static const py_methoddef warnings_methods[] = { { "_where", warnings_where, 0 }, { NULL, NULL, 0 } };
/* doctest's C part: _source(), the text of the program (the __main__
 * module's source, from the nearest frame running in its globals), as
 * CPython's doctest reads it with linecache to find a docstring's line; None
 * when no such frame is on the stack. */
F(doctest_source) {
    py_obj *main = py_dict_get_s(py__interp.modules, "__main__");
    py_obj *g = main && PY_TYPE(main) == &py_module_type ? ((py_module *)main)->dict : NULL;
    for (py_frame *f = py__ts->frame; f && g; f = f->back)
        if (f->globals == g && f->code->source) return py_str_new(f->code->source->text, f->code->source->len);
    return py_none();
}
py_obj *py__exec_single(py_obj *self, py_obj *const *args, size_t nargs, py_obj *kw);
/* _exec_single(source, globals): an example run as CPython's doctest runs it,
 * exec(compile(source, name, 'single'), globals) (builtins.c) */
static const py_methoddef doctest_methods[] = { { "_source", doctest_source, 0 }, { "_exec_single", py__exec_single, 0 },
    { NULL, NULL, 0 } };
/* A warning of the interpreter's C code (a coroutine never awaited, enum's
 * DeprecationWarning) goes through the warnings module's filters once a
 * program has imported it, as CPython's C code calls warnings.warn:
 * 1 when it went there (shown or filtered; an exception from it, the
 * action "error", is printed as unraisable, "Exception ignored in: " what,
 * or, without what, left raised: -1), 0 when the module is not imported
 * (the caller prints it as the default filters would). */
int py__warn_through_module(const char *category, py_obj *text, py_frame *f, int hint, py_obj *what) {
    py_obj *m = py__interp.modules ? py_dict_get_s(py__interp.modules, "warnings") : NULL;
    if (!m) return 0;
    py_obj *saved = py_err_fetch(); /* an exception on its way (a coroutine freed as it unwinds) */
    py_obj *fn = py_getattr_s(m, "_warn_c");
    if (!fn) { py_err_clear(); py__ts->exc = saved; return 0; }
    py_obj *cat = py_dict_get_s(py__interp.builtins, category);
    py_obj *a[7] = { NULL };
    if (f && f->code->source) {
        py_source *src = f->code->source;
        int line = py_frame_line(f);
        const char *lt;
        size_t ln;
        py_obj *name = f->globals ? py_dict_get_s(f->globals, "__name__") : NULL;
        a[2] = py_incref(src->filename);
        a[3] = py_int(line);
        a[4] = py_incref(name ? name : src->filename);
        a[5] = !src->lazy && py_source_line(src, line, &lt, &ln) == 0 ? py_str_new(lt, ln) : py_none();
    } else {
        a[2] = py_str_c("sys"); a[3] = py_int(1); a[4] = py_str_c("sys"); a[5] = py_none();
    }
    a[0] = py_incref(text);
    a[1] = py_incref(cat ? cat : PY_NONE);
    a[6] = py_bool(hint);
    py_obj *r = py_call(fn, a, 7, NULL);
    for (int i = 0; i < 7; i++) py_xdecref(a[i]);
    py_decref(fn);
    if (r) py_decref(r);
    else if (!what) { py_xdecref(saved); return -1; } /* raised where the warning was given */
    else {
        py__write_unraisable(what);
    }
    py__ts->exc = saved;
    return 1;
}
/* logging's caller: _stack() is the program's own frames (the library's,
 * "<frozen NAME>", left out), innermost first, as (filename, lineno,
 * function name, source line or None), for a LogRecord's pathname,
 * lineno and funcName and a logging error's "Call stack:".  A task's or a
 * callback's frames go on, past the loop's (left out as CPython's library),
 * with the frames that called asyncio.run(), as CPython's stack does. */
F(log_stack) {
    py_obj *l = py_list_new(0);
    int in_task = py__ts != &py__main_ts && !py__in_thread(); /* a thread's stack is its own */
    for (py_frame *f = py__ts->frame; l && (f || in_task); f = f->back) {
        if (!f) {
            in_task = 0;
            if (!(f = py__main_ts.frame)) break;
        }
        py_source *src = f->code->source;
        if (!src || !src->filename || !PY_IS_STR(src->filename) || !strncmp(py_s(src->filename), "<frozen ", 8) ||
            (PY_LLEN(l) && py_str_eqc(src->filename, "<asyncio>"))) /* the loop's machinery below a call */
            continue;
        int line = py_frame_line(f);
        const char *text;
        size_t n;
        py_obj *t = !src->lazy && py_source_line(src, line, &text, &n) == 0 ? py_str_new(text, n) : py_none();
        py_obj *ln = py_int(line);
        py_obj *e = t && ln ? py_tuple_pack(4, src->filename, ln, f->code->name, t) : NULL;
        py_xdecref(t);
        py_xdecref(ln);
        if (!e || py_list_append(l, e) < 0) PY_CLEAR(l);
        py_xdecref(e);
    }
    return l;
}
static const py_methoddef logging_methods[] = { { "_stack", log_stack, 0 }, { NULL, NULL, 0 } };
/* A module written in Python: its source compiled into a new module, as
 * "<frozen NAME>" (frames left out of tracebacks, as CPython's library's). */
static py_obj *prelude_module(const char *name, const py_methoddef *defs, const char *src, const char *file) {
    py_obj *m = new_module(name, defs);
    if (!m) return NULL;
    py_obj *d = ((py_module *)m)->dict;
    py_dict_set_s(d, "__builtins__", py__interp.builtins);
    py_obj *r = py__compile_string(src, file, d);
    if (!r) { py_decref(m); return NULL; }
    py_decref(r);
    return m;
}

/*
 * The library's modules written in Python (the files of python/lib; functools and
 * dataclasses have a C part too).  Natively their text is built in
 * (gen_prelude.py's headers).  The wasm module does not carry it: a
 * program pays only for the modules it imports, as CPython reads its
 * library's files.  The host gives the text (py__lib_source_fn: a file
 * beside python.wasm, pylib/NAME.py, which web/casyncio.js reads in Node
 * and fetches in a browser).  A fetch takes time: the evaluator calls
 * py__import_prepare before an import statement, where a task may
 * suspend, and it waits there (py__lib_wait_fn) until the text is at hand
 * or has failed.  The whole instance waits, not the task alone: CPython's
 * import blocks its loop while it reads the file, and other tasks running
 * meanwhile would print in another order.  The page goes on meanwhile, and
 * a stop raises KeyboardInterrupt at the import.
 */
typedef struct {
    const char *name, *file;
    const py_methoddef *defs;
#ifndef __EMSCRIPTEN__
    const char *src;
#endif
} lib_module;
#ifdef __EMSCRIPTEN__
#define LIB(name, defs, src) { name, "<frozen " name ">", defs }
char *(*py__lib_source_fn)(const char *name, char **error);
void (*py__lib_wait_fn)(const char *name);
#else
#define LIB(name, defs, src) { name, "<frozen " name ">", defs, src }
#endif
static const lib_module lib_modules[] = {
    LIB("functools", functools_methods, functools_prelude), LIB("dataclasses", dataclasses_methods, dataclasses_prelude),
    LIB("itertools", dotted_methods, itertools_prelude), LIB("string", NULL, string_prelude), LIB("bisect", NULL, bisect_prelude), LIB("errno", NULL, errno_prelude),
    LIB("heapq", NULL, heapq_prelude), LIB("collections", dotted_methods, collections_prelude), LIB("copy", NULL, copy_prelude),
    LIB("abc", NULL, abc_prelude), LIB("contextlib", NULL, contextlib_prelude), LIB("json", NULL, json_prelude),
    LIB("datetime", dotted_methods, datetime_prelude), LIB("_strptime", NULL, _strptime_prelude),
    LIB("threading", dotted_methods, threading_prelude), LIB("concurrent", NULL, concurrent_prelude), LIB("io", dotted_methods, io_prelude),
    LIB("traceback", traceback_methods, traceback_prelude),
    LIB("types", types_methods, types_prelude), LIB("inspect", NULL, inspect_prelude),
    LIB("enum", enum_methods, enum_prelude), LIB("fractions", NULL, fractions_prelude),
    LIB("logging", logging_methods, logging_prelude), LIB("statistics", NULL, statistics_prelude),
    LIB("pprint", NULL, pprint_prelude), LIB("warnings", warnings_methods, warnings_prelude),
    LIB("_collections_abc", NULL, _collections_abc_prelude), LIB("textwrap", NULL, textwrap_prelude),
    LIB("re", dotted_methods, re_prelude), LIB("timeit", NULL, timeit_prelude),
    LIB("calendar", NULL, calendar_prelude), LIB("keyword", NULL, keyword_prelude), LIB("numbers", NULL, numbers_prelude),
    LIB("doctest", doctest_methods, doctest_prelude), LIB("this", NULL, this_prelude), LIB("csv", NULL, csv_prelude),
    LIB("decimal", dotted_methods, decimal_prelude),
    LIB("queue", NULL, queue_prelude), LIB("hashlib", NULL, hashlib_prelude), LIB("base64", NULL, base64_prelude),
    LIB("posixpath", NULL, posixpath_prelude), LIB("reprlib", NULL, reprlib_prelude),
    LIB("argparse", NULL, argparse_prelude), LIB("signal", NULL, signal_prelude),
    LIB("_asyncio_streams", NULL, _asyncio_streams_prelude), LIB("_help", NULL, _help_prelude),
    LIB("ast", NULL, ast_prelude), LIB("_ast", NULL, _ast_prelude),
#define DOCS_LIB(m) LIB("_docs_" #m, NULL, _docs_##m##_prelude)
    LIB("_docs", NULL, _docs_prelude), DOCS_LIB(builtins), DOCS_LIB(asyncio), DOCS_LIB(math), DOCS_LIB(random), DOCS_LIB(time), DOCS_LIB(itertools), DOCS_LIB(functools), DOCS_LIB(operator), DOCS_LIB(collections), DOCS_LIB(json), DOCS_LIB(heapq), DOCS_LIB(bisect), DOCS_LIB(copy), DOCS_LIB(string), DOCS_LIB(statistics), DOCS_LIB(dataclasses), DOCS_LIB(contextlib), DOCS_LIB(queue), DOCS_LIB(re), DOCS_LIB(enum),
#undef DOCS_LIB
};
#undef LIB

static const lib_module *find_lib(const char *name) {
    for (size_t i = 0; i < sizeof lib_modules / sizeof *lib_modules; i++)
        if (!strcmp(lib_modules[i].name, name)) return &lib_modules[i];
    return NULL;
}

static py_obj *load_lib(const lib_module *l) {
#ifdef __EMSCRIPTEN__
    char *error = NULL;
    char *src = py__lib_source_fn ? py__lib_source_fn(l->name, &error) : NULL;
    if (!src) {
        /* ImportError, as CPython's when a file of its library cannot be read */
        py_obj *msg = error ? py_str_fmt("cannot load module '%s': %s", l->name, error)
                    : py_str_fmt("cannot load module '%s' here: its text is still being fetched, and an import inside a "
                                 "function called back from C code (a finalizer, say) cannot wait for it "
                                 "in casyncio's Python in wasm (import it at the top of the program)", l->name);
        free(error);
        py_obj *e = msg ? py_exc_new_msg(py_exc_ImportError, "") : NULL;
        py_obj *args = e ? py_tuple_pack(1, msg) : NULL;
        py_xdecref(msg);
        if (!args) { py_xdecref(e); return NULL; }
        PY_SETREF(((py_exc *)e)->args, args);
        py_obj *n = py_str_c(l->name);
        if (n) py_dict_set_s(((py_exc *)e)->dict, "name", n);
        py_xdecref(n);
        py_err_set_exc(e);
        return NULL;
    }
    py_obj *m = prelude_module(l->name, l->defs, src, l->file);
    free(src);
    return m;
#else
    return prelude_module(l->name, l->defs, l->src, l->file);
#endif
}

#ifdef __EMSCRIPTEN__
/* Waits for a library module's text (and, in its text, for those its
 * module-level imports name, at any depth): its body runs nested, where an
 * import cannot wait (py__unsafe), so what it imports must be at hand
 * before the import statement that loads it goes on.  -1 with
 * KeyboardInterrupt raised when a stop came meanwhile. */
static int lib_wait_deps(const char *name, int depth) {
    extern volatile int py__interrupt;
    if (!find_lib(name) || (py__interp.modules && py_dict_get_s(py__interp.modules, name))) return 0;
    py__lib_wait_fn(name);
    if (py__interrupt) {
        py__interrupt = 0;
        py_err_set_exc(py_exc_new(py_exc_KeyboardInterrupt, NULL));
        return -1;
    }
    if (depth > 8 || py__stack_low()) return 0;
    char *error = NULL;
    char *src = py__lib_source_fn ? py__lib_source_fn(name, &error) : NULL;
    free(error);
    int rc = 0;
    for (const char *p = src; p && *p && rc == 0;) {
        const char *line = p, *nl = strchr(p, '\n');
        p = nl ? nl + 1 : p + strlen(p);
        int from = !strncmp(line, "from ", 5);
        if (!from && strncmp(line, "import ", 7)) continue;
        const char *q = line + (from ? 5 : 7);
        while (rc == 0 && q < p) { /* each name: "import a, b.c as d"; "from a import x" */
            while (*q == ' ' || *q == ',') q++;
            char dep[32];
            size_t k = 0;
            while (k + 1 < sizeof dep && (isalnum((unsigned char)q[k]) || q[k] == '_')) { dep[k] = q[k]; k++; }
            dep[k] = 0;
            if (k && strcmp(dep, name)) rc = lib_wait_deps(dep, depth + 1);
            if (from) break;
            while (q < p && *q != ',' && *q != '\n') q++; /* past ".c as d" */
            if (q >= p || *q != ',') break;
        }
    }
    free(src);
    return rc;
}
#endif

int py__import_prepare(py_obj *name) {
#ifdef __EMSCRIPTEN__
    extern volatile int py__interrupt;
    if (!py__lib_wait_fn || py__unsafe) return 0;
    const char *n = py_s(name);
    const char *dot = strchr(n, '.');
    char top[32];
    size_t len = dot ? (size_t)(dot - n) : strlen(n);
    if (len >= sizeof top) return 0;
    memcpy(top, n, len);
    top[len] = 0;
    /* collections (whose abc attribute loads it) and collections.abc: _collections_abc too; os: posixpath */
    int coll = !strcmp(top, "collections");
    const char *with = coll ? "_collections_abc" : !strcmp(top, "os") ? "posixpath" : NULL;
    if (with && find_lib(with) && !(py__interp.modules && py_dict_get_s(py__interp.modules, coll ? "collections.abc" : "os.path"))) {
        py__lib_wait_fn(with);
        if (py__interrupt) {
            py__interrupt = 0;
            py_err_set_exc(py_exc_new(py_exc_KeyboardInterrupt, NULL));
            return -1;
        }
    }
    /* asyncio: its StreamReader (_asyncio_streams, loaded as the program first asks for it:
     * run.c), fetched with a program whose text names it or imports asyncio's * (web/casyncio-python.js) */
    py_source *src = py__ts->frame && py__ts->frame->code ? py__ts->frame->code->source : NULL;
    if (!strcmp(top, "asyncio") && src && src->text && find_lib("_asyncio_streams") &&
        !(py__interp.modules && py_dict_get_s(py__interp.modules, "_asyncio_streams")) &&
        (memmem(src->text, src->len, "StreamReader", 12) || memmem(src->text, src->len, "asyncio import *", 16))) {
        py__lib_wait_fn("_asyncio_streams");
        if (py__interrupt) {
            py__interrupt = 0;
            py_err_set_exc(py_exc_new(py_exc_KeyboardInterrupt, NULL));
            return -1;
        }
    }
    return lib_wait_deps(top, 0);
#else
    (void)name;
#endif
    return 0;
}

/* ---- gc, os -------------------------------------------------------------------------------------- */

F(gc_collect) {
    int call_safe = py__take_call_safe();
    int64_t n = py__asyncio_collect(call_safe);
    n += py__gc_collect_cycles();
    return py_int(n + py__gc_collect());
}
static int gc_enabled = 1;
F(gc_isenabled) { return py_bool(gc_enabled); }
F(gc_enable) { gc_enabled = 1; return py_none(); }
F(gc_disable) { gc_enabled = 0; return py_none(); }
static const py_methoddef gc_methods[] = { { "collect", gc_collect, 0 }, { "isenabled", gc_isenabled, 0 },
    { "enable", gc_enable, 0 }, { "disable", gc_disable, 0 }, { NULL, NULL, 0 } };

py_obj *py__environ;
F(os_getenv) {
    if (nargs < 1) return py_err_set(py_exc_TypeError, "getenv() missing 1 required positional argument: 'key'");
    py_obj *v = py__environ ? py_dict_get(py__environ, args[0]) : NULL;
    return py_incref(v ? v : nargs > 1 ? args[1] : PY_NONE);
}
/* os.getcwd(): the host's working directory (natively the process's, in
 * wasm the JS API's cwd option: the CLI's, "/" in a page).  Only a string:
 * nothing here reads the file system. */
const char *py__cwd = "/";
F(os_getcwd) { return py_str_c(py__cwd); }
F(os_getcwdb) { return py_bytes_new(py__cwd, strlen(py__cwd)); }
/* _path_kind(path): 0 when nothing is there, 1 a file, 2 a folder (os.path's
 * exists, isfile, isdir: lib/posixpath.py); natively the process's files,
 * in wasm the host's answer (builtins.c's py__file_stat_fn) */
extern int (*py__file_stat_fn)(const char *path);
#include <sys/stat.h>
F(os_path_kind) {
    if (nargs != 1 || (!PY_CHECK_STR(args[0]) && PY_TYPE(args[0]) != &py_bytes_type)) return py_err_set(py_exc_TypeError, "_path_kind(path)");
    const char *p = PY_CHECK_STR(args[0]) ? py_s(args[0]) : (const char *)((py_bytes *)args[0])->s;
    size_t n = PY_CHECK_STR(args[0]) ? py_slen(args[0]) : ((py_bytes *)args[0])->len;
    if (strlen(p) != n || !n) return py_int(0); /* (a NUL: CPython's ValueError, caught) */
    if (py__file_stat_fn) {
        int e = py__file_stat_fn(p); /* Linux's numbers: 0 a readable file, 21 a folder, 13 one not readable */
        return py_int(e == 0 || e == 13 ? 1 : e == 21 ? 2 : 0);
    }
    struct stat st;
    if (stat(p, &st) < 0) return py_int(0);
    return py_int(S_ISDIR(st.st_mode) ? 2 : S_ISREG(st.st_mode) ? 1 : 3);
}
F(os_getpid) {
    if (nargs) return py_err_set(py_exc_TypeError, "posix.getpid() takes no arguments (%d given)", (int)nargs);
    return py_int((int64_t)getpid());
}
/* os.kill(os.getpid(), sig): the signal module's delivery (signal.py), as raise_signal */
F(os_kill) {
    if (nargs != 2) return py_err_set(py_exc_TypeError, "kill expected 2 arguments, got %d", (int)nargs);
    int64_t v[2];
    for (int i = 0; i < 2; i++) {
        int ok;
        v[i] = py_index(args[i], &ok);
        if (!ok) return NULL;
        if (v[i] < INT32_MIN || v[i] > INT32_MAX)
            return py_err_set(py_exc_OverflowError, "signed integer is %s than %s", v[i] < 0 ? "less" : "greater", v[i] < 0 ? "minimum" : "maximum");
    }
    if (v[0] != (int64_t)getpid())
        return py_err_set(py_exc_NotImplementedError, "os.kill() of another process than the program's own is not supported by casyncio's Python");
    py_obj *name = py_str_c("signal");
    py_obj *m = name ? py_import(name) : NULL;
    py_xdecref(name);
    py_obj *deliver = m ? py_getattr_s(m, "raise_signal") : NULL;
    py_xdecref(m);
    py_obj *sig = deliver ? py_int(v[1]) : NULL;
    py_obj *r = sig ? py_call1(deliver, sig) : NULL;
    py_xdecref(sig);
    py_xdecref(deliver);
    return r;
}
static const py_methoddef os_methods[] = { { "getenv", os_getenv, 0 }, { "getcwd", os_getcwd, 0 }, { "getcwdb", os_getcwdb, 0 },
    { "getpid", os_getpid, 0 }, { "kill", os_kill, 0 },
    { "_path_kind", os_path_kind, 0 }, { NULL, NULL, 0 } };


/* atexit: what the program registers runs when it ends (run.c calls
 * py__atexit_run, after an uncaught exception's traceback), the last
 * registered first; one that raises is printed as CPython's "Exception
 * ignored in atexit callback: ..." and the others still run.  An entry is
 * (func, its arguments' values, kwnames or None, how many are positional). */
static py_obj *atexit_list;
F(atexit_register) {
    if (nargs < 1) return py_err_set(py_exc_TypeError, "register() takes at least 1 argument (0 given)");
    if (!py_callable(args[0])) return py_err_set(py_exc_TypeError, "the first argument must be callable");
    if (!atexit_list && !(atexit_list = py_list_new(0))) return NULL;
    py_obj *vals = py_tuple_from(args + 1, nargs - 1 + (kw ? PY_TLEN(kw) : 0)), *n = py_int((int64_t)nargs - 1);
    py_obj *e = vals && n ? py_tuple_pack(4, args[0], vals, kw ? kw : PY_NONE, n) : NULL;
    py_xdecref(vals);
    py_xdecref(n);
    if (!e || py_list_append(atexit_list, e) < 0) { py_xdecref(e); return NULL; }
    py_decref(e);
    return py_incref(args[0]);
}
F(atexit_unregister) {
    if (nargs != 1) return py_err_set(py_exc_TypeError, "atexit.unregister() takes exactly one argument (%d given)", (int)nargs);
    for (size_t i = atexit_list ? PY_LLEN(atexit_list) : 0; i-- > 0;) {
        int eq = py_eq(PY_TITEM(((py_list *)atexit_list)->items[i], 0), args[0]);
        if (eq < 0) return NULL;
        if (eq) {
            py_list *l = (py_list *)atexit_list;
            py_obj *gone = l->items[i];
            memmove(l->items + i, l->items + i + 1, (l->n - i - 1) * sizeof(py_obj *));
            l->n--;
            py_decref(gone);
        }
    }
    return py_none();
}
void py__atexit_run(void) {
    while (atexit_list && PY_LLEN(atexit_list)) {
        py_list *l = (py_list *)atexit_list;
        py_obj *e = l->items[--l->n];
        py_obj *vals = PY_TITEM(e, 1), *kw = PY_TITEM(e, 2);
        int ov;
        py_obj *r = py_call(PY_TITEM(e, 0), ((py_tuple *)vals)->items, (size_t)py_int_val(PY_TITEM(e, 3), &ov),
                            kw == PY_NONE ? NULL : kw);
        if (r) py_decref(r);
        else py__write_unraisable_msg("Exception ignored in atexit callback", PY_TITEM(e, 0));
        py_decref(e);
    }
}
F(atexit_run_exitfuncs) { py__atexit_run(); return py_none(); }
F(atexit_clear) { if (atexit_list) PY_CLEAR(atexit_list); return py_none(); }
F(atexit_ncallbacks) { return py_int(atexit_list ? (int64_t)PY_LLEN(atexit_list) : 0); }
static const py_methoddef atexit_methods[] = { { "register", atexit_register, 0 }, { "unregister", atexit_unregister, 0 },
    { "_run_exitfuncs", atexit_run_exitfuncs, 0 }, { "_clear", atexit_clear, 0 }, { "_ncallbacks", atexit_ncallbacks, 0 },
    { NULL, NULL, 0 } };

py_obj *py__small_module(const char *name) {
    const lib_module *l = find_lib(name);
    if (l) return load_lib(l);
    if (!strcmp(name, "operator")) return new_module(name, operator_methods);
    if (!strcmp(name, "gc")) return new_module(name, gc_methods);
    if (!strcmp(name, "atexit")) return new_module(name, atexit_methods);
    if (!strcmp(name, "os")) {
        py_obj *m = new_module(name, os_methods);
        if (!py__environ) py__environ = py_dict_new();
        mod_set(m, "environ", py_incref(py__environ));
        mod_set(m, "name", py_str_c("posix"));
        mod_set(m, "sep", py_str_c("/"));
        static const char *const consts[][2] = { { "curdir", "." }, { "pardir", ".." }, { "extsep", "." }, { "pathsep", ":" },
                                                 { "linesep", "\n" }, { "defpath", "/bin:/usr/bin" }, { "devnull", "/dev/null" } };
        for (size_t i = 0; i < sizeof consts / sizeof *consts; i++) mod_set(m, consts[i][0], py_str_c(consts[i][1]));
        mod_set(m, "altsep", py_none());
        return m;
    }
    if (!strcmp(name, "typing")) {
        py_obj *m = new_module(name, typing_methods);
        for (int i = 0; typing_names[i]; i++) {
            alias_obj *a = (alias_obj *)py_alloc(&alias_type);
            a->name = typing_names[i];
            if (!strcmp(a->name, "Union") && !union_alias) union_alias = py_incref((py_obj *)a);
            mod_set(m, typing_names[i], (py_obj *)a);
        }
        mod_set(m, "TYPE_CHECKING", py_bool(0));
        mod_set(m, "Text", py_incref((py_obj *)&py_str_type));
        static const char *const fns[] = { "get_origin", "get_args", "get_type_hints", "assert_never", "assert_type",
                                           "reveal_type", "dataclass_transform", "is_typeddict", "get_overloads",
                                           "clear_overloads", "overload", "no_type_check" };
        for (size_t i = 0; i < sizeof fns / sizeof *fns; i++) {
            py_obj *f = py__typing_fn(fns[i]);
            if (!f) { py_decref(m); return NULL; }
            mod_set(m, fns[i], py_incref(f));
        }
        return m;
    }
    return NULL;
}
