// share-input.test.mjs -- in Node: share links (web/share.js) round-trip
// what is on the page and refuse damaged, foreign and oversized data with a
// sentence; a Python run's `input` events (web/casyncio.js) come in their
// place among the output, with `eof` when input() finds nothing left.
//
//   make site && node --test tests/js/share-input.test.mjs
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { CODE_MAX, SHARE_MAX, decodeShare, encodeShare, hashLesson, shareData } from '../../web/share.js';

describe('share links', () => {
  it('round-trip the lesson, code, seed, clock, input and factorial fields', async () => {
    const state = { lesson: 'factorial', code: 'print("héllo ✓")\n' + 'x = 1\n'.repeat(50), seed: 7, clock: 'virtual', stdin: 'Ada\n36', numbers: '5, 7, 3, 6', collect: 'as_completed' };
    const { hash, error } = await encodeShare(state);
    assert.equal(error, undefined);
    assert.match(hash, /^#factorial\?share=[A-Za-z0-9_-]+$/);
    assert.ok(hash.length < JSON.stringify(state).length * 0.6, `compressed: ${hash.length} of ${JSON.stringify(state).length}`);
    assert.equal(hashLesson(hash), 'factorial');
    const back = await decodeShare(shareData(hash));
    assert.deepEqual(back, { state: { v: 1, ...state } });
  });

  it('leave out what is not set', async () => {
    const { hash } = await encodeShare({ lesson: 'gather', code: '' });
    assert.deepEqual(await decodeShare(shareData(hash)), { state: { v: 1, lesson: 'gather', code: '' } });
  });

  it('refuse a program too long for a link, saying how long it packs', async () => {
    let code = '';
    for (let i = 0; i < 4000; i++) code += `print(${(i * 2654435761) % 1000003})\n`;
    const r = await encodeShare({ lesson: 'gather', code });
    assert.match(r.error, new RegExp(`^This program is too long to share as a link: it packs to \\d+ characters, and a link may carry ${SHARE_MAX}\\.`));
  });

  it('refuse damaged data with a sentence, never throwing', async () => {
    const { hash } = await encodeShare({ lesson: 'gather', code: 'print(1)\n'.repeat(20) });
    const data = shareData(hash);
    const cases = [
      [data.slice(0, data.length - 6), /it does not unpack: it was probably cut short when copied/],
      ['a+b/c', /it has characters a share link never has/],
      ['A'.repeat(SHARE_MAX + 1), /This link is too long/],
      ['', /it does not unpack|its contents are not what this page writes/],
    ];
    for (const [d, re] of cases) {
      const r = await decodeShare(d);
      assert.equal(r.state, undefined, d.slice(0, 20));
      assert.match(r.error, re);
    }
  });

  it('refuse data that unpacks to JSON of another shape or version', async () => {
    const pack = async (obj) => {
      const bytes = new Uint8Array(await new Response(new Blob([JSON.stringify(obj)]).stream().pipeThrough(new CompressionStream('deflate-raw'))).arrayBuffer());
      return Buffer.from(bytes).toString('base64url');
    };
    assert.match((await decodeShare(await pack({ v: 2, lesson: 'gather', code: '' }))).error, /made by another version of this page \(v=2\)/);
    assert.match((await decodeShare(await pack({ v: 1, lesson: '<script>', code: '' }))).error, /it names no lesson/);
    assert.match((await decodeShare(await pack({ v: 1, lesson: 'gather', code: 'x', seed: -1 }))).error, /its seed is not a whole number/);
    assert.match((await decodeShare(await pack({ v: 1, lesson: 'gather', code: 'x', clock: 'fast' }))).error, /its clock is neither real nor virtual/);
    assert.match((await decodeShare(await pack([1, 2]))).error, /it holds no page state/);
  });

  it('stop unpacking a small link that inflates past a program\'s size', async () => {
    const bomb = new Uint8Array(await new Response(new Blob(['"' + ' '.repeat(CODE_MAX * 5) + '"']).stream().pipeThrough(new CompressionStream('deflate-raw'))).arrayBuffer());
    const data = Buffer.from(bomb).toString('base64url');
    assert.ok(data.length < SHARE_MAX);
    assert.match((await decodeShare(data)).error, /it unpacks to more than a program may be/);
  });

  it('read the lesson of a hash with or without share data', () => {
    assert.equal(hashLesson('#gather'), 'gather');
    assert.equal(hashLesson('#as-completed?share=abc'), 'as-completed');
    assert.equal(hashLesson('#%'), '');
    assert.equal(shareData('#gather'), null);
    assert.equal(shareData('#gather?share=abc&x=1'), 'abc');
  });
});

describe('input events of a Python run', { skip: !existsSync(new URL('../../dist/python.wasm', import.meta.url)) && 'dist/ is not built' }, () => {
  it('come after the prompt, in order, with eof when input() finds nothing left', async () => {
    const { run } = await import('../../dist/casyncio.js');
    const src = 'a = input("a? ")\nprint("got", a)\ntry:\n    input()\nexcept EOFError:\n    print("EOF")\n';
    const evs = [];
    for await (const ev of run({ python: src, filename: 'p.py', stdin: 'one\n' }, { clock: 'virtual' })) evs.push(ev);
    const seen = evs.filter((e) => e.type === 'print' || e.type === 'input').map((e) => (e.type === 'input' ? (e.eof ? '<eof>' : `<${e.text}>`) : e.text + (e.end ?? '\n')));
    assert.deepEqual(seen, ['a? ', '<one>', 'got one\n', '<eof>', 'EOF\n']);
    evs.forEach((e, i) => assert.equal(e.seq, i + 1));
  });
});
