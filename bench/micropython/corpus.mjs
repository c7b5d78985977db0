/**
 * corpus.mjs -- how many programs of tests/python/corpus give CPython's
 * recorded stdout (and exit status) under MicroPython's lean wasm build
 * (bench/micropython/build.sh), for docs/benchmarks.md.  For the record
 * only: not part of `npm test` or the bench.
 *
 *   node bench/micropython/corpus.mjs [-v] [--extmod-asyncio] [area ...]   (default: every area)
 *
 * Each program runs in its folder as `node bench/micropython/run.mjs
 * --plain NAME.py` (the port's CLI's way, with its GC able to run: see
 * run.mjs; with --extmod-asyncio, MicroPython's generic asyncio, which has
 * asyncio.run, instead of the port's), NAME.stdin or nothing on stdin,
 * killed after 20 s.  Prints a
 * line per area: programs, stdout identical, stdout and status identical;
 * with -v the names of those that differ, and why in one word.
 */
import { spawn } from 'node:child_process';
import { existsSync, openSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
const CORPUS = join(HERE, '..', '..', 'tests', 'python', 'corpus');
const RUN = join(HERE, 'run.mjs');
const argv = process.argv.slice(2);
const verbose = argv.includes('-v');
const extmod = argv.includes('--extmod-asyncio');
const areas = argv.filter((a) => a !== '-v' && a !== '--extmod-asyncio');
const all = readdirSync(CORPUS, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
if (!existsSync(join(HERE, '..', '..', 'build', 'micropython', 'out', 'micropython.mjs'))) {
  process.stderr.write('corpus: MicroPython is not built (make bench-micropython)\n');
  process.exit(2);
}

function runOne(dir, name) {
  return new Promise((resolve) => {
    const stdinFile = join(dir, `${name}.stdin`);
    const stdin = existsSync(stdinFile) ? openSync(stdinFile, 'r') : 'ignore';
    const child = spawn('node', [RUN, '--plain', ...(extmod ? ['--extmod-asyncio'] : []), `${name}.py`], { cwd: dir, stdio: [stdin, 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => { out += d; });
    child.stderr.on('data', (d) => { err += d; });
    const timer = setTimeout(() => child.kill('SIGKILL'), 20e3);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ out, err, status: signal ? null : code });
    });
  });
}

let total = { n: 0, out: 0, both: 0 };
for (const area of areas.length ? areas : all) {
  const dir = join(CORPUS, area);
  const names = readdirSync(dir).filter((f) => f.endsWith('.py')).map((f) => f.slice(0, -3)).sort();
  const row = { n: 0, out: 0, both: 0 };
  const differ = [];
  for (let i = 0; i < names.length; i += 2) { /* two at a time, as the corpus harness */
    const batch = names.slice(i, i + 2);
    const results = await Promise.all(batch.map((name) => runOne(dir, name)));
    batch.forEach((name, k) => {
      const r = results[k];
      const want = readFileSync(join(dir, `${name}.out`), 'utf8');
      const status = Number(readFileSync(join(dir, `${name}.status`), 'utf8').trim());
      row.n++;
      const sameOut = r.out === want;
      if (sameOut) row.out++;
      if (sameOut && r.status === status) row.both++;
      else differ.push(`${name} (${r.status === null ? 'killed' : !sameOut ? 'stdout' : 'status'})`);
    });
  }
  for (const k of Object.keys(total)) total[k] += row[k];
  process.stdout.write(`${area}: ${row.n} programs, stdout identical ${row.out}, stdout and status identical ${row.both}\n`);
  if (verbose && differ.length) process.stdout.write(`  differ: ${differ.join(', ')}\n`);
}
process.stdout.write(`total: ${total.n} programs, stdout identical ${total.out}, stdout and status identical ${total.both}\n`);
