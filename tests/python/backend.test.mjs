// backend.test.mjs -- regression tests of the interpreter's back end: each
// case is a small program whose stdout, stderr and exit status must equal
// what the machine's python3 (CPython 3.11) gives, run natively
// (build/native/casyncio-python).  Each guards a bug that was fixed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { root, pythonExe, cleanEnv } from './corpus.mjs';

const bin = join(root, 'build', 'native', 'casyncio-python');
const built = existsSync(bin);
const dir = mkdtempSync(join(tmpdir(), 'pyback-'));
process.on('exit', () => rmSync(dir, { recursive: true, force: true }));

const cases = {
  sorting_more_than_64_items_merges_runs_in_place: `
import random
random.seed(3)
for n in (63, 64, 65, 100, 200, 1000):
    l = list(range(n))
    random.shuffle(l)
    print(n, sorted(l) == list(range(n)), sorted(range(n, 0, -1))[:3], sorted(l, reverse=True)[:3])
`,
  except_with_a_type_inside_a_loop_keeps_the_stack_balanced: `
total = 0
for i in range(10000):
    try:
        if i % 2:
            raise ValueError(i)
    except ValueError as e:
        total += e.args[0]
    except KeyError:
        pass
print(total)
`,
  a_handler_jumps_to_its_target_after_taking_the_try_block_slot: `
try:
    1 / 0
except ZeroDivisionError as e:
    print('caught', e)
print('after')
`,
  set_displays_of_constants_iterate_as_cpython_folds_them: `
print({100, 200, 3, 17, 64, 33}, {10, 3, 7, 100, 1}, {-1, -2, 5}, {0, 8, 16, 1})
print(set([100, 200, 3, 17, 64, 33]), {x for x in (100, 200, 3, 17, 64, 33)})
`,
  binary_dunders_of_several_operators_are_looked_up_by_their_own_names: `
class V:
    def __init__(self, x): self.x = x
    def __add__(self, o): return V(self.x + o.x)
    def __mul__(self, k): return V(self.x * k)
    __rmul__ = __mul__
    def __sub__(self, o): return V(self.x - o.x)
    def __repr__(self): return f'V({self.x})'
v = V(2)
print(v + V(3), v * 4, 3 * v, v - V(1), v * 2 + V(1))
`,
  a_module_with_a_list_of_five_constants_has_the_stack_it_needs: `
def f(*a): return a
print(f(f([5, 7, 3, 6, 0]), f(1, 2, 3, 4, 5, 6, 7, 8), [[1, 2, 3], [4, 5, 6]]))
`,
  a_never_awaited_coroutine_kept_by_a_traceback_warns_at_exit: `
import asyncio
async def compute():
    return 1
def main():
    value = compute()
    print('value + 1 =', value + 1)
main()
`,
  assert_points_its_marker_at_the_test: `
x = 5
assert x < 0, f'x is {x}'
`,
  a_thousand_sleeping_tasks_each_keep_their_own_c_recursion_count: `
import asyncio
async def job(i):
    await asyncio.sleep(0.01)
    return i
async def main():
    print(sum(await asyncio.gather(*(job(i) for i in range(1000)))))
asyncio.run(main())
`,
  exceptions_chain_and_tracebacks_repeat_lines: `
def f(n):
    return f(n + 1)
try:
    f(0)
except RecursionError as e:
    print('recursion', e)
try:
    {}['k']
except KeyError as e:
    raise ValueError('bad') from e
`,
  big_ints_with_machine_ints_borrow_the_big_digits_and_give_exact_results: `
vals = [0, 1, -1, 7, -7, 2**62, -2**62, 2**63 - 1, -2**63, 2**63, 2**64 + 3, -(2**64) - 3,
        10**30, -10**30, 3**200, -(5**150), 2**60 - 1, 2**28, -(2**28) + 1]
for a in vals:
    for b in vals:
        print(a + b, a - b, a * b, a // b if b else '-', a % b if b else '-', a & b, a | b, a ^ b, a < b, a == b,
              a << (b % 70) if b >= 0 else '-', a >> (b % 70) if b >= 0 else '-', round(a / b, 6) if b else '-')
x = 1
for i in range(1, 300):
    x *= -i
    x += i * 1000
    x = x * 3 - i
print(x, x.bit_length(), 2**63 * -1, -(2**63) - 1 + 1, type(-(2**63)))
f = 1.5
for i in range(1000):
    f = f * 1.0001 + i
print(f, sum(i * i for i in range(100000)), sum(i / 3 for i in range(1000)))
`,
  frames_hold_as_many_blocks_as_their_try_statements_nest: `
class CM:
    def __enter__(self): return self
    def __exit__(self, *a): print('exit', a[0]); return False
def deep(n):
    try:
        try:
            try:
                with CM():
                    try:
                        if n:
                            raise KeyError(n)
                    finally:
                        print('inner finally', n)
            except KeyError as e:
                try:
                    raise ValueError('in handler') from e
                except ValueError as v:
                    print('nested handler', v, repr(v.__cause__))
        finally:
            print('middle finally')
    except Exception as e:
        print('never', e)
    return n
def loop():
    out = []
    for i in range(2000):
        try:
            if i % 3 == 0:
                continue
            if i == 1000:
                break
            try:
                out.append(i)
            finally:
                pass
        finally:
            out.append(-1)
    return len(out)
def gen():
    for i in range(3):
        try:
            yield i
        finally:
            print('gen finally', i)
print(deep(0), deep(1), loop(), list(gen()))
`,
  unpacking_puts_values_on_the_stack_in_order_and_fails_cleanly: `
a, b, *c, d = range(25)
print(a, b, c, d)
(p, q), r = (1, 2), [3]
print(p, q, r)
v = list(range(20))
v0, v1, v2, v3, v4, v5, v6, v7, v8, v9, v10, v11, v12, v13, v14, v15, v16, v17, v18, v19 = v
print(v0, v10, v19)
def g():
    yield 1
    yield 2
    raise ValueError('from the generator')
try:
    x, y, z = g()
except ValueError as e:
    print('error', e)
for bad in ([1, 2], [1, 2, 3, 4], 5):
    try:
        x, y, z = bad
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
`,
  finished_tasks_repr_and_all_tasks_after_tasks_end_in_any_order: `
import asyncio
async def job(i, ev):
    await ev.wait()
    return i
async def main():
    evs = [asyncio.Event() for _ in range(4)]
    ts = [asyncio.create_task(job(i, evs[i]), name=f'j{i}') for i in range(4)]
    evs[1].set()
    await ts[1]
    print(sorted(t.get_name() for t in asyncio.all_tasks()))
    evs[2].set()
    await ts[2]
    print(sorted(t.get_name() for t in asyncio.all_tasks()))
    ts[3].cancel()
    evs[0].set()
    print([type(r).__name__ for r in await asyncio.gather(*ts, return_exceptions=True)])
    print(sorted(t.get_name() for t in asyncio.all_tasks()))
    print(repr(ts[3]).replace(__file__, 'FILE'))
    print(await asyncio.sleep(0, 'result'), await asyncio.sleep(0), await asyncio.sleep(0.001, result=5))
asyncio.run(main())
`,
  asyncio_python_part_loads_when_a_name_of_it_is_first_needed: `
import asyncio
print('Event' in dir(asyncio), 'Lock' in asyncio.__dict__, hasattr(asyncio, 'wait_for'), hasattr(asyncio, 'nope'))
from asyncio import *
print(QueueEmpty.__mro__[1], FIRST_COMPLETED, Semaphore.__name__)
async def main():
    ev = asyncio.Event()
    asyncio.get_running_loop().call_soon(ev.set)
    print(await ev.wait(), ev.is_set())
    q = asyncio.Queue()
    await q.put(1)
    print(await asyncio.wait_for(q.get(), 1))
asyncio.run(main())
try:
    asyncio.Evnt
except AttributeError as e:
    print(e, e.name)
asyncio.Evnt
`,
  frames_reused_from_the_pool_start_empty: `
def fill(a, b, c):
    x, y, z = a, b, c
    return x + y + z
def unbound(flag):
    if flag:
        x = 1
    try:
        return x
    except UnboundLocalError as e:
        return str(e)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
def gen(n):
    for i in range(n):
        yield fill(i, i, i)
for i in range(3):
    print(fill(i, 2, 3), unbound(i == 1), fib(15), sum(gen(5)))
def deep(n):
    return 0 if n == 0 else 1 + deep(n - 1)
print(deep(900), [deep(k) for k in range(5)])
`,
  a_c_coroutine_is_dropped_before_its_function_runs_and_keeps_its_rules: `
import asyncio
async def agen():
    yield 1
    yield 2
async def sleeper():
    await asyncio.sleep(10)
async def main():
    c = asyncio.sleep(0, 'kept')
    print(await c)
    try:
        await c
    except RuntimeError as e:
        print('RuntimeError', e)
    print(await asyncio.sleep(0.001, result=[1, 2]))
    g = agen()
    print(await g.__anext__(), await g.__anext__())
    t = asyncio.create_task(sleeper())
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print('cancelled', t.cancelled())
    asyncio.sleep(1)
asyncio.run(main())
`,
  // ExceptionGroup, BaseExceptionGroup, aiter and anext are compiled when
  // first needed (exc.c); each way of first needing them, in its own program
  exception_group_first_named_at_the_recursion_limit_is_still_made: `
def f(n):
    if n == 0:
        return ExceptionGroup('x', [ValueError()])
    return f(n - 1)
print(repr(f(997)))
`,
  except_star_before_any_exception_group_was_named_splits_the_group: `
def boom():
    raise ExceptionGroup('boom', [ValueError(1), TypeError(2), ValueError(3)])
try:
    try:
        boom()
    except* ValueError as e:
        print('value', repr(e), e.exceptions)
except* TypeError as e:
    print('type', repr(e))
try:
    raise KeyError('plain')
except* KeyError as e:
    print(type(e).__name__, e.exceptions)
`,
  a_misspelt_exception_group_is_suggested_before_it_was_compiled: `
try:
    anxt
except NameError as e:
    print(e)
print(ExceptionGrop)
`,
  a_task_groups_errors_are_the_first_exception_group_of_the_program: `
import asyncio
async def bad(n):
    await asyncio.sleep(0.15 * n)  # 0.15 s apart: the second is cancelled, even on a busy machine
    raise ValueError(n)
async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(bad(1))
            tg.create_task(bad(2))
    except* ValueError as eg:
        print(type(eg).__name__, eg.exceptions)
    it = aiter(agen())
    print(await anext(it), await anext(it, 'done'), await anext(it, 'done'))
async def agen():
    yield 'a'
asyncio.run(main())
`,
  a_comprehensions_iteration_marks_the_whole_comprehension_in_a_traceback: `
def bad():
    yield 1
    yield [][1]
print([x + y for x in range(2) for y in bad()])
`,
  a_comprehensions_inner_iterable_that_is_not_one_marks_the_whole_comprehension: `
def f():
    return [x for x in range(2) for y in 5]
f()
`,
  generators_run_to_their_yield_in_eval_fast_and_go_on_in_eval_loop: `
def h():
    try:
        for i in range(5):
            yield 10 // (3 - i)
    except ZeroDivisionError as e:
        print('caught', e)
        yield -1
    finally:
        print('finally h')
print(list(h()), sum(h()))
def calls():
    for i in range(3):
        yield len(str(i)) + i
        print('after', i)
for v in calls():
    print('v', v)
print(sorted(x % 4 for x in range(9)), ''.join(str(i) for i in range(10)))
def pipeline():
    a = (x for x in range(10))
    b = (x * 2 for x in a)
    return [x + 1 for x in b if x % 3]
print(pipeline())
def me():
    yield next(gen)
gen = me()
try:
    next(gen)
except ValueError as e:
    print('ValueError', e)
def rec(n):
    if n == 0:
        yield 0
        return
    for x in rec(n - 1):
        yield x + 1
print(list(rec(50)), sum(rec(100)))
try:
    print(list(rec(2000)))
except RecursionError as e:
    print('RecursionError', e)
def stopit():
    yield 1
    raise StopIteration
try:
    list(stopit())
except RuntimeError as e:
    print('RuntimeError', e, type(e.__cause__).__name__)
def bad():
    yield 1
    yield [][1]
def use():
    return sum(x for x in bad())
use()
`,
  the_builtins_module_has_exception_group_after_a_name_set_on_it: `
import builtins
builtins.mine = 1
names = list(vars(builtins))
print(names.index('ExceptionGroup') < names.index('mine'), names[-1])
print(builtins.BaseExceptionGroup is BaseExceptionGroup, hasattr(builtins, 'anext'))
from builtins import aiter
print(aiter is builtins.aiter)
`,
  an_annotated_name_without_a_value_is_a_local_of_its_function_and_of_its_class_body: `
def f():
    x = 1
    class C:
        x: int
        try:
            print(x)
        except NameError as e:
            print('class body:', e)
    def g():
        x: int
        print(x)
    try:
        g()
    except UnboundLocalError as e:
        print('function:', e)
f()
`,
  the_compilers_warnings_are_those_of_folded_constants_asserts_and_exec_strings: `
x = 1
print(x is -1, x is not (1, 2), x is ())
assert (x, 'always'), 'message'
exec("y = 2\nprint(y is 2)")
`,
  the_compilers_warnings_before_its_error_are_printed: `
x = 1
print(x is 'a')
def f():
    return 1
return 2
`,
  await_in_a_list_comprehension_makes_it_an_async_comprehension: `
import asyncio
async def one(x):
    return x * 2
async def main():
    print([await one(i) for i in range(3)], {await one(i) for i in range(2)})
asyncio.run(main())
`,
  assignment_expressions_in_comprehensions_bind_in_the_enclosing_function_or_module: `
def f(xs):
    ys = [last := x * 2 for x in xs if (seen := x) > 0]
    return ys, last, seen, [[inner := a for a in range(b)] for b in (2, 3)], inner
print(f([1, 2, 3]))
zs = [top := x for x in 'ab']
print(zs, top)
`,
  an_annotation_of_an_attribute_or_in_a_case_sets_up_the_modules_annotations: `
class A:
    pass
a = A()
a.y: int = 1
print(__annotations__)
match a.y:
    case 1:
        z: str = 'one'
print(__annotations__)
class B:
    match 1:
        case 1:
            w: int = 3
print(B.__annotations__)
`,
  int_literals_of_any_base_and_size_compile_as_cpython_reads_them: `
x = 0x${'f'.repeat(4000)}
print(x.bit_length(), 0o7_7_7, 0B1010_1010, 0XFF, 000, 1_000_000, 0x0)
print(0b${'1'.repeat(5000)} == 2 ** 5000 - 1)
`,
  super_without_arguments_in_a_methods_comprehension_or_lambda_is_cpythons_error: `
class A:
    def f(self):
        return 'A'
class B(A):
    def f(self):
        g = lambda: super().f()
        try:
            return [super().f() for _ in range(1)]
        except TypeError as e:
            return str(e), g
b = B()
r = b.f()
print(r[0])
try:
    r[1]()
except RuntimeError as e:
    print(e)
`,
  a_dict_that_grows_compares_a_colliding_key_once: `
class H:
    def __init__(self, n): self.n = n
    def __hash__(self): return 1
    def __eq__(self, o):
        print("eq", self.n, o.n, end="; ")
        return self.n == o.n
d = {}
for i in range(7):
    d[H(i)] = i
    print()
print(len(d))
`,
  a_slice_index_from___index___past_the_machine_size_is_clamped: `
class B:
    def __index__(self): return 10 ** 30
class M:
    def __index__(self): return -10 ** 30
l = [0, 1, 2]
print(l[B():], l[:B()], l[M():], l[:M()], l[::-1][B():], (1, 2)[M():], "abc"[:B()])
import operator
print(operator.getitem(l, slice(B(), None)), operator.getitem(l, slice(None, M())))
`,
  index_errors_name_what_was_wrong_as_cpython: `
import operator
class S:
    def __index__(self): return "x"
class N:
    pass
class I:
    def __init__(self, v): self.v = v
    def __index__(self):
        print("index", self.v)
        return self.v
l = [0, 1, 2, 3, 4, 5]
print(l[I(1):I(5):I(2)], l[I(-1)], (1, 2)[I(0)], "abc"[I(2)], list(range(I(1), I(3))))
for f in (lambda: l[S()], lambda: l[N()], lambda: l[S():], lambda: l[N():], lambda: range(S()), lambda: range(N()),
          lambda: (1,)[N()], lambda: operator.getitem(l, S()), lambda: operator.getitem(l, N())):
    try:
        f()
    except TypeError as e:
        print(e)
`,
  divmod_calls_a_class_s_divmod_and_rdivmod_not_its_floordiv_and_mod: `
class A:
    def __floordiv__(s, o): return 1
    def __mod__(s, o): return 2
class B:
    def __divmod__(s, o): return ('B.__divmod__', o)
    def __rdivmod__(s, o): return ('B.__rdivmod__', o)
class C(B):
    def __rdivmod__(s, o): return ('C.__rdivmod__', o)
class N:
    def __divmod__(s, o): return NotImplemented
print(divmod(B(), 1), divmod(1, B()), divmod(B(), C())[0], divmod(C(), B())[0], divmod(7, 2), divmod(-7.5, 2))
for a, b in ((A(), 1), (N(), 1), (1, N()), ('x', 1), (B(), 2.5)):
    try:
        print(divmod(a, b))
    except TypeError as e:
        print(e)
`,
  a_class_s_class_is_type: `
class A:
    pass
class B:
    __slots__ = ('x',)
print(A.__class__, B.__class__, int.__class__, type.__class__, A().__class__, A.__class__.__name__)
`,
};

for (const [name, src] of Object.entries(cases)) {
  test(name.replaceAll('_', ' '), { todo: built ? false : 'make build/native/casyncio-python' }, () => {
    const file = join(dir, `${name}.py`);
    writeFileSync(file, src.replace(/^\n/, ''));
    const opts = { cwd: dir, encoding: 'utf8', env: cleanEnv(), timeout: 30000 };
    const want = spawnSync(pythonExe(), [file], opts);
    const got = spawnSync(bin, [file], opts);
    assert.equal(got.stdout, want.stdout);
    assert.equal(got.stderr, want.stderr);
    assert.equal(got.status, want.status);
  });
}

/* Cases whose stderr shows an object's address (a __del__'s "Exception
 * ignored in: <function A.__del__ at 0x...>"): compared without it. */
const addressed = {
  an_exception_in___del___prints_as_cpython_s_unraisable_hook: `
class E(Exception): pass
class A:
    def __del__(self):
        try:
            1/0
        except ZeroDivisionError:
            raise E("boom")
class B:
    value = 1
    def __del__(self):
        self.valeu
class C:
    def __del__(self):
        raise KeyboardInterrupt
A()
B()
C()
print("end")
`,
};
const noAddress = (s) => s.replace(/ at 0x[0-9a-f]+>/g, ' at 0x...>');
for (const [name, src] of Object.entries(addressed)) {
  test(name.replaceAll('_', ' '), { todo: built ? false : 'make build/native/casyncio-python' }, () => {
    const file = join(dir, `${name}.py`);
    writeFileSync(file, src.replace(/^\n/, ''));
    const opts = { cwd: dir, encoding: 'utf8', env: cleanEnv(), timeout: 30000 };
    const want = spawnSync(pythonExe(), [file], opts);
    const got = spawnSync(bin, [file], opts);
    assert.equal(got.stdout, want.stdout);
    assert.equal(noAddress(got.stderr), noAddress(want.stderr));
    assert.equal(got.status, want.status);
  });
}
