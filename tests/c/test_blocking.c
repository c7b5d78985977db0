/* test_blocking.c -- time.sleep (cas_blocking_sleep) blocks the whole loop:
 * no other task or callback runs until it returns, and the clock advances
 * by exactly its duration. */
#include "harness.h"

static int ticker(void *arg, cas_value *r) {
    for (int i = 0; i < 3; i++) {
        cas_print("tick %g", cas_time());
        int rc = cas_sleep(0.5);
        if (rc) return rc;
    }
    return 0;
}

static int blocker(void *arg, cas_value *r) {
    cas_task *t = cas_create_task(ticker, NULL, 0);
    cas_sleep(0);
    cas_print("blocking at %g", cas_time());
    CHECK_INT(cas_blocking_sleep(2), 0);
    cas_print("unblocked at %g", cas_time());
    CHECK_INT(cas_await(t, NULL), 0);
    cas_release(t);
    return 0;
}

static void a_blocking_sleep_stops_the_whole_loop(void **s) {
    assert_int_equal(run_virtual(blocker, NULL), 0);
    /* The ticker's 0.5 s timer is due during the block, but runs after. */
    assert_string_equal(rec_prints(), "tick 0|blocking at 0|unblocked at 2|tick 2|tick 2.5");
    assert_int_equal(rec_count("loop_blocked"), 1);
    assert_int_equal(rec_count("loop_unblocked"), 1);
    const cJSON *b = rec_nth("loop_blocked", 0);
    assert_true(rec_num(b, "ms") == 2000);
    assert_string_equal(rec_str(b, "task"), rec_str(rec_nth("task_created", 0), "task")); /* main */
    assert_true(rec_num(rec_nth("loop_unblocked", 0), "t") == 2000);
}

static void note(cas_future *f, void *ud) { cas_print("callback at %g", cas_time()); }

static int blocks_with_a_callback_due(void *arg, cas_value *r) {
    cas_future *f = cas_future_new();
    cas_add_done_callback(f, note, NULL);
    cas_future_set_result(f, cas_none()); /* the callback is ready now */
    CHECK_INT(cas_blocking_sleep(0.75), 0);
    cas_print("unblocked at %g", cas_time());
    cas_sleep(0);
    cas_release(f);
    return 0;
}

static void a_ready_callback_waits_for_the_blocking_sleep(void **s) {
    assert_int_equal(run_virtual(blocks_with_a_callback_due, NULL), 0);
    assert_string_equal(rec_prints(), "unblocked at 0.75|callback at 0.75");
}

static int sleeps_in_turn(void *arg, cas_value *r) {
    const char *name = arg;
    cas_print("%s blocks at %g", name, cas_time());
    CHECK_INT(cas_blocking_sleep(1), 0);
    cas_print("%s unblocks at %g", name, cas_time());
    return 0;
}

static int two_blockers(void *arg, cas_value *r) {
    cas_task *a = cas_create_task(sleeps_in_turn, "A", 2), *b = cas_create_task(sleeps_in_turn, "B", 2);
    cas_await(a, NULL);
    cas_await(b, NULL);
    cas_release(a);
    cas_release(b);
    return 0;
}

static void blocking_sleeps_of_two_tasks_add_up(void **s) {
    assert_int_equal(run_virtual(two_blockers, NULL), 0);
    assert_string_equal(rec_prints(), "A blocks at 0|A unblocks at 1|B blocks at 1|B unblocks at 2");
}

static int bad_durations(void *arg, cas_value *r) {
    CHECK_INT(cas_blocking_sleep(-1), CAS_EINVAL);
    CHECK_INT(cas_blocking_sleep(0.0 / 0.0), CAS_EINVAL);
    CHECK_INT(cas_blocking_sleep(0), 0);
    CHECK(cas_time() == 0);
    return 0;
}

static void a_negative_or_nan_duration_is_refused(void **s) {
    assert_int_equal(run_virtual(bad_durations, NULL), 0);
    assert_int_equal(rec_count("loop_blocked"), 1); /* the sleep(0) */
}

static void a_blocking_sleep_outside_any_loop_just_waits(void **s) {
    /* Real clock, outside a run: a short real wait. */
    assert_int_equal(cas_blocking_sleep(0.01), 0);
    assert_int_equal(cas_blocking_sleep(-0.5), CAS_EINVAL);
}

/* cas_blocking_sleep_inline: no suspension, so a callback can call it too;
 * the virtual clock moves on at once and nothing else runs meanwhile. */
static int inline_in_callback(void *ud) {
    cas_print("callback blocks at %g", cas_time());
    CHECK_INT(cas_blocking_sleep_inline(1.5), 0);
    cas_print("callback unblocks at %g", cas_time());
    return 0;
}

static int blocks_inline(void *arg, cas_value *r) {
    cas_task *t = cas_create_task(ticker, NULL, 0);
    CHECK_INT(cas_call_soon(inline_in_callback, NULL, NULL), 0);
    cas_sleep(0);
    CHECK_INT(cas_blocking_sleep_inline(0.25), 0);
    cas_print("main at %g", cas_time());
    CHECK_INT(cas_blocking_sleep_inline(-1), CAS_EINVAL);
    CHECK_INT(cas_blocking_sleep_inline(0.0 / 0.0), CAS_EINVAL);
    CHECK_INT(cas_await(t, NULL), 0);
    cas_release(t);
    return 0;
}

static void an_inline_blocking_sleep_moves_the_virtual_clock_at_once(void **s) {
    assert_int_equal(run_virtual(blocks_inline, NULL), 0);
    /* the ticker's timers come due during the blocks and run after them */
    assert_string_equal(rec_prints(), "tick 0|callback blocks at 0|callback unblocks at 1.5|main at 1.75|tick 1.75|tick 2.25");
    assert_int_equal(rec_count("loop_blocked"), 2);
    assert_int_equal(rec_count("loop_unblocked"), 2);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        TEST(a_blocking_sleep_stops_the_whole_loop),
        TEST(a_ready_callback_waits_for_the_blocking_sleep),
        TEST(blocking_sleeps_of_two_tasks_add_up),
        TEST(a_negative_or_nan_duration_is_refused),
        TEST(a_blocking_sleep_outside_any_loop_just_waits),
        TEST(an_inline_blocking_sleep_moves_the_virtual_clock_at_once),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
