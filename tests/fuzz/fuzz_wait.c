/*
 * fuzz_wait.c -- a fuzz target for waiting with a limit: its bytes are a
 * script of asyncio.wait, wait_for, timeout blocks and task groups over
 * workers that sleep, return, fail or ignore a cancel once, run by driver
 * tasks that the script also cancels, on the virtual clock under ASan and
 * UBSan.  After each operation returns, these must hold:
 *   - wait: done and pending split the distinct futures given, each where
 *     cas_done says; with no timeout, ALL_COMPLETED leaves nothing pending,
 *     FIRST_COMPLETED gives at least one done, FIRST_EXCEPTION leaves
 *     nothing pending unless a done one failed; its timeout never fires
 *     early (a wait that timed out took at least its timeout);
 *   - wait_for: the future is done when it returns (cancelled and waited
 *     for at the timeout) unless the caller itself was cancelled again,
 *     CAS_ETIMEOUT only once the timeout has passed;
 *   - a timeout block: TimeoutError only at or after its deadline, and
 *     expired() agrees; the task's cancelling() count is back to where it
 *     was unless it was cancelled from outside;
 *   - a task group: every member is done at exit; with no cancel from
 *     outside, exit raises an ExceptionGroup exactly when a member failed,
 *     holding one exception per failed member (and the block's own);
 *   - seq has no gaps, one end event; nothing is left alive.
 * Built twice, as fuzz_sync.c is: with libFuzzer (make fuzz) and as a
 * replayer of tests/fuzz/corpus/wait/ (make test-c).
 */
#include "casyncio.h"
#include "fuzz.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_TASKS 48


/* A worker: sleeps, then returns, fails, or (stubborn) swallows its first
 * cancel and sleeps again. */
typedef struct work {
    double delay;
    int fail, stubborn;
} work;

static int worker(void *arg, cas_value *r) {
    work *w = arg;
    int rc = cas_sleep(w->delay);
    if (rc == CAS_ECANCELLED && w->stubborn) {
        cas_exc_clear();
        rc = cas_sleep(w->delay);
    }
    if (rc) return rc;
    if (w->fail) return cas_raise("ValueError", "failed");
    *r = cas_int(1);
    return 0;
}

static cas_task *workers[MAX_TASKS];
static int nworkers;
static cas_task *drivers[MAX_TASKS];
static int ndrivers;

static cas_task *spawn_worker(int a) {
    if (nworkers == MAX_TASKS) return NULL;
    work w = {(a % 8) * 0.05, (a >> 3) & 1, ((a >> 4) & 3) == 0};
    cas_task *t = cas_create_task(worker, &w, sizeof w);
    if (t) workers[nworkers++] = t;
    return t;
}

static double timeout_of(int a) { return a % 5 == 4 ? CAS_NO_TIMEOUT : (a % 5) * 0.05; }

/* What a driver does: op and its parameters. */
typedef struct drive {
    int op, a, b;
} drive;

static int do_wait(int a, int b) {
    cas_future *fs[6], *done[6], *pending[6];
    size_t n = 0, nd = 99, np = 99;
    for (int k = 0; k < 6 && nworkers; k++)
        if (b & (1 << k)) fs[n++] = workers[(a + k * 7) % nworkers];
    if (!n) return 0;
    double timeout = timeout_of(a >> 2), t0 = cas_time();
    int when = b >> 6; /* 0, 1, 2; 3 is invalid: ValueError */
    int rc = cas_wait(fs, n, timeout, when, done, &nd, pending, &np);
    if (when == 3) {
        CHECK(rc == CAS_EEXCEPTION || rc == CAS_ECANCELLED);
        return rc;
    }
    if (rc != 0) return rc;
    size_t distinct = 0;
    for (size_t i = 0; i < n; i++) {
        int seen = 0;
        for (size_t j = 0; j < i; j++) seen |= fs[j] == fs[i];
        distinct += !seen;
    }
    CHECK(nd + np == distinct);
    int failed = 0;
    for (size_t i = 0; i < nd; i++) {
        CHECK(cas_done(done[i]));
        const char *type = NULL;
        if (!cas_cancelled(done[i]) && cas_exception(done[i], &type, NULL) == 0 && type) failed = 1;
    }
    for (size_t i = 0; i < np; i++) CHECK(!cas_done(pending[i]));
    int no_timeout = isinf(timeout);
    if (np && !no_timeout && when == CAS_ALL_COMPLETED) CHECK(cas_time() - t0 >= timeout - 1e-9 || timeout <= 0);
    if (no_timeout && when == CAS_ALL_COMPLETED) CHECK(np == 0);
    if (no_timeout && when == CAS_FIRST_COMPLETED) CHECK(nd >= 1);
    if (no_timeout && when == CAS_FIRST_EXCEPTION) CHECK(np == 0 || failed);
    return 0;
}

static int do_wait_for(int a) {
    cas_task *t = spawn_worker(a);
    if (!t) return 0;
    double timeout = timeout_of(a >> 5), t0 = cas_time();
    int rc = cas_wait_for(t, timeout, NULL);
    if (rc == CAS_ENOMEM) return rc;
    /* Done, unless this task was cancelled again while it waited for the
     * cancelled future to finish (CPython's _cancel_and_wait is cut short
     * the same way). */
    if (rc != CAS_ECANCELLED) CHECK(cas_done(t));
    if (rc == CAS_ETIMEOUT) CHECK(cas_time() - t0 >= timeout - 1e-9 || timeout <= 0);
    if (rc == 0) CHECK(!cas_cancelled(t));
    return rc;
}

static int do_timeout(int a) {
    cas_task *me = cas_current_task();
    int before = cas_task_cancelling(me);
    cas_timeout *t = cas_timeout_enter((a % 6) * 0.05);
    if (!t) return CAS_ENOMEM;
    double when = cas_timeout_when(t);
    if (a & 0x40) {
        CHECK(cas_timeout_reschedule(t, when + 0.05) == 0);
        when += 0.05;
    }
    int rc = cas_sleep(((a >> 3) % 6) * 0.05);
    int expired = cas_timeout_expired(t);
    if (expired) CHECK(cas_time() >= when - 1e-9);
    rc = cas_timeout_exit(t, rc);
    if (rc == CAS_ETIMEOUT) CHECK(expired && cas_time() >= when - 1e-9);
    if (rc == 0) CHECK(cas_task_cancelling(me) == before);
    return rc;
}

static int do_group(int a, int b) {
    cas_task_group *g = cas_task_group_enter();
    if (!g) return CAS_ENOMEM;
    cas_task *members[4];
    int nm = 0;
    for (int k = 0; k < 1 + a % 4; k++) {
        work w = {((b >> (2 * k)) & 3) * 0.05, (b >> (2 * k + 1)) & 1 && k == (a >> 2) % 4, 0};
        cas_task *t = cas_task_group_create_task(g, worker, &w, sizeof w);
        if (!t) {
            cas_exc_clear();
            break;
        }
        members[nm++] = t;
    }
    int rc = cas_sleep(((a >> 4) % 4) * 0.05);
    if (rc == 0 && (a & 0x80)) rc = cas_raise("KeyError", "body");
    int body_failed = rc == CAS_EEXCEPTION;
    int outside = rc == CAS_ECANCELLED && cas_task_cancelling(cas_current_task()) > 0;
    rc = cas_task_group_exit(g, rc);
    int failed = 0;
    for (int k = 0; k < nm; k++) {
        CHECK(cas_done(members[k]));
        const char *type = NULL;
        if (!cas_cancelled(members[k]) && cas_exception(members[k], &type, NULL) == 0 && type) failed++;
        cas_release(members[k]);
    }
    (void)outside;
    if (rc == CAS_EEXCEPTION) {
        CHECK(cas_exc_group_size() == failed + body_failed);
    } else if (rc == 0) {
        CHECK(failed == 0 && !body_failed);
    }
    return rc;
}

static int driver(void *arg, cas_value *r) {
    drive *d = arg;
    int rc;
    switch (d->op) {
    case 0: rc = do_wait(d->a, d->b); break;
    case 1: rc = do_wait_for(d->a); break;
    case 2: rc = do_timeout(d->a); break;
    default: rc = do_group(d->a, d->b); break;
    }
    return rc;
}

static int main_body(void *arg, cas_value *result) {
    script *s = arg;
    int op, rc = 0;
    while (rc == 0 && (op = next(s)) >= 0) {
        int a = param(s), b = param(s);
        switch (op % 8) {
        case 0:
        case 1: spawn_worker(a); break;
        case 2: /* a driver */
        case 3:
            if (ndrivers < MAX_TASKS) {
                drive d = {a % 4, a / 4 + b, b};
                cas_task *t = cas_create_task(driver, &d, sizeof d);
                if (t) drivers[ndrivers++] = t;
            }
            break;
        case 4: /* cancel a worker or a driver */
            if (a & 1) {
                if (ndrivers) cas_cancel_msg(drivers[b % ndrivers], (a & 2) ? "fuzz" : NULL);
            } else if (nworkers) {
                cas_cancel(workers[b % nworkers]);
            }
            break;
        case 5: rc = cas_sleep((a % 8) * 0.025); break;
        case 6: rc = do_wait(a, b); cas_exc_clear(); rc = rc == CAS_ECANCELLED ? rc : 0; break;
        case 7: rc = do_timeout(a); cas_exc_clear(); rc = rc == CAS_ECANCELLED ? rc : 0; break;
        }
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
    memset(workers, 0, sizeof workers);
    memset(drivers, 0, sizeof drivers);
    nworkers = ndrivers = 0;
    seq = 0;
    ends = 0;
    cas_set_clock(CAS_CLOCK_VIRTUAL);
    cas_set_event_handler(on_event, NULL, CAS_EV_ALL);
    cas_run(main_body, &s, NULL);
    CHECK(ends == 1);
    for (int i = 0; i < nworkers; i++) {
        CHECK(cas_done(workers[i]));
        cas_release(workers[i]);
    }
    for (int i = 0; i < ndrivers; i++) {
        CHECK(cas_done(drivers[i]));
        cas_release(drivers[i]);
    }
    cas_exc_clear();
    cas_set_event_handler(NULL, NULL, 0);
    cas_trim();
    cas_stats st;
    cas_get_stats(&st);
    CHECK(st.tasks == 0 && st.futures == 0 && st.timers == 0 && st.allocations == 0);
    return 0;
}
