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
 * Bad options of the API itself (a non-object, an unknown key, a signal
 * that is not an AbortSignal) make iteration reject with a TypeError that
 * names what is accepted.  Options that JSON cannot carry as they are (a
 * NaN, Infinity or BigInt, a cycle, a function) give an `error` event
 * EINVAL naming the value, like any bad option the runtime refuses.
 */
import createCasyncio from './casyncio.mjs';

const OPTION_KEYS = ['clock', 'seed', 'input', 'signal', 'grace', 'pace'];
const HARD_STOP_MARGIN_MS = 750;
const SEED_MAX = 9007199254740991;
/* cJSON's nesting limit: deeper options are refused there anyway. */
const NESTING_MAX = 1000;
/* More than the runtime accepts (64 KiB of options): see start(). */
const OPTIONS_COPY_MAX = 1 << 20;

let compiled = null;

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
  const mod = await wasmModule();
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
    const overflow = /stack overflow|Maximum call stack|unreachable/i.test(message + errText.join('\n'));
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
