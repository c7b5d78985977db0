/*
 * asyncio.c -- the asyncio module on casyncio.h: every Python Task is a
 * casyncio task whose body runs the coroutine, with its own py_ts (pending
 * exception, exception being handled, frame stack).  Every call that may
 * suspend (cas_sleep, cas_await, cas_as_completed_next) goes through a
 * wrapper that restores py__ts afterwards, since other tasks ran meanwhile.
 *
 * Results travel through the runtime as CAS_PTR values naming the Python
 * Task or Future object that holds the real result; exceptions stay Python
 * objects in their Task, and the runtime sees only their type name and
 * message (enough for its events).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "casyncio.h"
#include "py.h"
#include "asyncio_prelude.py.h"

#define F(name) static py_obj *name(py_obj *self, py_obj *const *args, size_t nargs, py_obj *kw)

/* A Task or a Future (tasks have a coroutine). */
typedef struct pytask {
    py_obj ob;
    cas_future *f;
    py_obj *coro;        /* NULL for a plain future */
    py_obj *result;      /* when done normally */
    py_obj *exc;         /* when done with an exception (CancelledError included) */
    py_obj *exc_tb;      /* the exception's traceback when it completed */
    py_ts ts;            /* the task's interpreter state */
    unsigned char retrieved; /* result() / exception() / await saw the exception */
    unsigned char cancelled;
    unsigned char must_cancel;
    int ncancel;         /* cancel() requests that took (Task.cancelling()) */
    py_obj *cancel_msg;
    py_code *coro_code;  /* the coroutine's code, for "f() done, defined at file:line"
                          * once its frame is gone (owned, or NULL) */
    struct pytask *live_prev, *live_next; /* in the list of live tasks */
    uint8_t in_group;    /* made by a TaskGroup: its exception goes to the runtime as an object */
    uint8_t cancelled_exc_taken; /* the CancelledError raised inside was given to its first reader */
    uint8_t started;     /* its body has begun */
    uint8_t cancel_raised; /* CancelledError was raised inside it since its last cancel() */
    uint8_t sleeping;    /* suspended in asyncio.sleep(): its repr shows the sleep's future (but in sleep(0)) */
    uint8_t yielding;    /* in a bare yield (sleep(0), a class's __await__), with no future: a cancel's message is the last one's */
    uint8_t sleep_cancelling; /* its cancelling() when that sleep began: a cancel since has cancelled the sleep's future */
    uint8_t destroyed;   /* found garbage by gc.collect() while pending (py__asyncio_collect) */
    uint8_t garbage;     /* found garbage, not yet destroyed (py__asyncio_collect) */
    uint8_t in_failed;   /* in the list of failed tasks (live_prev/live_next are its links then) */
    uint8_t internal;    /* run_forever()'s main, or run_until_complete(task)'s, left pending by stop(): no task of the program's */
    uint8_t blocking;    /* CPython's _asyncio_future_blocking: an iterator of it gave it out by hand (futiter_next) */
    uint8_t released;    /* its body ended: the reference task_done_cb would drop is dropped (release_ended) */
    uint8_t done_cb_ran; /* task_done_cb has run */
    uint8_t zombie;      /* released and dead before task_done_cb ran: freed by it (task_dealloc) */
    uint8_t runner_cycle; /* a run's main whose exception the run raised: in CPython's cycle (aio_run) */
    uint8_t made_early;  /* made by loop.create_task() before its loop ran (CPython's final collection
                          * logs it destroyed before its coroutine is closed: "running at") */
    uint8_t quiet_destroy; /* made by gather for a coroutine: destroyed pending, it logs nothing (CPython's
                            * _log_destroy_pending = False: its caller cannot control it) */
    py_obj *inner;       /* a shield's future: the shielded one, whose outcome it has */
    py_obj *cbs;         /* its done callbacks in CPython's order, for the repr's cb=[...]: a
                          * function added by add_done_callback, or None for a task awaiting it
                          * (Task.task_wakeup), or a mark of the library's (RUN_CB...); a list,
                          * a lone None or mark itself (cbs_add), or NULL */
    py_obj *waiting_on;  /* the future this task awaits (borrowed, while it awaits), for wait_for= */
    py_obj *woke;        /* the future whose outcome its step took (step_ends), or NULL */
    struct cb_data *cbd; /* its add_done_callback registrations not yet run (py_done_cb) */
    py_obj *loop;        /* a Future made before its loop ran: that loop (get_loop() after its runs) */
    uint32_t run_gen;    /* the run it started in (run_gen_now then), for get_loop() after it */
    py_obj *dict;        /* attributes the program gives it (t.label = ...), as CPython's, or NULL */
    py_obj *source_tb;   /* debug mode: where it was made (py__source_traceback), or NULL */
    py_obj *created_at;  /* debug mode: its repr's "created at FILE:LINE" (str), or NULL */
    double step_t0;      /* debug mode: when its step began (the loop's clock), or -1 */
} pytask;

py_type py_task_type, py_future_type;
/* The built-in type of a Future or a Task, or of a class derived from one
 * (class MyTask(asyncio.Task)); any other object's own type */
static py_type *fut_base(py_obj *o) {
    py_type *t = PY_TYPE(o);
    while (t->flags & PY_TF_HEAP) t = t->base;
    return t;
}
/* A plain Future made before its loop runs (tasks made before keep their f NULL too) */
static int early_future(const pytask *t) { return !t->f && fut_base((py_obj *)t) == &py_future_type; }
static int early_done(const pytask *t) { return early_future(t) && (t->result || t->exc || t->cancelled); }
/* CPython's loop drops the handle of a task's step, task_wakeup(fut), as
 * the step ends: the future that woke the task, and the result it holds,
 * live until the task suspends again or ends. */
static void slow_step(pytask *me);
static int origin_on; /* a debug loop runs (below) */
extern const char *py__lib_site_file, *py__lib_site_src;
extern int py__lib_site_line;
static void step_ends(pytask *me) {
    if (me && me->woke) {
        /* what dies with it dies at _run_once's `handle = None` (a warning says so) */
        const char *file = py__lib_site_file, *src = py__lib_site_src;
        int line = py__lib_site_line;
        py__lib_site_file = PY_LIB_DIR "asyncio/base_events.py";
        py__lib_site_line = 1923;
        py__lib_site_src = "handle = None  # Needed to break cycles when an exception occurs.";
        PY_CLEAR(me->woke);
        py__lib_site_file = file;
        py__lib_site_line = line;
        py__lib_site_src = src;
    }
    if (me && origin_on && me->step_t0 >= 0) slow_step(me);
}
static void step_woke(pytask *me, py_obj *fut) {
    if (me) PY_SETREF(me->woke, py_incref(fut));
}
typedef struct gatherobj gatherobj;
static py_type gather_type;
static py_obj *task_repr(py_obj *o);
/* CPython's future and task reprs are reprlib.recursive_repr()'s: a future
 * whose result holds it again shows "..." there. */
static py_obj *repr_busy[256];
static int nrepr_busy;
static int repr_guard_enter(py_obj *o) {
    for (int i = 0; i < nrepr_busy; i++)
        if (repr_busy[i] == o) return 1;
    if (nrepr_busy < (int)(sizeof repr_busy / sizeof *repr_busy)) repr_busy[nrepr_busy] = o;
    nrepr_busy++;
    return 0;
}
static void repr_guard_leave(void) { nrepr_busy--; }
static py_obj *not_started(void);
static int is_running_loop(py_obj *loop);
static py_obj *deferred;         /* tasks made before their loop runs (below) */
static inline __attribute__((always_inline)) void start_deferred(void); /* inlined: it suspends (cas_sleep) in main_body, which PY_SUSPEND lists */
static py_obj *prelude_dict;   /* the asyncio module's dict (borrowed: the module lives on) */
static py_obj *asyncio_mod;    /* the asyncio module (borrowed) */
static py_obj *loop_obj;       /* this run's loop (the prelude's _UnixSelectorEventLoop), or NULL */
extern int py__origin_depth, py__origin_lib; /* eval.c: coroutine origin tracking */
static py_obj *run_debug;      /* asyncio.run()'s debug= when given (borrowed for the run), or NULL */
static py_obj *last_loop;      /* the last run's loop, once it has ended */

/* A name of the part written in Python (asyncio_prelude.py.h), compiling
 * it first if no name of it was needed yet (borrowed, or NULL). */
/* a coroutine blocked in a wait for a thread, and the steps and callbacks that wait their turn (below: "the loop waits") */
static pytask *loop_blocker;
static int timer_woke; /* the task resuming now was woken by its asyncio.sleep()'s timer */
static int park(cas_future *w, int (*cb)(void *), void *ud, int late);
static py_obj *prelude_get(const char *name) {
    if (asyncio_mod && py_module_load(asyncio_mod) < 0) return NULL;
    return py_dict_get_s(prelude_dict, name);
}
static py_obj *running_loop(void);

/* What a task runs: a coroutine, or a generator (CPython 3.11's
 * asyncio.iscoroutine() says yes to any: a generator-based coroutine),
 * stepped as CPython's task steps it: a bare yield gives the loop a turn, a
 * future yielded is waited for, anything else is "Task got bad yield"
 * (eval.c's await_iter, as for types.coroutine's generators). */
static int is_coro(py_obj *o) {
    return PY_TYPE(o) == &py_coro_type || (PY_TYPE(o) == &py_gen_type && ((py_gen *)o)->code);
}


/* The loop's logger.debug(msg, text), as CPython's asyncio logs where
 * asyncio.run makes and closes its loop: seen only by a program that
 * imported logging (a debug level set), so nothing is called otherwise. */
static void debug_log(const char *msg, const char *text) {
    if (!py_dict_get_s(py__interp.modules, "logging")) return;
    py_obj *log = prelude_get("_debug_log");
    py_obj *m = py_str_c(msg), *t = py_str_c(text);
    py_obj *r = log && m && t ? py_call2(log, m, t) : NULL;
    if (!r) py_err_clear();
    py_xdecref(r);
    py_xdecref(m);
    py_xdecref(t);
}

int py_is_future(py_obj *o) { return fut_base(o) == &py_task_type || fut_base(o) == &py_future_type || PY_TYPE(o) == &gather_type; }

/* The tasks not yet done, for all_tasks() (borrowed: a task leaves when
 * done or freed), in the order they started: a doubly-linked list through
 * the tasks, so that leaving is O(1) with 100,000 tasks live. */
static pytask *live_head, *live_tail;
static uint32_t run_gen_now, last_loop_gen; /* the loops run so far (the running one's); last_loop's */
static void live_add(pytask *t) {
    t->run_gen = cas_get_running_loop() ? run_gen_now : 0;
    t->live_prev = live_tail;
    t->live_next = NULL;
    if (live_tail) live_tail->live_next = t;
    else live_head = t;
    live_tail = t;
}
static void live_remove(pytask *t) {
    if (!t->live_prev && live_head != t) return; /* not in the list */
    if (t->live_prev) t->live_prev->live_next = t->live_next;
    else live_head = t->live_next;
    if (t->live_next) t->live_next->live_prev = t->live_prev;
    else live_tail = t->live_prev;
    t->live_prev = t->live_next = NULL;
}

/* The tasks done with an exception (a CancelledError too), in the order
 * they finished, through the same links once they have left the live list:
 * those still alive at exit are in cycles (as_completed's children, each
 * failed one's traceback holding the frame that holds the iterator; a
 * cancelled child whose CancelledError is chained to the exception its
 * creator's frame died of, whose traceback holds that frame and so the
 * child), which CPython's last collection finds, logs and frees
 * (py__asyncio_at_exit). */
static pytask *failed_head, *failed_tail;
static void failed_add(pytask *t) {
    t->in_failed = 1;
    t->live_prev = failed_tail;
    t->live_next = NULL;
    if (failed_tail) failed_tail->live_next = t;
    else failed_head = t;
    failed_tail = t;
}
static void failed_remove(pytask *t) {
    if (!t->in_failed) return;
    t->in_failed = 0;
    if (t->live_prev) t->live_prev->live_next = t->live_next;
    else failed_head = t->live_next;
    if (t->live_next) t->live_next->live_prev = t->live_prev;
    else failed_tail = t->live_prev;
    t->live_prev = t->live_next = NULL;
}

/* CancelledError for the running task, with the message given to cancel(). */
/* The CancelledError a cancelled await raises in its task.  CPython's step throws it into
 * the coroutine, which chains it with the exception the coroutine is handling
 * (gen_send_ex's _PyErr_ChainStackItem); a task that waited on a future got it from
 * future.result() in the loop's callback first, chained there with what the loop's
 * caller is handling (main()'s exception while asyncio.run cancels what is left); a
 * bare yield (sleep(0)) gets it made, not raised: no context from the loop. */
static py_obj *raise_cancelled_at(int bare_yield) {
    pytask *t = py__ts->task;
    if (t && t->destroyed) /* its coroutine is closed, as CPython's collector closes it */
        return py_err_set_exc(py_exc_new(py_exc_GeneratorExit, NULL)), NULL;
    py_obj *args = t && t->cancel_msg ? py_tuple_pack(1, t->cancel_msg) : NULL;
    py_obj *e = py_exc_new(py_exc_CancelledError, args);
    py_xdecref(args);
    if (!e) return NULL;
    if (t) t->cancel_raised = 1;
    if (bare_yield && !py__ts->handled) PY_SETREF(py__ts->exc, e);
    else py_err_set_exc(e);
    return NULL;
}
static py_obj *raise_cancelled(void) { return raise_cancelled_at(0); }

/* Exception objects handed to the runtime (cas_raise_object) come back
 * through release() wherever the runtime lets them go, where nothing may
 * call back into it: they are dropped later, at drain_released(). */
static py_obj **released;
static size_t nreleased, capreleased;
static void release_later(void *obj) {
    if (nreleased == capreleased) {
        size_t cap = capreleased ? capreleased * 2 : 16;
        py_obj **r = realloc(released, cap * sizeof *r);
        if (!r) return; /* leaked rather than freed in the wrong place */
        released = r;
        capreleased = cap;
    }
    released[nreleased++] = obj;
}
static void drain_released(void) {
    while (nreleased) py_decref(released[--nreleased]);
}

static void exc_text(py_obj *exc, char *type, size_t tn, char *msg, size_t mn) {
    snprintf(type, tn, "%s", PY_TYPE(exc)->name);
    py_obj *s = py_str(exc);
    if (!s) { py_err_clear(); msg[0] = 0; return; }
    snprintf(msg, mn, "%s", py_s(s));
    py_decref(s);
}

/* The repr's list of done callbacks: entries come and go in order (the
 * first equal one goes).  A lone entry that is None (an awaiting task's) or
 * one of the marks below is kept as itself, not in a list: a gather's
 * children each have one (no list for each of 100,000).  Not inlined: kept
 * out of py__asyncio_await's frame. */
static int cbs_n(const pytask *t) { return !t->cbs ? 0 : PY_IS_LIST(t->cbs) ? (int)PY_LLEN(t->cbs) : 1; }
static py_obj *cbs_at(const pytask *t, int i) { return PY_IS_LIST(t->cbs) ? PY_LITEM(t->cbs, i) : t->cbs; }
static int cbs_lone(const py_obj *fn); /* None or a mark: kept lone */
static __attribute__((noinline)) void cbs_add(pytask *t, py_obj *fn) {
    if (!t->cbs && cbs_lone(fn)) { t->cbs = fn; return; }
    if (t->cbs && !PY_IS_LIST(t->cbs)) { /* a lone entry becomes a list's first */
        py_obj *l = py_list_new(0);
        if (!l || py_list_append(l, t->cbs) < 0) { py_xdecref(l); py_err_clear(); return; }
        t->cbs = l;
    }
    if (!t->cbs && !(t->cbs = py_list_new(0))) { py_err_clear(); return; }
    if (py_list_append(t->cbs, fn) < 0) py_err_clear();
}
static __attribute__((noinline)) void cbs_remove(pytask *t, py_obj *fn) {
    if (t->cbs && !PY_IS_LIST(t->cbs)) {
        if (t->cbs == fn) t->cbs = NULL;
        return;
    }
    py_list *l = (py_list *)t->cbs;
    for (size_t i = 0; l && i < l->n; i++) {
        if (l->items[i] != fn) continue;
        py_obj *v = l->items[i];
        memmove(l->items + i, l->items + i + 1, (l->n - i - 1) * sizeof *l->items);
        l->n--;
        py_decref(v);
        return;
    }
}

/* ---- the task's body ----------------------------------------------------------------- */

static void report_unretrieved(pytask *t);

static void task_dealloc(py_obj *o) {
    pytask *t = (pytask *)o;
    if (t->in_failed) failed_remove(t);
    else live_remove(t);
    if (t->exc && !t->retrieved && !t->cancelled) {
        o->rc++;
        report_unretrieved(t);
        o->rc--;
    }
    if (t->f) cas_release(t->f);
    py_xdecref(t->coro);
    py_xdecref(t->result);
    py_xdecref(t->exc);
    py_xdecref(t->exc_tb);
    py_xdecref(t->ts.exc);
    py_xdecref(t->ts.handled);
    py_xdecref(t->ts.ctx);
    py_xdecref(t->cancel_msg);
    py_xdecref(t->coro_code);
    py_xdecref(t->inner);
    if (t->cbs && PY_IS_LIST(t->cbs)) py_decref(t->cbs); /* (a lone entry holds nothing) */
    py_xdecref(t->loop);
    py_xdecref(t->woke);
    py_xdecref(t->dict);
    py_xdecref(t->source_tb);
    py_xdecref(t->created_at);
    /* released at its body's end, it died before task_done_cb, which the
     * loop has scheduled with it: that callback frees it */
    if (t->released && !t->done_cb_ran) {
        t->zombie = 1;
        return;
    }
    free(o);
}

/* Runs when the runtime completes the task: marks the runtime's copy of the
 * exception retrieved (this interpreter prints CPython's own message when
 * the Task object dies) and drops the reference the loop held. */
static void task_done_cb(cas_future *f, void *ud) {
    pytask *t = ud;
    const char *ty, *m;
    /* The Python task reports its exception, not the runtime's (retrieved
     * here).  On a cancelled task cas_exception raises CancelledError into
     * this callback, which the loop would report as "Exception in callback". */
    if (!cas_cancelled(f)) cas_exception(f, &ty, &m);
    if (t->zombie) {
        free(t);
        return;
    }
    t->done_cb_ran = 1;
    live_remove(t);
    if (t->exc && !t->in_failed) failed_add(t);
    /* cancelled before its first step, which the runtime does not run: CPython's
     * step throws CancelledError into the coroutine, which closes it there
     * (CORO_CLOSED, cr_frame None); its frame stays for the def line that
     * take_cancelled_error puts in the traceback */
    if (!t->started && t->coro && is_coro(t->coro) && ((py_gen *)t->coro)->state == PY_GEN_CREATED)
        ((py_gen *)t->coro)->state = PY_GEN_DONE;
    if (t->released) return;
    py_ts *saved = py__ts;
    static py_ts cb_ts;
    py__ts = &cb_ts;
    py_decref(ud);
    py__ts = saved;
}

static pytask *run_main; /* asyncio.run's main task, while it runs */
/* asyncio.run's SIGINTs (the signal module's, signal.raise_signal or os.kill of the program
 * itself): CPython's Runner._on_sigint, which cancels main at the first and raises
 * KeyboardInterrupt at the next; its run then raises KeyboardInterrupt for a main cancelled
 * so (an uncancel() that reaches 0). run_sigint_at: asyncio.run's main, NULL in a loop's
 * run_until_complete (no Runner there: the default handler's KeyboardInterrupt) */
static pytask *run_sigint_at;
static int run_sigints;
/* A new loop's debug mode, as CPython's coroutines._is_debug_mode(): the
 * environment's PYTHONASYNCIODEBUG, as the program's os.environ has it now */
extern py_obj *py__environ;
static int env_debug(void) {
    py_obj *v = py__environ ? py_dict_get_s(py__environ, "PYTHONASYNCIODEBUG") : NULL;
    return v && PY_IS_STR(v) && py_slen(v) > 0;
}
/* Its body ended: the reference the loop holds for task_done_cb, its
 * bookkeeping, is dropped now, as CPython's loop drops the handle of a
 * task's last step as it ends (a task a list held, dropped later in this
 * pass, dies then and logs "Task exception was never retrieved" then, not
 * at the next turn); if it dies before task_done_cb runs, that frees it.  Not
 * asyncio.run's main, which the run holds.  Touches t no more. */
static void release_ended(pytask *t) {
    if (t == run_main || t->ob.rc < 2) return; /* (rc 1: dying here would end the fiber's task under it) */
    t->released = 1;
    py_decref((py_obj *)t);
}

/* The task's coroutine raised: the Task keeps the exception, the runtime
 * gets its type name and message.  Not inlined: its buffers would sit in
 * task_body's frame, which every sleeping task keeps. */
static int main_uncounted; /* run_until_complete(task): main only awaits the task (CPython makes no task for it) */
/* In a repr's callbacks (cbs): run_until_complete's own, on the future it
 * runs until (asyncio.run's main task): CPython's _run_until_complete_cb */
static py_obj run_cb_mark = { PY_IMMORTAL, &py_object_type };
#define RUN_CB (&run_cb_mark)
/* and the done callbacks CPython's library adds that are C here: gather()'s
 * on each child, as_completed()'s, shield()'s on the inner and the outer */
static py_obj lib_cb_marks[5] = { { PY_IMMORTAL, &py_object_type }, { PY_IMMORTAL, &py_object_type },
                                  { PY_IMMORTAL, &py_object_type }, { PY_IMMORTAL, &py_object_type },
                                  { PY_IMMORTAL, &py_object_type } };
static const char *const lib_cb_texts[5] = {
    "gather.<locals>._done_callback() at " PY_LIB_DIR "asyncio/tasks.py:764",
    "as_completed.<locals>._on_completion() at " PY_LIB_DIR "asyncio/tasks.py:602",
    "shield.<locals>._inner_done_callback() at " PY_LIB_DIR "asyncio/tasks.py:891",
    "shield.<locals>._outer_done_callback() at " PY_LIB_DIR "asyncio/tasks.py:908",
    /* wait_for's partial(_release_waiter, waiter), its waiter's repr cut by reprlib */
    "_release_waiter(<Future pendi...ask_wakeup()]>)() at " PY_LIB_DIR "asyncio/tasks.py:431",
};
#define GATHER_CB (&lib_cb_marks[0])
#define AS_COMPLETED_CB (&lib_cb_marks[1])
#define SHIELD_INNER_CB (&lib_cb_marks[2])
#define SHIELD_OUTER_CB (&lib_cb_marks[3])
#define WAIT_FOR_CB (&lib_cb_marks[4])
static int cbs_lone(const py_obj *fn) { return fn == PY_NONE || fn == RUN_CB || (fn >= lib_cb_marks && fn < lib_cb_marks + 5); }
/* SystemExit or KeyboardInterrupt raised in a task other than main:
 * CPython's task step lets them out of the loop, so asyncio.run stops the
 * other tasks (cancelling them) and raises it (a new reference, or NULL). */
static py_obj *base_exit;
static pytask *ending;   /* a failed task reported as its body ends (task_body) */
static __attribute__((noinline)) int task_failed(pytask *t) {
    py_obj *e = py_err_fetch();
    if (!e) e = py_exc_new(py_exc_SystemError, NULL);
    t->exc = e;
    if (t == run_main && !base_exit) py__exit_handled = e;
    t->exc_tb = py_xincref(((py_exc *)e)->tb);
    if (t->destroyed || t->internal) t->retrieved = 1;
    if (py_isinst(e, py_exc_CancelledError)) {
        t->cancelled = 1;
        return cas_raise("CancelledError", "%s", "");
    }
    char ty[64], msg[256];
    exc_text(e, ty, sizeof ty, msg, sizeof msg);
    if (t->in_group) {
        t->retrieved = 1; /* the group's _on_task_done reads it */
        return cas_raise_object(py_incref(e), ty, msg, release_later);
    }
    return cas_raise(ty, "%s", msg);
}

static py_obj *base_exit_task; /* its task, kept until the exception is reported (CPython's traceback keeps it) */
static py_obj *base_exit_main; /* main's task when main ended with it too: CPython's main re-raised it
                                * out of the runner's clean-up, and nobody retrieves it */
void py__asyncio_reported(void) { PY_CLEAR(base_exit_task); PY_CLEAR(base_exit_main); }

/* The task's interpreter state becomes the current one as its body begins
 * (the last task's is current until then).  Inlined: the stack's floor is
 * measured from the body's own frame. */
static inline __attribute__((always_inline)) void task_enter(pytask *t) {
    py__ts = &t->ts;
    t->ts.task = t;
#ifndef __EMSCRIPTEN__
    t->ts.stack_floor = (char *)__builtin_frame_address(0) - (PY_TASK_STACK - PY_STACK_MARGIN);
#endif
}

static int task_body(void *arg, cas_value *result) {
    pytask *t = arg;
    task_enter(t);
    t->started = 1;
    t->step_t0 = origin_on ? cas_time() : -1;
    py_obj *r;
    if (t->must_cancel || cas_take_cancel()) {
        cas_exc_clear(); /* the runtime's CancelledError: the one thrown in stands for it */
        t->cancel_raised = 1;
        py_obj *ma = t->cancel_msg ? py_tuple_pack(1, t->cancel_msg) : NULL;
        py_obj *ce = py_exc_new(py_exc_CancelledError, ma);
        py_xdecref(ma);
        py_gen *g = is_coro(t->coro) ? (py_gen *)t->coro : NULL;
        if (ce && g && py__is_agen_awaitable(t->coro)) {
            /* an async generator's aclose() or __anext__(): thrown into the generator (its
             * finally blocks may await), as CPython's step throws it into any coroutine */
            py__after_suspend();
            py__resume_token = t->coro;
            r = py__agen_awaitable_throw(t->coro, ce);
            py__resume_token = NULL;
        } else {
            r = NULL;
            /* thrown into the coroutine at its start, as CPython's first step: its frame, at its def line */
            if (ce && g && !g->cfn && g->frame) py_tb_add(ce, g->frame->code, -1, g->frame->globals);
            if (g && g->state == PY_GEN_CREATED) g->state = PY_GEN_DONE; /* closed by it (CORO_CLOSED) */
            py_err_set_exc(ce);
        }
    } else {
        py__after_suspend(); /* a task starts on the loop's side, where nothing is nested */
        py__resume_token = t->coro;
        r = PY_TYPE(t->coro) == &py_gen_type ? py__await_gen(t->coro) : py_await(t->coro);
        py__resume_token = NULL;
    }
    py__ts = &t->ts;
    /* nothing runs in its context any more: dropped now, so that a variable
     * holding the task (a cycle through it) does not keep it alive */
    PY_CLEAR(t->ts.ctx);
    py_out_flush();
    if (r) {
        t->result = r;
        *result = cas_ptr(t);
        ending = t;
        step_ends(t);
        ending = NULL;
        release_ended(t);
        return 0;
    }
    py_obj *e = py__ts->exc;
    int base = e && (py_isinst(e, py_exc_SystemExit) || py_isinst(e, py_exc_KeyboardInterrupt));
    if (base && !base_exit && t != run_main) {
        base_exit = py_incref(e);
        py__exit_handled = base_exit; /* what the tasks' cleanup handles (CPython's Runner.__exit__) */
        base_exit_task = py_incref((py_obj *)t);
        cas_request_stop(1.0);
    }
    if (base) cas_end_iteration(); /* out of CPython's _run_once at once, main's too */
    int rc = task_failed(t);
    /* CPython's step lets these out of the loop, and 3.11 writes the frames
     * they go up through into __traceback__ only where a handler (except,
     * finally, with) is entered, and at the top in PyErr_Print, which a
     * KeyboardInterrupt reaches and a SystemExit does not: so a "never
     * retrieved" report at exit shows a KeyboardInterrupt's whole way up
     * (<module> too); a SystemExit's stays the task's own, or as far up
     * as the last handler it went through (reported_tb) */
    if (base && py_isinst(e, py_exc_KeyboardInterrupt)) PY_CLEAR(t->exc_tb);
    /* held by nothing but the loop (no done callback, no awaiter, no variable):
     * CPython's Task dies as this step ends and logs its exception then */
    if (t->ob.rc == 1 && t != run_main && !t->retrieved && !t->cancelled && !base_exit_task
        && !cbs_n(t)) {
        t->ob.rc++;
        ending = t; /* finished to its repr, before the runtime completes it */
        report_unretrieved(t);
        ending = NULL;
        t->ob.rc--;
        t->retrieved = 1;
    }
    ending = t; /* finished to a slow step's log, before the runtime completes it */
    step_ends(t);
    ending = NULL;
    release_ended(t);
    return rc;
}

static void describe_coro(pytask *t, py_obj *coro) {
    py_gen *g = (py_gen *)coro;
    /* an exhausted coroutine (awaited before) has its cr_code still: "done, defined at" */
    py_obj *code = g->frame ? (py_obj *)g->frame->code : g->code;
    if (code) t->coro_code = (py_code *)py_incref(code);
}

#define ELLIPSIS "\xe2\x80\xa6" /* U+2026, in UTF-8 */

/* Appends s (n bytes of UTF-8) to b, cut to at most max bytes on a
 * character boundary with "…" when longer. */
static void put_cut(py_buf *b, const char *s, size_t n, size_t max) {
    if (n <= max) {
        py_buf_put(b, s, n);
        return;
    }
    while (max > 0 && ((unsigned char)s[max] & 0xc0) == 0x80) max--;
    py_buf_put(b, s, max);
    py_buf_puts(b, ELLIPSIS);
}

/*
 * The coroutine as a learner reads it, for the task_created event's
 * "coro" (cas_create_task_named): its name and its arguments as it was
 * called, "worker('A')".  Only values whose repr runs no code of the
 * program's own are shown (None, bool, int, float, str); anything else is
 * "…".  Each argument is cut to LABEL_ARG bytes, the whole to LABEL_MAX.
 * Writes into buf (cap bytes); buf is "" when there is nothing to say.
 */
#define LABEL_ARG 24
#define LABEL_MAX 64
static void label_value(py_buf *b, py_obj *v) {
    py_obj *r = NULL;
    if (v && (v == PY_NONE || PY_IS_INT(v) || PY_IS_FLOAT(v) || PY_IS_STR(v)) && !(r = py_repr(v)))
        py_err_clear(); /* out of memory: the label goes without it */
    if (r) {
        put_cut(b, py_s(r), py_slen(r), LABEL_ARG);
        py_decref(r);
    } else {
        py_buf_puts(b, ELLIPSIS);
    }
}

static void coro_label(py_obj *coro, char *buf, size_t cap) {
    buf[0] = 0;
    if (!coro || !is_coro(coro)) return;
    py_gen *g = (py_gen *)coro;
    py_buf b = {0};
    py_buf_put(&b, py_s(g->qualname), py_slen(g->qualname));
    py_buf_putc(&b, '(');
    py_frame *f = g->frame;
    if (f && g->state == PY_GEN_CREATED) {
        /* The frame's first locals are its arguments: the positional ones,
         * the keyword-only ones, then the *args tuple. */
        py_code *co = f->code;
        int shown = 0, cut = 0;
        for (int i = 0; i < co->argcount && !(cut = b.len >= LABEL_MAX); i++, shown++) {
            if (shown) py_buf_puts(&b, ", ");
            label_value(&b, f->fast[i]);
        }
        py_obj *rest = co->flags & PY_CO_VARARGS ? f->fast[co->argcount + co->kwonlyargcount] : NULL;
        for (size_t k = 0; !cut && rest && PY_IS_TUPLE(rest) && k < PY_TLEN(rest); k++, shown++) {
            if ((cut = b.len >= LABEL_MAX)) break;
            if (shown) py_buf_puts(&b, ", ");
            label_value(&b, PY_TITEM(rest, k));
        }
        for (int i = co->argcount; !cut && i < co->argcount + co->kwonlyargcount; i++, shown++) {
            if ((cut = b.len >= LABEL_MAX)) break;
            py_obj *nm = PY_TITEM(co->varnames, i);
            if (shown) py_buf_puts(&b, ", ");
            py_buf_put(&b, py_s(nm), py_slen(nm));
            py_buf_putc(&b, '=');
            label_value(&b, f->fast[i]);
        }
        if (cut) py_buf_puts(&b, ", " ELLIPSIS); /* arguments left out */
    }
    py_buf_putc(&b, ')');
    if (!b.oom && b.data) {
        size_t n = b.len;
        if (n >= cap) { /* too long: cut on a character boundary, and close */
            n = cap - 5;
            while (n > 0 && ((unsigned char)b.data[n] & 0xc0) == 0x80) n--;
            memcpy(buf, b.data, n);
            memcpy(buf + n, ELLIPSIS ")", 4);
            buf[n + 4] = 0;
        } else {
            memcpy(buf, b.data, n);
            buf[n] = 0;
        }
    }
    py_buf_free(&b);
}

static cas_task_group *creating_group; /* set while a TaskGroup creates its task */

/* Task-N, N counting the process's tasks as CPython's counter does (every
 * asyncio.run also makes two tasks of its own when it closes the loop) */
static unsigned long long task_counter;
static const char *next_task_name(char *buf, size_t cap) {
    snprintf(buf, cap, "Task-%llu", ++task_counter);
    return buf;
}

/* A task's context (context.c): the one given (create_task's context=), or
 * a copy of the current one (None or NULL), as CPython's Task.__init__
 * takes it; 0, or -1 when what was given is no Context. */
static int task_context(pytask *t, py_obj *ctx) {
    if (!ctx || ctx == PY_NONE) {
        t->ts.ctx = py__context_copy(0);
        return t->ts.ctx || !py_err_occurred() ? 0 : -1;
    }
    if (PY_TYPE(ctx) != &py_context_type) {
        py_err_set(py_exc_NotImplementedError, "a task's context=%T, not a contextvars.Context, is not supported by casyncio's Python", ctx);
        return -1;
    }
    t->ts.ctx = py_incref(ctx);
    return 0;
}

/* counted: the task takes a Task-N number even when named (asyncio.create_task
 * and TaskGroup.create_task name it after loop.create_task numbered it;
 * asyncio.Task(coro, name=...) and loop.create_task(name=...) do not);
 * ctx: the task's context (task_context) */
/* Debug mode (a debug loop runs): CPython's Future keeps where it was made,
 * _source_traceback, shown by its repr ("created at FILE:LINE", the last
 * frame: the line of CPython's library that made it, creating_route, or
 * the program's own) and by the reports of a task that failed unseen or
 * was destroyed pending ("source_traceback: Object created at ..."). */
static const char *creating_route; /* "tasks.py:384": where CPython's library makes the task being made */
py_obj *py__source_traceback(void); /* eval.c */
py_obj *py__source_traceback_limit(int limit);
static void note_source(pytask *t) {
    if (!origin_on || py__in_thread()) return;
    t->source_tb = py__source_traceback();
    if (creating_route) t->created_at = py_str_fmt(PY_LIB_DIR "asyncio/%s", creating_route);
    else if (t->source_tb && PY_TLEN(t->source_tb)) {
        py_obj *last = PY_TITEM(t->source_tb, PY_TLEN(t->source_tb) - 1);
        t->created_at = py_str_fmt("%U:%S", PY_TITEM(last, 0), PY_TITEM(last, 1));
    }
    if (!t->created_at) py_err_clear();
}

/* Makes t (a blank Task, or an instance of a class derived from Task) the
 * task that runs coro; -1 with the error set (t is then the caller's to drop) */
static int task_setup(pytask *t, py_obj *coro, py_obj *name, int counted, py_obj *ctx) {
    note_source(t);
    if (task_context(t, ctx) < 0) return -1;
    t->coro = py_incref(coro);
    describe_coro(t, coro);
    ((py_gen *)coro)->awaited = 1;
    py_out_flush();
    py_obj *s = name && name != PY_NONE ? py_str(name) : NULL;
    if (!s) py_err_clear();
    char label[LABEL_MAX + 32];
    coro_label(coro, label, sizeof label);
    py_ts *ts = py__ts;
    char nbuf[32];
    const char *nm = !s || counted ? next_task_name(nbuf, sizeof nbuf) : NULL;
    if (s) nm = py_s(s);
    cas_task_group *group = creating_group; /* (for this task only: a task factory may make others) */
    creating_group = NULL;
    t->in_group = group != NULL;
    if (group) {
        t->f = cas_task_group_create_task(group, task_body, t, 0);
        if (t->f) cas_task_set_name(t->f, nm);
    } else {
        t->f = cas_create_task_named(task_body, t, 0, nm, label[0] ? label : NULL);
    }
    if (t->f && py__is_agen_awaitable(coro)) cas_task_enter_cancelled(t->f);
    py__ts = ts;
    py_xdecref(s);
    if (!t->f) {
        if (group && cas_exc_type()) {
            py_err_set(py_exc_RuntimeError, "%s", cas_exc_message());
            cas_exc_clear();
            return -1;
        }
        py_err_set(py_exc_RuntimeError, "no running event loop");
        return -1;
    }
    /* the loop's reference, dropped by the done callback */
    py_incref(t);
    live_add(t);
    cas_add_done_callback_named(t->f, task_done_cb, t, NULL); /* bookkeeping: no event (CPython has no such callback) */
    return 0;
}
static py_obj *task_new(py_obj *coro, py_obj *name, int counted, py_obj *ctx) {
    pytask *t = (pytask *)py_alloc(&py_task_type);
    if (t && task_setup(t, coro, name, counted, ctx) < 0) PY_CLEAR(t);
    return (py_obj *)t;
}

static py_obj *coro_name_repr(py_obj *coro) {
    if (!coro || !is_coro(coro)) return py_str_c("?");
    return py_incref(((py_gen *)coro)->qualname);
}

/* A handler set with loop.set_exception_handler gets the report instead,
 * with CPython's context (message, exception, future); 1 when it did.  So
 * does the loop's default handler once the program has imported logging:
 * it logs to the 'asyncio' logger, as CPython's always does (a program
 * that configures logging sees its format). */
/* The traceback a report of t's exception shows: CPython's reads the
 * exception's __traceback__, which 3.11 writes only where a handler
 * (except, finally, with) is entered (and in PyErr_Print): the task's own
 * frames kept when it failed, and, for one that went on up from there (a
 * SystemExit out of asyncio.run, through a try/finally around it), the
 * frames up to the last handler that caught it then. */
static py_obj *reported_tb(pytask *t) {
    py_obj *kept = t->exc_tb;
    for (py_tb *tb = (py_tb *)((py_exc *)t->exc)->tb; tb && (py_obj *)tb != kept; tb = tb->next) {
        if (!tb->handled) continue;
        for (py_tb *u = tb; u; u = u->next)
            if ((py_obj *)u == kept) return (py_obj *)tb;
        break;
    }
    return kept;
}

/* A failed task's exception's __traceback__ as a program would read it now:
 * the frames kept when it failed, or more once an await raised it and a
 * handler caught it (reported_tb); after its first reader, the frames it
 * went up through since, to the last handler. */
static py_obj *visible_tb(pytask *t) {
    if (t->exc_tb) return reported_tb(t);
    py_obj *head = ((py_exc *)t->exc)->tb;
    for (py_tb *tb = (py_tb *)head; tb; tb = tb->next)
        if (tb->handled) return (py_obj *)tb;
    return head;
}

/* "Task exception was never retrieved": the name of the task's type, as CPython's finalizer words it */
static const char *unretrieved_kind(const pytask *t) {
    return PY_TYPE(t)->flags & PY_TF_HEAP ? PY_TYPE(t)->name : t->coro ? "Task" : "Future";
}
static int report_to_handler(pytask *t) {
    py_obj *loop = loop_obj ? loop_obj : last_loop;
    int logging = py_dict_get_s(py__interp.modules, "logging") != NULL;
    if (!loop && logging && cas_get_running_loop()) { /* the run's loop object, made as get_running_loop() makes it */
        py_obj *l = running_loop();
        if (l) py_decref(l);
        else py_err_clear();
        loop = loop_obj;
    }
    if (!loop) return 0;
    py_obj *h = py_getattr_s(loop, "_exception_handler");
    int custom = (h && h != PY_NONE) || (h && logging);
    py_xdecref(h);
    if (!custom) { py_err_clear(); return 0; }
    if (t->exc_tb) PY_SETREF(((py_exc *)t->exc)->tb, py_incref(reported_tb(t)));
    py_obj *ctx = py_dict_new();
    py_obj *msg = py_str_fmt("%s exception was never retrieved", unretrieved_kind(t));
    if (ctx && msg && py_dict_set_s(ctx, "message", msg) == 0 && py_dict_set_s(ctx, "exception", t->exc) == 0
        && py_dict_set_s(ctx, "future", (py_obj *)t) == 0
        && (!t->source_tb || py_dict_set_s(ctx, "source_traceback", t->source_tb) == 0)) {
        py_obj *r = py_call_method(loop, "call_exception_handler", &ctx, 1);
        py_xdecref(r);
    }
    py_xdecref(msg);
    py_xdecref(ctx);
    py_err_clear();
    return 1;
}

/* Debug mode: a task's step that took the loop's slow_callback_duration
 * (0.1 s) or more is logged as CPython's _run_once logs it, "Executing
 * <Task ...> took 0.250 seconds", to the 'asyncio' logger (stderr without
 * logging's configuration), with the task's repr as the step left it. */
static void slow_step(pytask *me) {
    double dt = cas_time() - me->step_t0;
    me->step_t0 = -1;
    py_obj *loop = loop_obj;
    py_obj *lim = loop ? py_getattr_s(loop, "slow_callback_duration") : NULL;
    int ok = 0;
    double limit = lim ? py_float_val(lim, &ok) : 0.1;
    py_xdecref(lim);
    if (!ok) { py_err_clear(); limit = 0.1; }
    if (!(dt >= limit)) return;
    py_obj *saved = py_err_fetch();
    py_obj *f = prelude_get("_slow_step_log"), *d = py_float(dt);
    py_obj *r = f && d ? py_call2(f, (py_obj *)me, d) : NULL;
    py_xdecref(r);
    py_xdecref(d);
    py_err_clear();
    py__ts->exc = saved;
}
/* A task's step begins again after a suspension (eval.c's py__after_suspend). */
void py__asyncio_step_begins(void) {
    pytask *t = py__ts ? py__ts->task : NULL;
    if (t && fut_base((py_obj *)t) == &py_task_type) t->step_t0 = origin_on ? cas_time() : -1;
}

/* The default exception handler's "source_traceback: Object created at
 * (most recent call last):" and its frames (traceback.format_list). */
static void put_source_tb(py_buf *b, py_obj *tb) {
    if (!tb || !PY_TLEN(tb)) return;
    py_buf_puts(b, "source_traceback: Object created at (most recent call last):\n");
    for (size_t i = 0; i < PY_TLEN(tb); i++) {
        py_obj *e = PY_TITEM(tb, i);
        int ov;
        py_buf_printf(b, "  File \"%s\", line %lld, in %s\n", py_s(PY_TITEM(e, 0)), (long long)py_int_val(PY_TITEM(e, 1), &ov),
                      py_s(PY_TITEM(e, 2)));
        if (py_slen(PY_TITEM(e, 3))) py_buf_printf(b, "    %s\n", py_s(PY_TITEM(e, 3)));
    }
}

static void report_unretrieved(pytask *t) {
    py_obj *saved = py_err_fetch();
    if (report_to_handler(t)) { py__ts->exc = saved; return; }
    int plain = py__tb_plain;
    if (py__finalizing == 1) py__tb_plain = 1;
    py_out_flush();
    py_buf b = {0};
    py_buf_printf(&b, "%s exception was never retrieved\nfuture: ", unretrieved_kind(t));
    py_obj *r = task_repr((py_obj *)t);
    if (r) { py_buf_put(&b, py_s(r), py_slen(r)); py_decref(r); }
    py_buf_putc(&b, '\n');
    put_source_tb(&b, t->source_tb);
    py_write(2, b.data, b.len);
    py_buf_free(&b);
    if (t->exc_tb) PY_SETREF(((py_exc *)t->exc)->tb, py_incref(reported_tb(t)));
    py__print_logged(t->exc, 2);
    py_err_clear();
    py__ts->exc = saved;
    py__tb_plain = plain;
}

/* ---- awaiting ------------------------------------------------------------------------------ */

/* The CancelledError a cancelled task's first reader gets is the one raised
 * inside it, with its traceback (CPython's _make_cancelled_error); later
 * readers get a new one with the cancel's message. */
static py_obj *take_cancelled_error(pytask *t) {
    py_gen *g = t->coro && is_coro(t->coro) ? (py_gen *)t->coro : NULL;
    /* a coroutine made in C here (asyncio.sleep()) is CPython's library's: the
     * error raised in it has a traceback of library frames only */
    int in_lib = g && g->cfn && t->started && !t->cancelled_exc_taken;
    if (t->exc && !t->cancelled_exc_taken && py_isinst(t->exc, py_exc_CancelledError)) {
        t->cancelled_exc_taken = 1;
        if (t->exc_tb) PY_SETREF(((py_exc *)t->exc)->tb, py_incref(t->exc_tb));
        if (in_lib && !((py_exc *)t->exc)->tb) ((py_exc *)t->exc)->lib_raised = 1;
        return py_incref(t->exc);
    }
    /* a task cancelled before its first step: CPython's step throws CancelledError(msg) into
     * the coroutine at its def line, and its first reader gets that one (with the coroutine's
     * frame); otherwise a Task keeps no message once cancelled (its __step calls
     * Future.cancel() without one), a plain future does */
    int first = g && !t->started && !t->cancelled_exc_taken;
    /* a task whose coroutine returned with a cancel pending (it cancelled itself, or was
     * cancelled in its last step) raised nothing: CPython's step cancels it with the
     * message (Future.cancel(msg=self._cancel_message)), which every reader gets */
    int returned = t->coro && t->started && !t->exc && t->f && cas_done(t->f);
    py_obj *args = t->cancel_msg && (first || !t->coro || returned) ? py_tuple_pack(1, t->cancel_msg) : NULL;
    py_obj *e = py_exc_new(py_exc_CancelledError, args);
    py_xdecref(args);
    if (first) {
        t->cancelled_exc_taken = 1;
        if (e && !g->cfn && g->frame && (g->state == PY_GEN_CREATED || g->state == PY_GEN_DONE)) py_tb_add(e, g->frame->code, -1, g->frame->globals);
    } else if (in_lib && e) {
        t->cancelled_exc_taken = 1;
        ((py_exc *)e)->lib_raised = 1;
    }
    return e;
}

static py_obj *raise_task_exc(pytask *t) {
    t->retrieved = 1;
    /* cancelled: by cancel() (t->cancelled), or a plain future the runtime cancelled */
    if (t->cancelled || !t->exc) {
        py_err_set_exc(take_cancelled_error(t));
        return NULL;
    }
    if (t->exc_tb) PY_SETREF(((py_exc *)t->exc)->tb, py_incref(t->exc_tb));
    py_err_set_exc(py_incref(t->exc));
    return NULL;
}

static int t_cancelled(pytask *t) { return t->cancelled || (cas_done(t->f) && cas_cancelled(t->f)); }
static py_obj *gather_outcome(gatherobj *g);

static py_obj *outcome(pytask *t) {
    if (py__stack_check("") < 0) return NULL; /* gathers of gathers of ... */
    if (PY_TYPE(t) == &gather_type) t->retrieved = 1;
    if (PY_TYPE(t) == &gather_type && !cas_cancelled(t->f)) return gather_outcome((gatherobj *)t);
    if (t->inner && cas_done(t->f) && !cas_cancelled(t->f)) {
        t->retrieved = 1; /* a shield's: read through it */
        return outcome((pytask *)t->inner);
    }
    if (t->exc) return raise_task_exc(t);
    if (t->cancelled || cas_cancelled(t->f)) {
        t->cancelled = 1;
        py_err_set_exc(take_cancelled_error(t));
        return NULL;
    }
    return py_incref(t->result ? t->result : PY_NONE);
}

/* outcome() for a reader (await, result()): a failed task's traceback kept
 * at completion goes to the first reader only, later ones raise the
 * exception afresh (CPython's future_get_result clears fut_exception_tb);
 * exception() and a gather's look at its children leave it. */
static py_obj *read_outcome(pytask *t) {
    if (PY_TYPE(t) != &gather_type && t->exc && !t->cancelled && !t->inner) {
        t->retrieved = 1;
        PY_SETREF(((py_exc *)t->exc)->tb, t->exc_tb);
        t->exc_tb = NULL;
        py_err_set_exc(py_incref(t->exc));
        return NULL;
    }
    return outcome(t);
}

/* Awaits a future or task from inside a task; 1 when o is one. */
static py_obj *gather_await(gatherobj *g);

/* What CPython's task step refuses of what its coroutine awaited: a
 * RuntimeError(msg) thrown in at the loop's next turn.  Inlined: it
 * suspends in py__asyncio_await, which PY_SUSPEND lists. */
static inline __attribute__((always_inline)) py_obj *step_refuses(py_obj *msg) {
    py_obj *r = msg ? py__asyncio_bare_yield() : NULL;
    if (r) py_err_set(py_exc_RuntimeError, "%U", msg);
    py_xdecref(r);
    py_xdecref(msg);
    return NULL;
}

int py__asyncio_await(py_obj *o, py_obj **res) {
    if (PY_TYPE(o) != &gather_type && !py_is_future(o)) return 0;
    if (!((pytask *)o)->f) {
        pytask *t = (pytask *)o;
        if (early_done(t)) *res = read_outcome(t);
        else if (!early_future(t)) *res = not_started();
        else if (!py__may_await()) *res = py__unsafe_await();
        else if (t->blocking) *res = py_err_set(py_exc_RuntimeError, "await wasn't used with future");
        else { /* of a loop that is not this one: CPython's step throws it in at its next turn
                * (leaving it blocking: a second await is refused by its iterator) */
            t->blocking = 1;
            *res = step_refuses(py__ts->task ? py_str_fmt("Task %R got Future %R attached to a different loop", (py_obj *)py__ts->task, o) : NULL);
        }
        return 1;
    }
    if (!py__may_await()) {
        *res = py__unsafe_await();
        return 1;
    }
    if (PY_TYPE(o) == &gather_type) {
        *res = gather_await((gatherobj *)o);
        return 1;
    }
    pytask *t = (pytask *)o;
    t->blocking = 0;
    py_out_flush();
    py_ts *ts = py__ts;
    pytask *me = ts->task;
    if (me == t) {
        *res = step_refuses(py_str_fmt("Task cannot await on itself: %R", o));
        return 1;
    }
    int waits = !cas_done(t->f);
    /* Task.task_wakeup(); none for run_until_complete(t)'s main, which CPython has not (aio_run) */
    int shown = waits && !(me && me == run_main && main_uncounted);
    if (waits) {
        if (shown) cbs_add(t, PY_NONE);
        if (me) me->waiting_on = o;
        step_ends(me);
    }
    cas_value v;
    int r = cas_await(t->f, &v);
    py__ts = ts;
    if (waits) {
        if (shown) cbs_remove(t, PY_NONE);
        if (me) me->waiting_on = NULL;
        step_woke(me, o);
        py__after_suspend();
    } else py__after_wait();
    cas_exc_clear();
    if ((r == 0 || r == CAS_EEXCEPTION) && me && me->internal) {
        /* main of a stopped run_until_complete(t): CPython's run took its
         * callback off t, so t's outcome is the program's to retrieve */
        *res = py_none();
        return 1;
    }
    if (r == 0) {
        *res = read_outcome(t);
        return 1;
    }
    if (r == CAS_ECANCELLED) {
        if (me && me->destroyed) { /* collected by gc: its coroutine is closed, as CPython's finalizer does */
            py_err_set_exc(py_exc_new(py_exc_GeneratorExit, NULL));
            *res = NULL;
            return 1;
        }
        if (cas_done(t->f) && (t->cancelled || cas_cancelled(t->f))) { *res = outcome(t); return 1; }
        /* the awaiting task itself was cancelled; t had ended first (a SystemExit
         * that stopped the loop): CPython's __wakeup reads its result() before
         * the cancel is thrown in, so it is retrieved, never logged */
        if (cas_done(t->f) && t->exc) t->retrieved = 1;
        *res = raise_cancelled();
        return 1;
    }
    if (r == CAS_EEXCEPTION) {
        *res = read_outcome(t);
        return 1;
    }
    if (r == CAS_EMISUSE) {
        *res = py_err_set(py_exc_RuntimeError, cas_current_task() == t->f ? "Task cannot await on itself" : "await outside a running event loop");
        return 1;
    }
    *res = py_err_set(py_exc_RuntimeError, "%s", cas_strerror(r));
    return 1;
}

/* ---- asyncio.sleep ------------------------------------------------------------------------------- */

/* Not inlined: kept out of sleep_run's frame, which every sleeping task keeps. */
/* A delay or timeout that is not an int or a float (a Fraction, a
 * Decimal, a str), as CPython's call_later uses it: loop.time() + delay,
 * in Python's arithmetic (a Fraction gives a float; a Decimal or a str its
 * TypeError).  0, or -1 with the error. */
static __attribute__((noinline)) int later_delay(py_obj *d, double *s) {
    int ok;
    if (PY_CHECK_INT(d) || PY_CHECK_FLOAT(d)) {
        *s = py_float_val(d, &ok);
        return ok ? 0 : -1;
    }
    double now = cas_get_running_loop() ? cas_time() : 0;
    py_obj *nf = py_float(now), *w = nf ? py_binop(nf, d, PYAST_Add) : NULL;
    py_xdecref(nf);
    if (!w) return -1;
    double when = py_float_val(w, &ok);
    py_decref(w);
    if (!ok) return -1;
    *s = when - now;
    return 0;
}
/* sleep(delay) of such a delay: CPython's `if delay <= 0`, then call_later */
static __attribute__((noinline)) int sleep_delay(py_obj *d, double *s) {
    if (PY_CHECK_INT(d) || PY_CHECK_FLOAT(d)) return later_delay(d, s);
    py_obj *zero = py_int(0), *le = zero ? py_richcmp(d, zero, PY_LE) : NULL;
    py_xdecref(zero);
    int t = le ? py_truth(le) : -1;
    py_xdecref(le);
    if (t < 0) return -1;
    if (t) { *s = 0; return 0; }
    return later_delay(d, s);
}

/* arg: the delay, or (delay, result) when a result was given. */
/* sleep_run's end, out of its frame (which every sleeping task keeps) */
static __attribute__((noinline)) py_obj *sleep_result(int r, py_obj *arg) {
    py__after_suspend();
    cas_exc_clear();
    if (r == CAS_ECANCELLED) {
        int ok;
        double s = py_float_val(PY_IS_TUPLE(arg) ? PY_TITEM(arg, 0) : arg, &ok);
        if (!ok) py_err_clear(); /* (a Fraction's delay) */
        return raise_cancelled_at(ok && s <= 0); /* sleep(0) is CPython's bare yield */
    }
    if (r == CAS_EMISUSE) return py_err_set(py_exc_RuntimeError, "no running event loop");
    if (r < 0) return py_err_set(py_exc_ValueError, "%s", cas_strerror(r));
    return py_incref(PY_IS_TUPLE(arg) ? PY_TITEM(arg, 1) : PY_NONE);
}
/* The levels of recursion CPython's sleep() goes through at its deepest:
 * its frame, then for delay <= 0 __sleep0()'s; else loop.call_later,
 * call_at, the C call of the TimerHandle class, TimerHandle.__init__,
 * Handle.__init__ and its C call of contextvars.copy_context(), 7 in all
 * (an awaited sleep recursing to the limit fails there, "while calling a
 * Python object"; counted by the twenty-fourth rehearsal's programs). */
static __attribute__((noinline)) int sleep_levels(double s) { return py__recursion_chain_check(s <= 0 ? 2 : 7, s > 0); }
static py_obj *sleep_run(py_obj *arg) {
    py_obj *d = PY_IS_TUPLE(arg) ? PY_TITEM(arg, 0) : arg;
    if (py__recursion_chain_check(1, 0) < 0) return NULL; /* sleep's own frame */
    /* CPython's sleep() compares `delay <= 0` once awaited (not when called) */
    double s;
    if (sleep_delay(d, &s) < 0) return NULL;
    if (s == s && sleep_levels(s) < 0) return NULL;
    /* CPython's sleep(nan) is call_later(nan): a timer its heap cannot order
     * (`nan >= end` is false: due), here one due at once, the smallest sleep */
    if (s != s) s = 5e-324;
    if (s <= 0 && py__busy_wait(1)) return NULL;
    py_out_flush();
    py_ts *ts = py__ts;
    pytask *me = ts->task;
    if (me) {
        int c = me->f ? cas_task_cancelling(me->f) : 0;
        me->sleeping = 1;
        me->yielding = s <= 0;
        me->sleep_cancelling = (uint8_t)(c > 255 ? 255 : c);
        step_ends(me);
    }
    int r = cas_sleep(s);
    if (me) me->sleeping = me->yielding = 0;
    py__ts = ts;
    if (r == 0 && PY_IS_TUPLE(arg)) step_woke(me, arg); /* sleep's future holds its result */
    timer_woke = s > 0; /* (for py__loop_turn: a timer's, CPython's next turn's) */
    return sleep_result(r, arg);
}
/* A bare `yield` in a class's __await__ (py_await, eval.c): CPython's task
 * takes its next step on the loop's next turn, as after sleep(0); None, or
 * NULL with CancelledError when the task was cancelled meanwhile. */
py_obj *py__asyncio_bare_yield(void) {
    py_out_flush();
    py_ts *ts = py__ts;
    pytask *me = ts->task;
    step_ends(me);
    if (me) me->yielding = 1;
    int r = cas_sleep(0);
    if (me) me->yielding = 0;
    py__ts = ts;
    py_obj *zero = py_int(0);
    py_obj *res = zero ? sleep_result(r, zero) : NULL;
    py_xdecref(zero);
    return res;
}
/* A future of the program's own kind yielded to the task (an object whose
 * _asyncio_future_blocking is true, not an asyncio.Future): CPython's task
 * adds its wakeup as the object's done callback, and its next step reads
 * the object's result(): None to send in, or NULL (its exception, or a
 * cancel's CancelledError meanwhile, thrown in at the yield). */
py_obj *py__asyncio_duck_wait(py_obj *fut) {
    if (py_setattr_s(fut, "_asyncio_future_blocking", PY_FALSE) < 0) return NULL;
    py_obj *mk = prelude_get("_duck_waiter");
    py_obj *w = mk ? py_call1(mk, fut) : NULL;
    if (!w) return NULL;
    py_obj *r = py_await(w);
    py_decref(w);
    if (!r) return NULL;
    py_decref(r);
    r = py_call_method(fut, "result", NULL, 0);
    if (!r) return NULL;
    py_decref(r);
    return py_none();
}
/* Whether o, a Future or Task, has _asyncio_future_blocking set: its
 * __await__/__iter__ yielded it (CPython's `yield from fut`), not a bare
 * `yield fut` */
int py__future_blocking(py_obj *o) { return PY_TYPE(o) == &gather_type || ((pytask *)o)->blocking; }
/* asyncio._run_sigint(): a SIGINT while the handler is the default one (the
 * signal module's delivery): True when asyncio.run's Runner took it (main
 * cancelled), KeyboardInterrupt raised at the next; False outside asyncio.run */
F(aio_run_sigint) {
    if (!run_sigint_at || !run_sigint_at->f) return py_bool(0);
    if (++run_sigints == 1 && !cas_done(run_sigint_at->f)) {
        py_obj *r = py_call_method((py_obj *)run_sigint_at, "cancel", NULL, 0);
        if (!r) return NULL;
        py_decref(r);
        return py_bool(1);
    }
    return py_err_set_exc(py_exc_new(py_exc_KeyboardInterrupt, NULL)), NULL;
}
/* The running task's repr, for "yield was used instead of yield from ..." */
py_obj *py__asyncio_current_task_repr(void) {
    pytask *t = cas_current_task() ? py__ts->task : NULL;
    return t ? task_repr((py_obj *)t) : py_str_c("None");
}
F(aio_sleep) {
    static const char *const names[] = { "delay", "result", NULL };
    py_obj *a[2];
    if (py_args_py("sleep", args, nargs, kw, 1, 2, names, a) < 0) return NULL;
    /* no tuple for the usual sleep(delay): 64 bytes less per sleeping task */
    py_obj *t = a[1] && a[1] != PY_NONE ? py_tuple_pack(2, a[0], a[1]) : py_incref(a[0]);
    return py_coro_c_new("sleep", sleep_run, t);
}

/* ---- async generators' finalizer hook ---------------------------------------------------------------- */

/* A suspended async generator dropped while the loop runs: as CPython's
 * loop (_asyncgen_finalizer_hook: call_soon_threadsafe(create_task,
 * agen.aclose())), its aclose() runs in a task made on the next turn. */
static int leftovers_taken; /* asyncio.run's main has returned: the tasks left are being cancelled */
static void keep_leftover(pytask *x);
static int agen_finalize_cb(void *ud) {
    py_obj *c = py__agen_aclose_coro(ud); /* takes the generator's reference */
    py_ts *saved = py__ts;
    static py_ts cb_ts;
    py__ts = &cb_ts;
    py_obj *t = c ? task_new(c, NULL, 1, NULL) : NULL;
    if (!t) py_err_clear();
    /* made after main returned (its generator dropped as main ended): among
     * the tasks CPython's _cancel_all_tasks() cancels, and reports */
    else if (leftovers_taken) keep_leftover((pytask *)t);
    py_xdecref(t);
    py_xdecref(c);
    py__ts = saved;
    return 0;
}
int py__agen_finalize(py_obj *gen) {
    if (!cas_get_running_loop()) return -1;
    return cas_call_soon_named(agen_finalize_cb, gen, "call_soon_threadsafe", NULL) < 0 ? -1 : 0;
}
/* The running loop's _asyncgen_firstiter_hook or _asyncgen_finalizer_hook,
 * bound (sys.get_asyncgen_hooks() in a run) */
py_obj *py__asyncio_loop_hook(int finalizer) {
    py_obj *loop = running_loop();
    py_obj *h = loop ? py_getattr_s(loop, finalizer ? "_asyncgen_finalizer_hook" : "_asyncgen_firstiter_hook") : NULL;
    py_xdecref(loop);
    return h;
}
/* _agen_hook(agen, finalizer): what the loop's hooks do when the program
 * calls them (a hook of its own passing the generator on): the loop keeps
 * it for shutdown_asyncgens(), or closes it in a task of its own */
F(aio_agen_hook) {
    if (nargs != 2 || PY_TYPE(args[0]) != &py_asyncgen_type) return py_none();
    if (!py_truth(args[1])) {
        py__agen_track(args[0]);
        return py_none();
    }
    py__agen_forget(args[0]);
    if (py__agen_finalize(py_incref(args[0])) < 0) py_decref(args[0]);
    return py_none();
}
/* asyncio.run's shutdown_asyncgens(): the async generators left suspended
 * are closed, each in a task of its own in CPython (counted in Task-N);
 * here after the loop, so their finally blocks cannot await. */
static void shutdown_asyncgens(void) {
    py_obj *l = py__agen_take_all();
    if (!l) { py_err_clear(); return; }
    for (size_t i = 0; i < PY_LLEN(l); i++) {
        task_counter++;
        py_obj *c = py__agen_aclose_coro(py_incref(PY_LITEM(l, i)));
        py_obj *r = NULL;
        if (c) {
            py_gen *g = (py_gen *)c;
            r = g->cfn(g->carg);
            g->state = PY_GEN_DONE;
        }
        if (!r) {
            py_obj *e = py_err_fetch();
            if (e && !py_isinst(e, py_exc_CancelledError)) {
                py_obj *rep = py_repr(PY_LITEM(l, i));
                py_buf b = {0};
                py_buf_puts(&b, "an error occurred during closing of asynchronous generator ");
                if (rep) { py_buf_put(&b, py_s(rep), py_slen(rep)); py_decref(rep); }
                py_buf_putc(&b, '\n');
                py_write(2, b.data, b.len);
                py_buf_free(&b);
                py__print_logged(e, 2);
            }
            py_xdecref(e);
            py_err_clear();
        }
        py_xdecref(r);
        py_xdecref(c);
    }
    py_decref(l);
}

/* The prelude's loop.shutdown_asyncgens(): the async generators left
 * suspended, forgotten here (a new list). */
F(aio_agens_take) { return py__agen_take_all(); }

/* ---- asyncio.run ---------------------------------------------------------------------------------- */

/* stop() before the run: it ends with the iteration in which what was
 * scheduled before it runs (CPython's first), main's second here (start_deferred) */
static int stop_first;
/* The tasks left pending when asyncio.run's main returns (or Runner.close()
 * comes), which the runtime then cancels: CPython's _cancel_all_tasks()
 * reports each that ended with another exception than CancelledError,
 * "unhandled exception during asyncio.run() shutdown", which retrieves it.
 * Each is looked at by a done callback, on the loop as it finishes. */
static py_obj *kept_loop; /* below */
int py__threads_loop_end(void); /* "threads outside asyncio" */
static int threads_live;    /* threads' fibers that have not ended, in any loop */
static int threads_loop;    /* the kept loop is the threads' loop (below) */
static int threads_daemon;  /* of threads_live, the daemon threads */
static cas_future *threads_idle; /* the program's end waits for it: set when only daemon threads are left */
static int snapshot_leftovers;
static void leftover_done(cas_future *f, void *ud) {
    pytask *x = ud;
    py_ts *saved = py__ts;
    static py_ts cb_ts;
    py__ts = &cb_ts;
    /* one that failed before the shutdown's cancel reached it (its step was already due
     * when main returned) was no longer pending then: logged as never retrieved */
    /* (a SystemExit or KeyboardInterrupt leaves CPython's shutdown before it looks) */
    if (x->exc && !x->cancelled && cas_task_cancelling(x->f) > 0
        && !py_isinst(x->exc, py_exc_SystemExit) && !py_isinst(x->exc, py_exc_KeyboardInterrupt)) {
        x->retrieved = 1;
        if (x->exc_tb) PY_SETREF(((py_exc *)x->exc)->tb, py_incref(x->exc_tb));
        py_obj *ctx = py_dict_new(), *msg = py_str_c("unhandled exception during asyncio.run() shutdown");
        if (ctx && msg && py_dict_set_s(ctx, "message", msg) == 0 && py_dict_set_s(ctx, "exception", x->exc) == 0
            && py_dict_set_s(ctx, "task", (py_obj *)x) == 0) {
            py_obj *loop = loop_obj ? loop_obj : kept_loop, *r;
            if (loop) r = py_call_method(loop, "call_exception_handler", &ctx, 1);
            else { /* no loop object was made: the default handler, which needs none */
                py_obj *cls = prelude_get("BaseEventLoop");
                py_obj *h = cls ? py_getattr_s(cls, "default_exception_handler") : NULL;
                r = h ? py_call2(h, PY_NONE, ctx) : NULL;
                py_xdecref(h);
            }
            py_xdecref(r);
        }
        py_xdecref(msg);
        py_xdecref(ctx);
        py_err_clear();
    }
    py_decref(x);
    py__ts = saved;
}
static void keep_leftover(pytask *x) {
    if (x->coro && x->f && !x->internal && !cas_done(x->f) && cas_add_done_callback_named(x->f, leftover_done, x, NULL) == 0)
        py_incref(x);
}
/* The exception the code that called asyncio.run() (run_until_complete...)
 * was handling (borrowed: its frame keeps it), or NULL: CPython runs the
 * loop inside that call, so a task's coroutine handling nothing of its own
 * sees it in sys.exc_info(), and what it raises gets it as __context__. */
static py_obj *run_outer_handled;
py_obj *py__exit_context(void) {
    pytask *t = py__exit_handled && py__ts ? py__ts->task : NULL;
    if (!py__exit_handled || (t && t->f && leftovers_taken && cas_task_cancelling(t->f) == 0)) return run_outer_handled;
    return py__exit_handled;
}
static void take_leftovers(pytask *main) {
    leftovers_taken = 1;
    for (pytask *x = live_head; x; x = x->live_next)
        if (x != main) keep_leftover(x);
}

static int main_body(void *arg, cas_value *result) {
    pytask *t = arg;
    t->f = cas_retain(cas_current_task());
    py_incref(t);
    live_add(t);
    cas_add_done_callback_named(t->f, task_done_cb, t, NULL); /* bookkeeping: no event (CPython has no such callback) */
    task_enter(t); /* start_deferred runs Python code in main's task */
    if (deferred) start_deferred();
    if (stop_first) {
        stop_first = 0;
        cas_loop_stop();
    }
    int rc = task_body(arg, result);
    if (snapshot_leftovers) { /* asyncio.run's main returned: the runtime cancels what is left */
        snapshot_leftovers = 0;
        take_leftovers(t);
    }
    return rc;
}

int py__virtual_clock;
volatile int py__sigint; /* set by the CLI's SIGINT handler */

/* asyncio.run's shutdown_asyncgens() when async generators are left
 * suspended and the stack may suspend: a run of its own, as CPython's
 * run_until_complete(loop.shutdown_asyncgens()), whose main (a task,
 * counted) closes each in a task of gather's, so their finally blocks may
 * await; the run's loop object (last_loop, or none) is the running one
 * meanwhile.  0 when there was nothing to close. */
static int close_agens_run(void) {
    py_obj *l = py__agen_take_all();
    if (!l) { py_err_clear(); return 0; }
    if (!PY_LLEN(l)) { py_decref(l); return 0; }
    py_obj *fn = prelude_get("_close_agens");
    py_obj *loop = last_loop ? last_loop : PY_NONE;
    py_obj *coro = fn ? py_call2(fn, loop, l) : NULL;
    py_decref(l);
    pytask *t = coro ? (pytask *)py_alloc(&py_task_type) : NULL;
    if (!t) { py_xdecref(coro); py_err_clear(); return 1; }
    t->coro = coro;
    t->ts.ctx = py__context_copy(0);
    describe_coro(t, coro);
    ((py_gen *)coro)->awaited = 1;
    py_out_flush();
    py_ts *ts = py__ts;
    pytask *outer_main = run_main;
    int uncounted = main_uncounted;
    main_uncounted = 0;
    run_main = t;
    PY_CLEAR(loop_obj);
    if (last_loop) {
        loop_obj = py_incref(last_loop);
        if (py_setattr_s(loop_obj, "_running", PY_TRUE) < 0 || py_setattr_s(loop_obj, "_closed", PY_FALSE) < 0) py_err_clear();
    }
    cas_task *mt = NULL;
    char name[32];
    cas_run_as(main_body, t, &mt, next_task_name(name, sizeof name), "shutdown_asyncgens()", 0);
    py__ts = ts;
    run_main = outer_main;
    main_uncounted = uncounted;
    py__after_suspend();
    if (loop_obj && py_setattr_s(loop_obj, "_closed", PY_TRUE) < 0) py_err_clear();
    if (loop_obj && py_setattr_s(loop_obj, "_running", PY_FALSE) < 0) py_err_clear();
    PY_CLEAR(loop_obj);
    t->retrieved = 1;
    cas_exc_clear();
    py_err_clear();
    if (mt) cas_release(mt);
    py_decref(t);
    drain_released();
    return 1;
}

/* What asyncio.Runner's close() runs after its loop's last run (asyncio.run
 * is a Runner in CPython 3.11): run_until_complete(shutdown_asyncgens())
 * and run_until_complete(shutdown_default_executor()), a Task each (the
 * first in a run of its own when generators are left and may_run, see
 * close_agens_run; else closed here, after the loop). */
static void runner_shutdown(int may_run) {
    if (!may_run || !close_agens_run()) {
        task_counter++;
        shutdown_asyncgens();
    }
    task_counter++;
}
/* ---- a loop that outlives its runs ------------------------------------------------------------- */

/* loop.run_until_complete(), run_forever() and Runner.run() run their
 * loop object with cas_run_kept: what a run leaves pending goes on in the
 * loop's next run, as in CPython.  kept_loop is that loop object while
 * the runtime keeps its leftovers. */

/* The tasks a kept loop still has when the program ends: CPython never
 * resumes them (loop.close() drops the loop's callbacks and leaves its
 * tasks as they are).  At exit its collector closes each coroutine
 * (GeneratorExit at its await: its finally blocks run) and the Task logs
 * "Task was destroyed but it is pending!": first the tasks nothing else
 * holds, each closed and then logged with "coro=<f() done, ...>", in the
 * order they were made; then, as the module's teardown frees them, those
 * the program holds, logged first with "running at".  A loop never
 * closed frees its tasks as the teardown frees it: all are logged, then
 * closed; one that is still the current event loop (get_event_loop()'s)
 * outlives the teardown: its tasks go silently.  destroy_task closes one
 * through the kept loop (a destroyed task's cancelled await raises
 * GeneratorExit: raise_cancelled_at); while it is logged (destroying), it
 * is pending and its repr is the one CPython's collector shows. */
static pytask *destroying;
static py_obj *destroying_repr;

/* Logs t as CPython's Task.__del__ does, with repr as its repr (NULL: its
 * repr now). */
static void report_destroyed(pytask *t, py_obj *repr, py_obj *loop) {
    if (t->quiet_destroy) return;
    py_obj *saved = py_err_fetch();
    py_obj *own = repr ? NULL : task_repr((py_obj *)t);
    if (!repr) repr = own;
    py_obj *ctx = py_dict_new();
    py_obj *msg = py_str_c("Task was destroyed but it is pending!");
    destroying = t;
    destroying_repr = repr;
    if (loop && ctx && msg && py_dict_set_s(ctx, "message", msg) == 0 && py_dict_set_s(ctx, "task", (py_obj *)t) == 0
        && (!t->source_tb || py_dict_set_s(ctx, "source_traceback", t->source_tb) == 0)) {
        py_obj *r = py_call_method(loop, "call_exception_handler", &ctx, 1);
        py_xdecref(r);
    }
    destroying = NULL;
    destroying_repr = NULL;
    py_err_clear();
    py_xdecref(own);
    py_xdecref(msg);
    py_xdecref(ctx);
    py__ts->exc = saved;
}

/* Back from a run of the kept loop (other tasks ran meanwhile). */
static void after_kept_run(py_ts *ts) {
    py__ts = ts;
    py__after_suspend();
    cas_exc_clear();
    drain_released();
}

/* Whether loop, a loop object, is not closed. */
static int loop_is_open(py_obj *loop) {
    py_obj *closed = py_getattr_s(loop, "_closed");
    int open = !closed || !py_truth(closed);
    py_xdecref(closed);
    py_err_clear();
    return open;
}

/* _run_ended(loop): its default executor's threads have ended. */
static void run_ended(py_obj *loop) {
    py_obj *ended = prelude_get("_run_ended");
    py_obj *r = ended ? py_call1(ended, loop) : NULL;
    if (!r) py_err_clear();
    py_xdecref(r);
}

static void destroy_task(pytask *t, py_obj *loop, int held) {
    if (held) report_destroyed(t, NULL, loop);
    t->destroyed = 1;
    py_obj *repr = held ? NULL : task_repr((py_obj *)t); /* the collector's: coroutine done */
    py_err_clear();
    py_ts *ts = py__ts;
    cas_cancel(t->f);
    cas_run_kept_until(t->f);
    after_kept_run(ts);
    if (!held) report_destroyed(t, repr, loop);
    py_xdecref(repr);
}

/* Tasks made for a loop that never ran them (loop.create_task() before a
 * run that never came): at exit CPython's teardown frees them with their
 * loop, and each logs "Task was destroyed but it is pending!" (its
 * coroutine at its def line), then its coroutine warns that it was never
 * awaited; unless their loop is still the current event loop, never
 * closed, which outlives the teardown. */
static void end_deferred(void) {
    py_obj *current = deferred ? prelude_get("_event_loop") : NULL;
    for (size_t i = 0; deferred && i < PY_LLEN(deferred); i++) {
        py_obj *e = PY_LITEM(deferred, i), *t = PY_TITEM(e, 0), *loop = PY_TITEM(e, 3);
        if (fut_base((py_obj *)t) != &py_task_type || (loop == current && loop_is_open(loop))) continue;
        report_destroyed((pytask *)t, NULL, loop);
        ((py_gen *)((pytask *)t)->coro)->awaited = 0;
    }
    PY_CLEAR(deferred);
}

static void end_kept(void) {
    if (!cas_loop_kept()) return;
    py_obj *loop = kept_loop ? py_incref(kept_loop) : NULL;
    int open = !loop || loop_is_open(loop);
    if (open && (!loop || loop == prelude_get("_event_loop"))) {
        cas_drop_kept();
        py_err_clear();
    }
    /* the tasks still pending, in the order they were made */
    py_obj *tasks = py_list_new(0);
    for (pytask *t = live_head; tasks && t; t = t->live_next)
        if (t->coro && t->f && t->started && !t->internal && !cas_done(t->f) && py_list_append(tasks, (py_obj *)t) < 0)
            PY_CLEAR(tasks);
    if (open) {
        /* the loop, freed by the module's teardown, frees them all: each
         * logs, then the coroutines close */
        for (size_t i = 0; tasks && cas_loop_kept() && i < PY_LLEN(tasks); i++) {
            pytask *t = (pytask *)PY_LITEM(tasks, i);
            report_destroyed(t, NULL, loop);
            t->destroyed = 1;
        }
    } else {
        for (int held = 0; held < 2 && tasks && cas_loop_kept(); held++)
            for (size_t i = 0; i < PY_LLEN(tasks); i++) {
                pytask *t = (pytask *)PY_LITEM(tasks, i);
                /* held by something else than the loop and this list (or made before the
                 * loop ran, which CPython's last collection logs first too) */
                if ((t->ob.rc > 2 || t->made_early) == held && !cas_done(t->f) && cas_loop_kept()) destroy_task(t, loop, held);
            }
    }
    py_xdecref(tasks);
    py_ts *ts = py__ts;
    cas_shutdown_kept();
    after_kept_run(ts);
    PY_CLEAR(kept_loop);
    threads_loop = 0;
    py_xdecref(loop);
}

/* Another loop runs while one is kept: the runtime has one loop, so the
 * kept one's tasks are closed now, as at exit (CPython's would wait,
 * pending, for the collector). */
static void abandon_kept(void) {
    /* its tasks are gone: a later run of that loop is refused (prelude) */
    if (kept_loop && py_setattr_s(kept_loop, "_abandoned", PY_TRUE) < 0) py_err_clear();
    end_kept();
}

/* The program's end: the loops it made and left are freed. */
void py__asyncio_end_kept(void) {
    end_deferred();
    end_kept();
    /* what the prelude holds as CPython's loops would until the end:
     * handles whose callback failed, gathers whose loop never ran */
    static const char *const held_lists[] = { "_failed_handles", "_unstarted_gathers" };
    /* a gather's children made for the current event loop, still open:
     * CPython's tasks of that loop outlive the teardown, and their
     * coroutines go silently (a gather in a plain main() never run) */
    py_obj *gathers = prelude_dict ? prelude_get("_unstarted_gathers") : NULL;
    py_obj *current = gathers ? prelude_get("_event_loop") : NULL;
    for (size_t i = 0; current && current != PY_NONE && PY_IS_LIST(gathers) && i < PY_LLEN(gathers); i++) {
        py_obj *g = PY_LITEM(gathers, i);
        py_obj *gl = py_getattr_s(g, "_loop"), *aws = gl == current && loop_is_open(current) ? py_getattr_s(g, "_aws") : NULL;
        size_t n = !aws ? 0 : PY_IS_LIST(aws) ? PY_LLEN(aws) : PY_IS_TUPLE(aws) ? PY_TLEN(aws) : 0;
        for (size_t j = 0; j < n; j++) {
            py_obj *a = PY_IS_LIST(aws) ? PY_LITEM(aws, j) : PY_TITEM(aws, j);
            if (is_coro(a)) ((py_gen *)a)->awaited = 1;
        }
        py_xdecref(aws);
        py_xdecref(gl);
        py_err_clear();
    }
    for (int i = 0; i < 2; i++) {
        py_obj *held = prelude_dict ? prelude_get(held_lists[i]) : NULL;
        py_obj *r = held && PY_IS_LIST(held) ? py_call_method(held, "clear", NULL, 0) : NULL;
        py_xdecref(r);
        py_err_clear();
    }
}

/* _loop_closed(loop): loop.close(): if its runs left tasks in the
 * runtime, their timers never fire (CPython's close() clears the loop's
 * scheduled handles: a task asleep stays pending at its await). */
F(aio_loop_closed) {
    if (nargs == 1 && kept_loop && args[0] == kept_loop) cas_close_kept();
    return py_none();
}

/* _loop_stop(): loop.stop() of the running loop, or before its run */
F(aio_loop_stop) {
    cas_loop_stop();
    return py_none();
}

/* _runner_shutdown(loop): Runner.close(): the tasks its runs left are
 * cancelled and their cleanup runs, as asyncio.run ends. */
F(aio_runner_shutdown) {
    int call_safe = py__take_call_safe(), stopped = 0;
    if (nargs == 1 && kept_loop && args[0] == kept_loop) {
        if (!py__may_suspend(call_safe))
            return py_err_set(py_exc_RuntimeError, "Runner.close() called back from C code is not supported by casyncio's Python in wasm: call it directly");
        py_ts *ts = py__ts;
        take_leftovers(NULL);
        stopped = cas_shutdown_kept() == CAS_ESTOPPED; /* stop() in a task's cleanup */
        after_kept_run(ts);
        run_ended(kept_loop);
        PY_CLEAR(kept_loop);
    }
    runner_shutdown(py__may_suspend(call_safe));
    if (stopped) return py_err_set(py_exc_RuntimeError, "Event loop stopped before Future completed.");
    return py_none();
}

/* Debug mode's coroutine origin tracking, as CPython's
 * BaseEventLoop._set_coroutine_origin_tracking: on, it keeps the depth that
 * sys.set_coroutine_origin_tracking_depth() had and tracks 10 frames
 * (constants.DEBUG_STACK_DEPTH); off, it gives that depth back.  A run
 * turns it on in debug mode and off at its end; loop.set_debug() during a
 * run turns it on or off one loop turn later (call_soon_threadsafe). */
static int origin_saved;
static void origin_tracking(int enabled) {
    if (!!enabled == origin_on) return;
    if (enabled) {
        origin_saved = py__origin_depth;
        py__origin_depth = 10;
    } else py__origin_depth = origin_saved;
    origin_on = !!enabled;
}
F(aio_origin_tracking) {
    (void)kw;
    int on = nargs == 1 ? py_truth(args[0]) : -1;
    if (on < 0) return py_err_occurred() ? NULL : py_err_set(py_exc_TypeError, "_set_coroutine_origin_tracking() takes one argument");
    origin_tracking(on);
    return py_incref(PY_NONE);
}

/* The frame that called the run going on (asyncio.run, run_until_complete:
 * the module's, or the prelude's), or NULL: a task's first frame's f_back,
 * as CPython's stack goes on from a task through the loop to that caller
 * (exc.c's frameobj_back; traceback.extract_stack leaves the prelude's out) */
py_frame *py__run_caller;
F(aio_run) {
    int call_safe = py__take_call_safe();
    /* _loop: the loop object whose run_until_complete() calls this (the prelude's BaseEventLoop) */
    /* _forever: run_forever()'s; _stopped: stop() was called before the run */
    /* _target: what run_until_complete(future) runs until (main awaits it), whose repr shows its callback */
    static const char *const names[] = { "main", "debug", "_loop", "_uncounted", "_forever", "_stopped", "_target", NULL };
    py_obj *a[7];
    if (py_args_py("run", args, nargs, kw, 1, 1, names, a) < 0) return NULL;
    int forever = a[4] && py_truth(a[4]);
    stop_first = a[5] && py_truth(a[5]);
    py_obj *coro = a[0], *own_loop = a[2];
    /* (a loop run again, a Runner's: one generation) */
    static uint32_t gens;
    uint32_t gen = own_loop && own_loop == last_loop && last_loop_gen ? last_loop_gen : ++gens;
    run_gen_now = gen;
    run_debug = a[1] && a[1] != PY_NONE ? a[1] : NULL; /* borrowed: set on the run's loop when it is made */
    main_uncounted = a[3] && py_truth(a[3]);
    if (!is_coro(coro)) {
        /* CPython's Runner made its loop the current one, then its close()
         * set none (what get_event_loop() had given is left to the end) */
        if (!own_loop && !cas_get_running_loop() && !py__in_thread()) {
            py_obj *sel = prelude_get("set_event_loop");
            py_obj *rr = sel ? py_call1(sel, PY_NONE) : NULL;
            py_xdecref(rr);
            py_err_clear();
        }
        py_obj *r = py_repr(coro);
        py_err_set(py_exc_ValueError, "a coroutine was expected, got %U", r);
        py_xdecref(r);
        return NULL;
    }
    if (py__in_thread())
        return py_err_set(py_exc_NotImplementedError, "asyncio.run() in a thread (to_thread, run_in_executor) is not supported by casyncio's Python");
    if (cas_get_running_loop()) return py_err_set(py_exc_RuntimeError, "asyncio.run() cannot be called from a running event loop");
    if (py__threads_loop_end() < 0) return NULL;
    if (!py__may_suspend(call_safe))
        return py_err_set(py_exc_RuntimeError, "asyncio.run() called back from C code (a property, a list's repr, "
                          "__hash__ in a dict...) is not supported by casyncio's Python in wasm: call it directly");
    pytask *t = (pytask *)py_alloc(&py_task_type);
    if (!t) return NULL;
    t->coro = py_incref(coro);
    t->ts.ctx = py__context_copy(0); /* the Runner's copy_context() */
    describe_coro(t, coro);
    ((py_gen *)coro)->awaited = 1;
    py_out_flush();
    py_ts *ts = py__ts;
    cas_task *mt = NULL;
    char label[LABEL_MAX + 32];
    coro_label(coro, label, sizeof label);
    PY_CLEAR(loop_obj);
    if (own_loop) loop_obj = py_incref(own_loop);
    else debug_log("Using selector: %s", "EpollSelector"); /* the Runner's new loop */
    /* Another loop runs: the kept one's tasks are never resumed. */
    if (kept_loop != own_loop) abandon_kept();
    pytask *outer_main = run_main, *outer_sigint_at = run_sigint_at;
    int outer_sigints = run_sigints;
    py_obj *outer_agh[2];
    py__agen_hooks_enter(outer_agh); /* as CPython's run_forever, until the run ends */
    run_main = t;
    run_sigint_at = own_loop ? NULL : t;
    run_sigints = 0;
    /* debug mode tracks where coroutines are made while its loop runs
     * (CPython's run_forever sets the depth to constants.DEBUG_STACK_DEPTH) */
    int debug = run_debug ? py_truth(run_debug) > 0 : !own_loop && env_debug();
    if (!debug && own_loop) {
        py_obj *d = py_getattr_s(own_loop, "_debug");
        debug = d && py_truth(d) > 0;
        py_xdecref(d);
        py_err_clear();
    }
    int saved_lib = py__origin_lib;
    origin_tracking(debug);
    if (!main_uncounted) { /* debug mode: where CPython's run makes main's task */
        creating_route = own_loop ? "tasks.py:680" : "runners.py:100";
        note_source(t);
        creating_route = NULL;
    }
    /* CPython's frames above a task's: runners.py's two and base_events.py's
     * run_until_complete for asyncio.run, then run_forever, _run_once and
     * events.py's Handle._run (a Runner's run() has one runners.py frame:
     * counted as run_until_complete's four) */
    py__origin_lib = !own_loop ? 6 : forever ? 3 : 4;
    /* and so a task's first frame is as deep as the caller's frames and
     * those (measured with CPython 3.11.7: asyncio.run at module level, 9;
     * here the prelude's run_until_complete and Runner.run are frames too) */
    int saved_base = py__task_base_depth;
    py__task_base_depth = ts->depth + (!own_loop ? 8 : forever ? 3 : 4);
    snapshot_leftovers = !own_loop;
    pytask *until = a[6] && py_is_future(a[6]) ? (pytask *)a[6] : !forever && !main_uncounted ? t : NULL;
    if (until) { py_incref(until); cbs_add(until, RUN_CB); }
    /* main is Task-N as CPython numbers it; run_until_complete(future) and
     * run_forever() have no task in CPython: the loop's own main, unseen */
    char name[32];
    py_obj *outer_handled = run_outer_handled;
    run_outer_handled = ts->handled ? ts->handled : outer_handled;
    py_frame *outer_caller = py__run_caller;
    py__run_caller = ts->frame;
    int r = cas_run_as(main_body, t, &mt, main_uncounted ? NULL : next_task_name(name, sizeof name), label[0] ? label : NULL,
                       (own_loop ? CAS_RUN_KEEP : 0) | (main_uncounted ? CAS_RUN_UNSEEN : 0));
    py__run_caller = outer_caller;
    run_outer_handled = outer_handled;
    if (until) { cbs_remove(until, RUN_CB); py_decref(until); }
    origin_tracking(0);
    py__origin_lib = saved_lib;
    py__task_base_depth = saved_base;
    if (forever && r == CAS_ESTOPPED && mt && !cas_done(mt)) {
        /* run_forever()'s main waits for nothing: stop() ended the run */
        t->internal = 1;
        cas_cancel(mt);
        r = CAS_OK;
    } else if (r == CAS_ESTOPPED && main_uncounted) {
        /* run_until_complete(task or gather) stopped: main, which only
         * awaits it (CPython makes no task for it), is left behind as
         * CPython's run removes its done callback: the awaited one's repr
         * loses it, and main's outcome is nobody's to report */
        t->internal = 1;
    }
    if (own_loop && cas_loop_kept()) {
        if (kept_loop != own_loop) PY_SETREF(kept_loop, py_incref(own_loop));
    } else PY_CLEAR(kept_loop);
    py__ts = ts;
    run_main = outer_main;
    int sigints = run_sigints;
    run_sigint_at = outer_sigint_at;
    run_sigints = outer_sigints;
    py__exit_handled = NULL;
    py__after_suspend();
    snapshot_leftovers = leftovers_taken = 0;
    if (loop_obj && !own_loop) { /* asyncio.run closes its loop */
        if (py_setattr_s(loop_obj, "_closed", PY_TRUE) < 0 || py_setattr_s(loop_obj, "_running", PY_FALSE) < 0) py_err_clear();
    }
    PY_SETREF(last_loop, loop_obj); /* a task of this run freed later reports to its handler */
    last_loop_gen = gen;
    loop_obj = NULL;
    if (last_loop && !kept_loop) run_ended(last_loop);
    drain_released();
    if (!own_loop) {
        runner_shutdown(1);
        if (debug) debug_log("Close %s", "<_UnixSelectorEventLoop running=False closed=False debug=True>");
        py_obj *rc = last_loop ? prelude_get("_run_closed") : NULL; /* its close(): its timers go */
        py_obj *rcr = rc ? py_call1(rc, last_loop) : NULL;
        if (!rcr) py_err_clear();
        py_xdecref(rcr);
        py_obj *sel = prelude_get("set_event_loop"); /* the runner's set_event_loop(None) */
        py_obj *rr = sel ? py_call1(sel, PY_NONE) : NULL;
        if (!rr) py_err_clear();
        py_xdecref(rr);
    }
    cas_exc_clear();
    if (mt) cas_release(mt);
    py_obj *res;
    if (base_exit) {
        if (t->exc == base_exit) base_exit_main = py_incref((py_obj *)t);
        else if (t->exc) t->retrieved = 1;
        py_err_set_exc(base_exit);
        base_exit = NULL;
        /* the program's own, which it may catch and run again: its stop is over (not Ctrl-C's) */
        if (!py__sigint) cas_stop_clear();
        res = NULL;
    } else if (r == CAS_ESTOPPED) {
        if (t->exc) t->retrieved = 1;
        res = py_err_set(py_exc_RuntimeError, "Event loop stopped before Future completed.");
    } else if (r == CAS_EDEADLOCK && !t->exc && !t->result) {
        res = py_err_set(py_exc_RuntimeError, "every task waits and nothing is left that could wake one (CPython would hang here)");
    } else if (t->exc && (py__sigint || (sigints && t->f && cas_task_uncancel(t->f) == 0)) && py_isinst(t->exc, py_exc_CancelledError)) {
        /* Ctrl-C: asyncio.run cancels main and raises KeyboardInterrupt, as CPython's runner */
        t->retrieved = 1;
        py_obj *ki = py_exc_new(py_exc_KeyboardInterrupt, NULL);
        if (ki) ((py_exc *)ki)->context = py_incref(t->exc); /* raised in the runner's except CancelledError */
        py_err_set_exc(ki);
        res = NULL;
    } else if (t->exc) {
        t->retrieved = 1;
        res = raise_task_exc(t);
        /* CPython's Runner.run and run_until_complete frames, in its
         * traceback, hold the task, which holds the exception: a cycle
         * that keeps main's frames (their locals) until the collector
         * runs, after the program has caught and dropped it */
        py_tb *tb = (py_tb *)((py_exc *)t->exc)->tb;
        if (tb && !tb->keep) tb->keep = py_list_new(0);
        if (tb && tb->keep && py_list_append(tb->keep, (py_obj *)t) < 0) py_err_clear();
        else if (tb && tb->keep) t->runner_cycle = 1;
    } else if (r == CAS_ECANCELLED || t->cancelled) {
        /* main returned with a cancel pending: CPython's run_until_complete raises the task's
         * CancelledError (KeyboardInterrupt after Ctrl-C, as its runner) */
        if (py__sigint) py_err_set_exc(py_exc_new(py_exc_KeyboardInterrupt, NULL));
        else py_err_set_exc(take_cancelled_error(t));
        res = NULL;
    } else res = py_incref(t->result ? t->result : PY_NONE);
    py__agen_hooks_leave(outer_agh);
    py_decref(t);
    return res;
}

/* ---- tasks made before their loop runs --------------------------------------------------------------- */

/* The older style (loop = get_event_loop(); tasks = [loop.create_task(c)
 * ...] or ensure_future(c); loop.run_until_complete(...)): CPython makes
 * the Task at once and schedules its first step for when that loop runs.
 * Here the Task object is made at once, named Task-N then, but its task in
 * the runtime only when run_until_complete runs that loop: its f is NULL
 * until then (the methods below say pending, not done).  Entries
 * (task, name, label, loop) in creation order. */
static py_obj *deferred_entry(pytask *t) {
    for (size_t i = 0; deferred && i < PY_LLEN(deferred); i++)
        if (PY_TITEM(PY_LITEM(deferred, i), 0) == (py_obj *)t) return PY_LITEM(deferred, i);
    return NULL;
}
static py_obj *not_started(void) {
    return py_err_set(py_exc_NotImplementedError, "this use of a Task before its loop runs is not supported by casyncio's Python");
}
/* A plain Future made before its loop runs keeps its outcome (result,
 * exc or cancelled) and its done callbacks (cbd) itself until then; the
 * entry (future, None, None, loop) of one completed early moves to the
 * list's end, where CPython's call_soon puts its callbacks. */
static void early_complete(pytask *t) {
    for (size_t i = 0; deferred && i < PY_LLEN(deferred); i++) {
        py_obj *e = PY_LITEM(deferred, i);
        if (PY_TITEM(e, 0) != (py_obj *)t) continue;
        memmove(&PY_LITEM(deferred, i), &PY_LITEM(deferred, i + 1), (PY_LLEN(deferred) - i - 1) * sizeof(py_obj *));
        PY_LITEM(deferred, PY_LLEN(deferred) - 1) = e;
        return;
    }
}
/* _task_name(): the next Task-N, for a child of a gather made before its
 * loop runs (named when the gather is made, as CPython's task is) */
F(aio_task_name) {
    char b[32];
    return py_str_c(next_task_name(b, sizeof b));
}
F(aio_defer_task) {
    /* _defer_task(coro, name, loop, context): loop.create_task() before loop runs */
    if (nargs != 4 || !is_coro(args[0])) {
        py_obj *r = nargs ? py_repr(args[0]) : NULL;
        py_err_set(py_exc_TypeError, "a coroutine was expected, got %U", r ? r : PY_NONE);
        py_xdecref(r);
        return NULL;
    }
    py_obj *coro = args[0], *name = args[1] != PY_NONE ? py_str(args[1]) : NULL;
    if (args[1] != PY_NONE && !name) return NULL;
    pytask *t = (pytask *)py_alloc(&py_task_type);
    if (!t) { py_xdecref(name); return NULL; }
    if (task_context(t, args[3]) < 0) { py_decref(t); py_xdecref(name); return NULL; }
    t->coro = py_incref(coro);
    t->made_early = 1;
    describe_coro(t, coro);
    ((py_gen *)coro)->awaited = 1;
    if (!name) name = py_str_fmt("Task-%d", (int)++task_counter);
    char label[LABEL_MAX + 32];
    coro_label(coro, label, sizeof label);
    py_obj *lab = py_str_c(label);
    py_obj *e = name && lab ? py_tuple_pack(4, (py_obj *)t, name, lab, args[2]) : NULL;
    if (!deferred) deferred = py_list_new(0);
    if (!e || !deferred || py_list_append(deferred, e) < 0) PY_CLEAR(t);
    py_xdecref(e);
    py_xdecref(name);
    py_xdecref(lab);
    return (py_obj *)t;
}
/* _defer_call(handle, kind, when, loop): loop.call_soon(), call_later()
 * or call_at() before the loop runs; scheduled (the loop's _add) when it
 * runs, in creation order among the tasks made for it meanwhile, as
 * CPython's ready queue and timers keep them. */
F(aio_defer_call) {
    if (nargs != 4) return py_err_set(py_exc_TypeError, "_defer_call(handle, kind, when, loop)");
    py_obj *e = py_tuple_from(args, 4);
    if (!deferred) deferred = py_list_new(0);
    int r = e && deferred ? py_list_append(deferred, e) : -1;
    py_xdecref(e);
    return r < 0 ? NULL : py_none();
}
/* In main's task, as run_until_complete starts: the tasks made for this
 * loop start, and its callbacks are scheduled, in creation order, ahead
 * of main (one loop turn first). */
static int start_future(pytask *t);
static inline __attribute__((always_inline)) void start_deferred(void) {
    py_obj *keep = deferred;
    deferred = NULL;
    int any = 0;
    for (size_t i = 0; keep && i < PY_LLEN(keep); i++) {
        py_obj *e = PY_LITEM(keep, i);
        pytask *t = (pytask *)PY_TITEM(e, 0);
        if (PY_TITEM(e, 3) != loop_obj) {
            if (!deferred) deferred = py_list_new(0);
            if (deferred) py_list_append(deferred, e);
            continue;
        }
        if (fut_base((py_obj *)t) == &py_future_type) {
            any |= start_future(t);
            continue;
        }
        if (fut_base((py_obj *)t) != &py_task_type) { /* a callback: (handle, kind, when, loop) */
            py_obj *r = py_call_method(loop_obj, "_add", &PY_TITEM(e, 0), 3);
            if (!r) { py_obj *x = py_err_fetch(); py_print_exception(x, 2); py_xdecref(x); }
            py_xdecref(r);
            any = 1;
            continue;
        }
        const char *label = py_s(PY_TITEM(e, 2));
        t->f = cas_create_task_named(task_body, t, 0, py_s(PY_TITEM(e, 1)), label[0] ? label : NULL);
        if (!t->f) continue;
        if (py__is_agen_awaitable(t->coro)) cas_task_enter_cancelled(t->f);
        py_incref(t);
        live_add(t);
        cas_add_done_callback_named(t->f, task_done_cb, t, NULL);
        any = 1;
    }
    py_xdecref(keep);
    if (any) {
        py_ts *ts = py__ts;
        cas_sleep(0);
        py__ts = ts;
        cas_exc_clear();
    }
}

/* ---- create_task, gather, as_completed ----------------------------------------------------------------- */

/* The running loop's task factory (loop.set_task_factory()), or NULL */
static py_obj *task_factory(void) {
    if (!loop_obj || py__in_thread()) return NULL;
    py_obj *f = py_getattr_s(loop_obj, "_task_factory");
    if (!f) py_err_clear();
    else if (f == PY_NONE) f = NULL;
    py_xdecref(f);
    return f;
}
/* A task made as CPython's loop.create_task makes every task that
 * asyncio.create_task and ensure_future (so gather, wait_for, shield,
 * as_completed) ask for: by the loop's task factory when it has one */
static py_obj *make_task(py_obj *coro, py_obj *name, py_obj *ctx) {
    if (!task_factory()) return task_new(coro, name, 1, ctx);
    py_obj *a[3] = { coro, name ? name : PY_NONE, ctx ? ctx : PY_NONE };
    return py_call_method(loop_obj, "_factory_task", a, 3);
}

F(aio_create_task) {
    static const char *const names[] = { "coro", "name", "context", NULL };
    py_obj *a[3];
    if (py_args_py("create_task", args, nargs, kw, 1, 1, names, a) < 0) return NULL;
    /* CPython's create_task asks get_running_loop() first, then Task() checks the coroutine */
    if (!cas_get_running_loop() || py__in_thread()) return py_err_set(py_exc_RuntimeError, "no running event loop");
    if (!is_coro(a[0])) {
        py_obj *r = py_repr(a[0]);
        py_err_set(py_exc_TypeError, "a coroutine was expected, got %U", r);
        py_xdecref(r);
        return NULL;
    }
    creating_route = a[2] && a[2] != PY_NONE ? "tasks.py:386" : "tasks.py:384";
    py_obj *t = make_task(a[0], a[1], a[2]);
    creating_route = NULL;
    return t;
}

/* ensure_future() of an object with __await__: a task running CPython's _wrap_awaitable() */
static py_obj *wrap_awaitable_run(py_obj *aw) { return py_await(aw); }
static py_obj *ensure_future(py_obj *o) {
    if (py_is_future(o) && !((pytask *)o)->f) return not_started(); /* made for a loop that has not run */
    /* gather() called outside the running loop: CPython's future is get_event_loop()'s */
    py_obj *dg = PY_TYPE(o)->flags & PY_TF_HEAP ? prelude_get("_DeferredGather") : NULL;
    if (dg && PY_IS_TYPE(dg) && py_isinst(o, (py_type *)dg))
        return py_err_set(py_exc_ValueError, "The future belongs to a different loop than the one specified as the loop argument");
    if (py_is_future(o)) return py_incref(o);
    if (is_coro(o)) {
        creating_route = "tasks.py:680"; /* _ensure_future's loop.create_task() */
        py_obj *t = make_task(o, NULL, NULL);
        creating_route = NULL;
        return t;
    }
    if ((PY_TYPE(o)->flags & PY_TF_HEAP) && py_type_lookup_s(PY_TYPE(o), "__await__")) {
        py_obj *c = py_coro_c_new("_wrap_awaitable", wrap_awaitable_run, py_incref(o));
        py_obj *t = c ? make_task(c, NULL, NULL) : NULL;
        py_xdecref(c);
        return t;
    }
    return py_err_set(py_exc_TypeError, "An asyncio.Future, a coroutine or an awaitable is required");
}

/* A gather is a future (nested in another gather, given to wait_for ...)
 * whose outcome is read from its children. */
struct gatherobj {
    pytask t;
    py_obj *children;
    int return_exceptions;
    int nest; /* 1, or 1 + the deepest gather among its children */
    gatherobj *prev, *next;
    /* the first child that had failed when the gather was made, and its
     * exception's __traceback__ then (CPython's outer.set_exception(exc)
     * keeps that one: a child failed before the gather, whose exception
     * went up through an await since, shows those frames; one failing
     * later has its own frames then, as outcome() gives them) */
    pytask *noted;
    py_obj *noted_tb;
};
/* A gather of a gather of a gather...: the runtime's result of each is a
 * list of its children's (the innermost's nested as deep), which it
 * copies, frees and shows by recursion, so the nesting is bounded (C
 * stack, cstack.h; no program nests gathers themselves so deep, a gather
 * of tasks that gather is not nested). */
#define GATHER_MAX_NEST 100
static gatherobj *gathers; /* the live ones, for py__asyncio_at_exit */
static py_obj *gather_repr(py_obj *o);
static py_obj *short_repr(py_obj *x, int level);
static void put_callbacks(py_buf *b, pytask *t);

/* A gather that failed and that nobody awaited or asked: CPython's
 * "_GatheringFuture exception was never retrieved", with the child's
 * exception and its traceback (the runtime's own report is silenced). */
static void gather_report_unretrieved(gatherobj *g) {
    if (!g->t.f || !cas_done(g->t.f) || cas_cancelled(g->t.f) || g->t.retrieved) return;
    const char *ty = NULL, *m;
    cas_exception(g->t.f, &ty, &m);
    cas_exc_clear();
    if (!ty) return;
    py_obj *saved = py_err_fetch();
    py_obj *r = gather_outcome(g);
    py_obj *e = r ? NULL : py_err_fetch();
    py_xdecref(r);
    if (e) {
        py_obj *rep = gather_repr((py_obj *)g);
        py_buf b = {0};
        py_buf_puts(&b, "_GatheringFuture exception was never retrieved\nfuture: ");
        if (rep) { py_buf_put(&b, py_s(rep), py_slen(rep)); py_decref(rep); }
        py_buf_putc(&b, '\n');
        put_source_tb(&b, g->t.source_tb);
        py_write(2, b.data, b.len);
        py_buf_free(&b);
        py__print_logged(e, 2);
    }
    py_xdecref(e);
    py_err_clear();
    py__ts->exc = saved;
}

static void gather_dealloc(py_obj *o) {
    gatherobj *g = (gatherobj *)o;
    o->rc++;
    gather_report_unretrieved(g);
    o->rc--;
    if (g->prev) g->prev->next = g->next;
    else gathers = g->next;
    if (g->next) g->next->prev = g->prev;
    py_xdecref(g->children);
    py_xdecref(g->noted_tb);
    py_xdecref(g->t.exc);
    py_xdecref(g->t.exc_tb);
    if (g->t.f) cas_release(g->t.f);
    py_xdecref(g->t.cancel_msg);
    py_xdecref(g->t.source_tb);
    py_xdecref(g->t.created_at);
    if (g->t.cbs && PY_IS_LIST(g->t.cbs)) py_decref(g->t.cbs); /* (a lone entry holds nothing) */
    free(o);
}

/* At exit, the gathers still alive are in cycles (a failed one whose
 * exception's traceback holds the frame that holds it): CPython's last
 * collection finds them garbage and logs those never retrieved. */
void py__asyncio_at_exit(void) {
    for (pytask *t = failed_head; t; t = t->live_next) {
        if (t->retrieved || t->cancelled) continue;
        t->ob.rc++;
        report_unretrieved(t);
        t->retrieved = 1;
        t->ob.rc--;
    }
    py__tb_plain = 1;
    for (gatherobj *g = gathers; g; g = g->next) {
        gather_report_unretrieved(g);
        g->t.retrieved = 1;
    }
    py__tb_plain = 0;
    /* then the cycles die: each task drops its exception, and what only
     * the cycle held is freed (a coroutine in a frame's locals warns that
     * it was never awaited, from "sys", as in CPython's collection) */
    while (failed_head) {
        pytask *t = failed_head;
        failed_remove(t);
        t->ob.rc++;
        t->retrieved = 1;
        PY_CLEAR(t->exc);
        PY_CLEAR(t->exc_tb);
        py_decref((py_obj *)t);
    }
}

static void gather_child_done(cas_future *f, void *ud) {
    py_ts *saved = py__ts;
    static py_ts cb_ts;
    py__ts = &cb_ts;
    py_decref(ud);
    py__ts = saved;
}

static int by_address(const void *a, const void *b) {
    uintptr_t x = (uintptr_t)*(py_obj *const *)a, y = (uintptr_t)*(py_obj *const *)b;
    return x < y ? -1 : x > y;
}

F(aio_gather) {
    int re = 0;
    for (size_t k = 0; kw && k < PY_TLEN(kw); k++) {
        if (py_str_eqc(PY_TITEM(kw, k), "return_exceptions")) re = py_truth(args[nargs + k]);
        else {
            py__args_unbound = 1; /* as CPython's gather(): no frame keeps the arguments */
            return py_err_set(py_exc_TypeError, "gather() got an unexpected keyword argument '%U'", PY_TITEM(kw, k));
        }
    }
    if (!cas_current_task()) {
        /* CPython makes the children with get_event_loop(), to run when that
         * loop runs: the prelude's _deferred_gather keeps them for
         * loop.run_until_complete(asyncio.gather(...)) */
        for (size_t i = 0; i < nargs; i++)
            if (!py_is_future(args[i]) && !is_coro(args[i])) {
                if (PY_TYPE(args[i]) == &py_gen_type) {
                    /* CPython 3.11's iscoroutine takes a generator: its loop comes
                     * first, whose get_event_loop() raises after an asyncio.run */
                    py_obj *gel = prelude_get("get_event_loop");
                    py_obj *l = gel ? py_call0(gel) : NULL;
                    if (!l) return NULL;
                    py_decref(l);
                }
                return py_err_set(py_exc_TypeError, "An asyncio.Future, a coroutine or an awaitable is required");
            }
        py_obj *dg = prelude_get("_deferred_gather");
        if (!dg) return py_err_occurred() ? NULL : py_err_set(py_exc_RuntimeError, "no running event loop");
        py_obj *aws = py_tuple_from(args, nargs), *dargs[2] = { aws, py_bool(re) };
        py_obj *r = aws ? py_call(dg, dargs, 2, NULL) : NULL;
        py_xdecref(aws);
        py_decref(dargs[1]);
        return r;
    }
    if (!nargs) { /* CPython's outer is then a plain Future, done with [] */
        py_obj *eg = prelude_get("_empty_gather");
        return eg ? py_call0(eg) : NULL;
    }
    int nest = 1;
    for (size_t i = 0; i < nargs; i++)
        if (PY_TYPE(args[i]) == &gather_type && ((gatherobj *)args[i])->nest >= nest) nest = ((gatherobj *)args[i])->nest + 1;
    if (nest > GATHER_MAX_NEST)
        return py_err_set(py_exc_RecursionError, "maximum recursion depth exceeded (gathers nested more than %d deep)",
                          GATHER_MAX_NEST);
    py_obj *children = py_tuple_new(nargs);
    cas_future **fs = malloc(sizeof(cas_future *) * (nargs ? nargs : 1));
    for (size_t i = 0; i < nargs; i++) {
        /* CPython keys a dict by each argument first: a list is unhashable;
         * a coroutine given twice is one task (bit 2 of awaited marks those seen) */
        py_obj *c = NULL;
        int coro = is_coro(args[i]);
        if (coro && (((py_gen *)args[i])->awaited & 2)) {
            for (size_t j = 0; j < i && !c; j++)
                if (args[j] == args[i]) c = py_incref(PY_TITEM(children, j));
        }
        if (!c) {
            c = py_hash(args[i]) == -1 ? NULL : ensure_future(args[i]);
            if (c && c != args[i] && fut_base(c) == &py_task_type) ((pytask *)c)->quiet_destroy = 1;
        }
        if (c && coro) ((py_gen *)args[i])->awaited |= 2;
        if (!c) {
            for (size_t j = 0; j < i; j++)
                if (is_coro(args[j])) ((py_gen *)args[j])->awaited &= ~2;
            free(fs);
            /* children made so far go on running, as in CPython */
            for (size_t j = i; j < nargs; j++) PY_TITEM(children, j) = py_incref(PY_NONE);
            py_decref(children);
            return NULL;
        }
        PY_TITEM(children, i) = c;
        fs[i] = ((pytask *)c)->f;
        ((pytask *)c)->retrieved = 1; /* gather's callback reads every child's exception */
    }
    for (size_t i = 0; i < nargs; i++)
        if (is_coro(args[i])) ((py_gen *)args[i])->awaited &= ~2;
    gatherobj *g = (gatherobj *)py_alloc(&gather_type);
    if (!g) { py_decref(children); free(fs); return NULL; }
    if ((g->next = gathers)) gathers->prev = g;
    gathers = g;
    g->children = children;
    g->return_exceptions = re;
    g->nest = nest;
    for (size_t i = 0; !re && !g->noted && i < nargs; i++) {
        pytask *c = (pytask *)PY_TITEM(children, i);
        if (c->exc && !c->cancelled && !c->inner) {
            g->noted = c;
            g->noted_tb = py_xincref(visible_tb(c));
        }
    }
    creating_route = "tasks.py:709"; /* debug mode: where CPython's gather() makes it */
    note_source(&g->t);
    creating_route = NULL;
    g->t.f = cas_gather(fs, nargs, re);
    free(fs);
    if (!g->t.f) { py_decref(g); return py_err_set(py_exc_RuntimeError, "gather failed"); }
    /* Each child's done callback holds the gather, as CPython's
     * _done_callback closure does: a gather nobody keeps goes (and logs
     * "exception was never retrieved") once its last child is done. */
    py_obj **distinct = malloc(sizeof(py_obj *) * (nargs ? nargs : 1));
    if (!distinct) { py_decref(g); return py_err_nomem(); }
    memcpy(distinct, &PY_TITEM(children, 0), sizeof(py_obj *) * nargs);
    qsort(distinct, nargs, sizeof(py_obj *), by_address); /* one callback per distinct child */
    for (size_t i = 0; i < nargs; i++)
        if ((i == 0 || distinct[i] != distinct[i - 1])
            && cas_add_done_callback_named(((pytask *)distinct[i])->f, gather_child_done, g, NULL) == 0) {
            py_incref(g);
            cbs_add((pytask *)distinct[i], GATHER_CB); /* for the child's repr while it is pending */
        }
    free(distinct);
    return (py_obj *)g;
}

/* done with an exception or cancelled */
static int child_failed(pytask *c) {
    if (!cas_done(c->f)) return 0;
    if (c->exc || cas_cancelled(c->f)) return 1;
    const char *ty = NULL, *m;
    int r = cas_exception(c->f, &ty, &m);
    cas_exc_clear();
    return r != 0 || ty != NULL;
}

static py_obj *gather_outcome(gatherobj *g) {
    cas_value v;
    int r = cas_result(g->t.f, &v);
    cas_exc_clear();
    size_t n = PY_TLEN(g->children);
    if (r == 0) {
        py_obj *l = py_list_new(n);
        for (size_t i = 0; i < n; i++) {
            pytask *c = (pytask *)PY_TITEM(g->children, i);
            py_obj *item;
            if (t_cancelled(c)) {
                /* gather's own CancelledError: the cancel's message, or '' */
                py_obj *m = c->cancel_msg && c->cancel_msg != PY_NONE && !c->coro ? py_incref(c->cancel_msg) : py_str_c("");
                py_obj *a = py_tuple_pack(1, m);
                item = py_exc_new(py_exc_CancelledError, a);
                py_decref(a);
                py_decref(m);
                c->retrieved = 1;
            } else if (c->exc && !c->inner) {
                /* (CPython's fut.exception(): the exception's __traceback__ as it is) */
                c->retrieved = 1;
                PY_SETREF(((py_exc *)c->exc)->tb, py_xincref(visible_tb(c)));
                item = py_incref(c->exc);
            } else {
                item = outcome(c);
                if (!item) item = py_err_fetch();
            }
            PY_LITEM(l, i) = item;
        }
        return l;
    }
    /* the first failure, kept once found (CPython's outer.set_exception):
     * a child done with an exception (list order among those) */
    if (g->t.exc) {
        if (g->t.exc_tb) PY_SETREF(((py_exc *)g->t.exc)->tb, py_incref(g->t.exc_tb));
        py_err_set_exc(py_incref(g->t.exc));
        return NULL;
    }
    /* the child whose done callback ended the gather first (the runtime's), else one failed */
    cas_future *first = cas_gather_failed(g->t.f);
    pytask *failed = NULL;
    for (size_t i = 0; i < n && !failed && first; i++)
        if (((pytask *)PY_TITEM(g->children, i))->f == first) failed = (pytask *)PY_TITEM(g->children, i);
    for (size_t i = 0; i < n && !failed; i++) {
        pytask *c = (pytask *)PY_TITEM(g->children, i);
        if (child_failed(c) && !c->retrieved) failed = c;
    }
    for (size_t i = 0; i < n && !failed; i++) {
        pytask *c = (pytask *)PY_TITEM(g->children, i);
        if (child_failed(c)) failed = c;
    }
    if (failed) {
        py_obj *res = outcome(failed);
        if (res || !py__ts->exc || !PY_IS_EXC(py__ts->exc)) return res;
        if (failed == g->noted && py__ts->exc == failed->exc)
            PY_SETREF(((py_exc *)failed->exc)->tb, py_xincref(g->noted_tb));
    } else {
        py_obj *args = g->t.cancel_msg ? py_tuple_pack(1, g->t.cancel_msg) : NULL;
        py_err_set_exc(py_exc_new(py_exc_CancelledError, args));
        py_xdecref(args);
    }
    g->t.exc = py_incref(py__ts->exc);
    g->t.exc_tb = py_xincref(((py_exc *)g->t.exc)->tb);
    return NULL;
}

static py_obj *gather_await(gatherobj *g) {
    g->t.retrieved = 1;
    py_out_flush();
    py_ts *ts = py__ts;
    pytask *me = ts->task;
    int waits = !cas_done(g->t.f);
    if (waits) {
        cbs_add(&g->t, PY_NONE);
        if (me) me->waiting_on = (py_obj *)g;
        step_ends(me);
    }
    cas_value v;
    int r = cas_await(g->t.f, &v);
    py__ts = ts;
    if (waits) {
        if (!me || !me->internal) cbs_remove(&g->t, PY_NONE);
        if (me) me->waiting_on = NULL;
        step_woke(me, (py_obj *)g);
        py__after_suspend();
    } else py__after_wait();
    cas_exc_clear();
    if (r != 0 && !cas_done(g->t.f)) return raise_cancelled();
    py_obj *res = gather_outcome(g);
    /* the awaiting task was cancelled once the gather had ended (a SystemExit
     * stopped the loop): CPython's __wakeup reads result(), then throws the cancel in */
    if (r == CAS_ECANCELLED && (res || !py_err_matches(py_exc_CancelledError))) {
        py_xdecref(res);
        py_err_clear();
        return raise_cancelled();
    }
    return res;
}
static py_obj *gather_repr_unguarded(py_obj *o);
static py_obj *gather_repr(py_obj *o) {
    if (repr_guard_enter(o)) return py_str_c("...");
    py_obj *r = gather_repr_unguarded(o);
    repr_guard_leave();
    return r;
}
static py_obj *gather_repr_unguarded(py_obj *o) {
    gatherobj *g = (gatherobj *)o;
    if (!cas_done(g->t.f)) {
        py_buf b = {0};
        py_buf_puts(&b, "<_GatheringFuture pending");
        put_callbacks(&b, &g->t);
        if (g->t.created_at) py_buf_printf(&b, " created at %s", py_s(g->t.created_at));
        py_buf_putc(&b, '>');
        return py_str_from_buf(&b);
    }
    const char *at = g->t.created_at ? py_s(g->t.created_at) : NULL;
    if (cas_cancelled(g->t.f)) return py_str_fmt("<_GatheringFuture cancelled%s%s>", at ? " created at " : "", at ? at : "");
    py_obj *saved = py_err_fetch();
    py_obj *r = gather_outcome(g);
    py_obj *s;
    if (!r) {
        py_obj *e = py_err_fetch();
        s = py_str_fmt("<_GatheringFuture finished exception=%R%s%s>", e, at ? " created at " : "", at ? at : "");
        py_xdecref(e);
    } else {
        py_obj *rr = short_repr(r, 6);
        s = rr ? py_str_fmt("<_GatheringFuture finished result=%s%s%s>", py_s(rr), at ? " created at " : "", at ? at : "") : NULL;
        py_xdecref(rr);
        py_decref(r);
    }
    py__ts->exc = saved;
    return s;
}
F(gather_exception) {
    gatherobj *g = (gatherobj *)self;
    g->t.retrieved = 1;
    if (!cas_done(g->t.f)) {
        py_err_set_exc(py_exc_new_msg(py_exc_InvalidStateError, "Exception is not set."));
        return NULL;
    }
    py_obj *r = gather_outcome(g);
    if (r) { py_decref(r); return py_none(); }
    if (py_err_matches(py_exc_CancelledError)) return NULL;
    return py_err_fetch();
}
/* gather's cancel(msg): CPython's child.cancel(msg=msg) for each child: its
 * CancelledError carries the message, and so gather's own, which is its */
static void gather_cancel_msg(gatherobj *g, py_obj *msg) {
    if (msg) PY_SETREF(g->t.cancel_msg, py_incref(msg));
    if (msg && msg != PY_NONE && !cas_done(g->t.f))
        for (size_t i = 0; i < PY_TLEN(g->children); i++) {
            pytask *c = (pytask *)PY_TITEM(g->children, i);
            if (PY_TYPE(c) == &gather_type) gather_cancel_msg((gatherobj *)c, msg);
            else if (c->f && !cas_done(c->f)) PY_SETREF(c->cancel_msg, py_incref(msg));
        }
}
F(gather_cancel) {
    gatherobj *g = (gatherobj *)self;
    static const char *const names[] = { "msg", NULL };
    py_obj *a[1];
    if (py_args("cancel", args, nargs, kw, 0, 1, names, a) < 0) return NULL;
    gather_cancel_msg(g, a[0]);
    return py_bool(cas_cancel(g->t.f) > 0);
}
F(gather_done) { return py_bool(cas_done(((gatherobj *)self)->t.f)); }
F(gather_cancelled) { return py_bool(cas_done(((gatherobj *)self)->t.f) && cas_cancelled(((gatherobj *)self)->t.f)); }
F(task_result);
F(task_add_done_callback);
F(task_remove_done_callback);
F(fut_await);
F(fut_iter_m);
static py_obj *fut_iter(py_obj *o);
static const py_methoddef gather_methods[] = { { "cancel", gather_cancel, 0 }, { "done", gather_done, 0 },
    { "cancelled", gather_cancelled, 0 }, { "result", task_result, 0 }, { "exception", gather_exception, 0 },
    { "add_done_callback", task_add_done_callback, 0 }, { "remove_done_callback", task_remove_done_callback, 0 },
    { "__await__", fut_await, 0 }, { "__iter__", fut_iter_m, 0 }, { NULL, NULL, 0 } };
static py_type gather_type = { {PY_IMMORTAL, &py_type_type}, "_GatheringFuture", .size = sizeof(gatherobj),
    .dealloc = gather_dealloc, .repr = gather_repr, .iter = fut_iter, .methods = gather_methods, .base = &py_future_type };

/* as_completed() is a generator in CPython 3.11: nothing is checked or
 * started before the first next() (fs_arg and timeout_arg wait for it). */
typedef struct acobj {
    py_obj ob;
    py_obj *children;
    cas_as_completed_iter *it;
    size_t left;
    py_obj *delivered;
    py_obj *fs_arg, *timeout_arg;
} acobj;
static void ac_dealloc(py_obj *o) {
    acobj *a = (acobj *)o;
    py_xdecref(a->fs_arg);
    py_xdecref(a->timeout_arg);
    py_xdecref(a->children);
    py_xdecref(a->delivered);
    if (a->it) cas_as_completed_free(a->it);
    free(o);
}
/* The outcome of a child that as_completed hands out.  When it raises,
 * CPython's traceback holds _wait_for_one's frame, which holds the child
 * (f) and the queue of the others done: a cycle through the exception,
 * which only a collection frees, at exit in a small program, so the
 * children that failed unretrieved are logged then (py__asyncio_at_exit).
 * The traceback keeps the child and the iterator here alike. */
static py_obj *ac_outcome(acobj *a, pytask *t) {
    py_obj *r = outcome(t);
    py_obj *e = r ? NULL : py__ts->exc;
    py_tb *tb = e && PY_IS_EXC(e) ? (py_tb *)((py_exc *)e)->tb : NULL;
    if (tb) {
        py_obj *keep = py_tuple_pack(2, (py_obj *)t, (py_obj *)a);
        if (!tb->keep) tb->keep = py_list_new(0);
        if (keep && tb->keep) py_list_append(tb->keep, keep);
        py_xdecref(keep);
    }
    return r;
}
static py_obj *ac_wait_one(py_obj *arg) {
    acobj *a = (acobj *)arg;
    py_out_flush();
    py_ts *ts = py__ts;
    step_ends(ts->task);
    cas_value v;
    int r = cas_as_completed_next(a->it, &v);
    py__ts = ts;
    py__after_suspend();
    cas_exc_clear();
    if (r == 0 && v.kind == CAS_PTR) {
        pytask *t = v.as.p;
        py_set_add(a->delivered, (py_obj *)t);
        return ac_outcome(a, t);
    }
    if (r == CAS_ETIMEOUT) { py_err_set_exc(py_exc_new(py_exc_TimeoutError, NULL)); return NULL; }
    if (r == CAS_EDONE) return py_err_set(py_exc_StopIteration, "");
    /* an exception or cancellation: the child that completed (none when this
     * task itself was cancelled as it waited: CPython's done.get() raises) */
    cas_future *last = cas_as_completed_last(a->it);
    for (size_t i = 0; last && i < PY_TLEN(a->children); i++) {
        pytask *c = (pytask *)PY_TITEM(a->children, i);
        if (c->f == last && !py_set_contains(a->delivered, (py_obj *)c)) {
            py_set_add(a->delivered, (py_obj *)c);
            return ac_outcome(a, c);
        }
    }
    if (r == CAS_ECANCELLED) return raise_cancelled();
    return py_err_set(py_exc_RuntimeError, "%s", cas_strerror(r));
}
static int ac_start(acobj *ac);
static py_obj *ac_next(py_obj *o) {
    acobj *a = (acobj *)o;
    if (a->fs_arg && ac_start(a) < 0) return NULL;
    if (!a->left) return NULL;
    a->left--;
    py_obj *c = py_coro_c_new("_wait_for_one", ac_wait_one, py_incref(o));
    if (c) PY_SETREF(((py_gen *)c)->qualname, py_str_intern("as_completed.<locals>._wait_for_one"));
    return c;
}
static py_obj *ac_iter(py_obj *o) { return py_incref(o); }
static py_type ac_type = { {PY_IMMORTAL, &py_type_type}, "generator", .size = sizeof(acobj),
    .dealloc = ac_dealloc, .iter = ac_iter, .next = ac_next };
F(aio_as_completed) {
    static const char *const names[] = { "fs", "timeout", NULL };
    py_obj *a[2];
    if (py_args_py("as_completed", args, nargs, kw, 1, 1, names, a) < 0) return NULL;
    acobj *ac = (acobj *)py_alloc(&ac_type);
    if (!ac) return NULL;
    ac->fs_arg = py_incref(a[0]);
    ac->timeout_arg = py_incref(a[1] ? a[1] : PY_NONE);
    return (py_obj *)ac;
}

static int ac_start(acobj *ac) {
    py_obj *fs_arg = ac->fs_arg, *timeout_arg = ac->timeout_arg;
    ac->fs_arg = ac->timeout_arg = NULL;
    int rc = -1;
    py_obj *l = NULL, *seen = NULL, *kids = NULL;
    /* CPython 3.11's iscoroutine() counts a generator (a generator expression too) */
    if (py_is_future(fs_arg) || PY_TYPE(fs_arg) == &py_coro_type || PY_TYPE(fs_arg) == &py_gen_type) {
        const char *tn = py_type_name(fs_arg), *dot = strrchr(tn, '.'); /* type(fs).__name__: Task, not _asyncio.Task */
        py_err_set(py_exc_TypeError, "expect an iterable of futures, not %s", dot ? dot + 1 : tn);
        goto out;
    }
    double timeout = -1;
    l = py_sequence_list(fs_arg);
    if (!l) goto out;
    /* CPython's set(fs): each future or coroutine once (a coroutine given
     * twice runs once), an unhashable one refused before any starts */
    seen = py_set_new(&py_set_type, NULL);
    kids = py_list_new(0);
    if (!seen || !kids) goto out;
    for (size_t i = 0; i < PY_LLEN(l); i++) {
        int dup = py_set_contains(seen, PY_LITEM(l, i));
        if (dup < 0 || (!dup && (py_set_add(seen, PY_LITEM(l, i)) < 0 || py_list_append(kids, PY_LITEM(l, i)) < 0))) goto out;
    }
    for (size_t i = 0; i < PY_LLEN(kids); i++) {
        py_obj *c = ensure_future(PY_LITEM(kids, i));
        if (!c) goto out;
        PY_SETREF(PY_LITEM(kids, i), c);
    }
    size_t n = PY_LLEN(kids);
    cas_future **fs = malloc(sizeof(cas_future *) * (n ? n : 1));
    if (!fs) { py_err_nomem(); goto out; }
    for (size_t i = 0; i < n; i++) {
        fs[i] = ((pytask *)PY_LITEM(kids, i))->f;
        if (!cas_done(fs[i])) cbs_add((pytask *)PY_LITEM(kids, i), AS_COMPLETED_CB); /* for its repr while pending */
    }
    /* CPython's loop.call_later(timeout, ...) comes after the tasks are made
     * and only when there are some: a bad timeout leaves them running, each
     * with its _on_completion callback */
    if (n && timeout_arg != PY_NONE && later_delay(timeout_arg, &timeout) < 0) {
        free(fs);
        goto out;
    }
    ac->children = py_sequence_tuple(kids);
    ac->it = cas_as_completed(fs, n, timeout);
    ac->left = n;
    ac->delivered = py_set_new(&py_set_type, NULL);
    free(fs);
    rc = 0;
out:
    /* CPython's generator frame, in the error's traceback, keeps fs: a
     * coroutine given is warned about once the handler drops the error */
    if (rc < 0 && py__ts->frame) PY_SETREF(py__ts->frame->pending_keep, py_tuple_pack(1, fs_arg));
    py_xdecref(l);
    py_xdecref(seen);
    py_xdecref(kids);
    py_decref(fs_arg);
    py_decref(timeout_arg);
    return rc;
}

/* ---- Task and Future methods ------------------------------------------------------------------------------ */

/* CPython's METH_NOARGS: "Task.result() takes no arguments (1 given)" */
static __attribute__((noinline, cold)) py_obj *noargs_error(py_obj *self, const char *name, size_t n) {
    return py_err_set(py_exc_TypeError, "%s.%s() takes no arguments (%d given)",
                      fut_base(self) == &py_task_type ? "Task" : "Future", name, (int)n);
}
#define NOARGS(name) if (nargs || (kw && PY_TLEN(kw))) return noargs_error(self, name, nargs + (kw ? PY_TLEN(kw) : 0))
F(task_cancel) {
    pytask *t = (pytask *)self;
    static const char *const names[] = { "msg", NULL };
    py_obj *a[1];
    if (py_args("cancel", args, nargs, kw, 0, 1, names, a) < 0) return NULL;
    args = a;
    nargs = a[0] != NULL;
    /* CPython's cancel() first drops the log of an exception never
     * retrieved (__log_traceback), of a done one too */
    t->retrieved = 1;
    /* CPython: a task suspended on a future passes the first request's
     * message on to that future; until it runs, the last request's wins */
    if (early_future(t)) {
        if (early_done(t)) return py_bool(0);
        PY_SETREF(t->cancel_msg, nargs && args[0] != PY_NONE ? py_incref(args[0]) : NULL);
        t->cancelled = 1;
        early_complete(t);
        return py_bool(1);
    }
    if (!t->f) { /* not started: it gets CancelledError at its first step, as CPython's _must_cancel */
        if (!deferred_entry(t)) return not_started();
        PY_SETREF(t->cancel_msg, nargs && args[0] != PY_NONE ? py_incref(args[0]) : NULL);
        t->must_cancel = 1;
        t->ncancel++;
        return py_bool(1);
    }
    /* (a task cancelling itself has no future: its last request's message, as CPython's _must_cancel;
     * once the first request's CancelledError was raised inside, a new request's message is passed on) */
    int keep_first = t->coro && t->started && cas_task_cancelling(t->f) > 0 && !t->cancel_raised && !t->yielding
                     && cas_current_task() != t->f;
    if (!cas_done(t->f) && !keep_first) {
        py_obj *m = nargs && args[0] != PY_NONE ? py_incref(args[0]) : NULL;
        py_xdecref(t->cancel_msg);
        t->cancel_msg = m;
        /* CPython's cancel() calls the awaited future's cancel(msg) (its _fut_waiter), and so
         * down a chain of tasks awaiting tasks: the runtime cancels each, and each gets the
         * message by the same rule (the first request's, once a task's cancel is pending) */
        pytask *w = t;
        while (w->waiting_on) {
            if (PY_TYPE(w->waiting_on) == &gather_type) { /* it passes it on to its children (gather_cancel) */
                if (m) gather_cancel_msg((gatherobj *)w->waiting_on, m);
                break;
            }
            w = (pytask *)w->waiting_on;
            if (!w->f || cas_done(w->f) || (w->coro && w->started && cas_task_cancelling(w->f) > 0)) break;
            PY_SETREF(w->cancel_msg, py_xincref(m));
        }
    }
    int r = cas_cancel(t->f);
    if (r > 0) t->ncancel++, t->cancel_raised = 0;
    return py_bool(r > 0);
}
/* Done, as the program sees it: a task being logged as destroyed is pending to its handler. */
static int fut_done(const pytask *t) { return (t->f ? cas_done(t->f) : early_done(t)) && t != destroying; }
F(task_cancelled) {
    NOARGS("cancelled");
    pytask *t = (pytask *)self;
    return py_bool(t != destroying && (t->cancelled || (t->f && cas_done(t->f) && cas_cancelled(t->f))));
}
F(task_done) { NOARGS("done"); return py_bool(fut_done((pytask *)self)); }
F(task_result) {
    NOARGS("result");
    pytask *t = (pytask *)self;
    if (!fut_done(t)) {
        py_err_set_exc(py_exc_new_msg(py_exc_InvalidStateError, "Result is not set."));
        return NULL;
    }
    t->retrieved = 1;
    return read_outcome(t);
}
static pytask *fut_finished(py_obj *o);
F(task_exception) {
    NOARGS("exception");
    pytask *t = (pytask *)self;
    if (!fut_done(t)) {
        py_err_set_exc(py_exc_new_msg(py_exc_InvalidStateError, "Exception is not set."));
        return NULL;
    }
    if (t->cancelled || cas_cancelled(t->f)) return raise_task_exc(t);
    t->retrieved = 1;
    /* a shield's: the shielded future's outcome, which it has */
    pytask *in = t->inner ? fut_finished(self) : t;
    if (!in) return raise_task_exc((pytask *)t->inner);
    return py_incref(in->exc ? in->exc : PY_NONE);
}
F(task_get_name) {
    NOARGS("get_name");
    pytask *t = (pytask *)self;
    if (!t->f) {
        py_obj *e = deferred_entry(t);
        return e ? py_incref(PY_TITEM(e, 1)) : not_started();
    }
    return py_str_c(cas_task_name(t->f));
}
F(task_set_name) {
    if (nargs != 1) return py_err_set(py_exc_TypeError, "Task.set_name() takes exactly one argument (%d given)", (int)nargs);
    py_obj *s = py_str(args[0]);
    if (!s) return NULL;
    py_obj *e = ((pytask *)self)->f ? NULL : deferred_entry((pytask *)self);
    if (e) { PY_SETREF(PY_TITEM(e, 1), s); return py_none(); }
    if (!((pytask *)self)->f) { py_decref(s); return not_started(); }
    cas_task_set_name(((pytask *)self)->f, py_s(s));
    py_decref(s);
    return py_none();
}
F(task_cancelling) {
    NOARGS("cancelling");
    pytask *t = (pytask *)self;
    return t->f ? py_int(cas_task_cancelling(t->f)) : py_int(t->ncancel);
}
F(task_uncancel) {
    NOARGS("uncancel");
    pytask *t = (pytask *)self;
    if (!t->f) {
        if (t->ncancel > 0 && --t->ncancel == 0) t->must_cancel = 0;
        return py_int(t->ncancel);
    }
    return py_int(cas_task_uncancel(t->f));
}
F(task_get_coro) { NOARGS("get_coro"); py_obj *c = ((pytask *)self)->coro; return py_incref(c ? c : PY_NONE); }
F(fut_await) { return py__await_iter_new(self); }

/* iter(future), as a `for` loop over an unawaited gather() makes it:
 * CPython's FutureIter, which gives the future itself while it is pending
 * (Task.__step's "yield self"), then raises "await wasn't used with future";
 * over a done future it stops at once, after result() (which may raise). */
typedef struct { py_obj ob; py_obj *fut; } futiter;
static void futiter_dealloc(py_obj *o) {
    py_xdecref(((futiter *)o)->fut);
    free(o);
}
static py_obj *futiter_next(py_obj *o) {
    futiter *it = (futiter *)o;
    pytask *t = (pytask *)it->fut;
    if (!t) return NULL;
    if (!cas_done(t->f)) {
        /* the flag is the future's, as CPython's fut_blocking: an await clears it */
        if (!t->blocking) {
            t->blocking = 1;
            return py_incref(it->fut);
        }
        return py_err_set(py_exc_RuntimeError, "await wasn't used with future");
    }
    it->fut = NULL;
    t->retrieved = 1;
    py_obj *r = outcome(t);
    py_decref(t);
    if (r) { /* StopIteration(result), as a generator's return */
        py_err_setv(py_exc_StopIteration, r);
        py_decref(r);
    }
    return NULL;
}
static py_obj *futiter_self(py_obj *o) { return py_incref(o); }
static py_type futiter_type = { {PY_IMMORTAL, &py_type_type}, "_asyncio.FutureIter", .size = sizeof(futiter),
    .dealloc = futiter_dealloc, .iter = futiter_self, .next = futiter_next };
static py_obj *fut_iter(py_obj *o) {
    futiter *it = (futiter *)py_alloc(&futiter_type);
    if (it) it->fut = py_incref(o);
    return (py_obj *)it;
}
F(fut_iter_m) { return fut_iter(self); }
py_obj *py__asyncio_future_iter(py_obj *fut) { return fut_iter(fut); }
py_obj *py__asyncio_pending_iter(void) {
    py_obj *fut = py_call0((py_obj *)&py_future_type);
    py_obj *it = fut ? fut_iter(fut) : NULL;
    py_xdecref(fut);
    return it;
}
F(fut_get_loop) {
    NOARGS("get_loop");
    /* a Future made for a loop before it ran, or a task made for one that has not run yet: that loop */
    if (((pytask *)self)->loop) return py_incref(((pytask *)self)->loop);
    py_obj *e = !((pytask *)self)->f ? deferred_entry((pytask *)self) : NULL;
    if (e) return py_incref(PY_TITEM(e, 3));
    /* a task of a run that has ended: that run's loop (a Runner's, between its runs) */
    pytask *t = (pytask *)self;
    if (!cas_get_running_loop() && t->run_gen && t->run_gen == last_loop_gen && last_loop) return py_incref(last_loop);
    return running_loop();
}

/* A done callback: run through the loop's Handle (the prelude's
 * _run_done_callback), so what it raises reaches the exception handler as
 * "Exception in callback fn(<Task ...>) at file:line", as in CPython.  The
 * registrations of a future are listed for remove_done_callback. */
typedef struct cb_data {
    py_obj *fn, *task;
    py_obj *ctx;         /* the context it runs in: given, or copied when it was added */
    struct cb_data *next, **pprev; /* in its future's cbd: unlinked in O(1) */
} cb_data;
static void cb_free(cb_data *d) {
    py_decref(d->fn);
    py_decref(d->task);
    py_decref(d->ctx);
    free(d);
}
static void cb_unlink(cb_data *d) {
    *d->pprev = d->next;
    if (d->next) d->next->pprev = d->pprev;
}
/* What a callback raised past its Handle._run: SystemExit or KeyboardInterrupt,
 * which CPython's loop lets out of run_forever, so asyncio.run stops the tasks
 * (cancelling them) and raises it, as from a task (base_exit); anything else
 * (a bug of ours) is printed. */
static void callback_raised(py_obj *e) {
    if (!e) return;
    if ((py_isinst(e, py_exc_SystemExit) || py_isinst(e, py_exc_KeyboardInterrupt)) && cas_get_running_loop()) {
        if (!base_exit) {
            base_exit = py__exit_handled = e;
            cas_request_stop(1.0);
            cas_end_iteration();
            return;
        }
    } else py_print_exception(e, 2);
    py_decref(e);
}
static int done_cb_run(void *ud);
static void py_done_cb(cas_future *f, void *ud) {
    cb_data *d = ud;
    cb_unlink(d);
    cbs_remove((pytask *)d->task, d->fn);
    if (fut_base(d->task) == &py_future_type && cas_future_swept(f)) {
        /* asyncio.run ended with it pending: CPython's loop.close() drops it, its callbacks never called */
        cb_free(d);
        return;
    }
    if (loop_blocker && park(NULL, done_cb_run, d, 0) == 0) return; /* its turn after the blocking wait */
    done_cb_run(d);
}
static int done_cb_run(void *ud) {
    cb_data *d = ud;
    py_obj *run = prelude_get("_run_done_callback");
    py_obj *loop = running_loop();
    if (run && loop) {
        py_obj *a = py_tuple_pack(4, loop, d->fn, d->task, d->ctx);
        py_ts *saved = py__ts;
        static py_ts cb_ts;
        py__ts = &cb_ts;
        py_obj *r = a ? py_call_tuple_dict(run, a, NULL) : NULL;
        if (!r) callback_raised(py_err_fetch());
        py_xdecref(r);
        py_xdecref(a);
        py_out_flush();
        py__ts = saved;
    } else py_err_clear();
    py_xdecref(loop);
    cb_free(d);
    return 0;
}
/* Gives the runtime's future f the registration d, named for its events. */
static int cb_register(cas_future *f, cb_data *d) {
    py_obj *n = py_getattr_opt(d->fn, py_str_intern("__qualname__"));
    static char names[64][64];
    static int ni;
    const char *name = "callback";
    if (n && PY_IS_STR(n)) { snprintf(names[ni % 64], 64, "%s", py_s(n)); name = names[ni++ % 64]; }
    py_xdecref(n);
    py_err_clear();
    return cas_add_done_callback_named(f, py_done_cb, d, name);
}
F(task_add_done_callback) {
    if (nargs != 1) return py_err_set(py_exc_TypeError, "add_done_callback() takes exactly 1 positional argument (%d given)", (int)nargs);
    /* context=: the one it runs in, else a copy of the current one, as CPython's */
    py_obj *ctx = NULL;
    for (size_t k = 0; kw && k < PY_TLEN(kw); k++) {
        if (!py_str_eqc(PY_TITEM(kw, k), "context"))
            return py_err_set(py_exc_TypeError, "add_done_callback() got an unexpected keyword argument '%U'", PY_TITEM(kw, k));
        ctx = args[nargs + k];
    }
    if (!((pytask *)self)->f && !early_future((pytask *)self)) return not_started();
    ctx = ctx && ctx != PY_NONE ? py_incref(ctx) : py__context_copy(1);
    if (!ctx) return NULL;
    cb_data *d = malloc(sizeof *d);
    if (!d) { py_decref(ctx); return py_err_nomem(); }
    d->fn = py_incref(args[0]);
    d->task = py_incref(self);
    d->ctx = ctx;
    if (((pytask *)self)->f && cb_register(((pytask *)self)->f, d) < 0) {
        cb_free(d);
        return py_err_nomem();
    }
    pytask *t = (pytask *)self;
    d->next = t->cbd;
    d->pprev = &t->cbd;
    if (t->cbd) t->cbd->pprev = &d->next;
    t->cbd = d;
    cbs_add((pytask *)self, args[0]);
    return py_none();
}
/* Future.remove_done_callback(fn): every registration of fn (compared with ==) goes; returns how many */
F(task_remove_done_callback) {
    if (nargs != 1)
        return py_err_set(py_exc_TypeError, "%s.remove_done_callback() takes exactly one argument (%d given)",
                          fut_base(self) == &py_task_type ? "Task" : "Future", (int)nargs);
    cas_future *f = ((pytask *)self)->f;
    int64_t n = 0;
    for (cb_data **p = &((pytask *)self)->cbd; *p;) {
        cb_data *d = *p;
        int eq = d->fn == args[0] ? 1 : py_eq(d->fn, args[0]);
        if (eq < 0) return NULL;
        if (eq && (!f || cas_remove_done_callback(f, py_done_cb, d) > 0)) {
            cb_unlink(d);
            cbs_remove((pytask *)self, d->fn);
            cb_free(d);
            n++;
        } else p = &d->next;
    }
    return py_int(n);
}
F(fut_set_result) {
    pytask *t = (pytask *)self;
    if (nargs != 1) return py_err_set(py_exc_TypeError, "Future.set_result() takes exactly one argument (%d given)", (int)nargs);
    if (fut_done(t)) { py_err_set_exc(py_exc_new_msg(py_exc_InvalidStateError, "invalid state")); return NULL; }
    t->result = py_incref(args[0]);
    if (t->f) cas_future_set_result(t->f, cas_ptr(t));
    else early_complete(t);
    return py_none();
}
static void fut_fail(pytask *t);
F(fut_set_exception) {
    pytask *t = (pytask *)self;
    if (nargs != 1) return py_err_set(py_exc_TypeError, "Future.set_exception() takes exactly one argument (%d given)", (int)nargs);
    if (fut_done(t)) { py_err_set_exc(py_exc_new_msg(py_exc_InvalidStateError, "invalid state")); return NULL; }
    py_obj *e = args[0];
    if (PY_IS_TYPE(e)) e = py_call0(e); else py_incref(e);
    if (!e) return NULL;
    if (!PY_IS_EXC(e)) {
        py_decref(e);
        return py_err_set(py_exc_TypeError, "invalid exception object");
    }
    if (PY_TYPE(e) == py_exc_StopIteration) {
        py_decref(e);
        return py_err_set(py_exc_TypeError, "StopIteration interacts badly with generators and cannot be raised into a Future");
    }
    t->exc = e;
    t->exc_tb = py_xincref(((py_exc *)e)->tb); /* its traceback now, for the first reader */
    if (t->f) fut_fail(t);
    else early_complete(t);
    return py_none();
}
/* Completes the runtime's future of t with t->exc. */
static void fut_fail(pytask *t) {
    char ty[64], msg[256];
    exc_text(t->exc, ty, sizeof ty, msg, sizeof msg);
    cas_future_set_exception(t->f, ty, msg);
    /* the report, if nobody reads it, is this Future's own (task_dealloc), with the exception's repr */
    const char *rty, *rm;
    cas_exception(t->f, &rty, &rm);
    cas_exc_clear();
}
/* A Future made before: its future in the runtime, given its callbacks in
 * the order they were added, and its outcome if it has one; 1 then. */
static int start_future(pytask *t) {
    t->f = cas_future_new();
    if (!t->f) return 0;
    size_t n = 0;
    for (cb_data *d = t->cbd; d; d = d->next) n++;
    cb_data **v = n ? malloc(n * sizeof *v) : NULL;
    n = 0;
    for (cb_data *d = t->cbd; v && d; d = d->next) v[n++] = d;
    while (n--) cb_register(t->f, v[n]);
    free(v);
    if (t->cancelled) cas_cancel(t->f);
    else if (t->exc) fut_fail(t);
    else if (t->result) cas_future_set_result(t->f, cas_ptr(t));
    else return 0;
    return 1;
}
/* get_stack() and print_stack(), as CPython's base_tasks: a task
 * suspended at an await has its coroutine's frame (cr_frame, whose f_back
 * is None then: one frame, at the line of the await, or at the def line
 * before its first step); one that failed, the frames of its exception's
 * traceback; one finished otherwise (or cancelled), none.  The frames of
 * the task that runs (whose callers are CPython's event loop's) are
 * refused by name. */
static py_obj *task_stack(pytask *t, py_obj *limit_obj) {
    long limit = -1;
    if (limit_obj && limit_obj != PY_NONE) {
        int ok;
        double lim = py_float_val(limit_obj, &ok);
        if (!ok) return NULL;
        limit = lim <= 0 ? 0 : lim > 1e9 ? 1000000000 : (long)lim + (lim > (long)lim); /* frames while limit > 0, less 1 each */
    }
    py_obj *list = py_list_new(0);
    if (!list) return NULL;
    py_gen *g = t->coro && is_coro(t->coro) ? (py_gen *)t->coro : NULL;
    if (!fut_done(t) && g && g->frame) {
        if (cas_current_task() && py__ts->task == t) {
            py_decref(list);
            return py_err_set(py_exc_NotImplementedError, "Task.get_stack() and print_stack() of the task that runs (its "
                              "callers are CPython's event loop's frames) are not supported by casyncio's Python");
        }
        py_obj *fo = limit ? py__frame_object(g->frame) : NULL;
        if (limit && (!fo || py_list_append(list, fo) < 0)) PY_CLEAR(list);
        py_xdecref(fo);
    } else if (!fut_done(t) && g && g->cfn) {
        py_decref(list);
        return py_err_set(py_exc_NotImplementedError, "Task.get_stack() of a task whose coroutine was made in C is not "
                          "supported by casyncio's Python");
    } else if (fut_done(t) && t->exc && !t->cancelled && !cas_cancelled(t->f) && PY_IS_EXC(t->exc)) {
        for (py_tb *tb = (py_tb *)((py_exc *)t->exc)->tb; list && tb && limit; tb = tb->next) {
            if (py_str_eqc(tb->code->source->filename, "<asyncio>")) continue;
            py_obj *fo = py_getattr_s((py_obj *)tb, "tb_frame");
            if (!fo || py_list_append(list, fo) < 0) PY_CLEAR(list);
            py_xdecref(fo);
            if (limit > 0) limit--;
        }
    }
    return list;
}
F(task_get_stack) {
    static const char *const names[] = { "limit", NULL };
    py_obj *a[1];
    if (py_args("get_stack", args, nargs, kw, 0, 1, names, a) < 0) return NULL;
    return task_stack((pytask *)self, a[0]);
}
/* base_tasks._task_print_stack: a heading, traceback.print_list's lines
 * (the source line stripped) and, for a task that failed, its exception's
 * last line (format_exception_only). */
F(task_print_stack) {
    static const char *const names[] = { "limit", "file", NULL };
    py_obj *a[2];
    if (py_args("print_stack", args, nargs, kw, 0, 2, names, a) < 0) return NULL;
    pytask *t = (pytask *)self;
    py_obj *frames = task_stack(t, a[0]);
    if (!frames) return NULL;
    py_obj *exc = fut_done(t) && t->exc && !t->cancelled && !cas_cancelled(t->f) ? t->exc : NULL;
    size_t n = PY_LLEN(frames);
    py_obj *msg = !n ? py_str_fmt("No stack for %R\n", self)
                : exc ? py_str_fmt("Traceback for %R (most recent call last):\n", self)
                      : py_str_fmt("Stack for %R (most recent call last):\n", self);
    for (size_t i = 0; msg && i < n; i++) {
        py_obj *fo = PY_LITEM(frames, i);
        py_obj *code = py_getattr_s(fo, "f_code"), *line = py_getattr_s(fo, "f_lineno");
        int ov;
        py_code *co = (py_code *)code;
        int ln = line ? (int)py_int_val(line, &ov) : 0;
        if (code && !co->source) PY_CLEAR(code);
        py_obj *m2 = code && line ? py_str_fmt("%U  File \"%s\", line %d, in %U\n", msg, py_s(co->source->filename), ln, co->name) : NULL;
        py_decref(msg);
        msg = m2;
        const char *src;
        size_t len;
        if (msg && py_source_line_stripped(co->source, ln, &src, &len) == 0 && len) {
            py_obj *sl = py_str_new(src, len);
            m2 = sl ? py_str_fmt("%U    %U\n", msg, sl) : NULL;
            py_xdecref(sl);
            py_decref(msg);
            msg = m2;
        }
        py_xdecref(code);
        py_xdecref(line);
    }
    py_decref(frames);
    if (msg && exc) {
        py_obj *last = py__format_exception_only(exc);
        py_obj *m2 = last ? py_str_fmt("%U%U", msg, last) : NULL;
        py_xdecref(last);
        py_decref(msg);
        msg = m2;
    }
    if (!msg) return NULL;
    py_obj *empty = py_str_new("", 0);
    py_obj *pa[3] = { msg, a[1] ? a[1] : PY_NONE, empty };
    py_obj *file = py_str_intern("file"), *end = py_str_intern("end");
    py_obj *kwn = file && end && empty ? py_tuple_pack(2, file, end) : NULL;
    py_obj *r = kwn ? py_builtin_print(NULL, pa, 1, kwn) : NULL;
    py_xdecref(kwn);
    py_xdecref(file);
    py_xdecref(end);
    py_xdecref(empty);
    py_decref(msg);
    return r;
}
/* A task's outcome is its coroutine's: CPython's Task refuses these two. */
F(task_set_result) {
    if (nargs != 1) return py_err_set(py_exc_TypeError, "Task.set_result() takes exactly one argument (%d given)", (int)nargs);
    return py_err_set(py_exc_RuntimeError, "Task does not support set_result operation");
}
F(task_set_exception) {
    if (nargs != 1) return py_err_set(py_exc_TypeError, "Task.set_exception() takes exactly one argument (%d given)", (int)nargs);
    return py_err_set(py_exc_RuntimeError, "Task does not support set_exception operation");
}
/* CPython's data attributes of a Future and a Task (_state, _result,
 * ...), so that dir() lists them and "Did you mean" finds them as
 * CPython's does (task.add_callback: '_callbacks'; task.state: '_state'). */
static int fut_is_cancelled(const pytask *t) {
    return t != destroying && (t->cancelled || (t->f && cas_done(t->f) && cas_cancelled(t->f)));
}
static py_obj *fg_state(py_obj *o) {
    pytask *t = (pytask *)o;
    return py_str_c(fut_is_cancelled(t) ? "CANCELLED" : fut_done(t) ? "FINISHED" : "PENDING");
}
static pytask *fut_finished(py_obj *o) { /* done and not cancelled: whose outcome it has (a shield's inner) */
    pytask *t = (pytask *)o;
    if (!fut_done(t) || fut_is_cancelled(t)) return NULL;
    while (t->inner) t = (pytask *)t->inner;
    return fut_is_cancelled(t) ? NULL : t;
}
static py_obj *fg_result(py_obj *o) {
    pytask *t = fut_finished(o);
    return py_incref(t && !t->exc && t->result ? t->result : PY_NONE);
}
static py_obj *fg_exception(py_obj *o) {
    pytask *t = fut_finished(o);
    return py_incref(t && t->exc ? t->exc : PY_NONE);
}
static py_obj *fg_loop(py_obj *o) { return fut_get_loop(o, NULL, 0, NULL); }
static py_obj *fg_callbacks(py_obj *o) {
    if (!cbs_n((pytask *)o)) return py_none();
    return py_err_set(py_exc_NotImplementedError, "a future's _callbacks is not supported by casyncio's Python");
}
static py_obj *fg_none(py_obj *o) { return py_none(); } /* _source_traceback: None, even in debug mode (its source_tb feeds the repr and reports) */
/* a task's: only while a cancel waits for its next step (_must_cancel), or
 * when its coroutine returned under one (its __step cancels it with the
 * message); one that went to the future it awaited, or that its step threw
 * in, ends with none (Future.cancel() without a message) */
static int task_must_cancel(const pytask *t);
static py_obj *fg_cancel_message(py_obj *o) {
    pytask *t = (pytask *)o;
    py_obj *m = t->cancel_msg;
    if (t->coro && !task_must_cancel(t) && !(t->started && !t->exc && t->f && cas_done(t->f))) m = NULL;
    return py_incref(m ? m : PY_NONE);
}
static py_obj *fg_log_traceback(py_obj *o) {
    pytask *t = (pytask *)o;
    return py_bool(fut_finished(o) && t->exc && !t->retrieved);
}
static int fs_log_traceback(py_obj *o, py_obj *v) {
    int b = v ? py_truth(v) : 0;
    if (!v) { py_err_set(py_exc_AttributeError, "cannot delete attribute"); return -1; }
    if (b < 0) return -1;
    if (b) { py_err_set(py_exc_ValueError, "_log_traceback can only be set to False"); return -1; }
    ((pytask *)o)->retrieved = 1;
    return 0;
}
static py_obj *fg_blocking(py_obj *o) { return py_bool(((pytask *)o)->blocking); }
static int fs_blocking(py_obj *o, py_obj *v) {
    int b = v ? py_truth(v) : 0;
    if (!v) { py_err_set(py_exc_AttributeError, "cannot delete attribute"); return -1; }
    if (b < 0) return -1;
    ((pytask *)o)->blocking = (uint8_t)b;
    return 0;
}
static py_obj *tg_true(py_obj *o) { return py_bool(1); } /* _log_destroy_pending */
/* a cancel requested before the task's first step waits for it (as CPython's,
 * which has no _fut_waiter to pass it to then); a started task's went to
 * what it awaits */
static int task_must_cancel(const pytask *t) {
    return t->must_cancel || (t->coro && t->f && !cas_done(t->f)
                              && ((!t->started && cas_task_cancelling(t->f) > 0) || cas_task_must_cancel(t->f)));
}
static py_obj *tg_must_cancel(py_obj *o) { return py_bool(task_must_cancel((pytask *)o)); }
static py_obj *tg_coro(py_obj *o) { py_obj *c = ((pytask *)o)->coro; return py_incref(c ? c : PY_NONE); }
static py_obj *tg_fut_waiter(py_obj *o) {
    pytask *t = (pytask *)o;
    if (t->waiting_on) return py_incref(t->waiting_on);
    if (t->started && t->f && !cas_done(t->f) && cas_current_task() != t->f) /* on a sleep, a lock...: no future of Python's */
        return py_err_set(py_exc_NotImplementedError, "the _fut_waiter of a task suspended outside an await of a future is not supported by casyncio's Python");
    return py_none();
}
static const py_getsetdef future_getset[] = {
    { "_state", fg_state, NULL }, { "_result", fg_result, NULL }, { "_exception", fg_exception, NULL },
    { "_loop", fg_loop, NULL }, { "_callbacks", fg_callbacks, NULL }, { "_source_traceback", fg_none, NULL },
    { "_cancel_message", fg_cancel_message, NULL }, { "_log_traceback", fg_log_traceback, fs_log_traceback },
    { "_asyncio_future_blocking", fg_blocking, fs_blocking }, { NULL, NULL, NULL },
};
static const py_getsetdef task_getset[] = {
    { "_log_destroy_pending", tg_true, NULL }, { "_must_cancel", tg_must_cancel, NULL },
    { "_coro", tg_coro, NULL }, { "_fut_waiter", tg_fut_waiter, NULL }, { NULL, NULL, NULL },
};
/* _make_cancelled_error(): the CancelledError its cancel message makes */
F(fut_make_cancelled_error) {
    NOARGS("_make_cancelled_error");
    py_obj *m = ((pytask *)self)->cancel_msg;
    py_obj *a = m ? py_tuple_pack(1, m) : NULL;
    py_obj *e = py_exc_new(py_exc_CancelledError, a);
    py_xdecref(a);
    return e;
}
static py_obj *task_init(py_obj *self, py_obj *const *args, size_t nargs, py_obj *kw);
static py_obj *future_init(py_obj *self, py_obj *const *args, size_t nargs, py_obj *kw);
static const py_methoddef task_methods[] = {
    { "__class_getitem__", py__class_getitem, PY_METH_CLASS }, { "__init__", task_init, 0 },
    { "get_stack", task_get_stack, 0 }, { "print_stack", task_print_stack, 0 },
    { "cancel", task_cancel, 0 }, { "cancelled", task_cancelled, 0 }, { "done", task_done, 0 },
    { "result", task_result, 0 }, { "exception", task_exception, 0 }, { "get_name", task_get_name, 0 },
    { "set_name", task_set_name, 0 }, { "get_coro", task_get_coro, 0 },
    { "cancelling", task_cancelling, 0 }, { "uncancel", task_uncancel, 0 }, { "add_done_callback", task_add_done_callback, 0 },
    { "remove_done_callback", task_remove_done_callback, 0 }, { "__await__", fut_await, 0 }, { "__iter__", fut_iter_m, 0 }, { "get_loop", fut_get_loop, 0 },
    { "set_result", task_set_result, 0 }, { "set_exception", task_set_exception, 0 },
    { "_make_cancelled_error", fut_make_cancelled_error, 0 },
    { NULL, NULL, 0 },
};
static const py_methoddef future_methods[] = {
    { "__class_getitem__", py__class_getitem, PY_METH_CLASS }, { "__init__", future_init, 0 },
    { "cancel", task_cancel, 0 }, { "cancelled", task_cancelled, 0 }, { "done", task_done, 0 },
    { "result", task_result, 0 }, { "exception", task_exception, 0 }, { "add_done_callback", task_add_done_callback, 0 },
    { "remove_done_callback", task_remove_done_callback, 0 }, { "set_result", fut_set_result, 0 }, { "set_exception", fut_set_exception, 0 },
    { "__await__", fut_await, 0 }, { "__iter__", fut_iter_m, 0 }, { "get_loop", fut_get_loop, 0 },
    { "_make_cancelled_error", fut_make_cancelled_error, 0 },
    { NULL, NULL, 0 },
};

/* " cb=[...]" of a pending future, as CPython's _format_callbacks: one,
 * two, or the first, "<N more>" and the last. */
static void put_callback(py_buf *b, py_obj *fn) {
    if (fn == PY_NONE) { py_buf_puts(b, "Task.task_wakeup()"); return; }
    if (fn == RUN_CB) { py_buf_puts(b, "_run_until_complete_cb() at " PY_LIB_DIR "asyncio/base_events.py:180"); return; }
    if (fn >= &lib_cb_marks[0] && fn < &lib_cb_marks[5]) { py_buf_puts(b, lib_cb_texts[fn - &lib_cb_marks[0]]); return; }
    /* the prelude's own callbacks, where CPython's are */
    static const char *const prelude_cbs[][2] = {
        { "wait.<locals>._on_completion", "_wait.<locals>._on_completion() at " PY_LIB_DIR "asyncio/tasks.py:519" },
        { "_call_check_cancel", "_chain_future.<locals>._call_check_cancel() at " PY_LIB_DIR "asyncio/futures.py:387" },
    };
    py_obj *qn = py_getattr_opt(fn, py_str_intern("__qualname__"));
    for (size_t i = 0; qn && PY_IS_STR(qn) && i < sizeof prelude_cbs / sizeof *prelude_cbs; i++)
        if (py_str_eqc(qn, prelude_cbs[i][0])) {
            py_decref(qn);
            py_buf_puts(b, prelude_cbs[i][1]);
            return;
        }
    py_xdecref(qn);
    py_err_clear();
    py_obj *f = prelude_get("_format_callback_source");
    py_obj *none = py_tuple_new(0);
    py_obj *s = f && none ? py_call2(f, fn, none) : NULL;
    py_xdecref(none);
    if (s && PY_IS_STR(s)) py_buf_put(b, py_s(s), py_slen(s));
    else py_err_clear();
    py_xdecref(s);
}
static void put_callbacks(py_buf *b, pytask *t) {
    int n = cbs_n(t);
    if (!n) return;
    py_buf_puts(b, " cb=[");
    put_callback(b, cbs_at(t, 0));
    if (n == 2) { py_buf_puts(b, ", "); put_callback(b, cbs_at(t, 1)); }
    else if (n > 2) {
        py_buf_printf(b, ", <%d more>, ", n - 2);
        put_callback(b, cbs_at(t, n - 1));
    }
    py_buf_putc(b, ']');
}

/* reprlib.repr, through which CPython's futures show a result (base_futures:
 * "use reprlib to limit the length of the output"): by the exact type, a
 * tuple, list, set, frozenset or deque to 6 items and a dict to 4 (sets'
 * and dicts' keys sorted when they sort), 6 levels deep, a str to 30
 * characters, an int to 40 digits, anything else's repr to 30, the middle
 * cut to "..." */
static size_t cp_off(py_obj *s, int64_t k) { /* the byte offset of code point k */
    const unsigned char *p = (const unsigned char *)py_s(s);
    size_t i = 0, n = py_slen(s);
    for (; k > 0 && i < n; k--) { i++; while (i < n && (p[i] & 0xC0) == 0x80) i++; }
    return i;
}
static py_obj *cp_slice(py_obj *s, int64_t a, int64_t b) { /* s[a:b], Python's way */
    int64_t n = (int64_t)((py_strobj *)s)->n;
    if (a < 0) a = a + n < 0 ? 0 : a + n;
    if (b < 0) b = b + n < 0 ? 0 : b + n;
    if (b > n) b = n;
    if (a > b) a = b;
    size_t o = cp_off(s, a);
    return py_str_new(py_s(s) + o, cp_off(s, b) - o);
}
static py_obj *cut_middle(py_obj *s, int64_t max) { /* takes s */
    if (!s || (int64_t)((py_strobj *)s)->n <= max) return s;
    int64_t n = (int64_t)((py_strobj *)s)->n, i = (max - 3) / 2, j = max - 3 - i;
    py_obj *a = cp_slice(s, 0, i), *z = cp_slice(s, n - j, n);
    py_decref(s);
    s = a && z ? py_str_fmt("%s...%s", py_s(a), py_s(z)) : NULL;
    py_xdecref(a);
    py_xdecref(z);
    return s;
}
static py_obj *short_repr(py_obj *x, int level);
static py_obj *short_items(py_obj *items, int level, const char *left, const char *right, int64_t max, int trail) {
    py_list *l = (py_list *)items;
    py_buf b = {0};
    py_buf_puts(&b, left);
    if (level <= 0 && l->n) py_buf_puts(&b, "...");
    else {
        for (size_t i = 0; i < l->n && (int64_t)i < max; i++) {
            py_obj *r = short_repr(l->items[i], level - 1);
            if (!r) { py_buf_free(&b); return NULL; }
            if (i) py_buf_puts(&b, ", ");
            py_buf_put(&b, py_s(r), py_slen(r));
            py_decref(r);
        }
        if ((int64_t)l->n > max) py_buf_puts(&b, ", ...");
        if (l->n == 1 && trail) py_buf_putc(&b, ',');
    }
    py_buf_puts(&b, right);
    return py_str_from_buf(&b);
}
static void sort_quietly(py_obj *l) { /* reprlib's _possibly_sorted */
    py_obj *saved = py_err_fetch();
    py_obj *copy = py_sequence_list(l);
    if (copy && py_list_sort(copy, NULL, 0) == 0) {
        py_list *a = (py_list *)l, *c = (py_list *)copy;
        for (size_t i = 0; i < a->n; i++) { py_obj *t = a->items[i]; a->items[i] = c->items[i]; c->items[i] = t; }
    }
    py_xdecref(copy);
    py_err_clear();
    py__ts->exc = saved;
}
static py_obj *short_repr(py_obj *x, int level) {
    if (py__stack_check(" while getting the repr of an object") < 0) return NULL; /* 6 levels at most, but each a C call */
    py_type *t = PY_TYPE(x);
    const char *tn = py_type_name(x);
    if (t == &py_str_type) {
        int64_t n = (int64_t)((py_strobj *)x)->n;
        py_obj *part = cp_slice(x, 0, 30);
        py_obj *s = part ? py_repr(part) : NULL;
        py_xdecref(part);
        if (!s || ((py_strobj *)s)->n <= 30) return s;
        py_decref(s);
        py_obj *a = cp_slice(x, 0, 13), *z = cp_slice(x, n - 14, n);
        py_obj *az = a && z ? py_str_concat(a, z) : NULL;
        py_xdecref(a);
        py_xdecref(z);
        s = az ? py_repr(az) : NULL;
        py_xdecref(az);
        if (!s) return NULL;
        int64_t m = (int64_t)((py_strobj *)s)->n;
        a = cp_slice(s, 0, 13), z = cp_slice(s, m - 14, m);
        py_decref(s);
        s = a && z ? py_str_fmt("%s...%s", py_s(a), py_s(z)) : NULL;
        py_xdecref(a);
        py_xdecref(z);
        return s;
    }
    if (t == &py_int_type) return cut_middle(py_repr(x), 40);
    int kind = t == &py_tuple_type ? 1 : t == &py_list_type ? 2 : t == &py_set_type ? 3 : t == &py_frozenset_type ? 4
             : t == &py_dict_type ? 5 : !strcmp(strrchr(tn, '.') ? strrchr(tn, '.') + 1 : tn, "deque") ? 6 : 0; /* reprlib's type(x).__name__ */
    if (!kind) {
        py_obj *r = py_repr(x);
        if (!r) {
            if (!py_err_matches(py_exc_Exception)) return NULL;
            py_err_clear();
            return py_str_fmt("<%s instance at %p>", tn, (void *)x);
        }
        return cut_middle(r, 30);
    }
    int64_t n = py_len(x);
    if (n < 0) return NULL;
    if (kind == 3 && !n) return py_str_c("set()");
    if (kind == 4 && !n) return py_str_c("frozenset()");
    if (kind == 5 && !n) return py_str_c("{}");
    if (kind == 5 && level <= 0) return py_str_c("{...}");
    py_obj *items = py_sequence_list(x);
    if (!items) return NULL;
    if (kind >= 3 && kind <= 5) sort_quietly(items);
    py_obj *r;
    if (kind == 5) {
        py_list *l = (py_list *)items;
        py_buf b = {0};
        py_buf_putc(&b, '{');
        for (size_t i = 0; i < l->n && i < 4; i++) {
            py_obj *v = py_getitem(x, l->items[i]);
            py_obj *kr = v ? short_repr(l->items[i], level - 1) : NULL;
            py_obj *vr = kr ? short_repr(v, level - 1) : NULL;
            py_xdecref(v);
            if (!vr) { py_xdecref(kr); py_buf_free(&b); py_decref(items); return NULL; }
            py_buf_printf(&b, "%s%s: %s", i ? ", " : "", py_s(kr), py_s(vr));
            py_decref(kr);
            py_decref(vr);
        }
        if (l->n > 4) py_buf_puts(&b, ", ...");
        py_buf_putc(&b, '}');
        r = py_str_from_buf(&b);
    } else r = short_items(items, level, kind == 1 ? "(" : kind == 2 ? "[" : kind == 3 ? "{" : kind == 4 ? "frozenset({" : "deque([",
                           kind == 1 ? ")" : kind == 2 ? "]" : kind == 3 ? "}" : kind == 4 ? "})" : "])", 6, kind == 1);
    py_decref(items);
    return r;
}

static py_obj *task_repr_unguarded(py_obj *o);
static py_obj *task_repr(py_obj *o) {
    if (repr_guard_enter(o)) return py_str_c("...");
    py_obj *r = task_repr_unguarded(o);
    repr_guard_leave();
    return r;
}
/* The line of CPython's asyncio/tasks.py where a coroutine written in C here
 * is defined (done, or not started) or waits (sleep's): 0 when not known. */
static int c_coro_line(py_gen *g, int done) {
    if (g->cfn && py_str_eqc(g->name, "_wait_for_one")) return done || g->state == PY_GEN_CREATED ? 610 : 611;
    int wf = py_str_eqc(g->name, "wait_for");
    if (!g->cfn || (!wf && !py_str_eqc(g->name, "sleep"))) return 0;
    if (done || g->state == PY_GEN_CREATED) return wf ? 436 : 637;
    if (wf) return 0;
    int ok;
    double d = py_float_val(PY_IS_TUPLE(g->carg) ? PY_TITEM(g->carg, 0) : g->carg, &ok);
    if (!ok) py_err_clear();
    return ok && d <= 0 ? 640 : 649; /* await __sleep0(), return await future */
}
/* CPython's asyncio coroutines that the prelude writes in Python: where
 * CPython's library defines them, for a done task's "defined at", and the
 * line where each waits, for a pending task's "running at" (the one where
 * it mostly waits: CPython's may be at another; 0: not shown so) */
static const struct { const char *qualname, *file; int line, waits; } lib_coros[] = {
    { "wait_for", "tasks", 436, 476 }, { "wait", "tasks", 399, 428 }, { "to_thread", "threads", 12, 25 },
    { "Queue.put", "queues", 110, 120 }, { "Queue.get", "queues", 149, 158 }, { "Queue.join", "queues", 206, 215 },
    { "Lock.acquire", "locks", 93, 114 }, { "Event.wait", "locks", 200, 213 }, { "Condition.wait", "locks", 248, 267 },
    { "Condition.wait_for", "locks", 285, 294 }, { "Semaphore.acquire", "locks", 364, 387 },
    { "_ContextManagerMixin.__aenter__", "locks", 14, 15 }, { "_ContextManagerMixin.__aexit__", "locks", 20, 0 },
    { "Barrier.__aenter__", "locks", 473, 0 }, { "Barrier.__aexit__", "locks", 478, 0 }, { "Barrier.wait", "locks", 481, 497 },
    { "Barrier._block", "locks", 504, 0 }, { "Barrier._release", "locks", 520, 0 }, { "Barrier._wait", "locks", 528, 0 },
    { "Barrier.reset", "locks", 547, 0 }, { "Barrier.abort", "locks", 562, 0 },
    { "BaseEventLoop.shutdown_asyncgens", "base_events", 539, 0 },
    { "BaseEventLoop.shutdown_default_executor", "base_events", 564, 0 },
};
static int lib_coro(py_code *co, py_obj *qualname) {
    if (co && co->source && py_str_eqc(co->source->filename, "<asyncio>"))
        for (int i = 0; i < (int)(sizeof lib_coros / sizeof *lib_coros); i++)
            if (py_str_eqc(qualname, lib_coros[i].qualname)) return i;
    return -1;
}
/* g, suspended: its entry there when it waits at a line known, or -1 */
static int lib_running(py_gen *g) {
    int i = g->frame ? lib_coro(g->frame->code, g->qualname) : -1;
    return i >= 0 && lib_coros[i].waits ? i : -1;
}
static py_obj *task_repr_unguarded(py_obj *o) {
    pytask *t = (pytask *)o;
    if (t == destroying && destroying_repr) return py_incref(destroying_repr);
    const char *kind = PY_TYPE(o)->flags & PY_TF_HEAP ? PY_TYPE(o)->name : fut_base(o) == &py_task_type ? "Task" : "Future";
    py_buf b = {0};
    int done = (t->f && cas_done(t->f)) || t == ending || early_done(t);
    py_obj *de = t->f ? NULL : deferred_entry(t); /* not started yet */
    py_buf_printf(&b, "<%s %s", kind, !done ? (t->coro && (t->f ? cas_task_cancelling(t->f) : t->ncancel) ? "cancelling" : "pending")
                                            : (t->cancelled || cas_cancelled(t->f)) ? "cancelled" : "finished");
    if (fut_base(o) == &py_task_type) {
        py_buf_printf(&b, " name='%s'", t->f ? cas_task_name(t->f) : de ? py_s(PY_TITEM(de, 1)) : "?");
        const char *aw = t->coro ? py__agen_awaitable_type(t->coro) : NULL;
        if (aw) { /* CPython's _format_coroutine of an object without a name or code */
            py_buf_printf(&b, " coro=<<%s without __name__>()>", aw);
        } else if ((done || t->destroyed) && t->coro) {
            py_gen *g = (py_gen *)t->coro;
            py_buf_puts(&b, " coro=<");
            py_buf_put(&b, py_s(g->qualname), py_slen(g->qualname));
            int cl = c_coro_line(g, 1), lc = lib_coro(t->coro_code, g->qualname);
            if (lc >= 0)
                py_buf_printf(&b, "() done, defined at " PY_LIB_DIR "asyncio/%s.py:%d>", lib_coros[lc].file, lib_coros[lc].line);
            else if (t->coro_code)
                py_buf_printf(&b, "() done, defined at %s:%d>", py_s(t->coro_code->source->filename), t->coro_code->firstlineno);
            else if (cl) py_buf_printf(&b, "() done, defined at " PY_LIB_DIR "asyncio/tasks.py:%d>", cl);
            else py_buf_puts(&b, "() done>");
        } else if (t->coro) {
            py_obj *cn = coro_name_repr(t->coro);
            py_gen *g = (py_gen *)t->coro;
            py_buf_puts(&b, " coro=<");
            py_buf_put(&b, py_s(cn), py_slen(cn));
            /* a coroutine not started yet is at its def line (co_firstlineno), as CPython's f_lineno */
            int cl = c_coro_line(g, 0);
            int lr = g->frame && g->state != PY_GEN_CREATED ? lib_running(g) : -1;
            if (lr >= 0) py_buf_printf(&b, "() running at " PY_LIB_DIR "asyncio/%s.py:%d>", lib_coros[lr].file, lib_coros[lr].waits);
            else if (g->frame) py_buf_printf(&b, "() running at %s:%d>", py_s(g->frame->code->source->filename),
                                        g->state == PY_GEN_CREATED ? g->frame->code->firstlineno : py_frame_line(g->frame));
            else if (cl) py_buf_printf(&b, "() running at " PY_LIB_DIR "asyncio/tasks.py:%d>", cl);
            else py_buf_puts(&b, "() running>");
            py_decref(cn);
        }
        /* CPython's wait_for=: the future of the asyncio.sleep() the task waits on */
        if (!done && t->sleeping && !t->yielding && t->f) /* (debug mode: made by sleep()'s loop.create_future()) */
            py_buf_printf(&b, " wait_for=<Future %s%s>", cas_task_cancelling(t->f) > t->sleep_cancelling ? "cancelled" : "pending cb=[Task.task_wakeup()]",
                          t->created_at ? " created at " PY_LIB_DIR "asyncio/base_events.py:427" : "");
        else if (!done && !t->waiting_on && t->started && t->coro && is_coro(t->coro)
                 && ((((py_gen *)t->coro)->cfn && py_str_eqc(((py_gen *)t->coro)->name, "_wait_for_one"))
                     || (lib_running((py_gen *)t->coro) >= 0 && py_str_eqc(((py_gen *)t->coro)->qualname, "wait_for"))))
            /* CPython's waits on a future of its own (done.get()'s, wait_for's waiter) */
            py_buf_printf(&b, " wait_for=<Future pending cb=[Task.task_wakeup()]%s>",
                          t->created_at ? " created at " PY_LIB_DIR "asyncio/base_events.py:427" : "");
        else if (!done && t->waiting_on) {
            py_obj *wr = py_repr(t->waiting_on);
            if (wr) { py_buf_puts(&b, " wait_for="); py_buf_put(&b, py_s(wr), py_slen(wr)); py_decref(wr); }
            else py_err_clear();
        }
    }
    if (!done) put_callbacks(&b, t);
    if (done && t->exc && !t->cancelled) {
        py_obj *er = py_repr(t->exc);
        if (er) { py_buf_puts(&b, " exception="); py_buf_put(&b, py_s(er), py_slen(er)); py_decref(er); }
        else py_err_clear();
    } else if (done && !t->cancelled && !cas_cancelled(t->f)) {
        py_obj *rr = short_repr(t->result ? t->result : PY_NONE, 6);
        if (rr) { py_buf_puts(&b, " result="); py_buf_put(&b, py_s(rr), py_slen(rr)); py_decref(rr); }
    }
    if (t->created_at) py_buf_printf(&b, " created at %s", py_s(t->created_at));
    py_buf_putc(&b, '>');
    return py_str_from_buf(&b);
}

static py_obj *fut_iter_await(py_obj *o) {
    py_obj *r;
    py__asyncio_await(o, &r);
    return r;
}

/* asyncio.Task(coro, *, loop=None, name=None, context=None): create_task's task */
static int task_args(py_obj *const *args, size_t nargs, py_obj *kw, py_obj **a) {
    static const char *const names[] = { "coro", "loop", "name", "context", NULL };
    if (py_args("Task", args, nargs, kw, 1, 1, names, a) < 0) return -1;
    if (!is_coro(a[0])) {
        py_obj *r = py_repr(a[0]);
        py_err_set(py_exc_TypeError, "a coroutine was expected, got %U", r);
        py_xdecref(r);
        return -1;
    }
    return 0;
}
static int loop_not_running(py_obj *loop) {
    return !cas_get_running_loop() || (loop && loop != PY_NONE && !is_running_loop(loop));
}
static py_obj *task_vnew(py_type *tp, py_obj *const *args, size_t nargs, py_obj *kw) {
    py_obj *a[4];
    if (task_args(args, nargs, kw, a) < 0) return NULL;
    if (loop_not_running(a[1])) {
        /* before its loop runs: (loop or get_event_loop()).create_task(), as CPython's Task() */
        py_obj *gel = a[1] && a[1] != PY_NONE ? NULL : prelude_get("get_event_loop");
        py_obj *loop = gel ? py_call0(gel) : a[1] && a[1] != PY_NONE ? py_incref(a[1]) : NULL;
        py_obj *ct = loop ? py_getattr_s(loop, "create_task") : NULL;
        py_xdecref(loop);
        if (!ct) return NULL;
        py_obj *ca[3] = { a[0], a[2] ? a[2] : PY_NONE, a[3] ? a[3] : PY_NONE };
        py_obj *k1 = py_str_intern("name"), *k2 = py_str_intern("context");
        py_obj *kwn = k1 && k2 ? py_tuple_pack(2, k1, k2) : NULL;
        py_xdecref(k1);
        py_xdecref(k2);
        py_obj *r = kwn ? py_call(ct, ca, 1, kwn) : NULL;
        py_xdecref(kwn);
        py_decref(ct);
        return r;
    }
    return task_new(a[0], a[2], 0, a[3]);
}
py_type py_task_type = { {PY_IMMORTAL, &py_type_type}, "_asyncio.Task", .size = sizeof(pytask), .dealloc = task_dealloc,
    .flags = PY_TF_BASETYPE,
    .dictoffset = offsetof(pytask, dict),
    .repr = task_repr, .iter = fut_iter, .methods = task_methods, .getset = task_getset, .base = &py_future_type, .vnew = task_vnew };
/* asyncio.Future(*, loop=None): of the running loop, or of a loop that has
 * not run yet (the given one, else get_event_loop()'s, as CPython's), whose
 * run gives it its future in the runtime (start_deferred) */
static int future_setup(pytask *t, py_obj *loop);
static py_obj *future_vnew(py_type *tp, py_obj *const *args, size_t nargs, py_obj *kw) {
    static const char *const names[] = { "loop", NULL };
    py_obj *a[1];
    if (py_args("Future", args, nargs, kw, 0, 0, names, a) < 0) return NULL;
    pytask *t = (pytask *)py_alloc(&py_future_type);
    if (t && future_setup(t, a[0]) < 0) PY_CLEAR(t);
    return (py_obj *)t;
}
/* Makes t (blank) a pending Future of loop (or of the running loop, or get_event_loop()'s) */
static int future_setup(pytask *t, py_obj *loop) {
    if (loop == PY_NONE) loop = NULL;
    /* debug mode: made by loop.create_future() (the prelude's), or by the program */
    py_frame *cf = py__ts->frame;
    creating_route = cf && cf->code->source && py_str_eqc(cf->code->source->filename, "<asyncio>")
                     && py_str_eqc(cf->code->name, "create_future") ? "base_events.py:427" : NULL;
    note_source(t);
    creating_route = NULL;
    if (cas_get_running_loop() && (!loop || py__in_thread() || is_running_loop(loop))) { /* (a thread's: its loop's) */
        t->f = cas_future_new();
        return t->f ? 0 : (py_err_nomem(), -1);
    }
    py_obj *gel = loop ? NULL : prelude_get("get_event_loop");
    loop = gel ? py_call0(gel) : py_xincref(loop);
    py_obj *e = loop ? py_tuple_pack(4, (py_obj *)t, PY_NONE, PY_NONE, loop) : NULL;
    t->loop = loop;
    if (!deferred) deferred = py_list_new(0);
    int rc = e && deferred && py_list_append(deferred, e) == 0 ? 0 : -1;
    py_xdecref(e);
    return rc;
}

/* __init__ of a class derived from Task or Future (class MyTask(asyncio.Task)
 * calling super().__init__(coro, ...)): its instance comes blank from
 * object.c's builtin_new, and is made a task or a future here; a no-op on
 * one made already (a second __init__, or Task.__init__(task, ...)) */
static py_obj *task_init(py_obj *self, py_obj *const *args, size_t nargs, py_obj *kw) {
    pytask *t = (pytask *)self;
    py_obj *a[4];
    if (task_args(args, nargs, kw, a) < 0) return NULL;
    if (t->coro || t->f) return py_none();
    if (loop_not_running(a[1]))
        return py_err_set(py_exc_NotImplementedError, "a task of a class derived from asyncio.Task made before its event "
                          "loop runs is not supported by casyncio's Python (make it inside a coroutine)");
    return task_setup(t, a[0], a[2], 0, a[3]) < 0 ? NULL : py_none();
}
static py_obj *future_init(py_obj *self, py_obj *const *args, size_t nargs, py_obj *kw) {
    static const char *const names[] = { "loop", NULL };
    pytask *t = (pytask *)self;
    py_obj *a[1];
    if (py_args("Future", args, nargs, kw, 0, 0, names, a) < 0) return NULL;
    if (t->f || t->loop) return py_none();
    return future_setup(t, a[0]) < 0 ? NULL : py_none();
}
py_type py_future_type = { {PY_IMMORTAL, &py_type_type}, "_asyncio.Future", .size = sizeof(pytask), .dealloc = task_dealloc,
    .flags = PY_TF_BASETYPE,
    .dictoffset = offsetof(pytask, dict),
    .repr = task_repr, .iter = fut_iter, .methods = future_methods, .getset = future_getset, .vnew = future_vnew };

/* Whether loop is the running loop's object (a loop not running has no current task). */
static int is_running_loop(py_obj *loop) {
    if (!cas_get_running_loop() || py__in_thread()) return 0;
    py_obj *l = running_loop();
    if (!l) { py_err_clear(); return 0; }
    py_decref(l);
    return l == loop;
}
F(aio_current_task) {
    static const char *const names[] = { "loop", NULL };
    py_obj *a[1];
    if (py_args_py("current_task", args, nargs, kw, 0, 1, names, a) < 0) return NULL;
    if (a[0] && a[0] != PY_NONE && !is_running_loop(a[0])) return py_none(); /* CPython's _current_tasks.get(loop) */
    if (!cas_get_running_loop() || py__in_thread()) return py_err_set(py_exc_RuntimeError, "no running event loop");
    if (!cas_current_task()) return py_none(); /* a callback */
    pytask *t = py__ts->task;
    if (t == ending) t = NULL; /* its report as its step ends: CPython's step has left it */
    return py_incref(t ? (py_obj *)t : PY_NONE);
}
/* CPython 3.11 counts a generator too (generator-based coroutines) */
/* (a generator counts, in 3.11: as_completed()'s too) */
F(aio_iscoroutine) { return py_bool(nargs == 1 && (PY_TYPE(args[0]) == &py_coro_type || PY_TYPE(args[0]) == &py_gen_type || PY_TYPE(args[0]) == &ac_type)); }
/* an async def's function, also as a bound method or in a functools.partial
 * (inspect's _has_code_flag: Factorial().__call__, partial(fact, 5)) */
F(aio_iscoroutinefunction) {
    if (nargs != 1) return py_bool(0);
    py_obj *f = py_incref(args[0]);
    for (;;) {
        py_type *t = PY_TYPE(f);
        while (t && strcmp(t->name, "functools.partial")) t = t->base;
        py_obj *inner = PY_TYPE(f) == &py_method_type ? py_incref(((py_method *)f)->func)
                        : t ? py_getattr_s(f, "func") : NULL;
        if (!inner) break;
        PY_SETREF(f, inner);
    }
    py_err_clear();
    int r = PY_TYPE(f) == &py_func_type ? (((py_func *)f)->code->flags & PY_CO_COROUTINE) != 0
          : PY_TYPE(f) == &py_cfunc_type && (((py_cfunc *)f)->def->flags & PY_METH_ASYNC);
    py_decref(f);
    return py_bool(r);
}
F(aio_ensure_future) {
    static const char *const names[] = { "coro_or_future", "loop", NULL };
    py_obj *a[2];
    if (py_args_py("ensure_future", args, nargs, kw, 1, 1, names, a) < 0) return NULL;
    if (!cas_get_running_loop() && is_coro(a[0])) {
        /* before a loop runs: (loop or get_event_loop()).create_task(coro), as CPython */
        py_obj *gel = a[1] && a[1] != PY_NONE ? NULL : prelude_get("get_event_loop");
        py_obj *loop = gel ? py_call0(gel) : a[1] && a[1] != PY_NONE ? py_incref(a[1]) : NULL;
        py_obj *ct = loop ? py_getattr_s(loop, "create_task") : NULL;
        py_obj *r = ct ? py_call1(ct, a[0]) : NULL;
        py_xdecref(ct);
        py_xdecref(loop);
        return r;
    }
    return ensure_future(a[0]);
}
F(aio_all_tasks) {
    static const char *const names[] = { "loop", NULL };
    py_obj *a[1];
    if (py_args_py("all_tasks", args, nargs, kw, 0, 1, names, a) < 0) return NULL;
    if (!a[0] || a[0] == PY_NONE) { /* the running loop's, as CPython's: none outside a run */
        py_obj *loop = running_loop();
        if (!loop) return NULL;
        py_decref(loop);
    }
    py_obj *s = py_set_new(&py_set_type, NULL);
    /* another loop than the running one: the tasks it keeps from its runs, or those made
     * for it before it runs */
    int other = a[0] && a[0] != PY_NONE && !is_running_loop(a[0]);
    if (other && a[0] != kept_loop) {
        for (size_t i = 0; s && deferred && i < PY_LLEN(deferred); i++)
            if (PY_TITEM(PY_LITEM(deferred, i), 3) == a[0]) py_set_add(s, PY_TITEM(PY_LITEM(deferred, i), 0));
        return s;
    }
    /* (run_until_complete(task)'s main only awaits the task: CPython makes no task for it) */
    for (pytask *t = live_head; s && t; t = t->live_next)
        if (!cas_done(t->f) && !(t == run_main && main_uncounted)) py_set_add(s, (py_obj *)t);
    return s;
}

/* ---- pending tasks that gc.collect() finds garbage ------------------------------------------------------ */

/* How many times x is in the locals and value stacks of t's frames. */
static int64_t refs_in_frames(pytask *t, py_obj *x) {
    int64_t n = 0;
    for (py_frame *f = t->ts.frame; f; f = f->back) {
        for (int i = 0; i < f->nfast + f->sp; i++) n += f->fast[i] == x;
        if (f->gen == t->coro) break;
    }
    return n;
}

/* gc.collect() (modules.c): in CPython a task waiting on a future is a
 * cycle (the future's callbacks hold the task, the task its future), kept
 * by nothing else when no other object refers to either: the collector
 * frees it, closing its coroutine, and the loop logs "Task was destroyed
 * but it is pending!".  Here the loop holds every task: one whose only
 * other references come from its own frames, waiting on a plain Future
 * held only by them, is reported the same way, leaves all_tasks() and is
 * closed (GeneratorExit at its await) on the loop's next turn. */
static void destroy_task(pytask *t, py_obj *loop, int held);
static int loop_is_open(py_obj *loop);
/* Outside a run, a loop closed with tasks pending (loop.close() dropped its timers): a
 * task asleep, or waiting on a future only its frames hold, that nothing else holds is
 * garbage to CPython's collector, which closes its coroutine, and the Task logs "Task
 * was destroyed but it is pending!" (as at exit: end_kept). */
static int64_t collect_closed_kept(void) {
    if (!kept_loop || !cas_loop_kept() || loop_is_open(kept_loop)) return 0;
    int64_t found = 0;
    py_obj *loop = py_incref(kept_loop);
    for (pytask *t = live_head, *next; t; t = next) {
        next = t->live_next;
        if (!t->coro || !t->f || !t->started || t->internal || t->destroyed || cas_done(t->f)) continue;
        py_obj *fut = t->waiting_on;
        int garbage = t->sleeping || (fut && fut_base((py_obj *)fut) == &py_future_type && fut->rc == refs_in_frames(t, fut));
        if (!garbage || t->ob.rc != 1 + refs_in_frames(t, (py_obj *)t)) continue;
        found++;
        py_incref(t);
        next = NULL; /* the run below may end other tasks: start again */
        destroy_task(t, loop, 0);
        py_decref(t);
        next = live_head;
    }
    py_decref(loop);
    return found;
}

/* Whether g, a generator or coroutine, runs in the current task's (or
 * thread's) frames */
static int runs_here(py_gen *g) {
    for (py_frame *f = py__ts->frame; f; f = f->back)
        if (f == g->frame) return 1;
    return 0;
}
/* The collector's view of futures, tasks and the coroutines they run
 * (py__gc_unreachable's extra).  A pending task suspended elsewhere holds
 * its coroutine, twice while it runs (the task's reference and
 * gen_send's), and its suspended C stack holds the values of frames that
 * are no generator's; a generator running there holds its frame's values
 * (one awaited inline is held by its caller's stack; one driven from C
 * has a reference of that C's too, not known here, which keeps it alive);
 * a task that awaits a future is held by that future (CPython's wakeup
 * callback: here the runtime's reference to a live task). */
void py__fut_gc_refs(py_obj *o, py_gc_visit *v) {
    py_type *b = fut_base(o);
    if (b == &py_task_type || b == &py_future_type) {
        pytask *t = (pytask *)o;
        py__gc_visit(v, t->result);
        py__gc_visit(v, t->exc);
        py__gc_visit(v, t->exc_tb);
        py__gc_visit(v, t->inner);
        if (t->cbs && PY_IS_LIST(t->cbs)) py__gc_visit(v, t->cbs);
        if (t->dict && !((PY_TYPE(o)->flags & PY_TF_HEAP) && py__dictptr(o) == &t->dict)) py__gc_visit(v, t->dict);
        for (pytask *w = live_head; w; w = w->live_next)
            if (w->waiting_on == o && w != py__ts->task && w->f && !cas_done(w->f)) py__gc_visit(v, (py_obj *)w);
        if (b != &py_task_type || !t->coro || !t->f || cas_done(t->f) || t == py__ts->task || !t->started) return;
        py__gc_visit(v, t->coro);
        /* the coroutine's gen_send (task_body's py_await) holds it while it runs */
        if (PY_TYPE(t->coro) == &py_coro_type && ((py_gen *)t->coro)->state == PY_GEN_RUNNING) py__gc_visit(v, t->coro);
        for (py_frame *f = t->ts.frame; f && f->gen != t->coro; f = f->back)
            if (!f->gen)
                for (int i = 0; i < f->nfast + f->sp; i++) py__gc_visit(v, f->fast[i]);
    } else if ((PY_TYPE(o) == &py_coro_type || PY_TYPE(o) == &py_gen_type || PY_TYPE(o) == &py_asyncgen_type)
               && ((py_gen *)o)->state == PY_GEN_RUNNING && ((py_gen *)o)->frame && !runs_here((py_gen *)o)) {
        py_frame *f = ((py_gen *)o)->frame;
        for (int i = 0; i < f->nfast + f->sp; i++) py__gc_visit(v, f->fast[i]);
    }
}

/* A future or task found garbage in a cycle (gc.c): CPython's finalizer
 * logs an exception nobody retrieved */
void py__fut_finalize(py_obj *o) {
    py_type *b = fut_base(o);
    if (b != &py_task_type && b != &py_future_type) return;
    pytask *t = (pytask *)o;
    if (t->f && cas_done(t->f) && t->exc && !t->retrieved && !t->cancelled) {
        report_unretrieved(t);
        t->retrieved = 1;
    }
}

static void mark_garbage(py_obj *o) {
    pytask *t = (pytask *)o;
    if (fut_base(o) == &py_task_type && t->coro && t->started && t->f && !cas_done(t->f) && !t->destroyed && t != py__ts->task)
        t->garbage = 1;
}

/* A run's main that failed, and the exception the run raised, held in
 * CPython's cycle through its runner's frames (aio_run): garbage once the
 * program has let go of the exception */
static void collect_runner_cycles(void) {
    for (pytask *t = failed_head; t; t = t->live_next)
        if (t->runner_cycle && t->exc) py__gc_unreachable((py_obj *)t, py__fut_gc_refs, py__gc_found);
}

int64_t py__asyncio_collect(int call_safe) {
    collect_runner_cycles();
    /* a closed loop's tasks run once more to close: in wasm only where a suspend is safe
     * (else they go at exit, as a loop still open) */
    if (!cas_get_running_loop()) return py__may_suspend(call_safe) ? collect_closed_kept() : 0;
    int64_t found = 0;
    /* a task that failed in this turn and that only the loop's bookkeeping still holds (its
     * done callback, task_done_cb, comes next turn): garbage to CPython, whose Task logs
     * "Task exception was never retrieved" as it is freed; logged now, freed next turn */
    for (pytask *t = live_head; t; t = t->live_next)
        if (t->coro && t->f && cas_done(t->f) && t->exc && !t->retrieved && !t->cancelled && t->ob.rc == 1) {
            found++;
            t->ob.rc++;
            report_unretrieved(t);
            t->ob.rc--;
            t->retrieved = 1;
        }
    /* a failed task or future whose exception nobody retrieved, held only by a cycle
     * (finalized with the rest of its cycle's garbage: py__gc_collect_cycles) */
    for (pytask *t = failed_head; t; t = t->live_next)
        if (t->f && cas_done(t->f) && t->exc && !t->retrieved && !t->cancelled)
            py__gc_unreachable((py_obj *)t, py__fut_gc_refs, py__gc_found);
    /* a task waiting for a future, and all it reaches, that nothing outside holds: a cycle
     * CPython's collector frees (with the other pending tasks in it) */
    for (pytask *t = live_head; t; t = t->live_next)
        if (!t->garbage && !t->destroyed && t->coro && t->started && !t->sleeping && t->waiting_on && t->f && !cas_done(t->f)
            && t != py__ts->task)
            py__gc_unreachable((py_obj *)t, py__fut_gc_refs, mark_garbage);
    size_t n = 0;
    for (pytask *t = live_head; t; t = t->live_next) n += t->garbage;
    pytask **dead = n ? malloc(n * sizeof *dead) : NULL;
    n = 0;
    for (pytask *t = live_head; t; t = t->live_next)
        if (t->garbage) {
            t->garbage = 0;
            if (dead) dead[n++] = (pytask *)py_incref(t);
        }
    /* CPython's collector closes each coroutine (GeneratorExit at its await: its finally
     * blocks run), then its Task logs, the coroutine done.  Here a task's close is its
     * run on the loop: the caller waits for each in turn, when nothing else is ready
     * to run meanwhile (and it may suspend here); else each is logged as it is (the
     * others still pending in its repr), then all are closed on the loop's next turn */
    int wait = n && py__may_suspend(call_safe) && !cas_loop_has_ready(cas_get_running_loop());
    /* (not when one awaits another: that one's end would wake it, where CPython's Task
     * stays pending with its coroutine closed) */
    for (size_t i = 0; wait && i < n; i++)
        for (size_t j = 0; j < n; j++)
            if (dead[i]->waiting_on == (py_obj *)dead[j]) wait = 0;
    for (size_t i = 0; i < n; i++) {
        pytask *t = dead[i];
        found++;
        t->destroyed = 1;
        live_remove(t);
        py_obj *loop = t->quiet_destroy ? NULL : running_loop();
        if (wait) {
            py_obj *repr = task_repr((py_obj *)t); /* (its coroutine done: destroyed) */
            py_err_clear();
            py_ts *ts = py__ts;
            cas_cancel(t->f);
            cas_value v;
            py_out_flush();
            cas_await(t->f, &v);
            py__ts = ts;
            py__after_suspend();
            cas_exc_clear();
            drain_released();
            if (repr) report_destroyed(t, repr, loop);
            py_xdecref(repr);
            py_xdecref(loop);
            continue;
        }
        py_obj *ctx = py_dict_new();
        py_obj *msg = py_str_c("Task was destroyed but it is pending!");
        if (loop && ctx && msg && py_dict_set_s(ctx, "message", msg) == 0 && py_dict_set_s(ctx, "task", (py_obj *)t) == 0) {
            py_obj *r = py_call_method(loop, "call_exception_handler", &ctx, 1);
            py_xdecref(r);
        }
        if (py_err_occurred()) py_err_clear();
        py_xdecref(msg);
        py_xdecref(ctx);
        py_xdecref(loop);
    }
    for (size_t i = 0; i < n; i++) {
        if (!wait) cas_cancel(dead[i]->f);
        py_decref(dead[i]);
    }
    free(dead);
    return found;
}

/* ---- the loop object (get_running_loop) -------------------------------------------------------------------- */

/* The loop is the prelude's _UnixSelectorEventLoop (written in Python, as base_events.py),
 * one per run; its callbacks go through the runtime's cas_call_soon/later/at.
 * The runtime holds only a number for each callback: the loop's _scheduled
 * dict maps it to the Handle, so a callback dropped at the run's end frees
 * nothing of ours. */

static py_obj *running_loop(void) {
    if (!cas_get_running_loop() || py__in_thread()) return py_err_set(py_exc_RuntimeError, "no running event loop");
    if (!loop_obj) {
        py_obj *make = prelude_get("_run_loop");
        if (!make) return py_err_set(py_exc_RuntimeError, "no running event loop");
        loop_obj = py_call0(make);
        if (!loop_obj) return NULL;
        if (py_setattr_s(loop_obj, "_running", PY_TRUE) < 0) return NULL;
        if (run_debug && py_setattr_s(loop_obj, "_debug", run_debug) < 0) return NULL;
    }
    return py_incref(loop_obj);
}

/* ---- a coroutine that blocks in a wait for a thread: the loop waits ----
 * CPython's loop runs nothing else while a coroutine blocks in a wait for a
 * thread (an Event's wait(), a Thread's join(), a concurrent future's
 * result(), a lock, a queue.Queue); only the threads go on.  Here threads
 * are fibers of the same loop, so while a task blocks so (loop_blocker,
 * aio_block_on), each other task of the program's, as it resumes (eval.c's
 * py__after_suspend) or takes its first step, and each callback of the
 * program's (a Handle's, a done callback), as it comes up, is parked, in
 * order; when the wait is over they go on in that order, as CPython's loop
 * takes up its ready handles and the timers that expired meanwhile once the
 * blocking call returns.  (Futures the runtime completes on its own, a
 * gather's children's bookkeeping, still move meanwhile.) */
typedef struct parked {
    cas_future *w;         /* a task's: set when its turn comes; or NULL: */
    int (*cb)(void *);     /* a callback's, called then */
    void *ud;
    int late;              /* it came due after the wait began (a timer's): after the blocking step */
    struct parked *next;
} parked;
static parked *parked_head, **parked_tail = &parked_head, *late_head;
/* What was ready, or made ready by a thread (CPython's call_soon_threadsafe
 * appends to the ready queue at once), goes on right after the wait; what a
 * timer woke (late) is CPython's next turn's: its expired timers are taken
 * up after what the blocking step then schedules. */
static int park(cas_future *w, int (*cb)(void *), void *ud, int late) {
    parked *p = malloc(sizeof *p);
    if (!p) return -1;
    *p = (parked){ w, cb, ud, late, NULL };
    *parked_tail = p;
    parked_tail = &p->next;
    return 0;
}
static void unpark_one(parked *p) {
    if (p->w) {
        if (!cas_done(p->w)) cas_future_set_result(p->w, cas_none());
        cas_release(p->w);
    } else if (cas_call_soon_named(p->cb, p->ud, "Handle._run", NULL) < 0) cas_exc_clear();
    free(p);
}
/* the late ones, a turn on: after the blocking task's step */
static int unpark_late(void *ud) {
    (void)ud;
    parked *p = late_head;
    late_head = NULL;
    while (p) {
        parked *next = p->next;
        unpark_one(p);
        p = next;
    }
    return 0;
}
static void unpark_all(void) {
    parked *p = parked_head, **late_tail = &late_head;
    parked_head = NULL;
    parked_tail = &parked_head;
    int any_late = late_head != NULL;
    while (late_head && *late_tail) late_tail = &(*late_tail)->next;
    while (p) {
        parked *next = p->next;
        if (p->late) {
            p->next = NULL;
            *late_tail = p;
            late_tail = &p->next;
            any_late = 1;
        } else unpark_one(p);
        p = next;
    }
    if (any_late && cas_call_soon_named(unpark_late, NULL, "TimerHandle._run", NULL) < 0) {
        cas_exc_clear();
        unpark_late(NULL);
    }
}
/* eval.c's py__after_suspend: a task of the program's that resumes while
 * another blocks the loop waits for its turn (a cancel meanwhile comes at
 * its next await) */
void py__loop_turn(void) {
    int late = timer_woke;
    timer_woke = 0;
    pytask *me = py__ts ? py__ts->task : NULL;
    if (!loop_blocker || !me || me == loop_blocker || !me->f || py__in_thread() || !cas_current_task()) return;
    int cancelled = 0;
    while (loop_blocker) {
        cas_future *w = cas_future_new();
        if (!w) break;
        cas_retain(w); /* the list's and ours */
        if (park(w, NULL, NULL, late) < 0) { cas_release(w); cas_release(w); break; }
        py_ts *ts = py__ts;
        int r = cas_await(w, NULL);
        py__ts = ts;
        cas_release(w);
        if (r == CAS_ECANCELLED) {
            cas_exc_clear();
            cas_task_uncancel(cas_current_task());
            cancelled = 1;
        } else cas_exc_clear();
    }
    if (cancelled) cas_cancel(me->f);
}

/* Runs a callable from the loop (a callback, a done callback), with the
 * state of no task; what it raises was already given to the handler. */
static void run_on_loop(py_obj *fn, py_obj *arg) {
    py_ts *saved = py__ts;
    static py_ts cb_ts;
    py__ts = &cb_ts;
    py_obj *r = arg ? py_call1(fn, arg) : py_call0(fn);
    if (!r) callback_raised(py_err_fetch());
    else py_decref(r);
    py_out_flush();
    py__ts = saved;
}

static int sched_cb(void *ud) {
    /* its turn after the blocking wait (a timer's, late: the low bit of ud) */
    if (loop_blocker && park(NULL, sched_cb, ud, (int)((intptr_t)ud & 1)) == 0) return 0;
    if (!loop_obj) return 0;
    py_obj *fire = py_getattr_s(loop_obj, "_fire");
    if (!fire) { py_err_clear(); return 0; }
    py_obj *id = py_int((int64_t)((intptr_t)ud >> 1));
    run_on_loop(fire, id);
    py_decref(id);
    py_decref(fire);
    return 0;
}

typedef struct { py_obj ob; cas_handle *h; } chandle;
static void chandle_dealloc(py_obj *o) {
    if (((chandle *)o)->h) cas_handle_release(((chandle *)o)->h);
    free(o);
}
static py_type chandle_type = { {PY_IMMORTAL, &py_type_type}, "_CHandle", .size = sizeof(chandle), .dealloc = chandle_dealloc };

/* _schedule(kind, t, id): kind 0 call_soon, 1 call_later(t), 2 call_at(t); the callback calls loop._fire(id). */
F(aio_schedule) {
    if (nargs != 3) return py_err_set(py_exc_TypeError, "_schedule() takes 3 arguments");
    int ok;
    int64_t kind = py_int_val(args[0], &ok);
    double t = 0;
    if (kind) {
        t = py_float_val(args[1], &ok);
        if (!ok) return NULL;
    }
    int64_t id = py_int_val(args[2], &ok);
    chandle *c = (chandle *)py_alloc(&chandle_type);
    if (!c) return NULL;
    void *ud = (void *)(intptr_t)(id * 2 + (kind != 0)); /* the id, and whether a timer */
    /* call_at(nan): CPython's heap cannot order it, and `nan >= end` is false:
     * due at its next turn, here a timer due now (its when() stays nan) */
    if (kind && t != t) {
        kind = 2;
        t = cas_time();
    }
    int r = kind == 0 ? cas_call_soon_named(sched_cb, ud, "Handle._run", &c->h)
          : kind == 1 ? cas_call_later_named(t, sched_cb, ud, "TimerHandle._run", &c->h)
          : cas_call_at_named(t, sched_cb, ud, "TimerHandle._run", &c->h);
    if (r < 0) {
        py_decref(c);
        if (r == CAS_EMISUSE) return py_err_set(py_exc_RuntimeError, "Event loop is closed");
        if (r == CAS_EINVAL) return py_err_set(py_exc_ValueError, "Invalid delay: NaN");
        return py_err_nomem();
    }
    return (py_obj *)c;
}
F(aio_unschedule) {
    if (nargs == 1 && PY_TYPE(args[0]) == &chandle_type && ((chandle *)args[0])->h) cas_handle_cancel(((chandle *)args[0])->h);
    return py_none();
}
F(aio_loop_time) { return py_float(cas_time()); }
/* _source_tb(): debug mode's "where it was made" (a Handle's), or None when not tracked */
/* _source_tb(limit=None): at most limit frames, as format_helpers.extract_stack's (a Handle's) */
F(aio_source_tb) {
    int over = 0;
    int64_t limit = nargs && PY_CHECK_INT(args[0]) ? py_int_val(args[0], &over) : 1000;
    if (over) limit = 1000;
    py_obj *tb = (origin_on || nargs) && !py__in_thread() ? py__source_traceback_limit(limit < 0 ? 0 : limit > 1000 ? 1000 : (int)limit) : NULL;
    return tb ? tb : py_none();
}
/* _lib_site(file, line, source_line): what dies until _lib_site() warns
 * there, at that line of CPython's asyncio/FILE (eval.c) */
F(aio_lib_site) {
    static char file[64], src[96];
    int ok = 1;
    if (nargs == 3 && PY_IS_STR(args[0]) && PY_IS_STR(args[2])) {
        snprintf(file, sizeof file, PY_LIB_DIR "asyncio/%s", py_s(args[0]));
        snprintf(src, sizeof src, "%s", py_s(args[2]));
        py__lib_site_line = (int)py_int_val(args[1], &ok);
        py__lib_site_file = file;
        py__lib_site_src = src;
    } else py__lib_site_file = NULL;
    return py_none();
}
/* _print_exc(exc): the traceback as logging's exc_info prints it (sys.excepthook's layout) */
F(aio_print_exc) {
    if (nargs == 1 && PY_IS_EXC(args[0])) { py_out_flush(); py__print_logged(args[0], 2); }
    return py_none();
}
/* _func_source(f): (co_filename, co_firstlineno) of a function written in Python, else None */
F(aio_func_source) {
    if (nargs == 1 && PY_TYPE(args[0]) == &py_func_type) {
        py_code *co = ((py_func *)args[0])->code;
        py_obj *ln = py_int(co->firstlineno);
        py_obj *r = py_tuple_pack(2, co->source->filename, ln);
        py_decref(ln);
        return r;
    }
    return py_none();
}

/* ---- asyncio.timeout and TaskGroup: the runtime's, under the prelude's classes ------------------------------ */

typedef struct { py_obj ob; cas_timeout *t; cas_task_group *g; } cwrap;
static void cwrap_dealloc(py_obj *o) {
    cwrap *w = (cwrap *)o;
    /* a block left without __aexit__ (a generator dropped): the runtime's exit frees it */
    if (w->t) cas_timeout_exit(w->t, 0);
    free(o);
}
static py_type cwrap_type = { {PY_IMMORTAL, &py_type_type}, "_CWrap", .size = sizeof(cwrap), .dealloc = cwrap_dealloc };
static cwrap *cwrap_arg(py_obj *const *args, size_t nargs, size_t want) {
    if (nargs != want || PY_TYPE(args[0]) != &cwrap_type) { py_err_set(py_exc_TypeError, "bad internal call"); return NULL; }
    return (cwrap *)args[0];
}
/* the block's outcome as the runtime's code: 0, CAS_ECANCELLED or CAS_EEXCEPTION (exc raised into the runtime) */
static int block_rc(py_obj *exc, int give_object) {
    if (exc == PY_NONE) return 0;
    if (py_isinst(exc, py_exc_CancelledError)) return CAS_ECANCELLED;
    if (!give_object) return CAS_EEXCEPTION;
    char ty[64], msg[256];
    exc_text(exc, ty, sizeof ty, msg, sizeof msg);
    return cas_raise_object(py_incref(exc), ty, msg, release_later);
}

F(aio_timeout_enter) {
    if (nargs != 1) return py_err_set(py_exc_TypeError, "bad internal call");
    double when = CAS_NO_TIMEOUT;
    if (args[0] != PY_NONE) {
        int ok;
        when = py_float_val(args[0], &ok);
        if (!ok) return NULL;
    }
    if (!cas_current_task()) return py_err_set(py_exc_RuntimeError, "Timeout should be used inside a task");
    cwrap *w = (cwrap *)py_alloc(&cwrap_type);
    if (!w) return NULL;
    w->t = cas_timeout_at_enter(when);
    if (!w->t) { py_decref(w); return py_err_nomem(); }
    return (py_obj *)w;
}
/* _timeout_exit(c, exc): True when the block's CancelledError becomes TimeoutError */
F(aio_timeout_exit) {
    cwrap *w = cwrap_arg(args, nargs, 2);
    if (!w || !w->t) return w ? py_bool(0) : NULL;
    int r = cas_timeout_exit(w->t, block_rc(args[1], 0));
    w->t = NULL;
    if (r == CAS_ETIMEOUT) cas_exc_clear();
    return py_bool(r == CAS_ETIMEOUT);
}
F(aio_timeout_expired) {
    cwrap *w = cwrap_arg(args, nargs, 1);
    if (!w) return NULL;
    return py_bool(w->t && cas_timeout_expired(w->t));
}
/* _timeout_reschedule(c, when or None): False once expiring */
F(aio_timeout_reschedule) {
    cwrap *w = cwrap_arg(args, nargs, 2);
    if (!w) return NULL;
    double when = CAS_NO_TIMEOUT;
    if (args[1] != PY_NONE) {
        int ok;
        when = py_float_val(args[1], &ok);
        if (!ok) return NULL;
    }
    int r = w->t ? cas_timeout_reschedule(w->t, when) : -1;
    if (r < 0) cas_exc_clear();
    return py_bool(r == 0);
}

F(aio_tg_enter) {
    if (!cas_current_task()) return py_err_set(py_exc_RuntimeError, "TaskGroup cannot determine the parent task");
    cwrap *w = (cwrap *)py_alloc(&cwrap_type);
    if (!w) return NULL;
    w->g = cas_task_group_enter();
    if (!w->g) { py_decref(w); return py_err_nomem(); }
    return (py_obj *)w;
}
/* _tg_create_task(c, coro, name, context) */
F(aio_tg_create_task) {
    cwrap *w = cwrap_arg(args, nargs, 4);
    if (!w) return NULL;
    if (!w->g) return py_err_set(py_exc_RuntimeError, "TaskGroup is finished");
    if (!is_coro(args[1])) {
        py_obj *r = py_repr(args[1]);
        py_err_set(py_exc_TypeError, "a coroutine was expected, got %U", r);
        py_xdecref(r);
        return NULL;
    }
    creating_group = w->g;
    creating_route = args[3] != PY_NONE ? "taskgroups.py:163" : "taskgroups.py:161";
    /* under a task factory: the Task it makes joins the group (CPython's TaskGroup
     * takes what loop.create_task gives) */
    py_obj *t = task_factory() ? make_task(args[1], args[2], args[3]) : task_new(args[1], args[2], 1, args[3]);
    creating_route = NULL;
    creating_group = NULL;
    if (t && !(fut_base(t) == &py_task_type && ((pytask *)t)->in_group)) {
        py_decref(t);
        return py_err_set(py_exc_NotImplementedError, "TaskGroup.create_task() under a task factory that makes no asyncio.Task is "
                          "not supported by casyncio's Python");
    }
    return t;
}
/* _tg_exit(c, exc): waits for the group's tasks; returns None, or raises
 * the ExceptionGroup of their errors (or CancelledError) */
F(aio_tg_exit) {
    cwrap *w = cwrap_arg(args, nargs, 2);
    if (!w) return NULL;
    if (!w->g) return py_none();
    py_obj *exc = args[1];
    int rc = block_rc(exc, 1);
    py_out_flush();
    py_ts *ts = py__ts;
    step_ends(ts->task);
    int r = cas_task_group_exit(w->g, rc);
    py__ts = ts;
    py__after_suspend();
    w->g = NULL;
    if (r == 0) { cas_exc_clear(); drain_released(); return py_none(); }
    if (r == CAS_EEXCEPTION && cas_exc_group_size() > 0) {
        int n = cas_exc_group_size();
        py_obj *l = py_list_new(0);
        for (int i = 0; i < n; i++) {
            cas_value v = cas_exc_group_item((size_t)i);
            py_obj *o = cas_value_exc_object(v);
            if (o) py_incref(o);
            else o = py_exc_new_msg(py_exc_RuntimeError, v.kind == CAS_EXC && v.as.exc.message ? v.as.exc.message : "");
            py_list_append(l, o);
            py_decref(o);
        }
        cas_exc_clear();
        drain_released();
        py_obj *egt = py__exc_groups_load() == 0 ? py_dict_get_s(py__interp.builtins, "BaseExceptionGroup") : NULL;
        py_obj *msg = py_str_c("unhandled errors in a TaskGroup");
        py_obj *eg = egt ? py_call(egt, (py_obj *[]){ msg, l }, 2, NULL) : NULL;
        py_decref(msg);
        py_decref(l);
        if (!eg) return NULL;
        ((py_exc *)eg)->suppress_context = 1; /* raise me from None */
        py_err_set_exc(eg);
        return NULL;
    }
    void *o = cas_exc_object();
    if (o && o == (void *)exc) { cas_exc_clear(); drain_released(); return py_none(); } /* the block's own: it propagates */
    cas_exc_clear();
    drain_released();
    if (r == CAS_ECANCELLED) {
        if (exc != PY_NONE && py_isinst(exc, py_exc_CancelledError)) return py_none();
        return raise_cancelled();
    }
    return py_err_set(py_exc_RuntimeError, "%s", cas_strerror(r));
}

/* CPython 3.11's shield: the inner future's done callback reads its outcome (so
 * no "exception was never retrieved" for it) unless the outer was cancelled
 * first, which took that callback off: a failure behind a cancelled shield is
 * logged when the inner is freed.  Runs an iteration after the inner is done. */
typedef struct { pytask *in, *outer; int refs; /* the two callbacks' */ } shield_cb_data;
static void shield_cb_drop(shield_cb_data *d, int n) {
    if (!(d->refs -= n)) free(d);
}
static void shield_inner_done(cas_future *f, void *ud) {
    shield_cb_data *d = ud;
    pytask *out = d->outer;
    if (!cas_cancelled(out->f)) {
        d->in->retrieved = 1;
        /* CPython's outer.set_exception(inner.exception()): the outer has it too,
         * and is "never retrieved" itself if nobody reads it (task_dealloc, with
         * the exception's repr), not through the runtime's report of its future */
        if (cas_done(out->f) && d->in->exc && !out->exc) {
            out->exc = py_incref(d->in->exc);
            out->exc_tb = py_xincref(((py_exc *)d->in->exc)->tb);
            (void)cas_exception(out->f, NULL, NULL);
        }
    } else if (!t_cancelled(d->in)) d->in->retrieved = 1; /* CPython: "Mark inner's result as retrieved." */
    py_ts *saved = py__ts;
    static py_ts cb_ts;
    py__ts = &cb_ts;
    py_decref(d->in);
    py_decref(out);
    d->in = d->outer = NULL; /* for shield_outer_done, if it comes later */
    py__ts = saved;
    shield_cb_drop(d, 1);
}
/* CPython's _outer_done_callback: the outer cancelled first takes the inner's
 * callback off, and nothing of the shield holds the inner any more (a failure
 * of it is logged as it is freed, at the end of its step) */
static void shield_outer_done(cas_future *f, void *ud) {
    shield_cb_data *d = ud;
    int n = 1;
    if (d->in && cas_cancelled(f) && !cas_done(d->in->f) && cas_remove_done_callback(d->in->f, shield_inner_done, d) > 0) {
        n++;
        py_ts *saved = py__ts;
        static py_ts cb_ts;
        py__ts = &cb_ts;
        py_obj *in = d->outer->inner;
        d->outer->inner = NULL;
        py_xdecref(in);
        py_decref(d->in);
        py_decref(d->outer);
        py__ts = saved;
    }
    shield_cb_drop(d, n);
}

/* asyncio.shield(aw): the runtime's shield, as a Future with the shielded one's outcome */
F(aio_shield) {
    static const char *const names[] = { "arg", NULL };
    py_obj *a[1];
    if (py_args_py("shield", args, nargs, kw, 1, 1, names, a) < 0) return NULL;
    py_obj *inner = ensure_future(a[0]);
    if (!inner) return NULL;
    pytask *in = (pytask *)inner;
    if (cas_done(in->f)) return inner;
    pytask *t = (pytask *)py_alloc(&py_future_type);
    if (!t) { py_decref(inner); return NULL; }
    t->f = cas_shield(in->f);
    t->inner = inner;
    if (!t->f) { py_decref(t); return py_err_set(py_exc_RuntimeError, "no running event loop"); }
    shield_cb_data *d = malloc(sizeof *d);
    if (d) {
        d->in = (pytask *)py_incref(inner);
        d->outer = (pytask *)py_incref(t);
        d->refs = 1;
        if (cas_add_done_callback_named(in->f, shield_inner_done, d, NULL) != 0) {
            py_decref(t);
            py_decref(inner);
            free(d);
            in->retrieved = 1;
        } else {
            cbs_add(in, SHIELD_INNER_CB); /* for the reprs while pending */
            if (cas_add_done_callback_named(t->f, shield_outer_done, d, NULL) == 0) {
                d->refs++;
                cbs_add(t, SHIELD_OUTER_CB);
            }
        }
    } else in->retrieved = 1;
    return (py_obj *)t;
}

/* _wait_for(fut, timeout, box): cas_wait_for; at the timeout returns box, a list, with fut's CancelledError in it */
static py_obj *wait_for_run(py_obj *arg) {
    pytask *t = (pytask *)PY_TITEM(arg, 0);
    double timeout;
    if (later_delay(PY_TITEM(arg, 1), &timeout) < 0) return NULL;
    py_out_flush();
    py_ts *ts = py__ts;
    step_ends(ts->task);
    cas_task *me = cas_current_task();
    int cancels = me ? cas_task_cancelling(me) : 0;
    cas_value v;
    int marked = !cas_done(t->f);
    if (marked) cbs_add(t, WAIT_FOR_CB); /* for its repr while wait_for waits */
    int r = cas_wait_for(t->f, timeout, &v);
    py__ts = ts;
    if (marked) cbs_remove(t, WAIT_FOR_CB);
    py__after_suspend();
    cas_exc_clear();
    if (r == CAS_ETIMEOUT) {
        /* what wait_for's `raise TimeoutError() from exc` chains: the CancelledError fut.result() raises */
        py_obj *box = PY_TITEM(arg, 2);
        py_obj *e;
        if (PY_TYPE(t) == &gather_type && cas_done(t->f) && !cas_cancelled(t->f)) {
            /* a gather ends with its child's CancelledError as its exception: fut.result()
             * raises (and so retrieves) that one */
            py_obj *x = outcome(t);
            e = x ? py_exc_new(py_exc_CancelledError, NULL) : py_err_fetch();
            py_xdecref(x);
        } else e = t_cancelled(t) ? take_cancelled_error(t) : py_exc_new(py_exc_CancelledError, NULL);
        t->retrieved = 1;
        if (e) { py_list_append(box, e); py_decref(e); }
        return py_incref(box);
    }
    /* cancelled as fut failed: CPython's `except CancelledError: return fut.result()`,
     * which the empty box asks for (the CancelledError its exception's context) */
    if (r == CAS_EEXCEPTION && cas_done(t->f) && !t_cancelled(t) && me && cas_task_cancelling(me) > cancels)
        return py_incref(PY_TITEM(arg, 2));
    if (r == 0 || r == CAS_EEXCEPTION) return read_outcome(t);
    if (r == CAS_ECANCELLED) {
        if (me && cas_task_cancelling(me) > 0) return raise_cancelled();
        return outcome(t);
    }
    if (r == CAS_EMISUSE) return py_err_set(py_exc_RuntimeError, "no running event loop");
    return py_err_set(py_exc_RuntimeError, "%s", cas_strerror(r));
}
F(aio_wait_for_c) {
    if (nargs != 3 || !py_is_future(args[0])) return py_err_set(py_exc_TypeError, "bad internal call");
    double timeout;
    if (later_delay(args[1], &timeout) < 0) return NULL;
    py_obj *t = py_tuple_from(args, 3);
    return t ? py_coro_c_new("wait_for", wait_for_run, t) : NULL;
}
F(aio_get_running_loop) { return running_loop(); }
F(aio__get_running_loop) { return cas_get_running_loop() && !py__in_thread() ? running_loop() : py_none(); }

/* ---- threads: the calls of to_thread() and run_in_executor() ------------------------------------------ */

/* A "thread" of an executor (the prelude's _Pool) runs one call on a fiber
 * of its own: a task of the runtime's, not a Python Task (no Task-N, not
 * in all_tasks()), whose py_ts has no task.  time.sleep() there suspends
 * only that fiber (py__thread_sleep), as CPython's sleeps only its thread;
 * code that never sleeps holds the loop until it returns (CPython would
 * switch threads every 5 ms).  The call (the prelude's _work) completes the
 * asyncio future through loop.call_soon, as CPython's call_soon_threadsafe. */
typedef struct pythread {
    py_ts ts;            /* first: py__ts points here while the thread runs */
    py_obj *call;        /* what it runs: a callable taking no argument */
    py_obj *info;        /* (name, ident), for threading.current_thread() */
    uint8_t shutdown_seen; /* asyncio.run's end cancelled it once: it sleeps on, as CPython's
                            * shutdown_default_executor() waits for the thread */
    uint8_t daemon;      /* a daemon thread: the program's end does not wait for it */
} pythread;

/* 1 on a thread's fiber: a task of the runtime's that is not a Python Task. */
int py__in_thread(void) { return py__ts && !py__ts->task && cas_current_task(); }

static int thread_body(void *arg, cas_value *result) {
    pythread *th = arg;
    (void)result;
    py__ts = &th->ts;
#ifndef __EMSCRIPTEN__
    th->ts.stack_floor = (char *)__builtin_frame_address(0) - (PY_TASK_STACK - PY_STACK_MARGIN);
#endif
    py__after_suspend();
    py_obj *r = py__call_resumable(th->call, NULL, 0, 1);
    py__ts = &th->ts;
    if (!r) { /* _work catches everything: only a stop or an error of its own gets here */
        py_obj *e = py_err_fetch();
        if (e && !py_isinst(e, py_exc_KeyboardInterrupt)) py_print_exception(e, 2);
        py_xdecref(e);
    }
    py_xdecref(r);
    py_out_flush();
    py_decref(th->call);
    py_decref(th->info);
    py_xdecref(th->ts.exc);
    py_xdecref(th->ts.handled);
    py_xdecref(th->ts.ctx);
    threads_daemon -= th->daemon;
    free(th);
    threads_live--;
    if (threads_idle && threads_live <= threads_daemon) cas_future_set_result(threads_idle, cas_none());
    /* the loop's side next (a done callback may ask py__in_thread()): not the freed state */
    py__ts = &py__main_ts;
    return 0;
}

/* ---- threads outside asyncio ---------------------------------------------------------------------------

 * A thread started where no loop runs (threading.Thread, a
 * ThreadPoolExecutor in the program's own thread, before or after
 * asyncio.run) runs on the threads' loop: a kept loop of the runtime's with
 * no loop object of Python's.  The program's own thread takes its turns
 * there whenever it waits (join, time.sleep, a lock, an event, a queue, a
 * future's result): each such wait is a run of its own on that loop, unseen
 * (CAS_RUN_UNSEEN), whose main is the wait, so the other threads go on
 * meanwhile and stop again when it is over. */

enum { MW_SPAWN, MW_WAIT, MW_SLEEP, MW_END };
typedef struct main_wait {
    int what;
    pythread *th;           /* MW_SPAWN: the thread, and its names */
    const char *name, *label;
    pytask *fut;            /* MW_WAIT: what it waits for, for s seconds (CAS_NO_TIMEOUT: no limit) */
    double s;
    int rc;                 /* the wait's own outcome */
    size_t nd;              /* MW_WAIT: 1 when fut is done */
} main_wait;

static int main_wait_body(void *arg, cas_value *result) {
    main_wait *w = arg;
    (void)result;
    py__ts = &py__main_ts;
    if (w->what == MW_SPAWN) {
        cas_task *f = cas_create_task_named(thread_body, w->th, 0, w->name, w->label);
        if (!f) return w->rc = CAS_ENOMEM;
        threads_live++;
        threads_daemon += w->th->daemon;
        w->th = NULL; /* the thread's now, which frees it */
        cas_release(f);
        w->rc = cas_sleep(0); /* the thread's first step, before start() returns, as CPython's start() waits for it to begin */
    } else if (w->what == MW_SLEEP) {
        w->rc = cas_sleep(w->s);
    } else if (w->what == MW_END) {
        while (threads_live > threads_daemon && w->rc == CAS_OK) {
            if (!(threads_idle = cas_future_new())) return w->rc = CAS_ENOMEM;
            w->rc = cas_await(threads_idle, NULL);
            cas_release(threads_idle);
            threads_idle = NULL;
        }
    } else {
        if (!w->fut->f && !start_future(w->fut) && !w->fut->f) return w->rc = CAS_ENOMEM;
        cas_future *f = w->fut->f;
        w->rc = cas_done(f) ? (w->nd = 1, CAS_OK) : cas_wait(&f, 1, w->s, CAS_ALL_COMPLETED, NULL, &w->nd, NULL, NULL);
    }
    cas_exc_clear();
    py__ts = &py__main_ts;
    return 0;
}

/* A wait of the program's own thread on the threads' loop (made by an
 * MW_SPAWN if no loop is kept): 0, or -1 with KeyboardInterrupt raised
 * (Ctrl-C, Stop) or RuntimeError when every thread waits for another. */
static int main_wait_run(main_wait *w) {
    int fresh = !cas_loop_kept();
    py_out_flush();
    py_ts *ts = py__ts;
    /* static: in wasm a stack that is not running is not addressable (the runtime's fibers) */
    static main_wait cur;
    cur = *w;
    int r = cas_run_as(main_wait_body, &cur, NULL, NULL, NULL, CAS_RUN_KEEP | CAS_RUN_UNSEEN);
    *w = cur;
    py__ts = ts;
    py__after_suspend();
    if (fresh && cas_loop_kept()) threads_loop = 1;
    if (!cas_loop_kept()) threads_loop = 0;
    if (r == CAS_EDEADLOCK) {
        cas_exc_clear();
        py_err_set(py_exc_RuntimeError, "every thread waits and nothing is left that could wake one (CPython would hang here)");
        return -1;
    }
    if (r == CAS_ECANCELLED || cur.rc == CAS_ECANCELLED || py__sigint) { /* a stop: the program's own thread gets it, as CPython's main thread gets Ctrl-C */
        cas_exc_clear();
        py_err_set_exc(py_exc_new(py_exc_KeyboardInterrupt, NULL));
        return -1;
    }
    cas_exc_clear();
    if (r < 0 || w->rc == CAS_ENOMEM) {
        py_err_set(py_exc_RuntimeError, "the threads' loop could not run: %s", cas_strerror(r < 0 ? r : w->rc));
        return -1;
    }
    return 0;
}

/* 1 where a wait of the program's own thread can let its threads run:
 * outside any loop's run, with the threads' loop kept and a thread alive. */
static int main_waits_for_threads(void) {
    return !cas_get_running_loop() && threads_loop && cas_loop_kept() && threads_live > 0;
}

/* Before a run of a loop of Python's (asyncio.run, run_until_complete):
 * the threads' loop ends, or, while a thread started outside asyncio is
 * alive, the run is refused (the runtime runs one loop at a time). */
int py__threads_loop_end(void) {
    if (!threads_loop || !cas_loop_kept()) { threads_loop = 0; return 0; }
    if (threads_live > 0) {
        py_err_set(py_exc_NotImplementedError, "an event loop run (asyncio.run, run_until_complete) while a thread started "
                   "outside it is alive is not supported by casyncio's Python: join() the threads first");
        return -1;
    }
    py_ts *ts = py__ts;
    cas_shutdown_kept();
    py__ts = ts;
    cas_exc_clear();
    threads_loop = 0;
    return 0;
}

/* The program's end, as CPython's threading._shutdown(): the program's
 * own thread waits for the threads started outside asyncio that are not
 * daemon threads (a stop does not wait); daemon threads are left where
 * they are (end_kept drops them, as CPython's exit does). */
void py__threads_shutdown(void) {
    if (!threads_loop || !cas_loop_kept() || threads_live <= threads_daemon || py__sigint || py__unhandled_ki || !py__may_suspend(1))
        return;
    main_wait w = { .what = MW_END };
    py_obj *saved = py_err_fetch();
    if (main_wait_run(&w) < 0) {
        py_obj *e = py_err_fetch();
        if (e && !py_isinst(e, py_exc_KeyboardInterrupt)) py_print_exception(e, 2);
        py_xdecref(e);
    }
    if (saved) py_err_set_exc(saved);
}

/* _thread_start(call, (name, ident), label, context[, daemon]): runs call() on a new
 * thread's fiber, in context (its worker's own, which CPython's thread keeps
 * from call to call), or in an empty one of its own (None): in the running
 * loop, or outside one on the threads' loop. */
F(aio_thread_start) {
    int call_safe = py__take_call_safe();
    if (nargs < 4 || nargs > 5 || !PY_IS_STR(args[2])) return py_err_set(py_exc_TypeError, "bad internal call");
    if (!cas_get_running_loop() && cas_loop_kept() && !threads_loop)
        return py_err_set(py_exc_NotImplementedError, "a thread started outside asyncio while an event loop of the program's "
                          "is kept between its runs is not supported by casyncio's Python");
    if (!cas_get_running_loop() && !py__may_suspend(call_safe))
        return py_err_set(py_exc_RuntimeError, "a thread started from C code (a property, a list's repr, __hash__ in a dict...) "
                          "outside asyncio is not supported by casyncio's Python in wasm: start it directly");
    pythread *th = calloc(1, sizeof *th);
    if (!th) return py_err_nomem();
    th->call = py_incref(args[0]);
    th->info = py_incref(args[1]);
    th->daemon = nargs == 5 && py_truth(args[4]) > 0;
    if (args[3] != PY_NONE) th->ts.ctx = py_incref(args[3]);
    py_obj *name = PY_IS_TUPLE(args[1]) && PY_TLEN(args[1]) ? PY_TITEM(args[1], 0) : NULL;
    const char *nm = name && PY_IS_STR(name) ? py_s(name) : NULL;
    if (!cas_get_running_loop()) {
        main_wait w = { .what = MW_SPAWN, .th = th, .name = nm, .label = py_s(args[2]) };
        int r = main_wait_run(&w);
        if (w.th) { /* never started */
            py_decref(th->call);
            py_decref(th->info);
            py_xdecref(th->ts.ctx);
            free(th);
        }
        return r < 0 ? NULL : py_none();
    }
    py_ts *ts = py__ts;
    cas_task *f = cas_create_task_named(thread_body, th, 0, nm, py_s(args[2]));
    py__ts = ts;
    if (!f) {
        py_decref(th->call);
        py_decref(th->info);
        py_xdecref(th->ts.ctx);
        free(th);
        return py_err_set(py_exc_RuntimeError, "no running event loop");
    }
    threads_live++;
    threads_daemon += th->daemon;
    cas_release(f); /* the loop holds it while it runs */
    return py_none();
}

/* _threads_running(): 1 while a thread started outside asyncio can run when the program's own thread waits */
F(aio_threads_running) { return py_bool(main_waits_for_threads()); }

/* _thread_future(): a Future for a thread's wait (threading's, a
 * concurrent future's): in the running loop, or outside one a future of
 * no loop's, whose future in the runtime is made when a wait needs it. */
F(aio_thread_future) {
    (void)args; (void)nargs;
    pytask *t = (pytask *)py_alloc(&py_future_type);
    if (t && cas_get_running_loop() && !(t->f = cas_future_new())) PY_CLEAR(t);
    return (py_obj *)t;
}

/* _thread_info(): the running thread's (name, ident), or None in the main thread. */
F(aio_thread_info) { return py_incref(py__in_thread() ? ((pythread *)py__ts)->info : PY_NONE); }

/* After a wait of a thread's (time.sleep, _block_on) ended by r: 1 to wait again (asyncio.run's
 * end cancelled a thread: the first cancel after main is done; the thread
 * goes on, as CPython's shutdown_default_executor() waits for it), with *s
 * the time left; else 0, and what it raises is raised.  Not inlined, as
 * nothing here suspends (called from two places: wasm-opt does not take it in). */
static __attribute__((noinline)) int wait_again(int r, double *s, double until) {
    py__after_suspend();
    if (r != CAS_ECANCELLED) return 0;
    cas_exc_clear();
    if (py__in_thread()) {
        pythread *th = (pythread *)py__ts;
        /* a daemon thread (threading's) is not waited for: it ends there */
        if (!th->shutdown_seen && !th->daemon && !py__sigint && run_main && run_main->f && cas_done(run_main->f)) {
            th->shutdown_seen = 1;
            cas_task_uncancel(cas_current_task());
            if (*s != CAS_NO_TIMEOUT && (*s = until - cas_time()) < 0) *s = 0;
            return 1;
        }
        py_err_set_exc(py_exc_new(py_exc_KeyboardInterrupt, NULL)); /* a stop (Ctrl-C, Stop) */
    } else raise_cancelled();
    return 0;
}

/* _block_on(fut, timeout): waits until fut is done (True) or timeout
 * seconds have passed (False; None: no limit), without an await: a thread
 * waiting for a lock, an event, a concurrent future's result, and a pool's
 * shutdown(wait=True).  Suspends only the calling thread (or task). */
F(aio_block_on) {
    int call_safe = py__take_call_safe();
    if (nargs != 2 || !py_is_future(args[0])) return py_err_set(py_exc_TypeError, "bad internal call");
    int ok = 1;
    double s = args[1] == PY_NONE ? CAS_NO_TIMEOUT : py_float_val(args[1], &ok);
    if (!ok) return NULL;
    if (!cas_current_task() && main_waits_for_threads() && py__may_suspend(call_safe)) {
        main_wait w = { .what = MW_WAIT, .fut = (pytask *)args[0], .s = s };
        if (main_wait_run(&w) < 0) return NULL;
        return py_bool(w.nd == 1);
    }
    pytask *ft = (pytask *)args[0];
    if (!ft->f && cas_get_running_loop()) start_future(ft); /* made outside a loop (_thread_future) */
    if (!ft->f) {
        if (fut_done(ft)) return py_bool(1);
        if (s != CAS_NO_TIMEOUT && !cas_get_running_loop() && py__may_suspend(call_safe)) {
            /* nothing can end it: the timeout passes, as time.sleep() */
            py_ts *ts = py__ts;
            int r = cas_blocking_sleep(s);
            py__ts = ts;
            py__after_wait();
            if (r == CAS_ECANCELLED) return py_err_set(py_exc_KeyboardInterrupt, "");
            return py_bool(0);
        }
        return py_err_set(py_exc_RuntimeError, "this wait in the program's own thread could never end: no thread is left "
                          "that could end it (CPython would hang here)");
    }
    cas_future *f = ft->f;
    if (cas_done(f)) return py_bool(1);
    if (!cas_current_task() || !py__may_suspend(call_safe))
        return py_err_set(py_exc_RuntimeError, "this wait for a thread would block the event loop's own thread, "
                          "where casyncio's Python runs every thread: it cannot wait there");
    py_ts *ts = py__ts;
    /* a task of the program's: the loop waits with it (above), its threads go on */
    pytask *tt = ts->task;
    pytask *blocks = !py__in_thread() && !loop_blocker && tt && tt->f ? tt : NULL;
    if (blocks) loop_blocker = blocks;
    double until = cas_time() + s;
    size_t nd;
    int r;
    do {
        nd = 0;
        r = cas_wait(&f, 1, s, CAS_ALL_COMPLETED, NULL, &nd, NULL, NULL);
        py__ts = ts;
    } while (wait_again(r, &s, until));
    if (blocks) {
        loop_blocker = NULL;
        unpark_all();
    }
    return r < 0 ? NULL : py_bool(nd == 1);
}

/* time.sleep(s) (modules.c): 1 when not on a thread's fiber (the caller
 * blocks the loop); else suspends only the thread, 0, or -1 with
 * KeyboardInterrupt raised when the program is stopped (Ctrl-C, Stop). */
int py__thread_sleep(double s, int call_safe) {
    if (!cas_current_task() && main_waits_for_threads() && py__may_suspend(call_safe)) {
        main_wait w = { .what = MW_SLEEP, .s = s };
        return main_wait_run(&w) < 0 ? -1 : 0;
    }
    if (!py__in_thread() || !py__may_suspend(call_safe)) return 1;
    py_ts *ts = py__ts;
    double until = cas_time() + s;
    int r;
    do {
        r = cas_sleep(s);
        py__ts = ts;
    } while (wait_again(r, &s, until));
    return r < 0 ? -1 : 0;
}

#include <unistd.h>
/* os.cpu_count(), for ThreadPoolExecutor's max_workers as CPython's: min(32, cpu_count() + 4) */
int (*py__cpu_count_fn)(void); /* in wasm, the host's count (tools/wasm_entry.c) */
F(aio_cpu_count) {
    long n = py__cpu_count_fn ? py__cpu_count_fn() : sysconf(_SC_NPROCESSORS_ONLN);
    return py_int(n > 0 ? n : 1);
}

static const py_methoddef asyncio_methods[] = {
    { "run", aio_run, PY_METH_PYFUNC }, { "sleep", aio_sleep, PY_METH_PYFUNC | PY_METH_ASYNC }, { "create_task", aio_create_task, PY_METH_PYFUNC }, { "_defer_task", aio_defer_task, 0 }, { "_run_sigint", aio_run_sigint, 0 }, { "_task_name", aio_task_name, 0 }, { "_agen_hook", aio_agen_hook, 0 }, { "_defer_call", aio_defer_call, 0 },
    { "gather", aio_gather, PY_METH_PYFUNC }, { "as_completed", aio_as_completed, PY_METH_PYFUNC }, { "current_task", aio_current_task, PY_METH_PYFUNC },
    { "iscoroutine", aio_iscoroutine, PY_METH_PYFUNC }, { "iscoroutinefunction", aio_iscoroutinefunction, PY_METH_PYFUNC },
    { "ensure_future", aio_ensure_future, PY_METH_PYFUNC }, { "all_tasks", aio_all_tasks, PY_METH_PYFUNC },
    { "get_running_loop", aio_get_running_loop, 0 }, { "_get_running_loop", aio__get_running_loop, 0 },
    { "_schedule", aio_schedule, 0 }, { "_unschedule", aio_unschedule, 0 }, { "_loop_time", aio_loop_time, 0 },
    { "_print_exc", aio_print_exc, 0 }, { "_func_source", aio_func_source, 0 },
    { "_agens_take", aio_agens_take, 0 }, { "_timeout_enter", aio_timeout_enter, 0 }, { "_timeout_exit", aio_timeout_exit, 0 },
    { "_timeout_expired", aio_timeout_expired, 0 }, { "_timeout_reschedule", aio_timeout_reschedule, 0 },
    { "shield", aio_shield, PY_METH_PYFUNC }, { "_wait_for", aio_wait_for_c, 0 },
    { "_tg_enter", aio_tg_enter, 0 }, { "_tg_create_task", aio_tg_create_task, 0 }, { "_tg_exit", aio_tg_exit, 0 },
    { "_runner_shutdown", aio_runner_shutdown, 0 }, { "_loop_stop", aio_loop_stop, 0 },
    { "_loop_closed", aio_loop_closed, 0 },
    { "_thread_start", aio_thread_start, 0 }, { "_thread_info", aio_thread_info, 0 }, { "_threads_running", aio_threads_running, 0 },
    { "_thread_future", aio_thread_future, 0 }, { "_cpu_count", aio_cpu_count, 0 },
    { "_block_on", aio_block_on, 0 }, { "_lib_site", aio_lib_site, 0 }, { "_source_tb", aio_source_tb, 0 }, { "_origin_tracking", aio_origin_tracking, 0 },
    { NULL, NULL, 0 },
};

/* The part written in Python (Event, Lock, Queue, wait_for, ...), compiled
 * into the module the first time a name is not found among the C part's:
 * a program that only runs tasks and sleeps never compiles it. */
static int load_prelude(py_obj *m) {
    extern py_obj *py__compile_string(const char *src, const char *filename, py_obj *globals);
    py_obj *r = py__compile_string(asyncio_prelude, "<asyncio>", ((py_module *)m)->dict);
    if (!r) return -1;
    py_decref(r);
    return 0;
}

py_obj *py__asyncio_module(void) {
    py__type_ready(&py_future_type);
    py__type_ready(&py_task_type);
    gather_type.module = py_str_intern("asyncio.tasks"); /* a class of asyncio/tasks.py in CPython: <class 'asyncio.tasks._GatheringFuture'> */
    py__type_ready(&gather_type);
    py__type_ready(&futiter_type);
    py__type_ready(&ac_type);
    py__type_ready(&chandle_type);
    py__type_ready(&cwrap_type);
    (void)fut_iter_await;
    py_obj *m = py_module_new("asyncio");
    py_module_add_methods(m, asyncio_methods);
    py_obj *d = ((py_module *)m)->dict;
    prelude_dict = d;
    asyncio_mod = m;
    py_dict_set_s(d, "CancelledError", (py_obj *)py_exc_CancelledError);
    py_dict_set_s(d, "TimeoutError", (py_obj *)py_exc_TimeoutError);
    py_dict_set_s(d, "InvalidStateError", (py_obj *)py_exc_InvalidStateError);
    py_dict_set_s(d, "Task", (py_obj *)&py_task_type);
    py_dict_set_s(d, "Future", (py_obj *)&py_future_type);
    py_dict_set_s(d, "__builtins__", py__interp.builtins);
    ((py_module *)m)->lazy = load_prelude;
    return m;
}
