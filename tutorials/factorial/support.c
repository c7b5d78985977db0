/*
 * support.c -- the factorial lesson's big integers and input checks.
 * Kept apart from lesson.c, which is what a learner reads.
 */
#include "support.h"
#include "cJSON.h"
#include "lessons.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define BASE 1000000000u

int big_init(bigint *b, uint32_t value) {
    b->cap = 8;
    b->limbs = malloc(b->cap * sizeof *b->limbs);
    if (!b->limbs) return CAS_ENOMEM;
    b->n = 1;
    b->limbs[0] = value % BASE;
    if (value >= BASE) b->limbs[b->n++] = value / BASE;
    return 0;
}

int big_mul(bigint *b, uint32_t factor) {
    uint64_t carry = 0;
    for (size_t i = 0; i < b->n; i++) {
        uint64_t x = (uint64_t)b->limbs[i] * factor + carry;
        b->limbs[i] = (uint32_t)(x % BASE);
        carry = x / BASE;
    }
    while (carry) {
        if (b->n == b->cap) {
            uint32_t *l = realloc(b->limbs, 2 * b->cap * sizeof *l);
            if (!l) return CAS_ENOMEM;
            b->limbs = l;
            b->cap *= 2;
        }
        b->limbs[b->n++] = (uint32_t)(carry % BASE);
        carry /= BASE;
    }
    return 0;
}

char *big_to_string(const bigint *b) {
    char *s = malloc(b->n * 9 + 1);
    if (!s) return NULL;
    size_t o = (size_t)sprintf(s, "%u", b->limbs[b->n - 1]);
    for (size_t i = b->n - 1; i-- > 0;) o += (size_t)sprintf(s + o, "%09u", b->limbs[i]);
    return s;
}

void big_free(bigint *b) {
    free(b->limbs);
    b->limbs = NULL;
    b->n = b->cap = 0;
}

static const char *kind_of(const cJSON *j) {
    if (cJSON_IsNumber(j)) return "a number";
    if (cJSON_IsString(j)) return "a string";
    if (cJSON_IsBool(j)) return "a boolean";
    if (cJSON_IsNull(j)) return "null";
    if (cJSON_IsArray(j)) return "a list";
    return "an object";
}

static int parse(const cJSON *input, void **out, char *err, size_t cap) {
    factorial_input *in = calloc(1, sizeof *in);
    if (!in) {
        snprintf(err, cap, "out of memory");
        return -1;
    }
    static const int64_t defaults[] = {5, 7, 3, 6};
    memcpy(in->numbers, defaults, sizeof defaults);
    in->count = 4;
    if (input) {
        const cJSON *item;
        if (!cJSON_IsObject(input)) {
            snprintf(err, cap, "input must be an object like {\"numbers\": [5, 7, 3, 6], \"collect\": \"gather\"}, not %s",
                     kind_of(input));
            goto bad;
        }
        cJSON_ArrayForEach(item, input) {
            if (strcmp(item->string, "numbers") && strcmp(item->string, "collect")) {
                snprintf(err, cap, "unknown input key; accepted: numbers, collect");
                goto bad;
            }
        }
        const cJSON *numbers = cJSON_GetObjectItemCaseSensitive(input, "numbers");
        if (numbers) {
            if (!cJSON_IsArray(numbers)) {
                snprintf(err, cap, "numbers must be a list of whole numbers, not %s", kind_of(numbers));
                goto bad;
            }
            int n = cJSON_GetArraySize(numbers);
            if (n == 0) {
                snprintf(err, cap, "numbers must not be empty: give 1 to %d whole numbers", FACTORIAL_MAX_COUNT);
                goto bad;
            }
            if (n > FACTORIAL_MAX_COUNT) {
                snprintf(err, cap, "numbers has %d items; at most %d are accepted", n, FACTORIAL_MAX_COUNT);
                goto bad;
            }
            in->count = 0;
            cJSON_ArrayForEach(item, numbers) {
                double d = item->valuedouble;
                if (!cJSON_IsNumber(item) || d != floor(d) || !isfinite(d)) {
                    snprintf(err, cap, "numbers[%zu] must be a whole number, not %s", in->count,
                             cJSON_IsNumber(item) ? "a fraction" : kind_of(item));
                    goto bad;
                }
                if (d < 0) {
                    snprintf(err, cap, "numbers[%zu] is %.0f: factorials need numbers from 0 to %d", in->count, d,
                             FACTORIAL_MAX_NUMBER);
                    goto bad;
                }
                if (d > FACTORIAL_MAX_NUMBER) {
                    snprintf(err, cap, "numbers[%zu] is %.0f: at most %d is accepted (%d steps of 0.1 s)", in->count,
                             d, FACTORIAL_MAX_NUMBER, FACTORIAL_MAX_NUMBER);
                    goto bad;
                }
                in->numbers[in->count++] = (int64_t)d;
            }
        }
        const cJSON *collect = cJSON_GetObjectItemCaseSensitive(input, "collect");
        if (collect) {
            if (cJSON_IsString(collect) && strcmp(collect->valuestring, "gather") == 0)
                in->as_completed = 0;
            else if (cJSON_IsString(collect) && strcmp(collect->valuestring, "as_completed") == 0)
                in->as_completed = 1;
            else {
                snprintf(err, cap, "collect must be \"gather\" or \"as_completed\"");
                goto bad;
            }
        }
    }
    *out = in;
    return 0;
bad:
    free(in);
    return -1;
}

static void free_input(void *p) {
    factorial_input *in = p;
    if (!in) return;
    for (size_t i = 0; i < in->count; i++) free(in->digits[i]);
    free(in);
}

int factorial_program(void *input, cas_value *result);

const cas_lesson cas_lesson_factorial = {"factorial", "Exercise: concurrent factorials", "34.8", parse, free_input,
                                         factorial_program};
