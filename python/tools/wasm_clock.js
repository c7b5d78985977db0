/*
 * wasm_clock.js -- the clock of the interpreter's wasm module (an Emscripten
 * JS library, linked by python.mk's PYWASM_FLAGS): emscripten_get_now, the
 * milliseconds that the runtime's real clock (cas__clock_real) and the
 * evaluator's host turns (wasm_entry.c's tick) read.
 *
 * Emscripten's own, built for the web, is performance.now().  In Node the
 * global `performance` is made on its first use, which loads perf_hooks:
 * about 4 M instructions (0.4 ms) before a program's first line, as much as
 * the rest of the interpreter's start-up in wasm.  process.hrtime is there
 * from Node's start, and is what Node's performance.now() reads; the origin
 * differs, which nothing sees (every use subtracts two readings).  Elsewhere
 * (a page) it is performance.now(), as before.
 */
mergeInto(LibraryManager.library, {
  emscripten_get_now: ';' +
    "if (typeof process == 'object' && process && typeof process.hrtime == 'function') {\n" +
    '  _emscripten_get_now = () => { var t = process.hrtime(); return t[0] * 1e3 + t[1] / 1e6; };\n' +
    '} else {\n' +
    '  _emscripten_get_now = () => performance.now();\n' +
    '}',
});
