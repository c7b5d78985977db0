// stop.test.mjs -- aborting a run delivers CancelledError to its tasks and
// still ends the stream with exactly one end event, status "cancelled".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LESSONS, api, abortAfter, assertWellFormed, expectedLines } from './helpers.mjs';


for (const id of LESSONS) {
  test(`${id}: aborting at several points ends the stream once, cancelled`, async () => {
    for (const k of [1, 3, 8, 15]) {
      const events = await abortAfter(id, k);
      assertWellFormed(events);
      const end = events.at(-1);
      // An abort takes effect when the run next waits; a run that never
      // waits again after event k finishes normally, with all its output.
      if (end.status === 'ok') {
        assert.equal(events.filter((e) => e.type === 'print').length, expectedLines(id).length, `k=${k}`);
      } else {
        assert.equal(end.status, 'cancelled', `k=${k}`);
        assert.ok(events.some((e) => e.type === 'stop_requested'), `k=${k}: no stop_requested event`);
      }
    }
  });
}

test('aborting during the blocking sleep of await ends it at once', async () => {
  const controller = new AbortController();
  const events = [];
  const t0 = performance.now();
  for await (const ev of api.run('await', { signal: controller.signal })) {
    events.push(ev);
    if (ev.type === 'loop_blocked') setTimeout(() => controller.abort(), 100);
  }
  assertWellFormed(events);
  assert.equal(events.at(-1).status, 'cancelled');
  assert.ok(performance.now() - t0 < 1500, 'the 3 s block was not cut short');
  assert.ok(events.some((e) => e.type === 'task_cancelled'), 'the task saw CancelledError');
});

test('aborting gather mid-sleep cancels every worker', async () => {
  const controller = new AbortController();
  const events = [];
  for await (const ev of api.run('gather', { signal: controller.signal })) {
    events.push(ev);
    if (ev.type === 'print' && ev.text === 'Worker - will take some time' && events.filter((e) => e.text === ev.text).length === 3) {
      setTimeout(() => controller.abort(), 50);
    }
  }
  assertWellFormed(events);
  assert.equal(events.at(-1).status, 'cancelled');
  const cancelled = events.filter((e) => e.type === 'task_cancelled').map((e) => e.task).sort();
  assert.deepEqual(cancelled, ['Task-1', 'Task-2', 'Task-3', 'Task-4']);
  assert.ok(!events.some((e) => e.text === 'Worker - Done it'));
});

test('an already aborted signal still gives a complete, cancelled stream', async () => {
  const events = [];
  for await (const ev of api.run('gather', { signal: AbortSignal.abort() })) events.push(ev);
  assertWellFormed(events);
  assert.equal(events.at(-1).status, 'cancelled');
});

test('breaking out of the loop stops the run', async () => {
  const t0 = performance.now();
  let seen = 0;
  for await (const ev of api.run('await')) {
    seen++;
    if (ev.type === 'loop_blocked') break;
  }
  assert.ok(seen > 0);
  // The next run starts at once: nothing of the old one is in the way, and
  // the process is not held for the 3 s block.
  const events = [];
  for await (const ev of api.run('gather', { clock: 'virtual', seed: 1 })) events.push(ev);
  assertWellFormed(events);
  assert.ok(performance.now() - t0 < 2000);
});

test('a paced virtual run waits for its host at each jump, and Stop reaches its tasks', async () => {
  const jumps = [];
  const t0 = performance.now();
  const events = [];
  for await (const ev of api.run('gather', { clock: 'virtual', seed: 1, pace: (ms) => { jumps.push(ms); return new Promise((r) => setTimeout(r, ms / 10)); } })) events.push(ev);
  assertWellFormed(events);
  assert.deepEqual(jumps, [1000]);
  assert.ok(performance.now() - t0 >= 95, 'the run did not wait for its pace');
  assert.equal(events.find((e) => e.text === 'Worker - Done it').t, 1000);

  const controller = new AbortController();
  const stopped = [];
  for await (const ev of api.run('factorial', { clock: 'virtual', signal: controller.signal, pace: () => new Promise((r) => setTimeout(r, 20)) })) {
    stopped.push(ev);
    if (ev.type === 'timer_fired' && ev.t === 300) controller.abort();
  }
  assertWellFormed(stopped);
  assert.equal(stopped.at(-1).status, 'cancelled');
  assert.ok(stopped.filter((e) => e.type === 'task_cancelled').length >= 2, 'the live tasks were cancelled');
});

test('a stop during a paced jump of virtual time cancels at the time it came, not at the timer it waited for', async () => {
  const controller = new AbortController();
  const events = [];
  // The pace never ends by itself: only the stop ends the wait.
  for await (const ev of api.run('gather', { clock: 'virtual', seed: 1, signal: controller.signal, pace: () => new Promise(() => {}) })) {
    events.push(ev);
    if (ev.type === 'timer_set' && !controller.signal.aborted) setTimeout(() => controller.abort(), 10);
  }
  assertWellFormed(events);
  assert.equal(events.at(-1).status, 'cancelled');
  const cancelled = events.filter((e) => e.type === 'task_cancelled');
  assert.ok(cancelled.length >= 3, 'the sleeping workers were cancelled');
  for (const e of events) assert.equal(e.t, 0, `${e.type} at t = ${e.t}: virtual time jumped though the run stopped first`);
});
