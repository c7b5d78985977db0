// The numbers layer (python/num.h) against CPython, byte for byte.
//
// Each test generates operations (edge cases and seeded random ones), runs
// them through python3 (tests/python/num_oracle.py) and through numcheck
// (python/tools/numcheck.c, the same line protocol over the layer), natively,
// under ASan+UBSan and in wasm (node), and compares every answer line.  NUM_SEED=n changes
// the random cases; NUM_COUNT=n scales how many.
//
// Build first: make test-num (or the three numcheck targets in python/python.mk).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const build = process.env.BUILD ?? path.join(root, 'build');
const BINS = [path.join(build, 'native/numcheck'), path.join(build, 'san/numcheck'), path.join(build, 'wasm/numcheck.cjs')];
const ORACLE = path.join(root, 'tests/python/num_oracle.py');
const SEED = Number(process.env.NUM_SEED ?? 13);
const COUNT = Number(process.env.NUM_COUNT ?? 1);

// ---- encodings (see numcheck.c) ------------------------------------------
const hexText = (s) => (s === '' ? '-' : Buffer.from(s, 'utf8').toString('hex'));
const unhexText = (h) => (h === '-' ? '' : Buffer.from(h, 'hex').toString('utf8'));
const I = (v) => (v < 0n ? '-' + (-v).toString(16) : v.toString(16));
const F = (x) => {
  const dv = new DataView(new ArrayBuffer(8));
  dv.setFloat64(0, x);
  return dv.getBigUint64(0).toString(16).padStart(16, '0');
};
const Fbits = (bits) => bits.toString(16).padStart(16, '0');

// ---- a seeded generator (xorshift128+) ----------------------------------------
function rng(seed) {
  let s0 = BigInt(seed) * 0x9e3779b97f4a7c15n + 1n, s1 = 0x1234567n ^ BigInt(seed);
  const M = (1n << 64n) - 1n;
  const next = () => {
    let x = s0, y = s1;
    s0 = y;
    x ^= (x << 23n) & M;
    s1 = x ^ y ^ (x >> 17n) ^ (y >> 26n);
    return (s1 + y) & M;
  };
  const r = {
    u64: next,
    int: (n) => Number(next() % BigInt(n)),
    pick: (a) => a[r.int(a.length)],
    big: (bits) => {
      let v = 0n;
      for (let b = 0; b < bits; b += 64) v = (v << 64n) | next();
      v &= (1n << BigInt(bits)) - 1n;
      return r.int(2) ? -v : v;
    },
    float: () => {
      switch (r.int(5)) {
        case 0: { // any finite bit pattern
          let bits;
          do bits = next(); while (((bits >> 52n) & 0x7ffn) === 0x7ffn);
          const dv = new DataView(new ArrayBuffer(8));
          dv.setBigUint64(0, bits);
          return dv.getFloat64(0);
        }
        case 1: return (r.int(2) ? -1 : 1) * Number(next() % 100000n) / 100;
        case 2: return (r.int(2) ? -1 : 1) * Number(next()) / 2 ** 64 * 10 ** (r.int(40) - 20);
        case 3: return (r.int(2) ? -1 : 1) * (r.int(2000) + 0.5) / 10 ** r.int(6);
        default: return Number(next() % 2000000n) / 2 ** r.int(60) - 1000;
      }
    },
  };
  return r;
}

// ---- values -------------------------------------------------------------------
const EDGE_INTS = [0n, 1n, -1n, 2n, -2n, 3n, 7n, -7n, 10n, 255n, 256n, -256n, 2n ** 31n - 1n, 2n ** 31n, 2n ** 32n,
  2n ** 53n - 1n, 2n ** 53n, 2n ** 53n + 1n, -(2n ** 53n) - 1n, 2n ** 63n - 1n, 2n ** 63n, -(2n ** 63n),
  -(2n ** 63n) - 1n, 2n ** 64n - 1n, 2n ** 64n, -(2n ** 64n), 10n ** 18n, 10n ** 19n, 10n ** 30n, -(10n ** 30n),
  2n ** 100n, 3n ** 100n, -(7n ** 80n), 2n ** 1000n, -(2n ** 1000n) + 1n, 2n ** 1023n, 2n ** 1024n - 1n,
  2n ** 1024n, (2n ** 53n - 1n) * 2n ** 971n, (2n ** 54n - 1n) * 2n ** 970n, 2n ** 61n - 1n, 2n ** 61n, -(2n ** 61n) + 1n];
const EDGE_FLOATS = [0, -0, 1, -1, 0.1, 0.2, 0.1 + 0.2, 0.3, 1e16, 1e15, 9999999999999998, 1e-5, 1e-4, 1.5e-5,
  0.0001, 123456789.123, 5e-324, -5e-324, 2.2250738585072014e-308, 2.225073858507201e-308, 1.7976931348623157e308,
  -1.7976931348623157e308, Infinity, -Infinity, NaN, 0.5, 1.5, 2.5, -2.5, 3.5, 2.675, 1e22, 1e23, 2 ** 53,
  2 ** 53 + 2, 2 ** 63, 2 ** 64, 2 ** 1023, 1 / 3, 2 / 3, 100, 1e100, 123.456, -0.001, 0.125, 1e300, 1e-300,
  4.35, 0.045, 1234.5, 0.6666666666666666, 2 ** -1074, 2 ** -1022, 2 ** -1000, 1e21, 1e-7, 12345678901234567890,
  0.30000000000000004, 3.141592653589793, 2.718281828459045, 299792458, 6.02214076e23, -(2 ** 52) - 0.5, 2 ** 52 + 0.5];

function ints(r, n) {
  const out = [...EDGE_INTS];
  for (let k = 0; k < n; k++) out.push(r.big(r.pick([1, 3, 8, 17, 31, 32, 33, 52, 53, 54, 63, 64, 65, 100, 200, 400])));
  return out;
}
function floats(r, n) {
  const out = [...EDGE_FLOATS];
  for (let k = 0; k < n; k++) out.push(r.float());
  return out;
}

// ---- running and comparing ---------------------------------------------------------
// Both sides run with a time limit, and python3 with a memory limit (ASan
// needs its address space), so that a case that blows up fails the test
// instead of the machine.
function run(cmd, args, input) {
  const limit = cmd === 'python3' ? 'ulimit -v 4000000; ' : '';
  const p = spawnSync('bash', ['-c', limit + 'exec "$0" "$@"', cmd, ...args],
    { input, encoding: 'utf8', maxBuffer: 1 << 28, timeout: 240000 });
  assert.equal(p.status, 0, `${path.basename(cmd)} failed (status ${p.status}): ${p.stderr}`);
  return p.stdout.split('\n').slice(0, -1);
}

// Decodes a line's hex text fields for a readable failure message (fields
// that decode to printable text; float bit patterns stay as they are).
function show(line) {
  return line.split(' ').map((t, k) => {
    if (k === 0 || !/^[0-9a-f]+$/.test(t) || t.length % 2 || t.length < 4) return t;
    const s = unhexText(t);
    return /^[\x20-\x7e\u00a0-\uffff]*$/.test(s) && !/\ufffd/.test(s) ? JSON.stringify(s) : t;
  }).join(' ');
}

function compare(name, lines, bins = BINS) {
  const input = lines.join('\n') + '\n';
  const want = run('python3', [ORACLE], input);
  assert.equal(want.length, lines.length, `${name}: the oracle answered ${want.length} of ${lines.length}`);
  for (const bin of bins) {
    assert.ok(existsSync(bin), `${bin} is missing: run make test-num (or make ${path.relative(root, bin)})`);
    const got = bin.endsWith('.cjs') ? run('node', [bin], input) : run(bin, [], input);
    const bad = [];
    for (let k = 0; k < lines.length; k++) {
      if (got[k] !== want[k]) bad.push(`  ${show(lines[k])}\n    python: ${show(want[k] ?? '(none)')}\n    num:    ${show(got[k] ?? '(none)')}`);
    }
    assert.equal(bad.length, 0, `${name} (${path.relative(root, bin)}, seed ${SEED}): ${bad.length} of ${lines.length} differ:\n${bad.slice(0, 25).join('\n')}`);
  }
}

// ---- the cases ----------------------------------------------------------------------------
test('the C unit tests of the layer pass under ASan and UBSan (tests/python/num_test.c)', () => {
  const bin = path.join(build, 'san/num_test');
  assert.ok(existsSync(bin), `${bin} is missing: run make test-num`);
  const p = spawnSync(bin, [], { encoding: 'utf8', timeout: 120000 });
  assert.equal(p.status, 0, p.stdout + p.stderr);
  assert.match(p.stdout, /num_test: all passed/);
});

test('int arithmetic, floor division, bitwise operations and shifts match CPython', () => {
  const r = rng(SEED);
  const vs = ints(r, 60 * COUNT);
  const lines = [];
  for (let k = 0; k < 1500 * COUNT; k++) {
    const a = r.pick(vs), b = r.pick(vs);
    for (const op of ['add', 'sub', 'mul', 'floordiv', 'mod', 'divmod', 'and', 'or', 'xor', 'cmp', 'gcd'])
      lines.push(`${op} ${I(a)} ${I(b)}`);
  }
  const smalls = [0n, 1n, -1n, 7n, -7n, 2n ** 27n, 2n ** 28n - 1n, 2n ** 28n, -(2n ** 28n), 2n ** 59n, 2n ** 60n - 1n,
    2n ** 60n, -(2n ** 60n), 2n ** 63n - 1n, -(2n ** 63n)];
  for (const a of vs) {
    for (const b of smalls) lines.push(`add_i64 ${I(a)} ${I(b)}`, `mul_i64 ${I(a)} ${I(b)}`);
    for (const op of ['invert', 'neg', 'abs', 'bitlen', 'hash', 'i64', 'int_str']) lines.push(`${op} ${I(a)}`);
    for (const op of ['floordiv', 'mod', 'divmod']) lines.push(`${op} ${I(a)} 0`);
    for (const n of [0n, 1n, 5n, 31n, 64n, 100n, -1n, 2n ** 70n]) {
      lines.push(`lshift ${I(a)} ${I(n)}`);
      lines.push(`rshift ${I(a)} ${I(n)}`);
    }
    for (const base of [2, 8, 16]) lines.push(`int_base ${I(a)} ${base} ${r.int(2)}`);
  }
  compare('int arithmetic', lines);
});

// big * small by the interpreter's loop (num_int_mul_i64: four digits a
// turn in wasm, then the rest one by one), at every length around the
// digit sizes (28 bits in wasm, 60 natively); numcheck also checks the
// product written new, in place and over a longer number (r *= i).
test('int times a one-digit int matches CPython at every digit count', () => {
  const r = rng(SEED + 7);
  const as = [];
  for (let k = 1; k <= 14; k++) {
    for (const bits of [28 * k, 60 * k]) {
      const top = 1n << BigInt(bits);
      as.push(top - 1n, -(top - 1n), top, r.big(bits), r.big(bits - 1));
    }
  }
  const bs = [0n, 1n, -1n, 2n, -3n, 10n, 2000n, -2001n, 2n ** 27n + 1n, 2n ** 28n - 1n, -(2n ** 28n - 1n), 2n ** 28n,
    2n ** 59n + 7n, 2n ** 60n - 1n, 2n ** 60n, -(2n ** 63n)];
  const lines = [];
  for (const a of as) for (const b of bs) lines.push(`mul_i64 ${I(a)} ${I(b)}`);
  compare('int times a small int', lines);
});

test('int powers, pow with a modulus and modular inverses match CPython', () => {
  const r = rng(SEED + 1);
  const vs = ints(r, 30 * COUNT);
  const lines = [];
  for (const a of vs) {
    for (const e of [0n, 1n, 2n, 3n, 7n, 10n, 33n, BigInt(r.int(60))]) {
      if (a !== 0n && (a < 0n ? -a : a) > 2n ** 400n && e > 10n) continue;
      lines.push(`pow ${I(a)} ${I(e)}`);
    }
    for (let k = 0; k < 6; k++) {
      const e = r.pick([0n, 1n, -1n, -2n, 65537n, r.big(40), r.big(100)]);
      const m = r.pick([0n, 1n, -1n, 2n, 7n, -7n, 97n, 2n ** 61n - 1n, r.big(64), r.big(130), 10n ** 9n + 7n]);
      lines.push(`powmod ${I(a)} ${I(e)} ${I(m)}`);
    }
  }
  for (const [a, e] of [[0n, 2n ** 80n], [1n, 2n ** 80n], [-1n, 2n ** 80n + 1n], [-1n, 2n ** 80n]]) lines.push(`pow ${I(a)} ${I(e)}`);
  compare('int powers', lines);
});

test('int true division, int to float and float to int match CPython', () => {
  const r = rng(SEED + 2);
  const vs = ints(r, 80 * COUNT);
  const lines = [];
  for (let k = 0; k < 3000 * COUNT; k++) lines.push(`truediv ${I(r.pick(vs))} ${I(r.pick(vs))}`);
  for (const a of vs) {
    lines.push(`truediv ${I(a)} 0`, `to_double ${I(a)}`);
    lines.push(`truediv ${I(a * 2n ** 1100n)} ${I(3n ** 700n)}`, `truediv ${I(a)} ${I(2n ** 1100n + 1n)}`);
  }
  for (const x of floats(r, 300 * COUNT)) for (const op of ['from_double', 'round_int', 'floor', 'ceil']) lines.push(`${op} ${F(x)}`);
  compare('true division and conversions', lines);
});

test('int against float comparisons are exact as CPython', () => {
  const r = rng(SEED + 3);
  const vs = ints(r, 40 * COUNT);
  const fs = floats(r, 40 * COUNT);
  const lines = [];
  for (const a of vs) for (const x of fs) lines.push(`cmp_double ${I(a)} ${F(x)}`);
  for (const x of fs) {
    if (!Number.isFinite(x)) continue;
    const t = BigInt(Math.trunc(x));
    for (const d of [-1n, 0n, 1n]) lines.push(`cmp_double ${I(t + d)} ${F(x)}`);
  }
  compare('int/float comparisons', lines);
});

test('hashes of ints and floats are CPython\'s', () => {
  const r = rng(SEED + 4);
  const lines = [];
  for (const a of ints(r, 300 * COUNT)) lines.push(`hash ${I(a)}`);
  for (const x of floats(r, 500 * COUNT)) if (!Number.isNaN(x)) lines.push(`fhash ${F(x)}`);
  compare('hashes', lines);
});

const INT_TEXTS = ['0', '-0', '+7', ' 42 ', '\t-17\n', '1_000', '1__000', '_1', '1_', '0x1f', '0X1F', '0x_1f', '0o17',
  '0b101', '0b102', '010', '00', '0_0', '0x', '', ' ', '-', '+', 'x', '12a', '1 2', '١٢٣', '\u00a012\u2003', '１２',
  'ｆ', '9'.repeat(30), '-' + '7'.repeat(100), 'z', 'Z', '1e5', '1.0', '0b', '0o8', 'x'.repeat(300), "it's",
  '"q"', 'a\\b', '\u0000', '1\u00002', '\x85 5 \x85', '0xFFFFFFFFFFFFFFFFFFFF', '-0b1111', '  0O777  ', 'é', '\u2028'];

test('int() parsing, its errors and the 4300-digit limit match CPython', () => {
  const r = rng(SEED + 5);
  const lines = [];
  for (const s of INT_TEXTS) for (const base of [0, 10, 2, 8, 16, 36, 3, 1, 37, -1]) lines.push(`int_parse ${hexText(s)} ${base}`);
  for (let k = 0; k < 300 * COUNT; k++) {
    const base = r.pick([0, 2, 3, 8, 10, 16, 36]);
    const a = r.big(r.pick([8, 64, 200]));
    let s = base === 0 || base === 10 ? a.toString() : (a < 0n ? '-' : '') + (a < 0n ? -a : a).toString(Math.max(base, 2));
    if (r.int(3) === 0) s = s.replace(/(\d)(\d)/, '$1_$2');
    if (r.int(4) === 0) s = ' ' + s + ' ';
    lines.push(`int_parse ${hexText(s)} ${base}`);
  }
  for (const n of [640, 4300, 4301, 5000]) {
    lines.push(`int_parse ${hexText('1'.repeat(n))} 10`, `int_parse ${hexText('1'.repeat(n) + 'x')} 10`);
    lines.push(`int_parse ${hexText('1'.repeat(n))} 16`, `int_parse ${hexText('1'.repeat(n))} 7`);
    lines.push(`int_str ${I(10n ** BigInt(n) - 1n)}`, `int_str ${I(-(10n ** BigInt(n - 1)))}`);
  }
  lines.push('setmax 0', `int_str ${I(10n ** 5000n)}`, `int_parse ${hexText('9'.repeat(6000))} 10`);
  lines.push('setmax 280', 'setmax 1', `setmax ${I(-1n)}`, 'setmax 280');
  lines.push(`setmax ${I(641n)}`, `int_str ${I(10n ** 641n)}`, `int_str ${I(10n ** 640n)}`, `setmax ${I(4300n)}`);
  compare('int parsing', lines);
});

const FLOAT_TEXTS = ['1.5', ' -2.5e-3 ', '1_000.5', '1__0', '1_.5', '1._5', 'inf', '-Infinity', 'nan', '+NaN', '-nan',
  'iNf', 'infinit', 'infinityy', '1e', '.5', '5.', '.', '', ' ', '0x10', '1e1_0', '1_e5', '١.٥', 'nan(1)', '1e400',
  '-1e-400', '4.9e-324', '2.4e-324', '0.' + '0'.repeat(400) + '1', '1' + '0'.repeat(400), '12345678901234567890123',
  '+.5e+5', '-.e5', '1e+', '1e-5_0', '\u00a01.5\u2003', '１.５', '1,5', '0.1', '2.675', '1.7976931348623157e308',
  '1.7976931348623159e308', '\u0000', "x'y", '_1', '1_', '9007199254740993', '0.30000000000000004', '1E5', '- 1'];

test('float() parsing and its errors match CPython', () => {
  const r = rng(SEED + 6);
  const lines = FLOAT_TEXTS.map((s) => `float_parse ${hexText(s)}`);
  for (let k = 0; k < 800 * COUNT; k++) {
    const x = r.float();
    let s = r.int(2) ? x.toString() : x.toExponential(r.int(20));
    if (r.int(4) === 0) s = s.replace(/(\d)(\d)/, '$1_$2');
    lines.push(`float_parse ${hexText(s)}`);
  }
  compare('float parsing', lines);
});

test('float repr is the shortest round-tripping text, as CPython', () => {
  const r = rng(SEED + 7);
  const lines = floats(r, 4000 * COUNT).map((x) => `repr ${F(x)}`);
  // Powers of two (lopsided rounding intervals), and the neighbours of powers of ten.
  for (let e = -1074; e <= 1023; e += 1) lines.push(`repr ${F(2 ** e)}`);
  // integral values below and around 2**53 (a fast path of their own)
  for (let k = 0; k < 500 * COUNT; k++) {
    const v = Number(r.u64() % (2n ** BigInt(1 + r.int(56))));
    lines.push(`repr ${F(v)}`, `repr ${F(-v)}`, `fmt_float ${F(v)} ${hexText('')}`);
  }
  for (const v of [2 ** 53 - 1, 2 ** 53, 2 ** 53 + 2, 1e15, 1e16, 1e17, 123456789012345, 100, 1, 10, 1000000])
    lines.push(`repr ${F(v)}`, `repr ${F(-v)}`);
  const dv = new DataView(new ArrayBuffer(8));
  for (let e = -300; e <= 300; e += 7) {
    dv.setFloat64(0, Number(`1e${e}`));
    const b = dv.getBigUint64(0);
    for (const d of [-1n, 0n, 1n]) lines.push(`repr ${Fbits(b + d)}`);
  }
  compare('float repr', lines);
});

test('float division, floor division, modulo, divmod and power match CPython', () => {
  const r = rng(SEED + 8);
  const fs = floats(r, 50 * COUNT);
  const lines = [];
  for (let k = 0; k < 2500 * COUNT; k++) {
    const a = r.pick(fs), b = r.pick(fs);
    for (const op of ['fdiv', 'ffloordiv', 'fmod', 'fdivmod']) lines.push(`${op} ${F(a)} ${F(b)}`);
  }
  for (const a of fs) for (const op of ['fdiv', 'ffloordiv', 'fmod', 'fdivmod']) lines.push(`${op} ${F(a)} ${F(r.int(2) ? 0 : -0)}`);
  // pow's special cases and errors are the layer's own, the same everywhere
  for (const a of [0, -0, 1, -1, 2, -2, -8, 0.5, -0.5, Infinity, -Infinity, NaN])
    for (const b of [0, -0, 1, -1, 2, 3, -3, 0.5, -0.5, 1e300, -1e300, Infinity, -Infinity, NaN, 2 ** 60 + 1, 1 / 3])
      lines.push(`fpow ${F(a)} ${F(b)}`, `mpow ${F(a)} ${F(b)}`);
  compare('float arithmetic', lines);
});

test('round(x) and round(x, n) are correctly rounded as CPython', () => {
  const r = rng(SEED + 9);
  const lines = [];
  const fs = floats(r, 800 * COUNT);
  for (const x of fs) {
    lines.push(`round ${F(x)} ${I(BigInt(r.int(30) - 10))}`);
    lines.push(`round ${F(x)} ${I(BigInt(r.int(8)))}`);
  }
  for (const x of EDGE_FLOATS) for (const n of [0n, 1n, 2n, 3n, -1n, -2n, -5n, 15n, 17n, 22n, -22n, -300n, -307n, -308n, -309n, 308n, 323n, 324n, 2n ** 70n, -(2n ** 70n)])
    lines.push(`round ${F(x)} ${I(n)}`);
  for (let k = 0; k < 400 * COUNT; k++) {
    // decimal ties and near-ties: k/200 and k/2000 are where half-even and the binary value disagree
    const x = (r.int(2) ? -1 : 1) * r.int(100000) / r.pick([2, 20, 200, 2000, 20000]);
    lines.push(`round ${F(x)} ${I(BigInt(r.int(5)))}`, `round ${F(x * 1000)} ${I(BigInt(-r.int(5)))}`, `round_int ${F(x)}`);
  }
  for (const x of [1.5e308, 1.7976931348623157e308, -1.7e308]) for (const n of [-308n, -307n, -300n]) lines.push(`round ${F(x)} ${I(n)}`);
  for (const x of fs) lines.push(`is_integer ${F(x)}`, `sqrt ${F(x)}`);
  compare('round', lines);
});

test('math helpers: isqrt, gcd and factorial match CPython', () => {
  const r = rng(SEED + 10);
  const lines = [];
  for (const a of ints(r, 100 * COUNT)) lines.push(`isqrt ${I(a)}`, `gcd ${I(a)} ${I(r.big(r.pick([8, 64, 130])))}`);
  for (const n of [-1n, 0n, 1n, 2n, 5n, 20n, 21n, 100n, 170n, 171n, 1000n, 2000n, 2n ** 64n]) lines.push(`factorial ${I(n)}`);
  compare('math', lines);
});

test('the math module\'s log of big ints, pow, fmod, comb, perm, lcm and round of ints match CPython', () => {
  const r = rng(SEED + 15);
  const lines = [];
  const fs = MATH_FLOATS(r);
  for (const a of [0n, -1n, -(10n ** 400n)]) for (const fn of [4, 5, 6]) lines.push(`mathlog_int ${fn} ${I(a)}`);
  const special = [0, -0, 1, -1, 2, -2, 0.5, -0.5, 3, -3, Infinity, -Infinity, NaN, 1e300, -1e300, 2.5];
  for (const x of [...special, ...fs.slice(0, 40)]) for (const y of special) lines.push(`mfmod ${F(x)} ${F(y)}`);
  for (let k = 0; k < 300 * COUNT; k++) {
    const n = BigInt(r.int(300) - 5), kk = BigInt(r.int(310) - 5);
    lines.push(`comb ${I(n)} ${I(kk)}`, `perm ${I(n)} ${I(kk)}`, `lcm ${I(r.big(40))} ${I(r.big(70))}`);
  }
  lines.push('perm1 5', 'perm1 -1', 'perm1 0', 'lcm 0 5', 'lcm -4 6');
  for (const a of [...ints(r, 60 * COUNT), 25n, 35n, -25n, 15n, 5n, -5n, 1250n, 1350n])
    for (const n of [0n, 2n, -1n, -2n, -3n, -10n, -30n, -100n, -400n]) lines.push(`int_round ${I(a)} ${I(n)}`);
  for (const a of ints(r, 100 * COUNT)) if (a >= -(2n ** 63n) && a < 2n ** 63n) lines.push(`i64hash ${I(a)}`);
  compare('math', lines);
});

// The C library's transcendental functions: glibc's natively (CPython's own
// on this machine), musl's in wasm, which misses CPython's last bit now and
// then (cbrt often, sin/cos/tan/atan/tanh/log10/erf in a few percent of
// random arguments).  Natively they must match; in wasm the count of
// differences is reported as a todo.
const MATH1_COUNT = 24;
const MATH_FLOATS = (r) => [...floats(r, 150 * COUNT), 0.5, -0.5, 2, -2, 0.999, 1.001, 710, -710, 1000, -1000, -1.5, -3];
function libmLines() {
  const r = rng(SEED + 16);
  const fs = MATH_FLOATS(r);
  const lines = [];
  for (let fn = 0; fn < MATH1_COUNT; fn++) for (const x of fs) lines.push(`math1 ${fn} ${F(x)}`);
  for (const a of ints(r, 60 * COUNT)) for (const fn of [4, 5, 6]) lines.push(`mathlog_int ${fn} ${I(a)}`, `mathlog_int ${fn} ${I(a * 10n ** 350n)}`);
  const pf = floats(r, 50 * COUNT);
  for (let k = 0; k < 2500 * COUNT; k++) {
    const a = r.pick(pf), b = r.pick([r.pick(pf), 0, 1, 2, 3, -1, -2, 0.5, -0.5, 1 / 3, 10, 100, 1000, Infinity, -Infinity, NaN]);
    lines.push(`fpow ${F(a)} ${F(b)}`, `mpow ${F(a)} ${F(b)}`);
  }
  return lines;
}

test('pow and the math functions of one float match CPython natively (glibc)', () => {
  compare('libm', libmLines(), BINS.filter((b) => !b.endsWith('.cjs')));
});

test('pow and the math functions of one float in wasm (musl) differ from CPython\'s glibc in the last bit now and then',
  { todo: 'musl\'s libm is not glibc\'s (math.log10, sin, cos, tan, cbrt, pow now and then): port CPython-exact versions if it matters' }, () => {
    compare('libm (wasm)', libmLines(), BINS.filter((b) => b.endsWith('.cjs')));
  });

// ---- format specs ------------------------------------------------------------
function randomSpec(r, kind) {
  let s = '';
  const align = r.pick(['', '', '<', '>', '=', '^']);
  if (align && r.int(2)) s += r.pick(['*', '0', ' ', 'é', 'x', '{', '_', ',']);
  s += align;
  s += r.pick(['', '', '', '+', '-', ' ']);
  if (r.int(8) === 0) s += 'z';
  if (r.int(4) === 0) s += '#';
  if (r.int(4) === 0) s += '0';
  if (r.int(2)) s += String(r.int(25));
  if (r.int(4) === 0) s += r.pick([',', '_', ',_', '_,']);
  if (r.int(2)) s += '.' + (r.int(15) ? String(r.int(kind === 'float' ? 25 : 12)) : '');
  const types = { int: 'bcdoxXn' + 'eEfFgG%', float: 'eEfFgGn%', str: 's' };
  if (r.int(10)) s += r.pick([...types[kind], '', '']);
  else s += r.pick(['y', 's', 'd', 'c', 'é', '\u0001', 'ab']);
  return s;
}

test('format() of int and bool with every spec matches CPython', () => {
  const r = rng(SEED + 11);
  const vs = ints(r, 40 * COUNT);
  const lines = [];
  for (let k = 0; k < 5000 * COUNT; k++) lines.push(`fmt_int ${I(r.pick(vs))} ${hexText(randomSpec(r, 'int'))}`);
  const fixed = ['', 'd', ',', '_', '_x', '_b', '_o', ',x', '#x', '#X', '#o', '#b', '010,', '08_x', '+', ' ', '-',
    '=+10', '^11', '*^11', 'c', '+c', '#c', '.2', 'z', '.2f', '%', '.3e', 'g', 'n', ',n', 'x<5', '0=10', '\u00e9>7',
    ',.2f', '010.3', '-010', '#010x', '#_b', '1000'];
  for (const v of [0n, 1n, -1n, 1234567n, -1234567n, 65n, 0x10ffffn, 0x110000n, 2n ** 70n, 10n ** 20n])
    for (const s of fixed) lines.push(`fmt_int ${I(v)} ${hexText(s)}`);
  for (const s of ['d', 'x', 's', 'c', '5', '>5', 'f', '.1%', 'b']) lines.push(`fmt_bool 1 ${hexText(s)}`, `fmt_bool 0 ${hexText(s)}`);
  compare('format of ints', lines);
});

test('format() of float with every spec matches CPython', () => {
  const r = rng(SEED + 12);
  const fs = floats(r, 60 * COUNT);
  const lines = [];
  for (let k = 0; k < 6000 * COUNT; k++) lines.push(`fmt_float ${F(r.pick(fs))} ${hexText(randomSpec(r, 'float'))}`);
  const fixed = ['', '.3', '.0', '.1', '.17', '.20', 'e', 'E', 'f', 'F', 'g', 'G', '%', '.2%', 'n', '.3n', ',', '_',
    ',.2f', '_.3e', '010', '010,', '+', ' ', '-', 'z', 'z.1f', 'z.0e', '#', '#.0f', '#.0e', '#g', '#.3g', '=+12.3',
    '*^15', '<10', '>10', '^10', '020,.2f', '.30f', '.50e', 'x', 'd', '.3s', '0>8.2f', '\u00e9^9', '.900g', '.1200f',
    '.2000e', '.800'];
  for (const x of EDGE_FLOATS) for (const s of fixed) lines.push(`fmt_float ${F(x)} ${hexText(s)}`);
  compare('format of floats', lines);
});

test('format() of str with every spec matches CPython', () => {
  const r = rng(SEED + 13);
  const strs = ['', 'a', 'abc', 'hello world', 'été', '日本語', '\u{1F600}x', "it's", 'x'.repeat(30)];
  const lines = [];
  for (let k = 0; k < 2000 * COUNT; k++) lines.push(`fmt_str ${hexText(r.pick(strs))} ${hexText(randomSpec(r, 'str'))}`);
  for (const s of ['', 's', '5', '<5', '>5', '^6', '*^7', '.2', '10.2', ',', '_', '+', ' ', '-', 'z', '#', '=5', '05', 'é>4', 'd', 'x', '\u0001'])
    for (const v of strs) lines.push(`fmt_str ${hexText(v)} ${hexText(s)}`);
  compare('format of strs', lines);
});

// ---- %-formatting ----------------------------------------------------------------
function randomPct(r, types) {
  let s = '%';
  for (let k = r.int(3); k > 0; k--) s += r.pick(['-', '+', ' ', '#', '0']);
  if (r.int(2)) s += r.int(6) ? String(r.int(20)) : '*';
  if (r.int(2)) s += '.' + (r.int(6) ? String(r.int(20)) : r.int(2) ? '*' : '');
  if (r.int(10) === 0) s += r.pick(['l', 'h', 'L']);
  s += r.pick(types);
  return s;
}

function pctLine(r, op, fmt, value) {
  const stars = [...fmt].filter((c) => c === '*').map(() => I(BigInt(r.int(30) - 10)));
  return `${op} ${hexText(fmt)} ${[...stars, value].join(' ')}`;
}

test('%-formatting of ints, floats and strs matches CPython', () => {
  const r = rng(SEED + 14);
  const vs = ints(r, 30 * COUNT);
  const fs = floats(r, 40 * COUNT);
  const strs = ['', 'a', 'abc', 'été', '日本語x', "it's"];
  const lines = [];
  for (let k = 0; k < 2500 * COUNT; k++) {
    lines.push(pctLine(r, 'pct_int', randomPct(r, [...'diuoxXeEfFgGc', 'y']), I(r.pick([...vs, 65n, 0x10ffffn, 0x110000n]))));
    lines.push(pctLine(r, 'pct_float', randomPct(r, [...'diueEfFgG', 'x', 'c', 'é']), F(r.pick(fs))));
    lines.push(pctLine(r, 'pct_str', randomPct(r, ['s', 'r', 'a', 'c', 'd', 'f', 'x', 'c']), hexText(r.pick([...strs, 'é', 'z']))));
  }
  for (const f of ['%d', '%5d', '%-5d', '%05d', '%+d', '% d', '%.3d', '%#o', '%#x', '%#X', '%#08x', '%+#10o', '%x', '%X', '%c', '%e', '%.0f', '%%'])
    for (const v of [0n, 1n, -1n, 255n, -255n, 65n, 10n ** 20n, -(2n ** 70n)]) if (f !== '%%') lines.push(`pct_int ${hexText(f)} ${I(v)}`);
  for (const f of ['%f', '%.2f', '%10.3f', '%-10.3f|', '%+.1e', '%E', '%g', '%G', '%#g', '%#.0f', '%#.0e', '%.0e', '%08.3f', '% 05.1f', '%d', '%i', '%x', '%c', '%020.3e', '%F', '%.30f'])
    for (const x of EDGE_FLOATS) if (!f.endsWith('|')) lines.push(`pct_float ${hexText(f)} ${F(x)}`);
  compare('%-formatting', lines);
});

test('str repr picks CPython\'s quotes and escapes', () => {
  const strs = ['', 'a', "it's", 'say "hi"', 'both \' and "', 'tab\there', 'nl\n', 'cr\r', 'bs\\', '\u0000\u0001\u001f\u007f',
    '\u0080\u009f\u00a0\u00ad', 'été', '日本語', '\u2028\u2029', '\u200b', '\ud7ff\ue000', '\u{1F600}', '\u{10FFFF}',
    '\u{E0001}', '\u0378', '\u{1D400}', '\ufeff', '\u3000 \u00a0'];
  compare('str repr', strs.map((s) => `str_repr ${hexText(s)}`));
});
