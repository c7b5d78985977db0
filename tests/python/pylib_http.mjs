// pylib_http.mjs -- runs a Python program through the JS API loaded over
// HTTP, as a browser loads it: web/casyncio-python.js then fetches the library
// modules (pylib/NAME.py) instead of reading them, and an import waits for
// its module's text.  Needs Node's network imports (Node 20:
// --experimental-network-imports; tests skip without it).
//
//   node --experimental-network-imports tests/python/pylib_http.mjs ROOT '{"source": ..., ...}'
//
// ROOT holds casyncio.js, casyncio-python.js, python.mjs, python.wasm and pylib/.  The JSON
// argument: source, and optionally delay { name: ms } (that pylib file is
// answered ms late), status { name: code } (answered with that HTTP
// status), hang [names] (never answered), stopAfterMs (abort that long
// after the first request of a hanging file), clock.  Prints one JSON
// line: { events, requests } (requests: the paths asked for, in order).
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';

const [root, argText] = process.argv.slice(2);
const args = JSON.parse(argText);
const TYPES = { '.js': 'text/javascript', '.mjs': 'text/javascript', '.wasm': 'application/wasm', '.py': 'text/plain; charset=utf-8' };
const requests = [];
const controller = new AbortController();
let stopArmed = false;
const server = createServer(async (req, res) => {
  const path = new URL(req.url, 'http://x').pathname;
  requests.push(path);
  const name = /^\/pylib\/(\w+)\.py$/.exec(path)?.[1];
  if (name && (args.hang ?? []).includes(name)) {
    if (args.stopAfterMs !== undefined && !stopArmed) {
      stopArmed = true;
      setTimeout(() => controller.abort(), args.stopAfterMs);
    }
    return; // never answered
  }
  if (name && args.status?.[name]) return res.writeHead(args.status[name]).end('no');
  if (name && args.delay?.[name]) await new Promise((r) => setTimeout(r, args.delay[name]));
  try {
    const body = await readFile(join(root, path));
    res.writeHead(200, { 'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream' }).end(body);
  } catch {
    res.writeHead(404).end('not found');
  }
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${server.address().port}/`;
const api = await import(`${base}casyncio.js`);
const events = [];
const options = { signal: controller.signal, filename: 'p.py', events: 'output' };
if (args.clock) options.clock = args.clock;
for await (const ev of api.runPython(args.source, options)) events.push(ev);
server.closeAllConnections();
server.close();
console.log(JSON.stringify({ base, events, requests }));
