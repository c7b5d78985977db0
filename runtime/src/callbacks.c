/*
 * callbacks.c -- what a program schedules on the loop itself, as
 * BaseEventLoop's call_soon, call_later and call_at do (Handle and
 * TimerHandle), the running loop as a value (get_running_loop), and the
 * loop's exception handler with CPython's default report.
 *
 * A Handle lives in one allocation with its ready-queue node and its
 * timer, so scheduling and cancelling never allocate; the loop holds a
 * reference while it is scheduled, the program one if it asked for the
 * handle.  Running callbacks stays loop.c's run-ready: a handle's run
 * function is called from there only.
 */
#include "internal.h"
#include "cJSON.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

struct cas_handle {
    uint32_t refs;          /* the loop's while scheduled, and the program's */
    uint8_t is_timer;       /* call_later/call_at: it waits in the heap first */
    uint8_t cancelled;      /* Handle.cancel() was called */
    uint8_t scheduled;      /* in the ready queue or the heap (the loop's reference) */
    cas_callback_fn fn;
    void *ud;
    const char *name;       /* static name shown in events and reports */
    cas__handle h;          /* call_soon's node in the ready queue */
    cas__timer timer;       /* call_later/call_at: timer.h is run when it fires */
};

struct cas_loop {
    uint32_t refs;          /* the run's, while it runs, and the program's */
    uint8_t closed;         /* its run has ended */
};

static void handle_soon_run(cas__handle *h);
static void handle_timer_run(cas__handle *h);

void cas_handle_release(cas_handle *hd) {
    if (hd && --hd->refs == 0) cas__free(hd);
}

int cas__handle_is_program(const cas__handle *h) { return h->run == handle_soon_run || h->run == handle_timer_run; }

static cas_handle *owner(cas__handle *h) {
    return h->run == handle_soon_run ? cas__container_of(h, cas_handle, h) : cas__container_of(h, cas_handle, timer.h);
}

/* Takes a scheduled handle out of the ready queue or the heap, and drops
 * the loop's reference. */
static void unschedule(cas_handle *hd) {
    if (!hd->scheduled) return;
    hd->scheduled = 0;
    cas__handle *node = hd->is_timer ? &hd->timer.h : &hd->h;
    if (hd->is_timer && hd->timer.armed) cas__timer_stop(&hd->timer);
    if (cas__queue_linked(&node->node)) {
        cas__queue_remove(&node->node);
        cas__L.nready--;
    }
    cas_handle_release(hd);
}

/* The loop closes: h is out of the heap already (disarmed quietly, as
 * nothing cancelled it) or in the ready queue. */
void cas__handle_drop(cas__handle *h) { unschedule(owner(h)); }

static void run_it(cas_handle *hd) {
    hd->scheduled = 0; /* the loop's reference is released below */
    if (!hd->cancelled) {
        if (cas__wants(CAS_EV_CALLBACK)) {
            cJSON *ev = cas__event_new("callback");
            if (ev) {
                cJSON_AddStringToObject(ev, "name", hd->name);
                cJSON_AddNullToObject(ev, "future");
                cas__event_emit(ev);
            }
        }
        cas__exc *saved = cas__callback_enter();
        int rc = hd->fn(hd->ud);
        cas__callback_leave(saved, rc, hd->name);
    }
    cas_handle_release(hd);
}

static void handle_soon_run(cas__handle *h) { run_it(cas__container_of(h, cas_handle, h)); }

static void handle_timer_run(cas__handle *h) {
    cas_handle *hd = cas__container_of(h, cas_handle, timer.h);
    if (cas__wants(CAS_EV_TIMER)) {
        cJSON *ev = cas__event_new("timer_fired");
        if (ev) {
            cJSON_AddNumberToObject(ev, "id", hd->timer.id);
            cJSON_AddStringToObject(ev, "callback", hd->name);
            cas__event_emit(ev);
        }
    }
    run_it(hd);
}

static cas_handle *handle_new(cas_callback_fn fn, void *ud, const char *name, cas_handle **out) {
    cas_handle *hd = cas__calloc(1, sizeof *hd);
    if (!hd) return NULL;
    hd->refs = out ? 2 : 1;
    hd->fn = fn;
    hd->ud = ud;
    hd->name = name ? name : "callback";
    hd->scheduled = 1;
    cas__queue_init(&hd->h.node);
    cas__queue_init(&hd->timer.h.node);
    if (out) *out = hd;
    return hd;
}

int cas_call_soon_named(cas_callback_fn fn, void *ud, const char *name, cas_handle **out) {
    if (out) *out = NULL;
    if (!cas__L.running) return CAS_EMISUSE;
    if (!fn) return CAS_EINVAL;
    cas_handle *hd = handle_new(fn, ud, name, out);
    if (!hd) return CAS_ENOMEM;
    hd->h.run = handle_soon_run;
    cas__call_soon(&hd->h);
    return CAS_OK;
}

static int call_timer(double when, double delay, cas_callback_fn fn, void *ud, const char *name, cas_handle **out) {
    if (out) *out = NULL;
    if (!cas__L.running) return CAS_EMISUSE;
    if (!fn || isnan(when) || isnan(delay)) return CAS_EINVAL;
    cas_handle *hd = handle_new(fn, ud, name, out);
    if (!hd) return CAS_ENOMEM;
    hd->is_timer = 1;
    cas__timer_start_at(&hd->timer, when, delay, handle_timer_run);
    return CAS_OK;
}

int cas_call_later_named(double delay, cas_callback_fn fn, void *ud, const char *name, cas_handle **out) {
    return call_timer(cas__deadline(delay), delay, fn, ud, name, out);
}

int cas_call_at_named(double when, cas_callback_fn fn, void *ud, const char *name, cas_handle **out) {
    return call_timer(when, when - cas__now(), fn, ud, name, out);
}

void cas_handle_cancel(cas_handle *hd) {
    if (!hd || hd->cancelled) return;
    hd->cancelled = 1;
    unschedule(hd);
}

int cas_handle_cancelled(const cas_handle *hd) { return hd && hd->cancelled; }

double cas_handle_when(const cas_handle *hd) { return hd && hd->is_timer ? hd->timer.when : NAN; }

/* ------------------------------------------------------------------ */
/* The running loop as a value                                          */
/* ------------------------------------------------------------------ */

cas_loop *cas_get_running_loop(void) {
    if (!cas__L.running) return NULL;
    if (!cas__L.obj) {
        cas__L.obj = cas__calloc(1, sizeof *cas__L.obj);
        if (cas__L.obj) cas__L.obj->refs = 1; /* the run's */
    }
    return cas__L.obj;
}

cas_loop *cas_loop_retain(cas_loop *loop) {
    if (loop) loop->refs++;
    return loop;
}

void cas_loop_release(cas_loop *loop) {
    if (loop && --loop->refs == 0) cas__free(loop);
}

double cas_loop_time(const cas_loop *loop) { return loop ? cas__now() : NAN; }
int cas_loop_is_closed(const cas_loop *loop) { return loop && loop->closed; }
int cas_loop_is_running(const cas_loop *loop) { return loop && !loop->closed && cas__L.obj == loop; }
int cas_loop_has_ready(const cas_loop *loop) { return cas_loop_is_running(loop) && cas__L.nready > 0; }

void cas__loop_obj_close(void) {
    cas_loop *loop = cas__L.obj;
    cas__L.obj = NULL;
    cas__L.exc_handler = NULL;
    cas__L.exc_handler_ud = NULL;
    if (!loop) return;
    loop->closed = 1;
    cas_loop_release(loop);
}

/* ------------------------------------------------------------------ */
/* The exception handler                                                */
/* ------------------------------------------------------------------ */

int cas_set_exception_handler(cas_exception_handler_fn fn, void *ud) {
    if (!cas__L.running) return CAS_EMISUSE;
    cas__L.exc_handler = fn;
    cas__L.exc_handler_ud = ud;
    return CAS_OK;
}

/* <Task finished name='Task-2' exception=ValueError('x')>, as Python's
 * repr of a done future (without the coroutine, which C has not). */
static char *future_repr(cas_future *f) {
    char nb[32], eb[256] = "";
    if (f->exc) cas_repr(cas_exc_value(f->exc->type, f->exc->message), eb, sizeof eb);
    const char *state = f->state == CAS__PENDING ? "pending" : f->state == CAS__CANCELLED ? "cancelled" : "finished";
    if (f->kind == CAS__KIND_TASK)
        return cas__format("<Task %s name='%s'%s%s>", state, cas__future_name(f, nb, sizeof nb), *eb ? " exception=" : "",
                           eb);
    return cas__format("<Future %s%s%s>", state, *eb ? " exception=" : "", eb);
}

void cas_default_exception_handler(const cas_error_context *ctx) {
    if (!ctx) return;
    char *what = NULL;
    if (ctx->future) {
        char *r = future_repr(ctx->future);
        what = r ? cas__format("\nfuture: %s", r) : NULL;
        cas__free(r);
    } else if (ctx->task) {
        char *r = future_repr(ctx->task);
        what = r ? cas__format("\ntask: %s", r) : NULL;
        cas__free(r);
    } else if (ctx->callback) {
        what = cas__format("\nhandle: <Handle %s()>", ctx->callback);
    }
    char *last = NULL;
    if (ctx->exc_type)
        last = ctx->exc_message && *ctx->exc_message ? cas__format("\n%s: %s", ctx->exc_type, ctx->exc_message)
                                                     : cas__format("\n%s", ctx->exc_type);
    char *msg = cas__format("%s%s%s", ctx->message ? ctx->message : "Unhandled error in event loop", what ? what : "",
                            last ? last : "");
    cas__event_error(CAS_EEXCEPTION, msg ? msg : ctx->message);
    cas__free(msg);
    cas__free(what);
    cas__free(last);
}

void cas_call_exception_handler(const cas_error_context *ctx) {
    if (!ctx) return;
    if (!cas__L.running || !cas__L.exc_handler) {
        cas_default_exception_handler(ctx);
        return;
    }
    /* The handler is a callback of the loop's: nothing it raises stays. */
    cas__exc *saved = cas__callback_enter();
    cas__L.exc_handler(ctx, cas__L.exc_handler_ud);
    cas__exc **slot = cas__pending_slot();
    cas__exc_free(*slot);
    *slot = saved;
}

void cas__report(const char *message, const cas__exc *e, cas_future *future, cas_future *task, const char *callback) {
    cas_error_context ctx;
    memset(&ctx, 0, sizeof ctx);
    ctx.message = message;
    if (e) {
        ctx.exc_type = e->type;
        ctx.exc_message = e->message;
        ctx.exc_object = e->obj;
    }
    ctx.future = future;
    ctx.task = task;
    ctx.callback = callback;
    cas_call_exception_handler(&ctx);
}

cas__exc *cas__callback_enter(void) {
    cas__exc **slot = cas__pending_slot();
    cas__exc *saved = *slot;
    *slot = NULL;
    return saved;
}

/* Handle._run's except clause: what a callback raised (left pending, or
 * a negative code it returned) goes to the exception handler. */
void cas__callback_leave(cas__exc *saved, int rc, const char *name) {
    cas__exc **slot = cas__pending_slot();
    cas__exc *e = *slot;
    *slot = saved;
    if (!e && rc < 0)
        e = rc == CAS_EEXCEPTION ? cas__exc_new("RuntimeError", "the callback returned CAS_EEXCEPTION with no exception pending")
                                 : cas__exc_from_code(rc);
    if (!e) return;
    char *msg = cas__format("Exception in callback %s()", name ? name : "callback");
    cas__report(msg ? msg : "Exception in callback", e, NULL, NULL, name);
    cas__free(msg);
    cas__exc_free(e);
}
