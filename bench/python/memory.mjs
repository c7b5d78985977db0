// memory.mjs -- bytes per sleeping Python task in casyncio's wasm
// interpreter: bench/python/sleepers0.py and sleepers100000.py run through
// dist/python.mjs, and the heap in use (py_wasm_heap_used: allocated bytes,
// and the part of them holding the tasks' saved stacks) is read when the
// program prints "peak".  Prints RESULT heap_per_task=... stack_per_task=...
//
//   node bench/python/memory.mjs        (after make site)
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const dist = join(here, '..', '..', 'dist');
const mod = await WebAssembly.compile(readFileSync(join(dist, 'python.wasm')));
const { default: createPython } = await import(join(dist, 'python.mjs'));

/* [heap in use, of which task stacks] when the program prints "peak". */
async function peak(file) {
  let M = null;
  let at = null;
  const host = {
    wait: (ms) => new Promise((r) => setTimeout(r, ms)),
    turn: () => new Promise((r) => setImmediate(r)),
    exit() {},
    output() {},
    event(json) {
      if (at === null && json.includes('"peak"')) {
        at = [M._py_wasm_heap_used(0), M._py_wasm_heap_used(1)];
        M._py_wasm_stop(0); /* the 3,600 s sleeps are cancelled at once */
      }
    },
  };
  M = await createPython({
    casHost: host, print: () => {}, printErr: () => {},
    instantiateWasm(imports, receive) { WebAssembly.instantiate(mod, imports).then((i) => receive(i)); return {}; },
  });
  const src = new TextEncoder().encode(readFileSync(file, 'utf8'));
  const p = M._malloc(src.length + 3);
  M.HEAPU8.set(src, p);
  M.HEAPU8.set([0, 120, 0], p + src.length);
  /* virtual clock, no seed, every event (prints are events) */
  await M.ccall('py_wasm_run', 'number', Array(6).fill('number'), [p, src.length, p + src.length + 1, 1, -1, 0x1ff], { async: true });
  if (at === null) throw new Error(`${file}: no "peak" line`);
  return at;
}

const n = 100000;
const [h0, s0] = await peak(join(here, 'sleepers0.py'));
const [h1, s1] = await peak(join(here, `sleepers${n}.py`));
console.log(`RESULT heap_per_task=${((h1 - h0) / n).toFixed(0)} stack_per_task=${((s1 - s0) / n).toFixed(0)}`);
