// hard-stop.test.mjs -- a hard stop (grace 0) at any moment of a run that
// blocks: the runtime never frees the task that is running (it used to,
// and the instance trapped with "memory access out of bounds", uncaught,
// killing Node).  Whatever the moment, the stream ends with exactly one
// end event, cancelled or ok, and never an ETRAP error.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { api, abortAfter, assertWellFormed, prints, expectedLines } from './helpers.mjs';

function assertCleanEnd(events, what) {
  assertWellFormed(events);
  assert.deepEqual(events.filter((e) => e.type === 'error' && e.code !== 'ECANCELLED'), [], what);
  const status = events.at(-1).status;
  assert.ok(['ok', 'cancelled'].includes(status), `${what}: ${status}`);
  if (status === 'ok') assert.deepEqual(prints(events), expectedLines('await'), what);
}

test('await, virtual clock: an abort with grace 0 after event k, for every k, ends cleanly', async () => {
  const full = [];
  for await (const ev of api.run('await', { clock: 'virtual' })) full.push(ev);
  for (let k = 1; k <= full.length; k++) {
    assertCleanEnd(await abortAfter('await', k, { clock: 'virtual', grace: 0 }), `k=${k}`);
  }
});

test('await, real clock: an abort with grace 0 after event k, for every k, ends cleanly', async () => {
  // Every event of await comes before or during its 3 s blocking sleep,
  // which the abort cuts short: each run takes milliseconds.
  for (let k = 1; k <= 8; k++) {
    const t0 = performance.now();
    const events = await abortAfter('await', k, { grace: 0 });
    assertCleanEnd(events, `k=${k}`);
    if (events.at(-1).status === 'cancelled') assert.ok(performance.now() - t0 < 1500, `k=${k}: ${performance.now() - t0} ms`);
  }
});

test('await, real clock: an abort with grace 0 at wall-clock moments ends cleanly', async () => {
  for (const delay of [0, 1, 2, 5, 10, 30, 100]) {
    const controller = new AbortController();
    const events = [];
    setTimeout(() => controller.abort(), delay);
    for await (const ev of api.run('await', { signal: controller.signal, grace: 0 })) events.push(ev);
    assertCleanEnd(events, `abort at ${delay} ms`);
    assert.equal(events.at(-1).status, 'cancelled', `abort at ${delay} ms`);
  }
});

test('every lesson, virtual clock: an abort with grace 0 after event k ends cleanly', async () => {
  for (const id of ['callbacks', 'cancel', 'gather', 'as-completed', 'factorial']) {
    const full = [];
    for await (const ev of api.run(id, { clock: 'virtual', seed: 1 })) full.push(ev);
    for (let k = 1; k <= full.length; k += 3) {
      const events = await abortAfter(id, k, { clock: 'virtual', seed: 1, grace: 0 });
      assertWellFormed(events);
      assert.deepEqual(events.filter((e) => e.type === 'error' && e.code === 'ETRAP'), [], `${id} k=${k}`);
    }
  }
});
