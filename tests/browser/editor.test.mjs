// editor.test.mjs -- browser tests of the tutorial page's Python editor
// (dist/), with node:test and playwright-core driving the system Chromium,
// the site served by web/serve.mjs with its real Content-Security-Policy.
//
//   make site && node --test tests/browser/editor.test.mjs
//
// What is checked, typing as a learner would: the lesson's program is shown
// without our set-up lines and still takes the seed and the factorial input;
// an edited line's output; a NameError's traceback exactly as python3 prints
// it, with the line marked in the editor (also when the page put a line of
// its own above the program); Tab and Enter indent; Reset; edits kept across
// a reload; Ctrl+Enter; Stop on `while True: pass` under both clocks; the C
// twin one click away and read-only; no CSP violation, no console error.
// Screenshots go to test-results/editor-*.png.
import { after, before, beforeEach, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from './chromium.mjs';
import { STARTS_FROM_SKELETON, lessonProgram, programKey } from './lesson-program.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const DIST = join(ROOT, 'dist');
const RESULTS = join(ROOT, 'test-results');

let server;
let browser;
const consoleErrors = [];

function expected(id, file = 'expected.txt') {
  return readFileSync(join(ROOT, 'tutorials', id, file), 'utf8').split('\n').filter((l) => l !== '');
}

/** What `python3 program.py` prints on stderr for source, and its status. */
function cpython(source) {
  const dir = mkdtempSync(join(tmpdir(), 'casyncio-editor-'));
  try {
    writeFileSync(join(dir, 'program.py'), source);
    const r = spawnSync('python3', ['program.py'], { cwd: dir, encoding: 'utf8' });
    // python3 here may be a launcher that passes the script's full path.
    const err = r.stderr.replaceAll(`"${join(dir, 'program.py')}"`, '"program.py"');
    return { stdout: r.stdout.split('\n').filter((l) => l !== ''), stderr: err.split('\n').filter((l) => l !== ''), status: r.status };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

before(async () => {
  assert.ok(existsSync(join(DIST, 'index.html')) && existsSync(join(DIST, 'python.wasm')),
    'dist/ is not built with the interpreter: run `make site` first');
  assert.ok(existsSync(join(DIST, 'vendor', 'codejar', 'codejar.js')),
    'dist/vendor/codejar is missing: npm install (codejar), then rebuild the site');
  const { serve } = await import('../../web/serve.mjs');
  server = await serve({ port: 0, root: DIST });
  mkdirSync(RESULTS, { recursive: true });
  browser = await launchChromium({ viewport: { width: 1280, height: 900 } });
  await browser.context.addInitScript(() => {
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

const pages = [];
beforeEach(async () => {
  // Every test starts from the chapter's code: no edit kept from another test.
  for (const p of pages.splice(0)) if (!p.isClosed()) await p.close();
});

async function openLesson(id) {
  const page = await browser.context.newPage();
  pages.push(page);
  page.on('console', (msg) => { if (msg.type() === 'error') consoleErrors.push(`${id}: ${msg.text()}`); });
  page.on('pageerror', (err) => consoleErrors.push(`${id}: ${err.message}`));
  await page.goto(`${server.url}#${id}`);
  await page.waitForSelector(`html[data-ready="true"] article[data-lesson="${id}"]`);
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await page.waitForSelector(`html[data-ready="true"] article[data-lesson="${id}"]`);
  await page.waitForSelector('#code-py.hljs .hljs-keyword');
  return page;
}

const editor = (page) => page.locator('#code-py');
const code = (page) => page.$eval('#code-py', (e) => e.textContent);
const printed = (page) => page.$$eval('#output .line.print .text', (els) => els.map((e) => e.textContent));
const stderr = (page) => page.$$eval('#output .line.stderr .text', (els) => els.map((e) => e.textContent));

async function waitForEnd(page) {
  await page.waitForSelector('#output .line.end', { timeout: 20000 });
  const status = await page.$eval('#output .line.end', (e) => e.dataset.status);
  if (status === 'error') console.log('run ended with an error:', JSON.stringify({ code: await code(page), output: await page.$$eval('#output .line .text', (ls) => ls.map((l) => l.textContent)) }));
  return status;
}

/** Replaces the whole program by typing it (lines without indentation). */
async function typeProgram(page, text) {
  await editor(page).click();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await page.keyboard.type(text);
}

async function useVirtualInstant(page) {
  await page.check('input[name="clock"][value="virtual"]');
  await page.selectOption('#speed', 'instant');
}

async function screenshot(page, name) {
  await page.screenshot({ path: join(RESULTS, `editor-${name}.png`), fullPage: true });
}

test('the program is shown without our set-up lines, and the seed still reaches random', async () => {
  const page = await openLesson('gather');
  const text = await code(page);
  assert.match(text, /^# Running Multiple Tasks/);
  assert.doesNotMatch(text, /casyncio only|CASYNCIO_SEED|import os/);
  assert.match(text, /import random\n\n\nasync def worker/);
  assert.equal(await page.$eval('#code-py', (e) => e.getAttribute('contenteditable')), 'plaintext-only');
  await page.fill('#seed', '1');
  await useVirtualInstant(page);
  await page.click('#run');
  assert.equal(await waitForEnd(page), 'ok');
  assert.deepEqual(await printed(page), expected('gather'));
  assert.equal(await page.$eval('#edited', (e) => e.hidden), true);
  // No lesson shows a line of ours; each still has its chapter's code.
  for (const id of ['await', 'callbacks', 'cancel', 'gather', 'as-completed', 'factorial']) {
    await page.click(`#lesson-list a[data-id="${id}"]`);
    await page.waitForSelector(`article[data-lesson="${id}"]`);
    await page.waitForFunction(() => /asyncio\.run\(/.test(document.getElementById('code-py').textContent));
    const shown = await code(page);
    assert.doesNotMatch(shown, /casyncio only|CASYNCIO_|\n\n\n\n/, id);
    const file = readFileSync(join(ROOT, 'tutorials', id, STARTS_FROM_SKELETON.includes(id) ? 'skeleton.py' : 'program.py'), 'utf8');
    for (const line of shown.split('\n')) assert.ok(file.includes(line), `${id}: ${line}`);
  }
});

test('an edited line prints its output; the edit is kept across a reload; Reset puts the chapter back', async () => {
  const page = await openLesson('gather');
  const original = await code(page);
  await editor(page).click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type("\nprint('edited by the learner', 6 * 7)");
  await page.fill('#seed', '1');
  await useVirtualInstant(page);
  await page.click('#run');
  assert.equal(await waitForEnd(page), 'ok');
  assert.deepEqual(await printed(page), [...expected('gather'), 'edited by the learner 42']);
  assert.equal(await page.$eval('#edited', (e) => e.hidden), false);
  await screenshot(page, 'edited-run');

  await page.reload();
  await page.waitForSelector('html[data-ready="true"] article[data-lesson="gather"]');
  await page.waitForSelector('#code-py.hljs .hljs-keyword');
  assert.match(await code(page), /print\('edited by the learner', 6 \* 7\)/);
  assert.equal(await page.$eval('#edited', (e) => e.hidden), false);
  // Another lesson keeps its own code.
  await page.click('#lesson-list a[data-id="await"]');
  await page.waitForSelector('article[data-lesson="await"]');
  await page.waitForFunction(() => /time\.sleep|asyncio/.test(document.getElementById('code-py').textContent));
  assert.doesNotMatch(await code(page), /edited by the learner/);
  await page.click('#lesson-list a[data-id="gather"]');
  await page.waitForFunction(() => /edited by the learner/.test(document.getElementById('code-py').textContent));

  await page.click('#reset');
  assert.equal(await code(page), original);
  assert.equal(await page.$eval('#edited', (e) => e.hidden), true);
  assert.equal(await page.evaluate(() => localStorage.getItem('casyncio:program:gather')), null);
  await page.reload();
  await page.waitForSelector('html[data-ready="true"] article[data-lesson="gather"]');
  await page.waitForSelector('#code-py.hljs .hljs-keyword');
  assert.equal(await code(page), original);
});

test('a NameError shows the traceback python3 prints and marks the line in the editor', async () => {
  const page = await openLesson('await');
  const program = "print('first')\nprint(undefined_name)";
  await typeProgram(page, program);
  assert.equal(await code(page), program);
  await page.click('#run');
  assert.equal(await waitForEnd(page), 'error');
  const py = cpython(program);
  assert.equal(py.status, 1);
  assert.deepEqual(await printed(page), py.stdout);
  assert.deepEqual(await stderr(page), py.stderr);
  assert.equal(py.stderr.at(-1), "NameError: name 'undefined_name' is not defined");
  // The line is marked: gutter number, bar, message.
  assert.equal(await page.$eval('#gutter .error', (e) => e.textContent), '2');
  assert.equal(await page.$eval('#error-bar', (e) => e.hidden), false);
  assert.equal(await page.$eval('#error-bar', (e) => e.dataset.line), '2');
  assert.equal(await page.textContent('#editor-error'), "Line 2: NameError: name 'undefined_name' is not defined");
  // The bar sits on line 2 of the editor.
  const box = await page.$eval('#error-bar', (e) => e.getBoundingClientRect().top);
  const line2 = await page.$eval('#gutter span:nth-child(2)', (e) => e.getBoundingClientRect().top);
  assert.ok(Math.abs(box - line2) < 2, `bar at ${box}, line 2 at ${line2}`);
  // Errors are styled as errors.
  const colour = await page.$eval('#output .line.stderr .text', (e) => getComputedStyle(e).color);
  assert.equal(colour, 'rgb(255, 123, 114)');
  await screenshot(page, 'name-error');
  // Editing clears the mark.
  await editor(page).click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type('#');
  assert.equal(await page.$eval('#error-bar', (e) => e.hidden), true);
  assert.equal(await page.$$eval('#gutter .error', (x) => x.length), 0);
});

test('a SyntaxError is marked on its line too', async () => {
  const page = await openLesson('callbacks');
  const program = 'x = 1\nif x == 1\nprint(x)';
  await typeProgram(page, program);
  await page.click('#run');
  assert.equal(await waitForEnd(page), 'error');
  assert.deepEqual(await stderr(page), cpython(program).stderr);
  assert.equal(await page.$eval('#error-bar', (e) => e.dataset.line), '2');
  assert.match(await page.textContent('#editor-error'), /^Line 2: SyntaxError: expected ':'/);
});

test('factorial: the input fields reach the program, and line numbers stay the learner\'s', async () => {
  const page = await openLesson('factorial');
  // The lesson's own program, which reads the fields (the lesson starts from the exercise's skeleton).
  await page.evaluate(([k, v]) => localStorage.setItem(k, v), [programKey('factorial'), lessonProgram('factorial')]);
  await page.reload();
  await page.waitForSelector('html[data-ready="true"] article[data-lesson="factorial"]');
  await page.waitForSelector('#code-py.hljs .hljs-keyword');
  assert.doesNotMatch(await code(page), /CASYNCIO_INPUT|casyncio only/);
  assert.equal(await page.$eval('#editor-note', (e) => e.hidden), false);
  await useVirtualInstant(page);
  await page.selectOption('#collect', 'as_completed');
  await page.click('#run');
  assert.equal(await waitForEnd(page), 'ok');
  assert.deepEqual(await printed(page), expected('factorial', 'expected-as_completed.txt'));
  // A first line that is code: the page's input line goes above it, and the
  // traceback and the mark still name the learner's line 3.
  const program = 'x = 1\nprint(numbers, collect)\nprint(y)';
  await typeProgram(page, program);
  await page.fill('#numbers', '3, 1');
  await page.selectOption('#collect', 'gather');
  await page.click('#run');
  assert.equal(await waitForEnd(page), 'error');
  assert.deepEqual(await printed(page), ['[3, 1] gather']);
  const py = cpython(`numbers = [3, 1]; collect = 'gather'\n${program}`).stderr
    .map((l) => l.replace(/line (\d+)/, (_, n) => `line ${n - 1}`));
  assert.deepEqual(await stderr(page), py);
  assert.equal(await page.$eval('#gutter .error', (e) => e.textContent), '3');
});

test('Tab and Enter indent; Ctrl+Enter runs without adding a line', async () => {
  const page = await openLesson('callbacks');
  await typeProgram(page, 'for i in range(2):\nprint(i)');
  // Enter after the colon indented the next line by four spaces.
  assert.equal(await code(page), 'for i in range(2):\n    print(i)');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.type('if True:\n');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Tab');
  await page.keyboard.type("print('end')");
  const before = await code(page);
  assert.equal(before, "for i in range(2):\n    print(i)\nif True:\n    print('end')");
  await page.keyboard.press('Control+Enter');
  assert.equal(await waitForEnd(page), 'ok');
  assert.deepEqual(await printed(page), ['0', '1', 'end']);
  assert.equal(await code(page), before);
  // Esc then Tab leaves the editor for the next control.
  await editor(page).click();
  await page.keyboard.press('Escape');
  await page.keyboard.press('Tab');
  assert.notEqual(await page.evaluate(() => document.activeElement.id), 'code-py');
  assert.equal(await code(page), before);
});

for (const clock of ['real', 'virtual']) {
  test(`Stop ends \`while True: pass\` under the ${clock} clock`, async () => {
    const page = await openLesson('await');
    await typeProgram(page, "print('spinning')\nwhile True: pass");
    await page.check(`input[name="clock"][value="${clock}"]`);
    await page.click('#run');
    await page.waitForFunction(() => [...document.querySelectorAll('#output .line.print .text')].some((e) => e.textContent === 'spinning'));
    assert.equal(await page.$eval('#stop', (b) => b.disabled), false);
    await page.click('#stop');
    assert.equal(await waitForEnd(page), 'cancelled');
    assert.match(await page.textContent('#status'), /Stopped/);
    const err = await stderr(page);
    assert.equal(err.at(-1), 'KeyboardInterrupt');
    assert.equal(await page.$eval('#stop', (b) => b.disabled), true);
    // The page runs again afterwards.
    await typeProgram(page, "print('again')");
    await page.click('#run');
    assert.equal(await waitForEnd(page), 'ok');
    assert.deepEqual(await printed(page), ['again']);
  });
}

test('the C twin is one click away and read-only', async () => {
  const page = await openLesson('gather');
  assert.equal(await page.isVisible('#code-c'), false);
  await page.getByText('The same program in C on casyncio').click();
  await page.waitForSelector('#code-c.hljs .hljs-keyword');
  assert.equal(await page.isVisible('#code-c'), true);
  assert.match(await page.textContent('#code-c'), /#include/);
  assert.equal(await page.$eval('#code-c', (e) => e.isContentEditable), false);
  await screenshot(page, 'c-twin');
});

test('phone width: the editor fits the screen', async () => {
  const page = await openLesson('factorial');
  await page.setViewportSize({ width: 390, height: 844 });
  const wide = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(wide <= 390, `page is ${wide}px wide`);
  await screenshot(page, 'phone');
});

test('no CSP violation, no console error', async () => {
  const page = await openLesson('gather');
  await editor(page).click();
  await page.keyboard.type('x = 1\n');
  await page.click('#run');
  await waitForEnd(page);
  for (const p of pages) if (!p.isClosed()) assert.deepEqual(await p.evaluate(() => window.__csp), []);
  assert.deepEqual(consoleErrors, []);
});
