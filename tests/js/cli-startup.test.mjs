// cli-startup.test.mjs -- what the `casyncio` command loads to run a Python
// program or a lesson: CommonJS only (web/cli.cjs, dist/casyncio.cjs,
// dist/python.cjs, dist/lessons.cjs), never Node's ESM loader, whose start costs some 14 M instructions before
// the program's first line (python/README.md, "Start-up").
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { api, expectedLines, root } from './helpers.mjs';

const bin = join(root, JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).bin.casyncio);

/* Runs the bin under node with a preload that reports, at exit, the
 * internal modules the process loaded. */
function runBin(args, dir) {
  const report = join(dir, 'report.cjs');
  writeFileSync(report, `process.on('exit', () => process.stderr.write('\\nLOADED ' + JSON.stringify(process.moduleLoadList) + '\\n'));\n`);
  const r = spawnSync(process.execPath, ['--require', report, bin, ...args], { cwd: dir, encoding: 'utf8' });
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
