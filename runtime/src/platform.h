/*
 * platform.h -- the only things the core asks of a platform: stackful
 * fibers, a monotonic clock, and a way to let the host run.
 *
 * One backend file implements it per platform, chosen by the Makefile:
 *   runtime/platform/native.c  fibers on two shared, guard-paged run stacks
 *                              whose used part is saved per task (as in
 *                              wasm), an assembly switch on x86_64;
 *                              nanosleep for host waits;
 *   runtime/platform/wasm.c    Emscripten fibers on Asyncify, with one
 *                              shared run stack whose used part is saved
 *                              per task; waits are JS promises.
 * The core never includes a platform header.
 */
#ifndef CAS_PLATFORM_H
#define CAS_PLATFORM_H

#include <stddef.h>

typedef struct cas__fiber cas__fiber;

/* Makes a fiber that will run entry(arg) when first resumed.  0 or
 * CAS_ENOMEM.  Does not run anything. */
int cas__fiber_create(cas__fiber **out, void (*entry)(void *), void *arg);

/* From the loop: runs f until a fiber yields back to the loop: f, or one f
 * switched to (the core knows which).  Returns 0, or CAS_ESTACK if that
 * fiber overflowed its stack: it is then dead (never resume it; destroy
 * it) and nothing outside its stack was touched. */
int cas__fiber_resume(cas__fiber *f);

/* From inside from: runs to (started or not) directly, without passing
 * through the loop.  Returns 0 once from has been resumed again, or at
 * once CAS__NO_SWITCH when this platform cannot switch between these two
 * directly (then from yields and the loop resumes to). */
#define CAS__NO_SWITCH 1
int cas__fiber_switch(cas__fiber *from, cas__fiber *to);

/* From inside f: back to the loop's cas__fiber_resume.  When f's entry
 * function has returned, the backend switches back by itself. */
void cas__fiber_yield(cas__fiber *f);

/* Implemented by the core, called by a backend from cas__fiber_resume when
 * it could not keep the frames of another, suspended fiber (out of memory):
 * arg is that fiber's entry argument.  The fiber is already freed. */
void cas__fiber_lost(void *arg);

/* Frees f, finished or not (a hard stop drops a suspended fiber; its
 * frames are never unwound). */
void cas__fiber_destroy(cas__fiber *f);

/* Bytes held for stacks now (in use, saved and pooled), and freeing the
 * pool. */
size_t cas__fiber_stack_bytes(void);
void cas__fiber_trim(void);

/* Monotonic real time in seconds. */
double cas__clock_real(void);

/* Lets the host run until real time `until` (seconds on cas__clock_real),
 * or until the host wakes the loop early (a stop request).  In a browser
 * this is a timer in the JS event loop; natively, a sleep. */
void cas__host_wait(double until);

/* Gives the host one turn of its event loop (the page paints, input is
 * handled) and returns at once after it. */
void cas__host_turn(void);

/* Does the host need turns (1 in a browser or Node, 0 natively)? */
int cas__host_needs_turns(void);

/* Under the virtual clock, the loop is about to jump ms of virtual time.
 * A host that paces virtual runs (a page showing them at a chosen speed,
 * or one wait per Step click) waits here as it likes; others return at
 * once.  A stop request ends the wait. */
void cas__host_pace(double ms);

#ifdef __EMSCRIPTEN__
/* Hands one event to the JS host (Module.casHost.event); a cas_event_fn. */
void cas__host_event(const char *json, size_t len, void *ud);
#endif

#endif /* CAS_PLATFORM_H */
