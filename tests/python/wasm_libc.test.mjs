// python/tools/wasm_libc.c (the wasm module's strtod, snprintf, memmem, strstr and qsort, in place of musl's)
// against the C library's: natively against glibc, in wasm against musl.
// Every input must give the same answer (see
// tests/python/wasm_libc_test.c).  Build first: the two targets
// build/native/wasm_libc_test and build/wasm/wasm_libc_test.cjs (make test-python).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const build = process.env.BUILD ?? path.join(root, 'build');

for (const [name, cmd, args] of [
  ['native, against glibc', path.join(build, 'native/wasm_libc_test'), ['50000']],
  ['wasm, against musl', process.execPath, [path.join(build, 'wasm/wasm_libc_test.cjs'), '10000']],
]) {
  test(`strtod, snprintf, memmem, strstr, qsort: ${name}`, () => {
    const r = spawnSync(cmd, args, { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stdout + r.stderr);
    assert.match(r.stdout, /^ok: \d+ inputs\n$/);
  });
}
