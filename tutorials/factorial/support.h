/* support.h -- what the factorial lesson needs besides asyncio: exact big
 * integers (Python's ints) and its input. */
#ifndef FACTORIAL_SUPPORT_H
#define FACTORIAL_SUPPORT_H

#include "casyncio.h"
#include "lessons.h"
#include <stdint.h>

/* A non-negative integer of any size, in base 10^9 limbs, least
 * significant first. */
typedef struct bigint {
    uint32_t *limbs;
    size_t n, cap;
} bigint;

int big_init(bigint *b, uint32_t value);          /* 0 or CAS_ENOMEM */
int big_mul(bigint *b, uint32_t factor);          /* b *= factor; 0 or CAS_ENOMEM */
char *big_to_string(const bigint *b);             /* new string (free()), or NULL */
void big_free(bigint *b);

typedef struct factorial_input {
    int64_t numbers[FACTORIAL_MAX_COUNT];
    size_t count;
    int as_completed;           /* collect with as_completed, else gather */
    cas_value results[FACTORIAL_MAX_COUNT]; /* the end event's result, in list order */
    char *digits[FACTORIAL_MAX_COUNT];
} factorial_input;

#endif
