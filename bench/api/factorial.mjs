/**
 * (e) The factorial lesson through the JS API (dist/casyncio.js), on the
 * real clock, as a page runs it: the wall time from run() to the end event,
 * per repetition (the first one includes compiling the wasm).
 * usage: node bench/api/factorial.mjs reps [numbers JSON]  ->  RESULT wall_s=...
 */
import { run } from '../../dist/casyncio.js';

const reps = Number(process.argv[2] ?? 1);
const numbers = JSON.parse(process.argv[3] ?? '[5, 7, 3, 6]');
for (let r = 0; r < reps; r++) {
  const t0 = performance.now();
  let end = null;
  let lines = 0;
  for await (const ev of run('factorial', { clock: 'real', input: { numbers } })) {
    if (ev.type === 'print') lines++;
    if (ev.type === 'end') end = ev;
  }
  const wall = (performance.now() - t0) / 1000;
  if (!end || end.status !== 'ok') {
    console.error('factorial: the run did not end ok:', JSON.stringify(end));
    process.exit(1);
  }
  process.stdout.write(`RESULT wall_s=${wall} prints=${lines}\n`);
}
