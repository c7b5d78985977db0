// input.test.mjs -- bad input gets one clear error and an end of status
// "error" (never a crash or a hang), through the JS API and the CLI.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { api, collect, assertWellFormed, cli, expectedLines } from './helpers.mjs';

const BAD = [
  ['a negative number', { numbers: [5, -1] }, /numbers\[1\] is -1/],
  ['a fraction', { numbers: [1.5] }, /whole number/],
  ['a string in the list', { numbers: ['5'] }, /whole number, not a string/],
  ['not a list', { numbers: 5 }, /must be a list/],
  ['an empty list', { numbers: [] }, /must not be empty/],
  ['too many numbers', { numbers: Array(101).fill(1) }, /at most 100/],
  ['a number over the limit', { numbers: [1001] }, /at most 1000/],
  ['an unknown collect mode', { collect: 'map' }, /"gather" or "as_completed"/],
  ['an unknown key', { number: [5] }, /unknown input key/],
  ['deeply nested JSON', JSON.parse('['.repeat(2000) + ']'.repeat(2000)), /input must be an object|nested/],
];

for (const [what, input, message] of BAD) {
  test(`factorial rejects ${what} with one error and an end of status error`, async () => {
    const events = await collect('factorial', { clock: 'virtual', input });
    assertWellFormed(events);
    const errors = events.filter((e) => e.type === 'error');
    assert.equal(errors.length, 1);
    assert.equal(errors[0].code, 'EINVAL');
    assert.match(errors[0].message, message);
    assert.equal(events.at(-1).status, 'error');
    assert.equal(events.at(-1).error.type, 'ValueError');
  });
}

test('an unknown lesson, clock or seed is a clear error event', async () => {
  for (const [lesson, opts, message] of [
    ['nope', {}, /unknown lesson "nope"/],
    ['gather', { clock: 'fast' }, /"clock" must be "real" or "virtual"/],
    ['gather', { seed: -3 }, /"seed" must be a whole number/],
    ['gather', { input: { x: 1 } }, /takes no input/],
  ]) {
    const events = await collect(lesson, opts);
    assertWellFormed(events);
    assert.match(events.find((e) => e.type === 'error').message, message);
    assert.equal(events.at(-1).status, 'error');
  }
});

test('bad options of the JS API itself reject with a TypeError', async () => {
  await assert.rejects(collect('gather', { speed: 2 }), { name: 'TypeError', message: /unknown option "speed"/ });
  await assert.rejects(collect('gather', { signal: 'stop' }), { name: 'TypeError', message: /AbortSignal/ });
  await assert.rejects(collect('gather', 'fast'), TypeError);
});

test('the CLI prints exactly what CPython prints, and exits 0', async () => {
  const r = await cli(['run', 'gather', '--seed', '1', '--clock', 'virtual']);
  assert.equal(r.code, 0);
  assert.equal(r.stdout, expectedLines('gather').join('\n') + '\n');
});

test('the CLI with --ndjson prints one event per line', async () => {
  const r = await cli(['run', 'factorial', '--clock', 'virtual', '--ndjson']);
  assert.equal(r.code, 0);
  const events = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
  assertWellFormed(events);
});

test('the CLI rejects bad flags and input with a message and exit code 2', async () => {
  for (const [args, message] of [
    [['run', 'nope'], /unknown lesson "nope"/],
    [['run', 'gather', '--clock', 'fast'], /--clock must be "real" or "virtual"/],
    [['run', 'gather', '--seed', 'x'], /--seed must be a whole number/],
    [['run', 'gather', '--speed'], /unknown flag "--speed"/],
    [['run', 'factorial', '--input', '{bad'], /--input is not valid JSON/],
    [['run', 'factorial', '--input', '{"numbers": [-1]}'], /numbers\[0\] is -1/],
    [['frobnicate'], /unknown command/],
  ]) {
    const r = await cli(args);
    assert.equal(r.code, 2, `${args.join(' ')}: exit ${r.code}`);
    assert.match(r.stderr, message);
  }
});

test('the CLI lists the lessons', async () => {
  const r = await cli(['list']);
  assert.equal(r.code, 0);
  assert.deepEqual(r.stdout.trimEnd().split('\n').map((l) => l.split(/\s+/)[0]), ['await', 'callbacks', 'cancel', 'gather', 'as-completed', 'factorial']);
});

test('Ctrl-C cancels the CLI run gracefully', async () => {
  let sent = false;
  const r = await cli(['run', 'gather'], {
    onStdout: (out, child) => { if (!sent && out.includes('Worker - will take some time')) { sent = true; child.kill('SIGINT'); } },
  });
  assert.equal(r.code, 130);
  assert.ok(!r.stdout.includes('Worker - Done it'));
});

test('huge options and text that is not UTF-8 are refused with a clear message', async () => {
  let events = await collect('factorial', { clock: 'virtual', input: { numbers: [1], pad: 'x'.repeat(70000) } });
  assertWellFormed(events);
  assert.match(events.find((e) => e.type === 'error').message, /options are \d+ bytes; at most 65536 are accepted/);
  // Lone surrogates are refused as an unknown value, like any other (docs/bad-input.md).
  events = await collect('factorial', { clock: 'virtual', input: { collect: '\udcff\ud800' } });
  assertWellFormed(events);
  assert.match(events.find((e) => e.type === 'error').message, /collect must be "gather" or "as_completed"/);
  events = await collect('factorial', { clock: 'virtual', input: { collect: 'gath\u00e9r\u0007' } });
  assertWellFormed(events);
  assert.match(events.find((e) => e.type === 'error').message, /collect must be "gather" or "as_completed"/);
});
