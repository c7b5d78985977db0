/*
 * fuzz_options.c -- a fuzz target for the JSON input path: a run's options
 * and the lesson's input, as the JS API, the CLI and the embed pass them.
 * Any bytes must give either checked options or a message that says what
 * is wrong, with no crash and no leak.  A bad input's message is checked
 * to be printable text.
 */
#include "lessons.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    char err[512];
    cas_lesson_options o;
    int rc = cas_lessons_parse((const char *)data, size, &o, err, sizeof err);
    if (rc == CAS_OK) {
        if (!o.lesson) abort();
        cas_lessons_options_free(&o);
    } else {
        if (rc != CAS_EINVAL || !err[0]) abort();
        for (const char *p = err; *p; p++)
            if ((unsigned char)*p < 0x20) abort();
    }
    return 0;
}
