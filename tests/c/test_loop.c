/* test_loop.c -- CPython's loop model: FIFO ready queue, one iteration per
 * sleep(0), timers that cannot be starved and fire in (deadline, set)
 * order, create_task starting at the creator's next suspension, the
 * virtual clock, and cas_run's contract. */
#include "harness.h"

#include <string.h>

static int ping(void *arg, cas_value *r) {
    const char *name = arg;
    for (int i = 1; i <= 3; i++) {
        cas_print("%s%d", name, i);
        int rc = cas_sleep(0);
        if (rc) return rc;
    }
    return 0;
}

static int two_pingers(void *arg, cas_value *r) {
    cas_task *a = cas_create_task(ping, "A", 2), *b = cas_create_task(ping, "B", 2);
    cas_await(a, NULL);
    cas_await(b, NULL);
    cas_release(a);
    cas_release(b);
    return 0;
}

static void sleep_zero_yields_exactly_one_iteration(void **s) {
    assert_int_equal(run_virtual(two_pingers, NULL), 0);
    assert_string_equal(rec_prints(), "A1|B1|A2|B2|A3|B3");
}

static int spinner(void *arg, cas_value *r) {
    for (int i = 0; i < 1000; i++) {
        if (cas_time() > 0) {
            cas_print("spinner saw the clock move after %d yields", i);
            return 0;
        }
        int rc = cas_sleep(0);
        if (rc) return rc;
    }
    cas_print("spinner starved everyone");
    return 0;
}

static int sleeper(void *arg, cas_value *r) {
    cas_sleep(0.001);
    cas_print("timer fired");
    return 0;
}

static int spin_and_sleep(void *arg, cas_value *r) {
    cas_task *a = cas_create_task(sleeper, NULL, 0), *b = cas_create_task(spinner, NULL, 0);
    cas_await(a, NULL);
    cas_await(b, NULL);
    cas_release(a);
    cas_release(b);
    return 0;
}

static void a_task_spinning_on_sleep_zero_cannot_starve_a_timer(void **s) {
    /* Under the virtual clock time only moves when nothing is ready, so a
     * spinner would starve the timer for ever if expired timers were not
     * collected at every iteration: the real clock shows it. */
    cas_set_clock(CAS_CLOCK_REAL);
    rec_start();
    assert_int_equal(cas_run(spin_and_sleep, NULL, NULL), 0);
    assert_null(strstr(rec_prints(), "starved"));
    assert_non_null(strstr(rec_prints(), "timer fired"));
}

static int sleep_for(void *arg, cas_value *r) {
    const double *d = arg;
    int rc = cas_sleep(d[0]);
    if (rc) return rc;
    cas_print("%g done (#%g)", d[0], d[1]);
    return 0;
}

static int equal_deadlines(void *arg, cas_value *r) {
    cas_task *t[5];
    for (int i = 0; i < 5; i++) {
        double d[2] = {1.0, i + 1};
        t[i] = cas_create_task(sleep_for, d, sizeof d);
    }
    for (int i = 0; i < 5; i++) {
        cas_await(t[i], NULL);
        cas_release(t[i]);
    }
    return 0;
}

static void equal_deadlines_fire_in_the_order_they_were_set(void **s) {
    assert_int_equal(run_virtual(equal_deadlines, NULL), 0);
    assert_string_equal(rec_prints(), "1 done (#1)|1 done (#2)|1 done (#3)|1 done (#4)|1 done (#5)");
}

static int mixed_deadlines(void *arg, cas_value *r) {
    static const double ds[][2] = {{0.3, 1}, {0.1, 2}, {0.2, 3}, {0.1, 4}};
    cas_task *t[4];
    for (int i = 0; i < 4; i++) t[i] = cas_create_task(sleep_for, ds[i], sizeof ds[i]);
    for (int i = 0; i < 4; i++) {
        cas_await(t[i], NULL);
        cas_release(t[i]);
    }
    return 0;
}

static void timers_fire_by_deadline_then_by_insertion(void **s) {
    assert_int_equal(run_virtual(mixed_deadlines, NULL), 0);
    assert_string_equal(rec_prints(), "0.1 done (#2)|0.1 done (#4)|0.2 done (#3)|0.3 done (#1)");
    assert_true(rec_time_of("0.3 done (#1)") == 300);
}

static int child(void *arg, cas_value *r) {
    cas_print("child runs");
    return 0;
}

static int creator(void *arg, cas_value *r) {
    cas_task *t = cas_create_task(child, NULL, 0);
    cas_print("after create_task");
    cas_sleep(0);
    cas_print("after sleep");
    cas_release(t);
    return 0;
}

static void a_task_starts_at_its_creators_next_suspension(void **s) {
    assert_int_equal(run_virtual(creator, NULL), 0);
    assert_string_equal(rec_prints(), "after create_task|child runs|after sleep");
}

static int returns_seven(void *arg, cas_value *r) {
    *r = cas_int(7);
    return 0;
}

static void run_returns_mains_result(void **s) {
    cas_task *main = NULL;
    rec_start();
    assert_int_equal(cas_run(returns_seven, NULL, &main), 0);
    cas_value v;
    assert_int_equal(cas_result(main, &v), 0);
    assert_int_equal(v.kind, CAS_INT);
    assert_int_equal(v.as.i, 7);
    cas_release(main);
    assert_stream_well_formed();
    const cJSON *end = rec_nth("end", 0);
    assert_string_equal(cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(end, "status")), "ok");
    assert_int_equal(cJSON_GetNumberValue(cJSON_GetObjectItemCaseSensitive(end, "result")), 7);
}

static int nested_run(void *arg, cas_value *r) {
    int *rc = arg;
    *rc = cas_run(returns_seven, NULL, NULL);
    return 0;
}

static void run_inside_a_running_loop_is_refused(void **s) {
    int rc = 0;
    assert_int_equal(run_virtual(nested_run, &rc), 0);
    assert_int_equal(rc, CAS_ERUNNING);
}

static void awaiting_outside_a_task_is_misuse(void **s) {
    assert_int_equal(cas_sleep(1), CAS_EMISUSE);
    assert_int_equal(cas_await(NULL, NULL), CAS_EMISUSE);
    assert_null(cas_create_task(child, NULL, 0));
    assert_int_equal(cas_run(NULL, NULL, NULL), CAS_EINVAL);
}

static int clock_reader(void *arg, cas_value *r) {
    double *seen = arg;
    seen[0] = cas_time();
    cas_sleep(1.5);
    seen[1] = cas_time();
    cas_sleep(0.25);
    seen[2] = cas_time();
    return 0;
}

static void the_virtual_clock_jumps_exactly_to_each_deadline(void **s) {
    double seen[3];
    assert_int_equal(run_virtual(clock_reader, seen), 0);
    assert_true(seen[0] == 0);
    assert_true(seen[1] == 1.5);
    assert_true(seen[2] == 1.75);
}

static int waits_forever(void *arg, cas_value *r) {
    cas_future *f = cas_future_new();
    int rc = cas_await(f, NULL);
    cas_print("woken with %s", cas_err_name(rc));
    cas_release(f);
    return rc;
}

static void a_deadlock_is_reported_not_hung(void **s) {
    assert_int_equal(run_virtual(waits_forever, NULL), CAS_EDEADLOCK);
    assert_string_equal(cas_exc_type(), "RuntimeError");
    assert_string_equal(rec_prints(), "woken with ECANCELLED");
    const cJSON *err = rec_nth("error", 0);
    assert_non_null(err);
    assert_string_equal(cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(err, "code")), "EDEADLOCK");
    assert_stream_well_formed();
}

int main(void) {
    const struct CMUnitTest tests[] = {
        TEST(sleep_zero_yields_exactly_one_iteration),
        TEST(a_task_spinning_on_sleep_zero_cannot_starve_a_timer),
        TEST(equal_deadlines_fire_in_the_order_they_were_set),
        TEST(timers_fire_by_deadline_then_by_insertion),
        TEST(a_task_starts_at_its_creators_next_suspension),
        TEST(run_returns_mains_result),
        TEST(run_inside_a_running_loop_is_refused),
        TEST(awaiting_outside_a_task_is_misuse),
        TEST(the_virtual_clock_jumps_exactly_to_each_deadline),
        TEST(a_deadlock_is_reported_not_hung),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
