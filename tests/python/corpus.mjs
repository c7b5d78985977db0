// corpus.mjs -- the fidelity corpus's one set of rules, shared by the
// harness (corpus.test.mjs) and the recorder (record.mjs): where the programs
// are, how a program is run (by CPython 3.11 or by casyncio's interpreter),
// and how stderr is normalised before it is compared.  Nothing here asserts;
// the harness does.
import { createHash } from 'node:crypto';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const corpusDir = join(root, 'tests', 'python', 'corpus');
// CORPUS_NATIVE: another binary with casyncio-python's command line (to try the harness).
export const nativeBin = process.env.CORPUS_NATIVE || join(root, 'build', 'native', 'casyncio-python');
export const wasmCli = join(root, 'web', 'cli.mjs');

/**
 * Every program of the corpus, sorted: { id: 'area/NAME', area, name, dir,
 * file: 'NAME.py', stdin: text or null }.  The expected files sit next to
 * the program: NAME.out, NAME.err, NAME.status, NAME.times (and NAME.both).
 */
export function listPrograms() {
  const programs = [];
  for (const area of readdirSync(corpusDir).sort()) {
    const dir = join(corpusDir, area);
    if (!statSync(dir).isDirectory()) continue;
    for (const f of readdirSync(dir).sort()) {
      if (!f.endsWith('.py')) continue;
      const name = f.slice(0, -3);
      const stdinPath = join(dir, `${name}.stdin`);
      programs.push({
        id: `${area}/${name}`, area, name, dir, file: f,
        stdin: existsSync(stdinPath) ? readFileSync(stdinPath, 'utf8') : null,
      });
    }
  }
  return programs;
}

/**
 * The recorded results of a program: { out, err, status, times (as [{ ms,
 * line }]), both }.  both: NAME.both, stdout and stderr as one stream in
 * the order CPython wrote them (normalised as stderr is), recorded only for
 * a program that writes to both; else null.
 */
export function readExpected(p) {
  const at = (ext) => join(p.dir, `${p.name}.${ext}`);
  if (!existsSync(at('status'))) return null;
  return {
    out: readFileSync(at('out'), 'utf8'),
    err: readFileSync(at('err'), 'utf8'),
    status: exitStatus(readFileSync(at('status'), 'utf8').trim()),
    times: parseTimes(readFileSync(at('times'), 'utf8')),
    both: existsSync(at('both')) ? readFileSync(at('both'), 'utf8') : null,
  };
}

/**
 * NAME.times: one line per stdout line, "<ms>\t<line>", the milliseconds
 * after the process started at which CPython wrote it (rounded to 10 ms),
 * then a last line "<ms>\t<exit N>": the whole run's time.
 */
export function formatTimes(run) {
  return run.lines.map(({ ms, line }) => `${ms}\t${line}\n`).join('') + `${run.ms}\t<exit ${run.status}>\n`;
}
export function parseTimes(text) {
  return text.split('\n').filter(Boolean).map((l) => {
    const tab = l.indexOf('\t');
    return { ms: Number(l.slice(0, tab)), line: l.slice(tab + 1) };
  });
}

/*
 * THE NORMALISATION of stderr, applied alike to what CPython prints, to what
 * casyncio's interpreter prints and to the recorded NAME.err:
 *
 *  1. The script's path as the interpreter resolved it (CPython 3.11 makes
 *     the main script's path absolute: "/abs/dir/NAME.py") is written back
 *     as it was given on the command line, "NAME.py" (every program runs
 *     with its own folder as the working directory).
 *  2. Frames of CPython's own library are removed: a traceback line
 *     `<lead>File "<path>", line N...` whose path is inside CPython's library
 *     (it contains "/lib/python3.<minor>/", e.g.
 *     ".../lib/python3.11/asyncio/runners.py") or is frozen ("<frozen ...>"),
 *     together with every following line that starts with <lead> plus two
 *     more spaces (the frame's source line and its ^^^^/~~~~ marker line).
 *     <lead> is the text before "File": spaces, and for exception groups
 *     the "|" of their margin.  Nothing else is touched: the "Traceback"
 *     header, the program's own frames with their markers, and the
 *     exception line stay byte for byte.
 */
const LIB_FRAME = /^([ |]*)File "(?:<frozen [^>"]*>|[^"]*\/lib\/python3\.\d+\/[^"]*)", line \d+/;
export function normaliseStderr(text, p) {
  const absolute = join(p.dir, p.file);
  let s = text.split(absolute).join(p.file);
  const lines = s.split('\n');
  const kept = [];
  for (let i = 0; i < lines.length; i++) {
    const m = LIB_FRAME.exec(lines[i]);
    if (!m) { kept.push(lines[i]); continue; }
    const inner = m[1] + '  ';
    while (i + 1 < lines.length && lines[i + 1].startsWith(inner)) i++;
  }
  return kept.join('\n');
}

/**
 * The machine's CPython, resolved once (python3 may be a slow pyenv shim);
 * CORPUS_PYTHON names another one.
 */
let python;
export function pythonExe() {
  if (python) return python;
  const r = spawnSync(process.env.CORPUS_PYTHON || 'python3', ['-c', 'import os, sys; print(sys.executable); print(sys.version.split()[0]); print(os.path.dirname(os.__file__))'], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`python3 does not run: ${r.stderr || r.error}`);
  const [exe, version, lib] = r.stdout.trim().split('\n');
  pythonLib = lib + '/';
  if (!version.startsWith('3.11.')) throw new Error(`the corpus is recorded from CPython 3.11; python3 is ${version}`);
  python = exe;
  pythonVersion = version;
  return python;
}
export let pythonVersion = null;
let pythonLib;

/*
 * CPython's library directory, where its output names it (a warning raised
 * in asyncio/events.py, the main task's `cb=[_run_until_complete_cb() at
 * .../asyncio/base_events.py:180]`), is written as Debian's python3 has it,
 * /usr/lib/python3.11/, which casyncio prints: a CPython installed
 * elsewhere (pyenv's ~/.pyenv/versions/3.11.7/lib/python3.11/) differs from
 * Debian's only there.  Applied to CPython's stdout and stderr as it runs.
 */
export const DEBIAN_LIB = '/usr/lib/python3.11/';
export function debianLibDir(text) {
  pythonExe();
  return pythonLib === DEBIAN_LIB ? text : text.split(pythonLib).join(DEBIAN_LIB);
}

/** The environment every run gets: nothing of the caller's Python settings. */
export function cleanEnv(extra = {}) {
  return {
    PATH: process.env.PATH, HOME: process.env.HOME || '/tmp', LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8',
    PYTHONUNBUFFERED: '1', PYTHONDONTWRITEBYTECODE: '1', ...extra,
  };
}

/** The command lines of the three runners for a program (cwd: its folder). */
export function commandFor(runner, p, clock) {
  switch (runner) {
    case 'cpython': return [pythonExe(), [p.file]];
    case 'native': return [nativeBin, ['--clock', clock, p.file]];
    case 'wasm': return [process.execPath, [wasmCli, 'run', p.file, '--clock', clock]];
    default: throw new Error(`unknown runner ${runner}`);
  }
}

/** NAME.status's text: an exit code, or the signal that ended the program
 * (python3 ends by SIGINT after a KeyboardInterrupt nobody caught). */
function exitStatus(text) {
  return /^-?\d+$/.test(text) ? Number(text) : text;
}

/**
 * Runs a program; resolves with { out, err (raw), status (the exit code,
 * or the name of the signal that ended it), signal, ms,
 * lines: [{ ms, line }], timedOut }.  ms: since spawn; each stdout line
 * gets the time its chunk arrived.  stdin is NAME.stdin or empty.
 * merge: stderr goes into the same pipe as stdout (2>&1), so `out` holds
 * both in the order they were written.
 */
export function runProgram(runner, p, { clock = 'real', timeoutMs = 30000, env = {}, merge = false } = {}) {
  let [cmd, args] = commandFor(runner, p, clock);
  if (merge) [cmd, args] = ['/bin/sh', ['-c', 'exec "$0" "$@" 2>&1', cmd, ...args]];
  return new Promise((resolvePromise) => {
    const t0 = performance.now();
    const child = spawn(cmd, args, { cwd: p.dir, env: cleanEnv(env), stdio: ['pipe', 'pipe', 'pipe'] });
    const outChunks = [];
    const errChunks = [];
    const lines = [];
    let partial = '';
    let timedOut = false;
    const timer = setTimeout(() => { timedOut = true; child.kill('SIGKILL'); }, timeoutMs);
    child.stdout.on('data', (d) => {
      const ms = Math.round((performance.now() - t0) / 10) * 10;
      outChunks.push(d);
      partial += d.toString('utf8');
      const parts = partial.split('\n');
      partial = parts.pop();
      for (const line of parts) lines.push({ ms, line });
    });
    child.stderr.on('data', (d) => errChunks.push(d));
    child.stdin.on('error', () => {});
    child.stdin.end(p.stdin ?? '');
    child.on('error', (e) => { clearTimeout(timer); resolvePromise({ out: '', err: String(e), status: null, signal: null, ms: 0, lines, timedOut, spawnError: e }); });
    child.on('close', (status, signal) => {
      clearTimeout(timer);
      const ms = Math.round((performance.now() - t0) / 10) * 10;
      if (partial) lines.push({ ms, line: partial });
      let out = Buffer.concat(outChunks).toString('utf8'), err = Buffer.concat(errChunks).toString('utf8');
      if (runner === 'cpython') {
        [out, err] = [debianLibDir(out), debianLibDir(err)];
        for (const l of lines) l.line = debianLibDir(l.line);
      }
      resolvePromise({ out, err, status: status ?? signal, signal, ms, lines, timedOut });
    });
  });
}

/*
 * The wasm runs of the corpus with the virtual clock: through
 * tests/python/wasm-batch.cjs, a Node process that runs program after
 * program as `casyncio run` runs each (see there), one request at a time.
 * Resolves as runProgram does, plus both: stdout and stderr in the order
 * they were written (what runProgram's merge gives).  A run that takes
 * longer than timeoutMs kills its process (timedOut, as runProgram's);
 * the next run starts another.  stopWasmWorkers() ends the idle ones.
 */
export const wasmBatch = join(root, 'tests', 'python', 'wasm-batch.cjs');
const idleWorkers = [];

function wasmWorker() {
  const child = spawn(process.execPath, ['--wasm-tiering-budget=20000000', wasmBatch], { env: cleanEnv(), stdio: ['pipe', 'pipe', 'pipe'] });
  const worker = { child, pending: null, partial: '', stderr: '', exited: false };
  child.stdout.on('data', (d) => {
    worker.partial += d.toString('utf8');
    let nl;
    while ((nl = worker.partial.indexOf('\n')) >= 0) {
      const line = worker.partial.slice(0, nl);
      worker.partial = worker.partial.slice(nl + 1);
      const done = worker.pending;
      worker.pending = null;
      if (done) done(JSON.parse(line));
    }
  });
  child.stderr.on('data', (d) => { worker.stderr += d.toString('utf8'); });
  child.stdin.on('error', () => {});
  child.on('close', (status, signal) => {
    worker.exited = true;
    const i = idleWorkers.indexOf(worker);
    if (i >= 0) idleWorkers.splice(i, 1);
    const done = worker.pending;
    worker.pending = null;
    if (done) done({ out: '', err: `wasm-batch.cjs ended (${signal || `exit ${status}`}): ${worker.stderr}`, both: '', status: signal || status });
  });
  return worker;
}

export function runWasmBatched(p, { clock = 'virtual', timeoutMs = 20000 } = {}) {
  const worker = idleWorkers.pop() || wasmWorker();
  return new Promise((resolvePromise) => {
    const t0 = performance.now();
    const timer = setTimeout(() => {
      worker.pending = null;
      worker.child.kill('SIGKILL');
      resolvePromise({ out: '', err: '', both: '', status: null, signal: 'SIGKILL', ms: timeoutMs, lines: [], timedOut: true });
    }, timeoutMs);
    worker.pending = (answer) => {
      clearTimeout(timer);
      const ms = Math.round((performance.now() - t0) / 10) * 10;
      // anything the process itself printed (a warning of Node's) fails the run
      const err = answer.err + worker.stderr;
      worker.stderr = '';
      if (!worker.exited) idleWorkers.push(worker);
      resolvePromise({ out: answer.out, err, both: answer.both, status: answer.status, signal: null, ms, lines: [], timedOut: false });
    };
    worker.child.stdin.write(JSON.stringify({ dir: p.dir, file: p.file, stdin: p.stdin ?? '', clock }) + '\n');
  });
}

export function stopWasmWorkers() {
  for (const w of idleWorkers.splice(0)) w.child.kill();
}

/*
 * THE LOAD CHECK (tests/python/jitter.py): a program's output must not
 * depend on how busy the machine is.  jitter.py runs it under CPython on a
 * virtual clock, once as a quiet machine would and `seeds` times with the
 * wake-up latencies and preemptions measured on a loaded one (times `load`),
 * and reports a program whose stdout or status changes: two timers whose
 * order shows but whose deadlines are close (reached through different
 * chains of sleeps, or a timeout racing a sleep).  At load 1.5 a wake-up is
 * up to 97 ms late, so timers 0.1 s apart pass, and ones 10-50 ms apart
 * fail.  Deterministic: the seeds are fixed and no time is waited for.
 * Programs that run calls in threads (to_thread, run_in_executor,
 * ThreadPoolExecutor, threading's threads) are left
 * out: jitter.py's clock is one counter that a time.sleep() moves, which a
 * sleeping thread would move for the whole program (and CPython's threads
 * race in real time, which no virtual clock replays).  Their timers are
 * kept 0.1 s or more apart by hand, their times printed in whole seconds
 * or as comparisons, and a thread's name printed only where CPython's pool
 * cannot give another (tests/python/README.md, "Threads").
 */
export const JITTER = { seeds: 12, load: 1.5 };
export const jitterScript = join(root, 'tests', 'python', 'jitter.py');
const CLOCK_USE = /sleep\(|timeout|call_later|call_at|wait_for|as_completed|monotonic|perf_counter|time\(\)/;
/** Does the program use timers or the clock (so that the load check applies)? */
const THREADS = /to_thread|run_in_executor|ThreadPoolExecutor|threading\.(Thread|Timer)\b|Thread\(/;
export function usesClock(p) {
  const src = readFileSync(join(p.dir, p.file), 'utf8');
  return CLOCK_USE.test(src) && !THREADS.test(src);
}
/**
 * Runs jitter.py on programs, `jobs` processes at a time; resolves with a
 * Map id -> null (its output does not depend on the load) or why it does.
 */
export async function jitterCheck(list, { seeds = JITTER.seeds, load = JITTER.load, jobs = 2 } = {}) {
  const chunks = Array.from({ length: Math.min(jobs, list.length) }, (_, i) => list.filter((_, j) => j % jobs === i));
  const results = new Map();
  await pool(chunks, jobs, (chunk) => new Promise((resolvePromise) => {
    const args = [jitterScript, '--seeds', String(seeds), '--load', String(load), ...chunk.map((p) => join(p.dir, p.file))];
    const child = spawn(pythonExe(), args, { env: cleanEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => { out += d; });
    child.stderr.on('data', (d) => { err += d; });
    child.on('close', (status) => {
      for (const line of out.split('\n')) {
        const m = /^(ok|differs) ([^:\s]+)(?:: (.*))?$/.exec(line);
        if (m) results.set(m[2], m[1] === 'ok' ? null : m[3]);
      }
      for (const p of chunk) {
        if (!results.has(p.id)) results.set(p.id, `jitter.py gave no result (exit ${status}): ${err.trim().split('\n').at(-1) || 'no output'}`);
      }
      resolvePromise();
    });
  }));
  return results;
}

/*
 * KEPT VERDICTS.  Two checks of the corpus itself cost more than the rest of
 * the suite and give the same verdict until something they read changes:
 *
 *  - corpus/LOADPROOF, the load check's: jitter.py runs each program that
 *    uses the clock 13 times under CPython (some 0.6 s a program, half an
 *    hour for the corpus on two cores).  Its verdict depends only on the
 *    program's text, its stdin and jitter.py itself (and, a little, on
 *    where CPython's objects land: see jitter.py).
 *  - corpus/CPYTHONPROOF, CPython's re-run: that the machine's CPython still
 *    prints what NAME.out, .err, .status, .times and .both hold (a CPython
 *    start and the program's real sleeps for each of the corpus's programs,
 *    some 15 minutes on two cores).  Its verdict depends only on the
 *    program, its stdin, those files and CPython's version.
 *
 * Each file names what its verdicts depend on besides the program on its
 * first line (jitter.py's hash and settings; CPython's version), then one
 * program per line, "HASH area/NAME", for each program that passed the
 * check, HASH being the hash of what the check read of it.  A program whose
 * line is missing or has another hash, or every program when the first line
 * no longer holds, is checked again; so is a sample that changes each day,
 * so that every verdict is checked again within `days` days.  A run of the
 * suite never writes them: node tests/python/loadproof.mjs and
 * record.mjs write LOADPROOF; record.mjs, and corpus.test.mjs run with
 * CORPUS_KEEP=1, write CPYTHONPROOF.
 */
function keptVerdicts({ name, days, header, hash, says }) {
  const file = join(corpusDir, name);
  return {
    file, name, hash,
    header,
    /** The kept verdicts: Map id -> hash (empty when the first line no longer holds). */
    read() {
      const kept = new Map();
      if (!existsSync(file)) return kept;
      const lines = readFileSync(file, 'utf8').split('\n').filter((l) => l && !l.startsWith('#'));
      if (lines[0] !== header()) return kept;
      for (const line of lines.slice(1)) {
        const m = /^([0-9a-f]{16}) (\S+)$/.exec(line);
        if (!m) throw new Error(`${file}: malformed line "${line}" (HASH area/NAME)`);
        kept.set(m[2], m[1]);
      }
      return kept;
    },
    /** Writes the verdicts (Map id -> hash), sorted, under the current first line. */
    write(kept) {
      const ids = [...kept.keys()].sort();
      writeFileSync(file, [...says.map((l) => `# ${l}`), header(), ...ids.map((id) => `${kept.get(id)} ${id}`), ''].join('\n'));
    },
    /** Is p in today's sample of kept verdicts checked again? */
    sample(p, day = Math.floor(Date.now() / 86400000)) {
      const n = createHash('sha256').update(`${name}\0${p.id}`).digest().readUInt32BE(0);
      return n % days === day % days;
    },
  };
}

/** The hash of a program's bytes and its stdin's, then of the files named. */
function programHash(p, exts = []) {
  const h = createHash('sha256').update(readFileSync(join(p.dir, p.file)));
  if (p.stdin !== null && p.stdin !== undefined) h.update('\0stdin\0').update(p.stdin);
  for (const ext of exts) {
    const at = join(p.dir, `${p.name}.${ext}`);
    h.update(`\0${ext}\0`);
    if (existsSync(at)) h.update(readFileSync(at));
  }
  return h.digest('hex').slice(0, 16);
}

export const loadProof = keptVerdicts({
  name: 'LOADPROOF',
  days: 32,
  says: ['The load check\'s verdicts (tests/python/corpus.mjs, "KEPT VERDICTS"): programs jitter.py found',
    'load-proof, by the hash of their text.  Written by node tests/python/loadproof.mjs.'],
  header: () => `jitter.py ${createHash('sha256').update(readFileSync(jitterScript)).digest('hex').slice(0, 16)} seeds ${JITTER.seeds} load ${JITTER.load}`,
  hash: (p) => programHash(p),
});

export const cpythonProof = keptVerdicts({
  name: 'CPYTHONPROOF',
  days: 8,
  says: ['CPython\'s re-run\'s verdicts (tests/python/corpus.mjs, "KEPT VERDICTS"): programs for which',
    'CPython printed what their NAME.out, .err, .status, .times and .both hold, by the hash of',
    'all of them.  Written by record.mjs and by CORPUS_KEEP=1 node --test tests/python/corpus.test.mjs.'],
  header: () => { pythonExe(); return `python3 ${pythonVersion}`; },
  hash: (p) => programHash(p, ['out', 'err', 'status', 'times', 'both']),
});

/** Runs async jobs at most `limit` at a time; resolves with their results in order. */
export async function pool(items, limit, fn) {
  const results = new Array(items.length);
  let next = 0;
  const worker = async () => { while (next < items.length) { const i = next++; results[i] = await fn(items[i], i); } };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/**
 * tests/python/corpus/PASSING: the programs casyncio's interpreter must
 * match.  One per line: "area/NAME [real] [native|wasm]"; "#" starts a
 * comment.  "real": also run with the real clock and check the line times;
 * "native" or "wasm": only that build is expected to pass (default: both).
 * Returns Map id -> { real, native, wasm } and throws on a malformed line.
 */
export function readPassing(known) {
  const path = join(corpusDir, 'PASSING');
  const map = new Map();
  if (!existsSync(path)) return map;
  readFileSync(path, 'utf8').split('\n').forEach((raw, i) => {
    const line = raw.replace(/#.*/, '').trim();
    if (!line) return;
    const [id, ...flags] = line.split(/\s+/);
    const where = `${basename(path)}:${i + 1}`;
    if (!known.has(id)) throw new Error(`${where}: no program "${id}" in tests/python/corpus (expected area/NAME)`);
    const bad = flags.filter((f) => !['real', 'native', 'wasm'].includes(f));
    if (bad.length) throw new Error(`${where}: unknown flag "${bad[0]}" (the flags are: real, native, wasm)`);
    const only = flags.filter((f) => f !== 'real');
    map.set(id, {
      real: flags.includes('real'),
      native: only.length === 0 || only.includes('native'),
      wasm: only.length === 0 || only.includes('wasm'),
    });
  });
  return map;
}
