/* test_misc.c -- time.sleep blocks the loop; random matches CPython's;
 * the event stream's contract; the lessons' harness and its bad input;
 * out of memory at every allocation is a clean error with no leak. */
#include "harness.h"
#include "lessons.h"

#include <stdlib.h>
#include <string.h>

static int ticker(void *arg, cas_value *r) {
    for (int i = 0; i < 3; i++) {
        cas_print("tick %g", cas_time());
        cas_sleep(0.5);
    }
    return 0;
}

static int blocker(void *arg, cas_value *r) {
    cas_task *t = cas_create_task(ticker, NULL, 0);
    cas_sleep(0);
    cas_print("blocking at %g", cas_time());
    assert_int_equal(cas_blocking_sleep(2), 0);
    cas_print("unblocked at %g", cas_time());
    cas_await(t, NULL);
    cas_release(t);
    return 0;
}

static void a_blocking_sleep_stops_the_whole_loop(void **s) {
    assert_int_equal(run_virtual(blocker, NULL), 0);
    /* The ticker's 0.5 s timer is due during the block, but runs after. */
    assert_string_equal(rec_prints(), "tick 0|blocking at 0|unblocked at 2|tick 2|tick 2.5");
    assert_int_equal(rec_count("loop_blocked"), 1);
    assert_int_equal(cas_blocking_sleep(-1), CAS_EINVAL);
}

static void randint_gives_cpythons_numbers(void **s) {
    cas_seed(1);
    assert_int_equal(cas_randint(1, 10), 3);
    assert_int_equal(cas_randint(1, 10), 10);
    assert_int_equal(cas_randint(1, 10), 2);
    cas_seed(42);
    assert_int_equal(cas_randint(1, 10), 2);
    assert_int_equal(cas_randint(1, 10), 1);
    assert_int_equal(cas_randint(1, 10), 5);
    cas_seed(0);
    const int64_t zero[] = {1, 1, -5, -1, 3};
    for (int i = 0; i < 5; i++) assert_int_equal(cas_randint(-5, 5), zero[i]);
    cas_seed((1ULL << 40) + 5);
    assert_int_equal(cas_randint(1, 1000000000000LL), 569101979941LL);
    assert_int_equal(cas_randint(1, 1000000000000LL), 727003120298LL);
    assert_int_equal(cas_randint(1, 1000000000000LL), 34040994017LL);
}

/* cas_lessons_run takes its own handler: reuse the recorder's. */
static void on_event(const char *json, size_t len, void *ud);
static int lesson(const char *options) {
    rec_stop();
    return cas_lessons_run(options, strlen(options), on_event, NULL);
}
static void on_event(const char *json, size_t len, void *ud) {
    cJSON *ev = cJSON_ParseWithLength(json, len);
    assert_non_null(ev);
    if (REC.n == REC.cap) {
        REC.cap = REC.cap ? REC.cap * 2 : 64;
        REC.events = realloc(REC.events, REC.cap * sizeof *REC.events);
    }
    REC.events[REC.n++] = ev;
}

static void the_factorials_finish_at_300_500_600_and_700_ms(void **s) {
    assert_int_equal(lesson("{\"lesson\":\"factorial\",\"clock\":\"virtual\"}"), CAS_RUN_OK);
    assert_stream_well_formed();
    assert_true(rec_time_of("factorial - 3 ! = 6") == 300);
    assert_true(rec_time_of("factorial - 5 ! = 120") == 500);
    assert_true(rec_time_of("factorial - 6 ! = 720") == 600);
    assert_true(rec_time_of("factorial - 7 ! = 5040") == 700);
    assert_string_equal(strstr(rec_prints(), "calculate_factorials - results"), "calculate_factorials - results: [120, 5040, 6, 720]|Main - Done");
    cas_set_clock(CAS_CLOCK_VIRTUAL);
}

static void the_gather_workers_finish_at_1000_ms(void **s) {
    assert_int_equal(lesson("{\"lesson\":\"gather\",\"clock\":\"virtual\",\"seed\":1}"), CAS_RUN_OK);
    assert_stream_well_formed();
    assert_true(rec_time_of("Worker - Done it") == 1000);
    assert_non_null(strstr(rec_prints(), "results from calls: [3, 10, 2]|Main - Done"));
    const cJSON *first = REC.events[0];
    assert_string_equal(cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(first, "type")), "print");
    assert_true(cJSON_IsNull(cJSON_GetObjectItemCaseSensitive(first, "task")));
    cas_set_clock(CAS_CLOCK_VIRTUAL);
}

static void bad_options_give_one_error_and_an_error_end(void **s) {
    static const char *bad[] = {
        "{\"lesson\":\"nope\"}",
        "{\"lesson\":\"gather\",\"clock\":\"fast\"}",
        "{\"lesson\":\"gather\",\"seed\":1.5}",
        "{\"lesson\":\"gather\",\"extra\":1}",
        "not json",
        "[1,2]",
        "{\"lesson\":\"factorial\",\"input\":{\"numbers\":[-1]}}",
        "{\"lesson\":\"factorial\",\"input\":{\"numbers\":[2.5]}}",
        "{\"lesson\":\"factorial\",\"input\":{\"numbers\":7}}",
        "{\"lesson\":\"factorial\",\"input\":{\"numbers\":[]}}",
        "{\"lesson\":\"factorial\",\"input\":{\"numbers\":[1001]}}",
        "{\"lesson\":\"factorial\",\"input\":{\"collect\":\"map\"}}",
    };
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        assert_int_equal(lesson(bad[i]), CAS_RUN_BAD_INPUT);
        assert_stream_well_formed();
        assert_int_equal(rec_count("error"), 1);
        assert_string_equal(cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(rec_nth("error", 0), "code")), "EINVAL");
        assert_string_equal(cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(rec_nth("end", 0), "status")), "error");
    }
    cas_set_clock(CAS_CLOCK_VIRTUAL);
}

/* Fails the n-th allocation from now on. */
static long fail_at, allocs;
static void *failing_malloc(size_t n) { return ++allocs == fail_at ? NULL : malloc(n); }
static void *failing_realloc(void *p, size_t n) { return ++allocs == fail_at ? NULL : realloc(p, n); }

static int small_program(void *arg, cas_value *r) {
    static const double d = 0.1;
    cas_task *t[3] = {NULL, NULL, NULL};
    int rc = 0;
    for (int i = 0; i < 3; i++)
        if (!(t[i] = cas_create_task(ticker, &d, sizeof d))) rc = CAS_ENOMEM;
    cas_future *g = rc ? NULL : cas_gather(t, 3, 0);
    if (g) rc = cas_await(g, NULL);
    else rc = CAS_ENOMEM;
    cas_release(g);
    for (int i = 0; i < 3; i++) cas_release(t[i]);
    return rc;
}

static void discard(const char *json, size_t len, void *ud) {}

static void out_of_memory_at_any_allocation_is_a_clean_error(void **s) {
    int succeeded = 0;
    for (fail_at = 1; fail_at < 2000 && !succeeded; fail_at++) {
        allocs = 0;
        cas_set_allocator(failing_malloc, failing_realloc, free);
        cas_set_event_handler(discard, NULL, CAS_EV_ALL);
        int rc = cas_run(small_program, NULL, NULL);
        cas_set_allocator(NULL, NULL, NULL);
        cas_set_event_handler(NULL, NULL, 0);
        cas_exc_clear();
        assert_true(rc <= 0);
        if (rc == 0 && allocs < fail_at) succeeded = 1;
        assert_nothing_alive();
    }
    assert_true(succeeded);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        TEST(a_blocking_sleep_stops_the_whole_loop),
        TEST(randint_gives_cpythons_numbers),
        TEST(the_factorials_finish_at_300_500_600_and_700_ms),
        TEST(the_gather_workers_finish_at_1000_ms),
        TEST(bad_options_give_one_error_and_an_error_end),
        TEST(out_of_memory_at_any_allocation_is_a_clean_error),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
