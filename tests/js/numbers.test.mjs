// numbers.test.mjs -- the lessons' wasm module reads the numbers of its
// options as the native build's libc does.  Its strtod is its own
// (runtime/platform/wasm_strtod.c: C's syntax, the host's Number() for the
// value), so the options' text goes to the module as written here, past
// the JS API's JSON.stringify, which would round it first.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './helpers.mjs';

const { default: createCasyncio } = await import(join(root, 'dist', 'casyncio.mjs'));
const wasm = readFileSync(join(root, 'dist', 'casyncio.wasm'));

/** The events of a run of the lessons' module given options as text. */
async function runWasm(text) {
  const events = [];
  const Module = await createCasyncio({
    casHost: {
      event: (json) => events.push(JSON.parse(json)),
      wait: () => Promise.resolve(),
      turn: () => new Promise((resolve) => setImmediate(resolve)),
    },
    print: () => {},
    printErr: () => {},
    instantiateWasm(imports, receive) {
      WebAssembly.instantiate(wasm, imports).then((r) => receive(r.instance));
      return {};
    },
  });
  const bytes = new TextEncoder().encode(text);
  const ptr = Module._malloc(bytes.length + 1);
  Module.HEAPU8.set(bytes, ptr);
  Module.HEAPU8[ptr + bytes.length] = 0;
  await Module.ccall('cas_wasm_run', 'number', ['number', 'number'], [ptr, bytes.length], { async: true });
  return events;
}

/** The native runner's events for the same text. */
function runNative(text) {
  const r = spawnSync(join(root, 'build', 'native', 'casyncio-run'), [text], { encoding: 'utf8' });
  return r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
}

/* What the run says of numbers[0]: the refusal's message, or "ok". */
const verdict = (events) => {
  const error = events.find((e) => e.type === 'error');
  return error ? error.message : events.at(-1).status;
};

/* [the number as the options' text, what factorial says of it] */
const CASES = [
  /* 2^53 + 1 is halfway between two doubles: to the even one */
  ['9007199254740993', 'ValueError: numbers[0] is 9007199254740992: at most 1000 is accepted (1000 steps of 0.1 s)'],
  /* just past halfway, 38 digits: every digit counts */
  ['9007199254740993.0000000000000000000001', 'ValueError: numbers[0] is 9007199254740994: at most 1000 is accepted (1000 steps of 0.1 s)'],
  /* a fraction too small for a double: the whole number it rounds to */
  ['5.00000000000000001', 'ok'],
  ['5.0000000000000001e0', 'ok'],
  ['0.5E+1', 'ok'],
  ['500e-2', 'ok'],
  ['5.000000000000001', 'ValueError: numbers[0] must be a whole number, not a fraction'],
  /* the largest double */
  ['1.7976931348623157e308', 'ValueError: numbers[0] is 179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368: at most 1000 is accepted (1000 steps of 0.1 s)'],
  /* overflow to infinity, underflow to -0 (factorial(0) is 1) */
  ['1e400', 'ValueError: numbers[0] must be a whole number, not a fraction'],
  ['-1e-400', 'ok'],
  /* the smallest subnormal */
  ['4.9e-324', 'ValueError: numbers[0] must be a whole number, not a fraction'],
];

for (const [number, expected] of CASES) {
  test(`the lessons' module reads ${number} as the native build does`, async () => {
    const text = `{"lesson":"factorial","clock":"virtual","input":{"numbers":[${number}]}}`;
    const wasmSays = verdict(await runWasm(text));
    assert.equal(wasmSays, verdict(runNative(text)));
    assert.equal(wasmSays, expected);
  });
}
