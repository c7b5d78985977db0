/*
 * lessons.c -- the lesson registry and cas_lessons_run: reads the run's
 * options (JSON, with cJSON), configures the runtime, and runs the
 * lesson's program inside cas_main, so that every run, even one with bad
 * options, is one complete event stream.
 */
#include "lessons.h"
#include "cJSON.h"

#include <stdio.h>
#include <string.h>
#include <time.h>

#define OPTIONS_MAX (64 * 1024)

const cas_lesson *const cas_lessons[] = {&cas_lesson_await,       &cas_lesson_callbacks,    &cas_lesson_cancel,
                                         &cas_lesson_gather,      &cas_lesson_as_completed, &cas_lesson_factorial,
                                         NULL};

const cas_lesson *cas_lesson_find(const char *id) {
    for (size_t i = 0; id && cas_lessons[i]; i++)
        if (strcmp(cas_lessons[i]->id, id) == 0) return cas_lessons[i];
    return NULL;
}

const char *cas_lessons_json(void) {
    static char buf[2048];
    if (buf[0]) return buf;
    size_t n = 0;
    n += (size_t)snprintf(buf + n, sizeof buf - n, "[");
    for (size_t i = 0; cas_lessons[i]; i++)
        n += (size_t)snprintf(buf + n, sizeof buf - n, "%s{\"id\":\"%s\",\"title\":\"%s\",\"section\":\"%s\"}",
                              i ? "," : "", cas_lessons[i]->id, cas_lessons[i]->title, cas_lessons[i]->section);
    snprintf(buf + n, sizeof buf - n, "]");
    return buf;
}

/* A short, printable rendering of text the user gave us, for messages. */
static void quote(const char *s, char *out, size_t cap) {
    size_t o = 0;
    for (; s && *s && o + 5 < cap; s++) {
        unsigned char c = (unsigned char)*s;
        out[o++] = (c >= 0x20 && c < 0x7f && c != '"' && c != '\\') ? (char)c : '?';
        if (o >= 40) {
            out[o++] = '.';
            out[o++] = '.';
            out[o++] = '.';
            break;
        }
    }
    out[o] = '\0';
}

/* 1 if the JSON text holds a NUL, raw or as the escape \u0000: cJSON's
 * strings end at the first NUL, so "gather\u0000x" would read as
 * "gather".  Escapes are skipped pairwise, so "\\u0000" (a backslash
 * and "u0000") is ordinary text. */
static int has_nul(const char *s, size_t len) {
    for (size_t i = 0; i < len; i++) {
        if (s[i] == '\0') return 1;
        if (s[i] != '\\' || i + 1 >= len) continue;
        if (s[i + 1] == 'u' && i + 5 < len && memcmp(s + i + 2, "0000", 4) == 0) return 1;
        i++;
    }
    return 0;
}

typedef struct bad_run {
    const char *message;
} bad_run;

static int raise_bad(void *arg, cas_value *result) {
    (void)result;
    bad_run *b = arg;
    cas_raise("ValueError", "%s", b->message);
    return CAS_EINVAL;
}

static int run_bad(char *message, cas_event_fn fn, void *ud) {
    bad_run b = {message};
    cas_set_event_handler(fn, ud, CAS_EV_ALL);
    cas_main(raise_bad, &b);
    return CAS_RUN_BAD_INPUT;
}

typedef struct lesson_run {
    const cas_lesson *lesson;
    void *input;
} lesson_run;

static int run_program(void *arg, cas_value *result) {
    lesson_run *r = arg;
    return r->lesson->program(r->input, result);
}

int cas_lessons_parse(const char *options, size_t len, cas_lesson_options *out, char *err, size_t errcap) {
    char q[64];
    cJSON *opts = NULL;
    cJSON *item;

    memset(out, 0, sizeof *out);
    out->clock = CAS_CLOCK_REAL;
    err[0] = '\0';
    if (!options) len = 0;
    if (len > OPTIONS_MAX) {
        snprintf(err, errcap, "options are %zu bytes; at most %d are accepted", len, OPTIONS_MAX);
        return CAS_EINVAL;
    }
    if (has_nul(options, len)) {
        snprintf(err, errcap, "options must not contain a NUL character (\\u0000): it would cut a string short");
        return CAS_EINVAL;
    }
    opts = len ? cJSON_ParseWithLength(options, len) : cJSON_CreateObject();
    if (!opts || !cJSON_IsObject(opts)) {
        snprintf(err, errcap, "options must be a JSON object such as {\"lesson\": \"gather\"}%s",
                 opts ? "" : " (the text is not valid JSON, or nested too deeply)");
        cJSON_Delete(opts);
        return CAS_EINVAL;
    }
    cJSON_ArrayForEach(item, opts) {
        const char *k = item->string;
        if (strcmp(k, "lesson") && strcmp(k, "clock") && strcmp(k, "seed") && strcmp(k, "input")) {
            quote(k, q, sizeof q);
            snprintf(err, errcap, "unknown option \"%s\"; accepted: lesson, clock, seed, input", q);
            goto bad;
        }
    }
    item = cJSON_GetObjectItemCaseSensitive(opts, "lesson");
    if (!cJSON_IsString(item) || !(out->lesson = cas_lesson_find(item->valuestring))) {
        if (cJSON_IsString(item)) quote(item->valuestring, q, sizeof q);
        char ids[256];
        size_t n = 0;
        ids[0] = '\0';
        for (size_t i = 0; cas_lessons[i] && n < sizeof ids; i++)
            n += (size_t)snprintf(ids + n, sizeof ids - n, "%s%s", i ? ", " : "", cas_lessons[i]->id);
        snprintf(err, errcap, "%s%s%s; the lessons are: %s",
                 cJSON_IsString(item) ? "unknown lesson \"" : "\"lesson\" must be a lesson id",
                 cJSON_IsString(item) ? q : "", cJSON_IsString(item) ? "\"" : "", ids);
        goto bad;
    }
    item = cJSON_GetObjectItemCaseSensitive(opts, "clock");
    if (item) {
        if (cJSON_IsString(item) && strcmp(item->valuestring, "real") == 0)
            out->clock = CAS_CLOCK_REAL;
        else if (cJSON_IsString(item) && strcmp(item->valuestring, "virtual") == 0)
            out->clock = CAS_CLOCK_VIRTUAL;
        else {
            snprintf(err, errcap, "\"clock\" must be \"real\" or \"virtual\"");
            goto bad;
        }
    }
    item = cJSON_GetObjectItemCaseSensitive(opts, "seed");
    if (item && !cJSON_IsNull(item)) {
        double d = cJSON_IsNumber(item) ? item->valuedouble : -1;
        if (!cJSON_IsNumber(item) || !(d >= 0 && d <= 9007199254740991.0) || d != (double)(uint64_t)d) {
            snprintf(err, errcap, "\"seed\" must be a whole number from 0 to 9007199254740991");
            goto bad;
        }
        out->has_seed = 1;
        out->seed = (uint64_t)d;
    }
    /* A lesson that takes input reads null as its defaults; one that takes
     * none refuses every input, null included (docs/bad-input.md). */
    item = cJSON_GetObjectItemCaseSensitive(opts, "input");
    if (item && cJSON_IsNull(item) && out->lesson->parse) item = NULL;
    if (out->lesson->parse) {
        if (out->lesson->parse(item, &out->input, err, errcap) != 0) goto bad;
    } else if (item) {
        snprintf(err, errcap, "the %s lesson takes no input", out->lesson->id);
        goto bad;
    }
    cJSON_Delete(opts);
    return CAS_OK;
bad:
    cJSON_Delete(opts);
    out->lesson = NULL;
    return CAS_EINVAL;
}

void cas_lessons_options_free(cas_lesson_options *o) {
    if (o->lesson && o->lesson->free_input) o->lesson->free_input(o->input);
    o->input = NULL;
    o->lesson = NULL;
}

int cas_lessons_run(const char *options, size_t len, cas_event_fn fn, void *ud) {
    char err[512];
    cas_lesson_options o;
    if (cas_lessons_parse(options, len, &o, err, sizeof err) != CAS_OK) return run_bad(err, fn, ud);
    cas_seed(o.has_seed ? o.seed : (uint64_t)time(NULL));
    cas_set_clock(o.clock);
    cas_set_event_handler(fn, ud, CAS_EV_ALL);
    lesson_run r = {o.lesson, o.input};
    int rc = cas_main(run_program, &r);
    cas_lessons_options_free(&o);
    cas_set_clock(CAS_CLOCK_REAL);
    return rc == CAS_OK ? CAS_RUN_OK : rc == CAS_ECANCELLED ? CAS_RUN_CANCELLED : CAS_RUN_FAILED;
}
