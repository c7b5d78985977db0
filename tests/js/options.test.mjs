// options.test.mjs -- options of the JS API that JSON cannot carry as they
// are, strings with a NUL or a lone surrogate, input given to a lesson that
// takes none (docs/bad-input.md), and an iterator returned before its first
// event.  Each bad value gets one `error` EINVAL that says what is wrong and
// an `end` of status error, never a run with the value silently changed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { api, root, collect, assertWellFormed, prints, expectedLines, runNative } from './helpers.mjs';

/** Asserts a run refused its options with exactly one EINVAL matching message. */
async function assertRefused(lesson, options, message) {
  const events = await collect(lesson, options);
  assertWellFormed(events);
  const errors = events.filter((e) => e.type === 'error');
  assert.equal(errors.length, 1, JSON.stringify(events.slice(0, 3)));
  assert.equal(errors[0].code, 'EINVAL');
  assert.match(errors[0].message, message);
  assert.equal(events.at(-1).status, 'error');
  assert.equal(events.at(-1).error.type, 'ValueError');
  assert.match(events.at(-1).error.message, message);
  assert.equal(events.filter((e) => e.type === 'print').length, 0, 'the lesson must not run');
  return errors[0].message;
}

test('a NaN, Infinity or BigInt seed is refused, not run unseeded', async () => {
  for (const [seed, what] of [[NaN, /not NaN/], [Infinity, /not Infinity/], [-Infinity, /not -Infinity/], [1n, /not a BigInt \(write 1, not 1n\)/]]) {
    const message = await assertRefused('gather', { clock: 'virtual', seed }, /"seed" must be a whole number from 0 to 9007199254740991/);
    assert.match(message, what);
  }
});

test('a number JSON cannot carry in the input is named, not reported as null', async () => {
  let message = await assertRefused('factorial', { clock: 'virtual', input: { numbers: [5, 1e400] } }, /numbers\[1\] is Infinity/);
  assert.doesNotMatch(message, /null/);
  message = await assertRefused('factorial', { clock: 'virtual', input: { numbers: [NaN] } }, /numbers\[0\] is NaN/);
  await assertRefused('factorial', { clock: 'virtual', input: { numbers: [5n] } }, /numbers\[0\] is a BigInt/);
  await assertRefused('factorial', { clock: 'virtual', input: { numbers: [5, undefined] } }, /numbers\[1\] is undefined/);
  await assertRefused('factorial', { clock: 'virtual', input: { numbers: [() => 5] } }, /numbers\[0\] is a function/);
});

test('a circular input gets a clear message', async () => {
  const input = { numbers: [5] };
  input.collect = input;
  await assertRefused('factorial', { clock: 'virtual', input }, /collect refers back to an object that contains it \(a cycle\)/);
  const list = [1, 2];
  list.push(list);
  await assertRefused('factorial', { clock: 'virtual', input: { numbers: list } }, /numbers\[2\] refers back .* cycle/);
  // The same object twice, without a cycle, is plain JSON data.
  const shared = [3];
  const events = await collect('factorial', { clock: 'virtual', input: { numbers: shared, collect: 'gather' }, seed: shared[0] });
  assert.equal(events.at(-1).status, 'ok');
});

test('an input nested past the limit is refused, not a stack overflow', async () => {
  let deep = [];
  for (let i = 0; i < 100000; i++) deep = [deep];
  await assertRefused('factorial', { clock: 'virtual', input: deep }, /nested more than 1000 levels deep/);
});

test('an embedded NUL is refused as an unknown value, never cut short', async () => {
  await assertRefused('gather\u0000x', { clock: 'virtual' }, /unknown lesson "gather\?\?\?x"/);
  await assertRefused('factorial', { clock: 'virtual', input: { collect: 'as_completed\u0000x' } }, /collect must be "gather" or "as_completed"/);
  await assertRefused('factorial', { clock: 'virtual', input: { collect: 'gather\u0000' } }, /collect must be "gather" or "as_completed"/);
  await assertRefused('gather', { clock: 'virtual\u0000' }, /"clock" must be "real" or "virtual"/);
  await assertRefused('factorial', { clock: 'virtual', input: { 'numbers\u0000x': [5] } }, /unknown input key/);
});

test('a lone surrogate is refused as an unknown value (the documented message)', async () => {
  for (const collect of ['\udcff\ud800', 'gather\ud800', '\udc00as_completed']) {
    await assertRefused('factorial', { clock: 'virtual', input: { collect } }, /collect must be "gather" or "as_completed"/);
  }
  await assertRefused('gather\udfff', { clock: 'virtual' }, /unknown lesson "gather\?\?\?"/);
  // A well-formed pair is text, and still an unknown value.
  await assertRefused('factorial', { clock: 'virtual', input: { collect: 'gather\ud83d\ude00' } }, /collect must be "gather" or "as_completed"/);
});

test('a lesson that takes no input refuses every input value, null included', async () => {
  for (const input of [null, {}, 0, false, '', []]) {
    await assertRefused('gather', { clock: 'virtual', input }, /the gather lesson takes no input/);
  }
  // Leaving it out (or undefined) is no input.
  for (const options of [{ clock: 'virtual', seed: 1 }, { clock: 'virtual', seed: 1, input: undefined }]) {
    const events = await collect('gather', options);
    assert.equal(events.at(-1).status, 'ok');
    assert.deepEqual(prints(events), expectedLines('gather'));
  }
  // factorial reads null as {}: its defaults.
  const events = await collect('factorial', { clock: 'virtual', seed: 1, input: null });
  assert.equal(events.at(-1).status, 'ok');
  assert.deepEqual(prints(events), expectedLines('factorial'));
});

test('return() on the iterator before its first event stops the run', async () => {
  // 100 s of factorial under the real clock: were the run left going, the
  // child would live for 100 s.  Each way of returning early is tried.
  const script = `
    const { run } = await import(${JSON.stringify(join(root, 'dist', 'casyncio.js'))});
    const long = () => run('factorial', { input: { numbers: [1000] } })[Symbol.asyncIterator]();
    let it = long(); await it.return();
    it = long(); await Promise.resolve(); await it.return();
    it = long(); await new Promise((r) => setTimeout(r, 20)); await it.return();
    it = long(); const pending = it.next(); await it.return();
    console.log(JSON.stringify(await pending));
    it = long(); await it.next(); await it.return();
    console.log('returned');
  `;
  const t0 = performance.now();
  const { code, stdout } = await new Promise((resolve) => {
    const child = spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (d) => { out += d; });
    const timer = setTimeout(() => child.kill('SIGKILL'), 15000);
    child.on('close', (c) => { clearTimeout(timer); resolve({ code: c, stdout: out }); });
  });
  const ms = performance.now() - t0;
  assert.equal(code, 0, `the process was still running after ${ms.toFixed(0)} ms`);
  assert.equal(stdout, '{"done":true}\nreturned\n');
  assert.ok(ms < 10000, `the process took ${ms.toFixed(0)} ms to exit`);
});

test('the native runner refuses a NUL in the options, and input to a lesson that takes none', () => {
  // The JS API turns a NUL into U+FFFD before the runtime reads it; the
  // native runner reads the JSON text itself, where cJSON would cut
  // "gather\u0000x" short to "gather".
  const refused = (options, pattern) => {
    const events = runNative(options);
    assert.equal(events.at(-1).type, 'end');
    assert.equal(events.at(-1).status, 'error');
    assert.match(events.at(-1).error.message, pattern);
  };
  refused({ lesson: 'gather\u0000x', clock: 'virtual' }, /must not contain a NUL character/);
  refused({ lesson: 'factorial', clock: 'virtual', input: { collect: 'as_completed\u0000x' } }, /must not contain a NUL character/);
  for (const input of [null, {}, 0, false]) refused({ lesson: 'gather', clock: 'virtual', input }, /the gather lesson takes no input/);
  // A backslash followed by "u0000" is ordinary text, refused as an unknown lesson.
  refused({ lesson: 'gather\\u0000', clock: 'virtual' }, /unknown lesson "gather\?u0000"/);
  // factorial still reads null as its defaults.
  const ok = runNative({ lesson: 'factorial', clock: 'virtual', seed: 1, input: null });
  assert.equal(ok.at(-1).status, 'ok');
});
