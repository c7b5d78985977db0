/* Exercise (chapter 34.8): calculate factorials concurrently, awaiting
 * asyncio.sleep(0.1) in every step of the loop, in C with casyncio.
 *
 * Each factorial is a task; they sleep in turns, so the whole list takes
 * as long as the largest number (0.7 s for [5, 7, 3, 6]), not the sum. */
#include "casyncio.h"
#include "support.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct job {
    int64_t number;
    cas_value pair[2]; /* the task's result: (number, factorial) */
} job;

static int factorial(void *arg, cas_value *result) {
    job *j = arg;
    cas_print("factorial - calculating %lld", (long long)j->number);
    bigint value;
    if (big_init(&value, 1)) return CAS_ENOMEM;
    for (int64_t i = 1; i <= j->number; i++) { /* number steps of 0.1 s each */
        int rc = cas_sleep(0.1);
        if (rc == 0) rc = big_mul(&value, (uint32_t)i);
        if (rc) {
            big_free(&value);
            return rc;
        }
    }
    char *digits = big_to_string(&value);
    big_free(&value);
    if (!digits) return CAS_ENOMEM;
    cas_print("factorial - %lld ! = %s", (long long)j->number, digits);
    j->pair[0] = cas_int(j->number);
    j->pair[1] = cas_bigint(cas_strf("%s", digits).as.s);
    free(digits);
    *result = cas_list(j->pair, 2); /* return number, result */
    return 0;
}

static int calculate_factorials(void *arg, cas_value *result) {
    factorial_input *in = arg;
    cas_print("calculate_factorials - starting");
    /* Create the tasks ourselves so they start in list order */
    cas_task *tasks[FACTORIAL_MAX_COUNT] = {NULL};
    for (size_t i = 0; i < in->count; i++) {
        job j = {in->numbers[i], {{CAS_NONE, {0}}, {CAS_NONE, {0}}}};
        char coro[32]; /* what the task runs, for the timeline: factorial(5) */
        snprintf(coro, sizeof coro, "factorial(%lld)", (long long)in->numbers[i]);
        tasks[i] = cas_create_task_named(factorial, &j, sizeof j, NULL, coro);
    }
    int rc = 0;
    if (!in->as_completed) {
        cas_future *all = cas_gather(tasks, in->count, 0);
        cas_value results;
        rc = all ? cas_await(all, &results) : CAS_ENOMEM;
        if (rc == 0) {
            /* [value for _, value in results] */
            char *text = NULL;
            size_t len = 0;
            for (size_t i = 0; i < results.as.list.n; i++) {
                const char *v = results.as.list.items[i].as.list.items[1].as.s;
                size_t vl = strlen(v);
                char *t = realloc(text, len + vl + 3);
                if (!t) {
                    rc = CAS_ENOMEM;
                    break;
                }
                text = t;
                len += (size_t)sprintf(text + len, "%s%s", i ? ", " : "", v);
            }
            if (rc == 0) cas_print("calculate_factorials - results: [%s]", text ? text : "");
            free(text);
        }
        cas_release(all);
    } else {
        cas_as_completed_iter *it = cas_as_completed(tasks, in->count, -1);
        cas_value pair;
        rc = it ? 0 : CAS_ENOMEM;
        while (rc == 0 && (rc = cas_as_completed_next(it, &pair)) == 0)
            cas_print("calculate_factorials - got %lld ! = %s", (long long)pair.as.list.items[0].as.i,
                      pair.as.list.items[1].as.s);
        if (rc == CAS_EDONE) rc = 0;
        cas_as_completed_free(it);
    }
    /* The run's result: every factorial, in list order, as decimal text. */
    for (size_t i = 0; rc == 0 && i < in->count; i++) {
        cas_value pair;
        if (cas_result(tasks[i], &pair) == 0 && (in->digits[i] = strdup(pair.as.list.items[1].as.s)))
            in->results[i] = cas_bigint(in->digits[i]);
        else
            rc = CAS_ENOMEM;
    }
    for (size_t i = 0; i < in->count; i++) cas_release(tasks[i]);
    return rc;
}

int factorial_program(void *input, cas_value *result) {
    factorial_input *in = input;
    cas_print("Main - Starting");
    int rc = cas_run_named(calculate_factorials, in, NULL, "calculate_factorials(…)");
    if (rc) return rc;
    cas_print("Main - Done");
    *result = cas_list(in->results, in->count);
    return 0;
}
