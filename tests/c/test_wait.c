/* test_wait.c -- asyncio.wait, wait_for, timeout and timeout_at, and
 * TaskGroup, with 3.11's semantics.  The first case is the twin of
 * tests/c/py/waiting.py; the times CPython cannot print exactly (its
 * clock drifts) are checked here on the virtual clock. */
#include "harness.h"

#include <math.h>
#include <stdio.h>

typedef struct jobspec {
    const char *name;
    double delay;
    int fail;
} jobspec;

static int wjob(void *arg, cas_value *r) {
    jobspec *j = arg;
    int rc = cas_sleep(j->delay);
    if (rc == CAS_ECANCELLED) {
        cas_print("%s cancelled", j->name);
        return rc;
    }
    if (j->fail) return cas_raise("ValueError", "%s", j->name);
    cas_print("%s done", j->name);
    *r = cas_str(j->name);
    return 0;
}

static cas_task *start(const char *name, double delay, int fail) {
    jobspec j = {name, delay, fail};
    cas_task *t = cas_create_task(wjob, &j, sizeof j);
    cas_task_set_name(t, name);
    return t;
}

/* ['a', 'b'] of the tasks' names. */
static const char *names(cas_future **fs, size_t n, char *b, size_t cap) {
    size_t len = 0;
    len += (size_t)snprintf(b + len, cap - len, "[");
    for (size_t i = 0; i < n; i++) len += (size_t)snprintf(b + len, cap - len, "%s'%s'", i ? ", " : "", cas_task_name(fs[i]));
    snprintf(b + len, cap - len, "]");
    return b;
}

static void print_wait(const char *what, cas_future **done, size_t nd, cas_future **pending, size_t np) {
    char b1[64], b2[64];
    cas_print("%s: %s %s", what, names(done, nd, b1, sizeof b1), names(pending, np, b2, sizeof b2));
}

static const char *pending_repr(void) {
    static char b[256];
    cas_repr(cas_exc_pending_value(), b, sizeof b);
    return b;
}

#define AT(t) CHECK(fabs(cas_time() - (t)) < 1e-9)

static int block_g(void *arg, cas_value *r) {
    jobspec j = {"g", 1, 0};
    return wjob(&j, r);
}

static int wait_main(void *arg, cas_value *r) {
    cas_task *ts[3] = {start("a", 0.4, 0), start("b", 0.1, 0), start("c", 0.2, 1)};
    cas_future *done[3], *pending[3];
    size_t nd, np;
    CHECK_INT(cas_wait(ts, 3, CAS_NO_TIMEOUT, CAS_FIRST_COMPLETED, done, &nd, pending, &np), 0);
    print_wait("first completed", done, nd, pending, np);
    AT(0.1);
    CHECK_INT(cas_wait(ts, 3, CAS_NO_TIMEOUT, CAS_FIRST_EXCEPTION, done, &nd, pending, &np), 0);
    print_wait("first exception", done, nd, pending, np);
    AT(0.2);
    CHECK_INT(cas_wait(ts, 3, 0.1, CAS_ALL_COMPLETED, done, &nd, pending, &np), 0);
    print_wait("timeout", done, nd, pending, np);
    AT(0.3);
    CHECK_INT(cas_wait(ts, 3, CAS_NO_TIMEOUT, CAS_ALL_COMPLETED, done, &nd, pending, &np), 0);
    print_wait("all", done, nd, pending, np);
    AT(0.4);
    CHECK_INT(cas_wait(ts, 0, CAS_NO_TIMEOUT, CAS_ALL_COMPLETED, NULL, NULL, NULL, NULL), CAS_EEXCEPTION);
    cas_print("wait([]): %s", pending_repr());
    cas_exc_clear();
    CHECK_INT(cas_exception(ts[2], NULL, NULL), 0); /* c's ValueError, retrieved */
    release_all(ts, 3);

    cas_task *d = start("d", 0.1, 0);
    cas_value v;
    CHECK_INT(cas_wait_for(d, 1, &v), 0);
    cas_print("%s", v.as.s);
    cas_release(d);
    cas_task *e = start("e", 1, 0);
    CHECK_INT(cas_wait_for(e, 0.1, &v), CAS_ETIMEOUT);
    cas_print("wait_for: %s", pending_repr());
    AT(0.6);
    cas_exc_clear();
    cas_release(e);
    cas_task *f = start("f", 1, 0);
    CHECK_INT(cas_wait_for(f, 0, &v), CAS_ETIMEOUT);
    cas_print("wait_for 0: %s", pending_repr());
    AT(0.6);
    cas_exc_clear();
    cas_release(f);

    cas_timeout *cm = cas_timeout_enter(0.1);
    cas_print("when: %.1f", cas_timeout_when(cm) - cas_time());
    int rc = block_g(NULL, &v);
    int expired = cas_timeout_expired(cm);
    rc = cas_timeout_exit(cm, rc);
    CHECK_INT(rc, CAS_ETIMEOUT);
    cas_print("timeout: %s, expired: %s", pending_repr(), expired ? "True" : "False");
    AT(0.7);
    cas_exc_clear();
    cm = cas_timeout_enter(0.5);
    CHECK_INT(cas_timeout_reschedule(cm, cas_time() + 0.2), 0);
    jobspec h = {"h", 0.1, 0};
    rc = wjob(&h, &v);
    expired = cas_timeout_expired(cm);
    CHECK_INT(cas_timeout_exit(cm, rc), 0);
    cas_print("expired: %s", expired ? "True" : "False");
    AT(0.8);
    cas_timeout *outer = cas_timeout_at_enter(cas_time() + 0.1);
    cas_timeout *inner = cas_timeout_enter(1);
    jobspec i = {"i", 2, 0};
    rc = wjob(&i, &v);
    rc = cas_timeout_exit(inner, rc);
    CHECK_INT(rc, CAS_ECANCELLED); /* the inner one's deadline did not pass: the cancel goes on */
    rc = cas_timeout_exit(outer, rc);
    if (rc == CAS_ETIMEOUT) cas_print("outer timeout");
    AT(0.9);
    cas_exc_clear();

    cas_task_group *tg = cas_task_group_enter();
    jobspec js[3] = {{"j", 0.1, 0}, {"k", 0.2, 1}, {"l", 0.5, 0}};
    for (int k = 0; k < 3; k++) cas_release(cas_task_group_create_task(tg, wjob, &js[k], sizeof js[k]));
    jobspec body = {"body", 1, 0};
    rc = wjob(&body, &v);
    CHECK(cas_task_group_create_task(tg, wjob, &js[0], sizeof js[0]) == NULL); /* shutting down */
    CHECK_STR(cas_exc_message(), "TaskGroup is shutting down");
    cas_exc_clear();
    cas_exc_clear();
    rc = cas_task_group_exit(tg, rc);
    CHECK_INT(rc, CAS_EEXCEPTION);
    CHECK_INT(cas_exc_group_size(), 1);
    char b[64];
    cas_repr(cas_exc_group_item(0), b, sizeof b);
    CHECK_STR(b, "ValueError('k')");
    cas_print("%s %s", cas_exc_message(), pending_repr());
    AT(1.1);
    cas_exc_clear();
    CHECK_INT(cas_task_cancelling(cas_current_task()), 0); /* the group took its cancel back */
    tg = cas_task_group_enter();
    jobspec mn[2] = {{"m", 0.1, 0}, {"n", 0.2, 0}};
    cas_task *x = cas_task_group_create_task(tg, wjob, &mn[0], sizeof mn[0]);
    cas_task *y = cas_task_group_create_task(tg, wjob, &mn[1], sizeof mn[1]);
    CHECK_INT(cas_task_group_exit(tg, 0), 0);
    cas_value xv, yv;
    CHECK_INT(cas_result(x, &xv), 0);
    CHECK_INT(cas_result(y, &yv), 0);
    cas_print("group done: %s %s", xv.as.s, yv.as.s);
    AT(1.3);
    cas_release(x);
    cas_release(y);
    return 0;
}

static void wait_wait_for_timeout_and_task_group_as_in_cpython(void **s) {
    assert_int_equal(run_virtual(wait_main, NULL), 0);
    assert_string_equal(rec_prints(), "b done|first completed: ['b'] ['a', 'c']|first exception: ['b', 'c'] ['a']|"
                                      "timeout: ['b', 'c'] ['a']|a done|all: ['a', 'b', 'c'] []|"
                                      "wait([]): ValueError('Set of Tasks/Futures is empty.')|d done|d|"
                                      "e cancelled|wait_for: TimeoutError()|wait_for 0: TimeoutError()|when: 0.1|"
                                      "g cancelled|timeout: TimeoutError(), expired: True|h done|expired: False|"
                                      "i cancelled|outer timeout|j done|l cancelled|body cancelled|"
                                      "unhandled errors in a TaskGroup (1 sub-exception) "
                                      "ExceptionGroup('unhandled errors in a TaskGroup', [ValueError('k')])|"
                                      "m done|n done|group done: m n");
    assert_int_equal(rec_count("error"), 0);
    assert_stream_well_formed();
}

/* ---- cancelled while waiting ------------------------------------------------ */

static int wait_for_cancelled(void *arg, cas_value *r) {
    cas_task *inner = arg;
    int rc = cas_wait_for(inner, 5, NULL);
    CHECK_INT(rc, CAS_ECANCELLED);
    CHECK(cas_done(inner)); /* cancelled and waited for: not running after wait_for returns */
    return rc;
}

static int outer_cancel_main(void *arg, cas_value *r) {
    cas_task *inner = start("inner", 10, 0);
    cas_task *w = cas_create_task(wait_for_cancelled, inner, 0);
    CHECK_INT(cas_sleep(1), 0);
    CHECK_INT(cas_cancel_msg(w, "outer"), 1);
    CHECK_INT(cas_await(w, NULL), CAS_ECANCELLED);
    CHECK_STR(cas_exc_message(), "outer"); /* CPython: CancelledError('outer') True */
    cas_exc_clear();
    CHECK(cas_cancelled(inner));
    /* A wait cut short by a cancel leaves its futures running. */
    cas_task *z = start("z", 1, 0);
    cas_timeout *t = cas_timeout_enter(0.5);
    size_t nd = 9;
    int rc = cas_wait(&z, 1, CAS_NO_TIMEOUT, CAS_ALL_COMPLETED, NULL, &nd, NULL, NULL);
    rc = cas_timeout_exit(t, rc);
    CHECK_INT(rc, CAS_ETIMEOUT);
    CHECK_INT(nd, 0);
    cas_exc_clear();
    cas_cancel(z);
    CHECK_INT(cas_sleep(0), 0);
    cas_release(z);
    cas_release(inner);
    cas_release(w);
    CHECK_INT(cas_wait(NULL, 1, 0, 0, NULL, NULL, NULL, NULL), CAS_EINVAL);
    cas_task *one = start("one", 0, 0);
    CHECK_INT(cas_wait(&one, 1, 0, 7, NULL, NULL, NULL, NULL), CAS_EEXCEPTION);
    CHECK_STR(cas_exc_message(), "Invalid return_when value: 7");
    cas_exc_clear();
    CHECK_INT(cas_await(one, NULL), 0);
    cas_release(one);
    return 0;
}

static void wait_for_cancelled_from_outside_cancels_and_waits_for_its_future(void **s) {
    assert_int_equal(run_virtual(outer_cancel_main, NULL), 0);
    assert_int_equal(cas_wait_for(NULL, 1, NULL), CAS_EMISUSE);
    assert_null(cas_timeout_enter(1));
    assert_null(cas_task_group_enter());
}

/* A cancel from outside a task group cancels its tasks and propagates. */
static int group_body(void *arg, cas_value *r) {
    cas_task_group *tg = cas_task_group_enter();
    jobspec j = {"p", 5, 0};
    cas_release(cas_task_group_create_task(tg, wjob, &j, sizeof j));
    return cas_task_group_exit(tg, 0);
}

static int group_cancel_main(void *arg, cas_value *r) {
    cas_task *t = cas_create_task(group_body, NULL, 0);
    CHECK_INT(cas_sleep(1), 0);
    cas_cancel(t);
    CHECK_INT(cas_await(t, NULL), CAS_ECANCELLED);
    cas_exc_clear();
    cas_release(t);
    cas_print("done at %.1f", cas_time());
    return 0;
}

static void a_task_group_cancelled_from_outside_cancels_its_tasks(void **s) {
    assert_int_equal(run_virtual(group_cancel_main, NULL), 0);
    assert_string_equal(rec_prints(), "p cancelled|done at 1.0");
}

int main(void) {
    const struct CMUnitTest tests[] = {
        TEST(wait_wait_for_timeout_and_task_group_as_in_cpython),
        TEST(wait_for_cancelled_from_outside_cancels_and_waits_for_its_future),
        TEST(a_task_group_cancelled_from_outside_cancels_its_tasks),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
