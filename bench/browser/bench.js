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
 *   casBench.peer(prog, args)           the JS peer: the Node peers' workloads
 *       (bench/node/workloads.mjs, copied next to this file) with a yield
 *       that is one MessageChannel turn; resolves with its RESULT lines.
 *
 * Every RESULT line is also appended to <pre id="out">.
 */
import { pingpong, spawn } from './workloads.mjs';
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

async function peer(prog, args) {
  const n = args.map(Number);
  const res = prog === 'spawn' ? await spawn(...n, sleep0, now) : prog === 'pingpong' ? await pingpong(...n, sleep0, now) : null;
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
