/* test_callbacks.c -- loop.call_soon, call_later and call_at with their
 * handles, the running loop as a value, and the exception handler: what
 * a callback or a done callback raises, and a task that fails while
 * asyncio.run shuts down.  The first case is the twin of
 * tests/c/py/callbacks.py. */
#include "harness.h"

#include <math.h>
#include <stdio.h>

static const char *tf(int b) { return b ? "True" : "False"; }

/* The handler of the Python twin: the message without the callback's
 * arguments, the exception's repr, and what the context is about. */
static void handler(const cas_error_context *ctx, void *ud) {
    char b[128] = "None";
    if (ctx->exc_type) cas_repr(cas_exc_value(ctx->exc_type, ctx->exc_message), b, sizeof b);
    cas_print("handler: %s %s (%s)", ctx->message, b, ctx->task ? "task" : ctx->future ? "future" : "handle");
    if (ud) ++*(int *)ud;
}

static int say(void *ud) {
    cas_print("%s at %.1f", (const char *)ud, cas_loop_time(cas_get_running_loop()));
    return 0;
}

static int boom(void *ud) { return cas_raise("ValueError", "boom"); }

static void bad_done(cas_future *f, void *ud) { cas_raise("KeyError", "k"); }

static void good_done(cas_future *f, void *ud) {
    cas_value v;
    CHECK_INT(cas_result(f, &v), 0);
    cas_print("done callback sees %lld", (long long)v.as.i);
}

static int stubborn(void *arg, cas_value *r) {
    if (cas_sleep(10) == CAS_ECANCELLED) {
        cas_exc_clear();
        return cas_raise("RuntimeError", "will not stop");
    }
    return 0;
}

static int callbacks_main(void *arg, cas_value *r) {
    cas_loop *loop = cas_get_running_loop();
    CHECK(loop != NULL);
    CHECK_INT(cas_set_exception_handler(handler, NULL), 0);
    cas_handle *h, *a, *s;
    CHECK_INT(cas_call_later(0.2, say, "later 0.2", NULL), 0);
    CHECK_INT(cas_call_later(0.1, say, "cancelled", &h), 0);
    CHECK_INT(cas_call_at(cas_loop_time(loop) + 0.1, say, "at 0.1", &a), 0);
    cas_print("when: %.1f", cas_handle_when(a));
    CHECK_INT(cas_call_soon(say, "soon 1", NULL), 0);
    CHECK_INT(cas_call_soon(say, "never", &s), 0);
    CHECK_INT(cas_call_soon(boom, NULL, NULL), 0);
    CHECK_INT(cas_call_soon(say, "soon 2", NULL), 0);
    CHECK(isnan(cas_handle_when(s)));
    cas_handle_cancel(s);
    cas_handle_cancel(h);
    cas_print("cancelled: %s %s %s", tf(cas_handle_cancelled(s)), tf(cas_handle_cancelled(h)),
              tf(cas_handle_cancelled(a)));
    cas_future *f = cas_future_new();
    CHECK_INT(cas_add_done_callback(f, bad_done, NULL), 0);
    CHECK_INT(cas_add_done_callback(f, good_done, NULL), 0);
    CHECK_INT(cas_future_set_result(f, cas_int(5)), 0);
    cas_release(f);
    cas_release(cas_create_task(stubborn, NULL, 0));
    CHECK_INT(cas_sleep(0.3), 0);
    cas_print("main done");
    cas_handle_cancel(a); /* after it ran: a no-op, but cancelled() says so */
    CHECK_INT(cas_handle_cancelled(a), 1);
    cas_handle_release(h);
    cas_handle_release(a);
    cas_handle_release(s);
    return 0;
}

static cas_loop *loops[2];

static int nothing(void *ud) { return 0; }
static int idle(void *arg, cas_value *r) { return 0; }

static int grab(void *arg, cas_value *r) {
    cas_loop *loop = cas_get_running_loop();
    loops[*(int *)arg] = cas_loop_retain(loop);
    cas_print("running: %s, closed: %s", tf(cas_loop_is_running(loop)), tf(cas_loop_is_closed(loop)));
    /* the ready queue: empty as main runs alone; a call_soon or a new task's step waits in it */
    cas_print("ready: %s", tf(cas_loop_has_ready(loop)));
    CHECK_INT(cas_call_soon(nothing, NULL, NULL), 0);
    cas_print("after call_soon: %s", tf(cas_loop_has_ready(loop)));
    CHECK_INT(cas_sleep(0), 0);
    cas_print("after sleep(0): %s", tf(cas_loop_has_ready(loop)));
    cas_release(cas_create_task(idle, NULL, 0));
    cas_print("after a task: %s", tf(cas_loop_has_ready(loop)));
    CHECK_INT(cas_sleep(0), 0);
    return 0;
}

static int callbacks_program(void *arg, cas_value *r) {
    CHECK_INT(cas_run(callbacks_main, NULL, NULL), 0);
    int zero = 0, one = 1;
    CHECK_INT(cas_run(grab, &zero, NULL), 0);
    CHECK_INT(cas_run(grab, &one, NULL), 0);
    cas_print("closed after: %s, same loop: %s", tf(cas_loop_is_closed(loops[0])), tf(loops[0] == loops[1]));
    CHECK_INT(cas_loop_is_running(loops[1]), 0);
    CHECK_INT(cas_loop_has_ready(loops[1]), 0);
    CHECK_INT(cas_loop_has_ready(NULL), 0);
    cas_loop_release(loops[0]);
    cas_loop_release(loops[1]);
    return 0;
}

static void callbacks_run_in_order_cancelled_ones_never_and_a_raise_goes_to_the_handler(void **s) {
    rec_start();
    assert_int_equal(cas_main(callbacks_program, NULL), 0);
    assert_string_equal(rec_prints(), "when: 0.1|cancelled: True True False|soon 1 at 0.0|"
                                      "handler: Exception in callback boom() ValueError('boom') (handle)|"
                                      "soon 2 at 0.0|"
                                      "handler: Exception in callback bad_done() KeyError('k') (handle)|"
                                      "done callback sees 5|at 0.1 at 0.1|later 0.2 at 0.2|main done|"
                                      "handler: unhandled exception during asyncio.run() shutdown "
                                      "RuntimeError('will not stop') (task)|"
                                      "running: True, closed: False|ready: False|after call_soon: True|"
                                      "after sleep(0): False|after a task: True|"
                                      "running: True, closed: False|ready: False|after call_soon: True|"
                                      "after sleep(0): False|after a task: True|"
                                      "closed after: True, same loop: False");
    assert_int_equal(rec_count("error"), 0); /* the handler took them all */
    /* The timeline's view: callbacks and their timers. */
    assert_int_equal(rec_count("callback"), 9); /* soon 1, boom, soon 2, two done callbacks, at, later, grab's two */
    assert_string_equal(rec_str(rec_nth("callback", 0), "name"), "say");
    assert_string_equal(rec_str(rec_nth("timer_fired", 0), "callback"), "say");
    assert_int_equal(rec_count("timer_cancelled"), 2); /* h, and stubborn's sleep */
    assert_null(cas_exc_type()); /* nothing a callback raised outlives its run */
    assert_stream_well_formed();
}

/* ---- the default handler ---------------------------------------------------- */

static int default_main(void *arg, cas_value *r) {
    CHECK_INT(cas_call_soon(boom, NULL, NULL), 0);
    cas_future *f = cas_future_new();
    CHECK_INT(cas_add_done_callback(f, bad_done, NULL), 0);
    CHECK_INT(cas_future_set_result(f, cas_none()), 0);
    cas_release(f);
    cas_release(cas_create_task(stubborn, NULL, 0));
    return cas_sleep(0);
}

static void the_default_handler_reports_what_cpython_logs_and_the_loop_goes_on(void **s) {
    assert_int_equal(run_virtual(default_main, NULL), 0);
    assert_int_equal(rec_count("error"), 3);
    assert_string_equal(rec_str(rec_nth("error", 0), "message"),
                        "Exception in callback boom()\nhandle: <Handle boom()>\nValueError: boom");
    assert_string_equal(rec_str(rec_nth("error", 0), "code"), "EEXCEPTION");
    assert_string_equal(rec_str(rec_nth("error", 1), "message"),
                        "Exception in callback bad_done()\nhandle: <Handle bad_done()>\nKeyError: k");
    char want[256];
    snprintf(want, sizeof want,
             "unhandled exception during asyncio.run() shutdown\n"
             "task: <Task finished name='%s' exception=RuntimeError('will not stop')>\n"
             "RuntimeError: will not stop",
             rec_str(rec_nth("task_created", 1), "task"));
    assert_string_equal(rec_str(rec_nth("error", 2), "message"), want);
    assert_null(cas_exc_type());
    assert_stream_well_formed();
}

static int failing(void *arg, cas_value *r) { return cas_raise("ValueError", "%s", ""); }

static int never_retrieved_main(void *arg, cas_value *r) {
    cas_release(cas_create_task(failing, NULL, 0));
    return cas_sleep(0);
}

static void an_exception_never_retrieved_is_reported_through_the_handler(void **s) {
    assert_int_equal(run_virtual(never_retrieved_main, NULL), 0);
    assert_int_equal(rec_count("error"), 1);
    char want[256];
    snprintf(want, sizeof want,
             "Task exception was never retrieved\n"
             "future: <Task finished name='%s' exception=ValueError()>\nValueError",
             rec_str(rec_nth("task_created", 1), "task"));
    assert_string_equal(rec_str(rec_nth("error", 0), "message"), want);
}

/* ---- misuse ---------------------------------------------------------------- */

static int count_calls(void *ud) {
    ++*(int *)ud;
    return 0;
}

static int misuse_main(void *arg, cas_value *r) {
    static int calls;
    CHECK_INT(cas_call_soon(NULL, NULL, NULL), CAS_EINVAL);
    CHECK_INT(cas_call_later(NAN, count_calls, &calls, NULL), CAS_EINVAL);
    CHECK_INT(cas_call_at(NAN, count_calls, &calls, NULL), CAS_EINVAL);
    /* Left scheduled at the end of the run: dropped, never called. */
    cas_handle *h;
    CHECK_INT(cas_call_later(100, count_calls, &calls, &h), 0);
    CHECK_INT(cas_call_later(0, count_calls, &calls, NULL), 0); /* due now: runs in the last iteration */
    *(cas_handle **)arg = h;
    return 0;
}

static void callbacks_outside_a_loop_are_refused_and_ones_left_are_dropped(void **s) {
    int calls = 0;
    cas_handle *h = NULL;
    assert_int_equal(cas_call_soon(count_calls, &calls, &h), CAS_EMISUSE);
    assert_null(h);
    assert_int_equal(cas_set_exception_handler(handler, NULL), CAS_EMISUSE);
    assert_null(cas_get_running_loop());
    assert_int_equal(run_virtual(misuse_main, &h), 0);
    assert_non_null(h);
    assert_true(cas_handle_when(h) == 100.0);
    assert_int_equal(cas_handle_cancelled(h), 0);
    cas_handle_cancel(h); /* after the run: harmless */
    cas_handle_release(h);
    cas_handle_cancel(NULL);
    cas_handle_release(NULL);
}

/* ---- futures left pending as the run ends ------------------------------------- */

static int swept_seen[2];
static cas_future *swept_futures[2];
static void note_swept(cas_future *f, void *ud) { swept_seen[*(int *)ud] = cas_cancelled(f) + 2 * cas_future_swept(f); }
static int leaves_a_future(void *arg, cas_value *r) {
    static int zero = 0, one = 1;
    swept_futures[0] = cas_future_new();
    swept_futures[1] = cas_future_new();
    CHECK_INT(cas_add_done_callback(swept_futures[0], note_swept, &zero), 0);
    CHECK_INT(cas_add_done_callback(swept_futures[1], note_swept, &one), 0);
    CHECK_INT(cas_cancel(swept_futures[1]), 1); /* the program's own cancel, its callback after main */
    CHECK_INT(cas_future_swept(swept_futures[0]), 0);
    return 0;
}

static void a_future_left_pending_is_cancelled_as_the_run_ends_and_says_so(void **s) {
    swept_seen[0] = swept_seen[1] = -1;
    assert_int_equal(run_virtual(leaves_a_future, NULL), 0);
    assert_int_equal(swept_seen[0], 3); /* cancelled, swept */
    assert_int_equal(swept_seen[1], 1); /* cancelled by the program */
    assert_int_equal(cas_future_swept(swept_futures[0]), 1);
    assert_int_equal(cas_future_swept(swept_futures[1]), 0);
    assert_int_equal(cas_future_swept(NULL), 0);
    cas_release(swept_futures[0]);
    cas_release(swept_futures[1]);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        TEST(a_future_left_pending_is_cancelled_as_the_run_ends_and_says_so),
        TEST(callbacks_run_in_order_cancelled_ones_never_and_a_raise_goes_to_the_handler),
        TEST(the_default_handler_reports_what_cpython_logs_and_the_loop_goes_on),
        TEST(an_exception_never_retrieved_is_reported_through_the_handler),
        TEST(callbacks_outside_a_loop_are_refused_and_ones_left_are_dropped),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
