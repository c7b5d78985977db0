// (c) Ping-pong: two async functions that each yield M times (2M
// switches); with depth > 0 the yield happens that many async frames deep.
// usage: pingpong.mjs M depth reps warmups  ->  RESULT ns_per_switch=...
import { arg, now, result, sleep0 } from './common.mjs';

async function nest(d) {
  if (d === 0) {
    await sleep0();
    return;
  }
  await nest(d - 1);
}

async function player(m, depth) {
  if (depth) for (let i = 0; i < m; i++) await nest(depth);
  else for (let i = 0; i < m; i++) await sleep0();
}

const m = arg(1, 100000), depth = arg(2, 0), reps = arg(3, 1), warm = arg(4, 0);
for (let r = 0; r < warm + reps; r++) {
  const t0 = now();
  await Promise.all([player(m, depth), player(m, depth)]);
  const elapsed = now() - t0;
  if (r >= warm) result({ ns_per_switch: (elapsed / (2 * m)) * 1e9 });
}
