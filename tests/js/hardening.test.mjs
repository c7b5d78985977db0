// hardening.test.mjs -- Stop at every point, and soaks: whatever the
// moment of an abort, the stream ends with exactly one end event, nothing
// after it and no gap in seq; a thousand runs in a row leave memory flat.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LESSONS, api, abortAfter, assertWellFormed, prints, expectedLines } from './helpers.mjs';

for (const id of LESSONS) {
  test(`${id}: an abort after event k, for every k, ends the stream cleanly`, async () => {
    const full = [];
    for await (const ev of api.run(id, { clock: 'virtual', seed: 1 })) full.push(ev);
    // The virtual clock never waits, so every k is cheap; the real clock
    // is checked at the points where the run really waits (stop.test.mjs).
    for (let k = 1; k <= full.length; k++) {
      const events = await abortAfter(id, k, { clock: 'virtual', seed: 1 });
      assertWellFormed(events);
      assert.ok(['ok', 'cancelled'].includes(events.at(-1).status), `k=${k}: ${events.at(-1).status}`);
      if (events.at(-1).status === 'ok') assert.deepEqual(prints(events), expectedLines(id), `k=${k}`);
    }
  });
}

test('real clock: an abort at each waiting point of gather ends it cancelled, at once', async () => {
  for (const delay of [0, 5, 100, 500, 900]) {
    const controller = new AbortController();
    const t0 = performance.now();
    setTimeout(() => controller.abort(), delay);
    const events = [];
    for await (const ev of api.run('gather', { seed: 1, signal: controller.signal })) events.push(ev);
    assertWellFormed(events);
    assert.equal(events.at(-1).status, 'cancelled', `abort at ${delay} ms`);
    assert.ok(performance.now() - t0 < delay + 400, `abort at ${delay} ms took ${performance.now() - t0} ms`);
  }
});

test('a thousand runs in a row in one process leave memory flat', async () => {
  const run = async () => {
    const events = [];
    for await (const ev of api.run('factorial', { clock: 'virtual' })) events.push(ev);
    assert.equal(events.at(-1).status, 'ok');
  };
  for (let i = 0; i < 100; i++) await run(); // warm up
  global.gc?.();
  const before = process.memoryUsage();
  for (let i = 0; i < 1000; i++) await run();
  global.gc?.();
  const after = process.memoryUsage();
  const grown = (after.rss - before.rss) / 1048576;
  // Each run has its own 16 MiB wasm memory; were instances kept, 1000 runs would hold gigabytes.
  assert.ok(grown < 150, `rss grew by ${grown.toFixed(1)} MiB over 1000 runs`);
});
