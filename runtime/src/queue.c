/*
 * queue.c -- asyncio.queues in C: Queue, LifoQueue and PriorityQueue of
 * cas_value items, after CPython 3.11's queues.py, and the order of
 * values that a PriorityQueue uses (Python's `<`).
 *
 * The three kinds share one object and differ only in where an item goes
 * in and comes out: a ring (FIFO), the end of an array (LIFO), or a binary
 * heap kept by the same steps as CPython's _heapq (heappush's siftdown,
 * heappop's siftup), so that items that compare equal come out in
 * CPython's order, and a comparison that raises leaves the heap as
 * CPython leaves it.
 *
 * The queue owns deep copies of its items (cas__value_copy) and hands each
 * to the getter, who frees it with cas_value_free.
 */
#include "sync.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ------------------------------------------------------------------ */
/* The order of values                                                  */
/* ------------------------------------------------------------------ */

void cas_value_free(cas_value *v) {
    if (v) cas__value_free(v);
}

static const char *type_name(const cas_value *v) {
    switch (v->kind) {
    case CAS_NONE: return "NoneType";
    case CAS_BOOL: return "bool";
    case CAS_INT:
    case CAS_BIGINT: return "int";
    case CAS_FLOAT: return "float";
    case CAS_STR: return "str";
    case CAS_LIST: return "list";
    case CAS_EXC: return v->as.exc.type ? v->as.exc.type : "Exception";
    default: return "object";
    }
}

static int is_number(const cas_value *v) {
    return v->kind == CAS_BOOL || v->kind == CAS_INT || v->kind == CAS_BIGINT || v->kind == CAS_FLOAT;
}

/* Compares two decimal integers ("-12", "0042"): -1, 0 or 1. */
static int dec_cmp(const char *a, const char *b) {
    int na = *a == '-', nb = *b == '-';
    a += na || *a == '+';
    b += nb || *b == '+';
    while (*a == '0') a++;
    while (*b == '0') b++;
    size_t la = strlen(a), lb = strlen(b);
    if (la == 0) na = 0; /* -0 is 0 */
    if (lb == 0) nb = 0;
    if (na != nb) return na ? -1 : 1;
    int c = la != lb ? (la < lb ? -1 : 1) : strcmp(a, b);
    if (c) c = c < 0 ? -1 : 1;
    return na ? -c : c;
}

/* An integer-valued number as decimal text. */
static const char *int_text(const cas_value *v, char *buf, size_t cap) {
    if (v->kind == CAS_BIGINT) return v->as.s ? v->as.s : "0";
    snprintf(buf, cap, "%lld", (long long)(v->kind == CAS_BOOL ? v->as.b : v->as.i));
    return buf;
}

/* Compares two numbers exactly: -1, 0, 1, or 2 when unordered (NaN). */
static int num_cmp(const cas_value *a, const cas_value *b) {
    if (a->kind == CAS_FLOAT && b->kind == CAS_FLOAT) {
        double x = a->as.f, y = b->as.f;
        return x < y ? -1 : x > y ? 1 : x == y ? 0 : 2;
    }
    if (a->kind == CAS_FLOAT || b->kind == CAS_FLOAT) {
        int flip = b->kind == CAS_FLOAT;
        double f = flip ? b->as.f : a->as.f;
        const cas_value *n = flip ? a : b;
        int c;
        if (isnan(f)) return 2;
        if (isinf(f)) {
            c = f > 0 ? 1 : -1;
        } else {
            /* Exact: the float's integer part as text against the
             * integer's, then the fraction decides a tie. */
            char fb[400], nbuf[32];
            double fl = floor(f);
            snprintf(fb, sizeof fb, "%.0f", fl);
            c = dec_cmp(fb, int_text(n, nbuf, sizeof nbuf));
            if (c == 0 && f > fl) c = 1;
        }
        return flip ? -c : c;
    }
    if (a->kind != CAS_BIGINT && b->kind != CAS_BIGINT) {
        int64_t x = a->kind == CAS_BOOL ? a->as.b : a->as.i, y = b->kind == CAS_BOOL ? b->as.b : b->as.i;
        return x < y ? -1 : x > y;
    }
    char ab[32], bb[32];
    return dec_cmp(int_text(a, ab, sizeof ab), int_text(b, bb, sizeof bb));
}

/* Python's a == b for values (never raises). */
static int value_eq(const cas_value *a, const cas_value *b) {
    if (is_number(a) && is_number(b)) return num_cmp(a, b) == 0;
    if (a->kind != b->kind) return 0;
    switch (a->kind) {
    case CAS_NONE: return 1;
    case CAS_STR: return strcmp(a->as.s ? a->as.s : "", b->as.s ? b->as.s : "") == 0;
    case CAS_PTR: return a->as.p == b->as.p;
    case CAS_LIST:
        if (a->as.list.n != b->as.list.n) return 0;
        for (size_t i = 0; i < a->as.list.n; i++)
            if (!value_eq(&a->as.list.items[i], &b->as.list.items[i])) return 0;
        return 1;
    default: return 0; /* exceptions: only an object is equal to itself */
    }
}

#define MAX_DEPTH 200

static int value_lt(const cas_value *a, const cas_value *b, int depth) {
    if (is_number(a) && is_number(b)) return num_cmp(a, b) == -1;
    if (a->kind == CAS_STR && b->kind == CAS_STR) {
        /* UTF-8's byte order is code point order. */
        const unsigned char *x = (const unsigned char *)(a->as.s ? a->as.s : "");
        const unsigned char *y = (const unsigned char *)(b->as.s ? b->as.s : "");
        while (*x && *x == *y) x++, y++;
        return *x < *y;
    }
    if (a->kind == CAS_LIST && b->kind == CAS_LIST) {
        if (depth > MAX_DEPTH) {
            cas__set_pending(cas__exc_new("RecursionError", "maximum recursion depth exceeded in comparison"));
            return CAS_EEXCEPTION;
        }
        size_t na = a->as.list.n, nb = b->as.list.n;
        for (size_t i = 0; i < na && i < nb; i++) {
            const cas_value *x = &a->as.list.items[i], *y = &b->as.list.items[i];
            if (!value_eq(x, y)) return value_lt(x, y, depth + 1);
        }
        return na < nb;
    }
    char *msg = cas__format("'<' not supported between instances of '%s' and '%s'", type_name(a), type_name(b));
    cas__set_pending(cas__exc_new("TypeError", msg ? msg : ""));
    cas__free(msg);
    return CAS_EEXCEPTION;
}

int cas_value_lt(cas_value a, cas_value b) { return value_lt(&a, &b, 0); }

/* ------------------------------------------------------------------ */
/* The queue                                                            */
/* ------------------------------------------------------------------ */

enum { FIFO = 0, LIFO, PRIORITY };

struct cas_queue {
    cas__sync s;
    int type;               /* FIFO, LIFO, PRIORITY */
    int64_t maxsize;        /* <= 0: no limit */
    cas_value *items;       /* owned copies: a ring from head (FIFO), else an array */
    size_t n, cap, head;
    cas__waitlist getters;  /* tasks waiting in get() */
    cas__waitlist putters;  /* tasks waiting in put() */
    int64_t unfinished;     /* _unfinished_tasks */
    cas_event finished;     /* set when unfinished is 0 */
};

static uint32_t queue_ids, lifo_ids, priority_ids;

static cas_queue *queue_new(int64_t maxsize, int type) {
    cas_queue *q = cas__calloc(1, sizeof *q);
    if (!q) return NULL;
    static const char *const kinds[] = {"Queue", "LifoQueue", "PriorityQueue"};
    uint32_t *ids[] = {&queue_ids, &lifo_ids, &priority_ids};
    cas__sync_init(&q->s, kinds[type], ids[type]);
    q->type = type;
    q->maxsize = maxsize;
    cas__waitlist_init(&q->getters);
    cas__waitlist_init(&q->putters);
    cas__flag_init(&q->finished);
    q->finished.value = 1;
    return q;
}

cas_queue *cas_queue_new(int64_t maxsize) { return queue_new(maxsize, FIFO); }
cas_queue *cas_lifo_queue_new(int64_t maxsize) { return queue_new(maxsize, LIFO); }
cas_queue *cas_priority_queue_new(int64_t maxsize) { return queue_new(maxsize, PRIORITY); }

static cas_value *slot(cas_queue *q, size_t i) { return &q->items[(q->head + i) % q->cap]; }

int cas_queue_free(cas_queue *q) {
    if (!q) return CAS_EINVAL;
    if (cas__L.running && (!cas__queue_empty(&q->getters.nodes) || !cas__queue_empty(&q->putters.nodes) ||
                           !cas__queue_empty(&q->finished.waiters.nodes)))
        return CAS_EMISUSE;
    cas__waitlist_close(&q->getters);
    cas__waitlist_close(&q->putters);
    cas__waitlist_close(&q->finished.waiters);
    for (size_t i = 0; i < q->n; i++) cas__value_free(slot(q, i));
    cas__free(q->items);
    cas__free(q);
    return CAS_OK;
}

int64_t cas_queue_qsize(const cas_queue *q) { return q ? (int64_t)q->n : 0; }
int64_t cas_queue_maxsize(const cas_queue *q) { return q ? q->maxsize : 0; }
int cas_queue_empty(const cas_queue *q) { return q && q->n == 0; }
int cas_queue_full(const cas_queue *q) { return q && q->maxsize > 0 && (int64_t)q->n >= q->maxsize; }

/* Makes room for one more item; a ring is unrolled into the new array. */
static int grow(cas_queue *q) {
    if (q->n < q->cap) return CAS_OK;
    size_t cap = q->cap ? q->cap * 2 : 8;
    cas_value *items = cas__calloc(cap, sizeof *items);
    if (!items) return CAS_ENOMEM;
    for (size_t i = 0; i < q->n; i++) items[i] = *slot(q, i);
    cas__free(q->items);
    q->items = items;
    q->cap = cap;
    q->head = 0;
    return CAS_OK;
}

/* _heapq's siftdown: moves the item at pos up while it is smaller than
 * its parent.  0, or the code of a comparison that raised. */
static int heap_siftdown(cas_value *a, size_t start, size_t pos) {
    while (pos > start) {
        size_t parent = (pos - 1) >> 1;
        int lt = value_lt(&a[pos], &a[parent], 0);
        if (lt < 0) return lt;
        if (!lt) break;
        cas_value t = a[parent];
        a[parent] = a[pos];
        a[pos] = t;
        pos = parent;
    }
    return CAS_OK;
}

/* _heapq's siftup: the smaller child rises until a leaf, then siftdown. */
static int heap_siftup(cas_value *a, size_t n, size_t pos) {
    size_t start = pos, limit = n >> 1;
    while (pos < limit) {
        size_t child = 2 * pos + 1;
        if (child + 1 < n) {
            int lt = value_lt(&a[child], &a[child + 1], 0);
            if (lt < 0) return lt;
            child += (size_t)(lt ^ 1);
        }
        cas_value t = a[child];
        a[child] = a[pos];
        a[pos] = t;
        pos = child;
    }
    return heap_siftdown(a, start, pos);
}

/* _put: takes ownership of the copy.  A heap's comparison may raise:
 * the item stays in the heap, as after CPython's heappush. */
static int put_item(cas_queue *q, cas_value item) {
    if (q->type == FIFO) {
        *slot(q, q->n++) = item;
        return CAS_OK;
    }
    q->items[q->n++] = item;
    return q->type == PRIORITY ? heap_siftdown(q->items, 0, q->n - 1) : CAS_OK;
}

/* _get: hands out the item.  A heap's comparison may raise: the popped
 * item is then lost, as after CPython's heappop. */
static int get_item(cas_queue *q, cas_value *out) {
    if (q->type == FIFO) {
        *out = *slot(q, 0);
        q->head = (q->head + 1) % q->cap;
        q->n--;
        return CAS_OK;
    }
    cas_value last = q->items[--q->n];
    if (q->type == LIFO || q->n == 0) {
        *out = last;
        return CAS_OK;
    }
    cas_value ret = q->items[0];
    q->items[0] = last;
    int rc = heap_siftup(q->items, q->n, 0);
    if (rc < 0) {
        cas__value_free(&ret);
        return rc;
    }
    *out = ret;
    return CAS_OK;
}

/* Wakes the next waiter that is not done, taking it out of the deque. */
static void wakeup_next(cas__waitlist *wl) {
    cas__waiter *w;
    while ((w = cas__waitlist_first(wl))) {
        cas__waiter_unqueue(wl, w);
        if (!cas_done(w->fut)) {
            cas_future_set_result(w->fut, cas_none());
            break;
        }
    }
}

static int raise_empty(const char *type) {
    cas__exc *e = cas__exc_new(type, "");
    if (!e) return CAS_ENOMEM;
    cas__set_pending(e);
    return CAS_EEXCEPTION;
}

int cas_queue_put_nowait(cas_queue *q, cas_value item) {
    if (!q) return CAS_EINVAL;
    if (cas_queue_full(q)) return raise_empty("QueueFull");
    cas_value copy;
    if (grow(q) != CAS_OK || cas__value_copy(&copy, item) != CAS_OK) return CAS_ENOMEM;
    int rc = put_item(q, copy);
    if (rc < 0) return rc;
    q->unfinished++;
    q->finished.value = 0; /* self._finished.clear() */
    cas__sync_event(&q->s, "put", "size", (double)q->n);
    wakeup_next(&q->getters);
    return CAS_OK;
}

int cas_queue_get_nowait(cas_queue *q, cas_value *item) {
    if (!q || !item) return CAS_EINVAL;
    *item = cas_none();
    if (q->n == 0) return raise_empty("QueueEmpty");
    int rc = get_item(q, item);
    if (rc < 0) return rc;
    cas__sync_event(&q->s, "get", "size", (double)q->n);
    wakeup_next(&q->putters);
    return CAS_OK;
}

/* put()'s and get()'s wait, with their `except:` clause: a waiter that
 * was woken but cannot use the wake-up (it was cancelled meanwhile) passes
 * it on while the queue still has what the next waiter needs. */
static int wait_turn(cas_queue *q, cas__waitlist *wl, const char *op, int (*blocked)(const cas_queue *)) {
    cas__waiter *w;
    int rc = cas__waiter_wait(wl, &q->s, op, &w);
    if (rc != CAS_OK && w) {
        cas_cancel(w->fut); /* just in case it is not done yet */
        cas__waiter_unqueue(wl, w);
        if (!blocked(q) && !cas_cancelled(w->fut)) wakeup_next(wl);
    }
    cas__waiter_done(wl, w);
    return rc;
}

int cas_queue_put(cas_queue *q, cas_value item) {
    if (!q) return CAS_EINVAL;
    if (!cas__L.current) return CAS_EMISUSE;
    while (cas_queue_full(q)) {
        int rc = wait_turn(q, &q->putters, "put", cas_queue_full);
        if (rc != CAS_OK) return rc;
    }
    return cas_queue_put_nowait(q, item);
}

int cas_queue_get(cas_queue *q, cas_value *item) {
    if (!q || !item) return CAS_EINVAL;
    *item = cas_none();
    if (!cas__L.current) return CAS_EMISUSE;
    while (q->n == 0) {
        int rc = wait_turn(q, &q->getters, "get", cas_queue_empty);
        if (rc != CAS_OK) return rc;
    }
    return cas_queue_get_nowait(q, item);
}

int cas_queue_task_done(cas_queue *q) {
    if (!q) return CAS_EINVAL;
    if (q->unfinished <= 0) {
        cas__exc *e = cas__exc_new("ValueError", "task_done() called too many times");
        if (!e) return CAS_ENOMEM;
        cas__set_pending(e);
        return CAS_EEXCEPTION;
    }
    q->unfinished--;
    cas__sync_event(&q->s, "task_done", "unfinished", (double)q->unfinished);
    if (q->unfinished == 0) cas__flag_set(&q->finished, NULL);
    return CAS_OK;
}

int cas_queue_join(cas_queue *q) {
    if (!q) return CAS_EINVAL;
    if (!cas__L.current) return CAS_EMISUSE;
    if (q->unfinished > 0) return cas__flag_wait_as(&q->finished, &q->s, "join");
    return CAS_OK;
}
