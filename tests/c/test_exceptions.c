/* test_exceptions.c -- exceptions as values: result() and exception()
 * raise what the future holds, a program's exception object keeps its
 * identity from the body that raised it to every awaiter, result() and a
 * gather list, and is released once; tuples and exception values print
 * as Python prints them.  The first case is the twin of
 * tests/c/py/exceptions.py. */
#include "harness.h"

#include <stdio.h>
#include <unistd.h>

static int failing(void *arg, cas_value *r) { return cas_raise("ValueError", "x"); }

static int three(void *arg, cas_value *r) {
    *r = cas_int(3);
    return 0;
}

static void print_repr(const char *prefix, cas_value v) {
    char b[256];
    cas_repr(v, b, sizeof b);
    cas_print("%s%s", prefix, b);
}

/* The repr of the pending exception, as Python's {e!r}. */
static const char *pending_repr(char *b, size_t cap) {
    cas_repr(cas_exc_value(cas_exc_type(), cas_exc_message()), b, cap);
    return b;
}

static int result_main(void *arg, cas_value *r) {
    char b[128];
    cas_task *t = cas_create_task(failing, NULL, 0);
    cas_task *c = cas_create_task(three, NULL, 0);
    CHECK_INT(cas_sleep(0), 0);
    CHECK_INT(cas_result(t, NULL), CAS_EEXCEPTION);
    cas_print("result() raised %s", pending_repr(b, sizeof b));
    cas_exc_clear();
    const char *type, *message;
    CHECK_INT(cas_exception(t, &type, &message), 0);
    CHECK(cas_exc_type() == NULL); /* returned, not raised */
    cas_repr(cas_exc_value(type, message), b, sizeof b);
    cas_print("exception() returned %s", b);
    cas_future *both[2] = {t, c};
    cas_future *g = cas_gather(both, 2, 1);
    cas_value list;
    CHECK_INT(cas_await(g, &list), 0);
    print_repr("", list);
    cas_release(g);
    cas_task *k = cas_create_task(three, NULL, 0);
    CHECK_INT(cas_cancel(k), 1);
    CHECK_INT(cas_sleep(0), 0);
    CHECK_INT(cas_exception(k, NULL, NULL), CAS_ECANCELLED);
    cas_print("exception() of a cancelled task raised %s", pending_repr(b, sizeof b));
    cas_exc_clear();
    cas_release(k);
    cas_value pair[2] = {cas_int(1), cas_str("a")}, one[1] = {cas_int(1)};
    cas_value inner[1] = {cas_float(2.5)};
    cas_value nested_t[2] = {cas_none(), cas_list(inner, 1)};
    cas_value nested[1] = {cas_tuple(nested_t, 2)};
    cas_value all[6] = {cas_tuple(pair, 2), cas_tuple(one, 1), cas_tuple(NULL, 0), cas_list(nested, 1),
                        cas_exc_value("ValueError", NULL), cas_exc_value("CancelledError", "")};
    char line[256] = "";
    for (int i = 0; i < 6; i++) {
        cas_repr(all[i], b, sizeof b);
        if (i) strcat(line, " ");
        strcat(line, b);
    }
    cas_print("%s", line);
    int rc = cas_result(t, r); /* return t.result() */
    cas_release(t);
    cas_release(c);
    return rc;
}

static int result_program(void *arg, cas_value *r) {
    char b[128];
    int rc = cas_run(result_main, NULL, NULL);
    if (rc == CAS_EEXCEPTION) cas_print("asyncio.run raised %s", pending_repr(b, sizeof b));
    cas_exc_clear();
    return 0;
}

static void result_raises_the_tasks_own_exception_and_gather_lists_it(void **s) {
    rec_start();
    assert_int_equal(cas_main(result_program, NULL), 0);
    assert_string_equal(rec_prints(), "result() raised ValueError('x')|exception() returned ValueError('x')|"
                                      "[ValueError('x'), 3]|"
                                      "exception() of a cancelled task raised CancelledError()|"
                                      "(1, 'a') (1,) () [(None, [2.5])] ValueError() CancelledError()|"
                                      "asyncio.run raised ValueError('x')");
    assert_int_equal(rec_count("error"), 0); /* every exception was retrieved */
    assert_stream_well_formed();
}

/* ---- the program's own exception objects ------------------------------------ */

/* An interpreter's exception object: counted by the program. */
typedef struct pyexc {
    int refs;
    int released;
} pyexc;

static void pyexc_release(void *obj) {
    pyexc *e = obj;
    e->refs--;
    e->released++;
}

static pyexc OBJ;

static int raise_object(void *arg, cas_value *r) {
    CHECK_INT(cas_sleep(0.1), 0);
    OBJ.refs++; /* the interpreter's incref, given to the runtime */
    return cas_raise_object(&OBJ, "KeyError", "'k'", pyexc_release);
}

static int awaiter(void *arg, cas_value *r) {
    int rc = cas_await(arg, NULL);
    CHECK_INT(rc, CAS_EEXCEPTION);
    CHECK(cas_exc_object() == &OBJ);
    CHECK_STR(cas_exc_type(), "KeyError");
    return rc; /* propagates the same object */
}

static int identity_main(void *arg, cas_value *r) {
    cas_task *t = cas_create_task(raise_object, NULL, 0);
    cas_task *a = cas_create_task(awaiter, t, 0);
    cas_future *both[2] = {t, a};
    cas_future *g = cas_gather(both, 2, 1);
    cas_value list;
    CHECK_INT(cas_await(g, &list), 0);
    CHECK(cas_value_exc_object(list.as.list.items[0]) == &OBJ);
    CHECK(cas_value_exc_object(list.as.list.items[1]) == &OBJ);
    CHECK(cas_value_exc_object(cas_exc_value("KeyError", "")) == NULL);
    CHECK(cas_future_exc_object(a) == &OBJ);
    CHECK_INT(cas_result(a, NULL), CAS_EEXCEPTION);
    CHECK(cas_exc_object() == &OBJ);
    cas_exc_clear();
    CHECK_INT(OBJ.released, 0); /* the futures still hold it */
    /* A plain future takes an object too. */
    cas_future *f = cas_future_new();
    static pyexc other;
    other.refs = 1;
    CHECK_INT(cas_future_set_exception_object(f, &other, "OSError", "disk", pyexc_release), 0);
    CHECK_INT(cas_future_set_exception_object(f, &other, "OSError", "again", pyexc_release), CAS_EINVALIDSTATE);
    CHECK_INT(other.released, 1); /* refused: released at once */
    other.refs++;
    CHECK_INT(cas_await(f, NULL), CAS_EEXCEPTION);
    CHECK(cas_exc_object() == &other);
    cas_exc_clear();
    cas_release(f);
    CHECK_INT(other.released, 2);
    CHECK_INT(other.refs, 0);
    cas_release(g);
    release_all(both, 2);
    CHECK_INT(OBJ.released, 1); /* the last reference went: released once */
    CHECK_INT(OBJ.refs, 0);
    return 0;
}

static void an_exception_object_keeps_its_identity_and_is_released_once(void **s) {
    memset(&OBJ, 0, sizeof OBJ);
    assert_int_equal(run_virtual(identity_main, NULL), 0);
    assert_int_equal(OBJ.released, 1);
}

static int raise_object_main(void *arg, cas_value *r) {
    OBJ.refs++;
    return cas_raise_object(&OBJ, NULL, "no type", pyexc_release);
}

static void a_run_that_raises_an_object_leaves_it_pending_until_cleared(void **s) {
    memset(&OBJ, 0, sizeof OBJ);
    assert_int_equal(run_virtual(raise_object_main, NULL), CAS_EEXCEPTION);
    assert_ptr_equal(cas_exc_object(), &OBJ);
    assert_string_equal(cas_exc_type(), "Exception");
    assert_string_equal(cas_exc_message(), "no type");
    assert_int_equal(OBJ.released, 0);
    cas_exc_clear();
    assert_int_equal(OBJ.released, 1);
    /* Raised outside any run: the program's pending exception. */
    OBJ.refs++;
    assert_int_equal(cas_raise_object(&OBJ, "CancelledError", "", pyexc_release), CAS_ECANCELLED);
    assert_ptr_equal(cas_exc_object(), &OBJ);
    cas_exc_clear();
    assert_int_equal(OBJ.released, 2);
    assert_null(cas_exc_object());
}

static void result_of_a_pending_future_is_a_misuse_with_nothing_pending(void **s) {
    assert_int_equal(cas_result(NULL, NULL), CAS_EINVAL);
    assert_null(cas_exc_type());
}

/* ---- what a body's codes raise, and how a program reports the end ------------ */

static int returns_code(void *arg, cas_value *r) {
    int code = *(int *)arg;
    if (code == CAS_ETIMEOUT) {
        OBJ.refs++;
        cas_raise_object(&OBJ, "TimeoutError", "", pyexc_release);
    }
    return code;
}

static int codes_main(void *arg, cas_value *r) {
    static const int codes[] = {CAS_ETIMEOUT, CAS_EINVALIDSTATE, CAS_ENOMEM, CAS_EINVAL, CAS_EEXCEPTION};
    static const char *types[] = {"TimeoutError", "InvalidStateError", "MemoryError", "RuntimeError", "RuntimeError"};
    for (int i = 0; i < 5; i++) {
        cas_task *t = cas_create_task(returns_code, &codes[i], sizeof codes[i]);
        CHECK_INT(cas_await(t, NULL), CAS_EEXCEPTION);
        CHECK_STR(cas_exc_type(), types[i]);
        if (i == 0) CHECK(cas_exc_object() == &OBJ); /* the pending TimeoutError itself */
        cas_exc_clear();
        cas_release(t);
    }
    CHECK_INT(cas_result(cas_current_task(), NULL), CAS_EINVALIDSTATE);
    CHECK(cas_exc_type() == NULL); /* a misuse code: nothing pending */
    return 0;
}

static void each_code_a_body_returns_raises_its_exception(void **s) {
    memset(&OBJ, 0, sizeof OBJ);
    assert_int_equal(run_virtual(codes_main, NULL), 0);
    assert_int_equal(OBJ.released, 1);
}

static int raises_value_error(void *arg, cas_value *r) { return cas_raise("ValueError", "x"); }

/* What cas_exit_status writes on stderr, captured. */
static char *stderr_of(int rc, int *status) {
    static char buf[256];
    fflush(stderr);
    int saved = dup(2);
    FILE *tmp = tmpfile();
    dup2(fileno(tmp), 2);
    *status = cas_exit_status(rc);
    fflush(stderr);
    dup2(saved, 2);
    close(saved);
    rewind(tmp);
    size_t n = fread(buf, 1, sizeof buf - 1, tmp);
    buf[n] = '\0';
    fclose(tmp);
    return buf;
}

static void an_uncaught_exception_ends_the_program_as_python_does(void **s) {
    cas_set_event_handler(NULL, NULL, 0); /* a plain program: nobody listens to events */
    int rc = cas_run(raises_value_error, NULL, NULL);
    assert_int_equal(rc, CAS_EEXCEPTION);
    int status;
    assert_string_equal(stderr_of(rc, &status), "ValueError: x\n");
    assert_int_equal(status, 1);
    assert_null(cas_exc_type()); /* reported, then cleared */
    assert_string_equal(stderr_of(0, &status), "");
    assert_int_equal(status, 0);
    assert_string_equal(stderr_of(CAS_ENOMEM, &status), "MemoryError\n");
    assert_int_equal(status, 1);
    /* With an event handler, the end event carries it: nothing on stderr. */
    rec_start();
    rc = cas_run(raises_value_error, NULL, NULL);
    assert_string_equal(stderr_of(rc, &status), "");
    assert_int_equal(status, 1);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        TEST(result_raises_the_tasks_own_exception_and_gather_lists_it),
        TEST(an_exception_object_keeps_its_identity_and_is_released_once),
        TEST(a_run_that_raises_an_object_leaves_it_pending_until_cleared),
        TEST(result_of_a_pending_future_is_a_misuse_with_nothing_pending),
        TEST(each_code_a_body_returns_raises_its_exception),
        TEST(an_uncaught_exception_ends_the_program_as_python_does),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
