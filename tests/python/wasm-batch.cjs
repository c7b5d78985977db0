/**
 * wasm-batch.cjs -- runs corpus programs through python.wasm one after
 * another in one Node process, for corpus.test.mjs (corpus.mjs's
 * runWasmBatched).  Each run is what `casyncio run program.py` does
 * (web/cli-main.cjs, runPythonProgram): the same JS API call, runPython,
 * on the file's bytes, with the same filename, argv and output rules; only
 * Node starts once instead of twice per program (once alone and once with
 * stdout and stderr in one pipe), which was two thirds of the wasm suite's
 * time.  The corpus's real-clock runs, and every other test of the
 * command, still start `node web/cli.mjs run` for each program.
 *
 * Requests on stdin, one JSON object per line: { dir, file, stdin, clock };
 * answers on stdout, one per request, in order: { out, err, both, status }
 * where both is stdout and stderr in the order they were written (2>&1)
 * and status the exit status, or 'SIGINT' where python3 dies of one.
 */
'use strict';
const { readFileSync } = require('node:fs');
const { createInterface } = require('node:readline');
const { join } = require('node:path');

const root = join(__dirname, '..', '..');
const api = require(join(root, 'dist', 'casyncio.cjs'));
api.preloadPython(WebAssembly.compile(readFileSync(join(root, 'dist', 'python.wasm'))));

async function runOne({ dir, file, stdin, clock }) {
  const filename = `${dir}/${file}`;
  process.chdir(dir);
  const options = { filename, argv: [file], cwd: dir, stdin: stdin ?? '', events: 'output', clock };
  let out = '';
  let err = '';
  let both = '';
  let status = 1;
  let end = null;
  for await (const ev of api.runPython(readFileSync(filename), options)) {
    let text = null;
    let toErr = false;
    if (ev.type === 'print') {
      text = ev.text + (ev.end ?? '\n');
      toErr = ev.stream === 'stderr';
    } else if (ev.type === 'error' && !['EEXCEPTION', 'EDEADLOCK'].includes(ev.code)) {
      text = `casyncio: ${ev.message}\n`;
      toErr = true;
    }
    if (text !== null) {
      if (toErr) err += text; else out += text;
      both += text;
    }
    if (ev.type === 'end') {
      end = ev;
      status = ev.exit ?? (ev.status === 'ok' ? 0 : ev.status === 'cancelled' ? 130 : 1);
    }
  }
  if (status === 130 && end && (end.status === 'cancelled' || end.error?.type === 'KeyboardInterrupt')) status = 'SIGINT';
  return { out, err, both, status };
}

const lines = createInterface({ input: process.stdin });
const queue = [];
let busy = false;
async function drain() {
  if (busy) return;
  busy = true;
  while (queue.length) {
    let answer;
    try {
      answer = await runOne(JSON.parse(queue.shift()));
    } catch (error) {
      answer = { out: '', err: `wasm-batch.cjs: ${error && error.stack ? error.stack : error}\n`, both: '', status: 'crash' };
    }
    process.stdout.write(JSON.stringify(answer) + '\n');
  }
  busy = false;
}
lines.on('line', (line) => { if (line.trim()) { queue.push(line); drain(); } });
