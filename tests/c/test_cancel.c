/* test_cancel.c -- cancellation as in CPython: a request, seen at the
 * current or next await, catchable, passed on to an awaited task, and
 * cas_run's final cancellation of leftover tasks. */
#include "harness.h"

static int sleeps_then_prints(void *arg, cas_value *r) {
    cas_print("sleeping");
    int rc = cas_sleep(10);
    cas_print("sleep returned %s at %g", cas_err_name(rc), cas_time());
    CHECK_STR(cas_exc_type(), "CancelledError");
    return rc;
}

static int cancels_sleeper(void *arg, cas_value *r) {
    cas_task *t = cas_create_task(sleeps_then_prints, NULL, 0);
    cas_sleep(1);
    CHECK_INT(cas_cancel(t), 1);
    CHECK_INT(cas_done(t), 0); /* a request, not done yet */
    CHECK_INT(cas_cancelled(t), 0);
    CHECK_INT(cas_cancel(t), 1); /* still pending: another request is accepted */
    int rc = cas_await(t, NULL);
    CHECK_INT(rc, CAS_ECANCELLED);
    CHECK_STR(cas_exc_type(), "CancelledError");
    CHECK_INT(cas_done(t), 1);
    CHECK_INT(cas_cancelled(t), 1);
    CHECK_INT(cas_cancel(t), 0); /* done: nothing to cancel */
    cas_value v;
    CHECK_INT(cas_result(t, &v), CAS_ECANCELLED);
    CHECK_INT(cas_exception(t, NULL, NULL), CAS_ECANCELLED);
    cas_exc_clear();
    cas_release(t);
    cas_print("main at %g", cas_time());
    return 0;
}

static void cancel_during_sleep_raises_cancelled_error_at_that_sleep(void **s) {
    assert_int_equal(run_virtual(cancels_sleeper, NULL), 0);
    assert_string_equal(rec_prints(), "sleeping|sleep returned ECANCELLED at 1|main at 1");
    assert_int_equal(rec_count("task_cancelled"), 1);
    assert_int_equal(rec_count("cancel_requested"), 2);
    assert_int_equal(rec_count("timer_cancelled"), 1);
    assert_int_equal(rec_count("timer_fired"), 1); /* main's sleep(1) only */
}

static int busy_then_awaits(void *arg, cas_value *r) {
    int *phase = arg;
    cas_print("started");
    *phase = 1;
    /* Cancelled while it runs (by itself here): nothing happens until the
     * next await, which raises at once without waiting. */
    CHECK_INT(cas_cancel(cas_current_task()), 1);
    cas_print("still running after cancel");
    int rc = cas_sleep(5);
    cas_print("next await gave %s at %g", cas_err_name(rc), cas_time());
    return rc;
}

static int cancels_running(void *arg, cas_value *r) {
    /* Not a local: a task's stack is not addressable while it is
     * suspended (the child writes here while this task awaits it). */
    static int phase;
    phase = 0;
    cas_task *t = cas_create_task(busy_then_awaits, &phase, 0);
    CHECK_INT(cas_await(t, NULL), CAS_ECANCELLED);
    cas_exc_clear();
    CHECK_INT(phase, 1);
    cas_release(t);
    return 0;
}

static void a_task_sees_the_cancellation_at_its_next_await(void **s) {
    assert_int_equal(run_virtual(cancels_running, NULL), 0);
    assert_string_equal(rec_prints(), "started|still running after cancel|next await gave ECANCELLED at 0");
}

static int yields_then_sees(void *arg, cas_value *r) {
    cas_print("before yield");
    int rc = cas_sleep(0);
    cas_print("sleep(0) gave %s", cas_err_name(rc));
    return rc;
}

static int cancels_a_yielder(void *arg, cas_value *r) {
    cas_task *t = cas_create_task(yields_then_sees, NULL, 0);
    cas_sleep(0); /* t runs and yields */
    CHECK_INT(cas_cancel(t), 1);
    CHECK_INT(cas_await(t, NULL), CAS_ECANCELLED);
    cas_exc_clear();
    cas_release(t);
    return 0;
}

static void a_task_suspended_on_sleep_zero_sees_the_cancellation_when_it_resumes(void **s) {
    assert_int_equal(run_virtual(cancels_a_yielder, NULL), 0);
    assert_string_equal(rec_prints(), "before yield|sleep(0) gave ECANCELLED");
}

static int catches_cancel(void *arg, cas_value *r) {
    int rc = cas_sleep(10);
    if (rc == CAS_ECANCELLED) {
        cas_print("caught %s at %g", cas_exc_type(), cas_time());
        cas_exc_clear();
    }
    CHECK_INT(cas_sleep(1), 0);
    cas_print("went on to %g", cas_time());
    *r = cas_int(5);
    return 0;
}

static int cancels_catcher(void *arg, cas_value *r) {
    cas_task *t = cas_create_task(catches_cancel, NULL, 0);
    cas_sleep(0);
    CHECK_INT(cas_cancel(t), 1);
    cas_value v;
    CHECK_INT(cas_await(t, &v), 0);
    CHECK_INT(v.kind, CAS_INT);
    CHECK_INT(v.as.i, 5);
    CHECK_INT(cas_cancelled(t), 0);
    cas_release(t);
    return 0;
}

static void a_task_may_catch_cancelled_error_and_return_a_value(void **s) {
    assert_int_equal(run_virtual(cancels_catcher, NULL), 0);
    assert_string_equal(rec_prints(), "caught CancelledError at 0|went on to 1");
    assert_int_equal(rec_count("task_cancelled"), 0);
}

static int inner(void *arg, cas_value *r) {
    int rc = cas_sleep(10);
    cas_print("inner got %s", cas_err_name(rc));
    return rc;
}

static cas_task *inner_task;

static int outer(void *arg, cas_value *r) {
    inner_task = cas_create_task(inner, NULL, 0);
    int rc = cas_await(inner_task, NULL);
    cas_print("outer got %s; inner cancelled: %d", cas_err_name(rc), cas_cancelled(inner_task));
    return rc;
}

static int cancels_outer(void *arg, cas_value *r) {
    cas_task *t = cas_create_task(outer, NULL, 0);
    cas_sleep(1);
    CHECK_INT(cas_cancel(t), 1);
    int rc = cas_await(t, NULL);
    cas_exc_clear();
    cas_print("main: outer cancelled %d (%s) at %g", cas_cancelled(t), cas_err_name(rc), cas_time());
    cas_release(t);
    cas_release(inner_task);
    return 0;
}

static void cancelling_a_task_that_awaits_another_cancels_the_inner_one(void **s) {
    assert_int_equal(run_virtual(cancels_outer, NULL), 0);
    assert_string_equal(rec_prints(), "inner got ECANCELLED|outer got ECANCELLED; inner cancelled: 1|"
                                      "main: outer cancelled 1 (ECANCELLED) at 1");
    assert_int_equal(rec_count("task_cancelled"), 2);
    /* One request, passed on: inner's cancellation is requested by the loop
     * on outer's behalf, so two cancel_requested events. */
    assert_int_equal(rec_count("cancel_requested"), 2);
}

static int future_waiter(void *arg, cas_value *r) {
    cas_future *f = arg;
    int rc = cas_await(f, NULL);
    cas_print("waiter got %s", cas_err_name(rc));
    return rc;
}

static int cancels_future_waiter(void *arg, cas_value *r) {
    cas_future *f = cas_future_new();
    cas_task *t = cas_create_task(future_waiter, f, 0);
    cas_sleep(0);
    CHECK_INT(cas_cancel(t), 1);
    CHECK_INT(cas_cancelled(f), 1); /* the awaited future is cancelled at once */
    CHECK_INT(cas_await(t, NULL), CAS_ECANCELLED);
    cas_exc_clear();
    CHECK_INT(cas_cancel(f), 0);
    cas_release(t);
    cas_release(f);
    return 0;
}

static void cancelling_a_task_that_awaits_a_future_cancels_the_future(void **s) {
    assert_int_equal(run_virtual(cancels_future_waiter, NULL), 0);
    assert_string_equal(rec_prints(), "waiter got ECANCELLED");
}

static int never_runs(void *arg, cas_value *r) {
    cas_print("the body ran");
    return 0;
}

static int cancels_before_start(void *arg, cas_value *r) {
    cas_task *t = cas_create_task(never_runs, NULL, 0);
    CHECK_INT(cas_cancel(t), 1);
    CHECK_INT(cas_await(t, NULL), CAS_ECANCELLED);
    cas_exc_clear();
    CHECK_INT(cas_cancelled(t), 1);
    cas_release(t);
    return 0;
}

static void a_task_cancelled_before_it_starts_never_runs_its_body(void **s) {
    assert_int_equal(run_virtual(cancels_before_start, NULL), 0);
    assert_string_equal(rec_prints(), "");
    assert_int_equal(rec_count("task_created"), 2);
    assert_int_equal(rec_count("task_started"), 1); /* main only */
    assert_int_equal(rec_count("task_cancelled"), 1);
}

/* What an interpreter's aclose() awaitable does when CPython throws
 * CancelledError into it before its start: it runs code that sees the
 * cancel (here it catches it and returns a value, so the task finishes). */
static int sees_cancel_at_start(void *arg, cas_value *r) {
    int took = cas_take_cancel();
    cas_print("entered, cancel taken %d, type %s", took, cas_exc_type() ? cas_exc_type() : "none");
    cas_exc_clear();
    CHECK_INT(cas_take_cancel(), 0); /* taken once */
    int rc = cas_sleep(1);
    cas_print("then slept: %s at %g", cas_err_name(rc), cas_time());
    *r = cas_int(7);
    return rc;
}

static int reraises_cancel_at_start(void *arg, cas_value *r) {
    if (cas_take_cancel()) {
        cas_print("cleanup before the first await");
        return CAS_ECANCELLED;
    }
    cas_print("not cancelled");
    return 0;
}

static int cancels_before_start_entering(void *arg, cas_value *r) {
    cas_task *t = cas_create_task(sees_cancel_at_start, NULL, 0);
    CHECK_INT(cas_task_enter_cancelled(t), 0);
    CHECK_INT(cas_cancel(t), 1);
    cas_value v;
    CHECK_INT(cas_await(t, &v), 0);
    CHECK_INT(v.as.i, 7);
    CHECK_INT(cas_cancelled(t), 0);
    CHECK_INT(cas_task_enter_cancelled(t), CAS_EMISUSE); /* it started */
    cas_release(t);
    cas_task *u = cas_create_task(reraises_cancel_at_start, NULL, 0);
    CHECK_INT(cas_task_enter_cancelled(u), 0);
    CHECK_INT(cas_cancel(u), 1);
    CHECK_INT(cas_await(u, NULL), CAS_ECANCELLED);
    cas_exc_clear();
    CHECK_INT(cas_cancelled(u), 1);
    cas_release(u);
    cas_task *w = cas_create_task(reraises_cancel_at_start, NULL, 0); /* not cancelled: takes nothing */
    CHECK_INT(cas_task_enter_cancelled(w), 0);
    CHECK_INT(cas_await(w, NULL), 0);
    cas_release(w);
    CHECK_INT(cas_task_enter_cancelled(NULL), CAS_EINVAL);
    CHECK_INT(cas_take_cancel(), 0);
    return 0;
}

static void a_task_that_asks_is_entered_when_cancelled_before_it_starts(void **s) {
    assert_int_equal(run_virtual(cancels_before_start_entering, NULL), 0);
    assert_string_equal(rec_prints(), "entered, cancel taken 1, type CancelledError|then slept: OK at 1"
                                      "|cleanup before the first await|not cancelled");
    assert_int_equal(rec_count("task_started"), 4);
    assert_int_equal(rec_count("task_cancelled"), 1);
    assert_int_equal(cas_take_cancel(), 0); /* outside a task */
}

static int cleans_up(void *arg, cas_value *r) {
    int rc = cas_sleep(100);
    cas_print("cleanup after %s at %g", cas_err_name(rc), cas_time());
    /* Cleanup may still await (a finally block with an await). */
    CHECK_INT(cas_sleep(0.5), 0);
    cas_print("cleanup finished at %g", cas_time());
    return rc;
}

static int leaves_a_task(void *arg, cas_value *r) {
    cas_task *t = cas_create_task(cleans_up, NULL, 0);
    cas_sleep(1);
    cas_release(t);
    cas_print("main done");
    *r = cas_int(3);
    return 0;
}

static void run_cancels_leftover_tasks_and_lets_their_cleanup_run(void **s) {
    cas_task *main = NULL;
    assert_int_equal(run_virtual_main(leaves_a_task, NULL, &main), 0);
    cas_value v;
    assert_int_equal(cas_result(main, &v), 0);
    assert_int_equal(v.as.i, 3);
    cas_release(main);
    assert_string_equal(rec_prints(), "main done|cleanup after ECANCELLED at 1|cleanup finished at 1.5");
    assert_string_equal(rec_str(rec_nth("end", 0), "status"), "ok");
    assert_true(rec_num(rec_nth("end", 0), "result") == 3);
    assert_int_equal(rec_count("task_cancelled"), 1);
    assert_stream_well_formed();
}

int main(void) {
    const struct CMUnitTest tests[] = {
        TEST(cancel_during_sleep_raises_cancelled_error_at_that_sleep),
        TEST(a_task_sees_the_cancellation_at_its_next_await),
        TEST(a_task_suspended_on_sleep_zero_sees_the_cancellation_when_it_resumes),
        TEST(a_task_may_catch_cancelled_error_and_return_a_value),
        TEST(cancelling_a_task_that_awaits_another_cancels_the_inner_one),
        TEST(cancelling_a_task_that_awaits_a_future_cancels_the_future),
        TEST(a_task_cancelled_before_it_starts_never_runs_its_body),
        TEST(a_task_that_asks_is_entered_when_cancelled_before_it_starts),
        TEST(run_cancels_leftover_tasks_and_lets_their_cleanup_run),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
