// iterations.test.mjs -- the fields a timeline and a stepper read: each
// event's `iter` (the loop's turn) agrees with CPython 3.11's own count of
// _run_once calls, for every lesson, through its C twin and through the
// interpreter; task_created's `coro`; and the interpreter's `line` events
// (docs/events.md).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LESSONS, root, collect, assertWellFormed, api, cli } from './helpers.mjs';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';

const program = (id) => readFileSync(join(root, 'tutorials', id, 'program.py'), 'utf8');

/** What a run printed to stdout, with the turn of each line: "iter text". */
const printedTurns = (events) => events
  .filter((e) => e.type === 'print' && e.stream !== 'stderr')
  .map((e) => `${e.iter ?? '-'} ${e.text}`);

/** The same from CPython, counted by tests/js/cpython_iterations.py on a
 *  virtual clock, so the count does not depend on the machine's load. */
function cpythonTurns(id, seed) {
  const out = execFileSync('python3', [join(root, 'tests', 'js', 'cpython_iterations.py'),
    join(root, 'tutorials', id, 'program.py'), String(seed)], { encoding: 'utf8' });
  return out.trimEnd().split('\n').map((l) => JSON.parse(l)).map((o) => `${o.iter ?? '-'} ${o.text}`);
}

async function runPy(source, options = {}) {
  const events = [];
  for await (const ev of api.runPython(source, { clock: 'virtual', filename: 'program.py', ...options })) events.push(ev);
  return events;
}

for (const id of LESSONS) {
  test(`${id}: every line is printed in the same turn of the loop as under CPython, by the C twin and by the interpreter`, async () => {
    const expected = cpythonTurns(id, 1);
    assert.ok(expected.some((l) => /^\d+ /.test(l)), 'CPython printed inside the loop');
    const c = await collect(id, { clock: 'virtual', seed: 1 });
    assertWellFormed(c);
    assert.deepEqual(printedTurns(c), expected, 'the C lesson');
    const py = await runPy(program(id), { seed: 1 });
    assert.equal(py.at(-1).status, 'ok');
    assert.deepEqual(printedTurns(py), expected, 'the interpreter');
  });
}

test('gather: the three workers start in turn 2 one after another, their timers fire in 3, they resume in 4', async () => {
  const events = await collect('gather', { clock: 'virtual', seed: 1 });
  const workers = events.filter((e) => e.type === 'task_created' && e.by).map((e) => e.task);
  assert.equal(workers.length, 3);
  const turnOf = (type, task) => events.find((e) => e.type === type && e.task === task)?.iter;
  for (const w of workers) {
    assert.equal(turnOf('task_started', w), 2);
    assert.equal(turnOf('timer_fired', w), 3);
    assert.equal(turnOf('task_resumed', w), 4);
  }
  const started = events.filter((e) => e.type === 'task_started' && workers.includes(e.task)).map((e) => e.task);
  assert.deepEqual(started, workers, 'in creation order');
  assert.deepEqual([...new Set(events.filter((e) => e.type === 'callback').map((e) => e.iter))], [5]);
  assert.equal(turnOf('task_resumed', events.find((e) => e.type === 'task_created').task), 6);
  for (const e of events) {
    if (['run_started', 'run_finished', 'end'].includes(e.type)) assert.equal(e.iter, undefined, e.type);
  }
});

test('task_created names the coroutine: the C lessons and the interpreter alike', async () => {
  const coros = (events) => events.filter((e) => e.type === 'task_created' && e.by).map((e) => e.coro);
  assert.deepEqual(coros(await collect('as-completed', { clock: 'virtual', seed: 1 })), ["worker('A')", "worker('B')", "worker('C')"]);
  assert.deepEqual(coros(await collect('factorial', { clock: 'virtual' })), ['factorial(5)', 'factorial(7)', 'factorial(3)', 'factorial(6)']);
  assert.deepEqual(coros(await runPy(program('as-completed'), { seed: 1 })), ["worker('A')", "worker('B')", "worker('C')"]);
  assert.deepEqual(coros(await runPy(program('gather'), { seed: 1 })), ['worker()', 'worker()', 'worker()']);
  // The main task: asyncio.run's coroutine.
  const main = (events) => events.find((e) => e.type === 'task_created').coro;
  assert.equal(main(await collect('gather', { clock: 'virtual', seed: 1 })), 'do_something()');
  assert.equal(main(await collect('factorial', { clock: 'virtual' })), 'calculate_factorials(…)');
  assert.equal(main(await runPy(program('factorial'))), 'calculate_factorials(…)');
});

test('the interpreter labels arguments by repr, leaves out what a repr of ours could not show, and cuts long ones', async () => {
  const source = [
    'import asyncio',
    'class Job:',
    '    def __repr__(self):',
    '        print("repr called")',
    '        return "Job()"',
    'async def work(n, *more, label=None, **kw):',
    '    pass',
    'async def main():',
    '    ts = [asyncio.create_task(work(1, 2.5, "x" * 40, label="é" * 30)),',
    '          asyncio.create_task(work(Job(), None, True), name="job"),',
    '          asyncio.create_task(work(*range(40)))]',
    '    await asyncio.gather(*ts)',
    'asyncio.run(main())',
  ].join('\n');
  const events = await runPy(source);
  assert.equal(events.at(-1).status, 'ok');
  assert.ok(!events.some((e) => e.text === 'repr called'), 'no repr of the program\'s own ran');
  const created = events.filter((e) => e.type === 'task_created' && e.by);
  assert.equal(created[0].coro, `work(1, 2.5, '${'x'.repeat(23)}…, label='${'é'.repeat(11)}…)`);
  assert.equal(created[1].task, 'job');
  assert.equal(created[1].coro, 'work(…, None, True, label=None)'); // defaults as bound
  const long = created[2].coro;
  assert.match(long, /^work\(0, 1, 2, 3, .*…\)$/);
  assert.ok(Buffer.byteLength(long) <= 96, long);
});

test('line events: off by default; with lines: true, the program\'s lines in order, each with its task, none from the prelude', async () => {
  const source = [
    'import asyncio',                         // 1
    '',                                       // 2
    'async def worker(name):',                // 3
    '    print(name, "starts")',              // 4
    '    await asyncio.sleep(1)',             // 5
    '    return name',                        // 6
    '',                                       // 7
    'async def main():',                      // 8
    '    a = asyncio.create_task(worker("A"))', // 9
    '    b = asyncio.create_task(worker("B"))', // 10
    '    print(await asyncio.gather(a, b))',  // 11
    '',                                       // 12
    'asyncio.run(main())',                    // 13
  ].join('\n');
  const off = await runPy(source);
  assert.ok(!off.some((e) => e.type === 'line'));
  const on = await runPy(source, { lines: true });
  assertWellFormed(on);
  assert.deepEqual(on.filter((e) => e.type === 'print').map((e) => e.text), off.filter((e) => e.type === 'print').map((e) => e.text));
  const lines = on.filter((e) => e.type === 'line').map((e) => `${e.task ?? '-'}:${e.line}`);
  assert.deepEqual(lines, [
    '-:1', '-:3', '-:8', '-:13',
    'Task-1:9', 'Task-1:10', 'Task-1:11',
    'Task-2:4', 'Task-2:5', 'Task-3:4', 'Task-3:5',
    'Task-2:5', 'Task-2:6', 'Task-3:5', 'Task-3:6',
    'Task-1:11',
    '-:13',
  ]);
  // A line comes before what it does: worker A's line 4 before its print.
  const i4 = on.findIndex((e) => e.type === 'line' && e.line === 4);
  assert.equal(on[i4 + 1].type, 'print');
  assert.equal(on[i4 + 1].text, 'A starts');
  // Inside the loop the line events carry the turn too.
  assert.deepEqual(on.filter((e) => e.type === 'line' && e.task === 'Task-2').map((e) => e.iter), [2, 2, 4, 4]);
});

test('argv is sys.argv: strings, one at least; anything else is refused', async () => {
  const out = [];
  for await (const ev of api.runPython('import sys\nprint(sys.argv)\n', { filename: 'p.py', argv: ['p.py', 'a b', '-v', ''] })) {
    if (ev.type === 'print') out.push(ev.text);
  }
  assert.deepEqual(out, ["['p.py', 'a b', '-v', '']"]);
  for await (const ev of api.runPython('import sys\nprint(sys.argv)\n', { filename: 'p.py' })) if (ev.type === 'print') out.push(ev.text);
  assert.equal(out[1], "['p.py']");
  for (const argv of [[], 'p.py', [1], ['a\0b'], Array(257).fill('x'), ['x'.repeat(65537)]]) {
    await assert.rejects(async () => { for await (const ev of api.runPython('pass', { argv })) void ev; }, /argv must be sys.argv: an array of 1 to 256 strings/);
  }
});

test('cwd is what os.getcwd() answers and abspath() joins to: "/" by default; a path not absolute is refused', async () => {
  const src = 'import os\nprint(os.getcwd(), os.path.abspath("p.py"), os.path.relpath("/srv/a/b", "/srv/c"), os.getcwdb())\n';
  const out = [];
  for await (const ev of api.runPython(src, { filename: 'p.py', cwd: '/home/learner' })) if (ev.type === 'print') out.push(ev.text);
  for await (const ev of api.runPython(src, { filename: 'p.py' })) if (ev.type === 'print') out.push(ev.text);
  assert.deepEqual(out, ["/home/learner /home/learner/p.py ../a/b b'/home/learner'", "/ /p.py ../a/b b'/'"]);
  for (const cwd of ['', 'home', 3, '/a\0b', `/${'x'.repeat(4095)}`]) {
    await assert.rejects(async () => { for await (const ev of api.runPython('pass', { cwd })) void ev; }, /cwd must be an absolute path/);
  }
});

test('open() and os.path.exists ask the files under cwd (Node\'s file system): a file not there is FileNotFoundError, one there is refused by name; no cwd, no files', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'pyopen-'));
  try {
    writeFileSync(join(dir, 'data.txt'), 'hello\n');
    const src = 'import os\nfor p in ["nope.txt", "data.txt", "."]:\n'
      + '    try:\n        open(p)\n    except Exception as e:\n        print(type(e).__name__, e)\n'
      + 'print(*[(os.path.exists(p), os.path.isfile(p), os.path.isdir(p)) for p in ["nope.txt", "data.txt", "."]])\n';
    const run = async (options) => {
      const out = [];
      for await (const ev of api.runPython(src, { filename: 'p.py', ...options })) if (ev.type === 'print') out.push(ev.text);
      return out;
    };
    assert.deepEqual(await run({ cwd: dir }), [
      "FileNotFoundError [Errno 2] No such file or directory: 'nope.txt'",
      "NotImplementedError open() and reading files are not supported by casyncio's Python",
      "IsADirectoryError [Errno 21] Is a directory: '.'",
      '(False, False, False) (True, True, False) (True, False, True)',
    ]);
    assert.deepEqual(await run({}), [
      "FileNotFoundError [Errno 2] No such file or directory: 'nope.txt'",
      "FileNotFoundError [Errno 2] No such file or directory: 'data.txt'",
      "FileNotFoundError [Errno 2] No such file or directory: '.'",
      '(False, False, False) (False, False, False) (False, False, False)',
    ]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('lines must be a boolean', async () => {
  await assert.rejects(async () => { for await (const ev of api.runPython('pass', { lines: 'yes' })) void ev; }, /lines must be true or false/);
});

test('factorial with as_completed: main wakes once per result, in the turns CPython wakes it', async () => {
  // The page's way of giving the program its input: assignments in place of ours.
  const source = program('factorial').replace(/^config = .*$/m, '').replace(/^numbers = .*$/m, 'numbers = [5, 7, 3, 6]')
    .replace(/^collect = .*$/m, "collect = 'as_completed'");
  const dir = mkdtempSync(join(tmpdir(), 'casyncio-iter-'));
  try {
    writeFileSync(join(dir, 'program.py'), source);
    const out = execFileSync('python3', [join(root, 'tests', 'js', 'cpython_iterations.py'), join(dir, 'program.py')], { encoding: 'utf8' });
    const expected = out.trimEnd().split('\n').map((l) => JSON.parse(l)).map((o) => `${o.iter ?? '-'} ${o.text}`);
    const events = await runPy(source);
    assert.deepEqual(printedTurns(events), expected);
    const main = events.find((e) => e.type === 'task_created').task;
    assert.deepEqual(events.filter((e) => ['task_started', 'task_resumed'].includes(e.type) && e.task === main).map((e) => e.iter), [1, 10, 16, 20, 24]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the CLI: casyncio run program.py --ndjson --lines prints the line events; --lines alone is refused', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'casyncio-iter-'));
  try {
    const p = join(dir, 'two.py');
    writeFileSync(p, 'x = 1\nprint(x + 1)\n');
    const r = await cli(['run', p, '--ndjson', '--lines', '--clock', 'virtual']);
    assert.equal(r.code, 0);
    const evs = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    assert.deepEqual(evs.filter((e) => e.type !== 'end').map((e) => e.type === 'line' ? `line ${e.line}` : `${e.type} ${e.text}`), ['line 1', 'line 2', 'print 2']);
    const bad = await cli(['run', p, '--lines']);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /--lines is for a Python program with --ndjson/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
