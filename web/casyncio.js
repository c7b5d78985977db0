/**
 * casyncio.js -- the JS API, one ES module for Node and browsers.
 *
 *   import { run, lessons } from './casyncio.js';
 *   for await (const ev of run('gather', { clock: 'virtual', seed: 1 })) console.log(ev);
 *
 * run(lesson, options) returns an async iterable of the run's events (see
 * docs/events.md), delivered as they happen.  Options:
 *   clock   'real' (default) or 'virtual'
 *   seed    a whole number; the same seed gives Python's random numbers
 *   input   the lesson's input (factorial: { numbers, collect })
 *   signal  an AbortSignal: aborting delivers CancelledError to every task,
 *           allows `grace` ms (default 250), then stops hard
 *   grace   ms of grace after an abort
 *   pace    virtual clock only: async (ms) => {} called each time the loop
 *           is about to jump ms of virtual time; the run waits for it.  A
 *           page paces a run at a chosen speed or one wait per Step click;
 *           Stop still delivers CancelledError to the real tasks.
 * The stream always ends with exactly one `end` event, even when the
 * options are bad (an `error` event first), the run is aborted, or the
 * module traps.  Each run has its own wasm instance; the wasm is compiled
 * once per page or process.
 *
 * Python: runPython(source, options) (or run({ python: source, filename,
 * stdin }, options)) runs a program through casyncio's interpreter, with
 * its own wasm module (python.wasm, loaded on first use only).  The same
 * options as a lesson's but `input`, plus:
 *   filename  shown in tracebacks (default "<string>")
 *   name      the program's __name__ (default "__main__"; the exercise
 *             checker runs a program as a module to call its functions)
 *   stdin     what input() reads: a string, or a function called for each
 *             line that returns it (a string, without its newline) or null
 *             at the end of input
 *   events    'all' (default) or 'output': only the program's output (print
 *             events), errors and the end, for a caller that shows no
 *             timeline (the CLI without --ndjson); the scheduler's events
 *             cost a run that switches tasks often most of its time
 * and the same event stream, plus the program's stderr as "print" events
 * with `stream: "stderr"`, an "input" event for each line input() reads
 * (`text`, or `eof: true` when none is left) ("end": "" marks text that ends no line, as a
 * prompt), and an `end` event carrying the exit status `python3` would
 * give (`exit`): 0 ok, 1 an uncaught exception or a SyntaxError, 130 a
 * KeyboardInterrupt (an abort); SystemExit's code.  An abort raises
 * KeyboardInterrupt in a program that computes without awaiting (it gets
 * a host turn every 20 ms) and CancelledError at every await.
 *
 * The library modules written in Python that python.wasm does not carry
 * (json, collections, dataclasses, ...: python/python.mk's PYLIB) are
 * files beside it, pylib/NAME.py, found relative to this file (as
 * python.wasm is), not to the page.  In Node they are read when a program
 * imports them; in a browser they are fetched, those the program's import
 * statements name while python.wasm loads, any other when it is imported
 * (the program then waits at its import, as CPython's blocks on reading the
 * file).  One that cannot be had (offline, a 404, a Content-Security-Policy
 * whose connect-src refuses it) raises ImportError at the import, naming
 * the module, the URL and what went wrong.
 *
 * Bad options of the API itself (a non-object, an unknown key, a signal
 * that is not an AbortSignal) make iteration reject with a TypeError that
 * names what is accepted.  Options that JSON cannot carry as they are (a
 * NaN, Infinity or BigInt, a cycle, a function) give an `error` event
 * EINVAL naming the value, like any bad option the runtime refuses.
 */

const OPTION_KEYS = ['clock', 'seed', 'input', 'signal', 'grace', 'pace'];
const HARD_STOP_MARGIN_MS = 750;
const SEED_MAX = 9007199254740991;
/* cJSON's nesting limit: deeper options are refused there anyway. */
const NESTING_MAX = 1000;
/* More than the runtime accepts (64 KiB of options): see start(). */
const OPTIONS_COPY_MAX = 1 << 20;

/* Where this file is: python.wasm, the lessons' module and pylib/ are beside it. */
const HERE = import.meta.url;
let compiled = null;
let compiledPython = null;

/* The library modules in pylib/ (python/python.mk's PYLIB; the C side,
 * modules.c, asks for them by name): their texts, shared by every run of
 * the page or process, name -> { text, error, promise }.  A failure holds
 * for the runs that met it; a run that starts afterwards asks again. */
const PYLIB = ['abc', 'bisect', 'collections', 'contextlib', 'copy', 'dataclasses', 'functools', 'heapq', 'itertools', 'json', 'string'];
const PYLIB_TIMEOUT_MS = 30000;
const pyLibs = new Map();
let nodeFs = null;

/* fetch's own TypeError says little ("Failed to fetch", "Load failed"). */
function fetchFailure(url, error) {
  if (error && error.name === 'TimeoutError') return new Error(`${url} gave no answer within ${PYLIB_TIMEOUT_MS / 1000} s`);
  return new Error(`fetching ${url} failed (${error && error.message ? error.message : error}): offline, or refused by the page's `
    + 'Content-Security-Policy (connect-src) or by CORS');
}

async function fetchPyLib(url) {
  let response;
  try {
    response = await fetch(url, typeof AbortSignal.timeout === 'function' ? { signal: AbortSignal.timeout(PYLIB_TIMEOUT_MS) } : {});
  } catch (error) {
    throw fetchFailure(url, error);
  }
  if (!response.ok) throw new Error(`${url} answered HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
  /* a static host's fallback page for any unknown path */
  if (/^text\/html/i.test(response.headers.get('content-type') || '')) {
    throw new Error(`${url} answered with an HTML page, not the module's Python text (is pylib/ deployed beside python.wasm?)`);
  }
  try {
    return await response.text();
  } catch (error) {
    throw fetchFailure(url, error);
  }
}

/** A library module's entry, its loading started on first use. */
function pyLib(name) {
  let lib = pyLibs.get(name);
  if (lib) return lib;
  lib = { text: null, error: null, promise: null };
  pyLibs.set(name, lib);
  const url = new URL(`./pylib/${name}.py`, HERE);
  if (nodeFs && url.protocol === 'file:') {
    try {
      lib.text = nodeFs.readFileSync(url, 'utf8');
    } catch (error) {
      lib.error = `cannot read ${decodeURIComponent(url.pathname)} (${error.code || error.message})`;
    }
  } else {
    lib.promise = fetchPyLib(url).then((text) => { lib.text = text; }, (error) => { lib.error = error.message; });
  }
  return lib;
}

/* The library modules a program's import statements name, wherever they
 * are (in a function, under an if: a module fetched and not imported
 * costs its download only), and those the library imports itself
 * (PriorityQueue's heapq, cache_info's collections).  A module imported
 * otherwise is fetched when it is imported. */
function pyLibsNamed(source) {
  const names = new Set();
  for (const m of source.matchAll(/(?:^|[\n;:])[ \t]*(?:from[ \t]+([A-Za-z_]\w*)|import[ \t]+([A-Za-z_][\w. \t,]*))/g)) {
    if (m[1]) names.add(m[1]);
    else for (const part of m[2].split(',')) names.add(part.trim().split(/[.\s]/)[0]);
  }
  if (/\bPriorityQueue\b/.test(source)) names.add('heapq');
  if (/\bcache_info\b/.test(source)) names.add('collections');
  return PYLIB.filter((name) => names.has(name));
}

function isNode() {
  return typeof process !== 'undefined' && process.versions != null && process.versions.node != null;
}

/** Compiles a wasm file once; every run instantiates it afresh. */
function compileWasm(name) {
  const promise = (async () => {
    const url = new URL(name, HERE);
    if (isNode() && url.protocol === 'file:') {
      /* Read at once where Node allows it (20.16+): the compile then starts
       * before the loader's import, and V8 validates the module on another
       * thread while this one parses the loader. */
      const fs = typeof process.getBuiltinModule === 'function' ? process.getBuiltinModule('node:fs') : null;
      if (fs) return WebAssembly.compile(fs.readFileSync(url));
      const { readFile } = await import('node:fs/promises');
      return WebAssembly.compile(await readFile(url));
    }
    const response = await fetch(url);
    if (!response.ok) throw new Error(`casyncio: cannot load ${url}: HTTP ${response.status}`);
    return WebAssembly.compile(await response.arrayBuffer());
  })();
  return promise;
}

/** The interpreter's module, compiled once, and its loader: { module,
 * loader }, two promises, so that a run sets its loader going while V8 is
 * still validating the module.  Either failing drops both: the next run
 * starts afresh. */
function pythonModule(modulePromise = null) {
  if (!compiledPython) {
    const loading = { module: modulePromise ?? compileWasm('./python.wasm'), loader: import('./python.mjs') };
    compiledPython = loading;
    Promise.all([loading.module, loading.loader]).catch(() => { if (compiledPython === loading) compiledPython = null; });
  }
  return compiledPython;
}

/**
 * For a host that starts compiling python.wasm before it loads this file
 * (the CLI does: V8 then validates the module on another thread while the
 * JS loads): the promise of that WebAssembly.Module, which the next
 * runPython uses instead of compiling python.wasm itself.  A no-op once the
 * interpreter's module is loaded; a rejected promise is reported by the
 * run that uses it, and the one after compiles python.wasm afresh.
 * @param {Promise<WebAssembly.Module>} modulePromise
 */
export function preloadPython(modulePromise) {
  pythonModule(modulePromise);
}

/** The lessons' module, compiled once, and its loader: [module, { default:
 * createCasyncio }].  Loaded on first use, as the interpreter's: a Python
 * program never loads the lessons' loader (its parse is a few milliseconds
 * of the CLI's start-up), and a lesson never loads the interpreter's. */
function wasmModule() {
  if (!compiled) {
    compiled = Promise.all([compileWasm('./casyncio.wasm'), import('./casyncio.mjs')]);
    compiled.catch(() => { compiled = null; });
  }
  return compiled;
}

/** A queue between the wasm's event callback and the async iterator. */
class Channel {
  constructor() {
    /* items[head..] are waiting: shift() on an array of many thousand
     * events (a run that spawns 20,000 tasks queues 100,000 before the
     * consumer reads one) moves all of them each time. */
    this.items = [];
    this.head = 0;
    this.waiters = [];
    this.closed = false;
    this.failure = null;
  }
  push(item) {
    if (this.closed) return;
    const w = this.waiters.shift();
    if (w) w.resolve({ value: item, done: false });
    else this.items.push(item);
  }
  close() {
    this.closed = true;
    for (const w of this.waiters.splice(0)) w.resolve({ value: undefined, done: true });
  }
  fail(error) {
    this.failure = error;
    this.closed = true;
    for (const w of this.waiters.splice(0)) w.reject(error);
  }
  next() {
    if (this.head < this.items.length) {
      const value = this.items[this.head];
      this.items[this.head++] = undefined;
      if (this.head === this.items.length) {
        this.items.length = 0;
        this.head = 0;
      } else if (this.head >= 1024 && this.head * 2 >= this.items.length) {
        this.items = this.items.slice(this.head);
        this.head = 0;
      }
      return Promise.resolve({ value, done: false });
    }
    if (this.failure) return Promise.reject(this.failure);
    if (this.closed) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve, reject) => this.waiters.push({ resolve, reject }));
  }
}

function checkOptions(options) {
  if (options === undefined || options === null) return {};
  if (typeof options !== 'object' || Array.isArray(options)) {
    throw new TypeError('casyncio: options must be an object with any of: ' + OPTION_KEYS.join(', '));
  }
  for (const key of Object.keys(options)) {
    if (!OPTION_KEYS.includes(key)) {
      throw new TypeError(`casyncio: unknown option "${key}"; accepted: ${OPTION_KEYS.join(', ')}`);
    }
  }
  if (options.signal !== undefined && !(options.signal instanceof AbortSignal)) {
    throw new TypeError('casyncio: signal must be an AbortSignal');
  }
  if (options.pace !== undefined && typeof options.pace !== 'function') {
    throw new TypeError('casyncio: pace must be a function (ms) => Promise');
  }
  if (options.grace !== undefined && !(Number.isFinite(options.grace) && options.grace >= 0 && options.grace <= 60000)) {
    throw new TypeError('casyncio: grace must be a number of milliseconds from 0 to 60000');
  }
  return options;
}

/** `numbers[3]`, `input["a b"]`: where a value sits, for messages. */
function childPath(path, key) {
  if (typeof key === 'number') return `${path}[${key}]`;
  if (path === 'input' && /^[A-Za-z_$][\w$]*$/.test(key)) return key; // numbers[0], as the runtime says
  return /^[A-Za-z_$][\w$]*$/.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;
}

/*
 * cJSON ends a string at an embedded NUL ("gather\u0000x" would read as
 * "gather") and refuses a lone surrogate as invalid JSON.  Both become
 * U+FFFD, which no option accepts, so the runtime refuses the value by name
 * with its usual message (docs/bad-input.md: refused as an unknown value).
 */
// eslint-disable-next-line no-control-regex
const NOT_TEXT = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const asText = (s) => s.replace(NOT_TEXT, '\ufffd');

/**
 * A copy of value as the JSON data JSON.stringify would send, with every
 * string made safe (asText); or { error } when JSON cannot carry it as it
 * is: JSON.stringify turns NaN and Infinity into null (a NaN seed would
 * become no seed), throws on a BigInt or a cycle, and drops functions.
 */
function jsonData(value, path, ancestors = new Set(), depth = 0) {
  if (value !== null && typeof value === 'object' && typeof value.toJSON === 'function') value = value.toJSON();
  switch (typeof value) {
    case 'string': return { value: asText(value) };
    case 'boolean': return { value };
    case 'number':
      return Number.isFinite(value) ? { value }
        : { error: `${path} is ${value}, which JSON cannot carry: give a finite number` };
    case 'bigint': return { error: `${path} is a BigInt (${value}n): give a plain number (${value}, not ${value}n)` };
    case 'undefined': return { error: `${path} is undefined, which JSON cannot carry` };
    case 'function': case 'symbol': return { error: `${path} is a ${typeof value}, which JSON cannot carry` };
    default: break;
  }
  if (value === null) return { value };
  if (depth >= NESTING_MAX) return { error: `${path} is nested more than ${NESTING_MAX} levels deep` };
  if (ancestors.has(value)) return { error: `${path} refers back to an object that contains it (a cycle): options must be plain JSON data` };
  ancestors.add(value);
  let copy;
  if (Array.isArray(value)) {
    copy = new Array(value.length);
    for (let i = 0; i < value.length; i++) {
      const r = jsonData(value[i], childPath(path, i), ancestors, depth + 1);
      if (r.error) return r;
      copy[i] = r.value;
    }
  } else {
    copy = {};
    for (const key of Object.keys(value)) {
      if (value[key] === undefined) continue; // JSON.stringify leaves it out: absent
      const r = jsonData(value[key], childPath(path, key), ancestors, depth + 1);
      if (r.error) return r;
      copy[asText(key)] = r.value;
    }
  }
  ancestors.delete(value);
  return { value: copy };
}

/**
 * The options text for the runtime, or { error } (an EINVAL message) for a
 * value JSON cannot carry.  `input: null` is sent as {} (see docs/bad-input.md):
 * the runtime reads a JSON null input as no input at all, but in the API
 * only a missing input means none, so a lesson that takes no input refuses
 * null like {}, 0 or false; factorial reads it as {}, its defaults.
 */
function optionsText(lesson, options) {
  const opts = { lesson: asText(String(lesson)) };
  if (options.clock !== undefined) {
    const r = jsonData(options.clock, 'clock');
    if (r.error) return r;
    opts.clock = r.value;
  }
  if (options.seed !== undefined) {
    const seed = options.seed;
    if (typeof seed === 'bigint' || (typeof seed === 'number' && !Number.isFinite(seed))) {
      return { error: `"seed" must be a whole number from 0 to ${SEED_MAX}, not ${typeof seed === 'bigint' ? `a BigInt (write ${seed}, not ${seed}n)` : seed}` };
    }
    const r = jsonData(seed, 'seed');
    if (r.error) return r;
    opts.seed = r.value;
  }
  if (options.input !== undefined) {
    const r = jsonData(options.input, 'input');
    if (r.error) return r;
    opts.input = r.value === null ? {} : r.value;
  }
  return { text: JSON.stringify(opts) };
}

/** One run: a wasm instance, its host functions and its event stream. */
async function start(lesson, options, channel) {
  const checked = optionsText(lesson, options);
  if (checked.error) {
    /* The same two events as the runtime's own refusal of a bad option. */
    channel.push({ v: 1, seq: 1, t: 0, type: 'error', code: 'EINVAL', message: `ValueError: ${checked.error}` });
    channel.push({ v: 1, seq: 2, t: 0, type: 'end', status: 'error', error: { type: 'ValueError', message: checked.error } });
    channel.close();
    return;
  }
  const [mod, { default: createCasyncio }] = await wasmModule();
  /* The consumer returned before the run began: it never begins. */
  if (channel.returned) return;
  let lastSeq = 0;
  let ended = false;
  let wake = null;
  let stopTimer = null;
  const errText = [];
  /* One turn of the host's message loop, not clamped like setTimeout(0):
   * setImmediate in Node, a MessageChannel message in a browser (made on
   * first use: creating one costs Node several milliseconds of start-up). */
  let turnChannel = null;
  const turnWaiters = [];
  const nextTurn = typeof setImmediate === 'function' ? (resolve) => setImmediate(resolve) : (resolve) => {
    if (!turnChannel) {
      turnChannel = new MessageChannel();
      turnChannel.port1.onmessage = () => { const r = turnWaiters.shift(); if (r) r(); };
    }
    turnWaiters.push(resolve);
    turnChannel.port2.postMessage(0);
  };

  const deliver = (ev) => {
    if (ended) return;
    if (typeof ev.seq === 'number') lastSeq = ev.seq;
    channel.push(ev);
    if (ev.type === 'end') ended = true;
  };
  /* Ends the stream from JS: a trap, or a hard stop after the grace. */
  const endFromJs = (status, code, message) => {
    if (ended) return;
    const t = 0;
    deliver({ v: 1, seq: lastSeq + 1, t, type: 'error', code, message });
    const end = { v: 1, seq: lastSeq + 1, t, type: 'end', status };
    if (status === 'error') end.error = { type: code === 'ESTACK' ? 'RecursionError' : 'RuntimeError', message };
    deliver(end);
  };

  const host = {
    /* Idles until ms from now.  Timers fire late (about 1 ms in Node,
     * more in browsers), so the last 4 ms are waited out in message-loop
     * turns, which are not clamped: deadlines are met within a fraction
     * of a millisecond while the host keeps running. */
    wait(ms) {
      return new Promise((resolve) => {
        const deadline = performance.now() + Math.max(0, ms);
        let timer = null;
        let finished = false;
        const done = () => { if (finished) return; finished = true; clearTimeout(timer); wake = null; resolve(); };
        const tick = () => {
          if (finished) return;
          const left = deadline - performance.now();
          if (left <= 0) done();
          else if (left > 4) timer = setTimeout(tick, left - 4);
          else host.turn().then(tick);
        };
        wake = done;
        tick();
      });
    },
    turn() {
      return new Promise(nextTurn);
    },
    event(json) { deliver(JSON.parse(json)); },
  };
  if (options.pace) {
    /* The virtual clock's jumps, paced by the caller; a stop ends the wait. */
    host.pace = (ms) => new Promise((resolve) => {
      let finished = false;
      const done = () => { if (!finished) { finished = true; wake = null; resolve(); } };
      wake = done;
      Promise.resolve().then(() => options.pace(ms)).then(done, done);
    });
  }

  const signal = options.signal;
  const grace = options.grace ?? 250;
  channel.onReturn = () => onAbort();
  let Module;
  const onAbort = () => {
    if (ended) return;
    if (Module) Module._cas_wasm_stop(grace / 1000);
    if (wake) wake();
    stopTimer = setTimeout(() => {
      endFromJs('cancelled', 'ECANCELLED', 'stopped: the run did not finish within the grace period and was dropped');
      channel.close();
    }, grace + HARD_STOP_MARGIN_MS);
  };

  Module = await createCasyncio({
    casHost: host,
    print: () => {},
    printErr: (text) => { errText.push(String(text)); },
    instantiateWasm(imports, receive) {
      WebAssembly.instantiate(mod, imports).then((instance) => receive(instance),
        (error) => channel.fail(error));
      return {};
    },
  });

  if (channel.returned) {
    clearTimeout(stopTimer);
    return;
  }
  const text = checked.text;

  if (signal) {
    if (signal.aborted) queueMicrotask(onAbort);
    else signal.addEventListener('abort', onAbort, { once: true });
  }
  /* The run is over, however it ended: once. */
  let finished = null;
  let settle;
  const over = new Promise((resolve) => { settle = resolve; });
  const finish = () => {
    if (finished) return;
    finished = true;
    if (stopTimer) clearTimeout(stopTimer);
    if (signal) signal.removeEventListener('abort', onAbort);
    if (turnChannel) turnChannel.port1.close();
    channel.close();
    settle();
  };
  /* A trap (or an abort) of the instance becomes an error event and the
   * one end event, wherever it happens: in the call itself, or when the
   * instance resumes after a host wait (wasm.c hands it to host.trap, as
   * that call's promise then never settles).  The instance is dead. */
  const trapped = (error) => {
    const message = String(error && error.message ? error.message : error);
    const overflow = /stack overflow|Maximum call stack|too much recursion|unreachable/i.test(message + errText.join('\n'));
    endFromJs('error', overflow ? 'ESTACK' : 'ETRAP',
      overflow ? `stack overflow in a task (${message})` : `the runtime stopped: ${message}`);
    finish();
  };
  host.trap = trapped;
  /* The options go to the heap (ccall's 'string' would put four bytes per
   * character on the 1 MiB C stack).  Past OPTIONS_COPY_MAX only a prefix
   * is copied: the C side refuses such text by its length alone. */
  const bytes = new TextEncoder().encode(text);
  const copied = Math.min(bytes.length, OPTIONS_COPY_MAX);
  const ptr = Module._malloc(copied + 1);
  if (!ptr) {
    endFromJs('error', 'ENOMEM', 'out of memory: cannot pass the options to the runtime');
    finish();
    return;
  }
  Module.HEAPU8.set(bytes.subarray(0, copied), ptr);
  Module.HEAPU8[ptr + copied] = 0;
  try {
    Module.ccall('cas_wasm_run', 'number', ['number', 'number'], [ptr, bytes.length], { async: true }).then(() => {
      Module._free(ptr);
      if (!ended) endFromJs('error', 'EINTERNAL', 'the run ended without an end event');
      finish();
    }, trapped);
  } catch (error) {
    trapped(error);
  }
  await over;
}

const PYTHON_KEYS = ['clock', 'seed', 'signal', 'grace', 'pace', 'filename', 'stdin', 'name', 'lines', 'events'];
/* cas_set_event_handler's masks (casyncio.h): all, or print | error | end. */
const EVENT_MASKS = { all: 0x3ff, output: 0x1 | 0x40 | 0x80 };

function checkPythonOptions(source, options) {
  if (typeof source !== 'string') throw new TypeError('casyncio: the Python source must be a string');
  if (options === undefined || options === null) return {};
  if (typeof options !== 'object' || Array.isArray(options)) {
    throw new TypeError('casyncio: options must be an object with any of: ' + PYTHON_KEYS.join(', '));
  }
  for (const key of Object.keys(options)) {
    if (!PYTHON_KEYS.includes(key)) throw new TypeError(`casyncio: unknown option "${key}"; accepted: ${PYTHON_KEYS.join(', ')}`);
  }
  const { filename, stdin, clock, seed, lines, events } = options;
  if (events !== undefined && !Object.hasOwn(EVENT_MASKS, events)) {
    throw new TypeError(`casyncio: events must be "all" or "output", not ${JSON.stringify(events)}`);
  }
  if (filename !== undefined && typeof filename !== 'string') throw new TypeError('casyncio: filename must be a string');
  if (lines !== undefined && typeof lines !== 'boolean') throw new TypeError('casyncio: lines must be true or false');
  if (stdin !== undefined && stdin !== null && typeof stdin !== 'string' && typeof stdin !== 'function') {
    throw new TypeError('casyncio: stdin must be a string or a function () => string | null');
  }
  if (clock !== undefined && clock !== 'real' && clock !== 'virtual') throw new TypeError(`casyncio: clock must be "real" or "virtual", not ${JSON.stringify(clock)}`);
  if (seed !== undefined && !(Number.isInteger(seed) && seed >= 0 && seed <= SEED_MAX)) {
    throw new TypeError(`casyncio: seed must be a whole number from 0 to ${SEED_MAX}`);
  }
  if (options.name !== undefined && !(typeof options.name === 'string' && /^[A-Za-z_][A-Za-z0-9_.]{0,99}$/.test(options.name))) {
    throw new TypeError('casyncio: name must be a Python module name (letters, digits, _ and ., at most 100 characters)');
  }
  const rest = { ...options };
  delete rest.filename; delete rest.stdin; delete rest.name; delete rest.lines; delete rest.events;
  checkOptions(rest);
  return options;
}

/** `SomeError: message`, the last line of a traceback, as { type, message }. */
function lastError(lines) {
  for (let i = lines.length - 1; i >= 0; i--) {
    const m = /^([A-Za-z_][\w.]*)(?:: (.*))?$/.exec(lines[i]);
    if (m) return { type: m[1].split('.').pop(), message: m[2] ?? '' };
    if (lines[i].trim()) break;
  }
  return { type: 'RuntimeError', message: 'the program failed' };
}

/** One Python run: a wasm instance of the interpreter and its event stream. */
async function startPython(source, options, channel) {
  if (isNode() && !nodeFs) {
    nodeFs = typeof process.getBuiltinModule === 'function' ? process.getBuiltinModule('node:fs') : await import('node:fs');
  }
  for (const [name, lib] of pyLibs) if (lib.error !== null) pyLibs.delete(name);
  /* The entries this run has used: what it met holds for the whole run. */
  const runLibs = new Map();
  const runLib = (name) => {
    if (!runLibs.has(name)) runLibs.set(name, pyLib(name));
    return runLibs.get(name);
  };
  /* fetched while python.wasm loads (read at the import when local) */
  const prefetched = pyLibsNamed(source).map(runLib).filter((lib) => lib.promise).map((lib) => lib.promise);
  const { module: compiling, loader } = pythonModule();
  const { default: createPython } = await loader;
  if (channel.returned) return;
  let seq = 0;
  let lastT = 0;
  let ended = false;
  let heldEnd = null;
  let exitStatus = null;
  let stopped = false;
  let wake = null;
  let stopTimer = null;
  const errLines = [];
  let errPartial = '';
  let turnChannel = null;
  const turnWaiters = [];
  const nextTurn = typeof setImmediate === 'function' ? (resolve) => setImmediate(resolve) : (resolve) => {
    if (!turnChannel) {
      turnChannel = new MessageChannel();
      turnChannel.port1.onmessage = () => { const r = turnWaiters.shift(); if (r) r(); };
    }
    turnWaiters.push(resolve);
    turnChannel.port2.postMessage(0);
  };
  /* Every event, the runtime's and the interpreter's, numbered here in the
   * order they come; the runtime's end waits for the exit status. */
  const deliver = (ev) => {
    if (ended) return;
    if (ev.type === 'end' && ev.seq !== undefined && !ev.js) { heldEnd = ev; return; }
    delete ev.js;
    ev.seq = ++seq;
    if (typeof ev.t === 'number') lastT = ev.t;
    channel.push(ev);
    if (ev.type === 'end') ended = true;
  };
  const endFromJs = (status, code, message, exit) => {
    if (ended) return;
    const t = heldEnd ? heldEnd.t : lastT;
    if (code) deliver({ v: 1, seq: 0, t, type: 'error', code, message });
    const end = { v: 1, t, type: 'end', status, js: true };
    if (exit !== undefined) end.exit = exit;
    if (status === 'error') end.error = code ? { type: code === 'ESTACK' ? 'RecursionError' : 'RuntimeError', message } : lastError(errLines);
    deliver(end);
  };
  let stdinText = typeof options.stdin === 'string' ? options.stdin : '';
  /* Resolves when the library modules' loads settle, or at a stop. */
  const untilLoadedOrStopped = (promises) => new Promise((resolve) => {
    let finished = false;
    const done = () => { if (!finished) { finished = true; if (wake === done) wake = null; resolve(); } };
    wake = done;
    if (stopped) done();
    Promise.all(promises).then(done, done);
  });
  const host = {
    wait(ms) {
      return new Promise((resolve) => {
        const deadline = performance.now() + Math.max(0, ms);
        let timer = null;
        let finished = false;
        const done = () => { if (finished) return; finished = true; clearTimeout(timer); wake = null; resolve(); };
        const tick = () => {
          if (finished) return;
          const left = deadline - performance.now();
          if (left <= 0) done();
          else if (left > 4) timer = setTimeout(tick, left - 4);
          else host.turn().then(tick);
        };
        wake = done;
        tick();
      });
    },
    turn() { return new Promise(nextTurn); },
    event(json) { deliver(JSON.parse(json)); },
    exit(status) { exitStatus = status; },
    output(stream, text, endsLine, task, t) {
      const ev = { v: 1, seq: 0, t, type: 'print', text, task };
      if (stream === 2) {
        ev.stream = 'stderr';
        errPartial += text;
        if (endsLine) { errLines.push(errPartial); errPartial = ''; }
      }
      if (!endsLine) ev.end = '';
      deliver(ev);
    },
    /* A library module's text, { error }, or null while it is fetched
     * (wasm_entry.c's py_js_lib_source). */
    libSource(name) {
      const lib = runLib(name);
      return lib.text !== null ? lib.text : lib.error !== null ? { error: lib.error } : null;
    },
    libWait(name) { return untilLoadedOrStopped([runLib(name).promise]); },
    readLine() {
      let line = null;
      if (typeof options.stdin === 'function') {
        const got = options.stdin();
        if (typeof got === 'string') line = got.replace(/\r?\n$/, '');
      } else if (stdinText) {
        const nl = stdinText.indexOf('\n');
        line = nl < 0 ? stdinText : stdinText.slice(0, nl);
        stdinText = nl < 0 ? '' : stdinText.slice(nl + 1);
      }
      /* What input() read, in its place among the output (a page echoes
       * it after the prompt); { eof: true } when there was nothing left. */
      deliver(line === null ? { v: 1, seq: 0, t: lastT, type: 'input', eof: true } : { v: 1, seq: 0, t: lastT, type: 'input', text: line });
      return line;
    },
  };
  if (options.pace) {
    host.pace = (ms) => new Promise((resolve) => {
      let finished = false;
      const done = () => { if (!finished) { finished = true; wake = null; resolve(); } };
      wake = done;
      Promise.resolve().then(() => options.pace(ms)).then(done, done);
    });
  }
  const signal = options.signal;
  const grace = options.grace ?? 250;
  let Module;
  const onAbort = () => {
    if (ended || stopped) return;
    stopped = true;
    if (Module) Module._py_wasm_stop(grace / 1000);
    if (wake) wake();
    stopTimer = setTimeout(() => {
      endFromJs('cancelled', 'ECANCELLED', 'stopped: the run did not finish within the grace period and was dropped', 130);
      finish();
    }, grace + HARD_STOP_MARGIN_MS);
  };
  channel.onReturn = onAbort;
  Module = await createPython({
    casHost: host,
    print: () => {},
    printErr: (text) => { errLines.push(String(text)); },
    instantiateWasm(imports, receive) {
      /* the loader's set-up has run meanwhile */
      compiling.then((mod) => WebAssembly.instantiate(mod, imports)).then((instance) => receive(instance), (error) => channel.fail(error));
      return {};
    },
  });
  if (channel.returned) return;
  let finished = false;
  let settle;
  const over = new Promise((resolve) => { settle = resolve; });
  function finish() {
    if (finished) return;
    finished = true;
    if (stopTimer) clearTimeout(stopTimer);
    if (signal) signal.removeEventListener('abort', onAbort);
    if (turnChannel) turnChannel.port1.close();
    channel.close();
    settle();
  }
  if (signal) {
    if (signal.aborted) queueMicrotask(onAbort);
    else signal.addEventListener('abort', onAbort, { once: true });
  }
  const trapped = (error) => {
    const message = String(error && error.message ? error.message : error);
    const overflow = /stack overflow|Maximum call stack|too much recursion|unreachable/i.test(message);
    endFromJs('error', overflow ? 'ESTACK' : 'ETRAP', overflow ? `stack overflow (${message})` : `the interpreter stopped: ${message}`, 1);
    finish();
  };
  host.trap = trapped;
  const enc = new TextEncoder();
  const src = enc.encode(source);
  const name = enc.encode(options.filename ?? '<string>');
  const ptr = Module._malloc(src.length + name.length + 2);
  if (!ptr) {
    endFromJs('error', 'ENOMEM', 'out of memory: cannot pass the program to the interpreter', 1);
    finish();
    return;
  }
  Module.HEAPU8.set(src, ptr);
  Module.HEAPU8[ptr + src.length] = 0;
  Module.HEAPU8.set(name, ptr + src.length + 1);
  Module.HEAPU8[ptr + src.length + 1 + name.length] = 0;
  if (options.name !== undefined) Module.ccall('py_wasm_set_name', null, ['string'], [options.name]);
  if (prefetched.length) {
    await untilLoadedOrStopped(prefetched);
    if (finished) return;
  }
  const clock = options.clock === 'virtual' ? 1 : 0;
  const seed = options.seed ?? -1;
  if (options.lines) Module._py_wasm_lines(1); // "line" events (docs/events.md)
  try {
    Module.ccall('py_wasm_run', 'number', ['number', 'number', 'number', 'number', 'number', 'number'],
      [ptr, src.length, ptr + src.length + 1, clock, seed, EVENT_MASKS[options.events ?? 'all']], { async: true }).then(() => {
      /* host.exit has the status (see wasm_entry.c's py_js_exit) */
      const exit = exitStatus ?? 1;
      if (errPartial) { errLines.push(errPartial); errPartial = ''; }
      const status = exit === 0 ? 'ok' : stopped && (exit === 130 || exit === 1) ? 'cancelled' : 'error';
      endFromJs(status, null, null, exit);
      finish();
    }, trapped);
  } catch (error) {
    trapped(error);
  }
  await over;
}

/** An async iterable over a run's channel, started on first iteration. */
function iterable(startFn) {
  const channel = new Channel();
  let started = false;
  const begin = () => {
    if (started) return;
    started = true;
    try {
      startFn(channel).catch((error) => channel.fail(error));
    } catch (error) {
      channel.fail(error);
    }
  };
  return {
    [Symbol.asyncIterator]() {
      begin();
      return {
        next: () => channel.next(),
        return: async () => {
          channel.returned = true;
          if (channel.onReturn) channel.onReturn();
          channel.close();
          return { value: undefined, done: true };
        },
      };
    },
  };
}

/**
 * Runs a Python program through casyncio's interpreter.  Returns an async
 * iterable of its events (see the top of this file and docs/events.md).
 * @param {string} source  the program's text
 * lines: true adds a "line" event each time the program's own code goes on
 * to another line (or another task runs it): for stepping with the line
 * marked.  Off by default, and then it costs nothing.
 * @param {{clock?: 'real'|'virtual', seed?: number, filename?: string, stdin?: string|(() => string|null), signal?: AbortSignal, grace?: number, pace?: (ms: number) => Promise<void>, lines?: boolean, events?: 'all'|'output'}} [options]
 */
export function runPython(source, options) {
  return iterable(async (channel) => {
    const opts = checkPythonOptions(source, options);
    await startPython(source, opts, channel);
  });
}

/**
 * Runs a lesson (or, given { python, filename, stdin }, a Python program:
 * see runPython).  Returns an async iterable of its events.
 * @param {string} lesson  a lesson id: await, callbacks, cancel, gather, as-completed, factorial
 * @param {{clock?: 'real'|'virtual', seed?: number, input?: any, signal?: AbortSignal, grace?: number}} [options]
 */
export function run(lesson, options) {
  if (lesson !== null && typeof lesson === 'object' && 'python' in lesson) {
    const { python, ...rest } = lesson;
    return runPython(python, { ...options, ...rest });
  }
  const channel = new Channel();
  let started = false;
  const begin = () => {
    if (started) return;
    started = true;
    let opts;
    try {
      opts = checkOptions(options);
    } catch (error) {
      channel.fail(error);
      return;
    }
    start(lesson, opts, channel).catch((error) => channel.fail(error));
  };
  return {
    [Symbol.asyncIterator]() {
      begin();
      return {
        next: () => channel.next(),
        /* The consumer stopped listening (break out of for-await): stop
         * the run too, so no instance is left running. */
        return: async () => {
          channel.returned = true;
          if (channel.onReturn) channel.onReturn();
          channel.close();
          return { value: undefined, done: true };
        },
      };
    },
  };
}

/** The lessons, in chapter order: [{ id, title, section }]. */
export async function lessons() {
  const [mod, { default: createCasyncio }] = await wasmModule();
  const Module = await createCasyncio({
    casHost: {},
    print: () => {},
    printErr: () => {},
    instantiateWasm(imports, receive) {
      WebAssembly.instantiate(mod, imports).then((instance) => receive(instance));
      return {};
    },
  });
  return JSON.parse(Module.UTF8ToString(Module._cas_wasm_lessons()));
}
