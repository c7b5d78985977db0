/* test_overflow.c -- a stack overflow in a task is caught at the guard
 * page below its stack: the task fails with RecursionError, an "error"
 * event with code ESTACK says so, and the loop and the other tasks go on.
 * Natively tasks run on a few shared, guard-paged run stacks and a
 * suspended task's frames are copied out, so this holds at any number of
 * live tasks: checked at 20,000, past the 16,384 stacks the old design
 * gave guard pages, and a task deep in 100 KiB of frames among them keeps
 * every byte of them across its awaits. */
#include "harness.h"

#include <stdlib.h>
#include <string.h>

#if defined(__has_include)
#if __has_include(<valgrind/valgrind.h>)
#include <valgrind/valgrind.h>
#endif
#endif
#ifndef RUNNING_ON_VALGRIND
#define RUNNING_ON_VALGRIND 0
#endif

#define MANY 20000

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
    /* In the same cmocka test: Valgrind delivers only the first SIGSEGV of a process
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

static int naps(void *arg, cas_value *r) { return cas_sleep(1); }

/* Frames of 40 KiB of locals, written from their lowest byte up: each new
 * frame's first write lands up to 40 KiB below the last, so an overflow
 * skips a guard of one page (into the stack mapped below, or nowhere),
 * and not the 64 KiB guard region. */
static int deep_big(int n) {
    volatile char pad[40960];
    memset((char *)pad, n & 0xff, sizeof pad);
    return n <= 0 ? pad[0] : deep_big(n - 1) + pad[1];
}

static int recurses_big(void *arg, cas_value *r) {
    cas_sleep(0);
    *r = cas_int(deep_big(1 << 20));
    return 0;
}

/* Holds 4 KiB of a pattern in its frame across a sleep, on whichever run
 * stack it was given, and returns how many bytes changed meanwhile. */
static int witness(void *arg, cas_value *r) {
    volatile unsigned char mine[4096];
    for (size_t i = 0; i < sizeof mine; i++) mine[i] = (unsigned char)(i * 7 + 1);
    cas_sleep(1);
    int bad = 0;
    for (size_t i = 0; i < sizeof mine; i++) bad += mine[i] != (unsigned char)(i * 7 + 1);
    *r = cas_int(bad);
    return 0;
}

static int big_frames_overflow(void *arg, cas_value *r) {
    cas_task *w[2] = {cas_create_task(witness, NULL, 0), cas_create_task(witness, NULL, 0)};
    cas_task *bad = cas_create_task(recurses_big, NULL, 0);
    CHECK_INT(cas_await(bad, NULL), CAS_EEXCEPTION);
    cas_print("raised %s", cas_exc_type());
    cas_exc_clear();
    for (int k = 0; k < 2; k++) {
        cas_value v;
        CHECK_INT(cas_await(w[k], &v), 0);
        cas_print("witness %d: %d bytes changed", k, (int)v.as.i);
        cas_release(w[k]);
    }
    cas_release(bad);
    return 0;
}

static void an_overflow_in_frames_bigger_than_a_page_is_caught_and_touches_no_other_stack(void **s) {
    assert_int_equal(run_virtual(big_frames_overflow, NULL), 0);
    assert_string_equal(rec_prints(), "raised RecursionError|witness 0: 0 bytes changed|witness 1: 0 bytes changed");
    assert_string_equal(rec_str(rec_nth("error", 0), "code"), "ESTACK");
}

/* 100 frames of 1 KiB each, every one filled with its depth; the task
 * awaits at the bottom (its 100 KiB are copied out while others run and
 * back), then each frame checks its bytes on the way up.  Returns the
 * number of bytes found changed, or -1 if the sleep failed. */
static int deep_nap(int n) {
    volatile char pad[1024];
    memset((char *)pad, n, sizeof pad);
    int bad = n ? deep_nap(n - 1) : (cas_sleep(0.5) == 0 ? 0 : -1);
    if (bad < 0) return bad;
    for (size_t i = 0; i < sizeof pad; i++) bad += pad[i] != (char)n;
    return bad;
}

static int uses_100k(void *arg, cas_value *r) {
    int bad = deep_nap(100);
    cas_sleep(0);
    *r = cas_int(deep_nap(100) + bad);
    return 0;
}

static int many_then_overflow(void *arg, cas_value *r) {
    cas_task **ts = calloc(MANY, sizeof *ts);
    CHECK(ts != NULL);
    if (!ts) return CAS_ENOMEM;
    for (int i = 0; i < MANY; i++) CHECK((ts[i] = cas_create_task(naps, NULL, 0)) != NULL);
    cas_task *deep[2] = {cas_create_task(uses_100k, NULL, 0), cas_create_task(uses_100k, NULL, 0)};
    cas_task *bad = cas_create_task(recurses, NULL, 0);
    cas_sleep(0); /* all started: MANY + 3 tasks suspended at once */
    cas_stats st;
    cas_get_stats(&st);
    CHECK(st.tasks >= MANY + 4);
    CHECK_INT(cas_await(bad, NULL), CAS_EEXCEPTION);
    cas_print("the overflowing task raised %s", cas_exc_type());
    cas_exc_clear();
    for (int k = 0; k < 2; k++) {
        cas_value v;
        CHECK_INT(cas_await(deep[k], &v), 0);
        CHECK_INT((int)v.as.i, 0);
        cas_release(deep[k]);
    }
    cas_future *all = cas_gather(ts, MANY, 0);
    CHECK(all != NULL);
    CHECK_INT(cas_await(all, NULL), 0);
    cas_print("%d sleepers done at %g", MANY, cas_time());
    cas_release(all);
    for (int i = 0; i < MANY; i++) cas_release(ts[i]);
    cas_release(bad);
    free(ts);
    return 0;
}

static void a_stack_overflow_is_caught_among_twenty_thousand_live_tasks(void **s) {
    /* Prints and errors only: 20,000 tasks' events are not needed here. */
    rec_clear();
    cas_set_event_handler(rec_handler, NULL, CAS_EV_PRINT | CAS_EV_ERROR);
    assert_int_equal(cas_set_clock(CAS_CLOCK_VIRTUAL), 0);
    assert_int_equal(cas_run(many_then_overflow, NULL, NULL), 0);
    assert_checks_passed();
    assert_string_equal(rec_prints(), "the overflowing task raised RecursionError|20000 sleepers done at 1");
    assert_int_equal(rec_count("error"), 1);
    assert_string_equal(rec_str(rec_nth("error", 0), "code"), "ESTACK");
}

int main(void) {
    const struct CMUnitTest tests[] = {
        TEST(a_stack_overflow_fails_the_task_and_the_loop_goes_on),
        TEST(a_stack_overflow_is_caught_among_twenty_thousand_live_tasks),
        TEST(an_overflow_in_frames_bigger_than_a_page_is_caught_and_touches_no_other_stack),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
