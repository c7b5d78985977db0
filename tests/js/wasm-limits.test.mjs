// wasm-limits.test.mjs -- a program of one's own, built against the wasm
// library with a 64 MiB memory limit, creates tasks until the memory cannot
// grow: creation fails cleanly, a task whose frames cannot be kept fails
// with MemoryError instead of trapping, the run ends and nothing leaks.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
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
