/*
 * wait.c -- waiting with a limit, as CPython 3.11 writes it in tasks.py,
 * timeouts.py and taskgroups.py: asyncio.wait, wait_for, timeout and
 * timeout_at, and TaskGroup.  Each is built the way CPython builds it,
 * from a waiter future, done callbacks and a call_later handle, so each
 * takes the same loop iterations and shows the same order.
 *
 * C has no garbage collector: a done callback that can still be scheduled
 * when its waiting task has gone on holds a reference to what it points
 * to (a waiter future, a wait's state), so removing what is left of the
 * registrations afterwards is always safe.
 */
#include "internal.h"

#include <math.h>
#include <string.h>

static int raise_new(const char *type, const char *message, int code) {
    cas__exc *e = cas__exc_new(type, message);
    if (!e) return CAS_ENOMEM;
    cas__set_pending(e);
    return code;
}

/* Takes the pending exception out (to keep it across an await). */
static cas__exc *take_pending(void) {
    cas__exc **slot = cas__pending_slot();
    cas__exc *e = *slot;
    *slot = NULL;
    return e;
}

/* ------------------------------------------------------------------ */
/* _release_waiter and _cancel_and_wait                                  */
/* ------------------------------------------------------------------ */

static void wake(cas_future *waiter) {
    if (waiter->state == CAS__PENDING) cas__future_complete(waiter, CAS__FINISHED, NULL, NULL);
}

/* As a done callback: ud is the waiter, a reference the registration holds. */
static void release_waiter_cb(cas_future *f, void *ud) {
    wake(ud);
    cas_release(ud);
}

/* As a call_later callback: the handle is cancelled before the waiter goes. */
static int release_waiter_timer(void *ud) {
    wake(ud);
    return 0;
}

static int add_release(cas_future *f, cas_future *waiter) {
    cas_retain(waiter);
    int rc = cas_add_done_callback_named(f, release_waiter_cb, waiter, "_release_waiter");
    if (rc != CAS_OK) cas_release(waiter);
    return rc;
}

static void remove_release(cas_future *f, cas_future *waiter) {
    for (int n = cas_remove_done_callback(f, release_waiter_cb, waiter); n > 0; n--) cas_release(waiter);
}

/* _cancel_and_wait(fut): cancels f and waits until it is done. */
static int cancel_and_wait(cas_future *f) {
    cas_future *waiter = cas_future_new();
    if (!waiter) return CAS_ENOMEM;
    int rc = add_release(f, waiter);
    if (rc == CAS_OK) {
        cas_cancel(f);
        rc = cas_await(waiter, NULL);
        remove_release(f, waiter);
    }
    cas_release(waiter);
    return rc;
}

/* raise TimeoutError() from the CancelledError now pending. */
static int timeout_error(void) {
    cas_exc_clear();
    return raise_new("TimeoutError", "", CAS_ETIMEOUT);
}

/* ------------------------------------------------------------------ */
/* wait_for                                                             */
/* ------------------------------------------------------------------ */

int cas_wait_for(cas_future *f, double timeout, cas_value *result) {
    if (result) *result = cas_none();
    if (!cas__L.current) return CAS_EMISUSE;
    if (!f || isnan(timeout)) return CAS_EINVAL;
    if (isinf(timeout) && timeout > 0) return cas_await(f, result);
    if (timeout <= 0) {
        if (cas_done(f)) return cas_result(f, result);
        int rc = cancel_and_wait(f);
        if (rc != CAS_OK) return rc;
        rc = cas_result(f, result);
        return rc == CAS_ECANCELLED ? timeout_error() : rc;
    }
    cas_future *waiter = cas_future_new();
    if (!waiter) return CAS_ENOMEM;
    cas_retain(f); /* held while we wait, as Python's frame holds it */
    cas_handle *h = NULL;
    int rc = cas_call_later_named(timeout, release_waiter_timer, waiter, "_release_waiter", &h);
    if (rc == CAS_OK) rc = add_release(f, waiter);
    if (rc != CAS_OK) goto out;
    rc = cas_await(waiter, NULL);
    if (rc == CAS_ECANCELLED) {
        if (cas_done(f)) {
            cas_exc_clear(); /* return fut.result(): the cancel is swallowed */
            rc = cas_result(f, result);
        } else {
            remove_release(f, waiter);
            cas__exc *saved = take_pending();
            int r2 = cancel_and_wait(f);
            if (r2 == CAS_OK) {
                cas__set_pending(saved); /* raise: the CancelledError we had */
            } else {
                cas__exc_free(saved);
                rc = r2;
            }
        }
    } else if (rc == CAS_OK) {
        if (cas_done(f)) {
            rc = cas_result(f, result);
        } else {
            remove_release(f, waiter);
            rc = cancel_and_wait(f);
            if (rc == CAS_OK) {
                rc = cas_result(f, result);
                if (rc == CAS_ECANCELLED) rc = timeout_error();
            }
        }
    }
out:
    cas_handle_cancel(h);
    cas_handle_release(h);
    remove_release(f, waiter);
    cas_release(waiter);
    cas_release(f); /* *result stays valid: the caller holds f */
    return rc;
}

/* ------------------------------------------------------------------ */
/* wait                                                                 */
/* ------------------------------------------------------------------ */

typedef struct wait_state {
    int refs;               /* the waiting task's, and one per scheduled registration */
    size_t counter;         /* futures not completed yet */
    int return_when;
    cas_future *waiter;     /* a reference */
    cas_handle *timeout;    /* the call_later, or NULL */
} wait_state;

static void wait_state_release(wait_state *st) {
    if (--st->refs > 0) return;
    cas_release(st->waiter);
    cas__free(st);
}

/* _on_completion */
static void wait_completion(cas_future *f, void *ud) {
    wait_state *st = ud;
    st->counter--;
    if (st->counter == 0 || st->return_when == CAS_FIRST_COMPLETED ||
        (st->return_when == CAS_FIRST_EXCEPTION && !cas_cancelled(f) && (cas_exception(f, NULL, NULL), f->exc))) {
        cas_handle_cancel(st->timeout);
        wake(st->waiter);
    }
    wait_state_release(st);
}

int cas_wait(cas_future *const *fs, size_t n, double timeout, int return_when, cas_future **done, size_t *ndone,
             cas_future **pending, size_t *npending) {
    if (ndone) *ndone = 0;
    if (npending) *npending = 0;
    if (!cas__L.current) return CAS_EMISUSE;
    if ((n && !fs) || isnan(timeout)) return CAS_EINVAL;
    for (size_t i = 0; i < n; i++)
        if (!fs[i]) return CAS_EINVAL;
    if (n == 0) return raise_new("ValueError", "Set of Tasks/Futures is empty.", CAS_EEXCEPTION);
    if (return_when != CAS_FIRST_COMPLETED && return_when != CAS_FIRST_EXCEPTION && return_when != CAS_ALL_COMPLETED) {
        char *msg = cas__format("Invalid return_when value: %d", return_when);
        int rc = raise_new("ValueError", msg ? msg : "Invalid return_when value", CAS_EEXCEPTION);
        cas__free(msg);
        return rc;
    }
    /* fs = set(fs): a future given twice counts once (the first place). */
    size_t distinct = 0;
    for (size_t i = 0; i < n; i++)
        if (!fs[i]->mark) fs[i]->mark = 1, distinct++;
    for (size_t i = 0; i < n; i++) fs[i]->mark = 0;

    wait_state *st = cas__calloc(1, sizeof *st);
    cas_future *waiter = cas_future_new();
    if (!st || !waiter) {
        cas__free(st);
        cas_release(waiter);
        return CAS_ENOMEM;
    }
    st->refs = 1;
    st->counter = distinct;
    st->return_when = return_when;
    st->waiter = waiter;
    int rc = CAS_OK;
    if (!(isinf(timeout) && timeout > 0))
        rc = cas_call_later_named(timeout, release_waiter_timer, waiter, "_release_waiter", &st->timeout);
    for (size_t i = 0; i < n; i++) cas_retain(fs[i]); /* held while we wait */
    for (size_t i = 0; i < n && rc == CAS_OK; i++) {
        if (fs[i]->mark) continue;
        fs[i]->mark = 1;
        st->refs++;
        rc = cas_add_done_callback_named(fs[i], wait_completion, st, "_on_completion");
        if (rc != CAS_OK) st->refs--;
    }
    for (size_t i = 0; i < n; i++) fs[i]->mark = 0;
    if (rc == CAS_OK) rc = cas_await(waiter, NULL);
    /* finally */
    cas_handle_cancel(st->timeout);
    cas_handle_release(st->timeout);
    st->timeout = NULL;
    for (size_t i = 0; i < n; i++)
        for (int k = cas_remove_done_callback(fs[i], wait_completion, st); k > 0; k--) wait_state_release(st);
    wait_state_release(st);
    for (size_t i = 0; i < n; i++) cas_release(fs[i]);
    if (rc != CAS_OK) return rc;
    size_t nd = 0, np = 0;
    for (size_t i = 0; i < n; i++) {
        if (fs[i]->mark) continue;
        fs[i]->mark = 1;
        if (cas_done(fs[i])) {
            if (done) done[nd] = fs[i];
            nd++;
        } else {
            if (pending) pending[np] = fs[i];
            np++;
        }
    }
    for (size_t i = 0; i < n; i++) fs[i]->mark = 0;
    if (ndone) *ndone = nd;
    if (npending) *npending = np;
    return CAS_OK;
}

/* ------------------------------------------------------------------ */
/* timeout and timeout_at                                               */
/* ------------------------------------------------------------------ */

enum { TO_ENTERED = 1, TO_EXPIRING, TO_EXPIRED, TO_EXITED };

struct cas_timeout {
    int state;              /* TO_* */
    double when;            /* INFINITY for None */
    cas_task *task;         /* the task inside `async with` (a reference, as CPython's Timeout._task:
                             * a block in an async generator may be left by another task, after
                             * this one has ended) */
    cas_handle *handler;    /* the call_at/call_soon of _on_timeout, or NULL */
    int cancelling;         /* the task's cancelling() at enter (3.11.7's _cancelling) */
};

/* _on_timeout */
static int timeout_fire(void *ud) {
    cas_timeout *t = ud;
    cas_cancel(t->task);
    t->state = TO_EXPIRING;
    cas_handle_release(t->handler);
    t->handler = NULL;
    return 0;
}

int cas_timeout_reschedule(cas_timeout *t, double when) {
    if (!t || isnan(when)) return CAS_EINVAL;
    if (t->state != TO_ENTERED) {
        const char *s = t->state == TO_EXPIRING ? "expiring" : t->state == TO_EXPIRED ? "expired" : "finished";
        char *msg = cas__format("Cannot change state of %s Timeout", s);
        int rc = raise_new("RuntimeError", msg ? msg : "Cannot change state of Timeout", CAS_EEXCEPTION);
        cas__free(msg);
        return rc;
    }
    t->when = when;
    if (t->handler) {
        cas_handle_cancel(t->handler);
        cas_handle_release(t->handler);
        t->handler = NULL;
    }
    if (isinf(when) && when > 0) return CAS_OK;
    if (when <= cas__now()) return cas_call_soon_named(timeout_fire, t, "Timeout._on_timeout", &t->handler);
    return cas_call_at_named(when, timeout_fire, t, "Timeout._on_timeout", &t->handler);
}

cas_timeout *cas_timeout_at_enter(double when) {
    if (!cas__L.current || isnan(when)) return NULL;
    cas_timeout *t = cas__calloc(1, sizeof *t);
    if (!t) return NULL;
    t->state = TO_ENTERED;
    t->task = cas_retain(&cas__L.current->base);
    t->cancelling = cas_task_cancelling(t->task);
    if (cas_timeout_reschedule(t, when) != CAS_OK) {
        cas_release(t->task);
        cas__free(t);
        return NULL;
    }
    return t;
}

cas_timeout *cas_timeout_enter(double delay) {
    if (isnan(delay)) return NULL;
    return cas_timeout_at_enter(isinf(delay) && delay > 0 ? delay : cas__now() + delay);
}

double cas_timeout_when(const cas_timeout *t) { return t ? t->when : NAN; }

int cas_timeout_expired(const cas_timeout *t) { return t && (t->state == TO_EXPIRING || t->state == TO_EXPIRED); }

int cas_timeout_exit(cas_timeout *t, int rc) {
    if (!t) return rc;
    if (t->handler) {
        cas_handle_cancel(t->handler);
        cas_handle_release(t->handler);
        t->handler = NULL;
    }
    if (t->state == TO_EXPIRING) {
        t->state = TO_EXPIRED;
        const char *type = cas_exc_type();
        int cancelled = rc == CAS_ECANCELLED && (!type || strcmp(type, "CancelledError") == 0);
        /* CPython 3.11.7: no new cancel request since enter (a TaskGroup that
         * failed earlier may have left the task's count at 1) */
        if (cas_task_uncancel(t->task) <= t->cancelling && cancelled) rc = timeout_error();
    } else if (t->state == TO_ENTERED) {
        t->state = TO_EXITED;
    }
    cas_release(t->task);
    cas__free(t);
    return rc;
}

/* ------------------------------------------------------------------ */
/* TaskGroup                                                            */
/* ------------------------------------------------------------------ */

struct cas_task_group {
    cas_task *parent;           /* the task inside `async with` (borrowed) */
    cas_future **tasks;         /* its tasks (references), in creation order; the done ones
                                 * are dropped when the array is full (no O(n) removal each) */
    size_t ntasks, cap;
    size_t nlive;               /* those whose _on_task_done has not run yet */
    cas__exc **errors;          /* the exceptions of its failed tasks, in order */
    size_t nerrors, errcap;
    cas_future *on_completed;   /* what __aexit__ awaits, or NULL */
    uint8_t exiting, aborting, parent_cancel_requested;
};

static void tg_abort(cas_task_group *g) {
    g->aborting = 1;
    for (size_t i = 0; i < g->ntasks; i++)
        if (!cas_done(g->tasks[i])) cas_cancel(g->tasks[i]);
}

/* _on_task_done */
static void tg_task_done(cas_future *task, void *ud) {
    cas_task_group *g = ud;
    g->nlive--;
    if (g->on_completed && !g->nlive) wake(g->on_completed);
    if (cas_cancelled(task)) return;
    (void)cas_exception(task, NULL, NULL);
    if (!task->exc) return;
    if (g->nerrors == g->errcap) {
        size_t cap = g->errcap ? g->errcap * 2 : 4;
        cas__exc **e = cas__realloc(g->errors, cap * sizeof *e);
        if (e) {
            g->errors = e;
            g->errcap = cap;
        }
    }
    if (g->nerrors < g->errcap) g->errors[g->nerrors++] = cas__exc_copy(task->exc);
    if (!g->aborting && !g->parent_cancel_requested) {
        tg_abort(g);
        g->parent_cancel_requested = 1;
        cas_cancel(g->parent);
    }
}

cas_task_group *cas_task_group_enter(void) {
    if (!cas__L.current) return NULL;
    cas_task_group *g = cas__calloc(1, sizeof *g);
    if (g) g->parent = &cas__L.current->base;
    return g;
}

cas_task *cas_task_group_create_task(cas_task_group *g, cas_body body, const void *arg, size_t arg_size) {
    if (!g || !body) return NULL;
    if (g->exiting && !g->nlive) {
        raise_new("RuntimeError", "TaskGroup is finished", CAS_EEXCEPTION);
        return NULL;
    }
    if (g->aborting) {
        raise_new("RuntimeError", "TaskGroup is shutting down", CAS_EEXCEPTION);
        return NULL;
    }
    if (g->ntasks == g->cap) { /* full: the done ones go; grown if still half full */
        size_t n = 0;
        for (size_t i = 0; i < g->ntasks; i++) {
            if (cas_done(g->tasks[i])) cas_release(g->tasks[i]);
            else g->tasks[n++] = g->tasks[i];
        }
        g->ntasks = n;
        if (n * 2 >= g->cap) {
            size_t cap = g->cap ? g->cap * 2 : 8;
            cas_future **t = cas__realloc(g->tasks, cap * sizeof *t);
            if (!t) return NULL;
            g->tasks = t;
            g->cap = cap;
        }
    }
    cas_task *t = cas_create_task(body, arg, arg_size);
    if (!t) return NULL;
    if (cas_add_done_callback_named(t, tg_task_done, g, "TaskGroup._on_task_done") != CAS_OK) {
        cas_cancel(t);
        cas_release(t);
        return NULL;
    }
    g->tasks[g->ntasks++] = cas_retain(t);
    g->nlive++;
    return t;
}

/* The ExceptionGroup of the errors (taking them), raised. */
static int raise_group(cas_task_group *g) {
    char *msg = cas__format("unhandled errors in a TaskGroup (%zu sub-exception%s)", g->nerrors, g->nerrors == 1 ? "" : "s");
    cas__exc *e = msg ? cas__exc_new("ExceptionGroup", msg) : NULL;
    cas__free(msg);
    if (!e) return CAS_ENOMEM;
    e->subs = g->errors;
    e->nsubs = g->nerrors;
    e->group_msg = cas__strdup("unhandled errors in a TaskGroup");
    g->errors = NULL;
    g->nerrors = 0;
    cas__set_pending(e);
    return CAS_EEXCEPTION;
}

int cas_task_group_exit(cas_task_group *g, int rc) {
    if (!g) return rc;
    g->exiting = 1;
    cas__exc *propagate_cancel = NULL;
    cas__exc *body_exc = NULL;
    if (rc < 0) {
        cas__exc *e = take_pending();
        if (!e) e = cas__exc_from_code(rc);
        if (e && cas__exc_is_cancel(e)) propagate_cancel = e;
        else body_exc = e;
    }
    /* 3.11's __aexit__: the group's own cancel of its parent is always taken back
     * (uncancel()), whatever the block raised; the block's CancelledError is swallowed
     * when no other cancel is left */
    if (g->parent_cancel_requested && !cas_task_uncancel(g->parent) && propagate_cancel) {
        cas__exc_free(propagate_cancel);
        propagate_cancel = NULL;
    }
    if (rc < 0 && !g->aborting) tg_abort(g);
    while (g->nlive) {
        if (!g->on_completed) g->on_completed = cas_future_new();
        /* Out of memory for the future: poll instead, one iteration at a
         * time (the tasks' callbacks point at g: it must outlive them). */
        int r = g->on_completed ? cas_await(g->on_completed, NULL) : cas_sleep(0);
        if (r == CAS_ECANCELLED) {
            cas__exc *e = take_pending();
            if (!g->aborting) {
                cas__exc_free(propagate_cancel);
                propagate_cancel = e;
                tg_abort(g);
            } else {
                cas__exc_free(e);
            }
        }
        cas_release(g->on_completed);
        g->on_completed = NULL;
    }
    if (body_exc) {
        /* et is not CancelledError: the body's exception joins the errors. */
        if (g->nerrors == g->errcap) {
            cas__exc **e = cas__realloc(g->errors, (g->errcap + 1) * sizeof *e);
            if (e) g->errors = e, g->errcap++;
        }
        if (g->nerrors < g->errcap) g->errors[g->nerrors++] = body_exc;
        else cas__exc_free(body_exc);
    }
    int out = CAS_OK;
    if (propagate_cancel && !g->nerrors) {
        cas__set_pending(propagate_cancel);
        propagate_cancel = NULL;
        out = CAS_ECANCELLED;
    } else if (g->nerrors) {
        out = raise_group(g);
    }
    cas__exc_free(propagate_cancel);
    for (size_t i = 0; i < g->nerrors; i++) cas__exc_free(g->errors[i]);
    cas__free(g->errors);
    for (size_t i = 0; i < g->ntasks; i++) cas_release(g->tasks[i]);
    cas__free(g->tasks);
    cas__free(g);
    return out;
}

/* ------------------------------------------------------------------ */
/* Small coroutines without boilerplate                                 */
/* ------------------------------------------------------------------ */

/* What a value task carries: the function and a deep copy of its argument. */
typedef struct value_call {
    cas_value_body fn;
    cas_value arg;
    cas_value result;       /* asyncio.sleep(delay, result)'s result */
    double delay;
} value_call;

static void value_call_free(void *p) {
    value_call *c = p;
    cas__value_free(&c->arg);
    cas__value_free(&c->result);
}

static int value_body(void *p, cas_value *r) {
    value_call *c = p;
    return c->fn(c->arg, r);
}

static cas_task *create_value_task(cas_body body, value_call *c) {
    cas_value arg = c->arg, res = c->result;
    c->arg = c->result = cas_none();
    if (cas__value_copy(&c->arg, arg) != CAS_OK || cas__value_copy(&c->result, res) != CAS_OK) {
        value_call_free(c);
        return NULL;
    }
    cas_task *t = cas_create_task(body, c, sizeof *c);
    if (!t) {
        value_call_free(c);
        return NULL;
    }
    ((cas__task *)t)->arg_free = value_call_free;
    return t;
}

cas_task *cas_create_task_value(cas_value_body fn, cas_value arg) {
    if (!fn || !cas__L.running) return NULL;
    value_call c = {fn, arg, cas_none(), 0};
    return create_value_task(value_body, &c);
}

static int sleep_body(void *p, cas_value *r) {
    value_call *c = p;
    int rc = cas_sleep(c->delay);
    if (rc == CAS_OK) *r = c->result;
    return rc;
}

cas_task *cas_create_sleep(double delay, cas_value result) {
    if (!cas__L.running || isnan(delay)) return NULL;
    value_call c = {NULL, cas_none(), result, delay};
    return create_value_task(sleep_body, &c);
}

cas_future *cas_gather_calls(const cas_call *calls, size_t n, int return_exceptions) {
    if (!cas__L.running || (n && !calls)) return NULL;
    cas_future **ts = n ? cas__calloc(n, sizeof *ts) : NULL;
    if (n && !ts) return NULL;
    cas_future *g = NULL;
    size_t made = 0;
    for (; made < n; made++) {
        ts[made] = calls[made].value_fn ? cas_create_task_value(calls[made].value_fn, calls[made].value)
                                        : cas_create_task(calls[made].body, calls[made].arg, calls[made].arg_size);
        if (!ts[made]) break;
    }
    if (made == n) g = cas_gather(ts, n, return_exceptions);
    if (!g) /* the tasks made are not wanted any more */
        for (size_t i = 0; i < made; i++) cas_cancel(ts[i]);
    for (size_t i = 0; i < made; i++) cas_release(ts[i]); /* the gather holds them */
    cas__free(ts);
    return g;
}
