/*
 * str.c -- str (UTF-8 text indexed by code point) and a minimal bytes:
 * the objects, their methods, repr, the interned names the back end asks
 * for by C string, py_str_fmt (the back end's printf for messages), and
 * the two formatting languages: 'fmt' % args and str.format.  Number
 * formatting itself is num.h's.
 */
#include <ctype.h>
#include <malloc.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "py.h"
#include "unicode_case.h"
#ifdef PY_HAVE_NUM
#include "num.h"
#endif

/* ---- UTF-8 ------------------------------------------------------------------- */

size_t py_utf8_decode(const char *s, size_t len, size_t *i) {
    const unsigned char *u = (const unsigned char *)s;
    size_t k = *i;
    unsigned c = u[k];
    if (c < 0x80 || k + 1 >= len + (c < 0x80)) { *i = k + 1; return c; }
    if (c < 0xE0) { *i = k + 2; return ((c & 31u) << 6) | (u[k + 1] & 63u); }
    if (c < 0xF0 && k + 2 < len) { *i = k + 3; return ((c & 15u) << 12) | ((u[k + 1] & 63u) << 6) | (u[k + 2] & 63u); }
    if (k + 3 < len) {
        *i = k + 4;
        return ((c & 7u) << 18) | ((u[k + 1] & 63u) << 12) | ((u[k + 2] & 63u) << 6) | (u[k + 3] & 63u);
    }
    *i = len;
    return c;
}

size_t py_utf8_count(const char *s, size_t len) {
    size_t n = 0;
    for (size_t i = 0; i < len; i++) n += ((unsigned char)s[i] & 0xC0) != 0x80;
    return n;
}

/* A str's text is UTF-8, so a code point's index and its byte offset differ
 * once a character is not ASCII.  The last pair found is kept, with its
 * str, so that a loop over s[i] or s.find(sub, start) counts from there
 * rather than from the start each time; str_dealloc forgets it. */
static struct { const py_strobj *s; size_t k, b; } cp_last;

/* Byte offset of code point index k: counted from the start, the end or
 * the last pair, whichever is nearest. */
static size_t cp_offset(py_strobj *s, size_t k) {
    if (s->n == s->len) return k;
    if (k >= s->n) return s->len;
    size_t c = 0, i = 0;
    if (cp_last.s == s && (k >= cp_last.k ? k - cp_last.k : cp_last.k - k) < (k < s->n - k ? k : s->n - k))
        c = cp_last.k, i = cp_last.b;
    else if (s->n - k < k)
        c = s->n, i = s->len;
    while (c < k) {
        i++;
        while (((unsigned char)s->s[i] & 0xC0) == 0x80) i++;
        c++;
    }
    while (c > k) {
        i--;
        while (((unsigned char)s->s[i] & 0xC0) == 0x80) i--;
        c--;
    }
    cp_last.s = s, cp_last.k = k, cp_last.b = i;
    return i;
}

/* Code point index of byte offset b (the inverse of cp_offset). */
static size_t cp_index(py_strobj *s, size_t b) {
    if (s->n == s->len) return b;
    size_t k;
    if (cp_last.s == s && b >= cp_last.b) k = cp_last.k + py_utf8_count(s->s + cp_last.b, b - cp_last.b);
    else if (cp_last.s == s && cp_last.b - b < b) k = cp_last.k - py_utf8_count(s->s + b, cp_last.b - b);
    else k = py_utf8_count(s->s, b);
    cp_last.s = s, cp_last.k = k, cp_last.b = b;
    return k;
}

/* ---- construction ---------------------------------------------------------------- */

py_obj *py_str_new(const char *s, size_t len) {
    if (len == 0) {
        static py_strobj *empty;
        if (!empty) {
            empty = malloc(sizeof(py_strobj) + 1);
            empty->ob.rc = PY_IMMORTAL;
            empty->ob.type = &py_str_type;
            empty->len = empty->n = 0;
            empty->hash = -1;
            empty->interned = 0;
            empty->s[0] = 0;
        }
        return py_incref(empty);
    }
    py_strobj *o = malloc(sizeof(py_strobj) + len + 1);
    if (!o) return py_err_nomem();
    o->ob.rc = 1;
    o->ob.type = &py_str_type;
    o->len = len;
    memcpy(o->s, s, len);
    o->s[len] = 0;
    o->n = py_utf8_count(s, len);
    o->hash = -1;
    o->interned = 0;
    return (py_obj *)o;
}

py_obj *py_str_c(const char *s) { return py_str_new(s, strlen(s)); }

py_obj *py_str_from_buf(py_buf *b) {
    if (b->oom) { py_buf_free(b); return py_err_nomem(); }
    py_obj *r = py_str_new(b->data ? b->data : "", b->len);
    py_buf_free(b);
    return r;
}

/* Strings interned by their text: an open-addressing set of immortal str,
 * grown at half full. */
static py_strobj **itab;
static size_t icap, icount;

static size_t text_hash(const char *s, size_t n) {
    size_t h = 1469598103934665603ull & SIZE_MAX;
    for (size_t i = 0; i < n; i++) h = (h ^ (unsigned char)s[i]) * (size_t)1099511628211ull;
    return h;
}

py_obj *py_str_intern_text(const char *s, size_t n) {
    if (icount * 2 >= icap) {
        size_t cap = icap ? icap * 2 : 1024;
        py_strobj **t = calloc(cap, sizeof *t);
        if (!t) return py_err_nomem();
        for (size_t i = 0; i < icap; i++) {
            if (!itab[i]) continue;
            size_t j = text_hash(itab[i]->s, itab[i]->len) & (cap - 1);
            while (t[j]) j = (j + 1) & (cap - 1);
            t[j] = itab[i];
        }
        free(itab);
        itab = t;
        icap = cap;
    }
    size_t j = text_hash(s, n) & (icap - 1);
    for (; itab[j]; j = (j + 1) & (icap - 1))
        if (itab[j]->len == n && memcmp(itab[j]->s, s, n) == 0) return py_incref(itab[j]);
    py_strobj *o = (py_strobj *)py_str_new(s, n);
    if (!o) return NULL;
    if (n) {  /* the empty str is a singleton already */
        o->ob.rc += PY_IMMORTAL;
        o->interned = 1;
    }
    itab[j] = o;
    icount++;
    return (py_obj *)o;
}

/* Names the back end asks for by C string literal, cached by address. */
#define INTERN_SIZE 2048
static struct { const char *key; py_obj *s; } intern_tab[INTERN_SIZE];

py_obj *py_str_intern(const char *s) {
    size_t h = ((uintptr_t)s >> 3) & (INTERN_SIZE - 1);
    for (int probe = 0; probe < 8; probe++) {
        size_t i = (h + (size_t)probe) & (INTERN_SIZE - 1);
        /* the content is checked too: a caller may pass a reused buffer */
        if (intern_tab[i].key == s && !strcmp(py_s(intern_tab[i].s), s)) return py_incref(intern_tab[i].s);
        if (intern_tab[i].key == s) return py_str_intern_text(s, strlen(s));
        if (!intern_tab[i].key) {
            py_obj *o = py_str_intern_text(s, strlen(s));
            if (!o) return NULL;
            intern_tab[i].key = s;
            intern_tab[i].s = o; /* immortal: the reference stays with the table */
            return py_incref(o);
        }
    }
    return py_str_intern_text(s, strlen(s));
}

static void fmt_into(py_buf *b, const char *fmt, va_list ap) {
    for (const char *p = fmt; *p; p++) {
        if (*p != '%') { py_buf_putc(b, *p); continue; }
        p++;
        switch (*p) {
        case 's': { const char *s = va_arg(ap, const char *); py_buf_puts(b, s ? s : "(null)"); break; }
        case 'd': py_buf_printf(b, "%d", va_arg(ap, int)); break;
        case 'c': py_buf_put_cp(b, (uint32_t)va_arg(ap, int)); break;
        case 'p': py_buf_printf(b, "%p", va_arg(ap, void *)); break;
        case 'z': p++; py_buf_printf(b, "%zu", va_arg(ap, size_t)); break;
        case 'l':
            if (p[1] == 'l') p++;
            p++;
            py_buf_printf(b, "%lld", (long long)va_arg(ap, int64_t));
            break;
        case 'U': { py_obj *o = va_arg(ap, py_obj *); py_buf_put(b, py_s(o), py_slen(o)); break; }
        case 'R': case 'S': {
            py_obj *o = va_arg(ap, py_obj *);
            py_obj *r = *p == 'R' ? py_repr(o) : py_str(o);
            if (r) { py_buf_put(b, py_s(r), py_slen(r)); py_decref(r); }
            else { py_err_clear(); py_buf_puts(b, "<?>"); }
            break;
        }
        case '%': py_buf_putc(b, '%'); break;
        default: py_buf_putc(b, '%'); py_buf_putc(b, *p); break;
        }
    }
}

py_obj *py_str_vfmt(const char *fmt, va_list ap) {
    py_buf b = {0};
    fmt_into(&b, fmt, ap);
    return py_str_from_buf(&b);
}
py_obj *py_str_fmt(const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    py_obj *r = py_str_vfmt(fmt, ap);
    va_end(ap);
    return r;
}

int py_str_eq(py_obj *a, py_obj *b) {
    if (a == b) return 1;
    py_strobj *x = (py_strobj *)a, *y = (py_strobj *)b;
    if (x->len != y->len) return 0;
    if (x->hash != -1 && y->hash != -1 && x->hash != y->hash) return 0;
    return memcmp(x->s, y->s, x->len) == 0;
}
int py_str_eqc(py_obj *a, const char *s) {
    size_t n = strlen(s);
    return py_slen(a) == n && memcmp(py_s(a), s, n) == 0;
}

py_obj *py_str_concat(py_obj *a, py_obj *b) {
    size_t la = py_slen(a), lb = py_slen(b);
    if (!la && PY_IS_STR(b)) return py_incref(b); /* (a subclass's instance is copied) */
    if (!lb && PY_IS_STR(a)) return py_incref(a);
    py_strobj *o = malloc(sizeof(py_strobj) + la + lb + 1);
    if (!o) return py_err_nomem();
    o->ob.rc = 1;
    o->ob.type = &py_str_type;
    o->len = la + lb;
    memcpy(o->s, py_s(a), la);
    memcpy(o->s + la, py_s(b), lb);
    o->s[la + lb] = 0;
    o->n = ((py_strobj *)a)->n + ((py_strobj *)b)->n;
    o->hash = -1;
    o->interned = 0;
    return (py_obj *)o;
}

/* `s += t` (or `s = s + t`) where the local s holds the only other
 * reference to its str (CPython 3.11's BINARY_OP_INPLACE_ADD_UNICODE):
 * eval.c lets go of the local's reference and the text grows in place, in
 * a block given room to spare, so that a loop of appends copies the text
 * a few times in all rather than at every step.  *sp is an exact str with
 * no other reference; b an exact str.  On success *sp is
 * the longer str (perhaps moved); on failure -1, and *sp is untouched. */
int py__str_append(py_obj **sp, py_obj *b) {
    py_strobj *a = (py_strobj *)*sp;
    size_t lb = py_slen(b), need = sizeof(py_strobj) + a->len + lb + 1;
    if (malloc_usable_size(a) < need) {
        int last = cp_last.s == a;
        py_strobj *m = realloc(a, need + need / 8 + 32);
        if (!m) { py_err_nomem(); return -1; }
        if (last) cp_last.s = m; /* its positions are the same */
        a = m;
    }
    memcpy(a->s + a->len, py_s(b), lb + 1);
    a->len += lb;
    a->n += ((py_strobj *)b)->n;
    a->hash = -1;
    *sp = (py_obj *)a;
    return 0;
}

/* ---- repr --------------------------------------------------------------------------- */

/* CPython's unicode_repr: the quotes it chooses, escapes for what is not
 * printable (num.c, with Unicode's table of printable code points) */
static void repr_into(py_buf *b, const char *s, size_t n) {
    num_buf r = {0};
    if (num_str_repr(&r, s, n)) b->oom = 1;
    else py_buf_put(b, r.data, r.len);
    num_buf_free(&r);
}

py_obj *py_str_repr_s(const char *s, size_t n) {
    py_buf b = {0};
    repr_into(&b, s, n);
    return py_str_from_buf(&b);
}
static py_obj *str_repr(py_obj *o) { return py_str_repr_s(py_s(o), py_slen(o)); }

py_obj *py_ascii(py_obj *o) {
    py_obj *r = py_repr(o);
    if (!r) return NULL;
    if (((py_strobj *)r)->n == py_slen(r)) return r;
    py_buf b = {0};
    size_t i = 0, n = py_slen(r);
    const char *s = py_s(r);
    while (i < n) {
        uint32_t c = (uint32_t)py_utf8_decode(s, n, &i);
        if (c < 0x80) py_buf_putc(&b, (char)c);
        else if (c < 0x100) py_buf_printf(&b, "\\x%02x", c);
        else if (c < 0x10000) py_buf_printf(&b, "\\u%04x", c);
        else py_buf_printf(&b, "\\U%08x", c);
    }
    py_decref(r);
    return py_str_from_buf(&b);
}

/* ---- the type's slots ------------------------------------------------------------------ */

static int64_t str_hash(py_obj *o) {
    py_strobj *s = (py_strobj *)o;
    if (s->hash != -1) return s->hash;
    uint64_t h = 1469598103934665603ULL;
    for (size_t i = 0; i < s->len; i++) { h ^= (unsigned char)s->s[i]; h *= 1099511628211ULL; }
    int64_t r = s->len ? (int64_t)(h >> 1) : 0; /* CPython: hash('') == 0, whatever the seed */
    if (r == -1) r = -2;
    s->hash = r;
    return r;
}

static int str_cmp(py_obj *a, py_obj *b) {
    size_t la = py_slen(a), lb = py_slen(b);
    int c = memcmp(py_s(a), py_s(b), la < lb ? la : lb);
    if (c) return c < 0 ? -1 : 1;
    return la < lb ? -1 : la > lb;
}

static py_obj *str_richcmp(py_obj *a, py_obj *b, int op) {
    if (!PY_CHECK_STR(b)) return py_incref(PY_NOTIMPL);
    if (op == PY_EQ) return py_bool(py_str_eq(a, b));
    if (op == PY_NE) return py_bool(!py_str_eq(a, b));
    int c = str_cmp(a, b);
    int r = op == PY_LT ? c < 0 : op == PY_LE ? c <= 0 : op == PY_GT ? c > 0 : c >= 0;
    return py_bool(r);
}

static int64_t str_len(py_obj *o) { return (int64_t)((py_strobj *)o)->n; }

static py_obj *str_substr(py_strobj *s, size_t from, size_t to) { /* code points */
    size_t a = cp_offset(s, from), b = cp_offset(s, to);
    return py_str_new(s->s + a, b - a);
}

static py_obj *str_getitem(py_obj *o, py_obj *k) {
    py_strobj *s = (py_strobj *)o;
    if (PY_TYPE(k) == &py_slice_type) {
        int64_t start, stop, step, n;
        if (py_slice_indices(k, (int64_t)s->n, &start, &stop, &step, &n) < 0) return NULL;
        if (step == 1 && n == (int64_t)s->n && PY_TYPE(o) == &py_str_type) return py_incref(o); /* s[:] is s, as CPython's */
        if (step == 1) return n <= 0 ? py_str_new("", 0) : str_substr(s, (size_t)start, (size_t)stop);
        py_buf b = {0};
        for (int64_t i = 0, j = start; i < n; i++, j += step) {
            size_t a = cp_offset(s, (size_t)j), e = a + 1;
            while (e < s->len && ((unsigned char)s->s[e] & 0xC0) == 0x80) e++;
            py_buf_put(&b, s->s + a, e - a);
        }
        return py_str_from_buf(&b);
    }
    if (!PY_IS_INT(k) && !(k->type->flags & PY_TF_HEAP))
        return py_err_set(py_exc_TypeError, "string indices must be integers, not '%s'", py_type_name(k));
    int ok;
    int64_t i = py_index(k, &ok);
    if (!ok) return NULL;
    if (i < 0) i += (int64_t)s->n;
    if (i < 0 || i >= (int64_t)s->n) return py_err_set(py_exc_IndexError, "string index out of range");
    return str_substr(s, (size_t)i, (size_t)i + 1);
}

static int str_contains(py_obj *o, py_obj *v) {
    if (!PY_CHECK_STR(v)) {
        py_err_set(py_exc_TypeError, "'in <string>' requires string as left operand, not %s", py_type_name(v));
        return -1;
    }
    if (!py_slen(v)) return 1;
    return memmem(py_s(o), py_slen(o), py_s(v), py_slen(v)) != NULL;
}

typedef struct { py_obj ob; py_obj *s; size_t i; } str_iter;
static void str_iter_dealloc(py_obj *o) { py_decref(((str_iter *)o)->s); free(o); }
static py_obj *self_iter(py_obj *o) { return py_incref(o); }
static py_obj *str_iter_next(py_obj *o) {
    str_iter *it = (str_iter *)o;
    py_strobj *s = (py_strobj *)it->s;
    if (it->i >= s->len) return NULL;
    size_t a = it->i;
    py_utf8_decode(s->s, s->len, &it->i);
    return py_str_new(s->s + a, it->i - a);
}
static py_type str_iter_type = { {PY_IMMORTAL, &py_type_type}, "str_ascii_iterator", .size = sizeof(str_iter),
    .dealloc = str_iter_dealloc, .iter = self_iter, .next = str_iter_next, .flags = PY_TF_PLAIN_NEXT };
/* What a str's iterator has left, in characters (containers.c's
 * py__seq_iter_left), or -1 for another object. */
int64_t py__str_iter_left(py_obj *o) {
    if (PY_TYPE(o) != &str_iter_type) return -1;
    str_iter *it = (str_iter *)o;
    py_strobj *s = (py_strobj *)it->s;
    int64_t n = 0;
    for (size_t i = it->i; i < s->len; i++) n += ((unsigned char)s->s[i] & 0xC0) != 0x80;
    return n;
}
static py_obj *str_iter_new(py_obj *o) {
    str_iter *it = (str_iter *)py_alloc(&str_iter_type);
    if (!it) return NULL;
    it->s = py_incref(o);
    return (py_obj *)it;
}

/* ---- codecs: UTF-8 (CPython's decoder, strict), ASCII and Latin-1 ---------------------------------- */

/* The codec an encoding name means: 8 UTF-8, 7 ASCII, 1 Latin-1; 0 with
 * LookupError or NotImplementedError set.  *mode: errors= 'strict' 0,
 * 'ignore' 1, 'replace' 2, 'backslashreplace' 3, 'xmlcharrefreplace' 4,
 * 'surrogateescape' 6 ('surrogatepass', which json uses, as strict here:
 * str.encode passes it on). */
/* errors= of a name no handler has (mode 9): CPython's LookupError when an error needs it */
static char unknown_name[64];
static py_obj *unknown_handler(void) { return py_err_set(py_exc_LookupError, "unknown error handler name '%s'", unknown_name); }

/* codec()'s codes beyond 8 (UTF-8), 7 (ASCII) and 1 (Latin-1) */
enum { C_UTF16 = 16, C_UTF16LE, C_UTF16BE, C_UTF32 = 32, C_UTF32LE, C_UTF32BE, C_UTF8SIG = 80, C_CP1252 = 1252 };
/* cp1252's bytes 0x80..0x9F (0: undefined); the others are Latin-1's */
static const uint16_t cp1252_high[32] = {
    0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
    0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
};
/* cp1252's byte for code point cp, or -1 when it has none */
static int cp1252_byte(uint32_t cp) {
    if (cp < 0x80 || (cp >= 0xA0 && cp < 0x100)) return (int)cp;
    for (int k = 0; k < 32; k++) if (cp1252_high[k] && cp1252_high[k] == cp) return 0x80 + k;
    return -1;
}
static int codec(const char *fname, py_obj *enc, py_obj *errors, int *mode) {
    *mode = 0;
    /* the arguments' types first, as CPython's parser checks them */
    for (int i = 0; i < 2; i++) {
        py_obj *x = i ? errors : enc;
        if (x && !PY_IS_STR(x)) {
            py_err_set(py_exc_TypeError, "%s() argument '%s' must be str, not %s", fname, i ? "errors" : "encoding", py_arg_type_name(x));
            return 0;
        }
    }
    if (errors && PY_IS_STR(errors) && py_str_eqc(errors, "ignore")) *mode = 1;
    else if (errors && PY_IS_STR(errors) && py_str_eqc(errors, "replace")) *mode = 2;
    else if (errors && PY_IS_STR(errors) && py_str_eqc(errors, "backslashreplace")) *mode = 3;
    else if (errors && PY_IS_STR(errors) && py_str_eqc(errors, "xmlcharrefreplace")) *mode = 4;
    else if (errors && PY_IS_STR(errors) && py_str_eqc(errors, "surrogateescape")) *mode = 6;
    else if (errors && PY_IS_STR(errors) && py_str_eqc(errors, "namereplace")) {
        py_err_set(py_exc_NotImplementedError, "errors=%R is not supported by casyncio's Python", errors);
        return 0;
    } else if (errors && !py_str_eqc(errors, "strict") && !py_str_eqc(errors, "surrogatepass")) {
        /* a name CPython looks up only when an error needs it (then LookupError: unknown_handler) */
        *mode = 9;
        snprintf(unknown_name, sizeof unknown_name, "%s", py_s(errors));
    }
    if (!enc) return 8;
    char n[32];
    size_t k = 0;
    for (const char *s = py_s(enc); *s && k < sizeof n - 1; s++)
        n[k++] = *s == '-' || *s == ' ' ? '_' : (char)(*s >= 'A' && *s <= 'Z' ? *s + 32 : *s);
    n[k] = 0;
    if (!strcmp(n, "utf_8") || !strcmp(n, "utf8") || !strcmp(n, "u8")) return 8;
    if (!strcmp(n, "ascii") || !strcmp(n, "us_ascii")) return 7;
    if (!strcmp(n, "latin_1") || !strcmp(n, "latin1") || !strcmp(n, "iso_8859_1") || !strcmp(n, "l1")) return 1;
    /* UTF-16 and UTF-32 (with a BOM, or of one byte order), utf-8-sig, cp1252: their codes below */
    static const struct { const char *names; int code; } more[] = {
        { " utf_16 utf16 u16 ", C_UTF16 }, { " utf_16_le utf_16le ", C_UTF16LE }, { " utf_16_be utf_16be ", C_UTF16BE },
        { " utf_32 utf32 u32 ", C_UTF32 }, { " utf_32_le utf_32le ", C_UTF32LE }, { " utf_32_be utf_32be ", C_UTF32BE },
        { " utf_8_sig utf8_sig ", C_UTF8SIG }, { " cp1252 windows_1252 1252 ", C_CP1252 },
    };
    char w[40];
    snprintf(w, sizeof w, " %s ", n);
    for (size_t i = 0; i < sizeof more / sizeof *more; i++)
        if (strstr(more[i].names, w)) return more[i].code;
    static const char known[] = " utf_7 cp437"
                                " cp850 iso_8859_15 latin_9 mac_roman big5 gbk gb2312 shift_jis euc_jp euc_kr koi8_r"
                                " cp1251 idna punycode unicode_escape raw_unicode_escape ";
    if (strstr(known, w)) py_err_set(py_exc_NotImplementedError, "the '%U' codec is not supported by casyncio's Python", enc);
    else py_err_set(py_exc_LookupError, "unknown encoding: %U", enc);
    return 0;
}
/* bytes to str: a copy when valid, else CPython's UnicodeDecodeError for
 * the first bad sequence (its maximal valid prefix). */
static py_obj *decode_bytes(py_obj *bytes, int c, int mode);
/* A bad part [i, end) of what decode_wide or the cp1252 decoder reads:
 * dropped, one U+FFFD or its bytes as \xNN (0), or the error raised (-1) */
static int decode_bad(py_buf *b, py_obj *bytes, const char *name, size_t i, size_t end, const char *why, int mode) {
    const unsigned char *s = ((py_bytes *)bytes)->s;
    if (mode == 1 || mode == 2 || mode == 3) {
        if (mode == 2) py_buf_put_cp(b, 0xFFFD);
        for (size_t k = i; mode == 3 && k < end; k++) py_buf_printf(b, "\\x%02x", (unsigned)s[k]);
        return 0;
    }
    if (mode == 4) py_err_set(py_exc_TypeError, "don't know how to handle UnicodeDecodeError in error callback");
    else if (mode == 9 && !strcmp(name, "charmap")) /* cp1252 is a codec of Python in CPython, whose errors say so */
        py_err_set(py_exc_LookupError, "decoding with 'cp1252' codec failed (LookupError: unknown error handler name '%s')", unknown_name);
    else if (mode == 9) unknown_handler();
    else py__unicode_error(py_exc_UnicodeDecodeError, name, bytes, (int64_t)i, (int64_t)end, why);
    return -1;
}
/* UTF-16 (width 2) and UTF-32 (width 4) to str, as CPython's decoders:
 * be: big-endian; bom: a BOM first picks the order (else little-endian) */
static py_obj *decode_wide(py_obj *bytes, int width, int be, int bom, int mode) {
    const unsigned char *s = ((py_bytes *)bytes)->s;
    size_t n = ((py_bytes *)bytes)->len, i = 0;
    if (bom && width == 2 && n >= 2 && ((s[0] == 0xFF && s[1] == 0xFE) || (s[0] == 0xFE && s[1] == 0xFF))) { be = s[0] == 0xFE; i = 2; }
    if (bom && width == 4 && n >= 4 && ((s[0] == 0xFF && s[1] == 0xFE && !s[2] && !s[3]) || (!s[0] && !s[1] && s[2] == 0xFE && s[3] == 0xFF))) {
        be = s[0] == 0;
        i = 4;
    }
    const char *name = width == 2 ? (be ? "utf-16-be" : "utf-16-le") : (be ? "utf-32-be" : "utf-32-le");
    py_buf b = {0};
#define UNIT(at) (width == 2 ? (be ? (uint32_t)s[at] << 8 | s[(at) + 1] : (uint32_t)s[(at) + 1] << 8 | s[at]) \
                 : (be ? (uint32_t)s[at] << 24 | (uint32_t)s[(at) + 1] << 16 | (uint32_t)s[(at) + 2] << 8 | s[(at) + 3] \
                       : (uint32_t)s[(at) + 3] << 24 | (uint32_t)s[(at) + 2] << 16 | (uint32_t)s[(at) + 1] << 8 | s[at]))
    while (i < n) {
        const char *why = NULL;
        size_t end = i + (size_t)width;
        uint32_t u = 0;
        if (n - i < (size_t)width) { why = "truncated data"; end = n; }
        else if (width == 4) {
            u = UNIT(i);
            if (u > 0x10FFFF) why = "code point not in range(0x110000)";
            else if (u >= 0xD800 && u <= 0xDFFF) why = "code point in surrogate code point range(0xd800, 0xe000)";
        } else {
            u = UNIT(i);
            if (u >= 0xDC00 && u <= 0xDFFF) why = "illegal encoding";
            else if (u >= 0xD800 && u <= 0xDBFF) {
                if (n - i < 4) { why = "unexpected end of data"; end = n; }
                else {
                    uint32_t v = UNIT(i + 2);
                    if (v >= 0xDC00 && v <= 0xDFFF) { u = 0x10000 + ((u - 0xD800) << 10) + (v - 0xDC00); end = i + 4; }
                    else why = "illegal UTF-16 surrogate";
                }
            }
        }
#undef UNIT
        if (why) {
            if (decode_bad(&b, bytes, name, i, end, why, mode) < 0) { py_buf_free(&b); return NULL; }
        } else py_buf_put_cp(&b, u);
        i = end;
    }
    return b.data ? py_str_from_buf(&b) : py_str_new("", 0);
}

static py_obj *decode_narrow(py_obj *bytes, int c, int mode);
static py_obj *decode_bytes(py_obj *bytes, int c, int mode) {
    const unsigned char *s = ((py_bytes *)bytes)->s;
    size_t n = ((py_bytes *)bytes)->len;
    if (c == C_UTF16 || c == C_UTF16LE || c == C_UTF16BE) return decode_wide(bytes, 2, c == C_UTF16BE, c == C_UTF16, mode);
    if (c == C_UTF32 || c == C_UTF32LE || c == C_UTF32BE) return decode_wide(bytes, 4, c == C_UTF32BE, c == C_UTF32, mode);
    if (c == C_UTF8SIG) {
        if (n < 3 || memcmp(s, "\xEF\xBB\xBF", 3)) return decode_narrow(bytes, 8, mode);
        py_obj *rest = py_bytes_new((const char *)s + 3, n - 3);
        py_obj *r = rest ? decode_narrow(rest, 8, mode) : NULL;
        py_xdecref(rest);
        return r;
    }
    return decode_narrow(bytes, c, mode);
}
/* UTF-8, ASCII, Latin-1 and cp1252 */
static py_obj *decode_narrow(py_obj *bytes, int c, int mode) {
    const unsigned char *s = ((py_bytes *)bytes)->s;
    size_t n = ((py_bytes *)bytes)->len;
    const char *name = c == 8 ? "utf-8" : c == 7 ? "ascii" : "latin-1";
    py_buf b = {0};
    if (c == C_CP1252) {
        for (size_t i = 0; i < n; i++) {
            uint32_t cp = s[i] >= 0x80 && s[i] < 0xA0 ? cp1252_high[s[i] - 0x80] : s[i];
            if (cp || !s[i]) py_buf_put_cp(&b, cp);
            else if (decode_bad(&b, bytes, "charmap", i, i + 1, "character maps to <undefined>", mode) < 0) {
                py_buf_free(&b);
                return NULL;
            }
        }
        return b.data ? py_str_from_buf(&b) : py_str_new("", 0);
    }
    if (c == 1) {
        for (size_t i = 0; i < n; i++) py_buf_put_cp(&b, s[i]);
        return py_str_from_buf(&b);
    }
    for (size_t i = 0; i < n;) {
        unsigned char x = s[i];
        if (x < 0x80) { py_buf_putc(&b, (char)x); i++; continue; }
        size_t need = 0, got = 1;
        unsigned char lo = 0x80, hi = 0xBF;
        const char *why = "invalid start byte";
        if (c == 8 && x >= 0xC2 && x <= 0xDF) need = 1;
        else if (c == 8 && x >= 0xE0 && x <= 0xEF) { need = 2; if (x == 0xE0) lo = 0xA0; if (x == 0xED) hi = 0x9F; }
        else if (c == 8 && x >= 0xF0 && x <= 0xF4) { need = 3; if (x == 0xF0) lo = 0x90; if (x == 0xF4) hi = 0x8F; }
        if (c == 7) why = "ordinal not in range(128)";
        if (need) {
            for (; got <= need; got++) {
                if (i + got >= n) { why = "unexpected end of data"; break; }
                unsigned char y = s[i + got];
                if (y < (got == 1 ? lo : 0x80) || y > (got == 1 ? hi : 0xBF)) { why = "invalid continuation byte"; break; }
            }
            if (got > need) { py_buf_put(&b, (const char *)s + i, got); i += got; continue; }
        }
        if (mode == 4 || mode == 9) {
            py_buf_free(&b);
            return mode == 9 ? unknown_handler() : py_err_set(py_exc_TypeError, "don't know how to handle UnicodeDecodeError in error callback");
        }
        if (mode) { /* the bad part: dropped, one U+FFFD, its bytes as \xNN or as U+DC80..U+DCFF */
            if (mode == 2) py_buf_put_cp(&b, 0xFFFD);
            for (size_t k = 0; mode == 6 && k < got; k++) py_buf_put_cp(&b, 0xDC00u + s[i + k]);
            for (size_t k = 0; mode == 3 && k < got; k++) py_buf_printf(&b, "\\x%02x", (unsigned)s[i + k]);
            i += got;
            continue;
        }
        py_buf_free(&b);
        return py__unicode_error(py_exc_UnicodeDecodeError, name, bytes, (int64_t)i, (int64_t)(i + got), why);
    }
    return py_str_from_buf(&b);
}

/* Text read from a stream (stdin's lines): its UTF-8, each byte that does
 * not decode as U+DC80..U+DCFF, as CPython's stdin reads it in a UTF-8
 * locale (surrogateescape); a copy when it is valid. */
py_obj *py__str_from_stream(const char *s, size_t n) {
    py_obj *b = py_bytes_new(s, n);
    py_obj *r = b ? decode_bytes(b, 8, 6) : NULL;
    py_xdecref(b);
    return r;
}

static py_obj *str_vnew(py_type *t, py_obj *const *args, size_t nargs, py_obj *kw) {
    int safe = py__take_call_safe(); /* __str__ may suspend (eval.c) */
    static const char *const names[] = { "object", "encoding", "errors", NULL };
    py_obj *a[3];
    if (py_args("str", args, nargs, kw, 0, 3, names, a) < 0) return NULL;
    if (!a[0]) return py_str_new("", 0);
    for (int i = 1; i < 3; i++)
        if (a[i] && !PY_CHECK_STR(a[i]))
            return py_err_set(py_exc_TypeError, "str() argument '%s' must be str, not %s", names[i], py_arg_type_name(a[i]));
    if ((a[1] || a[2]) && !PY_BYTES_LIKE(a[0]))
        return PY_CHECK_STR(a[0]) ? py_err_set(py_exc_TypeError, "decoding str is not supported")
                                  : py_err_set(py_exc_TypeError, "decoding to str: need a bytes-like object, %s found", py_type_name(a[0]));
    if (a[1] || a[2]) {
        int mode, c = codec("str", a[1], a[2], &mode);
        py_obj *b = c ? py__bytes_of(a[0]) : NULL, *r = b ? decode_bytes(b, c, mode) : NULL;
        py_xdecref(b);
        return r;
    }
    py__resume_token = safe ? a[0] : NULL;
    return py_str(a[0]);
}

/* ---- methods ------------------------------------------------------------------------------ */

#define M(name) static py_obj *name(py_obj *self, py_obj *const *args, size_t nargs, py_obj *kw)
#define ARGS(fname, min, max, names) \
    py_obj *a[8]; \
    if (py_args(fname, args, nargs, kw, min, max, names, a) < 0) return NULL;

/* A method's result that is self's text: self, or for an instance of a
 * class derived from str a str of its own (CPython's unicode_result_unchanged). */
static py_obj *str_self(py_obj *self) {
    return PY_IS_STR(self) ? py_incref(self) : py_str_new(py_s(self), py_slen(self));
}
static int need_str(py_obj *o, const char *what) {
    if (!PY_CHECK_STR(o)) {
        py_err_set(py_exc_TypeError, "%s must be str, not %s", what, py_arg_type_name(o));
        return -1;
    }
    return 0;
}

/* ---- case: CPython's full case mappings (unicode_case.c beyond ASCII) ---- */

static uint32_t cp_map(uint32_t c, int how, const char **sv) {
    *sv = NULL;
    if (c < 0x80) return how == 0 ? (uint32_t)toupper((int)c) : how == 2 ? (uint32_t)toupper((int)c) : (uint32_t)tolower((int)c);
    switch (how) {
    case 0: return py_uc_upper(c, sv);
    case 1: return py_uc_lower(c, sv);
    case 2: return py_uc_title(c, sv);
    default: return py_uc_fold(c, sv);
    }
}
enum { UP, LOW, TITLE, FOLD };
static int cp_isupper(uint32_t c) { return c < 0x80 ? (c >= 'A' && c <= 'Z') : py_uc_isupper(c); }
static int cp_islower(uint32_t c) { return c < 0x80 ? (c >= 'a' && c <= 'z') : py_uc_islower(c); }
static int cp_istitle(uint32_t c) { return c >= 0x80 && py_uc_istitle(c); }
static int cp_iscased(uint32_t c) { return c < 0x80 ? isalpha((int)c) != 0 : py_uc_iscased(c); }
static int cp_isignorable(uint32_t c) { return c < 0x80 ? (c == '\'' || c == '.' || c == ':' || c == '^' || c == '`') : py_uc_isignorable(c); }

/* The string's code points, in a new array (NULL: out of memory, raised). */
static uint32_t *str_cps(py_obj *self, size_t *n) {
    py_strobj *s = (py_strobj *)self;
    uint32_t *cps = malloc((s->n + 1) * sizeof *cps);
    if (!cps) { py_err_nomem(); return NULL; }
    size_t k = 0;
    for (size_t i = 0; i < s->len;) cps[k++] = (uint32_t)py_utf8_decode(s->s, s->len, &i);
    *n = k;
    return cps;
}
/* U+03A3 lowers to final sigma after a cased letter and before none
 * (case-ignorable ones skipped both ways), as CPython's handle_capital_sigma. */
static int final_sigma(const uint32_t *cps, size_t n, size_t i) {
    size_t j = i;
    while (j > 0 && cp_isignorable(cps[j - 1])) j--;
    if (j == 0 || !cp_iscased(cps[j - 1])) return 0;
    j = i + 1;
    while (j < n && cp_isignorable(cps[j])) j++;
    return j == n || !cp_iscased(cps[j]);
}
static void put_mapped(py_buf *b, const uint32_t *cps, size_t n, size_t i, int how) {
    const char *sv;
    if (how == LOW && cps[i] == 0x3A3) { py_buf_put_cp(b, final_sigma(cps, n, i) ? 0x3C2 : 0x3C3); return; }
    uint32_t m = cp_map(cps[i], how, &sv);
    if (sv) py_buf_puts(b, sv);
    else py_buf_put_cp(b, m);
}
/* mode: UP, LOW, FOLD for every character; 4 swapcase; 5 capitalize; 6 title */
static py_obj *case_map(py_obj *self, int mode) {
    py_strobj *s = (py_strobj *)self;
    if (s->n == s->len && mode != 5 && mode != 6) { /* ASCII */
        py_obj *r = py_str_new(s->s, s->len);
        if (!r) return NULL;
        char *o = ((py_strobj *)r)->s;
        for (size_t i = 0; i < s->len; i++) {
            int c = (unsigned char)o[i];
            o[i] = (char)(mode == UP ? toupper(c) : mode == 4 ? (isupper(c) ? tolower(c) : toupper(c)) : tolower(c));
        }
        return r;
    }
    size_t n;
    uint32_t *cps = str_cps(self, &n);
    if (!cps) return NULL;
    py_buf b = {0};
    int prev_cased = 0;
    for (size_t i = 0; i < n; i++) {
        uint32_t c = cps[i];
        switch (mode) {
        case 4:
            if (cp_isupper(c)) put_mapped(&b, cps, n, i, LOW);
            else if (cp_islower(c)) put_mapped(&b, cps, n, i, UP);
            else py_buf_put_cp(&b, c);
            break;
        case 5: put_mapped(&b, cps, n, i, i == 0 ? TITLE : LOW); break;
        case 6:
            put_mapped(&b, cps, n, i, prev_cased ? LOW : TITLE);
            prev_cased = cp_iscased(c);
            break;
        default: put_mapped(&b, cps, n, i, mode);
        }
    }
    free(cps);
    if (!b.data) return py_str_new("", 0);
    return py_str_from_buf(&b);
}
M(str_upper) { return case_map(self, UP); }
M(str_lower) { return case_map(self, LOW); }
M(str_swapcase) { return case_map(self, 4); }
M(str_casefold) { return case_map(self, FOLD); }
M(str_capitalize) { return case_map(self, 5); }
M(str_title) { return case_map(self, 6); }

static int is_ws(uint32_t c) { return c == ' ' || (c >= 9 && c <= 13) || (c >= 0x1c && c <= 0x1f) || c == 0x85 || c == 0xa0 || c == 0x3000 || (c >= 0x2000 && c <= 0x200a) || c == 0x2028 || c == 0x2029 || c == 0x202f || c == 0x205f || c == 0x1680; }

/* c is stripped: whitespace, or one of chars (a str) */
static int strips(uint32_t c, py_obj *chars) {
    if (!chars) return is_ws(c);
    for (size_t j = 0; j < py_slen(chars);)
        if ((uint32_t)py_utf8_decode(py_s(chars), py_slen(chars), &j) == c) return 1;
    return 0;
}
static py_obj *do_strip(py_obj *self, py_obj *chars, int left, int right) {
    py_strobj *s = (py_strobj *)self;
    if (chars == PY_NONE) chars = NULL;
    if (chars && !PY_CHECK_STR(chars)) return py_err_set(py_exc_TypeError, "%s", "strip arg must be None or str");
    size_t a = 0, b = s->len;
    while (left && a < b) {
        size_t i = a;
        if (!strips((uint32_t)py_utf8_decode(s->s, s->len, &i), chars)) break;
        a = i;
    }
    while (right && b > a) {
        size_t st = b - 1;
        while (st > a && ((unsigned char)s->s[st] & 0xC0) == 0x80) st--;
        size_t i = st;
        if (!strips((uint32_t)py_utf8_decode(s->s, s->len, &i), chars)) break;
        b = st;
    }
    if (a == 0 && b == s->len) return str_self(self);
    return py_str_new(s->s + a, b - a);
}
M(str_strip) { ARGS("strip", 0, 1, NULL); return do_strip(self, a[0], 1, 1); }
M(str_lstrip) { ARGS("lstrip", 0, 1, NULL); return do_strip(self, a[0], 1, 0); }
M(str_rstrip) { ARGS("rstrip", 0, 1, NULL); return do_strip(self, a[0], 0, 1); }

/* The UTF-8 walks of split() and splitlines(): a character's length from
 * its lead byte; the length of the whitespace character at s[i] (0 if it
 * is none: "à" ends in byte 0xA0, which is no-break space's code point,
 * not the character); the start of the character before s[i]. */
static size_t utf8_len(unsigned char c) { return c < 0x80 ? 1 : (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : 4; }
static size_t ws_at(const char *s, size_t n, size_t i) {
    unsigned char c = (unsigned char)s[i];
    if (c < 0x80) return is_ws(c) ? 1 : 0;
    size_t j = i;
    return is_ws((uint32_t)py_utf8_decode(s, n, &j)) ? j - i : 0;
}
static size_t char_before(const char *s, size_t i) {
    size_t st = i - 1;
    while (st > 0 && ((unsigned char)s[st] & 0xC0) == 0x80) st--;
    return st;
}
static py_obj *do_split(py_obj *self, py_obj *sep, py_obj *maxo, int right) {
    int64_t maxsplit = -1;
    if (maxo) {
        int ok;
        maxsplit = py_index(maxo, &ok);
        if (!ok) return NULL;
    }
    py_strobj *s = (py_strobj *)self;
    py_obj *res = py_list_new(0);
    if (!res) return NULL;
    if (!sep || sep == PY_NONE) {
        const char *txt = s->s;
        size_t n = s->len, k;
        if (!right) {
            size_t i = 0;
            while (i < n) {
                while (i < n && (k = ws_at(txt, n, i))) i += k;
                if (i >= n) break;
                if (maxsplit == 0) { /* the rest, its trailing whitespace kept (CPython's split_whitespace) */
                    py_obj *p = py_str_new(s->s + i, n - i);
                    py_list_append(res, p);
                    py_decref(p);
                    break;
                }
                size_t j = i;
                while (j < n && !ws_at(txt, n, j)) j += utf8_len((unsigned char)txt[j]);
                py_obj *p = py_str_new(s->s + i, j - i);
                py_list_append(res, p);
                py_decref(p);
                if (maxsplit > 0) maxsplit--;
                i = j;
            }
        } else {
            size_t i = n;
            while (i > 0) {
                while (i > 0 && ws_at(txt, n, char_before(txt, i))) i = char_before(txt, i);
                if (i == 0) break;
                if (maxsplit == 0) { /* the rest, its leading whitespace kept */
                    py_obj *p = py_str_new(s->s, i);
                    py_list_append(res, p);
                    py_decref(p);
                    break;
                }
                size_t j = i;
                while (j > 0 && !ws_at(txt, n, char_before(txt, j))) j = char_before(txt, j);
                py_obj *p = py_str_new(s->s + j, i - j);
                py_list_append(res, p);
                py_decref(p);
                if (maxsplit > 0) maxsplit--;
                i = j;
            }
        }
        if (right) {
            /* reverse to left-to-right order */
            py_list *l = (py_list *)res;
            for (size_t i = 0, j = l->n ? l->n - 1 : 0; i < j; i++, j--) { py_obj *t = l->items[i]; l->items[i] = l->items[j]; l->items[j] = t; }
        }
        return res;
    }
    if (!PY_CHECK_STR(sep)) { py_decref(res); return py_err_set(py_exc_TypeError, "must be str or None, not %s", py_type_name(sep)); }
    size_t sl = py_slen(sep);
    if (sl == 0) { py_decref(res); return py_err_set(py_exc_ValueError, "empty separator"); }
    if (!right) {
        size_t i = 0;
        for (;;) {
            const char *f = maxsplit == 0 ? NULL : memmem(s->s + i, s->len - i, py_s(sep), sl);
            if (!f) {
                py_obj *p = py_str_new(s->s + i, s->len - i);
                py_list_append(res, p);
                py_decref(p);
                break;
            }
            size_t j = (size_t)(f - s->s);
            py_obj *p = py_str_new(s->s + i, j - i);
            py_list_append(res, p);
            py_decref(p);
            i = j + sl;
            if (maxsplit > 0) maxsplit--;
        }
    } else {
        size_t e = s->len;
        for (;;) {
            size_t j = (size_t)-1;
            if (maxsplit != 0 && e >= sl)
                for (size_t k = e - sl + 1; k-- > 0;) if (!memcmp(s->s + k, py_s(sep), sl)) { j = k; break; }
            if (j == (size_t)-1) {
                py_obj *p = py_str_new(s->s, e);
                py_list_append(res, p);
                py_decref(p);
                break;
            }
            py_obj *p = py_str_new(s->s + j + sl, e - j - sl);
            py_list_append(res, p);
            py_decref(p);
            e = j;
            if (maxsplit > 0) maxsplit--;
        }
        py_list *l = (py_list *)res;
        for (size_t i = 0, j = l->n ? l->n - 1 : 0; i < j; i++, j--) { py_obj *t = l->items[i]; l->items[i] = l->items[j]; l->items[j] = t; }
    }
    return res;
}
static const char *const split_names[] = { "sep", "maxsplit", NULL };
M(str_split) { ARGS("split", 0, 2, split_names); return do_split(self, a[0], a[1], 0); }
M(str_rsplit) { ARGS("rsplit", 0, 2, split_names); return do_split(self, a[0], a[1], 1); }

M(str_splitlines) {
    static const char *const names[] = { "keepends", NULL };
    ARGS("splitlines", 0, 1, names);
    int ok = 1; /* keepends: bool(accept={int}), as an int */
    int keep = a[0] ? py_index(a[0], &ok) != 0 : 0;
    if (!ok) return NULL;
    py_strobj *s = (py_strobj *)self;
    py_obj *res = py_list_new(0);
    size_t i = 0;
    while (i < s->len) {
        /* CPython's line boundaries: \n, \r, \r\n, \v, \f, \x1c-\x1e, \x85, \u2028, \u2029 */
        size_t j = i, k = 0;
        while (j < s->len) {
            unsigned char c = (unsigned char)s->s[j];
            if (c < 0x80) k = c == '\n' || c == '\r' || c == '\v' || c == '\f' || (c >= 0x1c && c <= 0x1e);
            else {
                size_t q = j;
                uint32_t cp = (uint32_t)py_utf8_decode(s->s, s->len, &q);
                k = cp == 0x85 || cp == 0x2028 || cp == 0x2029 ? q - j : 0;
            }
            if (k) break;
            j += utf8_len(c);
        }
        size_t e = j;
        if (j < s->len) j += s->s[j] == '\r' && j + 1 < s->len && s->s[j + 1] == '\n' ? 2 : k;
        py_obj *p = py_str_new(s->s + i, (keep ? j : e) - i);
        py_list_append(res, p);
        py_decref(p);
        i = j;
    }
    return res;
}

M(str_join) {
    int safe = py__take_call_safe(); /* a generator it runs may suspend (eval.c) */
    if (nargs != 1) return py_err_set(py_exc_TypeError, "str.join() takes exactly one argument (%d given)", (int)nargs);
    py__resume_token = safe ? args[0] : NULL;
    return py_str_join(self, args[0]);
}

py_obj *py_str_join(py_obj *sep, py_obj *iterable) {
    /* an announcement for iterable (str_join's) goes on to py_sequence_list */
    int seq_given = PY_IS_LIST(iterable) || PY_IS_TUPLE(iterable);
    if (seq_given) py__resume_token = NULL;
    else if (!iterable->type->iter && !iterable->type->getitem) {
        py__resume_token = NULL;
        return py_err_set(py_exc_TypeError, "can only join an iterable"); /* CPython's PySequence_Fast message */
    }
    py_obj *seq = seq_given ? py_incref(iterable) : py_sequence_list(iterable);
    if (!seq) return NULL;
    size_t n = PY_IS_LIST(seq) ? PY_LLEN(seq) : PY_TLEN(seq);
    py_obj **items = PY_IS_LIST(seq) ? ((py_list *)seq)->items : ((py_tuple *)seq)->items;
    py_buf b = {0};
    for (size_t i = 0; i < n; i++) {
        if (!PY_CHECK_STR(items[i])) {
            py_err_set(py_exc_TypeError, "sequence item %d: expected str instance, %s found", (int)i, py_type_name(items[i]));
            py_buf_free(&b);
            py_decref(seq);
            return NULL;
        }
        if (i) py_buf_put(&b, py_s(sep), py_slen(sep));
        py_buf_put(&b, py_s(items[i]), py_slen(items[i]));
    }
    py_decref(seq);
    return py_str_from_buf(&b);
}

M(str_replace) {
    ARGS("replace", 2, 3, NULL);
    if (need_str(a[0], "replace() argument 1") < 0 || need_str(a[1], "replace() argument 2") < 0) return NULL;
    int64_t count = -1;
    if (a[2]) { int ok; count = py_index(a[2], &ok); if (!ok) return NULL; }
    py_strobj *s = (py_strobj *)self;
    size_t ol = py_slen(a[0]);
    py_buf b = {0};
    if (ol == 0) {
        size_t i = 0;
        int64_t done = 0;
        if (count != 0) { py_buf_put(&b, py_s(a[1]), py_slen(a[1])); done++; }
        while (i < s->len) {
            size_t st = i;
            py_utf8_decode(s->s, s->len, &i);
            py_buf_put(&b, s->s + st, i - st);
            if (count < 0 || done < count) { py_buf_put(&b, py_s(a[1]), py_slen(a[1])); done++; }
        }
        if (!b.data) return py_str_new("", 0);
        return py_str_from_buf(&b);
    }
    size_t i = 0;
    while (i <= s->len) {
        const char *f = count == 0 ? NULL : memmem(s->s + i, s->len - i, py_s(a[0]), ol);
        if (!f) { py_buf_put(&b, s->s + i, s->len - i); break; }
        size_t j = (size_t)(f - s->s);
        py_buf_put(&b, s->s + i, j - i);
        py_buf_put(&b, py_s(a[1]), py_slen(a[1]));
        i = j + ol;
        if (count > 0) count--;
    }
    if (!b.data) return py_str_new("", 0);
    return py_str_from_buf(&b);
}

static int range_args(py_strobj *s, py_obj *so, py_obj *eo, size_t *from, size_t *to) {
    int64_t n = (int64_t)s->n, st = 0, en = n;
    int ok = 1;
    if (so && so != PY_NONE) { st = py__slice_index(so, 1, &ok); if (!ok) return -1; }
    if (eo && eo != PY_NONE) { en = py__slice_index(eo, 1, &ok); if (!ok) return -1; }
    if (st < 0) { st += n; if (st < 0) st = 0; }
    if (en < 0) { en += n; if (en < 0) en = 0; }
    if (en > n) en = n;
    if (st > n) { *from = (size_t)n + 1; *to = (size_t)n; return 0; }
    *from = cp_offset(s, (size_t)st);
    *to = en < st ? *from : cp_offset(s, (size_t)en);
    return 0;
}

/* find, index, count, startswith and their kin take 1 to 3 positional
 * arguments, refused in CPython's old words */
static int old_arity(const char *fname, size_t nargs, py_obj *kw) {
    if (kw && PY_TLEN(kw)) { py_err_set(py_exc_TypeError, "str.%s() takes no keyword arguments", fname); return -1; }
    if (nargs >= 1 && nargs <= 3) return 0;
    py_err_set(py_exc_TypeError, nargs ? "%s() takes at most 3 arguments (%d given)" : "%s() takes at least 1 argument (%d given)",
               fname, (int)nargs);
    return -1;
}

static py_obj *do_find(py_obj *self, py_obj *const *args, size_t nargs, py_obj *kw, const char *fname, int rev, int raise) {
    if (old_arity(fname, nargs, kw) < 0) return NULL;
    ARGS(fname, 1, 3, NULL);
    if (!PY_CHECK_STR(a[0])) return py_err_set(py_exc_TypeError, "must be str, not %s", py_type_name(a[0]));
    py_strobj *s = (py_strobj *)self;
    size_t from, to;
    if (range_args(s, a[1], a[2], &from, &to) < 0) return NULL;
    int64_t pos = -1;
    size_t sl = py_slen(a[0]);
    if (from <= s->len && to >= from && to - from >= sl) {
        if (!rev) {
            const char *f = sl ? memmem(s->s + from, to - from, py_s(a[0]), sl) : s->s + from;
            if (f) pos = (int64_t)cp_index(s, (size_t)(f - s->s));
        } else {
            for (size_t k = to - sl + 1; k-- > from;)
                if (!memcmp(s->s + k, py_s(a[0]), sl)) { pos = (int64_t)cp_index(s, k); break; }
        }
    }
    if (pos < 0 && raise) return py_err_set(py_exc_ValueError, "substring not found");
    return py_int(pos);
}
M(str_find) { return do_find(self, args, nargs, kw, "find", 0, 0); }
M(str_rfind) { return do_find(self, args, nargs, kw, "rfind", 1, 0); }
M(str_index) { return do_find(self, args, nargs, kw, "index", 0, 1); }
M(str_rindex) { return do_find(self, args, nargs, kw, "rindex", 1, 1); }

M(str_count) {
    if (old_arity("count", nargs, kw) < 0) return NULL;
    ARGS("count", 1, 3, NULL);
    if (!PY_CHECK_STR(a[0])) return py_err_set(py_exc_TypeError, "must be str, not %s", py_type_name(a[0]));
    py_strobj *s = (py_strobj *)self;
    size_t from, to;
    if (range_args(s, a[1], a[2], &from, &to) < 0) return NULL;
    size_t sl = py_slen(a[0]);
    if (from > s->len || to < from) return py_int(0);
    if (sl == 0) return py_int((int64_t)py_utf8_count(s->s + from, to - from) + 1);
    int64_t c = 0;
    size_t i = from;
    while (i + sl <= to) {
        const char *f = memmem(s->s + i, to - i, py_s(a[0]), sl);
        if (!f) break;
        c++;
        i = (size_t)(f - s->s) + sl;
    }
    return py_int(c);
}

static py_obj *do_startsend(py_obj *self, py_obj *const *args, size_t nargs, py_obj *kw, const char *fname, int end) {
    if (old_arity(fname, nargs, kw) < 0) return NULL;
    ARGS(fname, 1, 3, NULL);
    py_strobj *s = (py_strobj *)self;
    size_t from, to;
    if (range_args(s, a[1], a[2], &from, &to) < 0) return NULL;
    py_obj *pre = a[0];
    size_t np = PY_CHECK_TUPLE(pre) ? PY_TLEN(pre) : 1;
    for (size_t k = 0; k < np; k++) {
        py_obj *p = PY_CHECK_TUPLE(pre) ? PY_TITEM(pre, k) : pre;
        if (!PY_CHECK_STR(p) && PY_CHECK_TUPLE(pre))
            return py_err_set(py_exc_TypeError, "tuple for %s must only contain str, not %s", fname, py_type_name(p));
        if (!PY_CHECK_STR(p))
            return py_err_set(py_exc_TypeError, "%s first arg must be str or a tuple of str, not %s", fname, py_type_name(p));
        size_t pl = py_slen(p);
        if (from > s->len || to < from || to - from < pl) continue;
        if (!memcmp(end ? s->s + to - pl : s->s + from, py_s(p), pl)) return py_bool(1);
    }
    return py_bool(0);
}
M(str_startswith) { return do_startsend(self, args, nargs, kw, "startswith", 0); }
M(str_endswith) { return do_startsend(self, args, nargs, kw, "endswith", 1); }

/* The one-character predicates of str.isX, and isX of a whole string. */
static int cp_isalpha(uint32_t c) { return c < 0x80 ? isalpha((int)c) != 0 : py_uc_isalpha(c); }
static int cp_isdecimal(uint32_t c) { return c < 0x80 ? isdigit((int)c) != 0 : py_uc_isdecimal(c); }
static int cp_isdigit(uint32_t c) { return c < 0x80 ? isdigit((int)c) != 0 : py_uc_isdigit(c); }
static int cp_isnumeric(uint32_t c) { return c < 0x80 ? isdigit((int)c) != 0 : py_uc_isnumeric(c); }
static int cp_isalnum(uint32_t c) { return cp_isalpha(c) || cp_isdecimal(c) || cp_isdigit(c) || cp_isnumeric(c); }
static int cp_isspace(uint32_t c) { return is_ws(c); }
static py_obj *pred(py_obj *self, int (*f)(uint32_t)) {
    py_strobj *s = (py_strobj *)self;
    if (!s->len) return py_bool(0);
    for (size_t i = 0; i < s->len;) if (!f((uint32_t)py_utf8_decode(s->s, s->len, &i))) return py_bool(0);
    return py_bool(1);
}
M(str_isdigit) { return pred(self, cp_isdigit); }
M(str_isnumeric) { return pred(self, cp_isnumeric); }
M(str_isdecimal) { return pred(self, cp_isdecimal); }
M(str_isalpha) { return pred(self, cp_isalpha); }
M(str_isalnum) { return pred(self, cp_isalnum); }
M(str_isspace) { return pred(self, cp_isspace); }
M(str_isprintable) { /* the characters repr() leaves as they are, ' ' too; True for '' */
    py_strobj *s = (py_strobj *)self;
    for (size_t i = 0; i < s->len;) if (!num__isprintable((uint32_t)py_utf8_decode(s->s, s->len, &i))) return py_bool(0);
    return py_bool(1);
}
/* isupper/islower: some cased character and none of the other case */
static py_obj *pred_case(py_obj *self, int (*want)(uint32_t), int (*other)(uint32_t)) {
    py_strobj *s = (py_strobj *)self;
    int cased = 0;
    for (size_t i = 0; i < s->len;) {
        uint32_t c = (uint32_t)py_utf8_decode(s->s, s->len, &i);
        if (other(c) || cp_istitle(c)) return py_bool(0);
        if (want(c)) cased = 1;
    }
    return py_bool(cased);
}
M(str_isupper) { return pred_case(self, cp_isupper, cp_islower); }
M(str_islower) { return pred_case(self, cp_islower, cp_isupper); }
M(str_isidentifier) {
    py_strobj *s = (py_strobj *)self;
    if (!s->len) return py_bool(0);
    for (size_t i = 0; i < s->len;) {
        int first = i == 0;
        uint32_t c = (uint32_t)py_utf8_decode(s->s, s->len, &i);
        int ok = c < 0x80 ? (isalpha((int)c) || c == '_' || (!first && isdigit((int)c)))
                          : (first ? py_uc_isxid_start(c) : py_uc_isxid_continue(c));
        if (!ok) return py_bool(0);
    }
    return py_bool(1);
}
M(str_istitle) {
    py_strobj *s = (py_strobj *)self;
    int cased = 0, prev_cased = 0;
    for (size_t i = 0; i < s->len;) {
        uint32_t c = (uint32_t)py_utf8_decode(s->s, s->len, &i);
        if (cp_isupper(c) || cp_istitle(c)) { if (prev_cased) return py_bool(0); prev_cased = cased = 1; }
        else if (cp_islower(c)) { if (!prev_cased) return py_bool(0); prev_cased = cased = 1; }
        else prev_cased = 0;
    }
    return py_bool(cased);
}
M(str_isascii) { return py_bool(((py_strobj *)self)->n == py_slen(self)); }

static py_obj *pad(py_obj *self, py_obj *const *args, size_t nargs, py_obj *kw, const char *fname, int mode) {
    ARGS(fname, 1, 2, NULL);
    int ok;
    int64_t w = py_index(a[0], &ok);
    if (!ok) return NULL;
    const char *fill = " ";
    size_t fl = 1;
    if (a[1]) {
        if (!PY_CHECK_STR(a[1]))
            return py_err_set(py_exc_TypeError, "The fill character must be a unicode character, not %s", py_type_name(a[1]));
        if (((py_strobj *)a[1])->n != 1)
            return py_err_set(py_exc_TypeError, "The fill character must be exactly one character long");
        fill = py_s(a[1]);
        fl = py_slen(a[1]);
    }
    py_strobj *s = (py_strobj *)self;
    if (w <= (int64_t)s->n) return str_self(self);
    int64_t total = w - (int64_t)s->n, left;
    if (mode == 0) left = 0;                               /* ljust */
    else if (mode == 1) left = total;                      /* rjust */
    else left = total / 2 + (total & w & 1);               /* center, as CPython */
    py_buf b = {0};
    for (int64_t i = 0; i < left; i++) py_buf_put(&b, fill, fl);
    py_buf_put(&b, s->s, s->len);
    for (int64_t i = left; i < total; i++) py_buf_put(&b, fill, fl);
    return py_str_from_buf(&b);
}
M(str_ljust) { return pad(self, args, nargs, kw, "ljust", 0); }
M(str_rjust) { return pad(self, args, nargs, kw, "rjust", 1); }
M(str_center) { return pad(self, args, nargs, kw, "center", 2); }
M(str_zfill) {
    ARGS("zfill", 1, 1, NULL);
    int ok;
    int64_t w = py_index(a[0], &ok);
    if (!ok) return NULL;
    py_strobj *s = (py_strobj *)self;
    if (w <= (int64_t)s->n) return str_self(self);
    py_buf b = {0};
    size_t i = 0;
    if (s->len && (s->s[0] == '-' || s->s[0] == '+')) { py_buf_putc(&b, s->s[0]); i = 1; }
    for (int64_t k = 0; k < w - (int64_t)s->n; k++) py_buf_putc(&b, '0');
    py_buf_put(&b, s->s + i, s->len - i);
    return py_str_from_buf(&b);
}

static py_obj *do_partition(py_obj *self, py_obj *sep, int rev) {
    if (!PY_CHECK_STR(sep)) return py_err_set(py_exc_TypeError, "must be str, not %s", py_type_name(sep));
    py_strobj *s = (py_strobj *)self;
    size_t sl = py_slen(sep);
    if (!sl) return py_err_set(py_exc_ValueError, "empty separator");
    const char *f = NULL;
    if (!rev) f = memmem(s->s, s->len, py_s(sep), sl);
    else if (s->len >= sl)
        for (size_t k = s->len - sl + 1; k-- > 0;) if (!memcmp(s->s + k, py_s(sep), sl)) { f = s->s + k; break; }
    py_obj *x, *y, *z;
    if (!f) {
        py_obj *e = py_str_new("", 0);
        py_obj *r = rev ? py_tuple_pack(3, e, e, self) : py_tuple_pack(3, self, e, e);
        py_decref(e);
        return r;
    }
    x = py_str_new(s->s, (size_t)(f - s->s));
    y = py_incref(sep);
    z = py_str_new(f + sl, s->len - (size_t)(f - s->s) - sl);
    py_obj *r = py_tuple_pack(3, x, y, z);
    py_decref(x); py_decref(y); py_decref(z);
    return r;
}
M(str_partition) { ARGS("partition", 1, 1, NULL); return do_partition(self, a[0], 0); }
M(str_rpartition) { ARGS("rpartition", 1, 1, NULL); return do_partition(self, a[0], 1); }
M(str_removeprefix) {
    ARGS("removeprefix", 1, 1, NULL);
    if (need_str(a[0], "removeprefix() argument") < 0) return NULL;
    size_t pl = py_slen(a[0]);
    if (pl <= py_slen(self) && !memcmp(py_s(self), py_s(a[0]), pl)) return py_str_new(py_s(self) + pl, py_slen(self) - pl);
    return str_self(self);
}
M(str_removesuffix) {
    ARGS("removesuffix", 1, 1, NULL);
    if (need_str(a[0], "removesuffix() argument") < 0) return NULL;
    size_t pl = py_slen(a[0]), n = py_slen(self);
    if (pl && pl <= n && !memcmp(py_s(self) + n - pl, py_s(a[0]), pl)) return py_str_new(py_s(self), n - pl);
    return str_self(self);
}
/* o's UTF-8 as CPython's encoder makes it, when o holds lone surrogates
 * (kept here as their 3-byte forms, ED A0..BF xx): how is 0 strict, 1
 * ignore, 2 replace, 3 backslashreplace, 4 xmlcharrefreplace, 5
 * surrogatepass, 6 surrogateescape (U+DC80..U+DCFF become their bytes).
 * 0 when o has none (b untouched), 1 with the bytes in b, -1 with the
 * UnicodeEncodeError of the run of surrogates that could not be encoded. */
int py__utf8_encode_into(py_obj *o, int how, py_buf *b) {
    const char *s = py_s(o);
    size_t n = py_slen(o), i = 0, pos = 0;
    const char *e = memchr(s, 0xED, n);
    while (e && (e + 1 >= s + n || (unsigned char)e[1] < 0xA0)) e = memchr(e + 1, 0xED, (size_t)(s + n - e - 1));
    if (!e || how == 5) return 0;
    while (i < n) {
        size_t at = i;
        uint32_t cp = (uint32_t)py_utf8_decode(s, n, &i);
        if (cp < 0xD800 || cp > 0xDFFF) { py_buf_put(b, s + at, i - at); pos++; continue; }
        size_t start = pos, end = pos + 1, j = i; /* the run of surrogates, as CPython's encoder takes it */
        while (j < n) {
            size_t k = j;
            uint32_t c2 = (uint32_t)py_utf8_decode(s, n, &k);
            if (c2 < 0xD800 || c2 > 0xDFFF) break;
            j = k;
            end++;
        }
        if (how == 6) { /* its escapable start as bytes, then strict for the rest */
            size_t k = at;
            while (k < j) {
                size_t k2 = k;
                uint32_t c2 = (uint32_t)py_utf8_decode(s, n, &k2);
                if (c2 < 0xDC80 || c2 > 0xDCFF) break;
                py_buf_putc(b, (char)(c2 & 0xFF));
                k = k2;
                start++;
            }
            if (k == j) { i = j; pos = end; continue; }
        }
        if (how == 9) {
            py_buf_free(b);
            unknown_handler();
            return -1;
        }
        if (how == 0 || how == 6) {
            py_buf_free(b);
            py__unicode_error(py_exc_UnicodeEncodeError, "utf-8", o, (int64_t)start, (int64_t)end, "surrogates not allowed");
            return -1;
        }
        for (size_t k = at; k < j; pos++) {
            uint32_t c2 = (uint32_t)py_utf8_decode(s, n, &k);
            if (how == 2) py_buf_putc(b, '?');
            else if (how == 3) py_buf_printf(b, "\\u%04x", (unsigned)c2);
            else if (how == 4) py_buf_printf(b, "&#%u;", (unsigned)c2);
        }
        i = j;
    }
    return 1;
}

/* str.encode() to UTF-16, UTF-32, utf-8-sig and cp1252 (c: codec()'s code) */
static void put_unit(py_buf *b, uint32_t u, int width, int be) {
    for (int k = 0; k < width; k++) py_buf_putc(b, (char)(u >> (8 * (be ? width - 1 - k : k))));
}
static void put_wide(py_buf *b, uint32_t cp, int width, int be) {
    if (width == 2 && cp >= 0x10000) {
        put_unit(b, 0xD800 + ((cp - 0x10000) >> 10), 2, be);
        put_unit(b, 0xDC00 + ((cp - 0x10000) & 0x3FF), 2, be);
    } else put_unit(b, cp, width, be);
}
static py_obj *encode_other(py_obj *self, int c, int mode, int pass) {
    const char *s = py_s(self);
    size_t n = py_slen(self), pos = 0;
    int width = c >= C_UTF32 && c <= C_UTF32BE ? 4 : c >= C_UTF16 && c <= C_UTF16BE ? 2 : 0;
    int be = c == C_UTF16BE || c == C_UTF32BE;
    const char *name = c == C_CP1252 ? "charmap" : c == C_UTF8SIG ? "utf-8" : c == C_UTF16 ? "utf-16" : c == C_UTF16LE ? "utf-16-le"
                     : c == C_UTF16BE ? "utf-16-be" : c == C_UTF32 ? "utf-32" : c == C_UTF32LE ? "utf-32-le" : "utf-32-be";
    py_buf b = {0};
    if (c == C_UTF16 || c == C_UTF32) put_unit(&b, 0xFEFF, width, 0);
    if (c == C_UTF8SIG) py_buf_put(&b, "\xEF\xBB\xBF", 3);
    for (size_t i = 0; i < n; pos++) {
        size_t at = i;
        uint32_t cp = (uint32_t)py_utf8_decode(s, n, &i);
        int bad;
        if (c == C_CP1252) {
            int byte = cp1252_byte(cp);
            bad = byte < 0;
            if (!bad) { py_buf_putc(&b, (char)byte); continue; }
        } else {
            bad = cp >= 0xD800 && cp <= 0xDFFF && !pass;
            if (!bad) {
                if (width) put_wide(&b, cp, width, be);
                else py_buf_put(&b, s + at, i - at);
                continue;
            }
        }
        const char *why = c == C_CP1252 ? "character maps to <undefined>" : "surrogates not allowed";
        if (mode == 1 || mode == 2 || mode == 3 || mode == 4) { /* dropped, '?', \xNN/\uNNNN/\UNNNNNNNN or &#N;, encoded */
            char t[16];
            if (mode == 2) snprintf(t, sizeof t, "?");
            else if (mode == 3) snprintf(t, sizeof t, cp < 0x100 ? "\\x%02x" : cp < 0x10000 ? "\\u%04x" : "\\U%08x", (unsigned)cp);
            else if (mode == 4) snprintf(t, sizeof t, "&#%u;", (unsigned)cp);
            else t[0] = 0;
            for (const char *q = t; *q; q++) {
                if (width) put_wide(&b, (unsigned char)*q, width, be);
                else py_buf_putc(&b, *q);
            }
            continue;
        }
        if (mode == 9) {
            py_buf_free(&b);
            if (c == C_CP1252)
                return py_err_set(py_exc_LookupError, "encoding with 'cp1252' codec failed (LookupError: unknown error handler name '%s')", unknown_name);
            return unknown_handler();
        }
        py_buf_free(&b); /* the run of characters cp1252 cannot encode, as CPython's charmap encoder (UTF-16's names one) */
        size_t end = pos + 1;
        for (size_t j = i; c == C_CP1252 && j < n; end++) {
            if (cp1252_byte((uint32_t)py_utf8_decode(s, n, &j)) >= 0) break;
        }
        return py__unicode_error(py_exc_UnicodeEncodeError, name, self, (int64_t)pos, (int64_t)end, why);
    }
    py_obj *r = py_bytes_new(b.data ? b.data : "", b.len);
    py_buf_free(&b);
    return r;
}

M(str_encode) {
    static const char *const names[] = { "encoding", "errors", NULL };
    py_obj *a[2];
    if (py_args("encode", args, nargs, kw, 0, 2, names, a) < 0) return NULL;
    int mode, c = codec("encode", a[0], a[1], &mode);
    if (!c) return NULL;
    if (c != 8 && c != 7 && c != 1) return encode_other(self, c, mode, a[1] && PY_IS_STR(a[1]) && py_str_eqc(a[1], "surrogatepass"));
    if (c == 8) {
        py_buf b = {0};
        int pass = a[1] && PY_IS_STR(a[1]) && py_str_eqc(a[1], "surrogatepass");
        int r = py__utf8_encode_into(self, pass ? 5 : mode, &b);
        if (r < 0) return NULL;
        if (!r) return py_bytes_new(py_s(self), py_slen(self));
        py_obj *x = py_bytes_new(b.data ? b.data : "", b.len);
        py_buf_free(&b);
        return x;
    }
    const char *s = py_s(self);
    size_t n = py_slen(self), pos = 0;
    py_buf b = {0};
    for (size_t i = 0; i < n; pos++) {
        uint32_t cp = (uint32_t)py_utf8_decode(s, n, &i);
        if (cp >= (c == 7 ? 128u : 256u) && mode == 6 && cp >= 0xDC80 && cp <= 0xDCFF) { /* surrogateescape: its byte */
            py_buf_putc(&b, (char)(cp - 0xDC00));
            continue;
        }
        if (cp >= (c == 7 ? 128u : 256u) && mode == 9) { py_buf_free(&b); return unknown_handler(); }
        if (cp >= (c == 7 ? 128u : 256u) && mode && mode != 6) { /* dropped, '?', \xNN/\uNNNN/\UNNNNNNNN or &#N; */
            if (mode == 2) py_buf_putc(&b, '?');
            else if (mode == 3) py_buf_printf(&b, cp < 0x100 ? "\\x%02x" : cp < 0x10000 ? "\\u%04x" : "\\U%08x", (unsigned)cp);
            else if (mode == 4) py_buf_printf(&b, "&#%u;", (unsigned)cp);
            continue;
        }
        if (cp >= (c == 7 ? 128u : 256u)) { /* the run of characters it cannot encode, as CPython's encoder */
            py_buf_free(&b);
            size_t end = pos + 1;
            for (size_t j = i; j < n && py_utf8_decode(s, n, &j) >= (c == 7 ? 128u : 256u);) end++;
            return py__unicode_error(py_exc_UnicodeEncodeError, c == 7 ? "ascii" : "latin-1", self, (int64_t)pos,
                                     (int64_t)end, c == 7 ? "ordinal not in range(128)" : "ordinal not in range(256)");
        }
        py_buf_putc(&b, (char)cp);
    }
    py_obj *r = py_bytes_new(b.data ? b.data : "", b.len);
    py_buf_free(&b);
    return r;
}
static py_obj *format_rec(const char *f, size_t n, py_obj *const *args, size_t nargs, py_obj *kwnames, int *auto_idx,
                          int depth, int safe);
/* str.format_map(mapping): named fields are mapping[name] (format_field);
 * NULL while str.format runs (a field's __format__ may call either) */
static py_obj *format_mapping;
M(str_format) {
    int safe = py__take_call_safe(); /* the fields' __format__, __str__ may suspend */
    int auto_idx = 0;
    py_obj *saved = format_mapping;
    format_mapping = NULL;
    py_obj *r = format_rec(py_s(self), py_slen(self), args, nargs, kw, &auto_idx, 0, safe);
    format_mapping = saved;
    return r;
}
M(str_format_map) {
    if (kw && PY_TLEN(kw)) return py_err_set(py_exc_TypeError, "str.format_map() takes no keyword arguments");
    if (nargs != 1) return py_err_set(py_exc_TypeError, "str.format_map() takes exactly one argument (%d given)", (int)nargs);
    py_obj *saved = format_mapping;
    format_mapping = args[0];
    int auto_idx = 0;
    py_obj *r = format_rec(py_s(self), py_slen(self), NULL, 0, NULL, &auto_idx, 0, 0);
    format_mapping = saved;
    return r;
}
M(str_format_m) {
    if (nargs != 1 || !PY_CHECK_STR(args[0])) return py_err_set(py_exc_TypeError, "format expects a str");
    return py__format_builtin(self, args[0], 0);
}
M(str_expandtabs) {
    static const char *const names[] = { "tabsize", NULL };
    py_obj *a[1];
    if (py_args("expandtabs", args, nargs, kw, 0, 1, names, a) < 0) return NULL;
    int ok = 1;
    int64_t ts = a[0] ? py_index(a[0], &ok) : 8;
    if (!ok) return NULL;
    py_strobj *s = (py_strobj *)self;
    py_buf b = {0};
    int64_t col = 0;
    for (size_t i = 0; i < s->len; i++) {
        char c = s->s[i];
        if (c == '\t') { if (ts > 0) { int64_t k = ts - col % ts; col += k; while (k--) py_buf_putc(&b, ' '); } }
        else {
            py_buf_putc(&b, c);
            if (c == '\n' || c == '\r') col = 0;
            else if (((unsigned char)c & 0xC0) != 0x80) col++;
        }
    }
    if (!b.data) return py_str_new("", 0);
    return py_str_from_buf(&b);
}

/* str.maketrans (a static method) and str.translate, as CPython's */
M(str_maketrans) {
    if (nargs < 1 || nargs > 3) return py_err_set(py_exc_TypeError, "maketrans expected at most 3 arguments, got %d", (int)nargs);
    py_obj *d = py_dict_new();
    if (nargs == 1) {
        if (!PY_CHECK_DICT(args[0])) { py_decref(d); return py_err_set(py_exc_TypeError, "if you give only one argument to maketrans it must be a dict"); }
        size_t pos = 0;
        py_obj *k, *v, *key;
        while (py_dict_next(args[0], &pos, &k, &v)) {
            if (PY_CHECK_STR(k)) {
                if (((py_strobj *)k)->n != 1) { py_decref(d); return py_err_set(py_exc_ValueError, "string keys in translate table must be of length 1"); }
                size_t j = 0;
                key = py_int((int64_t)py_utf8_decode(py_s(k), py_slen(k), &j));
            } else if (PY_CHECK_INT(k)) key = py_incref(k);
            else { py_decref(d); return py_err_set(py_exc_TypeError, "keys in translate table must be strings or integers"); }
            py_dict_set(d, key, v);
            py_decref(key);
        }
        return d;
    }
    for (size_t i = 0; i < nargs; i++)
        if (!PY_IS_STR(args[i])) { py_decref(d); return py_err_set(py_exc_TypeError, "maketrans() argument %d must be str, not %s", (int)i + 1, py_type_name(args[i])); }
    if (((py_strobj *)args[0])->n != ((py_strobj *)args[1])->n) { py_decref(d); return py_err_set(py_exc_ValueError, "the first two maketrans arguments must have equal length"); }
    for (size_t i = 0, j = 0; i < py_slen(args[0]);) {
        py_obj *k = py_int(py_utf8_decode(py_s(args[0]), py_slen(args[0]), &i));
        py_obj *v = py_int(py_utf8_decode(py_s(args[1]), py_slen(args[1]), &j));
        py_dict_set(d, k, v);
        py_decref(k); py_decref(v);
    }
    for (size_t i = 0; nargs == 3 && i < py_slen(args[2]);) {
        py_obj *k = py_int(py_utf8_decode(py_s(args[2]), py_slen(args[2]), &i));
        py_dict_set(d, k, PY_NONE);
        py_decref(k);
    }
    return d;
}
M(str_translate) {
    if (nargs != 1) return py_err_set(py_exc_TypeError, "str.translate() takes exactly one argument (%d given)", (int)nargs);
    py_strobj *s = (py_strobj *)self;
    py_buf b = {0};
    for (size_t i = 0; i < s->len;) {
        size_t at = i;
        py_obj *k = py_int(py_utf8_decode(s->s, s->len, &i));
        py_obj *v = py_getitem(args[0], k);
        py_decref(k);
        if (!v) {
            if (!py_err_matches(py_exc_LookupError)) { py_buf_free(&b); return NULL; }
            py_err_clear();
            py_buf_put(&b, s->s + at, i - at);
            continue;
        }
        if (PY_CHECK_STR(v)) py_buf_put(&b, py_s(v), py_slen(v));
        else if (PY_CHECK_INT(v)) {
            int ov;
            int64_t c = py_int_val(v, &ov);
            if (ov || c < 0 || c > 0x10FFFF) { py_decref(v); py_buf_free(&b); return py_err_set(py_exc_ValueError, "character mapping must be in range(0x110000)"); }
            py_buf_put_cp(&b, (uint32_t)c);
        } else if (v != PY_NONE) { py_decref(v); py_buf_free(&b); return py_err_set(py_exc_TypeError, "character mapping must return integer, None or str"); }
        py_decref(v);
    }
    if (!b.data) return py_str_new("", 0);
    return py_str_from_buf(&b);
}

static const py_methoddef str_methods[] = {
    { "upper", str_upper, PY_METH_NOARGS }, { "lower", str_lower, PY_METH_NOARGS }, { "swapcase", str_swapcase, PY_METH_NOARGS },
    { "casefold", str_casefold, PY_METH_NOARGS }, { "capitalize", str_capitalize, PY_METH_NOARGS }, { "title", str_title, PY_METH_NOARGS },
    { "strip", str_strip, PY_METH_NOKW }, { "lstrip", str_lstrip, PY_METH_NOKW }, { "rstrip", str_rstrip, PY_METH_NOKW },
    { "split", str_split, 0 }, { "rsplit", str_rsplit, 0 }, { "splitlines", str_splitlines, 0 },
    { "join", str_join, PY_METH_O }, { "replace", str_replace, PY_METH_NOKW }, { "find", str_find, PY_METH_NOKW },
    { "rfind", str_rfind, PY_METH_NOKW }, { "index", str_index, PY_METH_NOKW }, { "rindex", str_rindex, PY_METH_NOKW },
    { "count", str_count, PY_METH_NOKW }, { "startswith", str_startswith, PY_METH_NOKW }, { "endswith", str_endswith, PY_METH_NOKW },
    { "isdigit", str_isdigit, PY_METH_NOARGS }, { "isnumeric", str_isnumeric, PY_METH_NOARGS }, { "isdecimal", str_isdecimal, PY_METH_NOARGS },
    { "isalpha", str_isalpha, PY_METH_NOARGS }, { "isalnum", str_isalnum, PY_METH_NOARGS }, { "isspace", str_isspace, PY_METH_NOARGS }, { "isprintable", str_isprintable, PY_METH_NOARGS },
    { "isupper", str_isupper, PY_METH_NOARGS }, { "islower", str_islower, PY_METH_NOARGS }, { "isidentifier", str_isidentifier, PY_METH_NOARGS },
    { "isascii", str_isascii, PY_METH_NOARGS }, { "istitle", str_istitle, PY_METH_NOARGS },
    { "ljust", str_ljust, PY_METH_NOKW }, { "rjust", str_rjust, PY_METH_NOKW }, { "center", str_center, PY_METH_NOKW }, { "zfill", str_zfill, PY_METH_O },
    { "maketrans", str_maketrans, PY_METH_STATIC | PY_METH_NOKW }, { "translate", str_translate, PY_METH_O },
    { "partition", str_partition, PY_METH_O }, { "rpartition", str_rpartition, PY_METH_O },
    { "removeprefix", str_removeprefix, PY_METH_O }, { "removesuffix", str_removesuffix, PY_METH_O },
    { "encode", str_encode, 0 }, { "format", str_format, PY_METH_LEVEL }, { "format_map", str_format_map, PY_METH_O }, { "__format__", str_format_m, PY_METH_NOKW },
    { "expandtabs", str_expandtabs, 0 },
    { NULL, NULL, 0 },
};

static void str_dealloc(py_obj *o) {
    if (o == (py_obj *)cp_last.s) cp_last.s = NULL;
    free(o);
}

/* str.__str__: the text itself, an exact str (of a derived class's instance too) */
static py_obj *str_str(py_obj *o) { return PY_IS_STR(o) ? py_incref(o) : py_str_new(py_s(o), py_slen(o)); }
py_type py_str_type = { {PY_IMMORTAL, &py_type_type}, "str", .size = sizeof(py_strobj), .dealloc = str_dealloc,
    .repr = str_repr, .str = str_str, .hash = str_hash, .richcmp = str_richcmp, .len = str_len, .getitem = str_getitem,
    .contains = str_contains, .iter = str_iter_new, .vnew = str_vnew, .methods = str_methods,
    .flags = PY_TF_BASETYPE };

/* ---- 'fmt' % args ------------------------------------------------------------------------- */

/* Announced for fmt (py_binop), the arguments' __str__, __repr__ may suspend. */
/* The bytes of %s (%b) in bytes formatting: bytes, or an object's __bytes__ (new) */
static py_obj *pct_bytes_arg(py_obj *v) {
    if (PY_BYTES_LIKE(v)) return py__bytes_of(v);
    py_obj *m = (v->type->flags & PY_TF_HEAP) ? py_type_lookup_s(v->type, "__bytes__") : NULL;
    if (m) {
        py_obj *r = py_call1(m, v);
        if (r && PY_TYPE(r) != &py_bytes_type) {
            py_err_set(py_exc_TypeError, "__bytes__ returned non-bytes (type %s)", py_type_name(r));
            PY_CLEAR(r);
        }
        return r;
    }
    return py_err_set(py_exc_TypeError, "%%b requires a bytes-like object, or an object that implements __bytes__, not '%s'", py_type_name(v));
}

/* fmt % args for str, and (bytes_mode) for bytes, as CPython's
 * PyUnicode_Format and _PyBytes_FormatEx */
/* A % argument that is not an int or a float, as a number CPython's
 * formatting takes it as (a new reference): %x, %o, %X through __index__;
 * %d, %i, %u through __int__ or __index__; %c through __index__; the
 * float conversions through __float__ or __index__.  NULL with nothing
 * raised when the type has none of them (the caller's TypeError). */
static py_obj *pct_number(py_obj *v, char type) {
    const char *const *names;
    static const char *const as_index[] = { "__index__", NULL }, *const as_int[] = { "__int__", "__index__", NULL },
                             *const as_float[] = { "__float__", "__index__", NULL };
    names = strchr("oxXc", type) ? as_index : strchr("diu", type) ? as_int : as_float;
    for (; *names; names++) {
        py_obj *m = py_type_lookup_s(PY_TYPE(v), *names);
        if (!m) continue;
        py_obj *b = m->type->descr_get ? m->type->descr_get(m, v, (py_obj *)PY_TYPE(v)) : py_incref(m);
        py_obj *x = b ? py_call(b, NULL, 0, NULL) : NULL;
        py_xdecref(b);
        int is_float = !strcmp(*names, "__float__");
        if (x && !(is_float ? PY_CHECK_FLOAT(x) : PY_CHECK_INT(x))) {
            if (is_float) py_err_set(py_exc_TypeError, "%s.__float__ returned non-float (type %s)", py_type_name(v), py_type_name(x));
            else py_err_set(py_exc_TypeError, "%s returned non-int (type %s)", *names, py_type_name(x));
            PY_CLEAR(x);
        }
        /* an integer conversion's TypeError is the format's own (CPython's mainformatlong) */
        if (!x && strchr("oxXdiu", type) && py_err_matches(py_exc_TypeError)) py_err_clear();
        return x;
    }
    return NULL;
}
py_obj *py__percent(py_obj *fmt, py_obj *args, int bytes_mode);
py_obj *py__percent(py_obj *fmt, py_obj *args, int bytes_mode) {
    int safe = py__take_safe(fmt);
    const char *f = bytes_mode ? (const char *)((py_bytes *)fmt)->s : py_s(fmt);
    size_t n = bytes_mode ? ((py_bytes *)fmt)->len : py_slen(fmt);
    py_buf b = {0};
    size_t argi = 0;
    int is_tuple = PY_CHECK_TUPLE(args);
    int is_map = !is_tuple && (PY_IS_DICT(args) || ((args->type->flags & PY_TF_HEAP) && args->type->getitem));
    size_t nargs = is_tuple ? PY_TLEN(args) : 1;
    int used_map = 0;
#define NEXTARG() (is_tuple ? (argi < nargs ? PY_TITEM(args, argi++) : NULL) : (argi++ == 0 ? args : NULL))
    for (size_t i = 0; i < n; i++) {
        if (f[i] != '%') { py_buf_putc(&b, f[i]); continue; }
#ifdef PY_HAVE_NUM
        num_pct spec;
        size_t at = i;
        int e = num_pct_parse(&spec, f, n, i + 1);
        if (e) { py_buf_free(&b); return py_num_err(e); }
        i = spec.end - 1;
        /* "%%" is a '%'; after a key, flags, a width or a precision ("%5%") it is
         * a conversion CPython takes an argument for, then refuses */
        if (spec.type == '%' && spec.end == at + 2) { py_buf_putc(&b, '%'); continue; }
        py_obj *v;
        if (spec.key) {
            if (!is_map) { py_buf_free(&b); return py_err_set(py_exc_TypeError, "format requires a mapping"); }
            py_obj *k = bytes_mode ? py_bytes_new(spec.key, spec.key_len) : py_str_new(spec.key, spec.key_len);
            v = py_getitem(args, k);
            py_decref(k);
            if (!v) { py_buf_free(&b); return NULL; }
            py_decref(v); /* args keeps it alive */
            used_map = 1;
            argi = 1; /* the single argument is used up: a later %s without a key has none (CPython's argidx) */
        } else {
            if (spec.width_star) {
                py_obj *w = NEXTARG();
                if (!w) { py_buf_free(&b); return py_err_set(py_exc_TypeError, "not enough arguments for format string"); }
                if (!PY_CHECK_INT(w)) { py_buf_free(&b); return py_err_set(py_exc_TypeError, "* wants int"); }
                int ov;
                spec.width = py_int_val(w, &ov);
                if (spec.width < 0) { spec.left = 1; spec.width = -spec.width; }
            }
            if (spec.prec_star) {
                py_obj *w = NEXTARG();
                if (!w) { py_buf_free(&b); return py_err_set(py_exc_TypeError, "not enough arguments for format string"); }
                if (!PY_CHECK_INT(w)) { py_buf_free(&b); return py_err_set(py_exc_TypeError, "* wants int"); }
                int ov;
                spec.prec = py_int_val(w, &ov);
            }
            v = NEXTARG();
            if (!v) { py_buf_free(&b); return py_err_set(py_exc_TypeError, "not enough arguments for format string"); }
        }
        if (spec.type == '%') {
            int64_t chars = 0; /* the index in characters */
            for (size_t k = 0; k < i; k++) chars += bytes_mode || ((unsigned char)f[k] & 0xC0) != 0x80;
            py_buf_free(&b);
            return py_err_set(py_exc_ValueError, "unsupported format character '%%' (0x25) at index %lld", (long long)chars);
        }
        num_buf nb = {0};
        if (bytes_mode && (spec.type == 's' || spec.type == 'b' || spec.type == 'c')) {
            py_obj *t;
            if (spec.type == 'c') {
                if (PY_BYTES_LIKE(v) && py_len(v) == 1) t = py__bytes_of(v);
                else if (PY_CHECK_INT(v)) {
                    int ov;
                    int64_t c = py_int_val(v, &ov);
                    if (ov || c < 0 || c > 255) { py_buf_free(&b); return py_err_set(py_exc_OverflowError, "%%c arg not in range(256)"); }
                    char ch = (char)c;
                    t = py_bytes_new(&ch, 1);
                } else {
                    py_buf_free(&b);
                    return py_err_set(py_exc_TypeError, "%%c requires an integer in range(256) or a single byte");
                }
            } else t = pct_bytes_arg(v);
            if (!t) { py_buf_free(&b); return NULL; }
            size_t len = ((py_bytes *)t)->len;
            if (spec.prec >= 0 && (size_t)spec.prec < len && spec.type != 'c') len = (size_t)spec.prec;
            size_t pad = spec.width > 0 && (size_t)spec.width > len ? (size_t)spec.width - len : 0;
            for (size_t k = 0; !spec.left && k < pad; k++) py_buf_putc(&b, ' ');
            py_buf_put(&b, (const char *)((py_bytes *)t)->s, len);
            for (size_t k = 0; spec.left && k < pad; k++) py_buf_putc(&b, ' ');
            py_decref(t);
            continue;
        }
        switch (spec.type) {
        case 's': case 'r': case 'a': {
            py__resume_token = safe ? v : NULL;
            py_obj *t = spec.type == 's' ? py_str(v) : spec.type == 'r' && !bytes_mode ? py_repr(v) : py_ascii(v);
            py__resume_token = NULL;
            if (!t) { py_buf_free(&b); return NULL; }
            e = num_pct_str(&nb, &spec, py_s(t), py_slen(t));
            py_decref(t);
            break;
        }
        case 'c':
            if (PY_CHECK_STR(v)) {
                if (((py_strobj *)v)->n != 1) { py_buf_free(&b); return py_err_set(py_exc_TypeError, "%%c requires int or char"); }
                e = num_pct_str(&nb, &spec, py_s(v), py_slen(v));
                break;
            }
            /* fall through */
        default: {
            if (spec.type >= 128 || !spec.type || !strchr("diuoxXeEfFgGc", (int)spec.type)) {
                /* not a conversion: CPython says so whatever the argument is */
                uint32_t c = spec.type;
                char m[96];
                snprintf(m, sizeof m, "unsupported format character '%c' (0x%x) at index %lld",
                         (c >= 31 && c <= 126) ? (int)c : '?', (unsigned)c, (long long)spec.index);
                py_buf_free(&b);
                num_buf_free(&nb);
                return py_err_set(py_exc_ValueError, "%s", m);
            }
            py_obj *conv = PY_CHECK_INT(v) || PY_CHECK_FLOAT(v) ? NULL : pct_number(v, spec.type);
            if (!conv && py_err_occurred()) { py_buf_free(&b); num_buf_free(&nb); return NULL; }
            if (conv) v = conv;
            if (PY_CHECK_INT(v)) {
                mp_int m;
                if (mp_init(&m) != MP_OKAY) return py_err_nomem();
                py_intobj *iv = (py_intobj *)v;
                if ((iv->big ? (mp_copy(iv->big, &m) != MP_OKAY) : num_int_set_i64(&m, iv->v) != 0)) { mp_clear(&m); py_buf_free(&b); return py_err_nomem(); }
                e = num_pct_int(&nb, &spec, &m);
                mp_clear(&m);
            } else if (PY_CHECK_FLOAT(v)) {
                e = num_pct_float(&nb, &spec, ((py_floatobj *)v)->v);
            } else {
                py_buf_free(&b);
                num_buf_free(&nb);
                if (spec.type == 'c') return py_err_set(py_exc_TypeError, "%%c requires int or char");
                if (strchr("oxX", spec.type))
                    return py_err_set(py_exc_TypeError, "%%%c format: an integer is required, not %s", spec.type, py_type_name(v));
                if (strchr("diu", spec.type))
                    return py_err_set(py_exc_TypeError, "%%%c format: a real number is required, not %s", spec.type, py_type_name(v));
                return py_err_set(py_exc_TypeError, "must be real number, not %s", py_type_name(v));
            }
            py_xdecref(conv);
        }
        }
        if (e) { num_buf_free(&nb); py_buf_free(&b); return py_num_err(e); }
        py_buf_put(&b, nb.data ? nb.data : "", nb.len);
        num_buf_free(&nb);
#else
        i++;
        if (i >= n) { py_buf_free(&b); return py_err_set(py_exc_ValueError, "incomplete format"); }
        if (f[i] == '%') { py_buf_putc(&b, '%'); continue; }
        py_obj *v = NEXTARG();
        if (!v) { py_buf_free(&b); return py_err_set(py_exc_TypeError, "not enough arguments for format string"); }
        py__resume_token = safe ? v : NULL;
        py_obj *t = f[i] == 'r' ? py_repr(v) : py_str(v);
        py__resume_token = NULL;
        if (!t) { py_buf_free(&b); return NULL; }
        py_buf_put(&b, py_s(t), py_slen(t));
        py_decref(t);
#endif
    }
    if (!used_map && is_tuple && argi < nargs) {
        py_buf_free(&b);
        return py_err_set(py_exc_TypeError, "not all arguments converted during %s formatting", bytes_mode ? "bytes" : "string");
    }
    if (!used_map && !is_tuple && !is_map && argi == 0) {
        py_buf_free(&b);
        return py_err_set(py_exc_TypeError, "not all arguments converted during %s formatting", bytes_mode ? "bytes" : "string");
    }
#undef NEXTARG
    if (bytes_mode) {
        py_obj *r = b.oom ? py_err_nomem() : py_bytes_new(b.data ? b.data : "", b.len);
        py_buf_free(&b);
        return r;
    }
    if (!b.data) return py_str_new("", 0);
    return py_str_from_buf(&b);
}
py_obj *py_str_percent(py_obj *fmt, py_obj *args) { return py__percent(fmt, args, 0); }
/* bytes % args (PEP 461) */
py_obj *py_bytes_percent(py_obj *fmt, py_obj *args) { return py__percent(fmt, args, 1); }

/* ---- str.format ------------------------------------------------------------------------------ */

static py_obj *format_field(py_obj *const *args, size_t nargs, py_obj *kwnames, const char *name, size_t nl,
                            int *auto_idx) {
    /* name: arg_name ("." attr | "[" key "]")* */
    size_t i = 0;
    while (i < nl && name[i] != '.' && name[i] != '[') i++;
    py_obj *v = NULL;
    if (format_mapping && (i == 0 || isdigit((unsigned char)name[0])))
        return py_err_set(py_exc_ValueError, "Format string contains positional fields");
    if (format_mapping) {
        py_obj *k = py_str_new(name, i);
        if (!k) return NULL;
        py_obj *m = format_mapping;
        format_mapping = NULL; /* a __getitem__ that formats again formats as it asks */
        v = py_getitem(m, k);
        format_mapping = m;
        py_decref(k);
        if (!v) return NULL;
    } else if (i == 0) {
        if (*auto_idx < 0) return py_err_set(py_exc_ValueError, "cannot switch from manual field specification to automatic field numbering");
        size_t k = (size_t)(*auto_idx)++;
        if (k >= nargs) return py_err_set(py_exc_IndexError, "Replacement index %d out of range for positional args tuple", (int)k);
        v = py_incref(args[k]);
    } else if (isdigit((unsigned char)name[0])) {
        if (*auto_idx > 0) return py_err_set(py_exc_ValueError, "cannot switch from automatic field numbering to manual field specification");
        *auto_idx = -1;
        size_t k = (size_t)strtoul(name, NULL, 10);
        if (k >= nargs) return py_err_set(py_exc_IndexError, "Replacement index %d out of range for positional args tuple", (int)k);
        v = py_incref(args[k]);
    } else {
        for (size_t k = 0; kwnames && k < PY_TLEN(kwnames); k++) {
            py_obj *kn = PY_TITEM(kwnames, k);
            if (py_slen(kn) == i && !memcmp(py_s(kn), name, i)) { v = py_incref(args[nargs + k]); break; }
        }
        if (!v) {
            py_obj *k = py_str_new(name, i);
            py_err_setv(py_exc_KeyError, k);
            py_decref(k);
            return NULL;
        }
    }
    while (i < nl) {
        if (name[i] == '.') {
            size_t j = ++i;
            while (j < nl && name[j] != '.' && name[j] != '[') j++;
            py_obj *an = py_str_new(name + i, j - i);
            py_obj *nv = py_getattr(v, an);
            py_decref(an);
            py_decref(v);
            if (!nv) return NULL;
            v = nv;
            i = j;
        } else {
            size_t j = ++i;
            while (j < nl && name[j] != ']') j++;
            py_obj *key;
            int alldig = j > i;
            for (size_t k = i; k < j; k++) if (!isdigit((unsigned char)name[k])) alldig = 0;
            if (alldig) key = py_int((int64_t)strtoll(name + i, NULL, 10));
            else key = py_str_new(name + i, j - i);
            py_obj *nv = py_getitem(v, key);
            py_decref(key);
            py_decref(v);
            if (!nv) return NULL;
            v = nv;
            i = j + 1;
        }
    }
    return v;
}

/* Why a field opened at f[i] is not closed, in the words of CPython's
 * MarkupIterator: its name ends at '}', ':' or '!' ('[...]' skipped), a '{'
 * in it is unexpected; after '!' the conversion and then ':' or '}'; the
 * format spec's braces must match. */
static const char *unterminated_field(const char *f, size_t i, size_t n) {
    size_t k = i + 1;
    char c = 0;
    while (k < n) {
        c = f[k++];
        if (c == '{') return "unexpected '{' in field name";
        if (c == '[') { while (k < n && f[k] != ']') k++; c = 0; continue; }
        if (c == '}' || c == ':' || c == '!') break;
        c = 0;
    }
    if (c == '!') {
        if (k >= n) return "end of string while looking for conversion specifier";
        k++;
        if (k < n && f[k] != ':' && f[k] != '}') return "expected ':' after conversion specifier";
        return "unmatched '{' in format spec";
    }
    if (c == ':') return "unmatched '{' in format spec";
    return "expected '}' before end of string";
}

/* safe: announced (eval.c, "Suspending under Asyncify"), the fields'
 * __format__, __str__ and __repr__ may suspend. */
static py_obj *format_rec(const char *f, size_t n, py_obj *const *args, size_t nargs, py_obj *kwnames, int *auto_idx,
                          int depth, int safe) {
    py_buf b = {0};
    for (size_t i = 0; i < n; i++) {
        char c = f[i];
        if (c == '}') {
            if (i + 1 < n && f[i + 1] == '}') { py_buf_putc(&b, '}'); i++; continue; }
            py_buf_free(&b);
            return py_err_set(py_exc_ValueError, "Single '}' encountered in format string");
        }
        if (c != '{') { py_buf_putc(&b, c); continue; }
        if (i + 1 < n && f[i + 1] == '{') { py_buf_putc(&b, '{'); i++; continue; }
        if (i + 1 >= n) { py_buf_free(&b); return py_err_set(py_exc_ValueError, "Single '{' encountered in format string"); }
        size_t j = i + 1;
        int lvl = 1;
        while (j < n) {
            if (f[j] == '{') lvl++;
            else if (f[j] == '}' && --lvl == 0) break;
            j++;
        }
        if (j >= n) { py_buf_free(&b); return py_err_set(py_exc_ValueError, "%s", unterminated_field(f, i, n)); }
        const char *fld = f + i + 1;
        size_t fl = j - i - 1, nameend = 0;
        while (nameend < fl && fld[nameend] != '!' && fld[nameend] != ':') nameend++;
        char conv = 0;
        size_t specstart = fl;
        if (nameend < fl && fld[nameend] == '!') {
            if (nameend + 1 >= fl) {
                /* '!' just before the '}': CPython reads that '}' as the conversion */
                const char *why = "expected ':' after conversion specifier";
                if (j + 1 >= n) why = "unmatched '{' in format spec";
                else if (f[j + 1] == '}') why = "Unknown conversion specifier }";
                else if (f[j + 1] == ':') {
                    int cnt = 1;
                    why = "unmatched '{' in format spec";
                    for (size_t k = j + 2; k < n && cnt; k++)
                        if (f[k] == '{') cnt++;
                        else if (f[k] == '}' && --cnt == 0) why = "Unknown conversion specifier }";
                }
                py_buf_free(&b);
                return py_err_set(py_exc_ValueError, "%s", why);
            }
            conv = fld[nameend + 1];
            if (nameend + 2 < fl && fld[nameend + 2] != ':') { py_buf_free(&b); return py_err_set(py_exc_ValueError, "expected ':' after conversion specifier"); }
            specstart = nameend + 2 < fl ? nameend + 3 : fl;
        } else if (nameend < fl) specstart = nameend + 1;
        py_obj *v = format_field(args, nargs, kwnames, fld, nameend, auto_idx);
        if (!v) { py_buf_free(&b); return NULL; }
        if (conv) {
            py__resume_token = safe ? v : NULL;
            py_obj *t = conv == 'r' ? py_repr(v) : conv == 's' ? py_str(v) : conv == 'a' ? py_ascii(v) : NULL;
            py__resume_token = NULL;
            if (!conv || (conv != 'r' && conv != 's' && conv != 'a')) {
                py_decref(v);
                py_buf_free(&b);
                return py_err_set(py_exc_ValueError, "Unknown conversion specifier %c", conv);
            }
            py_decref(v);
            if (!t) { py_buf_free(&b); return NULL; }
            v = t;
        }
        py_obj *spec;
        if (specstart < fl) {
            /* CPython expands a spec with a field in it, two levels deep at most */
            if (depth >= 1 && memchr(fld + specstart, '{', fl - specstart)) {
                py_decref(v);
                py_buf_free(&b);
                return py_err_set(py_exc_ValueError, "Max string recursion exceeded");
            }
            spec = format_rec(fld + specstart, fl - specstart, args, nargs, kwnames, auto_idx, depth + 1, safe);
        } else spec = py_str_new("", 0);
        if (!spec) { py_decref(v); py_buf_free(&b); return NULL; }
        py__resume_token = safe ? v : NULL;
        py_obj *t = py_format(v, spec);
        py__resume_token = NULL;
        py_decref(v);
        py_decref(spec);
        if (!t) { py_buf_free(&b); return NULL; }
        py_buf_put(&b, py_s(t), py_slen(t));
        py_decref(t);
        i = j;
    }
    if (!b.data) return py_str_new("", 0);
    return py_str_from_buf(&b);
}

py_obj *py_str_format_method(py_obj *fmt, py_obj *const *args, size_t nargs, py_obj *kwnames) {
    int auto_idx = 0;
    py_obj *saved = format_mapping;
    format_mapping = NULL;
    py_obj *r = format_rec(py_s(fmt), py_slen(fmt), args, nargs, kwnames, &auto_idx, 0, 0);
    format_mapping = saved;
    return r;
}

/* ---- bytes (just enough: literals, repr, len, indexing, decode) ----------------------------------- */

py_obj *py_bytes_new(const void *s, size_t len) {
    /* b'' and each bytes of one byte are one object, as CPython's (b'' is bytes(), data[:1] is b'a') */
    static py_bytes *empty, *one[256];
    if (!len && empty) return py_incref(empty);
    if (len == 1 && one[*(const unsigned char *)s]) return py_incref(one[*(const unsigned char *)s]);
    py_bytes *b = malloc(sizeof(py_bytes) + len + 1);
    if (!b) return py_err_nomem();
    b->ob.rc = 1;
    b->ob.type = &py_bytes_type;
    b->len = len;
    b->hash = -1;
    if (len) memcpy(b->s, s, len);
    b->s[len] = 0;
    if (len < 2) {
        b->ob.rc = PY_IMMORTAL;
        if (len) one[b->s[0]] = b;
        else empty = b;
    }
    return (py_obj *)b;
}
static py_obj *bytes_repr(py_obj *o) {
    py_bytes *b = (py_bytes *)o;
    int has_sq = memchr(b->s, '\'', b->len) != NULL, has_dq = memchr(b->s, '"', b->len) != NULL;
    char q = has_sq && !has_dq ? '"' : '\'';
    py_buf out = {0};
    py_buf_putc(&out, 'b');
    py_buf_putc(&out, q);
    for (size_t i = 0; i < b->len; i++) {
        unsigned c = b->s[i];
        if (c == (unsigned)q || c == '\\') { py_buf_putc(&out, '\\'); py_buf_putc(&out, (char)c); }
        else if (c == '\n') py_buf_puts(&out, "\\n");
        else if (c == '\r') py_buf_puts(&out, "\\r");
        else if (c == '\t') py_buf_puts(&out, "\\t");
        else if (c < 0x20 || c >= 0x7f) py_buf_printf(&out, "\\x%02x", c);
        else py_buf_putc(&out, (char)c);
    }
    py_buf_putc(&out, q);
    return py_str_from_buf(&out);
}
static int64_t bytes_len(py_obj *o) { return (int64_t)((py_bytes *)o)->len; }
static int64_t bytes_hash(py_obj *o) {
    py_bytes *b = (py_bytes *)o;
    uint64_t h = 1469598103934665603ULL;
    for (size_t i = 0; i < b->len; i++) { h ^= b->s[i]; h *= 1099511628211ULL; }
    return b->len ? (int64_t)(h >> 1) : 0;
}
/* bytes and bytearrays compare with each other, byte by byte (bytearray's richcmp too) */
static py_obj *bytes_richcmp(py_obj *a, py_obj *b, int op) {
    const unsigned char *x, *y;
    size_t nx, ny;
    if (!py__bytes_like(a, &x, &nx) || !py__bytes_like(b, &y, &ny)) return py_incref(PY_NOTIMPL);
    size_t m = nx < ny ? nx : ny;
    int c = m ? memcmp(x, y, m) : 0;
    if (!c) c = nx < ny ? -1 : nx > ny;
    int r = op == PY_LT ? c < 0 : op == PY_LE ? c <= 0 : op == PY_EQ ? c == 0 : op == PY_NE ? c != 0 : op == PY_GT ? c > 0 : c >= 0;
    return py_bool(r);
}
static py_obj *bytes_getitem(py_obj *o, py_obj *k) {
    py_bytes *b = (py_bytes *)o;
    if (PY_TYPE(k) == &py_slice_type) {
        int64_t start, stop, step, n;
        if (py_slice_indices(k, (int64_t)b->len, &start, &stop, &step, &n) < 0) return NULL;
        unsigned char *tmp = malloc((size_t)n + 1);
        if (!tmp) return py_err_nomem();
        for (int64_t i = 0; i < n; i++) tmp[i] = b->s[start + i * step];
        py_obj *r = py_bytes_new(tmp, (size_t)n);
        free(tmp);
        return r;
    }
    if (!PY_CHECK_INT(k) && !py_type_lookup_s(PY_TYPE(k), "__index__"))
        return py_err_set(py_exc_TypeError, "byte indices must be integers or slices, not %s", py_type_name(k));
    int ok;
    int64_t i = py_index(k, &ok);
    if (!ok) return NULL;
    if (i < 0) i += (int64_t)b->len;
    if (i < 0 || i >= (int64_t)b->len) return py_err_set(py_exc_IndexError, "index out of range");
    return py_int(b->s[i]);
}
M(bytes_decode) {
    static const char *const names[] = { "encoding", "errors", NULL };
    py_obj *a[2];
    if (py_args("decode", args, nargs, kw, 0, 2, names, a) < 0) return NULL;
    int mode, c = codec("decode", a[0], a[1], &mode);
    return c ? decode_bytes(self, c, mode) : NULL;
}
/* hex(sep=None, bytes_per_sep=1): sep between groups of bytes_per_sep, counted
 * from the right (from the left when negative) */
M(bytes_hex) {
    static const char *const names[] = { "sep", "bytes_per_sep", NULL };
    py_obj *a[2];
    if (py_args("hex", args, nargs, kw, 0, 2, names, a) < 0) return NULL;
    py_bytes *b = (py_bytes *)self;
    const char *sep = NULL;
    int64_t per = 1;
    if (a[0] && a[0] != PY_NONE) {
        int64_t sl = py_len(a[0]); /* its length first, as CPython's (a bytearray's too) */
        if (sl < 0) return NULL;
        if (sl != 1) return py_err_set(py_exc_ValueError, "sep must be length 1.");
        if (PY_CHECK_STR(a[0])) sep = py_s(a[0]);
        else if (PY_TYPE(a[0]) == &py_bytes_type) sep = (const char *)((py_bytes *)a[0])->s;
        else return py_err_set(py_exc_TypeError, "sep must be str or bytes.");
        if ((unsigned char)*sep >= 0x80) return py_err_set(py_exc_ValueError, "sep must be ASCII.");
        int ok = 1;
        if (a[1]) per = py_index(a[1], &ok);
        if (!ok) return NULL;
    }
    py_buf out = {0};
    int64_t g = per < 0 ? -per : per, n = (int64_t)b->len;
    for (int64_t i = 0; i < n; i++) {
        if (sep && g && i && (per > 0 ? (n - i) % g == 0 : i % g == 0)) py_buf_putc(&out, *sep);
        py_buf_printf(&out, "%02x", b->s[i]);
    }
    if (!out.data) return py_str_c("");
    return py_str_from_buf(&out);
}
/* bytes.fromhex(string): pairs of hex digits, spaces between pairs */
py_obj *py__bytes_fromhex(py_obj *self, py_obj *const *args, size_t nargs, py_obj *kw) {
    if (kw && PY_TLEN(kw)) return py_err_set(py_exc_TypeError, "%s.fromhex() takes no keyword arguments", ((py_type *)args[0])->name);
    if (nargs != 2) return py_err_set(py_exc_TypeError, "%s.fromhex() takes exactly one argument (%d given)", ((py_type *)args[0])->name, (int)nargs - 1);
    if (!PY_CHECK_STR(args[1])) return py_err_set(py_exc_TypeError, "fromhex() argument must be str, not %s", py_type_name(args[1]));
    const char *s = py_s(args[1]);
    size_t n = py_slen(args[1]), i = 0;
    py_buf out = {0};
    while (i < n) {
        if (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r' || s[i] == '\f' || s[i] == '\v') { i++; continue; }
        int hi = isxdigit((unsigned char)s[i]) ? (isdigit((unsigned char)s[i]) ? s[i] - '0' : (tolower((unsigned char)s[i]) - 'a' + 10)) : -1;
        int lo = i + 1 < n && isxdigit((unsigned char)s[i + 1]) ? (isdigit((unsigned char)s[i + 1]) ? s[i + 1] - '0' : (tolower((unsigned char)s[i + 1]) - 'a' + 10)) : -1;
        if (hi < 0 || lo < 0) {
            py_buf_free(&out);
            size_t pos = hi < 0 ? i : i + 1, cp = 0;
            for (size_t j = 0; j < pos; j++) if (((unsigned char)s[j] & 0xC0) != 0x80) cp++;
            return py_err_set(py_exc_ValueError, "non-hexadecimal number found in fromhex() arg at position %zu", cp);
        }
        py_buf_putc(&out, (char)(hi * 16 + lo));
        i += 2;
    }
    py_obj *r = py_bytes_new(out.data ? out.data : "", out.len);
    py_buf_free(&out);
    return r;
}
/* b.translate(table, /, delete=b''): each byte through table (256 bytes, or
 * None), those in delete dropped; bytes, or a bytearray for a bytearray's */
py_obj *py__bytes_translate(py_obj *self, py_obj *const *args, size_t nargs, py_obj *kw) {
    size_t nk = kw ? PY_TLEN(kw) : 0;
    if (nargs + nk > 2) return py_err_set(py_exc_TypeError, "translate() takes at most 2 arguments (%d given)", (int)(nargs + nk));
    if (!nargs) return py_err_set(py_exc_TypeError, "translate() takes at least 1 positional argument (0 given)");
    py_obj *table = args[0], *del = nargs > 1 ? args[1] : NULL;
    if (nk && !py_str_eqc(PY_TITEM(kw, 0), "delete"))
        return py_err_set(py_exc_TypeError, "'%U' is an invalid keyword argument for translate()", PY_TITEM(kw, 0));
    if (nk) del = args[1];
    const unsigned char *t = NULL, *d = NULL, *s = NULL;
    size_t tn = 0, dn = 0, n = 0;
    if (table != PY_NONE && !py__bytes_like(table, &t, &tn))
        return py_err_set(py_exc_TypeError, "a bytes-like object is required, not '%s'", py_type_name(table));
    if (t && tn != 256) return py_err_set(py_exc_ValueError, "translation table must be 256 characters long");
    if (del && !py__bytes_like(del, &d, &dn))
        return py_err_set(py_exc_TypeError, "a bytes-like object is required, not '%s'", py_type_name(del));
    py__bytes_like(self, &s, &n);
    unsigned char drop[256] = {0}, *out = malloc(n + 1);
    if (!out) return py_err_nomem();
    for (size_t i = 0; i < dn; i++) drop[d[i]] = 1;
    size_t k = 0;
    for (size_t i = 0; i < n; i++)
        if (!drop[s[i]]) out[k++] = t ? t[s[i]] : s[i];
    py_obj *r = PY_IS_BYTEARRAY(self) ? py_bytearray_new(out, k) : py_bytes_new(out, k);
    free(out);
    return r;
}
/* bytes.maketrans(frm, to) (a static method): the table translate() takes, each byte of frm to to's */
static py_obj *bytes_maketrans(py_obj *self, py_obj *const *args, size_t nargs, py_obj *kw) {
    if (kw && PY_TLEN(kw)) return py_err_set(py_exc_TypeError, "bytes.maketrans() takes no keyword arguments");
    return py__bytes_maketrans(args, nargs);
}
py_obj *py__bytes_maketrans(py_obj *const *args, size_t nargs) {
    if (nargs != 2) return py_err_set(py_exc_TypeError, "maketrans expected 2 arguments, got %d", (int)nargs);
    const unsigned char *f = NULL, *t = NULL;
    size_t fn = 0, tn = 0;
    for (int i = 0; i < 2; i++)
        if (!py__bytes_like(args[i], &f, &fn))
            return py_err_set(py_exc_TypeError, "a bytes-like object is required, not '%s'", py_type_name(args[i]));
    py__bytes_like(args[0], &f, &fn);
    py__bytes_like(args[1], &t, &tn);
    if (fn != tn) return py_err_set(py_exc_ValueError, "maketrans arguments must have same length");
    unsigned char table[256];
    for (int i = 0; i < 256; i++) table[i] = (unsigned char)i;
    for (size_t i = 0; i < fn; i++) table[f[i]] = t[i];
    return py_bytes_new(table, 256);
}
static py_obj *bytes_iter(py_obj *o) { return py_seq_iter_new(o); }
/* x in b (n bytes at s): a byte's value, or bytes or a bytearray as a substring */
int py__bytes_contains(const unsigned char *s, size_t n, py_obj *v) {
    const unsigned char *x;
    size_t nx;
    if (py__bytes_like(v, &x, &nx)) {
        if (!nx) return 1;
        for (size_t i = 0; i + nx <= n; i++)
            if (!memcmp(s + i, x, nx)) return 1;
        return 0;
    }
    if (!PY_CHECK_INT(v)) {
        py_err_set(py_exc_TypeError, "a bytes-like object is required, not '%s'", py_type_name(v));
        return -1;
    }
    int ok;
    int64_t c = py_index(v, &ok);
    if (!ok) return -1;
    if (c < 0 || c > 255) { py_err_set(py_exc_ValueError, "byte must be in range(0, 256)"); return -1; }
    return n && memchr(s, (int)c, n) != NULL;
}
static int bytes_contains(py_obj *o, py_obj *v) { return py__bytes_contains(((py_bytes *)o)->s, ((py_bytes *)o)->len, v); }
py_obj *py__bytes_of(py_obj *o) {
    if (PY_TYPE(o) == &py_bytes_type) return py_incref(o);
    return py_bytes_new(((py_bytearray *)o)->s, ((py_bytearray *)o)->len);
}
/* bytes(), bytes(n), bytes(iterable of ints), bytes(str, encoding) */
static py_obj *bytes_vnew(py_type *t, py_obj *const *args, size_t nargs, py_obj *kw) {
    static const char *const names[] = { "source", "encoding", "errors", NULL };
    py_obj *a[3];
    if (py_args("bytes", args, nargs, kw, 0, 3, names, a) < 0) return NULL;
    for (int i = 1; i < 3; i++)
        if (a[i] && !PY_CHECK_STR(a[i]))
            return py_err_set(py_exc_TypeError, "bytes() argument '%s' must be str, not %s", names[i], py_arg_type_name(a[i]));
    if (a[0] && PY_CHECK_STR(a[0])) {
        if (!a[1]) return py_err_set(py_exc_TypeError, "string argument without an encoding");
        py_obj *ea[2] = { a[1], a[2] };
        return str_encode(a[0], ea, a[2] ? 2 : 1, NULL);
    }
    if (a[1] || a[2]) return py_err_set(py_exc_TypeError, a[1] ? "encoding without a string argument" : "errors without a string argument");
    if (!a[0]) return py_bytes_new("", 0);
    if (a[0]->type->flags & PY_TF_HEAP) { /* a class's __bytes__ first, as CPython's bytes_new */
        py_obj *f = py_type_lookup_s(a[0]->type, "__bytes__");
        if (f) {
            py_obj *m = py_method_new(f, a[0]);
            py_obj *r = m ? py_call0(m) : NULL;
            py_xdecref(m);
            if (r && !py_isinst(r, &py_bytes_type)) {
                py_err_set(py_exc_TypeError, "__bytes__ returned non-bytes (type %s)", py_type_name(r));
                PY_CLEAR(r);
            }
            return r;
        }
    }
    if (PY_TYPE(a[0]) == &py_bytes_type) return py_incref(a[0]); /* bytes(b) is b, as CPython's */
    if (PY_BYTES_LIKE(a[0])) return py__bytes_of(a[0]);
    if (PY_IS_INT(a[0])) {
        int ov = 0;
        int64_t n = py_int_val(a[0], &ov);
        if (n < 0) return py_err_set(py_exc_ValueError, "negative count");
        char *z = calloc((size_t)n + 1, 1);
        if (!z) return py_err_nomem();
        py_obj *r = py_bytes_new(z, (size_t)n);
        free(z);
        return r;
    }
    py_obj *l = py_sequence_list(a[0]);
    if (!l) {
        if (py_err_matches(py_exc_TypeError)) {
            py_err_clear();
            py_err_set(py_exc_TypeError, "cannot convert '%s' object to bytes", py_type_name(a[0]));
        }
        return NULL;
    }
    unsigned char *tmp = malloc(PY_LLEN(l) + 1);
    if (!tmp) { py_decref(l); return py_err_nomem(); }
    for (size_t i = 0; i < PY_LLEN(l); i++) {
        py_obj *x = PY_LITEM(l, i);
        int ok = 1;
        int64_t v = py_index(x, &ok);
        if (!ok) { free(tmp); py_decref(l); return NULL; }
        if (v < 0 || v > 255) { free(tmp); py_decref(l); return py_err_set(py_exc_ValueError, "bytes must be in range(0, 256)"); }
        tmp[i] = (unsigned char)v;
    }
    py_obj *r = py_bytes_new(tmp, PY_LLEN(l));
    free(tmp);
    py_decref(l);
    return r;
}
/* bytes' methods that str has too (upper, split, strip, find, replace,
 * join...) run str's method on the bytes as text: each byte of ASCII is
 * its character, and the others, with the separators 0x1c-0x1f that str
 * takes for whitespace (and \v, \f for splitlines, which str breaks at),
 * are private-use characters U+E000+b, which have no case, class or
 * space, so case and whitespace are ASCII's alone, as bytes' own; bytes
 * arguments are made text alike and the results made bytes again.  An
 * argument of another type (a str) is refused by name, not told with
 * CPython's several messages. */
static py_obj *as_text(py_obj *o, int lines) {
    const unsigned char *s = NULL;
    size_t n = 0;
    py__bytes_like(o, &s, &n);
    py_buf buf = {0};
    for (size_t i = 0; i < n; i++) {
        unsigned c = s[i];
        if (c < 0x80 && (c < 0x1c || c > 0x1f) && !(lines && (c == 0x0b || c == 0x0c))) py_buf_putc(&buf, (char)c);
        else {
            py_buf_putc(&buf, (char)0xEE);
            py_buf_putc(&buf, (char)(0x80 | c >> 6));
            py_buf_putc(&buf, (char)(0x80 | (c & 0x3f)));
        }
    }
    return py_str_from_buf(&buf);
}
/* the result of str's method as bytes, or as a bytearray (ba) for a bytearray's */
static py_obj *from_text(py_obj *o, int ba) {
    if (PY_IS_LIST(o) || PY_IS_TUPLE(o)) { /* split's list, partition's tuple */
        int list = PY_IS_LIST(o);
        size_t n = list ? PY_LLEN(o) : PY_TLEN(o);
        py_obj *r = list ? py_list_new(n) : py_tuple_new(n);
        for (size_t i = 0; r && i < n; i++) {
            py_obj *x = from_text(py_incref(list ? PY_LITEM(o, i) : PY_TITEM(o, i)), ba);
            if (!x) PY_CLEAR(r);
            else if (list) ((py_list *)r)->items[i] = x;
            else ((py_tuple *)r)->items[i] = x;
        }
        py_decref(o);
        return r;
    }
    if (!PY_IS_STR(o)) return o; /* find's int, isupper's bool */
    const unsigned char *p = (const unsigned char *)py_s(o);
    size_t n = py_slen(o), k = 0;
    unsigned char *t = malloc(n + 1);
    for (size_t i = 0; t && i < n; i++) {
        if (p[i] < 0x80) t[k++] = p[i];
        else { t[k++] = (unsigned char)((p[i + 1] & 3) << 6 | (p[i + 2] & 0x3f)); i += 2; }
    }
    py_obj *r = !t ? py_err_nomem() : ba ? py_bytearray_new(t, k) : py_bytes_new(t, k);
    free(t);
    py_decref(o);
    return r;
}
static int one_of(const char *words, const char *m) {
    size_t n = strlen(m);
    for (const char *p = strstr(words, m); p; p = strstr(p + 1, m))
        if (p[-1] == ' ' && p[n] == ' ') return 1;
    return 0;
}
/* argument i of bytes method m as text: where m takes bytes (its first
 * argument, replace's two, split's sep=), bytes, or as CPython's the
 * others (an int for find's family, a tuple for startswith's, None for
 * split's and strip's, join's iterable) and its TypeErrors; elsewhere
 * (widths, counts, indices) as it is, for str's method to take or refuse
 * as bytes' own do */
static py_obj *text_arg(py_obj *x, const char *m, int lines, size_t i, py_obj *kwname) {
    if (i == 1 && !kwname && one_of(" center ljust rjust ", m)) return as_text(x, 0); /* its fill, checked */
    if ((kwname ? !py_str_eqc(kwname, "sep") : i > (size_t)!strcmp(m, "replace"))
        || !one_of(" count endswith find index join lstrip partition removeprefix removesuffix replace rfind rindex"
                   " rpartition rsplit rstrip split startswith strip ", m)) return py_incref(x);
    if (PY_BYTES_LIKE(x)) return as_text(x, lines);
    if (x == PY_NONE && one_of(" split rsplit strip lstrip rstrip ", m)) return py_incref(x);
    int sw = !strcmp(m, "startswith") || !strcmp(m, "endswith");
    if (one_of(" count find index rfind rindex ", m)) {
        int ok = 1;
        int64_t v = PY_IS_INT(x) ? py_index(x, &ok) : -1;
        if (!PY_IS_INT(x)) return py_err_set(py_exc_TypeError, "argument should be integer or bytes-like object, not '%s'", py_type_name(x));
        if (!ok) return NULL;
        if (v < 0 || v > 255) return py_err_set(py_exc_ValueError, "byte must be in range(0, 256)");
        unsigned char c = (unsigned char)v;
        py_obj *bv = py_bytes_new(&c, 1), *r = bv ? as_text(bv, 0) : NULL;
        py_xdecref(bv);
        return r;
    }
    if (sw && !PY_IS_TUPLE(x))
        return py_err_set(py_exc_TypeError, "%s first arg must be bytes or a tuple of bytes, not %s", m, py_type_name(x));
    if (!sw && strcmp(m, "join")) return py_err_set(py_exc_TypeError, "a bytes-like object is required, not '%s'", py_type_name(x));
    py_obj *it = sw ? NULL : py_iter(x); /* join's: CPython's PySequence_Fast */
    if (!sw && !it) {
        if (py_err_matches(py_exc_TypeError)) { py_err_clear(); py_err_set(py_exc_TypeError, "can only join an iterable"); }
        return NULL;
    }
    py_obj *l = py_sequence_list(sw ? x : it), *r = l ? py_tuple_new(PY_LLEN(l)) : NULL;
    py_xdecref(it);
    for (size_t k = 0; r && k < PY_LLEN(l); k++) {
        py_obj *e = PY_LITEM(l, k);
        if (PY_BYTES_LIKE(e)) ((py_tuple *)r)->items[k] = as_text(e, lines);
        else if (sw) py_err_set(py_exc_TypeError, "a bytes-like object is required, not '%s'", py_type_name(e));
        else py_err_set(py_exc_TypeError, "sequence item %d: expected a bytes-like object, %s found", (int)k, py_type_name(e));
        if (!((py_tuple *)r)->items[k]) PY_CLEAR(r);
    }
    py_xdecref(l);
    return r;
}
/* (self: the bytes or bytearray and the method's name) */
static py_obj *bytes_text_call(py_obj *self, py_obj *const *args, size_t nargs, py_obj *kw) {
    py_obj *o = PY_TITEM(self, 0), *name = PY_TITEM(self, 1), *a[4] = {0}, *r = NULL;
    const char *m = py_s(name);
    int lines = !strcmp(m, "splitlines");
    size_t n = nargs + (kw ? PY_TLEN(kw) : 0), i = 0;
    if (n > 4) return py_err_set(py_exc_TypeError, "%s() takes at most 3 arguments (%d given)", m, (int)n);
    if (n && ((m[0] == 'i' && m[1] == 's') || one_of(" capitalize lower swapcase title upper ", m)))
        return py_err_set(py_exc_TypeError, "%s.%s() takes no arguments (%d given)", py_type_name(o), m, (int)n);
    if (one_of(" center ljust rjust ", m) && nargs > 1 && (!PY_BYTES_LIKE(args[1]) || py_len(args[1]) != 1))
        return py_err_set(py_exc_TypeError, "%s() argument 2 must be a byte string of length 1, not %s", m, py_type_name(args[1]));
    if (!strcmp(m, "isascii")) { /* the text's would count 0x1c-0x1f out */
        const unsigned char *s = NULL;
        size_t len = 0;
        py__bytes_like(o, &s, &len);
        while (i < len && s[i] < 0x80) i++;
        return py_bool(i == len);
    }
    py_obj *text = as_text(o, lines), *f = text ? py_getattr(text, name) : NULL;
    while (f && i < n && (a[i] = text_arg(args[i], m, lines, i, i < nargs ? NULL : PY_TITEM(kw, i - nargs)))) i++;
    int called = f && i == n;
    if (called) r = py_call(f, a, nargs, kw);
    while (i) py_decref(a[--i]);
    py_xdecref(f);
    py_xdecref(text);
    if (!r && called && (!strcmp(m, "index") || !strcmp(m, "rindex")) && py_err_matches(py_exc_ValueError)) {
        py_err_clear();
        py_err_set(py_exc_ValueError, "subsection not found");
    }
    r = r ? from_text(r, PY_IS_BYTEARRAY(o)) : NULL;
    if (r && PY_IS_TUPLE(r) && PY_TLEN(r) == 3 && PY_TYPE(o) == &py_bytes_type && nargs == 1 && PY_IS_BYTEARRAY(args[0])
        && py_len(PY_TITEM(r, 1)) && (!strcmp(m, "partition") || !strcmp(m, "rpartition")))
        PY_SETREF(PY_TITEM(r, 1), py_incref(args[0])); /* bytes' partition gives its sep found, a bytearray too */
    return r;
}
static py_obj *bytes_getattr(py_obj *o, py_obj *name) {
    py_obj *r = py_generic_getattr(o, name);
    return r || !py_err_matches(py_exc_AttributeError) ? r : py__bytes_text_attr(o, name);
}
py_obj *py__bytes_text_attr(py_obj *o, py_obj *name) {
    if (py_s(name)[0] == '_' || !py_type_lookup(&py_str_type, name)) return NULL;
    /* str's methods that CPython's bytes has not either: its AttributeError
     * (b.encode(): "Did you mean: 'decode'?") */
    if (one_of(" casefold encode format format_map isdecimal isidentifier isnumeric isprintable ", py_s(name))) return NULL;
    py_err_clear();
    static const char text_methods[] = " capitalize center count endswith expandtabs find index isalnum isalpha isdigit"
        " isascii islower isspace istitle isupper join ljust lower lstrip partition removeprefix removesuffix replace rfind rindex"
        " rjust rpartition rsplit rstrip split splitlines startswith strip swapcase title upper zfill ";
    if (one_of(text_methods, py_s(name))) {
        static const py_methoddef def = { "bytes_text", bytes_text_call, 0 };
        py_obj *t = py_tuple_pack(2, o, name), *f = t ? py_cfunc_new(&def, t) : NULL;
        py_xdecref(t);
        return f;
    }
    return py_err_set(py_exc_NotImplementedError, "%s.%U() is not supported by casyncio's Python", py_type_name(o), name);
}
static const py_methoddef bytes_methods[] = { { "decode", bytes_decode, 0 }, { "hex", bytes_hex, 0 },
    { "fromhex", py__bytes_fromhex, PY_METH_CLASS }, { "translate", py__bytes_translate, 0 },
    { "maketrans", bytes_maketrans, PY_METH_STATIC }, { NULL, NULL, 0 } };
py_type py_bytes_type = { {PY_IMMORTAL, &py_type_type}, "bytes", .size = sizeof(py_bytes), .dealloc = str_dealloc,
    .repr = bytes_repr, .len = bytes_len, .hash = bytes_hash, .richcmp = bytes_richcmp, .getitem = bytes_getitem,
    .iter = bytes_iter, .contains = bytes_contains, .vnew = bytes_vnew, .methods = bytes_methods, .getattr = bytes_getattr,
    .flags = PY_TF_BASETYPE }; /* (a class derived from it is refused by name: object.c) */
