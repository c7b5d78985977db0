/*
 * eval.c -- the evaluator: functions, frames on the heap, the bytecode
 * loop, generators and coroutines.
 *
 * A Python-to-Python call does not recurse in C: CALL makes the callee's
 * frame and the same loop goes on running it; RETURN_VALUE hands the
 * result back to the caller's frame.  `await coro()` is the same: the
 * coroutine's frame is run inline in the awaiting task, as CPython does.
 * The loop recurses in C only where C code calls back into Python (a key
 * function of sorted, __init__ from a class call, __repr__ from print) and
 * to resume a generator.  So a task that sleeps keeps a few hundred bytes
 * of C stack whatever its Python depth, and RecursionError comes from a
 * count of Python frames, at CPython's limit.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "casyncio.h"
#include "opcode.h"
#include "py.h"

/* py_incref, py_decref and py_xdecref inline in this file: -Oz leaves
 * calls, and V8 inlines none in wasm (py_decref alone was a twentieth of
 * sum(i * i for i in range(10 ** 6)), py_incref an eighth of a Python
 * call) */
static inline __attribute__((always_inline)) py_obj *fast_incref(void *o) { ((py_obj *)o)->rc++; return (py_obj *)o; }
static inline __attribute__((always_inline)) void fast_decref(void *o) { if (--((py_obj *)o)->rc == 0) py__dealloc((py_obj *)o); }
static inline __attribute__((always_inline)) void fast_xdecref(void *o) { if (o) fast_decref(o); }
#define py_incref fast_incref
#define py_decref fast_decref
#define py_xdecref fast_xdecref

int py__recursion_limit = 1000; /* sys.setrecursionlimit */
#define RECURSION_LIMIT py__recursion_limit
/* How deep C may call back into Python (a __getattr__, a key function, a
 * generator resumed by next()...): the C stack holds it.  Natively a task
 * runs on a run stack of 256 KiB, which holds 400 such levels (where a
 * level takes more, py__stack_low_py() stops it first, cstack.h); the
 * program's own stack (module level, 8 MiB) more than CPython's limit, so
 * there Python's count decides, and past a limit raised by
 * sys.setrecursionlimit() the stack's end (run.c's main_stack_floor),
 * where CPython's process would crash.  In wasm, V8's own stack (984 KB,
 * which no page can change) holds each level's wasm frames too: about 700 levels
 * on the heaviest paths measured (a dict's key __eq__ comparing again, 1.4
 * KB a level).  Such a recursion raises RecursionError earlier than
 * CPython's there (docs/python.md); a property, __getattr__ and
 * __setattr__ do not go through C (eval_loop's attribute frames). */
#ifdef __EMSCRIPTEN__
#define C_RECURSION_LIMIT 560
#else
#define C_RECURSION_LIMIT (py__ts->task ? 400 : 100000) /* the module level: its stack's end stops it (run.c) */
#endif

#define c_depth (py__ts->cdepth) /* per task: each task has its own C stack */
volatile int py__interrupt;
/* Embedders' hook (python/tools/wasm_entry.c): called every 65,536
 * backward jumps, so that a host with one thread (wasm) gets a turn in
 * `while True: pass` and can set py__interrupt. */
void (*py__tick_fn)(void);
unsigned py__ticks;

/* Line events for stepping (cas_event_line): the source whose lines are
 * reported (the program's own, not the prelude's), NULL when off (the
 * default).  A frame of that source runs with `lines` set; then an
 * instruction reports its line when the line differs from the last one
 * reported or another task runs it (a task resuming shows where it is). */
py_source *py__line_source;
static const cas_task *line_task;
static int line_no;

static void line_event(const py_frame *f, int ip) {
    int line = f->code->locs[ip].lineno;
    const cas_task *task = cas_current_task();
    if (line < 1 || (line == line_no && task == line_task)) return;
    line_task = task;
    line_no = line;
    cas_event_line(line);
}

/*
 * Suspending under Asyncify (wasm).  A task suspends by unwinding its C
 * stack, which works only through the functions Asyncify instruments
 * (python.mk's PY_SUSPEND: the evaluator, the task and program entries, the
 * awaits, time.sleep, asyncio.run, and the C code that calls back into
 * Python most: the builtins that consume an iterator or call a key
 * function, through py__next_resumable and py__call_resumable; map,
 * filter, enumerate, zip; print, str, repr, len, hash, format, str.format;
 * sorting; index(); the slots behind the operators, comparisons, `in`,
 * truth, [], attributes (a property, __getattr__, a descriptor, a class's
 * descriptor), iteration and calls of a class's instance, __index__; the
 * containers' reprs, comparisons and `in`, which pass it on to their
 * items; a tuple's hash; a dict's and a set's probe comparing a stored key
 * on a hash collision).  Any other C function (a __del__ run by a dealloc,
 * dict.setdefault()...) that is on the stack when a task suspends would be
 * resumed wrongly, so such a nesting must never suspend.
 * Each run() activation therefore knows whether the C frames between it
 * and the run() below are all instrumented: an instrumented caller puts
 * what it is about to run (a generator, a function) in py__resume_token
 * just before the call, and the activation that finds its own object there
 * is safe; every other activation counts in py__unsafe.  A turn for the
 * host (the tick) waits while py__unsafe is not 0; an await or asyncio.run
 * there raises RuntimeError and time.sleep busy-waits (modules.c).  Natively
 * every C stack is a real stack and all of this is never consulted.  At a
 * suspend py__unsafe is 0, so one global serves every task.
 */
int py__unsafe;
void *py__resume_token;
int py__call_safe;

int py__take_call_safe(void) {
    int s = py__call_safe;
    py__call_safe = 0;
    return s;
}

int py__may_suspend(int call_safe) {
#ifdef __EMSCRIPTEN__
    return call_safe && py__unsafe == 0;
#else
    (void)call_safe;
    return 1;
#endif
}

/* A task suspends only when nothing is nested, so the count is 0 when it
 * goes on; set again, as a task lost to a stack overflow in wasm left its
 * activations counted.  (Natively a task may suspend anywhere.)  Also
 * where a task goes on without having given the loop a turn: time.sleep()
 * blocked its thread, or what it awaited was done already. */
void py__after_wait(void) {
#ifdef __EMSCRIPTEN__
    py__unsafe = 0;
#endif
}

/* The awaitable of an async generator's athrow() or aclose() thrown into
 * before its first step (its Task was cancelled before it ran), whose
 * generator then awaited: CPython's awaitable is still in its first
 * state, so the task's next send() into it throws the athrow's exception,
 * or aclose()'s GeneratorExit, into the generator at that await.  One
 * record per such awaitable, on its task's C stack while the throw runs
 * (py__agen_awaitable_throw), in that task's own list (py_ts.rthrows). */
typedef struct resume_throw {
    py_gen *g;          /* the generator */
    py_obj *exc;        /* athrow()'s exception (borrowed), or NULL: aclose()'s GeneratorExit */
    int resumed;        /* the task suspended and went on since */
    struct resume_throw *next;
} resume_throw;

/* `from m import *` into ns, as CPython's import_all_from: the names of
 * m.__all__, or else those of m's namespace that do not start with '_'
 * (and are not casyncio's own helpers: __casyncio_helpers__).  A name of
 * __all__ (of CPython's module) that casyncio's has not or refuses by name
 * is left out: using it then is a NameError.  0, or -1 with an error. */
static int import_star(py_obj *m, py_obj *ns) {
    if (py_module_load(m) < 0) return -1;
    py_obj *all = py_getattr(m, py_str_intern("__all__"));
    if (!all) {
        if (!py_err_matches(py_exc_AttributeError)) return -1;
        py_err_clear();
        py_obj *d = ((py_module *)m)->dict, *helpers = py_dict_get_s(d, "__casyncio_helpers__"), *k, *v;
        const char *hs = helpers && PY_IS_STR(helpers) ? py_s(helpers) : NULL;
        size_t pos = 0;
        while (py_dict_next(d, &pos, &k, &v)) {
            if (!PY_IS_STR(k) || py_s(k)[0] == '_') continue;
            if (hs && py__in_words(hs, py_s(k))) continue;
            if (py_dict_set(ns, k, v) < 0) return -1;
        }
        return 0;
    }
    py_obj *it = py_iter(all), *k;
    py_decref(all);
    if (!it) return -1;
    while ((k = py_next(it))) {
        if (!PY_IS_STR(k)) {
            py_err_set(py_exc_TypeError, "Item in %U.__all__ must be str, not %s", ((py_module *)m)->name, PY_TYPE(k)->name);
            py_decref(k);
            break;
        }
        py_obj *v = py_getattr(m, k);
        if (!v && (py_err_matches(py_exc_NotImplementedError) || py_err_matches(py_exc_AttributeError))) py_err_clear();
        int r = v ? py_dict_set(ns, k, v) : py_err_occurred() ? -1 : 0;
        py_xdecref(v);
        py_decref(k);
        if (r < 0) break;
    }
    py_decref(it);
    return py_err_occurred() ? -1 : 0;
}

/* Where a task goes on after suspending (or starts). */
void py__asyncio_step_begins(void); /* asyncio.c: debug mode's slow steps */
void py__after_suspend(void) {
    py__after_wait();
    py__loop_turn(); /* (asyncio.c: another task blocks the loop in a wait for a thread: this one waits) */
    py__asyncio_step_begins();
    for (resume_throw *t = py__ts->rthrows; t; t = t->next) t->resumed = 1;
}
static void resume_throw_drop(resume_throw *t) {
    for (resume_throw **p = &py__ts->rthrows; *p; p = &(*p)->next)
        if (*p == t) { *p = t->next; return; }
}
/* An await in the task went on with r (NULL: an exception, a cancel's
 * CancelledError thrown in, which leaves the awaitable as it was); after
 * a suspend, a pending resume_throw's exception instead. */
static __attribute__((noinline, cold)) py_obj *resume_check(py_obj *r) {
    for (resume_throw *t = py__ts->rthrows; t; t = t->next) {
        if (!t->resumed) continue;
        t->resumed = 0;
        if (!r) return NULL;
        resume_throw_drop(t);
        py_decref(r);
        if (!t->exc) t->g->ag_closed = 1;
        py_err_set_exc(t->exc ? py_incref(t->exc) : py_exc_new(py_exc_GeneratorExit, NULL));
        return NULL;
    }
    return r;
}
static inline py_obj *resumed(py_obj *r) { return py__ts->rthrows ? resume_check(r) : r; }

/* Marks the run() about to start: safe if its caller announced it. */
static inline __attribute__((always_inline)) int run_enter(void *what) {
    int safe = what && py__resume_token == what;
    py__resume_token = NULL;
    if (!safe) py__unsafe++;
    return safe;
}
static inline __attribute__((always_inline)) void run_leave(int safe) {
    if (!safe) py__unsafe--;
}

static py_obj *gen_iternext(py_obj *o);
static py_obj *gen_next_fast(py_gen *g);
static char gen_slow_mark;
#define GEN_SLOW ((py_obj *)&gen_slow_mark)

/* An instrumented C function passes the chain on: it takes its own
 * announcement at its first line (py__take_safe(what it was called on),
 * py.h), and announces what it calls in turn when it was safe itself. */

/* The one iteration step of every instrumented consumer (sum, max, sorted,
 * list(), str.join, map...): the iterator may run Python code (a
 * generator, a map's function, __next__) that suspends if safe. */
py_obj *py__call_resumable(py_obj *f, py_obj *const *args, size_t nargs, int safe) {
    py__resume_token = safe ? f : NULL;
    py_obj *r = py_call(f, args, nargs, NULL);
    py__resume_token = NULL;
    if (!r && py_err_occurred() && py_err_matches(py_exc_StopIteration)) py_err_clear(); /* as py_next */
    return r;
}

py_obj *py__next_resumable(py_obj *it, int safe) {
    if (PY_TYPE(it) == &py_gen_type) {
        py_obj *v = gen_next_fast((py_gen *)it);
        if (v != GEN_SLOW) return v;
    }
    if (!safe || !it->type->next) return py_next(it);
    if (py__stack_check("") < 0) return NULL;
    py__resume_token = it;
    py_obj *r = it->type->next(it);
    py__resume_token = NULL;
    if (!r && py_err_occurred() && py_err_matches(py_exc_StopIteration)) py_err_clear(); /* as py_next */
    return r;
}


/* A task's first frame is as deep in CPython as the frames below it make
 * it: those of the code that called asyncio.run (or run_until_complete...)
 * and of asyncio's loop (asyncio.run, Runner.run, run_until_complete,
 * run_forever, _run_once, Handle._run, and the C calls of a task step):
 * 9 for asyncio.run at module level (991 coroutine frames fit in a task);
 * asyncio.c's aio_run sets it for each run. */
int py__task_base_depth = 9;
#define TASK_BASE_DEPTH py__task_base_depth
int py_recursion_enter(void) {
    if (++py__ts->depth > (py__ts->task ? RECURSION_LIMIT - TASK_BASE_DEPTH : RECURSION_LIMIT)) {
        py__ts->depth--;
        py_err_set(py_exc_RecursionError, "maximum recursion depth exceeded");
        return -1;
    }
    return 0;
}
void py_recursion_leave(void) { py__ts->depth--; }
int py__recursion_depth(void) { return py__ts->depth + (py__ts->task ? TASK_BASE_DEPTH : 0); }
/* CPython's Py_EnterRecursiveCall on a C path (a comparison, str()): it
 * fails where one more frame would, with its own words ("in comparison") */
int py_recursion_check(const char *where) {
    if (py__ts->depth < (py__ts->task ? RECURSION_LIMIT - TASK_BASE_DEPTH : RECURSION_LIMIT) && !py__stack_low()) return 0;
    return py__stack_fail(where);
}
/* A write to a standard stream (print's, sys.stdout.write()): two levels in
 * CPython 3.11, the call of TextIOWrapper.write and, inside it, the write to
 * its buffer, each " while calling a Python object" */
int py__std_write_check(void) {
    if (py_recursion_check(" while calling a Python object") < 0) return -1;
    py__ts->depth++;
    int r = py_recursion_check(" while calling a Python object");
    py__ts->depth--;
    return r;
}
/* A chain of k more levels that CPython's library would go through here
 * (asyncio.sleep's frames, below it): RecursionError where the first of
 * them past the limit would fail, " while calling a Python object" when
 * that is the last and c_last says it is a call of C code; else 0. */
int py__recursion_chain_check(int k, int c_last) {
    int room = (py__ts->task ? RECURSION_LIMIT - TASK_BASE_DEPTH : RECURSION_LIMIT) - py__ts->depth;
    if (k <= room && !py__stack_low()) return 0;
    return py__stack_fail(c_last && room == k - 1 ? " while calling a Python object" : "");
}
int py__stack_fail(const char *where) {
    py_err_set(py_exc_RecursionError, "maximum recursion depth exceeded%s", where);
    return -1;
}

int py_frame_line(py_frame *f) {
    if (!f) return 0;
    return f->code->locs[f->lasti].lineno;
}

/* ---- function objects ------------------------------------------------------------ */

static void func_dealloc(py_obj *o) {
    py_func *f = (py_func *)o;
    py_xdecref(f->code);
    py_xdecref(f->globals);
    py_xdecref(f->defaults);
    py_xdecref(f->kwdefaults);
    py_xdecref(f->closure);
    py_xdecref(f->name);
    py_xdecref(f->qualname);
    py_xdecref(f->module);
    py_xdecref(f->doc);
    py_xdecref(f->dict);
    py_xdecref(f->annotations);
    free(o);
}

py_obj *py_func_new(py_code *co, py_obj *globals, py_obj *qualname) {
    py_func *f = (py_func *)py_alloc(&py_func_type);
    if (!f) return NULL;
    f->code = (py_code *)py_incref(co);
    f->globals = py_incref(globals);
    f->name = py_incref(co->name);
    f->qualname = py_incref(qualname ? qualname : co->qualname);
    py_obj *m = py_dict_get_s(globals, "__name__");
    f->module = py_incref(m ? m : PY_NONE);
    f->doc = py_incref(PY_TLEN(co->consts) && !(co->flags & (PY_CO_LAMBDA | PY_CO_MODULE | PY_CO_CLASS)) ? PY_TITEM(co->consts, 0) : PY_NONE);
    if (f->doc != PY_NONE && !PY_IS_STR(f->doc)) { py_decref(f->doc); f->doc = py_none(); }
    return (py_obj *)f;
}

static py_obj *func_repr(py_obj *o) { return py_str_fmt("<function %U at %p>", ((py_func *)o)->qualname, (void *)o); }
static py_obj *func_descr_get(py_obj *f, py_obj *obj, py_obj *type) {
    if (!obj || obj == PY_NONE) return py_incref(f);
    return py_method_new(f, obj);
}
static const py_methoddef func_methods[] = { { "__get__", py__wrap_descr_get, 0 }, { NULL, NULL, 0 } };
static py_obj *func_get_name(py_obj *o) { return py_incref(((py_func *)o)->name); }
/* A function's or a generator's __name__ or __qualname__ set (what: which) */
static int set_name_str(py_obj **slot, py_obj *v, const char *what) {
    if (!v || !PY_IS_STR(v)) { py_err_set(py_exc_TypeError, "%s must be set to a string object", what); return -1; }
    PY_SETREF(*slot, py_incref(v));
    return 0;
}
static int func_set_name(py_obj *o, py_obj *v) { return set_name_str(&((py_func *)o)->name, v, "__name__"); }
static py_obj *func_get_qualname(py_obj *o) { return py_incref(((py_func *)o)->qualname); }
static int func_set_qualname(py_obj *o, py_obj *v) { return set_name_str(&((py_func *)o)->qualname, v, "__qualname__"); }
/* a function of the library's written in Python has CPython's (py__lib_doc) */
static py_obj *func_get_doc(py_obj *o) {
    py_func *f = (py_func *)o;
    py_source *src = f->doc == PY_NONE && f->code ? f->code->source : NULL;
    const char *fn = src && src->filename && PY_IS_STR(src->filename) ? py_s(src->filename) : "";
    if (src && (!strcmp(fn, "<asyncio>") || !strncmp(fn, "<frozen ", 8)) && PY_IS_STR(f->module) && !py_str_eqc(f->module, "__main__"))
        return py__lib_doc(o);
    return py_incref(f->doc);
}
static int func_set_doc(py_obj *o, py_obj *v) { PY_SETREF(((py_func *)o)->doc, py_incref(v ? v : PY_NONE)); return 0; }
static py_obj *func_get_module(py_obj *o) { return py_incref(((py_func *)o)->module); }
static int func_set_module(py_obj *o, py_obj *v) { PY_SETREF(((py_func *)o)->module, py_incref(v ? v : PY_NONE)); return 0; }
static py_obj *func_get_defaults(py_obj *o) { py_obj *d = ((py_func *)o)->defaults; return py_incref(d ? d : PY_NONE); }
static py_obj *func_get_code(py_obj *o) { return py_incref(((py_func *)o)->code); }
static py_obj *func_get_globals(py_obj *o) { return py_incref(((py_func *)o)->globals); }
/* __annotations__: made empty on first read (not in __dict__, as CPython's) */
static py_obj *func_get_annotations(py_obj *o) {
    py_func *f = (py_func *)o;
    if (!f->annotations) f->annotations = py_dict_new();
    return py_xincref(f->annotations);
}
static int func_set_annotations(py_obj *o, py_obj *v) {
    py_func *f = (py_func *)o;
    if (v && v != PY_NONE && !PY_IS_DICT(v)) { py_err_set(py_exc_TypeError, "__annotations__ must be set to a dict object"); return -1; }
    PY_SETREF(f->annotations, v && v != PY_NONE ? py_incref(v) : NULL);
    return 0;
}
static py_obj *func_get_closure(py_obj *o) { py_obj *c = ((py_func *)o)->closure; return py_incref(c ? c : PY_NONE); }
static py_obj *func_get_kwdefaults(py_obj *o) { py_obj *d = ((py_func *)o)->kwdefaults; return py_incref(d ? d : PY_NONE); }
/* __defaults__ and __kwdefaults__ set (None or del: none), as CPython's; the next call takes them */
static int func_set_defaults(py_obj *o, py_obj *v) {
    if (v == PY_NONE) v = NULL;
    if (v && !PY_IS_TUPLE(v)) { py_err_set(py_exc_TypeError, "__defaults__ must be set to a tuple object"); return -1; }
    PY_SETREF(((py_func *)o)->defaults, py_xincref(v));
    return 0;
}
static int func_set_code(py_obj *o, py_obj *v) {
    py_func *f = (py_func *)o;
    if (!v || PY_TYPE(v) != &py_code_type) { py_err_set(py_exc_TypeError, "__code__ must be set to a code object"); return -1; }
    size_t want = f->closure ? PY_TLEN(f->closure) : 0, have = PY_TLEN(((py_code *)v)->freevars);
    if (want != have) {
        py_err_set(py_exc_ValueError, "%U() requires a code object with %d free vars, not %d", f->name, (int)want, (int)have);
        return -1;
    }
    PY_SETREF(f->code, (py_code *)py_incref(v));
    return 0;
}
static int func_set_kwdefaults(py_obj *o, py_obj *v) {
    if (v == PY_NONE) v = NULL;
    if (v && !PY_IS_DICT(v)) { py_err_set(py_exc_TypeError, "__kwdefaults__ must be set to a dict object"); return -1; }
    PY_SETREF(((py_func *)o)->kwdefaults, py_xincref(v));
    return 0;
}
static const py_getsetdef func_getset[] = {
    { "__name__", func_get_name, func_set_name },
    { "__qualname__", func_get_qualname, func_set_qualname },
    { "__doc__", func_get_doc, func_set_doc },
    { "__module__", func_get_module, func_set_module },
    { "__defaults__", func_get_defaults, func_set_defaults },
    { "__code__", func_get_code, func_set_code },
    { "__globals__", func_get_globals, NULL },
    { "__annotations__", func_get_annotations, func_set_annotations },
    { "__closure__", func_get_closure, NULL },
    { "__kwdefaults__", func_get_kwdefaults, func_set_kwdefaults },
    { "__dict__", py__inst_dict_get, NULL },
    { NULL, NULL, NULL },
};

static py_obj *func_call(py_obj *f, py_obj *const *args, size_t nargs, py_obj *kwnames);

py_type py_func_type = { {PY_IMMORTAL, &py_type_type}, "function", .size = sizeof(py_func),
    .dealloc = func_dealloc, .repr = func_repr, .descr_get = func_descr_get, .call = func_call,
    .dictoffset = offsetof(py_func, dict), .getset = func_getset, .methods = func_methods };

/* ---- frames ------------------------------------------------------------------------ */

/* The most blocks a frame of co can hold: a block is pushed only by
 * SETUP_FINALLY or SETUP_WITH (a handler takes its try block's slot), and
 * the compiler pops each before it runs again. */
static int max_blocks(py_code *co) {
    if (!co->blockslots) {
        int n = 0;
        for (int i = 0; i < co->ncode; i++) n += PY_OP(co->code[i]) == OP_SETUP_FINALLY || PY_OP(co->code[i]) == OP_SETUP_WITH;
        co->blockslots = n + 1;
    }
    return co->blockslots - 1;
}

/* Freed frames for reuse, one list per size in 16-byte steps up to
 * FRAME_POOL_MAX bytes (linked through their back field): a call skips
 * malloc and free. */
#define FRAME_POOL_MAX 512
static py_frame *frame_pool[FRAME_POOL_MAX / 16 + 1];
static unsigned char frame_pool_n[FRAME_POOL_MAX / 16 + 1];

static size_t frame_size(py_code *co, int nfast) {
    size_t n = sizeof(py_frame) + sizeof(py_obj *) * ((size_t)nfast + (size_t)co->stacksize) +
               sizeof(py_block) * (size_t)max_blocks(co);
    return (n + 15) & ~(size_t)15;
}

/* clang (emcc) would make frame_alloc's loop a memset call again */
#ifdef __clang__
#define NO_MEMSET __attribute__((no_builtin("memset")))
#else
#define NO_MEMSET
#endif
static NO_MEMSET py_frame *frame_alloc(py_code *co) {
    int nfast = co->nlocals + (int)PY_TLEN(co->cellvars) + (int)PY_TLEN(co->freevars);
    size_t size = frame_size(co, nfast);
    py_frame *f;
    if (size <= FRAME_POOL_MAX && (f = frame_pool[size / 16])) {
        frame_pool[size / 16] = f->back;
        frame_pool_n[size / 16]--;
    } else {
        f = malloc(size);
        if (!f) { py_err_nomem(); return NULL; }
    }
    /* only the header and the locals start zeroed: the value stack and the
     * blocks are read only below sp and nblocks (a memset of the whole frame
     * was an eighth of a Python call in wasm, where memset is a call) */
    f->back = NULL;
    f->code = (py_code *)py_incref(co);
    f->func = NULL;
    f->globals = f->locals = f->gen = f->kwnames = f->pending_keep = f->fobj = NULL;
    f->last_tb = NULL;
    f->locals_snap = NULL;
    f->ip = f->lasti = f->sp = f->nblocks = 0;
    f->nfast = nfast;
    f->entry = f->inline_await = f->await_yf = f->c_await = 0;
    for (int i = 0; i < nfast; i++) f->fast[i] = NULL;
    if (co->warmup < 8) co->warmup++;
    return f;
}
int py__cold_call(void) {
    extern py_obj *py__groups_globals; /* exc.c: code that is C in CPython */
    py_frame *f = py__ts->frame;
    return !f || (f->code->warmup < 8 && f->globals != py__groups_globals);
}

static void frame_free(py_frame *f) {
    if (!f) return;
    if (f->last_tb) py__tb_unlink(f);
    if (f->fobj) py__frame_gone(f);
    py_obj **stack = f->fast + f->nfast;
    for (int i = 0; i < f->sp; i++) py_xdecref(stack[i]);
    for (int i = 0; i < f->nfast; i++) py_xdecref(f->fast[i]);
    for (int i = 0; i < f->nblocks; i++) py_xdecref(PY_FRAME_BLOCKS(f)[i].saved);
    size_t size = frame_size(f->code, f->nfast);
    py_xdecref(f->code);
    py_xdecref(f->func);
    py_xdecref(f->locals);
    py_xdecref(f->pending_keep);
    if (f->locals_snap) {
        /* a local that holds locals() itself (d = locals(), then locals() again): its
         * entry goes, so the dict is no cycle of its own (which CPython's collector ends) */
        for (int i = 0; i < f->code->nlocals; i++) {
            py_obj *name = PY_TITEM(f->code->varnames, i);
            if (py_dict_get(f->locals_snap, name) == f->locals_snap) py_dict_del(f->locals_snap, name);
        }
        py_decref(f->locals_snap);
    }
#if PY_FREELIST_MAX > 0
    if (size <= FRAME_POOL_MAX && frame_pool_n[size / 16] < 64) {
        f->back = frame_pool[size / 16];
        frame_pool[size / 16] = f;
        frame_pool_n[size / 16]++;
        return;
    }
#else
    (void)size;
#endif
    free(f);
}

/* A frame ends (it returned, or an exception left it): the generator or
 * coroutine that ran it is done, and the frame is freed.  Returns whether
 * it was an entry frame (the C call that began it returns now). */
static int frame_end(py_frame *f) {
    py_recursion_leave();
    int entry = f->entry;
    if (f->gen) {
        py_gen *g = (py_gen *)f->gen;
        g->state = PY_GEN_DONE;
        g->frame = NULL;
    }
    frame_free(f);
    return entry;
}

static void plural_names(py_buf *b, py_obj **names, int n) {
    for (int i = 0; i < n; i++) {
        if (i) py_buf_puts(b, n == 2 ? " and " : (i == n - 1 ? ", and " : ", "));
        py_buf_putc(b, '\'');
        py_buf_put(b, py_s(names[i]), py_slen(names[i]));
        py_buf_putc(b, '\'');
    }
}

static void missing_args(py_func *fn, py_code *co, py_obj **fast, int from, int to, int kwonly) {
    py_obj *names[256];
    int n = 0;
    for (int i = from; i < to && n < 256; i++) if (!fast[i]) names[n++] = PY_TITEM(co->varnames, i);
    py_buf b = {0};
    py_buf_printf(&b, "%s() missing %d required %s argument%s: ", py_s(fn->qualname), n,
                  kwonly ? "keyword-only" : "positional", n == 1 ? "" : "s");
    plural_names(&b, names, n);
    py_obj *msg = py_str_from_buf(&b);
    if (msg) { py_err_setv(py_exc_TypeError, msg); py_decref(msg); }
}

/* Binds a call's arguments into a new frame for fn (CPython's
 * initialize_locals).  Borrows args; the frame owns what it stores. */
static py_frame *make_frame(py_func *fn, py_obj *self, py_obj *const *args, size_t nargs, py_obj *kwnames) {
    py_code *co = fn->code;
    py_frame *f = frame_alloc(co);
    if (!f) return NULL;
    f->func = (py_func *)py_incref(fn);
    f->globals = fn->globals;
    py_obj **fast = f->fast;
    int argcount = co->argcount, kwonly = co->kwonlyargcount;
    int total = argcount + kwonly;
    size_t allpos = nargs + (self ? 1 : 0);
    py_obj *kwdict = NULL;
    if (co->flags & PY_CO_VARKW) {
        kwdict = py_dict_new();
        fast[total + ((co->flags & PY_CO_VARARGS) ? 1 : 0)] = kwdict;
    }
    size_t n = allpos < (size_t)argcount ? allpos : (size_t)argcount;
    for (size_t i = 0; i < n; i++) {
        py_obj *a = self ? (i == 0 ? self : args[i - 1]) : args[i];
        fast[i] = py_incref(a);
    }
    if (co->flags & PY_CO_VARARGS) {
        size_t extra = allpos > (size_t)argcount ? allpos - (size_t)argcount : 0;
        py_obj *t = py_tuple_new(extra);
        for (size_t i = 0; i < extra; i++) {
            size_t k = (size_t)argcount + i;
            PY_TITEM(t, i) = py_incref(self ? (k == 0 ? self : args[k - 1]) : args[k]);
        }
        fast[total] = t;
    } else if (allpos > (size_t)argcount) {
        /* too many positional arguments */
        int defcount = fn->defaults ? (int)PY_TLEN(fn->defaults) : 0;
        int kwonly_given = 0;
        if (kwnames)
            for (size_t k = 0; k < PY_TLEN(kwnames); k++)
                for (int j = argcount; j < total; j++)
                    if (py_str_eq(PY_TITEM(kwnames, k), PY_TITEM(co->varnames, j))) kwonly_given++;
        py_buf b = {0};
        py_buf_printf(&b, "%s() takes ", py_s(fn->qualname));
        if (defcount) py_buf_printf(&b, "from %d to %d positional arguments", argcount - defcount, argcount);
        else py_buf_printf(&b, "%d positional argument%s", argcount, argcount == 1 ? "" : "s");
        if (kwonly_given)
            py_buf_printf(&b, " but %d positional argument%s (and %d keyword-only argument%s) were given", (int)allpos,
                          allpos == 1 ? "" : "s", kwonly_given, kwonly_given == 1 ? "" : "s");
        else py_buf_printf(&b, " but %d %s given", (int)allpos, allpos == 1 ? "was" : "were");
        py_obj *msg = py_str_from_buf(&b);
        if (msg) { py_err_setv(py_exc_TypeError, msg); py_decref(msg); }
        frame_free(f);
        return NULL;
    }
    if (kwnames) {
        for (size_t k = 0; k < PY_TLEN(kwnames); k++) {
            py_obj *kn = PY_TITEM(kwnames, k), *v = args[nargs + k];
            int j;
            for (j = co->posonlyargcount; j < total; j++)
                if (py_str_eq(kn, PY_TITEM(co->varnames, j))) break;
            if (j >= total) {
                if (kwdict) {
                    if (py_dict_set(kwdict, kn, v) < 0) { frame_free(f); return NULL; }
                    continue;
                }
                int posonly = 0;
                for (j = 0; j < co->posonlyargcount; j++) if (py_str_eq(kn, PY_TITEM(co->varnames, j))) posonly = 1;
                if (posonly) { /* all of them, in the parameters' order (CPython's positional_only_passed_as_keyword) */
                    py_buf b = {0};
                    for (j = 0; j < co->posonlyargcount; j++)
                        for (size_t k2 = 0; k2 < PY_TLEN(kwnames); k2++)
                            if (py_str_eq(PY_TITEM(kwnames, k2), PY_TITEM(co->varnames, j))) {
                                py_buf_printf(&b, "%s%s", b.len ? ", " : "", py_s(PY_TITEM(co->varnames, j)));
                                break;
                            }
                    py_obj *names = py_str_from_buf(&b);
                    if (names)
                        py_err_set(py_exc_TypeError, "%U() got some positional-only arguments passed as keyword arguments: '%U'",
                                   fn->qualname, names);
                    py_xdecref(names);
                } else py_err_set(py_exc_TypeError, "%U() got an unexpected keyword argument '%U'", fn->qualname, kn);
                frame_free(f);
                return NULL;
            }
            if (fast[j]) {
                py_err_set(py_exc_TypeError, "%U() got multiple values for argument '%U'", fn->qualname, kn);
                frame_free(f);
                return NULL;
            }
            fast[j] = py_incref(v);
        }
    }
    /* defaults */
    if (allpos < (size_t)argcount) {
        int defcount = fn->defaults ? (int)PY_TLEN(fn->defaults) : 0;
        int m = argcount - defcount;
        for (int i = (int)allpos; i < m; i++)
            if (!fast[i]) { missing_args(fn, co, fast, (int)allpos, m, 0); frame_free(f); return NULL; }
        for (int i = m > (int)allpos ? m : (int)allpos; i < argcount; i++)
            if (!fast[i]) fast[i] = py_incref(PY_TITEM(fn->defaults, i - m));
    }
    if (kwonly) {
        int missing = 0;
        for (int i = argcount; i < total; i++) {
            if (fast[i]) continue;
            py_obj *d = fn->kwdefaults ? py_dict_get(fn->kwdefaults, PY_TITEM(co->varnames, i)) : NULL;
            if (d) fast[i] = py_incref(d);
            else missing = 1;
        }
        if (missing) { missing_args(fn, co, fast, argcount, total, 1); frame_free(f); return NULL; }
    }
    /* cells */
    size_t ncell = PY_TLEN(co->cellvars), nfree = PY_TLEN(co->freevars);
    for (size_t i = 0; i < ncell; i++) {
        int a = co->cell2arg ? co->cell2arg[i] : -1;
        py_obj *c = py_cell_new(a >= 0 ? fast[a] : NULL);
        fast[co->nlocals + (int)i] = c;
    }
    for (size_t i = 0; i < nfree; i++) fast[co->nlocals + (int)ncell + (int)i] = py_incref(PY_TITEM(fn->closure, i));
    return f;
}

/* ---- generators and coroutines ----------------------------------------------------------- */

/*
 * Coroutine origin tracking (sys.set_coroutine_origin_tracking_depth, and
 * asyncio's debug mode, which tracks 10 frames while its loop runs): a
 * coroutine made while it is on keeps where it was made, its cr_origin,
 * and the "never awaited" warning shows it.  CPython counts the frames of
 * its asyncio library there too: the preludes' frames count and are left
 * out, as tracebacks leave them out, and a task's frames are preceded by
 * the loop's machinery (asyncio.run's six: runners.py twice, base_events.py
 * three times, events.py's Handle._run; py__origin_lib) and then the
 * module level's that called it.
 * Returns a tuple of (filename, lineno, name, the line's text), most
 * recent first (cr_origin shows the first three).
 */
int py__origin_depth;
int py__origin_lib = 6; /* CPython's frames of the running loop's machinery (asyncio.c's run sets it) */
static int lib_frame(py_frame *f) {
    py_obj *fn = f->code->source ? f->code->source->filename : NULL;
    return fn && (py_str_eqc(fn, "<asyncio>") || !strncmp(py_s(fn), "<frozen ", 8));
}
static py_obj *coro_origin(int depth) {
    py_obj *l = py_list_new(0);
    int n = 0, in_task = py__ts != &py__main_ts;
    py_frame *f = py__ts->frame;
    while (l && n < depth) {
        if (!f || lib_frame(f)) {
            /* the loop's machinery between the program's frames: six of
             * CPython's; a task's first frame has it above it, and then the
             * frames that called asyncio.run() */
            if (!f && (!in_task || !py__main_ts.frame)) break;
            n += py__origin_lib;
            for (;;) {
                while (f && lib_frame(f)) f = f->back;
                if (f || !in_task) break;
                in_task = 0;
                f = py__main_ts.frame;
            }
            continue;
        }
        if (!f->code->source) { f = f->back; continue; }
        /* and the line's text, stripped, as the warning shows it (linecache) */
        int ln = py_frame_line(f);
        const char *ls;
        size_t ll = 0;
        if (py_source_line_stripped(f->code->source, ln, &ls, &ll) < 0) ll = 0;
        py_obj *line = py_int(ln), *text = py_str_new(ll ? ls : "", ll);
        py_obj *t = line && text ? py_tuple_pack(4, f->code->source->filename, line, f->code->name, text) : NULL;
        py_xdecref(line);
        py_xdecref(text);
        if (!t || py_list_append(l, t) < 0) { py_xdecref(t); PY_CLEAR(l); break; }
        py_decref(t);
        n++;
        f = f->back;
    }
    py_obj *r = l ? py_sequence_tuple(l) : NULL;
    py_xdecref(l);
    if (!r) py_err_clear(); /* the coroutine is made all the same, untracked */
    return r;
}

/* Where an object is made, as asyncio's debug mode keeps it
 * (format_helpers.extract_stack: its _source_traceback): the program's
 * frames, outermost first, each (filename, lineno, name, line), the
 * frames that called asyncio.run() included; NULL without an error when
 * it cannot be had. */
py_obj *py__source_traceback_limit(int limit);
py_obj *py__source_traceback(void) { return py__source_traceback_limit(1000); }
py_obj *py__source_traceback_limit(int limit) {
    py_obj *in = coro_origin(limit);
    if (!in) return NULL;
    size_t n = PY_TLEN(in);
    py_obj *out = py_tuple_new(n);
    for (size_t i = 0; out && i < n; i++) PY_TITEM(out, i) = py_incref(PY_TITEM(in, n - 1 - i));
    py_decref(in);
    if (!out) py_err_clear();
    return out;
}

static py_obj *gen_new(py_frame *f, py_code *co) {
    py_type *t = (co->flags & PY_CO_COROUTINE) ? &py_coro_type : (co->flags & PY_CO_ASYNCGEN) ? &py_asyncgen_type : &py_gen_type;
    py_gen *g = (py_gen *)py_alloc(t);
    if (!g) { frame_free(f); return NULL; }
    g->frame = f;
    f->gen = (py_obj *)g;
    g->state = PY_GEN_CREATED;
    g->name = py_incref(co->name);
    g->qualname = py_incref(f->func ? f->func->qualname : co->qualname);
    g->code = py_incref((py_obj *)co);
    if (py__origin_depth > 0 && t == &py_coro_type) g->origin = coro_origin(py__origin_depth);
    g->gc_next = py__gens;
    if (py__gens) py__gens->gc_prev = g;
    py__gens = g;
    return (py_obj *)g;
}

static py_obj *run(py_frame *f, int throwing, int *yielded);

static py_obj *func_call(py_obj *self, py_obj *const *args, size_t nargs, py_obj *kwnames) {
    py_func *fn = (py_func *)self;
    py_frame *f = make_frame(fn, NULL, args, nargs, kwnames);
    if (!f) return NULL;
    if (fn->code->flags & (PY_CO_GENERATOR | PY_CO_COROUTINE | PY_CO_ASYNCGEN)) return gen_new(f, fn->code);
    if (++c_depth > C_RECURSION_LIMIT || py__stack_low_py()) {
        c_depth--;
        frame_free(f);
        return py_err_set(py_exc_RecursionError, "maximum recursion depth exceeded");
    }
    if (py_recursion_enter() < 0) { c_depth--; frame_free(f); return NULL; }
    int y;
    int safe = run_enter(self);
    py_obj *r = run(f, 0, &y);
    run_leave(safe);
    c_depth--;
    return r;
}

static void gen_warn_unawaited(py_gen *g);
/* builtins.py's anext_awaitable, which anext(it, default) returns: CPython's is
 * an object of C (an anext_awaitable), which never warns */
static int anext_awaitable(py_gen *g) {
    py_code *co = (py_code *)g->code;
    return co && co->source && py_str_eqc(co->source->filename, "<asyncio>") && py_str_eqc(g->qualname, "anext_awaitable");
}

py_gen *py__gens;

void py__gen_finalize(py_obj *o) {
    py_gen *g = (py_gen *)o;
    if (PY_TYPE(o) == &py_coro_type && g->state == PY_GEN_CREATED && !g->awaited && !anext_awaitable(g)) {
        gen_warn_unawaited(g);
        g->awaited = 1;
    } else if (g->frame && g->state == PY_GEN_SUSPENDED) {
        /* close(): GeneratorExit into the suspended frame, so its finally blocks run
         * (a coroutine is suspended only when driven by hand: a task's runs inline) */
        int coro = PY_TYPE(o) == &py_coro_type;
        py_obj *saved = py_err_fetch();
        py_obj *exc = py_exc_new(py_exc_GeneratorExit, NULL);
        py__by_hand += coro;
        py_obj *r = exc ? py_gen_throw(o, exc) : NULL;
        py__by_hand -= coro;
        /* as CPython's gen_close: a yield in its finally, or another exception, is unraisable */
        if (r) {
            int yielded = g->state == PY_GEN_SUSPENDED;
            py_decref(r);
            if (yielded) py_err_set(py_exc_RuntimeError, "%s ignored GeneratorExit", coro ? "coroutine" : "generator");
        }
        if (py_err_occurred() && !py_err_matches(py_exc_GeneratorExit) && !py_err_matches(py_exc_StopIteration))
            py__write_unraisable(o);
        py_err_clear();
        py__ts->exc = saved;
    }
}

static size_t nagen_fins;
static py_obj *agen_take_fin(py_obj *o);
static void gen_dealloc(py_obj *o) {
    py_gen *g = (py_gen *)o;
    if (PY_TYPE(o) == &py_asyncgen_type) {
        /* a finalizer of the program's: given the generator, which it may keep
         * (CPython's _PyGen_Finalize), and which is not closed here */
        py_obj *fin = nagen_fins ? agen_take_fin(o) : NULL;
        if (g->ag_hooks == 3) g->state = PY_GEN_DONE; /* kept by its finalizer, which ran once (tp_finalize) */
        if (fin && g->frame && g->state == PY_GEN_SUSPENDED) {
            py__agen_forget(o); /* (as CPython clears its weak references first: the loop's WeakSet) */
            g->ag_hooks = 3;
            o->rc = 1;
            py_obj *saved = py_err_fetch();
            py_obj *r = py_call1(fin, o);
            if (!r) py__write_unraisable(fin);
            py_xdecref(r);
            py_err_clear();
            py__ts->exc = saved;
            py_decref(fin);
            if (--o->rc) return; /* kept: freed at its last reference */
            g->state = PY_GEN_DONE;
        } else py_xdecref(fin);
        /* a suspended async generator dropped in a running loop: the loop's
         * finalizer hook runs its aclose() in a task of its own, as CPython's */
        if (g->frame && g->state == PY_GEN_SUSPENDED && cas_get_running_loop() && g->ag_hooks != 1 && g->ag_hooks != 3) {
            o->rc = 1;
            if (py__agen_finalize(o) == 0) return; /* it lives on in that task */
            o->rc = 0;
        }
        py__agen_forget(o);
    }
    if (PY_TYPE(o) == &py_coro_type && g->state == PY_GEN_CREATED && !g->awaited && !anext_awaitable(g)) {
        o->rc++; /* alive while the warning runs: a filter's "error" reports it as unraisable, which holds it */
        gen_warn_unawaited(g);
        g->awaited = 1;
        if (--o->rc) return; /* kept (a hook stored it): freed at its last reference, warned once */
    } else if (g->frame && g->state == PY_GEN_SUSPENDED) {
        o->rc++;
        py__gen_finalize(o);
        o->rc--;
    }
    if (g->code) { /* (made by gen_new) */
        if (g->gc_prev) g->gc_prev->gc_next = g->gc_next;
        else if (py__gens == g) py__gens = g->gc_next;
        if (g->gc_next) g->gc_next->gc_prev = g->gc_prev;
    }
    if (g->frame) { g->frame->gen = NULL; frame_free(g->frame); }
    py_xdecref(g->name);
    py_xdecref(g->qualname);
    py_xdecref(g->carg);
    py_xdecref(g->code);
    py_xdecref(g->origin);
    free(o);
}

/* Runs a generator until it yields or returns.  v is the value sent (None
 * to start).  Returns the yielded value (*yielded 1), the return value
 * (*yielded 0), or NULL: an error, or StopIteration-free exhaustion when
 * the return value is None and the caller asked for next() semantics. */
/* PEP 479: a StopIteration raised out of a generator's or coroutine's
 * frame (and StopAsyncIteration out of an async generator's) becomes a
 * RuntimeError caused by it, as CPython's gen_send_ex2 words it. */
static void gen_stop_to_runtime_error(int flags) {
    const char *kind = (flags & PY_CO_COROUTINE) ? "coroutine" : (flags & PY_CO_ASYNCGEN) ? "async generator" : "generator";
    const char *what;
    if (py_err_matches(py_exc_StopIteration)) what = "StopIteration";
    else if ((flags & PY_CO_ASYNCGEN) && py_err_matches(py_exc_StopAsyncIteration)) what = "StopAsyncIteration";
    else return;
    py_obj *e = py_err_fetch();
    py_err_set(py_exc_RuntimeError, "%s raised %s", kind, what);
    ((py_exc *)py__ts->exc)->cause = e;
    ((py_exc *)py__ts->exc)->suppress_context = 1;
}

/* A generator's handled exception (sys.exc_info() in an except block it
 * yielded from, the __context__ of what its caller raises) is its own, as
 * CPython's gi_exc_state: while it is suspended its outermost handler
 * block keeps it and its caller's is current again, and they are swapped
 * back as it resumes (while it runs, that block keeps its caller's). */
static inline int gen_swap_handled(py_frame *f) {
    for (int i = 0; i < f->nblocks; i++) {
        py_block *b = &PY_FRAME_BLOCKS(f)[i];
        if (b->type == B_HANDLER) {
            py_obj *h = py__ts->handled;
            py__ts->handled = b->saved;
            b->saved = h;
            return 1;
        }
    }
    return 0;
}

/* py_gen_send's body, inlined into py_await too: one C frame less on
 * every sleeping task's stack. */
static inline __attribute__((always_inline)) py_obj *gen_send(py_obj *o, py_obj *v, int *yielded) {
    py_gen *g = (py_gen *)o;
    *yielded = 0;
    if (g->state == PY_GEN_RUNNING) return py_err_set(py_exc_ValueError, "generator already executing");
    if (g->state == PY_GEN_DONE || !g->frame) {
        if (PY_TYPE(o) != &py_coro_type) return NULL;
        if (g->cfn && g->state == PY_GEN_CREATED) { /* asyncio.sleep()'s, an async generator's __anext__()... */
            g->awaited = 1; /* (no "never awaited" warning besides) */
            if (py_str_eqc(g->name, "sleep") && !cas_get_running_loop()) {
                /* sleep(1) driven by hand outside asyncio: CPython's sleep() asks get_running_loop() first */
                int ok;
                double d = py_float_val(PY_IS_TUPLE(g->carg) ? PY_TITEM(g->carg, 0) : g->carg, &ok);
                if (!ok) py_err_clear();
                if (ok && d > 0) {
                    g->state = PY_GEN_DONE;
                    return py_err_set(py_exc_RuntimeError, "no running event loop");
                }
            }
            return py_err_set(py_exc_RuntimeError, "send() and throw() of the awaitable %U() made in C are not supported by casyncio's Python "
                              "(await it)", g->qualname);
        }
        return py_err_set(py_exc_RuntimeError, "cannot reuse already awaited coroutine");
    }
    py_frame *f = g->frame;
    int throwing = g->primed == 2;
    if (g->primed) g->primed = 0; /* gen_next_fast sent None and ran it on: it goes on from there */
    else {
        if (g->state == PY_GEN_CREATED && v && v != PY_NONE)
            return py_err_set(py_exc_TypeError, "can't send non-None value to a just-started %s",
                              PY_TYPE(o) == &py_coro_type ? "coroutine" : PY_TYPE(o) == &py_asyncgen_type ? "async generator" : "generator");
        if (g->state != PY_GEN_CREATED) {
            py_obj **stack = f->fast + f->nfast;
            stack[f->sp++] = py_incref(v ? v : PY_NONE);
        }
    }
    g->state = PY_GEN_RUNNING;
    g->awaited = 1;
    if (++c_depth > C_RECURSION_LIMIT || py__stack_low_py() || py_recursion_enter() < 0) {
        if (!py_err_occurred()) py_err_set(py_exc_RecursionError, "maximum recursion depth exceeded");
        c_depth--;
        /* finished, as CPython's frame that fails to enter: no close() runs it when it is freed */
        g->state = PY_GEN_DONE;
        f->gen = NULL;
        frame_free(f);
        g->frame = NULL;
        return NULL;
    }
    py_incref(o);
    int safe = run_enter(o);
    if (f->nblocks) gen_swap_handled(f);
    py_obj *r = run(f, throwing, yielded);
    run_leave(safe);
    c_depth--;
    if (*yielded && f->nblocks) gen_swap_handled(f);
    if (*yielded) g->state = PY_GEN_SUSPENDED;
    else {
        g->state = PY_GEN_DONE;
        if (!r) gen_stop_to_runtime_error(((py_code *)g->code)->flags); /* (f is freed) */
    }
    py_decref(o);
    return r;
}

__attribute__((noinline)) py_obj *py_gen_send(py_obj *o, py_obj *v, int *yielded) { return gen_send(o, v, yielded); }

static py_obj *gen_close_m(py_obj *self, py_obj *const *args, size_t nargs, py_obj *kw);

/* CPython's gen_close_iter: close() of the iterator a `yield from` delegates to
 * (a generator's, or its close method if it has one); 0, or -1 with an error. */
static int yf_close(py_obj *yf) {
    py_obj *r;
    if (PY_TYPE(yf) == &py_gen_type) r = gen_close_m(yf, NULL, 0, NULL);
    else {
        py_obj *m = py_getattr_opt(yf, py_str_intern("close"));
        if (!m) return py_err_occurred() ? -1 : 0;
        r = py_call(m, NULL, 0, NULL);
        py_decref(m);
    }
    if (!r) return -1;
    py_decref(r);
    return 0;
}

/* throw() into a generator suspended in `yield from`, as CPython's _gen_throw:
 * GeneratorExit closes the iterator it delegates to and is then raised here
 * (or close()'s error is); another exception goes to that iterator's throw
 * (a generator's, or its throw method; without one, raised here).  When the
 * iterator yields, so does the generator; when it is done, the generator
 * goes on with its value as the `yield from`'s, or with its error raised at
 * the `yield from`.  *exc is taken, or left (perhaps replaced by close()'s
 * error) with *thrown 0 for the caller to raise here. */
static py_obj *gen_throw_yf(py_obj *o, py_obj **exc, int *thrown) {
    py_gen *g = (py_gen *)o;
    py_frame *f = g->frame;
    py_obj *yf = py_incref(f->fast[f->nfast + f->sp - 1]), *r = NULL, *m = NULL;
    int done = 0, y, ayf = f->await_yf;
    *thrown = 0;
    f->await_yf = 0; /* set again below while the generator it awaits stays suspended */
    g->state = PY_GEN_RUNNING; /* gi_running, as CPython's FRAME_EXECUTING */
    if (py_subtype(PY_TYPE(*exc), py_exc_GeneratorExit)) {
        if (yf_close(yf) < 0) { py_decref(*exc); *exc = py_err_fetch(); }
        g->state = PY_GEN_SUSPENDED;
        py_decref(yf);
        return NULL;
    }
    if (PY_TYPE(yf) == &py_gen_type) {
        r = py_gen_throw(yf, *exc);
        done = ((py_gen *)yf)->state == PY_GEN_DONE;
        if (done && !r && !py_err_occurred()) r = py_none();
    } else if ((m = py_getattr_opt(yf, py_str_intern("throw")))) {
        r = py_call(m, exc, 1, NULL);
        py_decref(m);
        py_decref(*exc);
        if (!r && py_err_matches(py_exc_StopIteration)) { /* its StopIteration's value */
            py_obj *e = py_err_fetch();
            r = py_getattr_s(e, "value");
            py_decref(e);
            done = r != NULL;
        }
    } else { /* no throw method: raised here (or the error of looking for one, as CPython's) */
        g->state = PY_GEN_SUSPENDED;
        py_decref(yf);
        if (py_err_occurred()) {
            py_decref(*exc);
            *thrown = 1;
        }
        return NULL;
    }
    *thrown = 1;
    g->state = PY_GEN_SUSPENDED;
    py_decref(yf);
    if (r && !done) { /* it yielded: so does the generator */
        f->await_yf = ayf;
        return r;
    }
    if (r) { /* the `yield from`'s value: the iterator leaves the stack, the frame goes on after it */
        py_obj *it = f->fast[f->nfast + --f->sp];
        py_decref(it);
        f->fast[f->nfast + f->sp++] = r;
        f->ip++;
        g->primed = 1;
    } else g->primed = 2; /* its error, raised at the `yield from` */
    return py_gen_send(o, NULL, &y);
}

py_obj *py_gen_throw(py_obj *o, py_obj *exc) {
    py_gen *g = (py_gen *)o;
    if (g->state == PY_GEN_DONE || !g->frame || g->state == PY_GEN_CREATED) {
        /* as CPython's, set as it is (PyErr_Restore: no __context__ of the caller's) */
        PY_SETREF(py__ts->exc, exc);
        if (g->state == PY_GEN_CREATED && g->frame) { /* raised at its first line, the def, as CPython's */
            py_tb_add(exc, g->frame->code, -1, g->frame->globals);
            g->frame->gen = NULL;
            frame_free(g->frame);
            g->frame = NULL;
        }
        g->state = PY_GEN_DONE;
        return NULL;
    }
    if ((PY_TYPE(o) == &py_gen_type && g->state == PY_GEN_SUSPENDED && PY_OP(g->frame->code->code[g->frame->ip]) == OP_YIELD_FROM &&
         !(g->frame->code->flags & PY_CO_ITERABLE_COROUTINE)) || g->frame->await_yf == 1) {
        /* not announced on (gen_throw_yf is not instrumented): what it runs waits for its host turns */
        py__resume_token = NULL;
        int thrown;
        py_obj *r = gen_throw_yf(o, &exc, &thrown);
        if (thrown) return r;
    }
    py_frame *f = g->frame;
    f->await_yf = 0; /* (a sleep(0) driven by hand: raised at its await) */
    if (py__stack_check_py("") < 0 || py_recursion_enter() < 0) { py_decref(exc); return NULL; }
    /* the exception the generator handles where it is suspended becomes exc's
     * __context__, not the caller's (CPython's _PyErr_ChainStackItem) */
    if (f->nblocks && gen_swap_handled(f)) py_err_set_exc(exc);
    else PY_SETREF(py__ts->exc, exc);
    g->primed = 0; /* (never set here: gen_send always follows gen_next_fast at once) */
    g->state = PY_GEN_RUNNING;
    int y;
    py_incref(o);
    int safe = run_enter(o);
    py_obj *r = run(f, 1, &y);
    run_leave(safe);
    if (y && f->nblocks) gen_swap_handled(f);
    g->state = y ? PY_GEN_SUSPENDED : PY_GEN_DONE;
    /* (a yield after GeneratorExit is close()'s error, not throw()'s: the closers check) */
    py_decref(o);
    return r;
}

static py_obj *gen_iternext(py_obj *o) {
    int y;
    py_obj *r = gen_send(o, PY_NONE, &y); /* inlined: a frame less per item */
    if (y) return r;
    if (r) {
        if (r != PY_NONE) {
            py_err_setv(py_exc_StopIteration, r);
            py_decref(r);
            return NULL;
        }
        py_decref(r);
    }
    return NULL;
}
static py_obj *gen_self_iter(py_obj *o) { return py_incref(o); }

static py_obj *agen_awaitable_send(py_gen *a, py_obj *v);
static py_obj *agen_hand; /* the async generator agen_awaitable_send runs (borrowed): its awaits may yield */
static py_obj *agen_anext_run(py_obj *arg);
static py_obj *agen_asend_run(py_obj *arg);
static py_obj *gen_send_m(py_obj *self, py_obj *const *args, size_t nargs, py_obj *kw) {
    if (nargs != 1) return py_err_set(py_exc_TypeError, "send() takes exactly one argument (%d given)", (int)nargs);
    int y, coro = PY_TYPE(self) == &py_coro_type;
    if (coro && ((py_gen *)self)->cfn && ((py_gen *)self)->state != PY_GEN_DONE) {
        py_obj *r = agen_awaitable_send((py_gen *)self, args[0]);
        if (r != self) return r;
        py_decref(r);
    }
    py__by_hand += coro;
    py_obj *r = py_gen_send(self, args[0], &y);
    py__by_hand -= coro;
    if (y) return r;
    if (!r && py_err_occurred()) return NULL;
    py_type *et = PY_TYPE(self) == &py_asyncgen_type ? py_exc_StopAsyncIteration : py_exc_StopIteration;
    if (!r || r == PY_NONE) { /* PyErr_SetNone: StopIteration() */
        py_xdecref(r);
        py_obj *e = py_exc_new(et, NULL);
        if (e) py_err_set_exc(e);
        return NULL;
    }
    py_err_setv(et, r);
    py_decref(r);
    return NULL;
}
static py_obj *gen_throw_m(py_obj *self, py_obj *const *args, size_t nargs, py_obj *kw) {
    if (nargs < 1) return py_err_set(py_exc_TypeError, "throw expected at least 1 argument, got 0");
    py_obj *e = args[0];
    if (PY_IS_TYPE(e) && (((py_type *)e)->flags & PY_TF_EXC)) e = py_call(e, args + 1, nargs > 1 ? 1 : 0, NULL);
    else py_incref(e);
    if (!e) return NULL;
    if (!PY_IS_EXC(e)) { py_decref(e); return py_err_set(py_exc_TypeError, "exceptions must derive from BaseException"); }
    int coro = PY_TYPE(self) == &py_coro_type;
    if (coro && ((py_gen *)self)->cfn && ((py_gen *)self)->state == PY_GEN_SUSPENDED) { /* agen_awaitable_send's, at an await */
        py_decref(e);
        return py_err_set(py_exc_RuntimeError, "throw() into the awaitable %U() of an async generator driven by send() is not "
                          "supported by casyncio's Python", ((py_gen *)self)->qualname);
    }
    py__by_hand += coro;
    py_obj *r = py_gen_throw(self, e);
    py__by_hand -= coro;
    if (((py_gen *)self)->state != PY_GEN_DONE || (!r && py_err_occurred())) return r;
    /* the generator caught the exception and returned: StopIteration, as send() */
    if (!r) r = py_none();
    py_err_setv(py_exc_StopIteration, r);
    py_decref(r);
    return NULL;
}
static py_obj *gen_close_m(py_obj *self, py_obj *const *args, size_t nargs, py_obj *kw) {
    py_gen *g = (py_gen *)self;
    g->awaited = 1;
    if (g->state == PY_GEN_SUSPENDED && g->frame) {
        py_obj *exc = py_exc_new(py_exc_GeneratorExit, NULL);
        /* a value back: the generator caught GeneratorExit and returned, or
         * yielded ("ignored") */
        int coro = PY_TYPE(self) == &py_coro_type;
        py__by_hand += coro;
        py_obj *r = py_gen_throw(self, exc);
        py__by_hand -= coro;
        if (r && g->state == PY_GEN_SUSPENDED) { /* it yielded */
            py_decref(r);
            return py_err_set(py_exc_RuntimeError, "%s ignored GeneratorExit", coro ? "coroutine" : "generator");
        }
        if (r) { py_decref(r); return py_none(); }
        if (py_err_matches(py_exc_GeneratorExit) || py_err_matches(py_exc_StopIteration)) py_err_clear();
        if (py_err_occurred()) return NULL;
    } else if (g->frame) {
        g->frame->gen = NULL;
        frame_free(g->frame);
        g->frame = NULL;
    }
    g->state = PY_GEN_DONE;
    return py_none();
}
static py_obj *gen_repr(py_obj *o) {
    py_gen *g = (py_gen *)o;
    const char *k = PY_TYPE(o) == &py_coro_type ? "coroutine" : PY_TYPE(o) == &py_asyncgen_type ? "async_generator" : "generator";
    return py_str_fmt("<%s object %U at %p>", k, g->qualname, (void *)o);
}
static py_obj *gen_get_name(py_obj *o) { return py_incref(((py_gen *)o)->name); }
static py_obj *gen_get_qualname(py_obj *o) { return py_incref(((py_gen *)o)->qualname); }
/* both writable, as CPython's gen_set_name and gen_set_qualname */
static int gen_set_name(py_obj *o, py_obj *v) { return set_name_str(&((py_gen *)o)->name, v, "__name__"); }
static int gen_set_qualname(py_obj *o, py_obj *v) { return set_name_str(&((py_gen *)o)->qualname, v, "__qualname__"); }
/* Is the generator's frame running now: on the current task's chain of
 * frames?  A coroutine that awaits runs inline in its task, so while the
 * task is parked its frames stay PY_GEN_RUNNING; CPython's are suspended
 * then.  O(depth), only when a program asks. */
int py__gen_on_stack(py_gen *g) {
    if (g->state != PY_GEN_RUNNING) return 0;
    for (py_frame *f = py__ts->frame; f; f = f->back)
        if (f == g->frame) return 1;
    return 0;
}
/* ag_running: also while it is at an await in a task's step (CPython's ag_running_async) */
static py_obj *gen_get_running(py_obj *o) {
    if (PY_TYPE(o) == &py_asyncgen_type) return py_bool(((py_gen *)o)->state == PY_GEN_RUNNING);
    return py_bool(py__gen_on_stack((py_gen *)o));
}
static py_obj *gen_get_suspended(py_obj *o) {
    py_gen *g = (py_gen *)o;
    return py_bool(g->state == PY_GEN_SUSPENDED || (g->state == PY_GEN_RUNNING && !py__gen_on_stack(g)));
}
static py_obj *gen_get_code(py_obj *o) { return py_incref(((py_gen *)o)->code ? ((py_gen *)o)->code : PY_NONE); }
/* gi_frame/cr_frame/ag_frame: None once finished, as CPython's; a
 * running one's f_back is its caller's frame, a suspended one's None. */
static py_obj *gen_get_frame(py_obj *o) {
    py_gen *g = (py_gen *)o;
    if (g->state == PY_GEN_DONE || (!g->frame && !g->cfn)) return py_none();
    if (!g->frame)
        return py_err_set(py_exc_NotImplementedError, "the frame of a %s made in C (asyncio.sleep()...) is not supported by "
                          "casyncio's Python", PY_TYPE(o)->name);
    return py__frame_object(g->frame);
}
/* The coroutines made in C that a frame can await in its task, for
 * cr_await (py_frame's c_await; 0: none, or another) */
static const char *const c_await_names[] = { NULL, "sleep", "wait_for", "_wait_for_one" };
static unsigned char c_await_kind(py_obj *name) {
    for (unsigned char i = 1; i < sizeof c_await_names / sizeof *c_await_names; i++)
        if (py_str_eqc(name, c_await_names[i])) return i;
    return 0;
}
/* asyncio.sleep()'s delay, from what its coroutine made in C holds (delay,
 * or (delay, result)): 1 with *d set when it is an int or a float, else 0
 * (no error left) */
static int sleep_arg_delay(py_obj *arg, double *d) {
    py_obj *v = PY_IS_TUPLE(arg) && PY_TLEN(arg) ? PY_TITEM(arg, 0) : arg;
    int ok = 0;
    if (v && (PY_CHECK_INT(v) || PY_CHECK_FLOAT(v))) *d = py_float_val(v, &ok);
    if (!ok) py_err_clear();
    return ok;
}
/* gi_yieldfrom/cr_await/ag_await: None where CPython's is (not started,
 * finished, running, at a plain yield); what a suspended one awaits is
 * refused rather than guessed (an await of asyncio.sleep() keeps only its
 * argument on the frame's stack). */
static py_obj *gen_get_await(py_obj *o) {
    py_gen *g = (py_gen *)o;
    if (!g->frame && !g->cfn && g->carg && g->state == PY_GEN_SUSPENDED) return py_incref(g->carg); /* a stand-in's (below) */
    if (g->state == PY_GEN_CREATED || g->state == PY_GEN_DONE || !g->frame || py__gen_on_stack(g)) return py_none();
    py_frame *f = g->frame;
    if (g->state == PY_GEN_RUNNING && f->ip > 0 && PY_OP(f->code->code[f->ip - 1]) == OP_AWAIT && f->sp > 0) {
        /* parked at an await in its task, which runs it inline */
        py_obj *top = f->fast[f->nfast + f->sp - 1];
        if (f->c_await) {
            /* the coroutine made in C that it awaits is gone (its argument is
             * on the stack): one of its name stands for it, suspended */
            py_gen *c = (py_gen *)py_coro_c_new(c_await_names[f->c_await], NULL, NULL);
            if (c) {
                c->awaited = 1;
                c->state = PY_GEN_SUSPENDED;
                /* what CPython's awaits in turn: sleep (but sleep(0), at a bare yield) and
                 * wait_for a future's FutureIter (a pending one stands for it) */
                double d = 0;
                if (f->c_await == 2 || (f->c_await == 1 && (!sleep_arg_delay(top, &d) || d != 0.0)))
                    c->carg = py__asyncio_pending_iter();
                if (!c->carg) py_err_clear();
            }
            return (py_obj *)c;
        }
        if (PY_TYPE(top) == &py_coro_type && ((py_gen *)top)->frame && ((py_gen *)top)->state == PY_GEN_RUNNING)
            return py_incref(top); /* a coroutine it awaits inline */
        if (py_is_future(top)) return py__asyncio_future_iter(top); /* CPython's FutureIter */
    }
    if (g->state == PY_GEN_SUSPENDED) {
        if ((PY_TYPE(o) == &py_gen_type && PY_OP(f->code->code[f->ip]) == OP_YIELD_FROM) || f->await_yf == 1)
            return py_incref(f->fast[f->nfast + f->sp - 1]); /* the iterator it delegates to (or awaits, by hand) */
        if (PY_TYPE(o) != &py_coro_type) return py_none(); /* at a plain yield */
    }
    return py_err_set(py_exc_NotImplementedError, "what a suspended %s awaits (gi_yieldfrom, cr_await, ag_await) "
                      "is not supported by casyncio's Python", PY_TYPE(o)->name);
}
static py_obj *gen_get_origin(py_obj *o) {
    py_gen *g = (py_gen *)o;
    if (!g->origin) return py_none();
    size_t n = PY_TLEN(g->origin);
    py_obj *r = py_tuple_new(n);
    for (size_t i = 0; r && i < n; i++) {
        py_obj *e = PY_TITEM(g->origin, i);
        py_obj *t = py_tuple_pack(3, PY_TITEM(e, 0), PY_TITEM(e, 1), PY_TITEM(e, 2));
        if (!t) PY_CLEAR(r);
        else PY_TITEM(r, i) = t;
    }
    return r;
}
/* each kind its own names, as CPython's: a coroutine has no gi_frame */
#define GEN_NAMES { "__name__", gen_get_name, gen_set_name }, { "__qualname__", gen_get_qualname, gen_set_qualname }
static const py_getsetdef gen_getset[] = {
    GEN_NAMES, { "gi_running", gen_get_running, NULL }, { "gi_suspended", gen_get_suspended, NULL },
    { "gi_frame", gen_get_frame, NULL }, { "gi_code", gen_get_code, NULL }, { "gi_yieldfrom", gen_get_await, NULL }, { NULL, NULL, NULL },
};
static const py_getsetdef coro_getset[] = {
    GEN_NAMES, { "cr_running", gen_get_running, NULL }, { "cr_suspended", gen_get_suspended, NULL }, { "cr_frame", gen_get_frame, NULL },
    { "cr_code", gen_get_code, NULL }, { "cr_await", gen_get_await, NULL }, { "cr_origin", gen_get_origin, NULL }, { NULL, NULL, NULL },
};
static const py_getsetdef agen_getset[] = {
    GEN_NAMES, { "ag_running", gen_get_running, NULL }, { "ag_frame", gen_get_frame, NULL }, { "ag_code", gen_get_code, NULL },
    { "ag_await", gen_get_await, NULL }, { NULL, NULL, NULL },
};
static const py_methoddef gen_methods[] = {
    { "send", gen_send_m, 0 }, { "throw", gen_throw_m, 0 }, { "close", gen_close_m, 0 }, { NULL, NULL, 0 },
};
static py_obj *coro_await_m(py_obj *self, py_obj *const *args, size_t nargs, py_obj *kw);
static const py_methoddef coro_methods[] = {
    { "send", gen_send_m, 0 }, { "throw", gen_throw_m, 0 }, { "close", gen_close_m, 0 }, { "__await__", coro_await_m, 0 },
    { NULL, NULL, 0 },
};
static py_obj *agen_anext(py_obj *self, py_obj *const *args, size_t nargs, py_obj *kw);
static py_obj *agen_aiter(py_obj *self, py_obj *const *args, size_t nargs, py_obj *kw) { return py_incref(self); }
static py_obj *agen_asend(py_obj *self, py_obj *const *args, size_t nargs, py_obj *kw);
static py_obj *agen_athrow(py_obj *self, py_obj *const *args, size_t nargs, py_obj *kw);
static py_obj *agen_aclose(py_obj *self, py_obj *const *args, size_t nargs, py_obj *kw);
static const py_methoddef agen_methods[] = {
    { "__anext__", agen_anext, 0 }, { "__aiter__", agen_aiter, 0 }, { "aclose", agen_aclose, 0 },
    { "asend", agen_asend, 0 }, { "athrow", agen_athrow, 0 }, { "__class_getitem__", py__class_getitem, PY_METH_CLASS }, { NULL, NULL, 0 },
};

py_type py_gen_type = { {PY_IMMORTAL, &py_type_type}, "generator", .size = sizeof(py_gen), .dealloc = gen_dealloc,
    .iter = gen_self_iter, .next = gen_iternext, .repr = gen_repr, .methods = gen_methods, .getset = gen_getset };
py_type py_coro_type = { {PY_IMMORTAL, &py_type_type}, "coroutine", .size = sizeof(py_gen), .dealloc = gen_dealloc,
    .repr = gen_repr, .methods = coro_methods, .getset = coro_getset };
py_type py_asyncgen_type = { {PY_IMMORTAL, &py_type_type}, "async_generator", .size = sizeof(py_gen),
    .dealloc = gen_dealloc, .repr = gen_repr, .methods = agen_methods, .getset = agen_getset };

/* The next value of an async generator, run to its next yield (awaits
 * inside it suspend the task, which is how this interpreter awaits). */
/* Started async generators not yet finished (borrowed), for asyncio.run's
 * shutdown_asyncgens(): CPython's firstiter hook keeps a weak set of them. */
static py_obj **agens;
static size_t nagens, capagens;
void py__agen_track(py_obj *o) {
    py_gen *g = (py_gen *)o;
    if (g->state != PY_GEN_CREATED || !cas_get_running_loop()) return;
    for (size_t i = 0; i < nagens; i++) if (agens[i] == o) return;
    if (nagens == capagens) {
        size_t cap = capagens ? capagens * 2 : 8;
        py_obj **a = realloc(agens, cap * sizeof *a);
        if (!a) return;
        agens = a;
        capagens = cap;
    }
    agens[nagens++] = o;
}
void py__agen_forget(py_obj *o) {
    for (size_t i = 0; i < nagens; i++)
        if (agens[i] == o) { agens[i] = agens[--nagens]; return; }
}

/* ---- sys.set_asyncgen_hooks() ----------------------------------------------------
 * Each hook is NULL (None), AGH_LOOP (the running loop's own, installed by
 * its run as CPython's run_forever installs them; get_asyncgen_hooks()
 * gives its bound method) or a callable of the program's (owned).  An async
 * generator takes them as its first asend, athrow or aclose object is made
 * (CPython's async_gen_init_hooks): firstiter is called then, and the
 * finalizer then is the one it is given to if it is dropped suspended.  A
 * thread has none (CPython's are per thread). */
static char agh_loop_tag;
#define AGH_LOOP ((py_obj *)&agh_loop_tag)
static py_obj *agh[2];
typedef struct { py_obj *gen, *fin; } agen_fin; /* gen borrowed, fin owned */
static agen_fin *agen_fins;
static size_t nagen_fins, capagen_fins;

static void agh_set(int i, py_obj *v) { /* takes v */
    py_obj *old = agh[i];
    agh[i] = v;
    if (old && old != AGH_LOOP) py_decref(old);
}
void py__agen_hooks_enter(py_obj *saved[2]) {
    saved[0] = agh[0];
    saved[1] = agh[1];
    agh[0] = agh[1] = AGH_LOOP;
}
void py__agen_hooks_leave(py_obj *saved[2]) {
    agh_set(0, saved[0]);
    agh_set(1, saved[1]);
}
/* sys.get_asyncgen_hooks()'s item i (0 firstiter, 1 finalizer) */
py_obj *py__agen_hook_get(int i) {
    if (agh[i] == AGH_LOOP) return py__in_thread() ? py_none() : py__asyncio_loop_hook(i);
    return py_incref(agh[i] ? agh[i] : PY_NONE);
}
/* sys.set_asyncgen_hooks()'s: v is None, or callable (checked); the running
 * loop's own (a program putting back what it found) is AGH_LOOP again */
int py__agen_hook_set(int i, py_obj *v) {
    if (v == PY_NONE) {
        agh_set(i, NULL);
        return 0;
    }
    py_obj *own = py__in_thread() || !cas_get_running_loop() ? NULL : py__asyncio_loop_hook(i);
    int same = own ? py_eq(own, v) : 0;
    py_xdecref(own);
    py_err_clear();
    agh_set(i, same > 0 ? AGH_LOOP : py_incref(v));
    return 0;
}
static int agen_init_hooks(py_obj *o) {
    py_gen *g = (py_gen *)o;
    if (g->ag_hooks) return 0;
    g->ag_hooks = 1;
    if (py__in_thread()) return 0;
    py_obj *first = agh[0], *fin = agh[1];
    if (fin == AGH_LOOP) g->ag_hooks = 2; /* its finalizer: the loop's (py__agen_finalize) */
    else if (fin) {
        if (nagen_fins == capagen_fins) {
            size_t cap = capagen_fins ? capagen_fins * 2 : 4;
            agen_fin *a = realloc(agen_fins, cap * sizeof *a);
            if (!a) { py_err_nomem(); return -1; }
            agen_fins = a;
            capagen_fins = cap;
        }
        agen_fins[nagen_fins++] = (agen_fin){ o, py_incref(fin) };
    }
    if (first == AGH_LOOP) py__agen_track(o);
    else if (first) {
        py_obj *r = py_call1(first, o);
        if (!r) return -1;
        py_decref(r);
    }
    return 0;
}
/* the finalizer o took at its first iteration, if the program's (a new reference), forgotten */
static py_obj *agen_take_fin(py_obj *o) {
    for (size_t i = 0; i < nagen_fins; i++)
        if (agen_fins[i].gen == o) {
            py_obj *fin = agen_fins[i].fin;
            agen_fins[i] = agen_fins[--nagen_fins];
            return fin;
        }
    return NULL;
}
/* The started, unfinished async generators (new references), forgotten here. */
py_obj *py__agen_take_all(void) {
    py_obj *l = py_list_new(0);
    for (size_t i = 0; l && i < nagens; i++)
        if (((py_gen *)agens[i])->state == PY_GEN_SUSPENDED) py_list_append(l, agens[i]);
    nagens = 0;
    return l;
}

/* The StopAsyncIteration of a generator that is done (or closed). */
static py_obj *agen_stopped(void) {
    py_err_set_exc(py_exc_new(py_exc_StopAsyncIteration, NULL));
    return NULL;
}
/* __anext__ and asend(v): the generator runs on to its next yield. */
static py_obj *agen_send(py_obj *o, py_obj *v) {
    int y;
    /* running: at an await in another task's step (CPython's ag_running_async) */
    if (((py_gen *)o)->state == PY_GEN_RUNNING || (((py_gen *)o)->frame && ((py_gen *)o)->frame->await_yf && o != agen_hand))
        return py_err_set(py_exc_RuntimeError, "anext(): asynchronous generator is already running"); /* (or at an await, by hand) */
    if (!((py_gen *)o)->ag_hooks && agen_init_hooks(o) < 0) return NULL;
    py__resume_token = o; /* its frames run on this instrumented stack: they may suspend in wasm */
    py_obj *r = py_gen_send(o, v, &y);
    py__resume_token = NULL;
    if (y) return r;
    py_xdecref(r);
    return py_err_occurred() ? NULL : agen_stopped();
}
static py_obj *agen_next(py_obj *o) { return agen_send(o, PY_NONE); }
/* asend(v), athrow(exc), aclose(): awaitables that run the generator on
 * (C coroutines, as __anext__). */
static py_obj *agen_asend_run(py_obj *arg) { return agen_send(PY_TITEM(arg, 0), PY_TITEM(arg, 1)); }
/* What athrow()'s (closing 0) and aclose()'s (1) awaitables give once an
 * exception went into the generator and it ran on: r, its yield, or its
 * end.  athrow: the value it yields, or StopAsyncIteration when it
 * returns.  aclose: None when it ends by GeneratorExit or
 * StopAsyncIteration, RuntimeError when it yields again. */
static py_obj *agen_thrown(py_gen *g, py_obj *r, int closing) {
    int yielded = r && g->state == PY_GEN_SUSPENDED;
    if (!closing) {
        if (yielded) return r;
        py_xdecref(r);
        return py_err_occurred() ? NULL : agen_stopped();
    }
    if (r) {
        py_decref(r);
        return yielded ? py_err_set(py_exc_RuntimeError, "async generator ignored GeneratorExit") : py_none();
    }
    if (!py_err_matches(py_exc_GeneratorExit) && !py_err_matches(py_exc_StopAsyncIteration)) return NULL;
    py_err_clear();
    return py_none();
}
static py_obj *agen_athrow_run(py_obj *arg) {
    py_obj *o = PY_TITEM(arg, 0);
    py_gen *g = (py_gen *)o;
    if (g->state == PY_GEN_DONE) return py_none(); /* CPython 3.11: a finished generator's athrow() is None */
    if (g->state == PY_GEN_RUNNING) return py_err_set(py_exc_RuntimeError, "athrow(): asynchronous generator is already running");
    if (g->ag_closed) return agen_stopped(); /* aclose() began: the frame lives on, untouched */
    py__resume_token = o;
    py_obj *r = py_gen_throw(o, py_incref(PY_TITEM(arg, 1)));
    py__resume_token = NULL;
    return agen_thrown(g, r, 0);
}
static py_obj *agen_aclose_run(py_obj *o) {
    py_gen *g = (py_gen *)o;
    if (g->state == PY_GEN_RUNNING && g->frame) return py_err_set(py_exc_RuntimeError, "aclose(): asynchronous generator is already running");
    if (g->state != PY_GEN_SUSPENDED || !g->frame) {
        if (g->frame && g->state == PY_GEN_CREATED) { g->frame->gen = NULL; frame_free(g->frame); g->frame = NULL; }
        if (g->state != PY_GEN_RUNNING) g->state = PY_GEN_DONE;
        return py_none();
    }
    if (g->ag_closed) return agen_stopped();
    g->ag_closed = 1;
    py_obj *exc = py_exc_new(py_exc_GeneratorExit, NULL);
    py__resume_token = o;
    py_obj *r = exc ? py_gen_throw(o, exc) : NULL;
    py__resume_token = NULL;
    if (!exc) return NULL;
    return agen_thrown(g, r, 1);
}
static py_obj *agen_awaitable(const char *name, py_obj *(*fn)(py_obj *), py_obj *arg) {
    py_obj *c = py_coro_c_new(name, fn, arg);
    if (c) ((py_gen *)c)->awaited = 1; /* CPython's asend/athrow objects never warn */
    return c;
}
static py_obj *agen_asend(py_obj *self, py_obj *const *args, size_t nargs, py_obj *kw) {
    if (nargs != 1 || kw) return py_err_set(py_exc_TypeError, "async_generator.asend() takes exactly one argument (%d given)", (int)nargs);
    if (agen_init_hooks(self) < 0) return NULL;
    return agen_awaitable("asend", agen_asend_run, py_tuple_pack(2, self, args[0]));
}
static py_obj *agen_athrow(py_obj *self, py_obj *const *args, size_t nargs, py_obj *kw) {
    if (nargs < 1) return py_err_set(py_exc_TypeError, "athrow expected at least 1 argument, got 0");
    if (agen_init_hooks(self) < 0) return NULL;
    py_obj *e = args[0];
    if (PY_IS_TYPE(e) && (((py_type *)e)->flags & PY_TF_EXC)) e = py_call(e, args + 1, nargs > 1 ? 1 : 0, NULL);
    else py_incref(e);
    if (!e) return NULL;
    if (!PY_IS_EXC(e)) { py_decref(e); return py_err_set(py_exc_TypeError, "exceptions must derive from BaseException"); }
    py_obj *a = py_tuple_pack(2, self, e);
    py_decref(e);
    return agen_awaitable("athrow", agen_athrow_run, a);
}
static py_obj *agen_aclose(py_obj *self, py_obj *const *args, size_t nargs, py_obj *kw) {
    if (agen_init_hooks(self) < 0) return NULL;
    return agen_awaitable("aclose", agen_aclose_run, py_incref(self));
}
/* For asyncio.c's finalizer hook: aclose()'s awaitable, holding gen (stolen). */
py_obj *py__agen_aclose_coro(py_obj *gen) { return agen_awaitable("aclose", agen_aclose_run, gen); }
/* __anext__ returns an awaitable: a C coroutine that runs the generator. */
static py_obj *agen_anext_run(py_obj *arg) { return agen_next(arg); }
/* send(v) of an async generator's __anext__() or asend() awaitable a driven
 * by hand: the generator runs on, and what an await in it yields comes out
 * of send() (the generator's frame at that await: await_yf), while a value it
 * yields ends the awaitable with StopIteration(value), as CPython's
 * async_gen_asend_send.  Returns a itself (a new reference) for any other
 * awaitable made in C. */
static py_obj *agen_awaitable_send(py_gen *a, py_obj *v) {
    if (a->cfn != agen_anext_run && a->cfn != agen_asend_run) return py_incref((py_obj *)a);
    py_obj *ag = a->cfn == agen_anext_run ? a->carg : PY_TITEM(a->carg, 0);
    py_gen *g = (py_gen *)ag;
    if (a->state == PY_GEN_CREATED && v == PY_NONE && a->cfn == agen_asend_run) v = PY_TITEM(a->carg, 1);
    a->awaited = 1;
    a->state = PY_GEN_RUNNING;
    py_incref((py_obj *)a);
    py_obj *outer = agen_hand;
    agen_hand = ag;
    py__by_hand++;
    py_obj *r = agen_send(ag, v);
    py__by_hand--;
    agen_hand = outer;
    a->state = r && g->state == PY_GEN_SUSPENDED && g->frame && g->frame->await_yf ? PY_GEN_SUSPENDED : PY_GEN_DONE;
    py_decref((py_obj *)a);
    if (!r || a->state == PY_GEN_SUSPENDED) return r;
    if (r == PY_NONE) { /* the item: StopIteration(item), StopIteration() for None */
        py_obj *e = py_exc_new(py_exc_StopIteration, NULL);
        if (e) py_err_set_exc(e);
    } else py_err_setv(py_exc_StopIteration, r);
    py_decref(r);
    return NULL;
}
static py_obj *agen_anext(py_obj *self, py_obj *const *args, size_t nargs, py_obj *kw) {
    if (agen_init_hooks(self) < 0) return NULL;
    return py_coro_c_new("__anext__", agen_anext_run, py_incref(self));
}

/* The type CPython gives the awaitable of an async generator's asend(),
 * __anext__(), athrow() or aclose(), or NULL for any other object; and
 * whether it is one not yet run (throwing into it runs the generator). */
const char *py__agen_awaitable_type(py_obj *o) {
    py_obj *(*fn)(py_obj *) = PY_TYPE(o) == &py_coro_type ? ((py_gen *)o)->cfn : NULL;
    return fn == agen_anext_run || fn == agen_asend_run ? "async_generator_asend"
         : fn == agen_athrow_run || fn == agen_aclose_run ? "async_generator_athrow" : NULL;
}
int py__is_agen_awaitable(py_obj *o) { return py__agen_awaitable_type(o) && ((py_gen *)o)->state == PY_GEN_CREATED; }
/* Its throw(exc) (exc stolen), as CPython's async_gen_asend_throw and
 * async_gen_athrow_throw: into the generator, whose except and finally
 * blocks see it; a Task cancelled before its first step throws
 * CancelledError into its coroutine so.  The awaitable's outcome. */
py_obj *py__agen_awaitable_throw(py_obj *aw, py_obj *exc) {
    py_gen *a = (py_gen *)aw;
    int closing = a->cfn == agen_aclose_run;
    py_obj *o = closing || a->cfn == agen_anext_run ? a->carg : PY_TITEM(a->carg, 0);
    py_gen *g = (py_gen *)o;
    a->state = PY_GEN_DONE;
    if (g->state == PY_GEN_RUNNING) {
        py_decref(exc);
        return py_err_set(py_exc_ValueError, "async generator already executing");
    }
    resume_throw t = { g, closing ? NULL : PY_TITEM(a->carg, 1), 0, py__ts->rthrows };
    int pending = closing || a->cfn == agen_athrow_run; /* asend's next send() is a plain one */
    if (pending) py__ts->rthrows = &t;
    py__resume_token = o;
    py_obj *r = py_gen_throw(o, exc);
    py__resume_token = NULL;
    if (pending) resume_throw_drop(&t);
    return agen_thrown(g, r, closing); /* asend's and __anext__'s outcome is athrow's */
}

py_obj *py_coro_c_new(const char *name, py_obj *(*fn)(py_obj *), py_obj *arg) {
    py_gen *g = (py_gen *)py_alloc(&py_coro_type);
    if (!g) { py_xdecref(arg); return NULL; }
    g->cfn = fn;
    g->carg = arg;
    g->name = py_str_intern(name); /* name is a literal: one str for every sleep() */
    g->qualname = py_incref(g->name);
    g->state = PY_GEN_CREATED;
    if (!strcmp(name, "__anext__")) g->awaited = 1;
    /* where it was made, as for an async def's (asyncio.sleep(0) not awaited in debug mode) */
    else if (py__origin_depth > 0) g->origin = coro_origin(py__origin_depth);
    return (py_obj *)g;
}

/* ---- the never-awaited warning, as the warnings module prints it ---------------------------- */

static py_obj *warned;

int py__warn_through_module(const char *category, py_obj *text, py_frame *f, int hint, py_obj *what);
/* The warning's text: "coroutine 'f' was never awaited", and where it was
 * made when that was tracked, as CPython's warnings._warn_unawaited_coroutine
 * writes it (traceback.format_list, the last newline stripped). */
static py_obj *unawaited_text(py_gen *g) {
    py_buf b = {0};
    py_buf_printf(&b, "coroutine '%s' was never awaited", py_s(g->qualname));
    if (g->origin) {
        py_buf_puts(&b, "\nCoroutine created at (most recent call last)");
        for (size_t i = PY_TLEN(g->origin); i-- > 0;) {
            py_obj *e = PY_TITEM(g->origin, i);
            int ov;
            py_buf_printf(&b, "\n  File \"%s\", line %d, in %s", py_s(PY_TITEM(e, 0)), (int)py_int_val(PY_TITEM(e, 1), &ov),
                          py_s(PY_TITEM(e, 2)));
            if (py_slen(PY_TITEM(e, 3))) py_buf_printf(&b, "\n    %s", py_s(PY_TITEM(e, 3)));
        }
    }
    return py_str_from_buf(&b);
}
/* Where CPython's library drops what it held, for a warning given there:
 * set by the prelude around such a line (asyncio's _lib_site: a cancelled
 * Handle's arguments, a closed loop's timers), else NULL. */
const char *py__lib_site_file, *py__lib_site_src;
int py__lib_site_line;
static void gen_warn_unawaited(py_gen *g) {
    py_frame *f = py__lib_site_file ? NULL : py__ts->frame;
    /* not at a line of the preludes' own code ("<asyncio>", "<frozen ...>"):
     * CPython names its library's file there (events.py when a callback's
     * Handle ran), or the program's line when its function is C; here the
     * program's frame that called in, or sys:1 when none did (a location
     * of its own for the once-per-location rule, and the tracemalloc line
     * of a warning made while the program runs) */
    int in_lib = 0;
    while (f && f->code->source && (py_str_eqc(f->code->source->filename, "<asyncio>") ||
                                    !strncmp(py_s(f->code->source->filename), "<frozen ", 8))) {
        f = f->back;
        in_lib = 1;
    }
    in_lib = in_lib && !f;
    /* no frame of the program's while a task's step or a callback runs: CPython's
     * is the loop's Handle._run in events.py, which warns there */
    int in_handle = !f && (in_lib || (!py__finalizing && cas_get_running_loop() && !py__in_thread()));
    /* once the program has imported warnings: through its filters */
    py_obj *msg = unawaited_text(g);
    int through = msg ? py__warn_through_module("RuntimeWarning", msg, f, f != NULL, (py_obj *)g) : 0;
    if (through) { py_xdecref(msg); return; }
    py_obj *saved = py_err_fetch();
    py_buf b = {0};
    int line = 0;
    const char *fname = "sys";
    py_source *src = NULL;
    if (f) {
        line = py_frame_line(f);
        src = f->code->source;
        fname = py_s(src->filename);
    } else if (py__lib_site_file) {
        fname = py__lib_site_file;
        line = py__lib_site_line;
    } else if (in_handle) {
        fname = PY_LIB_DIR "asyncio/events.py";
        line = 80;
    } else line = 1;
    /* the "default" action: once per (message, location) */
    py_obj *key = msg ? py_str_fmt("%U\n%s\n%d", msg, in_handle && !py__lib_site_file ? "<library>" : fname, line) : NULL;
    if (!warned) warned = py_set_new(&py_set_type, NULL);
    if (key && warned && !py_set_contains(warned, key)) {
        py_set_add(warned, key);
        py_buf_printf(&b, "%s:%d: RuntimeWarning: ", fname, line);
        py_buf_put(&b, py_s(msg), py_slen(msg));
        py_buf_putc(&b, '\n');
        const char *ls;
        size_t ll;
        if (src && !src->lazy && py_source_line_stripped(src, line, &ls, &ll) == 0) {
            py_buf_puts(&b, "  ");
            py_buf_put(&b, ls, ll);
            py_buf_putc(&b, '\n');
        } else if (py__lib_site_file) py_buf_printf(&b, "  %s\n", py__lib_site_src);
        else if (in_handle) py_buf_puts(&b, "  " PY_HANDLE_RUN_SRC "\n");
        /* CPython's warnings module suggests tracemalloc when it can still
         * import it: not once finalize_modules has emptied sys.path, where
         * what sys.last_traceback or the modules held dies */
        /* (and as the uncaught exception's traceback dies, CPython's
         * sys.last_traceback cleared while sys.path is gone already, when
         * an earlier warning's suggestion imported tracemalloc) */
        static int tracemalloc_imported;
        if (f || in_handle || py__lib_site_file || (!py__finalizing && !py__uncaught) ||
            (!py__finalizing && py__uncaught == 1 && tracemalloc_imported)) {
            py_buf_puts(&b, "RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n");
            tracemalloc_imported = 1;
        }
        py_write(2, b.data, b.len);
    }
    py_xdecref(key);
    py_xdecref(msg);
    py_buf_free(&b);
    py_err_clear();
    py__ts->exc = saved;
}

/* ---- awaiting from C ------------------------------------------------------------------------- */

/* Coroutines being driven by hand (their send() or throw() called from
 * Python) on the running task.  Such a coroutine must hand what it awaits
 * up to its caller, as CPython's does (asyncio.sleep(0) yields None out of
 * send()); here an await suspends the whole task instead, so an await that
 * would suspend is refused in one (natively as in wasm) rather than giving
 * other output.  A task never switches while this is not 0. */
int py__by_hand;

/* May an await suspend the task here?  Not inside a coroutine driven by
 * hand, and in wasm only where Asyncify instruments the stack. */
int py__may_await(void) { return py__by_hand == 0 && py__may_suspend(1); }

/* An await that cannot suspend here (see "Suspending under Asyncify"). */
py_obj *py__unsafe_await(void) {
    if (py__by_hand)
        return py_err_set(py_exc_RuntimeError, "an await that suspends inside a coroutine driven by send() or throw() is "
                          "not supported by casyncio's Python (let asyncio run it: await it, or asyncio.create_task)");
    return py_err_set(py_exc_RuntimeError, "an await inside a function called back from C code (a coroutine driven by "
                      "send(), a finalizer...) is not supported by casyncio's Python in wasm");
}

py_obj *py__asyncio_current_task_repr(void);
/* Awaits the iterator it (taken) as CPython's task steps a coroutine that
 * delegates to it: an __await__()'s result, or a generator of a function
 * types.coroutine marked. */
static py_obj *await_iter(py_obj *it) {
    py_obj *v;
    /* a generator __await__ runs on this instrumented stack: it may suspend in wasm */
    /* the iterator's own next, not py_next: its StopIteration carries the result.
     * What it yields is what CPython's task gets: None, a bare yield, steps
     * again on the loop's next turn; anything else is thrown back into it as
     * "Task got bad yield" on that turn (asyncio's own awaitables yield
     * nothing here: they wait inside their next()). */
    py_obj *throw_in = NULL;
    for (;;) {
        py__resume_token = it;
        if (throw_in) {
            py_obj *x = throw_in; /* both take it */
            throw_in = NULL;
            v = PY_TYPE(it) == &py_gen_type ? py_gen_throw(it, x) : (py_err_set_exc(x), NULL);
        } else v = it->type->next ? py__next_keep_stop(it) : py_next(it); /* (a class's StopIteration kept: its value) */
        py__resume_token = NULL;
        if (!v) break;
        if (!py__may_await()) { py_decref(v); py_decref(it); return py__unsafe_await(); }
        /* a future yielded (a future's __await__() iterated by a generator of the
         * program's): CPython's task waits for it, then steps on (its exception,
         * a cancel's CancelledError too, thrown in at the yield) */
        /* CPython's __step reads _asyncio_future_blocking: a future yielded bare
         * (not blocking) is an error, and an object of another kind that has it
         * set is waited for through its add_done_callback */
        int fut = py_is_future(v), bad = fut && !py__future_blocking(v), duck = 0;
        if (!fut && v != PY_NONE && PY_TYPE(v) != &py_gen_type) {
            py_obj *b = py_getattr_s(v, "_asyncio_future_blocking");
            if (!b) py_err_clear();
            else if (b != PY_NONE) {
                int t = py_truth(b);
                if (t < 0) py_err_clear();
                duck = t > 0;
                bad = t == 0;
            }
            py_xdecref(b);
        }
        py_obj *r = resumed(fut && !bad ? py_await(v) : duck ? py__asyncio_duck_wait(v) : py__asyncio_bare_yield());
        if (!r) throw_in = py_err_fetch(); /* cancelled meanwhile: CancelledError at the yield */
        else if ((fut && !bad) || duck) py_decref(r);
        else if (bad) {
            py_decref(r);
            py_obj *vr = py_repr(v), *tr = vr ? py__asyncio_current_task_repr() : NULL;
            if (tr) py_err_set(py_exc_RuntimeError, "yield was used instead of yield from in task %U with %U", tr, vr);
            py_xdecref(tr);
            py_xdecref(vr);
            throw_in = py_err_fetch();
        } else {
            py_decref(r);
            if (v != PY_NONE) {
                py_obj *vr = py_repr(v);
                if (!vr) throw_in = py_err_fetch();
                else {
                    const char *fmt = PY_TYPE(v) == &py_gen_type ? "yield was used instead of yield from for generator in task %U with %U"
                                                                 : "Task got bad yield: %U";
                    py_obj *tr = PY_TYPE(v) == &py_gen_type ? py__asyncio_current_task_repr() : NULL;
                    if (PY_TYPE(v) == &py_gen_type) py_err_set(py_exc_RuntimeError, fmt, tr ? tr : PY_NONE, vr);
                    else py_err_set(py_exc_RuntimeError, fmt, vr);
                    py_xdecref(tr);
                    py_decref(vr);
                    throw_in = py_err_fetch();
                }
            }
        }
        py_decref(v);
    }
    if (py_err_matches(py_exc_StopIteration)) {
        py_obj *e = py_err_fetch();
        py_obj *val = py_stopiteration_value(e);
        py_decref(e);
        py_decref(it);
        return val;
    }
    py_decref(it);
    if (py_err_occurred()) return NULL;
    return py_none();
}

/* A C coroutine awaited again: an async generator's awaitables say so as CPython's. */
static py_obj *reuse_error(py_gen *g) {
    const char *n = g->name && PY_IS_STR(g->name) ? py_s(g->name) : "";
    if (!strcmp(n, "asend") || !strcmp(n, "__anext__"))
        return py_err_set(py_exc_RuntimeError, "cannot reuse already awaited __anext__()/asend()");
    if (!strcmp(n, "athrow") || !strcmp(n, "aclose"))
        return py_err_set(py_exc_RuntimeError, "cannot reuse already awaited aclose()/athrow()");
    return py_err_set(py_exc_RuntimeError, "cannot reuse already awaited coroutine");
}

/* A coroutine awaited a second time: CPython's GET_AWAITABLE tells one that
 * another await is still in (suspended in another task) from one finished,
 * and its send() one that is running. */
static py_obj *reawait_error(py_gen *g) {
    if (g->state == PY_GEN_RUNNING) /* on this task's own stack: awaiting itself */
        for (py_frame *f = py__ts->frame; f; f = f->back)
            if (f == g->frame) return py_err_set(py_exc_ValueError, "coroutine already executing");
    return py_err_set(py_exc_RuntimeError, g->state == PY_GEN_SUSPENDED || g->state == PY_GEN_RUNNING
                      ? "coroutine is being awaited already" : "cannot reuse already awaited coroutine");
}

/* what OP_AWAIT's argument says the awaited object came from (1: __aenter__, 2: __aexit__), for
 * py_await's error; 0 for any other await */
static int await_from;
/* A task's generator-based coroutine (a plain generator: asyncio.c's task_body), stepped as an awaited types.coroutine one */
py_obj *py__await_gen(py_obj *g) { return await_iter(py_incref(g)); }
py_obj *py_await(py_obj *o) {
    int from = await_from;
    await_from = 0;
    if (PY_TYPE(o) == &py_coro_type) {
        py_gen *g = (py_gen *)o;
        if (g->cfn) {
            if (g->state != PY_GEN_CREATED) return reuse_error(g);
            g->state = PY_GEN_DONE;
            g->awaited = 1;
            if (!py__may_await()) return py__unsafe_await();
            py_obj *r = g->cfn(g->carg);
            PY_CLEAR(g->carg); /* done: it keeps nothing, as CPython clears a finished coroutine's frame */
            return r;
        }
        if (g->state != PY_GEN_CREATED) return reawait_error(g);
        int y;
        py_obj *r = gen_send(o, PY_NONE, &y);
        if (y) {
            py_decref(r);
            return py_err_set(py_exc_RuntimeError, "a coroutine yielded, which casyncio's Python does not support");
        }
        if (!r && !py_err_occurred()) r = py_none();
        return r;
    }
    /* a generator of a function types.coroutine marked: awaited as CPython's yield from */
    if (PY_TYPE(o) == &py_gen_type && ((py_gen *)o)->code
        && (((py_code *)((py_gen *)o)->code)->flags & PY_CO_ITERABLE_COROUTINE))
        return await_iter(py_incref(o));
    py_obj *res;
    if (py__asyncio_await(o, &res)) return res;
    if (o->type->flags & PY_TF_HEAP) {
        py_obj *f = py_type_lookup_s(o->type, "__await__");
        if (f) {
            py_obj *it = py_call1(f, o);
            if (!it) return NULL;
            if (!it->type->next || PY_TYPE(it) == &py_coro_type) {
                /* CPython's _PyCoro_GetAwaitableIter: a coroutine is refused too */
                py_err_set(py_exc_TypeError, PY_TYPE(it) == &py_coro_type ? "__await__() returned a coroutine"
                                                                           : "__await__() returned non-iterator of type '%s'", py_type_name(it));
                py_decref(it);
                return NULL;
            }
            return await_iter(it);
        }
    }
    if (from) /* CPython's format_awaitable_error */
        return py_err_set(py_exc_TypeError, "'async with' received an object from __a%s__ that does not implement __await__: %s",
                          from == 1 ? "enter" : "exit", py_type_name(o));
    return py_err_set(py_exc_TypeError, "object %s can't be used in 'await' expression", py_type_name(o));
}

/* x.__await__() of a coroutine or a future: an iterator whose first next()
 * awaits x (suspending the task, as awaits do here) and stops with its
 * result, so `yield from x.__await__()` in a class's own __await__ works. */
/* A failed call's arguments stay alive with the traceback (pending_keep)
 * when CPython's callee is written in Python, whose frame keeps them as
 * its locals; not for builtins (sum, print, ...) or builtin types, nor
 * for what is not callable at all (`worker()()`: the coroutine is freed,
 * and warned about, before the TypeError's traceback is printed). */
static __attribute__((noinline, cold)) int keeps_args(py_obj *c) {
    if (!c->type->call) return 0;
    if (PY_TYPE(c) == &py_type_type && !(((py_type *)c)->flags & PY_TF_HEAP)) return 0;
    if (PY_TYPE(c) != &py_cfunc_type) return 1;
    py_obj *m = ((py_cfunc *)c)->self;
    if (!m || PY_TYPE(m) != &py_module_type) return 1;
    /* a function of a module that is C in CPython too (math.sqrt, time.sleep...) */
    static const char c_modules[] = " builtins math time sys gc atexit itertools operator ";
    py_obj *n = ((py_module *)m)->name;
    char key[24];
    if (py_slen(n) + 3 > sizeof key) return 1;
    snprintf(key, sizeof key, " %s ", py_s(n));
    return !strstr(c_modules, key);
}

typedef struct { py_obj ob; py_obj *aw; int done; py_obj *hand; } awaititer;
static void awaititer_dealloc(py_obj *o) {
    py_xdecref(((awaititer *)o)->aw);
    py_xdecref(((awaititer *)o)->hand);
    free(o);
}
static py_obj *awaititer_next(py_obj *o) {
    awaititer *a = (awaititer *)o;
    int safe = py__take_safe(o); /* py_await's loop over a class's __await__ announces it */
    /* asyncio.sleep(0)'s driven by hand: CPython's __sleep0() yields None once, then it returns its result */
    py_gen *g = (py_gen *)a->aw;
    if (!safe && !a->done && PY_TYPE(a->aw) == &py_coro_type && g->cfn && (g->state == PY_GEN_CREATED || a->hand == PY_NONE)
        && py_str_eqc(g->name, "sleep")) {
        double d;
        if (py__stack_check("") < 0) return NULL; /* (a float subclass's __float__ may recurse) */
        if (sleep_arg_delay(g->carg, &d) && d == 0.0) {
            g->awaited = 1;
            if (!a->hand) { /* its one yield */
                g->state = PY_GEN_SUSPENDED;
                a->hand = py_none();
                return py_none();
            }
            a->done = 1;
            g->state = PY_GEN_DONE;
            py_err_setv(py_exc_StopIteration, PY_IS_TUPLE(g->carg) && PY_TLEN(g->carg) > 1 ? PY_TITEM(g->carg, 1) : PY_NONE);
            PY_CLEAR(g->carg);
            return NULL;
        }
    }
    /* a future's __await__() driven by hand (next(), send(None)), not by an await: CPython's
     * FutureIter, which gives the future itself while it is pending (py_await's loop awaits
     * a future yielded to it) */
    if (!safe && !a->done && (a->hand || py_is_future(a->aw))) {
        if (!a->hand && !(a->hand = py__asyncio_future_iter(a->aw))) return NULL;
        return a->hand->type->next(a->hand);
    }
    if (a->done) return PY_TYPE(a->aw) == &py_coro_type ? py_err_set(py_exc_RuntimeError, "cannot reuse already awaited coroutine") : NULL;
    a->done = 1;
    py__resume_token = safe ? a->aw : NULL;
    py_obj *r = py_await(a->aw);
    py__resume_token = NULL;
    if (!r) return NULL;
    py_err_setv(py_exc_StopIteration, r);
    py_decref(r);
    return NULL;
}
static py_obj *awaititer_send(py_obj *self, py_obj *const *args, size_t nargs, py_obj *kw) {
    py_obj *r = awaititer_next(self);
    if (!r && !py_err_occurred()) py_err_set_exc(py_exc_new(py_exc_StopIteration, NULL));
    return r;
}
/* close() and throw(): the coroutine's, as CPython's coroutine_wrapper passes them on */
static py_obj *gen_close_m(py_obj *self, py_obj *const *args, size_t nargs, py_obj *kw);
static py_obj *gen_throw_m(py_obj *self, py_obj *const *args, size_t nargs, py_obj *kw);
static py_obj *awaititer_close(py_obj *self, py_obj *const *args, size_t nargs, py_obj *kw) {
    awaititer *a = (awaititer *)self;
    if (PY_TYPE(a->aw) == &py_coro_type && !a->done) return gen_close_m(a->aw, args, nargs, kw);
    return py_none();
}
static py_obj *awaititer_throw(py_obj *self, py_obj *const *args, size_t nargs, py_obj *kw) {
    awaititer *a = (awaititer *)self;
    if (PY_TYPE(a->aw) == &py_coro_type && !a->done) return gen_throw_m(a->aw, args, nargs, kw);
    if (nargs < 1) return py_err_set(py_exc_TypeError, "throw expected at least 1 argument, got 0");
    py_obj *e = args[0];
    if (PY_IS_TYPE(e) && (((py_type *)e)->flags & PY_TF_EXC)) e = py_call(e, NULL, 0, NULL);
    else py_incref(e);
    if (!e) return NULL;
    if (!PY_IS_EXC(e)) { py_decref(e); return py_err_set(py_exc_TypeError, "exceptions must derive from BaseException"); }
    py_err_set_exc(e);
    return NULL;
}
static const py_methoddef awaititer_methods[] = { { "send", awaititer_send, 0 }, { "close", awaititer_close, 0 },
    { "throw", awaititer_throw, 0 }, { NULL, NULL, 0 } };
static py_obj *awaititer_iter(py_obj *o) { return py_incref(o); }
static py_type awaititer_type = { {PY_IMMORTAL, &py_type_type}, "coroutine_wrapper", .size = sizeof(awaititer),
    .dealloc = awaititer_dealloc, .iter = awaititer_iter, .next = awaititer_next, .methods = awaititer_methods };
/* the same, as a future's __await__() gives it: CPython's FutureIter */
static py_type awaititer_fut_type = { {PY_IMMORTAL, &py_type_type}, "_asyncio.FutureIter", .size = sizeof(awaititer),
    .dealloc = awaititer_dealloc, .iter = awaititer_iter, .next = awaititer_next, .methods = awaititer_methods };
py_obj *py__await_iter_new(py_obj *aw) {
    static int ready;
    if (!ready) { py__type_ready(&awaititer_type); py__type_ready(&awaititer_fut_type); ready = 1; }
    awaititer *a = (awaititer *)py_alloc(py_is_future(aw) ? &awaititer_fut_type : &awaititer_type);
    if (!a) return NULL;
    a->aw = py_incref(aw); /* a coroutine's wrapper dropped before its first next() leaves it never awaited, as CPython's */
    return (py_obj *)a;
}
static py_obj *coro_await_m(py_obj *self, py_obj *const *args, size_t nargs, py_obj *kw) { return py__await_iter_new(self); }

/* ---- classes ---------------------------------------------------------------------------------- */

/* What CPython's type_new does once the class exists: __set_name__(cls,
 * name) on each value of its namespace whose type has one, then the
 * nearest base's __init_subclass__ (implicitly a classmethod; object's
 * does nothing). */
int py__set_names_init_subclass(py_obj *cls, py_obj *kw) {
    py_type *t = (py_type *)cls;
    py_obj *items = py_dict_copy(t->dict); /* CPython walks a copy */
    if (!items) return -1;
    py_obj *sn = py_str_intern("__set_name__"), *k, *v;
    size_t pos = 0;
    while (py_dict_next(items, &pos, &k, &v)) {
        if (!(PY_TYPE(v)->flags & PY_TF_HEAP)) continue;
        py_obj *m = py_getattr_opt((py_obj *)PY_TYPE(v), sn);
        if (!m) { if (py_err_occurred()) { py_decref(items); return -1; } continue; }
        py_obj *args[3] = { v, cls, k };
        py_obj *r = py_call(m, args, 3, NULL);
        py_decref(m);
        if (!r) {
            py__err_from_cause(py_exc_RuntimeError, "Error calling __set_name__ on '%s' instance %R in '%s'", py_type_name(v), k, t->name);
            py_decref(items);
            return -1;
        }
        py_decref(r);
    }
    py_decref(items);
    py_obj *mro = t->mro;
    for (size_t i = 1; mro && i < PY_TLEN(mro); i++) {
        py_type *b = (py_type *)PY_TITEM(mro, i);
        if (b == &py_object_type || !b->dict) continue;
        py_obj *f = py_dict_get_s(b->dict, "__init_subclass__");
        if (!f) continue;
        if (PY_TYPE(f) == &py_classmethod_type) f = ((py_wrap *)f)->v;
        if (PY_TYPE(f) != &py_func_type) return 0;
        /* the class statement's keywords go to it */
        size_t nk = kw ? ((py_dict *)kw)->used : 0, j = 0;
        py_obj *argv[16], *names = nk ? py_tuple_new(nk) : NULL, *kk, *kv;
        if (nk > 15) { py_xdecref(names); py_err_set(py_exc_NotImplementedError, "more than 15 class keywords are not supported by casyncio's Python"); return -1; }
        argv[0] = cls;
        for (size_t kp = 0; kw && py_dict_next(kw, &kp, &kk, &kv); j++) {
            argv[1 + j] = kv;
            PY_TITEM(names, j) = py_incref(kk);
        }
        py_obj *r = py_call(f, argv, 1, names);
        py_xdecref(names);
        if (!r) return -1;
        py_decref(r);
        return 0;
    }
    if (kw && ((py_dict *)kw)->used) {
        if (t->qualname) py_err_set(py_exc_TypeError, "%U.__init_subclass__() takes no keyword arguments", t->qualname);
        else py_err_set(py_exc_TypeError, "%s.__init_subclass__() takes no keyword arguments", t->name);
        return -1;
    }
    return 0;
}

/* Runs a class statement's body in the namespace ns: the body's result
 * (the __class__ cell, or None), or NULL. */
static py_obj *class_body(py_func *fn, py_obj *ns) {
    py_frame *f = frame_alloc(fn->code);
    if (!f) return NULL;
    f->func = (py_func *)py_incref(fn);
    f->globals = fn->globals;
    f->locals = py_incref(ns);
    py_code *co = fn->code;
    size_t ncell = PY_TLEN(co->cellvars), nfree = PY_TLEN(co->freevars);
    for (size_t i = 0; i < ncell; i++) f->fast[co->nlocals + (int)i] = py_cell_new(NULL);
    for (size_t i = 0; i < nfree; i++) f->fast[co->nlocals + (int)ncell + (int)i] = py_incref(PY_TITEM(fn->closure, i));
    if (py__stack_check_py("") < 0 || py_recursion_enter() < 0) { frame_free(f); return NULL; }
    int y;
    c_depth++;
    int safe = run_enter(NULL);
    py_obj *cell = run(f, 0, &y);
    run_leave(safe);
    c_depth--;
    return cell;
}

/* A class statement whose metaclass is not type (CPython's
 * __build_class__): the namespace from the metaclass's __prepare__ (a
 * dict, or a subclass of dict whose __getitem__, __setitem__ and __delitem__
 * the body's names go through), the body run in it, then metaclass(name, bases, ns, **kw).  Its
 * Python code runs as a class body's does, not announced (it never
 * suspends: eval.c's "Suspending under Asyncify"). */
static __attribute__((noinline, cold)) py_obj *build_class_meta(py_func *fn, py_obj *name, py_obj *bases, py_obj *kw,
                                                                py_obj *meta) {
    size_t nk = kw ? ((py_dict *)kw)->used : 0, j = 3;
    py_obj **argv = malloc(sizeof(py_obj *) * (3 + nk)), *names = nk ? py_tuple_new(nk) : NULL, *kk, *kv;
    if (!argv || (nk && !names)) { free(argv); py_xdecref(names); return py_err_nomem(); }
    for (size_t kp = 0; kw && py_dict_next(kw, &kp, &kk, &kv); j++) {
        argv[j] = kv;
        PY_TITEM(names, j - 3) = py_incref(kk);
    }
    py_obj *cls = NULL, *ns = NULL, *cell = NULL;
    py_obj *prep = py_getattr_opt(meta, py_str_intern("__prepare__"));
    if (!prep && py_err_occurred()) goto done;
    argv[1] = name, argv[2] = bases; /* __prepare__(name, bases, **kw), then meta(name, bases, ns, **kw) */
    ns = prep ? py_call(prep, argv + 1, 2, names) : py_dict_new();
    py_xdecref(prep);
    if (!ns) goto done;
    if (!PY_CHECK_DICT(ns)) {
        py_obj *mn = PY_IS_TYPE(meta) ? NULL : py_getattr_opt(meta, py_str_intern("__name__"));
        const char *mname = PY_IS_TYPE(meta) ? ((py_type *)meta)->name : mn && PY_IS_STR(mn) ? py_s(mn) : "<metaclass>";
        if (PY_TYPE(ns)->getitem)
            py_err_set(py_exc_NotImplementedError, "a __prepare__ that returns a '%s' (not a dict) is not supported by "
                       "casyncio's Python", py_type_name(ns));
        else py_err_set(py_exc_TypeError, "%s.__prepare__() must return a mapping, not %s", mname, py_type_name(ns));
        py_xdecref(mn);
        goto done;
    }
    if (!(cell = class_body(fn, ns))) goto done;
    argv[0] = name, argv[1] = bases, argv[2] = ns;
    cls = py_call(meta, argv, 3, names);
    if (cls && PY_TYPE(cell) == &py_cell_type) PY_SETREF(((py_cell *)cell)->v, py_incref(cls));
done:
    py_xdecref(cell);
    py_xdecref(ns);
    py_xdecref(names);
    free(argv);
    return cls;
}

/* The class a class statement made keeps its body's code, whose lines are its source */
static void keep_body(py_obj *cls, py_func *fn) {
    if (cls && PY_IS_TYPE(cls) && (((py_type *)cls)->flags & PY_TF_HEAP) && !((py_type *)cls)->body)
        ((py_type *)cls)->body = py_incref((py_obj *)fn->code);
}
static __attribute__((noinline)) py_obj *build_class(py_obj *body, py_obj *name, py_obj *bases, py_obj *kw) {
    extern int py__is_newtype(py_obj *o); /* modules.c */
    for (size_t i = 0; i < PY_TLEN(bases); i++) /* CPython's NewType.__mro_entries__ (bpo-46170) */
        if (py__is_newtype(PY_TITEM(bases, i))) {
            py_obj *r = py_repr(name), *sup = py_getattr_s(PY_TITEM(bases, i), "__name__");
            if (r && sup)
                py_err_set(py_exc_TypeError, "Cannot subclass an instance of NewType. Perhaps you were looking for: "
                           "`%U = NewType(%U, %U)`", name, r, sup);
            py_xdecref(r);
            py_xdecref(sup);
            return NULL;
        }
    py_obj *meta = kw ? py_xincref(py_dict_get_s(kw, "metaclass")) : NULL;
    py_func *fn = (py_func *)body;
    if (meta && py_dict_del(kw, py_str_intern("metaclass")) < 0) { py_decref(meta); return NULL; }
    /* the metaclass: metaclass=, or the first base's; the most derived of it and the bases' */
    extern int py__base_is_form(py_obj *b); /* object.c */
    if (!meta && PY_TLEN(bases) && !py__base_is_form(PY_TITEM(bases, 0))) meta = py_incref(PY_TYPE(PY_TITEM(bases, 0)));
    if (meta && PY_IS_TYPE(meta)) {
        py_obj *w = (py_obj *)py__calc_meta((py_type *)meta, bases);
        if (!w) { py_decref(meta); return NULL; }
        PY_SETREF(meta, py_incref(w));
    }
    if (meta && meta != (py_obj *)&py_type_type) {
        py_obj *cls = build_class_meta(fn, name, bases, kw, meta);
        py_decref(meta);
        keep_body(cls, fn);
        return cls;
    }
    py_obj *ns = py_dict_new();
    if (!ns) return NULL;
    py_obj *cell = class_body(fn, ns);
    if (!cell) { py_decref(ns); return NULL; }
    /* typing's forms among the bases (TypedDict, Generic[T]...): the
     * keywords they take (TypedDict's total) are theirs, the rest go to
     * __init_subclass__ */
    int forms = 0;
    for (size_t i = 0; i < PY_TLEN(bases); i++) forms |= !PY_IS_TYPE(PY_TITEM(bases, i));
    py_obj *cls = forms ? py__class_of_forms(name, bases, ns, kw) : py_type_new_heap(name, bases, ns);
    py_decref(ns);
    if (cls && PY_TYPE(cell) == &py_cell_type) PY_SETREF(((py_cell *)cell)->v, py_incref(cls));
    py_decref(cell);
    if (!cls) return NULL;
    keep_body(cls, fn);
    if (py__set_names_init_subclass(cls, kw) < 0) { py_decref(cls); return NULL; }
    return cls;
}

/* ---- running code --------------------------------------------------------------------------------- */

py_obj *py_eval_code(py_code *co, py_obj *globals, py_obj *locals) {
    py_frame *f = frame_alloc(co);
    if (!f) return NULL;
    f->globals = globals;
    f->locals = py_incref(locals);
    if (py__stack_check_py("") < 0 || py_recursion_enter() < 0) { frame_free(f); return NULL; }
    int y;
    int safe = run_enter(co);
    py_obj *r = run(f, 0, &y);
    run_leave(safe);
    return r;
}

/* NameError(fmt % name) with its name (for "Did you mean", as CPython's format_exc_check_arg) */
static py_obj *name_error_fmt(const char *fmt, py_obj *name) {
    py_obj *e = py_exc_new_msg(py_exc_NameError, "");
    if (!e) return NULL;
    py_obj *msg = py_str_fmt(fmt, name);
    py_obj *args = py_tuple_pack(1, msg);
    py_decref(msg);
    PY_SETREF(((py_exc *)e)->args, args);
    py_dict_set_s(((py_exc *)e)->dict, "name", name);
    py_err_set_exc(e);
    return NULL;
}
static py_obj *name_error(py_obj *name) { return name_error_fmt("name '%U' is not defined", name); }

/* A name read from a class body's namespace that a metaclass's __prepare__
 * made a dict subclass of (CPython's LOAD_NAME: PyObject_GetItem when the
 * locals are not exactly a dict): its __getitem__ and __missing__ run.
 * Returns a new reference, or NULL: with an exception set, or without one
 * when the name is missing (KeyError), for the globals to be read. */
static py_obj *ns_get(py_obj *ns, py_obj *name) {
    py_obj *v = py_getitem(ns, name);
    if (!v && py_err_matches(py_exc_KeyError)) py_err_clear();
    return v;
}
/* exec() or eval() was given globals whose __builtins__ are their own
 * (builtins.c): from then on a name not in a frame's globals is looked up
 * in its globals' __builtins__, as CPython's frames do (a dict or a
 * module's; another mapping through its __getitem__; None: CPython's
 * TypeError). */
int py__own_builtins;
static __attribute__((noinline, cold)) py_obj *load_own_builtin(py_obj *globals, py_obj *name) {
    py_obj *b = py_dict_get_s(globals, "__builtins__");
    if (b && PY_TYPE(b) == &py_module_type) b = ((py_module *)b)->dict;
    if (!b || b == py__interp.builtins) return NULL;
    py_obj *v;
    if (PY_IS_DICT(b)) {
        if (!(v = py_dict_get(b, name))) return name_error(name);
        return py_incref(v);
    }
    if (!(v = py_getitem(b, name)) && py_err_matches(py_exc_KeyError)) {
        py_err_clear();
        return name_error(name);
    }
    return v;
}
/* 1 with CPython's error set when f's globals have builtins of their own
 * that lack name (__build_class__, __import__), which a class statement and
 * an import ask for */
static __attribute__((noinline, cold)) int own_builtins_lack(py_frame *f, const char *name, py_type *err) {
    py_obj *n = py_str_intern(name), *v = n ? load_own_builtin(f->globals, n) : NULL;
    if (v || !py_err_occurred() || !py_err_matches(py_exc_NameError)) { py_xdecref(v); return 0; }
    py_err_clear();
    py_err_set(err, "%s not found", name);
    return 1;
}
static py_obj *load_global(py_frame *f, py_obj *name) {
    py_obj *v = py_dict_get(f->globals, name);
    if (!v && __builtin_expect(py__own_builtins, 0)) {
        if ((v = load_own_builtin(f->globals, name)) || py_err_occurred()) return v;
    }
    if (!v) v = py_dict_get(py__interp.builtins, name);
    if (!v && !(v = py__builtins_lazy_get(name))) return py_err_occurred() ? NULL : name_error(name);
    return py_incref(v);
}

/* Announced for seq (from dunder_op), a generator or __iter__ it runs may
 * suspend.  Inline: eval_fast's copy keeps eval_fast's registers as they
 * were when it had the only call. */
static inline __attribute__((always_inline)) int unpack(py_obj *seq, int before, int after, int star, py_obj **out /* in order */) {
    int safe = py__take_safe(seq);
    int n = before + after;
    if ((PY_IS_TUPLE(seq) || PY_IS_LIST(seq)) && !star) {
        size_t len = PY_IS_TUPLE(seq) ? PY_TLEN(seq) : PY_LLEN(seq);
        py_obj **items = PY_IS_TUPLE(seq) ? ((py_tuple *)seq)->items : ((py_list *)seq)->items;
        if ((int)len != n) {
            if ((int)len < n) py_err_set(py_exc_ValueError, "not enough values to unpack (expected %d, got %d)", n, (int)len);
            else py_err_set(py_exc_ValueError, "too many values to unpack (expected %d)", n);
            return -1;
        }
        for (int i = 0; i < n; i++) out[i] = py_incref(items[i]);
        return 0;
    }
    py__resume_token = safe ? seq : NULL;
    py_obj *it = py_iter(seq);
    py__resume_token = NULL;
    if (!it) {
        if (py_err_matches(py_exc_TypeError)) {
            py_err_clear();
            py_err_set(py_exc_TypeError, "cannot unpack non-iterable %s object", py_type_name(seq));
        }
        return -1;
    }
    int i;
    for (i = 0; i < before; i++) {
        out[i] = py__next_resumable(it, safe);
        if (!out[i]) {
            if (!py_err_occurred()) {
                if (star) py_err_set(py_exc_ValueError, "not enough values to unpack (expected at least %d, got %d)", n, i);
                else py_err_set(py_exc_ValueError, "not enough values to unpack (expected %d, got %d)", n, i);
            }
            for (int j = 0; j < i; j++) py_decref(out[j]);
            py_decref(it);
            return -1;
        }
    }
    if (!star) {
        py_obj *extra = py__next_resumable(it, safe);
        py_decref(it);
        if (extra) {
            py_decref(extra);
            for (int j = 0; j < n; j++) py_decref(out[j]);
            py_err_set(py_exc_ValueError, "too many values to unpack (expected %d)", n);
            return -1;
        }
        if (py_err_occurred()) { for (int j = 0; j < n; j++) py_decref(out[j]); return -1; }
        return 0;
    }
    /* CPython's list(it) asks a built-in container's iterator for its
     * __length_hint__(): a call of a builtin method, a level of recursion */
    if ((PY_IS_LIST(seq) || PY_IS_TUPLE(seq) || PY_IS_STR(seq) || PY_IS_DICT(seq)) &&
        py_recursion_check(" while calling a Python object") < 0) {
        py_decref(it);
        for (int j = 0; j < before; j++) py_decref(out[j]);
        return -1;
    }
    py__resume_token = safe ? it : NULL;
    py_obj *rest = py_sequence_list(it);
    py_decref(it);
    if (!rest) { for (int j = 0; j < before; j++) py_decref(out[j]); return -1; }
    size_t rl = PY_LLEN(rest);
    if ((int)rl < after) {
        py_err_set(py_exc_ValueError, "not enough values to unpack (expected at least %d, got %d)", n, before + (int)rl);
        for (int j = 0; j < before; j++) py_decref(out[j]);
        py_decref(rest);
        return -1;
    }
    for (int j = 0; j < after; j++) {
        out[before + 1 + j] = PY_LITEM(rest, rl - (size_t)after + (size_t)j);
        PY_LITEM(rest, rl - (size_t)after + (size_t)j) = NULL;
    }
    ((py_list *)rest)->n = rl - (size_t)after;
    out[before] = rest;
    return 0;
}

/* __str__, __repr__ and __format__ may suspend (listed): eval_fast calls
 * it only for values that run no Python code (not PY_TF_RUNS), dunder_op
 * for the others.  Inline for eval_fast, as unpack. */
static inline __attribute__((always_inline)) py_obj *do_format(py_obj *v, int flags, py_obj *spec) {
    py_obj *conv = NULL;
    switch (flags & 3) {
    case FV_STR: py__resume_token = v; conv = py_str(v); break;
    case FV_REPR: py__resume_token = v; conv = py_repr(v); break;
    case FV_ASCII: conv = py_ascii(v); break;
    default: {
        /* format(v, '') of a class without __format__ of its own is str(v) */
        py_obj *fm = spec || !(v->type->flags & PY_TF_HEAP) ? NULL : py_type_lookup_s(v->type, "__format__");
        if (!spec && (v->type->flags & PY_TF_HEAP) && (!fm || PY_TYPE(fm) != &py_func_type)) {
            /* object.__format__, a built-in method: a level of recursion */
            if (py_recursion_check(" while calling a Python object") < 0) break;
            py_recursion_enter();
            py__resume_token = v;
            conv = py_str(v);
            py_recursion_leave();
        } else conv = py_incref(v);
        break;
    }
    }
    py__resume_token = NULL;
    if (!conv) return NULL;
    if (!spec && PY_IS_STR(conv)) return conv;
    py_obj *empty = spec ? NULL : py_str_new("", 0);
    py__resume_token = conv; /* __format__ may suspend */
    py_obj *r = py_format(conv, spec ? spec : empty);
    py__resume_token = NULL;
    py_xdecref(empty);
    py_decref(conv);
    return r;
}

static py_obj *import_from(py_obj *mod, py_obj *name) {
    py_obj *v = py_getattr_opt(mod, name);
    if (v || py_err_occurred()) return v;
    py_obj *mn = PY_TYPE(mod) == &py_module_type ? ((py_module *)mod)->name : NULL;
    int frozen;
    py_obj *file = mn ? py__module_file(mn, &frozen) : NULL;
    py_err_set(py_exc_ImportError, "cannot import name '%U' from '%U' (%s)", name,
               mn ? mn : py_str_intern("?"), file ? py_s(file) : "unknown location");
    if (mn && py__ts->exc) py_dict_set_s(((py_exc *)py__ts->exc)->dict, "name", mn);
    if (file && py__ts->exc) py_dict_set_s(((py_exc *)py__ts->exc)->dict, "path", file);
    py_xdecref(file);
    return NULL;
}

static __attribute__((noinline)) py_obj *call_exit(py_obj *exit, py_obj *exc) {
    py_obj *args[3];
    if (exc) {
        args[0] = (py_obj *)PY_TYPE(exc);
        args[1] = exc;
        args[2] = ((py_exc *)exc)->tb ? ((py_exc *)exc)->tb : PY_NONE;
    } else args[0] = args[1] = args[2] = PY_NONE;
    py__resume_token = exit; /* an __exit__ may suspend (a pool's shutdown waits for its threads) */
    py_obj *r = py_call(exit, args, 3, NULL);
    py__resume_token = NULL;
    return r;
}

static __attribute__((noinline)) py_obj *special_method(py_obj *o, const char *name) {
    py_obj *f = py_type_lookup_s(o->type, name);
    if (!f) return NULL;
    if (f->type->descr_get) return f->type->descr_get(f, o, (py_obj *)o->type);
    return py_incref(f);
}

/* The loop.  f is run as an entry frame: the call returns when f returns
 * (or yields).  throwing: start by raising the pending exception in f
 * (generator.throw). */
/* fn(a, b), out of the loop's frame (its argument array) */
static __attribute__((noinline)) py_obj *call2(py_obj *fn, py_obj *a, py_obj *b) {
    return py_call(fn, (py_obj *[]){ a, b }, 2, NULL);
}

/* yield from an iterator that is not a generator: its next() or send(v) */
static __attribute__((noinline)) py_obj *yield_from_iter(py_obj *it, py_obj *v, int *y) {
    py_obj *r;
    if (v == PY_NONE) {
        r = it->type->next ? py__next_keep_stop(it) : py_next(it); /* its StopIteration carries the result (a class's too) */
        if (r) *y = 1;
        else if (!py_err_occurred()) r = py_none();
        else if (py_err_matches(py_exc_StopIteration)) {
            py_obj *e = py_err_fetch();
            r = py_stopiteration_value(e);
            py_decref(e);
        }
    } else {
        py_obj *args[1] = { v };
        r = py_call_method(it, "send", args, 1);
        if (r) *y = 1;
        else if (py_err_matches(py_exc_StopIteration)) {
            py_obj *e = py_err_fetch();
            r = py_stopiteration_value(e);
            py_decref(e);
        }
    }
    return r;
}

/*
 * Instructions that may run a class's dunder method.  eval_fast is not
 * instrumented by Asyncify (below), so a loop in a __eq__, __add__,
 * __bool__, a property... run from it could neither give the host its turn
 * nor be stopped in wasm.  So when an operand may run Python code, eval_fast
 * leaves the instruction to eval_loop (it returns 0 at it), whose case runs
 * it announced (py__resume_token) through the instrumented slots
 * (object.c); eval_loop's case asks the same question first and leaves the
 * other operands (ints, floats, strs...) to eval_fast, so the two never
 * hand an instruction back and forth.  The questions look at the operands'
 * types only: a class's instance (PY_TF_HEAP) and, where the items' dunders
 * run (a comparison, `in`, a set display, an f-string), a container
 * (PY_TF_HOLDS), and a key whose hash or index runs one (a tuple of
 * instances, a slice).  Not looked into: a dict's stored key whose __eq__
 * a lookup of a plain key (an int, a str) with the same hash runs.
 */
#define PY_TF_RUNS (PY_TF_HEAP | PY_TF_HOLDS)
#define DUNDER_INLINE static inline __attribute__((always_inline)) int
#define UNLIKELY(x) __builtin_expect(!!(x), 0) /* eval_fast's hand-backs: the hot paths keep their registers */
DUNDER_INLINE tflags(py_obj *o) { return PY_TYPE(o)->flags; }
/* a + b: __add__, __radd__; "%s" % (x,) formats x */
DUNDER_INLINE binop_runs(py_obj *a, py_obj *b, int op) {
    return ((tflags(a) | tflags(b)) & PY_TF_HEAP) || (PY_IS_STR(a) && op % BINOP_INPLACE == PYAST_Mod && (tflags(b) & PY_TF_HOLDS));
}
DUNDER_INLINE cmp_runs(py_obj *a, py_obj *b) { return ((tflags(a) | tflags(b)) & PY_TF_RUNS) != 0; }
/* a in b: b's __contains__ (__iter__, __getitem__), the items' __eq__, a's __eq__ and __hash__ */
DUNDER_INLINE contains_runs(py_obj *a, py_obj *b) {
    return (tflags(a) & PY_TF_RUNS) || (tflags(b) & PY_TF_HEAP) || PY_IS_LIST(b) || PY_IS_TUPLE(b);
}
DUNDER_INLINE truth_runs(py_obj *v) { return (tflags(v) & PY_TF_HEAP) && PY_TYPE(v)->truth; }
/* a dict's key: its __hash__ and __eq__, a tuple's items' (a tuple in it
 * counted as one that runs); a list's index: __index__, a slice's parts' */
static __attribute__((noinline)) int key_items_run(py_obj *k) {
    if (tflags(k) & PY_TF_HEAP) return 1;
    if (PY_TYPE(k) == &py_tuple_type) {
        for (size_t i = 0; i < PY_TLEN(k); i++)
            if ((tflags(PY_TITEM(k, i)) & PY_TF_HEAP) || PY_TYPE(PY_TITEM(k, i)) == &py_tuple_type) return 1;
    } else if (PY_TYPE(k) == &py_slice_type) {
        py_slice *s = (py_slice *)k;
        return ((tflags(s->start) | tflags(s->stop) | tflags(s->step)) & PY_TF_HEAP) != 0;
    }
    return 0;
}
DUNDER_INLINE key_runs(py_obj *k) { return (tflags(k) & PY_TF_RUNS) && key_items_run(k); }
/* o[k]: __getitem__, __setitem__, a key's __hash__, __eq__ and __index__ */
DUNDER_INLINE subscr_runs(py_obj *o, py_obj *k) {
    return (tflags(o) & PY_TF_HEAP) || (((tflags(k) & PY_TF_RUNS) || PY_TYPE(k) == &py_slice_type) && key_items_run(k));
}
/* A.x: a descriptor written in Python (its __get__), for a class that has no metaclass (one that has is PY_TF_HEAP) */
DUNDER_INLINE attr_runs(py_obj *o) { return (tflags(o) & PY_TF_HEAP) || PY_TYPE(o) == &py_type_type; }
/* an iterable consumed by [*x], a, b = x...: __iter__, a generator, a map's function */
DUNDER_INLINE iterable_runs(py_obj *o) { return (tflags(o) & PY_TF_HEAP) || (PY_TYPE(o)->next && !(tflags(o) & PY_TF_PLAIN_NEXT)); }

static int dunder_op(py_frame *f, uint32_t w, py_obj ***spp);

/* CPython's _PyObject_FunctionStr, as the errors of a call's * and **
 * arguments name the function: "__main__.K.m()", "print()" */
static py_obj *function_str(py_obj *fn) {
    py_obj *q = py_getattr_opt(fn, py_str_intern("__qualname__"));
    if (!q) { py_err_clear(); return py_str(fn); }
    py_obj *m = py_getattr_opt(fn, py_str_intern("__module__"));
    py_err_clear();
    py_obj *r = m && m != PY_NONE && !(PY_IS_STR(m) && py_str_eqc(m, "builtins")) ? py_str_fmt("%S.%S()", m, q)
                                                                                 : py_str_fmt("%S()", q);
    py_decref(q);
    py_xdecref(m);
    return r;
}
/* LIST_EXTEND's TypeError for v, not iterable: of a call's `f(*v)`
 * (flag PY_EXTEND_CALL, fn below the list) or of a display's `[*v]` */
static void star_error(py_obj *v, int arg, py_obj **sp) {
    py_err_clear();
    if (!(arg & PY_EXTEND_CALL)) {
        py_err_set(py_exc_TypeError, "Value after * must be an iterable, not %s", py_type_name(v));
        return;
    }
    py_obj *fs = function_str(sp[-PY_EXTEND_DEPTH(arg) - ((arg & PY_EXTEND_CALL_KW) ? 2 : 1)]);
    if (fs) py_err_set(py_exc_TypeError, "%U argument after * must be an iterable, not %s", fs, py_type_name(v));
    py_xdecref(fs);
}

/* What eval_loop runs as a frame of its own, as a call, for an attribute
 * of an instance of a class written in Python, read (set 0) or written
 * (set 1): its property's getter or setter (CPython 3.12's
 * LOAD_ATTR_PROPERTY), or the class's __getattr__ or __setattr__ (*hook
 * 1).  So a property, __getattr__ or __setattr__ that uses itself again
 * recurses to the recursion limit in Python frames, not in C (whose stack
 * is far smaller in wasm).  NULL where the lookup is someone else's: a
 * __getattribute__ of the class's, a property's getter when the class has
 * a __getattr__ (its AttributeError hands over to it), a function that is
 * a generator or coroutine, anything not a plain function. */
static py_func *plain_fn(py_obj *fn) {
    if (!fn || fn->type != &py_func_type ||
        (((py_func *)fn)->code->flags & (PY_CO_GENERATOR | PY_CO_COROUTINE | PY_CO_ASYNCGEN)))
        return NULL;
    return (py_func *)fn;
}
static py_func *attr_fn(py_obj *o, py_obj *name, int set, int *hook) {
    py_type *t = o->type;
    py_obj *h = set ? py_type_lookup_s(t, "__setattr__") : t->getattr ? NULL : py_type_lookup_s(t, "__getattr__");
    *hook = h && h->type == &py_func_type;
    if (*hook) return plain_fn(h);
    if (set ? t->setattr != NULL : t->getattr != NULL) return NULL;
    py_obj *d = py_type_lookup(t, name);
    if (!d || d->type != &py_property_type) return NULL;
    return plain_fn(set ? ((py_property *)d)->fset : ((py_property *)d)->fget);
}
/* called through a pointer, as eval_fast: wasm-opt would take it into
 * eval_loop, where each call Asyncify instruments costs more */
int (*py__dunder_op)(py_frame *, uint32_t, py_obj ***) = dunder_op;

/*
 * In wasm the loop leaves and re-enters its C function now and then (every
 * 1,024 backward jumps and Python calls), from the frame it is at: V8 puts
 * a wasm function's optimized code (TurboFan, compiled in the background
 * once the function is hot) to use only at its next call, never in an
 * activation already running, so without this a program's main loop would
 * run its baseline code (Liftoff, about half as fast) to the end.  Natively
 * eval_loop is run's body.
 */
#ifdef __EMSCRIPTEN__
static char run_again_mark;
#define RUN_AGAIN ((py_obj *)&run_again_mark)
static unsigned run_hot;
#define EVAL_LOOP_ATTR __attribute__((noinline))
#else
#define EVAL_LOOP_ATTR inline __attribute__((always_inline))
#endif
static EVAL_LOOP_ATTR py_obj *eval_loop(py_frame *f, int throwing, int *yielded);
/* called through a pointer: wasm-opt inlines a function called from one
 * place, and eval_fast must stay out of eval_loop (see below) */
static int eval_fast(py_frame *f);
int (*py__eval_fast)(py_frame *) = eval_fast;

static py_obj *run(py_frame *f, int throwing, int *yielded) {
    py_ts *ts = py__ts;
    f->entry = 1;
    f->back = ts->frame;
    ts->frame = f;
    *yielded = 0;
    if (!throwing) {
        /* the simple instructions first: a generator resumed by next() or
         * a for loop most often runs to its next yield in eval_fast, and
         * is left without entering eval_loop at all */
        int r = py__eval_fast(f);
        if (r == 2) {
            ts->frame = f->back;
            *yielded = 1;
            py_recursion_leave();
            return f->fast[f->nfast + --f->sp];
        }
        throwing = r < 0;
    }
#ifdef __EMSCRIPTEN__
    /* two calls: wasm-opt inlines a function called from one place */
    py_obj *r = eval_loop(f, throwing, yielded);
    while (r == RUN_AGAIN) r = eval_loop(py__ts->frame, 0, yielded);
    return r;
#else
    return eval_loop(f, throwing, yielded);
#endif
}

/*
 * A plain generator's next step (next(), a for loop, sum(), list()...) run
 * in eval_fast alone, without run(), gen_send and their Asyncify
 * instrumentation: most often the generator reaches its next yield there.
 * Not instrumented, so it may not suspend: when eval_fast stops at an
 * instruction of eval_loop's (or at an error), it leaves the generator
 * primed (None sent, the frame at that instruction) and returns GEN_SLOW;
 * its caller then resumes it at once the usual way (gen_iternext from an
 * instrumented caller, eval_loop's FOR_ITER), and gen_send goes on from
 * where eval_fast stopped.  GEN_SLOW too when the generator cannot be
 * resumed here (running, finished, at a recursion limit): gen_send says why.
 */
static py_obj *gen_next_fast(py_gen *g) {
    py_ts *ts = py__ts;
    py_frame *f = g->frame;
    if ((g->state != PY_GEN_SUSPENDED && g->state != PY_GEN_CREATED) || g->primed || !f ||
        c_depth >= C_RECURSION_LIMIT || ts->depth >= (ts->task ? RECURSION_LIMIT - TASK_BASE_DEPTH : RECURSION_LIMIT) ||
        py__stack_low_py())
        return GEN_SLOW;
    if (g->state == PY_GEN_SUSPENDED) f->fast[f->nfast + f->sp++] = py_incref(PY_NONE);
    g->state = PY_GEN_RUNNING;
    g->awaited = 1;
    c_depth++;
    ts->depth++;
    f->entry = 1;
    f->back = ts->frame;
    ts->frame = f;
    if (f->nblocks) gen_swap_handled(f);
    int r = py__eval_fast(f);
    if (f->nblocks) gen_swap_handled(f); /* yielded, or left for gen_send, which swaps again */
    ts->frame = f->back;
    ts->depth--;
    c_depth--;
    g->state = PY_GEN_SUSPENDED;
    if (r == 2) return f->fast[f->nfast + --f->sp];
    g->primed = r < 0 ? 2 : 1;
    return GEN_SLOW;
}

static EVAL_LOOP_ATTR py_obj *eval_loop(py_frame *f, int throwing, int *yielded) {
    py_ts *ts = py__ts;
    py_code *co;
    const uint32_t *code;
    py_obj **stack, **sp, **fast;
    int ip;
    int lines; /* report this frame's lines (line_event) */
    py_obj *retval = NULL;
    py_frame *nf; /* a frame entered: a call's, a property's */

#define LOAD_FRAME() do { \
        co = f->code; code = co->code; fast = f->fast; stack = fast + f->nfast; sp = stack + f->sp; \
        ip = f->ip; lines = py__line_source && co->source == py__line_source; } while (0)
#define SAVE_FRAME() do { f->ip = ip; f->sp = (int)(sp - stack); } while (0)
#define PUSH(v) (*sp++ = (v))
#define POP() (*--sp)
#define TOP() (sp[-1])
#define SECOND() (sp[-2])
#define THIRD() (sp[-3])
#define CONST(i) (((py_tuple *)co->consts)->items[i])
#define NAME(i) (((py_tuple *)co->names)->items[i])

    LOAD_FRAME();
    if (throwing) goto error;

    for (;;) {
        uint32_t w = code[ip];
        int arg = PY_ARG(w);
        f->lasti = ip;
        if (__builtin_expect(lines, 0)) line_event(f, ip);
        ip++;
        switch (PY_OP(w)) {
        case OP_JUMP:
            if (arg < ip && (py__interrupt || (++py__ticks & 0xffff) == 0) &&
                (py__interrupt || (py__tick_fn && !py__unsafe && (py__tick_fn(), py__interrupt)))) {
                py__interrupt = 0;
                py_err_set_exc(py_exc_new(py_exc_KeyboardInterrupt, NULL));
                goto error;
            }
#ifdef __EMSCRIPTEN__
            if (arg < ip && (++run_hot & 0x3ff) == 0) { ip = arg; SAVE_FRAME(); return RUN_AGAIN; }
#endif
            ip = arg;
            break;
        case OP_FOR_ITER: {
            py_obj *it = TOP();
            py_obj *v;
            if (PY_TYPE(it) == &py_gen_type) {
                v = gen_next_fast((py_gen *)it);
                if (v == GEN_SLOW) {
                    py__resume_token = it;
                    v = gen_iternext(it);
                }
            } else if (it->type->next) {
                py__resume_token = it; /* a map, a class's __next__: may suspend */
                v = it->type->next(it);
            } else v = py_next(it);
            py__resume_token = NULL;
            if (v) { PUSH(v); break; }
            if (py_err_occurred()) {
                if (!py_err_matches(py_exc_StopIteration)) goto error;
                py_err_clear();
            }
            (void)POP();
            py_decref(it);
            ip = arg;
            break;
        }
        case OP_GET_AITER: {
            py_obj *o = TOP();
            py_obj *it;
            if (PY_TYPE(o) == &py_asyncgen_type) it = py_incref(o);
            else {
                py_obj *m = special_method(o, "__aiter__");
                if (!m) {
                    py_err_set(py_exc_TypeError, "'async for' requires an object with __aiter__ method, got %s", py_type_name(o));
                    goto error;
                }
                it = py_call0(m);
                py_decref(m);
                if (!it) goto error;
                if (PY_TYPE(it) != &py_asyncgen_type) {
                    py_obj *an = special_method(it, "__anext__");
                    if (!an) {
                        py_err_set(py_exc_TypeError, "'async for' received an object from __aiter__ that does not implement __anext__: %s",
                                   py_type_name(it));
                        py_decref(it);
                        goto error;
                    }
                    py_decref(an);
                }
            }
            TOP() = it;
            py_decref(o);
            break;
        }
        case OP_FOR_AITER: {
            py_obj *it = TOP();
            py_obj *v;
            SAVE_FRAME();
            if (f->await_yf || (PY_TYPE(it) == &py_asyncgen_type && py__by_hand && f->entry && f->gen &&
                                (PY_TYPE(f->gen) == &py_coro_type || f->gen == agen_hand))) {
                /* in a coroutine driven by hand: the generator's __anext__() awaited as
                 * OP_AWAIT awaits it there, its await's yields out of send() */
                v = f->await_yf ? POP() : NULL;
                if (!v) {
                    py_obj *aw = py_coro_c_new("__anext__", agen_anext_run, py_incref(it));
                    if (!aw) goto error;
                    PUSH(aw);
                    v = py_none();
                }
                py_obj *r = agen_awaitable_send((py_gen *)TOP(), v);
                py_decref(v);
                f->await_yf = r && ((py_gen *)TOP())->state == PY_GEN_SUSPENDED;
                if (f->await_yf) {
                    SAVE_FRAME();
                    f->ip = ip - 1;
                    ts->frame = f->back;
                    *yielded = 1;
                    py_recursion_leave();
                    return r;
                }
                py_decref(POP());
                if (!r && py_err_matches(py_exc_StopIteration)) { /* the item */
                    py_obj *e = py_err_fetch();
                    r = py_getattr_s(e, "value");
                    py_decref(e);
                }
                v = r;
            } else if (PY_TYPE(it) == &py_asyncgen_type) {
                py__resume_token = it;
                v = agen_next(it);
            } else {
                py_obj *m = special_method(it, "__anext__");
                if (!m) {
                    py_err_set(py_exc_TypeError, "'async for' requires an iterator with __anext__ method, got %s", py_type_name(it));
                    goto error;
                }
                py_obj *aw = py_call0(m);
                py_decref(m);
                if (aw && PY_TYPE(aw) != &py_coro_type && !py_is_future(aw)
                    && !((aw->type->flags & PY_TF_HEAP) && py_type_lookup_s(aw->type, "__await__"))) {
                    /* what py_await takes, checked first as CPython's GET_ANEXT does,
                     * caused by _PyCoro_GetAwaitableIter's error */
                    py_err_set(py_exc_TypeError, "object %s can't be used in 'await' expression", py_type_name(aw));
                    py__err_from_cause(py_exc_TypeError, "'async for' received an invalid object from __anext__: %s", py_type_name(aw));
                    py_decref(aw);
                    aw = NULL;
                }
                py__resume_token = aw;
                v = aw ? resumed(py_await(aw)) : NULL;
                py_xdecref(aw);
            }
            py__resume_token = NULL;
            if (v) { PUSH(v); break; }
            if (!py_err_matches(py_exc_StopAsyncIteration)) goto error;
            py_err_clear();
            (void)POP();
            py_decref(it);
            ip = arg;
            break;
        }
        case OP_CALL: {
            py_obj *kw = f->kwnames;
            f->kwnames = NULL;
            int nkw = kw ? (int)PY_TLEN(kw) : 0;
            int npos = arg - nkw;
            py_obj **args = sp - arg;
            py_obj *callable = args[-1];
            py_obj *self = NULL;
            py_obj *fnobj = callable;
            if (PY_TYPE(callable) == &py_method_type && PY_TYPE(((py_method *)callable)->func) == &py_func_type) {
                self = ((py_method *)callable)->self;
                fnobj = ((py_method *)callable)->func;
            }
            if (PY_TYPE(fnobj) == &py_func_type) {
                py_func *fn = (py_func *)fnobj;
                nf = make_frame(fn, self, args, (size_t)npos, kw);
                /* drop the callable, then the arguments in order (as CPython:
                 * what they free, never-awaited coroutines say so in that order) */
                sp = args - 1;
                for (int i = -1; i < arg; i++) py_decref(args[i]);
                if (!nf) goto error;
                if (fn->code->flags & (PY_CO_GENERATOR | PY_CO_COROUTINE | PY_CO_ASYNCGEN)) {
                    py_obj *g = gen_new(nf, fn->code);
                    if (!g) goto error;
                    PUSH(g);
                    break;
                }
            enter_frame:
                if (py_recursion_enter() < 0) { frame_free(nf); goto error; }
                SAVE_FRAME();
                nf->back = f;
                nf->entry = 0;
                f = nf;
                ts->frame = f;
#ifdef __EMSCRIPTEN__
                if ((++run_hot & 0x3ff) == 0) return RUN_AGAIN;
#endif
                LOAD_FRAME();
                break;
            }
            SAVE_FRAME();
            py__resume_token = callable;
            py_obj *r = py_call(callable, args, (size_t)npos, kw);
            py__resume_token = NULL;
            if (!r && !py__args_unbound && keeps_args(callable)) PY_SETREF(f->pending_keep, py_tuple_from(args - 1, (size_t)arg + 1));
            py__args_unbound = 0;
            sp = args - 1;
            for (int i = -1; i < arg; i++) py_decref(args[i]);
            if (!r) goto error;
            PUSH(r);
            break;
        }
        case OP_CALL_FUNCTION_EX: {
            py_obj *kwargs = arg ? POP() : NULL;
            py_obj *args = POP();
            py_obj *fn = TOP();
            SAVE_FRAME();
            py__resume_token = fn; /* fn may suspend */
            py_obj *r = py_call_tuple_dict(fn, args, kwargs);
            py__resume_token = NULL;
            if (!r && !py__args_unbound) PY_SETREF(f->pending_keep, py_tuple_pack(1, args));
            py__args_unbound = 0;
            py_decref(args);
            py_xdecref(kwargs);
            if (!r) goto error;
            TOP() = r;
            py_decref(fn);
            break;
        }
        case OP_RETURN_VALUE: {
            retval = POP();
            goto frame_return;
        }
        case OP_YIELD_VALUE: {
            retval = POP();
            SAVE_FRAME();
            if (!f->entry) {
                py_decref(retval);
                py_err_set(py_exc_RuntimeError, "yield inside an awaited coroutine is not supported by casyncio's Python");
                goto error;
            }
        yield_value:
            ts->frame = f->back;
            *yielded = 1;
            py_recursion_leave();
            return retval;
        }
        case OP_GET_YIELD_FROM_ITER: {
            py_obj *o = TOP();
            if (PY_TYPE(o) == &py_gen_type) break;
            if (PY_TYPE(o) == &py_coro_type) {
                if (co->flags & PY_CO_ITERABLE_COROUTINE) break; /* types.coroutine's: OP_YIELD_FROM awaits it */
                py_err_set(py_exc_TypeError, "cannot 'yield from' a coroutine object in a non-coroutine generator");
                goto error;
            }
            py_obj *it = py_iter(o);
            if (!it) goto error;
            TOP() = it;
            py_decref(o);
            break;
        }
        case OP_YIELD_FROM: {
            py_obj *v = POP(), *it = TOP();
            py_obj *r;
            int y = 0;
            SAVE_FRAME();
            if (PY_TYPE(it) == &py_gen_type) {
                py__resume_token = it;
                r = py_gen_send(it, v, &y);
                py__resume_token = NULL;
                if (!y && !r && !py_err_occurred()) r = py_none();
            } else if (PY_TYPE(it) == &py_coro_type) {
                /* a coroutine in a generator types.coroutine marked: awaited here, the task
                 * suspending with this frame on its stack, as an await in a coroutine does */
                py__resume_token = it;
                r = resumed(py_await(it));
                py__resume_token = NULL;
            } else r = yield_from_iter(it, v, &y);
            py_decref(v);
            if (!r) goto error;
            if (y) {
                f->ip = ip - 1;
                f->sp = (int)(sp - stack);
                if (!f->entry) { py_decref(r); py_err_set(py_exc_RuntimeError, "yield from inside an awaited coroutine"); goto error; }
                ts->frame = f->back;
                *yielded = 1;
                py_recursion_leave();
                return r;
            }
            (void)POP();
            py_decref(it);
            PUSH(r);
            break;
        }
        case OP_AWAIT: {
            py_obj *o = TOP();
            if (f->await_yf == 2) { /* sent on after a sleep(0) (below): the sleep's result */
                py_decref(POP());
                py_obj *ca = ((py_gen *)TOP())->carg;
                ca = py_incref(PY_IS_TUPLE(ca) ? PY_TITEM(ca, 1) : PY_NONE);
                py_decref(TOP());
                TOP() = ca;
                f->await_yf = 0;
                break;
            }
            /* a coroutine driven by hand (send(), throw()) awaiting a types.coroutine
             * generator, or another coroutine (not inline: it may yield too): what they
             * yield comes out of send(), as CPython's yield from */
            py_gen *d = (py_gen *)o;
            if (f->await_yf || (py__by_hand && f->entry && f->gen && (PY_TYPE(f->gen) == &py_coro_type || f->gen == agen_hand) &&
                                ((PY_TYPE(o) == &py_gen_type && d->code && (((py_code *)d->code)->flags & PY_CO_ITERABLE_COROUTINE)) ||
                                 (PY_TYPE(o) == &py_coro_type && d->state == PY_GEN_CREATED &&
                                  (d->frame || d->cfn == agen_anext_run || d->cfn == agen_asend_run))))) {
                py_obj *v = f->await_yf ? POP() : py_none(), *r;
                int y = 0;
                SAVE_FRAME();
                d = (py_gen *)TOP();
                py__resume_token = TOP();
                if (PY_TYPE(d) == &py_coro_type && d->cfn) { /* an async generator's __anext__() or asend() */
                    r = agen_awaitable_send(d, v);
                    y = r && d->state == PY_GEN_SUSPENDED;
                    if (!r && py_err_matches(py_exc_StopIteration)) { /* its item */
                        py_obj *e = py_err_fetch();
                        r = py_getattr_s(e, "value");
                        py_decref(e);
                    }
                } else r = py_gen_send(TOP(), v, &y);
                py__resume_token = NULL;
                py_decref(v);
                if (!y && !r && !py_err_occurred()) r = py_none();
                f->await_yf = r && y;
                if (!r) goto error;
                if (y) {
                    f->ip = ip - 1;
                    ts->frame = f->back;
                    *yielded = 1;
                    py_recursion_leave();
                    return r;
                }
                py_decref(TOP());
                TOP() = r;
                break;
            }
            if (PY_TYPE(o) == &py_coro_type && !((py_gen *)o)->cfn) {
                py_gen *g = (py_gen *)o;
                if (g->state != PY_GEN_CREATED || !g->frame) {
                    reawait_error(g);
                    goto error;
                }
                g->awaited = 1; /* even when it cannot start (RecursionError), as CPython */
                if (py_recursion_enter() < 0) goto error;
                g->state = PY_GEN_RUNNING;
                nf = g->frame;
                SAVE_FRAME();
                nf->back = f;
                nf->entry = 0;
                nf->inline_await = 1;
                f = nf;
                ts->frame = f;
                LOAD_FRAME();
                break;
            }
            if (PY_TYPE(o) == &py_coro_type && ((py_gen *)o)->state == PY_GEN_CREATED && ((py_gen *)o)->carg) {
                /* a coroutine made by C (asyncio.sleep): done with before its
                 * function runs, its argument moved to the stack meanwhile, so
                 * a task asleep in sleep() does not keep the coroutine, and the
                 * coroutine, done, keeps nothing (CPython clears its frame) */
                py_gen *g = (py_gen *)o;
                g->state = PY_GEN_DONE;
                g->awaited = 1;
                if (py__by_hand) { /* driven by hand: only sleep(0) can suspend, yielding None out of send() as CPython's */
                    double dv = 0;
                    int ok = py_str_eqc(g->name, "sleep") && sleep_arg_delay(g->carg, &dv);
                    if (!ok || dv > 0 || !f->entry) {
                        if (ok && dv > 0 && !cas_get_running_loop()) /* sleep(1) outside asyncio: its get_running_loop() */
                            py_err_set(py_exc_RuntimeError, "no running event loop");
                        else py__unsafe_await();
                        goto error;
                    }
                    SAVE_FRAME();
                    f->ip = ip - 1;
                    f->await_yf = 2;
                    ts->frame = f->back;
                    *yielded = 1;
                    py_recursion_leave();
                    return py_none();
                }
                py_obj *(*fn)(py_obj *) = g->cfn;
                py_obj *carg = g->carg;
                g->carg = NULL;
                TOP() = carg;
                f->c_await = c_await_kind(g->name);
                py_decref(o);
                SAVE_FRAME();
                py_obj *r = resumed(fn(carg));
                f->c_await = 0;
                if (!r) goto error;
                TOP() = r;
                py_decref(carg);
                break;
            }
            SAVE_FRAME();
            py__resume_token = o;
            await_from = arg;
            py_obj *r = resumed(py_await(o));
            py__resume_token = NULL;
            if (!r) goto error;
            TOP() = r;
            py_decref(o);
            break;
        }
        case OP_SETUP_FINALLY: case OP_SETUP_WITH: {
            if (f->nblocks >= co->blockslots - 1) { py_err_set(py_exc_SystemError, "too many nested blocks"); goto error; }
            py_block *b = &PY_FRAME_BLOCKS(f)[f->nblocks++];
            b->type = B_TRY;
            b->handler = arg;
            b->level = (int)(sp - stack) - (PY_OP(w) == OP_SETUP_WITH); /* a with's: below __enter__'s value, bound next */
            b->saved = NULL;
            break;
        }
        case OP_POP_BLOCK: f->nblocks--; break;
        case OP_POP_EXCEPT: {
            py_block *b = &PY_FRAME_BLOCKS(f)[--f->nblocks];
            PY_SETREF(ts->handled, b->saved);
            b->saved = NULL;
            break;
        }
        case OP_RERAISE: {
            py_obj *e = POP();
            PY_SETREF(ts->exc, e);
            goto unwind;
        }
        case OP_RAISE_VARARGS: {
            py_obj *cause = arg == 2 ? POP() : NULL;
            py_obj *e = arg >= 1 ? POP() : NULL;
            if (!e) {
                if (!ts->handled) {
                    py_err_set(py_exc_RuntimeError, "No active exception to reraise");
                    goto error;
                }
                PY_SETREF(ts->exc, py_incref(ts->handled));
                goto unwind;
            }
            if (PY_IS_TYPE(e) && (((py_type *)e)->flags & PY_TF_EXC)) {
                py_obj *inst = py_call0(e);
                py_decref(e);
                if (!inst) { py_xdecref(cause); goto error; }
                e = inst;
            }
            if (!PY_IS_EXC(e)) {
                py_decref(e);
                py_xdecref(cause);
                py_err_set(py_exc_TypeError, "exceptions must derive from BaseException");
                goto error;
            }
            if (cause) {
                if (PY_IS_TYPE(cause) && (((py_type *)cause)->flags & PY_TF_EXC)) {
                    py_obj *inst = py_call0(cause);
                    py_decref(cause);
                    if (!inst) { py_decref(e); goto error; }
                    cause = inst;
                }
                if (cause == PY_NONE) { py_decref(cause); cause = NULL; }
                else if (!PY_IS_EXC(cause)) {
                    py_decref(cause);
                    py_decref(e);
                    py_err_set(py_exc_TypeError, "exception causes must derive from BaseException");
                    goto error;
                }
                PY_SETREF(((py_exc *)e)->cause, cause);
                ((py_exc *)e)->suppress_context = 1;
            }
            py_err_set_exc(e);
            goto error;
        }
        case OP_CHECK_EG_MATCH: case OP_PREP_RERAISE_STAR: {
            /* try/except*: [exc, type] -> [rest, match] (match becomes the handled
             * exception); [orig, list, rest] -> [orig, what to raise or None] */
            extern py_obj *py__base_exc_group;
            int match = PY_OP(w) == OP_CHECK_EG_MATCH;
            py_obj *b = POP(), *a = TOP();
            py_obj *fn = py__exc_groups_load() == 0 && py__base_exc_group ? py_getattr_s(py__base_exc_group, match ? "_star_match" : "_prep_reraise_star") : NULL;
            if (!match) {
                if (py_list_append(a, b) < 0) { py_decref(b); py_xdecref(fn); goto error; }
                py_decref(b);
                b = a;
                a = sp[-2];
                py_incref(b);
            }
            py_obj *r = fn ? call2(fn, a, b) : NULL;
            py_xdecref(fn);
            py_decref(b);
            if (!match) { py_obj *l = POP(); py_decref(l); }
            if (!r) goto error;
            if (match) {
                py_obj *rest = py_incref(PY_TITEM(r, 0)), *m = py_incref(PY_TITEM(r, 1));
                py_decref(r);
                py_decref(TOP());
                TOP() = rest;
                if (m != PY_NONE) PY_SETREF(ts->handled, py_incref(m));
                PUSH(m);
            } else PUSH(r);
            break;
        }
        case OP_BEFORE_WITH: case OP_BEFORE_ASYNC_WITH: {
            int as = PY_OP(w) == OP_BEFORE_ASYNC_WITH;
            py_obj *mgr = POP();
            py_obj *enter = special_method(mgr, as ? "__aenter__" : "__enter__");
            py_obj *exit = enter ? special_method(mgr, as ? "__aexit__" : "__exit__") : NULL;
            if (!enter || !exit) {
                py_xdecref(enter);
                if (!py_err_occurred())
                    py_err_set(py_exc_TypeError, as ? "'%s' object does not support the asynchronous context manager protocol%s"
                                                    : "'%s' object does not support the context manager protocol%s", py_type_name(mgr),
                               !enter ? "" : as ? " (missed __aexit__ method)" : " (missed __exit__ method)");
                py_decref(mgr);
                goto error;
            }
            py_decref(mgr);
            PUSH(exit);
            SAVE_FRAME();
            py__resume_token = enter; /* an __enter__ may suspend (a thread's lock waits there) */
            py_obj *r = py_call(enter, NULL, 0, NULL);
            py__resume_token = NULL;
            py_decref(enter);
            if (!r) goto error;
            PUSH(r);
            break;
        }
        case OP_WITH_EXIT_NORMAL: {
            py_obj *exit = POP();
            SAVE_FRAME();
            py_obj *r = call_exit(exit, NULL);
            py_decref(exit);
            if (!r) goto error;
            if (arg) PUSH(r);
            else py_decref(r);
            break;
        }
        case OP_WITH_EXCEPT: {
            py_obj *e = TOP(), *exit = SECOND();
            SAVE_FRAME();
            py_obj *r = call_exit(exit, e);
            if (!r) goto error;
            PUSH(r);
            break;
        }
        case OP_BUILD_CLASS: {
            py_obj *kw = arg ? POP() : NULL;
            py_obj *bases = POP(), *name = POP(), *body = POP();
            SAVE_FRAME();
            py_obj *cls = __builtin_expect(py__own_builtins, 0) && own_builtins_lack(f, "__build_class__", py_exc_NameError)
                              ? NULL : build_class(body, name, bases, kw);
            py_xdecref(kw);
            py_decref(bases);
            py_decref(name);
            py_decref(body);
            if (!cls) goto error;
            PUSH(cls);
            break;
        }
        case OP_IMPORT_NAME: {
            py_obj *fromlist = POP(), *level = POP();
            int relative = py_int_sign(level) > 0;
            py_decref(level);
            SAVE_FRAME();
            if (__builtin_expect(py__own_builtins, 0) && own_builtins_lack(f, "__import__", py_exc_ImportError)) {
                py_decref(fromlist);
                goto error;
            }
            if (relative) {
                /* CPython's resolve_name: from the importer's __package__, or
                 * for a script (None) what __name__ gives: none */
                py_obj *pkg = py_dict_get_s(f->globals, "__package__");
                if (pkg && PY_IS_STR(pkg) && py_slen(pkg))
                    py_err_set(py_exc_NotImplementedError, "relative import is not supported by casyncio's Python");
                else
                    py_err_set(py_exc_ImportError, "attempted relative import with no known parent package");
                py_decref(fromlist);
                goto error;
            }
            if (py__import_prepare(NAME(arg)) < 0) { py_decref(fromlist); goto error; }
            py_obj *m = py_import(NAME(arg));
            if (m && fromlist != PY_NONE && PY_TYPE(m) == &py_module_type) {
                /* from a.b import c: the submodule a.b when a has it as a module (collections.abc) */
                const char *dot = strchr(py_s(NAME(arg)), '.');
                py_obj *sub = dot && !strchr(dot + 1, '.') ? py_dict_get_s(((py_module *)m)->dict, dot + 1) : NULL;
                if (sub && PY_TYPE(sub) == &py_module_type) PY_SETREF(m, py_incref(sub));
            }
            py_decref(fromlist);
            if (!m) goto error;
            PUSH(m);
            break;
        }
        case OP_IMPORT_STAR: {
            py_obj *m = POP();
            SAVE_FRAME();
            int r = PY_TYPE(m) == &py_module_type ? import_star(m, f->locals ? f->locals : f->globals) : 0;
            py_decref(m);
            if (r < 0) goto error;
            break;
        }
        case OP_UNSUPPORTED:
            py_err_set(py_exc_NotImplementedError, "%U", CONST(arg));
            goto error;
        /* The instructions eval_fast leaves to this loop when they may run a
         * class's dunder ("Instructions that may run a class's dunder"):
         * dunder_op runs them announced, so its loop may give the host its
         * turn (one call here: each call Asyncify instruments in this big
         * function costs its locals' saving). */
        case OP_UNARY: case OP_GET_ITER:
            if (!(tflags(TOP()) & PY_TF_HEAP)) goto fast;
            goto dunder;
        case OP_LOAD_ATTR: case OP_STORE_ATTR: {
            /* a class's getter, setter, __getattr__ or __setattr__ written
             * in Python runs as a frame of this loop (attr_fn) */
            py_obj *o = TOP();
            int set = PY_OP(w) == OP_STORE_ATTR, hook;
            /* a class's attribute may be a descriptor of its own (attr_runs) */
            if (set ? !(tflags(o) & PY_TF_HEAP) : !attr_runs(o)) goto fast;
            if (!(tflags(o) & PY_TF_HEAP)) goto dunder;
            py_func *pf = attr_fn(o, NAME(arg), set, &hook);
            if (!pf) goto dunder;
            if (hook && !set) {
                /* __getattr__ only when the usual lookup finds nothing */
                py_obj *v = py__getattr_plain(o, NAME(arg));
                if (v) { TOP() = v; py_decref(o); break; }
                if (py_err_occurred()) goto error;
                if (py_type_lookup(o->type, NAME(arg))) goto dunder;
            }
            /* the arguments: the instance, the name for a hook, the value for a setter */
            py_obj *pa[3] = { o, NAME(arg), NULL };
            size_t na = hook ? 2 : 1;
            if (set) pa[na++] = sp[-2];
            sp -= 1 + set;
            nf = make_frame(pf, NULL, pa, na, NULL);
            py_decref(o);
            if (set) py_decref(pa[na - 1]);
            if (!nf) goto error;
            nf->inline_await = set ? 2 : 0;
            goto enter_frame;
        }
        case OP_BINARY_SUBSCR: case OP_STORE_SUBSCR: case OP_DELETE_SUBSCR:
            if (!subscr_runs(SECOND(), TOP())) goto fast;
            goto dunder;
        case OP_BINARY_OP:
            if (!binop_runs(SECOND(), TOP(), arg)) goto fast;
            goto dunder;
        case OP_COMPARE_OP:
            if (!cmp_runs(SECOND(), TOP())) goto fast;
            goto dunder;
        case OP_CONTAINS_OP:
            if (!contains_runs(SECOND(), TOP())) goto fast;
            goto dunder;
        case OP_POP_JUMP_IF_FALSE: case OP_POP_JUMP_IF_TRUE:
        case OP_JUMP_IF_FALSE_OR_POP: case OP_JUMP_IF_TRUE_OR_POP:
            if (!truth_runs(TOP())) goto fast;
            goto dunder;
        case OP_BUILD_SET: {
            int runs = 0;
            for (int i = arg; i > 0; i--) runs |= tflags(sp[-i]) & PY_TF_RUNS;
            if (!runs) goto fast;
            goto dunder;
        }
        case OP_SET_ADD:
            if (!(tflags(TOP()) & PY_TF_RUNS)) goto fast;
            goto dunder;
        case OP_BUILD_MAP: {
            int runs = 0;
            for (int i = arg; i > 0; i--) runs |= key_runs(sp[-2 * i]);
            if (!runs) goto fast;
            goto dunder;
        }
        case OP_MAP_ADD:
            if (!key_runs(SECOND())) goto fast;
            goto dunder;
        case OP_LIST_EXTEND: case OP_SET_UPDATE: case OP_UNPACK_SEQUENCE: case OP_UNPACK_EX:
            if (!iterable_runs(TOP())) goto fast;
            goto dunder;
        case OP_FORMAT_VALUE:
            if (!(tflags((arg & FV_SPEC) ? SECOND() : TOP()) & PY_TF_RUNS)) goto fast;
        dunder: {
            SAVE_FRAME();
            int r = py__dunder_op(f, w, &sp);
            if (r < 0) goto error;
            if (r > 0) ip = arg;
            break;
        }
        default:
        fast: {
            /* the simple instructions run in eval_fast (below) */
            ip--;
            SAVE_FRAME();
            int r = py__eval_fast(f);
            ip = f->ip;
            sp = stack + f->sp;
            if (r == 0) break;
            if (r == 2) { retval = POP(); SAVE_FRAME(); goto yield_value; }
            if (r == 1) py_err_set(py_exc_SystemError, "unknown opcode %d", PY_OP(w));
            goto error;
        }
        }
        continue;

    frame_return:
        /* the frame is done: clean it and go back to the caller */
        {
            SAVE_FRAME();
            while (sp > stack) { py_obj *v = POP(); py_decref(v); }
            f->sp = 0;
            py_frame *back = f->back;
            int inl = f->inline_await;
            /* the caller is the running frame while the locals go (a
             * coroutine never awaited warns at the caller's line, as CPython) */
            ts->frame = back;
            if (frame_end(f)) return retval;
            f = back;
            LOAD_FRAME();
            if (inl == 1) { py_obj *co_obj = TOP(); TOP() = retval; py_decref(co_obj); }
            else if (inl == 2) py_decref(retval); /* a property's setter */
            else PUSH(retval);
            retval = NULL;
            continue;
        }

    error:
        py_tb_add(ts->exc, co, f->lasti, f->globals);
        py__tb_link(ts->exc, f);
        if (f->pending_keep) {
            py_obj *ex = ts->exc;
            py_tb *tb = ex && PY_IS_EXC(ex) ? (py_tb *)((py_exc *)ex)->tb : NULL;
            if (tb) {
                if (!tb->keep) tb->keep = py_list_new(0);
                if (tb->keep) py_list_append(tb->keep, f->pending_keep);
            }
            PY_CLEAR(f->pending_keep);
        }
    unwind:
        while (f->nblocks > 0) {
            py_block *b = &PY_FRAME_BLOCKS(f)[--f->nblocks];
            while (sp > stack + b->level) { py_obj *v = POP(); py_decref(v); }
            if (b->type == B_HANDLER) {
                PY_SETREF(ts->handled, b->saved);
                b->saved = NULL;
                continue;
            }
            /* a try block: enter its handler (the handler block takes its slot) */
            int target = b->handler, level = b->level;
            py_block *h = &PY_FRAME_BLOCKS(f)[f->nblocks++];
            h->type = B_HANDLER;
            h->level = level;
            h->handler = -1;
            h->saved = ts->handled;
            py_obj *e = py_err_fetch();
            if (e && PY_IS_EXC(e) && ((py_exc *)e)->tb) ((py_tb *)((py_exc *)e)->tb)->handled = 1;
            ts->handled = py_incref(e);
            PUSH(e);
            ip = target;
            goto next;
        }
        /* no handler here: the frame ends with the exception; its locals
         * live on in the traceback, as CPython's tb_frame keeps them */
        {
            py_obj *ex = ts->exc;
            py_tb *tb = ex && PY_IS_EXC(ex) ? (py_tb *)((py_exc *)ex)->tb : NULL;
            if (tb && tb->code == f->code && f->nfast) {
                py_obj *keep = py_tuple_new((size_t)f->nfast);
                if (keep) {
                    for (int i = 0; i < f->nfast; i++) {
                        PY_TITEM(keep, i) = f->fast[i] ? f->fast[i] : py_incref(PY_NONE);
                        f->fast[i] = NULL;
                    }
                    if (!tb->keep) tb->keep = py_list_new(0);
                    if (tb->keep) py_list_append(tb->keep, keep);
                    py_decref(keep);
                }
            }
            while (sp > stack) { py_obj *v = POP(); py_decref(v); }
            f->sp = 0;
            py_frame *back = f->back;
            int inl = f->inline_await;
            /* a class's getter or __getattr__ run for the caller's LOAD_ATTR: its
             * AttributeError is the lookup's (py__attr_error_context); self is
             * its first argument, kept with the traceback */
            py_obj *self = NULL;
            if (back && !inl && PY_OP(back->code->code[back->lasti]) == OP_LOAD_ATTR && ex && PY_IS_EXC(ex) &&
                py_subtype(PY_TYPE(ex), py_exc_AttributeError) && f->code->argcount > 0 && tb && tb->code == f->code &&
                tb->keep && PY_LLEN(tb->keep)) {
                py_obj *keep = ((py_list *)tb->keep)->items[PY_LLEN(tb->keep) - 1];
                self = PY_TLEN(keep) ? py_incref(PY_TITEM(keep, 0)) : NULL;
            }
            if (frame_end(f)) {
                py_xdecref(self);
                ts->frame = back;
                return NULL;
            }
            if (inl == 1) gen_stop_to_runtime_error(PY_CO_COROUTINE); /* a coroutine awaited inline */
            f = back;
            ts->frame = f;
            LOAD_FRAME();
            if (self) {
                py__attr_error_context(self, NAME(PY_ARG(code[f->lasti])));
                py_decref(self);
            }
            goto error;
        }
    next:;
    }
}

/*
 * eval_loop's case of an instruction eval_fast left to it (above): runs
 * it announced, so a class's dunder it calls may suspend (listed in
 * PY_SUSPEND).  *spp is the frame's stack pointer, moved as the
 * instruction does.  Returns 0, 1 when a conditional jump is taken, -1 on
 * an error.
 */
static int dunder_op(py_frame *f, uint32_t w, py_obj ***spp) {
    py_obj **sp = *spp;
    int arg = PY_ARG(w), r = 0;
    py_obj *name = PY_OP(w) == OP_LOAD_ATTR || PY_OP(w) == OP_STORE_ATTR ? PY_TITEM(f->code->names, arg) : NULL;
    switch (PY_OP(w)) {
    case OP_LOAD_ATTR: {
        py_obj *o = TOP();
        py__resume_token = o;
        py_obj *v = py_getattr(o, name);
        if (!v) { r = -1; break; }
        TOP() = v;
        py_decref(o);
        break;
    }
    case OP_STORE_ATTR: {
        py_obj *o = POP(), *v = POP();
        py__resume_token = o;
        r = py_setattr(o, name, v) < 0 ? -1 : 0;
        py_decref(o);
        py_decref(v);
        break;
    }
    case OP_BINARY_SUBSCR: {
        py_obj *k = POP(), *o = TOP();
        py__resume_token = o;
        py_obj *v = py_getitem(o, k);
        py_decref(k);
        if (!v) { r = -1; break; }
        TOP() = v;
        py_decref(o);
        break;
    }
    case OP_STORE_SUBSCR: case OP_DELETE_SUBSCR: {
        py_obj *k = POP(), *o = POP(), *v = PY_OP(w) == OP_STORE_SUBSCR ? POP() : NULL;
        py__resume_token = o;
        r = (v ? py_setitem(o, k, v) : py_delitem(o, k)) < 0 ? -1 : 0;
        py_decref(k);
        py_decref(o);
        py_xdecref(v);
        break;
    }
    case OP_BINARY_OP: case OP_COMPARE_OP: case OP_CONTAINS_OP: {
        py_obj *b = POP(), *a = TOP();
        py_obj *v = NULL;
        if (PY_OP(w) == OP_CONTAINS_OP) {
            py__resume_token = b;
            int c = py_contains(b, a);
            if (c >= 0) v = py_bool(c ^ arg);
        } else if (PY_OP(w) == OP_BINARY_OP) {
            py__resume_token = a;
            v = arg >= BINOP_INPLACE ? py_inplace(a, b, arg - BINOP_INPLACE) : py_binop(a, b, arg);
        } else {
            py__resume_token = a;
            v = py_richcmp(a, b, arg);
        }
        py_decref(b);
        if (!v) { r = -1; break; }
        TOP() = v;
        py_decref(a);
        break;
    }
    case OP_UNARY: {
        py_obj *a = TOP();
        py__resume_token = a;
        py_obj *v = py_unary(a, arg);
        if (!v) { r = -1; break; }
        TOP() = v;
        py_decref(a);
        break;
    }
    case OP_POP_JUMP_IF_FALSE: case OP_POP_JUMP_IF_TRUE:
    case OP_JUMP_IF_FALSE_OR_POP: case OP_JUMP_IF_TRUE_OR_POP: {
        py_obj *v = TOP();
        py__resume_token = v;
        int t = py_truth(v);
        int pop = PY_OP(w) == OP_POP_JUMP_IF_FALSE || PY_OP(w) == OP_POP_JUMP_IF_TRUE;
        int jump_if = PY_OP(w) == OP_POP_JUMP_IF_TRUE || PY_OP(w) == OP_JUMP_IF_TRUE_OR_POP;
        if (t < 0) r = -1;
        else if (t == jump_if) r = 1;
        else pop = 1;
        if (pop || r < 0) { (void)POP(); py_decref(v); }
        break;
    }
    case OP_GET_ITER: {
        py_obj *o = TOP();
        py__resume_token = o;
        py_obj *it = py_iter(o);
        if (!it) { r = -1; break; }
        TOP() = it;
        py_decref(o);
        break;
    }
    case OP_BUILD_SET: case OP_BUILD_MAP: {
        int map = PY_OP(w) == OP_BUILD_MAP;
        py_obj *c = map ? py_dict_new() : py_set_new(&py_set_type, NULL);
        if (!c) { r = -1; break; }
        for (int i = arg; i > 0 && !r; i--) {
            /* a key's __hash__ may suspend (py_set_add; py_setitem passes it on) */
            py__resume_token = map ? c : sp[-i];
            if ((map ? py_setitem(c, sp[-2 * i], sp[-2 * i + 1]) : py_set_add(c, sp[-i])) < 0) r = -1;
        }
        for (int i = 0; i < (map ? 2 : 1) * arg; i++) { py_obj *v = POP(); py_decref(v); }
        if (r < 0) py_decref(c);
        else PUSH(c);
        break;
    }
    case OP_SET_ADD: {
        py_obj *v = POP();
        py__resume_token = v;
        r = py_set_add(sp[-arg], v) < 0 ? -1 : 0;
        py_decref(v);
        break;
    }
    case OP_MAP_ADD: {
        py_obj *v = POP(), *k = POP();
        py__resume_token = sp[-arg];
        r = py_setitem(sp[-arg], k, v) < 0 ? -1 : 0;
        py_decref(k);
        py_decref(v);
        break;
    }
    case OP_LIST_EXTEND: case OP_SET_UPDATE: {
        py_obj *v = POP();
        py__resume_token = v;
        py_obj *into = sp[-PY_EXTEND_DEPTH(arg)];
        r = (PY_OP(w) == OP_LIST_EXTEND ? py_list_extend(into, v) : py_set_update(into, v)) < 0 ? -1 : 0;
        if (r < 0 && PY_OP(w) == OP_LIST_EXTEND && py_err_matches(py_exc_TypeError) && !v->type->iter && !v->type->getitem)
            star_error(v, arg, sp);
        py_decref(v);
        break;
    }
    case OP_UNPACK_SEQUENCE: case OP_UNPACK_EX: {
        int star = PY_OP(w) == OP_UNPACK_EX;
        int before = star ? (arg & 0xff) : arg, after = star ? (arg >> 8) : 0;
        int n = before + after + star;
        py_obj *seq = POP();
        py__resume_token = seq;
        r = unpack(seq, before, after, star, sp);
        py_decref(seq);
        if (r < 0) break;
        for (int i = 0, j = n - 1; i < j; i++, j--) { py_obj *v = sp[i]; sp[i] = sp[j]; sp[j] = v; }
        sp += n;
        break;
    }
    case OP_FORMAT_VALUE: {
        py_obj *spec = (arg & FV_SPEC) ? POP() : NULL;
        py_obj *v = TOP();
        py_obj *s = do_format(v, arg, spec); /* announces */
        py_xdecref(spec);
        if (!s) { r = -1; break; }
        TOP() = s;
        py_decref(v);
        break;
    }
    }
    py__resume_token = NULL;
    *spp = sp;
    return r;
}

/*
 * The simple instructions, those that never suspend (no await, no call
 * the evaluator announces as resumable: eval.c, "Suspending under
 * Asyncify"), run in a loop of their own until an instruction that is not
 * one of them, which eval_loop runs.  In wasm this function is not
 * instrumented by Asyncify (nothing it calls may suspend), so it is
 * smaller and quicker than eval_loop, and V8 optimizes it sooner.
 * Returns 0 at an instruction it leaves to eval_loop (f->ip at it), 2 at
 * a yield (f->ip past it, the value on the frame's stack), -1
 * on an error raised by the instruction at f->lasti, 1 when the first
 * instruction is not one it knows.
 */
/* eval_fast is not instrumented by Asyncify, so nothing it calls may
 * suspend: it never announces (do_format's announcements reach no Python
 * code for the values it is given).  An instruction whose operand may run
 * a class's __eq__, __add__, __getitem__, __bool__, __hash__, a property...
 * goes back to eval_loop (hand_back; "Instructions that may run a class's
 * dunder"); builtins called through OP_CALL (sorted, max, repr, print...)
 * run from eval_loop and announce too. */
static int eval_fast(py_frame *f) {
    py_code *co;
    const uint32_t *code;
    py_obj **stack, **sp, **fast;
    int ip, lines, first = 1;
    LOAD_FRAME();
    for (;; first = 0) {
        uint32_t w = code[ip];
        int arg = PY_ARG(w);
        f->lasti = ip;
        if (__builtin_expect(lines, 0)) line_event(f, ip);
        ip++;
        switch (PY_OP(w)) {
        default: /* eval_loop's (the line event, if any, is sent again: harmless) */
            ip--;
            SAVE_FRAME();
            return first;
        case OP_JUMP:
            if (arg < ip) {
                /* the host's turn and an interrupt are eval_loop's */
                if (py__interrupt || ((py__ticks + 1) & 0xffff) == 0) { ip--; SAVE_FRAME(); return 0; }
#ifdef __EMSCRIPTEN__
                if (((run_hot + 1) & 0x3ff) == 0) { ip--; SAVE_FRAME(); return 0; }
                run_hot++;
#endif
                py__ticks++;
            }
            ip = arg;
            break;
        case OP_FOR_ITER: {
            py_obj *it = TOP();
            py_obj *v;
            if (PY_TYPE(it) == &py_gen_type) {
                /* a generator runs here to its next yield, or goes on in
                 * eval_loop's FOR_ITER (gen_next_fast) */
                v = gen_next_fast((py_gen *)it);
                if (v == GEN_SLOW) { ip--; SAVE_FRAME(); return 0; }
                PUSH(v);
                break;
            }
            if (PY_TYPE(it) == &py_range_iter_type) {
                py_range_iter *r = (py_range_iter *)it;
                if (r->left > 0) {
                    r->left--;
                    v = py__int_new(r->cur);
                    r->cur += r->step;
                    if (!v) goto error;
                    PUSH(v);
                    break;
                }
                v = NULL;
            } else {
                /* a map, a class's __next__... may suspend: eval_loop's case */
                if (!(it->type->flags & PY_TF_PLAIN_NEXT)) { ip--; SAVE_FRAME(); return 0; }
                v = it->type->next(it);
            }
            if (v) { PUSH(v); break; }
            if (py_err_occurred()) {
                if (!py_err_matches(py_exc_StopIteration)) goto error;
                py_err_clear();
            }
            (void)POP();
            py_decref(it);
            ip = arg;
            break;
        }
        case OP_YIELD_VALUE:
            /* a yield from a frame run() started: the caller takes the value
             * off the stack and leaves (eval_loop's case says why not another) */
            if (!f->entry) { ip--; SAVE_FRAME(); return first; }
            SAVE_FRAME();
            return 2;
        case OP_NOP: break;
        case OP_POP_TOP: { py_obj *v = POP(); py_decref(v); break; }
        case OP_ROT_TWO: { py_obj *a = TOP(); TOP() = SECOND(); SECOND() = a; break; }
        case OP_ROT_THREE: { py_obj *a = TOP(); TOP() = SECOND(); SECOND() = THIRD(); THIRD() = a; break; }
        case OP_ROT_FOUR: { py_obj *a = TOP(); TOP() = SECOND(); SECOND() = THIRD(); THIRD() = sp[-4]; sp[-4] = a; break; }
        case OP_DUP_TOP: { py_obj *a = TOP(); PUSH(py_incref(a)); break; }
        case OP_DUP_TOP_TWO: { py_obj *a = TOP(), *b = SECOND(); PUSH(py_incref(b)); PUSH(py_incref(a)); break; }
        case OP_LOAD_CONST: PUSH(py_incref(CONST(arg))); break;
        case OP_LOAD_FAST: {
            py_obj *v = fast[arg];
            if (!v) {
                py_obj *n = PY_TITEM(co->varnames, arg);
                py_err_set(py_exc_UnboundLocalError, "cannot access local variable '%U' where it is not associated with a value", n);
                goto error;
            }
            PUSH(py_incref(v));
            break;
        }
        case OP_STORE_FAST: { py_obj *v = POP(); py_obj *old = fast[arg]; fast[arg] = v; if (old) py__decref_int(old); break; }
        case OP_DELETE_FAST: {
            if (!fast[arg]) {
                py_obj *n = PY_TITEM(co->varnames, arg);
                py_err_set(py_exc_UnboundLocalError, "cannot access local variable '%U' where it is not associated with a value", n);
                goto error;
            }
            PY_CLEAR(fast[arg]);
            break;
        }
        case OP_LOAD_DEREF: case OP_LOAD_CLASSDEREF: {
            int ncell = (int)PY_TLEN(co->cellvars);
            if (PY_OP(w) == OP_LOAD_CLASSDEREF) {
                py_obj *n = arg < ncell ? PY_TITEM(co->cellvars, arg) : PY_TITEM(co->freevars, arg - ncell);
                py_obj *v;
                if (f->locals && UNLIKELY(!PY_IS_DICT(f->locals))) {
                    if (!(v = ns_get(f->locals, n)) && py_err_occurred()) goto error;
                    if (v) { PUSH(v); break; }
                } else if ((v = f->locals ? py_dict_get(f->locals, n) : NULL)) { PUSH(py_incref(v)); break; }
            }
            py_cell *c = (py_cell *)fast[co->nlocals + arg];
            if (!c->v) {
                py_obj *n = arg < ncell ? PY_TITEM(co->cellvars, arg) : PY_TITEM(co->freevars, arg - ncell);
                if (arg < ncell)
                    py_err_set(py_exc_UnboundLocalError, "cannot access local variable '%U' where it is not associated with a value", n);
                else
                    name_error_fmt("cannot access free variable '%U' where it is not associated with a value in enclosing scope", n);
                goto error;
            }
            PUSH(py_incref(c->v));
            break;
        }
        case OP_STORE_DEREF: {
            py_cell *c = (py_cell *)fast[co->nlocals + arg];
            py_obj *v = POP();
            PY_SETREF(c->v, v);
            break;
        }
        case OP_DELETE_DEREF: {
            py_cell *c = (py_cell *)fast[co->nlocals + arg];
            PY_CLEAR(c->v);
            break;
        }
        case OP_LOAD_CLOSURE: PUSH(py_incref(fast[co->nlocals + arg])); break;
        case OP_LOAD_GLOBAL: {
            py_obj *v = load_global(f, NAME(arg));
            if (!v) goto error;
            PUSH(v);
            break;
        }
        case OP_STORE_GLOBAL: {
            py_obj *v = POP();
            int r = py_dict_set(f->globals, NAME(arg), v);
            py_decref(v);
            if (r < 0) goto error;
            break;
        }
        case OP_DELETE_GLOBAL:
            if (py_dict_del(f->globals, NAME(arg)) < 0) { py_err_clear(); name_error(NAME(arg)); goto error; }
            break;
        case OP_LOAD_NAME: {
            py_obj *n = NAME(arg);
            py_obj *v;
            if (f->locals && UNLIKELY(!PY_IS_DICT(f->locals))) { /* a __prepare__'s dict subclass: its __getitem__ */
                if (!(v = ns_get(f->locals, n)) && py_err_occurred()) goto error;
                if (v) { PUSH(v); break; }
            } else if ((v = f->locals ? py_dict_get(f->locals, n) : NULL)) { PUSH(py_incref(v)); break; }
            v = load_global(f, n);
            if (!v) goto error;
            PUSH(v);
            break;
        }
        case OP_STORE_NAME: {
            py_obj *v = POP(), *ns = f->locals ? f->locals : f->globals;
            /* a __prepare__'s dict subclass: its __setitem__ (enum's refuses a name bound twice) */
            int r = PY_IS_DICT(ns) ? py_dict_set(ns, NAME(arg), v) : py_setitem(ns, NAME(arg), v);
            py_decref(v);
            if (r < 0) goto error;
            break;
        }
        case OP_DELETE_NAME: {
            py_obj *ns = f->locals ? f->locals : f->globals;
            if ((PY_IS_DICT(ns) ? py_dict_del(ns, NAME(arg)) : py_delitem(ns, NAME(arg))) < 0) {
                if (!py_err_matches(py_exc_KeyError)) goto error;
                py_err_clear();
                name_error(NAME(arg));
                goto error;
            }
            break;
        }
        case OP_LOAD_ATTR: {
            py_obj *o = TOP();
            /* NULL without an exception: py__getattr_plain's hand-back */
            py_obj *v = attr_runs(o) ? py__getattr_plain(o, NAME(arg)) : py_getattr(o, NAME(arg));
            if (!v) {
                if (UNLIKELY(!py_err_occurred())) goto hand_back;
                py__attr_error_context(o, NAME(arg));
                goto error;
            }
            TOP() = v;
            py_decref(o);
            break;
        }
        case OP_STORE_ATTR: {
            py_obj *o = POP(), *v = POP();
            int r = tflags(o) & PY_TF_HEAP ? py__setattr_plain(o, NAME(arg), v) : py_setattr(o, NAME(arg), v);
            if (UNLIKELY(r == -2)) { sp += 2; goto hand_back; }
            py_decref(o);
            py_decref(v);
            if (r < 0) goto error;
            break;
        }
        case OP_DELETE_ATTR: {
            py_obj *o = POP();
            int r = py_setattr(o, NAME(arg), NULL);
            py_decref(o);
            if (r < 0) goto error;
            break;
        }
        case OP_BINARY_SUBSCR: {
            py_obj *k = POP(), *o = TOP();
            if (UNLIKELY(subscr_runs(o, k))) { sp++; goto hand_back; }
            py_obj *v = py_getitem(o, k);
            py_decref(k);
            if (!v) goto error;
            TOP() = v;
            py_decref(o);
            break;
        }
        case OP_STORE_SUBSCR: {
            py_obj *k = POP(), *o = POP(), *v = POP();
            if (UNLIKELY(subscr_runs(o, k))) { sp += 3; goto hand_back; }
            int r = py_setitem(o, k, v);
            py_decref(k);
            py_decref(o);
            py_decref(v);
            if (r < 0) goto error;
            break;
        }
        case OP_DELETE_SUBSCR: {
            py_obj *k = POP(), *o = POP();
            if (UNLIKELY(subscr_runs(o, k))) { sp += 2; goto hand_back; }
            int r = py_delitem(o, k);
            py_decref(k);
            py_decref(o);
            if (r < 0) goto error;
            break;
        }
        case OP_BUILD_SLICE: {
            py_obj *step = arg == 3 ? POP() : NULL;
            py_obj *stop = POP(), *start = POP();
            py_obj *s = py_slice_new(start, stop, step);
            py_decref(start);
            py_decref(stop);
            py_xdecref(step);
            if (!s) goto error;
            PUSH(s);
            break;
        }
        case OP_BINARY_OP: {
            py_obj *b = POP(), *a = TOP();
            py_obj *r = NULL;
            if (PY_TYPE(a) == &py_int_type && PY_TYPE(b) == &py_int_type) {
                int op = arg >= BINOP_INPLACE ? arg - BINOP_INPLACE : arg;
                if (!((py_intobj *)a)->big && !((py_intobj *)b)->big) {
                    /* two machine-size ints: + - * here, with their overflow
                     * checks (ints are immutable: in-place is the same); x * y
                     * cannot overflow when both fit 32 bits (in wasm32 the check
                     * of a 64-bit product calls a 128-bit multiply) */
                    int64_t x = ((py_intobj *)a)->v, y = ((py_intobj *)b)->v, z;
                    int ok;
                    if (op == PYAST_Add) ok = !__builtin_add_overflow(x, y, &z);
                    else if (op == PYAST_Sub) ok = !__builtin_sub_overflow(x, y, &z);
                    else if (op == PYAST_Mult) ok = x == (int32_t)x && y == (int32_t)y ? (z = x * y, 1) : !__builtin_mul_overflow(x, y, &z);
                    else ok = 0;
                    if (ok) {
                        r = py__int_new(z);
                        if (!r) { py_decref(b); goto error; }
                        py__decref_int(b);
                        TOP() = r;
                        py__decref_int(a);
                        break;
                    }
                } else {
                    /* a big int and a machine-size one (r *= i) */
                    r = py__int_mixed_op(a, b, op);
                }
            } else if (PY_TYPE(a) == &py_str_type && PY_TYPE(b) == &py_str_type && a->rc == 2
                     && (arg == PYAST_Add || arg == PYAST_Add + BINOP_INPLACE)
                     && PY_OP(code[ip]) == OP_STORE_FAST && fast[PY_ARG(code[ip])] == a) {
                /* s += t into the local that holds s's only other reference
                 * (an interned or immortal str never counts 2):
                 * the text grows in place (py__str_append), and STORE_FAST,
                 * next, stores it back */
                fast[PY_ARG(code[ip])] = NULL;
                a->rc = 1;
                if (py__str_append(&TOP(), b) < 0) {
                    a->rc = 2;
                    fast[PY_ARG(code[ip])] = a;
                    py_decref(b);
                    goto error;
                }
                py_decref(b);
                break;
            }
            if (UNLIKELY(!r && binop_runs(a, b, arg))) { sp++; goto hand_back; }
            if (!r && arg >= BINOP_INPLACE) r = py_inplace(a, b, arg - BINOP_INPLACE);
            else if (!r) {
                r = py_binop(a, b, arg);
            }
            py_decref(b);
            if (!r) goto error;
            TOP() = r;
            py_decref(a);
            break;
        }
        case OP_UNARY: {
            py_obj *a = TOP();
            if (UNLIKELY(tflags(a) & PY_TF_HEAP)) goto hand_back;
            py_obj *r = py_unary(a, arg);
            if (!r) goto error;
            TOP() = r;
            py_decref(a);
            break;
        }
        case OP_COMPARE_OP: {
            py_obj *b = POP(), *a = TOP();
            py_obj *r;
            /* CPython 3.11's specialised compares (two machine ints, two
             * floats, str == str) are not a level of recursion; the others
             * are counted by py_richcmp */
#define COMPARE(x, y) (arg == PY_LT ? (x) < (y) : arg == PY_LE ? (x) <= (y) : arg == PY_EQ ? (x) == (y) \
                       : arg == PY_NE ? (x) != (y) : arg == PY_GT ? (x) > (y) : (x) >= (y))
            if (PY_TYPE(a) == &py_int_type && PY_TYPE(b) == &py_int_type && !((py_intobj *)a)->big && !((py_intobj *)b)->big) {
                r = py_bool(COMPARE(((py_intobj *)a)->v, ((py_intobj *)b)->v));
            } else if (PY_TYPE(a) == &py_float_type && PY_TYPE(b) == &py_float_type) {
                r = py_bool(COMPARE(((py_floatobj *)a)->v, ((py_floatobj *)b)->v));
            } else if (PY_TYPE(a) == &py_str_type && PY_TYPE(b) == &py_str_type && (arg == PY_EQ || arg == PY_NE)) {
                r = py_bool(py_str_eq(a, b) ^ (arg == PY_NE));
            } else if (UNLIKELY(cmp_runs(a, b))) {
                sp++;
                goto hand_back;
            } else {
                SAVE_FRAME();
                r = py_richcmp(a, b, arg);
            }
#undef COMPARE
            py_decref(b);
            if (!r) goto error;
            TOP() = r;
            py_decref(a);
            break;
        }
        case OP_IS_OP: {
            py_obj *b = POP(), *a = TOP();
            int r = (a == b) ^ arg;
            TOP() = py_bool(r);
            py_decref(a);
            py_decref(b);
            break;
        }
        case OP_CONTAINS_OP: {
            py_obj *b = POP(), *a = TOP();
            if (UNLIKELY(contains_runs(a, b))) { sp++; goto hand_back; }
            int r = py_contains(b, a);
            py_decref(b);
            if (r < 0) goto error;
            TOP() = py_bool(r ^ arg);
            py_decref(a);
            break;
        }
        case OP_POP_JUMP_IF_FALSE: case OP_POP_JUMP_IF_TRUE: {
            py_obj *v = POP();
            if (UNLIKELY(truth_runs(v))) { sp++; goto hand_back; }
            int t = py_truth(v);
            py_decref(v);
            if (t < 0) goto error;
            if (t == (PY_OP(w) == OP_POP_JUMP_IF_TRUE)) ip = arg;
            break;
        }
        case OP_JUMP_IF_FALSE_OR_POP: case OP_JUMP_IF_TRUE_OR_POP: {
            if (UNLIKELY(truth_runs(TOP()))) goto hand_back;
            int t = py_truth(TOP());
            if (t < 0) goto error;
            if (t == (PY_OP(w) == OP_JUMP_IF_TRUE_OR_POP)) ip = arg;
            else { py_obj *v = POP(); py_decref(v); }
            break;
        }
        case OP_GET_ITER: {
            py_obj *o = TOP();
            if (UNLIKELY(tflags(o) & PY_TF_HEAP)) goto hand_back;
            py_obj *it = py_iter(o);
            if (!it) goto error;
            TOP() = it;
            py_decref(o);
            break;
        }
        case OP_BUILD_TUPLE: {
            py_obj *t = py_tuple_new((size_t)arg);
            if (!t) goto error;
            for (int i = arg - 1; i >= 0; i--) PY_TITEM(t, i) = POP();
            PUSH(t);
            break;
        }
        case OP_BUILD_LIST: {
            py_obj *l = py_list_new((size_t)arg);
            if (!l) goto error;
            for (int i = arg - 1; i >= 0; i--) PY_LITEM(l, i) = POP();
            PUSH(l);
            break;
        }
        case OP_BUILD_SET: {
            for (int i = arg; i > 0; i--) if (UNLIKELY(tflags(sp[-i]) & PY_TF_RUNS)) goto hand_back;
            py_obj *s = py_set_new(&py_set_type, NULL);
            if (!s) goto error;
            int err = 0;
            for (int i = arg; i > 0; i--) {
                if (!err && py_set_add(s, sp[-i]) < 0) err = 1;
            }
            py__resume_token = NULL;
            for (int i = 0; i < arg; i++) { py_obj *v = POP(); py_decref(v); }
            if (err) { py_decref(s); goto error; }
            PUSH(s);
            break;
        }
        case OP_BUILD_MAP: {
            for (int i = arg; i > 0; i--) if (UNLIKELY(key_runs(sp[-2 * i]))) goto hand_back;
            py_obj *d = py_dict_new();
            if (!d) goto error;
            int err = 0;
            for (int i = arg; i > 0; i--) if (!err && py_dict_set(d, sp[-2 * i], sp[-2 * i + 1]) < 0) err = 1;
            for (int i = 0; i < 2 * arg; i++) { py_obj *v = POP(); py_decref(v); }
            if (err) { py_decref(d); goto error; }
            PUSH(d);
            break;
        }
        case OP_LIST_APPEND: {
            py_obj *v = POP();
            /* a comprehension's own list: the item moves in while there is room */
            py_list *l = (py_list *)sp[-arg];
            if (l->n < l->cap) { l->items[l->n++] = v; break; }
            int r = py_list_append((py_obj *)l, v);
            py_decref(v);
            if (r < 0) goto error;
            break;
        }
        case OP_SET_ADD: {
            if (UNLIKELY(tflags(TOP()) & PY_TF_RUNS)) goto hand_back;
            py_obj *v = POP();
            int r = py_set_add(sp[-arg], v);
            py_decref(v);
            if (r < 0) goto error;
            break;
        }
        case OP_MAP_ADD: {
            if (UNLIKELY(key_runs(SECOND()))) goto hand_back;
            py_obj *v = POP(), *k = POP();
            int r = py_dict_set(sp[-arg], k, v);
            py_decref(k);
            py_decref(v);
            if (r < 0) goto error;
            break;
        }
        case OP_LIST_EXTEND: {
            if (UNLIKELY(iterable_runs(TOP()))) goto hand_back;
            py_obj *v = POP();
            int r = py_list_extend(sp[-PY_EXTEND_DEPTH(arg)], v);
            if (r < 0 && py_err_matches(py_exc_TypeError) && !v->type->iter && !v->type->getitem) star_error(v, arg, sp);
            py_decref(v);
            if (r < 0) goto error;
            break;
        }
        case OP_SET_UPDATE: {
            if (UNLIKELY(iterable_runs(TOP()))) goto hand_back;
            py_obj *v = POP();
            int r = py_set_update(sp[-arg], v);
            py_decref(v);
            if (r < 0) goto error;
            break;
        }
        case OP_DICT_UPDATE: case OP_DICT_MERGE: {
            py_obj *v = POP();
            py_obj *d = sp[-arg];
            int r;
            if (PY_OP(w) == OP_DICT_MERGE && (PY_IS_DICT(v) || (PY_CHECK_DICT(v) && PY_TYPE(v)->iter == py_dict_type.iter))) {
                size_t pos = 0;
                py_obj *k, *x;
                r = 0;
                while (py_dict_next(v, &pos, &k, &x)) {
                    if (py_dict_get(d, k)) {
                        py_obj *fs = function_str(sp[-arg - 2]);
                        if (fs) py_err_set(py_exc_TypeError, "%U got multiple values for keyword argument '%S'", fs, k);
                        py_xdecref(fs);
                        r = -1;
                        break;
                    }
                    if (py_dict_set(d, k, x) < 0) { r = -1; break; }
                }
            } else {
                py_obj *keys = PY_IS_DICT(v) ? NULL : py_getattr_opt(v, py_str_intern("keys"));
                if (!PY_IS_DICT(v) && !keys) {
                    py_err_clear();
                    py_obj *fs = PY_OP(w) == OP_DICT_MERGE ? function_str(sp[-arg - 2]) : NULL;
                    if (fs) py_err_set(py_exc_TypeError, "%U argument after ** must be a mapping, not %s", fs, py_type_name(v));
                    else if (PY_OP(w) == OP_DICT_UPDATE) py_err_set(py_exc_TypeError, "'%s' object is not a mapping", py_type_name(v));
                    py_xdecref(fs);
                    r = -1;
                } else {
                    py_xdecref(keys); /* (asked only whether it has one) */
                    r = py__dict_merge(d, v, PY_OP(w) == OP_DICT_MERGE);
                    if (r == -2) { /* a key given twice */
                        py_obj *k = py_err_fetch(), *fs = function_str(sp[-arg - 2]);
                        py_obj *ka = k && PY_IS_EXC(k) ? ((py_exc *)k)->args : NULL;
                        if (fs && ka && PY_TLEN(ka) == 1 && PY_IS_STR(PY_TITEM(ka, 0)))
                            py_err_set(py_exc_TypeError, "%U got multiple values for keyword argument '%S'", fs, PY_TITEM(ka, 0));
                        else if (fs) py_err_set(py_exc_TypeError, "%U keywords must be strings", fs);
                        py_xdecref(fs);
                        py_xdecref(k);
                    }
                }
            }
            py_decref(v);
            if (r < 0) goto error;
            break;
        }
        case OP_LIST_TO_TUPLE: {
            py_obj *l = TOP();
            py_obj *t = py_sequence_tuple(l);
            if (!t) goto error;
            TOP() = t;
            py_decref(l);
            break;
        }
        case OP_UNPACK_SEQUENCE: case OP_UNPACK_EX: {
            int star = PY_OP(w) == OP_UNPACK_EX;
            int before = star ? (arg & 0xff) : arg, after = star ? (arg >> 8) : 0;
            int n = before + after + star;
            if (UNLIKELY(iterable_runs(TOP()))) goto hand_back;
            py_obj *seq = POP();
            /* the values land in order where they go (the compiler's stack
             * depth has room for them), then turn round: no buffer here
             * in the loop's frame, which every sleeping task keeps */
            int r = unpack(seq, before, after, star, sp);
            py_decref(seq);
            if (r < 0) goto error;
            for (int i = 0, j = n - 1; i < j; i++, j--) { py_obj *v = sp[i]; sp[i] = sp[j]; sp[j] = v; }
            sp += n;
            break;
        }
        case OP_KW_NAMES: f->kwnames = CONST(arg); break;
        case OP_MAKE_FUNCTION: {
            py_obj *c = POP();
            py_obj *closure = (arg & MF_CLOSURE) ? POP() : NULL;
            py_obj *kwd = (arg & MF_KWDEFAULTS) ? POP() : NULL;
            py_obj *defs = (arg & MF_DEFAULTS) ? POP() : NULL;
            py_func *fn = (py_func *)py_func_new((py_code *)c, f->globals, NULL);
            py_decref(c);
            if (!fn) { py_xdecref(closure); py_xdecref(kwd); py_xdecref(defs); goto error; }
            fn->closure = closure;
            fn->kwdefaults = kwd;
            fn->defaults = defs;
            PUSH((py_obj *)fn);
            break;
        }
        case OP_CHECK_EXC_MATCH: {
            py_obj *t = POP();
            int r = py_exc_match(TOP(), t);
            py_decref(t);
            if (r < 0) goto error;
            PUSH(py_bool(r));
            break;
        }
        case OP_FORMAT_VALUE: {
            if (UNLIKELY(tflags((arg & FV_SPEC) ? SECOND() : TOP()) & PY_TF_RUNS)) goto hand_back;
            py_obj *spec = (arg & FV_SPEC) ? POP() : NULL;
            py_obj *v = TOP();
            py_obj *r = do_format(v, arg, spec);
            py_xdecref(spec);
            if (!r) goto error;
            TOP() = r;
            py_decref(v);
            break;
        }
        case OP_BUILD_STRING: {
            py_buf b = {0};
            for (int i = arg; i > 0; i--) py_buf_put(&b, py_s(sp[-i]), py_slen(sp[-i]));
            for (int i = 0; i < arg; i++) { py_obj *v = POP(); py_decref(v); }
            py_obj *s = b.data ? py_str_from_buf(&b) : py_str_new("", 0);
            if (!s) goto error;
            PUSH(s);
            break;
        }
        case OP_IMPORT_FROM: {
            py_obj *v = import_from(TOP(), NAME(arg));
            if (!v) goto error;
            PUSH(v);
            break;
        }
        case OP_LOAD_ASSERTION_ERROR: PUSH(py_incref((py_obj *)py_exc_AssertionError)); break;
        }
    }
error:
    SAVE_FRAME();
    return -1;
hand_back: /* an instruction that may run a class's dunder: eval_loop's ("Instructions that may run...") */
    ip--;
    SAVE_FRAME();
    return 0;
}
#undef py_incref
#undef py_decref
#undef py_xdecref
