/* harness.c -- see harness.h. */
#include "harness.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

recorder REC;
static char prints_buf[16384];

static void on_event(const char *json, size_t len, void *ud) {
    (void)ud;
    cJSON *ev = cJSON_ParseWithLength(json, len);
    assert_non_null(ev);
    if (REC.n == REC.cap) {
        REC.cap = REC.cap ? REC.cap * 2 : 64;
        REC.events = realloc(REC.events, REC.cap * sizeof *REC.events);
        assert_non_null(REC.events);
    }
    REC.events[REC.n++] = ev;
}

void rec_start(void) {
    rec_stop();
    cas_set_event_handler(on_event, NULL, CAS_EV_ALL);
}

void rec_stop(void) {
    cas_set_event_handler(NULL, NULL, 0);
    for (size_t i = 0; i < REC.n; i++) cJSON_Delete(REC.events[i]);
    free(REC.events);
    memset(&REC, 0, sizeof REC);
}

static const char *type_of(const cJSON *ev) {
    return cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(ev, "type"));
}

size_t rec_count(const char *type) {
    size_t n = 0;
    for (size_t i = 0; i < REC.n; i++)
        if (strcmp(type_of(REC.events[i]), type) == 0) n++;
    return n;
}

const cJSON *rec_nth(const char *type, size_t k) {
    for (size_t i = 0; i < REC.n; i++)
        if (strcmp(type_of(REC.events[i]), type) == 0 && k-- == 0) return REC.events[i];
    return NULL;
}

const char *rec_prints(void) {
    size_t o = 0;
    prints_buf[0] = '\0';
    for (size_t i = 0; i < REC.n; i++) {
        if (strcmp(type_of(REC.events[i]), "print") != 0) continue;
        const char *text = cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(REC.events[i], "text"));
        o += (size_t)snprintf(prints_buf + o, sizeof prints_buf - o, "%s%s", o ? "|" : "", text);
    }
    return prints_buf;
}

double rec_time_of(const char *text) {
    for (size_t i = 0; i < REC.n; i++) {
        const cJSON *t = cJSON_GetObjectItemCaseSensitive(REC.events[i], "text");
        if (t && strcmp(cJSON_GetStringValue(t), text) == 0)
            return cJSON_GetNumberValue(cJSON_GetObjectItemCaseSensitive(REC.events[i], "t"));
    }
    fail_msg("no print \"%s\"", text);
    return -1;
}

int run_virtual(cas_body body, void *arg) {
    assert_int_equal(cas_set_clock(CAS_CLOCK_VIRTUAL), 0);
    rec_start();
    return cas_run(body, arg, NULL);
}

void assert_stream_well_formed(void) {
    size_t ends = 0;
    for (size_t i = 0; i < REC.n; i++) {
        assert_int_equal(cJSON_GetNumberValue(cJSON_GetObjectItemCaseSensitive(REC.events[i], "v")), 1);
        assert_int_equal(cJSON_GetNumberValue(cJSON_GetObjectItemCaseSensitive(REC.events[i], "seq")), i + 1);
        if (strcmp(type_of(REC.events[i]), "end") == 0) {
            ends++;
            assert_int_equal(i, REC.n - 1);
        }
    }
    assert_int_equal(ends, 1);
}

void assert_nothing_alive(void) {
    cas_stats st;
    cas_trim();
    cas_get_stats(&st);
    assert_int_equal(st.tasks, 0);
    assert_int_equal(st.futures, 0);
    assert_int_equal(st.timers, 0);
    assert_int_equal(st.allocations, 0);
}

int test_setup(void **state) {
    (void)state;
    cas_set_clock(CAS_CLOCK_VIRTUAL);
    cas_seed(1);
    return 0;
}

int test_teardown(void **state) {
    (void)state;
    cas_exc_clear();
    rec_stop();
    assert_nothing_alive();
    return 0;
}
