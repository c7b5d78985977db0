// soak.test.mjs -- 200 runs in a row in one browser page keep memory flat:
// every run's wasm instance (16 MiB of linear memory each) must be
// collectable once its stream has ended.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const DIST = join(ROOT, 'dist');
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
let server;
let context;
let userDataDir;

before(async () => {
  assert.ok(existsSync(CHROMIUM), `Chromium not found at ${CHROMIUM}: apt-get install chromium, or set CHROMIUM_PATH`);
  const { chromium } = await import('playwright-core');
  const { serve } = await import('../../web/serve.mjs');
  server = await serve({ port: 0, root: DIST });
  userDataDir = mkdtempSync(join(tmpdir(), 'casyncio-soak-'));
  context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
      '--enable-precise-memory-info', '--js-flags=--expose-gc'],
  });
});

after(async () => {
  await context?.close();
  await server?.close();
  if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
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
