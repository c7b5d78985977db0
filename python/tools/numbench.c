/*
 * numbench -- times the numbers layer on the workloads the issue names,
 * for comparison with CPython (`make num-bench` prints both):
 * math.factorial(2000), the same product as a loop of r *= i, str() of it,
 * int() of 4000 digits, and repr() of floats.
 */
#include "num.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static double now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec * 1e-9;
}

#define BENCH(label, reps, body)                                                        \
    do {                                                                                \
        double t0_ = now();                                                             \
        for (int rep_ = 0; rep_ < (reps); rep_++) {                                     \
            body;                                                                       \
        }                                                                               \
        printf("%-34s %10.2f us\n", label, (now() - t0_) / (reps) * 1e6);               \
    } while (0)

int main(void)
{
    mp_int n, r, k;
    if (mp_init_multi(&n, &r, &k, NULL) != MP_OKAY)
        return 1;
    num_buf b = {0};
    num_set_int_max_str_digits(0);
    num_int_set_i64(&n, 2000);
    BENCH("math.factorial(2000)", 200, num_math_factorial(&r, &n));
    BENCH("r = 1; for i in 2..2000: r *= i", 200, {
        num_int_set_i64(&r, 1);
        for (int64_t i = 2; i <= 2000; i++) {
            num_int_set_i64(&k, i);
            num_int_mul(&r, &r, &k);
        }
    });
    BENCH("the same with num_int_mul_i64", 200, {
        num_int_set_i64(&r, 1);
        for (int64_t i = 2; i <= 2000; i++)
            num_int_mul_i64(&r, &r, i);
    });
    BENCH("str(factorial(2000))", 200, {
        num_buf_clear(&b);
        num_int_str(&b, &r);
    });
    char digits[4001];
    memset(digits, '7', 4000);
    digits[4000] = '\0';
    BENCH("int('7' * 4000)", 200, num_int_parse(&k, digits, 4000, 10));
    double xs[1000];
    srand(1);
    for (int i = 0; i < 1000; i++)
        xs[i] = (double)rand() / RAND_MAX * 1000.0;
    BENCH("repr(x) for 1000 floats", 50, {
        for (int i = 0; i < 1000; i++) {
            num_buf_clear(&b);
            num_float_repr(&b, xs[i]);
        }
    });
    BENCH("format(x, '.2f') for 1000 floats", 50, {
        for (int i = 0; i < 1000; i++) {
            num_buf_clear(&b);
            num_format_float(&b, xs[i], ".2f", 3, "float");
        }
    });
    num_buf_free(&b);
    mp_clear_multi(&n, &r, &k, NULL);
    return 0;
}
