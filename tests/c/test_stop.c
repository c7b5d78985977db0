/* test_stop.c -- cas_request_stop: every task receives CancelledError,
 * and once the grace period has passed the loop drops the tasks that are
 * still pending.  A hard stop never frees a task that is running: one in
 * a blocking sleep, in long cleanup, or whose stack a done callback runs
 * on.  The running task goes on until it suspends or returns; only then
 * can the loop drop it.  (Run under ASan: a task freed while it runs is a
 * heap-use-after-free there.) */
#include "harness.h"


static int sleeps_long(void *arg, cas_value *r) {
    int rc = cas_sleep(10);
    cas_print("sleeper: %s", cas_err_name(rc));
    return rc;
}

/* A task asks for a hard stop and then blocks: the blocking sleep returns
 * at once with CancelledError, and the task itself goes on running. */
static int stops_then_blocks(void *arg, cas_value *r) {
    cas_task *other = cas_create_task(sleeps_long, NULL, 0);
    cas_sleep(0);
    cas_request_stop(0);
    int rc = cas_blocking_sleep(1);
    cas_print("blocking sleep: %s", cas_err_name(rc));
    cas_print("cleanup runs on");
    cas_release(other);
    return rc;
}

static void a_hard_stop_from_inside_a_blocking_sleep_lets_the_task_finish(void **s) {
    cas_task *main = NULL;
    assert_int_equal(run_virtual_main(stops_then_blocks, NULL, &main), CAS_ECANCELLED);
    assert_true(cas_cancelled(main));
    cas_release(main);
    assert_string_equal(rec_prints(), "blocking sleep: ECANCELLED|cleanup runs on");
    assert_int_equal(rec_count("stop_requested"), 1);
    assert_string_equal(rec_str(rec_nth("end", 0), "status"), "cancelled");
    assert_stream_well_formed();
}

/* Cleanup during which the grace ends (a second request, with grace 0,
 * made by the task itself: exactly while it runs), which then blocks
 * (the block returns at once, the stop having cut it short) and awaits:
 * its await is where the loop can drop it. */
static int cleans_up_slowly(void *arg, cas_value *r) {
    int rc = cas_sleep(10);
    cas_print("worker: %s", cas_err_name(rc));
    cas_request_stop(0);
    cas_print("worker blocks: %s", cas_err_name(cas_blocking_sleep(5)));
    cas_print("worker awaits: %s", cas_err_name(cas_sleep(1)));
    cas_print("never printed: the worker was dropped at its await");
    return rc;
}

/* Dropped tasks never return, so what they hold is held here. */
static cas_task *held;

static int main_stops(void *arg, cas_value *r) {
    held = cas_create_task(cleans_up_slowly, NULL, 0);
    cas_sleep(1);
    cas_request_stop(1000);
    int rc = cas_await(held, NULL);
    cas_print("never printed either: main awaits the worker and is dropped with it");
    return rc;
}

static void the_grace_ending_during_cleanup_drops_the_task_only_once_it_suspends(void **s) {
    assert_int_equal(run_virtual(main_stops, NULL), CAS_ECANCELLED);
    cas_release(held);
    /* The stop cancelled main's await of the worker, so the worker; it
     * ran its cleanup up to its next await, where the expired grace
     * dropped it, and main with it. */
    assert_string_equal(rec_prints(), "worker: ECANCELLED|worker blocks: ECANCELLED");
    assert_int_equal(rec_count("task_cancelled"), 2);
    assert_int_equal(rec_count("stop_requested"), 1);
    assert_string_equal(rec_str(rec_nth("end", 0), "status"), "cancelled");
    assert_stream_well_formed();
}

/* A done callback runs on the stack of the task that has just suspended
 * (the scheduler goes on there).  A hard stop and a blocking sleep in it
 * must not free that task while the callback runs on its stack. */
static void stops_in_a_callback(cas_future *f, void *ud) {
    cas_request_stop(0);
    int *rc = ud;
    *rc = cas_blocking_sleep(1);
}

static int sleeper_zero(void *arg, cas_value *r) {
    for (int i = 0; i < 4; i++) {
        int rc = cas_sleep(0);
        if (rc) return rc;
    }
    return 0;
}

static int main_with_callback(void *arg, cas_value *r) {
    cas_task *t[3];
    for (int i = 0; i < 3; i++) t[i] = cas_create_task(sleeper_zero, NULL, 0);
    cas_future *f = cas_future_new();
    cas_add_done_callback(f, stops_in_a_callback, arg);
    cas_future_set_result(f, cas_int(1));
    int rc = cas_sleep(0); /* the callback runs while this task's step has ended */
    if (rc == 0) rc = cas_sleep(0);
    cas_release(f);
    for (int i = 0; i < 3; i++) cas_release(t[i]);
    return rc;
}

static void a_hard_stop_in_a_done_callback_frees_no_task_under_it(void **s) {
    int cb_rc = 1;
    assert_int_equal(run_virtual(main_with_callback, &cb_rc), CAS_ECANCELLED);
    assert_int_equal(cb_rc, CAS_ECANCELLED);
    assert_string_equal(rec_str(rec_nth("end", 0), "status"), "cancelled");
    assert_stream_well_formed();
}

/* The same on the real clock: the grace expires while the task blocks. */
static int blocks_past_the_grace(void *arg, cas_value *r) {
    cas_task *other = cas_create_task(sleeps_long, NULL, 0);
    cas_sleep(0);
    cas_request_stop(0.001);
    cas_print("cleanup blocks: %s", cas_err_name(cas_blocking_sleep(0.01)));
    double t0 = cas_time();
    while (cas_time() - t0 < 0.01) {
    }
    cas_print("cleanup blocks again: %s", cas_err_name(cas_blocking_sleep(0.01)));
    cas_release(other);
    return CAS_ECANCELLED;
}

static void real_clock_the_grace_expiring_while_a_task_blocks_frees_nothing_running(void **s) {
    assert_int_equal(cas_set_clock(CAS_CLOCK_REAL), 0);
    rec_start();
    assert_int_equal(cas_run(blocks_past_the_grace, NULL, NULL), CAS_ECANCELLED);
    assert_checks_passed();
    assert_string_equal(rec_prints(), "cleanup blocks: ECANCELLED|cleanup blocks again: ECANCELLED");
    assert_string_equal(rec_str(rec_nth("end", 0), "status"), "cancelled");
    assert_stream_well_formed();
}

/* After a hard stop nothing is alive, as after any run (the teardown
 * checks the same after cas_trim). */
static void a_hard_stop_leaves_nothing_alive(void **s) {
    assert_int_equal(run_virtual(main_stops, NULL), CAS_ECANCELLED);
    cas_release(held);
    cas_exc_clear();
    cas_stats st;
    cas_get_stats(&st);
    assert_int_equal(st.tasks, 0);
    assert_int_equal(st.futures, 0);
    assert_int_equal(st.timers, 0);
}

/* Pressing Stop again: a second request with a shorter grace ends the
 * stop sooner (a task ignoring CancelledError is then dropped). */
static int ignores_cancel(void *arg, cas_value *r) {
    for (int i = 0; i < 1000000; i++) {
        int rc = cas_sleep(1);
        if (rc) {
            cas_print("ignoring %s", cas_err_name(rc));
            cas_exc_clear();
        }
    }
    cas_print("never printed: the worker is dropped");
    return 0;
}

static int stops_twice(void *arg, cas_value *r) {
    held = cas_create_task(ignores_cancel, NULL, 0);
    cas_sleep(0.5);
    cas_request_stop(1000);
    int rc = cas_sleep(0.5);
    cas_print("main: %s", cas_err_name(rc));
    cas_exc_clear();
    cas_request_stop(0); /* and again, longer: never lengthens it */
    cas_request_stop(1000);
    rc = cas_sleep(10);
    cas_print("never printed: main is dropped at its sleep");
    return rc;
}

static void a_second_stop_request_shortens_the_grace(void **s) {
    assert_int_equal(run_virtual(stops_twice, NULL), CAS_ECANCELLED);
    cas_release(held);
    assert_string_equal(rec_prints(), "main: ECANCELLED|ignoring ECANCELLED");
    assert_int_equal(rec_count("stop_requested"), 1);
    assert_string_equal(rec_str(rec_nth("error", 0), "code"), "ECANCELLED");
    assert_string_equal(rec_str(rec_nth("end", 0), "status"), "cancelled");
    assert_stream_well_formed();
}

/* What a dropped task held stays valid for its owner to release: a
 * gather's registration on a dropped child (once freed by the drop, then
 * again by the gather: use after free), an as_completed iterator whose
 * next() never came back (its getter leaked). */
static cas_future *held_gather;
static cas_as_completed_iter *held_iter;

static int stopper(void *arg, cas_value *r) {
    cas_sleep(1);
    cas_request_stop(0);
    return 0;
}

static cas_task *stopper_task;

static int gathers_then_is_dropped(void *arg, cas_value *r) {
    stopper_task = cas_create_task(stopper, NULL, 0);
    held = cas_create_task(sleeps_long, NULL, 0);
    cas_future *fs[2] = {held, held};
    if (arg) {
        held_iter = cas_as_completed(fs, 2, -1);
        cas_as_completed_next(held_iter, NULL);
    } else {
        held_gather = cas_gather(fs, 2, 0);
        cas_await(held_gather, NULL);
    }
    cas_print("never printed: main is dropped in its await");
    return 0;
}

static void what_a_dropped_task_held_can_still_be_released(void **s) {
    assert_int_equal(run_virtual(gathers_then_is_dropped, NULL), CAS_ECANCELLED);
    cas_release(held_gather);
    cas_release(held);
    cas_release(stopper_task);
    held_gather = NULL;
    assert_nothing_alive();
    assert_int_equal(run_virtual(gathers_then_is_dropped, (void *)1), CAS_ECANCELLED);
    cas_as_completed_free(held_iter);
    cas_release(held);
    cas_release(stopper_task);
    held_iter = NULL;
    assert_string_equal(rec_prints(), "");
}

/* During the grace period, cleanup may await a sleep: the loop waits for
 * its timer (it used to spin, never waiting, until the grace ended). */
static int sleeps_in_cleanup(void *arg, cas_value *r) {
    int rc = cas_sleep(10);
    cas_exc_clear();
    double t0 = cas_time();
    int rc2 = cas_sleep(2);
    cas_print("cleanup slept %.1f s: %s", cas_time() - t0, cas_err_name(rc2));
    return rc;
}

static int soft_stop(void *arg, cas_value *r) {
    held = cas_create_task(sleeps_in_cleanup, NULL, 0);
    cas_sleep(1);
    cas_request_stop(1000);
    int rc = cas_await(held, NULL);
    cas_print("main: %s", cas_err_name(rc));
    cas_release(held);
    return rc;
}

static int sleeps_in_cleanup_real(void *arg, cas_value *r) {
    int rc = cas_sleep(10);
    cas_exc_clear();
    double t0 = cas_time();
    cas_sleep(0.05);
    double slept = cas_time() - t0;
    cas_print("cleanup slept %s", slept >= 0.05 && slept < 1 ? "0.05 s" : "wrong");
    return rc;
}

static int soft_stop_real(void *arg, cas_value *r) {
    held = cas_create_task(sleeps_in_cleanup_real, NULL, 0);
    cas_sleep(0.01);
    cas_request_stop(5);
    int rc = cas_await(held, NULL);
    cas_print("main: %s", cas_err_name(rc));
    cas_release(held);
    return rc;
}

static void cleanup_may_sleep_during_the_grace_period(void **s) {
    assert_int_equal(run_virtual(soft_stop, NULL), CAS_ECANCELLED);
    assert_string_equal(rec_prints(), "cleanup slept 2.0 s: OK|main: ECANCELLED");
    assert_int_equal(rec_count("error"), 0); /* no hard stop */
    assert_stream_well_formed();
}

static void real_clock_cleanup_may_sleep_during_the_grace_period(void **s) {
    assert_int_equal(cas_set_clock(CAS_CLOCK_REAL), 0);
    rec_start();
    assert_int_equal(cas_run(soft_stop_real, NULL, NULL), CAS_ECANCELLED);
    assert_checks_passed();
    assert_string_equal(rec_prints(), "cleanup slept 0.05 s|main: ECANCELLED");
}

/* A program whose first run a task of its own stopped (as a Python
 * task's KeyboardInterrupt stops asyncio.run), and that runs again: with
 * the stop cleared, the second run's request cancels its tasks again;
 * kept, that request would find the loop still stopping and cancel
 * nothing, and the sleeper would sleep on. */
static int requests_stop(void *arg, cas_value *r) {
    cas_task *other = cas_create_task(sleeps_long, NULL, 0);
    cas_sleep(0);
    cas_request_stop(1);
    int rc = cas_sleep(5);
    cas_print("main: %s", cas_err_name(rc));
    cas_release(other);
    return rc;
}
static int runs_twice(void *arg, cas_value *r) {
    cas_print("run 1: %s", cas_err_name(cas_run(requests_stop, NULL, NULL)));
    cas_stop_clear();
    cas_print("run 2: %s", cas_err_name(cas_run(requests_stop, NULL, NULL)));
    return 0;
}
static void a_stop_cleared_after_its_run_lets_the_next_run_stop_again(void **s) {
    assert_int_equal(cas_set_clock(CAS_CLOCK_VIRTUAL), 0);
    rec_start();
    assert_int_equal(cas_main(runs_twice, NULL), 0);
    assert_string_equal(rec_prints(), "main: ECANCELLED|sleeper: ECANCELLED|run 1: ECANCELLED|"
                                      "main: ECANCELLED|sleeper: ECANCELLED|run 2: ECANCELLED");
    assert_int_equal(rec_count("stop_requested"), 2);
    assert_stream_well_formed();
    cas_stop_clear(); /* a no-op between programs too */
}

int main(void) {
    const struct CMUnitTest tests[] = {
        TEST(a_hard_stop_from_inside_a_blocking_sleep_lets_the_task_finish),
        TEST(the_grace_ending_during_cleanup_drops_the_task_only_once_it_suspends),
        TEST(a_hard_stop_in_a_done_callback_frees_no_task_under_it),
        TEST(real_clock_the_grace_expiring_while_a_task_blocks_frees_nothing_running),
        TEST(a_hard_stop_leaves_nothing_alive),
        TEST(a_second_stop_request_shortens_the_grace),
        TEST(what_a_dropped_task_held_can_still_be_released),
        TEST(cleanup_may_sleep_during_the_grace_period),
        TEST(real_clock_cleanup_may_sleep_during_the_grace_period),
        TEST(a_stop_cleared_after_its_run_lets_the_next_run_stop_again),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
