// check-ui.js -- the page's exercise panel (the factorial lesson, 34.8):
// the Check button, which runs the learner's program through the checker
// (check.js, the same one `casyncio check` uses) and lists each check with
// a mark, its title, what was found and a hint; and "Show a solution",
// which shows our solution read-only and can put it in the editor.
//
// app.js owns the editor and calls two hooks: initCheck(editor) once, with
// { code(): string, setCode(text), markError(line, message) }, and
// show(lesson) for each lesson shown (lessons.json's `exercise` and
// `solution` fields; a lesson without an exercise hides the panel).  Everything from the checker or from files is
// put in the page as text (textContent), never as HTML.
const $ = (id) => document.getElementById(id);

/** An element with attributes and text. */
function el(tag, attrs = {}, text) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  if (text !== undefined) node.textContent = text;
  return node;
}
const MARKS = { pass: '✓', fail: '✗', skip: '–' };
const WORDS = { pass: 'Passed', fail: 'Failed', skip: 'Not checked' };

let editor = null;
let lesson = null;       // the lesson shown
let token = 0;           // the latest check or lesson: older results are dropped
let controller = null;   // aborts the running check
let checked = null;      // the code the results shown are about
let summary = '';        // their summary line
let own = null;          // the learner's code the solution replaced (to put back)
const ui = {};

/** Highlights a <code> element with the page's highlight.js, if it is there. */
async function highlight(code) {
  const hl = await import('./vendor/highlight/highlight.min.js').then((m) => m.default).catch(() => null);
  if (hl && hl.getLanguage('python')) {
    code.removeAttribute('data-highlighted');
    hl.highlightElement(code);
  }
}

/** Appends text to parent, its `code spans` as <code> elements. */
function appendText(parent, text) {
  text.split(/(`[^`]+`)/).forEach((part) => {
    if (/^`[^`]+`$/.test(part)) parent.append(el('code', {}, part.slice(1, -1)));
    else if (part) parent.append(document.createTextNode(part));
  });
  return parent;
}

/** One check as a list item: mark, title, detail, CPython's text, hint. */
function renderCheck(c) {
  const li = el('li', { class: `check check-${c.status}`, 'data-id': c.id, 'data-status': c.status });
  const head = el('p', { class: 'check-head' });
  head.append(
    el('span', { class: 'check-mark', 'aria-hidden': 'true' }, MARKS[c.status]),
    el('span', { class: 'check-status' }, `${WORDS[c.status]}: `),
    el('strong', { class: 'check-title' }, c.title),
  );
  li.append(head, appendText(el('p', { class: 'check-detail' }), c.detail));
  if (c.output) li.append(el('pre', { class: 'check-output', tabindex: '0', 'aria-label': 'What CPython prints' }, c.output.replace(/\n$/, '')));
  if (c.hint) {
    const hint = el('p', { class: 'check-hint' });
    hint.append(el('strong', {}, 'Hint: '));
    appendText(hint, c.hint);
    li.append(hint);
  }
  return li;
}

function setStatus(text, kind = '') {
  ui.status.textContent = text;
  ui.status.className = `check-summary ${kind}`;
}

/** Runs the checker on the editor's program and lists the results. */
export async function runCheck() {
  if (!lesson?.exercise || !editor) return null;
  if (controller) controller.abort();
  const mine = ++token;
  controller = new AbortController();
  // Busy, not disabled: a disabled button would drop the keyboard focus.
  ui.button.setAttribute('aria-busy', 'true');
  ui.button.textContent = 'Checking…';
  ui.results.replaceChildren();
  ui.results.hidden = true;
  setStatus('Checking: running your program on five inputs…', 'running');
  let report = null;
  const source = editor.code();
  try {
    const { check } = await import('./check.js');
    report = await check(lesson.exercise, source, { filename: 'program.py', signal: controller.signal });
  } catch (error) {
    if (mine !== token) return null;
    if (error?.name !== 'AbortError') setStatus(`The check could not run: ${error?.message ?? error}`, 'error');
  } finally {
    if (mine === token) {
      ui.button.removeAttribute('aria-busy');
      ui.button.textContent = 'Check';
      controller = null;
    }
  }
  if (!report || mine !== token) return null;
  ui.results.replaceChildren(...report.checks.map(renderCheck));
  ui.results.hidden = false;
  summary = report.passed ? `All ${report.checks.length} checks pass. Well done!` : `${report.summary}: see the hints below.`;
  setStatus(summary, report.passed ? 'ok' : 'fail');
  ui.panel.dataset.checked = report.passed ? 'pass' : 'fail';
  checked = source;
  delete ui.panel.dataset.stale;
  markFailure(report, source);
  return report;
}

/**
 * A run that failed: marks its line in the editor, as a Run's error is
 * marked (the innermost frame in the learner's lines, not the checker's).
 */
function markFailure(report, source) {
  const runs = report.checks.find((c) => c.id === 'runs');
  if (runs?.status !== 'fail' || !runs.output || !editor.markError) return;
  const lines = source.replace(/\n+$/, '').split('\n').length;
  const text = runs.output.replace(/\n+$/, '').split('\n');
  let line = 0;
  for (const l of text) {
    const m = /^\s*File "program\.py", line (\d+)/.exec(l);
    if (m && Number(m[1]) <= lines) line = Number(m[1]);
  }
  const last = [...text].reverse().find((l) => /^[A-Za-z_][\w.]*(: |$)/.test(l) && !/^sys:\d+:/.test(l));
  if (line && last) editor.markError(line, last);
}

/** Remembers the learner's code while the solution is in the editor. */
function setOwn(code) {
  own = code;
  ui.useSolution.textContent = own === null ? 'Put this solution in the editor' : 'Put your own code back';
}

/** The lesson shown: its exercise panel, or none. */
export function show(next) {
  lesson = next;
  token++;
  if (controller) controller.abort();
  controller = null;
  ui.button.removeAttribute('aria-busy');
  ui.button.textContent = 'Check';
  ui.results.replaceChildren();
  ui.results.hidden = true;
  delete ui.panel.dataset.checked;
  delete ui.panel.dataset.stale;
  checked = null;
  ui.panel.hidden = !next?.exercise;
  ui.solutionBox.open = false;
  setOwn(null);
  ui.solution.textContent = '';
  if (!next?.exercise) return;
  setStatus('Write the two functions, then press Check: it runs your program on the chapter\'s numbers and on others.');
  ui.solutionBox.hidden = !next.solution;
}

/** Loads and highlights the lesson's solution, the first time it is shown. */
async function loadSolution() {
  if (!lesson?.solution || ui.solution.textContent) return;
  const mine = token;
  const res = await fetch(`lessons/${encodeURIComponent(lesson.id)}/${lesson.solution}`).catch(() => null);
  const text = res && res.ok ? await res.text() : '# The solution could not be loaded.';
  if (mine !== token || ui.solution.textContent) return;
  ui.solution.textContent = text;
  await highlight(ui.solution);
}

/** Hooks the panel up; editor is { code(), setCode(text), markError(line, message) } from app.js. */
export function initCheck(editorHooks) {
  editor = editorHooks;
  for (const [key, id] of Object.entries({
    panel: 'exercise-panel', button: 'check', status: 'check-status', results: 'check-results',
    solutionBox: 'solution-box', solution: 'solution-code', useSolution: 'use-solution',
  })) ui[key] = $(id);
  ui.button.addEventListener('click', () => { if (!controller) runCheck(); });
  ui.solutionBox.addEventListener('toggle', () => { if (ui.solutionBox.open) loadSolution(); });
  // Results are about the code that was checked: say so once it changes.
  const changed = () => queueMicrotask(() => {
    if (checked === null || ui.panel.dataset.stale || editor.code() === checked) return;
    ui.panel.dataset.stale = 'true';
    setStatus(`${summary} (Your program has changed since: press Check again.)`, 'stale');
  });
  for (const type of ['keyup', 'paste', 'cut', 'drop']) $('code-py')?.addEventListener(type, changed);
  ui.useSolution.addEventListener('click', changed);
  // The solution replaces the learner's code; the same button puts it back.
  ui.useSolution.addEventListener('click', () => {
    if (own !== null) {
      editor.setCode(own);
      setOwn(null);
    } else if (ui.solution.textContent) {
      const mine = editor.code();
      editor.setCode(ui.solution.textContent);
      setOwn(mine);
    }
  });
  return { show, runCheck };
}
