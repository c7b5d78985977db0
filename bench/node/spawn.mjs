// (b) Spawn and gather N async functions that each yield once.
// usage: spawn.mjs N reps warmups  ->  RESULT tasks_per_s=...
import { arg, now, result, sleep0 } from './common.mjs';

async function sleeper() {
  await sleep0();
}

const n = arg(1, 10000), reps = arg(2, 1), warm = arg(3, 0);
for (let r = 0; r < warm + reps; r++) {
  const t0 = now();
  const tasks = new Array(n);
  for (let i = 0; i < n; i++) tasks[i] = sleeper();
  await Promise.all(tasks);
  const elapsed = now() - t0;
  if (r >= warm) result({ tasks_per_s: n / elapsed });
}
