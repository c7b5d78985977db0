// embed-editable.test.mjs -- what teachers asked of the embed, in Chromium,
// driven as a teacher's course page and its learners use it:
// <casyncio-lesson editable fields="seed clock"> on the example course page
// (the lesson's title, the editor, a run with the elapsed time in the
// status, an error's line named, Reset, the legend), the input field of a
// lesson's input() and of the factorial numbers, the iframe's height
// messages (a host page that sizes its frame from them), the message an
// element gives when casyncio's server sends no CORS header, dark mode, and
// axe-core on the course page and the framed embed.  Screenshots go to
// test-results/embed-editable-*.png.
//
//   make site && node --test tests/browser/embed-editable.test.mjs
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from './chromium.mjs';
import { hostServer } from './site.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const DIST = join(ROOT, 'dist');
const RESULTS = join(ROOT, 'test-results');
const AXE = join(ROOT, 'node_modules', 'axe-core', 'axe.min.js');
const TYPES = { '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.wasm': 'application/wasm', '.html': 'text/html', '.py': 'text/plain', '.c': 'text/plain', '.md': 'text/plain' };

let pkg;
let browser;
const consoleErrors = [];

const expected = (id) => readFileSync(join(ROOT, 'tutorials', id, 'expected.txt'), 'utf8').split('\n').filter((l) => l !== '');

before(async () => {
  assert.ok(existsSync(join(DIST, 'casyncio-lesson.js')) && existsSync(join(DIST, 'python.wasm')), 'dist/ is not built: run `make site` first');
  const { serve } = await import('../../web/serve.mjs');
  pkg = await serve({ port: 0, root: DIST });
  mkdirSync(RESULTS, { recursive: true });
  browser = await launchChromium({ viewport: { width: 1280, height: 800 } });
});

after(async () => {
  await browser?.close();
  await pkg?.close();
});

async function open(url, scheme = 'light') {
  const page = await browser.context.newPage();
  await page.emulateMedia({ colorScheme: scheme });
  page.on('console', (msg) => { if (msg.type() === 'error') consoleErrors.push(`${url}: ${msg.text()}`); });
  page.on('pageerror', (err) => consoleErrors.push(`${url}: ${err.message}`));
  await page.goto(url);
  return page;
}

/** Replaces the editor's program inside the element, as a paste would. */
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

const inside = (page, id, sel, fn = 'text') => page.evaluate(([i, s, f]) => {
  const nodes = [...document.getElementById(i).shadowRoot.querySelectorAll(s)];
  return f === 'text' ? nodes.map((n) => n.textContent) : nodes.map((n) => !n.hidden);
}, [id, sel, fn]);

test('an editable lesson on the course page: title, editor, fields, a run with its elapsed time, an error named, Reset, the legend', async () => {
  const page = await open(`${pkg.url}course-example.html`);
  await page.waitForSelector('#try-it code[role="textbox"].hljs');
  assert.deepEqual(await inside(page, 'try-it', '[part="title"]'), ['34.6.1 Running tasks together with gather']);
  assert.deepEqual(await inside(page, 'try-it', '[part="legend"] li'), ['ready', 'running', 'waiting', 'done', 'cancelled', 'failed', 'loop blocked', 'timer set', 'timer fired', 'callback', 'awaits']);
  assert.deepEqual(await inside(page, 'try-it', '[part="fields"] label'), ['Seed', 'Clock']);
  const chapter = (await inside(page, 'try-it', 'code[role="textbox"]'))[0];
  assert.match(chapter, /^# Running Multiple Tasks/);
  assert.doesNotMatch(chapter, /casyncio only/);
  // The chapter's program, seed 1, real clock: the elapsed time ticks, then the end.
  await page.locator('#try-it [part="run-button"]').click();
  await page.waitForFunction(() => /^Running… \d\.\d s$/.test(document.getElementById('try-it').shadowRoot.querySelector('[part="status"]').textContent));
  await page.waitForFunction(() => /^Finished in/.test(document.getElementById('try-it').shadowRoot.querySelector('[part="status"]').textContent), null, { timeout: 15000 });
  assert.match((await inside(page, 'try-it', '[part="status"]'))[0], /^Finished in 1\.\d\d s$/);
  assert.deepEqual(await inside(page, 'try-it', '.line.print .text'), expected('gather'));
  await page.locator('#try-it').screenshot({ path: join(RESULTS, 'embed-editable-ran-light.png') });
  // An edit: a NameError on line 2 is CPython's traceback, its line named.
  await paste(page, 'try-it', 'print("first")\nprint(undefined_name)');
  await page.locator('#try-it [part="fields"] select').selectOption('virtual');
  await page.keyboard.press('Control+Enter');
  await page.waitForFunction(() => /^Failed/.test(document.getElementById('try-it').shadowRoot.querySelector('[part="status"]').textContent), null, { timeout: 15000 });
  const lines = await inside(page, 'try-it', '.line .text');
  assert.deepEqual(lines.slice(0, 2), ['first', 'Traceback (most recent call last):']);
  assert.ok(lines.includes("NameError: name 'undefined_name' is not defined"), lines.join('\n'));
  assert.deepEqual(await inside(page, 'try-it', '.editor-error'), ["Line 2: NameError: name 'undefined_name' is not defined"]);
  await page.locator('#try-it').screenshot({ path: join(RESULTS, 'embed-editable-error-light.png') });
  // The seed field changes the numbers; Reset puts the chapter's program back.
  await page.locator('#try-it [part="reset-button"]').click();
  assert.equal((await inside(page, 'try-it', 'code[role="textbox"]'))[0], chapter);
  await page.locator('#try-it [part="fields"] input').fill('2');
  await page.locator('#try-it [part="run-button"]').click();
  await page.waitForFunction(() => /^Finished in 1\.00 s$/.test(document.getElementById('try-it').shadowRoot.querySelector('[part="status"]').textContent), null, { timeout: 15000 });
  const withSeed2 = (await inside(page, 'try-it', '.line.print .text')).find((t) => t.startsWith('results'));
  assert.match(withSeed2, /^results from calls: \[\d+, \d+, \d+\]$/);
  assert.notEqual(withSeed2, expected('gather').find((t) => t.startsWith('results')));
  // The three autorun examples still count as before.
  assert.equal(await page.textContent('#finished'), '3');
  await page.close();
});

test('an editable lesson prints 20,000 lines: all are in its output, in chunks, which shows the end', async () => {
  const page = await open(`${pkg.url}course-example.html`);
  await page.waitForSelector('#try-it code[role="textbox"].hljs');
  await paste(page, 'try-it', 'for i in range(20000):\n    print("line", i)');
  await page.locator('#try-it [part="fields"] select').selectOption('virtual');
  await page.locator('#try-it [part="run-button"]').click();
  await page.waitForFunction(() => /^Finished/.test(document.getElementById('try-it').shadowRoot.querySelector('[part="status"]').textContent), null, { timeout: 120000 });
  const shown = await page.evaluate(() => {
    const out = document.getElementById('try-it').shadowRoot.querySelector('[part="output"]');
    const printed = out.querySelectorAll('.line.print .text');
    return { n: printed.length, last: printed[printed.length - 1].textContent, chunks: out.querySelectorAll(':scope > .chunk').length,
      skipped: getComputedStyle(out.querySelector('.chunk.full')).contentVisibility };
  });
  assert.deepEqual(shown, { n: 20000, last: 'line 19999', chunks: 101, skipped: 'auto' });
  await page.waitForFunction(() => {
    const out = document.getElementById('try-it').shadowRoot.querySelector('[part="output"]');
    return out.scrollHeight - out.scrollTop - out.clientHeight < 30;
  });
  await page.close();
});

test('fields: the factorial numbers run the C lesson, and an editable lesson\'s input() reads the Input field', async () => {
  const host = await hostServer(`<!doctype html><html lang="en"><meta charset="utf-8"><title>fields</title>
<script type="module" src="${pkg.url}casyncio-lesson.js"></script>
<casyncio-lesson id="fact" lesson="factorial" clock="virtual" fields="input"></casyncio-lesson>
<casyncio-lesson id="ask" lesson="callbacks" clock="virtual" editable fields="input" input="Ada"></casyncio-lesson>`);
  const page = await open(host.url);
  await page.waitForSelector('#fact [part="fields"] input');
  assert.equal(await page.inputValue('#fact [part="fields"] input'), '5, 7, 3, 6');
  await page.fill('#fact [part="fields"] input', '3, 2');
  const end = await page.evaluate(() => document.getElementById('fact').run());
  assert.equal(end.status, 'ok');
  const prints = await inside(page, 'fact', '.line.print .text');
  assert.ok(prints.includes('factorial - 3 ! = 6') || prints.some((t) => /3 ! = 6/.test(t)), prints.join('\n'));
  assert.ok(prints.some((t) => /2 ! = 2/.test(t)), prints.join('\n'));
  assert.ok(!prints.some((t) => /7 ! =/.test(t)), 'the default numbers were not used');
  // A bad number is refused with a message, not run.
  await page.fill('#fact [part="fields"] input', '3, x');
  const refused = await page.evaluate(() => document.getElementById('fact').run().then(() => 'ran', (e) => e.message));
  assert.match(refused, /the numbers must be whole numbers from 0 to 1000/);
  // input() in an editable lesson: its prompt and the line read.
  await page.waitForSelector('#ask code[role="textbox"].hljs');
  assert.equal(await page.inputValue('#ask [part="fields"] textarea'), 'Ada');
  await paste(page, 'ask', 'name = input("Name: ")\nprint("Hello,", name)\ninput()');
  await page.fill('#ask [part="fields"] textarea', 'Grace');
  const asked = await page.evaluate(() => document.getElementById('ask').run());
  assert.equal(asked.status, 'error');
  const text = await inside(page, 'ask', '.line .text');
  assert.deepEqual(text.slice(0, 2), ['Name: Grace', 'Hello, Grace']);
  assert.ok(text.includes('EOFError: EOF when reading a line'), text.join('\n'));
  await page.close();
  await host.close();
});

test('the iframe posts its height, and a host page sizes its frame with it', async () => {
  const pkgOrigin = new URL(pkg.url).origin;
  const host = await hostServer((req) => `<!doctype html><html lang="en"><meta charset="utf-8"><title>sized</title>
<script>
  window.heights = [];
  addEventListener('message', (e) => {
    if (e.origin !== ${JSON.stringify(pkgOrigin)} || !e.data || e.data.source !== 'casyncio' || e.data.type !== 'height') return;
    heights.push(e.data.height);
    document.getElementById('f').style.height = e.data.height + 'px';
  });
</script>
<iframe id="f" title="casyncio: gather" width="720" height="150" src="${pkg.url}embed.html?lesson=gather&seed=1&clock=virtual&editable&fields=seed%20clock&frame=sized"></iframe>`);
  const page = await open(host.url);
  await page.waitForFunction(() => window.heights.length > 0 && window.heights.at(-1) > 400, null, { timeout: 15000 });
  const frame = page.frameLocator('#f');
  await frame.locator('code[role="textbox"].hljs').waitFor();
  const before = await page.evaluate(() => window.heights.at(-1));
  await frame.locator('[part="run-button"]').click();
  await page.waitForFunction((h) => window.heights.at(-1) > h, before, { timeout: 15000 });
  await page.waitForTimeout(300);
  const state = await page.evaluate(() => ({ posted: window.heights.at(-1), box: document.getElementById('f').clientHeight }));
  const inner = await page.frames().find((f) => f.url().includes('embed.html')).evaluate(() => ({ doc: Math.ceil(document.documentElement.getBoundingClientRect().height), scroll: document.documentElement.scrollHeight, view: innerHeight }));
  assert.equal(state.posted, inner.doc, 'the posted height is the content\'s');
  assert.ok(Math.abs(state.box - state.posted) <= 1, `the host sized the frame (${JSON.stringify(state)})`);
  assert.ok(inner.scroll <= inner.view + 1, `nothing scrolls inside the frame (${JSON.stringify(inner)})`);
  await page.screenshot({ path: join(RESULTS, 'embed-editable-iframe-sized.png'), fullPage: true });
  await page.close();
  await host.close();
});

test('an element whose server sends no CORS header says so instead of rendering nothing', async () => {
  // casyncio's files on an origin of their own, with the header on the
  // element's script only (as a server set up for one file would be).
  const files = createServer(async (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    try {
      const body = await readFile(join(DIST, path));
      const headers = { 'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream', 'Cache-Control': 'no-store' };
      if (path === '/casyncio-lesson.js') headers['Access-Control-Allow-Origin'] = '*';
      res.writeHead(200, headers).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((r) => files.listen(0, '127.0.0.1', r));
  const filesUrl = `http://127.0.0.1:${files.address().port}/`;
  const host = await hostServer(`<!doctype html><html lang="en"><meta charset="utf-8"><title>no cors</title>
<script type="module" src="${filesUrl}casyncio-lesson.js"></script>
<casyncio-lesson id="l" lesson="gather"></casyncio-lesson>`);
  const page = await browser.context.newPage();
  await page.goto(host.url);
  await page.waitForFunction(() => { const b = document.getElementById('l').shadowRoot?.querySelector('[part="error"]'); return b && !b.hidden; }, null, { timeout: 15000 });
  const text = (await inside(page, 'l', '[part="error"]'))[0];
  assert.match(text, new RegExp(`^casyncio-lesson: cannot load casyncio\\.js: ${filesUrl.replace(/[.]/g, '\\.')}casyncio\\.js is there, but its server does not send Access-Control-Allow-Origin, so this page \\(http://127\\.0\\.0\\.1:\\d+\\) may not use it: serve casyncio's files with the header "Access-Control-Allow-Origin: \\*"`));
  assert.equal(await page.evaluate(() => document.getElementById('l').shadowRoot.querySelector('[part="run-button"]').disabled), true);
  await page.locator('#l').screenshot({ path: join(RESULTS, 'embed-editable-no-cors.png') });
  await page.close();
  await host.close();
  await new Promise((r) => { files.closeAllConnections?.(); files.close(r); });
});

/** axe-core's serious and critical violations, as short strings. */
async function axe(page) {
  await page.evaluate(readFileSync(AXE, 'utf8'));
  // axe-core's own probes set inline styles on a page whose CSS puts
  // !important on every div and span (the course example's): the page's
  // CSP refuses them and logs it.  Those reports are axe's, not ours.
  const from = consoleErrors.length;
  const result = await page.evaluate(async () => {
    const r = await window.axe.run(document, { resultTypes: ['violations'] });
    return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.impact} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
  });
  await new Promise((r) => setTimeout(r, 200));
  const during = consoleErrors.splice(from);
  consoleErrors.push(...during.filter((e) => !/Applying inline style violates the following Content Security Policy directive 'style-src 'self''/.test(e)));
  return result;
}

test('dark mode and axe-core: the course page and embed.html, light and dark, have no serious or critical violation', async () => {
  for (const scheme of ['light', 'dark']) {
    const page = await open(`${pkg.url}course-example.html`, scheme);
    await page.waitForFunction(() => document.getElementById('finished').textContent === '3', null, { timeout: 20000 });
    await page.waitForSelector('#try-it code[role="textbox"].hljs');
    const bg = await page.evaluate(() => getComputedStyle(document.getElementById('try-it')).backgroundColor);
    assert.equal(bg, scheme === 'dark' ? 'rgb(13, 17, 23)' : 'rgb(255, 255, 255)');
    assert.deepEqual(await axe(page), [], `course page, ${scheme}`);
    await page.locator('#try-it').screenshot({ path: join(RESULTS, `embed-editable-${scheme}.png`) });
    await page.goto(`${pkg.url}embed.html?lesson=gather&seed=1&clock=virtual&editable&fields=seed%20clock&autorun`);
    await page.waitForFunction(() => /^Finished/.test(document.querySelector('casyncio-lesson')?.shadowRoot?.querySelector('[part="status"]')?.textContent ?? ''), null, { timeout: 15000 });
    await page.waitForSelector('casyncio-lesson code[role="textbox"].hljs');
    assert.deepEqual(await axe(page), [], `embed.html, ${scheme}`);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: join(RESULTS, `embed-editable-embed-390-${scheme}.png`), fullPage: true });
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.close();
  }
});

test('no console error on the pages of these tests', () => {
  assert.deepEqual(consoleErrors, []);
});
