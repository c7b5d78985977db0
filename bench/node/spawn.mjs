// (b) Spawn and gather N async functions that each yield once.
// usage: spawn.mjs N reps warmups  ->  RESULT tasks_per_s=...
import { arg, now, result, sleep0 } from './common.mjs';
import { spawn } from './workloads.mjs';

const n = arg(1, 10000), reps = arg(2, 1), warm = arg(3, 0);
for (const pairs of await spawn(n, reps, warm, sleep0, now)) result(pairs);
