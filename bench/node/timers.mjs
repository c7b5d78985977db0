// (d) N async functions that each sleep `ms` milliseconds at once: how
// late each one wakes (actual minus intended) and the batch's time.
// usage: timers.mjs N ms reps warmups  ->  RESULT late_median_ms=... late_p99_ms=... total_ms=...
import { arg, now, quantile, result, sleep } from './common.mjs';

async function sleeper(late, i, ms) {
  const want = now() + ms / 1000;
  await sleep(ms);
  late[i] = now() - want;
}

const n = arg(1, 1000), ms = arg(2, 100), reps = arg(3, 1), warm = arg(4, 0);
for (let r = 0; r < warm + reps; r++) {
  const late = new Float64Array(n);
  const t0 = now();
  const tasks = new Array(n);
  for (let i = 0; i < n; i++) tasks[i] = sleeper(late, i, ms);
  await Promise.all(tasks);
  const total = now() - t0;
  if (r >= warm) {
    result({ late_median_ms: quantile(late, 0.5) * 1e3, late_p99_ms: quantile(late, 0.99) * 1e3, total_ms: total * 1e3 });
  }
}
