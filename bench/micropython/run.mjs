/**
 * run.mjs -- runs a bench/python program under MicroPython's webassembly
 * port (the lean build of bench/micropython/build.sh) in Node, as the
 * port's own CLI does (`node micropython.mjs file.py`: its asyncio.run
 * hook, the program run in __main__, a Python error printed to stderr),
 * with these changes:
 *
 *   - the program runs through an async ccall of mp_js_do_exec (what
 *     runPython calls synchronously): the build's garbage collector finds
 *     its roots with emscripten_scan_registers, an Asyncify unwind that a
 *     synchronous call does not survive ("Error: NULL object" at the
 *     first collection, through the CLI);
 *   - a GC heap of HEAP bytes (below) instead of the CLI's 128 KB: tasks
 *     resumed by the port's asyncio run inside a JS timer's synchronous
 *     call into Python, where a collection fails the same way, so the
 *     heap must hold what the asyncio programs allocate;
 *   - a Python stack of 256 K words (1 MB) instead of the CLI's 2 K:
 *     `asyncio.gather(*tasks)` of 100,000 tasks passes them on that stack
 *     ("RuntimeError: pystack exhausted");
 *   - bench/micropython/prelude.py first (time.perf_counter), and with
 *     --peak also peak.py (the GC heap in use when the program prints
 *     "peak"), each run on its own so the program keeps its line numbers;
 *   - `NAME.bit_length()`, which MicroPython's int lacks (compute.py checks
 *     factorial(2000) with it, after its timing), becomes
 *     `(len(bin(NAME)) - 2)`, the same for the positive ints it checks.
 *
 *   node bench/micropython/run.mjs [--peak | --plain] [--extmod-asyncio] program.py
 *
 * --plain runs the program alone (no prelude, no rewriting), for
 * bench/micropython/corpus.mjs.  --extmod-asyncio puts MicroPython's
 * generic asyncio (extmod/asyncio of the fetched source, the one other
 * ports freeze: it has asyncio.run, its loop waits in select.poll, a busy
 * wait here) in the working folder of the port's in-memory file system,
 * where `import asyncio` finds it before the port's own frozen one.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
const MJS = join(HERE, '..', '..', 'build', 'micropython', 'out', 'micropython.mjs');
const args = process.argv.slice(2);
const extmod = args.includes('--extmod-asyncio');
if (extmod) args.splice(args.indexOf('--extmod-asyncio'), 1);
const mode = args[0]?.startsWith('--') ? args.shift() : null;
const peak = mode === '--peak';
const file = args[0];
if (!file || (mode && !['--peak', '--plain'].includes(mode))) {
  process.stderr.write('usage: node bench/micropython/run.mjs [--peak | --plain] [--extmod-asyncio] program.py\n');
  process.exit(2);
}
const { loadMicroPython } = await import(pathToFileURL(MJS).href);
const HEAP = 256 * 1024 * 1024;
const mp = await loadMicroPython({
  pystack: 256 * 1024,
  heapsize: HEAP,
  stdout: (data) => process.stdout.write(data),
  stderr: (data) => process.stderr.write(data),
  linebuffer: false,
});
const M = mp._module;
if (extmod) {
  const src = join(HERE, '..', '..', 'build', 'micropython', 'src', 'micropython-1.25.0+ds', 'extmod', 'asyncio');
  const cwd = M.FS.cwd();
  M.FS.mkdir(`${cwd}/asyncio`);
  for (const f of ['__init__.py', 'core.py', 'event.py', 'funcs.py', 'lock.py', 'stream.py']) {
    M.FS.writeFile(`${cwd}/asyncio/${f}`, readFileSync(join(src, f)));
  }
}
/** runPython's work, through an async ccall (see above). */
async function run(code) {
  const len = M.lengthBytesUTF8(code);
  const buf = M._malloc(len + 1);
  M.stringToUTF8(code, buf, len + 1);
  const out = M._malloc(3 * 4);
  await M.ccall('mp_js_do_exec', 'number', ['pointer', 'number', 'pointer'], [buf, len, out], { async: true });
  M._free(buf);
  if (M.getValue(out, 'i32') === -1) { /* PROXY_KIND_MP_EXCEPTION: "type\x04traceback" */
    const ptr = M.getValue(out + 8, 'i32');
    const [type, traceback] = M.UTF8ToString(ptr, M.getValue(out + 4, 'i32')).split('\x04');
    M._free(ptr);
    if (type !== 'SystemExit') {
      process.stderr.write(traceback.endsWith('\n') ? traceback : traceback + '\n');
      process.exitCode = 1;
    }
  }
  M._free(out);
}
if (mode !== '--plain') await run(readFileSync(join(HERE, 'prelude.py'), 'utf8'));
if (peak) await run(readFileSync(join(HERE, 'peak.py'), 'utf8'));
let contents = readFileSync(file, 'utf8');
if (mode !== '--plain') contents = contents.replace(/\b(\w+)\.bit_length\(\)/g, '(len(bin($1)) - 2)');
/* The CLI's hook: a script ending in asyncio.run(main()) starts main as a task. */
if (contents.endsWith('asyncio.run(main())\n') && !extmod) {
  const asyncio = mp.pyimport('asyncio');
  asyncio.run = async (task) => {
    await asyncio.create_task(task);
  };
}
await run(contents);
