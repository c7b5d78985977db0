#!/usr/bin/env node
// record.mjs -- (re-)records the corpus's expected results from the machine's
// CPython 3.11:
//
//   node tests/python/record.mjs                 every program
//   node tests/python/record.mjs asyncio mistakes/forgot_await   some areas / programs
//   node tests/python/record.mjs --jobs 4 ...    more at a time (default 2)
//   CORPUS_PYTHON=/path/to/python3: another CPython (--any-python if not 3.11.7)
//
// Each program runs twice, with PYTHONHASHSEED=0 and =4242; both runs must
// give the same stdout, normalised stderr and status (a program whose output
// depends on str hashing, addresses or the time is refused).  Written next to
// NAME.py: NAME.out (stdout), NAME.err (stderr after the normalisation of
// corpus.mjs), NAME.status (exit code), NAME.times (when each stdout line
// came, from the quicker of the two runs; when a whole area or the whole
// corpus is re-recorded, kept as it is when the new times, counted from the
// first line, are within 100 ms (+10%) of it, so re-recording does not churn;
// a program named as area/NAME always gets its new times), and for a program
// that writes to both
// streams NAME.both (a third run with 2>&1: their lines in CPython's
// order).  Also refused: output with an address
// ("0x..."), a program over 60 lines, or one that runs over 3.5 s.  A
// program whose output depends on the machine's load (jitter.py, see
// corpus.mjs) is recorded with a warning: corpus.test.mjs fails it.  The
// load check's verdicts are kept in corpus/LOADPROOF (as loadproof.mjs does),
// and the programs recorded in corpus/CPYTHONPROOF (corpus.mjs, "KEPT
// VERDICTS").
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as corpus from './corpus.mjs';
import {
  jitterCheck, listPrograms, normaliseStderr, pool, runProgram, formatTimes, parseTimes, pythonExe, usesClock,
} from './corpus.mjs';

const args = process.argv.slice(2);
let jobs = 2;
let anyPython = false;
const filters = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--jobs') jobs = Number(args[++i]);
  else if (args[i] === '--any-python') anyPython = true;
  else filters.push(args[i].replace(/\.py$/, ''));
}
if (!(jobs >= 1)) { console.error('record.mjs: --jobs needs a whole number >= 1'); process.exit(2); }
pythonExe();
if (corpus.pythonVersion !== '3.11.7' && !anyPython) {
  // The corpus is CPython 3.11.7's; another 3.11 differs in a few places
  // (Debian's 3.11.2 starts as_completed's coroutines in another order).
  console.error(`record.mjs: python3 is ${corpus.pythonVersion}; the corpus is recorded from 3.11.7 (--any-python to record anyway)`);
  process.exit(2);
}
const programs = listPrograms().filter((p) => !filters.length || filters.some((f) => p.id === f || p.area === f));
if (!programs.length) { console.error(`record.mjs: no program matches ${filters.join(' ')}`); process.exit(2); }

const problems = [];
const recorded = [];
await pool(programs, jobs, async (p) => {
  const a = await runProgram('cpython', p, { env: { PYTHONHASHSEED: '0' } });
  const b = await runProgram('cpython', p, { env: { PYTHONHASHSEED: '4242' } });
  const errA = normaliseStderr(a.err, p);
  const errB = normaliseStderr(b.err, p);
  const why = [];
  if (a.timedOut || b.timedOut) why.push('timed out');
  if (a.out !== b.out || errA !== errB || a.status !== b.status) why.push('not deterministic (two runs differ)');
  if (/ at 0x[0-9a-f]{6,}/i.test(a.out + errA)) why.push('prints an address ("at 0x...")');
  if (a.out.includes(p.dir)) why.push(`prints its own directory on stdout (${p.dir}), which differs in every clone`);
  if (a.ms > 3500) why.push(`runs ${a.ms} ms (the limit is 3.5 s)`);
  const nlines = readFileSync(join(p.dir, p.file), 'utf8').split('\n').filter((l, i, all) => i < all.length - 1 || l).length;
  if (nlines > 60) why.push(`${nlines} lines (the limit is 60)`);
  if (why.length) { problems.push(`${p.id}: ${why.join('; ')}`); return; }
  const at = (ext) => join(p.dir, `${p.name}.${ext}`);
  writeFileSync(at('out'), a.out);
  writeFileSync(at('err'), errA);
  writeFileSync(at('status'), `${a.status}\n`);
  const old = existsSync(at('times')) ? parseTimes(readFileSync(at('times'), 'utf8')) : null;
  // The times of the quicker run: a busy machine only ever makes runs slower.
  const fresh = parseTimes(formatTimes(b.ms < a.ms && b.lines.length === a.lines.length ? b : a));
  // Start-up varies with the machine's load: times count from the first line.
  const rel = (t) => t.map(({ ms, line }) => ({ ms: ms - t[0].ms, line }));
  const named = filters.includes(p.id);
  const same = !named && old && old.length === fresh.length &&
    rel(old).every((o, i) => o.line === rel(fresh)[i].line && Math.abs(o.ms - rel(fresh)[i].ms) <= 100 + o.ms / 10);
  if (!same) writeFileSync(at('times'), fresh.map(({ ms, line }) => `${ms}\t${line}\n`).join(''));
  // A program that writes to both streams: the order of its lines across them.
  if (a.out && errA) {
    const m = await runProgram('cpython', p, { merge: true });
    writeFileSync(at('both'), normaliseStderr(m.out, p));
  } else if (existsSync(at('both'))) rmSync(at('both'));
  recorded.push(p);
  console.log(`${p.id}: exit ${a.status}, ${a.out.split('\n').length - 1} lines, ${a.ms} ms`);
});
// What CPython printed is what the files now hold: their verdicts go into
// corpus/CPYTHONPROOF (corpus.mjs, "KEPT VERDICTS").
const proven = corpus.cpythonProof.read();
for (const p of recorded) proven.set(p.id, corpus.cpythonProof.hash(p));
corpus.cpythonProof.write(proven);
const timed = programs.filter(usesClock);
const load = timed.length ? await jitterCheck(timed, { jobs }) : new Map();
const sensitive = timed.filter((p) => load.get(p.id)).map((p) => `${p.id}: ${load.get(p.id)}`);
// The verdicts go into corpus/LOADPROOF (corpus.mjs), as loadproof.mjs keeps them.
if (timed.length) {
  const kept = corpus.loadProof.read();
  for (const p of timed) {
    if (load.get(p.id) === null) kept.set(p.id, corpus.loadProof.hash(p)); else kept.delete(p.id);
  }
  corpus.loadProof.write(kept);
}
if (sensitive.length) {
  console.error(`\nwarning: the output of these depends on the machine's load (tests/python/jitter.py); ` +
    `give the timers whose order shows 0.1 s or more between their deadlines:\n  ${sensitive.join('\n  ')}`);
}
if (problems.length) {
  console.error(`\nnot recorded:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`recorded ${programs.length} program(s)`);
