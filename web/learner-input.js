// learner-input.js -- what the tutorial page does around a Python run's
// input and its blocked loop (app.js calls these; the DOM ids are
// index.html's):
//
//  * The Input box (#stdin): the lines input() reads, one per call, passed
//    to the run as its stdin.  It is shown when the program calls input()
//    (or sys.stdin), in the playground, and whenever it holds text, so a
//    learner sees it exactly when it matters.  When the lines run out,
//    input() raises EOFError as python3 does at the end of its input, and
//    the page says why under the traceback.
//  * Echo: a terminal shows what was typed after input()'s prompt; a run's
//    `input` event (docs/events.md) puts the line there, marked as input.
//    Text printed without a newline (a prompt, print(..., end="")) and the
//    text after it share one line, as in python3's output.
//  * Stop while the loop is blocked (time.sleep): the text that explains
//    what CPython does, for app.js to show before it stops the run.
import { el, fmtMs } from './timeline.js';

const $ = (id) => document.getElementById(id);

/** True if a program reads its standard input. */
export function usesInput(code) {
  return /\binput\s*\(|\bsys\.stdin\b/.test(code);
}

/**
 * Wires the Input box.  page.code() is the editor's text; page.always()
 * says whether the box is always shown (the playground).
 */
export function initInput(page) {
  const field = $('stdin-field');
  const box = $('stdin');
  const update = () => {
    field.hidden = !(page.always() || box.value !== '' || usesInput(page.code()));
  };
  box.addEventListener('share-applied', update);
  return {
    update,
    /** What input() reads in this run: the box's lines, if it is shown. */
    stdin() { return field.hidden ? '' : box.value.replace(/\r\n?/g, '\n'); },
    clear() { box.value = ''; update(); },
  };
}

/**
 * A stdout print event: continues the output's last line when that line's
 * text ended without a newline (end: ""), else returns makeLine()'s new
 * line (for the caller to append).  Marks a line that is still open.
 */
export function printLine(log, ev, makeLine) {
  const last = log.last;
  if (last && last.dataset.open === 'true' && last.classList.contains('print')) {
    last.querySelector('.text').append(String(ev.text));
    if (ev.end !== '') delete last.dataset.open;
    return null;
  }
  const line = makeLine();
  if (ev.end === '') line.dataset.open = 'true';
  return line;
}

/**
 * An `input` event: the line input() read, shown after its prompt as a
 * terminal echoes it (or on a line of its own when there was no prompt);
 * at the end of the input, a notice that says where the EOFError comes
 * from.  Returns a new line for the caller to append, or null.
 */
export function inputLine(log, ev, makeLine) {
  if (ev.eof) {
    const line = makeLine('notice input-eof', ev.t, ev.task, 'input() found no line left in the Input box, so it raises EOFError, as python3 does at the end of its input. Add a line to the Input box for each input() call.');
    for (const l of log.box.querySelectorAll('.line[data-open="true"]')) delete l.dataset.open;
    return line;
  }
  const echo = el('span', { class: 'echo', title: 'read by input() from the Input box' }, String(ev.text));
  const last = log.last;
  if (last && last.dataset.open === 'true') {
    last.querySelector('.text').append(echo);
    delete last.dataset.open;
    return null;
  }
  const line = makeLine('print input', ev.t, ev.task, '');
  line.querySelector('.text').append(echo);
  return line;
}

/**
 * The loop's open block among events (a loop_blocked with no
 * loop_unblocked after it), or null.
 */
export function openBlock(events) {
  for (let i = events.length - 1; i >= 0; i--) {
    const ev = events[i];
    if (ev.type === 'loop_unblocked') return null;
    if (ev.type === 'loop_blocked') return ev;
  }
  return null;
}

/** Seconds, as the page writes a blocked call: "3 s", "0.5 s". */
function secs(ms) { return `${Number((ms / 1000).toFixed(3))} s`; }

/**
 * What the page says when Stop is pressed while the loop is blocked by
 * block (a loop_blocked event) at run time now (ms).
 */
export function blockedStopText(block, now) {
  const ends = block.t + block.ms;
  return `Stop pressed at ${fmtMs(now)}, while ${block.task ?? 'the program'} blocks the whole loop in time.sleep(${secs(block.ms)}). `
    + 'A blocked loop runs nothing else, not even the code that would cancel the tasks: as in CPython, the cancellation '
    + `can reach them only when time.sleep returns, at ${fmtMs(ends)}. The run stops then. (Press Stop again to end it now.)`;
}
