/*
 * wasm_entry.c -- what the JS API (web/casyncio.js) calls in the lessons'
 * wasm module: run a lesson, stop it, list the lessons.  Events go to the
 * platform's host hook, the one place that talks to JS.
 */
#include "lessons.h"
#include "platform.h"

#include <emscripten.h>

/* Runs one lesson with its options (JSON text of len bytes, in the heap:
 * the JS API copies them there, never onto the C stack, and copies only a
 * prefix of text too long to be accepted anyway, which cas_lessons_run
 * refuses by its length before reading it).  Streams events to
 * Module.casHost.event.  Returns the run's status (CAS_RUN_*). */
EMSCRIPTEN_KEEPALIVE int cas_wasm_run(const char *options, size_t len) {
    return cas_lessons_run(options, options ? len : 0, cas__host_event, NULL);
}

/* The Stop button: see cas_request_stop. */
EMSCRIPTEN_KEEPALIVE void cas_wasm_stop(double grace_seconds) { cas_request_stop(grace_seconds); }

/* The lessons' ids, titles and sections, as JSON text (static). */
EMSCRIPTEN_KEEPALIVE const char *cas_wasm_lessons(void) { return cas_lessons_json(); }
