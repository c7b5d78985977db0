/* harness.c -- see harness.h. */
#include "harness.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

recorder REC;
static char prints_buf[65536];
static char check_msg[512];
static int check_failures;

/* The allocator the runtime uses now, so the recorder can put the
 * runtime's cJSON hooks back after parsing with plain malloc. */
static void *(*cur_malloc)(size_t);
static void *(*cur_realloc)(void *, size_t);
static void (*cur_free)(void *);

void set_allocator(void *(*m)(size_t), void *(*r)(void *, size_t), void (*f)(void *)) {
    cur_malloc = m;
    cur_realloc = r;
    cur_free = f;
    cas_set_allocator(m, r, f);
}

/* Runs with cJSON on plain malloc: the recorder's own JSON must not count
 * as the runtime's allocations (nor fail under the OOM allocator). */
static void plain_json(void) {
    cJSON_Hooks plain = {malloc, free};
    cJSON_InitHooks(&plain);
}
static void runtime_json(void) { cas_set_allocator(cur_malloc, cur_realloc, cur_free); }

/* ---- recorder ------------------------------------------------------------ */

void rec_handler(const char *json, size_t len, void *ud) {
    (void)ud;
    if (REC.n == REC.cap) {
        size_t cap = REC.cap ? REC.cap * 2 : 64;
        char **raw = realloc(REC.raw, cap * sizeof *raw);
        if (raw) REC.raw = raw;
        cJSON **ev = realloc(REC.events, cap * sizeof *ev);
        if (ev) REC.events = ev;
        if (!raw || !ev) {
            REC.oom = 1;
            return;
        }
        REC.cap = cap;
    }
    char *copy = malloc(len + 1);
    if (!copy) {
        REC.oom = 1;
        return;
    }
    memcpy(copy, json, len);
    copy[len] = '\0';
    plain_json();
    cJSON *ev = cJSON_ParseWithLength(json, len);
    runtime_json();
    if (!ev || !cJSON_IsString(cJSON_GetObjectItemCaseSensitive(ev, "type"))) REC.bad = 1;
    REC.raw[REC.n] = copy;
    REC.events[REC.n] = ev;
    REC.n++;
}

void rec_discard(const char *json, size_t len, void *ud) {
    (void)json;
    (void)len;
    (void)ud;
}

void rec_clear(void) {
    plain_json();
    for (size_t i = 0; i < REC.n; i++) {
        cJSON_Delete(REC.events[i]);
        free(REC.raw[i]);
    }
    runtime_json();
    free(REC.events);
    free(REC.raw);
    memset(&REC, 0, sizeof REC);
}

void rec_start(void) {
    rec_clear();
    cas_set_event_handler(rec_handler, NULL, CAS_EV_ALL);
}

void rec_stop(void) {
    cas_set_event_handler(NULL, NULL, 0);
    rec_clear();
}

const char *rec_type(const cJSON *ev) {
    return ev ? cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(ev, "type")) : NULL;
}

const char *rec_str(const cJSON *ev, const char *key) {
    return ev ? cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(ev, key)) : NULL;
}

double rec_num(const cJSON *ev, const char *key) {
    const cJSON *it = ev ? cJSON_GetObjectItemCaseSensitive(ev, key) : NULL;
    return cJSON_IsNumber(it) ? cJSON_GetNumberValue(it) : NAN;
}

size_t rec_index(const cJSON *ev) {
    for (size_t i = 0; i < REC.n; i++)
        if (REC.events[i] == ev) return i;
    fail_msg("event not recorded");
    return (size_t)-1;
}

static int is_type(size_t i, const char *type) {
    const char *t = rec_type(REC.events[i]);
    return t && strcmp(t, type) == 0;
}

size_t rec_count(const char *type) {
    size_t n = 0;
    for (size_t i = 0; i < REC.n; i++)
        if (is_type(i, type)) n++;
    return n;
}

const cJSON *rec_nth(const char *type, size_t k) {
    for (size_t i = 0; i < REC.n; i++)
        if (is_type(i, type) && k-- == 0) return REC.events[i];
    return NULL;
}

size_t rec_print_count(void) { return rec_count("print"); }

const char *rec_print_text(size_t k) { return rec_str(rec_nth("print", k), "text"); }

const char *rec_prints(void) {
    size_t o = 0;
    prints_buf[0] = '\0';
    for (size_t i = 0; i < REC.n; i++) {
        if (!is_type(i, "print")) continue;
        const char *text = rec_str(REC.events[i], "text");
        int w = snprintf(prints_buf + o, sizeof prints_buf - o, "%s%s", o ? "|" : "", text ? text : "(null)");
        if (w < 0 || (size_t)w >= sizeof prints_buf - o) fail_msg("prints longer than %zu bytes", sizeof prints_buf);
        o += (size_t)w;
    }
    return prints_buf;
}

double rec_time_of(const char *text) {
    for (size_t i = 0; i < REC.n; i++) {
        if (!is_type(i, "print")) continue;
        const char *t = rec_str(REC.events[i], "text");
        if (t && strcmp(t, text) == 0) return rec_num(REC.events[i], "t");
    }
    fail_msg("no print \"%s\"", text);
    return -1;
}

void assert_stream_well_formed(void) {
    assert_false(REC.oom);
    assert_false(REC.bad);
    size_t ends = 0;
    assert_true(REC.n > 0);
    for (size_t i = 0; i < REC.n; i++) {
        const cJSON *ev = REC.events[i];
        if (rec_num(ev, "v") != 1) fail_msg("event %zu has v=%g: %s", i, rec_num(ev, "v"), REC.raw[i]);
        if (rec_num(ev, "seq") != (double)(i + 1))
            fail_msg("event %zu has seq=%g, expected %zu: %s", i, rec_num(ev, "seq"), i + 1, REC.raw[i]);
        if (is_type(i, "end")) {
            ends++;
            if (i != REC.n - 1) fail_msg("end event at %zu of %zu", i, REC.n);
        }
    }
    assert_int_equal(ends, 1);
}

/* ---- runs ------------------------------------------------------------- */

int run_virtual_main(cas_body body, void *arg, cas_task **main_task) {
    assert_int_equal(cas_set_clock(CAS_CLOCK_VIRTUAL), 0);
    rec_start();
    int rc = cas_run(body, arg, main_task);
    assert_checks_passed();
    return rc;
}

int run_virtual(cas_body body, void *arg) { return run_virtual_main(body, arg, NULL); }

void assert_nothing_alive(void) {
    cas_stats st;
    cas_trim();
    cas_get_stats(&st);
    assert_int_equal(st.tasks, 0);
    assert_int_equal(st.futures, 0);
    assert_int_equal(st.timers, 0);
    assert_int_equal(st.allocations, 0);
    assert_int_equal(st.stack_bytes, 0);
}

/* ---- checks --------------------------------------------------------------- */

void check_fail(const char *file, int line, const char *fmt, ...) {
    if (check_failures++) return; /* keep the first */
    int o = snprintf(check_msg, sizeof check_msg, "%s:%d: ", file, line);
    va_list ap;
    va_start(ap, fmt);
    if (o > 0 && (size_t)o < sizeof check_msg) vsnprintf(check_msg + o, sizeof check_msg - (size_t)o, fmt, ap);
    va_end(ap);
}

void assert_checks_passed(void) {
    if (check_failures) {
        int n = check_failures;
        check_failures = 0;
        fail_msg("%d check(s) failed in a task body; first: %s", n, check_msg);
    }
}

/* ---- a worker for the combinator tests -------------------------------------- */

int worker(void *arg, cas_value *r) {
    const job *j = arg;
    int rc = cas_sleep(j->delay);
    if (rc) {
        cas_print("worker %d cancelled", j->value);
        return rc;
    }
    cas_print("worker %d done", j->value);
    if (j->fail) return cas_raise("ValueError", "worker %d failed", j->value);
    *r = cas_int(j->value);
    return 0;
}

void spawn(cas_task **t, const job *jobs, size_t n) {
    for (size_t i = 0; i < n; i++) t[i] = cas_create_task(worker, &jobs[i], sizeof jobs[i]);
}

void release_all(cas_task **t, size_t n) {
    for (size_t i = 0; i < n; i++) cas_release(t[i]);
}

/* ---- cmocka glue ---------------------------------------------------------- */

int test_setup(void **state) {
    (void)state;
    check_failures = 0;
    set_allocator(NULL, NULL, NULL);
    cas_set_clock(CAS_CLOCK_VIRTUAL);
    cas_seed(1);
    /* CAS_SHUFFLE=<seed> runs every test with equal-deadline ties shuffled. */
    const char *shuffle = getenv("CAS_SHUFFLE");
    cas_debug_shuffle(shuffle ? strtoull(shuffle, NULL, 10) : 0);
    return 0;
}

int shuffling(void) {
    const char *shuffle = getenv("CAS_SHUFFLE");
    return shuffle && strtoull(shuffle, NULL, 10) != 0;
}

int test_teardown(void **state) {
    (void)state;
    cas_exc_clear();
    rec_stop();
    assert_checks_passed();
    assert_nothing_alive();
    return 0;
}
