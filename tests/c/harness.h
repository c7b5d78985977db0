/*
 * harness.h -- what the C tests share: cmocka, an event recorder, runs on
 * the virtual clock, checks usable inside task bodies, and the check that
 * ends every test: nothing alive.
 *
 * cmocka's assert_* macros longjmp to the test's frame when they fail.
 * Inside a task body that would jump off the task's own stack and leave
 * the loop marked as running, so every later test would fail for the
 * wrong reason.  Bodies therefore use CHECK* (below): a failed CHECK is
 * recorded, the body goes on, and the test fails at its end (teardown
 * and run_virtual both look), naming the first failed check.
 */
#ifndef CAS_TEST_HARNESS_H
#define CAS_TEST_HARNESS_H

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "casyncio.h"
#include "cJSON.h"

/* ---- the event recorder ------------------------------------------------ */

/* The events of the current test: the JSON text as delivered, and parsed. */
typedef struct recorder {
    char **raw;
    cJSON **events;
    size_t n, cap;
    int bad;          /* an event was not valid JSON or had no type */
    int oom;          /* the recorder itself ran out of memory */
} recorder;

extern recorder REC;

/* The handler that records; usable wherever a cas_event_fn is wanted
 * (cas_lessons_run).  It never asserts: it only notes bad input. */
void rec_handler(const char *json, size_t len, void *ud);
/* A handler that drops every event (prints then go nowhere). */
void rec_discard(const char *json, size_t len, void *ud);

void rec_start(void);             /* forget, then record every event from now on */
void rec_clear(void);             /* forget what was recorded, handler unchanged */
void rec_stop(void);              /* forget, handler off (NULL) */

size_t rec_count(const char *type);
const cJSON *rec_nth(const char *type, size_t k); /* the k-th event of a type, or NULL */
const char *rec_type(const cJSON *ev);
const char *rec_str(const cJSON *ev, const char *key); /* a string field, or NULL */
double rec_num(const cJSON *ev, const char *key);      /* a number field, or NaN */
size_t rec_index(const cJSON *ev);                      /* its position in REC */

/* The print texts: how many, the k-th, and all joined with '|' (for exact
 * order checks). */
size_t rec_print_count(void);
const char *rec_print_text(size_t k);
const char *rec_prints(void);
double rec_time_of(const char *text); /* t (ms) of the first print with that text */

/* seq is 1, 2, 3... with no gap, v is 1 everywhere, and exactly one end
 * event closes the stream as its last event. */
void assert_stream_well_formed(void);

/* cas_set_allocator, remembered so the recorder can restore the runtime's
 * cJSON hooks after it parses an event with plain malloc.  Tests use this
 * instead of cas_set_allocator. */
void set_allocator(void *(*m)(size_t), void *(*r)(void *, size_t), void (*f)(void *));

/* ---- runs ------------------------------------------------------------- */

/* Runs body as asyncio.run on the virtual clock, recording everything;
 * returns cas_run's code.  Fails the test if a CHECK failed in a body. */
int run_virtual(cas_body body, void *arg);
/* The same, handing out the main task (release it). */
int run_virtual_main(cas_body body, void *arg, cas_task **main_task);

/* cas_trim(), then no task, future, timer or allocation is left. */
void assert_nothing_alive(void);

/* ---- checks inside task bodies ------------------------------------------ */

void check_fail(const char *file, int line, const char *fmt, ...);
void assert_checks_passed(void); /* fails with the first recorded failure */

#define CHECK(cond)                                                                   \
    do {                                                                              \
        if (!(cond)) check_fail(__FILE__, __LINE__, "CHECK(%s) failed", #cond);        \
    } while (0)
#define CHECK_INT(a, b)                                                               \
    do {                                                                              \
        long long check_a_ = (long long)(a), check_b_ = (long long)(b);               \
        if (check_a_ != check_b_)                                                     \
            check_fail(__FILE__, __LINE__, "%s == %lld, expected %s == %lld", #a, check_a_, #b, check_b_); \
    } while (0)
#define CHECK_STR(a, b)                                                               \
    do {                                                                              \
        const char *check_a_ = (a), *check_b_ = (b);                                  \
        if (!check_a_ || !check_b_ || strcmp(check_a_, check_b_) != 0)                \
            check_fail(__FILE__, __LINE__, "%s == \"%s\", expected \"%s\"", #a,        \
                       check_a_ ? check_a_ : "(null)", check_b_ ? check_b_ : "(null)"); \
    } while (0)

/* ---- a worker for the combinator tests -------------------------------------- */

/* Sleeps delay, prints "worker <value> done" (or "worker <value> cancelled"
 * and raises CancelledError), then returns value, or raises
 * ValueError("worker <value> failed") if fail. */
typedef struct job {
    double delay;
    int value;
    int fail;
} job;

int worker(void *arg, cas_value *r);
void spawn(cas_task **t, const job *jobs, size_t n); /* one worker task per job (arg copied) */
void release_all(cas_task **t, size_t n);

/* ---- cmocka glue ---------------------------------------------------------- */

/* Setup: virtual clock, seed 1, no failed checks.  Teardown: clears the
 * pending exception, stops recording (handler NULL), checks the CHECKs
 * and that nothing is alive. */
int test_setup(void **state);
int test_teardown(void **state);

/* Under CAS_SHUFFLE, a test whose expected order rests on casyncio's
 * tie-break among equal deadlines (not promised by CPython) is skipped. */
int shuffling(void);
#define TIE_ORDER_IS_CASYNCIOS()  \
    do {                          \
        if (shuffling()) skip();  \
    } while (0)

#define TEST(fn) cmocka_unit_test_setup_teardown(fn, test_setup, test_teardown)

#endif
