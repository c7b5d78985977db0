/*
 * fuzz_num.c -- a libFuzzer target for the numbers layer's text inputs:
 * int() and float() parsing, format specs for int, float and str, and
 * %-conversions.  The first byte picks the operation, the rest is the text
 * (for format operations: a spec, a NUL, then the value's text).  Beyond
 * "no crash, no leak, no undefined behaviour" it checks what must hold:
 * an int that parses prints back and parses to the same value, a float's
 * repr parses back to the same float, and every failure carries a message.
 *
 * make fuzz-num (FUZZ_SECONDS=n) runs it with clang's libFuzzer.
 */
#include "num.h"

#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define REQUIRE(c)      \
    do {                \
        if (!(c))       \
            abort();    \
    } while (0)

static void check_error(int rc)
{
    if (rc && rc != NUM_ENOMEM)
        REQUIRE(num_errmsg()[0] != '\0');
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    int op = data[0] % 8;
    const char *s = (const char *)data + 1;
    size_t n = size - 1;
    const char *spec = s, *val = s;
    size_t spec_n = n, val_n = 0;
    const char *nul = memchr(s, '\0', n);
    if (nul) {
        spec_n = (size_t)(nul - s);
        val = nul + 1;
        val_n = n - spec_n - 1;
    }
    mp_int a, b;
    if (mp_init_multi(&a, &b, NULL) != MP_OKAY)
        return 0;
    num_buf out = {0};
    int rc;
    double x, y;
    switch (op) {
    case 0:
    case 1: {
        static const int bases[] = {0, 10, 16, 2, 8, 36, 7, 3};
        int base = bases[(data[0] >> 3) % 8];
        rc = num_int_parse(&a, s, n, base);
        check_error(rc);
        if (rc == 0) {
            /* what parses prints back (below the digit limit) and reads the same */
            if (num_int_to_base(&out, &a, 16, 1) == 0) {
                REQUIRE(num_int_parse(&b, out.data, out.len, 0) == 0);
                REQUIRE(num_int_cmp(&a, &b) == 0);
            }
            num_buf_clear(&out);
            if (num_int_str(&out, &a) == 0) {
                REQUIRE(num_int_parse(&b, out.data, out.len, 10) == 0);
                REQUIRE(num_int_cmp(&a, &b) == 0);
            }
        }
        break;
    }
    case 2:
        rc = num_float_parse(&x, s, n);
        check_error(rc);
        if (rc == 0 && num_float_repr(&out, x) == 0) {
            REQUIRE(num_float_parse(&y, out.data, out.len) == 0);
            REQUIRE((isnan(x) && isnan(y)) || (x == y && signbit(x) == signbit(y)));
        }
        break;
    case 3:
        if (num_int_parse(&a, val, val_n, 0) == 0)
            check_error(num_format_int(&out, &a, spec, spec_n, "int"));
        break;
    case 4:
        if (num_float_parse(&x, val, val_n) == 0)
            check_error(num_format_float(&out, x, spec, spec_n, "float"));
        break;
    case 5:
        check_error(num_format_str(&out, val, val_n, spec, spec_n, "str"));
        break;
    case 6: {
        num_pct p;
        rc = num_pct_parse(&p, spec, spec_n, 0);
        check_error(rc);
        if (rc == 0 && !p.literal) {
            if (p.width_star)
                num_pct_set_width(&p, (int64_t)(val_n % 40) - 20);
            if (p.prec_star)
                num_pct_set_prec(&p, (int64_t)(val_n % 30) - 5);
            if (num_int_parse(&a, val, val_n, 0) == 0)
                check_error(num_pct_int(&out, &p, &a));
            if (num_float_parse(&x, val, val_n) == 0)
                check_error(num_pct_float(&out, &p, x));
            rc = num_pct_type_error(&p, "str");
            if (rc == 0 || p.type == 'c')
                check_error(num_pct_str(&out, &p, val, val_n));
        }
        break;
    }
    default:
        REQUIRE(num_str_repr(&out, s, n) == 0 || out.len == 0);
        break;
    }
    num_buf_free(&out);
    mp_clear_multi(&a, &b, NULL);
    return 0;
}
