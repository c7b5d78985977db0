/*
 * wasm_entry.c -- what the JS API (web/casyncio.js, runPython) calls in the
 * interpreter's wasm module (build/wasm/python.mjs + .wasm): run a Python
 * program, stop it.  The lessons' module has its own entry
 * (tutorials/wasm_entry.c); this one links the interpreter instead.
 *
 * Everything the program shows goes to the host as events, in the order
 * it happens among the scheduler's own events:
 *   - the runtime's events (task_created, timer_set, ...) as they come;
 *   - stdout, a line at a time, through cas_print: a "print" event with
 *     the running task's name, as a lesson's print;
 *   - stderr, and a stdout line that has not ended when it must be shown
 *     (at exit, before input() reads, before stderr text), through
 *     Module.casHost.output: the JS side makes them "print" events with a
 *     "stream" field ("stderr") and "end": "" for text that ends no line
 *     (docs/events.md).  The JS side numbers every event (seq) in the
 *     order it receives them.
 * input() asks Module.casHost.readLine() for a line (a string, or null at
 * the end of input).  A program that computes without awaiting (`while
 * True: pass`) gives the host a turn every 20 ms or so (the evaluator's
 * tick hook), so that a stop can reach it: py_wasm_stop raises
 * KeyboardInterrupt there, as Ctrl-C does in CPython, and asks the loop to
 * cancel its tasks.
 *
 * The library's modules written in Python (modules.c, "The library's
 * modules") are not in the module: Module.casHost.libSource(name) gives
 * a module's text (a string), or { error } (a reason), or null while it is
 * still being fetched, and libWait(name) a promise that settles when the
 * text or its failure is at hand, or the run is stopped.
 */
#include <emscripten.h>
#include <emscripten/emmalloc.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "casyncio.h"
#include "py.h"

extern py_obj *py__environ;
extern int py__virtual_clock;
extern volatile int py__interrupt;
extern void (*py__write_fn)(int fd, const char *s, size_t n);
extern py_obj *(*py__read_line_fn)(void);
extern int py__read_line_nl;
extern void (*py__tick_fn)(void);
extern unsigned py__ticks;
void py__init(void);
void py__random_seed(uint64_t n);

/* ---- host functions --------------------------------------------------------- */

EM_JS(void, py_js_event, (const char *json, size_t len), {
    if (Module.casHost) Module.casHost.event(UTF8ToString(json, len));
});

EM_JS(void, py_js_output, (int stream, const char *text, size_t len, int ends_line, const char *task, double t), {
    if (Module.casHost)
        Module.casHost.output(stream, UTF8ToString(text, len), ends_line, task ? UTF8ToString(task) : null, t);
});

/* A line of input as malloc'ed UTF-8 (with its newline, if it has one), or 0 at EOF. */
EM_JS(char *, py_js_read_line, (void), {
    var line = Module.casHost && Module.casHost.readLine ? Module.casHost.readLine() : null;
    if (line === null || line === undefined) return 0;
    var n = lengthBytesUTF8(line) + 1;
    var p = _malloc(n);
    if (p) stringToUTF8(line, p, n);
    return p;
});

/* The exit status, told to the host: the export's own return value can be
 * lost when the instance last resumed inside a task (py_js_turn), where
 * Asyncify hands the host the return of the fiber's entry instead. */
EM_JS(void, py_js_exit, (int status), {
    if (Module.casHost && Module.casHost.exit) Module.casHost.exit(status);
});

/* One turn of the host's event loop (a stop can be requested there).  As
 * wasm.c's waits: a trap when the instance resumes goes to casHost.trap. */
EM_ASYNC_JS(void, py_js_turn, (void), {
    await (Module.casHost && Module.casHost.turn ? Module.casHost.turn() : new Promise((r) => setTimeout(r, 0)));
});

/* A library module's text as malloc'ed UTF-8; or 0, with *error a malloc'ed
 * reason when it cannot be had (0 when it is still being fetched). */
EM_JS(char *, py_js_lib_source, (const char *name, char **error), {
    var got = Module.casHost && Module.casHost.libSource ? Module.casHost.libSource(UTF8ToString(name))
                                                           : { error: "the host gives no library modules" };
    if (got === null || got === undefined) return 0;
    var text = typeof got === "string" ? got : String(got.error);
    var n = lengthBytesUTF8(text) + 1;
    var p = _malloc(n);
    if (p) stringToUTF8(text, p, n);
    if (typeof got === "string") return p;
    HEAPU32[error >> 2] = p;
    return 0;
});

/* The whole instance waits (a task's fiber included) until the text of a
 * library module, or its failure, is at hand, or the run is stopped. */
EM_ASYNC_JS(void, py_js_lib_wait, (const char *name), {
    await Module.casHost.libWait(UTF8ToString(name));
});
EM_JS(int, py_js_lib_ready, (const char *name), {
    return !Module.casHost || !Module.casHost.libWait || Module.casHost.libSource(UTF8ToString(name)) !== null ? 1 : 0;
});

/* os.cpu_count() for ThreadPoolExecutor's default max_workers (asyncio.c):
 * the browser's navigator.hardwareConcurrency, Node's os.cpus() */
EM_JS(int, py_js_cpu_count, (void), {
    if (typeof navigator !== "undefined" && navigator.hardwareConcurrency > 0) return navigator.hardwareConcurrency;
    var os = typeof process !== "undefined" && process.getBuiltinModule ? process.getBuiltinModule("node:os") : null;
    return os && os.cpus().length > 0 ? os.cpus().length : 1;
});
extern int (*py__cpu_count_fn)(void);

/* open()'s question (builtins.c): 0 when path names a readable file, else
 * its errno (2 ENOENT, 20 ENOTDIR, 21 EISDIR, 13 EACCES): the host's
 * answer (web/casyncio-python.js: Node's file system under the run's cwd;
 * no files without one, or in a browser) */
EM_JS(int, py_js_file_stat, (const char *path), {
    return Module.casHost && Module.casHost.fileStat ? Module.casHost.fileStat(UTF8ToString(path)) : 2;
});
extern int (*py__file_stat_fn)(const char *path);

/* ---- output ----------------------------------------------------------------- */

static double t0 = -1;    /* cas_time() when the current event stream opened */
static py_buf pending[3]; /* text of each stream (1, 2) since its last newline */

static double stream_time(void) {
    if (t0 < 0) return 0;
    double t = (cas_time() - t0) * 1000.0;
    return (double)(int64_t)(t * 1000.0 + 0.5) / 1000.0;
}

/* Lines sent since the host's last turn: past TURN_LINES, the evaluator's
 * next backward jump gives the host its turn (tick), where a reader that
 * is far behind (web/casyncio.js's Channel) makes a program that prints
 * without end wait, as a slow terminal makes python3 wait. */
#define TURN_LINES 2000
static unsigned lines_sent;

static void emit(int stream, const char *s, size_t n, int ends_line) {
    if (++lines_sent >= TURN_LINES) py__ticks |= 0xffff;
    if (stream == 1 && ends_line) {
        /* A whole stdout line: a lesson's print event.  The runtime reads
         * the text as a C string, so a NUL would cut it: they go as the
         * host's events instead. */
        if (!memchr(s, 0, n) && cas_print("%.*s", (int)n, s) == 0) return;
    }
    cas_task *task = cas_current_task();
    py_js_output(stream, s, n, ends_line, task ? cas_task_name(task) : NULL, stream_time());
}

static void flush_stream(int stream) {
    py_buf *b = &pending[stream];
    if (!b->len) return;
    emit(stream, b->data, b->len, 0);
    b->len = 0;
}

static void write_fn(int fd, const char *s, size_t n) {
    int stream = fd == 2 ? 2 : 1;
    if (stream == 2) flush_stream(1); /* what was printed first shows first */
    py_buf *b = &pending[stream];
    while (n) {
        const char *nl = memchr(s, '\n', n);
        if (!nl) {
            for (size_t i = 0; i < n; i++) py_buf_putc(b, s[i]);
            break;
        }
        size_t k = (size_t)(nl - s);
        if (b->len) {
            for (size_t i = 0; i < k; i++) py_buf_putc(b, s[i]);
            emit(stream, b->data, b->len, 1);
            b->len = 0;
        } else {
            emit(stream, s, k, 1);
        }
        s += k + 1;
        n -= k + 1;
    }
    if (stream == 2) flush_stream(2); /* CPython's stderr is written at once */
}

static py_obj *read_line_fn(void) {
    flush_stream(1); /* input()'s prompt */
    char *line = py_js_read_line();
    if (!line) return NULL;
    size_t n = strlen(line);
    /* the host keeps the line's '\n': a last line without one has none */
    py__read_line_nl = n && line[n - 1] == '\n';
    py_obj *r = py_str_new(line, n - py__read_line_nl);
    free(line);
    return r;
}

/* ---- the runtime's events ------------------------------------------------------- */

static void on_event(const char *json, size_t len, void *ud) {
    (void)ud;
    /* cJSON writes v, seq, t and type first: seq 1 opens a stream. */
    static const char first[] = "{\"v\":1,\"seq\":1,";
    if (len > sizeof first - 1 && !memcmp(json, first, sizeof first - 1)) {
        /* the stream opened t ms before this first event */
        const char *t = strstr(json, "\"t\":");
        t0 = cas_time() - (t ? strtod(t + 4, NULL) / 1000.0 : 0);
    }
    py_js_event(json, len);
}

/* ---- giving the host a turn ------------------------------------------------------ */

static double last_turn;

static void tick(void) {
    double now = emscripten_get_now();
    if (now - last_turn < 20 && lines_sent < TURN_LINES) return;
    lines_sent = 0;
    py_js_turn();
    last_turn = emscripten_get_now();
}

/* ---- the library's modules -------------------------------------------------- */

static char *lib_source(const char *name, char **error) { return py_js_lib_source(name, error); }

/* Called before an import statement, where a task may suspend (PY_SUSPEND). */
static void lib_wait(const char *name) {
    if (py_js_lib_ready(name)) return;
    py_out_flush(); /* what the program printed shows while it waits, as at time.sleep */
    py_js_lib_wait(name);
    last_turn = emscripten_get_now();
}

/* ---- the exports ---------------------------------------------------------------- */

static void set_env(const char *name, const char *value) {
    py_obj *v = py_str_c(value);
    if (v) py_dict_set_s(py__environ, name, v);
    py_xdecref(v);
}

/* Sets the __name__ the next py_wasm_run gives the program (a copy is
 * kept; the default is "__main__").  Call before py_wasm_run. */
EMSCRIPTEN_KEEPALIVE void py_wasm_set_name(const char *name) {
    static char copy[128];
    snprintf(copy, sizeof copy, "%s", name);
    py__main_name = copy;
}

/* os.getcwd() for the run that follows (a copy is kept; the default is "/"). */
EMSCRIPTEN_KEEPALIVE void py_wasm_set_cwd(const char *cwd) {
    static char copy[4096];
    snprintf(copy, sizeof copy, "%s", cwd);
    py__cwd = copy;
}

/* sys.argv for the run that follows: argc strings one after another,
 * each ended by a NUL, in the heap (the caller's, kept for the run);
 * without it sys.argv is [filename]. */
static const char *run_argv[256];
static int run_argc;
EMSCRIPTEN_KEEPALIVE void py_wasm_set_argv(const char *packed, int argc) {
    run_argc = argc < 0 ? 0 : argc > 256 ? 256 : argc;
    for (int i = 0; i < run_argc; i++) {
        run_argv[i] = packed;
        packed += strlen(packed) + 1;
    }
}

/*
 * Runs one program: src (len bytes of UTF-8, in the heap), shown in
 * tracebacks as filename.  clock: CAS_CLOCK_REAL or CAS_CLOCK_VIRTUAL.
 * seed >= 0: random.seed(seed) before the program runs, and
 * os.environ['CASYNCIO_SEED'] (the lessons' programs read it).  Returns the
 * exit status `python3 program.py` would give: 0, 1 (an uncaught
 * exception or a SyntaxError), SystemExit's code, or 130 (stopped: a
 * KeyboardInterrupt nobody caught).  events: the runtime's event classes
 * to send (cas_set_event_handler's mask; the JS API's events: 'output'
 * asks for prints, errors and the end only, which a run that switches
 * tasks often spends most of its time making and parsing otherwise).
 * With PY_WASM_TEXT (1 << 30) in events, src is text (a string given to
 * the JS API: the page's editor), whose coding line is not read, as
 * CPython's compile() of a str reads none; without it, a file's bytes,
 * decoded as python3 decodes a file (PEP 263).  Each instance runs one
 * program.
 */
EMSCRIPTEN_KEEPALIVE int py_wasm_run(const char *src, size_t len, const char *filename, int clock, double seed,
                                     unsigned events) {
    static int ran;
    if (ran) return 2;
    ran = 1;
    cas_set_clock(clock);
    py__virtual_clock = clock == CAS_CLOCK_VIRTUAL;
    py__init();
    if (!run_argc) run_argv[run_argc++] = filename;
    py__interp.argv = run_argv;
    py__interp.argc = run_argc;
    py__environ = py_dict_new();
    set_env("PATH", "/usr/bin:/bin");
    if (seed >= 0) {
        char text[32];
        uint64_t n = (uint64_t)seed;
        int i = (int)sizeof text - 1;
        text[i] = 0;
        do text[--i] = (char)('0' + n % 10); while ((n /= 10) && i > 0);
        set_env("CASYNCIO_SEED", text + i);
        cas_seed((uint64_t)seed);
        py__random_seed((uint64_t)seed); /* random.seed(N), as a lesson's seed */
    }
    py__write_fn = write_fn;
    py__read_line_fn = read_line_fn;
    py__tick_fn = tick;
    py__cpu_count_fn = py_js_cpu_count;
    py__file_stat_fn = py_js_file_stat;
    py__lib_source_fn = lib_source;
    py__lib_wait_fn = lib_wait;
    last_turn = emscripten_get_now();
    py__source_text = (events >> 30) & 1;
    cas_set_event_handler(on_event, NULL, events & CAS_EV_ALL);
    int status = py_run_program(src, len, filename);
    flush_stream(1);
    flush_stream(2);
    py_js_exit(status);
    return status;
}

/* Line events for stepping (docs/events.md): on (1) or off (0, the
 * default) for the run that follows; called before py_wasm_run. */
extern int py__lines;
EMSCRIPTEN_KEEPALIVE void py_wasm_lines(int on) { py__lines = !!on; }

/* Bytes of the heap in use (allocated, not free), or with stacks 1 the
 * part of it that holds tasks' stacks (cas_get_stats): what the bench
 * reads at a program's "peak" to measure memory per sleeping task. */
EMSCRIPTEN_KEEPALIVE size_t py_wasm_heap_used(int stacks) {
    if (stacks) {
        cas_stats st;
        cas_get_stats(&st);
        return st.stack_bytes;
    }
    return emmalloc_dynamic_heap_size() - emmalloc_free_dynamic_memory();
}

/* A stop (the abort signal, Ctrl-C): KeyboardInterrupt in a computation
 * that does not await, CancelledError at every await; after grace_seconds
 * the loop drops what is left (cas_request_stop). */
extern volatile int py__sigint;
EMSCRIPTEN_KEEPALIVE void py_wasm_stop(double grace_seconds) {
    py__interrupt = 1;
    py__sigint = 1; /* as the native CLI's Ctrl-C: asyncio.run raises KeyboardInterrupt for a cancelled main */
    cas_request_stop(grace_seconds);
}
