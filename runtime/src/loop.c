/*
 * loop.c -- the event loop: a FIFO ready queue of handles, a timer heap
 * ordered by (deadline, insertion number), and run-once, the one place
 * that runs callbacks and resumes tasks.  Also the entry points that own
 * a loop's life: cas_run (asyncio.run), cas_main (a whole program), the
 * stop request, and time.sleep.
 *
 * The clock is real or virtual.  The virtual clock only moves when the
 * loop would wait: it jumps to the next deadline, so a run is exact and
 * instant.  Waiting for real time is the platform's host wait: a JS timer
 * in a browser, so the page never freezes.
 */
#include "internal.h"
#include "cJSON.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

cas__loop cas__L;
volatile int cas__stop_requested;
static volatile double stop_grace = 0.25;
int cas__next_clock = CAS_CLOCK_REAL;

/* A loop that has run this long without idling gives the host a turn. */
#define HOST_TURN_EVERY 0.010

/* cas__host_needs_turns() for this run: the platform's constant, asked
 * once at loop_open rather than at every iteration. */
static int host_turns;

double cas__now(void) { return cas__L.clock == CAS_CLOCK_VIRTUAL ? cas__L.vnow : cas__clock_real(); }

double cas_time(void) { return cas__now(); }

int cas_set_clock(int clock) {
    if (clock != CAS_CLOCK_REAL && clock != CAS_CLOCK_VIRTUAL) return CAS_EINVAL;
    if (cas__L.running || cas__L.in_main) return CAS_ERUNNING;
    cas__next_clock = clock;
    cas__L.clock = clock;
    return CAS_OK;
}

/* ------------------------------------------------------------------ */
/* The timer heap: intrusive and stable (libuv's heap-inl.h, with      */
/* libuv's timer_less_than tie-break on the insertion number).         */
/* ------------------------------------------------------------------ */

static int timer_less(const cas__timer *a, const cas__timer *b) {
    if (a->when != b->when) return a->when < b->when;
    return a->seq < b->seq;
}

/* Swaps a parent with its child, fixing every link around them. */
static void heap_swap(cas__timer *parent, cas__timer *child) {
    cas__timer *sibling, *grand = parent->parent;
    cas__timer *pl = parent->left, *pr = parent->right;
    parent->left = child->left;
    parent->right = child->right;
    parent->parent = child;
    child->parent = grand;
    if (pl == child) {
        child->left = parent;
        child->right = sibling = pr;
    } else {
        child->right = parent;
        child->left = sibling = pl;
    }
    if (sibling) sibling->parent = child;
    if (parent->left) parent->left->parent = parent;
    if (parent->right) parent->right->parent = parent;
    if (!grand)
        cas__L.heap_min = child;
    else if (grand->left == parent)
        grand->left = child;
    else
        grand->right = child;
}

/* The link that holds the heap's n-th slot (from 1, in level order), and
 * in *parent the node it hangs from: the bits of n below its top bit,
 * high to low, say left (0) or right (1) from the root. */
static cas__timer **heap_slot(size_t n, cas__timer **parent) {
    cas__timer **slot = &cas__L.heap_min;
    *parent = NULL;
    for (int bit = 62 - __builtin_clzll((unsigned long long)n); bit >= 0; bit--) {
        *parent = *slot;
        slot = (n >> bit) & 1 ? &(*slot)->right : &(*slot)->left;
    }
    return slot;
}

static void heap_insert(cas__timer *node) {
    cas__timer *parent;
    cas__timer **slot = heap_slot(cas__L.heap_n + 1, &parent);
    node->left = node->right = NULL;
    node->parent = parent;
    *slot = node;
    cas__L.heap_n++;
    while (node->parent && timer_less(node, node->parent)) heap_swap(node->parent, node);
}

static void heap_remove(cas__timer *node) {
    cas__timer *smallest, **max, *child, *above;
    if (cas__L.heap_n == 0) return;
    max = heap_slot(cas__L.heap_n, &above);
    cas__L.heap_n--;
    child = *max;
    *max = NULL;
    if (child == node) {
        if (child == cas__L.heap_min) cas__L.heap_min = NULL;
        return;
    }
    /* The last node takes the removed node's place, then sinks or rises. */
    child->left = node->left;
    child->right = node->right;
    child->parent = node->parent;
    if (child->left) child->left->parent = child;
    if (child->right) child->right->parent = child;
    if (!node->parent)
        cas__L.heap_min = child;
    else if (node->parent->left == node)
        node->parent->left = child;
    else
        node->parent->right = child;
    for (;;) {
        smallest = child;
        if (child->left && timer_less(child->left, smallest)) smallest = child->left;
        if (child->right && timer_less(child->right, smallest)) smallest = child->right;
        if (smallest == child) break;
        heap_swap(child, smallest);
    }
    while (child->parent && timer_less(child, child->parent)) heap_swap(child->parent, child);
}

/*
 * The batch of a timer: the timers set in the same iteration with the same
 * delay, by at most BATCH_HANDLES handles after it (three workers started
 * together each calling sleep(1)).  CPython fires such timers together:
 * a handle takes it microseconds and its wake-up is coarser than that.
 * Ours can be slower, not per handle but at random: a garbage collection
 * or a compilation in the JS host stalls a step for milliseconds now and
 * then, mostly early in a process.  So the batch is counted in handles,
 * not in time, and its timers fire together whatever the host did between
 * them (up to BATCH_LIMIT later).  A thousand timers set in one iteration
 * are not one batch, as they are not in CPython, whose thousand steps take
 * longer than its wake-up.
 */
#define BATCH_HANDLES 32
/* A host's stalls reach tens of milliseconds: WebKit, compiling the
 * module during a page's first run, stalls a step by 10 to 35 ms
 * (docs/browsers.md), 51 ms seen once; 10 ms split the as-completed
 * lesson's batch there.  A batch's first timer is late only by as much
 * as the host stalled between its timers, and never more than this. */
#define BATCH_LIMIT 0.100

/* The latest deadline of f's batch (its ring has at most BATCH_HANDLES
 * + 1 timers), up to limit. */
static double batch_end(const cas__timer *f, double limit) {
    double end = f->when;
    for (const cas__queue *q = f->mates.next; q != &f->mates; q = q->next) {
        const cas__timer *m = cas__container_of(q, cas__timer, mates);
        if (m->when > end && m->when <= limit) end = m->when;
    }
    return end;
}

/* Out of the heap and out of its batch. */
static void timer_disarm(cas__timer *t) {
    heap_remove(t);
    t->armed = 0;
    cas__queue_remove(&t->mates);
    if (cas__L.last_armed == t) cas__L.last_armed = NULL;
}

/* The virtual time delay after now: the first double whose distance
 * from now, as a float subtraction gives it, is at least delay.  So a
 * sleep never ends early, as on a real clock: `loop.time() - start >=
 * delay` holds after it, twelve sleeps of 0.01 add up to at least 0.12
 * (plain float sums give 0.11999999999999998), a chain of sleeps ends no
 * sooner than one sleep of their total, and a positive delay too small
 * to move now (a token bucket's 1 - 0.9999999999999998 tokens' worth)
 * still moves it, where a loop sleeping for it would sleep for ever.  A
 * timer's when is that, as CPython's call_later gives it. */
static double virtual_after(double now, double delay) {
    double when = now + delay;
    while (delay > 0 && when - now < delay) when = nextafter(when, INFINITY);
    return when;
}

/* Where the virtual clock lands when it jumps to when: the next double
 * after it, as a real clock is a little past a timer's when by the time
 * its callback or a sleep's task reads it (an elapsed 0.25 s then prints
 * 0.3 with :.1f and 0.5 s rounds to 1, as CPython's do; timers that fall
 * due together still do, a handle's when() is still the one asked for). */
static double virtual_past(double when) { return when < INFINITY ? nextafter(when, INFINITY) : when; }

double cas__deadline(double delay) {
    double now = cas__now();
    return cas__L.clock == CAS_CLOCK_VIRTUAL ? virtual_after(now, delay) : now + delay;
}

void cas__timer_start(cas__timer *t, double delay, void (*run)(cas__handle *)) {
    cas__timer_start_at(t, cas__deadline(delay), delay, run);
}

/* delay is the one asked for: the batch compares it exactly (a delay
 * worked back from when and a second read of the real clock would not
 * be equal). */
void cas__timer_start_at(cas__timer *t, double when, double delay, void (*run)(cas__handle *)) {
    t->when = when;
    /* It joins the batch of the timer armed just before it, if that one
     * was armed in this iteration with the same delay, its batch having
     * begun at most BATCH_HANDLES handles ago; else it begins one. */
    cas__timer *prev = cas__L.last_armed;
    t->delay = delay;
    cas__queue_init(&t->mates);
    if (prev && prev->delay == delay && cas__L.handles - cas__L.batch_began <= BATCH_HANDLES)
        cas__queue_insert_tail(&prev->mates, &t->mates);
    else
        cas__L.batch_began = cas__L.handles;
    cas__L.last_armed = t;
    t->seq = ++cas__L.timer_seq;
    t->id = ++cas__L.timer_ids;
    t->h.run = run;
    t->armed = 1;
    heap_insert(t);
    if (cas__wants(CAS_EV_TIMER)) {
        cJSON *ev = cas__event_new("timer_set");
        if (ev) {
            cJSON_AddNumberToObject(ev, "id", t->id);
            if (cas__L.current && !cas__L.current->unseen) cas__json_add_task(ev, "task", cas__L.current);
            cJSON_AddNumberToObject(ev, "delay", round(delay * 1e6) / 1e3);
            cas__event_emit(ev);
        }
    }
}

void cas__timer_stop(cas__timer *t) {
    if (!t->armed) return;
    timer_disarm(t);
    if (cas__wants(CAS_EV_TIMER)) {
        cJSON *ev = cas__event_new("timer_cancelled");
        if (ev) {
            cJSON_AddNumberToObject(ev, "id", t->id);
            cas__event_emit(ev);
        }
    }
}

/* ------------------------------------------------------------------ */
/* Run-once                                                             */
/* ------------------------------------------------------------------ */

static void emit_simple(unsigned cls, const char *type) {
    if (!cas__wants(cls)) return;
    cas__event_emit(cas__event_new(type));
}

/* The debug shuffle (cas_debug_shuffle): 0 when off, else xorshift state. */
static uint64_t shuffle_state;

void cas_debug_shuffle(uint64_t seed) { shuffle_state = seed ? seed : 0; }

static uint64_t shuffle_next(void) {
    shuffle_state ^= shuffle_state << 13;
    shuffle_state ^= shuffle_state >> 7;
    shuffle_state ^= shuffle_state << 17;
    return shuffle_state;
}

/* Moves the timers that share the earliest deadline to the ready queue in
 * a random order: CPython's heapq does not promise any order among them,
 * so no program should depend on one (casyncio's own tie-break by
 * insertion is what this mode sets aside). */
static void expire_shuffled(void) {
    cas__timer *batch[64];
    size_t n = 0;
    double when = cas__L.heap_min->when;
    while (n < 64 && cas__L.heap_min && cas__L.heap_min->when == when) {
        cas__timer *t = cas__L.heap_min;
        timer_disarm(t);
        batch[n++] = t;
    }
    for (size_t i = n; i > 1; i--) {
        size_t j = (size_t)(shuffle_next() % i);
        cas__timer *x = batch[i - 1];
        batch[i - 1] = batch[j];
        batch[j] = x;
    }
    for (size_t i = 0; i < n; i++) cas__call_soon(&batch[i]->h);
}

/* Moves every timer whose deadline has passed to the ready queue, in
 * (deadline, insertion) order.  Out of line: an iteration of tasks that
 * only yield then costs iteration_open a few stores. */
static __attribute__((noinline)) void expire(double now) {
    cas__loop *L = &cas__L;
    while (L->heap_min && L->heap_min->when <= now) {
        if (shuffle_state) {
            expire_shuffled();
            continue;
        }
        cas__timer *t = L->heap_min;
        timer_disarm(t);
        cas__call_soon(&t->h);
    }
}

/* Steps 3 and 4 below: opens an iteration at now.  Every timer whose
 * deadline has passed moves to the ready queue, in (deadline, insertion)
 * order; this happens at every iteration, so a task spinning on sleep(0)
 * cannot starve a timer.  Then a marker goes behind the ready handles: the
 * iteration runs exactly those, so anything scheduled meanwhile waits for
 * the next one, and a handle removed meanwhile (a cancelled timer, a
 * dropped callback) is simply gone.  Always inlined: with the count of
 * iterations gcc stopped inlining it into run_ready, and a ping-pong
 * switch cost 7 instructions more (callgrind, bench/c/pingpong.c). */
static inline __attribute__((always_inline)) void iteration_open(double now) {
    cas__loop *L = &cas__L;
    L->iterations++;      /* the events' "iter" */
    L->last_armed = NULL; /* a batch does not span iterations */
    if (L->heap_min && L->heap_min->when <= now) expire(now);
    cas__queue_insert_tail(&L->ready, &L->marker);
    L->in_iteration = 1;
}

/* On the loop's fiber: runs t, then whatever comes back, until nothing
 * needs to run at once.  Not inlined: run-ready's path on a task's stack
 * (most switches) then keeps the few registers it needs. */
static __attribute__((noinline)) void loop_enter(cas__task *t) {
    cas__loop *L = &cas__L;
    while (t) {
        L->fiber_task = t;
        int rc = cas__fiber_resume(t->fiber);
        cas__task *back = L->fiber_task; /* t, or a task it switched to */
        L->fiber_task = NULL;
        t = L->resume_next; /* a task that could not be switched to directly */
        L->resume_next = NULL;
        if (cas__task_back(back, rc)) t = back;
    }
}

/* Iterations a task's stack may run without a look at the clock when no
 * timer is armed: reading it costs more than a switch in some browsers
 * (performance.now() there), and only the host's turn needs it then. */
#define CLOCKLESS_ITERATIONS 16

/* Whether a task's stack may go straight on to the next iteration: only
 * when the loop itself has nothing to do between the two (no wait, no
 * host turn, no stop, the run not over).  Sets *now for it. */
static int may_go_on(double *now) {
    static unsigned clockless;
    cas__loop *L = &cas__L;
    if (!L->until || L->until->state != CAS__PENDING || !L->nready || L->stopping || cas__stop_requested || L->loop_stop)
        return 0;
    int real = L->clock == CAS_CLOCK_REAL, turns = host_turns;
    *now = L->vnow;
    if ((real && L->heap_min) || (turns && ++clockless >= CLOCKLESS_ITERATIONS)) {
        double rnow = cas__clock_real();
        clockless = 0;
        if (turns && rnow - L->last_host_turn > HOST_TURN_EVERY) return 0;
        if (real) *now = rnow;
    }
    return 1;
}

/* Runs the open iteration's handles, up to the marker: the one place that
 * runs callbacks and task steps.  It runs on the loop's fiber (self NULL)
 * or on the stack of a task that has just suspended (self).  Returns the
 * task to run next when on a task's stack (self itself when its own step
 * came), or NULL when the iteration is over.  On a task's stack it opens
 * the next iteration itself when the loop has nothing to do between the
 * two (may_go_on), so NULL there means that only the loop can go on. */
static cas__task *run_ready(cas__task *self) {
    cas__loop *L = &cas__L;
    while (L->in_iteration) {
        cas__queue *q = L->ready.next;
        if (q == &L->marker || L->escape) {
            cas__queue_remove(&L->marker);
            L->in_iteration = L->escape = 0;
            double now;
            if (self && may_go_on(&now)) iteration_open(now);
            continue;
        }
        cas__queue_remove(q);
        L->nready--;
        cas__handle *h = cas__container_of(q, cas__handle, node);
        L->handles++;
        h->run(h);
        cas__task *t = L->to_enter;
        if (t) {
            L->to_enter = NULL;
            if (self) return t;
            loop_enter(t);
        }
    }
    return NULL;
}

/* Inside a task: ends its step and schedules on, on its own stack, until
 * the task is resumed: its own step comes (no switch at all), or it
 * switches straight to the next task, or it hands over to the loop's
 * fiber when only the loop can go on.  The switch is made here, not deeper
 * in run-ready: with Asyncify every frame on a switching stack is unwound
 * and rewound.  time.sleep instead hands its step to the loop, which
 * blocks and resumes the task. */
void cas__suspend(cas__task *self, int wait) {
    cas__loop *L = &cas__L;
    self->wait = (uint8_t)wait;
    if (wait == CAS__WAIT_BLOCK) {
        cas__fiber_yield(self->fiber);
        self->wait = CAS__WAIT_NONE;
        return;
    }
    cas__step_end(self);
    cas__task *t = run_ready(self);
    if (!t) {
        cas__fiber_yield(self->fiber); /* returns once resumed */
    } else if (t != self) {
        L->fiber_task = t;
        if (cas__fiber_switch(self->fiber, t->fiber) != CAS_OK) {
            L->fiber_task = self;
            L->resume_next = t;
            cas__fiber_yield(self->fiber);
        }
    }
    self->wait = CAS__WAIT_NONE;
}

/*
 * One iteration of the loop on the loop's fiber, as CPython's
 * BaseEventLoop._run_once:
 *
 *  1. If nothing is ready, wait until the earliest deadline (or the end
 *     of a stop's grace period, if sooner): the virtual
 *     clock jumps to it; the real clock lets the host run until then (in a
 *     browser, a JS timer: the page stays live).  With the real clock the
 *     wait stretches to cover the batch of the first timer (see above),
 *     which fires with it: timers a few microseconds apart fire together
 *     in CPython by chance, its selectors rounding every wait up to whole
 *     milliseconds; here the timers that CPython would fire together by
 *     far the most often do so by rule, so the real clock's events are
 *     the virtual clock's.  Other timers fire when due, within the host's
 *     delay, a little sooner than in CPython (0 to 1 ms late there).
 *  2. If something is ready but the loop has not let the host run for
 *     10 ms, give the host one turn, so a page keeps painting even while
 *     tasks spin on sleep(0).  This never happens while tasks are quick.
 *  3. and 4. iteration_open, run_ready.  Tasks that suspend go on with the
 *     iteration on their own stacks, and with the next ones while nothing
 *     above is needed (cas__suspend); control comes back here when it is.
 */
static void run_once(void) {
    cas__loop *L = &cas__L;
    int real = L->clock == CAS_CLOCK_REAL;
    double now = real ? cas__clock_real() : L->vnow; /* one clock read when nothing waits */

    if (L->nready == 0 && L->heap_min) {
        double when = L->heap_min->when;
        if (!real) {
            if (when > L->vnow) {
                cas__host_pace((when - L->vnow) * 1000.0);
                /* A stop that ended the wait comes at the time it came:
                 * the timer waited for has not been reached.  (Cleanup
                 * that sleeps once the stop is noticed jumps as usual.) */
                if (!cas__stop_requested || L->stopping) L->vnow = virtual_past(when);
            }
            now = L->vnow;
        } else {
            when = batch_end(L->heap_min, when + BATCH_LIMIT);
            /* While stopping, cleanup may sleep, but the wait ends when
             * the grace does, for the hard stop. */
            if (L->stopping && L->stop_deadline < when) when = L->stop_deadline;
            if (when > now) cas__host_wait(when);
            now = L->last_host_turn = cas__clock_real();
        }
    } else if (host_turns) {
        double rnow = real ? now : cas__clock_real();
        if (rnow - L->last_host_turn > HOST_TURN_EVERY) {
            cas__host_turn();
            L->last_host_turn = cas__clock_real();
            if (real) now = L->last_host_turn;
        }
    }
    iteration_open(now);
    run_ready(NULL);
}

/* ------------------------------------------------------------------ */
/* Stopping                                                             */
/* ------------------------------------------------------------------ */


/* stop_grace is the shortest grace asked for since the loop last looked
 * (grace_fresh), so two requests between two looks keep the shorter. */
static volatile int grace_fresh;

void cas_request_stop(double grace_seconds) {
    if (!(grace_seconds >= 0)) grace_seconds = 0;
    if (!grace_fresh || grace_seconds < stop_grace) stop_grace = grace_seconds;
    grace_fresh = 1;
    cas__stop_requested = 1;
}

void cas_end_iteration(void) { cas__L.escape = cas__L.in_iteration; cas__L.escaped = 1; }

/* A run or program begins with no stop requested. */
static void stop_reset(void) {
    cas__stop_requested = 0;
    grace_fresh = 0;
    cas__L.stopping = cas__L.hard_stopped = 0;
}

void cas_stop_clear(void) {
    if (!cas__L.running) stop_reset();
}

static void cancel_all(void) {
    /* Creation order, as all_tasks() would give them.  Cancelling can
     * complete nothing inline, so the list is stable while we walk it. */
    cas__queue *q;
    for (q = cas__L.tasks.next; q != &cas__L.tasks; q = q->next)
        cas_cancel(cas__container_of(q, cas_future, all));
}

/* Drops every pending task (a hard stop, or a deadlock that cancelling
 * could not end).  On the loop's fiber only, between iterations: then no
 * task is running, every pending one is suspended at an await, and its
 * frames can go without being unwound.  Dropping a task that runs would
 * free the stack under it. */
static void drop_all(void) {
    cas__loop *L = &cas__L;
    if (L->fiber_task || L->current) return; /* never: see above */
    while (!cas__queue_empty(&L->tasks))
        cas__task_drop((cas__task *)cas__container_of(L->tasks.next, cas_future, all));
}

/* Notices a stop request: cancel every task once.  Callable anywhere,
 * also inside a task (a blocking sleep cut short) or a done callback. */
static void notice_stop(void) {
    cas__loop *L = &cas__L;
    if (!cas__stop_requested) return;
    if (!L->stopping) {
        L->stopping = 1;
        L->stop_deadline = cas__clock_real() + stop_grace;
        grace_fresh = 0;
        emit_simple(CAS_EV_CANCEL, "stop_requested");
        cancel_all();
    } else if (grace_fresh) {
        /* Another request while stopping (Stop pressed again): its grace
         * may end the stop sooner, never later. */
        double deadline = cas__clock_real() + stop_grace;
        grace_fresh = 0;
        if (deadline < L->stop_deadline) L->stop_deadline = deadline;
    }
}

/* Between iterations, on the loop's fiber: notices a stop request, then,
 * after the grace period, drops whatever still runs.  A task that is busy
 * when the grace ends (blocking, or in a long cleanup) is dropped at its
 * next suspension, never while it runs. */
static void check_stop(void) {
    cas__loop *L = &cas__L;
    notice_stop();
    if (L->stopping && !L->hard_stopped && cas__clock_real() >= L->stop_deadline) {
        L->hard_stopped = 1;
        cas__event_error(CAS_ECANCELLED, "stopped: tasks still running after the grace period were dropped");
        drop_all();
    }
}

/* ------------------------------------------------------------------ */
/* cas_run                                                              */
/* ------------------------------------------------------------------ */

static int nothing_can_wake(void) { return cas__L.nready == 0 && !cas__L.heap_min; }

void cas_loop_stop(void) { cas__L.loop_stop = 1; }

/* Runs the loop until f is done (f NULL: never), a hard stop, a deadlock,
 * or cas_loop_stop at the end of an iteration. */
static int run_until_complete(cas_future *f) {
    int rc = CAS_OK;
    cas__L.until = f;
    cas__L.escaped = 0;
    while (!f || f->state == CAS__PENDING) {
        check_stop();
        if (cas__L.hard_stopped) {
            rc = CAS_ECANCELLED;
            break;
        }
        if (nothing_can_wake() && !cas__L.loop_stop) {
            rc = CAS_EDEADLOCK;
            break;
        }
        run_once();
        if (cas__L.loop_stop) {
            cas__L.loop_stop = 0;
            cas__L.until = NULL;
            return f && f->state != CAS__PENDING ? CAS_OK : CAS_ESTOPPED;
        }
    }
    /* CPython stops through a done callback on f (_run_until_complete_cb),
     * which runs in the next iteration and stops the loop at its end: so
     * that iteration runs whole, and what was ready when f completed (a
     * task f created, a getter f's put woke) takes its step.  It never
     * waits: the callback is ready, so the select's timeout is 0.  None
     * when a SystemExit or KeyboardInterrupt escaped (cas_end_iteration). */
    if (rc == CAS_OK && !cas__stop_requested && !cas__L.escaped) {
        iteration_open(cas__L.clock == CAS_CLOCK_REAL ? cas__clock_real() : cas__L.vnow);
        run_ready(NULL);
        cas__L.loop_stop = 0;
    }
    cas__L.until = NULL;
    return rc;
}

/* What every run begins with.  A kept loop (cas_run_kept) goes on from
 * here: its queues, timers, clock and loop object are as its last run
 * left them; a new one has just been opened (loop_open). */
static void loop_resume(void) {
    cas__loop *L = &cas__L;
    L->kept = 0;
    L->current = L->fiber_task = L->resume_next = L->to_enter = NULL;
    L->last_armed = NULL;
    L->until = NULL;
    L->in_iteration = L->escape = 0;
    L->running = 1;
    L->last_host_turn = cas__clock_real();
    host_turns = cas__host_needs_turns();
}

static void loop_open(void) {
    cas__loop *L = &cas__L;
    cas__queue_init(&L->ready);
    cas__queue_init(&L->tasks);
    cas__queue_init(&L->futures);
    if (!L->failed.next) cas__queue_init(&L->failed);
    L->nready = 0;
    L->heap_min = NULL;
    L->heap_n = 0;
    L->iterations = 0;
    loop_resume();
}

/* Empties the heap: the program's timers are dropped, never called, and
 * the tasks' own (asyncio.sleep's) disarmed. */
static void drop_timers(void) {
    while (cas__L.heap_min) {
        cas__timer *t = cas__L.heap_min;
        timer_disarm(t);
        if (cas__handle_is_program(&t->h)) cas__handle_drop(&t->h);
    }
}

/* Discards what is left in the ready queue and the heap.  After the drain
 * in cas_run only foreign handles could remain. */
static void loop_close(void) {
    cas__loop *L = &cas__L;
    while (!cas__queue_empty(&L->ready)) cas__handle_discard(cas__container_of(L->ready.next, cas__handle, node));
    drop_timers();
    /* Failed futures nobody asked: report them now, as the loop closes. */
    while (!cas__queue_empty(&L->failed)) cas__report_unretrieved(cas__container_of(L->failed.next, cas_future, all));
    cas__loop_obj_close();
    L->running = 0;
}

/* _cancel_all_tasks: a task cancelled at the end of the run that raised
 * something else instead is reported (its exception is then retrieved). */
static void report_shutdown_failures(cas_future **to_cancel, size_t n) {
    for (size_t i = 0; i < n; i++) {
        cas_future *f = to_cancel[i];
        if (f->state == CAS__FINISHED && f->exc && !f->exc_retrieved && !cas__exc_is_cancel(f->exc)) {
            f->exc_retrieved = 1;
            if (cas__queue_linked(&f->all)) cas__queue_remove(&f->all);
            cas__report("unhandled exception during asyncio.run() shutdown", f->exc, NULL, f, NULL);
        }
        cas_release(f);
    }
    cas__free(to_cancel);
}

static int main_outcome(cas__task *main) {
    cas_future *f = &main->base;
    if (f->state == CAS__PENDING) return CAS_ECANCELLED;
    if (f->state == CAS__CANCELLED) return CAS_ECANCELLED;
    if (f->exc) {
        f->exc_retrieved = 1;
        if (cas__queue_linked(&f->all)) cas__queue_remove(&f->all);
        cas__set_pending(cas__exc_copy(f->exc));
        return cas__exc_is_cancel(f->exc) ? CAS_ECANCELLED : CAS_EEXCEPTION;
    }
    return CAS_OK;
}


/* The end of asyncio.run (its _cancel_all_tasks): cancel what is left and
 * let its cleanup run, then run the callbacks still queued, then close.
 * 1 when that cleanup called cas_loop_stop (CPython's
 * run_until_complete(gather(...)) there raises "Event loop stopped before
 * Future completed."): the stop is this loop's, never the next run's. */
static int loop_shutdown(void) {
    cas__loop *L = &cas__L;
    cas_future **to_cancel = NULL;
    size_t n_cancel = 0;
    if (!cas__queue_empty(&L->tasks) && !L->hard_stopped) {
        /* to_cancel holds them (the gather of _cancel_all_tasks), to
         * look at their outcome afterwards; without memory for it, a
         * failure is reported as never retrieved instead. */
        size_t n = 0;
        for (cas__queue *q = L->tasks.next; q != &L->tasks; q = q->next) n++;
        to_cancel = cas__malloc(n * sizeof *to_cancel);
        for (cas__queue *q = L->tasks.next; to_cancel && q != &L->tasks; q = q->next)
            to_cancel[n_cancel++] = cas_retain(cas__container_of(q, cas_future, all));
        cancel_all();
        while (!cas__queue_empty(&L->tasks)) {
            check_stop();
            if (L->hard_stopped) break;
            if (nothing_can_wake()) {
                drop_all();
                break;
            }
            run_once();
        }
    }
    /* The callbacks the last of them queued run first (CPython's
     * run_until_complete of their gather runs until the gather's own
     * callback, queued after theirs): a gather of them then has its
     * outcome, the CancelledError, and is not cancelled below. */
    for (int i = 0; i < 64 && L->nready && !L->hard_stopped; i++) run_once();
    /* Pending futures can never complete once the loop is gone: cancel
     * them, so whatever waits on them is released. */
    while (!cas__queue_empty(&L->futures)) {
        cas_future *f = cas__container_of(L->futures.next, cas_future, all);
        f->swept = 1;
        cas__future_complete(f, CAS__CANCELLED, NULL, NULL);
    }
    for (int i = 0; i < 64 && L->nready; i++) run_once();
    if (L->hard_stopped) drop_all();
    report_shutdown_failures(to_cancel, n_cancel);
    int stopped = L->loop_stop;
    L->loop_stop = 0;
    return stopped;
}

static void set_stopped_error(void) {
    cas__set_pending(cas__exc_new("RuntimeError", "Event loop stopped before Future completed."));
}

/* A run's own event stream, outside cas_main: opened as it starts, ended
 * with its outcome.  A kept loop's clock goes on across its streams. */
static void stream_begin(void) {
    double vnow = cas__L.vnow;
    stop_reset();
    cas__stream_close();
    cas__stream_open();
    if (cas__L.kept) cas__L.vnow = vnow;
}
static void stream_end(int status, cas_future *mf) {
    cas__exc *exc = NULL;
    if (status != CAS_OK && status != CAS_ECANCELLED) exc = cas__exc_copy(*cas__pending_slot());
    if (!exc && status != CAS_OK && status != CAS_ECANCELLED) exc = cas__exc_from_code(status);
    cas__event_end(status == CAS_OK ? CAS_OK : status == CAS_ECANCELLED ? CAS_ECANCELLED : CAS_EEXCEPTION,
                   mf ? &mf->result : NULL, exc);
    cas__exc_free(exc);
    cas__temps_free(&cas__L.temps);
}

/* A run begins: its own event stream outside cas_main (returns whether
 * it has one), its loop opened, or the kept one resumed. */
static int run_begin(void) {
    int own_stream = !cas__L.in_main;
    if (own_stream) stream_begin();
    if (cas__L.kept) loop_resume();
    else loop_open();
    emit_simple(CAS_EV_LOOP, "run_started");
    return own_stream;
}

/* A run ends: its loop kept for the next run, or closed. */
static void run_end(int keep) {
    emit_simple(CAS_EV_LOOP, "run_finished");
    if (keep) {
        cas__L.running = 0;
        cas__L.kept = 1;
    } else {
        loop_close();
    }
}

/* cas_run_as: cas_run_named, or with CAS_RUN_KEEP cas_run_kept (the loop's end left out). */
static int loop_run(cas_body body, void *arg, cas_task **main_task, const char *name, const char *coro, unsigned flags) {
    int keep = (flags & CAS_RUN_KEEP) != 0;
    cas__loop *L = &cas__L;
    if (main_task) *main_task = NULL;
    if (!body) return CAS_EINVAL;
    if (L->running) return CAS_ERUNNING;
    if (L->kept && !keep) return CAS_EMISUSE;
    int own_stream = run_begin();

    int rc;
    cas_future *mf = cas__task_new(body, arg, 0, name, coro, (flags & CAS_RUN_UNSEEN) != 0);
    cas__task *main = (cas__task *)mf;
    if (!mf) {
        rc = CAS_ENOMEM;
        cas__event_error(CAS_ENOMEM, "out of memory: cannot create the main task");
    } else {
        main->is_main = 1;
        rc = run_until_complete(mf);
        if (rc == CAS_EDEADLOCK) {
            cas__event_error(CAS_EDEADLOCK, "deadlock: every task waits for something that nothing can complete; "
                                            "the waiting tasks are cancelled");
            cancel_all();
            /* Their cancellation unblocks them; each is one more step. */
            int r2 = run_until_complete(mf);
            if (r2 != CAS_OK) drop_all();
        }
    }
    /* A run stopped (Stop, Ctrl-C) ends its loop whatever keep says. */
    keep = keep && !L->hard_stopped && !cas__stop_requested;
    int stopped = !keep && loop_shutdown();

    int status = rc;
    if (rc == CAS_ESTOPPED) {
        if (!keep) set_stopped_error();
    } else if (mf) {
        status = main_outcome(main);
        if (rc == CAS_EDEADLOCK) {
            status = CAS_EDEADLOCK;
            cas__set_pending(cas__exc_new("RuntimeError", cas_strerror(CAS_EDEADLOCK)));
        }
    }
    /* stopped in the shutdown: its RuntimeError, unless main's own outcome goes out */
    if (stopped && status == CAS_OK) {
        status = CAS_ESTOPPED;
        set_stopped_error();
    }
    run_end(keep);
    if (own_stream) stream_end(status, mf);
    if (mf) {
        if (main_task)
            *main_task = mf;
        else
            cas_release(mf);
    }
    return status;
}

int cas_run(cas_body body, void *arg, cas_task **main_task) { return loop_run(body, arg, main_task, NULL, NULL, 0); }

int cas_run_named(cas_body body, void *arg, cas_task **main_task, const char *coro) {
    return loop_run(body, arg, main_task, NULL, coro, 0);
}

int cas_run_kept(cas_body body, void *arg, cas_task **main_task, const char *coro) {
    return loop_run(body, arg, main_task, NULL, coro, CAS_RUN_KEEP);
}

int cas_run_as(cas_body body, void *arg, cas_task **main_task, const char *name, const char *coro, unsigned flags) {
    if (flags & ~(CAS_RUN_KEEP | CAS_RUN_UNSEEN)) return CAS_EINVAL;
    return loop_run(body, arg, main_task, name, coro, flags);
}

int cas_run_kept_until(cas_future *f) {
    cas__loop *L = &cas__L;
    if (L->running) return CAS_ERUNNING;
    if (f && !L->kept) return CAS_EMISUSE;
    int own_stream = run_begin();
    int rc = !f || f->state == CAS__PENDING ? run_until_complete(f) : CAS_OK;
    if (!f && rc == CAS_ESTOPPED) rc = CAS_OK;
    int keep = !L->hard_stopped && !cas__stop_requested;
    if (!keep) (void)loop_shutdown(); /* a hard stop: its own outcome */
    run_end(keep);
    if (own_stream) stream_end(rc == CAS_EDEADLOCK ? CAS_OK : rc, NULL);
    return rc;
}

int cas_drop_kept(void) {
    cas__loop *L = &cas__L;
    if (L->running) return CAS_ERUNNING;
    if (!L->kept) return CAS_OK;
    loop_resume();
    drop_all();
    loop_close();
    return CAS_OK;
}

int cas_shutdown_kept(void) {
    cas__loop *L = &cas__L;
    if (L->running) return CAS_ERUNNING;
    if (!L->kept) return CAS_OK;
    int own_stream = run_begin();
    int rc = loop_shutdown() ? CAS_ESTOPPED : CAS_OK;
    if (rc) set_stopped_error();
    run_end(0);
    if (own_stream) stream_end(rc, NULL);
    return rc;
}

int cas_close_kept(void) {
    cas__loop *L = &cas__L;
    if (L->running) return CAS_ERUNNING;
    if (!L->kept) return CAS_OK;
    drop_timers();
    return CAS_OK;
}

int cas_loop_kept(void) { return cas__L.kept; }

int cas_main(cas_body program, void *arg) {
    cas__loop *L = &cas__L;
    if (!program) return CAS_EINVAL;
    if (L->running || L->in_main) return CAS_ERUNNING;
    stop_reset();
    cas__stream_close();
    cas__stream_open();
    L->in_main = 1;
    cas_value result = cas_none();
    int rc = program(arg, &result);
    if (L->kept) { /* a loop the program kept and never ended: as asyncio.run ends one */
        cas__exc *saved = *cas__pending_slot();
        *cas__pending_slot() = NULL;
        cas_shutdown_kept();
        cas__exc_free(*cas__pending_slot());
        *cas__pending_slot() = saved;
    }
    cas__exc *exc = NULL;
    if (rc != CAS_OK) {
        exc = *cas__pending_slot();
        *cas__pending_slot() = NULL;
        if (!exc && rc != CAS_ECANCELLED) exc = cas__exc_from_code(rc);
        if (exc && cas__exc_is_cancel(exc)) rc = CAS_ECANCELLED;
    }
    L->in_main = 0;
    if (rc != CAS_OK && rc != CAS_ECANCELLED) {
        /* An exception nobody caught: Python prints its traceback. */
        char *msg = exc ? cas__format("%s: %s", exc->type, exc->message) : NULL;
        cas__event_error(rc == CAS_EEXCEPTION ? CAS_EEXCEPTION : rc, msg ? msg : cas_strerror(rc));
        cas__free(msg);
    }
    cas__event_end(rc == CAS_OK ? CAS_OK : rc == CAS_ECANCELLED ? CAS_ECANCELLED : CAS_EEXCEPTION, &result, exc);
    cas__exc_free(exc);
    cas__temps_free(&L->temps);
    cas_exc_clear();
    return rc;
}

int cas_exit_status(int rc) {
    if (rc >= 0) return 0;
    cas__exc *e = *cas__pending_slot();
    *cas__pending_slot() = NULL;
    if (!e) e = cas__exc_from_code(rc);
    /* The last line of Python's traceback (C has no frames to show). */
    char *msg = e ? (*e->message ? cas__format("%s: %s", e->type, e->message) : cas__format("%s", e->type)) : NULL;
    if (!cas__wants(CAS_EV_END)) {
        /* No event handler: the terminal is the audience.  (With one, the
         * run's "end" event already carried the error.) */
        fflush(stdout);
        fprintf(stderr, "%s\n", msg ? msg : cas_strerror(rc));
        fflush(stderr);
    }
    cas__free(msg);
    cas__exc_free(e);
    return 1;
}

/* ------------------------------------------------------------------ */
/* time.sleep                                                           */
/* ------------------------------------------------------------------ */

static int blocking_sleep(double seconds, int inline_only) {
    if (isnan(seconds) || seconds < 0) return CAS_EINVAL;
    cas__task *t = inline_only ? NULL : cas__L.current;
    if (cas__wants(CAS_EV_LOOP)) {
        cJSON *ev = cas__event_new("loop_blocked");
        if (ev) {
            cas__json_add_task(ev, "task", t);
            cJSON_AddNumberToObject(ev, "ms", round(seconds * 1e6) / 1e3);
            cas__event_emit(ev);
        }
    }
    if (cas__L.clock == CAS_CLOCK_VIRTUAL) {
        if (t) {
            /* Paced by the host (a page's speed or Step) on the loop's side. */
            cas__block_until(t) = -seconds;
            cas__suspend(t, CAS__WAIT_BLOCK);
        } else if (!inline_only) {
            cas__host_pace(seconds * 1000.0);
        }
        if (seconds > 0) cas__L.vnow = virtual_past(virtual_after(cas__L.vnow, seconds));
    } else if (t) {
        /* The wait happens on the loop's side (loop_enter in future.c), so that
         * only the loop ever waits for the host. */
        cas__block_until(t) = cas__clock_real() + seconds;
        cas__suspend(t, CAS__WAIT_BLOCK);
    } else if (!inline_only) {
        double until = cas__clock_real() + seconds;
        while (cas__clock_real() < until && !cas__stop_requested) cas__host_wait(until);
    } else {
        double until = cas__clock_real() + seconds;
        while (cas__clock_real() < until && !cas__stop_requested) {}
    }
    if (cas__wants(CAS_EV_LOOP)) {
        cJSON *ev = cas__event_new("loop_unblocked");
        if (ev) {
            cas__json_add_task(ev, "task", t);
            cas__event_emit(ev);
        }
    }
    if (cas__stop_requested) {
        if (cas__L.running) notice_stop(); /* the loop drops what must go, once this task suspends */
        cas__set_pending(cas__exc_new("CancelledError", ""));
        return CAS_ECANCELLED;
    }
    return CAS_OK;
}

int cas_blocking_sleep(double seconds) { return blocking_sleep(seconds, 0); }
int cas_blocking_sleep_inline(double seconds) { return blocking_sleep(seconds, 1); }

/* ------------------------------------------------------------------ */
/* print and accounting                                                 */
/* ------------------------------------------------------------------ */

int cas_print(const char *fmt, ...) {
    if (!fmt) return CAS_EINVAL;
    if (!cas__wants(CAS_EV_PRINT)) return CAS_OK;
    va_list ap;
    va_start(ap, fmt);
    char *text = cas__vformat(fmt, ap);
    va_end(ap);
    if (!text) return CAS_ENOMEM;
    cJSON *ev = cas__event_new("print");
    int rc = CAS_ENOMEM;
    if (ev) {
        cJSON_AddStringToObject(ev, "text", text);
        cas__json_add_task(ev, "task", cas__L.current);
        cas__event_emit(ev);
        rc = CAS_OK;
    }
    cas__free(text);
    return rc;
}

void cas_get_stats(cas_stats *out) {
    if (!out) return;
    out->tasks = cas__live_tasks;
    out->futures = cas__live_futures;
    out->timers = cas__L.heap_n;
    out->allocations = cas__live_allocations;
    out->stack_bytes = cas__fiber_stack_bytes();
}

void cas_trim(void) {
    if (cas__L.running) return;
    cas__fiber_trim();
}
