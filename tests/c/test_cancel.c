/* test_cancel.c -- cancellation as in CPython: a request, seen at the
 * current or next await, catchable, passed on to an awaited task, and
 * cas_run's final cancellation of leftover tasks. */
#include "harness.h"

static int sleeps_then_prints(void *arg, cas_value *r) {
    cas_print("sleeping");
    int rc = cas_sleep(10);
    cas_print("sleep returned %s", cas_err_name(rc));
    if (rc) return rc;
    return 0;
}

static int cancels_sleeper(void *arg, cas_value *r) {
    cas_task *t = cas_create_task(sleeps_then_prints, NULL, 0);
    cas_sleep(1);
    assert_int_equal(cas_cancel(t), 1);
    assert_int_equal(cas_done(t), 0); /* a request, not done yet */
    int rc = cas_await(t, NULL);
    assert_int_equal(rc, CAS_ECANCELLED);
    assert_int_equal(cas_cancelled(t), 1);
    assert_int_equal(cas_cancel(t), 0); /* done: nothing to cancel */
    cas_value v;
    assert_int_equal(cas_result(t, &v), CAS_ECANCELLED);
    assert_int_equal(cas_exception(t, NULL, NULL), CAS_ECANCELLED);
    cas_exc_clear();
    cas_release(t);
    cas_print("at %g", cas_time());
    return 0;
}

static void a_cancelled_sleep_raises_cancelled_error_at_once(void **s) {
    assert_int_equal(run_virtual(cancels_sleeper, NULL), 0);
    assert_string_equal(rec_prints(), "sleeping|sleep returned ECANCELLED|at 1");
    assert_int_equal(rec_count("task_cancelled"), 1);
    assert_int_equal(rec_count("cancel_requested"), 1);
}

static int catches_cancel(void *arg, cas_value *r) {
    int rc = cas_sleep(10);
    if (rc == CAS_ECANCELLED) {
        cas_print("caught %s", cas_exc_type());
        cas_exc_clear();
    }
    cas_sleep(1);
    cas_print("went on");
    *r = cas_int(5);
    return 0;
}

static int cancels_catcher(void *arg, cas_value *r) {
    cas_task *t = cas_create_task(catches_cancel, NULL, 0);
    cas_sleep(0);
    cas_cancel(t);
    cas_value v;
    assert_int_equal(cas_await(t, &v), 0);
    assert_int_equal(v.as.i, 5);
    assert_int_equal(cas_cancelled(t), 0);
    cas_release(t);
    return 0;
}

static void a_task_may_catch_cancelled_error_and_go_on(void **s) {
    assert_int_equal(run_virtual(cancels_catcher, NULL), 0);
    assert_string_equal(rec_prints(), "caught CancelledError|went on");
}

static int inner(void *arg, cas_value *r) {
    int rc = cas_sleep(10);
    cas_print("inner got %s", cas_err_name(rc));
    return rc;
}

static int outer(void *arg, cas_value *r) {
    cas_task *t = cas_create_task(inner, NULL, 0);
    int rc = cas_await(t, NULL);
    cas_print("outer got %s; inner cancelled: %d", cas_err_name(rc), cas_cancelled(t));
    cas_release(t);
    return rc;
}

static int cancels_outer(void *arg, cas_value *r) {
    cas_task *t = cas_create_task(outer, NULL, 0);
    cas_sleep(1);
    cas_cancel(t);
    int rc = cas_await(t, NULL);
    cas_exc_clear();
    cas_print("main: outer cancelled %d (%s)", cas_cancelled(t), cas_err_name(rc));
    cas_release(t);
    return 0;
}

static void cancelling_a_task_that_awaits_another_cancels_the_inner_one(void **s) {
    assert_int_equal(run_virtual(cancels_outer, NULL), 0);
    assert_string_equal(rec_prints(),
                        "inner got ECANCELLED|outer got ECANCELLED; inner cancelled: 1|main: outer cancelled 1 (ECANCELLED)");
}

static int never_runs(void *arg, cas_value *r) {
    cas_print("the body ran");
    return 0;
}

static int cancels_before_start(void *arg, cas_value *r) {
    cas_task *t = cas_create_task(never_runs, NULL, 0);
    assert_int_equal(cas_cancel(t), 1);
    assert_int_equal(cas_await(t, NULL), CAS_ECANCELLED);
    cas_exc_clear();
    assert_int_equal(cas_cancelled(t), 1);
    cas_release(t);
    return 0;
}

static void a_task_cancelled_before_it_starts_never_runs_its_body(void **s) {
    assert_int_equal(run_virtual(cancels_before_start, NULL), 0);
    assert_string_equal(rec_prints(), "");
    assert_int_equal(rec_count("task_started"), 1); /* main only */
}

static int cleans_up(void *arg, cas_value *r) {
    int rc = cas_sleep(100);
    cas_print("cleanup after %s", cas_err_name(rc));
    return rc;
}

static int leaves_a_task(void *arg, cas_value *r) {
    cas_task *t = cas_create_task(cleans_up, NULL, 0);
    cas_sleep(1);
    cas_release(t);
    cas_print("main done");
    return 0;
}

static void run_cancels_leftover_tasks_and_lets_their_cleanup_run(void **s) {
    assert_int_equal(run_virtual(leaves_a_task, NULL), 0);
    assert_string_equal(rec_prints(), "main done|cleanup after ECANCELLED");
    assert_stream_well_formed();
}

int main(void) {
    const struct CMUnitTest tests[] = {
        TEST(a_cancelled_sleep_raises_cancelled_error_at_once),
        TEST(a_task_may_catch_cancelled_error_and_go_on),
        TEST(cancelling_a_task_that_awaits_another_cancels_the_inner_one),
        TEST(a_task_cancelled_before_it_starts_never_runs_its_body),
        TEST(run_cancels_leftover_tasks_and_lets_their_cleanup_run),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
