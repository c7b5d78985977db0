// The front end against CPython 3.11 itself: build/native/pyast (the
// tokenizer and parser, python/tools/pyast.c) must print, byte for byte,
//   - for tests/python/parser/*.py: ast.dump(ast.parse(src)), and the same
//     with include_attributes=True (positions: tracebacks draw carets from
//     them);
//   - for tests/python/syntax/*.py: the SyntaxError that
//     compile(src, path, 'exec') raises (type, msg, lineno, offset,
//     end_lineno, end_offset, text), parser and compiler errors alike.
// PYAST=build/san/pyast runs the same under ASan and UBSan.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('../../', import.meta.url).pathname;
const pyast = join(root, process.env.PYAST || 'build/native/pyast');
const dir = (d) => join(root, 'tests/python', d);
const files = (d) => readdirSync(dir(d)).filter((f) => f.endsWith('.py')).sort().map((f) => join(dir(d), f));

// What CPython says for every file, in one python3 run (JSON: path -> lines).
const oracle = String.raw`
import ast, json, sys
def err(e):
    return ' '.join(map(str, [type(e).__name__, repr(e.msg), e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text)]))
out = {}
mode = sys.argv[1]
for path in sys.argv[2:]:
    src = open(path, 'rb').read()
    if mode == 'dump':
        try:
            t = ast.parse(src)
            out[path] = [ast.dump(t), ast.dump(t, include_attributes=True)]
        except SyntaxError as e:
            out[path] = [err(e), err(e)]
    else:
        try:
            compile(src, path, 'exec')
            out[path] = ['compiles']
        except SyntaxError as e:
            out[path] = [err(e)]
print(json.dumps(out))
`;

function cpython(mode, paths) {
  const version = execFileSync('python3', ['-c', 'import sys; print(sys.version_info[:2] == (3, 11))']).toString().trim();
  assert.equal(version, 'True', 'these tests compare with CPython 3.11: python3 must be 3.11');
  return JSON.parse(execFileSync('python3', ['-c', oracle, mode, ...paths], { maxBuffer: 1 << 28 }).toString());
}

function run(args) {
  const r = spawnSync(pyast, args, { maxBuffer: 1 << 28 });
  assert.equal(r.error, undefined, `cannot run ${pyast} (make pyfront)`);
  assert.equal(r.stderr.toString(), '', `${args.join(' ')}: stderr`);
  return r.stdout.toString().replace(/\n$/, '');
}

const parsed = files('parser');
const expectedDumps = cpython('dump', parsed);
for (const path of parsed) {
  const name = path.slice(root.length);
  test(`${name} dumps as CPython's ast.dump`, () => {
    assert.equal(run([path]), expectedDumps[path][0]);
  });
  test(`${name} has CPython's positions`, () => {
    assert.equal(run(['-a', path]), expectedDumps[path][1]);
  });
}

const refused = files('syntax');
const expectedErrors = cpython('compile', refused);
for (const path of refused) {
  const name = path.slice(root.length);
  test(`${name} is refused as CPython refuses it`, () => {
    const got = run(['-c', path]);
    const want = expectedErrors[path][0];
    assert.notEqual(want, 'compiles', `${name} compiles in CPython: not a syntax error test`);
    assert.equal(got, want);
  });
}
