/* Async and Await (chapter 34.4.1), in C with casyncio.
 *
 * worker() is called directly, as `await worker()` does in Python: no
 * new task is made, the call runs inside do_something's task.  Its
 * time.sleep(3) blocks the whole loop. */
#include "casyncio.h"
#include "lessons.h"

static int worker(cas_value *result) {
    cas_print("worker - will take some time");
    int rc = cas_blocking_sleep(3); /* time.sleep(3): nothing else runs */
    if (rc) return rc;
    cas_print("worker - done it");
    *result = cas_int(42);
    return 0;
}

static int do_something(void *arg, cas_value *result) {
    cas_print("do_something - will wait for worker");
    cas_value value;
    int rc = worker(&value); /* result = await worker() */
    if (rc) return rc;
    cas_print("do_something - result: %lld", (long long)value.as.i);
    return 0;
}

static int program(void *input, cas_value *result) {
    cas_print("Main - Starting");
    int rc = cas_run_named(do_something, NULL, NULL, "do_something()"); /* asyncio.run(do_something()) */
    if (rc) return rc;
    cas_print("Main - Done");
    return 0;
}

const cas_lesson cas_lesson_await = {"await", "Async and await", "34.4.1", NULL, NULL, program};
