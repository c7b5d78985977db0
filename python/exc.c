/*
 * exc.c -- exceptions: the built-in hierarchy as classes, the exception
 * object (args, __traceback__, __cause__, __context__), raising and
 * fetching the pending exception of the current task, tracebacks, and
 * printing them exactly as CPython 3.11's C printer does (PyErr_Display:
 * the chain of causes and contexts, the frames with their source lines
 * and ~~~^^^ markers, "Did you mean" suggestions, and SyntaxError's own
 * layout).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "py.h"
#include "parse.h"

#define PY__EXC_DEF(c, n, b) py_type *py_exc_##c;
PY_EXC_TABLE(PY__EXC_DEF)
#undef PY__EXC_DEF

/* ---- output ------------------------------------------------------------------ */

extern void py__write_hook(int fd, const char *s, size_t n); /* run.c: stdout/stderr or events */

void py_write(int fd, const char *s, size_t n) { py__write_hook(fd, s, n); }
void py_writes(int fd, const char *s) { py_write(fd, s, strlen(s)); }

/* ---- the per-task state --------------------------------------------------------- */

py_ts py__main_ts;
py_ts *py__ts = &py__main_ts;

int py_err_occurred(void) { return py__ts->exc != NULL; }

int py_err_matches(py_type *t) { return py__ts->exc && py_subtype(PY_TYPE(py__ts->exc), t); }

py_obj *py_err_fetch(void) {
    py_obj *e = py__ts->exc;
    py__ts->exc = NULL;
    return e;
}
void py_err_clear(void) { PY_CLEAR(py__ts->exc); }

py_obj *py__exit_handled;
/* Set while CPython would print from its last collection at exit, when the
 * traceback module can no longer import ast: no ~~~^^^ anchors, all ^. */
int py__tb_plain;
/* 1 while __main__ is torn down at exit (run.c): CPython's modules are
 * gone then, so its C printer (an exception in __del__) cannot open the
 * source to show lines, and its traceback module (asyncio's log) draws
 * no anchors.  2 for CPython's collection at exit before that (of the
 * cycles left after a normal end; after an uncaught exception its
 * traceback keeps them until the modules are gone: 1). */
int py__finalizing;

void py_err_set_exc(py_obj *exc) {
    /* Implicit chaining: the exception being handled becomes __context__. */
    py_obj *h = py__ts->handled ? py__ts->handled : py__exit_context();
    if (h && h != exc && PY_IS_EXC(exc)) {
        py_exc *e = (py_exc *)exc;
        /* avoid cycles: walk h's context chain */
        py_obj *o = h;
        int cycle = 0;
        while (o) {
            py_obj *ctx = ((py_exc *)o)->context;
            if (ctx == exc) { PY_CLEAR(((py_exc *)o)->context); cycle = 1; break; }
            o = ctx;
        }
        (void)cycle;
        if (!e->context) e->context = py_incref(h);
    }
    PY_SETREF(py__ts->exc, exc);
}

py_obj *py_exc_new(py_type *t, py_obj *args) {
    py_exc *e = (py_exc *)py_alloc(t);
    if (!e) return NULL;
    e->args = py_incref(args ? args : py_tuple_new(0));
    if (!args) py_decref(e->args);
    e->dict = py_dict_new();
    return (py_obj *)e;
}

py_obj *py_exc_new_msg(py_type *t, const char *msg) {
    py_obj *s = py_str_c(msg);
    if (!s) return NULL;
    py_obj *args = py_tuple_pack(1, s);
    py_decref(s);
    py_obj *e = py_exc_new(t, args);
    py_decref(args);
    return e;
}

py_obj *py_err_setv(py_type *t, py_obj *value) {
    py_obj *args = py_tuple_pack(1, value);
    if (!args) return NULL;
    py_obj *e = py_exc_new(t, args);
    py_decref(args);
    if (e) py_err_set_exc(e);
    return NULL;
}

py_obj *py_err_set(py_type *t, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    py_obj *msg = py_str_vfmt(fmt, ap);
    va_end(ap);
    if (!msg) return NULL;
    py_err_setv(t, msg);
    py_decref(msg);
    return NULL;
}

/* CPython's _PyErr_FormatFromCause: a new error of type t that the one set
 * caused (its __cause__ and __context__). */
py_obj *py__err_from_cause(py_type *t, const char *fmt, ...) {
    py_obj *cause = py_err_fetch();
    va_list ap;
    va_start(ap, fmt);
    py_obj *msg = py_str_vfmt(fmt, ap);
    va_end(ap);
    if (msg) {
        py_err_setv(t, msg);
        py_decref(msg);
        py_exc *e = (py_exc *)py__ts->exc;
        if (cause && e) {
            PY_SETREF(e->context, py_incref(cause));
            PY_SETREF(e->cause, cause);
            e->suppress_context = 1;
            return NULL;
        }
    }
    py_xdecref(cause);
    return NULL;
}

py_obj *py_err_nomem(void) {
    static py_exc *prealloc;
    if (!prealloc && py_exc_MemoryError) prealloc = (py_exc *)py_exc_new(py_exc_MemoryError, NULL);
    if (prealloc) py_err_set_exc(py_incref(prealloc));
    return NULL;
}

/* An except clause's type: a class deriving from BaseException, or a
 * tuple of such classes, checked whole before matching as CPython's
 * CHECK_EXC_MATCH does (a tuple in the tuple is refused). */
int py_exc_match(py_obj *exc, py_obj *type) {
    int tuple = PY_IS_TUPLE(type);
    size_t n = tuple ? PY_TLEN(type) : 1;
    py_obj *const *ts = tuple ? &PY_TITEM(type, 0) : &type;
    for (size_t i = 0; i < n; i++)
        if (!PY_IS_TYPE(ts[i]) || !(((py_type *)ts[i])->flags & PY_TF_EXC)) {
            py_err_set(py_exc_TypeError, "catching classes that do not inherit from BaseException is not allowed");
            return -1;
        }
    for (size_t i = 0; i < n; i++)
        if (py_subtype(PY_TYPE(exc), (py_type *)ts[i])) return 1;
    return 0;
}

py_obj *py_stopiteration_value(py_obj *exc) {
    py_exc *e = (py_exc *)exc;
    if (PY_TLEN(e->args) > 0) return py_incref(PY_TITEM(e->args, 0));
    return py_none();
}

int py__tb_lazy_lines;

/* ---- frame objects ------------------------------------------------------------------- */

/* CPython's frame objects as far as programs read them: f_code, f_lineno,
 * f_globals, f_locals and f_back, made when a program asks (gi_frame and
 * cr_frame, sys._getframe, a task's get_stack(), tb_frame).  While its
 * frame lives, the object reads it (its line, its names, its caller) and
 * is the same object each time (gi_frame is gi_frame); when the frame
 * ends, the object keeps its last line and names.  A suspended
 * generator's f_back is None, as CPython's.  A traceback's frame is made
 * from the traceback (the line there, the names the frame held), with no
 * f_back. */
typedef struct {
    py_obj ob;
    py_code *code;
    py_obj *globals; /* owned, or NULL */
    py_frame *live;  /* the frame while it runs on (whose fobj is this object), or NULL */
    py_obj *locals;  /* owned: the names and values it ended with (a dict), or NULL */
    py_obj *back;    /* owned: once a function's frame ended, its caller's object, or NULL */
    int lineno;
} frameobj;

static int frame_lineno(py_frame *f) {
    py_gen *g = (py_gen *)f->gen;
    return g && g->frame == f && g->state == PY_GEN_CREATED ? f->code->firstlineno : py_frame_line(f);
}
static void frameobj_dealloc(py_obj *o) {
    frameobj *f = (frameobj *)o;
    if (f->live) f->live->fobj = NULL;
    py_xdecref((py_obj *)f->code);
    py_xdecref(f->globals);
    py_xdecref(f->locals);
    py_xdecref(f->back);
    free(o);
}
static py_obj *frameobj_new(py_code *code, py_obj *globals, int lineno) {
    frameobj *f = (frameobj *)py_alloc(&py_frame_type);
    if (!f) return NULL;
    f->code = (py_code *)py_incref((py_obj *)code);
    f->globals = py_xincref(globals);
    f->lineno = lineno;
    return (py_obj *)f;
}
/* eval.c's frame_free: the frame ends; its object keeps what it had. */
void py__frame_gone(py_frame *fr) {
    frameobj *f = (frameobj *)fr->fobj;
    f->lineno = frame_lineno(fr);
    py_obj *saved = py_err_fetch();
    f->locals = py__frame_locals(fr);
    /* a function's caller runs on, and so does a generator's that returns
     * (eval.c's frame_end: its gen is still set); a generator's frame freed
     * otherwise (closed, collected) has no caller: f_back None */
    int of_gen = fr->code->flags & (PY_CO_GENERATOR | PY_CO_COROUTINE | PY_CO_ASYNCGEN);
    if (fr->back && (!of_gen || fr->gen)) f->back = py__frame_object(fr->back);
    py_err_clear();
    py__ts->exc = saved;
    f->live = NULL;
    fr->fobj = NULL;
}
py_obj *py__frame_object(py_frame *fr) {
    if (fr->fobj) return py_incref(fr->fobj);
    frameobj *f = (frameobj *)frameobj_new(fr->code, fr->globals, frame_lineno(fr));
    if (!f) return NULL;
    f->live = fr;
    fr->fobj = (py_obj *)f;
    return (py_obj *)f;
}
static py_obj *frameobj_code(py_obj *o) { return py_incref((py_obj *)((frameobj *)o)->code); }
static py_obj *frameobj_globals(py_obj *o) {
    frameobj *f = (frameobj *)o;
    return f->globals ? py_incref(f->globals) : py_dict_new();
}
static py_obj *frameobj_lineno(py_obj *o) {
    frameobj *f = (frameobj *)o;
    return py_int(f->live ? frame_lineno(f->live) : f->lineno);
}
static py_obj *frameobj_locals(py_obj *o) {
    frameobj *f = (frameobj *)o;
    if (f->live) return py__frame_locals(f->live);
    if (f->locals) return py_incref(f->locals);
    if (f->code->flags & PY_CO_MODULE && f->globals) return py_incref(f->globals);
    return py_dict_new();
}
/* The caller's frame while this one runs: none for a suspended generator's. */
static py_obj *frameobj_back(py_obj *o) {
    py_frame *fr = ((frameobj *)o)->live;
    if (!fr) return py_incref(((frameobj *)o)->back ? ((frameobj *)o)->back : PY_NONE);
    py_gen *g = (py_gen *)fr->gen;
    if (!fr->back) {
        /* a running task's coroutine: CPython's loop, then what called the run (asyncio.c) */
        extern py_frame *py__run_caller;
        int task_base = g && g->frame == fr && (fr->code->flags & PY_CO_COROUTINE) && py__gen_on_stack(g);
        return task_base && py__run_caller && py__run_caller != fr ? py__frame_object(py__run_caller) : py_none();
    }
    if (g && g->frame == fr && !py__gen_on_stack(g)) return py_none();
    return py__frame_object(fr->back);
}
static py_obj *frameobj_refused(py_obj *o) {
    return py_err_set(py_exc_NotImplementedError, "a frame's f_lasti, f_trace and f_builtins (bytecode offsets, tracing) "
                      "are not supported by casyncio's Python");
}
static const py_getsetdef frameobj_getset[] = {
    { "f_code", frameobj_code, NULL }, { "f_globals", frameobj_globals, NULL }, { "f_lineno", frameobj_lineno, NULL },
    { "f_locals", frameobj_locals, NULL }, { "f_back", frameobj_back, NULL }, { "f_lasti", frameobj_refused, NULL },
    { "f_trace", frameobj_refused, NULL }, { "f_builtins", frameobj_refused, NULL }, { NULL, NULL, NULL },
};
static py_obj *frameobj_repr(py_obj *o) {
    frameobj *f = (frameobj *)o;
    py_obj *line = frameobj_lineno(o);
    py_obj *r = line ? py_str_fmt("<frame at %p, file %R, line %S, code %U>", (void *)o, f->code->source->filename, line,
                                  f->code->name) : NULL;
    py_xdecref(line);
    return r;
}
py_type py_frame_type = { {PY_IMMORTAL, &py_type_type}, "frame", .size = sizeof(frameobj), .dealloc = frameobj_dealloc,
    .getset = frameobj_getset, .repr = frameobj_repr };

/* ---- tracebacks ----------------------------------------------------------------------- */

/* What a traceback kept is freed first to last, each tuple's items
 * (a frame's locals) in order, as CPython clears a frame's locals: not in
 * the reverse order of a list's or a tuple's own dealloc. */
static void keep_free(py_obj *keep) {
    if (keep->rc == 1)
        for (size_t i = 0; i < PY_LLEN(keep); i++) {
            py_obj *k = PY_LITEM(keep, i);
            PY_LITEM(keep, i) = NULL;
            if (k && PY_TYPE(k) == &py_tuple_type && k->rc == 1)
                for (size_t j = 0; j < PY_TLEN(k); j++) PY_CLEAR(PY_TITEM(k, j));
            py_xdecref(k);
        }
    py_decref(keep);
}
static void tb_dealloc(py_obj *o) {
    py_tb *t = (py_tb *)o;
    if (t->live) t->live->last_tb = NULL;
    py_xdecref(t->frame);
    py_xdecref(t->next);
    py_xdecref(t->code);
    py_xdecref(t->globals);
    if (t->keep) keep_free(t->keep);
    free(o);
}
static py_obj *tb_next_get(py_obj *o) { py_obj *n = (py_obj *)((py_tb *)o)->next; return n ? py_incref(n) : py_none(); }
/* lasti -1: a coroutine that never started, thrown into at its def line (co_firstlineno, no markers) */
static py_loc tb_loc(const py_tb *t) {
    if (t->lasti >= 0) return t->code->locs[t->lasti];
    py_loc l = { t->code->firstlineno, t->code->firstlineno, -1, -1 };
    return l;
}
static py_obj *tb_lineno_get(py_obj *o) { return py_int(tb_loc((py_tb *)o).lineno); }
static py_obj *tb_lasti_get(py_obj *o) {
    return py_err_set(py_exc_NotImplementedError, "a traceback's tb_lasti (bytecode offsets) is not supported by casyncio's Python");
}
/* tb_frame: the frame's code, globals and line, and the locals it held
 * (tb->keep); its f_back is None (the frames are not linked here). */
static py_obj *tb_frame_get(py_obj *o) {
    py_tb *t = (py_tb *)o;
    if (t->frame) return py_incref(t->frame);
    if (t->live) return py_xincref(t->frame = py__frame_object(t->live)); /* its frame runs on: CPython's own frame object */
    frameobj *fo = (frameobj *)frameobj_new(t->code, t->globals, tb_loc(t).lineno);
    if (!fo) return NULL;
    py_obj *keep = t->keep && PY_LLEN(t->keep) ? PY_LITEM(t->keep, PY_LLEN(t->keep) - 1) : NULL;
    if (keep && PY_TYPE(keep) == &py_tuple_type && !(t->code->flags & PY_CO_MODULE)) {
        if (!(fo->locals = py_dict_new())) { py_decref((py_obj *)fo); return NULL; }
        for (int i = 0; i < t->code->nlocals && (size_t)i < PY_TLEN(keep); i++)
            if (py_dict_set(fo->locals, PY_TITEM(t->code->varnames, i), PY_TITEM(keep, i)) < 0) {
                py_decref((py_obj *)fo);
                return NULL;
            }
    }
    return py_incref(t->frame = (py_obj *)fo);
}
static const py_getsetdef tb_getset[] = {
    { "tb_next", tb_next_get, NULL }, { "tb_lineno", tb_lineno_get, NULL },
    { "tb_frame", tb_frame_get, NULL }, { "tb_lasti", tb_lasti_get, NULL }, { NULL, NULL, NULL },
};
py_type py_tb_type = { {PY_IMMORTAL, &py_type_type}, "traceback", .size = sizeof(py_tb), .dealloc = tb_dealloc,
    .getset = tb_getset };

void py_tb_add(py_obj *exc, py_code *code, int lasti, py_obj *globals) {
    if (!PY_IS_EXC(exc)) return;
    /* Modules written in Python ("<frozen dataclasses>"): their frames are
     * CPython's library frames, which tracebacks here leave out. */
    py_exc *e = (py_exc *)exc;
    if (code->source && !strncmp(py_s(code->source->filename), "<frozen ", 8)) {
        e->lib_raised = 1;
        return;
    }
    py_tb *t = (py_tb *)py_alloc(&py_tb_type);
    if (!t) { py_err_clear(); return; }
    t->next = (py_tb *)e->tb;
    t->code = (py_code *)py_incref(code);
    t->lasti = lasti;
    t->globals = py_xincref(globals);
    e->tb = (py_obj *)t;
}

void py__tb_link(py_obj *exc, py_frame *f) {
    py_tb *t = PY_IS_EXC(exc) ? (py_tb *)((py_exc *)exc)->tb : NULL;
    if (!t || t->code != f->code || t->live || t->frame) return;
    if (f->last_tb) f->last_tb->live = NULL;
    t->live = f;
    f->last_tb = t;
}
void py__tb_unlink(py_frame *f) {
    f->last_tb->live = NULL;
    f->last_tb = NULL;
}

/* ---- the exception objects ------------------------------------------------------------ */

static void exc_dealloc(py_obj *o) {
    py_exc *e = (py_exc *)o;
    py_xdecref(e->dict);
    py_xdecref(e->args);
    py_xdecref(e->tb);
    py_xdecref(e->cause);
    py_xdecref(e->context);
    free(o);
}

/* OSError(errno, strerror[, filename[, winerror[, filename2]]]): OSError
 * itself becomes the subclass of its errno (Linux's numbers), as CPython's
 * errnomap; errno, strerror, filename and filename2 are attributes. */
static py_type *oserror_subtype(py_obj *no) {
    static const struct { signed char no; py_type **t; } map[] = {
        { 11, &py_exc_BlockingIOError }, { 114, &py_exc_BlockingIOError }, { 115, &py_exc_BlockingIOError },
        { 10, &py_exc_ChildProcessError }, { 32, &py_exc_BrokenPipeError }, { 108, &py_exc_BrokenPipeError },
        { 103, &py_exc_ConnectionAbortedError }, { 111, &py_exc_ConnectionRefusedError },
        { 104, &py_exc_ConnectionResetError }, { 17, &py_exc_FileExistsError }, { 2, &py_exc_FileNotFoundError },
        { 21, &py_exc_IsADirectoryError }, { 20, &py_exc_NotADirectoryError }, { 4, &py_exc_InterruptedError },
        { 13, &py_exc_PermissionError }, { 1, &py_exc_PermissionError }, { 3, &py_exc_ProcessLookupError },
        { 110, &py_exc_TimeoutError } };
    int ov = 0;
    int64_t v = PY_TYPE(no) == &py_int_type ? py_int_val(no, &ov) : -1;
    for (size_t i = 0; !ov && i < sizeof map / sizeof map[0]; i++)
        if (map[i].no == v) return *map[i].t;
    return py_exc_OSError;
}
static void oserror_attrs(py_exc *e, py_obj *const *args, size_t nargs) {
    static const char *const names[] = { "errno", "strerror", "filename", "filename2" };
    int parsed = nargs >= 2 && nargs <= 5;
    for (size_t i = 0; i < 4; i++) {
        size_t k = i < 3 ? i : 4;
        py_dict_set_s(e->dict, names[i], parsed && k < nargs ? args[k] : PY_NONE);
    }
    if (parsed && nargs > 2) PY_SETREF(e->args, py_tuple_from(args, 2));
}
/* str() of an OSError with errno and strerror: "[Errno 2] x: 'f'"; NULL if not one */
static py_obj *oserror_str(py_exc *e) {
    if (!py_subtype(PY_TYPE(e), py_exc_OSError)) return NULL;
    py_obj *no = py_dict_get_s(e->dict, "errno"), *se = py_dict_get_s(e->dict, "strerror");
    py_obj *fn = py_dict_get_s(e->dict, "filename"), *fn2 = py_dict_get_s(e->dict, "filename2");
    if (fn && fn != PY_NONE) {
        if (fn2 && fn2 != PY_NONE) return py_str_fmt("[Errno %S] %S: %R -> %R", no, se, fn, fn2);
        return py_str_fmt("[Errno %S] %S: %R", no, se, fn);
    }
    if (no && se && no != PY_NONE && se != PY_NONE) return py_str_fmt("[Errno %S] %S", no, se);
    return NULL;
}

/* SyntaxError(msg, (filename, lineno, offset, text[, end_lineno, end_offset])): its
 * attributes, None where not given, as CPython's SyntaxError_init */
static void syntaxerror_attrs(py_exc *e, py_obj *const *args, size_t nargs) {
    static const char *const names[] = { "msg", "filename", "lineno", "offset", "text", "end_lineno", "end_offset",
                                         "print_file_and_line" };
    py_obj *info = nargs == 2 && PY_IS_TUPLE(args[1]) && PY_TLEN(args[1]) >= 4 && PY_TLEN(args[1]) <= 6 ? args[1] : NULL;
    for (size_t i = 0; i < 8; i++) {
        py_obj *v = PY_NONE;
        if (i == 0 && nargs >= 1) v = args[0];
        else if (i >= 1 && i <= 6 && info && i - 1 < PY_TLEN(info)) v = PY_TITEM(info, i - 1);
        py_dict_set_s(e->dict, names[i], v);
    }
}
/* str() of a SyntaxError: its msg, and "(file, line N)" as far as it has them */
static py_obj *syntaxerror_str(py_exc *e) {
    py_obj *msg = py_dict_get_s(e->dict, "msg"), *fn = py_dict_get_s(e->dict, "filename");
    py_obj *ln = py_dict_get_s(e->dict, "lineno");
    if (!msg) msg = PY_TLEN(e->args) ? PY_TITEM(e->args, 0) : PY_NONE;
    int have_fn = fn && PY_IS_STR(fn), have_ln = ln && PY_IS_INT(ln);
    if (!have_fn && !have_ln) return py_str(msg);
    const char *base = have_fn ? strrchr(py_s(fn), '/') : NULL;
    base = base ? base + 1 : have_fn ? py_s(fn) : "";
    if (have_fn && have_ln) return py_str_fmt("%S (%s, line %S)", msg, base, ln);
    if (have_fn) return py_str_fmt("%S (%s)", msg, base);
    return py_str_fmt("%S (line %S)", msg, ln);
}

/* UnicodeDecodeError and UnicodeEncodeError(encoding, object, start, end,
 * reason), as CPython's UnicodeDecodeError_init ("UOnnU", the object
 * bytes) and UnicodeEncodeError_init ("UUnnU"): the five are attributes.
 * -1 with a TypeError when the arguments are not those. */
static int unicode_error_attrs(py_exc *e, int decode, py_obj *const *args, size_t nargs) {
    if (nargs != 5) {
        py_err_set(py_exc_TypeError, "function takes exactly 5 arguments (%d given)", (int)nargs);
        return -1;
    }
    static const char *const names[] = { "encoding", "object", "start", "end", "reason" };
    for (int i = 0; i < 5; i++) {
        py_obj *x = args[i];
        if (i == 2 || i == 3) {
            int ok;
            int64_t v = py_index_ex(x, &ok, py_exc_OverflowError);
            if (!ok) return -1;
            py_obj *n = py_int(v);
            if (!n || py_dict_set_s(e->dict, names[i], n) < 0) { py_xdecref(n); return -1; }
            py_decref(n);
            continue;
        }
        if (i == 1 && decode ? !PY_BYTES_LIKE(x) : !PY_CHECK_STR(x)) {
            if (i == 1 && decode) py_err_set(py_exc_TypeError, "a bytes-like object is required, not '%s'", py_type_name(x));
            else py_err_set(py_exc_TypeError, "argument %d must be str, not %s", i + 1, py_type_name(x));
            return -1;
        }
        if (i == 1 && decode && PY_IS_BYTEARRAY(x)) { /* its object: bytes, as CPython's */
            py_obj *b = py__bytes_of(x);
            int r = b ? py_dict_set_s(e->dict, names[i], b) : -1;
            py_xdecref(b);
            if (r < 0) return -1;
            continue;
        }
        if (py_dict_set_s(e->dict, names[i], x) < 0) return -1;
    }
    return 0;
}
/* str() of one: "'utf-8' codec can't decode byte 0xff in position 0: invalid start byte" */
static py_obj *unicode_error_str(py_exc *e, int decode) {
    py_obj *enc = py_dict_get_s(e->dict, "encoding"), *obj = py_dict_get_s(e->dict, "object");
    py_obj *so = py_dict_get_s(e->dict, "start"), *eo = py_dict_get_s(e->dict, "end");
    py_obj *reason = py_dict_get_s(e->dict, "reason");
    if (!enc || !obj || !so || !eo || !reason || !PY_CHECK_INT(so) || !PY_CHECK_INT(eo)) return py_str_new("", 0);
    int ov;
    int64_t start = py_int_val(so, &ov), end = py_int_val(eo, &ov);
    if (decode && PY_TYPE(obj) == &py_bytes_type) {
        py_bytes *b = (py_bytes *)obj;
        if (start >= 0 && start < (int64_t)b->len && end == start + 1) {
            char hex[4];
            snprintf(hex, sizeof hex, "%02x", (unsigned)b->s[start]);
            return py_str_fmt("'%S' codec can't decode byte 0x%s in position %ld: %S", enc, hex, start, reason);
        }
        return py_str_fmt("'%S' codec can't decode bytes in position %ld-%ld: %S", enc, start, end - 1, reason);
    }
    if (!decode && PY_CHECK_STR(obj) && start >= 0 && start < (int64_t)((py_strobj *)obj)->n && end == start + 1) {
        const char *s = py_s(obj);
        size_t i = 0, n = py_slen(obj);
        for (int64_t k = 0; k < start; k++) py_utf8_decode(s, n, &i);
        uint32_t cp = (uint32_t)py_utf8_decode(s, n, &i);
        char ch[16];
        snprintf(ch, sizeof ch, cp <= 0xff ? "\\x%02x" : cp <= 0xffff ? "\\u%04x" : "\\U%08x", (unsigned)cp);
        return py_str_fmt("'%S' codec can't encode character '%s' in position %ld: %S", enc, ch, start, reason);
    }
    return py_str_fmt("'%S' codec can't %s characters in position %ld-%ld: %S", enc, decode ? "decode" : "encode",
                      start, end - 1, reason);
}
/* Raises t(encoding, object, start, end, reason): a codec's error (str.c). */
py_obj *py__unicode_error(py_type *t, const char *encoding, py_obj *object, int64_t start, int64_t end,
                          const char *reason) {
    py_obj *a[5] = { py_str_c(encoding), object, py_int(start), py_int(end), py_str_c(reason) };
    py_obj *args = a[0] && a[2] && a[3] && a[4] ? py_tuple_from(a, 5) : NULL;
    py_obj *e = args ? py_exc_new(t, args) : NULL;
    if (e && unicode_error_attrs((py_exc *)e, t == py_exc_UnicodeDecodeError, a, 5) < 0) PY_CLEAR(e);
    py_xdecref(args);
    py_xdecref(a[0]);
    py_xdecref(a[2]);
    py_xdecref(a[3]);
    py_xdecref(a[4]);
    if (e) py_err_set_exc(e);
    return NULL;
}

/* ImportError (name, path), AttributeError (name, obj) and NameError (name) take keywords; the others none */
static int exc_takes_keywords(py_type *t) {
    return py_subtype(t, py_exc_ImportError) || py_subtype(t, py_exc_AttributeError) || py_subtype(t, py_exc_NameError);
}
static py_obj *exc_vnew(py_type *t, py_obj *const *args, size_t nargs, py_obj *kw) {
    /* the keywords ImportError (name, path), AttributeError (name, obj) and NameError (name) take */
    const char *k1 = exc_takes_keywords(t) ? "name" : NULL;
    const char *k2 = py_subtype(t, py_exc_ImportError) ? "path" : py_subtype(t, py_exc_AttributeError) ? "obj" : NULL;
    int imp = k1 != NULL;
    /* PyArg_ParseTupleAndKeywords's name in CPython's errors: the base's, a subclass's too */
    const char *kname = !k1 ? t->name : k2 && k2[0] == 'p' ? "ImportError" : k2 ? "AttributeError" : "NameError";
    /* (a class of the program's passes them when it has no __init__: BaseException's refuses them) */
    if (kw && PY_TLEN(kw)) {
        if (!imp) return py_err_set(py_exc_TypeError, "%s() takes no keyword arguments", t->name);
        if (PY_TLEN(kw) > 1u + (k2 != NULL))
            return py_err_set(py_exc_TypeError, "%s() takes at most %d keyword argument%s (%d given)", kname, 1 + (k2 != NULL),
                              k2 ? "s" : "", (int)PY_TLEN(kw));
        for (size_t i = 0; i < PY_TLEN(kw); i++)
            if (!py_str_eqc(PY_TITEM(kw, i), k1) && (!k2 || !py_str_eqc(PY_TITEM(kw, i), k2)))
                return py_err_set(py_exc_TypeError, "'%U' is an invalid keyword argument for %s()", PY_TITEM(kw, i), kname);
    }
    if (t == py_exc_OSError && nargs >= 2 && nargs <= 5) t = oserror_subtype(args[0]);
    py_obj *a = py_tuple_from(args, nargs);
    if (!a) return NULL;
    py_obj *e = py_exc_new(t, a);
    py_decref(a);
    if (e && !(t->flags & PY_TF_HEAP) && py_subtype(t, py_exc_OSError)) oserror_attrs((py_exc *)e, args, nargs);
    if (e && py_subtype(t, py_exc_SyntaxError)) syntaxerror_attrs((py_exc *)e, args, nargs);
    if (e && (py_subtype(t, py_exc_UnicodeDecodeError) || py_subtype(t, py_exc_UnicodeEncodeError)) &&
        unicode_error_attrs((py_exc *)e, py_subtype(t, py_exc_UnicodeDecodeError), args, nargs) < 0)
        PY_CLEAR(e);
    for (size_t i = 0; e && imp && kw && i < PY_TLEN(kw); i++) /* ImportError(msg, name=..., path=...), AttributeError's... */
        py_dict_set(((py_exc *)e)->dict, PY_TITEM(kw, i), args[nargs + i]);
    if (e && py_subtype(t, py_exc_SystemExit)) {
        py_dict_set_s(((py_exc *)e)->dict, "code", nargs == 1 ? args[0] : nargs == 0 ? PY_NONE : ((py_exc *)e)->args);
    }
    return e;
}

static py_obj *exc_str_slot(py_obj *o) {
    py_exc *e = (py_exc *)o;
    size_t n = PY_TLEN(e->args);
    if (py_subtype(o->type, py_exc_KeyError) && n == 1) return py_repr(PY_TITEM(e->args, 0));
    if (py_subtype(o->type, py_exc_SyntaxError)) return syntaxerror_str(e);
    if (py_subtype(o->type, py_exc_UnicodeDecodeError)) return unicode_error_str(e, 1);
    if (py_subtype(o->type, py_exc_UnicodeEncodeError)) return unicode_error_str(e, 0);
    py_obj *os = n >= 2 ? oserror_str(e) : NULL;
    if (os) return os;
    if (n == 0) return py_str_new("", 0);
    if (n == 1) return py_str(PY_TITEM(e->args, 0));
    return py_str(e->args);
}

py_obj *py_exc_str(py_obj *o) {
    /* a class statement may define __str__ */
    return (o->type->flags & PY_TF_HEAP) && o->type->str ? py_str(o) : exc_str_slot(o);
}

static py_obj *exc_repr(py_obj *o) {
    py_exc *e = (py_exc *)o;
    const char *name = o->type->name;
    if (PY_TLEN(e->args) == 1) return py_str_fmt("%s(%R)", name, PY_TITEM(e->args, 0));
    if (PY_TLEN(e->args) == 0) return py_str_fmt("%s()", name);
    return py_str_fmt("%s%R", name, e->args);
}

static py_obj *exc_args_get(py_obj *o) { return py_incref(((py_exc *)o)->args); }
static int exc_args_set(py_obj *o, py_obj *v) {
    py_obj *t = v ? py_sequence_tuple(v) : NULL;
    if (!t) return -1;
    PY_SETREF(((py_exc *)o)->args, t);
    return 0;
}
static py_obj *exc_tb_get(py_obj *o) { return py_incref(((py_exc *)o)->tb ? ((py_exc *)o)->tb : PY_NONE); }
static int exc_tb_set(py_obj *o, py_obj *v) {
    if (!v) { py_err_set(py_exc_TypeError, "__traceback__ may not be deleted"); return -1; }
    if (v != PY_NONE && PY_TYPE(v) != &py_tb_type) { py_err_set(py_exc_TypeError, "__traceback__ must be a traceback or None"); return -1; }
    PY_SETREF(((py_exc *)o)->tb, v && v != PY_NONE ? py_incref(v) : NULL);
    ((py_exc *)o)->lib_raised = 0;
    return 0;
}
static py_obj *exc_cause_get(py_obj *o) { return py_incref(((py_exc *)o)->cause ? ((py_exc *)o)->cause : PY_NONE); }
/* __cause__ and __context__: None or an exception, never deleted (CPython's checks) */
static int exc_link_check(py_obj *v, const char *which) {
    if (!v) { py_err_set(py_exc_TypeError, "__%s__ may not be deleted", which); return -1; }
    if (v != PY_NONE && !PY_IS_EXC(v)) {
        py_err_set(py_exc_TypeError, "exception %s must be None or derive from BaseException", which);
        return -1;
    }
    return 0;
}
static int exc_cause_set(py_obj *o, py_obj *v) {
    if (exc_link_check(v, "cause") < 0) return -1;
    PY_SETREF(((py_exc *)o)->cause, v && v != PY_NONE ? py_incref(v) : NULL);
    ((py_exc *)o)->suppress_context = 1;
    return 0;
}
static py_obj *exc_context_get(py_obj *o) { return py_incref(((py_exc *)o)->context ? ((py_exc *)o)->context : PY_NONE); }
static int exc_context_set(py_obj *o, py_obj *v) {
    if (exc_link_check(v, "context") < 0) return -1;
    PY_SETREF(((py_exc *)o)->context, v && v != PY_NONE ? py_incref(v) : NULL);
    return 0;
}
static py_obj *exc_suppress_get(py_obj *o) { return py_bool(((py_exc *)o)->suppress_context); }
static int exc_suppress_set(py_obj *o, py_obj *v) {
    ((py_exc *)o)->suppress_context = py_truth(v);
    return 0;
}
static py_obj *exc_value_get(py_obj *o) {
    py_exc *e = (py_exc *)o;
    py_obj *v = py_dict_get_s(e->dict, "value");
    if (v) return py_incref(v);
    return PY_TLEN(e->args) ? py_incref(PY_TITEM(e->args, 0)) : py_none();
}
static const py_getsetdef exc_getset[] = {
    { "args", exc_args_get, exc_args_set },
    { "__traceback__", exc_tb_get, exc_tb_set },
    { "__cause__", exc_cause_get, exc_cause_set },
    { "__context__", exc_context_get, exc_context_set },
    { "__suppress_context__", exc_suppress_get, exc_suppress_set },
    { "__dict__", py__inst_dict_get, NULL },
    { NULL, NULL, NULL },
};
static const py_getsetdef stopiter_getset[] = { { "value", exc_value_get, NULL }, { NULL, NULL, NULL } };
/* ImportError's name, path and msg: what was given (or set), else None; msg
 * the one argument */
static py_obj *imp_attr(py_obj *o, const char *k) {
    py_exc *e = (py_exc *)o;
    py_obj *v = py_dict_get_s(e->dict, k);
    if (v) return py_incref(v);
    return *k == 'm' && PY_TLEN(e->args) == 1 ? py_incref(PY_TITEM(e->args, 0)) : py_none();
}
static py_obj *imp_name_get(py_obj *o) { return imp_attr(o, "name"); }
static py_obj *imp_path_get(py_obj *o) { return imp_attr(o, "path"); }
static py_obj *imp_msg_get(py_obj *o) { return imp_attr(o, "msg"); }
static int imp_name_set(py_obj *o, py_obj *v) { return py_dict_set_s(((py_exc *)o)->dict, "name", v ? v : PY_NONE); }
static int imp_path_set(py_obj *o, py_obj *v) { return py_dict_set_s(((py_exc *)o)->dict, "path", v ? v : PY_NONE); }
static int imp_msg_set(py_obj *o, py_obj *v) { return py_dict_set_s(((py_exc *)o)->dict, "msg", v ? v : PY_NONE); }
/* AttributeError's name and obj, NameError's name: given, set or None */
static py_obj *attr_name_get(py_obj *o) { return imp_attr(o, "name"); }
static py_obj *attr_obj_get(py_obj *o) { return imp_attr(o, "obj"); }
static int attr_obj_set(py_obj *o, py_obj *v) { return py_dict_set_s(((py_exc *)o)->dict, "obj", v ? v : PY_NONE); }
static const py_getsetdef attr_getset[] = {
    { "name", attr_name_get, imp_name_set }, { "obj", attr_obj_get, attr_obj_set }, { NULL, NULL, NULL },
};
static const py_getsetdef name_getset[] = { { "name", attr_name_get, imp_name_set }, { NULL, NULL, NULL } };
static const py_getsetdef import_getset[] = {
    { "name", imp_name_get, imp_name_set }, { "path", imp_path_get, imp_path_set }, { "msg", imp_msg_get, imp_msg_set },
    { NULL, NULL, NULL },
};

static py_obj *exc_init_m(py_obj *self, py_obj *const *args, size_t nargs, py_obj *kw) {
    py_type *t = PY_TYPE(self);
    /* BaseException.__init__ takes no keywords (a class of the program's that has no __init__ of its own) */
    if (kw && PY_TLEN(kw) && !exc_takes_keywords(t))
        return py_err_set(py_exc_TypeError, "%s() takes no keyword arguments", t->name);
    py_obj *a = py_tuple_from(args, nargs);
    if (!a) return NULL;
    PY_SETREF(((py_exc *)self)->args, a);
    return py_none();
}
static py_obj *exc_with_traceback(py_obj *self, py_obj *const *args, size_t nargs, py_obj *kw) {
    if (nargs != 1) return py_err_set(py_exc_TypeError, "with_traceback() takes exactly one argument");
    if (exc_tb_set(self, args[0]) < 0) return NULL;
    return py_incref(self);
}
static py_obj *exc_add_note(py_obj *self, py_obj *const *args, size_t nargs, py_obj *kw) {
    if (nargs != 1 || !PY_IS_STR(args[0]))
        return py_err_set(py_exc_TypeError, "note must be a str, not '%s'", nargs ? py_type_name(args[0]) : "nothing");
    /* as CPython's BaseException_add_note: the __notes__ the exception has
     * now (a program may have set or deleted it), a list */
    py_exc *e = (py_exc *)self;
    py_obj *notes = py_dict_get_s(e->dict, "__notes__");
    if (!notes) {
        notes = py_list_new(0);
        if (!notes || py_dict_set_s(e->dict, "__notes__", notes) < 0) {
            py_xdecref(notes);
            return NULL;
        }
        py_decref(notes);
    } else if (!PY_CHECK_LIST(notes)) {
        return py_err_set(py_exc_TypeError, "Cannot add note: __notes__ is not a list");
    }
    if (py_list_append(notes, args[0]) < 0) return NULL;
    return py_none();
}
static py_obj *exc_str_m(py_obj *self, py_obj *const *args, size_t nargs, py_obj *kw) { return exc_str_slot(self); }
static py_obj *exc_repr_m(py_obj *self, py_obj *const *args, size_t nargs, py_obj *kw) { return exc_repr(self); }
/* __reduce__() and __reduce_ex__(protocol): (type, args), and the instance's
 * __dict__ when it holds something, as CPython's BaseException (copy and
 * deepcopy rebuild an exception so); __setstate__(dict) sets them back */
static py_obj *exc_reduce(py_obj *self, py_obj *const *args, size_t nargs, py_obj *kw) {
    py_exc *e = (py_exc *)self;
    py_obj *a = e->args ? py_incref(e->args) : py_tuple_new(0);
    py_obj *d = py_getattr_s(self, "__dict__");
    if (!d) py_err_clear();
    py_obj *r = a ? (d && PY_IS_DICT(d) && py_len(d) > 0 ? py_tuple_pack(3, (py_obj *)PY_TYPE(self), a, d)
                                                          : py_tuple_pack(2, (py_obj *)PY_TYPE(self), a)) : NULL;
    py_xdecref(a);
    py_xdecref(d);
    return r;
}
static py_obj *exc_setstate(py_obj *self, py_obj *const *args, size_t nargs, py_obj *kw) {
    if (nargs != 1) return py_err_set(py_exc_TypeError, "__setstate__() takes exactly one argument (%d given)", (int)nargs);
    if (args[0] == PY_NONE) return py_none();
    if (!PY_IS_DICT(args[0])) return py_err_set(py_exc_TypeError, "state is not a dictionary");
    py_obj *items = py_call_method(args[0], "items", NULL, 0), *l = items ? py_sequence_list(items) : NULL;
    py_xdecref(items);
    for (size_t i = 0; l && i < PY_LLEN(l); i++)
        if (py_setattr(self, PY_TITEM(PY_LITEM(l, i), 0), PY_TITEM(PY_LITEM(l, i), 1)) < 0) PY_CLEAR(l);
    if (!l) return NULL;
    py_decref(l);
    return py_none();
}
static const py_methoddef exc_methods[] = {
    { "__init__", exc_init_m, 0 },
    { "__reduce__", exc_reduce, 0 }, { "__reduce_ex__", exc_reduce, 0 }, { "__setstate__", exc_setstate, 0 },
    { "__str__", exc_str_m, 0 },
    { "__repr__", exc_repr_m, 0 },
    { "with_traceback", exc_with_traceback, 0 },
    { "add_note", exc_add_note, 0 },
    { NULL, NULL, 0 },
};

static py_type *make_exc_type(const char *name, py_type *base) {
    py_type *t = calloc(1, sizeof(py_type));
    t->ob.rc = PY_IMMORTAL;
    t->ob.type = &py_type_type;
    t->name = name;
    t->base = base ? base : &py_object_type;
    t->size = sizeof(py_exc);
    t->dictoffset = offsetof(py_exc, dict);
    t->flags = PY_TF_EXC | PY_TF_BASETYPE;
    t->dealloc = exc_dealloc;
    t->repr = exc_repr;
    t->str = exc_str_slot;
    t->vnew = exc_vnew;
    t->hash = py_object_type.hash;
    t->richcmp = py_object_type.richcmp;
    if (!base) { t->methods = exc_methods; t->getset = exc_getset; }
    if (!strcmp(name, "StopIteration")) t->getset = stopiter_getset;
    if (!strcmp(name, "ImportError")) t->getset = import_getset;
    if (!strcmp(name, "AttributeError")) t->getset = attr_getset;
    if (!strcmp(name, "NameError")) t->getset = name_getset;
    py__type_ready(t);
    return t;
}

static const struct { py_type **var; const char *name; const char *base; } exc_table[] = {
#define PY__EXC_ROW(c, n, b) { &py_exc_##c, n, #b },
    PY_EXC_TABLE(PY__EXC_ROW)
#undef PY__EXC_ROW
};

void py__exc_init(void) {
    size_t n = sizeof exc_table / sizeof exc_table[0];
    for (size_t i = 0; i < n; i++) {
        py_type *base = NULL;
        for (size_t j = 0; j < i; j++)
            if (!strcmp(exc_table[j].name, exc_table[i].base)) base = *exc_table[j].var;
        *exc_table[i].var = make_exc_type(exc_table[i].name, base);
    }
    py_obj *m = py_str_c("asyncio.exceptions");
    PY_SETREF(py_exc_CancelledError->module, m);
    PY_SETREF(py_exc_InvalidStateError->module, py_incref(m));
}

/* ---- "Did you mean": CPython 3.11's suggestions.c ------------------------------------ */

#define MAX_CANDIDATE_ITEMS 750
#define MAX_STRING_SIZE 40
#define MOVE_COST 2
#define CASE_COST 1
#define LEAST_FIVE_BITS(n) ((n) & 31)

static int substitution_cost(char a, char b) {
    if (LEAST_FIVE_BITS(a) != LEAST_FIVE_BITS(b)) return MOVE_COST;
    if (a == b) return 0;
    if ('A' <= a && a <= 'Z') a += ('a' - 'A');
    if ('A' <= b && b <= 'Z') b += ('a' - 'A');
    if (a == b) return CASE_COST;
    return MOVE_COST;
}

static size_t levenshtein(const char *a, size_t a_size, const char *b, size_t b_size, size_t max_cost) {
    size_t buffer[MAX_STRING_SIZE];
    if (a == b) return 0;
    while (a_size && b_size && a[0] == b[0]) { a++; a_size--; b++; b_size--; }
    while (a_size && b_size && a[a_size - 1] == b[b_size - 1]) { a_size--; b_size--; }
    if (a_size == 0 || b_size == 0) return (a_size + b_size) * MOVE_COST;
    if (a_size > MAX_STRING_SIZE || b_size > MAX_STRING_SIZE) return max_cost + 1;
    if (b_size < a_size) {
        const char *t = a; a = b; b = t;
        size_t ts = a_size; a_size = b_size; b_size = ts;
    }
    if ((b_size - a_size) * MOVE_COST > max_cost) return max_cost + 1;
    size_t tmp = MOVE_COST;
    for (size_t i = 0; i < a_size; i++) { buffer[i] = tmp; tmp += MOVE_COST; }
    size_t result = 0;
    for (size_t bi = 0; bi < b_size; bi++) {
        char code = b[bi];
        size_t distance = result = bi * MOVE_COST;
        size_t minimum = (size_t)-1;
        for (size_t index = 0; index < a_size; index++) {
            size_t substitute = distance + (size_t)substitution_cost(code, a[index]);
            distance = buffer[index];
            size_t insert_delete = (result < distance ? result : distance) + MOVE_COST;
            result = insert_delete < substitute ? insert_delete : substitute;
            buffer[index] = result;
            if (result < minimum) minimum = result;
        }
        if (minimum > max_cost) return max_cost + 1;
    }
    return result;
}

/* candidates: a list of str (others are skipped).  New reference or NULL. */
py_obj *py_suggest(py_obj *name, py_obj *candidates) {
    size_t n = PY_LLEN(candidates);
    if (n >= MAX_CANDIDATE_ITEMS) return NULL;
    int64_t best = INT64_MAX;
    py_obj *suggestion = NULL;
    for (size_t i = 0; i < n; i++) {
        py_obj *item = PY_LITEM(candidates, i);
        if (!PY_IS_STR(item)) continue;
        if (py_str_eq(item, name)) continue;
        int64_t maxd = ((int64_t)((py_strobj *)name)->n + (int64_t)((py_strobj *)item)->n + 3) * MOVE_COST / 6;
        if (best - 1 < maxd) maxd = best - 1;
        if (maxd < 0) continue;
        int64_t d = (int64_t)levenshtein(py_s(name), py_slen(name), py_s(item), py_slen(item), (size_t)maxd);
        if (d > maxd) continue;
        if (!suggestion || d < best) { suggestion = item; best = d; }
    }
    return py_xincref(suggestion);
}

/* The names builtins_prelude.py.h gives builtins, in the order they join
 * it (compiled when first needed: py__exc_groups_load, below). */
static const char *const group_names[] = { "BaseExceptionGroup", "ExceptionGroup", "aiter", "anext", "exit", "quit", NULL };
static int groups_loaded; /* builtins has group_names (or is getting them) */

static py_obj *dict_keys_list(py_obj *d) {
    py_obj *l = py_list_new(0);
    size_t pos = 0;
    py_obj *k;
    while (py_dict_next(d, &pos, &k, NULL)) py_list_append(l, k);
    return l;
}

static py_obj *offer_suggestions(py_obj *exc) {
    py_exc *e = (py_exc *)exc;
    py_obj *name = py_dict_get_s(e->dict, "name");
    if (!name || !PY_IS_STR(name)) return NULL;
    if (PY_TYPE(exc) == py_exc_AttributeError) {
        py_obj *obj = py_dict_get_s(e->dict, "obj");
        if (!obj) return NULL;
        py_obj *dir = py_dir_names(obj);
        if (!dir) { py_err_clear(); return NULL; }
        py_obj *s = py_suggest(name, dir);
        py_decref(dir);
        return s;
    }
    if (PY_TYPE(exc) == py_exc_NameError) {
        py_tb *tb = (py_tb *)e->tb;
        if (!tb) return NULL;
        while (tb->next) tb = tb->next;
        py_obj *l = py_list_new(0);
        py_code *co = tb->code;
        for (size_t i = 0; i < PY_TLEN(co->varnames); i++) py_list_append(l, PY_TITEM(co->varnames, i));
        for (size_t i = 0; i < PY_TLEN(co->cellvars); i++) py_list_append(l, PY_TITEM(co->cellvars, i));
        py_obj *s = py_suggest(name, l);
        py_decref(l);
        if (s) return s;
        if (tb->globals) {
            l = dict_keys_list(tb->globals);
            s = py_suggest(name, l);
            py_decref(l);
            if (s) return s;
        }
        l = dict_keys_list(py__interp.builtins);
        if (l && !groups_loaded) /* not compiled yet: where they will be */
            for (int i = 0; group_names[i]; i++) {
                py_obj *n = py_str_intern(group_names[i]);
                py_list_append(l, n);
                py_decref(n);
            }
        s = py_suggest(name, l);
        py_decref(l);
        return s;
    }
    return NULL;
}

/* ---- printing tracebacks --------------------------------------------------------------- */

static size_t char_offset(const char *line, size_t len, int byte_off) {
    if (byte_off < 0) return 0;
    if ((size_t)byte_off > len) byte_off = (int)len;
    return py_utf8_count(line, (size_t)byte_off);
}

/* The characters of East Asian Width W or F (Unicode 14.0, CPython 3.11's
 * unicodedata; the unassigned code points between two of them are counted
 * in), which a terminal shows two columns wide. */
static const uint32_t wide_ranges[][2] = {
    {0x1100, 0x115f}, {0x231a, 0x231b}, {0x2329, 0x232a}, {0x23e9, 0x23ec}, {0x23f0, 0x23f0}, {0x23f3, 0x23f3},
    {0x25fd, 0x25fe}, {0x2614, 0x2615}, {0x2648, 0x2653}, {0x267f, 0x267f}, {0x2693, 0x2693}, {0x26a1, 0x26a1},
    {0x26aa, 0x26ab}, {0x26bd, 0x26be}, {0x26c4, 0x26c5}, {0x26ce, 0x26ce}, {0x26d4, 0x26d4}, {0x26ea, 0x26ea},
    {0x26f2, 0x26f3}, {0x26f5, 0x26f5}, {0x26fa, 0x26fa}, {0x26fd, 0x26fd}, {0x2705, 0x2705}, {0x270a, 0x270b},
    {0x2728, 0x2728}, {0x274c, 0x274c}, {0x274e, 0x274e}, {0x2753, 0x2755}, {0x2757, 0x2757}, {0x2795, 0x2797},
    {0x27b0, 0x27b0}, {0x27bf, 0x27bf}, {0x2b1b, 0x2b1c}, {0x2b50, 0x2b50}, {0x2b55, 0x2b55}, {0x2e80, 0x303e},
    {0x3041, 0x3247}, {0x3250, 0x4dbf}, {0x4e00, 0xa4c6}, {0xa960, 0xa97c}, {0xac00, 0xd7a3}, {0xf900, 0xfad9},
    {0xfe10, 0xfe19}, {0xfe30, 0xfe6b}, {0xff01, 0xff60}, {0xffe0, 0xffe6}, {0x16fe0, 0x1b2fb},
    {0x1f004, 0x1f004}, {0x1f0cf, 0x1f0cf}, {0x1f18e, 0x1f18e}, {0x1f191, 0x1f19a}, {0x1f200, 0x1f320},
    {0x1f32d, 0x1f335}, {0x1f337, 0x1f37c}, {0x1f37e, 0x1f393}, {0x1f3a0, 0x1f3ca}, {0x1f3cf, 0x1f3d3},
    {0x1f3e0, 0x1f3f0}, {0x1f3f4, 0x1f3f4}, {0x1f3f8, 0x1f43e}, {0x1f440, 0x1f440}, {0x1f442, 0x1f4fc},
    {0x1f4ff, 0x1f53d}, {0x1f54b, 0x1f54e}, {0x1f550, 0x1f567}, {0x1f57a, 0x1f57a}, {0x1f595, 0x1f596},
    {0x1f5a4, 0x1f5a4}, {0x1f5fb, 0x1f64f}, {0x1f680, 0x1f6c5}, {0x1f6cc, 0x1f6cc}, {0x1f6d0, 0x1f6d2},
    {0x1f6d5, 0x1f6df}, {0x1f6eb, 0x1f6ec}, {0x1f6f4, 0x1f6fc}, {0x1f7e0, 0x1f7f0}, {0x1f90c, 0x1f93a},
    {0x1f93c, 0x1f945}, {0x1f947, 0x1f9ff}, {0x1fa70, 0x1faf6}, {0x20000, 0x3134a},
};

/* Where the carets go: traceback's _display_width, the columns of the
 * line's first byte_off bytes, two for a wide character. */
static size_t display_offset(const char *line, size_t len, int byte_off) {
    size_t n = char_offset(line, len, byte_off), end = (size_t)(byte_off < 0 ? 0 : byte_off);
    for (size_t i = 0; i < end && i < len;) {
        if ((unsigned char)line[i] < 0xe1) { /* below U+1100 */
            i++;
            continue;
        }
        uint32_t c = (uint32_t)py_utf8_decode(line, len, &i);
        size_t lo = 0, hi = sizeof wide_ranges / sizeof *wide_ranges;
        while (lo < hi) {
            size_t mid = (lo + hi) / 2;
            if (c > wide_ranges[mid][1]) lo = mid + 1;
            else hi = mid;
        }
        n += lo < sizeof wide_ranges / sizeof *wide_ranges && c >= wide_ranges[lo][0];
    }
    return n;
}

#define IS_WS(c) ((c) == ' ' || (c) == '\t' || (c) == '\f')

/* What CPython's AST optimizer folds into a constant, for the subscripts
 * it folds: 1 for a number (an int or bool when ints is set), 2 for any
 * other constant (a literal, a unary operator on one that works, a tuple
 * display of them); else 0. */
static int folded(const pyast_expr *e, int ints) {
    if (e->kind == PYAST_Constant) {
        pyast_const_kind k = e->v.Constant.kind;
        if (k == PYAST_CONST_INT || k == PYAST_CONST_TRUE || k == PYAST_CONST_FALSE) return 1;
        return ints ? 0 : k == PYAST_CONST_FLOAT || k == PYAST_CONST_COMPLEX ? 1 : 2;
    }
    if (e->kind == PYAST_UnaryOp) {
        pyast_unaryop op = e->v.UnaryOp.op;
        if (op == PYAST_Not) return !ints && folded(e->v.UnaryOp.operand, 0) ? 2 : 0;
        return folded(e->v.UnaryOp.operand, ints || op == PYAST_Invert) == 1;
    }
    if (e->kind != PYAST_Tuple || ints) return 0;
    for (int i = 0; i < e->v.Tuple.elts.n; i++)
        if (!folded(e->v.Tuple.elts.items[i], 0)) return 0;
    return 2;
}
/* The value of an int constant folded (small ones only: an index). */
static int64_t folded_int(const pyast_expr *e) {
    if (e->kind == PYAST_UnaryOp) {
        int64_t v = folded_int(e->v.UnaryOp.operand);
        return e->v.UnaryOp.op == PYAST_USub ? -v : e->v.UnaryOp.op == PYAST_Invert ? ~v : v;
    }
    const pyast_const *c = &e->v.Constant;
    return c->kind == PYAST_CONST_INT ? (c->n < 12 ? strtoll(c->s, NULL, 0) : INT32_MAX) : c->kind == PYAST_CONST_TRUE;
}
/* Whether CPython's optimizer folds the subscript e, a str, bytes or tuple
 * constant indexed by an int constant in range, into a constant: then its
 * segment has no anchors. */
static int folds(const pyast_expr *e) {
    const pyast_expr *v = e->v.Subscript.value, *i = e->v.Subscript.slice;
    int64_t n = -1;
    if (v->kind == PYAST_Tuple && folded(v, 0)) n = v->v.Tuple.elts.n;
    if (v->kind == PYAST_Constant && v->v.Constant.kind == PYAST_CONST_BYTES) n = (int64_t)v->v.Constant.n;
    if (v->kind == PYAST_Constant && v->v.Constant.kind == PYAST_CONST_STR) {
        n = 0;
        for (size_t k = 0; k < v->v.Constant.n; k++) n += ((unsigned char)v->v.Constant.s[k] & 0xC0) != 0x80;
    }
    if (n < 0 || folded(i, 1) != 1) return 0;
    int64_t k = folded_int(i);
    return k < n && k >= -n;
}

/* CPython's extract_anchors_from_line: parses the segment on its own (and
 * folds it, as _PyAST_Optimize does, for a subscript of constants). */
static int anchors(const char *seg, size_t seglen, int64_t *left, int64_t *right) {
    py_arena *a = pyarena_new();
    if (!a) return 0;
    py_syntax_error err;
    pyast_module *m = py_parse(a, seg, seglen, "<segment>", &err);
    int res = 0;
    if (m && m->body.n == 1 && m->body.items[0]->kind == PYAST_Expr) {
        pyast_expr *e = m->body.items[0]->v.Expr.value;
        if (e->kind == PYAST_BinOp) {
            pyast_expr *l = e->v.BinOp.left, *r = e->v.BinOp.right;
            for (int i = l->pos.end_col_offset; i < r->pos.col_offset; i++) {
                if (IS_WS(seg[i])) continue;
                *left = i;
                *right = i + 1;
                if (i + 1 < r->pos.col_offset && !IS_WS(seg[i + 1])) ++*right;
                if (i + 1 < r->pos.col_offset && seg[i] == ')') continue;
                break;
            }
            res = 1;
        } else if (e->kind == PYAST_Subscript && !folds(e)) {
            int64_t sl = (int64_t)seglen;
            *left = e->v.Subscript.value->pos.end_col_offset;
            *right = e->v.Subscript.slice->pos.end_col_offset + 1;
            while (*left < sl && (IS_WS(seg[*left]) || seg[*left] != '[')) ++*left;
            while (*right < sl && (IS_WS(seg[*right]) || seg[*right] != ']')) ++*right;
            if (*right < sl) *right += 1;
            res = 1;
        }
    }
    if (res) {
        *left = (int64_t)display_offset(seg, seglen, (int)*left);
        *right = (int64_t)display_offset(seg, seglen, (int)*right);
    }
    pyarena_free(a);
    return res;
}

/* Inside an exception group's box every line of a traceback starts with a
 * margin ("  | ", deeper for nested groups), as CPython 3.11's printer
 * writes it: tb_write adds it at the start of each line. */
static char tb_margin[64];
/* traceback.format_exception's text: the printer writes into tb_capture when it is set */
static py_buf *tb_capture;
static void tb_out(int fd, const char *s, size_t n) {
    if (tb_capture) py_buf_put(tb_capture, s, n);
    else py_write(fd, s, n);
}
static void tb_write(int fd, const char *s, size_t n) {
    if (!tb_margin[0]) { tb_out(fd, s, n); return; }
    py_buf b = {0};
    size_t ml = strlen(tb_margin);
    for (size_t i = 0; i < n;) {
        size_t j = i;
        while (j < n && s[j] != '\n') j++;
        py_buf_put(&b, tb_margin, ml);
        py_buf_put(&b, s + i, j - i + (j < n));
        i = j + 1;
    }
    tb_out(fd, b.data, b.len);
    py_buf_free(&b);
}
static void tb_writes(int fd, const char *s) { tb_write(fd, s, strlen(s)); }

static void display_line(int fd, py_tb *tb) {
    py_code *co = tb->code;
    py_loc loc = tb_loc(tb);
    char head[64];
    py_buf b = {0};
    py_buf_puts(&b, "  File \"");
    py_buf_put(&b, py_s(co->source->filename), py_slen(co->source->filename));
    snprintf(head, sizeof head, "\", line %d, in ", loc.lineno);
    py_buf_puts(&b, head);
    py_buf_put(&b, py_s(co->name), py_slen(co->name));
    py_buf_putc(&b, '\n');
    const char *line;
    size_t len;
    const char *fn = py_s(co->source->filename);
    size_t fnl = py_slen(co->source->filename);
    if (!(fnl > 1 && fn[0] == '<' && fn[fnl - 1] == '>') && !(py__finalizing == 1 && !py__tb_plain)
        && (!co->source->lazy || py__tb_lazy_lines) && py_source_line(co->source, loc.lineno, &line, &len) == 0) {
        size_t i = 0;
        while (i < len && IS_WS(line[i])) i++;
        py_buf_puts(&b, "    ");
        py_buf_put(&b, line + i, len - i);
        py_buf_putc(&b, '\n');
        int64_t truncation = (int64_t)i - 4;
        int64_t line_chars = (int64_t)py_utf8_count(line, len);
        if (loc.lineno > 0 && loc.end_lineno > 0 && loc.col >= 0 && loc.end_col >= 0) {
            int64_t start = (int64_t)char_offset(line, len, loc.col);
            int64_t end;
            int64_t left = -1, right = -1;
            const char *prim = "^", *sec = "^";
            if (loc.lineno == loc.end_lineno) {
                end = (int64_t)char_offset(line, len, loc.end_col);
                size_t sb = (size_t)loc.col < len ? (size_t)loc.col : len;
                size_t se = (size_t)loc.end_col < len ? (size_t)loc.end_col : len;
                if (!py__tb_plain && se > sb && anchors(line + sb, se - sb, &left, &right)) {
                    left += start;
                    right += start;
                    prim = "~";
                    sec = "^";
                }
            } else {
                int64_t k = (int64_t)len;
                while (--k >= 0) if (!IS_WS(line[k])) break;
                end = (int64_t)char_offset(line, len, (int)(k + 1));
            }
            int64_t stripped = line_chars - truncation - 4;
            int has_sec = left != -1 || right != -1;
            if (!(end - start == stripped && !has_sec)) {
                /* the carets in columns: wide characters take two */
                int64_t wide_start = (int64_t)display_offset(line, len, loc.col) - start;
                int64_t end_byte = loc.lineno == loc.end_lineno ? loc.end_col : (int)len;
                end += (int64_t)display_offset(line, len, (int)end_byte) - (int64_t)char_offset(line, len, (int)end_byte);
                start += wide_start;
                left += wide_start;
                right += wide_start;
                int64_t off = truncation;
                while (++off <= end) {
                    if (off <= start) py_buf_putc(&b, ' ');
                    else if (has_sec && left < off && off <= right) py_buf_puts(&b, sec);
                    else py_buf_puts(&b, prim);
                }
                py_buf_putc(&b, '\n');
            }
        }
    }
    tb_write(fd, b.data, b.len);
    py_buf_free(&b);
}

/* sys.tracebacklimit, or CPython's PyTraceBack_LIMIT: how many of the last
 * entries a traceback shows (none, nor its header, at 0 or below) */
static int64_t tb_limit(void) {
    py_obj *sys = py__interp.modules ? py_dict_get_s(py__interp.modules, "sys") : NULL;
    py_obj *v = sys && PY_TYPE(sys) == &py_module_type ? py_dict_get_s(((py_module *)sys)->dict, "tracebacklimit") : NULL;
    if (!v || !PY_CHECK_INT(v)) return 1000;
    int ov;
    int64_t l = py_int_val(v, &ov);
    return ov ? (py_int_sign(v) > 0 ? INT64_MAX : 0) : l;
}

static void print_tb(int fd, py_tb *tb, const char *header, const char *header_margin) {
    int64_t limit = tb_limit(), depth = 0;
    if (limit <= 0) return;
    for (py_tb *t = tb; t; t = t->next) depth++;
    for (; tb && depth > limit; depth--) tb = tb->next;
    char saved[64];
    memcpy(saved, tb_margin, sizeof saved);
    if (tb_margin[0]) snprintf(tb_margin + strlen(tb_margin) - 2, 3, "%s", header_margin);
    tb_writes(fd, header);
    memcpy(tb_margin, saved, sizeof saved);
    py_obj *last_file = NULL, *last_name = NULL;
    int last_line = -1;
    long cnt = 0;
    char buf[80];
    for (; tb; tb = tb->next) {
        py_code *co = tb->code;
        /* the asyncio module's own Python (asyncio_prelude.py.h) stands for
         * CPython's library, whose frames are not shown */
        if (py_str_eqc(co->source->filename, "<asyncio>")) continue;
        int lineno = tb_loc(tb).lineno;
        if (!last_file || co->source->filename != last_file || last_line == -1 || lineno != last_line ||
            !last_name || co->name != last_name) {
            if (cnt > 3) {
                snprintf(buf, sizeof buf, cnt - 3 > 1 ? "  [Previous line repeated %ld more times]\n"
                                                      : "  [Previous line repeated %ld more time]\n", cnt - 3);
                tb_writes(fd, buf);
            }
            last_file = co->source->filename;
            last_line = lineno;
            last_name = co->name;
            cnt = 0;
        }
        cnt++;
        if (cnt <= 3) display_line(fd, tb);
    }
    if (cnt > 3) {
        snprintf(buf, sizeof buf, cnt - 3 > 1 ? "  [Previous line repeated %ld more times]\n"
                                              : "  [Previous line repeated %ld more time]\n", cnt - 3);
        tb_writes(fd, buf);
    }
}

void py_print_syntax_error(const char *type, const char *msg, const char *filename, int lineno, int offset,
                           int end_lineno, int end_offset, const char *text, int fd) {
    py_buf b = {0};
    py_buf_printf(&b, "  File \"%s\", line %d\n", filename ? filename : "<string>", lineno);
    if (text && offset != PY_SE_NONE) {
        int64_t line_size = (int64_t)strlen(text); /* CPython's PyUnicode_AsUTF8AndSize: bytes */
        int64_t eo = end_offset == PY_SE_NONE ? 0 : end_offset;
        if (end_lineno != PY_SE_NONE && end_lineno > lineno) eo = line_size;
        if (eo > line_size + 1) eo = line_size + 1;
        int64_t off = offset;
        size_t reps = (eo > 0 && eo > off) ? (size_t)(eo - off) : 1;
        /* CPython 3.11 running a file marks an IndentationError with one
         * caret whatever its end_offset (measured: "expected an indented
         * block" over `return n` prints ^, where compile() reports 1..7). */
        if (!strcmp(type, "IndentationError") || !strcmp(type, "TabError")) reps = 1;
        const char *t = text;
        off--;
        while (*t == ' ' || *t == '\t' || *t == '\f') { t++; off--; }
        int64_t len = (int64_t)strlen(t);
        if (len > 0 && t[len - 1] == '\n') len--;
        if (off > len) off = len;
        for (;;) {
            const char *nl = strchr(t, '\n');
            if (!nl) break;
            int64_t inl = nl - t;
            if (inl >= off) break;
            inl += 1;
            t += inl;
            len -= inl;
            off -= inl;
        }
        py_buf_puts(&b, "    ");
        py_buf_puts(&b, t);
        if (t[len] != '\n') py_buf_putc(&b, '\n');
        if (off >= 0) {
            py_buf_puts(&b, "    ");
            while (--off >= 0) py_buf_putc(&b, ' ');
            for (size_t k = 0; k < reps; k++) py_buf_putc(&b, '^');
            py_buf_putc(&b, '\n');
        }
    } else if (text) {
        const char *t = text;
        while (*t == ' ' || *t == '\t' || *t == '\f') t++;
        py_buf_puts(&b, "    ");
        py_buf_puts(&b, t);
        if (!*t || t[strlen(t) - 1] != '\n') py_buf_putc(&b, '\n');
    }
    py_buf_printf(&b, "%s: %s\n", type, msg);
    tb_out(fd, b.data, b.len);
    py_buf_free(&b);
}

py_obj *py__base_exc_group; /* builtins' BaseExceptionGroup (written in Python, below) */
static int is_group(py_obj *exc) { return py__base_exc_group && py_isinst(exc, (py_type *)py__base_exc_group); }

/* what CPython's printer carries: the depth of exception groups, whether a box needs closing */
typedef struct { int depth, need_close; py_obj *seen; } pctx;
static void set_margin(pctx *c) {
    if (c->depth) snprintf(tb_margin, sizeof tb_margin, "%*s| ", 2 * c->depth, "");
    else tb_margin[0] = 0;
}
static void write_indent(int fd, pctx *c, const char *s) {
    py_buf b = {0};
    py_buf_printf(&b, "%*s%s", 2 * c->depth, "", s);
    tb_out(fd, b.data, b.len);
    py_buf_free(&b);
}

/* 0 while printing as the traceback module does (py__print_logged,
 * py__format_exception): CPython 3.11 offers "Did you mean" only in the
 * interpreter's own printer (sys.excepthook), never in Lib/traceback.py, so
 * neither what logging prints (asyncio's "Task exception was never
 * retrieved", "Exception in callback") nor traceback.format_exc() has it. */
static int tb_suggest = 1;

/* An exception's __notes__ as CPython 3.11's print_exception_notes writes
 * them: a sequence's items each by its str, and anything else by its repr,
 * without a newline.  For a note whose str fails it writes "<note str()
 * failed>" without the group's margin: b is written out before it. */
static void put_notes(int fd, py_buf *b, py_obj *notes) {
    py_incref(notes);
    py_type *t = PY_TYPE(notes);
    if (PY_CHECK_DICT(notes) || !py_type_lookup_s(t, "__getitem__")) {
        py_obj *r = py_repr(notes);
        if (r) py_buf_put(b, py_s(r), py_slen(r));
        else py_err_clear(), py_buf_puts(b, "<__notes__ repr() failed>");
        py_xdecref(r);
        py_decref(notes);
        return;
    }
    int64_t n = py_len(notes);
    for (int64_t i = 0; i < n; i++) {
        py_obj *k = py_int(i), *item = k ? py_getitem(notes, k) : NULL;
        py_obj *s = item ? py_str(item) : NULL;
        py_xdecref(k);
        py_xdecref(item);
        if (s) {
            py_buf_put(b, py_s(s), py_slen(s));
            py_buf_putc(b, '\n');
        } else {
            tb_write(fd, b->data, b->len);
            b->len = 0;
            tb_out(fd, "<note str() failed>\n", 20);
        }
        py_xdecref(s);
        py_err_clear();
    }
    if (n < 0) py_err_clear();
    py_decref(notes);
}

static void print_exc_only(int fd, py_obj *exc, int unraisable);
/* unraisable: as CPython's hook for an exception it cannot raise (a
 * __del__'s): ": " and the str even when empty, no suggestion, no notes */
static void print_one(int fd, py_obj *exc, int unraisable) {
    if (!PY_IS_EXC(exc)) {
        tb_writes(fd, "TypeError: print_exception(): Exception expected for value, ");
        tb_writes(fd, py_type_name(exc));
        tb_writes(fd, " found\n");
        return;
    }
    py_exc *e = (py_exc *)exc;
    if (e->tb || e->lib_raised) {
        if (is_group(exc)) print_tb(fd, (py_tb *)e->tb, "Exception Group Traceback (most recent call last):\n",
                                    strlen(tb_margin) == 4 ? "+ " : "| ");
        else print_tb(fd, (py_tb *)e->tb, "Traceback (most recent call last):\n", "| ");
    }
    print_exc_only(fd, exc, unraisable);
}
/* The exception's own lines, after its traceback (format_exception_only's). */
static void print_exc_only(int fd, py_obj *exc, int unraisable) {
    py_exc *e = (py_exc *)exc;
    py_type *t = PY_TYPE(exc);
    py_buf b = {0};
    py_obj *sln = py_subtype(t, py_exc_SyntaxError) ? py_dict_get_s(e->dict, "lineno") : NULL;
    if (sln && PY_IS_INT(sln)) {
        /* a SyntaxError raised at run time (exec(), eval(), or with a position of its own): its own layout */
        py_obj *fn = py_dict_get_s(e->dict, "filename");
        py_obj *txt = py_dict_get_s(e->dict, "text"), *off = py_dict_get_s(e->dict, "offset");
        py_obj *eln = py_dict_get_s(e->dict, "end_lineno"), *eoff = py_dict_get_s(e->dict, "end_offset");
        py_obj *msg = py_dict_get_s(e->dict, "msg");
        py_obj *ms = msg ? py_str(msg) : NULL;
        if (!ms) py_err_clear();
        int ov;
        py_print_syntax_error(t->name, ms ? py_s(ms) : "", fn && PY_IS_STR(fn) ? py_s(fn) : "<string>",
                              (int)py_int_val(sln, &ov), off && PY_IS_INT(off) ? (int)py_int_val(off, &ov) : PY_SE_NONE,
                              eln && PY_IS_INT(eln) ? (int)py_int_val(eln, &ov) : PY_SE_NONE,
                              eoff && PY_IS_INT(eoff) ? (int)py_int_val(eoff, &ov) : PY_SE_NONE,
                              txt && PY_IS_STR(txt) ? py_s(txt) : NULL, fd);
        py_xdecref(ms);
        return;
    }
    py_obj *mod = t->module;
    if (t->flags & PY_TF_HEAP) mod = py_dict_get_s(t->dict, "__module__");
    if (mod && PY_IS_STR(mod) && !py_str_eqc(mod, "builtins") && !py_str_eqc(mod, "__main__")) {
        py_buf_put(&b, py_s(mod), py_slen(mod));
        py_buf_putc(&b, '.');
    }
    py_obj *qn = (t->flags & PY_TF_HEAP) ? t->qualname : NULL;
    if (qn && PY_IS_STR(qn)) py_buf_put(&b, py_s(qn), py_slen(qn));
    else py_buf_puts(&b, t->name);
    py_obj *s = py_str(exc);
    if (!s) {
        py_err_clear();
        py_buf_puts(&b, ": <exception str() failed>");
    } else {
        if (py_slen(s) || unraisable) {
            py_buf_puts(&b, ": ");
            py_buf_put(&b, py_s(s), py_slen(s));
        }
        py_decref(s);
    }
    py_obj *sug = unraisable || !tb_suggest ? NULL : offer_suggestions(exc);
    if (sug) {
        py_buf_puts(&b, ". Did you mean: '");
        py_buf_put(&b, py_s(sug), py_slen(sug));
        py_buf_puts(&b, "'?");
        py_decref(sug);
    }
    py_buf_putc(&b, '\n');
    py_obj *notes = unraisable ? NULL : py_dict_get_s(e->dict, "__notes__");
    if (notes) put_notes(fd, &b, notes);
    tb_write(fd, b.data, b.len);
    py_buf_free(&b);
}

static void print_recursive(int fd, pctx *c, py_obj *exc);

static void print_chained(int fd, pctx *c, py_obj *exc, const char *message) {
    int need_close = c->need_close;
    print_recursive(fd, c, exc);
    c->need_close = need_close;
    set_margin(c);
    tb_writes(fd, "\n");
    tb_writes(fd, message);
    tb_writes(fd, "\n");
}

static void print_group(int fd, pctx *c, py_obj *exc) {
    if (c->depth > 10) {
        set_margin(c);
        tb_writes(fd, "... (max_group_depth is 10)\n");
        return;
    }
    if (c->depth == 0) c->depth = 1;
    set_margin(c);
    print_one(fd, exc, 0);
    py_obj *excs = py_getattr_s(exc, "exceptions");
    if (!excs || !PY_IS_TUPLE(excs)) { py_err_clear(); py_xdecref(excs); return; }
    size_t num = PY_TLEN(excs), n = num <= 15 ? num : 16;
    c->need_close = 0;
    for (size_t i = 0; i < n; i++) {
        int last = i == n - 1, truncated = i >= 15;
        if (last) c->need_close = 1;
        char line[80];
        if (!truncated) snprintf(line, sizeof line, "%s+---------------- %zu ----------------\n", i == 0 ? "+-" : "  ", i + 1);
        else snprintf(line, sizeof line, "%s+---------------- ... ----------------\n", i == 0 ? "+-" : "  ");
        write_indent(fd, c, line);
        c->depth++;
        if (!truncated) print_recursive(fd, c, PY_TITEM(excs, i));
        else {
            set_margin(c);
            snprintf(line, sizeof line, "and %zu more exception%s\n", num - 15, num - 15 > 1 ? "s" : "");
            tb_writes(fd, line);
        }
        if (last && c->need_close) {
            write_indent(fd, c, "+------------------------------------\n");
            c->need_close = 0;
        }
        c->depth--;
    }
    py_decref(excs);
    if (c->depth == 1) c->depth = 0;
    set_margin(c);
}

static void print_recursive(int fd, pctx *c, py_obj *exc) {
    py_set_add(c->seen, exc);
    /* a chain of thousands of exceptions: its oldest ones are left out
     * where the C stack ends (cstack.h) */
    if (PY_IS_EXC(exc) && !py__stack_low()) {
        py_exc *e = (py_exc *)exc;
        if (e->cause) {
            if (!py_set_contains(c->seen, e->cause))
                print_chained(fd, c, e->cause, "The above exception was the direct cause of the following exception:\n");
        } else if (e->context && !e->suppress_context) {
            if (!py_set_contains(c->seen, e->context))
                print_chained(fd, c, e->context, "During handling of the above exception, another exception occurred:\n");
        }
    }
    set_margin(c);
    if (is_group(exc)) print_group(fd, c, exc);
    else print_one(fd, exc, 0);
}

/* Exceptions hash by identity for the seen set. */
/* An exception raised where nothing can catch it (a __del__): as
 * CPython's default sys.unraisablehook, after its "Exception ignored in:"
 * line, the traceback and the exception's line alone (no chain). */
void py__print_unraisable(py_obj *exc, int fd) {
    py_obj *saved = py_err_fetch();
    tb_margin[0] = 0;
    print_one(fd, exc, 1);
    py_err_clear();
    py__ts->exc = saved;
}

/* What CPython's default sys.unraisablehook prints: msg (NULL:
 * "Exception ignored in"), ": " what's repr (unless what is None), then
 * exc (py__print_unraisable), if any. */
void py__print_unraisable_report(const char *msg, py_obj *what, py_obj *exc) {
    py_out_flush();
    py_writes(2, msg ? msg : "Exception ignored in");
    if (what && what != PY_NONE) {
        py_obj *r = py_repr(what);
        py_writes(2, ": ");
        if (r) { py_write(2, py_s(r), py_slen(r)); py_decref(r); }
        else py_err_clear();
    }
    py_writes(2, "\n");
    if (exc) py__print_unraisable(exc, 2);
}

/* The pending exception, which nothing can catch, reported as CPython's
 * _PyErr_WriteUnraisableMsg: given to sys.unraisablehook when the program
 * imported sys (its default prints py__print_unraisable_report's lines;
 * when a hook the program set raises, "Exception ignored in
 * sys.unraisablehook: " the hook, and the hook's error, are printed so),
 * msg (NULL: "Exception ignored in") being its err_msg; the error is
 * cleared. */
void py__write_unraisable_msg(const char *msg, py_obj *what) {
    py_obj *e = py_err_fetch();
    py_obj *sys = py__interp.modules ? py_dict_get_s(py__interp.modules, "sys") : NULL;
    py_obj *hook = sys && PY_TYPE(sys) == &py_module_type ? py_dict_get_s(((py_module *)sys)->dict, "unraisablehook") : NULL;
    if (hook && e) {
        py_incref(hook);
        py_obj *args = py__unraisable_args(e, msg, what);
        py_obj *r = args ? py_call1(hook, args) : NULL;
        py_xdecref(args);
        py_decref(e);
        if (r) {
            py_decref(r);
            py_decref(hook);
            return;
        }
        e = py_err_fetch();
        py__print_unraisable_report("Exception ignored in sys.unraisablehook", hook, e);
        py_decref(hook);
    } else
        py__print_unraisable_report(msg, what, e);
    py_xdecref(e);
}
void py__write_unraisable(py_obj *what) { py__write_unraisable_msg(NULL, what); }

void py_print_exception(py_obj *exc, int fd) {
    pctx c = { 0, 0, py_set_new(&py_set_type, NULL) };
    py_obj *saved = py_err_fetch();
    print_recursive(fd, &c, exc);
    tb_margin[0] = 0;
    py_decref(c.seen);
    py_err_clear();
    py__ts->exc = saved;
}

/* As the traceback module prints it (for logging's exc_info): no suggestion. */
void py__print_logged(py_obj *exc, int fd) {
    int was = tb_suggest;
    tb_suggest = 0;
    py_print_exception(exc, fd);
    tb_suggest = was;
}

/* traceback.format_exception_only(exc)'s text: the exception's last
 * line(s), without its traceback and without a suggestion. */
py_obj *py__format_exception_only(py_obj *exc) {
    if (!PY_IS_EXC(exc)) return py_err_set(py_exc_TypeError, "an exception was expected");
    py_buf b = {0}, *was = tb_capture;
    int sug = tb_suggest;
    tb_capture = &b;
    tb_suggest = 0;
    py_obj *saved = py_err_fetch();
    print_exc_only(2, exc, 0);
    py_err_clear();
    py__ts->exc = saved;
    tb_suggest = sug;
    tb_capture = was;
    if (b.oom) { py_buf_free(&b); return py_err_nomem(); }
    py_obj *r = py_str_new(b.data ? b.data : "", b.len);
    py_buf_free(&b);
    return r;
}

/* The text py__print_logged writes, as a str (traceback.format_exception). */
py_obj *py__format_exception(py_obj *exc) {
    py_buf b = {0}, *was = tb_capture;
    tb_capture = &b;
    py__print_logged(exc, 2);
    tb_capture = was;
    if (b.oom) { py_buf_free(&b); return py_err_nomem(); }
    py_obj *r = py_str_new(b.data ? b.data : "", b.len);
    py_buf_free(&b);
    return r;
}

/* traceback.extract_tb's frames (lib/traceback.py's _entries): a tuple
 * (filename, lineno, name, line, end_lineno, colno, end_colno, text) for
 * each entry of tb, the asyncio module's own left out as print_tb leaves
 * them; line is the stripped source line ('' when there is none, as
 * linecache's), text
 * what the printer writes for the entry (its source and marker lines). */
py_obj *py__tb_entries(py_obj *o) {
    if (PY_TYPE(o) != &py_tb_type) /* CPython's walk reads tb.tb_frame */
        return py_err_set(py_exc_AttributeError, "'%s' object has no attribute 'tb_frame'", py_type_name(o));
    py_obj *list = py_list_new(0);
    char saved[sizeof tb_margin];
    memcpy(saved, tb_margin, sizeof saved);
    tb_margin[0] = 0;
    for (py_tb *tb = (py_tb *)o; list && tb; tb = tb->next) {
        py_code *co = tb->code;
        if (py_str_eqc(co->source->filename, "<asyncio>")) continue;
        py_loc loc = tb_loc(tb);
        const char *line = "";
        size_t len = 0;
        const char *fn = py_s(co->source->filename);
        size_t fnl = py_slen(co->source->filename);
        /* "<string>", "<stdin>": linecache has no line for them */
        if ((fnl > 1 && fn[0] == '<' && fn[fnl - 1] == '>') || py_source_line(co->source, loc.lineno, &line, &len) < 0)
            line = "", len = 0;
        while (len && IS_WS(*line)) line++, len--;
        while (len && IS_WS(line[len - 1])) len--;
        py_buf b = {0}, *was = tb_capture;
        tb_capture = &b;
        display_line(2, tb);
        tb_capture = was;
        int pos = loc.end_lineno > 0 && loc.col >= 0 && loc.end_col >= 0;
        py_obj *e = py_tuple_new(8);
        if (e) {
            PY_TITEM(e, 0) = py_incref(co->source->filename);
            PY_TITEM(e, 1) = py_int(loc.lineno);
            PY_TITEM(e, 2) = py_incref(co->name);
            PY_TITEM(e, 3) = py_str_new(line, len);
            PY_TITEM(e, 4) = pos ? py_int(loc.end_lineno) : py_none();
            PY_TITEM(e, 5) = pos ? py_int(loc.col) : py_none();
            PY_TITEM(e, 6) = pos ? py_int(loc.end_col) : py_none();
            PY_TITEM(e, 7) = b.oom ? NULL : py_str_new(b.data ? b.data : "", b.len);
        }
        py_buf_free(&b);
        int bad = !e;
        for (size_t i = 0; e && i < 8; i++) bad |= !PY_TITEM(e, i);
        if (bad || py_list_append(list, e) < 0) PY_CLEAR(list);
        py_xdecref(e);
    }
    memcpy(tb_margin, saved, sizeof saved);
    return list ? list : (py_err_occurred() ? NULL : py_err_nomem());
}

/* BaseExceptionGroup and ExceptionGroup, in Python as CPython's semantics
 * are easiest to read there: the constructor's checks, split, subgroup
 * and derive, and the two helpers of try/except* (eval.c's
 * CHECK_EG_MATCH and PREP_RERAISE_STAR call them); aiter and anext.
 *
 * Compiled when first needed, not at start-up: it was three quarters of a
 * hello-world's instructions.  A program sees no difference, as every way
 * to reach these names compiles it first: a global or builtin name lookup
 * that misses (eval.c's load_global), the builtins module (run.c: a
 * lazy part, py_module.lazy), try/except* and TaskGroup (which call
 * py__exc_groups_load), and "Did you mean" (which adds the names where
 * the builtins dict would have them: last).  Until then no exception group
 * can exist, so the traceback printer's is_group is right to say no. */
static const char exc_group_src[] =
#include "builtins_prelude.py.h"
    ;


/* The prelude's globals: its functions stand for C code of CPython's
 * (BaseExceptionGroup.__new__...), whose calls of built-ins count no level
 * of recursion while cold (eval.c's py__cold_call). */
py_obj *py__groups_globals;

int py__exc_groups_load(void) {
    if (groups_loaded) return 0;
    extern py_obj *py__compile_string(const char *src, const char *filename, py_obj *globals);
    groups_loaded = 1; /* the prelude's own lookups must not come back here */
    /* Run as at start-up: no pending exception, and the program's depth
     * not counted (its module and class bodies nest 2 frames, on top of
     * whatever the program had: a lookup at depth 999 must not fail). */
    py_obj *saved = py_err_fetch();
    int depth = py__ts->depth, cdepth = py__ts->cdepth;
    py__ts->depth = py__ts->cdepth = 0;
    py_obj *ns = py_dict_new();
    py_dict_set_s(ns, "__builtins__", py__interp.builtins);
    py_dict_set_s(ns, "__name__", py_str_intern("builtins"));
    py_obj *r = py__compile_string(exc_group_src, "<asyncio>", ns);
    py__ts->depth = depth;
    py__ts->cdepth = cdepth;
    if (!r) { /* a KeyboardInterrupt, say: raised here, tried again next time */
        groups_loaded = 0;
        py_decref(ns);
        py_xdecref(saved);
        return -1;
    }
    py_decref(r);
    py_obj *b = py_dict_get_s(ns, "BaseExceptionGroup");
    if (b) py__base_exc_group = py_incref(b);
    py__groups_globals = py_incref(ns);
    for (int i = 0; group_names[i]; i++) {
        py_obj *f = py_dict_get_s(ns, group_names[i]);
        if (f) py_dict_set_s(py__interp.builtins, group_names[i], f);
    }
    py_decref(ns);
    py__ts->exc = saved;
    return 0;
}

/* load_global's miss: name's value if it is one of the prelude's (compiled
 * now), else NULL; NULL with an exception pending if the compile failed. */
py_obj *py__builtins_lazy_get(py_obj *name) {
    if (groups_loaded) return NULL;
    int i = 0;
    while (group_names[i] && !py_str_eqc(name, group_names[i])) i++;
    if (!group_names[i] || py__exc_groups_load() < 0) return NULL;
    return py_dict_get(py__interp.builtins, name);
}

/* The builtins module's lazy part (run.c): the names, after the others. */
int py__builtins_module_lazy(py_obj *m) {
    if (py__exc_groups_load() < 0) return -1;
    for (int i = 0; group_names[i]; i++) {
        py_obj *v = py_dict_get_s(py__interp.builtins, group_names[i]);
        if (v && py_dict_set_s(((py_module *)m)->dict, group_names[i], v) < 0) return -1;
    }
    return 0;
}
int py__exc_groups_loaded(void) { return groups_loaded; }
