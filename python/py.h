/*
 * py.h -- the back end of casyncio's Python: objects, the compiler's code
 * objects, frames, the evaluator and the modules, as one internal header.
 *
 * Objects are reference counted as CPython's: every object starts with a
 * py_obj header (count, type).  Functions that return an object return a
 * NEW reference unless their comment says "borrowed"; functions that take
 * one borrow it unless they say "steals".  A function that fails returns
 * NULL (or -1) with an exception pending in the current Python task's
 * state (py__ts->exc), as CPython does: nothing here uses setjmp/longjmp.
 *
 * The numbers, the parser and the runtime are other layers: num.h (big
 * integers, float repr and format specs), parse.h (source to tree) and
 * casyncio.h (tasks, the loop).  This header is what the files of the back
 * end share; nothing outside python/ includes it except the tools.
 */
#ifndef PY_PY_H
#define PY_PY_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include "ast.h"
/* natively: the running task's (cstack.h) */
#define PY_TS_STACK_FLOOR (py__ts->stack_floor)
/* Where casyncio says CPython's library is, in what it prints of CPython's
 * own files (a warning raised in asyncio/events.py, a main task's
 * cb=[_run_until_complete_cb() at ...]): Debian's python3 3.11. */
#define PY_LIB_DIR "/usr/lib/python3.11/"
/* asyncio/events.py:80, where CPython's loop runs a callback or a task's step (Handle._run) */
#define PY_HANDLE_RUN_SRC "self._context.run(self._callback, *self._args)"
#include "cstack.h"

typedef struct py_obj py_obj;
typedef struct py_type py_type;

/* A growable byte buffer (always NUL-terminated once used). */
typedef struct py_buf { char *data; size_t len, cap; int oom; } py_buf;
void py_buf_put(py_buf *b, const char *s, size_t n);
void py_buf_puts(py_buf *b, const char *s);
void py_buf_putc(py_buf *b, char c);
void py_buf_printf(py_buf *b, const char *fmt, ...);
void py_buf_put_cp(py_buf *b, uint32_t cp);
void py_buf_free(py_buf *b);

/* ---- the object header --------------------------------------------------- */

/* The count of statically allocated objects: never reaches zero (a quarter
 * of the range, so it works with 32-bit intptr_t in wasm too). */
#define PY_IMMORTAL ((intptr_t)1 << (sizeof(intptr_t) * 8 - 3))

struct py_obj {
    intptr_t rc;    /* references; immortal objects start very high */
    py_type *type;  /* borrowed for static types, owned for heap types */
};

void py__dealloc(py_obj *o);
/* gc.c: __del__ and the cycle finder for instances of classes with __del__ */
void py__del_dealloc(py_obj *o);
void py__gc_track(py_obj *o);
void py__gc_untrack(py_obj *o);
int64_t py__gc_collect(void);
/* Whether seed is garbage to CPython's collector, among what it reaches
 * (gc.c); extra(o, v) passes py__gc_visit(v, r) each reference r of o's
 * the collector does not know of (a suspended task's frames...);
 * found(o), if given, is called for each object that is garbage with seed */
typedef struct py_gc_visit py_gc_visit;
void py__gc_visit(py_gc_visit *v, py_obj *r);
typedef void py_gc_extra(py_obj *o, py_gc_visit *v);
int py__gc_unreachable(py_obj *seed, py_gc_extra *extra, void (*found)(py_obj *));
/* gc.c: found garbage, kept until py__gc_collect_cycles finalizes it and breaks its cycles */
void py__gc_found(py_obj *o);
int64_t py__gc_collect_cycles(void);
/* asyncio.c: the collector's view of futures and tasks (py__gc_unreachable's extra), and
 * a garbage future's finalizer ("exception was never retrieved") */
void py__fut_gc_refs(py_obj *o, py_gc_visit *v);
void py__fut_finalize(py_obj *o);
void py__gc_finalize_all(void); /* gc.c: at exit */

/* Free lists (ints, floats, frames: freed objects kept for reuse, so a
 * compute loop's temporaries skip malloc) hold at most this many objects
 * each; none under AddressSanitizer, which must see every object freed. */
#if defined(__SANITIZE_ADDRESS__)
#define PY_FREELIST_MAX 0
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define PY_FREELIST_MAX 0
#endif
#endif
#ifndef PY_FREELIST_MAX
#define PY_FREELIST_MAX 256
#endif

static inline py_obj *py_incref(void *o) { ((py_obj *)o)->rc++; return (py_obj *)o; }
static inline py_obj *py_xincref(void *o) { if (o) ((py_obj *)o)->rc++; return (py_obj *)o; }
static inline void py_decref(void *o) { if (--((py_obj *)o)->rc == 0) py__dealloc((py_obj *)o); }
static inline void py_xdecref(void *o) { if (o) py_decref(o); }
#define PY_CLEAR(p) do { py_obj *t_ = (py_obj *)(p); (p) = NULL; py_xdecref(t_); } while (0)
#define PY_SETREF(p, v) do { py_obj *t_ = (py_obj *)(p); (p) = (v); py_xdecref(t_); } while (0)
#define PY_TYPE(o) (((py_obj *)(o))->type)

/* A call: args[0..nargs) positional, then one value per name of kwnames (a
 * tuple of str, or NULL).  Returns a new reference or NULL. */
typedef py_obj *(*py_callfn)(py_obj *self, py_obj *const *args, size_t nargs, py_obj *kwnames);

/* Rich comparison operators, as CPython's Py_LT ... Py_GE. */
enum { PY_LT, PY_LE, PY_EQ, PY_NE, PY_GT, PY_GE };

/* A method of a built-in type or module: fn(self, args, nargs, kwnames). */
typedef struct py_methoddef {
    const char *name;
    py_callfn fn;
    int flags; /* PY_METH_STATIC, PY_METH_CLASS, PY_METH_LEVEL */
} py_methoddef;
/* PY_METH_LEVEL: a call counts as a level of recursion while it runs;
 * PY_METH_PYFUNC: a Python function in CPython (asyncio.sleep), so error
 * messages name its type 'function' */
/* PY_METH_NOKW: a C function of CPython's that takes no keyword arguments
 * ("str.join() takes no keyword arguments", checked by cfunc_call);
 * PY_METH_NOARGS: one that takes no arguments at all (CPython's METH_NOARGS:
 * "str.upper() takes no arguments (1 given)"); PY_METH_O: one that takes
 * exactly one positional argument (METH_O: "str.zfill() takes exactly one
 * argument (2 given)"). */
/* PY_METH_ASYNC: an async def in CPython (asyncio.sleep): the predicates
 * asyncio.iscoroutinefunction and inspect.iscoroutinefunction are true.
 * PY_METH_COLD: a METH_FASTCALL built-in of CPython's, whose generic call
 * counts a level of recursion until the call site is quickened (a
 * specialised PRECALL calls it without the check: py__cold_call). */
enum { PY_METH_STATIC = 1, PY_METH_CLASS = 2, PY_METH_LEVEL = 4, PY_METH_PYFUNC = 8, PY_METH_NOKW = 16, PY_METH_NOARGS = 32,
       PY_METH_O = 64, PY_METH_ASYNC = 128, PY_METH_COLD = 256 };

/* A data attribute of a built-in type, read by a C function. */
typedef struct py_getsetdef {
    const char *name;
    py_obj *(*get)(py_obj *self);
    int (*set)(py_obj *self, py_obj *v); /* or NULL: read-only */
} py_getsetdef;

enum {
    PY_TF_HEAP = 1,       /* a class statement's type: owns its name, dict, bases */
    PY_TF_BASETYPE = 2,   /* may be subclassed */
    PY_TF_EXC = 4,        /* BaseException or a subclass */
    PY_TF_ABSTRACT = 8,   /* cannot be instantiated by calling it */
    PY_TF_PLAIN_NEXT = 16, /* an iterator whose next runs no Python code (list, tuple, range...) */
    PY_TF_HOLDS = 32,     /* compares, hashes or shows its items (tuple, list, dict, set, frozenset): their
                           * dunders may run (eval.c's eval_fast leaves such an operand to eval_loop) */
    PY_TF_SLOTS = 64,     /* a class whose classes all have __slots__ without "__dict__": its instances
                           * take only those attributes (still kept in their dict) and show no __dict__ */
    PY_TF_MRO_SHARED = 128, /* a class whose __mro__ was handed out: from then on that tuple holds the
                             * class itself (until then its first item is borrowed: object.c) */
    PY_TF_SLOTDICT = 512, /* a class with a __dict__ whose bases have __slots__: its instances keep the slots'
                           * values in a dict of their own after py_inst (object.c, member_descriptor) */
    PY_TF_ABSTRACTMETHODS = 1024, /* a class whose __abstractmethods__ is set and true: object.__new__ refuses it
                                   * (CPython's Py_TPFLAGS_IS_ABSTRACT; abc's ABCMeta sets it) */
    PY_TF_DOTTED = 256,   /* a class written in Python named "module.name", as a C type's tp_name (datetime's
                           * classes: 'datetime.date' in messages; __name__ is the last part) */
};

struct py_type {
    py_obj ob;
    const char *name;      /* __name__ (owned copy for heap types) */
    py_type *base;         /* __base__, or NULL for object */
    py_obj *bases;         /* tuple (heap types) or NULL */
    py_obj *mro;           /* tuple of types, self first */
    py_obj *dict;          /* the class namespace (a dict) */
    py_obj *module;        /* str or NULL: __module__ for reprs */
    py_obj *qualname;      /* a class's str __qualname__ (CPython's ht_qualname: not in its dict), or NULL */
    py_obj *body;          /* a class statement's body code (inspect.getsource: its lines), or NULL */
    size_t size;           /* bytes of an instance */
    size_t dictoffset;     /* where an instance keeps its __dict__, or 0 */
    int flags;
    void (*dealloc)(py_obj *o);
    py_obj *(*repr)(py_obj *o);
    py_obj *(*str)(py_obj *o);
    int64_t (*hash)(py_obj *o);                       /* -1 on error */
    py_obj *(*richcmp)(py_obj *a, py_obj *b, int op); /* or NotImplemented */
    py_obj *(*getattr)(py_obj *o, py_obj *name);
    int (*setattr)(py_obj *o, py_obj *name, py_obj *v); /* v NULL deletes */
    py_callfn call;
    py_obj *(*iter)(py_obj *o);
    py_obj *(*next)(py_obj *o);    /* NULL and no exception: exhausted */
    int64_t (*len)(py_obj *o);     /* -1 on error */
    py_obj *(*getitem)(py_obj *o, py_obj *key);
    int (*setitem)(py_obj *o, py_obj *key, py_obj *v); /* v NULL deletes */
    int (*contains)(py_obj *o, py_obj *v);
    int (*truth)(py_obj *o);
    py_obj *(*descr_get)(py_obj *d, py_obj *obj, py_obj *type);
    py_obj *(*vnew)(py_type *t, py_obj *const *args, size_t nargs, py_obj *kwnames);
    const py_methoddef *methods;
    const py_getsetdef *getset;
};

/* ---- the objects ----------------------------------------------------------- */

typedef struct py_intobj { py_obj ob; int64_t v; void *big; /* an mp_int (num.h), or NULL when v holds it */ } py_intobj;
typedef struct py_floatobj { py_obj ob; double v; } py_floatobj;
typedef struct py_complexobj { py_obj ob; double re, im; } py_complexobj; /* complex.c */
typedef struct py_strobj {
    py_obj ob;
    size_t len;    /* bytes of UTF-8 */
    size_t n;      /* code points */
    int64_t hash;  /* -1 until computed */
    int interned;  /* the one str of its text in the table of py_str_intern_text */
    char s[];      /* len bytes and a NUL */
} py_strobj;
typedef struct py_bytes { py_obj ob; size_t len; int64_t hash; unsigned char s[]; } py_bytes;
/* bytearray.c: len bytes at s and a NUL after them, in cap bytes allocated at base (s past base
 * once a start was deleted: CPython's ob_start; base NULL and s an empty string when none) */
typedef struct py_bytearray { py_obj ob; size_t len, cap; unsigned char *s, *base; } py_bytearray;
typedef struct py_tuple { py_obj ob; size_t n; int64_t hash; py_obj *items[]; } py_tuple;
typedef struct py_list { py_obj ob; size_t n, cap; py_obj **items; } py_list;

typedef struct py_dentry { int64_t hash; py_obj *key, *value; /* key NULL: deleted */ } py_dentry;
typedef struct py_dict {
    py_obj ob;
    size_t used;       /* live entries */
    size_t nentries;   /* entries[0..nentries) used or deleted */
    size_t cap;        /* entries allocated: 2/3 of the index size */
    size_t mask;       /* index size - 1 */
    int32_t *index;    /* -1 empty, -2 dummy, else an entry */
    py_dentry *entries;
    uint64_t version;  /* changes on every insertion or deletion (iteration checks) */
} py_dict;

typedef struct py_sentry { py_obj *key; int64_t hash; } py_sentry;
typedef struct py_set {
    py_obj ob;
    size_t fill, used, mask;
    py_sentry *table;
    int64_t hash;      /* frozenset only */
    uint64_t version;
    size_t finger;     /* where pop() looks first */
    py_sentry small[8];
} py_set;

typedef struct py_range { py_obj ob; int64_t start, stop, step, len; } py_range;
typedef struct py_range_iter { py_obj ob; int64_t cur, step, left; } py_range_iter;
typedef struct py_slice { py_obj ob; py_obj *start, *stop, *step; } py_slice;
typedef struct py_cell { py_obj ob; py_obj *v; } py_cell;
typedef struct py_module {
    py_obj ob; py_obj *dict; py_obj *name;
    /* fills in the rest of dict on first need (a name not found, __dict__,
     * import *), once; 0, or -1 with an exception (asyncio's Python part) */
    int (*lazy)(py_obj *m);
} py_module;
int py_module_load(py_obj *m); /* runs m's lazy part if it has one: 0 or -1 */
typedef struct py_inst { py_obj ob; py_obj *dict; } py_inst;
typedef struct py_method { py_obj ob; py_obj *func, *self; } py_method;
typedef struct py_cfunc {
    py_obj ob;
    const py_methoddef *def;
    py_obj *self;     /* bound object, module, or NULL for a type's unbound method */
    py_type *owner;   /* the type that defines it (unbound method descriptors) */
} py_cfunc;
typedef struct py_wrap { py_obj ob; py_obj *v; } py_wrap; /* staticmethod, classmethod */
typedef struct py_property { py_obj ob; py_obj *fget, *fset, *fdel, *doc; } py_property;

typedef struct py_exc {
    py_obj ob;
    py_obj *dict;
    py_obj *args;      /* tuple */
    py_obj *tb;        /* py_tb or NULL */
    py_obj *cause, *context;
    int suppress_context;
    int lib_raised;    /* raised through library frames alone (left out of tb): its traceback's header is printed */
} py_exc;

/* One frame of a traceback: a linked list from the outermost frame. */
typedef struct py_code py_code;
typedef struct py_tb {
    py_obj ob;
    struct py_tb *next;
    py_code *code;
    int lasti;
    int handled;   /* a handler (except, finally, with) was entered with this frame outermost:
                    * CPython 3.11's __traceback__ holds the frames up to there (eval.c, asyncio.c) */
    py_obj *globals;
    py_obj *keep;  /* list: what the frame held (locals, a failed call's arguments), alive as
                    * long as the traceback, as CPython's tb_frame keeps them */
    py_obj *frame; /* tb_frame once asked for (exc.c), or NULL */
    struct py_frame *live; /* the frame, while it lives and this is its newest traceback entry
                            * (py__tb_link; its last_tb), or NULL */
} py_tb;

/* ---- code objects (compile.c) ----------------------------------------------- */

typedef struct py_loc { int lineno, end_lineno, col, end_col; } py_loc;

/* The source of a program: the text and the file name, shared by its code. */
/* lazy: compile()'s code of a file name that is no file here: its lines are __main__'s,
 * which only the traceback module shows (CPython's linecache.lazycache) */
typedef struct py_source { py_obj ob; char *text; size_t len; py_obj *filename; int lazy; } py_source;
extern int py__tb_lazy_lines; /* the traceback module is formatting (exc.c) */

enum {
    PY_CO_VARARGS = 1, PY_CO_VARKW = 2, PY_CO_GENERATOR = 4, PY_CO_COROUTINE = 8,
    PY_CO_ASYNCGEN = 16, PY_CO_MODULE = 32, PY_CO_CLASS = 64, PY_CO_LAMBDA = 128,
    PY_CO_NESTED = 256, /* in a function, or in a block in one (CPython's ste_nested) */
    PY_CO_ITERABLE_COROUTINE = 512, /* a generator function types.coroutine marked: its generators are awaitable */
};

struct py_code {
    py_obj ob;
    uint32_t *code;      /* op | arg << 8 */
    py_loc *locs;        /* one per instruction */
    int ncode;
    py_obj *consts;      /* tuple */
    py_obj *names;       /* tuple of str: globals, attributes */
    int ann_hidden;      /* the index in names of "__annotations__" that co_names leaves out, or -1 (compile.c) */
    py_obj *varnames;    /* tuple of str: fast locals (args first) */
    py_obj *cellvars;    /* tuple of str: locals captured by inner functions */
    py_obj *freevars;    /* tuple of str: captured from outside */
    int *cell2arg;       /* per cellvar: the argument index it starts from, or -1 */
    int argcount, posonlyargcount, kwonlyargcount;
    int nlocals, stacksize, flags, firstlineno;
    int lastlineno;      /* a def's, a class's or a lambda's last line (inspect.getsource), else 0 */
    int blockslots;      /* eval.c: 1 + the blocks a frame of this code can hold (its
                          * SETUP_FINALLYs), counted at its first frame; 0 until then */
    int warmup;          /* eval.c: frames of this code made, up to 8: CPython 3.11 quickens a
                          * code object at its 8th run, and its specialised calls of print and
                          * str() no longer count a level of recursion (py__cold_call) */
    py_obj *name, *qualname;
    py_source *source;
};

/* ---- functions, frames, generators (eval.c) -------------------------------- */

typedef struct py_func {
    py_obj ob;
    py_code *code;
    py_obj *globals;    /* dict */
    py_obj *defaults;   /* tuple or NULL */
    py_obj *kwdefaults; /* dict or NULL */
    py_obj *closure;    /* tuple of cells or NULL */
    py_obj *name, *qualname, *module, *doc;
    py_obj *dict;
    py_obj *annotations; /* dict or NULL: made empty on first read */
} py_func;

typedef struct py_block { int type, handler, level; py_obj *saved; } py_block;

typedef struct py_frame {
    struct py_frame *back;
    py_code *code;
    py_func *func;      /* owned, or NULL for a module or class body */
    py_obj *globals;    /* borrowed from func or the module */
    py_obj *locals;     /* dict for module and class bodies, else NULL (owned) */
    py_obj *gen;        /* the generator or coroutine that owns this frame (borrowed) */
    py_obj *kwnames;    /* pending KW_NAMES */
    py_obj *pending_keep; /* a failed call's arguments, for the traceback to keep */
    py_obj *fobj;       /* its frame object while one exists (exc.c; borrowed: each knows the other) */
    struct py_tb *last_tb; /* the newest traceback entry of it (py__tb_link; borrowed: each knows the other) */
    py_obj *locals_snap; /* a function's locals() (CPython's f_locals): one dict, brought up to date at each
                          * call, so what exec() wrote there stays (builtins.c), or NULL */
    int ip, lasti, sp, nblocks;
    int nfast;          /* nlocals + cells + frees */
    unsigned char entry;        /* the eval loop returns when this frame returns */
    unsigned char inline_await; /* 1: a coroutine awaited inline: its result replaces the caller's TOS;
                                   2: a property's setter: its result is dropped */
    unsigned char await_yf;     /* a coroutine driven by hand suspended in an await of a
                                   types.coroutine generator, the generator on its stack */
    unsigned char c_await;      /* in an await of a coroutine made in C (asyncio.sleep()...),
                                   which is gone: which one (eval.c's c_await_names), for cr_await */
    py_obj *fast[];     /* nfast locals, then the value stack, then the block stack
                         * (PY_FRAME_BLOCKS): as many blocks as the code's try
                         * blocks, so a frame is as small as its code */
} py_frame;
#define PY_FRAME_BLOCKS(f) ((py_block *)((f)->fast + (f)->nfast + (f)->code->stacksize))

enum { PY_GEN_CREATED, PY_GEN_SUSPENDED, PY_GEN_RUNNING, PY_GEN_DONE };
/* A generator, coroutine or async generator object. */
typedef struct py_gen {
    py_obj ob;
    py_frame *frame;    /* owned; NULL once finished */
    int state;
    int awaited;        /* a coroutine was awaited or closed: no warning */
    unsigned char primed; /* eval.c's gen_next_fast ran it on to an instruction of
                         * eval_loop's (1) or to an error (2): gen_send goes on */
    unsigned char ag_hooks; /* an async generator's hooks were called (its first iteration's
                         * asend/athrow/aclose object made: CPython's ag_hooks_inited) */
    int ag_closed;      /* an async generator's aclose() began (CPython's ag_closed): its athrow()
                         * and aclose() give StopAsyncIteration while its frame lives on */
    py_obj *name, *qualname;
    /* a coroutine made by C (asyncio.sleep): fn runs when it is awaited */
    py_obj *(*cfn)(py_obj *arg);
    py_obj *carg;
    py_obj *code;       /* its code object (owned), for gi_code/cr_code/ag_code once the frame is gone;
                         * NULL for a coroutine made by C */
    py_obj *origin;     /* a coroutine's cr_origin: where it was made, when tracked (eval.c), or NULL */
    struct py_gen *gc_prev, *gc_next; /* in py__gens: every generator made by a Python function */
} py_gen;
extern py_gen *py__gens;            /* eval.c: the generators, coroutines and async generators alive */
void py__gen_finalize(py_obj *g);   /* eval.c: CPython's _PyGen_Finalize (the caller holds g) */

/* ---- per-task state ------------------------------------------------------------ */

typedef struct py_ts {
    py_obj *exc;        /* the pending (raised) exception, owned, or NULL */
    py_obj *handled;    /* the exception being handled (sys.exc_info), owned, or NULL */
    py_frame *frame;    /* the innermost running frame (borrowed) */
    int depth;          /* Python frames on this task */
    int cdepth;         /* nested C calls of the eval loop on this task's C stack */
    void *task;         /* the py Task object that runs here, or NULL */
    char *stack_floor;  /* natively, where its C stack is low (cstack.h); NULL: not a task's */
    py_obj *ctx;        /* the current contextvars.Context, owned; NULL: an empty one, made on first
                         * need, or for a state of no task and no thread, the main state's (context.c) */
    struct resume_throw *rthrows; /* athrow()/aclose() awaitables being thrown into on this
                         * task, records on its own C stack (eval.c): a task dropped while
                         * suspended in one takes the list with it, read by no other task */
} py_ts;

extern py_ts *py__ts;
extern py_ts py__main_ts;              /* exc.c: the module level's state */
/* The exception main() raised while asyncio.run cancels what is left
 * (borrowed), or NULL: CPython runs that clean-up in the `with` block's
 * __exit__, so an exception raised meanwhile gets it as __context__. */
extern py_obj *py__exit_handled;
/* py__exit_handled when it applies to the code running now (asyncio.c):
 * not to a task's step in main's last iteration, before the shutdown's
 * cancel reached it (borrowed, or NULL) */
py_obj *py__exit_context(void);
int py__in_words(const char *list, const char *word); /* run.c: is word one of list's (" a b c ")? */
extern int py__tb_plain;               /* exc.c: tracebacks without ~~~^^^ anchors */
extern int py__finalizing;             /* exc.c: 1 while modules are torn down at exit, 2 collecting before */
extern int py__uncaught;               /* run.c: the program ended by an exception CPython keeps in sys.last_traceback */

/* ---- singletons and types --------------------------------------------------- */

extern py_obj py__None, py__NotImplemented, py__Ellipsis;
extern py_intobj py__True, py__False;
#define PY_NONE (&py__None)
#define PY_TRUE ((py_obj *)&py__True)
#define PY_FALSE ((py_obj *)&py__False)
#define PY_NOTIMPL (&py__NotImplemented)
static inline py_obj *py_none(void) { return py_incref(PY_NONE); }
static inline py_obj *py_bool(int b) { return py_incref(b ? PY_TRUE : PY_FALSE); }

extern py_type py_type_type, py_object_type, py_none_type, py_bool_type, py_int_type,
    py_float_type, py_str_type, py_bytes_type, py_tuple_type, py_list_type, py_dict_type,
    py_set_type, py_frozenset_type, py_range_type, py_slice_type, py_cell_type,
    py_module_type, py_method_type, py_cfunc_type, py_func_type, py_code_type,
    py_gen_type, py_coro_type, py_asyncgen_type, py_staticmethod_type,
    py_classmethod_type, py_property_type, py_tb_type, py_source_type, py_notimpl_type,
    py_ellipsis_type, py_super_type, py_frame_type, py_range_iter_type, py_complex_type, py_bytearray_type;

/* Exceptions: X(C name, Python name, base) */
#define PY_EXC_TABLE(X)                                                   \
    X(BaseException, "BaseException", NULL)                               \
    X(SystemExit, "SystemExit", BaseException)                            \
    X(KeyboardInterrupt, "KeyboardInterrupt", BaseException)              \
    X(GeneratorExit, "GeneratorExit", BaseException)                      \
    X(CancelledError, "CancelledError", BaseException)                    \
    X(Exception, "Exception", BaseException)                              \
    X(StopIteration, "StopIteration", Exception)                          \
    X(StopAsyncIteration, "StopAsyncIteration", Exception)                \
    X(ArithmeticError, "ArithmeticError", Exception)                      \
    X(FloatingPointError, "FloatingPointError", ArithmeticError)          \
    X(OverflowError, "OverflowError", ArithmeticError)                    \
    X(ZeroDivisionError, "ZeroDivisionError", ArithmeticError)            \
    X(AssertionError, "AssertionError", Exception)                        \
    X(AttributeError, "AttributeError", Exception)                        \
    X(BufferError, "BufferError", Exception)                              \
    X(EOFError, "EOFError", Exception)                                    \
    X(ImportError, "ImportError", Exception)                              \
    X(ModuleNotFoundError, "ModuleNotFoundError", ImportError)            \
    X(LookupError, "LookupError", Exception)                              \
    X(IndexError, "IndexError", LookupError)                              \
    X(KeyError, "KeyError", LookupError)                                  \
    X(MemoryError, "MemoryError", Exception)                              \
    X(NameError, "NameError", Exception)                                  \
    X(UnboundLocalError, "UnboundLocalError", NameError)                  \
    X(OSError, "OSError", Exception)                                      \
    X(TimeoutError, "TimeoutError", OSError)                              \
    X(ConnectionError, "ConnectionError", OSError)                        \
    X(ConnectionResetError, "ConnectionResetError", ConnectionError)      \
    X(ConnectionRefusedError, "ConnectionRefusedError", ConnectionError)  \
    X(ConnectionAbortedError, "ConnectionAbortedError", ConnectionError)  \
    X(BrokenPipeError, "BrokenPipeError", ConnectionError)                \
    X(FileNotFoundError, "FileNotFoundError", OSError)                    \
    X(FileExistsError, "FileExistsError", OSError)                        \
    X(IsADirectoryError, "IsADirectoryError", OSError)                    \
    X(NotADirectoryError, "NotADirectoryError", OSError)                  \
    X(PermissionError, "PermissionError", OSError)                        \
    X(InterruptedError, "InterruptedError", OSError)                      \
    X(BlockingIOError, "BlockingIOError", OSError)                        \
    X(ChildProcessError, "ChildProcessError", OSError)                    \
    X(ProcessLookupError, "ProcessLookupError", OSError)                  \
    X(ReferenceError, "ReferenceError", Exception)                        \
    X(RuntimeError, "RuntimeError", Exception)                            \
    X(NotImplementedError, "NotImplementedError", RuntimeError)           \
    X(RecursionError, "RecursionError", RuntimeError)                     \
    X(SyntaxError, "SyntaxError", Exception)                              \
    X(IndentationError, "IndentationError", SyntaxError)                  \
    X(TabError, "TabError", IndentationError)                             \
    X(SystemError, "SystemError", Exception)                              \
    X(TypeError, "TypeError", Exception)                                  \
    X(ValueError, "ValueError", Exception)                                \
    X(UnicodeError, "UnicodeError", ValueError)                           \
    X(UnicodeDecodeError, "UnicodeDecodeError", UnicodeError)             \
    X(UnicodeEncodeError, "UnicodeEncodeError", UnicodeError)             \
    X(InvalidStateError, "InvalidStateError", Exception)                  \
    X(Warning, "Warning", Exception)                                      \
    X(DeprecationWarning, "DeprecationWarning", Warning)                  \
    X(RuntimeWarning, "RuntimeWarning", Warning)                          \
    X(UserWarning, "UserWarning", Warning)                                \
    X(SyntaxWarning, "SyntaxWarning", Warning)                            \
    X(PendingDeprecationWarning, "PendingDeprecationWarning", Warning)    \
    X(FutureWarning, "FutureWarning", Warning)                            \
    X(ImportWarning, "ImportWarning", Warning)                            \
    X(UnicodeWarning, "UnicodeWarning", Warning)                          \
    X(BytesWarning, "BytesWarning", Warning)                              \
    X(ResourceWarning, "ResourceWarning", Warning)                        \
    X(EncodingWarning, "EncodingWarning", Warning)

#define PY__EXC_DECL(c, n, b) extern py_type *py_exc_##c;
PY_EXC_TABLE(PY__EXC_DECL)
#undef PY__EXC_DECL

/* ---- type checks ---------------------------------------------------------------- */

int py_subtype(py_type *a, py_type *b); /* a is b or derives from it */
static inline int py_isinst(py_obj *o, py_type *t) { return o->type == t || py_subtype(o->type, t); }
#define PY_IS_STR(o) (PY_TYPE(o) == &py_str_type)
#define PY_IS_INT(o) (PY_TYPE(o) == &py_int_type || PY_TYPE(o) == &py_bool_type)
#define PY_IS_FLOAT(o) (PY_TYPE(o) == &py_float_type)
#define PY_IS_COMPLEX(o) (PY_TYPE(o) == &py_complex_type) /* (complex cannot be subclassed here) */
#define PY_IS_BYTEARRAY(o) (PY_TYPE(o) == &py_bytearray_type) /* (bytearray cannot be subclassed here) */
/* CPython's "bytes-like object" here: bytes or a bytearray; its bytes and length (1), else 0 */
static inline int py__bytes_like(py_obj *o, const unsigned char **s, size_t *n) {
    if (PY_TYPE(o) == &py_bytes_type) { *s = ((py_bytes *)o)->s; *n = ((py_bytes *)o)->len; return 1; }
    if (PY_TYPE(o) == &py_bytearray_type) { *s = ((py_bytearray *)o)->s; *n = ((py_bytearray *)o)->len; return 1; }
    return 0;
}
#define PY_BYTES_LIKE(o) (PY_TYPE(o) == &py_bytes_type || PY_TYPE(o) == &py_bytearray_type)
#define PY_IS_TUPLE(o) (PY_TYPE(o) == &py_tuple_type)
#define PY_IS_LIST(o) (PY_TYPE(o) == &py_list_type)
#define PY_IS_DICT(o) (PY_TYPE(o) == &py_dict_type)
#define PY_IS_SET(o) (PY_TYPE(o) == &py_set_type || PY_TYPE(o) == &py_frozenset_type)
#define PY_IS_TYPE(o) py_isinst((py_obj *)(o), &py_type_type)
#define PY_IS_EXC(o) ((PY_TYPE(o)->flags & PY_TF_EXC) != 0)
/* The same, subclasses included (CPython's PyDict_Check...: a class
 * statement's class Inventory(dict) has a dict's layout); the PY_IS_*
 * above are CPython's ..._CheckExact, for the fast paths that must not
 * bypass a subclass's dunder methods. */
int py__heap_subtype(py_obj *o, py_type *t); /* o's class is a class statement's, derived from t */
#define PY__SUB(o, t) py__heap_subtype((py_obj *)(o), t)
#define PY_CHECK_STR(o) (PY_IS_STR(o) || PY__SUB(o, &py_str_type))
#define PY_CHECK_INT(o) (PY_IS_INT(o) || PY__SUB(o, &py_int_type))
#define PY_CHECK_FLOAT(o) (PY_IS_FLOAT(o) || PY__SUB(o, &py_float_type))
#define PY_CHECK_TUPLE(o) (PY_IS_TUPLE(o) || PY__SUB(o, &py_tuple_type))
#define PY_CHECK_LIST(o) (PY_IS_LIST(o) || PY__SUB(o, &py_list_type))
#define PY_CHECK_DICT(o) (PY_IS_DICT(o) || PY__SUB(o, &py_dict_type))
#define PY_CHECK_SET(o) (PY_IS_SET(o) || PY__SUB(o, &py_set_type) || PY__SUB(o, &py_frozenset_type))

/* Where an instance keeps its __dict__ (type's dictoffset), or NULL.  A
 * subclass of tuple or str keeps it after its items or its text: their
 * sizes vary (PY_DICT_AFTER_ITEMS, PY_DICT_AFTER_TEXT). */
enum { PY_DICT_AFTER_ITEMS = 1, PY_DICT_AFTER_TEXT = 2 };
#define PY__ALIGN_PTR(n) (((n) + sizeof(void *) - 1) & ~(sizeof(void *) - 1))
static inline py_obj **py__dictptr(py_obj *o) {
    size_t off = PY_TYPE(o)->dictoffset;
    if (off == PY_DICT_AFTER_ITEMS) off = sizeof(py_tuple) + ((py_tuple *)o)->n * sizeof(py_obj *);
    else if (off == PY_DICT_AFTER_TEXT) off = PY__ALIGN_PTR(sizeof(py_strobj) + ((py_strobj *)o)->len + 1);
    return off ? (py_obj **)((char *)o + off) : NULL;
}

/* ---- object protocol (object.c) -------------------------------------------------- */

py_obj *py_alloc(py_type *t);          /* zeroed instance of size t->size, rc 1 */
py_obj *py_repr(py_obj *o);
py_obj *py_str(py_obj *o);
py_obj *py_ascii(py_obj *o);
int64_t py_hash(py_obj *o);
int py_truth(py_obj *o);               /* 1, 0, or -1 */
py_obj *py_richcmp(py_obj *a, py_obj *b, int op);
int py_richcmp_bool(py_obj *a, py_obj *b, int op); /* 1, 0, -1 */
int py_eq(py_obj *a, py_obj *b);       /* identity first, as containers compare */
py_obj *py_getattr(py_obj *o, py_obj *name);
py_obj *py_getattr_s(py_obj *o, const char *name);
py_obj *py_getattr_opt(py_obj *o, py_obj *name); /* NULL without error when missing */
int py_setattr(py_obj *o, py_obj *name, py_obj *v);
int py_setattr_s(py_obj *o, const char *name, py_obj *v);
py_obj *py_generic_getattr(py_obj *o, py_obj *name);
/* For eval_fast: o.name, or NULL without an exception where getting it
 * would run Python code (a property, __getattr__...) or fails; a store's
 * result, or -2 where it would run Python code (a setter, __setattr__). */
py_obj *py__getattr_plain(py_obj *o, py_obj *name);
int py__setattr_plain(py_obj *o, py_obj *name, py_obj *v);
int py_generic_setattr(py_obj *o, py_obj *name, py_obj *v);
py_obj *py_type_lookup(py_type *t, py_obj *name); /* borrowed, MRO walk, no error */
py_obj *py_type_lookup_s(py_type *t, const char *name);
int64_t py__seq_iter_left(py_obj *o); /* a built-in iterator's items left (its __length_hint__), or -1 */
py_obj *py_call(py_obj *f, py_obj *const *args, size_t nargs, py_obj *kwnames);
py_obj *py_call0(py_obj *f);
py_obj *py_call1(py_obj *f, py_obj *a);
py_obj *py_call2(py_obj *f, py_obj *a, py_obj *b);
py_obj *py_call_method(py_obj *o, const char *name, py_obj *const *args, size_t nargs);
py_obj *py_call_tuple_dict(py_obj *f, py_obj *args, py_obj *kwargs);
py_obj *py_iter(py_obj *o);
py_obj *py_next(py_obj *it);           /* NULL: exhausted (no error) or error */
py_obj *py__next_keep_stop(py_obj *it); /* next(it): a class's __next__'s own StopIteration kept */
int64_t py_len(py_obj *o);
py_obj *py_getitem(py_obj *o, py_obj *k);
int py_setitem(py_obj *o, py_obj *k, py_obj *v);
int py_delitem(py_obj *o, py_obj *k);
int py_contains(py_obj *o, py_obj *v);
int py_callable(py_obj *o);
int64_t py_index(py_obj *o, int *ok);  /* __index__ as int64; *ok 0 on error */
int64_t py_index_ex(py_obj *o, int *ok, py_type *exc);  /* the same, past 64 bits raising exc */
/* The pending AttributeError of a lookup of name on o given them as its name and obj when it has neither (object.c) */
void py__attr_error_context(py_obj *o, py_obj *name);
/* v's __index__ when v is a class's instance that has one (the int it
 * gives; safe: announced, it may suspend), else v: a new reference */
py_obj *py__index_of(py_obj *v, int safe);
extern py_obj *(*py__index_getitem)(py_obj *o, py_obj *k); /* a list's, tuple's or str's [] announced: __index__ may suspend */
/* Announced (eval.c, "Suspending under Asyncify"; called through pointers,
 * containers.c says why): a tuple's hash (py_hash), whose items' __hash__
 * may suspend; a dict's get, get(), store and `in` (py_getitem, py_setitem,
 * py_contains, dict.get), a set's add and `in` (py_set_add, py_contains),
 * where the key's __hash__ and a stored key's __eq__ may suspend. */
enum { PY_DICT_GET, PY_DICT_FIND, PY_DICT_SET, PY_DICT_IN };
extern int64_t (*py__tuple_hash_safe)(py_obj *o);
extern py_obj *(*py__dict_safe)(py_obj *o, py_obj *k, py_obj *v, int how);
extern int (*py__set_safe)(py_obj *s, py_obj *key, int add);
/* big * small and big + small of exact ints, for the evaluator; NULL
 * (nothing pending) when it does not apply or fails: the generic path
 * then computes it, or raises. */
py_obj *py__int_mixed_op(py_obj *a, py_obj *b, int op);
py_obj *py_binop(py_obj *a, py_obj *b, int op);    /* op: PYAST_Add ... */
py_obj *py_inplace(py_obj *a, py_obj *b, int op);
py_obj *py_unary(py_obj *a, int op);               /* PYAST_Invert ... */
const char *py_type_name(py_obj *o);
const char *py_arg_type_name(py_obj *o); /* "None" for None: Argument Clinic's TypeErrors */
py_obj *py_format(py_obj *v, py_obj *spec);
py_obj *py_dir_names(py_obj *o);
py_obj *py_type_call(py_obj *t, py_obj *const *args, size_t nargs, py_obj *kwnames);
py_obj *py_type_new_heap(py_obj *name, py_obj *bases, py_obj *dict);
/* Metaclasses: the most derived of meta and the metaclasses of bases' classes
 * (borrowed), or NULL with CPython's "metaclass conflict" TypeError
 * (object.c); what type.__new__ does once the class exists, __set_name__
 * and __init_subclass__(**kw) (eval.c; kw a dict or NULL): 0 or -1. */
py_type *py__calc_meta(py_type *meta, py_obj *bases);
int py__set_names_init_subclass(py_obj *cls, py_obj *kw);
py_obj *py_object_repr_default(py_obj *o);
py_obj *py_method_new(py_obj *func, py_obj *self);
py_obj *py_cfunc_new(const py_methoddef *def, py_obj *self);
void py__type_ready(py_type *t);
py_obj *py__wrap_descr_get(py_obj *self, py_obj *const *args, size_t nargs, py_obj *kw); /* object.c: __get__ */
void py__slot_methods(py_type *t); /* builtins.c: a built-in type's slots as dunder methods */
py_obj *py_sequence_tuple(py_obj *o);   /* tuple(o) */
py_obj *py_sequence_list(py_obj *o);    /* list(o) */

/* ---- ints and floats (number.c) ---------------------------------------------------- */

py_obj *py_int(int64_t v);
/* The ints py_int keeps one object of each, as CPython's */
#define PY_SMALL_INT_MIN (-5)
#define PY_SMALL_INT_MAX 256
/* intfloat.c's free list of exact ints (linked through big), for the
 * inline int paths of hot loops (the evaluator's, sum()'s): -Oz leaves
 * py_int and py_decref calls, and py__dealloc two more */
extern py_intobj *py__free_ints;
extern int py__nfree_ints;
static inline __attribute__((always_inline)) py_obj *py__int_new(int64_t v) {
    py_intobj *i = py__free_ints;
    if (!i || (uint64_t)(v - PY_SMALL_INT_MIN) <= PY_SMALL_INT_MAX - PY_SMALL_INT_MIN) return py_int(v);
    py__free_ints = (py_intobj *)i->big;
    py__nfree_ints--;
    i->ob.rc = 1;
    i->big = NULL;
    i->v = v;
    return (py_obj *)i;
}
/* py_decref of what is most often an exact machine int */
static inline __attribute__((always_inline)) void py__decref_int(py_obj *o) {
    if (--o->rc) return;
    if (o->type == &py_int_type && !((py_intobj *)o)->big && py__nfree_ints < PY_FREELIST_MAX) {
        ((py_intobj *)o)->big = py__free_ints;
        py__free_ints = (py_intobj *)o;
        py__nfree_ints++;
    } else py__dealloc(o);
}
int64_t py_int_val(py_obj *o, int *overflow);
size_t py_int_bits(py_obj *o);       /* int.bit_length() */
py_obj *py_int_exact(py_obj *o);      /* o as an int of the exact type (a bool or subclass through int()), new */
py_obj *py_int_isqrt(py_obj *a); /* math.isqrt, a >= 0 */
int py_int_log(py_obj *a, int which, double *out); /* math.log (0), log2 (1), log10 (2) of an int: 0, or -1 raised */
py_obj *py_int_from_str(const char *s, size_t n, int base);
py_obj *py_float(double v);
double py_float_val(py_obj *o, int *ok); /* int or float to double */
py_obj *py_num_binop(py_obj *a, py_obj *b, int op); /* NotImplemented when not numbers */
int64_t py__int_max_str_digits(void);       /* sys.get_int_max_str_digits() */
int py__set_int_max_str_digits(int64_t n); /* 0, or -1 with ValueError */
py_obj *py_num_err(int err);              /* raise from a num.h code; NULL */
py_obj *py_float_repr_obj(double v);
/* complex.c: complex numbers (py_num_binop and py__num_unary pass them on) and cmath */
py_obj *py_complex(double re, double im);
py_obj *py__complex_binop(py_obj *a, py_obj *b, int op); /* NotImplemented unless numbers, one complex */
py_obj *py__complex_unary(py_obj *a, int op);
py_obj *py__complex_abs(py_obj *a);
py_obj *py__complex_pow_d(double x, double y); /* float's negative base to a fractional power */
py_obj *py__complex_format(py_obj *v, py_obj *spec);
py_obj *py__cmath_module(void);
py_obj *py_round(py_obj *x, py_obj *ndigits);
int py_int_is_zero(py_obj *o);
int py_int_sign(py_obj *o);

/* ---- str (str.c) ------------------------------------------------------------------- */

py_obj *py_str_new(const char *s, size_t len);
py_obj *py_str_c(const char *s);
py_obj *py_str_intern(const char *s);    /* a cached str, new reference */
/* The one (immortal) str of this text, new reference: the compiler's names
 * and py_str_intern's, so that dict lookups of names match by pointer. */
py_obj *py_str_intern_text(const char *s, size_t n);
py_obj *py_str_from_buf(struct py_buf *b);  /* frees b */
py_obj *py_str_fmt(const char *fmt, ...);
py_obj *py_str_vfmt(const char *fmt, va_list ap);
static inline const char *py_s(py_obj *o) { return ((py_strobj *)o)->s; }
static inline size_t py_slen(py_obj *o) { return ((py_strobj *)o)->len; }
int py_str_eq(py_obj *a, py_obj *b);
int py_str_eqc(py_obj *a, const char *s);
py_obj *py_str_concat(py_obj *a, py_obj *b);
int py__str_append(py_obj **sp, py_obj *b); /* s += t in place: eval.c's BINARY_OP */
py_obj *py_str_join(py_obj *sep, py_obj *iterable);
py_obj *py_str_repr_s(const char *s, size_t n);
py_obj *py_str_percent(py_obj *fmt, py_obj *args);
py_obj *py_bytes_percent(py_obj *fmt, py_obj *args); /* str.c: bytes % args */
py_obj *py_str_format_method(py_obj *fmt, py_obj *const *args, size_t nargs, py_obj *kwnames);
size_t py_utf8_decode(const char *s, size_t len, size_t *i); /* code point at *i, advances */
int py__utf8_encode_into(py_obj *o, int how, py_buf *b); /* str.c: UTF-8 with lone surrogates, as CPython's encoder */
size_t py_utf8_count(const char *s, size_t len);
py_obj *py_bytes_new(const void *s, size_t len);
py_obj *py__bytes_of(py_obj *o); /* bytes or a bytearray as bytes (new; bytes itself for bytes) */
/* str.c: bytes' methods of str's kind (upper, split, find...) for bytes or a
 * bytearray o, once its type's own attributes have not it: a bound method,
 * or NULL with the AttributeError or NotImplementedError of the name */
py_obj *py__bytes_text_attr(py_obj *o, py_obj *name);
int py__bytes_contains(const unsigned char *s, size_t n, py_obj *v); /* x in b: a byte's value or bytes-like */
py_obj *py__bytes_fromhex(py_obj *cls, py_obj *const *args, size_t nargs, py_obj *kw); /* bytes.fromhex (args[0] the class) */
py_obj *py__bytes_translate(py_obj *self, py_obj *const *args, size_t nargs, py_obj *kw); /* b.translate(table, delete=b'') */
py_obj *py__bytes_maketrans(py_obj *const *args, size_t nargs); /* bytes.maketrans(frm, to) */
/* bytearray.c */
py_obj *py_bytearray_new(const void *s, size_t len);
py_obj *py__bytearray_percent(py_obj *fmt, py_obj *args); /* bytearray % args */
py_obj *py__bytearray_concat(py_obj *a, py_obj *b, int inplace); /* a + b, a += b: NotImplemented when b is not bytes-like */
py_obj *py__bytearray_repeat(py_obj *a, py_obj *n, int inplace); /* a * n, a *= n */

/* ---- containers (containers.c) -------------------------------------------------------- */

py_obj *py_tuple_new(size_t n);                 /* items NULL: fill them */
py_obj *py_tuple_pack(size_t n, ...);           /* borrows the items */
py_obj *py_tuple_from(py_obj *const *items, size_t n);
#define PY_TITEM(t, i) (((py_tuple *)(t))->items[i])
#define PY_TLEN(t) (((py_tuple *)(t))->n)
py_obj *py_list_new(size_t n);                  /* n items NULL: fill them */
int py_list_append(py_obj *l, py_obj *v);       /* borrows v */
int py_list_extend(py_obj *l, py_obj *iterable);
int py_list_sort(py_obj *l, py_obj *key, int reverse);
#define PY_LITEM(l, i) (((py_list *)(l))->items[i])
#define PY_LLEN(l) (((py_list *)(l))->n)
py_obj *py_dict_new(void);
py_obj *py_dict_get(py_obj *d, py_obj *key);    /* borrowed, NULL when missing (error: check py__ts->exc) */
py_obj *py_dict_get_s(py_obj *d, const char *key); /* borrowed */
int py_dict_set(py_obj *d, py_obj *key, py_obj *v); /* borrows both */
int py_dict_set_s(py_obj *d, const char *key, py_obj *v);
int py_dict_del(py_obj *d, py_obj *key);        /* KeyError when missing */
int py_dict_next(py_obj *d, size_t *pos, py_obj **key, py_obj **value); /* borrowed */
int py_dict_update(py_obj *d, py_obj *other);
int py__dict_merge(py_obj *d, py_obj *other, int strict);
py_obj *py__inst_dict_get(py_obj *o); /* the getter of __dict__: a class's own, a function's, an exception's */
py_obj *py_dict_copy(py_obj *d);
py_obj *py_mappingproxy_new(py_obj *d); /* a class's __dict__: d read-only */
py_obj *py_set_new(py_type *t, py_obj *iterable);
int py_set_add(py_obj *s, py_obj *key);
int py_set_update(py_obj *s, py_obj *iterable); /* CPython's set_update_internal */
int py_set_contains(py_obj *s, py_obj *key);
py_obj *py_range_new(int64_t start, int64_t stop, int64_t step);
py_obj *py_slice_new(py_obj *start, py_obj *stop, py_obj *step);
int py_slice_indices(py_obj *slice, int64_t len, int64_t *start, int64_t *stop, int64_t *step, int64_t *n);
py_obj *py_cell_new(py_obj *v);
py_obj *py_seq_iter_new(py_obj *seq);           /* iterator over __getitem__ */
py_obj *py_enumerate_new(py_obj *it, py_obj *start);
py_obj *py_zip_new(py_obj *iters, int strict);
py_obj *py_map_new(py_obj *f, py_obj *iters);
py_obj *py_filter_new(py_obj *f, py_obj *it);
py_obj *py_reversed_new(py_obj *seq);
py_obj *py_callable_iter_new(py_obj *f, py_obj *sentinel);
extern py_type py_enumerate_type, py_zip_type, py_map_type, py_filter_type, py_reversed_type;

/* ---- exceptions (exc.c) -------------------------------------------------------------- */

py_obj *py_err_set(py_type *t, const char *fmt, ...); /* returns NULL; %s %d %ld %zu %R %S %T(type name of obj) %U(str obj) %c */
py_obj *py__err_from_cause(py_type *t, const char *fmt, ...); /* CPython's _PyErr_FormatFromCause */
py_obj *py_err_setv(py_type *t, py_obj *value);       /* borrows value; returns NULL */
void py_err_set_exc(py_obj *exc);                     /* steals exc; raises it */
py_obj *py_err_nomem(void);
int py_err_occurred(void);
int py_err_matches(py_type *t);
py_obj *py_err_fetch(void);                            /* the pending exception, owned by the caller */
void py_err_clear(void);
py_obj *py_exc_new(py_type *t, py_obj *args);          /* borrows args (tuple) */
py_obj *py_exc_new_msg(py_type *t, const char *msg);
/* Raises UnicodeDecodeError or UnicodeEncodeError(encoding, object, start, end, reason); returns NULL */
py_obj *py__unicode_error(py_type *t, const char *encoding, py_obj *object, int64_t start, int64_t end,
                          const char *reason);
void py_tb_add(py_obj *exc, py_code *code, int lasti, py_obj *globals);
void py__tb_link(py_obj *exc, struct py_frame *f); /* exc.c: its newest entry is f's: tb_frame is f's frame object while f lives */
void py__tb_unlink(struct py_frame *f);           /* exc.c: f ends */
void py_print_exception(py_obj *exc, int fd);          /* as sys.excepthook: traceback and chain */
void py__atexit_run(void);                           /* modules.c: atexit's functions, when the program ends */
void py__print_unraisable(py_obj *exc, int fd);       /* as sys.unraisablehook's: no chain */
void py__write_unraisable(py_obj *what);               /* the pending error: "Exception ignored in: " what, then it */
void py__write_unraisable_msg(const char *msg, py_obj *what); /* the same, msg (NULL: "Exception ignored in") for its first words */
py_obj *py__unraisable_args(py_obj *exc, const char *msg, py_obj *what); /* sys.unraisablehook's argument (modules.c) */
void py__print_unraisable_report(const char *msg, py_obj *what, py_obj *exc); /* the default hook's lines */
void py__print_logged(py_obj *exc, int fd);           /* as Lib/traceback.py: no "Did you mean" */
void py_print_syntax_error(const char *type, const char *msg, const char *filename, int lineno,
                           int offset, int end_lineno, int end_offset, const char *text, int fd);
py_obj *py_exc_str(py_obj *exc);                       /* str(exc) */
py_obj *py_suggest(py_obj *name, py_obj *candidates);  /* borrowed-free: new str or NULL */
void py__exc_init(void);
/* ExceptionGroup, BaseExceptionGroup, aiter and anext (builtins_prelude.py.h)
 * are compiled into builtins when first needed: py__exc_groups_load does it
 * (0, or -1 with an exception pending); py__builtins_lazy_get(name) is the
 * name's value if it is one of them (borrowed), compiling them first, else
 * NULL; py__builtins_module_lazy is the builtins module's lazy part. */
int py__exc_groups_load(void);
py_obj *py__builtins_lazy_get(py_obj *name);
int py__builtins_module_lazy(py_obj *m);
py_obj *py_stopiteration_value(py_obj *exc);
int py_exc_match(py_obj *exc, py_obj *type);          /* except clause test: 1, 0, -1 */
void py_write(int fd, const char *s, size_t n);
void py_writes(int fd, const char *s);

/* ---- compiler (compile.c) ------------------------------------------------------------- */

/* Compiles a module's tree into a code object (new reference), or NULL;
 * st is the symbol table py_check_warn (parse.h) built for it. */
struct py_symtable;
struct py_warnings;
py_obj *py_compile(pyast_module *m, const struct py_symtable *st, py_source *src);
py_obj *py_compile_mode(pyast_module *m, const struct py_symtable *st, py_source *src, int mode); /* 1 exec, 2 eval */
/* Prints py_check_warn's SyntaxWarnings to stderr as CPython does. */
void py__print_syntax_warnings(py_source *src, const struct py_warnings *w);
py_source *py_source_new(const char *text, size_t len, const char *filename);
/* Line n (1-based) of the source: start and length without the newline. */
int py_source_line(py_source *s, int n, const char **start, size_t *len);
int py_source_line_stripped(py_source *s, int n, const char **start, size_t *len); /* blanks stripped both sides */
extern py_type py_code_type;

/* ---- evaluator (eval.c) ---------------------------------------------------------------- */

py_obj *py_eval_code(py_code *co, py_obj *globals, py_obj *locals);
py_obj *py_func_new(py_code *co, py_obj *globals, py_obj *qualname);
py_obj *py_gen_send(py_obj *gen, py_obj *v, int *yielded); /* *yielded 1 if it yielded */
py_obj *py_gen_throw(py_obj *gen, py_obj *exc);
/* async generators and the loop (eval.c, asyncio.c): the finalizer hook, shutdown_asyncgens */
int py__agen_finalize(py_obj *gen);      /* asyncio.c: 0 when a task will aclose() it (gen is then its reference) */
void py__agen_forget(py_obj *gen);
void py__agen_track(py_obj *gen);         /* eval.c: the running loop keeps it for shutdown_asyncgens (its firstiter hook) */
py_obj *py__agen_hook_get(int i);          /* eval.c: sys.get_asyncgen_hooks()'s firstiter (0) or finalizer (1) */
int py__agen_hook_set(int i, py_obj *v);   /* and set_asyncgen_hooks()'s (None or callable) */
void py__agen_hooks_enter(py_obj *saved[2]); /* eval.c: a loop's run installs its hooks (sys.set_asyncgen_hooks) */
void py__agen_hooks_leave(py_obj *saved[2]); /* and puts back those it found */
py_obj *py__asyncio_loop_hook(int finalizer); /* asyncio.c: the running loop's _asyncgen_firstiter_hook or _asyncgen_finalizer_hook */
py_obj *py__agen_take_all(void);
py_obj *py__agen_aclose_coro(py_obj *gen);
const char *py__agen_awaitable_type(py_obj *o);
int py__is_agen_awaitable(py_obj *o);
py_obj *py__agen_awaitable_throw(py_obj *aw, py_obj *exc);
void py__asyncio_at_exit(void);             /* asyncio.c: what the last collection at exit logs */
void py__asyncio_end_kept(void);           /* asyncio.c: at the end of the program, a loop kept between runs ends */
int64_t py__asyncio_collect(int call_safe); /* asyncio.c: pending tasks gc.collect() finds garbage */
py_obj *py__await_iter_new(py_obj *awaitable); /* eval.c: x.__await__() of a coroutine or a future */
py_obj *py_coro_c_new(const char *name, py_obj *(*fn)(py_obj *), py_obj *arg); /* steals arg */
py_obj *py_await(py_obj *awaitable);  /* awaits inline, from C (inside a task) */
void py__loop_turn(void);              /* asyncio.c: a task's turn while another blocks the loop (may suspend) */
py_obj *py__await_gen(py_obj *g);      /* eval.c: a task's generator-based coroutine (a plain generator) */
void py__check_unawaited(py_gen *g);
int py_recursion_enter(void);
extern int py__recursion_limit;
int py__recursion_depth(void); /* the frame depth CPython would count (a task's base included) */
int py_recursion_check(const char *where); /* -1 with RecursionError when one more level would exceed the limit */
/* Where C recurses without a frame count (cstack.h): RecursionError
 * ("maximum recursion depth exceeded" + where) and -1 when the C stack is
 * low, else 0. */
int py__stack_fail(const char *where);
int py__recursion_chain_check(int k, int c_last); /* eval.c: k more levels of CPython's library here */
#define py__stack_check(where) (py__stack_low() ? py__stack_fail(where) : 0)
/* ... where C calls Python again (natively too, in a task: cstack.h) */
#define py__stack_check_py(where) (py__stack_low_py() ? py__stack_fail(where) : 0)
void py_recursion_leave(void);
int py_frame_line(py_frame *f);
/* Frame objects (exc.c): the object of frame f (made once while f
 * lives); the names a frame holds as a dict (builtins.c, locals()). */
py_obj *py__frame_object(py_frame *f);
void py__frame_gone(py_frame *f);
int64_t py__str_iter_left(py_obj *o); /* str.c: a str iterator's characters left, or -1 */
int64_t py__bytearray_iter_left(py_obj *o); /* bytearray.c: a bytearray iterator's bytes left, or -1 */
extern int py__task_base_depth; /* eval.c: how deep a task's first frame is (asyncio.c sets it for a run) */
int py__gen_on_stack(py_gen *g);
py_obj *py__frame_locals(py_frame *f);
/* traceback.format_exception_only(exc)'s text, as one str (exc.c) */
py_obj *py__format_exception_only(py_obj *exc);

/* Where a task may suspend in wasm (eval.c's "Suspending under Asyncify"):
 * Asyncify instruments only the C functions listed in python.mk's
 * PY_SUSPEND, so a task suspends (await, time.sleep, asyncio.run, a turn
 * for the host) only when every C frame on its stack is one of them. */
extern int py__unsafe;          /* run() activations entered from C that is not instrumented */
extern void *py__resume_token;  /* what an instrumented caller is about to run */
extern int py__call_safe;       /* the builtin now starting was called straight from the evaluator */
int py__take_call_safe(void);   /* reads and clears py__call_safe, at a builtin's first line */
int py__may_suspend(int call_safe); /* 1 if a suspend is safe here (always, natively) */
py_obj *py__next_resumable(py_obj *it, int safe); /* py_next; the Python code it runs may suspend if safe */
/* py_call from an instrumented consumer (a key function, map's function):
 * the Python code it runs may suspend if safe.  Not inline: a static
 * copy's name in wasm may not be the one PY_SUSPEND lists. */
py_obj *py__call_resumable(py_obj *f, py_obj *const *args, size_t nargs, int safe);
/* 1 if the caller announced what (py__resume_token); clears it */
static inline int py__take_safe(const void *what) {
    int safe = what && py__resume_token == what;
    py__resume_token = NULL;
    return safe;
}
py_obj *py__unsafe_await(void); /* raises the RuntimeError of an await that cannot suspend */
int py__may_await(void); /* 1 if an await may suspend the task here (not in a coroutine driven by send()) */
extern int py__by_hand; /* coroutines being driven by send()/throw() from Python (eval.c) */
void py__after_suspend(void);   /* where a task goes on after suspending (or starts) */
void py__after_wait(void);      /* where it goes on without having given the loop a turn */
int py__in_thread(void);        /* 1 on the fiber of a to_thread()/run_in_executor() call (asyncio.c) */
int py__thread_sleep(double s, int call_safe); /* time.sleep there: 0, -1 raised, or 1 when not in a thread */
void py__threads_shutdown(void); /* the program's end waits for its threads started outside asyncio (asyncio.c) */
int py__busy_wait(int kind); /* modules.c: 1 with NotImplementedError raised when a loop waits for the virtual clock to move (0: a clock read, 1: a sleep(0)) */

/* ---- interpreter and modules (run.c, builtins.c, modules.c, asyncio.c) ----------------------- */

typedef struct py_interp {
    py_obj *builtins;   /* dict */
    py_obj *modules;    /* dict name -> module */
    py_obj *main;       /* the __main__ module */
    py_source *source;
    const char *const *argv; /* sys.argv: argc strings, the program's path as given first */
    int argc;
    int exit_code;
    int stdout_fd, stderr_fd;
    const char *stdin_text; size_t stdin_len, stdin_pos; int stdin_fd;
    int ndjson;
} py_interp;
extern py_interp py__interp;

void py__builtins_init(void);
py_obj *py_import(py_obj *name);
py_obj *py__lib_doc(py_obj *o); /* object.c: CPython's __doc__ of what is C or the library's here, or None */
py_obj *py__submodule_attr(py_obj *m, py_obj *name); /* run.c: asyncio.queues, asyncio.subprocess... */
py_obj *py__module_file(py_obj *name, int *frozen); /* run.c: the file of CPython's module of that name, or NULL */
int py__module_dir(py_obj *m, py_obj *names); /* run.c: dir() of a library module as CPython's, in a dict */
py_obj *py_module_new(const char *name);
int py_module_add_methods(py_obj *mod, const py_methoddef *defs);
/* sys.stdout when the program replaced it (borrowed), else NULL; *none set to
 * -1 when it is None (print writes nothing then) */
py_obj *py__sys_stdout(int *none);
int py__std_stream_fd(py_obj *o);
int py__std_write_check(void); /* -1 with RecursionError where CPython's write to a standard stream would raise it */
py_obj *py__format_builtin(py_obj *v, py_obj *spec, int safe); /* intfloat.c: a built-in type's __format__ */
/* 1 while the running frame's code is not yet quickened in CPython 3.11 (its first 7 runs) */
int py__cold_call(void);
py_obj *py_builtin_print(py_obj *self, py_obj *const *args, size_t nargs, py_obj *kwnames);
void py_out_write(py_obj *file, const char *s, size_t n); /* stdout/stderr aware */
void py_out_flush(void);
py_obj *py__asyncio_module(void);
/* context.c: the contextvars module; Context's type; a copy of the current
 * context (new reference; NULL on no memory), or, unless always, NULL when
 * it holds no variable (a task made then makes its own empty one on first
 * need: no error pending). */
py_obj *py__contextvars_module(void);
extern py_type py_context_type;
py_obj *py__context_copy(int always);
py_obj *py__time_module(void);
/* The repr of a built-in named tuple (sys.version_info, time.struct_time): NAME(f0=r0, ...) of its first n items. */
py_obj *py__named_tuple_repr(py_obj *o, const char *name, const char *const *fields, int n);
py_obj *py__random_module(void);
py_obj *py__math_module(void);
py_obj *py__small_module(const char *name);
/* typing's frozen Python part (run.c): its functions (get_origin,
 * get_args, get_type_hints; borrowed), the class a class statement makes
 * when typing's forms are among its bases (TypedDict, Generic[T]...), and
 * the class that stands for a form in isinstance() (typing.Sized:
 * collections.abc.Sized, or None) */
py_obj *py__typing_fn(const char *fname);
py_obj *py__class_of_forms(py_obj *name, py_obj *bases, py_obj *ns, py_obj *kw);
py_obj *py__typing_base(py_obj *form);
/* Before an import statement (the evaluator, where a task may suspend): in
 * wasm, waits for a library module's text the host is still fetching
 * (modules.c, "The library's modules").  0, or -1 with KeyboardInterrupt
 * (a stop during the wait). */
int py__import_prepare(py_obj *name);
#ifdef __EMSCRIPTEN__
/* The host's side of it (tools/wasm_entry.c): the module's text (malloc'ed),
 * or NULL with *error a malloc'ed reason (or NULL: not at hand yet); and
 * the wait until the text or its failure is at hand (it may suspend). */
extern char *(*py__lib_source_fn)(const char *name, char **error);
extern void (*py__lib_wait_fn)(const char *name);
#endif
int py__asyncio_await(py_obj *o, py_obj **result); /* 1 handled (result or NULL+error), 0 not a future */
py_obj *py__asyncio_duck_wait(py_obj *fut); /* asyncio.c: a future of the program's kind yielded to the task */
int py__future_blocking(py_obj *o);   /* asyncio.c: a Future's _asyncio_future_blocking */
py_obj *py__asyncio_bare_yield(void); /* a bare yield in __await__: the next turn; None, or NULL when cancelled */
int py_is_future(py_obj *o);
py_obj *py__asyncio_future_iter(py_obj *fut); /* iter(future): CPython's FutureIter */
py_obj *py__asyncio_pending_iter(void); /* the FutureIter of a new pending Future */
/* After an uncaught exception is reported: drops the task that raised a
 * SystemExit or KeyboardInterrupt out of asyncio.run (asyncio.c). */
void py__asyncio_reported(void);

/* Argument parsing for built-in functions.  names: the keyword names of all
 * parameters in order (NULL-terminated); out gets borrowed references,
 * NULL for an absent optional.  Positional-only parameters have name "". */
int py_args(const char *fname, py_obj *const *args, size_t nargs, py_obj *kwnames,
            int minargs, int maxpos, const char *const *names, py_obj **out);
/* The same with a Python function's messages (for what CPython writes in
 * Python: asyncio.sleep, random.sample, ...). */
int py_args_py(const char *fname, py_obj *const *args, size_t nargs, py_obj *kwnames,
               int minargs, int maxpos, const char *const *names, py_obj **out);
/* Set by py_args_py when it refuses a call: CPython had no frame for the
 * call then, so its traceback does not keep the arguments alive (a
 * coroutine passed warns "never awaited" at once). */
extern int py__args_unbound;
/* find/index/count's start and stop (containers.c): an int or __index__, else CPython's TypeError */
int64_t py__slice_index(py_obj *o, int none_ok, int *ok);

/* list[int], typing.Dict[str, int] (modules.c): new reference. */
py_obj *py__generic_alias(py_obj *origin, py_obj *k, const char *name);
/* X.__class_getitem__ of the built-in types CPython makes generic (a
 * PY_METH_CLASS method: args[0] the class) (modules.c) */
py_obj *py__class_getitem(py_obj *self, py_obj *const *args, size_t nargs, py_obj *kw);
/* union.c: int | None (types.UnionType), or NotImplemented; a union's members (borrowed) or NULL */
py_obj *py__union_or(py_obj *a, py_obj *b);
py_obj *py__union_args(py_obj *o);
/* The match statement's helpers (builtins.c): 0 sequence, 1 mapping, 2 class. */
py_obj *py__match_helper(int which);
py_obj *py__display_helper(void); /* mode 'single's display of a value (builtins.c) */

/* Runs a whole program: returns the process exit status.  After 130,
 * py__unhandled_ki tells a KeyboardInterrupt nobody caught (Ctrl-C) from
 * sys.exit(130): python3 then ends by SIGINT, as a CLI should. */
int py_run_program(const char *src, size_t len, const char *filename);
extern int py__unhandled_ki;
extern const char *py__main_name; /* __name__ of the program run (NULL: "__main__") */
extern const char *py__cwd;       /* os.getcwd(): the host's working directory (default "/") */
extern int py__source_text; /* py_run_program's src is text (a JS string), not a file's bytes: its coding line is not read */

#endif /* PY_PY_H */
