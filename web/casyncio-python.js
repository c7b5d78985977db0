/**
 * casyncio-python.js -- runPython's part of the JS API (web/casyncio.js),
 * loaded by the first runPython: a lesson's page never downloads it.
 *
 * startPython(source, options, channel, api) runs one Python program
 * through python.wasm and delivers its events to channel (casyncio.js's
 * Channel); api is what it shares with casyncio.js: { HERE (where
 * casyncio.js, python.wasm and pylib/ are), SEED_MAX, HARD_STOP_MARGIN_MS,
 * checkOptions, isNode, pythonModule }.  The options and the events are
 * documented at the top of casyncio.js.  The `casyncio` command's
 * CommonJS copy (dist/casyncio.cjs) holds this file in the same file as
 * the rest of the API (web/build.mjs).
 */

/* The library modules in pylib/ (python/python.mk's PYLIB; the C side,
 * modules.c, asks for them by name): their texts, shared by every run of
 * the page or process, name -> { text, error, promise }.  A failure holds
 * for the runs that met it; a run that starts afterwards asks again. */
/* CPython's docstrings and signatures: _docs and one file for each (python/python.mk's DOCS_MODULES) */
const DOCS_MODULES = ['builtins', 'asyncio', 'math', 'random', 'time', 'itertools', 'functools', 'operator', 'collections', 'json', 'heapq', 'bisect', 'copy', 'string', 'statistics', 'dataclasses', 'contextlib', 'queue', 're', 'enum'];
const PYLIB = ['abc', 'base64', 'bisect', 'calendar', 'collections', 'errno', 'concurrent', 'contextlib', 'copy', 'csv', 'dataclasses', 'datetime', 'decimal', 'doctest', 'enum', 'fractions', 'functools', 'hashlib', 'heapq', 'inspect', 'io', 'itertools', 'json', 'keyword', 'logging', 'numbers', 'pprint', 'queue', 're', 'statistics', 'string', 'textwrap', 'this', 'threading', 'timeit', 'traceback', 'types', 'warnings', '_strptime', '_collections_abc', 'posixpath', 'reprlib', 'argparse', 'signal', '_asyncio_streams', '_help', 'ast', '_ast', '_docs', '_docs_builtins', '_docs_asyncio', '_docs_math', '_docs_random', '_docs_time', '_docs_itertools', '_docs_functools', '_docs_operator', '_docs_collections', '_docs_json', '_docs_heapq', '_docs_bisect', '_docs_copy', '_docs_string', '_docs_statistics', '_docs_dataclasses', '_docs_contextlib', '_docs_queue', '_docs_re', '_docs_enum'];
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
function pyLib(name, api) {
  let lib = pyLibs.get(name);
  if (lib) return lib;
  lib = { text: null, error: null, promise: null };
  pyLibs.set(name, lib);
  const url = new URL(`./pylib/${name}.py`, api.HERE);
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
 * (PriorityQueue's heapq, cache_info's collections, strptime's _strptime).  A module imported
 * otherwise is fetched when it is imported. */
function pyLibsNamed(source) {
  const names = new Set();
  for (const m of source.matchAll(/(?:^|[\n;:])[ \t]*(?:from[ \t]+([A-Za-z_]\w*)|import[ \t]+([A-Za-z_][\w. \t,]*))/g)) {
    if (m[1]) names.add(m[1]);
    else for (const part of m[2].split(',')) names.add(part.trim().split(/[.\s]/)[0]);
  }
  if (/\bPriorityQueue\b/.test(source)) names.add('heapq');
  if (/\bcache_info\b/.test(source)) names.add('collections');
  if (/\bstrptime\b/.test(source)) names.add('_strptime');
  /* a program that reads docstrings or signatures: those of the builtins and of the modules it imports */
  if (/__doc__|\bsignature\b|\bgetdoc\b|\bhelp\s*\(/.test(source)) {
    for (const m of ['', 'builtins', ...DOCS_MODULES.filter((d) => names.has(d))]) names.add(m ? `_docs_${m}` : '_docs');
  }
  /* help(): pydoc's text (_help), on inspect's signatures and docstrings */
  if (/\bhelp\s*\(/.test(source)) for (const m of ['_help', 'inspect', 'types', 'collections', '_collections_abc', 'abc', 'functools']) names.add(m);
  if (/\bStreamReader\b|\basyncio[ \t]+import[ \t]+\*/.test(source)) names.add('_asyncio_streams');
  return PYLIB.filter((name) => names.has(name));
}

const PYTHON_KEYS = ['clock', 'seed', 'signal', 'grace', 'pace', 'filename', 'argv', 'cwd', 'stdin', 'name', 'lines', 'events'];
const ARGV_MAX = 256; /* sys.argv's items (python/tools/wasm_entry.c) */
/* cas_set_event_handler's masks (casyncio.h): all, or print | error | end. */
const EVENT_MASKS = { all: 0x3ff, output: 0x1 | 0x40 | 0x80 };
/* py_wasm_run's flag: the source is text (its coding line not read), not a file's bytes */
const SOURCE_TEXT = 1 << 30;

function checkPythonOptions(source, options, api) {
  if (typeof source !== 'string' && !(source instanceof Uint8Array)) {
    throw new TypeError('casyncio: the Python source must be a string, or a Uint8Array of a file\'s bytes');
  }
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
  const { argv } = options;
  if (argv !== undefined && !(Array.isArray(argv) && argv.length >= 1 && argv.length <= ARGV_MAX
      && argv.every((a) => typeof a === 'string' && !a.includes('\0')) && argv.join('').length <= 65536)) {
    throw new TypeError(`casyncio: argv must be sys.argv: an array of 1 to ${ARGV_MAX} strings without NUL characters, 65536 characters in all at most`);
  }
  const { cwd } = options;
  if (cwd !== undefined && !(typeof cwd === 'string' && cwd.startsWith('/') && !cwd.includes('\0') && cwd.length <= 4095)) {
    throw new TypeError('casyncio: cwd must be an absolute path (a string starting with "/", at most 4095 characters, without NUL)');
  }
  if (stdin !== undefined && stdin !== null && typeof stdin !== 'string' && typeof stdin !== 'function') {
    throw new TypeError('casyncio: stdin must be a string or a function () => string | null');
  }
  if (clock !== undefined && clock !== 'real' && clock !== 'virtual') throw new TypeError(`casyncio: clock must be "real" or "virtual", not ${JSON.stringify(clock)}`);
  if (seed !== undefined && !(Number.isInteger(seed) && seed >= 0 && seed <= api.SEED_MAX)) {
    throw new TypeError(`casyncio: seed must be a whole number from 0 to ${api.SEED_MAX}`);
  }
  if (options.name !== undefined && !(typeof options.name === 'string' && /^[A-Za-z_][A-Za-z0-9_.]{0,99}$/.test(options.name))) {
    throw new TypeError('casyncio: name must be a Python module name (letters, digits, _ and ., at most 100 characters)');
  }
  const rest = { ...options };
  delete rest.filename; delete rest.argv; delete rest.cwd; delete rest.stdin; delete rest.name; delete rest.lines; delete rest.events;
  api.checkOptions(rest);
  return options;
}

/** `SomeError: message`, the last line of a traceback, as { type, message }. */
const WARNING_LINE = /^\S.*:\d+: [A-Za-z_]\w*Warning: /;
function lastError(lines) {
  for (let i = lines.length - 1; i >= 0; i--) {
    /* what the warnings module wrote after the traceback (a coroutine never
     * awaited, warned as the program ends): its line, the source line under
     * it, and tracemalloc's hint */
    if (WARNING_LINE.test(lines[i]) || /^RuntimeWarning: Enable tracemalloc /.test(lines[i])) continue;
    if (/^\s/.test(lines[i]) && i > 0 && WARNING_LINE.test(lines[i - 1])) continue;
    const m = /^([A-Za-z_][\w.]*)(?:: (.*))?$/.exec(lines[i]);
    if (m) return { type: m[1].split('.').pop(), message: m[2] ?? '' };
    if (lines[i].trim()) break;
  }
  return { type: 'RuntimeError', message: 'the program failed' };
}

/** One Python run: a wasm instance of the interpreter and its event stream.
 * Bad options make it reject with a TypeError (checkPythonOptions). */
export async function startPython(source, options, channel, api) {
  options = checkPythonOptions(source, options, api);
  if (api.isNode() && !nodeFs) {
    nodeFs = typeof process.getBuiltinModule === 'function' ? process.getBuiltinModule('node:fs') : await import('node:fs');
  }
  for (const [name, lib] of pyLibs) if (lib.error !== null) pyLibs.delete(name);
  /* The entries this run has used: what it met holds for the whole run. */
  const runLibs = new Map();
  const runLib = (name) => {
    if (!runLibs.has(name)) runLibs.set(name, pyLib(name, api));
    return runLibs.get(name);
  };
  /* fetched while python.wasm loads (read at the import when local) */
  const prefetched = pyLibsNamed(typeof source === 'string' ? source : new TextDecoder().decode(source)).map(runLib).filter((lib) => lib.promise).map((lib) => lib.promise);
  const { module: compiling, loader } = api.pythonModule();
  const { default: createPython } = await loader;
  if (channel.returned) return;
  let seq = 0;
  let lastT = 0;
  let ended = false;
  let heldEnd = null;
  let exitStatus = null;
  let stopped = false;
  let stopTimer = null;
  const errLines = [];
  let errPartial = '';
  const waits = api.hostWaits(options);
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
  const untilLoadedOrStopped = (promises) => (stopped ? Promise.resolve() : waits.until(Promise.all(promises)));
  const host = {
    wait: waits.wait,
    /* the host's turn (every 20 ms of a run); while the reader is far
     * behind, until it catches up (casyncio.js's Channel) or a stop */
    turn: () => (channel.backlog > api.CHANNEL_HIGH ? waits.until(channel.drained()) : waits.turn()),
    pace: waits.pace,
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
    /* open()'s question (wasm_entry.c's py_js_file_stat): 0 for a readable
     * file, else its errno.  The files are Node's under options.cwd (the
     * CLI's, the process's own); a run without a cwd, or in a browser, has
     * none (ENOENT).  Only asked, never read. */
    fileStat(path) {
      const fs = options.cwd !== undefined && typeof process !== 'undefined' && process.getBuiltinModule
        ? process.getBuiltinModule('node:fs') : null;
      if (!fs || path === '') return 2;
      const pathMod = process.getBuiltinModule('node:path');
      try {
        const st = fs.statSync(pathMod.resolve(options.cwd, path));
        if (st.isDirectory()) return 21;
        fs.accessSync(pathMod.resolve(options.cwd, path), fs.constants.R_OK);
        return 0;
      } catch (e) {
        return { ENOENT: 2, ENOTDIR: 20, EACCES: 13, EISDIR: 21 }[e && e.code] ?? 2;
      }
    },
    readLine() {
      /* The line with its '\n' (none on a last line without one, which
       * sys.stdin.read() shows), or null at EOF. */
      let line = null;
      if (typeof options.stdin === 'function') {
        const got = options.stdin();
        /* (a function marked keepsNewlines, the CLI's, gives each line
         * with its own '\n', so a last line without one stays so) */
        if (typeof got === 'string') line = options.stdin.keepsNewlines ? got : got.replace(/\r?\n$/, '') + '\n';
      } else if (stdinText) {
        const nl = stdinText.indexOf('\n');
        line = nl < 0 ? stdinText : stdinText.slice(0, nl + 1);
        stdinText = nl < 0 ? '' : stdinText.slice(nl + 1);
      }
      /* What input() read, in its place among the output (a page echoes
       * it after the prompt); { eof: true } when there was nothing left. */
      deliver(line === null ? { v: 1, seq: 0, t: lastT, type: 'input', eof: true } : { v: 1, seq: 0, t: lastT, type: 'input', text: line.replace(/\n$/, '') });
      return line;
    },
  };
  const signal = options.signal;
  const grace = options.grace ?? 250;
  let Module;
  const onAbort = () => {
    if (ended || stopped) return;
    stopped = true;
    if (Module) Module._py_wasm_stop(grace / 1000);
    waits.wake();
    stopTimer = setTimeout(() => {
      endFromJs('cancelled', 'ECANCELLED', 'stopped: the run did not finish within the grace period and was dropped', 130);
      finish();
    }, grace + api.HARD_STOP_MARGIN_MS);
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
    waits.close();
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
  /* a file's bytes as they are: the interpreter reads its coding declaration (PEP 263) */
  const src = typeof source === 'string' ? enc.encode(source) : source;
  const name = enc.encode(options.filename ?? '<string>');
  const argv = options.argv ? enc.encode(options.argv.join('\0') + '\0') : new Uint8Array(0);
  const ptr = Module._malloc(src.length + name.length + 2 + argv.length);
  if (!ptr) {
    endFromJs('error', 'ENOMEM', 'out of memory: cannot pass the program to the interpreter', 1);
    finish();
    return;
  }
  Module.HEAPU8.set(src, ptr);
  Module.HEAPU8[ptr + src.length] = 0;
  Module.HEAPU8.set(name, ptr + src.length + 1);
  Module.HEAPU8[ptr + src.length + 1 + name.length] = 0;
  if (options.argv) {
    Module.HEAPU8.set(argv, ptr + src.length + name.length + 2);
    Module.ccall('py_wasm_set_argv', null, ['number', 'number'], [ptr + src.length + name.length + 2, options.argv.length]);
  }
  if (options.cwd !== undefined) Module.ccall('py_wasm_set_cwd', null, ['string'], [options.cwd]);
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
      [ptr, src.length, ptr + src.length + 1, clock, seed,
        EVENT_MASKS[options.events ?? 'all'] | (typeof source === 'string' ? SOURCE_TEXT : 0)], { async: true }).then(() => {
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
