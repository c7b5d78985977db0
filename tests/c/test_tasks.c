/* test_tasks.c -- Task queries and their error codes, exceptions that
 * propagate to the awaiter, unretrieved exceptions, done callbacks (through
 * the loop, never inline, in order), names, and argument copies. */
#include "harness.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int forty_two(void *arg, cas_value *r) {
    cas_sleep(1);
    *r = cas_int(42);
    return 0;
}

static char first_main_name[32];

static int queries(void *arg, cas_value *r) {
    snprintf(first_main_name, sizeof first_main_name, "%s", cas_task_name(cas_current_task()));
    cas_task *t = cas_create_task(forty_two, NULL, 0);
    cas_value v = cas_int(-1);
    const char *type = "x", *msg = "y";
    CHECK_INT(cas_done(t), 0);
    CHECK_INT(cas_cancelled(t), 0);
    CHECK_INT(cas_result(t, &v), CAS_EINVALIDSTATE);
    CHECK_INT(cas_exception(t, &type, &msg), CAS_EINVALIDSTATE);
    CHECK_INT(cas_await(t, &v), 0);
    CHECK_INT(v.kind, CAS_INT);
    CHECK_INT(v.as.i, 42);
    CHECK_INT(cas_done(t), 1);
    CHECK_INT(cas_cancelled(t), 0);
    v = cas_none();
    CHECK_INT(cas_result(t, &v), 0);
    CHECK_INT(v.as.i, 42);
    CHECK_INT(cas_exception(t, &type, &msg), 0);
    CHECK(type == NULL);
    CHECK(msg == NULL);
    cas_release(t);
    return 0;
}

static void task_queries_answer_as_cpython_does(void **s) {
    assert_int_equal(run_virtual(queries, NULL), 0);
    /* Outside a loop the NULL handle is a harmless no-op. */
    assert_int_equal(cas_done(NULL), 0);
    assert_int_equal(cas_cancelled(NULL), 0);
    assert_int_equal(cas_result(NULL, NULL), CAS_EINVAL);
    assert_int_equal(cas_cancel(NULL), CAS_EINVAL);
}

static int raises(void *arg, cas_value *r) {
    cas_sleep(0.5);
    return cas_raise("ValueError", "bad value %d", 7);
}

static int awaits_raiser(void *arg, cas_value *r) {
    cas_task *t = cas_create_task(raises, NULL, 0);
    int rc = cas_await(t, NULL);
    CHECK_INT(rc, CAS_EEXCEPTION);
    CHECK_STR(cas_exc_type(), "ValueError");
    CHECK_STR(cas_exc_message(), "bad value 7");
    CHECK_INT(cas_done(t), 1);
    CHECK_INT(cas_cancelled(t), 0);
    cas_value v;
    CHECK_INT(cas_result(t, &v), CAS_EEXCEPTION);
    const char *type = NULL, *msg = NULL;
    CHECK_INT(cas_exception(t, &type, &msg), 0);
    CHECK_STR(type, "ValueError");
    CHECK_STR(msg, "bad value 7");
    cas_release(t);
    return rc; /* propagate: main fails with the same exception */
}

static void an_exception_propagates_to_the_awaiter(void **s) {
    assert_int_equal(run_virtual(awaits_raiser, NULL), CAS_EEXCEPTION);
    assert_string_equal(cas_exc_type(), "ValueError");
    assert_string_equal(cas_exc_message(), "bad value 7");
    assert_int_equal(rec_count("task_failed"), 2); /* the raiser, then main */
    assert_int_equal(rec_count("error"), 0);       /* every exception was retrieved */
    const cJSON *end = rec_nth("end", 0);
    assert_string_equal(rec_str(end, "status"), "error");
    assert_string_equal(rec_str(cJSON_GetObjectItemCaseSensitive(end, "error"), "type"), "ValueError");
    assert_stream_well_formed();
}

static int catches_and_goes_on(void *arg, cas_value *r) {
    cas_task *t = cas_create_task(raises, NULL, 0);
    if (cas_await(t, NULL) == CAS_EEXCEPTION) {
        cas_print("caught %s(%s)", cas_exc_type(), cas_exc_message());
        cas_exc_clear();
    }
    CHECK(cas_exc_type() == NULL);
    cas_release(t);
    *r = cas_str("fine");
    return 0;
}

static void an_awaiter_may_catch_the_exception_and_return_normally(void **s) {
    assert_int_equal(run_virtual(catches_and_goes_on, NULL), 0);
    assert_string_equal(rec_prints(), "caught ValueError(bad value 7)");
    assert_string_equal(rec_str(rec_nth("end", 0), "result"), "fine");
}

static cas_task *held;

static int keeps_raiser(void *arg, cas_value *r) {
    held = cas_create_task(raises, NULL, 0);
    cas_sleep(1);
    CHECK_INT(cas_done(held), 1);
    cas_print("main done");
    return 0;
}

static void an_exception_nobody_retrieved_is_reported_when_the_loop_closes(void **s) {
    held = NULL;
    assert_int_equal(run_virtual(keeps_raiser, NULL), 0);
    assert_int_equal(rec_count("error"), 1);
    const cJSON *err = rec_nth("error", 0);
    assert_string_equal(rec_str(err, "code"), "EEXCEPTION");
    const char *msg = rec_str(err, "message");
    assert_non_null(strstr(msg, "Task exception was never retrieved"));
    assert_non_null(strstr(msg, "ValueError('bad value 7')"));
    /* At the loop's close: after run_finished, before the end. */
    assert_true(rec_index(err) > rec_index(rec_nth("run_finished", 0)));
    assert_true(rec_index(err) < rec_index(rec_nth("end", 0)));
    assert_string_equal(rec_str(rec_nth("end", 0), "status"), "ok");
    assert_stream_well_formed();
    /* Releasing it afterwards reports nothing more. */
    rec_clear();
    cas_release(held);
    assert_int_equal(REC.n, 0);
}

static int drops_raiser(void *arg, cas_value *r) {
    cas_task *t = cas_create_task(raises, NULL, 0);
    cas_sleep(1);
    cas_print("before release");
    cas_release(t); /* the last reference: Python's __del__ */
    cas_print("after release");
    return 0;
}

static void an_unretrieved_exception_is_reported_when_its_last_reference_goes(void **s) {
    assert_int_equal(run_virtual(drops_raiser, NULL), 0);
    assert_int_equal(rec_count("error"), 1);
    const cJSON *err = rec_nth("error", 0);
    assert_true(rec_index(err) > rec_index(rec_nth("print", 0)));
    assert_true(rec_index(err) < rec_index(rec_nth("print", 1)));
    assert_stream_well_formed();
}

/* ---- done callbacks -------------------------------------------------------- */

static void note(cas_future *f, void *ud) { cas_print("callback %s done=%d", (const char *)ud, cas_done(f)); }

static int callbacks(void *arg, cas_value *r) {
    cas_task *t = cas_create_task(forty_two, NULL, 0);
    CHECK_INT(cas_add_done_callback(t, note, "one"), 0);
    CHECK_INT(cas_add_done_callback(t, note, "two"), 0);
    CHECK_INT(cas_add_done_callback(t, note, "gone"), 0);
    CHECK_INT(cas_add_done_callback(t, note, "three"), 0);
    CHECK_INT(cas_add_done_callback(t, note, "gone"), 0);
    CHECK_INT(cas_remove_done_callback(t, note, "gone"), 2);
    CHECK_INT(cas_remove_done_callback(t, note, "gone"), 0);
    CHECK_INT(cas_remove_done_callback(t, note, "never"), 0);
    CHECK_INT(cas_await(t, NULL), 0);
    cas_print("awaiter resumed");
    cas_release(t);
    return 0;
}

static void done_callbacks_run_through_the_loop_in_the_order_added(void **s) {
    assert_int_equal(run_virtual(callbacks, NULL), 0);
    /* The awaiter's own wakeup was added last, so it runs after them. */
    assert_string_equal(rec_prints(), "callback one done=1|callback two done=1|callback three done=1|awaiter resumed");
    assert_int_equal(rec_count("callback"), 3);
    assert_string_equal(rec_str(rec_nth("callback", 0), "name"), "note");
}

static int future_callbacks(void *arg, cas_value *r) {
    cas_future *f = cas_future_new();
    CHECK_INT(cas_add_done_callback(f, note, "A"), 0);
    CHECK_INT(cas_add_done_callback(f, note, "B"), 0);
    CHECK_INT(cas_future_set_result(f, cas_int(1)), 0);
    cas_print("after set_result");
    CHECK_INT(cas_future_set_result(f, cas_int(2)), CAS_EINVALIDSTATE);
    CHECK_INT(cas_future_set_exception(f, "ValueError", "x"), CAS_EINVALIDSTATE);
    CHECK_INT(cas_add_done_callback(f, note, "late"), 0);
    cas_print("added late");
    CHECK_INT(cas_sleep(0), 0);
    cas_print("after one iteration");
    CHECK_INT(cas_sleep(0), 0);
    cas_print("after two iterations");
    cas_value v;
    CHECK_INT(cas_result(f, &v), 0);
    CHECK_INT(v.as.i, 1);
    cas_release(f);
    return 0;
}

static void callbacks_never_run_inline_and_a_late_one_runs_at_the_next_iteration(void **s) {
    assert_int_equal(run_virtual(future_callbacks, NULL), 0);
    assert_string_equal(rec_prints(), "after set_result|added late|callback A done=1|callback B done=1|callback late done=1|"
                                      "after one iteration|after two iterations");
    assert_int_equal(rec_count("callback"), 3);
}

static int set_result_on_a_task(void *arg, cas_value *r) {
    CHECK_INT(cas_future_set_result(cas_current_task(), cas_int(1)), CAS_EMISUSE);
    CHECK_INT(cas_future_set_exception(cas_current_task(), "E", "m"), CAS_EMISUSE);
    return 0;
}

static void a_task_cannot_be_completed_from_outside(void **s) {
    assert_int_equal(run_virtual(set_result_on_a_task, NULL), 0);
}

static int future_exception(void *arg, cas_value *r) {
    cas_future *f = cas_future_new();
    CHECK_INT(cas_future_set_exception(f, "OSError", "disk"), 0);
    CHECK_INT(cas_await(f, NULL), CAS_EEXCEPTION);
    CHECK_STR(cas_exc_type(), "OSError");
    CHECK_STR(cas_exc_message(), "disk");
    cas_exc_clear();
    cas_release(f);
    return 0;
}

static void awaiting_a_failed_future_raises_its_exception(void **s) {
    assert_int_equal(run_virtual(future_exception, NULL), 0);
    assert_int_equal(rec_count("error"), 0);
}

/* ---- names ----------------------------------------------------------------- */

static int names(void *arg, cas_value *r) {
    char *out = arg;
    cas_task *a = cas_create_task(forty_two, NULL, 0), *b = cas_create_task(forty_two, NULL, 0);
    snprintf(out, 128, "%s %s %s", cas_task_name(cas_current_task()), cas_task_name(a), cas_task_name(b));
    CHECK_INT(cas_task_set_name(b, "worker"), 0);
    CHECK_STR(cas_task_name(b), "worker");
    CHECK_INT(cas_task_set_name(b, NULL), CAS_EINVAL);
    cas_await(a, NULL);
    cas_await(b, NULL);
    cas_release(a);
    cas_release(b);
    return 0;
}

static void tasks_are_named_task_n_in_creation_order_and_can_be_renamed(void **s) {
    /* The counter is the process's (CPython's _task_name_counter): find
     * main's number, then its children follow it. */
    char out[128];
    assert_int_equal(run_virtual(names, out), 0);
    unsigned n = 0;
    assert_int_equal(sscanf(out, "Task-%u", &n), 1);
    char want[128];
    snprintf(want, sizeof want, "Task-%u Task-%u Task-%u", n, n + 1, n + 2);
    assert_string_equal(out, want);
    /* The renamed task's events carry the new name. */
    int seen = 0;
    for (size_t k = 0; rec_nth("task_done", k); k++)
        if (strcmp(rec_str(rec_nth("task_done", k), "task"), "worker") == 0) seen++;
    assert_int_equal(seen, 1);
}

static void the_first_task_of_a_process_is_task_1_and_every_task_counts(void **s) {
    /* This file's first test ran first: its main was the process's first. */
    assert_string_equal(first_main_name, "Task-1");
    char out[128];
    assert_int_equal(run_virtual(names, out), 0);
    unsigned n1 = 0;
    sscanf(out, "Task-%u", &n1);
    assert_int_equal(run_virtual(names, out), 0);
    unsigned n2 = 0;
    sscanf(out, "Task-%u", &n2);
    assert_int_equal(n2, n1 + 3); /* main and two children per run */
}

/* ---- arguments --------------------------------------------------------------- */

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

static void create_task_copies_its_argument_when_given_a_size(void **s) {
    assert_int_equal(run_virtual(passes_stack_value, NULL), 0);
    assert_string_equal(rec_prints(), "five=5");
}

static pair shared = {1, "one"};

static int passes_pointer(void *arg, cas_value *r) {
    cas_task *t = cas_create_task(reads_copy, &shared, 0);
    shared.a = 2; /* before the child starts: it sees the change */
    cas_await(t, NULL);
    cas_release(t);
    CHECK(cas_create_task(reads_copy, NULL, 4) == NULL); /* a size without memory */
    return 0;
}

static void create_task_passes_the_pointer_as_it_is_without_a_size(void **s) {
    assert_int_equal(run_virtual(passes_pointer, NULL), 0);
    assert_string_equal(rec_prints(), "one=2");
}

static int strf_result(void *arg, cas_value *r) {
    *r = cas_strf("%s-%d", "A", 7);
    return 0;
}

static int reads_strf(void *arg, cas_value *r) {
    cas_task *t = cas_create_task(strf_result, NULL, 0);
    cas_value v;
    CHECK_INT(cas_await(t, &v), 0);
    CHECK_INT(v.kind, CAS_STR);
    CHECK_STR(v.as.s, "A-7");
    char buf[16];
    CHECK_INT(cas_repr(v, buf, sizeof buf), 5);
    CHECK_STR(buf, "'A-7'");
    cas_release(t);
    return 0;
}

static void a_body_can_return_text_it_formatted(void **s) { assert_int_equal(run_virtual(reads_strf, NULL), 0); }

/* A size that would wrap the task's allocation (SIZE_MAX - 8 once made a
 * 40-byte block and copied SIZE_MAX - 8 bytes into it) is refused. */
static int creates_with_huge_sizes(void *arg, cas_value *r) {
    static const char byte = 1;
    const size_t sizes[] = {SIZE_MAX, SIZE_MAX - 8, SIZE_MAX - 4096, (size_t)PTRDIFF_MAX + 1, (size_t)PTRDIFF_MAX};
    for (size_t i = 0; i < sizeof sizes / sizeof sizes[0]; i++) CHECK(cas_create_task(forty_two, &byte, sizes[i]) == NULL);
    cas_task *ok = cas_create_task(forty_two, &byte, sizeof byte);
    CHECK(ok != NULL);
    CHECK_INT(cas_await(ok, NULL), 0);
    cas_release(ok);
    return 0;
}

static void create_task_refuses_an_argument_size_no_allocation_can_hold(void **s) {
    assert_int_equal(run_virtual(creates_with_huge_sizes, NULL), 0);
    assert_int_equal(rec_count("task_created"), 2);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        TEST(task_queries_answer_as_cpython_does),
        TEST(an_exception_propagates_to_the_awaiter),
        TEST(an_awaiter_may_catch_the_exception_and_return_normally),
        TEST(an_exception_nobody_retrieved_is_reported_when_the_loop_closes),
        TEST(an_unretrieved_exception_is_reported_when_its_last_reference_goes),
        TEST(done_callbacks_run_through_the_loop_in_the_order_added),
        TEST(callbacks_never_run_inline_and_a_late_one_runs_at_the_next_iteration),
        TEST(a_task_cannot_be_completed_from_outside),
        TEST(awaiting_a_failed_future_raises_its_exception),
        TEST(tasks_are_named_task_n_in_creation_order_and_can_be_renamed),
        TEST(the_first_task_of_a_process_is_task_1_and_every_task_counts),
        TEST(create_task_copies_its_argument_when_given_a_size),
        TEST(create_task_passes_the_pointer_as_it_is_without_a_size),
        TEST(a_body_can_return_text_it_formatted),
        TEST(create_task_refuses_an_argument_size_no_allocation_can_hold),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
