/*
 * fuzz_sync.c -- a fuzz target for the locks and queues: its bytes are a
 * script of operations on one Lock, one Semaphore, one Event, one
 * Condition, one Barrier and a Queue, a LifoQueue and a PriorityQueue, run by tasks the
 * script spawns and cancels, on the virtual clock under ASan and UBSan.
 *
 * A shadow model follows each queue (what a FIFO, LIFO or min-heap would
 * hold), updated as each put or get returns, so these must hold:
 *   - no item is lost or duplicated: every get returns what the model
 *     says comes next, and at the end the queue holds what the model holds;
 *   - waiters are served first come, first served: the Lock and the
 *     Semaphore are acquired in the order their acquirers arrived (a task
 *     cancelled while waiting drops out, and never takes a turn);
 *   - the Lock has at most one holder, the Semaphore at most its value,
 *     and the Condition's counter never goes below zero;
 *   - an Event waiter returns 0 only if the event was set since it began;
 *   - task_done succeeds exactly while items are unfinished;
 *   - a Barrier hands out indexes in range, none while it is broken, and
 *     is broken exactly after an abort;
 *   - seq has no gaps, one end event; nothing is left alive.
 * Built twice, as fuzz_scheduler.c is: with libFuzzer (make fuzz) and as a
 * replayer of tests/fuzz/corpus/sync/ (make test-c).
 */
#include "casyncio.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_TASKS 32
#define MAX_ITEMS 1024
#define SEM_VALUE 2

#define CHECK(cond)                                                                   \
    do {                                                                              \
        if (!(cond)) {                                                                \
            fprintf(stderr, "%s:%d: invariant broken: %s\n", __FILE__, __LINE__, #cond); \
            abort();                                                                  \
        }                                                                             \
    } while (0)

typedef struct script {
    const uint8_t *p;
    size_t n, i;
} script;

static int next(script *s) { return s->i < s->n ? s->p[s->i++] : -1; }
static int param(script *s) {
    int b = next(s);
    return b < 0 ? 0 : b;
}

/* ---- the objects and their models ------------------------------------------ */

static cas_lock *lock;
static cas_semaphore *sem;
static cas_event *event;
static cas_condition *cond;
static cas_barrier *barrier;
#define PARTIES 3
static cas_queue *queues[3]; /* FIFO, LIFO, priority */

static uint64_t lock_arrivals, lock_last_served;
static int lock_holders;
static uint64_t sem_arrivals, sem_last_served;
static int sem_holders;
static uint64_t event_sets;
static int cond_counter;
static int barrier_aborted; /* abort() was the last of abort and reset */

/* What each queue holds, in the model: FIFO from head, LIFO from the end,
 * priority as a plain array searched for its minimum. */
typedef struct model {
    int64_t items[MAX_ITEMS];
    size_t head, n;
    int64_t unfinished;
} model;
static model models[3];
static int64_t next_item;

static void model_put(int k, int64_t v) {
    model *m = &models[k];
    CHECK(m->head + m->n < sizeof m->items / sizeof m->items[0]);
    m->items[m->head + m->n++] = v;
    m->unfinished++;
}

static int64_t model_get(int k) {
    model *m = &models[k];
    CHECK(m->n > 0);
    if (k == 0) {
        m->n--;
        return m->items[m->head++];
    }
    if (k == 1) return m->items[m->head + --m->n];
    size_t min = 0;
    for (size_t i = 1; i < m->n; i++)
        if (m->items[m->head + i] < m->items[m->head + min]) min = i;
    int64_t v = m->items[m->head + min];
    m->items[m->head + min] = m->items[m->head + --m->n];
    return v;
}

/* A get's item must be the model's next. */
static void got(int k, cas_value *v) {
    CHECK(v->kind == CAS_INT);
    CHECK(v->as.i == model_get(k));
    cas_value_free(v);
}

/* ---- the tasks ------------------------------------------------------------- */

typedef struct job {
    int kind;  /* what the task does */
    int q;     /* which queue */
    int count; /* how many items */
    int delay; /* hundredths of a second */
    int64_t base;
} job;

enum { LOCK_USER, SEM_USER, EVENT_WAITER, PRODUCER, CONSUMER, COND_CONSUMER, COND_PRODUCER, JOINER, PARTY };

static cas_task *tasks[MAX_TASKS];
static int ntasks;

static int cond_positive(void *ud) {
    (void)ud;
    return cond_counter > 0;
}

static int body(void *arg, cas_value *r) {
    job *j = arg;
    int rc = 0;
    (void)r;
    switch (j->kind) {
    case LOCK_USER: {
        uint64_t ticket = ++lock_arrivals;
        if ((rc = cas_lock_acquire(lock))) return rc;
        CHECK(ticket > lock_last_served);
        lock_last_served = ticket;
        CHECK(++lock_holders == 1);
        rc = cas_sleep(j->delay * 0.01);
        lock_holders--;
        CHECK(cas_lock_release(lock) == 0);
        return rc;
    }
    case SEM_USER: {
        uint64_t ticket = ++sem_arrivals;
        if ((rc = cas_semaphore_acquire(sem))) return rc;
        CHECK(ticket > sem_last_served);
        sem_last_served = ticket;
        CHECK(++sem_holders <= SEM_VALUE);
        rc = cas_sleep(j->delay * 0.01);
        sem_holders--;
        CHECK(cas_semaphore_release(sem) == 0);
        return rc;
    }
    case EVENT_WAITER: {
        uint64_t sets = event_sets;
        int was_set = cas_event_is_set(event);
        rc = cas_event_wait(event);
        if (rc == 0) CHECK(was_set || event_sets > sets);
        return rc;
    }
    case PRODUCER:
        for (int i = 0; i < j->count; i++) {
            int64_t v = j->q == 2 ? (j->base * 7 + i * 13) % 50 : next_item++;
            if ((rc = cas_queue_put(queues[j->q], cas_int(v)))) return rc;
            model_put(j->q, v);
        }
        return 0;
    case CONSUMER:
        for (int i = 0; i < j->count; i++) {
            cas_value v;
            if ((rc = cas_queue_get(queues[j->q], &v))) return rc;
            got(j->q, &v);
            if (j->delay && (rc = cas_sleep(j->delay * 0.01))) return rc;
        }
        return 0;
    case COND_CONSUMER:
        if ((rc = cas_condition_acquire(cond))) return rc;
        rc = cas_condition_wait_for(cond, cond_positive, NULL);
        CHECK(cas_condition_locked(cond));
        if (rc == 0) CHECK(--cond_counter >= 0);
        cas_condition_release(cond);
        return rc;
    case COND_PRODUCER:
        if ((rc = cas_condition_acquire(cond))) return rc;
        cond_counter++;
        CHECK(cas_condition_notify(cond, 1 + j->count % 3) == 0);
        cas_condition_release(cond);
        return 0;
    case PARTY: {
        int i = cas_barrier_wait(barrier);
        if (i >= 0) {
            /* A pass: its index is in range, and the barrier was not
             * broken (an abort breaks it until a reset). */
            CHECK(i < PARTIES);
            CHECK(!barrier_aborted);
            return 0;
        }
        if (i == CAS_EEXCEPTION) {
            CHECK(strcmp(cas_exc_type(), "BrokenBarrierError") == 0);
            cas_exc_clear();
            return 0;
        }
        return i;
    }
    default: /* JOINER */
        return cas_queue_join(queues[j->q]);
    }
}

static void spawn(job j) {
    if (ntasks >= MAX_TASKS) return;
    tasks[ntasks] = cas_create_task(body, &j, sizeof j);
    if (tasks[ntasks]) ntasks++;
}

static int main_body(void *arg, cas_value *result) {
    script *s = arg;
    int op;
    (void)result;
    while ((op = next(s)) >= 0) {
        int rc = 0, a = param(s), k = a % 3;
        cas_value v;
        switch (op % 15) {
        case 0: spawn((job){LOCK_USER, 0, 0, a % 16, 0}); break;
        case 1: spawn((job){SEM_USER, 0, 0, a % 16, 0}); break;
        case 2: spawn((job){EVENT_WAITER, 0, 0, 0, 0}); break;
        case 3:
            if (a & 1) {
                if (!cas_event_is_set(event)) event_sets++;
                cas_event_set(event);
            } else {
                cas_event_clear(event);
            }
            break;
        case 4: spawn((job){PRODUCER, k, 1 + a / 3 % 6, 0, a}); break;
        case 5: spawn((job){CONSUMER, k, 1 + a / 3 % 6, a / 18 % 4, 0}); break;
        case 6: { /* put_nowait */
            int64_t item = k == 2 ? a % 50 : next_item++;
            int was_full = cas_queue_full(queues[k]);
            rc = cas_queue_put_nowait(queues[k], cas_int(item));
            if (!was_full) {
                CHECK(rc == 0);
                model_put(k, item);
            } else {
                CHECK(rc == CAS_EEXCEPTION && strcmp(cas_exc_type(), "QueueFull") == 0);
            }
            cas_exc_clear();
            rc = 0;
            break;
        }
        case 7: /* get_nowait */
            rc = cas_queue_get_nowait(queues[k], &v);
            if (rc == 0) got(k, &v);
            else CHECK(rc == CAS_EEXCEPTION && models[k].n == 0 && strcmp(cas_exc_type(), "QueueEmpty") == 0);
            cas_exc_clear();
            rc = 0;
            break;
        case 8: /* task_done */
            rc = cas_queue_task_done(queues[k]);
            CHECK((rc == 0) == (models[k].unfinished > 0));
            if (rc == 0) models[k].unfinished--;
            cas_exc_clear();
            rc = 0;
            break;
        case 9: /* cancel */
            if (ntasks) cas_cancel(tasks[a % ntasks]);
            break;
        case 10: rc = cas_sleep((a % 8) * 0.01); break;
        case 11: spawn((job){a & 1 ? COND_PRODUCER : COND_CONSUMER, 0, a / 2, 0, 0}); break;
        case 12: spawn((job){JOINER, k, 0, 0, 0}); break;
        case 13: spawn((job){PARTY, 0, 0, 0, 0}); break;
        default: /* reset or abort the barrier: both await its lock */
            rc = a & 1 ? cas_barrier_abort(barrier) : cas_barrier_reset(barrier);
            if (rc == 0) {
                CHECK(cas_barrier_broken(barrier) == (a & 1));
                barrier_aborted = a & 1;
            }
            break;
        }
        if (rc) return rc; /* cancelled (a stop) */
    }
    return 0;
}

static uint64_t seq;
static int ends;

static void on_event(const char *json, size_t len, void *ud) {
    (void)ud;
    (void)len;
    const char *p = strstr(json, "\"seq\":");
    CHECK(p);
    CHECK(strtoull(p + 6, NULL, 10) == seq + 1);
    seq++;
    CHECK(ends == 0);
    if (strstr(json, "\"type\":\"end\"")) ends++;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    script s = {data, size, 0};
    int maxsize = size ? data[0] % 4 : 0; /* 0: no limit */
    if (size) s.i = 1;
    memset(tasks, 0, sizeof tasks);
    memset(models, 0, sizeof models);
    ntasks = 0;
    lock_arrivals = lock_last_served = sem_arrivals = sem_last_served = event_sets = 0;
    lock_holders = sem_holders = cond_counter = 0;
    next_item = 0;
    seq = 0;
    ends = 0;
    lock = cas_lock_new();
    sem = cas_semaphore_new(SEM_VALUE);
    event = cas_event_new();
    cond = cas_condition_new(NULL);
    barrier = cas_barrier_new(PARTIES);
    barrier_aborted = 0;
    queues[0] = cas_queue_new(maxsize);
    queues[1] = cas_lifo_queue_new(maxsize);
    queues[2] = cas_priority_queue_new(maxsize);
    CHECK(lock && sem && event && cond && barrier && queues[0] && queues[1] && queues[2]);
    cas_set_clock(CAS_CLOCK_VIRTUAL);
    cas_set_event_handler(on_event, NULL, CAS_EV_ALL);
    cas_run(main_body, &s, NULL);
    CHECK(ends == 1);
    CHECK(lock_holders == 0 && sem_holders == 0 && !cas_lock_locked(lock) && !cas_semaphore_locked(sem));
    /* No item lost: what is left is what the model holds, in its order. */
    for (int k = 0; k < 3; k++) {
        CHECK(cas_queue_qsize(queues[k]) == (int64_t)models[k].n);
        cas_value v;
        while (cas_queue_get_nowait(queues[k], &v) == 0) got(k, &v);
        cas_exc_clear();
        CHECK(models[k].n == 0);
    }
    for (int i = 0; i < ntasks; i++) cas_release(tasks[i]);
    CHECK(cas_lock_free(lock) == 0 && cas_semaphore_free(sem) == 0 && cas_event_free(event) == 0);
    CHECK(cas_condition_free(cond) == 0 && cas_barrier_free(barrier) == 0);
    for (int k = 0; k < 3; k++) CHECK(cas_queue_free(queues[k]) == 0);
    cas_exc_clear();
    cas_set_event_handler(NULL, NULL, 0);
    cas_trim();
    cas_stats st;
    cas_get_stats(&st);
    CHECK(st.tasks == 0 && st.futures == 0 && st.timers == 0 && st.allocations == 0);
    return 0;
}
