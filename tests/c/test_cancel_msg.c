/* test_cancel_msg.c -- cancellation complete: cancel(msg) and where the
 * message goes, cancelling() and uncancel(), all_tasks(), and shield().
 * The first case is the twin of tests/c/py/cancel_msg.py. */
#include "harness.h"

#include <stdio.h>

static const char *tf(int b) { return b ? "True" : "False"; }

/* {e!r} of the pending exception. */
static const char *pending_repr(void) {
    static char b[128];
    cas_repr(cas_exc_value(cas_exc_type(), cas_exc_message()), b, sizeof b);
    return b;
}

static void print_value(cas_value v) {
    char b[256];
    cas_repr(v, b, sizeof b);
    cas_print("%s", b);
}

static int sleeper(void *arg, cas_value *r) {
    int rc = cas_sleep(1);
    if (rc == CAS_ECANCELLED)
        cas_print("sleeper sees %s, cancelling=%d", pending_repr(), cas_task_cancelling(cas_current_task()));
    return rc;
}

typedef struct wait_arg {
    cas_task *t;
    const char *name;
} wait_arg;

static int waiter(void *arg, cas_value *r) {
    wait_arg *w = arg;
    if (cas_await(w->t, NULL) == CAS_ECANCELLED) {
        cas_print("%s sees %s", w->name, pending_repr());
        cas_exc_clear();
    }
    return 0;
}

static int tough(void *arg, cas_value *r) {
    if (cas_sleep(1) == CAS_ECANCELLED) {
        cas_exc_clear();
        cas_task *me = cas_current_task();
        int before = cas_task_cancelling(me);
        cas_print("tough: cancelling=%d uncancel->%d", before, cas_task_uncancel(me));
    }
    int rc = cas_sleep(0.5);
    if (rc) return rc;
    *r = cas_str("survived");
    return 0;
}

static int slow(void *arg, cas_value *r) {
    int rc = cas_sleep(0.2);
    if (rc) return rc;
    cas_print("slow finished");
    *r = cas_str("slow");
    return 0;
}

static int guard(void *arg, cas_value *r) {
    cas_task *s = arg;
    cas_future *sh = cas_shield(s);
    cas_value v;
    int rc = cas_await(sh, &v);
    cas_release(sh);
    if (rc == CAS_ECANCELLED) cas_print("guard sees %s, slow done: %s", pending_repr(), tf(cas_done(s)));
    if (rc == 0) *r = v; /* copied when the body returns, while s still holds it */
    return rc;
}

static int cancel_main(void *arg, cas_value *r) {
    cas_task *t = cas_create_task(sleeper, NULL, 0);
    wait_arg wa = {t, "A"}, wb = {t, "B"};
    cas_task *ab[2] = {cas_create_task(waiter, &wa, sizeof wa), cas_create_task(waiter, &wb, sizeof wb)};
    CHECK_INT(cas_sleep(0), 0);
    int c1 = cas_cancel_msg(t, "why"), c2 = cas_cancel_msg(t, "again");
    cas_print("%s %s %d", tf(c1), tf(c2), cas_task_cancelling(t));
    cas_future *g = cas_gather(ab, 2, 0);
    CHECK_INT(cas_await(g, NULL), 0);
    cas_release(g);
    release_all(ab, 2);
    CHECK_INT(cas_result(t, NULL), CAS_ECANCELLED);
    cas_print("result() raises %s", pending_repr());
    cas_exc_clear();
    cas_release(t);

    cas_future *f = cas_future_new();
    CHECK_INT(cas_cancel_msg(f, "fmsg"), 1);
    CHECK_INT(cas_await(f, NULL), CAS_ECANCELLED);
    cas_print("future raises %s", pending_repr());
    cas_exc_clear();
    cas_release(f);

    cas_task *u = cas_create_task(sleeper, NULL, 0);
    CHECK_INT(cas_cancel_msg(u, "early"), 1);
    CHECK_INT(cas_await(u, NULL), CAS_ECANCELLED);
    cas_print("early: %s", pending_repr());
    cas_exc_clear();
    cas_release(u);

    cas_task *v = cas_create_task(tough, NULL, 0);
    CHECK_INT(cas_sleep(0), 0);
    CHECK_INT(cas_cancel(v), 1);
    cas_value res;
    CHECK_INT(cas_await(v, &res), 0);
    cas_print("%s %d", res.as.s, cas_task_cancelling(v));
    cas_release(v);

    cas_task *cs[2] = {cas_create_task(sleeper, NULL, 0), cas_create_task(slow, NULL, 0)};
    CHECK_INT(cas_sleep(0), 0);
    CHECK_INT(cas_cancel_msg(cs[0], "listed"), 1);
    g = cas_gather(cs, 2, 1);
    CHECK_INT(cas_await(g, &res), 0);
    print_value(res);
    cas_release(g);
    release_all(cs, 2);

    cas_task *s = cas_create_task(slow, NULL, 0);
    cas_task *gd = cas_create_task(guard, s, 0);
    CHECK_INT(cas_sleep(0.1), 0);
    cas_print("tasks: %d", cas_all_tasks(NULL, 0));
    CHECK_INT(cas_cancel_msg(gd, "stop"), 1);
    g = cas_gather(&gd, 1, 1);
    CHECK_INT(cas_await(g, &res), 0);
    print_value(res);
    cas_release(g);
    CHECK_INT(cas_await(s, &res), 0);
    cas_print("%s tasks: %d", res.as.s, cas_all_tasks(NULL, 0));
    cas_release(s);
    cas_release(gd);
    return 0;
}

static void cancel_messages_cancelling_uncancel_all_tasks_and_shield_as_in_cpython(void **s) {
    assert_int_equal(run_virtual(cancel_main, NULL), 0);
    assert_string_equal(rec_prints(), "True True 2|sleeper sees CancelledError('why'), cancelling=2|"
                                      "A sees CancelledError('why')|B sees CancelledError()|"
                                      "result() raises CancelledError()|future raises CancelledError('fmsg')|"
                                      "early: CancelledError('early')|tough: cancelling=1 uncancel->0|survived 0|"
                                      "sleeper sees CancelledError('listed'), cancelling=1|slow finished|"
                                      "[CancelledError(''), 'slow']|tasks: 3|"
                                      "guard sees CancelledError('stop'), slow done: False|[CancelledError('')]|"
                                      "slow finished|slow tasks: 1");
    /* The timeline's view: the message rides on the request. */
    assert_string_equal(rec_str(rec_nth("cancel_requested", 0), "msg"), "why");
    assert_string_equal(rec_str(rec_nth("cancel_requested", 1), "msg"), "again");
    assert_string_equal(rec_str(rec_nth("cancel_requested", 2), "msg"), "early");
    assert_null(rec_str(rec_nth("cancel_requested", 3), "msg")); /* v.cancel() */
    assert_stream_well_formed();
}

/* ---- all_tasks ---------------------------------------------------------------- */

static int all_main(void *arg, cas_value *r) {
    cas_task *ts[2] = {cas_create_task(sleeper, NULL, 0), cas_create_task(sleeper, NULL, 0)};
    cas_task *got[2] = {NULL, NULL};
    CHECK_INT(cas_all_tasks(got, 2), 3); /* main, then the two in creation order; only 2 fit */
    CHECK(got[0] == cas_current_task());
    CHECK(got[1] == ts[0]);
    release_all(got, 2);
    CHECK_INT(cas_task_must_cancel(ts[0]), 0);
    for (int i = 0; i < 2; i++) cas_cancel(ts[i]);
    /* not started: the request waits for the first step (Task._must_cancel) */
    CHECK_INT(cas_task_must_cancel(ts[0]), 1);
    CHECK_INT(cas_sleep(0), 0);
    CHECK_INT(cas_task_must_cancel(ts[0]), 0);
    CHECK_INT(cas_all_tasks(NULL, 0), 1);
    /* a sleeping task's request goes to its sleep: none waits */
    cas_task *z = cas_create_task(sleeper, NULL, 0);
    CHECK_INT(cas_sleep(0), 0);
    CHECK_INT(cas_cancel(z), 1);
    CHECK_INT(cas_task_must_cancel(z), 0);
    CHECK_INT(cas_sleep(0), 0);
    CHECK(cas_cancelled(z));
    cas_release(z);
    CHECK_INT(cas_task_cancelling(ts[0]), 1);
    CHECK_INT(cas_task_uncancel(ts[0]), 0);
    CHECK_INT(cas_task_uncancel(ts[0]), 0); /* never below zero */
    release_all(ts, 2);
    cas_future *f = cas_future_new();
    CHECK_INT(cas_task_cancelling(f), 0);
    CHECK_INT(cas_task_uncancel(f), 0);
    CHECK_INT(cas_task_must_cancel(f), 0);
    /* A shield of a done future is the future itself. */
    cas_future_set_result(f, cas_int(1));
    cas_future *sh = cas_shield(f);
    CHECK(sh == f);
    cas_release(sh);
    cas_release(f);
    return 0;
}

static void all_tasks_lists_the_pending_tasks_in_creation_order(void **s) {
    assert_int_equal(cas_all_tasks(NULL, 0), 0);
    assert_null(cas_shield(NULL));
    assert_int_equal(run_virtual(all_main, NULL), 0);
}

/* A shielded plain future completed after its shield was cancelled: the
 * shield let go of it (_outer_done_callback), so nobody retrieves its
 * exception and it is reported, as CPython reports it; nothing leaks. */
static int shield_future_main(void *arg, cas_value *r) {
    cas_future *f = cas_future_new();
    cas_future *sh = cas_shield(f);
    CHECK_INT(cas_cancel(sh), 1);
    CHECK_INT(cas_sleep(0), 0);
    CHECK_INT(cas_future_set_exception(f, "ValueError", "late"), 0);
    CHECK_INT(cas_sleep(0), 0);
    cas_release(sh);
    cas_future *f2 = cas_future_new();
    cas_future *sh2 = cas_shield(f2);
    CHECK_INT(cas_future_set_exception(f2, "KeyError", "k"), 0);
    CHECK_INT(cas_await(sh2, NULL), CAS_EEXCEPTION);
    CHECK_STR(cas_exc_type(), "KeyError");
    cas_exc_clear();
    cas_release(sh2);
    cas_release(f2);
    cas_release(f);
    return 0;
}

static void a_cancelled_shield_lets_go_of_its_future(void **s) {
    assert_int_equal(run_virtual(shield_future_main, NULL), 0);
    assert_int_equal(rec_count("error"), 1);
    assert_string_equal(rec_str(rec_nth("error", 0), "message"),
                        "Future exception was never retrieved\n"
                        "future: <Future finished exception=ValueError('late')>\nValueError: late");
}

int main(void) {
    const struct CMUnitTest tests[] = {
        TEST(cancel_messages_cancelling_uncancel_all_tasks_and_shield_as_in_cpython),
        TEST(all_tasks_lists_the_pending_tasks_in_creation_order),
        TEST(a_cancelled_shield_lets_go_of_its_future),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
