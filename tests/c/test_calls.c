/* test_calls.c -- small coroutines without boilerplate: a task from a
 * function and a value argument in one call, asyncio.sleep(delay, result)
 * as a task, and gather over calls.  The first case is the twin of
 * tests/c/py/calls.py. */
#include "harness.h"

static int square(cas_value x, cas_value *r) {
    int rc = cas_sleep(0.1);
    if (rc) return rc;
    *r = cas_int(x.as.i * x.as.i);
    return 0;
}

/* greet(name, times): several arguments are a tuple. */
static int greet(cas_value args, cas_value *r) {
    const char *name = args.as.list.items[0].as.s;
    for (int64_t i = 0; i < args.as.list.items[1].as.i; i++) {
        cas_print("hello %s", name);
        int rc = cas_sleep(0);
        if (rc) return rc;
    }
    *r = args; /* the task's copy: valid until the body returns, then copied */
    return 0;
}

static void print_value(cas_value v) {
    char b[128];
    cas_repr(v, b, sizeof b);
    cas_print("%s", b);
}

static int calls_main(void *arg, cas_value *r) {
    cas_task *t = cas_create_sleep(0.2, cas_str("slept"));
    char name[8] = "ann"; /* on this stack: copied into the task */
    cas_call calls[] = {{.value_fn = square, .value = cas_int(3)},
                        {.value_fn = square, .value = cas_int(4)},
                        {.value_fn = greet, .value = cas_tuple_of(cas_str(name), cas_int(2))}};
    cas_future *g = cas_gather_calls(calls, 3, 0);
    name[0] = 'X';
    cas_value v;
    CHECK_INT(cas_await(g, &v), 0);
    print_value(v);
    cas_release(g);
    CHECK_INT(cas_await(t, &v), 0);
    cas_print("%s", v.as.s);
    cas_release(t);
    t = cas_create_task_value(greet, cas_tuple_of(cas_str("bob"), cas_int(1)));
    CHECK_INT(cas_await(t, &v), 0);
    print_value(v);
    cas_release(t);
    return 0;
}

static void small_coroutines_are_one_call_each(void **s) {
    assert_int_equal(run_virtual(calls_main, NULL), 0);
    assert_string_equal(rec_prints(), "hello ann|hello ann|[9, 16, ('ann', 2)]|slept|hello bob|('bob', 1)");
}

/* A value task cancelled before it starts still frees its copied argument
 * (the check that nothing is alive at the end of every test). */
static int never_started(void *arg, cas_value *r) {
    cas_value items[2] = {cas_str("a"), cas_list(NULL, 0)};
    cas_task *t = cas_create_task_value(square, cas_list(items, 2));
    cas_cancel(t);
    CHECK_INT(cas_await(t, NULL), CAS_ECANCELLED);
    cas_exc_clear();
    cas_release(t);
    cas_task *s = cas_create_sleep(5, cas_str("never"));
    cas_cancel(s);
    CHECK_INT(cas_sleep(0), 0);
    CHECK(cas_cancelled(s));
    cas_release(s);
    CHECK(cas_create_task_value(NULL, cas_none()) == NULL);
    CHECK(cas_create_sleep(0.0 / 0.0, cas_none()) == NULL);
    /* A gather of calls that cannot all be made leaves none running. */
    cas_call bad[] = {{.value_fn = square, .value = cas_int(1)}, {.body = NULL}};
    CHECK(cas_gather_calls(bad, 2, 0) == NULL);
    CHECK_INT(cas_sleep(0), 0);
    CHECK_INT(cas_all_tasks(NULL, 0), 1);
    return 0;
}

static void a_value_task_frees_its_argument_even_if_it_never_runs(void **s) {
    assert_int_equal(run_virtual(never_started, NULL), 0);
    assert_null(cas_create_sleep(1, cas_none())); /* outside a loop */
}

int main(void) {
    const struct CMUnitTest tests[] = {
        TEST(small_coroutines_are_one_call_each),
        TEST(a_value_task_frees_its_argument_even_if_it_never_runs),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
