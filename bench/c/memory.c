/* (f) Memory: N tasks asleep at once (each in sleep(3600)).  Once all have
 * started and suspended, measures what they hold, then cancels them.
 *   heap        the allocator's bytes in use (mallinfo), grown per task
 *   process     resident set natively, linear memory size in wasm, grown per task
 *   stack       cas_get_stats().stack_bytes per task: saved frames (wasm),
 *               or mapped stacks (native), plus the fiber records
 *   tasks       cas_get_stats().tasks, to check all N are alive
 * usage: memory N  ->  RESULT heap_per_task=... process_per_task=... stack_per_task=... */
#include "bench.h"

static long N;

static int sleeper(void *arg, cas_value *result) {
    (void)arg;
    (void)result;
    return cas_sleep(3600);
}

static int main_task(void *arg, cas_value *result) {
    (void)arg;
    (void)result;
    cas_task **ts = malloc((size_t)N * sizeof *ts);
    BENCH_CHECK(ts, "malloc");
    memset(ts, 0, (size_t)N * sizeof *ts);
    cas_stats s0, s1;
    cas_get_stats(&s0);
    double heap0 = bench_heap_used(), proc0 = bench_process_bytes();
    for (long i = 0; i < N; i++) {
        ts[i] = cas_create_task(sleeper, NULL, 0);
        BENCH_CHECK(ts[i], "create_task %ld", i);
    }
    /* One iteration: every task starts and suspends in its sleep. */
    int rc = cas_sleep(0);
    BENCH_CHECK(rc == 0, "sleep(0)");
    cas_get_stats(&s1);
    double heap1 = bench_heap_used(), proc1 = bench_process_bytes();
    long failed = 0, first = -1;
    for (long i = 0; i < N; i++)
        if (cas_done(ts[i]) && failed++ == 0) first = i;
    if (failed) {
        const char *type = NULL, *message = NULL;
        cas_exception(ts[first], &type, &message);
        fprintf(stderr, "bench: %ld of %ld tasks failed at their start, the first (task %ld) with %s: %s\n", failed, N,
                first, type ? type : "?", message ? message : "");
        exit(3);
    }
    BENCH_CHECK(s1.tasks - s0.tasks == (size_t)N, "tasks alive: %zu", s1.tasks - s0.tasks);
    BENCH_CHECK(s1.timers - s0.timers == (size_t)N, "timers pending: %zu", s1.timers - s0.timers);
    bench_result("heap_per_task", (heap1 - heap0) / (double)N);
    bench_result("process_per_task", (proc1 - proc0) / (double)N);
    bench_result("stack_per_task", ((double)s1.stack_bytes - (double)s0.stack_bytes) / (double)N);
    bench_result("process_peak_mb", proc1 / 1048576.0);
    for (long i = 0; i < N; i++) cas_cancel(ts[i]);
    rc = bench_gather_all(ts, N, 1);
    BENCH_CHECK(rc == 0, "await gather: %d", rc);
    return 0;
}

int main(int argc, char **argv) {
    N = bench_arg(argc, argv, 1, 100000);
    bench_quiet();
    int rc = cas_run(main_task, NULL, NULL);
    BENCH_CHECK(rc == 0, "cas_run: %d", rc);
    cas_stats s;
    cas_get_stats(&s);
    BENCH_CHECK(s.tasks == 0 && s.timers == 0, "leftovers: %zu tasks, %zu timers", s.tasks, s.timers);
    return 0;
}
