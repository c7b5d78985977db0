// install.test.mjs -- the C library as a product: `make install` into a
// fresh temporary prefix gives the header, a static and a shared library
// and casyncio.pc, and the README's example builds with the README's one
// pkg-config cc line, with no warning under -Wall -Wextra, and runs.  Three
// ways to get cJSON: the default (here, Debian's fetched source), a folder
// named with CJSON_DIR=, and a system libcjson found by pkg-config.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readlinkSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const example = readme.match(/```c\n([\s\S]*?)```/)[1];
const ccLine = readme.split('\n').find((l) => l.startsWith('cc ') && l.includes('pkg-config --cflags --libs casyncio'));

// A make of our own, not a sub-make of the one that may run this test.
const env = { ...process.env };
for (const k of ['MAKEFLAGS', 'MFLAGS', 'MAKELEVEL', 'MAKEOVERRIDES']) delete env[k];

function run(cmd, args, options = {}) {
  const r = spawnSync(cmd, args, { cwd: root, encoding: 'utf8', env, ...options });
  assert.equal(r.status, 0, `${cmd} ${args.join(' ')} failed:\n${r.stdout}\n${r.stderr}`);
  return r;
}

const make = (...args) => run('make', ['-s', '--no-print-directory', ...args]);

/** Builds the README's example with the README's cc line and runs it
 * (runEnv: for both, as LD_LIBRARY_PATH to find a libcjson elsewhere). */
function buildAndRunExample(dir, pkgConfigPath, runEnv = {}) {
  writeFileSync(join(dir, 'example.c'), example);
  const cc = run('sh', ['-c', ccLine], { cwd: dir, env: { ...env, ...runEnv, PKG_CONFIG_PATH: pkgConfigPath } });
  assert.equal(cc.stderr, '', `the README's example warns:\n${cc.stderr}`);
  const out = run(join(dir, 'example'), [], { cwd: dir, env: { ...env, ...runEnv } }).stdout.trimEnd().split('\n');
  assert.deepEqual(out.slice(0, 3), Array(3).fill('Worker - will take some time'));
  assert.match(out[3], /^results: \[\d+, \d+, \d+\]$/);
  assert.equal(out.length, 4);
  return join(dir, 'example');
}

const needed = (file) => run('readelf', ['-d', file]).stdout;

test('the README has an example and one pkg-config cc line with -Wall -Wextra', () => {
  assert.ok(example.includes('int main(void)'));
  assert.ok(ccLine, 'no "cc ... $(pkg-config --cflags --libs casyncio)" line in the README');
  assert.match(ccLine, /-Wall -Wextra/);
});

test('make install puts the header, both libraries and casyncio.pc in a fresh prefix', () => {
  const dir = mkdtempSync(join(tmpdir(), 'casyncio-install-'));
  try {
    const prefix = join(dir, 'prefix');
    make('install', `PREFIX=${prefix}`);
    for (const f of ['include/casyncio.h', 'lib/libcasyncio.a', 'lib/libcasyncio.so.0.1.0', 'lib/pkgconfig/casyncio.pc'])
      assert.ok(existsSync(join(prefix, f)), `${f} not installed`);
    assert.equal(readlinkSync(join(prefix, 'lib', 'libcasyncio.so.0')), 'libcasyncio.so.0.1.0');
    assert.equal(readlinkSync(join(prefix, 'lib', 'libcasyncio.so')), 'libcasyncio.so.0');
    assert.match(needed(join(prefix, 'lib', 'libcasyncio.so.0.1.0')), /SONAME.*\[libcasyncio\.so\.0\]/);
    const pc = readFileSync(join(prefix, 'lib', 'pkgconfig', 'casyncio.pc'), 'utf8');
    assert.match(pc, new RegExp(`^prefix=${prefix}$`, 'm'));
    assert.match(pc, /^Version: 0\.1\.0$/m);
    assert.doesNotMatch(pc, /libcjson/); // cJSON is built in
    // The shared library exports the public API only: no cas__ internals,
    // and not the cJSON inside it (a program may have a cJSON of its own).
    const exported = run('nm', ['-D', '--defined-only', join(prefix, 'lib', 'libcasyncio.so.0.1.0')]).stdout;
    for (const name of ['cas_run', 'cas_queue_get', 'cas_lock_acquire', 'cas_value_free']) assert.match(exported, new RegExp(` ${name}@`));
    assert.doesNotMatch(exported, / cas__/);
    assert.doesNotMatch(exported, /cJSON_/);

    // The README's line links the shared library, found through the rpath.
    const exe = buildAndRunExample(dir, join(prefix, 'lib', 'pkgconfig'));
    assert.match(needed(exe), /NEEDED.*\[libcasyncio\.so\.0\]/);
    // The static library alone is enough too.
    run('cc', ['-std=c11', '-Wall', '-Wextra', '-Werror', `-I${prefix}/include`, 'example.c', `${prefix}/lib/libcasyncio.a`, '-lm', '-o', 'static'], { cwd: dir });
    assert.doesNotMatch(needed(join(dir, 'static')), /libcasyncio/);
    assert.equal(run(join(dir, 'static'), []).stdout.split('\n').length, 5);

    make('uninstall', `PREFIX=${prefix}`);
    for (const f of ['include/casyncio.h', 'lib/libcasyncio.a', 'lib/libcasyncio.so.0.1.0', 'lib/libcasyncio.so.0', 'lib/libcasyncio.so', 'lib/pkgconfig/casyncio.pc'])
      assert.ok(!existsSync(join(prefix, f)) && !isLink(join(prefix, f)), `${f} left by uninstall`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

function isLink(p) {
  try {
    return lstatSync(p).isSymbolicLink();
  } catch {
    return false;
  }
}

test('DESTDIR stages an install whose casyncio.pc names the real prefix; PC_RPATH=0 leaves the rpath out', () => {
  const dir = mkdtempSync(join(tmpdir(), 'casyncio-destdir-'));
  try {
    make('install', `DESTDIR=${dir}/stage`, 'PREFIX=/opt/casyncio', 'PC_RPATH=0');
    const pc = readFileSync(join(dir, 'stage', 'opt', 'casyncio', 'lib', 'pkgconfig', 'casyncio.pc'), 'utf8');
    assert.match(pc, /^prefix=\/opt\/casyncio$/m);
    assert.match(pc, /^Libs: -L\$\{libdir\} -lcasyncio$/m);
    assert.ok(existsSync(join(dir, 'stage', 'opt', 'casyncio', 'include', 'casyncio.h')));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('CJSON_DIR builds the cJSON of a folder the user names, and a folder without it is a clear error', () => {
  const dir = mkdtempSync(join(tmpdir(), 'casyncio-cjsondir-'));
  try {
    const cjson = join(dir, 'my-cjson');
    mkdirSync(cjson);
    for (const f of ['cJSON.c', 'cJSON.h']) copyFileSync(join(root, 'build', 'deps', 'cjson', f), join(cjson, f));
    const prefix = join(dir, 'prefix');
    make('-j2', 'install', `BUILD=${dir}/build`, `CJSON_DIR=${cjson}`, `PREFIX=${prefix}`);
    assert.ok(existsSync(join(dir, 'build', 'native', 'obj', 'cJSON.o')));
    buildAndRunExample(dir, join(prefix, 'lib', 'pkgconfig'));

    const bad = spawnSync('make', ['install', `BUILD=${dir}/build`, `CJSON_DIR=${dir}/nowhere`, `PREFIX=${prefix}`], { cwd: root, encoding: 'utf8', env });
    assert.notEqual(bad.status, 0);
    assert.match(bad.stderr, /CJSON_DIR=.*nowhere has no cJSON\.c: name a folder that holds cJSON's cJSON\.c and cJSON\.h/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("a system libcjson found by pkg-config is linked, not built in, and casyncio.pc requires it", () => {
  const dir = mkdtempSync(join(tmpdir(), 'casyncio-syscjson-'));
  try {
    // A libcjson installed in a prefix of its own, as a distribution's would be.
    const sys = join(dir, 'sys');
    mkdirSync(join(sys, 'include', 'cjson'), { recursive: true });
    mkdirSync(join(sys, 'lib', 'pkgconfig'), { recursive: true });
    copyFileSync(join(root, 'build', 'deps', 'cjson', 'cJSON.h'), join(sys, 'include', 'cjson', 'cJSON.h'));
    run('cc', ['-std=c89', '-O2', '-fPIC', '-shared', '-Wl,-soname,libcjson.so.1', join(root, 'build', 'deps', 'cjson', 'cJSON.c'), '-o', join(sys, 'lib', 'libcjson.so.1'), '-lm']);
    symlinkSync('libcjson.so.1', join(sys, 'lib', 'libcjson.so'));
    writeFileSync(join(sys, 'lib', 'pkgconfig', 'libcjson.pc'), [
      `libdir=${sys}/lib`, `includedir=${sys}/include`, '', 'Name: libcjson', 'Version: 1.7.15', 'Description: cJSON',
      'Libs: -L${libdir} -lcjson', 'Libs.private: -lm', 'Cflags: -I${includedir} -I${includedir}/cjson', ''].join('\n'));
    const prefix = join(dir, 'prefix');
    const pcPath = `${join(sys, 'lib', 'pkgconfig')}:${join(prefix, 'lib', 'pkgconfig')}`;
    run('make', ['-s', '--no-print-directory', '-j2', 'install', `BUILD=${dir}/build`, `PREFIX=${prefix}`], { env: { ...env, PKG_CONFIG_PATH: pcPath } });
    assert.ok(!existsSync(join(dir, 'build', 'native', 'obj', 'cJSON.o')), 'cJSON was built in');
    assert.match(needed(join(prefix, 'lib', 'libcasyncio.so.0.1.0')), /NEEDED.*\[libcjson\.so\.1\]/);
    const nm = run('nm', ['-g', '--defined-only', join(prefix, 'lib', 'libcasyncio.a')]).stdout;
    assert.doesNotMatch(nm, /cJSON_Parse/);
    assert.match(readFileSync(join(prefix, 'lib', 'pkgconfig', 'casyncio.pc'), 'utf8'), /^Requires\.private: libcjson$/m);
    buildAndRunExample(dir, pcPath, { LD_LIBRARY_PATH: join(sys, 'lib') });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
