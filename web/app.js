// app.js -- the tutorial page's behaviour (plain ES module, no bundler).
//
//  * Lessons: the list from lessons/lessons.json, one lesson per `#<id>`;
//    its README.md rendered as plain paragraphs/headings/lists (text nodes
//    only), its lesson.c highlighted with the local highlight.js (read-only,
//    behind "the same program in C"), its program.py without our set-up
//    lines in an editor (CodeJar from vendor/, highlighted by highlight.js),
//    edits kept per lesson in localStorage.
//  * Runs: the editor's Python through `run({ python })` from casyncio.js,
//    with the chosen clock and seed (the factorial input as a first line of
//    ours); an error's line is marked in the editor.
//    Under the real clock, events are shown as they arrive.  Under the
//    virtual clock the runtime finishes at once and a player replays the
//    events paced by their `t` (scaled by the speed), or one per Step click.
//  * Output: a role="log" list, one element per printed line (text, task,
//    time), plus marked notices for cancellations, failures and the end.
//  * Timeline: an SVG with one lane per task (and the loop, and any awaited
//    gather/future), drawn as events arrive.
//
// Everything that comes from the runtime or from files is put in the page
// with textContent / createTextNode, never as HTML.  The exports at the end
// are for the browser tests (which import this module a second time from
// the page and get this same instance).
import { initCheck } from './check-ui.js';
import { stripSetup, withInput } from './python-text.js';
import { run } from './casyncio.js';
import { Timeline, el, fmtMs } from './timeline.js';
import { LineMarker, stepBoundary, wireViewMode } from './stepping.js';
import { initInput, inputLine, printLine, openBlock, blockedStopText } from './learner-input.js';
import { initShare, hashLesson } from './share.js';
import { PLAYGROUND, playgroundFiles } from './playground.js';
import { initCompare } from './compare.js';
import { OutputLog } from './output-log.js';

const $ = (id) => document.getElementById(id);
const SEED_MAX = Number.MAX_SAFE_INTEGER;
/* Events the page may be behind a run before it reads no more of them
 * (Session.start), and how far it catches up before it reads on. */
const BEHIND_HIGH = 5000;
const BEHIND_LOW = 1000;

/* ------------------------------------------------------------------ */
/* Small helpers                                                       */
/* ------------------------------------------------------------------ */

/** Yields to the event loop (used to keep long event bursts responsive). */
function yieldToBrowser() {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/* ------------------------------------------------------------------ */
/* README rendering: a tiny Markdown subset, as text nodes only        */
/* ------------------------------------------------------------------ */

/** Appends inline text with `code`, **bold** and *emphasis* spans to parent. */
function appendInline(parent, text) {
  const re = /(`[^`]+`|\*\*[^*]+\*\*|\*[^*\s][^*]*\*)/g;
  let last = 0;
  for (const m of text.matchAll(re)) {
    if (m.index > last) parent.appendChild(document.createTextNode(text.slice(last, m.index)));
    const tok = m[0];
    if (tok.startsWith('`')) parent.appendChild(el('code', {}, tok.slice(1, -1)));
    else if (tok.startsWith('**')) parent.appendChild(el('strong', {}, tok.slice(2, -2)));
    else parent.appendChild(el('em', {}, tok.slice(1, -1)));
    last = m.index + tok.length;
  }
  if (last < text.length) parent.appendChild(document.createTextNode(text.slice(last)));
}

/**
 * Renders README text into container: `#` headings (the first `#` title is
 * skipped: the page shows the lesson title), `*`/`-` bullet lists,
 * paragraphs and fenced code blocks (```python: highlighted by hl when
 * given, with a "Try it" button calling onTry(code) when given; ```text:
 * a program's output); anything else is plain text.
 */
export function renderReadme(container, markdown, { hl = null, onTry = null } = {}) {
  container.replaceChildren();
  // Fenced blocks first: they may hold blank lines.  split() with two
  // groups gives text, language, code, text, language, code, ..., text.
  const parts = markdown.replace(/\r\n?/g, '\n').split(/^```([a-z]*)\n([\s\S]*?)^```[ \t]*$/m);
  let first = true;
  // Programs are numbered in order; an output block names the program above it.
  let programs = 0;
  for (let i = 0; i < parts.length; i += 3) {
    first = renderBlocks(container, parts[i], first);
    if (i + 2 >= parts.length) break;
    const [lang, code] = [parts[i + 1], parts[i + 2]];
    const codeEl = el('code', lang ? { class: `language-${lang}` } : {}, code);
    // A block wider than the column scrolls: keyboard users reach it with
    // Tab (tabindex), and it says what it is (WCAG's scrollable regions).
    if (lang !== 'text') programs++;
    const name = lang === 'text' ? (programs ? `What example ${programs} prints` : 'Output')
      : `Example ${programs}: ${lang === 'python' ? 'Python' : lang === 'c' ? 'C' : 'code'}`;
    const pre = el('pre', { class: lang === 'text' ? 'readme-code readme-output' : 'readme-code', tabindex: '0', 'aria-label': name });
    pre.appendChild(codeEl);
    if (lang === 'python' && hl && hl.getLanguage('python')) hl.highlightElement(codeEl);
    if (lang === 'python' && onTry) {
      const wrap = el('div', { class: 'readme-example' });
      const button = el('button', { type: 'button', class: 'try-it' }, 'Try it in the editor');
      button.addEventListener('click', () => onTry(code));
      wrap.append(pre, button);
      container.appendChild(wrap);
    } else {
      container.appendChild(pre);
    }
    first = false;
  }
}

/** The headings, lists and paragraphs of text (no fenced blocks) into container. */
function renderBlocks(container, text, first) {
  const blocks = text.split(/\n\s*\n/);
  for (const raw of blocks) {
    const block = raw.replace(/^\n+|\s+$/g, '');
    if (!block) continue;
    const heading = /^(#{1,6})\s+(.*)$/.exec(block);
    if (heading && !block.includes('\n')) {
      const level = heading[1].length;
      if (level === 1 && first) { first = false; continue; }
      const h = el(`h${Math.min(6, level + 2)}`);
      appendInline(h, heading[2]);
      container.appendChild(h);
    } else if (/^[*-]\s/.test(block)) {
      // One item per `* ` line; indented lines continue the item.
      const ul = el('ul');
      const items = [];
      let cur = null;
      for (const line of block.split('\n')) {
        const m = /^[*-]\s+(.*)$/.exec(line);
        if (m) items.push(cur = [m[1]]);
        else if (cur) cur.push(line.trim());
      }
      for (const parts of items) {
        const li = el('li');
        appendInline(li, parts.join(' '));
        ul.appendChild(li);
      }
      container.appendChild(ul);
    } else {
      const p = el('p');
      appendInline(p, block.split('\n').map((l) => l.trim()).join(' '));
      container.appendChild(p);
    }
    first = false;
  }
  return first;
}


/* ------------------------------------------------------------------ */
/* Output log and status                                               */
/* ------------------------------------------------------------------ */

/** One line of the log: time, task and text, all as text. */
function logLine(kind, t, task, text) {
  const line = el('div', { class: `line ${kind}` });
  line.append(
    el('span', { class: 't' }, fmtMs(t)),
    el('span', { class: 'task', title: task ?? 'outside any task' }, task ?? 'main'),
    el('span', { class: 'text' }, text),
  );
  return line;
}

/** A short description of an event, for the last-event readout. */
function describe(ev) {
  switch (ev.type) {
    case 'print': return `${ev.task ?? 'main'} prints “${ev.text}”`;
    case 'task_created': return `${ev.task} created${ev.by ? ' by ' + ev.by : ''}`;
    case 'task_started': return `${ev.task} starts running`;
    case 'task_suspended': return `${ev.task} suspends: waits on ${ev.on ? `${ev.waits} ${ev.on}` : ev.waits}`;
    case 'task_resumed': return `${ev.task} resumes`;
    case 'task_done': return `${ev.task} done, result ${JSON.stringify(ev.result)}`;
    case 'task_cancelled': return `${ev.task} cancelled`;
    case 'task_failed': return `${ev.task} failed: ${ev.error?.type}: ${ev.error?.message}`;
    case 'timer_set': return `${ev.task ?? 'the loop'} sets timer ${ev.id} for ${ev.delay} ms`;
    case 'timer_fired': return ev.callback ? `timer ${ev.id} fires: callback ${ev.callback} runs` : `timer ${ev.id} fires: ${ev.task} is ready`;
    case 'timer_cancelled': return `timer ${ev.id} cancelled`;
    case 'callback': return ev.future ? `loop runs callback ${ev.name} for ${ev.future}` : `loop runs callback ${ev.name}`;
    case 'cancel_requested': return `cancel() on ${ev.task}`;
    case 'stop_requested': return 'the page asks the run to stop';
    case 'run_started': return 'asyncio.run starts the loop';
    case 'run_finished': return 'asyncio.run returns';
    case 'loop_blocked': return `the loop is blocked for ${ev.ms} ms (time.sleep)`;
    case 'loop_unblocked': return 'the loop runs again';
    case 'input': return ev.eof ? 'input() finds no line left: EOFError' : `input() reads “${ev.text}”`;
    case 'error': return `error ${ev.code}: ${ev.message}`;
    case 'line': return `${ev.task ?? 'main'} is at line ${ev.line - lineShift}`;
    case 'end': return `end: ${ev.status}`;
    default: return ev.type;
  }
}

const ui = {};       // element references, filled by init()
let output = null;   // the output log (output-log.js) in ui.output
let learnerInput = null; // the Input box (learner-input.js)
let share = null;    // share links (share.js)
let compare = null;  // time.sleep against asyncio.sleep (compare.js)
let timeline = null; // the Timeline
let lessonList = []; // lessons.json
let current = null;  // the lesson shown: {id, title, ...}
let session = null;  // the active run (Session) or null
let lineMarker = null; // the line about to run, while stepping (stepping.js)

function setStatus(text, kind = '') {
  ui.status.textContent = text;
  ui.status.className = `status ${kind}`;
}

/** Shows a field error next to its field (empty text clears it). */
function fieldError(input, box, message) {
  box.textContent = message;
  if (message) input.setAttribute('aria-invalid', 'true');
  else input.removeAttribute('aria-invalid');
}

/**
 * Renders one event into the log, timeline and status: the page's single
 * entry point for runtime events (exported for the tests).
 */
export function renderEvent(ev) {
  timeline.apply(ev);
  ui.lastEvent.textContent = `#${ev.seq} at ${fmtMs(ev.t)}${ev.iter ? `, turn ${ev.iter}` : ''}: ${describe(ev)}`;
  if (ev.type === 'line') lineMarker.show(ev.line - lineShift, editorCode(), ev.task);
  else if (ev.type === 'end') lineMarker.hide();
  let line = null;
  switch (ev.type) {
    case 'print':
      if (ev.stream === 'stderr') {
        const text = renumber(String(ev.text));
        line = logLine('stderr', ev.t, ev.task, text);
        noteStderr(text);
      } else line = printLine(output, ev, () => logLine('print', ev.t, ev.task, String(ev.text)));
      break;
    case 'input':
      line = inputLine(output, ev, logLine);
      break;
    case 'loop_blocked':
      if (session) session.blockedAtWall = performance.now(); // shown as it arrives (real clock)
      break;
    case 'loop_unblocked':
      // Stop was pressed during the block: it goes to the tasks now, if the
      // timer of stopPressed has not already sent it.
      if (session && session.stopAfterBlock && !session.ended && !session.stopped) { const s = session; setTimeout(() => s.stop(), 0); }
      break;
    case 'task_cancelled':
      line = logLine('notice cancelled', ev.t, ev.task, `${ev.task} was cancelled`);
      break;
    case 'task_failed':
      line = logLine('notice failed', ev.t, ev.task, `${ev.task} failed: ${ev.error?.type}: ${ev.error?.message}`);
      break;
    case 'stop_requested':
      line = logLine('notice stop', ev.t, null, 'Stop requested: cancelling every task');
      break;
    case 'error':
      line = logLine('notice error', ev.t, null, `${ev.code}: ${ev.message}`);
      showRuntimeError(ev);
      break;
    case 'end': {
      const text = ev.status === 'ok' ? 'run finished: ok'
        : ev.status === 'cancelled' ? 'run finished: cancelled'
          : `run finished with an error: ${ev.error?.type ?? ''}: ${ev.error?.message ?? ''}`;
      line = logLine(`notice end end-${ev.status}`, ev.t, null, text);
      line.dataset.status = ev.status;
      if (ev.status === 'ok') setStatus(`Finished in ${fmtMs(ev.t)}.`, 'ok');
      else if (ev.status === 'cancelled') setStatus('Stopped.', 'stopped');
      else setStatus(`Error: ${ev.error?.message ?? 'the run failed'}`, 'error');
      if (ev.status === 'error' && errorLine) markError(errorLine, `${ev.error?.type ?? 'Error'}: ${ev.error?.message ?? ''}`);
      ui.output.dataset.status = ev.status;
      break;
    }
    default:
      break;
  }
  if (line) output.append(line);
}

/** Shows a runtime input error next to the field it is about. */
function showRuntimeError(ev) {
  if (ev.code !== 'EINVAL') return;
  const msg = String(ev.message).replace(/^ValueError:\s*/, '');
  if (/seed/i.test(msg)) fieldError(ui.seed, ui.seedError, `The runtime says: ${msg}`);
  else if (current?.id === 'factorial') fieldError(ui.numbers, ui.numbersError, `The runtime says: ${msg}`);
}

/* ------------------------------------------------------------------ */
/* Runs and the virtual-clock player                                   */
/* ------------------------------------------------------------------ */

/**
 * One run of a lesson.  Events from run() go into a queue; a pump shows
 * them: at once (real clock, in slices so bursts never block the page), or
 * paced by t / speed, or one per step (virtual clock).
 */
class Session {
  constructor({ lesson, python, clock, seed, input, speed, paused, stepUnit, stdin }) {
    this.lesson = lesson;
    this.python = python;       // the program's source (undefined: the C lesson)
    this.stdin = stdin ?? '';   // what input() reads (the Input box)
    this.clock = clock;
    this.speed = speed;         // number or 'instant' (virtual clock)
    this.paused = !!paused;     // stepping
    this.stepping = false;      // a step is under way (its end not yet shown)
    this.stepUnit = stepUnit ?? 'event';
    this.stepFirst = null;      // the first event the step showed
    this.queue = [];
    this.shown = 0;
    this.received = 0;
    this.ended = false;         // the end event was shown
    this.streamDone = false;    // run() finished delivering
    this.stopped = false;
    this.controller = new AbortController();
    this.vt = 0;                // replay clock (virtual), ms of run time
    this.base = null;           // {vt, wall}: replay clock anchor
    this.timer = null;
    const options = { clock, signal: this.controller.signal };
    if (seed !== undefined) options.seed = seed;
    if (input !== undefined && python === undefined) options.input = input;
    // A run started by Step marks each line of Python about to run.
    if (paused && python !== undefined) options.lines = true;
    // Virtual clock at a speed, or stepped: the runtime itself is paced (it
    // waits here before each jump of virtual time), so Stop reaches live
    // tasks.  "instant" runs unpaced and the events are shown as they come.
    this.paced = clock === 'virtual' && speed !== 'instant';
    this.paceWaiter = null;     // Step releases the loop's next wait
    this.paceTimer = null;
    if (this.paced) options.pace = (ms) => this.pace(ms);
    this.options = options;
  }

  /** The runtime asks to jump ms of virtual time: wait speed-scaled, or for Step. */
  pace(ms) {
    return new Promise((resolve) => {
      if (this !== session || this.ended || this.stopped) return resolve();
      this.lastPace = { ms, at: performance.now(), vt: this.vt };
      if (this.paused && this.stepping) { resolve(); return; } // the step needs what comes after the jump
      // Kept, so that a Step or Stop can release it whatever waits.
      this.paceWaiter = resolve;
      if (!this.paused) this.paceTimer = setTimeout(() => this.releasePace(), ms / this.speed);
    });
  }

  releasePace() {
    clearTimeout(this.paceTimer);
    this.paceTimer = null;
    const r = this.paceWaiter;
    this.paceWaiter = null;
    if (r) r();
  }

  async start() {
    this.tick();
    try {
      const events = this.python === undefined ? run(this.lesson, this.options)
        : run({ python: this.python, filename: PY_FILENAME, stdin: this.stdin }, this.options);
      for await (const ev of events) {
        if (this !== session) break; // replaced by another run or lesson: drop it
        this.queue.push(ev);
        this.received++;
        this.lastArrival = performance.now();
        this.pump();
        // Far behind (a program printing without end): read no more until
        // the page catches up, so the run waits for the page (casyncio.js's
        // Channel), as python3 waits for a slow terminal.
        if (this.queue.length - this.shown > BEHIND_HIGH && !this.ended && !this.stopped) await this.caughtUp();
      }
    } catch (error) {
      this.queue.push({ v: 1, seq: this.received + 1, t: this.vt, type: 'error', code: 'EHOST', message: String(error?.message ?? error) });
      this.queue.push({ v: 1, seq: this.received + 2, t: this.vt, type: 'end', status: 'error', error: { type: 'Error', message: String(error?.message ?? error) } });
    }
    this.streamDone = true;
    this.pump();
  }

  /** Shows queued events that are due. */
  pump() {
    if (this.pumping || this.ended || this !== session) return;
    if (this.paused) {
      if (this.stepping) this.continueStep();
    } else if (this.clock === 'real' || this.speed === 'instant' || this.paced) this.drain(Infinity);
    else this.drainPaced();
    updateButtons();
  }

  /** Shows up to `until` (ms of run time) in time slices of ~8 ms. */
  async drain(until) {
    this.pumping = true;
    let sliceStart = performance.now();
    while (this.shown < this.queue.length && !this.ended && this.queue[this.shown].t <= until) {
      this.show(this.queue[this.shown]);
      if (performance.now() - sliceStart > 8) {
        await yieldToBrowser();
        sliceStart = performance.now();
        if (this !== session) break;
      }
    }
    this.pumping = false;
    if (this.shown < this.queue.length && !this.ended && this === session && (this.clock === 'real' || this.speed === 'instant' || this.paced)) this.pump();
  }

  /** Resolves when the page has shown all but BEHIND_LOW of the events, or the run ends or stops. */
  caughtUp() {
    return new Promise((resolve) => { this.onCaughtUp = resolve; });
  }

  show(ev) {
    this.shown++;
    if (this.onCaughtUp && (this.queue.length - this.shown <= BEHIND_LOW || ev.type === 'end')) this.releaseReader();
    if (ev.t > this.vt) this.vt = ev.t;
    // After Stop, what the program printed that the page had not shown yet
    // is counted, not drawn (a program may have printed 200,000 lines
    // faster than they can be shown): its errors, the timeline and the end
    // still are.
    if (this.skipped !== undefined && ev.type === 'print' && ev.stream !== 'stderr') { this.skipped++; return; }
    if (ev.type === 'end' && this.skipped) {
      output.append(logLine('notice skipped', ev.t, null, `Stop skipped ${this.skipped.toLocaleString('en')} line${this.skipped === 1 ? '' : 's'} the program printed that the page had not shown yet.`));
    }
    renderEvent(ev);
    if (ev.type === 'end') this.finish();
  }

  /** Virtual clock: shows events up to the replay clock, then sleeps until the next one. */
  drainPaced() {
    clearTimeout(this.timer);
    const now = performance.now();
    if (!this.base) this.base = { vt: this.vt, wall: now };
    const vt = this.base.vt + (now - this.base.wall) * this.speed;
    while (this.shown < this.queue.length && !this.ended && this.queue[this.shown].t <= vt) this.show(this.queue[this.shown]);
    if (!this.ended) this.vt = Math.max(this.vt, vt);
    if (this.ended || this.shown >= this.queue.length) return;
    const next = this.queue[this.shown].t;
    this.timer = setTimeout(() => this.pump(), Math.max(0, (next - vt) / this.speed));
  }

  /**
   * Virtual clock: shows one step and pauses.  unit (stepping.js): one
   * event, one line of Python, one turn of the loop, or up to the next print.
   */
  step(unit = this.stepUnit) {
    this.paused = true;
    this.base = null;
    clearTimeout(this.timer);
    clearTimeout(this.paceTimer); // the runtime's wait (paceWaiter) is the step's to release now
    // Without line events (a run not started by Step), a line is an event.
    this.stepUnit = unit === 'line' && !this.options.lines ? 'event' : unit;
    this.stepFirst = null;
    this.stepping = true;
    this.continueStep();
    updateButtons();
  }

  /** Shows the step's events as they come, up to its end (stepBoundary). */
  continueStep() {
    while (this.stepping && !this.ended && this.shown < this.queue.length) {
      const ev = this.queue[this.shown];
      const edge = stepBoundary(this.stepUnit, this.stepFirst, ev);
      if (edge === 'before') { this.stepping = false; break; }
      this.show(ev);
      this.stepFirst ??= ev;
      if (edge === 'after') this.stepping = false;
    }
    if (this.ended) { this.stepping = false; return; }
    // Everything received is shown: let the paced loop take its next step.
    if (this.stepping && this.paced) this.releasePace();
    if (!this.stepping) {
      const last = this.queue[this.shown - 1];
      const turn = last?.iter ? `, turn ${last.iter}` : '';
      setStatus(`Paused at ${+(this.vt / 1000).toFixed(3)} s on the virtual clock${turn}: event ${this.shown} of ${this.streamDone ? this.queue.length : '…'}. Step goes on; Continue runs on.`, 'paused');
    }
  }

  /** Continue: the paused run goes on at the replay speed. */
  resume() {
    if (!this.paused || this.ended) return;
    this.paused = false;
    this.stepping = false;
    this.base = null;
    if (this.paceWaiter) this.paceTimer = setTimeout(() => this.releasePace(), (this.lastPace?.ms ?? 0) / (this.speed === 'instant' ? 1e9 : this.speed));
    setStatus(`Replaying the virtual-clock run at ${this.speed === 'instant' ? 'full speed' : this.speed + '×'}…`, 'running');
    this.pump();
  }

  setSpeed(speed) {
    if (this.paced && speed === 'instant') { this.speed = 1e9; this.releasePace(); return; }
    this.speed = speed;
    this.base = null;
    if (!this.paused) this.pump();
  }

  /** Stop: aborts the runtime if it still runs; stops a replay. */
  stop() {
    if (this.ended) return;
    this.stopped = true;
    this.controller.abort();
    // Stepping ends: the cancelled run's last events are shown as they come.
    this.paused = false;
    this.stepping = false;
    this.releasePace();
    if (this.clock === 'virtual' && (!this.paced || this.streamDone)) {
      // The runtime finished long ago: the replay simply ends here.
      clearTimeout(this.timer);
      const t = this.vt;
      const seq = (this.queue[this.shown - 1]?.seq ?? 0);
      this.queue.length = this.shown;
      renderEvent({ v: 1, seq, t, type: 'stop_requested' });
      renderEvent({ v: 1, seq, t, type: 'end', status: 'cancelled' });
      this.finish();
    } else {
      setStatus('Stopping…', 'stopping');
      this.skipped = 0;
      this.releaseReader();
      this.pump();
    }
    updateButtons();
  }

  releaseReader() {
    const r = this.onCaughtUp;
    this.onCaughtUp = null;
    if (r) r();
  }

  finish() {
    this.releaseReader();
    this.ended = true;
    clearTimeout(this.timer);
    updateButtons();
  }

  /** Animation: moves the timeline's "now" while the run is live. */
  tick() {
    if (this !== session || this.ended) return;
    if (this.clock === 'real' || this.paced) {
      if (this.lastArrival !== undefined && this.shown === this.received) {
        const last = this.queue[this.shown - 1];
        const rate = this.paced ? (this.paused ? 0 : this.speed) : 1;
        if (last) timeline.setNow(last.t + (performance.now() - this.lastArrival) * rate);
      }
    } else if (!this.paused && this.speed !== 'instant' && this.base) {
      const vt = this.base.vt + (performance.now() - this.base.wall) * this.speed;
      const next = this.queue[this.shown];
      timeline.setNow(next ? Math.min(vt, next.t) : vt);
    }
    requestAnimationFrame(() => this.tick());
  }
}

/* ------------------------------------------------------------------ */
/* Controls                                                            */
/* ------------------------------------------------------------------ */

function selectedClock() {
  return ui.form.elements.clock.value === 'virtual' ? 'virtual' : 'real';
}

function selectedSpeed() {
  return ui.speed.value === 'instant' ? 'instant' : Number(ui.speed.value);
}

/** Parses the factorial numbers field: {numbers} or {error}. */
export function parseNumbers(text) {
  const trimmed = text.trim();
  if (trimmed === '') return { error: 'Enter at least one number, for example 5, 7, 3, 6.' };
  const parts = trimmed.split(',').map((s) => s.trim());
  if (parts.length > 100) return { error: `Enter at most 100 numbers (there are ${parts.length}).` };
  const numbers = [];
  for (const [i, part] of parts.entries()) {
    if (part === '') return { error: `Entry ${i + 1} is empty: remove the extra comma.` };
    if (!/^\d+$/.test(part)) return { error: `“${part}” is not a whole number from 0 to 1000.` };
    const n = Number(part);
    if (n > 1000) return { error: `${part} is too big: factorials here go from 0 to 1000.` };
    numbers.push(n);
  }
  return { numbers };
}

/** Parses the seed field: {seed} (undefined when empty) or {error}. */
export function parseSeed(text) {
  const s = text.trim();
  if (s === '') return { seed: undefined };
  if (!/^\d+$/.test(s) || Number(s) > SEED_MAX) return { error: `The seed must be a whole number from 0 to ${SEED_MAX}, or empty for random.` };
  return { seed: Number(s) };
}

/** Reads and checks the form; shows errors next to the fields. */
function readForm() {
  let ok = true;
  const seed = parseSeed(ui.seed.value);
  fieldError(ui.seed, ui.seedError, seed.error ?? '');
  if (seed.error) ok = false;
  let input;
  if (current?.id === 'factorial') {
    const parsed = parseNumbers(ui.numbers.value);
    fieldError(ui.numbers, ui.numbersError, parsed.error ?? '');
    if (parsed.error) ok = false;
    else input = { numbers: parsed.numbers, collect: ui.collect.value };
  }
  return ok ? { seed: seed.seed, input } : null;
}

/** Expected run length in ms, to size the timeline's axis. */
function expectedMs(lesson, input) {
  if (lesson.id === 'factorial' && input) return Math.max(1, ...input.numbers) * 100; // n steps of 0.1 s
  return (lesson.expected_seconds ?? 1) * 1000;
}

/**
 * Starts a run of the current lesson.  opts override the form (tests use
 * this to send input that the form would refuse).
 */
export function startRun(opts = {}) {
  if (!current) return null;
  const form = opts.skipForm ? { seed: opts.seed, input: opts.input } : readForm();
  if (!form) {
    setStatus('Fix the marked field first.', 'error');
    const bad = document.querySelector('[aria-invalid="true"]');
    if (bad) bad.focus();
    return null;
  }
  stopSession();
  const clock = opts.clock ?? selectedClock();
  // Stepping runs on the virtual clock: the Clock field says so.
  if (clock !== selectedClock()) ui.form.elements.clock.value = clock;
  output.clear();
  delete ui.output.dataset.status;
  ui.lastEvent.textContent = '';
  timeline.reset(expectedMs(current, form.input));
  clearError();
  errorLine = 0;
  const program = withInput(editorCode(), current.id === 'factorial' ? form.input : undefined);
  lineShift = program.shift;
  lineMarker.hide();
  session = new Session({
    lesson: current.id, python: program.source, clock, seed: form.seed, input: form.input,
    speed: selectedSpeed(), paused: !!opts.paused, stepUnit: ui.stepUnit.value, stdin: learnerInput.stdin(),
  });
  setStatus(clock === 'real' ? 'Running (real clock)…'
    : opts.paused ? 'Stepping: the run starts…'
      : `Replaying the virtual-clock run at ${ui.speed.value === 'instant' ? 'full speed' : ui.speed.value + '×'}…`, 'running');
  session.start();
  if (opts.paused) session.step(ui.stepUnit.value);
  // Bring the output and the timeline into view if they are below the
  // window, so a run started with Ctrl+Enter is seen as it runs (on a wide
  // window the column that holds them is sticky: it rises to the top).
  const box = ui.output.getBoundingClientRect();
  const side = ui.output.closest('.run-side')?.getBoundingClientRect();
  const tlTop = ui.timeline.getBoundingClientRect().top;
  if (side && side.top > 8 && tlTop + 300 > window.innerHeight) window.scrollBy({ top: side.top - 8 });
  else if (box.top > window.innerHeight - 48) ui.output.scrollIntoView({ block: 'nearest' });
  updateButtons();
  return session;
}

/**
 * Stop.  While time.sleep blocks the loop (real clock), the page does what
 * CPython does with a cancellation: nothing reaches the tasks until the
 * blocking call returns.  It says so, and stops the run at loop_unblocked;
 * a second Stop ends it at once.
 */
function stopPressed() {
  if (!session || session.ended) return;
  const block = session.clock === 'real' && !session.stopAfterBlock ? openBlock(session.queue.slice(0, session.shown)) : null;
  if (!block) { session.stop(); return; }
  session.stopAfterBlock = true;
  const now = session.lastArrival === undefined ? session.vt : (session.queue[session.shown - 1]?.t ?? 0) + performance.now() - session.lastArrival;
  const text = blockedStopText(block, now);
  // The run is stopped as time.sleep returns: just before, so that the stop
  // is what ends the call (had it returned, the program would go on).
  const s = session;
  const left = s.blockedAtWall !== undefined ? s.blockedAtWall + block.ms - performance.now() : block.t + block.ms - now;
  setTimeout(() => { if (session === s) s.stop(); }, Math.max(0, left - 100));
  output.append(logLine('notice blocked-stop', now, null, text));
  output.follow();
  setStatus(`Stop waits for time.sleep to return (at ${fmtMs(block.t + block.ms)}): the loop is blocked.`, 'stopping');
}

/** Drops the active run (switching lessons, or starting another). */
function stopSession() {
  if (session && !session.ended) {
    session.stopped = true;
    session.controller.abort();
    clearTimeout(session.timer);
  }
  session = null;
}

function updateButtons() {
  const live = !!session && !session.ended;
  const virtual = selectedClock() === 'virtual';
  const hadFocus = document.activeElement;
  ui.stop.disabled = !live;
  // Step is always at hand (it runs under the virtual clock), but not
  // while a real-clock run goes on.
  ui.step.disabled = live && session.clock !== 'virtual';
  ui.stepUnit.disabled = ui.step.disabled;
  ui.continue.disabled = !live || !session.paused || session.stopped;
  ui.speed.disabled = !virtual && !(live && session.clock === 'virtual');
  // A button that gets disabled loses focus: keep keyboard users on Run.
  if (hadFocus && hadFocus.disabled) ui.run.focus();
}

/* ------------------------------------------------------------------ */
/* The Python editor                                                   */
/* ------------------------------------------------------------------ */

const PY_FILENAME = 'program.py';
const STORE_PREFIX = 'casyncio:program:';
let jar = null;        // the CodeJar on #code-py, once loaded (null: plain text)
let chapterPy = '';    // the lesson's program without our set-up lines
let lineShift = 0;     // lines of ours above the learner's first line in this run
let errorLine = 0;     // the last `File "program.py", line N` of this run's stderr
let escaped = false;   // Esc was the last key in the editor: Tab leaves it
let exercise = null;   // the exercise panel's hooks (check-ui.js): Check and the solution

/** A stderr line with the learner's line numbers (see withInput). */
function renumber(text) {
  if (!lineShift) return text;
  const fix = (n) => String(Math.max(1, Number(n) - lineShift));
  return text
    .replace(/^(\s*File "program\.py", line )(\d+)/, (_, a, n) => a + fix(n))
    .replace(/^(program\.py:)(\d+)(?=:)/, (_, a, n) => a + fix(n));
}

/** Notes the line of a traceback's innermost frame in the program. */
function noteStderr(text) {
  const m = /^\s*File "program\.py", line (\d+)/.exec(text);
  if (m) errorLine = Number(m[1]);
}

function editorCode() {
  return jar ? jar.toString() : ui.codePy.textContent;
}

/** Line numbers beside the editor, one per line of code. */
function updateGutter(text) {
  const n = Math.max(1, text.replace(/\n$/, '').split('\n').length);
  if (ui.gutter.childElementCount !== n) {
    const spans = [];
    for (let i = 1; i <= n; i++) spans.push(el('span', {}, String(i)));
    ui.gutter.replaceChildren(...spans);
  }
  const marked = ui.gutter.querySelector('.error');
  if (marked) marked.classList.remove('error');
  if (ui.errorBar.dataset.line) ui.gutter.children[Number(ui.errorBar.dataset.line) - 1]?.classList.add('error');
}

/** Marks line (1-based) of the editor as the error's, with its message below. */
function markError(line, message) {
  const n = Math.max(1, editorCode().replace(/\n$/, '').split('\n').length);
  if (!(line >= 1 && line <= n)) return;
  ui.errorBar.dataset.line = String(line);
  // CSSOM, which the CSP allows (a style attribute it would not).
  ui.errorBar.style.top = `calc(0.6rem + ${line - 1} * var(--lh))`;
  ui.errorBar.hidden = false;
  ui.editorError.textContent = `Line ${line}: ${message}`;
  ui.editorError.hidden = false;
  updateGutter(editorCode());
}

function clearError() {
  if (ui.errorBar.hidden && ui.editorError.hidden) return;
  delete ui.errorBar.dataset.line;
  ui.errorBar.hidden = true;
  ui.editorError.hidden = true;
  ui.editorError.textContent = '';
  updateGutter(editorCode());
}

function storeKey() { return STORE_PREFIX + (current?.id ?? ''); }

/** Keeps the learner's code for this lesson (and forgets it when it is the chapter's). */
function saveCode(code) {
  try {
    if (code === chapterPy || code === chapterPy + '\n') localStorage.removeItem(storeKey());
    else localStorage.setItem(storeKey(), code);
  } catch { /* storage full or disabled: the edit stays on the page only */ }
  ui.edited.hidden = code === chapterPy || code === chapterPy + '\n';
}

function savedCode(id) {
  try { return localStorage.getItem(STORE_PREFIX + id); } catch { return null; }
}

/** Puts code in the editor (highlighted), as a lesson's or Reset's. */
function setEditorCode(code) {
  clearError();
  if (jar) jar.updateCode(code, false);
  else { ui.codePy.textContent = code; updateGutter(code); }
  ui.edited.hidden = code === chapterPy;
}

/** A README's example program into the editor (not saved: Reset or a
 *  reload brings the lesson's code back, until the learner edits it). */
function tryInEditor(code) {
  setEditorCode(code);
  ui.codePy.scrollIntoView({ block: 'center' });
  ui.codePy.focus();
}

/** Loads CodeJar and makes #code-py an editor highlighted by highlight.js. */
async function loadEditor() {
  const [hl, mod] = await Promise.all([highlighter(), import('./vendor/codejar/codejar.js').catch(() => null)]);
  const code = ui.codePy;
  const highlight = (editor) => {
    const text = editor.textContent;
    // CodeJar highlights 30 ms after a key and then puts the caret back,
    // which would pull focus back from a field the learner moved to.
    const active = document.activeElement;
    if (active !== editor) {
      queueMicrotask(() => {
        if (document.activeElement !== editor) return;
        if (active && active !== document.body) active.focus();
        else editor.blur();
      });
    }
    if (hl && hl.getLanguage('python')) {
      editor.removeAttribute('data-highlighted');
      editor.textContent = text;
      hl.highlightElement(editor);
    }
    updateGutter(text);
  };
  if (!mod) { highlight(code); return; }
  const text = code.textContent;
  jar = mod.CodeJar(code, highlight, { tab: '    ', indentOn: /:\s*(#.*)?$/, addClosing: false });
  // One line per line of code, so the gutter and the error bar line up.
  code.style.whiteSpace = 'pre';
  code.style.overflowWrap = 'normal';
  code.style.overflowY = 'visible';
  jar.updateCode(text, false);
  jar.onUpdate((value) => { clearError(); saveCode(value); learnerInput.update(); share?.edited(); });
}

/* ------------------------------------------------------------------ */
/* Lessons                                                             */
/* ------------------------------------------------------------------ */

async function fetchText(url) {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  return res.text();
}

let hljs = null;
/** highlight.js from vendor/, if the build copied it there. */
async function highlighter() {
  if (hljs === null) {
    hljs = await import('./vendor/highlight/highlight.min.js').then((m) => m.default).catch(() => false);
  }
  return hljs || null;
}

function renderNav() {
  ui.lessonList.replaceChildren();
  for (const lesson of lessonList) {
    const a = el('a', { href: `#${lesson.id}`, 'data-id': lesson.id });
    a.append(el('span', { class: 'nav-section' }, lesson.section), el('span', { class: 'nav-title' }, lesson.title));
    const li = el('li');
    li.appendChild(a);
    ui.lessonList.appendChild(li);
  }
}

let showToken = 0;
/** Shows the lesson named by the hash (the first one if none). */
async function showLesson(fromHashChange) {
  // Any hash may be typed or linked: one that does not decode (#%) names no lesson.
  // A share link is #<id>?share=...: the lesson, then its state (share.js).
  const id = hashLesson(location.hash);
  const lesson = lessonList.find((l) => l.id === id) ?? lessonList[0];
  if (!lesson) return;
  if (current && current.id === lesson.id) { await share.apply(); learnerInput.update(); return; }
  const token = ++showToken;
  stopSession();
  lineMarker.hide();
  current = lesson;
  for (const a of ui.lessonList.querySelectorAll('a')) {
    if (a.dataset.id === lesson.id) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  }
  document.title = `${lesson.title} · casyncio`;
  ui.section.textContent = lesson.playground ? lesson.section : `Chapter ${lesson.section}`;
  ui.title.textContent = lesson.title;
  ui.summary.textContent = lesson.summary ?? '';
  ui.factorialInput.hidden = lesson.id !== 'factorial';
  exercise.show(lesson);
  ui.editorNote.hidden = lesson.id !== 'factorial';
  if (lesson.id === 'factorial' && lesson.input) {
    ui.numbers.value = lesson.input.numbers.join(', ');
    ui.collect.value = lesson.input.collect;
  }
  fieldError(ui.numbers, ui.numbersError, '');
  fieldError(ui.seed, ui.seedError, '');
  learnerInput.clear();
  output.clear();
  delete ui.output.dataset.status;
  ui.lastEvent.textContent = '';
  timeline.reset(expectedMs(lesson, lesson.input));
  setStatus('Ready: press Run.');
  ui.body.hidden = false;
  ui.pageStatus.hidden = true;
  if (fromHashChange) ui.title.focus();
  updateButtons();

  compare.lessonShown(lesson.id);
  const base = `lessons/${encodeURIComponent(lesson.id)}/`;
  const [readme, c, py, hl] = lesson.playground ? [...playgroundFiles(), await highlighter()] : await Promise.all([
    fetchText(base + 'README.md').catch((e) => `Explanation not available (${e.message}).`),
    fetchText(base + 'lesson.c').catch((e) => `/* not available: ${e.message} */`),
    fetchText(base + 'program.py').catch((e) => `# not available: ${e.message}`),
    highlighter(),
  ]);
  if (token !== showToken) return;
  ui.cTwin.hidden = c === null;
  renderReadme(ui.readme, readme, { hl, onTry: tryInEditor });
  ui.codeC.textContent = c ?? '';
  ui.codeC.removeAttribute('data-highlighted');
  ui.codeC.className = 'language-c';
  if (hl && hl.getLanguage('c')) hl.highlightElement(ui.codeC);
  chapterPy = stripSetup(lesson.starter ? await fetchText(base + lesson.starter).catch(() => py) : py);
  if (token !== showToken) return; // the exercise's skeleton (lessons.json's starter) came after another lesson
  setEditorCode(savedCode(lesson.id) ?? chapterPy);
  share.lessonShown();
  await share.apply();
  learnerInput.update();
  ui.body.dataset.lesson = lesson.id;
}

async function init() {
  for (const [key, id] of Object.entries({
    pageStatus: 'page-status', body: 'lesson-body', lessonList: 'lesson-list', section: 'lesson-section',
    title: 'lesson-title', summary: 'lesson-summary', form: 'run-form', factorialInput: 'factorial-input',
    numbers: 'numbers', numbersError: 'numbers-error', collect: 'collect', seed: 'seed', seedError: 'seed-error',
    speed: 'speed', run: 'run', stop: 'stop', step: 'step', status: 'status', lastEvent: 'last-event',
    output: 'output', timeline: 'timeline', codeC: 'code-c', codePy: 'code-py', readme: 'readme',
    gutter: 'gutter', errorBar: 'error-bar', editorError: 'editor-error', editorNote: 'editor-note',
    edited: 'edited', reset: 'reset', cTwin: 'c-twin', stepUnit: 'step-unit', continue: 'continue', stepBar: 'step-bar',
    viewMode: 'view-mode', stepLine: 'step-line',
  })) ui[key] = $(id);
  learnerInput = initInput({ code: () => editorCode(), always: () => !!current?.playground });
  compare = initCompare($('compare'));
  share = initShare({
    lesson: () => current,
    code: () => editorCode(),
    setCode: (code) => setEditorCode(code),
    saved: (id) => savedCode(id),
    restoreSaved: (id, code) => { if (current?.id === id) { setEditorCode(code); saveCode(code); learnerInput.update(); } },
  });
  for (const field of [ui.seed, ui.numbers, ui.collect, $('stdin')]) field.addEventListener('input', () => share.edited());
  for (const radio of ui.form.elements.clock) radio.addEventListener('change', (e) => { if (e.isTrusted) share.edited(); });
  ui.title.tabIndex = -1;
  ui.run.setAttribute('aria-describedby', 'status');
  timeline = new Timeline(ui.timeline);
  lineMarker = new LineMarker({ bar: ui.stepBar, gutter: ui.gutter, readout: ui.stepLine });
  wireViewMode(ui.viewMode, ui.timeline.closest('.timeline-panel'), timeline);

  ui.form.addEventListener('submit', (e) => { e.preventDefault(); startRun(); });
  ui.stop.addEventListener('click', stopPressed);
  output = new OutputLog(ui.output);
  ui.step.addEventListener('click', () => {
    // A stopped run is over even before its end event arrives: Step starts afresh.
    if (session && !session.ended && !session.stopped && session.clock === 'virtual') session.step(ui.stepUnit.value);
    else startRun({ clock: 'virtual', paused: true });
  });
  ui.continue.addEventListener('click', () => { if (session) { session.resume(); updateButtons(); } });
  ui.speed.addEventListener('change', () => { if (session && session.clock === 'virtual') session.setSpeed(selectedSpeed()); });
  for (const radio of ui.form.elements.clock) radio.addEventListener('change', updateButtons);
  ui.numbers.addEventListener('input', () => fieldError(ui.numbers, ui.numbersError, ''));
  ui.seed.addEventListener('input', () => fieldError(ui.seed, ui.seedError, ''));
  window.addEventListener('hashchange', () => showLesson(true));
  ui.reset.addEventListener('click', () => {
    setEditorCode(chapterPy);
    saveCode(chapterPy);
  });
  // Ctrl+Enter (Cmd+Enter) runs from anywhere on the page; in the editor,
  // Esc then Tab moves focus on instead of indenting.
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      e.stopPropagation();
      startRun();
      return;
    }
    if (e.target !== ui.codePy) return;
    if (e.key === 'Tab' && escaped) e.stopPropagation(); // CodeJar never sees it: the browser moves focus
    escaped = e.key === 'Escape';
  }, true);
  // The exercise's Check and solution (check-ui.js); Reset gives the starter back.
  exercise = initCheck({ code: editorCode, setCode: (code) => { setEditorCode(code); saveCode(code); }, markError });
  const editorReady = loadEditor();

  try {
    const res = await fetch('lessons/lessons.json');
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    lessonList = [...await res.json(), PLAYGROUND];
  } catch (error) {
    ui.pageStatus.textContent = `Could not load the lessons (${error.message}).`;
    return;
  }
  renderNav();
  await editorReady;
  await showLesson(false);
  document.documentElement.dataset.ready = 'true';
}

init();
