// package.test.mjs -- `npm pack` gives a package that, installed into an
// empty folder, runs a lesson headless through the JS API and the CLI.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { root, expectedLines } from './helpers.mjs';

test('the packed tarball, installed elsewhere, runs a lesson headless', () => {
  const dir = mkdtempSync(join(tmpdir(), 'casyncio-pack-'));
  try {
    execFileSync('npm', ['pack', '--silent', '--pack-destination', dir], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
    const tarball = readdirSync(dir).find((f) => f.endsWith('.tgz'));
    assert.ok(tarball, 'npm pack made no tarball');
    const app = join(dir, 'app');
    execFileSync('mkdir', ['-p', app]);
    writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'course-check', private: true, type: 'module' }));
    execFileSync('npm', ['install', '--silent', '--no-audit', '--no-fund', '--offline', join(dir, tarball)], { cwd: app, stdio: 'inherit' });
    writeFileSync(join(app, 'check.mjs'), `
      import { run } from 'casyncio';
      for await (const ev of run('gather', { clock: 'virtual', seed: 1 })) if (ev.type === 'print') console.log(ev.text);
    `);
    const out = execFileSync(process.execPath, ['check.mjs'], { cwd: app, encoding: 'utf8' });
    assert.deepEqual(out.trimEnd().split('\n'), expectedLines('gather'));
    /* the bin's compile cache in this folder, not the user's (web/cli.cjs) */
    const env = { ...process.env, CASYNCIO_CACHE: join(dir, 'cache') };
    const cli = spawnSync(join(app, 'node_modules', '.bin', 'casyncio'), ['run', 'factorial', '--clock', 'virtual'], { encoding: 'utf8', env });
    assert.equal(cli.status, 0, cli.stderr);
    assert.deepEqual(cli.stdout.trimEnd().split('\n'), expectedLines('factorial'));
    /* a Python program: the bin's CommonJS copies of the API and the loader (dist/*.cjs) */
    writeFileSync(join(app, 'hello.py'), 'import sys\nprint("hello", sys.argv[0:0])\nprint(1 / 0)\n');
    const py = spawnSync(join(app, 'node_modules', '.bin', 'casyncio'), ['run', 'hello.py'], { cwd: app, encoding: 'utf8', env });
    assert.equal(py.status, 1, py.stderr);
    assert.equal(py.stdout, 'hello []\n');
    assert.match(py.stderr, /^Traceback \(most recent call last\):\n.*\nZeroDivisionError: division by zero\n$/s);
    // the Python library's modules python.wasm does not carry come in the package (dist/pylib/)
    const lib = spawnSync(join(app, 'node_modules', '.bin', 'casyncio'), ['run', '-'], { input: 'import json, collections\nprint(json.dumps(collections.Counter("aab")))\n', encoding: 'utf8', env });
    assert.equal(lib.status, 0, lib.stderr);
    assert.equal(lib.stdout, '{"a": 2, "b": 1}\n');
    const files = execFileSync('tar', ['-tzf', join(dir, tarball)], { encoding: 'utf8' });
    assert.match(files, /package\/dist\/casyncio-lesson\.js/);
    assert.match(files, /package\/dist\/embed\.html/);
    assert.match(files, /package\/dist\/pylib\/json\.py/);
    assert.doesNotMatch(files, /node_modules|runtime\/src|build\//);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
