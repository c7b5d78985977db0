/*
 * builtins.c -- the builtins module: print, len, range and the other
 * built-in functions, and the names of the built-in types and exceptions.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "py.h"

extern py_obj *py_int_powmod(py_obj *a, py_obj *b, py_obj *m);
#define B(name) static py_obj *name(py_obj *self, py_obj *const *args, size_t nargs, py_obj *kw)

/* ---- print and input -------------------------------------------------------- */

static inline __attribute__((always_inline)) py_obj *print_body(py_obj *const *args, size_t nargs, py_obj *kw) {
    int safe = py__take_call_safe(); /* __str__ may suspend (eval.c) */
    py_obj *sep = NULL, *end = NULL, *file = NULL, *flush = NULL;
    for (size_t k = 0; kw && k < PY_TLEN(kw); k++) {
        py_obj *n = PY_TITEM(kw, k), *v = args[nargs + k];
        if (py_str_eqc(n, "sep")) sep = v;
        else if (py_str_eqc(n, "end")) end = v;
        else if (py_str_eqc(n, "file")) file = v;
        else if (py_str_eqc(n, "flush")) flush = v;
        else return py_err_set(py_exc_TypeError, "'%U' is an invalid keyword argument for print()", n);
    }
    if (sep == PY_NONE) sep = NULL;
    if (end == PY_NONE) end = NULL;
    if (file == PY_NONE) file = NULL;
    if (sep && !PY_CHECK_STR(sep)) return py_err_set(py_exc_TypeError, "sep must be None or a string, not %s", py_type_name(sep));
    if (end && !PY_CHECK_STR(end)) return py_err_set(py_exc_TypeError, "end must be None or a string, not %s", py_type_name(end));
    /* the interpreter's own stdout (sys.stdout as it was) or stderr: the
     * line at once (one print event); another file: its write() of each
     * piece, below */
    int std = file ? py__std_stream_fd(file) : 0;
    if ((!file && !(file = py__sys_stdout(&safe))) || std) {
        if (safe < 0) return py_none(); /* sys.stdout is None: print does nothing, as CPython's */
        py_buf b = {0};
        for (size_t i = 0; i < nargs; i++) {
            if (i) { if (sep) py_buf_put(&b, py_s(sep), py_slen(sep)); else py_buf_putc(&b, ' '); }
            py__resume_token = safe ? args[i] : NULL;
            py_obj *s = py_str(args[i]);
            py_buf esc = {0}; /* its lone surrogates, as stdout's surrogateescape writes them */
            int er = s && !std ? py__utf8_encode_into(s, 6, &esc) : 0;
            if (er < 0) PY_CLEAR(s);
            if (!s) { /* what CPython's print wrote before this str() (or its write) failed */
                if (b.len && !std) py_out_write(NULL, b.data, b.len);
                else if (b.len) {
                    py_obj *exc = py_err_fetch(), *part = py_str_from_buf(&b);
                    py_obj *r = part ? py_call_method(file, "write", &part, 1) : NULL;
                    py_xdecref(part);
                    py_xdecref(r);
                    py_err_clear();
                    py_err_set_exc(exc);
                    return NULL;
                }
                py_buf_free(&b);
                return NULL;
            }
            if (er) py_buf_put(&b, esc.data ? esc.data : "", esc.len);
            else py_buf_put(&b, py_s(s), py_slen(s));
            py_buf_free(&esc);
            py_decref(s);
            /* CPython writes each piece after its str(): the write's levels */
            if (i == 0 && !std && py__std_write_check() < 0) { py_buf_free(&b); return NULL; }
        }
        if (!nargs && !std && py__std_write_check() < 0) return NULL;
        if (end) py_buf_put(&b, py_s(end), py_slen(end));
        else py_buf_putc(&b, '\n');
        if (std) {
            py_obj *line = b.data ? py_str_from_buf(&b) : py_str_new("", 0);
            py_obj *r = line ? py_call_method(file, "write", &line, 1) : NULL;
            py_xdecref(line);
            if (!r) return NULL;
            py_decref(r);
        } else {
            py_out_write(NULL, b.data ? b.data : "", b.len);
            py_buf_free(&b);
        }
        if (flush) {
            int t = py_truth(flush);
            if (t < 0) return NULL;
            if (t) py_out_flush(); /* print(..., flush=True): out at once, as CPython */
        }
        return py_none();
    }
    /* a file of the program's (or sys.stdout replaced by one): a write() of each
     * piece, as CPython's print calls them */
    py_obj *w = py_getattr_s(file, "write");
    if (!w) return NULL;
    py_obj *space = NULL, *nl = NULL;
    for (size_t i = 0; i <= nargs; i++) {
        py_obj *piece;
        if (i == nargs) piece = end ? py_incref(end) : (nl = py_str_c("\n")) ? py_incref(nl) : NULL;
        else {
            if (i) {
                py_obj *sp = sep ? sep : space ? space : (space = py_str_c(" "));
                py_obj *r = sp ? py__call_resumable(w, &sp, 1, safe) : NULL;
                if (!r) goto fail;
                py_decref(r);
            }
            py__resume_token = safe ? args[i] : NULL;
            piece = py_str(args[i]);
        }
        py_obj *r = piece ? py__call_resumable(w, &piece, 1, safe) : NULL;
        py_xdecref(piece);
        if (!r) goto fail;
        py_decref(r);
    }
    py_xdecref(space);
    py_xdecref(nl);
    py_decref(w);
    if (flush) {
        int t = py_truth(flush);
        if (t < 0) return NULL;
        if (t) {
            py_obj *r = py_call_method(file, "flush", NULL, 0);
            if (!r) return NULL;
            py_decref(r);
        }
    }
    return py_none();
fail:
    py_xdecref(space);
    py_xdecref(nl);
    py_decref(w);
    return NULL;
}
/* print: a level of recursion while it runs, as CPython 3.11's generic call of a
 * METH_FASTCALL built-in counts it, until the call site is quickened (py__cold_call) */
B(b_print) {
    int cold = py__cold_call();
    if (cold) {
        if (py_recursion_check(" while calling a Python object") < 0) return NULL;
        py_recursion_enter();
    }
    py_obj *r = print_body(args, nargs, kw);
    if (cold) py_recursion_leave();
    return r;
}
py_obj *py_builtin_print(py_obj *self, py_obj *const *args, size_t nargs, py_obj *kw) { return b_print(self, args, nargs, kw); }

extern py_obj *py__read_line(void); /* run.c: a line of stdin, without the newline; NULL at EOF */

/* What the interpreter does not have: a clear refusal, never a NameError
 * that would make a learner think the name is misspelt. */
/* open(file, mode='r', ...): CPython's checks of its arguments and mode,
 * then, reading, the error of a file that is not there (FileNotFoundError,
 * IsADirectoryError, NotADirectoryError, PermissionError, as CPython's
 * FileIO raises them); reading a file that is there, and writing, are
 * refused by name.  Natively the file system is the process's; in wasm the
 * host says what is there (tools/wasm_entry.c: the JS API's, given a cwd in
 * Node; nothing in a browser). */
int (*py__file_stat_fn)(const char *path); /* 0 for a readable file, else Linux's errno */
#include <errno.h>
#include <sys/stat.h>
#include <unistd.h>
/* Linux's numbers, which CPython's OSError shows (musl's in wasm are WASI's) */
enum { L_ENOENT = 2, L_EACCES = 13, L_ENOTDIR = 20, L_EISDIR = 21 };
static int file_stat(const char *path) {
    if (py__file_stat_fn) return py__file_stat_fn(path);
    struct stat st;
    int e = 0;
    if (stat(path, &st) < 0) e = errno;
    else if (S_ISDIR(st.st_mode)) return L_EISDIR;
    else if (access(path, R_OK) < 0) e = errno;
    else return 0;
    return e == ENOENT ? L_ENOENT : e == EACCES ? L_EACCES : e == ENOTDIR ? L_ENOTDIR : e == EISDIR ? L_EISDIR : -1;
}
B(b_open) {
    static const char *const names[] = { "file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener", NULL };
    py_obj *a[8];
    if (py_args("open", args, nargs, kw, 1, 8, names, a) < 0) return NULL;
    if (a[1] && !PY_CHECK_STR(a[1])) return py_err_set(py_exc_TypeError, "open() argument 'mode' must be str, not %s", py_arg_type_name(a[1]));
    if (a[2] && !PY_CHECK_INT(a[2])) return py_err_set(py_exc_TypeError, "'%s' object cannot be interpreted as an integer", py_type_name(a[2]));
    for (int i = 3; i < 6; i++)
        if (a[i] && a[i] != PY_NONE && !PY_CHECK_STR(a[i]))
            return py_err_set(py_exc_TypeError, "open() argument '%s' must be str or None, not %s", names[i], py_arg_type_name(a[i]));
    py_obj *file = a[0], *path = NULL;
    int number = PY_CHECK_INT(file) || PY_CHECK_FLOAT(file);
    if (!number) { /* os.fspath() */
        if (PY_CHECK_STR(file) || PY_TYPE(file) == &py_bytes_type) path = py_incref(file);
        else {
            py_obj *fs = (file->type->flags & PY_TF_HEAP) ? py_type_lookup_s(file->type, "__fspath__") : NULL;
            if (!fs) return py_err_set(py_exc_TypeError, "expected str, bytes or os.PathLike object, not %s", py_type_name(file));
            path = py_call1(fs, file);
            if (!path) return NULL;
            if (!PY_CHECK_STR(path) && PY_TYPE(path) != &py_bytes_type) {
                py_err_set(py_exc_TypeError, "expected %s.__fspath__() to return str or bytes, not %s", py_type_name(file), py_type_name(path));
                py_decref(path);
                return NULL;
            }
        }
    }
    /* the mode, as _io.open reads it */
    const char *m = a[1] ? py_s(a[1]) : "r";
    int seen[128] = { 0 }, bad = 0;
    for (const char *c = m; *c; c++) {
        unsigned char ch = (unsigned char)*c;
        if (ch >= 128 || !strchr("axrwb+t", ch) || seen[ch]++) bad = 1;
    }
    const char *err = NULL;
    int creating = seen['x'], reading = seen['r'], writing = seen['w'], appending = seen['a'], binary = seen['b'];
    if (bad) {
        py_xdecref(path);
        return py_err_set(py_exc_ValueError, "invalid mode: %R", a[1]);
    }
    if (seen['t'] && binary) err = "can't have text and binary mode at once";
    else if (creating + reading + writing + appending > 1) err = "must have exactly one of create/read/write/append mode";
    else if (!(creating || reading || writing || appending)) err = "Must have exactly one of create/read/write/append mode and at most one plus";
    else if (binary && a[3] && a[3] != PY_NONE) err = "binary mode doesn't take an encoding argument";
    else if (binary && a[4] && a[4] != PY_NONE) err = "binary mode doesn't take an errors argument";
    else if (binary && a[5] && a[5] != PY_NONE) err = "binary mode doesn't take a newline argument";
    if (err) { py_xdecref(path); return py_err_set(py_exc_ValueError, "%s", err); }
    if (number) {
        if (!PY_CHECK_INT(file)) return py_err_set(py_exc_TypeError, "expected str, bytes or os.PathLike object, not %s", py_type_name(file));
        return py_err_set(py_exc_NotImplementedError, "open() of a file descriptor is not supported by casyncio's Python");
    }
    if (!reading || seen['+']) {
        py_decref(path);
        return py_err_set(py_exc_NotImplementedError, "open() for writing (files) is not supported by casyncio's Python");
    }
    const char *p = PY_CHECK_STR(path) ? py_s(path) : (const char *)((py_bytes *)path)->s;
    size_t plen = PY_CHECK_STR(path) ? py_slen(path) : ((py_bytes *)path)->len;
    if (strlen(p) != plen) { py_decref(path); return py_err_set(py_exc_ValueError, "embedded null byte"); }
    int e = file_stat(p);
    py_type *t = e == L_ENOENT ? py_exc_FileNotFoundError : e == L_EISDIR ? py_exc_IsADirectoryError
               : e == L_ENOTDIR ? py_exc_NotADirectoryError : e == L_EACCES ? py_exc_PermissionError : NULL;
    if (!t) {
        py_decref(path);
        return py_err_set(py_exc_NotImplementedError, "open() and reading files are not supported by casyncio's Python");
    }
    const char *why = e == L_ENOENT ? "No such file or directory" : e == L_EISDIR ? "Is a directory" : e == L_ENOTDIR ? "Not a directory" : "Permission denied";
    py_obj *ea[3] = { py_int(e), py_str_c(why), path };
    py_obj *exc = ea[0] && ea[1] ? py_call((py_obj *)t, ea, 3, NULL) : NULL;
    py_xdecref(ea[0]);
    py_xdecref(ea[1]);
    py_decref(path);
    if (exc) py_err_set_exc(exc);
    return NULL;
}
B(b_memoryview) { return py_err_set(py_exc_NotImplementedError, "memoryview is not supported by casyncio's Python"); }
/* help(function): pydoc's text (python/lib/_help.py, a pylib file) */
B(b_help) {
    py_obj *m = py_import(py_str_intern("_help"));
    py_obj *f = m ? py_getattr_s(m, "help") : NULL;
    py_xdecref(m);
    py_obj *r = f ? py_call(f, args, nargs, kw) : NULL;
    py_xdecref(f);
    return r;
}
B(b_breakpoint) { return py_err_set(py_exc_NotImplementedError, "breakpoint() (pdb) is not supported by casyncio's Python"); }
/* exec() and eval() of a str, bytes or bytearray, or of compile()'s code, in the
 * caller's globals and locals (a function's: its locals() dict, as CPython's
 * locals()) or the dicts given */
extern py_obj *py__compile_source(py_obj *src, int mode);
static py_obj *b_locals(py_obj *self, py_obj *const *args, size_t nargs, py_obj *kw);
static py_obj *exec_eval(const char *fn, py_obj *const *args, size_t nargs, py_obj *kw, int mode, int safe) {
    if (kw && PY_TLEN(kw)) return py_err_set(py_exc_TypeError, "%s() takes no keyword arguments", fn);
    if (nargs < 1 || nargs > 3)
        return nargs ? py_err_set(py_exc_TypeError, "%s expected at most 3 arguments, got %d", fn, (int)nargs)
                     : py_err_set(py_exc_TypeError, "%s expected at least 1 argument, got 0", fn);
    py_obj *src = args[0], *globals = nargs > 1 ? args[1] : PY_NONE, *locals = nargs > 2 ? args[2] : PY_NONE;
    if (globals != PY_NONE && !PY_IS_DICT(globals)) {
        if (mode != 2) return py_err_set(py_exc_TypeError, "exec() globals must be a dict, not %s", py_type_name(globals));
        return py_err_set(py_exc_TypeError, PY_TYPE(globals)->getitem ? "globals must be a real dict; try eval(expr, {}, mapping)"
                                                                         : "globals must be a dict");
    }
    if (locals != PY_NONE && !PY_IS_DICT(locals) && !(PY_TYPE(locals)->flags & PY_TF_HEAP)) {
        if (mode != 2) return py_err_set(py_exc_TypeError, "locals must be a mapping or None, not %s", py_type_name(locals));
        return py_err_set(py_exc_TypeError, "locals must be a mapping");
    }
    py_obj *text;
    if (PY_IS_STR(src)) text = py_incref(src);
    else if (PY_BYTES_LIKE(src)) {
        const unsigned char *bs;
        size_t bn;
        py__bytes_like(src, &bs, &bn);
        text = py_str_new((const char *)bs, bn);
    }
    else if (PY_TYPE(src) == &py_code_type) {
        /* compile()'s code: a module's (a function's __code__ is refused by name) */
        if (!(((py_code *)src)->flags & PY_CO_MODULE))
            return py_err_set(py_exc_NotImplementedError, "%s() of a function's code object is not supported by casyncio's Python", fn);
        text = NULL;
    }
    else return py_err_set(py_exc_TypeError, "%s() arg 1 must be a string, bytes or code object", fn);
    if (!text && PY_TYPE(src) != &py_code_type) return NULL;
    if (text && strlen(py_s(text)) != py_slen(text)) {
        py_decref(text);
        return py_err_set(py_exc_SyntaxError, "source code string cannot contain null bytes");
    }
    py_obj *g, *l;
    if (globals == PY_NONE) {
        py_frame *f = py__ts->frame;
        g = f && f->globals ? py_incref(f->globals) : py_dict_new();
        l = locals != PY_NONE ? py_incref(locals) : b_locals(NULL, NULL, 0, NULL);
    } else {
        g = py_incref(globals);
        l = py_incref(locals != PY_NONE ? locals : globals);
    }
    py_obj *r = NULL, *code = NULL;
    py_obj *own = py_dict_get_s(g, "__builtins__");
    if (own && own != py__interp.builtins && !(PY_TYPE(own) == &py_module_type && ((py_module *)own)->dict == py__interp.builtins)) {
        extern int py__own_builtins; /* eval.c: its names are looked up there */
        py__own_builtins = 1;
    }
    if (l && (own || py_dict_set_s(g, "__builtins__", py__interp.builtins) == 0) &&
        (code = text ? py__compile_source(text, mode) : py_incref(src))) {
        /* its code may suspend: announced (python.mk's PY_SUSPEND), so a loop in it stays stoppable in wasm */
        py__resume_token = safe ? code : NULL;
        r = py_eval_code((py_code *)code, g, l);
        py__resume_token = NULL;
        py_decref(code);
        if (r && mode != 2) PY_SETREF(r, py_none());
    }
    py_xdecref(text);
    py_decref(g);
    py_xdecref(l);
    return r;
}
B(b_exec) { int safe = py__take_call_safe(); return exec_eval("exec", args, nargs, kw, 1, safe); }
B(b_eval) { int safe = py__take_call_safe(); return exec_eval("eval", args, nargs, kw, 2, safe); }
/* compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1):
 * the code of a str or bytes source, for exec() and eval(); with the flag
 * PyCF_ONLY_AST, ast.parse()'s tree (run.c's py__parse_ast); an AST as the
 * source, other flags (__future__'s...) and optimize above 0 (asserts
 * dropped) are refused by name */
extern py_obj *py__compile_source_as(py_obj *src, int mode, const char *filename);
extern py_obj *py__parse_ast(py_obj *src, int mode, const char *filename);
#define PY_CF_ONLY_AST 0x400
/* an instance of _ast.AST (only once a program has imported ast or _ast) */
static int is_ast_node(py_obj *o) {
    py_obj *mod = py_dict_get_s(py__interp.modules, "_ast");
    py_obj *cls = mod ? py_getattr_s(mod, "AST") : NULL;
    int r = cls && PY_IS_TYPE(cls) && py_isinst(o, (py_type *)cls);
    py_xdecref(cls);
    py_err_clear();
    return r;
}
B(b_compile) {
    static const char *const names[] = { "source", "filename", "mode", "flags", "dont_inherit", "optimize", "_feature_version", NULL };
    py_obj *a[7];
    if (py_args("compile", args, nargs, kw, 3, 6, names, a) < 0) return NULL;
    py_obj *src = a[0];
    if (!PY_CHECK_STR(src) && !PY_BYTES_LIKE(src)) {
        if (is_ast_node(src))
            return py_err_set(py_exc_NotImplementedError, "compile() of an AST object is not supported by casyncio's Python");
        return py_err_set(py_exc_TypeError, "compile() arg 1 must be a string, bytes or AST object");
    }
    if (!PY_CHECK_STR(a[1])) return py_err_set(py_exc_TypeError, "expected str, bytes or os.PathLike object, not %s", py_type_name(a[1]));
    if (!PY_CHECK_STR(a[2])) return py_err_set(py_exc_TypeError, "compile() argument 'mode' must be str, not %s", py_arg_type_name(a[2]));
    int mode = py_str_eqc(a[2], "exec") ? 1 : py_str_eqc(a[2], "eval") ? 2 : py_str_eqc(a[2], "single") ? 3 : 0;
    if (!mode) return py_err_set(py_exc_ValueError, "compile() mode must be 'exec', 'eval' or 'single'");
    int only_ast = 0;
    for (int i = 3; i < 7; i += 2) { /* flags, optimize: ints */
        if (!a[i]) continue;
        int ov;
        int64_t v = PY_CHECK_INT(a[i]) ? py_int_val(a[i], &ov) : 0;
        if (!PY_CHECK_INT(a[i])) return py_err_set(py_exc_TypeError, "'%s' object cannot be interpreted as an integer", py_type_name(a[i]));
        if (i == 3 && v == PY_CF_ONLY_AST) only_ast = 1;
        else if (i == 3 && v) return py_err_set(py_exc_NotImplementedError, "compile() with flags other than ast.PyCF_ONLY_AST is not supported by casyncio's Python");
        if (i == 5 && v > 0) return py_err_set(py_exc_NotImplementedError, "compile() with optimize above 0 is not supported by casyncio's Python");
    }
    if (only_ast && a[6] && PY_CHECK_INT(a[6])) { /* ast.parse(feature_version=(3, MINOR)) */
        int ov;
        int64_t v = py_int_val(a[6], &ov);
        if (v >= 0 && v < 11)
            return py_err_set(py_exc_NotImplementedError, "ast.parse() with a feature_version before (3, 11) is not supported by casyncio's Python");
    }
    const unsigned char *bs = NULL;
    size_t bn = 0;
    if (!PY_CHECK_STR(src)) py__bytes_like(src, &bs, &bn);
    py_obj *text = PY_CHECK_STR(src) ? py_str_new(py_s(src), py_slen(src)) : py_str_new((const char *)bs, bn);
    if (!text) return NULL;
    if (strlen(py_s(text)) != py_slen(text)) {
        py_decref(text);
        return py_err_set(py_exc_SyntaxError, "source code string cannot contain null bytes");
    }
    py_obj *code = only_ast ? py__parse_ast(text, mode, py_s(a[1])) : py__compile_source_as(text, mode, py_s(a[1]));
    py_decref(text);
    return code;
}
/* exec(compile(source, '<string>', 'single'), globals[, locals]): doctest's
 * examples (modules.c's doctest._exec_single) */
py_obj *py__exec_single(py_obj *self, py_obj *const *args, size_t nargs, py_obj *kw) {
    int safe = py__take_call_safe();
    return exec_eval("exec", args, nargs, kw, 3, safe);
}
/* What mode 'single' does with a module-level expression statement's value
 * (the compiler puts this function in the code's constants and calls it):
 * sys.__displayhook__'s work, the value's repr printed to sys.stdout unless
 * it is None, and kept as builtins._ */
static py_obj *display_value(py_obj *self, py_obj *const *args, size_t nargs, py_obj *kw) {
    if (nargs != 1) return py_err_set(py_exc_TypeError, "displayhook() takes exactly one argument (%d given)", (int)nargs);
    if (args[0] == PY_NONE) return py_none();
    if (py_dict_set_s(py__interp.builtins, "_", PY_NONE) < 0) return NULL;
    py_obj *text = py_repr(args[0]);
    py_obj *r = text ? py_builtin_print(NULL, &text, 1, NULL) : NULL;
    py_xdecref(text);
    if (!r) return NULL;
    py_decref(r);
    return py_dict_set_s(py__interp.builtins, "_", args[0]) < 0 ? NULL : py_none();
}
static const py_methoddef display_def = { "displayhook", display_value, 0 };
py_obj *py__display_helper(void) { return py_cfunc_new(&display_def, NULL); }
int py__std_closed(const char *name); /* modules.c */
B(b_input) {
    if (nargs > 1) return py_err_set(py_exc_TypeError, "input expected at most 1 argument, got %d", (int)nargs);
    /* a closed stream: the prompt's write, or stdin's readline, says so */
    if ((nargs && py__std_closed("stdout")) || py__std_closed("stdin"))
        return py_err_set(py_exc_ValueError, "I/O operation on closed file.");
    if (nargs) {
        py_obj *s = py_str(args[0]);
        if (!s) return NULL;
        py_out_write(NULL, py_s(s), py_slen(s));
        py_decref(s);
    }
    py_obj *line = py__read_line();
    if (!line && !py_err_occurred()) return py_err_set(py_exc_EOFError, "EOF when reading a line");
    return line;
}

/* ---- simple functions -------------------------------------------------------------- */

B(b_len) {
    int safe = py__take_call_safe(); /* __len__ may suspend (eval.c) */
    if (nargs != 1 || kw) return py_err_set(py_exc_TypeError, "len() takes exactly one argument (%d given)", (int)nargs);
    py__resume_token = safe ? args[0] : NULL;
    int64_t n = py_len(args[0]);
    return n < 0 ? NULL : py_int(n);
}
B(b_repr) {
    int safe = py__take_call_safe(); /* __repr__ may suspend (eval.c) */
    if (nargs != 1) return py_err_set(py_exc_TypeError, "repr() takes exactly one argument (%d given)", (int)nargs);
    py__resume_token = safe ? args[0] : NULL;
    return py_repr(args[0]);
}
B(b_ascii) {
    if (nargs != 1) return py_err_set(py_exc_TypeError, "ascii() takes exactly one argument (%d given)", (int)nargs);
    return py_ascii(args[0]);
}
extern py_obj *py__num_unary(py_obj *a, int op); /* intfloat.c */
B(b_abs) {
    if (nargs != 1) return py_err_set(py_exc_TypeError, "abs() takes exactly one argument (%d given)", (int)nargs);
    py_obj *x = args[0];
    if (x->type->flags & PY_TF_HEAP) { /* a class's __abs__ (int's or float's, inherited: below) */
        py_obj *f = py_type_lookup_s(x->type, "__abs__");
        if (f && PY_TYPE(f) != &py_cfunc_type) return py_call1(f, x);
    }
    if (PY_CHECK_INT(x)) return py__num_unary(x, py_int_sign(x) < 0 ? PYAST_USub : PYAST_UAdd);
    if (PY_CHECK_FLOAT(x)) return py_float(fabs(((py_floatobj *)x)->v));
    if (PY_IS_COMPLEX(x)) return py__complex_abs(x);
    return py_err_set(py_exc_TypeError, "bad operand type for abs(): '%s'", py_type_name(x));
}
B(b_round) {
    static const char *const names[] = { "number", "ndigits", NULL };
    py_obj *a[2];
    if (py_args("round", args, nargs, kw, 1, 2, names, a) < 0) return NULL;
    return py_round(a[0], a[1]);
}
B(b_divmod) {
    if (nargs != 2) return py_err_set(py_exc_TypeError, "divmod expected 2 arguments, got %d", (int)nargs);
    /* a class's __divmod__, or the right operand's __rdivmod__ (first when its class is a subclass of the
     * left's); a class with neither has no divmod(), as in CPython, whatever its // and % */
    if ((args[0]->type->flags & PY_TF_HEAP) || (args[1]->type->flags & PY_TF_HEAP)) {
        int same = args[0]->type == args[1]->type, rfirst = !same && py_subtype(args[1]->type, args[0]->type);
        for (int k = 0; k < 2; k++) {
            int right = rfirst ? k == 0 : k == 1;
            if (right && same) continue;
            py_obj *obj = args[right], *other = args[!right];
            const char *name = right ? "__rdivmod__" : "__divmod__";
            py_obj *f = obj->type->flags & PY_TF_HEAP ? py_type_lookup_s(obj->type, name) : NULL;
            if (!f || PY_TYPE(f) == &py_cfunc_type) continue; /* (int's, float's: below) */
            py_obj *r = py_call_method(obj, name, &other, 1);
            if (r != PY_NOTIMPL) return r;
            py_decref(r);
        }
        int nums = (PY_CHECK_INT(args[0]) || PY_CHECK_FLOAT(args[0])) && (PY_CHECK_INT(args[1]) || PY_CHECK_FLOAT(args[1]));
        if (!nums) return py_err_set(py_exc_TypeError, "unsupported operand type(s) for divmod(): '%s' and '%s'",
                          py_type_name(args[0]), py_type_name(args[1]));
    }
    py_obj *q = py_binop(args[0], args[1], PYAST_FloorDiv);
    if (!q) {
        if (py_err_matches(py_exc_TypeError)) {
            py_err_clear();
            return py_err_set(py_exc_TypeError, "unsupported operand type(s) for divmod(): '%s' and '%s'",
                              py_type_name(args[0]), py_type_name(args[1]));
        }
        if (py_err_matches(py_exc_ZeroDivisionError) && PY_IS_FLOAT(args[0]) + PY_IS_FLOAT(args[1])) {
            py_err_clear();
            return py_err_set(py_exc_ZeroDivisionError, "float divmod()");
        }
        return NULL;
    }
    py_obj *r = py_binop(args[0], args[1], PYAST_Mod);
    if (!r) { py_decref(q); return NULL; }
    py_obj *t = py_tuple_pack(2, q, r);
    py_decref(q);
    py_decref(r);
    return t;
}
B(b_pow) {
    static const char *const names[] = { "base", "exp", "mod", NULL };
    py_obj *a[3];
    if (py_args("pow", args, nargs, kw, 2, 3, names, a) < 0) return NULL;
    if (a[2] && a[2] != PY_NONE) {
        /* CPython's ternary_op: only base's __pow__ is asked (its slot_nb_power; no __rpow__) */
        py_obj *m = a[0]->type->flags & PY_TF_HEAP ? py_type_lookup_s(a[0]->type, "__pow__") : NULL;
        if (m && PY_TYPE(m) != &py_cfunc_type) { /* a class's own (an int subclass's inherited one is int's) */
            py_obj *r = py_call_method(a[0], "__pow__", a + 1, 2);
            if (r != PY_NOTIMPL) return r;
            py_decref(r);
        }
        if (PY_CHECK_INT(a[0]) && PY_CHECK_INT(a[1]) && PY_CHECK_INT(a[2])) return py_int_powmod(a[0], a[1], a[2]);
        /* the first slot that is not int's decides: float's refuses any modulus, complex's too */
        for (int k = 0; k < 3; k++) {
            if (PY_CHECK_FLOAT(a[k])) return py_err_set(py_exc_TypeError, "pow() 3rd argument not allowed unless all arguments are integers");
            if (PY_IS_COMPLEX(a[k])) return py_err_set(py_exc_ValueError, "complex modulo");
        }
        return py_err_set(py_exc_TypeError, "unsupported operand type(s) for ** or pow(): '%s', '%s', '%s'",
                          py_type_name(a[0]), py_type_name(a[1]), py_type_name(a[2]));
    }
    return py_binop(a[0], a[1], PYAST_Pow);
}
B(b_hash) {
    int safe = py__take_call_safe(); /* __hash__ may suspend (eval.c) */
    if (nargs != 1) return py_err_set(py_exc_TypeError, "hash() takes exactly one argument (%d given)", (int)nargs);
    py__resume_token = safe ? args[0] : NULL;
    int64_t h = py_hash(args[0]);
    return h == -1 ? NULL : py_int(h);
}
B(b_id) {
    if (nargs != 1) return py_err_set(py_exc_TypeError, "id() takes exactly one argument (%d given)", (int)nargs);
    return py_int((int64_t)(uintptr_t)args[0]);
}
B(b_callable) {
    if (nargs != 1) return py_err_set(py_exc_TypeError, "callable() takes exactly one argument (%d given)", (int)nargs);
    return py_bool(py_callable(args[0]));
}
B(b_chr) {
    if (nargs != 1) return py_err_set(py_exc_TypeError, "chr() takes exactly one argument (%d given)", (int)nargs);
    if (!PY_CHECK_INT(args[0])) return py_err_set(py_exc_TypeError, "'%s' object cannot be interpreted as an integer", py_type_name(args[0]));
    int ov;
    int64_t c = py_int_val(args[0], &ov);
    if (ov || c < 0 || c > 0x10ffff) return py_err_set(py_exc_ValueError, "chr() arg not in range(0x110000)");
    py_buf b = {0};
    py_buf_put_cp(&b, (uint32_t)c);
    return py_str_from_buf(&b);
}
B(b_ord) {
    if (nargs != 1) return py_err_set(py_exc_TypeError, "ord() takes exactly one argument (%d given)", (int)nargs);
    py_obj *s = args[0];
    const unsigned char *bs;
    size_t bn;
    if (py__bytes_like(s, &bs, &bn)) {
        if (bn != 1) return py_err_set(py_exc_TypeError, "ord() expected a character, but string of length %d found", (int)bn);
        return py_int(bs[0]);
    }
    if (!PY_CHECK_STR(s)) return py_err_set(py_exc_TypeError, "ord() expected string of length 1, but %s found", py_type_name(s));
    if (((py_strobj *)s)->n != 1) return py_err_set(py_exc_TypeError, "ord() expected a character, but string of length %d found", (int)((py_strobj *)s)->n);
    size_t i = 0;
    return py_int((int64_t)py_utf8_decode(py_s(s), py_slen(s), &i));
}
static py_obj *to_base(py_obj *x, int base) {
    if (!PY_CHECK_INT(x)) {
        if (x->type->flags & PY_TF_HEAP) {
            int ok;
            int64_t v = py_index(x, &ok);
            if (!ok) return NULL;
            py_obj *i = py_int(v);
            py_obj *r = to_base(i, base);
            py_decref(i);
            return r;
        }
        return py_err_set(py_exc_TypeError, "'%s' object cannot be interpreted as an integer", py_type_name(x));
    }
    int ov;
    int64_t v = py_int_val(x, &ov);
    if (ov) {
        const char *spec = base == 16 ? "#x" : base == 8 ? "#o" : "#b";
        py_obj *s = py_str_c(spec);
        py_obj *r = py_format(x, s);
        py_decref(s);
        return r;
    }
    char buf[80];
    int neg = v < 0;
    uint64_t u = neg ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
    char tmp[70];
    int n = 0;
    do { tmp[n++] = "0123456789abcdef"[u % (uint64_t)base]; u /= (uint64_t)base; } while (u);
    int k = 0;
    if (neg) buf[k++] = '-';
    buf[k++] = '0';
    buf[k++] = base == 16 ? 'x' : base == 8 ? 'o' : 'b';
    while (n) buf[k++] = tmp[--n];
    buf[k] = 0;
    return py_str_c(buf);
}
B(b_hex) { if (nargs != 1) return py_err_set(py_exc_TypeError, "hex() takes exactly one argument (%d given)", (int)nargs); return to_base(args[0], 16); }
B(b_oct) { if (nargs != 1) return py_err_set(py_exc_TypeError, "oct() takes exactly one argument (%d given)", (int)nargs); return to_base(args[0], 8); }
B(b_bin) { if (nargs != 1) return py_err_set(py_exc_TypeError, "bin() takes exactly one argument (%d given)", (int)nargs); return to_base(args[0], 2); }
B(b_format) {
    int safe = py__take_call_safe(); /* __format__ may suspend */
    py_obj *a[2];
    if (py_args("format", args, nargs, kw, 1, 2, NULL, a) < 0) return NULL;
    py_obj *spec = a[1] ? py_incref(a[1]) : py_str_new("", 0);
    if (!PY_CHECK_STR(spec)) { py_decref(spec); return py_err_set(py_exc_TypeError, "format() argument 2 must be str, not %s", py_arg_type_name(a[1])); }
    py__resume_token = safe ? a[0] : NULL;
    py_obj *r = py_format(a[0], spec);
    py__resume_token = NULL;
    py_decref(spec);
    return r;
}

/* ---- iteration helpers ---------------------------------------------------------------------- */

B(b_iter) {
    if (nargs == 2) {
        if (!py_callable(args[0])) return py_err_set(py_exc_TypeError, "iter(v, w): v must be callable");
        return py_callable_iter_new(args[0], args[1]);
    }
    if (nargs != 1) /* _PyArg_CheckPositional("iter", nargs, 1, 2) */
        return py_err_set(py_exc_TypeError, "iter expected at %s, got %d", nargs ? "most 2 arguments" : "least 1 argument", (int)nargs);
    return py_iter(args[0]);
}
B(b_next) {
    int safe = py__take_call_safe(); /* the generator it resumes may suspend (eval.c) */
    if (nargs < 1 || nargs > 2)
        return py_err_set(py_exc_TypeError, nargs ? "next expected at most 2 arguments, got %d" : "next expected at least 1 argument, got %d", (int)nargs);
    py_obj *it = args[0];
    if (!it->type->next) return py_err_set(py_exc_TypeError, "'%s' object is not an iterator", py_type_name(it));
    /* a generator's frame may wait there (a thread's join at module level); a
     * future's iterator driven by hand must hand its future out instead */
    py__resume_token = safe && PY_TYPE(it) == &py_gen_type ? it : NULL;
    py_obj *v = py__next_keep_stop(it);
    py__resume_token = NULL;
    if (v) return v;
    if (py_err_occurred()) {
        if (nargs == 2 && py_err_matches(py_exc_StopIteration)) { py_err_clear(); return py_incref(args[1]); }
        return NULL;
    }
    if (nargs == 2) return py_incref(args[1]);
    py_obj *e = py_exc_new(py_exc_StopIteration, NULL);
    if (e) py_err_set_exc(e);
    return NULL;
}
B(b_sum) {
    int safe = py__take_call_safe(); /* a generator it runs may suspend (eval.c) */
    static const char *const names[] = { "", "start", NULL };
    py_obj *a[2];
    if (py_args("sum", args, nargs, kw, 1, 2, names, a) < 0) return NULL;
    py_obj *acc = a[1] ? py_incref(a[1]) : py_int(0);
    if (a[1] && PY_CHECK_STR(a[1])) { py_decref(acc); return py_err_set(py_exc_TypeError, "sum() can't sum strings [use ''.join(seq) instead]"); }
    if (a[1] && PY_BYTES_LIKE(a[1])) {
        py_decref(acc);
        return py_err_set(py_exc_TypeError, "sum() can't sum %s [use b''.join(seq) instead]", py_type_name(a[1]));
    }
    py_obj *it = py_iter(a[0]);
    if (!it) { py_decref(acc); return NULL; }
    py_obj *x = NULL;
    if (PY_TYPE(acc) == &py_int_type && !((py_intobj *)acc)->big) {
        /* machine-size ints are summed in C (as CPython does): no object
         * per step; the first item that is not one goes on below */
        int64_t total = ((py_intobj *)acc)->v, t;
        while ((x = py__next_resumable(it, safe)) && PY_TYPE(x) == &py_int_type && !((py_intobj *)x)->big &&
               !__builtin_add_overflow(total, ((py_intobj *)x)->v, &t)) {
            total = t;
            py__decref_int(x);
        }
        py_decref(acc);
        acc = py_int(total);
        if (!acc) { py_xdecref(x); py_decref(it); return NULL; }
        if (x) goto add;
    } else x = py__next_resumable(it, safe);
    for (; x; x = py__next_resumable(it, safe)) {
    add:;
        py_obj *n = py_binop(acc, x, PYAST_Add);
        py_decref(x);
        py_decref(acc);
        acc = n;
        if (!acc) { py_decref(it); return NULL; }
    }
    py_decref(it);
    if (py_err_occurred()) { py_decref(acc); return NULL; }
    return acc;
}
/* safe: called straight from the evaluator, the generator, the key
 * function and the comparisons may suspend (eval.c) */
static py_obj *minmax(const char *fname, py_obj *const *args, size_t nargs, py_obj *kw, int op, int safe) {
    py_obj *key = NULL, *dflt = NULL;
    if (kw && PY_TLEN(kw) > 2)
        return py_err_set(py_exc_TypeError, "%s() takes at most 2 keyword arguments (%d given)", fname, (int)PY_TLEN(kw));
    for (size_t k = 0; kw && k < PY_TLEN(kw); k++) {
        py_obj *n = PY_TITEM(kw, k);
        if (py_str_eqc(n, "key")) key = args[nargs + k];
        else if (py_str_eqc(n, "default")) dflt = args[nargs + k];
        else return py_err_set(py_exc_TypeError, "'%U' is an invalid keyword argument for %s()", n, fname);
    }
    if (key == PY_NONE) key = NULL;
    if (nargs == 0) return py_err_set(py_exc_TypeError, "%s expected at least 1 argument, got 0", fname);
    py_obj *seq;
    if (nargs == 1) seq = py_incref(args[0]);
    else {
        if (dflt) return py_err_set(py_exc_TypeError, "Cannot specify a default for %s() with multiple positional arguments", fname);
        seq = py_tuple_from(args, nargs);
    }
    py_obj *it = py_iter(seq);
    py_decref(seq);
    if (!it) return NULL;
    py_obj *best = NULL, *bestkey = NULL, *x;
    while ((x = py__next_resumable(it, safe))) {
        py_obj *k = key ? py__call_resumable(key, &x, 1, safe) : py_incref(x);
        if (!k) { py_decref(x); goto fail; }
        if (!best) { best = x; bestkey = k; continue; }
        py__resume_token = safe ? k : NULL;
        int c = py_richcmp_bool(k, bestkey, op);
        if (c < 0) { py_decref(x); py_decref(k); goto fail; }
        if (c) { py_decref(best); py_decref(bestkey); best = x; bestkey = k; }
        else { py_decref(x); py_decref(k); }
    }
    py_decref(it);
    if (py_err_occurred()) { py_xdecref(best); py_xdecref(bestkey); return NULL; }
    if (!best) {
        if (dflt) return py_incref(dflt);
        return py_err_set(py_exc_ValueError, "%s() arg is an empty sequence", fname);
    }
    py_decref(bestkey);
    return best;
fail:
    py_decref(it);
    py_xdecref(best);
    py_xdecref(bestkey);
    return NULL;
}
B(b_min) { return minmax("min", args, nargs, kw, PY_LT, py__take_call_safe()); }
B(b_max) { return minmax("max", args, nargs, kw, PY_GT, py__take_call_safe()); }
B(b_any) {
    int safe = py__take_call_safe(); /* a generator it runs may suspend (eval.c) */
    if (nargs != 1) return py_err_set(py_exc_TypeError, "any() takes exactly one argument (%d given)", (int)nargs);
    py_obj *it = py_iter(args[0]), *x;
    if (!it) return NULL;
    while ((x = py__next_resumable(it, safe))) {
        int t = py_truth(x);
        py_decref(x);
        if (t) { py_decref(it); return t < 0 ? NULL : py_bool(1); }
    }
    py_decref(it);
    return py_err_occurred() ? NULL : py_bool(0);
}
B(b_all) {
    int safe = py__take_call_safe(); /* a generator it runs may suspend (eval.c) */
    if (nargs != 1) return py_err_set(py_exc_TypeError, "all() takes exactly one argument (%d given)", (int)nargs);
    py_obj *it = py_iter(args[0]), *x;
    if (!it) return NULL;
    while ((x = py__next_resumable(it, safe))) {
        int t = py_truth(x);
        py_decref(x);
        if (t <= 0) { py_decref(it); return t < 0 ? NULL : py_bool(0); }
    }
    py_decref(it);
    return py_err_occurred() ? NULL : py_bool(1);
}
B(b_sorted) {
    int safe = py__take_call_safe(); /* the generator, key and __lt__ may suspend (eval.c) */
    static const char *const names[] = { "", "key", "reverse", NULL };
    py_obj *a[3];
    if (nargs != 1) return py_err_set(py_exc_TypeError, nargs ? "sorted expected 1 argument, got %d" : "sorted expected 1 argument, got %d", (int)nargs);
    extern int py__sort_kw_check(py_obj *kw); /* containers.c */
    if (py__sort_kw_check(kw) < 0) return NULL;
    if (py_args("sorted", args, nargs, kw, 1, 1, names, a) < 0) return NULL;
    py__resume_token = safe ? a[0] : NULL;
    py_obj *l = py_sequence_list(a[0]);
    if (!l) return NULL;
    extern int py__sort_reverse(py_obj *o); /* containers.c */
    int rev = a[2] ? py__sort_reverse(a[2]) : 0;
    if (rev < 0) { py_decref(l); return NULL; }
    py__resume_token = safe ? l : NULL;
    if (py_list_sort(l, a[1] && a[1] != PY_NONE ? a[1] : NULL, rev) < 0) { py_decref(l); return NULL; }
    return l;
}
/* isinstance() and issubclass() of a class, a union or a tuple of them,
 * nested as deep as the recursion limit allows (CPython's
 * object_isinstance/object_issubclass recurse into tuples) */
static py_obj *instance_or_subclass(py_obj *x, py_obj *t, int sub) {
    if (py__union_args(t)) t = py__union_args(t); /* int | str: as a tuple */
    if (PY_IS_TUPLE(t)) {
        if (py_recursion_check(sub ? " in __subclasscheck__" : " in __instancecheck__") < 0) return NULL;
        py_recursion_enter();
        py_obj *r = py_bool(0);
        for (size_t i = 0; i < PY_TLEN(t) && r == PY_FALSE; i++) {
            py_decref(r);
            r = instance_or_subclass(x, PY_TITEM(t, i), sub);
        }
        py_recursion_leave();
        return r;
    }
    /* a metaclass's __instancecheck__ or __subclasscheck__ written in Python
     * (abc.ABCMeta's), or an instance's whose class defines one */
    py_obj *f = PY_TYPE(t)->flags & PY_TF_HEAP ? py_type_lookup_s(PY_TYPE(t), sub ? "__subclasscheck__" : "__instancecheck__") : NULL;
    if (f && PY_TYPE(f) == &py_func_type && (PY_IS_TYPE(t) ? sub || PY_TYPE(x) != (py_type *)t : 1)) {
        if (py_recursion_check(sub ? " in __subclasscheck__" : " in __instancecheck__") < 0) return NULL;
        py_recursion_enter();
        py_obj *a[2] = { t, x }, *r = py_call(f, a, 2, NULL);
        py_recursion_leave();
        int b = r ? py_truth(r) : -1;
        py_xdecref(r);
        return b < 0 ? NULL : py_bool(b);
    }
    if (sub && !PY_IS_TYPE(x)) return py_err_set(py_exc_TypeError, "issubclass() arg 1 must be a class");
    if (!PY_IS_TYPE(t) && !strcmp(PY_TYPE(t)->name, "types.GenericAlias")) {
        /* list[int] (CPython's message), typing.List[int] (typing's) */
        py_obj *r = py_repr(t);
        int typing = r && !strncmp(py_s(r), "typing.", 7);
        /* typing.Union[...] and Optional[...]: each of its arguments, as _UnionGenericAlias's checks */
        int uni = typing && (!strncmp(py_s(r), "typing.Union[", 13) || !strncmp(py_s(r), "typing.Optional[", 16));
        py_xdecref(r);
        if (uni) {
            py_obj *args = py_getattr_s(t, "__args__");
            if (!args) return NULL;
            py_obj *res = PY_IS_TUPLE(args) ? instance_or_subclass(x, args, sub) : NULL;
            if (!res && !py_err_occurred()) py_err_set(py_exc_TypeError, "Subscripted generics cannot be used with class and instance checks");
            py_decref(args);
            return res;
        }
        if (typing) return py_err_set(py_exc_TypeError, "Subscripted generics cannot be used with class and instance checks");
        return py_err_set(py_exc_TypeError, "%s() argument 2 cannot be a parameterized generic", sub ? "issubclass" : "isinstance");
    }
    if (!PY_IS_TYPE(t) && !strcmp(PY_TYPE(t)->name, "_SpecialForm")) {
        py_obj *base = py__typing_base(t); /* typing.Sized: collections.abc.Sized */
        if (!base) return NULL;
        if (base != PY_NONE) {
            py_obj *r = instance_or_subclass(x, base, sub);
            py_decref(base);
            return r;
        }
        py_decref(base);
        py_obj *r = py_repr(t);
        if (r && py_str_eqc(r, "typing.Protocol")) { /* as _ProtocolMeta's checks of Protocol itself */
            py_decref(r);
            if (sub) return py_bool(0);
            return py_err_set(py_exc_TypeError, "Instance and class checks can only be used with @runtime_checkable protocols");
        }
        if (r) py_err_set(py_exc_NotImplementedError, "%s() with %U is not supported by casyncio's Python (use the class: "
                          "list, dict, collections.abc.Iterable...)", sub ? "issubclass" : "isinstance", r);
        py_xdecref(r);
        return NULL;
    }
    if (!PY_IS_TYPE(t))
        return py_err_set(py_exc_TypeError, sub ? "issubclass() arg 2 must be a class, a tuple of classes, or a union"
                                                : "isinstance() arg 2 must be a type, a tuple of types, or a union");
    if (!sub) return py_bool(py_isinst(x, (py_type *)t));
    return py_bool(py_subtype((py_type *)x, (py_type *)t));
}
B(b_isinstance) {
    if (nargs != 2) return py_err_set(py_exc_TypeError, "isinstance expected 2 arguments, got %d", (int)nargs);
    return instance_or_subclass(args[0], args[1], 0);
}
B(b_issubclass) {
    if (nargs != 2) return py_err_set(py_exc_TypeError, "issubclass expected 2 arguments, got %d", (int)nargs);
    return instance_or_subclass(args[0], args[1], 1);
}
B(b_getattr) {
    if (nargs < 2 || nargs > 3)
        return py_err_set(py_exc_TypeError, nargs > 3 ? "getattr expected at most 3 arguments, got %d" : "getattr expected at least 2 arguments, got %d", (int)nargs);
    if (!PY_CHECK_STR(args[1])) return py_err_set(py_exc_TypeError, "attribute name must be string, not '%s'", py_type_name(args[1]));
    py_obj *v = py_getattr(args[0], args[1]);
    if (!v && nargs == 3 && py_err_matches(py_exc_AttributeError)) { py_err_clear(); return py_incref(args[2]); }
    return v;
}
B(b_setattr) {
    if (nargs != 3) return py_err_set(py_exc_TypeError, "setattr expected 3 arguments, got %d", (int)nargs);
    if (!PY_CHECK_STR(args[1])) return py_err_set(py_exc_TypeError, "attribute name must be string, not '%s'", py_type_name(args[1]));
    if (py_setattr(args[0], args[1], args[2]) < 0) return NULL;
    return py_none();
}
B(b_delattr) {
    if (nargs != 2) return py_err_set(py_exc_TypeError, "delattr expected 2 arguments, got %d", (int)nargs);
    if (py_setattr(args[0], args[1], NULL) < 0) return NULL;
    return py_none();
}
B(b_hasattr) {
    if (nargs != 2) return py_err_set(py_exc_TypeError, "hasattr expected 2 arguments, got %d", (int)nargs);
    if (!PY_CHECK_STR(args[1])) return py_err_set(py_exc_TypeError, "attribute name must be string, not '%s'", py_type_name(args[1]));
    py_obj *v = py_getattr(args[0], args[1]);
    if (v) { py_decref(v); return py_bool(1); }
    if (py_err_matches(py_exc_AttributeError)) { py_err_clear(); return py_bool(0); }
    return NULL;
}
static py_obj *frame_locals(void);
B(b_dir) {
    if (nargs > 1) return py_err_set(py_exc_TypeError, "dir expected at most 1 argument, got %d", (int)nargs);
    if (nargs == 0) {
        py_obj *d = frame_locals();
        py_obj *l = d ? py_sequence_list(d) : NULL;
        py_xdecref(d);
        if (l) py_list_sort(l, NULL, 0);
        return l;
    }
    /* a __dir__ written in Python, of the object's class (or a class's metaclass) */
    py_obj *f = (PY_TYPE(args[0])->flags & PY_TF_HEAP) ? py_type_lookup_s(PY_TYPE(args[0]), "__dir__") : NULL;
    if (!f || PY_TYPE(f) != &py_func_type) return py_dir_names(args[0]);
    py_obj *r = py_call1(f, args[0]), *l = r ? py_sequence_list(r) : NULL;
    py_xdecref(r);
    if (l && py_list_sort(l, NULL, 0) < 0) PY_CLEAR(l);
    return l;
}
B(b_vars) {
    if (nargs > 1) return py_err_set(py_exc_TypeError, "vars expected at most 1 argument, got %d", (int)nargs);
    if (nargs == 0) return frame_locals();
    py_obj *d = py_getattr_s(args[0], "__dict__");
    if (!d && py_err_matches(py_exc_AttributeError)) {
        py_err_clear();
        return py_err_set(py_exc_TypeError, "vars() argument must have __dict__ attribute");
    }
    return d;
}
/* __import__(name, globals, locals, fromlist, level): the import statement's
 * module (eval.c's IMPORT_NAME): the top package of a dotted name, or the
 * named submodule when fromlist is not empty; globals and locals unused,
 * as CPython's for an absolute import. */
B(b___import__) {
    static const char *const names[] = { "name", "globals", "locals", "fromlist", "level", NULL };
    py_obj *a[5] = { NULL };
    if (py_args("__import__", args, nargs, kw, 1, 5, names, a) < 0) return NULL;
    if (!PY_IS_STR(a[0])) return py_err_set(py_exc_TypeError, "module name must be a string");
    if (a[4] && !PY_CHECK_INT(a[4])) return py_err_set(py_exc_TypeError, "'%s' object cannot be interpreted as an integer", py_type_name(a[4]));
    int level = a[4] ? py_int_sign(a[4]) : 0;
    if (level < 0) return py_err_set(py_exc_ValueError, "level must be >= 0");
    if (level > 0) return py_err_set(py_exc_NotImplementedError, "relative import is not supported by casyncio's Python");
    if (!py_slen(a[0])) return py_err_set(py_exc_ValueError, "Empty module name");
    int from = a[3] ? py_truth(a[3]) : 0;
    if (from < 0 || py__import_prepare(a[0]) < 0) return NULL;
    py_obj *m = py_import(a[0]);
    const char *dot = strchr(py_s(a[0]), '.');
    if (m && from && dot && !strchr(dot + 1, '.') && PY_TYPE(m) == &py_module_type) {
        py_obj *sub = py_dict_get_s(((py_module *)m)->dict, dot + 1);
        if (sub && PY_TYPE(sub) == &py_module_type) PY_SETREF(m, py_incref(sub));
    }
    return m;
}
B(b_globals) {
    py_frame *f = py__ts->frame;
    return py_incref(f ? f->globals : PY_NONE);
}
/* locals(), vars() and dir() with no argument: the running frame's names */
static py_obj *frame_locals(void) { return py__frame_locals(py__ts->frame); }
py_obj *py__frame_locals(py_frame *f) {
    if (f && f->locals) return py_incref(f->locals);
    if (!f) return py_dict_new();
    /* a function's: the same dict each time, its locals written in (an unbound one taken out),
     * what else it holds (exec()'s names) left, as CPython's PyFrame_FastToLocals */
    py_obj *d = f->locals_snap ? f->locals_snap : py_dict_new();
    if (!d) return NULL;
    for (int i = 0; i < f->code->nlocals; i++) {
        py_obj *name = PY_TITEM(f->code->varnames, i);
        if (f->fast[i] ? py_dict_set(d, name, f->fast[i]) < 0 : (py_dict_get(d, name) && py_dict_del(d, name) < 0)) {
            if (!f->locals_snap) py_decref(d);
            return NULL;
        }
    }
    f->locals_snap = d;
    return py_incref(d);
}
B(b_locals) { return frame_locals(); }

extern py_obj *py_super_new(py_type *type, py_obj *obj);
/* super is a type (isinstance(x, super), type(super())), made here: the
 * zero-argument form reads the calling frame, as CPython's super_init. */
py_obj *py__super_vnew(py_type *t, py_obj *const *args, size_t nargs, py_obj *kwnames) {
    if (kwnames && PY_TLEN(kwnames)) return py_err_set(py_exc_TypeError, "super() takes no keyword arguments");
    if (nargs == 2) {
        if (!PY_IS_TYPE(args[0])) return py_err_set(py_exc_TypeError, "super() argument 1 must be a type, not %s", py_type_name(args[0]));
        return py_super_new((py_type *)args[0], args[1]);
    }
    if (nargs > 2) return py_err_set(py_exc_TypeError, "super() expected at most 2 arguments, got %d", (int)nargs);
    if (nargs != 0) return py_err_set(py_exc_TypeError, "super() takes 0 or 2 arguments");
    py_frame *f = py__ts->frame;
    if (!f || !f->func || f->code->argcount == 0) return py_err_set(py_exc_RuntimeError, "super(): no arguments");
    py_code *co = f->code;
    py_obj *first = f->fast[0];
    if (co->cell2arg && PY_TLEN(co->cellvars)) {
        for (size_t i = 0; i < PY_TLEN(co->cellvars); i++)
            if (co->cell2arg[i] == 0) first = ((py_cell *)f->fast[co->nlocals + (int)i])->v;
    }
    if (!first) return py_err_set(py_exc_RuntimeError, "super(): arg[0] deleted");
    py_obj *cls = NULL;
    size_t ncell = PY_TLEN(co->cellvars);
    for (size_t i = 0; i < PY_TLEN(co->freevars); i++)
        if (py_str_eqc(PY_TITEM(co->freevars, i), "__class__")) cls = ((py_cell *)f->fast[co->nlocals + (int)(ncell + i)])->v;
    if (!cls) return py_err_set(py_exc_RuntimeError, "super(): __class__ cell not found");
    return py_super_new((py_type *)cls, first);
}

/* PY_METH_LEVEL: a level of recursion while it runs, as CPython 3.11 counts
 * its built-ins that take one argument or a tuple of them (METH_O,
 * METH_VARARGS) and sorted() (its call of list.sort), (print
 * counts while cold: b_print; getattr, hasattr, setattr, delattr, divmod,
 * format, isinstance, iter, len, next, pow and round: PY_METH_COLD, as a
 * recursion through their dunders shows). */
static const py_methoddef builtin_methods[] = {
    { "__import__", b___import__, 0 }, { "abs", b_abs, PY_METH_LEVEL | PY_METH_NOKW }, { "all", b_all, PY_METH_LEVEL | PY_METH_NOKW }, { "any", b_any, PY_METH_LEVEL | PY_METH_NOKW }, { "ascii", b_ascii, PY_METH_LEVEL | PY_METH_NOKW },
    { "bin", b_bin, PY_METH_LEVEL | PY_METH_NOKW }, { "callable", b_callable, PY_METH_LEVEL | PY_METH_NOKW }, { "chr", b_chr, PY_METH_LEVEL | PY_METH_NOKW }, { "delattr", b_delattr, PY_METH_COLD | PY_METH_NOKW },
    { "dir", b_dir, PY_METH_NOKW }, { "divmod", b_divmod, PY_METH_COLD | PY_METH_NOKW }, { "format", b_format, PY_METH_COLD | PY_METH_NOKW }, { "getattr", b_getattr, PY_METH_COLD | PY_METH_NOKW },
    { "globals", b_globals, PY_METH_NOKW }, { "hasattr", b_hasattr, PY_METH_COLD | PY_METH_NOKW }, { "hash", b_hash, PY_METH_LEVEL | PY_METH_NOKW }, { "hex", b_hex, PY_METH_LEVEL | PY_METH_NOKW },
    { "open", b_open, 0 }, { "memoryview", b_memoryview, 0 },
    { "help", b_help, 0 }, { "breakpoint", b_breakpoint, 0 }, { "exec", b_exec, 0 }, { "eval", b_eval, 0 }, { "compile", b_compile, 0 },
    { "id", b_id, PY_METH_LEVEL | PY_METH_NOKW }, { "input", b_input, PY_METH_NOKW }, { "isinstance", b_isinstance, PY_METH_COLD | PY_METH_NOKW }, { "issubclass", b_issubclass, PY_METH_NOKW },
    { "iter", b_iter, PY_METH_COLD | PY_METH_NOKW }, { "len", b_len, PY_METH_COLD | PY_METH_NOKW }, { "locals", b_locals, PY_METH_NOKW }, { "max", b_max, PY_METH_LEVEL }, { "min", b_min, PY_METH_LEVEL },
    { "next", b_next, PY_METH_COLD | PY_METH_NOKW }, { "oct", b_oct, PY_METH_LEVEL | PY_METH_NOKW }, { "ord", b_ord, PY_METH_LEVEL | PY_METH_NOKW }, { "pow", b_pow, PY_METH_COLD }, { "print", b_print, 0 },
    { "repr", b_repr, PY_METH_LEVEL | PY_METH_NOKW }, { "round", b_round, PY_METH_COLD }, { "setattr", b_setattr, PY_METH_COLD | PY_METH_NOKW }, { "sorted", b_sorted, PY_METH_LEVEL },
    { "sum", b_sum, 0 }, { "vars", b_vars, PY_METH_NOKW },
    { NULL, NULL, 0 },
};

static py_type *const builtin_types[] = {
    &py_bool_type, &py_bytes_type, &py_classmethod_type, &py_dict_type, &py_enumerate_type, &py_filter_type,
    &py_float_type, &py_frozenset_type, &py_property_type, &py_int_type, &py_list_type, &py_map_type,
    &py_object_type, &py_range_type, &py_reversed_type, &py_set_type, &py_slice_type, &py_staticmethod_type,
    &py_str_type, &py_tuple_type, &py_type_type, &py_zip_type, &py_complex_type, &py_bytearray_type,
    &py_super_type,
};

static py_type *const internal_types[] = {
    &py_none_type, &py_notimpl_type, &py_ellipsis_type, &py_cell_type, &py_module_type, &py_method_type,
    &py_cfunc_type, &py_func_type, &py_code_type, &py_gen_type, &py_coro_type, &py_asyncgen_type, &py_tb_type,
    &py_source_type,
};

extern void py__exc_init(void);

void py__builtins_init(void) {
    py__type_ready(&py_object_type);
    py__type_ready(&py_type_type);
    for (size_t i = 0; i < sizeof builtin_types / sizeof builtin_types[0]; i++) py__type_ready(builtin_types[i]);
    for (size_t i = 0; i < sizeof internal_types / sizeof internal_types[0]; i++) py__type_ready(internal_types[i]);
    py__exc_init();
    py_obj *b = py_dict_new();
    py__interp.builtins = b;
    py_obj *mod = py_module_new("builtins");
    for (const py_methoddef *m = builtin_methods; m->name; m++) {
        py_obj *f = py_cfunc_new(m, mod);
        py_dict_set_s(b, m->name, f);
        py_decref(f);
    }
    py_decref(mod);
    for (size_t i = 0; i < sizeof builtin_types / sizeof builtin_types[0]; i++)
        py_dict_set_s(b, builtin_types[i]->name, (py_obj *)builtin_types[i]);
#define PY__EXC_BUILTIN(c, n, base) if (strcmp(n, "CancelledError") && strcmp(n, "InvalidStateError")) py_dict_set_s(b, n, (py_obj *)py_exc_##c);
    PY_EXC_TABLE(PY__EXC_BUILTIN)
#undef PY__EXC_BUILTIN
    /* CPython's aliases, after the exceptions as its _PyBuiltins_AddExceptions adds them */
    py_dict_set_s(b, "EnvironmentError", (py_obj *)py_exc_OSError);
    py_dict_set_s(b, "IOError", (py_obj *)py_exc_OSError);
    py_dict_set_s(b, "None", PY_NONE);
    py_dict_set_s(b, "True", PY_TRUE);
    py_dict_set_s(b, "False", PY_FALSE);
    py_dict_set_s(b, "NotImplemented", PY_NOTIMPL);
    py_dict_set_s(b, "Ellipsis", &py__Ellipsis);
    py_dict_set_s(b, "__name__", py_str_intern("builtins"));
    py_dict_set_s(b, "__debug__", PY_TRUE);
    /* ExceptionGroup and its kin join when first needed (exc.c, py__exc_groups_load) */
}

/* ---- the match statement's helpers (compile.c calls them, as constants) ---------- */

/* seq(subject, n, star): the n parts of a sequence pattern (the starred one
 * a list), or None when the subject is not a list, tuple or range of a
 * fitting length (CPython: a collections.abc.Sequence, not str or bytes). */
B(match_seq) {
    py_obj *subj = args[0];
    int ov = 0;
    int64_t n = py_int_val(args[1], &ov), star = py_int_val(args[2], &ov);
    if (!py_isinst(subj, &py_list_type) && !py_isinst(subj, &py_tuple_type) && PY_TYPE(subj) != &py_range_type)
        return py_none();
    py_obj *items = py_sequence_tuple(subj);
    if (!items) return NULL;
    int64_t len = (int64_t)PY_TLEN(items);
    if (star < 0 ? len != n : len < n - 1) { py_decref(items); return py_none(); }
    if (star < 0) return items;
    py_obj *r = py_tuple_new((size_t)n);
    int64_t after = n - 1 - star;
    for (int64_t i = 0; i < star; i++) PY_TITEM(r, i) = py_incref(PY_TITEM(items, i));
    py_obj *mid = py_list_new(0);
    for (int64_t i = star; i < len - after; i++) py_list_append(mid, PY_TITEM(items, i));
    PY_TITEM(r, star) = mid;
    for (int64_t i = 0; i < after; i++) PY_TITEM(r, star + 1 + i) = py_incref(PY_TITEM(items, len - after + i));
    py_decref(items);
    return r;
}
/* map(subject, keys, rest): the values of the keys (then the rest as a
 * dict when rest), or None when the subject is not a dict or lacks a key. */
B(match_map) {
    py_obj *subj = args[0], *keys = args[1];
    int rest = args[2] == PY_TRUE;
    if (!py_isinst(subj, &py_dict_type)) return py_none();
    size_t n = PY_TLEN(keys);
    for (size_t i = 0; i < n; i++)
        for (size_t j = 0; j < i; j++) {
            int e = py_eq(PY_TITEM(keys, i), PY_TITEM(keys, j));
            if (e < 0) return NULL;
            if (e) return py_err_set(py_exc_ValueError, "mapping pattern checks duplicate key (%R)", PY_TITEM(keys, i));
        }
    if ((size_t)((py_dict *)subj)->used < n) return py_none();
    py_obj *r = py_tuple_new(n + (size_t)rest);
    if (!r) return NULL;
    for (size_t i = 0; i < n; i++) {
        py_obj *v = py_dict_get(subj, PY_TITEM(keys, i));
        if (!v) {
            /* unfilled slots are NULL: give them a value before dropping the tuple */
            for (size_t k = i; k < n + (size_t)rest; k++) PY_TITEM(r, k) = py_none();
            py_decref(r);
            return py_err_occurred() ? NULL : py_none();
        }
        PY_TITEM(r, i) = py_incref(v);
    }
    if (rest) {
        py_obj *d = py_dict_copy(subj);
        for (size_t i = 0; d && i < n; i++) py_dict_del(d, PY_TITEM(keys, i));
        PY_TITEM(r, n) = d ? d : py_none();
        if (!d) { py_decref(r); return NULL; }
    }
    return r;
}
/* cls(subject, cls, npos, kwnames): the attributes a class pattern matches
 * (positional ones through __match_args__; int(x), str(x), ... the subject
 * itself), or None when the subject is not an instance or lacks one. */
B(match_class) {
    py_obj *subj = args[0], *cls = args[1], *kwn = args[3];
    int ov = 0;
    int64_t npos = py_int_val(args[2], &ov);
    if (!PY_IS_TYPE(cls)) return py_err_set(py_exc_TypeError, "called match pattern must be a type");
    py_type *t = (py_type *)cls;
    if (!py_isinst(subj, t)) return py_none();
    size_t nk = PY_TLEN(kwn);
    py_obj *names = py_list_new(0), *r = NULL;
    if (!names) return NULL;
    if (npos) {
        static py_type *const self_types[] = { &py_bool_type, &py_bytes_type, &py_dict_type, &py_float_type,
            &py_frozenset_type, &py_int_type, &py_list_type, &py_set_type, &py_str_type, &py_tuple_type, NULL };
        int self_match = 0;
        for (int i = 0; self_types[i]; i++) if (t == self_types[i]) self_match = 1;
        py_obj *ma = self_match ? NULL : py_getattr_opt(cls, py_str_intern("__match_args__"));
        if (!self_match && !ma && py_err_occurred()) goto done;
        if (ma && !PY_IS_TUPLE(ma)) {
            py_err_set(py_exc_TypeError, "%s.__match_args__ must be a tuple (got %s)", t->name, py_type_name(ma));
            py_decref(ma);
            goto done;
        }
        int64_t allowed = self_match ? 1 : ma ? (int64_t)PY_TLEN(ma) : 0;
        if (npos > allowed) {
            py_err_set(py_exc_TypeError, "%s() accepts %d positional sub-pattern%s (%d given)", t->name, (int)allowed,
                       allowed == 1 ? "" : "s", (int)npos);
            py_xdecref(ma);
            goto done;
        }
        if (self_match) py_list_append(names, PY_NONE);
        for (int64_t i = 0; ma && i < npos; i++) {
            py_obj *nm = PY_TITEM(ma, i);
            if (!PY_IS_STR(nm)) {
                py_err_set(py_exc_TypeError, "__match_args__ elements must be strings (got %s)", py_type_name(nm));
                py_decref(ma);
                goto done;
            }
            py_list_append(names, nm);
        }
        py_xdecref(ma);
    }
    for (size_t k = 0; k < nk; k++) py_list_append(names, PY_TITEM(kwn, k));
    for (size_t i = 0; i < PY_LLEN(names); i++)
        for (size_t j = 0; j < i; j++)
            if (PY_LITEM(names, i) != PY_NONE && PY_LITEM(names, j) != PY_NONE && py_str_eq(PY_LITEM(names, i), PY_LITEM(names, j))) {
                py_err_set(py_exc_TypeError, "%s() got multiple sub-patterns for attribute %R", t->name, PY_LITEM(names, i));
                goto done;
            }
    r = py_tuple_new(PY_LLEN(names));
    if (!r) goto done;
    for (size_t i = 0; i < PY_LLEN(names); i++) PY_TITEM(r, i) = NULL;
    for (size_t i = 0; i < PY_LLEN(names); i++) {
        py_obj *nm = PY_LITEM(names, i);
        py_obj *v = nm == PY_NONE ? py_incref(subj) : py_getattr_opt(subj, nm);
        if (!v) {
            for (size_t k = i; k < PY_LLEN(names); k++) PY_TITEM(r, k) = py_none();
            PY_CLEAR(r);
            if (!py_err_occurred()) r = py_none();
            goto done;
        }
        PY_TITEM(r, i) = v;
    }
done:
    py_decref(names);
    return r;
}
static const py_methoddef match_defs[] = {
    { "_match_sequence", match_seq, 0 }, { "_match_mapping", match_map, 0 }, { "_match_class", match_class, 0 },
};
/* The helper the compiler puts in a code object's constants (new reference). */
py_obj *py__match_helper(int which) { return py_cfunc_new(&match_defs[which], NULL); }

/* ---- the slots of built-in types as their dunder methods ------------------------------------ */

/* CPython's slot wrappers: gen.__next__(), [1].__len__(), d.__getitem__(k),
 * (1).__lt__(2) call the type's C slot.  Only for built-in types other than
 * exceptions (whose instances are of that very type: a class statement
 * cannot subclass them), so PY_TYPE(self) holds the slot. */
static py_obj *sw_nargs(size_t nargs, py_obj *kw, size_t want) {
    if (kw && PY_TLEN(kw)) return py_err_set(py_exc_TypeError, "wrapper takes no keyword arguments");
    if (nargs != want) return py_err_set(py_exc_TypeError, "expected %d argument%s, got %d", (int)want, want == 1 ? "" : "s", (int)nargs);
    return PY_NONE;
}
#define SW(name, want) static py_obj *name(py_obj *self, py_obj *const *args, size_t nargs, py_obj *kw) { \
    if (!sw_nargs(nargs, kw, want)) return NULL;
/* For an instance of a class derived from the type (class D(dict) with a
 * __getitem__ of its own calling super().__getitem__(k)), the built-in
 * base's slot: the class's own would call the class's method again. */
static py_type *sw_base(py_obj *self) {
    py_type *t = PY_TYPE(self);
    while (t->flags & PY_TF_HEAP) t = t->base;
    return t;
}
#define SW_HEAP(self) (PY_TYPE(self)->flags & PY_TF_HEAP)
SW(sw_next, 0)
    py_obj *r = py_next(self);
    if (!r && !py_err_occurred()) py_err_set_exc(py_exc_new(py_exc_StopIteration, NULL));
    return r;
}
SW(sw_iter, 0) return SW_HEAP(self) ? sw_base(self)->iter(self) : py_iter(self); }
SW(sw_len, 0) int64_t n = SW_HEAP(self) ? sw_base(self)->len(self) : py_len(self); return n < 0 ? NULL : py_int(n); }
SW(sw_getitem, 1) return SW_HEAP(self) ? sw_base(self)->getitem(self, args[0]) : py_getitem(self, args[0]); }
SW(sw_setitem, 2)
    int r = SW_HEAP(self) ? sw_base(self)->setitem(self, args[0], args[1]) : py_setitem(self, args[0], args[1]);
    return r < 0 ? NULL : py_none();
}
SW(sw_delitem, 1)
    int r = SW_HEAP(self) ? sw_base(self)->setitem(self, args[0], NULL) : py_delitem(self, args[0]);
    return r < 0 ? NULL : py_none();
}
SW(sw_contains, 1)
    int r = SW_HEAP(self) ? sw_base(self)->contains(self, args[0]) : py_contains(self, args[0]);
    return r < 0 ? NULL : py_bool(r);
}
SW(sw_repr, 0) return SW_HEAP(self) ? sw_base(self)->repr(self) : py_repr(self); }
SW(sw_str, 0)
    if (SW_HEAP(self) && sw_base(self) == &py_str_type) return py_str_new(py_s(self), py_slen(self));
    return SW_HEAP(self) && sw_base(self)->str ? sw_base(self)->str(self) : py_str(self);
}
SW(sw_hash, 0)
    int64_t h = SW_HEAP(self) ? sw_base(self)->hash(self) : py_hash(self);
    return h == -1 && py_err_occurred() ? NULL : py_int(h);
}
SW(sw_bool, 0)
    int r = SW_HEAP(self) ? sw_base(self)->truth(self) : py_truth(self);
    return r < 0 ? NULL : py_bool(r);
}
/* f.__call__(...) of a function, a method, a built-in: the call itself */
static py_obj *sw_call(py_obj *self, py_obj *const *args, size_t nargs, py_obj *kw) { return py_call(self, args, nargs, kw); }
#define SW_CMP(name, op) SW(name, 1) return sw_base(self)->richcmp(self, args[0], op); }
SW_CMP(sw_lt, PY_LT) SW_CMP(sw_le, PY_LE) SW_CMP(sw_eq, PY_EQ) SW_CMP(sw_ne, PY_NE) SW_CMP(sw_gt, PY_GT) SW_CMP(sw_ge, PY_GE)

static const py_methoddef slot_defs[] = {
    { "__next__", sw_next, 0 }, { "__iter__", sw_iter, 0 }, { "__len__", sw_len, 0 }, { "__getitem__", sw_getitem, 0 },
    { "__setitem__", sw_setitem, 0 }, { "__delitem__", sw_delitem, 0 }, { "__contains__", sw_contains, 0 },
    { "__repr__", sw_repr, 0 }, { "__str__", sw_str, 0 }, { "__hash__", sw_hash, 0 }, { "__bool__", sw_bool, 0 },
    { "__call__", sw_call, 0 }, { "__lt__", sw_lt, 0 }, { "__le__", sw_le, 0 }, { "__eq__", sw_eq, 0 }, { "__ne__", sw_ne, 0 }, { "__gt__", sw_gt, 0 },
    { "__ge__", sw_ge, 0 },
};

/* The operators' dunders of the built-in numbers, sequences, sets and
 * dicts, as CPython's number and sequence slots: (1).__add__(2),
 * 'a'.__add__('b'), [1].__mul__(2), {1}.__or__({2}), (1).__add__('a') is
 * NotImplemented (a number's slot returns it for another type), and a
 * sequence's concatenation or repetition raises its TypeError at once. */
extern py_obj *py__seq_binop(py_obj *a, py_obj *b, int op); /* containers.c */
static int num_kind(py_obj *o) { return PY_CHECK_INT(o) ? 1 : PY_CHECK_FLOAT(o) ? 2 : PY_IS_COMPLEX(o) ? 3 : 0; }
static py_obj *op_dunder(py_obj *self, py_obj *const *args, size_t nargs, py_obj *kw, int op, int refl) {
    if (!sw_nargs(nargs, kw, 1)) return NULL;
    py_obj *o = args[0], *a = refl ? o : self, *b = refl ? self : o;
    int k = num_kind(self), ko = num_kind(o);
    if (k) return ko && ko <= k ? py_num_binop(a, b, op) : py_incref(PY_NOTIMPL);
    if (PY_IS_SET(self) || PY_IS_DICT(self))
        return (PY_IS_SET(self) ? PY_IS_SET(o) : PY_IS_DICT(o)) ? py__seq_binop(a, b, op) : py_incref(PY_NOTIMPL);
    if (op == PYAST_Mod)
        return refl ? py_incref(PY_NOTIMPL) : PY_TYPE(self) == &py_bytes_type ? py_bytes_percent(self, o)
             : PY_IS_BYTEARRAY(self) ? py__bytearray_percent(self, o) : py_str_percent(self, o);
    if (op == PYAST_Mult && !PY_CHECK_INT(o))
        return py_err_set(py_exc_TypeError, "'%s' object cannot be interpreted as an integer", py_type_name(o));
    py_obj *r = py__seq_binop(a, b, op);
    if (r == PY_NOTIMPL) {
        py_decref(r);
        if (PY_BYTES_LIKE(self)) return py_err_set(py_exc_TypeError, "can't concat %s to %s", py_type_name(o), py_type_name(self));
        return py_err_set(py_exc_TypeError, "can only concatenate %s (not \"%s\") to %s", py_type_name(self), py_type_name(o), py_type_name(self));
    }
    return r;
}
#define OPD(name, op, refl) static py_obj *name(py_obj *self, py_obj *const *args, size_t nargs, py_obj *kw) { \
    return op_dunder(self, args, nargs, kw, op, refl); }
OPD(od_add, PYAST_Add, 0) OPD(od_radd, PYAST_Add, 1) OPD(od_sub, PYAST_Sub, 0) OPD(od_rsub, PYAST_Sub, 1)
OPD(od_mul, PYAST_Mult, 0) OPD(od_rmul, PYAST_Mult, 1) OPD(od_truediv, PYAST_Div, 0) OPD(od_rtruediv, PYAST_Div, 1)
OPD(od_floordiv, PYAST_FloorDiv, 0) OPD(od_rfloordiv, PYAST_FloorDiv, 1) OPD(od_mod, PYAST_Mod, 0) OPD(od_rmod, PYAST_Mod, 1)
OPD(od_lshift, PYAST_LShift, 0) OPD(od_rlshift, PYAST_LShift, 1) OPD(od_rshift, PYAST_RShift, 0) OPD(od_rrshift, PYAST_RShift, 1)
OPD(od_and, PYAST_BitAnd, 0) OPD(od_rand, PYAST_BitAnd, 1) OPD(od_or, PYAST_BitOr, 0) OPD(od_ror, PYAST_BitOr, 1)
OPD(od_xor, PYAST_BitXor, 0) OPD(od_rxor, PYAST_BitXor, 1)
static py_obj *od_pow_(py_obj *self, py_obj *const *args, size_t nargs, py_obj *kw, int refl) {
    if (nargs == 2 && !(kw && PY_TLEN(kw)) && args[1] != PY_NONE) { /* pow(self, o, mod) */
        if (!refl && num_kind(self) == 3 && num_kind(args[0])) return py_err_set(py_exc_ValueError, "complex modulo");
        if (refl || num_kind(self) != 1 || num_kind(args[0]) != 1 || num_kind(args[1]) != 1) return py_incref(PY_NOTIMPL);
        py_obj *a3[3] = { self, args[0], args[1] };
        return b_pow(NULL, a3, 3, NULL);
    }
    return op_dunder(self, args, nargs == 2 ? 1 : nargs, kw, PYAST_Pow, refl);
}
static py_obj *od_pow(py_obj *self, py_obj *const *args, size_t nargs, py_obj *kw) { return od_pow_(self, args, nargs, kw, 0); }
static py_obj *od_rpow(py_obj *self, py_obj *const *args, size_t nargs, py_obj *kw) { return od_pow_(self, args, nargs, kw, 1); }
static py_obj *od_divmod_(py_obj *self, py_obj *const *args, size_t nargs, py_obj *kw, int refl) {
    if (!sw_nargs(nargs, kw, 1)) return NULL;
    int k = num_kind(self), ko = num_kind(args[0]);
    if (!ko || ko > k) return py_incref(PY_NOTIMPL);
    py_obj *a2[2] = { refl ? args[0] : self, refl ? self : args[0] };
    return b_divmod(NULL, a2, 2, NULL);
}
static py_obj *od_divmod(py_obj *self, py_obj *const *args, size_t nargs, py_obj *kw) { return od_divmod_(self, args, nargs, kw, 0); }
static py_obj *od_rdivmod(py_obj *self, py_obj *const *args, size_t nargs, py_obj *kw) { return od_divmod_(self, args, nargs, kw, 1); }
SW(od_neg, 0) return py__num_unary(self, PYAST_USub); }
SW(od_pos, 0) return py__num_unary(self, PYAST_UAdd); }
SW(od_invert, 0) return py__num_unary(self, PYAST_Invert); }
SW(od_abs, 0) return b_abs(NULL, &self, 1, NULL); }
SW(od_int, 0) return py_call((py_obj *)&py_int_type, &self, 1, NULL); }
SW(od_float, 0) return py_call((py_obj *)&py_float_type, &self, 1, NULL); }
SW(od_index, 0) return py__num_unary(self, PYAST_UAdd); }
SW(od_floor, 0)
    if (PY_CHECK_INT(self)) return py__num_unary(self, PYAST_UAdd);
    py_obj *f = py_float(floor(((py_floatobj *)self)->v)), *r = f ? py_call((py_obj *)&py_int_type, &f, 1, NULL) : NULL;
    py_xdecref(f);
    return r;
}
SW(od_ceil, 0)
    if (PY_CHECK_INT(self)) return py__num_unary(self, PYAST_UAdd);
    py_obj *f = py_float(ceil(((py_floatobj *)self)->v)), *r = f ? py_call((py_obj *)&py_int_type, &f, 1, NULL) : NULL;
    py_xdecref(f);
    return r;
}
static py_obj *od_round(py_obj *self, py_obj *const *args, size_t nargs, py_obj *kw) {
    if (kw && PY_TLEN(kw)) return py_err_set(py_exc_TypeError, "%s.__round__() takes no keyword arguments", py_type_name(self));
    if (nargs > 1) return py_err_set(py_exc_TypeError, "%s.__round__() takes at most 1 argument (%d given)", py_type_name(self), (int)nargs);
    return py_round(self, nargs ? args[0] : NULL);
}
/* The in-place operators' dunders of list, set and dict ([].__iadd__(x),
 * s.__ior__(t), d.__ior__(e)), as a subclass's own calls them through
 * super(): the built-in operation (NotImplemented for another type) */
extern py_obj *py__seq_inplace(py_obj *a, py_obj *b, int op); /* containers.c */
extern py_obj *py__reversed_base(py_obj *seq);
#define IPD(name, op) static py_obj *name(py_obj *self, py_obj *const *args, size_t nargs, py_obj *kw) { \
    return sw_nargs(nargs, kw, 1) ? py__seq_inplace(self, args[0], op) : NULL; }
IPD(od_iadd_, PYAST_Add) IPD(od_imul_, PYAST_Mult)
static py_obj *od_iadd(py_obj *self, py_obj *const *args, size_t nargs, py_obj *kw) {
    py_obj *r = od_iadd_(self, args, nargs, kw);
    if (r != PY_NOTIMPL || !PY_IS_BYTEARRAY(self)) return r;
    py_decref(r);
    return py_err_set(py_exc_TypeError, "can't concat %s to bytearray", py_type_name(args[0]));
} IPD(od_ior, PYAST_BitOr) IPD(od_iand, PYAST_BitAnd)
static py_obj *od_imul(py_obj *self, py_obj *const *args, size_t nargs, py_obj *kw) {
    py_obj *r = od_imul_(self, args, nargs, kw);
    if (r != PY_NOTIMPL) return r;
    py_decref(r);
    return py_err_set(py_exc_TypeError, "'%s' object cannot be interpreted as an integer", py_type_name(args[0]));
}
IPD(od_isub, PYAST_Sub) IPD(od_ixor, PYAST_BitXor)
SW(od_reversed, 0) return PY_TYPE(self) == &py_range_type ? py_reversed_new(self) : py__reversed_base(self); }
SW(od_bool, 0) int r = py_truth(self); return r < 0 ? NULL : py_bool(r); }
/* which types have which: I int, F float, C complex, S str, L list and tuple, B bytes and bytearray, T set and frozenset,
 * D dict; M list, A bytearray, U set, R range */
static const struct { py_methoddef def; const char *types; } op_defs[] = {
    { { "__iadd__", od_iadd, 0 }, "MA" }, { { "__imul__", od_imul, 0 }, "MA" }, { { "__ior__", od_ior, 0 }, "UD" },
    { { "__iand__", od_iand, 0 }, "U" }, { { "__isub__", od_isub, 0 }, "U" }, { { "__ixor__", od_ixor, 0 }, "U" },
    { { "__reversed__", od_reversed, 0 }, "MDR" }, { { "__bool__", od_bool, 0 }, "R" },
    { { "__add__", od_add, 0 }, "IFSLBC" }, { { "__radd__", od_radd, 0 }, "IFC" }, { { "__sub__", od_sub, 0 }, "IFTC" },
    { { "__rsub__", od_rsub, 0 }, "IFTC" }, { { "__mul__", od_mul, 0 }, "IFSLBC" }, { { "__rmul__", od_rmul, 0 }, "IFSLBC" },
    { { "__truediv__", od_truediv, 0 }, "IFC" }, { { "__rtruediv__", od_rtruediv, 0 }, "IFC" },
    { { "__floordiv__", od_floordiv, 0 }, "IF" }, { { "__rfloordiv__", od_rfloordiv, 0 }, "IF" },
    { { "__mod__", od_mod, 0 }, "IFSB" }, { { "__rmod__", od_rmod, 0 }, "IFSB" }, { { "__pow__", od_pow, 0 }, "IFC" },
    { { "__rpow__", od_rpow, 0 }, "IFC" }, { { "__divmod__", od_divmod, 0 }, "IF" }, { { "__rdivmod__", od_rdivmod, 0 }, "IF" },
    { { "__lshift__", od_lshift, 0 }, "I" }, { { "__rlshift__", od_rlshift, 0 }, "I" }, { { "__rshift__", od_rshift, 0 }, "I" },
    { { "__rrshift__", od_rrshift, 0 }, "I" }, { { "__and__", od_and, 0 }, "IT" }, { { "__rand__", od_rand, 0 }, "IT" },
    { { "__or__", od_or, 0 }, "ITD" }, { { "__ror__", od_ror, 0 }, "ITD" }, { { "__xor__", od_xor, 0 }, "IT" },
    { { "__rxor__", od_rxor, 0 }, "IT" }, { { "__neg__", od_neg, 0 }, "IFC" }, { { "__pos__", od_pos, 0 }, "IFC" },
    { { "__invert__", od_invert, 0 }, "I" }, { { "__abs__", od_abs, 0 }, "IFC" }, { { "__int__", od_int, 0 }, "IF" },
    { { "__float__", od_float, 0 }, "IF" }, { { "__index__", od_index, 0 }, "I" }, { { "__trunc__", od_int, 0 }, "IF" },
    { { "__floor__", od_floor, 0 }, "IF" }, { { "__ceil__", od_ceil, 0 }, "IF" }, { { "__round__", od_round, 0 }, "IF" },
};
static void add_op_methods(py_type *t) {
    const char *ks = t == &py_int_type ? "I" : t == &py_float_type ? "F" : t == &py_complex_type ? "C" : t == &py_str_type ? "S"
                   : t == &py_list_type ? "LM" : t == &py_tuple_type ? "L" : t == &py_bytes_type ? "B" : t == &py_bytearray_type ? "BA"
                   : t == &py_set_type ? "TU" : t == &py_frozenset_type ? "T" : t == &py_dict_type ? "D"
                   : t == &py_range_type ? "R" : NULL;
    if (!ks) return;
    for (size_t i = 0; i < sizeof op_defs / sizeof *op_defs; i++) {
        int has = 0;
        for (const char *k = ks; *k; k++) has |= strchr(op_defs[i].types, *k) != NULL;
        if (!has || py_dict_get_s(t->dict, op_defs[i].def.name)) continue;
        py_cfunc *f = (py_cfunc *)py_cfunc_new(&op_defs[i].def, NULL);
        if (!f) { py_err_clear(); return; }
        f->owner = t;
        py_dict_set_s(t->dict, op_defs[i].def.name, (py_obj *)f);
        py_decref(f);
    }
}

/* Called by py__type_ready: the dunders of t's own slots (those its base
 * does not share), where its methods do not name them already. */
void py__slot_methods(py_type *t) {
    /* not type's: a class's attribute missing from its MRO is looked for among type's own */
    if (t->flags & (PY_TF_HEAP | PY_TF_EXC) || t == &py_object_type || t == &py_type_type || !t->dict) return;
    py_type *b = t->base;
    /* (compared where they are: a function pointer copied into an array
     * is one make pywasm-stack cannot follow) */
#define OWN(slot) (t->slot && t->slot != b->slot)
    const int own[] = { OWN(next), OWN(iter), OWN(len), OWN(getitem), OWN(setitem), OWN(setitem), OWN(contains),
                        OWN(repr), OWN(str), OWN(hash), OWN(truth), OWN(call) };
    const int cmp = OWN(richcmp);
#undef OWN
    for (size_t i = 0; i < sizeof slot_defs / sizeof *slot_defs; i++) {
        int have = i < sizeof own / sizeof *own ? own[i] : cmp;
        if (!have || py_dict_get_s(t->dict, slot_defs[i].name)) continue;
        py_cfunc *f = (py_cfunc *)py_cfunc_new(&slot_defs[i], NULL);
        if (!f) { py_err_clear(); return; }
        f->owner = t;
        py_dict_set_s(t->dict, slot_defs[i].name, (py_obj *)f);
        py_decref(f);
    }
    add_op_methods(t);
}
