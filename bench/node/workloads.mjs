/* The JS peers' spawn and ping-pong workloads, shared by the Node programs
 * (a yield is one setImmediate turn) and the Chromium page (one
 * MessageChannel turn): the caller passes its yield and its clock. Each
 * returns one object of RESULT pairs per reported repetition. */

/* (b) N async functions that each yield once, gathered. */
export async function spawn(n, reps, warm, sleep0, now) {
  const sleeper = async () => { await sleep0(); };
  const res = [];
  for (let r = 0; r < warm + reps; r++) {
    const t0 = now();
    const tasks = new Array(n);
    for (let i = 0; i < n; i++) tasks[i] = sleeper();
    await Promise.all(tasks);
    const elapsed = now() - t0;
    if (r >= warm) res.push({ tasks_per_s: n / elapsed });
  }
  return res;
}

/* (c) Two async functions that each yield M times (2M switches); with
 * depth > 0 the yield happens that many async frames deep. */
export async function pingpong(m, depth, reps, warm, sleep0, now) {
  const nest = async (d) => { if (d === 0) { await sleep0(); return; } await nest(d - 1); };
  const player = async () => {
    if (depth) for (let i = 0; i < m; i++) await nest(depth);
    else for (let i = 0; i < m; i++) await sleep0();
  };
  const res = [];
  for (let r = 0; r < warm + reps; r++) {
    const t0 = now();
    await Promise.all([player(), player()]);
    const elapsed = now() - t0;
    if (r >= warm) res.push({ ns_per_switch: (elapsed / (2 * m)) * 1e9 });
  }
  return res;
}
