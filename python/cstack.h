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
 * Natively the run stacks have guard pages, and this says 0.
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
#else
static inline int py__stack_low(void) { return 0; }
#endif

#endif
