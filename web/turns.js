// turns.js -- the timeline by turn of the event loop: one column per
// iteration (the events' `iter`, docs/events.md), and in each column one
// slot per thing the loop ran, in order: a task's step (from its start or
// resumption to its next await), a timer that fired, a callback.  So three
// workers started "at the same time" show as three steps one after
// another in turn 2, their timers as three dots in turn 3, their wake-ups
// in turn 4; gather's callbacks then main, or as_completed's, are plainly
// different.  Time is written above a column when the loop waited for it.
//
// Used by timeline.js (the "turns" mode of Timeline); styles in
// timeline.css.  Everything from the runtime is put in the SVG as text.
import { fitLabel, svgEl, svgTitle } from './timeline.js';

const SLOT_MIN = 22;    // one thing the loop ran: at least this wide,
const SLOT_MAX = 40;    // and up to this when the run is short
const COL_GAP = 6;      // between two turns
const WAIT_GAP = 34;    // between two turns where time passed (room for "+1 s")
const LANE_H = 20;
const LANE_GAP = 4;
const HEAD_H = 32;      // two lines: time, turn number
const TITLE_PRINTS = 20; // lines printed in a step's title, at most
const CHAR_W = 6.2;     // width of a character of the 10 px labels (monospace)
const PAD_R = 12;
const MAX_SLOTS = 300;  // beyond this, the view stops (the time view shows it all)

/** Seconds for people: "1 s", "0.1 s", "1.25 s", "250 ms". */
export function fmtSeconds(ms) {
  if (ms < 1000 && ms > 0 && !Number.isInteger(ms / 100)) return `${+ms.toFixed(1)} ms`;
  return `${+(ms / 1000).toFixed(3)} s`;
}

/** Cuts text to n characters with "…". */
function cut(text, n) {
  return text.length <= n ? text : n <= 1 ? '…' : text.slice(0, n - 1) + '…';
}

/** What a suspension waits for, shortly: "sleep 1 s", "await Gather-1", "sleep(0)". */
function waitText(ev, delay) {
  if (ev.waits === 'sleep') return delay !== undefined ? `sleep ${fmtSeconds(delay)}` : 'sleep';
  if (ev.waits === 'yield') return 'sleep(0)';
  return ev.on ? `await ${ev.on}` : ev.waits;
}

export class TurnView {
  /** labelFor(name) gives a lane's label ("Task-2 worker('A')"). */
  constructor(labelFor) {
    this.labelFor = labelFor;
    this.reset();
  }

  reset() {
    this.lanes = new Map();   // name -> {name, kind, index, seg (open), segs: []}
    this.order = [];
    this.turns = [];          // {iter, t, first and last (slots), waited (ms before it)}
    this.slots = [];          // {g (index), turn, lane, kind (step, timer, callback), title: [], prints, name}
    this.current = new Map(); // task -> its open step slot
    this.delays = new Map();  // task -> delay of the timer it set in its step
    this.marks = [];          // {g, lane, shape, title}
    this.vlines = [];         // {g, label}
    this.bands = [];          // {g, ms, title}
    this.capped = false;
    this.lastIter = 0;
    this.lastT = 0;
    this.finished = false;
    this.lane('loop', 'loop');
  }

  lane(name, kind = 'task') {
    let lane = this.lanes.get(name);
    if (!lane) {
      lane = { name, kind, index: this.order.length, seg: null, segs: [] };
      this.lanes.set(name, lane);
      this.order.push(lane);
    }
    return lane;
  }

  /** The slot index where the next thing would go. */
  get next() { return this.slots.length; }

  /** Ends the lane's open segment at slot g and opens `state` (null: none). */
  setState(lane, state, g, title, label) {
    if (lane.seg) lane.seg.g1 = Math.max(lane.seg.g0, g);
    lane.seg = null;
    if (!state) return;
    lane.seg = { state, g0: g, g1: null, title, label };
    lane.segs.push(lane.seg);
  }

  /** The turn an event belongs to, opened when its iter is new. */
  turn(ev) {
    const iter = ev.iter ?? this.lastIter;
    let turn = this.turns.at(-1);
    if (!turn || (ev.iter !== undefined && ev.iter !== turn.iter)) {
      // The loop waited for a timer when a turn opens with one firing; on
      // the real clock every turn starts a little later than the last
      // ended, and that is not a wait to show.
      const waited = turn && ev.type === 'timer_fired' ? ev.t - this.lastT : 0;
      turn = { iter, t: ev.t, first: this.next, last: this.next - 1, waited };
      this.turns.push(turn);
    }
    this.lastIter = iter;
    return turn;
  }

  /** A new slot in the current turn: what the loop runs next. */
  slot(ev, lane, kind, title) {
    if (this.slots.length >= MAX_SLOTS) { this.capped = true; return null; }
    const turn = this.turn(ev);
    const s = { turn, lane, kind, title: [title], g: this.slots.length };
    this.slots.push(s);
    turn.last = s.g;
    return s;
  }

  /** Updates the model for one event; returns true when something changed. */
  apply(ev) {
    // Past the cap the model stops growing (the time view shows it all).
    if (this.capped && ev.type !== 'end') return false;
    const inLoop = ev.iter !== undefined;
    if (inLoop && this.turns.length === 0) this.lastT = ev.t;
    let changed = true;
    switch (ev.type) {
      case 'task_created': {
        const lane = this.lane(ev.task);
        const by = ev.by ? this.current.get(ev.by) : null;
        if (by) by.title.push(`creates ${this.labelFor(ev.task)}`);
        this.setState(lane, 'ready', this.next, `${this.labelFor(ev.task)}: created${ev.by ? ' by ' + ev.by : ''}, ready to start in the next turn`);
        break;
      }
      case 'task_started':
      case 'task_resumed': {
        const lane = this.lane(ev.task);
        const s = this.slot(ev, lane, 'step', `turn ${ev.iter}: ${this.labelFor(ev.task)} ${ev.type === 'task_started' ? 'starts' : 'resumes'}`);
        if (!s) break;
        this.current.set(ev.task, s);
        this.setState(lane, 'running', s.g, null);
        break;
      }
      case 'task_suspended': {
        const lane = this.lane(ev.task);
        const s = this.current.get(ev.task);
        this.current.delete(ev.task);
        const what = waitText(ev, this.delays.get(ev.task));
        this.delays.delete(ev.task);
        if (s) s.title.push(`awaits: ${what}`);
        this.setState(lane, 'waiting', s ? s.g + 1 : this.next, `${this.labelFor(ev.task)} waits: ${what}`, what);
        break;
      }
      case 'task_done':
      case 'task_cancelled':
      case 'task_failed': {
        const lane = this.lane(ev.task);
        let s = this.current.get(ev.task);
        this.current.delete(ev.task);
        const state = ev.type.slice(5);
        const what = state === 'done' ? `returns ${JSON.stringify(ev.result ?? null)}`
          : state === 'failed' ? `raises ${ev.error?.type}: ${ev.error?.message}` : 'is cancelled';
        if (!s && inLoop) s = this.slot(ev, lane, 'step', `turn ${ev.iter}: ${this.labelFor(ev.task)}`);
        if (s) s.title.push(what);
        // A finished task is drawn once, where it ended: never as busy after.
        this.setState(lane, null, s ? s.g + 1 : this.next);
        this.marks.push({ g: s ? s.g : Math.max(0, this.next - 1), lane, shape: state, title: `${this.labelFor(ev.task)} ${what}` });
        break;
      }
      case 'timer_set': {
        const s = ev.task ? this.current.get(ev.task) : null;
        if (ev.task) this.delays.set(ev.task, ev.delay);
        if (s) {
          s.title.push(`sets timer ${ev.id} for ${fmtSeconds(ev.delay)}`);
          this.marks.push({ g: s.g, lane: s.lane, shape: 'timer-set', title: `timer ${ev.id} set for ${fmtSeconds(ev.delay)}` });
        }
        break;
      }
      case 'timer_fired': {
        const lane = ev.task ? this.lane(ev.task) : this.lane('loop');
        const title = ev.task ? `turn ${ev.iter}: timer ${ev.id} fires: ${this.labelFor(ev.task)} will resume in the next turn`
          : `turn ${ev.iter}: timer ${ev.id} fires: ${ev.callback} runs`;
        const s = this.slot(ev, lane, 'timer', title);
        if (!s) break;
        this.marks.push({ g: s.g, lane, shape: 'timer-fired', title });
        if (ev.task) this.setState(lane, 'ready', s.g + 1, `${this.labelFor(ev.task)} ready: its timer fired`);
        break;
      }
      case 'callback': {
        const lane = this.lane('loop');
        const title = `turn ${ev.iter}: callback ${ev.name}${ev.future ? ` (${ev.future} is done)` : ''}`;
        const s = this.slot(ev, lane, 'callback', title);
        if (s) {
          s.name = ev.name;
          this.marks.push({ g: s.g, lane, shape: 'callback', title });
        }
        break;
      }
      case 'print': {
        const s = ev.task ? this.current.get(ev.task) : null;
        if (s) {
          // the first few lines of a step go in its title (a step may print
          // 200,000: their text would be drawn again at every redraw)
          if ((s.prints ?? 0) < TITLE_PRINTS) s.title.push(`prints ${JSON.stringify(String(ev.text))}`);
          s.prints = (s.prints ?? 0) + 1;
        } else changed = false;
        break;
      }
      case 'cancel_requested': {
        const s = ev.by ? this.current.get(ev.by) : null;
        if (s) s.title.push(`cancels ${ev.task}`);
        this.marks.push({ g: s ? s.g : Math.max(0, this.next - 1), lane: this.lane(ev.task), shape: 'cancel', title: `cancel() on ${ev.task}${ev.by ? ' by ' + ev.by : ''}` });
        break;
      }
      case 'loop_blocked': {
        const s = ev.task ? this.current.get(ev.task) : null;
        if (s) {
          s.title.push(`blocks the loop for ${fmtSeconds(ev.ms)} (time.sleep)`);
          this.bands.push({ g: s.g, ms: ev.ms, title: `the loop is blocked for ${fmtSeconds(ev.ms)}: nothing else can run (time.sleep)` });
        }
        break;
      }
      case 'stop_requested':
        this.vlines.push({ g: this.next, label: 'Stop' });
        break;
      case 'end':
        this.finish();
        break;
      default:
        changed = false;
    }
    if (inLoop) this.lastT = ev.t;
    return changed;
  }

  finish() {
    const g = this.next;
    for (const lane of this.order) if (lane.seg) this.setState(lane, null, g);
    this.current.clear();
    this.finished = true;
  }

  /* ---- layout ---------------------------------------------------------------- */

  /** x of slot g's left edge (g may be slots.length: the end). */
  x(g) {
    return this.labelW + g * this.slotW + (this.gapBefore[g] ?? this.gapBefore.at(-1) ?? 0);
  }

  layout(width) {
    // Labels as wide as the longest (within a third of the width).
    const longest = Math.max(4, ...this.order.map((l) => this.labelFor(l.name).length));
    this.labelW = Math.max(60, Math.min(Math.floor(width * 0.34), longest * 6.6 + 14));
    // Slots widen to fill the width when the run is short.
    let gaps = 0;
    for (const turn of this.turns) gaps += turn === this.turns[0] ? 4 : turn.waited > 0 ? WAIT_GAP : COL_GAP;
    // (with room left at the end for the callbacks' name, when the last
    // thing in the loop's lane is a run of callbacks)
    this.callbackRuns = this.callbackGroups();
    const lastRun = this.callbackRuns.at(-1);
    const loopSlots = this.slots.filter((s) => s.lane.kind === 'loop');
    this.tailRoom = lastRun && lastRun.j === loopSlots.length - 1 ? Math.ceil(lastRun.text.length * CHAR_W) + 8 : 0;
    const room = (width - this.labelW - PAD_R - gaps - COL_GAP - Math.min(this.tailRoom, 200)) / Math.max(1, this.slots.length);
    this.slotW = Math.max(SLOT_MIN, Math.min(SLOT_MAX, Math.floor(room)));
    // gapBefore[g]: the gaps of the turns up to slot g's, summed.
    this.gapBefore = [];
    let gap = 0;
    for (const turn of this.turns) {
      gap += turn === this.turns[0] ? 4 : turn.waited > 0 ? WAIT_GAP : COL_GAP;
      for (let g = turn.first; g <= turn.last; g++) this.gapBefore[g] = gap;
    }
    this.gapBefore[this.slots.length] = gap + COL_GAP;
    this.width = Math.max(width, this.x(this.slots.length) + PAD_R);
    this.height = HEAD_H + this.order.length * (LANE_H + LANE_GAP) + 4;
  }

  laneY(lane) { return HEAD_H + lane.index * (LANE_H + LANE_GAP); }

  /** Runs of callbacks with one name, one after another in the loop's lane:
   * {i, j (indices in the loop's slots), text ("gather._done_callback ×3")}. */
  callbackGroups() {
    const loopSlots = this.slots.filter((s) => s.lane.kind === 'loop');
    const runs = [];
    for (let i = 0; i < loopSlots.length; i++) {
      const s = loopSlots[i];
      if (s.kind !== 'callback') continue;
      let j = i;
      while (j + 1 < loopSlots.length && loopSlots[j + 1].kind === 'callback' && loopSlots[j + 1].name === s.name && loopSlots[j + 1].g === loopSlots[j].g + 1) j++;
      runs.push({ i, j, text: `${s.name}${j > i ? ` ×${j - i + 1}` : ''}` });
      i = j;
    }
    return runs;
  }

  /** Draws everything into svg (cleared), for a container width. */
  draw(svg, width) {
    this.layout(width);
    const { height } = this;
    svg.setAttribute('viewBox', `0 0 ${this.width} ${height}`);
    svg.setAttribute('width', this.width);
    svg.setAttribute('height', height);
    // Built apart from the page, then put in at once: one change to the
    // document instead of thousands.
    const root = document.createElementNS(svg.namespaceURI, 'g');
    const grid = svgEl('g', { class: 'grid' }, root);
    const lanes = svgEl('g', { class: 'lanes' }, root);
    for (const lane of this.order) {
      const y = this.laneY(lane);
      svgEl('rect', { x: 0, y, width: this.width, height: LANE_H, class: `lane-bg lane-${lane.kind}` }, lanes);
    }
    // Columns: a band per turn, its number and, where the loop waited, the time.
    const last = this.turns.at(-1);
    for (const turn of this.turns) {
      if (turn.last < turn.first) continue;
      const x0 = this.x(turn.first) - 2;
      const x1 = this.x(turn.last + 1) + 2;
      const col = svgEl('rect', { x: x0, y: HEAD_H - 6, width: x1 - x0, height: height - HEAD_H + 6,
        class: `turn-col${turn === last && !this.finished ? ' current' : ''}`, 'data-iter': turn.iter }, grid);
      svgTitle(col, `turn ${turn.iter} of the loop, at ${fmtSeconds(turn.t)}: ${turn.last - turn.first + 1} thing${turn.last > turn.first ? 's' : ''} run`);
      const n = svgEl('text', { x: (x0 + x1) / 2, y: HEAD_H - 8, class: 'turn-num' }, grid);
      n.textContent = String(turn.iter);
      if (turn.waited > 0) {
        const w = svgEl('text', { x: x0 - WAIT_GAP / 2 + 2, y: 12, class: 'turn-wait' }, grid);
        w.textContent = `+${fmtSeconds(turn.waited)}`;
        svgTitle(w, `the loop waited ${fmtSeconds(turn.waited)} for the next timer: now t = ${fmtSeconds(turn.t)}`);
      }
    }
    const bands = svgEl('g', { class: 'bands' }, root);
    for (const b of this.bands) {
      const r = svgEl('rect', { x: this.x(b.g), y: HEAD_H - 4, width: this.slotW, height: height - HEAD_H + 4, class: 'band blocked' }, bands);
      svgTitle(r, b.title);
      // Time passed inside this step, with the loop blocked: said in the loop's lane.
      const loopY = this.laneY(this.lanes.get('loop'));
      const w = svgEl('text', { x: this.x(b.g) + 3, y: loopY + LANE_H / 2 + 4, class: 'turn-wait blocked' }, bands);
      w.textContent = `+${fmtSeconds(b.ms)} blocked`;
      svgTitle(w, b.title);
    }
    // Segments: ready and waiting as thin lines, a step as a box in its slot.
    const segs = svgEl('g', { class: 'segs' }, root);
    const labels = svgEl('g', { class: 'seg-labels' }, root);
    const end = this.slots.length;
    for (const lane of this.order) {
      const y = this.laneY(lane);
      for (const seg of lane.segs) {
        const g1 = seg.g1 ?? end;
        if (seg.state === 'running') continue; // drawn as the step's box below
        if (g1 <= seg.g0 && seg.g1 !== null) continue;
        const x0 = this.x(seg.g0);
        const w = Math.max(3, this.x(g1) - x0 - 2);
        const r = svgEl('rect', { x: x0, y: y + LANE_H / 2 - 2, width: w, height: 4, class: `seg thin st-${seg.state}`, 'data-lane': lane.name, 'data-state': seg.state }, segs);
        if (seg.title) svgTitle(r, seg.title);
        if (seg.label && w > 24) {
          const t = svgEl('text', { x: x0 + 2, y: y + LANE_H / 2 - 4, class: 'seg-label' }, labels);
          t.textContent = cut(seg.label, Math.floor((w - 2) / CHAR_W));
          if (t.textContent !== seg.label) svgTitle(t, seg.title ?? seg.label);
        }
      }
    }
    for (const s of this.slots) {
      if (s.kind !== 'step') continue;
      const y = this.laneY(s.lane);
      const r = svgEl('rect', { x: this.x(s.g) + 1, y: y + 3, width: this.slotW - 2, height: LANE_H - 6, rx: 2,
        class: `seg st-running step${s.prints ? ' prints' : ''}`, 'data-lane': s.lane.name, 'data-state': 'running', 'data-iter': s.turn.iter }, segs);
      const more = s.prints > TITLE_PRINTS ? `; … and ${s.prints - TITLE_PRINTS} more lines printed` : '';
      svgTitle(r, s.title.join('; ') + more);
      if (s.prints) {
        // One tick per line printed (up to 4): gather's one line of results
        // against as_completed's line per result, in the same step.
        const n = Math.min(4, s.prints);
        const w = (this.slotW - 8 - (n - 1) * 2) / n;
        const printedText = s.title.filter((t) => t.startsWith('prints')).join('; ') + more;
        for (let i = 0; i < n; i++) {
          const p = svgEl('rect', { x: this.x(s.g) + 4 + i * (w + 2), y: y + LANE_H - 8, width: w, height: 2, class: 'print-mark' }, segs);
          svgTitle(p, printedText);
        }
      }
    }
    const marks = svgEl('g', { class: 'marks' }, root);
    for (const m of this.marks) {
      const cx = this.x(m.g) + this.slotW / 2;
      const cy = this.laneY(m.lane) + LANE_H / 2;
      let node;
      if (m.shape === 'callback') node = svgEl('path', { class: 'mark callback', d: `M${cx},${cy - 6} L${cx + 5},${cy} L${cx},${cy + 6} L${cx - 5},${cy} z` }, marks);
      else if (m.shape === 'cancel') node = svgEl('path', { class: 'mark cancel', d: `M${cx - 4},${cy - 4} L${cx + 4},${cy + 4} M${cx + 4},${cy - 4} L${cx - 4},${cy + 4}` }, marks);
      else if (m.shape === 'timer-set') node = svgEl('circle', { class: 'mark timer-set', cx: cx + 5, cy: cy - 5, r: 3 }, marks);
      else if (m.shape === 'timer-fired') node = svgEl('circle', { class: 'mark timer-fired', cx, cy, r: 4 }, marks);
      else node = svgEl('rect', { class: `seg end-mark st-${m.shape}`, x: this.x(m.g) + this.slotW - 4, y: this.laneY(m.lane) + 2, width: 4, height: LANE_H - 4, 'data-lane': m.lane.name, 'data-state': m.shape }, marks);
      svgTitle(node, m.title);
    }
    // What the callbacks were, in the loop's lane beside each run of them
    // with one name ("gather._done_callback ×3"): after it when there is
    // room, else before it (the loop's lane is empty up to there, mostly),
    // else cut on the larger side, with the whole name as its title; never
    // over the label of the run before it (taken: where that one ends).
    const loopY = this.laneY(this.lanes.get('loop')) + LANE_H / 2 + 4;
    const loopSlots = this.slots.filter((s) => s.lane.kind === 'loop');
    let taken = this.labelW;
    for (const { i, j, text } of this.callbackRuns) {
      const after0 = this.x(loopSlots[j].g + 1) + 2;
      const afterRoom = (j + 1 < loopSlots.length ? this.x(loopSlots[j + 1].g) : this.width - PAD_R + 8) - after0 - 4;
      const before1 = this.x(loopSlots[i].g) - 2;
      const beforeRoom = before1 - Math.max(taken, i > 0 ? this.x(loopSlots[i - 1].g + 1) : this.labelW) - 4;
      const need = text.length * CHAR_W;
      const after = afterRoom >= need || (beforeRoom < need && afterRoom >= beforeRoom);
      const room = after ? afterRoom : beforeRoom;
      if (room < 40) continue;
      const t = svgEl('text', after ? { x: after0, y: loopY, class: 'callback-label' }
        : { x: before1, y: loopY, class: 'callback-label before' }, marks);
      t.textContent = cut(text, Math.floor(room / CHAR_W));
      if (t.textContent !== text) svgTitle(t, text);
      taken = after ? after0 + t.textContent.length * CHAR_W : before1;
    }
    for (const v of this.vlines) {
      const g = svgEl('g', { class: 'vline stop' }, marks);
      const x = this.x(v.g);
      svgEl('line', { x1: x, x2: x, y1: HEAD_H - 4, y2: height }, g);
      svgEl('text', { x: x + 3, y: height - 4 }, g).textContent = v.label;
    }
    // Lane labels last, on an opaque strip, so a scrolled view keeps them.
    const labelLayer = svgEl('g', { class: 'lane-labels' }, root);
    svgEl('rect', { x: 0, y: 0, width: this.labelW - 4, height, class: 'label-strip' }, labelLayer);
    // The head of the columns, pinned with the labels: the time the first
    // turn ran at (the "+1 s" of later turns count from it), and "turn".
    if (this.turns.length) {
      const w = svgEl('text', { x: 6, y: 12, class: 'turn-wait start' }, labelLayer);
      w.textContent = `t = ${fmtSeconds(this.turns[0].t)}`;
      svgTitle(w, 'the time when the loop\'s first turn ran; above the later columns, the time the loop waited');
    }
    svgEl('text', { x: 6, y: HEAD_H - 8, class: 'turn-head' }, labelLayer).textContent = 'turn';
    const chars = Math.floor((this.labelW - 10) / 6.6);
    for (const lane of this.order) {
      const y = this.laneY(lane);
      const full = this.labelFor(lane.name);
      const t = svgEl('text', { x: 6, y: y + LANE_H / 2 + 4, class: `lane-label lane-${lane.kind}`, 'data-lane': lane.name }, labelLayer);
      t.textContent = fitLabel(full, chars);
      if (full.length > chars) svgTitle(t, full);
    }
    svg.replaceChildren(root);
    return { capped: this.capped, slots: this.slots.length, turns: this.turns.length };
  }

  /** The x of the current turn's end, to keep it in view while running. */
  get endX() { return this.slots.length ? this.x(this.slots.length) : 0; }

  /** Lane labels stay at the left of a scrolled view: shift them by dx. */
  static pinLabels(svg, dx) {
    const layer = svg.querySelector('.lane-labels');
    if (layer) layer.setAttribute('transform', `translate(${dx},0)`);
  }
}
