/* test_gather.c -- gather and as_completed with CPython's semantics:
 * argument order, first error without cancelling siblings,
 * return_exceptions, cancelling the gather, gathering nothing;
 * completion order and timeouts for as_completed. */
#include "harness.h"

#include <string.h>

typedef struct job {
    double delay;
    int value;
    int fail;
} job;

static int worker(void *arg, cas_value *r) {
    job *j = arg;
    int rc = cas_sleep(j->delay);
    if (rc) {
        cas_print("worker %d cancelled", j->value);
        return rc;
    }
    cas_print("worker %d done", j->value);
    if (j->fail) return cas_raise("ValueError", "worker %d failed", j->value);
    *r = cas_int(j->value);
    return 0;
}

static void spawn(cas_task **t, const job *jobs, size_t n) {
    for (size_t i = 0; i < n; i++) t[i] = cas_create_task(worker, &jobs[i], sizeof jobs[i]);
}

static void release_all(cas_task **t, size_t n) {
    for (size_t i = 0; i < n; i++) cas_release(t[i]);
}

static int gathers_in_argument_order(void *arg, cas_value *r) {
    static const job jobs[] = {{0.3, 1, 0}, {0.1, 2, 0}, {0.2, 3, 0}};
    cas_task *t[3];
    spawn(t, jobs, 3);
    cas_future *g = cas_gather(t, 3, 0);
    cas_value list;
    assert_int_equal(cas_await(g, &list), 0);
    char buf[64];
    cas_repr(list, buf, sizeof buf);
    cas_print("results %s", buf);
    cas_release(g);
    release_all(t, 3);
    return 0;
}

static void gather_returns_results_in_argument_order(void **s) {
    assert_int_equal(run_virtual(gathers_in_argument_order, NULL), 0);
    assert_string_equal(rec_prints(), "worker 2 done|worker 3 done|worker 1 done|results [1, 2, 3]");
}

static int first_error(void *arg, cas_value *r) {
    static const job jobs[] = {{0.3, 1, 0}, {0.1, 2, 1}, {0.2, 3, 0}};
    cas_task *t[3];
    spawn(t, jobs, 3);
    cas_future *g = cas_gather(t, 3, 0);
    int rc = cas_await(g, NULL);
    cas_print("gather raised %s: %s", cas_exc_type(), cas_exc_message());
    cas_exc_clear();
    assert_int_equal(rc, CAS_EEXCEPTION);
    cas_sleep(1); /* the siblings go on */
    cas_print("siblings cancelled: %d %d", cas_cancelled(t[0]), cas_cancelled(t[2]));
    cas_release(g);
    release_all(t, 3);
    return 0;
}

static void the_first_error_propagates_without_cancelling_the_siblings(void **s) {
    assert_int_equal(run_virtual(first_error, NULL), 0);
    assert_string_equal(rec_prints(), "worker 2 done|gather raised ValueError: worker 2 failed|worker 3 done|worker 1 done|"
                                      "siblings cancelled: 0 0");
}

static int returns_exceptions(void *arg, cas_value *r) {
    static const job jobs[] = {{0.1, 1, 0}, {0.2, 2, 1}};
    cas_task *t[2];
    spawn(t, jobs, 2);
    cas_future *g = cas_gather(t, 2, 1);
    cas_value list;
    assert_int_equal(cas_await(g, &list), 0);
    char buf[96];
    cas_repr(list, buf, sizeof buf);
    cas_print("results %s", buf);
    assert_int_equal(list.as.list.items[1].kind, CAS_EXC);
    cas_release(g);
    release_all(t, 2);
    return 0;
}

static void return_exceptions_puts_exceptions_in_the_list(void **s) {
    assert_int_equal(run_virtual(returns_exceptions, NULL), 0);
    assert_string_equal(rec_prints(), "worker 1 done|worker 2 done|results [1, ValueError('worker 2 failed')]");
}

static int cancels_gather(void *arg, cas_value *r) {
    static const job jobs[] = {{1, 1, 0}, {2, 2, 0}};
    cas_task *t[2];
    spawn(t, jobs, 2);
    cas_future *g = cas_gather(t, 2, 0);
    cas_sleep(0.5);
    assert_int_equal(cas_cancel(g), 1);
    int rc = cas_await(g, NULL);
    cas_print("gather: %s; children cancelled: %d %d", cas_err_name(rc), cas_cancelled(t[0]), cas_cancelled(t[1]));
    cas_exc_clear();
    cas_release(g);
    release_all(t, 2);
    return 0;
}

static void cancelling_a_gather_cancels_its_children(void **s) {
    assert_int_equal(run_virtual(cancels_gather, NULL), 0);
    assert_string_equal(rec_prints(), "worker 1 cancelled|worker 2 cancelled|gather: ECANCELLED; children cancelled: 1 1");
}

static int gathers_nothing(void *arg, cas_value *r) {
    cas_future *g = cas_gather(NULL, 0, 0);
    assert_int_equal(cas_done(g), 1);
    cas_value list;
    assert_int_equal(cas_await(g, &list), 0);
    assert_int_equal(list.kind, CAS_LIST);
    assert_int_equal(list.as.list.n, 0);
    cas_release(g);
    return 0;
}

static void gather_of_nothing_is_done_at_once(void **s) { assert_int_equal(run_virtual(gathers_nothing, NULL), 0); }

static int same_task_twice(void *arg, cas_value *r) {
    static const job jobs[] = {{0.1, 4, 0}};
    cas_task *t[1];
    spawn(t, jobs, 1);
    cas_task *twice[2] = {t[0], t[0]};
    cas_future *g = cas_gather(twice, 2, 0);
    cas_value list;
    assert_int_equal(cas_await(g, &list), 0);
    char buf[32];
    cas_repr(list, buf, sizeof buf);
    cas_print("results %s", buf);
    cas_release(g);
    release_all(t, 1);
    return 0;
}

static void gather_waits_once_for_a_task_given_twice(void **s) {
    assert_int_equal(run_virtual(same_task_twice, NULL), 0);
    assert_string_equal(rec_prints(), "worker 4 done|results [4, 4]");
    assert_int_equal(rec_count("callback"), 1);
}

static int completion_order(void *arg, cas_value *r) {
    static const job jobs[] = {{0.3, 1, 0}, {0.1, 2, 0}, {0.2, 3, 1}};
    cas_task *t[3];
    spawn(t, jobs, 3);
    cas_as_completed_iter *it = cas_as_completed(t, 3, -1);
    cas_value v;
    int rc;
    while ((rc = cas_as_completed_next(it, &v)) != CAS_EDONE) {
        if (rc == 0)
            cas_print("got %lld at %g", (long long)v.as.i, cas_time());
        else {
            cas_print("got %s at %g", cas_exc_type(), cas_time());
            cas_exc_clear();
        }
    }
    cas_as_completed_free(it);
    release_all(t, 3);
    return 0;
}

static void as_completed_gives_results_in_completion_order(void **s) {
    assert_int_equal(run_virtual(completion_order, NULL), 0);
    assert_string_equal(rec_prints(), "worker 2 done|got 2 at 0.1|worker 3 done|got ValueError at 0.2|worker 1 done|got 1 at 0.3");
}

static int with_timeout(void *arg, cas_value *r) {
    static const job jobs[] = {{0.1, 1, 0}, {5, 2, 0}, {6, 3, 0}};
    cas_task *t[3];
    spawn(t, jobs, 3);
    cas_as_completed_iter *it = cas_as_completed(t, 3, 1.0);
    cas_value v;
    int rc;
    while ((rc = cas_as_completed_next(it, &v)) != CAS_EDONE) {
        if (rc == 0) cas_print("got %lld", (long long)v.as.i);
        else cas_print("%s at %g", cas_exc_type(), cas_time());
        cas_exc_clear();
    }
    cas_as_completed_free(it);
    cas_cancel(t[1]);
    cas_cancel(t[2]);
    release_all(t, 3);
    return 0;
}

static void as_completed_times_out_for_the_rest(void **s) {
    assert_int_equal(run_virtual(with_timeout, NULL), 0);
    assert_string_equal(rec_prints(), "worker 1 done|got 1|TimeoutError at 1|TimeoutError at 1|worker 2 cancelled|worker 3 cancelled");
}

int main(void) {
    const struct CMUnitTest tests[] = {
        TEST(gather_returns_results_in_argument_order),
        TEST(the_first_error_propagates_without_cancelling_the_siblings),
        TEST(return_exceptions_puts_exceptions_in_the_list),
        TEST(cancelling_a_gather_cancels_its_children),
        TEST(gather_of_nothing_is_done_at_once),
        TEST(gather_waits_once_for_a_task_given_twice),
        TEST(as_completed_gives_results_in_completion_order),
        TEST(as_completed_times_out_for_the_rest),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
