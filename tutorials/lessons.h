/*
 * lessons.h -- the registry of the chapter's lessons and the one way to
 * run one: from an options object in JSON, the same on every platform
 * (the wasm module, the native runner used for golden files, the tests).
 *
 * Options: {"lesson": id, "clock": "real"|"virtual", "seed": integer,
 *           "input": lesson input}.  Unknown keys are errors.
 */
#ifndef CAS_LESSONS_H
#define CAS_LESSONS_H

#include "casyncio.h"

struct cJSON;

/* Limits of the factorial lesson's input, documented in docs/lessons.md. */
#define FACTORIAL_MAX_NUMBER 1000
#define FACTORIAL_MAX_COUNT 100

typedef struct cas_lesson {
    const char *id;       /* fixed: other tools address lessons by it */
    const char *title;
    const char *section;  /* in the chapter */
    /* Checks and converts the input (NULL or absent means the defaults).
     * Returns 0 and a new input in *out, or writes what is wrong to err. */
    int (*parse)(const struct cJSON *input, void **out, char *err, size_t errcap);
    void (*free_input)(void *input);
    cas_body program;     /* the chapter's program: prints, calls cas_run */
} cas_lesson;

extern const cas_lesson cas_lesson_await, cas_lesson_callbacks, cas_lesson_cancel, cas_lesson_gather,
    cas_lesson_as_completed, cas_lesson_factorial;

/* The lessons in chapter order, NULL-terminated. */
extern const cas_lesson *const cas_lessons[];

const cas_lesson *cas_lesson_find(const char *id);

/* A run's options, checked. */
typedef struct cas_lesson_options {
    const cas_lesson *lesson;
    int clock;          /* CAS_CLOCK_* */
    int has_seed;
    uint64_t seed;
    void *input;        /* the lesson's parsed input, or NULL */
} cas_lesson_options;

/* Checks options (JSON text).  0 with *out filled (free it with
 * cas_lessons_options_free), or CAS_EINVAL with what is wrong, and what is
 * accepted, in err. */
int cas_lessons_parse(const char *options, size_t len, cas_lesson_options *out, char *err, size_t errcap);
void cas_lessons_options_free(cas_lesson_options *o);

/* Exit statuses of cas_lessons_run. */
enum { CAS_RUN_OK = 0, CAS_RUN_FAILED = 1, CAS_RUN_BAD_INPUT = 2, CAS_RUN_CANCELLED = 3 };

/* Runs a lesson as its options say, delivering every event to fn (all
 * classes).  Bad options still make a complete stream: one "error" event
 * and an "end" with status "error".  Returns a CAS_RUN_* status. */
int cas_lessons_run(const char *options, size_t len, cas_event_fn fn, void *ud);

/* The lessons' ids, titles and sections as a JSON array (static text). */
const char *cas_lessons_json(void);

#endif
