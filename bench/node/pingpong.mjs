// (c) Ping-pong: two async functions that each yield M times (2M
// switches); with depth > 0 the yield happens that many async frames deep.
// usage: pingpong.mjs M depth reps warmups  ->  RESULT ns_per_switch=...
import { arg, now, result, sleep0 } from './common.mjs';
import { pingpong } from './workloads.mjs';

const m = arg(1, 100000), depth = arg(2, 0), reps = arg(3, 1), warm = arg(4, 0);
for (const pairs of await pingpong(m, depth, reps, warm, sleep0, now)) result(pairs);
