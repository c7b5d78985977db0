/* (f) Memory: N tasks asleep at once (each in sleep(3600)).  Once all have
 * started and suspended, measures what they hold, then cancels them.
 *   heap        the allocator's bytes in use (mallinfo), grown per task
 *   process     resident set natively, linear memory size in wasm, grown per task
 *   stack       cas_get_stats().stack_bytes per task: saved frames (wasm),
 *               or mapped stacks (native), plus the fiber records
 *   tasks       cas_get_stats().tasks, to check all N are alive
 *   peak        the resident set then (process_peak_mb), and natively the
 *               process's high-water mark at the end (process_hwm_mb)
 *   time        from before the first creation until all N are asleep
 *               (asleep_s), and until they are all cancelled and gathered
 *               (total_s); natively also the CPU time the whole process
 *               took (cpu_s, user + system: what a loaded machine's wall
 *               clock does not show)
 * usage: memory N  ->  RESULT heap_per_task=... process_per_task=... stack_per_task=... */
#include "bench.h"

#ifndef __EMSCRIPTEN__
#include <sys/resource.h>
#endif

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
    double t0 = bench_now();
    for (long i = 0; i < N; i++) {
        ts[i] = cas_create_task(sleeper, NULL, 0);
        BENCH_CHECK(ts[i], "create_task %ld", i);
    }
    /* One iteration: every task starts and suspends in its sleep. */
    int rc = cas_sleep(0);
    BENCH_CHECK(rc == 0, "sleep(0)");
    double asleep = bench_now() - t0;
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
    bench_result("asleep_s", asleep);
    bench_result("total_s", bench_now() - t0);
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
#ifndef __EMSCRIPTEN__
    /* The resident set's high-water mark over the whole process. */
    FILE *st = fopen("/proc/self/status", "r");
    char line[256];
    long hwm_kb = -1;
    while (st && fgets(line, sizeof line, st))
        if (sscanf(line, "VmHWM: %ld kB", &hwm_kb) == 1) break;
    if (st) fclose(st);
    if (hwm_kb >= 0) bench_result("process_hwm_mb", (double)hwm_kb / 1024.0);
    struct rusage ru;
    if (getrusage(RUSAGE_SELF, &ru) == 0)
        bench_result("cpu_s", (double)(ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) +
                                  (double)(ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) * 1e-6);
#endif
    return 0;
}
