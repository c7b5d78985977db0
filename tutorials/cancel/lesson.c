/* Cancelling a task (chapter 34.5: cancel(), cancelled(), result()), in C
 * with casyncio.
 *
 * do_something starts worker as a task, lets it sleep for a second, then
 * cancels it: the worker's three-second sleep never ends.  cancel() is only a request: it returns True at once,
 * and the task is not cancelled yet.  CancelledError is raised inside
 * worker, at the await it is suspended in (its sleep), when the loop next
 * runs it; worker's `finally` runs and the error propagates, so the task
 * ends cancelled, and `await task` raises CancelledError in do_something.
 * Then the queries: cancelled() is True, done() is True, result() raises
 * CancelledError, and a second cancel() returns False: the task is done. */
#include "casyncio.h"
#include "lessons.h"

static int worker(void *arg, cas_value *result) {
    (void)arg;
    cas_print("worker - will take some time");
    int rc = cas_sleep(3); /* await asyncio.sleep(3): CancelledError comes from here */
    if (rc == 0) {
        cas_print("worker - Done it");
        *result = cas_int(42);
    }
    /* finally: runs whether the sleep ended or was cancelled; the pending
     * CancelledError is left as it is, and returning rc propagates it. */
    cas_print("worker - finally: clean up");
    return rc;
}

static const char *py_bool(int b) { return b ? "True" : "False"; }

static int do_something(void *arg, cas_value *result) {
    (void)arg;
    (void)result;
    cas_print("do_something - create task for worker");
    cas_task *task = cas_create_task_named(worker, NULL, 0, NULL, "worker()");
    if (!task) return CAS_ENOMEM;

    cas_print("do_something - let the worker sleep for a while");
    int rc = cas_sleep(1); /* await asyncio.sleep(1) */
    if (rc) goto out;

    cas_print("do_something - task.cancel(): %s", py_bool(cas_cancel(task)));
    cas_print("do_something - task.cancelled(): %s", py_bool(cas_cancelled(task)));

    rc = cas_await(task, NULL); /* try: await task */
    if (rc == CAS_ECANCELLED) { /* except asyncio.CancelledError: */
        cas_exc_clear();
        cas_print("do_something - await task raised CancelledError");
    } else if (rc) {
        goto out;
    }

    /* Information on task */
    cas_print("do_something - task.cancelled(): %s", py_bool(cas_cancelled(task)));
    cas_print("do_something - task.done(): %s", py_bool(cas_done(task)));
    cas_value value;
    rc = cas_result(task, &value); /* try: task.result() */
    if (rc == 0) {
        cas_print("do_something - task.result(): %lld", (long long)value.as.i);
    } else if (rc == CAS_ECANCELLED) { /* except asyncio.CancelledError: */
        cas_exc_clear();
        cas_print("do_something - task.result() raised CancelledError");
    } else {
        goto out;
    }
    cas_print("do_something - task.cancel() again: %s", py_bool(cas_cancel(task)));

    cas_print("do_something - finished");
    rc = 0;
out:
    cas_release(task);
    return rc;
}

static int program(void *input, cas_value *result) {
    (void)input;
    (void)result;
    cas_print("Main - Starting");
    int rc = cas_run_named(do_something, NULL, NULL, "do_something()");
    if (rc) return rc;
    cas_print("Main - Done");
    return 0;
}

const cas_lesson cas_lesson_cancel = {"cancel", "Cancelling a task", "34.5", NULL, NULL, program};
