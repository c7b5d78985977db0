/* (c) Ping-pong: two tasks that each await sleep(0) M times, so the loop
 * switches between them 2M times.  With depth > 0 the yield happens that
 * many C frames deep (nested calls, then cas_sleep(0)).
 * usage: pingpong M depth reps warmups  ->  RESULT ns_per_switch=... */
#include "bench.h"

static long M;
static int depth;
static volatile int sink;

static BENCH_NOINLINE int nest(int d) {
    if (d == 0) return cas_sleep(0);
    int rc = nest(d - 1);
    sink += d; /* not a tail call: the frame stays on the stack */
    return rc;
}

static int player(void *arg, cas_value *result) {
    (void)arg;
    (void)result;
    for (long i = 0; i < M; i++) {
        int rc = depth ? nest(depth) : cas_sleep(0);
        if (rc) return rc;
    }
    return 0;
}

static double elapsed;

static int main_task(void *arg, cas_value *result) {
    (void)arg;
    (void)result;
    double t0 = bench_now();
    cas_task *ts[2] = {cas_create_task(player, NULL, 0), cas_create_task(player, NULL, 0)};
    BENCH_CHECK(ts[0] && ts[1], "create_task");
    cas_future *all = cas_gather(ts, 2, 0);
    BENCH_CHECK(all, "gather");
    int rc = cas_await(all, NULL);
    elapsed = bench_now() - t0;
    BENCH_CHECK(rc == 0, "await gather: %d", rc);
    cas_release(all);
    cas_release(ts[0]);
    cas_release(ts[1]);
    return 0;
}

int main(int argc, char **argv) {
    M = bench_arg(argc, argv, 1, 100000);
    depth = (int)bench_arg(argc, argv, 2, 0);
    long reps = bench_arg(argc, argv, 3, 1), warm = bench_arg(argc, argv, 4, 0);
    bench_quiet();
    for (long r = 0; r < warm + reps; r++) {
        int rc = cas_run(main_task, NULL, NULL);
        BENCH_CHECK(rc == 0, "cas_run: %d", rc);
        if (r >= warm) bench_result("ns_per_switch", elapsed / (2.0 * (double)M) * 1e9);
    }
    return 0;
}
