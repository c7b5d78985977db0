/* test_gather.c -- gather with CPython's semantics: argument order, the
 * first error without cancelling the siblings, return_exceptions,
 * cancelling the gather, gathering nothing, a task given twice. */
#include "harness.h"

static int gathers_in_argument_order(void *arg, cas_value *r) {
    static const job jobs[] = {{0.3, 1, 0}, {0.1, 2, 0}, {0.2, 3, 0}};
    cas_task *t[3];
    spawn(t, jobs, 3);
    cas_future *g = cas_gather(t, 3, 0);
    CHECK_INT(cas_done(g), 0);
    cas_value list;
    CHECK_INT(cas_await(g, &list), 0);
    CHECK_INT(list.kind, CAS_LIST);
    CHECK_INT(list.as.list.n, 3);
    char buf[64];
    cas_repr(list, buf, sizeof buf);
    cas_print("results %s at %g", buf, cas_time());
    cas_release(g);
    release_all(t, 3);
    return 0;
}

static void gather_returns_results_in_argument_order(void **s) {
    assert_int_equal(run_virtual(gathers_in_argument_order, NULL), 0);
    assert_string_equal(rec_prints(), "worker 2 done|worker 3 done|worker 1 done|results [1, 2, 3] at 0.3");
}

static int gathers_mixed(void *arg, cas_value *r) {
    /* A task, a plain future set by a task, and a value-returning task. */
    static const job jobs[] = {{0.2, 7, 0}};
    cas_task *t[1];
    spawn(t, jobs, 1);
    cas_future *f = cas_future_new();
    cas_future *fs[2] = {f, t[0]};
    cas_future *g = cas_gather(fs, 2, 0);
    CHECK_INT(cas_sleep(0.1), 0);
    CHECK_INT(cas_future_set_result(f, cas_str("F")), 0);
    cas_value list;
    CHECK_INT(cas_await(g, &list), 0);
    char buf[64];
    cas_repr(list, buf, sizeof buf);
    cas_print("results %s", buf);
    cas_release(g);
    cas_release(f);
    release_all(t, 1);
    return 0;
}

static void gather_takes_plain_futures_as_well_as_tasks(void **s) {
    assert_int_equal(run_virtual(gathers_mixed, NULL), 0);
    assert_string_equal(rec_prints(), "worker 7 done|results ['F', 7]");
}

static int first_error(void *arg, cas_value *r) {
    static const job jobs[] = {{0.3, 1, 0}, {0.1, 2, 1}, {0.2, 3, 1}};
    cas_task *t[3];
    spawn(t, jobs, 3);
    cas_future *g = cas_gather(t, 3, 0);
    int rc = cas_await(g, NULL);
    CHECK_INT(rc, CAS_EEXCEPTION);
    cas_print("gather raised %s: %s at %g", cas_exc_type(), cas_exc_message(), cas_time());
    cas_exc_clear();
    CHECK_INT(cas_done(g), 1);
    CHECK_INT(cas_sleep(1), 0); /* the siblings go on */
    cas_print("siblings cancelled: %d %d", cas_cancelled(t[0]), cas_cancelled(t[2]));
    cas_value v;
    CHECK_INT(cas_result(t[0], &v), 0);
    CHECK_INT(v.as.i, 1);
    CHECK_INT(cas_result(t[2], &v), CAS_EEXCEPTION); /* retrieve it: no "never retrieved" */
    cas_release(g);
    release_all(t, 3);
    return 0;
}

static void the_first_error_propagates_without_cancelling_the_siblings(void **s) {
    assert_int_equal(run_virtual(first_error, NULL), 0);
    assert_string_equal(rec_prints(), "worker 2 done|gather raised ValueError: worker 2 failed at 0.1|worker 3 done|"
                                      "worker 1 done|siblings cancelled: 0 0");
    assert_int_equal(rec_count("task_cancelled"), 0);
    assert_int_equal(rec_count("error"), 0);
}

static int returns_exceptions(void *arg, cas_value *r) {
    static const job jobs[] = {{0.2, 1, 0}, {0.1, 2, 1}, {0.3, 3, 0}};
    cas_task *t[3];
    spawn(t, jobs, 3);
    cas_future *g = cas_gather(t, 3, 1);
    cas_value list;
    CHECK_INT(cas_await(g, &list), 0);
    CHECK_INT(list.as.list.n, 3);
    CHECK_INT(list.as.list.items[0].kind, CAS_INT);
    CHECK_INT(list.as.list.items[1].kind, CAS_EXC);
    CHECK_STR(list.as.list.items[1].as.exc.type, "ValueError");
    CHECK_STR(list.as.list.items[1].as.exc.message, "worker 2 failed");
    char buf[96];
    cas_repr(list, buf, sizeof buf);
    cas_print("results %s at %g", buf, cas_time());
    cas_release(g);
    release_all(t, 3);
    return 0;
}

static void return_exceptions_puts_exceptions_in_the_list(void **s) {
    assert_int_equal(run_virtual(returns_exceptions, NULL), 0);
    assert_string_equal(rec_prints(), "worker 2 done|worker 1 done|worker 3 done|"
                                      "results [1, ValueError('worker 2 failed'), 3] at 0.3");
    assert_int_equal(rec_count("error"), 0); /* the gather retrieved it */
}

static int cancels_gather(void *arg, cas_value *r) {
    static const job jobs[] = {{1, 1, 0}, {2, 2, 0}};
    cas_task *t[2];
    spawn(t, jobs, 2);
    cas_future *g = cas_gather(t, 2, 0);
    cas_sleep(0.5);
    CHECK_INT(cas_cancel(g), 1);
    int rc = cas_await(g, NULL);
    cas_print("gather: %s; children cancelled: %d %d; at %g", cas_err_name(rc), cas_cancelled(t[0]),
              cas_cancelled(t[1]), cas_time());
    /* CPython 3.11 quirk, kept: the gather ends by set_exception(CancelledError),
     * so it is done but not cancelled(), and result() raises CancelledError. */
    CHECK_INT(cas_done(g), 1);
    CHECK_INT(cas_cancelled(g), 0);
    cas_value v;
    CHECK_INT(cas_result(g, &v), CAS_ECANCELLED);
    CHECK_INT(cas_cancel(g), 0);
    cas_exc_clear();
    cas_release(g);
    release_all(t, 2);
    return 0;
}

static void cancelling_a_gather_cancels_its_children(void **s) {
    assert_int_equal(run_virtual(cancels_gather, NULL), 0);
    assert_string_equal(rec_prints(), "worker 1 cancelled|worker 2 cancelled|gather: ECANCELLED; children cancelled: 1 1; at 0.5");
}

static int awaiter_of_gather(void *arg, cas_value *r) {
    cas_future *g = arg;
    int rc = cas_await(g, NULL);
    cas_print("awaiter got %s", cas_err_name(rc));
    return rc;
}

static int cancels_awaiter_of_gather(void *arg, cas_value *r) {
    static const job jobs[] = {{1, 1, 0}, {2, 2, 0}};
    cas_task *t[2];
    spawn(t, jobs, 2);
    cas_future *g = cas_gather(t, 2, 0);
    cas_task *a = cas_create_task(awaiter_of_gather, g, 0);
    cas_sleep(0.5);
    CHECK_INT(cas_cancel(a), 1); /* passes on to the gather, then the children */
    CHECK_INT(cas_await(a, NULL), CAS_ECANCELLED);
    cas_exc_clear();
    cas_print("gather done %d, cancelled() %d", cas_done(g), cas_cancelled(g)); /* as CPython 3.11 */
    cas_release(a);
    cas_release(g);
    release_all(t, 2);
    return 0;
}

static void cancelling_the_task_awaiting_a_gather_cancels_the_children(void **s) {
    assert_int_equal(run_virtual(cancels_awaiter_of_gather, NULL), 0);
    assert_string_equal(rec_prints(), "worker 1 cancelled|worker 2 cancelled|awaiter got ECANCELLED|gather done 1, cancelled() 0");
}

static int gathers_nothing(void *arg, cas_value *r) {
    cas_future *g = cas_gather(NULL, 0, 0);
    CHECK(g != NULL);
    CHECK_INT(cas_done(g), 1);
    cas_value list = cas_int(9);
    CHECK_INT(cas_result(g, &list), 0);
    CHECK_INT(list.kind, CAS_LIST);
    CHECK_INT(list.as.list.n, 0);
    CHECK_INT(cas_await(g, &list), 0);
    CHECK_INT(list.kind, CAS_LIST);
    char buf[8];
    CHECK_INT(cas_repr(list, buf, sizeof buf), 2);
    CHECK_STR(buf, "[]");
    cas_print("no suspension");
    cas_release(g);
    return 0;
}

static void gather_of_nothing_is_done_at_once_with_an_empty_list(void **s) {
    assert_int_equal(run_virtual(gathers_nothing, NULL), 0);
    assert_string_equal(rec_prints(), "no suspension");
    assert_int_equal(rec_count("task_suspended"), 0);
}

static int same_task_twice(void *arg, cas_value *r) {
    static const job jobs[] = {{0.1, 4, 0}, {0.2, 5, 0}};
    cas_task *t[2];
    spawn(t, jobs, 2);
    cas_task *args[3] = {t[0], t[1], t[0]};
    cas_future *g = cas_gather(args, 3, 0);
    cas_value list;
    CHECK_INT(cas_await(g, &list), 0);
    char buf[32];
    cas_repr(list, buf, sizeof buf);
    cas_print("results %s", buf);
    cas_release(g);
    release_all(t, 2);
    return 0;
}

static void gather_waits_once_for_a_task_given_twice_and_repeats_its_result(void **s) {
    assert_int_equal(run_virtual(same_task_twice, NULL), 0);
    assert_string_equal(rec_prints(), "worker 4 done|worker 5 done|results [4, 5, 4]");
    /* One completion callback per distinct child. */
    size_t gather_cbs = 0;
    for (size_t k = 0; rec_nth("callback", k); k++)
        if (strncmp(rec_str(rec_nth("callback", k), "name"), "gather", 6) == 0) gather_cbs++;
    assert_int_equal(gather_cbs, 2);
}

static int misuse(void *arg, cas_value *r) {
    cas_future *none[1] = {NULL};
    CHECK(cas_gather(none, 1, 0) == NULL);
    CHECK(cas_gather(NULL, 2, 0) == NULL);
    return 0;
}

static void gather_refuses_null_futures_and_runs_only_inside_a_loop(void **s) {
    assert_null(cas_gather(NULL, 0, 0));
    assert_int_equal(run_virtual(misuse, NULL), 0);
}

/* cas_gather_failed: the child whose failure ended the gather is the first
 * to fail in time, not in argument order (CPython's outer.set_exception
 * in the first done callback that sees an exception). */
static int names_failed(void *arg, cas_value *r) {
    static const job jobs[] = {{0.3, 1, 0}, {0.2, 2, 1}, {0.1, 3, 1}};
    cas_task *t[3];
    spawn(t, jobs, 3);
    cas_future *g = cas_gather(t, 3, 0), *ok = cas_gather(t, 1, 1);
    CHECK(cas_gather_failed(g) == NULL); /* nothing failed yet */
    CHECK_INT(cas_await(g, NULL), CAS_EEXCEPTION);
    cas_print("gather raised %s", cas_exc_message());
    cas_exc_clear();
    CHECK(cas_gather_failed(g) == t[2]);
    CHECK_INT(cas_await(ok, NULL), 0);
    CHECK(cas_gather_failed(ok) == NULL); /* return_exceptions: nothing ends it early */
    CHECK(cas_gather_failed(t[0]) == NULL); /* not a gather */
    CHECK(cas_gather_failed(NULL) == NULL);
    CHECK_INT(cas_result(t[1], NULL), CAS_EEXCEPTION); /* retrieved */
    cas_exc_clear();
    cas_release(g);
    cas_release(ok);
    release_all(t, 3);
    return 0;
}

static void gather_names_the_child_that_failed_first_in_time(void **s) {
    assert_int_equal(run_virtual(names_failed, NULL), 0);
    assert_string_equal(rec_prints(), "worker 3 done|gather raised worker 3 failed|worker 2 done|worker 1 done");
}

int main(void) {
    const struct CMUnitTest tests[] = {
        TEST(gather_returns_results_in_argument_order),
        TEST(gather_takes_plain_futures_as_well_as_tasks),
        TEST(the_first_error_propagates_without_cancelling_the_siblings),
        TEST(return_exceptions_puts_exceptions_in_the_list),
        TEST(cancelling_a_gather_cancels_its_children),
        TEST(cancelling_the_task_awaiting_a_gather_cancels_the_children),
        TEST(gather_of_nothing_is_done_at_once_with_an_empty_list),
        TEST(gather_waits_once_for_a_task_given_twice_and_repeats_its_result),
        TEST(gather_refuses_null_futures_and_runs_only_inside_a_loop),
        TEST(gather_names_the_child_that_failed_first_in_time),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
