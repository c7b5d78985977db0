// lessons.test.mjs -- every lesson prints what CPython 3.11 prints, its
// event stream is golden (byte-identical run to run, and the same on the
// native and the wasm build), and the virtual clock puts events at exact
// times.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { LESSONS, root, collect, strip, prints, expectedLines, assertWellFormed, runNative } from './helpers.mjs';

const golden = (id) => join(root, 'tests', 'golden', `${id}.ndjson`);
const ndjson = (events) => events.map((e) => JSON.stringify(e)).join('\n') + '\n';

for (const id of LESSONS) {
  test(`${id}: prints what CPython prints, under the virtual clock`, async () => {
    const events = await collect(id, { clock: 'virtual', seed: 1 });
    assertWellFormed(events);
    assert.deepEqual(prints(events), expectedLines(id));
    assert.equal(events.at(-1).status, 'ok');
  });

  test(`${id}: the virtual-clock event stream matches its golden file, run after run`, async () => {
    const a = ndjson(strip(await collect(id, { clock: 'virtual', seed: 1 })));
    const b = ndjson(strip(await collect(id, { clock: 'virtual', seed: 1 })));
    assert.equal(a, b, 'two runs differ');
    if (process.env.UPDATE_GOLDEN || !existsSync(golden(id))) writeFileSync(golden(id), a);
    assert.equal(a, readFileSync(golden(id), 'utf8'));
  });

  test(`${id}: the native build gives the same events as the wasm build`, async () => {
    const wasm = ndjson(strip(await collect(id, { clock: 'virtual', seed: 1 })));
    const native = ndjson(runNative({ lesson: id, clock: 'virtual', seed: 1 }));
    assert.equal(native, wasm);
  });
}

test('factorial: with as_completed, each result is printed as it completes', async () => {
  const events = await collect('factorial', { clock: 'virtual', input: { numbers: [5, 7, 3, 6], collect: 'as_completed' } });
  assertWellFormed(events);
  assert.deepEqual(prints(events), expectedLines('factorial', 'expected-as_completed.txt'));
});

test('factorial: the results print at t = 300, 500, 600 and 700 under the virtual clock', async () => {
  const events = await collect('factorial', { clock: 'virtual' });
  const done = events.filter((e) => e.type === 'print' && / ! = /.test(e.text));
  assert.deepEqual(done.map((e) => [e.text, e.t]), [
    ['factorial - 3 ! = 6', 300], ['factorial - 5 ! = 120', 500], ['factorial - 6 ! = 720', 600], ['factorial - 7 ! = 5040', 700],
  ]);
  assert.deepEqual(events.at(-1).result, ['120', '5040', '6', '720']);
});

test('gather: the workers are done at t = 1000 under the virtual clock', async () => {
  const events = await collect('gather', { clock: 'virtual', seed: 1 });
  const done = events.filter((e) => e.text === 'Worker - Done it');
  assert.equal(done.length, 3);
  for (const e of done) assert.equal(e.t, 1000);
});

test('factorial: results are exact for big numbers (25! and 100!)', async () => {
  const events = await collect('factorial', { clock: 'virtual', input: { numbers: [25, 100] } });
  assert.deepEqual(events.at(-1).result, [
    '15511210043330985984000000',
    '93326215443944152681699238856266700490715968264381621468592963895217599993229915608941463976156518286253697920827223758251185210916864000000000000000000000000',
  ]);
  assert.ok(prints(events).includes('factorial - 25 ! = 15511210043330985984000000'));
});

test('a seed gives the numbers of Python\'s random.seed', async () => {
  const events = await collect('gather', { clock: 'virtual', seed: 42 });
  assert.ok(prints(events).includes('results from calls: [2, 1, 5]'));
});

test('ten runs at once in one process do not interfere', async () => {
  const runs = await Promise.all(Array.from({ length: 10 }, (_, i) =>
    collect(i % 2 ? 'gather' : 'factorial', { clock: 'real', seed: 1 })));
  runs.forEach((events, i) => {
    assertWellFormed(events);
    assert.deepEqual(prints(events), expectedLines(i % 2 ? 'gather' : 'factorial'));
  });
});

test('the real and the virtual clock give the same events, apart from timestamps', async () => {
  for (const id of ['callbacks', 'gather', 'factorial']) {
    const shape = (events) => strip(events).map(({ t, ...ev }) => JSON.stringify(ev));
    const [real, virtual] = await Promise.all([collect(id, { seed: 1 }), collect(id, { clock: 'virtual', seed: 1 })]);
    assert.deepEqual(shape(real), shape(virtual), id);
  }
});
