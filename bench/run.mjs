#!/usr/bin/env node
/**
 * run.mjs -- casyncio's benchmark suite (`npm run bench`).
 *
 * Runs the same workloads on casyncio (the wasm build in Node, and the
 * native build) and on its peers (CPython asyncio, Node's async/await,
 * Pyodide in Node), and the spawn and ping-pong workloads again inside
 * headless Chromium (the page's build against async/await in the same
 * page); prints the medians, the ratios and PASS/MISS against the
 * project's targets, and writes docs/benchmarks.md and docs/benchmarks.svg.
 *
 *   node bench/run.mjs                 the full run: 5 repetitions, writes the docs
 *   node bench/run.mjs --reps 3        another number of repetitions
 *   node bench/run.mjs --smoke         tiny N, 1 repetition, no Pyodide unless
 *                                      installed, writes nothing: checks that every
 *                                      benchmark still runs (non-zero exit if not)
 *   node bench/run.mjs --only spawn,pingpong   some workloads only (no docs written)
 *   node bench/run.mjs --only browser  the Chromium rows only
 *   node bench/run.mjs --no-pyodide    skip Pyodide
 *   node bench/run.mjs --no-micropython  skip MicroPython (the python rows' peer)
 *   node bench/run.mjs --no-write      print only
 *   node bench/run.mjs --render        rewrite the docs from the last full run's
 *                                      figures (build/bench/results.json), measuring nothing
 *
 * Workloads (bench/c/*.c built native and wasm, bench/py/*.py for CPython and
 * Pyodide, bench/node/*.mjs, bench/api/factorial.mjs for the lesson):
 *   startup   a whole process until its first printed line; download size
 *   spawn     spawn and gather N tasks that each sleep(0) once
 *   pingpong  two tasks switching on sleep(0), shallow and 10 frames deep;
 *             the raw Emscripten fiber round trip of the same wasm build, and
 *             natively Boost.Context's fcontext round trip (bench/c/fcontext.cc,
 *             `make bench-deps` installs it; --smoke uses it only if there)
 *   timers    1,000 tasks each sleeping 100 ms: lateness and total time
 *   factorial the factorial exercise on [5, 7, 3, 6], real clock
 *   memory    100,000 tasks asleep at once: bytes per task
 *   million   a million native tasks asleep at once: peak memory, time
 *   instructions  callgrind's instruction counts of the native spawn and
 *             ping-pong workloads and of the fcontext round trip
 *   python    the issue's Python workloads (bench/python/*.py) through
 *             casyncio's interpreter, in wasm (the bin, `node web/cli.cjs run`) and
 *             natively (build/native/casyncio-python), against CPython:
 *             spawn+gather of 100,000 tasks, ping-pong on sleep(0), a
 *             compute loop and factorial(2000) by a loop, the first line
 *             of a small program, memory per sleeping task
 *             (bench/python/memory.mjs), and python.wasm's size; the same
 *             programs under MicroPython's lean wasm build in Node
 *             (bench/micropython/: Debian's source, built by build.sh at
 *             the first full run, `make bench-micropython`; --smoke
 *             skips it; unavailable, with the reason, if the fetch or
 *             the build fails)
 *   browser   spawn and pingpong again in headless Chromium (/usr/bin/chromium
 *             or $CHROMIUM_PATH, through playwright-core): the C programs built
 *             with the Makefile's EMFLAGS (the page's runtime settings) into
 *             build/bench/browser/, served from 127.0.0.1 with the site's CSP
 *             (web/serve.mjs), against async/await in the same page where a
 *             yield is one MessageChannel turn (bench/browser/bench.js)
 * Every program prints `RESULT key=value ...` lines; each rep is one line.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
/* The `casyncio` command as npx runs it: the package's bin (web/cli.cjs). */
const CLI = join(ROOT, JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).bin.casyncio);
const OUT = join(ROOT, 'build', 'bench');
const rel = (p) => (String(p).startsWith('/') ? relative(ROOT, String(p)) || '.' : String(p));

/* ------------------------------------------------------------------ */
/* Options                                                              */
/* ------------------------------------------------------------------ */

const WORKLOADS = ['startup', 'spawn', 'pingpong', 'timers', 'factorial', 'memory', 'million', 'instructions', 'python', 'browser'];

function parseArgs(argv) {
  const o = { smoke: false, reps: 5, pyodide: true, micropython: true, write: true, only: null, render: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--smoke') o.smoke = true;
    else if (a === '--reps') o.reps = Number(argv[++i]);
    else if (a === '--no-pyodide') o.pyodide = false;
    else if (a === '--no-micropython') o.micropython = false;
    else if (a === '--no-write') o.write = false;
    else if (a === '--render') o.render = true;
    else if (a === '--only') o.only = String(argv[++i] ?? '').split(',').filter(Boolean);
    else if (a === '--help' || a === '-h') {
      const src = readFileSync(fileURLToPath(import.meta.url), 'utf8');
      process.stdout.write(src.slice(src.indexOf('/**') + 3, src.indexOf('*/')).replace(/^ \* ?/gm, '').trim() + '\n');
      process.exit(0);
    } else {
      process.stderr.write(`bench: unknown argument "${a}" (try --help)\n`);
      process.exit(2);
    }
  }
  if (!Number.isInteger(o.reps) || o.reps < 1) {
    process.stderr.write('bench: --reps needs a whole number >= 1\n');
    process.exit(2);
  }
  for (const w of o.only ?? []) {
    if (!WORKLOADS.includes(w)) {
      process.stderr.write(`bench: unknown workload "${w}"; the workloads are: ${WORKLOADS.join(', ')}\n`);
      process.exit(2);
    }
  }
  if (o.smoke) {
    o.reps = 1;
    o.write = false;
  }
  if (o.only) o.write = false;
  return o;
}

const opts = parseArgs(process.argv.slice(2));
const warm = opts.smoke ? 0 : 1; /* in-process warm-up repetitions, not reported */

/* The sizes of each workload: the real ones, and the smoke test's. */
const SIZE = opts.smoke
  ? { spawn: [200, 2000], pingM: 2000, fiberM: 20000, timersN: 50, timersMs: 20, memN: 2000, millionN: 20000, numbers: [2, 1] }
  : { spawn: [10000, 100000], pingM: 100000, fiberM: 1000000, timersN: 1000, timersMs: 100, memN: 100000, millionN: 1000000, numbers: [5, 7, 3, 6] };
const DEPTH = 10;

const log = (s) => process.stderr.write(s + '\n');

/* ------------------------------------------------------------------ */
/* Processes                                                            */
/* ------------------------------------------------------------------ */

/** Runs a command; resolves with its stdout, or rejects with its stderr's tail. */
function run(cmd, args, { env = {}, timeout = 600e3, cwd = ROOT } = {}) {
  args = args.map(String);
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => { out += d; });
    child.stderr.on('data', (d) => { err += d; });
    const timer = setTimeout(() => child.kill('SIGKILL'), timeout);
    child.on('error', (e) => { clearTimeout(timer); reject(e); });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) resolve(out);
      else {
        const tail = (err.trim() || out.trim()).split('\n').slice(-3).join(' | ');
        reject(new Error(`${rel(cmd)} ${args.map((a) => rel(a)).join(' ')}: ${signal ? `killed (${signal})` : `exit ${code}`}: ${tail}`));
      }
    });
  });
}

/** Spawns a command and measures ms until its first stdout line (and until it exits). */
function timeFirstLine(cmd, args, { env = {}, expect = null, stopAfterFirst = false } = {}) {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(cmd, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let first = null;
    let out = '';
    let err = '';
    let stopped = false;
    child.stdout.on('data', (d) => {
      if (first === null && d.includes(10)) {
        first = performance.now() - t0;
        if (stopAfterFirst) {
          stopped = true;
          child.kill('SIGKILL');
        }
      }
      out += d;
    });
    child.stderr.on('data', (d) => { err += d; });
    child.on('error', reject);
    child.on('close', (code) => {
      const exit = performance.now() - t0;
      if (code !== 0 && !stopped) return reject(new Error(`${rel(cmd)} ${args.join(' ')}: exit ${code}: ${err.trim().split('\n').pop()}`));
      const line = out.split('\n')[0];
      if (expect !== null && line !== expect) return reject(new Error(`${rel(cmd)}: first line was "${line}", not "${expect}"`));
      resolve({ first, exit });
    });
  });
}

/** Runs a command until it prints a `RESULT key=...` line, then kills it;
 * resolves with that line's value.  For a program whose teardown is long
 * and not measured (MicroPython cancelling 100,000 sleeping tasks takes
 * minutes). */
function untilResult(cmd, args, key, { timeout = 600e3 } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args.map(String), { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    let value = null;
    const timer = setTimeout(() => child.kill('SIGKILL'), timeout);
    child.stdout.on('data', (d) => {
      out += d;
      const v = parseResults(out.slice(0, out.lastIndexOf('\n') + 1))[key]; /* whole lines only */
      if (value === null && v?.length) {
        value = v[0];
        child.kill('SIGKILL');
      }
    });
    child.stderr.on('data', (d) => { err += d; });
    child.on('error', (e) => { clearTimeout(timer); reject(e); });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (value !== null) resolve(value);
      else reject(new Error(`${rel(cmd)} ${args.map((a) => rel(a)).join(' ')}: no RESULT ${key} (${signal ? `killed (${signal})` : `exit ${code}`}): ${(err.trim() || out.trim()).split('\n').slice(-2).join(' | ')}`));
    });
  });
}

/** Parses `RESULT k=v k=v` lines into { k: [v, ...] }. */
function parseResults(text) {
  const values = {};
  for (const line of text.split('\n')) {
    if (!line.startsWith('RESULT ')) continue;
    for (const pair of line.slice(7).trim().split(/\s+/)) {
      const [k, v] = pair.split('=');
      const n = Number(v);
      if (!k || !Number.isFinite(n)) continue;
      (values[k] ??= []).push(n);
    }
  }
  return values;
}

const median = (xs) => {
  const v = [...xs].sort((a, b) => a - b);
  const m = v.length >> 1;
  return v.length % 2 ? v[m] : (v[m - 1] + v[m]) / 2;
};

/* ------------------------------------------------------------------ */
/* Setup: the libraries, the bench programs, the peers                  */
/* ------------------------------------------------------------------ */

const newer = (out, inputs) => {
  if (!existsSync(out)) return true;
  const t = statSync(out).mtimeMs;
  return inputs.some((i) => statSync(i).mtimeMs > t);
};

async function buildAll() {
  log('bench: make native wasm site build/native/casyncio-python');
  const make = spawnSync('make', ['-s', '--no-print-directory', 'native', 'wasm', 'site', 'build/native/casyncio-python'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
  if (make.status !== 0) throw new Error('make native wasm site build/native/casyncio-python failed');
  const env = { NODE_PATH: '/usr/share/nodejs' };
  const inc = join(ROOT, 'build', 'native', 'include');
  const nlib = join(ROOT, 'build', 'native', 'libcasyncio.a');
  const wlib = join(ROOT, 'build', 'wasm', 'libcasyncio.a');
  const common = [join(ROOT, 'bench', 'c', 'bench.h')];
  const hostJs = join(ROOT, 'bench', 'c', 'host.js');
  const rsp = join(ROOT, 'build', 'wasm', 'asyncify.rsp');
  mkdirSync(join(OUT, 'native'), { recursive: true });
  mkdirSync(join(OUT, 'wasm'), { recursive: true });
  // The wasm programs are CommonJS (emcc's plain output); the repository's
  // package.json says "type": "module", so say otherwise for this folder.
  writeFileSync(join(OUT, 'wasm', 'package.json'), '{ "type": "commonjs" }\n');
  const jobs = [];
  for (const p of ['startup', 'spawn', 'pingpong', 'timers', 'memory', 'fiber']) {
    const src = join(ROOT, 'bench', 'c', `${p}.c`);
    if (p !== 'fiber') {
      const out = join(OUT, 'native', p);
      if (newer(out, [src, nlib, ...common])) {
        jobs.push(() => run('cc', ['-std=c11', '-D_GNU_SOURCE', '-O2', '-Wall', '-Wextra', '-Werror', `-I${inc}`, src, nlib, '-lm', '-o', out]));
      }
    }
    const out = join(OUT, 'wasm', `${p}.js`);
    const libs = p === 'fiber' ? [] : [wlib];
    if (newer(out, [src, hostJs, rsp, ...libs, ...common])) {
      /* The README's command for a program of one's own, plus memory growth
       * (100,000 tasks) and the JS API's host (bench/c/host.js). */
      jobs.push(() => run('emcc', ['-O2', '-sASYNCIFY', `@${rsp}`, '-sSINGLE_FILE', '-sALLOW_MEMORY_GROWTH', '-sMAXIMUM_MEMORY=2gb',
        '--pre-js', hostJs, `-I${inc}`, src, ...libs, '-o', out], { env }));
    }
  }
  const floor = floorBuildJob();
  if (floor) jobs.push(floor);
  jobs.push(...browserBuildJobs({ env, inc, wlib, common, hostJs }));
  if (jobs.length) log(`bench: compiling ${jobs.length} bench programs`);
  const width = Math.max(1, Math.min(2, cpus().length));
  for (let i = 0; i < jobs.length; i += width) await Promise.all(jobs.slice(i, i + width).map((j) => j()));
}

/* ---- the native floor: Boost.Context's fcontext ------------------------- */

/* null when built, or why the fcontext rows are skipped. */
let FLOOR_WHY = null;

/** The job that builds bench/c/fcontext.cc (g++, -lboost_context) into
 * build/bench/native/fcontext, or null.  A full run installs the packages
 * first (`make bench-deps`: Debian's libboost-context-dev and g++, for the
 * benchmark only); --smoke uses them only if they are there. */
function floorBuildJob() {
  const selected = opts.only ?? WORKLOADS;
  if (!selected.includes('pingpong') && !selected.includes('instructions')) return null;
  const have = () => existsSync('/usr/include/boost/context/detail/fcontext.hpp') &&
    spawnSync('sh', ['-c', 'command -v g++ >/dev/null && ls /usr/lib/*/libboost_context.so >/dev/null 2>&1']).status === 0;
  if (!have() && !opts.smoke) {
    log('bench: make bench-deps (Boost.Context for the native floor)');
    spawnSync('make', ['-s', '--no-print-directory', 'bench-deps'], { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
  }
  if (!have()) {
    FLOOR_WHY = opts.smoke ? 'skipped (Boost.Context not installed; --smoke does not install it)' : 'skipped (make bench-deps failed)';
    log(`bench: fcontext floor ${FLOOR_WHY}`);
    return null;
  }
  const src = join(ROOT, 'bench', 'c', 'fcontext.cc');
  const out = join(OUT, 'native', 'fcontext');
  if (!newer(out, [src])) return null;
  return () => run('g++', ['-std=c++17', '-O2', '-Wall', '-Wextra', '-Werror', src, '-lboost_context', '-o', out]);
}

/* ---- the browser builds: the page's Emscripten settings ------------------ */

const BROWSER = join(OUT, 'browser');
const BROWSER_PROGRAMS = ['spawn', 'pingpong'];

/** The Makefile's EMFLAGS (the page's runtime settings), one argument each,
 * split by the shell as make's own recipe would split them.  Read at every
 * run, without editing the Makefile: a one-rule makefile on stdin. */
function pageEmflags() {
  const r = spawnSync('make', ['-s', '--no-print-directory', '-f', 'Makefile', '-f', '-', 'cas-bench-print-emflags'], {
    cwd: ROOT, encoding: 'utf8', input: "cas-bench-print-emflags:\n\t@for a in $(EMFLAGS); do printf '%s\\0' \"$$a\"; done\n",
  });
  const flags = r.status === 0 ? r.stdout.split('\0').filter(Boolean) : [];
  if (!flags.length) throw new Error(`cannot read EMFLAGS from the Makefile: ${(r.stderr || '').trim() || 'empty'}`);
  return flags;
}

/** EMFLAGS turned into the flags of a program with a main of its own:
 *  - EXPORTED_FUNCTIONS: _main instead of the page's entry points (_cas_*,
 *    which live in tutorials/wasm_entry.c, not in the library); the rest
 *    (malloc, free) is kept;
 *  - INCOMING_MODULE_JS_API: plus `arguments`, the program's argv.
 * Everything else (optimisation, Asyncify and its stack size, memory and
 * stack limits, stack checks, MODULARIZE/ES6, ENVIRONMENT=web) is the page's. */
function browserFlags(emflags) {
  const list = (v) => v.replace(/^\[|\]$/g, '').split(',').map((x) => x.trim().replace(/^['"]|['"]$/g, '')).filter(Boolean);
  const seen = { exported: false, incoming: false };
  const out = emflags.map((f) => {
    let m = f.match(/^-sEXPORTED_FUNCTIONS=(.*)$/);
    if (m) {
      seen.exported = true;
      return `-sEXPORTED_FUNCTIONS=${['_main', ...list(m[1]).filter((x) => !x.startsWith('_cas_') && x !== '_main')].join(',')}`;
    }
    m = f.match(/^-sINCOMING_MODULE_JS_API=(.*)$/);
    if (m) {
      seen.incoming = true;
      return `-sINCOMING_MODULE_JS_API=${[...new Set([...list(m[1]), 'arguments'])].join(',')}`;
    }
    return f;
  }).filter((f) => !/^-sINVOKE_RUN(=|$)/.test(f)); /* main must run */
  if (!seen.exported) out.push('-sEXPORTED_FUNCTIONS=_main');
  if (!out.some((f) => /^-sMODULARIZE/.test(f)) || !out.some((f) => /^-sEXPORT_ES6/.test(f))) {
    throw new Error(`the Makefile's EMFLAGS no longer build an ES module factory (-sMODULARIZE -sEXPORT_ES6); bench/browser/bench.js needs one: ${emflags.join(' ')}`);
  }
  return out;
}

let BROWSER_FLAGS = null; /* what the browser builds were linked with, for the notes */

/** Jobs that build bench/c/{spawn,pingpong}.c for Chromium into build/bench/browser/
 * (<prog>.mjs + <prog>.wasm), and copy the page (bench/browser/) next to them. */
function browserBuildJobs({ env, inc, wlib, common, hostJs }) {
  const selected = opts.only ?? WORKLOADS;
  if (!selected.includes('browser')) return [];
  BROWSER_FLAGS = browserFlags(pageEmflags());
  mkdirSync(BROWSER, { recursive: true });
  for (const f of ['index.html', 'bench.js']) writeFileSync(join(BROWSER, f), readFileSync(join(ROOT, 'bench', 'browser', f)));
  writeFileSync(join(BROWSER, 'workloads.mjs'), readFileSync(join(ROOT, 'bench', 'node', 'workloads.mjs')));
  const jobs = [];
  for (const p of BROWSER_PROGRAMS) {
    const src = join(ROOT, 'bench', 'c', `${p}.c`);
    const out = join(BROWSER, `${p}.mjs`);
    /* The same host as every Node wasm row (bench/c/host.js: the page's wait/turn). */
    const args = [...BROWSER_FLAGS, '--pre-js', hostJs, `-I${inc}`, src, wlib, '-o', out];
    const stamp = join(BROWSER, `${p}.flags`);
    const same = existsSync(stamp) && readFileSync(stamp, 'utf8') === JSON.stringify(args);
    if (!same || newer(out, [src, hostJs, wlib, ...common]) || !existsSync(join(BROWSER, `${p}.wasm`))) {
      jobs.push(async () => {
        await run('emcc', args, { env });
        writeFileSync(stamp, JSON.stringify(args));
      });
    }
  }
  return jobs;
}

function findPython() {
  const r = spawnSync('python3', ['-c', 'import sys; print(sys.executable); print(sys.version.split()[0])'], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error('python3 not found');
  const [exe, version] = r.stdout.trim().split('\n');
  return { exe, version };
}

/** Pyodide's directory: installed by us under build/bench, or bench/node_modules. */
function findPyodide() {
  if (!opts.pyodide) return { dir: null, why: 'skipped (--no-pyodide)' };
  const candidates = [join(ROOT, 'bench', 'node_modules', 'pyodide'), join(OUT, 'node_modules', 'pyodide')];
  let dir = candidates.find((d) => existsSync(join(d, 'pyodide.mjs')));
  if (!dir && opts.smoke) return { dir: null, why: 'skipped (not installed; --smoke does not install it)' };
  if (!dir) {
    log('bench: installing pyodide into build/bench (npm install --prefix build/bench pyodide)');
    mkdirSync(OUT, { recursive: true });
    const r = spawnSync('npm', ['install', '--prefix', OUT, '--no-audit', '--no-fund', '--loglevel=error', 'pyodide'], { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
    dir = candidates.find((d) => existsSync(join(d, 'pyodide.mjs')));
    if (r.status !== 0 || !dir) return { dir: null, why: 'skipped (npm install pyodide failed)' };
  }
  const version = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).version;
  return { dir, version };
}

/** MicroPython's lean wasm build (bench/micropython/build.sh: Debian's
 * source package from trixie, built with the project's emcc), for the
 * python rows.  A full run builds it when missing (minutes, once); --smoke
 * neither builds nor runs it.  Never fails the bench: { dir: null, why }. */
function findMicroPython() {
  const dir = join(ROOT, 'build', 'micropython', 'out');
  const info = () => readFileSync(join(dir, 'BUILD-INFO'), 'utf8').trim();
  if (!opts.micropython) return { dir: null, why: 'skipped (--no-micropython)' };
  const built = () => ['micropython.mjs', 'micropython.wasm', 'BUILD-INFO'].every((f) => existsSync(join(dir, f)));
  /* Not in --smoke (make test): its runs alone take a minute. */
  if (opts.smoke) return { dir: null, why: 'skipped (--smoke)' };
  log('bench: MicroPython (bench/micropython/build.sh: fetch and build once, then cached)');
  const r = spawnSync('bash', [join(ROOT, 'bench', 'micropython', 'build.sh')], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'inherit', 'pipe'] });
  if (r.stderr) process.stderr.write(r.stderr);
  if (r.status !== 0 || !built()) {
    const reason = (r.stderr || '').trim().split('\n').filter(Boolean).pop() ?? `exit ${r.status}`;
    return { dir: null, why: `unavailable (${reason.replace(/^build-micropython: /, '')})` };
  }
  return { dir, info: info() };
}

/* ------------------------------------------------------------------ */
/* The workloads                                                        */
/* ------------------------------------------------------------------ */

const R = { wasm: 'casyncio wasm', native: 'casyncio native', cpython: 'CPython', node: 'Node', pyodide: 'Pyodide', micropython: 'MicroPython', chromium: 'JS in Chromium' };
const RUNTIMES = Object.keys(R);

/* results[metric][runtime] = { values: [...] } or { error } ; notes[metric][runtime] = text */
const results = {};
const notes = {};
const failures = [];

/* Values of the same figure measured again (another round) are pooled. */
function record(metric, runtime, values, note) {
  const slot = (results[metric] ??= {});
  if (slot[runtime]?.values) slot[runtime].values.push(...values);
  else slot[runtime] = { values: [...values] };
  if (note) (notes[metric] ??= {})[runtime] = note;
}
function recordError(metric, runtime, error) {
  (results[metric] ??= {})[runtime] = { error: String(error.message ?? error) };
  /* MicroPython is a peer measured for the record: a failure of its own
   * shows as FAIL (and under Failures) but does not fail the bench. */
  if (runtime === 'micropython') log(`bench: MicroPython: ${metric}: ${error.message ?? error}`);
  else failures.push(`${metric} / ${R[runtime] ?? runtime}: ${error.message ?? error}`);
}
/** A runtime that could not run at all (not installed, not built): n/a, with why. */
function recordUnavailable(metric, runtime, why) {
  (results[metric] ??= {})[runtime] = { unavailable: why };
}

/** Runs one program that prints RESULT lines and files each key under metrics[key]. */
async function measure(runtime, metrics, cmd, args, options = {}) {
  const label = `${R[runtime]}: ${Object.values(metrics)[0]}`;
  log(`bench:   ${label}`);
  try {
    const t = await run(cmd, args, options);
    const values = parseResults(t);
    Object.entries(metrics).forEach(([key, metric], i) => {
      if (!values[key]?.length) throw new Error(`${rel(cmd)} ${args.map(rel).join(' ')}: no RESULT ${key}`);
      record(metric, runtime, values[key], i === 0 ? options.note : undefined); /* the note is the first figure's */
    });
    return values;
  } catch (error) {
    for (const metric of Object.values(metrics)) recordError(metric, runtime, error);
    return null;
  }
}

/** Runs a program reps times (one process each) and merges their RESULT lines. */
async function measureProcesses(runtime, metrics, cmd, args, options = {}) {
  const merged = {};
  log(`bench:   ${R[runtime]}: ${Object.values(metrics)[0]} (${opts.reps} processes)`);
  try {
    for (let r = 0; r < opts.reps; r++) {
      const values = parseResults(await run(cmd, args, options));
      for (const [k, v] of Object.entries(values)) (merged[k] ??= []).push(...v);
    }
    Object.entries(metrics).forEach(([key, metric], i) => {
      if (!merged[key]?.length) throw new Error(`${rel(cmd)}: no RESULT ${key}`);
      record(metric, runtime, merged[key], i === 0 ? options.note : undefined);
    });
    return merged;
  } catch (error) {
    for (const metric of Object.values(metrics)) recordError(metric, runtime, error);
    return null;
  }
}

let PY = null;
let PYODIDE = null;
let MICROPYTHON = { dir: null, why: 'not needed (no python workload)' };
const wasmJs = (p) => join(OUT, 'wasm', `${p}.js`);
const nativeBin = (p) => join(OUT, 'native', p);
const pyFile = (p) => join(ROOT, 'bench', 'py', `${p}.py`);
const nodeFile = (p) => join(ROOT, 'bench', 'node', `${p}.mjs`);
const pyodideArgs = (...a) => [join(ROOT, 'bench', 'pyodide.mjs'), PYODIDE.dir, ...a];

/* Each runtime's command for a bench program with arguments. */
function commands(prog, args) {
  const c = {
    wasm: ['node', [wasmJs(prog), ...args]],
    native: [nativeBin(prog), args],
    cpython: [PY.exe, [pyFile(prog), ...args]],
    node: ['node', [nodeFile(prog), ...args]],
  };
  if (PYODIDE.dir) c.pyodide = ['node', pyodideArgs(pyFile(prog), ...args)];
  return c;
}

async function startup() {
  log('bench: (a) start-up and download');
  const M = 'startup: first line, ms';
  const runs = {
    wasm: ['node', [wasmJs('startup')]],
    native: [nativeBin('startup'), []],
    cpython: [PY.exe, [pyFile('startup')]],
    node: ['node', [nodeFile('startup')]],
  };
  if (PYODIDE.dir) runs.pyodide = ['node', pyodideArgs(pyFile('startup'))];
  const bare = [];
  const over = []; /* each round's first line (wasm) less that round's bare node */
  const lesson = [];
  const firsts = Object.fromEntries(Object.keys(runs).map((k) => [k, []]));
  /* Interleaved, so that a busy moment of the machine hits every runtime,
   * and four times the repetitions (Pyodide, seconds each, in the first
   * reps only): a process start varies by tens of ms on a shared machine. */
  const startReps = opts.smoke ? 1 : 4 * opts.reps;
  for (let r = 0; r < startReps; r++) {
    try {
      bare.push((await timeFirstLine('node', ['-e', '0'])).exit);
    } catch (error) { /* recorded below if nothing was measured */ }
    for (const [rt, [cmd, args]] of Object.entries(runs)) {
      if (firsts[rt] === null || (rt === 'pyodide' && r >= opts.reps)) continue;
      try {
        firsts[rt].push((await timeFirstLine(cmd, args, { expect: 'first line' })).first);
        if (rt === 'wasm' && bare.length === r + 1) over.push(firsts.wasm.at(-1) - bare.at(-1));
      } catch (error) {
        recordError(M, rt, error);
        firsts[rt] = null;
      }
    }
    try {
      lesson.push((await timeFirstLine('node', [CLI, 'run', 'await'], { stopAfterFirst: true })).first);
    } catch (error) {
      if (!lesson.failed) recordError('startup: a lesson via the CLI (JS API), first line, ms', 'wasm', error);
      lesson.failed = true;
    }
  }
  for (const [rt, v] of Object.entries(firsts)) if (v && v.length) record(M, rt, v);
  if (bare.length) record('startup: bare `node -e 0` to exit, ms (reference)', 'node', bare);
  if (over.length) record(STARTUP_OVER, 'wasm', over, 'the median of each round\'s first line less the same round\'s bare `node -e 0`');
  if (lesson.length && !lesson.failed) record('startup: a lesson via the CLI (JS API), first line, ms', 'wasm', lesson);

  /* What a browser downloads to run a lesson, each file gzip -9. */
  const dist = ['casyncio.js', 'casyncio.mjs', 'casyncio.wasm'].map((f) => join(ROOT, 'dist', f));
  const gz = (files) => files.reduce((s, f) => s + gzipSync(readFileSync(f), { level: 9 }).length, 0);
  try {
    record('download: gzip -9, KB', 'wasm', [gz(dist) / 1024], 'dist/casyncio.js + casyncio.mjs + casyncio.wasm');
  } catch (error) {
    recordError('download: gzip -9, KB', 'wasm', error);
  }
  if (PYODIDE.dir) {
    const files = ['pyodide.mjs', 'pyodide.asm.mjs', 'pyodide.asm.wasm', 'python_stdlib.zip', 'pyodide-lock.json']
      .map((f) => join(PYODIDE.dir, f)).filter((f) => existsSync(f));
    record('download: gzip -9, KB', 'pyodide', [gz(files) / 1024], 'pyodide.mjs + pyodide.asm.mjs/.wasm + python_stdlib.zip + lock');
  }
}

/* The machines are shared and a neighbour's load comes and goes within
 * seconds: the CPU-bound workloads run in ROUNDS rounds, every runtime
 * once per round (one process each), and the figure is the median of all
 * the rounds' repetitions.  Pyodide, the slowest by far, runs in the first
 * round only. */
const ROUNDS = opts.smoke ? 1 : 3;
const inRound = (round, rt) => round === 0 || rt !== 'pyodide';

async function spawnGather() {
  log('bench: (b) spawn and gather');
  for (const n of SIZE.spawn) {
    const M = `spawn+gather ${n.toLocaleString('en')} tasks: tasks/s`;
    for (let round = 0; round < ROUNDS; round++) {
      for (const [rt, [cmd, args]] of Object.entries(commands('spawn', [n, opts.reps, warm]))) {
        if (inRound(round, rt)) await measure(rt, { tasks_per_s: M }, cmd, args);
      }
    }
  }
}

async function pingpong() {
  log('bench: (c) ping-pong');
  for (const depth of [0, DEPTH]) {
    const M = depth ? `ping-pong, yield ${depth} frames deep: ns/switch` : 'ping-pong on sleep(0): ns/switch';
    for (let round = 0; round < ROUNDS; round++) {
      for (const [rt, [cmd, args]] of Object.entries(commands('pingpong', [SIZE.pingM, depth, opts.reps, warm]))) {
        if (!inRound(round, rt)) continue;
        /* Pyodide is 5-20x slower: fewer switches keep its run short. */
        const a = rt === 'pyodide' ? args.map((x) => (x === SIZE.pingM ? Math.max(1000, SIZE.pingM / 5) : x)) : args;
        await measure(rt, { ns_per_switch: M }, cmd, a);
      }
      await measure('wasm', { ns_per_roundtrip: depth ? `raw fiber round trip, ${depth} frames deep: ns` : 'raw fiber round trip: ns' },
        'node', [wasmJs('fiber'), SIZE.fiberM, depth, opts.reps, warm],
        { note: 'emscripten_fiber_swap there and back, same flags' });
      /* The native floor: as many round trips as ping-pong switches, so
       * that a repetition lasts about as long (a neighbour's load then
       * hits both alike). */
      if (!FLOOR_WHY) {
        await measure('native', { ns_per_roundtrip: depth ? `raw fcontext round trip (Boost.Context), ${depth} frames deep: ns` : FCONTEXT },
          nativeBin('fcontext'), [SIZE.pingM, depth, opts.reps, warm],
          { note: 'jump_fcontext there and back (bench/c/fcontext.cc, g++ -O2, Debian\'s libboost-context-dev)' });
      }
    }
  }
}

async function timers() {
  log('bench: (d) timers');
  const head = `${SIZE.timersN.toLocaleString('en')} tasks sleep ${SIZE.timersMs} ms`;
  const metrics = { late_median_ms: `${head}: median lateness, ms`, late_p99_ms: `${head}: p99 lateness, ms`, total_ms: `${head}: total, ms` };
  for (let round = 0; round < ROUNDS; round++) {
    for (const [rt, [cmd, args]] of Object.entries(commands('timers', [SIZE.timersN, SIZE.timersMs, opts.reps, warm]))) {
      if (inRound(round, rt)) await measure(rt, metrics, cmd, args);
    }
  }
  /* The same wasm program without the JS API's host: plain setTimeout. */
  await measure('wasm', {
    late_median_ms: `${head}, plain setTimeout host: median lateness, ms`,
    late_p99_ms: `${head}, plain setTimeout host: p99 lateness, ms`,
  }, 'node', [wasmJs('timers'), SIZE.timersN, SIZE.timersMs, opts.reps, warm], { env: { CAS_BENCH_HOST: 'plain' } });
}

async function factorial() {
  log('bench: (e) factorial');
  const M = `factorial [${SIZE.numbers.join(', ')}]: wall time, s`;
  const input = JSON.stringify({ numbers: SIZE.numbers });
  const env = { CASYNCIO_INPUT: input };
  const program = join(ROOT, 'tutorials', 'factorial', 'program.py');
  await measure('wasm', { wall_s: M }, 'node', [join(ROOT, 'bench', 'api', 'factorial.mjs'), opts.reps, JSON.stringify(SIZE.numbers)],
    { note: "run('factorial') through dist/casyncio.js" });
  /* Native: the lesson runner as a whole process (its start-up is ~2 ms). */
  log(`bench:   ${R.native}: ${M} (${opts.reps} processes)`);
  try {
    const walls = [];
    const opt = JSON.stringify({ lesson: 'factorial', clock: 'real', input: { numbers: SIZE.numbers } });
    for (let r = 0; r < opts.reps; r++) {
      const t0 = performance.now();
      const out = await run(join(ROOT, 'build', 'native', 'casyncio-run'), [opt]);
      walls.push((performance.now() - t0) / 1000);
      if (!out.includes('"type":"end","status":"ok"')) throw new Error('casyncio-run factorial did not end ok');
    }
    record(M, 'native', walls, 'build/native/casyncio-run, whole process');
  } catch (error) {
    recordError(M, 'native', error);
  }
  await measure('cpython', { wall_s: M }, PY.exe, [pyFile('factorial'), program, opts.reps], { env, note: 'tutorials/factorial/program.py' });
  await measure('node', { wall_s: M }, 'node', [nodeFile('factorial'), opts.reps], { env });
  if (PYODIDE.dir) await measure('pyodide', { wall_s: M }, 'node', pyodideArgs('--program', program, opts.reps), { env });
}

async function memory() {
  log('bench: (f) memory');
  const n = SIZE.memN;
  const head = `${n.toLocaleString('en')} tasks asleep`;
  const M = `${head}: bytes/task`;
  const PEAK = `${head}: peak, MB`;
  const v = await measureProcesses('wasm', {
    heap_per_task: M,
    stack_per_task: `${head}: of which saved stacks + fiber records, bytes/task`,
    process_per_task: `${head}: linear memory growth, bytes/task`,
    process_peak_mb: PEAK,
  }, 'node', [wasmJs('memory'), n], { note: 'allocator bytes in use (mallinfo)' });
  if (v) record(`${head}: of which task, future, timer and the rest, bytes/task`, 'wasm',
    v.heap_per_task.map((h, i) => h - v.stack_per_task[i]));
  let nat = await measureProcesses('native', { process_per_task: M, heap_per_task: `${head}: native heap (mallinfo), bytes/task`, process_peak_mb: PEAK },
    nativeBin('memory'), [n], { note: 'resident set (stacks are mmap\'d, touched pages count)' });
  if (!nat && n > 30000) {
    /* 100,000 live tasks do not fit natively (see the notes): the per-task
     * figure at 30,000 still says what a task costs. */
    const n2 = 30000;
    const h2 = `${n2.toLocaleString('en')} tasks asleep`;
    nat = await measureProcesses('native', { process_per_task: `${h2} (native only): bytes/task`, heap_per_task: `${h2} (native only): native heap (mallinfo), bytes/task` },
      nativeBin('memory'), [n2], { note: 'resident set, at 30,000 tasks' });
  }
  await measureProcesses('cpython', { process_per_task: M, process_peak_mb: PEAK }, PY.exe, [pyFile('memory'), n], { note: 'resident set' });
  await measureProcesses('node', { process_per_task: M, rss_per_task: `${head}: Node resident set growth, bytes/task`, process_peak_mb: PEAK },
    'node', ['--expose-gc', nodeFile('memory'), n], { note: 'JS heap used after GC' });
  if (PYODIDE.dir) {
    await measureProcesses('pyodide', { process_per_task: M, process_peak_mb: PEAK }, 'node', pyodideArgs(pyFile('memory'), n),
      { note: 'wasm linear memory growth' });
  }
}

/* The issue's Python programs (bench/python/*.py, each prints its own
 * RESULT line) through casyncio's interpreter and CPython.  One process
 * per repetition: the programs take no arguments (N is fixed at the
 * issue's 100,000).  The interpreter's wasm is dist/python.wasm, run as
 * a user runs it: the package's bin (`node web/cli.cjs run`, which asks
 * only for the events it prints), with its compile cache as the runs
 * before left it (the first line's row: as every run but a first; the
 * first run's is the row after it, CASYNCIO_CACHE=off). */
const PY_SPAWN = 'Python: spawn+gather 100,000 tasks: tasks/s';
const PY_PING = 'Python: ping-pong on sleep(0): ns/switch';
const PY_SUM = 'Python: sum(i * i for i in range(10**6)): ms';
const PY_FACT = 'Python: factorial(2000) by a loop: ms';
const PY_FIRST = 'Python: first line of a small program, ms';
const STARTUP_OVER = 'startup: first line over bare `node -e 0`, paired, ms';
const PY_FIRST_OVER = 'Python: first line over bare `node -e 0`, paired, ms';
const PY_FIRST_COLD = 'Python: first line of a small program, a first run (no compile cache), ms';
const PY_MEM = 'Python: 100,000 tasks asleep: bytes/task';
const PY_SIZE = 'Python: interpreter module, gzip -9, KB';
async function python() {
  log('bench: (i) Python programs');
  const prog = (p) => join(ROOT, 'bench', 'python', `${p}.py`);
  const cli = CLI;
  const nat = join(ROOT, 'build', 'native', 'casyncio-python');
  const mpy = MICROPYTHON.dir;
  const mpyRun = join(ROOT, 'bench', 'micropython', 'run.mjs');
  const runs = (p) => ({
    wasm: ['node', [cli, 'run', prog(p)]], native: [nat, [prog(p)]], cpython: [PY.exe, [prog(p)]],
    /* MicroPython: the first line through the port's own CLI, the rest through
     * bench/micropython/run.mjs (its GC needs an async call; perf_counter). */
    ...(mpy ? { micropython: ['node', p === 'first_line' ? [join(mpy, 'micropython.mjs'), prog(p)] : [mpyRun, prog(p)]] } : {}),
  });
  if (!mpy) {
    for (const m of [PY_SPAWN, PY_PING, PY_SUM, PY_FACT, PY_FIRST, PY_MEM, PY_SIZE]) recordUnavailable(m, 'micropython', MICROPYTHON.why);
  }
  const reps = opts.smoke ? 1 : opts.reps;
  for (let r = 0; r < reps; r++) {
    for (const [rt, [cmd, args]] of Object.entries(runs('spawn'))) await measure(rt, { tasks_per_s: PY_SPAWN }, cmd, args);
    for (const [rt, [cmd, args]] of Object.entries(runs('pingpong'))) await measure(rt, { ns_per_switch: PY_PING }, cmd, args);
    for (const [rt, [cmd, args]] of Object.entries(runs('compute'))) await measure(rt, { sum_ms: PY_SUM, factorial_ms: PY_FACT }, cmd, args);
  }
  /* First line: interleaved with a bare `node -e 0`, 4× the repetitions. */
  const firsts = { wasm: [], native: [], cpython: [], ...(mpy ? { micropython: [] } : {}) };
  const bare = [];
  const cold = [];
  const over = []; /* each round's first line less that round's bare node */
  for (let r = 0; r < (opts.smoke ? 1 : 4 * opts.reps); r++) {
    try {
      bare.push((await timeFirstLine('node', ['-e', '0'])).exit);
      for (const [rt, [cmd, args]] of Object.entries(runs('first_line'))) firsts[rt].push((await timeFirstLine(cmd, args, { expect: 'first line' })).first);
      over.push(firsts.wasm.at(-1) - bare.at(-1));
      const [cmd, args] = runs('first_line').wasm;
      cold.push((await timeFirstLine(cmd, args, { expect: 'first line', env: { CASYNCIO_CACHE: 'off' } })).first);
    } catch (error) {
      recordError(PY_FIRST, 'wasm', error);
      break;
    }
  }
  const firstNotes = { wasm: '`node web/cli.cjs run first_line.py` (the bin)', micropython: '`node build/micropython/out/micropython.mjs first_line.py`, the port\'s CLI' };
  for (const [rt, v] of Object.entries(firsts)) if (v.length) record(PY_FIRST, rt, v, firstNotes[rt]);
  if (cold.length) record(PY_FIRST_COLD, 'wasm', cold, 'the same with CASYNCIO_CACHE=off (web/cli.cjs compiles its JS afresh)');
  if (bare.length) record('Python: bare `node -e 0` to exit, ms (reference)', 'node', bare);
  if (over.length) record(PY_FIRST_OVER, 'wasm', over, 'the median of each round\'s first line less the same round\'s bare `node -e 0`');
  await measureProcesses('wasm', { heap_per_task: PY_MEM, stack_per_task: 'Python: 100,000 tasks asleep: of which saved stacks, bytes/task' },
    'node', [join(ROOT, 'bench', 'python', 'memory.mjs')], { note: 'allocator bytes in use at "peak" (bench/python/memory.mjs)' });
  try {
    const rss = async (p) => parseResults(await run(PY.exe, [prog(p)])).maxrss_kb[0];
    const v = [];
    for (let r = 0; r < reps; r++) v.push(((await rss('sleepers100000')) - (await rss('sleepers0'))) * 1024 / 100000);
    record(PY_MEM, 'cpython', v, 'resident set growth (bench/python/sleepers*.py)');
  } catch (error) {
    recordError(PY_MEM, 'cpython', error);
  }
  if (mpy) {
    try {
      /* Stopped once it has printed the figure: its cancelling of the tasks takes minutes. */
      const heap = (p) => untilResult('node', [mpyRun, '--peak', prog(p)], 'heap_bytes');
      const v = [];
      for (let r = 0; r < reps; r++) v.push(((await heap('sleepers100000')) - (await heap('sleepers0'))) / 100000);
      record(PY_MEM, 'micropython', v, 'GC heap in use at "peak" (gc.mem_alloc(), bench/micropython/peak.py), sleepers100000.py minus sleepers0.py');
    } catch (error) {
      recordError(PY_MEM, 'micropython', error);
    }
    try {
      const gz = (f) => gzipSync(readFileSync(join(mpy, f)), { level: 9 }).length / 1024;
      record(PY_SIZE, 'micropython', [gz('micropython.wasm')],
        `build/micropython/out/micropython.wasm (${MICROPYTHON.info}); its JS glue micropython.mjs adds ${gz('micropython.mjs').toFixed(1)} KB`);
    } catch (error) {
      recordError(PY_SIZE, 'micropython', error);
    }
  }
  try {
    record(PY_SIZE, 'wasm', [gzipSync(readFileSync(join(ROOT, 'dist', 'python.wasm')), { level: 9 }).length / 1024],
      `dist/python.wasm; its JS glue python.mjs adds ${(gzipSync(readFileSync(join(ROOT, 'dist', 'python.mjs')), { level: 9 }).length / 1024).toFixed(1)} KB`);
  } catch (error) {
    recordError(PY_SIZE, 'wasm', error);
  }
}

/* A million native tasks asleep at once (bench/c/memory.c with N = a
 * million): the resident set's high-water mark, the time until all are
 * asleep and until all are cancelled and gathered, and the CPU time the
 * process took (a loaded machine's wall clock adds waiting to it). */
async function million() {
  log('bench: (h) a million native tasks');
  const n = SIZE.millionN;
  const head = `${n.toLocaleString('en')} native tasks asleep`;
  const procs = Math.min(opts.reps, 3);
  const saved = opts.reps;
  opts.reps = procs; /* each process takes seconds */
  await measureProcesses('native', {
    process_hwm_mb: `${head}: peak resident set, MB`,
    asleep_s: `${head}: until all asleep, s`,
    total_s: `${head}: until all cancelled and done, s`,
    cpu_s: `${head}: CPU time of the whole process, s`,
    process_per_task: `${head}: bytes/task`,
  }, nativeBin('memory'), [n], { note: 'bench/c/memory.c: VmHWM of the whole process' });
  opts.reps = saved;
}

/* Instruction counts (valgrind --tool=callgrind) of the native spawn and
 * ping-pong workloads and of the fcontext floor: they do not move with a
 * shared machine's load.  Each figure is the difference between two sizes
 * divided by the difference in work, so start-up and teardown cancel out.
 * CAS_STACK_CHECK=0: under valgrind the library would otherwise move every
 * suspended task's frames out (its check of pointers into suspended stacks). */
const INSTR = (what) => `instructions (callgrind): ${what}`;
async function instructions() {
  log('bench: (i) instruction counts (callgrind)');
  const count = (cmd, args) => new Promise((resolve, reject) => {
    const child = spawn('valgrind', ['--tool=callgrind', '--callgrind-out-file=/dev/null', cmd, ...args.map(String)],
      { cwd: ROOT, env: { ...process.env, CAS_STACK_CHECK: '0' }, stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d) => { err += d; });
    child.on('error', reject);
    child.on('close', (code) => {
      const m = err.match(/Collected : (\d+)/);
      if (code === 0 && m) resolve(Number(m[1]));
      else reject(new Error(`valgrind --tool=callgrind ${rel(cmd)} ${args.join(' ')}: exit ${code}: ${err.trim().split('\n').pop()}`));
    });
  });
  const small = opts.smoke ? 200 : 10000;
  const big = opts.smoke ? 2200 : 110000;
  const plan = [
    { M: INSTR('spawn+gather, per task'), cmd: nativeBin('spawn'), args: (k) => [k, 1, 0], per: 1 },
    { M: INSTR('ping-pong on sleep(0), per switch'), cmd: nativeBin('pingpong'), args: (k) => [k, 0, 1, 0], per: 2 },
    { M: INSTR(`ping-pong, yield ${DEPTH} frames deep, per switch`), cmd: nativeBin('pingpong'), args: (k) => [k, DEPTH, 1, 0], per: 2 },
  ];
  if (!FLOOR_WHY) {
    plan.push({ M: INSTR('raw fcontext round trip (Boost.Context)'), cmd: nativeBin('fcontext'), args: (k) => [k, 0, 1, 0], per: 1 });
    plan.push({ M: INSTR(`raw fcontext round trip (Boost.Context), ${DEPTH} frames deep`), cmd: nativeBin('fcontext'), args: (k) => [k, DEPTH, 1, 0], per: 1 });
  }
  for (const { M, cmd, args, per } of plan) {
    log(`bench:   ${R.native}: ${M}`);
    try {
      const a = await count(cmd, args(small));
      const b = await count(cmd, args(big));
      record(M, 'native', [(b - a) / ((big - small) * per)], M === plan[0].M ? `valgrind --tool=callgrind, (Ir at ${big.toLocaleString('en')} − Ir at ${small.toLocaleString('en')}) ÷ the work between` : undefined);
    } catch (error) {
      recordError(M, 'native', error);
    }
  }
  /* The wall-clock ratio to the floor is a target; this is the same ratio
   * counted in instructions (a switch is one jump plus the loop's work, a
   * round trip two jumps). */
  const sw = fig(INSTR('ping-pong on sleep(0), per switch'), 'native');
  const rt = fig(INSTR('raw fcontext round trip (Boost.Context)'), 'native');
  if (sw !== null && rt !== null) record(INSTR('a ping-pong switch ÷ an fcontext round trip, ×'), 'native', [sw / rt]);
}

/* The same spawn and ping-pong workloads inside headless Chromium: casyncio
 * as the page builds it, and the JS peer in the same page.  One page for the
 * whole workload; one wasm instance per measurement (its in-instance warm-up
 * and reps, as one Node process per measurement). */
let CHROMIUM_VERSION = null;
async function browser() {
  log('bench: (g) in Chromium');
  const head = 'in Chromium: ';
  const plan = [
    ...SIZE.spawn.map((n) => ({ prog: 'spawn', args: [n, opts.reps, warm], key: 'tasks_per_s', M: `${head}spawn+gather ${n.toLocaleString('en')} tasks: tasks/s` })),
    ...[0, DEPTH].map((depth) => ({ prog: 'pingpong', args: [SIZE.pingM, depth, opts.reps, warm], key: 'ns_per_switch',
      M: `${head}${depth ? `ping-pong, yield ${depth} frames deep` : 'ping-pong on sleep(0)'}: ns/switch` })),
  ];
  const failAll = (error) => {
    for (const { M } of plan) for (const rt of ['wasm', 'chromium']) if (!results[M]?.[rt]) recordError(M, rt, error);
  };
  let server = null;
  let browserRun = null;
  const pageErrors = [];
  try {
    const { serve } = await import('../web/serve.mjs');
    const { launchChromium } = await import('../tests/browser/chromium.mjs');
    server = await serve({ port: 0, root: BROWSER });
    browserRun = await launchChromium();
    const page = await browserRun.context.newPage();
    page.on('pageerror', (e) => pageErrors.push(String(e.message ?? e)));
    page.on('console', (m) => { if (m.type() === 'error') pageErrors.push(m.text()); });
    /* Nothing may leave 127.0.0.1 (the network is closed anyway). */
    await page.route((url) => !/^http:\/\/127\.0\.0\.1[:/]/.test(url.href), (route) => route.abort());
    await page.goto(server.url + 'index.html');
    await page.waitForFunction(() => document.documentElement.dataset.ready === '1', null, { timeout: 30e3 });
    CHROMIUM_VERSION = await page.evaluate(() => window.casBench.version());
    const note = { wasm: `the Makefile's EMFLAGS (the page's build), host bench/c/host.js`, chromium: 'async/await, a yield is one MessageChannel turn' };
    for (const { prog, args, key, M } of plan) {
      for (const rt of ['wasm', 'chromium']) {
        log(`bench:   ${R[rt]}: ${M}`);
        try {
          const text = rt === 'wasm'
            ? await page.evaluate(([p, a, n]) => window.casBench.wasm(p, a, n), [prog, args, opts.reps])
            : await page.evaluate(([p, a]) => window.casBench.peer(p, a), [prog, args]);
          const v = parseResults(text)[key];
          if (v?.length !== opts.reps) throw new Error(`${rt === 'wasm' ? `${prog}.mjs` : `JS ${prog}`} ${args.join(' ')}: ${v?.length ?? 0} RESULT ${key} lines, not ${opts.reps}`);
          record(M, rt, v, M === plan[0].M ? note[rt] : undefined);
        } catch (error) {
          const msg = String(error.message ?? error).replace(/^page\.evaluate: (Error: )?/, '').split('\n')[0];
          recordError(M, rt, new Error(`in Chromium: ${msg}${pageErrors.length ? ` (page: ${pageErrors.slice(-2).join(' | ')})` : ''}`));
        }
      }
    }
  } catch (error) {
    failAll(new Error(`Chromium run failed: ${String(error.message ?? error).split('\n')[0]}`));
  } finally {
    await browserRun?.close().catch(() => {});
    await server?.close();
  }
}

/* ------------------------------------------------------------------ */
/* Targets and the report                                               */
/* ------------------------------------------------------------------ */

const fig = (metric, rt) => {
  const r = results[metric]?.[rt];
  return r && r.values ? median(r.values) : null;
};
const PING = 'ping-pong on sleep(0): ns/switch';
const SPAWN100 = `spawn+gather ${(SIZE.spawn[1]).toLocaleString('en')} tasks: tasks/s`;
const MEM = `${SIZE.memN.toLocaleString('en')} tasks asleep: bytes/task`;
const TIMERS = `${SIZE.timersN.toLocaleString('en')} tasks sleep ${SIZE.timersMs} ms`;
const FACT = `factorial [${SIZE.numbers.join(', ')}]: wall time, s`;
const FCONTEXT = 'raw fcontext round trip (Boost.Context): ns';
const MILLION = `${SIZE.millionN.toLocaleString('en')} native tasks asleep`;

/* Which way is better, per metric (by its unit). */
const higherIsBetter = (metric) => /tasks\/s/.test(metric);

/** The project's targets for the wasm build in Node. */
function targets() {
  const ratio = (a, b) => (a !== null && b !== null && b !== 0 ? a / b : null);
  const t = [];
  const add = (what, value, ok, shown) => t.push({ what, value, ok: value === null ? null : ok(value), shown: value === null ? 'n/a' : shown(value) });
  const x = (v) => `${v.toFixed(2)}×`;
  add('ping-pong ≥ 4.5× CPython', ratio(fig(PING, 'cpython'), fig(PING, 'wasm')), (v) => v >= 4.5, x);
  add('ping-pong ≥ 1.7× Node', ratio(fig(PING, 'node'), fig(PING, 'wasm')), (v) => v >= 1.7, x);
  add('ping-pong per switch ≤ 1.15× raw fiber round trip', ratio(fig(PING, 'wasm'), fig('raw fiber round trip: ns', 'wasm')), (v) => v <= 1.15, x);
  add(`spawn+gather ${SIZE.spawn[1].toLocaleString('en')} ≥ 5× CPython`, ratio(fig(SPAWN100, 'wasm'), fig(SPAWN100, 'cpython')), (v) => v >= 5, x);
  add(`spawn+gather ${SIZE.spawn[1].toLocaleString('en')} ≥ 1× Node`, ratio(fig(SPAWN100, 'wasm'), fig(SPAWN100, 'node')), (v) => v >= 1, x);
  add(`memory ≤ 2 KB/task at ${SIZE.memN.toLocaleString('en')} (aim < 1.6 KB)`, fig(MEM, 'wasm'), (v) => v <= 2048,
    (v) => `${(v / 1024).toFixed(2)} KB${v < 1.6 * 1024 ? ' (aim met)' : ' (aim missed)'}`);
  add('timers: median lateness ≤ 1 ms', fig(`${TIMERS}: median lateness, ms`, 'wasm'), (v) => v <= 1, (v) => `${v.toFixed(2)} ms`);
  add('timers: p99 lateness ≤ 1.5 ms', fig(`${TIMERS}: p99 lateness, ms`, 'wasm'), (v) => v <= 1.5, (v) => `${v.toFixed(2)} ms`);
  add(`timers: all done within ${SIZE.timersMs + 10} ms`, fig(`${TIMERS}: total, ms`, 'wasm'), (v) => v <= SIZE.timersMs + 10, (v) => `${v.toFixed(1)} ms`);
  add('start-up: first line within 8 ms of bare `node -e 0`', fig(STARTUP_OVER, 'wasm'), (v) => v <= 8,
    (v) => `${v >= 0 ? '+' : ''}${v.toFixed(1)} ms`);
  add('download ≤ 40 KB gzip', fig('download: gzip -9, KB', 'wasm'), (v) => v <= 40, (v) => `${v.toFixed(1)} KB`);
  add(`factorial ≤ 0.71 s`, fig(FACT, 'wasm'), (v) => v <= 0.71, (v) => `${v.toFixed(3)} s`);
  /* The native build's (issue 16): as fast and as small as the wasm one. */
  add(`native: spawn+gather ${SIZE.spawn[1].toLocaleString('en')} ≥ 1× wasm`, ratio(fig(SPAWN100, 'native'), fig(SPAWN100, 'wasm')), (v) => v >= 1, x);
  add(`native: spawn+gather ${SIZE.spawn[1].toLocaleString('en')} ≥ 10× CPython`, ratio(fig(SPAWN100, 'native'), fig(SPAWN100, 'cpython')), (v) => v >= 10, x);
  add('native: ping-pong at least as fast as wasm', ratio(fig(PING, 'wasm'), fig(PING, 'native')), (v) => v >= 1, x);
  add('native: ping-pong per switch within 3× the fcontext round trip', ratio(fig(PING, 'native'), fig(FCONTEXT, 'native')), (v) => v <= 3, x);
  add(`native: ≤ 600 bytes per sleeping task at ${SIZE.memN.toLocaleString('en')}`, fig(MEM, 'native'), (v) => v <= 600, (v) => `${v.toFixed(0)} B`);
  add(`native: ${SIZE.millionN.toLocaleString('en')} tasks asleep in < 1 GB`, fig(`${MILLION}: peak resident set, MB`, 'native'), (v) => v < 1024, (v) => `${v.toFixed(0)} MB`);
  const cpu = fig(`${MILLION}: CPU time of the whole process, s`, 'native');
  add(`native: ${SIZE.millionN.toLocaleString('en')} tasks asleep and done in < 5 s`, fig(`${MILLION}: until all cancelled and done, s`, 'native'), (v) => v < 5,
    (v) => `${v.toFixed(2)} s${cpu !== null ? ` (CPU ${cpu.toFixed(2)} s)` : ''}`);
  add('native: timers median lateness ≤ 0.6 ms', fig(`${TIMERS}: median lateness, ms`, 'native'), (v) => v <= 0.6, (v) => `${v.toFixed(2)} ms`);
  add('native: timers p99 lateness ≤ 1 ms', fig(`${TIMERS}: p99 lateness, ms`, 'native'), (v) => v <= 1, (v) => `${v.toFixed(2)} ms`);
  /* Python (issue 13): the interpreter in wasm, through the CLI. */
  add('Python: interpreter module ≤ 100 KB gzip', fig(PY_SIZE, 'wasm'), (v) => v <= 100, (v) => `${v.toFixed(1)} KB`);
  /* rounds interleave the two, so a busy moment of a shared machine hits
   * both: the median of the rounds' differences, not the difference of
   * the medians */
  add('Python: first line within 15 ms of bare `node -e 0`', fig(PY_FIRST_OVER, 'wasm'), (v) => v <= 15,
    (v) => `${v >= 0 ? '+' : ''}${v.toFixed(1)} ms`);
  add('Python: spawn+gather 100,000 ≥ 1× CPython', ratio(fig(PY_SPAWN, 'wasm'), fig(PY_SPAWN, 'cpython')), (v) => v >= 1, x);
  add('Python: ping-pong ≥ 1× CPython', ratio(fig(PY_PING, 'cpython'), fig(PY_PING, 'wasm')), (v) => v >= 1, x);
  add('Python: sum of squares ≤ 2× CPython\'s time', ratio(fig(PY_SUM, 'wasm'), fig(PY_SUM, 'cpython')), (v) => v <= 2, x);
  add('Python: factorial(2000) ≤ 2× CPython\'s time', ratio(fig(PY_FACT, 'wasm'), fig(PY_FACT, 'cpython')), (v) => v <= 2, x);
  add('Python: bytes per sleeping task ≤ CPython\'s', ratio(fig(PY_MEM, 'wasm'), fig(PY_MEM, 'cpython')), (v) => v <= 1,
    (v) => `${fig(PY_MEM, 'wasm').toFixed(0)} B (${v.toFixed(2)}× CPython's)`);
  return t;
}

function fmt(v) {
  if (v === null || v === undefined) return '–';
  const a = Math.abs(v);
  if (a >= 1000) return Math.round(v).toLocaleString('en');
  if (a >= 100) return v.toFixed(0);
  if (a >= 10) return v.toFixed(1);
  if (a >= 1) return v.toFixed(2);
  return v.toFixed(3);
}

/** casyncio wasm against a peer: > 1 means casyncio is better (faster, smaller). */
function advantage(metric, peer) {
  const w = fig(metric, 'wasm');
  const p = fig(metric, peer);
  if (w === null || p === null || w <= 0 || p <= 0) return null;
  if (/lateness|startup|reference|download|peak/.test(metric)) return null; /* differences, or not alike */
  return higherIsBetter(metric) ? w / p : p / w;
}

function tableRows() {
  const rows = [];
  for (const metric of Object.keys(results)) {
    const cells = RUNTIMES.map((rt) => {
      const r = results[metric][rt];
      if (!r) return '–';
      if (r.error) return 'FAIL';
      if (r.unavailable) return 'n/a';
      return fmt(median(r.values));
    });
    const ratios = ['cpython', 'node', 'pyodide', 'micropython', 'chromium'].map((p) => {
      const a = advantage(metric, p);
      return a === null ? '' : `${a.toFixed(2)}×`;
    });
    rows.push([metric, ...cells, ...ratios]);
  }
  return rows;
}
const HEADER = ['workload', ...RUNTIMES.map((r) => R[r]), 'wasm vs CPython', 'wasm vs Node', 'wasm vs Pyodide', 'wasm vs MicroPython', 'wasm vs JS in Chromium'];

function printTable(rows, header) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (r) => r.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  ');
  process.stdout.write(line(header) + '\n' + widths.map((w) => '-'.repeat(w)).join('  ') + '\n');
  for (const r of rows) process.stdout.write(line(r) + '\n');
}

function machine() {
  let model = 'unknown';
  try {
    model = readFileSync('/proc/cpuinfo', 'utf8').match(/^model name\s*:\s*(.*)$/m)?.[1] ?? model;
  } catch { /* not Linux */ }
  const nproc = spawnSync('nproc', { encoding: 'utf8' }).stdout?.trim() || String(cpus().length);
  const version = (cmd, env = {}) => spawnSync(cmd, ['--version'], { encoding: 'utf8', env: { ...process.env, ...env } }).stdout?.match(/\d+\.\d+\.\d+/)?.[0] ?? '?';
  const emcc = `emcc ${version('emcc', { NODE_PATH: '/usr/share/nodejs' })}`;
  const cc = `cc (gcc) ${version('cc')}`;
  let load = '';
  try {
    load = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
  } catch { /* not Linux */ }
  const boost = spawnSync('dpkg-query', ['-W', '-f=${Version}', 'libboost-context-dev'], { encoding: 'utf8' }).stdout?.trim();
  const micropython = MICROPYTHON.dir ? 'MicroPython 1.25 (lean wasm build)' : `MicroPython ${MICROPYTHON.why}`;
  return { nproc, model, node: process.version, python: PY.version, pyodide: PYODIDE.version ?? PYODIDE.why, micropython, emcc, cc, load,
    boost: FLOOR_WHY ? `Boost.Context ${FLOOR_WHY}` : `Boost.Context ${boost || '?'}`,
    ...(CHROMIUM_VERSION ? { chromium: `headless Chromium ${CHROMIUM_VERSION}` } : {}) };
}

/* ------------------------------------------------------------------ */
/* The chart: casyncio wasm's advantage over each peer, log scale       */
/* ------------------------------------------------------------------ */

function chartSvg() {
  const peers = [['cpython', 'CPython asyncio', '#3572A5'], ['node', 'Node async/await', '#3c873a'], ['pyodide', 'Pyodide', '#b07219']];
  const metrics = Object.keys(results).filter((m) => peers.some(([p]) => advantage(m, p) !== null));
  const short = (m) => m.replace(' on sleep(0)', '').replace(': ns/switch', ', per switch').replace(': tasks/s', ', tasks/s')
    .replace(': bytes/task', ', bytes per task').replace(': wall time, s', ', wall time').replace(': total, ms', ', total time');
  /* The targets that are ratios, drawn on their bars. */
  const goal = { [`${PING}|cpython`]: 4.5, [`${PING}|node`]: 1.7, [`${SPAWN100}|cpython`]: 5, [`${SPAWN100}|node`]: 1 };
  const W = 900;
  const left = 330;
  const right = 40;
  const barH = 11;
  const groupH = peers.length * barH + 12;
  const top = 70;
  const H = top + metrics.length * groupH + 50;
  const lo = 0.01;
  const hi = 100;
  const X = (v) => left + ((Math.log10(Math.min(hi, Math.max(lo, v))) - Math.log10(lo)) / (Math.log10(hi) - Math.log10(lo))) * (W - left - right);
  const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const out = [];
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="sans-serif" font-size="12">`);
  out.push(`<rect width="${W}" height="${H}" fill="#fff"/>`);
  out.push(`<text x="${W / 2}" y="22" text-anchor="middle" font-size="15" font-weight="bold">casyncio (wasm in Node) against its peers</text>`);
  out.push(`<text x="${W / 2}" y="40" text-anchor="middle" fill="#555">how many times faster (or smaller) casyncio is; right of 1× is better; log scale; medians</text>`);
  peers.forEach(([, name, color], i) => {
    const x = left - 120 + i * 150;
    out.push(`<rect x="${x}" y="50" width="12" height="10" fill="${color}"/><text x="${x + 16}" y="59">${esc(name)}</text>`);
  });
  out.push(`<rect x="${left + 330}" y="48" width="3" height="14" fill="#d00"/><text x="${left + 338}" y="59">target (ratio targets only)</text>`);
  for (const v of [0.01, 0.1, 1, 10, 100]) {
    out.push(`<line x1="${X(v)}" y1="${top - 4}" x2="${X(v)}" y2="${H - 40}" stroke="${v === 1 ? '#000' : '#ddd'}" stroke-width="${v === 1 ? 1.5 : 1}"/>`);
    out.push(`<text x="${X(v)}" y="${H - 26}" text-anchor="middle" fill="#333">${v}×</text>`);
  }
  metrics.forEach((m, gi) => {
    const y0 = top + gi * groupH;
    out.push(`<text x="${left - 8}" y="${y0 + (peers.length * barH) / 2 + 4}" text-anchor="end">${esc(short(m))}</text>`);
    peers.forEach(([p, , color], i) => {
      const a = advantage(m, p);
      if (a === null) return;
      const y = y0 + i * barH;
      const x1 = X(1);
      const x2 = X(a);
      out.push(`<rect x="${Math.min(x1, x2)}" y="${y}" width="${Math.max(1, Math.abs(x2 - x1))}" height="${barH - 2}" fill="${color}"/>`);
      const tx = a >= 1 ? x2 + 4 : x2 - 4;
      out.push(`<text x="${tx}" y="${y + barH - 3}" font-size="10" text-anchor="${a >= 1 ? 'start' : 'end'}" fill="#333">${a >= 10 ? a.toFixed(0) : a.toFixed(2)}×</text>`);
      const g = goal[`${m}|${p}`];
      if (g) out.push(`<rect x="${X(g) - 1.5}" y="${y - 2}" width="3" height="${barH + 2}" fill="#d00"><title>target ${g}×</title></rect>`);
    });
  });
  out.push(`<text x="${W / 2}" y="${H - 8}" text-anchor="middle" fill="#555" font-size="11">generated by bench/run.mjs from the run of ${esc(RUN_DATE.slice(0, 10))}; the figures are in benchmarks.md</text>`);
  out.push('</svg>');
  return out.join('\n') + '\n';
}

/* ------------------------------------------------------------------ */
/* docs/benchmarks.md                                                   */
/* ------------------------------------------------------------------ */

function markdown(rows, tg, m) {
  const md = [];
  const cell = (s) => String(s).replace(/\|/g, '\\|');
  const table = (header, body) => {
    md.push('| ' + header.map(cell).join(' | ') + ' |');
    md.push('|' + header.map((_, i) => (i === 0 ? '---' : '---:')).join('|') + '|');
    for (const r of body) md.push('| ' + r.map(cell).join(' | ') + ' |');
  };
  md.push('# Benchmarks');
  md.push('');
  md.push('`npm run bench` (`node bench/run.mjs`) runs the same workloads on casyncio — the wasm');
  md.push('build in Node and the native build — and on its peers, runs spawn+gather and ping-pong');
  md.push('again in headless Chromium (the page\'s build against async/await in the same page), and');
  md.push('writes this page and [`benchmarks.svg`](benchmarks.svg). `node bench/run.mjs --smoke` only checks that every');
  md.push('benchmark still runs (tiny N, one repetition). This page is generated: rerun, do not edit.');
  md.push('');
  md.push(`**Run of ${RUN_DATE.replace('T', ' ').slice(0, 16)} UTC** on ${m.nproc} × ${m.model} (load average at the end: ${m.load}),`);
  md.push(`Node ${m.node}, CPython ${m.python}, Pyodide ${m.pyodide}${m.micropython ? `, ${m.micropython}` : ''}, ${m.emcc}, ${m.cc}${m.boost ? `, ${m.boost}` : ''}${m.chromium ? `, ${m.chromium}` : ''}.`);
  md.push(`Medians of ${RUN_OPTS.reps} repetitions (after ${RUN_OPTS.smoke ? 0 : 1} warm-up in each process); spawn+gather, ping-pong and`);
  md.push(`timers run in ${RUN_OPTS.smoke ? 1 : 3} rounds of every runtime in turn (Pyodide in the first only) and pool the rounds'`);
  md.push('repetitions. The machine is shared: trust the ratios more than the absolute figures.');
  md.push('');
  md.push('![casyncio against its peers](benchmarks.svg)');
  md.push('');
  md.push('## Targets');
  md.push('');
  md.push('The wasm build\'s in Node; the rows marked "native:" are the native build\'s, in the same run.');
  md.push('');
  table(['target', 'measured', 'verdict'], tg.map((t) => [t.what, t.shown, t.ok === null ? 'n/a' : t.ok ? 'PASS' : 'MISS']));
  md.push('');
  md.push('## All figures');
  md.push('');
  md.push('The ratio columns say how many times faster (or smaller) the wasm build is than the');
  md.push('peer: above 1× casyncio is ahead. Lateness and start-up are compared as differences, not ratios.');
  md.push('In the rows "in Chromium", the wasm column is casyncio in Chromium (the page\'s build) and its');
  md.push('peer is "JS in Chromium", async/await in the same page; the chart and the targets are for Node.');
  md.push('');
  table(HEADER, rows);
  md.push('');
  const noteLines = [];
  for (const [metric, byRt] of Object.entries(notes)) {
    for (const [rt, text] of Object.entries(byRt)) noteLines.push(`- ${metric}, ${R[rt]}: ${text}.`);
  }
  const errs = new Map(); /* one line per distinct failure, with the figures it cost */
  for (const [metric, byRt] of Object.entries(results)) {
    for (const [rt, r] of Object.entries(byRt)) {
      if (!r.error) continue;
      const key = `${R[rt]}: ${r.error.replaceAll(ROOT + '/', '')}`;
      errs.set(key, [...(errs.get(key) ?? []), metric]);
    }
  }
  const errLines = [...errs].map(([e, ms]) => `- ${ms.join('; ')} — **FAIL**, ${e}`);
  if (errLines.length) {
    md.push('## Failures');
    md.push('');
    md.push(...errLines);
    md.push('');
  }
  md.push('## How each figure is measured');
  md.push('');
  md.push(...readFileSync(join(ROOT, 'bench', 'METHOD.md'), 'utf8').trim().split('\n'));
  if (noteLines.length) {
    md.push('');
    md.push('What each figure of these rows counts:');
    md.push('');
    md.push(...noteLines);
  }
  md.push('');
  return md.join('\n');
}

/* ------------------------------------------------------------------ */

let RUN_DATE = new Date().toISOString();
let RUN_OPTS = opts;
if (opts.render) {
  const saved = JSON.parse(readFileSync(join(OUT, 'results.json'), 'utf8'));
  Object.assign(results, saved.results);
  Object.assign(notes, saved.notes);
  RUN_DATE = saved.date;
  RUN_OPTS = saved.opts;
  const rows = tableRows();
  const tg = targets();
  writeFileSync(join(ROOT, 'docs', 'benchmarks.md'), markdown(rows, tg, saved.machine));
  writeFileSync(join(ROOT, 'docs', 'benchmarks.svg'), chartSvg());
  process.stdout.write(`wrote docs/benchmarks.md and docs/benchmarks.svg from the run of ${RUN_DATE}\n`);
  process.exit(0);
}

const t0 = performance.now();
try {
  await buildAll();
} catch (error) {
  log(`bench: FAIL: cannot build: ${error.message}`);
  process.exit(1);
}
PY = findPython();
PYODIDE = findPyodide();
if (!PYODIDE.dir) log(`bench: Pyodide ${PYODIDE.why}`);
const selected = opts.only ?? WORKLOADS;
if (selected.includes('python')) {
  MICROPYTHON = findMicroPython();
  if (!MICROPYTHON.dir) log(`bench: MicroPython ${MICROPYTHON.why}`);
}

const steps = { startup, spawn: spawnGather, pingpong, timers, factorial, memory, million, instructions, python, browser };
for (const w of WORKLOADS) if (selected.includes(w)) await steps[w]();

const rows = tableRows();
const tg = targets();
const m = machine();
process.stdout.write(`\ncasyncio benchmarks${opts.smoke ? ' (SMOKE: tiny N, 1 repetition; the figures mean nothing)' : ''}: ` +
  `${m.nproc} × ${m.model}, Node ${m.node}, CPython ${m.python}, Pyodide ${m.pyodide}, ${m.micropython}${m.chromium ? `, ${m.chromium}` : ''}; medians of ${opts.reps}\n\n`);
printTable(rows, HEADER);
if (!opts.smoke && tg.some((t) => t.value !== null)) {
  process.stdout.write('\nTargets (wasm build in Node; "native:" the native build):\n');
  printTable(tg.map((t) => [t.what, t.shown, t.ok === null ? 'n/a' : t.ok ? 'PASS' : 'MISS']), ['target', 'measured', 'verdict']);
}
if (opts.write) {
  writeFileSync(join(ROOT, 'docs', 'benchmarks.md'), markdown(rows, tg, m));
  writeFileSync(join(ROOT, 'docs', 'benchmarks.svg'), chartSvg());
  process.stdout.write('\nwrote docs/benchmarks.md and docs/benchmarks.svg\n');
}
mkdirSync(OUT, { recursive: true });
writeFileSync(join(OUT, opts.smoke ? 'results-smoke.json' : opts.only ? 'results-partial.json' : 'results.json'),
  JSON.stringify({ date: RUN_DATE, machine: m, opts, results, notes, targets: tg }, null, 2));
process.stdout.write(`\n${((performance.now() - t0) / 1000).toFixed(0)} s; ${failures.length} failure(s)\n`);
if (failures.length) {
  for (const f of failures) process.stderr.write(`bench: FAIL: ${f}\n`);
  process.exit(1);
}
