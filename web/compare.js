// compare.js -- "time.sleep against asyncio.sleep": one click runs the same
// program twice, side by side, once with `await asyncio.sleep(1)` in each of
// three workers and once with `time.sleep(1)`, each with its own output,
// elapsed time and timeline.  Shown in the lessons where the chapter makes
// the point (34.4.1 and 34.6.1: the await and gather lessons).
//
// Both runs use the real clock, so the learner watches it happen: the
// asyncio.sleep run finishes after 1 s, its three waits overlapping, while
// the time.sleep run goes on with the loop blocked, one worker after the
// other, until 3 s.  The virtual clock would finish both at once and leave
// only the printed numbers to compare.
import { run } from './casyncio.js';
import { Timeline, el, fmtMs } from './timeline.js';

export const COMPARE_LESSONS = ['await', 'gather'];

/** The program, with `await asyncio.sleep(1)` or `time.sleep(1)` in the worker. */
export function compareProgram(blocking) {
  const wait = blocking ? 'time.sleep(1)' : 'await asyncio.sleep(1)';
  return `import asyncio
import time


async def worker(name):
    print(f"{name} starts")
    ${wait}
    print(f"{name} done")


async def main():
    start = time.perf_counter()
    await asyncio.gather(worker("A"), worker("B"), worker("C"))
    print(f"All done after {time.perf_counter() - start:.1f} s")


asyncio.run(main())
`;
}

const SIDES = [
  { blocking: false, title: 'await asyncio.sleep(1)', says: 'The loop runs another worker while one waits: the three seconds of waiting overlap, and all is done after 1 s.' },
  { blocking: true, title: 'time.sleep(1)', says: 'time.sleep blocks the whole loop: no other worker runs meanwhile, so the waits add up to 3 s.' },
];

/** Builds the panel's content in section (the #compare placeholder) and wires it. */
export function initCompare(section) {
  const heading = el('h3', { id: 'compare-heading' }, 'time.sleep against asyncio.sleep');
  section.setAttribute('aria-labelledby', 'compare-heading');
  const intro = el('p', { class: 'compare-intro' }, 'The same three workers, side by side: on the left each awaits asyncio.sleep(1), on the right each calls time.sleep(1). Both run on the real clock, so you see the difference as it happens.');
  const runButton = el('button', { type: 'button', id: 'compare-run' }, 'Run both side by side');
  const stopButton = el('button', { type: 'button', id: 'compare-stop', disabled: '' }, 'Stop both');
  const buttons = el('div', { class: 'compare-buttons' });
  buttons.append(runButton, stopButton);
  const cols = el('div', { class: 'compare-cols' });
  const sides = SIDES.map((side, i) => {
    const col = el('div', { class: `compare-col ${side.blocking ? 'blocking' : 'overlapping'}`, 'data-side': side.blocking ? 'time' : 'asyncio' });
    const h = el('h4', {});
    h.append(el('code', {}, side.title));
    const code = el('pre', { class: 'compare-code', tabindex: '0', 'aria-label': `the worker with ${side.title}` });
    const src = compareProgram(side.blocking).split('\n').slice(4, 9).join('\n');
    const [before, after] = src.split(side.title);
    code.append(before, el('mark', {}, side.title), after);
    // Not a live region: it ticks ten times a second while running; the
    // panel's one live region (below) says how both runs ended.
    const status = el('p', { class: 'compare-status', id: `compare-status-${i}` }, 'Not run yet.');
    const output = el('div', { class: 'output compare-output', role: 'log', 'aria-label': `Output with ${side.title}`, tabindex: '0' });
    const tl = el('div', { class: 'timeline compare-timeline' });
    const says = el('p', { class: 'compare-says' }, side.says);
    // The output and the timeline appear with the first run (empty, they
    // only took room).
    output.hidden = true;
    tl.hidden = true;
    col.append(h, code, status, output, tl, says);
    cols.appendChild(col);
    return { ...side, status, output, tlBox: tl, timeline: new Timeline(tl), end: null };
  });
  const summary = el('p', { class: 'compare-summary', role: 'status' });
  section.replaceChildren(heading, intro, buttons, summary, cols);

  let controller = null;
  let ticker = 0;

  async function runSide(side, signal) {
    side.output.replaceChildren();
    side.output.hidden = false;
    side.tlBox.hidden = false;
    side.timeline.reset(3400); // one scale for both sides: 1 s against 3 s reads at a glance
    side.end = null;
    side.blocked = null;
    let began = null;
    let ended = null;
    for await (const ev of run({ python: compareProgram(side.blocking), filename: 'program.py' }, { clock: 'real', seed: 1, signal })) {
      side.timeline.apply(ev);
      if (ev.type === 'print') {
        const line = el('div', { class: `line ${ev.stream === 'stderr' ? 'stderr' : 'print'}` });
        line.append(el('span', { class: 't' }, fmtMs(ev.t)), el('span', { class: 'task' }, ev.task ?? 'main'), el('span', { class: 'text' }, String(ev.text)));
        side.output.appendChild(line);
      } else if (ev.type === 'loop_blocked') side.blocked = ev.task ?? 'a task';
      else if (ev.type === 'loop_unblocked') side.blocked = null;
      else if (ev.type === 'run_started') began = ev.t;
      else if (ev.type === 'run_finished') ended = ev.t;
      if (ev.type === 'end') side.end = ev;
    }
    // asyncio.run's own time, from the loop's start to its end (the
    // interpreter's start-up before it is the same on both sides).
    const took = began !== null && ended !== null ? `: asyncio.run took ${((ended - began) / 1000).toFixed(2)} s` : '';
    side.status.textContent = side.end?.status === 'ok' ? `Finished${took}.`
      : side.end?.status === 'cancelled' ? 'Stopped.' : `Failed: ${side.end?.error?.message ?? 'no end event'}`;
    side.status.dataset.status = side.end?.status ?? 'error';
  }

  runButton.addEventListener('click', async () => {
    controller?.abort();
    const mine = new AbortController();
    controller = mine;
    runButton.disabled = true;
    stopButton.disabled = false;
    const t0 = performance.now();
    for (const side of sides) { side.status.textContent = 'Running…'; delete side.status.dataset.status; }
    summary.textContent = 'Both programs are running.';
    clearInterval(ticker);
    ticker = setInterval(() => {
      const s = ((performance.now() - t0) / 1000).toFixed(1);
      for (const side of sides) {
        if (side.status.dataset.status) continue;
        side.status.textContent = `Running… ${s} s${side.blocked ? `: the loop is blocked in ${side.blocked}'s time.sleep(1)` : ''}`;
      }
    }, 100);
    await Promise.all(sides.map((side) => runSide(side, mine.signal).catch((error) => {
      side.status.textContent = `Failed: ${error.message}`;
      side.status.dataset.status = 'error';
    })));
    if (controller === mine) {
      clearInterval(ticker);
      summary.textContent = sides.map((side) => `${side.title}: ${side.status.textContent}`).join(' ');
      controller = null;
      runButton.disabled = false;
      stopButton.disabled = true;
      if (document.activeElement === stopButton || document.activeElement === document.body) runButton.focus();
    }
  });
  stopButton.addEventListener('click', () => controller?.abort());

  return {
    /** Shows the panel in the lessons that make the point; stops a run on leaving. */
    lessonShown(id) {
      section.hidden = !COMPARE_LESSONS.includes(id);
      if (section.hidden) controller?.abort();
    },
  };
}
