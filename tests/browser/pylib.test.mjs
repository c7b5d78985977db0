// pylib.test.mjs -- the library modules written in Python that python.wasm
// does not carry (json, collections, ...: dist/pylib/NAME.py), in
// Chromium: a program importing json and collections runs in the page's
// Playground and in the element on another site's page, where the files
// come from casyncio's own origin (beside python.wasm), not the page's;
// a module that cannot be fetched (a 404, no network, a host page's
// Content-Security-Policy that does not allow it) is an ImportError naming
// the module and what went wrong; a fetch that never answers does not keep
// Stop from ending the run.  (tests/js/pylib.test.mjs: the same in Node.)
//
//   make site && node --test tests/browser/pylib.test.mjs
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from './chromium.mjs';
import { hostServer } from './site.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const DIST = join(ROOT, 'dist');

let site;
let browser;
const consoleErrors = [];

before(async () => {
  assert.ok(existsSync(join(DIST, 'pylib', 'json.py')) && existsSync(join(DIST, 'python.wasm')), 'dist/ is not built: run `make site` first');
  const { serve } = await import('../../web/serve.mjs');
  site = await serve({ port: 0, root: DIST });
  browser = await launchChromium({ viewport: { width: 1280, height: 800 } });
});

// (a test that failed may leave its page with a request open: closing
// waits for it at most a while, so that the failure is reported)
const within = (p, ms) => Promise.race([p, new Promise((done) => setTimeout(done, ms).unref())]);
after(async () => {
  await within(browser?.close(), 15000);
  await within(site?.close(), 5000);
});

const PROGRAM = `import asyncio
import json
from collections import Counter, deque


async def count(word):
    await asyncio.sleep(0.1)
    return Counter(word)


async def main():
    counts = await asyncio.gather(count("hello"), count("world"))
    total = sum(counts, Counter())
    print(json.dumps(total.most_common(3)))
    recent = deque(json.loads('[1, 2, 3, 4]'), maxlen=2)
    print(recent, json.dumps({"ok": True, "n": None}, sort_keys=True))


asyncio.run(main())
`;

function cpythonLines(source) {
  const r = spawnSync('python3', ['-c', source], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  return r.stdout.split('\n').filter((l) => l !== '');
}

/** A new page that records the library files it asks for. */
async function newPage() {
  const page = await browser.context.newPage();
  page.libRequests = [];
  page.on('request', (req) => { if (/\/pylib\//.test(req.url())) page.libRequests.push(req.url()); });
  page.on('pageerror', (err) => consoleErrors.push(err.message));
  return page;
}

async function openPlayground() {
  const page = await newPage();
  await page.goto(`${site.url}#playground`);
  await page.waitForSelector('html[data-ready="true"] article[data-lesson="playground"]');
  await page.waitForSelector('#code-py.hljs');
  await page.check('input[name="clock"][value="virtual"]');
  await page.selectOption('#speed', 'instant');
  return page;
}

/** Replaces the Playground's program as a paste would. */
async function typeProgram(page, text) {
  await page.locator('#code-py').click();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await page.evaluate((t) => {
    const data = new DataTransfer();
    data.setData('text/plain', t);
    document.getElementById('code-py').dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
  await page.waitForFunction((t) => document.getElementById('code-py').textContent.trimEnd() === t.trimEnd(), text);
}

/** Runs the Playground's program: { status, prints, lines }. */
async function runPlayground(page, { stopWhen } = {}) {
  await page.evaluate(() => document.querySelector('#output .line.end')?.remove());
  await page.click('#run');
  if (stopWhen) {
    await stopWhen();
    await page.click('#stop');
  }
  await page.waitForSelector('#output .line.end', { timeout: 20000 });
  const status = await page.$eval('#output .line.end', (e) => e.dataset.status);
  const lines = await page.$$eval('#output .line', (els) => els.map((e) => ({ cls: e.className, text: e.querySelector('.text')?.textContent ?? '' })));
  return { status, prints: lines.filter((l) => /\bprint\b/.test(l.cls) && !/stderr/.test(l.cls)).map((l) => l.text), text: lines.map((l) => l.text) };
}

/** Replaces an editable element's program, as a paste would. */
async function paste(page, host, text) {
  await page.locator(`#${host} code[role="textbox"]`).click();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await page.evaluate(([id, t]) => {
    const data = new DataTransfer();
    data.setData('text/plain', t);
    document.getElementById(id).shadowRoot.querySelector('code[role="textbox"]').dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, [host, text]);
}

const inside = (page, id, sel) => page.evaluate(([i, s]) => [...document.getElementById(i).shadowRoot.querySelectorAll(s)].map((n) => n.textContent), [id, sel]);

test('the Playground runs a program importing json and collections, fetching just those (and collections.abc and heapq, which collections imports, as CPython\'s does)', async () => {
  const page = await openPlayground();
  await typeProgram(page, PROGRAM);
  const r = await runPlayground(page);
  assert.equal(r.status, 'ok', r.text.join('\n'));
  assert.deepEqual(r.prints, cpythonLines(PROGRAM));
  assert.deepEqual([...page.libRequests].sort(),
    [`${site.url}pylib/_collections_abc.py`, `${site.url}pylib/collections.py`, `${site.url}pylib/heapq.py`, `${site.url}pylib/json.py`]);
  // a second run uses what the first fetched
  const again = await runPlayground(page);
  assert.deepEqual(again.prints, r.prints);
  assert.equal(page.libRequests.length, 4);
  assert.deepEqual(consoleErrors, []);
  await page.close();
});

test('on another site\'s page, the element fetches them from casyncio\'s origin, beside python.wasm', async () => {
  const host = await hostServer(`<!doctype html><html lang="en"><meta charset="utf-8"><title>course</title>
<script type="module" src="${site.url}casyncio-lesson.js"></script>
<casyncio-lesson id="e" lesson="gather" clock="virtual" editable></casyncio-lesson>`);
  const page = await newPage();
  await page.goto(`${host.url}course/week3/index.html`);
  await page.waitForSelector('#e code[role="textbox"].hljs');
  await paste(page, 'e', PROGRAM);
  const end = await page.evaluate(() => document.getElementById('e').run());
  assert.equal(end.status, 'ok', JSON.stringify(end));
  assert.deepEqual(await inside(page, 'e', '.line.print .text'), cpythonLines(PROGRAM));
  assert.deepEqual([...page.libRequests].sort(),
    [`${site.url}pylib/_collections_abc.py`, `${site.url}pylib/collections.py`, `${site.url}pylib/heapq.py`, `${site.url}pylib/json.py`]);
  await page.close();
  await host.close();
});

test('a module that cannot be fetched is an ImportError naming it and what went wrong; the next run fetches it again', async () => {
  const page = await openPlayground();
  const program = 'print("first")\nimport json\nprint(json.dumps([1]))';
  await typeProgram(page, program);
  const url = `${site.url}pylib/json.py`;
  await page.route('**/pylib/json.py', (route) => route.fulfill({ status: 404, body: 'no' }));
  let r = await runPlayground(page);
  assert.equal(r.status, 'error');
  assert.deepEqual(r.prints, ['first']);
  assert.ok(r.text.includes(`ImportError: cannot load module 'json': ${url} answered HTTP 404 Not Found`), r.text.join('\n'));
  await page.unroute('**/pylib/json.py');
  await page.route('**/pylib/json.py', (route) => route.abort('internetdisconnected'));
  r = await runPlayground(page);
  assert.equal(r.status, 'error');
  assert.ok(r.text.includes(`ImportError: cannot load module 'json': fetching ${url} failed (Failed to fetch): offline, `
    + 'or refused by the page\'s Content-Security-Policy (connect-src) or by CORS'), r.text.join('\n'));
  await page.unroute('**/pylib/json.py');
  r = await runPlayground(page);
  assert.equal(r.status, 'ok');
  assert.deepEqual(r.prints, ['first', '[1]']);
  await page.close();
});

test('a host page whose Content-Security-Policy lets python.wasm load but not pylib/: the import says so', async () => {
  const csp = `default-src 'self'; script-src ${site.url} 'wasm-unsafe-eval'; style-src ${site.url} 'unsafe-inline'; `
    + `connect-src ${site.url}python.wasm ${site.url}lessons/`;
  const host = await hostServer(`<!doctype html><html lang="en"><meta charset="utf-8"><title>strict</title>
<meta http-equiv="Content-Security-Policy" content="${csp}">
<script type="module" src="${site.url}casyncio-lesson.js"></script>
<casyncio-lesson id="e" lesson="gather" clock="virtual" editable></casyncio-lesson>`);
  const page = await newPage();
  await page.goto(host.url);
  await page.waitForSelector('#e code[role="textbox"]');
  await paste(page, 'e', 'print("before")\nimport json\n');
  const end = await page.evaluate(() => document.getElementById('e').run());
  assert.equal(end.status, 'error');
  const text = await inside(page, 'e', '.line .text');
  assert.deepEqual(text.slice(0, 1), ['before']);
  assert.ok(text.includes(`ImportError: cannot load module 'json': fetching ${site.url}pylib/json.py failed (Failed to fetch): `
    + 'offline, or refused by the page\'s Content-Security-Policy (connect-src) or by CORS'), text.join('\n'));
  await page.close();
  await host.close();
});

test('a fetch that never answers: Stop ends the run, with KeyboardInterrupt at the import', async () => {
  const page = await openPlayground();
  await typeProgram(page, 'print("start")\nimport json\nprint("never")');
  await page.check('input[name="clock"][value="real"]');
  let asked, held = null;
  const requested = new Promise((resolve) => { asked = resolve; });
  await page.route('**/pylib/json.py', (route) => { held = route; asked(); }); // not answered while the run lasts
  const t0 = Date.now();
  const r = await runPlayground(page, { stopWhen: () => requested.then(() => page.waitForTimeout(300)) });
  assert.equal(r.status, 'cancelled');
  assert.ok(r.text.includes('KeyboardInterrupt'), r.text.join('\n'));
  assert.ok(!r.prints.includes('never'));
  assert.ok(Date.now() - t0 < 10000);
  // answered at last (aborted), so that closing the browser has no request
  // left to wait for: a route never answered could hold context.close()
  await held?.abort().catch(() => {});
  await page.close();
});
