/**
 * casyncio-lesson.js -- <casyncio-lesson>, one live lesson for anyone's
 * course page, loaded with one module script:
 *
 *   <script type="module" src="https://your.host/casyncio/casyncio-lesson.js"></script>
 *   <casyncio-lesson lesson="gather" seed="1"></casyncio-lesson>
 *
 * Attributes
 *   lesson   required: await | callbacks | cancel | gather | as-completed | factorial
 *   seed     a whole number: the random numbers of Python's random.seed(seed)
 *   clock    real (default) | virtual (instant, exact times)
 *   input    the lesson's input as JSON, e.g. '{"numbers": [5, 7, 3, 6], "collect": "as_completed"}'
 *   autorun  present: run once as soon as the element is on the page
 *   show     the parts to show, space-separated, from: controls output timeline source python
 *            (default: "controls output timeline")
 *
 * Events (CustomEvent, bubbling and composed)
 *   run-start  detail: { lesson, options }         a run begins
 *   event      detail: the runtime event            every event, as it happens (docs/events.md)
 *   run-end    detail: the `end` event              { status: 'ok'|'error'|'cancelled', result?, error? }
 *
 * Methods: run() starts a run and resolves with its end event; stop().
 * One run at a time: run() while a run is live stops it, waits for its
 * run-end, then starts, so the events of two runs never mix.
 *
 * Styling: everything lives in a shadow root, so the page's CSS does not
 * reach in.  Theme it with custom properties on the element
 * (--casyncio-font, --casyncio-mono, --casyncio-fg, --casyncio-bg,
 * --casyncio-accent, --casyncio-border, --casyncio-log-bg, --casyncio-log-fg,
 * and the timeline's --st-running, --st-waiting, --st-done, --st-cancelled,
 * --st-failed, --st-blocked ...) and ::part(): controls, run-button,
 * stop-button, status, output, line, timeline, source, python, error.
 *
 * A bad attribute value is shown inside the element as a readable error
 * (part="error"); nothing is thrown.  Several elements on one page run at
 * the same time, each with its own runtime instance.
 */
import { run } from './casyncio.js';
import { Timeline, el, fmtMs } from './timeline.js';

const LESSONS = ['await', 'callbacks', 'cancel', 'gather', 'as-completed', 'factorial'];
const PARTS = ['controls', 'output', 'timeline', 'source', 'python'];
const DEFAULT_SHOW = ['controls', 'output', 'timeline'];
const EXPECTED_MS = { await: 3000, callbacks: 1000, cancel: 1000, gather: 1000, 'as-completed': 1000 };
const STYLES = ['./timeline.css', './casyncio-lesson.css'].map((p) => new URL(p, import.meta.url).href);

/**
 * The timeline's expected length in ms: factorial takes 0.1 s per step of
 * its largest number.  Any input is safe here (it is checked by the run):
 * no spread of a list of unknown length, no more than 1000 steps.
 */
function expectedMs(lesson, input) {
  if (lesson !== 'factorial') return EXPECTED_MS[lesson];
  const numbers = input && Array.isArray(input.numbers) ? input.numbers : [5, 7, 3, 6];
  let max = 1;
  for (const n of numbers) if (Number.isFinite(n) && n > max) max = Math.min(n, 1000);
  return 100 * max;
}

/** Reads the attributes; returns { options, show, errors }. */
export function readAttributes(element) {
  const errors = [];
  const lesson = element.getAttribute('lesson');
  if (lesson === null || lesson === '') errors.push(`lesson is required: one of ${LESSONS.join(', ')}`);
  else if (!LESSONS.includes(lesson)) errors.push(`lesson="${lesson}" is not a lesson; the lessons are ${LESSONS.join(', ')}`);
  const options = {};
  const clock = element.getAttribute('clock');
  if (clock !== null && clock !== '') {
    if (clock === 'real' || clock === 'virtual') options.clock = clock;
    else errors.push(`clock="${clock}" must be "real" or "virtual"`);
  }
  const seed = element.getAttribute('seed');
  if (seed !== null && seed !== '') {
    if (/^\d{1,16}$/.test(seed) && Number(seed) <= Number.MAX_SAFE_INTEGER) options.seed = Number(seed);
    else errors.push(`seed="${seed}" must be a whole number from 0 to ${Number.MAX_SAFE_INTEGER}`);
  }
  const input = element.getAttribute('input');
  if (input !== null && input !== '') {
    try {
      options.input = JSON.parse(input);
    } catch (error) {
      errors.push(`input is not valid JSON (${error.message}); for example input='{"numbers": [5, 7, 3, 6]}'`);
    }
  }
  let show = DEFAULT_SHOW;
  const showAttr = element.getAttribute('show');
  if (showAttr !== null) {
    show = showAttr.split(/[\s,]+/).filter(Boolean);
    const bad = show.filter((p) => !PARTS.includes(p));
    if (bad.length) errors.push(`show="${showAttr}": unknown part ${bad.join(', ')}; the parts are ${PARTS.join(', ')}`);
    show = show.filter((p) => PARTS.includes(p));
  }
  return { lesson, options, show, errors };
}

export class CasyncioLesson extends HTMLElement {
  static get observedAttributes() { return ['lesson', 'seed', 'clock', 'input', 'show']; }

  constructor() {
    super();
    this.attachShadow({ mode: 'open' });
    this.controller = null;   // aborts the live run
    this.live = null;         // the live run's promise (resolves with its end)
    this.ticket = 0;          // bumped by run() and stop(): a waiting run() that is overtaken never starts
    this.timeline = null;
    this.built = false;
  }

  connectedCallback() {
    if (!this.built) this.build();
    this.refresh();
    if (this.hasAttribute('autorun') && !this.autoran) {
      this.autoran = true;
      queueMicrotask(() => this.run().catch(() => {}));
    }
  }

  disconnectedCallback() { this.stop(); }

  attributeChangedCallback() { if (this.built) this.refresh(); }

  build() {
    const root = this.shadowRoot;
    for (const href of STYLES) root.appendChild(el('link', { rel: 'stylesheet', href }));
    this.errorBox = el('div', { part: 'error', class: 'error', role: 'alert', hidden: '' });
    this.controls = el('div', { part: 'controls', class: 'controls' });
    this.runButton = el('button', { type: 'button', part: 'run-button' }, 'Run');
    this.stopButton = el('button', { type: 'button', part: 'stop-button', disabled: '' }, 'Stop');
    this.status = el('span', { part: 'status', class: 'status', role: 'status' }, '');
    this.heading = el('span', { class: 'title' });
    this.controls.append(this.heading, this.runButton, this.stopButton, this.status);
    this.runButton.addEventListener('click', () => this.run().catch(() => {}));
    this.stopButton.addEventListener('click', () => this.stop());
    this.output = el('div', { part: 'output', class: 'output', role: 'log', 'aria-live': 'polite', 'aria-label': 'Output' });
    this.timelineBox = el('div', { part: 'timeline', class: 'timeline' });
    this.source = el('pre', { part: 'source', class: 'code', 'aria-label': 'C source' });
    this.python = el('pre', { part: 'python', class: 'code', 'aria-label': 'Python source' });
    root.append(this.errorBox, this.controls, this.output, this.timelineBox, this.source, this.python);
    this.timeline = new Timeline(this.timelineBox);
    this.built = true;
  }

  refresh() {
    const { lesson, show, errors } = readAttributes(this);
    this.errorBox.hidden = errors.length === 0;
    this.errorBox.replaceChildren(...errors.map((e) => el('p', {}, `casyncio-lesson: ${e}`)));
    this.runButton.disabled = errors.length > 0 || this.controller !== null;
    this.controls.hidden = !show.includes('controls');
    this.output.hidden = !show.includes('output');
    this.timelineBox.hidden = !show.includes('timeline');
    this.source.hidden = !show.includes('source');
    this.python.hidden = !show.includes('python');
    this.heading.textContent = lesson && LESSONS.includes(lesson) ? lesson : '';
    if (lesson && LESSONS.includes(lesson) && lesson !== this.loadedSources) {
      this.loadedSources = lesson;
      for (const [box, file] of [[this.source, 'lesson.c'], [this.python, 'program.py']]) {
        if (box.hidden) continue;
        fetch(new URL(`./lessons/${lesson}/${file}`, import.meta.url))
          .then((r) => (r.ok ? r.text() : Promise.reject(new Error(`HTTP ${r.status}`))))
          .then((text) => { box.textContent = text; }, (error) => { box.textContent = `(cannot load ${file}: ${error.message})`; });
      }
    }
  }

  /**
   * Starts a run; resolves with its end event (rejects if the attributes
   * are bad).  One run at a time: a run() while a run is live stops that
   * run, waits for its end (its run-end is dispatched first), then starts.
   * A run() overtaken by a newer run() or a stop() before it could start
   * never starts: it dispatches nothing and resolves with an end of status
   * "cancelled".
   */
  async run() {
    const { lesson, options, errors } = readAttributes(this);
    if (errors.length) {
      this.refresh();
      throw new Error(errors.join('; '));
    }
    const ticket = ++this.ticket;
    if (this.live) {
      this.controller?.abort();
      await this.live;
    }
    if (ticket !== this.ticket) return { v: 1, type: 'end', status: 'cancelled' };
    const live = this.runOnce(lesson, options);
    this.live = live;
    const end = await live;
    if (this.live === live) this.live = null;
    return end;
  }

  /** One run, start to end; never rejects. */
  async runOnce(lesson, options) {
    const controller = new AbortController();
    this.controller = controller;
    this.runButton.disabled = true;
    this.stopButton.disabled = false;
    this.status.textContent = 'Running…';
    this.output.replaceChildren();
    let end = null;
    try {
      this.timeline.reset(expectedMs(lesson, options.input));
      this.dispatchEvent(new CustomEvent('run-start', { detail: { lesson, options: { ...options } }, bubbles: true, composed: true }));
      for await (const ev of run(lesson, { ...options, signal: controller.signal })) {
        this.show(ev);
        this.dispatchEvent(new CustomEvent('event', { detail: ev, bubbles: true, composed: true }));
        if (ev.type === 'end') end = ev;
      }
    } catch (error) {
      end = { v: 1, type: 'end', status: 'error', error: { type: error?.name || 'Error', message: String(error?.message ?? error) } };
      this.line('error', 0, null, `error: ${end.error.message}`);
    }
    if (!end) end = { v: 1, type: 'end', status: 'error', error: { type: 'Error', message: 'the run ended without an end event' } };
    if (this.controller === controller) this.controller = null;
    this.runButton.disabled = false;
    this.stopButton.disabled = true;
    this.status.textContent = end.status === 'ok' ? 'Finished' : end.status === 'cancelled' ? 'Stopped' : 'Failed';
    this.dispatchEvent(new CustomEvent('run-end', { detail: end, bubbles: true, composed: true }));
    this.refresh();
    return end;
  }

  /** Stops the live run, and any run() still waiting to start. */
  stop() {
    this.ticket++;
    if (this.controller) this.controller.abort();
  }

  line(kind, t, task, text) {
    const line = el('div', { class: `line ${kind}`, part: 'line' });
    line.append(el('span', { class: 't' }, fmtMs(t)), el('span', { class: 'task' }, task ?? 'main'), el('span', { class: 'text' }, text));
    this.output.appendChild(line);
    this.output.scrollTop = this.output.scrollHeight;
  }

  show(ev) {
    this.timeline.apply(ev);
    if (ev.type === 'print') this.line('print', ev.t, ev.task, ev.text);
    else if (ev.type === 'error') this.line('error', ev.t, null, ev.message);
    else if (ev.type === 'task_cancelled') this.line('notice', ev.t, ev.task, `${ev.task} was cancelled`);
    else if (ev.type === 'end') this.line('notice', ev.t, null, `run finished: ${ev.status}`);
  }
}

if (!customElements.get('casyncio-lesson')) customElements.define('casyncio-lesson', CasyncioLesson);
