// (f) Memory: N async functions asleep at once (each in a one-hour
// setTimeout).  Once all have started, measures the JS heap's growth per
// task (after a full GC; run with --expose-gc), then clears the timers.
// usage: node --expose-gc memory.mjs N  ->  RESULT process_per_task=... rss_per_task=...
import { arg, result, sleep0 } from './common.mjs';

const n = arg(1, 100000);
const timers = new Array(n).fill(null);
const tasks = new Array(n).fill(null);

async function sleeper(i) {
  await new Promise((resolve) => { timers[i] = setTimeout(resolve, 3600e3); });
}

const gc = globalThis.gc || (() => {});
gc();
const before = process.memoryUsage();
for (let i = 0; i < n; i++) tasks[i] = sleeper(i);
await sleep0();
gc();
const after = process.memoryUsage();
result({ process_per_task: (after.heapUsed - before.heapUsed) / n });
result({ rss_per_task: (after.rss - before.rss) / n });
result({ process_peak_mb: after.rss / 1048576 });
for (const t of timers) clearTimeout(t);
