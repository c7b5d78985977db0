#!/usr/bin/env node
// engine-facts.mjs -- measures, in each engine, what casyncio's host layer
// (web/casyncio.js) depends on and what differs between browsers: the
// resolution of performance.now(), setTimeout(0)'s clamping when nested,
// setTimeout(10)'s lateness, one MessageChannel turn, animation frames on
// an idle page, the Long Tasks API, crossOriginIsolated, and the largest
// WebAssembly.Memory.  Not a test: it prints the table docs/browsers.md
// quotes.
//
//   make site && node tests/browser/engine-facts.mjs [chromium,firefox,webkit]
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ENGINES, launch } from './drivers.mjs';
import { startSite } from './site.mjs';

const DIST = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'dist');

/* Runs in the page. */
async function measure() {
  const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
  const out = {};
  let step = Infinity;
  let prev = performance.now();
  for (let i = 0; i < 200000; i++) {
    const t = performance.now();
    if (t !== prev) { step = Math.min(step, t - prev); prev = t; }
  }
  out.nowStepMs = Number(step.toFixed(3));
  out.timeout0Ms = await new Promise((resolve) => {
    const gaps = [];
    let last = performance.now();
    const f = () => {
      const t = performance.now();
      gaps.push(Number((t - last).toFixed(1)));
      last = t;
      if (gaps.length < 16) setTimeout(f, 0); else resolve(gaps.join(' '));
    };
    setTimeout(f, 0);
  });
  out.timeout10LateMs = await new Promise((resolve) => {
    const late = [];
    const f = () => {
      const s = performance.now();
      setTimeout(() => { late.push(performance.now() - s - 10); if (late.length < 20) f(); else resolve(Number(median(late).toFixed(2))); }, 10);
    };
    f();
  });
  out.messageTurnUs = await new Promise((resolve) => {
    const ch = new MessageChannel();
    let n = 0;
    const s = performance.now();
    ch.port1.onmessage = () => { if (++n < 2000) ch.port2.postMessage(0); else { ch.port1.close(); resolve(Number(((performance.now() - s) / 2000 * 1000).toFixed(1))); } };
    ch.port2.postMessage(0);
  });
  out.idleFrameMs = await new Promise((resolve) => {
    const ts = [];
    const f = () => {
      ts.push(performance.now());
      if (ts.length < 90) requestAnimationFrame(f);
      else {
        const gaps = ts.slice(31).map((t, i) => t - ts[30 + i]);   // after a half-second settling
        resolve(`${median(gaps).toFixed(1)} (max ${Math.max(...gaps).toFixed(0)})`);
      }
    };
    requestAnimationFrame(f);
  });
  out.longTasks = typeof PerformanceObserver !== 'undefined' && (PerformanceObserver.supportedEntryTypes || []).includes('longtask');
  out.crossOriginIsolated = self.crossOriginIsolated === true;
  out.wasmMemory4GiB = (() => {
    try { new WebAssembly.Memory({ initial: 1, maximum: 65536 }); return true; } catch { return false; }
  })();
  return out;
}

const engines = (process.argv[2] || ENGINES.join(',')).split(',');
const site = await startSite(DIST);
const rows = {};
try {
  for (const engine of engines) {
    const b = await launch(engine);
    try {
      await b.goto(`${site.url}#gather`, 'html[data-ready="true"]');
      rows[`${engine} (${b.version})`] = await b.evaluate(measure);
    } finally {
      await b.close();
    }
  }
} finally {
  await site.close();
}
const keys = Object.keys(Object.values(rows)[0] || {});
console.log(`| | ${Object.keys(rows).join(' | ')} |`);
console.log(`|---|${Object.keys(rows).map(() => '---').join('|')}|`);
for (const k of keys) console.log(`| ${k} | ${Object.values(rows).map((r) => r[k]).join(' | ')} |`);
