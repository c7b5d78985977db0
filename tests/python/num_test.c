/*
 * num_test.c -- unit tests of the numbers layer (python/num.h) for what
 * the byte-for-byte comparison with python3 (num.test.mjs) cannot reach:
 * out-of-memory at every allocation, the %-format parser's parts that the
 * back end drives, NaN hashes by identity, the buffer and error API.
 * Built and run under ASan+UBSan by `make test-num`; each case is named as
 * a sentence and a failure names the file and line.
 */
#include "num.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int failures;
#define CHECK(cond)                                                                   \
    do {                                                                              \
        if (!(cond)) {                                                                \
            fprintf(stderr, "%s:%d: %s: check failed: %s\n", __FILE__, __LINE__,      \
                    current, #cond);                                                  \
            failures++;                                                               \
        }                                                                             \
    } while (0)
#define CHECK_STR(got, want)                                                          \
    do {                                                                              \
        const char *g_ = (got), *w_ = (want);                                         \
        if (strcmp(g_ ? g_ : "(null)", w_) != 0) {                                    \
            fprintf(stderr, "%s:%d: %s: got \"%s\", want \"%s\"\n", __FILE__, __LINE__, \
                    current, g_ ? g_ : "(null)", w_);                                 \
            failures++;                                                               \
        }                                                                             \
    } while (0)
static const char *current = "";
#define TEST(name) static void name(void)
#define RUN(name)                  \
    do {                           \
        current = #name;           \
        name();                    \
        printf("ok - %s\n", #name); \
    } while (0)

/* ---- an allocator that fails the Nth allocation ----------------------------- */

static long alloc_count, fail_at = -1, live;

static void *failing_alloc(void *ptr, size_t size)
{
    if (size == 0) {
        if (ptr)
            live--;
        free(ptr);
        return NULL;
    }
    if (fail_at >= 0 && alloc_count++ == fail_at)
        return NULL;
    void *p = realloc(ptr, size);
    if (p && !ptr)
        live++;
    return p;
}

/* A bit of everything that allocates; returns the first error or 0. */
static int workload(void)
{
    int rc = 0;
    mp_int a, b, c;
    if (mp_init_multi(&a, &b, &c, NULL) != MP_OKAY)
        return NUM_ENOMEM;
    num_buf out = {0};
    double x;
    const char *big = "123456789012345678901234567890123456789012345678901234567890";
#define STEP(e)                  \
    do {                         \
        if (!rc)                 \
            rc = (e);            \
    } while (0)
    STEP(num_int_parse(&a, big, strlen(big), 10));
    STEP(num_int_parse(&b, " -0x_dead_beef ", 15, 0));
    STEP(num_int_mul(&c, &a, &a));
    STEP(num_int_floordiv(&c, &c, &b));
    STEP(num_int_xor(&c, &c, &b));
    STEP(num_int_abs(&c, &b));
    STEP(num_int_powmod(&c, &a, &c, &b));
    STEP(num_int_truediv(&x, &a, &b));
    STEP(num_int_str(&out, &c));
    STEP(num_int_to_base(&out, &c, 2, 1));
    STEP(num_int_set_i64(&c, 300));
    STEP(num_math_factorial(&c, &c));
    STEP(num_float_repr(&out, 0.1 + 0.2));
    STEP(num_float_round(&x, 2.675, 2));
    STEP(num_format_float(&out, 1234567.891, ",.2f", 4, "float"));
    STEP(num_format_int(&out, &a, "_x", 2, "int"));
    STEP(num_format_str(&out, "héllo", 6, "*^9", 3, "str"));
    num_pct spec;
    STEP(num_pct_parse(&spec, "%-+10.3e", 8, 1));
    STEP(num_pct_float(&out, &spec, -1.5));
    int e2 = num_int_parse(&a, "12x", 3, 10); /* an error message allocates too */
    if (!rc && e2 != NUM_EVALUE)
        rc = e2;
    e2 = num_float_parse(&x, "nope", 4);
    if (!rc && e2 != NUM_EVALUE)
        rc = e2;
#undef STEP
    num_buf_free(&out);
    mp_clear_multi(&a, &b, &c, NULL);
    return rc;
}

TEST(every_failed_allocation_is_reported_as_memory_error_without_leaks)
{
    num_set_allocator(failing_alloc);
    int completed = 0;
    for (long n = 0; n < 5000 && !completed; n++) {
        alloc_count = 0;
        fail_at = n;
        live = 0;
        int rc = workload();
        CHECK(rc == 0 || rc == NUM_ENOMEM);
        if (rc != 0 && rc != NUM_ENOMEM) {
            fprintf(stderr, "  (at allocation %ld: %s %s)\n", n, num_exc_name(rc), num_errmsg());
            break;
        }
        if (rc == NUM_ENOMEM)
            CHECK_STR(num_exc_name(rc), "MemoryError");
        /* The message slot persists (it is the layer's); the rest is freed. */
        CHECK(live <= 1);
        completed = rc == 0 && alloc_count <= n;
    }
    CHECK(completed);
    fail_at = -1;
    num_set_allocator(NULL);
}

TEST(errors_carry_the_exception_name_and_cpythons_message)
{
    mp_int a, z;
    CHECK(mp_init_multi(&a, &z, NULL) == MP_OKAY);
    mp_zero(&z);
    num_int_set_i64(&a, 7);
    CHECK(num_int_mod(&a, &a, &z) == NUM_EZERODIV);
    CHECK_STR(num_exc_name(NUM_EZERODIV), "ZeroDivisionError");
    CHECK_STR(num_errmsg(), "integer modulo by zero");
    /* A later success leaves the message alone. */
    CHECK(num_int_add(&a, &a, &a) == 0);
    CHECK_STR(num_errmsg(), "integer modulo by zero");
    CHECK(num_int_parse(&a, "x", 1, 1) == NUM_EVALUE);
    CHECK_STR(num_errmsg(), "int() base must be >= 2 and <= 36, or 0");
    CHECK_STR(num_exc_name(0), "");
    CHECK_STR(num_exc_name(-99), "SystemError");
    double d;
    CHECK(num_float_pow(&d, -8.0, 1.0 / 3) == NUM_EUNSUPPORTED);
    CHECK_STR(num_exc_name(NUM_EUNSUPPORTED), "NotImplementedError");
    CHECK(num_int_pow(&a, &a, &(mp_int){0}) == 0); /* a ** 0 with b read as zero */
    mp_clear_multi(&a, &z, NULL);
}

TEST(buffers_append_and_stay_nul_terminated)
{
    num_buf b;
    num_buf_init(&b);
    CHECK(num_buf_puts(&b, "ab") == 0);
    CHECK(num_buf_putc(&b, 'c') == 0);
    CHECK(num_buf_put_cp(&b, 0xE9) == 0);
    CHECK(num_buf_put_cp(&b, 0x1F600) == 0);
    CHECK_STR(b.data, "abc\xC3\xA9\xF0\x9F\x98\x80");
    CHECK(b.len == 9);
    num_buf_clear(&b);
    CHECK(b.len == 0 && b.data[0] == '\0');
    for (int k = 0; k < 1000; k++)
        CHECK(num_buf_puts(&b, "0123456789") == 0);
    CHECK(b.len == 10000 && b.data[10000] == '\0');
    /* Functions append: repr after existing text. */
    num_buf_clear(&b);
    num_buf_puts(&b, "x=");
    CHECK(num_float_repr(&b, 1e16) == 0);
    CHECK_STR(b.data, "x=1e+16");
    num_buf_free(&b);
    CHECK(b.data == NULL && b.len == 0);
}

TEST(percent_parse_reads_keys_flags_stars_and_the_literal_percent)
{
    num_pct s;
    const char *f = "%(name)-+ #05.3f|";
    CHECK(num_pct_parse(&s, f, strlen(f), 1) == 0);
    CHECK(s.key && s.key_len == 4 && memcmp(s.key, "name", 4) == 0);
    CHECK(s.left && s.plus && s.space && s.alt && s.zero);
    CHECK(s.width == 5 && s.prec == 3 && s.type == 'f' && f[s.end] == '|');
    f = "%(a(b)c)s";
    CHECK(num_pct_parse(&s, f, strlen(f), 1) == 0);
    CHECK(s.key_len == 5 && memcmp(s.key, "a(b)c", 5) == 0 && s.type == 's');
    f = "%%";
    CHECK(num_pct_parse(&s, f, 2, 1) == 0);
    CHECK(s.literal && s.end == 2);
    f = "%*.*ld";
    CHECK(num_pct_parse(&s, f, strlen(f), 1) == 0);
    CHECK(s.width_star && s.prec_star && s.type == 'd' && !s.literal);
    num_pct_set_width(&s, -6);
    num_pct_set_prec(&s, -2);
    CHECK(s.left && s.width == 6 && s.prec == 0);
    mp_int v;
    CHECK(mp_init(&v) == MP_OKAY);
    num_int_set_i64(&v, 42);
    num_buf b = {0};
    CHECK(num_pct_int(&b, &s, &v) == 0);
    CHECK_STR(b.data, "42    ");
    CHECK(num_pct_parse(&s, "%(a", 3, 1) == NUM_EVALUE);
    CHECK_STR(num_errmsg(), "incomplete format key");
    CHECK(num_pct_parse(&s, "%5", 2, 1) == NUM_EVALUE);
    CHECK_STR(num_errmsg(), "incomplete format");
    CHECK(num_pct_parse(&s, "%l", 2, 1) == NUM_EVALUE);
    CHECK_STR(num_errmsg(), "incomplete format");
    /* The index counts code points: "é" is one. */
    f = "\xC3\xA9 %y";
    CHECK(num_pct_parse(&s, f, strlen(f), 4) == 0);
    CHECK(num_pct_int(&b, &s, &v) == NUM_EVALUE);
    CHECK_STR(num_errmsg(), "unsupported format character 'y' (0x79) at index 3");
    f = "%\xC3\xA9";
    CHECK(num_pct_parse(&s, f, strlen(f), 1) == 0);
    CHECK(num_pct_type_error(&s, "list") == NUM_EVALUE);
    CHECK_STR(num_errmsg(), "unsupported format character '?' (0xe9) at index 1");
    CHECK(num_pct_parse(&s, "%s", 2, 1) == 0);
    CHECK(num_pct_type_error(&s, "list") == 0);
    CHECK(num_pct_parse(&s, "%x", 2, 1) == 0);
    CHECK(num_pct_type_error(&s, "list") == NUM_ETYPE);
    CHECK_STR(num_errmsg(), "%x format: an integer is required, not list");
    num_buf_free(&b);
    mp_clear(&v);
}

TEST(nan_hashes_by_identity_and_other_floats_by_value)
{
    int x, y;
    double nan = NAN;
    CHECK(num_float_hash(nan, &x) != num_float_hash(nan, &y));
    CHECK(num_float_hash(nan, &x) == num_float_hash(-nan, &x));
    uint64_t p = (uint64_t)(uintptr_t)&x;
    CHECK(num_float_hash(nan, &x) == (int64_t)((p >> 4) | (p << 60)));
    CHECK(num_float_hash(1.5, &x) == num_float_hash(1.5, &y));
    CHECK(num_float_hash(-1.0, NULL) == -2);
    CHECK(num_float_hash(INFINITY, NULL) == 314159);
    mp_int a;
    CHECK(mp_init(&a) == MP_OKAY);
    num_int_set_i64(&a, -1);
    CHECK(num_int_hash(&a) == -2);
    num_int_set_i64(&a, (int64_t)1 << 61);
    CHECK(num_int_hash(&a) == 1);
    mp_clear(&a);
}

TEST(small_ints_round_trip_through_int64_at_the_edges)
{
    mp_int a, one;
    CHECK(mp_init_multi(&a, &one, NULL) == MP_OKAY);
    int64_t edges[] = {0, 1, -1, INT64_MAX, INT64_MIN, INT64_MIN + 1, (int64_t)1 << 62};
    for (size_t k = 0; k < sizeof edges / sizeof edges[0]; k++) {
        int64_t v = 0;
        CHECK(num_int_set_i64(&a, edges[k]) == 0);
        CHECK(num_int_get_i64(&a, &v) == 1 && v == edges[k]);
    }
    num_int_set_i64(&one, 1);
    num_int_set_i64(&a, INT64_MAX);
    num_int_add(&a, &a, &one);
    int64_t v;
    CHECK(num_int_get_i64(&a, &v) == 0);
    num_int_set_i64(&a, INT64_MIN);
    num_int_sub(&a, &a, &one);
    CHECK(num_int_get_i64(&a, &v) == 0);
    mp_clear_multi(&a, &one, NULL);
}

TEST(the_digit_limit_is_settable_and_guards_both_directions)
{
    CHECK(num_int_max_str_digits() == 4300);
    CHECK(num_set_int_max_str_digits(100) == NUM_EVALUE);
    CHECK_STR(num_errmsg(), "maxdigits must be 0 or larger than 640");
    CHECK(num_set_int_max_str_digits(640) == 0);
    char digits[700];
    memset(digits, '7', sizeof digits);
    mp_int a;
    CHECK(mp_init(&a) == MP_OKAY);
    CHECK(num_int_parse(&a, digits, 700, 10) == NUM_EVALUE);
    CHECK_STR(num_errmsg(), "Exceeds the limit (640 digits) for integer string conversion: value has 700 digits; "
                            "use sys.set_int_max_str_digits() to increase the limit");
    CHECK(num_int_parse(&a, digits, 700, 16) == 0); /* powers of two have no limit */
    CHECK(num_set_int_max_str_digits(0) == 0);
    CHECK(num_int_parse(&a, digits, 700, 10) == 0);
    CHECK(num_set_int_max_str_digits(640) == 0);
    num_buf b = {0};
    CHECK(num_int_str(&b, &a) == NUM_EVALUE);
    CHECK(b.len == 0);
    CHECK(num_set_int_max_str_digits(4300) == 0);
    CHECK(num_int_str(&b, &a) == 0 && b.len == 700);
    num_buf_free(&b);
    mp_clear(&a);
}

TEST(a_huge_width_or_precision_is_memory_error_at_once)
{
    /* A zero-padded grouped width was laid out group by group before the
     * width was checked: a 10**13 width took hours. */
    mp_int a;
    CHECK(mp_init(&a) == MP_OKAY);
    num_int_set_i64(&a, 5);
    num_buf b = {0};
    const char *specs[] = {"01000000000000,", "01000000000000_x", "1000000000000", "^1000000000000",
                           ".1000000000000f", ".100000000e"};
    for (size_t k = 0; k < sizeof specs / sizeof specs[0]; k++) {
        CHECK(num_format_int(&b, &a, specs[k], strlen(specs[k]), "int") != 0);
        CHECK(num_format_float(&b, 1.5, specs[k], strlen(specs[k]), "float") != 0);
    }
    CHECK(num_format_int(&b, &a, specs[0], strlen(specs[0]), "int") == NUM_ENOMEM);
    CHECK(num_format_str(&b, "x", 1, "1000000000000", 13, "str") == NUM_ENOMEM);
    num_pct s;
    CHECK(num_pct_parse(&s, "%01000000000000d", 16, 1) == 0);
    CHECK(num_pct_int(&b, &s, &a) == NUM_ENOMEM);
    CHECK(num_pct_parse(&s, "%.1000000000d", 13, 1) == 0);
    CHECK(num_pct_int(&b, &s, &a) == NUM_ENOMEM);
    CHECK(b.len == 0);
    /* Found by fuzz_num: a 'g' precision of 41 million made printf write
     * 41 MB of zeros that were then stripped; CPython answers at once. */
    CHECK(num_format_float(&b, 5.0, "=.41581911", 10, "float") == 0);
    CHECK_STR(b.data, "5.0");
    num_buf_clear(&b);
    /* and found next: a 66-million-character width of a 3-byte fill */
    CHECK(num_format_str(&b, "", 0, "\xEF\xBF\xBD<66666662", 12, "str") == NUM_ENOMEM);
    num_pct p;
    CHECK(num_pct_parse(&p, "%.41581911g", 11, 1) == 0);
    CHECK(num_pct_float(&b, &p, 5.0) == 0);
    CHECK_STR(b.data, "5");
    num_buf_free(&b);
    mp_clear(&a);
}

int main(void)
{
    RUN(every_failed_allocation_is_reported_as_memory_error_without_leaks);
    RUN(errors_carry_the_exception_name_and_cpythons_message);
    RUN(buffers_append_and_stay_nul_terminated);
    RUN(percent_parse_reads_keys_flags_stars_and_the_literal_percent);
    RUN(nan_hashes_by_identity_and_other_floats_by_value);
    RUN(small_ints_round_trip_through_int64_at_the_edges);
    RUN(the_digit_limit_is_settable_and_guards_both_directions);
    RUN(a_huge_width_or_precision_is_memory_error_at_once);
    if (failures) {
        fprintf(stderr, "num_test: %d checks failed\n", failures);
        return 1;
    }
    printf("num_test: all passed\n");
    return 0;
}
