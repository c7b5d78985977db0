/* test_oom.c -- out of memory at any allocation is a clean error: an
 * allocator that fails the n-th allocation, swept from n = 1 until a run
 * needs no failure; at every n no crash, cas_run returns 0 or a negative
 * code, and nothing is left alive. */
#include "harness.h"

#include <stdlib.h>

static long fail_at, allocs, failures;

static void *failing_malloc(size_t n) {
    if (++allocs == fail_at) {
        failures++;
        return NULL;
    }
    return malloc(n);
}
static void *failing_realloc(void *p, size_t n) {
    if (++allocs == fail_at) {
        failures++;
        return NULL;
    }
    return realloc(p, n);
}

static int ticker(void *arg, cas_value *r) {
    const double *d = arg;
    for (int i = 0; i < 2; i++) {
        cas_print("tick %g", cas_time());
        int rc = cas_sleep(*d);
        if (rc) return rc;
    }
    *r = cas_strf("w%g", *d);
    return 0;
}

/* A small gather program, written as a careful program would be: every
 * failure is checked and everything is released on every path. */
static int small_program(void *arg, cas_value *r) {
    static const double d[3] = {0.1, 0.2, 0.3};
    cas_task *t[3] = {NULL, NULL, NULL};
    int rc = 0;
    for (int i = 0; i < 3; i++)
        if (!(t[i] = cas_create_task(ticker, &d[i], sizeof d[i]))) rc = CAS_ENOMEM;
    cas_future *g = rc ? NULL : cas_gather(t, 3, 0);
    if (g) {
        cas_value list;
        rc = cas_await(g, &list);
        if (rc == 0) {
            char buf[64];
            cas_repr(list, buf, sizeof buf);
            cas_print("results %s", buf);
        }
    } else {
        rc = CAS_ENOMEM;
    }
    cas_release(g);
    for (int i = 0; i < 3; i++) cas_release(t[i]);
    return rc;
}

static void sweep(cas_body program);

static void out_of_memory_at_any_allocation_is_a_clean_error(void **s) { sweep(small_program); }

/* The newer primitives, each path checked: wait, wait_for, a timeout, a
 * task group, a loop callback, shield, value tasks, exception objects. */
static int square(cas_value x, cas_value *r) {
    int rc = cas_sleep(0.1);
    if (rc) return rc;
    *r = cas_int(x.as.i * x.as.i);
    return 0;
}

static void drop(void *obj) { (void)obj; }

static int failing_member(void *arg, cas_value *r) {
    int rc = cas_sleep(0.05);
    if (rc) return rc;
    return cas_raise_object(arg, "ValueError", "member", drop);
}

static int tick(void *ud) {
    ++*(int *)ud;
    return 0;
}

static int newer_program(void *arg, cas_value *r) {
    static int ticks;
    static char obj;
    int rc = cas_call_later(0.05, tick, &ticks, NULL);
    cas_task *t[2] = {cas_create_task_value(square, cas_int(2)), cas_create_sleep(0.3, cas_str("late"))};
    if (rc == 0 && (!t[0] || !t[1])) rc = CAS_ENOMEM;
    if (rc == 0) {
        size_t nd = 0;
        rc = cas_wait(t, 2, 0.2, CAS_FIRST_COMPLETED, NULL, &nd, NULL, NULL);
    }
    if (rc == 0) {
        cas_future *sh = cas_shield(t[1]);
        rc = sh ? cas_wait_for(sh, 0.05, NULL) : CAS_ENOMEM;
        if (rc == CAS_ETIMEOUT) cas_exc_clear(), rc = 0;
        cas_release(sh);
    }
    if (rc == 0) {
        cas_timeout *to = cas_timeout_enter(0.01);
        rc = to ? cas_timeout_exit(to, cas_sleep(1)) : CAS_ENOMEM;
        if (rc == CAS_ETIMEOUT) cas_exc_clear(), rc = 0;
    }
    if (rc == 0) {
        cas_task_group *g = cas_task_group_enter();
        if (!g) {
            rc = CAS_ENOMEM;
        } else {
            cas_release(cas_task_group_create_task(g, failing_member, &obj, 0));
            cas_exc_clear();
            rc = cas_task_group_exit(g, cas_sleep(1));
            if (rc == CAS_EEXCEPTION && cas_exc_group_size() == 1) cas_exc_clear(), rc = 0;
        }
    }
    for (int i = 0; i < 2; i++) {
        if (t[i]) cas_cancel(t[i]);
        cas_release(t[i]);
    }
    if (rc == 0) cas_print("newer program done");
    return rc;
}

static void out_of_memory_in_waits_timeouts_and_task_groups_is_a_clean_error(void **s) { sweep(newer_program); }

static void sweep(cas_body program) {
    int succeeded = 0;
    long runs = 0, failed_runs = 0;
    for (fail_at = 1; fail_at < 5000 && !succeeded; fail_at++) {
        allocs = failures = 0;
        set_allocator(failing_malloc, failing_realloc, free);
        cas_set_event_handler(rec_discard, NULL, CAS_EV_ALL);
        assert_int_equal(cas_set_clock(CAS_CLOCK_VIRTUAL), 0);
        int rc = cas_run(program, NULL, NULL);
        set_allocator(NULL, NULL, NULL);
        cas_set_event_handler(NULL, NULL, 0);
        cas_exc_clear();
        runs++;
        if (rc > 0) fail_msg("fail_at=%ld: cas_run returned %d", fail_at, rc);
        if (failures == 0) {
            /* The n-th allocation never came: the whole run fit before it. */
            assert_int_equal(rc, 0);
            succeeded = 1;
        } else if (rc != 0) {
            failed_runs++;
        }
        cas_stats st;
        cas_trim();
        cas_get_stats(&st);
        if (st.tasks || st.futures || st.timers || st.allocations)
            fail_msg("fail_at=%ld (rc %d): left tasks=%zu futures=%zu timers=%zu allocations=%zu", fail_at, rc, st.tasks,
                     st.futures, st.timers, st.allocations);
    }
    assert_true(succeeded);
    assert_true(runs > 50);        /* the program does allocate a fair amount */
    assert_true(failed_runs > 0);  /* and some failures do reach cas_run's result */
}

static void the_real_allocator_is_back_afterwards(void **s) {
    rec_start();
    assert_int_equal(cas_run(newer_program, NULL, NULL), 0);
    assert_string_equal(rec_prints(), "newer program done");
    rec_start();
    assert_int_equal(cas_run(small_program, NULL, NULL), 0);
    assert_string_equal(rec_prints(), "tick 0|tick 0|tick 0|tick 0.1|tick 0.2|tick 0.3|results ['w0.1', 'w0.2', 'w0.3']");
}

int main(void) {
    const struct CMUnitTest tests[] = {
        TEST(out_of_memory_at_any_allocation_is_a_clean_error),
        TEST(out_of_memory_in_waits_timeouts_and_task_groups_is_a_clean_error),
        TEST(the_real_allocator_is_back_afterwards),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
