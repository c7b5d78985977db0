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
