// pylib.test.mjs -- the library modules written in Python that python.wasm
// does not carry (json, collections, dataclasses, ...): dist/pylib/NAME.py,
// read in Node when a program imports them, fetched when the JS API is
// loaded over HTTP as a browser loads it (tests/python/pylib_http.mjs,
// with Node's network imports).  A module that cannot be had is an
// ImportError naming it and what went wrong; a fetch that hangs does not
// hang the run past a stop; an import waits for its text without letting
// other tasks run meanwhile (CPython's import blocks its loop).
//
//   make site && node --test tests/js/pylib.test.mjs
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const ROOT = join(fileURLToPath(new URL('.', import.meta.url)), '..', '..');
const DIST = join(ROOT, 'dist');
const built = existsSync(join(DIST, 'python.wasm')) && existsSync(join(DIST, 'pylib'));
const skip = built ? false : 'dist/ is not built: make site';
const NETWORK_IMPORTS = '--experimental-network-imports';
const skipHttp = skip || (process.allowedNodeEnvironmentFlags.has(NETWORK_IMPORTS) ? false
  : `this Node has no ${NETWORK_IMPORTS} (the browser tests fetch the modules: tests/browser/pylib.test.mjs)`);
const PYLIB = (readFileSync(join(ROOT, 'python', 'python.mk'), 'utf8').match(/^PYLIB := (.*)$/m) ?? [])[1]?.split(' ') ?? [];

const tmp = mkdtempSync(join(tmpdir(), 'pylib-'));
after(() => rmSync(tmp, { recursive: true, force: true }));

/** A copy of dist/ (without the pylib files named in drop). */
function distCopy(name, drop = []) {
  const dir = join(tmp, name);
  cpSync(DIST, dir, { recursive: true });
  for (const n of drop) rmSync(join(dir, 'pylib', `${n}.py`));
  return dir;
}

async function runIn(dir, source) {
  const api = await import(join(dir, 'casyncio.js'));
  const events = [];
  for await (const ev of api.runPython(source, { filename: 'p.py', events: 'output' })) events.push(ev);
  return summary(events);
}

function summary(events) {
  const text = (err) => events.filter((e) => e.type === 'print' && (e.stream === 'stderr') === err).map((e) => e.text + (e.end ?? '\n')).join('');
  return { out: text(false), err: text(true), exit: events.at(-1).exit, status: events.at(-1).status };
}

/** python3's stdout, stderr and status for source. */
function cpython(source) {
  const r = spawnSync('python3', ['-c', source], { encoding: 'utf8' });
  return { out: r.stdout, err: r.stderr, exit: r.status };
}

/** The run over HTTP: { out, err, exit, status, requests, base, ms }. */
function runHttp(dir, args) {
  const t0 = Date.now();
  const r = spawnSync(process.execPath, [NETWORK_IMPORTS, '--no-warnings', join(ROOT, 'tests', 'python', 'pylib_http.mjs'), dir, JSON.stringify(args)],
    { encoding: 'utf8', timeout: 60000 });
  assert.equal(r.status, 0, r.stderr);
  const { events, requests, base } = JSON.parse(r.stdout);
  return { ...summary(events), requests, base, ms: Date.now() - t0 };
}

describe('the library modules beside python.wasm', { skip }, () => {
  it('dist/pylib holds python.mk\'s PYLIB, casyncio-python.js fetches the same names, and python.wasm carries none of their text', () => {
    assert.ok(PYLIB.includes('json') && PYLIB.includes('collections'), PYLIB.join(' '));
    assert.deepEqual(readdirSync(join(DIST, 'pylib')).sort(), PYLIB.map((n) => `${n}.py`).sort());
    const js = readFileSync(join(ROOT, 'web', 'casyncio-python.js'), 'utf8');
    assert.deepEqual(JSON.parse(js.match(/^const PYLIB = (\[.*\]);$/m)[1].replaceAll("'", '"')).sort(), [...PYLIB].sort());
    const wasm = readFileSync(join(DIST, 'python.wasm')).toString('latin1');
    for (const n of PYLIB) {
      const lib = readFileSync(join(DIST, 'pylib', `${n}.py`), 'utf8');
      // its first def or class (this, the Zen, has none: its first long line)
      const firstDef = lib.split('\n').find((l) => /^(def|class) /.test(l)) ?? lib.split('\n').find((l) => l.length > 16);
      assert.ok(firstDef, n);
      assert.ok(!wasm.includes(firstDef), `python.wasm still carries ${n}'s "${firstDef}"`);
    }
    // the modules every program may need stay built in: asyncio's prelude
    assert.ok(wasm.includes('class Queue'), 'asyncio\'s prelude is in python.wasm');
  });

  it('in Node each is read when imported, and gives CPython\'s output', async () => {
    const source = 'import json, collections, itertools, heapq, bisect, copy, string, abc, contextlib\n'
      + 'from functools import reduce, total_ordering, lru_cache\nfrom dataclasses import dataclass, field\n'
      + '@dataclass\nclass P:\n    x: int\n    y: list = field(default_factory=list)\n'
      + '@lru_cache\ndef sq(n): return n * n\nsq(3); sq(3)\n'
      + 'print(json.dumps({"a": [1, 2.5, None]}), json.loads("[1, {\\"b\\": true}]"), collections.Counter("abracadabra").most_common(2))\n'
      + 'print(list(itertools.accumulate([1, 2, 3])), heapq.nlargest(2, [5, 1, 9]), bisect.bisect([1, 3, 5], 4), copy.deepcopy([[1]]))\n'
      + 'print(string.ascii_uppercase[:4], P(1), sq.cache_info(), collections.deque([1, 2], maxlen=2), reduce(lambda a, b: a * b, [1, 2, 3]))\n'
      + 'with contextlib.suppress(KeyError):\n    {}["x"]\nprint(isinstance(abc.ABC, type))\n';
    assert.deepEqual(await runIn(DIST, source), { ...cpython(source), status: 'ok' });
  });

  it('a missing file is an ImportError naming the module and the file, at the import; the next run reads it again', async () => {
    const dir = distCopy('missing', ['json']);
    const source = 'import collections\nprint("before")\ntry:\n    import json\nexcept ImportError as e:\n    print(type(e).__name__, e.name)\nimport json\n';
    const r = await runIn(dir, source);
    assert.equal(r.out, 'before\nImportError json\n');
    const file = join(dir, 'pylib', 'json.py');
    assert.equal(r.err, `Traceback (most recent call last):\n  File "p.py", line 7, in <module>\n    import json\n`
      + `ImportError: cannot load module 'json': cannot read ${file} (ENOENT)\n`);
    assert.equal(r.exit, 1);
    cpSync(join(DIST, 'pylib', 'json.py'), file);
    assert.equal((await runIn(dir, 'import json\nprint(json.dumps([1]))\n')).out, '[1]\n');
  });
});

describe('the library modules fetched over HTTP (as in a browser)', { skip: skipHttp }, () => {
  let dir;
  const http = (args) => runHttp(dir ??= distCopy('http'), args);

  it('those the program\'s import statements name are fetched while python.wasm loads, even in a function never called', () => {
    const source = 'import json\ndef never():\n    from collections import deque\n    import copy, heapq as h\nprint(json.dumps({"x": 1}))\n';
    const r = http({ source });
    assert.equal(r.out, '{"x": 1}\n');
    assert.equal(r.exit, 0);
    const libs = r.requests.filter((p) => p.startsWith('/pylib/'));
    assert.deepEqual([...libs].sort(), ['/pylib/collections.py', '/pylib/copy.py', '/pylib/heapq.py', '/pylib/json.py']);
    // fetched before python.wasm is read, not after the program imports them
    assert.ok(r.requests.indexOf('/pylib/json.py') < r.requests.indexOf('/python.wasm'), r.requests.join(' '));
  });

  it('an import the scan cannot see waits for its fetch in the task, the other tasks in CPython\'s order', () => {
    // `import \` + newline: no import statement the scan reads
    const source = 'import asyncio\nasync def other():\n    print("other 1")\n    await asyncio.sleep(0)\n    print("other 2")\n'
      + 'async def main():\n    t = asyncio.create_task(other())\n    await asyncio.sleep(0)\n    print("importing")\n'
      + '    import \\\n        json\n    print(json.dumps([1, 2]))\n    await t\nasyncio.run(main())\n';
    const r = http({ source, delay: { json: 300 } });
    assert.deepEqual(r, { ...r, ...cpython(source), status: 'ok' });
    assert.ok(r.requests.indexOf('/pylib/json.py') > r.requests.indexOf('/python.wasm'), 'fetched at the import');
  });

  it('asyncio.StreamReader: fetched with a program that names it or imports asyncio\'s *, and waited for at `import asyncio`', () => {
    const source = 'import asyncio\nasync def main():\n    r = asyncio.StreamReader()\n    r.feed_data(b"one\\ntwo")\n    r.feed_eof()\n'
      + '    print(await r.readline(), await r.read(), r)\nasyncio.run(main())\n';
    const r = http({ source, delay: { _asyncio_streams: 300 } });
    assert.deepEqual(r, { ...r, ...cpython(source), status: 'ok' });
    assert.ok(r.requests.indexOf('/pylib/_asyncio_streams.py') < r.requests.indexOf('/python.wasm'), r.requests.join(' '));
    const star = 'from asyncio import *\nprint(StreamReader, len([n for n in dir() if not n.startswith("_")]))\n';
    const s = http({ source: star, delay: { _asyncio_streams: 300 } });
    assert.deepEqual(s, { ...s, ...cpython(star), status: 'ok' });
    // a program that does not name it never fetches it
    const plain = http({ source: 'import asyncio\nprint(asyncio.Queue)\n' });
    assert.equal(plain.out, "<class 'asyncio.queues.Queue'>\n");
    assert.ok(!plain.requests.includes('/pylib/_asyncio_streams.py'), plain.requests.join(' '));
  });

  it('a library module\'s own imports (statistics: fractions, numbers, abc) are fetched before the import statement goes on', () => {
    const source = 'import statistics\nimport contextlib, queue\nprint(statistics.mean([1, 2]), contextlib.suppress, queue.Queue().qsize())\n';
    const r = http({ source, delay: { fractions: 200, abc: 200 } });
    assert.deepEqual(r, { ...r, ...cpython(source), status: 'ok' });
    for (const dep of ['fractions', 'numbers', 'abc', '_collections_abc', 'collections', 'heapq', 'threading'])
      assert.ok(r.requests.includes(`/pylib/${dep}.py`), `${dep}: ${r.requests.join(' ')}`);
  });

  it('docstrings: _docs and the files of the builtins and of the modules imported, fetched with a program that reads __doc__', () => {
    const source = 'import asyncio, json\nprint(len.__doc__)\nprint(asyncio.sleep.__doc__.splitlines()[0])\n'
      + 'import inspect\nprint(inspect.signature(asyncio.gather), (7).__doc__.splitlines()[0])\n';
    const r = http({ source, delay: { _docs_asyncio: 300 } });
    assert.deepEqual(r, { ...r, ...cpython(source), status: 'ok' });
    const docs = r.requests.filter((p) => p.startsWith('/pylib/_docs')).sort();
    assert.deepEqual(docs, ['/pylib/_docs.py', '/pylib/_docs_asyncio.py', '/pylib/_docs_builtins.py', '/pylib/_docs_json.py']);
    // help(): pydoc's text, its module (_help) and inspect fetched with it
    const helped = 'import asyncio\nhelp(asyncio.sleep)\nhelp(len)\n';
    const h = http({ source: helped, delay: { _help: 200 } });
    assert.deepEqual(h, { ...h, ...cpython(helped), status: 'ok' });
    // a program that reads no docstring fetches none
    const plain = http({ source: 'import asyncio\nprint(asyncio.sleep)\n' });
    assert.ok(!plain.requests.some((p) => p.startsWith('/pylib/_docs')), plain.requests.join(' '));
  });

  it('a 404 is an ImportError naming the module, the URL and the status; the rest of the program runs before it', () => {
    const r = http({ source: 'print("first")\nimport json\n', status: { json: 404 } });
    assert.equal(r.out, 'first\n');
    assert.equal(r.err, 'Traceback (most recent call last):\n  File "p.py", line 2, in <module>\n    import json\n'
      + `ImportError: cannot load module 'json': ${r.base}pylib/json.py answered HTTP 404 Not Found\n`);
    assert.deepEqual([r.exit, r.status], [1, 'error']);
  });

  it('a fetch that never answers: Stop ends the run at once (KeyboardInterrupt at the import), prefetched or not', () => {
    for (const source of ['import json\n', 'print("start")\nimport \\\n    json\n']) {
      const r = http({ source, hang: ['json'], stopAfterMs: 300 });
      assert.match(r.err, /KeyboardInterrupt\n$/, source);
      assert.deepEqual([r.exit, r.status], [130, 'cancelled'], source);
      assert.ok(r.ms < 10000, `${r.ms} ms`);
    }
  });
});
