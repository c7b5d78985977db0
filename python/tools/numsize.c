/*
 * numsize -- measures what the numbers layer adds to a wasm module
 * (`make num-size`).  Built twice with emcc -Oz: once calling every num_
 * function (so the linker keeps all of the layer and the libtommath
 * functions it needs), and once, with NUMSIZE_BASELINE, calling only the C
 * library functions that the runtime's module has already (malloc and
 * friends, snprintf with "%.*g" and strtod as runtime/src/value.c uses
 * them, puts, memchr, strchr).
 * The difference of the two gzip sizes is the layer's cost.  A third
 * build, NUMSIZE_NO_LIBM, leaves out num_math_unary and with it libm's
 * transcendental functions (which a math module brings in any case).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifndef NUMSIZE_BASELINE
#include "num.h"
#endif

int main(int argc, char **argv)
{
    const char *s = argc > 1 ? argv[1] : "12345";
    char out[64];
    double d = strtod(s, NULL);
    char *m = malloc((size_t)argc + 8);
    m = realloc(m, (size_t)argc + 80);
    snprintf(m, 80, "%.17g %s %p %p", d, s, (void *)memchr(s, 'x', 3), (void *)strchr(s, 'y'));
    snprintf(out, sizeof out, "%s", m);
    free(m);
    puts(out);
#ifndef NUMSIZE_BASELINE
    mp_int a, b, c, q;
    if (mp_init_multi(&a, &b, &c, &q, NULL) != MP_OKAY)
        return 1;
    num_buf buf = {0};
    double x = d, y;
    num_int_parse(&a, s, strlen(s), 0);
    num_int_set_i64(&b, argc);
    int64_t v;
    num_int_get_i64(&a, &v);
    num_int_add(&c, &a, &b);
    num_int_add_i64(&c, &c, argc);
    num_int_mul_i64(&c, &c, argc);
    num_int_sub(&c, &c, &b);
    num_int_mul(&c, &c, &a);
    num_int_neg(&c, &c);
    num_int_abs(&c, &c);
    num_int_floordiv(&c, &c, &b);
    num_int_mod(&c, &c, &b);
    num_int_divmod(&q, &c, &a, &b);
    num_int_truediv(&y, &a, &b);
    num_int_pow(&c, &a, &b);
    num_int_powmod(&c, &a, &b, &q);
    num_int_invert(&c, &c);
    num_int_and(&c, &c, &a);
    num_int_or(&c, &c, &a);
    num_int_xor(&c, &c, &a);
    num_int_lshift(&c, &c, &b);
    num_int_rshift(&c, &c, &b);
    printf("%d %llu %lld\n", num_int_cmp(&a, &c), (unsigned long long)num_int_bit_length(&c),
           (long long)num_int_hash(&c));
    num_int_to_double(&c, &y);
    num_int_from_double(&c, y);
    printf("%d\n", num_int_cmp_double(&c, y));
    num_int_str(&buf, &c);
    num_int_to_base(&buf, &c, 16, 1);
    num_set_int_max_str_digits(argc * 1000);
    num_float_repr(&buf, x);
    num_float_parse(&y, s, strlen(s));
    num_float_div(&y, x, y);
    num_float_floordiv(&y, x, y);
    num_float_mod(&y, x, y);
    num_float_divmod(&x, &y, x, y);
    num_float_pow(&y, x, y);
    num_float_round_int(&c, y);
    num_float_round(&y, y, argc);
    printf("%d %lld\n", num_float_is_integer(y), (long long)num_float_hash(y, &buf));
    num_math_floor(&c, y);
    num_math_ceil(&c, y);
    num_math_isqrt(&c, &c);
    num_math_gcd(&c, &c, &a);
    num_math_factorial(&c, &b);
    num_math_sqrt(&y, y);
#ifndef NUMSIZE_NO_LIBM
    num_math_unary(argc % 24, y, &y); /* brings libm's 24 functions */
#endif
    num_math_log_int(NUM_MATH_LOG, &c, &y);
    num_math_pow(&y, x, y);
    num_math_fmod(&y, x, y);
    num_math_lcm(&c, &c, &a);
    num_math_comb(&c, &a, &b);
    num_math_perm(&c, &a, NULL);
    num_int_round(&c, &c, -argc);
    printf("%lld\n", (long long)num_i64_hash(argc));
    num_format_int(&buf, &c, s, strlen(s), "int");
    num_format_float(&buf, y, s, strlen(s), "float");
    num_format_str(&buf, s, strlen(s), s, strlen(s), "str");
    num_pct spec;
    if (num_pct_parse(&spec, s, strlen(s), 0) == 0) {
        num_pct_set_width(&spec, argc);
        num_pct_set_prec(&spec, argc);
        num_pct_int(&buf, &spec, &c);
        num_pct_float(&buf, &spec, y);
        num_pct_str(&buf, &spec, s, strlen(s));
        num_pct_type_error(&spec, "list");
    }
    num_str_repr(&buf, s, strlen(s));
    puts(buf.data ? buf.data : "");
    puts(num_errmsg());
    puts(num_exc_name(NUM_EVALUE));
    num_buf_free(&buf);
    mp_clear_multi(&a, &b, &c, &q, NULL);
#endif
    return 0;
}
