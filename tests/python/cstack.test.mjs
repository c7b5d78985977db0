// cstack.test.mjs -- recursions in C that go deep, in wasm (the module as
// shipped: dist/python.wasm, built without Emscripten's check of every move
// of the stack pointer, python/cstack.h) and natively: each ends with
// RecursionError (or, where CPython's does, with CPython's result) and the
// program goes on, never a crash or memory overwritten past a stack.  Each
// program runs as written (the main stack, 1 MB in wasm) and inside a task
// (a run stack of 256 KB), except the front end's, which run at start.
// What these reach is what python/tools/wasm_stack.py proves for every
// path (`make pywasm-stack`): each cycle of C calls asks py__stack_low().
//
//   make -j2 native site pycore && node --test tests/python/cstack.test.mjs
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = join(fileURLToPath(new URL('.', import.meta.url)), '..', '..');
const native = join(root, 'build', 'native', 'casyncio-python');
const dist = join(root, 'dist', 'casyncio.js');
const dir = mkdtempSync(join(tmpdir(), 'pycstack-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const api = existsSync(dist);

/* In a child node, in a worker whose own stack is larger than the
 * module's (16 MB, as a browser's may be): the module's stack, not the
 * engine's, is what runs out, so py__stack_low() is what stops a recursion
 * that nothing counts.  (Each level's wasm frames take more of the
 * engine's stack than of the module's: 6 MB of it no longer outlasts a
 * task's 256 KB in a chain of filter() iterators.) */
const RUNNER = `
import { readFileSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
const code = \`
import { workerData, parentPort } from 'node:worker_threads';
import { pathToFileURL } from 'node:url';
const api = await import(pathToFileURL(workerData.dist).href);
const evs = [];
for await (const ev of api.runPython(workerData.source, { filename: 'p.py', clock: 'virtual' })) evs.push(ev);
parentPort.postMessage(JSON.stringify(evs));\`;
const w = new Worker(new URL('data:text/javascript,' + encodeURIComponent(code)),
  { workerData: JSON.parse(readFileSync(0, 'utf8')), resourceLimits: { stackSizeMb: 16 } });
w.on('message', (m) => process.stdout.write(m));
w.on('error', (e) => { console.error(e); process.exitCode = 1; });`;
function runWasm(source) {
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', RUNNER],
    { input: JSON.stringify({ dist, source }), encoding: 'utf8', timeout: 120000, maxBuffer: 1 << 28 });
  assert.equal(r.status, 0, r.stderr);
  const evs = JSON.parse(r.stdout);
  const text = (s) => evs.filter((e) => e.type === 'print' && (e.stream === 'stderr') === s).map((e) => e.text + (e.end ?? '\n')).join('');
  return { out: text(false), err: text(true), exit: evs.at(-1).exit, errors: evs.filter((e) => e.type === 'error').map((e) => e.message) };
}
function runNative(source) {
  const file = join(dir, 'p.py');
  writeFileSync(file, source);
  const r = spawnSync(native, ['--clock', 'virtual', file], { encoding: 'utf8', timeout: 120000 });
  return { out: r.stdout, err: r.stderr, exit: r.status };
}
/* the program as the body of a task's coroutine */
const inTask = (src) => 'import asyncio\nasync def main():\n' + src.split('\n').map((l) => (l ? '    ' + l : l)).join('\n') + '\nasyncio.run(main())\n';

/* name: [program, its stdout] (CPython's, but where noted) */
const cases = {
  repr_str_and_print_of_containers_nested_100000_deep: [`
x, d = [], {}
for i in range(100000):
    x, d = [x], {1: d}
for f in (repr, str, print):
    for v in (x, d):
        try:
            f(v)
        except RecursionError as e:
            print("RecursionError:", e)
`,
    `RecursionError: maximum recursion depth exceeded while getting the repr of an object
RecursionError: maximum recursion depth exceeded while getting the repr of an object
RecursionError: maximum recursion depth exceeded while getting the repr of an object
RecursionError: maximum recursion depth exceeded while getting the repr of an object
RecursionError: maximum recursion depth exceeded while getting the repr of an object
RecursionError: maximum recursion depth exceeded while getting the repr of an object
`],
  comparisons_and_in_of_lists_nested_100000_deep: [`
a, b = [], []
for i in range(100000):
    a, b = [a], [b]
for f in (lambda: a == b, lambda: a < b, lambda: a != b, lambda: a in [b], lambda: [a].index(b)):
    try:
        print(f())
    except RecursionError as e:
        print("RecursionError:", e)
`,
    `RecursionError: maximum recursion depth exceeded in comparison
RecursionError: maximum recursion depth exceeded in comparison
RecursionError: maximum recursion depth exceeded in comparison
RecursionError: maximum recursion depth exceeded in comparison
RecursionError: maximum recursion depth exceeded in comparison
`],
  dunders_of_a_class_that_recurse_through_c: [`
class Node:
    def __init__(self, nxt): self.nxt = nxt
    def __repr__(self): return "N" + repr(self.nxt)
    def __eq__(self, o): return self.nxt == o.nxt
    def __hash__(self): return hash(self.nxt)
    def __len__(self): return len(self.nxt) + 1 if self.nxt is not None else 0
    def __bool__(self): return bool(self.nxt) if self.nxt is not None else True
    def __iter__(self): return iter(self.nxt) if self.nxt is not None else iter([1])
    def __getitem__(self, k): return self.nxt[k] if self.nxt is not None else k
    def __contains__(self, v): return v in self.nxt if self.nxt is not None else False
    def __format__(self, spec): return format(self.nxt, spec)
n = m = None
for i in range(100000):
    n, m = Node(n), Node(m)
for name, f in (("repr", lambda: repr(n)), ("==", lambda: n == m), ("hash", lambda: hash(n)), ("len", lambda: len(n)),
                ("bool", lambda: bool(n)), ("iter", lambda: list(n)), ("[]", lambda: n[0]), ("in", lambda: 1 in n),
                ("str", lambda: str(n)), ("f-string", lambda: f"{n}"), ("list ==", lambda: [n] == [m]),
                ("dict", lambda: {n: 1}), ("format", lambda: format(n, ">3"))):
    try:
        f()
        print(name, "no error")
    except RecursionError:
        print(name, "RecursionError")
`,
    `repr RecursionError
== RecursionError
hash RecursionError
len RecursionError
bool RecursionError
iter RecursionError
[] RecursionError
in RecursionError
str RecursionError
f-string RecursionError
list == RecursionError
dict RecursionError
format RecursionError
`],
  /* a union's hash hashes its members, which may hold a union */
  unions_in_generic_aliases_150_deep: ['T = ' + 'list['.repeat(150) + 'int' + ' | None]'.repeat(150) + '\nprint(len(str(T)), hash(T) == hash(T))\n',
    '1953 True\n'],
  /* the heaviest level natively (some 800 bytes: a task's 256 KiB ended
   * before 400 levels, "stack overflow in task"); the message is left
   * out: where the count ends differs (CPython's says "while calling a
   * Python object": K()) */
  a_colliding_keys_eq_that_looks_a_dict_up_again: [`
class K:
    def __init__(s, n): s.n = n
    def __hash__(s): return 0
    def __eq__(s, o):
        return True if s.n == 0 else {K(s.n - 1): 1}.get(K(s.n - 1)) == 1
for n in (100, 100000):
    try:
        print(n, {K(n): 1}.get(K(n)))
    except RecursionError:
        print(n, "RecursionError")
`, '100 1\n100000 RecursionError\n'],
  keys_and_callbacks_that_recurse_through_builtins: [`
def by_sorted(n):
    return 0 if n == 0 else sorted([n, n], key=lambda x: by_sorted(n - 1))[0]
def by_min(n):
    return 0 if n == 0 else min([n], key=lambda x: by_min(n - 1))
def by_map(n):
    return 0 if n == 0 else list(map(by_map, [n - 1]))[0]
def by_filter(n):
    return 0 if n == 0 else list(filter(lambda x: by_filter(n - 1) or True, [n]))[0]
def by_class(n):
    class C:
        def __init__(self): self.v = by_class(n - 1) if n else 0
    return C().v
for f in (by_sorted, by_min, by_map, by_filter, by_class):
    try:
        f(100000)
        print(f.__name__, "no error")
    except RecursionError as e:
        print(f.__name__, "RecursionError:", e)
`,
    `by_sorted RecursionError: maximum recursion depth exceeded
by_min RecursionError: maximum recursion depth exceeded
by_map RecursionError: maximum recursion depth exceeded
by_filter RecursionError: maximum recursion depth exceeded
by_class RecursionError: maximum recursion depth exceeded
`],
  /* CPython 3.11 crashes (its C stack) */
  generators_nested_100000_deep: [`
def chain():
    g = iter([1, 2, 3])
    for i in range(100000):
        g = (x for x in g)
    return g
for f in (next, sum, list, sorted, max):
    try:
        print(f(chain()))
    except RecursionError as e:
        print(f.__name__, "RecursionError:", e)
`,
    `next RecursionError: maximum recursion depth exceeded
sum RecursionError: maximum recursion depth exceeded
list RecursionError: maximum recursion depth exceeded
sorted RecursionError: maximum recursion depth exceeded
max RecursionError: maximum recursion depth exceeded
`],
  json_dumps_and_deepcopy_of_lists_nested_100000_deep: [`
import json, copy
x = []
for i in range(100000):
    x = [x]
for f in (json.dumps, copy.deepcopy):
    try:
        f(x)
        print(f.__name__, "no error")
    except RecursionError:
        print(f.__name__, "RecursionError")
`,
    `dumps RecursionError
deepcopy RecursionError
`],
  isinstance_and_except_with_nested_tuples: [`
t = int
for i in range(100000):
    t = (t,)
try:
    print(isinstance(1, t))
except RecursionError as e:
    print("RecursionError:", e)
print(isinstance(1, ((((str,), int),),)), isinstance(1.5, ((((str,), int),),)))
for types in ((KeyError, (ValueError,)), (ValueError, 5), t):
    try:
        try:
            raise ValueError
        except types:
            print("caught")
    except TypeError as e:
        print("TypeError:", e)
`,
    `RecursionError: maximum recursion depth exceeded in __instancecheck__
True False
TypeError: catching classes that do not inherit from BaseException is not allowed
TypeError: catching classes that do not inherit from BaseException is not allowed
TypeError: catching classes that do not inherit from BaseException is not allowed
`],
  a_long_chain_of_exceptions_is_printed: [`
import sys
sys.setrecursionlimit(5000)
def f(n):
    try:
        raise ValueError(n)
    except ValueError:
        if n:
            f(n - 1)
        else:
            raise
try:
    f(2000)
except ValueError as e:
    n = 0
    while e is not None:
        n += 1
        e = e.__context__
    print(n)
`,
    `2001
`],
  gc_collect_of_a_chain_of_100000_finalized_instances: [`
import gc
class A:
    def __del__(self): pass
head = A()
node = head
for i in range(100000):
    node.nxt = A()
    node = node.nxt
node.nxt = head
del head, node
print(gc.collect() > 0)
`,
    `True
`],
  /* CPython nests gathers without a bound (see asyncio.c, GATHER_MAX_NEST) */
  gathers_nested_100_deep_and_no_deeper: [`
import asyncio
async def leaf():
    return 1
async def main():
    g = asyncio.gather(leaf())
    for i in range(99):
        g = asyncio.gather(g)
    r = await g
    for i in range(99):
        r = r[0]
    print(r)
    try:
        asyncio.gather(g)
    except RecursionError as e:
        print("RecursionError:", e)
asyncio.run(main())
`,
    `[1]
RecursionError: maximum recursion depth exceeded (gathers nested more than 100 deep)
`],
  index_and_reversed: [`
class I:
    def __index__(self): return 2
class J:
    def __index__(self): return I()
print([1, 2, 3][I()], list(reversed({1: 2, 3: 4})), list(reversed({1: 2}.keys())), list(reversed({5: 6}.values())))
try:
    [1, 2, 3][J()]
except TypeError as e:
    print("TypeError:", e)
`,
    `3 [3, 1] [1] [6]
TypeError: __index__ returned non-int (type I)
`],
  wrappers_of_wrappers: [`
import functools
f = abs
for i in range(1000):
    f = staticmethod(f)
print(f.__name__)
`,
    `abs
`],
};

/* Recursions that nothing counts, stopped only by the C stack: in wasm
 * (here in a task, whose run stack is 256 KB) with RecursionError.
 * Natively the process's stack ends first, as CPython 3.11's own does
 * (a crash, both). */
const wasmOnly = {
  iterators_of_iterators_100000_deep: [`
import itertools
def chain(make):
    it = iter([1, 2])
    for i in range(100000):
        it = make(it)
    return it
for name, make in (("map", lambda it: map(abs, it)), ("filter", lambda it: filter(None, it)), ("zip", zip),
                   ("enumerate", lambda it: map(lambda p: p[1], enumerate(it)))):
    try:
        print(name, next(chain(make)))
    except RecursionError as e:
        print(name, "RecursionError:", e)
`,
    'map RecursionError: maximum recursion depth exceeded\nfilter RecursionError: maximum recursion depth exceeded\n' +
    'zip RecursionError: maximum recursion depth exceeded\nenumerate RecursionError: maximum recursion depth exceeded\n'],
};
const startOnly = new Set(['gathers_nested_100_deep_and_no_deeper']); /* asyncio.run of its own */

/* the front end on deep source: name: [program, stdout, or null for an
 * error at start (its last stderr line the same natively and in wasm)] */
const names = (n) => Array.from({ length: n }, (_, i) => 'a' + i).join(', ');
const front = {
  a_comprehension_of_3000_for_clauses: ["def f(y):\n    return [x " + 'for x in y '.repeat(3000) + "]\nprint('compiled')\n", 'compiled\n'],
  /* CPython compiles it too (50,000 crash it).  In wasm the compiler's
   * level per clause keeps its locals in the engine's stack, not the
   * module's: the worker's 16 MB hold it (Node's own 984 KB do not: the
   * error event ESTACK, docs/python.md) */
  a_comprehension_of_20000_for_clauses: ["def f(y):\n    return [x " + 'for x in y '.repeat(20000) + "]\nprint('compiled')\n", 'compiled\n'],
  a_with_of_3000_items: ['def f():\n    with ' + names(3000) + ": pass\nprint('compiled')\n", null],
  a_match_pattern_150_deep: ['def f(v):\n    match v:\n        case ' + '['.repeat(150) + 'x' + ']'.repeat(150) + ": pass\nprint('compiled')\n", 'compiled\n'],
  an_assignment_target_150_deep: ['def f():\n    ' + '('.repeat(150) + 'a' + ',)'.repeat(150) + " = 1\nprint('compiled')\n", 'compiled\n'],
  lambdas_nested_350_deep: ['f = ' + 'lambda: '.repeat(350) + "1\nprint('compiled')\n", 'compiled\n'],
  functions_nested_99_deep: [Array.from({ length: 99 }, (_, i) => '    '.repeat(i) + `def f${i}():\n`).join('') + '    '.repeat(99) + "pass\nprint('compiled')\n", 'compiled\n'],
  /* the annotation's text (PEP 563) is made by a walk of its own */
  an_annotation_of_900_unions_under_the_future_import: ['from __future__ import annotations\ndef f(x: ' + Array(900).fill('int').join(' | ') +
    '): pass\nprint(len(f.__annotations__["x"]))\n', '5397\n'],
  a_chain_of_3000_conditional_expressions: ['x = ' + '1 if 1 else '.repeat(3000) + '1\nprint(x)\n', null],
  a_chain_of_3000_attributes: ['x = 1\ny = x' + '.real'.repeat(3000) + '\nprint(y)\n', null],
  a_chain_of_10000_additions: ['x = 1' + ' + 1'.repeat(10000) + '\nprint(x)\n', null],
  a_chain_of_3000_powers: ['def f():\n    return 1' + '**1'.repeat(3000) + '\nprint(f())\n', null],
  a_chain_of_100000_unary_minuses: ['def f():\n    return ' + '-'.repeat(100000) + "1\nprint('compiled')\n", null],
};

describe('recursions in C end with RecursionError, natively and in wasm', () => {
  for (const [name, [src, expected]] of Object.entries(cases)) {
    const variants = startOnly.has(name) ? [['', src]] : [['', src], [' (in a task)', inTask(src)]];
    for (const [where, program] of variants) {
      it(name.replaceAll('_', ' ') + where, { skip: !existsSync(native) && 'build/native/casyncio-python is not built' }, () => {
        const r = runNative(program);
        assert.equal(r.out, expected);
        assert.equal(r.exit, 0, r.err);
      });
      it(name.replaceAll('_', ' ') + where + ', in wasm', { skip: !api && 'dist/ is not built (make site)' }, async () => {
        const r = runWasm(program);
        assert.deepEqual(r.errors, []);
        assert.equal(r.out, expected);
        assert.equal(r.exit, 0, r.err);
      });
    }
  }
  for (const [name, [src, expected]] of Object.entries(wasmOnly)) {
    it(name.replaceAll('_', ' ') + ' (in a task), in wasm', { skip: !api && 'dist/ is not built (make site)' }, () => {
      const r = runWasm(inTask(src));
      assert.deepEqual(r.errors, []);
      assert.equal(r.out, expected);
      assert.equal(r.exit, 0, r.err);
    });
  }
  it('a chain of 1500 exceptions is printed whole, in a task too, in wasm as natively', { skip: !(api && existsSync(native)) && 'not built' }, async () => {
    const src = 'import sys\nsys.setrecursionlimit(5000)\ndef f(n):\n    try:\n        raise ValueError(n)\n    except ValueError:\n' +
      '        if n:\n            f(n - 1)\n        else:\n            raise\nf(1500)\n';
    for (const program of [src, inTask(src)]) {
      const n = runNative(program), w = runWasm(program);
      assert.equal(w.err.split('\n').filter((l) => l.startsWith('ValueError: ')).length, 1501);
      assert.equal(w.err.replaceAll('<string>', 'p.py'), n.err.replaceAll(join(dir, 'p.py'), 'p.py'));
      assert.equal(w.exit, 1);
    }
  });
});

describe('the front end on deep source ends with an error, natively and in wasm', () => {
  for (const [name, [src, expected]] of Object.entries(front)) {
    it(name.replaceAll('_', ' '), { skip: !(api && existsSync(native)) && 'not built' }, async () => {
      const n = runNative(src), w = runWasm(src);
      assert.deepEqual(w.errors, []);
      if (expected !== null) {
        assert.equal(n.out, expected);
        assert.equal(w.out, expected);
      } else {
        const last = (t) => t.trim().split('\n').at(-1);
        assert.match(last(n.err), /^(RecursionError|SyntaxError): /);
        assert.equal(last(w.err), last(n.err));
      }
    });
  }
});
