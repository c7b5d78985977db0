/* (c) The floor under casyncio's switch, in the same wasm build: a raw
 * Emscripten fiber round trip (main -> child -> main, two swaps), the
 * child yielding `depth` C frames deep as the ping-pong tasks do.
 * wasm only.  usage: fiber M depth reps warmups  ->  RESULT ns_per_roundtrip=... */
#include "bench.h"

#include <emscripten/fiber.h>

static emscripten_fiber_t main_fiber, child_fiber;
static _Alignas(16) char child_stack[256 * 1024];
static char child_async[64 * 1024], main_async[32 * 1024];
static int depth;
static volatile int sink;

static BENCH_NOINLINE void nest(int d) {
    if (d == 0) {
        emscripten_fiber_swap(&child_fiber, &main_fiber);
        return;
    }
    nest(d - 1);
    sink += d;
}

static void child(void *arg) {
    (void)arg;
    for (;;) nest(depth);
}

int main(int argc, char **argv) {
    long m = bench_arg(argc, argv, 1, 100000);
    depth = (int)bench_arg(argc, argv, 2, 0);
    long reps = bench_arg(argc, argv, 3, 1), warm = bench_arg(argc, argv, 4, 0);
    emscripten_fiber_init_from_current_context(&main_fiber, main_async, sizeof main_async);
    emscripten_fiber_init(&child_fiber, child, NULL, child_stack, sizeof child_stack, child_async, sizeof child_async);
    for (long r = 0; r < warm + reps; r++) {
        double t0 = bench_now();
        for (long i = 0; i < m; i++) emscripten_fiber_swap(&main_fiber, &child_fiber);
        double t = bench_now() - t0;
        if (r >= warm) bench_result("ns_per_roundtrip", t / (double)m * 1e9);
    }
    return 0;
}
