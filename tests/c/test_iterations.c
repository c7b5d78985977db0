/* test_iterations.c -- the events' "iter": the loop's turn each event
 * happens in, numbered as CPython 3.11's BaseEventLoop._run_once calls
 * (tests/js/iterations.test.mjs checks the lessons against CPython
 * itself), and the task_created event's "coro" and name from
 * cas_create_task_named.  All under the virtual clock: exact. */
#include "harness.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

/* The iteration of an event, or -1 when it has none. */
static int iter_of(const cJSON *ev) {
    double it = rec_num(ev, "iter");
    return isnan(it) ? -1 : (int)it;
}

/* The k-th event of a type about a task (its "task" field). */
static const cJSON *of_task(const char *type, const char *task, size_t k) {
    for (size_t i = 0; i < REC.n; i++) {
        const cJSON *ev = REC.events[i];
        const char *t = rec_str(ev, "task");
        if (!strcmp(rec_type(ev), type) && t && !strcmp(t, task) && k-- == 0) return ev;
    }
    return NULL;
}

/* ---- three workers, gathered -------------------------------------------------- */

static int sleeper(void *arg, cas_value *r) {
    int rc = cas_sleep(1);
    if (rc) return rc;
    *r = cas_int(*(const int *)arg);
    return 0;
}

static int gathers_three(void *arg, cas_value *r) {
    cas_task *t[3];
    for (int i = 0; i < 3; i++) t[i] = cas_create_task(sleeper, &i, sizeof i);
    cas_future *all = cas_gather(t, 3, 0);
    int rc = cas_await(all, NULL);
    cas_release(all);
    release_all(t, 3);
    return rc;
}

/* As CPython: main's first step is iteration 1; the tasks it creates are
 * ready at its end, so all three start in iteration 2, one after another;
 * their timers fire together in iteration 3 (whose wait jumped to t = 1 s),
 * which makes them ready: they resume in 4; their done callbacks (gather's)
 * run in 5, the last of which completes the gather; main resumes in 6. */
static void three_workers_start_in_the_turn_after_main_and_wake_two_turns_after_their_timers(void **s) {
    assert_int_equal(run_virtual(gathers_three, NULL), 0);
    assert_stream_well_formed();
    /* Task names count on from earlier tests: take them from the events. */
    const char *main_name = rec_str(rec_nth("task_created", 0), "task");
    assert_int_equal(iter_of(of_task("task_started", main_name, 0)), 1);
    size_t prev = 0;
    for (size_t i = 0; i < 3; i++) {
        const char *name = rec_str(rec_nth("task_created", i + 1), "task");
        const cJSON *created = of_task("task_created", name, 0), *started = of_task("task_started", name, 0);
        assert_int_equal(iter_of(created), 1);
        assert_int_equal(iter_of(started), 2);
        assert_true(rec_index(started) > prev); /* in creation order */
        prev = rec_index(started);
        assert_int_equal(iter_of(of_task("timer_set", name, 0)), 2);
        const cJSON *fired = of_task("timer_fired", name, 0);
        assert_int_equal(iter_of(fired), 3);
        assert_true(rec_num(fired, "t") == 1000);
        assert_int_equal(iter_of(of_task("task_resumed", name, 0)), 4);
        assert_int_equal(iter_of(of_task("task_done", name, 0)), 4);
    }
    assert_int_equal(rec_count("callback"), 3);
    for (size_t k = 0; k < 3; k++) {
        assert_string_equal(rec_str(rec_nth("callback", k), "name"), "gather._done_callback");
        assert_int_equal(iter_of(rec_nth("callback", k)), 5);
    }
    assert_int_equal(iter_of(of_task("task_resumed", main_name, 0)), 6);
    assert_int_equal(iter_of(of_task("task_done", main_name, 0)), 6);
}

/* Before the loop's first turn and after its last, nothing has an iter. */
static void events_outside_the_loops_turns_have_no_iter(void **s) {
    assert_int_equal(run_virtual(gathers_three, NULL), 0);
    assert_int_equal(iter_of(rec_nth("run_started", 0)), -1);
    assert_int_equal(iter_of(rec_nth("task_created", 0)), -1);
    assert_int_equal(iter_of(rec_nth("run_finished", 0)), -1);
    assert_int_equal(iter_of(rec_nth("end", 0)), -1);
    /* Every event in between has one, never going back. */
    int last = 0;
    for (size_t i = 2; i < REC.n - 2; i++) {
        int it = iter_of(REC.events[i]);
        assert_true(it >= last);
        last = it;
    }
    assert_int_equal(last, 6);
}

/* ---- one turn per yield, callbacks in the next turn ------------------------------ */

static int noted;
static int note_cb(void *ud) {
    noted++;
    return 0;
}

static int yields_three_times(void *arg, cas_value *r) {
    cas_call_soon(note_cb, NULL, NULL);
    for (int i = 0; i < 3; i++) {
        cas_print("step %d", i);
        int rc = cas_sleep(0);
        if (rc) return rc;
    }
    cas_print("done");
    return 0;
}

static void each_sleep_zero_is_one_turn_and_a_call_soon_runs_in_the_next(void **s) {
    noted = 0;
    assert_int_equal(run_virtual(yields_three_times, NULL), 0);
    assert_int_equal(noted, 1);
    assert_string_equal(rec_prints(), "step 0|step 1|step 2|done");
    for (int k = 0; k < 4; k++) assert_int_equal(iter_of(rec_nth("print", (size_t)k)), k + 1);
    const cJSON *cb = rec_nth("callback", 0);
    assert_string_equal(rec_str(cb, "name"), "note_cb");
    assert_int_equal(iter_of(cb), 2);
    /* In iteration 2 the callback, queued first, runs before the task's step. */
    assert_true(rec_index(cb) < rec_index(rec_nth("task_resumed", 0)));
}

/* ---- a second run counts afresh --------------------------------------------------- */

static int short_main(void *arg, cas_value *r) {
    cas_print("in run");
    return cas_sleep(0);
}

static int two_runs(void *arg, cas_value *r) {
    cas_print("outside");
    cas_run(short_main, NULL, NULL);
    cas_run(short_main, NULL, NULL);
    return 0;
}

static void each_run_numbers_its_turns_from_one(void **s) {
    rec_start();
    assert_int_equal(cas_main(two_runs, NULL), 0);
    assert_stream_well_formed();
    assert_string_equal(rec_prints(), "outside|in run|in run");
    assert_int_equal(iter_of(rec_nth("print", 0)), -1);
    assert_int_equal(iter_of(rec_nth("print", 1)), 1);
    assert_int_equal(iter_of(rec_nth("print", 2)), 1);
}

/* ---- the task_created event's coro and name ---------------------------------------- */

static int nothing(void *arg, cas_value *r) { return 0; }

static char first_name[32], third_name[32];

static int names_its_tasks(void *arg, cas_value *r) {
    cas_task *t[3];
    t[0] = cas_create_task_named(nothing, NULL, 0, NULL, "worker('A')");
    t[1] = cas_create_task_named(nothing, NULL, 0, "fetcher", "fetch(1, 'x')");
    t[2] = cas_create_task(nothing, NULL, 0);
    CHECK(t[0] && t[1] && t[2]);
    CHECK_STR(cas_task_name(t[1]), "fetcher");
    unsigned n = 0;
    CHECK(sscanf(cas_task_name(t[0]), "Task-%u", &n) == 1);
    snprintf(first_name, sizeof first_name, "Task-%u", n);
    /* the counter moves for a named task too, as in CPython 3.11 */
    snprintf(third_name, sizeof third_name, "Task-%u", n + 2);
    CHECK_STR(cas_task_name(t[2]), third_name);
    for (int i = 0; i < 3; i++) cas_await(t[i], NULL);
    release_all(t, 3);
    return 0;
}

static void task_created_carries_the_coroutine_and_the_name_given(void **s) {
    assert_int_equal(run_virtual(names_its_tasks, NULL), 0);
    assert_stream_well_formed();
    const cJSON *a = rec_nth("task_created", 1), *b = rec_nth("task_created", 2), *c = rec_nth("task_created", 3);
    assert_string_equal(rec_str(a, "task"), first_name);
    assert_string_equal(rec_str(a, "coro"), "worker('A')");
    assert_string_equal(rec_str(b, "task"), "fetcher");
    assert_string_equal(rec_str(b, "coro"), "fetch(1, 'x')");
    assert_true(rec_num(b, "id") == rec_num(a, "id") + 1);
    assert_string_equal(rec_str(c, "task"), third_name);
    assert_null(cJSON_GetObjectItemCaseSensitive(c, "coro"));
    assert_null(cJSON_GetObjectItemCaseSensitive(rec_nth("task_created", 0), "coro"));
    /* Later events use the name. */
    assert_non_null(of_task("task_done", "fetcher", 0));
}

/* ---- bookkeeping callbacks make no event ------------------------------------------- */

static int quiet_ran;
static void quiet_cb(cas_future *f, void *ud) { quiet_ran++; }

static int adds_quiet_callbacks(void *arg, cas_value *r) {
    cas_task *t = cas_create_task(nothing, NULL, 0);
    CHECK_INT(cas_add_done_callback_named(t, quiet_cb, NULL, NULL), 0);
    CHECK_INT(cas_add_done_callback_named(t, quiet_cb, NULL, "loud"), 0);
    cas_await(t, NULL);
    cas_sleep(0);
    cas_release(t);
    return 0;
}

/* A layer above the runtime (the interpreter's Task bookkeeping) hides its
 * own done callbacks: they run in their turn, and only named ones show. */
static void a_done_callback_without_a_name_runs_but_makes_no_event(void **s) {
    quiet_ran = 0;
    assert_int_equal(run_virtual(adds_quiet_callbacks, NULL), 0);
    assert_int_equal(quiet_ran, 2);
    assert_int_equal(rec_count("callback"), 1);
    assert_string_equal(rec_str(rec_nth("callback", 0), "name"), "loud");
}

static int outside(void *arg, cas_value *r) { return 0; }

static int main_named(void *arg, cas_value *r) { return 0; }

static void cas_run_named_names_the_main_tasks_coroutine(void **s) {
    rec_start();
    assert_int_equal(cas_run_named(main_named, NULL, NULL, "do_something()"), 0);
    assert_stream_well_formed();
    assert_string_equal(rec_str(rec_nth("task_created", 0), "coro"), "do_something()");
}

static void cas_create_task_named_outside_a_loop_is_null(void **s) {
    assert_null(cas_create_task_named(outside, NULL, 0, "x", "outside()"));
    assert_null(cas_create_task_named(NULL, NULL, 0, "x", "outside()"));
}

/* cas_end_iteration: the handle that calls it is the iteration's last;
 * the handles left in it run first in the next one, in their order. */
static int ends_it(void *ud) {
    cas_print("first");
    cas_end_iteration();
    return 0;
}
static int runs_next(void *ud) {
    cas_print("%s", (const char *)ud);
    return 0;
}
static int ends_iteration(void *arg, cas_value *r) {
    CHECK_INT(cas_call_soon(ends_it, NULL, NULL), 0);
    CHECK_INT(cas_call_soon(runs_next, "second", NULL), 0);
    CHECK_INT(cas_call_soon(runs_next, "third", NULL), 0);
    CHECK_INT(cas_sleep(0), 0);
    CHECK_INT(cas_sleep(0), 0);
    cas_print("main");
    return 0;
}

static void ending_the_iteration_leaves_the_rest_of_it_to_the_next(void **s) {
    assert_int_equal(run_virtual(ends_iteration, NULL), 0);
    assert_string_equal(rec_prints(), "first|second|third|main");
    assert_int_equal(rec_count("callback"), 3);
    int first = iter_of(rec_nth("callback", 0)), second = iter_of(rec_nth("callback", 1)),
        third = iter_of(rec_nth("callback", 2));
    assert_int_equal(second, first + 1);
    assert_int_equal(third, second);
    cas_end_iteration(); /* no loop: nothing to end */
}

int main(void) {
    const struct CMUnitTest tests[] = {
        TEST(three_workers_start_in_the_turn_after_main_and_wake_two_turns_after_their_timers),
        TEST(events_outside_the_loops_turns_have_no_iter),
        TEST(each_sleep_zero_is_one_turn_and_a_call_soon_runs_in_the_next),
        TEST(each_run_numbers_its_turns_from_one),
        TEST(task_created_carries_the_coroutine_and_the_name_given),
        TEST(cas_create_task_named_outside_a_loop_is_null),
        TEST(cas_run_named_names_the_main_tasks_coroutine),
        TEST(a_done_callback_without_a_name_runs_but_makes_no_event),
        TEST(ending_the_iteration_leaves_the_rest_of_it_to_the_next),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
