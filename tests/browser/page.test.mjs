// page.test.mjs -- browser tests of the tutorial page (dist/), with node:test
// and playwright-core driving the system Chromium (/usr/bin/chromium, or
// $CHROMIUM_PATH).  The site is served by web/serve.mjs on an ephemeral
// port, with its real Content-Security-Policy.
//
//   make site && node --test tests/browser/
//
// What is checked: every lesson prints its recorded lines (seed 1), output
// streams under the real clock, no task over 200 ms in any lesson, Stop
// cancels every lesson, factorial input errors (the page's own and the
// runtime's), runtime text is never parsed as HTML, the timeline's lanes,
// arrows and blocked band, Step and paced replay under the virtual clock,
// keyboard use, no request leaving 127.0.0.1 and no CSP violation.
// Screenshots go to test-results/.  Nothing waits on the wall clock: every
// wait is for a selector or a condition in the page.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from './chromium.mjs';
import { STARTS_FROM_SKELETON, lessonProgram, programKey } from './lesson-program.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const DIST = join(ROOT, 'dist');
const RESULTS = join(ROOT, 'test-results');
const LESSONS = ['await', 'callbacks', 'cancel', 'gather', 'as-completed', 'factorial'];

let server;
let context;
let browser;
const requests = [];        // every URL the browser asked for
const consoleErrors = [];   // console errors and page errors

function expected(id, file = 'expected.txt') {
  return readFileSync(join(ROOT, 'tutorials', id, file), 'utf8').split('\n').filter((l) => l !== '');
}

before(async () => {
  // Fail (not skip) with a clear message when the prerequisites are missing.
  assert.ok(existsSync(join(DIST, 'index.html')) && existsSync(join(DIST, 'casyncio.wasm')),
    'dist/ is not built: run `make site` (or `make wasm && node web/build.mjs`) first');
  assert.ok(existsSync(join(DIST, 'vendor', 'highlight', 'highlight.min.js')),
    'dist/vendor/highlight is missing: npm install (@highlightjs/cdn-assets), then rebuild the site');
  const { serve } = await import('../../web/serve.mjs');
  server = await serve({ port: 0, root: DIST });
  mkdirSync(RESULTS, { recursive: true });
  browser = await launchChromium({ viewport: { width: 1280, height: 900 } });
  context = browser.context;
  context.on('request', (req) => requests.push(req.url()));
  // Test hooks, installed before any page script (the CSP forbids inline
  // scripts, but init scripts are injected by the browser itself).
  await context.addInitScript(() => {
    window.__longtasks = [];
    window.__csp = [];
    try {
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) window.__longtasks.push({ duration: e.duration, start: e.startTime });
      }).observe({ type: 'longtask', buffered: true });
    } catch { /* longtask not supported: the check below will notice */ }
    document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
});

// The tasks that froze the page for longer than a learner would let pass
// unnoticed. The page's own work never takes 50 ms at once on an idle
// machine, but on a loaded one the browser's compiles and collections do
// (a CI run failed the callbacks lesson's run here); a run that does not yield
// to the browser freezes it for the whole run, seconds.
const FREEZE_MS = 200;
const freezes = (page) => page.evaluate((ms) => window.__longtasks.filter((t) => t.duration > ms), FREEZE_MS);

after(async () => {
  await browser?.close();
  await server?.close();
});

/** A new page showing lesson id, ready to run. */
async function openLesson(id, viewport) {
  const page = await context.newPage();
  if (viewport) await page.setViewportSize(viewport);
  page.on('console', (msg) => { if (msg.type() === 'error') consoleErrors.push(`${id}: ${msg.text()}`); });
  page.on('pageerror', (err) => consoleErrors.push(`${id}: ${err.message}`));
  await page.goto(`${server.url}#${id}`);
  await page.waitForSelector(`html[data-ready="true"] article[data-lesson="${id}"]`);
  if (STARTS_FROM_SKELETON.includes(id)) {
    // These tests run the lesson's own program, not the exercise's skeleton.
    await page.evaluate(([k, v]) => localStorage.setItem(k, v), [programKey(id), lessonProgram(id)]);
    await page.reload();
    await page.waitForSelector(`html[data-ready="true"] article[data-lesson="${id}"]`);
  }
  return page;
}

const runButton = (page) => page.getByRole('button', { name: 'Run', exact: true });
const stopButton = (page) => page.getByRole('button', { name: 'Stop', exact: true });
const stepButton = (page) => page.getByRole('button', { name: 'Step', exact: true });

async function waitForEnd(page) {
  await page.waitForSelector('#output .line.end', { timeout: 20000 });
  return page.$eval('#output .line.end', (e) => e.dataset.status);
}

const printed = (page) => page.$$eval('#output .line.print .text', (els) => els.map((e) => e.textContent));

async function screenshot(page, name) {
  await page.screenshot({ path: join(RESULTS, `${name}.png`), fullPage: true });
}

test('the page lists the lessons in chapter order and opens one by hash', async () => {
  const page = await openLesson('gather');
  const ids = await page.$$eval('#lesson-list a', (as) => as.map((a) => a.dataset.id));
  // The lessons in chapter order, then the Playground (learner.test.mjs).
  assert.deepEqual(ids, [...LESSONS, 'playground']);
  assert.equal(await page.$eval('#lesson-list a[aria-current="page"]', (a) => a.dataset.id), 'gather');
  await page.click('#lesson-list a[data-id="callbacks"]');
  await page.waitForSelector('article[data-lesson="callbacks"]');
  assert.match(await page.textContent('#lesson-title'), /callbacks/i);
  // Both sources are shown and highlighted (the C one click away); the
  // README is rendered as text.
  await page.click('#c-twin summary');
  await page.waitForSelector('#code-c.hljs .hljs-keyword');
  await page.waitForSelector('#code-py.hljs .hljs-keyword');
  assert.match(await page.textContent('#code-py'), /async def/);
  assert.ok(await page.$$eval('#readme h4', (hs) => hs.length) >= 2);
  assert.equal(await page.$$eval('#readme script, #readme img', (x) => x.length), 0);
  await page.close();
});

test('an erratum in the explanation: its program and CPython\'s output as code, Try it runs it in the editor', async () => {
  const page = await openLesson('cancel');
  await page.waitForSelector('#readme pre.readme-code code.language-python.hljs');
  const headings = await page.$$eval('#readme h5', (hs) => hs.map((h) => h.textContent));
  assert.ok(headings.some((h) => /^Erratum 11 \(34\.5\): cancel\(\) is a request/.test(h)), headings.join(' | '));
  // The program keeps its lines and indentation; its output follows it.
  const [source, output] = await page.$$eval('#readme .readme-example', (ex) => {
    const pre = ex[0];
    return [pre.querySelector('code').textContent, pre.nextElementSibling.nextElementSibling.textContent];
  });
  assert.match(source, /\n    try:\n        await asyncio\.sleep\(1\)\n/);
  assert.match(output, /^task\.cancel\(\): True\n/);
  // Each block scrolls when wide: reachable with Tab and named (axe-core's scrollable-region-focusable).
  assert.deepEqual(await page.$$eval('#readme .readme-example', (ex) => [ex[0].querySelector('pre'), ex[0].nextElementSibling.nextElementSibling]
    .map((pre) => [pre.tabIndex, pre.getAttribute('aria-label')])), [[0, 'Example 1: Python'], [0, 'What example 1 prints']]);
  const chapter = await page.textContent('#code-py');
  await page.locator('#readme .try-it').first().click();
  await page.waitForFunction(() => /async def stubborn/.test(document.getElementById('code-py').textContent));
  await runButton(page).click();
  assert.equal(await waitForEnd(page), 'ok');
  assert.deepEqual(await printed(page), output.trimEnd().split('\n'));
  await screenshot(page, 'erratum-try-it');
  await page.click('#reset');
  assert.equal(await page.textContent('#code-py'), chapter);
  await page.close();
});

for (const id of LESSONS) {
  test(`${id}: real clock, seed 1 prints the recorded lines, the page never frozen`, async () => {
    const page = await openLesson(id);
    await page.fill('#seed', '1');
    await page.evaluate(() => { window.__longtasks.length = 0; });
    await runButton(page).click();
    assert.equal(await waitForEnd(page), 'ok');
    assert.deepEqual(await printed(page), expected(id));
    assert.match(await page.textContent('#status'), /^Finished/);
    // Every printed line carries its task and time.
    const first = await page.$eval('#output .line.print', (l) => ({ task: l.querySelector('.task').textContent, t: l.querySelector('.t').textContent }));
    assert.equal(first.task, 'main');
    assert.match(first.t, /^\d+(\.\d)? ms$/);
    // The timeline has a lane per task, finished as done.
    await page.waitForSelector('.seg.st-done[data-lane="Task-1"]');
    const longtasks = await freezes(page);
    assert.deepEqual(longtasks, [], `long tasks during ${id}: ${JSON.stringify(longtasks)}`);
    await screenshot(page, `run-${id}`);
    await page.close();
  });
}

test('factorial: as_completed mode prints the recorded lines', async () => {
  const page = await openLesson('factorial');
  await page.selectOption('#collect', 'as_completed');
  await page.check('input[name="clock"][value="virtual"]');
  await page.selectOption('#speed', 'instant');
  await runButton(page).click();
  assert.equal(await waitForEnd(page), 'ok');
  assert.deepEqual(await printed(page), expected('factorial', 'expected-as_completed.txt'));
  await page.close();
});

test('gather, real clock: the first line shows well before the run ends', async () => {
  const page = await openLesson('gather');
  await page.fill('#seed', '1');
  await page.check('input[name="view-mode"][value="time"]'); // the timeline to scale in time
  // Record, in the page, when Run is clicked, the first line shows and the end.
  await page.evaluate(() => {
    const marks = (window.__marks = {});
    document.getElementById('run').addEventListener('click', () => { marks.click = performance.now(); }, { capture: true });
    new MutationObserver(() => {
      const out = document.getElementById('output');
      if (marks.first === undefined && out.querySelector('.line.print')) marks.first = performance.now();
      if (marks.end === undefined && out.querySelector('.line.end')) marks.end = performance.now();
    }).observe(document.getElementById('output'), { childList: true, subtree: true });
  });
  await runButton(page).click();
  await page.waitForSelector('#output .line.print');
  // While the workers sleep, only the first five lines are there.
  const early = await page.$$eval('#output .line.print', (ls) => ls.length);
  await waitForEnd(page);
  const m = await page.evaluate(() => window.__marks);
  const first = m.first - m.click;
  const end = m.end - m.click;
  assert.ok(first < 500, `first line after ${first.toFixed(0)} ms`);
  assert.ok(end >= 950 && end < 2500, `end after ${end.toFixed(0)} ms`);
  assert.ok(early <= 5, `${early} lines before the workers woke up`);
  const lastT = await page.$$eval('#output .line.print .t', (ts) => parseFloat(ts.at(-1).textContent));
  assert.ok(lastT >= 1000 && lastT < 1400, `last line at t=${lastT}`);
  // The timeline: Task-1 awaits Gather-1 (an arrow), three workers with timers.
  // (the lesson's timeline: the comparison panel has timelines of its own)
  await page.waitForSelector('#timeline .await-arrow[data-from="Task-1"][data-to="Gather-1"]', { state: 'attached' });
  assert.equal(await page.$$eval('#timeline .lane-label', (ls) => ls.map((l) => l.textContent).join(',')), 'loop,Task-1 do_something(),Task-2 worker(),Task-3 worker(),Task-4 worker(),Gather-1');
  assert.equal(await page.$$eval('#timeline .mark.timer-set', (m) => m.length), 3);
  assert.equal(await page.$$eval('#timeline .mark.timer-fired', (m) => m.length), 3);
  // The page runs the Python program: its loop runs gather's
  // _done_callback once per worker (the interpreter's own bookkeeping makes
  // no event), as CPython's loop does.
  assert.equal(await page.$$eval('#timeline .mark.callback', (m) => m.length), 3);
  await screenshot(page, 'gather-page');
  await page.locator('.timeline-panel').screenshot({ path: join(RESULTS, 'gather-timeline.png') });
  await page.close();
});

test('await: the loop is blocked for 3 s, shown as a band, and the page stays responsive', async () => {
  const page = await openLesson('await');
  await page.check('input[name="view-mode"][value="time"]'); // the band grows with time
  await page.evaluate(() => { window.__longtasks.length = 0; });
  await runButton(page).click();
  await page.waitForSelector('.band.blocked', { state: 'attached' });
  // The band grows while the loop is blocked: the page keeps drawing frames.
  const w0 = await page.$eval('.band.blocked', (b) => b.getBBox().width);
  await page.waitForFunction((w) => document.querySelector('.band.blocked').getBBox().width > w + 40, w0);
  // Frames and input are handled during the block.
  const frame = await page.evaluate(() => new Promise((r) => { const t = performance.now(); requestAnimationFrame(() => r(performance.now() - t)); }));
  assert.ok(frame < 100, `a frame took ${frame} ms during the block`);
  await page.focus('#seed');
  await page.keyboard.type('7');
  assert.equal(await page.inputValue('#seed'), '7');
  assert.equal(await page.$$eval('#output .line.print', (ls) => ls.length), 3, 'only the first three lines during the block');
  await page.locator('.timeline-panel').screenshot({ path: join(RESULTS, 'await-blocked-timeline.png') });
  assert.equal(await waitForEnd(page), 'ok');
  const t = await page.$$eval('#output .line.print .t', (ts) => ts.map((e) => parseFloat(e.textContent)));
  assert.ok(t[3] >= 3000 && t[3] < 3600, `worker - done it at ${t[3]} ms`);
  assert.deepEqual(await freezes(page), []);
  await screenshot(page, 'await-done');
  await page.close();
});

for (const id of LESSONS) {
  test(`${id}: Stop mid-run cancels the tasks`, async () => {
    const page = await openLesson(id);
    await runButton(page).click();
    // Wait until a task has printed (the loop is running), then stop.
    await page.waitForSelector('#output .line.print .task:not([title="outside any task"])');
    await stopButton(page).click();
    assert.equal(await waitForEnd(page), 'cancelled');
    assert.equal(await page.textContent('#status'), 'Stopped.');
    // In the await lesson the stop comes during time.sleep, where the
    // interpreter raises KeyboardInterrupt: the task fails with it.
    if (id === 'await') assert.match(await page.textContent('#output .line.failed'), /Task-1 failed: KeyboardInterrupt/);
    else assert.ok(await page.$$eval('#output .line.cancelled', (ls) => ls.length) >= 1, 'a task_cancelled line');
    assert.ok(await page.$('#output .line.stop'), 'a stop line');
    await page.waitForSelector(id === 'await' ? '.seg.st-failed' : '.seg.st-cancelled', { state: 'attached' });
    await page.waitForSelector('.vline.stop', { state: 'attached' });
    assert.equal(await stopButton(page).isDisabled(), true);
    if (id === 'gather' || id === 'factorial') await page.locator('.results').screenshot({ path: join(RESULTS, `stop-${id}.png`) });
    await page.close();
  });
}

test('factorial: bad input is explained next to the field', async () => {
  const page = await openLesson('factorial');
  const cases = [
    ['-1', /“-1” is not a whole number from 0 to 1000/],
    ['abc', /“abc” is not a whole number/],
    ['', /Enter at least one number/],
    ['5, , 3', /empty/],
    ['1001', /too big/],
  ];
  for (const [text, message] of cases) {
    await page.fill('#numbers', text);
    await runButton(page).click();
    await page.waitForSelector('#numbers[aria-invalid="true"]');
    assert.match(await page.textContent('#numbers-error'), message, `input ${JSON.stringify(text)}`);
    assert.equal(await page.$$eval('#output .line', (ls) => ls.length), 0, 'no run started');
  }
  assert.equal(await page.evaluate(() => document.activeElement.id), 'numbers', 'focus moved to the bad field');
  await screenshot(page, 'factorial-input-error');
  // Typing clears the message; a good input runs.
  await page.fill('#numbers', '3, 1');
  assert.equal(await page.textContent('#numbers-error'), '');
  // The page sends the input to the Python program as its first line.
  await page.click('#run');
  assert.equal(await waitForEnd(page), 'ok');
  assert.match((await printed(page)).join('\n'), /factorial - 3 ! = 6/);
  await page.close();
});

test('seed: a bad seed is explained next to the field', async () => {
  const page = await openLesson('gather');
  await page.fill('#seed', '1.5');
  await runButton(page).click();
  await page.waitForSelector('#seed[aria-invalid="true"]');
  assert.match(await page.textContent('#seed-error'), /whole number/);
  await page.close();
});

test('runtime text is shown as text, never parsed as HTML', async () => {
  const page = await openLesson('gather');
  const evil = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
  const shown = await page.evaluate(async (text) => {
    const app = await import('./app.js');
    app.renderEvent({ v: 1, seq: 1, t: 0, type: 'print', text, task: '<b>Task-9</b>' });
    app.renderEvent({ v: 1, seq: 2, t: 1, type: 'task_failed', task: '<i>x</i>', error: { type: '<u>E</u>', message: text } });
    const line = document.querySelector('#output .line.print');
    return { text: line.querySelector('.text').textContent, task: line.querySelector('.task').textContent };
  }, evil);
  assert.equal(shown.text, evil);
  assert.equal(shown.task, '<b>Task-9</b>');
  assert.equal(await page.$$eval('#output img, #output script, #output b, #output i, #timeline img', (x) => x.length), 0);
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  await page.close();
});

test('virtual clock: Step shows one event per click, paced replay and instant finish', async () => {
  const page = await openLesson('callbacks');
  await page.check('input[name="clock"][value="virtual"]');
  await page.fill('#seed', '1');
  assert.equal(await stepButton(page).isDisabled(), false);
  // One event per click: the runtime's events (the line events of a
  // Step-started run only move the mark on the program's line).
  const stepOnce = async () => {
    const before = await page.textContent('#last-event');
    await stepButton(page).click();
    await page.waitForFunction((p) => { const t = document.getElementById('last-event').textContent; return t !== p && /^#\d+ /.test(t) && !/ is at line /.test(t); }, before);
  };
  await stepOnce();
  assert.equal(await page.$$eval('#output .line.print', (l) => l.length), 1, 'event 1 is the first print');
  for (let i = 2; i <= 5; i++) await stepOnce();
  assert.match(await page.textContent('#status'), /^Paused/);
  assert.equal(await page.$$eval('#output .line.print', (l) => l.length), 2);
  await screenshot(page, 'virtual-step');
  // Paced replay at 4x: the 1 s run takes ~250 ms of page time, in order.
  await page.selectOption('#speed', '4');
  await runButton(page).click();
  assert.equal(await waitForEnd(page), 'ok');
  assert.deepEqual(await printed(page), expected('callbacks'));
  const times = await page.$$eval('#output .line.print .t', (ts) => ts.map((e) => e.textContent));
  assert.equal(times.at(-1), '1000 ms', 'virtual times are exact');
  // Stop during a slow paced run: the runtime waits for the page at each
  // jump of virtual time, so Stop delivers CancelledError to live tasks.
  await page.selectOption('#speed', '0.25');
  await runButton(page).click();
  await page.waitForSelector('#output .line.print');
  await stopButton(page).click();
  assert.equal(await waitForEnd(page), 'cancelled');
  assert.equal(await page.textContent('#status'), 'Stopped.');
  const cancelled = await page.$$eval('#output .line', (ls) => ls.map((l) => l.textContent).filter((t) => /was cancelled/.test(t)));
  assert.ok(cancelled.length >= 1, 'no task was cancelled by the Stop');
  await page.close();
});

test('keyboard: the controls are reachable with Tab and Run works with Enter', async () => {
  const page = await openLesson('gather');
  await page.focus('#seed');
  await page.keyboard.type('1');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'run');
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
  assert.notEqual(outline, 'none', 'focus is visible');
  await page.keyboard.press('Enter');
  assert.equal(await waitForEnd(page), 'ok');
  // On a fresh load, the skip link is the first stop.
  await page.reload();
  await page.waitForSelector('html[data-ready="true"] article[data-lesson="gather"]');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.className), 'skip');
  await page.close();
});

test('phone width: one column, nothing wider than the screen', async () => {
  const page = await openLesson('factorial', { width: 390, height: 844 });
  await page.fill('#seed', '1');
  await page.check('input[name="clock"][value="virtual"]');
  await page.selectOption('#speed', 'instant');
  await runButton(page).click();
  await waitForEnd(page);
  await page.waitForSelector('.seg.st-done[data-lane="Task-5"]');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `page is ${overflow}px wider than the screen`);
  const cols = await page.$eval('.layout', (e) => getComputedStyle(e).gridTemplateColumns.split(' ').length);
  assert.equal(cols, 1);
  await screenshot(page, 'phone-factorial');
  await page.close();
});

test('no request left 127.0.0.1, no CSP violation, no console error', async () => {
  const page = await openLesson('await');
  const csp = await page.evaluate(() => window.__csp);
  const res = await page.request.get(server.url);
  assert.match(res.headers()['content-security-policy'], /script-src 'self' 'wasm-unsafe-eval'/);
  await page.close();
  assert.ok(requests.length > 10);
  const outside = requests.filter((u) => !u.startsWith(server.url) && !u.startsWith('data:'));
  assert.deepEqual(outside, []);
  assert.deepEqual(csp, []);
  assert.deepEqual(consoleErrors, []);
});
