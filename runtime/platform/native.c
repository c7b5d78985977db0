/*
 * native.c -- the platform for native builds (tests under sanitizers,
 * native benchmarks, programs compiled with cc).
 *
 * Fibers are ucontext contexts on stacks of their own, mmap'd with a guard
 * page below, and pooled: a finished task's stack serves the next task.
 * A task may switch straight to another (swapcontext between the two).
 * Only touched pages cost memory.  AddressSanitizer is told about every
 * switch, so it follows the fibers' stacks.  The host is the process:
 * waiting is a sleep, and it never needs turns.
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include "../src/internal.h"

#include <errno.h>
#include <setjmp.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <time.h>
#include <ucontext.h>
#include <unistd.h>

#if defined(__SANITIZE_ADDRESS__)
#define CAS_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define CAS_ASAN 1
#endif
#endif

/* Valgrind follows a switch between two stacks only if it knows them: the
 * fibers' stacks lie close together, so a direct switch from one to
 * another would look to it like a frame of millions of bytes. */
#if defined(__has_include)
#if __has_include(<valgrind/valgrind.h>)
#include <valgrind/valgrind.h>
#define CAS_VALGRIND 1
#endif
#endif

#ifdef CAS_ASAN
void __sanitizer_start_switch_fiber(void **fake_stack_save, const void *bottom, size_t size);
void __sanitizer_finish_switch_fiber(void *fake_stack_save, const void **bottom_old, size_t *size_old);
void __asan_unpoison_memory_region(void const volatile *addr, size_t size);
#endif

/* Each fiber gets this much stack (plus a guard page). */
#ifndef CAS_NATIVE_STACK
#define CAS_NATIVE_STACK (256 * 1024)
#endif
#define POOL_MAX 1024
#define HEAP_STACK (64 * 1024) /* stacks from the heap, past the mapping limit */
#define CANARY 0xA5
/* Guard-paged stacks take two kernel mappings each; past this many, new
 * stacks come from the heap, leaving mappings for everything else. */
#define MAX_MAPPED 16384

struct cas__fiber {
    ucontext_t ctx;            /* the fiber's saved registers */
    void (*entry)(void *);
    void *arg;
    char *map;                 /* guard page + stack, as mmap'd */
    size_t map_size;
    int done;                  /* entry returned */
    int dead;                  /* overflowed: its stack is not reused */
    int heap;                  /* a heap stack without guard page (past the mapping limit) */
    unsigned vg_stack;         /* its stack's id for valgrind */
    struct cas__fiber *next;   /* in the pool */
};

static ucontext_t loop_ctx;             /* where cas__fiber_resume waits */
static cas__fiber *running;
static sigjmp_buf overflow_jmp;         /* back into cas__fiber_resume */
static char alt_stack[128 * 1024];      /* where the SIGSEGV handler runs */
static cas__fiber *pool;
static size_t pooled, in_use, stack_bytes, mapped;
#ifdef CAS_ASAN
static const void *loop_stack_bottom;
static size_t loop_stack_size;
static int from_loop;                   /* the fiber being switched to is resumed by the loop */
#endif

static size_t page_size(void) {
    static size_t ps;
    if (!ps) ps = (size_t)sysconf(_SC_PAGESIZE);
    return ps;
}

static void trampoline(unsigned lo, unsigned hi) {
    cas__fiber *f = (cas__fiber *)(((uintptr_t)hi << 32) | (uintptr_t)lo);
#ifdef CAS_ASAN
    /* Started by the loop: learn the loop's stack, to switch back to it. */
    if (from_loop)
        __sanitizer_finish_switch_fiber(NULL, &loop_stack_bottom, &loop_stack_size);
    else
        __sanitizer_finish_switch_fiber(NULL, NULL, NULL);
#endif
    f->entry(f->arg);
    f->done = 1;
#ifdef CAS_ASAN
    /* This stack is finished: tell ASan not to keep its fake frames. */
    __sanitizer_start_switch_fiber(NULL, loop_stack_bottom, loop_stack_size);
#endif
    setcontext(&loop_ctx);
}

static void release_stack(cas__fiber *f) {
#ifdef CAS_VALGRIND
    VALGRIND_STACK_DEREGISTER(f->vg_stack);
#endif
    stack_bytes -= f->map_size;
    if (f->heap) {
        free(f->map);
    } else {
        munmap(f->map, f->map_size);
        mapped--;
    }
}

int cas__fiber_create(cas__fiber **out, void (*entry)(void *), void *arg) {
    cas__fiber *f;
    if (pool) {
        f = pool;
        pool = f->next;
        pooled--;
#ifdef CAS_ASAN
        /* A dropped fiber's frames may have left poison behind. */
        __asan_unpoison_memory_region(f->map + page_size(), f->map_size - page_size());
#endif
    } else {
        f = cas__calloc(1, sizeof *f);
        if (!f) return CAS_ENOMEM;
        f->map_size = CAS_NATIVE_STACK + page_size();
        f->map = mapped < MAX_MAPPED ? mmap(NULL, f->map_size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0)
                                     : MAP_FAILED;
        /* The guard page: an overflow faults instead of corrupting memory.
         * It costs the kernel two mappings per task, and a process may have
         * only about 65,000: past MAX_MAPPED, stacks come from the heap,
         * without a guard page (an overflow there is caught by the canary
         * check at the next switch, not before). */
        if (f->map == MAP_FAILED || mprotect(f->map, page_size(), PROT_NONE) != 0) {
            if (f->map != MAP_FAILED) munmap(f->map, f->map_size);
            f->heap = 1;
            f->map_size = HEAP_STACK + page_size();
            f->map = aligned_alloc(page_size(), f->map_size);
            if (!f->map) {
                cas__free(f);
                return CAS_ENOMEM;
            }
            memset(f->map, CANARY, page_size());
        } else {
            mapped++;
        }
#ifdef CAS_VALGRIND
        f->vg_stack = VALGRIND_STACK_REGISTER(f->map + page_size(), f->map + f->map_size);
#endif
    }
    in_use++;
    if (!f->entry) stack_bytes += f->map_size; /* new, not from the pool */
    f->entry = entry;
    f->arg = arg;
    f->done = 0;
    f->next = NULL;
    getcontext(&f->ctx);
    f->ctx.uc_stack.ss_sp = f->map + page_size();
    f->ctx.uc_stack.ss_size = f->map_size - page_size();
    f->ctx.uc_link = NULL;
    uintptr_t p = (uintptr_t)f;
    makecontext(&f->ctx, (void (*)(void))trampoline, 2, (unsigned)(p & 0xffffffffu), (unsigned)(p >> 32));
    *out = f;
    return CAS_OK;
}

/* A fault in the running fiber's guard page is a stack overflow: jump
 * back to the loop, which fails the task.  Any other fault is a real
 * crash, left to the default action (or to a sanitizer). */
static void on_segv(int sig, siginfo_t *info, void *uc) {
    (void)uc;
    cas__fiber *f = running;
    char *addr = info->si_addr;
    if (f && addr >= f->map && addr < f->map + page_size()) siglongjmp(overflow_jmp, 1);
    signal(sig, SIG_DFL);
    raise(sig);
}

static void watch_overflows(void) {
    static int installed;
    if (installed) return;
    installed = 1;
    stack_t ss = {.ss_sp = alt_stack, .ss_size = sizeof alt_stack, .ss_flags = 0};
    sigaltstack(&ss, NULL);
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = on_segv;
    sa.sa_flags = SA_SIGINFO | SA_ONSTACK | SA_NODEFER;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGSEGV, &sa, NULL);
}

int cas__fiber_resume(cas__fiber *f) {
    watch_overflows();
    /* No signal mask is saved (a system call per switch): the handler
     * runs with SA_NODEFER, so SIGSEGV is not left blocked after the jump. */
    if (sigsetjmp(overflow_jmp, 0)) {
        /* The running fiber overflowed; its frames are gone with its stack. */
        running->dead = 1;
        running = NULL;
        return CAS_ESTACK;
    }
    running = f;
#ifdef CAS_ASAN
    void *fake = NULL;
    from_loop = 1;
    __sanitizer_start_switch_fiber(&fake, f->map + page_size(), f->map_size - page_size());
#endif
    swapcontext(&loop_ctx, &f->ctx);
#ifdef CAS_ASAN
    __sanitizer_finish_switch_fiber(fake, NULL, NULL);
#endif
    cas__fiber *back = running; /* f, or a fiber f switched to */
    running = NULL;
    if (back->heap && !back->done && (unsigned char)back->map[page_size() - 1] != CANARY) {
        /* The canary below a heap stack was overwritten: the task ran past
         * its stack.  Its frames cannot be trusted; drop it like a fault. */
        back->dead = 1;
        return CAS_ESTACK;
    }
    return CAS_OK;
}

int cas__fiber_switch(cas__fiber *from, cas__fiber *to) {
    /* A heap stack's canary is checked when its fiber comes back to the
     * loop, so such fibers always do. */
    if (from->heap || to->heap) return CAS__NO_SWITCH;
    running = to;
#ifdef CAS_ASAN
    void *fake = NULL;
    from_loop = 0;
    __sanitizer_start_switch_fiber(&fake, to->map + page_size(), to->map_size - page_size());
#endif
    swapcontext(&from->ctx, &to->ctx);
#ifdef CAS_ASAN
    __sanitizer_finish_switch_fiber(fake, NULL, NULL);
#endif
    return CAS_OK;
}

void cas__fiber_yield(cas__fiber *f) {
#ifdef CAS_ASAN
    void *fake = NULL;
    __sanitizer_start_switch_fiber(&fake, loop_stack_bottom, loop_stack_size);
#endif
    swapcontext(&f->ctx, &loop_ctx);
#ifdef CAS_ASAN
    __sanitizer_finish_switch_fiber(fake, NULL, NULL);
#endif
}

void cas__fiber_destroy(cas__fiber *f) {
    if (!f) return;
    in_use--;
    if (pooled < POOL_MAX && !f->dead) {
        f->next = pool;
        pool = f;
        pooled++;
        return;
    }
    release_stack(f);
    cas__free(f);
}

size_t cas__fiber_stack_bytes(void) { return stack_bytes; }

void cas__fiber_trim(void) {
    while (pool) {
        cas__fiber *f = pool;
        pool = f->next;
        release_stack(f);
        cas__free(f);
    }
    pooled = 0;
}

double cas__clock_real(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

void cas__host_wait(double until) {
    double d = until - cas__clock_real();
    if (d <= 0) return;
    struct timespec ts;
    ts.tv_sec = (time_t)d;
    ts.tv_nsec = (long)((d - (double)ts.tv_sec) * 1e9);
    /* A signal (Ctrl-C asking for a stop) ends the wait early. */
    nanosleep(&ts, NULL);
}

void cas__host_turn(void) {}

int cas__host_needs_turns(void) { return 0; }

void cas__host_pace(double ms) { (void)ms; }
