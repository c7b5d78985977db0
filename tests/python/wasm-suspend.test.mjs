// wasm-suspend.test.mjs -- every way a Python task suspends in wasm, run on
// the interpreter's module built with Asyncify's assertions
// (build/wasm/check/python.wasm, `make pywasm-check`): Asyncify instruments
// only python.mk's PY_SUSPEND, and the assertions trap ("unreachable") when
// any other function is on the stack at a suspend, where the plain module
// would go on with corrupted frames.  Also what may NOT suspend (a loop
// inside a callback from C): it must finish, and a stop must wait for it.
//
//   make site pywasm-check && node --test tests/python/wasm-suspend.test.mjs
import assert from 'node:assert/strict';
import { copyFileSync, cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = join(fileURLToPath(new URL('.', import.meta.url)), '..', '..');
const check = join(root, 'build', 'wasm', 'check');
const built = existsSync(join(check, 'python.wasm')) && existsSync(join(root, 'dist', 'casyncio.js'));
const skip = built ? false : 'build/wasm/check is not built (make site pywasm-check)';
/* The JS API beside the checking module, as dist/ holds the plain one. */
const dir = mkdtempSync(join(tmpdir(), 'pysuspend-'));
after(() => rmSync(dir, { recursive: true, force: true }));
let api = null;
if (built) {
  for (const f of ['casyncio.js', 'casyncio-python.js', 'casyncio.mjs', 'casyncio.wasm']) copyFileSync(join(root, 'dist', f), join(dir, f));
  for (const f of ['python.mjs', 'python.wasm']) copyFileSync(join(check, f), join(dir, f));
  cpSync(join(root, 'dist', 'pylib'), join(dir, 'pylib'), { recursive: true }); // the library modules it reads
  api = await import(join(dir, 'casyncio.js'));
}

/* Runs source; stopAfterMs: abort that long after the line "start". */
async function run(source, { clock, stopAfterMs } = {}) {
  const controller = new AbortController();
  const evs = [];
  const options = { signal: controller.signal, filename: 'p.py' };
  if (clock) options.clock = clock;
  for await (const ev of api.runPython(source, options)) {
    evs.push(ev);
    if (stopAfterMs !== undefined && ev.type === 'print' && ev.text === 'start') setTimeout(() => controller.abort(), stopAfterMs);
  }
  const text = (s) => evs.filter((e) => e.type === 'print' && (e.stream === 'stderr') === s).map((e) => e.text + (e.end ?? '\n')).join('');
  const end = evs.at(-1);
  const errors = evs.filter((e) => e.type === 'error').map((e) => e.message);
  return { out: text(false), err: text(true), exit: end.exit, errors };
}

/* A loop that never awaits, long enough for several host turns (each
 * 65,536 backward jumps and 20 ms apart). */
const SPIN = 'def spin(seconds):\n    t = time.perf_counter()\n    n = 0\n    while time.perf_counter() - t < seconds:\n        n += 1\n    return n\n';

describe('wasm: suspending only where Asyncify instruments', { skip }, () => {
  it('awaits in tasks, gather, as_completed, wait_for, queues, events, locks, async for and async with', async () => {
    const src = `import asyncio
async def agen():
    for i in range(3):
        await asyncio.sleep(0)
        yield i
class Res:
    async def __aenter__(self):
        await asyncio.sleep(0.001)
        return self
    async def __aexit__(self, *a):
        await asyncio.sleep(0)
async def work(i):
    await asyncio.sleep(0.001 * i)
    return i
async def main():
    print(await asyncio.gather(*(work(i) for i in range(4))))
    print(sorted([await f for f in asyncio.as_completed([work(2), work(1)])]))
    print(await asyncio.wait_for(work(1), 1))
    q = asyncio.Queue()
    ev = asyncio.Event()
    lock = asyncio.Lock()
    async def producer():
        async with lock:
            for i in range(3):
                await q.put(i)
        ev.set()
    t = asyncio.create_task(producer())
    await ev.wait()
    print([await q.get() for _ in range(3)], [x async for x in agen()])
    async with Res():
        print('inside')
    await t
asyncio.run(main())
`;
    const r = await run(src);
    assert.deepEqual(r.errors, []);
    assert.equal(r.out, '[0, 1, 2, 3]\n[1, 2]\n1\n[0, 1, 2] [0, 1, 2]\ninside\n');
    assert.equal(r.exit, 0);
  });

  it('tasks made before their loop runs start (main\'s task yields once for them) when run_until_complete runs it', async () => {
    const src = `import asyncio
async def work(i):
    print('work', i)
    await asyncio.sleep(0.001 * i)
    return i * 10
loop = asyncio.new_event_loop()
tasks = [loop.create_task(work(i)) for i in range(3)]
loop.run_until_complete(asyncio.wait(tasks))
print([t.result() for t in tasks], loop.run_until_complete(tasks[1]))
loop.close()
`;
    const r = await run(src);
    assert.deepEqual(r.errors, []);
    assert.equal(r.out, 'work 0\nwork 1\nwork 2\n[0, 10, 20] 10\n');
    assert.equal(r.exit, 0);
  });

  it('gc.collect() outside a run closes the task a closed loop left (the kept loop runs), and not from a __del__ (at exit then)', async () => {
    const src = `import asyncio, gc
async def forever(n):
    try:
        await asyncio.sleep(100)
    finally:
        print('closed', n)
loop = asyncio.new_event_loop()
t = loop.create_task(forever(1))
loop.run_until_complete(asyncio.sleep(0))
loop.close()
del t
print('collect', gc.collect() >= 1)
loop2 = asyncio.new_event_loop()
u = loop2.create_task(forever(2))
loop2.run_until_complete(asyncio.sleep(0))
loop2.close()
del u
class D:
    def __del__(self):
        gc.collect()
        print('del done')
d = D()
del d
print('end')
`;
    const r = await run(src);
    assert.deepEqual(r.errors, []);
    assert.equal(r.out, 'closed 1\ncollect True\ndel done\nend\nclosed 2\n');
    assert.match(r.err, /^Task was destroyed but it is pending!\ntask: <Task pending name='Task-\d+' coro=<forever\(\) done/);
    assert.equal(r.exit, 0);
  });

  it('awaits inside asend/athrow/aclose of an async generator, a class\'s __await__ (a bare yield too), ensure_future of an awaitable, and the finalizer hook', async () => {
    const src = `import asyncio
async def agen():
    try:
        while True:
            got = yield 1
            await asyncio.sleep(0.001)
            print('got', got)
    except ValueError:
        await asyncio.sleep(0.001)
        yield 'thrown'
    finally:
        await asyncio.sleep(0)
        print('finally')
class Aw:
    def __await__(self):
        yield from asyncio.sleep(0.001).__await__()
        yield
        return (yield from asyncio.ensure_future(asyncio.sleep(0.001, 'fut')).__await__())
async def main():
    g = agen()
    print(await g.asend(None), await g.asend('a'))
    print(await g.athrow(ValueError))
    await g.aclose()
    print(await Aw(), await asyncio.ensure_future(Aw()))
    async for x in agen():
        break
    await asyncio.sleep(0.01)
    g = agen()
    await anext(g)
    print(await asyncio.create_task(asyncio.sleep(0.001, 'a task after anext')))
asyncio.run(main())
`;
    const r = await run(src);
    assert.deepEqual(r.errors, []);
    assert.equal(r.err, '');
    // the last generator's finally awaits in the aclose() task that asyncio.run's shutdown
    // cancels before its first step; the task's next step throws GeneratorExit in at that
    // await, so its print never runs (as in CPython 3.11)
    assert.equal(r.out, 'got a\n1 1\nthrown\nfinally\nfut fut\nfinally\na task after anext\n');
    assert.equal(r.exit, 0);
  });

  it('awaits in generators types.coroutine marked (a bare yield, yield from a coroutine and a generator, as a task), and in the finally of async generators asyncio.run and Runner.close() close', async () => {
    const src = `import asyncio, types
@types.coroutine
def legacy(n):
    yield
    yield from asyncio.sleep(0.001)
    return n
@types.coroutine
def outer(n):
    return (yield from legacy(n)) + 1
async def agen(tag):
    try:
        yield tag
    finally:
        await asyncio.sleep(0.001)
        print('closed', tag)
held = []
async def main(tag):
    held.append(agen(tag))
    print(await held[-1].__anext__(), await legacy(1), await asyncio.create_task(outer(2)))
asyncio.run(main('run'))
with asyncio.Runner() as r:
    r.run(main('runner'))
`;
    const r = await run(src);
    assert.deepEqual(r.errors, []);
    assert.equal(r.err, '');
    assert.equal(r.out, 'run 1 3\nclosed run\nrunner 1 3\nclosed runner\n');
    assert.equal(r.exit, 0);
  });

  it('time.sleep in code run by exec() and eval(), and in a write() that print() calls, at module level and in a task', async () => {
    const src = `import asyncio, time
class Out:
    def __init__(self):
        self.parts = []
    def write(self, s):
        time.sleep(0.005)
        self.parts.append(s)
def slow(x):
    time.sleep(0.005)
    return x
o = Out()
exec("time.sleep(0.01)\\nprint('exec', slow(1))")
print(eval("slow(2) + slow(3)"), file=o)
async def main():
    exec("time.sleep(0.01)")
    print(eval("slow(4)"), o.parts)
asyncio.run(main())
`;
    const r = await run(src);
    assert.deepEqual(r.errors, []);
    assert.equal(r.err, '');
    assert.equal(r.out, "exec 1\n4 ['5', '\\n']\n");
  });

  it('time.sleep at module level, in a task, in __init__, in a generator and in a callback from C', async () => {
    const src = `import asyncio, time
class Slow:
    def __init__(self):
        time.sleep(0.01)
        self.ok = True
def gen():
    for i in range(2):
        time.sleep(0.005)
        yield i
def cb(x):
    time.sleep(0.005)
    return x
time.sleep(0.01)
print(Slow().ok, list(gen()), sum(gen()), [x for x in gen()], sorted([2, 1], key=cb), list(map(cb, [3])))
async def main():
    time.sleep(0.01)
    print(Slow().ok, list(gen()))
asyncio.run(main())
`;
    const r = await run(src);
    assert.deepEqual(r.errors, []);
    assert.equal(r.out, 'True [0, 1] 1 [0, 1] [1, 2] [3]\nTrue [0, 1]\n');
  });

  it('time.sleep in a __lt__ that sort() calls while it merges runs and gallops (merge_lo, merge_hi, gallop_left, gallop_right)', async () => {
    const src = `import time
n = 0
class K:
    def __init__(self, v): self.v = v
    def __lt__(self, other):
        global n
        n += 1
        if n % 97 == 0: time.sleep(0.0005)
        return self.v < other.v
vals = list(range(300, 0, -1)) + [i * 37 % 101 for i in range(400)] + list(range(200))
out = sorted(map(K, vals))
print(n, [k.v for k in out] == sorted(vals), [k.v for k in out[:3]], [k.v for k in out[-2:]])
`;
    const r = await run(src);
    assert.deepEqual(r.errors, []);
    assert.equal(r.err, '');
    assert.equal(r.out, '4518 True [0, 0, 0] [299, 300]\n');
  });

  it('time.sleep in __init__ reached through a metaclass\'s __call__ (super().__call__: type.__call__)', async () => {
    const src = `import asyncio, time
class Meta(type):
    def __call__(cls, *args):
        return super().__call__(*args)
class Slow(metaclass=Meta):
    def __init__(self, n):
        time.sleep(0.01)
        self.n = n
print(Slow(1).n)
async def main():
    print(Slow(2).n)
asyncio.run(main())
`;
    const r = await run(src);
    assert.deepEqual(r.errors, []);
    assert.equal(r.out, '1\n2\n');
  });

  it('threads: time.sleep in a to_thread() call, a lock, an event and a future waited for there, a with block\'s __enter__ and __exit__, a pool\'s shutdown', async () => {
    const src = `import asyncio, time, threading
from concurrent.futures import ThreadPoolExecutor
lock = threading.Lock()
event = threading.Event()
class Slow:
    def __enter__(self):
        time.sleep(0.01)
        return self
    def __exit__(self, *a):
        time.sleep(0.01)
def holder():
    with lock:
        time.sleep(0.05)
    return 'h'
def waiter(loop):
    time.sleep(0.01)
    with lock, Slow():
        pass
    event.wait()
    return asyncio.run_coroutine_threadsafe(asyncio.sleep(0.01, 'w'), loop).result()
async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.gather(asyncio.to_thread(holder), asyncio.to_thread(waiter, loop))
    await asyncio.sleep(0.1)
    event.set()
    print(await t)
    with ThreadPoolExecutor(2) as pool:
        f = loop.run_in_executor(pool, time.sleep, 0.05)
    print(f.done(), sorted([3, 1, 2], key=lambda x: (time.sleep(0.001), x)[1]))
asyncio.run(main())
`;
    const r = await run(src);
    assert.deepEqual(r.errors, []);
    assert.equal(r.err, '');
    /* (f is not done yet: the pool's shutdown blocked the loop, as CPython's, so the
     * worker's result waits for the loop's next turn) */
    assert.equal(r.out, "['h', 'w']\nFalse [1, 2, 3]\n");
  });
  it('contextvars: asyncio.run under Context.run, time.sleep in a thread under Context.run (to_thread\'s and its own)', async () => {
    const src = `import asyncio, contextvars, time
v = contextvars.ContextVar('v', default='-')
def blocking():
    time.sleep(0.01)
    return contextvars.copy_context().run(lambda: (time.sleep(0.01), v.get())[1])
async def main():
    v.set('main')
    await asyncio.sleep(0.01)
    return await asyncio.to_thread(blocking)
print(contextvars.copy_context().run(asyncio.run, main()), v.get())
`;
    const r = await run(src);
    assert.deepEqual(r.errors, []);
    assert.equal(r.err, '');
    assert.equal(r.out, 'main -\n');
  });
  it('a long loop inside a callback from C finishes (its host turns wait until it is back)', async () => {
    const src = `import time\n${SPIN}print(sorted([2, 1], key=lambda x: spin(0.3) and x), repr(type('R', (), {'__repr__': lambda s: str(spin(0.2) > 0)})()))\n`;
    const r = await run(src);
    assert.deepEqual(r.errors, []);
    assert.equal(r.out, '[1, 2] True\n');
  });

  it('time.sleep in a callback from C moves the virtual clock on without a host turn; asyncio.run there is refused by name', async () => {
    /* a __hash__ called by dict.setdefault(): not announced */
    const r = await run('import time\nclass A:\n    def __hash__(self):\n        t = time.monotonic()\n        time.sleep(1.5)\n        print(round(time.monotonic() - t, 1))\n        return 1\n{}.setdefault(A())\n', { clock: 'virtual' });
    assert.equal(r.err, '');
    assert.equal(r.out, '1.5\n');
    assert.equal(r.exit, 0);
    const r2 = await run('import asyncio\nasync def m():\n    return 1\nclass A:\n    def __hash__(self):\n        return asyncio.run(m())\n{}.setdefault(A())\n');
    assert.match(r2.err, /RuntimeError: asyncio\.run\(\) called back from C code .* is not supported by casyncio's Python in wasm: call it directly\n/);
    const r3 = await run('import asyncio\nasync def c():\n    await asyncio.sleep(1)\nasync def m():\n    c().send(None)\nasyncio.run(m())\n');
    assert.match(r3.err, /RuntimeError: an await that suspends inside a coroutine driven by send\(\) or throw\(\) is not supported by casyncio's Python \(let asyncio run it: await it, or asyncio\.create_task\)\n$/);
  });

  it('time.sleep and asyncio.run in a property, __eq__ or __add__ suspend as in a function', async () => {
    const src = 'import asyncio, time\nasync def m():\n    return 2\nclass A:\n    @property\n    def x(self):\n        time.sleep(1)\n        return asyncio.run(m())\n' +
      '    def __eq__(self, o):\n        time.sleep(1)\n        return True\n    def __add__(self, o):\n        return self.x + o\nprint(A().x, A() == 1, A() + 1, [A()] == [A()])\n';
    const r = await run(src, { clock: 'virtual' });
    assert.deepEqual(r.errors, []);
    assert.equal(r.err, '');
    assert.equal(r.out, '2 True 3 True\n');
  });

  it('an import waiting for its module\'s fetch (over HTTP, as in a browser): in a task, under a key function, in cache_info', {
    skip: process.allowedNodeEnvironmentFlags.has('--experimental-network-imports') ? false : 'no network imports in this Node',
  }, () => {
    // `import \` + newline: the JS API's scan does not fetch it beforehand
    const source = 'import asyncio, functools\nasync def other():\n    print("other")\nasync def main():\n    t = asyncio.create_task(other())\n'
      + '    await asyncio.sleep(0)\n    import \\\n        json\n    print(json.dumps([1]))\n    await t\nasyncio.run(main())\n'
      + 'def key(x):\n    import \\\n        string\n    return string.digits.index(str(x))\nprint(sorted([3, 1, 2], key=key))\n'
      + '@functools.lru_cache\ndef f(n):\n    return n\nf(1)\nprint(getattr(f, "cache_" + "info")())\n'
      + 'class K:\n    def __hash__(self):\n        import \\\n            copy\n        return 1\ntry:\n    {(K(),): 1}\n    print("hashed")\nexcept ImportError as e:\n    print(str(e)[:40])\n';
    const r = spawnSync(process.execPath, ['--experimental-network-imports', '--no-warnings', join(root, 'tests', 'python', 'pylib_http.mjs'), dir,
      JSON.stringify({ source, delay: { json: 100, string: 100, collections: 100, copy: 100 } })], { encoding: 'utf8', timeout: 60000 });
    assert.equal(r.status, 0, r.stderr);
    const { events, requests } = JSON.parse(r.stdout);
    assert.deepEqual(events.filter((e) => e.type === 'error'), []);
    assert.deepEqual(events.filter((e) => e.type === 'print').map((e) => e.text), ['other', '[1]', '[1, 2, 3]',
      'CacheInfo(hits=0, misses=1, maxsize=128, currsize=1)', 'hashed']);
    assert.equal(events.at(-1).exit, 0);
    assert.ok(requests.includes('/pylib/collections.py'), requests.join(' '));
  });

  const stops = {
    'at module level': 'print("start")\nwhile True:\n    pass\n',
    'in a task': 'import asyncio\nasync def main():\n    print("start")\n    while True:\n        pass\nasyncio.run(main())\n',
    'in a generator consumed by sum()': 'def g():\n    while True:\n        yield 0\nprint("start")\nsum(g())\n',
    'in a generator consumed by list()': 'def g():\n    while True:\n        pass\n    yield 0\nprint("start")\nlist(g())\n',
    'in a generator consumed by a for loop in a task': 'import asyncio\ndef g():\n    while True:\n        yield 0\nasync def main():\n    print("start")\n    for x in g():\n        pass\nasyncio.run(main())\n',
    'in a generator delegated to by yield from': 'def inner():\n    while True:\n        pass\n    yield\ndef outer():\n    yield from inner()\nprint("start")\nfor x in outer():\n    pass\n',
    'in __init__': 'class A:\n    def __init__(self):\n        while True:\n            pass\nprint("start")\nA()\n',
    'in deep recursion': 'import sys\ndef f(n):\n    if n == 0:\n        while True:\n            pass\n    f(n - 1)\nprint("start")\nf(900)\n',
  };
  for (const [where, src] of Object.entries(stops)) {
    it(`a stop raises KeyboardInterrupt in a loop that never awaits ${where}`, async () => {
      const r = await run(src, { stopAfterMs: 150 });
      assert.deepEqual(r.errors, []);
      assert.match(r.err, /^Traceback \(most recent call last\):\n[\s\S]*\nKeyboardInterrupt\n$/);
      assert.equal(r.exit, 130);
    });
  }
});
