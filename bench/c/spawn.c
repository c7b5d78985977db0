/* (b) Spawn and gather N tasks that each await sleep(0) once.
 * usage: spawn N reps warmups  ->  RESULT tasks_per_s=... per measured rep */
#include "bench.h"

static long N;

static int sleeper(void *arg, cas_value *result) {
    (void)arg;
    (void)result;
    return cas_sleep(0);
}

static double elapsed;

static int main_task(void *arg, cas_value *result) {
    (void)arg;
    (void)result;
    cas_task **ts = malloc((size_t)N * sizeof *ts);
    BENCH_CHECK(ts, "malloc");
    double t0 = bench_now();
    for (long i = 0; i < N; i++) {
        ts[i] = cas_create_task(sleeper, NULL, 0);
        BENCH_CHECK(ts[i], "create_task %ld", i);
    }
    int rc = bench_gather_all(ts, N, 0);
    elapsed = bench_now() - t0;
    BENCH_CHECK(rc == 0, "await gather: %d", rc);
    return 0;
}

int main(int argc, char **argv) {
    N = bench_arg(argc, argv, 1, 10000);
    long reps = bench_arg(argc, argv, 2, 1), warm = bench_arg(argc, argv, 3, 0);
    bench_quiet();
    for (long r = 0; r < warm + reps; r++) {
        int rc = cas_run(main_task, NULL, NULL);
        BENCH_CHECK(rc == 0, "cas_run: %d", rc);
        if (r >= warm) bench_result("tasks_per_s", (double)N / elapsed);
    }
    return 0;
}
