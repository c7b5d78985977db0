/*
 * gc.c -- __del__ and gc.collect() for instances of classes that define
 * __del__.
 *
 * Reference counting frees everything else at once, as in CPython.  What it
 * cannot free is a cycle; CPython's collector finds those among all its
 * container objects.  This one looks only at the instances whose class has
 * a __del__ (the only cycles a program can see being collected): each such
 * instance is registered when it is made, in a table of its own, with the
 * order it was made in.  gc.collect() then does CPython's subtraction on
 * them: an instance's count minus the references that come from the
 * __dict__ of other registered instances (directly, or through a list,
 * tuple or dict that only that __dict__ holds); what is left over is held
 * from outside, and everything reachable from those is alive.  The rest is
 * an unreachable cycle: each gets its __del__ called (in the order they
 * were made, as CPython's list gives), then their __dict__s are cleared,
 * which frees them.  Cycles through objects of other kinds are not found
 * (they leak, silently, as with gc.disable()).
 *
 * __del__ runs once per object, as PEP 442: a finalized instance leaves
 * the table, and its dealloc then only frees it.
 */
#include <stdlib.h>
#include <string.h>

#include "py.h"

void py__inst_free(py_obj *o); /* object.c: frees a heap instance */

/* The table: open addressing on the address, a made-in order per entry. */
typedef struct { py_obj *o; uint64_t seq; } gc_slot;
static gc_slot *tab;
static size_t tab_cap, tab_used, tab_fill; /* fill counts deleted slots too */
static uint64_t next_seq;
#define GC_DELETED ((py_obj *)1)

static size_t slot_of(py_obj *o, size_t cap) {
    uint64_t h = (uint64_t)(uintptr_t)o;
    h ^= h >> 17;
    h *= 0x9E3779B97F4A7C15ULL;
    return (size_t)(h >> 7) & (cap - 1);
}
static int tab_grow(void) {
    size_t ncap = tab_cap ? tab_cap * 2 : 64;
    while (tab_used * 2 >= ncap) ncap *= 2;
    gc_slot *n = calloc(ncap, sizeof *n);
    if (!n) return -1;
    for (size_t i = 0; i < tab_cap; i++) {
        if (!tab[i].o || tab[i].o == GC_DELETED) continue;
        size_t j = slot_of(tab[i].o, ncap);
        while (n[j].o) j = (j + 1) & (ncap - 1);
        n[j] = tab[i];
    }
    free(tab);
    tab = n;
    tab_cap = ncap;
    tab_fill = tab_used;
    return 0;
}
static gc_slot *tab_find(py_obj *o) {
    if (!tab_cap) return NULL;
    for (size_t j = slot_of(o, tab_cap);; j = (j + 1) & (tab_cap - 1)) {
        if (!tab[j].o) return NULL;
        if (tab[j].o == o) return &tab[j];
    }
}

/* Registers a new instance of a class with __del__ (a failure to grow the
 * table only means its __del__ will not run). */
void py__gc_track(py_obj *o) {
    if ((tab_fill + 1) * 3 >= tab_cap * 2 && tab_grow() < 0) return;
    size_t j = slot_of(o, tab_cap);
    while (tab[j].o && tab[j].o != GC_DELETED) j = (j + 1) & (tab_cap - 1);
    if (!tab[j].o) tab_fill++;
    tab[j].o = o;
    tab[j].seq = next_seq++;
    tab_used++;
}
static int untrack(py_obj *o) {
    gc_slot *s = tab_find(o);
    if (!s) return 0;
    s->o = GC_DELETED;
    tab_used--;
    return 1;
}
/* An instance whose __class__ became one without __del__ (object.c). */
void py__gc_untrack(py_obj *o) { untrack(o); }

/* Calls o.__del__() once; an exception in it is printed as CPython's
 * "Exception ignored in: ..." and dropped.  o must be alive (rc > 0). */
static void finalize(py_obj *o) {
    if (!untrack(o)) return;
    py_obj *saved = py_err_fetch();
    py_obj *del = py_type_lookup_s(o->type, "__del__");
    if (del) {
        py_obj *r = py_call1(del, o);
        if (r) py_decref(r);
        else py__write_unraisable(del);
    }
    if (saved) py_err_set_exc(saved);
}

/* The dealloc of a class with __del__: finalize (the object is alive again
 * for the call), then free unless __del__ kept a new reference to it. */
void py__del_dealloc(py_obj *o) {
    if (tab_find(o)) {
        o->rc = 1;
        finalize(o);
        if (--o->rc > 0) {
            /* resurrected: py__dealloc will drop a reference to the type */
            py_incref(o->type);
            return;
        }
    }
    py__inst_free(o);
}

/* Calls fn(v, arg) for each object o's __dict__ refers to, looking one
 * level into the lists, tuples and dicts that only that __dict__ holds. */
static void each_ref(py_obj *o, void (*fn)(py_obj *, void *), void *arg) {
    py_obj **dp = py__dictptr(o); /* (a subclass of dict, str...: after the base's fields) */
    py_obj *d = dp ? *dp : NULL;
    if (!d || !PY_IS_DICT(d)) return;
    size_t pos = 0;
    py_obj *k, *v;
    while (py_dict_next(d, &pos, &k, &v)) {
        fn(v, arg);
        if (v->rc != 1) continue;
        if (PY_IS_LIST(v)) for (size_t i = 0; i < PY_LLEN(v); i++) fn(PY_LITEM(v, i), arg);
        else if (PY_IS_TUPLE(v)) for (size_t i = 0; i < PY_TLEN(v); i++) fn(PY_TITEM(v, i), arg);
        else if (PY_IS_DICT(v)) {
            size_t p2 = 0;
            py_obj *k2, *v2;
            while (py_dict_next(v, &p2, &k2, &v2)) fn(v2, arg);
        }
    }
}

typedef struct { py_obj *o; uint64_t seq; intptr_t refs; int reachable; } gc_node;
typedef struct {
    gc_node *nodes;
    size_t n;
    gc_node **todo; /* marked, their references not yet followed (each node once: a loop, not a recursion as
                     * deep as the longest chain of instances) */
    size_t ntodo;
} gc_set;
static gc_node *node_of(gc_set *s, py_obj *o) {
    /* the nodes are sorted by address for this lookup */
    size_t lo = 0, hi = s->n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (s->nodes[mid].o == o) return &s->nodes[mid];
        if ((uintptr_t)s->nodes[mid].o < (uintptr_t)o) lo = mid + 1;
        else hi = mid;
    }
    return NULL;
}
static void subtract(py_obj *v, void *arg) {
    gc_node *n = node_of(arg, v);
    if (n) n->refs--;
}
static void mark(py_obj *v, void *arg) {
    gc_set *s = arg;
    gc_node *n = node_of(s, v);
    if (n && !n->reachable) {
        n->reachable = 1;
        s->todo[s->ntodo++] = n;
    }
}
static void mark_node(gc_set *s, gc_node *n) {
    if (n->reachable) return;
    n->reachable = 1;
    s->todo[s->ntodo++] = n;
    while (s->ntodo) {
        gc_node *x = s->todo[--s->ntodo];
        each_ref(x->o, mark, s);
    }
}
static int by_addr(const void *a, const void *b) {
    uintptr_t x = (uintptr_t)((const gc_node *)a)->o, y = (uintptr_t)((const gc_node *)b)->o;
    return x < y ? -1 : x > y;
}
static int by_seq(const void *a, const void *b) {
    uint64_t x = ((const gc_node *)a)->seq, y = ((const gc_node *)b)->seq;
    return x < y ? -1 : x > y;
}

/* gc.collect(): the number of unreachable objects found (each instance and
 * its __dict__, as CPython counts them). */
int64_t py__gc_collect(void) {
    if (!tab_used) return 0;
    gc_set s = { calloc(tab_used, sizeof(gc_node)), 0, malloc(tab_used * sizeof(gc_node *)), 0 };
    if (!s.nodes || !s.todo) { free(s.nodes); free(s.todo); return 0; }
    for (size_t i = 0; i < tab_cap; i++)
        if (tab[i].o && tab[i].o != GC_DELETED) s.nodes[s.n++] = (gc_node){ tab[i].o, tab[i].seq, tab[i].o->rc, 0 };
    qsort(s.nodes, s.n, sizeof(gc_node), by_addr);
    for (size_t i = 0; i < s.n; i++) each_ref(s.nodes[i].o, subtract, &s);
    for (size_t i = 0; i < s.n; i++) if (s.nodes[i].refs > 0) mark_node(&s, &s.nodes[i]);
    size_t m = 0;
    for (size_t i = 0; i < s.n; i++) if (!s.nodes[i].reachable) s.nodes[m++] = s.nodes[i];
    qsort(s.nodes, m, sizeof(gc_node), by_seq);
    /* keep them alive while their __del__s run, then break the cycles */
    for (size_t i = 0; i < m; i++) py_incref(s.nodes[i].o);
    for (size_t i = 0; i < m; i++) finalize(s.nodes[i].o);
    int64_t count = 0;
    for (size_t i = 0; i < m; i++) {
        py_obj **dp = py__dictptr(s.nodes[i].o);
        count += 1 + (dp && *dp != NULL);
    }
    for (size_t i = 0; i < m; i++) {
        py_obj **dp = py__dictptr(s.nodes[i].o);
        if (dp && *dp) { py_obj *d = *dp; *dp = py_dict_new(); py_decref(d); }
    }
    for (size_t i = 0; i < m; i++) py_decref(s.nodes[i].o);
    free(s.nodes);
    free(s.todo);
    return count;
}

/* At exit, after __main__'s names are gone: the __del__ of every instance
 * still alive (held by a cycle this collector does not see, such as a
 * class's list of its own instances), in the order they were made, as
 * CPython's collection at shutdown finalizes its garbage. */
void py__gc_finalize_all(void) {
    if (!tab_used) return;
    gc_node *v = malloc(tab_used * sizeof *v);
    if (!v) return;
    size_t n = 0;
    for (size_t i = 0; i < tab_cap; i++)
        if (tab[i].o && tab[i].o != GC_DELETED) v[n++] = (gc_node){ tab[i].o, tab[i].seq, 0, 0 };
    qsort(v, n, sizeof *v, by_seq);
    for (size_t i = 0; i < n; i++) py_incref(v[i].o);
    for (size_t i = 0; i < n; i++) finalize(v[i].o);
    for (size_t i = 0; i < n; i++) py_decref(v[i].o);
    free(v);
}

/* ---- garbage among what one object reaches ------------------------------------
 *
 * py__gc_unreachable(seed, extra, found) asks whether seed is garbage as
 * CPython's collector would find it: S is everything seed reaches through
 * the references below (and those extra() knows of); each member's count
 * less the references from within S leaves what holds it from outside;
 * everything reachable from such a member is alive.  seed is garbage if
 * it is not; then found(o) is called for each member that is garbage
 * with it.  A reference not followed can only make a member look held
 * from outside, so a kind left out here keeps things alive, never frees
 * them early.  A function's globals, a type, a module are not followed. */

typedef struct {
    py_obj *o;
    intptr_t refs;
    int reachable;
} reach_node;
enum { REACH_ADD, REACH_SUBTRACT, REACH_MARK };
struct py_gc_visit {
    reach_node *tab; /* open addressing on the address */
    size_t cap, n;
    reach_node **list; /* the members, in the order found */
    size_t nlist;
    reach_node **stack; /* marked, their references not yet followed */
    size_t nstack;
    int full; /* past the limit or out of memory: undecided */
    int mode; /* what a reference visited does (py__gc_visit) */
    py_gc_extra *extra;
};
typedef struct py_gc_visit reach_set;
enum { REACH_LIMIT = 1 << 16 };

static reach_node *reach_find(reach_set *s, py_obj *o) {
    size_t i = slot_of(o, s->cap);
    while (s->tab[i].o && s->tab[i].o != o) i = (i + 1) & (s->cap - 1);
    return &s->tab[i];
}
static int reach_grow(reach_set *s) {
    size_t ncap = s->cap * 2;
    reach_node *n = calloc(ncap, sizeof *n);
    reach_node **l = malloc(ncap / 2 * sizeof *l);
    if (!n || !l) { free(n); free(l); return -1; }
    reach_set t = { n, ncap, 0, l, 0, NULL, 0, 0, 0, NULL };
    for (size_t i = 0; i < s->nlist; i++) {
        reach_node *x = reach_find(&t, s->list[i]->o);
        *x = *s->list[i];
        l[i] = x;
    }
    free(s->tab);
    free(s->list);
    s->tab = n;
    s->list = l;
    s->cap = ncap;
    return 0;
}
static void reach_add(reach_set *s, py_obj *v) {
    if (s->full) return;
    reach_node *x = reach_find(s, v);
    if (x->o) return;
    if (s->nlist >= REACH_LIMIT || ((s->n + 1) * 2 > s->cap && reach_grow(s) < 0)) {
        s->full = 1;
        return;
    }
    x = reach_find(s, v);
    *x = (reach_node){ v, v->rc, 0 };
    s->n++;
    s->list[s->nlist++] = x;
}

static void reach_subtract(reach_set *s, py_obj *v) {
    reach_node *x = reach_find(s, v);
    if (x->o) x->refs--;
}
static void reach_mark(reach_set *s, py_obj *v) {
    reach_node *x = reach_find(s, v);
    if (x->o && !x->reachable) {
        x->reachable = 1;
        s->stack[s->nstack++] = x;
    }
}
void py__gc_visit(py_gc_visit *s, py_obj *v) {
    if (!v) return;
    switch (s->mode) {
    case REACH_ADD: reach_add(s, v); break;
    case REACH_SUBTRACT: reach_subtract(s, v); break;
    default: reach_mark(s, v); break;
    }
}
/* Visits each reference of o's that the collector follows. */
static void reach_refs(reach_set *s, py_obj *o) {
    py_type *t = PY_TYPE(o);
    if (t == &py_list_type)
        for (size_t i = 0; i < PY_LLEN(o); i++) py__gc_visit(s, PY_LITEM(o, i));
    else if (t == &py_tuple_type)
        for (size_t i = 0; i < PY_TLEN(o); i++) py__gc_visit(s, PY_TITEM(o, i));
    else if (t == &py_dict_type) {
        size_t pos = 0;
        py_obj *k, *v;
        while (py_dict_next(o, &pos, &k, &v)) { py__gc_visit(s, k); py__gc_visit(s, v); }
    } else if (t == &py_method_type) {
        py__gc_visit(s, ((py_method *)o)->func);
        py__gc_visit(s, ((py_method *)o)->self);
    } else if (t == &py_cell_type) py__gc_visit(s, ((py_cell *)o)->v);
    else if (t == &py_gen_type || t == &py_coro_type || t == &py_asyncgen_type) {
        /* a generator that is not running (one running elsewhere: extra()'s) */
        py_gen *g = (py_gen *)o;
        if (g->frame && g->state != PY_GEN_RUNNING)
            for (int i = 0; i < g->frame->nfast + g->frame->sp; i++) py__gc_visit(s, g->frame->fast[i]);
    } else if (t->flags & PY_TF_EXC) {
        py_exc *e = (py_exc *)o;
        py_obj **dp = py__dictptr(o); /* (the exception's own dict, or one a subclass places elsewhere) */
        py__gc_visit(s, e->dict);
        if (dp && dp != &e->dict) py__gc_visit(s, *dp);
        py__gc_visit(s, e->args);
        py__gc_visit(s, e->tb);
        py__gc_visit(s, e->cause);
        py__gc_visit(s, e->context);
    } else if (t == &py_tb_type) {
        py__gc_visit(s, (py_obj *)((py_tb *)o)->next);
        py__gc_visit(s, ((py_tb *)o)->keep);
    } else if (t->flags & PY_TF_HEAP) {
        py_obj **dp = py__dictptr(o);
        if (dp && *dp) py__gc_visit(s, *dp);
    }
    if (s->extra) s->extra(o, s);
}
int py__gc_unreachable(py_obj *seed, py_gc_extra *extra, void (*found)(py_obj *)) {
    reach_set s = { calloc(64, sizeof(reach_node)), 64, 0, malloc(32 * sizeof(reach_node *)), 0, NULL, 0, 0, REACH_ADD, extra };
    int garbage = 0;
    if (!s.tab || !s.list) goto out;
    reach_add(&s, seed);
    for (size_t i = 0; i < s.nlist && !s.full; i++) reach_refs(&s, s.list[i]->o);
    if (s.full || !(s.stack = malloc(s.nlist * sizeof *s.stack))) goto out;
    s.mode = REACH_SUBTRACT;
    for (size_t i = 0; i < s.nlist; i++) reach_refs(&s, s.list[i]->o);
    for (size_t i = 0; i < s.nlist; i++)
        if (s.list[i]->refs < 0) goto out; /* more references seen than it has: a view that is wrong keeps all alive */
    /* mark from what is held from outside (each node is pushed once) */
    s.mode = REACH_MARK;
    for (size_t i = 0; i < s.nlist; i++)
        if (s.list[i]->refs > 0 && !s.list[i]->reachable) {
            s.list[i]->reachable = 1;
            s.stack[s.nstack++] = s.list[i];
            while (s.nstack) reach_refs(&s, s.stack[--s.nstack]->o);
        }
    garbage = !reach_find(&s, seed)->reachable;
    for (size_t i = 0; garbage && found && i < s.nlist; i++)
        if (!s.list[i]->reachable) found(s.list[i]->o);
out:
    free(s.tab);
    free(s.list);
    free(s.stack);
    return garbage;
}

/* ---- the cycles of generators, coroutines and tasks ---------------------------
 *
 * CPython's collector finds them among all its objects; here the seeds
 * are the generators and coroutines alive (py__gens) that a collection
 * would finalize: a coroutine never awaited (its warning), one suspended
 * (closed: its finally blocks run), and asyncio's tasks (asyncio.c).
 * What is found garbage with them is finalized first, all of it, then
 * its cycles broken: the lists, dicts, cells and instances' __dict__s
 * among it are emptied, and the references it held dropped. */
static py_obj **garbage;
static size_t ngarbage, capgarbage;

static int is_found(py_obj *o) {
    for (size_t i = 0; i < ngarbage; i++)
        if (garbage[i] == o) return 1;
    return 0;
}
void py__gc_found(py_obj *o) {
    if (is_found(o)) return;
    if (ngarbage == capgarbage) {
        size_t cap = capgarbage ? capgarbage * 2 : 32;
        py_obj **g = realloc(garbage, cap * sizeof *g);
        if (!g) return; /* (left alive) */
        garbage = g;
        capgarbage = cap;
    }
    garbage[ngarbage++] = py_incref(o);
}

static int gen_seed(py_gen *g) {
    if (PY_TYPE(g) == &py_coro_type && g->state == PY_GEN_CREATED && !g->awaited) return 1;
    return g->frame && g->state == PY_GEN_SUSPENDED;
}

int64_t py__gc_collect_cycles(void) {
    for (py_gen *g = py__gens; g; g = g->gc_next)
        if (gen_seed(g) && !is_found((py_obj *)g)) py__gc_unreachable((py_obj *)g, py__fut_gc_refs, py__gc_found);
    size_t n = ngarbage;
    if (!n) return 0;
    py_obj **v = garbage;
    garbage = NULL;
    ngarbage = capgarbage = 0;
    int resurrected = 0;
    for (size_t i = 0; i < n; i++) {
        py_type *t = PY_TYPE(v[i]);
        py_gen *g = (py_gen *)v[i];
        if (t == &py_gen_type || t == &py_coro_type) py__gen_finalize(v[i]);
        else if (t == &py_asyncgen_type && g->frame && g->state == PY_GEN_SUSPENDED) {
            /* the loop's finalizer hook closes it in a task of its own (which holds
             * it, so CPython leaves this garbage as it is) */
            py_incref(g);
            if (py__agen_finalize(v[i]) < 0) py_decref(g);
            else resurrected = 1;
        } else py__fut_finalize(v[i]);
    }
    for (size_t i = 0; i < n && !resurrected; i++) {
        py_obj *o = v[i];
        py_type *t = PY_TYPE(o);
        if (t == &py_list_type || t == &py_dict_type) {
            py_obj *r = py_call_method(o, "clear", NULL, 0);
            if (r) py_decref(r);
            else py_err_clear();
        }
        else if (t == &py_cell_type) PY_CLEAR(((py_cell *)o)->v);
        else if (t->flags & PY_TF_HEAP) {
            py_obj **dp = py__dictptr(o);
            if (dp && *dp) { py_obj *d = *dp; *dp = py_dict_new(); py_decref(d); }
        }
    }
    for (size_t i = 0; i < n; i++) py_decref(v[i]);
    free(v);
    return (int64_t)n;
}
