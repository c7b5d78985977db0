/*
 * native.c -- the platform for native builds (tests under sanitizers,
 * native benchmarks, programs compiled with cc).
 *
 * Fibers run on NSTACKS shared run stacks, as in the wasm build: each is
 * CAS_NATIVE_STACK bytes mmap'd with a guard page below, and a task is
 * placed on one when it starts and stays there.  When another task needs
 * that stack, the used part of the one there (from its saved stack
 * pointer to the top: 160 bytes for a task asleep in a shallow body) is
 * copied out into its fiber record, sized at creation to what tasks
 * typically leave (a buffer of its own holds bigger frames), and copied
 * back before it runs again.  So a sleeping task costs what its frames
 * really use, a million tasks need two stacks, not a million, and every
 * task runs above a guard page: an overflow faults there, at any number
 * of tasks, before it touches anything else.  A task may switch straight
 * to a task on the other stack (cas__fiber_switch): two tasks handing the
 * CPU back and forth copy nothing and never pass through the loop.
 *
 * The price, as in wasm: a task's stack addresses are valid only while
 * its frames are on its run stack, so no task may keep a pointer into
 * another's stack (cas_create_task copies its argument for that reason).
 * Under AddressSanitizer, and under valgrind, every suspended task's
 * frames are moved out at once and the place they left is poisoned, so a
 * test that breaks this rule fails loudly instead of by chance (the
 * environment variable CAS_STACK_CHECK=0 turns this off, =1 on).
 *
 * The switch on x86_64 is a dozen instructions of assembly (cas__ctx_switch
 * below): the callee-saved registers, MXCSR and the x87 control word, as
 * the ABI asks, then the stack pointer; no system call.  Elsewhere (or
 * with -DCAS_FIBER_UCONTEXT) it is swapcontext, which also saves the
 * signal mask with a system call.  AddressSanitizer is told about every
 * switch, valgrind knows the run stacks, so both follow the fibers.
 *
 * The host is the process: waiting is a sleep, and it never needs turns.
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include "../src/internal.h"

#include <setjmp.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <time.h>
#include <unistd.h>

#if defined(__SANITIZE_ADDRESS__)
#define CAS_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define CAS_ASAN 1
#endif
#endif

/* Valgrind follows a switch between two stacks only if it knows them, and
 * memcheck must be told that a restored task's frames may be written
 * where frames of another task were popped. */
#if defined(__has_include)
#if __has_include(<valgrind/memcheck.h>)
#include <valgrind/memcheck.h>
#define CAS_VALGRIND 1
#endif
#endif
#ifndef CAS_VALGRIND
#define RUNNING_ON_VALGRIND 0
#define VALGRIND_MAKE_MEM_UNDEFINED(p, n) ((void)0)
#define VALGRIND_MAKE_MEM_NOACCESS(p, n) ((void)0)
#endif

#ifdef CAS_ASAN
void __sanitizer_start_switch_fiber(void **fake_stack_save, const void *bottom, size_t size);
void __sanitizer_finish_switch_fiber(void *fake_stack_save, const void **bottom_old, size_t *size_old);
void __asan_poison_memory_region(void const volatile *addr, size_t size);
void __asan_unpoison_memory_region(void const volatile *addr, size_t size);
void __asan_get_shadow_mapping(size_t *shadow_scale, size_t *shadow_offset);
#endif

#if defined(__x86_64__) && !defined(CAS_FIBER_UCONTEXT)
#define CAS_SWITCH_ASM 1
#else
#include <ucontext.h>
#endif

/* Each run stack's size, and the guard region below it: 64 KiB, not one
 * page, so that a frame of big locals that skips a single page (C
 * compilers do not probe the stack unless told to) still lands in it
 * rather than in the top of the stack mapped below.  Unmapped address
 * space costs no memory. */
#ifndef CAS_NATIVE_STACK
#define CAS_NATIVE_STACK (256 * 1024)
#endif
#define GUARD (64 * 1024)
#define NSTACKS 2 /* fits cas__fiber.stack */

/* A fiber is one allocation: this record and, after it, an inline area
 * sized at creation to what a suspended task's frames typically need (the
 * last frames saved).  Frames that fit are saved there; bigger ones go to
 * a buffer of their own.  A sleeping task costs its task, this record and
 * no more. */
struct cas__fiber {
    void *ctx;                 /* while suspended: where its switch left it (the
                                  stack pointer, or its ucontext) */
    void *arg;                 /* the entry function's argument */
    uint64_t used : 24;        /* bytes of frames saved (under ASan, then their
                                  shadow bytes) */
    uint64_t cap : 24;         /* bytes of the outside buffer, or 0: none */
    uint64_t room : 12;        /* bytes of the inline area */
    uint64_t stack : 2;        /* which run stack, once started */
    uint64_t started : 1;      /* placed on a run stack */
    uint64_t done : 1;         /* entry returned, or it overflowed: its frames are dead */
    char area[];               /* the inline area: the entry function before the
                                  start; then the saved frames, or (cap > 0) a
                                  pointer to the outside buffer that holds them */
};

/* The entry function, kept in the inline area until the fiber starts. */
static void (*entry_of(const cas__fiber *f))(void *) {
    void (*entry)(void *);
    memcpy(&entry, f->area, sizeof entry);
    return entry;
}

#define ROOM_MIN 16
#define ROOM_MAX 1024
_Static_assert(CAS_NATIVE_STACK + CAS_NATIVE_STACK / 8 < (1 << 24), "CAS_NATIVE_STACK too big for cas__fiber.used");
_Static_assert(ROOM_MAX < (1 << 12), "ROOM_MAX too big for cas__fiber.room");

typedef struct run_stack {
    char *map;                 /* guard region + stack, as mmap'd */
    char *base;                /* lowest usable byte, just above the guard region */
    char *top;                 /* one past the highest byte; frames grow down from here */
    cas__fiber *owner;         /* whose frames are on it now, or NULL */
    unsigned vg_id;            /* its id for valgrind */
} run_stack;

static run_stack stacks[NSTACKS];
static int next_stack;                  /* where the next task started by the loop goes */
static void *loop_ctx;                  /* where cas__fiber_resume waits */
static cas__fiber *running;             /* the fiber on the CPU, or NULL for the loop */
static cas__fiber *leaving;             /* the fiber that has just switched away */
static int check_stacks;                /* move every suspended fiber's frames out (sanitizers) */
static sigjmp_buf overflow_jmp;         /* back into cas__fiber_resume */
static char alt_stack[128 * 1024];      /* where the SIGSEGV handler runs */
static size_t held_bytes;               /* fiber records and outside buffers */
static size_t live_fibers;
static size_t typical_need = 160;       /* bytes the last frames saved took */
#ifdef CAS_ASAN
static const void *loop_stack_bottom;
static size_t loop_stack_size;
static int from_loop;                   /* the fiber being switched to is resumed by the loop */
static size_t shadow_scale, shadow_offset;
#define SHADOW_BYTES(n) ((n) >> shadow_scale)
#else
#define SHADOW_BYTES(n) 0
#endif

static size_t page_size(void) {
    static size_t ps;
    if (!ps) ps = (size_t)sysconf(_SC_PAGESIZE);
    return ps;
}

/* ------------------------------------------------------------------ */
/* The switch                                                           */
/* ------------------------------------------------------------------ */

/* Where a fiber begins and ends (below); the switch starts it in fiber_begin
 * and entry, and fiber_end takes it back to the loop for good. */
static void fiber_begin(cas__fiber *f);
static void fiber_end(cas__fiber *f) __attribute__((noreturn));

#ifdef CAS_SWITCH_ASM
/* cas__ctx_switch(&from, to): pushes the callee-saved registers, MXCSR and
 * the x87 control word on the current stack, stores the stack pointer in
 * *from, loads to as the stack pointer and pops the same from there; it
 * returns 0 (CAS_OK), so a C function may end with it as a tail call.
 *
 * A fiber that has not run yet starts from a frame made by start_frame:
 * its "return" lands in cas__fiber_start, which calls fiber_begin(f),
 * entry(arg) and fiber_end(f) with the registers the frame gave it.  No C
 * frame of the platform's stays under the task's own: a sleeping task's
 * saved frames are that much smaller. */
int cas__ctx_switch(void **from, void *to) __attribute__((visibility("hidden")));
extern char cas__fiber_start[] __attribute__((visibility("hidden")));
__asm__(".text\n"
        ".p2align 4\n"
        ".globl cas__ctx_switch\n"
        ".hidden cas__ctx_switch\n"
        ".type cas__ctx_switch,@function\n"
        "cas__ctx_switch:\n"
        "    pushq %rbp\n"
        "    pushq %rbx\n"
        "    pushq %r12\n"
        "    pushq %r13\n"
        "    pushq %r14\n"
        "    pushq %r15\n"
        "    subq $8, %rsp\n"
        "    stmxcsr (%rsp)\n"
        "    fnstcw 4(%rsp)\n"
        "    movq %rsp, (%rdi)\n"
        "    movq %rsi, %rsp\n"
        "    ldmxcsr (%rsp)\n"
        "    fldcw 4(%rsp)\n"
        "    addq $8, %rsp\n"
        "    popq %r15\n"
        "    popq %r14\n"
        "    popq %r13\n"
        "    popq %r12\n"
        "    popq %rbx\n"
        "    popq %rbp\n"
        "    xorl %eax, %eax\n"
        "    ret\n"
        ".size cas__ctx_switch,.-cas__ctx_switch\n"
        ".p2align 4\n"
        ".globl cas__fiber_start\n"
        ".hidden cas__fiber_start\n"
        ".type cas__fiber_start,@function\n"
        "cas__fiber_start:\n"
        "    .cfi_startproc\n"
        "    .cfi_undefined %rip\n"
        "    movq %rbx, %rdi\n"
        "    callq *%r12\n"
        "    movq %r14, %rdi\n"
        "    callq *%r13\n"
        "    movq %rbx, %rdi\n"
        "    callq *%r15\n"
        "    ud2\n"
        "    .cfi_endproc\n"
        ".size cas__fiber_start,.-cas__fiber_start\n");

#define FIBER_SP(f) ((char *)(f)->ctx)
#define ctx_switch cas__ctx_switch
#define START_FRAME 64 /* the bytes start_frame puts below the top */

/* f's first frame, at the top of its run stack: what cas__ctx_switch pops
 * (MXCSR and the x87 control word as they are now, then rbx = f, r12 =
 * fiber_begin, r13 = entry, r14 = arg, r15 = fiber_end, rbp = 0), and
 * cas__fiber_start as the return address.  The stack pointer is then the
 * top, 16-byte aligned at cas__fiber_start's calls as the ABI wants. */
static void start_frame(cas__fiber *f, run_stack *rs) {
    uint64_t *p = (uint64_t *)(void *)(rs->top - START_FRAME);
    uint32_t mxcsr;
    uint16_t fpucw;
    __asm__ volatile("stmxcsr %0" : "=m"(mxcsr));
    __asm__ volatile("fnstcw %0" : "=m"(fpucw));
    VALGRIND_MAKE_MEM_UNDEFINED(p, START_FRAME);
    p[0] = (uint64_t)mxcsr | (uint64_t)fpucw << 32;
    p[1] = (uint64_t)(uintptr_t)fiber_end;   /* r15 */
    p[2] = (uint64_t)(uintptr_t)f->arg;      /* r14 */
    p[3] = (uint64_t)(uintptr_t)entry_of(f); /* r13 */
    p[4] = (uint64_t)(uintptr_t)fiber_begin; /* r12 */
    p[5] = (uint64_t)(uintptr_t)f;           /* rbx */
    p[6] = 0;                                /* rbp: ends frame-pointer walks */
    p[7] = (uint64_t)(uintptr_t)cas__fiber_start;
    f->ctx = p;
}
#else
/* The portable switch: swapcontext.  A suspended fiber's ucontext lives in
 * its own frames (a local of ctx_switch), so the fiber record stays small
 * and the context is copied out and back with the frames. */
static ucontext_t start_uc; /* a new fiber's first context, used at once */

/* The frames to keep lie at most this far below ctx_switch's ucontext. */
#define UC_SLACK 256
#define FIBER_SP(f) ((char *)(((uintptr_t)(f)->ctx - UC_SLACK) & ~(uintptr_t)15))

static __attribute__((noinline)) void ctx_switch(void **from, void *to) {
    ucontext_t here;
    *from = &here;
    swapcontext(&here, to);
}

static void fiber_main_uc(unsigned lo, unsigned hi) {
    cas__fiber *f = (cas__fiber *)(((uintptr_t)hi << 32) | (uintptr_t)lo);
    fiber_begin(f);
    entry_of(f)(f->arg);
    fiber_end(f);
}

static void start_frame(cas__fiber *f, run_stack *rs) {
    getcontext(&start_uc);
    start_uc.uc_stack.ss_sp = rs->base;
    start_uc.uc_stack.ss_size = (size_t)(rs->top - rs->base);
    start_uc.uc_link = NULL;
    uintptr_t p = (uintptr_t)f;
    makecontext(&start_uc, (void (*)(void))fiber_main_uc, 2, (unsigned)(p & 0xffffffffu), (unsigned)(p >> 32));
    f->ctx = &start_uc;
}
#endif

/* Switches from the current context (saved in *from) to to, the run stack
 * rs (NULL: the loop's stack), telling ASan. */
static inline void go(void **from, void *to, const run_stack *rs, void **fake) {
#ifdef CAS_ASAN
    if (rs)
        __sanitizer_start_switch_fiber(fake, rs->base, (size_t)(rs->top - rs->base));
    else
        __sanitizer_start_switch_fiber(fake, loop_stack_bottom, loop_stack_size);
#else
    (void)rs;
    (void)fake;
#endif
    ctx_switch(from, to);
}

/* The suspended fiber's lowest byte to keep, once its switch has left it. */
static inline char *fiber_sp(const cas__fiber *f) { return FIBER_SP(f); }

/* ------------------------------------------------------------------ */
/* Moving frames                                                        */
/* ------------------------------------------------------------------ */

#ifdef CAS_ASAN
/* ASan's shadow of p: one byte per 2^scale bytes, read and written by
 * hand (the instrumented memcpy would check the shadow's own shadow). */
static volatile unsigned char *shadow_of(const char *p) {
    return (volatile unsigned char *)(((uintptr_t)p >> shadow_scale) + shadow_offset);
}
__attribute__((no_sanitize_address)) static void shadow_copy(volatile unsigned char *dst, volatile const unsigned char *src, size_t n) {
    for (size_t i = 0; i < n; i++) dst[i] = src[i];
}
#endif

/* The outside buffer's address, kept in the inline area. */
static char *out_of(const cas__fiber *f) {
    char *p;
    memcpy(&p, f->area, sizeof p);
    return p;
}

/* Where f's saved frames are: the outside buffer if it has one, else the
 * inline area. */
static char *frames_of(cas__fiber *f) { return f->cap ? out_of(f) : f->area; }

/* Copies the suspended o's frames off its run stack.  0, or CAS_ENOMEM
 * when no memory is left to keep them. */
static int save(cas__fiber *o) {
    run_stack *rs = &stacks[o->stack];
    char *sp = fiber_sp(o);
    size_t used = (size_t)(rs->top - sp);
    size_t need = used + SHADOW_BYTES(used);
    typical_need = need;
    if (need <= o->room) {
        /* Inline: an outside buffer from deeper frames before goes. */
        if (o->cap) {
            cas__free(out_of(o));
            held_bytes -= o->cap;
            o->cap = 0;
        }
    } else if (need > o->cap || (o->cap > 4096 && need < o->cap / 4)) {
        /* Exact size, so a sleeping task holds what it uses; a buffer much
         * too big (the task once suspended deep in a recursion) shrinks. */
        char *n = cas__realloc(o->cap ? out_of(o) : NULL, need);
        if (!n) return CAS_ENOMEM;
        held_bytes += need;
        held_bytes -= o->cap;
        memcpy(o->area, &n, sizeof n);
        o->cap = need;
    }
    char *dst = frames_of(o);
#ifdef CAS_ASAN
    shadow_copy((volatile unsigned char *)dst + used, shadow_of(sp), SHADOW_BYTES(used));
    __asan_unpoison_memory_region(sp, used);
#endif
    memcpy(dst, sp, used);
    o->used = used;
    return CAS_OK;
}

/* Puts f's saved frames back where they were. */
static void restore(cas__fiber *f) {
    run_stack *rs = &stacks[f->stack];
    char *sp = fiber_sp(f), *src = frames_of(f);
    size_t used = f->used;
    /* Frames of other tasks were popped here: memcheck holds those bytes
     * unaddressable. */
    VALGRIND_MAKE_MEM_UNDEFINED(sp, used);
#ifdef CAS_ASAN
    __asan_unpoison_memory_region(rs->base, (size_t)(rs->top - rs->base));
#endif
    memcpy(sp, src, used);
#ifdef CAS_ASAN
    shadow_copy(shadow_of(sp), (volatile unsigned char *)src + used, SHADOW_BYTES(used));
#else
    (void)rs;
#endif
}

/* Poisons what o left on its run stack (check_stacks): a pointer into a
 * suspended or finished task's frames faults under ASan and valgrind. */
static void poison_left(cas__fiber *o) {
    run_stack *rs = &stacks[o->stack];
    char *sp = fiber_sp(o);
    if (!sp || sp < rs->base || sp >= rs->top) return;
#ifdef CAS_ASAN
    __asan_poison_memory_region(sp, (size_t)(rs->top - sp));
#endif
    VALGRIND_MAKE_MEM_NOACCESS(sp, (size_t)(rs->top - sp));
}

/* With check_stacks, the fiber that has just switched away has its frames
 * moved out at once (if memory allows: this is a check, not a need) and
 * its place poisoned. */
static void settle(void) {
    if (check_stacks && leaving) {
        cas__fiber *o = leaving;
        run_stack *rs = &stacks[o->stack];
        leaving = NULL;
        if (rs->owner == o && (o->done || save(o) == CAS_OK)) {
            rs->owner = NULL;
            poison_left(o);
        }
    }
}

/* Called first thing wherever a switch lands. */
static inline void landed(void *fake) {
#ifdef CAS_ASAN
    __sanitizer_finish_switch_fiber(fake, NULL, NULL);
#else
    (void)fake;
#endif
    settle();
}

/* Frees rs for another fiber: the frames of the suspended fiber there are
 * saved.  0, or CAS_ENOMEM when they cannot be (nothing changed then). */
static int vacate(run_stack *rs) {
    cas__fiber *o = rs->owner;
    if (o && !o->done && save(o) != CAS_OK) return CAS_ENOMEM;
    rs->owner = NULL;
    return CAS_OK;
}

/* The last resort when rs must be had and its owner's frames cannot be
 * kept: that fiber is lost (its task fails with MemoryError; what its
 * frames held is never released). */
static void lose_owner(run_stack *rs) {
    cas__fiber *o = rs->owner;
    void *arg = o->arg;
    rs->owner = NULL;
    cas__fiber_destroy(o);
    cas__fiber_lost(arg);
}

/* Makes f ready to be switched to: placed on a run stack when it starts
 * (not on avoid, the stack of the fiber switching to it), and its frames
 * on that stack.  Whatever other fiber's frames were there are saved
 * first.  When memory is short, a new fiber goes to a stack that can be
 * had, and a direct switch (refuse set) is refused with CAS_ENOMEM, so
 * that the loop, with both stacks to choose from, places f.  Only when the
 * loop cannot either is a fiber lost.  0, or CAS_ENOMEM (refused). */
static int prepare(cas__fiber *f, int avoid, int refuse) {
    run_stack *rs;
    if (!f->started) {
        int s = next_stack;
        if (s == avoid) s = (s + 1) % NSTACKS;
        next_stack = (s + 1) % NSTACKS;
        int placed = 0;
        for (int k = 0; k < NSTACKS && !placed; k++) {
            int c = (s + k) % NSTACKS;
            if (c != avoid && vacate(&stacks[c]) == CAS_OK) {
                s = c;
                placed = 1;
            }
        }
        if (!placed) {
            if (refuse) return CAS_ENOMEM;
            lose_owner(&stacks[s]);
        }
        f->stack = (unsigned)s;
        rs = &stacks[s];
    } else {
        rs = &stacks[f->stack];
        if (rs->owner == f) return CAS_OK;
        if (vacate(rs) != CAS_OK) {
            if (refuse) return CAS_ENOMEM;
            lose_owner(rs);
        }
    }
    rs->owner = f;
    if (f->started) {
        restore(f);
        return CAS_OK;
    }
#ifdef CAS_ASAN
    __asan_unpoison_memory_region(rs->base, (size_t)(rs->top - rs->base));
#endif
    f->started = 1;
    start_frame(f, rs);
    return CAS_OK;
}

/* ------------------------------------------------------------------ */
/* The run stacks                                                       */
/* ------------------------------------------------------------------ */

static void unmap_stacks(void) {
    for (int i = 0; i < NSTACKS; i++) {
        run_stack *rs = &stacks[i];
        if (!rs->map) continue;
#ifdef CAS_VALGRIND
        VALGRIND_STACK_DEREGISTER(rs->vg_id);
#endif
        munmap(rs->map, (size_t)(rs->top - rs->map));
        *rs = (run_stack){0};
    }
}

static int setup(void) {
    if (stacks[0].map) return CAS_OK;
    size_t ps = page_size();
    size_t guard = (GUARD + ps - 1) / ps * ps;
    size_t size = (CAS_NATIVE_STACK + ps - 1) / ps * ps;
    for (int i = 0; i < NSTACKS; i++) {
        run_stack *rs = &stacks[i];
        char *m = mmap(NULL, guard + size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
        /* The guard region: an overflow faults instead of corrupting memory. */
        if (m == MAP_FAILED || mprotect(m, guard, PROT_NONE) != 0) {
            if (m != MAP_FAILED) munmap(m, guard + size);
            unmap_stacks();
            return CAS_ENOMEM;
        }
        rs->map = m;
        rs->base = m + guard;
        rs->top = rs->base + size;
        rs->owner = NULL;
#ifdef CAS_VALGRIND
        rs->vg_id = VALGRIND_STACK_REGISTER(rs->base, rs->top);
#endif
    }
    next_stack = 0;
    /* On under ASan and valgrind, where it catches a pointer into a
     * suspended task's stack; CAS_STACK_CHECK=0 or 1 says otherwise (the
     * sanitized tests run both ways, so both paths are checked). */
    const char *want = getenv("CAS_STACK_CHECK");
#ifdef CAS_ASAN
    __asan_get_shadow_mapping(&shadow_scale, &shadow_offset);
    check_stacks = 1;
#else
    check_stacks = RUNNING_ON_VALGRIND ? 1 : 0;
#endif
    if (want && (want[0] == '0' || want[0] == '1') && !want[1]) check_stacks = want[0] == '1';
    return CAS_OK;
}

/* ------------------------------------------------------------------ */
/* Fibers                                                               */
/* ------------------------------------------------------------------ */

static void fiber_begin(cas__fiber *f) {
    (void)f;
#ifdef CAS_ASAN
    /* Started by the loop: learn the loop's stack, to switch back to it. */
    if (from_loop)
        __sanitizer_finish_switch_fiber(NULL, &loop_stack_bottom, &loop_stack_size);
    else
        __sanitizer_finish_switch_fiber(NULL, NULL, NULL);
#endif
    settle();
}

static void fiber_end(cas__fiber *f) {
    f->done = 1;
    leaving = f;
#ifdef CAS_ASAN
    /* This stack's frames are finished: ASan keeps no fake frames for them. */
    __sanitizer_start_switch_fiber(NULL, loop_stack_bottom, loop_stack_size);
#endif
    ctx_switch(&f->ctx, loop_ctx);
    abort(); /* a finished fiber is never resumed */
}

static void watch_overflows(void);

int cas__fiber_create(cas__fiber **out, void (*entry)(void *), void *arg) {
    if (setup() != CAS_OK) return CAS_ENOMEM;
    if (!live_fibers) watch_overflows();
    /* The inline area fills the allocator's chunk for the typical frames
     * (glibc: 16-byte chunks with an 8-byte header), whatever is left
     * being wasted otherwise. */
    size_t room = ((sizeof(cas__fiber) + typical_need + 8 + 15) & ~(size_t)15) - 8 - sizeof(cas__fiber);
    if (room < ROOM_MIN) room = ROOM_MIN;
    if (room > ROOM_MAX) room = ROOM_MAX;
    cas__fiber *f = cas__malloc(sizeof *f + room);
    if (!f) return CAS_ENOMEM;
    memset(f, 0, sizeof *f);
    f->room = room;
    f->arg = arg;
    memcpy(f->area, &entry, sizeof entry);
    held_bytes += sizeof *f + room;
    live_fibers++;
    *out = f;
    return CAS_OK;
}

/* A fault in the guard region below the running fiber's stack is a stack
 * overflow: jump back to the loop, which fails the task.  Any other fault
 * is a real crash: the handler that was there before (a sanitizer's, a
 * test framework's, or the default action) is put back and the faulting
 * instruction runs again into it. */
static struct sigaction prev_segv;

static void on_segv(int sig, siginfo_t *info, void *uc) {
    (void)uc;
    cas__fiber *f = running;
    char *addr = info->si_addr;
    if (f && f->started) {
        run_stack *rs = &stacks[f->stack];
        if (addr >= rs->map && addr < rs->base) {
#ifdef CAS_ASAN
            /* Its frames are dead: ASan keeps no fake frames for them. */
            __sanitizer_start_switch_fiber(NULL, loop_stack_bottom, loop_stack_size);
#endif
            siglongjmp(overflow_jmp, 1);
        }
    }
    sigaction(sig, &prev_segv, NULL);
}

/* Installs on_segv, on an alternate stack (the faulting one has no room
 * left), unless it is there already: called when the first fiber of a run
 * is made, since whoever else handles SIGSEGV (a test framework does, per
 * test) may have replaced it between runs. */
static void watch_overflows(void) {
    struct sigaction cur;
    if (sigaction(SIGSEGV, NULL, &cur) == 0 && (cur.sa_flags & SA_SIGINFO) && cur.sa_sigaction == on_segv) return;
    prev_segv = cur;
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
    /* No signal mask is saved (a system call): the handler runs with
     * SA_NODEFER, so SIGSEGV is not left blocked after the jump. */
    if (sigsetjmp(overflow_jmp, 0)) {
        /* The running fiber overflowed: its frames are gone, and nothing
         * else was touched (the guard region stopped it). */
        cas__fiber *o = running;
        running = NULL;
        leaving = NULL;
#ifdef CAS_ASAN
        __sanitizer_finish_switch_fiber(NULL, NULL, NULL);
#endif
        o->done = 1;
        if (stacks[o->stack].owner == o) stacks[o->stack].owner = NULL;
        return CAS_ESTACK;
    }
    prepare(f, -1, 0);
    void *fake = NULL;
    running = f;
    leaving = NULL;
#ifdef CAS_ASAN
    from_loop = 1;
#endif
    go(&loop_ctx, f->ctx, &stacks[f->stack], &fake);
    landed(fake);
    running = NULL;
    return CAS_OK;
}

/* A direct switch with the work around it: ASan's annotations, and the
 * check of suspended stacks (settle). */
static __attribute__((noinline)) int switch_to(cas__fiber *from, cas__fiber *to) {
    void *fake = NULL;
    running = to;
    leaving = from;
#ifdef CAS_ASAN
    from_loop = 0;
#endif
    go(&from->ctx, to->ctx, &stacks[to->stack], &fake);
    landed(fake);
    return CAS_OK;
}

/* The end of a direct switch: straight into the assembly as a tail call
 * when nothing else is to be done around it, so that no frame of the
 * platform's stays on the suspended task's stack (16 bytes less to save
 * per sleeping task); else through switch_to. */
#if defined(CAS_SWITCH_ASM) && !defined(CAS_ASAN)
#define SWITCH_TAIL(from, to)                                                                                          \
    do {                                                                                                               \
        if (!check_stacks) {                                                                                           \
            running = (to);                                                                                            \
            return cas__ctx_switch(&(from)->ctx, (to)->ctx);                                                           \
        }                                                                                                              \
        return switch_to((from), (to));                                                                                \
    } while (0)
#else
#define SWITCH_TAIL(from, to) return switch_to((from), (to))
#endif

/* cas__fiber_switch when to's frames are not on its stack yet. */
static __attribute__((noinline)) int switch_slow(cas__fiber *from, cas__fiber *to) {
    if (to->started && to->stack == from->stack) return CAS__NO_SWITCH;
    if (prepare(to, (int)from->stack, 1) != CAS_OK) return CAS__NO_SWITCH;
    SWITCH_TAIL(from, to);
}

int cas__fiber_switch(cas__fiber *from, cas__fiber *to) {
    /* to's frames on its stack means another stack than from's (from's
     * frames are on that one). */
    if (__builtin_expect(!to->started || stacks[to->stack].owner != to, 0)) return switch_slow(from, to);
    SWITCH_TAIL(from, to);
}

void cas__fiber_yield(cas__fiber *f) {
    void *fake = NULL;
    leaving = f;
    go(&f->ctx, loop_ctx, NULL, &fake);
    landed(fake);
}

void cas__fiber_destroy(cas__fiber *f) {
    if (!f) return;
    if (f->started && stacks[f->stack].owner == f) stacks[f->stack].owner = NULL;
    if (leaving == f) leaving = NULL;
    if (f->cap) cas__free(out_of(f));
    held_bytes -= sizeof *f + f->room + f->cap;
    live_fibers--;
    cas__free(f);
}

size_t cas__fiber_stack_bytes(void) {
    size_t mapped = 0;
    for (int i = 0; i < NSTACKS; i++)
        if (stacks[i].map) mapped += (size_t)(stacks[i].top - stacks[i].map);
    return mapped + held_bytes;
}

void cas__fiber_trim(void) {
    if (live_fibers) return;
    unmap_stacks();
}

/* ------------------------------------------------------------------ */
/* Clock and host                                                       */
/* ------------------------------------------------------------------ */

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
