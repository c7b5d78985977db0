// sanitized.test.mjs -- the interpreter's reference counting and memory
// safety: every program of tests/python/corpus/PASSING runs under the
// ASan+UBSan build (build/san/casyncio-python, `make pycore`) with the
// virtual clock, must print nothing from a sanitizer, and must give the
// stdout and exit status CPython gave.  A refcount mistake (a use after
// free, a double free) shows up here as a sanitizer report.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { listPrograms, readExpected, readPassing, cleanEnv, root } from './corpus.mjs';

const sanBin = join(root, 'build', 'san', 'casyncio-python');
const programs = listPrograms();
const passing = readPassing(new Set(programs.map((p) => p.id)));
const built = existsSync(sanBin);

for (const p of programs) {
  if (!passing.has(p.id) || !passing.get(p.id).native) continue;
  test(`${p.id} runs clean under ASan and UBSan`, { todo: built ? false : 'make pycore builds the sanitized interpreter' }, () => {
    const want = readExpected(p);
    const r = spawnSync(sanBin, ['--clock', 'virtual', p.file], {
      cwd: p.dir, input: p.stdin ?? '', encoding: 'utf8', timeout: 60000,
      env: cleanEnv({ ASAN_OPTIONS: 'detect_leaks=0:abort_on_error=0', UBSAN_OPTIONS: 'print_stacktrace=1' }),
    });
    assert.doesNotMatch(r.stderr, /AddressSanitizer|UndefinedBehaviorSanitizer|runtime error:/, r.stderr);
    assert.equal(r.stdout, want.out);
    assert.equal(r.status ?? r.signal, want.status); // a signal's name, as NAME.status records it (SIGINT)
  });
}
