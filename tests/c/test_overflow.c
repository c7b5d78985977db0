/* test_overflow.c -- a stack overflow in a task is caught at the guard
 * page below its stack: the task fails with RecursionError, an "error"
 * event with code ESTACK says so, and the loop and the other tasks go on. */
#include "harness.h"

#include <string.h>

#if defined(__has_include)
#if __has_include(<valgrind/valgrind.h>)
#include <valgrind/valgrind.h>
#endif
#endif
#ifndef RUNNING_ON_VALGRIND
#define RUNNING_ON_VALGRIND 0
#endif

static int deep(int n) {
    volatile char pad[1024];
    memset((char *)pad, n & 0xff, sizeof pad);
    return n <= 0 ? pad[0] : deep(n - 1) + pad[1];
}

static int recurses(void *arg, cas_value *r) {
    cas_sleep(0);
    *r = cas_int(deep(1 << 20));
    return 0;
}

static int survivor(void *arg, cas_value *r) {
    cas_sleep(1);
    cas_print("survivor done");
    return 0;
}

static int overflow_main(void *arg, cas_value *r) {
    cas_task *bad = cas_create_task(recurses, NULL, 0), *ok = cas_create_task(survivor, NULL, 0);
    int rc = cas_await(bad, NULL);
    cas_print("awaiting it raised %s", cas_exc_type());
    cas_exc_clear();
    CHECK_INT(rc, CAS_EEXCEPTION);
    CHECK_INT(cas_await(ok, NULL), 0);
    cas_release(bad);
    cas_release(ok);
    return 0;
}

static void depths_around_the_stack_size_fit_or_fail_cleanly(void);

static void a_stack_overflow_fails_the_task_and_the_loop_goes_on(void **s) {
    assert_int_equal(run_virtual(overflow_main, NULL), 0);
    assert_string_equal(rec_prints(), "awaiting it raised RecursionError|survivor done");
    const cJSON *err = rec_nth("error", 0);
    assert_non_null(err);
    assert_string_equal(cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(err, "code")), "ESTACK");
    /* In the same cmocka test: cmocka installs its own SIGSEGV handler at
     * the start of each test, over the runtime's (installed once, at the
     * first task), so overflows are caught only in the first test that
     * runs a task.  Valgrind delivers only the first SIGSEGV of a process
     * on the alternate signal stack (after the handler jumps out, it
     * believes the process still on it), though the kernel delivers each:
     * the sanitized run (make test-c) covers the sweep. */
    if (!RUNNING_ON_VALGRIND) {
        rec_stop();
        depths_around_the_stack_size_fit_or_fail_cleanly();
    }
}

/* Around the boundary: frames of about 240 bytes (as the wasm test's
 * fixture, tests/js/fixtures/deep_recursion.c), at depths on both sides
 * of where a task's 256 KiB run out (the exact depth depends on the
 * build: sanitizers make frames bigger).  Each depth either fits or fails
 * with RecursionError and one ESTACK event; once one fails, every deeper
 * one does; the loop goes on after each. */
static int deep240(int n, const volatile char *up) {
    volatile char pad[240];
    memset((char *)pad, up ? up[0] + 1 : 0, sizeof pad);
    return n <= 0 ? pad[0] : deep240(n - 1, pad) + pad[n % sizeof pad];
}

static int recurses_to(void *arg, cas_value *r) {
    cas_sleep(0);
    *r = cas_int(deep240(*(int *)arg, NULL));
    return 0;
}

static int sweep(void *arg, cas_value *r) {
    int *failed_from = arg;
    for (int depth = 100; depth <= 3000; depth += 100) {
        cas_task *t = cas_create_task(recurses_to, &depth, sizeof depth);
        int rc = cas_await(t, NULL);
        if (rc != 0) {
            CHECK_INT(rc, CAS_EEXCEPTION);
            CHECK_STR(cas_exc_type(), "RecursionError");
            cas_exc_clear();
            if (!*failed_from) *failed_from = depth;
        } else {
            CHECK(*failed_from == 0); /* deeper than a failure, yet it fit */
        }
        cas_release(t);
    }
    return 0;
}

static void depths_around_the_stack_size_fit_or_fail_cleanly(void) {
    int failed_from = 0;
    assert_int_equal(run_virtual(sweep, &failed_from), 0);
    /* 256 KiB hold fewer than 1,100 frames of 240 bytes, and at least 300
     * even with the sanitizers' padding around each. */
    if (!(failed_from >= 300 && failed_from <= 1100)) fail_msg("the first depth that overflowed: %d", failed_from);
    assert_int_equal(rec_count("error"), (3000 - failed_from) / 100 + 1);
    assert_stream_well_formed();
}

int main(void) {
    const struct CMUnitTest tests[] = {
        TEST(a_stack_overflow_fails_the_task_and_the_loop_goes_on),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
