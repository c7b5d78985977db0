/* Handling results as they become available with as_completed (chapter
 * 34.6.2), in C with casyncio.
 *
 * Each result is printed as soon as its worker is done.  The workers all
 * sleep one second, so they finish in the order they started. */
#include "casyncio.h"
#include "lessons.h"

static int worker(void *arg, cas_value *result) {
    const char *label = arg;
    cas_print("Worker - will take some time");
    int rc = cas_sleep(1); /* await asyncio.sleep(1) */
    if (rc) return rc;
    int64_t value = cas_randint(1, 10);
    cas_print("Worker - Done it");
    *result = cas_strf("%s%lld", label, (long long)value); /* label + str(result) */
    return 0;
}

static int do_something(void *arg, cas_value *result) {
    cas_print("do_something - will wait for worker");
    cas_task *tasks[3] = {cas_create_task_named(worker, "A", 2, NULL, "worker('A')"),
                          cas_create_task_named(worker, "B", 2, NULL, "worker('B')"),
                          cas_create_task_named(worker, "C", 2, NULL, "worker('C')")};
    cas_as_completed_iter *it = cas_as_completed(tasks, 3, -1);
    int rc = it ? 0 : CAS_ENOMEM;
    cas_value value;
    while (rc == 0 && (rc = cas_as_completed_next(it, &value)) == 0)
        cas_print("do_something - result: %s", value.as.s);
    if (rc == CAS_EDONE) rc = 0;
    cas_as_completed_free(it);
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

const cas_lesson cas_lesson_as_completed = {"as-completed", "Results as they complete", "34.6.2", NULL,
                                            NULL, program};
