/*
 * wasm_python.c -- the entry of the Python interpreter's wasm module
 * (build/wasm/casyncio-python.mjs): what web/casyncio.js calls for
 * run({ python: source, filename }).  The program's stdout and stderr go to
 * Module.casHost.write(fd, text), the runtime's events to
 * Module.casHost.event(json), and the exit status to
 * Module.casHost.exit(status) before the run's end event.
 */
#include <emscripten.h>
#include <stdlib.h>
#include <string.h>

#include "casyncio.h"
#include "py.h"

extern py_obj *py__environ;
extern int py__virtual_clock;
void py__init(void);

EM_JS(void, py_js_event, (const char *json, size_t len), {
    if (Module.casHost && Module.casHost.event) Module.casHost.event(UTF8ToString(json, len));
});
EM_JS(void, py_js_write, (int fd, const char *s, size_t len), {
    if (Module.casHost && Module.casHost.write) Module.casHost.write(fd, UTF8ToString(s, len));
});
EM_JS(void, py_js_exit, (int status), {
    if (Module.casHost && Module.casHost.exit) Module.casHost.exit(status);
});

static void on_event(const char *json, size_t len, void *ud) {
    (void)ud;
    py_js_event(json, len);
}

/* The interpreter's output hook in wasm (run.c calls it for fd 1 and 2). */
void py__wasm_write(int fd, const char *s, size_t n) { py_js_write(fd, s, n); }
void py__wasm_exit(int status) { py_js_exit(status); }

/* Runs one program.  clock: 0 real, 1 virtual; seed: a decimal string or
 * NULL; stdin_text: what input() reads (borrowed for the run).  Returns
 * the exit status. */
EMSCRIPTEN_KEEPALIVE int cas_py_wasm_run(const char *src, const char *filename, int clock, const char *seed,
                                         const char *stdin_text) {
    py__interp.stdin_text = stdin_text;
    py__interp.stdin_len = stdin_text ? strlen(stdin_text) : 0;
    py__interp.stdin_pos = 0;
    cas_set_clock(clock ? CAS_CLOCK_VIRTUAL : CAS_CLOCK_REAL);
    py__virtual_clock = clock != 0;
    py__init();
    py__interp.argv0 = filename;
    if (!py__environ) py__environ = py_dict_new();
    if (seed && *seed) {
        py_obj *v = py_str_c(seed);
        py_dict_set_s(py__environ, "CASYNCIO_SEED", v);
        py_decref(v);
        cas_seed(strtoull(seed, NULL, 10));
    }
    cas_set_event_handler(on_event, NULL, CAS_EV_ALL & ~CAS_EV_PRINT);
    return py_run_program(src, strlen(src), filename);
}

EMSCRIPTEN_KEEPALIVE void cas_py_wasm_stop(double grace_seconds) { cas_request_stop(grace_seconds); }
