/*
 * casyncio-python.c -- runs a Python program on casyncio, natively:
 *
 *   casyncio-python [--clock real|virtual] [--seed N] [--ndjson [--lines]] program.py | -
 *
 * prints what `python3 program.py` prints and exits with its status (0,
 * 1 on an uncaught exception or a SyntaxError, 2 on a usage error).  With
 * --ndjson, stdout carries the runtime's event stream instead (print
 * events with the task's name); stderr stays the program's stderr.
 * --lines adds the program's line events to it (docs/events.md).
 */
#include <errno.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "casyncio.h"
#include "py.h"

extern int py__lines; /* run.c: report the program's lines */

extern char **environ;
extern py_obj *py__environ;
py_obj *py__str_from_stream(const char *s, size_t n); /* str.c */
extern int py__virtual_clock;
extern volatile int py__interrupt;
extern volatile int py__sigint;
void py__init(void);
void py__random_seed(uint64_t n);

static void usage(void) {
    fprintf(stderr, "usage: casyncio-python [--clock real|virtual] [--seed N] [--ndjson [--lines]] program.py | - [arg ...]\n");
}

static void print_event(const char *json, size_t len, void *ud) {
    (void)ud;
    fwrite(json, 1, len, stdout);
    fputc('\n', stdout);
    fflush(stdout);
}

static void on_sigint(int sig) {
    (void)sig;
    py__interrupt = 1;
    py__sigint = 1;
    cas_request_stop(0.25);
}

static char *read_all(FILE *f, size_t *len) {
    size_t cap = 65536, n = 0;
    char *buf = malloc(cap);
    if (!buf) return NULL;
    for (;;) {
        if (n == cap) {
            cap *= 2;
            char *nb = realloc(buf, cap);
            if (!nb) { free(buf); return NULL; }
            buf = nb;
        }
        size_t r = fread(buf + n, 1, cap - n, f);
        n += r;
        if (r == 0) break;
    }
    *len = n;
    return buf;
}

int main(int argc, char **argv) {
    const char *path = NULL, *seed = NULL;
    int ndjson = 0, clock = CAS_CLOCK_REAL;
    /* After the program, what is not one of these options is the
     * program's (sys.argv[1:]), and so is all after "--". */
    char **args = calloc((size_t)argc + 1, sizeof *args);
    int nargs = 0, rest = 0;
    if (!args) return 1;
    py__interp.argv = (const char *const *)args; /* reachable at every exit */
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (rest) args[nargs++] = argv[i];
        else if (path && !strcmp(a, "--")) rest = 1;
        else if (!strcmp(a, "--clock") && i + 1 < argc) {
            const char *c = argv[++i];
            if (!strcmp(c, "virtual")) clock = CAS_CLOCK_VIRTUAL;
            else if (!strcmp(c, "real")) clock = CAS_CLOCK_REAL;
            else { fprintf(stderr, "casyncio-python: --clock takes real or virtual, not '%s'\n", c); usage(); return 2; }
        } else if (!strcmp(a, "--seed") && i + 1 < argc) {
            seed = argv[++i];
            char *end;
            errno = 0;
            strtoull(seed, &end, 10);
            if (!*seed || *end || errno) { fprintf(stderr, "casyncio-python: --seed takes a non-negative integer, not '%s'\n", seed); return 2; }
        } else if (!strcmp(a, "--ndjson")) ndjson = 1;
        else if (!strcmp(a, "--lines")) py__lines = 1;
        else if (!path && (!strcmp(a, "-h") || !strcmp(a, "--help"))) { usage(); return 0; }
        else if (!path && a[0] == '-' && a[1]) { fprintf(stderr, "casyncio-python: unknown option '%s'\n", a); usage(); return 2; }
        else if (!path) args[nargs++] = (char *)(path = a);
        else args[nargs++] = argv[i];
    }
    if (!path) { usage(); return 2; }
    size_t len;
    char *src;
    char fname[PATH_MAX + 16];
    static char cwd[PATH_MAX];
    if (getcwd(cwd, sizeof cwd)) py__cwd = cwd;
    if (!strcmp(path, "-")) {
        src = read_all(stdin, &len);
        snprintf(fname, sizeof fname, "<stdin>");
    } else {
        FILE *f = fopen(path, "rb");
        if (!f) {
            fprintf(stderr, "%s: can't open file '%s': [Errno %d] %s\n", argv[0], path, errno, strerror(errno));
            return 2;
        }
        src = read_all(f, &len);
        fclose(f);
        if (path[0] == '/') snprintf(fname, sizeof fname, "%s", path);
        else snprintf(fname, sizeof fname, "%s/%s", strcmp(py__cwd, "/") ? py__cwd : "", path);
    }
    if (!src) { fprintf(stderr, "casyncio-python: out of memory\n"); return 1; }
    cas_set_clock(clock);
    py__virtual_clock = clock == CAS_CLOCK_VIRTUAL;
    py__init();
    py__interp.argc = nargs;
    py__interp.ndjson = ndjson;
    py__environ = py_dict_new();
    for (char **e = environ; *e; e++) {
        const char *eq = strchr(*e, '=');
        if (!eq) continue;
        /* bytes that are not UTF-8 as CPython's os.environ has them (surrogateescape) */
        py_obj *k = py__str_from_stream(*e, (size_t)(eq - *e)), *v = py__str_from_stream(eq + 1, strlen(eq + 1));
        if (k && v) py_dict_set(py__environ, k, v);
        py_xdecref(k);
        py_xdecref(v);
    }
    if (seed) {
        py_obj *v = py_str_c(seed);
        py_dict_set_s(py__environ, "CASYNCIO_SEED", v);
        py_decref(v);
        cas_seed(strtoull(seed, NULL, 10));
        py__random_seed(strtoull(seed, NULL, 10)); /* random.seed(N), as the wasm CLI */
    }
    if (ndjson) cas_set_event_handler(print_event, NULL, CAS_EV_ALL);
    signal(SIGINT, on_sigint);
    int status = py_run_program(src, len, fname);
    free(src);
    free(args);
    fflush(stdout);
    if (py__unhandled_ki) { /* as python3: the shell sees the signal, and its status is 130 */
        signal(SIGINT, SIG_DFL);
        raise(SIGINT);
    }
    return status;
}
