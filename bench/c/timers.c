/* (d) N tasks that each sleep `ms` milliseconds at once: how late each one
 * wakes (actual wake time minus the intended one, on a clock of our own)
 * and how long the whole batch takes.
 * usage: timers N ms reps warmups  ->  RESULT late_median_ms=... late_p99_ms=... total_ms=... */
#include "bench.h"

static long N;
static double delay;
static double *late;

static int sleeper(void *arg, cas_value *result) {
    (void)result;
    long i = *(const long *)arg;
    double want = bench_now() + delay;
    int rc = cas_sleep(delay);
    late[i] = bench_now() - want;
    return rc;
}

static double elapsed;

static int main_task(void *arg, cas_value *result) {
    (void)arg;
    (void)result;
    cas_task **ts = malloc((size_t)N * sizeof *ts);
    BENCH_CHECK(ts, "malloc");
    double t0 = bench_now();
    for (long i = 0; i < N; i++) {
        ts[i] = cas_create_task(sleeper, &i, sizeof i);
        BENCH_CHECK(ts[i], "create_task %ld", i);
    }
    int rc = bench_gather_all(ts, N, 0);
    elapsed = bench_now() - t0;
    BENCH_CHECK(rc == 0, "await gather: %d", rc);
    return 0;
}

int main(int argc, char **argv) {
    N = bench_arg(argc, argv, 1, 1000);
    delay = (double)bench_arg(argc, argv, 2, 100) / 1000.0;
    long reps = bench_arg(argc, argv, 3, 1), warm = bench_arg(argc, argv, 4, 0);
    late = malloc((size_t)N * sizeof *late);
    BENCH_CHECK(late, "malloc");
    bench_quiet();
    for (long r = 0; r < warm + reps; r++) {
        int rc = cas_run(main_task, NULL, NULL);
        BENCH_CHECK(rc == 0, "cas_run: %d", rc);
        if (r < warm) continue;
        double med = bench_quantile(late, (size_t)N, 0.5), p99 = bench_quantile(late, (size_t)N, 0.99);
        printf("RESULT late_median_ms=%.6f late_p99_ms=%.6f total_ms=%.6f\n", med * 1e3, p99 * 1e3, elapsed * 1e3);
        fflush(stdout);
    }
    free(late);
    return 0;
}
