/*
 * run.c -- running a program: the interpreter's start-up, output (stdout
 * buffered until the program blocks, stderr at once, or print events in
 * NDJSON mode), stdin for input(), the module registry behind import, and
 * py_run_program: parse, check, compile, run under cas_main, print an
 * uncaught exception as CPython does and give the exit status.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <ctype.h>
#include <string.h>
#include <unistd.h>
#ifndef __EMSCRIPTEN__
#include <sys/resource.h>
#endif

#include "casyncio.h"
#include "parse.h"
#include "py.h"
#include "cstack.h"

py_interp py__interp;

/* ---- output -------------------------------------------------------------------- */

static char outbuf[1 << 16];
static size_t outlen;
static py_buf ndjson_line;

static void write_all(int fd, const char *s, size_t n) {
    while (n) {
        ssize_t w = write(fd, s, n);
        if (w < 0) {
            if (errno == EINTR) continue;
            return;
        }
        s += w;
        n -= (size_t)w;
    }
}

void py_out_flush(void) {
    if (outlen) write_all(1, outbuf, outlen);
    outlen = 0;
}

/* Embedders' hooks (python/tools/wasm_entry.c): when set, all output and
 * input() go through them instead of fds 1, 2 and 0. */
void (*py__write_fn)(int fd, const char *s, size_t n);
py_obj *(*py__read_line_fn)(void);

/* What the interpreter writes to stderr itself (a traceback, a warning,
 * "Exception ignored in") goes to sys.stderr, as CPython's: to the
 * program's object when it replaced it (contextlib.redirect_stderr, an
 * io.StringIO), nowhere when it is None.  1 when it went there. */
static int to_sys_stderr(const char *s, size_t n) {
    static int busy; /* its write() writing to stderr in turn goes to fd 2 */
    py_obj *sys = py__interp.modules ? py_dict_get_s(py__interp.modules, "sys") : NULL;
    py_obj *o = sys && PY_TYPE(sys) == &py_module_type ? py_dict_get_s(((py_module *)sys)->dict, "stderr") : NULL;
    if (!o || busy || py__std_stream_fd(o) == 2 || py__stack_low()) return 0;
    if (o == PY_NONE) return 1;
    busy = 1;
    py_obj *saved = py_err_fetch();
    py_obj *t = py_str_new(s, n);
    py_obj *r = t ? py_call_method(o, "write", &t, 1) : NULL;
    py_xdecref(t);
    py_xdecref(r);
    py_err_clear();
    py__ts->exc = saved;
    busy = 0;
    return 1;
}

void py__write_hook(int fd, const char *s, size_t n) {
    if (fd == 2 && to_sys_stderr(s, n)) return;
    if (py__write_fn) {
        py__write_fn(fd, s, n);
        return;
    }
    if (fd == 1 && py__interp.ndjson) {
        /* each complete line becomes a print event with the task's name */
        for (size_t i = 0; i < n; i++) {
            if (s[i] == '\n') {
                cas_print("%s", ndjson_line.data ? ndjson_line.data : "");
                ndjson_line.len = 0;
                if (ndjson_line.data) ndjson_line.data[0] = 0;
            } else py_buf_putc(&ndjson_line, s[i]);
        }
        return;
    }
    if (fd == 1) {
        if (outlen + n > sizeof outbuf) py_out_flush();
        if (n > sizeof outbuf) { write_all(1, s, n); return; }
        memcpy(outbuf + outlen, s, n);
        outlen += n;
        return;
    }
    py_out_flush();
    write_all(2, s, n);
}

void py_out_write(py_obj *file, const char *s, size_t n) {
    (void)file;
    py__write_hook(1, s, n);
}

/* ---- stdin ------------------------------------------------------------------------ */

py_obj *py__str_from_stream(const char *s, size_t n); /* str.c */

int py__read_line_nl = 1; /* did the last line py__read_line read end with '\n'? */
/* What sys.stdin.read(n) or readline(n) took of a line and left: read first. */
char *py__stdin_pend;
size_t py__stdin_pend_len;
py_obj *py__read_line(void) {
    py__read_line_nl = 1; /* the host's lines (py__read_line_fn) are whole lines */
    if (py__stdin_pend) {
        char *p = py__stdin_pend, *nl = memchr(p, '\n', py__stdin_pend_len);
        size_t n = nl ? (size_t)(nl - p) : py__stdin_pend_len;
        py__read_line_nl = nl != NULL;
        py_obj *r = py_str_new(p, n);
        size_t rest = py__stdin_pend_len - n - (nl != NULL);
        if (rest) memmove(p, p + n + 1, rest);
        else { free(p); py__stdin_pend = NULL; }
        py__stdin_pend_len = rest;
        return r;
    }
    if (py__read_line_fn) return py__read_line_fn();
    py_out_flush();
#ifdef __EMSCRIPTEN__
    /* wasm: stdin is the text the host gave (run({ python, stdin })) */
    {
        const char *t = py__interp.stdin_text;
        size_t n = py__interp.stdin_len, i = py__interp.stdin_pos;
        if (!t || i >= n) return NULL;
        size_t j = i;
        while (j < n && t[j] != '\n') j++;
        py__read_line_nl = j < n;
        py__interp.stdin_pos = j < n ? j + 1 : j;
        /* a '\r' before the '\n' stays, as CPython reads a pipe */
        return py__str_from_stream(t + i, j - i);
    }
#endif
    py_buf b = {0};
    char c;
    int got = 0;
    ssize_t r;
    for (;;) {
        r = read(0, &c, 1);
        if (r < 0 && errno == EINTR) continue;
        if (r <= 0) break;
        got = 1;
        if (c == '\n') break;
        py_buf_putc(&b, c);
    }
    py__read_line_nl = r > 0;
    if (!got) { py_buf_free(&b); return NULL; }
    /* a '\r' before the '\n' stays, as CPython reads a pipe (a terminal sends '\n') */
    if (!b.data) return py_str_new("", 0);
    py_obj *line = py__str_from_stream(b.data, b.len);
    py_buf_free(&b);
    return line;
}

/* ---- modules ------------------------------------------------------------------------ */

py_obj *py__sys_module(void);

/* The public modules of CPython 3.11's library on Linux (sys.stdlib_module_names
 * that it can import) that are not here: importing one is refused by name,
 * never CPython's "No module named" (cmath, locale, struct exist there). */
static const char stdlib_names[] =
    " _thread aifc antigravity array asynchat asyncore audioop bdb binascii bz2"
    " cProfile cgi cgitb chunk cmath cmd code codecs codeop colorsys compileall configparser"
    " copyreg crypt ctypes curses dbm difflib dis distutils email encodings ensurepip"
    " errno faulthandler fcntl filecmp fileinput fnmatch ftplib genericpath getopt getpass gettext glob"
    " graphlib grp gzip hmac html http idlelib imaplib imghdr imp importlib ipaddress"
    " lib2to3 linecache locale lzma mailbox mailcap marshal mimetypes mmap modulefinder multiprocessing"
    " netrc nis nntplib ntpath nturl2path opcode optparse ossaudiodev pathlib pdb pickle"
    " pickletools pipes pkgutil platform plistlib poplib posix posixpath profile pstats pty pwd py_compile"
    " pyclbr pydoc pydoc_data pyexpat quopri readline resource rlcompleter runpy sched"
    " secrets select selectors shelve shlex shutil site smtpd smtplib sndhdr socket socketserver"
    " spwd sqlite3 sre_compile sre_constants sre_parse ssl stat stringprep struct subprocess sunau"
    " symtable sysconfig syslog tabnanny tarfile telnetlib tempfile termios timeit tkinter"
    " token tokenize tomllib trace tracemalloc tty turtle turtledemo unicodedata unittest urllib uu uuid"
    " venv wave weakref webbrowser wsgiref xdrlib xml xmlrpc zipapp zipfile zipimport zlib zoneinfo ";

/* The submodules `import a.b` (or `from a.b import c`) may name, besides
 * asyncio's (asyncio_subs). */
static const char *const submodules[] = { "concurrent.futures", "collections.abc", "os.path", "json.decoder", "json.encoder", NULL };
static const char *const packages[] = { "asyncio", "collections", "json", "logging", "os", "concurrent", "email", "importlib",
                                         "unittest", "urllib", "xml", NULL };

/* Is word one of list's (" a b c ": each name between spaces)? */
int py__in_words(const char *list, const char *word) {
    char s[80];
    if (strlen(word) > sizeof s - 3) return 0;
    snprintf(s, sizeof s, " %s ", word);
    return strstr(list, s) != NULL;
}

/* CPython 3.11's asyncio submodules with their __all__.  The first
 * ASYNCIO_MODULES are modules here too (asyncio_sub: each a module of its
 * own, whose names are asyncio's); of the others only the names are kept,
 * for asyncio.__all__, and importing one is refused by name, as CPython's
 * other submodules are (asyncio_other). */
static const char *const asyncio_subs[][2] = {
    { "base_events", " BaseEventLoop Server " },
    { "coroutines", " iscoroutinefunction iscoroutine " },
    { "events", " AbstractEventLoopPolicy AbstractEventLoop AbstractServer Handle TimerHandle get_event_loop_policy"
                " set_event_loop_policy get_event_loop set_event_loop new_event_loop get_child_watcher set_child_watcher"
                " _set_running_loop get_running_loop _get_running_loop " },
    { "exceptions", " BrokenBarrierError CancelledError InvalidStateError TimeoutError IncompleteReadError"
                    " LimitOverrunError SendfileNotAvailableError " },
    { "futures", " Future wrap_future isfuture " },
    { "locks", " Lock Event Condition Semaphore BoundedSemaphore Barrier " },
    { "runners", " Runner run " },
    { "queues", " Queue PriorityQueue LifoQueue QueueFull QueueEmpty " },
    { "tasks", " Task create_task FIRST_COMPLETED FIRST_EXCEPTION ALL_COMPLETED wait wait_for as_completed sleep gather"
               " shield ensure_future run_coroutine_threadsafe current_task all_tasks _register_task _unregister_task"
               " _enter_task _leave_task " },
    { "timeouts", " Timeout timeout timeout_at " },
    { "taskgroups", " TaskGroup " },
    { "streams", " StreamReader StreamWriter StreamReaderProtocol open_connection start_server open_unix_connection"
                 " start_unix_server " },
    /* names only */
    { "protocols", " BaseProtocol Protocol DatagramProtocol SubprocessProtocol BufferedProtocol " },
    { "subprocess", " create_subprocess_exec create_subprocess_shell " },
    { "threads", " to_thread " },
    { "transports", " BaseTransport ReadTransport WriteTransport Transport DatagramTransport SubprocessTransport " },
    { "unix_events", " SelectorEventLoop AbstractChildWatcher SafeChildWatcher FastChildWatcher PidfdChildWatcher"
                     " MultiLoopChildWatcher ThreadedChildWatcher DefaultEventLoopPolicy " },
};
#define ASYNCIO_MODULES 12
/* asyncio.__all__: these submodules' __all__ in asyncio/__init__.py's
 * order (asyncio_subs' indexes; taskgroups' is not in it) */
static const unsigned char asyncio_all_order[] = { 0, 1, 2, 3, 4, 5, 12, 6, 7, 11, 13, 8, 14, 9, 15, 16 };

/* The index in asyncio_subs of asyncio's submodule sub that is a module
 * here, or -1. */
static int asyncio_sub_index(const char *sub) {
    for (int i = 0; i < ASYNCIO_MODULES; i++) if (!strcmp(asyncio_subs[i][0], sub)) return i;
    return -1;
}

/* A tuple of the names in lists[0..n) (each " a b c "), or NULL. */
static py_obj *words_tuple(const char *const *lists, int n) {
    py_obj *l = py_list_new(0);
    for (int i = 0; l && i < n; i++)
        for (const char *p = lists[i]; l && *p; ) {
            while (*p == ' ') p++;
            size_t len = strcspn(p, " ");
            if (!len) break;
            py_obj *w = py_str_new(p, len);
            if (!w || py_list_append(l, w) < 0) PY_CLEAR(l);
            py_xdecref(w);
            p += len;
        }
    py_obj *t = l ? py_sequence_tuple(l) : NULL;
    py_xdecref(l);
    return t;
}

/* asyncio.__all__, as CPython's (a new reference). */
static py_obj *asyncio_all(void) {
    const char *lists[sizeof asyncio_all_order];
    for (size_t i = 0; i < sizeof asyncio_all_order; i++) lists[i] = asyncio_subs[asyncio_all_order[i]][1];
    return words_tuple(lists, (int)(sizeof asyncio_all_order));
}

/* asyncio's submodule asyncio_subs[i] as a module of its own, made once
 * (sys.modules['asyncio.tasks'] and asyncio's attribute tasks): its
 * __all__, those of asyncio's names, and (py__submodule_attr) any other
 * name asyncio has.  Returns a new reference. */
static py_obj *asyncio_sub(py_obj *asyncio, int i) {
    if (py__stack_low()) return py_err_set(py_exc_RecursionError, "maximum recursion depth exceeded"); /* (its getattr: wasm_stack.py) */
    py_obj *d = ((py_module *)asyncio)->dict;
    py_obj *m = py_dict_get_s(d, asyncio_subs[i][0]);
    if (m && PY_TYPE(m) == &py_module_type) return py_incref(m);
    char full[32];
    snprintf(full, sizeof full, "asyncio.%s", asyncio_subs[i][0]);
    m = py_module_new(full);
    py_obj *all = m ? words_tuple(&asyncio_subs[i][1], 1) : NULL;
    if (!all || py_dict_set_s(((py_module *)m)->dict, "__all__", all) < 0) goto fail;
    for (size_t k = 0; k < PY_TLEN(all); k++) {
        py_obj *v = py_getattr(asyncio, PY_TITEM(all, k));
        if (!v) { /* refused by asyncio: refused when read from here too */
            py_err_clear();
            continue;
        }
        int r = py_dict_set(((py_module *)m)->dict, PY_TITEM(all, k), v);
        py_decref(v);
        if (r < 0) goto fail;
    }
    if (py_dict_set_s(d, asyncio_subs[i][0], m) < 0 || py_dict_set_s(py__interp.modules, full, m) < 0) goto fail;
    py_decref(all);
    return m;
fail:
    py_xdecref(all);
    py_xdecref(m);
    return NULL;
}

/* Is sub one of CPython's asyncio's submodules that this one has not? */
static int asyncio_other(const char *sub) {
    return py__in_words(" base_futures base_subprocess base_tasks constants format_helpers log mixins proactor_events protocols"
                    " selector_events sslproto staggered subprocess threads transports trsock unix_events"
                    " windows_events windows_utils ", sub);
}

/* `import math.sqrt`: CPython's ModuleNotFoundError, naming the whole
 * dotted name (and "'math' is not a package" for a plain module). */
static int check_submodule(const char *n, const char *dot) {
    for (int i = 0; submodules[i]; i++) if (!strcmp(submodules[i], n)) return 0;
    if (!strncmp(n, "asyncio.", 8) && asyncio_sub_index(n + 8) >= 0) return 0;
    int package = 0;
    for (int i = 0; packages[i]; i++)
        if (strlen(packages[i]) == (size_t)(dot - n) && !strncmp(packages[i], n, (size_t)(dot - n))) package = 1;
    /* a package's other submodules: CPython may have them (asyncio's are known) */
    if (package && (strncmp(n, "asyncio.", 8) || asyncio_other(dot + 1))) {
        py_err_set(py_exc_ModuleNotFoundError, "module '%s' is not supported by casyncio's Python", n);
        return -1;
    }
    char top[64];
    snprintf(top, sizeof top, "%.*s", (int)(dot - n < 63 ? dot - n : 63), n);
    py_obj *msg = package ? py_str_fmt("No module named '%s'", n)
                          : py_str_fmt("No module named '%s'; '%s' is not a package", n, top);
    py_obj *e = msg ? py_exc_new_msg(py_exc_ModuleNotFoundError, "") : NULL;
    if (!e) { py_xdecref(msg); return -1; }
    py_obj *args = py_tuple_pack(1, msg);
    py_decref(msg);
    PY_SETREF(((py_exc *)e)->args, args);
    py_obj *full = py_str_c(n);
    py_dict_set_s(((py_exc *)e)->dict, "name", full);
    py_decref(full);
    py_err_set_exc(e);
    return -1;
}

/* Names of CPython 3.11's modules of C that casyncio's have not, refused
 * by name (a module of python/lib has its list in __casyncio_cpython__,
 * gen_prelude.py's, and asyncio's submodules are asyncio_other's).  os's
 * are those programs use, not all 300 of CPython's; a name CPython's
 * module has not either stays an AttributeError with its suggestion. */
static const char *const c_others[][2] = {
    { "gc", " DEBUG_COLLECTABLE DEBUG_LEAK DEBUG_SAVEALL DEBUG_STATS DEBUG_UNCOLLECTABLE callbacks freeze garbage"
            " get_count get_debug get_freeze_count get_objects get_referents get_referrers get_stats get_threshold"
            " is_finalized is_tracked set_debug set_threshold unfreeze " },
    { "os", " _exit access chdir chmod cpu_count DirEntry error fsdecode fsencode fspath"
            " get_terminal_size getlogin getpid getppid getuid isatty kill listdir lstat"
            " makedirs mkdir path PathLike popen putenv remove removedirs rename renames replace rmdir"
            " scandir stat strerror system terminal_size times uname unlink unsetenv urandom walk " },
    { "cmath", " acos acosh asin asinh atan atanh cos cosh sin sinh tan tanh " },
    { "random", " BPF LOG4 NV_MAGICCONST RECIP_BPF SG_MAGICCONST TWOPI " },
    { "sys", " addaudithook audit base_exec_prefix base_prefix breakpointhook builtin_module_names"
             " call_tracing copyright displayhook exec_prefix executable"
             " getallocatedblocks getdlopenflags getprofile getrefcount getsizeof"
             " gettrace meta_path orig_argv path_hooks path_importer_cache platlibdir"
             " prefix pycache_prefix setdlopenflags setprofile settrace"
             " stdlib_module_names thread_info " },
    { "time", " CLOCK_BOOTTIME CLOCK_MONOTONIC CLOCK_MONOTONIC_RAW CLOCK_PROCESS_CPUTIME_ID CLOCK_REALTIME CLOCK_TAI"
              " CLOCK_THREAD_CPUTIME_ID clock_getres clock_gettime clock_gettime_ns clock_settime clock_settime_ns"
              " get_clock_info pthread_getcpuclockid tzset " },
    { "typing", " ABCMeta AnyStr BinaryIO ByteString CT_co EXCLUDED_ATTRIBUTES ForwardRef GenericAlias IO KT"
                " MappingView Match MethodDescriptorType MethodWrapperType NamedTupleMeta ParamSpec ParamSpecArgs"
                " ParamSpecKwargs Pattern SupportsBytes SupportsComplex SupportsRound T T_co T_contra TextIO"
                " TypeVarTuple VT VT_co V_co WrapperDescriptorType abstractmethod collections contextlib"
                " defaultdict functools io no_type_check_decorator operator re stdlib_re sys types warnings " },
};

/* The names of CPython's module m that casyncio's has not (" a b c "), or NULL. */
static const char *cpython_others(py_obj *m) {
    py_obj *l = py_dict_get_s(((py_module *)m)->dict, "__casyncio_cpython__");
    if (l && PY_IS_STR(l)) return py_s(l);
    for (size_t i = 0; i < sizeof c_others / sizeof *c_others; i++)
        if (py_str_eqc(((py_module *)m)->name, c_others[i][0])) return c_others[i][1];
    return NULL;
}

/* dir() of a module of the library, into names (a dict), as CPython's: the
 * helpers of casyncio's own Python parts (itertools' _accumulate, json's
 * _Encoder, asyncio's _get_loop and BaseSelectorEventLoop...) left out, so
 * that a typo such as itertools.xaccumulate or asyncio.get_loop is offered
 * what CPython offers, not a name its module has not, and the names of
 * CPython's module that it has not put in (refused by name when read).  A
 * module of python/lib names its own in __casyncio_helpers__ (gen_prelude.py
 * finds them: the names CPython's module has not); asyncio keeps the
 * private names of CPython's API alone, and adds its submodules, which
 * CPython's module has as attributes on Linux (so "Did you mean" finds them
 * too). */
int py__module_dir(py_obj *m, py_obj *names) {
    int asyncio = py_str_eqc(((py_module *)m)->name, "asyncio");
    py_obj *helpers = py_dict_get_s(((py_module *)m)->dict, "__casyncio_helpers__");
    const char *others = cpython_others(m);
    for (const char *p = others; p && *p; ) {
        while (*p == ' ') p++;
        size_t n = strcspn(p, " ");
        if (!n) break;
        py_obj *k = py_str_new(p, n);
        int r = k ? (py_dict_get(names, k) ? 0 : py_dict_set(names, k, PY_NONE)) : -1;
        py_xdecref(k);
        if (r < 0) return -1;
        p += n;
    }
    if (!asyncio && !(helpers && PY_IS_STR(helpers))) return 0;
    py_obj *own = py_sequence_list(names);
    for (size_t i = 0; own && i < PY_LLEN(own); i++) {
        const char *n = py_s(PY_LITEM(own, i));
        if (asyncio ? (n[0] == '_' && n[1] != '_' && !py__in_words(" _enter_task _get_running_loop _leave_task"
                                                               " _register_task _set_running_loop _unregister_task ", n))
                          || py__in_words(" BaseDefaultEventLoopPolicy BaseSelectorEventLoop ", n)
                    : py__in_words(py_s(helpers), n) || !strcmp(n, "__casyncio_helpers__") || !strcmp(n, "__casyncio_cpython__"))
            if (py_dict_del(names, PY_LITEM(own, i)) < 0) PY_CLEAR(own);
    }
    if (!own) return -1;
    py_decref(own);
    if (!asyncio) return 0;
    static const char *const linux_others[] = { "base_futures", "base_subprocess", "base_tasks", "constants",
        "format_helpers", "log", "mixins", "protocols", "selector_events", "sslproto", "staggered", "streams",
        "subprocess", "threads", "transports", "trsock", "unix_events", NULL };
    for (int pass = 0; pass < 2; pass++) {
        for (int i = 0; pass ? linux_others[i] != NULL : i < ASYNCIO_MODULES; i++) {
            py_obj *k = py_str_c(pass ? linux_others[i] : asyncio_subs[i][0]);
            int r = k ? py_dict_set(names, k, PY_NONE) : -1;
            py_xdecref(k);
            if (r < 0) return -1;
        }
    }
    return 0;
}

/* sys.implementation: a types.SimpleNamespace, as CPython's (read from
 * the modules' namespaces: no getattr that could come back here) */
static py_obj *sys_implementation(py_obj *sys) {
    py_obj *types = py_import(py_str_intern("types"));
    py_obj *ns = types ? py_xincref(py_dict_get_s(((py_module *)types)->dict, "SimpleNamespace")) : NULL;
    py_obj *vi = py_xincref(py_dict_get_s(((py_module *)sys)->dict, "version_info"));
    py_xdecref(types);
    py_obj *v[5] = { py_str_c("cpython"), py_str_c("cpython-311"), vi, py_int(0x030B07F0), py_str_c("x86_64-linux-gnu") };
    py_obj *kw = py_tuple_pack(5, py_str_intern("name"), py_str_intern("cache_tag"), py_str_intern("version"),
                               py_str_intern("hexversion"), py_str_intern("_multiarch"));
    py_obj *r = NULL;
    if (ns && kw && v[0] && v[1] && v[2] && v[3] && v[4]) r = py_call(ns, v, 0, kw);
    for (int i = 0; i < 5; i++) py_xdecref(v[i]);
    py_xdecref(kw);
    py_xdecref(ns);
    if (r && py_dict_set_s(((py_module *)sys)->dict, "implementation", r) < 0) PY_CLEAR(r);
    return r;
}

/* The file CPython 3.11's module of that name comes from (its __file__, in
 * the library of Debian's python3, as the corpus records it), or NULL for a
 * built-in module and a name not of its library; *frozen set for the ones
 * its repr shows as "(frozen)".  Returns a new reference. */
py_obj *py__module_file(py_obj *name, int *frozen) {
    const char *n = py_s(name);
    *frozen = py__in_words(" abc io os posixpath _collections_abc ", n);
    if (!strcmp(n, "math")) return py_str_c("/usr/lib/python3.11/lib-dynload/math.cpython-311-x86_64-linux-gnu.so");
    if (!strncmp(n, "asyncio.", 8) && asyncio_sub_index(n + 8) >= 0) return py_str_fmt("/usr/lib/python3.11/asyncio/%s.py", n + 8);
    if (!strcmp(n, "json.decoder") || !strcmp(n, "json.encoder")) return py_str_fmt("/usr/lib/python3.11/json/%s.py", n + 5);
    if (py__in_words(" asyncio collections concurrent json logging re ", n))
        return py_str_fmt("/usr/lib/python3.11/%s/__init__.py", n);
    if (*frozen || py__in_words(" argparse ast signal base64 bisect calendar contextlib contextvars copy csv dataclasses datetime decimal doctest"
                            " enum fractions functools hashlib heapq inspect keyword numbers operator pprint queue random"
                            " reprlib statistics string textwrap this threading timeit traceback types typing warnings"
                            " _strptime __future__ ", n))
        return py_str_fmt("/usr/lib/python3.11/%s.py", n);
    return NULL;
}

/* os.path: the library's posixpath, as os's path attribute and
 * sys.modules['os.path'] (as CPython's, which imports it with os).
 * Returns a new reference. */
static py_obj *os_path(py_obj *os) {
    py_obj *m = py_import(py_str_intern("posixpath"));
    if (m && (py_dict_set_s(((py_module *)os)->dict, "path", m) < 0
              || py_dict_set_s(py__interp.modules, "os.path", m) < 0)) PY_CLEAR(m);
    return m;
}

/* An attribute the asyncio module lacks (object.c's module_getattr) that
 * names one of its submodules: `import asyncio.queues` binds asyncio, whose
 * names are the submodule's, so asyncio.queues is asyncio itself; one of
 * the others (asyncio.subprocess.PIPE) is refused by name as its import is.
 * NULL without an error for any other name. */
py_obj *py__submodule_attr(py_obj *m, py_obj *name) {
    if (py_str_eqc(((py_module *)m)->name, "sys") && py_str_eqc(name, "implementation")) return sys_implementation(m);
    if (py_str_eqc(((py_module *)m)->name, "os") && py_str_eqc(name, "path")) return os_path(m);
    int frozen;
    if (py_str_eqc(name, "__file__")) return py__module_file(((py_module *)m)->name, &frozen);
    const char *others = cpython_others(m);
    if (others && py__in_words(others, py_s(name)))
        return py_err_set(py_exc_NotImplementedError, "%U.%U is not supported by casyncio's Python", ((py_module *)m)->name, name);
    const char *mn = py_s(((py_module *)m)->name);
    if (!strncmp(mn, "asyncio.", 8)) { /* asyncio.tasks.sleep, asyncio.tasks.futures: asyncio's names */
        if (py__stack_low()) return py_err_set(py_exc_RecursionError, "maximum recursion depth exceeded");
        py_obj *a = py_import(py_str_intern("asyncio"));
        py_obj *v = a ? py_getattr(a, name) : NULL;
        py_xdecref(a);
        if (!v && py_err_matches(py_exc_AttributeError)) py_err_clear(); /* the submodule's AttributeError */
        return v;
    }
    if (strcmp(mn, "asyncio")) return NULL;
    if (py_str_eqc(name, "StreamReader")) {
        /* CPython's own (python/tools/gen_cpython_lib.py), loaded as a program first asks for it */
        py_obj *sm = py_import(py_str_intern("_asyncio_streams"));
        py_obj *v = sm ? py_getattr(sm, name) : NULL;
        py_xdecref(sm);
        if (v && py_dict_set(((py_module *)m)->dict, name, v) < 0) PY_CLEAR(v);
        return v;
    }
    if (py__in_words(" _set_running_loop _register_task _unregister_task _enter_task _leave_task ", py_s(name)))
        return py_err_set(py_exc_NotImplementedError, "asyncio.%U is not supported by casyncio's Python", name);
    if (py_str_eqc(name, "__all__")) {
        py_obj *all = asyncio_all();
        if (all && py_dict_set_s(((py_module *)m)->dict, "__all__", all) < 0) PY_CLEAR(all);
        return all;
    }
    int i = asyncio_sub_index(py_s(name));
    if (i >= 0) return asyncio_sub(m, i);
    if (asyncio_other(py_s(name)))
        return py_err_set(py_exc_ModuleNotFoundError, "module 'asyncio.%U' is not supported by casyncio's Python", name);
    return NULL;
}

/* __future__: its features, as CPython's Lib/__future__.py has them (the
 * compiler acts on `annotations`; the others are what 3.11 does anyway). */
py_obj *py__compile_string(const char *src, const char *filename, py_obj *globals);
static py_obj *future_module(void) {
    static const char src[] =
        "all_feature_names=['nested_scopes','generators','division','absolute_import','with_statement',"
        "'print_function','unicode_literals','barry_as_FLUFL','generator_stop','annotations']\n"
        "__all__=['all_feature_names']+all_feature_names\n"
        "class _Feature:\n"
        " def __init__(self,optionalRelease,mandatoryRelease,compiler_flag):\n"
        "  self.optional=optionalRelease;self.mandatory=mandatoryRelease;self.compiler_flag=compiler_flag\n"
        " def getOptionalRelease(self):return self.optional\n"
        " def getMandatoryRelease(self):return self.mandatory\n"
        " def __repr__(self):return '_Feature'+repr((self.optional,self.mandatory,self.compiler_flag))\n"
        "nested_scopes=_Feature((2,1,0,'beta',1),(2,2,0,'alpha',0),16)\n"
        "generators=_Feature((2,2,0,'alpha',1),(2,3,0,'final',0),0)\n"
        "division=_Feature((2,2,0,'alpha',2),(3,0,0,'alpha',0),131072)\n"
        "absolute_import=_Feature((2,5,0,'alpha',1),(3,0,0,'alpha',0),262144)\n"
        "with_statement=_Feature((2,5,0,'alpha',1),(2,6,0,'alpha',0),524288)\n"
        "print_function=_Feature((2,6,0,'alpha',2),(3,0,0,'alpha',0),1048576)\n"
        "unicode_literals=_Feature((2,6,0,'alpha',2),(3,0,0,'alpha',0),2097152)\n"
        "barry_as_FLUFL=_Feature((3,1,0,'alpha',2),(4,0,0,'alpha',0),4194304)\n"
        "generator_stop=_Feature((3,5,0,'beta',1),(3,7,0,'alpha',0),8388608)\n"
        "annotations=_Feature((3,7,0,'beta',1),None,16777216)\n";
    py_obj *m = py_module_new("__future__");
    py_obj *r = m ? py__compile_string(src, "<frozen __future__>", ((py_module *)m)->dict) : NULL;
    if (!r) PY_CLEAR(m);
    py_xdecref(r);
    return m;
}

/* A class statement whose bases are not all classes: typing's forms as
 * CPython's __mro_entries__ and NamedTupleMeta make them (a NamedTuple
 * class is a namedtuple with the body's methods; a TypedDict class a
 * dict's subclass whose call makes a plain dict; typing.Sized, Iterable,
 * List... their collections.abc class, collections' or the built-in type;
 * Generic[T] and Protocol
 * add nothing here but `Cls[T]`; list[int], dict[str, int]: their origin,
 * as types.GenericAlias's __mro_entries__), anything else refused by name.  Called
 * by py_type_new_heap (object.c), which then goes on with its result. */
static py_obj *forms_fn(const char *fname) {
    static const char src[] =
        "def _named_tuple(name, bases, ns):\n"
        " import collections\n"
        " if len(bases) > 1: raise TypeError('can only inherit from a NamedTuple type and Generic')\n"
        " ann = ns.get('__annotations__', {})\n"
        " dn = []\n"
        " for f in ann:\n"
        "  if f in ns: dn.append(f)\n"
        "  elif dn: raise TypeError(f\"Non-default namedtuple field {f} cannot follow default field{'s' if len(dn) > 1 else ''} {', '.join(dn)}\")\n"
        " base = collections.namedtuple(name, list(ann), defaults=[ns[n] for n in dn], module=ns.get('__module__'))\n"
        " d = dict(base.__dict__)\n"
        " for k in ns:\n"
        "  if k in ('__new__', '__init__', '__slots__', '__getnewargs__', '_fields', '_field_defaults', '_make', '_replace', '_asdict', '_source'):\n"
        "   raise AttributeError('Cannot overwrite NamedTuple attribute ' + k)\n"
        "  if k not in ('__module__', '__name__', '__annotations__') and k not in base._fields: d[k] = ns[k]\n"
        " d['__annotations__'] = ann\n"
        " cls = type(name, base.__bases__, d)\n"
        " cls._exact = cls\n"
        " return cls\n"
        "class _TypedDictMeta(type):\n"
        " def __new__(mcls, name, bases, ns, total=True):\n"
        "  ann, req, opt = {}, set(), set()\n"
        "  for b in bases:\n"
        "   ann.update(b.__dict__.get('__annotations__', {}))\n"
        "   req.update(b.__dict__.get('__required_keys__', ()))\n"
        "   opt.update(b.__dict__.get('__optional_keys__', ()))\n"
        "  own = ns.get('__annotations__', {})\n"
        "  ann.update(own)\n"
        "  (req if total else opt).update(own)\n"
        "  ns = dict(ns)\n"
        "  ns.update(__annotations__=ann, __total__=total, __required_keys__=frozenset(req), __optional_keys__=frozenset(opt))\n"
        "  return super().__new__(mcls, name, (dict,), ns)\n"
        " def __call__(cls, *args, **kwargs): return dict(*args, **kwargs)\n"
        " def __subclasscheck__(cls, other): raise TypeError('TypedDict does not support instance and class checks')\n"
        " __instancecheck__ = __subclasscheck__\n"
        "def _typed_dict(name, bases, ns, total=True):\n"
        " return _TypedDictMeta(name, tuple(bases), ns, total=total)\n"
        "def _typed_dict_call(typename, fields=None, /, *, total=True, **kwargs):\n"
        " import sys\n"
        " if fields is None: fields = kwargs\n"
        " elif kwargs: raise TypeError('TypedDict takes either a dict or keyword arguments, but not both')\n"
        " ns = {'__annotations__': dict(fields)}\n"
        " try: ns['__module__'] = sys._getframe(1).f_globals.get('__name__', '__main__')\n"
        " except (AttributeError, ValueError): pass\n"
        " return _TypedDictMeta(typename, (), ns, total=total)\n"
        "def _named_tuple_call(typename, fields=None, /, **kwargs):\n"
        " import collections, sys\n"
        " if fields is None: fields = kwargs.items()\n"
        " elif kwargs: raise TypeError('Either list of fields or keywords can be provided to NamedTuple, not both')\n"
        " fields = [(n, type(None) if t is None else t) for n, t in fields]\n"
        " try: module = sys._getframe(1).f_globals.get('__name__', '__main__')\n"
        " except (AttributeError, ValueError): module = None\n"
        " nt = collections.namedtuple(typename, [n for n, t in fields], module=module)\n"
        " nt.__annotations__ = dict(fields)\n"
        " return nt\n"
        "class Generic:\n"
        " __module__ = 'typing'\n"
        " __slots__ = ()\n"
        "class Protocol(Generic):\n"
        " __module__ = 'typing'\n"
        " __slots__ = ()\n"
        "_EXCLUDED = frozenset(['__parameters__', '__orig_bases__', '__orig_class__', '_is_protocol', '_is_runtime_protocol',\n"
        " '__abstractmethods__', '__annotations__', '__dict__', '__doc__', '__init__', '__module__', '__new__', '__slots__',\n"
        " '__subclasshook__', '__weakref__', '__class_getitem__', '_MutableMapping__marker'])\n"
        "def _protocol_attrs(cls):\n"
        " attrs = set()\n"
        " for base in cls.__mro__[:-1]:\n"
        "  if base is Protocol or base is Generic: continue\n"
        "  for attr in list(base.__dict__) + list(base.__dict__.get('__annotations__', {})):\n"
        "   if not attr.startswith('_abc_') and attr not in _EXCLUDED: attrs.add(attr)\n"
        " return attrs\n"
        "def _methods_only(cls):\n"
        " return all(callable(getattr(cls, attr, None)) for attr in _protocol_attrs(cls))\n"
        "class _ProtocolMeta(type):\n"
        " def __call__(cls, *args, **kwargs):\n"
        "  if cls.__dict__.get('_is_protocol'): raise TypeError('Protocols cannot be instantiated')\n"
        "  return super().__call__(*args, **kwargs)\n"
        " def __instancecheck__(cls, instance):\n"
        "  proto = cls.__dict__.get('_is_protocol', False)\n"
        "  if proto and not cls.__dict__.get('_is_runtime_protocol', False):\n"
        "   raise TypeError('Instance and class checks can only be used with @runtime_checkable protocols')\n"
        "  if (not proto or _methods_only(cls)) and issubclass(type(instance), cls): return True\n"
        "  if proto and all(hasattr(instance, attr) and (not callable(getattr(cls, attr, None)) or getattr(instance, attr) is not None)\n"
        "                   for attr in _protocol_attrs(cls)): return True\n"
        "  return type.__instancecheck__(cls, instance)\n"
        " def __subclasscheck__(cls, other):\n"
        "  if cls.__dict__.get('_is_protocol', False):\n"
        "   if not cls.__dict__.get('_is_runtime_protocol', False):\n"
        "    raise TypeError('Instance and class checks can only be used with @runtime_checkable protocols')\n"
        "   if not _methods_only(cls): raise TypeError(\"Protocols with non-method members don't support issubclass()\")\n"
        "   if not isinstance(other, type): raise TypeError('issubclass() arg 1 must be a class')\n"
        "   for attr in _protocol_attrs(cls):\n"
        "    for base in other.__mro__:\n"
        "     if attr in base.__dict__:\n"
        "      if base.__dict__[attr] is None: return type.__subclasscheck__(cls, other)\n"
        "      break\n"
        "    else: return type.__subclasscheck__(cls, other)\n"
        "   return True\n"
        "  return type.__subclasscheck__(cls, other)\n"
        "def runtime_checkable(cls):\n"
        " if not isinstance(cls, type) or not cls.__dict__.get('_is_protocol', False):\n"
        "  raise TypeError('@runtime_checkable can be only applied to protocol classes, got %r' % (cls,))\n"
        " cls._is_runtime_protocol = True\n"
        " return cls\n"
        "def _generic_getitem(cls, item):\n"
        " import types\n"
        " n, want = len(item) if isinstance(item, tuple) else 1, len(getattr(cls, '__parameters__', ()))\n"
        " if not want: raise TypeError(f'{cls} is not a generic class')\n"
        " if n != want: raise TypeError(f\"Too {'many' if n > want else 'few'} arguments for {cls}; actual {n}, expected {want}\")\n"
        " return types.GenericAlias(cls, item)\n"
        "def _typing_base(n):\n"
        " b = {'List': list, 'Dict': dict, 'Set': set, 'FrozenSet': frozenset, 'Tuple': tuple, 'Type': type}.get(n)\n"
        " if b is not None: return b\n"
        " import collections\n"
        " if n in ('Deque', 'DefaultDict', 'Counter', 'OrderedDict', 'ChainMap'):\n"
        "  return getattr(collections, {'Deque': 'deque', 'DefaultDict': 'defaultdict'}.get(n, n))\n"
        " b = getattr(collections.abc, 'Set' if n == 'AbstractSet' else n, None)\n"
        " return b if isinstance(b, type) else None\n"
        "def _class_of_forms(name, bases, ns, kw=None):\n"
        " if any(repr(b) == 'typing.TypedDict' for b in bases):\n"
        "  total = kw.pop('total', True) if kw else True\n"
        "  return _typed_dict(name, [b for b in bases if isinstance(b, type)], ns, total)\n"
        " kept = []\n"
        " generic = protocol = False\n"
        " params, explicit = [], None\n"
        " def collect(args):\n"
        "  for a in args:\n"
        "   if type(a).__name__ == 'TypeVar' and a not in params: params.append(a)\n"
        "   elif hasattr(a, '__args__'): collect(a.__args__)\n"
        " for b in bases:\n"
        "  if isinstance(b, type):\n"
        "   kept.append(b)\n"
        "   continue\n"
        "  o = getattr(b, '__origin__', None)\n"
        "  if isinstance(o, type):\n"
        "   kept.append(o)\n"
        "   collect(getattr(b, '__args__', ()))\n"
        "   continue\n"
        "  r = repr(b)\n"
        "  if r == 'typing.NamedTuple': return _named_tuple(name, bases, ns)\n"
        "  if r.startswith('typing.Generic') or r.startswith('typing.Protocol'):\n"
        "   generic = True\n"
        "   protocol = protocol or r.startswith('typing.Protocol')\n"
        "   if '[' in r: explicit = tuple(b.__args__)\n"
        "   continue\n"
        "  o = _typing_base(r[7:].split('[')[0]) if r.startswith('typing.') else None\n"
        "  if o is not None:\n"
        "   kept.append(o)\n"
        "   continue\n"
        "  raise NotImplementedError(f\"a class based on {r} is not supported by casyncio's Python\")\n"
        " ns = dict(ns)\n"
        " if not (generic or params) and any(issubclass(k, Generic) for k in kept): ns.setdefault('__parameters__', ())\n"
        " if generic or params:\n"
        "  ns.setdefault('__parameters__', explicit if explicit is not None else tuple(params))\n"
        "  if '__class_getitem__' not in ns: ns['__class_getitem__'] = classmethod(_generic_getitem)\n"
        "  top = Protocol if protocol else Generic\n"
        "  if not any(issubclass(k, top) for k in kept): kept.append(top)\n"
        " meta = _ProtocolMeta if protocol else type\n"
        " if protocol: ns['_is_protocol'] = True\n"
        " for k in kept:\n"
        "  if issubclass(type(k), meta): meta = type(k)\n"
        " return meta(name, tuple(kept), ns)\n"
        "def _form_name(tp):\n"
        " o = getattr(tp, '__origin__', None)\n"
        " return '' if o is None or isinstance(o, type) else repr(o)[7:]\n"
        "def assert_never(arg, /):\n"
        " value = repr(arg)\n"
        " if len(value) > 100: value = value[:100] + '...'\n"
        " raise AssertionError(f'Expected code to be unreachable, but got: {value}')\n"
        "def assert_type(val, typ, /): return val\n"
        "def reveal_type(obj, /):\n"
        " import sys\n"
        " print(f'Runtime type is {type(obj).__name__!r}', file=sys.stderr)\n"
        " return obj\n"
        "def dataclass_transform(*, eq_default=True, order_default=False, kw_only_default=False, field_specifiers=(), **kwargs):\n"
        " def decorator(cls_or_fn):\n"
        "  cls_or_fn.__dataclass_transform__ = {'eq_default': eq_default, 'order_default': order_default,"
        " 'kw_only_default': kw_only_default, 'field_specifiers': field_specifiers, 'kwargs': kwargs}\n"
        "  return cls_or_fn\n"
        " return decorator\n"
        "def is_typeddict(tp): return isinstance(tp, _TypedDictMeta)\n"
        "def no_type_check(arg):\n"
        " if isinstance(arg, type):\n"
        "  for key in dir(arg):\n"
        "   obj = getattr(arg, key)\n"
        "   if (not hasattr(obj, '__qualname__') or obj.__qualname__ != f'{arg.__qualname__}.{obj.__name__}'\n"
        "       or getattr(obj, '__module__', None) != arg.__module__): continue\n"
        "   if isinstance(obj, type(no_type_check)): obj.__no_type_check__ = True\n"
        "   if isinstance(obj, type(_Meth().m)): obj.__func__.__no_type_check__ = True\n"
        "   if isinstance(obj, type): no_type_check(obj)\n"
        " try: arg.__no_type_check__ = True\n"
        " except (TypeError, AttributeError): pass\n"
        " return arg\n"
        "class _Meth:\n"
        " def m(self): pass\n"
        "_overload_registry = {}\n"
        "def _overload_dummy(*args, **kwds):\n"
        " raise NotImplementedError('You should not call an overloaded function. A series of @overload-decorated functions "
        "outside a stub module should always be followed by an implementation that is not @overload-ed.')\n"
        "def overload(func):\n"
        " f = getattr(func, '__func__', func)\n"
        " try:\n"
        "  _overload_registry.setdefault(f.__module__, {}).setdefault(f.__qualname__, {})[f.__code__.co_firstlineno] = func\n"
        " except AttributeError:\n"
        "  pass\n"
        " return _overload_dummy\n"
        "def get_overloads(func):\n"
        " f = getattr(func, '__func__', func)\n"
        " return list(_overload_registry.get(f.__module__, {}).get(f.__qualname__, {}).values())\n"
        "def clear_overloads(): _overload_registry.clear()\n"
        "def get_origin(tp):\n"
        " import types\n"
        " if isinstance(tp, types.UnionType): return types.UnionType\n"
        " if not isinstance(tp, types.GenericAlias): return None\n"
        " o, n = tp.__origin__, _form_name(tp)\n"
        " if not n: return o\n"
        " if n == 'Optional':\n"
        "  import typing\n"
        "  return typing.Union\n"
        " b = _typing_base(n)\n"
        " return o if b is None else b\n"
        "def get_args(tp):\n"
        " import types\n"
        " if isinstance(tp, types.UnionType): return tp.__args__\n"
        " if not isinstance(tp, types.GenericAlias): return ()\n"
        " a, n = tp.__args__, _form_name(tp)\n"
        " if n not in ('Union', 'Optional'): return a\n"
        " r = []\n"
        " for x in a + ((None,) if n == 'Optional' else ()):\n"
        "  for y in get_args(x) if _form_name(x) in ('Union', 'Optional') else (x,):\n"
        "   y = type(None) if y is None else y\n"
        "   if y not in r: r.append(y)\n"
        " return tuple(r)\n"
        "def _hint(v, g, l):\n"
        " import types\n"
        " if v is None: return type(None)\n"
        " if isinstance(v, str): return _hint(eval(v, g, l), g, l)\n"
        " if not isinstance(v, types.GenericAlias) or _form_name(v) in ('Literal', 'Annotated'): return v\n"
        " a = tuple(_hint(x, g, l) if isinstance(x, (str, types.GenericAlias)) else x for x in v.__args__)\n"
        " if all(x is y for x, y in zip(a, v.__args__)): return v\n"
        " return v.__origin__[a[0] if len(a) == 1 else a]\n"
        "def _strip(t):\n"
        " return get_args(t)[0] if _form_name(t) == 'Annotated' else t\n"
        "def get_type_hints(obj, globalns=None, localns=None, include_extras=False):\n"
        " import sys, types\n"
        " hints = {}\n"
        " if isinstance(obj, type):\n"
        "  for base in reversed(obj.__mro__):\n"
        "   g = getattr(sys.modules.get(base.__module__, None), '__dict__', {}) if globalns is None else globalns\n"
        "   l = dict(vars(base)) if localns is None else localns\n"
        "   if localns is None and globalns is None: g, l = l, g\n"
        "   for name, value in base.__dict__.get('__annotations__', {}).items(): hints[name] = _hint(value, g, l)\n"
        " else:\n"
        "  if isinstance(obj, types.ModuleType):\n"
        "   if globalns is None: globalns = obj.__dict__\n"
        "  else:\n"
        "   ns = obj\n"
        "   while hasattr(ns, '__wrapped__'): ns = ns.__wrapped__\n"
        "   if globalns is None: globalns = getattr(ns, '__globals__', {})\n"
        "  if localns is None: localns = globalns\n"
        "  ann = getattr(obj, '__annotations__', None)\n"
        "  if ann is None:\n"
        "   if callable(obj) or isinstance(obj, types.ModuleType): return {}\n"
        "   raise TypeError('{!r} is not a module, class, method, or function.'.format(obj))\n"
        "  for name, value in dict(ann).items(): hints[name] = _hint(value, globalns, localns)\n"
        " return hints if include_extras else {k: _strip(t) for k, t in hints.items()}\n";
    static py_obj *globals;
    if (!globals) {
        globals = py_dict_new();
        py_obj *bm = globals ? py_import(py_str_intern("builtins")) : NULL;
        if (bm) py_dict_set_s(globals, "__builtins__", bm);
        py_xdecref(bm);
        py_obj *r = bm ? py__compile_string(src, "<frozen typing>", globals) : NULL;
        if (!r) { PY_CLEAR(globals); return NULL; }
        py_decref(r);
    }
    py_obj *f = py_dict_get_s(globals, fname);
    return f ? f : py_err_set(py_exc_SystemError, "%s", fname);
}
/* typing's get_origin, get_args and get_type_hints (borrowed) */
py_obj *py__typing_fn(const char *fname) { return forms_fn(fname); }
py_obj *py__class_of_forms(py_obj *name, py_obj *bases, py_obj *ns, py_obj *kw) {
    py_obj *f = forms_fn("_class_of_forms");
    py_obj *args[4] = { name, bases, ns, kw ? kw : PY_NONE };
    return f ? py_call(f, args, 4, NULL) : NULL;
}
/* The class that stands for typing's form in isinstance() and issubclass()
 * (typing.Sized: collections.abc.Sized), or None (a new reference). */
py_obj *py__typing_base(py_obj *form) {
    py_obj *f = forms_fn("_typing_base"), *r = f ? py_repr(form) : NULL;
    py_obj *n = r && !strncmp(py_s(r), "typing.", 7) ? py_str_c(py_s(r) + 7) : NULL;
    py_obj *b = n ? py_call1(f, n) : r ? py_none() : NULL;
    py_xdecref(n);
    py_xdecref(r);
    return b;
}

/* collections.abc: the library's _collections_abc, as collections' abc
 * attribute and sys.modules['collections.abc'] (as CPython's). */
static int collections_abc(py_obj *collections) {
    py_obj *d = ((py_module *)collections)->dict;
    if (py_dict_get_s(d, "abc")) return 0;
    py_obj *m = py__small_module("_collections_abc");
    if (!m) return -1;
    int r = py_dict_set_s(d, "abc", m) < 0 || py_dict_set_s(py__interp.modules, "collections.abc", m) < 0 ? -1 : 0;
    /* and the classes made on its mixins: ChainMap, UserDict, UserList (lib/collections.py) */
    py_obj *f = r ? NULL : py_dict_get_s(d, "_abc_classes");
    py_obj *x = f ? py_call1(f, m) : NULL;
    if (f && !x) r = -1;
    py_xdecref(x);
    py_decref(m);
    return r;
}
/* `import asyncio.tasks`: the submodule made (asyncio_sub), so that `from
 * asyncio.tasks import ...` finds it; 0, or -1 with an error. */
static int import_asyncio_sub(py_obj *asyncio, const char *sub) {
    int i = asyncio_sub_index(sub);
    py_obj *m = i >= 0 ? asyncio_sub(asyncio, i) : NULL;
    py_xdecref(m);
    return i < 0 || m ? 0 : -1;
}

py_obj *py_import(py_obj *name) {
    /* importing may import again (collections.abc's classes, typing's forms) */
    if (py__stack_low()) return py_err_set(py_exc_RecursionError, "maximum recursion depth exceeded");
    if (!py__interp.modules) py__interp.modules = py_dict_new();
    const char *n = py_s(name);
    const char *dot = strchr(n, '.');
    py_obj *top = dot ? py_str_new(n, (size_t)(dot - n)) : py_incref(name);
    py_obj *m = py_dict_get(py__interp.modules, top);
    if (m) {
        py_decref(top);
        if (dot && check_submodule(n, dot) < 0) return NULL;
        if (!strcmp(n, "collections.abc") && collections_abc(m) < 0) return NULL;
        if (!strncmp(n, "asyncio.", 8) && import_asyncio_sub(m, n + 8) < 0) return NULL;
        if (!strcmp(n, "os.path") && !py_dict_get_s(((py_module *)m)->dict, "path")) {
            py_obj *p = os_path(m);
            if (!p) return NULL;
            py_decref(p);
        }
        return py_incref(m);
    }
    const char *t = py_s(top);
    if (!strcmp(t, "asyncio")) m = py__asyncio_module();
    else if (!strcmp(t, "time")) m = py__time_module();
    else if (!strcmp(t, "random")) m = py__random_module();
    else if (!strcmp(t, "math")) m = py__math_module();
    else if (!strcmp(t, "cmath")) m = py__cmath_module();
    else if (!strcmp(t, "sys")) m = py__sys_module();
    else if (!strcmp(t, "contextvars")) m = py__contextvars_module();
    else if (!strcmp(t, "__future__")) m = future_module();
    else if (!strcmp(t, "builtins")) {
        /* Its namespace is the one names are looked up in (CPython's
         * builtins module's dict is the interpreter's builtins): what the
         * program sets on it, `builtins._ = value`, is a built-in name. */
        m = py_module_new("builtins");
        if (m) {
            py_dict_update(py__interp.builtins, ((py_module *)m)->dict); /* __name__, __doc__ */
            PY_SETREF(((py_module *)m)->dict, py_incref(py__interp.builtins));
        }
        if (m) ((py_module *)m)->lazy = py__builtins_module_lazy; /* ExceptionGroup & co. (exc.c) */
    } else {
        m = py__small_module(t);
        if (!m && !py_err_occurred()) {
            if (py__in_words(stdlib_names, t)) py_err_set(py_exc_ModuleNotFoundError, "module '%s' is not supported by casyncio's Python", t);
            else {
                py_obj *e = py_exc_new_msg(py_exc_ModuleNotFoundError, "");
                py_obj *msg = py_str_fmt("No module named '%s'", t);
                py_obj *args = py_tuple_pack(1, msg);
                py_decref(msg);
                PY_SETREF(((py_exc *)e)->args, args);
                py_dict_set_s(((py_exc *)e)->dict, "name", top);
                py_err_set_exc(e);
            }
        }
    }
    if (m && !strcmp(t, "concurrent")) py_dict_set_s(((py_module *)m)->dict, "futures", m); /* concurrent.futures is the module itself */
    if (m && !strcmp(t, "collections")) ((py_module *)m)->lazy = collections_abc; /* collections.abc without importing it, as CPython's */
    if (m) py_dict_set(py__interp.modules, top, m);
    py_decref(top);
    if (m && dot && check_submodule(n, dot) < 0) PY_CLEAR(m); /* the top module stays imported, as in CPython */
    if (m && !strcmp(n, "collections.abc") && collections_abc(m) < 0) PY_CLEAR(m);
    if (m && !strncmp(n, "asyncio.", 8) && import_asyncio_sub(m, n + 8) < 0) PY_CLEAR(m);
    if (m && !strcmp(n, "os.path") && !py_dict_get_s(((py_module *)m)->dict, "path")) {
        py_obj *p = os_path(m);
        if (p) py_decref(p);
        else PY_CLEAR(m);
    }
    return m;
}

/* ---- running the program -------------------------------------------------------------- */

typedef struct program {
    py_code *code;
    py_obj *globals;
    int status;
    int uncaught; /* ended by an exception CPython prints (sys.last_traceback keeps it) */
} program;

int py__unhandled_ki;
int py__uncaught;

/* Prints an uncaught exception through sys.excepthook, as CPython's
 * PyErr_Print: a hook the program set is called (and if it raises, both
 * tracebacks are printed), sys's own prints the traceback.  -1, or the
 * exit status of a SystemExit the hook raised. */
/* The exit status of an uncaught SystemExit, its message printed as
 * CPython's handle_system_exit prints it. */
static int system_exit_status(py_obj *exc) {
    py_obj *code = py_dict_get_s(((py_exc *)exc)->dict, "code");
    if (!code || code == PY_NONE) return 0;
    if (PY_IS_INT(code)) {
        int ov;
        return (int)(py_int_val(code, &ov) & 0xff);
    }
    py_obj *s = py_str(code);
    if (s) {
        py_write(2, py_s(s), py_slen(s));
        py_write(2, "\n", 1);
        py_decref(s);
    } else py_err_clear();
    return 1;
}

/* Prints an uncaught exception through sys.excepthook, as CPython's
 * PyErr_Print: a hook the program set is called (and if it raises, both
 * tracebacks are printed), sys's own prints the traceback.  -1, or the
 * exit status of a SystemExit the hook raised. */
static int print_uncaught(py_obj *exc) {
    py_obj *sys = py_dict_get_s(py__interp.modules, "sys");
    py_obj *hook = sys ? py_dict_get_s(((py_module *)sys)->dict, "excepthook") : NULL;
    if (!sys || (hook && PY_TYPE(hook) == &py_cfunc_type && !strcmp(((py_cfunc *)hook)->def->name, "excepthook"))) {
        py_print_exception(exc, 2);
        return -1;
    }
    if (!hook) {
        py_out_flush();
        py_writes(2, "sys.excepthook is missing\n");
        py_print_exception(exc, 2);
        return -1;
    }
    py_obj *a[3] = { (py_obj *)PY_TYPE(exc), exc, ((py_exc *)exc)->tb ? ((py_exc *)exc)->tb : PY_NONE };
    py_obj *r = py_call(hook, a, 3, NULL);
    if (r) { py_decref(r); return -1; }
    py_obj *e = py_err_fetch();
    if (!e) return -1;
    int st = -1;
    if (py_isinst(e, py_exc_SystemExit)) st = system_exit_status(e);
    else {
        py_out_flush();
        py_writes(2, "Error in sys.excepthook:\n");
        py_print_exception(e, 2);
        py_writes(2, "\nOriginal exception was:\n");
        py_print_exception(exc, 2);
    }
    py_decref(e);
    return st;
}

/* Prints an uncaught exception as sys.excepthook and gives the status. */
int py__report_uncaught(py_obj *exc) {
    if (py_isinst(exc, py_exc_SystemExit)) return system_exit_status(exc);
    int st = print_uncaught(exc);
    if (st >= 0) return st;
    if (py_isinst(exc, py_exc_KeyboardInterrupt)) {
        py__unhandled_ki = 1;
        return 130;
    }
    return 1;
}

/* Natively the module level runs on the process's own stack: where C
 * calls Python again (an lru_cache'd recursion under a raised
 * sys.setrecursionlimit) py__stack_low_py() stops it near that stack's
 * end (its limit, 8 MiB where none is set, less what runs above this
 * frame: 256 KiB is more than start-up uses), not at a count of levels. */
static void main_stack_floor(void) {
#ifndef __EMSCRIPTEN__
    size_t size = 8u << 20;
    struct rlimit rl;
    if (getrlimit(RLIMIT_STACK, &rl) == 0 && rl.rlim_cur != RLIM_INFINITY && rl.rlim_cur < size) size = rl.rlim_cur;
    if (size > PY_STACK_MARGIN + (512u << 10))
        py__main_ts.stack_floor = (char *)__builtin_frame_address(0) - (size - PY_STACK_MARGIN - (256u << 10));
#endif
}

static int program_body(void *arg, cas_value *result) {
    (void)result;
    program *p = arg;
    main_stack_floor();
    py__resume_token = p->code; /* the program's own frame may suspend (eval.c) */
    py_obj *r = py_eval_code(p->code, p->globals, p->globals);
    py__resume_token = NULL;
    if (r) {
        py_decref(r);
        p->status = 0;
    } else {
        py_obj *e = py_err_fetch();
        p->status = e ? py__report_uncaught(e) : 1;
        p->uncaught = e && !py_isinst(e, py_exc_SystemExit);
        py__uncaught = p->uncaught;
        /* Raised through a task (a coroutine's frame in its traceback),
         * CPython's exception is in a cycle (the task holds it, its step's
         * frame holds the task): what it keeps dies at the last collection,
         * after the modules, not as sys.last_traceback is cleared */
        for (py_tb *t = e ? (py_tb *)((py_exc *)e)->tb : NULL; t; t = t->next)
            if (t->code->flags & PY_CO_COROUTINE) py__uncaught = 2;
        py_xdecref(e);
    }
    py__threads_shutdown();
    py__atexit_run();
    py__asyncio_reported();
    py__asyncio_end_kept();
    py_out_flush();
    return 0;
}

static int initialised;

void py__init(void) {
    if (initialised) return;
    initialised = 1;
    py__builtins_init();
    py__interp.modules = py_dict_new();
}

/* Line events (docs/events.md, "line"): set by an embedder before
 * py_run_program to have the program's lines reported (eval.c). */
int py__lines;
extern py_source *py__line_source;

/* CPython's __main__.__loader__: a SourceFileLoader of the program's
 * file, or for a program read from stdin the BuiltinImporter class. */
static py_obj *main_loader(py_obj *fn) {
    int from_stdin = !strcmp(py_s(fn), "<stdin>");
    py_obj *name = py_str_c(from_stdin ? "BuiltinImporter" : "SourceFileLoader");
    py_obj *bases = py_tuple_pack(0);
    py_obj *ns = py_dict_new();
    py_obj *mod = py_str_c(from_stdin ? "_frozen_importlib" : "_frozen_importlib_external");
    py_obj *cls = NULL;
    if (name && bases && ns && mod && py_dict_set_s(ns, "__module__", mod) == 0) {
        py_obj *a[3] = { name, bases, ns };
        cls = py_call((py_obj *)&py_type_type, a, 3, NULL);
    }
    py_xdecref(name);
    py_xdecref(bases);
    py_xdecref(ns);
    py_xdecref(mod);
    if (!cls || from_stdin) return cls;
    py_obj *l = py_call0(cls);
    py_decref(cls);
    if (l && (py_setattr_s(l, "name", py_str_intern("__main__")) < 0 || py_setattr_s(l, "path", fn) < 0)) PY_CLEAR(l);
    return l;
}
/* The names CPython's __main__ starts with, in its order. */
static void main_globals(py_obj *g, py_obj *fn) {
    py_obj *loader = main_loader(fn);
    py_obj *ann = py_dict_new();
    py_obj *bm = py_import(py_str_intern("builtins"));
    if (!loader || !ann || !bm || py_dict_set_s(g, "__package__", PY_NONE) < 0 || py_dict_set_s(g, "__loader__", loader) < 0 ||
        py_dict_set_s(g, "__spec__", PY_NONE) < 0 || py_dict_set_s(g, "__annotations__", ann) < 0 ||
        py_dict_set_s(g, "__builtins__", bm) < 0 || py_dict_set_s(g, "__file__", fn) < 0 || py_dict_set_s(g, "__cached__", PY_NONE) < 0)
        py_err_clear();
    py_xdecref(loader);
    py_xdecref(ann);
    py_xdecref(bm);
}

int py_run_program(const char *src, size_t len, const char *filename) {
    py__init();
    py_arena *arena = pyarena_new();
    py_syntax_error err;
    memset(&err, 0, sizeof err);
    py__parse_file = 1;
    const char *text = py__source_text ? src : py_source_decode(arena, src, &len, &err); /* PEP 263 */
    pyast_module *m = text ? py_parse(arena, src = text, len, filename, &err) : NULL;
    py__parse_file = 0;
    py_warnings warnings = {0};
    const py_symtable *table = NULL;
    py_source *source = py_source_new(src, len, filename);
    /* the compiler's warnings, also those before its error, as CPython prints them */
    if (m && py_check_warn(arena, m, src, len, &err, &warnings, &table) < 0) {
        m = NULL;
        if (!strcmp(filename, "<stdin>")) err.text = NULL; /* as exec's: CPython reads the line from the file */
    }
    py__print_syntax_warnings(source, &warnings);
    if (!m) {
        if (err.lineno == PY_SE_NONE) { /* too deep, or out of memory: no place, as CPython prints them */
            py_writes(2, err.type);
            if (err.msg[0]) { py_writes(2, ": "); py_writes(2, err.msg); }
            py_writes(2, "\n");
        } else py_print_syntax_error(err.type, err.msg, filename, err.lineno, err.offset, err.end_lineno, err.end_offset,
                                   err.text, 2);
        py_decref(source);
        pyarena_free(arena);
        py_out_flush();
        return 1;
    }
    py__interp.source = source;
    py__line_source = py__lines ? source : NULL; /* eval.c: the program's lines, not the prelude's */
    py_obj *code = py_compile(m, table, source);
    pyarena_free(arena);
    if (!code) {
        py_obj *e = py_err_fetch();
        int st = e ? py__report_uncaught(e) : 1;
        py_xdecref(e);
        return st;
    }
    py_obj *mod = py_module_new("__main__");
    py__interp.main = mod;
    py_dict_set(py__interp.modules, ((py_module *)mod)->name, mod);
    py_obj *g = ((py_module *)mod)->dict;
    if (py__main_name) {
        py_obj *nm = py_str_c(py__main_name);
        if (nm) py_dict_set_s(g, "__name__", nm);
        py_xdecref(nm);
    }
    py_obj *fn = py_str_c(filename);
    main_globals(g, fn);
    py_decref(fn);
    program p = { (py_code *)code, g, 1, 0 };
    cas_main(program_body, &p);
    py_out_flush();
    /* tear down __main__ as CPython does at exit: objects die, coroutines
     * never awaited warn (from "sys", no frame running) */
    py__finalizing = 1;
    py_dict_del(py__interp.modules, ((py_module *)mod)->name);
    py_err_clear();
    py_obj *keys = py_sequence_list(g);
    if (keys) {
        for (size_t i = 0; i < PY_LLEN(keys); i++) {
            py_obj *k = PY_LITEM(keys, i);
            if (!py_str_eqc(k, "__builtins__")) py_dict_set(g, k, PY_NONE);
        }
        py_decref(keys);
    }
    py_err_clear();
    py_decref(mod);
    py_decref(code);
    py__finalizing = p.uncaught ? 1 : 2;
    py__asyncio_at_exit();
    py__gc_finalize_all();
    py__finalizing = 0;
    py_out_flush();
    py__line_source = NULL;
    return p.status;
}

/* The program's __name__: "__main__" unless a host set another (the
 * exercise checker runs a program as a module, so that its
 * `if __name__ == '__main__':` block stays out of the way). */
const char *py__main_name;
int py__source_text;

/* A SyntaxError exception from the parser's record, with CPython's attributes
 * (msg, filename, lineno, offset, text, end_lineno, end_offset), for exec()
 * and eval(); the traceback printer lays it out as CPython does. */
static py_obj *syntax_exc(const py_syntax_error *err, const char *filename) {
    py_type *t = !strcmp(err->type, "IndentationError") ? py_exc_IndentationError
               : !strcmp(err->type, "TabError") ? py_exc_TabError
               : !strcmp(err->type, "RecursionError") ? py_exc_RecursionError
               : !strcmp(err->type, "MemoryError") ? py_exc_MemoryError : py_exc_SyntaxError;
    if (t == py_exc_RecursionError || t == py_exc_MemoryError) return py_err_set(t, "%s", err->msg);
    /* its args: (msg, (filename, lineno, offset, text, end_lineno, end_offset)), as CPython's */
    const char *names[7] = { "msg", "filename", "lineno", "offset", "text", "end_lineno", "end_offset" };
    int vals[7] = { 0, 0, err->lineno, err->offset, 0, err->end_lineno, err->end_offset };
    py_obj *v[7] = { py_str_c(err->msg), py_str_c(filename), NULL, NULL, err->text ? py_str_c(err->text) : py_none() };
    for (int i = 2; i < 7; i++)
        if (i != 4) v[i] = vals[i] == PY_SE_NONE ? py_none() : py_int(vals[i]);
    py_obj *where = NULL, *args = NULL, *e = NULL;
    int ok = 1;
    for (int i = 0; i < 7; i++) ok &= v[i] != NULL;
    if (ok && (where = py_tuple_pack(6, v[1], v[2], v[3], v[4], v[5], v[6])) && (args = py_tuple_pack(2, v[0], where)))
        e = py_exc_new(t, args);
    for (int i = 0; i < 7 && e; i++) py_dict_set_s(((py_exc *)e)->dict, names[i], v[i]);
    for (int i = 0; i < 7; i++) py_xdecref(v[i]);
    py_xdecref(where);
    py_xdecref(args);
    if (e) py_err_set_exc(e);
    return NULL;
}

/* exec()'s source (mode 1) and eval()'s (mode 2) compiled as "<string>" code whose
 * names are looked up in its locals, then its globals: the code, or NULL with the
 * SyntaxError raised. */
py_obj *py__compile_source_as(py_obj *src, int mode, const char *filename);
py_obj *py__compile_source(py_obj *src, int mode) { return py__compile_source_as(src, mode, "<string>"); }
/* The same for compile(source, filename, mode): the code's file is
 * filename.  One that is not "<...>" names a file CPython's tracebacks
 * read their lines from: no such file here, so linecache falls back on the
 * __loader__ of the globals the code runs in, __main__'s, and shows the
 * program's own lines at those numbers (as CPython does for exec() of it
 * where it has no file of that name). */
/* The parse of compile()'s source in mode (1 'exec', 2 'eval', 3
 * 'single'): the module, or NULL with *err filled. */
static pyast_module *parse_mode(py_arena *arena, const char *text, size_t len, int mode, const char *filename,
                                py_syntax_error *err_) {
    py_syntax_error err;
    memset(&err, 0, sizeof err);
    py__parse_exec = mode == 1;
    py__parse_str = 1;
    pyast_module *m = py_parse(arena, text, len, filename, &err);
    py__parse_exec = py__parse_str = 0;
    if (!m && mode == 2 && !strcmp(err.msg, "invalid syntax") && err.text && err.lineno > 0 &&
        err.offset == (int)strlen(err.text) + 1 && !memchr(text, '\n', len)) {
        /* eval()'s source ends without a newline: CPython's parser of mode 'eval' meets its
         * end marker at offset 0 (no caret) */
        err.offset = err.end_offset = 0;
    }
    if (m && mode == 2 && (m->body.n != 1 || m->body.items[0]->kind != PYAST_Expr)) {
        /* a statement where eval() wants an expression: CPython's parser of mode 'eval' stops at
         * the first token that does not continue one (the '=' of an assignment, a keyword...) */
        static char line[1000];
        pyast_stmt *st = m->body.n ? m->body.items[0] : NULL;
        err.type = "SyntaxError";
        snprintf(err.msg, sizeof err.msg, "invalid syntax");
        if (!st) {
            err.lineno = err.offset = err.end_lineno = err.end_offset = 0;
            err.text = "";
        } else {
            int ln = st->pos.lineno, col = st->pos.col_offset;
            pyast_expr *after = st->kind == PYAST_Expr ? st->v.Expr.value
                              : st->kind == PYAST_Assign ? st->v.Assign.targets.items[0]
                              : st->kind == PYAST_AugAssign ? st->v.AugAssign.target
                              : st->kind == PYAST_AnnAssign ? st->v.AnnAssign.target : NULL;
            /* the line's text and the byte column of the token after `after` */
            const char *ls = text;
            for (int k = 1; k < (after ? after->pos.end_lineno : ln) && ls; k++) {
                ls = memchr(ls, '\n', len - (size_t)(ls - text));
                if (ls) ls++;
            }
            if (!ls) ls = text;
            if (after) {
                ln = after->pos.end_lineno;
                col = after->pos.end_col_offset;
                const char *q = ls + col;
                while (q < text + len && (*q == ' ' || *q == '\t')) q++;
                if (q >= text + len || *q == '\n' || *q == '#') {
                    if (m->body.n > 1) { /* the next statement, on a line of its own */
                        ln = m->body.items[1]->pos.lineno;
                        col = m->body.items[1]->pos.col_offset;
                        ls = text;
                        for (int k = 1; k < ln && ls; k++) {
                            ls = memchr(ls, '\n', len - (size_t)(ls - text));
                            if (ls) ls++;
                        }
                        if (!ls) ls = text;
                    }
                } else col = (int)(q - ls);
            }
            const char *le = memchr(ls, '\n', len - (size_t)(ls - text));
            size_t ll = le ? (size_t)(le - ls) : len - (size_t)(ls - text);
            if (ll >= sizeof line) ll = sizeof line - 1;
            memcpy(line, ls, ll);
            line[ll] = 0;
            /* the token's length: a name or keyword, an operator, else one character */
            int tl = 0;
            const char *tk = line + (col < (int)ll ? col : (int)ll);
            if (isalnum((unsigned char)*tk) || *tk == '_')
                while (isalnum((unsigned char)tk[tl]) || tk[tl] == '_') tl++;
            else
                while (tk[tl] && strchr("+-*/%&|^<>=!:@.~", tk[tl]) && tl < 3) tl++;
            if (!tl) tl = 1;
            err.lineno = err.end_lineno = ln;
            err.offset = col + 1;
            err.end_offset = col + 1 + tl;
            err.text = line;
        }
        m = NULL;
    }
    *err_ = err;
    return m;
}
py_obj *py__compile_source_as(py_obj *src, int mode, const char *filename) {
    const char *text = py_s(src);
    size_t len = py_slen(src);
    size_t fnl = strlen(filename);
    int no_file_lines = !(fnl > 1 && filename[0] == '<' && filename[fnl - 1] == '>');
    if (mode == 2) /* eval() skips leading spaces and tabs, as CPython's */
        while (len && (*text == ' ' || *text == '\t')) { text++; len--; }
    py_arena *arena = pyarena_new();
    if (!arena) return py_err_nomem();
    py_syntax_error err;
    pyast_module *m = parse_mode(arena, text, len, mode, filename, &err);
    py_warnings warnings = {0};
    const py_symtable *symt = NULL;
    py_source *mainsrc = py__interp.source;
    py_source *source = no_file_lines ? py_source_new(mainsrc ? mainsrc->text : "", mainsrc ? mainsrc->len : 0, filename)
                                      : py_source_new(text, len, filename);
    if (source && no_file_lines) source->lazy = 1;
    /* the compiler's errors (check.c) have no text: CPython reads the line from the file, and "<string>" is none */
    if (m && py_check_warn(arena, m, text, len, &err, &warnings, &symt) < 0) { m = NULL; err.text = NULL; }
    if (source) py__print_syntax_warnings(source, &warnings);
    py_obj *code = m && source ? py_compile_mode(m, symt, source, mode) : NULL;
    if (!m) syntax_exc(&err, filename);
    pyarena_free(arena);
    py_xdecref(source);
    return code;
}

/* compile(src, filename, mode, PyCF_ONLY_AST), ast.parse()'s: the tree of
 * the parse alone (the compiler's errors, 'return' outside function..., are
 * not raised, as in CPython), as _ast's nodes (python/lib/_ast.py builds
 * them from the parser's ast.dump text). */
py_obj *py__parse_ast(py_obj *src, int mode, const char *filename) {
    py_arena *arena = pyarena_new();
    if (!arena) return py_err_nomem();
    py_syntax_error err;
    pyast_module *m = parse_mode(arena, py_s(src), py_slen(src), mode, filename, &err);
    char *dump = m ? pyast_dump(m, 1) : NULL;
    if (!m) syntax_exc(&err, filename);
    pyarena_free(arena);
    if (!m) return NULL;
    if (!dump) return py_err_nomem();
    py_obj *text = py_str_c(dump);
    free(dump);
    py_obj *mod = text ? py_import(py_str_intern("_ast")) : NULL;
    py_obj *build = mod ? py_getattr_s(mod, "_build") : NULL;
    py_obj *a[2] = { text, build ? py_int(mode) : NULL };
    py_obj *r = a[1] ? py_call(build, a, 2, NULL) : NULL;
    py_xdecref(a[1]);
    py_xdecref(build);
    py_xdecref(mod);
    py_xdecref(text);
    return r;
}

/* Compiles and runs src in globals (dataclasses' generated methods).
 * Returns the module code's result (None) or NULL. */
py_obj *py__compile_string(const char *src, const char *filename, py_obj *globals) {
    py_arena *arena = pyarena_new();
    py_syntax_error err;
    size_t len = strlen(src);
    pyast_module *m = py_parse(arena, src, len, filename, &err);
    py_warnings warnings = {0};
    const py_symtable *st = NULL;
    py_source *source = py_source_new(src, len, filename);
    if (m && py_check_warn(arena, m, src, len, &err, &warnings, &st) < 0) m = NULL;
    py__print_syntax_warnings(source, &warnings);
    if (!m) {
        py_decref(source);
        pyarena_free(arena);
        return py_err_set(py_exc_SyntaxError, "%s", err.msg);
    }
    py_obj *code = py_compile(m, st, source);
    pyarena_free(arena);
    py_decref(source);
    if (!code) return NULL;
    py_obj *r = py_eval_code((py_code *)code, globals, globals);
    py_decref(code);
    return r;
}
