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
 * run({ python: source, filename, stdin }, options) runs a Python program with the
 * interpreter's module (casyncio-python.wasm) instead of a lesson: the same
 * event stream, plus { type: 'stdout' | 'stderr', text } events with the
 * program's output as it is written, and `exit_status` (what
 * `python3 program.py` exits with) on the `end` event.
 *
 * Bad options of the API itself (a non-object, an unknown key, a signal
 * that is not an AbortSignal) make iteration reject with a TypeError that
 * names what is accepted.
 */
import createCasyncio from './casyncio.mjs';

const OPTION_KEYS = ['clock', 'seed', 'input', 'signal', 'grace', 'pace'];
const HARD_STOP_MARGIN_MS = 750;

let compiled = null;
let compiledPython = null;

/** The Python interpreter's wasm, compiled once (loaded on first use). */
function pythonModule() {
  if (!compiledPython) {
    compiledPython = (async () => {
      const url = new URL('./casyncio-python.wasm', import.meta.url);
      if (isNode() && url.protocol === 'file:') {
        const { readFile } = await import('node:fs/promises');
        return WebAssembly.compile(await readFile(url));
      }
      const response = await fetch(url);
      if (!response.ok) throw new Error(`casyncio: cannot load ${url}: HTTP ${response.status}`);
      return WebAssembly.compile(await response.arrayBuffer());
    })();
    compiledPython.catch(() => { compiledPython = null; });
  }
  return compiledPython;
}

function isNode() {
  return typeof process !== 'undefined' && process.versions != null && process.versions.node != null;
}

/** Compiles the wasm once; every run instantiates it afresh. */
function wasmModule() {
  if (!compiled) {
    compiled = (async () => {
      const url = new URL('./casyncio.wasm', import.meta.url);
      if (isNode() && url.protocol === 'file:') {
        const { readFile } = await import('node:fs/promises');
        return WebAssembly.compile(await readFile(url));
      }
      const response = await fetch(url);
      if (!response.ok) throw new Error(`casyncio: cannot load ${url}: HTTP ${response.status}`);
      return WebAssembly.compile(await response.arrayBuffer());
    })();
    compiled.catch(() => { compiled = null; });
  }
  return compiled;
}

/** A queue between the wasm's event callback and the async iterator. */
class Channel {
  constructor() {
    this.items = [];
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
    if (this.items.length) return Promise.resolve({ value: this.items.shift(), done: false });
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

/** One run: a wasm instance, its host functions and its event stream. */
async function start(lesson, options, channel) {
  const python = typeof lesson === 'object' && lesson !== null && typeof lesson.python === 'string';
  const mod = python ? await pythonModule() : await wasmModule();
  let exitStatus = null;
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
    if (ev.type === 'end' && exitStatus !== null) ev.exit_status = exitStatus;
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
    write(fd, text) { deliver({ v: 1, type: fd === 1 ? 'stdout' : 'stderr', text }); },
    exit(status) { exitStatus = status; },
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
    if (Module) (python ? Module._cas_py_wasm_stop : Module._cas_wasm_stop)(grace / 1000);
    if (wake) wake();
    stopTimer = setTimeout(() => {
      endFromJs('cancelled', 'ECANCELLED', 'stopped: the run did not finish within the grace period and was dropped');
      channel.close();
    }, grace + HARD_STOP_MARGIN_MS);
  };

  const create = python ? (await import('./casyncio-python.mjs')).default : createCasyncio;
  Module = await create({
    casHost: host,
    print: () => {},
    printErr: (text) => { errText.push(String(text)); },
    instantiateWasm(imports, receive) {
      WebAssembly.instantiate(mod, imports).then((instance) => receive(instance),
        (error) => channel.fail(error));
      return {};
    },
  });

  if (python) {
    if (signal) {
      if (signal.aborted) queueMicrotask(onAbort);
      else signal.addEventListener('abort', onAbort, { once: true });
    }
    try {
      const clock = options.clock === 'virtual' ? 1 : 0;
      const seed = options.seed !== undefined ? String(options.seed) : '';
      await Module.ccall('cas_py_wasm_run', 'number', ['string', 'string', 'number', 'string', 'string'],
        [lesson.python, String(lesson.filename ?? '<string>'), clock, seed, String(lesson.stdin ?? '')], { async: true });
      if (!ended) endFromJs('error', 'EINTERNAL', 'the run ended without an end event');
    } catch (error) {
      const message = String(error && error.message ? error.message : error);
      const overflow = /stack overflow|Maximum call stack|unreachable/i.test(message + errText.join('\n'));
      endFromJs('error', overflow ? 'ESTACK' : 'ETRAP',
        overflow ? `stack overflow in a task (${message})` : `the runtime stopped: ${message}`);
    } finally {
      if (stopTimer) clearTimeout(stopTimer);
      if (signal) signal.removeEventListener('abort', onAbort);
      if (turnChannel) turnChannel.port1.close();
      channel.close();
    }
    return;
  }
  const opts = { lesson: String(lesson) };
  if (options.clock !== undefined) opts.clock = options.clock;
  if (options.seed !== undefined) opts.seed = options.seed;
  if (options.input !== undefined) opts.input = options.input;
  let text;
  try {
    text = JSON.stringify(opts);
  } catch (error) {
    text = JSON.stringify({ lesson: String(lesson), input: '<input cannot be turned into JSON>' });
  }

  if (signal) {
    if (signal.aborted) queueMicrotask(onAbort);
    else signal.addEventListener('abort', onAbort, { once: true });
  }
  try {
    await Module.ccall('cas_wasm_run', 'number', ['string'], [text], { async: true });
    if (!ended) endFromJs('error', 'EINTERNAL', 'the run ended without an end event');
  } catch (error) {
    const message = String(error && error.message ? error.message : error);
    const overflow = /stack overflow|Maximum call stack|unreachable/i.test(message + errText.join('\n'));
    endFromJs('error', overflow ? 'ESTACK' : 'ETRAP',
      overflow ? `stack overflow in a task (${message})` : `the runtime stopped: ${message}`);
  } finally {
    if (stopTimer) clearTimeout(stopTimer);
    if (signal) signal.removeEventListener('abort', onAbort);
    if (turnChannel) turnChannel.port1.close();
    channel.close();
  }
}

/**
 * Runs a lesson.  Returns an async iterable of its events.
 * @param {string} lesson  a lesson id: await, callbacks, gather, as-completed, factorial
 * @param {{clock?: 'real'|'virtual', seed?: number, input?: any, signal?: AbortSignal, grace?: number}} [options]
 */
export function run(lesson, options) {
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
  const mod = await wasmModule();
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
