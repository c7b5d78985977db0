// learner.test.mjs -- the tutorial page around the editor, in Chromium, as a
// learner uses it: the Input box for input() (with its echo, and EOFError
// as python3 raises it), share links made and opened (the learner's saved
// code kept and offered back; damaged and too long links refused with a
// message), the Playground (run and Stop), time.sleep against asyncio.sleep
// side by side, Stop during time.sleep (the page says the loop is blocked
// and stops when the call returns), the wide layout (output and timeline in
// view while a run runs, long lines wrapped), dark mode from the system
// setting, and axe-core on the page and the playground with no serious or
// critical violation.  Screenshots at 1280x800 and 390x844, light and dark,
// go to test-results/learner-*.png.
//
//   make site && node --test tests/browser/learner.test.mjs
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from './chromium.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const DIST = join(ROOT, 'dist');
const RESULTS = join(ROOT, 'test-results');
const AXE = join(ROOT, 'node_modules', 'axe-core', 'axe.min.js');

let server;
let browser;
const consoleErrors = [];

/** What `python3 program.py` prints for source with stdin: { stdout, stderr, status }. */
function cpython(source, stdin = '') {
  const dir = mkdtempSync(join(tmpdir(), 'casyncio-learner-'));
  try {
    writeFileSync(join(dir, 'program.py'), source);
    const r = spawnSync('python3', ['program.py'], { cwd: dir, encoding: 'utf8', input: stdin });
    const err = r.stderr.replaceAll(`"${join(dir, 'program.py')}"`, '"program.py"');
    return { stdout: r.stdout, stderr: err.split('\n').filter((l) => l !== ''), status: r.status };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

before(async () => {
  assert.ok(existsSync(join(DIST, 'index.html')) && existsSync(join(DIST, 'python.wasm')),
    'dist/ is not built with the interpreter: run `make site` first');
  assert.ok(existsSync(AXE), 'axe-core is missing: npm install');
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
});

/** Opens hash in a new page; with clear, from an empty localStorage. */
async function open(hash, { clear = true, scheme = 'light', viewport } = {}) {
  const page = await browser.context.newPage();
  if (viewport) await page.setViewportSize(viewport);
  await page.emulateMedia({ colorScheme: scheme });
  page.on('console', (msg) => { if (msg.type() === 'error') consoleErrors.push(`${hash}: ${msg.text()}`); });
  page.on('pageerror', (err) => consoleErrors.push(`${hash}: ${err.message}`));
  await page.goto(`${server.url}${hash}`);
  await page.waitForSelector('html[data-ready="true"] article[data-lesson]');
  if (clear) {
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await page.waitForSelector('html[data-ready="true"] article[data-lesson]');
  }
  await page.waitForSelector('#code-py.hljs');
  return page;
}

const code = (page) => page.$eval('#code-py', (e) => e.textContent);
const lines = (page) => page.$$eval('#output .line', (els) => els.map((e) => ({ cls: e.className, text: e.querySelector('.text').textContent })));

/** Replaces the program as a paste would (typing would auto-indent the indented lines again). */
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

async function waitForEnd(page, timeout = 20000) {
  await page.waitForSelector('#output .line.end', { timeout });
  return page.$eval('#output .line.end', (e) => e.dataset.status);
}

async function shot(page, name, fullPage = false) {
  await page.screenshot({ path: join(RESULTS, `learner-${name}.png`), fullPage });
}

async function virtualInstant(page) {
  await page.check('input[name="clock"][value="virtual"]');
  await page.selectOption('#speed', 'instant');
}

test('input(): the Input box appears for a program that reads input, its lines are read, and EOF is python3\'s EOFError', async () => {
  const page = await open('#gather');
  assert.equal(await page.isHidden('#stdin-field'), true, 'no Input box for a lesson that reads no input');
  const program = 'name = input("Your name: ")\nprint("Hello,", name)\nage = input("Age: ")\nprint("In ten years:", int(age) + 10)\nlast = input("More? ")\nprint("never")';
  await typeProgram(page, program);
  assert.equal(await page.isVisible('#stdin-field'), true, 'the Input box shows once the program calls input()');
  await page.fill('#stdin', 'Ada\n36');
  await virtualInstant(page);
  await page.click('#run');
  assert.equal(await waitForEnd(page), 'error');
  const py = cpython(program, 'Ada\n36\n');
  assert.equal(py.status, 1);
  const shown = await lines(page);
  // The prompt and the line read share a line, as in a terminal; python3's
  // stdout (no echo) is the same text without the echoed lines.
  const out = shown.filter((l) => /\bprint\b/.test(l.cls));
  assert.deepEqual(out.map((l) => l.text), ['Your name: Ada', 'Hello, Ada', 'Age: 36', 'In ten years: 46', 'More? ']);
  assert.deepEqual(await page.$$eval('#output .echo', (els) => els.map((e) => e.textContent)), ['Ada', '36']);
  assert.equal(py.stdout, 'Your name: Hello, Ada\nAge: In ten years: 46\nMore? ');
  assert.deepEqual(shown.filter((l) => /stderr/.test(l.cls)).map((l) => l.text), py.stderr);
  assert.equal(py.stderr.at(-1), 'EOFError: EOF when reading a line');
  assert.match(shown.find((l) => /input-eof/.test(l.cls)).text, /no line left in the Input box, so it raises EOFError/);
  assert.equal(await page.textContent('#editor-error'), 'Line 5: EOFError: EOF when reading a line');
  await shot(page, 'input-eof-1280-light');
  await page.close();
});

test('share: a link reproduces the lesson, program, seed, input and clock, and keeps the learner\'s own saved version', async () => {
  const page = await open('#gather');
  const program = 'import asyncio, random\n\nasync def main():\n    print("shared", random.randint(1, 1000))\n    print("read", input())\n\nasyncio.run(main())\n';
  await typeProgram(page, program);
  await page.fill('#stdin', 'from the link');
  await page.fill('#seed', '7');
  await page.check('input[name="clock"][value="virtual"]');
  await page.click('#share');
  await page.waitForSelector('#share-link:visible');
  const link = await page.inputValue('#share-link');
  assert.match(link, /#gather\?share=[A-Za-z0-9_-]+$/);
  assert.ok(link.length < 600, `a short program makes a short link (${link.length})`);
  assert.match(await page.textContent('#share-text'), /It opens this lesson with this program, seed, input and clock/);
  await page.click('#run');
  assert.equal(await waitForEnd(page), 'ok');
  const ran = await page.$$eval('#output .line.print .text', (els) => els.map((e) => e.textContent));
  await page.close();

  // Another learner, with an edit of their own saved for this lesson.
  const other = await open('#gather');
  await typeProgram(other, 'print("my own work")');
  await other.goto('about:blank');
  await other.goto(link);
  await other.waitForSelector('html[data-ready="true"] article[data-lesson="gather"]');
  await other.waitForSelector('#share-note:visible');
  assert.equal((await code(other)).trimEnd(), program.trimEnd());
  assert.equal(await other.inputValue('#seed'), '7');
  assert.equal(await other.isChecked('input[name="clock"][value="virtual"]'), true);
  assert.equal(await other.inputValue('#stdin'), 'from the link');
  assert.match(await other.textContent('#share-text'), /Opened a shared link.*Your own version of this lesson is still saved, not replaced/);
  assert.equal((await other.evaluate(() => localStorage.getItem('casyncio:program:gather'))).trimEnd(), 'print("my own work")');
  await shot(other, 'share-opened-1280-light');
  await other.selectOption('#speed', 'instant');
  await other.click('#run');
  assert.equal(await waitForEnd(other), 'ok');
  assert.deepEqual(await other.$$eval('#output .line.print .text', (els) => els.map((e) => e.textContent)), ran);
  // Their own version comes back with one click.
  await other.click('#share-back');
  assert.equal((await code(other)).trimEnd(), 'print("my own work")');
  assert.match(await other.textContent('#share-text'), /Your own version of the lesson is back/);
  assert.doesNotMatch(await other.evaluate(() => location.hash), /share=/);
  await other.close();
});

test('share: a damaged, a foreign and a too long link are refused with a message, and the lesson is shown as it was', async () => {
  const page = await open('#gather');
  const chapter = await code(page);
  const cases = [
    ['#gather?share=AAAA', /This share link is damaged \(it does not unpack: it was probably cut short when copied\)/],
    ['#gather?share=not*base64', /This share link is damaged \(it has characters a share link never has\)/],
    [`#gather?share=${'A'.repeat(9000)}`, /This link is too long \(9000 characters of data; a share link has at most 8000\)/],
  ];
  for (const [hash, message] of cases) {
    await page.goto(`${server.url}${hash}`);
    await page.waitForSelector('html[data-ready="true"] article[data-lesson="gather"]');
    await page.waitForSelector('#share-note.error:visible');
    assert.match(await page.textContent('#share-text'), message);
    assert.match(await page.textContent('#share-text'), /The lesson is shown as it was, with your own code\./);
    assert.equal(await code(page), chapter);
    assert.equal(await page.evaluate(() => location.hash), '#gather');
  }
  await shot(page, 'share-damaged-1280-light');
  // A link made for a lesson, pasted onto another one's hash.
  const made = await page.evaluate(async () => {
    const { encodeShare } = await import('./share.js');
    return encodeShare({ lesson: 'gather', code: 'print(1)' });
  });
  await page.goto(`${server.url}${made.hash.replace('#gather', '#await')}`);
  // a change of hash in the same page: the last case's note is still shown until the page reads the new link
  await page.waitForFunction(() => /for a lesson this page does not have|for another lesson/.test(document.querySelector('#share-text')?.textContent ?? ''), null, { timeout: 10000 })
    .catch(() => {});
  await page.waitForSelector('#share-note.error:visible');
  assert.match(await page.textContent('#share-text'), /This share link is for a lesson this page does not have|for another lesson/);
  // A program too long for a link: the page says so and makes none.
  const big = await page.evaluate(async () => {
    const { encodeShare } = await import('./share.js');
    let text = '';
    for (let i = 0; i < 3000; i++) text += `print(${Math.floor(Math.random() * 1e15)})\n`;
    return encodeShare({ lesson: 'gather', code: text });
  });
  assert.match(big.error, /^This program is too long to share as a link: it packs to \d+ characters, and a link may carry 8000\./);
  await page.close();
});

test('playground: a blank asyncio skeleton runs with output and timeline, and a long program stops with Stop', async () => {
  const page = await open('#playground');
  assert.equal(await page.textContent('#lesson-title'), 'Playground');
  assert.match(await code(page), /^import asyncio\n\n\nasync def main\(\):\n/);
  assert.equal(await page.isHidden('#c-twin'), true, 'no C twin in the playground');
  assert.equal(await page.isVisible('#stdin-field'), true, 'the Input box is always there in the playground');
  await virtualInstant(page);
  await page.click('#run');
  assert.equal(await waitForEnd(page), 'ok');
  assert.deepEqual(await page.$$eval('#output .line.print .text', (els) => els.map((e) => e.textContent)), ['Hello from a task', 'One second later']);
  await page.waitForSelector('#timeline svg .lane-label', { state: 'attached' });
  await shot(page, 'playground-1280-light');
  await typeProgram(page, 'import asyncio\n\nasync def main():\n    n = 0\n    while True:\n        n += 1\n        print("tick", n)\n        await asyncio.sleep(0.2)\n\nasyncio.run(main())');
  await page.check('input[name="clock"][value="real"]');
  await page.click('#run');
  await page.waitForSelector('#output .line.print:nth-child(3)');
  await page.click('#stop');
  assert.equal(await waitForEnd(page), 'cancelled');
  assert.equal(await page.textContent('#status'), 'Stopped.');
  // The skeleton edit is the playground's own, kept like a lesson's.
  assert.match(await page.evaluate(() => localStorage.getItem('casyncio:program:playground')), /while True/);
  await page.close();
});

test('a long output: 20,000 lines all shown, in chunks the browser may skip off screen, following its end unless the learner scrolls up', async () => {
  const page = await open('#playground');
  await virtualInstant(page);
  await typeProgram(page, 'for i in range(20000):\n    print("line", i)\n');
  await page.click('#run');
  assert.equal(await waitForEnd(page, 120000), 'ok');
  const shown = await page.$eval('#output', (o) => {
    const printed = o.querySelectorAll('.line.print .text');
    const chunks = [...o.querySelectorAll(':scope > .chunk')];
    return {
      n: printed.length, first: printed[0].textContent, last: printed[printed.length - 1].textContent,
      chunks: chunks.length, full: chunks.filter((c) => c.classList.contains('full')).length,
      sizes: [...new Set(chunks.slice(0, -1).map((c) => c.children.length))],
      skipped: getComputedStyle(chunks[0]).contentVisibility,
    };
  });
  assert.deepEqual(shown, { n: 20000, first: 'line 0', last: 'line 19999', chunks: 101, full: 100, sizes: [200], skipped: 'auto' });
  const gap = () => page.$eval('#output', (o) => o.scrollHeight - o.scrollTop - o.clientHeight);
  await page.waitForFunction(() => { const o = document.getElementById('output'); return o.scrollHeight - o.scrollTop - o.clientHeight < 30; });
  // Scrolled up while lines come, it stays where the learner put it.
  await page.selectOption('#speed', '1');
  await typeProgram(page, 'import asyncio\nasync def main():\n    for i in range(300):\n        print("tick", i)\n        await asyncio.sleep(0.01)\nasyncio.run(main())\n');
  await page.click('#run');
  await page.waitForFunction(() => document.querySelectorAll('#output .line.print').length >= 40);
  await page.$eval('#output', (o) => { o.scrollTop = 0; });
  assert.equal(await waitForEnd(page), 'ok');
  assert.equal(await page.$eval('#output', (o) => o.scrollTop), 0);
  assert.ok(await gap() > 1000, 'not at the end');
  // Back at the end, it follows again; a new run follows from the start.
  await page.$eval('#output', (o) => { o.scrollTop = o.scrollHeight; });
  await page.waitForTimeout(100);
  await page.click('#run');
  assert.equal(await waitForEnd(page), 'ok');
  await page.waitForFunction(() => { const o = document.getElementById('output'); return o.scrollHeight - o.scrollTop - o.clientHeight < 30; });
  await page.close();
});

test('Stop while the page is still showing a flood of output ends the run at once, and says how many lines it skipped', async () => {
  const page = await open('#playground');
  // It says on stderr (never skipped) how many lines it printed, when it
  // ends or Stop interrupts it (KeyboardInterrupt comes between lines).
  await typeProgram(page, 'import sys\nn = 0\ntry:\n    for i in range(200000):\n        print("line", i)\n        n += 1\nfinally:\n    print("printed", n, file=sys.stderr)\n');
  await page.check('input[name="clock"][value="real"]');
  await page.click('#run');
  await page.waitForFunction(() => document.querySelectorAll('#output .line.print').length >= 1000);
  await page.click('#stop');
  await waitForEnd(page);
  const texts = await page.$$eval('#output .line.print .text', (ls) => ls.map((e) => e.textContent));
  const notice = await page.$eval('#output .line.skipped .text', (e) => e.textContent);
  const m = /^Stop skipped ([\d,]+) lines? the program printed that the page had not shown yet\.$/.exec(notice);
  assert.ok(m, notice);
  const printed = await page.$eval('#output .line.stderr .text', (e) => Number(/^printed (\d+)$/.exec(e.textContent)[1]));
  // every line is accounted for: shown in order, or counted as skipped
  assert.deepEqual(texts.slice(0, 3), ['line 0', 'line 1', 'line 2']);
  assert.equal(texts.at(-1), `line ${texts.length - 1}`);
  assert.equal(texts.length + Number(m[1].replaceAll(',', '')), printed);
  await page.close();
});

test('time.sleep against asyncio.sleep: one click runs both side by side, 1 s with the waits overlapping against 3 s blocked', async () => {
  const page = await open('#gather');
  assert.equal(await page.isVisible('#compare'), true);
  await page.locator('#compare').scrollIntoViewIfNeeded();
  const t0 = Date.now();
  // before the first run: no empty output or timeline boxes
  assert.equal(await page.isHidden('[data-side="asyncio"] .compare-timeline'), true);
  assert.equal(await page.isHidden('[data-side="time"] .compare-output'), true);
  await page.click('#compare-run');
  assert.equal(await page.isVisible('[data-side="asyncio"] .compare-timeline'), true);
  // Live: the asyncio side is done while the time.sleep side still runs.
  await page.waitForSelector('[data-side="asyncio"] .compare-status[data-status="ok"]', { timeout: 10000 });
  assert.equal(await page.$eval('[data-side="time"] .compare-status', (e) => e.dataset.status ?? 'running'), 'running');
  assert.match(await page.textContent('[data-side="time"] .compare-status'), /Running… \d\.\d s/);
  await shot(page, 'compare-live-1280-light');
  await page.waitForSelector('[data-side="time"] .compare-status[data-status="ok"]', { timeout: 10000 });
  assert.ok(Date.now() - t0 >= 2900, 'the time.sleep side takes 3 s of real time');
  const side = (s) => page.$$eval(`[data-side="${s}"] .line.print .text`, (els) => els.map((e) => e.textContent));
  // The last line rounds the real time taken, as CPython's would: 1.0 and
  // 3.0 s on an idle machine, a little more on a loaded one.
  const done = (lines, lo) => {
    const m = /^All done after (\d\.\d) s$/.exec(lines.at(-1));
    assert.ok(m && Number(m[1]) >= lo && Number(m[1]) < lo + 0.5, lines.at(-1));
    return lines.slice(0, -1);
  };
  assert.deepEqual(done(await side('asyncio'), 1), ['A starts', 'B starts', 'C starts', 'A done', 'B done', 'C done']);
  assert.deepEqual(done(await side('time'), 3), ['A starts', 'A done', 'B starts', 'B done', 'C starts', 'C done']);
  // asyncio.run's own time: about 1 s against about 3 s (more on a loaded machine).
  const took = async (s) => Number(/^Finished: asyncio\.run took (\d+\.\d\d) s\.$/.exec(await page.textContent(`[data-side="${s}"] .compare-status`))?.[1]);
  const [overlapping, blocking] = [await took('asyncio'), await took('time')];
  assert.ok(overlapping >= 1 && overlapping < 1.5, `asyncio.sleep: ${overlapping} s`);
  assert.ok(blocking >= 3 && blocking < 3.5, `time.sleep: ${blocking} s`);
  // The blocked side's timeline shows the loop blocked; the other's does not.
  assert.ok(await page.$('[data-side="time"] .seg.st-blocked, [data-side="time"] .band.blocked'));
  assert.equal(await page.$('[data-side="asyncio"] .seg.st-blocked, [data-side="asyncio"] .band.blocked'), null);
  await page.locator('#compare').screenshot({ path: join(RESULTS, 'learner-compare-done-1280-light.png') });
  // Not in a lesson that does not make the point.
  await page.click('#lesson-list a[data-id="callbacks"]');
  await page.waitForSelector('article[data-lesson="callbacks"]');
  assert.equal(await page.isHidden('#compare'), true);
  await page.close();
});

test('Stop during time.sleep: the page says the loop is blocked and stops when the call returns', async () => {
  const page = await open('#await');
  await page.click('#run');
  await page.waitForSelector('.band.blocked, .seg.st-blocked', { state: 'attached' });
  await page.waitForTimeout(300);
  const pressed = Date.now();
  await page.click('#stop');
  const note = await page.waitForSelector('#output .line.blocked-stop');
  assert.match(await note.textContent(), /while Task-1 blocks the whole loop in time\.sleep\(3 s\)\. A blocked loop runs nothing else.*as in CPython, the cancellation can reach them only when time\.sleep returns, at \d+(\.\d)? ms\. The run stops then\./);
  assert.match(await page.textContent('#status'), /^Stop waits for time\.sleep to return \(at \d+(\.\d)? ms\): the loop is blocked\.$/);
  await shot(page, 'stop-blocked-1280-light');
  assert.equal(await waitForEnd(page), 'cancelled');
  const waited = Date.now() - pressed;
  assert.ok(waited > 1500, `the stop waited for time.sleep to return (${waited} ms)`);
  assert.equal(await page.textContent('#status'), 'Stopped.');
  assert.match(await page.textContent('#output .line.failed'), /Task-1 failed: KeyboardInterrupt/);
  // Stop twice: the second one ends the run at once.
  await page.click('#run');
  await page.waitForSelector('.band.blocked, .seg.st-blocked', { state: 'attached' });
  await page.click('#stop');
  await page.waitForSelector('#output .line.blocked-stop');
  const again = Date.now();
  await page.click('#stop');
  assert.equal(await waitForEnd(page), 'cancelled');
  assert.ok(Date.now() - again < 1500, 'the second Stop does not wait');
  await page.close();
});

test('1280x800: the output and the timeline of a running lesson are in view, the explanation a scroll away, long lines wrapped', async () => {
  const page = await open('#gather');
  await typeProgram(page, (await readFileSync(join(DIST, 'lessons', 'gather', 'program.py'), 'utf8')).replace(/^# --- casyncio only[\s\S]*?\n# -+\n/m, '') + `\nprint("${'a long line '.repeat(30)}")`);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.locator('#code-py').click();
  await page.keyboard.press('Control+Enter');
  await page.waitForSelector('#output .line.print');
  const inView = async (sel) => page.$eval(sel, (e) => { const r = e.getBoundingClientRect(); return r.top >= 0 && r.top < innerHeight - 40 && r.height > 0; });
  assert.equal(await inView('#output'), true, 'the output is in view while the run runs');
  assert.equal(await inView('#timeline'), true, 'the timeline is in view while the run runs');
  await shot(page, 'running-1280-light');
  await waitForEnd(page);
  const tl = await page.$eval('#timeline', (e) => e.getBoundingClientRect().bottom);
  assert.ok(tl <= 800, `the timeline ends inside the window (${tl})`);
  // No line is cut off: the output's lines wrap, nothing is wider than the log.
  assert.equal(await page.$eval('#output', (e) => e.scrollWidth <= e.clientWidth), true);
  const long = await page.$$eval('#output .line.print .text', (els) => els.filter((e) => e.textContent.startsWith('a long line')).map((e) => ({ h: e.offsetHeight, fits: e.scrollWidth <= e.clientWidth })));
  assert.equal(long.length, 1);
  assert.ok(long[0].h > 30 && long[0].fits, `the long line wraps (${JSON.stringify(long[0])})`);
  // The explanation is in the left column, under the editor.
  const ex = await page.$eval('.explanation', (e) => ({ left: e.getBoundingClientRect().left, w: e.getBoundingClientRect().width }));
  assert.ok(ex.left < 100 && ex.w < 700, JSON.stringify(ex));
  await page.close();
});

test('dark mode follows the system setting; screenshots at desktop and phone widths, light and dark', async () => {
  for (const scheme of ['light', 'dark']) {
    for (const [w, h] of [[1280, 800], [390, 844]]) {
      const page = await open('#gather', { scheme, viewport: { width: w, height: h } });
      const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      if (scheme === 'dark') assert.equal(bg, 'rgb(13, 17, 23)');
      else assert.equal(bg, 'rgb(255, 255, 255)');
      await virtualInstant(page);
      await page.fill('#seed', '1');
      await page.click('#run');
      await waitForEnd(page);
      await shot(page, `gather-${w}-${scheme}`, w < 600);
      assert.equal(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth), true, `${w} ${scheme}: nothing wider than the window`);
      await page.goto(`${server.url}#playground`);
      await page.waitForSelector('article[data-lesson="playground"]');
      await shot(page, `playground-${w}-${scheme}`);
      await page.close();
    }
  }
});

/** axe-core's serious and critical violations on the page, as short strings. */
async function axe(page) {
  await page.evaluate(readFileSync(AXE, 'utf8'));
  const result = await page.evaluate(async () => {
    const r = await window.axe.run(document, { resultTypes: ['violations'] });
    return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.impact} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
  });
  return result;
}

test('axe-core: the page (after a run, with the comparison) and the playground have no serious or critical violation, light and dark', async () => {
  for (const scheme of ['light', 'dark']) {
    const page = await open('#gather', { scheme });
    await page.fill('#seed', '1');
    await virtualInstant(page);
    await page.click('#run');
    await waitForEnd(page);
    assert.deepEqual(await axe(page), [], `gather, ${scheme}`);
    await page.click('#share');
    await page.waitForSelector('#share-link:visible');
    assert.deepEqual(await axe(page), [], `gather with the share note, ${scheme}`);
    await page.goto(`${server.url}#playground`);
    await page.waitForSelector('article[data-lesson="playground"]');
    await page.waitForSelector('#code-py.hljs');
    assert.deepEqual(await axe(page), [], `playground, ${scheme}`);
    await page.close();
  }
});

test('no CSP violation and no console error on any page of these tests', async () => {
  assert.deepEqual(consoleErrors, []);
});
