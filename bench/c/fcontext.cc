/* (c) The native floor under casyncio's switch: a raw context switch of a
 * well-kept coroutine library, Boost.Context's fcontext (Debian's
 * libboost-context-dev), through this tiny C++ shim.  A round trip is
 * main -> child -> main (two jump_fcontext calls), the child yielding
 * `depth` C frames deep as the ping-pong tasks do; the same shape as
 * bench/c/fiber.c in wasm.  Native only.
 * usage: fcontext M depth reps warmups  ->  RESULT ns_per_roundtrip=... */
#include <boost/context/detail/fcontext.hpp>

#include <cstdio>
#include <cstdlib>
#include <ctime>

namespace ctx = boost::context::detail;

static ctx::fcontext_t back; /* where the child jumps to: main */
static int depth;
static volatile int sink;
alignas(64) static char child_stack[256 * 1024];

static double now() {
    timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static __attribute__((noinline)) void nest(int d) {
    if (d == 0) {
        back = ctx::jump_fcontext(back, nullptr).fctx;
        return;
    }
    nest(d - 1);
    sink += d; /* not a tail call: the frame stays on the stack */
}

static void child(ctx::transfer_t t) {
    back = t.fctx;
    for (;;) nest(depth);
}

static long arg(int argc, char **argv, int i, long def) { return argc > i ? std::strtol(argv[i], nullptr, 10) : def; }

int main(int argc, char **argv) {
    long m = arg(argc, argv, 1, 100000);
    depth = (int)arg(argc, argv, 2, 0);
    long reps = arg(argc, argv, 3, 1), warm = arg(argc, argv, 4, 0);
    ctx::fcontext_t c = ctx::make_fcontext(child_stack + sizeof child_stack, sizeof child_stack, child);
    for (long r = 0; r < warm + reps; r++) {
        double t0 = now();
        for (long i = 0; i < m; i++) c = ctx::jump_fcontext(c, nullptr).fctx;
        double t = now() - t0;
        if (r >= warm) std::printf("RESULT ns_per_roundtrip=%.9g\n", t / (double)m * 1e9);
    }
    return 0;
}
