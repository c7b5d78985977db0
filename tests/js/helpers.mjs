// helpers.mjs -- shared by the Node test files: running lessons through the
// JS API, the native runner and the CLI, and checking stream invariants.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const LESSONS = ['await', 'callbacks', 'cancel', 'gather', 'as-completed', 'factorial'];
export const api = await import(join(root, 'dist', 'casyncio.js'));

/** All events of a run, with the wall-clock ms at which each arrived. */
export async function collect(lesson, options = {}) {
  const t0 = performance.now();
  const events = [];
  for await (const ev of api.run(lesson, options)) events.push({ ...ev, wall: performance.now() - t0 });
  return events;
}

export const strip = (events) => events.map(({ wall, ...ev }) => ev);
export const prints = (events) => events.filter((e) => e.type === 'print').map((e) => e.text);

/** What CPython printed for the lesson's program (seed 1, default input). */
export function expectedLines(lesson, file = 'expected.txt') {
  return readFileSync(join(root, 'tutorials', lesson, file), 'utf8').trimEnd().split('\n');
}

/** The events of a run aborted just after its k-th event (counting from 1). */
export async function abortAfter(lesson, k, options = {}) {
  const controller = new AbortController();
  const events = [];
  for await (const ev of api.run(lesson, { ...options, signal: controller.signal })) {
    events.push(ev);
    if (events.length === k) controller.abort();
  }
  return events;
}

/** seq 1, 2, 3, ... with no gaps; exactly one end, and it is last. */
export function assertWellFormed(events) {
  assert.ok(events.length > 0, 'no events');
  events.forEach((e, i) => {
    assert.equal(e.v, 1);
    assert.equal(e.seq, i + 1, `seq gap at index ${i}`);
    assert.equal(typeof e.t, 'number');
    assert.equal(typeof e.type, 'string');
  });
  assert.equal(events.filter((e) => e.type === 'end').length, 1, 'exactly one end event');
  assert.equal(events.at(-1).type, 'end', 'end is the last event');
}

/** The native runner's NDJSON for the same options. */
export function runNative(options) {
  const r = spawnSync(join(root, 'build', 'native', 'casyncio-run'), [JSON.stringify(options)], { encoding: 'utf8' });
  return r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
}

/** Runs the CLI; resolves with { code, stdout, stderr }. */
export function cli(args, { onStdout, signalAfter } = {}) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(root, 'web', 'cli.mjs'), ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => { stdout += d; if (onStdout) onStdout(stdout, child); });
    child.stderr.on('data', (d) => { stderr += d; });
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}
