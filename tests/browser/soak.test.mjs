// soak.test.mjs -- 200 runs in a row in one browser page keep memory flat:
// every run's wasm instance (16 MiB of linear memory each) must be
// collectable once its stream has ended.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from './chromium.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const DIST = join(ROOT, 'dist');
let server;
let context;
let browser;

before(async () => {
  const { serve } = await import('../../web/serve.mjs');
  server = await serve({ port: 0, root: DIST });
  browser = await launchChromium({ args: ['--enable-precise-memory-info', '--js-flags=--expose-gc'] });
  context = browser.context;
});

after(async () => {
  await browser?.close();
  await server?.close();
});

test('200 runs in one page leave memory flat', async () => {
  const page = await context.newPage();
  await page.goto(server.url + 'index.html');
  const result = await page.evaluate(async () => {
    const { run } = await import('./casyncio.js');
    const once = async () => {
      let end = null;
      for await (const ev of run('factorial', { clock: 'virtual' })) if (ev.type === 'end') end = ev;
      return end.status;
    };
    for (let i = 0; i < 20; i++) await once();
    gc();
    const before = performance.memory.usedJSHeapSize;
    const statuses = new Set();
    for (let i = 0; i < 200; i++) statuses.add(await once());
    gc();
    await new Promise((r) => setTimeout(r, 50));
    gc();
    return { before, after: performance.memory.usedJSHeapSize, statuses: [...statuses] };
  });
  assert.deepEqual(result.statuses, ['ok']);
  const grownMiB = (result.after - result.before) / 1048576;
  assert.ok(grownMiB < 20, `the JS heap grew by ${grownMiB.toFixed(1)} MiB over 200 runs`);
  await page.close();
});
