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
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('../../', import.meta.url).pathname;
const pyast = join(root, process.env.PYAST || 'build/native/pyast');
const dir = (d) => join(root, 'tests/python', d);
const files = (d) => readdirSync(dir(d)).filter((f) => f.endsWith('.py')).sort().map((f) => join(dir(d), f));

// What CPython says for every file, in one python3 run (JSON: path -> lines).
const oracle = String.raw`
import ast, json, sys
def err(e):
    if not isinstance(e, SyntaxError):
        # a tree too deep to compile: no position
        return f"{type(e).__name__} {e.args[0] if e.args else ''!r} None None None None None"
    return ' '.join(map(str, [type(e).__name__, repr(e.msg), e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text)]))
out = {}
mode = sys.argv[1]
for path in sys.argv[2:]:
    src = open(path, 'rb').read()
    if mode == 'dump':
        try:
            t = ast.parse(src)
            out[path] = [ast.dump(t), ast.dump(t, include_attributes=True)]
        except (SyntaxError, RecursionError, MemoryError) as e:
            out[path] = [err(e), err(e)]
    elif mode == 'warn':
        import warnings
        with warnings.catch_warnings(record=True) as ws:
            warnings.simplefilter('always')
            try:
                compile(src, path, 'exec')
                lines = []
            except (SyntaxError, RecursionError, MemoryError) as e:
                lines = [err(e)]
        out[path] = [f"{w.category.__name__} {w.lineno} {str(w.message)!r}" for w in ws
                     if issubclass(w.category, SyntaxWarning)] + lines
    else:
        try:
            compile(src, path, 'exec')
            out[path] = ['compiles']
        except (SyntaxError, RecursionError, MemoryError) as e:
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

// The warnings CPython's compiler prints (SyntaxWarning), in its order,
// then the error if there is one.
const warned = files('warnings');
const expectedWarnings = cpython('warn', warned);
for (const path of warned) {
  const name = path.slice(root.length);
  test(`${name} warns as CPython's compiler warns`, () => {
    const got = run(['-c', '-w', path]).split('\n').filter((l) => !l.startsWith('Module('));
    assert.deepEqual(got, expectedWarnings[path]);
  });
}

// Errors CPython reports before parsing, when it runs a file (python3
// file.py): they carry no position.  Compared with the last line python3
// prints on stderr.
// A NUL byte: CPython's tokenizer stops at its line (text up to the NUL,
// offset 0, so no caret is drawn).
const nulls = { 'null_byte.py': "SyntaxError 'source code cannot contain null bytes' 2 0 2 0 'ab'" };
for (const path of files('syntax-file')) {
  const name = path.slice(root.length);
  test(`${name} is refused as python3 refuses the file`, () => {
    const r = spawnSync('python3', [path]);
    const lines = r.stderr.toString().trimEnd().split('\n');
    const last = lines.pop();
    const m = /^SyntaxError: (.*)$/.exec(last);
    assert.ok(m, `python3 ${name} printed ${last}`);
    const base = name.split('/').pop();
    if (nulls[base]) {
      assert.deepEqual(lines.slice(-2), [`  File "${path}", line 2`, '    ab']);
      assert.equal(run(['-c', path]), nulls[base]);
      return;
    }
    const msg = m[1].replace(/\\/g, '\\\\');
    assert.equal(run(['-c', path]), `SyntaxError "${msg}" None None None None None`);
  });
}

// A long program parses in little memory and time: 20,000 statements in
// well under 200 MB of address space (the arena once took a 64 KiB chunk
// per node).  Run on the native build (ASan reserves more address space).
test('a program of 20,000 statements parses in bounded memory', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pyast-'));
  const path = join(dir, 'long.py');
  const lines = [];
  for (let i = 0; i < 20000; i++) lines.push(`x${i} = [i * ${i} for i in range(3) if i] + f'{x!r:>{w}}'`);
  writeFileSync(path, lines.join('\n') + '\n');
  const native = join(root, 'build/native/pyast');
  const r = spawnSync('sh', ['-c', `ulimit -v 200000 && "${native}" -c -s 256 "${path}"`]);
  rmSync(dir, { recursive: true });
  assert.equal(r.stdout.toString(), 'ok\n', r.stderr.toString());
});

// The C stack is bounded: the deepest programs CPython accepts (99 nested
// blocks around 199 nested brackets, 200 nested calls, chains of 990
// operators) parse and check on a thread with a 160 KiB stack (native,
// -O2; a task's stack is 256 KiB), and past CPython's limits the error
// comes without a crash.
test('the deepest programs parse within a 160 KiB stack', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pyast-'));
  const native = join(root, 'build/native/pyast');
  const cases = {
    blocks_and_brackets: [''.concat(...Array.from({ length: 99 }, (_, i) => ' '.repeat(i) + 'if x:\n'),
      ' '.repeat(99), 'x = ', '('.repeat(199), '1', ')'.repeat(199), '\n'), 'ok'],
    calls: ['x = ' + 'f('.repeat(200) + ')'.repeat(200) + '\n', 'ok'],
    dicts: ['x = ' + '{1:'.repeat(199) + '1' + '}'.repeat(199) + '\n', 'ok'],
    unary: ['x = ' + '-'.repeat(990) + '1\n', 'ok'],
    sum: ['x = 1' + '+1'.repeat(990) + '\n', 'ok'],
    conditional: ['x = ' + Array.from({ length: 990 }, (_, i) => `a${i}`).join(' if c else ') + '\n', 'ok'],
    lambdas: ['x = ' + 'lambda: '.repeat(390) + '1\n', 'ok'],
    too_deep: ['x = ' + '-'.repeat(5000) + '1\n',
      "RecursionError 'maximum recursion depth exceeded during compilation' None None None None None"],
    too_many_brackets: ['x = ' + '['.repeat(300) + ']'.repeat(300) + '\n',
      "SyntaxError 'too many nested parentheses' 1 205 1 205 'x = " + '['.repeat(300) + ']'.repeat(300) + "'"],
  };
  try {
    for (const [name, [src, want]] of Object.entries(cases)) {
      const path = join(dir, `${name}.py`);
      writeFileSync(path, src);
      const r = spawnSync(native, ['-c', '-s', '160', path]);
      assert.equal(r.signal, null, `${name}: killed by ${r.signal}`);
      assert.equal(r.stdout.toString().replace(/\n$/, ''), want, name);
    }
  } finally {
    rmSync(dir, { recursive: true });
  }
});

// Out of memory anywhere: build/san/pyast-oom fails the Nth allocation
// (PYAST_FAIL_AT=N) under ASan; every N must give the normal answer or a
// MemoryError, with no crash and no leak.
test('running out of memory at any allocation is a MemoryError, never a crash', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pyast-'));
  const oom = join(root, 'build/san/pyast-oom');
  const programs = {
    valid: 'import asyncio\n@dec\nasync def f(a, *b, c=1, **d) -> int:\n    """doc"""\n' +
      '    x = [i * 2 for i in range(3) if i]\n    y = {k: v for k, v in d.items()}\n' +
      "    print(f'{x!r:>{c}} {y=}', 0x1F, 1.5e3, 2j, b'b')\n    match x:\n        case [1, *r] | {'k': r}:\n" +
      '            return await asyncio.sleep(0)\n    return x is 1\nclass A(B, metaclass=M):\n    z: int = 0\n',
    invalid: 'def f(:\n    pass\n',
    late_error: 'x = (1,\n     2\ny = f"{a b}"\nreturn 5\n',
  };
  try {
    for (const [name, src] of Object.entries(programs)) {
      const path = join(dir, `${name}.py`);
      writeFileSync(path, src);
      const normal = spawnSync(oom, ['-c', '-w', path]).stdout.toString();
      let n = 0;
      for (; n < 5000; n++) {
        const r = spawnSync(oom, ['-c', '-w', path], { env: { ...process.env, PYAST_FAIL_AT: String(n) } });
        const out = r.stdout.toString(), err = r.stderr.toString();
        assert.ok(r.status === 0 || r.status === 1 || (r.status === 2 && err === 'pyast: out of memory\n'),
          `${name}, allocation ${n} fails: status ${r.status} ${r.signal ?? ''}\n${err}`);
        if (out === normal) break;
        if (r.status !== 2) assert.match(out, /^MemoryError '' None None None None None\n$/, `${name}, allocation ${n}`);
      }
      assert.ok(n >= 3 && n < 5000, `${name}: ${n} allocations`);
    }
  } finally {
    rmSync(dir, { recursive: true });
  }
});

// Linear time on bad input: CPython's invalid_* rules, tried one inside
// the other, may each parse the rest again; nested without a bound that
// took time exponential in the brackets left open (a fuzzer's input of 693
// bytes took 10 s).  Three copies of that input must take well under 5 s.
test('bad input, many alternatives and many names take linear time', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pyast-'));
  try {
    const seed = readFileSync(join(root, 'tests/fuzz/corpus/parser/slow_nested_invalid_rules.py'), 'utf8');
    const body = seed.replace(/\n+$/, '');
    const path = join(dir, 'slow.py');
    writeFileSync(path, [body, body, body].join('\n') + '\n');
    const r = spawnSync(pyast, ['-c', path], { timeout: 5000 });
    assert.equal(r.error, undefined, 'pyast took more than 5 s');
    assert.match(r.stdout.toString(), /^SyntaxError /);
    // 40,000 alternatives that fail (with's parenthesized form): the
    // line of each error was once found by counting from the start
    const many = join(dir, 'many.py');
    writeFileSync(many, 'def f():\n' + '    with (yield x) as y: pass\n'.repeat(40000));
    const r2 = spawnSync(pyast, ['-c', '-s', '256', many], { timeout: 5000 });
    assert.equal(r2.error, undefined, 'pyast took more than 5 s');
    assert.equal(r2.stdout.toString(), 'ok\n');
    // 50,000 names in one scope (py_check's symbols were a list: 9 s)
    const names = join(dir, 'names.py');
    writeFileSync(names, Array.from({ length: 50000 }, (_, i) => `x${i} = ${i}\n`).join(''));
    const r3 = spawnSync(pyast, ['-c', '-s', '256', names], { timeout: 5000 });
    assert.equal(r3.error, undefined, 'pyast took more than 5 s');
    assert.equal(r3.stdout.toString(), 'ok\n');
  } finally {
    rmSync(dir, { recursive: true });
  }
});
