/* test_sync.c -- asyncio.locks in C: Event, Lock, Semaphore,
 * BoundedSemaphore, Condition and Barrier.  Each case is the C twin of a
 * Python 3.11 program in tests/c/py/ and expects exactly what CPython
 * prints for it (tests/js/sync-python.test.mjs checks the two agree). */
#include "harness.h"

#include <stdio.h>

/* A task's name and the object it works on (copied into the task). */
typedef struct who {
    const char *name;
    void *obj;
} who;

static cas_task *spawn_who(cas_body body, const char *name, void *obj) {
    who w = {name, obj};
    return cas_create_task(body, &w, sizeof w);
}

/* await asyncio.gather(*ts, return_exceptions=True), then the tasks go. */
static int gather_and_release(cas_task **ts, size_t n) {
    cas_future *g = cas_gather(ts, n, 1);
    int rc = cas_await(g, NULL);
    cas_release(g);
    release_all(ts, n);
    return rc;
}

static const char *tf(int b) { return b ? "True" : "False"; }

/* ---- Lock ------------------------------------------------------------ */

static int lock_worker(void *arg, cas_value *r) {
    who *w = arg;
    cas_print("%s wants the lock", w->name);
    int rc = cas_lock_acquire(w->obj);
    if (rc) return rc;
    cas_print("%s has the lock at %.1f", w->name, cas_time());
    rc = cas_sleep(0.1);
    if (rc == 0) cas_print("%s releases", w->name);
    cas_lock_release(w->obj); /* async with: released on every path */
    return rc;
}

static int lock_fifo_main(void *arg, cas_value *r) {
    cas_lock *lock = cas_lock_new();
    cas_task *ts[3] = {spawn_who(lock_worker, "A", lock), spawn_who(lock_worker, "B", lock),
                       spawn_who(lock_worker, "C", lock)};
    CHECK_INT(gather_and_release(ts, 3), 0);
    cas_print("locked: %s", tf(cas_lock_locked(lock)));
    CHECK_INT(cas_lock_free(lock), 0);
    return 0;
}

static void a_released_lock_goes_to_its_waiters_in_arrival_order(void **s) {
    assert_int_equal(run_virtual(lock_fifo_main, NULL), 0);
    assert_string_equal(rec_prints(), "A wants the lock|A has the lock at 0.0|B wants the lock|C wants the lock|"
                                      "A releases|B has the lock at 0.1|B releases|C has the lock at 0.2|C releases|"
                                      "locked: False");
    /* The timeline's view: B and C block on Lock-N, each unblocks ok. */
    assert_int_equal(rec_count("sync_blocked"), 2);
    assert_int_equal(rec_count("sync_unblocked"), 2);
    const cJSON *b = rec_nth("sync_blocked", 0);
    assert_string_equal(rec_str(b, "op"), "acquire");
    assert_string_equal(rec_str(b, "task"), rec_str(rec_nth("task_created", 2), "task")); /* B: main is the first */
    assert_true(strncmp(rec_str(b, "object"), "Lock-", 5) == 0);
    assert_string_equal(rec_str(rec_nth("sync_unblocked", 0), "status"), "ok");
    assert_int_equal(rec_count("sync"), 6); /* three acquires, three releases */
    assert_string_equal(rec_str(rec_nth("sync", 0), "op"), "acquire");
    assert_string_equal(rec_str(rec_nth("sync", 1), "op"), "release");
    assert_stream_well_formed();
}

static int lock_waiter(void *arg, cas_value *r) {
    who *w = arg;
    int rc = cas_lock_acquire(w->obj);
    if (rc == CAS_ECANCELLED) {
        cas_print("%s cancelled, locked: %s", w->name, tf(cas_lock_locked(w->obj)));
        return rc;
    }
    cas_print("%s has the lock", w->name);
    cas_lock_release(w->obj);
    return rc;
}

static int lock_cancel_main(void *arg, cas_value *r) {
    cas_lock *lock = cas_lock_new();
    CHECK_INT(cas_lock_release(lock), CAS_EEXCEPTION);
    cas_print("%s: %s", cas_exc_type(), cas_exc_message());
    cas_exc_clear();
    /* Cancelled after being woken: B gets the lock. */
    CHECK_INT(cas_lock_acquire(lock), 0);
    cas_task *ab[2] = {spawn_who(lock_waiter, "A", lock), spawn_who(lock_waiter, "B", lock)};
    cas_sleep(0);
    CHECK_INT(cas_lock_release(lock), 0);
    CHECK_INT(cas_cancel(ab[0]), 1);
    cas_print("released, locked: %s", tf(cas_lock_locked(lock)));
    cas_task *a = cas_retain(ab[0]);
    gather_and_release(ab, 2);
    cas_print("A cancelled: %s, locked: %s", tf(cas_cancelled(a)), tf(cas_lock_locked(lock)));
    cas_release(a);
    /* Cancelled before being woken: skipped, the lock stays held. */
    CHECK_INT(cas_lock_acquire(lock), 0);
    cas_task *cd[2] = {spawn_who(lock_waiter, "C", lock), spawn_who(lock_waiter, "D", lock)};
    cas_sleep(0);
    cas_cancel(cd[0]);
    cas_sleep(0);
    cas_print("still locked: %s", tf(cas_lock_locked(lock)));
    cas_lock_release(lock);
    cas_task *c = cas_retain(cd[0]);
    gather_and_release(cd, 2);
    cas_print("C cancelled: %s, locked: %s", tf(cas_cancelled(c)), tf(cas_lock_locked(lock)));
    cas_release(c);
    CHECK_INT(cas_lock_free(lock), 0);
    return 0;
}

static void a_lock_waiter_cancelled_after_being_woken_passes_the_wake_up_on(void **s) {
    assert_int_equal(run_virtual(lock_cancel_main, NULL), 0);
    assert_string_equal(rec_prints(), "RuntimeError: Lock is not acquired.|released, locked: False|"
                                      "A cancelled, locked: False|B has the lock|A cancelled: True, locked: False|"
                                      "C cancelled, locked: True|still locked: True|D has the lock|"
                                      "C cancelled: True, locked: False");
    /* A's wait ended cancelled, and so did C's. */
    size_t cancelled = 0;
    for (size_t k = 0; k < rec_count("sync_unblocked"); k++)
        cancelled += strcmp(rec_str(rec_nth("sync_unblocked", k), "status"), "cancelled") == 0;
    assert_int_equal(cancelled, 2);
}

static int waits_forever(void *arg, cas_value *r) { return cas_lock_acquire(arg); }

static cas_lock *held;

static int frees_too_early(void *arg, cas_value *r) {
    held = cas_lock_new();
    CHECK_INT(cas_lock_acquire(held), 0);
    cas_task *t = cas_create_task(waits_forever, held, 0);
    cas_sleep(0);
    CHECK_INT(cas_lock_free(held), CAS_EMISUSE); /* a task waits on it: nothing freed */
    CHECK_INT(cas_lock_locked(held), 1);
    cas_release(t);
    return 0; /* the run cancels t, which leaves the lock */
}

static void a_lock_cannot_be_freed_while_a_task_waits_on_it(void **s) {
    assert_int_equal(run_virtual(frees_too_early, NULL), 0);
    assert_int_equal(cas_lock_free(held), 0);
    assert_int_equal(cas_lock_free(NULL), CAS_EINVAL);
    assert_int_equal(cas_lock_acquire(NULL), CAS_EINVAL);
}

static void waiting_outside_a_task_is_misuse(void **s) {
    rec_start(); /* outside a run no stream is open: nothing is emitted */
    cas_lock *l = cas_lock_new();
    cas_event *e = cas_event_new();
    assert_int_equal(cas_lock_acquire(l), CAS_EMISUSE);
    assert_int_equal(cas_event_wait(e), CAS_EMISUSE);
    assert_null(cas_exc_type()); /* misuse raises nothing */
    cas_event_set(e);
    assert_int_equal(cas_event_is_set(e), 1);
    assert_int_equal(cas_lock_release(l), CAS_EEXCEPTION);
    cas_exc_clear();
    assert_int_equal(REC.n, 0);
    assert_int_equal(cas_lock_free(l), 0);
    assert_int_equal(cas_event_free(e), 0);
}

/* ---- Event ------------------------------------------------------------ */

static int event_waiter(void *arg, cas_value *r) {
    who *w = arg;
    cas_print("%s waits", w->name);
    int rc = cas_event_wait(w->obj);
    if (rc) {
        cas_print("%s cancelled", w->name);
        return rc;
    }
    cas_print("%s woke, set: %s", w->name, tf(cas_event_is_set(w->obj)));
    return 0;
}

static int event_main(void *arg, cas_value *r) {
    cas_event *ev = cas_event_new();
    cas_task *ts[3] = {spawn_who(event_waiter, "A", ev), spawn_who(event_waiter, "B", ev),
                       spawn_who(event_waiter, "C", ev)};
    cas_sleep(0);
    cas_cancel(ts[1]);
    cas_sleep(0.1);
    cas_print("setting, then clearing");
    cas_event_set(ev);
    cas_event_clear(ev);
    gather_and_release(ts, 3);
    cas_print("is_set: %s", tf(cas_event_is_set(ev)));
    cas_event_set(ev);
    CHECK_INT(cas_event_wait(ev), 0);
    cas_print("a set event does not wait: %s", tf(cas_event_is_set(ev)));
    CHECK_INT(cas_event_free(ev), 0);
    return 0;
}

static void an_event_wakes_every_waiter_and_a_cancelled_one_stays_cancelled(void **s) {
    assert_int_equal(run_virtual(event_main, NULL), 0);
    assert_string_equal(rec_prints(), "A waits|B waits|C waits|B cancelled|setting, then clearing|A woke, set: False|"
                                      "C woke, set: False|is_set: False|a set event does not wait: True");
    assert_int_equal(rec_count("sync_blocked"), 3);
    assert_string_equal(rec_str(rec_nth("sync", 0), "op"), "set");
    assert_string_equal(rec_str(rec_nth("sync", 1), "op"), "clear");
}

/* ---- Semaphore ---------------------------------------------------------- */

static int sem_worker(void *arg, cas_value *r) {
    who *w = arg;
    int rc = cas_semaphore_acquire(w->obj);
    if (rc) return rc;
    cas_print("%s in, locked: %s", w->name, tf(cas_semaphore_locked(w->obj)));
    rc = cas_sleep(strcmp(w->name, "B") == 0 ? 0.15 : 0.1); /* no two deadlines alike */
    cas_semaphore_release(w->obj);
    if (rc) return rc;
    cas_print("%s out", w->name);
    return 0;
}

static int sem_acquirer(void *arg, cas_value *r) {
    who *w = arg;
    int rc = cas_semaphore_acquire(w->obj);
    if (rc) {
        cas_print("%s cancelled", w->name);
        return rc;
    }
    cas_print("%s acquired", w->name);
    return 0;
}

static int semaphore_main(void *arg, cas_value *r) {
    cas_semaphore *sem = cas_semaphore_new(2);
    const char *names[] = {"A", "B", "C", "D", "E"};
    cas_task *ts[5];
    for (int i = 0; i < 5; i++) ts[i] = spawn_who(sem_worker, names[i], sem);
    gather_and_release(ts, 5);
    cas_print("locked: %s", tf(cas_semaphore_locked(sem)));
    CHECK_INT(cas_semaphore_free(sem), 0);

    sem = cas_semaphore_new(0);
    cas_task *ab[2] = {spawn_who(sem_acquirer, "A", sem), spawn_who(sem_acquirer, "B", sem)};
    cas_sleep(0);
    cas_semaphore_release(sem);
    cas_cancel(ab[0]);
    gather_and_release(ab, 2);
    cas_print("locked: %s", tf(cas_semaphore_locked(sem)));
    CHECK_INT(cas_semaphore_free(sem), 0);

    cas_semaphore *bs = cas_bounded_semaphore_new(1);
    CHECK_INT(cas_semaphore_acquire(bs), 0);
    CHECK_INT(cas_semaphore_release(bs), 0);
    CHECK_INT(cas_semaphore_release(bs), CAS_EEXCEPTION);
    cas_print("%s: %s", cas_exc_type(), cas_exc_message());
    cas_exc_clear();
    CHECK_INT(cas_semaphore_free(bs), 0);
    CHECK(cas_semaphore_new(-1) == NULL);
    return 0;
}

static void a_semaphore_lets_value_tasks_in_and_the_rest_in_arrival_order(void **s) {
    assert_int_equal(run_virtual(semaphore_main, NULL), 0);
    assert_string_equal(rec_prints(), "A in, locked: False|B in, locked: True|A out|C in, locked: True|B out|"
                                      "D in, locked: True|C out|E in, locked: True|D out|E out|locked: False|"
                                      "A cancelled|B acquired|locked: True|"
                                      "ValueError: BoundedSemaphore released too many times");
}

/* ---- Condition ------------------------------------------------------------ */

static int items[8], nitems;

static int has_items(void *ud) { return nitems > 0; }

static int pop_item(void) {
    int v = items[0];
    memmove(items, items + 1, (size_t)--nitems * sizeof items[0]);
    return v;
}

static int consumer(void *arg, cas_value *r) {
    who *w = arg;
    int rc = cas_condition_acquire(w->obj);
    if (rc) return rc;
    rc = cas_condition_wait_for(w->obj, has_items, NULL);
    if (rc == 0) cas_print("%s got %d", w->name, pop_item());
    cas_condition_release(w->obj);
    return rc;
}

static int cancelled_waiter(void *arg, cas_value *r) {
    cas_condition *c = arg;
    int rc = cas_condition_acquire(c);
    if (rc) return rc;
    rc = cas_condition_wait(c);
    if (rc == CAS_ECANCELLED) cas_print("cancelled, lock held: %s", tf(cas_condition_locked(c)));
    cas_condition_release(c);
    return rc;
}

static int condition_main(void *arg, cas_value *r) {
    cas_condition *cond = cas_condition_new(NULL);
    nitems = 0;
    cas_task *ts[3] = {spawn_who(consumer, "A", cond), spawn_who(consumer, "B", cond), spawn_who(consumer, "C", cond)};
    cas_sleep(0);
    CHECK_INT(cas_condition_acquire(cond), 0);
    items[nitems++] = 1;
    items[nitems++] = 2;
    CHECK_INT(cas_condition_notify(cond, 2), 0);
    cas_print("notified 2");
    cas_condition_release(cond);
    cas_sleep(0.1);
    CHECK_INT(cas_condition_acquire(cond), 0);
    items[nitems++] = 3;
    CHECK_INT(cas_condition_notify_all(cond), 0);
    cas_print("notified all");
    cas_condition_release(cond);
    CHECK_INT(gather_and_release(ts, 3), 0);
    CHECK_INT(cas_condition_wait(cond), CAS_EEXCEPTION);
    cas_print("%s: %s", cas_exc_type(), cas_exc_message());
    CHECK_INT(cas_condition_notify(cond, 1), CAS_EEXCEPTION);
    cas_print("%s: %s", cas_exc_type(), cas_exc_message());
    cas_exc_clear();
    cas_task *t = cas_create_task(cancelled_waiter, cond, 0);
    cas_sleep(0);
    CHECK_INT(cas_condition_acquire(cond), 0);
    cas_cancel(t);
    cas_sleep(0.1);
    cas_print("main releases");
    cas_condition_release(cond);
    cas_task *one[1] = {cas_retain(t)};
    gather_and_release(one, 1);
    cas_print("cancelled: %s, locked: %s", tf(cas_cancelled(t)), tf(cas_condition_locked(cond)));
    cas_release(t);
    CHECK_INT(cas_condition_free(cond), 0);
    return 0;
}

static void a_condition_wakes_notify_n_waiters_in_order_with_the_lock_held(void **s) {
    assert_int_equal(run_virtual(condition_main, NULL), 0);
    assert_string_equal(rec_prints(), "notified 2|A got 1|B got 2|notified all|C got 3|"
                                      "RuntimeError: cannot wait on un-acquired lock|"
                                      "RuntimeError: cannot notify on un-acquired lock|main releases|"
                                      "cancelled, lock held: True|cancelled: True, locked: False");
}

static int always_fails(void *ud) { return cas_raise("KeyError", "from the predicate"); }

static int predicate_raises(void *arg, cas_value *r) {
    cas_lock *l = cas_lock_new();
    cas_condition *c = cas_condition_new(l);
    CHECK_INT(cas_condition_acquire(c), 0);
    CHECK_INT(cas_lock_locked(l), 1); /* the condition's lock is the one given */
    CHECK_INT(cas_condition_wait_for(c, always_fails, NULL), CAS_EEXCEPTION);
    CHECK_STR(cas_exc_type(), "KeyError");
    cas_exc_clear();
    cas_condition_release(c);
    CHECK_INT(cas_condition_free(c), 0);
    CHECK_INT(cas_lock_free(l), 0);
    return 0;
}

static void a_predicate_that_raises_ends_wait_for_with_its_exception(void **s) {
    assert_int_equal(run_virtual(predicate_raises, NULL), 0);
}

/* ---- Barrier ----------------------------------------------------------------- */

static int party(void *arg, cas_value *r) {
    who *w = arg;
    int i = cas_barrier_wait(w->obj);
    if (i == CAS_EEXCEPTION) {
        cas_print("%s: %s: %s", w->name, cas_exc_type(), cas_exc_message());
        cas_exc_clear();
        return 0;
    }
    if (i < 0) return i;
    cas_print("%s passed with index %d", w->name, i);
    return 0;
}

static int barrier_main(void *arg, cas_value *r) {
    cas_barrier *b = cas_barrier_new(3);
    cas_task *ts[3] = {spawn_who(party, "A", b), spawn_who(party, "B", b), NULL};
    cas_sleep(0);
    cas_print("waiting: %d of %d", cas_barrier_n_waiting(b), cas_barrier_parties(b));
    ts[2] = spawn_who(party, "C", b);
    gather_and_release(ts, 3);
    cas_print("after: %d, broken: %s", cas_barrier_n_waiting(b), tf(cas_barrier_broken(b)));
    cas_task *t = spawn_who(party, "D", b);
    cas_sleep(0);
    CHECK_INT(cas_barrier_reset(b), 0);
    CHECK_INT(cas_await(t, NULL), 0);
    cas_release(t);
    t = spawn_who(party, "E", b);
    cas_sleep(0);
    CHECK_INT(cas_barrier_abort(b), 0);
    CHECK_INT(cas_await(t, NULL), 0);
    cas_release(t);
    cas_print("broken: %s", tf(cas_barrier_broken(b)));
    who f = {"F", b};
    party(&f, NULL);
    CHECK_INT(cas_barrier_reset(b), 0);
    cas_print("after reset, broken: %s", tf(cas_barrier_broken(b)));
    CHECK_INT(cas_barrier_free(b), 0);
    CHECK(cas_barrier_new(0) == NULL);
    return 0;
}

static void a_barrier_lets_its_parties_go_together_with_their_indexes(void **s) {
    assert_int_equal(run_virtual(barrier_main, NULL), 0);
    assert_string_equal(rec_prints(), "waiting: 2 of 3|C passed with index 2|A passed with index 0|"
                                      "B passed with index 1|after: 0, broken: False|"
                                      "D: BrokenBarrierError: Abort or reset of barrier|"
                                      "E: BrokenBarrierError: Abort or reset of barrier|broken: True|"
                                      "F: BrokenBarrierError: Barrier aborted|after reset, broken: False");
}

/* ---- cancellation in every primitive -------------------------------------------- */

static int sem_waiter(void *arg, cas_value *r) {
    who *w = arg;
    int rc = cas_semaphore_acquire(w->obj);
    if (rc == 0) {
        cas_print("%s in", w->name);
        rc = cas_sleep(0.1);
        cas_semaphore_release(w->obj);
    }
    if (rc == CAS_ECANCELLED) cas_print("%s cancelled, locked: %s", w->name, tf(cas_semaphore_locked(w->obj)));
    return rc;
}

static int cond_waiter(void *arg, cas_value *r) {
    who *w = arg;
    int rc = cas_condition_acquire(w->obj);
    if (rc) return rc;
    rc = cas_condition_wait(w->obj);
    if (rc == 0) cas_print("%s notified", w->name);
    if (rc == CAS_ECANCELLED) cas_print("%s cancelled, lock held: %s", w->name, tf(cas_condition_locked(w->obj)));
    cas_condition_release(w->obj);
    return rc;
}

static int cancellable_party(void *arg, cas_value *r) {
    who *w = arg;
    int i = cas_barrier_wait(w->obj);
    if (i == CAS_ECANCELLED) {
        cas_print("%s cancelled, waiting: %d", w->name, cas_barrier_n_waiting(w->obj));
        return i;
    }
    if (i < 0) return i;
    cas_print("%s passed with index %d", w->name, i);
    return 0;
}

static int joins(void *arg, cas_value *r) { return cas_queue_join(arg); }
static int puts_two(void *arg, cas_value *r) { return cas_queue_put(arg, cas_int(2)); }

static int cancel_everywhere_main(void *arg, cas_value *r) {
    /* Semaphore: a waiter cancelled before its turn is skipped. */
    cas_semaphore *sem = cas_semaphore_new(1);
    cas_task *abc[3] = {spawn_who(sem_waiter, "A", sem), spawn_who(sem_waiter, "B", sem),
                        spawn_who(sem_waiter, "C", sem)};
    cas_sleep(0);
    cas_cancel(abc[1]);
    gather_and_release(abc, 3);
    cas_print("locked: %s", tf(cas_semaphore_locked(sem)));
    CHECK_INT(cas_semaphore_free(sem), 0);

    /* Condition: a notified waiter cancelled while it waits for the lock
     * still takes the lock before it raises; the next notified follows. */
    cas_condition *cond = cas_condition_new(NULL);
    cas_task *de[2] = {spawn_who(cond_waiter, "D", cond), spawn_who(cond_waiter, "E", cond)};
    cas_sleep(0);
    CHECK_INT(cas_condition_acquire(cond), 0);
    cas_condition_notify_all(cond);
    cas_sleep(0);
    cas_cancel(de[0]);
    cas_print("main still holds the lock");
    cas_condition_release(cond);
    gather_and_release(de, 2);
    cas_print("locked: %s", tf(cas_condition_locked(cond)));
    CHECK_INT(cas_condition_free(cond), 0);

    /* Barrier: a party cancelled while it waits leaves the count. */
    cas_barrier *b = cas_barrier_new(2);
    cas_task *f[1] = {spawn_who(cancellable_party, "F", b)};
    cas_sleep(0);
    cas_print("waiting: %d", cas_barrier_n_waiting(b));
    cas_cancel(f[0]);
    gather_and_release(f, 1);
    cas_print("waiting: %d, broken: %s", cas_barrier_n_waiting(b), tf(cas_barrier_broken(b)));
    cas_task *gh[2] = {spawn_who(cancellable_party, "G", b), spawn_who(cancellable_party, "H", b)};
    gather_and_release(gh, 2);
    CHECK_INT(cas_barrier_free(b), 0);

    /* Queue: a cancelled join, and a cancelled putter never woken. */
    cas_queue *q = cas_queue_new(1);
    cas_queue_put_nowait(q, cas_int(1));
    cas_task *jp[2] = {cas_create_task(joins, q, 0), cas_create_task(puts_two, q, 0)};
    cas_sleep(0);
    cas_cancel(jp[0]);
    cas_cancel(jp[1]);
    cas_task *j = cas_retain(jp[0]), *p = cas_retain(jp[1]);
    gather_and_release(jp, 2);
    cas_print("join cancelled: %s, put cancelled: %s, size %lld", tf(cas_cancelled(j)), tf(cas_cancelled(p)),
              (long long)cas_queue_qsize(q));
    cas_release(j);
    cas_release(p);
    cas_value v;
    CHECK_INT(cas_queue_get_nowait(q, &v), 0);
    cas_print("%lld %s", (long long)v.as.i, tf(cas_queue_empty(q)));
    CHECK_INT(cas_queue_free(q), 0);
    return 0;
}

static void waiters_cancelled_in_every_primitive_leave_it_as_cpython_does(void **s) {
    assert_int_equal(run_virtual(cancel_everywhere_main, NULL), 0);
    assert_string_equal(rec_prints(), "A in|B cancelled, locked: True|C in|locked: False|main still holds the lock|"
                                      "E notified|D cancelled, lock held: True|locked: False|waiting: 1|"
                                      "F cancelled, waiting: 0|waiting: 0, broken: False|H passed with index 1|"
                                      "G passed with index 0|join cancelled: True, put cancelled: True, size 1|1 True");
}

int main(void) {
    const struct CMUnitTest tests[] = {
        TEST(a_released_lock_goes_to_its_waiters_in_arrival_order),
        TEST(a_lock_waiter_cancelled_after_being_woken_passes_the_wake_up_on),
        TEST(a_lock_cannot_be_freed_while_a_task_waits_on_it),
        TEST(waiting_outside_a_task_is_misuse),
        TEST(an_event_wakes_every_waiter_and_a_cancelled_one_stays_cancelled),
        TEST(a_semaphore_lets_value_tasks_in_and_the_rest_in_arrival_order),
        TEST(a_condition_wakes_notify_n_waiters_in_order_with_the_lock_held),
        TEST(a_predicate_that_raises_ends_wait_for_with_its_exception),
        TEST(a_barrier_lets_its_parties_go_together_with_their_indexes),
        TEST(waiters_cancelled_in_every_primitive_leave_it_as_cpython_does),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
