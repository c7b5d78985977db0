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
 * its own wasm module (python.wasm) and its own part of this API
 * (casyncio-python.js, beside this file), both loaded on first use only:
 * a lesson's page downloads neither.  The same
 * options as a lesson's but `input`, plus:
 *   filename  shown in tracebacks (default "<string>")
 *   argv      sys.argv, 1 to 256 strings (default [filename])
 *   cwd       what os.getcwd() answers, an absolute path (default "/"; the
 *             CLI gives its own); os.path.abspath joins relative paths to it
 *   name      the program's __name__ (default "__main__"; the exercise
 *             checker runs a program as a module to call its functions)
 *   stdin     what input() reads: a string, or a function called for each
 *             line that returns it (a string, without its newline) or null
 *             at the end of input; a function with `keepsNewlines: true`
 *             returns each line with its '\n' (the CLI's: a last line
 *             without one is read so by sys.stdin.read())
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
let runner = null;

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

/** runPython's part of the API (casyncio-python.js), loaded on first use:
 * a lesson's page never downloads it.  A failed load is tried again by the
 * next run. */
function pythonRunner() {
  if (!runner) {
    runner = import('./casyncio-python.js');
    runner.catch(() => { runner = null; });
  }
  return runner;
}

/** The clock a wait's deadline is kept on: process.hrtime() in Node,
 * performance.now() elsewhere, as Emscripten's emscripten_get_now reads
 * them (in Node performance.now() is the same clock from another origin).
 * Node loads `performance` on its first use, which took the CLI some 2 ms
 * (its modules compiled afresh after the tiering flag): a run's first
 * wait, its first user, set its deadline that much after the instance had
 * computed the wait, and the first sleep of every Python program woke 2 to
 * 3.5 ms late by the program's own clock (CPython's 0.5 to 1). */
function hostClock() {
  if (typeof process === 'object' && process && typeof process.hrtime === 'function') {
    return () => { const t = process.hrtime(); return t[0] * 1e3 + t[1] / 1e6; };
  }
  return () => performance.now();
}

/* A Python run's events not yet read past which it waits for its reader,
 * and down to which the reader catches up (Channel). */
const CHANNEL_HIGH = 5000;
const CHANNEL_LOW = 1000;

/** What casyncio-python.js shares with this file. */
/**
 * The waits a run's instance asks its host for, shared by the lessons' host
 * and the interpreter's (web/casyncio-python.js):
 *   wait(ms)  idles until ms from now.  Timers fire late (about 1 ms in
 *             Node, more in browsers), so the last 4 ms are waited out in
 *             message-loop turns, which are not clamped: deadlines are met
 *             within a fraction of a millisecond while the host runs on.
 *   turn()    one turn of the host's message loop, not clamped like
 *             setTimeout(0): setImmediate in Node, a MessageChannel message
 *             in a browser (made on first use: creating one costs Node
 *             several milliseconds of start-up).
 *   pace(ms)  with options.pace only: the virtual clock's jumps, paced by
 *             the caller.
 *   until(promise)  waits for a promise to settle.
 *   wake()    ends the pending wait at once (a stop); close() at the end.
 */
function hostWaits(options) {
  let wake = null;
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
  const turn = () => new Promise(nextTurn);
  const now = hostClock();
  /* A wait that a stop ends: start(done) begins it and may return what
   * to clear when it ends; done() ends it, once. */
  const stoppable = (start) => new Promise((resolve) => {
    let finished = false;
    let clear = null;
    const done = () => {
      if (finished) return;
      finished = true;
      if (wake === done) wake = null;
      if (clear) clear();
      resolve();
    };
    wake = done;
    clear = start(done) || null;
    if (finished && clear) clear();
  });
  return {
    wait: (ms) => stoppable((done) => {
      const deadline = now() + Math.max(0, ms);
      let timer = null;
      let over = false;
      const tick = () => {
        if (over) return;
        const left = deadline - now();
        if (left <= 0) done();
        else if (left > 4) timer = setTimeout(tick, left - 4);
        else nextTurn(tick);
      };
      tick();
      return () => { over = true; clearTimeout(timer); };
    }),
    turn,
    pace: options.pace ? (ms) => stoppable((done) => { Promise.resolve().then(() => options.pace(ms)).then(done, done); }) : undefined,
    until: (promise) => stoppable((done) => { promise.then(done, done); }),
    wake() { if (wake) wake(); },
    close() { if (turnChannel) turnChannel.port1.close(); },
  };
}

const PYTHON_API = { HERE, SEED_MAX, HARD_STOP_MARGIN_MS, CHANNEL_HIGH, checkOptions, isNode, pythonModule, hostWaits };

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

/** A queue between the wasm's event callback and the async iterator.
 * backlog: the events not read yet; drained(): resolves once it is down to
 * CHANNEL_LOW (a Python run's host turn waits for it past CHANNEL_HIGH, so
 * a program that prints without end goes no faster than its reader reads,
 * as python3 writing to a slow terminal does, and its events never pile up
 * in memory). */
class Channel {
  constructor() {
    /* items[head..] are waiting: shift() on an array of many thousand
     * events (a run that spawns 20,000 tasks queues 100,000 before the
     * consumer reads one) moves all of them each time. */
    this.items = [];
    this.head = 0;
    this.waiters = [];
    this.lowWaiters = [];
    this.closed = false;
    this.failure = null;
  }
  get backlog() { return this.items.length - this.head; }
  drained() {
    return this.backlog <= CHANNEL_LOW || this.closed ? Promise.resolve() : new Promise((resolve) => this.lowWaiters.push(resolve));
  }
  releaseLow() { for (const r of this.lowWaiters.splice(0)) r(); }
  push(item) {
    if (this.closed) return;
    const w = this.waiters.shift();
    if (w) w.resolve({ value: item, done: false });
    else this.items.push(item);
  }
  close() {
    this.closed = true;
    for (const w of this.waiters.splice(0)) w.resolve({ value: undefined, done: true });
    this.releaseLow();
  }
  fail(error) {
    this.failure = error;
    this.closed = true;
    for (const w of this.waiters.splice(0)) w.reject(error);
    this.releaseLow();
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
      if (this.lowWaiters.length && this.backlog <= CHANNEL_LOW) this.releaseLow();
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
  let stopTimer = null;
  const errText = [];
  const waits = hostWaits(options);

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
    wait: waits.wait,
    turn: waits.turn,
    pace: waits.pace,
    event(json) { deliver(JSON.parse(json)); },
  };

  const signal = options.signal;
  const grace = options.grace ?? 250;
  channel.onReturn = () => onAbort();
  let Module;
  const onAbort = () => {
    if (ended) return;
    if (Module) Module._cas_wasm_stop(grace / 1000);
    waits.wake();
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
    waits.close();
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
 * @param {string|Uint8Array} source  the program's text, or a file's bytes (decoded as python3 decodes a file: UTF-8, or its coding line)
 * lines: true adds a "line" event each time the program's own code goes on
 * to another line (or another task runs it): for stepping with the line
 * marked.  Off by default, and then it costs nothing.
 * @param {{clock?: 'real'|'virtual', seed?: number, filename?: string, argv?: string[], cwd?: string, stdin?: string|(() => string|null), signal?: AbortSignal, grace?: number, pace?: (ms: number) => Promise<void>, lines?: boolean, events?: 'all'|'output'}} [options]
 */
export function runPython(source, options) {
  return iterable(async (channel) => {
    const { startPython } = await pythonRunner();
    await startPython(source, options, channel, PYTHON_API);
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
