// embed.test.mjs -- the two embed routes in Chromium: <casyncio-lesson> on
// the example course page (three lessons at once, isolated from the page's
// CSS, DOM events of the documented shapes, bad attributes shown, not
// thrown), and embed.html in an iframe of a page on another origin (the
// postMessage protocol, and commands from an origin that is not allowed
// being ignored).  dist/ is served by web/serve.mjs; the host page of the
// iframe test by a plain server on another port.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from './chromium.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const DIST = join(ROOT, 'dist');
const RESULTS = join(ROOT, 'test-results');

let pkg;        // serves dist/ (the package)
let host;       // serves the course page of the iframe test, another origin
let context;
let browser;

const expected = (id, file = 'expected.txt') =>
  readFileSync(join(ROOT, 'tutorials', id, file), 'utf8').split('\n').filter((l) => l !== '');

/** A host page that frames two embeds from the package's origin. */
function hostPage(pkgUrl, hostOrigin) {
  const allowed = `${pkgUrl}embed.html?lesson=gather&seed=1&clock=virtual&frame=allowed&allow=${encodeURIComponent(hostOrigin)}`;
  const foreign = `${pkgUrl}embed.html?lesson=callbacks&clock=virtual&frame=foreign&allow=${encodeURIComponent('https://teacher.example')}`;
  return `<!doctype html><meta charset="utf-8"><title>host</title>
<script>
  window.msgs = [];
  addEventListener('message', (e) => { if (e.data && e.data.source === 'casyncio') msgs.push({ origin: e.origin, data: e.data }); });
</script>
<iframe id="allowed" src="${allowed}" width="700" height="420"></iframe>
<iframe id="foreign" src="${foreign}" width="700" height="420"></iframe>`;
}

before(async () => {
  assert.ok(existsSync(join(DIST, 'casyncio-lesson.js')), 'dist/ is not built: run `make site` first');
  const { serve } = await import('../../web/serve.mjs');
  pkg = await serve({ port: 0, root: DIST });
  host = createServer((req, res) => {
    const origin = `http://127.0.0.1:${host.address().port}`;
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(hostPage(pkg.url, origin));
  });
  await new Promise((r) => host.listen(0, '127.0.0.1', r));
  mkdirSync(RESULTS, { recursive: true });
  browser = await launchChromium();
  context = browser.context;
});

after(async () => {
  await browser?.close();
  await pkg?.close();
  await new Promise((r) => (host ? host.close(r) : r()));
});

async function openCourse() {
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  // Record the DOM events from the very start, before the lessons autorun.
  await page.addInitScript(() => {
    window.seen = [];
    for (const type of ['run-start', 'event', 'run-end']) {
      document.addEventListener(type, (e) => {
        window.seen.push({ type, id: e.target.id, at: performance.now(), detail: JSON.parse(JSON.stringify(e.detail)) });
      });
    }
  });
  await page.goto(pkg.url + 'course-example.html');
  return { page, errors };
}

test('the course page runs its three lessons at the same time, each to its expected output', async () => {
  const { page, errors } = await openCourse();
  await page.waitForFunction(() => document.getElementById('finished').textContent === '3', null, { timeout: 20000 });
  const lines = await page.evaluate(() => Object.fromEntries(['demo-gather', 'demo-as-completed', 'demo-factorial'].map((id) => [
    id, [...document.getElementById(id).shadowRoot.querySelectorAll('.line.print .text')].map((n) => n.textContent),
  ])));
  assert.deepEqual(lines['demo-gather'], expected('gather'));
  assert.deepEqual(lines['demo-as-completed'], expected('as-completed'));
  assert.deepEqual(lines['demo-factorial'], expected('factorial', 'expected-as_completed.txt'));
  // At the same time: every run started before any of them ended.
  const seen = await page.evaluate(() => window.seen.filter((s) => s.type !== 'event'));
  const starts = seen.filter((s) => s.type === 'run-start').map((s) => s.at);
  const ends = seen.filter((s) => s.type === 'run-end').map((s) => s.at);
  assert.equal(starts.length, 3);
  assert.ok(Math.max(...starts) < Math.min(...ends), 'the runs did not overlap');
  await page.screenshot({ path: join(RESULTS, 'course-example.png'), fullPage: true });
  assert.deepEqual(errors, []);
  await page.close();
});

test('the page\'s CSS does not reach into the lessons, and they can be themed', async () => {
  const { page } = await openCourse();
  await page.waitForFunction(() => document.getElementById('finished').textContent === '3', null, { timeout: 20000 });
  const style = await page.evaluate(() => {
    const root = document.getElementById('demo-gather').shadowRoot;
    const text = getComputedStyle(root.querySelector('.line .text'));
    const button = getComputedStyle(root.querySelector('button'));
    const pageSpan = getComputedStyle(document.getElementById('finished'));
    return { textColor: text.color, textSize: text.fontSize, buttonBg: button.backgroundColor, pageSpan: pageSpan.color };
  });
  assert.equal(style.pageSpan, 'rgb(255, 0, 0)', 'the page\'s own rule applies to the page');
  assert.notEqual(style.textColor, 'rgb(255, 0, 0)');
  assert.notEqual(style.textSize, '30px');
  assert.equal(style.buttonBg, 'rgb(107, 63, 160)', 'the --casyncio-accent theme reached the button');
  await page.close();
});

test('the DOM events carry the documented shapes', async () => {
  const { page } = await openCourse();
  await page.waitForFunction(() => document.getElementById('finished').textContent === '3', null, { timeout: 20000 });
  const seen = await page.evaluate(() => window.seen.filter((s) => s.id === 'demo-gather'));
  const start = seen.find((s) => s.type === 'run-start');
  assert.deepEqual(start.detail, { lesson: 'gather', options: { seed: 1 } });
  const events = seen.filter((s) => s.type === 'event').map((s) => s.detail);
  events.forEach((ev, i) => {
    assert.equal(ev.v, 1);
    assert.equal(ev.seq, i + 1);
    assert.equal(typeof ev.t, 'number');
    assert.equal(typeof ev.type, 'string');
  });
  const end = seen.find((s) => s.type === 'run-end').detail;
  assert.equal(end.type, 'end');
  assert.equal(end.status, 'ok');
  assert.deepEqual(end, events.at(-1));
  await page.close();
});

test('bad attributes are shown in the element, not thrown', async () => {
  const { page, errors } = await openCourse();
  const text = await page.evaluate(() => {
    const bad = document.createElement('casyncio-lesson');
    bad.setAttribute('lesson', 'nope');
    bad.setAttribute('seed', '1.5');
    bad.setAttribute('clock', 'fast');
    bad.setAttribute('input', '{oops');
    bad.setAttribute('show', 'output sparkles');
    document.body.appendChild(bad);
    const box = bad.shadowRoot.querySelector('[part="error"]');
    return { hidden: box.hidden, text: box.textContent, runDisabled: bad.shadowRoot.querySelector('[part="run-button"]').disabled };
  });
  assert.equal(text.hidden, false);
  assert.match(text.text, /lesson="nope" is not a lesson/);
  assert.match(text.text, /seed="1.5" must be a whole number/);
  assert.match(text.text, /clock="fast" must be "real" or "virtual"/);
  assert.match(text.text, /input is not valid JSON/);
  assert.match(text.text, /unknown part sparkles/);
  assert.equal(text.runDisabled, true);
  assert.deepEqual(errors, []);
  await page.close();
});

test('the iframe route posts the documented messages and obeys only allowed origins', async () => {
  const page = await context.newPage();
  const hostUrl = `http://127.0.0.1:${host.address().port}/`;
  await page.goto(hostUrl);
  await page.waitForFunction(() => window.msgs.filter((m) => m.data.type === 'ready').length === 2, null, { timeout: 10000 });
  const pkgOrigin = new URL(pkg.url).origin;
  // The allowed host starts a run in the first frame.
  await page.evaluate((origin) => {
    document.getElementById('allowed').contentWindow.postMessage({ source: 'casyncio', command: 'run' }, origin);
    document.getElementById('foreign').contentWindow.postMessage({ source: 'casyncio', command: 'run' }, origin);
  }, pkgOrigin);
  await page.waitForFunction(() => window.msgs.some((m) => m.data.type === 'run-end' && m.data.frame === 'allowed'), null, { timeout: 10000 });
  await page.waitForFunction(() => window.msgs.some((m) => m.data.type === 'rejected'), null, { timeout: 10000 });
  const msgs = await page.evaluate(() => window.msgs);
  for (const m of msgs) assert.equal(m.origin, pkgOrigin);
  // height messages (checked in embed-editable.test.mjs) come whenever the content grows.
  const allowed = msgs.filter((m) => m.data.frame === 'allowed' && m.data.type !== 'height').map((m) => m.data);
  assert.deepEqual(allowed[0], { source: 'casyncio', frame: 'allowed', type: 'ready', lesson: 'gather' });
  assert.deepEqual(allowed[1], { source: 'casyncio', frame: 'allowed', type: 'run-start', lesson: 'gather', options: { seed: 1, clock: 'virtual' } });
  const events = allowed.filter((m) => m.type === 'event').map((m) => m.event);
  assert.deepEqual(events.filter((e) => e.type === 'print').map((e) => e.text), expected('gather'));
  assert.equal(allowed.at(-1).type, 'run-end');
  assert.equal(allowed.at(-1).end.status, 'ok');
  // The frame that does not list this page's origin ignored the command.
  const foreign = msgs.filter((m) => m.data.frame === 'foreign' && m.data.type !== 'height').map((m) => m.data);
  assert.deepEqual(foreign.map((m) => m.type), ['ready', 'rejected']);
  assert.match(foreign[1].reason, /is not allowed to send commands/);
  await page.screenshot({ path: join(RESULTS, 'embed-iframes.png') });
  await page.close();
});
