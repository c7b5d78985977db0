/* test_events.c -- the event stream's contract: seq from 1 with no gap,
 * exactly one end, v == 1, print events with text and task, end statuses,
 * delivery as things happen, the mask; and the lessons' harness, whose bad
 * options still make a complete stream. */
#include "harness.h"
#include "lessons.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- stream shape ------------------------------------------------------------ */

static int prints_twice(void *arg, cas_value *r) {
    cas_print("in %s", "main");
    cas_sleep(0.5);
    cas_print("later");
    *r = cas_str("R");
    return 0;
}

static void a_run_is_a_well_formed_stream_ending_ok_with_the_result(void **s) {
    assert_int_equal(run_virtual(prints_twice, NULL), 0);
    assert_stream_well_formed();
    assert_string_equal(rec_type(REC.events[0]), "run_started");
    const cJSON *p = rec_nth("print", 0);
    assert_string_equal(rec_str(p, "text"), "in main");
    assert_non_null(rec_str(p, "task"));
    assert_int_equal(strncmp(rec_str(p, "task"), "Task-", 5), 0);
    assert_true(rec_num(rec_nth("print", 1), "t") == 500);
    const cJSON *end = rec_nth("end", 0);
    assert_string_equal(rec_str(end, "status"), "ok");
    assert_string_equal(rec_str(end, "result"), "R");
    assert_null(cJSON_GetObjectItemCaseSensitive(end, "error"));
    /* The raw text is what was parsed. */
    assert_non_null(strstr(REC.raw[REC.n - 1], "\"type\":\"end\""));
}

static int fails(void *arg, cas_value *r) { return cas_raise("ZeroDivisionError", "division by zero"); }

static void a_failed_run_ends_with_status_error_and_the_exception(void **s) {
    assert_int_equal(run_virtual(fails, NULL), CAS_EEXCEPTION);
    assert_stream_well_formed();
    const cJSON *end = rec_nth("end", 0);
    assert_string_equal(rec_str(end, "status"), "error");
    const cJSON *e = cJSON_GetObjectItemCaseSensitive(end, "error");
    assert_string_equal(rec_str(e, "type"), "ZeroDivisionError");
    assert_string_equal(rec_str(e, "message"), "division by zero");
    assert_null(cJSON_GetObjectItemCaseSensitive(end, "result"));
}

static int cancelled(void *arg, cas_value *r) {
    cas_cancel(cas_current_task());
    return cas_sleep(1);
}

static void a_cancelled_run_ends_with_status_cancelled(void **s) {
    assert_int_equal(run_virtual(cancelled, NULL), CAS_ECANCELLED);
    assert_stream_well_formed();
    const cJSON *end = rec_nth("end", 0);
    assert_string_equal(rec_str(end, "status"), "cancelled");
    assert_null(cJSON_GetObjectItemCaseSensitive(end, "result"));
    assert_null(cJSON_GetObjectItemCaseSensitive(end, "error"));
}

/* ---- cas_main: prints outside tasks ------------------------------------------- */

static int small_main(void *arg, cas_value *r) {
    cas_sleep(0.25);
    cas_print("inside");
    return 0;
}

static int program(void *arg, cas_value *r) {
    cas_print("before run");
    int rc = cas_run(small_main, NULL, NULL);
    cas_print("after run: %d", rc);
    *r = cas_int(11);
    return 0;
}

static void print_events_name_their_task_and_null_outside_any(void **s) {
    rec_start();
    assert_int_equal(cas_main(program, NULL), 0);
    assert_checks_passed();
    assert_stream_well_formed();
    assert_string_equal(rec_prints(), "before run|inside|after run: 0");
    const cJSON *before = rec_nth("print", 0), *inside = rec_nth("print", 1), *after = rec_nth("print", 2);
    assert_true(cJSON_IsNull(cJSON_GetObjectItemCaseSensitive(before, "task")));
    assert_true(cJSON_IsNull(cJSON_GetObjectItemCaseSensitive(after, "task")));
    assert_string_equal(rec_str(inside, "task"), rec_str(rec_nth("task_created", 0), "task"));
    /* One stream for the whole program: one end, with the program's result. */
    assert_true(rec_num(rec_nth("end", 0), "result") == 11);
    assert_true(rec_num(after, "t") == 250);
}

static int program_fails(void *arg, cas_value *r) {
    cas_print("about to fail");
    return cas_raise("RuntimeError", "boom");
}

static void a_failing_program_gives_one_error_event_and_an_error_end(void **s) {
    rec_start();
    assert_int_equal(cas_main(program_fails, NULL), CAS_EEXCEPTION);
    assert_stream_well_formed();
    assert_int_equal(rec_count("error"), 1);
    assert_non_null(strstr(rec_str(rec_nth("error", 0), "message"), "RuntimeError: boom"));
    assert_string_equal(rec_str(rec_nth("end", 0), "status"), "error");
}

/* ---- runs of a language's own (cas_run_as) ------------------------------------ */

static int child_sleeps(void *arg, cas_value *r) { return cas_sleep(0.1); }

static int makes_a_child(void *arg, cas_value *r) {
    cas_print("main speaks");
    cas_task *c = cas_create_task_named(child_sleeps, NULL, 0, "Task-8", "child()");
    CHECK(c != NULL);
    int rc = cas_await(c, NULL);
    cas_release(c);
    return rc;
}

static void a_run_as_names_its_main_in_its_task_created_event(void **s) {
    assert_int_equal(cas_set_clock(CAS_CLOCK_VIRTUAL), 0);
    rec_start();
    assert_int_equal(cas_run_as(makes_a_child, NULL, NULL, "Task-7", "main()", 0), 0);
    assert_checks_passed();
    assert_stream_well_formed();
    const cJSON *main_created = rec_nth("task_created", 0), *child = rec_nth("task_created", 1);
    assert_string_equal(rec_str(main_created, "task"), "Task-7");
    assert_string_equal(rec_str(main_created, "coro"), "main()");
    assert_string_equal(rec_str(child, "by"), "Task-7");
    assert_string_equal(rec_str(rec_nth("print", 0), "task"), "Task-7");
    assert_string_equal(rec_str(rec_nth("task_done", 1), "task"), "Task-7");
    /* NULL: Task-N, as cas_run_named */
    rec_start();
    assert_int_equal(cas_run_as(makes_a_child, NULL, NULL, NULL, NULL, 0), 0);
    char dflt[32];
    snprintf(dflt, sizeof dflt, "Task-%.0f", rec_num(rec_nth("task_created", 0), "id"));
    assert_string_equal(rec_str(rec_nth("task_created", 0), "task"), dflt);
    assert_null(rec_str(rec_nth("task_created", 0), "coro"));
}

static void an_unseen_main_has_no_events_and_what_it_does_names_no_task(void **s) {
    assert_int_equal(cas_set_clock(CAS_CLOCK_VIRTUAL), 0);
    rec_start();
    cas_task *m = NULL;
    assert_int_equal(cas_run_as(makes_a_child, NULL, &m, "Task-1", "main()", CAS_RUN_UNSEEN), 0);
    assert_checks_passed();
    assert_stream_well_formed();
    /* only the child is a task of the stream */
    assert_int_equal(rec_count("task_created"), 1);
    assert_int_equal(rec_count("task_started"), 1);
    assert_int_equal(rec_count("task_suspended"), 1);
    assert_int_equal(rec_count("task_resumed"), 1);
    assert_int_equal(rec_count("task_done"), 1);
    const cJSON *child = rec_nth("task_created", 0);
    assert_string_equal(rec_str(child, "task"), "Task-8");
    assert_true(cJSON_IsNull(cJSON_GetObjectItemCaseSensitive(child, "by")));
    assert_true(cJSON_IsNull(cJSON_GetObjectItemCaseSensitive(rec_nth("print", 0), "task")));
    for (size_t i = 0; i < REC.n; i++) {
        const char *t = rec_str(REC.events[i], "task");
        if (t) assert_string_equal(t, "Task-8");
    }
    /* main is still a task to its runner, named as asked */
    assert_string_equal(cas_task_name(m), "Task-1");
    assert_true(cas_done(m));
    cas_release(m);
}

static void a_run_as_keeps_its_loop_and_refuses_unknown_flags(void **s) {
    assert_int_equal(cas_set_clock(CAS_CLOCK_VIRTUAL), 0);
    rec_start();
    assert_int_equal(cas_run_as(makes_a_child, NULL, NULL, "Task-1", NULL, 4), CAS_EINVAL);
    assert_int_equal(REC.n, 0); /* refused before anything ran */
    assert_int_equal(cas_run_as(makes_a_child, NULL, NULL, "Task-1", NULL, CAS_RUN_KEEP), 0);
    assert_true(cas_loop_kept());
    assert_int_equal(cas_run_as(makes_a_child, NULL, NULL, "Task-3", NULL, 0), CAS_EMISUSE); /* as cas_run_named */
    assert_int_equal(cas_run_as(makes_a_child, NULL, NULL, "Task-3", NULL, CAS_RUN_KEEP | CAS_RUN_UNSEEN), 0);
    assert_true(cJSON_IsNull(cJSON_GetObjectItemCaseSensitive(rec_nth("task_created", 2), "by")));
    assert_int_equal(cas_shutdown_kept(), 0);
    assert_false(cas_loop_kept());
}

/* ---- delivery as it happens ---------------------------------------------------- */

static size_t seen_by_b;

static int task_a(void *arg, cas_value *r) {
    size_t before = REC.n;
    cas_print("A speaks");
    if (!rec_count("run_started")) return 0; /* the mask test: prints may be off */
    /* The handler has already run: the event is in the recorder. */
    CHECK_INT(REC.n, before + 1);
    CHECK_STR(rec_type(REC.events[REC.n - 1]), "print");
    CHECK_STR(rec_str(REC.events[REC.n - 1], "text"), "A speaks");
    return 0;
}

static int task_b(void *arg, cas_value *r) {
    seen_by_b = rec_count("print");
    cas_print("B speaks");
    return 0;
}

static int a_then_b(void *arg, cas_value *r) {
    cas_task *a = cas_create_task(task_a, NULL, 0), *b = cas_create_task(task_b, NULL, 0);
    cas_await(a, NULL);
    cas_await(b, NULL);
    cas_release(a);
    cas_release(b);
    return 0;
}

static void events_are_delivered_one_at_a_time_as_they_happen(void **s) {
    seen_by_b = 99;
    assert_int_equal(run_virtual(a_then_b, NULL), 0);
    assert_int_equal(seen_by_b, 1); /* B started after A's print was delivered */
    assert_string_equal(rec_prints(), "A speaks|B speaks");
    /* And the stream shows A done before B starts. */
    assert_true(rec_index(rec_nth("task_done", 0)) < rec_index(rec_nth("print", 1)));
    assert_stream_well_formed();
}

static void the_mask_selects_classes_and_seq_counts_only_what_is_delivered(void **s) {
    rec_clear();
    cas_set_event_handler(rec_handler, NULL, CAS_EV_PRINT);
    assert_int_equal(cas_run(a_then_b, NULL, NULL), 0);
    assert_checks_passed();
    assert_stream_well_formed(); /* seq 1, 2, 3: no gaps for the events not built */
    assert_int_equal(REC.n, 3);  /* two prints and the end, always sent */
    assert_string_equal(rec_type(REC.events[2]), "end");

    /* Without the print class, prints go nowhere (not to stdout either). */
    rec_clear();
    cas_set_event_handler(rec_handler, NULL, CAS_EV_TASK);
    assert_int_equal(cas_run(a_then_b, NULL, NULL), 0);
    assert_checks_passed();
    assert_stream_well_formed();
    assert_int_equal(rec_count("print"), 0);
    assert_int_equal(rec_count("task_created"), 3);
    assert_int_equal(rec_count("task_done"), 3);
    assert_int_equal(rec_count("timer_set") + rec_count("run_started") + rec_count("callback"), 0);
}

/* ---- the lessons' harness ------------------------------------------------------- */

static int lesson(const char *options) {
    rec_stop();
    return cas_lessons_run(options, strlen(options), rec_handler, NULL);
}

static void the_factorials_finish_at_300_500_600_and_700_ms(void **s) {
    assert_int_equal(lesson("{\"lesson\":\"factorial\",\"clock\":\"virtual\"}"), CAS_RUN_OK);
    assert_stream_well_formed();
    assert_true(rec_time_of("factorial - 3 ! = 6") == 300);
    assert_true(rec_time_of("factorial - 5 ! = 120") == 500);
    assert_true(rec_time_of("factorial - 6 ! = 720") == 600);
    assert_true(rec_time_of("factorial - 7 ! = 5040") == 700);
    assert_string_equal(strstr(rec_prints(), "calculate_factorials - results"),
                        "calculate_factorials - results: [120, 5040, 6, 720]|Main - Done");
    assert_string_equal(rec_str(rec_nth("end", 0), "status"), "ok");
}

static void the_gather_lessons_workers_finish_at_1000_ms(void **s) {
    TIE_ORDER_IS_CASYNCIOS();
    assert_int_equal(lesson("{\"lesson\":\"gather\",\"clock\":\"virtual\",\"seed\":1}"), CAS_RUN_OK);
    assert_stream_well_formed();
    assert_true(rec_time_of("Worker - Done it") == 1000);
    assert_non_null(strstr(rec_prints(), "results from calls: [3, 10, 2]|Main - Done"));
    const cJSON *first = REC.events[0];
    assert_string_equal(rec_type(first), "print");
    assert_true(cJSON_IsNull(cJSON_GetObjectItemCaseSensitive(first, "task")));
}

static void every_lesson_runs_to_an_ok_end_on_the_virtual_clock(void **s) {
    for (size_t i = 0; cas_lessons[i]; i++) {
        char opts[128];
        snprintf(opts, sizeof opts, "{\"lesson\":\"%s\",\"clock\":\"virtual\",\"seed\":1}", cas_lessons[i]->id);
        assert_int_equal(lesson(opts), CAS_RUN_OK);
        assert_stream_well_formed();
        assert_int_equal(rec_count("error"), 0);
        assert_string_equal(rec_str(rec_nth("end", 0), "status"), "ok");
        assert_true(rec_print_count() > 0);
    }
}

static void bad_options_give_one_error_event_and_an_error_end(void **s) {
    char many[1024];
    int o = snprintf(many, sizeof many, "{\"lesson\":\"factorial\",\"input\":{\"numbers\":[");
    for (int i = 0; i < 101; i++) o += snprintf(many + o, sizeof many - (size_t)o, "%s1", i ? "," : "");
    snprintf(many + o, sizeof many - (size_t)o, "]}}");
    const char *bad[] = {
        "{\"lesson\":\"nope\"}",                                         /* unknown lesson */
        "{}",                                                            /* no lesson */
        "{\"lesson\":\"gather\",\"clock\":\"fast\"}",                    /* bad clock */
        "{\"lesson\":\"gather\",\"clock\":1}",                           /* bad clock */
        "{\"lesson\":\"gather\",\"seed\":1.5}",                          /* bad seed */
        "{\"lesson\":\"gather\",\"seed\":-1}",                           /* bad seed */
        "{\"lesson\":\"gather\",\"seed\":\"1\"}",                        /* bad seed */
        "{\"lesson\":\"gather\",\"extra\":1}",                           /* unknown key */
        "{\"lesson\":\"gather\",\"input\":{}}",                          /* no input taken */
        "not json",
        "[1,2]",
        "{\"lesson\":\"factorial\",\"input\":{\"numbers\":[-1]}}",       /* negative */
        "{\"lesson\":\"factorial\",\"input\":{\"numbers\":[2.5]}}",      /* non-integer */
        "{\"lesson\":\"factorial\",\"input\":{\"numbers\":[\"3\"]}}",    /* non-integer */
        "{\"lesson\":\"factorial\",\"input\":{\"numbers\":7}}",          /* non-list */
        "{\"lesson\":\"factorial\",\"input\":{\"numbers\":[]}}",         /* empty list */
        many,                                                            /* > 100 items */
        "{\"lesson\":\"factorial\",\"input\":{\"numbers\":[1001]}}",     /* > 1000 */
        "{\"lesson\":\"factorial\",\"input\":{\"collect\":\"map\"}}",
        "{\"lesson\":\"factorial\",\"input\":[5]}",
    };
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        int rc = lesson(bad[i]);
        if (rc != CAS_RUN_BAD_INPUT) fail_msg("options %s gave %d", bad[i], rc);
        assert_stream_well_formed();
        assert_int_equal(REC.n, 2); /* the error, then the end: nothing ran */
        assert_int_equal(rec_count("error"), 1);
        assert_string_equal(rec_str(rec_nth("error", 0), "code"), "EINVAL");
        assert_true(strlen(rec_str(rec_nth("error", 0), "message")) > 0);
        assert_string_equal(rec_str(rec_nth("end", 0), "status"), "error");
    }
    /* The limits themselves are accepted. */
    assert_int_equal(lesson("{\"lesson\":\"factorial\",\"clock\":\"virtual\",\"input\":{\"numbers\":[0,1000]}}"),
                     CAS_RUN_OK);
    assert_stream_well_formed();
}

/* The message once listed five ids by hand, and missed a lesson added to
 * the registry; it is made from the registry now. */
static void an_unknown_lesson_is_refused_with_every_lesson_id(void **s) {
    assert_int_equal(lesson("{\"lesson\":\"nope\"}"), CAS_RUN_BAD_INPUT);
    const char *message = rec_str(rec_nth("error", 0), "message");
    assert_non_null(message);
    assert_non_null(strstr(message, "unknown lesson \"nope\"; the lessons are: await, callbacks, cancel, "));
    for (size_t i = 0; cas_lessons[i]; i++) {
        if (!strstr(message, cas_lessons[i]->id)) fail_msg("%s is not in: %s", cas_lessons[i]->id, message);
    }
}

/* The cancel lesson: the worker's three-second timer is cancelled at 1 s,
 * the worker ends cancelled after its finally, and the run ends ok. */
static void the_cancel_lessons_worker_is_cancelled_at_1000_ms(void **s) {
    assert_int_equal(lesson("{\"lesson\":\"cancel\",\"clock\":\"virtual\"}"), CAS_RUN_OK);
    assert_stream_well_formed();
    assert_int_equal(rec_count("timer_cancelled"), 1);
    assert_int_equal(rec_count("task_cancelled"), 1);
    /* the second task created (its number goes on from earlier runs in this process) */
    assert_string_equal(rec_str(rec_nth("task_cancelled", 0), "task"), rec_str(rec_nth("task_created", 1), "task"));
    assert_true(rec_time_of("worker - finally: clean up") == 1000);
    assert_null(strstr(rec_prints(), "worker - Done it"));
    assert_non_null(strstr(rec_prints(), "do_something - task.cancel(): True|do_something - task.cancelled(): False|"
                                         "worker - finally: clean up|do_something - await task raised CancelledError"));
    assert_non_null(strstr(rec_prints(), "do_something - task.cancel() again: False|do_something - finished|Main - Done"));
    assert_string_equal(rec_str(rec_nth("end", 0), "status"), "ok");
}

int main(void) {
    const struct CMUnitTest tests[] = {
        TEST(a_run_is_a_well_formed_stream_ending_ok_with_the_result),
        TEST(a_failed_run_ends_with_status_error_and_the_exception),
        TEST(a_cancelled_run_ends_with_status_cancelled),
        TEST(print_events_name_their_task_and_null_outside_any),
        TEST(a_failing_program_gives_one_error_event_and_an_error_end),
        TEST(a_run_as_names_its_main_in_its_task_created_event),
        TEST(an_unseen_main_has_no_events_and_what_it_does_names_no_task),
        TEST(a_run_as_keeps_its_loop_and_refuses_unknown_flags),
        TEST(events_are_delivered_one_at_a_time_as_they_happen),
        TEST(the_mask_selects_classes_and_seq_counts_only_what_is_delivered),
        TEST(the_factorials_finish_at_300_500_600_and_700_ms),
        TEST(the_gather_lessons_workers_finish_at_1000_ms),
        TEST(every_lesson_runs_to_an_ok_end_on_the_virtual_clock),
        TEST(bad_options_give_one_error_event_and_an_error_end),
        TEST(an_unknown_lesson_is_refused_with_every_lesson_id),
        TEST(the_cancel_lessons_worker_is_cancelled_at_1000_ms),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
