/*
 * casyncio.h -- asyncio's event loop, tasks and futures, in C.
 *
 * This is the only header a program needs.  It reads like the asyncio
 * documentation: a loop (cas_run), tasks and futures, the combinators
 * (gather, as_completed, wait, timeouts, task groups), the loop's callbacks
 * and exception handler, the task queries, the locks and queues, and the
 * event stream that shows the scheduler at work.  The semantics are CPython 3.11's; where a
 * C program can differ from its Python twin, the contract says so.
 *
 * A task body is an ordinary C function.  Awaiting (cas_await, cas_sleep,
 * cas_as_completed_next) suspends the calling task only: the loop runs the
 * other tasks and resumes it when the awaited thing is done.  Calling a C
 * function that awaits is the same as `await coro()` in Python: no new
 * task is created.
 *
 * Threading: one loop per process (per wasm instance), as asyncio.run.
 * Every function must be called from the thread that runs the loop.
 *
 * Error convention (see "Errors" below): functions return 0 or a positive
 * count on success and a negative CAS_E* code on failure.  Two kinds:
 *
 *  - An exception was raised into the caller: CAS_ECANCELLED
 *    (CancelledError), CAS_EEXCEPTION (any other exception) and, where a
 *    function says so, CAS_ETIMEOUT (TimeoutError).  The exception itself
 *    is then "pending": read it with cas_exc_type(), cas_exc_message(),
 *    cas_exc_object() or cas_exc_pending_value(), catch it with
 *    cas_exc_clear(), or propagate it by returning the code from the task
 *    body (`raise`).
 *  - The call itself was wrong or could not be made: CAS_EINVAL (a bad
 *    argument), CAS_EMISUSE (the wrong place, for example an await outside
 *    a task), CAS_EINVALIDSTATE (result() of a pending future,
 *    set_result() of a done one), CAS_ERUNNING, CAS_ENOMEM.  These set no
 *    pending exception and leave any pending one as it was.  Returned from
 *    a task body they become exceptions (see cas_body).
 *
 * Outside any task (in a program, a callback), the pending exception is
 * the program's own.  A program's main can end with
 * `return cas_exit_status(rc);` to report what nobody caught as Python
 * does.
 *
 * Passing NULL where a handle is expected is a harmless no-op that
 * returns CAS_EINVAL (or NULL, 0, as the function says).
 */
#ifndef CASYNCIO_H
#define CASYNCIO_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define CASYNCIO_VERSION "0.1.0"
#define CAS_EVENT_SCHEMA 1

/* ------------------------------------------------------------------ */
/* Errors                                                               */
/* ------------------------------------------------------------------ */

/* X(name, value, message): the one table of error codes. */
#define CAS_ERRNO_MAP(X)                                                        \
    X(OK, 0, "success")                                                         \
    X(ENOMEM, -1, "out of memory")                                              \
    X(EINVAL, -2, "invalid argument")                                           \
    X(EMISUSE, -3, "called from the wrong place (for example an await outside a task)") \
    X(ECANCELLED, -4, "CancelledError was raised")                              \
    X(EEXCEPTION, -5, "an exception was raised")                                \
    X(EINVALIDSTATE, -6, "InvalidStateError: the future is not in the right state") \
    X(ETIMEOUT, -7, "TimeoutError: the timeout expired")                        \
    X(EDONE, -8, "the iteration is over")                                       \
    X(ERUNNING, -9, "a loop is already running")                                \
    X(ESTACK, -10, "stack overflow in a task")                                  \
    X(EDEADLOCK, -11, "every task waits and nothing is left that could wake one") \
    X(ESTOPPED, -12, "the loop was stopped before the future completed")

enum {
#define CAS__ERR_ENUM(name, value, msg) CAS_##name = value,
    CAS_ERRNO_MAP(CAS__ERR_ENUM)
#undef CAS__ERR_ENUM
};

/* A static, human-readable message for an error code ("unknown error" for
 * codes outside the table). */
const char *cas_strerror(int err);
/* The code's name without prefix, for example "ECANCELLED". */
const char *cas_err_name(int err);

/* ------------------------------------------------------------------ */
/* Values                                                               */
/* ------------------------------------------------------------------ */

/*
 * The results of tasks and futures: a small tagged value, like a Python
 * object of one of these kinds.  Pass values by value.
 *
 * Ownership: when a value is handed to the runtime (given to
 * cas_future_set_result, or returned from a task body) the runtime copies
 * the text and lists it points to.  A body's result must still point to
 * memory that outlives the body's own frame: a string literal, static or
 * heap memory, or a string made with cas_strf().  Values that the runtime
 * hands out (cas_result, cas_await, gather's list) are borrowed: they stay
 * valid while you hold a reference to the future they came from.  CAS_PTR
 * is never followed or freed: it is yours.
 */
typedef enum cas_kind {
    CAS_NONE = 0, /* None */
    CAS_BOOL,     /* as.b: 0 or 1 */
    CAS_INT,      /* as.i */
    CAS_FLOAT,    /* as.f */
    CAS_STR,      /* as.s: UTF-8 text, printed with quotes in a repr */
    CAS_BIGINT,   /* as.s: an integer of any size as decimal digits, with an optional '-' */
    CAS_LIST,     /* as.list: what gather returns */
    CAS_EXC,      /* as.exc: an exception, as gather(return_exceptions) puts in its list */
    CAS_PTR,      /* as.p: an opaque pointer of the program's */
    CAS_TUPLE     /* as.list: a tuple, printed (1, 'a') and (1,) */
} cas_kind;

typedef struct cas_value {
    cas_kind kind;
    union {
        int b;
        int64_t i;
        double f;
        const char *s;
        struct { const struct cas_value *items; size_t n; } list;
        /* ref is the runtime's: NULL in a value you make (use cas_exc_value);
         * in one it hands out, the exception whose object
         * cas_value_exc_object gives. */
        struct { const char *type; const char *message; void *ref; } exc;
        void *p;
    } as;
} cas_value;

static inline cas_value cas_none(void) { cas_value v; v.kind = CAS_NONE; v.as.i = 0; return v; }
static inline cas_value cas_bool(int b) { cas_value v; v.kind = CAS_BOOL; v.as.b = !!b; return v; }
static inline cas_value cas_int(int64_t i) { cas_value v; v.kind = CAS_INT; v.as.i = i; return v; }
static inline cas_value cas_float(double f) { cas_value v; v.kind = CAS_FLOAT; v.as.f = f; return v; }
static inline cas_value cas_str(const char *s) { cas_value v; v.kind = CAS_STR; v.as.s = s; return v; }
static inline cas_value cas_bigint(const char *digits) { cas_value v; v.kind = CAS_BIGINT; v.as.s = digits; return v; }
static inline cas_value cas_ptr(void *p) { cas_value v; v.kind = CAS_PTR; v.as.p = p; return v; }
/* A list of n values; items must outlive the use of the value (a body's
 * result is copied when the body returns). */
static inline cas_value cas_list(const cas_value *items, size_t n) {
    cas_value v;
    v.kind = CAS_LIST;
    v.as.list.items = items;
    v.as.list.n = n;
    return v;
}

/* Releases an object of the program's that the runtime held (an
 * exception object: see "Exceptions"). */
typedef void (*cas_release_fn)(void *obj);

/* A tuple of n values, kept as a list is. */
static inline cas_value cas_tuple(const cas_value *items, size_t n) {
    cas_value v = cas_list(items, n);
    v.kind = CAS_TUPLE;
    return v;
}
/* An exception value, type(message), for example ValueError('x'); an
 * empty or NULL message prints ValueError().  Build exception values with
 * this (or zero the whole value first): the runtime reads as.exc.ref. */
static inline cas_value cas_exc_value(const char *type, const char *message) {
    cas_value v;
    v.kind = CAS_EXC;
    v.as.exc.type = type;
    v.as.exc.message = message;
    v.as.exc.ref = NULL;
    return v;
}

/* The program's exception object behind an exception value that the
 * runtime handed out (a gather list's item of an exception raised with
 * cas_raise_object), borrowed like the value; NULL otherwise. */
void *cas_value_exc_object(cas_value v);

/* A CAS_STR value with printf-formatted text that the runtime owns: it
 * stays valid until the calling task finishes (or, outside any task, until
 * the program or run ends), so a body can return it.  On out of memory the
 * value is None. */
cas_value cas_strf(const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 1, 2)))
#endif
    ;

/* Writes Python's repr() of v into buf (at most cap bytes, always NUL
 * terminated when cap > 0), for example [3, 'A', None].  Returns the length
 * the full repr needs, like snprintf, or CAS_EINVAL. */
int cas_repr(cas_value v, char *buf, size_t cap);

/* ------------------------------------------------------------------ */
/* The loop                                                             */
/* ------------------------------------------------------------------ */

/* A future (asyncio.Future) and a task (asyncio.Task, a future whose
 * result comes from running a body) share one opaque, reference-counted
 * handle type, so every query works on both. */
typedef struct cas_future cas_future;
typedef cas_future cas_task;

/* A task body, and the shape of cas_run's and cas_main's functions.
 * Return 0 after setting *result (it starts as None), or return a negative
 * code to raise:
 *   CAS_ECANCELLED, CAS_EEXCEPTION  the pending exception propagates (the
 *       one an await just raised, or one set with cas_raise or
 *       cas_raise_object: the same object).  A CancelledError makes the
 *       task cancelled, anything else makes it fail.  With nothing pending,
 *       CAS_ECANCELLED raises a bare CancelledError and CAS_EEXCEPTION a
 *       RuntimeError saying nothing was pending (a bug in the body).
 *   CAS_ETIMEOUT       TimeoutError (the pending one, if it is a TimeoutError)
 *   CAS_EINVALIDSTATE  InvalidStateError
 *   CAS_ENOMEM         MemoryError
 *   any other code     RuntimeError with the code's cas_strerror text. */
typedef int (*cas_body)(void *arg, cas_value *result);

/*
 * asyncio.run(main(arg)).  Creates the loop, runs main as the first task
 * until it is done, then cancels the tasks still pending and runs the loop
 * until their cleanup has finished, reports failed tasks whose exception
 * was never retrieved (an "error" event), and closes the loop.
 *
 * Returns 0 if main returned normally, CAS_ECANCELLED if it was cancelled
 * (or the run was stopped), CAS_EEXCEPTION if it raised (the exception is
 * then pending in the caller), CAS_EDEADLOCK if every task ended up
 * waiting for something nothing could complete (they are cancelled, and a
 * RuntimeError is pending; CPython would hang), as tasks awaiting each
 * other in a ring do, CAS_ERUNNING if called
 * inside a running loop, CAS_ENOMEM.  If main_task is not NULL it receives a new reference
 * to main's task, to read its result or exception: release it.
 *
 * Outside cas_main, a run is a whole event stream: it ends with the "end"
 * event.  Inside cas_main, the end event is cas_main's.
 */
int cas_run(cas_body main, void *arg, cas_task **main_task);

/* cas_run with main's coroutine described for people, as
 * cas_create_task_named's coro: asyncio.run(do_something()) is
 * cas_run_named(do_something, NULL, NULL, "do_something()"), and the main
 * task's task_created event carries it.  NULL: as cas_run. */
int cas_run_named(cas_body main, void *arg, cas_task **main_task, const char *coro);

/*
 * loop.run_until_complete(main(arg)) on a loop that outlives its runs, as
 * one from asyncio.new_event_loop() or an asyncio.Runner does: as
 * cas_run_named, except that when main is done the run returns (after the
 * iteration that completed it) and leaves what is still pending -- tasks
 * suspended at their awaits, futures, callbacks, timers -- in the loop as
 * it is.  The loop is then kept: the next cas_run_kept goes on with it, on
 * the same loop object, the same exception handler and clock, and its
 * leftover tasks take their steps there as CPython's do.  cas_shutdown_kept
 * ends it (cas_main does, if the program has not); while a loop is kept,
 * cas_run and cas_run_named refuse to run (CAS_EMISUSE).  A run stopped by
 * cas_request_stop ends its loop as cas_run's does.
 */
int cas_run_kept(cas_body main, void *arg, cas_task **main_task, const char *coro);

/*
 * cas_run_named, or with CAS_RUN_KEEP cas_run_kept, for a program that
 * runs a language of its own on the loop and numbers its tasks itself, as
 * an interpreter of Python does (CPython's counter goes on across runs).
 * name: main's name (copied), carried by its task_created event; NULL for
 * Task-N.  CAS_RUN_UNSEEN: main is the loop's own, not a task of the
 * program (loop.run_until_complete(future) and run_forever(), for which
 * CPython makes no task): it has no events of its own, and what it does
 * (the tasks it creates, its prints) is named as done outside any task.
 */
#define CAS_RUN_KEEP 1u
#define CAS_RUN_UNSEEN 2u
int cas_run_as(cas_body main, void *arg, cas_task **main_task, const char *name, const char *coro, unsigned flags);

/* The end of a kept loop, as asyncio.run (or Runner.close()) ends its
 * loop: the tasks still pending are cancelled, the loop runs until their
 * cleanup is done, failed ones are reported, and the loop closes.
 * CAS_ERUNNING inside a run; CAS_ESTOPPED when that cleanup called
 * cas_loop_stop (its RuntimeError pending, as cas_run's); 0 otherwise
 * (also when nothing is kept).  A cas_loop_stop in a shutdown, this one
 * or cas_run's, never carries over to the next run. */
int cas_shutdown_kept(void);

/* loop.run_until_complete(f) of a future or task already made, on the
 * kept loop: runs it until f is done (no task is made for the run), as a
 * cas_run_kept run goes on; with f NULL, until cas_loop_stop (a kept loop
 * begins then if none is kept: loop.run_forever()).  CAS_EMISUSE when f is
 * not NULL and no loop is kept; else 0, CAS_ESTOPPED (cas_loop_stop before
 * f was done), CAS_EDEADLOCK (nothing could complete f or stop the loop;
 * nothing is cancelled), CAS_ECANCELLED (cas_request_stop: the loop then
 * ends). */
int cas_run_kept_until(cas_future *f);

/* The end of a kept loop without running anything more: its tasks are
 * dropped as a hard stop drops them (frames not unwound), its callbacks
 * never called.  CAS_ERUNNING inside a run; 0 otherwise. */
int cas_drop_kept(void);

/*
 * loop.stop(): the running run returns once its current iteration is
 * over, as CPython's loop does, done or not: cas_run_kept and
 * cas_run_kept_until return CAS_ESTOPPED when what they ran for is not done
 * (CPython's "Event loop stopped before Future completed."), and leave it
 * pending in the kept loop; cas_run then ends its loop as usual (main is
 * cancelled with the rest) and returns CAS_ESTOPPED too.  Called between
 * runs, the next run stops after its first iteration.
 * cas_run_kept_until(NULL) runs until stopped: run_forever(). */
void cas_loop_stop(void);

/* loop.close() of the kept loop: its timers never fire, as CPython's
 * close() clears its scheduled handles -- call_later callbacks are
 * dropped, and a task sleeping (or in a wait_for, a timeout) stays pending
 * at its await until cancelled (cas_cancel, then cas_run_kept_until closes
 * it) or the loop ends.  CAS_ERUNNING inside a run; 0 otherwise. */
int cas_close_kept(void);

/* 1 while a loop is kept between two runs, else 0. */
int cas_loop_kept(void);

/*
 * Runs a whole program: program(arg) is an ordinary function (not a task)
 * that may print, block and call cas_run as Python's main() calls
 * asyncio.run.  Opens the event stream and closes it with exactly one "end"
 * event carrying the program's result or error.  Returns program's code.
 */
int cas_main(cas_body program, void *arg);

/* loop.time(): the loop's clock in seconds.  The virtual clock is 0
 * when the event stream opens (at cas_main, or at cas_run outside one)
 * and moves only as the loop jumps to deadlines; a delay's deadline is
 * the first double at least the delay after now as float subtraction
 * measures it (a sleep never ends early, as on a real clock: sleeps of
 * 0.01 add up to no less than their count times 0.01, and a positive
 * delay too small to change the time takes the next double), and the clock
 * lands on the double just after a deadline, as a real clock has passed
 * it by the time anything reads it (an elapsed 0.25 s then rounds to 0.3,
 * as CPython's; a handle's when() is still the deadline); the real clock is the
 * monotonic clock (CLOCK_MONOTONIC natively, performance.now() in wasm),
 * whose origin means nothing: only differences do, as in Python. */
double cas_time(void);

/* The way a Python script ends when an exception nobody caught reaches
 * the top: for rc < 0, the pending exception (or one made from rc) is
 * reported as the last line of Python's traceback, `ValueError: x` (on
 * stderr when no event handler is installed: with one, the run's "end"
 * event already carries it), cleared, and 1 is returned; for rc >= 0, 0.
 * No traceback: C has none to show.  `return cas_exit_status(cas_run(main_task, NULL, NULL));` */
int cas_exit_status(int rc);

/* Asks the running program to stop, as Ctrl-C or a Stop button does:
 * every task receives CancelledError at its current or next await, a
 * blocking sleep returns at once, and after a grace period of
 * grace_seconds the loop drops the tasks that are still pending (a task
 * that is running then, blocking or busy, is dropped once it suspends; it
 * is never freed while it runs).  A dropped task's frames are not
 * unwound: the references they held (a task it created and meant to
 * release, what a wait, wait_for, timeout or task group in it was
 * holding) stay unreleased.  A request made while stopping can
 * shorten the grace, never lengthen it.  Safe to call from an event
 * handler, a signal handler or a host callback; a no-op when nothing runs. */
void cas_request_stop(double grace_seconds);

/* Forgets a stop request once the run it ended is over, between two runs
 * inside cas_main: for a layer whose program raised its own SystemExit or
 * KeyboardInterrupt through cas_request_stop, caught it and runs again
 * (without it, the stop being over, the next run's request cancels
 * nothing).  Not for a host's stop, which every later run keeps.  A no-op
 * while a loop runs. */
void cas_stop_clear(void);

/* Ends the running iteration once the running callback or task step is
 * over, as an exception escaping CPython's _run_once (a SystemExit or
 * KeyboardInterrupt a program raised, with cas_request_stop): the handles
 * left in it run first in the next iteration, after what a stop cancels. */
void cas_end_iteration(void);

/* ------------------------------------------------------------------ */
/* Loop callbacks and the exception handler                             */
/* ------------------------------------------------------------------ */

/*
 * loop.call_soon(fn, ud), loop.call_later(delay, fn, ud) and
 * loop.call_at(when, fn, ud): fn(ud) runs once, through the loop, in the
 * next iteration (call_soon, in the order scheduled) or in the iteration
 * in which its deadline on cas_time()'s clock has passed (timers, in
 * (deadline, order set) order, as sleeps are).  A callback is not a task:
 * it must not await (CAS_EMISUSE) and runs with no current task.  It may
 * raise: return a negative code (after cas_raise for an exception of your
 * choosing); the exception goes to the exception handler as "Exception in
 * callback NAME()" and the loop goes on with the next callback.
 *
 * Inside a running loop only (else CAS_EMISUSE and fn is never called).
 * Returns 0, or CAS_ENOMEM/CAS_EINVAL (NaN delay or when, NULL fn).  If
 * handle is not NULL it receives a new reference to the Handle (release it
 * with cas_handle_release, also after the callback ran); pass NULL if you
 * will not cancel it.  name is shown in events; the macros pass the
 * function's own name.  Callbacks still scheduled when the run ends are
 * dropped, never called, as CPython's closed loop drops them.
 */
typedef struct cas_handle cas_handle;
typedef int (*cas_callback_fn)(void *ud);
int cas_call_soon_named(cas_callback_fn fn, void *ud, const char *name, cas_handle **handle);
int cas_call_later_named(double delay, cas_callback_fn fn, void *ud, const char *name, cas_handle **handle);
int cas_call_at_named(double when, cas_callback_fn fn, void *ud, const char *name, cas_handle **handle);
#define cas_call_soon(fn, ud, handle) cas_call_soon_named((fn), (ud), #fn, (handle))
#define cas_call_later(delay, fn, ud, handle) cas_call_later_named((delay), (fn), (ud), #fn, (handle))
#define cas_call_at(when, fn, ud, handle) cas_call_at_named((when), (fn), (ud), #fn, (handle))

/* Handle.cancel(): the callback will not run (a no-op if it has run).
 * Handle.cancelled(): 1 once cancel was called, else 0.
 * TimerHandle.when(): the deadline on cas_time()'s clock (NaN for a
 * call_soon handle).  Safe anywhere, also after the run. */
void cas_handle_cancel(cas_handle *h);
int cas_handle_cancelled(const cas_handle *h);
double cas_handle_when(const cas_handle *h);
void cas_handle_release(cas_handle *h);

/*
 * asyncio.get_running_loop(): the running loop (borrowed; valid while the
 * run lasts, or keep it with cas_loop_retain), or NULL outside cas_run
 * (nothing pending).  Each run has its own loop: two runs never give the
 * same one.  loop.time() is cas_loop_time (cas_time's clock, readable
 * after the run too); loop.is_closed() is 1 once its run has ended;
 * loop.is_running() is 1 while it runs.
 */
typedef struct cas_loop cas_loop;
cas_loop *cas_get_running_loop(void);
cas_loop *cas_loop_retain(cas_loop *loop);
void cas_loop_release(cas_loop *loop);
double cas_loop_time(const cas_loop *loop);
int cas_loop_is_closed(const cas_loop *loop);
int cas_loop_is_running(const cas_loop *loop);
/* 1 while loop runs and callbacks wait in its ready queue (call_soon's, the
 * steps of tasks woken or made): what runs before the loop next waits. */
int cas_loop_has_ready(const cas_loop *loop);

/*
 * The context loop.call_exception_handler(context) passes: a message,
 * the exception if there is one (its type, message and object), and what
 * it concerns: a task (asyncio.run's shutdown), a future (an exception
 * never retrieved) or a callback's name.  Every pointer is borrowed for
 * the call; unset fields are NULL.
 */
typedef struct cas_error_context {
    const char *message;
    const char *exc_type;     /* NULL when the context has no exception */
    const char *exc_message;
    void *exc_object;         /* the program's object (cas_raise_object), or NULL */
    cas_future *future;       /* "future": a future or task whose exception nobody retrieved */
    cas_future *task;         /* "task": a task that failed during asyncio.run's shutdown */
    const char *callback;     /* "handle": the callback that raised */
} cas_error_context;

typedef void (*cas_exception_handler_fn)(const cas_error_context *ctx, void *ud);

/* loop.set_exception_handler(fn): the running loop's handler (NULL
 * restores the default).  The handler runs on the loop, with no current
 * task: it must not await; what it raises is dropped.  Each run begins
 * with the default.  0, or CAS_EMISUSE outside a run. */
int cas_set_exception_handler(cas_exception_handler_fn fn, void *ud);

/* loop.default_exception_handler(context): reports ctx as CPython logs
 * it, as an "error" event (code EEXCEPTION) whose message is the message,
 * a line naming what it concerns (`future: <Task finished name='Task-2'
 * exception=ValueError('x')>`, `task: ...`, `handle: <Handle cb()>`) and
 * the exception's line as a traceback ends (`ValueError: x`); with no
 * event handler that text goes to stderr.  No traceback: C has none. */
void cas_default_exception_handler(const cas_error_context *ctx);

/* loop.call_exception_handler(context): the running loop's handler, or
 * the default outside a run. */
void cas_call_exception_handler(const cas_error_context *ctx);

/* ------------------------------------------------------------------ */
/* Tasks and futures                                                    */
/* ------------------------------------------------------------------ */

/*
 * asyncio.create_task(body(arg)).  The body starts at the creator's next
 * suspension, never inside this call.  If arg_size > 0, the arg_size bytes
 * at arg are copied into the task and the body receives the copy: this is
 * how to pass a value that lives on the creator's stack.  With arg_size 0
 * the pointer is passed as it is and must stay valid (static or heap
 * memory: a task's stack is not addressable by other tasks).
 *
 * Inside a running loop only.  Returns a new reference (release it), or
 * NULL: outside a loop (CAS_EMISUSE), out of memory (also when arg_size is
 * more than any allocation can hold), or stopping.
 */
cas_task *cas_create_task(cas_body body, const void *arg, size_t arg_size);

/*
 * cas_create_task with the names people see.  name: the task's name
 * (create_task(..., name=name); copied), or NULL for "Task-N" (the N moves
 * for every task either way, as in CPython 3.11).  coro: what the task
 * runs, for people, for example "worker('A')" (borrowed for the call):
 * the task_created event carries it as its "coro" field, so a timeline
 * can name the lane "Task-2 worker('A')"; NULL leaves the field out.
 * Returns what cas_create_task returns (NULL also when the name cannot be
 * copied).
 */
cas_task *cas_create_task_named(cas_body body, const void *arg, size_t arg_size, const char *name,
                                const char *coro);

/*
 * Small coroutines in one call.  A value body takes its argument as a
 * value: cas_create_task_value(fn, arg) is create_task(fn(arg)) with arg
 * deeply copied into the task (strings, lists, tuples: several arguments
 * are a tuple, see cas_tuple_of), freed when the task goes; the body
 * reads it for as long as it runs.  cas_create_sleep(delay, result) is
 * create_task(asyncio.sleep(delay, result)) (result copied).  Both are
 * cas_create_task's otherwise: a new reference, NULL outside a loop or
 * on out of memory.
 */
typedef int (*cas_value_body)(cas_value arg, cas_value *result);
cas_task *cas_create_task_value(cas_value_body fn, cas_value arg);
cas_task *cas_create_sleep(double delay, cas_value result);

/* A tuple value of the values listed, for an argument of several:
 * cas_tuple_of(cas_int(1), cas_str("a")).  Its items live in the
 * enclosing block (a compound literal): pass it on at once. */
#define cas_tuple_of(...)                                                       \
    cas_tuple((const cas_value[]){__VA_ARGS__},                                \
              sizeof((const cas_value[]){__VA_ARGS__}) / sizeof(cas_value))

/* loop.create_future(): a new pending future (new reference), or NULL. */
cas_future *cas_future_new(void);

/* Reference counting.  cas_retain returns f. */
cas_future *cas_retain(cas_future *f);
void cas_release(cas_future *f);

/* Future.set_result / set_exception: complete f and schedule its done
 * callbacks.  CAS_EINVALIDSTATE if f is done, CAS_EMISUSE on a task
 * (a task completes by returning from its body). */
int cas_future_set_result(cas_future *f, cas_value result);
int cas_future_set_exception(cas_future *f, const char *type, const char *message);
/* set_exception with an object of the program's (see cas_raise_object):
 * takes ownership of obj even when it fails (then obj is released at once). */
int cas_future_set_exception_object(cas_future *f, void *obj, const char *type, const char *message,
                                    cas_release_fn release);

/* Task.cancel(): a request.  Returns 1 if the request was made (the task
 * sees CancelledError at its current or next await; a task awaiting
 * another task or future cancels that too, and where that comes back round
 * a ring of awaits, the task where it comes back is woken itself), 0 if f
 * is already done.  On a plain future, cancels it at once. */
int cas_cancel(cas_future *f);

/* Task.cancel(msg) and Future.cancel(msg): as cas_cancel, and the
 * CancelledError that the cancel raises carries msg (copied; NULL is
 * None): the task sees CancelledError('msg') at its await, and so does
 * the first awaiter of the task's outcome when the task lets it
 * propagate (later ones get a bare CancelledError(), as in CPython).
 * CAS_ENOMEM if msg cannot be copied (nothing is cancelled). */
int cas_cancel_msg(cas_future *f, const char *msg);

/* Task.cancelling(): the number of cancel requests not yet uncancelled
 * (0 for a plain future).  Task.uncancel(): takes one back and returns
 * what is left; the task's pending CancelledError is not taken back.
 * Timeouts and task groups use the two to tell their own cancel from
 * one that came from outside. */
int cas_task_cancelling(const cas_task *t);
int cas_task_uncancel(cas_task *t);

/* Task._must_cancel: 1 while a cancel request waits for the task's next
 * step (the task was running, or between steps, with no future to pass
 * the request to), else 0 (0 for a plain future). */
int cas_task_must_cancel(const cas_task *t);

/* A task cancelled before its first step never runs: its body, like a
 * coroutine CPython throws CancelledError into before it started, is
 * never entered.  A body that stands for an object which must see that
 * CancelledError (an interpreter's awaitable whose throw() runs code)
 * asks for it with cas_task_enter_cancelled(t) before t's first step (0;
 * CAS_EINVAL if t is no task, CAS_EMISUSE once it started): t's body is
 * then entered anyway, and cas_take_cancel() there returns 1.
 *
 * cas_take_cancel(), in a task's body: 1 if the step that entered or
 * resumed the task throws CancelledError into it (CAS_ECANCELLED's
 * exception is then pending: return it, or handle it), taking it, so
 * that the task's next await does not see it; 0 otherwise. */
int cas_task_enter_cancelled(cas_task *t);
int cas_take_cancel(void);

/* asyncio.all_tasks(): the number of tasks of the running loop not done
 * yet, and new references to the first cap of them in out (creation
 * order; release each).  0 outside a run.  out may be NULL to count. */
int cas_all_tasks(cas_task **out, size_t cap);

/* Future.cancelled() and Future.done(): 1 or 0. */
int cas_cancelled(const cas_future *f);
/* 1 when f was cancelled because the run ended with it still pending (once
 * the run's tasks are done, the futures left are cancelled, so that C code
 * waiting on one is released; CPython's loop.close() leaves them pending,
 * never calling their callbacks): this tells that cancel from any other. */
int cas_future_swept(const cas_future *f);
int cas_done(const cas_future *f);

/*
 * Future.result(): 0 with *out set (borrowed from f).  If f raised, its
 * exception (the same object) is raised into the caller: it is pending,
 * and the code is CAS_EEXCEPTION (CAS_ECANCELLED for a CancelledError),
 * so a body's `return cas_result(t, r);` is Python's `return t.result()`.
 * If f was cancelled, CancelledError (with the cancel's message) is
 * pending and the code is CAS_ECANCELLED.  CAS_EINVALIDSTATE if f is not
 * done (nothing pending: it is a misuse).  Marks the exception retrieved.
 */
int cas_result(cas_future *f, cas_value *out);

/*
 * Future.exception(): 0 with *type and *message set (borrowed from f; both
 * NULL when f completed normally): the exception is returned, not raised.
 * CAS_EINVALIDSTATE if not done (nothing pending); if f was cancelled,
 * CancelledError is raised into the caller (pending) and the code is
 * CAS_ECANCELLED.  Marks the exception retrieved.
 */
int cas_exception(cas_future *f, const char **type, const char **message);

/* The object of f's exception (borrowed from f), or NULL: f did not fail,
 * or its exception has no object.  Does not mark it retrieved. */
void *cas_future_exc_object(const cas_future *f);

typedef void (*cas_done_fn)(cas_future *f, void *ud);

/*
 * Future.add_done_callback(fn): fn(f, ud) runs once, through the loop and
 * never inline, one iteration after f completes, in the order callbacks
 * were added; if f is already done it runs at the next iteration.  name is
 * shown in events; the macro passes the function's own name; NULL makes
 * no event (a layer's own bookkeeping, which its program never wrote).
 * Returns 0, or CAS_ENOMEM (then fn is never called).
 *
 * A done callback runs on the loop with no current task (f is borrowed
 * for the call): it may call anything that does not await (results,
 * set_result, cancel, create_task, call_soon, the locks' and queues'
 * non-waiting operations, cas_print); an await there returns
 * CAS_EMISUSE.  It may raise (cas_raise, or result() of a failed
 * future): what is pending when it returns goes to the exception handler
 * as "Exception in callback NAME()", and the next callbacks still run.
 */
int cas_add_done_callback_named(cas_future *f, cas_done_fn fn, void *ud, const char *name);
#define cas_add_done_callback(f, fn, ud) cas_add_done_callback_named((f), (fn), (ud), #fn)

/* Future.remove_done_callback(fn): removes every pending registration of
 * (fn, ud) and returns how many it removed. */
int cas_remove_done_callback(cas_future *f, cas_done_fn fn, void *ud);

/* Task.get_name() (borrowed; "Task-N" by default, "Future-N" for a
 * future) and Task.set_name() (copied; 0 or CAS_ENOMEM). */
const char *cas_task_name(const cas_future *f);
int cas_task_set_name(cas_future *f, const char *name);

/* asyncio.current_task(): the running task (borrowed) or NULL. */
cas_task *cas_current_task(void);

/* ------------------------------------------------------------------ */
/* Awaiting (inside a task only)                                        */
/* ------------------------------------------------------------------ */

/*
 * `result = await f`.  Suspends the calling task until f is done.  The
 * awaiting task holds a reference to f while it waits; before and after,
 * f must be kept alive by whoever hands it over (a task another task
 * awaits is alive while it is pending, the loop holding it; a plain
 * future must stay referenced by the code that will complete it, until
 * it has called set_result or set_exception).
 * Returns 0 with *result set (borrowed from f; result may be NULL);
 * CAS_ECANCELLED if f was cancelled or the calling task was cancelled
 * while waiting; CAS_EEXCEPTION if f raised (the same exception is then
 * pending in the caller).  CAS_EMISUSE outside a task.  A task awaiting
 * itself gets CPython's RuntimeError ("Task cannot await on itself: ...")
 * at its next step, one iteration later: CAS_EEXCEPTION.
 */
int cas_await(cas_future *f, cas_value *result);

/* asyncio.sleep(seconds).  sleep(0) (or less) yields exactly one loop
 * iteration.  Returns 0, CAS_ECANCELLED, CAS_EINVAL (NaN), CAS_EMISUSE. */
int cas_sleep(double seconds);

/*
 * time.sleep(seconds): blocks the whole loop.  No other task or callback
 * runs until it returns, and the clock advances.  In a browser the page
 * stays responsive: the wait is a host timer, not a busy loop.  Callable
 * inside or outside a task.  Returns 0, or CAS_ECANCELLED if a stop
 * request cut it short.
 */
int cas_blocking_sleep(double seconds);

/* cas_blocking_sleep for a caller that must not suspend (in wasm, C code
 * that Asyncify does not instrument is on the stack): the host gets no
 * turn meanwhile.  Under the virtual clock the clock moves on at once
 * (unpaced); under the real clock it spins until the time has passed or
 * a stop is requested.  Returns as cas_blocking_sleep. */
int cas_blocking_sleep_inline(double seconds);

/* ------------------------------------------------------------------ */
/* Combinators                                                          */
/* ------------------------------------------------------------------ */

/*
 * asyncio.gather(*fs, return_exceptions=...).  Returns a new reference to
 * a future whose result is a CAS_LIST of the results in argument order.
 * Without return_exceptions the first exception (or cancellation) of a
 * child is raised to the awaiter at once and the other children go on;
 * with it, exceptions become CAS_EXC items (a cancelled child as
 * CancelledError('')).  As in CPython, the gather then holds that
 * CancelledError as its exception without being cancelled itself:
 * cas_cancelled() is 0 while cas_result() raises CancelledError.  Cancelling the returned
 * future cancels the children.  Gathering nothing gives a future that is
 * already done with [].  The array is copied.  Inside a loop only; NULL
 * on CAS_ENOMEM or misuse.
 */
cas_future *cas_gather(cas_future *const *fs, size_t n, int return_exceptions);

/* The child whose exception (or cancellation) ended gather f, the first
 * whose done callback ran (CPython's outer.set_exception), or NULL. */
cas_future *cas_gather_failed(cas_future *f);

/*
 * gather(body1(arg1), fn2(value2), ...) in one call: a task is made for
 * each call, in order (a value call when value_fn is set, else body with
 * arg and arg_size as cas_create_task takes them), and gathered; the
 * gather holds the tasks.  Returns the gather (a new reference), or NULL
 * (then no task was left running).  For example:
 *
 *     cas_call calls[] = {{.value_fn = square, .value = cas_int(3)},
 *                         {.value_fn = square, .value = cas_int(4)}};
 *     cas_future *g = cas_gather_calls(calls, 2, 0);
 *     rc = cas_await(g, &list);   // [9, 16]
 */
typedef struct cas_call {
    cas_body body;          /* with arg and arg_size, as cas_create_task */
    const void *arg;
    size_t arg_size;
    cas_value_body value_fn; /* or, if set, a value body with value */
    cas_value value;
} cas_call;
cas_future *cas_gather_calls(const cas_call *calls, size_t n, int return_exceptions);

/*
 * asyncio.shield(f): a new reference to a future that completes as f does,
 * but cancelling it (or a task awaiting it) leaves f running.  If f is
 * already done, f itself (a new reference).  f keeps running on its own:
 * a plain future must stay referenced by whoever completes it.  Inside a
 * loop only; NULL on misuse or CAS_ENOMEM.
 */
cas_future *cas_shield(cas_future *f);

typedef struct cas_as_completed_iter cas_as_completed_iter;

/*
 * asyncio.as_completed(fs, timeout=...).  timeout < 0 means none.
 * Returns an iterator (free it with cas_as_completed_free), or NULL.  The
 * array is copied.  Like CPython the futures are a set: a future given
 * twice is waited for once.
 */
cas_as_completed_iter *cas_as_completed(cas_future *const *fs, size_t n, double timeout);

/*
 * `result = await next(it)`, inside a task: waits for the next future to
 * complete and returns its outcome as cas_await does; CAS_ETIMEOUT (with
 * TimeoutError pending) once the timeout has expired; CAS_EDONE when every
 * future has been returned.
 */
int cas_as_completed_next(cas_as_completed_iter *it, cas_value *result);

/* The future whose outcome the last cas_as_completed_next returned, or NULL
 * (the timeout, the end, or its task cancelled while it waited). */
cas_future *cas_as_completed_last(const cas_as_completed_iter *it);
void cas_as_completed_free(cas_as_completed_iter *it);

/* ------------------------------------------------------------------ */
/* Waiting with a limit (asyncio.wait, wait_for, timeout, TaskGroup)     */
/* ------------------------------------------------------------------ */

/*
 * Timeouts here are seconds on cas_time()'s clock; CAS_NO_TIMEOUT
 * (infinity) is Python's None.  A timeout of 0 or less expires at once
 * (wait_for), or at the next iteration (wait), as in CPython.  (Note that
 * cas_as_completed, older, takes a negative timeout as None.)  All of
 * these are awaits: inside a task only (CAS_EMISUSE elsewhere, nothing
 * pending).  Each returns 0 or the code of what it raises, pending as
 * always: CAS_ECANCELLED, CAS_EEXCEPTION, CAS_ETIMEOUT (TimeoutError).
 */
#define CAS_NO_TIMEOUT (1.0 / 0.0)

enum { CAS_ALL_COMPLETED = 0, CAS_FIRST_COMPLETED = 1, CAS_FIRST_EXCEPTION = 2 };

/*
 * `done, pending = await asyncio.wait(fs, timeout=..., return_when=...)`.
 * fs is a set: a future given twice counts once.  Fills done and pending
 * (each may be NULL, else room for n) with borrowed pointers, in the
 * order given, and their counts.  Nothing is cancelled at the timeout.
 * An empty fs or a return_when outside the three raises ValueError
 * (CAS_EEXCEPTION), as CPython does.
 */
int cas_wait(cas_future *const *fs, size_t n, double timeout, int return_when, cas_future **done, size_t *ndone,
             cas_future **pending, size_t *npending);

/*
 * `result = await asyncio.wait_for(f, timeout)` with 3.11's semantics: at
 * the timeout f is cancelled and waited for, then TimeoutError is raised
 * (CAS_ETIMEOUT) unless f completed anyway (its result or exception
 * wins).  If the caller is cancelled while waiting, f is cancelled and
 * waited for too, then CancelledError propagates; if f completed
 * meanwhile, its result is returned and the cancel is swallowed (3.11's
 * known race).  *result is borrowed from f.
 */
int cas_wait_for(cas_future *f, double timeout, cas_value *result);

/*
 * `async with asyncio.timeout(delay) as t:` (cas_timeout_enter) and
 * `timeout_at(when)` (cas_timeout_at_enter), 3.11:
 *
 *     cas_timeout *t = cas_timeout_enter(1.0); // __aenter__ (NULL: out of memory)
 *     int rc = the_block();                   // awaits inside are cut short
 *     rc = cas_timeout_exit(t, rc);           // __aexit__: always, once; frees t
 *
 * When the deadline passes, the task is cancelled; cas_timeout_exit, given
 * the block's code, turns that CancelledError into TimeoutError
 * (CAS_ETIMEOUT) if no other cancel is outstanding (Task.uncancel), and
 * returns any other code unchanged.  reschedule() moves the deadline
 * (CAS_NO_TIMEOUT: none), when() and expired() are the Timeout's.
 * Inside a task only (NULL elsewhere).
 */
typedef struct cas_timeout cas_timeout;
cas_timeout *cas_timeout_enter(double delay);
cas_timeout *cas_timeout_at_enter(double when);
int cas_timeout_exit(cas_timeout *t, int rc);
int cas_timeout_reschedule(cas_timeout *t, double when); /* RuntimeError once expiring or expired */
double cas_timeout_when(const cas_timeout *t);
int cas_timeout_expired(const cas_timeout *t);

/*
 * `async with asyncio.TaskGroup() as tg:`, 3.11:
 *
 *     cas_task_group *tg = cas_task_group_enter();   // NULL: outside a task, or out of memory
 *     cas_release(cas_task_group_create_task(tg, body, &arg, sizeof arg));
 *     int rc = ...;                                   // the block
 *     rc = cas_task_group_exit(tg, rc);               // waits for every task; frees tg
 *
 * The first task that fails cancels the others and the block (its task),
 * exit waits for all of them, and raises their exceptions together as one
 * ExceptionGroup (CAS_EEXCEPTION; see cas_exc_group_size), the block's own
 * exception among them; a cancel from outside propagates as
 * CancelledError when nothing failed.  create_task is cas_create_task's
 * (a new reference) once entered; after a failure it raises RuntimeError
 * "TaskGroup is shutting down" (NULL, pending).
 */
typedef struct cas_task_group cas_task_group;
cas_task_group *cas_task_group_enter(void);
cas_task *cas_task_group_create_task(cas_task_group *g, cas_body body, const void *arg, size_t arg_size);
int cas_task_group_exit(cas_task_group *g, int rc);

/* ------------------------------------------------------------------ */
/* Synchronisation (asyncio.locks)                                      */
/* ------------------------------------------------------------------ */

/*
 * Event, Lock, Semaphore, BoundedSemaphore, Condition and Barrier, with
 * CPython 3.11's semantics: waiters are served first come, first served,
 * and a waiter cancelled while it waits leaves the object as CPython
 * leaves it (a Lock waiter cancelled after being woken passes the wake-up
 * on to the next waiter; a Semaphore's slot is never lost).
 *
 * Ownership: cas_X_new returns an object the program owns; free it with
 * cas_X_free once no task waits on it (CAS_EMISUSE, and nothing is freed,
 * if one still does during a run).  An object may be made before a run
 * and used by one run after another.  NULL on out of memory.
 *
 * Where: the functions that may wait (acquire, wait, wait_for, and the
 * Barrier's reset and abort) are awaits, inside a task only (CAS_EMISUSE
 * elsewhere); the others may be called anywhere, also from a done
 * callback.  A waiting function returns 0, CAS_ECANCELLED (the task was
 * cancelled while it waited: CancelledError is pending), or CAS_ENOMEM.
 * A Python exception (RuntimeError, ValueError, BrokenBarrierError) comes
 * back as CAS_EEXCEPTION with the exception pending, its message
 * CPython's.  `async with lock:` is acquire, then release on every path.
 *
 * Events (class CAS_EV_SYNC, docs/events.md): "sync" when an operation
 * takes effect, "sync_blocked" and "sync_unblocked" around a wait, inside
 * a run only.  Objects are named by kind and number, for example "Lock-1".
 * (cas_event is asyncio.Event; the JSON events of the event stream are
 * another thing, see "Events" below.)
 */
typedef struct cas_event cas_event;
typedef struct cas_lock cas_lock;
typedef struct cas_semaphore cas_semaphore;
typedef struct cas_condition cas_condition;
typedef struct cas_barrier cas_barrier;

/* asyncio.Event(): a flag, initially false.  set() wakes every waiter;
 * wait() returns at once while the flag is set. */
cas_event *cas_event_new(void);
int cas_event_free(cas_event *e);
void cas_event_set(cas_event *e);
void cas_event_clear(cas_event *e);
int cas_event_is_set(const cas_event *e);   /* 1 or 0 */
int cas_event_wait(cas_event *e);           /* await: 0 once the flag is set */

/* asyncio.Lock(), not owned by a task.  release() on an unlocked lock
 * raises RuntimeError("Lock is not acquired.") (CAS_EEXCEPTION). */
cas_lock *cas_lock_new(void);
int cas_lock_free(cas_lock *l);
int cas_lock_acquire(cas_lock *l);          /* await */
int cas_lock_release(cas_lock *l);
int cas_lock_locked(const cas_lock *l);     /* 1 or 0 */

/* asyncio.Semaphore(value) and asyncio.BoundedSemaphore(value): NULL if
 * value < 0 (Python's ValueError).  locked() is 1 when acquire() would
 * wait.  A BoundedSemaphore's release() above its initial value raises
 * ValueError("BoundedSemaphore released too many times"). */
cas_semaphore *cas_semaphore_new(int64_t value);
cas_semaphore *cas_bounded_semaphore_new(int64_t value);
int cas_semaphore_free(cas_semaphore *s);
int cas_semaphore_acquire(cas_semaphore *s); /* await */
int cas_semaphore_release(cas_semaphore *s);
int cas_semaphore_locked(const cas_semaphore *s);

/*
 * asyncio.Condition(lock): lock is borrowed and must outlive the
 * condition; NULL makes the condition its own lock.  acquire, release and
 * locked are the lock's.  wait() needs the lock held (else RuntimeError
 * "cannot wait on un-acquired lock"): it releases it, waits for a notify,
 * and takes it again before it returns, even when cancelled.
 * wait_for(predicate, ud) waits until predicate(ud) returns non-zero,
 * calling it first at once and then after each wake-up with the lock
 * held; it returns 0, a wait's code, or a negative code the predicate
 * returned (to raise: set the exception with cas_raise first).
 * notify(n) wakes at most n waiters (RuntimeError "cannot notify on
 * un-acquired lock" without the lock); notify_all wakes them all.
 */
typedef int (*cas_predicate)(void *ud);
cas_condition *cas_condition_new(cas_lock *lock);
int cas_condition_free(cas_condition *c);
int cas_condition_acquire(cas_condition *c); /* await */
int cas_condition_release(cas_condition *c);
int cas_condition_locked(const cas_condition *c);
int cas_condition_wait(cas_condition *c);    /* await */
int cas_condition_wait_for(cas_condition *c, cas_predicate predicate, void *ud); /* await */
int cas_condition_notify(cas_condition *c, int64_t n);
int cas_condition_notify_all(cas_condition *c);

/*
 * asyncio.Barrier(parties): NULL if parties < 1.  wait() returns the
 * caller's index, 0 to parties-1, once parties tasks wait (all are let go
 * together), or raises BrokenBarrierError (CAS_EEXCEPTION) if the barrier
 * is or becomes broken (abort) or is reset while it waits.  reset() and
 * abort() are awaits, as in Python.
 */
cas_barrier *cas_barrier_new(int parties);
int cas_barrier_free(cas_barrier *b);
int cas_barrier_wait(cas_barrier *b);        /* await: the index, or a negative code */
int cas_barrier_reset(cas_barrier *b);       /* await */
int cas_barrier_abort(cas_barrier *b);       /* await */
int cas_barrier_parties(const cas_barrier *b);
int cas_barrier_n_waiting(const cas_barrier *b);
int cas_barrier_broken(const cas_barrier *b); /* 1 or 0 */

/* ------------------------------------------------------------------ */
/* Queues (asyncio.queues)                                              */
/* ------------------------------------------------------------------ */

/*
 * asyncio.Queue(maxsize), LifoQueue and PriorityQueue of cas_value items;
 * maxsize <= 0 means no limit.  One type for the three; the program owns
 * it (free with cas_queue_free, as the locks above).
 *
 * Items: put copies the item (text and lists deeply; a CAS_PTR is kept as
 * it is, never followed), and get hands the copy to the caller, who owns
 * it: free it with cas_value_free.  A getter cancelled while it waits
 * never loses an item: the item stays in the queue for the next getter.
 *
 * A PriorityQueue gives the smallest item first, in CPython's heapq order
 * (equal items come out as they do in CPython), by cas_value_lt below.
 * Items that cannot be compared raise TypeError where CPython's heapq
 * does, and leave the queue as it does: a put's item stays in the queue
 * uncounted, a get's item is lost.
 *
 * put (waiting while the queue is full), get (while it is empty) and join
 * (until task_done was called for every item put) are awaits, inside a
 * task only; put_nowait raises QueueFull and get_nowait QueueEmpty
 * (CAS_EEXCEPTION); task_done raises ValueError("task_done() called too
 * many times").
 */
typedef struct cas_queue cas_queue;
cas_queue *cas_queue_new(int64_t maxsize);
cas_queue *cas_lifo_queue_new(int64_t maxsize);
cas_queue *cas_priority_queue_new(int64_t maxsize);
int cas_queue_free(cas_queue *q);
int cas_queue_put(cas_queue *q, cas_value item);        /* await */
int cas_queue_put_nowait(cas_queue *q, cas_value item);
int cas_queue_get(cas_queue *q, cas_value *item);       /* await; *item is yours */
int cas_queue_get_nowait(cas_queue *q, cas_value *item);
int cas_queue_task_done(cas_queue *q);
int cas_queue_join(cas_queue *q);                       /* await */
int64_t cas_queue_qsize(const cas_queue *q);
int64_t cas_queue_maxsize(const cas_queue *q);
int cas_queue_empty(const cas_queue *q);                /* 1 or 0 */
int cas_queue_full(const cas_queue *q);                 /* 1 or 0 */

/*
 * Python's a < b for values, the order of a PriorityQueue: numbers (bool,
 * int, big int, float) by value, exactly; strings by code point; lists
 * lexicographically (the first items that differ decide, else the
 * shorter list is smaller; items are equal as Python's == says, except
 * that NaN and exception values are never equal, having no identity
 * here).  Returns 1 or 0, or CAS_EEXCEPTION with TypeError pending
 * ("'<' not supported between instances of 'str' and 'int'") for kinds
 * that do not compare: None, exceptions and pointers with anything, and
 * strings or lists with anything else.  Callable anywhere.
 */
int cas_value_lt(cas_value a, cas_value b);

/* Frees a value the runtime gave the program to own (cas_queue_get's
 * item) and sets it to None; a no-op for kinds that hold no memory.
 * Never call it on a borrowed value (cas_await's, cas_result's). */
void cas_value_free(cas_value *v);

/* ------------------------------------------------------------------ */
/* Exceptions                                                           */
/* ------------------------------------------------------------------ */

/* Raises an exception into the calling context (the running task, or the
 * program outside any task): it becomes the pending exception.  Returns
 * CAS_EEXCEPTION (CAS_ECANCELLED if type is "CancelledError"), so a body
 * can `return cas_raise("ValueError", "bad %d", n);`. */
int cas_raise(const char *type, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;

/*
 * Exceptions as objects of the program's (an interpreter's exception
 * objects, with their arguments, cause and traceback).  release(obj) is
 * called once, when the runtime drops its last reference to the
 * exception: after every future holding it, every awaiter it was raised
 * into and the handler have let it go.  It runs wherever that happens
 * (inside a task, a callback, cas_exc_clear): it must free and return,
 * never call back into the runtime (in wasm it must not suspend).  The runtime never looks inside
 * obj; type and message (copied) are what events, reprs and the default
 * exception handler show.  An interpreter that keeps its own count does
 * its incref before handing obj over and its decref in release.
 */
/* Raises obj as the pending exception of the calling context, as
 * cas_raise does, and takes ownership of it (release may be NULL).
 * Returns CAS_EEXCEPTION (CAS_ECANCELLED if type is "CancelledError"),
 * or CAS_ENOMEM after releasing obj at once. */
int cas_raise_object(void *obj, const char *type, const char *message, cas_release_fn release);

/* The pending exception's type and message (borrowed, valid until it is
 * cleared or replaced), or NULL when there is none.  A bare CancelledError
 * (cancel() with no message) has the message "". */
const char *cas_exc_type(void);
const char *cas_exc_message(void);
/* The pending exception's object (borrowed), or NULL when there is none
 * or it was raised without one (cas_raise, or by the runtime). */
void *cas_exc_object(void);

/* The pending exception as a value (borrowed like the exception: valid
 * until it is cleared or replaced), None when there is none: cas_repr
 * prints it as Python's repr, for example ValueError('x') or
 * ExceptionGroup('unhandled errors in a TaskGroup', [ValueError('x')]). */
cas_value cas_exc_pending_value(void);

/* An exception group pending (a TaskGroup's: type "ExceptionGroup", its
 * message str()'s "unhandled errors in a TaskGroup (1 sub-exception)"):
 * how many exceptions it holds (0 when the pending exception is not a
 * group), and the i-th as a value (borrowed like the group; its object
 * with cas_value_exc_object), None past the end. */
int cas_exc_group_size(void);
cas_value cas_exc_group_item(size_t i);

/* `except: pass`: clears the pending exception. */
void cas_exc_clear(void);

/* ------------------------------------------------------------------ */
/* Output, clock, randomness                                            */
/* ------------------------------------------------------------------ */

/* print(...): formats like printf, adds the newline, and emits a "print"
 * event with the running task's name.  0, CAS_ENOMEM or CAS_EINVAL. */
int cas_print(const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 1, 2)))
#endif
    ;

enum { CAS_CLOCK_REAL = 0, CAS_CLOCK_VIRTUAL = 1 };

/* Chooses the clock for the next run: the real monotonic clock, or a
 * virtual clock that jumps straight past the next deadline whenever every
 * task waits on a timer.  0, CAS_EINVAL, or CAS_ERUNNING inside a run. */
int cas_set_clock(int clock);

/* random.seed(n) and random.randint(a, b): the same Mersenne Twister and
 * the same algorithm as CPython, so a seed gives Python's numbers.
 * Unseeded, the generator is seeded from the clock. */
void cas_seed(uint64_t n);
int64_t cas_randint(int64_t a, int64_t b);

/* ------------------------------------------------------------------ */
/* Events                                                               */
/* ------------------------------------------------------------------ */

/* Event classes, for the mask of cas_set_event_handler. */
enum {
    CAS_EV_PRINT = 1 << 0,    /* print */
    CAS_EV_TASK = 1 << 1,     /* task_created, task_started, task_suspended, task_resumed, task_done, task_cancelled, task_failed */
    CAS_EV_TIMER = 1 << 2,    /* timer_set, timer_fired, timer_cancelled */
    CAS_EV_CALLBACK = 1 << 3, /* callback */
    CAS_EV_CANCEL = 1 << 4,   /* cancel_requested, stop_requested */
    CAS_EV_LOOP = 1 << 5,     /* run_started, run_finished, loop_blocked, loop_unblocked */
    CAS_EV_ERROR = 1 << 6,    /* error */
    CAS_EV_END = 1 << 7,      /* end */
    CAS_EV_SYNC = 1 << 8,     /* sync, sync_blocked, sync_unblocked (locks and queues) */
    CAS_EV_LINE = 1 << 9,     /* line (only from cas_event_line) */
    CAS_EV_ALL = 0x3ff
};

/*
 * Receives each event as it happens: one JSON object (schema in
 * docs/events.md), borrowed for the call.  The handler must not call back
 * into the runtime except cas_request_stop.  mask selects the classes;
 * events outside it are not built at all, and seq counts only the events
 * delivered.  With no handler (the default), print text goes to stdout
 * and errors to stderr, so a program prints what its Python twin prints.
 */
typedef void (*cas_event_fn)(const char *json, size_t len, void *ud);
void cas_set_event_handler(cas_event_fn fn, void *ud, unsigned mask);

/*
 * A "line" event (class CAS_EV_LINE): line (from 1) of the program's own
 * source is about to run, in the running task (the event's "task", null
 * outside any).  For a page that steps through a program with its line
 * marked: an interpreter on casyncio calls this when asked to (the Python
 * interpreter's lines option, docs/events.md); the runtime itself never
 * does.  0, CAS_EINVAL (line < 1), or CAS_ENOMEM (the event was lost).
 */
int cas_event_line(int line);

/* ------------------------------------------------------------------ */
/* Debugging                                                            */
/* ------------------------------------------------------------------ */

/* Order-assumption flushing, as Trio does: with a non-zero seed, timers
 * that fall due at the same instant become ready in a random (seeded)
 * order instead of the order they were set.  CPython does not promise an
 * order among them, so a program whose output changes under this mode
 * depends on an accident.  0 turns it off (the default). */
void cas_debug_shuffle(uint64_t seed);

/* ------------------------------------------------------------------ */
/* Memory and accounting                                                */
/* ------------------------------------------------------------------ */

/* Replaces the allocator for the runtime and its JSON (before any run).
 * NULL restores malloc, realloc and free.  An allocation that fails is a
 * clean CAS_ENOMEM or an "error" event, never a crash. */
void cas_set_allocator(void *(*malloc_fn)(size_t),
                       void *(*realloc_fn)(void *, size_t),
                       void (*free_fn)(void *));

typedef struct cas_stats {
    size_t tasks;       /* tasks alive (referenced by anyone) */
    size_t futures;     /* other futures alive */
    size_t timers;      /* timers pending */
    size_t allocations; /* runtime allocations not yet freed (natively, each
                           pooled stack keeps one: its record) */
    size_t stack_bytes; /* bytes held by task stacks, saved or pooled */
} cas_stats;

/* Fills *out with what is alive now.  After a finished program no task,
 * future or timer is alive; the stacks pooled for the next run stay until
 * cas_trim() releases them (stack_bytes, and natively one allocation per
 * pooled stack), after which every field is zero. */
void cas_get_stats(cas_stats *out);

/* Releases pooled stacks and caches.  Outside a run only. */
void cas_trim(void);

#ifdef __cplusplus
}
#endif
#endif /* CASYNCIO_H */
