/* Running multiple tasks, collating results with gather (chapter 34.6.1),
 * in C with casyncio.
 *
 * Python's gather(worker(), worker(), worker()) wraps each coroutine in a
 * task, in argument order; here the three tasks are made explicitly. */
#include "casyncio.h"
#include "lessons.h"

static int worker(void *arg, cas_value *result) {
    cas_print("Worker - will take some time");
    int rc = cas_sleep(1); /* await asyncio.sleep(1) */
    if (rc) return rc;
    int64_t value = cas_randint(1, 10);
    cas_print("Worker - Done it");
    *result = cas_int(value);
    return 0;
}

static int do_something(void *arg, cas_value *result) {
    cas_print("do_something - will wait for worker");
    /* Run three calls to worker concurrently and collect results */
    cas_task *tasks[3] = {NULL, NULL, NULL};
    for (int i = 0; i < 3; i++) tasks[i] = cas_create_task_named(worker, NULL, 0, NULL, "worker()");
    cas_future *all = cas_gather(tasks, 3, 0);

    cas_value results;
    int rc = all ? cas_await(all, &results) : CAS_ENOMEM;
    if (rc == 0) {
        char text[256];
        cas_repr(results, text, sizeof text);
        cas_print("results from calls: %s", text);
    }
    cas_release(all);
    for (int i = 0; i < 3; i++) cas_release(tasks[i]);
    return rc;
}

static int program(void *input, cas_value *result) {
    cas_print("Main - Starting");
    int rc = cas_run_named(do_something, NULL, NULL, "do_something()");
    if (rc) return rc;
    cas_print("Main - Done");
    return 0;
}

const cas_lesson cas_lesson_gather = {"gather", "Running tasks together with gather", "34.6.1", NULL, NULL, program};
