/*
 * future.c -- futures and tasks: their states, done callbacks, cancel()
 * and await, following CPython 3.11's Future and Task (_asyncio's C
 * versions behave the same).
 *
 * A task is a future plus a body running on its own fiber.  Its step (the
 * __step of CPython) is a handle in the ready queue; while it awaits a
 * future, its embedded wakeup callback sits in that future's callback
 * list.  Completing a future never calls anything: it moves each callback
 * to the ready queue, and the loop runs them in the next iteration.
 *
 * References: the program holds what cas_create_task/cas_future_new
 * return; the loop holds each pending task; a scheduled callback holds its
 * future; a task holds what it awaits; gather holds its children.  A
 * future is freed when the last reference goes.
 */
#include "internal.h"
#include "cJSON.h"

#include <math.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

size_t cas__live_tasks, cas__live_futures;
uint32_t cas__task_counter;

/* Temporary strings (cas_strf): a singly linked list of blocks. */
typedef struct temp {
    struct temp *next;
    char s[];
} temp;

void cas__temps_free(void **temps) {
    temp *t = *temps;
    while (t) {
        temp *n = t->next;
        cas__free(t);
        t = n;
    }
    *temps = NULL;
}

cas_value cas_strf(const char *fmt, ...) {
    if (!fmt) return cas_none();
    va_list ap;
    va_start(ap, fmt);
    char *s = cas__vformat(fmt, ap);
    va_end(ap);
    if (!s) return cas_none();
    size_t n = strlen(s) + 1; /* s exists, so n is far from SIZE_MAX */
    temp *t = cas__malloc(sizeof *t + n);
    if (!t) {
        cas__free(s);
        return cas_none();
    }
    memcpy(t->s, s, n);
    cas__free(s);
    void **list = cas__L.current ? &cas__L.current->temps : &cas__L.temps;
    t->next = *list;
    *list = t;
    return cas_str(t->s);
}

/* ------------------------------------------------------------------ */

const char *cas__future_name(const cas_future *f, char *buf, size_t cap) {
    if (!f) return "";
    if (f->name) return f->name;
    snprintf(buf, cap, "%s-%u", f->kind == CAS__KIND_TASK ? "Task" : f->kind == CAS__KIND_GATHER ? "Gather" : "Future",
             (unsigned)f->id);
    return buf;
}

const char *cas_task_name(const cas_future *f) {
    /* The default name is made on demand, so no task pays for a string it
     * never shows; asking for it stores it. */
    if (!f) return NULL;
    if (!f->name) {
        char b[32];
        ((cas_future *)f)->name = cas__strdup(cas__future_name(f, b, sizeof b));
        if (!f->name) return "";
    }
    return f->name;
}

int cas_task_set_name(cas_future *f, const char *name) {
    if (!f || !name) return CAS_EINVAL;
    char *n = cas__strdup(name);
    if (!n) return CAS_ENOMEM;
    cas__free(f->name);
    f->name = n;
    return CAS_OK;
}

void cas__future_init(cas_future *f, int kind) {
    memset(f, 0, sizeof *f);
    f->refs = 1;
    f->kind = (uint8_t)kind;
    f->result = cas_none();
    cas__queue_init(&f->callbacks);
    cas__queue_init(&f->all);
    if (kind == CAS__KIND_TASK) {
        f->id = ++cas__task_counter;
        cas__live_tasks++;
    } else {
        static uint32_t futures;
        f->id = ++futures;
        cas__live_futures++;
    }
}

cas_future *cas_future_new(void) {
    if (!cas__L.running) return NULL;
    cas_future *f = cas__malloc(sizeof *f);
    if (!f) return NULL;
    cas__future_init(f, CAS__KIND_FUTURE);
    cas__queue_insert_tail(&cas__L.futures, &f->all);
    return f;
}

cas_future *cas_retain(cas_future *f) {
    if (f) f->refs++;
    return f;
}

/* ------------------------------------------------------------------ */
/* Done callbacks                                                       */
/* ------------------------------------------------------------------ */

static void callback_run(cas__handle *h);

cas__callback *cas__callback_new(cas_future *f, cas_done_fn fn, void *ud, const char *name) {
    cas__callback *cb = cas__calloc(1, sizeof *cb);
    if (!cb) return NULL;
    cb->h.run = callback_run;
    cb->fn = fn;
    cb->ud = ud;
    cb->name = name;
    cb->future = f;
    return cb;
}

/* Puts a callback on f: into the ready queue if f is done, else into f's
 * list.  Cannot fail. */
void cas__future_add_callback(cas_future *f, cas__callback *cb) {
    cb->future = f;
    if (f->state != CAS__PENDING) {
        cb->scheduled = 1;
        cas_retain(f);
        cas__call_soon(&cb->h);
    } else {
        cas__queue_insert_tail(&f->callbacks, &cb->h.node);
    }
}

void cas__callback_unlink(cas__callback *cb) {
    if (cas__queue_linked(&cb->h.node)) {
        cas__queue_remove(&cb->h.node);
        if (cb->scheduled) cas__L.nready--;
    }
    if (cb->scheduled) {
        cb->scheduled = 0;
        cas_release(cb->future);
    }
    if (!cb->embedded) cas__free(cb);
}

/* Moves every callback of a completed future to the ready queue, in the
 * order they were added (Future.__schedule_callbacks). */
void cas__future_schedule_callbacks(cas_future *f) {
    while (!cas__queue_empty(&f->callbacks)) {
        cas__queue *q = f->callbacks.next;
        cas__queue_remove(q);
        cas__callback *cb = cas__container_of(q, cas__callback, h.node);
        cb->scheduled = 1;
        cas_retain(f);
        cas__call_soon(&cb->h);
    }
}

static void callback_run(cas__handle *h) {
    cas__callback *cb = cas__container_of(h, cas__callback, h);
    cas_future *f = cb->future;
    cb->scheduled = 0;
    if (cb->name && cas__wants(CAS_EV_CALLBACK)) {
        char nb[32];
        cJSON *ev = cas__event_new("callback");
        if (ev) {
            cJSON_AddStringToObject(ev, "name", cb->name);
            cJSON_AddStringToObject(ev, "future", cas__future_name(f, nb, sizeof nb));
            cas__event_emit(ev);
        }
    }
    cas_done_fn fn = cb->fn;
    void *ud = cb->ud;
    const char *name = cb->name;
    if (cb->embedded) {
        fn(f, ud); /* a task's wakeup: it raises nothing */
    } else {
        cas__free(cb);
        /* A done callback may raise (leave an exception pending): it goes
         * to the exception handler, and the loop goes on. */
        cas__exc *saved = cas__callback_enter();
        fn(f, ud);
        cas__callback_leave(saved, CAS_OK, name);
    }
    cas_release(f);
}

void cas__handle_discard(cas__handle *h) {
    if (cas__handle_is_program(h)) {
        cas__handle_drop(h);
    } else if (h->run == callback_run) {
        cas__callback_unlink(cas__container_of(h, cas__callback, h));
    } else {
        cas__queue_remove(&h->node);
        cas__L.nready--;
    }
}

int cas_add_done_callback_named(cas_future *f, cas_done_fn fn, void *ud, const char *name) {
    if (!f || !fn) return CAS_EINVAL;
    cas__callback *cb = cas__callback_new(f, fn, ud, name); /* NULL: no event */
    if (!cb) return CAS_ENOMEM;
    if (f->state != CAS__PENDING && !cas__L.running) {
        /* Nothing could ever run it. */
        cas__free(cb);
        return CAS_EMISUSE;
    }
    cas__future_add_callback(f, cb);
    return CAS_OK;
}

int cas_remove_done_callback(cas_future *f, cas_done_fn fn, void *ud) {
    if (!f) return CAS_EINVAL;
    int removed = 0;
    cas__queue *q = f->callbacks.next;
    while (q != &f->callbacks) {
        cas__queue *next = q->next;
        cas__callback *cb = cas__container_of(q, cas__callback, h.node);
        if (!cb->embedded && cb->fn == fn && cb->ud == ud) {
            cas__callback_unlink(cb);
            removed++;
        }
        q = next;
    }
    return removed;
}

/* ------------------------------------------------------------------ */
/* Completion                                                           */
/* ------------------------------------------------------------------ */

void cas__report_unretrieved(cas_future *f) {
    if (!f->exc || f->exc_retrieved || f->reported || cas__exc_is_cancel(f->exc)) return;
    f->reported = 1;
    if (cas__queue_linked(&f->all)) cas__queue_remove(&f->all);
    cas_retain(f); /* the handler may look at it while its last reference goes */
    cas__report(f->kind == CAS__KIND_TASK ? "Task exception was never retrieved" : "Future exception was never retrieved",
                f->exc, f, NULL, NULL);
    f->refs--;
}

/* Sets f's outcome and schedules its callbacks.  Takes ownership of exc.
 * result is copied.  CAS_EINVALIDSTATE if f is done. */
int cas__future_complete(cas_future *f, int state, const cas_value *result, cas__exc *exc) {
    if (f->state != CAS__PENDING) {
        cas__exc_free(exc);
        return CAS_EINVALIDSTATE;
    }
    if (state == CAS__FINISHED && !exc && result) {
        if (cas__value_copy(&f->result, *result) != CAS_OK) {
            exc = cas__exc_new("MemoryError", "");
            if (!exc) state = CAS__CANCELLED; /* nothing left to say it with */
        }
    }
    f->state = (uint8_t)state;
    f->exc = state == CAS__FINISHED ? exc : NULL;
    if (state != CAS__FINISHED) cas__exc_free(exc);
    if (cas__queue_linked(&f->all)) cas__queue_remove(&f->all);
    if (f->exc && !cas__exc_is_cancel(f->exc)) cas__queue_insert_tail(&cas__L.failed, &f->all);

    if (f->kind == CAS__KIND_TASK && !((cas__task *)f)->unseen && cas__wants(CAS_EV_TASK)) {
        char nb[32];
        const char *type = state == CAS__CANCELLED ? "task_cancelled" : f->exc ? "task_failed" : "task_done";
        cJSON *ev = cas__event_new(type);
        if (ev) {
            cJSON_AddStringToObject(ev, "task", cas__future_name(f, nb, sizeof nb));
            if (f->exc) {
                cJSON *e = cJSON_AddObjectToObject(ev, "error");
                if (e) {
                    cJSON_AddStringToObject(e, "type", f->exc->type);
                    cJSON_AddStringToObject(e, "message", f->exc->message);
                }
            } else if (state == CAS__FINISHED) {
                cJSON *r = cas__value_json(f->result);
                cas__json_add(ev, "result", r);
            }
            cas__event_emit(ev);
        }
    }
    cas__future_schedule_callbacks(f);
    return CAS_OK;
}

int cas_future_set_result(cas_future *f, cas_value result) {
    if (!f) return CAS_EINVAL;
    if (f->kind != CAS__KIND_FUTURE) return CAS_EMISUSE;
    return cas__future_complete(f, CAS__FINISHED, &result, NULL);
}

int cas_future_set_exception(cas_future *f, const char *type, const char *message) {
    if (!f) return CAS_EINVAL;
    if (f->kind != CAS__KIND_FUTURE) return CAS_EMISUSE;
    if (f->state != CAS__PENDING) return CAS_EINVALIDSTATE;
    cas__exc *e = cas__exc_new(type, message);
    if (!e) return CAS_ENOMEM;
    return cas__future_complete(f, CAS__FINISHED, NULL, e);
}

int cas_future_set_exception_object(cas_future *f, void *obj, const char *type, const char *message,
                                    cas_release_fn release) {
    int rc = CAS_OK;
    cas__exc *e = NULL;
    if (!f) rc = CAS_EINVAL;
    else if (f->kind != CAS__KIND_FUTURE) rc = CAS_EMISUSE;
    else if (f->state != CAS__PENDING) rc = CAS_EINVALIDSTATE;
    else if (!(e = cas__exc_new(type && *type ? type : "Exception", message))) rc = CAS_ENOMEM;
    if (rc != CAS_OK) {
        if (release) release(obj);
        return rc;
    }
    e->obj = obj;
    e->release = release;
    return cas__future_complete(f, CAS__FINISHED, NULL, e);
}

void *cas_future_exc_object(const cas_future *f) { return f && f->exc ? f->exc->obj : NULL; }

int cas_cancelled(const cas_future *f) { return f && f->state == CAS__CANCELLED; }
int cas_future_swept(const cas_future *f) { return f && f->swept; }
int cas_done(const cas_future *f) { return f && f->state != CAS__PENDING; }

static void mark_retrieved(cas_future *f) {
    if (f->exc && !f->exc_retrieved) {
        f->exc_retrieved = 1;
        if (cas__queue_linked(&f->all)) cas__queue_remove(&f->all);
    }
}

/* Future.result() raises what the future holds: its own exception
 * object, so identity is kept; a cancelled future's CancelledError. */
int cas_result(cas_future *f, cas_value *out) {
    if (!f) return CAS_EINVAL;
    if (f->state == CAS__PENDING) return CAS_EINVALIDSTATE;
    return cas__outcome(f, out);
}

int cas_exception(cas_future *f, const char **type, const char **message) {
    if (!f) return CAS_EINVAL;
    if (f->state == CAS__PENDING) return CAS_EINVALIDSTATE;
    if (f->state == CAS__CANCELLED) return cas__outcome(f, NULL);
    mark_retrieved(f);
    if (type) *type = f->exc ? f->exc->type : NULL;
    if (message) *message = f->exc ? f->exc->message : NULL;
    return CAS_OK;
}

/* What `await f` gives once f is done: its result, or its exception
 * raised into the caller (pending). */
cas__exc *cas__cancelled_error(cas_future *f) {
    cas__exc *e = f->cancelled_exc;
    if (e) {
        /* The task's own exception, once: later askers get a new one,
         * with the message cancel() left (None once a task is done). */
        f->cancelled_exc = NULL;
        return e;
    }
    return cas__exc_cancelled(f->cancel_msg);
}

int cas__outcome(cas_future *f, cas_value *out) {
    if (f->state == CAS__CANCELLED) {
        cas__set_pending(cas__cancelled_error(f));
        return CAS_ECANCELLED;
    }
    if (f->exc) {
        mark_retrieved(f);
        cas__set_pending(cas__exc_copy(f->exc));
        return cas__exc_is_cancel(f->exc) ? CAS_ECANCELLED : CAS_EEXCEPTION;
    }
    if (out) *out = f->result;
    return CAS_OK;
}

/* ------------------------------------------------------------------ */
/* Freeing                                                              */
/* ------------------------------------------------------------------ */

void cas__gather_free(cas_future *f); /* gather.c */

void cas__future_finish(cas_future *f) {
    cas__report_unretrieved(f);
    if (cas__queue_linked(&f->all)) cas__queue_remove(&f->all);
    while (!cas__queue_empty(&f->callbacks)) {
        cas__callback *cb = cas__container_of(f->callbacks.next, cas__callback, h.node);
        cas__callback_unlink(cb);
    }
    cas__value_free(&f->result);
    cas__exc_free(f->exc);
    f->exc = NULL;
    cas__exc_free(f->cancelled_exc);
    f->cancelled_exc = NULL;
    cas__free(f->cancel_msg);
    f->cancel_msg = NULL;
    cas__free(f->name);
    f->name = NULL;
}

void cas_release(cas_future *f) {
    if (!f || --f->refs > 0) return;
    cas__future_finish(f);
    if (f->kind == CAS__KIND_TASK) {
        cas__task *t = (cas__task *)f;
        /* Only a finished or dropped task can reach zero: a pending one is
         * held by the loop. */
        if (t->fiber) cas__fiber_destroy(t->fiber);
        if (t->arg_free) t->arg_free(t->arg);
        cas__exc_free(t->pending);
        cas__value_free(&t->ret);
        cas__temps_free(&t->temps);
        cas__live_tasks--;
    } else {
        if (f->kind == CAS__KIND_GATHER) cas__gather_free(f);
        cas__live_futures--;
    }
    cas__free(f);
}

/* ------------------------------------------------------------------ */
/* Tasks                                                                */
/* ------------------------------------------------------------------ */

static void task_step(cas__task *t);

static void step_run(cas__handle *h) { task_step(cas__container_of(h, cas__task, step)); }

static void wakeup_fn(cas_future *f, void *ud) {
    (void)f;
    task_step(ud);
}

static void sleep_fire(cas__handle *h);

cas_task *cas_create_task(cas_body body, const void *arg, size_t arg_size) {
    return cas_create_task_named(body, arg, arg_size, NULL, NULL);
}

cas_task *cas_create_task_named(cas_body body, const void *arg, size_t arg_size, const char *name, const char *coro) {
    return cas__task_new(body, arg, arg_size, name, coro, 0);
}

cas_task *cas__task_new(cas_body body, const void *arg, size_t arg_size, const char *name, const char *coro, int unseen) {
    if (!cas__L.running) return NULL;
    if (!body || (arg_size && !arg)) return NULL;
    /* No allocation holds more than PTRDIFF_MAX bytes; past SIZE_MAX minus
     * the task, the sum below would wrap and allocate too little. */
    if (arg_size > (size_t)PTRDIFF_MAX - sizeof(cas__task)) return NULL;
    cas__task *t = cas__malloc(sizeof *t + arg_size);
    if (!t) return NULL;
    memset(t, 0, sizeof *t);
    cas__future_init(&t->base, CAS__KIND_TASK);
    if (name && !(t->base.name = cas__strdup(name))) {
        cas__live_tasks--; /* undoes cas__future_init's count */
        cas__free(t);
        return NULL;
    }
    t->body = body;
    t->unseen = unseen != 0;
    if (arg_size) {
        memcpy(t->argbuf, arg, arg_size);
        t->arg = t->argbuf;
    } else {
        t->arg = (void *)arg;
    }
    t->ret = cas_none();
    t->step.run = step_run;
    cas__queue_init(&t->step.node);
    t->wakeup.h.run = callback_run;
    t->wakeup.fn = wakeup_fn;
    t->wakeup.ud = t;
    t->wakeup.embedded = 1;
    cas__queue_init(&t->wakeup.h.node);
    t->timer.h.run = sleep_fire;
    cas__queue_init(&t->timer.h.node);

    /* The loop's reference, dropped when the task completes. */
    cas_retain(&t->base);
    cas__queue_insert_tail(&cas__L.tasks, &t->base.all);
    if (!unseen && cas__wants(CAS_EV_TASK)) {
        char nb[32];
        cJSON *ev = cas__event_new("task_created");
        if (ev) {
            cJSON_AddStringToObject(ev, "task", cas__future_name(&t->base, nb, sizeof nb));
            cJSON_AddNumberToObject(ev, "id", t->base.id);
            cas__json_add_task(ev, "by", cas__L.current);
            if (coro) cJSON_AddStringToObject(ev, "coro", coro);
            cas__event_emit(ev);
        }
    }
    cas__call_soon(&t->step);
    return &t->base;
}

cas_task *cas_current_task(void) { return cas__L.current ? &cas__L.current->base : NULL; }

/* The fiber's entry: runs the body to its end. */
static void task_entry(void *p) {
    cas__task *t = p;
    t->ret = cas_none();
    t->rc = t->body(t->arg, &t->ret);
    t->finished = 1;
}

/* The body has returned: set the task's outcome as Task.__step does. */
static void task_complete(cas__task *t) {
    cas_future *f = &t->base;
    cas__exc *exc = t->pending;
    t->pending = NULL;
    if (t->rc == CAS_OK) {
        cas__exc_free(exc);
        if (t->must_cancel)
            cas__future_complete(f, CAS__CANCELLED, NULL, NULL); /* with cancel()'s message */
        else
            cas__future_complete(f, CAS__FINISHED, &t->ret, NULL);
    } else {
        int keeps = t->rc == CAS_ECANCELLED || t->rc == CAS_EEXCEPTION ||
                    (t->rc == CAS_ETIMEOUT && exc && strcmp(exc->type, "TimeoutError") == 0);
        if (!exc || !keeps) {
            cas__exc_free(exc);
            exc = t->rc == CAS_EEXCEPTION
                      ? cas__exc_new("RuntimeError", "the task returned CAS_EEXCEPTION with no exception pending")
                      : cas__exc_from_code(t->rc);
        }
        if ((exc && cas__exc_is_cancel(exc)) || (!exc && t->rc == CAS_ECANCELLED)) {
            /* super().cancel(): no message of its own; the body's
             * CancelledError goes to the first that asks. */
            cas__free(f->cancel_msg);
            f->cancel_msg = NULL;
            f->cancelled_exc = exc;
            cas__future_complete(f, CAS__CANCELLED, NULL, NULL);
        } else {
            cas__future_complete(f, CAS__FINISHED, NULL, exc ? exc : cas__exc_new("MemoryError", ""));
        }
    }
    t->ret = cas_none(); /* it pointed into the body's memory; the future has a copy */
    cas__temps_free(&t->temps);
    cas_release(f); /* the loop's reference */
}

/* The task_suspended event; cas__step_end checks the mask first. */
void cas__emit_suspended(cas__task *t) {
    char nb[32], wb[32];
    if (t->unseen) return;
    cJSON *ev = cas__event_new("task_suspended");
    if (!ev) return;
    cJSON_AddStringToObject(ev, "task", cas__future_name(&t->base, nb, sizeof nb));
    switch (t->wait) {
    case CAS__WAIT_FUTURE: {
        cas_future *w = t->fut_waiter;
        cJSON_AddStringToObject(ev, "waits", w->kind == CAS__KIND_TASK ? "task" : w->kind == CAS__KIND_GATHER ? "gather" : "future");
        cJSON_AddStringToObject(ev, "on", cas__future_name(w, wb, sizeof wb));
        break;
    }
    case CAS__WAIT_SLEEP: cJSON_AddStringToObject(ev, "waits", "sleep"); break;
    default: cJSON_AddStringToObject(ev, "waits", "yield"); break;
    }
    cas__event_emit(ev);
}

/*
 * Task.__step.  A step begins here (events, the step's reference, current)
 * and the scheduler then enters the task: run-ready in loop.c, on the
 * loop's fiber or, when a task has just suspended, on that task's stack,
 * which switches straight to the next task.  The step ends where the task
 * stops running: cas__step_end when it awaits, cas__task_back when it
 * comes back to the loop's fiber (its body returned, time.sleep, or an
 * overflow).
 */

/* cas__step_end is inline in internal.h: every await passes there. */

static void step_finish(cas__task *t) {
    cas__L.current = NULL;
    cas__fiber_destroy(t->fiber);
    t->fiber = NULL;
    task_complete(t);
    cas_release(&t->base); /* the step's reference */
}

/* time.sleep inside the task: the loop blocks here, running nothing.  (A
 * negative cas__block_until is a virtual-clock block of that many seconds, for
 * the host to pace.) */
static void block(cas__task *t) {
    if (cas__block_until(t) < 0)
        cas__host_pace(-cas__block_until(t) * 1000.0);
    else
        while (cas__clock_real() < cas__block_until(t) && !cas__stop_requested) cas__host_wait(cas__block_until(t));
    cas__L.last_host_turn = cas__clock_real();
}

/* A stack overflow ended t's fiber (natively at its guard page, in wasm at
 * the stack check: see the platforms).  If its step was running, the task
 * fails with RecursionError as if the body raised it; if it overflowed
 * while scheduling for others after its step, it is lost the same way. */
static void overflowed(cas__task *t) {
    char nb[32];
    char *msg = cas__format("stack overflow in task %s", cas__future_name(&t->base, nb, sizeof nb));
    cas__event_error(CAS_ESTACK, msg);
    if (cas__L.current == t) {
        cas__exc_free(t->pending);
        t->pending = cas__exc_new("RecursionError", msg ? msg : "stack overflow");
        t->rc = CAS_EEXCEPTION;
        t->finished = 1;
    } else {
        cas__fiber_destroy(t->fiber);
        cas__task_fail(t, "RecursionError", msg ? msg : "stack overflow");
    }
    cas__free(msg);
}

int cas__task_back(cas__task *t, int rc) {
    if (rc == CAS_ESTACK) overflowed(t);
    if (t->finished) {
        step_finish(t);
        return 0;
    }
    if (t->wait == CAS__WAIT_BLOCK && t->fiber) {
        block(t);
        return 1;
    }
    return 0; /* it suspended (its step has ended) and needs the loop */
}

static void task_step(cas__task *t) {
    if (t->base.state != CAS__PENDING) return;
    if (t->must_cancel) {
        t->must_cancel = 0;
        t->throw_cancel = 1;
    }
    if (!t->started) {
        if (t->throw_cancel && !t->enter_cancelled) {
            /* Cancelled before its first step: the body never runs (unless
             * cas_task_enter_cancelled asked for it: it takes the cancel). */
            t->throw_cancel = 0;
            t->rc = CAS_ECANCELLED;
            t->pending = cas__exc_cancelled(t->base.cancel_msg);
            task_complete(t);
            return;
        }
        if (cas__fiber_create(&t->fiber, task_entry, t) != CAS_OK) {
            t->rc = CAS_ENOMEM;
            t->started = 1;
            cas__event_error(CAS_ENOMEM, "out of memory: no stack for a new task");
            task_complete(t);
            return;
        }
        t->started = 1;
        if (cas__wants(CAS_EV_TASK)) cas__event_task("task_started", &t->base);
    } else if (cas__wants(CAS_EV_TASK)) {
        cas__event_task("task_resumed", &t->base);
    }
    t->base.refs++; /* the step's reference (cas_retain): the step may complete it */
    cas__L.current = t;
    cas__L.to_enter = t;  /* run-ready enters it as soon as this handle returns */
}

/* Takes the "throw CancelledError into the coroutine" flag of the step
 * that resumed t. */
static int take_cancel(cas__task *t) {
    if (!t->throw_cancel) return 0;
    t->throw_cancel = 0;
    cas__set_pending(cas__exc_cancelled(t->base.cancel_msg));
    return 1;
}

/* `await asyncio.current_task()`: CPython's Task.__step sees the task
 * yield itself and throws RuntimeError into it at its next step, one
 * iteration later (unless a cancel comes first). */
static int await_itself(cas__task *t) {
    cas__call_soon(&t->step);
    cas__suspend(t, CAS__WAIT_YIELD);
    if (take_cancel(t)) return CAS_ECANCELLED;
    char nb[32];
    char *msg = cas__format("Task cannot await on itself: <Task pending name='%s'>",
                            cas__future_name(&t->base, nb, sizeof nb));
    cas__set_pending(cas__exc_new("RuntimeError", msg ? msg : "Task cannot await on itself"));
    cas__free(msg);
    return CAS_EEXCEPTION;
}

int cas_await(cas_future *f, cas_value *result) {
    cas__task *t = cas__L.current;
    if (!t) return CAS_EMISUSE;
    if (!f) return CAS_EINVAL;
    if (result) *result = cas_none();
    if (f == &t->base) return await_itself(t);
    if (f->state == CAS__PENDING) {
        t->fut_waiter = cas_retain(f);
        cas__future_add_callback(f, &t->wakeup);
        if (t->must_cancel && cas_cancel(f) == 1) t->must_cancel = 0;
        cas__suspend(t, CAS__WAIT_FUTURE);
        if (cas__queue_linked(&t->wakeup.h.node)) cas__callback_unlink(&t->wakeup);
        t->fut_waiter = NULL;
        if (take_cancel(t)) {
            cas_release(f);
            return CAS_ECANCELLED;
        }
        int rc = cas__outcome(f, result);
        cas_release(f);
        return rc;
    }
    return cas__outcome(f, result);
}

/* asyncio.sleep's timer: call_later(delay, _set_result_unless_cancelled),
 * after which the task's wakeup runs one iteration later. */
static void sleep_fire(cas__handle *h) {
    cas__task *t = cas__container_of(h, cas__task, timer.h);
    if (t->sleep != CAS__SLEEP_ARMED) return;
    t->sleep = CAS__SLEEP_FIRED;
    if (cas__wants(CAS_EV_TIMER)) {
        cJSON *ev = cas__event_new("timer_fired");
        if (ev) {
            cJSON_AddNumberToObject(ev, "id", t->timer.id);
            cas__json_add_task(ev, "task", t);
            cas__event_emit(ev);
        }
    }
    cas__call_soon(&t->step);
}

static __attribute__((noinline, cold)) void cancel_sleep(cas__task *t) {
    cas__timer_stop(&t->timer);
    t->sleep = CAS__SLEEP_CANCELLED;
    t->throw_cancel = 1;
    cas__call_soon(&t->step);
}

/* cas_sleep with a timer.  A function of its own, reached by a tail call,
 * so that only t lives across the suspension: a sleeping task keeps one
 * small frame here, which natively is copied out and back on every switch
 * and counts in every sleeping task's memory. */
static __attribute__((noinline)) int sleep_end(cas__task *t) {
    cas__timer_stop(&t->timer);
    t->sleep = CAS__SLEEP_NONE;
    return take_cancel(t) ? CAS_ECANCELLED : CAS_OK;
}

static __attribute__((noinline)) int sleep_timer(cas__task *t, double seconds) {
    t->sleep = CAS__SLEEP_ARMED;
    cas__timer_start(&t->timer, seconds, sleep_fire);
    if (t->must_cancel) {
        t->must_cancel = 0;
        cancel_sleep(t);
    }
    cas__suspend(t, CAS__WAIT_SLEEP);
    return sleep_end(t);
}

int cas_sleep(double seconds) {
    cas__task *t = cas__L.current;
    if (!t) return CAS_EMISUSE;
    if (isnan(seconds)) return CAS_EINVAL;
    if (seconds > 0) return sleep_timer(t, seconds);
    /* __sleep0(): a bare yield; the task steps again next iteration. */
    cas__call_soon(&t->step);
    cas__suspend(t, CAS__WAIT_YIELD);
    return take_cancel(t) ? CAS_ECANCELLED : CAS_OK;
}

int cas__gather_cancel(cas_future *f, const char *msg); /* gather.c */

/* Sets f's _cancel_message (None for NULL); 0 or CAS_ENOMEM. */
static int set_cancel_msg(cas_future *f, const char *msg) {
    char *m = msg ? cas__strdup(msg) : NULL;
    if (msg && !m) return CAS_ENOMEM;
    cas__free(f->cancel_msg);
    f->cancel_msg = m;
    return CAS_OK;
}

int cas_cancel(cas_future *f) { return cas__cancel(f, NULL); }

int cas_cancel_msg(cas_future *f, const char *msg) { return cas__cancel(f, msg); }

/* No buffer on the stack: cas__cancel recurses through gathers, and the
 * optimizer inlines this (python/tools/wasm_stack.py counts each level). */
static void emit_cancel_requested(cas__task *t, const char *msg) {
    cJSON *ev = cas__event_new("cancel_requested");
    if (!ev) return;
    cJSON_AddStringToObject(ev, "task", cas_task_name(&t->base));
    cas__json_add_task(ev, "by", cas__L.current);
    if (msg) cJSON_AddStringToObject(ev, "msg", msg);
    cas__event_emit(ev);
}

int cas__cancel(cas_future *f, const char *msg) {
    if (!f) return CAS_EINVAL;
    if (f->state != CAS__PENDING) return 0;
    if (f->kind == CAS__KIND_GATHER) return cas__gather_cancel(f, msg);
    if (f->kind == CAS__KIND_FUTURE) {
        if (set_cancel_msg(f, msg) != CAS_OK) return CAS_ENOMEM;
        cas__future_complete(f, CAS__CANCELLED, NULL, NULL);
        return 1;
    }
    cas__task *t = (cas__task *)f;
    if (t->cancelling) {
        /* The cancel came back round a ring of awaits (t awaits what
         * awaits t, or a gather that holds t): what t awaits cannot
         * complete before t does, so t is woken with CancelledError
         * itself, as a sleeping task is.  CPython recurses here until
         * RecursionError. */
        t->must_cancel = 1;
        if (!cas__queue_linked(&t->step.node)) cas__call_soon(&t->step);
        return 1;
    }
    if (!t->unseen && cas__wants(CAS_EV_CANCEL)) emit_cancel_requested(t, msg);
    t->num_cancels++;
    if (t->fut_waiter) {
        t->cancelling = 1;
        int r = cas__cancel(t->fut_waiter, msg);
        t->cancelling = 0;
        if (r == 1) return 1;
    }
    /* The message goes with the CancelledError this task's next step
     * throws (asyncio.sleep's future keeps it in CPython). */
    /* Unless a CancelledError is already on its way (a second cancel of
     * a sleeping task): that one keeps its message, as in CPython. */
    if (!t->throw_cancel && set_cancel_msg(f, msg) != CAS_OK) return CAS_ENOMEM;
    if (t->wait == CAS__WAIT_SLEEP && t->sleep == CAS__SLEEP_ARMED) {
        cancel_sleep(t);
        return 1;
    }
    t->must_cancel = 1;
    return 1;
}

int cas_task_enter_cancelled(cas_task *f) {
    if (!f || f->kind != CAS__KIND_TASK) return CAS_EINVAL;
    cas__task *t = (cas__task *)f;
    if (t->started) return CAS_EMISUSE;
    t->enter_cancelled = 1;
    return CAS_OK;
}

int cas_take_cancel(void) {
    cas__task *t = cas__L.current;
    return t && take_cancel(t);
}

int cas_task_cancelling(const cas_task *f) {
    return f && f->kind == CAS__KIND_TASK ? (int)((const cas__task *)f)->num_cancels : 0;
}

int cas_task_must_cancel(const cas_task *f) {
    return f && f->kind == CAS__KIND_TASK ? ((const cas__task *)f)->must_cancel : 0;
}

int cas_task_uncancel(cas_task *f) {
    if (!f || f->kind != CAS__KIND_TASK) return 0;
    cas__task *t = (cas__task *)f;
    if (t->num_cancels > 0) t->num_cancels--;
    return (int)t->num_cancels;
}

int cas_all_tasks(cas_task **out, size_t cap) {
    if (!cas__L.running) return 0;
    size_t n = 0;
    for (cas__queue *q = cas__L.tasks.next; q != &cas__L.tasks; q = q->next) {
        if (out && n < cap) out[n] = cas_retain(cas__container_of(q, cas_future, all));
        n++;
    }
    return n > INT32_MAX ? INT32_MAX : (int)n;
}

void cas__fiber_lost(void *arg) { cas__task_lost(arg); }

/* Takes a task that will never run again out of everything that could run
 * it: the ready queue (its step, its fired timer), the callback list of what
 * it awaits, the timer heap.  Its temporary strings go too. */
static void detach(cas__task *t) {
    if (cas__queue_linked(&t->step.node)) {
        cas__queue_remove(&t->step.node);
        cas__L.nready--;
    }
    if (cas__queue_linked(&t->wakeup.h.node) || t->wakeup.scheduled) cas__callback_unlink(&t->wakeup);
    if (cas__queue_linked(&t->timer.h.node)) {
        cas__queue_remove(&t->timer.h.node);
        cas__L.nready--;
    }
    cas__timer_stop(&t->timer);
    if (t->fut_waiter) {
        cas_release(t->fut_waiter);
        t->fut_waiter = NULL;
    }
    cas__temps_free(&t->temps);
}

/* A suspended task whose frames are gone (its fiber is already freed)
 * fails with type: message, its callbacks run as for any failure, and the
 * loop goes on. */
void cas__task_fail(cas__task *t, const char *type, const char *message) {
    cas_future *f = &t->base;
    if (f->state != CAS__PENDING) return;
    detach(t);
    t->fiber = NULL;
    cas__future_complete(f, CAS__FINISHED, NULL, cas__exc_new(type, message));
    cas_release(f); /* the loop's reference */
}

/* Out of memory while keeping a suspended task's frames (wasm). */
void cas__task_lost(cas__task *t) {
    cas_future *f = &t->base;
    if (f->state != CAS__PENDING) return;
    detach(t);
    char nb[32];
    char *msg = cas__format("out of memory: the stack of task %s could not be kept", cas__future_name(f, nb, sizeof nb));
    cas__event_error(CAS_ENOMEM, msg ? msg : "out of memory");
    cas__free(msg);
    cas__task_fail(t, "MemoryError", "the task's stack could not be kept");
}

/* Hard stop: the task never runs again.  Its fiber is dropped without
 * unwinding, it counts as cancelled, and its callbacks never run: they stay
 * registered, unscheduled, until the future goes (cas__future_finish) or
 * their owner takes them back (a gather or as_completed holding the task
 * keeps a pointer to its registration, so it must not be freed here). */
void cas__task_drop(cas__task *t) {
    cas_future *f = &t->base;
    if (f->state != CAS__PENDING) return;
    detach(t);
    if (t->fiber) {
        cas__fiber_destroy(t->fiber);
        t->fiber = NULL;
    }
    f->state = CAS__CANCELLED;
    if (cas__queue_linked(&f->all)) cas__queue_remove(&f->all);
    cas__event_task("task_cancelled", f);
    cas_release(f); /* the loop's reference */
}
