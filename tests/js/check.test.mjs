// check.test.mjs -- the exercise checker (web/check.js) and `casyncio check`:
// correct solutions in several styles pass every check; each kind of mistake
// fails exactly the checks it should, with its hint; the mistakes print what
// CPython 3.11 prints (the hints read that text); the JSON report's schema,
// the exit codes and bad usage.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { api, root } from './helpers.mjs';

const { check, formatReport, factorialOf, withDriver } = await import(join(root, 'dist', 'check.js'));
const dir = join(root, 'tests', 'js', 'fixtures', 'check');
const good = readdirSync(join(dir, 'good')).filter((f) => f.endsWith('.py')).sort();
const mistakes = readdirSync(join(dir, 'mistakes')).filter((f) => f.endsWith('.py')).sort();
const read = (kind, f) => readFileSync(join(dir, kind, f), 'utf8');
const cli = join(root, 'web', 'cli.mjs');
const IDS = ['runs', 'awaited', 'values', 'sleeps', 'no_blocking', 'concurrent', 'collect'];

const statuses = (report) => Object.fromEntries(report.checks.map((c) => [c.id, c.status]));
const byId = (report, id) => report.checks.find((c) => c.id === id);

/** Runs a command; resolves with { status, stdout, stderr }. */
function sh(cmd, args, input) {
  return new Promise((resolve) => {
    const p = spawn(cmd, args, { cwd: dir });
    let stdout = '';
    let stderr = '';
    p.stdout.on('data', (d) => { stdout += d; });
    p.stderr.on('data', (d) => { stderr += d; });
    p.on('close', (status) => resolve({ status, stdout, stderr }));
    p.stdin.end(input ?? '');
  });
}

test('there are at least 8 correct styles and 6 mistakes', () => {
  assert.ok(good.length >= 8, good.join(' '));
  assert.ok(mistakes.length >= 6, mistakes.join(' '));
});

test('factorialOf is exact for big numbers and 0! = 1', () => {
  assert.equal(factorialOf(0), '1');
  assert.equal(factorialOf(1), '1');
  assert.equal(factorialOf(25), '15511210043330985984000000');
});

for (const f of good) {
  test(`a correct solution passes every check: ${f}`, async () => {
    const report = await check('factorial', read('good', f), { runPython: api.runPython, filename: f });
    assert.deepEqual(statuses(report), Object.fromEntries(IDS.map((id) => [id, 'pass'])), formatReport(report));
    assert.equal(report.passed, true);
    assert.equal(report.summary, '7 of 7 checks pass');
    for (const c of report.checks) assert.equal(c.hint, null);
    // the chapter's input took the longest factorial's time, 0.7 s (or 0.6 s: n - 1 steps)
    assert.ok([600, 700].includes(report.runs[0].virtual_ms), String(report.runs[0].virtual_ms));
  });
}

test('our solution behind "Show a solution" passes; the skeleton runs and says what is left to write', async () => {
  const tut = join(root, 'tutorials', 'factorial');
  const solution = await check('factorial', readFileSync(join(tut, 'solution.py'), 'utf8'), { runPython: api.runPython });
  assert.equal(solution.passed, true, formatReport(solution));
  const skeleton = await check('factorial', readFileSync(join(tut, 'skeleton.py'), 'utf8'), { runPython: api.runPython });
  assert.deepEqual(statuses(skeleton), { runs: 'pass', awaited: 'pass', values: 'fail', sleeps: 'fail', no_blocking: 'pass', concurrent: 'skip', collect: 'fail' });
  assert.match(byId(skeleton, 'values').hint, /printed no numbers/);
  // It is the chapter's main(), word for word.
  assert.match(readFileSync(join(tut, 'skeleton.py'), 'utf8'), /def main\(\):\n    print\('Main - Starting'\)\n    asyncio\.run\(calculate_factorials\(\[5, 7, 3, 6\]\)\)\n    print\('Main - Done'\)\n\n\nif __name__ == '__main__':\n    main\(\)\n$/);
});

/* Each mistake: the checks it fails (the others pass, or are skipped where
 * named), and a phrase its first failing check's hint must hold. */
const EXPECT = {
  'no-await-sleep.py': { fail: ['awaited', 'sleeps'], skip: ['concurrent'], hint: { awaited: "coroutine 'sleep' was never awaited", sleeps: 'never awaited' } },
  'time-sleep.py': { fail: ['sleeps', 'no_blocking', 'concurrent'], hint: { no_blocking: '`time.sleep()` stops the whole program', sleeps: '`time.sleep(0.1)` waits', concurrent: '`time.sleep` blocked the loop' }, detail: { concurrent: 'it took 2.1 s, the sum of every step', no_blocking: 'blocked the loop for 2.1 s' } },
  'gather-list.py': { fail: ['runs', 'awaited'], skip: ['values', 'sleeps', 'no_blocking', 'concurrent', 'collect'], hint: { runs: 'gather(*aws)', awaited: 'once the list is unpacked with `*`' }, output: { runs: "TypeError: unhashable type: 'list'" } },
  'sequential.py': { fail: ['concurrent', 'collect'], hint: { concurrent: 'Awaiting each factorial in a plain loop', collect: 'asyncio.gather(' }, detail: { concurrent: 'With [5, 7, 3, 6] it took 2.1 s, the sum of every step one after another; running at the same time it takes 0.7 s' } },
  'tasks-one-by-one.py': { fail: ['concurrent', 'collect'], hint: { concurrent: 'Create every task first', collect: 'collected another way' } },
  'syntax-error.py': { fail: ['runs'], skip: ['awaited', 'values', 'sleeps', 'no_blocking', 'concurrent', 'collect'], hint: { runs: "CPython's own" }, output: { runs: "    async def factorial(number)\n                               ^\nSyntaxError: expected ':'" } },
  'name-error.py': { fail: ['runs'], skip: ['values', 'sleeps', 'no_blocking', 'concurrent', 'collect'], hint: { runs: 'must define it' }, output: { runs: "NameError: name 'calculate_factorials' is not defined. Did you mean: 'calculate_factorial'?" } },
  'float.py': { fail: ['values'], hint: { values: 'a float' }, detail: { values: '5! = 120 is not in the output (it has 120.0 instead)' } },
  'zero-factorial.py': { fail: ['values'], hint: { values: '0! is 1' }, detail: { values: 'With [0, 2], 0! = 1 is not in the output' } },
  'one-sleep.py': { fail: ['sleeps'], skip: ['concurrent'], hint: { sleeps: 'inside the loop that multiplies' }, detail: { sleeps: 'With [5, 7, 3, 6] the tasks awaited asyncio.sleep(0.1) 1, 1, 1 and 1 times; one sleep per step of each factorial would be 5, 7, 3 and 6.' } },
  'asyncio-wait.py': { fail: ['collect'], hint: { collect: 'two sets (done and pending)' }, detail: { collect: 'collected with `asyncio.wait`' } },
  'returns-only.py': { fail: ['values'], hint: { values: 'returns the results, but nothing prints them' } },
  'own-numbers.py': { fail: ['values', 'sleeps'], skip: ['concurrent'], hint: { values: 'not of a list of its own', sleeps: 'not on a list of its own' }, detail: { values: 'With [1], 1! = 1 is not in the output' } },
  'with-as-completed.py': { fail: ['runs', 'awaited'], skip: ['values', 'sleeps', 'no_blocking', 'concurrent', 'collect'], hint: { runs: 'not a context manager', awaited: 'never awaited' }, output: { runs: "TypeError: 'generator' object does not support the context manager protocol" } },
  'recursion-past-zero.py': { fail: ['runs'], hint: { runs: 'the factorial of 0 goes on for ever' }, detail: { runs: 'With [0, 2], it was still running after 60 s of virtual time', values: 'Every factorial was printed exactly, 25! = 15511210043330985984000000 included (not judged: [0, 2]' } },
  'gather-not-awaited.py': { fail: ['awaited', 'values', 'sleeps'], skip: ['concurrent', 'collect'], hint: { awaited: 'starts the tasks but does not wait for them', values: 'cancelled before they finished', sleeps: 'cancelled before they finished' }, detail: { awaited: 'returned while 4 of its tasks were still running, so asyncio.run cancelled them' } },
  'tasks-not-awaited.py': { fail: ['awaited', 'values', 'sleeps', 'collect'], skip: ['concurrent'], hint: { awaited: '`asyncio.create_task()` starts a task but does not wait for it' } },
  'endless.py': { fail: ['runs'], skip: ['values', 'sleeps', 'no_blocking', 'concurrent', 'collect'], hint: { runs: 'a loop that never ends' }, detail: { runs: 'was still running after 60 s of virtual time' } },
};

test('every mistake fixture has its expectations', () => {
  assert.deepEqual(Object.keys(EXPECT).sort(), mistakes);
});

for (const f of mistakes) {
  test(`a mistake fails exactly its checks, with its hint: ${f}`, async () => {
    const want = EXPECT[f];
    const report = await check('factorial', read('mistakes', f), { runPython: api.runPython, filename: f });
    const expected = Object.fromEntries(IDS.map((id) => [id, want.fail.includes(id) ? 'fail' : (want.skip ?? []).includes(id) ? 'skip' : 'pass']));
    assert.deepEqual(statuses(report), expected, formatReport(report));
    assert.equal(report.passed, false);
    for (const c of report.checks) {
      if (c.status === 'fail') assert.ok(c.hint && c.hint.length > 40, `${c.id} has a hint`);
      else assert.equal(c.hint, null, `${c.id} has no hint`);
    }
    for (const [id, phrase] of Object.entries(want.hint ?? {})) assert.ok(byId(report, id).hint.includes(phrase), `${id} hint: ${byId(report, id).hint}`);
    for (const [id, phrase] of Object.entries(want.detail ?? {})) assert.ok(byId(report, id).detail.includes(phrase), `${id} detail: ${byId(report, id).detail}`);
    for (const [id, phrase] of Object.entries(want.output ?? {})) assert.ok(byId(report, id).output.includes(phrase), `${id} output: ${byId(report, id).output}`);
  });
}

/* The hints read what the program printed: it must be what CPython prints.
 * Frames inside CPython's asyncio library are dropped (docs/python.md). */
const python3 = spawnSync('python3', ['--version']).status === 0;
test('each mistake prints what CPython 3.11 prints (stdout, stderr, exit status)', { skip: !python3 && 'no python3' }, async () => {
  const dropLibFrames = (text) => text.replace(/ {2}File "[^"]*\/lib\/python3\.\d+\/asyncio\/[^\n]*\n(?: {4}[^\n]*\n)*/g, '');
  await Promise.all(mistakes.filter((f) => !read('mistakes', f).includes('checker-test: no-cpython')).map(async (f) => {
    const [py, cas] = await Promise.all([
      sh('python3', [join('mistakes', f)]),
      sh('node', [cli, 'run', join('mistakes', f), '--clock', 'virtual']),
    ]);
    assert.equal(cas.stdout, py.stdout, `${f} stdout`);
    const rel = (text) => text.replaceAll(join(dir, 'mistakes', f), join('mistakes', f));
    assert.equal(rel(cas.stderr), rel(dropLibFrames(py.stderr)), `${f} stderr`);
    assert.equal(cas.status, py.status, `${f} exit status`);
  }));
});

test('the other inputs run the program as a module, its line numbers unchanged', async () => {
  const src = read('mistakes', 'name-error.py');
  const driven = withDriver(src, [0, 2]);
  assert.ok(driven.startsWith(src));
  const report = await check('factorial', src, { runPython: api.runPython, filename: 'x.py' });
  const run = report.runs.find((r) => r.numbers.length === 2 && r.numbers[0] === 0);
  // main() did not run (its __name__ is not '__main__'): the driver's call
  // fails, on the second line after the learner's last (the first imports asyncio)
  const last = src.trimEnd().split('\n').length;
  assert.match(run.stderr, new RegExp(`File "x.py", line ${last + 2}, in <module>\n {4}_checker_result = _checker_asyncio.run\\(calculate_factorials\\(\\[0, 2\\]\\)\\)  # added by the checker`));
  assert.doesNotMatch(run.stdout, /Main - Starting/);
});

test('the JS API takes the program\'s __name__, and refuses a bad one', async () => {
  const out = [];
  for await (const ev of api.runPython("print(__name__)\nif __name__ == '__main__': print('main')\n", { name: 'solution' })) if (ev.type === 'print') out.push(ev.text);
  assert.deepEqual(out, ['solution']);
  await assert.rejects(async () => { for await (const ev of api.runPython('', { name: 'a b' })) void ev; }, /name must be a Python module name/);
});

test('a part of asyncio that casyncio\'s Python lacks is said to be no mistake of the learner\'s', async () => {
  const src = "import asyncio\n\nasync def calculate_factorials(numbers):\n    raise AttributeError(\"module 'asyncio' has no attribute 'TaskGroup'\")\n\nasyncio.run(calculate_factorials([1]))\n";
  const report = await check('factorial', src, { runPython: api.runPython });
  assert.equal(byId(report, 'runs').status, 'fail');
  assert.match(byId(report, 'runs').hint, /^CPython 3\.11 has `asyncio\.TaskGroup`, but casyncio's Python does not support it yet .*not a mistake of yours/);
  // A typo is the learner's: CPython's "Did you mean" is in the traceback, and the hint does not blame casyncio.
  const typo = await check('factorial', 'import asyncio\nasyncio.gahter\n', { runPython: api.runPython });
  assert.match(byId(typo, 'runs').output, /AttributeError: module 'asyncio' has no attribute 'gahter'\. Did you mean: 'gather'\?/);
  assert.doesNotMatch(byId(typo, 'runs').hint, /casyncio/);
});

test('a program that never stops printing, or computes without end, is stopped and told so', async () => {
  const spam = "import asyncio\n\nasync def calculate_factorials(numbers):\n    while True:\n        print('again')\n        await asyncio.sleep(0)\n\nasyncio.run(calculate_factorials([1]))\n";
  let report = await check('factorial', spam, { runPython: api.runPython });
  assert.equal(byId(report, 'runs').status, 'fail');
  assert.match(byId(report, 'runs').detail, /did not stop printing or switching tasks/);
  assert.match(byId(report, 'runs').hint, /went on printing or switching tasks \(over 100,000 events\)/);
  assert.ok(report.runs[0].stdout.length < 21000, 'stdout is cut');
  assert.match(report.runs[0].stdout, /… \(\d+ more characters\)\n$/);
  report = await check('factorial', 'while True: pass\n', { runPython: api.runPython, wallMs: 300 });
  assert.equal(byId(report, 'runs').status, 'fail');
  assert.match(byId(report, 'runs').detail, /was still computing when the checker's time ran out/);
  assert.match(byId(report, 'runs').output, /KeyboardInterrupt\n$/);
});

test('a program that reads input() is told the checker gives it none', async () => {
  const src = "import asyncio\n\nasync def calculate_factorials(numbers):\n    numbers = [int(x) for x in input('Numbers: ').split()]\n\nasyncio.run(calculate_factorials([1]))\n";
  const report = await check('factorial', src, { runPython: api.runPython });
  assert.match(byId(report, 'runs').output, /EOFError: EOF when reading a line\n$/);
  assert.match(byId(report, 'runs').hint, /no input to read/);
});

test('check refuses an unknown exercise and a source that is not a string', async () => {
  await assert.rejects(check('fibonacci', ''), /unknown exercise "fibonacci"; the exercises are: factorial/);
  await assert.rejects(check('factorial', 42), /must be a string/);
});

/* The report's schema, as docs/checking.md gives it. */
function assertSchema(report) {
  assert.deepEqual(Object.keys(report), ['version', 'exercise', 'title', 'file', 'passed', 'summary', 'checks', 'runs']);
  assert.equal(report.version, 1);
  assert.equal(report.exercise, 'factorial');
  assert.equal(typeof report.passed, 'boolean');
  assert.deepEqual(report.checks.map((c) => c.id), IDS);
  for (const c of report.checks) {
    assert.ok(['pass', 'fail', 'skip'].includes(c.status));
    assert.equal(typeof c.title, 'string');
    assert.equal(typeof c.detail, 'string');
    assert.ok(c.hint === null || typeof c.hint === 'string');
    if ('output' in c) assert.equal(typeof c.output, 'string');
  }
  assert.deepEqual(report.runs.map((r) => r.numbers), [[5, 7, 3, 6], [1], [0, 2], [10, 3], [25]]);
  for (const r of report.runs) {
    for (const k of ['chapter', 'exit', 'completed', 'limit', 'error', 'virtual_ms', 'expected_ms', 'sequential_ms', 'sleeps', 'other_sleeps', 'blocked_ms', 'collected_with', 'tasks', 'cancelled_at_end', 'values', 'stdout', 'stderr']) assert.ok(k in r, k);
    for (const v of r.values) assert.deepEqual(Object.keys(v).slice(0, 3), ['n', 'expected', 'found']);
  }
}

test('casyncio check: a correct solution prints ✓ for each check and exits 0', async () => {
  const r = await sh('node', [cli, 'check', 'factorial', join('good', 'tasks-gather.py')]);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stdout.split('\n').filter((l) => l.startsWith('✓ ')).length, 7);
  assert.match(r.stdout, /All 7 checks pass\.\n$/);
});

test('casyncio check: a mistake prints ✗ with its hint and exits 1; --json is the report', async () => {
  const text = await sh('node', [cli, 'check', 'factorial', join('mistakes', 'time-sleep.py')]);
  assert.equal(text.status, 1);
  assert.match(text.stdout, /^✗ Nothing blocks the event loop\n {4}With \[5, 7, 3, 6\] time\.sleep blocked the loop for 2\.1 s in all\.\n {4}Hint: `time\.sleep\(\)` stops/m);
  assert.match(text.stdout, /4 of 7 checks pass\.\n$/);
  const json = await sh('node', [cli, 'check', 'factorial', join('mistakes', 'time-sleep.py'), '--json']);
  assert.equal(json.status, 1);
  const report = JSON.parse(json.stdout);
  assertSchema(report);
  assert.equal(report.file, join('mistakes', 'time-sleep.py'));
  assert.equal(report.runs[0].blocked_ms, 2100);
  const ok = await sh('node', [cli, 'check', '--json', 'factorial', '-'], read('good', 'recursive.py'));
  assert.equal(ok.status, 0);
  const okReport = JSON.parse(ok.stdout);
  assertSchema(okReport);
  assert.equal(okReport.passed, true);
  assert.equal(okReport.file, '<stdin>');
});

test('casyncio check: bad usage exits 2 with a clear message', async () => {
  const cases = [
    [['check'], /which exercise\? casyncio check <exercise> <solution\.py>; the exercises are: factorial/],
    [['check', 'fibonacci', 'x.py'], /unknown exercise "fibonacci"; the exercises are: factorial/],
    [['check', 'factorial'], /which solution\? casyncio check factorial <solution\.py>/],
    [['check', 'factorial', 'no-such-file.py'], /can't read the solution 'no-such-file\.py': no such file/],
    [['check', 'factorial', 'good'], /can't read the solution 'good': it is a directory/],
    [['check', 'factorial', 'a.py', 'b.py'], /one solution at a time/],
    [['check', 'factorial', 'a.py', '--ndjson'], /unknown flag "--ndjson" for check; the flag is: --json/],
  ];
  for (const [args, message] of cases) {
    const r = await sh('node', [cli, ...args]);
    assert.equal(r.status, 2, args.join(' '));
    assert.match(r.stderr, message);
    assert.equal(r.stdout, '');
  }
});
