// wasm-limits.test.mjs -- a program of one's own, built against the wasm
// library with a 64 MiB memory limit, creates tasks until the memory cannot
// grow: creation fails cleanly, a task whose frames cannot be kept fails
// with MemoryError instead of trapping, the run ends and nothing leaks.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './helpers.mjs';

test('wasm memory growth hitting its limit is a clean error, not a crash', () => {
  const out = join(root, 'build', 'test');
  mkdirSync(out, { recursive: true });
  const program = join(out, 'memory_limit.cjs');
  execFileSync('emcc', ['-O2', '-sASYNCIFY', `@${join(root, 'build', 'wasm', 'asyncify.rsp')}`, '-sSINGLE_FILE', '-sALLOW_MEMORY_GROWTH', '-sMAXIMUM_MEMORY=64mb',
    `-I${join(root, 'build', 'native', 'include')}`, join(root, 'tests', 'js', 'fixtures', 'memory_limit.c'),
    join(root, 'build', 'wasm', 'libcasyncio.a'), '-o', program],
  { env: { ...process.env, NODE_PATH: '/usr/share/nodejs' }, stdio: ['ignore', 'ignore', 'pipe'] });
  const text = execFileSync(process.execPath, [program], { encoding: 'utf8' });
  const created = Number(/created (\d+) tasks before running out of memory/.exec(text)?.[1]);
  assert.ok(created > 50000, text);
  const m = /run: (\w+); finished (\d+), failed (\d+); alive: 0 tasks, 0 futures, 0 allocations/.exec(text);
  assert.ok(m, text);
  assert.equal(Number(m[2]) + Number(m[3]), created, 'every task ended, finished or failed');
});

test('time.sleep in a done callback blocks the loop in wasm too, wherever the callback runs', () => {
  // Done callbacks may run on the stack of a task that has just suspended
  // (the scheduler goes on there); the blocking wait must still block all.
  const out = join(root, 'build', 'test');
  mkdirSync(out, { recursive: true });
  const program = join(out, 'callback_blocks.cjs');
  execFileSync('emcc', ['-O2', '-sASYNCIFY', `@${join(root, 'build', 'wasm', 'asyncify.rsp')}`, '-sSINGLE_FILE', `-I${join(root, 'build', 'native', 'include')}`,
    join(root, 'tests', 'js', 'fixtures', 'callback_blocks.c'), join(root, 'build', 'wasm', 'libcasyncio.a'), '-o', program],
  { env: { ...process.env, NODE_PATH: '/usr/share/nodejs' }, stdio: ['ignore', 'ignore', 'pipe'] });
  const lines = execFileSync(process.execPath, [program], { encoding: 'utf8', timeout: 20000 }).trim().split('\n');
  const real = /^real: rc 0, blocked (\d+\.\d+) s, order 3 1 2 4, alive 0 tasks 0 futures$/.exec(lines[0]);
  assert.ok(real, lines[0]);
  assert.ok(Number(real[1]) >= 0.049, lines[0]);
  assert.equal(lines[1], 'virtual: rc 0, blocked 0.050 s, order 3 1 2 4, alive 0 tasks 0 futures');
});

/** Builds a fixture (or any C file) against the wasm library with the
 * README's line plus extra flags; returns the program and emcc's stderr. */
function build(source, name, flags = ['-O2', '-sASYNCIFY', `@${join(root, 'build', 'wasm', 'asyncify.rsp')}`, '-sSINGLE_FILE']) {
  const out = join(root, 'build', 'test');
  mkdirSync(out, { recursive: true });
  const program = join(out, `${name}.cjs`);
  const r = spawnSync('emcc', [...flags, `-I${join(root, 'build', 'native', 'include')}`, source,
    join(root, 'build', 'wasm', 'libcasyncio.a'), '-o', program],
  { env: { ...process.env, NODE_PATH: '/usr/share/nodejs' }, encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  return { program, stderr: r.stderr };
}

const fixture = (name) => join(root, 'tests', 'js', 'fixtures', name);

test("the README's program builds quietly with the README's emcc line and prints what it says", () => {
  // The example is taken from the README itself, so the two cannot drift.
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const line = /^NODE_PATH=\S+ emcc (.*) myprog\.c build\/wasm\/libcasyncio\.a -o myprog\.js$/m.exec(readme);
  assert.ok(line, 'the README has its emcc line');
  const code = /```c\n([\s\S]*?)```/.exec(readme)[1];
  const out = join(root, 'build', 'test');
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'myprog.c'), code);
  const flags = line[1].split(' ').map((f) => f.replace(/^@build\//, `@${root}/build/`).replace(/^-Ibuild\//, `-I${root}/build/`));
  const { program, stderr } = build(join(out, 'myprog.c'), 'myprog', flags);
  assert.equal(stderr, '', 'no warning about the Asyncify list or anything else');
  const text = execFileSync(process.execPath, [program], { encoding: 'utf8', timeout: 20000 });
  assert.match(text, /^(Worker - will take some time\n){3}results: \[\d+, \d+, \d+\]\n$/);
});

// Depths with frames of 240 bytes: 1,000 fit in a task's 256 KiB stack,
// 1,100 do not (this went by silently), 1,500 ended the program with exit
// status 0 having printed nothing, 100,000 is far past.
const DEPTHS = ['1000', '1100', '1500', '100000', '10'];
const EXPECTED = [
  'depth 1000: ok, ESTACK events 0, survivor: OK',
  'depth 1100: RecursionError, ESTACK events 1, survivor: OK',
  'depth 1500: RecursionError, ESTACK events 1, survivor: OK',
  'depth 100000: RecursionError, ESTACK events 1, survivor: OK',
  'depth 10: ok, ESTACK events 0, survivor: OK',
  'run: OK; alive: 0 tasks, 0 futures, 0 allocations',
];

test('a task overflowing its stack fails with RecursionError and an ESTACK event, and the loop goes on (README line)', () => {
  const { program, stderr } = build(fixture('deep_recursion.c'), 'deep_recursion');
  assert.equal(stderr, '');
  const r = spawnSync(process.execPath, [program, ...DEPTHS], { encoding: 'utf8', timeout: 20000 });
  assert.equal(r.status, 0, r.stderr);
  assert.deepEqual(r.stdout.trimEnd().split('\n'), EXPECTED);
  const errors = r.stderr.trimEnd().split('\n').map((l) => JSON.parse(l));
  assert.deepEqual(errors.map((e) => [e.code, /^stack overflow in task Task-\d+$/.test(e.message)]), [['ESTACK', true], ['ESTACK', true], ['ESTACK', true]]);
});

test("the same with the lessons' module's build (-Oz, emmalloc, only the host's Module keys)", () => {
  const { program } = build(fixture('deep_recursion.c'), 'deep_recursion_lessons_flags',
    ['-Oz', '-sMALLOC=emmalloc', '-sASYNCIFY', '-sASYNCIFY_STACK_SIZE=16384', '-sSTACK_OVERFLOW_CHECK=2',
      '-sINCOMING_MODULE_JS_API=print,printErr,casHost', '-sSINGLE_FILE']);
  const r = spawnSync(process.execPath, [program, ...DEPTHS], { encoding: 'utf8', timeout: 20000 });
  assert.equal(r.status, 0, r.stderr);
  assert.deepEqual(r.stdout.trimEnd().split('\n'), EXPECTED);
});

test('a program built without the stack check says, once, that overflows go undetected', () => {
  const { program } = build(fixture('deep_recursion.c'), 'deep_recursion_unchecked', ['-O2', '-sASYNCIFY', '-sSINGLE_FILE']);
  const r = spawnSync(process.execPath, [program, '10', '20'], { encoding: 'utf8', timeout: 20000 });
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stderr, 'casyncio: built without -sSTACK_OVERFLOW_CHECK=2 (see build/wasm/asyncify.rsp): a task that overflows its stack is not detected\n');
});

test('a trap when the instance resumes after a host wait reaches the host, not an unhandled rejection', () => {
  const { program } = build(fixture('trap_after_wait.c'), 'trap_after_wait',
    ['-O2', '-sASYNCIFY', `@${join(root, 'build', 'wasm', 'asyncify.rsp')}`, '-sSINGLE_FILE', `--pre-js=${fixture('trap_host.js')}`]);
  const r = spawnSync(process.execPath, [program], { encoding: 'utf8', timeout: 20000 });
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stdout, 'resumed after the wait; trapping\nhost.trap: unreachable\n');
});

test('options at and past the 64 KiB limit: the size message, never a stack overflow', async () => {
  const { api } = await import('./helpers.mjs');
  const LIMIT = 65536;
  // factorial's collect padded so that the options text is exactly n bytes.
  const optionsOf = (n) => {
    const base = JSON.stringify({ lesson: 'factorial', clock: 'virtual', input: { numbers: [3], collect: '' } }).length;
    return { clock: 'virtual', input: { numbers: [3], collect: 'x'.repeat(n - base) } };
  };
  for (const n of [LIMIT, LIMIT + 1, 256 * 1024 - 1, 256 * 1024, 256 * 1024 + 1, 300000, 1 << 20, (1 << 20) + 1, 4 << 20]) {
    const events = [];
    for await (const ev of api.run('factorial', optionsOf(n))) events.push(ev);
    const errors = events.filter((e) => e.type === 'error');
    assert.equal(errors.length, 1, `n=${n}`);
    assert.equal(errors[0].code, 'EINVAL', `n=${n}: ${errors[0].message}`);
    if (n <= LIMIT) assert.match(errors[0].message, /collect/, `n=${n}: read, and refused for its content`);
    else assert.equal(errors[0].message, `ValueError: options are ${n} bytes; at most ${LIMIT} are accepted`);
    assert.equal(events.at(-1).type, 'end');
    assert.equal(events.at(-1).status, 'error');
  }
});
