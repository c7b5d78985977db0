/* test_as_completed.c -- as_completed with CPython's semantics: results in
 * completion order, a future's exception at its turn, and a timeout that
 * raises TimeoutError for each future left, then the end. */
#include "harness.h"

static void drain(cas_as_completed_iter *it) {
    cas_value v;
    int rc;
    while ((rc = cas_as_completed_next(it, &v)) != CAS_EDONE) {
        if (rc == 0) {
            char buf[32];
            cas_repr(v, buf, sizeof buf);
            cas_print("got %s at %g", buf, cas_time());
        } else {
            cas_print("%s %s(%s) at %g", cas_err_name(rc), cas_exc_type(), cas_exc_message(), cas_time());
            cas_exc_clear();
        }
    }
    /* Over is over. */
    CHECK_INT(cas_as_completed_next(it, &v), CAS_EDONE);
}

static int completion_order(void *arg, cas_value *r) {
    static const job jobs[] = {{0.3, 1, 0}, {0.1, 2, 0}, {0.2, 3, 0}};
    cas_task *t[3];
    spawn(t, jobs, 3);
    cas_as_completed_iter *it = cas_as_completed(t, 3, -1);
    CHECK(it != NULL);
    drain(it);
    cas_as_completed_free(it);
    release_all(t, 3);
    return 0;
}

static void as_completed_gives_results_in_completion_order(void **s) {
    assert_int_equal(run_virtual(completion_order, NULL), 0);
    assert_string_equal(rec_prints(), "worker 2 done|got 2 at 0.1|worker 3 done|got 3 at 0.2|worker 1 done|got 1 at 0.3");
}

static int with_exception(void *arg, cas_value *r) {
    static const job jobs[] = {{0.3, 1, 0}, {0.1, 2, 0}, {0.2, 3, 1}};
    cas_task *t[3];
    spawn(t, jobs, 3);
    cas_as_completed_iter *it = cas_as_completed(t, 3, -1);
    drain(it);
    cas_as_completed_free(it);
    release_all(t, 3);
    return 0;
}

static void an_exception_comes_out_at_its_futures_turn(void **s) {
    assert_int_equal(run_virtual(with_exception, NULL), 0);
    assert_string_equal(rec_prints(), "worker 2 done|got 2 at 0.1|worker 3 done|EEXCEPTION ValueError(worker 3 failed) at 0.2|"
                                      "worker 1 done|got 1 at 0.3");
    assert_int_equal(rec_count("error"), 0); /* it was retrieved */
}

static int with_timeout(void *arg, cas_value *r) {
    static const job jobs[] = {{0.1, 1, 0}, {5, 2, 0}, {6, 3, 0}};
    cas_task *t[3];
    spawn(t, jobs, 3);
    cas_as_completed_iter *it = cas_as_completed(t, 3, 1.0);
    drain(it);
    cas_as_completed_free(it);
    cas_print("pending after the timeout: %d %d", !cas_done(t[1]), !cas_done(t[2]));
    cas_cancel(t[1]);
    cas_cancel(t[2]);
    release_all(t, 3);
    return 0;
}

static void a_timeout_gives_timeout_error_for_each_future_left_then_the_end(void **s) {
    assert_int_equal(run_virtual(with_timeout, NULL), 0);
    /* The timeout does not cancel the futures (CPython neither). */
    assert_string_equal(rec_prints(), "worker 1 done|got 1 at 0.1|ETIMEOUT TimeoutError() at 1|ETIMEOUT TimeoutError() at 1|"
                                      "pending after the timeout: 1 1|worker 2 cancelled|worker 3 cancelled");
}

static int future_given_twice(void *arg, cas_value *r) {
    static const job jobs[] = {{0.2, 1, 0}, {0.1, 2, 0}};
    cas_task *t[2];
    spawn(t, jobs, 2);
    cas_task *fs[3] = {t[0], t[1], t[0]};
    cas_as_completed_iter *it = cas_as_completed(fs, 3, -1);
    drain(it);
    cas_as_completed_free(it);
    release_all(t, 2);
    return 0;
}

static void a_future_given_twice_is_returned_once(void **s) {
    assert_int_equal(run_virtual(future_given_twice, NULL), 0);
    assert_string_equal(rec_prints(), "worker 2 done|got 2 at 0.1|worker 1 done|got 1 at 0.2");
}

static int nothing(void *arg, cas_value *r) {
    cas_as_completed_iter *it = cas_as_completed(NULL, 0, 1.0);
    CHECK(it != NULL);
    CHECK_INT(cas_as_completed_next(it, NULL), CAS_EDONE);
    cas_as_completed_free(it);
    CHECK_INT(cas_time() == 0, 1);
    return 0;
}

static void as_completed_of_nothing_is_over_at_once(void **s) {
    assert_int_equal(run_virtual(nothing, NULL), 0);
    assert_int_equal(rec_count("timer_set"), 0);
}

static int freed_early(void *arg, cas_value *r) {
    static const job jobs[] = {{0.1, 1, 0}, {0.2, 2, 0}};
    cas_task *t[2];
    spawn(t, jobs, 2);
    cas_as_completed_iter *it = cas_as_completed(t, 2, 5.0);
    cas_value v;
    CHECK_INT(cas_as_completed_next(it, &v), 0);
    CHECK_INT(v.as.i, 1);
    cas_as_completed_free(it); /* leaves the loop: its timer goes too */
    CHECK_INT(cas_await(t[1], NULL), 0);
    cas_print("done at %g", cas_time());
    release_all(t, 2);
    return 0;
}

static void freeing_the_iterator_early_leaves_no_timer_behind(void **s) {
    assert_int_equal(run_virtual(freed_early, NULL), 0);
    assert_string_equal(rec_prints(), "worker 1 done|worker 2 done|done at 0.2");
    assert_true(rec_num(rec_nth("end", 0), "t") == 200); /* not 5000: the timeout did not keep the loop */
}

static void next_outside_a_task_is_misuse(void **s) {
    assert_int_equal(cas_as_completed_next(NULL, NULL), CAS_EINVAL);
    assert_null(cas_as_completed(NULL, 0, -1)); /* no loop */
}

/* cas_as_completed_last: the future whose outcome each next() returned;
 * NULL after a timeout and at the end. */
static int names_last(void *arg, cas_value *r) {
    static const job jobs[] = {{0.3, 1, 0}, {0.1, 2, 1}, {0.2, 3, 0}};
    cas_task *t[3];
    spawn(t, jobs, 3);
    cas_as_completed_iter *it = cas_as_completed(t, 3, 0.25);
    CHECK(it != NULL);
    CHECK(cas_as_completed_last(it) == NULL);
    CHECK_INT(cas_as_completed_next(it, NULL), CAS_EEXCEPTION);
    cas_exc_clear();
    CHECK(cas_as_completed_last(it) == t[1]);
    CHECK_INT(cas_as_completed_next(it, NULL), 0);
    CHECK(cas_as_completed_last(it) == t[2]);
    CHECK_INT(cas_as_completed_next(it, NULL), CAS_ETIMEOUT);
    cas_exc_clear();
    CHECK(cas_as_completed_last(it) == NULL);
    CHECK_INT(cas_as_completed_next(it, NULL), CAS_EDONE);
    CHECK(cas_as_completed_last(it) == NULL);
    CHECK(cas_as_completed_last(NULL) == NULL);
    cas_as_completed_free(it);
    CHECK_INT(cas_sleep(1), 0);
    release_all(t, 3);
    return 0;
}

static void as_completed_last_names_the_future_each_next_returned(void **s) {
    assert_int_equal(run_virtual(names_last, NULL), 0);
    assert_string_equal(rec_prints(), "worker 2 done|worker 3 done|worker 1 done");
}

int main(void) {
    const struct CMUnitTest tests[] = {
        TEST(as_completed_gives_results_in_completion_order),
        TEST(an_exception_comes_out_at_its_futures_turn),
        TEST(a_timeout_gives_timeout_error_for_each_future_left_then_the_end),
        TEST(a_future_given_twice_is_returned_once),
        TEST(as_completed_of_nothing_is_over_at_once),
        TEST(freeing_the_iterator_early_leaves_no_timer_behind),
        TEST(next_outside_a_task_is_misuse),
        TEST(as_completed_last_names_the_future_each_next_returned),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
