#!/usr/bin/env python3
"""Checks that no recursion in python.wasm's C code can run past its stack.

    make pywasm-stack      # builds the IR and the module, then runs this
    python3 python/tools/wasm_stack.py MODULE.wasm IRDIR [--cstack python/cstack.h] [-v]

python.wasm is built without Emscripten's check of every move of the stack
pointer (-sSTACK_OVERFLOW_CHECK=2; see python/cstack.h).  What keeps a deep
recursion in C from writing past the end of its stack is that every cycle
of calls passes a function that asks py__stack_low() (or a function that
asks it: the checkers below) before it goes deeper, and that the calls
between two such questions use less than PY_STACK_MARGIN bytes.  This
proves both, from:

  - the call graph of the sources, from their LLVM IR (IRDIR/*.ll: clang -O0
    then opt -mem2reg, so every value has one definition), with each
    indirect call resolved to the functions that can reach it: a function
    pointer loaded from a struct's field is one of the functions stored into
    that field anywhere (static initializers, stores; a parameter stored
    there is what its callers pass), one loaded from a global is what is
    stored there; nothing else is left unresolved (the tool fails if it
    is);
  - the frames of the module's functions (MODULE.wasm, with names: the
    bytes each one moves the stack pointer by; a function inlined away has
    its frame in its caller's).

A cycle of calls that asks nowhere is allowed when none of its functions
has a frame (it uses the engine's own stack, not the module's: running out
of that is a clean trap, never a write past the stack), or when it is in
BOUNDED below, with how deep it can go and why.  Anything else fails, naming
the functions of the cycle: give one of them a py__stack_low() question.
"""
import argparse
import collections
import glob
import os
import re
import sys

from wasm_size import leb, read_module  # the module's sections, read once for both tools

# Functions whose call is the question (a checkpoint is a function that
# calls one of them before it goes deeper).
CHECKERS = {'py__stack_low', 'py_recursion_check', 'python/parse.c:enter', 'python/compile.c:too_deep'}

# The module's entries: JS calls these, and a task's fiber starts in trampoline.
ROOTS = {'py_wasm_run', 'py_wasm_stop', 'py_wasm_lines', 'py_wasm_heap_used', 'py_wasm_set_name',
         'runtime/platform/wasm.c:trampoline'}

# Recursions that ask nowhere, with their depth and why it is bounded.  The
# names are a cycle's functions (all of them must be listed here).
BOUNDED = [
    ({'mp_mul', 's_mp_balance_mul', 's_mp_karatsuba_mul', 's_mp_toom_mul', 'mp_sqr', 's_mp_karatsuba_sqr',
      's_mp_toom_sqr'}, 32,
     "libtommath's Karatsuba and Toom-Cook: each level splits the digits (at most 2^28 of them in a 1 GB memory)"),
    ({'mp_add_d', 'mp_sub_d'}, 2, 'libtommath: a negative operand is handed to the other once'),
    ({'mp_incr', 'mp_decr'}, 2, 'libtommath: a negative operand is handed to the other once'),
    ({'python/str.c:format_rec'}, 2, "str.format: a replacement field's spec nests once (\"Max string recursion exceeded\")"),
    ({'python/parse.c:climb', 'python/parse.c:boolop_rest', 'python/parse.c:compare_rest'}, 12,
     'the parser: each call climbs to a higher precedence (a parenthesis goes through atom, which asks)'),
    ({'py__type_ready'}, 8,
     "a built-in type readies its base first: built-in types' bases, the exceptions' included, are at most 6 deep"),
    ({'py_generic_getattr'}, 2,
     "a C type's first attribute lookup readies it (py__type_ready gives it its MRO) and looks again, once"),
    ({'python/parse.c:star_target_elem'}, 2, "the parser: a '*' target holds no other '*'"),
    ({'python/parse.c:fstring_parse'}, 3, 'the parser: f-strings nest two deep ("f-string: expressions nested too deeply")'),
    ({'runtime/src/value.c:put_repr'}, 66, "value.c's repr stops at depth 64"),
    ({'cas__value_copy', 'cas__value_free', 'cas__value_json', 'value_eq', 'value_lt'}, 101,
     "the runtime's values nest only in gathers' results, gathers of gathers, which asyncio.c's "
     "GATHER_MAX_NEST bounds to 100 (the interpreter's own values are pointers)"),
    ({'build/deps/cjson/cJSON.c:print_value', 'build/deps/cjson/cJSON.c:print_array',
      'build/deps/cjson/cJSON.c:print_object', 'cJSON_Delete', 'cJSON_Duplicate', 'cJSON_Compare'}, 105,
     "events' JSON: an event's fields, holding at most a value (see the runtime's values)"),
]


# ---- LLVM IR ------------------------------------------------------------------------------

def split_top(s, sep=','):
    """s split at sep outside brackets and strings"""
    out, cur, depth, instr = [], [], 0, False
    for ch in s:
        if ch == '"':
            instr = not instr
        if not instr:
            if ch in '([{<':
                depth += 1
            elif ch in ')]}>':
                depth -= 1
        if ch == sep and depth == 0 and not instr:
            out.append(''.join(cur).strip())
            cur = []
        else:
            cur.append(ch)
    if ''.join(cur).strip():
        out.append(''.join(cur).strip())
    return out


ATTR = re.compile(r'(noundef|nonnull|readonly|returned|signext|zeroext|nocapture|writeonly|noalias|immarg|'
                  r'dereferenceable(_or_null)?\(\d+\)|align \d+|byval\([^)]*\)|sret\([^)]*\)) ')


def type_value(s):
    """'T V' -> (T, V): an operand with its type"""
    s = s.strip()
    depth = 0
    for i, ch in enumerate(s):
        if ch in '([{<':
            depth += 1
        elif ch in ')]}>':
            depth -= 1
        elif ch == ' ' and depth == 0:
            rest = s[i + 1:]
            if rest.startswith('(') or rest.startswith('*'):
                continue  # a function type or a pointer goes on
            while True:
                m = ATTR.match(rest)
                if not m:
                    break
                rest = rest[m.end():]
            return s[:i], rest.strip()
    return s, ''


FNREF = re.compile(r'@([-\w.$]+)')


class Unit:
    """one .ll file: its structs, globals, functions"""

    def __init__(self, path, irdir):
        self.file = os.path.relpath(path, irdir)[:-3] + '.c'  # its source, as the keys of its static functions
        self.structs, self.defs, self.decls, self.globals = {}, {}, set(), {}
        lines = open(path).read().split('\n')
        i = 0
        while i < len(lines):
            ln = lines[i]
            m = re.match(r'^(%[-\w.$"]+) = type (<?\{.*\}>?|opaque)$', ln)
            if m:
                body = m.group(2)
                inner = body.strip('<>')[1:-1].strip() if body != 'opaque' else None
                self.structs[m.group(1)] = None if inner is None else split_top(inner) if inner else []
            m = re.match(r'^@([-\w.$]+) = ((?:[\w()]+ )*)(global|constant) (.*?)(, align \d+)?$', ln)
            if m and 'external' not in m.group(2):
                t, v = type_value(m.group(4))
                self.globals[m.group(1)] = (t, v, bool(re.search(r'\b(internal|private)\b', m.group(2))))
            m = re.match(r'^define (.*?)@([-\w.$]+)\((.*)\)(.*)\{$', ln)
            if m:
                params = [type_value(p)[1].split()[-1] for p in split_top(m.group(3)) if p != '...']
                body = []
                i += 1
                while lines[i] != '}':
                    body.append(lines[i])
                    i += 1
                internal = re.search(r'\b(internal|private)\b', m.group(1)) is not None
                self.defs[m.group(2)] = dict(params=params, body=body, internal=internal, unit=self, name=m.group(2))
            m = re.match(r'^declare .*?@([-\w.$]+)\(', ln)
            if m:
                self.decls.add(m.group(1))
            i += 1

    def fields(self, t):
        t = t.strip()
        if t.startswith('%'):
            return self.structs.get(t)
        if t.startswith('{') or t.startswith('<{'):
            inner = t.strip('<>')[1:-1].strip()
            return split_top(inner) if inner else []
        return None

    def sname(self, t):
        t = t.strip()
        if t.startswith('%'):
            return t if 'anon' not in t else self.file + t  # anonymous structs are the file's own
        return None


class Program:
    def __init__(self, paths, irdir):
        self.units = [Unit(p, irdir) for p in paths]
        self.funcs, self.extern = {}, {}
        for u in self.units:
            for n, d in u.defs.items():
                d['key'] = (u.file + ':' + n) if d['internal'] else n
                self.funcs[d['key']] = d
                if not d['internal']:
                    self.extern[n] = d['key']
        self.field = collections.defaultdict(set)  # (struct, index) -> functions stored there
        self.gfn = collections.defaultdict(set)    # global -> functions in its initializer
        self.gstore = collections.defaultdict(set)  # global -> functions stored into it
        self.addr_taken = set()
        for u in self.units:
            for g, (t, v, internal) in u.globals.items():
                self.walk_const(u, t, v, (u.file + ':' + g) if internal else g, None)
        for d in self.funcs.values():
            self.parse_body(d)
        self.callers = collections.defaultdict(list)
        for d in self.funcs.values():
            for callee, args in d['calls']:
                if callee.startswith('@'):
                    self.callers[self.fkey(d['unit'], callee[1:])].append((d, args))

    def fkey(self, u, name):
        return u.defs[name]['key'] if name in u.defs else self.extern.get(name, name)

    def is_fn(self, u, name):
        return name in u.defs or name in u.decls

    def gkey(self, u, name):
        return (u.file + ':' + name) if name in u.globals and u.globals[name][2] else name

    def walk_const(self, u, t, v, gk, pos):
        v = v.strip()
        if v.startswith('{') or v.startswith('<{'):
            inner = v.strip('<>')[1:-1].strip()
            for k, it in enumerate(split_top(inner) if inner else []):
                ft, fv = type_value(it)
                self.walk_const(u, ft, fv, gk, (u.sname(t), k))
        elif v.startswith('['):
            inner = v[1:-1].strip()
            for it in split_top(inner) if inner else []:
                ft, fv = type_value(it)
                self.walk_const(u, ft, fv, gk, pos)
        elif not (v.startswith('c"') or v in ('zeroinitializer', 'null', 'undef') or re.match(r'^-?[\d.]', v)):
            for fn in FNREF.findall(v):
                if self.is_fn(u, fn):
                    k = self.fkey(u, fn)
                    self.addr_taken.add(k)
                    if pos and pos[0]:
                        self.field[pos].add(k)
                    self.gfn[gk].add(k)

    def parse_body(self, d):
        defs, calls, stores = {}, [], []
        u = d['unit']
        for ln in d['body']:
            m = re.match(r'^\s*(%[-\w.$"]+) = (.*)$', ln)
            name, rhs = (m.group(1), m.group(2)) if m else (None, ln.strip())
            rhs = re.sub(r', !\w+ !\d+', '', rhs)
            if rhs.startswith('load '):
                defs[name] = ('load', type_value(split_top(rhs[5:])[1])[1])
            elif rhs.startswith('getelementptr'):
                parts = split_top(re.sub(r'^getelementptr (inbounds )?', '', rhs))
                defs[name] = ('gep', parts[0], type_value(parts[1])[1], [type_value(p)[1] for p in parts[2:]])
            elif re.match(r'^(bitcast|addrspacecast|inttoptr|ptrtoint) ', rhs):
                defs[name] = ('cast', type_value(rhs.split(' ', 1)[1].rsplit(' to ', 1)[0])[1])
            elif rhs.startswith('phi '):
                defs[name] = ('phi', [x.strip() for x in re.findall(r'\[ ([^\]]*?), %[-\w.]+ \]', rhs)])
            elif rhs.startswith('select '):
                parts = split_top(rhs[7:])
                defs[name] = ('phi', [type_value(parts[1])[1], type_value(parts[2])[1]])
            elif rhs.startswith('store '):
                parts = split_top(re.sub(r'^store (volatile )?', '', rhs))
                st, sv = type_value(parts[0])
                stores.append((sv, type_value(parts[1])[1], st))
            elif re.match(r'^(tail |musttail |notail )?call ', rhs):
                s = re.match(r'^(?:tail |musttail |notail )?call (?:\w+ )*(.*)$', rhs).group(1)
                depth, open_idx = 0, None
                for k, ch in enumerate(s):
                    if ch in '([{<':
                        if ch == '(' and depth == 0 and k > 0 and s[k - 1] != ' ':
                            open_idx = k
                        depth += 1
                    elif ch in ')]}>':
                        depth -= 1
                pre = s[:open_idx]
                depth = 0
                for k in range(open_idx, len(s)):
                    depth += {'(': 1, ')': -1}.get(s[k], 0)
                    if depth == 0:
                        break
                argstr = s[open_idx + 1:k]
                args = [type_value(a)[1] for a in split_top(argstr)] if argstr.strip() else []
                callee = pre.split(' ')[-1]
                if 'bitcast (' in pre:
                    callee = '@' + FNREF.search(pre[pre.index('bitcast ('):]).group(1)
                calls.append((callee, args))
                if name:
                    defs[name] = ('ret',)
                for a in args:
                    for fn in FNREF.findall(a):
                        if self.is_fn(u, fn):
                            self.addr_taken.add(self.fkey(u, fn))
            elif name:
                defs[name] = ('other',)
            if rhs.startswith('store '):
                for fn in FNREF.findall(stores[-1][0]):
                    if self.is_fn(u, fn):
                        self.addr_taken.add(self.fkey(u, fn))
        d['defs'], d['calls'], d['stores'] = defs, calls, stores

    # -- what a value can be --

    def gep_field(self, u, srct, idxs):
        """(struct, index) of the field a GEP ends on, or None"""
        t, last = srct, None
        for ix in idxs[1:]:
            fields = u.fields(t)
            if fields is not None and re.match(r'^-?\d+$', ix):
                j = int(ix)
                last = (u.sname(t), j) if u.sname(t) else None
                t = fields[j] if j < len(fields) else None
                if t is None:
                    return None
            else:
                m = re.match(r'^\[(\d+) x (.*)\]$', t.strip())
                if not m:
                    return None
                last, t = None, m.group(2)
        return last

    def place(self, d, p):
        """where pointer p points: ('field', (struct, i)) or ('global', key), or None"""
        u = d['unit']
        p = p.strip()
        if p.startswith('@'):
            return ('global', self.gkey(u, p[1:]))
        if p.startswith('getelementptr'):
            parts = split_top(p[p.index('(') + 1:p.rindex(')')])
            f = self.gep_field(u, parts[0], [type_value(x)[1] for x in parts[2:]])
            if f:
                return ('field', f)
            base = type_value(parts[1])[1]
            return self.place(d, base) if base.startswith('@') else None
        if p.startswith('bitcast ('):
            return self.place(d, type_value(p[p.index('(') + 1:p.rindex(')')].rsplit(' to ', 1)[0])[1])
        df = d['defs'].get(p)
        if df and df[0] == 'gep':
            f = self.gep_field(u, df[1], df[3])
            if f:
                return ('field', f)
            if df[2].startswith('@'):
                return self.place(d, df[2])
        if df and df[0] == 'cast':
            return self.place(d, df[1])
        return None

    def value(self, d, v, seen=frozenset()):
        """the functions value v of d can be, or None when unknown"""
        u = d['unit']
        v = v.strip()
        if v in ('null', 'undef', 'poison', '0'):
            return set()
        if v.startswith('@'):
            return {self.fkey(u, v[1:])} if self.is_fn(u, v[1:]) else None
        if v.startswith('bitcast (') or v.startswith('addrspacecast ('):
            return self.value(d, type_value(v[v.index('(') + 1:v.rindex(')')].rsplit(' to ', 1)[0])[1], seen)
        if not v.startswith('%') or (d['key'], v) in seen:
            return set() if v.startswith('%') else None
        seen = seen | {(d['key'], v)}
        if v in d['params']:
            if d['key'] in self.addr_taken:
                return None
            i, res = d['params'].index(v), set()
            for cd, args in self.callers[d['key']]:
                r = self.value(cd, args[i], seen) if i < len(args) else None
                if r is None:
                    return None
                res |= r
            return res
        df = d['defs'].get(v)
        if df is None:
            return None
        if df[0] == 'cast':
            return self.value(d, df[1], seen)
        if df[0] == 'phi':
            res = set()
            for x in df[1]:
                r = self.value(d, x, seen)
                if r is None:
                    return None
                res |= r
            return res
        if df[0] == 'load':
            return self.pointee(d, df[1], seen)
        return None

    def pointee(self, d, p, seen):
        """the functions stored where pointer p points"""
        where = self.place(d, p)
        if where is None:
            df = d['defs'].get(p.strip())
            if df and df[0] == 'phi' and (d['key'], 'p' + p) not in seen:
                res = set()
                for x in df[1]:
                    r = self.pointee(d, x, seen | {(d['key'], 'p' + p)})
                    if r is None:
                        return None
                    res |= r
                return res
            return None
        if where[0] == 'field':
            return set(self.field[where[1]])
        return self.gstore[where[1]] | self.gfn.get(where[1], set())

    def solve(self):
        """the functions stored into fields and globals, to a fixed point; fails on a store it cannot place"""
        lost = []
        for _ in range(8):
            changed = False
            lost = []
            for d in self.funcs.values():
                for v, p, st in d['stores']:
                    if not (st.endswith(')*') or st.endswith('{}*') or st == 'i8*'):
                        continue
                    fns = self.value(d, v)
                    if not fns:
                        if fns is None and st.endswith(')*'):
                            lost.append((d['key'], v, p))
                        continue
                    where = self.place(d, p)
                    if where is None:
                        lost.append((d['key'], v, p))
                        continue
                    dst = self.field[where[1]] if where[0] == 'field' else self.gstore[where[1]]
                    if not fns <= dst:
                        dst |= fns
                        changed = True
            if not changed:
                break
        return lost

    def graph(self):
        """callees of each function (keys; names of functions without IR), and the indirect calls left unknown"""
        g, unknown = collections.defaultdict(set), []
        for key, d in self.funcs.items():
            u = d['unit']
            for callee, args in d['calls']:
                if callee.startswith('@'):
                    n = callee[1:]
                    if n.startswith('llvm.'):
                        continue
                    ck = self.fkey(u, n)
                    g[key].add(ck)
                    if ck not in self.funcs and not n.startswith('emscripten_fiber_init'):
                        # a function passed to one we have no IR of (qsort): it calls it
                        for a in args:
                            fs = self.value(d, a)
                            if fs:
                                g[ck] |= fs
                else:
                    fs = self.value(d, callee)
                    if fs is None:
                        unknown.append((key, callee))
                    else:
                        g[key] |= fs
        return g, unknown


# ---- the module ---------------------------------------------------------------------------

def wasm_frames(path):
    """per function name: its frame (bytes the stack pointer moves; None: by a runtime amount) and direct callees"""
    funcs, _, names = read_module(path)
    frames, calls = {}, {}
    for _, name, body in funcs:
        fr, cs = 0, set()
        pending = None
        for op, imm, prev in ops(body):
            if op == 0x10:
                cs.add(names.get(imm, '?'))
            elif op == 0x6B and prev[0] == (0x23, 0):  # global.get $__stack_pointer, X, i32.sub
                if prev[1][0] == 0x41:
                    fr = None if fr is None else fr + prev[1][1]  # an inlined frame adds to its caller's
                else:
                    pending = 0  # by a runtime amount, if it becomes the stack pointer
                continue
            if pending is not None:
                if op == 0x24 and imm == 0:
                    fr = None
                pending = None if op not in (0x22, 0x21) or pending else 1
        frames[name], calls[name] = fr, cs
    return frames, calls


def ops(body):
    """(opcode, immediate, the two instructions before) of a function body (MVP, sign-ext, sat-trunc, bulk memory)"""
    n, i = leb(body, 0)
    for _ in range(n):
        _, i = leb(body, i)
        i += 1
    prev = [(None, None), (None, None)]
    while i < len(body):
        op = body[i]
        i += 1
        imm = None
        if op in (0x02, 0x03, 0x04):
            if body[i] in (0x40, 0x7F, 0x7E, 0x7D, 0x7C, 0x7B, 0x70, 0x6F):
                i += 1
            else:
                _, i = leb(body, i, True)
        elif op in (0x0C, 0x0D, 0x10) or 0x20 <= op <= 0x26 or op == 0xD2:
            imm, i = leb(body, i)
        elif op == 0x0E:
            cnt, i = leb(body, i)
            for _ in range(cnt + 1):
                _, i = leb(body, i)
        elif op == 0x11:
            _, i = leb(body, i)
            _, i = leb(body, i)
        elif op == 0x1C:
            cnt, i = leb(body, i)
            i += cnt
        elif 0x28 <= op <= 0x3E:
            _, i = leb(body, i)
            _, i = leb(body, i)
        elif op in (0x3F, 0x40, 0xD0):
            i += 1
        elif op in (0x41, 0x42):
            imm, i = leb(body, i, True)
        elif op == 0x43:
            i += 4
        elif op == 0x44:
            i += 8
        elif op == 0xFC:
            sub, i = leb(body, i)
            if sub == 8:
                _, i = leb(body, i)
                i += 1
            elif sub in (9, 13, 15, 16, 17):
                _, i = leb(body, i)
            elif sub == 10:
                i += 2
            elif sub == 11:
                i += 1
            elif sub in (12, 14):
                _, i = leb(body, i)
                _, i = leb(body, i)
        yield op, imm, prev
        prev = [prev[1], (op, imm)]


# ---- the check ----------------------------------------------------------------------------

def sccs(g, nodes):
    """strongly connected components (Tarjan, without recursion), each with its cycles' nodes"""
    index, low, on, st, out, n = {}, {}, set(), [], [], 0
    for v0 in nodes:
        if v0 in index:
            continue
        work = [(v0, iter(sorted(g.get(v0, ()))))]
        index[v0] = low[v0] = n
        n += 1
        st.append(v0)
        on.add(v0)
        while work:
            v, it = work[-1]
            for w in it:
                if w not in index:
                    index[w] = low[w] = n
                    n += 1
                    st.append(w)
                    on.add(w)
                    work.append((w, iter(sorted(g.get(w, ())))))
                    break
                if w in on:
                    low[v] = min(low[v], index[w])
            else:
                work.pop()
                if work:
                    low[work[-1][0]] = min(low[work[-1][0]], low[v])
                if low[v] == index[v]:
                    comp = []
                    while True:
                        w = st.pop()
                        on.discard(w)
                        comp.append(w)
                        if w == v:
                            break
                    out.append(comp)
    return out


def short(k):
    return k.split(':')[-1]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('wasm')
    ap.add_argument('irdir')
    ap.add_argument('--cstack', default=os.path.join(os.path.dirname(__file__), '..', 'cstack.h'))
    ap.add_argument('-v', action='store_true', help='list the checkpoints, the bounded cycles and the longest chains')
    a = ap.parse_args()
    margin = eval(re.search(r'#define PY_STACK_MARGIN \(?([\d *]+)\)?', open(a.cstack).read()).group(1))

    paths = sorted(glob.glob(os.path.join(a.irdir, '**', '*.ll'), recursive=True))
    if not paths:
        sys.exit('no IR in ' + a.irdir)
    prog = Program(paths, a.irdir)
    lost = prog.solve()
    graph, unknown = prog.graph()
    frames, wcalls = wasm_frames(a.wasm)
    errors = []
    for key, v, p in lost:
        errors.append('%s stores a function pointer (%s) where this cannot follow it (%s)' % (key, v, p))
    for key, callee in unknown:
        errors.append('%s calls %s, a function pointer this cannot resolve' % (key, callee))

    # frames by C name: a static function may be name.1 in the module; a
    # function merged with a similar one calls byn$mgfn-shared$...
    byname = collections.defaultdict(int)
    for n, fr in frames.items():
        fr = 1 << 40 if fr is None else fr
        for c in wcalls[n]:
            if c.startswith('byn$mgfn-shared$'):
                fr += frames[c] or 0
        base = re.sub(r'\.\d+$', '', n.replace('byn$mgfn-shared$', ''))
        byname[base] = max(byname[base], fr)
    memo = {}

    def wasm_chain(n, seen=()):
        # a function without IR (libc's): its frame and its callees' longest chain
        if n in memo:
            return memo[n]
        if n in seen or n not in frames:
            return 0
        r = (frames[n] or 0) + max((wasm_chain(c, seen + (n,)) for c in wcalls[n]), default=0)
        memo[n] = r
        return r

    def frame(k):
        return byname.get(short(k), 0) if k in prog.funcs else wasm_chain(k)

    live, todo = set(), [k for k in prog.funcs if k in ROOTS or short(k) in ROOTS]
    live.update(todo)
    while todo:
        for w in graph.get(todo.pop(), ()):
            if w not in live:
                live.add(w)
                todo.append(w)
    checkers = {k for k in live if k in CHECKERS or short(k) in CHECKERS}
    cps = {k for k in live if graph.get(k, set()) & checkers}
    g = {k: {c for c in graph.get(k, ()) if c in live and c not in cps} for k in live if k not in cps}
    comps = sccs(g, sorted(g))
    comp_of, weight = {}, {}
    for ci, comp in enumerate(comps):
        for k in comp:
            comp_of[k] = ci
        cyclic = len(comp) > 1 or comp[0] in g.get(comp[0], ())
        cost = sum(frame(k) for k in comp)
        weight[ci] = max(frame(k) for k in comp)
        if not cyclic or cost == 0:
            continue
        bound = [b for b in BOUNDED if all(k in b[0] or short(k) in b[0] for k in comp)]
        if not bound:
            errors.append('a recursion asks py__stack_low() nowhere: %s (frames: %s)'
                          % (' '.join(sorted(short(k) for k in comp)),
                             ', '.join('%s %d' % (short(k), frame(k)) for k in sorted(comp) if frame(k))))
            continue
        weight[ci] = bound[0][1] * cost
        if a.v:
            print('bounded: %s: %d deep x %d bytes (%s)' % (' '.join(sorted(short(k) for k in comp)), bound[0][1], cost,
                                                          bound[0][2]))

    # the longest chain from each checkpoint's callees to the next checkpoint
    # (whose frame counts: it is taken before its question)
    best = {}

    def chain(ci):
        if ci in best:
            return best[ci]
        best[ci] = (weight[ci], [])  # (cycles were handled above)
        succ = set()
        for k in comps[ci]:
            for c in graph.get(k, ()):
                if c in live:
                    succ.add(('cp', c) if c in cps else ('c', comp_of[c]))
        top = (0, [])
        for kind, x in succ:
            if kind == 'cp':
                r = (frame(x), [short(x)])
            elif x != ci:
                r = chain(x)
            else:
                continue
            if r[0] > top[0]:
                top = r
        best[ci] = (weight[ci] + top[0], [short(comps[ci][0])] + top[1])
        return best[ci]

    sys.setrecursionlimit(100000)
    worst = (0, [], None)
    for c in sorted(cps | {k for k in live if k in ROOTS or short(k) in ROOTS}):
        top = (0, [])
        for s in graph.get(c, ()):
            if s not in live:
                continue
            r = (frame(s), [short(s)]) if s in cps else chain(comp_of[s])
            if r[0] > top[0]:
                top = r
        if c in cps and top[0] > worst[0]:
            worst = (top[0], top[1], c)
    if a.v:
        print('checkpoints (%d): %s' % (len(cps), ' '.join(sorted(short(k) for k in cps))))
    print('%d functions, %d live, %d checkpoints; the most stack between two: %d bytes, from %s: %s'
          % (len(prog.funcs), len(live), len(cps), worst[0], short(worst[2] or '-'), ' > '.join(worst[1])))
    if worst[0] >= margin:
        errors.append('PY_STACK_MARGIN (%d) is less than that chain: raise it in python/cstack.h' % margin)
    for e in errors:
        print('error: ' + e)
    if errors:
        sys.exit(1)
    print('every recursion asks py__stack_low(); PY_STACK_MARGIN %d covers the rest' % margin)


if __name__ == '__main__':
    main()
