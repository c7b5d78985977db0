// turns.test.mjs -- browser tests of the loop made visible (dist/, in
// Chromium through playwright-core, served with the real CSP):
//
//   make site && node --test tests/browser/turns.test.mjs
//
// The timeline by turn of the loop: gather's three workers start one after
// another in turn 2 and wake in turn 4, lanes named after their coroutines,
// a finished task drawn once where it ended; gather and as_completed differ
// plainly (factorial: main runs twice against once per result); the time
// view is the other mode, kept across a reload.  Stepping: by line with the
// line about to run marked in the editor, by turn, to the next print,
// Continue, and Stop while stepping.  Screenshots of the view at 1280×800
// and at a phone's width go to test-results/turns-*.png.
import { after, before, beforeEach, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from './chromium.mjs';
import { STARTS_FROM_SKELETON, lessonProgram, programKey } from './lesson-program.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const DIST = join(ROOT, 'dist');
const RESULTS = join(ROOT, 'test-results');

let server;
let browser;
const problems = [];
const pages = [];

before(async () => {
  assert.ok(existsSync(join(DIST, 'index.html')) && existsSync(join(DIST, 'python.wasm')),
    'dist/ is not built with the interpreter: run `make site` first');
  const { serve } = await import('../../web/serve.mjs');
  server = await serve({ port: 0, root: DIST });
  mkdirSync(RESULTS, { recursive: true });
  browser = await launchChromium({ viewport: { width: 1280, height: 800 } });
  await browser.context.addInitScript(() => {
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
});

after(async () => {
  await browser?.close();
  await server?.close();
  assert.deepEqual(problems, [], 'console errors or CSP violations');
});

beforeEach(async () => {
  for (const p of pages.splice(0)) {
    if (p.isClosed()) continue;
    const csp = await p.evaluate(() => window.__csp);
    problems.push(...csp);
    await p.close();
  }
});

async function openLesson(id, { width = 1280, clear = true } = {}) {
  const page = await browser.context.newPage();
  pages.push(page);
  page.on('console', (msg) => { if (msg.type() === 'error') problems.push(`${id}: ${msg.text()}`); });
  page.on('pageerror', (err) => problems.push(`${id}: ${err.message}`));
  await page.setViewportSize({ width, height: 800 });
  await page.goto(`${server.url}#${id}`);
  await page.waitForSelector(`html[data-ready="true"] article[data-lesson="${id}"]`);
  if (clear) {
    await page.evaluate(() => localStorage.clear());
    // The lesson's own program, not the exercise's skeleton (lesson-program.mjs).
    if (STARTS_FROM_SKELETON.includes(id)) await page.evaluate(([k, v]) => localStorage.setItem(k, v), [programKey(id), lessonProgram(id)]);
    await page.reload();
    await page.waitForSelector(`html[data-ready="true"] article[data-lesson="${id}"]`);
  }
  await page.waitForSelector('#code-py.hljs .hljs-keyword');
  return page;
}

async function runInstant(page, seed = '1') {
  await page.fill('#seed', seed);
  await page.check('input[name="clock"][value="virtual"]');
  await page.selectOption('#speed', 'instant');
  await page.click('#run');
  return waitForEnd(page);
}

async function waitForEnd(page) {
  await page.waitForSelector('#output .line.end', { timeout: 20000 });
  return page.$eval('#output .line.end', (e) => e.dataset.status);
}

/** The turns in which a lane's steps ran, and their left edges. */
const steps = (page, lane) => page.$$eval(`#timeline .seg.step[data-lane="${lane}"]`,
  (rs) => rs.map((r) => ({ iter: Number(r.dataset.iter), x: r.getBBox().x })));

/** The editor's text of line n (1-based). */
const lineText = (page, n) => page.$eval('#code-py', (e, i) => e.textContent.split('\n')[i - 1], n);

/** The line the editor marks as about to run (0: none). */
async function markedLine(page) {
  return page.$eval('#step-bar', (b) => (b.hidden ? 0 : Number(b.dataset.line)));
}

/** Clicks Step and waits for the step's end: a new "Paused at …" (it names the event count). */
async function stepUntilPaused(page) {
  const before = await page.textContent('#status');
  await page.click('#step');
  await page.waitForFunction((b) => {
    const s = document.getElementById('status').textContent;
    return s !== b && /^Paused at|^Finished|^Stopped/.test(s);
  }, before);
}

test('by turn: gather\'s workers start one after another in turn 2 and wake in turn 4, in lanes named after their coroutines', async () => {
  const page = await openLesson('gather');
  assert.equal(await page.$eval('input[name="view-mode"][value="turns"]', (r) => r.checked), true, 'the view by turn is the first one shown');
  assert.equal(await runInstant(page), 'ok');
  await page.waitForFunction(() => document.querySelectorAll('#timeline .turn-col').length >= 6);
  assert.deepEqual(await page.$$eval('#timeline .lane-label', (ls) => ls.map((l) => l.textContent)),
    ['loop', 'Task-1 do_something()', 'Task-2 worker()', 'Task-3 worker()', 'Task-4 worker()']);
  const workers = [await steps(page, 'Task-2'), await steps(page, 'Task-3'), await steps(page, 'Task-4')];
  for (const w of workers) assert.deepEqual(w.map((s) => s.iter), [2, 4]);
  // One after another: in turn 2 and again in turn 4, left to right.
  for (const k of [0, 1]) {
    assert.ok(workers[0][k].x < workers[1][k].x && workers[1][k].x < workers[2][k].x, `turn ${workers[0][k].iter}: in order`);
  }
  assert.deepEqual((await steps(page, 'Task-1')).map((s) => s.iter), [1, 6]);
  // Their timers fire in turn 3 (the loop waited 1 s for it), gather's callbacks run in 5.
  assert.equal(await page.$$eval('#timeline .mark.timer-fired', (m) => m.length), 3);
  assert.equal(await page.$$eval('#timeline .mark.callback', (m) => m.length), 3);
  assert.deepEqual(await page.$$eval('#timeline .callback-label', (t) => t.map((e) => e.textContent)), ['gather._done_callback ×3']);
  // The name is whole, beside the three callbacks, in the layout learners get.
  assert.ok(await page.$eval('#timeline .callback-label', (t) => {
    const b = t.getBBox();
    const tl = document.getElementById('timeline');
    const r = t.getBoundingClientRect();
    const box = tl.getBoundingClientRect();
    return b.width > 100 && r.left >= box.left && r.right <= box.right;
  }), 'the callbacks\' name in view');
  // The start time, pinned with the lane labels, and the wait above turn 3.
  assert.deepEqual(await page.$$eval('#timeline .turn-wait', (t) => t.map((e) => e.firstChild.textContent).sort()), ['+1 s', 't = 0 s']);
  assert.equal(await page.$eval('#timeline .lane-labels .turn-wait.start', (e) => e.firstChild.textContent), 't = 0 s');
  assert.equal(await page.$eval('#timeline .turn-col[data-iter="3"] title', (t) => t.textContent), 'turn 3 of the loop, at 1 s: 3 things run');
  // A finished task is drawn once where it ended: nothing of its lane goes past that mark.
  for (const lane of ['Task-2', 'Task-3', 'Task-4', 'Task-1']) {
    const { end, right } = await page.$$eval(`#timeline [data-lane="${lane}"]`, (els) => {
      const done = els.find((e) => e.dataset.state === 'done').getBBox();
      return { end: done.x + done.width, right: Math.max(...els.map((e) => { const b = e.getBBox(); return b.x + b.width; })) };
    });
    assert.ok(right <= end + 0.5, `${lane}: drawn past its end (${right} > ${end})`);
  }
  // Every mark drawn has its legend entry, shown in this view.
  const legend = await page.$$eval('.legend li', (ls) => ls.filter((l) => getComputedStyle(l).display !== 'none').map((l) => l.textContent.trim()));
  for (const key of ['timer set', 'timer fired', 'callback', 'ready', 'done']) assert.ok(legend.some((l) => l.startsWith(key)), key);
  assert.ok(legend.some((l) => l.startsWith('a step')));
  assert.ok(!legend.includes('awaits'), 'the time view\'s arrow is not in this legend');
  await page.locator('.timeline-panel').screenshot({ path: join(RESULTS, 'turns-gather.png') });
  await page.screenshot({ path: join(RESULTS, 'turns-gather-page.png') });
});

test('by turn: callbacks\' names in the loop\'s lane never overlap, and a program of five runs has one lane per task', async () => {
  const page = await openLesson('gather');
  const program = [
    'import asyncio',
    'async def w(n):',
    '    await asyncio.sleep(n)',
    'async def main():',
    '    await asyncio.gather(w(1), w(2))',
    'loop = asyncio.new_event_loop()',
    'asyncio.set_event_loop(loop)',
    'loop.run_until_complete(loop.create_task(w(1)))',
    'loop.run_until_complete(asyncio.gather(w(1), w(2)))',
    'loop.run_until_complete(w(1))',
    'loop.close()',
    'asyncio.run(main())',
    'asyncio.run(main())',
    ''].join('\n');
  await page.evaluate(([k, v]) => localStorage.setItem(k, v), [programKey('gather'), program]);
  await page.reload();
  await page.waitForSelector('html[data-ready="true"] article[data-lesson="gather"]');
  assert.equal(await runInstant(page), 'ok');
  // Task-8 and Task-9 are asyncio.run's own (CPython counts them; they run no code of the program)
  assert.deepEqual(await page.$$eval('#timeline .lane-label', (ls) => ls.map((l) => l.dataset.lane)),
    ['loop', 'Task-1', 'Task-2', 'Task-3', 'Task-4', 'Task-5', 'Task-6', 'Task-7', 'Task-10', 'Task-11', 'Task-12']);
  const boxes = await page.$$eval('#timeline .callback-label', (ts) => ts.map((t) => { const b = t.getBBox(); return [b.x, b.x + b.width]; }));
  assert.ok(boxes.length >= 4, `${boxes.length} labels`);
  boxes.sort((a, b) => a[0] - b[0]);
  for (let k = 1; k < boxes.length; k++) assert.ok(boxes[k][0] >= boxes[k - 1][1], `label ${k} at ${boxes[k][0]} overlaps the one before, ending at ${boxes[k - 1][1]}`);
});

test('by turn: factorial with gather runs main twice, with as_completed once more per result', async () => {
  const page = await openLesson('factorial');
  const mainSteps = async (collect) => {
    await page.selectOption('#collect', collect);
    assert.equal(await runInstant(page), 'ok');
    await page.waitForFunction(() => document.getElementById('timeline').querySelector('.turn-col'));
    return (await steps(page, 'Task-1')).map((s) => s.iter);
  };
  assert.deepEqual(await mainSteps('gather'), [1, 21]);
  // At 1280x800, with the Input fields and six lanes, the drawing is in view after Run.
  const tl = await page.$eval('#timeline', (e) => ({ top: e.getBoundingClientRect().top, bottom: e.getBoundingClientRect().bottom }));
  assert.ok(tl.top > 0 && tl.bottom <= 800, `the timeline is in the window (${JSON.stringify(tl)})`);
  await page.locator('.timeline-panel').screenshot({ path: join(RESULTS, 'turns-factorial-gather.png') });
  assert.deepEqual(await mainSteps('as_completed'), [1, 10, 16, 20, 24]);
  await page.locator('.timeline-panel').screenshot({ path: join(RESULTS, 'turns-factorial-as-completed.png') });
  assert.deepEqual(await page.$$eval('#timeline .lane-label', (ls) => ls.map((l) => l.textContent).slice(2)),
    ['Task-2 factorial(5)', 'Task-3 factorial(7)', 'Task-4 factorial(3)', 'Task-5 factorial(6)']);
});

test('the time view is the other mode, with the same lane names, and the choice is kept', async () => {
  const page = await openLesson('as-completed');
  // By turn first: as_completed's callbacks, and main prints a line per result in its last step.
  assert.equal(await runInstant(page), 'ok');
  await page.waitForSelector('#timeline .callback-label');
  assert.deepEqual(await page.$$eval('#timeline .callback-label', (t) => t.map((e) => e.textContent)), ['as_completed._on_completion ×3']);
  const ticks = (iter) => page.$eval(`#timeline .seg.step[data-lane="Task-1"][data-iter="${iter}"]`, (step) => {
    const b = step.getBBox();
    return [...document.querySelectorAll('#timeline .print-mark')].map((m) => m.getBBox())
      .filter((m) => m.x >= b.x && m.x + m.width <= b.x + b.width && m.y >= b.y && m.y <= b.y + b.height).length;
  });
  assert.equal(await ticks(6), 3, 'three results printed in main\'s last step');
  assert.equal(await ticks(1), 1);
  await page.check('input[name="view-mode"][value="time"]');
  assert.equal(await runInstant(page), 'ok');
  await page.waitForSelector('#timeline .gridline', { state: 'attached' });
  assert.equal(await page.$$eval('#timeline .turn-col', (c) => c.length), 0);
  assert.deepEqual(await page.$$eval('#timeline .lane-label', (ls) => ls.map((l) => l.textContent)).then((l) => l.slice(0, 5)),
    ['loop', 'Task-1 do_something()', "Task-2 worker('A')", "Task-3 worker('B')", "Task-4 worker('C')"]);
  // A finished task is a mark where it ended, not a bar to the end of the run.
  const w = await page.$eval('#timeline .seg.st-done[data-lane="Task-2"]', (r) => r.getBBox().width);
  assert.ok(w <= 6, `done drawn ${w} px wide`);
  assert.ok(await page.$eval('.legend li:last-child', (l) => getComputedStyle(l).display === 'none'), 'the turns legend entry is hidden');
  await page.reload();
  await page.waitForSelector('html[data-ready="true"]');
  assert.equal(await page.$eval('input[name="view-mode"][value="time"]', (r) => r.checked), true);
  await page.check('input[name="view-mode"][value="turns"]');
});

test('factorial in the time view at 1280×800: all seven lanes are in view in the sticky column', async () => {
  const page = await openLesson('factorial');
  await page.check('input[name="view-mode"][value="time"]');
  assert.equal(await runInstant(page), 'ok');
  const lanes = await page.$$eval('#timeline .lane-label', (ls) => ls.map((l) => ({ name: l.dataset.lane, bottom: l.getBoundingClientRect().bottom })));
  assert.equal(lanes.length, 7, lanes.map((l) => l.name).join(', '));
  const column = await page.$eval('.run-side', (c) => ({ bottom: c.getBoundingClientRect().bottom }));
  for (const l of lanes) assert.ok(l.bottom <= Math.min(800, column.bottom), `${l.name} ends at ${l.bottom} px`);
  const svg = await page.$eval('#timeline svg', (g) => g.getBoundingClientRect().bottom);
  assert.ok(svg <= Math.min(800, column.bottom), `the timeline ends at ${svg} px, below the column's ${column.bottom} px`);
  await page.check('input[name="view-mode"][value="turns"]');
});

test('Step by line marks each line of Python about to run; by turn and to the next print go further; Continue runs on', async () => {
  const page = await openLesson('gather');
  await page.fill('#seed', '1');
  await page.selectOption('#step-unit', 'line');
  assert.equal(await page.$eval('input[name="clock"]:checked', (r) => r.value), 'real');
  await stepUntilPaused(page);
  // stepping runs on the virtual clock, and the Clock field says so
  assert.equal(await page.$eval('input[name="clock"]:checked', (r) => r.value), 'virtual');
  const first = await markedLine(page);
  assert.equal(await lineText(page, first), 'import asyncio');
  assert.match(await page.$eval('#gutter .current', (g) => g.textContent), new RegExp(`^${first}$`));
  // Also under the controls, where it is seen with the output and the timeline.
  assert.equal(await page.textContent('#step-line'), `main, line ${first}import asyncio`);
  await stepUntilPaused(page);
  assert.equal(await lineText(page, await markedLine(page)), 'import random');
  // By turn: to the end of the turn before the loop's first (main is about to run).
  await page.selectOption('#step-unit', 'turn');
  await stepUntilPaused(page);
  assert.equal(await lineText(page, await markedLine(page)), 'asyncio.run(do_something())');
  await stepUntilPaused(page); // turn 1: do_something runs to its await
  assert.match(await lineText(page, await markedLine(page)), /results = await asyncio\.gather/);
  assert.match(await page.textContent('#status'), /turn 1/);
  await stepUntilPaused(page); // turn 2: the three workers, each to its sleep
  assert.match(await lineText(page, await markedLine(page)), /await asyncio\.sleep\(1\)/);
  assert.equal(await page.$$eval('#output .line.print', (l) => l.length), 5);
  // To the next print: the first worker wakes (1 s later) and prints.
  await page.selectOption('#step-unit', 'print');
  await stepUntilPaused(page);
  assert.deepEqual(await page.$$eval('#output .line.print .text', (l) => l.map((e) => e.textContent).at(-1)), 'Worker - Done it');
  assert.match(await lineText(page, await markedLine(page)), /print\('Worker - Done it'\)/);
  assert.match(await page.textContent('#step-line'), /^Task-2, line \d+print\('Worker - Done it'\)$/);
  await page.locator('.run-panel').screenshot({ path: join(RESULTS, 'turns-stepping-controls.png') });
  await page.screenshot({ path: join(RESULTS, 'turns-stepping-page.png') });
  // Continue runs to the end; the mark goes with the run.
  await page.selectOption('#speed', '4');
  await page.click('#continue');
  assert.equal(await waitForEnd(page), 'ok');
  assert.equal(await markedLine(page), 0);
  assert.deepEqual((await page.$$eval('#output .line.print .text', (l) => l.map((e) => e.textContent))).at(-1), 'Main - Done');
});

test('Step during a replay at a speed pauses it, and the step takes the run on through its wait', async () => {
  const page = await openLesson('gather');
  await page.fill('#seed', '1');
  await page.check('input[name="clock"][value="virtual"]');
  await page.selectOption('#speed', '0.25'); // the 1 s wait takes 4 s
  await page.click('#run');
  await page.waitForFunction(() => document.querySelectorAll('#output .line.print').length === 5);
  // The runtime now waits (paced) for the timers: a step to the next print
  // must release that wait rather than hang on it.
  await page.selectOption('#step-unit', 'print');
  await stepUntilPaused(page);
  assert.deepEqual((await page.$$eval('#output .line.print .text', (l) => l.map((e) => e.textContent))).slice(5), ['Worker - Done it']);
  await page.click('#continue');
  assert.equal(await waitForEnd(page), 'ok');
});

test('Stop while stepping ends the run at once, cancelled', async () => {
  const page = await openLesson('gather');
  await page.selectOption('#step-unit', 'turn');
  await stepUntilPaused(page);
  await stepUntilPaused(page);
  await stepUntilPaused(page);
  assert.ok(await markedLine(page) > 0);
  await page.click('#stop');
  assert.equal(await waitForEnd(page), 'cancelled');
  await page.waitForFunction(() => document.getElementById('status').textContent === 'Stopped.');
  assert.equal(await markedLine(page), 0);
  assert.ok(await page.$eval('#continue', (b) => b.disabled));
  // Step starts afresh.
  await stepUntilPaused(page);
  assert.equal(await page.$$eval('#output .line.end', (l) => l.length), 0);
});

test('phone width: the view by turn scrolls inside its panel, lane labels stay in view', async () => {
  const page = await openLesson('as-completed', { width: 390 });
  assert.equal(await runInstant(page), 'ok');
  await page.waitForSelector('#timeline .turn-col');
  const doc = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(doc <= 390, `the page is ${doc} px wide`);
  const box = await page.$eval('#timeline', (t) => ({ scroll: t.scrollWidth, client: t.clientWidth, left: t.scrollLeft }));
  await page.locator('.timeline-panel').screenshot({ path: join(RESULTS, 'turns-phone.png') });
  if (box.scroll > box.client) {
    // Scrolled to the run's end, the labels are drawn at the left edge still.
    const x = await page.$eval('#timeline .lane-labels', (g) => g.getBoundingClientRect().x - document.getElementById('timeline').getBoundingClientRect().x);
    assert.ok(Math.abs(x) < 2, `labels at ${x}`);
  }
});
