// sync-wasm.test.mjs -- the locks and queues behave alike on both builds: a
// program using a LifoQueue, a Lock, a Condition (wait_for's predicate is
// called through a pointer by a suspending task, which Asyncify must keep
// working) and a Barrier, built natively and to wasm against the
// libraries, prints what its Python twin prints, and leaves nothing alive.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const fixture = join(root, 'tests', 'js', 'fixtures', 'sync_twin.c');
const include = join(root, 'build', 'native', 'include');
const out = join(root, 'build', 'test');

const python = execFileSync('python3', [join(root, 'tests', 'js', 'fixtures', 'sync_twin.py')], { encoding: 'utf8' });

test('the sync twin prints what CPython prints, natively', () => {
  mkdirSync(out, { recursive: true });
  const program = join(out, 'sync_twin');
  execFileSync('cc', ['-std=c11', '-Wall', '-Wextra', '-Werror', `-I${include}`, fixture, join(root, 'build', 'native', 'libcasyncio.a'), '-lm', '-o', program]);
  assert.equal(execFileSync(program, { encoding: 'utf8' }), python);
});

test('the sync twin prints what CPython prints, in wasm', () => {
  mkdirSync(out, { recursive: true });
  const program = join(out, 'sync_twin.cjs');
  execFileSync('emcc', ['-O2', '-sASYNCIFY', `@${join(root, 'build', 'wasm', 'asyncify.rsp')}`, '-sSINGLE_FILE', `-I${include}`, fixture,
    join(root, 'build', 'wasm', 'libcasyncio.a'), '-o', program],
  { env: { ...process.env, NODE_PATH: '/usr/share/nodejs' }, stdio: ['ignore', 'ignore', 'pipe'] });
  assert.equal(execFileSync(process.execPath, [program], { encoding: 'utf8' }), python);
});
