// stepping.js -- what the page's stepping needs beside the run itself
// (app.js's Session steps and continues): where a step of each kind ends,
// the mark on the line of Python about to run, and the timeline's view
// switch.  Plain DOM; styles in style.css and timeline.css.

/** The kinds of step: one event, one line of Python, one turn of the loop, to the next print. */
export const STEP_UNITS = ['event', 'line', 'turn', 'print'];

/**
 * Where a step ends, for the next event ev.  first is the first event this
 * step has shown (null before any).  Returns 'before' (the step ends
 * without ev), 'after' (it ends with ev) or null (ev is shown, the step
 * goes on).  A turn is every event of one `iter` (events between turns go
 * with the turn before them); a line step ends at the next `line` event
 * (the marked line moves there), a print step at the next print, an event
 * step at the next event that is not a line's.
 */
export function stepBoundary(unit, first, ev) {
  switch (unit) {
    case 'turn':
      return first && ev.iter !== undefined && ev.iter !== (first.iter ?? ev.iter - 1) ? 'before' : null;
    case 'line':
      return ev.type === 'line' ? 'after' : null;
    case 'print':
      return ev.type === 'print' ? 'after' : null;
    default: // one event of the run; the line events before it move the mark
      return ev.type === 'line' ? null : 'after';
  }
}

/**
 * The mark on the line about to run, in the editor: a bar behind the line
 * (placed with CSSOM, which the CSP allows) and the line's number in the
 * gutter, kept in view in the editor's scroll box.
 */
export class LineMarker {
  /** readout: a line of the page that shows the marked line's text too
   * (the editor may be out of view while the timeline is watched). */
  constructor({ bar, gutter, readout }) {
    this.bar = bar;
    this.gutter = gutter;
    this.readout = readout;
    this.line = 0;
  }

  /** Marks line (1-based) of text (the editor's), about to run in task. */
  show(line, text, task) {
    const lines = text.replace(/\n$/, '').split('\n');
    if (!(line >= 1 && line <= lines.length)) { this.hide(); return; }
    this.line = line;
    if (this.readout) {
      const n = document.createElement('span');
      n.className = 'n';
      n.textContent = `${task ?? 'main'}, line ${line}`;
      this.readout.replaceChildren(n, document.createTextNode(lines[line - 1].trim()));
      this.readout.hidden = false;
    }
    this.bar.dataset.line = String(line);
    this.bar.style.top = `calc(0.6rem + ${line - 1} * var(--lh))`;
    this.bar.hidden = false;
    this.gutter.querySelector('.current')?.classList.remove('current');
    this.gutter.children[line - 1]?.classList.add('current');
    const box = this.bar.closest('.editor-wrap');
    if (box) {
      const top = this.bar.offsetTop;
      if (top < box.scrollTop || top + this.bar.offsetHeight > box.scrollTop + box.clientHeight) {
        box.scrollTop = Math.max(0, top - box.clientHeight / 3);
      }
    }
  }

  hide() {
    this.line = 0;
    if (this.readout) { this.readout.hidden = true; this.readout.replaceChildren(); }
    delete this.bar.dataset.line;
    this.bar.hidden = true;
    this.gutter.querySelector('.current')?.classList.remove('current');
  }
}

/**
 * The timeline's view switch: radios named view-mode in fieldset; the
 * panel's data-mode shows the legend of that view.  The choice is kept in
 * the browser.
 */
export function wireViewMode(fieldset, panel, timeline) {
  const KEY = 'casyncio:timeline-mode';
  let mode = 'turns';
  try { mode = localStorage.getItem(KEY) === 'time' ? 'time' : 'turns'; } catch { /* storage off */ }
  const apply = (m) => {
    timeline.setMode(m);
    panel.dataset.mode = m;
    for (const radio of fieldset.querySelectorAll('input[name="view-mode"]')) radio.checked = radio.value === m;
  };
  apply(mode);
  fieldset.addEventListener('change', (e) => {
    const m = e.target.value === 'time' ? 'time' : 'turns';
    try { localStorage.setItem(KEY, m); } catch { /* storage off */ }
    apply(m);
  });
}
