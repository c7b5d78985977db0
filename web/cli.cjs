#!/usr/bin/env node
/**
 * cli.cjs -- the `casyncio` command's bin: starts it (web/cli-main.cjs, which
 * says what it does) as quickly as it can.  A Python program's first line
 * comes some 50 M instructions after a bare `node -e 0`'s exit, most of
 * them V8's: validating python.wasm, compiling the C functions that run
 * (python/README.md, "Start-up").  This file does two things for it.
 *
 * For a Python program it starts python.wasm's compile first of all: V8
 * validates the module on other threads (some 28 M instructions, which
 * the first line waits for) while this one loads the JS.
 *
 * It loads the command's CommonJS files (cli-main.cjs, the JS API and a
 * wasm module's loader: dist/casyncio.cjs, python.cjs, lessons.cjs) with
 * a compile cache, as Node 22's module.enableCompileCache does; Node 20
 * has none for user code, and compiling these 40 KB of JS was 12 M
 * instructions before the first line.  Each file is compiled through
 * vm.Script with what V8 compiled of it in an earlier run (cachedData),
 * and when there was none, or V8 refused it, or it was saved by a run
 * that stopped early (a file not found, a bad flag) and this one went to
 * its end, what V8 compiled during this run is saved at exit for the next
 * one.  A cache file holds the source it was made from, compared byte for
 * byte before use (V8 itself checks only its version, its flags and the
 * source's length); it is kept under $CASYNCIO_CACHE, else
 * $XDG_CACHE_HOME/casyncio, else ~/.cache/casyncio (CASYNCIO_CACHE=off:
 * none).  Nothing of this changes what the command does: without a usable
 * cache the file is compiled afresh, and a cache that cannot be written is
 * not written.
 */
'use strict';
const { mkdirSync, readFileSync, renameSync, writeFileSync } = require('node:fs');

const argv = process.argv.slice(2);
const kind = argv.some((a) => a === '-' || a.endsWith('.py')) ? 'python' : argv[0] === 'run' ? 'lesson' : 'other';

/* Without dist/python.wasm (a fresh checkout) cli-main.cjs builds it first,
 * and then compiles it.
 *
 * V8 runs a wasm function in its baseline code (Liftoff) until the function
 * has run some 1.8 MB of code (--wasm-tiering-budget), then compiles it
 * again with TurboFan on a worker, and calls the new code from then on.
 * Tuned for modules of many small functions; here the budget is spent at
 * start-up by the parser, the compiler and the prelude, whose TurboFan
 * compiles then take the cores while the program runs, and at exit Node
 * waits for those still going.  With a budget 11 times V8's, only what
 * stays hot (the evaluator's loops, sum's...) is
 * compiled again: the bench's sum(i * i for i in range(10**6)) took a
 * median 45 ms instead of 65 on a quiet machine, factorial(2000) as before
 * (0.62 ms), the factorial corpus's 90 programs 7.8 s instead of 10.4, and
 * the first line 3 M more instructions of some 560 M (a changed flag:
 * Node's own code cache is refused for the few modules loaded after it).
 * A budget 33 times V8's gained 3 ms more on the sum but made factorial
 * slower on a busy machine (1.7 ms against 1.1 with two cores kept busy).
 * The JS API leaves its host's flags alone. */
let pythonWasm = null;
if (kind === 'python') {
  require('node:v8').setFlagsFromString('--wasm-tiering-budget=20000000');
  try {
    pythonWasm = WebAssembly.compile(readFileSync(`${__dirname}/../dist/python.wasm`));
    pythonWasm.catch(() => {}); /* reported by the run that uses it */
  } catch { /* no python.wasm yet */ }
}

const { basename, dirname, isAbsolute, join, resolve } = require('node:path');
const { Script } = require('node:vm');

const env = process.env;
const caches = env.XDG_CACHE_HOME || env.LOCALAPPDATA || (env.HOME ? join(env.HOME, '.cache') : null);
const cacheDir = env.CASYNCIO_CACHE === 'off' ? null : env.CASYNCIO_CACHE || (caches && join(caches, 'casyncio'));
const WRAP = ['(function (exports, require, module, __filename, __dirname) {', '\n})'];
/* What V8 compiles differs between a Python program's run, a lesson's and
 * the rest (kind), and V8 refuses a cache made under other flags: each has
 * its own cache file, as has each copy of the command. */
const variant = `${process.execArgv.join(' ')}|${env.NODE_OPTIONS ?? ''}|${WRAP.join('')}`;
const scripts = [];
const loaded = new Map();

/** A short hash of a text (FNV-1a, 32 bits). */
function hash(text) {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x1000193);
  return (h >>> 0).toString(36);
}

/* A cache file: the source's length (4 bytes, little-endian), whether the
 * run that saved it went to its end (1 byte), the source, V8's data. */
const HEAD = 5;

/** The saved cache for source, if the cache file was made from it:
 * { data, complete }. */
function cached(cacheFile, source) {
  try {
    const saved = readFileSync(cacheFile);
    const n = saved.length >= HEAD ? saved.readUInt32LE(0) : -1;
    if (n !== source.length || !saved.subarray(HEAD, HEAD + n).equals(source)) return null;
    return { data: saved.subarray(HEAD + n), complete: saved[4] === 1 };
  } catch {
    return null; /* none yet */
  }
}

/** require() of a CommonJS file, through the compile cache. */
function load(file) {
  const known = loaded.get(file);
  if (known) return known.exports;
  const source = readFileSync(file);
  const cacheFile = cacheDir && join(cacheDir, `${basename(file)}-${kind}-${hash(file + variant)}-${process.arch}-v8-${process.versions.v8}`);
  const saved = cacheFile ? cached(cacheFile, source) : null;
  const script = new Script(WRAP[0] + source.toString('utf8').replace(/^#!.*/, '') + WRAP[1], {
    filename: file,
    cachedData: saved ? saved.data : undefined,
  });
  if (cacheFile) scripts.push({ script, source, cacheFile, saved: saved && !script.cachedDataRejected ? saved : null });
  const module = { exports: {} };
  loaded.set(file, module);
  const dir = dirname(file);
  const requireHere = (id) => {
    if (!id.startsWith('.') && !isAbsolute(id)) return require(id);
    return id.endsWith('.cjs') ? load(resolve(dir, id)) : require(resolve(dir, id));
  };
  script.runInThisContext().call(module.exports, module.exports, requireHere, module, file, dir);
  return module.exports;
}

let ranToEnd = false;
process.on('exit', () => {
  for (const { script, source, cacheFile, saved } of scripts) {
    if (saved && (saved.complete || !ranToEnd)) continue;
    try {
      const head = Buffer.alloc(HEAD);
      head.writeUInt32LE(source.length, 0);
      head[4] = ranToEnd ? 1 : 0;
      const data = Buffer.concat([head, source, script.createCachedData()]);
      mkdirSync(cacheDir, { recursive: true, mode: 0o700 });
      const tmp = `${cacheFile}.${process.pid}`;
      writeFileSync(tmp, data, { mode: 0o600 });
      renameSync(tmp, cacheFile);
    } catch { /* not this time */ }
  }
});

/* import() in a vm.Script needs an experimental flag: an ES module (the
 * checker, web/check.js) is imported here instead. */
load(join(__dirname, 'cli-main.cjs'))({ pythonWasm, importModule: (specifier) => import(specifier), ran: () => { ranToEnd = true; } });
