/* Async IO Tasks (chapter 34.5), in C with casyncio.
 *
 * create_task schedules worker; the callback print_it runs through the
 * loop one iteration after worker finishes, before do_something resumes
 * (it was added first).  Then the five Task queries. */
#include "casyncio.h"
#include "lessons.h"

static int worker(void *arg, cas_value *result) {
    cas_print("worker - will take some time");
    int rc = cas_sleep(1); /* await asyncio.sleep(1) */
    if (rc) return rc;
    cas_print("worker - Done it");
    *result = cas_int(42);
    return 0;
}

static void print_it(cas_future *task, void *ud) {
    cas_value v;
    if (cas_result(task, &v) == 0) cas_print("print_it result: %lld", (long long)v.as.i);
}

static const char *py_bool(int b) { return b ? "True" : "False"; }

static int do_something(void *arg, cas_value *result) {
    cas_print("do_something - create task for worker");
    cas_task *task = cas_create_task_named(worker, NULL, 0, NULL, "worker()");
    if (!task) return CAS_ENOMEM;

    cas_print("do_something - add a callback");
    cas_add_done_callback(task, print_it, NULL);

    int rc = cas_await(task, NULL); /* await task */
    if (rc) {
        cas_release(task);
        return rc;
    }

    /* Information on task */
    cas_value value;
    const char *exc_type;
    cas_print("do_something - task.cancelled(): %s", py_bool(cas_cancelled(task)));
    cas_print("do_something - task.done(): %s", py_bool(cas_done(task)));
    if (cas_result(task, &value) == 0) cas_print("do_something - task.result(): %lld", (long long)value.as.i);
    if (cas_exception(task, &exc_type, NULL) == 0)
        cas_print("do_something - task.exception(): %s", exc_type ? exc_type : "None");

    cas_print("do_something - finished");
    cas_release(task);
    return 0;
}

static int program(void *input, cas_value *result) {
    cas_print("Main - Starting");
    int rc = cas_run_named(do_something, NULL, NULL, "do_something()");
    if (rc) return rc;
    cas_print("Main - Done");
    return 0;
}

const cas_lesson cas_lesson_callbacks = {"callbacks", "Tasks and done callbacks", "34.5", NULL, NULL, program};
