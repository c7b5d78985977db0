// language.test.mjs -- regression tests of the language, builtins and
// modules (python/str.c, builtins.c, modules.c, ...): each case is a small
// program whose stdout, stderr and exit status must equal what the machine's
// python3 (CPython 3.11) gives, run natively (build/native/casyncio-python).
// Each guards a bug that was fixed or a feature that was missing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { root, pythonExe, cleanEnv } from './corpus.mjs';

const bin = join(root, 'build', 'native', 'casyncio-python');
const built = existsSync(bin);
const dir = mkdtempSync(join(tmpdir(), 'pylang-'));
process.on('exit', () => rmSync(dir, { recursive: true, force: true }));

const cases = {
  dir_of_a_library_module_leaves_out_casyncio_s_own_helpers: `
import itertools, json, re, statistics, datetime, types
print('_accumulate' in dir(itertools), '_Encoder' in dir(json), '__casyncio_helpers__' in dir(json))
print('_sum' in dir(statistics), '_compile' in dir(re), '__builtins__' in dir(itertools), '__builtins__' in dir(json))
print([n for n in dir(datetime) if n[0] == '_' and n[1] != '_'], '_dotted' in dir(types))
itertools.xaccumulate
`,
  common_mistakes_raise_cpython_s_messages: `
import sys
def t(f):
    try:
        r = f()
        print('ok', repr(r))
    except Exception as e:
        print(type(e).__name__ + ':', e)
t(lambda: int('3.5'))
t(lambda: int(''))
t(lambda: int('abc', 16))
t(lambda: int(' 12 '))
t(lambda: int('1_000'))
t(lambda: float('abc'))
t(lambda: float(''))
t(lambda: float('1e400'))
t(lambda: int(None))
t(lambda: int([1]))
t(lambda: float(None))
t(lambda: int(float('inf')))
t(lambda: int(float('nan')))
t(lambda: 2.0 ** 10000)
t(lambda: float(10 ** 400))
t(lambda: 10 ** 400 / 1)
t(lambda: 'a' + 1)
t(lambda: 1 + 'a')
t(lambda: 'a' * 'b')
t(lambda: [1] + (2,))
t(lambda: None + 1)
t(lambda: 1 < 'a')
t(lambda: 'a' < 1)
t(lambda: [] < {})
t(lambda: None())
t(lambda: 5())
t(lambda: 'abc'())
t(lambda: len(5))
t(lambda: (1, 2)[5])
t(lambda: [1][2])
t(lambda: 'abc'[10])
t(lambda: {}['k'])
t(lambda: {'a': 1}[['x']])
t(lambda: hash([]))
t(lambda: {[]: 1})
t(lambda: set([[]]))
t(lambda: 'abc'.foo)
t(lambda: None.foo)
t(lambda: (5).append(1))
t(lambda: [].bar)
t(lambda: sorted([1, 'a']))
t(lambda: max([]))
t(lambda: min([], default=3))
t(lambda: max(1))
t(lambda: sum(['a', 'b']))
t(lambda: sum([[1], [2]], []))
t(lambda: abs('x'))
t(lambda: round('x'))
t(lambda: divmod(1, 0))
t(lambda: 1 % 0)
t(lambda: 1.0 / 0)
t(lambda: 1 // 0.0)
t(lambda: [1, 2].index(5))
t(lambda: 'abc'.index('z'))
t(lambda: [].pop())
t(lambda: {}.pop('a'))
t(lambda: set().pop())
t(lambda: [].remove(3))
t(lambda: iter(5))
t(lambda: next(iter([])))
t(lambda: list(5))
t(lambda: tuple(None))
t(lambda: dict([1, 2]))
t(lambda: 'x'.join([1, 2]))
t(lambda: chr(-1))
t(lambda: ord('ab'))
t(lambda: range(1.5))
t(lambda: [1, 2, 3][1.0])
t(lambda: 'abc'['x'])
t(lambda: print('a', sep=5))
t(lambda: int('z', 99))
t(lambda: 'a'.split(''))
t(lambda: '{} {}'.format(1))
t(lambda: '{x}'.format(y=1))
t(lambda: '%d' % 'x')
t(lambda: '%s %s' % (1,))
t(lambda: f'{1:d}' + f'{"x":d}')
t(lambda: format(1.5, 'd'))
t(lambda: isinstance(1, 5))
t(lambda: getattr(1, 'x'))
t(lambda: (1, 2).append(3))
t(lambda: 'abc'.append)
t(lambda: sorted([3, 1], key=5))
t(lambda: list(map(None, [1])))
t(lambda: [x for x in 5])
t(lambda: {**[1]})
t(lambda: [*5])
t(lambda: dict(a=1)['b'])
t(lambda: object().x)
`,
  a_failing_sort_key_leaves_the_list_whole: `
try:
    sorted([3, 1, 2], key=5)
except TypeError as e:
    print(e)
l = [3, 1, 2]
try:
    l.sort(key=lambda x: 1 / (x - 1))
except ZeroDivisionError as e:
    print(e, l)
`,
  case_mappings_and_predicates_beyond_ascii: `
tests = ['straße', 'ΣΊΣΥΦΟΣ', 'ὈΔΥΣΣΕΎΣ', 'İstanbul', 'ﬁne', 'ǆemal', 'hello WORLD', "they're bill's", 'Ⅻ ⓐ', 'ΑΣ.', 'éÉ ÿŸ', '𝐀𝐁', 'ﬃ', 'ŉ', 'ǅ']
for t in tests:
    print(t.upper(), t.lower(), t.title(), t.casefold(), t.swapcase(), t.capitalize(), t.isupper(), t.islower(), t.istitle(), t.isalpha())
for t in ['١٢٣', '½', '²', 'Ⅻ', '٣x', 'été', 'naïve1', 'x²', '变量', '1abc', 'a·b']:
    print(t, t.isdigit(), t.isdecimal(), t.isnumeric(), t.isalnum(), t.isidentifier())
`,
  del_runs_once_and_its_errors_are_ignored_with_a_report: `
class R:
    def __del__(self):
        print('del', self.n)
        raise ValueError('boom')
r = R(); r.n = 1
del r
keep = []
class S:
    def __del__(self):
        print('resurrect'); keep.append(self)
s = S(); del s
print(len(keep))
keep.clear()
print('end')
`,
  dataclasses_inherit_refuse_mutable_defaults_and_order_arguments: `
from dataclasses import dataclass, field
@dataclass
class A:
    x: int
    y: int = 2
@dataclass
class B(A):
    z: int = 3
print(B(1), B(1) == B(1), A(1) != A(2))
try:
    @dataclass
    class C:
        x: list = []
except ValueError as e:
    print(e)
try:
    @dataclass
    class D:
        x: int = 1
        y: int
except TypeError as e:
    print(e)
b = B(1)
b.x = 7
print(b, B.__init__.__qualname__)
B(1, 2, 3, 4)
`,
  int_to_bytes_and_from_bytes: `
print((1024).to_bytes(2, 'little'), (-1).to_bytes(2, 'big', signed=True), int.from_bytes(b'\\xff\\xfe', 'little', signed=True))
print((2**70).to_bytes(9, 'big'), int.from_bytes(bytes([1,2,3]), 'big'), (127).to_bytes(1, 'big', signed=True), (7).bit_count(), (-7).bit_count())
for args in [(1, 'big'), (1, 'big', True)]:
    try:
        print((128).to_bytes(*args[:2], signed=len(args) > 2))
    except OverflowError as e:
        print(e)
try: (256).to_bytes()
except OverflowError as e: print(e)
print((5).to_bytes())
`,
  random_seeded_with_big_integers: `
import random
random.seed(-5); print(random.random())
random.seed(2**64); print(random.random(), random.getrandbits(100), random.randrange(10**30), random.randint(0, 2**64))
random.seed(12345678901234567890123); print(random.randint(1, 6))
`,
  lru_cache_keeps_results_and_binds_as_a_method: `
from functools import lru_cache, cache
@lru_cache
def f(n): return n * 2
@cache
def g(n, k=1): return n + k
print(f(3), f(3), f.cache_info(), g(1), g(1, k=2), g.cache_info(), f.__name__)
class A:
    @lru_cache(maxsize=32)
    def m(self, x): return x + 1
print(A().m(4))
`,
  literals_called_or_subscripted_warn_perhaps_you_missed_a_comma: `
x = [1, 2, 3]
print([1, 2] [0], (1, 2) (3) if False else 0)
def f():
    return 5[0] if False else {1}[0] if False else "ab"["a"] if False else 1
print(f(), (x for x in [])[0] if False else 2, 'abc'[1:2], [1][True])
`,
  the_match_statement_with_every_kind_of_pattern: `
from dataclasses import dataclass

class P:
    __match_args__ = ('x', 'y')
    def __init__(self, x, y): self.x, self.y = x, y

@dataclass
class Task:
    name: str
    n: int

def describe(v):
    match v:
        case None:
            return 'none'
        case True | False as b:
            return f'bool {b}'
        case 0 | 1 | 2:
            return 'small'
        case int(n) if n < 0:
            return f'negative {n}'
        case int() | float():
            return 'number'
        case '':
            return 'empty'
        case str(s):
            return f'str {s!r}'
        case []:
            return 'empty list'
        case [x]:
            return f'one {x}'
        case [x, *rest] if len(rest) > 2:
            return f'long, starts {x}, rest {rest}'
        case (a, b, *mid, z):
            return f'seq {a} {b} {mid} {z}'
        case [a, b]:
            return f'pair {a} {b}'
        case {'type': 'point', 'x': px, **others}:
            return f'point {px} {others}'
        case {'k': [1, 2, (3 | 4) as k]}:
            return f'nested {k}'
        case {}:
            return 'some dict'
        case P(0, y=yy):
            return f'P on axis {yy}'
        case P(x, y):
            return f'P {x} {y}'
        case Task(name='idle'):
            return 'idle task'
        case Task(name, n=3):
            return f'task {name} three'
        case Task(n=n):
            return f'task n={n}'
        case _:
            return 'other'

for v in [None, True, 1, -5, 7, 2.5, '', 'hi', [], [9], [1, 2, 3, 4], (1, 2, 3), [1, 2], range(3),
          {'type': 'point', 'x': 1, 'y': 2}, {'k': [1, 2, 4]}, {'k': [1, 2, 5]}, P(0, 5), P(1, 2),
          Task('idle', 1), Task('a', 3), Task('b', 4), object, {1, 2}]:
    print(describe(v))

command = 'go north'
match command.split():
    case ['go', direction]:
        print('going', direction)
    case ['quit']:
        print('bye')
x = 5
match x:
    case 1:
        print('one')
print('after', x)
def f():
    match (1, 2):
        case (a, b):
            return a + b
print(f())
class Color:
    RED = 'red'
match 'red':
    case Color.RED:
        print('is red')
try:
    match 5:
        case P(1, 2, 3):
            pass
except TypeError as e:
    print(e)
try:
    match P(1, 2):
        case P(1, x=2):
            pass
except TypeError as e:
    print(e)
`,
  every_code_point_of_the_first_two_planes_maps_and_classifies_as_cpython: `
# every code point: the case mappings and predicates, summed per block of 4096
for block in range(0, 0x20000, 0x10000):
    acc = [0] * 12
    for cp in range(block, block + 0x10000):
        if 0xD800 <= cp < 0xE000:
            continue
        c = chr(cp)
        for i, m in enumerate((c.upper(), c.lower(), c.title(), c.casefold(), c.swapcase())):
            acc[i] += sum(map(ord, m)) * (len(m) + 1)
        acc[5] += c.isalpha() + 2 * c.isdigit() + 4 * c.isdecimal() + 8 * c.isnumeric()
        acc[6] += c.isupper() + 2 * c.islower() + 4 * c.istitle() + 8 * c.isidentifier()
        acc[7] += ('a' + c).isidentifier() + 2 * c.isalnum()
    print(hex(block), acc[:8])
print(('Σ' + 'ΑΣ ΑΣ.').lower(), 'ﬃ'.title(), 'ǅ'.swapcase())
`,
  keys_and_items_views_are_set_like: `
d = {'a': 1, 'b': 2}
print(sorted(d.keys() & {'a', 'z'}), sorted(d.keys() | ['q']), sorted(d.keys() - {'a'}), sorted({'a'} ^ d.keys()))
print(d.items() & {('a', 1)}, sorted(d.keys() & d.keys()))
`,
  dataclass_keyword_only_fields_and_unsafe_hash: `
from dataclasses import dataclass, field, KW_ONLY, fields
@dataclass
class A:
    x: int
    _: KW_ONLY
    y: int = 0
    z: int = field(default=5, kw_only=True)
print(A(1, y=2), [f.name for f in fields(A)])
try:
    A(1, 2)
except TypeError as e:
    print(e)
@dataclass(unsafe_hash=True)
class H:
    a: int
    b: list = field(default_factory=list, hash=False)
print(hash(H(1)) == hash(H(1, [2])))
`,
  wrong_calls_and_conversions_raise_cpython_s_messages: `
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)
def f(a, b, c=1, *, d): return a
def g(a, /, b): return a
def h(*args, **kw): return args, kw
class K:
    def m(self, x): return x
    @staticmethod
    def s(x): return x
    @classmethod
    def c(cls, x): return x
t(lambda: f())
t(lambda: f(1))
t(lambda: f(1, 2))
t(lambda: f(1, 2, 3, 4))
t(lambda: f(1, 2, d=1, e=2))
t(lambda: f(1, a=2, d=3))
t(lambda: g(a=1, b=2))
t(lambda: h(1, x=2))
t(lambda: K().m())
t(lambda: K().m(1, 2))
t(lambda: K.m(1))
t(lambda: K.s())
t(lambda: K.c(1, 2))
t(lambda: K(1))
t(lambda: object(1))
t(lambda: int('١٢٣'))
t(lambda: float(' 1_000.5 '))
t(lambda: int('1__0'))
t(lambda: int('0b102', 0))
t(lambda: float('1e'))
t(lambda: float('nan') == float('nan'))
t(lambda: int(' -0x10 ', 16))
t(lambda: int('99999999999999999999999'))
t(lambda: int(1e20))
t(lambda: int('3.0'))
t(lambda: round(3.14159, 'x'))
t(lambda: (lambda x: x)())
t(lambda: print(*[1, 2], sep='-', end='!\\n'))
t(lambda: len())
t(lambda: len(1, 2))
t(lambda: isinstance())
t(lambda: range())
t(lambda: range(1, 2, 0))
t(lambda: list(range(0, 10, -1)))
t(lambda: 'x'.join())
t(lambda: 'abc'.split(1))
t(lambda: 'abc'.replace('a'))
t(lambda: [].append())
t(lambda: [].append(1, 2))
t(lambda: {}.get())
t(lambda: dict(1))
t(lambda: zip(1))
t(lambda: enumerate(5))
t(lambda: sorted(5))
t(lambda: sum(5))
t(lambda: min())
t(lambda: max(5))
t(lambda: abs())
t(lambda: None.append(1))
t(lambda: [1, 2].push(3))
t(lambda: 'abc'.lenght)
t(lambda: {}.has_key('a'))
`,
  a_lambda_in_a_comprehension_s_first_iterable_keeps_its_own_scope: `
print([y for y in map(lambda x: x * 2, [1, 2])])
print([y for y in [1, 2]], [z for z in map(lambda x: x + 1, [1])])
def f():
    return [y for y in map(lambda x: x * 2, [1, 2])]
print(f())
`,
  itertools_written_in_python_gives_cpython_s_results: `
import itertools as it
from itertools import count, cycle, repeat, chain, islice, accumulate, groupby, zip_longest, product, permutations, combinations, starmap, takewhile, dropwhile, pairwise
c = count(5)
print(next(c), next(c), c, count(1, 2), repeat('a', 3), list(repeat('x', 2)))
print(list(islice(cycle('ab'), 5)), list(chain([1], (2, 3), 'x')), list(chain.from_iterable([[1], [2]])))
print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3], lambda a, b: a * b)), list(accumulate([1, 2], initial=10)))
print([(k, list(g)) for k, g in groupby('aabccca')], [(k, len(list(g))) for k, g in groupby([1, 3, 2, 4], key=lambda x: x % 2)])
print(list(zip_longest('ab', [1, 2, 3], fillvalue='-')), list(product('ab', repeat=2)), list(product([1, 2], 'xy')))
print(list(permutations('abc', 2)), list(combinations(range(4), 2)), list(it.combinations_with_replacement('ab', 2)))
print(list(starmap(pow, [(2, 3), (3, 2)])), list(takewhile(lambda x: x < 3, [1, 2, 5, 1])), list(dropwhile(lambda x: x < 3, [1, 2, 5, 1])))
print(list(pairwise('abcd')), list(islice(range(10), 2, 8, 3)), list(islice('abc', None)), list(it.filterfalse(None, [0, 1, 2])))
print(list(it.compress('abcd', [1, 0, 1, 0])), [list(t) for t in it.tee([1, 2], 2)], list(islice(count(), 3)))
print(list(permutations(range(3))), len(list(product(range(3), repeat=3))))
try:
    islice([1], -1)
except ValueError as e:
    print(e)
for i, (a, b) in enumerate(zip(count(1), 'xy')):
    print(i, a, b)
`,
  functools_total_ordering_and_cmp_to_key: `
from functools import total_ordering, cmp_to_key
@total_ordering
class V:
    def __init__(self, n): self.n = n
    def __eq__(self, o): return self.n == o.n
    def __lt__(self, o): return self.n < o.n
    def __repr__(self): return f'V({self.n})'
print(V(1) <= V(2), V(3) >= V(2), V(1) > V(2), sorted([V(3), V(1)]), max(V(1), V(5)))
def cmp(a, b):
    return (a > b) - (a < b)
print(sorted([3, 1, 2], key=cmp_to_key(cmp)), sorted(['bb', 'a', 'ccc'], key=cmp_to_key(lambda a, b: len(b) - len(a))))
try:
    @total_ordering
    class W:
        pass
except ValueError as e:
    print(e)
`,
  string_bisect_heapq_and_collections_deque: `
import string, bisect, heapq
from collections import deque
print(string.ascii_lowercase, string.digits, string.punctuation, string.capwords('hello   big world'))
a = [1, 3, 3, 7]
print(bisect.bisect(a, 3), bisect.bisect_left(a, 3), bisect.bisect_right(a, 0))
bisect.insort(a, 5)
bisect.insort_left(a, 3)
print(a, bisect.bisect_left([(1, 'a'), (5, 'b')], 3, key=lambda p: p[0]))
h = []
for x in [5, 1, 8, 3, 2]:
    heapq.heappush(h, x)
print(h, [heapq.heappop(h) for _ in range(3)], h)
h2 = [9, 4, 7, 1]
heapq.heapify(h2)
print(h2, heapq.heapreplace(h2, 6), heapq.heappushpop(h2, 0), h2, heapq.nlargest(2, [3, 9, 4]), heapq.nsmallest(2, 'dbca'))
d = deque([1, 2, 3])
d.append(4); d.appendleft(0)
print(d, d.pop(), d.popleft(), d, len(d), 2 in d, d[0], d[-1])
d.rotate(1); print(d)
d.rotate(-2); print(d)
d.extendleft('ab'); print(d)
m = deque(range(5), maxlen=3)
print(m, m.maxlen)
m.append(9); m.appendleft(7); print(m, list(reversed(m)), m == deque([7, 3, 4]))
try:
    deque().pop()
except IndexError as e:
    print(e)
`,
  function_annotations_are_evaluated_and_kept: `
from typing import List, Optional
def f(a: int, b: 'str' = 'x', /, c: float = 1.0, *args: int, d: bool, **kw: dict) -> List[int]:
    return [a]
async def g(x: list[int]) -> None:
    pass
def h(x, y=2):
    return x
print(f.__annotations__)
print(g.__annotations__, h.__annotations__, (lambda x: x).__annotations__)
h.__annotations__['x'] = int
print(h.__annotations__)
class Task:
    def run(self, n: int) -> 'Task':
        return self
print(Task.run.__annotations__)
def outer():
    T = int
    def inner(x: T) -> T:
        return x
    return inner.__annotations__
print(outer())
def late(x: Undefined) -> int:
    pass
`,
  generic_aliases_print_as_cpython_s: `
from typing import Dict, List, Optional, Union, Callable, Tuple, Any
class Task: pass
print(list[int], dict[str, list[int]], tuple[int, ...], Dict[str, int], Optional[Task], Union[int, str])
print(Callable[[int, str], bool], List[Task], type[int], list[int]([1, 2]), Any, Tuple[int, str])
x: dict[str, int] = {}
print(x, __annotations__)
`,
  mistakes_with_classes_raise_cpython_s_messages: `
import asyncio
def t(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ':', e)
class Base:
    def __init__(self, name):
        self.name = name
class Child(Base):
    def __init__(self, name, age):
        super().__init__()
        self.age = age
class Counter:
    def __init__(self):
        self.count = 0
    def inc(self):
        count += 1
t(lambda: Child('a', 3))
t(lambda: Counter().inc())
t(lambda: Counter().cont)
t(lambda: Counter.inc())
t(lambda: Base('x').nme)
t(lambda: asyncio.create_tsk)
t(lambda: [].appendd)
t(lambda: {}.iteritems())
t(lambda: str.lowercase)
class P:
    @property
    def v(self): return 1
def setv():
    p = P()
    p.v = 2
t(setv)
t(lambda: Base.__init__())
t(lambda: Base(name='a', nam='b'))
`,
  nested_or_and_long_match_patterns_in_loops_and_generators: `
def m(v):
    match v:
        case [1, [2, (3 | 4) as x, *r], {'a': [y, *_]}] if x > 3:
            return ('deep', x, r, y)
        case [[[[z]]]]:
            return ('nested', z)
        case (1 | 2) | (3 | 4):
            return 'or-of-or'
        case {'k': 1 | 2 as k, **rest} if not rest:
            return ('k', k)
        case [*_, last] if last == 'end':
            return 'ends'
        case str() | bytes():
            return 'text'
        case {1: _, 2: _}:
            return 'two keys'
        case [_, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, x]:
            return ('twenty', x)
    return None
for v in [[1, [2, 4, 5, 6], {'a': [7, 8]}], [1, [2, 3], {'a': [7]}], [[[[9]]]], 3, {'k': 2}, {'k': 2, 'z': 1},
          ['a', 'end'], b'x', {1: 0, 2: 0, 3: 0}, list(range(20)), list(range(21)), None, [], {}]:
    print(m(v))
for i in range(3):
    match i:
        case 0:
            continue
        case 1:
            print('one')
        case _:
            break
else:
    print('no break')
def gen():
    for x in [1, 'a', [2]]:
        match x:
            case int():
                yield 'int'
            case [y]:
                yield y
            case _:
                yield '?'
print(list(gen()))
`,
  int_and_float_of_bytes: `
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)
t(lambda: int(b'42'))
t(lambda: int(b' -7 '))
t(lambda: int(b'ff', 16))
t(lambda: int(b'x'))
t(lambda: int(b'1.5'))
t(lambda: float(b'1.5'))
t(lambda: float(b'abc'))
t(lambda: float(b' 2e3 '))
`,
  input_reads_lines_as_cpython_reads_a_pipe: { src: `
a = input('first: ')
b = input()
print(repr(a), repr(b))
try:
    c = input('third é: ')
except EOFError as e:
    print('EOF', repr(str(e)))
import sys
print(sys.stdin.readline() == '')
`, stdin: 'x\r\ny\n' },
  input_at_the_end_of_a_last_line_without_newline: { src: `
a = input('first: ')
b = input()
print(repr(a), repr(b))
try:
    c = input('third é: ')
except EOFError as e:
    print('EOF', repr(str(e)))
import sys
print(sys.stdin.readline() == '')
`, stdin: 'one\ntwo' },
  // '%' after a key, flags, a width or a precision is a conversion that
  // takes an argument and is refused ("%5%" was a '%')
  percent_after_a_width_is_a_conversion_cpython_refuses: `
def t(f, *a):
    try:
        print(repr(f % a if len(a) != 1 else f % a[0]))
    except Exception as e:
        print(type(e).__name__, e)
t("%5%")
t("%5%|%d", 3)
t("%%|%d", 3)
t("%-5%x")
t("%.2%")
t("%(a)%")
t("%(a)%", {'a': 1})
t("é%5%", 1)
t("100%%")
t("%d %", 3)
`,
  // bytes that are not UTF-8 on stdin: CPython's surrogateescape (each as
  // U+DC80..U+DCFF, written back as its byte); they made a str whose length
  // and characters disagreed
  stdin_bytes_that_are_not_utf8_are_surrogateescaped: { src: `
import sys
s = input()
print(len(s), [len(c) for c in s], ascii(s), [hex(ord(c)) for c in s])
print(s.encode('utf-8', 'surrogateescape'), s.encode('latin-1', 'surrogateescape'))
try:
    s.encode()
except UnicodeEncodeError as e:
    print(e)
print(ascii(sys.stdin.readline()), ascii(sys.stdin.read(3)), ascii(sys.stdin.read()))
print(b'a\\xff\\xed\\xa0\\x80b'.decode('utf-8', 'surrogateescape').encode('utf-8', 'surrogateescape'))
print(ascii(b'\\xe9t\\xc3'.decode('ascii', 'surrogateescape')), ascii(b'\\xc3\\xa9'.decode('utf-8', 'surrogateescape')))
print(s)
`, stdin: Buffer.from([0x4a, 0x6f, 0x73, 0xe9, 0x78, 0x79, 0x7a, 0x0a, 0xff, 0x41, 0x0a, 0xc3, 0xa9, 0xe2, 0x82, 0x0a, 0x80]) },
};

// A case is the program's source, or { src, stdin }.
for (const [name, c] of Object.entries(cases)) {
  test(name.replaceAll('_', ' '), { todo: built ? false : 'make build/native/casyncio-python' }, () => {
    const src = typeof c === 'string' ? c : c.src;
    const file = join(dir, `${name}.py`);
    writeFileSync(file, src.replace(/^\n/, ''));
    const opts = { cwd: dir, encoding: 'utf8', env: cleanEnv(), timeout: 30000, input: c.stdin ?? '' };
    const want = spawnSync(pythonExe(), [file], opts);
    const got = spawnSync(bin, [file], opts);
    assert.equal(got.stdout, want.stdout);
    assert.equal(got.stderr.replace(/ at 0x[0-9a-f]+/g, ' at 0x...'), want.stderr.replace(/ at 0x[0-9a-f]+/g, ' at 0x...'));
    assert.equal(got.status, want.status);
  });
}

// sys.argv and os.environ with bytes that are not UTF-8: surrogateescape, as
// CPython's (they made strs whose length and characters disagreed)
test('argv and environ bytes that are not utf8 are surrogateescaped', { todo: built ? false : 'make build/native/casyncio-python' }, () => {
  const file = join(dir, 'argv_environ_bytes.py');
  writeFileSync(file, "import sys, os\nprint(ascii(sys.argv[1:]), ascii(os.environ.get('XV')), [len(c) for c in sys.argv[1]])\n");
  // Node passes strings as UTF-8: the raw bytes go through a shell's printf
  const sh = (exe) => spawnSync('sh', ['-c', `XV="$(printf 'a\\377b')" "${exe}" "${file}" "$(printf 'x\\351\\303')" ok`],
    { cwd: dir, encoding: 'utf8', env: cleanEnv(), timeout: 30000 });
  const want = sh(pythonExe());
  const got = sh(bin);
  assert.equal(want.stdout, "['x\\udce9\\udcc3', 'ok'] 'a\\udcffb' [1, 1, 1]\n");
  assert.equal(got.stdout, want.stdout);
  assert.equal(got.status, want.status);
});

// os.getcwd() is the process's, so os.path.abspath() and relpath() answer as
// python3's in the same folder
test('os.getcwd, abspath and relpath natively are python3\'s', { todo: built ? false : 'make build/native/casyncio-python' }, () => {
  const file = join(dir, 'cwd_abspath.py');
  writeFileSync(file, "import os\nprint(os.getcwd(), os.path.abspath('a/./b/../c.py'), os.path.relpath('/'), os.path.abspath(b'q'))\n");
  const run = (exe) => spawnSync(exe, ['cwd_abspath.py'], { cwd: dir, encoding: 'utf8', env: cleanEnv(), timeout: 30000 });
  const want = run(pythonExe());
  const got = run(bin);
  assert.match(want.stdout, /c\.py/);
  assert.equal(got.stdout, want.stdout);
  assert.equal(got.stderr, want.stderr);
});
