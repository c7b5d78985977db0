// hardening.test.mjs -- the web edge cases of issue 11, in Chromium: run()
// while a run is live (the element and the iframe), an input too big for the
// runtime, odd hashes at start-up, Stop while stepping under the virtual
// clock, and hostile commands to embed.html (from an opaque origin, not a
// string, 100 KB long).  dist/ is served by web/serve.mjs; the pages that
// host the element and the frames by a plain server on another port.
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

let pkg;        // serves dist/
let host;       // serves the host pages, another origin
let hostPages;  // path -> html
let browser;
let context;

const expected = (id, file = 'expected.txt') =>
  readFileSync(join(ROOT, 'tutorials', id, file), 'utf8').split('\n').filter((l) => l !== '');

before(async () => {
  assert.ok(existsSync(join(DIST, 'casyncio-lesson.js')), 'dist/ is not built: run `make site` first');
  const { serve } = await import('../../web/serve.mjs');
  pkg = await serve({ port: 0, root: DIST });
  hostPages = new Map();
  host = createServer((req, res) => {
    const html = hostPages.get(req.url.split('?')[0]);
    res.writeHead(html ? 200 : 404, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(html ?? 'not found');
  });
  await new Promise((r) => host.listen(0, '127.0.0.1', r));
  mkdirSync(RESULTS, { recursive: true });
  browser = await launchChromium({ viewport: { width: 1280, height: 900 } });
  context = browser.context;
});

after(async () => {
  await browser?.close();
  await pkg?.close();
  await new Promise((r) => (host ? host.close(r) : r()));
});

const hostUrl = (path) => `http://127.0.0.1:${host.address().port}${path}`;

/** A page on the host origin with the element loaded and its DOM events recorded. */
async function elementPage() {
  hostPages.set('/element.html', `<!doctype html><meta charset="utf-8"><title>element</title><link rel="icon" href="data:,">
<script type="module" src="${pkg.url}casyncio-lesson.js"></script>
<script>
  window.seen = [];
  for (const type of ['run-start', 'event', 'run-end']) {
    document.addEventListener(type, (e) => {
      const s = e.target.shadowRoot;
      window.seen.push({ type, detail: JSON.parse(JSON.stringify(e.detail)),
        stopEnabled: !s.querySelector('[part="stop-button"]').disabled });
    });
  }
</script>
<casyncio-lesson id="l" lesson="gather" seed="1"></casyncio-lesson>`);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(hostUrl('/element.html'));
  await page.waitForFunction(() => customElements.get('casyncio-lesson') && document.getElementById('l').shadowRoot);
  return { page, errors };
}

/** The element's state as a user sees it. */
const elementState = (page) => page.evaluate(() => {
  const s = document.getElementById('l').shadowRoot;
  return {
    status: s.querySelector('[part="status"]').textContent,
    run: !s.querySelector('[part="run-button"]').disabled,
    stop: !s.querySelector('[part="stop-button"]').disabled,
    lines: [...s.querySelectorAll('.line')].map((l) => l.querySelector('.text').textContent),
    prints: [...s.querySelectorAll('.line.print .text')].map((l) => l.textContent),
  };
});

/** Asserts the DOM events are whole runs one after another: start, events 1..n, end. */
function assertRunsInOrder(seen) {
  const runs = [];
  for (const s of seen) {
    if (s.type === 'run-start') {
      assert.ok(!runs.length || runs.at(-1).end, 'a run-start before the previous run-end');
      runs.push({ start: s, events: [], end: null });
    } else {
      const cur = runs.at(-1);
      assert.ok(cur && !cur.end, `a ${s.type} outside a run`);
      if (s.type === 'event') {
        assert.equal(s.detail.seq, cur.events.length + 1, 'an event of another run mixed in');
        cur.events.push(s.detail);
      } else {
        cur.end = s.detail;
        assert.deepEqual(s.detail, cur.events.at(-1), 'run-end is the run\'s own end event');
      }
    }
  }
  return runs;
}

test('the element: run() while a run is live stops it, then runs alone, with Stop enabled', async () => {
  const { page, errors } = await elementPage();
  const result = await page.evaluate(async () => {
    const l = document.getElementById('l');
    const first = l.run();
    // Wait until the first run has printed a line, then run again.
    await new Promise((resolve) => {
      const on = (e) => { if (e.detail.type === 'print') { document.removeEventListener('event', on); resolve(); } };
      document.addEventListener('event', on);
    });
    const second = l.run();
    return { first: (await first).status, second: (await second).status };
  });
  assert.deepEqual(result, { first: 'cancelled', second: 'ok' });
  const seen = await page.evaluate(() => window.seen);
  const runs = assertRunsInOrder(seen);
  assert.equal(runs.length, 2);
  assert.equal(runs[0].end.status, 'cancelled');
  assert.equal(runs[1].end.status, 'ok');
  assert.ok(runs[1].events.every((e, i) => i === 0 || e.seq > runs[1].events[i - 1].seq));
  // Stop was enabled throughout the second run (checked at every event).
  assert.ok(seen.filter((s) => s.type === 'event').slice(runs[0].events.length).every((s) => s.stopEnabled),
    'Stop was disabled during the second run');
  const state = await elementState(page);
  assert.deepEqual(state.prints, expected('gather'));
  assert.match(state.status, /^Finished in \d+\.\d\d s$/);
  assert.equal(state.lines.filter((t) => /run finished/.test(t)).length, 1, 'one run-end line: the second run\'s');
  assert.deepEqual({ run: state.run, stop: state.stop }, { run: true, stop: false });
  assert.deepEqual(errors, []);
  await page.close();
});

test('the element: three quick run() calls start the last one only after the first ends', async () => {
  const { page, errors } = await elementPage();
  const ends = await page.evaluate(async () => {
    const l = document.getElementById('l');
    l.setAttribute('clock', 'virtual');
    const runs = [l.run(), l.run(), l.run()];
    return (await Promise.all(runs)).map((e) => e.status);
  });
  // The first is stopped, the second is overtaken before it starts, the third runs.
  assert.equal(ends[1], 'cancelled');
  assert.equal(ends[2], 'ok');
  const runs = assertRunsInOrder(await page.evaluate(() => window.seen));
  assert.equal(runs.at(-1).end.status, 'ok');
  assert.ok(runs.length <= 2, `${runs.length} runs started`);
  assert.deepEqual((await elementState(page)).prints, expected('gather'));
  // stop() also drops a run() waiting to start.
  const after = await page.evaluate(async () => {
    const l = document.getElementById('l');
    l.setAttribute('clock', 'real');
    const first = l.run();
    await new Promise((r) => setTimeout(r, 50));
    const second = l.run();
    l.stop();
    return [(await first).status, (await second).status, window.seen.filter((s) => s.type === 'run-start').length];
  });
  assert.deepEqual(after.slice(0, 2), ['cancelled', 'cancelled']);
  assert.equal(after[2], runs.length + 1, 'the overtaken run never started');
  assert.deepEqual(errors, []);
  await page.close();
});

test('the element: an input of 200,000 numbers ends in a shown error, with Run enabled again', async () => {
  const { page, errors } = await elementPage();
  const end = await page.evaluate(async () => {
    const l = document.getElementById('l');
    l.setAttribute('lesson', 'factorial');
    l.setAttribute('input', JSON.stringify({ numbers: Array.from({ length: 200000 }, (_, i) => i % 1000) }));
    try {
      return await l.run();
    } catch (error) {
      return { threw: String(error) };
    }
  });
  assert.equal(end.threw, undefined, `run() threw: ${end.threw}`);
  assert.equal(end.status, 'error');
  const state = await elementState(page);
  assert.match(state.status, /^Failed( after \d+\.\d\d s)?$/);
  assert.deepEqual({ run: state.run, stop: state.stop }, { run: true, stop: false });
  assert.ok(state.lines.some((t) => t.includes(end.error.message)), 'the error is shown in the element');
  // And the element still runs a good input afterwards.
  const again = await page.evaluate(async () => {
    const l = document.getElementById('l');
    l.setAttribute('input', '{"numbers": [3]}');
    l.setAttribute('clock', 'virtual');
    return (await l.run()).status;
  });
  assert.equal(again, 'ok');
  assert.deepEqual(errors, []);
  await page.close();
});

/** A host page with embed frames; records every casyncio message with its frame. */
function framesPage(path, frames, extra = '') {
  hostPages.set(path, `<!doctype html><meta charset="utf-8"><title>frames</title><link rel="icon" href="data:,">
<script>
  window.msgs = [];
  addEventListener('message', (e) => { if (e.data && e.data.source === 'casyncio') msgs.push(e.data); });
</script>
${frames.map(([id, query]) => `<iframe id="${id}" src="${pkg.url}embed.html?${query}" width="600" height="300"></iframe>`).join('\n')}
${extra}`);
}

async function openFrames(path) {
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto(hostUrl(path));
  return { page, errors };
}

const send = (page, id, command) => page.evaluate(([frameId, cmd, origin]) => {
  document.getElementById(frameId).contentWindow.postMessage({ source: 'casyncio', command: cmd }, origin);
}, [id, command, new URL(pkg.url).origin]);

test('the iframe: run while a run is live restarts it, the two runs never mixed', async () => {
  const origin = hostUrl('').replace(/\/$/, '');
  framesPage('/restart.html', [['f', `lesson=gather&seed=1&frame=f&allow=${encodeURIComponent(origin)}`]]);
  const { page, errors } = await openFrames('/restart.html');
  await page.waitForFunction(() => msgs.some((m) => m.type === 'ready'), null, { timeout: 10000 });
  await send(page, 'f', 'run');
  await page.waitForFunction(() => msgs.some((m) => m.type === 'event' && m.event.type === 'print'), null, { timeout: 10000 });
  await send(page, 'f', 'run');
  await page.waitForFunction(() => msgs.filter((m) => m.type === 'run-end').length === 2, null, { timeout: 15000 });
  // height messages come whenever the frame's content grows (embed.test.mjs checks them).
  const msgs = await page.evaluate(() => msgs.filter((m) => m.type !== 'ready' && m.type !== 'height'));
  const runs = assertRunsInOrder(msgs.map((m) => ({ type: m.type, detail: m.type === 'event' ? m.event : m.type === 'run-end' ? m.end : m })));
  assert.deepEqual(runs.map((r) => r.end.status), ['cancelled', 'ok']);
  assert.deepEqual(runs[1].events.filter((e) => e.type === 'print').map((e) => e.text), expected('gather'));
  assert.deepEqual(errors, []);
  await page.close();
});

test('the iframe: commands from an opaque origin are refused, even with allow=null', async () => {
  // The host frames embed.html with allow=null, and a sandboxed frame
  // (opaque origin "null", say someone else's content) sends it commands.
  const srcdoc = `<script>
    const w = parent.frames[0];
    w.postMessage({ source: 'casyncio', command: 'run' }, '*');
    w.postMessage({ source: 'casyncio', command: 'stop' }, '*');
  <\/script>`;
  framesPage('/sandboxed.html', [['f', 'lesson=gather&clock=virtual&frame=n&allow=null']], `<script>
  addEventListener('message', (e) => {
    if (e.data && e.data.type === 'ready') {
      const s = document.createElement('iframe');
      s.sandbox = 'allow-scripts';
      s.srcdoc = ${JSON.stringify(srcdoc).replace(/</g, '\\u003c')};
      document.body.appendChild(s);
    }
  });
</script>`);
  const { page, errors } = await openFrames('/sandboxed.html');
  // Had `run` been accepted, its run-start would have been posted before the
  // answer to `stop` (run() dispatches it at once).
  await page.waitForFunction(() => msgs.filter((m) => m.type === 'rejected').length === 2, null, { timeout: 10000 });
  const msgs = await page.evaluate(() => msgs.filter((m) => m.type !== 'height'));
  assert.deepEqual(msgs.map((m) => m.type), ['ready', 'rejected', 'rejected']);
  assert.match(msgs[1].reason, /origin null is not allowed to send commands/);
  assert.deepEqual(errors, []);
  await page.close();
});

test('the iframe: an odd or huge command is answered briefly, never thrown; a bad parent is shown', async () => {
  const origin = hostUrl('').replace(/\/$/, '');
  framesPage('/odd.html', [['f', `lesson=gather&clock=virtual&frame=f&allow=${encodeURIComponent(origin + '/')}`],
    ['g', 'lesson=gather&clock=virtual&frame=badparent&parent=foo']]);
  const { page, errors } = await openFrames('/odd.html');
  const frameErrors = [];
  await page.waitForFunction(() => msgs.some((m) => m.type === 'ready'), null, { timeout: 10000 });
  const frame = page.frames().find((f) => f.url().includes('embed.html'));
  await frame.evaluate(() => {
    window.__errors = [];
    addEventListener('error', (e) => window.__errors.push(e.message));
  });
  await page.evaluate((o) => {
    const w = document.getElementById('f').contentWindow;
    w.postMessage({ source: 'casyncio', command: { toString: 1 } }, o);
    w.postMessage({ source: 'casyncio', command: 'x'.repeat(100000) }, o);
    w.postMessage({ source: 'casyncio', command: null }, o);
    w.postMessage({ source: 'casyncio', command: 'ru\u0000n' }, o);
  }, new URL(pkg.url).origin);
  await page.waitForFunction(() => msgs.filter((m) => m.type === 'rejected').length === 4, null, { timeout: 10000 });
  const rejected = await page.evaluate(() => msgs.filter((m) => m.type === 'rejected').map((m) => m.reason));
  assert.match(rejected[0], /^a command of type object; the commands are run and stop$/);
  assert.ok(rejected[1].length < 120, `the reply is ${rejected[1].length} characters`);
  assert.match(rejected[1], /^unknown command "x{40}…"/);
  assert.match(rejected[2], /a command of type null/);
  assert.match(rejected[3], /unknown command "ru\?n"/);
  frameErrors.push(...await frame.evaluate(() => window.__errors));
  assert.deepEqual(frameErrors, []);
  // A `parent` that is not an origin: the frame says so, posts nothing, throws nothing.
  const bad = page.frames().find((f) => f.url().includes('frame=badparent'));
  await bad.waitForSelector('[role="alert"]');
  assert.match(await bad.textContent('[role="alert"]'), /parent="foo" is not an origin/);
  assert.equal(await page.evaluate(() => msgs.filter((m) => m.frame === 'badparent').length), 0);
  // The allow entry with a trailing slash still names the origin: run works.
  await send(page, 'f', 'run');
  await page.waitForFunction(() => msgs.some((m) => m.type === 'run-end'), null, { timeout: 10000 });
  assert.deepEqual(errors, []);
  await page.close();
});

/** The tutorial page at url; resolves when it is ready (or fails with what it shows). */
async function openPage(hash) {
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${pkg.url}index.html${hash}`);
  await page.waitForSelector('html[data-ready="true"] article[data-lesson]', { timeout: 10000 });
  return { page, errors };
}

test('the page: odd hashes do not break start-up', async () => {
  for (const hash of ['#%', '#%E0%A4%A', '#%zz', '#' + 'x'.repeat(5000), '#%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E', '#__proto__', '#constructor', '#gather%00', '#']) {
    const { page, errors } = await openPage(hash);
    assert.equal(await page.$eval('article[data-lesson]', (a) => a.dataset.lesson), 'await', `${hash.slice(0, 40)}: the first lesson`);
    assert.equal(await page.isHidden('#page-status'), true);
    // A bad hash after start-up, then a good one.
    await page.evaluate(() => { location.hash = '%'; });
    await page.evaluate(() => { location.hash = 'gather'; });
    await page.waitForSelector('article[data-lesson="gather"]');
    assert.deepEqual(errors, [], hash.slice(0, 40));
    await page.close();
  }
});

test('the page: Stop while stepping under the virtual clock finishes the run; Step then starts afresh', async () => {
  const { page, errors } = await openPage('#gather');
  await page.check('input[name="clock"][value="virtual"]');
  await page.fill('#seed', '1');
  const step = page.getByRole('button', { name: 'Step', exact: true });
  const stop = page.getByRole('button', { name: 'Stop', exact: true });
  for (let i = 1; i <= 8; i++) {
    const before = await page.textContent('#last-event');
    await step.click();
    await page.waitForFunction((p) => { const t = document.getElementById('last-event').textContent; return t !== p && /^#\d+ /.test(t); }, before);
  }
  await stop.click();
  await page.waitForSelector('#output .line.end', { timeout: 10000 });
  assert.equal(await page.$eval('#output .line.end', (e) => e.dataset.status), 'cancelled');
  assert.equal(await page.textContent('#status'), 'Stopped.');
  assert.equal(await stop.isDisabled(), true);
  assert.equal(await step.isDisabled(), false);
  const linesBefore = await page.$$eval('#output .line', (ls) => ls.length);
  assert.ok(linesBefore > 0);
  // Step now begins a new run at its first event, not the old run's next one.
  await step.click();
  await page.waitForFunction(() => /^#\d+ /.test(document.getElementById('last-event').textContent));
  assert.equal(await page.$$eval('#output .line.end', (ls) => ls.length), 0, 'the old run\'s lines are gone');
  assert.match(await page.textContent('#status'), /^Paused/);
  assert.equal(await stop.isDisabled(), false);
  // Stop right after a Step, before the runtime has answered, also finishes.
  await step.click();
  await stop.click();
  await page.waitForSelector('#output .line.end', { timeout: 10000 });
  assert.equal(await page.textContent('#status'), 'Stopped.');
  await page.screenshot({ path: join(RESULTS, 'stop-while-stepping.png'), fullPage: true });
  assert.deepEqual(errors, []);
  await page.close();
});
