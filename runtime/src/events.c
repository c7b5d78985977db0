/*
 * events.c -- the event stream: everything observable becomes one JSON
 * object (built with cJSON, schema in docs/events.md), handed to the host
 * the moment it happens.  A stream opens at the first event of a program
 * or run and closes with its one "end" event; seq counts the events
 * delivered, with no gaps.
 *
 * With no handler installed, prints go to stdout and errors to stderr, so
 * a native program prints what its Python twin prints.
 */
#include "internal.h"
#include "cJSON.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

static cas_event_fn handler;
static void *handler_ud;
static unsigned handler_mask;

/* What is built: the handler's mask, or prints and errors for stdout. */
unsigned cas__event_mask = CAS_EV_PRINT | CAS_EV_ERROR;

static struct {
    int open;         /* between the first event and "end" */
    uint64_t seq;     /* last seq delivered */
    double t0;        /* loop clock when the stream opened */
    uint64_t dropped; /* events lost to out-of-memory */
} S;

static void *json_malloc(size_t n) { return cas__malloc(n); }
static void json_free(void *p) { cas__free(p); }

/* Routes cJSON through the runtime's allocator (cJSON_InitHooks keeps
 * only malloc and free; it reallocs through them). */
void cas__json_hooks(void) {
    cJSON_Hooks hooks = {json_malloc, json_free};
    cJSON_InitHooks(&hooks);
}

void cas_set_event_handler(cas_event_fn fn, void *ud, unsigned mask) {
    handler = fn;
    handler_ud = ud;
    handler_mask = mask;
    cas__event_mask = fn ? (mask | CAS_EV_END) : (CAS_EV_PRINT | CAS_EV_ERROR);
}

void cas__stream_open(void) {
    if (S.open) return;
    S.open = 1;
    S.seq = 0;
    S.dropped = 0;
    cas__L.vnow = 0;
    cas__L.clock = cas__next_clock;
    S.t0 = cas__now();
}

void cas__stream_close(void) { S.open = 0; }

cJSON *cas__event_new(const char *type) {
    cas__stream_open();
    cJSON *ev = cJSON_CreateObject();
    if (!ev) goto fail;
    double t = (cas__now() - S.t0) * 1000.0;
    t = round(t * 1000.0) / 1000.0;
    if (!cJSON_AddNumberToObject(ev, "v", CAS_EVENT_SCHEMA) || !cJSON_AddNumberToObject(ev, "seq", 0) ||
        !cJSON_AddNumberToObject(ev, "t", t) || !cJSON_AddStringToObject(ev, "type", type))
        goto fail;
    /* The loop's turn it happens in (docs/events.md): none between turns. */
    if (cas__L.running && cas__L.in_iteration && !cJSON_AddNumberToObject(ev, "iter", (double)cas__L.iterations))
        goto fail;
    return ev;
fail:
    cJSON_Delete(ev);
    S.dropped++;
    return NULL;
}

/* The default sink: what a terminal shows when nobody listens to events. */
static void default_sink(cJSON *ev) {
    const char *type = cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(ev, "type"));
    if (!type) return;
    if (strcmp(type, "print") == 0) {
        const char *text = cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(ev, "text"));
        fputs(text ? text : "", stdout);
        fputc('\n', stdout);
        fflush(stdout);
    } else if (strcmp(type, "error") == 0) {
        const char *msg = cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(ev, "message"));
        fflush(stdout);
        fprintf(stderr, "%s\n", msg ? msg : "error");
        fflush(stderr);
    }
}

void cas__json_add(cJSON *ev, const char *key, cJSON *item) {
    if (item && !cJSON_AddItemToObject(ev, key, item)) cJSON_Delete(item);
}

void cas__event_emit(cJSON *ev) {
    if (!ev) return;
    if (!handler) {
        default_sink(ev);
        cJSON_Delete(ev);
        return;
    }
    cJSON_SetNumberValue(cJSON_GetObjectItemCaseSensitive(ev, "seq"), (double)(S.seq + 1));
    char *json = cJSON_PrintUnformatted(ev);
    cJSON_Delete(ev);
    if (!json) {
        S.dropped++;
        return;
    }
    S.seq++;
    handler(json, strlen(json), handler_ud);
    cJSON_free(json);
}

void cas__json_add_task(cJSON *ev, const char *key, const cas__task *t) {
    char nb[32];
    if (t && !t->unseen)
        cJSON_AddStringToObject(ev, key, cas__future_name(&t->base, nb, sizeof nb));
    else
        cJSON_AddNullToObject(ev, key);
}

void cas__event_task(const char *type, cas_future *f) {
    /* a class outside the mask is not built; the loop's own main has none */
    if (!cas__wants(CAS_EV_TASK) || ((cas__task *)f)->unseen) return;
    char nb[32];
    cJSON *ev = cas__event_new(type);
    if (!ev) return;
    if (!cJSON_AddStringToObject(ev, "task", cas__future_name(f, nb, sizeof nb))) {
        cJSON_Delete(ev);
        S.dropped++;
        return;
    }
    cas__event_emit(ev);
}

int cas_event_line(int line) {
    if (line < 1) return CAS_EINVAL;
    if (!cas__wants(CAS_EV_LINE)) return CAS_OK;
    cJSON *ev = cas__event_new("line");
    if (!ev) return CAS_ENOMEM;
    if (!cJSON_AddNumberToObject(ev, "line", line)) {
        cJSON_Delete(ev);
        S.dropped++;
        return CAS_ENOMEM;
    }
    cas__json_add_task(ev, "task", cas__L.current);
    cas__event_emit(ev);
    return CAS_OK;
}

void cas__event_error(int code, const char *message) {
    if (!cas__wants(CAS_EV_ERROR)) return;
    cJSON *ev = cas__event_new("error");
    if (!ev) return;
    if (!cJSON_AddStringToObject(ev, "code", cas_err_name(code)) ||
        !cJSON_AddStringToObject(ev, "message", message ? message : cas_strerror(code))) {
        cJSON_Delete(ev);
        S.dropped++;
        return;
    }
    cas__event_emit(ev);
}

static cJSON *exc_json(const cas__exc *e) {
    cJSON *o = cJSON_CreateObject();
    if (!o) return NULL;
    if (!cJSON_AddStringToObject(o, "type", e ? e->type : "MemoryError") ||
        !cJSON_AddStringToObject(o, "message", e ? e->message : "")) {
        cJSON_Delete(o);
        return NULL;
    }
    return o;
}

/* The one "end" event.  status: CAS_OK, CAS_ECANCELLED or an error. */
void cas__event_end(int status, const cas_value *result, const cas__exc *exc) {
    if (!S.open) cas__stream_open();
    if (cas__wants(CAS_EV_END)) {
        cJSON *ev = cas__event_new("end");
        if (!ev) {
            /* Out of memory: end the stream with the smallest object we can. */
            if (handler) {
                char b[96];
                int n = snprintf(b, sizeof b, "{\"v\":1,\"seq\":%llu,\"t\":0,\"type\":\"end\",\"status\":\"error\"}",
                                 (unsigned long long)(S.seq + 1));
                S.seq++;
                handler(b, (size_t)n, handler_ud);
            }
        } else {
            const char *st = status == CAS_OK ? "ok" : status == CAS_ECANCELLED ? "cancelled" : "error";
            cJSON_AddStringToObject(ev, "status", st);
            if (status == CAS_OK) {
                cJSON *r = cas__value_json(result ? *result : cas_none());
                cas__json_add(ev, "result", r);
            } else if (status != CAS_ECANCELLED) {
                cJSON *e = exc_json(exc);
                cas__json_add(ev, "error", e);
            }
            if (S.dropped) cJSON_AddNumberToObject(ev, "dropped", (double)S.dropped);
            cas__event_emit(ev);
        }
    }
    S.open = 0;
}
