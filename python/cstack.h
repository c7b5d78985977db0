/*
 * cstack.h -- how much C stack is left, where C recurses (wasm).
 *
 * In wasm nothing stops a C function at the end of its stack: a recursion
 * running past it would write over the memory below (the heap block before
 * a task's run stack, or the static data below the main stack).
 * python.wasm is built without Emscripten's check of every move of the
 * stack pointer (-sSTACK_OVERFLOW_CHECK=2: 3.5 KB gzip and 9% of the run
 * time); instead every recursion in C passes a function that asks
 * py__stack_low() before it goes deeper, and fails (RecursionError, or the
 * front end's "maximum recursion depth exceeded during compilation") when
 * less than PY_STACK_MARGIN bytes are left: the calls, iterations and
 * dunder slots of the evaluator and objects (py_call, py_next, py_repr,
 * py_richcmp, call_special_safe...), the parser's nesting, the checker's
 * and the compiler's walks of the tree.  PY_STACK_MARGIN is more than any
 * chain of calls between two such questions uses: python/tools/wasm_stack.py
 * (`make pywasm-stack`) computes that chain from the sources' call graph
 * and the module's frames, and fails when a cycle of calls asks nowhere.
 * Natively only a task's stack is small, and only where C calls Python
 * again does it ask (py__stack_low_py(), below).
 */
#ifndef PY_CSTACK_H
#define PY_CSTACK_H

#ifdef __EMSCRIPTEN__
#include <emscripten/stack.h>
/* bytes: must stay above wasm_stack.py's bound (it checks) */
#ifndef PY_STACK_MARGIN
#define PY_STACK_MARGIN (24 * 1024)
#endif
/* The limit is the running fiber's: Emscripten sets it at every switch. */
static inline int py__stack_low(void) { return emscripten_stack_get_free() < PY_STACK_MARGIN; }
#define py__stack_low_py() py__stack_low()
#elif defined(PY_TS_STACK_FLOOR)
/* Natively the program's own stack (8 MiB) holds more than the recursion
 * limits allow, and a recursion in C alone (iterators of iterators) ends
 * there as CPython's does (py__stack_low() says 0).  But a task's run
 * stack is 256 KiB (the runtime's CAS_NATIVE_STACK), which C calling
 * Python again (a key's __eq__ looking up a dict again: some 800 bytes a
 * level) fills before the evaluator's count of such levels (400) stops
 * it; past it is a guard page, and the process ends.  So where C enters
 * Python again (eval.c: a function's call, a generator's resumption, a
 * class body), py__stack_low_py() asks where the running task's stack
 * ends: its py_ts's stack_floor (NULL outside a task), set where the task
 * starts (asyncio.c's task_body), PY_TASK_STACK less PY_STACK_MARGIN below
 * its frame.  (Asked in py_call and py_next as well it cost 2.4% more
 * instructions.) */
#ifndef PY_TASK_STACK
#define PY_TASK_STACK (256 * 1024)
#endif
#ifndef PY_STACK_MARGIN
#ifdef __SANITIZE_ADDRESS__
#define PY_STACK_MARGIN (96 * 1024) /* ASan's frames are several times bigger */
#else
#define PY_STACK_MARGIN (32 * 1024)
#endif
#endif
#if defined(__x86_64__) && defined(__GNUC__)
/* the stack pointer itself (__builtin_frame_address(0) would make the
 * function that asks keep a frame pointer) */
#define py__sp() __extension__({ char *sp_; __asm__("mov %%rsp, %0" : "=r"(sp_)); sp_; })
#else
#define py__sp() ((char *)__builtin_frame_address(0))
#endif
#define py__stack_low() 0
#define py__stack_low_py() (py__sp() < PY_TS_STACK_FLOOR) /* (py__ts is declared later) */
#else
static inline int py__stack_low(void) { return 0; } /* the front end alone: the program's stack */
#endif

#endif
