/*
 * casyncio.h -- asyncio's event loop, tasks and futures, in C.
 *
 * This is the only header a program needs.  It reads like the asyncio
 * documentation: a loop (cas_run), tasks and futures, the combinators
 * (gather, as_completed), the task queries, the locks and queues, and the
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
 * count on success and a negative CAS_E* code on failure.  Codes are API
 * errors (bad argument, out of memory, wrong place) except CAS_ECANCELLED
 * and CAS_EEXCEPTION, which say that an exception was raised into the
 * calling task.  The exception itself is then "pending" and can be read
 * with cas_exc_type() and cas_exc_message(), caught with cas_exc_clear(),
 * or propagated by returning the code from the task body.
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
    X(EDEADLOCK, -11, "every task waits and nothing is left that could wake one")

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
    CAS_PTR       /* as.p: an opaque pointer of the program's */
} cas_kind;

typedef struct cas_value {
    cas_kind kind;
    union {
        int b;
        int64_t i;
        double f;
        const char *s;
        struct { const struct cas_value *items; size_t n; } list;
        struct { const char *type; const char *message; } exc;
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
 * code to raise: CAS_ECANCELLED or CAS_EEXCEPTION propagate the pending
 * exception (the one an await just raised, or one set with cas_raise);
 * CancelledError makes the task cancelled, anything else makes it fail.
 * Other codes raise an exception made from the code (CAS_ENOMEM raises
 * MemoryError, the rest RuntimeError). */
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

/*
 * Runs a whole program: program(arg) is an ordinary function (not a task)
 * that may print, block and call cas_run as Python's main() calls
 * asyncio.run.  Opens the event stream and closes it with exactly one "end"
 * event carrying the program's result or error.  Returns program's code.
 */
int cas_main(cas_body program, void *arg);

/* loop.time(): the loop's clock in seconds (real or virtual). */
double cas_time(void);

/* Asks the running program to stop, as Ctrl-C or a Stop button does:
 * every task receives CancelledError at its current or next await, a
 * blocking sleep returns at once, and after a grace period of
 * grace_seconds the loop drops the tasks that are still pending (a task
 * that is running then, blocking or busy, is dropped once it suspends; it
 * is never freed while it runs).  A request made while stopping can
 * shorten the grace, never lengthen it.  Safe to call from an event
 * handler, a signal handler or a host callback; a no-op when nothing runs. */
void cas_request_stop(double grace_seconds);

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

/* Task.cancel(): a request.  Returns 1 if the request was made (the task
 * sees CancelledError at its current or next await; a task awaiting
 * another task or future cancels that too, and where that comes back round
 * a ring of awaits, the task where it comes back is woken itself), 0 if f
 * is already done.  On a plain future, cancels it at once. */
int cas_cancel(cas_future *f);

/* Future.cancelled() and Future.done(): 1 or 0. */
int cas_cancelled(const cas_future *f);
int cas_done(const cas_future *f);

/*
 * Future.result(): 0 with *out set (borrowed from f); CAS_EINVALIDSTATE if
 * f is not done; CAS_ECANCELLED if it was cancelled; CAS_EEXCEPTION if it
 * raised (read it with cas_exception).  Marks the exception retrieved.
 */
int cas_result(cas_future *f, cas_value *out);

/*
 * Future.exception(): 0 with *type and *message set (borrowed from f; both
 * NULL when f completed normally); CAS_EINVALIDSTATE if not done;
 * CAS_ECANCELLED if cancelled.  Marks the exception retrieved.
 */
int cas_exception(cas_future *f, const char **type, const char **message);

typedef void (*cas_done_fn)(cas_future *f, void *ud);

/*
 * Future.add_done_callback(fn): fn(f, ud) runs once, through the loop and
 * never inline, one iteration after f completes, in the order callbacks
 * were added; if f is already done it runs at the next iteration.  name is
 * shown in events; the macro passes the function's own name.  Returns 0,
 * or CAS_ENOMEM (then fn is never called).
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
 * `result = await f`.  Suspends the calling task until f is done.
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

/* ------------------------------------------------------------------ */
/* Combinators                                                          */
/* ------------------------------------------------------------------ */

/*
 * asyncio.gather(*fs, return_exceptions=...).  Returns a new reference to
 * a future whose result is a CAS_LIST of the results in argument order.
 * Without return_exceptions the first exception (or cancellation) of a
 * child is raised to the awaiter at once and the other children go on;
 * with it, exceptions become CAS_EXC items.  Cancelling the returned
 * future cancels the children.  Gathering nothing gives a future that is
 * already done with [].  The array is copied.  Inside a loop only; NULL
 * on CAS_ENOMEM or misuse.
 */
cas_future *cas_gather(cas_future *const *fs, size_t n, int return_exceptions);

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
void cas_as_completed_free(cas_as_completed_iter *it);

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

/* The pending exception's type and message (borrowed, valid until it is
 * cleared or replaced), or NULL when there is none. */
const char *cas_exc_type(void);
const char *cas_exc_message(void);

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
 * virtual clock that jumps straight to the next deadline whenever every
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
    CAS_EV_ALL = 0x1ff
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
