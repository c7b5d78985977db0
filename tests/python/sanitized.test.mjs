// sanitized.test.mjs -- the interpreter's reference counting and memory
// safety: every program of tests/python/corpus/PASSING runs under the
// ASan+UBSan build (build/san/casyncio-python, `make pycore`) with the
// virtual clock, must print nothing from a sanitizer, and must give the
// stdout and exit status CPython gave.  A refcount mistake (a use after
// free, a double free) shows up here as a sanitizer report.
// CORPUS_SANITIZED=all runs every such program; by default one in three, a
// fixed choice by a hash of its name (the whole run takes over 10 minutes
// on a 2-core machine, which `npm test` cannot afford within CI's 45).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { listPrograms, readExpected, readPassing, cleanEnv, root } from './corpus.mjs';

const sanBin = join(root, 'build', 'san', 'casyncio-python');
const programs = listPrograms();
const passing = readPassing(new Set(programs.map((p) => p.id)));
const built = existsSync(sanBin);
// Two at a time, as the corpus's other runs (CORPUS_JOBS): each run is
// mostly ASan's start-up, on one core.
const JOBS = Number(process.env.CORPUS_JOBS) || 2;
const ALL = process.env.CORPUS_SANITIZED === 'all';
// Programs whose recursion through C code (a sort's key calling the sort
// again) runs in a task, whose C stack bounds it: ASan's frames are several
// times bigger, so there it stops earlier than natively (python/cstack.h).
const TASK_STACK_BOUND = new Set(['mistakes/r36c_task_nested_sort_key']);
/** One program in three, by an FNV-1a hash of its id. */
function sampled(id) {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193) >>> 0;
  return h % 3 === 0;
}

/** Runs p under the sanitized build; resolves with { out, err, status }. */
function runSanitized(p) {
  return new Promise((resolvePromise) => {
    const child = spawn(sanBin, ['--clock', 'virtual', p.file], {
      cwd: p.dir, stdio: ['pipe', 'pipe', 'pipe'],
      env: cleanEnv({ ASAN_OPTIONS: 'detect_leaks=0:abort_on_error=0', UBSAN_OPTIONS: 'print_stacktrace=1' }),
    });
    const out = [];
    const err = [];
    const timer = setTimeout(() => child.kill('SIGKILL'), 60000);
    child.stdout.on('data', (d) => out.push(d));
    child.stderr.on('data', (d) => err.push(d));
    child.stdin.on('error', () => {});
    child.stdin.end(p.stdin ?? '');
    child.on('close', (status, signal) => {
      clearTimeout(timer);
      resolvePromise({ out: Buffer.concat(out).toString('utf8'), err: Buffer.concat(err).toString('utf8'), status: status ?? signal });
    });
  });
}

describe('the corpus under ASan and UBSan', { concurrency: JOBS }, () => {
  for (const p of programs) {
    if (!passing.has(p.id) || !passing.get(p.id).native || (!ALL && !sampled(p.id)) || TASK_STACK_BOUND.has(p.id)) continue;
    it(`${p.id} runs clean under ASan and UBSan`, { todo: built ? false : 'make pycore builds the sanitized interpreter' }, async () => {
      if (!built) return;
      const want = readExpected(p);
      const r = await runSanitized(p);
      assert.doesNotMatch(r.err, /AddressSanitizer|UndefinedBehaviorSanitizer|runtime error:/, r.err);
      assert.equal(r.out, want.out);
      assert.equal(r.status, want.status); // a signal's name, as NAME.status records it (SIGINT)
    });
  }
});
