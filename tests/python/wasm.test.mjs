// wasm.test.mjs -- Python in WebAssembly: the interpreter's own module
// (build/wasm/python.wasm, dist/python.wasm) through the JS API
// (runPython, run({ python })) and the CLI (`node web/cli.mjs run x.py`).
// Exit statuses, stdin, stderr as events, clocks, seeds, errors, abort
// (also of a loop that never awaits), and the five lessons' program.py
// giving the lines of their C twins.
//
//   make site && node --test tests/python/wasm.test.mjs
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = join(fileURLToPath(new URL('.', import.meta.url)), '..', '..');
const built = existsSync(join(root, 'dist', 'python.wasm'));
const skip = built ? false : 'dist/python.wasm is not built (make site)';
const api = built ? await import(join(root, 'dist', 'casyncio.js')) : null;
const cli = join(root, 'web', 'cli.mjs');
const dir = mkdtempSync(join(tmpdir(), 'pywasm-'));
after(() => rmSync(dir, { recursive: true, force: true }));

async function events(source, options = {}) {
  const out = [];
  for await (const ev of api.runPython(source, options)) out.push(ev);
  return out;
}
const stdout = (evs) => evs.filter((e) => e.type === 'print' && e.stream !== 'stderr').map((e) => e.text + (e.end ?? '\n')).join('');
const stderr = (evs) => evs.filter((e) => e.type === 'print' && e.stream === 'stderr').map((e) => e.text + (e.end ?? '\n')).join('');

function wellFormed(evs) {
  evs.forEach((e, i) => assert.equal(e.seq, i + 1, `seq of event ${i + 1}: ${JSON.stringify(e)}`));
  assert.equal(evs.filter((e) => e.type === 'end').length, 1);
  assert.equal(evs.at(-1).type, 'end');
}

function program(name, text) {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

/** node web/cli.mjs run ...args; resolves { status, out, err }. */
function runCli(args, { input = '', signalAfterMs = null, cwd = dir } = {}) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [cli, 'run', ...args], { cwd, stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => {
      out += d;
      if (signalAfterMs !== null && out.includes('start')) setTimeout(() => child.kill('SIGINT'), signalAfterMs);
    });
    child.stderr.on('data', (d) => { err += d; });
    child.stdin.on('error', () => {});
    child.stdin.end(input);
    const killer = setTimeout(() => child.kill('SIGKILL'), 20000);
    child.on('close', (status, signal) => { clearTimeout(killer); resolve({ status, signal, out, err }); });
  });
}

describe('the JS API runs Python (runPython)', { skip }, () => {
  it('prints through print events, with the task name, and ends with exit 0', async () => {
    const evs = await events(
      'import asyncio\nasync def w(n):\n    await asyncio.sleep(n)\n    print("done", n)\nasync def main():\n    await asyncio.gather(w(2), w(1))\nasyncio.run(main())\n',
      { clock: 'virtual' });
    wellFormed(evs);
    const prints = evs.filter((e) => e.type === 'print');
    assert.deepEqual(prints.map((e) => [e.text, e.task, e.t]), [['done 1', 'Task-3', 1000], ['done 2', 'Task-2', 2000]]);
    assert.deepEqual([evs.at(-1).status, evs.at(-1).exit], ['ok', 0]);
    assert.ok(evs.some((e) => e.type === 'task_created' && e.task === 'Task-2'));
  });

  it('names each task as CPython does across runs, and the loop\'s own run of a future is no task', async () => {
    // Task-N goes on across runs (asyncio.run's main is created with its
    // number, not renamed after); run_until_complete(task or gather) makes
    // no task in CPython, so no event names one.
    const src = [
      'import asyncio',
      'async def w(n):',
      '    await asyncio.sleep(n)',
      '    print(asyncio.current_task().get_name())',
      'async def main():',
      '    await asyncio.gather(w(1), w(2))',
      '    print(asyncio.current_task().get_name())',
      'loop = asyncio.new_event_loop()',
      'asyncio.set_event_loop(loop)',
      'loop.run_until_complete(loop.create_task(w(1)))',
      'loop.run_until_complete(asyncio.gather(w(1), w(2)))',
      'loop.run_until_complete(w(1))',
      'loop.close()',
      'asyncio.run(main())',
      'asyncio.run(main())',
      ''].join('\n');
    const evs = await events(src, { clock: 'virtual' });
    wellFormed(evs);
    const prints = evs.filter((e) => e.type === 'print');
    // CPython prints these names (Task-8 and Task-9 are the first asyncio.run's shutdown tasks)
    assert.deepEqual(prints.map((e) => e.text), ['Task-1', 'Task-2', 'Task-3', 'Task-4', 'Task-6', 'Task-7', 'Task-5', 'Task-11', 'Task-12', 'Task-10']);
    for (const p of prints) assert.equal(p.task, p.text, 'a print names the task that printed it');
    const created = evs.filter((e) => e.type === 'task_created');
    assert.deepEqual(created.map((e) => e.task), ['Task-1', 'Task-2', 'Task-3', 'Task-4', 'Task-5', 'Task-6', 'Task-7', 'Task-10', 'Task-11', 'Task-12']);
    const known = new Set();
    for (const e of evs) {
      if (e.type === 'task_created') known.add(e.task);
      for (const k of ['task', 'by', 'on']) {
        if (k === 'on' && e.waits !== 'task') continue; // a future's or a gather's name
        if (typeof e[k] === 'string' && e.type !== 'task_created') assert.ok(known.has(e[k]), `${e.type}'s ${k} ${e[k]} was never created: ${JSON.stringify(e)}`);
      }
    }
  });

  it('a program that prints without end waits for a reader that falls behind, and keeps no more than a few thousand events for it', async () => {
    // Its reader stops reading for 600 ms after the 10th event: the run
    // goes on only while fewer than 5,000 events wait (casyncio.js's
    // Channel), so within the first ~10,000 events after the pause the
    // run's own clock has jumped by the pause (printing flat out, it would
    // have made tens of thousands in that time).
    const controller = new AbortController();
    const evs = [];
    let pausedAt = null;
    for await (const ev of api.runPython('i = 0\nwhile True:\n    print(i)\n    i += 1\n', { signal: controller.signal })) {
      if (ev.type === 'print') evs.push(ev);
      if (evs.length === 10 && pausedAt === null) {
        pausedAt = ev.t;
        await new Promise((r) => setTimeout(r, 600));
      }
      if (evs.length >= 20000) controller.abort();
    }
    const jump = evs.findIndex((e) => e.t >= pausedAt + 500);
    assert.ok(jump > 0, 'the run went on after the pause');
    assert.ok(jump <= 12000, `the run's clock passed the pause only at print ${jump}`);
    assert.deepEqual(evs.slice(0, 3).map((e) => e.text), ['0', '1', '2']);
  });

  it('gives stderr as print events with stream "stderr", after the stdout printed before', async () => {
    const evs = await events('print("a")\nimport sys\nprint("b", end="")\nprint("warn", file=sys.stderr)\nprint("c")\n', { clock: 'virtual' });
    wellFormed(evs);
    const p = evs.filter((e) => e.type === 'print').map((e) => [e.stream ?? 'stdout', e.text, e.end ?? '\n']);
    assert.deepEqual(p, [['stdout', 'a', '\n'], ['stdout', 'b', ''], ['stderr', 'warn', '\n'], ['stdout', 'c', '\n']]);
  });

  it('ends an uncaught exception with its traceback on stderr, exit 1 and the error', async () => {
    const evs = await events('def f():\n    raise ValueError("boom")\nf()\n', { filename: 'prog.py' });
    wellFormed(evs);
    assert.equal(stderr(evs), 'Traceback (most recent call last):\n  File "prog.py", line 3, in <module>\n    f()\n  File "prog.py", line 2, in f\n    raise ValueError("boom")\nValueError: boom\n');
    assert.deepEqual([evs.at(-1).status, evs.at(-1).exit, evs.at(-1).error], ['error', 1, { type: 'ValueError', message: 'boom' }]);
  });

  it('gives musl\'s sin, cos and tan of huge arguments (python/tools/wasm_rem_pio2.c: the short table of 2/pi)', async () => {
    // Recorded from libc's own __rem_pio2_large (the long table), which the
    // module no longer links: a digit missing from the short table would
    // change these.
    const xs = ['1e+22', '1e+300', '1.7976931348623157e+308', '8.98846567431158e+307', '3141592.653589793', '1647099.3291652855', '1234567.0', '-1e+22', '5.319372648326541e+255', '1.9262525426537117e+208', '-2.8489947724756677e+165', '-2.9116530848886656e+175', '-1.813577077893074e+243', '-1.9769247985884822e+68', '-5.586033716707718e+43'];
    const evs = await events(`import math\nfor x in [${xs.join(', ')}]:\n    print(repr(x), repr(math.sin(x)), repr(math.cos(x)), repr(math.tan(x)))\n`);
    wellFormed(evs);
    assert.equal(stdout(evs), [
      '1e+22 -0.8522008497671888 0.523214785395139 -1.628778225606899',
      '1e+300 -0.8178819121159085 -0.5753861119575491 1.4214488238747245',
      '1.7976931348623157e+308 0.004961954789184062 -0.9999876894265599 -0.004962015874444895',
      '8.98846567431158e+307 0.563127779850884 -0.826369834614148 -0.6814476476066215',
      '3141592.653589793 -2.231912181360871e-10 1.0 -2.231912181360871e-10',
      '1647099.3291652855 -6.420676210313675e-11 1.0 -6.420676210313675e-11',
      '1234567.0 0.36445217478755626 -0.9312221068534727 -0.39136976249308764',
      '-1e+22 0.8522008497671888 0.523214785395139 1.628778225606899',
      '5.319372648326541e+255 1.0 -4.687165924254628e-19 -2.133485385753704e+18',
      '1.9262525426537117e+208 -0.9804528578642707 -0.1967541448249166 4.983136994327287',
      '-2.8489947724756677e+165 -0.16238715016100405 -0.9867271220872503 0.1645714874214688',
      '-2.9116530848886656e+175 0.9918220574457844 0.12762839168465276 7.771171009475711',
      '-1.813577077893074e+243 0.39058098715875367 -0.9205685702163058 -0.4242823400618369',
      '-1.9769247985884822e+68 -0.9999976777539895 -0.0021551071036559366 464.01298388260494',
      '-5.586033716707718e+43 -0.5786680042612833 0.8155632046900249 -0.7095317701112086',
    ].map((l) => l + '\n').join(''));
  });

  it('reports a SyntaxError as CPython does, exit 1, in a stream that still ends', async () => {
    const evs = await events('x = (1,\nprint(x)\n', { filename: 'bad.py' });
    wellFormed(evs);
    assert.equal(stderr(evs), '  File "bad.py", line 1\n    x = (1,\n        ^\nSyntaxError: \'(\' was never closed\n');
    assert.deepEqual([evs.at(-1).exit, evs.at(-1).error.type], [1, 'SyntaxError']);
  });

  it('the error a run ends with is the traceback\'s, not a warning written after it (a coroutine never awaited)', async () => {
    const src = 'import asyncio\nasync def w():\n    pass\nasyncio.run(asyncio.gather(w()))\n';
    const evs = await events(src, { filename: 'p.py' });
    wellFormed(evs);
    assert.match(stderr(evs), /ValueError: a coroutine was expected, got <_GatheringFuture pending>\nsys:1: RuntimeWarning: coroutine 'w' was never awaited\n/);
    assert.deepEqual([evs.at(-1).exit, evs.at(-1).error], [1, { type: 'ValueError', message: 'a coroutine was expected, got <_GatheringFuture pending>' }]);
  });

  it('reads input() from the stdin option, a string or a function', async () => {
    const src = 'name = input("Name: ")\nprint("hello", name)\ntry:\n    input()\nexcept EOFError:\n    print("EOF")\n';
    assert.equal(stdout(await events(src, { stdin: 'Ada\n' })), 'Name: hello Ada\nEOF\n');
    const lines = ['Grace'];
    assert.equal(stdout(await events(src, { stdin: () => lines.shift() ?? null })), 'Name: hello Grace\nEOF\n');
  });

  it('gives SystemExit\'s code as the exit status', async () => {
    const evs = await events('import sys\nprint("x")\nsys.exit(3)\n');
    assert.deepEqual([evs.at(-1).exit, evs.at(-1).status], [3, 'error']);
  });

  it('with the virtual clock, sleeps take no time and t is exact', async () => {
    const t0 = performance.now();
    const evs = await events('import asyncio, time\nasync def main():\n    await asyncio.sleep(30)\n    print("late")\nasyncio.run(main())\ntime.sleep(5)\nprint("later")\n', { clock: 'virtual' });
    assert.ok(performance.now() - t0 < 5000);
    assert.deepEqual(evs.filter((e) => e.type === 'print').map((e) => [e.text, e.t]), [['late', 30000], ['later', 35000]]);
  });

  it('seeds random as CPython does, and sets os.environ["CASYNCIO_SEED"]', async () => {
    const evs = await events('import random, os\nprint(os.environ.get("CASYNCIO_SEED"), [random.randint(1, 10) for _ in range(3)])\n', { seed: 1 });
    assert.equal(stdout(evs), "1 [3, 10, 2]\n");
  });

  it('stops `while True: pass` on abort: KeyboardInterrupt, exit 130, status cancelled', async () => {
    const controller = new AbortController();
    const evs = [];
    for await (const ev of api.runPython('print("start")\nwhile True:\n    pass\n', { signal: controller.signal, filename: 'spin.py' })) {
      evs.push(ev);
      if (ev.type === 'print' && ev.text === 'start') setTimeout(() => controller.abort(), 100);
    }
    wellFormed(evs);
    /* CPython 3.11 shows the `while` line: its back jump carries the statement's position. */
    assert.equal(stderr(evs), 'Traceback (most recent call last):\n  File "spin.py", line 2, in <module>\n    while True:\nKeyboardInterrupt\n');
    assert.deepEqual([evs.at(-1).status, evs.at(-1).exit], ['cancelled', 130]);
  });

  it('stops a task that spins without awaiting, inside asyncio.run', async () => {
    const controller = new AbortController();
    const evs = [];
    const src = 'import asyncio\nasync def spin():\n    while True:\n        pass\nasync def main():\n    print("start")\n    await asyncio.gather(spin(), asyncio.sleep(100))\nasyncio.run(main())\n';
    for await (const ev of api.runPython(src, { signal: controller.signal })) {
      evs.push(ev);
      if (ev.type === 'print' && ev.text === 'start') setTimeout(() => controller.abort(), 100);
    }
    wellFormed(evs);
    assert.match(stderr(evs), /KeyboardInterrupt\n$/);
    assert.equal(evs.at(-1).exit, 130);
  });

  it('stops a program that sleeps: CancelledError at the await', async () => {
    const controller = new AbortController();
    const evs = [];
    const src = 'import asyncio\nasync def main():\n    print("start")\n    await asyncio.sleep(100)\nasyncio.run(main())\n';
    for await (const ev of api.runPython(src, { signal: controller.signal })) {
      evs.push(ev);
      if (ev.type === 'print' && ev.text === 'start') setTimeout(() => controller.abort(), 50);
    }
    wellFormed(evs);
    assert.ok(evs.some((e) => e.type === 'stop_requested'));
    assert.equal(evs.at(-1).status, 'cancelled');
  });

  it('runs 1,000 tasks suspended at once (the C depth limit is per task, not shared)', async () => {
    const src = 'import asyncio\nasync def c(i):\n    await asyncio.sleep(0)\n    return i\nasync def main():\n    r = await asyncio.gather(*[c(i) for i in range(1000)])\n    print(len(r), sum(r))\nasyncio.run(main())\n';
    const evs = await events(src, { clock: 'virtual' });
    assert.equal(stderr(evs), '');
    assert.equal(stdout(evs), '1000 499500\n');
    const native = join(root, 'build', 'native', 'casyncio-python');
    if (existsSync(native)) {
      const r = spawnSync(native, ['-'], { input: src, encoding: 'utf8' });
      assert.deepEqual([r.stdout, r.stderr, r.status], ['1000 499500\n', '', 0]);
    }
  });

  it('refuses bad options with a TypeError naming what is accepted', async () => {
    await assert.rejects(events('print(1)', { input: {} }), /unknown option "input"; accepted: clock, seed/);
    await assert.rejects(events(42), /source must be a string/);
    await assert.rejects(events('print(1)', { stdin: 5 }), /stdin must be a string or a function/);
  });

  it('events: "output" gives only prints, errors and the end, numbered without gaps', async () => {
    const src = 'import asyncio, sys\nasync def c(i):\n    await asyncio.sleep(0)\n    print(i)\nasync def main():\n    await asyncio.gather(c(1), c(2))\n    print("e", file=sys.stderr)\nasyncio.run(main())\n';
    const all = await events(src, { clock: 'virtual' });
    const out = await events(src, { clock: 'virtual', events: 'output' });
    wellFormed(out);
    assert.deepEqual([...new Set(out.map((e) => e.type))], ['print', 'end']);
    assert.equal(stdout(out), '1\n2\n');
    assert.equal(stderr(out), 'e\n');
    assert.deepEqual(out.filter((e) => e.type === 'print').map((e) => [e.text, e.task, e.t]),
      all.filter((e) => e.type === 'print').map((e) => [e.text, e.task, e.t]));
    assert.ok(all.some((e) => e.type === 'task_created'));
    const bad = await events('1/0', { events: 'output' });
    assert.equal(bad.at(-1).exit, 1);
    assert.match(stderr(bad), /ZeroDivisionError: division by zero\n$/);
    await assert.rejects(events('print(1)', { events: 'some' }), /events must be "all" or "output", not "some"/);
  });

  it('delivers every one of the 100,000 events a run of 20,000 tasks queues, in order', async () => {
    /* (The queue hands them over in O(1) each; its speed is the bench's.) */
    const src = 'import asyncio\nasync def c():\n    return 1\nasync def main():\n    print(len(await asyncio.gather(*[c() for _ in range(20000)])))\nasyncio.run(main())\n';
    const evs = await events(src, { clock: 'virtual' });
    wellFormed(evs);
    assert.equal(stdout(evs), '20000\n');
    assert.equal(evs.filter((e) => e.type === 'task_created').length, 20001);
  });

  it('compiles ExceptionGroup and its kin when first needed: by a TaskGroup inside a task, at the recursion limit, for "Did you mean"', async () => {
    // builtins_prelude.py.h is compiled on first need (exc.c): each program
    // below needs it first in another way; the lines are python3's
    const tg = 'import asyncio\nasync def bad(n):\n    await asyncio.sleep(0)\n    raise KeyError(n)\nasync def agen():\n    yield "a"\n'
      + 'async def main():\n    try:\n        async with asyncio.TaskGroup() as tg:\n            tg.create_task(bad(1))\n            tg.create_task(bad(2))\n'
      + '    except* KeyError as eg:\n        print(type(eg).__name__, eg.exceptions)\n    it = aiter(agen())\n    print(await anext(it), await anext(it, "done"))\n'
      + 'asyncio.run(main())\n';
    let evs = await events(tg, { clock: 'virtual' });
    assert.equal(stderr(evs), '');
    assert.equal(stdout(evs), 'ExceptionGroup (KeyError(1), KeyError(2))\na done\n');
    evs = await events("def f(n):\n    return ExceptionGroup('x', [ValueError(n)]) if n == 0 else f(n - 1)\nprint(repr(f(997)))\n");
    assert.equal(stderr(evs), '');
    assert.equal(stdout(evs), "ExceptionGroup('x', [ValueError(0)])\n");
    evs = await events('print(anxt)\n', { filename: 'x.py' });
    assert.equal(stderr(evs), "Traceback (most recent call last):\n  File \"x.py\", line 1, in <module>\n    print(anxt)\n          ^^^^\n"
      + "NameError: name 'anxt' is not defined. Did you mean: 'anext'?\n");
    assert.equal(evs.at(-1).exit, 1);
  });

  it('run({ python, filename }) is runPython', async () => {
    const evs = [];
    for await (const ev of api.run({ python: 'print(6 * 7)', filename: 'x.py' }, { clock: 'virtual' })) evs.push(ev);
    assert.equal(stdout(evs), '42\n');
  });
});

describe('the CLI runs Python (casyncio run program.py)', { skip }, () => {
  it('prints stdout and stderr as python3 does and exits 1 on an uncaught exception', async () => {
    const p = program('fail.py', 'print("before")\n{}["k"]\n');
    const r = await runCli([p]);
    assert.equal(r.out, 'before\n');
    assert.equal(r.err, `Traceback (most recent call last):\n  File "${p}", line 2, in <module>\n    {}["k"]\n    ~~^^^^^\nKeyError: 'k'\n`);
    assert.equal(r.status, 1);
  });

  it('reads the program from stdin with -, as <stdin>', async () => {
    const r = await runCli(['-'], { input: 'print("from stdin")\nraise SystemExit(4)\n' });
    assert.deepEqual([r.out, r.status], ['from stdin\n', 4]);
  });

  it('gives input() the lines of its stdin', async () => {
    const p = program('ask.py', 'a = input("a? ")\nb = input("b? ")\nprint(int(a) + int(b))\n');
    const r = await runCli([p], { input: '2\n40\n' });
    assert.deepEqual([r.out, r.status], ['a? b? 42\n', 0]);
  });

  it('exits 2 for a file it cannot open, and for --input', async () => {
    const r = await runCli([join(dir, 'nope.py')]);
    assert.equal(r.status, 2);
    assert.match(r.err, /can't open file '.*nope\.py': \[Errno 2\] No such file or directory/);
    const r2 = await runCli([program('ok.py', 'print(1)\n'), '--input', '{}']);
    assert.equal(r2.status, 2);
    assert.match(r2.err, /--input is for lessons/);
  });

  it('runs a file of any name, and answers for a folder as python3 (can\'t find \'__main__\' module, exit 1)', async () => {
    const p = program('script', 'print("no .py")\n');
    assert.deepEqual(await runCli([p]).then((r) => [r.out, r.status]), ['no .py\n', 0]);
    assert.deepEqual(await runCli(['script']).then((r) => [r.out, r.status]), ['no .py\n', 0]);
    const r = await runCli([dir]);
    assert.deepEqual([r.out, r.err, r.status], ['', `casyncio: can't find '__main__' module in '${dir}'\n`, 1]);
  });

  it('reads the file\'s bytes as python3 does: its coding line (Latin-1), and a SyntaxError for bytes not UTF-8 without one', async () => {
    const latin = Buffer.from('# -*- coding: latin-1 -*-\nprint("caf\xe9", len("\xe9"))\n', 'latin1');
    writeFileSync(join(dir, 'latin.py'), latin);
    assert.deepEqual(await runCli([join(dir, 'latin.py')]).then((r) => [r.out, r.status]), ['caf\u00e9 1\n', 0]);
    assert.deepEqual(await runCli(['-'], { input: latin }).then((r) => [r.out, r.status]), ['caf\u00e9 1\n', 0]);
    const bad = join(dir, 'bad.py');
    writeFileSync(bad, latin.subarray(latin.indexOf('\n') + 1));
    const r = await runCli([bad]);
    assert.equal(r.err, `SyntaxError: Non-UTF-8 code starting with '\\xe9' in file ${bad} on line 1, but no encoding declared; ` +
      'see https://peps.python.org/pep-0263/ for details\n');
    assert.deepEqual([r.out, r.status], ['', 1]);
    const evs = await events(new Uint8Array(latin), { clock: 'virtual' });
    assert.equal(stdout(evs), 'caf\u00e9 1\n');
    // a string is text (the page's editor): its coding line is not read, as compile() of a str
    const text = await events(latin.toString('latin1'), { clock: 'virtual' });
    assert.equal(stdout(text), 'caf\u00e9 1\n');
  });

  it('prints a SyntaxError with its caret and exits 1', async () => {
    const p = program('syn.py', 'if True\n    pass\n');
    const r = await runCli([p]);
    assert.equal(r.err, `  File "${p}", line 1\n    if True\n           ^\nSyntaxError: expected ':'\n`);
    assert.equal(r.status, 1);
  });

  it('--ndjson prints the event stream; --seed and --clock virtual as for lessons', async () => {
    const p = program('seed.py', 'import asyncio, random\nasync def main():\n    await asyncio.sleep(1)\n    print(random.randint(1, 10))\nasyncio.run(main())\n');
    const r = await runCli([p, '--ndjson', '--seed', '1', '--clock', 'virtual']);
    const evs = r.out.trim().split('\n').map((l) => JSON.parse(l));
    wellFormed(evs);
    assert.deepEqual(evs.filter((e) => e.type === 'print').map((e) => [e.text, e.t]), [['3', 1000]]);
    assert.equal(r.status, 0);
  });

  it('Ctrl-C stops `while True: pass` with CPython\'s KeyboardInterrupt, then ends by SIGINT as python3', async () => {
    const p = program('spin.py', 'print("start", flush=True)\nwhile True:\n    pass\n');
    const r = await runCli([p], { signalAfterMs: 200 });
    assert.equal(r.out, 'start\n');
    assert.match(r.err, /File ".*spin\.py", line 2, in <module>\n {4}while True:\nKeyboardInterrupt\n$/);
    assert.deepEqual([r.status, r.signal], [null, 'SIGINT']);
  });

  it('gives the program its arguments and python3\'s __file__ (the path as given, joined to the folder, not normalised)', async () => {
    const src = 'import sys\nprint(sys.argv)\nprint(__file__)\n';
    program('argv.py', src);
    const r = await runCli(['./argv.py', 'a', '-v', '--clock', 'virtual', '--', '--seed', '3']);
    const py = spawnSync('python3', ['./argv.py', 'a', '-v', '--seed', '3'], { cwd: dir, encoding: 'utf8' });
    assert.equal(r.out, py.stdout);
    assert.equal(r.out, `['./argv.py', 'a', '-v', '--seed', '3']\n${dir}/./argv.py\n`);
    const stdin = await runCli(['-', 'x'], { input: src });
    assert.equal(stdin.out, "['-', 'x']\n<stdin>\n");
  });

  it('answers os.getcwd() and os.path.abspath() as python3 in the same folder', async () => {
    const src = 'import os\nprint(os.getcwd())\nprint(os.path.abspath("x/../y.py"), os.path.abspath(__file__) == __file__)\n';
    program('cwd.py', src);
    const r = await runCli(['cwd.py']);
    const py = spawnSync('python3', ['cwd.py'], { cwd: dir, encoding: 'utf8' });
    assert.equal(r.out, py.stdout);
    assert.equal(r.out, `${dir}\n${dir}/y.py True\n`);
  });

  it('ends by SIGINT after a KeyboardInterrupt the program raised, but exits 130 on sys.exit(130), as python3', async () => {
    for (const [src, want] of [['raise KeyboardInterrupt\n', [null, 'SIGINT']], ['import sys\nsys.exit(130)\n', [130, null]]]) {
      const r = await runCli([program('ki.py', `print("start")\n${src}`)]);
      assert.equal(r.out, 'start\n');
      assert.deepEqual([r.status, r.signal], want, src);
      const py = spawnSync('python3', [join(dir, 'ki.py')]);
      assert.deepEqual([py.status, py.signal], want, `python3: ${src}`);
    }
  });
});

describe('the lessons\' program.py through the interpreter give their C twins\' lines', { skip }, () => {
  const lessons = ['await', 'callbacks', 'cancel', 'gather', 'as-completed', 'factorial'];
  for (const id of lessons) {
    it(`${id} (virtual clock, seed 1)`, async () => {
      const source = readFileSync(join(root, 'tutorials', id, 'program.py'), 'utf8');
      const py = await events(source, { clock: 'virtual', seed: 1, filename: 'program.py' });
      const c = [];
      for await (const ev of api.run(id, { clock: 'virtual', seed: 1 })) c.push(ev);
      const lines = (evs) => evs.filter((e) => e.type === 'print').map((e) => [e.text, e.t]);
      assert.equal(stderr(py), '');
      assert.deepEqual(lines(py), lines(c));
      assert.equal(py.at(-1).exit, 0);
    });
  }
  it('the lessons\' lines are what CPython printed (tutorials/*/expected.txt), seed 1', async () => {
    for (const id of lessons) {
      const source = readFileSync(join(root, 'tutorials', id, 'program.py'), 'utf8');
      const py = await events(source, { clock: 'virtual', seed: 1 });
      assert.equal(stdout(py), readFileSync(join(root, 'tutorials', id, 'expected.txt'), 'utf8'), id);
    }
  });
});

