// chromium.mjs -- how the browser tests start Debian's Chromium: the path
// ($CHROMIUM_PATH or /usr/bin/chromium), the flags that work as root on
// these machines with no network, and a fresh profile that is removed after.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Starts Chromium with a fresh profile.  Resolves to { context, close }. */
export async function launchChromium({ args = [], ...options } = {}) {
  assert.ok(existsSync(CHROMIUM),
    `Chromium not found at ${CHROMIUM}: install it (Debian: apt-get install chromium) or set CHROMIUM_PATH`);
  let chromium;
  try {
    ({ chromium } = await import('playwright-core'));
  } catch {
    assert.fail('playwright-core is not installed: run npm install');
  }
  const userDataDir = mkdtempSync(join(tmpdir(), 'casyncio-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM, headless: true, args: [...CHROMIUM_ARGS, ...args], ...options,
  });
  return {
    context,
    close: async () => { await context.close(); rmSync(userDataDir, { recursive: true, force: true }); },
  };
}
