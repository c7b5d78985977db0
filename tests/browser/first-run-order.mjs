#!/usr/bin/env node
// first-run-order.mjs -- how often a page's first real-clock run of
// as-completed prints its lines in another order than Python's, in one
// engine: each try opens a fresh page and runs the lesson once through the
// JS API.  Not a test: the figures of docs/browsers.md ("WebKit: a page's
// first run"), and a check for a fix in the runtime's timer batches.
//
//   make site && node tests/browser/first-run-order.mjs [webkit] [tries]
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch } from './drivers.mjs';
import { startSite } from './site.mjs';

const DIST = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'dist');
const engine = process.argv[2] || 'webkit';
const tries = Number(process.argv[3] || 20);

const site = await startSite(DIST);
const b = await launch(engine);
let wrong = 0;
try {
  for (let k = 0; k < tries; k++) {
    await b.goto(`${site.url}?try=${k}#as-completed`, 'html[data-ready="true"]');
    const r = await b.evaluate(async () => {
      const { run } = await import('./casyncio.js');
      const events = [];
      for await (const ev of run('as-completed', { clock: 'real', seed: 1 })) events.push(ev);
      const prints = events.filter((e) => e.type === 'print').map((e) => e.text);
      const sets = events.filter((e) => e.type === 'timer_set').map((e) => e.t);
      return { inOrder: prints.slice(5, 8).every((p) => p === 'Worker - Done it'), spread: Math.max(...sets) - Math.min(...sets) };
    });
    if (!r.inOrder) wrong++;
    console.log(`try ${k + 1}: ${r.inOrder ? 'in order' : 'OUT OF ORDER'}, the three sleep(1) timers set ${r.spread.toFixed(1)} ms apart`);
  }
} finally {
  await b.close();
  await site.close();
}
console.log(`${engine}: ${wrong} of ${tries} first runs out of Python's order`);
