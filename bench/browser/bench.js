/*
 * bench.js -- the page side of bench/run.mjs's `browser` workload: the same
 * ping-pong and spawn workloads as in Node, run inside Chromium.
 *
 * run.mjs serves build/bench/browser/ (this file, index.html, and
 * bench/c/spawn.c and pingpong.c built with the Makefile's EMFLAGS, the
 * page's own runtime settings) from 127.0.0.1 with the site's CSP, and calls:
 *
 *   casBench.wasm(prog, args, expect)   instantiates build/bench/browser/<prog>.mjs
 *       with argv = args and bench/c/host.js as its host (the page's
 *       wait/turn); resolves with its stdout once `expect` RESULT lines are in,
 *       rejects on a failed check, a trap, an uncaught error or a timeout.
 *   casBench.peer(prog, args)           the JS peer: async/await where a yield is
 *       one MessageChannel turn (bench/node/*.mjs with setImmediate's place
 *       taken by a posted message); resolves with its RESULT lines.
 *
 * Every RESULT line is also appended to <pre id="out">.
 */
const out = document.getElementById('out');
const show = (line) => { out.textContent += line + '\n'; };
const TIMEOUT_MS = 300e3;

/* Errors the page sees while a wasm program runs (an exit(3) from a failed
 * BENCH_CHECK is thrown from an async callback, so it surfaces here). */
let onPageError = null;
addEventListener('error', (e) => onPageError?.(e.error ?? e.message));
addEventListener('unhandledrejection', (e) => onPageError?.(e.reason));

async function wasm(prog, args, expect) {
  const create = (await import(`./${prog}.mjs`)).default;
  const lines = [];
  const errs = [];
  let results = 0;
  try {
    return await new Promise((resolve, reject) => {
      const fail = (why) => reject(new Error(`${prog}.mjs ${args.join(' ')}: ${why}${errs.length ? ` | ${errs.slice(-3).join(' | ')}` : ''}`));
      const timer = setTimeout(() => fail(`no ${expect} RESULT lines within ${TIMEOUT_MS / 1000} s (got ${results})`), TIMEOUT_MS);
      onPageError = (e) => { clearTimeout(timer); fail(String(e && e.message ? e.message : e)); };
      create({
        arguments: args.map(String),
        print: (text) => {
          lines.push(text);
          if (!text.startsWith('RESULT ')) return;
          show(`${prog} ${args.join(' ')}: ${text}`);
          if (++results === expect) { clearTimeout(timer); resolve(lines.join('\n') + '\n'); }
        },
        printErr: (text) => {
          errs.push(String(text));
          if (/check failed|Aborted\(|RuntimeError|unreachable/.test(text)) { clearTimeout(timer); fail('stderr'); }
        },
      }).catch((e) => { clearTimeout(timer); fail(String(e && e.message ? e.message : e)); });
    });
  } finally {
    onPageError = null;
  }
}

/* ---- the JS peer: a yield is one MessageChannel turn -------------------- */

/* One channel; its messages arrive in order, so the i-th message wakes the
 * i-th waiter.  A head index, not shift(): shift() copies a large array
 * (100,000 waiters), which would be the harness's cost, not the browser's. */
const channel = new MessageChannel();
let waiters = [];
let head = 0;
channel.port1.onmessage = () => {
  const resolve = waiters[head];
  waiters[head++] = undefined;
  if (head === waiters.length) { waiters = []; head = 0; }
  resolve();
};
const sleep0 = () => new Promise((resolve) => { waiters.push(resolve); channel.port2.postMessage(0); });
const now = () => performance.now() / 1000;

/* bench/node/spawn.mjs: N async functions that each yield once, gathered. */
async function spawn(n, reps, warm) {
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

/* bench/node/pingpong.mjs: two async functions that each yield M times,
 * depth async frames deep. */
async function pingpong(m, depth, reps, warm) {
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

async function peer(prog, args) {
  const n = args.map(Number);
  const res = prog === 'spawn' ? await spawn(...n) : prog === 'pingpong' ? await pingpong(...n) : null;
  if (!res) throw new Error(`no JS peer for ${prog}`);
  const lines = res.map((pairs) => 'RESULT ' + Object.entries(pairs).map(([k, v]) => `${k}=${v}`).join(' '));
  for (const l of lines) show(`JS ${prog} ${args.join(' ')}: ${l}`);
  return lines.join('\n') + '\n';
}

/* The browser's full version (the user-agent string says only 156.0.0.0). */
async function version() {
  const brands = await navigator.userAgentData?.getHighEntropyValues(['fullVersionList']).then((v) => v.fullVersionList, () => null);
  return brands?.find((b) => /Chrom/.test(b.brand))?.version ?? navigator.userAgent.match(/Chrome\/([\d.]+)/)?.[1] ?? navigator.userAgent;
}

window.casBench = { wasm, peer, version };
document.documentElement.dataset.ready = '1';
