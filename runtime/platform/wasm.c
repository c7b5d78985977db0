/*
 * wasm.c -- the platform for WebAssembly (Emscripten with Asyncify): the
 * one file that talks to JS.
 *
 * Fibers are Emscripten fibers.  Tasks run on two shared run stacks, each
 * with its own Asyncify area: a task is placed on one when it starts and
 * stays there.  When another task needs that stack, the used part of both
 * is copied out to a buffer of the task's own, sized to fit, and copied
 * back before it runs again.  A sleeping task therefore costs what its
 * frames really use (a few hundred bytes), not a whole stack, and a task
 * that runs again at once is not copied at all.  Two stacks let a task
 * switch straight to a task on the other one (cas__fiber_switch): two
 * tasks handing the CPU back and forth copy nothing and never pass through
 * the loop.  The price: a task's stack addresses are only valid while it
 * runs, which is why cas_create_task copies its argument and the runtime
 * never writes into a suspended task's frames.  A task running past its
 * run stack is caught by Emscripten's stack check and fails with
 * RecursionError, as natively (see cas_js_watch_overflows).
 *
 * The host is the JS side in web/: Module.casHost.wait(ms) and turn()
 * return promises, event(json) receives each event, and trap(error) any
 * trap of the instance when it resumes after a wait.  Waiting suspends
 * the whole wasm instance (Asyncify) into the JS event loop, so a browser
 * keeps painting and handling input while the loop idles or blocks.
 */
#include "../src/internal.h"

#include <emscripten.h>
#include <emscripten/fiber.h>
#include <stdlib.h>
#include <string.h>

#ifndef CAS_RUN_STACK
#define CAS_RUN_STACK (256 * 1024) /* each shared stack tasks run on */
#endif
#ifndef CAS_ASYNC_SCRATCH
#define CAS_ASYNC_SCRATCH (64 * 1024) /* where a suspending task unwinds */
#endif
#define LOOP_ASYNC (32 * 1024)     /* where the loop unwinds to run a task */
#define NSTACKS 2

struct cas__fiber {
    emscripten_fiber_t ef;     /* Emscripten's context: stack pointers, Asyncify data */
    void (*entry)(void *);
    void *arg;
    char *save;                /* saved run-stack bytes, then Asyncify bytes */
    size_t cap;                /* allocated size of save */
    size_t c_used, a_used;     /* bytes saved of each */
    int stack;                 /* which run stack, once started */
    int started, done;
};

typedef struct run_stack {
    char *base;                /* lowest address; the stack grows down from the top */
    char *scratch;             /* its Asyncify area */
    cas__fiber *owner;         /* whose frames are on it now */
} run_stack;

static emscripten_fiber_t loop_fiber;
static int in_task;            /* a task's fiber runs (read by the overflow hook) */
static int overflowed;         /* set by the hook: the running task ran past its run stack */
static char *loop_async;
static run_stack stacks[NSTACKS];
static int next_stack;         /* where the next task started by the loop goes */
static size_t live_fibers, saved_bytes;

static void free_stacks(void) {
    for (int i = 0; i < NSTACKS; i++) {
        free(stacks[i].base);
        free(stacks[i].scratch);
        stacks[i] = (run_stack){0};
    }
    free(loop_async);
    loop_async = NULL;
}

/*
 * Stack overflow in a task.  Built with -sSTACK_OVERFLOW_CHECK=2 (the
 * lessons' module, and programs linked with build/wasm/asyncify.rsp), every
 * move of the stack pointer is checked against the running fiber's limits,
 * which Emscripten sets at each fiber swap: a task running past its run
 * stack calls abort("stack overflow ...") before it writes a byte outside
 * it.  Here that abort, while a task runs, throws instead a marker that
 * unwinds the task's wasm frames (they are dropped, as natively at the
 * guard page) up to the JS function that entered the task (the fiber
 * trampoline's finishContextSwitch), which then resumes the loop's fiber
 * as if the task had yielded: cas__fiber_resume returns CAS_ESTACK and the
 * task fails with RecursionError.  Only a task's overflow is caught; any
 * other abort, or an overflow of the loop's own stack, stays a trap (the
 * JS API reports it).  Costs nothing until an overflow.  Without the stack
 * check, overflows go undetected: say so once, on stderr.
 */
EM_JS(void, cas_js_watch_overflows, (emscripten_fiber_t * loop, int *running, int *flag), {
    if (Fibers.casWatching) return;
    Fibers.casWatching = true;
    if (typeof ___set_stack_limits == "undefined")
        err("casyncio: built without -sSTACK_OVERFLOW_CHECK=2 (see build/wasm/asyncify.rsp): " +
            "a task that overflows its stack is not detected");
    var overflow = { casStackOverflow: true };
    var plainAbort = abort;
    abort = function(what) {
        if (HEAP32[running >> 2] && String(what).indexOf("stack overflow") == 0) throw overflow;
        return plainAbort(what);
    };
    var enter = Fibers.finishContextSwitch;
    Fibers.finishContextSwitch = function(fiber) {
        try {
            enter(fiber);
        } catch (e) {
            if (e !== overflow) throw e;
            Asyncify.state = Asyncify.State.Normal;
            Asyncify.currData = null;
            HEAP32[running >> 2] = 0;
            HEAP32[flag >> 2] = 1;
            Fibers.nextFiber = loop; /* the trampoline goes on with the loop */
        }
    };
});

static int setup(void) {
    if (loop_async) return CAS_OK;
#ifndef CAS_STACK_BY_PROGRAM /* a program that checks its own recursions (python/cstack.h) */
    cas_js_watch_overflows(&loop_fiber, &in_task, &overflowed);
#endif
    loop_async = malloc(LOOP_ASYNC);
    int ok = loop_async != NULL;
    for (int i = 0; i < NSTACKS; i++) {
        /* 16-byte aligned, as the wasm ABI wants its stack: printf of a
         * double reads its varargs wrong on a stack that is only 8-aligned. */
        stacks[i].base = aligned_alloc(16, CAS_RUN_STACK);
        stacks[i].scratch = malloc(CAS_ASYNC_SCRATCH);
        ok = ok && stacks[i].base && stacks[i].scratch;
    }
    if (!ok) {
        free_stacks();
        return CAS_ENOMEM;
    }
    emscripten_fiber_init_from_current_context(&loop_fiber, loop_async, LOOP_ASYNC);
    return CAS_OK;
}

static void trampoline(void *p) {
    cas__fiber *f = p;
    f->entry(f->arg);
    f->done = 1;
    emscripten_fiber_swap(&f->ef, &loop_fiber);
}

int cas__fiber_create(cas__fiber **out, void (*entry)(void *), void *arg) {
    if (setup() != CAS_OK) return CAS_ENOMEM;
    cas__fiber *f = cas__calloc(1, sizeof *f);
    if (!f) return CAS_ENOMEM;
    f->entry = entry;
    f->arg = arg;
    live_fibers++;
    *out = f;
    return CAS_OK;
}

/* Copies the owner's frames off its run stack and Asyncify area.  0, or
 * CAS_ENOMEM when no memory is left to keep them (the wasm memory cannot
 * grow further). */
static int save(cas__fiber *o) {
    run_stack *rs = &stacks[o->stack];
    char *sp = o->ef.stack_ptr;
    char *ap = o->ef.asyncify_data.stack_ptr;
    size_t c = (size_t)(rs->base + CAS_RUN_STACK - sp);
    size_t a = (size_t)(ap - rs->scratch);
    if (c + a > o->cap) {
        char *n = cas__realloc(o->save, c + a);
        if (!n) return CAS_ENOMEM;
        saved_bytes += c + a - o->cap;
        o->save = n;
        o->cap = c + a;
    }
    memcpy(o->save, sp, c);
    memcpy(o->save + c, rs->scratch, a);
    o->c_used = c;
    o->a_used = a;
    return CAS_OK;
}

/* Puts f's frames back where they were. */
static void restore(cas__fiber *f) {
    run_stack *rs = &stacks[f->stack];
    memcpy(rs->base + CAS_RUN_STACK - f->c_used, f->save, f->c_used);
    memcpy(rs->scratch, f->save + f->c_used, f->a_used);
    f->ef.asyncify_data.stack_ptr = rs->scratch + f->a_used;
    f->ef.asyncify_data.stack_limit = rs->scratch + CAS_ASYNC_SCRATCH;
}

/* Makes f ready to be swapped to: placed on a stack (not on avoid, the
 * stack of the task switching to it) when it starts, and its frames on
 * that stack. */
static void prepare(cas__fiber *f, int avoid) {
    if (!f->started) {
        int s = next_stack;
        if (s == avoid) s = (s + 1) % NSTACKS;
        next_stack = (s + 1) % NSTACKS;
        f->stack = s;
    }
    run_stack *rs = &stacks[f->stack];
    if (rs->owner != f) {
        cas__fiber *o = rs->owner;
        if (o && !o->done && save(o) != CAS_OK) {
            /* Its frames are about to be overwritten and cannot be kept:
             * that task is lost (MemoryError), this one can still run. */
            void *arg = o->arg;
            rs->owner = NULL;
            cas__fiber_destroy(o);
            cas__fiber_lost(arg);
        }
        if (f->started) restore(f);
        rs->owner = f;
    }
    if (!f->started) {
        f->started = 1;
        emscripten_fiber_init(&f->ef, trampoline, f, rs->base, CAS_RUN_STACK, rs->scratch, CAS_ASYNC_SCRATCH);
    }
}

int cas__fiber_resume(cas__fiber *f) {
    prepare(f, -1);
    in_task = 1;
    emscripten_fiber_swap(&loop_fiber, &f->ef);
    in_task = 0;
    if (overflowed) {
        /* The task that ran (f, or one it switched to) overflowed: its
         * frames are gone, and its run stack holds nothing of use. */
        overflowed = 0;
        return CAS_ESTACK;
    }
    return CAS_OK;
}

int cas__fiber_switch(cas__fiber *from, cas__fiber *to) {
    if (to->started && to->stack == from->stack) return CAS__NO_SWITCH;
    /* Tested here so that prepare's frame is not one more to unwind and
     * rewind at every switch when nothing needs preparing. */
    if (!to->started || stacks[to->stack].owner != to) prepare(to, from->stack);
    emscripten_fiber_swap(&from->ef, &to->ef);
    return CAS_OK;
}

void cas__fiber_yield(cas__fiber *f) { emscripten_fiber_swap(&f->ef, &loop_fiber); }

void cas__fiber_destroy(cas__fiber *f) {
    if (!f) return;
    if (f->started && stacks[f->stack].owner == f) stacks[f->stack].owner = NULL;
    saved_bytes -= f->cap;
    live_fibers--;
    cas__free(f->save);
    cas__free(f);
}

size_t cas__fiber_stack_bytes(void) {
    size_t shared = loop_async ? NSTACKS * (CAS_RUN_STACK + CAS_ASYNC_SCRATCH) + LOOP_ASYNC : 0;
    return shared + saved_bytes + live_fibers * sizeof(cas__fiber);
}

static void *wait_reserve; /* see cas__host_wait */

void cas__fiber_trim(void) {
    free(wait_reserve);
    wait_reserve = NULL;
    if (live_fibers) return;
    free_stacks();
}

double cas__clock_real(void) { return emscripten_get_now() / 1000.0; }

/* EM_ASYNC_JS, except for what happens when the wait is over: Asyncify
 * resumes the instance from a promise callback, where a trap (a bug, or
 * an abort) would escape as an unhandled rejection and kill Node.  Here it
 * goes to Module.casHost.trap, which the JS API turns into an "error" and
 * the one "end" event; with no such hook it is rethrown as before.  A host
 * whose wait fails (its promise rejects) is reported the same way: the
 * instance could never resume.  (The
 * __asyncjs__ name is how emcc learns that the import may suspend, as for
 * EM_ASYNC_JS: a program's emcc line needs nothing more.) */
#define CAS_ASYNC_JS(ret, name, params, ...)                                                  \
    _EM_JS(ret, name, __asyncjs__##name, params,                                              \
           "{ return Asyncify.handleSleep((wakeUp) => {"                                       \
           " const trap = (e) => { if (Module.casHost && Module.casHost.trap) Module.casHost.trap(e); else throw e; };" \
           " (async () => " #__VA_ARGS__ ")().then(() => { try { wakeUp(0); } catch (e) { trap(e); } }, trap); }); }")

/* A program built on its own (emcc ... libcasyncio.a) has no casHost:
 * plain timers stand in, and events go nowhere (prints use stdout). */
CAS_ASYNC_JS(void, cas_js_wait, (double ms), {
    await (Module.casHost ? Module.casHost.wait(ms) : new Promise((resolve) => setTimeout(resolve, ms)));
});
CAS_ASYNC_JS(void, cas_js_turn, (void), {
    await (Module.casHost ? Module.casHost.turn() : new Promise((resolve) => setTimeout(resolve, 0)));
});
EM_JS(void, cas_js_event, (const char *json, size_t len), {
    if (Module.casHost) Module.casHost.event(UTF8ToString(json, len));
});

/*
 * Emscripten mallocs a buffer for Asyncify's data at each host wait, and
 * does not check the result: out of memory, it would write its header at
 * address 0 and unwind the loop's frames over whatever lies above.  So a
 * reserve of that size is kept, and given back just before a wait whose
 * buffer could not be had otherwise; it is taken again at a later wait.
 * If even that fails, the wait is skipped (0): the loop goes on without
 * letting the host run, which is slower but never corrupts memory.  (Each
 * check is one malloc and free of the buffer's size: nothing next to a
 * host wait.)
 */
EM_JS(size_t, cas_js_wait_data_size, (void), { return 12 + Asyncify.StackSize; });

static int host_wait_possible(void) {
    size_t n = cas_js_wait_data_size();
    if (!wait_reserve) wait_reserve = malloc(n);
    void *volatile p = malloc(n); /* volatile: a compiler may drop a malloc only freed */
    if (p) {
        free(p);
        return 1;
    }
    if (!wait_reserve) return 0;
    free(wait_reserve);
    wait_reserve = NULL;
    return 1;
}

void cas__host_wait(double until) {
    double ms = (until - cas__clock_real()) * 1000.0;
    if (ms < 0) ms = 0;
    if (host_wait_possible()) cas_js_wait(ms);
}

void cas__host_turn(void) {
    if (host_wait_possible()) cas_js_turn();
}

int cas__host_needs_turns(void) { return 1; }

EM_JS(int, cas_js_paces, (void), { return Module.casHost && Module.casHost.pace ? 1 : 0; });
CAS_ASYNC_JS(void, cas_js_pace, (double ms), { await Module.casHost.pace(ms); });

void cas__host_pace(double ms) {
    if (cas_js_paces() && host_wait_possible()) cas_js_pace(ms);
}

void cas__host_event(const char *json, size_t len, void *ud) {
    (void)ud;
    cas_js_event(json, len);
}
