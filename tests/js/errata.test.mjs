// errata.test.mjs -- where the chapter is wrong, the lessons say so
// (docs/lessons.md, "Where the chapter is wrong or misleading"): the table
// there and the lessons' READMEs agree, erratum by erratum, and every
// example program in a README prints what the README says CPython 3.11
// prints, through casyncio's interpreter and, when the machine has it,
// through python3 itself.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LESSONS, api, root } from './helpers.mjs';

const readme = (id) => readFileSync(join(root, 'tutorials', id, 'README.md'), 'utf8');

/** The table's rows: number, sections, and the lessons that explain it. */
const docs = readFileSync(join(root, 'docs', 'lessons.md'), 'utf8');
const errata = [...docs.matchAll(/^\| (\d+) \| ([^|]+) \|[^|]*\|[^|]*\| ([^|]+) \|$/gm)].map((m) => ({
  n: Number(m[1]),
  sections: m[2].trim(),
  lessons: [...m[3].matchAll(/`([a-z-]+)`/g)].map((l) => l[1]),
}));

/** Each README's errata sections: { n, sections, text }. */
function sections(id) {
  const parts = readme(id).split(/^(?=#{1,3} )/m);
  return parts.flatMap((p) => {
    const m = /^### Erratum (\d+) \(([^)]+)\):/.exec(p);
    return m ? [{ n: Number(m[1]), sections: m[2], text: p }] : [];
  });
}

/** ```python blocks each followed, one line of prose later, by a ```text block. */
function examples(text) {
  return [...text.matchAll(/```python\n([\s\S]*?)```\n\n[^\n`]*\n\n```text\n([\s\S]*?)```/g)].map((m) => ({
    source: m[1],
    expected: m[2],
  }));
}

// Errata about history or typesetting: there is nothing to run.
const WITHOUT_PROGRAM = [1, 4, 9];
// An object's address differs from run to run, and between interpreters.
const addresses = (s) => s.replace(/ at 0x[0-9a-f]+>/g, ' at 0x...>');

test('docs/lessons.md lists at least nine errata, numbered 1 to N, each explained in a lesson', () => {
  assert.ok(errata.length >= 9, `${errata.length} errata`);
  assert.deepEqual(errata.map((e) => e.n), errata.map((_, i) => i + 1));
  for (const e of errata) {
    assert.ok(e.lessons.length >= 1, `erratum ${e.n} names no lesson`);
    for (const id of e.lessons) assert.ok(LESSONS.includes(id), `erratum ${e.n}: no lesson ${id}`);
  }
});

test('each erratum has its own heading, with the table\'s sections, in every lesson the table names and no other', () => {
  const found = new Map(); // n -> [lesson ids]
  for (const id of LESSONS) {
    for (const s of sections(id)) {
      const e = errata.find((x) => x.n === s.n);
      assert.ok(e, `${id}: erratum ${s.n} is not in docs/lessons.md`);
      assert.equal(s.sections, e.sections, `${id}: erratum ${s.n}'s sections`);
      found.set(s.n, [...(found.get(s.n) ?? []), id]);
    }
  }
  for (const e of errata) assert.deepEqual((found.get(e.n) ?? []).sort(), [...e.lessons].sort(), `erratum ${e.n}`);
});

test('every erratum with something to run shows a program and what CPython prints', () => {
  for (const id of LESSONS) {
    for (const s of sections(id)) {
      const n = examples(s.text).length;
      // An erratum explained twice has its program in its first lesson.
      const first = errata.find((e) => e.n === s.n).lessons[0] === id;
      if (WITHOUT_PROGRAM.includes(s.n) || !first) continue;
      assert.ok(n >= 1, `${id}: erratum ${s.n} has no program with its output`);
    }
  }
});

const all = LESSONS.flatMap((id) => examples(readme(id)).map((ex, i) => ({ id, i, ...ex })));

test('the READMEs hold at least one example program per erratum that has one', () => {
  assert.ok(all.length >= errata.length - WITHOUT_PROGRAM.length, `${all.length} programs`);
});

for (const ex of all) {
  test(`${ex.id}, example ${ex.i + 1}: casyncio's interpreter prints what the README says CPython prints`, async () => {
    const out = [];
    for await (const ev of api.runPython(ex.source, { clock: 'virtual', filename: 'example.py' })) out.push(ev);
    const stream = (s) => out.filter((e) => e.type === 'print' && (e.stream === 'stderr') === (s === 'stderr'))
      .map((e) => e.text + (e.end ?? '\n')).join('');
    assert.equal(stream('stderr'), '');
    assert.equal(addresses(stream('stdout')), addresses(ex.expected));
    assert.equal(out.at(-1).exit, 0);
  });
}

// The recorded output must stay CPython's: checked against python3 when it
// is 3.11 (the lessons were recorded with 3.11.7).
const py = spawnSync('python3', ['-c', 'import sys; print("%d.%d" % sys.version_info[:2])'], { encoding: 'utf8' });
const skip = py.status === 0 && py.stdout.trim() === '3.11' ? false : 'python3 3.11 is not installed';
test('every example program prints, under python3 3.11, what its README shows', { skip }, () => {
  for (const ex of all) {
    const r = spawnSync('python3', ['-'], { input: ex.source, encoding: 'utf8', timeout: 20000 });
    assert.equal(r.stderr, '', `${ex.id} example ${ex.i + 1}`);
    assert.equal(addresses(r.stdout), addresses(ex.expected), `${ex.id} example ${ex.i + 1}`);
  }
});
