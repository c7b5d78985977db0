/*
 * gather.c -- asyncio.gather and asyncio.as_completed, built only from
 * done callbacks and futures, as CPython 3.11 builds them (tasks.py), so
 * they take the same number of loop iterations and show the same order.
 */
#include "internal.h"

#include <string.h>

/* ------------------------------------------------------------------ */
/* gather                                                               */
/* ------------------------------------------------------------------ */

typedef struct gather {
    cas_future base;          /* the _GatheringFuture */
    size_t n;                 /* children, with repeats */
    size_t nunique;           /* distinct children: callbacks to wait for */
    size_t nfinished;
    int return_exceptions;
    int cancel_requested;     /* cancel() reached a child */
    cas_future *failed;       /* the child whose exception ended it (children holds it) */
    cas_future **children;    /* references */
    struct slot *cbs;         /* our registration on each distinct child */
} gather;

/* One registration of a gather or an as_completed on a future: its
 * callback's ud, so the callback finds its owner and index in O(1). */
typedef struct slot {
    void *owner;              /* the gather or the iterator */
    cas__callback *cb;        /* pending registration, or NULL once it ran */
} slot;

static void child_done(cas_future *fut, void *ud);

/* _done_callback of gather. */
static void child_done(cas_future *fut, void *ud) {
    slot *sl = ud;
    gather *g = sl->owner;
    sl->cb = NULL; /* it is running now, and freed after */
    g->nfinished++;
    if (g->base.state != CAS__PENDING) {
        if (!cas_cancelled(fut)) (void)cas_exception(fut, NULL, NULL);
        return;
    }
    if (!g->return_exceptions) {
        if (cas_cancelled(fut)) {
            /* The child's CancelledError, held as an exception: the
             * gather itself is not cancelled (CPython's set_exception). */
            g->failed = fut;
            cas__future_complete(&g->base, CAS__FINISHED, NULL, cas__cancelled_error(fut));
            return;
        }
        if (fut->exc) {
            (void)cas_exception(fut, NULL, NULL);
            g->failed = fut;
            cas__future_complete(&g->base, CAS__FINISHED, NULL, cas__exc_copy(fut->exc));
            return;
        }
    }
    if (g->nfinished < g->nunique) return;

    /* Everything is done: the list of results, in argument order. */
    cas_value *items = cas__calloc(g->n ? g->n : 1, sizeof *items);
    if (!items) {
        cas__future_complete(&g->base, CAS__FINISHED, NULL, cas__exc_new("MemoryError", ""));
        return;
    }
    for (size_t i = 0; i < g->n; i++) {
        cas_future *c = g->children[i];
        if (cas_cancelled(c)) {
            /* A new CancelledError with the child's message: the child's
             * own exception is left for whoever asks it (CPython's comment:
             * _make_cancelled_error() is called at most once). */
            cas__exc *e = cas__exc_cancelled(c->cancel_msg);
            if (!e) {
                for (size_t k = 0; k < i; k++)
                    if (items[k].kind == CAS_EXC && cas_cancelled(g->children[k])) cas__exc_free(items[k].as.exc.ref);
                cas__free(items);
                cas__future_complete(&g->base, CAS__FINISHED, NULL, cas__exc_new("MemoryError", ""));
                return;
            }
            e->empty_arg = 1; /* CancelledError('') when the child had no message */
            items[i] = cas_exc_value(e->type, e->message);
            items[i].as.exc.ref = e; /* ours, dropped below (the list takes its own) */
        } else if (c->exc) {
            (void)cas_exception(c, NULL, NULL);
            items[i] = cas_exc_value(c->exc->type, c->exc->message);
            items[i].as.exc.ref = c->exc; /* the list shares the child's exception */
        } else {
            items[i] = c->result;
        }
    }
    if (g->cancel_requested) {
        /* CPython takes it from `fut`, which is by then the loop variable
         * of its list: the last child, whatever its state. */
        cas__future_complete(&g->base, CAS__FINISHED, NULL, cas__cancelled_error(g->children[g->n - 1]));
    } else {
        cas_value list;
        list.kind = CAS_LIST;
        list.as.list.items = items;
        list.as.list.n = g->n;
        cas__future_complete(&g->base, CAS__FINISHED, &list, NULL);
    }
    for (size_t i = 0; i < g->n; i++)
        if (cas_cancelled(g->children[i])) cas__exc_free(items[i].as.exc.ref);
    cas__free(items);
}

cas_future *cas_gather_failed(cas_future *f) {
    return f && f->kind == CAS__KIND_GATHER ? ((gather *)f)->failed : NULL;
}

cas_future *cas_gather(cas_future *const *fs, size_t n, int return_exceptions) {
    if (!cas__L.running) return NULL;
    if (n && !fs) return NULL;
    for (size_t i = 0; i < n; i++)
        if (!fs[i]) return NULL;
    gather *g = cas__calloc(1, sizeof *g);
    if (!g) return NULL;
    cas__future_init(&g->base, CAS__KIND_GATHER);
    g->n = n;
    g->return_exceptions = return_exceptions;
    if (n == 0) {
        /* gather() of nothing: a future that is already done with []. */
        cas_value empty;
        empty.kind = CAS_LIST;
        empty.as.list.items = NULL;
        empty.as.list.n = 0;
        cas__future_complete(&g->base, CAS__FINISHED, &empty, NULL);
        return &g->base;
    }
    g->children = cas__calloc(n, sizeof *g->children);
    g->cbs = cas__calloc(n, sizeof *g->cbs);
    if (!g->children || !g->cbs) goto oom;
    for (size_t i = 0; i < n; i++) g->children[i] = cas_retain(fs[i]);
    /* A future given twice is waited for once (arg_to_fut). */
    for (size_t i = 0; i < n; i++) {
        if (fs[i]->mark) continue;
        fs[i]->mark = 1;
        g->cbs[i].owner = g;
        g->cbs[i].cb = cas__callback_new(fs[i], child_done, &g->cbs[i], "gather._done_callback");
        if (!g->cbs[i].cb) goto oom;
        g->nunique++;
    }
    for (size_t i = 0; i < n; i++) fs[i]->mark = 0;
    for (size_t i = 0; i < n; i++)
        if (g->cbs[i].cb) cas__future_add_callback(fs[i], g->cbs[i].cb);
    cas__queue_insert_tail(&cas__L.futures, &g->base.all);
    return &g->base;
oom:
    for (size_t i = 0; i < n; i++) fs[i]->mark = 0;
    cas_release(&g->base);
    return NULL;
}

/* Releases what a gather owns (from cas_release, when its last reference
 * goes): its registrations on children that have not finished, and the
 * children themselves. */
void cas__gather_free(cas_future *f) {
    gather *g = (gather *)f;
    for (size_t i = 0; i < g->n; i++) {
        if (g->cbs && g->cbs[i].cb) cas__callback_unlink(g->cbs[i].cb);
        if (g->children && g->children[i]) cas_release(g->children[i]);
    }
    cas__free(g->cbs);
    cas__free(g->children);
}

/* _GatheringFuture.cancel: cancels the children; the gather itself ends
 * when they do. */
int cas__gather_cancel(cas_future *f, const char *msg) {
    gather *g = (gather *)f;
    int ret = 0;
    for (size_t i = 0; i < g->n; i++)
        if (cas__cancel(g->children[i], msg) == 1) ret = 1;
    if (ret) g->cancel_requested = 1;
    return ret;
}

/* ------------------------------------------------------------------ */
/* as_completed                                                         */
/* ------------------------------------------------------------------ */

struct cas_as_completed_iter {
    size_t n;                 /* distinct futures */
    size_t ntodo;             /* not yet completed (and no timeout) */
    size_t nyielded;          /* results handed out */
    cas_future **fs;          /* references, in the order given */
    slot *cbs;                /* registrations still pending (cb NULL once run) */
    cas_future **done;        /* the done queue; NULL entries mean timeout */
    size_t head, tail;
    cas_future *getter;       /* the future a waiting next() awaits */
    cas_future *last;         /* the future the last next() returned the outcome of, or NULL */
    cas__timer timer;         /* the timeout, if any */
};

static void wake_getter(cas_as_completed_iter *it) {
    if (it->getter && it->getter->state == CAS__PENDING) {
        cas_future *g = it->getter;
        cas__future_complete(g, CAS__FINISHED, NULL, NULL);
    }
}

/* _on_completion */
static void ac_completed(cas_future *f, void *ud) {
    slot *sl = ud;
    cas_as_completed_iter *it = sl->owner;
    sl->cb = NULL;
    if (!it->ntodo) return;
    it->ntodo--;
    it->done[it->tail++] = f;
    wake_getter(it);
    if (!it->ntodo) cas__timer_stop(&it->timer);
}

/* _on_timeout */
static void ac_timeout(cas__handle *h) {
    cas_as_completed_iter *it = cas__container_of(h, cas_as_completed_iter, timer.h);
    for (size_t i = 0; i < it->n; i++) {
        if (it->cbs[i].cb) {
            cas__callback_unlink(it->cbs[i].cb);
            it->cbs[i].cb = NULL;
            it->done[it->tail++] = NULL;
        }
    }
    it->ntodo = 0;
    wake_getter(it);
}

cas_as_completed_iter *cas_as_completed(cas_future *const *fs, size_t n, double timeout) {
    if (!cas__L.running) return NULL;
    if (n && !fs) return NULL;
    for (size_t i = 0; i < n; i++)
        if (!fs[i]) return NULL;
    cas_as_completed_iter *it = cas__calloc(1, sizeof *it);
    if (!it) return NULL;
    cas__queue_init(&it->timer.h.node);
    it->fs = cas__calloc(n ? n : 1, sizeof *it->fs);
    it->cbs = cas__calloc(n ? n : 1, sizeof *it->cbs);
    it->done = cas__calloc(n ? n : 1, sizeof *it->done);
    if (!it->fs || !it->cbs || !it->done) goto oom;
    for (size_t i = 0; i < n; i++) {
        if (fs[i]->mark) continue;
        fs[i]->mark = 1;
        it->fs[it->n] = cas_retain(fs[i]);
        it->cbs[it->n].owner = it;
        it->cbs[it->n].cb = cas__callback_new(fs[i], ac_completed, &it->cbs[it->n], "as_completed._on_completion");
        if (!it->cbs[it->n].cb) {
            cas_release(it->fs[it->n]);
            it->fs[it->n] = NULL;
            goto oom;
        }
        it->n++;
    }
    for (size_t i = 0; i < n; i++) fs[i]->mark = 0;
    it->ntodo = it->n;
    for (size_t i = 0; i < it->n; i++) cas__future_add_callback(it->fs[i], it->cbs[i].cb);
    if (it->n && timeout >= 0) cas__timer_start(&it->timer, timeout, ac_timeout);
    return it;
oom:
    for (size_t i = 0; i < n; i++) fs[i]->mark = 0;
    cas_as_completed_free(it);
    return NULL;
}

int cas_as_completed_next(cas_as_completed_iter *it, cas_value *result) {
    if (!it) return CAS_EINVAL;
    if (!cas__L.current) return CAS_EMISUSE;
    if (result) *result = cas_none();
    it->last = NULL;
    if (it->nyielded >= it->n) return CAS_EDONE;
    /* _wait_for_one: f = await done.get() */
    while (it->head == it->tail) {
        cas_future *g = cas_future_new();
        if (!g) return CAS_ENOMEM;
        it->getter = g;
        int rc = cas_await(g, NULL);
        it->getter = NULL;
        cas_release(g);
        if (rc != CAS_OK) return rc;
    }
    it->nyielded++;
    cas_future *f = it->done[it->head++];
    if (!f) {
        cas__set_pending(cas__exc_new("TimeoutError", ""));
        return CAS_ETIMEOUT;
    }
    it->last = f;
    return cas__outcome(f, result);
}

cas_future *cas_as_completed_last(const cas_as_completed_iter *it) { return it ? it->last : NULL; }

void cas_as_completed_free(cas_as_completed_iter *it) {
    if (!it) return;
    if (it->getter) {
        /* A next() that never came back (its task was dropped by a hard
         * stop) left its getter: next() releases it otherwise. */
        cas_release(it->getter);
        it->getter = NULL;
    }
    if (it->timer.armed) cas__timer_stop(&it->timer);
    if (cas__queue_linked(&it->timer.h.node)) cas__handle_discard(&it->timer.h);
    for (size_t i = 0; i < it->n; i++) {
        if (it->cbs[i].cb) cas__callback_unlink(it->cbs[i].cb);
        cas_release(it->fs[i]);
    }
    cas__free(it->fs);
    cas__free(it->cbs);
    cas__free(it->done);
    cas__free(it);
}

/* ------------------------------------------------------------------ */
/* shield                                                               */
/* ------------------------------------------------------------------ */

/* _inner_done_callback: ud is the outer future (a reference). */
static void shield_inner_done(cas_future *inner, void *ud) {
    cas_future *outer = ud;
    if (outer->state != CAS__PENDING) {
        if (!cas_cancelled(inner)) (void)cas_exception(inner, NULL, NULL); /* mark it retrieved */
    } else if (cas_cancelled(inner)) {
        cas__cancel(outer, NULL);
    } else if (inner->exc) {
        (void)cas_exception(inner, NULL, NULL);
        cas__future_complete(outer, CAS__FINISHED, NULL, cas__exc_copy(inner->exc));
    } else {
        cas__future_complete(outer, CAS__FINISHED, &inner->result, NULL);
    }
    cas_release(outer);
}

/* _outer_done_callback: ud is the inner future (a reference). */
static void shield_outer_done(cas_future *outer, void *ud) {
    cas_future *inner = ud;
    if (inner->state == CAS__PENDING && cas_remove_done_callback(inner, shield_inner_done, outer) > 0)
        cas_release(outer); /* the registration's reference */
    cas_release(inner);
}

cas_future *cas_shield(cas_future *inner) {
    if (!cas__L.running || !inner) return NULL;
    if (inner->state != CAS__PENDING) return cas_retain(inner);
    cas_future *outer = cas_future_new();
    if (!outer) return NULL;
    cas_retain(outer);
    if (cas_add_done_callback_named(inner, shield_inner_done, outer, "shield._inner_done_callback") != CAS_OK) {
        cas_release(outer);
        cas_release(outer);
        return NULL;
    }
    cas_retain(inner);
    if (cas_add_done_callback_named(outer, shield_outer_done, inner, "shield._outer_done_callback") != CAS_OK) {
        cas_release(inner);
        cas_remove_done_callback(inner, shield_inner_done, outer);
        cas_release(outer);
        cas_release(outer);
        return NULL;
    }
    return outer;
}
