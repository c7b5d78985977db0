/*
 * run_native.c -- runs one lesson natively and prints its event stream as
 * NDJSON, one line per event: the native half of the golden-file check
 * (the wasm half is the JS API).  Usage: casyncio-run '<options JSON>'
 */
#include "lessons.h"

#include <signal.h>
#include <stdio.h>
#include <string.h>

static void print_event(const char *json, size_t len, void *ud) {
    (void)ud;
    fwrite(json, 1, len, stdout);
    fputc('\n', stdout);
    fflush(stdout);
}

static void on_sigint(int sig) {
    (void)sig;
    cas_request_stop(0.25);
}

int main(int argc, char **argv) {
    if (argc > 1 && strcmp(argv[1], "--list") == 0) {
        puts(cas_lessons_json());
        return 0;
    }
    if (argc != 2) {
        fprintf(stderr, "usage: casyncio-run '{\"lesson\": \"gather\", \"clock\": \"virtual\"}'\n       casyncio-run --list\n");
        return 2;
    }
    signal(SIGINT, on_sigint);
    return cas_lessons_run(argv[1], strlen(argv[1]), print_event, NULL);
}
