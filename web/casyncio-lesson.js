/**
 * casyncio-lesson.js -- <casyncio-lesson>, one live lesson for anyone's
 * course page, loaded with one module script:
 *
 *   <script type="module" src="https://your.host/casyncio/casyncio-lesson.js"></script>
 *   <casyncio-lesson lesson="gather" seed="1"></casyncio-lesson>
 *   <casyncio-lesson lesson="gather" editable fields="seed clock input"></casyncio-lesson>
 *
 * Attributes
 *   lesson   required: await | callbacks | cancel | gather | as-completed | factorial
 *   seed     a whole number: the random numbers of Python's random.seed(seed)
 *   clock    real (default) | virtual (instant, exact times)
 *   input    the lesson's input as JSON, e.g. '{"numbers": [5, 7, 3, 6], "collect": "as_completed"}';
 *            with `editable`, for a lesson other than factorial: the lines input() reads
 *   autorun  present: run once as soon as the element is on the page
 *   editable present: the lesson's Python program in a code editor (CodeJar),
 *            run through casyncio's Python interpreter, with Reset; errors
 *            show CPython's traceback and name the line
 *   fields   controls for the learner, space-separated, from: seed clock input
 *            (seed: a number field; clock: real or virtual; input: the
 *            factorial lesson's numbers, or the lines input() reads)
 *   show     the parts to show, space-separated, from: controls output legend timeline source python
 *            (default: "controls output legend timeline")
 * The lesson's title is shown above it, the elapsed time in its status
 * ("Running… 0.4 s", "Finished in 1.02 s").
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
 * --st-failed, --st-blocked ...) and ::part(): title, controls, run-button,
 * stop-button, reset-button, status, fields, editor, output, line, legend,
 * timeline, source, python, error.  It follows the system's dark mode.
 *
 * A bad attribute value is shown inside the element as a readable error
 * (part="error"); nothing is thrown.  So is a module or file it cannot
 * load (most often a server that does not send Access-Control-Allow-Origin
 * to a course page on another origin): the element says which file and
 * why.  Several elements on one page run at the same time, each with its
 * own runtime instance.
 */
const LESSONS = ['await', 'callbacks', 'cancel', 'gather', 'as-completed', 'factorial'];
const PARTS = ['controls', 'output', 'legend', 'timeline', 'source', 'python'];
const DEFAULT_SHOW = ['controls', 'output', 'legend', 'timeline'];
const FIELDS = ['seed', 'clock', 'input'];
const EXPECTED_MS = { await: 3000, callbacks: 1000, cancel: 1000, gather: 1000, 'as-completed': 1000 };
const here = (p) => new URL(p, import.meta.url).href;
const STYLES = ['./timeline.css', './timeline-dark.css', './casyncio-lesson.css'].map(here);
const HL_STYLES = [['./vendor/highlight/github.min.css', 'not all and (prefers-color-scheme: dark)'], ['./vendor/highlight/github-dark.min.css', '(prefers-color-scheme: dark)']];
const LEGEND = [['st-ready', 'ready'], ['st-running', 'running'], ['st-waiting', 'waiting'], ['st-done', 'done'],
  ['st-cancelled', 'cancelled'], ['st-failed', 'failed'], ['st-blocked', 'loop blocked'],
  ['timer-set', 'timer set'], ['timer-fired', 'timer fired'], ['callback', 'callback'], ['awaits', 'awaits']];

/** Creates an element with attributes and text (as a text node). */
function el(tag, attrs = {}, text) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  if (text !== undefined) node.textContent = text;
  return node;
}

const fmtSeconds = (ms) => `${(ms / 1000).toFixed(2)} s`;

/**
 * Why url cannot be loaded, in words a teacher can act on: a missing CORS
 * header (the server answers, but not to another origin), an HTTP error, or
 * no answer at all.
 */
export async function diagnoseLoad(url) {
  try {
    const res = await fetch(url, { mode: 'cors', cache: 'no-store' });
    if (!res.ok) return `${url} answered HTTP ${res.status}: is the file there? (copy all of dist/ to the server)`;
    return `${url} loads, but did not run (see the browser's console)`;
  } catch {
    try {
      await fetch(url, { mode: 'no-cors', cache: 'no-store' });
      return `${url} is there, but its server does not send Access-Control-Allow-Origin, so this page (${location.origin}) may not use it: `
        + 'serve casyncio\'s files with the header "Access-Control-Allow-Origin: *" (docs/embedding.md), or from this page\'s own origin';
    } catch {
      return `${url} cannot be reached (is the address right, and the server up?)`;
    }
  }
}

/* The modules the element needs, loaded once per page, on first use.  A
 * failure is kept: every element then says why instead of rendering nothing. */
let modules = null;
function loadModules() {
  if (!modules) {
    const want = [['./casyncio.js', 'casyncio.js'], ['./timeline.js', 'timeline.js'], ['./output-log.js', 'output-log.js']];
    /* All settled, then the first failure in this order is named: which
     * import fails first would otherwise depend on the network. */
    modules = Promise.allSettled(want.map(([p]) => import(p))).then(async (results) => {
      const i = results.findIndex((r) => r.status === 'rejected');
      if (i >= 0) {
        const p = want[i][0];
        const why = await diagnoseLoad(here(p));
        const error = results[i].reason;
        throw new Error(`casyncio-lesson: cannot load ${p.slice(2)}: ${why}. (${error?.message ?? error})`);
      }
      return { api: results[0].value, timeline: results[1].value, outputLog: results[2].value };
    });
  }
  return modules;
}

let editorModules = null;
/** CodeJar and highlight.js from vendor/ (highlight.js is optional). */
function loadEditor() {
  if (!editorModules) {
    editorModules = Promise.all([
      import('./vendor/codejar/codejar.js'),
      import('./vendor/highlight/highlight.min.js').then((m) => m.default).catch(() => null),
      import('./python-text.js'),
    ]).then(([jar, hl, text]) => ({ CodeJar: jar.CodeJar, hl, text }), async (error) => {
      const why = await diagnoseLoad(here('./vendor/codejar/codejar.js'));
      throw new Error(`casyncio-lesson: cannot load the editor: ${why}. (${error?.message ?? error})`);
    });
  }
  return editorModules;
}

let lessonTitles = null;
/** lessons.json, for the lessons' titles (null if it cannot be had). */
function titles() {
  if (!lessonTitles) {
    lessonTitles = fetch(here('./lessons/lessons.json')).then((r) => (r.ok ? r.json() : null)).catch(() => null);
  }
  return lessonTitles;
}

/**
 * The timeline's expected length in ms: factorial takes 0.1 s per step of
 * its largest number.  Any input is safe here (it is checked by the run):
 * no spread of a list of unknown length, no more than 1000 steps.
 */
function expectedMs(lesson, input) {
  if (lesson !== 'factorial') return EXPECTED_MS[lesson] ?? 1000;
  const numbers = input && Array.isArray(input.numbers) ? input.numbers : [5, 7, 3, 6];
  let max = 1;
  for (const n of numbers) if (Number.isFinite(n) && n > max) max = Math.min(n, 1000);
  return 100 * max;
}

/** Reads the attributes; returns { lesson, options, show, fields, editable, stdin, errors }. */
export function readAttributes(element) {
  const errors = [];
  const lesson = element.getAttribute('lesson');
  if (lesson === null || lesson === '') errors.push(`lesson is required: one of ${LESSONS.join(', ')}`);
  else if (!LESSONS.includes(lesson)) errors.push(`lesson="${lesson}" is not a lesson; the lessons are ${LESSONS.join(', ')}`);
  const editable = element.hasAttribute('editable');
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
  let stdin;
  const input = element.getAttribute('input');
  if (input !== null && input !== '') {
    if (editable && lesson !== 'factorial') {
      stdin = input;
    } else {
      try {
        options.input = JSON.parse(input);
      } catch (error) {
        errors.push(`input is not valid JSON (${error.message}); for example input='{"numbers": [5, 7, 3, 6]}'`);
      }
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
  let fields = [];
  const fieldsAttr = element.getAttribute('fields');
  if (fieldsAttr !== null) {
    fields = fieldsAttr.split(/[\s,]+/).filter(Boolean);
    const bad = fields.filter((f) => !FIELDS.includes(f));
    if (bad.length) errors.push(`fields="${fieldsAttr}": unknown field ${bad.join(', ')}; the fields are ${FIELDS.join(', ')}`);
    fields = fields.filter((f) => FIELDS.includes(f));
  }
  return { lesson, options, show, fields, editable, stdin, errors };
}

export class CasyncioLesson extends HTMLElement {
  static get observedAttributes() { return ['lesson', 'seed', 'clock', 'input', 'show', 'fields', 'editable']; }

  constructor() {
    super();
    this.attachShadow({ mode: 'open' });
    this.controller = null;   // aborts the live run
    this.live = null;         // the live run's promise (resolves with its end)
    this.ticket = 0;          // bumped by run() and stop(): a waiting run() that is overtaken never starts
    this.timeline = null;
    this.built = false;
    this.loadError = null;    // why the modules could not be loaded
    this.jar = null;          // the CodeJar, with `editable`
    this.chapterPy = null;    // the lesson's program as the editor starts it
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
    this.heading = el('p', { part: 'title', class: 'title' });
    this.controls = el('div', { part: 'controls', class: 'controls' });
    this.runButton = el('button', { type: 'button', part: 'run-button' }, 'Run');
    this.stopButton = el('button', { type: 'button', part: 'stop-button', disabled: '' }, 'Stop');
    this.resetButton = el('button', { type: 'button', part: 'reset-button', class: 'secondary', hidden: '', title: 'Put back the lesson\'s program' }, 'Reset');
    this.status = el('span', { part: 'status', class: 'status', role: 'status' }, '');
    this.controls.append(this.runButton, this.stopButton, this.resetButton, this.status);
    this.runButton.addEventListener('click', () => this.run().catch(() => {}));
    this.stopButton.addEventListener('click', () => this.stop());
    this.resetButton.addEventListener('click', () => { if (this.jar && this.chapterPy !== null) { this.jar.updateCode(this.chapterPy); this.clearMark(); } });
    this.fieldsBox = el('div', { part: 'fields', class: 'fields', hidden: '' });
    this.editorBox = el('div', { part: 'editor', class: 'editor', hidden: '' });
    this.output = el('div', { part: 'output', class: 'output', role: 'log', 'aria-live': 'polite', 'aria-label': 'Output', tabindex: '0' });
    this.legend = el('ul', { part: 'legend', class: 'legend', 'aria-label': 'Legend' });
    for (const [cls, label] of LEGEND) {
      const li = el('li');
      li.append(el('span', { class: cls.startsWith('st-') ? `swatch ${cls}` : `mark-key ${cls}` }), label);
      this.legend.appendChild(li);
    }
    this.timelineBox = el('div', { part: 'timeline', class: 'timeline' });
    this.source = el('pre', { part: 'source', class: 'code', 'aria-label': 'C source', tabindex: '0' });
    this.python = el('pre', { part: 'python', class: 'code', 'aria-label': 'Python source', tabindex: '0' });
    root.append(this.errorBox, this.heading, this.controls, this.fieldsBox, this.editorBox, this.output, this.legend, this.timelineBox, this.source, this.python);
    this.built = true;
    loadModules().then(({ timeline, outputLog }) => {
      this.timeline = new timeline.Timeline(this.timelineBox);
      this.log = new outputLog.OutputLog(this.output);
      this.refresh();
    }, (error) => {
      this.loadError = error.message;
      this.refresh();
    });
  }

  /** Builds the fields the `fields` attribute asks for (once per set). */
  buildFields(lesson, fields, options, stdin) {
    const key = `${lesson}|${fields.join(' ')}|${this.hasAttribute('editable')}`;
    if (this.fieldsKey === key) return;
    this.fieldsKey = key;
    this.fieldsBox.replaceChildren();
    this.seedField = this.clockField = this.inputField = null;
    const id = (name) => `f-${name}`;
    if (fields.includes('seed')) {
      const label = el('label', { for: id('seed') }, 'Seed');
      this.seedField = el('input', { id: id('seed'), type: 'text', inputmode: 'numeric', placeholder: 'random', autocomplete: 'off', size: '8' });
      if (options.seed !== undefined) this.seedField.value = String(options.seed);
      this.fieldsBox.append(el('span', { class: 'field' }));
      this.fieldsBox.lastChild.append(label, this.seedField);
    }
    if (fields.includes('clock')) {
      const label = el('label', { for: id('clock') }, 'Clock');
      this.clockField = el('select', { id: id('clock') });
      for (const c of ['real', 'virtual']) this.clockField.appendChild(el('option', { value: c }, c));
      this.clockField.value = options.clock ?? 'real';
      this.fieldsBox.append(el('span', { class: 'field' }));
      this.fieldsBox.lastChild.append(label, this.clockField);
    }
    if (fields.includes('input')) {
      const box = el('span', { class: 'field field-input' });
      if (lesson === 'factorial') {
        box.append(el('label', { for: id('input') }, 'Numbers'));
        this.inputField = el('input', { id: id('input'), type: 'text', autocomplete: 'off', spellcheck: 'false' });
        const numbers = options.input && Array.isArray(options.input.numbers) ? options.input.numbers : [5, 7, 3, 6];
        this.inputField.value = numbers.join(', ');
      } else {
        box.append(el('label', { for: id('input') }, 'Input (one line per input() call)'));
        this.inputField = el('textarea', { id: id('input'), rows: '2', spellcheck: 'false' });
        this.inputField.value = stdin ?? '';
      }
      box.append(this.inputField);
      this.fieldsBox.append(box);
    }
  }

  /** Sets up the editor once, with the lesson's program (stripped of our set-up lines). */
  async buildEditor(lesson) {
    if (this.editorLesson === lesson) return;
    this.editorLesson = lesson;
    this.chapterPy = null;
    try {
      const [{ CodeJar, hl, text }, py] = await Promise.all([loadEditor(), fetch(here(`./lessons/${lesson}/program.py`)).then((r) => (r.ok ? r.text() : Promise.reject(new Error(`lessons/${lesson}/program.py: HTTP ${r.status}`))))]);
      if (this.editorLesson !== lesson) return;
      const root = this.shadowRoot;
      if (hl && !root.querySelector('link[data-hl]')) {
        for (const [href, media] of HL_STYLES) root.insertBefore(el('link', { rel: 'stylesheet', href: here(href), media, 'data-hl': '' }), root.firstChild.nextSibling);
      }
      this.chapterPy = text.stripSetup(py);
      this.withInput = text.withInput;
      const code = el('code', { class: 'language-python', role: 'textbox', 'aria-multiline': 'true', 'aria-label': `Python program of the ${lesson} lesson, editable`, tabindex: '0' });
      this.editorMessage = el('p', { class: 'editor-error', 'aria-live': 'polite', hidden: '' });
      this.editorBox.replaceChildren(code, this.editorMessage);
      // ShadowRoot.getSelection is Chromium's; elsewhere the document's
      // selection reaches into the shadow root, which is what CodeJar needs.
      if (typeof root.getSelection !== 'function') root.getSelection = () => document.getSelection();
      const highlight = (editor) => {
        // CodeJar highlights 30 ms after a key and puts the caret back,
        // which would pull the focus back from a field the learner moved to.
        const active = root.activeElement;
        if (active !== editor) {
          queueMicrotask(() => {
            if (root.activeElement !== editor) return;
            if (active) active.focus();
            else editor.blur();
          });
        }
        if (hl && hl.getLanguage('python')) {
          const t = editor.textContent;
          editor.removeAttribute('data-highlighted');
          editor.textContent = t;
          hl.highlightElement(editor);
        }
      };
      this.jar = CodeJar(code, highlight, { tab: '    ', indentOn: /:\s*(#.*)?$/, addClosing: false });
      this.jar.updateCode(this.chapterPy, false);
      // An edit clears the error's mark (a key that changes nothing, such
      // as the release of Ctrl+Enter, does not).
      let last = this.chapterPy;
      this.jar.onUpdate((value) => { if (value !== last) { last = value; this.clearMark(); } });
      code.addEventListener('keydown', (e) => {
        if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) { e.preventDefault(); e.stopPropagation(); this.run().catch(() => {}); }
      }, true);
      this.resetButton.hidden = false;
    } catch (error) {
      this.editorBox.replaceChildren(el('p', { class: 'error', role: 'alert' }, error.message));
      this.editorLesson = null;
    }
  }

  clearMark() {
    if (this.editorMessage) { this.editorMessage.hidden = true; this.editorMessage.textContent = ''; }
  }

  refresh() {
    const { lesson, show, fields, editable, options, stdin, errors } = readAttributes(this);
    const all = this.loadError ? [this.loadError, ...errors.map((e) => `casyncio-lesson: ${e}`)] : errors.map((e) => `casyncio-lesson: ${e}`);
    this.errorBox.hidden = all.length === 0;
    this.errorBox.replaceChildren(...all.map((e) => el('p', {}, e)));
    const valid = lesson && LESSONS.includes(lesson);
    this.runButton.disabled = all.length > 0 || this.controller !== null || !this.timeline;
    this.controls.hidden = !show.includes('controls');
    this.output.hidden = !show.includes('output');
    this.legend.hidden = !show.includes('legend') || !show.includes('timeline');
    this.timelineBox.hidden = !show.includes('timeline');
    this.source.hidden = !show.includes('source');
    this.python.hidden = !show.includes('python') || editable;
    this.editorBox.hidden = !editable || !valid;
    this.resetButton.hidden = !editable || !this.jar;
    this.fieldsBox.hidden = fields.length === 0 || !valid;
    if (valid) this.buildFields(lesson, fields, options, stdin);
    if (valid && editable) this.editorReady = this.buildEditor(lesson);
    this.heading.textContent = valid ? lesson : '';
    if (valid) {
      titles().then((list) => {
        const entry = Array.isArray(list) ? list.find((l) => l.id === lesson) : null;
        if (entry && this.getAttribute('lesson') === lesson) this.heading.textContent = `${entry.section} ${entry.title}`;
      });
    }
    if (valid && lesson !== this.loadedSources) {
      this.loadedSources = lesson;
      for (const [box, file] of [[this.source, 'lesson.c'], [this.python, 'program.py']]) {
        if (box.hidden) continue;
        fetch(here(`./lessons/${lesson}/${file}`))
          .then((r) => (r.ok ? r.text() : Promise.reject(new Error(`HTTP ${r.status}`))))
          .then((text) => (file === 'program.py' ? import('./python-text.js').then((m) => m.stripSetup(text), () => text) : text))
          .then((text) => { box.textContent = text; }, (error) => { box.textContent = `(cannot load ${file}: ${error.message})`; });
      }
    }
  }

  /** The run's options and program, from the attributes and the fields; { error } if a field is wrong. */
  runSpec() {
    const { lesson, options, editable, stdin, errors } = readAttributes(this);
    if (errors.length) return { errors };
    const opts = { ...options };
    let text = stdin;
    if (this.seedField) {
      const s = this.seedField.value.trim();
      if (s === '') delete opts.seed;
      else if (/^\d{1,16}$/.test(s) && Number(s) <= Number.MAX_SAFE_INTEGER) opts.seed = Number(s);
      else return { errors: [`the seed "${s.slice(0, 20)}" must be a whole number from 0 to ${Number.MAX_SAFE_INTEGER}, or empty for random`] };
    }
    if (this.clockField) opts.clock = this.clockField.value;
    if (this.inputField) {
      if (lesson === 'factorial') {
        const parts = this.inputField.value.split(',').map((p) => p.trim());
        if (!parts.every((p) => /^\d{1,4}$/.test(p))) return { errors: ['the numbers must be whole numbers from 0 to 1000, comma-separated, for example 5, 7, 3, 6'] };
        opts.input = { ...(opts.input ?? {}), numbers: parts.map(Number) };
      } else {
        text = this.inputField.value;
      }
    }
    if (!editable) return { lesson, options: opts };
    if (!this.jar) return { errors: ['the editor is still loading'] };
    let source = this.jar.toString();
    this.lineShift = 0;
    if (lesson === 'factorial') {
      const input = { numbers: opts.input?.numbers ?? [5, 7, 3, 6], collect: opts.input?.collect ?? 'gather' };
      const w = this.withInput(source, input);
      source = w.source;
      this.lineShift = w.shift;
    }
    delete opts.input;
    return { lesson, options: opts, python: source, stdin: text ?? '' };
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
    if (this.hasAttribute('editable') && !this.jar && this.editorReady) await this.editorReady;
    const spec = this.runSpec();
    if (spec.errors) {
      this.refresh();
      if (!this.errorBox.hidden || spec.errors.length) {
        const extra = spec.errors.filter((e) => !readAttributes(this).errors.includes(e));
        if (extra.length) { this.errorBox.hidden = false; this.errorBox.append(...extra.map((e) => el('p', {}, `casyncio-lesson: ${e}`))); }
      }
      throw new Error(spec.errors.join('; '));
    }
    const ticket = ++this.ticket;
    if (this.live) {
      this.controller?.abort();
      await this.live;
    }
    if (ticket !== this.ticket) return { v: 1, type: 'end', status: 'cancelled' };
    let mods;
    try {
      mods = await loadModules();
    } catch (error) {
      throw new Error(error.message);
    }
    if (ticket !== this.ticket) return { v: 1, type: 'end', status: 'cancelled' };
    const live = this.runOnce(mods, spec);
    this.live = live;
    const end = await live;
    if (this.live === live) this.live = null;
    return end;
  }

  /** One run, start to end; never rejects. */
  async runOnce({ api, timeline }, { lesson, options, python, stdin }) {
    const controller = new AbortController();
    this.controller = controller;
    this.runButton.disabled = true;
    this.stopButton.disabled = false;
    // The elapsed time ticks in a part of the status that screen readers
    // skip (aria-hidden): they hear "Running…", then how the run ended.
    const elapsed = el('span', { class: 'elapsed', 'aria-hidden': 'true' }, '0.0 s');
    this.status.replaceChildren('Running… ', elapsed);
    this.log.clear();
    this.clearMark();
    const started = performance.now();
    const ticker = setInterval(() => { elapsed.textContent = `${((performance.now() - started) / 1000).toFixed(1)} s`; }, 100);
    this.fmtMs = timeline.fmtMs;
    let end = null;
    let errorLine = 0;
    try {
      this.timeline.reset(expectedMs(lesson, options.input));
      this.dispatchEvent(new CustomEvent('run-start', { detail: { lesson, options: { ...options } }, bubbles: true, composed: true }));
      const events = python === undefined ? api.run(lesson, { ...options, signal: controller.signal })
        : api.run({ python, filename: 'program.py', stdin }, { ...options, signal: controller.signal });
      for await (const ev of events) {
        if (ev.type === 'print' && ev.stream === 'stderr') {
          const m = /^\s*File "program\.py", line (\d+)/.exec(ev.text);
          if (m) errorLine = Math.max(1, Number(m[1]) - (this.lineShift ?? 0));
        }
        this.show(ev);
        this.dispatchEvent(new CustomEvent('event', { detail: ev, bubbles: true, composed: true }));
        if (ev.type === 'end') end = ev;
      }
    } catch (error) {
      end = { v: 1, type: 'end', status: 'error', error: { type: error?.name || 'Error', message: String(error?.message ?? error) } };
      this.line('error', 0, null, `error: ${end.error.message}`);
    }
    clearInterval(ticker);
    if (!end) end = { v: 1, type: 'end', status: 'error', error: { type: 'Error', message: 'the run ended without an end event' } };
    if (this.controller === controller) this.controller = null;
    this.runButton.disabled = false;
    this.stopButton.disabled = true;
    const took = typeof end.t === 'number' ? ` in ${fmtSeconds(end.t)}` : '';
    this.status.textContent = end.status === 'ok' ? `Finished${took}` : end.status === 'cancelled' ? `Stopped${took ? ' after' + took.slice(3) : ''}` : `Failed${took ? ' after' + took.slice(3) : ''}`;
    if (end.status === 'error' && errorLine && this.editorMessage) {
      this.editorMessage.textContent = `Line ${errorLine}: ${end.error?.type ?? 'Error'}: ${end.error?.message ?? ''}`;
      this.editorMessage.hidden = false;
    }
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
    const fmt = this.fmtMs ?? ((x) => `${x} ms`);
    line.append(el('span', { class: 't' }, fmt(t)), el('span', { class: 'task' }, task ?? 'main'), el('span', { class: 'text' }, text));
    return this.log.append(line);
  }

  show(ev) {
    this.timeline.apply(ev);
    if (ev.type === 'print') {
      const last = this.log.last;
      if (ev.stream !== 'stderr' && last && last.dataset.open === 'true') {
        last.querySelector('.text').append(String(ev.text));
        if (ev.end !== '') delete last.dataset.open;
      } else {
        const line = this.line(ev.stream === 'stderr' ? 'error stderr' : 'print', ev.t, ev.task, ev.text);
        if (ev.end === '' && ev.stream !== 'stderr') line.dataset.open = 'true';
      }
    } else if (ev.type === 'input') {
      const last = this.log.last;
      if (ev.eof) this.line('notice', ev.t, ev.task, 'input() found no line left in the Input field: EOFError');
      else if (last && last.dataset.open === 'true') { last.querySelector('.text').append(el('span', { class: 'echo' }, String(ev.text))); delete last.dataset.open; }
      else this.line('print', ev.t, ev.task, '').querySelector('.text').append(el('span', { class: 'echo' }, String(ev.text)));
    } else if (ev.type === 'error') this.line('error', ev.t, null, ev.message);
    else if (ev.type === 'task_cancelled') this.line('notice', ev.t, ev.task, `${ev.task} was cancelled`);
    else if (ev.type === 'end') this.line('notice', ev.t, null, `run finished: ${ev.status}`);
  }
}

if (!customElements.get('casyncio-lesson')) customElements.define('casyncio-lesson', CasyncioLesson);
