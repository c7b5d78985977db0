/* test_overflow.c -- a stack overflow in a task is caught at the guard
 * page below its stack: the task fails with RecursionError, an "error"
 * event with code ESTACK says so, and the loop and the other tasks go on. */
#include "harness.h"

#include <string.h>

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

static void a_stack_overflow_fails_the_task_and_the_loop_goes_on(void **s) {
    assert_int_equal(run_virtual(overflow_main, NULL), 0);
    assert_string_equal(rec_prints(), "awaiting it raised RecursionError|survivor done");
    const cJSON *err = rec_nth("error", 0);
    assert_non_null(err);
    assert_string_equal(cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(err, "code")), "ESTACK");
}

int main(void) {
    const struct CMUnitTest tests[] = {
        TEST(a_stack_overflow_fails_the_task_and_the_loop_goes_on),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
