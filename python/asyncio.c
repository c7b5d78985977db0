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
} pytask;

py_type py_task_type, py_future_type;
typedef struct gatherobj gatherobj;
static py_type gather_type;
static py_obj *task_repr(py_obj *o);

int py_is_future(py_obj *o) { return PY_TYPE(o) == &py_task_type || PY_TYPE(o) == &py_future_type; }

/* The tasks not yet done, for all_tasks() (borrowed: a task leaves when
 * done or freed), in the order they started: a doubly-linked list through
 * the tasks, so that leaving is O(1) with 100,000 tasks live. */
static pytask *live_head, *live_tail;
static void live_add(pytask *t) {
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

/* CancelledError for the running task, with the message given to cancel(). */
static py_obj *raise_cancelled(void) {
    pytask *t = py__ts->task;
    py_obj *args = t && t->cancel_msg ? py_tuple_pack(1, t->cancel_msg) : NULL;
    py_err_set_exc(py_exc_new(py_exc_CancelledError, args));
    py_xdecref(args);
    return NULL;
}

static void exc_text(py_obj *exc, char *type, size_t tn, char *msg, size_t mn) {
    snprintf(type, tn, "%s", PY_TYPE(exc)->name);
    py_obj *s = py_str(exc);
    if (!s) { py_err_clear(); msg[0] = 0; return; }
    snprintf(msg, mn, "%s", py_s(s));
    py_decref(s);
}

/* ---- the task's body ----------------------------------------------------------------- */

static void report_unretrieved(pytask *t);

static void task_dealloc(py_obj *o) {
    pytask *t = (pytask *)o;
    live_remove(t);
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
    py_xdecref(t->cancel_msg);
    py_xdecref(t->coro_code);
    free(o);
}

/* Runs when the runtime completes the task: marks the runtime's copy of the
 * exception retrieved (this interpreter prints CPython's own message when
 * the Task object dies) and drops the reference the loop held. */
static void task_done_cb(cas_future *f, void *ud) {
    const char *ty, *m;
    /* On a cancelled task cas_exception raises CancelledError into this
     * callback, which the loop would report as "Exception in callback". */
    if (!cas_cancelled(f)) cas_exception(f, &ty, &m);
    live_remove((pytask *)ud);
    py_ts *saved = py__ts;
    static py_ts cb_ts;
    py__ts = &cb_ts;
    py_decref(ud);
    py__ts = saved;
}

/* The task's coroutine raised: the Task keeps the exception, the runtime
 * gets its type name and message.  Not inlined: its buffers would sit in
 * task_body's frame, which every sleeping task keeps. */
static __attribute__((noinline)) int task_failed(pytask *t) {
    py_obj *e = py_err_fetch();
    if (!e) e = py_exc_new(py_exc_SystemError, NULL);
    t->exc = e;
    t->exc_tb = py_xincref(((py_exc *)e)->tb);
    if (py_isinst(e, py_exc_CancelledError)) {
        t->cancelled = 1;
        return cas_raise("CancelledError", "%s", "");
    }
    char ty[64], msg[256];
    exc_text(e, ty, sizeof ty, msg, sizeof msg);
    return cas_raise(ty, "%s", msg);
}

static int task_body(void *arg, cas_value *result) {
    pytask *t = arg;
    py__ts = &t->ts;
    t->ts.task = t;
    py_obj *r;
    if (t->must_cancel) {
        r = NULL;
        py_err_set_exc(py_exc_new(py_exc_CancelledError, NULL));
    } else {
        py__after_suspend(); /* a task starts on the loop's side, where nothing is nested */
        py__resume_token = t->coro;
        r = py_await(t->coro);
        py__resume_token = NULL;
    }
    py__ts = &t->ts;
    py_out_flush();
    if (r) {
        t->result = r;
        *result = cas_ptr(t);
        return 0;
    }
    return task_failed(t);
}

static void describe_coro(pytask *t, py_obj *coro) {
    py_gen *g = (py_gen *)coro;
    if (g->frame) t->coro_code = (py_code *)py_incref(g->frame->code);
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
    if (!coro || PY_TYPE(coro) != &py_coro_type) return;
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

static py_obj *task_new(py_obj *coro, py_obj *name) {
    pytask *t = (pytask *)py_alloc(&py_task_type);
    if (!t) return NULL;
    t->coro = py_incref(coro);
    describe_coro(t, coro);
    ((py_gen *)coro)->awaited = 1;
    py_out_flush();
    py_obj *s = name && name != PY_NONE ? py_str(name) : NULL;
    if (!s) py_err_clear();
    char label[LABEL_MAX + 32];
    coro_label(coro, label, sizeof label);
    py_ts *ts = py__ts;
    t->f = cas_create_task_named(task_body, t, 0, s ? py_s(s) : NULL, label[0] ? label : NULL);
    py__ts = ts;
    py_xdecref(s);
    if (!t->f) {
        py_decref(t);
        return py_err_set(py_exc_RuntimeError, "no running event loop");
    }
    /* the loop's reference, dropped by the done callback */
    py_incref(t);
    live_add(t);
    cas_add_done_callback_named(t->f, task_done_cb, t, NULL); /* bookkeeping: no event (CPython has no such callback) */
    return (py_obj *)t;
}

static py_obj *coro_name_repr(py_obj *coro) {
    if (!coro || PY_TYPE(coro) != &py_coro_type) return py_str_c("?");
    return py_incref(((py_gen *)coro)->qualname);
}

static void report_unretrieved(pytask *t) {
    py_obj *saved = py_err_fetch();
    py_buf b = {0};
    py_buf_puts(&b, "Task exception was never retrieved\nfuture: ");
    py_obj *r = task_repr((py_obj *)t);
    if (r) { py_buf_put(&b, py_s(r), py_slen(r)); py_decref(r); }
    py_buf_putc(&b, '\n');
    py_write(2, b.data, b.len);
    py_buf_free(&b);
    if (t->exc_tb) PY_SETREF(((py_exc *)t->exc)->tb, py_incref(t->exc_tb));
    py_print_exception(t->exc, 2);
    py_err_clear();
    py__ts->exc = saved;
}

/* ---- awaiting ------------------------------------------------------------------------------ */

static py_obj *raise_task_exc(pytask *t) {
    t->retrieved = 1;
    if (t->exc_tb) PY_SETREF(((py_exc *)t->exc)->tb, py_incref(t->exc_tb));
    if (t->cancelled) {
        /* a new CancelledError, as CPython raises for a cancelled future */
        py_obj *e = py_exc_new(py_exc_CancelledError, t->cancel_msg ? py_tuple_pack(1, t->cancel_msg) : NULL);
        py_err_set_exc(e);
        return NULL;
    }
    py_err_set_exc(py_incref(t->exc));
    return NULL;
}

static py_obj *outcome(pytask *t) {
    if (t->exc) return raise_task_exc(t);
    if (t->cancelled || cas_cancelled(t->f)) {
        t->cancelled = 1;
        py_err_set_exc(py_exc_new(py_exc_CancelledError, NULL));
        return NULL;
    }
    return py_incref(t->result ? t->result : PY_NONE);
}

/* Awaits a future or task from inside a task; 1 when o is one. */
static py_obj *gather_await(gatherobj *g);

int py__asyncio_await(py_obj *o, py_obj **res) {
    if (PY_TYPE(o) != &gather_type && !py_is_future(o)) return 0;
    if (!py__may_suspend(1)) {
        *res = py__unsafe_await();
        return 1;
    }
    if (PY_TYPE(o) == &gather_type) {
        *res = gather_await((gatherobj *)o);
        return 1;
    }
    pytask *t = (pytask *)o;
    py_out_flush();
    py_ts *ts = py__ts;
    cas_value v;
    int r = cas_await(t->f, &v);
    py__ts = ts;
    py__after_suspend();
    cas_exc_clear();
    if (r == 0) {
        *res = outcome(t);
        return 1;
    }
    if (r == CAS_ECANCELLED) {
        if (cas_done(t->f) && (t->cancelled || cas_cancelled(t->f))) { *res = outcome(t); return 1; }
        /* the awaiting task itself was cancelled */
        *res = raise_cancelled();
        return 1;
    }
    if (r == CAS_EEXCEPTION) {
        *res = outcome(t);
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

/* arg: the delay, or (delay, result) when a result was given. */
static py_obj *sleep_run(py_obj *arg) {
    py_obj *d = PY_IS_TUPLE(arg) ? PY_TITEM(arg, 0) : arg;
    int ok;
    double s = py_float_val(d, &ok);
    if (!ok) return NULL;
    py_out_flush();
    py_ts *ts = py__ts;
    int r = cas_sleep(s);
    py__ts = ts;
    py__after_suspend();
    cas_exc_clear();
    if (r == CAS_ECANCELLED) return raise_cancelled();
    if (r == CAS_EMISUSE) return py_err_set(py_exc_RuntimeError, "no running event loop");
    if (r < 0) return py_err_set(py_exc_ValueError, "%s", cas_strerror(r));
    return py_incref(PY_IS_TUPLE(arg) ? PY_TITEM(arg, 1) : PY_NONE);
}
F(aio_sleep) {
    static const char *const names[] = { "delay", "result", NULL };
    py_obj *a[2];
    if (py_args("sleep", args, nargs, kw, 1, 2, names, a) < 0) return NULL;
    if (!PY_IS_INT(a[0]) && !PY_IS_FLOAT(a[0]))
        return py_err_set(py_exc_TypeError, "'<=' not supported between instances of '%s' and 'int'", py_type_name(a[0]));
    /* no tuple for the usual sleep(delay): 64 bytes less per sleeping task */
    py_obj *t = a[1] && a[1] != PY_NONE ? py_tuple_pack(2, a[0], a[1]) : py_incref(a[0]);
    return py_coro_c_new("sleep", sleep_run, t);
}

/* ---- asyncio.run ---------------------------------------------------------------------------------- */

static int main_body(void *arg, cas_value *result) {
    pytask *t = arg;
    t->f = cas_retain(cas_current_task());
    py_incref(t);
    live_add(t);
    cas_add_done_callback_named(t->f, task_done_cb, t, NULL); /* bookkeeping: no event (CPython has no such callback) */
    return task_body(arg, result);
}

int py__virtual_clock;
volatile int py__sigint; /* set by the CLI's SIGINT handler */

F(aio_run) {
    int call_safe = py__take_call_safe();
    static const char *const names[] = { "main", "debug", NULL };
    py_obj *a[2];
    if (py_args("run", args, nargs, kw, 1, 2, names, a) < 0) return NULL;
    py_obj *coro = a[0];
    if (PY_TYPE(coro) != &py_coro_type) {
        py_obj *r = py_repr(coro);
        py_err_set(py_exc_ValueError, "a coroutine was expected, got %U", r);
        py_xdecref(r);
        return NULL;
    }
    if (cas_current_task()) return py_err_set(py_exc_RuntimeError, "asyncio.run() cannot be called from a running event loop");
    if (!py__may_suspend(call_safe))
        return py_err_set(py_exc_RuntimeError, "asyncio.run() called back from C code (through map(), a key function, "
                          "__repr__...) is not supported by casyncio's Python in wasm: call it directly");
    pytask *t = (pytask *)py_alloc(&py_task_type);
    t->coro = py_incref(coro);
    describe_coro(t, coro);
    ((py_gen *)coro)->awaited = 1;
    py_out_flush();
    py_ts *ts = py__ts;
    cas_task *mt = NULL;
    char label[LABEL_MAX + 32];
    coro_label(coro, label, sizeof label);
    int r = cas_run_named(main_body, t, &mt, label[0] ? label : NULL);
    py__ts = ts;
    py__after_suspend();
    cas_exc_clear();
    if (mt) cas_release(mt);
    py_obj *res;
    if (r == CAS_EDEADLOCK && !t->exc && !t->result) {
        res = py_err_set(py_exc_RuntimeError, "every task waits and nothing is left that could wake one (CPython would hang here)");
    } else if (t->exc && py__sigint && py_isinst(t->exc, py_exc_CancelledError)) {
        /* Ctrl-C: asyncio.run cancels main and raises KeyboardInterrupt, as CPython's runner */
        t->retrieved = 1;
        py_err_set_exc(py_exc_new(py_exc_KeyboardInterrupt, NULL));
        res = NULL;
    } else if (t->exc) {
        t->retrieved = 1;
        res = raise_task_exc(t);
    } else if (r == CAS_ECANCELLED || t->cancelled) {
        py_err_set_exc(py_exc_new(py_exc_KeyboardInterrupt, NULL));
        res = NULL;
    } else res = py_incref(t->result ? t->result : PY_NONE);
    py_decref(t);
    return res;
}

/* ---- create_task, gather, as_completed ----------------------------------------------------------------- */

F(aio_create_task) {
    static const char *const names[] = { "coro", "name", "context", NULL };
    py_obj *a[3];
    if (py_args("create_task", args, nargs, kw, 1, 1, names, a) < 0) return NULL;
    if (PY_TYPE(a[0]) != &py_coro_type) {
        py_obj *r = py_repr(a[0]);
        py_err_set(py_exc_TypeError, "a coroutine was expected, got %U", r);
        py_xdecref(r);
        return NULL;
    }
    if (!cas_current_task()) return py_err_set(py_exc_RuntimeError, "no running event loop");
    return task_new(a[0], a[1]);
}

static py_obj *ensure_future(py_obj *o) {
    if (py_is_future(o)) return py_incref(o);
    if (PY_TYPE(o) == &py_coro_type) return task_new(o, NULL);
    return py_err_set(py_exc_TypeError, "An asyncio.Future, a coroutine or an awaitable is required");
}

struct gatherobj { py_obj ob; py_obj *children; cas_future *f; int return_exceptions; int awaited; };

static void gather_dealloc(py_obj *o) {
    gatherobj *g = (gatherobj *)o;
    py_xdecref(g->children);
    if (g->f) cas_release(g->f);
    free(o);
}

F(aio_gather) {
    int re = 0;
    for (size_t k = 0; kw && k < PY_TLEN(kw); k++) {
        if (py_str_eqc(PY_TITEM(kw, k), "return_exceptions")) re = py_truth(args[nargs + k]);
        else return py_err_set(py_exc_TypeError, "gather() got an unexpected keyword argument '%U'", PY_TITEM(kw, k));
    }
    if (!cas_current_task()) {
        /* CPython makes the children with get_event_loop(): outside a loop it fails */
        for (size_t i = 0; i < nargs; i++)
            if (!py_is_future(args[i]) && PY_TYPE(args[i]) != &py_coro_type)
                return py_err_set(py_exc_TypeError, "An asyncio.Future, a coroutine or an awaitable is required");
        return py_err_set(py_exc_RuntimeError, "no running event loop");
    }
    py_obj *children = py_tuple_new(nargs);
    cas_future **fs = malloc(sizeof(cas_future *) * (nargs ? nargs : 1));
    for (size_t i = 0; i < nargs; i++) {
        /* CPython keys a dict by each argument first: a list is unhashable */
        py_obj *c = py_hash(args[i]) == -1 ? NULL : ensure_future(args[i]);
        if (!c) {
            free(fs);
            /* children made so far go on running, as in CPython */
            for (size_t j = 0; j < i; j++) PY_TITEM(children, j) = PY_TITEM(children, j);
            py_decref(children);
            return NULL;
        }
        PY_TITEM(children, i) = c;
        fs[i] = ((pytask *)c)->f;
        ((pytask *)c)->retrieved = 1; /* gather's callback reads every child's exception */
    }
    gatherobj *g = (gatherobj *)py_alloc(&gather_type);
    g->children = children;
    g->return_exceptions = re;
    g->f = cas_gather(fs, nargs, re);
    free(fs);
    if (!g->f) { py_decref(g); return py_err_set(py_exc_RuntimeError, "gather failed"); }
    return (py_obj *)g;
}

static py_obj *gather_await(gatherobj *g) {
    py_out_flush();
    py_ts *ts = py__ts;
    cas_value v;
    int r = cas_await(g->f, &v);
    py__ts = ts;
    py__after_suspend();
    cas_exc_clear();
    size_t n = PY_TLEN(g->children);
    if (r == 0) {
        py_obj *l = py_list_new(n);
        for (size_t i = 0; i < n; i++) {
            pytask *c = (pytask *)PY_TITEM(g->children, i);
            py_obj *item;
            if (c->exc) {
                c->retrieved = 1;
                if (c->cancelled) item = py_exc_new(py_exc_CancelledError, NULL);
                else {
                    if (c->exc_tb) PY_SETREF(((py_exc *)c->exc)->tb, py_incref(c->exc_tb));
                    item = py_incref(c->exc);
                }
            } else if (cas_cancelled(c->f)) item = py_exc_new(py_exc_CancelledError, NULL);
            else item = py_incref(c->result ? c->result : PY_NONE);
            PY_LITEM(l, i) = item;
        }
        return l;
    }
    /* the first failure: a child done with an exception (list order among those) */
    for (size_t i = 0; i < n; i++) {
        pytask *c = (pytask *)PY_TITEM(g->children, i);
        if (cas_done(c->f) && (c->exc || cas_cancelled(c->f)) && !c->retrieved) return outcome(c);
    }
    for (size_t i = 0; i < n; i++) {
        pytask *c = (pytask *)PY_TITEM(g->children, i);
        if (cas_done(c->f) && (c->exc || cas_cancelled(c->f))) return outcome(c);
    }
    py_err_set_exc(py_exc_new(py_exc_CancelledError, NULL));
    return NULL;
}
static py_obj *gather_repr(py_obj *o) { return py_str_fmt("<_GatheringFuture %s>", cas_done(((gatherobj *)o)->f) ? "finished" : "pending"); }
F(gather_cancel) { return py_bool(cas_cancel(((gatherobj *)self)->f) > 0); }
F(gather_done) { return py_bool(cas_done(((gatherobj *)self)->f)); }
F(gather_cancelled) { return py_bool(cas_done(((gatherobj *)self)->f) && cas_cancelled(((gatherobj *)self)->f)); }
static const py_methoddef gather_methods[] = { { "cancel", gather_cancel, 0 }, { "done", gather_done, 0 },
    { "cancelled", gather_cancelled, 0 }, { NULL, NULL, 0 } };
static py_type gather_type = { {PY_IMMORTAL, &py_type_type}, "_GatheringFuture", .size = sizeof(gatherobj),
    .dealloc = gather_dealloc, .repr = gather_repr, .methods = gather_methods };

typedef struct acobj { py_obj ob; py_obj *children; cas_as_completed_iter *it; size_t left; py_obj *delivered; } acobj;
static void ac_dealloc(py_obj *o) {
    acobj *a = (acobj *)o;
    py_xdecref(a->children);
    py_xdecref(a->delivered);
    if (a->it) cas_as_completed_free(a->it);
    free(o);
}
static py_obj *ac_wait_one(py_obj *arg) {
    acobj *a = (acobj *)arg;
    py_out_flush();
    py_ts *ts = py__ts;
    cas_value v;
    int r = cas_as_completed_next(a->it, &v);
    py__ts = ts;
    py__after_suspend();
    cas_exc_clear();
    if (r == 0 && v.kind == CAS_PTR) {
        pytask *t = v.as.p;
        py_set_add(a->delivered, (py_obj *)t);
        return outcome(t);
    }
    if (r == CAS_ETIMEOUT) { py_err_set_exc(py_exc_new(py_exc_TimeoutError, NULL)); return NULL; }
    if (r == CAS_EDONE) return py_err_set(py_exc_StopIteration, "");
    /* an exception or cancellation: the child that completed */
    for (size_t i = 0; i < PY_TLEN(a->children); i++) {
        pytask *c = (pytask *)PY_TITEM(a->children, i);
        if (cas_done(c->f) && (c->exc || cas_cancelled(c->f)) && !py_set_contains(a->delivered, (py_obj *)c)) {
            py_set_add(a->delivered, (py_obj *)c);
            return outcome(c);
        }
    }
    if (r == CAS_ECANCELLED) { py_err_set_exc(py_exc_new(py_exc_CancelledError, NULL)); return NULL; }
    return py_err_set(py_exc_RuntimeError, "%s", cas_strerror(r));
}
static py_obj *ac_next(py_obj *o) {
    acobj *a = (acobj *)o;
    if (!a->left) return NULL;
    a->left--;
    return py_coro_c_new("_wait_for_one", ac_wait_one, py_incref(o));
}
static py_obj *ac_iter(py_obj *o) { return py_incref(o); }
static py_type ac_type = { {PY_IMMORTAL, &py_type_type}, "generator", .size = sizeof(acobj),
    .dealloc = ac_dealloc, .iter = ac_iter, .next = ac_next };
F(aio_as_completed) {
    static const char *const names[] = { "fs", "timeout", NULL };
    py_obj *a[2];
    if (py_args("as_completed", args, nargs, kw, 1, 2, names, a) < 0) return NULL;
    if (py_is_future(a[0]) || PY_TYPE(a[0]) == &py_coro_type)
        return py_err_set(py_exc_TypeError, "expect an iterable of futures, not %s", py_type_name(a[0]));
    py_obj *l = py_sequence_list(a[0]);
    if (!l) return NULL;
    /* a set of futures: each awaited once */
    py_obj *seen = py_set_new(&py_set_type, NULL);
    py_obj *kids = py_list_new(0);
    for (size_t i = 0; i < PY_LLEN(l); i++) {
        py_obj *x = PY_LITEM(l, i);
        if (py_is_future(x) && py_set_contains(seen, x)) continue;
        py_obj *c = ensure_future(x);
        if (!c) { py_decref(l); py_decref(seen); py_decref(kids); return NULL; }
        py_set_add(seen, c);
        py_list_append(kids, c);
        py_decref(c);
    }
    py_decref(l);
    py_decref(seen);
    size_t n = PY_LLEN(kids);
    cas_future **fs = malloc(sizeof(cas_future *) * (n ? n : 1));
    for (size_t i = 0; i < n; i++) fs[i] = ((pytask *)PY_LITEM(kids, i))->f;
    double timeout = -1;
    if (a[1] && a[1] != PY_NONE) {
        int ok;
        timeout = py_float_val(a[1], &ok);
        if (!ok) { free(fs); py_decref(kids); return NULL; }
    }
    acobj *ac = (acobj *)py_alloc(&ac_type);
    ac->children = py_sequence_tuple(kids);
    py_decref(kids);
    ac->it = cas_as_completed(fs, n, timeout);
    ac->left = n;
    ac->delivered = py_set_new(&py_set_type, NULL);
    free(fs);
    return (py_obj *)ac;
}

/* ---- Task and Future methods ------------------------------------------------------------------------------ */

F(task_cancel) {
    pytask *t = (pytask *)self;
    if (nargs) PY_SETREF(t->cancel_msg, py_incref(args[0]));
    int r = cas_cancel(t->f);
    if (r > 0) t->ncancel++;
    return py_bool(r > 0);
}
F(task_cancelled) {
    pytask *t = (pytask *)self;
    return py_bool(t->cancelled || (cas_done(t->f) && cas_cancelled(t->f)));
}
F(task_done) { return py_bool(cas_done(((pytask *)self)->f)); }
F(task_result) {
    pytask *t = (pytask *)self;
    if (!cas_done(t->f)) {
        py_err_set_exc(py_exc_new_msg(py_exc_InvalidStateError, "Result is not set."));
        return NULL;
    }
    return outcome(t);
}
F(task_exception) {
    pytask *t = (pytask *)self;
    if (!cas_done(t->f)) {
        py_err_set_exc(py_exc_new_msg(py_exc_InvalidStateError, "Exception is not set."));
        return NULL;
    }
    if (t->cancelled || cas_cancelled(t->f)) return raise_task_exc(t);
    t->retrieved = 1;
    return py_incref(t->exc ? t->exc : PY_NONE);
}
F(task_get_name) { return py_str_c(cas_task_name(((pytask *)self)->f)); }
F(task_set_name) {
    if (nargs != 1) return py_err_set(py_exc_TypeError, "set_name() takes exactly one argument");
    py_obj *s = py_str(args[0]);
    if (!s) return NULL;
    cas_task_set_name(((pytask *)self)->f, py_s(s));
    py_decref(s);
    return py_none();
}
F(task_cancelling) { pytask *t = (pytask *)self; return py_int(cas_done(t->f) ? 0 : t->ncancel); }
F(task_uncancel) { pytask *t = (pytask *)self; if (t->ncancel > 0) t->ncancel--; return py_int(t->ncancel); }
F(task_get_coro) { py_obj *c = ((pytask *)self)->coro; return py_incref(c ? c : PY_NONE); }

typedef struct { py_obj *fn; py_obj *task; } cb_data;
static void py_done_cb(cas_future *f, void *ud) {
    cb_data *d = ud;
    py_ts *saved = py__ts;
    static py_ts cb_ts;
    py__ts = &cb_ts;
    py_obj *r = py_call1(d->fn, d->task);
    if (!r) {
        py_obj *e = py_err_fetch();
        py_obj *fr = py_repr(d->fn);
        py_err_clear();
        py_buf b = {0};
        py_buf_puts(&b, "Exception in callback ");
        if (fr) { py_buf_put(&b, py_s(fr), py_slen(fr)); py_decref(fr); }
        py_buf_puts(&b, "\nhandle: <Handle>\n");
        py_write(2, b.data, b.len);
        py_buf_free(&b);
        if (e) { py_print_exception(e, 2); py_decref(e); }
    } else py_decref(r);
    py_out_flush();
    py_decref(d->fn);
    py_decref(d->task);
    free(d);
    py__ts = saved;
}
F(task_add_done_callback) {
    if (nargs != 1) return py_err_set(py_exc_TypeError, "add_done_callback() takes exactly one argument");
    cb_data *d = malloc(sizeof *d);
    d->fn = py_incref(args[0]);
    d->task = py_incref(self);
    py_obj *n = py_getattr_opt(args[0], py_str_intern("__qualname__"));
    static char names[64][64];
    static int ni;
    const char *name = "callback";
    if (n && PY_IS_STR(n)) { snprintf(names[ni % 64], 64, "%s", py_s(n)); name = names[ni++ % 64]; }
    py_xdecref(n);
    py_err_clear();
    if (cas_add_done_callback_named(((pytask *)self)->f, py_done_cb, d, name) < 0) {
        py_decref(d->fn); py_decref(d->task); free(d);
        return py_err_nomem();
    }
    return py_none();
}
F(fut_set_result) {
    pytask *t = (pytask *)self;
    if (nargs != 1) return py_err_set(py_exc_TypeError, "set_result() takes exactly one argument");
    if (cas_done(t->f)) { py_err_set_exc(py_exc_new_msg(py_exc_InvalidStateError, "invalid state")); return NULL; }
    t->result = py_incref(args[0]);
    cas_future_set_result(t->f, cas_ptr(t));
    return py_none();
}
F(fut_set_exception) {
    pytask *t = (pytask *)self;
    if (nargs != 1) return py_err_set(py_exc_TypeError, "set_exception() takes exactly one argument");
    if (cas_done(t->f)) { py_err_set_exc(py_exc_new_msg(py_exc_InvalidStateError, "invalid state")); return NULL; }
    py_obj *e = args[0];
    if (PY_IS_TYPE(e)) e = py_call0(e); else py_incref(e);
    if (!e) return NULL;
    t->exc = e;
    char ty[64], msg[256];
    exc_text(e, ty, sizeof ty, msg, sizeof msg);
    cas_future_set_exception(t->f, ty, msg);
    return py_none();
}
static const py_methoddef task_methods[] = {
    { "cancel", task_cancel, 0 }, { "cancelled", task_cancelled, 0 }, { "done", task_done, 0 },
    { "result", task_result, 0 }, { "exception", task_exception, 0 }, { "get_name", task_get_name, 0 },
    { "set_name", task_set_name, 0 }, { "get_coro", task_get_coro, 0 },
    { "cancelling", task_cancelling, 0 }, { "uncancel", task_uncancel, 0 }, { "add_done_callback", task_add_done_callback, 0 },
    { NULL, NULL, 0 },
};
static const py_methoddef future_methods[] = {
    { "cancel", task_cancel, 0 }, { "cancelled", task_cancelled, 0 }, { "done", task_done, 0 },
    { "result", task_result, 0 }, { "exception", task_exception, 0 }, { "add_done_callback", task_add_done_callback, 0 },
    { "set_result", fut_set_result, 0 }, { "set_exception", fut_set_exception, 0 },
    { NULL, NULL, 0 },
};

static py_obj *task_repr(py_obj *o) {
    pytask *t = (pytask *)o;
    const char *kind = PY_TYPE(o) == &py_task_type ? "Task" : "Future";
    py_buf b = {0};
    int done = t->f && cas_done(t->f);
    py_buf_printf(&b, "<%s %s", kind, !done ? "pending" : (t->cancelled || cas_cancelled(t->f)) ? "cancelled" : "finished");
    if (PY_TYPE(o) == &py_task_type) {
        py_buf_printf(&b, " name='%s'", cas_task_name(t->f));
        if (done && t->coro) {
            py_gen *g = (py_gen *)t->coro;
            py_buf_puts(&b, " coro=<");
            py_buf_put(&b, py_s(g->qualname), py_slen(g->qualname));
            if (t->coro_code)
                py_buf_printf(&b, "() done, defined at %s:%d>", py_s(t->coro_code->source->filename), t->coro_code->firstlineno);
            else py_buf_puts(&b, "() done>");
        } else if (t->coro) {
            py_obj *cn = coro_name_repr(t->coro);
            py_gen *g = (py_gen *)t->coro;
            py_buf_puts(&b, " coro=<");
            py_buf_put(&b, py_s(cn), py_slen(cn));
            if (g->frame) py_buf_printf(&b, "() running at %s:%d>", py_s(g->frame->code->source->filename), py_frame_line(g->frame));
            else py_buf_puts(&b, "() running>");
            py_decref(cn);
        }
    }
    if (done && t->exc && !t->cancelled) {
        py_obj *er = py_repr(t->exc);
        if (er) { py_buf_puts(&b, " exception="); py_buf_put(&b, py_s(er), py_slen(er)); py_decref(er); }
        else py_err_clear();
    } else if (done && !t->cancelled && PY_TYPE(o) != &py_task_type) {
        py_obj *rr = py_repr(t->result ? t->result : PY_NONE);
        if (rr) { py_buf_puts(&b, " result="); py_buf_put(&b, py_s(rr), py_slen(rr)); py_decref(rr); }
    }
    py_buf_putc(&b, '>');
    return py_str_from_buf(&b);
}

static py_obj *fut_iter_await(py_obj *o) {
    py_obj *r;
    py__asyncio_await(o, &r);
    return r;
}

py_type py_task_type = { {PY_IMMORTAL, &py_type_type}, "_asyncio.Task", .size = sizeof(pytask), .dealloc = task_dealloc,
    .repr = task_repr, .methods = task_methods };
static py_obj *future_vnew(py_type *tp, py_obj *const *args, size_t nargs, py_obj *kw) {
    pytask *t = (pytask *)py_alloc(&py_future_type);
    if (!t) return NULL;
    t->f = cas_future_new();
    if (!t->f) { py_decref(t); return py_err_set(py_exc_RuntimeError, "no running event loop"); }
    return (py_obj *)t;
}
py_type py_future_type = { {PY_IMMORTAL, &py_type_type}, "_asyncio.Future", .size = sizeof(pytask), .dealloc = task_dealloc,
    .repr = task_repr, .methods = future_methods, .vnew = future_vnew };

F(aio_current_task) {
    if (!cas_current_task()) return py_err_set(py_exc_RuntimeError, "no running event loop");
    pytask *t = py__ts->task;
    return py_incref(t ? (py_obj *)t : PY_NONE);
}
F(aio_iscoroutine) { return py_bool(nargs == 1 && PY_TYPE(args[0]) == &py_coro_type); }
F(aio_iscoroutinefunction) {
    return py_bool(nargs == 1 && PY_TYPE(args[0]) == &py_func_type && (((py_func *)args[0])->code->flags & PY_CO_COROUTINE));
}
F(aio_ensure_future) { if (nargs != 1) return py_err_set(py_exc_TypeError, "ensure_future() takes one argument"); return ensure_future(args[0]); }
F(aio_all_tasks) {
    py_obj *s = py_set_new(&py_set_type, NULL);
    for (pytask *t = live_head; s && t; t = t->live_next)
        if (!cas_done(t->f)) py_set_add(s, (py_obj *)t);
    return s;
}

/* ---- the loop object (get_running_loop) -------------------------------------------------------------------- */

typedef struct { py_obj ob; } loopobj;
F(loop_time) { return py_float(cas_time()); }
F(loop_create_future) {
    pytask *t = (pytask *)py_alloc(&py_future_type);
    t->f = cas_future_new();
    if (!t->f) { py_decref(t); return py_err_set(py_exc_RuntimeError, "no running event loop"); }
    return (py_obj *)t;
}
F(loop_create_task) { return aio_create_task(NULL, args, nargs, kw); }
/* loop.call_soon(cb, *args): the runtime's public API has no call_soon yet
 * (issue 12), so a handle is a future completed at once whose done callback
 * runs cb: done callbacks go through the loop's ready queue, FIFO with the
 * task steps, as call_soon's handles do. */
typedef struct handleobj { py_obj ob; py_obj *fn, *args; int cancelled; } handleobj;
static void handle_dealloc(py_obj *o) {
    handleobj *h = (handleobj *)o;
    py_xdecref(h->fn);
    py_xdecref(h->args);
    free(o);
}
static py_obj *handle_cancel(py_obj *self, py_obj *const *args, size_t nargs, py_obj *kw) {
    ((handleobj *)self)->cancelled = 1;
    return py_none();
}
static py_obj *handle_cancelled(py_obj *self, py_obj *const *args, size_t nargs, py_obj *kw) {
    return py_bool(((handleobj *)self)->cancelled);
}
static const py_methoddef handle_methods[] = { { "cancel", handle_cancel, 0 }, { "cancelled", handle_cancelled, 0 }, { NULL, NULL, 0 } };
static py_type handle_type = { {PY_IMMORTAL, &py_type_type}, "Handle", .size = sizeof(handleobj),
    .dealloc = handle_dealloc, .methods = handle_methods };
static void handle_run(cas_future *f, void *ud) {
    handleobj *h = ud;
    py_ts *saved = py__ts;
    static py_ts cb_ts;
    py__ts = &cb_ts;
    if (!h->cancelled) {
        py_obj *r = py_call_tuple_dict(h->fn, h->args, NULL);
        if (!r) {
            py_obj *e = py_err_fetch();
            py_obj *fr = py_repr(h->fn);
            py_err_clear();
            py_buf b = {0};
            py_buf_puts(&b, "Exception in callback ");
            if (fr) { py_buf_put(&b, py_s(fr), py_slen(fr)); py_decref(fr); }
            py_buf_putc(&b, '\n');
            py_write(2, b.data, b.len);
            py_buf_free(&b);
            if (e) { py_print_exception(e, 2); py_decref(e); }
        } else py_decref(r);
        py_out_flush();
    }
    py_decref(h);
    cas_release(f);
    py__ts = saved;
}
F(loop_call_soon) {
    if (nargs < 1) return py_err_set(py_exc_TypeError, "call_soon() missing 1 required positional argument: 'callback'");
    if (!py_callable(args[0])) return py_err_set(py_exc_TypeError, "a callable object was expected by call_soon(), got %R", args[0]);
    cas_future *f = cas_future_new();
    if (!f) return py_err_set(py_exc_RuntimeError, "no running event loop");
    handleobj *h = (handleobj *)py_alloc(&handle_type);
    h->fn = py_incref(args[0]);
    h->args = py_tuple_from(args + 1, nargs - 1);
    py_incref(h);
    py_obj *n = py_getattr_opt(args[0], py_str_intern("__qualname__"));
    py_err_clear();
    static char names[64][64];
    static int ni;
    const char *name = "callback";
    if (n && PY_IS_STR(n)) { snprintf(names[ni % 64], 64, "%s", py_s(n)); name = names[ni++ % 64]; }
    py_xdecref(n);
    cas_add_done_callback_named(f, handle_run, h, name);
    cas_future_set_result(f, cas_none());
    return (py_obj *)h;
}
static const py_methoddef loop_methods[] = {
    { "time", loop_time, 0 }, { "create_future", loop_create_future, 0 }, { "create_task", loop_create_task, 0 },
    { "call_soon", loop_call_soon, 0 },
    { NULL, NULL, 0 },
};
static py_obj *loop_repr(py_obj *o) { return py_str_c("<_UnixSelectorEventLoop running=True closed=False debug=False>"); }
static py_type loop_type = { {PY_IMMORTAL, &py_type_type}, "_UnixSelectorEventLoop", .size = sizeof(loopobj),
    .repr = loop_repr, .methods = loop_methods };
F(aio_get_running_loop) {
    if (!cas_current_task()) return py_err_set(py_exc_RuntimeError, "no running event loop");
    return py_alloc(&loop_type);
}

static const py_methoddef asyncio_methods[] = {
    { "run", aio_run, 0 }, { "sleep", aio_sleep, 0 }, { "create_task", aio_create_task, 0 },
    { "gather", aio_gather, 0 }, { "as_completed", aio_as_completed, 0 }, { "current_task", aio_current_task, 0 },
    { "iscoroutine", aio_iscoroutine, 0 }, { "iscoroutinefunction", aio_iscoroutinefunction, 0 },
    { "ensure_future", aio_ensure_future, 0 }, { "all_tasks", aio_all_tasks, 0 },
    { "get_running_loop", aio_get_running_loop, 0 },
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
    py__type_ready(&py_task_type);
    py__type_ready(&py_future_type);
    py__type_ready(&gather_type);
    py__type_ready(&ac_type);
    py__type_ready(&loop_type);
    py__type_ready(&handle_type);
    (void)fut_iter_await;
    py_obj *m = py_module_new("asyncio");
    py_module_add_methods(m, asyncio_methods);
    py_obj *d = ((py_module *)m)->dict;
    py_dict_set_s(d, "CancelledError", (py_obj *)py_exc_CancelledError);
    py_dict_set_s(d, "TimeoutError", (py_obj *)py_exc_TimeoutError);
    py_dict_set_s(d, "InvalidStateError", (py_obj *)py_exc_InvalidStateError);
    py_dict_set_s(d, "Task", (py_obj *)&py_task_type);
    py_dict_set_s(d, "Future", (py_obj *)&py_future_type);
    py_dict_set_s(d, "__builtins__", py__interp.builtins);
    ((py_module *)m)->lazy = load_prelude;
    return m;
}
