/*
 * errors.c -- the error table, and exceptions: the objects a task fails
 * with, and the "pending" exception of the running task (or of the
 * program, outside any task), which is what an await raised and what a
 * body propagates by returning its code.
 */
#include "internal.h"

#include <stdint.h>
#include <string.h>

const char *cas_strerror(int err) {
    switch (err) {
#define CAS__ERR_STR(name, value, msg) case value: return msg;
        CAS_ERRNO_MAP(CAS__ERR_STR)
#undef CAS__ERR_STR
    }
    return "unknown error";
}

const char *cas_err_name(int err) {
    switch (err) {
#define CAS__ERR_NAME(name, value, msg) case value: return #name;
        CAS_ERRNO_MAP(CAS__ERR_NAME)
#undef CAS__ERR_NAME
    }
    return "EUNKNOWN";
}

/* The program's pending exception, used outside any task. */
static cas__exc *program_pending;

/* One allocation: the record, then its type and message, which never
 * change (an awaited cancellation makes two exceptions per task, and a
 * million cancelled tasks felt three allocations each). */
cas__exc *cas__exc_new(const char *type, const char *message) {
    if (!type) type = "Exception";
    if (!message) message = "";
    size_t nt = strlen(type) + 1, nm = strlen(message) + 1;
    cas__exc *e;
    /* Strings that exist are far from SIZE_MAX each, but not together. */
    if (nm > (size_t)PTRDIFF_MAX - sizeof *e - nt) return NULL;
    e = cas__malloc(sizeof *e + nt + nm);
    if (!e) return NULL;
    e->refs = 1;
    e->empty_arg = 0;
    e->subs = NULL;
    e->nsubs = 0;
    e->group_msg = NULL;
    e->obj = NULL;
    e->release = NULL;
    e->type = memcpy((char *)(e + 1), type, nt);
    e->message = memcpy(e->type + nt, message, nm);
    return e;
}

cas__exc *cas__exc_copy(const cas__exc *e) {
    cas__exc *m = (cas__exc *)e; /* shared: the count is not the exception's value */
    if (m) m->refs++;
    return m;
}

void cas__exc_free(cas__exc *e) {
    if (!e || --e->refs > 0) return;
    if (e->release) e->release(e->obj);
    for (size_t i = 0; i < e->nsubs; i++) cas__exc_free(e->subs[i]);
    cas__free(e->subs);
    cas__free(e->group_msg);
    cas__free(e); /* with its type and message */
}

cas__exc *cas__exc_cancelled(const char *message) { return cas__exc_new("CancelledError", message); }

int cas__exc_is_cancel(const cas__exc *e) {
    return e && strcmp(e->type, "CancelledError") == 0;
}

/* An exception for an API error code that a body returned as its own. */
cas__exc *cas__exc_from_code(int code) {
    switch (code) {
    case CAS_ECANCELLED: return cas__exc_new("CancelledError", "");
    case CAS_ETIMEOUT: return cas__exc_new("TimeoutError", "");
    case CAS_ENOMEM: return cas__exc_new("MemoryError", "");
    case CAS_EINVALIDSTATE: return cas__exc_new("InvalidStateError", "invalid state");
    default: return cas__exc_new("RuntimeError", cas_strerror(code));
    }
}

cas__exc **cas__pending_slot(void) {
    return cas__L.current ? &cas__L.current->pending : &program_pending;
}

void cas__set_pending(cas__exc *e) {
    cas__exc **slot = cas__pending_slot();
    cas__exc_free(*slot);
    *slot = e;
}

int cas_raise(const char *type, const char *fmt, ...) {
    if (!type || !*type) type = "Exception";
    char *msg = NULL;
    if (fmt) {
        va_list ap;
        va_start(ap, fmt);
        msg = cas__vformat(fmt, ap);
        va_end(ap);
    }
    cas__exc *e = cas__exc_new(type, msg ? msg : "");
    cas__free(msg);
    if (!e) {
        /* Out of memory while raising: MemoryError has no message to copy. */
        cas__set_pending(NULL);
        return CAS_ENOMEM;
    }
    cas__set_pending(e);
    return cas__exc_is_cancel(e) ? CAS_ECANCELLED : CAS_EEXCEPTION;
}

int cas_raise_object(void *obj, const char *type, const char *message, cas_release_fn release) {
    cas__exc *e = cas__exc_new(type && *type ? type : "Exception", message);
    if (!e) {
        if (release) release(obj);
        cas__set_pending(NULL);
        return CAS_ENOMEM;
    }
    e->obj = obj;
    e->release = release;
    cas__set_pending(e);
    return cas__exc_is_cancel(e) ? CAS_ECANCELLED : CAS_EEXCEPTION;
}

void *cas_exc_object(void) {
    cas__exc *e = *cas__pending_slot();
    return e ? e->obj : NULL;
}

const char *cas_exc_type(void) {
    cas__exc *e = *cas__pending_slot();
    return e ? e->type : NULL;
}

const char *cas_exc_message(void) {
    cas__exc *e = *cas__pending_slot();
    return e ? e->message : NULL;
}

void cas_exc_clear(void) { cas__set_pending(NULL); }

int cas_exc_group_size(void) {
    cas__exc *e = *cas__pending_slot();
    return e && e->subs ? (int)e->nsubs : 0;
}

cas_value cas_exc_group_item(size_t i) {
    cas__exc *e = *cas__pending_slot();
    if (!e || !e->subs || i >= e->nsubs) return cas_none();
    cas_value v = cas_exc_value(e->subs[i]->type, e->subs[i]->message);
    v.as.exc.ref = e->subs[i];
    return v;
}

cas_value cas_exc_pending_value(void) {
    cas__exc *e = *cas__pending_slot();
    if (!e) return cas_none();
    cas_value v = cas_exc_value(e->type, e->message);
    v.as.exc.ref = e;
    return v;
}
