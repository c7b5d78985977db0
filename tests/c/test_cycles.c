/* test_cycles.c -- awaits that go round: A awaits B while B awaits A, a
 * longer ring, a task awaiting a gather that holds it, a task awaiting
 * itself.  CPython hangs on the first three (and its cancel() recurses
 * round the ring until RecursionError); here a ring nothing can complete
 * is a deadlock (CAS_EDEADLOCK, every task in it receives CancelledError
 * and cleans up), a cancel() that comes back round the ring reaches each
 * task once, and a task awaiting itself gets CPython's RuntimeError at its
 * next step. */
#include "harness.h"

#include <stdio.h>

/* A ring: task i awaits task (i + 1) % n. */
typedef struct ring {
    cas_task *t[4];
    int n;
} ring;

typedef struct member {
    ring *r;
    int i;
} member;

static int awaits_next(void *arg, cas_value *res) {
    member *m = arg;
    cas_sleep(0); /* every task of the ring exists before anyone awaits */
    int rc = cas_await(m->r->t[(m->i + 1) % m->r->n], NULL);
    cas_print("member %d: %s", m->i, cas_err_name(rc));
    return rc;
}

static int ring_main(void *arg, cas_value *res) {
    ring *r = arg;
    for (int i = 0; i < r->n; i++) {
        member m = {r, i};
        r->t[i] = cas_create_task(awaits_next, &m, sizeof m);
    }
    int rc = cas_await(r->t[0], NULL);
    cas_print("main: %s", cas_err_name(rc));
    for (int i = 0; i < r->n; i++) cas_release(r->t[i]);
    return rc;
}

static void two_tasks_awaiting_each_other_are_a_deadlock_and_both_clean_up(void **s) {
    ring r = {{0}, 2};
    assert_int_equal(run_virtual(ring_main, &r), CAS_EDEADLOCK);
    assert_string_equal(cas_exc_type(), "RuntimeError");
    /* cancel_all in creation order: main (awaiting member 0, which awaits
     * member 1, which awaits member 0: the ring is cut at member 0), then
     * member 1 (cut at itself).  Each wakes once, with CancelledError. */
    assert_string_equal(rec_prints(), "member 0: ECANCELLED|member 1: ECANCELLED|main: ECANCELLED");
    assert_int_equal(rec_count("error"), 1);
    assert_string_equal(rec_str(rec_nth("error", 0), "code"), "EDEADLOCK");
    assert_int_equal(rec_count("task_cancelled"), 3);
    assert_string_equal(rec_str(rec_nth("end", 0), "status"), "error");
    assert_stream_well_formed();
}

static void a_ring_of_four_is_a_deadlock_and_every_member_cleans_up(void **s) {
    ring r = {{0}, 4};
    assert_int_equal(run_virtual(ring_main, &r), CAS_EDEADLOCK);
    assert_int_equal(rec_count("task_cancelled"), 5);
    assert_int_equal(rec_print_count(), 5);
    assert_string_equal(rec_print_text(4), "main: ECANCELLED");
    assert_stream_well_formed();
}

/* A cancel() from outside the ring (not a deadlock: main sleeps). */
static int cancels_the_ring(void *arg, cas_value *res) {
    ring *r = arg;
    for (int i = 0; i < r->n; i++) {
        member m = {r, i};
        r->t[i] = cas_create_task(awaits_next, &m, sizeof m);
    }
    cas_sleep(1);
    CHECK_INT(cas_cancel(r->t[1]), 1);
    CHECK_INT(rec_count("cancel_requested"), 3); /* member 1, 2, 0: once each */
    for (int i = 0; i < r->n; i++) {
        CHECK_INT(cas_await(r->t[i], NULL), CAS_ECANCELLED);
        cas_exc_clear();
    }
    for (int i = 0; i < r->n; i++) cas_release(r->t[i]);
    cas_print("main done");
    return 0;
}

static void cancelling_a_ring_reaches_every_member_once_and_ends_it(void **s) {
    ring r = {{0}, 3};
    assert_int_equal(run_virtual(cancels_the_ring, &r), 0);
    /* The cancel went 1 -> 2 -> 0 -> back to 1: member 1 is cancelled
     * directly, the others because what they await was. */
    assert_string_equal(rec_prints(), "member 1: ECANCELLED|member 0: ECANCELLED|member 2: ECANCELLED|main done");
    assert_int_equal(rec_count("error"), 0);
    assert_stream_well_formed();
}

/* await gather(self, child) */
static int child_one(void *arg, cas_value *res) {
    int rc = cas_sleep(1);
    cas_print("child: %s", cas_err_name(rc));
    *res = cas_int(1);
    return rc;
}

static int awaits_a_gather_of_itself(void *arg, cas_value *res) {
    cas_task *c = cas_create_task(child_one, NULL, 0);
    cas_future *fs[2] = {cas_current_task(), c};
    cas_future *g = cas_gather(fs, 2, arg != NULL);
    int rc = cas_await(g, NULL);
    cas_print("main: %s", cas_err_name(rc));
    cas_release(g);
    cas_release(c);
    return rc;
}

static void a_task_awaiting_a_gather_that_holds_it_is_a_deadlock(void **s) {
    assert_int_equal(run_virtual(awaits_a_gather_of_itself, NULL), CAS_EDEADLOCK);
    assert_string_equal(cas_exc_type(), "RuntimeError");
    assert_string_equal(rec_prints(), "child: OK|main: ECANCELLED");
    assert_string_equal(rec_str(rec_nth("error", 0), "code"), "EDEADLOCK");
    assert_stream_well_formed();
    rec_stop();
    /* The same with return_exceptions. */
    assert_int_equal(run_virtual(awaits_a_gather_of_itself, (void *)1), CAS_EDEADLOCK);
    assert_string_equal(rec_prints(), "child: OK|main: ECANCELLED");
    assert_stream_well_formed();
}

/* await asyncio.current_task() */
static int other(void *arg, cas_value *res) {
    cas_print("other runs");
    return 0;
}

static int awaits_itself(void *arg, cas_value *res) {
    cas_task *o = cas_create_task(other, NULL, 0);
    cas_task_set_name(cas_current_task(), "main");
    int rc = cas_await(cas_current_task(), NULL);
    cas_print("await itself: %s %s: %s", cas_err_name(rc), cas_exc_type(), cas_exc_message());
    cas_exc_clear();
    CHECK_INT(cas_await(o, NULL), 0);
    cas_release(o);
    return 0;
}

static void a_task_awaiting_itself_gets_runtime_error_at_its_next_step(void **s) {
    assert_int_equal(run_virtual(awaits_itself, NULL), 0);
    /* As CPython 3.11: the task yields once (other runs), then the error. */
    assert_string_equal(rec_prints(), "other runs|await itself: EEXCEPTION RuntimeError: "
                                      "Task cannot await on itself: <Task pending name='main'>");
    assert_stream_well_formed();
}

static int cancelled_while_awaiting_itself(void *arg, cas_value *res) {
    cas_cancel(cas_current_task());
    int rc = cas_await(cas_current_task(), NULL);
    cas_print("await itself: %s %s", cas_err_name(rc), cas_exc_type());
    return rc;
}

static void a_cancel_wins_over_the_self_await_error(void **s) {
    assert_int_equal(run_virtual(cancelled_while_awaiting_itself, NULL), CAS_ECANCELLED);
    assert_string_equal(rec_prints(), "await itself: ECANCELLED CancelledError");
}

int main(void) {
    const struct CMUnitTest tests[] = {
        TEST(two_tasks_awaiting_each_other_are_a_deadlock_and_both_clean_up),
        TEST(a_ring_of_four_is_a_deadlock_and_every_member_cleans_up),
        TEST(cancelling_a_ring_reaches_every_member_once_and_ends_it),
        TEST(a_task_awaiting_a_gather_that_holds_it_is_a_deadlock),
        TEST(a_task_awaiting_itself_gets_runtime_error_at_its_next_step),
        TEST(a_cancel_wins_over_the_self_await_error),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
