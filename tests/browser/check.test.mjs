// check.test.mjs -- browser test of the exercise panel (web/check-ui.js) on
// the factorial lesson, in Chromium with the page's real CSP: the lesson
// starts from the skeleton (the chapter's main() given); a wrong solution
// (time.sleep) is pasted and Check lists each check with ✓/✗ and its hint;
// the learner types the fix on line 8 and every check passes; a syntax
// error shows CPython's text; another right one passes; the results say
// when the code changed since; "Show a solution" shows ours, puts it in
// the editor and gives the learner's code back; other lessons have no panel.  Screenshots of the
// results at 1280×800 and at phone width go to test-results/check-*.png.
//
//   make site && node --test tests/browser/check.test.mjs
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from './chromium.mjs';
import { startSite } from './site.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const DIST = join(ROOT, 'dist');
const RESULTS = join(ROOT, 'test-results');
const FIXTURES = join(ROOT, 'tests', 'js', 'fixtures', 'check');
const read = (...p) => readFileSync(join(...p), 'utf8');

let site;
let browser;
const consoleErrors = [];

before(async () => {
  assert.ok(existsSync(join(DIST, 'check.js')) && existsSync(join(DIST, 'python.wasm')),
    'dist/ is not built with the checker: run `make site` first');
  site = await startSite(DIST);
  mkdirSync(RESULTS, { recursive: true });
  browser = await launchChromium({ viewport: { width: 1280, height: 800 } });
});

after(async () => {
  await browser?.close();
  await site?.close();
});

async function openLesson(id, viewport) {
  const page = await browser.context.newPage();
  if (viewport) await page.setViewportSize(viewport);
  page.on('console', (msg) => { if (msg.type() === 'error') consoleErrors.push(`${id}: ${msg.text()}`); });
  page.on('pageerror', (err) => consoleErrors.push(`${id}: ${err.message}`));
  await page.goto(`${site.url}#${id}`);
  await page.waitForSelector(`html[data-ready="true"] article[data-lesson="${id}"]`);
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await page.waitForSelector(`html[data-ready="true"] article[data-lesson="${id}"]`);
  await page.waitForSelector('#code-py.hljs .hljs-keyword');
  return page;
}

const code = (page) => page.$eval('#code-py', (e) => e.textContent);

/** Replaces the editor's program, as a paste would (no auto-indent). */
async function putProgram(page, text) {
  await page.click('#code-py');
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(text);
  await page.keyboard.press('End'); // a key, as after a paste: the editor saves the text on keyup
  // (the editor keeps one newline at the end of the text)
  await page.waitForFunction((t) => document.getElementById('code-py').textContent.replace(/\n+$/, '') === t.replace(/\n+$/, ''), text);
}

/** Presses Check and waits for the list: [{ id, status, text }]. */
async function check(page) {
  await page.click('#check');
  await page.waitForSelector('#check-results:not([hidden]) li', { timeout: 30000 });
  // The button stays focusable while busy, and says Check again at the end.
  assert.equal(await page.$eval('#check', (b) => b.disabled), false);
  assert.equal(await page.textContent('#check'), 'Check');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'check');
  return page.$$eval('#check-results li', (lis) => lis.map((li) => ({ id: li.dataset.id, status: li.dataset.status, text: li.textContent })));
}

test('the factorial lesson starts from the skeleton, with the chapter\'s main()', async () => {
  const page = await openLesson('factorial');
  const skeleton = read(ROOT, 'tutorials', 'factorial', 'skeleton.py');
  assert.equal((await code(page)).trim(), skeleton.trim());
  assert.equal(await page.isVisible('#exercise-panel'), true);
  assert.equal(await page.isVisible('#check'), true);
  // The solution is behind its control, not on show.
  assert.equal(await page.isVisible('#solution-code'), false);
  // Another lesson has no exercise panel, and its program is the chapter's.
  await page.click('#lesson-list a[data-id="gather"]');
  await page.waitForSelector('article[data-lesson="gather"]');
  assert.equal(await page.isVisible('#exercise-panel'), false);
  await page.close();
});

test('a wrong solution gets ✗ with hints; a right one gets ✓ on every check', async () => {
  const page = await openLesson('factorial');
  // The learner's first try: time.sleep instead of asyncio.sleep.
  await putProgram(page, read(FIXTURES, 'mistakes', 'time-sleep.py'));
  let results = await check(page);
  assert.deepEqual(results.map((r) => `${r.id}:${r.status}`), [
    'runs:pass', 'awaited:pass', 'values:pass', 'sleeps:fail', 'no_blocking:fail', 'concurrent:fail', 'collect:pass']);
  // Each item says its status in words, not by colour only, and carries its hint.
  const blocking = results.find((r) => r.id === 'no_blocking').text;
  assert.match(blocking, /^✗Failed: Nothing blocks the event loop/);
  assert.match(blocking, /time\.sleep blocked the loop for 2\.1 s in all\.Hint: time\.sleep\(\) stops the whole program/);
  assert.match(results[0].text, /^✓Passed: The program runs to the end/);
  assert.equal(await page.textContent('#check-status'), '4 of 7 checks pass: see the hints below.');
  assert.equal(await page.getAttribute('#check-status', 'role'), 'status');
  assert.equal(await page.$eval('#check-results li[data-id="sleeps"] .check-mark', (e) => e.getAttribute('aria-hidden')), 'true');
  await page.locator('#exercise-panel').screenshot({ path: join(RESULTS, 'check-wrong-1280.png') });
  await page.screenshot({ path: join(RESULTS, 'check-wrong-1280-page.png') });

  // The learner fixes line 8 by typing: time.sleep(0.1) becomes await asyncio.sleep(0.1).
  await page.click('#code-py');
  await page.keyboard.press('Control+Home');
  for (let i = 1; i < 8; i++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('End');
  await page.keyboard.press('Shift+Home');
  await page.keyboard.type('        await asyncio.sleep(0.1)');
  assert.equal((await code(page)).split('\n')[7], '        await asyncio.sleep(0.1)');
  results = await check(page);
  assert.deepEqual(results.map((r) => r.status), Array(7).fill('pass'));
  assert.match(results.find((r) => r.id === 'concurrent').text, /it took 0\.7 s, the longest factorial's time, not the 2\.1 s/);

  // A syntax error: CPython's own text, with the caret.
  await putProgram(page, read(FIXTURES, 'mistakes', 'syntax-error.py'));
  results = await check(page);
  assert.deepEqual(results.map((r) => r.status), ['fail', 'skip', 'skip', 'skip', 'skip', 'skip', 'skip']);
  assert.equal(await page.textContent('#check-results li[data-id="runs"] pre'),
    '  File "program.py", line 4\n    async def factorial(number)\n                               ^\nSyntaxError: expected \':\'');
  assert.match(results[1].text, /^–Not checked: Every coroutine is awaited\s*The program does not run yet\.$/);
  // The line is marked in the editor, as a Run's error is.
  assert.equal(await page.$eval('#gutter .error', (e) => e.textContent), '4');
  assert.equal(await page.textContent('#editor-error'), "Line 4: SyntaxError: expected ':'");

  // Fixed: the factorials wait with asyncio.sleep, together.
  await putProgram(page, read(FIXTURES, 'good', 'as-completed-tuples.py'));
  results = await check(page);
  assert.deepEqual(results.map((r) => r.status), Array(7).fill('pass'));
  assert.equal(await page.textContent('#check-status'), 'All 7 checks pass. Well done!');
  assert.equal(await page.$$eval('#check-results .check-hint', (h) => h.length), 0);
  await page.locator('#exercise-panel').screenshot({ path: join(RESULTS, 'check-right-1280.png') });
  // An edit afterwards: the results say they are about the program as it was.
  await page.click('#code-py');
  await page.keyboard.press('Control+End');
  await page.keyboard.type('\n# more');
  await page.waitForSelector('#exercise-panel[data-stale]');
  assert.equal(await page.textContent('#check-status'), 'All 7 checks pass. Well done! (Your program has changed since: press Check again.)');
  // The edit is the learner's, kept for the lesson.
  assert.match(await page.evaluate(() => localStorage.getItem('casyncio:program:factorial')), /as_completed/);
  await page.close();
});

test('Show a solution shows ours, read-only, and can put it in the editor', async () => {
  const page = await openLesson('factorial');
  await page.click('#solution-box summary');
  await page.waitForSelector('#solution-code.hljs .hljs-keyword');
  const solution = read(ROOT, 'tutorials', 'factorial', 'solution.py');
  assert.equal(await page.textContent('#solution-code'), solution);
  assert.equal(await page.$eval('#solution-code', (e) => e.isContentEditable), false);
  await putProgram(page, '# my own try');
  await page.click('#use-solution');
  assert.equal(await code(page), solution);
  const results = await check(page);
  assert.deepEqual(results.map((r) => r.status), Array(7).fill('pass'));
  // The learner's code is not lost: the same button puts it back, and takes the solution again.
  assert.equal(await page.textContent('#use-solution'), 'Put your own code back');
  await page.click('#use-solution');
  assert.equal((await code(page)).trim(), '# my own try');
  assert.equal(await page.textContent('#use-solution'), 'Put this solution in the editor');
  await page.click('#use-solution');
  assert.equal(await code(page), solution);
  // Reset gives the skeleton back.
  await page.click('#reset');
  assert.equal((await code(page)).trim(), read(ROOT, 'tutorials', 'factorial', 'skeleton.py').trim());
  await page.close();
});

test('phone width: the results fit the screen', async () => {
  const page = await openLesson('factorial', { width: 390, height: 844 });
  await putProgram(page, read(FIXTURES, 'mistakes', 'gather-list.py'));
  const results = await check(page);
  assert.deepEqual(results.map((r) => r.status), ['fail', 'fail', 'skip', 'skip', 'skip', 'skip', 'skip']);
  assert.match(results[0].text, /Hint: asyncio\.gather\(\) takes each awaitable as a separate argument/);
  assert.equal(await page.textContent('#editor-error'), "Line 14: TypeError: unhashable type: 'list'");
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `page is ${overflow}px wider than the screen`);
  await page.locator('#exercise-panel').screenshot({ path: join(RESULTS, 'check-wrong-phone.png') });
  await putProgram(page, read(FIXTURES, 'mistakes', 'sequential.py'));
  await check(page);
  await page.locator('#exercise-panel').screenshot({ path: join(RESULTS, 'check-sequential-phone.png') });
  await page.close();
});

test('no CSP violation, no console error', () => {
  assert.deepEqual(site.reports, []);
  assert.deepEqual(consoleErrors, []);
});
