/*
 * sync.h -- what sync.c (the locks) and queue.c (the queues) share: the
 * common head of every synchronisation object, its list of waiters, and
 * its events.
 *
 * A waiter is CPython's `fut = loop.create_future(); waiters.append(fut);
 * await fut`: a plain future the task awaits, woken with set_result, so
 * wake-ups take exactly the loop iterations they take in CPython.  The
 * waiter's node is allocated by the waiting task and freed by it when its
 * wait is over.
 *
 * A list keeps every node of a task still inside a wait (`nodes`, in
 * arrival order); `queued` says whether the node is still in CPython's
 * deque.  A Queue's wake-up pops the first node from the deque (clears
 * queued) while its task has yet to run and free it.  So the deque is the
 * queued nodes in arrival order, and no node is ever lost: freeing the
 * object after a run frees the nodes of tasks a hard stop dropped.
 */
#ifndef CAS_SYNC_H
#define CAS_SYNC_H

#include "internal.h"

/* The head of every object: its kind's name and number, for events. */
typedef struct cas__sync {
    const char *kind; /* "Lock", "Queue", ...: static */
    uint32_t id;      /* per kind, from 1 */
} cas__sync;

typedef struct cas__waiter {
    cas__queue node;  /* in its list's nodes while its task waits */
    cas_future *fut;  /* the future the task awaits (a reference) */
    uint8_t queued;   /* still in the deque (CPython's waiters) */
} cas__waiter;

typedef struct cas__waitlist {
    cas__queue nodes; /* cas__waiter.node, in arrival order */
    size_t queued;    /* how many are queued */
} cas__waitlist;

void cas__sync_init(cas__sync *o, const char *kind, uint32_t *counter);
const char *cas__sync_name(const cas__sync *o, char *buf, size_t cap);

void cas__waitlist_init(cas__waitlist *wl);
/* 0 if no task waits (the nodes left behind by dropped tasks, outside a
 * run, are freed); CAS_EMISUSE if one does during a run. */
int cas__waitlist_close(cas__waitlist *wl);
/*
 * Inside a task: appends a waiter and awaits it, with the blocked and
 * unblocked events for (o, op).  Returns cas_await's code, or
 * CAS_EMISUSE / CAS_ENOMEM (then *w is NULL: nothing was waited for).
 * The caller reads the waiter's future, then ends the wait with
 * cas__waiter_done.
 */
int cas__waiter_wait(cas__waitlist *wl, const cas__sync *o, const char *op, cas__waiter **w);
void cas__waiter_unqueue(cas__waitlist *wl, cas__waiter *w); /* deque.remove(fut), if still there */
void cas__waiter_done(cas__waitlist *wl, cas__waiter *w);    /* unqueue and free */
cas__waiter *cas__waitlist_first(cas__waitlist *wl);          /* first queued, or NULL */
cas__waiter *cas__waitlist_next(cas__waitlist *wl, cas__waiter *w); /* next queued after w, or NULL */

/* The "sync" event: op took effect on o.  key/num add one number field
 * when key is not NULL ("size", "n", "index"). */
void cas__sync_event(const cas__sync *o, const char *op, const char *key, double num);

/* asyncio.Event, embedded in a Queue for join().  Inside, an Event is
 * called a flag: "event" means the event stream in this runtime. */
struct cas_event {
    cas__sync s;
    int value;             /* the flag */
    cas__waitlist waiters;
};
void cas__flag_init(cas_event *e); /* unset, no waiters, unnamed */
/* Event.wait, reported as op on o (a Queue's join). */
int cas__flag_wait_as(cas_event *e, const cas__sync *o, const char *op);
void cas__flag_set(cas_event *e, const cas__sync *o); /* set(), reported on o */

#endif /* CAS_SYNC_H */
