/* test_tasks.c -- Task queries and their error codes, exceptions that
 * propagate to the awaiter, unretrieved exceptions, done callbacks (through
 * the loop, never inline, in order), and argument copies. */
#include "harness.h"

#include <string.h>

static int forty_two(void *arg, cas_value *r) {
    cas_sleep(1);
    *r = cas_int(42);
    return 0;
}

static int queries(void *arg, cas_value *r) {
    cas_task *t = cas_create_task(forty_two, NULL, 0);
    cas_value v;
    const char *type = "x";
    assert_int_equal(cas_done(t), 0);
    assert_int_equal(cas_cancelled(t), 0);
    assert_int_equal(cas_result(t, &v), CAS_EINVALIDSTATE);
    assert_int_equal(cas_exception(t, &type, NULL), CAS_EINVALIDSTATE);
    assert_int_equal(cas_await(t, &v), 0);
    assert_int_equal(v.as.i, 42);
    assert_int_equal(cas_done(t), 1);
    assert_int_equal(cas_result(t, &v), 0);
    assert_int_equal(v.as.i, 42);
    assert_int_equal(cas_exception(t, &type, NULL), 0);
    assert_null(type);
    assert_string_equal(cas_task_name(t), "Task-2");
    assert_int_equal(cas_task_set_name(t, "worker"), 0);
    assert_string_equal(cas_task_name(t), "worker");
    cas_release(t);
    return 0;
}

static void task_queries_answer_as_cpython_does(void **s) {
    /* Each run of this file's first test starts the task counter afresh. */
    assert_int_equal(run_virtual(queries, NULL), 0);
}

static int raises(void *arg, cas_value *r) {
    cas_sleep(0.5);
    return cas_raise("ValueError", "bad value %d", 7);
}

static int awaits_raiser(void *arg, cas_value *r) {
    cas_task *t = cas_create_task(raises, NULL, 0);
    int rc = cas_await(t, NULL);
    assert_int_equal(rc, CAS_EEXCEPTION);
    assert_string_equal(cas_exc_type(), "ValueError");
    assert_string_equal(cas_exc_message(), "bad value 7");
    cas_value v;
    assert_int_equal(cas_result(t, &v), CAS_EEXCEPTION);
    cas_release(t);
    return rc; /* propagate: main fails with the same exception */
}

static void an_exception_propagates_to_the_awaiter(void **s) {
    assert_int_equal(run_virtual(awaits_raiser, NULL), CAS_EEXCEPTION);
    assert_string_equal(cas_exc_type(), "ValueError");
    const cJSON *failed = rec_nth("task_failed", 0);
    assert_non_null(failed);
    assert_int_equal(rec_count("error"), 0); /* every exception was retrieved */
    const cJSON *end = rec_nth("end", 0);
    assert_string_equal(cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(end, "status")), "error");
    assert_stream_well_formed();
}

static int ignores_raiser(void *arg, cas_value *r) {
    cas_task *t = cas_create_task(raises, NULL, 0);
    cas_sleep(1);
    cas_release(t);
    return 0;
}

static void an_exception_nobody_retrieved_is_reported(void **s) {
    assert_int_equal(run_virtual(ignores_raiser, NULL), 0);
    assert_int_equal(rec_count("error"), 1);
    const char *msg = cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(rec_nth("error", 0), "message"));
    assert_non_null(strstr(msg, "Task exception was never retrieved"));
    assert_non_null(strstr(msg, "ValueError"));
}

static void note(cas_future *f, void *ud) { cas_print("callback %s", (const char *)ud); }

static int callbacks(void *arg, cas_value *r) {
    cas_task *t = cas_create_task(forty_two, NULL, 0);
    cas_add_done_callback(t, note, "one");
    cas_add_done_callback(t, note, "two");
    cas_add_done_callback(t, note, "gone");
    cas_add_done_callback(t, note, "gone");
    assert_int_equal(cas_remove_done_callback(t, note, "gone"), 2);
    assert_int_equal(cas_remove_done_callback(t, note, "never"), 0);
    cas_await(t, NULL);
    cas_print("awaiter resumed");
    cas_add_done_callback(t, note, "late");
    cas_print("added late");
    cas_sleep(0);
    cas_print("after one iteration");
    cas_release(t);
    return 0;
}

static void done_callbacks_run_through_the_loop_in_order(void **s) {
    assert_int_equal(run_virtual(callbacks, NULL), 0);
    /* Callbacks added before the await run first (they were added first);
     * one added after completion runs once, at the next iteration. */
    assert_string_equal(rec_prints(), "callback one|callback two|awaiter resumed|added late|callback late|after one iteration");
    assert_int_equal(rec_count("callback"), 3);
}

typedef struct pair {
    int a;
    char label[8];
} pair;

static int reads_copy(void *arg, cas_value *r) {
    pair *p = arg;
    cas_sleep(0);
    cas_print("%s=%d", p->label, p->a);
    return 0;
}

static int passes_stack_value(void *arg, cas_value *r) {
    cas_task *t;
    {
        pair p = {5, "five"};
        t = cas_create_task(reads_copy, &p, sizeof p);
        memset(&p, 0, sizeof p);
    }
    cas_await(t, NULL);
    cas_release(t);
    return 0;
}

static void create_task_copies_its_argument(void **s) {
    assert_int_equal(run_virtual(passes_stack_value, NULL), 0);
    assert_string_equal(rec_prints(), "five=5");
}

static int strf_result(void *arg, cas_value *r) {
    *r = cas_strf("%s-%d", "A", 7);
    return 0;
}

static int reads_strf(void *arg, cas_value *r) {
    cas_task *t = cas_create_task(strf_result, NULL, 0);
    cas_value v;
    assert_int_equal(cas_await(t, &v), 0);
    assert_int_equal(v.kind, CAS_STR);
    assert_string_equal(v.as.s, "A-7");
    char buf[16];
    assert_int_equal(cas_repr(v, buf, sizeof buf), 5);
    assert_string_equal(buf, "'A-7'");
    cas_release(t);
    return 0;
}

static void a_body_can_return_text_it_formatted(void **s) { assert_int_equal(run_virtual(reads_strf, NULL), 0); }

int main(void) {
    const struct CMUnitTest tests[] = {
        TEST(task_queries_answer_as_cpython_does),
        TEST(an_exception_propagates_to_the_awaiter),
        TEST(an_exception_nobody_retrieved_is_reported),
        TEST(done_callbacks_run_through_the_loop_in_order),
        TEST(create_task_copies_its_argument),
        TEST(a_body_can_return_text_it_formatted),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
