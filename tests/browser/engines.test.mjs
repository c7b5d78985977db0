// engines.test.mjs -- the cross-browser suite: the same tests in Chromium,
// Firefox and WebKit (WebKitGTK's MiniBrowser, Safari's engine), through
// drivers.mjs.  What a learner does on the tutorial page: every lesson's
// recorded lines under the real and the virtual clock, Stop, Step, and the
// `await` lesson's blocked band while the page keeps painting; the two
// routes of a course page, <casyncio-lesson> (course-example.html) and
// embed.html in a frame of another origin; and, in the end, no CSP
// violation and no console error (with a check that a violation would be
// seen).  The larger suite (page, embed, hardening) stays on Chromium.
//
//   make site && node --test tests/browser/engines.test.mjs
//   ENGINES=webkit node --test tests/browser/engines.test.mjs   # one engine
//
// Screenshots go to test-results/<engine>-*.png.  Differences between the
// engines, and what the bounds below allow for: docs/browsers.md.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ENGINES, launch } from './drivers.mjs';
import { hostServer, startSite } from './site.mjs';
import { STARTS_FROM_SKELETON, lessonProgram, programKey } from './lesson-program.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const DIST = join(ROOT, 'dist');
const RESULTS = join(ROOT, 'test-results');
const LESSONS = ['await', 'callbacks', 'cancel', 'gather', 'as-completed', 'factorial'];
const engines = process.env.ENGINES ? process.env.ENGINES.split(',') : ENGINES;

/*
 * The longest gap between two animation frames allowed while the `await`
 * lesson blocks its loop for 3 s, and the fewest frames.  The runtime
 * suspends into the browser's event loop while it blocks, so the page's
 * own script does almost nothing per frame (under 1 ms measured in all
 * three) and Chromium and Firefox paint every 16.7 ms: 250 ms there leaves
 * room for a shared 2-core machine and a garbage collection, and still
 * fails if the loop held the main thread for a timer's length.  WebKitGTK
 * composites in software on Xvfb, in three processes that compete for the
 * same cores: on this machine under load its frames come every 25-45 ms
 * with stalls of up to 1.4 s that are the compositor's, not the page's
 * (docs/browsers.md).  Its bound is half the block: a page that held its
 * thread would show one 3000 ms gap and no frame.
 */
const FRAME_GAP_MAX_MS = { chromium: 250, firefox: 250, webkit: 1500 };
const FRAMES_MIN = { chromium: 60, firefox: 60, webkit: 10 };

/* Under the real clock, lines CPython prints at the same recorded time
 * (three workers that each sleep 1 s) may come in another order on a
 * loaded machine, as they may in CPython: their timers are set a few ms
 * apart. The lines put back in the order of their recorded times, ties
 * kept as printed, must be the recorded ones: every line is there, and
 * none comes before a line recorded earlier than it. */
function inRecordedTimeOrder(lines, id) {
  const at = new Map();
  for (const l of readFileSync(join(ROOT, 'tutorials', id, 'expected-times.txt'), 'utf8').split('\n')) {
    const m = /^(\d+)\t(.*)$/.exec(l);
    if (m && !at.has(m[2])) at.set(m[2], Number(m[1]));
  }
  const rank = lines.map((l, i) => ({ l, i, t: at.get(l) ?? Infinity }));
  const sorted = [...rank].sort((x, y) => x.t - y.t || x.i - y.i);
  if (sorted.some((x, k) => x.i !== k)) return lines; /* a line before an earlier one: compare as printed */
  const want = expected(id);
  const ties = (a) => a.map((l) => `${at.get(l)}\t`).join('');
  return ties(lines) === ties(want) && [...lines].sort().join('\n') === [...want].sort().join('\n') ? want : lines;
}

const expected = (id, file = 'expected.txt') =>
  readFileSync(join(ROOT, 'tutorials', id, file), 'utf8').split('\n').filter((l) => l !== '');

/* Whether a and b hold the same lines, in different orders. */
function sameLinesInAnotherOrder(a, b) {
  return JSON.stringify(a) !== JSON.stringify(b) && JSON.stringify([...a].sort()) === JSON.stringify([...b].sort());
}

let site;
let host;

/** The host page of the iframe route: one embed, messages kept in window.msgs. */
function hostPage(req) {
  const pkg = new URL(req.url, 'http://x').searchParams.get('pkg');
  const origin = `http://${req.headers.host}`;
  const src = `${pkg}embed.html?lesson=gather&seed=1&frame=one&allow=${encodeURIComponent(origin)}`;
  return `<!doctype html><meta charset="utf-8"><title>course</title>
<script>
  window.msgs = [];
  addEventListener('message', (e) => { if (e.data && e.data.source === 'casyncio') msgs.push({ origin: e.origin, data: e.data }); });
</script>
<h1>Course page</h1>
<iframe id="lesson" src="${src}" width="900" height="600"></iframe>`;
}

before(async () => {
  assert.ok(existsSync(join(DIST, 'index.html')) && existsSync(join(DIST, 'casyncio.wasm')),
    'dist/ is not built: run `make site` first');
  site = await startSite(DIST);
  host = await hostServer(hostPage);
  mkdirSync(RESULTS, { recursive: true });
});

after(async () => {
  await site?.close();
  await host?.close();
});

for (const engine of engines) {
  describe(engine, () => {
    let b;          // the Session
    let reportsBefore;

    before(async () => {
      b = await launch(engine);
      reportsBefore = site.reports.length;
    });
    after(async () => { await b?.close(); });

    // A fresh document each time (a new query, not just a new hash).
    let loads = 0;
    const open = async (id) => {
      await b.goto(`${site.url}?load=${++loads}#${id}`, `html[data-ready="true"] article[data-lesson="${id}"]`);
      if (!STARTS_FROM_SKELETON.includes(id)) return;
      // The lesson's own program, not the exercise's skeleton (lesson-program.mjs).
      await b.evaluate((k, v) => localStorage.setItem(k, v), programKey(id), lessonProgram(id));
      await b.goto(`${site.url}?load=${++loads}#${id}`, `html[data-ready="true"] article[data-lesson="${id}"]`);
    };
    const enabled = (sel) => b.waitFor((s) => { const e = document.querySelector(s); return e && !e.disabled; }, [sel], { message: `${sel} enabled` });
    const endStatus = async () => {
      await b.waitForSelector('#output .line.end');
      return b.evaluate(() => document.querySelector('#output .line.end').dataset.status);
    };
    const printed = () => b.texts('#output .line.print .text');
    const setSeed = (seed) => b.type('#seed', seed, { replace: true });

    test('the Python editor: a line typed at the top of the program runs through the interpreter', async () => {
      await open('gather');
      await setSeed('1');
      // Only the caret is placed by script (at the start of the program);
      // the line and its Enter are typed through the engine's own keyboard.
      await b.evaluate(() => {
        const el = document.querySelector('#code-py');
        el.focus();
        const range = document.createRange();
        range.selectNodeContents(el);
        range.collapse(true);
        const sel = window.getSelection();
        sel.removeAllRanges();
        sel.addRange(range);
      });
      await b.type('#code-py', "print('typed in', 6 * 7)\n");
      const top = await b.evaluate(() => document.querySelector('#code-py').textContent.split('\n').slice(0, 2));
      assert.equal(top[0], "print('typed in', 6 * 7)", `the typed line and its Enter: ${JSON.stringify(top)}`);
      await b.click('input[name="clock"][value="virtual"]');
      await enabled('#speed');
      await b.select('#speed', 'instant');
      await b.click('#run');
      assert.equal(await endStatus(), 'ok');
      assert.deepEqual(await printed(), ['typed in 42', ...expected('gather')]);
      await b.waitFor(() => !document.querySelector('#edited').hidden, [], { message: 'the "edited" tag shows' });
      await b.click('#reset');
    });

    // Each engine's own stack holds the interpreter's C recursion: a
    // recursion through a dunder that C calls back ends in RecursionError
    // after the same levels in every engine (eval.c's C_RECURSION_LIMIT,
    // set by V8's stack; Firefox and JSC hold as much), and one through
    // Python frames alone at CPython's depth, never in a trap.
    test('Python: runaway recursion through C and through frames ends in RecursionError, as deep in every engine', async () => {
      await b.goto(`${site.url}?load=${++loads}`, 'html[data-ready="true"]');
      const corpus = join(ROOT, 'tests', 'python', 'corpus');
      for (const [name, repeated] of [['mistakes/recursion_add_adds_itself', 557], ['mistakes/recursion_eq_compares_itself', 496],
        ['mistakes/recursion_property_setter', 994]]) {
        const events = await b.evaluate(async (src) => {
          const m = await import('./casyncio.js');
          const out = [];
          for await (const e of m.runPython(src, { clock: 'virtual', events: 'output' })) out.push(e);
          return out;
        }, readFileSync(join(corpus, `${name}.py`), 'utf8'));
        const end = events.at(-1);
        assert.equal(end.type, 'end', name);
        assert.equal(end.status, 'error', `${name}: ${JSON.stringify(end)}`);
        assert.equal(end.error?.type, 'RecursionError', `${name}: ${JSON.stringify(end)}`);
        const text = events.map((e) => e.text ?? '').join('');
        assert.ok(text.includes(`[Previous line repeated ${repeated} more times]`), `${name}: ${text.slice(-400)}`);
      }
    });

    for (const id of LESSONS) {
      test(`${id}: real clock, seed 1 prints the recorded lines`, async (ctx) => {
        const runOnce = async () => {
          await open(id);
          await setSeed('1');
          await b.click('#run');
          assert.equal(await endStatus(), 'ok');
          return printed();
        };
        let lines = await runOnce();
        if (engine === 'webkit' && sameLinesInAnotherOrder(lines, expected(id))) {
          // A known WebKit issue of a page's first run (docs/browsers.md):
          // said here, and tried once more in a new page, which must pass.
          ctx.diagnostic(`webkit: ${id} printed its lines in another order than Python's: ${JSON.stringify(lines)}; run again`);
          lines = await runOnce();
        }
        assert.deepEqual(inRecordedTimeOrder(lines, id), expected(id));
        assert.match(await b.text('#status'), /^Finished in [\d.]+ ms\./);
        await b.waitForSelector('.seg.st-done[data-lane="Task-1"]');
        if (id === 'gather') await b.screenshot(join(RESULTS, `${engine}-gather.png`));
      });

      test(`${id}: virtual clock, instant, prints the recorded lines at exact times`, async () => {
        await open(id);
        await setSeed('1');
        await b.click('input[name="clock"][value="virtual"]');
        await enabled('#speed');
        await b.select('#speed', 'instant');
        await b.click('#run');
        assert.equal(await endStatus(), 'ok');
        assert.deepEqual(await printed(), expected(id));
        // Virtual times are whole milliseconds of the program's sleeps.
        const times = await b.texts('#output .line.print .t');
        for (const t of times) assert.match(t, /^\d+ ms$/);
      });

      test(`${id}: Stop mid-run cancels the tasks`, async () => {
        await open(id);
        await b.click('#run');
        await b.waitForSelector('#output .line.print .task:not([title="outside any task"])');
        await enabled('#stop');
        await b.click('#stop');
        assert.equal(await endStatus(), 'cancelled');
        assert.equal(await b.text('#status'), 'Stopped.');
        const counts = await b.evaluate(() => ({
          cancelled: document.querySelectorAll('#output .line.cancelled').length,
          interrupted: [...document.querySelectorAll('#output .line.failed')].filter((l) => /failed: KeyboardInterrupt/.test(l.textContent)).length,
          stop: document.querySelectorAll('#output .line.stop').length,
          stopDisabled: document.getElementById('stop').disabled,
        }));
        // The page runs the Python program; in the await lesson the stop
        // comes during time.sleep, where the interpreter raises
        // KeyboardInterrupt: the task fails with it.
        if (id === 'await') assert.equal(counts.interrupted, 1, 'Task-1 failed with KeyboardInterrupt');
        else assert.ok(counts.cancelled >= 1, 'a task_cancelled line');
        assert.equal(counts.stop, 1, 'a stop line');
        assert.equal(counts.stopDisabled, true);
        await b.waitForSelector(id === 'await' ? '.seg.st-failed' : '.seg.st-cancelled');
      });
    }

    test('await, real clock: the loop is blocked for 3 s, shown as a growing band, and the page keeps painting', async (ctx) => {
      // Warm up first: a fresh WebKit paints its first page irregularly
      // for a second or two (docs/browsers.md).
      await open('await');
      await b.click('input[name="clock"][value="virtual"]');
      await enabled('#speed');
      await b.select('#speed', 'instant');
      await b.click('#run');
      assert.equal(await endStatus(), 'ok');
      await open('await');
      // Time every frame and every printed line, in the page's own clock.
      await b.evaluate(() => {
        const m = (window.__m = { frames: [], lines: [] });
        const frame = (t) => { m.frames.push(performance.now()); if (!m.stop) requestAnimationFrame(frame); };
        requestAnimationFrame(frame);
        new MutationObserver(() => {
          const n = document.querySelectorAll('#output .line.print').length;
          while (m.lines.length < n) m.lines.push(performance.now());
        }).observe(document.getElementById('output'), { childList: true, subtree: true });
      });
      await b.click('input[name="view-mode"][value="time"]'); // the band grows with time in the time view
      await b.click('#run');
      await b.waitForSelector('.band.blocked');
      const w0 = await b.evaluate(() => document.querySelector('.band.blocked').getBBox().width);
      await b.waitFor((w) => document.querySelector('.band.blocked').getBBox().width > w + 40, [w0], { message: 'the band to grow' });
      // Typing works during the block.
      await b.type('#seed', '7', { replace: true });
      assert.equal(await b.evaluate(() => document.getElementById('seed').value), '7');
      assert.equal((await printed()).length, 3, 'only the first three lines during the block');
      await b.screenshot(join(RESULTS, `${engine}-await-blocked.png`));
      // Then keep quiet until the end: a driver's script costs WebKit frames.
      await b.waitFor(() => !!document.querySelector('#output .line.end'), [], { poll: 500, message: 'the end' });
      assert.equal(await endStatus(), 'ok');
      const m = await b.evaluate(() => { window.__m.stop = true; return window.__m; });
      // The block in the runtime's clock, and in the page's: from when it
      // showed "worker - will take some time" to "worker - done it".
      const times = (await b.texts('#output .line.print .t')).map(parseFloat);
      assert.ok(times[3] - times[2] >= 3000 && times[3] < 3600, `worker - done it at ${times[3]} ms, ${times[2]} before`);
      const [from, to] = [m.lines[2], m.lines[3]];
      assert.ok(to - from >= 2500, `the page showed the block for ${(to - from).toFixed(0)} ms`);
      const inside = m.frames.filter((t) => t >= from && t <= to);
      const gaps = [inside[0] - from, ...inside.slice(1).map((t, i) => t - inside[i]), to - inside.at(-1)];
      const worst = Math.max(...gaps);
      assert.ok(inside.length >= FRAMES_MIN[engine], `${inside.length} frames in the 3 s block`);
      assert.ok(worst < FRAME_GAP_MAX_MS[engine], `a ${worst.toFixed(0)} ms gap between frames during the block`);
      ctx.diagnostic(`${engine}: ${inside.length} frames in the 3 s block, longest gap ${worst.toFixed(1)} ms`);
    });

    test('virtual clock: Step shows one event per click, then Run finishes', async () => {
      await open('callbacks');
      await b.click('input[name="clock"][value="virtual"]');
      await setSeed('1');
      // One event per click: the runtime's events (a Step-started run also
      // has line events, which move the mark on the program's line).
      const stepOnce = async (i) => {
        const before = await b.text('#last-event');
        await enabled('#step');
        await b.click('#step');
        await b.waitFor((p) => { const t = document.getElementById('last-event').textContent; return t !== p && /^#\d+ /.test(t) && !/ is at line /.test(t); },
          [before], { message: `event ${i}` });
      };
      await stepOnce(1);
      assert.equal((await printed()).length, 1, 'event 1 is the first print');
      for (let i = 2; i <= 5; i++) await stepOnce(i);
      assert.match(await b.text('#status'), /^Paused/);
      assert.equal((await printed()).length, 2);
      await b.select('#speed', 'instant');
      await b.click('#run');
      assert.equal(await endStatus(), 'ok');
      assert.deepEqual(await printed(), expected('callbacks'));
      assert.equal((await b.texts('#output .line.print .t')).at(-1), '1000 ms');
    });

    test('element route: course-example.html runs its three <casyncio-lesson>s, and Run runs one again', async (ctx) => {
      // The three lessons run at once with the real clock.  On a busy
      // machine a stall of over BATCH_LIMIT (runtime/src/loop.c) between the
      // as-completed workers' sleeps splits their wake-up, and the first
      // worker's result comes before the others are done, as it would in
      // CPython (this split one CI run in Firefox and WebKit).  As with the
      // corpus's real-clock runs (tests/python/README.md), a page whose
      // lines differ loads once more, and the second load counts.
      const want = { 'demo-gather': expected('gather'), 'demo-as-completed': expected('as-completed'),
        'demo-factorial': expected('factorial', 'expected-as_completed.txt') };
      let lines;
      for (let attempt = 0; attempt < 2; attempt++) {
        await b.goto(`${site.url}course-example.html`);
        await b.waitFor(() => document.getElementById('finished').textContent === '3', [], { message: '3 examples finished' });
        lines = await b.evaluate(() => Object.fromEntries(['demo-gather', 'demo-as-completed', 'demo-factorial'].map((id) => [
          id, [...document.getElementById(id).shadowRoot.querySelectorAll('.line.print .text')].map((n) => n.textContent),
        ])));
        if (JSON.stringify(lines) === JSON.stringify(want)) break;
        if (attempt === 0) ctx.diagnostic(`${engine}: the course page's first load printed other lines; it loads once more`);
      }
      assert.deepEqual(lines['demo-gather'], expected('gather'));
      assert.deepEqual(lines['demo-as-completed'], expected('as-completed'));
      assert.deepEqual(lines['demo-factorial'], expected('factorial', 'expected-as_completed.txt'));
      // A learner presses Run in the first lesson: a second run, same lines.
      await b.evaluate(() => {
        window.__ends = [];
        document.getElementById('demo-gather').addEventListener('run-end', (e) => window.__ends.push(e.detail.status));
      });
      await b.click('#demo-gather >>> [part="run-button"]');
      await b.waitFor(() => window.__ends.length === 1, [], { message: 'the second run to end' });
      assert.deepEqual(await b.evaluate(() => window.__ends), ['ok']);
      const again = await b.evaluate(() => [...document.getElementById('demo-gather').shadowRoot.querySelectorAll('.line.print .text')].map((n) => n.textContent));
      assert.equal(again.length, expected('gather').length);
      assert.equal(await b.text('#finished'), '3');
      await b.screenshot(join(RESULTS, `${engine}-course-example.png`));
    });

    test('iframe route: embed.html in a page of another origin runs and stops on its commands', async () => {
      await b.goto(`${host.url}?pkg=${encodeURIComponent(site.url)}`);
      await b.waitFor(() => window.msgs.some((m) => m.data.type === 'ready'), [], { message: 'the frame to be ready' });
      const pkgOrigin = new URL(site.url).origin;
      const send = (command) => b.evaluate((c, o) => { document.getElementById('lesson').contentWindow.postMessage({ source: 'casyncio', command: c }, o); }, command, pkgOrigin);
      await send('run');
      await b.waitFor(() => window.msgs.some((m) => m.data.type === 'run-end'), [], { message: 'run-end from the frame' });
      let msgs = await b.evaluate(() => window.msgs);
      for (const m of msgs) assert.equal(m.origin, pkgOrigin);
      const first = msgs.map((m) => m.data).filter((m) => m.type !== 'height'); // height: whenever the content grows
      assert.deepEqual(first[0], { source: 'casyncio', frame: 'one', type: 'ready', lesson: 'gather' });
      assert.equal(first[1].type, 'run-start');
      assert.deepEqual(first.filter((m) => m.type === 'event' && m.event.type === 'print').map((m) => m.event.text), expected('gather'));
      assert.equal(first.at(-1).end.status, 'ok');
      // Run again and stop it while the workers sleep.
      await b.evaluate(() => { window.msgs.length = 0; });
      await send('run');
      await b.waitFor(() => window.msgs.some((m) => m.data.type === 'event' && m.data.event.type === 'print'), [], { message: 'a line from the second run' });
      await send('stop');
      await b.waitFor(() => window.msgs.some((m) => m.data.type === 'run-end'), [], { message: 'run-end of the stopped run' });
      msgs = await b.evaluate(() => window.msgs.map((m) => m.data).filter((m) => m.type !== 'height'));
      assert.equal(msgs.at(-1).end.status, 'cancelled');
      await b.screenshot(join(RESULTS, `${engine}-embed.png`));
    });

    test('no CSP violation and no console error anywhere, and a violation would be seen', async (ctx) => {
      const found = await b.problems();
      // A violation and a console error of our own, seen by the probe, the
      // violation also reported to the server; once its report is in,
      // those of the pages above are too.
      const canary = 'casyncio-canary';
      await open('gather');
      await b.evaluate((c) => {
        document.getElementById('status').setAttribute('style', `--${c}: 1`);
        console.error(c);
      }, canary);
      // WebKit may deliver the violation's event a task later: gather what
      // comes until both are in (or 5 s have passed)
      const probe = { errors: [], csp: [] };
      for (const until = Date.now() + 5000; ;) {
        const p = await b.problems();
        probe.errors.push(...p.errors);
        probe.csp.push(...p.csp);
        if ((probe.csp.length && probe.errors.some((e) => e.includes(canary))) || Date.now() > until) break;
        await new Promise((r) => setTimeout(r, 50));
      }
      assert.equal(probe.csp.length, 1, `the probe saw ${JSON.stringify(probe.csp)}`);
      assert.match(probe.csp[0], /^style-src/);
      assert.ok(probe.errors.some((e) => e.includes(canary)), `the canary's console.error was not seen: ${JSON.stringify(probe.errors)}`);
      const mine = () => site.reports.slice(reportsBefore);
      const deadline = Date.now() + 10000;
      while (!mine().some((r) => /style-src/.test(r['violated-directive'] || r['effective-directive'] || ''))) {
        assert.ok(Date.now() < deadline, `no report of the canary violation reached the server: ${JSON.stringify(mine())}`);
        await new Promise((r) => setTimeout(r, 50));
      }
      const others = mine().filter((r) => !/style-src/.test(r['violated-directive'] || r['effective-directive'] || ''));
      assert.deepEqual(others, [], 'CSP reports besides the canary');
      assert.equal(mine().length, 1, `one report, the canary's: ${JSON.stringify(mine())}`);
      const r = mine()[0];
      ctx.diagnostic(`${engine}: the probe saw "${probe.csp[0]}"; the report says violated-directive "${r['violated-directive']}", effective-directive "${r['effective-directive']}"`);
      assert.deepEqual(found.csp, []);
      assert.deepEqual(found.errors, []);
    });
  });
}
