// cli-startup.test.mjs -- what the `casyncio` command loads to run a Python
// program or a lesson: CommonJS only (web/cli.cjs, cli-main.cjs,
// dist/casyncio.cjs, python.cjs, lessons.cjs), never Node's ESM loader, whose
// start costs some 14 M instructions before the program's first line; and
// its compile cache (web/cli.cjs), which changes nothing of what it does.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { api, expectedLines, root } from './helpers.mjs';

const bin = join(root, JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).bin.casyncio);

/* Runs the bin under node with a preload that reports, at exit, the
 * internal modules the process loaded. */
function runBin(args, dir, env = {}) {
  const report = join(dir, 'report.cjs');
  writeFileSync(report, `process.on('exit', () => process.stderr.write('\\nLOADED ' + JSON.stringify(process.moduleLoadList) + '\\n'));\n`);
  const r = spawnSync(process.execPath, ['--require', report, bin, ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, ...env } });
  const at = r.stderr.lastIndexOf('\nLOADED ');
  assert.ok(at >= 0, r.stderr);
  return { status: r.status, stdout: r.stdout, stderr: r.stderr.slice(0, at), loaded: JSON.parse(r.stderr.slice(at + 8)) };
}

test('the bin is a CommonJS script', () => {
  assert.match(bin, /\.cjs$/);
  assert.match(readFileSync(bin, 'utf8'), /^#!\/usr\/bin\/env node\n/);
});

test("a Python program's run loads no ES module", () => {
  const dir = mkdtempSync(join(tmpdir(), 'casyncio-startup-'));
  try {
    writeFileSync(join(dir, 'p.py'), 'import asyncio\n\nasync def main():\n    await asyncio.sleep(0)\n    print("first line")\n\nasyncio.run(main())\n');
    const r = runBin(['run', 'p.py'], dir);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout, 'first line\n');
    assert.equal(r.stderr, '');
    assert.deepEqual(r.loaded.filter((m) => /modules\/esm\/(loader|module_job)/.test(m)), []);
    /* ... and the ESM entry (web/cli.mjs) runs the same program as the bin */
    const esm = spawnSync(process.execPath, [join(root, 'web', 'cli.mjs'), 'run', 'p.py'], { cwd: dir, encoding: 'utf8' });
    assert.deepEqual([esm.status, esm.stdout, esm.stderr], [0, 'first line\n', '']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("a lesson's run loads no ES module", () => {
  const dir = mkdtempSync(join(tmpdir(), 'casyncio-startup-'));
  try {
    const r = runBin(['run', 'await', '--clock', 'virtual'], dir);
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(r.stdout.trimEnd().split('\n'), expectedLines('await'));
    assert.deepEqual(r.loaded.filter((m) => /modules\/esm\/(loader|module_job)/.test(m)), []);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("the CommonJS copy of the JS API exports the ES module's functions", () => {
  const cjs = createRequire(import.meta.url)(join(root, 'dist', 'casyncio.cjs'));
  assert.deepEqual(Object.keys(cjs).sort(), Object.keys(api).sort());
  for (const k of Object.keys(api)) assert.equal(typeof cjs[k], typeof api[k], k);
});

/* The program of the cache tests: output on both streams, and an exit 1. */
const PROGRAM = 'import asyncio\n\nasync def main():\n    await asyncio.sleep(0)\n    print("first line")\n    raise ValueError("bad")\n\nasyncio.run(main())\n';

/** node <bin> run p.py with CASYNCIO_CACHE=cache: its status and streams. */
function runCached(dir, cache) {
  const r = spawnSync(process.execPath, [bin, 'run', 'p.py'], { cwd: dir, encoding: 'utf8', env: { ...process.env, CASYNCIO_CACHE: cache } });
  return [r.status, r.stdout, r.stderr];
}

/* A cache file's head (web/cli.cjs): the source's length, whether its run
 * went to its end; then the source, then V8's data. */
const HEAD = 5;

/** The source file a cache file is of. */
const of = (name) => /^(.+?\.cjs)-/.exec(name)[1];

/** The cache's files: { name: contents }. */
const files = (cache) => Object.fromEntries(readdirSync(cache).sort().map((f) => [f, readFileSync(join(cache, f))]));

test('the compile cache: saved by the first run, used as it is by the next, the same output each time', () => {
  const dir = mkdtempSync(join(tmpdir(), 'casyncio-cache-'));
  try {
    writeFileSync(join(dir, 'p.py'), PROGRAM);
    const cache = join(dir, 'cache');
    const off = runCached(dir, 'off');
    assert.equal(off[0], 1);
    assert.equal(off[1], 'first line\n');
    assert.match(off[2], /ValueError: bad\n$/);
    assert.deepEqual(readdirSync(dir).sort(), ['p.py'], 'CASYNCIO_CACHE=off writes nothing');
    assert.deepEqual(runCached(dir, cache), off);
    const saved = files(cache);
    assert.deepEqual(Object.keys(saved).map(of), ['casyncio.cjs', 'cli-main.cjs', 'python.cjs']);
    assert.equal((statSync(cache).mode & 0o777).toString(8), '700');
    const times = Object.keys(saved).map((f) => statSync(join(cache, f)).mtimeMs);
    assert.deepEqual(runCached(dir, cache), off);
    assert.deepEqual(files(cache), saved, 'a usable cache is not written again');
    assert.deepEqual(Object.keys(saved).map((f) => statSync(join(cache, f)).mtimeMs), times);
    /* a lesson's run keeps caches of its own */
    const lesson = spawnSync(process.execPath, [bin, 'run', 'await', '--clock', 'virtual'], { cwd: dir, encoding: 'utf8', env: { ...process.env, CASYNCIO_CACHE: cache } });
    assert.deepEqual(lesson.stdout.trimEnd().split('\n'), expectedLines('await'));
    assert.deepEqual(Object.keys(files(cache)).filter((f) => f.includes('-lesson-')).map(of), ['casyncio.cjs', 'cli-main.cjs', 'lessons.cjs']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a cache file made from other source, or not made by V8, is not used, and is made again', () => {
  const dir = mkdtempSync(join(tmpdir(), 'casyncio-cache-'));
  try {
    writeFileSync(join(dir, 'p.py'), PROGRAM);
    const cache = join(dir, 'cache');
    const first = runCached(dir, cache);
    const saved = files(cache);
    const [api, main] = Object.keys(saved);
    assert.deepEqual([of(api), of(main)], ['casyncio.cjs', 'cli-main.cjs']);
    /* cli-main.cjs's: one byte of the source it holds changed (as a changed
     * cli-main.cjs of the same length would be); the API's: V8's part garbled */
    const other = Buffer.from(saved[main]);
    other[HEAD + 100] ^= 1;
    writeFileSync(join(cache, main), other);
    const n = saved[api].readUInt32LE(0);
    const garbled = Buffer.concat([saved[api].subarray(0, HEAD + n), Buffer.alloc(saved[api].length - HEAD - n, 0x5a)]);
    writeFileSync(join(cache, api), garbled);
    assert.deepEqual(runCached(dir, cache), first);
    const again = files(cache);
    const held = (buf) => buf.subarray(HEAD, HEAD + buf.readUInt32LE(0));
    assert.deepEqual(held(again[main]), readFileSync(join(root, 'web', 'cli-main.cjs')));
    assert.notDeepEqual(again[api], garbled);
    assert.deepEqual(held(again[api]), readFileSync(join(root, 'dist', 'casyncio.cjs')));
    assert.deepEqual(runCached(dir, cache), first);
    assert.deepEqual(files(cache), again);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a cache saved by a run that stopped early is saved again by the next run that goes to its end', () => {
  const dir = mkdtempSync(join(tmpdir(), 'casyncio-cache-'));
  try {
    const cache = join(dir, 'cache');
    const missing = spawnSync(process.execPath, [bin, 'run', 'p.py'], { cwd: dir, encoding: 'utf8', env: { ...process.env, CASYNCIO_CACHE: cache } });
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /can't open file .*p\.py': \[Errno 2\] No such file or directory\n$/);
    const early = files(cache);
    assert.deepEqual(Object.values(early).map((b) => b[4]), [0, 0, 0], 'saved as from a run that stopped early');
    writeFileSync(join(dir, 'p.py'), PROGRAM);
    const first = runCached(dir, cache);
    assert.deepEqual(first.slice(0, 2), [1, 'first line\n']);
    const full = files(cache);
    assert.deepEqual(Object.keys(full), Object.keys(early));
    assert.deepEqual(Object.values(full).map((b) => b[4]), [1, 1, 1]);
    assert.ok(Object.keys(full).some((f) => full[f].length > early[f].length), 'more is compiled by a whole run');
    assert.deepEqual(runCached(dir, cache), first);
    assert.deepEqual(files(cache), full, 'and then left as it is');
    /* a run that stops early does not replace a whole run's cache */
    const again = spawnSync(process.execPath, [bin, 'run', 'q.py'], { cwd: dir, encoding: 'utf8', env: { ...process.env, CASYNCIO_CACHE: cache } });
    assert.equal(again.status, 2);
    assert.deepEqual(files(cache), full);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a cache that cannot be written changes nothing', () => {
  const dir = mkdtempSync(join(tmpdir(), 'casyncio-cache-'));
  try {
    writeFileSync(join(dir, 'p.py'), PROGRAM);
    writeFileSync(join(dir, 'not-a-dir'), '');
    const r = runCached(dir, join(dir, 'not-a-dir'));
    assert.deepEqual(r.slice(0, 2), [1, 'first line\n']);
    assert.match(r[2], /^Traceback \(most recent call last\):\n.*ValueError: bad\n$/s);
    assert.equal(readFileSync(join(dir, 'not-a-dir'), 'utf8'), '');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
