/*
 * internal.h -- the runtime's shared insides: object layouts, the loop
 * state and the cross-file cas__ functions.
 *
 * Who does what:
 *   loop.c      the loop: the ready queue, the timer heap, run-ready (the one
 *               place that runs callbacks and task steps, on the loop's fiber
 *               or on the stack of a task that just suspended), cas_run,
 *               cas_main, stop, sleep and blocking sleep;
 *   future.c    futures and tasks: states, done callbacks, cancel, await;
 *   gather.c    gather, as_completed and shield, built on done callbacks;
 *   callbacks.c call_soon/call_later/call_at handles, the running loop as a
 *               value, the exception handler and its default report;
 *   wait.c      wait, wait_for, timeout, TaskGroup, and tasks made in one
 *               call (value bodies, sleep with a result, gather of calls);
 *   sync.c      asyncio.locks, and queue.c asyncio.queues, on plain
 *               futures (their shared parts in sync.h);
 *   events.c    the event stream (cJSON), default output;
 *   value.c     value copies, repr and JSON;
 *   errors.c    the error table and the pending exception;
 *   alloc.c     the one allocator, counted;
 *   random.c    CPython's Mersenne Twister and randint;
 *   platform.h  the tiny interface to fibers, clock and host, one backend
 *               file per platform under runtime/platform/.
 */
#ifndef CAS_INTERNAL_H
#define CAS_INTERNAL_H

#include "casyncio.h"
#include "platform.h"

#include <stdarg.h>
#include <stdint.h>

/* ------------------------------------------------------------------ */
/* Intrusive circular doubly-linked queue (after libuv's queue.h).      */
/* ------------------------------------------------------------------ */

typedef struct cas__queue {
    struct cas__queue *next;
    struct cas__queue *prev;
} cas__queue;

#define cas__container_of(ptr, type, field) ((type *)((char *)(ptr) - offsetof(type, field)))

static inline void cas__queue_init(cas__queue *q) { q->next = q->prev = q; }
static inline int cas__queue_empty(const cas__queue *q) { return q->next == q; }
static inline int cas__queue_linked(const cas__queue *n) { return n->next != NULL && n->next != n; }
static inline void cas__queue_insert_tail(cas__queue *h, cas__queue *n) {
    n->next = h;
    n->prev = h->prev;
    n->prev->next = n;
    h->prev = n;
}
static inline void cas__queue_remove(cas__queue *n) {
    n->prev->next = n->next;
    n->next->prev = n->prev;
    n->next = n->prev = n; /* unlinked nodes point at themselves */
}

/* ------------------------------------------------------------------ */
/* Allocation (alloc.c)                                                 */
/* ------------------------------------------------------------------ */

void *cas__malloc(size_t n);
void *cas__calloc(size_t n, size_t size);
void *cas__realloc(void *p, size_t n);
void cas__free(void *p);
char *cas__strdup(const char *s);
char *cas__vformat(const char *fmt, va_list ap); /* new string or NULL */
char *cas__format(const char *fmt, ...);
extern size_t cas__live_allocations;

/* ------------------------------------------------------------------ */
/* Handles: what the ready queue holds.                                 */
/* ------------------------------------------------------------------ */

/* Anything the loop can run: a task step, a done callback, a fired
 * timer.  Handles live inside their owners, so scheduling never allocates
 * and cannot fail. */
typedef struct cas__handle {
    cas__queue node;                      /* in loop.ready, or unlinked */
    void (*run)(struct cas__handle *h);   /* called by run-once only */
} cas__handle;

/* A done callback registration.  It sits in its future's callback list
 * until the future completes, then in the ready queue until it runs. */
typedef struct cas__callback {
    cas__handle h;
    cas_future *future; /* whose callback; a reference while scheduled */
    cas_done_fn fn;
    void *ud;
    const char *name;   /* static name shown in events */
    uint8_t embedded;   /* a task's own wakeup: lives in the task, never freed */
    uint8_t scheduled;  /* in the ready queue (else in the future's list, or nowhere) */
} cas__callback;

/* A timer, in the heap ordered by (when, seq). */
typedef struct cas__timer {
    struct cas__timer *left, *right, *parent; /* heap links */
    double when;        /* deadline on the loop clock, seconds */
    uint64_t seq;       /* insertion number: equal deadlines keep their order */
    cas__handle h;      /* run when it fires */
    uint32_t id;        /* shown in events */
    uint8_t armed;      /* in the heap */
    double delay;       /* as asked, seconds */
    cas__queue mates;   /* ring of the armed timers of its batch (see loop.c) */
} cas__timer;

/* ------------------------------------------------------------------ */
/* Futures and tasks (future.c)                                         */
/* ------------------------------------------------------------------ */

/* An exception: immutable once made and shared by reference count, so
 * the one object a body raised is the one its awaiters, result() and the
 * exception handler see (an interpreter keeps identity, cause and
 * traceback in obj). */
typedef struct cas__exc {
    uint32_t refs;
    char *type;
    char *message;
    void *obj;                     /* the program's object, or NULL */
    cas_release_fn release;        /* called on obj when the last reference goes */
    uint8_t empty_arg;             /* made with the argument '': repr shows Type('') */
    struct cas__exc **subs;        /* an exception group's exceptions (references), or NULL */
    size_t nsubs;
    char *group_msg;               /* an exception group's own message (message is its str()) */
} cas__exc;

enum { CAS__PENDING = 0, CAS__FINISHED, CAS__CANCELLED };
enum { CAS__KIND_FUTURE = 0, CAS__KIND_TASK, CAS__KIND_GATHER };

struct cas_future {
    uint32_t refs;          /* references held by the program and the runtime */
    uint8_t state;          /* CAS__PENDING, CAS__FINISHED, CAS__CANCELLED */
    uint8_t kind;           /* CAS__KIND_* */
    uint8_t exc_retrieved;  /* result() or exception() saw the exception */
    uint8_t reported;       /* unretrieved exception already reported */
    uint8_t mark;           /* scratch flag for gather's de-duplication */
    uint8_t swept;          /* cancelled as its run ended with it pending (cas_future_swept) */
    uint32_t id;            /* Task-N / Future-N number */
    char *name;             /* set_name's copy, or NULL for the default */
    cas_value result;       /* deep copy owned here (CAS__FINISHED, no exc) */
    cas__exc *exc;          /* exception when failed, owned */
    char *cancel_msg;       /* _cancel_message: cancel(msg)'s copy, or NULL (None) */
    cas__exc *cancelled_exc; /* a cancelled task's own CancelledError, for the first
                               to ask (_cancelled_exc), or NULL */
    cas__queue callbacks;   /* cas__callback.h.node, in the order added */
    cas__queue all;         /* pending: in loop.tasks or loop.futures; failed and
                               not retrieved: in loop.failed; else unlinked */
};

/* What a suspended task waits for, for events and cancel. */
enum { CAS__SLEEP_NONE = 0, CAS__SLEEP_ARMED, CAS__SLEEP_FIRED, CAS__SLEEP_CANCELLED };
enum { CAS__WAIT_NONE = 0, CAS__WAIT_FUTURE, CAS__WAIT_SLEEP, CAS__WAIT_YIELD, CAS__WAIT_BLOCK };

typedef struct cas__task {
    cas_future base;
    cas_body body;
    void *arg;               /* the body's argument (points into argbuf when copied) */
    cas__fiber *fiber;       /* the task's stack, NULL before start and after finish */
    cas__handle step;        /* scheduled step (call_soon(__step)) */
    cas__callback wakeup;    /* registered on fut_waiter while awaiting */
    cas__timer timer;        /* asyncio.sleep's call_later; idle during a blocking
                                sleep (CAS__WAIT_BLOCK), when timer.when holds its
                                deadline: see cas__block_until */
    cas_future *fut_waiter;  /* what it awaits (a reference), or NULL */
    cas__exc *pending;       /* the exception raised into it, being handled */
    cas_value ret;           /* what the body wrote to *result */
    int rc;                  /* what the body returned */
    uint32_t num_cancels;    /* cancel() requests */
    uint8_t must_cancel;     /* throw CancelledError at the next step */
    uint8_t cancelling;      /* cas_cancel is passing the request to what it awaits */
    uint8_t throw_cancel;    /* the step that resumes it raises CancelledError */
    uint8_t wait;            /* CAS__WAIT_* while suspended */
    uint8_t started;         /* the body has begun */
    uint8_t finished;        /* the body has returned (fiber may go) */
    uint8_t sleep;           /* CAS__SLEEP_*: the state of asyncio.sleep's future */
    uint8_t is_main : 1;     /* the run's main task */
    uint8_t unseen : 1;      /* the loop's own main (CAS_RUN_UNSEEN): no events name it */
    uint8_t enter_cancelled : 1; /* cas_task_enter_cancelled: entered even when cancelled before its first step */
    void *temps;             /* cas_strf strings, freed when the task finishes */
    void (*arg_free)(void *arg); /* frees what the copied argument owns, when the task goes */
    max_align_t argbuf[];    /* copied argument */
} cas__task;

/* A blocking sleep's deadline (time.sleep in a task), kept in the task's idle
 * sleep timer so that the task record stays within its allocator chunk: the
 * real deadline, or minus the seconds of a virtual-clock block. */
#define cas__block_until(t) ((t)->timer.when)

const char *cas__future_name(const cas_future *f, char *buf, size_t cap);
void cas__future_schedule_callbacks(cas_future *f);
void cas__future_init(cas_future *f, int kind);
void cas__future_finish(cas_future *f);          /* frees what f owns, not f */
int cas__future_complete(cas_future *f, int state, const cas_value *result, cas__exc *exc);
void cas__future_add_callback(cas_future *f, cas__callback *cb); /* internal, cannot fail */
int cas__task_back(cas__task *t, int rc);        /* its fiber came back to the loop: 1 to run it again */
void cas__task_drop(cas__task *t);               /* hard stop: forget the task's stack */
void cas__task_lost(cas__task *t);               /* its saved frames could not be kept: MemoryError */
void cas__task_fail(cas__task *t, const char *type, const char *message); /* frames gone: fails */
void cas__callback_unlink(cas__callback *cb);    /* out of any list; frees it unless embedded */
cas__callback *cas__callback_new(cas_future *f, cas_done_fn fn, void *ud, const char *name);
int cas__outcome(cas_future *f, cas_value *out);  /* await's result for a done future */
cas__exc *cas__cancelled_error(cas_future *f);    /* _make_cancelled_error: a new reference, or NULL (out of memory) */
int cas__cancel(cas_future *f, const char *msg);  /* cancel(msg) */
void cas__report_unretrieved(cas_future *f);
void cas__temps_free(void **temps);
void cas__handle_discard(cas__handle *h);       /* loop close: drop a queued handle */

/* ------------------------------------------------------------------ */
/* Loop callbacks, the running loop, the exception handler (callbacks.c) */
/* ------------------------------------------------------------------ */

int cas__handle_is_program(const cas__handle *h); /* a call_soon/later/at handle */
void cas__handle_drop(cas__handle *h);            /* loop close: unqueued or disarmed, never run */
cas__exc *cas__callback_enter(void);              /* sets the program's pending exception aside */
void cas__callback_leave(cas__exc *saved, int rc, const char *name); /* reports what the callback raised */
void cas__report(const char *message, const cas__exc *e, cas_future *future, cas_future *task, const char *callback);
void cas__loop_obj_close(void);                   /* the run ends: its loop is closed */

/* ------------------------------------------------------------------ */
/* Exceptions (errors.c)                                                */
/* ------------------------------------------------------------------ */

cas__exc *cas__exc_new(const char *type, const char *message);
cas__exc *cas__exc_copy(const cas__exc *e); /* a new reference to the same exception (never fails) */
void cas__exc_free(cas__exc *e);             /* drops a reference */
cas__exc *cas__exc_cancelled(const char *message); /* CancelledError(message); message may be NULL */
cas__exc *cas__exc_from_code(int code);
cas__exc **cas__pending_slot(void);   /* the running task's, or the program's */
void cas__set_pending(cas__exc *e);   /* takes ownership */
int cas__exc_is_cancel(const cas__exc *e);

/* ------------------------------------------------------------------ */
/* Values (value.c)                                                     */
/* ------------------------------------------------------------------ */

int cas__value_copy(cas_value *dst, cas_value src); /* deep copy; 0 or CAS_ENOMEM */
void cas__value_free(cas_value *v);                 /* frees a deep copy */
struct cJSON *cas__value_json(cas_value v);        /* new cJSON, or NULL */

/* ------------------------------------------------------------------ */
/* The loop (loop.c)                                                    */
/* ------------------------------------------------------------------ */

typedef struct cas__loop {
    int running;             /* inside cas_run */
    int kept;                /* between two runs of a kept loop (cas_run_kept) */
    int loop_stop;           /* cas_loop_stop: the run ends with this iteration */
    int in_main;             /* inside cas_main */
    int clock;               /* CAS_CLOCK_* for this run */
    int stopping;            /* a stop was requested */
    int hard_stopped;        /* the grace period ended */
    double stop_deadline;    /* real time when the grace period ends */
    double grace;            /* seconds */
    double vnow;             /* virtual clock, seconds */
    double last_host_turn;   /* real time the host last had a turn */
    cas__queue ready;        /* handles, FIFO */
    size_t nready;
    cas__timer *heap_min;    /* timer heap root */
    size_t heap_n;
    uint64_t timer_seq;
    uint32_t timer_ids;
    cas__queue tasks;        /* pending tasks, in creation order */
    cas__queue futures;      /* pending plain and gather futures */
    cas__queue failed;       /* done futures whose exception nobody retrieved */
    void *temps;             /* cas_strf strings made outside any task */
    cas__task *current;      /* the task whose step is running */
    cas__task *fiber_task;   /* the task whose stack this code runs on; NULL: the loop's */
    cas__task *resume_next;  /* for the loop to resume: no direct switch was possible */
    cas__task *to_enter;     /* its step has begun: run-ready runs it next */
    cas_future *until;       /* what run-until-complete waits for, or NULL */
    cas__queue marker;       /* ends the current iteration's part of the ready queue */
    int in_iteration;        /* the marker is queued */
    int escape;              /* cas_end_iteration: the iteration ends after the running handle */
    int escaped;             /* it was called in this run_until_complete: no last iteration */
    cas__task *main;         /* the run's main task */
    uint64_t handles;        /* handles run so far */
    uint64_t iterations;     /* iterations opened in this run: the current one's number, from 1 */
    cas__timer *last_armed;  /* the timer armed last in this iteration, while it is armed */
    struct cas_loop *obj;    /* get_running_loop's object, made on first use */
    cas_exception_handler_fn exc_handler; /* set_exception_handler's, or NULL */
    void *exc_handler_ud;
    uint64_t batch_began;    /* handles run when last_armed's batch began */
} cas__loop;

extern cas__loop cas__L;
extern volatile int cas__stop_requested; /* set by cas_request_stop, even from a signal handler */
extern int cas__next_clock;
extern uint32_t cas__task_counter; /* CPython's _task_name_counter */
extern size_t cas__live_tasks, cas__live_futures;

double cas__now(void);
/* Queues h behind the ready handles.  Inline: every step and wakeup
 * passes here, and a call costs more than the two stores. */
static inline void cas__call_soon(cas__handle *h) {
    cas__queue_insert_tail(&cas__L.ready, &h->node);
    cas__L.nready++;
}
/* now + delay; under the virtual clock no sooner than delay after now as
 * float subtraction measures it: a sleep never ends early, and a positive
 * one takes time, as on a real clock. */
double cas__deadline(double delay);
void cas__timer_start(cas__timer *t, double delay, void (*run)(cas__handle *));
void cas__timer_start_at(cas__timer *t, double when, double delay, void (*run)(cas__handle *)); /* call_at */
void cas__timer_stop(cas__timer *t);
void cas__suspend(cas__task *t, int wait);  /* inside a task: end the step, schedule on */

/* ------------------------------------------------------------------ */
/* Events (events.c)                                                    */
/* ------------------------------------------------------------------ */

extern unsigned cas__event_mask;
static inline int cas__wants(unsigned cls) { return (cas__event_mask & cls) != 0; }

void cas__emit_suspended(cas__task *t);          /* future.c: the task_suspended event */

/* The task suspended (an await): its step ends.  Inline, as every
 * switch passes here; the rest of a step's life is in future.c. */
static inline void cas__step_end(cas__task *t) {
    cas__L.current = NULL;
    if (cas__wants(CAS_EV_TASK)) cas__emit_suspended(t);
    /* The step's reference: a suspended task is also held by the loop,
     * so this is rarely the last one (cas_release when it is). */
    if (t->base.refs > 1)
        t->base.refs--;
    else
        cas_release(&t->base);
}

struct cJSON *cas__event_new(const char *type); /* NULL if out of memory */
void cas__event_emit(struct cJSON *ev);         /* takes ownership */
/* Adds item to ev under key, or deletes it if that fails (out of memory). */
void cas__json_add(struct cJSON *ev, const char *key, struct cJSON *item);
void cas__event_task(const char *type, cas_future *f);
/* ev[key] = t's name, or null outside any task and for the loop's own main */
void cas__json_add_task(struct cJSON *ev, const char *key, const cas__task *t);
/* cas_create_task_named; unseen: the loop's own main (CAS_RUN_UNSEEN) */
cas_task *cas__task_new(cas_body body, const void *arg, size_t arg_size, const char *name, const char *coro, int unseen);
void cas__event_error(int code, const char *message);
void cas__event_end(int status, const cas_value *result, const cas__exc *exc);
void cas__stream_open(void);
void cas__stream_close(void);
void cas__json_hooks(void);

#endif /* CAS_INTERNAL_H */
