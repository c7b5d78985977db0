// sync-python.test.mjs -- the C tests of the locks and queues expect what
// CPython 3.11 prints: each program in tests/c/py/ names the C test file
// that ports it (first line, "# test_x.c: case ..."), and what python3
// prints, its lines joined with '|', must be a string that C file asserts
// (rec_prints() joins the printed lines the same way).  CPython runs on a
// virtual clock, as the C tests do: times are exact, whatever the load.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const pyDir = join(root, 'tests', 'c', 'py');

/** The C file's text with adjacent string literals joined, as the compiler does. */
function cStrings(file) {
  return readFileSync(join(root, 'tests', 'c', file), 'utf8').replace(/"\s*\n\s*"/g, '');
}

for (const program of readdirSync(pyDir).filter((f) => f.endsWith('.py')).sort()) {
  test(`${program}: the C test expects exactly what CPython prints`, () => {
    const source = readFileSync(join(pyDir, program), 'utf8');
    const cFile = source.match(/^# (test_\w+\.c):/)?.[1];
    assert.ok(cFile, `${program} must start with "# test_<feature>.c: <case>"`);
    /* CPython on a virtual clock (cpython_iterations.py): the programs
     * print loop.time(), which on the real clock drifts on a loaded machine */
    const out = execFileSync('python3', [join(root, 'tests', 'js', 'cpython_iterations.py'), join(pyDir, program)], { encoding: 'utf8' });
    const joined = out.trimEnd().split('\n').map((l) => JSON.parse(l).text).join('|');
    assert.ok(cStrings(cFile).includes(`"${joined}"`), `${cFile} does not assert CPython's output of ${program}:\n${joined}`);
  });
}
