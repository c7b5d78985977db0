/*
 * fuzz_scheduler.c -- a fuzz target whose bytes are a script of runtime
 * operations, run on the native build under ASan and UBSan.
 *
 * The main task reads one operation per byte (plus operands): create a
 * child, sleep, cancel, await, gather, as_completed, add or remove a done
 * callback, yield (bytes below 240); request a stop (grace 0, or a long one
 * that a later request may cut short, so the grace ends at any point),
 * block (time.sleep), await any task by index, newer ones and itself
 * included, or add a done callback that stops or blocks (240 and up).
 * Children sleep, fail, spin on sleep(0), await an older child, await any
 * task (rings of awaits and self-awaits occur), block, clean up at length
 * when cancelled (blocking and awaiting in their cleanup), or request a
 * stop.  After every input these must hold:
 *   - every done callback registered (and not removed) on a future that
 *     completed ran exactly once (at most once after a hard stop, which
 *     discards them), and never inline (no task was running);
 *   - gather's results come in argument order; an await gives its task's
 *     result, or an exception; a task awaiting itself gets RuntimeError;
 *   - cas_run returns one of its documented codes, and EDEADLOCK only with
 *     its error event; every task is done when it returns;
 *   - seq has no gaps and there is exactly one end event;
 *   - no task, future, timer or allocation is left (and LeakSanitizer
 *     finds nothing), once the harness has released what a dropped main
 *     task held.  (ASan checks that no running task is ever freed.)
 * Built twice: with libFuzzer (make fuzz) and as a replayer that runs every
 * file under tests/fuzz/corpus/ (part of make test-c), so each input that
 * once crashed stays a regression test.
 */
#include "casyncio.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_TASKS 24
#define MAX_CBS 64

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

typedef struct child {
    int id;
    int kind;  /* 0 sleep+return, 1 sleep+fail, 2 spin, 3 await older, 4 await any,
                  5 block, 6 long cleanup, 7 request a stop */
    int param;
} child;

static cas_task *tasks[MAX_TASKS];
static int ntasks;

/* What main holds across an await: released by the harness if a hard stop
 * dropped main (its frame never runs again). */
static cas_future *held_gather;
static cas_as_completed_iter *held_iter;

static void check_await_rc(int rc) { CHECK(rc == 0 || rc == CAS_EEXCEPTION || rc == CAS_ECANCELLED); }

/* await tasks[j] (j may be newer than the caller, or the caller itself). */
static int await_index(int j) {
    if (j < 0 || j >= ntasks || !tasks[j]) return 0;
    cas_value v;
    int rc = cas_await(tasks[j], &v);
    check_await_rc(rc);
    if (tasks[j] == cas_current_task()) {
        CHECK(rc != 0);
        if (rc == CAS_EEXCEPTION) CHECK(strcmp(cas_exc_type(), "RuntimeError") == 0);
    }
    if (rc == 0) CHECK(v.kind == CAS_INT && v.as.i == j);
    return rc;
}

typedef struct cb_rec {
    cas_future *f; /* borrowed: only compared */
    int calls;
    int removed;
    int task;      /* index in tasks[] */
} cb_rec;
static cb_rec cbs[MAX_CBS];
static int ncbs;

static void on_done(cas_future *f, void *ud) {
    cb_rec *c = ud;
    CHECK(cas_current_task() == NULL); /* never inline: the loop runs it */
    CHECK(c->f == f);
    CHECK(cas_done(f));
    c->calls++;
}

static int child_body(void *arg, cas_value *r) {
    child *c = arg;
    int rc = 0;
    switch (c->kind) {
    case 0:
        rc = cas_sleep(c->param * 0.01);
        if (rc) return rc;
        *r = cas_int(c->id);
        return 0;
    case 1:
        rc = cas_sleep(c->param * 0.01);
        if (rc) return rc;
        return cas_raise("ValueError", "child %d", c->id);
    case 2:
        for (int i = 0; i < c->param % 8; i++)
            if ((rc = cas_sleep(0))) return rc;
        *r = cas_int(c->id);
        return 0;
    case 3: {
        /* Await an older child: no cycles. */
        if (c->param < c->id && tasks[c->param]) {
            cas_value v;
            rc = cas_await(tasks[c->param], &v);
            if (rc) return rc;
        }
        *r = cas_int(c->id);
        return 0;
    }
    case 4: /* await any task: newer ones, itself, rings */
        if (c->param % MAX_TASKS >= ntasks && (rc = cas_sleep(0))) return rc;
        rc = await_index(c->param % MAX_TASKS);
        if (rc) return rc;
        *r = cas_int(c->id);
        return 0;
    case 5: /* time.sleep, then an await */
        if ((rc = cas_blocking_sleep((c->param % 4) * 0.01))) return rc;
        if ((rc = cas_sleep(0.01))) return rc;
        *r = cas_int(c->id);
        return 0;
    case 6: /* cleanup that blocks and awaits when cancelled */
        rc = cas_sleep(c->param * 0.01);
        if (rc) {
            cas_exc_clear();
            cas_blocking_sleep(0.02);
            for (int i = 0; i < 3; i++) {
                cas_sleep(0);
                cas_exc_clear();
            }
            return rc;
        }
        *r = cas_int(c->id);
        return 0;
    default: /* 7: a stop requested from a task */
        if ((rc = cas_sleep((c->param % 4) * 0.01))) return rc;
        cas_request_stop((c->param & 4) ? 0 : 1000);
        if ((rc = cas_sleep(0))) return rc;
        *r = cas_int(c->id);
        return 0;
    }
}

/* A done callback that stops, blocks, or both: it may run on the stack of
 * a task that has just suspended. */
static void stops_or_blocks(cas_future *f, void *ud) {
    int how = (int)(intptr_t)ud;
    CHECK(cas_current_task() == NULL);
    if (how & 1) cas_request_stop((how & 4) ? 1000 : 0);
    if (how & 2) cas_blocking_sleep(0.01);
}

static int pick(script *s) {
    int b = next(s);
    if (b < 0 || ntasks == 0) return -1;
    return b % ntasks;
}

static int main_cancelled; /* a stop or a deadlock has cancelled every task */

static int main_body(void *arg, cas_value *result) {
    script *s = arg;
    int op, ignores_cancel = 0;
    while ((op = next(s)) >= 0) {
        int rc = 0, i;
        if (op >= 240) {
            int b = next(s);
            switch ((op - 240) % 4) {
            case 0: /* request a stop; main may go on regardless */
                cas_request_stop(b >= 0 && (b & 1) ? 1000 : 0);
                ignores_cancel = b >= 0 && (b & 2);
                break;
            case 1: /* time.sleep */
                rc = cas_blocking_sleep((b < 0 ? 0 : b % 8) * 0.01);
                break;
            case 2: /* await any task, newer ones and itself included */
                if (b == 255) {
                    rc = cas_await(cas_current_task(), NULL);
                    CHECK(rc == CAS_EEXCEPTION || rc == CAS_ECANCELLED);
                    if (rc == CAS_EEXCEPTION) {
                        CHECK(strcmp(cas_exc_type(), "RuntimeError") == 0);
                        rc = 0;
                    }
                } else if (b >= 0) {
                    rc = await_index(b % MAX_TASKS);
                    if (rc == CAS_EEXCEPTION || (rc == CAS_ECANCELLED && !cas_cancelled(cas_current_task()))) rc = 0;
                }
                cas_exc_clear();
                break;
            default: /* a done callback that stops or blocks */
                if (b >= 0 && ntasks) cas_add_done_callback(tasks[b % ntasks], stops_or_blocks, (void *)(intptr_t)(b >> 4));
                break;
            }
            if (rc && ignores_cancel) {
                cas_exc_clear();
                rc = 0;
            }
            if (rc) return rc;
            continue;
        }
        switch (op % 10) {
        case 0: { /* create */
            if (ntasks >= MAX_TASKS) break;
            int k = next(s), p = next(s);
            child c = {ntasks, k < 0 ? 0 : k % 8, p < 0 ? 0 : p % 64};
            tasks[ntasks] = cas_create_task(child_body, &c, sizeof c);
            if (tasks[ntasks]) ntasks++;
            break;
        }
        case 1: { /* sleep */
            int p = next(s);
            rc = cas_sleep((p < 0 ? 0 : p % 32) * 0.01);
            break;
        }
        case 2: /* cancel */
            if ((i = pick(s)) >= 0) {
                int was_done = cas_done(tasks[i]);
                int r = cas_cancel(tasks[i]);
                CHECK(r == (was_done ? 0 : 1));
            }
            break;
        case 3: /* await */
            if ((i = pick(s)) >= 0) {
                cas_value v;
                rc = cas_await(tasks[i], &v);
                if (rc == 0) CHECK(v.kind == CAS_INT && v.as.i == i);
                if (rc == CAS_EEXCEPTION || (rc == CAS_ECANCELLED && cas_cancelled(tasks[i]))) rc = 0;
                cas_exc_clear();
            }
            break;
        case 4:   /* gather */
        case 5: { /* as_completed */
            int mask = next(s), mode = next(s);
            if (mask < 0 || ntasks == 0) break;
            cas_future *sel[8];
            int ids[8], n = 0;
            for (int b = 0; b < 8; b++)
                if (mask & (1 << b)) {
                    ids[n] = b % ntasks;
                    sel[n] = tasks[ids[n]];
                    n++;
                }
            if (op % 10 == 4) {
                cas_future *g = cas_gather(sel, (size_t)n, mode & 1);
                if (!g) break;
                cas_value list;
                held_gather = g;
                rc = cas_await(g, &list);
                if (rc == 0) {
                    CHECK(list.kind == CAS_LIST && list.as.list.n == (size_t)n);
                    for (int k = 0; k < n; k++) {
                        const cas_value *it = &list.as.list.items[k];
                        CHECK(it->kind == CAS_EXC || (it->kind == CAS_INT && it->as.i == ids[k]));
                    }
                } else if (rc == CAS_EEXCEPTION || (rc == CAS_ECANCELLED && !cas_cancelled(cas_current_task()))) {
                    rc = 0;
                }
                cas_exc_clear();
                held_gather = NULL;
                cas_release(g);
            } else {
                double timeout = (mode & 1) ? (mode % 16) * 0.01 : -1;
                cas_as_completed_iter *it = cas_as_completed(sel, (size_t)n, timeout);
                if (!it) break;
                held_iter = it;
                cas_value v;
                int got = 0;
                while ((rc = cas_as_completed_next(it, &v)) != CAS_EDONE) {
                    got++;
                    /* Main itself is cancelled only by a stop or a deadlock:
                     * then this ECANCELLED may be its own, not a result. */
                    if (rc == CAS_ECANCELLED && (main_cancelled || cas_cancelled(cas_current_task()))) break;
                    cas_exc_clear();
                    rc = 0;
                    CHECK(got <= n);
                }
                if (rc == CAS_EDONE) rc = 0;
                held_iter = NULL;
                cas_as_completed_free(it);
            }
            break;
        }
        case 6: /* add a done callback */
            if ((i = pick(s)) >= 0 && ncbs < MAX_CBS) {
                cb_rec *c = &cbs[ncbs];
                c->f = tasks[i];
                c->task = i;
                if (cas_add_done_callback(tasks[i], on_done, c) == 0) ncbs++;
            }
            break;
        case 7: /* remove one */
            if (ncbs) {
                int k = next(s);
                cb_rec *c = &cbs[(k < 0 ? 0 : k) % ncbs];
                if (!c->removed && !cas_done(c->f) && c->calls == 0) {
                    CHECK(cas_remove_done_callback(c->f, on_done, c) == 1);
                    c->removed = 1;
                }
            }
            break;
        case 8: /* yield */
            rc = cas_sleep(0);
            break;
        default: /* fail the main task */
            if (next(s) == 0x5a) return cas_raise("RuntimeError", "script asked to fail");
            break;
        }
        if (rc && ignores_cancel) {
            cas_exc_clear();
            rc = 0;
        }
        if (rc) return rc; /* cancelled (a stop) */
    }
    *result = cas_int(ntasks);
    return 0;
}

static uint64_t seq;
static int ends, deadlocks, hard_stops;

static void on_event(const char *json, size_t len, void *ud) {
    (void)ud;
    (void)len;
    const char *p = strstr(json, "\"seq\":");
    CHECK(p);
    CHECK(strtoull(p + 6, NULL, 10) == seq + 1);
    seq++;
    CHECK(ends == 0); /* nothing after the end */
    if (strstr(json, "\"type\":\"end\"")) ends++;
    if (strstr(json, "\"code\":\"EDEADLOCK\"")) deadlocks++, main_cancelled = 1;
    if (strstr(json, "\"type\":\"stop_requested\"")) main_cancelled = 1;
    if (strstr(json, "\"message\":\"stopped: ")) hard_stops++;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    script s = {data, size, 0};
    memset(tasks, 0, sizeof tasks);
    memset(cbs, 0, sizeof cbs);
    ntasks = ncbs = 0;
    seq = 0;
    ends = deadlocks = hard_stops = main_cancelled = 0;
    held_gather = NULL;
    held_iter = NULL;
    cas_set_clock(CAS_CLOCK_VIRTUAL);
    cas_set_event_handler(on_event, NULL, CAS_EV_ALL);
    int rc = cas_run(main_body, &s, NULL);
    CHECK(rc == CAS_OK || rc == CAS_ECANCELLED || rc == CAS_EEXCEPTION || rc == CAS_EDEADLOCK);
    CHECK((rc == CAS_EDEADLOCK) == (deadlocks == 1));
    CHECK(hard_stops <= 1);
    CHECK(ends == 1);
    for (int i = 0; i < ntasks; i++) CHECK(cas_done(tasks[i]));
    for (int i = 0; i < ncbs; i++) {
        if (cbs[i].removed) CHECK(cbs[i].calls == 0);
        else if (hard_stops) CHECK(cbs[i].calls <= 1); /* a dropped task's callbacks are discarded */
        else if (cas_done(cbs[i].f)) CHECK(cbs[i].calls == 1);
        else CHECK(cbs[i].calls == 0);
    }
    /* A hard stop dropped main with what it held. */
    if (held_iter) cas_as_completed_free(held_iter);
    cas_release(held_gather);
    for (int i = 0; i < ntasks; i++) cas_release(tasks[i]);
    cas_exc_clear();
    cas_set_event_handler(NULL, NULL, 0);
    cas_trim();
    cas_stats st;
    cas_get_stats(&st);
    if (getenv("FUZZ_DEBUG"))
        fprintf(stderr, "run %s, hard stop %d, deadlock %d; alive: tasks %zu futures %zu timers %zu allocations %zu\n",
                cas_err_name(rc), hard_stops, deadlocks, st.tasks, st.futures, st.timers, st.allocations);
    CHECK(st.tasks == 0 && st.futures == 0 && st.timers == 0 && st.allocations == 0);
    return 0;
}
