// realclock.test.mjs -- with the real clock, concurrency really happens:
// three 1 s workers take about 1 s, the factorials about 0.7 s, and output
// streams while the run goes on.  Bounds are generous: machines are shared.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { collect, prints, expectedLines, assertWellFormed } from './helpers.mjs';

const within = (ms, lo, hi, what) => assert.ok(ms >= lo && ms <= hi, `${what}: ${ms.toFixed(0)} ms, expected ${lo}..${hi}`);

for (const [id, lo, hi] of [['gather', 950, 1600], ['as-completed', 950, 1600], ['factorial', 680, 1200]]) {
  test(`${id} takes about ${lo < 900 ? '0.7' : '1'} s with the real clock, not the sum of its sleeps`, async () => {
    const events = await collect(id, { seed: 1 });
    assertWellFormed(events);
    assert.deepEqual(prints(events), expectedLines(id));
    within(events.at(-1).wall, lo, hi, `${id} wall time`);
    within(events.at(-1).t, lo, hi, `${id} run time (t)`);
  });
}

test('await blocks the loop for 3 s: nothing else runs meanwhile', async () => {
  const events = await collect('await');
  assert.deepEqual(prints(events), expectedLines('await'));
  const blocked = events.find((e) => e.type === 'loop_blocked');
  const unblocked = events.find((e) => e.type === 'loop_unblocked');
  assert.ok(blocked && unblocked);
  within(unblocked.t - blocked.t, 2990, 3500, 'blocked for');
  const between = events.filter((e) => e.seq > blocked.seq && e.seq < unblocked.seq);
  assert.deepEqual(between, [], 'no event while the loop is blocked');
});

test('output streams: the first line arrives long before the run ends', async () => {
  const events = await collect('gather', { seed: 1 });
  const first = events.find((e) => e.type === 'print');
  assert.ok(first.wall < 400, `first line after ${first.wall} ms`);
  assert.ok(events.at(-1).wall - first.wall > 800, 'the end came soon after the first line');
});
