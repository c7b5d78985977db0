#!/usr/bin/env node
// diff.mjs -- one corpus program under casyncio's interpreter, against what
// CPython recorded, as unified diffs (for whoever makes the program pass):
//
//   node tests/python/diff.mjs mistakes/key_error              native, virtual clock
//   node tests/python/diff.mjs --wasm --clock real asyncio/event
//
// Prints "matches" or the diffs of stdout, normalised stderr, the exit
// status and, for a program with NAME.both, the order of both streams;
// exits 0 when it matches, 1 when not, 2 on bad usage.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { listPrograms, normaliseStderr, readExpected, runProgram } from './corpus.mjs';

const USAGE = 'usage: node tests/python/diff.mjs [--wasm|--native|--cpython] [--clock virtual|real] area/NAME';
let runner = 'native';
let clock = 'virtual';
let id = null;
const args = process.argv.slice(2);
for (let i = 0; i < args.length; i++) {
  const a = args[i];
  if (a === '--wasm' || a === '--native' || a === '--cpython') runner = a.slice(2);
  else if (a === '--clock' && ['virtual', 'real'].includes(args[i + 1])) clock = args[++i];
  else if (!a.startsWith('-') && id === null) id = a.replace(/\.py$/, '').replace(/^tests\/python\/corpus\//, '');
  else { console.error(`${USAGE}\n(unexpected argument "${a}")`); process.exit(2); }
}
const p = listPrograms().find((q) => q.id === id);
if (!p) { console.error(`${USAGE}\n(no program "${id}" in tests/python/corpus)`); process.exit(2); }
if (runner === 'cpython') clock = 'real';

const expected = readExpected(p);
const dir = mkdtempSync(join(tmpdir(), 'corpus-diff-'));
/** A unified diff of two texts (diff -u), or '' when they are equal. */
function udiff(label, want, got) {
  if (want === got) return '';
  writeFileSync(join(dir, 'expected'), want);
  writeFileSync(join(dir, 'actual'), got);
  const r = spawnSync('diff', ['-u', '--label', `${label} (CPython 3.11)`, '--label', `${label} (${runner}, ${clock} clock)`,
    join(dir, 'expected'), join(dir, 'actual')], { encoding: 'utf8' });
  return r.stdout;
}
try {
  const run = await runProgram(runner, p, { clock, timeoutMs: 30000 });
  if (run.spawnError) { console.error(`cannot start the ${runner} runner: ${run.spawnError.message}`); process.exit(2); }
  let report = '';
  if (run.timedOut) report += `timed out after ${run.ms} ms\n`;
  if (run.status !== expected.status) report += `exit status: CPython ${expected.status}, ${runner} ${run.status}\n`;
  report += udiff('stdout', expected.out, run.out);
  report += udiff('stderr', expected.err, normaliseStderr(run.err, p));
  if (!report && expected.both !== null) {
    const both = await runProgram(runner, p, { clock, merge: true, timeoutMs: 30000 });
    report += udiff('stdout and stderr (2>&1)', expected.both, normaliseStderr(both.out, p));
  }
  process.stdout.write(report || `${p.id}: matches (${runner}, ${clock} clock, ${run.ms} ms)\n`);
  process.exitCode = report ? 1 : 0;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
