/*
 * harness.h -- what the C tests share: cmocka, an event recorder, runs on
 * the virtual clock, and the check that ends every test: nothing alive.
 */
#ifndef CAS_TEST_HARNESS_H
#define CAS_TEST_HARNESS_H

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "casyncio.h"
#include "cJSON.h"

/* The events of the current test, parsed. */
typedef struct recorder {
    cJSON **events;
    size_t n, cap;
} recorder;

extern recorder REC;

void rec_start(void);             /* record every event from now on */
void rec_stop(void);              /* free what was recorded, handler off */
size_t rec_count(const char *type);
const cJSON *rec_nth(const char *type, size_t k); /* the k-th event of a type */
/* The print texts, joined with '|' (for exact order checks). */
const char *rec_prints(void);
double rec_time_of(const char *text);            /* t of the print with that text */

/* Runs body as asyncio.run on the virtual clock, recording. */
int run_virtual(cas_body body, void *arg);

/* seq is 1, 2, 3... and exactly one end event closes the stream. */
void assert_stream_well_formed(void);

/* cas_trim(), then no task, future, timer or allocation is left. */
void assert_nothing_alive(void);

/* Setup and teardown for cmocka groups. */
int test_setup(void **state);
int test_teardown(void **state);

#define TEST(fn) cmocka_unit_test_setup_teardown(fn, test_setup, test_teardown)

#endif
