/* test_random.c -- random.seed and random.randint give CPython's numbers
 * (the values below were printed by CPython 3.11). */
#include "harness.h"

static void seed_1_gives_3_10_2(void **s) {
    cas_seed(1);
    assert_int_equal(cas_randint(1, 10), 3);
    assert_int_equal(cas_randint(1, 10), 10);
    assert_int_equal(cas_randint(1, 10), 2);
}

static void seed_42_gives_2_1_5(void **s) {
    cas_seed(42);
    assert_int_equal(cas_randint(1, 10), 2);
    assert_int_equal(cas_randint(1, 10), 1);
    assert_int_equal(cas_randint(1, 10), 5);
}

static void seed_0_over_a_negative_range_gives_cpythons_numbers(void **s) {
    cas_seed(0);
    const int64_t want[] = {1, 1, -5, -1, 3};
    for (int i = 0; i < 5; i++) assert_int_equal(cas_randint(-5, 5), want[i]);
}

static void a_large_seed_and_a_wide_range_give_cpythons_numbers(void **s) {
    cas_seed((1ULL << 40) + 5);
    assert_int_equal(cas_randint(1, 1000000000000LL), 569101979941LL);
    assert_int_equal(cas_randint(1, 1000000000000LL), 727003120298LL);
    assert_int_equal(cas_randint(1, 1000000000000LL), 34040994017LL);
}

static void reseeding_repeats_the_sequence(void **s) {
    int64_t a[20];
    cas_seed(7);
    for (int i = 0; i < 20; i++) a[i] = cas_randint(0, 1000);
    cas_seed(7);
    for (int i = 0; i < 20; i++) assert_int_equal(cas_randint(0, 1000), a[i]);
}

static void a_one_value_range_always_gives_that_value(void **s) {
    cas_seed(3);
    for (int i = 0; i < 10; i++) assert_int_equal(cas_randint(4, 4), 4);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        TEST(seed_1_gives_3_10_2),
        TEST(seed_42_gives_2_1_5),
        TEST(seed_0_over_a_negative_range_gives_cpythons_numbers),
        TEST(a_large_seed_and_a_wide_range_give_cpythons_numbers),
        TEST(reseeding_repeats_the_sequence),
        TEST(a_one_value_range_always_gives_that_value),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
