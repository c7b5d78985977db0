/*
 * value.c -- the runtime's side of cas_value: deep copies (what a future
 * owns), Python's repr(), and the JSON form used by events.
 */
#include "internal.h"
#include "cJSON.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int cas__value_copy(cas_value *dst, cas_value src) {
    *dst = src;
    switch (src.kind) {
    case CAS_STR:
    case CAS_BIGINT:
        dst->as.s = cas__strdup(src.as.s ? src.as.s : "");
        return dst->as.s ? CAS_OK : (*dst = cas_none(), CAS_ENOMEM);
    case CAS_EXC:
        if (src.as.exc.ref) {
            /* The runtime's exception: shared, so its object stays one. */
            cas__exc *e = cas__exc_copy(src.as.exc.ref);
            dst->as.exc.type = e->type;
            dst->as.exc.message = e->message;
            return CAS_OK;
        }
        dst->as.exc.type = cas__strdup(src.as.exc.type ? src.as.exc.type : "Exception");
        dst->as.exc.message = cas__strdup(src.as.exc.message ? src.as.exc.message : "");
        if (!dst->as.exc.type || !dst->as.exc.message) {
            cas__value_free(dst);
            return CAS_ENOMEM;
        }
        return CAS_OK;
    case CAS_LIST:
    case CAS_TUPLE: {
        size_t n = src.as.list.n;
        cas_value *items = n ? cas__calloc(n, sizeof *items) : NULL;
        dst->as.list.items = items;
        dst->as.list.n = 0;
        if (n && !items) return (*dst = cas_none(), CAS_ENOMEM);
        for (size_t i = 0; i < n; i++) {
            if (cas__value_copy(&items[i], src.as.list.items[i]) != CAS_OK) {
                cas__value_free(dst);
                return CAS_ENOMEM;
            }
            dst->as.list.n = i + 1;
        }
        return CAS_OK;
    }
    default:
        return CAS_OK;
    }
}

void cas__value_free(cas_value *v) {
    switch (v->kind) {
    case CAS_STR:
    case CAS_BIGINT:
        cas__free((void *)v->as.s);
        break;
    case CAS_EXC:
        if (v->as.exc.ref) {
            cas__exc_free(v->as.exc.ref);
        } else {
            cas__free((void *)v->as.exc.type);
            cas__free((void *)v->as.exc.message);
        }
        break;
    case CAS_LIST:
    case CAS_TUPLE:
        for (size_t i = 0; i < v->as.list.n; i++) cas__value_free((cas_value *)&v->as.list.items[i]);
        cas__free((void *)v->as.list.items);
        break;
    default:
        break;
    }
    *v = cas_none();
}

/* A growing output for repr: writes what fits, counts everything. */
typedef struct out {
    char *buf;
    size_t cap, len;
} out;

static void put(out *o, const char *s, size_t n) {
    if (o->len < o->cap) {
        size_t room = o->cap - o->len;
        memcpy(o->buf + o->len, s, n < room ? n : room);
    }
    o->len += n;
}

static void puts_(out *o, const char *s) { put(o, s, strlen(s)); }

/* Python's float repr: the shortest text that reads back the same. */
static void put_float(out *o, double f) {
    char b[40];
    if (isnan(f)) { puts_(o, "nan"); return; }
    if (isinf(f)) { puts_(o, f < 0 ? "-inf" : "inf"); return; }
    for (int prec = 1; prec <= 17; prec++) {
        snprintf(b, sizeof b, "%.*g", prec, f);
        if (strtod(b, NULL) == f) break;
    }
    /* repr keeps a ".0" on integral values and uses e+XX exponents. */
    char *e = strchr(b, 'e');
    if (e) {
        /* Python writes 1e+16, C writes 1e+16 too; keep as is. */
    } else if (!strchr(b, '.') && !strchr(b, 'n') && !strchr(b, 'i')) {
        strcat(b, ".0");
    }
    puts_(o, b);
}

/* Python's str repr: single quotes unless the text has a single quote
 * and no double quote; escapes backslash, the quote and control bytes. */
static void put_str(out *o, const char *s) {
    char q = (strchr(s, '\'') && !strchr(s, '"')) ? '"' : '\'';
    put(o, &q, 1);
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        char b[8];
        if (*p == (unsigned char)q || *p == '\\') {
            b[0] = '\\';
            b[1] = (char)*p;
            put(o, b, 2);
        } else if (*p == '\n') {
            puts_(o, "\\n");
        } else if (*p == '\t') {
            puts_(o, "\\t");
        } else if (*p == '\r') {
            puts_(o, "\\r");
        } else if (*p < 0x20 || *p == 0x7f) {
            snprintf(b, sizeof b, "\\x%02x", *p);
            puts_(o, b);
        } else {
            put(o, (const char *)p, 1);
        }
    }
    put(o, &q, 1);
}

static void put_repr(out *o, cas_value v, int depth) {
    char b[32];
    switch (v.kind) {
    case CAS_NONE: puts_(o, "None"); break;
    case CAS_BOOL: puts_(o, v.as.b ? "True" : "False"); break;
    case CAS_INT:
        snprintf(b, sizeof b, "%lld", (long long)v.as.i);
        puts_(o, b);
        break;
    case CAS_FLOAT: put_float(o, v.as.f); break;
    case CAS_STR: put_str(o, v.as.s ? v.as.s : ""); break;
    case CAS_BIGINT: puts_(o, v.as.s ? v.as.s : "0"); break;
    case CAS_EXC:
        puts_(o, v.as.exc.type ? v.as.exc.type : "Exception");
        if (v.as.exc.ref && ((cas__exc *)v.as.exc.ref)->subs) {
            /* ExceptionGroup('msg', [ValueError('x'), ...]) */
            const cas__exc *g = v.as.exc.ref;
            puts_(o, "(");
            put_str(o, g->group_msg ? g->group_msg : "");
            puts_(o, ", [");
            for (size_t i = 0; i < g->nsubs; i++) {
                cas_value item = cas_exc_value(g->subs[i]->type, g->subs[i]->message);
                item.as.exc.ref = g->subs[i];
                if (i) puts_(o, ", ");
                if (depth > 64) { puts_(o, "..."); break; }
                put_repr(o, item, depth + 1);
            }
            puts_(o, "])");
            break;
        }
        puts_(o, "(");
        if ((v.as.exc.message && *v.as.exc.message) || (v.as.exc.ref && ((cas__exc *)v.as.exc.ref)->empty_arg))
            put_str(o, v.as.exc.message ? v.as.exc.message : "");
        puts_(o, ")");
        break;
    case CAS_LIST:
        puts_(o, "[");
        for (size_t i = 0; i < v.as.list.n; i++) {
            if (i) puts_(o, ", ");
            if (depth > 64) { puts_(o, "[...]"); break; }
            put_repr(o, v.as.list.items[i], depth + 1);
        }
        puts_(o, "]");
        break;
    case CAS_TUPLE:
        puts_(o, "(");
        for (size_t i = 0; i < v.as.list.n; i++) {
            if (i) puts_(o, ", ");
            if (depth > 64) { puts_(o, "(...)"); break; }
            put_repr(o, v.as.list.items[i], depth + 1);
        }
        puts_(o, v.as.list.n == 1 ? ",)" : ")");
        break;
    case CAS_PTR:
        snprintf(b, sizeof b, "<pointer %p>", v.as.p);
        puts_(o, b);
        break;
    default: puts_(o, "<?>"); break;
    }
}

void *cas_value_exc_object(cas_value v) {
    return v.kind == CAS_EXC && v.as.exc.ref ? ((cas__exc *)v.as.exc.ref)->obj : NULL;
}

int cas_repr(cas_value v, char *buf, size_t cap) {
    if (!buf && cap) return CAS_EINVAL;
    out o = {buf, cap ? cap - 1 : 0, 0};
    put_repr(&o, v, 0);
    if (cap) buf[o.len < cap - 1 ? o.len : cap - 1] = '\0';
    return o.len > (size_t)0x7fffffff ? CAS_EINVAL : (int)o.len;
}

/* JSON: None is null, ints are numbers (strings beyond 2^53, where JSON
 * numbers stop being exact), big ints are decimal strings, lists are
 * arrays, exceptions are {"type", "message"}, pointers are null. */
cJSON *cas__value_json(cas_value v) {
    switch (v.kind) {
    case CAS_BOOL: return cJSON_CreateBool(v.as.b);
    case CAS_INT: {
        if (v.as.i > 9007199254740991LL || v.as.i < -9007199254740991LL) {
            char b[32];
            snprintf(b, sizeof b, "%lld", (long long)v.as.i);
            return cJSON_CreateString(b);
        }
        return cJSON_CreateNumber((double)v.as.i);
    }
    case CAS_FLOAT: return isfinite(v.as.f) ? cJSON_CreateNumber(v.as.f) : cJSON_CreateNull();
    case CAS_STR:
    case CAS_BIGINT: return cJSON_CreateString(v.as.s ? v.as.s : "");
    case CAS_EXC: {
        cJSON *o = cJSON_CreateObject();
        if (!o) return NULL;
        if (!cJSON_AddStringToObject(o, "type", v.as.exc.type ? v.as.exc.type : "Exception") ||
            !cJSON_AddStringToObject(o, "message", v.as.exc.message ? v.as.exc.message : "")) {
            cJSON_Delete(o);
            return NULL;
        }
        return o;
    }
    case CAS_LIST:
    case CAS_TUPLE: {
        cJSON *a = cJSON_CreateArray();
        if (!a) return NULL;
        for (size_t i = 0; i < v.as.list.n; i++) {
            cJSON *item = cas__value_json(v.as.list.items[i]);
            if (!item) {
                cJSON_Delete(a);
                return NULL;
            }
            cJSON_AddItemToArray(a, item);
        }
        return a;
    }
    default: return cJSON_CreateNull();
    }
}
