/**
 * cli-main.cjs -- the `casyncio` command: runs the chapter's lessons headless.
 *
 *   casyncio list
 *   casyncio run <lesson> [--clock real|virtual] [--seed N] [--input JSON] [--ndjson]
 *   casyncio run program.py | - [--clock real|virtual] [--seed N] [--ndjson [--lines]]
 *
 * By default `run` prints the lesson's text as it happens: exactly the
 * stdout CPython prints for the lesson's Python program.  A path ending in
 * .py (or - for stdin) runs that Python program through casyncio's
 * interpreter in wasm, as `python3 program.py` runs it: its stdout and
 * stderr, input() reading this command's stdin, and python3's exit status
 * (0, 1 on an uncaught exception or a SyntaxError, 2 when the file cannot
 * be opened).  Ctrl-C raises KeyboardInterrupt in the program, as in
 * CPython (its traceback, then death by SIGINT as python3's: 130 in a
 * shell); a second Ctrl-C exits at once (130).  --ndjson prints
 * the event stream instead, one JSON object per line, flushed per event.
 * Exit codes: 0 ok, 1 the run failed, 2 bad usage or bad input, 130 the
 * run was cancelled (Ctrl-C cancels gracefully: tasks see CancelledError).
 *
 *   casyncio check factorial solution.py | - [--json]
 *
 * runs a solution of the chapter's exercise through the checker
 * (web/check.js, docs/checking.md) and prints its report (--json: the
 * report as JSON); exit 0 when every check passes, 1 when some do not, 2
 * on bad usage (an unknown exercise, a file that cannot be read).
 */
/* Loaded by web/cli.cjs, the command's bin, with a compile cache (see
 * there); like it, a CommonJS script, and so are the JS API and the wasm
 * modules' loaders it loads (dist/casyncio.cjs, python.cjs, lessons.cjs,
 * which web/build.mjs makes from web/casyncio.js and Emscripten's ES
 * module loaders): an ES module would start Node's ESM loader, some 14 M
 * instructions before a program's first line. */
'use strict';
const { existsSync, readFileSync, readSync, writeSync } = require('node:fs');
const { isAbsolute, join } = require('node:path');

const root = join(__dirname, '..');
const USAGE = `usage: casyncio list
       casyncio run <lesson> [--clock real|virtual] [--seed N] [--input JSON] [--ndjson]
       casyncio run program.py | - [--clock real|virtual] [--seed N] [--ndjson [--lines]] [arg ...]

lessons: await, callbacks, cancel, gather, as-completed, factorial
  --clock   real (default) or virtual (jumps to each deadline: instant, exact)
  --seed    a whole number: the same numbers as Python's random.seed(N)
  --input   the lesson's input as JSON, e.g. '{"numbers": [5, 7, 3, 6], "collect": "as_completed"}'
  --ndjson  print the event stream, one JSON object per line
  --lines   with --ndjson, a Python program's "line" events too (each line of it about to run)
  arg ...   after a program, its sys.argv[1:] (all after -- too)`;

function fail(message) {
  process.stderr.write(`casyncio: ${message}\n${message.startsWith('usage') ? '' : 'try: casyncio --help\n'}`);
  process.exit(2);
}

function parseArgs(argv) {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    process.stdout.write(`${USAGE}\n\n${USAGE_CHECK}\n`);
    process.exit(command ? 0 : 2);
  }
  if (command === 'list') {
    if (rest.length) fail(`"list" takes no arguments (got ${rest.join(' ')})`);
    return { command };
  }
  if (command === 'check') return parseCheck(rest);
  if (command !== 'run') fail(`unknown command "${command}"; the commands are: list, run, check`);
  const opts = { command, ndjson: false, args: [] };
  /* a lesson's id, or a Python program: `-`, a .py, a path, or a file here
   * (python3 runs a file of any name) */
  const isPython = (name) => name === '-' || name.endsWith('.py') || name.includes('/') || existsSync(name);
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    /* After a Python program, what is not one of the options below is the
     * program's (sys.argv[1:], as after `python3 program.py`), and so is
     * all after "--". */
    const program = opts.lesson !== undefined && isPython(opts.lesson);
    if (program && arg === '--') {
      opts.args.push(...rest.slice(i + 1));
      break;
    }
    const value = () => {
      if (i + 1 >= rest.length) fail(`${arg} needs a value`);
      return rest[++i];
    };
    if (arg === '--ndjson') opts.ndjson = true;
    else if (arg === '--lines') opts.lines = true;
    else if (arg === '--clock') {
      const v = value();
      if (v !== 'real' && v !== 'virtual') fail(`--clock must be "real" or "virtual", not "${v}"`);
      opts.clock = v;
    } else if (arg === '--seed') {
      const v = value();
      if (!/^\d{1,16}$/.test(v) || Number(v) > Number.MAX_SAFE_INTEGER) fail(`--seed must be a whole number from 0 to ${Number.MAX_SAFE_INTEGER}, not "${v}"`);
      opts.seed = Number(v);
    } else if (arg === '--input') {
      const v = value();
      try {
        opts.input = JSON.parse(v);
      } catch (error) {
        fail(`--input is not valid JSON (${error.message}); for example: --input '{"numbers": [5, 7, 3, 6]}'`);
      }
    } else if (program) opts.args.push(arg);
    else if (arg.startsWith('-') && arg !== '-') fail(`unknown flag "${arg}"; the flags are: --clock, --seed, --input, --ndjson, --lines`);
    else if (opts.lesson === undefined) opts.lesson = arg;
    else fail(`one lesson at a time (got "${opts.lesson}" and "${arg}")`);
  }
  if (opts.lesson === undefined) fail('which lesson? casyncio run <lesson>; see casyncio list');
  opts.python = isPython(opts.lesson);
  if (opts.python && opts.input !== undefined) fail('--input is for lessons; a Python program reads its stdin with input()');
  if (opts.lines && !(opts.python && opts.ndjson)) fail('--lines is for a Python program with --ndjson (line events are part of the event stream)');
  return opts;
}

const EXERCISES = ['factorial'];
const USAGE_CHECK = `checking a solution of the chapter's exercise (34.8; docs/checking.md):
       casyncio check <exercise> solution.py | - [--json]

exercises: factorial
  --json    print the report as JSON, for an autograder
  exit status 0 when every check passes, 1 when some do not`;

/* casyncio check <exercise> <file> [--json] */
function parseCheck(rest) {
  const opts = { command: 'check', json: false };
  const positional = [];
  for (const arg of rest) {
    if (arg === '--json') opts.json = true;
    else if (arg.startsWith('-') && arg !== '-') fail(`unknown flag "${arg}" for check; the flag is: --json`);
    else positional.push(arg);
  }
  if (positional.length === 0) fail(`which exercise? casyncio check <exercise> <solution.py>; the exercises are: ${EXERCISES.join(', ')}`);
  const [exercise, file, ...extra] = positional;
  if (!EXERCISES.includes(exercise)) fail(`unknown exercise "${exercise}"; the exercises are: ${EXERCISES.join(', ')}`);
  if (file === undefined) fail(`which solution? casyncio check ${exercise} <solution.py> (or - to read it from stdin)`);
  if (extra.length) fail(`one solution at a time (got "${file}" and "${extra[0]}")`);
  opts.exercise = exercise;
  opts.file = file;
  return opts;
}

/* Checks a solution; resolves with the exit status (0 all pass, 1 not). */
async function checkSolution(opts) {
  let source;
  if (opts.file === '-') source = readFileSync(0, 'utf8');
  else {
    try {
      source = readFileSync(opts.file, 'utf8');
    } catch (error) {
      fail(`can't read the solution '${opts.file}': ${error.code === 'ENOENT' ? 'no such file' : error.code === 'EISDIR' ? 'it is a directory' : error.message}`);
    }
  }
  const { runPython } = loadApi(pythonWasm !== null);
  const { check, formatReport } = await importModule(join(root, 'dist', 'check.js'));
  const controller = new AbortController();
  process.on('SIGINT', () => controller.abort());
  let report;
  try {
    report = await check(opts.exercise, source, { runPython, filename: opts.file === '-' ? '<stdin>' : opts.file, signal: controller.signal });
  } catch (error) {
    if (error.name === 'AbortError') return 130;
    throw error;
  }
  await write(1, opts.json ? JSON.stringify(report, null, 2) + '\n' : formatReport(report));
  started.ran();
  return report.passed ? 0 : 1;
}

/* Builds the wasm and the site on a fresh checkout, then loads the JS API
 * (dist/casyncio.cjs).  python: the run is a Python program's, and the API
 * is to use python.wasm's compile started by web/cli.cjs before it loaded
 * any JS (pythonWasm, the promise of its WebAssembly.Module; null if none
 * was started), or else one started now, before the API is loaded: V8
 * validates the module on other threads (some 28 M instructions, which
 * the first line waits for) while this one loads the JS. */
function loadApi(python = false) {
  const dist = (name) => join(root, 'dist', name);
  if (!['casyncio.cjs', 'python.cjs', 'lessons.cjs', 'casyncio.wasm', 'python.wasm', 'check.js'].every((name) => existsSync(dist(name)))) {
    process.stderr.write('casyncio: first use: building (make site), once, a few minutes...\n');
    /* the build's own chatter (the compilers' warnings) is shown only if it fails */
    const r = require('node:child_process').spawnSync('make', ['-C', root, 'site'],
      { stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 64 << 20 });
    if (r.status !== 0) {
      const err = String(r.stderr || '').trimEnd().split('\n').slice(-40).join('\n');
      process.stderr.write(`${err ? err + '\n' : ''}casyncio: the build failed (${r.error ? r.error.message : `make exited with ${r.status}`}); run \`make site\` to see why\n`);
      process.exit(1);
    }
    pythonWasm = null; /* the build may have made another python.wasm */
  }
  if (!python) return require(dist('casyncio.cjs'));
  let wasm = pythonWasm;
  if (!wasm) {
    try {
      wasm = WebAssembly.compile(readFileSync(dist('python.wasm')));
    } catch (error) {
      wasm = Promise.reject(error);
    }
    wasm.catch(() => {}); /* reported by the run that uses it */
  }
  const api = require(dist('casyncio.cjs'));
  api.preloadPython(wasm);
  return api;
}

/* Writes to fd 1 or 2 straight away, as CPython's print does, without
 * building process.stdout (a few milliseconds of start-up before the first
 * line).  A non-blocking pipe that is full goes through the stream, which
 * waits for it to drain; a reader that went away (| head) ends the run. */
let readerGone = null;
function write(fd, text) {
  let buf = Buffer.from(text);
  try {
    while (buf.length) buf = buf.subarray(writeSync(fd, buf));
    return Promise.resolve();
  } catch (error) {
    if (error.code === 'EPIPE') {
      if (readerGone) readerGone();
      return Promise.resolve();
    }
    if (error.code !== 'EAGAIN') throw error;
    const stream = fd === 1 ? process.stdout : process.stderr;
    return new Promise((resolve) => { if (stream.write(buf)) resolve(); else stream.once('drain', resolve); });
  }
}

/* input(): lines of fd 0 with their '\n' (a last line may have none),
 * read as they are asked for (a terminal works). */
function stdinReader() {
  let buffered = Buffer.alloc(0);
  let eof = false;
  const chunk = Buffer.alloc(65536);
  const reader = () => {
    for (;;) {
      const nl = buffered.indexOf(10);
      if (nl >= 0) {
        const line = buffered.subarray(0, nl + 1).toString('utf8');
        buffered = buffered.subarray(nl + 1);
        return line;
      }
      if (eof) {
        if (!buffered.length) return null;
        const line = buffered.toString('utf8');
        buffered = Buffer.alloc(0);
        return line;
      }
      let n = 0;
      try {
        n = readSync(0, chunk, 0, chunk.length, null);
      } catch (error) {
        if (error.code === 'EAGAIN') { Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5); continue; }
        if (error.code !== 'EOF') throw error;
      }
      if (n === 0) eof = true;
      else buffered = Buffer.concat([buffered, chunk.subarray(0, n)]);
    }
  };
  reader.keepsNewlines = true;
  return reader;
}

/* Runs a Python program as python3 does; resolves with its exit status. */
async function runPythonProgram(opts, runPython) {
  let source;
  let filename;
  /* the file's bytes: the interpreter decodes them as python3 does (PEP 263) */
  if (opts.lesson === '-') {
    source = readFileSync(0);
    filename = '<stdin>';
  } else {
    /* python3's __file__ and tracebacks: the current folder and the path
     * as given, joined, not normalised (/home/a/./p.py) */
    filename = isAbsolute(opts.lesson) ? opts.lesson : `${process.cwd()}/${opts.lesson}`;
    try {
      source = readFileSync(filename);
    } catch (error) {
      if (error.code === 'EISDIR') { /* python3 runs a folder's __main__.py */
        await write(2, existsSync(join(filename, '__main__.py'))
          ? `casyncio: running a folder ('${filename}', its __main__.py) is not supported by casyncio's Python: give the .py file\n`
          : `casyncio: can't find '__main__' module in '${filename}'\n`);
        return 1;
      }
      await write(2, `casyncio: can't open file '${filename}': [Errno ${-(error.errno ?? -2)}] ${error.code === 'ENOENT' ? 'No such file or directory' : error.message}\n`);
      return 2;
    }
  }
  const ctl = stoppable();
  const options = { signal: ctl.signal, filename, argv: [opts.lesson, ...opts.args], cwd: process.cwd(), stdin: opts.lesson === '-' ? '' : stdinReader() };
  if (!opts.ndjson) options.events = 'output'; /* what this prints: the scheduler's events cost time */
  for (const k of ['clock', 'seed', 'lines']) if (opts[k] !== undefined) options[k] = opts[k];
  let status = 1;
  let end = null;
  for await (const ev of runPython(source, options)) {
    if (ev.type === 'end') end = ev;
    if (ctl.quiet) continue;
    if (opts.ndjson) {
      await write(1, JSON.stringify(ev) + '\n');
    } else if (ev.type === 'print') {
      await write(ev.stream === 'stderr' ? 2 : 1, ev.text + (ev.end ?? '\n'));
    } else if (ev.type === 'error' && !['EEXCEPTION', 'EDEADLOCK'].includes(ev.code)) {
      /* the interpreter prints its own exceptions; these are the host's */
      await write(2, `casyncio: ${ev.message}\n`);
    }
    if (ev.type === 'end') status = ev.exit ?? (ev.status === 'ok' ? 0 : ev.status === 'cancelled' ? 130 : 1);
  }
  started.ran();
  /* python3 ends by SIGINT after a KeyboardInterrupt nobody caught, not
   * by exit(130): the shell shows 130 alike, a parent process the signal. */
  if (status === 130 && (end.status === 'cancelled' || end.error?.type === 'KeyboardInterrupt')) endsBySigint = true;
  return ctl.quiet ? 0 : status;
}

/* A run's stop: the first Ctrl-C stops it (the program's exit status
 * then says so), a second exits at once; a reader of stdout that goes
 * away stops it too, quietly (quiet: nothing more is written). */
function stoppable() {
  const controller = new AbortController();
  const run = { signal: controller.signal, quiet: false };
  let interrupted = 0;
  process.on('SIGINT', () => {
    interrupted++;
    if (interrupted > 1) process.exit(130);
    controller.abort();
  });
  readerGone = () => { run.quiet = true; controller.abort(); };
  return run;
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  if (opts.command === 'check') return checkSolution(opts);
  const { run, runPython, lessons } = loadApi(opts.python);
  if (opts.python) return runPythonProgram(opts, runPython);
  if (opts.command === 'list') {
    for (const l of await lessons()) await write(1, `${l.id.padEnd(14)}${l.section.padEnd(8)}${l.title}\n`);
    started.ran();
    return 0;
  }
  const known = (await lessons()).map((l) => l.id);
  if (!known.includes(opts.lesson)) fail(`unknown lesson "${opts.lesson}"; the lessons are: ${known.join(', ')}`);

  const ctl = stoppable();
  const options = { signal: ctl.signal };
  for (const k of ['clock', 'seed', 'input']) if (opts[k] !== undefined) options[k] = opts[k];

  let status = 1;
  let badInput = false;
  for await (const ev of run(opts.lesson, options)) {
    if (ctl.quiet) continue;
    if (opts.ndjson) {
      await write(1, JSON.stringify(ev) + '\n');
    } else if (ev.type === 'print') {
      await write(1, ev.text + '\n');
    } else if (ev.type === 'error') {
      await write(2, (ev.code === 'EINVAL' ? 'casyncio: ' : '') + ev.message + '\n');
    }
    if (ev.type === 'error' && ev.code === 'EINVAL') badInput = true;
    if (ev.type === 'end') status = ev.status === 'ok' ? 0 : ev.status === 'cancelled' ? 130 : badInput ? 2 : 1;
  }
  started.ran();
  return ctl.quiet ? 0 : status;
}

let started = null;
let endsBySigint = false;
let pythonWasm = null;
let importModule = null;

/** Runs the command.  web/cli.cjs calls it with the promise of python.wasm's
 * compile when it started one (pythonWasm: see loadApi), the import() of
 * an ES module (this file is compiled through vm.Script, where import()
 * needs an experimental flag), and ran(), called once the command's run
 * went to its end (its compile cache then holds all that a run compiles). */
module.exports = function cli(bin) {
  started = bin;
  ({ pythonWasm, importModule } = bin);
  main().then((code) => {
    process.exitCode = code;
    if (endsBySigint && code === 130) {
      process.removeAllListeners('SIGINT');
      process.kill(process.pid, 'SIGINT');
    }
  }, (error) => {
    process.stderr.write(`casyncio: ${error && error.message ? error.message : error}\n`);
    process.exitCode = error instanceof TypeError ? 2 : 1;
  });
};
