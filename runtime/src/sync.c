/*
 * sync.c -- asyncio.locks in C: Event, Lock, Semaphore, BoundedSemaphore,
 * Condition and Barrier, line for line after CPython 3.11's locks.py, on
 * the waiter lists of sync.h.  The queues are in queue.c.
 *
 * Every wait is a plain future the task awaits (cas_future_new,
 * cas_await), and every wake-up is its set_result, so a woken task runs
 * one iteration later, as in CPython, and Task.cancel() reaches a waiting
 * task through the future it awaits.  What CPython does in `finally` and
 * `except CancelledError` after `await fut` is done here after
 * cas__waiter_wait returns, in the same order.
 */
#include "sync.h"
#include "cJSON.h"

#include <limits.h>
#include <stdio.h>
#include <string.h>

/* ------------------------------------------------------------------ */
/* Names and events                                                     */
/* ------------------------------------------------------------------ */

void cas__sync_init(cas__sync *o, const char *kind, uint32_t *counter) {
    o->kind = kind;
    o->id = ++*counter;
}

const char *cas__sync_name(const cas__sync *o, char *buf, size_t cap) {
    snprintf(buf, cap, "%s-%u", o->kind, (unsigned)o->id);
    return buf;
}

/* Whether to build a sync event: its class is wanted, and a stream is
 * open (a run, or a program of cas_main).  An object used outside both
 * (made ready before a run, drained after it) is no one's timeline. */
static int sync_wanted(void) { return cas__wants(CAS_EV_SYNC) && (cas__L.running || cas__L.in_main); }

/* A sync event's common fields: object, op, task (or null). */
static cJSON *sync_event_new(const char *type, const cas__sync *o, const char *op) {
    char ob[48];
    cJSON *ev = cas__event_new(type);
    if (!ev) return NULL;
    cJSON_AddStringToObject(ev, "object", cas__sync_name(o, ob, sizeof ob));
    cJSON_AddStringToObject(ev, "op", op);
    cas__json_add_task(ev, "task", cas__L.current);
    return ev;
}

void cas__sync_event(const cas__sync *o, const char *op, const char *key, double num) {
    if (!sync_wanted()) return;
    cJSON *ev = sync_event_new("sync", o, op);
    if (!ev) return;
    if (key) cJSON_AddNumberToObject(ev, key, num);
    cas__event_emit(ev);
}

/* ------------------------------------------------------------------ */
/* Waiter lists                                                         */
/* ------------------------------------------------------------------ */

void cas__waitlist_init(cas__waitlist *wl) {
    cas__queue_init(&wl->nodes);
    wl->queued = 0;
}

static void waiter_free(cas__waitlist *wl, cas__waiter *w) {
    cas__waiter_unqueue(wl, w);
    if (cas__queue_linked(&w->node)) cas__queue_remove(&w->node);
    cas_release(w->fut);
    cas__free(w);
}

int cas__waitlist_close(cas__waitlist *wl) {
    if (cas__queue_empty(&wl->nodes)) return CAS_OK;
    /* During a run a task still inside a wait will touch the object when
     * it resumes.  Outside one, nothing can resume: the nodes are what a
     * hard stop's dropped tasks left. */
    if (cas__L.running) return CAS_EMISUSE;
    while (!cas__queue_empty(&wl->nodes)) waiter_free(wl, cas__container_of(wl->nodes.next, cas__waiter, node));
    return CAS_OK;
}

void cas__waiter_unqueue(cas__waitlist *wl, cas__waiter *w) {
    if (w->queued) {
        w->queued = 0;
        wl->queued--;
    }
}

void cas__waiter_done(cas__waitlist *wl, cas__waiter *w) {
    if (w) waiter_free(wl, w);
}

cas__waiter *cas__waitlist_next(cas__waitlist *wl, cas__waiter *w) {
    for (cas__queue *q = w ? w->node.next : wl->nodes.next; q != &wl->nodes; q = q->next) {
        cas__waiter *n = cas__container_of(q, cas__waiter, node);
        if (n->queued) return n;
    }
    return NULL;
}

cas__waiter *cas__waitlist_first(cas__waitlist *wl) { return wl->queued ? cas__waitlist_next(wl, NULL) : NULL; }

static void wait_event(const char *type, const cas__sync *o, const char *op, int rc) {
    if (!sync_wanted()) return;
    cJSON *ev = sync_event_new(type, o, op);
    if (!ev) return;
    if (rc != 1) cJSON_AddStringToObject(ev, "status", rc == CAS_OK ? "ok" : rc == CAS_ECANCELLED ? "cancelled" : "error");
    cas__event_emit(ev);
}

int cas__waiter_wait(cas__waitlist *wl, const cas__sync *o, const char *op, cas__waiter **out) {
    *out = NULL;
    if (!cas__L.current) return CAS_EMISUSE;
    cas__waiter *w = cas__malloc(sizeof *w);
    if (!w) return CAS_ENOMEM;
    w->fut = cas_future_new();
    if (!w->fut) {
        cas__free(w);
        return CAS_ENOMEM;
    }
    cas__queue_insert_tail(&wl->nodes, &w->node);
    w->queued = 1;
    wl->queued++;
    *out = w;
    wait_event("sync_blocked", o, op, 1);
    int rc = cas_await(w->fut, NULL);
    wait_event("sync_unblocked", o, op, rc);
    return rc;
}

/* The pending exception is set for a Python-level error of an operation
 * (RuntimeError, ValueError, ...). */
static int raise_(const char *type, const char *message) {
    cas__exc *e = cas__exc_new(type, message);
    if (!e) return CAS_ENOMEM;
    cas__set_pending(e);
    return cas__exc_is_cancel(e) ? CAS_ECANCELLED : CAS_EEXCEPTION;
}

/* ------------------------------------------------------------------ */
/* Event                                                                */
/* ------------------------------------------------------------------ */

static uint32_t event_ids, lock_ids, semaphore_ids, bounded_ids, condition_ids, barrier_ids;

void cas__flag_init(cas_event *e) {
    memset(e, 0, sizeof *e);
    cas__waitlist_init(&e->waiters);
}

cas_event *cas_event_new(void) {
    cas_event *e = cas__malloc(sizeof *e);
    if (!e) return NULL;
    cas__flag_init(e);
    cas__sync_init(&e->s, "Event", &event_ids);
    return e;
}

int cas_event_free(cas_event *e) {
    if (!e) return CAS_EINVAL;
    int rc = cas__waitlist_close(&e->waiters);
    if (rc == CAS_OK) cas__free(e);
    return rc;
}

int cas_event_is_set(const cas_event *e) { return e && e->value; }

void cas__flag_set(cas_event *e, const cas__sync *o) {
    if (e->value) return;
    e->value = 1;
    if (o) cas__sync_event(o, "set", NULL, 0);
    for (cas__waiter *w = cas__waitlist_first(&e->waiters); w; w = cas__waitlist_next(&e->waiters, w))
        if (!cas_done(w->fut)) cas_future_set_result(w->fut, cas_bool(1));
}

void cas_event_set(cas_event *e) {
    if (e) cas__flag_set(e, &e->s);
}

void cas_event_clear(cas_event *e) {
    if (!e) return;
    e->value = 0;
    cas__sync_event(&e->s, "clear", NULL, 0);
}

int cas__flag_wait_as(cas_event *e, const cas__sync *o, const char *op) {
    if (!cas__L.current) return CAS_EMISUSE;
    if (e->value) return CAS_OK;
    cas__waiter *w;
    int rc = cas__waiter_wait(&e->waiters, o, op, &w);
    cas__waiter_done(&e->waiters, w); /* finally: self._waiters.remove(fut) */
    return rc;
}

int cas_event_wait(cas_event *e) {
    if (!e) return CAS_EINVAL;
    return cas__flag_wait_as(e, &e->s, "wait");
}

/* ------------------------------------------------------------------ */
/* Lock                                                                 */
/* ------------------------------------------------------------------ */

struct cas_lock {
    cas__sync s;
    int locked;
    cas__waitlist waiters;
};

cas_lock *cas_lock_new(void) {
    cas_lock *l = cas__calloc(1, sizeof *l);
    if (!l) return NULL;
    cas__sync_init(&l->s, "Lock", &lock_ids);
    cas__waitlist_init(&l->waiters);
    return l;
}

int cas_lock_free(cas_lock *l) {
    if (!l) return CAS_EINVAL;
    int rc = cas__waitlist_close(&l->waiters);
    if (rc == CAS_OK) cas__free(l);
    return rc;
}

int cas_lock_locked(const cas_lock *l) { return l && l->locked; }

/* Wakes the first waiter if it is not done.  One that is done will wake
 * later and either take the lock or, cancelled, pass the wake-up on. */
static void lock_wake_up_first(cas_lock *l) {
    cas__waiter *w = cas__waitlist_first(&l->waiters);
    if (w && !cas_done(w->fut)) cas_future_set_result(w->fut, cas_bool(1));
}

int cas_lock_acquire(cas_lock *l) {
    if (!l) return CAS_EINVAL;
    if (!cas__L.current) return CAS_EMISUSE;
    if (!l->locked) {
        int all_cancelled = 1;
        for (cas__waiter *w = cas__waitlist_first(&l->waiters); w; w = cas__waitlist_next(&l->waiters, w))
            if (!cas_cancelled(w->fut)) {
                all_cancelled = 0;
                break;
            }
        if (all_cancelled) {
            l->locked = 1;
            cas__sync_event(&l->s, "acquire", NULL, 0);
            return CAS_OK;
        }
    }
    cas__waiter *w;
    int rc = cas__waiter_wait(&l->waiters, &l->s, "acquire", &w);
    cas__waiter_done(&l->waiters, w); /* finally: remove(fut), before the except */
    if (rc == CAS_ECANCELLED) {
        if (!l->locked) lock_wake_up_first(l);
        return rc;
    }
    if (rc != CAS_OK) return rc;
    l->locked = 1;
    cas__sync_event(&l->s, "acquire", NULL, 0);
    return CAS_OK;
}

int cas_lock_release(cas_lock *l) {
    if (!l) return CAS_EINVAL;
    if (!l->locked) return raise_("RuntimeError", "Lock is not acquired.");
    l->locked = 0;
    cas__sync_event(&l->s, "release", NULL, 0);
    lock_wake_up_first(l);
    return CAS_OK;
}

/* ------------------------------------------------------------------ */
/* Semaphore and BoundedSemaphore                                       */
/* ------------------------------------------------------------------ */

struct cas_semaphore {
    cas__sync s;
    int64_t value;
    int64_t bound;   /* the initial value, for a bounded one */
    int bounded;
    cas__waitlist waiters;
};

static cas_semaphore *semaphore_new(int64_t value, int bounded) {
    if (value < 0) return NULL;
    cas_semaphore *s = cas__calloc(1, sizeof *s);
    if (!s) return NULL;
    cas__sync_init(&s->s, bounded ? "BoundedSemaphore" : "Semaphore", bounded ? &bounded_ids : &semaphore_ids);
    s->value = s->bound = value;
    s->bounded = bounded;
    cas__waitlist_init(&s->waiters);
    return s;
}

cas_semaphore *cas_semaphore_new(int64_t value) { return semaphore_new(value, 0); }
cas_semaphore *cas_bounded_semaphore_new(int64_t value) { return semaphore_new(value, 1); }

int cas_semaphore_free(cas_semaphore *s) {
    if (!s) return CAS_EINVAL;
    int rc = cas__waitlist_close(&s->waiters);
    if (rc == CAS_OK) cas__free(s);
    return rc;
}

int cas_semaphore_locked(const cas_semaphore *s) {
    if (!s) return 0;
    if (s->value == 0) return 1;
    cas__waitlist *wl = (cas__waitlist *)&s->waiters;
    for (cas__waiter *w = cas__waitlist_first(wl); w; w = cas__waitlist_next(wl, w))
        if (!cas_cancelled(w->fut)) return 1;
    return 0;
}

/* Wakes the first waiter that is not done, taking its unit for it. */
static void semaphore_wake_up_next(cas_semaphore *s) {
    for (cas__waiter *w = cas__waitlist_first(&s->waiters); w; w = cas__waitlist_next(&s->waiters, w))
        if (!cas_done(w->fut)) {
            s->value--;
            cas_future_set_result(w->fut, cas_bool(1));
            return;
        }
}

int cas_semaphore_acquire(cas_semaphore *s) {
    if (!s) return CAS_EINVAL;
    if (!cas__L.current) return CAS_EMISUSE;
    if (!cas_semaphore_locked(s)) {
        s->value--;
        cas__sync_event(&s->s, "acquire", "value", (double)s->value);
        return CAS_OK;
    }
    cas__waiter *w;
    int rc = cas__waiter_wait(&s->waiters, &s->s, "acquire", &w);
    int fut_cancelled = w && cas_cancelled(w->fut);
    cas__waiter_done(&s->waiters, w);
    if (rc == CAS_ECANCELLED) {
        /* Woken (its unit taken for it) but cancelled since: give the
         * unit back and pass the wake-up on. */
        if (!fut_cancelled) {
            s->value++;
            semaphore_wake_up_next(s);
        }
        return rc;
    }
    if (rc != CAS_OK) return rc;
    if (s->value > 0) semaphore_wake_up_next(s);
    cas__sync_event(&s->s, "acquire", "value", (double)s->value);
    return CAS_OK;
}

int cas_semaphore_release(cas_semaphore *s) {
    if (!s) return CAS_EINVAL;
    if (s->bounded && s->value >= s->bound) return raise_("ValueError", "BoundedSemaphore released too many times");
    s->value++;
    cas__sync_event(&s->s, "release", "value", (double)s->value);
    semaphore_wake_up_next(s);
    return CAS_OK;
}

/* ------------------------------------------------------------------ */
/* Condition                                                            */
/* ------------------------------------------------------------------ */

struct cas_condition {
    cas__sync s;
    cas_lock *lock;    /* borrowed, or own_lock */
    cas_lock *own_lock;
    cas__waitlist waiters;
};

cas_condition *cas_condition_new(cas_lock *lock) {
    cas_condition *c = cas__calloc(1, sizeof *c);
    if (!c) return NULL;
    if (!lock) {
        c->own_lock = lock = cas_lock_new();
        if (!lock) {
            cas__free(c);
            return NULL;
        }
    }
    cas__sync_init(&c->s, "Condition", &condition_ids);
    c->lock = lock;
    cas__waitlist_init(&c->waiters);
    return c;
}

int cas_condition_free(cas_condition *c) {
    if (!c) return CAS_EINVAL;
    if (cas__L.running && (!cas__queue_empty(&c->waiters.nodes) || (c->own_lock && !cas__queue_empty(&c->own_lock->waiters.nodes))))
        return CAS_EMISUSE;
    cas__waitlist_close(&c->waiters);
    if (c->own_lock) cas_lock_free(c->own_lock);
    cas__free(c);
    return CAS_OK;
}

int cas_condition_acquire(cas_condition *c) { return c ? cas_lock_acquire(c->lock) : CAS_EINVAL; }
int cas_condition_release(cas_condition *c) { return c ? cas_lock_release(c->lock) : CAS_EINVAL; }
int cas_condition_locked(const cas_condition *c) { return c && c->lock->locked; }

int cas_condition_wait(cas_condition *c) {
    if (!c) return CAS_EINVAL;
    if (!cas__L.current) return CAS_EMISUSE;
    if (!c->lock->locked) return raise_("RuntimeError", "cannot wait on un-acquired lock");
    cas_lock_release(c->lock);
    cas__waiter *w;
    int rc = cas__waiter_wait(&c->waiters, &c->s, "wait", &w);
    cas__waiter_done(&c->waiters, w);
    /* finally: the lock is taken again even if the wait was cancelled;
     * a cancellation meanwhile is remembered and raised at the end. */
    int cancelled = 0;
    for (;;) {
        int r = cas_lock_acquire(c->lock);
        if (r == CAS_OK) break;
        if (r != CAS_ECANCELLED) return r; /* out of memory: nothing else to do */
        cancelled = 1;
    }
    if (cancelled) return raise_("CancelledError", "");
    return rc;
}

int cas_condition_wait_for(cas_condition *c, cas_predicate predicate, void *ud) {
    if (!c || !predicate) return CAS_EINVAL;
    if (!cas__L.current) return CAS_EMISUSE;
    int result = predicate(ud);
    while (result == 0) {
        int rc = cas_condition_wait(c);
        if (rc != CAS_OK) return rc;
        result = predicate(ud);
    }
    return result < 0 ? result : CAS_OK;
}

int cas_condition_notify(cas_condition *c, int64_t n) {
    if (!c) return CAS_EINVAL;
    if (!c->lock->locked) return raise_("RuntimeError", "cannot notify on un-acquired lock");
    int64_t idx = 0;
    for (cas__waiter *w = cas__waitlist_first(&c->waiters); w; w = cas__waitlist_next(&c->waiters, w)) {
        if (idx >= n) break;
        if (!cas_done(w->fut)) {
            idx++;
            cas_future_set_result(w->fut, cas_bool(0));
        }
    }
    cas__sync_event(&c->s, "notify", "n", (double)idx);
    return CAS_OK;
}

int cas_condition_notify_all(cas_condition *c) {
    if (!c) return CAS_EINVAL;
    return cas_condition_notify(c, (int64_t)c->waiters.queued);
}

/* ------------------------------------------------------------------ */
/* Barrier                                                              */
/* ------------------------------------------------------------------ */

enum { FILLING = 0, DRAINING, RESETTING, BROKEN };

struct cas_barrier {
    cas__sync s;
    cas_condition *cond; /* notifies every waiter when the state changes */
    int parties;
    int count;           /* tasks inside wait() */
    int state;           /* FILLING, DRAINING, RESETTING, BROKEN */
};

cas_barrier *cas_barrier_new(int parties) {
    if (parties < 1) return NULL;
    cas_barrier *b = cas__calloc(1, sizeof *b);
    if (!b) return NULL;
    b->cond = cas_condition_new(NULL);
    if (!b->cond) {
        cas__free(b);
        return NULL;
    }
    cas__sync_init(&b->s, "Barrier", &barrier_ids);
    b->parties = parties;
    return b;
}

int cas_barrier_free(cas_barrier *b) {
    if (!b) return CAS_EINVAL;
    int rc = cas_condition_free(b->cond);
    if (rc == CAS_OK) cas__free(b);
    return rc;
}

int cas_barrier_parties(const cas_barrier *b) { return b ? b->parties : 0; }
int cas_barrier_n_waiting(const cas_barrier *b) { return b && b->state == FILLING ? b->count : 0; }
int cas_barrier_broken(const cas_barrier *b) { return b && b->state == BROKEN; }

static int not_draining_or_resetting(void *ud) {
    cas_barrier *b = ud;
    return b->state != DRAINING && b->state != RESETTING;
}

static int not_filling(void *ud) { return ((cas_barrier *)ud)->state != FILLING; }

/* The last task out lets the tasks waiting for the drain in. */
static void barrier_exit(cas_barrier *b) {
    if (b->count == 0) {
        if (b->state == RESETTING || b->state == DRAINING) b->state = FILLING;
        cas_condition_notify_all(b->cond);
    }
}

int cas_barrier_wait(cas_barrier *b) {
    if (!b) return CAS_EINVAL;
    if (!cas__L.current) return CAS_EMISUSE;
    int rc = cas_condition_acquire(b->cond); /* async with self._cond */
    if (rc != CAS_OK) return rc;
    /* _block(): wait while the barrier drains or resets. */
    rc = cas_condition_wait_for(b->cond, not_draining_or_resetting, b);
    if (rc == CAS_OK && b->state == BROKEN) rc = raise_("BrokenBarrierError", "Barrier aborted");
    if (rc != CAS_OK) goto out;
    int index = b->count++;
    if (index + 1 == b->parties) {
        /* _release(): the last party lets everyone go. */
        b->state = DRAINING;
        cas_condition_notify_all(b->cond);
    } else {
        /* _wait(): wait for the end of the filling. */
        rc = cas_condition_wait_for(b->cond, not_filling, b);
        if (rc == CAS_OK && (b->state == BROKEN || b->state == RESETTING))
            rc = raise_("BrokenBarrierError", "Abort or reset of barrier");
    }
    b->count--; /* finally */
    barrier_exit(b);
    if (rc == CAS_OK) {
        cas__sync_event(&b->s, "wait", "index", (double)index);
        rc = index;
    }
out:
    cas_condition_release(b->cond);
    return rc;
}

int cas_barrier_reset(cas_barrier *b) {
    if (!b) return CAS_EINVAL;
    if (!cas__L.current) return CAS_EMISUSE;
    int rc = cas_condition_acquire(b->cond);
    if (rc != CAS_OK) return rc;
    if (b->count > 0) {
        if (b->state != RESETTING) b->state = RESETTING;
    } else {
        b->state = FILLING;
    }
    cas__sync_event(&b->s, "reset", NULL, 0);
    cas_condition_notify_all(b->cond);
    cas_condition_release(b->cond);
    return CAS_OK;
}

int cas_barrier_abort(cas_barrier *b) {
    if (!b) return CAS_EINVAL;
    if (!cas__L.current) return CAS_EMISUSE;
    int rc = cas_condition_acquire(b->cond);
    if (rc != CAS_OK) return rc;
    b->state = BROKEN;
    cas__sync_event(&b->s, "abort", NULL, 0);
    cas_condition_notify_all(b->cond);
    cas_condition_release(b->cond);
    return CAS_OK;
}
